"""Issue 11, session 43 (branch recall49): round 92's kinds in es and pt.

Probed in bench/probes/{es,pt}-{yes,no}-92.txt (written from the languages before any rule was
changed); these cells are other sentences of the same kinds: the writer's judgement that the
reader's profile is not the right one; the impersonal "no se ha considerado su perfil"; not being
able to hire the reader ("no vamos a poder contratarte", "não vamos poder contratá-la"); the
future "não contaremos com você"; the reader not among the finalists; another person the subject
of the passive choice; pt-BR "ficar com outro candidato"; "nao" typed without its tilde. Each
look-alike keeps the words and changes what they are about.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "es",
            "Tras la entrevista, entendemos que su experiencia no es la más idónea para el cargo.",
            "judged-profile-not-right",
        ),
        (
            "pt",
            "Após a entrevista, entendemos que o seu currículo não está alinhado o suficiente.",
            "judged-profile-not-right",
        ),
        (
            "es",
            "Lamentablemente no se ha tenido en cuenta su perfil para esta vacante.",
            "impersonal-not-considered",
        ),
        (
            "es",
            "Por ahora no la vamos a poder incorporar al equipo.",
            "will-not-be-able-to-hire-you",
        ),
        (
            "pt",
            "Infelizmente não iremos poder contratá-la para o cargo.",
            "will-not-be-able-to-hire-you",
        ),
        ("pt", "Para esta vaga não contaremos consigo.", "will-not-count-on-you"),
        ("es", "Lamentablemente no has quedado como finalista del proceso.", "not-among-finalists"),
        (
            "es",
            "Tu perfil no quedó entre los seleccionados para la entrevista final.",
            "not-among-finalists",
        ),
        ("pt", "Infelizmente, seu perfil não entrou na lista final.", "not-among-finalists"),
        (
            "pt",
            "Uma outra candidata já foi escolhida para o cargo de analista.",
            "another-was-chosen-passive",
        ),
        ("pt", "A gerência decidiu ficar com outra pessoa para a vaga.", "stayed-with-another"),
        ("pt", "Infelizmente voce nao foi escolhida nesta etapa.", "not-selected-pro-drop"),
    ],
)
def test_round_92_kinds_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "Han decidido no seguir con la suscripción al software de reclutamiento."),
        ("es", "Hemos decidido no continuar con el proveedor de nóminas."),
        ("pt", "Resolvemos não seguir com o fornecedor de exames admissionais."),
        ("pt", "Optamos por não continuar com o atual prestador de benefícios."),
    ],
)
def test_supplier_not_continued_is_no_rejection(lang: str, sentence: str) -> None:
    """es-no-92 / pt-no-92: "decided not to go on" with a supplier or a service after "con"."""
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "Hemos decidido no seguir con tu candidatura."),
        ("pt", "Decidimos não continuar com o seu perfil."),
    ],
)
def test_not_continued_with_the_reader_still_a_rejection(lang: str, sentence: str) -> None:
    assert wrapped(lang, sentence).is_rejection


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the judgement turned into a question or a good one
        ("es", "¿Consideramos que tu perfil no es el adecuado? Al contrario, queremos conocerte."),
        ("pt", "Consideramos que o seu perfil é o mais adequado para a função."),
        # "not yet" considered, a question on hiring, the reader among the finalists
        ("es", "Aún no se ha considerado tu candidatura; la revisaremos la semana próxima."),
        ("pt", "Não vamos poder contratá-lo como PJ? Precisamos confirmar com o jurídico."),
        ("es", "Ya has resultado finalista: te escribiremos para la última entrevista."),
        ("pt", "Você ficou entre os finalistas e será chamado para a entrevista final."),
        # another person to be chosen later; a supplier kept
        ("pt", "Outro candidato será selecionado para a vaga se você recusar a proposta."),
        ("pt", "Ficamos com outro fornecedor para o coffee break da entrevista."),
    ],
)
def test_round_92_lookalikes_are_no_rejections(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
