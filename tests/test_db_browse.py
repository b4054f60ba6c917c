"""The database as people browse it: CHECK constraints, views, Datasette metadata, db path."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from agent.cli import main
from agent.config import STAGES, load
from agent.store import (
    DRAFT_STATUSES,
    MIGRATIONS,
    SCHEMA_VERSION,
    STATUS_VALUES,
    iso,
    open_store,
)

from helpers import seed_rejection, write_config


def test_status_columns_refuse_unknown_values(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite") as store:
        rid = seed_rejection(store, 1)
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            store.conn.execute(
                "INSERT INTO drafts (rejection_id, status, message_id) VALUES (?, 'sent-ish', 'x')",
                (rid,),
            )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            store.conn.execute("UPDATE rejections SET stage = 'phone' WHERE id = ?", (rid,))
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            store.conn.execute("UPDATE messages SET status = 'weird'")
    assert STATUS_VALUES[("drafts", "status")] == DRAFT_STATUSES


def test_migration_keeps_rows_indexes_and_foreign_keys(tmp_path: Path) -> None:
    """A schema-3 database with a draft and its reply migrates without losing anything."""
    path = tmp_path / "old.sqlite"
    db = sqlite_utils.Database(path)
    for migrate in MIGRATIONS[:3]:
        migrate(db)
    db.conn.execute("PRAGMA user_version = 3")
    db["messages"].insert(
        {"id": 1, "folder": "INBOX", "uidvalidity": 1, "uid": 1, "status": "classified"}
    )
    db["rejections"].insert({"id": 1, "message_row": 1, "stage": "interview", "company": "Acme"})
    db["drafts"].insert(
        {
            "id": 1,
            "rejection_id": 1,
            "status": "answered",
            "message_id": "<d1@x>",
            "sent_at": "2026-10-05T10:00:00+00:00",
        }
    )
    db["replies"].insert({"id": 1, "draft_id": 1, "message_id": "<r1@x>"})
    db.conn.commit()
    db.close()
    with open_store(path) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
        assert store.get_draft(1)["status"] == "answered"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        indexes = {
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert {
            "idx_drafts_message_id",
            "idx_drafts_rejection_id",
            "idx_messages_status",
        } <= indexes
        with pytest.raises(sqlite3.IntegrityError):  # still unique after the rebuild
            store.conn.execute(
                "INSERT INTO drafts (rejection_id, status, message_id) VALUES (1, 'pending', '<d1@x>')"
            )
        assert store.query("SELECT * FROM reply_rate_by_month") == [
            {"month": "2026-10", "requests_sent": 1, "replies": 1, "reply_rate_pct": 100.0}
        ]


def test_views_answer_the_usual_questions(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    with open_store(tmp_path / "db.sqlite") as store:
        ids = [seed_rejection(store, i, company=f"C{i}") for i in range(1, 5)]
        for n, (rid, status, deadline_h) in enumerate(
            zip(ids, ["pending", "pending", "sent", "sent"], [5, 2, 1, 1], strict=True), 1
        ):
            store.conn.execute(
                "INSERT INTO drafts (id, rejection_id, status, message_id, deadline, sent_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    n,
                    rid,
                    status,
                    f"<d{n}@x>",
                    iso(now + timedelta(hours=deadline_h)),
                    "2026-11-02T10:00:00+00:00" if status == "sent" else None,
                ),
            )
        store.conn.execute(
            "INSERT INTO replies (draft_id, message_id, received_at) VALUES (3, '<r@x>', ?)",
            (iso(now),),
        )
        pending = store.query("SELECT id, company FROM pending_drafts")
        assert pending == [{"id": 2, "company": "C2"}, {"id": 1, "company": "C1"}]  # urgent first
        assert store.query("SELECT * FROM reply_rate_by_month") == [
            {"month": "2026-11", "requests_sent": 2, "replies": 1, "reply_rate_pct": 50.0}
        ]


def test_metadata_describes_every_table_view_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path)
    assert main(["--config", str(cfg), "db", "path"]) == 0
    db_path = capsys.readouterr().out.strip()
    assert db_path == load(cfg).database.path and db_path.endswith("rebound.db")
    assert main(["--config", str(cfg), "db", "metadata"]) == 0
    meta = json.loads(capsys.readouterr().out)
    tables = meta["databases"]["rebound"]["tables"]
    with open_store(db_path) as store:
        names = [
            r["name"]
            for r in store.query(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for name in names:
            assert tables.get(name, {}).get("description"), f"{name} is not described"
            for col in store.db[name].columns:
                assert tables[name]["columns"].get(col.name), f"{name}.{col.name} is not described"
    for status in DRAFT_STATUSES:
        assert status in tables["drafts"]["description"]
    for stage in STAGES:
        assert stage in tables["rejections"]["columns"]["stage"]
