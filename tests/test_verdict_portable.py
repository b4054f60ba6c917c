"""The scan's worker sends a verdict's details only where recording reads them: a mail that is
no rejection nor a job event keeps its details deferred through the pipe, looked for on the
other side from the mail on first read, or never (issue 15, branch scan32)."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
import test_verdict_deferred
from test_verdict_deferred import ACK, NO, OWNER, mail

import agent.classify as classifier
from agent.classify import DETAILS, Verdict, classify
from agent.ingest import parallel
from agent.ingest.applications import details_read
from agent.ingest.pipeline import Analysis
from agent.mail.parse import RawMail

looked_for = test_verdict_deferred.looked_for  # the fixture: how many times fields were looked for

CHAT = (
    "Hi Alex,\n\nAre we still on for lunch on Friday? The new place near Acme Analytics "
    "opened last week.\n\nBest regards,\nJane Smith\nTalent Acquisition, Acme Analytics\n"
)


def eager(v: Verdict) -> Verdict:
    return Verdict(**{name: getattr(v, name) for name in Verdict.__dataclass_fields__})


def test_a_portable_verdict_pickles_without_its_details_and_finds_the_same_later(
    looked_for: list[int],
) -> None:
    v = classify(mail(CHAT), [OWNER])
    assert not v.is_rejection and not details_read(v)
    twin = pickle.loads(pickle.dumps(v.portable(), protocol=pickle.HIGHEST_PROTOCOL))
    assert not looked_for and "_details" in vars(twin)
    assert twin.company == "Acme Analytics" and looked_for == [1]
    assert twin.reply_address == "jane.smith@acme-analytics.com" and looked_for == [1]
    assert twin == eager(classify(mail(CHAT), [OWNER])) and twin.as_json() == v.as_json()


@pytest.mark.parametrize("body", [ACK, NO, CHAT])
def test_the_worker_sends_details_only_where_recording_reads_them(
    body: str, looked_for: list[int]
) -> None:
    msg = mail(body)
    v = classify(msg, [OWNER])
    part = parallel._packed([parallel._result(Analysis(RawMail("t", 1, 1, b""), msg, v))])
    sent = parallel._unpacked(part)[0][1]
    assert sent is not None
    read = details_read(v)  # an acknowledgement is a job event, a rejection is read whole
    assert read == (body != CHAT) and looked_for == ([1] if read else [])
    assert all(name in vars(sent) for name in DETAILS) == read
    assert sent == eager(classify(mail(body), [OWNER])) and sent.as_json() == v.as_json()


def test_a_verdict_with_its_details_read_is_its_own_portable_form() -> None:
    v = classify(mail(CHAT), [OWNER])
    assert v.portable() is not v
    v.company  # noqa: B018 - read: nothing left to defer
    assert v.portable() is v
    asked = NO.replace("Unfortunately", "After the interview we had last week, unfortunately")
    w = classify(mail(asked), [OWNER])  # its stage asked: looked for at once
    assert "_details" not in vars(w) and w.portable() is w


def test_an_extractor_error_after_the_pipe_leaves_the_decision_standing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent = pickle.loads(pickle.dumps(classify(mail(CHAT), [OWNER]).portable()))

    def broken(*args: Any) -> Any:
        raise ValueError("boom")

    monkeypatch.setattr(classifier, "_fields", broken)
    assert sent.category == "other" and sent.company is None
    assert sent.reasons[-1] == "no details: ValueError('boom')"
