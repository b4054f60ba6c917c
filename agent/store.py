"""SQLite persistence through sqlite-utils: schema, migrations and state changes.

Every state change is one transaction that also writes one ``events`` row, so
the audit log can never disagree with the tables. The database runs in WAL
mode with a busy timeout so the daemon, a ``send`` and a ``drafts approve`` can
work on it at the same time.
"""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from agent.config import STAGES
from agent.errors import BusyError, NotFoundError, StateError, StoreError
from agent.files import create_private, ids_json_without_control_bytes, no_control_bytes

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 30.0  # a writer waits this long for another, then BusyError (retried)

DRAFT_STATUSES = (
    "pending",
    "approved",
    "sending",
    "sent",
    "sent_by_user",
    "answered",
    "discarded",
    "expired",
    "failed",
    "uncertain",
)

# An application's status: the furthest stage its mail proves; the last four are outcomes.
APPLICATION_STATUSES = ("applied", "screening", "interviewing", "final", "offer", "rejected",
                        "withdrawn", "closed")  # fmt: skip

# Which status changes the drafts state machine allows. Anything else is a bug
# or a race lost to another process, and is refused.
TRANSITIONS: dict[str, frozenset[str]] = {
    "pending": frozenset({"approved", "discarded", "expired", "sent_by_user"}),
    "approved": frozenset({"sending", "pending", "discarded", "expired", "sent_by_user"}),
    # sending → approved: a temporary refusal, or a sender that died before SMTP began;
    # sending → sent_by_user: the last look into Sent found the user's own reply.
    "sending": frozenset({"sent", "failed", "approved", "uncertain", "sent_by_user"}),
    "sent": frozenset({"answered"}),
    "sent_by_user": frozenset({"answered"}),
    "uncertain": frozenset({"sent", "approved", "discarded", "sent_by_user"}),
    "failed": frozenset({"approved", "discarded", "sent_by_user"}),
    # → pending: `drafts restore`; → sent_by_user: the user sent it from their client anyway
    "expired": frozenset({"approved", "discarded", "sent_by_user", "pending"}),
    "discarded": frozenset({"pending", "sent_by_user"}),
    "answered": frozenset(),
}


OPEN_DRAFT_STATUSES = ("pending", "approved", "expired", "failed", "uncertain")
DONE_DRAFT_STATUSES = ("sent", "sent_by_user", "answered", "discarded")
REQUESTED_STATUSES = ("sent", "sent_by_user", "answered")  # the request reached the employer
# every state before a send: the user may still send any of these from their own client
BEFORE_SENT_STATUSES = (*OPEN_DRAFT_STATUSES, "discarded")


@dataclass(frozen=True)
class Rejection:
    """A logged rejection, as drafting its feedback request needs it."""

    id: int
    message_id: str | None
    references: tuple[str, ...]  # the thread it belongs to, oldest first
    received_at: str | None
    subject: str
    company: str | None
    role: str | None
    stage: str | None
    contact_name: str | None
    reply_address: str | None
    noreply: bool
    language: str | None
    sender_utc_offset: int | None  # minutes, from its Date header: the recipient's hours
    body: str = ""  # the mail's text (what it says about the role: on hold, cancelled…)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Rejection:
        """From a ``rejections`` row (or the values about to be inserted as one)."""
        return cls(
            id=int(row["id"]),
            message_id=row.get("message_id"),
            references=tuple(json.loads(row.get("references") or "[]")),
            received_at=row.get("received_at"),
            subject=row.get("subject") or "",
            company=row.get("company") or None,
            role=row.get("role") or None,
            stage=row.get("stage"),
            contact_name=row.get("contact_name") or None,
            reply_address=row.get("reply_address") or None,
            noreply=bool(row.get("noreply")),
            language=row.get("language"),
            sender_utc_offset=row.get("sender_utc_offset"),
            body=row.get("body") or "",
        )


@dataclass(frozen=True)
class DigestCode:
    """A digest that may still be answered: its code's hash, when it was made, what it listed."""

    id: int
    token_hash: str
    created_at: str
    listed: str | None


@dataclass(frozen=True)
class OutboxItem:
    """A queued mail to the owner (an approve-by-reply confirmation)."""

    id: int
    to_addr: str
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None
    status: str
    attempts: int


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).isoformat() if dt else None


def parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _pk(value: object) -> int:
    if not isinstance(value, int):
        raise StoreError(f"insert returned no row id ({value!r})")
    return value


