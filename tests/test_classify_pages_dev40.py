"""Issue 11, session 40 (lead): dev misses of the pages52, pages53 and pages54 units, as kinds.

`web-adweek/en`: a small employer "finally decided on someone" (the choosing verbs of
`appoint-another` had "settled on" but not "decided on"); `web-huffingtonpost/es`: "no aceptamos
su candidatura", the present tense beside the "no podemos aceptar" the pack knew. The cells are
other sentences of the same kinds; each look-alike keeps the words and changes what they are
about.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped

from agent.classify import classify


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "en",
            "We met some strong people for the analyst role and in the end decided on "
            "another candidate.",
            "appoint-another",
        ),
        (
            "en",
            "Thanks for your patience with the engineering role; we have decided on someone "
            "who has run a similar team.",
            "appoint-another",
        ),
        (
            "es",
            "Tras revisar los perfiles recibidos para el puesto, no aceptamos tu candidatura "
            "en esta ocasión.",
            "no-podemos-atender-su-solicitud",
        ),
        (
            "it",
            "Per la posizione di analista il responsabile ha scelto qualcuno più vicino alla sede.",
            "ha-scelto-un-profilo-differente",
        ),
        (
            "de",
            "Die Wahl fiel auf Kandidatinnen, deren Erfahrung besser zu unserer Stelle passt.",
            "choice-fell",
        ),
    ],
)
def test_decided_on_someone_and_no_aceptamos_are_rejections(
    lang: str, sentence: str, rule: str
) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "We have decided on a date for your interview for the analyst role: Tuesday."),
        ("en", "Have you decided on a start date for the engineering role yet?"),
        ("de", "Bei der letzten Ausschreibung fiel die Wahl auf Bewerber aus der Region."),
        ("es", "No aceptamos candidaturas espontáneas; consulta las vacantes abiertas."),
        ("es", "Si no aceptamos tu candidatura antes del viernes, te escribiremos."),
        (
            "it",
            "Per la posizione di analista abbiamo scelto qualcuno con più esperienza per "
            "affiancarti nel primo mese.",
        ),
    ],
)
def test_their_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


def test_a_project_application_is_read_as_one_and_another_project_is_no_choice() -> None:
    """mettelo/en's kind: the look-alike is cited, and "choose another project" (the reader's
    choice, not the employer's) no longer counts as `appoint-another`."""
    v = wrapped(
        "en",
        "Your project application for the river clean-up dashboard was not selected for this "
        "team; you can reapply later or choose another project.",
    )
    assert "project-team-application" in _ids(v), v.reasons
    assert "appoint-another" not in _ids(v), v.reasons
    hired = wrapped("en", "In the end we hired another strong candidate for the analyst role.")
    assert hired.is_rejection and "appoint-another" in _ids(hired), hired.reasons


def test_a_meeting_that_did_not_happen_is_no_interview() -> None:
    """web-magisterartium/de: "ohne Sie persönlich kennen zu lernen" says the choice was made
    before any meeting, so the weak interview word is no stage."""
    v = wrapped(
        "de",
        "Wir mussten eine erste Auswahl treffen, ohne Sie persönlich kennen zu lernen. Leider "
        "haben wir uns für andere Bewerber entschieden.",
    )
    assert v.is_rejection, v.reasons
    assert v.stage != "interview", v.reasons


def test_a_literary_journal_refusing_a_story_is_no_job() -> None:
    """web-hannahhoo/en (pages55): the editors "appreciate the opportunity to read" a story that
    "was not a right fit" for the review; the same words about an application stay a no."""
    story = classify(
        mail(
            "Dear Robin,\n\nWe appreciate the opportunity to read your story, but unfortunately "
            "it was not a right fit for our spring issue. Thank you for trying us.\n\nThe Editors",
            subject="Your submission to The Harbor Review",
            sender="The Harbor Review <editors@harborreview.org>",
        ),
        [OWNER],
    )
    assert "literary-submission" in _ids(story), story.reasons
    assert not story.is_rejection, story.reasons
    job = wrapped(
        "en",
        "Unfortunately we have decided not to move forward with your application for the "
        "analyst role.",
    )
    assert job.is_rejection and "literary-submission" not in _ids(job), job.reasons
