"""Relays naming a post's employer or its town, on-behalf writers, no-reply notices and three
kinds of Dutch, Spanish and Portuguese no (session 37, fields41).

Why a file of its own: the held-out fields probes of session 37 (``bench/probes/fields-nl-36``,
``pt-21``, ``es-24``, ``de-30``, ``en-24``) found a relay's "T en/at/na/bei X" taking a town for
the employer, a first name on behalf of an employer read as no one, mailboxes said to take no
replies in words no pattern knew, and decisions the packs missed. Each rule with the look-alike
it must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

import re

import pytest
from test_fields_senders import _verdict

from agent.classify import classify
from agent.classify.extractors.common import behalf_writer, org_named, person_name
from agent.classify.lexicon import patterns
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

NOTICES = [re.compile(p, re.I) for p in patterns("noreply_text")]


def _classify(sender: str, subject: str, body: str):  # type: ignore[no-untyped-def]
    return classify(parse_bytes(mail(subject, body, sender=sender)), [OWNER])


@pytest.mark.parametrize(
    ("name", "known", "organisation"),
    [
        ("Transportes Ebro S.L", (), True),  # a legal form
        ("Restaurante Las Dunas", (), True),  # a trade's word
        ("Müller Logistik", (), True),  # a firm's field
        ("Lumbrera", ("lumbrera",), True),  # the sender's own name
        ("Valladolid", (), False),
        ("Birmingham", (), False),
        ("Bankstown", (), False),  # "bank" is a whole word, no stem
        ("Modena", (), False),  # "mode" too
        ("Castilla-La Mancha", ("lumbrera",), False),
    ],
)
def test_a_relays_x_is_an_organisation_or_nothing(
    name: str, known: tuple[str, ...], organisation: bool
) -> None:
    assert org_named(name, known) is organisation


def test_a_boards_status_line_names_the_employer_not_the_town() -> None:
    no = "ha sido descartada por la empresa."
    board = "Portal Empleo Sur <avisos@empleosur.es>"
    v = _verdict(
        board,
        "Tu candidatura",
        f"Hola Alex,\n\nTu candidatura para Cocinero/a en Asador Los Robles {no}\n",
    )
    assert v.company == "Asador Los Robles"
    v = _verdict(
        board, "Tu candidatura", f"Hola Alex,\n\nTu candidatura para Cocinero/a en Salamanca {no}\n"
    )
    assert v.company != "Salamanca"


def test_the_employers_own_mail_names_its_town_after_the_post() -> None:
    v = _verdict(
        "Careers <careers@hollandstores.co.uk>",
        "Your application",
        "Dear Alex,\n\nThank you for your application for Stock Assistant at Leicester. "
        "Unfortunately your application has not been successful.\n\nHolland Stores\n",
    )
    assert v.company == "Holland Stores"
    v = _verdict(
        "JobsWest <no-reply@jobswest.co.uk>",
        "Update on your application",
        "Hi Alex,\n\nYour application for Porter at Quayside Hotel in Exeter was unsuccessful.\n",
    )
    assert v.company == "Quayside Hotel"


def test_a_first_name_on_behalf_of_an_employer_is_the_writer() -> None:
    assert behalf_writer("Femke (namens Bakkerij Wolters)") == "Femke"
    assert behalf_writer("Tiago em nome de Farmácia Avenida") == "Tiago"
    assert person_name("Femke (namens Bakkerij Wolters)") == "Femke"
    # Look-alikes: a team on behalf of the employer, a bare first name, a plain display name.
    assert behalf_writer("Recruitment (namens Bakkerij Wolters)") is None
    assert behalf_writer("Femke") is None
    assert person_name("Femke") is None


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Este endereço de e-mail não recebe respostas.", True),
        ("Por gentileza, não responda este e-mail.", True),
        ("As respostas a este endereço não são lidas.", True),
        ("Este correo se envía de forma automática; no respondas a este mensaje.", True),
        ("Antworten auf diese E-Mail werden nicht gelesen.", True),
        ("Diese Adresse kann keine Antworten empfangen.", True),
        ("This email was sent from a send-only address.", True),
        ("Replies to this mailbox are not read.", True),
        ("Caso não responda esta semana, a vaga será oferecida a outra pessoa.", False),
        ("Si no respondes antes del viernes, cerraremos el proceso.", False),
        ("Ihre Antworten auf diese Fragen werden nicht gespeichert.", False),
        ("Please send only your CV and a cover letter to this address.", False),
    ],
)
def test_a_mailbox_said_to_take_no_replies(text: str, notice: bool) -> None:
    assert any(rx.search(text) for rx in NOTICES) is notice


@pytest.mark.parametrize(
    ("sender", "subject", "body", "rejection"),
    [
        (
            "Recruitment <jobs@bouwgroep-oost.nl>",
            "Sollicitatie Werkvoorbereider",
            "Beste Alex,\n\nDank voor je sollicitatie. Wij kiezen uiteindelijk voor een kandidaat "
            "met meer ervaring in de utiliteitsbouw.\n\nBouwgroep Oost\n",
            True,
        ),
        (  # a newsletter: no one decides
            "Carrièrekrant <nieuws@carrierekrant.nl>",
            "Tips voor je sollicitatie",
            "Hoi Alex,\n\nVeel werkgevers kiezen toch voor een kandidaat met ervaring. Zo val jij "
            "op met je cv: lees onze vijf tips.\n\nCarrièrekrant\n",
            False,
        ),
        (
            "HR <hr@tuinland.nl>",
            "Sollicitatie Hovenier",
            "Beste Alex,\n\nBedankt voor je sollicitatie. Helaas sluit je ervaring niet goed genoeg "
            "aan bij de functie van Hovenier.\n\nTuinland\n",
            True,
        ),
        (  # a job alert's question
            "Vacaturemail <alerts@banenplein.nl>",
            "Nieuwe vacatures voor jou",
            "Hoi Alex,\n\nPast je profiel niet goed bij deze vacature? Bekijk dan onze andere "
            "vacatures in jouw regio.\n\nBanenplein\n",
            False,
        ),
        (
            "Selección <seleccion@aytosoria.es>",
            "Convocatoria Conserje",
            "Estimado Alex:\n\nSu solicitud no ha sido incluida en el listado de aspirantes que "
            "pasan a la fase de entrevista.\n\nAyuntamiento de Soria\n",
            True,
        ),
        (  # the reader included
            "Selección <seleccion@aytosoria.es>",
            "Convocatoria Conserje",
            "Estimado Alex:\n\nLe informamos de que su candidatura ha sido incluida en la lista de "
            "candidatos que pasan a la entrevista. Le citaremos en breve.\n\nAyuntamiento de Soria\n",
            False,
        ),
        (
            "Recrutamento <rh@lojasmar.pt>",
            "Candidatura Vendedor",
            "Olá Alex,\n\nObrigado pelo seu interesse. Infelizmente, a sua candidatura para "
            "Vendedor não avançou.\n\nLojas Mar\n",
            True,
        ),
        (  # a condition
            "Recrutamento <rh@lojasmar.pt>",
            "Candidatura Vendedor",
            "Olá Alex,\n\nSe a sua candidatura não avançou, pode pedir-nos o motivo na sua área "
            "de candidato.\n\nLojas Mar\n",
            False,
        ),
    ],
)
def test_three_kinds_of_no_and_their_look_alikes(
    sender: str, subject: str, body: str, rejection: bool
) -> None:
    v = _classify(sender, subject, body)
    assert v.is_rejection is rejection, v.reasons


def test_a_board_says_the_employer_decided_with_the_verb_first() -> None:
    """ "leider hat sich der Arbeitgeber entschieden": a board relays an employer it never names."""
    body = (
        "Hallo Alex,\n\nleider hat sich der Arbeitgeber entschieden, Ihre Bewerbung als "
        "Kommissionierer nicht weiter zu berücksichtigen.\n\nIhr Team von Jobs Nordost\n"
    )
    v = _verdict("Jobs Nordost <noreply@jobs-nordost.de>", "Ihre Bewerbung", body)
    assert v.company is None
    # Look-alike: the employer writing of itself names itself.
    body = body.replace("der Arbeitgeber", "die Lindner Bau GmbH").replace(
        "Ihr Team von Jobs Nordost", "Lindner Bau GmbH"
    )
    v = _verdict("Lindner Bau <noreply@lindner-bau.de>", "Ihre Bewerbung", body)
    assert v.company == "Lindner Bau"
