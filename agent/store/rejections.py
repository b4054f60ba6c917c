"""Logged rejections and the reasons no draft was made for one."""

from __future__ import annotations

from typing import Any

from agent.errors import NotFoundError
from agent.store.core import StoreBase, iso, now_utc


class RejectionsMixin(StoreBase):
    """Logged rejections and the reasons no draft was made for one."""

    def add_rejection(self, row: dict[str, Any]) -> int:
        row = {**row, "created_at": iso(now_utc())}
        pk = self.insert_row("rejections", row)
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
        """Logged rejections, oldest first, but those the owner dropped; ``limit`` keeps the
        newest; ``company`` matches any part of the name in any case ("acme" finds "Acme
        Robotics")."""
        like = (company or "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.query(
            "SELECT r.*, d.id AS draft_id, d.status AS draft_status FROM rejections r "
            "LEFT JOIN drafts d ON d.rejection_id = r.id WHERE r.dropped_at IS NULL "
            "AND coalesce(r.received_at, '') >= ? "
            "AND (? = '' OR r.stage = ?) AND coalesce(r.company, '') LIKE ? ESCAPE '\\' "
            "ORDER BY r.received_at DESC, r.id DESC LIMIT ?",
            (since or "", stage or "", stage or "", f"%{like}%", limit or -1),
        )
        return rows[::-1]

    def rejection_logged(self, message_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM rejections WHERE message_id = ?", (message_id,)))

    def count_rejections(self, since: str | None = None) -> int:
        """All rejections, or those received at or after ``since`` (ISO time); not those
        the owner dropped."""
        if since is None:
            sql = "SELECT count(*) FROM rejections WHERE dropped_at IS NULL"
            return int(self.conn.execute(sql).fetchone()[0])
        row = self.conn.execute(
            "SELECT count(*) FROM rejections WHERE dropped_at IS NULL AND received_at >= ?",
            (since,),
        ).fetchone()
        return int(row[0])

    def rejections_without_draft(self, since: str) -> list[dict[str, Any]]:
        """Rejections logged since ``since`` that got no draft, with the reason (not those
        read from history: :meth:`backfill_since` has them)."""
        return self.query(
            "SELECT * FROM rejections WHERE no_draft_reason IS NOT NULL AND created_at >= ? "
            "AND dropped_at IS NULL "
            "AND COALESCE(backfill, 0) = 0 ORDER BY id",
            (since,),
        )

    def company_and_role(self, rejection_id: int) -> tuple[str | None, str | None]:
        row = self.conn.execute(
            "SELECT company, role FROM rejections WHERE id = ?", (rejection_id,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_no_draft_reason(self, rejection_id: int, reason: str) -> None:
        self.update_row("rejections", rejection_id, {"no_draft_reason": reason})
        self.event("rejection", rejection_id, "no_draft", reason=reason)

    def mark_backfill(self, rejection_id: int, reason: str) -> None:
        """A rejection first seen after its feedback window closed: history, no draft."""
        self.update_row("rejections", rejection_id, {"no_draft_reason": reason, "backfill": 1})
        self.event("rejection", rejection_id, "no_draft", reason=reason, backfill=True)

    def backfill_since(self, since: str) -> list[dict[str, Any]]:
        """Rejections logged from history since ``since``, oldest first."""
        return self.query(
            "SELECT * FROM rejections WHERE backfill = 1 AND created_at >= ? "
            "AND dropped_at IS NULL ORDER BY received_at, id",
            (since,),
        )