def _migration_1(db: sqlite_utils.Database) -> None:
    db.table("sync_state").create(
        {
            "folder": str,
            "uidvalidity": int,
            "last_uid": int,
            "updated_at": str,
        },
        pk="folder",
    )
    db.table("messages").create(
        {
            "id": int,
            "folder": str,
            "uidvalidity": int,
            "uid": int,
            "message_id": str,
            "subject": str,
            "from_addr": str,
            "date": str,
            "size": int,
            "status": str,  # classified | error
            "is_rejection": int,
            "score": float,
            "category": str,
            "error": str,
            "attempts": int,
            "processed_at": str,
        },
        pk="id",
        not_null={"folder", "uidvalidity", "uid", "status"},
        defaults={"attempts": 1},
    )
    db.table("messages").create_index(["folder", "uidvalidity", "uid"], unique=True)
    db.table("messages").create_index(["message_id"])
    db.table("messages").create_index(["status"])
    db.table("rejections").create(
        {
            "id": int,
            "message_row": int,
            "message_id": str,
            "references": str,  # JSON list: the thread the rejection belongs to
            "received_at": str,
            "subject": str,
            "from_addr": str,
            "from_name": str,
            "company": str,
            "role": str,
            "stage": str,
            "contact_name": str,
            "reply_address": str,
            "noreply": int,
            "language": str,
            "score": float,
            "reasons": str,  # JSON list
            "body": str,
            "no_draft_reason": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("message_row", "messages", "id")],
    )
    db.table("rejections").create_index(["message_id"])
    db.table("drafts").create(
        {
            "id": int,
            "rejection_id": int,
            "status": str,
            "to_addr": str,
            "subject": str,
            "body": str,
            "message_id": str,
            "in_reply_to": str,
            "references": str,
            "send_after": str,
            "deadline": str,
            "created_at": str,
            "approved_at": str,
            "sent_at": str,
            "error": str,
            "attempts": int,
            "next_attempt_at": str,
            "allow_late": int,  # approved with --late: may go out after the deadline
            "claimed_at": str,  # when a sender took it (status sending)
            "claimed_by": str,  # host:pid of that sender
        },
        pk="id",
        not_null={"rejection_id", "status", "message_id"},
        defaults={"attempts": 0, "allow_late": 0},
        foreign_keys=[("rejection_id", "rejections", "id")],
    )
    db.table("drafts").create_index(["rejection_id"], unique=True)
    db.table("drafts").create_index(["message_id"], unique=True)
    db.table("drafts").create_index(["status"])
    db.table("replies").create(
        {
            "id": int,
            "draft_id": int,
            "message_id": str,
            "from_addr": str,
            "subject": str,
            "received_at": str,
            "excerpt": str,
        },
        pk="id",
        foreign_keys=[("draft_id", "drafts", "id")],
    )
    db.table("events").create(
        {"id": int, "at": str, "entity": str, "entity_id": int, "action": str, "detail": str},
        pk="id",
    )
    db.table("events").create_index(["entity", "entity_id"])
    db.table("meta").create({"key": str, "value": str}, pk="key")


def _migration_2(db: sqlite_utils.Database) -> None:
    """Exactly-once sending, the Drafts/Sent interplay, replies, digests and their commands."""
    drafts = db.table("drafts")
    # claimed: taken, SMTP not begun (a dead sender's draft can safely go back to approved);
    # smtp: the conversation with the server began (a dead sender's draft is uncertain).
    drafts.add_column("phase", str)
    drafts.add_column("imap_folder", str)  # where Rebound's copy in Drafts lives
    drafts.add_column("imap_uidvalidity", int)
    drafts.add_column("imap_uid", int)
    drafts.add_column("sent_copy", int)  # 1 once the copy in Sent is known to be there
    drafts.add_column("user_message_id", str)  # the user's own send (sent_by_user)
    drafts.add_column("answered_at", str)
    db.table("replies").add_column("themes", str)  # JSON list of recurring feedback themes
    db.table("replies").create_index(["message_id"], unique=True)
    # What the user sent themselves, from Sent (or any scanned folder): thread membership.
    db.table("own_messages").create(
        {
            "message_id": str,
            "in_reply_to": str,
            "references": str,
            "date": str,
            "seen_at": str,
        },
        pk="message_id",
    )
    db.table("own_messages").create_index(["in_reply_to"])
    db.table("digests").create(
        {
            "id": int,
            "created_at": str,
            "local_date": str,  # the owner's calendar day it was made for
            "status": str,  # building | sent | skipped | failed
            "token_hash": str,  # sha256 of the approve-by-reply token
            "message_id": str,
            "to_addr": str,
            "subject": str,
            "listed": str,  # JSON list of the pending draft ids it showed ("approve all")
            "sent_at": str,
            "scheduled": int,  # 1 when sent by the daily schedule
        },
        pk="id",
    )
    db.table("digests").create_index(["local_date"])
    # Owner's replies to digests, once each (the same mail can show up in two folders).
    db.table("digest_replies").create(
        {
            "message_id": str,
            "received_at": str,
            "from_addr": str,
            "digest_id": int,
            "accepted": int,
            "result": str,
        },
        pk="message_id",
    )
    # Mail Rebound sends to the owner (confirmations), queued in the same transaction as
    # the change it confirms and sent after commit.
    db.table("outbox").create(
        {
            "id": int,
            "kind": str,
            "to_addr": str,
            "subject": str,
            "body": str,
            "message_id": str,
            "in_reply_to": str,
            "status": str,  # pending | sending | sent | failed
            "attempts": int,
            "error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        defaults={"attempts": 0},
    )


def _migration_3(db: sqlite_utils.Database) -> None:
    """The recipient's UTC offset (minutes), from the rejection's Date header: their hours."""
    db.table("rejections").add_column("sender_utc_offset", int)


def _migration_4(db: sqlite_utils.Database) -> None:
    """The Drafts copy as the user's client sees it, and rejections seen too late."""
    db.table("drafts").add_column("missing_since", str)  # copy gone; discarded after a grace
    db.table("drafts").add_column("imap_stale", int)  # edited: the copy must be replaced
    db.table("rejections").add_column("backfill", int)  # window closed when first seen


def _migration_5(db: sqlite_utils.Database) -> None:
    """Applications and the timeline of their job mail; the owner's manual matching."""
    db.table("applications").create(
        {
            "id": int,
            "company": str,
            "company_key": str,  # company squashed to letters and digits: the match key
            "role": str,
            "role_key": str,
            "domain": str,  # the employer's own mail domain, never a relay's
            "requisition": str,
            "status": str,  # applied | screening | interviewing | final | offer | rejected | ...
            "first_at": str,
            "last_at": str,
            "merged_into": int,  # set by `applications merge`: followed by later matches
            "uncertain": str,  # why a close match was kept apart (shown until merged)
            "created_at": str,
        },
        pk="id",
        not_null={"status"},
    )
    db.table("applications").create_index(["company_key"])
    db.table("applications").create_index(["domain"])
    db.table("application_events").create(
        {
            "id": int,
            "application_id": int,
            "kind": str,
            "proves": str,  # the status this mail proves (rejected, closed, final, …), if any
            "at": str,
            "message_id": str,
            "folder": str,
            "subject": str,
            "from_addr": str,
            "own": int,  # the owner's own mail
            "rejection_id": int,
            "matched_by": str,  # thread | manual | requisition | company | new
            "created_at": str,
        },
        pk="id",
        not_null={"application_id", "kind"},
        foreign_keys=[("application_id", "applications", "id")],
    )
    db.table("application_events").create_index(["message_id"], unique=True)
    db.table("application_events").create_index(["application_id"])
    # The owner's decisions (merge, split): a mail seen again goes where they put it.
    db.table("application_links").create(
        {"message_id": str, "application_id": int, "action": str, "at": str},
        pk="message_id",
    )


# The values each status-like column may hold, enforced by CHECK constraints.
STATUS_VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("drafts", "status"): DRAFT_STATUSES,
    ("messages", "status"): ("classified", "error"),
    ("digests", "status"): ("building", "sent", "skipped", "failed"),
    ("outbox", "status"): ("pending", "sending", "sent", "failed"),
    ("applications", "status"): APPLICATION_STATUSES,
}


