"""Phrase packs are checked when loaded: unknown keys, wrong types and shared rule ids fail loudly."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest

from agent.classify.engine import (
    LANG_DIR_ENV,
    PACK_DIR,
    lang_dir,
    load_packs,
    pack_dirs,
    read_pack,
)
from agent.classify.packcheck import check_pack, rule_name
from agent.errors import PackError

SHIPPED = sorted(PACK_DIR.glob("*.toml"))

GOOD = """
[meta]
code = "eo"
name = "Esperanto"
stopwords = ["la", "kaj"]

[rejection]
'ni ne daŭrigos vian kandidatiĝon' = 3.0
'bedaŭrinde' = { weight = 0.8, id = "regret" }

[lookalike.offer]
'ni ĝojas proponi' = -3.0

[frames.ne-elektis]
weight = 3.0
slots = [['ne'], 1, ['elektis'], ['vin']]

[stage]
interview = ['\\bintervjuo\\b']
weak = { interview = ['\\bvoko\\b'] }
"""


def test_every_shipped_pack_loads_and_passes_its_check() -> None:
    assert {p.stem for p in SHIPPED} >= {"en", "de", "fr", "es", "it", "nl", "pt"}
    for path in SHIPPED:
        with path.open("rb") as fh:
            check_pack(path, tomllib.load(fh))
    assert set(load_packs(pack_dirs()).packs) >= {p.stem for p in SHIPPED}


def test_a_good_user_pack_loads(tmp_path: Path) -> None:
    (tmp_path / "eo.toml").write_text(GOOD, encoding="utf-8")
    pack = read_pack(tmp_path / "eo.toml")
    assert {c.rule for c in pack.cues} >= {"eo.rejection.regret", "frame:eo.ne-elektis"}


# (what is added to the good pack, the key path the error names, a part of the value shown)
MISTAKES = [
    # a rule pasted under a frame's table
    (
        GOOD.replace("slots = [['ne']", "'ni ne elektis vin' = 3.0\nslots = [['ne']"),
        "frames.ne-elektis.ni ne elektis vin",
        "3.0",
    ),
    # a misspelt key of a frame
    (GOOD.replace("weight = 3.0\nslots", "wieght = 3.0\nslots"), "frames.ne-elektis.wieght", "3.0"),
    # a misspelt top-level table
    (GOOD + "\n[rejections]\n'ne plu' = 3.0\n", "rejections", "'ne plu'"),
    # an unknown key in a rule entry
    (
        GOOD.replace('id = "regret"', 'id = "regret", wieght = 1'),
        "rejection.'bedaŭrinde'.wieght",
        "1",
    ),
    # a weight written as a string
    (
        GOOD.replace("kandidatiĝon' = 3.0", "kandidatiĝon' = '3.0'"),
        "rejection.'ni ne daŭrigos vian kandidatiĝon'",
        "'3.0'",
    ),
    # a rule put straight under [lookalike] (its category missing)
    (GOOD.replace("[lookalike.offer]", "[lookalike]"), "lookalike.ni ĝojas proponi", "-3.0"),
    # a stage the engine does not know
    (
        GOOD.replace("\ninterview = [", "\nintervju = ["),
        "stage.intervju",
        "intervjuo",
    ),
    # session 39: template furniture (``chrome``) written as one string, not a list
    (GOOD + "\n[structure]\nchrome = 'malabonu'\n", "structure.chrome", "'malabonu'"),
    # a rule pasted under [meta]
    (
        GOOD.replace('stopwords = ["la", "kaj"]', 'stopwords = ["la", "kaj"]\n\'ne plu\' = 3.0'),
        "meta.ne plu",
        "3.0",
    ),
    # a slot that is neither a list of patterns nor a word count
    (GOOD.replace("slots = [['ne'], 1,", "slots = ['ne', 1,"), "frames.ne-elektis.slots", "'ne'"),
]


# Session 36 (tidy40): a third-party gate says in its pack whether and how the reader's own
# application owns it (``reader_owns``); a value the engine does not know, or the key on a rule
# no one asks about the reader, would be a rule that silently never does what it says.
MOVED = "'movita al malakceptitaj' = { weight = -6.0, id = \"moved\", reader_owns = %s }"
# (text, the key path and the rule id the error names, the value shown)
READER_OWNS_MISTAKES = [
    # a value the engine does not know (a misspelt or an invented one)
    (
        GOOD + "\n[lookalike.third_party]\n" + MOVED % '"subject-after"',
        "lookalike.third_party.'movita al malakceptitaj'.reader_owns: rule eo.third_party.moved",
        "'subject-after'",
    ),
    # not a string at all
    (
        GOOD + "\n[lookalike.third_party]\n" + MOVED % "true",
        "lookalike.third_party.'movita al malakceptitaj'.reader_owns: rule eo.third_party.moved",
        "True",
    ),
    # a known value on a rule that is no third-party gate: read by nothing
    (
        GOOD.replace('id = "regret"', 'id = "regret", reader_owns = "no-before"'),
        "rejection.'bedaŭrinde'.reader_owns: rule eo.rejection.regret",
        "'no-before'",
    ),
]


@pytest.mark.parametrize(("text", "key", "value"), MISTAKES + READER_OWNS_MISTAKES)
def test_each_kind_of_mistake_fails_naming_file_key_and_value(
    tmp_path: Path, text: str, key: str, value: str
) -> None:
    path = tmp_path / "eo.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_pack(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {key}: "), message
    assert value in message, message
    assert caught.value.exit_code == 2


def test_a_gate_s_known_reader_owns_reaches_its_cue(tmp_path: Path) -> None:
    path = tmp_path / "eo.toml"
    path.write_text(GOOD + "\n[lookalike.third_party]\n" + MOVED % '"subject-before"', "utf-8")
    owns = {cue.rule: cue.reader_owns for cue in read_pack(path).cues}
    assert owns["eo.third_party.moved"] == "subject-before"
    assert owns["eo.rejection.regret"] == ""


def test_a_broken_pack_in_the_lang_dir_stops_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No more "logged and skipped": a rule that silently never fires is the worse failure."""
    (tmp_path / "eo.toml").write_text(GOOD + "\n[frame.x]\nslots = [['a']]\n", encoding="utf-8")
    monkeypatch.setenv(LANG_DIR_ENV, str(tmp_path))
    with pytest.raises(PackError, match=r"eo\.toml: frame: unknown key 'frame'"):
        load_packs(pack_dirs())
    (tmp_path / "eo.toml").write_text("[meta\n", encoding="utf-8")
    load_packs.cache_clear()
    with pytest.raises(PackError, match="not valid TOML"):
        load_packs(pack_dirs())
    (tmp_path / "eo.toml").write_text(GOOD.replace("'bedaŭrinde'", "'(bedaŭrinde'"), "utf-8")
    load_packs.cache_clear()
    with pytest.raises(PackError, match=r"not a valid pattern: .*bedaŭrinde"):
        load_packs(pack_dirs())


