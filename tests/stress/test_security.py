"""Security checks, as a hostile sender or network would try them: header injection,
digest escaping, forged approve-by-reply, secrets in logs/ps/DB, TLS and STARTTLS stripping."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Run
from proxy import StallingProxy
from test_daemon import Db, fast_config, wait_until
from test_daemon_signals import _rebound
from test_replies import digest_token, owner_reply, seed

from agent import config as config_mod
from agent.delivery.send import send_due
from agent.digest.digest import send_digest
from agent.errors import ConnectError
from agent.feedback.drafts import approve
from agent.ingest.scan import scan
from agent.mail.imap import connect
from agent.store import open_store

from helpers import INTERVIEW_REJECTION, OWNER, mail, write_config
from servers import SmtpServer

ROOT = Path(__file__).resolve().parents[2]
INJECTIONS = [
    ("Subject", "Your interview\r\nBcc: victim@evil.example"),
    ("Subject", "=?utf-8?q?Your_interview=0D=0ABcc:_victim@evil.example?="),
    ("From", '"Jane\r\nBcc: victim@evil.example" <jane@acme.example>'),
    ("Reply-To", "jane@acme.example\r\nBcc: victim@evil.example"),
    ("Reply-To", "jane@acme.example, victim@evil.example"),
    ("Message-ID", "<id@acme.example>\r\nBcc: victim@evil.example"),
    ("References", "<a@x>\r\nBcc: victim@evil.example"),
]


class World:
    """Servers, a config and a store for one check."""

    def __init__(self, tmp: Path, account: Any, smtp: Any) -> None:
        self.tmp, self.account, self.smtp = tmp, account, smtp
        self.path = write_config(tmp, account, smtp)
        self.cfg = config_mod.load(self.path)


def _injection(world: World, header: str, value: str) -> None:
    raw = mail("Your interview", INTERVIEW_REJECTION, sender="Jane <jane@acme.example>")
    lines = [
        ln for ln in raw.split(b"\n") if not ln.lower().startswith(header.lower().encode() + b":")
    ]
    raw = f"{header}: {value}\r\n".encode() + b"\n".join(lines)
    world.account.append(raw)
    before = len(world.smtp.messages)
    with open_store(world.cfg.database.path) as store:
        scan(world.cfg, store)
        for d in store.drafts():
            if d["status"] == "pending":
                approve(store, d["id"], late=True, confirm_to=d["to_addr"])
        send_due(world.cfg, store)
    sent = world.smtp.messages[before:]
    assert sent, "no request was sent: the check would prove nothing"
    for captured in sent:
        (rcpt,) = captured.rcpt_tos  # one recipient, never the injected one
        assert "victim" not in rcpt and "evil" not in rcpt, captured.rcpt_tos
        assert "victim" not in str(captured.message.get("Bcc", ""))
        for name, val in captured.message.items():
            assert "\r" not in str(val) and "\n" not in str(val).strip(), (name, val)


def _digest_escaping(world: World) -> None:
    with open_store(world.cfg.database.path) as store:
        seed(store, world.cfg, 1)
        store.conn.execute(
            "UPDATE rejections SET company = '<script>alert(1)</script>', "
            "role = '<img src=x onerror=alert(1)>'"
        )
        store.conn.execute("UPDATE drafts SET body = '<b>bold</b> & </div>'")
        assert send_digest(world.cfg, store, force=True)
    html = world.smtp.messages[-1].message.get_body(("html",)).get_content()
    assert "<script>" not in html and "<img" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html


def _forged_reply(world: World, variant: str) -> None:
    with open_store(world.cfg.database.path) as store:
        (draft_id,) = seed(store, world.cfg, 1)
        assert send_digest(world.cfg, store, force=True)
        token, digest_id = digest_token(world.smtp, len(world.smtp.messages) - 1)
        sender = OWNER
        if variant == "wrong_sender":
            sender = "mallory@evil.example"
        elif variant == "display_name":
            sender = f'"{OWNER}" <mallory@evil.example>'
        elif variant == "wrong_token":
            token = "RB-" + "Z" * 32
        elif variant == "no_token":
            token = ""
        raw = owner_reply(f"approve {draft_id}", token, digest_id, sender=sender)
        if variant == "auto_reply":
            raw = raw.replace(b"Subject:", b"Auto-Submitted: auto-replied\r\nSubject:", 1)
        world.account.append(raw)
        scan(world.cfg, store)
        assert store.get_draft(draft_id)["status"] == "pending", variant


def _secrets(world: World) -> None:
    password = world.account.password
    proc = subprocess.run(
        [sys.executable, "-m", "agent.cli", "--config", str(world.path), "-vv", "scan"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert password not in proc.stdout + proc.stderr, "the password in the log"
    db = sqlite3.connect(world.cfg.database.path)
    dump = "\n".join(db.iterdump())
    assert password not in dump, "the password in the database"
    daemon = _rebound(fast_config(world.tmp, world.account), "run")
    try:
        wait_until(lambda: Db(world.tmp / "rebound.db").rows("SELECT 1 FROM sync_state"))
        cmdline = Path(f"/proc/{daemon.pid}/cmdline").read_bytes()
        environ = Path(f"/proc/{daemon.pid}/environ").read_bytes()
        assert password.encode() not in cmdline + environ, "the password in ps"
    finally:
        daemon.terminate()
        daemon.communicate(timeout=30)


def _tls_verified(world: World) -> None:
    text = world.path.read_text()
    text = text.replace(f"port = {world.account.port}", f"port = {world.account.ssl_port}", 1)
    world.path.write_text(text.replace('security = "none"', 'security = "ssl"', 1))
    with pytest.raises(ConnectError, match="certificate"):
        connect(config_mod.load(world.path))  # a self-signed server, no ca_file: refused
    ca = world.account.server.ca_file
    world.path.write_text(world.path.read_text().replace("[imap]", f'[imap]\nca_file = "{ca}"', 1))
    connect(config_mod.load(world.path)).logout()


def _imap_starttls_stripped(world: World) -> None:
    strip = lambda data: data.replace(b"STARTTLS", b"XSTRIPTL")  # noqa: E731 - an attacker
    with StallingProxy(world.account.port, rewrite=strip) as proxy:
        text = world.path.read_text().replace(
            f"port = {world.account.port}", f"port = {proxy.port}"
        )
        ca = world.account.server.ca_file
        text = text.replace('security = "none"', f'security = "starttls"\nca_file = "{ca}"', 1)
        world.path.write_text(text)
        log_before = world.account.server.log_text()
        with pytest.raises(ConnectError):
            connect(config_mod.load(world.path))
        time.sleep(0.2)
        new_log = world.account.server.log_text()[len(log_before) :]
        assert f"Login: user=<{world.account.username}>" not in new_log, "logged in in plaintext"


def _smtp_starttls_stripped(world: World) -> None:
    with SmtpServer() as plain:  # offers no STARTTLS, as if an attacker removed it
        path = write_config(world.tmp, None, plain)
        path.write_text(path.read_text().replace('security = "none"', 'security = "starttls"', 1))
        cfg = config_mod.load(path)
        with open_store(cfg.database.path) as store:
            (draft_id,) = seed(store, cfg, 1)
            approve(store, draft_id, late=True)
            results = send_due(cfg, store)
            assert plain.messages == [], "sent in plaintext"
            assert store.get_draft(draft_id)["status"] in ("approved", "failed"), results


CHECKS: list[tuple[str, Callable[[World], None]]] = [
    *((f"injection {h} {i}", lambda w, h=h, v=v: _injection(w, h, v)) for i, (h, v) in enumerate(INJECTIONS)),
    ("digest escaping", _digest_escaping),
    *(
        (f"forged reply {v}", lambda w, v=v: _forged_reply(w, v))
        for v in ("wrong_sender", "display_name", "wrong_token", "no_token", "auto_reply")
    ),
    ("secrets in logs, DB, ps", _secrets),
    ("TLS verified", _tls_verified),
    ("IMAP STARTTLS stripped", _imap_starttls_stripped),
    ("SMTP STARTTLS stripped", _smtp_starttls_stripped),
]  # fmt: skip


def test_security_checks(stress_run: Run, dovecot, smtp_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i, (name, check) in enumerate(CHECKS):
        work = tmp_path / f"c{i}"
        work.mkdir()
        world = World(work, dovecot.new_account(), smtp_server)
        stress_run.trials += 1
        try:
            check(world)
        except (AssertionError, Exception) as exc:
            stress_run.fail(f"{name}: {type(exc).__name__}: {exc}"[:300])
    stress_run.figures["checks"] = len(CHECKS)
    assert not stress_run.failures, stress_run.failures[:5]
