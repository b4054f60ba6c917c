"""The connection: transactions, busy handling, the audit log, meta, time stamps.

Every state change is one transaction that also writes one ``events`` row, so
the audit log can never disagree with the tables.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Self

from agent.errors import BusyError, NotFoundError, StoreError
from agent.store.sqlitelib import jsonify_if_needed, sqlite_utils


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).isoformat() if dt else None


def parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def row_id(value: object) -> int:
    if not isinstance(value, int):
        raise StoreError(f"insert returned no row id ({value!r})")
    return value


class StoreBase:
    """The connection and what every topic needs; :class:`agent.store.Store` adds the topics."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.path = path

    def scratch_copy(self) -> Self:
        """An in-memory copy for a dry run: unlike a rolled-back run it locks nothing."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.conn.backup(conn)
        return type(self)(conn, f"{self.path} (dry-run copy)")

    # ------------------------------------------------------------ plumbing

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Self]:
        """One write transaction, taken with BEGIN IMMEDIATE so racing writers queue up.

        Nested use becomes a savepoint (sqlite-utils' ``atomic``).
        """
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise BusyError(f"database {self.path} is busy: {exc}") from exc
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    @contextmanager
    def rolled_back(self) -> Iterator[None]:
        """Everything inside happens in one transaction that is then undone (short dry runs)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            self.conn.execute("ROLLBACK")

    def event(self, entity: str, entity_id: int | None, action: str, **detail: Any) -> None:
        self.conn.execute(
            "INSERT INTO events (at, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?)",
            (iso(now_utc()), entity, entity_id, action, json.dumps(detail, default=str)),
        )

    def insert_row(self, table: str, row: dict[str, Any]) -> int:
        """A plain INSERT of one row; its row id.

        sqlite-utils' ``insert`` reads the table's schema first (``PRAGMA table_info``,
        its primary keys): ~0.2 ms a row, twice a logged rejection. Values are turned
        into SQL by sqlite-utils' own ``jsonify_if_needed`` (lists and dicts to JSON).
        """
        cols = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" * len(row))
        cur = self.conn.execute(
            f"INSERT INTO [{table}] ({cols}) VALUES ({marks})",  # noqa: S608 - our own names
            tuple(jsonify_if_needed(v) for v in row.values()),
        )
        return row_id(cur.lastrowid)

    def update_row(self, table: str, pk: int, fields: dict[str, Any]) -> None:
        """A plain UPDATE of one row by its ``id``; :class:`NotFoundError` when there is none.

        sqlite-utils' ``update`` reads the row and the table's schema first (~0.3 ms).
        """
        sets = ", ".join(f"[{c}] = ?" for c in fields) or "id = id"
        cur = self.conn.execute(
            f"UPDATE [{table}] SET {sets} WHERE id = ?",  # noqa: S608 - our own names
            (*(jsonify_if_needed(v) for v in fields.values()), pk),
        )
        if cur.rowcount != 1:
            raise NotFoundError(f"no {table} row with id {pk}")

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    # ------------------------------------------------------------ meta

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # ------------------------------------------------------------ audit

    def events(
        self, entity: str | None = None, entity_id: int | None = None
    ) -> list[dict[str, Any]]:
        if entity is None:
            return self.query("SELECT * FROM events ORDER BY id")
        return self.query(
            "SELECT * FROM events WHERE entity = ? AND entity_id = ? ORDER BY id",
            (entity, entity_id),
        )
