"""Issue 11, session 42 (branch recall47): round 89 — how Italian, Portuguese (pt-BR and pt-PT) and
Spanish (Spain and Latin America) say no, as families, not letters.

Probed in bench/probes/{it,pt,es}-{yes,no}-89.txt (written before the packs were read or changed;
main then it 52/60, pt 49/59, es 52/58 yes and it 31/32, pt 31/31, es 31/31 no). The rules the round
added or widened are families of the language (a verb family, by the application or the reader as
object, by a negated or closed outcome), each with its look-alikes. These cells are other sentences of
the same kinds, none a probe line: every rejection below is misread on main, and the look-alikes
marked so are misread on main too; the others keep a new rule's words and change what they are
about (a positive outcome, a condition, a hire, an idiom's negation, a question, an ad).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_classify_round85 import person  # a person's short mail, bench/probe's ``person``

from agent.classify import Verdict


def verdict(lang: str, subject: str, sentence: str) -> Verdict:
    """A person's mail under ``subject``, or (no subject) the job mail of an ATS."""
    return person(lang, subject, sentence) if subject else wrapped(lang, sentence)


YES = [
    # pt: the verb family (aproveitar, convocar, encaixar), "nao" without its tilde, the reader as "contigo"
    (
        "pt",
        "",
        "Após análise, não vamos aproveitar o seu currículo para esta oportunidade.",
        "pt.not-proceed",
    ),
    ("pt", "", "Infelizmente nao iremos seguir com a sua candidatura.", "pt.not-proceed"),
    ("pt", "", "Não conseguimos encaixar o seu perfil nas vagas atuais.", "pt.not-proceed"),
    ("pt", "", "Nesta fase não vamos evoluir contigo.", "pt.not-proceed"),
    # pt: "seu perfil" / the CV as subject, the future and the participles of the family
    ("pt", "", "O seu currículo não será aproveitado neste processo.", "pt.not-selected"),
    # pt: the whole paradigm of going on, a title between
    (
        "pt",
        "",
        "Sua candidatura para a vaga de Analista na Acme não teve êxito.",
        "pt.application-not-continuing",
    ),
    ("pt", "", "Você não avançou nesta seleção.", "pt.reader-not-going-on"),
    # pt: a closed post, a long relative clause; the employer closing it
    (
        "pt",
        "",
        "A vaga à qual você se candidatou pelo nosso site foi encerrada.",
        "pt.position-filled",  # session 44 (jobnaj44) widened the frame's gap: it reads it first
    ),
    ("pt", "", "A empresa cancelou a vaga por falta de orçamento.", "employer-closed-the-post"),
    (
        "pt",
        "",
        "Esse processo foi finalizado com a contratação de outra candidata.",
        "closed-with-another",
    ),
    ("pt", "", "O resultado do seu teste não foi favorável.", "outcome-not-favourable"),
    (
        "pt",
        "",
        "Desta vez não rolou, mas continue acompanhando nossas vagas.",
        "pt.did-not-work-out",
    ),
    ("pt", "", "A empresa decidiu por outra candidata.", "pt.other-candidates"),
    # pt: a person's own short no
    (
        "pt",
        "Re: estágio",
        "Oi! Não estamos contratando estagiários este ano, desculpa.",
        "not-hiring-now",
    ),
    (
        "pt",
        "Re: entrevista",
        "Já selecionamos uma candidata, mas obrigado pelo tempo.",
        "already-hired",
    ),
    (
        "pt",
        "Re: entrevista",
        "Infelizmente não será possível te contratar neste momento.",
        "will-not-hire",
    ),
    (
        "pt",
        "Re: processo",
        "Você não tem o perfil da vaga, mas agradeço o interesse.",
        "lack-the-profile",
    ),
    ("pt", "Re: vaga", "Não temos vaga para você por enquanto, boa sorte!", "no-opening-for-you"),
    # es: the paradigm of going on, the reader as "vos", a closed process, an outcome
    (
        "es",
        "",
        "Tu postulación para el puesto de Analista en Acme no avanzó.",
        "es.application-not-continuing",
    ),
    ("es", "", "Esta vez no avanzamos con vos.", "es.not-proceed"),
    ("es", "", "El proceso concluyó con la selección de otro candidato.", "closed-with-another"),
    ("es", "", "El resultado de tu entrevista no ha sido favorable.", "outcome-not-favourable"),
    ("es", "", "Hemos cogido a otra persona para el puesto.", "es.other-candidates"),
    (
        "es",
        "",
        "Seleccionamos a una profesional con una trayectoria más cercana al puesto.",
        "es.found-better-fit",
    ),
    ("es", "", "No vamos a poder ofrecerle el puesto.", "no-podemos-ofrecerle-el-puesto"),
    ("es", "", "Hemos congelado la vacante hasta el año que viene.", "employer-closed-the-post"),
    ("es", "", "La vacante se canceló la semana pasada.", "es.position-filled"),
    # es: a person's own short no
    (
        "es",
        "Re: prácticas",
        "Este año no estamos contratando becarios, lo siento.",
        "not-hiring-anyone",
    ),
    (
        "es",
        "Re: entrevista",
        "Ya hemos contratado a una candidata, gracias por venir.",
        "already-hired",
    ),
    ("es", "Re: tu CV", "No podemos contratarte ahora mismo, lo siento.", "will-not-hire-you"),
    (
        "es",
        "Re: entrevista",
        "No tienes el perfil que buscamos para este puesto.",
        "lack-the-profile",
    ),
    ("es", "Re: entrevista", "Buscamos a alguien más joven, lo siento.", "someone-with-a-trait"),
    # it: "avanzare" in the family, the accent left out, a closed process
    ("it", "", "Abbiamo deciso di non avanzare con il tuo profilo.", "it.not-proceed"),
    ("it", "", "La tua candidatura non e stata accolta.", "it.not-selected"),
    ("it", "", "La posizione e stata gia coperta.", "it.position-filled"),
    ("it", "", "Il processo è terminato con la scelta di un altro profilo.", "closed-with-another"),
    ("it", "", "Abbiamo continuato con altri profili.", "it.other-candidates"),
    ("it", "", "Sei troppo qualificato per il ruolo che offriamo.", "it.overqualified"),
    # it: a person's own short no
    ("it", "Re: stage", "Quest'anno non prendiamo tirocinanti, mi dispiace.", "not-hiring-anyone"),
    ("it", "Re: colloquio", "Abbiamo già assunto una candidata, grazie comunque.", "already-hired"),
    (
        "it",
        "Re: colloquio",
        "Per il momento non procediamo, grazie comunque.",
        "not-proceeding-now",
    ),
    ("it", "Re: colloquio", "Non possiamo assumerti in questo periodo.", "will-not-hire-you"),
    (
        "it",
        "Re: colloquio",
        "Alla fine non ti abbiamo preso, mi dispiace.",
        "we-did-not-choose-you",
    ),
    ("it", "Re: candidatura", "Il tuo profilo non fa al caso nostro.", "not-right-for-us"),
]


