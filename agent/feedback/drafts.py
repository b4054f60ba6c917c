"""Feedback-request drafts: made once per rejection, then approved, discarded or edited.

The window is :mod:`agent.feedback.window`'s, the text and the message
:mod:`agent.feedback.compose`'s.

A draft is made once, when its rejection is logged, and fixes everything that
must not change later: the recipient, the subject, the Message-ID and the
threading headers. Only its body may still be edited before approval.
"""

from __future__ import annotations

import logging
from datetime import datetime
from email.utils import make_msgid
from pathlib import Path

import jinja2

from agent.config import STAGES, Config
from agent.errors import StateError
from agent.feedback.compose import (
    reply_subject,
    template_context,
    template_languages,
    template_name,
)
from agent.feedback.templating import environment, render
from agent.feedback.window import feedback_window, recipient_zone
from agent.mail.headers import safe_address
from agent.store import Rejection, Store, iso, now_utc, parse_iso

log = logging.getLogger(__name__)


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

    The pipeline passes the :class:`Rejection` it has just logged; an id reads it
    back. Everything that must not change later is fixed here: recipient,
    subject, Message-ID, threading headers, the window.
    """
    if isinstance(rejection, int):
        rejection = Rejection.from_row(store.get_rejection(rejection))
    reason = no_draft_reason(cfg, rejection, store)
    if reason:
        store.set_no_draft_reason(rejection.id, reason)
        log.info("rejection %d: no draft: %s", rejection.id, reason)
        return None
    env = env or environment(cfg.feedback.templates_dir)
    arrived = (
        datetime.fromisoformat(rejection.received_at)
        if rejection.received_at
        else (now or datetime.now(cfg.owner.tz))
    )
    window = feedback_window(
        arrived, cfg.feedback, recipient_zone(cfg, rejection.sender_utc_offset)
    )
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
            "message_id": make_msgid("rebound", domain=domain),
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
    name = template_name(cfg.feedback, env, context["stage"], context["language"])
    return render(env, name, **context).strip() + "\n"


# ---------------------------------------------------------------- approval


def approve(
    store: Store, draft_id: int, *, late: bool = False, now: datetime | None = None
) -> None:
    """Approve a draft for sending at its time; ``late`` also allows it past its deadline."""
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
    ok = store.set_draft_status(
        draft_id,
        "approved",
        expect=draft["status"],
        approved_at=iso(now),
        allow_late=int(late),
        next_attempt_at=None,
    )
    if not ok:
        raise StateError(f"draft {draft_id} changed while approving; look again")


def discard(store: Store, draft_id: int) -> None:
    draft = store.get_draft(draft_id)
    if draft["status"] == "discarded":
        return
    if not store.set_draft_status(draft_id, "discarded", expect=draft["status"]):
        raise StateError(f"draft {draft_id} is {draft['status']}; it cannot be discarded")


def edit(store: Store, draft_id: int, body: str) -> None:
    draft = store.get_draft(draft_id)
    if draft["status"] not in ("pending", "approved", "expired", "failed", "uncertain"):
        raise StateError(f"draft {draft_id} is {draft['status']}; it can no longer be edited")
    if not body.strip():
        raise StateError(f"draft {draft_id}: the edited text is empty; nothing changed")
    store.update_draft_text(draft_id, body)


# ---------------------------------------------------------------- start-up check

_CHECKED: set[tuple[str, str]] = set()


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
    sample = {
        "owner": cfg.owner,
        "company": "Example Ltd",
        "role": "Engineer",
        "contact_name": "Sam Example",
        "first_name": "Sam",
        "full_name": "Sam Example",
        "rejection_date": "1 January 2026",
        "subject": "Your application",
    }
    for stage in STAGES:
        for language in template_languages(cfg.feedback, env):
            name = template_name(cfg.feedback, env, stage, language)
            render(env, name, **sample, stage=stage, language=language)
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
