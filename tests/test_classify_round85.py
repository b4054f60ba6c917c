"""Issue 11, session 40 (branch recall47): round 85's kinds in Spanish, Portuguese and Italian — a
hiring manager's or an agency's own short no, a job portal's status, a refusal after a test; and a
missing document asked for after a no, which is no decision.

Probed in bench/probes/{es,pt,it}-{yes,no}-85.txt (written before the packs were read for it; main
then es 36/47, pt 38/44, it 34/43 yes and es 27/29, pt 26/28, it 25/28 no). These cells are other
sentences of the same kinds, each for one rule or word list the round added or widened; every
rejection below, and the look-alikes marked so, are misread on main. The other look-alikes keep a new
rule's words and change what they are about (a pause with its end, a condition, a supplier, a
negation): they guard the new rules' edges. Pass 2 (written after pass 1's fixes): other countries'
and an agency's turns.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import Verdict, classify

HEAD_TAIL = {
    "es": ("Hola Alex:\n\n", "\n\nUn saludo,\nMorgan"),
    "pt": ("Olá Alex,\n\n", "\n\nAbraço,\nMorgan"),
    "it": ("Ciao Alex,\n\n", "\n\nCordiali saluti,\nMorgan"),
}


def person(lang: str, subject: str, sentence: str) -> Verdict:
    """A person's short mail from a company address (bench/probe's ``person``)."""
    head, tail = HEAD_TAIL[lang]
    sender = "Morgan Reid <morgan.reid@northwind-example.com>"
    return classify(mail(head + sentence + tail, subject=subject, sender=sender), [OWNER])


def verdict(lang: str, wrap: str, subject: str, sentence: str) -> Verdict:
    if wrap == "person":
        return person(lang, subject, sentence)
    if wrap == "weak":
        return weak(lang, subject, sentence)
    return wrapped(lang, sentence)


YES = [
    # es: a hire from inside, the personal "a" naming a person (patterns.toml decision_object)
    (
        "es",
        "person",
        "Re: Analista de datos",
        "Al final hemos promocionado a una persona de dentro de la empresa para cubrir la vacante.",
        "hired-someone-from-inside",
    ),
    (
        "es",
        "job",
        "",
        "Lamentablemente hemos paralizado la contratación de este perfil por motivos de presupuesto.",
        "hiring-frozen-perfect",
    ),
    (
        "es",
        "person",
        "Proceso Analista",
        "Tras hablarlo con el cliente, no vamos a presentar su candidatura para esta vacante.",
        "not-putting-your-application-forward",
    ),
    (
        "es",
        "job",
        "",
        "El puesto de recepcionista se lo hemos ofrecido a otra persona.",
        "post-given-to-another-doubled",
    ),
    (
        "es",
        "job",
        "",
        "Hemos corregido el ejercicio que realizaste y no alcanza el nivel mínimo exigido.",
        "assessment-below-the-level",
    ),
    # es: "la posición" names a post, "otra candidata" is weak job context
    (
        "es",
        "person",
        "Seguimiento",
        "Te escribo para decirte que finalmente hemos seleccionado a otra candidata para la posición.",
        "",
    ),
    (
        "es",
        "person",
        "Re: proceso",
        "El cliente ha decidido no entrevistarte esta vez.",
        "decidido-no-seleccionar",
    ),
    # pt
    (
        "pt",
        "person",
        "Retorno",
        "A consultoria me avisou que o cliente decidiu não te convocar para a entrevista com o gestor.",
        "decided-not-to-call-you-in",
    ),
    (
        "pt",
        "job",
        "",
        "Já fechamos com uma outra candidata, obrigado pelo seu tempo.",
        "closed-with-someone-else",
    ),
    (
        "pt",
        "weak",
        "Atualização da sua candidatura",
        "A Acme encerrou o seu processo para a vaga de Analista.",
        "encerrar-seu-processo",
    ),
    (
        "pt",
        "person",
        "Atualização",
        "O gestor não deu andamento à sua candidatura.",
        "not-proceed",
    ),
    (
        "pt",
        "person",
        "Re: Analista",
        "O cliente escolheu alguém com mais experiência em logística.",
        "optamos-candidat-com-maior",
    ),
    (
        "pt",
        "person",
        "Processo Analista",
        "Infelizmente a empresa optou por um outro candidato.",
        "",
    ),
    # it
    (
        "it",
        "job",
        "",
        "Purtroppo non accederai alla fase successiva della selezione.",
        "you-do-not-go-to-next-step",
    ),
    (
        "it",
        "job",
        "",
        "Purtroppo non possiamo averla con noi per questo ruolo.",
        "cannot-have-you-with-us",
    ),
    (
        "it",
        "person",
        "Re: selezione",
        "Il cliente si è orientato verso un'altra candidata.",
        "oriented-on-profiles",
    ),
    (
        "it",
        "person",
        "Aggiornamento",
        "Abbiamo assunto internamente per questa posizione.",
        "filled-internally",
    ),
    (
        "it",
        "weak",
        "Esito selezione",
        "L'esito del colloquio per il ruolo di Magazziniere è negativo.",
        "riscontro-e-negativo",
    ),
    (
        "it",
        "weak",
        "Aggiornamento candidatura",
        "La tua candidatura per l'annuncio Addetto vendite Milano è stata respinta.",
        "candidatura-e-stata-respinta",
    ),
    # pass 2
    (
        "es",
        "person",
        "Re: entrevista",
        "Siento decirte que ya no vas a seguir en el proceso de selección del puesto.",
        "not-going-to-go-on-periphrastic",
    ),
    (
        "es",
        "person",
        "Re: proceso",
        "Al final la empresa escogió a otro candidato para la vacante.",
        "preferido-otro-candidat",
    ),
    (
        "pt",
        "person",
        "Re: vaga no cliente",
        "A empresa acabou contratando uma pessoa interna.",
        "ended-up-choosing-another-gerund",
    ),
    (
        "it",
        "person",
        "Aggiornamento selezione",
        "Il cliente ha scelto di procedere con una figura con maggiore esperienza.",
        "went-on-with-another-level",
    ),
    (
        "it",
        "person",
        "Re: selezione",
        "L'azienda ha deciso di non convocarti per il colloquio finale.",
        "decided-not-to-meet-you",
    ),
]


@pytest.mark.parametrize(("lang", "wrap", "subject", "sentence", "rule"), YES)
def test_round_85_kinds_are_rejections(
    lang: str, wrap: str, subject: str, sentence: str, rule: str
) -> None:
    v = verdict(lang, wrap, subject, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


NO = [
    # A missing document asked for after the no (misread on main)
    (
        "es",
        "person",
        "Re: tu candidatura",
        "No podemos seguir con tu candidatura porque falta tu carta de motivación: ¿puedes enviarla hoy?",
    ),
    (
        "pt",
        "person",
        "Re: sua candidatura",
        "Não conseguimos seguir com o seu processo pois faltou o certificado. Consegue nos mandar até sexta?",
    ),
    (
        "it",
        "person",
        "Re: la tua candidatura",
        "Non possiamo procedere con la tua candidatura perché mancava il certificato: riesci a inviarlo oggi?",
    ),
    # The application still live after a pause (misread on main)
    (
        "it",
        "person",
        "Re: selezione",
        "Il cliente ha sospeso la selezione per una settimana, ma la sua candidatura rimane valida.",
    ),
    # A new rule's words about something else (read as no on main too: the new rules' edges)
    ("es", "job", "", "Hemos suspendido el proceso durante dos semanas por vacaciones."),
    ("es", "job", "", "No presentaremos tu candidatura hasta que nos confirmes tu disponibilidad."),
    ("pt", "person", "Re: evento", "Fechamos com outro fornecedor para o evento de sexta."),
    ("pt", "job", "", "Não fechamos com outro candidato: a vaga continua aberta para você."),
    (
        "it",
        "job",
        "",
        "Se supererai il test, potrai accedere alla fase successiva della selezione.",
    ),
    (
        "it",
        "person",
        "Re: la tua candidatura",
        "Non possiamo proseguire con la tua candidatura fino a quando non riceviamo il modulo firmato.",
    ),
    # pass 2: one post filled, another one named by its place still open (misread on main)
    (
        "es",
        "job",
        "",
        "El puesto de Sevilla ya está cubierto, pero el de Málaga sigue abierto y encajas en él.",
    ),
    (
        "it",
        "job",
        "",
        "La posizione di Roma è stata coperta, ma quella di Napoli resta aperta per te.",
    ),
]


@pytest.mark.parametrize(("lang", "wrap", "subject", "sentence"), NO)
def test_round_85_look_alikes_stay_no(lang: str, wrap: str, subject: str, sentence: str) -> None:
    v = verdict(lang, wrap, subject, sentence)
    assert not v.is_rejection, v.reasons