def test_rule_ids_are_twelve_hex_digits_of_the_pattern_or_the_rules_own() -> None:
    """Three bytes (six hex digits) make a collision likely among a few thousand rules; six do not."""
    assert re.fullmatch(r"[0-9a-f]{12}", rule_name("we will not proceed", {}))
    assert rule_name("we will not proceed", {"id": "not-proceed"}) == "not-proceed"
    for path in SHIPPED:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        tables = [data.get("rejection", {}), *data.get("lookalike", {}).values()]
        own = {v["id"] for t in tables for v in t.values() if isinstance(v, dict) and "id" in v}
        for cue in read_pack(path).cues:
            assert re.fullmatch(rf"frame:{path.stem}\.[\w-]+|{path.stem}\.\w+\.[\w-]+", cue.rule)
            name = cue.rule.rsplit(".", 1)[1]
            if not cue.rule.startswith("frame:") and name not in own:
                assert re.fullmatch(r"[0-9a-f]{12}", name), cue.rule


COLLIDING = rule_name("ni ĝojas proponi", {})


@pytest.mark.parametrize(
    ("added", "named"),
    [
        # a rule given another rule's id
        ("'ni ricevis' = { weight = -1.0, id = \"regret\" }", "'bedaŭrinde' in [rejection]"),
        # a rule given a frame's name
        ("'ni ricevis' = { weight = -1.0, id = \"ne-elektis\" }", "[frames.ne-elektis]"),
        # a rule given the hash of another rule's pattern (a hash collision, made by hand)
        (f"'ni ricevis' = {{ weight = -1.0, id = \"{COLLIDING}\" }}", "'ni ĝojas proponi'"),
    ],
)
def test_a_shared_rule_id_fails_naming_the_table_and_both_patterns(
    tmp_path: Path, added: str, named: str
) -> None:
    path = tmp_path / "eo.toml"
    path.write_text(f"{GOOD}\n[lookalike.ack]\n{added}\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_pack(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: lookalike.ack.'ni ricevis': rule id "), message
    assert named in message and "'ni ricevis'" in message, message


