"""A decision taken back later in its own sentence ("..., but yours is still live") is no decision."""

from __future__ import annotations

import pytest
from test_classify import verdict

JOB = "Dear Alex,\n\nThank you for your application for the Data Engineer role.\n\n{}\n\nBest regards,\nJane\n"
JOB_DE = (
    "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Data Engineer.\n\n{}\n\n"
    "Mit freundlichen Grüßen\nJane Smith\n"
)


@pytest.mark.parametrize(
    ("body", "taken_back"),
    [
        (
            JOB.format(
                "We're not moving forward with any hires until January, but you're still in the"
                " process."
            ),
            "not moving forward",
        ),
        (
            JOB.format(
                "Globex went with the other recruiter's candidate for the senior role, but yours"
                " is still live."
            ),
            "went with the other",
        ),
        (
            JOB_DE.format(
                "Das Team hat sich für Kandidaten entschieden, die wir zur nächsten Runde einladen"
                " – Sie sind dabei!"
            ),
            "für Kandidaten",
        ),
    ],
)
def test_a_reversal_in_a_later_clause_takes_the_decision_back(body: str, taken_back: str) -> None:
    v = verdict(body)
    assert not v.is_rejection, v.reasons
    assert v.category == "still_in_process"
    assert any(f'not counted: "{taken_back}"' in r and "taken back by" in r for r in v.reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader is still in for another role first, then the no: the no stands
        "You are still in the process for the junior role, but we have decided not to move"
        " forward with your application for the senior one.",
        # a talent pool or database is no running process
        "We have decided not to move forward with your application, but your application"
        " is still active in our database.",
        "We have decided not to move forward with your application, but your profile remains"
        " active in our talent pool.",
        # another sentence: the decision's own clause is not taken back
        "We have decided to move forward with other candidates. We will keep you in mind.",
    ],
)
def test_a_decision_stands_when_nothing_takes_it_back_after_it(sentence: str) -> None:
    v = verdict(JOB.format(sentence))
    assert v.is_rejection, v.reasons
    assert not any("taken back" in r for r in v.reasons), v.reasons