def _with_checks(db: sqlite_utils.Database, table: str, checks: dict[str, tuple[str, ...]]) -> None:
    """Rebuild ``table`` with CHECK constraints, by SQLite's documented procedure (new
    table from the old CREATE plus the checks, copy, drop, rename, indexes again);
    foreign keys are off meanwhile and checked before commit (:func:`migrate`)."""
    conn = db.conn
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    create = sql.fetchone()[0]
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql NOT NULL",
        (table,),
    )
    indexes = [row[0] for row in found]
    clauses = "".join(
        f",\n   CHECK ([{col}] IN ({', '.join(repr(v) for v in values)}))"
        for col, values in checks.items()
    )
    body = create[create.index("(") : create.rindex(")")]
    conn.execute(f"CREATE TABLE [{table}_rebuilt] {body}{clauses})")
    conn.execute(f"INSERT INTO [{table}_rebuilt] SELECT * FROM [{table}]")  # noqa: S608
    conn.execute(f"DROP TABLE [{table}]")
    conn.execute(f"ALTER TABLE [{table}_rebuilt] RENAME TO [{table}]")
    for index in indexes:
        conn.execute(index)


def _migration_6(db: sqlite_utils.Database) -> None:
    """Browsable as it is: CHECK constraints on status columns and stages; views that
    answer the usual questions (Datasette shows them beside the tables)."""
    for table in ("messages", "drafts", "digests", "outbox", "applications"):
        _with_checks(db, table, {"status": STATUS_VALUES[(table, "status")]})
    _with_checks(db, "rejections", {"stage": (*STAGES,)})
    db.conn.execute(
        "CREATE VIEW pending_drafts AS SELECT d.id, d.deadline, d.send_after, r.company, "
        "r.role, r.stage, d.to_addr, d.subject, r.received_at, d.rejection_id "
        "FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
        "WHERE d.status = 'pending' ORDER BY d.deadline, d.id"
    )
    db.conn.execute(
        "CREATE VIEW reply_rate_by_month AS SELECT month, count(*) AS requests_sent, "
        "sum(replied) AS replies, round(100.0 * sum(replied) / count(*), 1) AS reply_rate_pct "
        "FROM (SELECT substr(coalesce(d.sent_at, d.answered_at, d.approved_at, d.created_at), "
        "1, 7) AS month, EXISTS (SELECT 1 FROM replies p WHERE p.draft_id = d.id) "
        "OR d.status = 'answered' AS replied FROM drafts d "
        "WHERE d.status IN ('sent', 'sent_by_user', 'answered')) GROUP BY month ORDER BY month"
    )
    db.conn.execute(
        "CREATE VIEW applications_timeline AS SELECT a.id AS application_id, a.company, "
        "a.role, a.status, e.at, e.kind, e.own, e.subject, e.from_addr, e.rejection_id "
        "FROM application_events e JOIN applications a ON a.id = e.application_id "
        "ORDER BY a.id, e.at, e.id"
    )


