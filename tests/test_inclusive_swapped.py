"""Swapped gender endings ("outro(a) candidato(a)", "candidato/a", "candidati/e"): the decision
rules read the first form, on both paths (session 31, issue 11)."""

from __future__ import annotations

import pytest

from agent.classify import classify, prefilter
from agent.classify.inclusive import SWAPPED, first_forms, swapped, unmark, written_at
from agent.mail.parse import parse_bytes

from helpers import mail

SENDER = "Equipe de Recrutamento <vagas@acme-robotics.com.br>"


def _job_mail(subject: str, sentence: str) -> bytes:
    return mail(
        subject,
        f"Olá Alex,\n\nObrigado pelo seu interesse na Acme.\n\n{sentence}\n\nAtenciosamente,\n"
        "Equipe de Recrutamento Acme\n",
        sender=SENDER,
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "Decidimos seguir com outro(a) candidato(a) para esta vaga. Obrigado(a)!",
            "Decidimos seguir com outro candidato para esta vaga.       Obrigado!   ",
        ),
        ("com outro/a candidato/a\nAtt. Fim", "com outro candidato\nAtt.     Fim"),
        ("com outro/a candidato/a\n\nAtt", "com outro candidato    \n\nAtt"),
        ("os(as) selecionados(as);", "os selecionados;        "),
        ("con altri/e candidati/e per", "con altri candidati per    "),
        ("Sr(a). Silva", "Sr.    Silva"),
        # session 33: a plural letter after the bracket, article pairs and marks, dot forms
        ("con otro(a)s candidato(a)s.", "con otro candidato.        "),
        ("mit einer:einem internen", "mit einer internen      "),
        ("auf eine*n Kandidaten.", "auf eine Kandidaten.  "),
        ("scelto un/una candidata", "scelto un candidata    "),
        ("d'un.e candidat.e retenu.e.s.", "d'un candidat retenu.        "),
    ],
)
def test_a_swapped_ending_reads_as_its_first_form(written: str, read: str) -> None:
    """The words move up to the first form; what they free is at the sentence's end. Each
    position of the reading maps back to the written text (the frames quote it)."""
    assert swapped(written)
    assert unmark(written) == first_forms(written) == read
    assert len(unmark(written)) == len(written)
    for i, c in enumerate(read):
        if c != " ":
            assert written[written_at(written, i)] == c


def test_a_span_ending_at_a_first_form_quotes_the_word_as_written() -> None:
    """A rule's "candidat\\w*" ends before the ending in the written text: so does the quote."""
    written = "Seguimos com outro(a) candidato(a) x."
    read = first_forms(written)
    end = read.index("candidato") + len("candidato")
    assert written[written_at(written, 0) : written_at(written, end, end=True)] == (
        "Seguimos com outro(a) candidato"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Preencha e/ou envie até 12/05, and/or call (m/w/d), N/A, Itaú S/A, y/o, e/o, he/she",
        "https://acme.com.br/vagas/a e www.acme.com/produto/a, /casa/a/b, careers/apply",
        "Bewerber/in, Java/AWS, data/AI, und/oder, der/die/das, www.acme.es, z.B. i.e.",
    ],
)
def test_a_slash_between_words_is_no_swapped_ending(text: str) -> None:
    """Only a whole word's ending: not a path, a date, an abbreviation or "and/or"."""
    assert SWAPPED.search(text) is None, SWAPPED.search(text)
    assert not swapped(text)
    assert unmark(text) == text


REJECTIONS = [
    "Decidimos seguir com outro(a) candidato(a) para esta vaga.",
    "Resolvemos prosseguir com outro/a candidato/a nesta etapa.",
    "Optamos por seguir com outros(as) candidatos(as) cujo perfil está mais alinhado à vaga.",
    "Infelizmente, o(a) senhor(a) não foi aprovado(a) nesta etapa do processo.",
]


@pytest.mark.parametrize("sentence", REJECTIONS)
def test_a_swapped_ending_is_read_on_both_paths(sentence: str) -> None:
    """The full path finds the decision, and the cheap path passes the mail on to it:
    its one-pass database stands in for a swapped ending as for an added gender mark."""
    raw = _job_mail("Sua candidatura para Analista de Dados", sentence)
    assert classify(parse_bytes(raw)).is_rejection
    seen = prefilter.glance(raw)
    assert seen is None or seen.candidate, seen.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Parabéns, você foi aprovado(a) para a próxima etapa do processo seletivo.",
        "Caro(a) candidato(a), gostaríamos de convidá-lo(a) para uma entrevista.",
        "Decidimos seguir com você, candidato(a), para a fase final do processo.",
    ],
)
def test_a_swapped_ending_makes_no_rejection_of_a_yes(sentence: str) -> None:
    raw = _job_mail("Sua candidatura para Analista de Dados", sentence)
    assert not classify(parse_bytes(raw)).is_rejection


@pytest.mark.parametrize(
    ("body", "marked"),
    [
        ("Decidimos seguir com outro(a) candidato(a) para esta vaga.", True),
        ("Resolvemos prosseguir com outro/a candidato/a nesta etapa.", True),
        ("Abbiamo scelto di procedere con altri/e candidati/e.", True),
        ("Preencha e/ou envie até 12/05: acme.com/careers/apply (m/w/d), N/A.", False),
    ],
)
def test_the_cheap_paths_decision_pass_stands_in_for_a_swapped_ending(
    body: str, marked: bool
) -> None:
    """Over the text as written no cue matches "outro(a) candidato(a)": the one-pass database
    says "a gender mark, any cue may match" (then a second pass reads the cue reading), and
    not for a slash between words, which would cost ordinary mail that second pass."""
    gate = prefilter._gate()
    assert gate.decision_scan.get(wait=True) is not None
    passed = prefilter._decisions_in_one_pass(gate, "Sua candidatura", body)
    assert passed is not None
    assert (len(gate.anchors.patterns) in passed) is marked
    if marked:
        assert prefilter._exactly_read(gate, passed, "Sua candidatura", body)
