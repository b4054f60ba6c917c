"""Every email Rebound writes, and the words of a feedback request.

The one place that builds email messages: feedback requests
(:func:`build_message`), digests (:func:`digest_message`) and confirmations
(:func:`confirmation_message`). Every header value that came from a mail passes
:mod:`agent.mail.headers` here: control characters (CR/LF included) are removed
and a recipient must be one plain address.

The template context (:func:`template_context`) and the choice of template
(:func:`template_name`) live here too. Languages are the ones the template files
name (``feedback_request.interview.de.txt.j2`` → ``de``); the words of dates
come from ``agent/data/dates.toml``. A new language is data and templates only.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import jinja2

from agent.config import Config, Feedback
from agent.errors import PermanentSendError
from agent.feedback.grammar import grammar, on_hold_rule
from agent.feedback.templating import template_names
from agent.mail.data import table
from agent.mail.headers import format_address, safe_address, safe_header
from agent.store import Rejection, now_utc

DEFAULT_LANGUAGE = "en"
INTERVIEW_STAGES = ("screen", "interview", "final")  # the rest use "application" templates
_GREETING_NAME = re.compile(r"^[^\W\d_][\w.',\- ]{0,60}$")
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|antw|r|rif)\s*:", re.IGNORECASE)


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
    if _REPLY_PREFIX.match(subject):
        return subject
    return f"Re: {subject}"


def template_languages(fb: Feedback, env: jinja2.Environment) -> list[str]:
    """The languages the feedback templates exist in (bundled and the user's), sorted."""
    stem, _, ext = fb.template.partition(".")
    pattern = re.compile(
        rf"^{re.escape(stem)}\.(?:(?:application|interview|on_hold)\.)?([A-Za-z]{{2,3}}(?:[-_][A-Za-z]+)?)"
        rf"\.{re.escape(ext)}$"
    )
    found = {m.group(1) for name in template_names(env) if (m := pattern.match(name))}
    return sorted(found | {DEFAULT_LANGUAGE})


def template_kind(stage: str, on_hold: bool = False) -> str:
    """``on_hold`` (a role put on hold or cancelled), ``interview`` (a ``screen``,
    ``interview`` or ``final`` stage: the wording follows the stage inside) or
    ``application`` (``application`` and ``unknown``)."""
    if on_hold:
        return "on_hold"
    return "interview" if stage in INTERVIEW_STAGES else "application"


def template_name(
    fb: Feedback, env: jinja2.Environment, stage: str, language: str, on_hold: bool = False
) -> str:
    """Pick the most specific template for the rejection's kind and language.

    For ``feedback.template = "feedback_request.txt.j2"``:
    ``feedback_request.interview.de.txt.j2`` (see :func:`template_kind`) beats
    ``feedback_request.de.txt.j2`` beats the configured name itself. User templates
    in ``feedback.templates_dir`` shadow bundled ones by name, so a user can
    override a single language.
    """
    base = fb.template
    stem, _, ext = base.partition(".")
    kind = template_kind(stage, on_hold)
    names = template_names(env)
    for candidate in (f"{stem}.{kind}.{language}.{ext}", f"{stem}.{language}.{ext}"):
        if candidate in names:
            return candidate
    return base


def local_date(when: datetime, language: str) -> str:
    """The date as a letter in ``language`` writes it ("3. März 2026")."""
    dates = table("dates.toml")
    words = dates.get(language) or dates[DEFAULT_LANGUAGE]
    return str(words["format"]).format(
        day=when.day, month=words["months"][when.month - 1], year=when.year
    )


def template_context(cfg: Config, rejection: Rejection, languages: list[str]) -> dict[str, Any]:
    """The variables every feedback template gets, in one place (see the templates' heads).

    Missing fields are None, never "": templates test them with ``{% if role %}``.
    ``grammar`` joins words as the language writes them (French elision); ``on_hold``
    is true when the mail says the role was put on hold or cancelled.
    """
    language = rejection.language or DEFAULT_LANGUAGE
    if language not in languages:
        language = DEFAULT_LANGUAGE
    received = rejection.received_at
    date = datetime.fromisoformat(received).astimezone(cfg.owner.tz) if received else None
    first = first_name(rejection.contact_name)
    return {
        "owner": cfg.owner,
        "company": (rejection.company or "").strip() or None,
        "role": (rejection.role or "").strip() or None,
        "stage": rejection.stage or "unknown",
        "contact_name": rejection.contact_name,
        "first_name": first,
        # the whole name when the contact is a person ("Guten Tag Jane Smith,")
        "full_name": safe_header(rejection.contact_name, 80) if first else None,
        "rejection_date": local_date(date, language) if date else None,
        "subject": rejection.subject,
        "language": language,
        "on_hold": on_hold_rule(rejection.body) is not None,
        "grammar": grammar(language),
    }


# ---------------------------------------------------------------- messages


def build_message(cfg: Config, draft: dict[str, Any], date: datetime | None = None) -> EmailMessage:
    """The feedback request exactly as it goes out: threaded, headers sanitised."""
    to = safe_address(draft["to_addr"])
    if to is None:
        raise PermanentSendError(f"draft {draft['id']}: {draft['to_addr']!r} is not an address")
    msg = EmailMessage()
    msg["From"] = format_address(cfg.owner.name, cfg.owner.email)
    msg["To"] = to
    msg["Subject"] = safe_header(draft["subject"], 300)
    msg["Date"] = format_datetime(date or now_utc())
    msg["Message-ID"] = safe_header(draft["message_id"], 998)
    if draft.get("in_reply_to"):
        msg["In-Reply-To"] = safe_header(draft["in_reply_to"], 998)
    if draft.get("references"):
        msg["References"] = safe_header(draft["references"], 4000)
    msg.set_content(draft["body"])
    return msg


def _to_owner(cfg: Config, to: str, subject: str, message_id: str) -> EmailMessage:
    """The headers of Rebound's own mail to its owner (digests, confirmations)."""
    msg = EmailMessage()
    msg["From"] = format_address("Rebound", cfg.owner.email)
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now_utc())
    msg["Message-ID"] = message_id
    return msg


def digest_message(
    cfg: Config, to: str, subject: str, *, message_id: str, text: str, html: str
) -> EmailMessage:
    """The digest: multipart/alternative, marked automatic so no one auto-answers it."""
    msg = _to_owner(cfg, to, subject, message_id)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Rebound"] = "digest"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def confirmation_message(
    cfg: Config, to: str, subject: str, *, message_id: str, in_reply_to: str | None, body: str
) -> EmailMessage:
    """The answer to the owner's approve-by-reply, threaded under their reply."""
    msg = _to_owner(cfg, to, safe_header(subject, 300), message_id)
    if in_reply_to:
        msg["In-Reply-To"] = safe_header(in_reply_to, 998)
        msg["References"] = safe_header(in_reply_to, 998)
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return msg