def _migration_7(db: sqlite_utils.Database) -> None:
    """Threading ids stored before they were cleaned lose their control bytes (issue 14)."""
    db.table("rejections").convert("message_id", no_control_bytes)
    db.table("rejections").convert("references", ids_json_without_control_bytes)
    for table in ("drafts", "own_messages"):
        db.table(table).convert(["in_reply_to", "references"], no_control_bytes)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
    _migration_6,
    _migration_7,
]
SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    """The database of one Rebound user. Open with :func:`open_store`."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.path = path

    def scratch_copy(self) -> Store:
        """An in-memory copy for a dry run: unlike a rolled-back run it locks nothing."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.conn.backup(conn)
        return Store(conn, f"{self.path} (dry-run copy)")

    # ------------------------------------------------------------ plumbing

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
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

    # ------------------------------------------------------------ sync state

    def sync_state(self, folder: str) -> tuple[int, int] | None:
        """(uidvalidity, last_uid) for a folder, or None before its first sync."""
        row = self.conn.execute(
            "SELECT uidvalidity, last_uid FROM sync_state WHERE folder = ?", (folder,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def set_sync_state(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.conn.execute(
            "INSERT INTO sync_state (folder, uidvalidity, last_uid, updated_at) VALUES (?,?,?,?) "
            "ON CONFLICT(folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
            "last_uid = excluded.last_uid, updated_at = excluded.updated_at",
            (folder, uidvalidity, last_uid, iso(now_utc())),
        )

    # ------------------------------------------------------------ messages

    def seen(self, folder: str, uidvalidity: int, uid: int) -> dict[str, Any] | None:
        rows = self.query(
            "SELECT * FROM messages WHERE folder = ? AND uidvalidity = ? AND uid = ?",
            (folder, uidvalidity, uid),
        )
        return rows[0] if rows else None

    def record_message(self, row: dict[str, Any]) -> int:
        """Insert or update the processing record of one message; returns its row id."""
        existing = self.seen(row["folder"], row["uidvalidity"], row["uid"])
        row = {**row, "processed_at": iso(now_utc())}
        if existing:
            row.setdefault("attempts", (existing["attempts"] or 0) + 1)
            self.db.table("messages").update(existing["id"], row)
            return int(existing["id"])
        # A plain INSERT: a scan records every message, and sqlite-utils' insert()
        # (which looks at the table first) cost four times as much per row.
        cols = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" * len(row))
        cur = self.conn.execute(
            f"INSERT INTO messages ({cols}) VALUES ({marks})",  # noqa: S608 - our own column names
            tuple(row.values()),
        )
        return _pk(cur.lastrowid)

    def failed_messages(self, folder: str, max_attempts: int = 5) -> list[dict[str, Any]]:
        return self.query(
            "SELECT * FROM messages WHERE folder = ? AND status = 'error' AND attempts < ? "
            "ORDER BY uid",
            (folder, max_attempts),
        )

    def classified_under_other_uidvalidity(
        self, folder: str, uidvalidity: int
    ) -> list[dict[str, Any]]:
        """Messages of ``folder`` handled before its UIDVALIDITY changed, with a Message-ID."""
        return self.query(
            "SELECT * FROM messages WHERE folder = ? AND uidvalidity != ? AND status = "
            "'classified' AND message_id IS NOT NULL",
            (folder, uidvalidity),
        )

    def sent_by_rebound(self, message_id: str) -> bool:
        """Is this a digest or a confirmation Rebound sent (coming back to the inbox)?"""
        return bool(
            self.query(
                "SELECT 1 FROM digests WHERE message_id = ? UNION ALL "
                "SELECT 1 FROM outbox WHERE message_id = ?",
                (message_id, message_id),
            )
        )

    # ------------------------------------------------------------ rejections

    def add_rejection(self, row: dict[str, Any]) -> int:
        row = {**row, "created_at": iso(now_utc())}
        pk = _pk(self.db.table("rejections").insert(row).last_pk)
        self.event("rejection", pk, "logged", company=row.get("company"), stage=row.get("stage"))
        return pk

    def rejection_for_message(self, message_row: int) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM rejections WHERE message_row = ?", (message_row,))
        return rows[0] if rows else None

    def get_rejection(self, rejection_id: int) -> dict[str, Any]:
        rows = self.query("SELECT * FROM rejections WHERE id = ?", (rejection_id,))
        if not rows:
            raise NotFoundError(f"no rejection with id {rejection_id}")
        return rows[0]

    def rejections(
        self,
        *,
        since: str | None = None,
        stage: str | None = None,
        company: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Logged rejections, oldest first; ``limit`` keeps the newest; ``company``
        matches any part of the name in any case ("acme" finds "Acme Robotics")."""
        like = (company or "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.query(
            "SELECT r.*, d.id AS draft_id, d.status AS draft_status FROM rejections r "
            "LEFT JOIN drafts d ON d.rejection_id = r.id WHERE coalesce(r.received_at, '') >= ? "
            "AND (? = '' OR r.stage = ?) AND coalesce(r.company, '') LIKE ? ESCAPE '\\' "
            "ORDER BY r.received_at DESC, r.id DESC LIMIT ?",
            (since or "", stage or "", stage or "", f"%{like}%", limit or -1),
        )
        return rows[::-1]

    def rejection_logged(self, message_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM rejections WHERE message_id = ?", (message_id,)))

    def count_rejections(self, since: str | None = None) -> int:
        """All rejections, or those received at or after ``since`` (ISO time)."""
        if since is None:
            return int(self.conn.execute("SELECT count(*) FROM rejections").fetchone()[0])
        row = self.conn.execute(
            "SELECT count(*) FROM rejections WHERE received_at >= ?", (since,)
        ).fetchone()
        return int(row[0])

    def rejections_without_draft(self, since: str) -> list[dict[str, Any]]:
        """Rejections logged since ``since`` that got no draft, with the reason (not those
        read from history: :meth:`backfill_since` has them)."""
        return self.query(
            "SELECT * FROM rejections WHERE no_draft_reason IS NOT NULL AND created_at >= ? "
            "AND COALESCE(backfill, 0) = 0 ORDER BY id",
            (since,),
        )

    def company_and_role(self, rejection_id: int) -> tuple[str | None, str | None]:
        row = self.conn.execute(
            "SELECT company, role FROM rejections WHERE id = ?", (rejection_id,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_no_draft_reason(self, rejection_id: int, reason: str) -> None:
        self.db.table("rejections").update(rejection_id, {"no_draft_reason": reason})
        self.event("rejection", rejection_id, "no_draft", reason=reason)

    def mark_backfill(self, rejection_id: int, reason: str) -> None:
        """A rejection first seen after its feedback window closed: history, no draft."""
        self.db.table("rejections").update(rejection_id, {"no_draft_reason": reason, "backfill": 1})
        self.event("rejection", rejection_id, "no_draft", reason=reason, backfill=True)

    def backfill_since(self, since: str) -> list[dict[str, Any]]:
        """Rejections logged from history since ``since``, oldest first."""
        return self.query(
            "SELECT * FROM rejections WHERE backfill = 1 AND created_at >= ? "
            "ORDER BY received_at, id",
            (since,),
        )

    # ------------------------------------------------------------ drafts

    def add_draft(self, row: dict[str, Any]) -> int:
        row = {**row, "status": "pending", "created_at": iso(now_utc())}
        pk = _pk(self.db.table("drafts").insert(row).last_pk)
        self.event("draft", pk, "created", to=row.get("to_addr"), send_after=row.get("send_after"))
        return pk

    def get_draft(self, draft_id: int) -> dict[str, Any]:
        rows = self.query("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        if not rows:
            raise NotFoundError(f"no draft with id {draft_id}")
        return rows[0]

    def drafts(self, status: str | None = None) -> list[dict[str, Any]]:
        if status:
            return self.query("SELECT * FROM drafts WHERE status = ? ORDER BY id", (status,))
        return self.query("SELECT * FROM drafts ORDER BY id")

    def review_queue(self) -> list[dict[str, Any]]:
        """Pending drafts, most urgent first, each with the rejection it answers."""
        return self.query(
            "SELECT d.*, r.company, r.role, r.stage, r.contact_name, r.received_at, "
            "r.subject AS rejection_subject, r.from_addr AS rejection_from, "
            "r.body AS rejection_body FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
            "WHERE d.status = 'pending' ORDER BY d.deadline, d.id"
        )

    def set_draft_status(
        self,
        draft_id: int,
        new: str,
        *,
        expect: str | tuple[str, ...] | None = None,
        **fields: Any,
    ) -> bool:
        """Move a draft to ``new`` if it is still in an allowed state; False if it moved on.

        The UPDATE carries its own WHERE on the old status, so two processes
        racing for the same draft cannot both win.
        """
        if new not in DRAFT_STATUSES:
            raise ValueError(new)
        allowed = (expect,) if isinstance(expect, str) else expect
        if allowed is None:
            allowed = tuple(s for s, targets in TRANSITIONS.items() if new in targets)
        for old in allowed:
            if new not in TRANSITIONS[old]:
                raise StateError(f"a draft cannot go from {old} to {new}")
        marks = ",".join("?" * len(allowed))
        sets = ", ".join(f"{k} = ?" for k in fields)
        sql = f"UPDATE drafts SET status = ?{', ' + sets if sets else ''} "  # noqa: S608
        sql += f"WHERE id = ? AND status IN ({marks})"
        with self.transaction():
            old_row = self.conn.execute(
                "SELECT status FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
            if old_row is None:
                raise NotFoundError(f"no draft with id {draft_id}")
            cur = self.conn.execute(sql, (new, *fields.values(), draft_id, *allowed))
            if cur.rowcount != 1:
                return False
            self.event("draft", draft_id, new, previous=old_row[0], **fields)
        return True

    def update_draft_text(self, draft_id: int, body: str, *, stale_copy: bool = False) -> None:
        """New text; ``stale_copy``: the copy in the Drafts folder must be replaced."""
        with self.transaction():
            fields: dict[str, Any] = {"body": body}
            if stale_copy:
                fields["imap_stale"] = 1
            self.db.table("drafts").update(draft_id, fields)
            self.event("draft", draft_id, "edited", length=len(body))

    def note_draft(self, draft_id: int, action: str, **fields: Any) -> None:
        """Change fields that are not the status (retry time, IMAP copy…), with one event."""
        with self.transaction():
            if fields:
                self.db.table("drafts").update(draft_id, fields)
            self.event("draft", draft_id, action, **fields)

    def drafts_answered_by(self, ids: list[str]) -> list[dict[str, Any]]:
        """Drafts whose Message-ID (or the user's send of it) is in ``ids``, newest first."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self.query(
            f"SELECT * FROM drafts WHERE message_id IN ({marks}) "  # noqa: S608
            f"OR user_message_id IN ({marks}) ORDER BY id DESC",
            (*ids, *ids),
        )

    def draft_by_message_id(self, message_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM drafts WHERE message_id = ?", (message_id,))
        return rows[0] if rows else None

    def draft_exists(self, draft_id: int) -> bool:
        return bool(self.query("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)))

    def drafts_in(self, statuses: tuple[str, ...]) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(statuses))
        return self.query(
            f"SELECT * FROM drafts WHERE status IN ({marks}) ORDER BY id",  # noqa: S608
            statuses,
        )

    def drafts_with_rejections(self) -> list[dict[str, Any]]:
        """Every draft with its rejection's company, role, stage, contact, sender (the digest)."""
        return self.query(
            "SELECT d.*, r.company, r.role, r.stage, r.contact_name, "
            "r.subject AS rejection_subject, r.from_addr AS rejection_from "
            "FROM drafts d JOIN rejections r ON r.id = d.rejection_id ORDER BY d.deadline, d.id"
        )

    def due_drafts(self, now: str) -> list[dict[str, Any]]:
        """Approved drafts whose time has come, inside their window (or allowed late)."""
        return self.query(
            "SELECT * FROM drafts WHERE status = 'approved' AND send_after <= ? "
            "AND (deadline >= ? OR allow_late = 1) "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY send_after, id",
            (now, now, now),
        )

    def overdue_drafts(self, now: str) -> list[dict[str, Any]]:
        """Drafts whose window closed unapproved, or approved (not ``--late``) but unsent."""
        return self.query(
            "SELECT id, status FROM drafts WHERE deadline < ? AND (status = 'pending' OR "
            "(status = 'approved' AND COALESCE(allow_late, 0) = 0)) ORDER BY id",
            (now,),
        )

    def drafts_copied_to_folder(self, statuses: tuple[str, ...]) -> list[dict[str, Any]]:
        """Drafts in ``statuses`` that have Rebound's copy in the Drafts folder."""
        marks = ",".join("?" * len(statuses))
        return self.query(
            "SELECT * FROM drafts WHERE imap_uid IS NOT NULL "  # noqa: S608
            f"AND status IN ({marks}) ORDER BY id",
            statuses,
        )

    def drafts_to_copy_to_folder(self, now: str) -> list[dict[str, Any]]:
        """Pending drafts, window still open, not yet in the Drafts folder."""
        return self.query(
            "SELECT * FROM drafts WHERE status = 'pending' AND imap_uid IS NULL "
            "AND deadline > ? ORDER BY id",
            (now,),
        )

    def sent_drafts_without_copy(self) -> list[dict[str, Any]]:
        """Sent drafts whose filing in Sent was interrupted."""
        return self.query(
            "SELECT * FROM drafts WHERE status IN ('sent', 'answered') AND sent_at IS NOT NULL "
            "AND COALESCE(sent_copy, 0) = 0 ORDER BY id"
        )

    def sent_draft_in_thread(self, thread: list[str]) -> dict[str, Any] | None:
        """The newest sent draft whose (or whose user-sent copy's) Message-ID is in ``thread``."""
        if not thread:
            return None
        marks = ",".join("?" * len(thread))
        statuses = ",".join(f"'{s}'" for s in REQUESTED_STATUSES)
        rows = self.query(
            f"SELECT * FROM drafts WHERE status IN ({statuses}) AND (message_id IN ({marks}) "  # noqa: S608
            f"OR user_message_id IN ({marks})) ORDER BY id DESC LIMIT 1",
            (*thread, *thread),
        )
        return rows[0] if rows else None

    def open_drafts_answering(
        self, thread: list[str], statuses: tuple[str, ...] = OPEN_DRAFT_STATUSES
    ) -> list[dict[str, Any]]:
        """Drafts in ``statuses`` (not yet sent) that reply to a message in ``thread``."""
        if not thread:
            return []
        marks = ",".join("?" * len(thread))
        wanted = ",".join("?" * len(statuses))
        return self.query(
            f"SELECT * FROM drafts WHERE status IN ({wanted}) "  # noqa: S608
            f"AND in_reply_to IN ({marks})",
            (*statuses, *thread),
        )

    def draft_changed_since(self, draft_id: int, since: str) -> bool:
        return bool(
            self.query(
                "SELECT 1 FROM events WHERE entity = 'draft' AND entity_id = ? AND at >= ? LIMIT 1",
                (draft_id, since),
            )
        )

    def count_requests_sent(self) -> int:
        statuses = ",".join("?" * len(REQUESTED_STATUSES))
        return int(
            self.conn.execute(
                f"SELECT count(*) FROM drafts WHERE status IN ({statuses})",  # noqa: S608
                REQUESTED_STATUSES,
            ).fetchone()[0]
        )

    # ------------------------------------------------------------ own mail, replies

    def add_own_message(
        self, message_id: str, in_reply_to: str | None, references: str, date: str | None
    ) -> bool:
        """Remember a mail the user sent (thread membership only); False if already known."""
        cur = self.conn.execute(
            'INSERT OR IGNORE INTO own_messages (message_id, in_reply_to, "references", date, '
            "seen_at) VALUES (?, ?, ?, ?, ?)",
            (message_id, in_reply_to, references, date, iso(now_utc())),
        )
        return cur.rowcount == 1

    def own_reply_in_thread(self, thread_id: str) -> dict[str, Any] | None:
        """A mail the user sent in reply to ``thread_id`` (directly or further down)."""
        rows = self.query(
            'SELECT * FROM own_messages WHERE in_reply_to = ? OR instr("references", ?) > 0 '
            "ORDER BY date LIMIT 1",
            (thread_id, thread_id),
        )
        return rows[0] if rows else None

    def is_own_message(self, message_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM own_messages WHERE message_id = ?", (message_id,)))

    def replies_since(self, since: str) -> list[dict[str, Any]]:
        """Replies received (or recorded) since ``since``, with company, role and draft id."""
        return self.query(
            "SELECT p.*, r.company, r.role, d.id AS draft FROM replies p "
            "JOIN drafts d ON d.id = p.draft_id JOIN rejections r ON r.id = d.rejection_id "
            "WHERE p.received_at >= ? OR p.id IN (SELECT entity_id FROM events "
            "WHERE entity = 'reply' AND at >= ?) ORDER BY p.id",
            (since, since),
        )

    def count_answered_drafts(self) -> int:
        return int(self.conn.execute("SELECT count(DISTINCT draft_id) FROM replies").fetchone()[0])

    def add_reply(self, row: dict[str, Any]) -> int | None:
        """Record an employer's answer once (by Message-ID); None when it was known."""
        if row.get("message_id") and self.query(
            "SELECT 1 FROM replies WHERE message_id = ?", (row["message_id"],)
        ):
            return None
        pk = _pk(self.db.table("replies").insert(row).last_pk)
        self.event("reply", pk, "received", draft_id=row.get("draft_id"))
        return pk

    # ------------------------------------------------------------ applications

    def add_application(self, row: dict[str, Any]) -> int:
        row = {**row, "created_at": iso(now_utc())}
        pk = _pk(self.db.table("applications").insert(row).last_pk)
        self.event("application", pk, "created", company=row.get("company"), role=row.get("role"))
        return pk

    def get_application(self, application_id: int) -> dict[str, Any]:
        rows = self.query("SELECT * FROM applications WHERE id = ?", (application_id,))
        if not rows:
            raise NotFoundError(f"no application with id {application_id}")
        return rows[0]

    def update_application(
        self, application_id: int, action: str, fields: dict[str, Any], **detail: Any
    ) -> None:
        """Change an application's fields, with one audit event naming why."""
        self.db.table("applications").update(application_id, fields)
        self.event("application", application_id, action, **fields, **detail)

    def applications(
        self, status: str | None = None, since: str | None = None
    ) -> list[dict[str, Any]]:
        """Applications not merged away, oldest first; ``since`` bounds their latest mail."""
        sql = "SELECT * FROM applications WHERE merged_into IS NULL"
        params: list[Any] = []
        if status:
            sql += " AND status = ?"
            params.append(status)
        if since:
            sql += " AND last_at >= ?"
            params.append(since)
        return self.query(sql + " ORDER BY first_at, id", tuple(params))

    def application_candidates(
        self, company_key: str | None, domain: str | None, requisition: str | None
    ) -> list[dict[str, Any]]:
        """Open (not merged) applications sharing the company, the employer domain or the req."""
        return self.query(
            "SELECT * FROM applications WHERE merged_into IS NULL AND ("
            "(company_key IS NOT NULL AND company_key = ?) OR (domain IS NOT NULL AND domain = ?) "
            "OR (requisition IS NOT NULL AND requisition = ?)) ORDER BY id",
            (company_key, domain, requisition),
        )

    def application_of_thread(self, message_ids: list[str]) -> int | None:
        """The application a mail's thread (References, In-Reply-To) already belongs to."""
        if not message_ids:
            return None
        marks = ",".join("?" * len(message_ids))
        row = self.conn.execute(
            f"SELECT application_id FROM application_events WHERE message_id IN ({marks}) "  # noqa: S608
            "ORDER BY at DESC LIMIT 1",
            tuple(message_ids),
        ).fetchone()
        return int(row[0]) if row else None

    def application_link(self, message_id: str | None) -> int | None:
        """Where the owner put this mail by hand (merge, split), if they did."""
        if not message_id:
            return None
        row = self.conn.execute(
            "SELECT application_id FROM application_links WHERE message_id = ?", (message_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def link_application(self, message_id: str, application_id: int, action: str) -> None:
        self.conn.execute(
            "INSERT INTO application_links (message_id, application_id, action, at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(message_id) DO UPDATE SET "
            "application_id = excluded.application_id, action = excluded.action, at = excluded.at",
            (message_id, application_id, action, iso(now_utc())),
        )

    def add_application_event(self, row: dict[str, Any]) -> int | None:
        """Record one mail on a timeline, once per Message-ID; None when it was known."""
        row = {**row, "created_at": iso(now_utc())}
        cols = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" * len(row))
        cur = self.conn.execute(
            f"INSERT OR IGNORE INTO application_events ({cols}) VALUES ({marks})",  # noqa: S608
            tuple(row.values()),
        )
        return cur.lastrowid if cur.rowcount == 1 else None

    def get_application_event(self, event_id: int) -> dict[str, Any]:
        rows = self.query("SELECT * FROM application_events WHERE id = ?", (event_id,))
        if not rows:
            raise NotFoundError(f"no timeline entry with id {event_id}")
        return rows[0]

    def timeline(self, application_id: int) -> list[dict[str, Any]]:
        return self.query(
            "SELECT e.*, r.stage AS rejection_stage, r.reasons AS rejection_reasons "
            "FROM application_events e "
            "LEFT JOIN rejections r ON r.id = e.rejection_id "
            "WHERE e.application_id = ? ORDER BY e.at, e.id",
            (application_id,),
        )

    def move_application_events(self, event_ids: list[int], application_id: int) -> None:
        marks = ",".join("?" * len(event_ids))
        self.conn.execute(
            f"UPDATE application_events SET application_id = ? WHERE id IN ({marks})",  # noqa: S608
            (application_id, *event_ids),
        )

    def funnel(self, since: str) -> dict[str, Any]:
        """Counts of the digest's funnel for mail that arrived (or was sent) since ``since``."""

        def count(sql: str, *params: str) -> int:
            return int(self.conn.execute(sql, (*params, since)).fetchone()[0])

        apps = "SELECT count(DISTINCT application_id) FROM application_events WHERE kind = ? AND "
        by_stage = dict(
            self.conn.execute(
                "SELECT stage, count(*) FROM rejections WHERE received_at >= ? GROUP BY stage",
                (since,),
            )
        )
        return {
            "sent": count("SELECT count(*) FROM applications WHERE merged_into IS NULL AND "
                          "first_at >= ?"),
            "acknowledged": count(apps + "at >= ?", "acknowledgement"),
            "interviews": count(apps + "at >= ?", "interview_invitation"),
            "offers": count(apps + "at >= ?", "offer"),
            "rejections": sum(by_stage.values()),
            "rejections_by_stage": by_stage,
            "requests_sent": count("SELECT count(*) FROM drafts WHERE status IN ('sent', "
                                   "'sent_by_user', 'answered') AND "
                                   "coalesce(sent_at, answered_at, approved_at) >= ?"),
            "replies": count("SELECT count(*) FROM replies WHERE received_at >= ?"),
        }  # fmt: skip

    def reply_themes(self) -> list[tuple[str | None, str]]:
        """(company, themes JSON) of every reply with themes: for what recurs across companies."""
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT coalesce(r.company, p.from_addr), p.themes FROM replies p "
                "JOIN drafts d ON d.id = p.draft_id JOIN rejections r ON r.id = d.rejection_id "
                "WHERE p.themes IS NOT NULL"
            )
        ]

    # ------------------------------------------------------------ digests

    def last_digest_sent_at(self) -> str | None:
        row = self.conn.execute(
            "SELECT sent_at FROM digests WHERE status = 'sent' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else self.get_meta("digest.last_sent_at")

    def digest_day_taken(self, local_date: str, recent: str) -> bool:
        """Has the schedule sent or skipped the digest of ``local_date``, or is one being
        built (or did one fail) since ``recent``?"""
        return bool(
            self.query(
                "SELECT 1 FROM digests WHERE local_date = ? AND scheduled = 1 AND "
                "(status IN ('sent', 'skipped') OR "
                "(status IN ('building', 'failed') AND created_at >= ?)) LIMIT 1",
                (local_date, recent),
            )
        )

    def add_digest(self, row: dict[str, Any]) -> int:
        """Record a digest (``building`` or ``skipped``), with its event."""
        with self.transaction():
            row = {**row, "created_at": iso(now_utc())}
            pk = _pk(self.db.table("digests").insert(row).last_pk)
            self.event("digest", pk, row["status"])
        return pk

    def digest_failed(self, digest_id: int, error: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE digests SET status = 'failed' WHERE id = ?", (digest_id,))
            self.event("digest", digest_id, "failed", error=error)

    def digest_sent(self, digest_id: int, **detail: Any) -> None:
        with self.transaction():
            stamp = iso(now_utc())
            self.conn.execute(
                "UPDATE digests SET status = 'sent', sent_at = ? WHERE id = ?", (stamp, digest_id)
            )
            self.set_meta("digest.last_sent_at", stamp or "")
            self.event("digest", digest_id, "sent", **detail)

    def newest_digest_codes(self, n: int = 2) -> list[DigestCode]:
        """The ``n`` newest digests that carried an approve-by-reply code."""
        rows = self.conn.execute(
            "SELECT id, token_hash, created_at, listed FROM digests WHERE token_hash IS NOT NULL "
            "AND status IN ('sent', 'building') ORDER BY id DESC LIMIT ?",
            (n,),
        )
        return [DigestCode(*row) for row in rows]

    def digest_reply_seen(self, message_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM digest_replies WHERE message_id = ?", (message_id,)))

    def add_digest_reply(self, row: dict[str, Any]) -> None:
        self.db.table("digest_replies").insert(row)

    # ------------------------------------------------------------ outbox

    def queue_outbox(self, row: dict[str, Any]) -> int:
        """Queue a mail to the owner; sent after the surrounding transaction commits."""
        row = {**row, "status": "pending", "created_at": iso(now_utc())}
        return _pk(self.db.table("outbox").insert(row).last_pk)

    def queued_outbox(self) -> list[OutboxItem]:
        rows = self.conn.execute(
            "SELECT id, to_addr, subject, body, message_id, in_reply_to, status, attempts "
            "FROM outbox WHERE status IN ('pending', 'sending') ORDER BY id"
        )
        return [OutboxItem(*row) for row in rows]

    def claim_outbox(self, item: OutboxItem) -> bool:
        """Take a queued mail for sending; one a dead process left ``sending`` fails instead
        (it may have gone out). False when there is nothing to send."""
        with self.transaction():
            if item.status == "sending":
                self.conn.execute(
                    "UPDATE outbox SET status = 'failed', error = ? WHERE id = ? "
                    "AND status = 'sending'",
                    ("interrupted while sending; not sent again", item.id),
                )
                self.event("outbox", item.id, "failed", error="interrupted")
                return False
            cur = self.conn.execute(
                "UPDATE outbox SET status = 'sending', attempts = attempts + 1 "
                "WHERE id = ? AND status = 'pending'",
                (item.id,),
            )
            if cur.rowcount != 1:
                return False
            self.event("outbox", item.id, "sending")
        return True

    def finish_outbox(self, item: OutboxItem, status: str, error: str | None = None) -> None:
        """``sent``, or back to ``pending``/``failed`` with the error."""
        with self.transaction():
            if status == "sent":
                self.conn.execute(
                    "UPDATE outbox SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?",
                    (iso(now_utc()), item.id),
                )
                self.event("outbox", item.id, "sent", to=item.to_addr)
                return
            self.conn.execute(
                "UPDATE outbox SET status = ?, error = ? WHERE id = ?", (status, error, item.id)
            )
            self.event("outbox", item.id, status, error=error)

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


def migrate(store: Store) -> None:
    """Apply the migrations the database has not seen yet, each in its own transaction.

    The version is read again under the write lock: two processes (or threads)
    opening a fresh database at once must not both run the same migration.
    """
    version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database {store.path} has schema {version}, newer than this Rebound "
            f"({SCHEMA_VERSION}); upgrade Rebound"
        )
    if version == SCHEMA_VERSION:
        return
    # A migration may rebuild a table that others reference; SQLite's procedure for
    # that turns foreign keys off (outside a transaction) and checks them before commit.
    store.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            with store.transaction():
                if store.conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                    continue  # another connection got here first
                MIGRATIONS[number - 1](store.db)
                broken = store.conn.execute("PRAGMA foreign_key_check").fetchone()
                if broken:
                    raise StoreError(f"migration {number} broke a foreign key: {tuple(broken)}")
                store.conn.execute(f"PRAGMA user_version = {number}")
                store.event("schema", number, "migrated")
            log.debug("database %s migrated to schema %d", store.path, number)
    finally:
        store.conn.execute("PRAGMA foreign_keys = ON")
