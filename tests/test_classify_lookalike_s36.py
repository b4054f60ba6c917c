"""Issue 11, session 33 (branch lookalike36): look-alikes of round 66 and two known risks.

Probed in bench/probes/*-{no,yes}-66.txt (our own sentences, no corpus text); these cells are
other sentences of the same kinds. An applicant tracker telling a recruiter about candidates the
reader turned down, a pet's adoption, an ad account, a parking card and a colleague's own no
forwarded for advice are no decision on the reader's application; an applicant tracker moving
the reader's own application to a rejected stage is one. The two known risks (not held out):
nl "afgesloten en doorgestuurd" (a submission completed) and a portal's password notice.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_gates_s31 import hr
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import Verdict, classify

# An applicant tracker's notice to the reader as recruiter or hiring manager: (subject, sentence).
HIRER = [
    ("Candidate update", "You rejected Tom Hart for the Sales Lead opening."),
    ("Reminder", "3 candidates you flagged as not qualified still need a decision."),
    ("Kandidatenstatus", "Sie haben Paul Weber für die Position Vertriebsleitung abgelehnt."),
    ("Candidat", "Vous avez refusé Luc Moreau pour l'offre Chef de projet."),
    ("Candidato", "Has descartado a Luis Gómez para la vacante de Jefe de ventas."),
    ("Candidato", "Hai scartato Marco Neri per la posizione di Responsabile vendite."),
    ("Kandidaat", "Je hebt Pieter Jansen voor de vacature Teamleider helaas afgewezen."),
    ("Weekoverzicht", "Vacature Teamleider: 6 nieuwe sollicitanten, 4 sollicitanten afgewezen."),
    ("Candidato", "Você reprovou Carlos Dias para a vaga de Gerente comercial."),
]

# Applications outside work refused, from the organisation's own address: (lang, subject, sentence).
OTHER_DOMAIN = [
    ("en", "Your application", "Sadly your application to adopt Milo was not successful."),
    (
        "de",
        "Ihre Anfrage",
        "Leider können wir Bello nicht an Sie vermitteln; das Tierheim sucht ein Zuhause mit Garten.",
    ),
    ("fr", "Votre demande", "Malheureusement, votre demande d'adoption n'a pas été acceptée."),
    ("es", "Tu solicitud", "Lamentablemente, tu solicitud para adoptar a Kira ha sido rechazada."),
    (
        "en",
        "Account review",
        "Unfortunately your advertiser account application has been declined.",
    ),
    ("es", "Tu solicitud", "Tu solicitud de distintivo de aparcamiento ha sido rechazada."),
]

# An applicant tracker moving the reader's own application to a rejected stage (job mail).
STAGE_MOVED = [
    ("fr", "Ta candidature pour Comptable a été déplacée dans l'étape « Rejetée »."),
    ("es", "Tu candidatura para Contable fue movida a la fase «Rechazada»."),
    ("it", "La tua candidatura per Contabile è stata spostata nello stato «Rifiutata»."),
    ("pt", "Tua candidatura para Contador foi movida para a fase Recusada."),
    ("nl", "Je sollicitatie is helaas niet goedgekeurd door de hiring manager."),
]


def person(lang: str, subject: str, sentence: str) -> Verdict:
    """A colleague's short mail from a company address (bench/probe's ``person``)."""
    head, tail = {
        "en": ("Hi Alex,\n\n", "\n\nThanks,\nMorgan"),
        "nl": ("Hallo Alex,\n\n", "\n\nGroeten,\nMorgan"),
    }[lang]
    msg = mail(
        head + sentence + tail,
        subject=subject,
        sender="Morgan Reid <morgan.reid@northwind-example.com>",
    )
    return classify(msg, [OWNER])


@pytest.mark.parametrize(("subject", "sentence"), HIRER)
def test_the_reader_turning_candidates_down_is_no_rejection(subject: str, sentence: str) -> None:
    v = hr(subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(("lang", "subject", "sentence"), OTHER_DOMAIN)
def test_a_pet_an_ad_account_or_a_parking_card_refused_is_no_job(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(("lang", "sentence"), STAGE_MOVED)
def test_the_readers_application_moved_to_a_rejected_stage_is_a_rejection(
    lang: str, sentence: str
) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


def test_a_colleagues_own_no_forwarded_is_not_the_readers() -> None:
    v = person(
        "nl",
        "Fw: Uitslag",
        "Kijk even mee: ze hebben me ook afgewezen. Wat zou jij terugschrijven?",
    )
    assert not v.is_rejection, v.reasons


def test_the_same_no_told_to_the_reader_stays_a_rejection() -> None:
    v = person(
        "nl",
        "Re: Donderdag",
        "Ik heb met de manager gesproken: ze hebben je sollicitatie afgewezen.",
    )
    assert v.is_rejection, v.reasons


def test_a_recruiters_no_on_the_readers_own_application_stays_a_rejection() -> None:
    v = hr(
        "Your application",
        "Unfortunately the hiring team has rejected your application for Team Lead.",
    )
    assert v.is_rejection, v.reasons


def test_a_submission_completed_and_sent_on_is_no_rejection() -> None:
    v = weak(
        "nl", "Je sollicitatie", "Je sollicitatie is afgesloten en verstuurd naar de afdeling HR."
    )
    assert not v.is_rejection, v.reasons


def test_a_closed_application_without_a_sequel_stays_a_rejection() -> None:
    v = wrapped("nl", "Je sollicitatie is afgesloten. We wensen je veel succes.")
    assert v.is_rejection, v.reasons


def test_a_password_notice_is_no_rejection() -> None:
    v = weak(
        "en",
        "Sign-in notice",
        "Your login session has expired. Your application portal session is closed.",
    )
    assert not v.is_rejection, v.reasons


# A French status mail in Laravel's English notification frame, read by the English pack (dev
# econcours/fr's bare status mail; other fill): the label after "statut de votre candidature".
FRAME = (
    "Portail Concours\n\nBonjour Alex,\n\nLe statut de votre candidature n° B-204 a été mis à jour.\n\n"
    "Nouveau statut : {label}.\n\nVoir ma candidature\n\nRegards,\nPortail Concours\n\n"
    'If you\'re having trouble clicking the "Voir ma candidature" button, copy and paste '
    "the URL below into your web browser: https://concours.example.org/candidat\n\n"
    "© 2026 Portail Concours. All rights reserved."
)


@pytest.mark.parametrize(("label", "expected"), [("Rejetée", True), ("Acceptée", False)])
def test_a_french_status_label_in_an_english_frame(label: str, expected: bool) -> None:
    body = FRAME.format(label=label)
    msg = mail(
        body,
        subject="Mise à jour de votre candidature",
        sender="Portail Concours <no-reply@concours.example.org>",
    )
    v = classify(msg, [OWNER])
    assert v.is_rejection is expected, v.reasons


def test_an_expense_status_label_in_an_english_frame_is_no_rejection() -> None:
    body = FRAME.replace(
        "Le statut de votre candidature n° B-204", "Le statut de votre note de frais n° B-204"
    )
    msg = mail(
        body.format(label="Rejetée"),
        subject="Note de frais",
        sender="Portail <no-reply@concours.example.org>",
    )
    v = classify(msg, [OWNER])
    assert not v.is_rejection, v.reasons
