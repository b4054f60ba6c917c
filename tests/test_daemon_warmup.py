"""A first start compiles the classifier: SIGTERM is answered meanwhile, systemd is told to wait."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from test_daemon import NotifySocket, RunningDaemon, fast_config, wait_until
from test_daemon_signals import _rebound
from test_daemon_stop import STOP_LIMIT, reaped, sigterm

from agent.errors import PackError
from agent.ingest import pipeline
from agent.service.daemon import Notifier


def test_stop_while_the_classifier_compiles(
    imap_account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The daemon's own control flow, with a compile that never ends (the real one below)."""
    began, never = threading.Event(), threading.Event()

    def endless_compile(cfg: object) -> float:
        began.set()
        never.wait(60)
        return 0.0

    monkeypatch.setattr(pipeline, "warm_up", endless_compile)
    sock = NotifySocket(str(tmp_path / "notify.sock"))
    try:
        d = RunningDaemon(fast_config(tmp_path, imap_account), notifier=Notifier(sock.address))
        d.thread.start()
        wait_until(began.is_set, what="the compile started")
        wait_until(lambda: sock.seen("STATUS=preparing the classifier"), what="its status")
        wait_until(lambda: sock.starting("EXTEND_TIMEOUT_USEC="), what="the start timeout extended")
        stopped_at = time.monotonic()
        assert d.close(timeout=STOP_LIMIT) == 0
        assert time.monotonic() - stopped_at < STOP_LIMIT
        wait_until(lambda: sock.seen("STOPPING=1"), what="STOPPING=1")
        assert not sock.seen("READY=1")  # never ready: no watcher ran, nothing was read
        assert not d.daemon.watchers
    finally:
        never.set()
        sock.close()


def test_a_broken_pack_still_stops_the_start(
    imap_account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def broken(cfg: object) -> float:
        raise PackError("en.toml: frame 'x' has no outcome")

    monkeypatch.setattr(pipeline, "warm_up", broken)
    d = RunningDaemon(fast_config(tmp_path, imap_account))
    with pytest.raises(PackError, match="has no outcome"):
        d.daemon.serve()


def test_sigterm_on_a_first_start_with_an_empty_cache(imap_account, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real `rebound run` compiling into an empty cache folder stops within the promise."""
    cfg = fast_config(tmp_path, imap_account)
    sock = NotifySocket(str(tmp_path / "notify.sock"))
    empty = {"NOTIFY_SOCKET": sock.address, "REBOUND_CACHE_DIR": str(tmp_path / "empty-cache")}
    try:
        with reaped(_rebound(cfg, "run", env_extra=empty)) as proc:
            wait_until(lambda: sock.seen("STATUS=preparing the classifier"), what="the compile")
            took, err = sigterm(proc)
    finally:
        sock.close()
    assert proc.returncode == 0, err
    assert took < STOP_LIMIT, f"SIGTERM took {took:.1f}s during the first compile:\n{err}"
    # Whichever came first (the compile ends in seconds on a quiet machine), the stop is
    # clean; while the compile ran, the log says so.
    ready = bool(sock.seen("READY=1"))
    assert ready or "stopped before the classifier was ready" in err, err
    print(f"stopped {took:.2f}s after SIGTERM, {'after' if ready else 'during'} the first compile")