def test_a_broken_pack_stops_the_warm_up_not_each_mail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daemon warms up before watching: a broken pack is its start's error (exit 2),
    not an error recorded against every mail that arrives after it."""
    from agent.ingest.pipeline import warm_classifier

    (tmp_path / "eo.toml").write_text(GOOD + "\n[frame.x]\nslots = [['a']]\n", encoding="utf-8")
    monkeypatch.setenv(LANG_DIR_ENV, str(tmp_path))
    with pytest.raises(PackError, match=r"eo\.toml: frame: unknown key 'frame'"):
        warm_classifier()


# A decision cue the scan's cheap path cannot test by its words or its one-pass scanner:
# (what replaces what in the good pack, the key path, the rule id, what the message suggests)
BLIND_CUES = [
    # a line start that consumes the line break: the first word is nobody's needle
    (
        ("'ni ne daŭrigos vian kandidatiĝon' = 3.0", "'(^|\\n)ni ne daŭrigos' = 3.0"),
        "rejection.'(^|\\\\n)ni ne daŭrigos'",
        "eo.rejection." + rule_name(r"(^|\n)ni ne daŭrigos", {}),
        "(?<![^\\n])",
    ),
    (
        ("slots = [['ne'], 1,", "slots = [['(?:^|\\s)ne'], 1,"),
        "frames.ne-elektis",
        "frame:eo.ne-elektis",
        "(?<![^\\n])",
    ),
    # not one literal word: the pre-filter's word test would be off for every mail
    (
        ("'ni ne daŭrigos vian kandidatiĝon' = 3.0", "'[a-z]+ ?!' = 3.0"),
        "rejection.'[a-z]+ ?!'",
        f"eo.rejection.{rule_name('[a-z]+ ?!', {})}",
        "literal word",
    ),
    # a construct the one-pass scanner does not read (a back-reference)
    (
        ("'ni ne daŭrigos vian kandidatiĝon' = 3.0", r"'ni (ne) daŭrigos \1' = 3.0"),
        r"rejection.'ni (ne) daŭrigos \\1'",
        "eo.rejection." + rule_name(r"ni (ne) daŭrigos \1", {}),
        "one-pass",
    ),
]


@pytest.mark.parametrize(("swap", "key", "rule", "advice"), BLIND_CUES)
def test_a_cue_the_cheap_path_cannot_test_fails_naming_file_rule_and_pattern(
    tmp_path: Path, swap: tuple[str, str], key: str, rule: str, advice: str
) -> None:
    """A cue starting "(^|\\n)" silently lost its first word as the pre-filter's needle (or
    all of them): the cheap and the full path could disagree. Now the load says so."""
    assert swap[0] in GOOD
    path = tmp_path / "eo.toml"
    path.write_text(GOOD.replace(*swap), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_pack(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {key}: "), message
    assert rule in message and advice in message, message
    assert caught.value.exit_code == 2


def test_a_zero_width_line_start_is_accepted_and_keeps_its_first_word(tmp_path: Path) -> None:
    """What the message says to write instead works: its first word is the cue's needle."""
    path = tmp_path / "eo.toml"
    swap = ("'ni ne daŭrigos vian kandidatiĝon' = 3.0", "'(?<![^\\n])ni ne daŭrigos' = 3.0")
    path.write_text(GOOD.replace(*swap), encoding="utf-8")
    cue = next(c for c in read_pack(path).cues if "daŭrigos" in c.rx.pattern)
    assert frozenset({"ni"}) in cue.rx.needles or cue.rx.lead == frozenset({"ni"})


