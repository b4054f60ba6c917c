"""Issue 11, session 39 (branch recall45): round 82's kinds in pt, es and it.

Probed in bench/probes/*-{yes,no}-82.txt (our own sentences from how Gupy, Kenoby, InfoJobs,
InRecruiting and recruiters word a no, written before the fix); these cells are other sentences
of the same kinds. The reader (not the application) who does not go on to the next stages; the
follow-up as "dar andamento / sequência" with the reader's participation as its object; going on
with other candidates "of greater fit"; "não se encaixa no que buscamos"; no "aderência" with the
post; Spanish candidates "más afines"; "this time it was not possible" closing its sentence;
Italian "non siamo andati avanti con il tuo profilo". Each look-alike keeps the words and changes
what they are about.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped

from agent.classify import classify

from helpers import OWNER, mail


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "pt",
            "Comunicamos que você não continuará nas próximas fases do processo.",
            "reader-not-going-on",
        ),
        ("pt", "Não vamos dar sequência à sua participação neste processo.", "not-proceed"),
        ("pt", "A empresa decidiu dar seguimento com outras pessoas.", "process-with-others"),
        (
            "pt",
            "Decidimos prosseguir com candidatos de maior aderência ao cargo.",
            "chosen-better-fit",
        ),
        ("pt", "Seu currículo não se encaixa naquilo que procuramos.", "needs-not-matched"),
        ("pt", "Dessa vez não foi possível.", "did-not-work-out"),
        ("es", "Esta vez no fue posible.", "did-not-work-out"),
        ("pt", "Não identificamos aderência entre o seu perfil e a posição.", "no-fit-with-role"),
        ("es", "Hemos optado por candidatos más afines a la vacante.", "opto-perfil-con-mas"),
        ("it", "Purtroppo non siamo andate avanti con la tua candidatura.", "not-proceed"),
        ("it", "Stavolta non è stato possibile.", "did-not-work-out"),
    ],
)
def test_round_82_kinds_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the participation in something else than the process
        ("pt", "Não daremos continuidade à sua participação no programa de indicação."),
        # the reader among those who go on
        ("pt", "Decidimos dar sequência com você e outros dois candidatos na etapa final."),
        ("pt", "Informamos que você seguirá para as próximas etapas do processo seletivo."),
        ("pt", "O seu perfil se encaixa no que buscamos para esta vaga."),
        ("pt", "Ainda não há aderência com a vaga: o gestor revisa os perfis na segunda."),
        # "not possible" with its own complement
        ("pt", "Dessa vez não foi possível reservar a sala; a entrevista fica para sexta."),
        ("es", "En esta ocasión no fue posible grabar la llamada."),
        ("it", "Stavolta non è stato possibile registrare il colloquio."),
        ("it", "Siamo andati avanti con il tuo profilo e ti proponiamo un colloquio."),
    ],
)
def test_round_82_lookalikes_are_no_rejections(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "body"),
    [
        ("pt", "Sua reserva", "Olá,\n\nDessa vez não foi possível.\n\nAbraço,\nEquipe Hotel Sol"),
        ("es", "Tu reserva", "Hola:\n\nEn esta ocasión no fue posible.\n\nSaludos,\nHotel Sol"),
        (
            "it",
            "La tua prenotazione",
            "Ciao,\n\nStavolta non è stato possibile.\n\nSaluti,\nHotel Sole",
        ),
    ],
)
def test_not_possible_outside_job_mail_is_no_rejection(lang: str, subject: str, body: str) -> None:
    v = classify(mail(subject, body, sender="Hotel Sol <reservas@hotelsol.example>"), [OWNER])
    assert not v.is_rejection, v.reasons
