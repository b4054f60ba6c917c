"""The sentence bounds' fast spelling finds what the plain one finds (issue 11, clspeed34)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.classify.sentences import SENTENCE_END

# The spelling the bounds had before: the reference the fast one must agree with.
PLAIN = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=[-•*] )|\n(?=[A-Z][^\n]{0,40}\n)")

# Pieces that make every alternative (and its near misses) likely: ends of sentences,
# spaces of several kinds, line breaks, bullets, capitals, a line over 40 characters.
PIECES = [".", "!", "?", ";", ",", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2028", "\x1c"]
PIECES += ["-", "•", "*", "A", "Z", "é", "É", "a", "word", "x" * 41, "\n- ", "\n\n", ". \n"]


def spans(rx: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, start, end)]


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(PIECES), max_size=24), st.integers(0, 400), st.integers(0, 400))
def test_the_same_spans_as_the_plain_spelling(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    a, b = min(a, len(text)), min(b, len(text))
    assert spans(SENTENCE_END, text, 0, len(text)) == spans(PLAIN, text, 0, len(text))
    assert spans(SENTENCE_END, text, a, b) == spans(PLAIN, text, a, b)


def test_each_kind_of_bound() -> None:
    text = "No. We regret!  Then\n\n  Next\n- item\nHeading\nbody; end"
    assert spans(SENTENCE_END, text, 0, len(text)) == spans(PLAIN, text, 0, len(text))
    assert [text[s:e] for s, e in spans(SENTENCE_END, text, 0, len(text))] == [
        " ",
        "  ",
        "\n\n",
        "\n",
        "\n",
        " ",
    ]
