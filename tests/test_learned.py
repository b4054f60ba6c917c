"""The learned second opinion: its loader, its scorer, and the gate that lets it speak."""

from __future__ import annotations

import dataclasses
import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from test_classify import OWNER, mail

from agent.classify import classify, gate, learned
from agent.classify.learned import Model, ModelError
from agent.ingest.pipeline import analyse_mail
from agent.mail.parse import LOCAL_UIDVALIDITY, RawMail, parse_bytes

# A model that knows one word: "zebra" makes any sentence a rejection, nothing else does.
TOY = Model("toy", {"w zebra": 12.0}, bias=-6.0, threshold=0.9)
# The same, asking for a light cue of the packs too, and surer in Spanish.
STRICT = Model("strict", TOY.weights, TOY.bias, 0.9, frozenset({"zebra"}), True, {"es": 0.999})
JOB = "Dear Alex,\n\nThank you for your application for the Data Engineer role.\n\n{}\n\nBest regards,\nAcme Talent Team"
ZEBRA = "The zebra has spoken about your application."


def test_bundled_model_loads_and_reads_a_rejection_higher_than_an_acknowledgement() -> None:
    model = learned.bundled()
    assert model.name and model.weights and 0 < model.threshold < 1
    no = model.probability("We received your application and will review it shortly.")
    yes = model.probability(
        "Unfortunately we have decided not to move forward with your application."
    )
    assert yes > model.threshold > no


@pytest.mark.parametrize(
    ("data", "what"),
    [
        ([], "not a JSON object"),
        ({"name": "x", "bias": 0, "threshold": 0.9}, "KeyError"),
        ({"name": "x", "bias": 0, "threshold": 0.9, "weights": {"w a": "heavy"}}, "ValueError"),
        ({"name": "x", "bias": 0, "threshold": 1.5, "weights": {}}, "not a probability"),
        (
            {"name": "x", "bias": 0, "threshold": 0.9, "weights": {}, "thresholds": {"es": 2}},
            "threshold 2.0 of es is not a probability",
        ),
        ({"name": "x", "bias": 0, "threshold": 0.9, "weights": {}, "vocab": 3}, "TypeError"),
        (
            {"name": "x", "bias": 0, "threshold": 0.9, "weights": {}, "gate": ["hunch"]},
            r"gate \['hunch'\] not of",
        ),
    ],
)
def test_a_bad_model_file_says_what_is_wrong(tmp_path: Path, data: object, what: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match=what):
        learned.read(path)


def test_a_missing_model_file_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"model\.json"):
        learned.read(tmp_path / "model.json")


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("keep_capitals = [", "TOMLDecodeError"),
        ('keep_capitals = ["de"]', "KeyError"),
        ('keep_capitals = []\n[pleasantry]\nthanks = ["(thanks"]\nbut = []', "error"),
    ],
)
def test_a_bad_data_file_is_a_model_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, what: str
) -> None:
    path = tmp_path / "learned.toml"
    path.write_text(text)
    monkeypatch.setattr(learned, "DATA_FILE", path)
    learned.data.cache_clear()
    try:
        with pytest.raises(ModelError, match=what):
            learned.data()
    finally:
        learned.data.cache_clear()


def test_a_written_model_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    for model in (TOY, STRICT, dataclasses.replace(STRICT, gate=("near", "cue"))):
        path.write_text(json.dumps(model.as_json()))
        assert learned.read(path) == model


def test_names_links_and_numbers_are_masked_before_counting() -> None:
    vocab = {"data", "engineer"}
    masked = learned.mask(
        "Your Data Engineer role at Globex: see globex.com or jo@globex.io", vocab
    )
    assert masked == "Your Data Engineer role at xname: see xlink or xlink"
    # one company is as good as another: the model cannot learn a stock name
    assert learned.features("The Globex team met.") == learned.features("The Initech team met.")
    assert "w xname" in learned.features("The Globex team met.")
    assert not any(f.startswith("c ") and "xna" in f for f in learned.features("Hi Globex"))
    # German capitalises nouns: there a capital names nothing
    assert (
        learned.mask("Leider ist die Stelle vergeben.", (), "de")
        == "Leider ist die Stelle vergeben."
    )
    assert (
        learned.mask("Leider ist die Stelle vergeben.", (), "en")
        == "Leider ist die xname vergeben."
    )


