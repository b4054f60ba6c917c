"""Issue 11, session 26 (branch recall26): short rejections written by hand, little job context.

The kinds of bench/probes/{en,de}-{yes,no}-52.txt: a person's reply in a thread whose subject
says nothing, the job context only the contact with the reader ("our chat", "das Telefonat", a
calendar invitation), a manager's title signing, or a person chosen instead of the reader
("someone else", "jemand anderen"); colloquial decisions; the same words in a pitch, a flat, a
supplier's quote or a role open again, which stay no rejections.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail

from agent.classify import classify
from agent.classify.objects import READER, THING, decision_object

PERSON = "Morgan Reid <morgan.reid@northwind-example.com>"
GREETING = {
    "en": ("Hi Alex,\n\n", "\n\nThanks,\nMorgan"),
    "de": ("Hallo Alex,\n\n", "\n\nViele Grüße\nMorgan"),
}


def note(lang: str, subject: str, text: str, *, html: bool = False) -> bool:
    """Whether a person's short note is called a rejection."""
    head, tail = GREETING[lang]
    body = head + text + tail
    if html:
        body = (
            "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>"
        )
    v = classify(mail(body, subject=subject, sender=PERSON, html=html), [OWNER])
    assert v.category != "error", v.reasons
    return v.is_rejection


@pytest.mark.parametrize(
    ("lang", "subject", "text", "rejection"),
    [
        # Rejections.
        # The contact with the reader named.
        (
            "en",
            "Re: Thursday",
            "Thanks for our chat on Thursday. We're going to pass this time.",
            True,
        ),
        (
            "en",
            "Following up",
            "After our call last week: it's a no from us this time, sorry.",
            True,
        ),
        (
            "en",
            "Re: Tuesday",
            "Thanks for coming in on Tuesday. We've decided not to move forward.",
            True,
        ),
        (
            "en",
            "Re: Invitation: Chat with Morgan @ Thu 14:00",
            "We've decided not to move forward.",
            True,
        ),
        ("de", "AW: Donnerstag", "danke für unser Telefonat. Es hat leider nicht gepasst.", True),
        (
            "de",
            "AW: Dienstag",
            "leider müssen wir Ihnen absagen. Danke für Ihre Zeit am Dienstag.",
            True,
        ),
        ("de", "Nachfrage", "danke fürs Vorbeikommen. Wir haben uns anders entschieden.", True),
        # A manager's title signing.
        (
            "en",
            "Re: Following up",
            "We've decided to go another way.\n\nMorgan Reid\nHead of Engineering",
            True,
        ),
        (
            "de",
            "AW: Nachfrage",
            "Wir haben uns anders entschieden.\n\nMorgan Reid\nTeamleitung Vertrieb",
            True,
        ),
        # A person chosen instead of the reader.
        ("en", "Re: Hello", "Honestly, we've decided to go with someone else.", True),
        ("de", "AW: Update", "leider hat sich der Kunde für jemand anderen entschieden.", True),
        # Colloquial decisions, a hiring step named.
        ("de", "AW: Unser Gespräch", "wir machen mit jemand anderem weiter. Sorry!", True),
        ("de", "AW: Stelle", "Wir gehen einen anderen Weg, danke für die Bewerbung.", True),
        ("de", "AW: Bewerbung", "danke für die Unterlagen, wir machen deshalb nicht weiter.", True),
        ("de", "AW: Probetag", "danke für den Probetag. Leider wird es diesmal nichts.", True),
        (
            "en",
            "Re: Role",
            "Unfortunately we're not going to be able to take you forward this time.",
            True,
        ),
        # An agency's kind signing a consultant's note.
        (
            "en",
            "Re: Update",
            "The client has decided not to proceed.\n\nChris Hale\nSenior Consultant, Executive Search",
            True,
        ),
        (
            "de",
            "AW: Rückmeldung",
            "leider hat sich unser Mandant anders entschieden.\n\nMorgan Reid\nPersonalvermittlung Nord",
            True,
        ),
        # No rejections.
        # An agency turning down a supplier's quote.
        (
            "en",
            "Re: Office furniture quote",
            "We've decided to go with another supplier.\n\nChris Hale\nHarbour Staffing Agency",
            False,
        ),
        # The same contact words in no job: a pitch, a quote, a flat, an agency.
        (
            "en",
            "Re: Deck",
            "Thanks for our chat last week. We're going to pass on this round.",
            False,
        ),
        ("en", "Re: Quote", "Thanks for the call. We've gone with another supplier.", False),
        (
            "en",
            "Re: Flat viewing",
            "Thanks for coming in. The landlord went with someone else.",
            False,
        ),
        (
            "de",
            "AW: Wohnungsbesichtigung",
            "danke fürs Vorbeikommen. Der Vermieter hat sich für jemand anderen entschieden.",
            False,
        ),
        (
            "de",
            "AW: Kooperation",
            "danke für das Telefonat, wir haben uns gegen eine Zusammenarbeit mit eurer Agentur entschieden.",
            False,
        ),
        # The way taken bears on a thing.
        (
            "en",
            "Re: Following up",
            "We've decided to go another way with the office move.\n\nMorgan Reid\nHead of Engineering",
            False,
        ),
        # A role on hold, open again.
        (
            "en",
            "Re: Checking in",
            "The client put the role on hold but it's open again, and they'd like to speak to you.",
            False,
        ),
        (
            "de",
            "AW: Stand",
            "der Kunde hatte die Stelle auf Eis gelegt, jetzt ist sie wieder offen und er möchte mit dir sprechen.",
            False,
        ),
        # Still deciding, an invitation.
        (
            "en",
            "Re: Thursday",
            "Thanks for our chat. We haven't decided yet and will come back to you next week.",
            False,
        ),
        (
            "de",
            "AW: Donnerstag",
            "danke für unser Telefonat. Wir möchten dich gern zu einem zweiten Gespräch einladen.",
            False,
        ),
    ],
)
def test_a_short_note_with_little_job_context(
    lang: str, subject: str, text: str, rejection: bool
) -> None:
    assert note(lang, subject, text) is rejection


def test_an_html_only_note_is_read_as_the_text_one() -> None:
    assert note(
        "de",
        "AW: Donnerstag",
        "danke fürs Vorbeikommen. Wir haben uns leider für jemand anderen entschieden.",
        html=True,
    )
    assert note(
        "en", "Re: Thursday", "Thanks for the chat. We're going to pass this time.", html=True
    )


def test_a_way_is_the_decisions_word_not_its_object() -> None:
    text = "We've decided to go another way."
    at = text.index("go another way")
    assert decision_object(text, at, at + len("go another way")) == (None, "")
    text = "We've decided to go another way with the office move."
    assert decision_object(text, at, at + len("go another way"))[0] == THING
    text = "wir haben uns für jemand anderen entschieden."
    at = text.index("für jemand")
    assert decision_object(text, at, at + len("für jemand"))[0] != THING
    assert READER  # the reader's is the default of a bare no
