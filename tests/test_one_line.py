"""A one-line mail whose decision names the application supplies its own job context (issue 11)."""

from __future__ import annotations

import pytest
from test_classify import verdict

PERSON = "Sam Patel <sam.patel@acme-corp.com>"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
        "Please note that your candidature has been rejected.",
        "Your candidature is not being taken forward.",
        "We have decided not to proceed with your application.",
    ],
)
def test_a_decision_naming_the_application_is_its_own_job_context(sentence: str) -> None:
    v = verdict(sentence + "\n", subject="", sender=PERSON)
    assert v.is_rejection, v.reasons
    assert "the decision names the application" in v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Your loan application was not successful.",
        "Unfortunately your application for admission was not successful.",
        "We have decided not to move forward with your grant application.",
        "We will not be moving forward with your application for the apartment.",
        "We regret that your paper was not selected.",
        "Leider können wir Ihren Antrag auf Förderung nicht bewilligen.",
    ],
)
def test_another_domain_named_keeps_a_one_line_refusal_out(sentence: str) -> None:
    v = verdict(sentence + "\n", subject="Update", sender=PERSON)
    assert not v.is_rejection, v.reasons
    assert v.category == "not_a_job"
    assert "the decision names the application" not in v.reasons


def test_an_application_named_beside_the_decision_supplies_no_job_context() -> None:
    """Only the decision's own object counts: tests/corpus en_112 (a credit card refused,
    "we've reviewed your application and decided not to move forward with it") stays out."""
    body = (
        "Hi Alex,\n\nThanks for your interest in the Rewards Card.\n\nWe've reviewed your"
        " application and decided not to move forward with it at this time. We couldn't"
        " complete our assessment.\n\nThe Card Team\n"
    )
    v = verdict(body, subject="Your Card application", sender="Card <no-reply@card.example>")
    assert not v.is_rejection, v.reasons
    assert "the decision names the application" not in v.reasons


def test_a_one_line_decision_without_its_object_still_needs_job_context() -> None:
    """ "We've decided not to proceed" from a person could be about anything: no job, no no."""
    v = verdict("We've decided not to proceed.\n", subject="Update", sender=PERSON)
    assert not v.is_rejection, v.reasons
    assert "the decision names the application" not in v.reasons
