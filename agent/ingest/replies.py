"""Employers' answers to feedback requests, and the user's own mail in a draft's thread.

An incoming message whose ``In-Reply-To`` or ``References`` names a sent draft's
Message-ID (or the Message-ID of the user's own send, for ``sent_by_user``) is an
answer: it goes into ``replies`` with a short excerpt and the feedback themes it
mentions, and the draft becomes ``answered``. Such a mail is never classified — an
employer writing "unfortunately we don't give feedback" is not a new rejection.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from agent.digest.digest import themes_of
from agent.mail.parse import Message
from agent.mail.quoting import newest_text
from agent.store import BEFORE_SENT_STATUSES, REQUESTED_STATUSES, Store, iso, now_utc

log = logging.getLogger(__name__)

EXCERPT_CHARS = 280


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    words = " ".join(newest_text(text).split())
    if len(words) <= limit:
        return words
    return words[: limit - 1].rsplit(" ", 1)[0] + "…"


def thread_ids(msg: Message) -> list[str]:
    ids = list(msg.references)
    if msg.in_reply_to and msg.in_reply_to not in ids:
        ids.append(msg.in_reply_to)
    return ids


# A reply naming one of these drafts' own Message-ID proves it went out: the user sent it
# from their mail client before Rebound's sync noticed (or after a wrong "discarded").
_UNNOTICED = BEFORE_SENT_STATUSES


def draft_answered_by(store: Store, msg: Message) -> dict[str, Any] | None:
    """The sent draft this message answers, if any (also one sent unnoticed by hand)."""
    ids = thread_ids(msg)
    for draft in store.drafts_answered_by(ids):
        if draft["status"] in REQUESTED_STATUSES:
            return draft
        if draft["status"] in _UNNOTICED and draft["message_id"] in ids:
            return draft
    return None


def record_reply(store: Store, msg: Message, draft: dict[str, Any]) -> int | None:
    """Log the employer's answer and mark the draft ``answered``; must run in a transaction."""
    newest = newest_text(msg.text)
    reply_id = store.add_reply(
        {
            "draft_id": draft["id"],
            "message_id": msg.message_id,
            "from_addr": msg.from_addr,
            "subject": msg.subject[:300],
            "received_at": iso(msg.date or now_utc()),
            "excerpt": excerpt(msg.text),
            "themes": json.dumps(themes_of(newest)),
        }
    )
    if reply_id is None:
        return None
    if draft["status"] in _UNNOTICED:
        sent = "sent" if draft["status"] == "uncertain" else "sent_by_user"
        store.set_draft_status(
            draft["id"],
            sent,
            expect=draft["status"],
            user_message_id=None if sent == "sent" else draft["message_id"],
        )
        log.info("draft %d: answered, so it was sent (%s)", draft["id"], sent)
        draft = {**draft, "status": sent}
    if draft["status"] in ("sent", "sent_by_user"):
        store.set_draft_status(
            draft["id"], "answered", expect=draft["status"], answered_at=iso(now_utc())
        )
    log.info("draft %d: %s answered", draft["id"], msg.from_addr)
    return reply_id


def note_own_message(store: Store, msg: Message) -> list[int]:
    """The user's own mail seen in a scanned folder: remember its thread, and a draft whose
    thread it answers becomes ``sent_by_user``. Returns those drafts' ids."""
    if not msg.message_id:
        return []
    store.add_own_message(msg.message_id, msg.in_reply_to, " ".join(msg.references), iso(msg.date))
    changed = []
    mine = store.draft_by_message_id(msg.message_id)
    if mine and mine["status"] in _UNNOTICED:
        # the draft itself: Rebound's interrupted send that did go out, else the user's
        # send of it from the Drafts folder
        sent = "sent" if mine["status"] == "uncertain" else "sent_by_user"
        extra = {} if sent == "sent" else {"user_message_id": msg.message_id}
        if store.set_draft_status(mine["id"], sent, expect=mine["status"], **extra):
            changed.append(mine["id"])
        return changed
    if mine:
        return changed
    for draft in store.open_drafts_answering(thread_ids(msg), _UNNOTICED):
        if msg.message_id == draft["message_id"]:
            continue
        if store.set_draft_status(
            draft["id"], "sent_by_user", expect=draft["status"], user_message_id=msg.message_id
        ):
            log.info("draft %d: you replied yourself (%s)", draft["id"], msg.message_id)
            changed.append(draft["id"])
    return changed
