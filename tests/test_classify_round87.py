"""Issue 11, session 40 (branch gates45): refusals of no job worded as job refusals, round 87.

Probed in bench/probes/*-{no,yes}-87.txt (our own sentences, written before the fix); these
cells are other sentences of the same kinds, under the weak wrapper (an organisation's no-reply
address, no ATS, no hiring function). A fund or a grant named by its kind, in the subject or the
text, while the refusal says only "your application"; a startup refused for an accelerator's batch;
an artist's application to exhibit; a beta's waitlist; a coding school's admissions; a shared flat;
volunteer places filled; a role the reader only viewed on a board; a saved-job alert; an HR
platform's product mail; a missing CV asked for again (it). A post named after the thing (a Fund
Officer, a Beta Tester, a grant-funded post, an Exhibition Assistant, a volunteer coordinator) and
a role the reader applied to that has closed stay rejections. A recruiter who puts the role off
("for now", "yet") and offers other roles in the same breath refuses nobody; one who chose another
candidate and offers other roles still does.
"""

from __future__ import annotations

import pytest
from test_gates_offers import weak

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

# (lang, subject, sentence) under the weak wrapper.
NO_JOB = [
    (
        "en",
        "Innovation Fund round 4",
        "We regret to inform you that your application has not been successful this time.",
    ),
    (
        "en",
        "Small Grants 2027 — your result",
        "Unfortunately the committee decided not to take your application through to the "
        "interview stage.",
    ),
    (
        "en",
        "Northstar Accelerator",
        "After meeting dozens of promising founders we have decided not to move forward with "
        "your startup for the spring batch.",
    ),
    (
        "en",
        "Summer show",
        "Thank you for your application to exhibit. Unfortunately it has not been successful.",
    ),
    (
        "en",
        "Waitlist update",
        "Unfortunately we are unable to offer you a place in our private beta at the moment.",
    ),
    (
        "en",
        "Jobs for you",
        "Unfortunately the Product Owner position you looked at has been filled.",
    ),
    (
        "en",
        "Your saved jobs",
        "This position is no longer accepting applications.",
    ),
    (
        "de",
        "Kulturfonds 2027",
        "Leider können wir Ihre Bewerbung nicht berücksichtigen.",
    ),
    (
        "de",
        "Data Academy",
        "Leider müssen wir dir mitteilen, dass wir deine Bewerbung nicht weiter berücksichtigen "
        "können.",
    ),
    (
        "de",
        "Mitbewohnerin gesucht",
        "Danke für deine Bewerbung! Wir haben uns leider für jemand anderen entschieden.",
    ),
    (
        "fr",
        "Fonds de solidarité",
        "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    ),
    (
        "fr",
        "Incubateur",
        "Nous avons décidé de ne pas poursuivre avec votre start-up pour la prochaine promotion.",
    ),
    (
        "es",
        "Fondo de innovación",
        "Lamentamos comunicarle que su candidatura no ha sido seleccionada.",
    ),
    (
        "es",
        "Tu solicitud",
        "Nuestro comité de admisiones ha decidido no seguir adelante con tu candidatura.",
    ),
    (
        "es",
        "Voluntariado",
        "Lamentablemente ya hemos cubierto todas las plazas de voluntariado de este verano.",
    ),
    (
        "it",
        "Fondo di garanzia",
        "Siamo spiacenti di comunicarle che la sua candidatura non è stata selezionata.",
    ),
    (
        "it",
        "Incubatore",
        "Abbiamo deciso di non proseguire con la vostra startup per il prossimo batch.",
    ),
    (
        "nl",
        "Innovatiefonds",
        "Helaas moeten we je laten weten dat je aanvraag niet is geselecteerd.",
    ),
    (
        "nl",
        "Je aanmelding",
        "Helaas gaan we niet verder met je aanmelding. De toelatingscommissie heeft je dossier "
        "bekeken.",
    ),
    (
        "pt",
        "Fundo de apoio",
        "Lamentamos informar que sua candidatura não foi selecionada.",
    ),
    (
        "pt",
        "Vagas para você",
        "A vaga de Analista que você viu não está mais disponível.",
    ),
]

JOB_REFUSALS = [
    (
        "en",
        "Community Fund Officer",
        "We regret to inform you that your application for the Community Fund Officer post has "
        "not been successful.",
    ),
    (
        "en",
        "Research Associate (grant-funded)",
        "Unfortunately we will not be progressing your application for the Research Associate "
        "role.",
    ),
    (
        "en",
        "Beta Tester (contract)",
        "Unfortunately we have decided to proceed with other candidates for the Beta Tester "
        "position.",
    ),
    (
        "en",
        "Your application",
        "The Data Analyst role you applied for has now closed and we will not be taking your "
        "application further.",
    ),
    (
        "de",
        "Dozent/in Data Academy",
        "Leider haben wir uns für einen anderen Bewerber für die Stelle als Dozent entschieden.",
    ),
    (
        "es",
        "Coordinador de voluntariado",
        "Hemos decidido seguir adelante con otros candidatos para el puesto de coordinador.",
    ),
    (
        "nl",
        "Medewerker toelating",
        "Helaas hebben we gekozen voor een andere kandidaat voor de functie.",
    ),
    (
        "pt",
        "A vaga a que se candidatou",
        "Infelizmente a sua candidatura à vaga de Analista não foi selecionada.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "want"),
    [(*c, False) for c in NO_JOB] + [(*c, True) for c in JOB_REFUSALS],
)
def test_what_the_refusal_is_about(lang: str, subject: str, sentence: str, want: bool) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is want, v.reasons


PERSON = "Giulia Conti <giulia.conti@northwind-example.com>"


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        # A person's reply asking for the CV that was missing: a request, no refusal.
        (
            "Re: candidatura",
            "Ciao Alex,\n\nnon siamo andati avanti con il tuo profilo perché mancava il CV: "
            "puoi mandarcelo?\n\nGrazie,\nGiulia",
            False,
        ),
        # The same with no request: the profile was not taken further.
        (
            "Re: candidatura",
            "Ciao Alex,\n\nnon siamo andati avanti con il tuo profilo per la posizione di "
            "contabile.\n\nUn saluto,\nGiulia",
            True,
        ),
        # An HR platform's product mail: the reader rejects candidates.
        (
            "Nieuw in WervingPro",
            "Beste Alex,\n\nVerstuur voortaan alle afgewezen sollicitanten in één keer een "
            "nette afwijzing.\n\nMet vriendelijke groet,\nWervingPro",
            False,
        ),
    ],
)
def test_whole_mails(subject: str, body: str, want: bool) -> None:
    v = classify(parse_bytes(mail(subject, body, sender=PERSON)), [OWNER])
    assert v.is_rejection is want, v.reasons


