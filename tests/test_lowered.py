"""lowered.Lowered: a case-insensitive pattern found through its twin over lower case finds what re
finds: each literal and class of the patterns it serves checked over all of Unicode, and whole
patterns against re on corpus text, odd cases and random strings."""

from __future__ import annotations

import random
import re

import pytest
from test_scan import TRICKY, _same, _texts

from agent.classify.extractors import common, company, role
from agent.classify.lowered import Lowered, _lower_tree, twin
from agent.classify.matching import _ODD_CASES


def _all_chars() -> str:
    """Every character whose lower case is one character, outside the odd cases (which make
    ``lowers_alike`` send a text to re alone)."""
    return "".join(
        ch
        for ch in map(chr, range(0x110000))
        if not 0xD800 <= ord(ch) < 0xE000 and ch not in _ODD_CASES and len(ch.lower()) == 1
    )


ALL = _all_chars()
ALL_LOW = ALL.lower()

SERVED = [
    v for module in (common, company, role) for v in vars(module).values() if isinstance(v, Lowered)
]


def _parser():  # type: ignore[no-untyped-def]
    return re._parser  # type: ignore[attr-defined]


def _nodes(sub):  # type: ignore[no-untyped-def]
    """Every literal and class of a parsed pattern, however deep."""
    c = re._constants  # type: ignore[attr-defined]
    for op, av in sub.data if hasattr(sub, "data") else sub:
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN):
            yield op, av
        elif op is c.BRANCH:
            for item in av[1]:
                yield from _nodes(item)
        elif op is c.SUBPATTERN:
            yield from _nodes(av[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            yield from _nodes(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            yield from _nodes(av[1])
        elif op is c.ATOMIC_GROUP:
            yield from _nodes(av)


def test_served_patterns_have_twins() -> None:
    assert len(SERVED) >= 4
    assert all(lowered._twin is not None for lowered in SERVED)


def test_word_space_digit_and_lower_case_agree_over_unicode() -> None:
    """\\w, \\d, \\s (and so \\b) say the same of a character and of its lower case."""
    for cls in (r"\w", r"\d", r"\s"):
        got = [m.start() for m in re.finditer(cls, ALL)]
        assert got == [m.start() for m in re.finditer(cls, ALL_LOW)], cls


def test_each_literal_and_class_matches_where_its_twin_does_over_unicode() -> None:
    """Each node of each served pattern, alone: re ignoring case on a character iff the
    twin's node on its lower case."""
    c = re._constants  # type: ignore[attr-defined]
    seen: set[str] = set()
    for lowered in SERVED:
        parsed = _parser().parse(lowered.rx.pattern, lowered.rx.flags)
        for node in _nodes(parsed):
            if repr(node) in seen:
                continue
            seen.add(repr(node))
            state = _parser().State()
            state.flags = lowered.rx.flags
            one = _parser().SubPattern(state, [node])
            orig = re._compiler.compile(one, lowered.rx.flags)  # type: ignore[attr-defined]
            low = _parser().SubPattern(_parser().State(), [node])
            _lower_tree(low, c)
            tw = re._compiler.compile(low, lowered.rx.flags & ~re.I)  # type: ignore[attr-defined]
            want = [m.start() for m in orig.finditer(ALL)]
            assert [m.start() for m in tw.finditer(ALL_LOW)] == want, node
    assert len(seen) > 30  # the letters of the words, the classes


def _random_texts(seed: int = 11, n: int = 400) -> list[str]:
    """Strings of the patterns' own words, cases and separators, shuffled."""
    rng = random.Random(seed)
    words = "Careers TEAM team hr HR Hr jobs Job thank you thanks Monday may MAY week the a"
    names = "Acme Robotics GmbH Personalabteilung RRHH recursos humanos Équipe ÉQUIPE"
    marks = "your our über é ß ſ İ K Σ ς - – | : , . ' ’ @ _ \n \t"
    pieces = [*words.split(" "), *names.split(" "), *marks.split(" "), " ", "  ", "\n"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(n)]


@pytest.mark.parametrize("lowered", SERVED, ids=lambda v: v.rx.pattern[:30])
def test_lowered_finds_what_re_finds(lowered: Lowered) -> None:
    """search, match and sub as re's own: corpus text and its lines, odd cases, random strings."""
    texts = [*TRICKY, *_random_texts()]
    for text in _texts():
        texts.append(text)
        texts.extend(text.split("\n")[:40])
    rx = lowered.rx
    for text in texts:
        assert _same(lowered.search(text), rx.search(text)), (rx.pattern[:40], text[:80])
        assert _same(lowered.match(text), rx.match(text)), (rx.pattern[:40], text[:80])
        assert lowered.sub("", text) == rx.sub("", text), (rx.pattern[:40], text[:80])


def test_twin_declines_what_it_cannot_state() -> None:
    assert twin(re.compile(r"team", 0)) is None  # nothing to lower
    assert twin(re.compile(r"(a)\1", re.I)) is None  # a backreference compares ignoring case
    assert twin(re.compile(r"a(?-i:B)", re.I)) is None  # case-sensitive inside
    assert twin(re.compile(r"[^\x00-\U0010ffff]x", re.I)) is None  # a class too wide to lower
    tw = twin(re.compile(r"\bTeam[A-C]\b", re.I))
    assert tw is not None and tw.search("our teamb") and not tw.search("our TEAMB")
