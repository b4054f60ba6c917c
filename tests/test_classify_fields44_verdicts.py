"""Issue 11, session 40 (lead): verdict misses of fields44's held-out fields files, as kinds.

fields-fr-34, -pt-26 and -es-30 were written before any change and scored on main; four of their
refusals were not read as refusals at all. Three are wordings the packs almost knew: the
application as "celle-ci" after "informer que" (the rule took "qu'elle"), an application "ao
procedimento concursal para T" that "não foi admitida" (the rule took "para" and no admission),
and a post filled "con otro candidato" after "decidido cubrir la plaza". The fourth ("Decidimos
seguir com outra pessoa, mas se tiver dúvidas ...") was read, then taken as hypothetical: pt's
conditional marker matched "mas se" whole, so the conjunction that opens the next clause was no
clause break between the decision and the "se". Each look-alike keeps the words and changes what
they are about.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "fr",
            "Après examen de votre dossier, nous avons le regret de vous informer que celle-ci "
            "n'a pas été retenue pour le poste de technicien.",
            "informer-qu-elle-n-a-pas",
        ),
        (
            "pt",
            "Lamentamos, mas a sua candidatura ao concurso interno para Técnico Superior não foi "
            "admitida.",
            "a-sua-candidatura-para-nao-foi",
        ),
        (
            "es",
            "Tras las entrevistas, la dirección ha decidido cubrir la vacante de auxiliar con otra "
            "candidata.",
            "cubrir-la-plaza-con-otro",
        ),
    ],
)
def test_fields44_verdict_misses_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Nous tenons à vous informer que celle-ci a bien été reçue et sera étudiée sous "
            "quinze jours.",
        ),
        ("es", "Hemos decidido cubrir la plaza con un proceso abierto; te esperamos el lunes."),
    ],
)
def test_their_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


def test_a_condition_in_the_next_clause_leaves_the_decision_alone() -> None:
    v = wrapped(
        "pt",
        "Decidimos seguir com outro candidato, mas se tiver dúvidas pode me responder diretamente.",
    )
    assert v.is_rejection, v.reasons
    still = wrapped(
        "pt", "Decidimos seguir com outro candidato só se você não responder até sexta."
    )
    assert not still.is_rejection, still.reasons
