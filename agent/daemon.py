"""``rebound run``: the long-running service.

Walking-skeleton version: a polling loop that scans, sends due drafts and the
daily digest, and stops cleanly on SIGTERM/SIGINT. IDLE, reconnect backoff,
sd_notify and the watchdog come with the daemon issue.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime
from types import FrameType

from agent import config as config_mod
from agent.digest import send_digest
from agent.errors import ReboundError
from agent.scan import scan
from agent.send import send_due
from agent.store import open_store

log = logging.getLogger(__name__)


def run(explicit_config: str | None, *, dry_run: bool = False) -> int:
    cfg = config_mod.load(config_mod.find_config(explicit_config))
    config_mod.require(cfg, "imap")
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s, stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with open_store(cfg.database.path) as store:
        while not stop.is_set():
            try:
                scan(cfg, store, dry_run=dry_run, progress=False)
                if cfg.smtp.host:
                    send_due(cfg, store, dry_run=dry_run)
                    today = datetime.now(cfg.owner.tz)
                    due = today.strftime("%H:%M") >= cfg.digest.time
                    if due and store.get_meta("digest.last_date") != today.date().isoformat():
                        send_digest(cfg, store, dry_run=dry_run, force=False)
                        if not dry_run:
                            with store.transaction():
                                store.set_meta("digest.last_date", today.date().isoformat())
            except ReboundError as exc:
                if not exc.retryable:
                    log.error("stopping: %s", exc)
                    return exc.exit_code
                log.warning("will retry: %s", exc)
            stop.wait(cfg.imap.poll_seconds)
    log.info("stopped")
    return 0
