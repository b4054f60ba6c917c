"""The literal pre-tests come from ``re``'s private parser; on a Python whose parser this
code does not know, they are given up, and the verdicts must not change (only the speed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agent.classify import classify, needles, packs, patterncache
from agent.classify.engine import LANG_DIR_ENV
from agent.mail.parse import parse_bytes

CORPUS = Path(__file__).parent / "corpus" / "emails"


def test_this_python_s_parser_is_known_and_used() -> None:
    low, high = needles.PARSER_VERSIONS
    assert low <= sys.version_info[:2] <= high
    assert needles.parser_known()
    assert needles.parse(r"\bnot (be )?moving", 0) is not None
    assert patterncache.derive(r"\bnot (be )?moving forward", 0)[0]  # needles found


def test_an_unknown_parser_gives_up_the_pre_tests_and_keeps_every_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mails = [parse_bytes(p.read_bytes()) for p in sorted(CORPUS.glob("*.eml"))[::5]]
    assert len(mails) > 60
    known = [classify(m).as_json() for m in mails]

    monkeypatch.setattr(needles, "PARSER_VERSIONS", ((3, 0), (3, 1)))  # not this Python
    assert not needles.parser_known()
    assert needles.parse("a", 0) is None
    assert needles.starts("abc", 0) is None and needles.max_width("abc", 0) is None
    assert not needles.consumed_line_start(r"(^|\n)abc", 0)  # cannot tell: accepted
    monkeypatch.setattr(patterncache, "_known", {})  # derive every pattern again ...
    monkeypatch.setattr(patterncache, "_fresh", {})
    monkeypatch.setattr(patterncache, "save", lambda: None)  # ... and keep none of it
    monkeypatch.setenv(LANG_DIR_ENV, str(tmp_path))  # a pack set of its own, compiled now
    cues = [c for p in packs().packs.values() for c in p.cues]
    assert cues and not any(c.rx.needles or c.rx.lead for c in cues)  # no pre-test left
    unknown = [classify(m).as_json() for m in mails]
    assert unknown == known
