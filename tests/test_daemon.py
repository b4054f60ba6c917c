"""`rebound run` against a real Dovecot: IDLE, polling, restarts, UIDVALIDITY, sd_notify."""

from __future__ import annotations

import os
import socket
import sqlite3
import struct
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agent import config as config_mod
from agent.service.daemon import Daemon, Notifier

from helpers import INTERVIEW_INVITE, INTERVIEW_REJECTION, mail, write_config

# A daemon test waits for the daemon, never for a first compile of the classifier.
pytestmark = pytest.mark.usefixtures("compiled_classifier")

# ---------------------------------------------------------------- support (also used by
# test_daemon_*.py): the daemon in a thread, a notify socket, waiting on conditions

# Fast timings for tests: every key is documented in config.example.toml.
FAST = """poll_seconds = 1
reconnect_min_seconds = 0.05
reconnect_max_seconds = 0.5
"""


def fast_config(
    tmp_path: Path,
    account: Any,
    smtp: Any = None,
    *,
    imap: str = "",
    timeout: float = 3,
    keepalive: float = 30,
) -> Path:
    """`write_config` with the FAST timings and a short IMAP timeout (for stalls)."""
    imap = FAST + f"keepalive_seconds = {keepalive}\n" + imap
    path = write_config(tmp_path, account, smtp, imap_extra=imap)
    text = path.read_text().replace("timeout_seconds = 10", f"timeout_seconds = {timeout}", 1)
    path.write_text(text)
    return path


def patience(seconds: float) -> float:
    """A liveness bound stretched by how far the machine is over its cores (at most 10x).

    Such a bound asks "did it get there at all", not "how fast": a daemon starved by
    a load of 20 on two cores is slow, not stuck. Promises about time itself (SIGTERM
    within 5 s) are asserted as they are.
    """
    busy = os.getloadavg()[0] / (os.cpu_count() or 1)
    return seconds * min(10.0, max(1.0, busy))


def wait_until(pred: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll `pred` until it returns something truthy; fail with `what` at the timeout."""
    timeout = patience(timeout)
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.02)


def rejection(n: int | str, company: str = "Acme Robotics") -> bytes:
    return mail(
        f"Re: Interview for Senior Data Engineer ({n})",
        INTERVIEW_REJECTION.replace("Acme Robotics", company),
        msgid=f"<rejection-{n}@acme-robotics.com>",
    )


class Db:
    """Read-only looks into the daemon's database (its own connection)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if not self.path.exists():
            return []
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError:  # schema not created yet
            return []
        finally:
            conn.close()

    def count(self, table: str) -> int:
        rows = self.rows(f"SELECT count(*) FROM {table}")
        return int(rows[0][0]) if rows else 0

    def rejection_ids(self) -> list[str]:
        return [r[0] for r in self.rows("SELECT message_id FROM rejections ORDER BY id")]


class RunningDaemon:
    """`daemon.run` in a thread with a stop event; `close()` stops it and checks the exit."""

    def __init__(
        self, config: Path, notifier: Notifier | None = None, *, dry_run: bool = False
    ) -> None:
        self.config = config
        self.stop = threading.Event()
        self.code: int | None = None
        self.notifier = notifier or Notifier(None)
        self.thread = threading.Thread(target=self._run, name="daemon-under-test", daemon=True)
        self.db = Db(config.parent / "rebound.db")
        # What `rebound run` does, minus the signal handlers (a thread cannot install them).
        self.daemon = Daemon(
            config_mod.load(config), config, notifier=self.notifier, dry_run=dry_run
        )
        self.daemon.stop_event = self.stop

    def _run(self) -> None:
        self.code = self.daemon.serve()

    def __enter__(self) -> RunningDaemon:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self, timeout: float = 8.0) -> int | None:
        """Stop and wait; ``timeout`` stretches with the load (did it stop at all?)."""
        self.stop.set()
        timeout = patience(timeout)
        self.thread.join(timeout)
        if self.thread.is_alive():  # say where it is stuck: the stack is the finding
            frame = sys._current_frames().get(self.thread.ident or 0)
            where = "".join(traceback.format_stack(frame)) if frame else "(no frame)"
            raise AssertionError(f"daemon did not stop within {timeout:.0f}s; it is in:\n{where}")
        return self.code


