"""The owner's corrections of the classifier, and the stored mail they are made on."""

from __future__ import annotations

import json
from typing import Any

from agent.errors import NotFoundError
from agent.store.core import StoreBase, iso, now_utc

CORRECTION_LABELS = ("rejection", "not_rejection")


# A mail that may be a rejection and was not logged as one, here or as a copy in another folder
# (``m``: messages, ``r``: its rejection, joined on ``r.message_row = m.id``).
_MAYBE = (
    "m.maybe IS NOT NULL AND m.is_rejection = 0 AND r.id IS NULL AND NOT EXISTS "
    "(SELECT 1 FROM rejections r2 WHERE r2.message_id = m.message_id)"
)


class CorrectionsMixin(StoreBase):
    """``corrections`` (what the owner said a mail was) and the look-ups around it."""

    def add_correction(self, row: dict[str, Any]) -> int:
        """One correction: ``label``, the mail (``message_row``, ``message_id``), the fields
        the owner gave (a dict, stored as JSON) and what it is found again by."""
        row = {**row, "fields": json.dumps(row.get("fields") or {}), "at": iso(now_utc())}
        pk = self.insert_row("corrections", row)
        self.event("correction", pk, row["label"], message_id=row.get("message_id"))
        return pk

    def corrections_for_domain(self, domain: str) -> list[dict[str, Any]]:
        """The corrections filed under a sender domain, newest first."""
        return self.query("SELECT * FROM corrections WHERE domain = ? ORDER BY id DESC", (domain,))

    def correction_domains(self) -> set[str]:
        """Every sender domain with a correction: few, read once a run of quiet mail."""
        rows = self.conn.execute("SELECT DISTINCT domain FROM corrections WHERE domain IS NOT NULL")
        return {r[0] for r in rows}

    def correction_of(self, message_id: str | None) -> dict[str, Any] | None:
        """The owner's newest correction of this very mail (by Message-ID), if any."""
        if not message_id:
            return None
        rows = self.query(
            "SELECT * FROM corrections WHERE message_id = ? ORDER BY id DESC LIMIT 1",
            (message_id,),
        )
        return rows[0] if rows else None

    # ------------------------------------------------------------ stored mail

    def stored_messages(
        self,
        *,
        since: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        maybe: bool = False,
    ) -> list[dict[str, Any]]:
        """Classified mail, newest last; ``search`` matches subject or sender in any case;
        ``limit`` keeps the newest; ``maybe``: only mail that may be a rejection and was
        not logged as one. Each row carries its rejection (``rejection_id``, ``dropped_at``)
        when one was logged."""
        like = (
            "%" + (search or "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        rows = self.query(
            "SELECT m.id, m.folder, m.uid, m.message_id, m.date, m.from_addr, m.subject, "  # noqa: S608 - _MAYBE is a constant
            "m.is_rejection, m.category, m.score, m.maybe, r.id AS rejection_id, r.dropped_at "
            "FROM messages m LEFT JOIN rejections r ON r.message_row = m.id "
            "WHERE m.status = 'classified' AND coalesce(m.date, '') >= ? "
            "AND (coalesce(m.subject, '') LIKE ? ESCAPE '\\' "
            "OR coalesce(m.from_addr, '') LIKE ? ESCAPE '\\') "
            f"AND (? = 0 OR ({_MAYBE})) "
            "ORDER BY m.date DESC, m.id DESC LIMIT ?",
            (since or "", like, like, int(maybe), limit or -1),
        )
        return rows[::-1]

    def ask_rejection(self, message_row: int) -> None:
        """The owner said by reply to a digest that this mail is a rejection: the daemon logs
        it (:meth:`asked_rejections`), as ``rejections add`` would."""
        self.conn.execute(
            "UPDATE messages SET owner_asked = 'rejection', owner_asked_at = ?, "
            "owner_asked_error = NULL, owner_asked_tries = 0 WHERE id = ?",
            (iso(now_utc()), message_row),
        )

    def asked_rejections(self) -> list[int]:
        """The mails the owner asked to log as rejections, not logged yet nor failed."""
        rows = self.conn.execute(
            "SELECT m.id FROM messages m LEFT JOIN rejections r ON r.message_row = m.id "
            "WHERE m.owner_asked = 'rejection' AND m.owner_asked_error IS NULL AND r.id IS NULL "
            "ORDER BY m.owner_asked_at, m.id"
        )
        return [row[0] for row in rows]

    def asked_rejection_tried(self, message_row: int) -> int:
        """One more failed try at logging a mail the owner asked for; the tries so far."""
        self.conn.execute(
            "UPDATE messages SET owner_asked_tries = coalesce(owner_asked_tries, 0) + 1 "
            "WHERE id = ?",
            (message_row,),
        )
        row = self.conn.execute(
            "SELECT owner_asked_tries FROM messages WHERE id = ?", (message_row,)
        ).fetchone()
        return int(row[0]) if row else 0

    def asked_rejection_failed(self, message_row: int, error: str) -> None:
        self.conn.execute(
            "UPDATE messages SET owner_asked_error = ? WHERE id = ?", (error, message_row)
        )

    def maybe_rejections(self, read_since: str) -> list[dict[str, Any]]:
        """Mail read since ``read_since`` that may be a rejection (``messages.maybe``) and was
        not logged as one, oldest first: what the digest asks the owner to look at."""
        rows = self.query(
            "SELECT m.id, m.message_id, m.date, m.from_addr, m.subject, m.maybe "  # noqa: S608 - _MAYBE is a constant
            "FROM messages m LEFT JOIN rejections r ON r.message_row = m.id "
            f"WHERE m.status = 'classified' AND {_MAYBE} "
            "AND m.processed_at >= ? ORDER BY m.date, m.id",
            (read_since,),
        )
        first: dict[str, dict[str, Any]] = {}  # one row per mail: the same in INBOX and All Mail
        for r in rows:
            first.setdefault(r["message_id"] or f"row {r['id']}", r)
        return list(first.values())

    def stored_message(self, ref: str) -> dict[str, Any]:
        """A classified mail by its ``messages`` id ("123") or its Message-ID ("<…>")."""
        if ref.startswith("<"):
            sql, value = "m.message_id = ?", ref
        elif ref.isdigit():
            sql, value = "m.id = ?", ref
        else:
            raise NotFoundError(f"no stored message {ref!r}: give an id of `mail list` or <id>")
        rows = self.query(
            "SELECT m.*, r.id AS rejection_id, r.dropped_at FROM messages m "  # noqa: S608
            f"LEFT JOIN rejections r ON r.message_row = m.id WHERE {sql} "
            "ORDER BY m.id DESC LIMIT 1",
            (value,),
        )
        if not rows:
            raise NotFoundError(f"no stored message {ref}")
        return rows[0]

    # ------------------------------------------------------------ a rejection taken back

    def drafts_of_rejection(self, rejection_id: int) -> list[dict[str, Any]]:
        return self.query(
            "SELECT id, status FROM drafts WHERE rejection_id = ? ORDER BY id", (rejection_id,)
        )

    def correction_domain(self, domain: str) -> bool:
        """Whether any correction is filed under ``domain`` (one indexed look-up)."""
        sql = "SELECT 1 FROM corrections WHERE domain = ? LIMIT 1"
        return self.conn.execute(sql, (domain,)).fetchone() is not None

    def drop_rejection(self, rejection_id: int) -> None:
        """The owner says it is no rejection: kept (its drafts point at it, and a rescan
        must find it logged), but listed, counted and digested no more."""
        self.update_row("rejections", rejection_id, {"dropped_at": iso(now_utc())})
        self.event("rejection", rejection_id, "dropped")

    def undrop_rejection(self, rejection_id: int, fields: dict[str, str]) -> None:
        """The owner takes a drop back: listed, counted and digested again (``fields``: the
        company, role or stage they give this time)."""
        self.update_row("rejections", rejection_id, {**fields, "dropped_at": None})
        self.event("rejection", rejection_id, "undropped")

    def reprove_rejection(self, rejection_id: int) -> int | None:
        """The timeline entry a drop unproved proves the rejection again; its application."""
        row = self.conn.execute(
            "SELECT application_id FROM application_events WHERE rejection_id = ?",
            (rejection_id,),
        ).fetchone()
        self.conn.execute(
            "UPDATE application_events SET proves = 'rejected', kind = 'rejection' "
            "WHERE rejection_id = ? AND kind = 'not_rejection'",
            (rejection_id,),
        )
        return int(row[0]) if row else None

    def unprove_rejection(self, rejection_id: int) -> int | None:
        """Its timeline entry proves nothing any more; the application it is on."""
        row = self.conn.execute(
            "SELECT application_id FROM application_events WHERE rejection_id = ?",
            (rejection_id,),
        ).fetchone()
        self.conn.execute(
            "UPDATE application_events SET proves = NULL, kind = 'not_rejection' "
            "WHERE rejection_id = ?",
            (rejection_id,),
        )
        return int(row[0]) if row else None

    def prove_rejection(self, message_id: str, rejection_id: int, proves: str) -> int | None:
        """A timeline entry this mail had before it was a rejection (an acknowledgement, say)
        becomes the rejection; its application, or None when there was none."""
        row = self.conn.execute(
            "SELECT application_id FROM application_events WHERE message_id = ? "
            "AND rejection_id IS NOT ?",
            (message_id, rejection_id),
        ).fetchone()
        if row is None:
            return None
        self.conn.execute(
            "UPDATE application_events SET kind = 'rejection', proves = ?, rejection_id = ? "
            "WHERE message_id = ?",
            (proves, rejection_id, message_id),
        )
        return int(row[0])
