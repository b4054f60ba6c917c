"""Patterns are tried only where a match can start: their leading words (issue 11).

Why: a pattern with no leading words (``Rx.lead``) is scanned over the whole mail for
its opening literals, or searched by ``re`` at every position; one that opens with an
optional word ("(unfortunately )?regret") had none until its words were read past it.
"""

from __future__ import annotations

import re

import pytest

from agent.classify.matching import Doc, NeedleIndex, Rx
from agent.classify.needles import lead_literals, parse


@pytest.mark.parametrize(
    ("pattern", "lead"),
    [
        (r"(unfortunately )?(regret|unsuccessful)", {"unfortunately", "regret", "unsuccessful"}),
        (r"\b(?:(we|they) have )?decided", {"we", "they", "decided"}),
        (r"(abend|deutsch)kurs", {"abendkurs", "deutschkurs"}),
        (r"(a|)bc", {"abc", "bc"}),
        (r"(ab)?cd", {"abcd", "cd"}),
        (r"(ab)+c", {"ab"}),  # a repetition runs on into the next: only its own word
        (r"(very )+good", {"very"}),
        (r"(no)(?:t)?x", {"no"}),
        (r"\w*stelle", None),
        (r"(?:x)?", None),
        (r"(x )?\w+", None),
    ],
)
def test_leading_words_of_an_optional_opening(pattern: str, lead: set[str] | None) -> None:
    found = lead_literals(parse(pattern, re.I))
    assert found == (None if lead is None else frozenset(lead))


def test_an_optional_opening_finds_what_re_finds() -> None:
    """Tried only at its leading words, such a pattern still finds every match re finds."""
    pattern = r"\b(?:(sadly|unfortunately),? )?(we|they) (regret|will not)\b"
    rx = Rx(pattern)
    assert rx.lead == frozenset({"sadly", "unfortunately", "we", "they"})
    text = "Sadly, we regret. We will not. unfortunately they regret; xwe regret; they will not."
    doc = Doc(text, NeedleIndex.build([rx]))
    expected = [m.span() for m in re.finditer(pattern, text, re.I)]
    assert len(expected) == 4
    assert [m.span() for m in rx.finditer(doc)] == expected
    assert [m.span() for m in rx.matches(doc, len(text))] == expected
