"""Issue 11, session 34 (branch lookalike37): round 68's look-alikes and two known risks.

Probed in bench/probes/*-{no,yes}-68.txt (our own sentences, no corpus text); these cells are
other sentences of the same kinds. A place at a workshop, a camp, a summer school, a sports
course, a hackathon or an exchange, a prize or a competition, an allotment's plot and a data
access request refused are no job's no; the posts named after them stay rejections. The two
known risks (not held out): an applicant tracker telling a recruiter that a colleague moved a
named candidate to the rejected stage (de, nl, en), and an appointment announced in a no to the
reader's own application, which appointment-announced silenced in every pack.
"""

from __future__ import annotations

import pytest
from test_classify_gates_s31 import hr
from test_classify_grammar import wrapped
from test_gates_offers import weak

# Applications that are not for a job, refused, from the organisation's own address:
# (lang, subject, sentence).
NOT_A_JOB = [
    (
        "de",
        "Deine Anmeldung",
        "Leider ist für dich kein Platz mehr im Programmier-Workshop frei, alle Plätze sind vergeben.",
    ),
    (
        "de",
        "Ihre Bewerbung",
        "Vielen Dank für Ihre Bewerbung für die Winterschule Quantenphysik. Leider können wir "
        "Sie nicht berücksichtigen.",
    ),
    (
        "de",
        "Ergebnis",
        "Die Jury hat entschieden: Ihr Entwurf ist leider nicht unter den Preisträgerinnen "
        "und Preisträgern.",
    ),
    (
        "de",
        "Ihre Bewerbung um eine Parzelle",
        "Leider können wir Ihre Bewerbung nicht berücksichtigen, der Kleingartenverein hat "
        "keine freien Gärten.",
    ),
    ("en", "Your application", "Unfortunately we cannot offer you a place at the science camp."),
    (
        "en",
        "Decision",
        "The Data Access Committee has not approved your request for the trial data.",
    ),
    (
        "fr",
        "Votre inscription",
        "Votre inscription au stage d'équitation n'a pas pu être retenue, le groupe est complet.",
    ),
    (
        "fr",
        "Candidature",
        "Malheureusement, votre candidature à l'université d'été n'a pas été retenue.",
    ),
    (
        "es",
        "Tu solicitud",
        "Lamentablemente no hay plaza para ti en el taller de programación de julio.",
    ),
    ("it", "Erasmus", "La sua candidatura per la borsa Erasmus non è stata accolta."),
    (
        "nl",
        "Je aanmelding",
        "Helaas is er geen plek meer voor je in de zomerschool Data Science.",
    ),
    (
        "pt",
        "Sua inscrição",
        "Infelizmente não há vaga para você na oficina de programação deste mês.",
    ),
]

# Real job rejections in the same words, in job mail: (lang, sentence).
JOBS = [
    (
        "de",
        "Leider können wir Ihnen die Stelle als Betreuer für unser Sommercamp nicht anbieten.",
    ),
    (
        "de",
        "Ihre Bewerbung als Referentin für den Innovationspreis können wir leider nicht "
        "berücksichtigen.",
    ),
    ("en", "We will not be progressing your application for the Camp Coordinator role."),
    (
        "fr",
        "Votre candidature au stage de développeur web n'a malheureusement pas été retenue.",
    ),
    ("es", "No continuaremos con tu candidatura al puesto de mecánico en el taller."),
    ("pt", "Sua candidatura à vaga de mecânico na oficina não foi selecionada."),
    ("nl", "Je sollicitatie als begeleider van ons zomerkamp is helaas afgewezen."),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), NOT_A_JOB)
def test_a_place_a_prize_a_plot_or_data_access_refused_is_no_job(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOBS)
def test_a_post_named_after_the_event_stays_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


# A recruiter's notice: a colleague moved a named candidate to the rejected stage.
MOVED_BY = [
    (
        "Statusänderung",
        "Max Bauer wurde von Anna Vogel in die Phase „Abgelehnt“ verschoben (Stelle: Lagerist).",
    ),
    (
        "Kandidaat bijgewerkt",
        "Lotte Visser is door Kees de Boer naar de fase Afgewezen verplaatst.",
    ),
    ("Kandidaat bijgewerkt", "Ruben Mulder is naar Afgewezen verplaatst door Iris Jansen."),
    ("Candidate update", "Sam Green was moved to Rejected by Priya Shah (Job: Buyer)."),
]


@pytest.mark.parametrize(("subject", "sentence"), MOVED_BY)
def test_a_named_candidate_moved_by_a_colleague_is_no_rejection(
    subject: str, sentence: str
) -> None:
    v = hr(subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Ihre Bewerbung wurde vom Recruiting-Team in den Status „Abgelehnt“ verschoben."),
        ("nl", "Je sollicitatie is door het team naar de fase Afgewezen verplaatst."),
        ("en", "Your application was moved to Rejected by the hiring team."),
    ],
)
def test_the_readers_own_application_moved_stays_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


# A no to the reader that names the hire in a "pleased to announce" sentence.
ANNOUNCED = [
    (
        "en",
        "We are happy to share that Maria Lopez has been appointed to the post. Regrettably, "
        "your application was not successful.",
    ),
    (
        "de",
        "Wir freuen uns, bekanntzugeben, dass Herr Braun die Leitung übernimmt. Ihre Bewerbung "
        "können wir daher leider nicht berücksichtigen.",
    ),
    (
        "fr",
        "Nous sommes heureux d'annoncer que M. Petit a été nommé au poste. Votre candidature "
        "n'a donc pas été retenue.",
    ),
    (
        "es",
        "Nos complace comunicar que Laura Ruiz ha sido nombrada para el puesto. Su candidatura "
        "no ha sido seleccionada.",
    ),
    (
        "it",
        "Siamo lieti di comunicare che Anna Riva è stata nominata. Purtroppo la sua candidatura "
        "non è stata selezionata.",
    ),
    (
        "nl",
        "Met trots melden we dat Joost Bos de rol op zich neemt. Helaas is je sollicitatie "
        "afgewezen.",
    ),
    (
        "pt",
        "Temos o gosto de anunciar que Ana Costa foi nomeada. Infelizmente sua candidatura não "
        "foi selecionada.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), ANNOUNCED)
def test_a_no_to_the_reader_naming_the_hire_stays_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


def test_an_appointment_announced_to_staff_is_still_no_rejection() -> None:
    v = hr(
        "New Head of Sales",
        "We are pleased to announce that Omar Haddad has been appointed Head of Sales; the "
        "search for the role is now closed.",
    )
    assert not v.is_rejection, v.reasons


# Round 68's job rejections the rules missed on main: the verdict after the post's name.
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "Jouw sollicitatie voor de functie van kok is deze keer niet succesvol."),
        ("pt", "A sua candidatura para a vaga de motorista não avançou no processo."),
        (
            "de",
            "Leider werden wir Sie für die Aushilfsstelle im Lager nicht einstellen können.",
        ),
    ],
)
def test_a_verdict_after_the_posts_name_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


def test_an_upload_that_failed_is_no_rejection() -> None:
    v = wrapped("nl", "Je sollicitatie voor de functie van kok is niet succesvol verstuurd.")
    assert not v.is_rejection, v.reasons