@pytest.mark.parametrize(
    ("sentence", "pleasantry"),
    [
        ("Thank you for considering us as a potential future employer.", True),
        ("Vielen Dank für Ihr Interesse an unserem Unternehmen.", True),
        ("Merci pour l'intérêt que vous portez à notre entreprise.", True),
        ("Thank you for your interest, but we have chosen another candidate.", False),
        ("Vielen Dank, leider müssen wir Ihnen absagen.", False),
        ("We have decided to go another way.", False),
    ],
)
def test_thanks_without_a_contrast_is_never_scored(sentence: str, pleasantry: bool) -> None:
    assert learned.is_pleasantry(sentence) is pleasantry
    assert (
        learned.sentences(f"{sentence}\nWe wish you well.") == ["We wish you well."]
    ) is pleasantry


def test_a_semicolon_does_not_cut_the_sentence_the_model_reads() -> None:
    # Cut at ";", "has not been offered to another candidate" read alone as a decision.
    said = "The position has not been offered to another candidate; it is still open."
    assert learned.sentences(said) == [said]
    assert learned.sentences("Sadly, the file does not open; could you send it again?") == []


def test_features_are_words_pairs_and_character_grams() -> None:
    feats = set(learned.features("Leider abgesagt 2024"))
    assert {"w leider", "w abgesagt", "w 0", "b leider abgesagt", "b abgesagt 0"} <= feats
    assert {"c <lei", "c der>", "c <abg", "c agt>"} <= feats  # word starts and endings
    assert not any(f.startswith("c ") and "0" in f for f in feats)  # numbers: one token


def test_a_negation_reaches_the_words_after_it_and_joins_its_neighbours() -> None:
    # "pas obtenu" and "avez pas" are bigrams; the no is what "pas" negates (session 27)
    feats = set(learned.features("Vous n'avez pas obtenu le poste.", lang="fr"))
    assert {"n obtenu", "n le", "n poste", "t avez ~ obtenu"} <= feats
    assert learned.negated(learned.words("We can't move forward")) == [
        "n move",
        "n forward",
        "t can ~ move",
    ]
    assert learned.negated(learned.words("We received your application")) == []


def test_best_names_the_sentence_that_scored_highest() -> None:
    sentences = learned.sentences(f"Thank you for applying.\n{ZEBRA} We wish you well.")
    p, sentence = TOY.best(sentences)
    assert sentence == ZEBRA and p > 0.99
    assert TOY.explain(sentence) == [("w zebra", 12.0)]


def test_the_model_decides_job_mail_the_rules_leave_open_and_says_so() -> None:
    msg = mail(JOB.format(ZEBRA), subject="Your application for Data Engineer")
    assert not classify(msg, [OWNER]).is_rejection
    v = classify(msg, [OWNER], model=TOY)
    assert v.is_rejection and v.category == "rejection"
    assert v.reasons[0].startswith(f'rejection by model:toy p=1.00 "{ZEBRA}')
    assert v.stage


@pytest.mark.parametrize(
    ("body", "sender", "category"),
    [
        # an offer is the rules' look-alike: it keeps the last word
        (
            JOB.format("We are delighted to offer you the position. " + ZEBRA),
            "Jane Smith <jane.smith@acme.com>",
            "offer",
        ),
        # no job context at all: the model is not asked
        (
            "Hi Alex,\n\n" + ZEBRA.replace("your application", "the zoo trip") + "\n\nSam",
            "Sam <sam@example.org>",
            None,
        ),
        # the owner's own mail
        (JOB.format(ZEBRA), f"Alex Doe <{OWNER}>", "sent_by_user"),
    ],
)
def test_the_rules_gates_still_win(body: str, sender: str, category: str | None) -> None:
    v = classify(mail(body, sender=sender), [OWNER], model=TOY)
    assert not v.is_rejection
    assert not any("model:" in r for r in v.reasons)
    if category:
        assert v.category == category


def test_a_model_that_asks_for_a_cue_speaks_only_after_a_light_one() -> None:
    bare = mail(JOB.format(ZEBRA), subject="Your application for Data Engineer")
    assert classify(bare, [OWNER], model=TOY).is_rejection
    assert not classify(bare, [OWNER], model=STRICT).is_rejection
    cued = mail(JOB.format("Unfortunately, " + ZEBRA.lower()), subject=bare.subject)
    assert not classify(cued, [OWNER]).is_rejection  # the cue alone decides nothing
    v = classify(cued, [OWNER], model=STRICT)
    assert v.is_rejection and v.reasons[0].startswith("rejection by model:strict")


