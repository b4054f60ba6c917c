"""Issue 11, session 44 (branch offerneg44): an offer or invitation look-alike denied in its own clause.

Probed in bench/probes/{en,de,fr,es,it,nl,pt}-{yes,no}-97.txt (written before any code changed);
these cells are other sentences of the same kinds. A look-alike of an offer, a contract or an
invitation that is denied to the reader in its own clause ("non le proporremo il contratto", "wir
können Ihnen keinen Arbeitsvertrag anbieten") is the no itself, read by agent/classify/denied.py:
the negation, a verb that gives the offer, and the reader in the clause. A yes after a denied
term, a double negation, a wish and a step not taken yet stay offers.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped

from agent.classify.denied import denied


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Ein Vertragsangebot werden wir Ihnen nicht unterbreiten."),
        ("de", "Den Arbeitsvertrag bieten wir dir nicht an."),
        ("es", "Este año no le ofreceremos un contrato."),
        ("es", "No podremos ofrecerte el contrato de prácticas."),
        ("it", "Non ci sarà possibile farle un'offerta formale."),
        ("it", "Quest'anno non le proporremo un contratto."),
        ("pt", "Este ano não lhe ofereceremos um contrato."),
        ("nl", "Wij bieden u geen arbeidsovereenkomst aan."),
        ("nl", "Een contractvoorstel doen wij je helaas niet."),
        ("fr", "Nous ne vous ferons pas de promesse d'embauche."),
        ("fr", "Nous ne vous adresserons pas de contrat de travail."),
    ],
)
def test_denied_lookalike_is_the_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert "denied:" in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("sentence", "start", "expected"),
    [
        # denied in its own clause
        ("Non le proporremo il contratto a termine.", "contratto", True),
        ("Wir bieten Ihnen leider keinen Arbeitsvertrag an.", "Arbeitsvertrag", True),
        # a yes after a denied term: the offer's own clause says yes
        ("We cannot meet your salary, but we'd like to make you an offer.", "make you", False),
        (
            "Le télétravail n'est pas possible, mais nous voulons vous faire une offre.",
            "vous",
            False,
        ),
        # a double negation, a wish, no hesitation, not yet
        ("We cannot but make you an offer.", "make you", False),
        ("No podemos sino hacerle una oferta formal.", "hacerle", False),
        ("We can't wait to make you an offer.", "make you", False),
        ("Non esitiamo a farle un'offerta.", "farle", False),
        ("Wir haben Ihnen den Arbeitsvertrag noch nicht geschickt.", "Arbeitsvertrag", False),
        # a negation without a giving verb: the contract not received; a step not taken until
        (
            "You will not receive the offer letter until references are checked.",
            "offer letter",
            False,
        ),
        ("Non abbiamo ricevuto il suo contratto firmato.", "contratto", False),
        # a turn inside the clause: "so" after the no
        ("We could not find anyone stronger so we will make you an offer.", "make you", False),
    ],
)
def test_denied_reads_the_clause(sentence: str, start: str, expected: bool) -> None:
    at = sentence.index(start)
    assert denied(sentence, at, at + len(start)) is expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "We could not but offer you the position after such an interview."),
        ("en", "There is no reason for us not to invite you to the final round."),
        ("pt", "Não há motivo para não o convidar para a entrevista final."),
    ],
)
def test_double_negation_gives_the_yes(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
    assert "undone:" in _ids(v), v.reasons
