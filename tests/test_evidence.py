"""Slot-level evidence: the frames' near misses, the knocked-out view, and the slot model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_classify import OWNER, mail

from agent.classify import _read, classify, evidence
from agent.classify.evidence import SlotModel
from agent.classify.frames import decide
from agent.classify.learned import ModelError
from agent.mail.parse import Message

JOB = (
    "Dear Alex,\n\nThank you for your application for the Data Engineer role.\n\n{}\n\n"
    "Best regards,\nAcme Talent Team"
)
# Two of en.not-proceed's three slots ("not" ... "your application"), no selection verb.
NEAR = "Sadly we will not be your application's home."
CLEAR = "We will not be moving you to the next stage."
# Speaks whenever a frame came near: the wiring, not a judgement.
TOY = SlotModel("toy", {"bias": -6.0, "near:max-fraction": 15.0}, threshold=0.9)


def job_mail(sentence: str) -> Message:
    return mail(JOB.format(sentence), sender="Acme Careers <jobs@acme-corp.com>")


def read(sentence: str) -> tuple[Message, list, str]:  # type: ignore[type-arg]
    msg = job_mail(sentence)
    _, langs, t = _read(msg)
    return msg, langs, t.cues.text[: t.lead_end]


def test_a_near_miss_reads_as_a_partial_frame_said_to_the_reader() -> None:
    msg, langs, text = read(NEAR)
    _, _, t = _read(msg)
    d = decide(msg, langs, t)
    assert not d.is_rejection and evidence.in_room(d)
    values, best = evidence.features(msg, [p.code for p in langs], text, d)
    assert best is not None and best.rule == "en.not-proceed"
    assert best.found == (True, False, True)
    assert values["near:max-fraction"] == pytest.approx(2 / 3)
    assert values["near:all-but-one"] == 1.0 and values["near:full-unmatched"] == 0.0
    assert values["object:reader"] == 1.0 and values["object:negated"] == 1.0
    assert values["job"] == 1.0 and values["cat:acknowledgement"] < 0


def test_knocked_out_decides_again_without_the_rules_that_decided() -> None:
    msg, langs, text = read(CLEAR)
    _, _, t = _read(msg)
    assert decide(msg, langs, t).is_rejection
    d, gone = evidence.knocked_out(msg, langs, t)
    assert not d.is_rejection and evidence.in_room(d)
    assert "frame:en.not-proceed" in gone
    # The frames taken out are not read as near misses either; the packs are left as they were.
    _, best = evidence.features(msg, [p.code for p in langs], text, d, gone)
    assert best is None or "frame:" + best.rule not in gone
    assert decide(msg, langs, t).is_rejection


def test_a_slot_model_decides_where_the_rules_leave_room_and_cites_the_frame() -> None:
    v = classify(job_mail(NEAR), [OWNER], model=TOY)
    assert v.is_rejection and v.stage
    assert v.reasons[0].startswith("rejection by model:toy p=")
    assert 'near frame:en.not-proceed 2/3 "will not be your application"' in v.reasons[0]
    assert not classify(job_mail(NEAR), [OWNER]).is_rejection


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        # No job context: a refusal about something else is never the model's to call.
        ("Hi Alex,\n\nSadly we will not be your venue's home.\n\nBest,\nJordan", "j@example.org"),
        # An invitation: a look-alike the rules saw keeps the last word.
        (JOB.format(NEAR + " We would like to invite you to an interview."), "jobs@acme.com"),
    ],
)
def test_the_slot_model_is_silent_outside_its_room(body: str, sender: str) -> None:
    v = classify(mail(body, sender=sender), [OWNER], model=TOY)
    assert not v.is_rejection
    assert not any("by model" in r for r in v.reasons)


def test_a_rule_decision_is_not_second_guessed_by_the_slot_model() -> None:
    v = classify(job_mail(CLEAR), [OWNER], model=TOY)
    assert v.is_rejection and not any("by model" in r for r in v.reasons)


def test_the_bundled_slot_model_loads_and_stays_under_its_threshold_on_a_thanks() -> None:
    model = evidence.bundled()
    assert model.weights and 0 < model.threshold <= 1
    assert not classify(job_mail("We will review it shortly."), [OWNER], model=model).is_rejection


@pytest.mark.parametrize(
    ("data", "what"),
    [
        ({"name": "x", "threshold": 0.9}, "KeyError"),
        ({"name": "x", "threshold": 0.9, "weights": {"bias": "heavy"}}, "ValueError"),
        ({"name": "x", "threshold": 1.5, "weights": {}}, "not a probability"),
        ([], "TypeError"),
    ],
)
def test_a_bad_slot_model_file_says_what_is_wrong(tmp_path: Path, data: object, what: str) -> None:
    path = tmp_path / "slot_model.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match=what):
        evidence.read_model(path)
