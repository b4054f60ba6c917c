"""``rebound doctor``: check everything a run needs and say how to fix what is wrong.

Each check prints one line: ``ok``, ``warn`` or ``FAIL`` with the fix. The exit
code is 0 when nothing failed, 2 when the config itself is broken, 1 otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from agent import config as config_mod
from agent import mailbox
from agent.config import Config
from agent.errors import ConfigError, ReboundError
from agent.send import smtp_session
from agent.store import open_store
from agent.templating import check_templates, environment

log = logging.getLogger(__name__)

SAMPLE_REJECTION: dict[str, Any] = {
    "company": "Acme",
    "role": "Data Engineer",
    "stage": "interview",
    "contact_name": "Jane Smith",
    "first_name": "Jane",
    "rejection_date": "1 January 2026",
    "subject": "Your application",
    "language": "en",
}


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
        report.check("IMAP login", lambda: _check_imap(cfg))
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
        n = store.conn.execute("SELECT count(*) FROM rejections").fetchone()[0]
    return f"{cfg.database.path} ({n} rejections)"


def _check_templates(cfg: Config) -> str:
    env = environment(cfg.feedback.templates_dir)
    names = [cfg.feedback.template, "digest.txt.j2", "digest.html.j2"]
    check_templates(env, names, {"owner": cfg.owner, **SAMPLE_REJECTION})
    return ", ".join(names)


def _check_imap(cfg: Config) -> str:
    client = mailbox.connect(cfg)
    try:
        caps = {c.decode() for c in client.capabilities()}
        folders = {f[2] for f in client.list_folders()}
        missing = [f for f in cfg.imap.folders if f not in folders]
        notes = []
        if missing:
            raise ConfigError(
                f"folders not on the server: {missing}; existing: {sorted(folders)}",
                path=cfg.source,
                key="imap.folders",
            )
        if "IDLE" not in caps:
            notes.append("no IDLE: polling every imap.poll_seconds")
        for key in ("sent_folder", "drafts_folder"):
            if getattr(cfg.imap, key) not in folders:
                notes.append(f"imap.{key} {getattr(cfg.imap, key)!r} not found")
        return f"{cfg.imap.host}:{cfg.imap.port} as {cfg.imap.username}" + (
            f" ({'; '.join(notes)})" if notes else ""
        )
    finally:
        mailbox._quiet_logout(client)


def _check_smtp(cfg: Config) -> str:
    with smtp_session(cfg) as conn:
        conn.noop()
    return f"{cfg.smtp.host}:{cfg.smtp.port}"
