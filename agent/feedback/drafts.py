"""Feedback-request drafts: made once per rejection, then approved, discarded or edited.

The window is :mod:`agent.feedback.window`'s, the text and the message
:mod:`agent.feedback.compose`'s.

A draft is made once, when its rejection is logged, and fixes everything that
must not change later: the recipient, the subject, the Message-ID and the
threading headers. Only its body may still be edited before approval.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import jinja2

from agent.config import STAGES, Config
from agent.errors import StateError
from agent.feedback import recipient
from agent.feedback.compose import (
    reply_subject,
    template_context,
    template_languages,
    template_name,
)
from agent.feedback.grammar import on_hold_rule
from agent.feedback.templating import environment, render
from agent.feedback.window import window_for
from agent.mail.headers import safe_address
from agent.store import TRANSITIONS, Rejection, Store, iso, now_utc, parse_iso

log = logging.getLogger(__name__)

TOO_OLD = "too old for a feedback request"


def no_draft_reason(cfg: Config, rejection: Rejection, store: Store | None = None) -> str | None:
    """Why a rejection gets no feedback request, or None when it should get one."""
    if rejection.stage not in cfg.feedback.draft_for_stages:
        return (
            f"rejected at the {rejection.stage} stage; drafts are made for "
            f"{', '.join(cfg.feedback.draft_for_stages)} (feedback.draft_for_stages)"
        )
    if not rejection.reply_address:
        why = "no-reply sender" if rejection.noreply else "no reply address"
        return f"{why} and no human address found in the mail"
    if safe_address(rejection.reply_address) is None:
        return f"reply address {rejection.reply_address!r} is not a valid address"
    hold = on_hold_rule(rejection.body)
    if hold and cfg.feedback.on_hold == "none":
        return f'the role was put on hold or cancelled ({hold}; feedback.on_hold = "none")'
    if store is not None and rejection.message_id:
        own = store.own_reply_in_thread(rejection.message_id)
        if own:
            return f"you already replied to this mail yourself ({own['message_id']}, in Sent)"
    return None


def make_draft(
    store: Store,
    cfg: Config,
    rejection: Rejection | int,
    *,
    env: jinja2.Environment | None = None,
    now: datetime | None = None,
) -> int | None:
    """Create the pending draft for a logged rejection; None (with the reason logged) if none.

    The pipeline passes the :class:`Rejection` it has just logged; an id reads it back.
    Recipient, subject, Message-ID, threading and window are fixed here. A rejection
    whose window had closed by ``now`` (history: a first run, ``scan --since``) gets none.
    """
    if isinstance(rejection, int):
        rejection = Rejection.from_row(store.get_rejection(rejection))
    now = now or now_utc()
    arrived = datetime.fromisoformat(rejection.received_at) if rejection.received_at else now
    window = window_for(cfg, arrived, rejection.sender_utc_offset, rejection.reply_address)
    if window.deadline <= now:
        store.mark_backfill(rejection.id, TOO_OLD)
        log.debug("rejection %d: no draft: %s", rejection.id, TOO_OLD)
        return None
    reason = no_draft_reason(cfg, rejection, store)
    if reason:
        store.set_no_draft_reason(rejection.id, reason)
        log.info("rejection %d: no draft: %s", rejection.id, reason)
        return None
    env = env or environment(cfg.feedback.templates_dir)
    references = list(rejection.references)
    parent = rejection.message_id
    if parent and parent not in references:
        references.append(parent)
    domain = cfg.owner.email.rpartition("@")[2] or "rebound.invalid"
    draft_id = store.add_draft(
        {
            "rejection_id": rejection.id,
            "to_addr": safe_address(rejection.reply_address),
            "subject": reply_subject(rejection.subject),
            "body": _body(cfg, env, rejection),
            # nothing in the headers says the mail was drafted by a program
            "message_id": make_msgid(domain=domain),
            "in_reply_to": parent,
            "references": " ".join(references[-20:]),
            "send_after": iso(window.send_after),
            "deadline": iso(window.deadline),
        }
    )
    log.info(
        "rejection %d: draft %d to %s, send after %s, deadline %s",
        rejection.id,
        draft_id,
        rejection.reply_address,
        window.send_after.isoformat(),
        window.deadline.isoformat(),
    )
    return draft_id


def _body(cfg: Config, env: jinja2.Environment, rejection: Rejection) -> str:
    context = template_context(cfg, rejection, template_languages(cfg.feedback, env))
    name = template_name(
        cfg.feedback, env, context["stage"], context["language"], context["on_hold"]
    )
    return render(env, name, **context).strip() + "\n"


# ---------------------------------------------------------------- approval


def approve(
    store: Store,
    draft_id: int,
    *,
    late: bool = False,
    now: datetime | None = None,
    confirm_to: str | None = None,
) -> None:
    """Approve a draft for sending at its time; ``late`` also allows it past its deadline.

    A draft to a third party's address (see :mod:`agent.feedback.recipient`) is
    approved only when ``confirm_to`` names that very address.
    """
    draft = store.get_draft(draft_id)
    now = now or now_utc()
    deadline = parse_iso(draft["deadline"])
    past = deadline is not None and deadline < now
    if draft["status"] == "approved":
        return
    if (past or draft["status"] == "expired") and not late:
        raise StateError(
            f"draft {draft_id}: its window closed at {draft['deadline']}; "
            f"use `rebound drafts approve {draft_id} --late` to send it anyway"
        )
    if draft["status"] not in ("pending", "expired", "uncertain", "failed"):
        raise StateError(f"draft {draft_id} is {draft['status']}; it cannot be approved")
    _check_recipient(store, draft, confirm_to)
    ok = store.set_draft_status(
        draft_id,
        "approved",
        expect=draft["status"],
        approved_at=iso(now),
        allow_late=int(late),
        next_attempt_at=None,
    )
    if not ok:
        current = store.get_draft(draft_id)["status"]
        if current == "approved":
            return  # approved by someone else meanwhile: the wish is met
        raise StateError(
            f"draft {draft_id} is now {current} (it changed while approving); it cannot be approved"
        )


def third_party_reason(store: Store, draft: dict[str, Any]) -> str | None:
    """Why the draft's recipient is a third party (shown by ``drafts show``, the digest)."""
    rejection = store.get_rejection(draft["rejection_id"])
    return recipient.third_party(draft["to_addr"], rejection["from_addr"], rejection["company"])


