"""Feedback-request drafts: the state machine and the queries around it."""

from __future__ import annotations

from typing import Any

from agent.errors import NotFoundError, StateError
from agent.store.core import StoreBase, iso, now_utc
from agent.store.records import (
    DRAFT_STATUSES,
    OPEN_DRAFT_STATUSES,
    REQUESTED_STATUSES,
    TRANSITIONS,
)


class DraftsMixin(StoreBase):
    """Feedback-request drafts: the state machine and the queries around it."""

    def add_draft(self, row: dict[str, Any]) -> int:
        row = {**row, "status": "pending", "created_at": iso(now_utc())}
        pk = self.insert_row("drafts", row)
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