def test_a_language_threshold_overrides_the_model_threshold() -> None:
    body = "Hola Alex:\n\nGracias por tu candidatura al puesto de analista.\n\nLamentablemente, zebra zebra.\n\nSaludos"
    msg = mail(body, subject="Tu candidatura para Data Engineer")
    assert STRICT.threshold_for("es") == 0.999 and STRICT.threshold_for("en") == 0.9
    assert classify(msg, [OWNER], model=dataclasses.replace(STRICT, thresholds={})).is_rejection
    assert not classify(msg, [OWNER], model=STRICT).is_rejection


@pytest.mark.parametrize(
    ("kinds", "sentence", "leaned"),
    [
        # a light cue of the packs in the model's own sentence
        (("cue",), "Unfortunately, the zebra has spoken about your application.", "cue en."),
        # a frame of the mail's language with all slots but one there
        (("near",), "We will not be moving the zebra forward.", "near frame:en.not-proceed 2/3"),
    ],
)
def test_a_gated_model_speaks_where_its_sentence_holds_the_rules_evidence(
    kinds: tuple[str, ...], sentence: str, leaned: str
) -> None:
    gated = dataclasses.replace(TOY, gate=kinds)
    msg = mail(JOB.format(sentence), subject="Your application for Data Engineer")
    assert not classify(msg, [OWNER]).is_rejection
    v = classify(msg, [OWNER], model=gated)
    assert v.is_rejection
    assert v.reasons[0].startswith(f'rejection by model:toy p=1.00 "{sentence}" where the rules')
    assert leaned in v.reasons[0]


@pytest.mark.parametrize(
    "text",
    [
        ZEBRA,  # no evidence of the rules at all
        f"{ZEBRA} Unfortunately the date has moved.",  # a light cue, in another sentence
        "We regret that the zebra has spoken about your application.",  # a cue the packs lack
    ],
)
def test_a_gated_model_is_silent_where_its_sentence_holds_nothing_of_the_rules(text: str) -> None:
    msg = mail(JOB.format(text), subject="Your application for Data Engineer")
    assert classify(msg, [OWNER], model=TOY).is_rejection  # the model alone would speak
    gated = dataclasses.replace(TOY, gate=("near", "cue", "cue-addressed"))  # in its sentence
    v = classify(msg, [OWNER], model=gated)
    assert not v.is_rejection and not any("model:" in r for r in v.reasons)


def test_a_gated_model_may_lean_on_another_sentence_it_scores_over_its_threshold() -> None:
    # two sentences the model is sure of; the first holds no cue, the second a light one
    text = f"{ZEBRA} Unfortunately, the zebra has spoken again."
    msg = mail(JOB.format(text), subject="Your application for Data Engineer")
    v = classify(msg, [OWNER], model=dataclasses.replace(TOY, gate=("cue",)))
    assert v.is_rejection
    assert v.reasons[0].startswith('rejection by model:toy p=1.00 "Unfortunately, the zebra')


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the cue a sentence away, in the same paragraph: both wider kinds hear it
        (f"{ZEBRA} Unfortunately the date has moved.", {"cue-paragraph", "cue-text"}),
        # in another paragraph: only the newest text as a whole holds it
        (f"Unfortunately the date has moved.\n\n{ZEBRA}", {"cue-text"}),
        # no light cue anywhere: no cue kind speaks
        (f"{ZEBRA}\n\nWe regret the zebra.", set()),
    ],
)
def test_the_wider_cue_kinds_look_around_the_models_sentence(text: str, kinds: set[str]) -> None:
    msg = mail(JOB.format(text), subject="Your application for Data Engineer")
    for kind in learned.CUE_KINDS:
        v = classify(msg, [OWNER], model=dataclasses.replace(TOY, gate=(kind,)))
        assert v.is_rejection is (kind in kinds), kind
        if v.is_rejection:
            assert (
                f'rejection by model:toy p=1.00 "{ZEBRA}" where the rules found cue en.'
                in v.reasons[0]
            )


def test_a_rule_decision_is_not_second_guessed() -> None:
    body = JOB.format("Unfortunately we will not be moving forward with your application.")
    v = classify(mail(body), [OWNER], model=TOY)
    assert v.is_rejection and not any("model:" in r for r in v.reasons)


