"""Issue 11, session 24 (jobctx4's leftovers): a no on a term of an offer (a salary, a four-day
week) followed by an offer to the reader is the offer's news, and a post "offered to, and
accepted by, another candidate" or filled with an aside between its words stays a rejection.
The sentences are the team's own (bench/probes/*-{yes,no}-49.txt).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Unfortunately we could not match your salary expectation, but we would like to offer "
            "you the position at our revised rate.",
        ),
        (
            "en",
            "We are unable to match your salary request, but we can offer you the role at our "
            "standard band with a signing bonus.",
        ),
        (
            "de",
            "Leider können wir Ihre Gehaltsvorstellung nicht erfüllen; wir möchten Ihnen die Stelle "
            "jedoch zu einem Jahresgehalt von 52.000 Euro anbieten.",
        ),
        (
            "it",
            "Non possiamo venire incontro alle sue aspettative salariali, ma possiamo offrirle il "
            "ruolo con un bonus annuale.",
        ),
        (
            "pt",
            "Não podemos oferecer a semana de quatro dias, mas teremos todo o gosto em "
            "oferecer-lhe a vaga com horário flexível.",
        ),
    ],
)
def test_a_term_declined_then_an_offer_is_no_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "We cannot meet your salary expectations, so we are unable to offer you the position.",
        ),
        ("en", "The position has been offered to, and accepted by, another candidate."),
        ("en", "The position has, we regret to say, already been filled."),
        ("es", "El puesto ha sido, lamentablemente, cubierto por otro candidato."),
        ("it", "La posizione è stata offerta a, e accettata da, un altro candidato."),
        ("nl", "De functie is aangeboden aan, en geaccepteerd door, een andere kandidaat."),
        ("pt", "O cargo já foi, infelizmente, preenchido."),
        ("de", "Die Position ist mittlerweile, nach Abschluss der Gespräche, vergeben."),
    ],
)
def test_a_post_gone_to_another_stays_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


def test_an_aside_that_negates_keeps_the_post_open() -> None:
    v = wrapped(
        "en", "The position has, as of today, not yet been filled; we will update you soon."
    )
    assert not v.is_rejection, v.reasons
