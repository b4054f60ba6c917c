"""Two field frames from session 27's dev unit ``quickjob/fr`` (issue 11), in every pack.

A temporary-work marketplace refuses a worker "pour la mission « Serveur en extra »", its
subject "Réponse à ta candidature pour « ... »": no role came out. A title in quotes was
bounded by its quotes only after a post word (session 25); now also after a temporary job's
word (mission, assignment, Einsatz/Auftrag, opdracht, incarico/missione, misión/encargo,
missão: with an article or possessive before it where a company's "notre mission « ... »"
reads the same) and right after the application noun and its preposition ("your application
for "Bar staff"", "deine Bewerbung für „Servicekraft“", "je sollicitatie voor "X"").

The sender "QuickJob" gave the company "Quick": a one-word name gluing a board's word to its
end ("QuickJob", "InfoEmpleo", "CornerJob") is the board's brand, not a name with a team word
("AcmeCareers" stays "Acme").
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict
from test_stage_role_documents import BYE as _BYE
from test_stage_role_documents import HELLO as _HELLO
from test_stage_role_documents import NO as _NO
from test_stage_role_documents import SENDER
from test_stage_role_documents import SUBJECT as _SUBJECT

NO = {
    **_NO,
    "de": "Leider haben wir uns für andere Bewerber entschieden.",
    "nl": "Helaas hebben we besloten om verder te gaan met andere kandidaten.",
}
HELLO = {**_HELLO, "de": "Hallo Alex,", "nl": "Beste Alex,"}
BYE = {**_BYE, "de": "Viele Grüße", "nl": "Met vriendelijke groet"}
SUBJECT = {**_SUBJECT, "de": "Neuigkeiten", "nl": "Bericht"}


def _body(lang: str, line: str) -> str:
    return f"{HELLO[lang]}\n\n{line} {NO[lang]}\n\n{BYE[lang]}\nAcme\n"


@pytest.mark.parametrize(
    ("lang", "line", "role"),
    [
        # A temporary job's word before the quoted title.
        (
            "fr",
            "Merci pour ta candidature pour la mission « Serveur en extra » et ton temps.",
            "Serveur en extra",
        ),
        (
            "en",
            'Thank you for applying to the assignment "Bar staff" and for your time.',
            "Bar staff",
        ),
        (
            "de",
            "Danke für dein Interesse am Einsatz „Servicekraft“ und deine Zeit.",
            "Servicekraft",
        ),
        (
            "nl",
            'Bedankt voor je interesse in de opdracht "Barmedewerker" en je tijd.',
            "Barmedewerker",
        ),
        (
            "it",
            "Grazie per l'interesse per l'incarico \"Cameriere\" e il tempo dedicato.",
            "Cameriere",
        ),
        (
            "it",
            'Grazie per l\'interesse per la missione "Cameriere" e il tempo dedicato.',
            "Cameriere",
        ),
        ("es", 'Gracias por tu interés en la misión "Camarero" y tu tiempo.', "Camarero"),
        ("pt", 'Obrigado pelo interesse na missão "Garçom" e pelo seu tempo.', "Garçom"),
        # The application noun and its preposition before the quoted title.
        (
            "fr",
            "Merci pour ta candidature pour « Serveur en extra » et ton temps.",
            "Serveur en extra",
        ),
        ("en", 'Thank you for your application for "Bar staff" and your time.', "Bar staff"),
        ("de", "Danke für deine Bewerbung für „Servicekraft“ und deine Zeit.", "Servicekraft"),
        ("nl", 'Bedankt voor je sollicitatie voor "Barmedewerker" en je tijd.', "Barmedewerker"),
        ("it", 'Grazie per la tua candidatura per "Cameriere" e il tempo dedicato.', "Cameriere"),
        ("es", 'Gracias por tu solicitud para "Camarero" y tu tiempo.', "Camarero"),
        ("pt", 'Obrigado pela sua candidatura para "Garçom" e o seu tempo.', "Garçom"),
        # Left alone: a company's mission in quotes is no title, nor a quoted word elsewhere.
        ("fr", "Notre mission « rendre le travail accessible » guide nos choix.", None),
        ("it", 'La nostra missione "rendere il lavoro accessibile" ci guida.', None),
        ("es", 'Nuestra misión "hacer el trabajo accesible" nos guía.', None),
        ("pt", 'Nossa missão "tornar o trabalho acessível" nos guia.', None),
        ("en", 'Our mission "to make work fair" guides us.', None),
        ("nl", 'Bedankt voor je "geduld" en je tijd.', None),
    ],
)
def test_a_quoted_title_after_a_mission_or_the_application_is_bounded_by_its_quotes(
    lang: str, line: str, role: str | None
) -> None:
    assert _verdict(SENDER, SUBJECT[lang], _body(lang, line)).role == role


@pytest.mark.parametrize(
    "sender",
    [
        "QuickJob <no-reply@quickjob.example>",
        "InfoEmpleo <noreply@infoempleo.example>",
        "CornerJob <hello@cornerjob.example>",
        "MonEmploi <contact@monemploi.example>",
    ],
)
def test_a_name_gluing_a_board_word_is_the_boards_brand(sender: str) -> None:
    """ "QuickJob" signing "QuickJob": a board's brand and domain; the employer is not named."""
    body = _body("fr", "Le recruteur a décidé de ne pas donner suite à ta candidature.")
    assert _verdict(sender, "Réponse à ta candidature", body).company is None


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("AcmeCareers <no-reply@acme.com>", "Acme"),  # a careers box: the employer's name
        ("Jobwise <hr@jobwise.example>", "Jobwise"),  # the board word first: a brand
    ],
)
def test_a_name_with_a_team_word_or_a_board_word_first_stays_the_employer(
    sender: str, company: str
) -> None:
    body = _body("en", "Thank you for your time.")
    assert _verdict(sender, "Your application", body).company == company
