"""The schema as an append-only list of migrations, and the code that applies them.

Add a migration at the END of ``MIGRATIONS``; never change one already released.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from agent.config import STAGES
from agent.errors import StoreError
from agent.files import ids_json_without_control_bytes, no_control_bytes
from agent.store.core import StoreBase
from agent.store.records import APPLICATION_STATUSES, DRAFT_STATUSES
from agent.store.sqlitelib import sqlite_utils

log = logging.getLogger(__name__)


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


def _migration_8(db: sqlite_utils.Database) -> None:
    """``messages.message_id`` loses its index: no query looks a row up by it (a reset's
    copy matches Message-IDs in memory), yet every recorded mail paid an insert at a random
    place in it, the more the larger the table (issue 15: 17 → 26 µs a row from 10,000
    to 40,000 rows, ~30 % of the file)."""
    db.conn.execute("DROP INDEX IF EXISTS idx_messages_message_id")


def _migration_9(db: sqlite_utils.Database) -> None:
    """``rejections.message_row`` gains an index: the pipeline asks "is this mail already a
    rejection?" for every rejection it logs, and without one each ask read the whole table
    (quadratic over a long job search; ~115 µs at 267 rows, issue 15's scan28). Rejections
    are few, so the insert cost migration 8 weighed for ``messages`` does not arise here."""
    db.table("rejections").create_index(["message_row"], if_not_exists=True)


def _migration_10(db: sqlite_utils.Database) -> None:
    """The owner's corrections (``rejections add`` / ``drop``, issue 11): what a mail was,
    and what a later mail of the same template is found again by; a dropped rejection is
    kept (drafts point at it, a rescan must find it logged) but marked. ``messages``
    already keeps each mail's subject, sender and date (``mail list`` reads them).
    Idempotent, as 8 and 9 are (a test replays the migrations after 6)."""
    db.table("corrections").create(
        {
            "id": int,
            "message_row": int,  # messages.id of the corrected mail
            "message_id": str,
            "label": str,  # rejection | not_rejection
            "at": str,
            "fields": str,  # JSON: what the owner gave (--company, --role, --stage)
            "domain": str,  # the sender's registrable domain: the memory's index
            "company_key": str,  # a relay's mail: the company too
            "shingles": str,  # JSON list of the masked text's shingle hashes
            "words": str,  # JSON list of its plain words (memory.substituted)
            "rejection_id": int,
        },
        pk="id",
        not_null={"label", "at"},
        if_not_exists=True,
    )
    db.table("corrections").create_index(["domain"], if_not_exists=True)
    db.table("corrections").create_index(["message_id"], if_not_exists=True)
    if "dropped_at" not in db.table("rejections").columns_dict:
        db.table("rejections").add_column("dropped_at", str)


def _migration_11(db: sqlite_utils.Database) -> None:
    """``messages.maybe``: why a mail not called a rejection may be one (the sentence model
    came close, issue 11), for the digest to list and ``mail list --maybe``; the owner's
    answer by reply to the digest ("rejection 24": ``owner_asked``, when, and why it could
    not be done), and which mails a digest listed (``digests.listed_mail``, as ``listed``
    holds its drafts: a reply acts only on those). Idempotent."""
    for column in ("maybe", "owner_asked", "owner_asked_at", "owner_asked_error"):
        if column not in db.table("messages").columns_dict:
            db.table("messages").add_column(column, str)
    if "owner_asked_tries" not in db.table("messages").columns_dict:
        db.table("messages").add_column("owner_asked_tries", int)
    if "listed_mail" not in db.table("digests").columns_dict:
        db.table("digests").add_column("listed_mail", str)
    # asked every tick of the daemon; nearly every row has none, so the index stays tiny
    db.conn.execute(
        "CREATE INDEX IF NOT EXISTS idx_messages_owner_asked ON messages (owner_asked) "
        "WHERE owner_asked IS NOT NULL"
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
    _migration_6,
    _migration_7,
    _migration_8,
    _migration_9,
    _migration_10,
    _migration_11,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(store: StoreBase) -> None:
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