def third_party_warning(store: Store, draft: dict[str, Any]) -> str:
    """``drafts show``'s line under To: for a third party's address, or nothing."""
    reason = third_party_reason(store, draft)
    if reason is None:
        return ""
    return f"\nWARNING: {reason}; to send it there: --to-reply-to"


def _check_recipient(store: Store, draft: dict[str, Any], confirm_to: str | None) -> None:
    reason = third_party_reason(store, draft)
    if reason is None:
        return
    if confirm_to and confirm_to.strip().lower() == (draft["to_addr"] or "").lower():
        log.info("draft %d: approved for %s, named by the owner", draft["id"], draft["to_addr"])
        return
    raise StateError(
        f"draft {draft['id']}: {reason}; to send it there, approve it naming the address: "
        f"`rebound drafts approve {draft['id']} --to-reply-to`"
    )


def discard(store: Store, draft_id: int) -> None:
    draft = store.get_draft(draft_id)
    if draft["status"] == "discarded":
        return
    if draft["status"] not in _CAN_DISCARD:
        raise StateError(f"draft {draft_id} is {draft['status']}; it cannot be discarded")
    if not store.set_draft_status(draft_id, "discarded", expect=draft["status"]):
        current = store.get_draft(draft_id)["status"]  # a sender or the sync won the race
        if current == "discarded":
            return
        raise StateError(
            f"draft {draft_id} is now {current} (it changed while discarding); "
            "it cannot be discarded"
        )


_CAN_DISCARD = frozenset(s for s, targets in TRANSITIONS.items() if "discarded" in targets)


