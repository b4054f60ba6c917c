"""Sync state and scanned messages: what has been read from which folder."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from agent.store.core import StoreBase, iso, now_utc


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
            self.update_row("messages", int(existing["id"]), row)
            return int(existing["id"])
        return self.insert_row("messages", row)  # a scan records every message: no schema look

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

    # ------------------------------------------------------------ in bulk, for a scan

    def record_settled(self, rows: list[dict[str, Any]]) -> None:
        """Record many messages with the same columns in one statement (a scan's quiet mail).

        An upsert on (folder, uidvalidity, uid): a retried message's row is updated and
        its attempts counted, as :meth:`record_message` does, without a look-up a mail.
        """
        if not rows:
            return
        stamp = iso(now_utc())
        cols = [*rows[0], "processed_at"]
        names = ", ".join(f"[{c}]" for c in cols)
        marks = ", ".join("?" * len(cols))
        keys = ("folder", "uidvalidity", "uid")
        sets = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c not in keys)
        self.conn.executemany(
            f"INSERT INTO messages ({names}) VALUES ({marks}) "  # noqa: S608 - our own column names
            f"ON CONFLICT(folder, uidvalidity, uid) DO UPDATE SET {sets}, "
            "attempts = COALESCE(messages.attempts, 0) + 1",
            [(*row.values(), stamp) for row in rows],
        )

    def finished_uids(
        self, folder: str, uidvalidity: int, uids: list[int], max_attempts: int = 5
    ) -> set[int]:
        """Those of ``uids`` classified, or failed too often to try again (an import's skip)."""
        found: set[int] = set()
        for start in range(0, len(uids), 900):
            chunk = uids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT uid FROM messages WHERE folder = ? AND uidvalidity = ? "  # noqa: S608
                    f"AND uid IN ({marks}) AND (status = 'classified' OR attempts >= ?)",
                    (folder, uidvalidity, *chunk, max_attempts),
                )
            )
        return found

    def known_thread_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that a draft (or the user's send of it) or an application event has."""
        return self._present(
            "SELECT message_id FROM drafts WHERE message_id IN ({marks}) "
            "UNION SELECT user_message_id FROM drafts WHERE user_message_id IN ({marks}) "
            "UNION SELECT message_id FROM application_events WHERE message_id IN ({marks})",
            ids,
            uses=3,
        )

    def application_domains(self, domains: Iterable[str]) -> set[str]:
        """Those of ``domains`` that an open (not merged) application has as its domain."""
        return self._present(
            "SELECT DISTINCT domain FROM applications WHERE merged_into IS NULL "
            "AND domain IN ({marks})",
            domains,
        )

    def _present(self, sql: str, values: Iterable[str], uses: int = 1) -> set[str]:
        """The first column of ``sql`` over ``values``, bound in slices small enough for
        SQLite's limit on parameters (``{marks}`` appears ``uses`` times).

        A slice is padded with NULLs (matched by nothing ``IN`` a list) to a power of two:
        each count of marks is one more statement in the connection's cache (128, kept
        for its life), and a scan asks these with every count from 1 to 100, ~20 KiB a
        statement (issue 15: +3.8 MiB of RSS once every count up to 100 was asked of both).
        """
        found: set[str] = set()
        ordered = sorted(set(values))
        for start in range(0, len(ordered), _SLICE):
            chunk: list[str | None] = [*ordered[start : start + _SLICE]]
            chunk += [None] * (_padded(len(chunk)) - len(chunk))
            query = sql.format(marks=",".join("?" * len(chunk)))
            found.update(r[0] for r in self.conn.execute(query, chunk * uses))
        return found


_SLICE = 900  # values bound at once: x 3 uses, within SQLite's 32,766 parameters


def _padded(count: int) -> int:
    """``count`` rounded up to a power of two (at least 8, at most :data:`_SLICE`)."""
    return min(_SLICE, max(8, 1 << (count - 1).bit_length()))
