"""Issue 11, session 37 (branch gates41): round 74 (held out in bench/probes/*-{no,yes}-74.txt).

Refusals that are not about a job, worded like a job's: an arts residency, a dating evening, a
beta, a coworking's community programme, a home in a housing co-operative, an award entered, an
exhibitor's stand, a podcast's guest or a juror (not_a_job words, which decide where no job word
is), and a place in a mentoring programme applied for in an HR notice (other_request: the HR
sender's job context would weigh a not_a_job word down to a third). The job refusals that share
their words (a post named after the thing, a compound post's name) stay rejections. Sentences are
our own.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_gates_s31 import hr
from test_gates_offers import weak

from agent.classify import Verdict, classify


def person(lang: str, subject: str, sentence: str) -> Verdict:
    """A person's short mail from a company address (bench/probe's ``person``)."""
    head, tail = {
        "de": ("Hallo Alex,\n\n", "\n\nViele Grüße\nMorgan"),
        "es": ("Hola Alex:\n\n", "\n\nUn saludo,\nMorgan"),
        "it": ("Ciao Alex,\n\n", "\n\nCordiali saluti,\nMorgan"),
    }[lang]
    sender = "Morgan Reid <morgan.reid@northwind-example.com>"
    return classify(mail(head + sentence + tail, subject=subject, sender=sender), [OWNER])


NOT_A_JOB = [
    (
        "de",
        "Künstlerresidenz",
        "Nach reiflicher Überlegung hat sich die Kommission für andere Bewerber entschieden. Wir "
        "können Ihnen leider keinen Platz in der Sommerresidenz anbieten.",
    ),
    (
        "de",
        "Speed-Dating",
        "Danke für deine Anmeldung zum Speed-Dating. Leider wurdest du nicht ausgewählt.",
    ),
    ("de", "Creator", "Deine Bewerbung für unser Creator-Programm wurde leider abgelehnt."),
    (
        "fr",
        "Accès anticipé",
        "Malheureusement, nous n'avons pas pu retenir ta candidature pour la bêta.",
    ),
    (
        "fr",
        "Logement",
        "Malheureusement, votre candidature n'a pas été retenue ; les logements ont été "
        "attribués à d'autres candidats.",
    ),
    (
        "es",
        "Premios",
        "Gracias por participar en los Premios Verdes. Lamentablemente, su candidatura no ha "
        "resultado finalista.",
    ),
    (
        "it",
        "Community",
        "Dopo aver esaminato la tua candidatura, abbiamo deciso di non procedere con la tua "
        "adesione alla nostra community.",
    ),
    (
        "pt",
        "Residência",
        "A comissão optou por outros candidatos. Infelizmente não podemos oferecer-lhe um lugar "
        "na residência artística.",
    ),
    (
        "nl",
        "Singlesdiner",
        "Bedankt voor je aanmelding voor ons singlesdiner. Helaas ben je niet geselecteerd.",
    ),
    (
        "en",
        "Exhibitor application",
        "After careful review, we regret that your application for an exhibitor stand has not "
        "been successful.",
    ),
    (
        "en",
        "Podcast",
        "Thanks for applying to be a guest on the show. Unfortunately, we have decided not to "
        "move forward with your application.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), NOT_A_JOB)
def test_a_non_job_refusal_from_an_organisation(lang: str, subject: str, sentence: str) -> None:
    verdict = weak(lang, subject, sentence)
    assert not verdict.is_rejection, verdict.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Danke für deine Bewerbung für unser Coworking-Programm. Leider haben wir uns für "
         "andere Bewerber entschieden."),
        ("es", "Gracias por tu solicitud al programa de comunidad del coworking. Siento decirte "
         "que hemos elegido a otras personas."),
        ("it", "Grazie per la tua candidatura al programma community del coworking. Mi dispiace, "
         "abbiamo scelto altre persone."),
    ],
)  # fmt: skip
def test_a_coworking_programme_in_a_persons_mail(lang: str, sentence: str) -> None:
    assert not person(lang, "Re: Donnerstag", sentence).is_rejection


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("Mentoring programme", "Thank you for applying to the internal leadership mentoring "
         "programme. Unfortunately you have not been selected for this year's cohort."),
        ("Mentoring", "Vielen Dank für Ihre Bewerbung für das interne Führungskräfte-Mentoring. "
         "Leider wurden Sie nicht ausgewählt."),
        ("Mentorat", "Merci pour votre candidature au programme interne de mentorat des managers. "
         "Malheureusement, vous n'avez pas été retenu."),
        ("Mentoría", "Gracias por inscribirte en el programa interno de mentoría para mandos. "
         "Lamentablemente no has sido seleccionado."),
        ("Mentoring", "Grazie per la tua candidatura al programma interno di mentoring per "
         "manager. Purtroppo non sei stato selezionato."),
        ("Mentoria", "Obrigado pela sua candidatura ao programa interno de mentoria para gestores. "
         "Infelizmente não foi selecionado."),
        ("Mentorprogramma", "Bedankt voor je aanmelding voor het interne mentorprogramma. Helaas "
         "ben je niet geselecteerd."),
        ("Parking permit", "Your application for a staff parking permit has been reviewed and "
         "unfortunately could not be approved."),
    ],
)  # fmt: skip
def test_a_mentoring_place_or_a_perk_in_an_hr_notice(subject: str, sentence: str) -> None:
    verdict = hr(subject, sentence)
    assert not verdict.is_rejection, verdict.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        ("en", "Exhibitor Relations Manager", "Thank you for applying for the Exhibitor Relations "
         "Manager position. Unfortunately, we have decided to move forward with other candidates."),
        ("en", "Guest Services Manager", "Thank you for applying to be a Guest Services Manager "
         "at our hotel. Unfortunately, your application was not successful."),
        ("en", "Admissions Officer", "Thank you for applying to work as an Admissions Officer at "
         "the university. After careful review, we have decided to move forward with other "
         "applicants."),
        ("de", "Pflegefachkraft", "Vielen Dank für Ihre Bewerbung als Pflegefachkraft in unserer "
         "Seniorenresidenz. Leider haben wir uns für eine andere Bewerberin entschieden."),
        ("de", "Ausbildungsplatz", "Vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz. "
         "Leider haben wir die Plätze an andere Bewerberinnen vergeben."),
        ("fr", "Animateur coworking", "Merci pour ta candidature au poste d'animateur de notre "
         "espace de coworking. Nous avons malheureusement retenu une autre candidature."),
        ("it", "Community manager", "Grazie per la tua candidatura alla posizione di community "
         "manager della nostra community. Purtroppo abbiamo scelto un altro profilo."),
        ("pt", "Técnico de habitação", "Obrigado pela sua candidatura ao lugar de técnico de "
         "habitação social. Infelizmente não foi selecionado."),
        ("pt", "Aprendizagem", "Infelizmente, a sua candidatura ao programa de aprendizagem não "
         "foi bem-sucedida; as vagas foram preenchidas por outros candidatos."),
        ("nl", "Werkstudent", "Na zorgvuldige beoordeling heeft het team besloten je de "
         "werkstudentbaan niet aan te bieden."),
    ],
)  # fmt: skip
def test_a_job_named_after_the_thing_stays_a_rejection(
    lang: str, subject: str, sentence: str
) -> None:
    verdict = weak(lang, subject, sentence)
    assert verdict.is_rejection, verdict.reasons


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("Interne Stelle", "Vielen Dank für Ihre Bewerbung auf die Stelle als "
         "Mentoring-Koordinatorin. Leider haben wir uns für eine andere Kandidatin entschieden."),
        ("Internal vacancy", "Thank you for applying for the Fleet Coordinator post, which "
         "manages our company cars. Unfortunately you have not been selected for interview."),
    ],
)  # fmt: skip
def test_a_post_about_the_programme_in_an_hr_notice_stays_a_rejection(
    subject: str, sentence: str
) -> None:
    verdict = hr(subject, sentence)
    assert verdict.is_rejection, verdict.reasons
