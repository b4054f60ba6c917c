"""Issue 11, session 33 (branch gates34): the known misses session 32 named, and round 65.

Part A (known, not held out): inclusive forms the cue reading split ("einer:einem", "eine*n",
"un.e candidat.e", "un/una", "otro(a)s"), a case study or test under the level the next round
needs, an application that did not pass the first screening (it, nl, pt), and fields33's verdict
misses (de "andere Kandidat:innen weiter zu berücksichtigen", fr "au poste de T chez X n'a pas été
retenue", "ne pouvons pas retenir le vôtre", pt "não lhe podemos oferecer o estágio", nl
"Bijbaan"). Sentences other than the probes'.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped

from agent.classify import classify

# In the tests' ATS job mail: (lang, sentence), each a rejection.
KNOWN_YES = [
    # Inclusive forms: an article's pair or mark, a plural letter after the bracket, dot forms.
    ("de", "Unsere Wahl ist auf eine*n Bewerber*in mit mehr Erfahrung gefallen."),
    ("de", "Die Wahl fiel letztlich auf eine:n Kandidat:in mit mehr Führungserfahrung."),
    ("fr", "Nous avons fait le choix d'un.e candidat.e dont le profil correspond davantage."),
    ("es", "Hemos decidido seguir adelante con otro(a)s candidato(a)s para esta vacante."),
    ("pt", "Decidimos seguir com outro(a)s candidato(a)s nesta etapa."),
    # A case study or test under the level; the first screening not passed.
    (
        "es",
        "Lamentablemente tu prueba técnica no alcanzó el nivel requerido para pasar a la"
        " siguiente fase.",
    ),
    (
        "it",
        "Purtroppo il suo elaborato non ha raggiunto il livello richiesto per la fase successiva.",
    ),
    ("it", "Purtroppo la tua candidatura non ha superato la prima valutazione dei curricula."),
    ("nl", "Helaas voldoet jouw opdracht niet aan het niveau dat we voor de volgende stap zoeken."),
    ("nl", "Helaas heeft uw cv de eerste selectie niet doorstaan."),
    ("pt", "Infelizmente o seu desafio técnico não atingiu o nível esperado para a próxima fase."),
    # fields33's verdict misses, other sentences.
    (
        "de",
        "Nach Prüfung haben wir entschieden, andere Bewerber*innen näher in Betracht zu ziehen.",
    ),
    ("pt", "Lamentamos, mas não te podemos oferecer a vaga de estágio de verão."),
]

# Look-alikes sharing the new rules' words: no rejection.
KNOWN_NO = [
    ("fr", "Nous ne pouvons que retenir le vôtre : félicitations, vous passez à l'entretien."),
    ("fr", "Votre candidature au poste de Serveur a été retenue pour un entretien."),
    ("pt", "Temos o prazer de lhe oferecer o estágio a partir de setembro."),
    ("it", "Complimenti, la sua candidatura ha superato la valutazione iniziale."),
    ("nl", "Goed nieuws: je case voldeed ruim aan de lat voor de volgende ronde."),
    ("es", "Tu caso práctico alcanzó el nivel necesario: pasas a la siguiente fase."),
    ("pt", "Caso o seu estudo de caso atinja o nível esperado, seguirá para a próxima etapa."),
    ("de", "Wir haben entschieden, Sie und andere Kandidat:innen weiter zu berücksichtigen."),
]


@pytest.mark.parametrize(("lang", "sentence"), KNOWN_YES)
def test_known_misses_read_as_rejections(lang: str, sentence: str) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection, (sentence, verdict.reasons)


@pytest.mark.parametrize(("lang", "sentence"), KNOWN_NO)
def test_their_lookalikes_stay_no(lang: str, sentence: str) -> None:
    verdict = wrapped(lang, sentence)
    assert not verdict.is_rejection, (sentence, verdict.reasons)


def test_a_side_job_is_job_context_in_dutch() -> None:
    """A summer job's shop writes "Bijbaan" and "kom werken", no application word."""
    body = (
        "Hoi Sam,\n\nLeuk dat je bij ons wilt komen werken! Helaas hebben we al genoeg mensen "
        "gevonden voor deze zomer.\n\nGroetjes,\nBakkerij Jansen\n"
    )
    msg = mail(body, subject="Zomerbaan bakkerij", sender="Bakkerij Jansen <info@bakkerij.example>")
    verdict = classify(msg, [OWNER])
    assert verdict.is_rejection, verdict.reasons
