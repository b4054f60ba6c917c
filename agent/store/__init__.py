"""SQLite persistence through sqlite-utils: schema, migrations and state changes.

All SQL lives in this package, split by topic; :class:`Store` composes the
topics into one object. The database runs in WAL mode with a busy timeout so
the daemon, a ``send`` and a ``drafts approve`` can work on it at the same time.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from agent.errors import StoreError
from agent.files import create_private
from agent.store.applications import ApplicationsMixin
from agent.store.core import StoreBase, iso, now_utc, parse_iso
from agent.store.corrections import CORRECTION_LABELS, CorrectionsMixin
from agent.store.drafts import DraftsMixin
from agent.store.mailings import MailingsMixin
from agent.store.messages import MessagesMixin
from agent.store.records import (
    APPLICATION_STATUSES,
    BEFORE_SENT_STATUSES,
    DONE_DRAFT_STATUSES,
    DRAFT_STATUSES,
    OPEN_DRAFT_STATUSES,
    REQUESTED_STATUSES,
    TRANSITIONS,
    DigestCode,
    OutboxItem,
    Rejection,
)
from agent.store.rejections import RejectionsMixin
from agent.store.schema import MIGRATIONS, SCHEMA_VERSION, STATUS_VALUES, migrate

__all__ = [
    "APPLICATION_STATUSES",
    "BEFORE_SENT_STATUSES",
    "BUSY_TIMEOUT_SECONDS",
    "CORRECTION_LABELS",
    "DONE_DRAFT_STATUSES",
    "DRAFT_STATUSES",
    "MIGRATIONS",
    "OPEN_DRAFT_STATUSES",
    "REQUESTED_STATUSES",
    "SCHEMA_VERSION",
    "STATUS_VALUES",
    "TRANSITIONS",
    "DigestCode",
    "OutboxItem",
    "Rejection",
    "Store",
    "iso",
    "migrate",
    "now_utc",
    "open_store",
    "parse_iso",
    "read_only_summary",
]

BUSY_TIMEOUT_SECONDS = 30.0  # a writer waits this long for another, then BusyError (retried)


class Store(
    MessagesMixin,
    RejectionsMixin,
    DraftsMixin,
    MailingsMixin,
    ApplicationsMixin,
    CorrectionsMixin,
    StoreBase,
):
    """The database of one Rebound user. Open with :func:`open_store`."""


def _use_wal(conn: sqlite3.Connection, attempts: int = 100) -> None:
    """Switch a database to WAL once (the mode is persistent).

    The switch needs an exclusive lock and SQLite reports "database is locked" at
    once, without waiting out busy_timeout, while another connection (a second
    process opening a fresh database) holds one: so wait and try again here.
    """
    for attempt in range(attempts):
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.02 + 0.03 * random.random())  # noqa: S311 - jitter, not a secret


def read_only_summary(path: Path) -> tuple[int, int]:
    """(schema version, rejections) of an existing database, opened read-only: nothing
    is created or migrated (``config check``)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            return version, conn.execute("SELECT count(*) FROM rejections").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read database {path}: {exc}") from exc


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating) the database at ``path``; ':memory:' works too."""
    path = str(path)
    if path != ":memory:":
        path = str(Path(path).expanduser())
        create_private(Path(path))
    try:
        conn = sqlite3.connect(
            path, BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        if path != ":memory:":
            _use_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    store = Store(conn, path)
    migrate(store)
    return store