NEGATED = """
[structure]
negations = ['ne', 'neniam']

[lookalike.interview]
'ni (\\w+ ){0,2}invitos vin' = -3.0
'ni( \\S+){0,2} vokos vin' = { weight = -3.0, negation_in_gaps = true }

[frames.invito]
category = "interview"
weight = -3.0
slots = [['ni'], 2, ['intervjuos'], ['vin']]
"""


def test_a_word_gap_never_steps_over_a_pack_negation_unless_its_rule_says_so(
    tmp_path: Path,
) -> None:
    """ "( \\S+){0,3}" or a frame's word count read "we will not invite you" as an
    invitation: the gap took "not" as any word. The pack's ``negations`` now stop it."""
    path = tmp_path / "eo.toml"
    path.write_text(GOOD.replace("[lookalike.offer]", NEGATED + "\n[lookalike.offer]"), "utf-8")
    cues = read_pack(path).cues
    invite = next(c for c in cues if "invitos" in c.source)
    call = next(c for c in cues if "vokos" in c.source)
    frame = next(c for c in cues if c.rule == "frame:eo.invito")
    assert invite.rx.rx.search("ni tre volonte invitos vin")
    assert not invite.rx.rx.search("ni ne invitos vin")
    assert not invite.rx.rx.search("ni neniam invitos vin")
    assert frame.rx.rx.search("ni volonte intervjuos vin")
    assert not frame.rx.rx.search("ni ne intervjuos vin")
    assert call.rx.rx.search("ni ne vokos vin")  # its rule says so
    assert invite.rx.rx.search("ni nepre invitos vin")  # a word that starts like one


def test_a_split_negation_s_first_half_may_sit_in_a_gap_before_its_second() -> None:
    """French "ne ... pas": a slot holding "pas retenu" needs its gap to take "n'avons";
    only the second half ("pas") is a pack negation."""
    fr = next(c for c in load_packs(pack_dirs()).packs["fr"].cues if "application-failed" in c.rule)
    text = "votre candidature, nous regrettons de vous informer que nous n'avons pas retenu"
    assert fr.rx.rx.search(text) is not None


def test_the_pack_folder_variable_is_read_as_os_environ_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``engine.lang_dir`` (read once a mail by ``packs()``) sees the variable unset, set,
    changed and unset again, as ``os.environ.get`` does."""
    monkeypatch.delenv(LANG_DIR_ENV, raising=False)
    assert lang_dir() == os.environ.get(LANG_DIR_ENV, "") == ""
    for value in ("/tmp/a", "/tmp/b:/tmp/c", "", "/tmp/caf\u00e9"):
        monkeypatch.setenv(LANG_DIR_ENV, value)
        assert lang_dir() == os.environ.get(LANG_DIR_ENV, "") == value
    monkeypatch.delenv(LANG_DIR_ENV)
    assert lang_dir() == ""
