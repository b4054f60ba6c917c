"""Sync state and scanned messages: what has been read from which folder."""

from __future__ import annotations

from typing import Any

from agent.store.core import StoreBase, iso, now_utc, row_id


class MessagesMixin(StoreBase):
    """Sync state and scanned messages: what has been read from which folder."""

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
        return row_id(cur.lastrowid)

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
