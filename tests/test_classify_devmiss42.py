"""Issue 11, session 37 (branch devmiss42): round 76's kinds, from the dev misses of ext-s38.

Probed in bench/probes/*-{no,yes}-76.txt and fields-{en,es}-25.txt (our own sentences, written
before the fix); these cells are other sentences of the same kinds. A school's admission is no
job (dev ``akademik/en``), a teacher's post or a student's job at a school is; a portal naming the
person chosen is a no to everyone but that person, known by To's first name (dev ``slep/es``);
"para la etapa X" names a step not reached; a labelled offer line gives the post after its
middle dot; an HR system's suffix on the sender is the tool, not the employer (dev ``lapeco/en``).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "en",
            "Application outcome",
            "We have reviewed your application for a place as a pupil at our academy and "
            "regret that we cannot offer you an interview.",
        ),
        (
            "en",
            "Enrolment",
            "Thank you for your daughter's application. Unfortunately we are unable to offer "
            "her a place this year.",
        ),
        (
            "es",
            "Admisión",
            "Lamentamos informarle que su solicitud para ingresar como alumna a nuestro colegio "
            "no ha sido aceptada.",
        ),
    ],
)
def test_a_schools_admission_refused_is_no_job(lang: str, subject: str, sentence: str) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "en",
            "Your application",
            "Thank you for applying for the post of Head of Maths at our school. We regret "
            "that we will not offer you an interview.",
        ),
        (
            "en",
            "Student ambassador role",
            "Thank you for applying for the position of student ambassador. Unfortunately "
            "your application was not successful.",
        ),
        (
            "es",
            "Postulación",
            "Gracias por postular al cargo de inspector de patio en nuestro liceo. Lamentamos "
            "informarle que no ha sido seleccionado.",
        ),
    ],
)
def test_a_school_job_refused_stays_a_rejection(lang: str, subject: str, sentence: str) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Thank you for your application as a student to our summer internship programme. "
            "Unfortunately we are unable to offer you a place.",
        ),
        (
            "es",
            "Lamentamos informarte que tu postulación como estudiante al programa de prácticas "
            "de la universidad no fue seleccionada.",
        ),
    ],
)
def test_a_students_internship_refused_stays_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


RESULT = (
    "Estimado/a Alex Doe:\n\nEl proceso de selección asociado a la oferta ha concluido.\n\n"
    "La candidata elegida para el cargo es: {name}.\n\nAtentamente,\nPortal de Empleo\n"
)


def _result(name: str, to: str = f"Alex Doe <{OWNER}>") -> object:
    raw = mail(
        "Cierre de proceso",
        RESULT.format(name=name),
        sender="Portal de Empleo <no-reply@empleo.example>",
        to=to,
    )
    return classify(parse_bytes(raw), [OWNER])


def test_another_person_chosen_and_named_is_a_rejection() -> None:
    v = _result("Daniela Soto")
    assert v.is_rejection, v.reasons  # type: ignore[attr-defined]
    assert v.stage == "unknown"  # type: ignore[attr-defined]


def test_the_reader_chosen_and_named_is_no_rejection() -> None:
    v = _result("Alex Doe")
    assert not v.is_rejection, v.reasons  # type: ignore[attr-defined]


def test_the_person_chosen_named_in_english() -> None:
    body = "Dear Alex,\n\nThe candidate selected for the role is Priya Nair.\n\nAcme\n"
    raw = mail("Recruitment closed", body, sender="Acme <no-reply@acme.example>")
    assert classify(parse_bytes(raw), [OWNER]).is_rejection
    body = "Dear Alex,\n\nThe candidate selected for the role is expected to start in May.\n\nAcme"
    raw = mail("Recruitment closed", body, sender="Acme <no-reply@acme.example>")
    assert not classify(parse_bytes(raw), [OWNER]).is_rejection


def test_a_stage_named_as_not_reached_is_the_one_before() -> None:
    v = wrapped(
        "es",
        "Tras la revisión para la etapa de Entrevista técnica, su postulación no continuará "
        "avanzando.",
    )
    assert v.is_rejection, v.reasons
    assert v.stage == "application"


def test_an_offer_line_gives_the_post_after_its_middle_dot() -> None:
    body = (
        "Estimado/a Alex:\n\nSu postulación no continuará avanzando en el proceso.\n\n"
        "Oferta: Colegio Los Robles · Técnico en Párvulos\nComuna: Talca\n\nPortal de Empleo\n"
    )
    raw = mail("Resultado", body, sender="Portal de Empleo <no-reply@empleo.example>")
    v = classify(parse_bytes(raw), [OWNER])
    assert v.is_rejection, v.reasons
    assert v.role == "Técnico en Párvulos"


@pytest.mark.parametrize("system", ["HRMS", "HRIS", "ATS"])
def test_an_hr_systems_suffix_names_the_tool_not_the_employer(system: str) -> None:
    body = (
        "Dear Alex,\n\nThank you for your interest in Norvale. We regret to inform you that we "
        "will not be moving forward with your application.\n\nNorvale HR Team\n"
    )
    raw = mail("Application update", body, sender=f"Norvale {system} <hr@norvale.example>")
    v = classify(parse_bytes(raw), [OWNER])
    assert v.is_rejection, v.reasons
    assert v.company == "Norvale"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "After the review for the Technical Interview stage, you will not move forward."),
        ("fr", "Votre candidature ne passera pas à l'étape de l'entretien."),
        ("pt", "Após a análise para a etapa Entrevista técnica, sua candidatura não seguirá."),
        (
            "nl",
            "Na de beoordeling voor de fase Sollicitatiegesprek hebben we besloten je "
            "sollicitatie niet verder te nemen.",
        ),
    ],
)
def test_the_stage_not_reached_in_other_languages(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert v.stage == "application"


def test_a_stage_thanked_for_is_still_reached() -> None:
    v = wrapped("fr", "Merci pour l'entretien de mardi. Nous ne donnerons pas suite.")
    assert v.stage in ("interview", "final")
