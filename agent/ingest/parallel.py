"""Both cores for a long scan or import: a forked worker analyses part of every batch.

Analysing a mail (the glance, and mail-parser and the classifier for the few it
sends on) touches no database, so it can run in another process; recording
cannot, and stays here, batch after batch in order, each committed with its sync
mark as before (an interrupted scan resumes exactly after the last committed
batch). A batch is cut into chunks; the worker takes them from the front while
this process takes them from the back, one at a time through two counters in
shared memory, so neither waits while the other has work, whatever the load of
the machine; a side takes fewer mails at a time as fewer are left, so that when the
two meet the other is never far from done, and the worker pickles each part's results
as soon as it has them, so that only its last, small part is left to pickle then
(:func:`_claim`). The next batch is handed to the worker before this one is recorded; so
that three batches in flight weigh no more than one process's two, they are half as
long (:meth:`Analyser.batch_size`).
A worker that dies (killed, out of memory) leaves its part to this process.

Only for long runs (``classify.worker_min_messages``): forking and the first chunk's
round trip cost milliseconds a daemon's single new mail should not pay; by default
(``classify.worker = "auto"``) only when the machine has a core to spare. The worker
is forked once the cheap path's databases are built (a database still compiling in a
thread would be missing in the child, and its lock could be held at the fork): on the
first run, whose decision database compiles for seconds in a thread, between two
batches as soon as it is ready (:meth:`agent.classify.onepass.Stored.ready`).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from agent.classify import Verdict, patterncache, prefilter
from agent.classify.opinions import Readers
from agent.config import Config
from agent.ingest.applications import details_read
from agent.ingest.pipeline import (
    Analysis,
    analyse_mail,
    owner_addresses,
    second_opinion,
    warm_classifier,
)
from agent.mail.parse import Message, RawMail

log = logging.getLogger(__name__)
# Two slots of (next chunk from the front, end of what is left), made before the worker is
# forked so that it shares them: a synchronised array cannot be sent to it later.
_ends: Any = None
# The second opinion the worker uses: set before it is forked, so the worker inherits it
# (pickled with every batch, lr-5's 1.2 MB cost the worker ~23 ms a batch before it could
# take a chunk; on short batches this process had taken them all by then).
_model: Readers | None = None

CHUNK = 25  # the most mails a side takes at a time
MIN_CHUNK = 3  # the fewest, while that many are left
SHARE = 4  # a side takes a quarter of what is left, between the two
LOCK_SECONDS = 10.0  # the counters' lock is held for microseconds

# What a worker sends back per mail: the Analysis without the mail (this side has it).
_Result = tuple[
    Message | None,  # message
    Verdict | None,  # verdict
    prefilter.Glance | None,  # glance
    str | None,  # error
    bool,  # final
    float,  # seconds
    Message | None,  # parsed
]


def _claim(ends: Any, slot: int, *, front: bool) -> tuple[int, int] | None:
    """Take the next mails of a batch from its front (the worker) or back (this side):
    ``(start, stop)``, a quarter of what is left but at least :data:`MIN_CHUNK` and at
    most :data:`CHUNK`.

    Shrinking towards the middle, where the two sides meet: the side that finishes
    first then waits for at most the other's few last mails, not for half a chunk of
    25 (issue 15: this process waited 1.5-3.5 s of a 20,000-mail scan for the worker's
    last chunk and its pickling, branch ``scan28``). None: the two sides have met (or
    the lock stays held: a worker killed holding it; what it had taken is then done
    here, see :meth:`Analyser._gather`).
    """
    lock = ends.get_lock()
    if not lock.acquire(timeout=LOCK_SECONDS):
        return None
    try:
        first, stop = int(ends[2 * slot]), int(ends[2 * slot + 1])
        left = stop - first
        if left <= 0:
            return None
        take = min(left, CHUNK, max(MIN_CHUNK, left // SHARE))
        if front:
            ends[2 * slot] = first + take
            return first, first + take
        ends[2 * slot + 1] = stop - take
        return stop - take, stop
    finally:
        lock.release()


def _front_chunks(
    slot: int, batch: list[RawMail], owners: frozenset[str], use_model: bool
) -> list[bytes]:
    """In the worker: analyse mails from the front until the two sides meet (with the
    inherited :data:`_model` when ``use_model``), each claim's results pickled at once.

    Its claims follow each other from the batch's first mail, so the parts returned, in
    order, are the batch's head. Pickled as they come, they cost the worker the same,
    but this process no longer waits for the whole head's pickling once it is done with
    the tail: only for the last part's (:func:`_unpacked` reads them).
    """
    model = _model if use_model else None
    parts: list[bytes] = []
    while (claim := _claim(_ends, slot, front=True)) is not None:
        start, stop = claim
        done = (analyse_mail(mail, owners, model=model) for mail in batch[start:stop])
        parts.append(_packed([_result(a) for a in done]))
    return parts


def _result(a: Analysis) -> _Result:
    """What the worker sends back for ``a``; a verdict's details only where recording reads
    them whatever the database holds (a rejection's, a job event's): those of other mail
    are looked for here on first read, from the mail sent beside it, if ever."""
    verdict = a.verdict
    if verdict is not None and not details_read(verdict):
        verdict = verdict.portable()
    return (a.message, verdict, a.glance, a.error, a.final, a.seconds, a.parsed)


def _packed(results: list[_Result]) -> bytes:
    return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def _unpacked(part: bytes) -> list[_Result]:
    results: list[_Result] = pickle.loads(part)  # noqa: S301 - our own worker's, by a pipe
    return results


def _rebuilt(mails: list[RawMail], results: list[_Result]) -> list[Analysis]:
    return [Analysis(mail, *result) for mail, result in zip(mails, results, strict=True)]


def spare_cores() -> float:
    """Cores this process may run on that the machine's load leaves idle (about).

    A worker pays only on an idle core: on a machine already busy (load average at
    or above its cores) it took the same share of CPU from others and cost ~15 %
    more CPU than analysing in one process (pickling, pages copied after the fork).
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores - os.getloadavg()[0]


