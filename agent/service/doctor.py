"""``rebound doctor``: check everything a run needs and say how to fix what is wrong.

Each check prints one line: ``ok``, ``warn`` or ``FAIL`` with the fix. The exit
code is 0 when nothing failed, 2 when the config itself is broken, 1 otherwise.
"""

from __future__ import annotations

import logging
import socket
import ssl
import time
from collections.abc import Callable

import imapclient

from agent import config as config_mod
from agent.config import Config
from agent.digest import digest
from agent.errors import ConfigError, ConnectError, ReboundError
from agent.feedback import drafts
from agent.mail import imap as mailbox
from agent.mail.smtp import smtp_session
from agent.mail.tls import tls_context
from agent.store import open_store

log = logging.getLogger(__name__)


class Report:
    def __init__(self) -> None:
        self.failed = 0

    def line(self, status: str, what: str, detail: str = "") -> None:
        if status == "FAIL":
            self.failed += 1
        print(f"{status:<4}  {what}{': ' + detail if detail else ''}")

    def check(self, what: str, fn: Callable[[], str | None]) -> bool:
        try:
            detail = fn()
        except ReboundError as exc:
            self.line("FAIL", what, str(exc))
            return False
        except Exception as exc:
            self.line("FAIL", what, f"{type(exc).__name__}: {exc}")
            return False
        self.line("ok", what, detail or "")
        return True


def run_checks(explicit_config: str | None) -> int:
    report = Report()
    try:
        path = config_mod.find_config(explicit_config)
        cfg = config_mod.load(path)
    except ConfigError as exc:
        report.line("FAIL", "config", str(exc))
        return 2
    report.line("ok", "config", str(path))
    report.check("database", lambda: _check_db(cfg))
    report.check("templates", lambda: _check_templates(cfg))
    if cfg.imap.host:
        _imap_checks(report, cfg)
    else:
        report.line("FAIL", "IMAP", "imap.host is not set")
    if cfg.smtp.host:
        report.check("SMTP login", lambda: _check_smtp(cfg))
    else:
        report.line("FAIL", "SMTP", "smtp.host is not set; drafts and digests cannot be sent")
    if not cfg.owner.email:
        report.line("FAIL", "owner.email", "not set: needed as the sender of feedback requests")
    return 1 if report.failed else 0


def _check_db(cfg: Config) -> str:
    with open_store(cfg.database.path) as store:
        n = store.count_rejections()
    return f"{cfg.database.path} ({n} rejections)"


def check_templates(cfg: Config) -> None:
    """The start-up check of every template: the feedback ones the config can pick (per
    stage and language) and the digest's, so a broken one fails now, not at send time."""
    drafts.check_templates(cfg)
    digest.check_digest_templates(cfg)


def _check_templates(cfg: Config) -> str:
    check_templates(cfg)
    where = cfg.feedback.templates_dir or "bundled templates"
    return f"{cfg.feedback.template} and its stage/language variants, digest ({where})"


def _imap_checks(report: Report, cfg: Config) -> None:
    """Network first (DNS, TCP, TLS), then login, so the first failing line names the cause."""
    acct = cfg.imap
    where = f"{acct.host}:{acct.port}"
    if not report.check("IMAP DNS", lambda: _resolve(acct.host, acct.port)):
        return
    if not report.check("IMAP TCP", lambda: _tcp(acct.host, acct.port, acct.timeout_seconds)):
        return
    if acct.security == "ssl" and not report.check("IMAP TLS", lambda: _tls(cfg)):
        return
    try:
        client = mailbox.connect(cfg)
    except ReboundError as exc:
        report.line("FAIL", "IMAP login", str(exc))
        return
    try:
        report.line("ok", "IMAP login", f"{where} as {acct.username} ({acct.auth})")
        _imap_capabilities(report, cfg, client)
        _imap_folders(report, cfg, client)
    except Exception as exc:
        report.line("FAIL", "IMAP", f"{type(exc).__name__}: {exc}")
    finally:
        mailbox.quiet_logout(client)


def _resolve(host: str, port: int) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConnectError(f"cannot resolve {host!r} ({exc.strerror}); check imap.host") from None
    return ", ".join(sorted({str(i[4][0]) for i in infos}))


def _tcp(host: str, port: int, timeout: float) -> str:
    began = time.monotonic()
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise ConnectError(
            f"cannot connect to {host}:{port} ({exc.strerror or exc}); check imap.port "
            "(993 for ssl, 143 for starttls) and any firewall"
        ) from None
    return f"connected in {(time.monotonic() - began) * 1000:.0f} ms"


def _tls(cfg: Config) -> str:
    acct = cfg.imap
    ctx = tls_context(acct.ca_file)
    try:
        with (
            socket.create_connection((acct.host, acct.port), timeout=acct.timeout_seconds) as raw,
            ctx.wrap_socket(raw, server_hostname=acct.host) as tls,
        ):
            return f"{tls.version()}, certificate verified"
    except ssl.SSLCertVerificationError as exc:
        raise ConnectError(
            f"certificate not trusted ({exc.verify_message}); for a self-signed server set "
            "imap.ca_file"
        ) from None
    except (OSError, ssl.SSLError) as exc:
        raise ConnectError(
            f"TLS handshake failed ({exc}); if the port expects STARTTLS set "
            'imap.security = "starttls"'
        ) from None


def _imap_capabilities(report: Report, cfg: Config, client: imapclient.IMAPClient) -> None:
    caps = {c.decode() for c in client.capabilities()}
    if "IDLE" in caps:
        mode = "used" if cfg.imap.idle else "offered, but imap.idle = false"
        report.line(
            "ok", "IMAP IDLE", f"{mode}; re-issued every {cfg.imap.idle_renew_minutes:g} min"
        )
    else:
        report.line(
            "warn", "IMAP IDLE", f"not offered: polling every {cfg.imap.poll_seconds}s instead"
        )
    report.line(
        "ok" if "CONDSTORE" in caps else "warn",
        "IMAP CONDSTORE",
        "offered" if "CONDSTORE" in caps else "not offered (not required)",
    )


def _imap_folders(report: Report, cfg: Config, client: imapclient.IMAPClient) -> None:
    names = {f[2] for f in client.list_folders()}
    missing = [f for f in cfg.imap.folders if f not in names]
    if missing:
        report.line(
            "FAIL",
            "IMAP folders",
            f"{', '.join(missing)} not on the server; fix imap.folders (existing: "
            f"{', '.join(sorted(names))})",
        )
    else:
        report.line("ok", "IMAP folders", ", ".join(cfg.imap.folders))
    roles = mailbox.special_folders(client)
    for key, role in (("sent_folder", "\\Sent"), ("drafts_folder", "\\Drafts")):
        configured = getattr(cfg.imap, key)
        special = roles.get(role)
        what = f"imap.{key}"
        if configured in names:
            note = "" if special in (None, configured) else f" (SPECIAL-USE {role} is {special!r})"
            report.line("ok", what, f"{configured!r}{note}")
        elif special:
            report.line(
                "warn",
                what,
                f"{configured!r} not found; the server marks {special!r} as {role}: "
                f'set {what} = "{special}"',
            )
        else:
            report.line("warn", what, f"{configured!r} not found and no {role} folder; set {what}")


def _check_smtp(cfg: Config) -> str:
    with smtp_session(cfg) as conn:
        conn.noop()
    return f"{cfg.smtp.host}:{cfg.smtp.port}"
