"""A pack rule's regex as written → as compiled: a frame's slots joined, word gaps guarded.

Why apart from :mod:`agent.classify.engine`: these are pure functions of pattern text (no
pack, no cue, no compiled pattern), which the engine compiles from and :mod:`evidence`
reads a frame's slots with; kept here they are testable alone and the engine's module stays
about packs and texts. Nothing here imports another module of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Between two slots of a frame: a separator, or up to n words (never a sentence end).
_SEP = r"[ ,;'\-&]+"


def _words(n: int, guard: str) -> str:
    """A gap of up to ``n`` words between two slots, none of them a negation (``guard``)."""
    return _SEP.join(("(?:", guard + r"[\w'\-]+){0," + str(n) + "}?", ""))


def negation_guard(negations: Iterable[str]) -> str:
    """A look-ahead that refuses a word when it is one of a pack's negations ("" if none).

    Why: a word gap ("( \\S+){0,3}", a frame's ``3``) stepped over "not" or "no longer"
    as over any word, so "we will ( \\S+){0,2}invite you" read "we will not invite you" as
    an invitation; each rule guarded itself by hand, or did not.
    """
    alts = [w for w in negations if w]
    return "(?!(?:" + "|".join(alts) + r")\b)" if alts else ""


# A word gap of a hand-written pattern: one word with a space before or after it, repeated
# ("( \S+){0,3}", "(\w+ ){0,2}", "( [\w-]+)?"); the guard goes before the word.
# The "(" first and its backslash test after it ("(?<!\\\()": the two characters before are
# not "\("), not a look-behind first: re then skips from "(" to "(" in C instead of trying
# every character (~0.01 s of each process's start over the packs' patterns; the same matches).
_GAP = re.compile(r"(\((?<!\\\()(?:\?:)?)( ?)(\\[wS]\+|\[[^\]\[]*\]\+)( ?\))(?=[?*+{])")


def guard_gaps(pattern: str, guard: str) -> str:
    """``pattern`` with ``guard`` before the word of each of its word gaps."""
    if not guard or "(" not in pattern:
        return pattern

    def one(m: re.Match[str]) -> str:
        if not (m[2] or m[4].startswith(" ")):
            return m[0]  # "(\w+)+": no word gap
        return m[1] + m[2] + guard + m[3] + m[4]

    return _GAP.sub(one, pattern)


def aside_pattern(clause_words: Iterable[str]) -> str:
    """An optional aside between commas opened by a clause word: "your skills, while
    impressive, aren't what we need" keeps its frame (issue 11, session 16)."""
    alts = [w for w in clause_words if w]
    if not alts:
        return ""
    return r"(?:,\s*(?:" + "|".join(alts) + r")\b[^,.;:!?\n]{1,40}(?=,))?"


def frame_pattern(slots: list[Any], guard: str = "", aside: str = "") -> str:
    """One regex for a frame: each slot's alternatives, in order, one sentence apart at most.

    A slot is a list of alternatives; an int between two slots allows that many
    words in between ("not [be] moving forward", "offered [the] role to"), none of
    them a negation when ``guard`` (:func:`negation_guard`) is given, and before it
    an ``aside`` (:func:`aside_pattern`).
    """
    out: list[str] = []
    gap = _SEP
    for slot in slots:
        if isinstance(slot, int):
            gap = _words(slot, guard)
            continue
        if out:
            out.append(aside + gap)
        out.append("(?:" + "|".join(slot) + ")")
        gap = _SEP
    return r"\b" + "".join(out) + r"\b"
