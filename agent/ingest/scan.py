"""One pass over the configured IMAP folders, or over local files.

Used by ``rebound scan``, ``rebound import`` and by the daemon after every
(re)connect and IDLE wake-up.
"""

from __future__ import annotations

import heapq
import logging
import threading
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import imapclient

from agent.classify import patterncache
from agent.config import Config
from agent.delivery.outbox import flush_outbox
from agent.errors import ReboundError
from agent.feedback.templating import environment
from agent.ingest import corrections, parallel
from agent.ingest.pipeline import (
    MAX_ATTEMPTS,
    Outcome,
    Tally,
    record_batch,
)
from agent.mail import folders as mail_folders
from agent.mail import imap as mailbox
from agent.mail.local import count_local_messages, header_date, local_messages
from agent.mail.parse import RawMail
from agent.store import Store, now_utc

log = logging.getLogger(__name__)


class ScanProgress(Protocol):
    """Where a scan reports how far it got: a bar on a terminal, periodic lines elsewhere.

    The CLI supplies one (``agent.console.progress``); the daemon none.
    """

    def begin(self, label: str, total: int | None) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def end(self) -> None: ...


@contextmanager
def dry_run_store(store: Store, dry_run: bool) -> Iterator[Store]:
    """The store to work on: in a dry run, a throw-away in-memory copy of it.

    The copy takes no lock on the real database, so a dry run of any length never
    makes ``drafts approve``, a send or the daemon wait.
    """
    if not dry_run:
        yield store
        return
    with store.scratch_copy() as copy:
        yield copy


def scan_folder(
    client: imapclient.IMAPClient,
    store: Store,
    cfg: Config,
    folder: str,
    *,
    since: datetime | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    progress: ScanProgress | None = None,
    stop: threading.Event | None = None,
    floor_uid: int = 0,
) -> Tally:
    """Process what is new in one folder: earlier failures first, then UIDs above the mark.

    ``stop`` is checked between batches, so a stop request costs at most one
    batch and never leaves half a batch behind. ``floor_uid`` lets a dry-running
    daemon (whose marks are rolled back) skip what it has already reported.
    """
    tally = Tally()
    uidvalidity = mailbox.select(client, folder)
    state = store.sync_state(folder)
    plan = _plan(client, store, cfg, (folder, uidvalidity, state), since, floor_uid=floor_uid)
    if not plan.todo:
        log.debug("%s: nothing new above UID %d", folder, plan.last_uid)
        if state is None or state[0] != uidvalidity:
            with store.transaction():
                store.set_sync_state(folder, uidvalidity, max(plan.last_uid, plan.top))
        return tally
    if progress is not None:
        progress.begin(folder, len(plan.todo))
    try:
        mark = _process(
            client,
            store,
            cfg,
            (folder, uidvalidity),
            plan,
            tally=tally,
            on_outcome=on_outcome,
            progress=progress,
            stop=stop,
        )
    finally:
        if progress is not None:
            progress.end()
    if mark is None:
        return tally
    if plan.top > mark:  # the highest ones were known under the old UIDVALIDITY
        with store.transaction():
            store.set_sync_state(folder, uidvalidity, plan.top)
    return tally


def _process(
    client: imapclient.IMAPClient,
    store: Store,
    cfg: Config,
    where: tuple[str, int],
    plan: _Plan,
    *,
    tally: Tally,
    on_outcome: Callable[[Outcome], None] | None,
    progress: ScanProgress | None,
    stop: threading.Event | None,
) -> int | None:
    """Fetch and process the plan's UIDs batch by batch; the mark reached (None: stopped).

    The next batch is fetched by a thread while this one is processed; the lock
    lets this thread ask for a few arrival times in between.
    """
    folder, uidvalidity = where
    env = environment(cfg.feedback.templates_dir)
    mark = plan.last_uid
    lock = threading.Lock()

    def arrivals(uids: list[int]) -> dict[int, datetime]:
        return mailbox.arrival_times(client, folder, uids, lock=lock)

    with parallel.analyser(cfg, len(plan.todo)) as analyser:  # forks before the thread starts
        size = analyser.batch_size(cfg.imap.batch_size)
        fetching = mailbox.fetch_batches(
            client,
            folder,
            uidvalidity,
            plan.todo,
            size,
            lock=lock,
            batch_bytes=analyser.batch_size(mailbox.BATCH_BYTES),
        )
        with mailbox.read_ahead(fetching) as batches:
            for batch, analysed in analyser.pipelined(batches):
                mark = max([mark, *(m.uid for m in batch)])
                for outcome in record_batch(
                    store,
                    cfg,
                    analysed,
                    env=env,
                    advance_to=(folder, uidvalidity, mark),
                    on_outcome=on_outcome,
                    on_processed=progress.advance if progress is not None else None,
                    arrivals=arrivals,
                ):
                    tally.add(outcome)
                del batch, analysed  # not held while the next batch is analysed
                if stop is not None and stop.is_set():
                    log.info("%s: stopped after UID %d; the next run resumes there", folder, mark)
                    return None
    return mark