def _raw(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Acme Careers <careers@acme.com>"  # job context from the sender
    msg["To"] = f"Alex Doe <{OWNER}>"
    msg["Subject"] = "An update from Acme"  # no job words: routing does not read it whole
    msg["Message-ID"] = "<zebra@acme.com>"
    msg.set_content(body)
    return msg.as_bytes()


def test_with_a_model_the_scan_reads_job_mail_the_glance_would_settle() -> None:
    raw = RawMail("zebra.eml", LOCAL_UIDVALIDITY, 1, _raw(JOB.format(ZEBRA)))
    owners = frozenset({OWNER})
    settled = analyse_mail(raw, owners)
    assert settled.glance is not None and settled.glance.job and settled.verdict is None
    read = analyse_mail(raw, owners, model=TOY)
    assert read.glance is None and read.verdict is not None and read.verdict.is_rejection


@pytest.mark.parametrize(
    ("model", "bound"),
    [
        (TOY, False),  # no gate: the model may speak anywhere in job mail
        (STRICT, True),  # asks for a light cue (Decision.cued)
        (dataclasses.replace(TOY, gate=("cue",)), True),
        (dataclasses.replace(TOY, gate=("cue-addressed",)), True),
        (dataclasses.replace(TOY, gate=("near",)), False),  # a frame's slots: not read cheaply
        (dataclasses.replace(TOY, gate=("cue", "near")), False),  # any kind suffices: near too
        (learned.bundled(), True),  # the shipped model's gate is ["cue"] (lr-9, lr-10)
    ],
)
def test_a_model_is_cue_bound_only_when_it_cannot_speak_without_a_cue(
    model: Model, bound: bool
) -> None:
    assert gate.cue_bound(model) is bound


def test_with_a_cue_gated_model_the_scan_reads_only_job_mail_with_a_light_cue() -> None:
    owners, gated = frozenset({OWNER}), dataclasses.replace(TOY, gate=("cue",))
    bare = RawMail("zebra.eml", LOCAL_UIDVALIDITY, 1, _raw(JOB.format(ZEBRA)))
    settled = analyse_mail(bare, owners, model=gated)  # no cue: the model could never speak
    assert settled.glance is not None and settled.glance.job and not settled.glance.light
    assert not classify(parse_bytes(bare.raw), [OWNER], model=gated).is_rejection
    cue = "Unfortunately, the zebra has spoken about your application."
    cued = RawMail("cued.eml", LOCAL_UIDVALIDITY, 2, _raw(JOB.format(cue)))
    read = analyse_mail(cued, owners, model=gated)
    assert read.glance is None and read.verdict is not None and read.verdict.is_rejection
    assert "where the rules found cue en." in read.verdict.reasons[0]
    # a gate the cheap path cannot key on: every job mail goes on, as before
    near = analyse_mail(bare, owners, model=dataclasses.replace(TOY, gate=("cue", "near")))
    assert near.glance is None and near.verdict is not None


def test_the_weights_are_read_as_the_dict_they_were_written_as() -> None:
    """``Weights`` (arrays, issue 15) answers as the decoded dict did, key for key, in order;
    a table this small makes most keys probe past another's slot."""
    written = {f"w k{i}": i / 7 for i in range(200)} | {"c <ab>": -1.5, "b ça ü": 0.25}
    table = learned.Weights(written.items())
    assert list(table) == list(written) and len(table) == len(written)
    assert all(table[k] == v and k in table for k, v in written.items())
    for missing in ("w k200", "w k1 ", "w k", "", "c <ab", "b ça"):
        assert missing not in table and table.get(missing) is None
    with pytest.raises(KeyError):
        table["w k200"]
    asked = ["w k3", "nothing", "c <ab>", "w k150", "b ça ü", "w k"]
    expected = sum(map(written.get, asked, [0.0] * len(asked)))  # type: ignore[arg-type]
    assert table.total(asked) == expected


def test_the_bundled_models_scores_and_json_are_those_of_its_file() -> None:
    """Every weight of the file, and the sum of a sentence's as a dict would give it."""
    stored = json.loads(learned.MODEL_FILE.read_text(encoding="utf-8"))["weights"]
    model = learned.bundled()
    assert model.as_json()["weights"] == stored and list(model.weights) == list(stored)
    for sentence in ("We have decided not to move forward with your application.", "Hallo"):
        found = set(learned.features(sentence, model.vocab))
        assert model.weights.total(found) == sum(stored.get(f, 0.0) for f in found)  # type: ignore[attr-defined]


def test_the_bundled_models_weights_are_held_in_arrays_not_objects() -> None:
    """Issue 15: the weights as a dict of strings were ~5.9 MiB of a scan's RSS; as
    ``Weights`` ~2.8. The bound leaves room for the vocabulary (~1.1 MiB)."""
    import tracemalloc

    tracemalloc.start()
    try:
        model = learned.read(learned.MODEL_FILE)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(model.weights) > 50_000 and held < 5 * 2**20