class Analyser:
    """Analyses batches, with a worker process when given one.

    Two batches can be under way at once (one being recorded, the next being
    analysed): each has a slot of two shared counters, the next chunk from the
    front and the end of what is left, moved under their lock; the worker is never
    asked to give a chunk back, so nothing is cancelled.
    """

    def __init__(
        self,
        owners: frozenset[str],
        pool: ProcessPoolExecutor | None,
        ends: Any = None,
        *,
        later: threading.Event | None = None,
        model: Readers | None = None,
    ) -> None:
        self.owners = owners
        self.model = model  # the learned second opinion, when the config asks for it
        self.pool = pool
        self.ends = ends  # 2 slots x (front, stop), in memory shared with the worker
        self.slot = 0
        self.later = later  # set when a worker may be forked (the cheap path compiled)
        self.forked = pool is not None
        self.frozen = False  # the heap left out of the collector's passes (one process)

    def batch_size(self, configured: int) -> int:
        """How many mails to fetch (or read) and record at a time: half of ``configured``
        when a worker runs or is to be forked.

        With a worker this process holds three batches, not two: the one it records, the
        next one handed to the worker early (and its pickled copy until the worker reads
        it) and the one fetched ahead. Halves keep the bytes in flight under what one
        process holds alone (issue 15: 122 MiB at 10,000 mails with batches of 500 and a
        worker, 108 without one); the order, the sync marks committed with every batch and
        so resume are the same, only twice as frequent. A scan halves its bytes a batch
        (:data:`agent.mail.imap.BATCH_BYTES`) by the same rule.
        """
        if self.pool is None and self.later is None:
            return configured
        return max(1, configured // 2)

    def submit(self, batch: list[RawMail]) -> Callable[[], list[Analysis]]:
        """Start on ``batch``; the returned call finishes it here and gives every analysis."""
        if self.later is not None and self.later.is_set():
            self._fork_now()
        if self.pool is None:
            return lambda: self._here(batch)
        slot, self.slot = self.slot, 1 - self.slot
        with self.ends.get_lock():  # the worker is done with this slot's last batch
            self.ends[2 * slot], self.ends[2 * slot + 1] = 0, len(batch)
        try:
            future = self.pool.submit(
                _front_chunks, slot, batch, self.owners, self.model is not None
            )
        except (BrokenProcessPool, RuntimeError) as exc:
            self._lost(exc)
            return self.submit(batch)
        return lambda: self._gather(slot, batch, future)

    def _here(self, batch: list[RawMail]) -> list[Analysis]:
        """A batch analysed in this process; after the first one, the heap is frozen.

        Alone, a scan holds a batch's analyses until it is recorded: the collector runs
        ~15 times a 1,000 mails, and its full passes walked the whole heap, the
        classifier's packs and patterns (tens of thousands of objects, none of them
        garbage): 0.03 to 0.08 s each, once or twice a 10,000-mail scan (issue 15, branch
        ``record26``). Loaded by the end of the first batch, they are left out of the
        passes from then on, as for a worker (:func:`_pool`); reference counting still
        frees what is frozen, and :func:`analyser` unfreezes it at its end.
        """
        done = [analyse_mail(mail, self.owners, model=self.model) for mail in batch]
        if not self.forked and not self.frozen:
            gc.freeze()
            self.frozen = True
        return done

    def _gather(
        self, slot: int, batch: list[RawMail], future: Future[list[bytes]]
    ) -> list[Analysis]:
        """The batch's tail analysed here, claim by claim from its back, until the two sides
        meet; then its head, the worker's, in the parts it sent (what a lost worker had
        taken is analysed here)."""
        tail: list[list[Analysis]] = []
        low = len(batch)  # the tail is batch[low:]
        while (claim := _claim(self.ends, slot, front=False)) is not None:
            low = claim[0]
            tail.append([self._one(mail) for mail in batch[low : claim[1]]])
        head: list[Analysis] = []
        try:
            for part in future.result():
                results = _unpacked(part)
                head += _rebuilt(batch[len(head) : len(head) + len(results)], results)
        except BrokenProcessPool as exc:  # what it had taken is done here
            self._lost(exc)
        head += [self._one(mail) for mail in batch[len(head) : low]]
        return head + [a for part in reversed(tail) for a in part]

    def _one(self, mail: RawMail) -> Analysis:
        return analyse_mail(mail, self.owners, model=self.model)

    def _fork_now(self) -> None:
        """The first scan's worker: forked between two batches once the decision cues'
        database, compiled in a thread meanwhile, is ready (the worker inherits it).

        The fetch thread is running by then; the worker only analyses (no session, no
        database, no lock of that thread's), and logging's locks are reset in a fork.
        """
        self.later = None
        self.pool = _pool()
        if self.pool is not None:
            self.ends, self.forked = _ends, True
            log.info("the cheap path is compiled: a second process analyses part of every batch")

    def _lost(self, exc: BaseException) -> None:
        """The worker died (killed, out of memory): go on in this process alone."""
        if self.pool is not None:
            log.warning("analysis worker lost (%s); going on with one core", exc)
            self.pool.shutdown(wait=False)
        self.pool = None

    def pipelined(
        self, batches: Iterable[list[RawMail]]
    ) -> Iterator[tuple[list[RawMail], list[Analysis]]]:
        """Each batch with its analyses, in order.

        With a worker, the next batch is handed to it before this one is finished; alone,
        a batch is finished before the next is taken: taking it early gains nothing and
        holds one more batch (and lets the read-ahead fetch one more) in memory.
        """
        pending: tuple[list[RawMail], Callable[[], list[Analysis]]] | None = None
        items = iter(batches)
        while True:
            if pending is not None and self.pool is None:
                yield pending[0], pending[1]()
                pending = None
            batch = next(items, None)
            if batch is None:
                break
            started = (batch, self.submit(batch))
            if pending is not None:
                yield pending[0], pending[1]()
            pending = started
        if pending is not None:
            yield pending[0], pending[1]()


def setting(cfg: Config) -> tuple[str, int]:
    """``classify.worker`` and ``classify.worker_min_messages``: when a worker is wanted."""
    return cfg.classify.worker, cfg.classify.worker_min_messages


def _spare(cfg: Config, mails: int) -> float:
    """Cores the worker may have: 0 when the run is short or the setting is "off"; a whole
    one when it is "on"; else what the load average leaves idle (:func:`spare_cores`)."""
    mode, minimum = setting(cfg)
    if mode == "off" or mails < max(minimum, 1):
        return 0.0
    return 1.0 if mode == "on" else spare_cores()


@contextlib.contextmanager
def analyser(cfg: Config, mails: int) -> Iterator[Analyser]:
    """An :class:`Analyser` for ``mails`` mails: with a worker when it pays and is safe.

    Enter it before starting any thread of one's own (the worker is forked here).
    """
    global _model  # noqa: PLW0603 - inherited by the worker forked below or later
    owners, model = owner_addresses(cfg), second_opinion(cfg)
    _model = model
    spare = _spare(cfg, mails)
    pool = _pool() if spare >= 1 else None
    later = None
    if pool is not None:
        log.info("%d mails: a second process analyses part of every batch", mails)
    elif spare >= 1 and _can_fork():  # the first scan: the decision cues still compiling
        later = prefilter.ready()
        log.info("%d mails: a second process once the cheap path is compiled", mails)
    elif mails >= setting(cfg)[1]:
        log.debug("%d mails analysed in one process (%.1f cores to spare)", mails, spare)
    analyser = Analyser(owners, pool, _ends, later=later, model=model)
    try:
        yield analyser
    finally:
        if analyser.pool is not None:
            _take_worker_work(analyser.pool)
            analyser.pool.shutdown(wait=True)
        if analyser.forked or analyser.frozen:
            gc.unfreeze()


def _take_worker_work(pool: ProcessPoolExecutor) -> None:
    """What the worker derived of the patterns it met (their facts and programs), added to this
    process's for its save: one process writes the cache files. Nothing when it was saved
    already (a daemon's later runs) or the worker is gone: that costs the next run time only."""
    if patterncache.saved_once():
        return
    try:
        patterncache.take_work(pool.submit(patterncache.fresh_work).result(timeout=LOCK_SECONDS))
    except Exception as exc:  # a lost worker, a pickling error: it costs only the cache
        log.debug("the worker's pattern work not kept: %s", exc)


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _pool() -> ProcessPoolExecutor | None:
    """A forked worker, or None where fork is missing or the cheap path is still compiling."""
    if not _can_fork():
        return None
    global _ends  # noqa: PLW0603 - one shared array per process, inherited by the worker
    warm_classifier()  # patterns compiled once, here: the worker inherits them
    if not prefilter.compiled():
        return None
    if _ends is None:
        _ends = multiprocessing.get_context("fork").Array("q", 4)
    # What exists now (compiled packs and patterns: most of the heap) is left out of the
    # garbage collector's passes: a pass in the worker would touch, and so copy, every
    # page it shares with this process.
    gc.freeze()
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    pool.submit(int).result()  # fork now, before the caller starts its threads
    return pool
