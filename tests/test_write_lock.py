"""Short write transactions: other writers never wait on parsing or on a dry run (issue 14 #3)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from test_daemon import RunningDaemon, fast_config, rejection, wait_until

import agent.ingest.pipeline
import agent.store
from agent import config as config_mod
from agent.ingest.scan import import_local, scan
from agent.store import Store, open_store

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, write_config


def _writer_can_start(path: str | Path) -> bool:
    """Can another connection take the write lock right now (no waiting)?"""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def test_dry_run_scan_never_holds_the_write_lock(imap_account, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(4):
        imap_account.append(mail(f"n{i}", NEWSLETTER if i % 2 else INTERVIEW_REJECTION))
    cfg = config_mod.load(write_config(tmp_path, imap_account, imap_extra="batch_size = 1"))
    free: list[bool] = []
    with open_store(cfg.database.path) as store:
        tally = scan(
            cfg,
            store,
            dry_run=True,
            on_outcome=lambda _o: free.append(_writer_can_start(cfg.database.path)),
        )
        assert tally.messages == 4 and tally.rejections == 2
        assert store.query("SELECT count(*) AS n FROM messages")[0]["n"] == 0  # nothing kept
    assert free == [True] * 4


def test_dry_run_import_saves_nothing_and_leaves_the_lock_free(tmp_path: Path) -> None:
    cfg = config_mod.load(write_config(tmp_path))
    eml = tmp_path / "r.eml"
    eml.write_bytes(mail("Your application", INTERVIEW_REJECTION))
    free: list[bool] = []
    with open_store(cfg.database.path) as store:
        tally = import_local(
            cfg,
            store,
            [str(eml)],
            dry_run=True,
            on_outcome=lambda _o: free.append(_writer_can_start(cfg.database.path)),
        )
        assert tally.rejections == 1 and free == [True]
        assert not store.rejections()


def test_parsing_and_classifying_happen_outside_the_write_transaction(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    cfg = config_mod.load(write_config(tmp_path))
    for i in range(3):
        (tmp_path / f"{i}.eml").write_bytes(mail(f"r{i}", INTERVIEW_REJECTION))
    real = agent.ingest.pipeline.classify
    locked: list[bool] = []

    def classify(msg, owner_addresses=(), model=None):  # type: ignore[no-untyped-def]
        locked.append(not _writer_can_start(cfg.database.path))
        return real(msg, owner_addresses=owner_addresses, model=model)

    monkeypatch.setattr(agent.ingest.pipeline, "classify", classify)
    with open_store(cfg.database.path) as store:
        tally = import_local(cfg, store, [str(tmp_path / f"{i}.eml") for i in range(3)])
    assert tally.rejections == 3
    assert locked == [False, False, False]


def test_a_busy_database_is_retried_by_the_daemon_never_fatal(
    imap_account, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(agent.store, "BUSY_TIMEOUT_SECONDS", 0.2)
    cfg = fast_config(tmp_path, imap_account)
    open_store(tmp_path / "rebound.db").close()
    imap_account.append(rejection("busy"))
    blocker = sqlite3.connect(tmp_path / "rebound.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the database for a long time
    try:
        with RunningDaemon(cfg) as d:
            watcher = wait_until(lambda: d.daemon.watchers, what="the watcher")[0]
            wait_until(lambda: "busy" in watcher.state, what="the busy database reported")
            time.sleep(0.5)
            assert watcher.fatal is None and watcher.is_alive()
            blocker.execute("ROLLBACK")
            wait_until(lambda: d.db.count("rejections") == 1, what="the mail after the lock")
        assert d.code == 0
    finally:
        if blocker.in_transaction:
            blocker.execute("ROLLBACK")
        blocker.close()


def test_scratch_copy_is_marked_and_separate(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite") as store:
        copy: Store = store.scratch_copy()
        with copy, copy.transaction():
            copy.set_meta("k", "v")
        assert copy.path.endswith("(dry-run copy)")
        assert store.get_meta("k") is None
