"""A connection that silently stalls: noticed, replaced, and the watchdog starves meanwhile."""

from __future__ import annotations

import itertools
import time

import pytest
from proxy import StallingProxy
from test_daemon import NotifySocket, RunningDaemon, fast_config, rejection, wait_until

from agent.service.daemon import Notifier

# A daemon test waits for the daemon, never for a first compile of the classifier.
pytestmark = pytest.mark.usefixtures("compiled_classifier")


def test_stalled_connection_is_replaced_and_watchdog_pauses(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with StallingProxy(imap_account.port) as proxy:
        cfg = fast_config(tmp_path, imap_account, keepalive=1, timeout=2)
        cfg.write_text(
            cfg.read_text().replace(f"port = {imap_account.port}", f"port = {proxy.port}")
        )
        sock = NotifySocket(str(tmp_path / "notify.sock"))
        notifier = Notifier(sock.address, watchdog_usec=1_000_000)
        try:
            with RunningDaemon(cfg, notifier=notifier) as d:
                wait_until(lambda: sock.seen("READY=1"), what="READY=1")
                wait_until(lambda: len(sock.seen("WATCHDOG=1")) >= 3, what="watchdog pings")
                watcher = d.daemon.watchers[0]
                stalled_at = time.monotonic()  # before: a starved test thread reads it late
                assert proxy.stall() >= 1
                wait_until(lambda: watcher.reconnects, what="the stall noticed", timeout=10)
                detected = time.monotonic() - stalled_at
                wait_until(watcher.connected.is_set, what="a new session")
                replaced = time.monotonic() - stalled_at
                wait_until(
                    lambda: [t for t in sock.seen("WATCHDOG=1") if t > stalled_at + detected],
                    what="watchdog pings after the reconnect",
                )
                imap_account.append(rejection("after-stall"))
                wait_until(lambda: d.db.count("rejections") == 1, what="mail after the reconnect")
            assert d.code == 0
        finally:
            sock.close()
    pings = [stalled_at, *(t for t in sock.seen("WATCHDOG=1") if t > stalled_at)]
    longest_gap = max(b - a for a, b in itertools.pairwise(pings))
    # Healthy pings come every ~0.33 s; stuck on DONE (2 s timeout) they stop.
    assert longest_gap > 1.0, f"watchdog kept being fed while stuck ({longest_gap:.2f}s gap)"
    print(
        f"stall noticed after {detected:.2f}s, new session after {replaced:.2f}s "
        f"(keepalive 1 s + timeout 2 s); watchdog silent for {longest_gap:.2f}s"
    )
