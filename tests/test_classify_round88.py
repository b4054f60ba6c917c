"""Issue 11, session 41 (branch gates46): three known faults of the not-a-job look-alikes and a
decision, then refusals of no job that say "your application", round 88.

The faults: nl `startup-batch` read "in deze batch" alone (a traineeship's refusal naming its
batch was sunk at -20); en `named-grant` (-8) sank job refusals that name a grant — a post paid
from one, a title with the grant's name; it `ha-scelto-un-profilo-differente` read "qualcuno"
with no role, so a dinner's cook chosen in job mail was a no. Round 88 (bench/probes/*-88.txt,
our own sentences, written before any change) found refusals of PhD and master places,
scholarships, exchanges, housing, allotments, competitions, loans, a room and an accelerator's
class read as job refusals; these cells are other sentences of the same kinds, and job refusals
sharing their words (a trainee programme, an apprenticeship, a public post) stay rejections.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

PERSON = "Morgan Reid <morgan.reid@northwind-example.com>"
GREETING = {
    "en": ("Hi Alex,\n\n", "\n\nThanks,\nMorgan"),
    "de": ("Hallo Alex,\n\n", "\n\nViele Grüße\nMorgan"),
    "es": ("Hola Alex:\n\n", "\n\nUn saludo,\nMorgan"),
    "it": ("Ciao Alex,\n\n", "\n\nCordiali saluti,\nMorgan"),
    "nl": ("Hallo Alex,\n\n", "\n\nGroeten,\nMorgan"),
    "pt": ("Olá Alex,\n\n", "\n\nAbraço,\nMorgan"),
}


def person(lang: str, subject: str, sentence: str):  # type: ignore[no-untyped-def]
    head, tail = GREETING[lang]
    return classify(parse_bytes(mail(subject, head + sentence + tail, sender=PERSON)), [OWNER])


def _ids(v) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.split('"')[0].split()[-1].rsplit(".", 1)[-1] for r in v.reasons if '"' in r}


# Fault 1: nl "in deze batch" is a startup's batch only beside a startup's word.
@pytest.mark.parametrize(
    ("subject", "sentence", "want"),
    [
        (
            "Traineeship 2027",
            "Bedankt voor je sollicitatie voor ons traineeship. Helaas ben je in deze batch niet "
            "geselecteerd.",
            True,
        ),
        (
            "Traineeship Finance",
            "Helaas hebben we in deze batch voor andere trainees gekozen.",
            True,
        ),
        (
            "Incubator",
            "Helaas hebben we besloten om in deze batch niet verder te gaan met jullie bedrijf.",
            False,
        ),
        (
            "Batch 12",
            "Na gesprekken met veel oprichters gaan we in deze batch helaas niet verder met je "
            "aanvraag.",
            False,
        ),
    ],
)
def test_nl_batch_bound_to_a_startup(subject: str, sentence: str, want: bool) -> None:
    v = weak("nl", subject, sentence)
    assert v.is_rejection is want, v.reasons


# Fault 2: en named-grant against job refusals that name a grant, and grant refusals.
@pytest.mark.parametrize(
    ("subject", "sentence", "want"),
    [
        (
            "Research Assistant (grant-funded)",
            "We are sorry to inform you that this grant-funded position has been filled.",
            True,
        ),
        (
            "Research Assistant",
            "This post is funded by a small grant from the Foundation. Unfortunately your "
            "application for the post has not been successful.",
            True,
        ),
        (
            "Project Coordinator",
            "The project is funded by an arts grant. After careful consideration, we have decided "
            "to offer the position to another candidate.",
            True,
        ),
        (
            "Programme Officer - Community Grants",
            "Thank you for applying. Unfortunately, you have not been shortlisted for interview.",
            True,
        ),
        (
            "Officer, Small Grants",
            "We regret to inform you that your application has not been successful on this "
            "occasion.",
            True,
        ),
        (
            "Capital Grants Programme Manager",
            "Unfortunately, on this occasion your application has not been successful.",
            True,
        ),
        (
            "Travel Grant Administrator (fixed term)",
            "Thank you for your application. Unfortunately you have not been shortlisted.",
            True,
        ),
        (
            "Community Grants Programme 2027",
            "Thank you for applying. Unfortunately your application was unsuccessful on this "
            "occasion.",
            False,
        ),
        (
            "Heritage Grant decision",
            "Unfortunately the panel decided not to support your application this time.",
            False,
        ),
        (
            "Microgrant results",
            "We're sorry to tell you that your application was not selected for a microgrant "
            "this round.",
            False,
        ),
        (
            "Creative Grant 2027",
            "Unfortunately the panel did not move your application forward to the interview stage.",
            False,
        ),
    ],
)
def test_en_named_grant_against_posts_paid_from_grants(
    subject: str, sentence: str, want: bool
) -> None:
    v = weak("en", subject, sentence)
    assert v.is_rejection is want, v.reasons


# Fault 3: it "qualcuno" / "una persona" chosen, bound to the hire (ha-scelto-un-profilo-differente,
# and scelto-candidat-con-maggiore, which read "una persona con più" the same way).
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Per la cena abbiamo scelto qualcuno con più esperienza in cucina. A venerdì!", False),
        ("Per il rinfresco abbiamo scelto qualcuno più esperto di catering.", False),
        ("Per la cena abbiamo scelto una persona con più esperienza in cucina.", False),
        ("Abbiamo scelto una persona che risponde meglio ai requisiti della posizione.", True),
        ("Purtroppo abbiamo scelto qualcuno con più esperienza.", True),
        ("Abbiamo scelto qualcuno con più esperienza per il ruolo di analista.", True),
        (
            "Il suo curriculum era molto buono, ma il team ha scelto qualcuno con più esperienza "
            "diretta.",
            True,
        ),
        (
            "Siamo spiacenti, ma abbiamo scelto una persona con maggiore esperienza nel settore.",
            True,
        ),
    ],
)
def test_it_someone_chosen_is_bound_to_the_hire(sentence: str, want: bool) -> None:
    v = wrapped("it", sentence)
    assert v.is_rejection is want, v.reasons


# Round 88's kinds: the thing refused named by its own words, the refusal "your application".
NO_JOB = [
    (
        "en",
        "Summer school 2027 results",
        "Thank you for your application. Unfortunately the number of applications far exceeded "
        "the places available this year.",
    ),
    (
        "en",
        "Your housing application",
        "We regret that your application for university accommodation has been unsuccessful.",
    ),
    (
        "en",
        "Personal loan",
        "Thank you for your application. We are unable to offer you a loan on this occasion.",
    ),
    (
        "en",
        "Poetry prize",
        "Thank you for your entry. Unfortunately your application was not shortlisted.",
    ),
    (
        "de",
        "Graduiertenkolleg 2027",
        "Leider können wir Ihre Bewerbung um Aufnahme in das Graduiertenkolleg nicht "
        "berücksichtigen.",
    ),
    (
        "de",
        "Schreibwettbewerb",
        "Leider wurde Ihre Bewerbung nicht für die Endrunde ausgewählt.",
    ),
    (
        "de",
        "Auslandssemester Kanada",
        "Leider müssen wir dir mitteilen, dass deine Bewerbung nicht berücksichtigt werden konnte.",
    ),
    (
        "it",
        "Scambio studentesco 2027",
        "Ci dispiace, la tua candidatura non è stata accettata.",
    ),
    (
        "it",
        "Residenze",
        "La sua candidatura per un posto alloggio non è stata accolta.",
    ),
    (
        "es",
        "Programa de intercambio",
        "Lamentamos comunicarte que tu solicitud no ha sido aceptada.",
    ),
    (
        "es",
        "Convocatoria de residencias 2027",
        "Su solicitud no ha sido seleccionada.",
    ),
    (
        "pt",
        "Curso de especialização",
        "A sua candidatura ao curso não foi aceite, pois as vagas estão preenchidas.",
    ),
    (
        "pt",
        "Alojamento estudantil",
        "Lamentamos, a sua candidatura a alojamento não foi aceite.",
    ),
    (
        "pt",
        "Apoios 2027",
        "Informamos que a sua candidatura ao apoio não foi aprovada por falta de dotação "
        "orçamental.",
    ),
]

# Job refusals sharing those words.
JOB_REFUSALS = [
    (
        "de",
        "Sachbearbeiter Stipendienverwaltung (m/w/d)",
        "Vielen Dank für Ihre Bewerbung. Leider haben wir uns für einen anderen Bewerber "
        "entschieden.",
    ),
    (
        "de",
        "Referent/in Stipendienprogramm",
        "Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu "
        "verfolgen.",
    ),
    (
        "de",
        "Werkstudent Vertrieb",
        "Leider können wir Ihnen die Werkstudenten-Stelle nicht anbieten.",
    ),
    (
        "de",
        "Duales Studium Informatik",
        "Leider können wir Ihnen keinen Platz im dualen Studium bei uns anbieten.",
    ),
    (
        "it",
        "Procedura selettiva",
        "La informiamo che la sua domanda per il posto di istruttore non è stata accolta.",
    ),
    (
        "es",
        "Oposiciones - Técnico de Hacienda",
        "Lamentamos comunicarle que no ha superado el segundo ejercicio.",
    ),
    (
        "es",
        "Contrato predoctoral",
        "Le informamos de que hemos ofrecido el contrato a otro candidato.",
    ),
    (
        "es",
        "Programa de Trainees",
        "Gracias por tu solicitud para nuestro programa de trainees. Lamentablemente no "
        "seguiremos con tu candidatura.",
    ),
    (
        "pt",
        "Programa de Trainees",
        "Agradecemos a sua candidatura ao nosso programa de trainees. Infelizmente, não vamos "
        "avançar com a sua candidatura.",
    ),
    (
        "nl",
        "Stageplek marketing",
        "Bedankt voor je sollicitatie. Helaas hebben we de stageplek aan iemand anders gegeven.",
    ),
    (
        "nl",
        "Functie beleidsmedewerker",
        "Helaas moeten wij u laten weten dat u niet door bent naar de volgende ronde.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "want"),
    [(*c, False) for c in NO_JOB] + [(*c, True) for c in JOB_REFUSALS],
)
def test_round88_what_the_refusal_is_about(
    lang: str, subject: str, sentence: str, want: bool
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is want, v.reasons


# A person's short mail: a room, a residency's artists, an accelerator's class; and a person's
# no to an apprentice.
@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "want"),
    [
        (
            "en",
            "Re: flat share",
            "Thanks so much for your application for the spare room, but we've gone with "
            "someone else.",
            False,
        ),
        (
            "en",
            "Re: open call",
            "Sorry, the panel chose other artists this time. Your application was lovely though.",
            False,
        ),
        (
            "es",
            "Re: habitación",
            "Gracias por tu interés en la habitación, pero hemos elegido a otra persona.",
            False,
        ),
        (
            "pt",
            "Re: turma de outubro",
            "Infelizmente vocês não foram selecionados para esta turma.",
            False,
        ),
        (
            "it",
            "Re: colloquio",
            "Grazie per il colloquio per il posto da apprendista. Purtroppo abbiamo scelto "
            "un'altra ragazza.",
            True,
        ),
        (
            "es",
            "Re: entrevista",
            "Gracias por venir a la entrevista. Al final hemos elegido a otra chica para el puesto "
            "de camarera.",
            True,
        ),
    ],
)
def test_round88_a_persons_mail(lang: str, subject: str, sentence: str, want: bool) -> None:
    v = person(lang, subject, sentence)
    assert v.is_rejection is want, v.reasons
