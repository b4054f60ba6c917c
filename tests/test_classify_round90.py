"""Issue 11, session 42 (branch gates47): refusals of no job that carry job words, round 90.

Round 90 (bench/probes/*-90.txt, our own sentences, written before any change) found refusals
of a place in a research study, a place on a bootcamp or a course after an admissions
"interview", a university's research programme for students, fostering, a flat's viewing and a
ticket ballot read as job refusals: the job words they carry ("position", "interview",
"internship", "colloquio", "entrevista") weigh the other domain's words to 0.3. These cells are
other sentences of the same kinds; job refusals that share their words (a research assistant on
a trial, a paid internship, a trainee, a study nurse) stay rejections. And a job sender's name
or domain alone (no job word in the mail, no ATS envelope, no hiring function) no longer weighs
another domain's words to 0.3: a literary review's or a room's refusal sent under "... Recruiting"
is no job refusal, while the same sender's refusal that names a post still is.
"""

from __future__ import annotations

import pytest
from test_gates_offers import weak

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        # A place in a study or a trial, its position and its inclusion criteria.
        (
            "en",
            "Sleep study - eligibility",
            "Thank you for completing the screening call. Unfortunately you do not meet the "
            "inclusion criteria, so we cannot offer you a position in the study.",
        ),
        (
            "fr",
            "Essai clinique",
            "Malheureusement, vous ne pouvez pas participer à cette étude : nous ne pouvons pas "
            "retenir votre candidature.",
        ),
        (
            "es",
            "Estudio de investigación",
            "Lamentablemente, no cumple los criterios de inclusión y su candidatura no ha sido "
            "seleccionada.",
        ),
        (
            "pt",
            "Pesquisa clínica",
            "Infelizmente, não cumpre os critérios de inclusão e a sua candidatura não foi "
            "selecionada.",
        ),
        # A place on a bootcamp or a course after an admissions interview.
        (
            "en",
            "Data Science Bootcamp",
            "Thanks for the interview last week. Unfortunately we can't offer you a place on the "
            "autumn bootcamp.",
        ),
        (
            "it",
            "Corso serale di UX",
            "Grazie per il colloquio. Purtroppo non possiamo offrirti un posto nel corso di "
            "ottobre.",
        ),
        (
            "es",
            "Bootcamp de datos",
            "Gracias por la entrevista. Lamentablemente, no podemos ofrecerte una plaza en el "
            "bootcamp de otoño.",
        ),
        (
            "fr",
            "Formation développeur",
            "Merci pour l'entretien. Nous ne pouvons malheureusement pas vous proposer de place "
            "dans la session d'automne.",
        ),
        # A university's research programme for its students.
        (
            "en",
            "Undergraduate Research Opportunities",
            "Thank you for applying to the Undergraduate Research Programme. Unfortunately you "
            "have not been selected for an internship this summer.",
        ),
        # Fostering, assessed in an interview.
        (
            "it",
            "Affido familiare",
            "Dopo il colloquio, siamo spiacenti di comunicarle che la sua candidatura come famiglia "
            "affidataria non è stata accolta.",
        ),
        (
            "pt",
            "Acolhimento familiar",
            "Após a entrevista, lamentamos informar que a sua candidatura como família de "
            "acolhimento não foi aprovada.",
        ),
        (
            "en",
            "Foster carer application",
            "Thank you for your application to become foster parents. Unfortunately we are "
            "unable to progress your application.",
        ),
        # A flat's viewing, a ballot.
        (
            "en",
            "14 Elm Street",
            "Thanks for attending the viewing. The landlord has decided to go with another "
            "applicant.",
        ),
        (
            "en",
            "Marathon ballot",
            "We're sorry: your ballot application was unsuccessful this year.",
        ),
    ],
)
def test_no_job_with_job_words_is_no_rejection(lang: str, subject: str, sentence: str) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "en",
            "Research Assistant - Sleep Study",
            "Thank you for applying for the Research Assistant position on the sleep study. We "
            "have decided to offer the role to another candidate.",
        ),
        (
            "en",
            "Bootcamp Instructor (contract)",
            "Thank you for interviewing for the Bootcamp Instructor role. Unfortunately we will "
            "not be moving forward with your application.",
        ),
        (
            "it",
            "Stage in marketing (retribuito)",
            "Grazie per il colloquio. Abbiamo offerto lo stage a un'altra candidata.",
        ),
        (
            "it",
            "Tirocinio in amministrazione",
            "Grazie per la candidatura: purtroppo il tirocinio è già stato assegnato.",
        ),
        (
            "pt",
            "Assistente de pesquisa",
            "Obrigado pela entrevista. Decidimos oferecer a vaga a outro candidato.",
        ),
        (
            "es",
            "Prácticas en finanzas",
            "Gracias por tu candidatura, pero las prácticas ya han sido cubiertas.",
        ),
        (
            "fr",
            "Chargé de projet",
            "Merci pour votre candidature. Nous avons recruté une candidate interne sur ce poste.",
        ),
        (
            "nl",
            "Docent wiskunde",
            "Helaas moeten wij u meedelen dat de commissie een andere kandidaat heeft benoemd.",
        ),
        (
            "de",
            "Studienassistenz (m/w/d)",
            "Vielen Dank für das Gespräch. Leider haben wir uns für eine andere Bewerberin "
            "entschieden.",
        ),
    ],
)
def test_job_refusal_sharing_those_words_stays(lang: str, subject: str, sentence: str) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection, v.reasons


RECRUITING = "Northwind Robotics Recruiting <no-reply@northwind-example.com>"


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        # Only the sender's name is a job's: the review's and the room's words keep their weight.
        (
            "Your submission to The Riverside Review",
            "Dear Alex,\n\nThank you for sending us your poems. Unfortunately they were not a "
            "right fit for the journal.\n\nThe Editors",
            False,
        ),
        (
            "Re: Room in our flatshare",
            "Hi Alex,\n\nthanks for your interest in the room. Unfortunately we've decided to "
            "go with someone else.\n\nSam",
            False,
        ),
        # The same sender's refusal that names a post is job mail.
        (
            "Your application: Junior Editor",
            "Dear Alex,\n\nThank you for applying for the Junior Editor position at our journal. "
            "Unfortunately we have decided to move forward with other candidates.\n\nThe Editors",
            True,
        ),
    ],
)
def test_a_job_sender_alone_does_not_outweigh_another_domain(
    subject: str, body: str, want: bool
) -> None:
    v = classify(parse_bytes(mail(subject, body, sender=RECRUITING)), [OWNER])
    assert v.is_rejection is want, v.reasons
