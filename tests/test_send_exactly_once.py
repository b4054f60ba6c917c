"""Sending exactly once, with real processes: kill -9 at each step, two senders at once.

Each test seeds approved drafts into a fresh database, then runs
`python -m agent.cli send` as a subprocess against the capturing aiosmtpd server.
`REBOUND_TEST_CRASH_AT` makes the sender die with os._exit(137) — what kill -9
does — at one named point; a server-side barrier test kills a sender with a real
SIGKILL while the server holds the DATA reply.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from test_daemon import patience

from agent import config as config_mod
from agent.feedback.drafts import approve, make_draft
from agent.store import open_store

from helpers import seed_rejection, write_config
from servers import LOCALHOST, free_ports

ROOT = Path(__file__).resolve().parent.parent


def seed(cfg_path: Path, n: int = 1) -> list[int]:
    """n approved drafts, due now, each to its own recipient."""
    cfg = config_mod.load(cfg_path)
    ids = []
    with open_store(cfg.database.path) as store:
        for i in range(n):
            rid = seed_rejection(
                store,
                i + 1,
                message_id=f"<rej{i}@acme.example>",
                received_at="2020-01-01T10:00:00+00:00",
                subject=f"Your interview #{i}",
                company=f"Acme {i}",
                reply_address=f"jane{i}@acme.example",
            )
            # made when it arrived; the seeded window is long past now
            draft_id = make_draft(store, cfg, rid, now=datetime(2020, 1, 1, 11, tzinfo=UTC))
            assert draft_id
            approve(store, draft_id, late=True)
            ids.append(draft_id)
    return ids


def send_proc(cfg: Path, crash_at: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "REBOUND_TEST_CRASH_AT"}
    if crash_at:
        env["REBOUND_TEST_CRASH_AT"] = crash_at
    return subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "--config", str(cfg), "send"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_send(cfg: Path, crash_at: str | None = None) -> tuple[int, str]:
    proc = send_proc(cfg, crash_at)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out + err


def statuses(cfg: Path) -> dict[int, str]:
    with open_store(config_mod.load(cfg).database.path) as store:
        return {d["id"]: d["status"] for d in store.drafts()}


@pytest.mark.parametrize(
    ("crash_at", "after_crash", "mails_after_crash", "final", "mails_in_the_end"),
    [
        # died before taking the draft: still approved, the next run sends it
        ("before_claim", "approved", 0, "sent", 1),
        # took it, never spoke SMTP: provably unsent, so it goes back to approved
        ("after_claim", "sending", 0, "sent", 1),
        # began the SMTP conversation, died before DATA: cannot be known → uncertain
        ("before_data", "sending", 0, "uncertain", 0),
        # the server accepted it, the sender died before recording: uncertain, not re-sent
        ("after_data", "sending", 1, "uncertain", 1),
        # recorded as sent, died before filing it in Sent: nothing more to send
        ("after_mark", "sent", 1, "sent", 1),
    ],
)
def test_kill_at_each_step_never_two_mails_never_a_lost_approval(
    tmp_path: Path,
    smtp_server,  # type: ignore[no-untyped-def]
    crash_at: str,
    after_crash: str,
    mails_after_crash: int,
    final: str,
    mails_in_the_end: int,
) -> None:
    cfg = write_config(tmp_path, None, smtp_server)
    (draft_id,) = seed(cfg)
    code, output = run_send(cfg, crash_at)
    assert code == 137, output
    assert statuses(cfg)[draft_id] == after_crash
    if mails_after_crash:
        smtp_server.wait_for(mails_after_crash)
    assert len(smtp_server.messages) == mails_after_crash

    # A restart: a new `send` decides from what the database proves.
    code, output = run_send(cfg)
    assert code == 0, output
    assert statuses(cfg)[draft_id] == final
    if final == "sent" and mails_in_the_end:
        smtp_server.wait_for(mails_in_the_end)
    # and again: nothing changes, nothing is sent twice
    run_send(cfg)
    assert len(smtp_server.messages) == mails_in_the_end
    assert statuses(cfg)[draft_id] == final

    with open_store(config_mod.load(cfg).database.path) as store:
        actions = [e["action"] for e in store.events("draft", draft_id)]
        assert actions.count("sent") <= 1
        if final == "uncertain":
            # The user decides: approve again (here) sends it once more, on purpose.
            approve(store, draft_id, late=True)
    if final == "uncertain":
        run_send(cfg)
        smtp_server.wait_for(mails_in_the_end + 1)
        assert statuses(cfg)[draft_id] == "sent"


def test_two_concurrent_senders_send_each_draft_once(tmp_path: Path, smtp_server) -> None:  # type: ignore[no-untyped-def]
    cfg = write_config(tmp_path, None, smtp_server)
    ids = seed(cfg, 8)
    procs = [send_proc(cfg) for _ in range(3)]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    smtp_server.wait_for(8)
    recipients = sorted(r for m in smtp_server.messages for r in m.rcpt_tos)
    assert recipients == sorted(f"jane{i}@acme.example" for i in range(8))
    assert set(statuses(cfg).values()) == {"sent"}
    with open_store(config_mod.load(cfg).database.path) as store:
        for draft_id in ids:
            assert [e["action"] for e in store.events("draft", draft_id)].count("sending") == 1


class _BlockingHandler:
    """Holds the reply to DATA until released: the sender waits for "250" meanwhile."""

    def __init__(self) -> None:
        self.got_data = threading.Event()
        self.release = threading.Event()
        self.accepted: list[bytes] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        self.accepted.append(envelope.original_content or b"")
        self.got_data.set()
        while not self.release.is_set():
            await asyncio.sleep(0.02)
        return "250 OK"


def test_sigkill_while_the_server_holds_data(tmp_path: Path) -> None:
    handler = _BlockingHandler()
    (port,) = free_ports(1)
    controller = Controller(handler, hostname=LOCALHOST, port=port, server_hostname="localhost")
    controller.start()
    try:

        class Smtp:
            host = LOCALHOST

        Smtp.port = port  # type: ignore[attr-defined]
        cfg = write_config(tmp_path, None, Smtp())
        (draft_id,) = seed(cfg)
        proc = send_proc(cfg)
        # a liveness bound: `rebound send` starting at a load of 30 took over 20 s
        assert handler.got_data.wait(patience(20)), proc.poll()
        proc.send_signal(signal.SIGKILL)  # the real thing, mid-DATA
        proc.wait(10)
        handler.release.set()
        assert statuses(cfg)[draft_id] == "sending"
        code, output = run_send(cfg)
        assert code == 0, output
        # The server got the message: it may have been delivered. Never sent again.
        assert statuses(cfg)[draft_id] == "uncertain"
        assert len(handler.accepted) == 1
        code, output = run_send(cfg)
        assert len(handler.accepted) == 1
    finally:
        controller.stop()


def test_send_json_statuses_after_crash_are_documented(tmp_path: Path, smtp_server) -> None:  # type: ignore[no-untyped-def]
    """`drafts list --json` shows the uncertain draft with the claimant named in its events."""
    cfg = write_config(tmp_path, None, smtp_server)
    seed(cfg)
    run_send(cfg, "after_data")
    run_send(cfg)
    out = subprocess.run(
        [sys.executable, "-m", "agent.cli", "--config", str(cfg), "drafts", "list", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (draft,) = json.loads(out)
    assert draft["status"] == "uncertain"
