"""The store: migrations, WAL, the guarded state machine across two connections."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from agent.errors import NotFoundError, StateError, StoreError
from agent.store import MIGRATIONS, SCHEMA_VERSION, TRANSITIONS, open_store
from agent.store.sqlitelib import sqlite_utils


def test_fresh_database_is_migrated_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "r.db"
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert {
            "sync_state",
            "messages",
            "rejections",
            "drafts",
            "replies",
            "events",
            "meta",
        } <= set(store.db.table_names())
    with open_store(path) as store:  # reopening migrates nothing twice
        migrated = [e for e in store.events() if e["entity"] == "schema"]
        assert len(migrated) == SCHEMA_VERSION


def test_migration_8_drops_the_unused_message_id_index_and_keeps_the_rows(
    tmp_path: Path,
) -> None:
    path = tmp_path / "r7.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    for migration in MIGRATIONS[:7]:  # a database as schema 7 left it
        migration(db)
    conn.execute("PRAGMA user_version = 7")
    rows = [
        ("INBOX", 7, uid, f"<m{uid}@x>", "classified" if uid % 3 else "error") for uid in (1, 2, 3)
    ]
    conn.executemany(
        "INSERT INTO messages (folder, uidvalidity, uid, message_id, status) VALUES (?,?,?,?,?)",
        rows,
    )
    assert "idx_messages_message_id" in _indexes(conn)
    conn.close()
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "idx_messages_message_id" not in _indexes(store.conn)
        assert {"idx_messages_folder_uidvalidity_uid", "idx_messages_status"} <= _indexes(
            store.conn
        )
        kept = store.conn.execute(
            "SELECT folder, uidvalidity, uid, message_id, status FROM messages ORDER BY uid"
        ).fetchall()
        assert kept == rows
        assert [r["uid"] for r in store.failed_messages("INBOX")] == [3]
        assert [r["uid"] for r in store.classified_under_other_uidvalidity("INBOX", 8)] == [1, 2]
        schema_events = [e["entity_id"] for e in store.events() if e["entity"] == "schema"]
        assert schema_events == list(range(8, SCHEMA_VERSION + 1))
    with open_store(tmp_path / "fresh.db") as store:  # a new database never has it
        assert "idx_messages_message_id" not in _indexes(store.conn)


def test_a_rejection_is_looked_up_by_its_message_row_through_an_index(tmp_path: Path) -> None:
    """The pipeline asks this for every rejection it logs: a table scan grew with the search."""
    with open_store(tmp_path / "r.db") as store:
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM rejections WHERE message_row = ?", (1,)
        ).fetchall()
        detail = " ".join(str(row[-1]) for row in plan)
        assert "USING INDEX idx_rejections_message_row" in detail, detail
        assert store.rejection_for_message(1) is None


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def _draft(store) -> int:  # type: ignore[no-untyped-def]
    with store.transaction():
        row = store.record_message(
            {"folder": "F", "uidvalidity": 1, "uid": 1, "status": "classified"}
        )
        rid = store.add_rejection({"message_row": row, "message_id": "<r@x>"})
        return store.add_draft({"rejection_id": rid, "message_id": "<d@x>", "to_addr": "a@b.com"})


def test_transitions_are_guarded(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as store:
        draft = _draft(store)
        with pytest.raises(StateError):
            store.set_draft_status(draft, "sent", expect="pending")
        with pytest.raises(NotFoundError):
            store.set_draft_status(999, "approved")
        assert store.set_draft_status(draft, "approved")
        assert not store.set_draft_status(draft, "approved", expect="pending")
    assert all(target in TRANSITIONS for targets in TRANSITIONS.values() for target in targets)


def test_two_connections_race_for_one_claim(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with open_store(path) as store:
        draft = _draft(store)
        store.set_draft_status(draft, "approved")
    results: list[bool] = []
    barrier = threading.Barrier(8)

    def claim() -> None:
        with open_store(path) as mine:
            barrier.wait()
            results.append(mine.set_draft_status(draft, "sending", expect="approved"))

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 7 + [True]
    with open_store(path) as store:
        assert [e["action"] for e in store.events("draft", draft)].count("sending") == 1


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.record_message(
                {"folder": "F", "uidvalidity": 1, "uid": 9, "status": "classified"}
            )
            raise RuntimeError("boom")
        assert store.seen("F", 1, 9) is None


def test_concurrent_first_opens_migrate_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def open_it() -> None:
        barrier.wait()
        try:
            open_store(path).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(path) as store:
        assert len([e for e in store.events() if e["entity"] == "schema"]) == SCHEMA_VERSION


def test_home_relative_database_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with open_store("~/state/rebound.db") as store:
        assert store.path == str(tmp_path / "state" / "rebound.db")
    assert (tmp_path / "state" / "rebound.db").exists()


NUMPY_PROBE = """
import sys
from agent.store import open_store
hidden = "numpy" not in sys.modules
import numpy
from sqlite_utils import db
print(hidden, db.np is None, numpy.int8(3) + 1)
"""


def test_the_store_does_not_pull_in_numpy(tmp_path: Path) -> None:
    """sqlite-utils would import numpy when installed (~10 MiB a process, unused): the
    store hides it while sqlite-utils loads, and numpy stays importable after."""
    pytest.importorskip("numpy")
    out = subprocess.run(
        [sys.executable, "-c", NUMPY_PROBE], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["True", "True", "4"]


def test_lookups_in_bulk_answer_alike_with_few_statements(tmp_path: Path) -> None:
    """The scan's bulk look-ups pad their lists (NULLs): same answers at every count,
    and not one cached statement per count (issue 15: the scan's RSS crept with them)."""
    with open_store(tmp_path / "r.db") as store:
        with store.transaction():
            app = store.add_application(
                {"company": "Acme", "domain": "acme.com", "status": "applied"}
            )
            store.add_application_event(
                {"application_id": app, "kind": "acknowledgement", "message_id": "<known@x>"}
            )
        statements: set[str] = set()
        store.conn.set_trace_callback(statements.add)
        for n in [*range(1, 130), 300, 899, 900, 901, 1900]:
            others = [f"<m{i}@x>" for i in range(n - 1)]
            assert store.known_thread_ids([*others, "<known@x>"]) == {"<known@x>"}
            assert store.known_thread_ids(others) == set()
            domains = [f"d{i}.example" for i in range(n - 1)]
            assert store.application_domains([*domains, "acme.com"]) == {"acme.com"}
        store.conn.set_trace_callback(None)
    # the statements as run, values filled in: the length of their first IN list
    counts = {s.split(" IN (")[1].split(")")[0].count(",") + 1 for s in statements if " IN (" in s}
    assert counts == {8, 16, 32, 64, 128, 256, 512, 900}  # 1,900 ids: 900, 900, 128
