"""Both cores: an import (or scan) analysed partly by a forked worker records what one
process records, in order, and goes on alone when the worker dies."""

from __future__ import annotations

import gc
import mailbox
import os
import sqlite3
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.ingest import parallel
from agent.ingest.scan import import_local
from agent.mail.parse import RawMail
from agent.store import open_store

from helpers import use_cores, write_config

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    ROOT / "tests" / "corpus" / "emails",
    ROOT.parent / "shared" / "corpus-public" / "emails",
    ROOT / "agent" / "data" / "demo",
)
TABLES = (
    "SELECT uid, message_id, subject, from_addr, date, size, status, is_rejection, score, "
    "category, error, attempts FROM messages ORDER BY uid",
    "SELECT m.uid, r.message_id, r.received_at, r.subject, r.from_addr, r.company, r.role, "
    "r.stage, r.language, r.score, r.reasons, r.body FROM rejections r "
    "JOIN messages m ON m.id = r.message_row ORDER BY m.uid",
    "SELECT r.message_id, d.status FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
    "ORDER BY r.message_id",
    "SELECT message_id, kind FROM application_events ORDER BY message_id, kind",
)


def _mbox(tmp_path: Path, limit: int | None = None) -> Path:
    path = tmp_path / "corpora.mbox"
    box = mailbox.mbox(str(path))
    mails = [p.read_bytes() for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.eml"))]
    for raw in mails[:limit]:
        box.add(raw)
    box.close()
    return path


def _import(
    tmp_path: Path, name: str, mbox: Path, extra: str = "", rejections: int = 100
) -> list[list[tuple[object, ...]]]:
    (tmp_path / name).mkdir()
    cfg = config_mod.load(write_config(tmp_path / name, extra="[imap]\nbatch_size = 30\n" + extra))
    with open_store(cfg.database.path) as store:
        tally = import_local(cfg, store, [str(mbox)])
    assert tally.errors == 0 and tally.rejections > rejections
    db = sqlite3.connect(cfg.database.path)
    try:
        return [db.execute(sql).fetchall() for sql in TABLES]
    finally:
        db.close()


def _die(slot: object, chunks: object, owners: object, model: object) -> None:
    os._exit(1)  # as if the worker were killed (out of memory, a signal)


@pytest.mark.parametrize("worker", ["works", "dies"])
def test_an_import_on_two_cores_records_what_one_core_does(tmp_path, monkeypatch, worker) -> None:  # type: ignore[no-untyped-def]
    mbox = _mbox(tmp_path)
    use_cores(monkeypatch, 1)
    alone = _import(tmp_path, "one", mbox)
    by_worker = use_cores(monkeypatch, 2)
    if worker == "dies":
        monkeypatch.setattr(parallel, "_front_chunks", _die)
    assert _import(tmp_path, "two", mbox) == alone
    assert (sum(by_worker) > 0) == (worker == "works")


def test_the_config_says_when_a_worker_analyses(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``classify.worker``: "on" uses it for a run of ``worker_min_messages`` mails or more
    whatever the load, "off" never, "auto" only with a core to spare; what is recorded is
    the same every way."""
    mbox = _mbox(tmp_path, limit=150)
    configured = parallel.setting
    by_worker = use_cores(monkeypatch, 2)  # counts the worker's parts; databases warm
    monkeypatch.setattr(parallel, "setting", configured)  # the config decides
    took, rows = {}, {}
    for name, spare, extra in [
        ("off", 1.5, "worker = 'off'\nworker_min_messages = 1"),
        ("on, busy", 0.5, "worker = 'on'\nworker_min_messages = 1"),
        ("on, short", 1.5, "worker = 'on'\nworker_min_messages = 1000"),
        ("auto, busy", 0.5, "worker_min_messages = 1"),
        ("auto, idle", 1.5, "worker_min_messages = 1"),
    ]:
        monkeypatch.setattr(parallel, "spare_cores", lambda spare=spare: spare)
        by_worker.clear()
        rows[name] = _import(tmp_path, name, mbox, "[classify]\n" + extra, rejections=20)
        took[name] = sum(by_worker) > 0
    assert took == {
        "off": False,
        "on, busy": True,
        "on, short": False,
        "auto, busy": False,
        "auto, idle": True,
    }
    assert all(found == rows["off"] for found in rows.values())


def test_the_first_scan_forks_its_worker_once_the_cheap_path_is_compiled(
    imap_account, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A cold cache folder: the decision cues' database compiles in a thread while the
    first batches are analysed in one process; the worker is forked as soon as it is
    ready (and inherits it: compiled once, not a second copy), and records what one
    process records."""
    from agent.classify import onepass, patterncache, prefilter
    from agent.ingest.scan import scan

    mails = [p.read_bytes() for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.eml"))][:240]
    for raw in mails:
        imap_account.deliver(raw)
    by_worker = use_cores(monkeypatch, 2)  # waits for the session's databases: warm
    monkeypatch.setenv(patterncache.CACHE_ENV, str(tmp_path / "cold-cache"))
    compiled: list[int] = []
    real_build = onepass._build  # compiles (in a child process) and writes the cache file

    def counted(
        patterns: tuple[str, ...], path: Path, exact: int = 0, *, locked: bool = False
    ) -> object:
        compiled.append(len(patterns))
        return real_build(patterns, path, exact, locked=locked)

    monkeypatch.setattr(onepass, "_build", counted)
    patterncache.cache_file.cache_clear()
    prefilter._gate_of.cache_clear()  # a gate of cold databases, as in a new process
    waited: list[bool] = []

    def after_first_batch(_outcome: object) -> None:
        if not waited:  # hold the scan until the compilation (seconds) is done
            waited.append(prefilter.ready().wait(600))

    try:
        assert not prefilter.ready().is_set()  # compiling in a thread
        cfg = config_mod.load(
            write_config(tmp_path, imap_account, imap_extra="batch_size = 20\nhistory_days = 36500")
        )
        with open_store(cfg.database.path) as store:
            tally = scan(cfg, store, on_outcome=after_first_batch)
    finally:
        monkeypatch.undo()  # later tests: the session's cache folder and databases again
        patterncache.cache_file.cache_clear()
        prefilter._gate_of.cache_clear()
    assert waited == [True] and tally.messages == len(mails) and tally.errors == 0
    assert sum(by_worker) > 0  # the worker took part once the database was ready
    decision = len(prefilter._gate().anchors.patterns) + 1
    assert compiled.count(decision) == 1  # compiled once, from the background thread
    assert list((tmp_path / "cold-cache").glob("onepass-decision-*.hs"))

    use_cores(monkeypatch, 1)  # (undone above)
    one = tmp_path / "one"
    one.mkdir()
    cfg_one = config_mod.load(
        write_config(one, imap_account, imap_extra="batch_size = 20\nhistory_days = 36500")
    )
    with open_store(cfg_one.database.path) as store:
        scan(cfg_one, store)
    for sql in TABLES:
        assert _rows(cfg.database.path, sql) == _rows(cfg_one.database.path, sql), sql


def test_with_a_worker_a_scan_fetches_and_records_half_batches(
    imap_account, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """With a worker this process holds three batches at once (recorded, the worker's,
    fetched ahead), alone two: a worker-on scan fetches and commits half of
    ``imap.batch_size`` at a time (issue 15's 120 MB), and records what one process does."""
    from agent.ingest.scan import scan
    from agent.mail import imap as mailbox

    mails = [p.read_bytes() for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.eml"))][:60]
    for raw in mails:
        imap_account.deliver(raw)
    fetched: list[int] = []
    real_fetch = mailbox.fetch_batches

    def counted(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        for batch in real_fetch(*args, **kwargs):  # type: ignore[arg-type]
            fetched.append(len(batch))
            yield batch

    monkeypatch.setattr(mailbox, "fetch_batches", counted)
    sizes, dbs = {}, {}
    for cores in (2, 1):
        by_worker = use_cores(monkeypatch, cores)
        fetched.clear()
        (tmp_path / str(cores)).mkdir()
        cfg = config_mod.load(
            write_config(
                tmp_path / str(cores),
                imap_account,
                imap_extra="batch_size = 20\nhistory_days = 36500",
            )
        )
        with open_store(cfg.database.path) as store:
            tally = scan(cfg, store)
        assert tally.messages == len(mails) and tally.errors == 0
        assert (sum(by_worker) > 0) == (cores == 2)
        sizes[cores], dbs[cores] = list(fetched), cfg.database.path
    assert sizes == {2: [10] * 6, 1: [20] * 3}
    for sql in TABLES:
        assert _rows(dbs[2], sql) == _rows(dbs[1], sql), sql


def _rows(db: object, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(str(db))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_alone_a_batch_is_finished_before_the_next_is_taken() -> None:
    """Without a worker, taking the next batch early gains nothing and holds it (and one
    more the read-ahead fetches) in memory; with one, the next batch is handed over first."""
    taken: list[int] = []

    def batches():  # type: ignore[no-untyped-def]
        for i in range(4):
            taken.append(i)
            yield [RawMail("INBOX", 1, i + 1, b"Subject: hello\r\n\r\nhi\r\n")]

    alone = parallel.Analyser(frozenset(), None)
    for i, (batch, analysed) in enumerate(alone.pipelined(batches())):
        assert len(taken) == i + 1
        assert [a.mail.uid for a in analysed] == [m.uid for m in batch] == [i + 1]
    assert taken == [0, 1, 2, 3]


def test_alone_the_heap_is_frozen_after_the_first_batch_until_the_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One process: after its first batch the classifier's heap is left out of the garbage
    collector's passes (as a worker's parent does before forking), and put back at the end."""
    cfg = config_mod.load(write_config(tmp_path, extra="[classify]\nworker = 'off'"))
    mail = RawMail("INBOX", 1, 1, b"Subject: hello\r\n\r\nhi\r\n")
    gc.unfreeze()
    with parallel.analyser(cfg, 1000) as analyser:
        assert analyser.pool is None and gc.get_freeze_count() == 0
        [(_, first)] = analyser.pipelined([[mail]])
        assert [a.mail for a in first] == [mail] and gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_the_two_sides_take_fewer_mails_as_fewer_are_left() -> None:
    """Claims shrink towards where the worker (front) and this process (back) meet, so the
    one that is done first waits for a few mails of the other's, not half a chunk of 25
    (issue 15, branch ``scan29``); every mail is taken once."""
    import multiprocessing

    ends = multiprocessing.get_context("fork").Array("q", 4)
    ends[2], ends[3] = 0, 250
    taken, front = [], True
    while (claim := parallel._claim(ends, 1, front=front)) is not None:
        taken.append(claim)
        front = not front
    assert sorted(i for start, stop in taken for i in range(start, stop)) == list(range(250))
    sizes = [stop - start for start, stop in taken]
    assert sizes[0] == parallel.CHUNK and sizes == sorted(sizes, reverse=True)
    assert sizes[-1] <= parallel.MIN_CHUNK


def test_the_worker_sends_each_claim_pickled_as_it_is_done(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The worker's part comes back as one pickled piece a claim, the batch's head in order:
    this process waits only for the last piece's pickling, not the whole part's."""
    import multiprocessing

    mails = [RawMail("INBOX", 1, i + 1, b"Subject: hello %d\r\n\r\nhi\r\n" % i) for i in range(40)]
    ends = multiprocessing.get_context("fork").Array("q", 4)
    ends[0], ends[1] = 0, len(mails)
    monkeypatch.setattr(parallel, "_ends", ends)
    parts = parallel._front_chunks(0, mails, frozenset(), False)
    assert len(parts) > 1 and all(isinstance(part, bytes) for part in parts)
    head = [a for part in parts for a in parallel._unpacked(part)]
    assert len(head) == len(mails)  # alone, the worker takes the whole batch
    rebuilt = parallel._rebuilt(mails, head)
    assert [a.glance.message.subject for a in rebuilt if a.glance] == [
        f"hello {i}" for i in range(40)
    ]
