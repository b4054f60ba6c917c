"""Issue 11, session 33 (branch gates34): the known misses session 32 named, and round 65.

Part A (known, not held out): inclusive forms the cue reading split ("einer:einem", "eine*n",
"un.e candidat.e", "un/una", "otro(a)s"), a case study or test under the level the next round
needs, an application that did not pass the first screening (it, nl, pt), and fields33's verdict
misses (de "andere Kandidat:innen weiter zu berücksichtigen", fr "au poste de T chez X n'a pas été
retenue", "ne pouvons pas retenir le vôtre", pt "não lhe podemos oferecer o estágio", nl
"Bijbaan"). Part C, round 65 (held out in bench/probes/*-65.txt): the talent pool instead of
the role, a no-show or an unconfirmed slot and the employer closing the application, a result that
does not allow going on; look-alikes: an internal appointment announced to staff, the reader's own
withdrawal confirmed, a talent-pool invitation. Sentences other than the probes'.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_gates_s31 import hr
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


def test_a_side_job_is_job_context_in_dutch() -> None:
    """A summer job's shop writes "Bijbaan" and "kom werken", no application word."""
    body = (
        "Hoi Sam,\n\nLeuk dat je bij ons wilt komen werken! Helaas hebben we al genoeg mensen "
        "gevonden voor deze zomer.\n\nGroetjes,\nBakkerij Jansen\n"
    )
    msg = mail(body, subject="Zomerbaan bakkerij", sender="Bakkerij Jansen <info@bakkerij.example>")
    verdict = classify(msg, [OWNER])
    assert verdict.is_rejection, verdict.reasons


# Round 65, in the tests' ATS job mail: (lang, sentence), each a rejection.
ROUND65_YES = [
    (
        "en",
        "Instead of moving forward with your application, we have placed your CV in our talent"
        " community for future roles.",
    ),
    (
        "de",
        "Anstatt Ihre Bewerbung weiterzuverfolgen, haben wir Sie in unseren Bewerberpool aufgenommen.",
    ),
    (
        "fr",
        "Plutôt que de donner suite à votre candidature pour ce poste, nous avons ajouté votre CV à"
        " notre base de talents.",
    ),
    (
        "es",
        "En vez de continuar con tu candidatura, hemos guardado tu CV en nuestra base de datos.",
    ),
    (
        "it",
        "Invece di procedere con la sua candidatura, abbiamo inserito il suo CV nella nostra banca dati.",
    ),
    (
        "nl",
        "In plaats van je uit te nodigen voor een gesprek, hebben we je cv in onze talentpool gezet.",
    ),
    (
        "pt",
        "Em lugar de prosseguir com a sua candidatura, guardámos o seu CV na nossa base de talentos.",
    ),
    ("de", "Weil wir keine Bestätigung von Ihnen erhalten haben, wurde Ihre Bewerbung archiviert."),
    ("es", "Como no confirmaste tu asistencia a la prueba, hemos dado de baja tu candidatura."),
    ("pt", "Como não confirmou a sua presença na entrevista, encerrámos a sua candidatura."),
    (
        "de",
        "Die Auswertung Ihres Tests ermöglicht es uns daher nicht, Ihre Bewerbung weiterzuverfolgen.",
    ),
    (
        "nl",
        "Het resultaat van de assessment maakt het ons niet mogelijk om je sollicitatie verder in"
        " behandeling te nemen.",
    ),
    (
        "fr",
        "Au vu de votre profil, nous ne serons malheureusement pas en mesure de poursuivre avec vous.",
    ),
    ("pt", "Acabamos por contratar outro candidato com mais experiência em vendas."),
]

# Look-alikes in the same words, in the job mail: no rejection.
ROUND65_NO = [
    ("de", "Wie gewünscht haben wir Ihre Bewerbung zurückgezogen; wir wünschen Ihnen alles Gute."),
    (
        "en",
        "Instead of waiting for the right vacancy, join our talent community and hear about future"
        " roles first.",
    ),
    (
        "es",
        "En lugar de esperar, inscríbete en nuestra bolsa de talento y te avisaremos de nuevas vacantes.",
    ),
    ("pt", "Como pediu, retirámos a sua candidatura do processo."),
]

# An internal appointment announced by HR to its staff: (subject, sentence), no rejection.
APPOINTMENTS = [
    (
        "Org update",
        "We're delighted to announce that Tom Reed has been promoted to Engineering Manager; the"
        " role was filled internally.",
    ),
    (
        "Neuigkeiten",
        "Wir freuen uns, bekanntzugeben, dass Herr Wolf ab Mai das Controlling übernimmt; die"
        " Position wurde intern besetzt.",
    ),
    (
        "Nomination",
        "Nous sommes ravis d'annoncer que Paul Girard a été nommé responsable logistique ; le poste"
        " a été pourvu en interne.",
    ),
    (
        "Nombramiento",
        "Nos complace anunciar que Marta Gil ha sido nombrada jefa de compras; la vacante se ha"
        " cubierto internamente.",
    ),
    (
        "Nomina",
        "Abbiamo il piacere di annunciare che Luca Ferri è stato nominato responsabile IT; la"
        " posizione è stata coperta internamente.",
    ),
    (
        "Benoeming",
        "We zijn blij te melden dat Sanne Visser is benoemd tot teamleider; de vacature is intern"
        " ingevuld.",
    ),
    (
        "Nomeação",
        "Temos o gosto de anunciar que a Inês Rocha foi nomeada diretora financeira; a vaga foi"
        " preenchida internamente.",
    ),
]


IN_JOB_MAIL = [(lang, s, True) for lang, s in KNOWN_YES + ROUND65_YES] + [
    (lang, s, False) for lang, s in KNOWN_NO + ROUND65_NO
]


@pytest.mark.parametrize(("lang", "sentence", "is_no"), IN_JOB_MAIL)
def test_in_the_job_mail(lang: str, sentence: str, is_no: bool) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)


@pytest.mark.parametrize(("subject", "sentence"), APPOINTMENTS)
def test_an_internal_appointment_is_no_rejection(subject: str, sentence: str) -> None:
    """The role filled internally, said to staff about a named colleague: no one's no."""
    assert not hr(subject, sentence).is_rejection