class NotifySocket:
    """A real AF_UNIX datagram socket standing in for systemd's notify socket.

    Each message is stamped with the kernel's time of arrival (SO_TIMESTAMP), on the
    monotonic clock: a reader thread starved by load reads late, and stamping the
    read would bunch the pings and hide the gaps the watchdog tests measure.
    """

    def __init__(self, path: str) -> None:
        self.address = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        bind = "\0" + path[1:] if path.startswith("@") else path
        self.sock.bind(bind)
        self.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMP, 1)
        self.sock.settimeout(0.05)
        self.messages: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data, ancillary, _, _ = self.sock.recvmsg(4096, socket.CMSG_SPACE(16))
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.messages.append((_arrival(ancillary), data.decode()))

    def seen(self, text: str) -> list[float]:
        with self._lock:
            return [t for t, m in self.messages if m == text]

    def starting(self, prefix: str) -> list[str]:
        with self._lock:
            return [m for _, m in self.messages if m.startswith(prefix)]

    def close(self) -> None:
        self._stop.set()
        self.thread.join(1)
        self.sock.close()


SO_TIMESTAMP = getattr(socket, "SO_TIMESTAMP", 29)  # Linux's value; Python does not name it


def _arrival(ancillary: list[tuple[int, int, bytes]]) -> float:
    """The kernel's arrival time of a datagram (SO_TIMESTAMP) on the monotonic clock."""
    now, wall = time.monotonic(), time.time()
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMP and len(data) >= 16:
            seconds, micros = struct.unpack("@ll", data[:16])
            return now - max(0.0, wall - (seconds + micros / 1e6))
    return now


# ---------------------------------------------------------------- tests