@dataclass(frozen=True)
class _Plan:
    last_uid: int  # the committed mark (0 after a UIDVALIDITY change)
    top: int  # the highest UID seen, where the mark ends up
    # earlier failures and new UIDs, ascending: machine integers, held for the whole scan
    todo: array[int]


def _union(few: Iterable[int], many: Sequence[int]) -> array[int]:
    """Some UIDs and an ascending run of UIDs as one ascending run, without repeats;
    ``many`` (a first scan's whole folder) is read once and never copied into a set or a
    list of Python ints."""
    few = sorted(set(few))
    if not few:
        return many if isinstance(many, array) else array("L", many)
    out: array[int] = array("L")
    last = 0
    for uid in heapq.merge(few, many):
        if uid != last:
            out.append(uid)
            last = uid
    return out


def _plan(
    client: imapclient.IMAPClient,
    store: Store,
    cfg: Config,
    where: tuple[str, int, tuple[int, int] | None],
    since: datetime | None,
    *,
    floor_uid: int,
) -> _Plan:
    """What to fetch: failures to retry, UIDs above the mark, a backfill ``since`` a date;
    for a folder never read before (no ``state``), only what came since ``since`` or
    ``imap.history_days`` ago."""
    folder, uidvalidity, state = where
    reset = state is not None and state[0] != uidvalidity
    last_uid = state[1] if state and not reset else 0
    if reset:
        log.warning(
            "%s: UIDVALIDITY changed (%d → %d); rescanning, known messages are matched by "
            "Message-ID",
            folder,
            state[0] if state else 0,
            uidvalidity,
        )
    retry = [
        r["uid"]
        for r in store.failed_messages(folder, MAX_ATTEMPTS)
        if r["uidvalidity"] == uidvalidity
    ]
    if state is None:
        uids, top = _first_run(client, folder, since, cfg.imap.history_days)
        uids = uids[bisect_right(uids, floor_uid) :]
    else:
        uids = _new_and_backfill(client, store, (folder, uidvalidity, last_uid), since, floor_uid)
        top = max(uids, default=last_uid)
    if reset and uids:
        uids = _skip_known_after_reset(client, store, folder, uidvalidity, uids)
    if retry:
        log.info("%s: retrying %d messages that failed before", folder, len(retry))
    return _Plan(last_uid, top, _union(retry, uids))


def _new_and_backfill(
    client: imapclient.IMAPClient,
    store: Store,
    where: tuple[str, int, int],
    since: datetime | None,
    floor_uid: int,
) -> array[int]:
    """UIDs above the mark, plus (``scan --since``) unseen ones since that date below it."""
    folder, uidvalidity, last_uid = where
    uids = mailbox.new_uids(client, max(last_uid, floor_uid))
    if since is None:
        return uids
    backfill = [
        u
        for u in mailbox.uids_since(client, since)
        if u <= last_uid and not store.seen(folder, uidvalidity, u)
    ]
    if backfill:
        log.info("%s: backfilling %d messages since %s", folder, len(backfill), since.date())
    return _union(backfill, uids)


