"""Issue 11, session 44 (branch denied99, round 99): the denials round 97 left.

Probed in bench/probes/{en,de,fr,es,it,nl,pt}-{yes,no}-99.txt (written before any code changed);
these cells are other sentences of the same kinds. (b) A passive says the no after the offer or
the invitation ("an offer will not be made to you", "une offre ne vous sera pas faite", "non le
verrà presentata", "não lhe será enviada"): patterns.toml ``yes_denied_passive``, read by
agent/classify/denied.py. (a) The offer, post or invitation wordings no look-alike matched ("offer
you the Store Manager post", "convoqué à l'entretien", "le offriremo un impiego"): look-alikes in the
packs, so they count as offers where nothing denies them (the no cells).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # (b) the passive's negation after the look-alike
        ("en", "A written offer will not be issued to you for the Analyst role."),
        ("en", "Sadly, an invitation to interview will not be extended to you."),
        ("fr", "Une proposition de contrat ne vous sera pas transmise."),
        ("es", "Una oferta formal no le será remitida para esta vacante."),
        ("it", "Un'offerta formale non le sarà presentata per questo ruolo."),
        ("pt", "Uma proposta formal não lhe será apresentada para esta função."),
        ("nl", "Een vast contract wordt je helaas niet aangeboden."),
        # (a) wordings no look-alike matched
        ("en", "Sadly we are no longer able to offer you the Junior Chef opening."),
        ("en", "We are not able to call you in for an interview this time."),
        ("de", "Ein Angebot für das Traineeprogramm werden wir dir nicht zukommen lassen."),
        ("de", "Wir können Ihnen den Praktikumsplatz leider nicht anbieten."),
        ("fr", "Vous ne serez pas invitée à la journée de sélection."),
        ("es", "No te ofreceremos el puesto de cajero."),
        ("es", "No te llamaremos para una segunda entrevista."),
        ("it", "Non ti offriremo un posto nel reparto vendite."),
        ("it", "Non la convocheremo al colloquio tecnico."),
        ("pt", "Não vamos convocá-la para a entrevista técnica."),
        ("nl", "We zullen je niet uitnodigen voor het eindgesprek."),
    ],
)
def test_denied99_is_the_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert "denied:" in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence", "category"),
    [
        # the passive yes, and the new look-alikes given: offers and invitations
        ("en", "A written offer will be issued to you for the Analyst role.", "offer"),
        ("en", "We can offer you the Junior Chef vacancy from May.", "offer"),
        ("fr", "Une proposition de contrat vous sera transmise demain.", "offer"),
        ("it", "Ti offriremo un posto nel reparto vendite.", "offer"),
        ("es", "Te citaremos para la entrevista técnica el lunes.", "interview_invitation"),
        ("nl", "Een vast contract wordt je binnenkort aangeboden.", "offer"),
    ],
)
def test_denied99_given_stays_the_yes(lang: str, sentence: str, category: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
    assert v.category == category, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a guard, not a miss before: a no offers a place in the talent pool (en-yes-95)
        (
            "en",
            "We will not proceed with your application, but we can offer you a place in our "
            "talent pool.",
        ),
    ],
)
def test_denied99_talent_pool_is_no_offer(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert "offer-you-the-post" not in _ids(v), v.reasons
