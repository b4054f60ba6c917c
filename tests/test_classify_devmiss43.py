"""Issue 11, session 37 (branch devmiss43): round 77's kinds, from five dev misses.

Probed in bench/probes/*-{no,yes}-77.txt and fields-{en-26,de-31,fr-32,es-26}.txt (our own
sentences, written before the fix); these cells are other sentences of the same kinds. A
speculative application refused for want of a position matching the profile is a no (dev
``web-onlyfy/en``), a receipt that will write when one opens is not; what was applied for is
the evidence: a scholarship, a rental, a grant refused through an ATS sender is no job (dev
``web-writtensamples/en``, ``web-lettersandtemplates/en``), a post named after the thing is;
the role after "your application as" in capitals is read as written (dev ``puninar/en``).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

ATS = "Northwind Recruiting <noreply@smartrecruiters.com>"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Regrettably we cannot offer you any roles that match your skills at present."),
        ("en", "There is at the moment no suitable opening for you in our organisation."),
        ("de", "Zurzeit gibt es leider keine Position, die zu Ihren Kenntnissen passt."),
        ("fr", "Nous n'avons pour le moment aucune offre correspondant à votre parcours."),
    ],
)
def test_no_position_matching_the_profile_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "We will be in touch as soon as we have positions that match your profile."),
        ("de", "Wir melden uns, sobald es eine Stelle gibt, die zu Ihrem Profil passt."),
    ],
)
def test_a_receipt_waiting_for_a_matching_position_is_no_rejection(
    lang: str, sentence: str
) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Bursary decision",
            "Dear Alex,\n\nWe regret to inform you that your application for the Northwind "
            "Bursary was not successful. We will not be proceeding with your application.\n\n"
            "Best of luck in your future endeavours.\n",
        ),
        (
            "Tenancy application",
            "Dear Alex,\n\nThank you for applying for the apartment. We regret to inform you "
            "that we are unable to proceed with your application.\n\nProperty Manager\n",
        ),
        (  # session 38, dev tenantnew/en: the renter named instead of the tenancy
            "Tenant Application Rejected",
            "Dear Alex,\n\nWe regret to inform you that your tenant application has been "
            "rejected. Your account has been deactivated.\n\nTenant Management\n",
        ),
    ],
)
def test_a_thing_applied_for_through_an_ats_sender_is_no_job(subject: str, body: str) -> None:
    v = classify(parse_bytes(mail(subject, body, sender=ATS)), [OWNER])
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Gentile Alex,\n\npurtroppo la sua domanda per il contributo non è stata accolta.\n",
        "Beste Alex,\n\nhelaas is je aanvraag voor de studiebeurs niet toegekend.\n",
        "Olá Alex,\n\ninfelizmente o seu pedido de apoio para a bolsa não foi aprovado.\n",
    ],
)
def test_the_thing_applied_for_weighs_in_every_pack(body: str) -> None:
    v = classify(parse_bytes(mail("Esito / Uitslag / Resultado", body, sender=ATS)), [OWNER])
    assert not v.is_rejection, v.reasons


def test_a_hotel_job_at_our_property_stays_a_rejection() -> None:
    body = (
        "Dear Alex,\n\nThank you for applying for the role at our property. Unfortunately we "
        "will not be progressing your application.\n\nBest regards,\n"
    )
    v = classify(parse_bytes(mail("Your application", body, sender=ATS)), [OWNER])
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        (
            "Your application",
            "Thank you for applying for the Bursary Administrator position. Unfortunately we "
            "will not be progressing your application.",
        ),
        (
            "Lettings Assistant",
            "Thank you for applying for the Lettings Assistant job at Riverside Housing "
            "Association. We regret to inform you that we have appointed another candidate.",
        ),
        (
            "Tenant Liaison Officer",
            "Thank you for your application for the Tenant Liaison Officer position. "
            "Unfortunately we will not be progressing your application.",
        ),
    ],
)
def test_a_post_named_after_the_thing_stays_a_rejection(subject: str, sentence: str) -> None:
    v = weak("en", subject, sentence)
    assert v.is_rejection, v.reasons


def test_the_role_after_application_as_in_capitals_is_read() -> None:
    body = (
        "Dear Alex,\n\nThank you for your interest in Halvorsen Freight. We will not be "
        "proceeding further with your application as  NIGHT SHIFT DISPATCHER\n\nBest Regards,\n"
        "Halvorsen Freight\n"
    )
    raw = mail("Recruitment Announcement", body, sender="no-reply@halvorsen-freight.example")
    v = classify(parse_bytes(raw), [OWNER])
    assert v.is_rejection, v.reasons
    assert (v.role or "").lower() == "night shift dispatcher"
