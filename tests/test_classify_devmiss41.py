"""Issue 11, session 36 (branch devmiss41): round 73's kinds, from three dev misses.

Probed in bench/probes/*-{no,yes}-73.txt and fields-*-{20,23,31,29,33,14,18}.txt (our own
sentences, written before the fix); these cells are other sentences of the same kinds. The
company's decision to go on with candidates whose profiles fit better is a no without "other"
(dev ``fgservices/pt``), not when the reader is among them or a receipt will choose later; a
volunteer staff place on a game server is no job (the kind of dev ``tdb/nl``), a paid community
manager's job is; a job board naming the employer after "en/na" gives the employer (dev
``univo/es``).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "pt",
            "Optamos por prosseguir com profissionais cujos perfis estão mais aderentes à função.",
        ),
        (
            "es",
            "Hemos elegido avanzar con personas cuyos perfiles están más alineados con el puesto.",
        ),
        ("it", "Abbiamo scelto di proseguire con profili più aderenti alla posizione."),
        ("fr", "Nous avons décidé de poursuivre avec des profils plus proches de nos attentes."),
        (
            "de",
            "Wir haben uns entschieden, mit Bewerbern weiterzumachen, die besser zur Stelle passen.",
        ),
    ],
)
def test_going_on_with_better_fitting_candidates_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "pt",
            "Boa notícia: decidimos avançar com candidatos cujos perfis estão mais alinhados, "
            "e o seu perfil é um deles. Agende a entrevista.",
        ),
        (
            "en",
            "In the coming weeks we will move forward with the candidates whose profiles most "
            "closely match the role; if that is the case, we will contact you.",
        ),
    ],
)
def test_the_reader_among_the_chosen_or_a_later_choice_is_no_rejection(
    lang: str, sentence: str
) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


def test_a_volunteer_staff_place_on_a_game_server_is_no_job() -> None:
    v = weak(
        "nl",
        "Staff aanvraag",
        "Helaas is je aanvraag als helper op onze Minecraft-server niet aangenomen.",
    )
    assert not v.is_rejection, v.reasons


def test_a_paid_community_managers_job_stays_a_rejection() -> None:
    v = wrapped(
        "nl",
        "Helaas hebben we besloten niet verder te gaan met je sollicitatie als Community Manager.",
    )
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Hola Alex,\n\nTu postulación a la vacante Cajero en Farmacias Luna ha cambiado al "
            "estado: Descartado.\n\nBolsa de Empleo Campus Sur\n",
            "Farmacias Luna",
        ),
        (
            "Olá Alex,\n\nsua candidatura para a vaga Auxiliar de Cozinha na Padaria Estrela "
            "mudou para: Reprovado.\n\nBanco de Vagas Campus Sul\n",
            "Padaria Estrela",
        ),
    ],
)
def test_a_board_naming_the_employer_after_en_or_na_gives_the_employer(
    body: str, company: str
) -> None:
    raw = mail("Actualización", body, sender="Bolsa Campus <empleos@campus.example>")
    v = classify(parse_bytes(raw), [OWNER])
    assert v.is_rejection, v.reasons
    assert v.company == company
