"""Draft making: the window, greeting, subject and threading; the approval state machine."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from agent import config
from agent.errors import StateError
from agent.feedback.compose import first_name, reply_subject
from agent.feedback.drafts import approve, discard, edit, make_draft
from agent.feedback.window import feedback_window, next_business_time
from agent.ingest.pipeline import sender_utc_offset
from agent.mail.headers import safe_address, safe_header
from agent.mail.parse import parse_date
from agent.store import open_store

from helpers import seed_rejection

LONDON = ZoneInfo("Europe/London")


def cfg(**feedback: object) -> config.Config:
    return config.from_dict(
        {
            "owner": {"name": "Alex Doe", "email": "alex@example.com", "timezone": "Europe/London"},
            "feedback": feedback,
        }
    )


def at(text: str, tz: ZoneInfo = LONDON) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def test_window_in_business_hours() -> None:
    fb = cfg().feedback  # 2 h delay, 48 h deadline, 09-17 Mon-Fri
    w = feedback_window(at("2026-11-24 10:00"), fb, LONDON)  # a Tuesday morning
    assert w.send_after == at("2026-11-24 12:00")
    assert w.deadline == at("2026-11-26 10:00")


def test_window_evening_moves_to_next_morning() -> None:
    w = feedback_window(at("2026-11-24 16:30"), cfg().feedback, LONDON)
    assert w.send_after == at("2026-11-25 09:00")


def test_window_friday_evening_moves_to_monday_and_keeps_a_window() -> None:
    w = feedback_window(at("2026-11-27 18:00"), cfg().feedback, LONDON)  # Friday
    assert w.send_after == at("2026-11-30 09:00")  # Monday
    assert w.deadline > w.send_after
    assert w.deadline == at("2026-11-30 17:00")


def test_window_across_dst_change() -> None:
    # Clocks go back in London on Sunday 2026-10-25; Saturday 16:00 + 2 h → Monday 09:00 GMT.
    w = feedback_window(at("2026-10-24 16:00"), cfg().feedback, LONDON)
    assert w.send_after == at("2026-10-26 09:00")
    assert w.send_after.utcoffset().total_seconds() == 0


def test_window_any_time() -> None:
    fb = cfg(
        business_hours="", business_days=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    ).feedback
    w = feedback_window(at("2026-11-28 23:00"), fb, LONDON)
    assert w.send_after == at("2026-11-29 01:00")


def test_next_business_time_other_zone() -> None:
    ny = ZoneInfo("America/New_York")
    moment = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # 07:00 in New York
    assert next_business_time(moment, cfg().feedback, ny) == at("2026-11-24 09:00", ny)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Smith", "Jane"),
        ("Smith, Jane", "Jane"),
        (None, None),
        ("", None),
        ("Acme Careers <x>", None),
        ("José Álvarez", "José"),
    ],
)
def test_first_name(name: str | None, expected: str | None) -> None:
    assert first_name(name) == expected


def test_reply_subject() -> None:
    assert reply_subject("Your application") == "Re: Your application"
    assert reply_subject("RE: Your application") == "RE: Your application"
    assert reply_subject("AW: Ihre Bewerbung") == "AW: Ihre Bewerbung"
    assert reply_subject("Evil\r\nBcc: victim@example.com") == "Re: Evil Bcc: victim@example.com"
    assert reply_subject("") == "Re: your message"


def test_header_safety() -> None:
    assert "\n" not in safe_header("a\r\nb\x00c")
    assert safe_address("jane@ACME.com") == "jane@acme.com"
    assert safe_address("Jane <jane@acme.com>") == "jane@acme.com"
    for bad in ("jane@acme.com\r\nBcc: x@y.z", "not an address", "a@b", "", None, "a@-b.com"):
        assert safe_address(bad) is None


# the seeded rejections arrived around then; drafts are made as if just seen
JUST_IN = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def _store_with_rejection(**overrides: object):  # type: ignore[no-untyped-def]
    store = open_store(":memory:")
    rid = seed_rejection(
        store,
        1,
        **{
            "message_id": "<r1@acme.com>",
            "references": json.dumps(["<a@acme.com>"]),
            "received_at": "2026-11-24T10:00:00+00:00",
            "reply_address": "jane@acme.com",
            **overrides,
        },
    )
    return store, rid


def test_make_draft_threads_and_greets() -> None:
    store, rid = _store_with_rejection()
    draft_id = make_draft(store, cfg(), rid, now=JUST_IN)
    assert draft_id is not None
    d = store.get_draft(draft_id)
    assert d["status"] == "pending"
    assert d["to_addr"] == "jane@acme.com"
    assert d["subject"] == "Re: Your interview"
    assert d["in_reply_to"] == "<r1@acme.com>"
    assert d["references"] == "<a@acme.com> <r1@acme.com>"
    assert d["message_id"].endswith("@example.com>")
    assert d["body"].startswith("Hi Jane,")
    assert "Data Engineer" in d["body"] and "Acme" in d["body"]
    assert "Alex Doe" in d["body"]


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"reply_address": None, "noreply": 1}, "no-reply"),
        ({"stage": "application"}, "draft_for_stages"),
        ({"reply_address": "x@y\r\nBcc: z@w.com"}, "not a valid address"),
    ],
)
def test_no_draft_and_why(overrides: dict[str, object], why: str) -> None:
    store, rid = _store_with_rejection(**overrides)
    assert make_draft(store, cfg(), rid, now=JUST_IN) is None
    assert why in store.get_rejection(rid)["no_draft_reason"]


def test_state_machine() -> None:
    store, rid = _store_with_rejection()
    draft_id = make_draft(store, cfg(), rid, now=JUST_IN)
    assert draft_id
    early = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    edit(store, draft_id, "New text\n")
    approve(store, draft_id, now=early)
    assert store.get_draft(draft_id)["status"] == "approved"
    assert store.get_draft(draft_id)["body"] == "New text\n"
    assert store.set_draft_status(draft_id, "sending", expect="approved")
    assert not store.set_draft_status(draft_id, "sending", expect="approved")  # lost race
    assert store.set_draft_status(draft_id, "sent", expect="sending")
    with pytest.raises(StateError):
        approve(store, draft_id, now=early)
    with pytest.raises(StateError):
        discard(store, draft_id)
    with pytest.raises(StateError):
        edit(store, draft_id, "too late")
    actions = [e["action"] for e in store.events("draft", draft_id)]
    assert actions == ["created", "edited", "approved", "sending", "sent"]


def test_approve_after_deadline_needs_late() -> None:
    store, rid = _store_with_rejection()
    draft_id = make_draft(store, cfg(), rid, now=JUST_IN)
    assert draft_id
    late = datetime(2026, 12, 24, tzinfo=UTC)
    with pytest.raises(StateError, match="--late"):
        approve(store, draft_id, now=late)
    approve(store, draft_id, late=True, now=late)
    assert store.get_draft(draft_id)["allow_late"] == 1


def test_window_across_spring_dst_change() -> None:
    # London springs forward on Sunday 2026-03-29: Friday 16:30 + 2 h → Monday 09:00 BST.
    w = feedback_window(at("2026-03-27 16:30"), cfg().feedback, LONDON)
    assert w.send_after == at("2026-03-30 09:00")
    assert w.send_after.utcoffset().total_seconds() == 3600


def test_window_in_the_owners_zone_not_utc() -> None:
    ny = ZoneInfo("America/New_York")
    # 21:00 UTC on a Monday is 16:00 in New York: +2 h is after hours there → Tuesday 09:00.
    w = feedback_window(datetime(2026, 11, 23, 21, 0, tzinfo=UTC), cfg().feedback, ny)
    assert w.send_after == at("2026-11-24 09:00", ny)


@pytest.mark.parametrize(
    ("language", "stage", "greeting", "phrase"),
    [
        ("en", "interview", "Hi Jane,", "during the interviews"),
        ("en", "application", "Hi Jane,", "consider my application"),
        ("de", "interview", "Guten Tag Jane Smith,", "in den Gesprächen"),
        ("de", "application", "Guten Tag Jane Smith,", "meiner Bewerbung"),
        ("fr", "final", "Bonjour Jane Smith,", "jusqu'au dernier tour"),
        ("fr", "application", "Bonjour Jane Smith,", "ma candidature"),
        ("es", "interview", "Hola, Jane:", "durante las entrevistas"),
        ("es", "application", "Hola, Jane:", "mi candidatura"),
        ("nl", "screen", "Beste Jane,", "voor ons gesprek"),
        ("nl", "application", "Beste Jane,", "mijn sollicitatie"),
        ("it", "interview", "Gentile Jane,", "durante i colloqui"),
        ("it", "application", "Gentile Jane,", "mia candidatura"),
        ("pt", "final", "Olá, Jane,", "até a última etapa"),
        ("pt", "application", "Olá, Jane,", "minha candidatura"),
        ("sv", "interview", "Hi Jane,", "during the interviews"),  # no Swedish: English
    ],
)
def test_template_per_language_and_stage(
    language: str, stage: str, greeting: str, phrase: str
) -> None:
    store, rid = _store_with_rejection(language=language, stage=stage)
    draft_id = make_draft(
        store,
        cfg(draft_for_stages=["application", "screen", "interview", "final"]),
        rid,
        now=JUST_IN,
    )
    assert draft_id
    body = store.get_draft(draft_id)["body"]
    assert body.startswith(greeting + "\n\n")
    assert phrase in body and "Data Engineer" in body and "Acme" in body
    assert body.rstrip().endswith("Alex Doe")


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "nl", "it", "pt"])
def test_greeting_falls_back_without_a_person(language: str) -> None:
    store, rid = _store_with_rejection(language=language, contact_name="Acme Careers <x>")
    draft_id = make_draft(store, cfg(), rid, now=JUST_IN)
    assert draft_id
    first = store.get_draft(draft_id)["body"].splitlines()[0]
    assert first in {
        "Hello,",
        "Guten Tag,",
        "Bonjour,",
        "Buenos días:",
        "Goedendag,",
        "Buongiorno,",
        "Bom dia,",
    }


def test_user_template_overrides_and_broken_one_fails_at_start(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from agent.errors import TemplateError
    from agent.feedback.drafts import check_templates

    (tmp_path / "feedback_request.interview.en.txt.j2").write_text("Dear {{ first_name }}, hi\n")
    c = cfg(templates_dir=str(tmp_path))
    check_templates(c)
    store, rid = _store_with_rejection()
    draft_id = make_draft(store, c, rid, now=JUST_IN)
    assert draft_id and store.get_draft(draft_id)["body"] == "Dear Jane, hi\n"
    (tmp_path / "feedback_request.application.de.txt.j2").write_text("{{ no_such_variable }}")
    with pytest.raises(TemplateError, match="no_such_variable"):
        check_templates(cfg(templates_dir=str(tmp_path), template="feedback_request.txt.j2"))


def test_no_header_injection_from_mail_values() -> None:
    from agent.feedback.compose import build_message

    store, rid = _store_with_rejection(
        subject="Hello\r\nBcc: victim@example.com\r\n\r\nbody",
        message_id="<a@b>\r\nBcc: victim@example.com",
        contact_name="Eve\r\nX-Evil: 1",
    )
    draft_id = make_draft(store, cfg(), rid, now=JUST_IN)
    assert draft_id
    msg = build_message(cfg(), store.get_draft(draft_id))
    raw = bytes(msg).decode()
    headers = raw.split("\n\n", 1)[0]
    assert "\nBcc:" not in headers and "\nX-Evil" not in headers
    assert all(name.lower() != "bcc" for name in msg)
    assert msg["To"] == "jane@acme.com"


def test_window_in_the_recipients_hours_when_their_mail_shows_them() -> None:
    # Monday 20:00 UTC: 15:00 for a sender at -05:00, 20:00 for the owner in London.
    # +2 h is 17:00 there: their next business morning is Tuesday 09:00 -05:00 (14:00 UTC);
    # by the owner's clock it would have been Tuesday 09:00 London (09:00 UTC).
    received = "2026-11-23T20:00:00+00:00"
    store, rid = _store_with_rejection(received_at=received, sender_utc_offset=-300)
    draft = store.get_draft(make_draft(store, cfg(), rid, now=JUST_IN))
    assert datetime.fromisoformat(draft["send_after"]) == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    store, rid = _store_with_rejection(received_at=received, sender_utc_offset=None)
    draft = store.get_draft(make_draft(store, cfg(), rid, now=JUST_IN))
    assert datetime.fromisoformat(draft["send_after"]) == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "minutes"),
    [
        ("Mon, 23 Nov 2026 15:00:00 -0500", -300),
        ("Mon, 23 Nov 2026 21:30:00 +0530", 330),
        ("Mon, 23 Nov 2026 20:00:00 +0000", None),  # a server's clock, not a person's
        ("Mon, 23 Nov 2026 20:00:00 -0000", None),  # RFC 5322: no zone information
    ],
)
def test_sender_utc_offset_from_the_date_header(header: str, minutes: int | None) -> None:
    assert sender_utc_offset(parse_date(None, header)) == minutes


def test_a_new_template_language_needs_no_python(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Languages come from the template files: a Swedish template in the user's folder is
    picked for a Swedish rejection and checked at start-up; an unknown one falls back."""
    from agent.errors import TemplateError
    from agent.feedback.drafts import check_templates

    (tmp_path / "feedback_request.interview.sv.txt.j2").write_text(
        "Hej {{ first_name }}, tack ({{ rejection_date }}).\n"
    )
    c = cfg(templates_dir=str(tmp_path))
    check_templates(c)
    store, rid = _store_with_rejection(language="sv")
    draft_id = make_draft(store, c, rid, now=JUST_IN)
    # No date words for Swedish in agent/data/dates.toml: the English ones.
    assert draft_id and store.get_draft(draft_id)["body"] == "Hej Jane, tack (24 November 2026).\n"
    store, rid = _store_with_rejection(language="fi")  # no template: English
    draft_id = make_draft(store, c, rid, now=JUST_IN)
    assert draft_id and store.get_draft(draft_id)["body"].startswith("Hi Jane,")
    (tmp_path / "feedback_request.application.sv.txt.j2").write_text("{{ nope }}")
    with pytest.raises(TemplateError, match="nope"):
        check_templates(cfg(templates_dir=str(tmp_path), template="feedback_request.txt.j2"))
