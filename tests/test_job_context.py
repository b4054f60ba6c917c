"""Job context from structure (issue 11): headers, signature, subject, thread, HTML.

The mails in tests/data/context are whole .eml files (``yes-*`` rejections, ``no-*``
look-alikes), so the sender, Reply-To, Return-Path and quoted history are real headers
and text, read by the same parser and pre-filter as a scan reads them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.classify import classify
from agent.classify.extractors.common import application_subject, ats_envelope
from agent.classify.prefilter import glance
from agent.mail.parse import parse_bytes

DATA = Path(__file__).parent / "data" / "context"
MAILS = sorted(DATA.glob("*.eml"))
OWNER = "alex@example.com"


def _verdict(name: str) -> tuple[bool, str]:
    v = classify(parse_bytes((DATA / name).read_bytes()), [OWNER])
    return v.is_rejection, "; ".join(v.reasons)


def test_the_fixture_set_has_both_kinds() -> None:
    names = [p.name for p in MAILS]
    assert sum(n.startswith("yes-") for n in names) >= 10
    assert sum(n.startswith("no-") for n in names) >= 10


@pytest.mark.parametrize("path", MAILS, ids=[p.stem for p in MAILS])
def test_each_mail_is_judged_as_its_name_says(path: Path) -> None:
    is_rejection, reasons = _verdict(path.name)
    assert is_rejection == path.name.startswith("yes-"), reasons


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("yes-replyto-ats-en.eml", "applicant tracking system (hire.lever.co)"),
        ("yes-returnpath-gh-en.eml", "applicant tracking system (gh-mail.quillsoft.io)"),
        ("yes-sig-people-en.eml", 'hiring function "People & Culture"'),
        ("yes-sig-hr-it.eml", 'hiring function "Risorse Umane"'),
        ("yes-sig-rh-pt.eml", 'hiring function "Recursos Humanos"'),
        ("yes-subject-title-fr.eml", "the subject names an application for a job title"),
        ("yes-thread-en.eml", "a reply in a thread about a job"),
    ],
)
def test_the_reason_names_the_signal(name: str, why: str) -> None:
    assert why in _verdict(name)[1]


def test_words_of_another_domain_keep_a_thread_about_a_job_shut() -> None:
    """The applicant's quoted "my job" does not make a flat's refusal a job's."""
    is_rejection, reasons = _verdict("no-thread-flat-en.eml")
    assert not is_rejection and "a reply in a thread about a job" not in reasons


@pytest.mark.parametrize("path", [p for p in MAILS if p.name.startswith("yes-")], ids=str)
def test_the_prefilter_passes_every_rejection_on(path: Path) -> None:
    """The cheap path reads the same signals (Reply-To, Return-Path, hiring functions):
    a rejection it settled would never reach the classifier."""
    seen = glance(path.read_bytes())
    assert seen is None or seen.candidate, seen.reason


def test_ats_envelope_reads_addresses_not_names() -> None:
    assert ats_envelope(["<bounces+1@gh-mail.acme.io>"]) == "gh-mail.acme.io"
    assert ats_envelope(["Acme <reply+x@hire.lever.co>"]) == "hire.lever.co"
    assert ats_envelope(["<x@mail.workablemail.com>"]) == "mail.workablemail.com"
    assert ats_envelope(["<bounce@acme.com>", "gh-mail.com <jo@example.org>"]) is None
    assert ats_envelope(["<jo@gh-mail.com>"]) is None  # the label must come before a domain


@pytest.mark.parametrize(
    ("subject", "names"),
    [
        ("Votre candidature : Chargée de communication", True),
        ("Ihre Bewerbung als Hauswirtschafterin", True),
        ("Application for Store Manager", True),
        ("Your application", False),
        ("Your application to Open Source Collective", False),
        ("Ihre Bewerbung als nachmieter", False),  # "als" before a capital only
        ("Candidature rejetée", False),
    ],
)
def test_application_subject(subject: str, names: bool) -> None:
    assert application_subject(subject) is names