# (lang, sentence, is a rejection): a recruiter's short mail.
RECRUITER = [
    (
        "en",
        "We won't be hiring for the analyst role for now as the headcount is frozen, but we have "
        "a few other openings that could suit you.",
        False,
    ),
    (
        "en",
        "We've offered the analyst role to another candidate, but we have a few other openings "
        "that could suit you.",
        True,
    ),
    (
        "es",
        "De momento no vamos a cubrir el puesto de analista, pero tenemos otras dos vacantes que "
        "te pueden interesar.",
        False,
    ),
    (
        "es",
        "Hemos elegido a otra candidata para el puesto de analista, pero tenemos otras dos "
        "vacantes que te pueden interesar.",
        True,
    ),
    (
        "pt",
        "Decidimos não preencher a vaga de analista por agora, mas temos outras duas vagas que "
        "podem te interessar.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "want"), RECRUITER)
def test_a_role_put_off_with_other_roles(lang: str, sentence: str, want: bool) -> None:
    greeting = {"en": "Hi Alex,", "es": "Hola Alex:", "pt": "Olá Alex,"}[lang]
    body = f"{greeting}\n\n{sentence}\n\nGiulia"
    v = classify(parse_bytes(mail("Re: Analyst", body, sender=PERSON)), [OWNER])
    assert v.is_rejection is want, v.reasons
