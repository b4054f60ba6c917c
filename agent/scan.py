"""One pass over the configured IMAP folders, or over local files.

Used by ``rebound scan``, ``rebound import`` and by the daemon after every
(re)connect and IDLE wake-up.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime

import imapclient

from agent import mailbox
from agent.config import Config
from agent.mailbox import RawMail
from agent.pipeline import Outcome, Tally, process_batch
from agent.store import Store
from agent.templating import environment

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


class Progress:
    """A one-line progress bar on a terminal; periodic log lines otherwise."""

    def __init__(self, label: str, total: int, enabled: bool | None = None) -> None:
        self.label, self.total, self.done = label, total, 0
        self.tty = sys.stderr.isatty() if enabled is None else enabled
        self._last_logged = 0

    def advance(self, n: int) -> None:
        self.done += n
        if self.tty:
            width = 30
            filled = int(width * self.done / self.total) if self.total else width
            sys.stderr.write(
                f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}"
            )
            sys.stderr.flush()
        elif self.done - self._last_logged >= 1000 or self.done == self.total:
            self._last_logged = self.done
            log.info("%s: %d/%d messages", self.label, self.done, self.total)

    def close(self) -> None:
        if self.tty and self.total:
            sys.stderr.write("\n")


@contextmanager
def _maybe_rollback(store: Store, dry_run: bool) -> Iterator[None]:
    """In a dry run everything happens inside one transaction that is rolled back."""
    if not dry_run:
        yield
        return
    store.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        store.conn.execute("ROLLBACK")


def scan_folder(
    client: imapclient.IMAPClient,
    store: Store,
    cfg: Config,
    folder: str,
    *,
    since: datetime | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    progress: bool | None = None,
) -> Tally:
    """Process what is new in one folder: earlier failures first, then UIDs above the mark."""
    tally = Tally()
    uidvalidity = mailbox.select(client, folder)
    state = store.sync_state(folder)
    last_uid = 0
    if state and state[0] == uidvalidity:
        last_uid = state[1]
    elif state:
        log.warning(
            "%s: UIDVALIDITY changed (%d → %d); rescanning, known messages are matched by "
            "Message-ID",
            folder,
            state[0],
            uidvalidity,
        )
    retry = [
        r["uid"]
        for r in store.failed_messages(folder, MAX_ATTEMPTS)
        if r["uidvalidity"] == uidvalidity
    ]
    uids = mailbox.new_uids(client, last_uid)
    if since is not None:
        backfill = [
            u
            for u in mailbox.uids_since(client, since)
            if u <= last_uid and not store.seen(folder, uidvalidity, u)
        ]
        uids = sorted(set(backfill) | set(uids))
    if retry:
        log.info("%s: retrying %d messages that failed before", folder, len(retry))
    todo = sorted(set(retry) | set(uids))
    if not todo:
        log.debug("%s: nothing new above UID %d", folder, last_uid)
        if state is None or state[0] != uidvalidity:
            with store.transaction():
                store.set_sync_state(folder, uidvalidity, last_uid)
        return tally
    bar = Progress(f"{folder}", len(todo), progress)
    env = environment(cfg.feedback.templates_dir)
    mark = last_uid
    try:
        for batch in mailbox.fetch_batches(client, folder, uidvalidity, todo, cfg.imap.batch_size):
            mark = max([mark, *(m.uid for m in batch)])
            for outcome in process_batch(
                store,
                cfg,
                batch,
                env=env,
                advance_to=(folder, uidvalidity, mark),
                on_outcome=on_outcome,
            ):
                tally.add(outcome)
            bar.advance(len(batch))
    finally:
        bar.close()
    return tally


def scan(
    cfg: Config,
    store: Store,
    *,
    since: datetime | None = None,
    dry_run: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    client: imapclient.IMAPClient | None = None,
    progress: bool | None = None,
) -> Tally:
    """Scan every configured folder once. Opens (and closes) a session unless given one."""
    own = client is None
    client = client or mailbox.connect(cfg)
    total = Tally()
    try:
        with _maybe_rollback(store, dry_run):
            for folder in cfg.imap.folders:
                tally = scan_folder(
                    client,
                    store,
                    cfg,
                    folder,
                    since=since,
                    on_outcome=on_outcome,
                    progress=progress,
                )
                for name in ("messages", "rejections", "drafts", "errors", "skipped"):
                    setattr(total, name, getattr(total, name) + getattr(tally, name))
                log.info("%s: %s", folder, tally.summary())
    finally:
        if own:
            mailbox._quiet_logout(client)
    if dry_run:
        log.info("dry run: would have logged %s; nothing was saved", total.summary())
    return total


def import_local(
    cfg: Config,
    store: Store,
    paths: Iterable[str],
    *,
    dry_run: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Tally:
    """Run the pipeline over local files; already-imported messages are skipped."""
    total = Tally()
    env = environment(cfg.feedback.templates_dir)
    batch: list[RawMail] = []

    def flush() -> None:
        for outcome in process_batch(store, cfg, batch, env=env, on_outcome=on_outcome):
            total.add(outcome)
        batch.clear()

    with _maybe_rollback(store, dry_run):
        for mail in mailbox.local_messages(paths):
            known = store.seen(mail.folder, mail.uidvalidity, mail.uid)
            if known and known["status"] == "classified":
                continue
            batch.append(mail)
            if len(batch) >= cfg.imap.batch_size:
                flush()
        if batch:
            flush()
    return total