def edit(store: Store, draft_id: int, body: str) -> None:
    draft = store.get_draft(draft_id)
    if draft["status"] not in ("pending", "approved", "expired", "failed", "uncertain"):
        raise StateError(f"draft {draft_id} is {draft['status']}; it can no longer be edited")
    if not body.strip():
        raise StateError(f"draft {draft_id}: the edited text is empty; nothing changed")
    # a copy in the Drafts folder now shows the old text: the next sync replaces it
    store.update_draft_text(draft_id, body, stale_copy=draft.get("imap_uid") is not None)


def restore(store: Store, cfg: Config, draft_id: int, *, now: datetime | None = None) -> bool:
    """A discarded or expired draft back to ``pending``; True when it got a new window.

    A closed window is opened again from now (as if the rejection had arrived
    ``min_delay_hours`` ago), so the restored draft can be approved normally.
    """
    draft = store.get_draft(draft_id)
    if draft["status"] not in ("discarded", "expired"):
        raise StateError(
            f"draft {draft_id} is {draft['status']}; only discarded or expired drafts "
            "can be restored"
        )
    now = now or now_utc()
    fields: dict[str, Any] = {"imap_uid": None, "missing_since": None, "allow_late": 0}
    deadline = parse_iso(draft["deadline"])
    renewed = deadline is None or deadline <= now
    if renewed:
        rejection = Rejection.from_row(store.get_rejection(draft["rejection_id"]))
        start = now - timedelta(hours=cfg.feedback.min_delay_hours)
        window = window_for(cfg, start, rejection.sender_utc_offset, rejection.reply_address)
        fields |= {"send_after": iso(window.send_after), "deadline": iso(window.deadline)}
    if not store.set_draft_status(draft_id, "pending", expect=draft["status"], **fields):
        raise StateError(f"draft {draft_id} changed while restoring; look again")
    return renewed


# ---------------------------------------------------------------- start-up check

_CHECKED: set[tuple[str, str]] = set()
_SAMPLE = {
    "id": 0,
    "company": "Example Ltd",
    "role": "Engineer",
    "contact_name": "Sam Example",
    "received_at": "2026-01-01T10:00:00+00:00",
    "subject": "Your application",
}


def _templates_stamp(folder: str) -> str:
    """Names and modification times of the user's templates: a change means a new check."""
    if not folder or not Path(folder).is_dir():
        return folder
    files = sorted(Path(folder).glob("*.j2"))
    return folder + "|" + "|".join(f"{f.name}:{f.stat().st_mtime_ns}" for f in files)


def check_templates(cfg: Config) -> None:
    """Render every feedback template the config can pick with sample data: a broken
    user template is a :class:`TemplateError` now, not at send time.

    Cheap after the first call per process (the result is remembered). The digest's
    templates are checked with these at start-up (:func:`agent.service.doctor.check_templates`).
    """
    key = (cfg.feedback.template, _templates_stamp(cfg.feedback.templates_dir))
    if key in _CHECKED:
        return
    env = environment(cfg.feedback.templates_dir)
    languages = template_languages(cfg.feedback, env)
    for language in languages:
        for stage in STAGES:
            sample = Rejection.from_row(_SAMPLE | {"stage": stage, "language": language})
            for hold in (False, True):
                context = template_context(cfg, sample, languages) | {"on_hold": hold}
                name = template_name(cfg.feedback, env, stage, language, hold)
                render(env, name, **context)
    _CHECKED.add(key)


# ---------------------------------------------------------------- the daemon's hooks


def expire_overdue(store: Store, now: datetime | None = None) -> list[int]:
    """Drafts whose window closed unapproved (or approved but never sent in time) expire.

    Drafts approved with ``--late`` are left alone. One transaction and one event each;
    ``rebound drafts approve ID --late`` still sends an expired draft.
    """
    now = now or now_utc()
    rows = store.overdue_drafts(iso(now) or "")
    expired = []
    for row in rows:
        if store.set_draft_status(row["id"], "expired", expect=row["status"]):
            log.info("draft %d expired: its window closed before it was sent", row["id"])
            expired.append(row["id"])
    return expired