def test_idle_append_by_another_connection_is_logged_and_drafted(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(rejection("before"))
    cfg = fast_config(tmp_path, imap_account)
    with RunningDaemon(cfg) as d:
        wait_until(lambda: d.db.count("rejections") == 1, what="the catch-up at start")
        imap_account.append(mail("Interview invitation", INTERVIEW_INVITE))
        imap_account.append(rejection("live"))
        wait_until(lambda: d.db.count("drafts") == 2, what="the IDLE-notified rejection")
        assert d.db.rejection_ids() == [
            "<rejection-before@acme-robotics.com>",
            "<rejection-live@acme-robotics.com>",
        ]
        assert d.db.count("messages") == 3
    assert d.code == 0


def test_polling_fallback_when_idle_is_off(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cfg = fast_config(tmp_path, imap_account, imap="idle = false\n")
    with RunningDaemon(cfg) as d:
        wait_until(lambda: d.db.rows("SELECT 1 FROM sync_state"), what="the first poll")
        imap_account.append(rejection("polled"))
        wait_until(lambda: d.db.count("drafts") == 1, what="the next poll")
        assert "polling every 1s" in d.daemon.watchers[0].mode
    assert d.code == 0


def test_dovecot_restart_mail_from_the_outage_processed_exactly_once(  # type: ignore[no-untyped-def]
    dovecot, imap_account, tmp_path
) -> None:
    cfg = fast_config(tmp_path, imap_account)
    with RunningDaemon(cfg) as d:
        imap_account.append(rejection(1))
        wait_until(lambda: d.db.count("rejections") == 1, what="the first rejection")
        dovecot.stop()
        try:
            for n in (2, 3):  # straight into the Maildir: the server is down
                imap_account.deliver(rejection(n))
            time.sleep(0.3)  # let the watcher notice and start backing off
        finally:
            began = time.monotonic()
            dovecot.start()
        wait_until(lambda: d.db.count("rejections") == 3, what="mail from the outage")
        reconnect = time.monotonic() - began
        imap_account.append(rejection(4))
        wait_until(lambda: d.db.count("rejections") == 4, what="mail after the restart")
        ids = d.db.rejection_ids()
        assert len(ids) == len(set(ids)) == 4
        assert d.db.count("messages") == 4
        assert d.db.count("drafts") == 4
    assert d.code == 0
    print(f"reconnect + catch-up after restart: {reconnect:.2f}s")


def test_uidvalidity_change_no_duplicates_nothing_lost(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    imap_account.create_folder("Jobs")
    imap_account.append(rejection("a"), folder="Jobs")
    imap_account.append(rejection("b"), folder="Jobs")
    imap_account.append(rejection("inbox"))
    # Dovecot says nothing to a session idling in a folder that gets deleted; the reset
    # is seen at the next keepalive check (or IDLE renewal), here after 1 s.
    cfg = fast_config(tmp_path, imap_account, imap='folders = ["INBOX", "Jobs"]\n', keepalive=1)
    with RunningDaemon(cfg) as d:
        wait_until(lambda: d.db.count("rejections") == 3, what="the first sync of both folders")
        before = d.db.rows("SELECT uidvalidity FROM sync_state WHERE folder = 'Jobs'")[0][0]
        # Recreating the folder gives it a new UIDVALIDITY: the UIDs mean nothing any more.
        imap_account.delete_folder("Jobs")
        imap_account.create_folder("Jobs")
        imap_account.append(rejection("a"), folder="Jobs")
        imap_account.append(rejection("c"), folder="Jobs")
        imap_account.append(rejection("b"), folder="Jobs")
        wait_until(lambda: d.db.count("rejections") == 4, what="the new message after the reset")

        def moved() -> bool:
            rows = d.db.rows("SELECT uidvalidity, last_uid FROM sync_state WHERE folder = 'Jobs'")
            return bool(rows) and rows[0][0] != before and rows[0][1] == 3

        wait_until(moved, what="the new sync mark")
        ids = d.db.rejection_ids()
        assert sorted(ids) == sorted(
            f"<rejection-{n}@acme-robotics.com>" for n in ("a", "b", "c", "inbox")
        )
        assert d.db.count("drafts") == 4
        # Known messages were matched by Message-ID, not fetched and classified again.
        fresh = d.db.rows(
            "SELECT uid, attempts FROM messages WHERE folder = 'Jobs' AND uidvalidity != ?",
            (before,),
        )
        assert sorted(u for u, _ in fresh) == [1, 2, 3]
        assert all(a == 1 for _, a in fresh)
    assert d.code == 0


@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_sd_notify_ready_status_and_watchdog(imap_account, tmp_path, abstract) -> None:  # type: ignore[no-untyped-def]
    address = (
        f"@rebound-test-{os.getpid()}-{time.monotonic_ns()}"
        if abstract
        else str(tmp_path / "notify.sock")
    )
    sock = NotifySocket(address)
    try:
        cfg = fast_config(tmp_path, imap_account)
        notifier = Notifier(address, watchdog_usec=600_000)
        with RunningDaemon(cfg, notifier=notifier) as d:
            wait_until(lambda: sock.seen("READY=1"), what="READY=1")
            wait_until(lambda: len(sock.seen("WATCHDOG=1")) >= 3, what="watchdog pings")
            wait_until(lambda: any("IDLE" in s for s in sock.starting("STATUS=")), what="status")
        assert d.code == 0
        assert sock.seen("STOPPING=1")
    finally:
        sock.close()


def test_notifier_from_env_reads_socket_and_watchdog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", "@x")
    monkeypatch.setenv("WATCHDOG_USEC", "5000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    n = Notifier.from_env()
    assert (n.address, n.watchdog) == ("@x", 5.0)
    monkeypatch.setenv("WATCHDOG_PID", "1")  # meant for another process
    assert Notifier.from_env().watchdog is None
    monkeypatch.delenv("NOTIFY_SOCKET")
    assert Notifier.from_env().send("READY=1") is False


def test_sighup_style_reload_picks_up_a_new_folder(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    imap_account.create_folder("Jobs")
    imap_account.append(rejection("jobs"), folder="Jobs")
    cfg = fast_config(tmp_path, imap_account)
    with RunningDaemon(cfg) as d:
        wait_until(lambda: d.db.rows("SELECT 1 FROM sync_state"), what="the first sync")
        assert d.db.count("rejections") == 0
        fast_config(tmp_path, imap_account, imap='folders = ["INBOX", "Jobs"]\n')
        d.daemon.reload_event.set()
        wait_until(lambda: d.db.count("rejections") == 1, what="the reloaded folder list")
        Path(cfg).write_text("this is [not toml")
        d.daemon.reload_event.set()
        imap_account.append(rejection("after-bad-reload"))
        wait_until(lambda: d.db.count("rejections") == 2, what="work after a failed reload")
    assert d.code == 0


def test_ready_once_connected_not_after_the_catch_up(imap_account, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A first run's catch-up may take long: READY=1 must not wait for it (issue 13)."""
    from agent.service import watch

    imap_account.append(rejection("slow"))
    real_scan = watch.scan_folder
    gate = threading.Event()
    entered = threading.Event()

    def held_scan(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        gate.wait(60)  # the catch-up is still running while READY is checked (set below)
        return real_scan(*args, **kwargs)

    monkeypatch.setattr(watch, "scan_folder", held_scan)
    sock = NotifySocket(str(tmp_path / "notify.sock"))
    try:
        cfg = fast_config(tmp_path, imap_account)
        with RunningDaemon(cfg, notifier=Notifier(sock.address)) as d:
            wait_until(entered.is_set, what="the catch-up to begin")
            wait_until(lambda: sock.seen("READY=1"), what="READY=1 during the catch-up")
            # READY may go out before the watcher names its state: the next status says it
            wait_until(
                lambda: any("catching up" in s for s in sock.starting("STATUS=")),
                what="STATUS= saying the catch-up runs",
            )
            assert d.db.count("rejections") == 0
            gate.set()
            wait_until(lambda: d.db.count("rejections") == 1, what="the catch-up to finish")
        assert d.code == 0
    finally:
        gate.set()
        sock.close()