def _first_run(
    client: imapclient.IMAPClient, folder: str, since: datetime | None, history_days: int
) -> tuple[array[int], int]:
    """A folder never read before: only mail since ``since`` (else ``imap.history_days``
    ago), by SEARCH SINCE, not the whole folder; and the folder's highest UID, where the
    mark ends up so older mail is not read later."""
    start = since or now_utc() - timedelta(days=history_days)
    uids = mailbox.uids_since(client, start)
    top = max(mailbox.highest_uid(client), uids[-1] if uids else 0)
    log.info(
        "%s: first scan: %d messages since %s (imap.history_days = %d; `rebound scan --since "
        "DATE` reads further back)",
        folder,
        len(uids),
        start.date().isoformat(),
        history_days,
    )
    return uids, top


def _skip_known_after_reset(
    client: imapclient.IMAPClient, store: Store, folder: str, uidvalidity: int, uids: array[int]
) -> array[int]:
    """After a UIDVALIDITY change, leave out messages already handled under the old one.

    Only the Message-ID header is fetched for the candidates; a known message
    gets a row under its new UID (copying the earlier verdict) so it is never
    fetched again, and only the unknown ones go through the pipeline.
    """
    known = {
        r["message_id"]: r for r in store.classified_under_other_uidvalidity(folder, uidvalidity)
    }
    if not known:
        return uids
    ids = mailbox.message_ids(client, folder, uids)
    fresh: array[int] = array("L")
    copied = 0
    with store.transaction():
        for uid in uids:
            mid = ids.get(uid)
            old = known.get(mid) if mid else None
            if old is None:
                fresh.append(uid)
                continue
            if store.seen(folder, uidvalidity, uid) is None:
                row = {k: old[k] for k in _COPIED}
                store.record_message(
                    {**row, "folder": folder, "uidvalidity": uidvalidity, "uid": uid}
                )
                copied += 1
    log.info(
        "%s: %d messages already handled under the old UIDVALIDITY, %d to process",
        folder,
        copied,
        len(fresh),
    )
    return fresh


_COPIED = (
    "message_id",
    "subject",
    "from_addr",
    "date",
    "size",
    "status",
    "is_rejection",
    "score",
    "category",
    "maybe",
)


def scan(
    cfg: Config,
    store: Store,
    *,
    since: datetime | None = None,
    dry_run: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    client: imapclient.IMAPClient | None = None,
    progress: ScanProgress | None = None,
    stop: threading.Event | None = None,
) -> Tally:
    """Scan every configured folder once. Opens (and closes) a session unless given one."""
    own = client is None
    client = client or mailbox.connect(cfg)
    total = Tally()
    try:
        with dry_run_store(store, dry_run) as work:
            # Sent first: an application sent usually comes before the answers to it.
            for folder in [*sent_to_read(client, cfg), *cfg.imap.folders]:
                tally = scan_folder(
                    client,
                    work,
                    cfg,
                    folder,
                    since=since,
                    on_outcome=on_outcome,
                    progress=progress,
                    stop=stop,
                )
                total.merge(tally)
                log.info("%s: %s", folder, tally.summary())
                if stop is not None and stop.is_set():
                    break
    finally:
        if own:
            mailbox.quiet_logout(client)
    patterncache.save_once()  # what this scan's mail first met, for the next process
    if dry_run:
        log.info("dry run: would have logged %s; nothing was saved", total.summary())
    else:
        corrections.log_asked(store, cfg)  # a digest reply's "rejection N", as the daemon's tick
        send_confirmations(cfg, store)
    return total


def sent_to_read(client: imapclient.IMAPClient, cfg: Config) -> list[str]:
    """The Sent folder, when the owner's own mail should go on the timelines (read-only).

    Empty when ``imap.read_sent`` is off, no Sent folder exists, or Sent is
    already one of ``imap.folders``.
    """
    if not cfg.imap.read_sent:
        return []
    sent = mail_folders.find_folder(client, mail_folders.SENT, cfg.imap.sent_folder)
    return [sent] if sent and sent not in cfg.imap.folders else []


