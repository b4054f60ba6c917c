"""Own mail, replies, daily digests and the outbox to the owner."""

from __future__ import annotations

from typing import Any

from agent.store.core import StoreBase, iso, now_utc, row_id
from agent.store.records import (
    DigestCode,
    OutboxItem,
)


class MailingsMixin(StoreBase):
    """Own mail, replies, daily digests and the outbox to the owner."""

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
        pk = row_id(self.db.table("replies").insert(row).last_pk)
        self.event("reply", pk, "received", draft_id=row.get("draft_id"))
        return pk

    def last_digest_sent_at(self) -> str | None:
        row = self.conn.execute(
            "SELECT sent_at FROM digests WHERE status = 'sent' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else self.get_meta("digest.last_sent_at")

    def last_digest_made_at(self) -> str | None:
        """When the newest sent digest was recorded, just after it was gathered: what it
        showed was read before then (its ``sent_at`` follows the delivery)."""
        row = self.conn.execute(
            "SELECT created_at FROM digests WHERE status = 'sent' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

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
            pk = row_id(self.db.table("digests").insert(row).last_pk)
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
            "SELECT id, token_hash, created_at, listed, listed_mail FROM digests "
            "WHERE token_hash IS NOT NULL "
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
        return row_id(self.db.table("outbox").insert(row).last_pk)

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
