"""Signals to a real `rebound` process: SIGTERM mid-scan exits 0, consistent, resumable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_daemon import Db, fast_config, patience, rejection, wait_until

from helpers import INTERVIEW_INVITE, mail

# A daemon test waits for the daemon, never for a first compile of the classifier.
pytestmark = pytest.mark.usefixtures("compiled_classifier")

N = 2000


def _rebound(
    cfg: Path, *args: str, env_extra: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("NOTIFY_SOCKET", None)
    env.update(env_extra or {})
    return subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "--config", str(cfg), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )


@pytest.fixture
def big_inbox(imap_account):  # type: ignore[no-untyped-def]
    invite = mail("Interview invitation", INTERVIEW_INVITE)
    for n in range(N):
        imap_account.deliver(rejection(n) if n % 100 == 0 else invite)
    return imap_account


def _consistent(db: Db) -> int:
    """Every UID up to the mark is recorded exactly once and none above it; returns the mark."""
    (mark,) = db.rows("SELECT last_uid FROM sync_state WHERE folder = 'INBOX'")[0]
    uids = [u for (u,) in db.rows("SELECT uid FROM messages WHERE folder = 'INBOX' ORDER BY uid")]
    assert uids == list(range(1, mark + 1))
    ids = db.rejection_ids()
    assert len(ids) == len(set(ids)) == len([u for u in uids if (u - 1) % 100 == 0])
    assert db.count("drafts") == len(ids)
    return int(mark)


@pytest.mark.parametrize("command", ["scan", "run"])
def test_sigterm_during_scan_exits_0_consistent_and_resumes(big_inbox, tmp_path, command) -> None:  # type: ignore[no-untyped-def]
    cfg = fast_config(tmp_path, big_inbox, imap="batch_size = 20\n")
    db = Db(tmp_path / "rebound.db")
    proc = _rebound(cfg, command)
    try:
        wait_until(lambda: db.count("messages") >= 100, timeout=30, what="the scan under way")
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=patience(10))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "stopping" in err
    mark = _consistent(db)
    assert mark < N, "the scan finished before SIGTERM; make the test mailbox bigger"
    if command == "scan":
        assert "next scan resumes" in out

    proc = _rebound(cfg, "scan")
    out, err = proc.communicate(timeout=patience(60))
    assert proc.returncode == 0, err
    assert _consistent(db) == N
    assert f"{N - mark} messages" in out  # resumed after the mark, nothing twice


def test_sighup_reloads_and_sigint_stops(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cfg = fast_config(tmp_path, imap_account)
    db = Db(tmp_path / "rebound.db")
    proc = _rebound(cfg, "run")
    try:
        wait_until(lambda: db.rows("SELECT 1 FROM sync_state"), timeout=15, what="the daemon up")
        imap_account.create_folder("Jobs")
        imap_account.append(rejection("jobs"), folder="Jobs")
        fast_config(tmp_path, imap_account, imap='folders = ["INBOX", "Jobs"]\n')
        proc.send_signal(signal.SIGHUP)
        wait_until(lambda: db.count("rejections") == 1, what="the reloaded folder list")
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=patience(10))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "reloading" in err
    assert "stopped" in err