def import_local(
    cfg: Config,
    store: Store,
    paths: Iterable[str],
    *,
    dry_run: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    progress: ScanProgress | None = None,
    now: datetime | None = None,
) -> Tally:
    """Run the pipeline over local files; already-imported messages are skipped.

    ``now``: the clock drafts are judged by (the demo's old sample mail as if new)."""
    paths = list(paths)
    total = Tally()
    env = environment(cfg.feedback.templates_dir)
    tick = progress.advance if progress is not None else None
    count = count_local_messages(paths)  # None for stdin: one mail, most likely
    options: dict[str, Any] = dict(env=env, on_outcome=on_outcome, on_processed=tick, now=now)
    if progress is not None:
        progress.begin("import", count)
    try:
        with (
            dry_run_store(store, dry_run) as work,
            parallel.analyser(cfg, count or 0) as analyser,
        ):
            mails = local_messages(paths, dates=False)  # dates: only those asked for
            size, weight = cfg.imap.batch_size, mailbox.BATCH_BYTES
            bounded = _batches(mails, analyser.batch_size(size), analyser.batch_size(weight))
            batches = _unseen(work, bounded, tick)
            for batch, analysed in analyser.pipelined(batches):
                dates = _header_dates(batch)
                for outcome in record_batch(work, cfg, analysed, arrivals=dates, **options):
                    total.add(outcome)
                del batch, analysed, dates  # not held while the next batch is read and sent
    finally:
        if progress is not None:
            progress.end()
    patterncache.save_once()  # what this import's mail first met, for the next process
    if not dry_run:
        send_confirmations(cfg, store)
    return total


def _unseen(
    work: Store, batches: Iterable[list[RawMail]], tick: Callable[[], None] | None
) -> Iterator[list[RawMail]]:
    """An import's batches without what an earlier import finished (one look-up a batch)
    and a file named twice (its batch may be asked about before the one before is
    recorded); ``tick`` for each mail left out.

    Each reading of a file gives its mails uids ascending from 1, so what this import
    has seen of a file is every uid up to the highest seen: one int a file, where a
    set of every (file, uid) grew with the import (6 MiB at 50,000 mails, issue 15)."""
    seen: dict[str, int] = {}  # file (its folder label) -> the highest uid seen of it
    for batch in batches:
        first = batch[0]  # a batch holds one file's mails (_batches)
        uids = [m.uid for m in batch]
        done = work.finished_uids(first.folder, first.uidvalidity, uids, MAX_ATTEMPTS)
        high, left = seen.get(first.folder, 0), []
        for m in batch:
            if m.uid > high:  # a second reading starts again at 1: all seen
                high = m.uid
                if m.uid not in done:
                    left.append(m)
        seen[first.folder] = high
        for _ in range(len(batch) - len(left)):
            if tick is not None:
                tick()
        if left:
            yield left


def _header_dates(batch: list[RawMail]) -> Callable[[list[int]], dict[int, datetime]]:
    """Arrival times of a local batch's mails, read from their Date headers when asked:
    the mails the glance settled with a Date header never are (~40 µs a mail saved)."""
    by_uid = {mail.uid: mail.raw for mail in batch}

    def dates(uids: list[int]) -> dict[int, datetime]:
        found = {uid: header_date(by_uid[uid]) for uid in uids if uid in by_uid}
        return {uid: when for uid, when in found.items() if when is not None}

    return dates


def _batches(mails: Iterable[RawMail], size: int, max_bytes: int) -> Iterator[list[RawMail]]:
    """Consecutive runs of up to ``size`` mails of one file (folder), closed early once they
    weigh ``max_bytes``: what an import holds grows with a batch's bytes, as a scan's does
    (:data:`agent.mail.imap.BATCH_BYTES`), and an mbox's large mails come in runs."""
    batch: list[RawMail] = []
    weight = 0
    for mail in mails:
        if batch and (len(batch) >= size or weight >= max_bytes or mail.folder != batch[0].folder):
            yield batch
            batch, weight = [], 0
        batch.append(mail)
        weight += len(mail.raw)
    if batch:
        yield batch


def send_confirmations(cfg: Config, store: Store) -> None:
    """After the batches committed: confirm the approve-by-reply commands they obeyed.

    A failure is only logged; the row stays queued for the daemon's tick or the next send.
    """
    if not cfg.smtp.host:
        return
    try:
        flush_outbox(cfg, store)
    except ReboundError as exc:
        log.warning("confirmation not sent yet (retried by the next send): %s", exc)
