"""A verdict looks for its details (company, role, contact, ...) on first read: the scan reads
a mail's that is no rejection only for a timeline event (issue 11's speed target), and a
rejection's stage asks for them only where an agency's own talk may be meant."""

from __future__ import annotations

import copy
import pickle
from email.message import EmailMessage
from typing import Any

import pytest

import agent.classify as classifier
from agent.classify import DETAILS, Verdict, classify
from agent.mail.parse import Message, parse_bytes

OWNER = "alex.doe@example.com"
ACK = (
    "Dear Alex,\n\nThank you for your application for the Data Analyst position at Acme "
    "Analytics. We have received it and will review it carefully.\n\nBest regards,\n"
    "Jane Smith\nTalent Acquisition, Acme Analytics\n"
)
NO = (
    "Dear Alex,\n\nThank you for applying for the Data Analyst role. Unfortunately we have "
    "decided not to move forward with your application.\n\nBest regards,\nJane Smith\n"
    "Talent Acquisition, Acme Analytics\n"
)


def mail(body: str) -> Message:
    msg = EmailMessage()
    msg["From"] = "Jane Smith <jane.smith@acme-analytics.com>"
    msg["To"] = f"Alex Doe <{OWNER}>"
    msg["Subject"] = "Your application: Data Analyst"
    msg["Message-ID"] = "<d@example.com>"
    msg.set_content(body)
    return parse_bytes(msg.as_bytes())


@pytest.fixture
def looked_for(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the classifier looked for a mail's fields."""
    calls: list[int] = []
    real = classifier._fields

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(classifier, "_fields", counted)
    return calls


def test_details_of_a_mail_that_is_no_rejection_are_looked_for_once_on_first_read(
    looked_for: list[int],
) -> None:
    v = classify(mail(ACK), [OWNER])
    assert not v.is_rejection and v.category == "acknowledgement" and not looked_for
    assert v.company == "Acme Analytics" and looked_for == [1]
    assert v.role == "Data Analyst"
    assert v.reply_address == "jane.smith@acme-analytics.com"
    assert any("company 'Acme Analytics'" in r for r in v.reasons)
    assert looked_for == [1]


def test_a_rejection_looks_for_its_details_on_first_read(looked_for: list[int]) -> None:
    v = classify(mail(NO), [OWNER])
    assert v.is_rejection and v.stage == "application" and not looked_for
    assert v.company == "Acme Analytics" and looked_for == [1]
    assert v.role == "Data Analyst" and looked_for == [1]


def test_a_rejections_stage_cue_worded_as_own_talk_asks_at_once(looked_for: list[int]) -> None:
    """Whether "the call we had" was the employer's interview or an agency's own talk needs
    the company extractors (is the sender an agency?): asked while deciding the stage."""
    said = NO.replace("Unfortunately", "After the interview we had last week, unfortunately")
    v = classify(mail(said), [OWNER])
    assert v.is_rejection and v.stage == "interview" and looked_for == [1]
    assert v.company == "Acme Analytics" and looked_for == [1]


@pytest.mark.parametrize("body", [ACK, NO])
def test_a_deferred_verdict_equals_pickles_and_copies_as_an_eager_one(body: str) -> None:
    lazy, read = classify(mail(body), [OWNER]), classify(mail(body), [OWNER])
    eager = Verdict(**{name: getattr(read, name) for name in Verdict.__dataclass_fields__})
    assert lazy == eager and repr(lazy) == repr(eager) and hash(lazy) == hash(eager)
    for twin in (pickle.loads(pickle.dumps(classify(mail(body), [OWNER]))), copy.copy(lazy)):
        assert type(twin) is Verdict and twin == eager
        assert all(name in vars(twin) for name in DETAILS) and "_details" not in vars(twin)
    assert lazy.as_json() == eager.as_json()


def test_an_extractor_error_leaves_a_deferred_verdicts_decision_standing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any) -> Any:
        raise ValueError("boom")

    monkeypatch.setattr(classifier, "_fields", broken)
    v = classify(mail(ACK), [OWNER])
    assert v.category == "acknowledgement" and v.company is None and v.role is None
    assert v.reasons[-1] == "no details: ValueError('boom')"
    no = classify(mail(NO), [OWNER])  # its stage did not ask: the rejection stands too
    assert no.is_rejection and no.stage == "application" and no.company is None
    assert no.reasons[-1] == "no details: ValueError('boom')"
    # A stage that asks (an agency's own talk?) fails the call: the classifier's error verdict.
    asked = NO.replace("Unfortunately", "After the interview we had last week, unfortunately")
    assert classify(mail(asked), [OWNER]).category == "error"
    with pytest.raises(AttributeError):
        v.no_such_field  # noqa: B018
