"""Feedback-request drafts: the recommended window, the text, the threading.

A draft is made once, when its rejection is logged, and fixes everything that
must not change later: the recipient, the subject, the Message-ID and the
threading headers. Only its body may still be edited before approval.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone, tzinfo
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import jinja2

from agent.config import STAGES, WEEKDAYS, Config, Feedback
from agent.errors import StateError
from agent.feedback.templating import environment, render
from agent.mail.headers import safe_address, safe_header
from agent.store import Store, iso, now_utc, parse_iso

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Window:
    send_after: datetime
    deadline: datetime


def _business_bounds(fb: Feedback) -> tuple[time, time] | None:
    if not fb.business_hours:
        return None
    start, end = fb.business_hours.split("-")
    return time.fromisoformat(start), time.fromisoformat(end)


def next_business_time(moment: datetime, fb: Feedback, tz: tzinfo) -> datetime:
    """The first instant at or after ``moment`` that falls in business hours and days."""
    bounds = _business_bounds(fb)
    local = moment.astimezone(tz)
    days = {WEEKDAYS.index(d) for d in fb.business_days}
    for _ in range(15):  # at most two weeks ahead, whatever the settings
        if local.weekday() in days:
            if bounds is None:
                return local
            start = datetime.combine(local.date(), bounds[0], tzinfo=tz)
            end = datetime.combine(local.date(), bounds[1], tzinfo=tz)
            if local < start:
                return start
            if local < end:
                return local
        nxt = local.date() + timedelta(days=1)
        local = datetime.combine(nxt, bounds[0] if bounds else time(0), tzinfo=tz)
    return moment.astimezone(tz)  # pragma: no cover - only with an empty business week


def recipient_zone(cfg: Config, rejection: dict[str, Any]) -> tzinfo:
    """Whose business hours count: the recipient's when their mail showed a UTC offset.

    A fixed offset, not a named zone: good for the two days of a window, and all
    a Date header tells. Without one, the owner's time zone.
    """
    minutes = rejection.get("sender_utc_offset")
    if minutes:
        return timezone(timedelta(minutes=int(minutes)))
    return cfg.owner.tz


def feedback_window(arrived: datetime, fb: Feedback, tz: tzinfo) -> Window:
    """When a feedback request may go out: not too soon, not after the moment has passed.

    ``send_after`` is ``min_delay_hours`` after the rejection arrived, moved into
    the next business hours. The deadline is ``deadline_hours`` after arrival;
    when the first business slot is already later (a rejection on a Friday
    evening), the deadline moves to the end of that first business day rather
    than leaving an empty window.
    """
    earliest = next_business_time(arrived + timedelta(hours=fb.min_delay_hours), fb, tz)
    deadline = (arrived + timedelta(hours=fb.deadline_hours)).astimezone(tz)
    if earliest >= deadline:
        bounds = _business_bounds(fb)
        end = bounds[1] if bounds else time(23, 59)
        deadline = datetime.combine(earliest.date(), end, tzinfo=tz)
        if deadline <= earliest:
            deadline = earliest + timedelta(hours=1)
    return Window(earliest, deadline)


_GREETING_NAME = re.compile(r"^[^\W\d_][\w.',\- ]{0,60}$")


def first_name(contact_name: str | None) -> str | None:
    """The name to greet someone by, or None when the contact is not a person."""
    if not contact_name:
        return None
    name = contact_name.strip()
    if not _GREETING_NAME.match(name):
        return None
    if "," in contact_name:  # "Doe, Jane"
        return contact_name.split(",", 1)[1].strip().split()[0] or None
    return name.split()[0]


def reply_subject(subject: str) -> str:
    subject = safe_header(subject) or "your message"
    if re.match(r"^\s*(re|aw|sv|antw|r|rif)\s*:", subject, re.IGNORECASE):
        return subject
    return f"Re: {subject}"


LANGUAGES = ("en", "de", "fr", "es", "nl")
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def template_name(fb: Feedback, env: jinja2.Environment, stage: str, language: str) -> str:
    """Pick the most specific template for the rejection's stage and language.

    For ``feedback.template = "feedback_request.txt.j2"``:
    ``feedback_request.interview.de.txt.j2`` (a ``screen``, ``interview`` or ``final``
    stage; ``application`` and ``unknown``
    use ``application``) beats ``feedback_request.de.txt.j2`` beats the configured
    name itself. User templates in ``feedback.templates_dir`` shadow bundled ones by
    name, so a user can override a single language.
    """
    base = fb.template
    stem, _, ext = base.partition(".")
    kind = "interview" if stage in ("screen", "interview", "final") else "application"
    names = set(env.list_templates())
    for candidate in (f"{stem}.{kind}.{language}.{ext}", f"{stem}.{language}.{ext}"):
        if candidate in names:
            return candidate
    return base


def local_date(when: datetime, language: str) -> str:
    months = _MONTHS.get(language, _MONTHS["en"]).split()
    month = months[when.month - 1]
    if language == "en":
        return f"{when.day} {month} {when.year}"
    if language == "de":
        return f"{when.day}. {month} {when.year}"
    if language in ("es",):
        return f"{when.day} de {month} de {when.year}"
    return f"{when.day} {month} {when.year}"


def template_context(cfg: Config, rejection: dict[str, Any]) -> dict[str, Any]:
    """The variables every feedback template gets (see templates/feedback_request.txt.j2)."""
    received = rejection.get("received_at")
    language = rejection.get("language") or "en"
    if language not in LANGUAGES:
        language = "en"
    date = datetime.fromisoformat(received).astimezone(cfg.owner.tz) if received else None
    first = first_name(rejection.get("contact_name"))
    return {
        "owner": cfg.owner,
        "company": rejection.get("company") or None,
        "role": rejection.get("role") or None,
        "stage": rejection.get("stage") or "unknown",
        "contact_name": rejection.get("contact_name") or None,
        "first_name": first,
        # the whole name when the contact is a person ("Guten Tag Jane Smith,")
        "full_name": safe_header(rejection.get("contact_name"), 80) if first else None,
        "rejection_date": local_date(date, language) if date else None,
        "subject": rejection.get("subject") or "",
        "language": language,
    }


def no_draft_reason(
    cfg: Config, rejection: dict[str, Any], store: Store | None = None
) -> str | None:
    """Why a rejection gets no feedback request, or None when it should get one."""
    if rejection.get("stage") not in cfg.feedback.draft_for_stages:
        return (
            f"rejected at the {rejection.get('stage')} stage; drafts are made for "
            f"{', '.join(cfg.feedback.draft_for_stages)} (feedback.draft_for_stages)"
        )
    if not rejection.get("reply_address"):
        why = "no-reply sender" if rejection.get("noreply") else "no reply address"
        return f"{why} and no human address found in the mail"
    if safe_address(rejection["reply_address"]) is None:
        return f"reply address {rejection['reply_address']!r} is not a valid address"
    if store is not None and rejection.get("message_id"):
        own = store.own_reply_in_thread(rejection["message_id"])
        if own:
            return f"you already replied to this mail yourself ({own['message_id']}, in Sent)"
    return None


def make_draft(
    store: Store,
    cfg: Config,
    rejection_id: int,
    *,
    env: jinja2.Environment | None = None,
    now: datetime | None = None,
) -> int | None:
    """Create the pending draft for a logged rejection; None (with the reason logged) if none."""
    rejection = store.get_rejection(rejection_id)
    reason = no_draft_reason(cfg, rejection, store)
    if reason:
        store.set_no_draft_reason(rejection_id, reason)
        log.info("rejection %d: no draft: %s", rejection_id, reason)
        return None
    env = env or environment(cfg.feedback.templates_dir)
    context = template_context(cfg, rejection)
    name = template_name(cfg.feedback, env, context["stage"], context["language"])
    body = render(env, name, **context).strip() + "\n"
    arrived = (
        datetime.fromisoformat(rejection["received_at"])
        if rejection.get("received_at")
        else (now or datetime.now(cfg.owner.tz))
    )
    window = feedback_window(arrived, cfg.feedback, recipient_zone(cfg, rejection))
    references = json.loads(rejection.get("references") or "[]")
    parent = rejection.get("message_id")
    if parent and parent not in references:
        references.append(parent)
    domain = cfg.owner.email.rpartition("@")[2] or "rebound.invalid"
    draft_id = store.add_draft(
        {
            "rejection_id": rejection_id,
            "to_addr": safe_address(rejection["reply_address"]),
            "subject": reply_subject(rejection.get("subject") or ""),
            "body": body,
            "message_id": make_msgid("rebound", domain=domain),
            "in_reply_to": parent,
            "references": " ".join(references[-20:]),
            "send_after": iso(window.send_after),
            "deadline": iso(window.deadline),
        }
    )
    log.info(
        "rejection %d: draft %d to %s, send after %s, deadline %s",
        rejection_id,
        draft_id,
        rejection["reply_address"],
        window.send_after.isoformat(),
        window.deadline.isoformat(),
    )
    return draft_id


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
        for language in LANGUAGES:
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
    rows = store.query(
        "SELECT id, status FROM drafts WHERE deadline < ? AND (status = 'pending' OR "
        "(status = 'approved' AND COALESCE(allow_late, 0) = 0)) ORDER BY id",
        (iso(now),),
    )
    expired = []
    for row in rows:
        if store.set_draft_status(row["id"], "expired", expect=row["status"]):
            log.info("draft %d expired: its window closed before it was sent", row["id"])
            expired.append(row["id"])
    return expired
