"""The store's typed records and status vocabularies: what rows mean to callers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

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
    listed_mail: str | None = None  # JSON: the mails it listed as ones that may be a rejection


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
