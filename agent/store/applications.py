"""Applications, their timelines and the funnel built from them."""

from __future__ import annotations

from typing import Any

from agent.errors import NotFoundError
from agent.store.core import StoreBase, iso, now_utc


class ApplicationsMixin(StoreBase):
    """Applications, their timelines and the funnel built from them."""

    def add_application(self, row: dict[str, Any]) -> int:
        row = {**row, "created_at": iso(now_utc())}
        pk = self.insert_row("applications", row)
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
        self.update_row("applications", application_id, fields)
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
                "SELECT stage, count(*) FROM rejections WHERE received_at >= ? "
                "AND dropped_at IS NULL GROUP BY stage",
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