@pytest.mark.parametrize(("lang", "subject", "sentence", "rule"), YES)
def test_round_89_families_are_read(lang: str, subject: str, sentence: str, rule: str) -> None:
    v = verdict(lang, subject, sentence)
    assert v.is_rejection, v.reasons
    assert rule in " ".join(v.reasons), v.reasons


NO = [
    # An idiom's negation before the verb family (misread on main, as the es one below)
    ("it", "", "Non vediamo l'ora di procedere con la tua candidatura."),
    ("it", "", "Non appena procederemo con la tua candidatura ti scriveremo."),
    # A condition of the contract, not a no (misread on main)
    (
        "it",
        "",
        "Non assumiamo personale senza partita IVA: ti chiediamo di aprirla prima di iniziare.",
    ),
    ("es", "", "No dudes en continuar con tu candidatura desde el portal."),
    # The new rules' words about something else
    ("pt", "", "Não hesite em nos chamar se quiser seguir com a sua candidatura."),
    ("pt", "", "Não precisa manter o seu currículo atualizado, nós fazemos isso."),
    (
        "pt",
        "",
        "Não podemos aceitar sua candidatura sem o currículo anexado; por favor, envie novamente.",
    ),
    ("pt", "Re: proposta", "Fechamos a vaga com você! Bem-vindo ao time."),
    ("pt", "Re: contrato", "Você não foi contratado ainda: falta assinar o contrato."),
    ("pt", "", "Procuramos alguém mais experiente para liderar o time: requisitos abaixo."),
    ("es", "Re: propuesta", "Cerramos la vacante contigo: ¡bienvenido al equipo!"),
    (
        "es",
        "",
        "Te informamos que se cerró la vacante para el puesto de ayudante. Ya puedes comenzar con la "
        "etapa de selección.",
    ),
    ("es", "", "Ya hemos encontrado a la persona que te hará la entrevista."),
    (
        "es",
        "Re: entrevista",
        "No te vamos a contratar sin una entrevista previa, así que te esperamos el lunes.",
    ),
    ("es", "Re: entrevista", "¿Por qué no te contratamos antes?"),
    ("it", "Re: colloquio", "Non ti abbiamo scelto a caso: il tuo profilo è ottimo!"),
    ("it", "", "Cerchiamo qualcuno più senior per guidare il team: requisiti qui sotto."),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), NO)
def test_round_89_look_alikes_stay_no(lang: str, subject: str, sentence: str) -> None:
    v = verdict(lang, subject, sentence)
    assert not v.is_rejection, v.reasons
