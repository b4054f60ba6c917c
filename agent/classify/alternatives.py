"""A cue written as alternatives ("a|b|c" at its top level), tried with only those of its
alternatives whose words the text holds.

Why: a cue's needle groups are its alternatives' groups joined, so one group of a long
alternation ("application|…" in one alternative, "marketplace|supplier|…" in the next)
lets the whole cue through wherever any alternative's first word occurs, and ``re`` then
tries every alternative at every position it is asked (session 40: the ten costliest
cues of a rejection's decision reading are such look-alike and gate alternations, ~60 % of
``frames._hits``' time and no match in most mails). Each alternative has its own needle
groups and leading words here, in the same needle index: those that miss a group in a
text cannot match there, and the rest, in their order, are one pattern of their own.

The same matches as the whole cue: at any position the whole pattern's match is its
first alternative that matches there, and an alternative left out matches nowhere in
the text, so the rest match where the whole does, each with the same span. A cue with
leading words is tried where the words of the alternatives kept start (a match of one
starts with one of its own). A cue without them is searched with ``re`` over the text
(:class:`matching.Scan`), where a match may begin inside a word: there only alternatives
that open with ``\\b`` are set apart (their needles are words the match starts or holds
whole), otherwise the cue is tried whole. ``tests/test_alternatives.py`` holds every
pack's split cues to the whole ones.
"""

from __future__ import annotations

import re

from agent.classify.matching import NO_MATCHES, Doc, Rx, Scan, anchored
from agent.classify.needles import parser_known
from agent.classify.patterncache import compiled

# What can open or close a group or hold a "|" that is no alternation: an escaped backslash,
# parenthesis, bar or bracket, a class ("]" first, after "^", is a member), a parenthesis, a
# bar. Read as tokens, not character by character: the packs' 2,601 cue patterns are read at
# every start, and other escapes ("\\b", "\\s") are no token: re skips over them.
_TOKEN = re.compile(r"\\[\\()|\[\]]|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.S)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_NOT_STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[^()|\\\[]+", re.S)
_INNERMOST = re.compile(r"\([^()]*\)")


def _bar_outside_groups(pattern: str) -> bool:
    """Whether a ``|`` stands outside every group: the pattern's parentheses and bars alone,
    innermost groups dropped until none is left (in C: most patterns have none such)."""
    rest = _NOT_STRUCTURE.sub("", pattern)
    while "(" in rest:
        shorter = _INNERMOST.sub("", rest)
        if shorter == rest:
            return True  # unbalanced: let the token walk say
        rest = shorter
    return "|" in rest


def top_level(pattern: str) -> list[str] | None:
    """``pattern`` cut at the ``|`` outside every group and class; None without one (or with
    a global inline flag, which one alternative alone would not carry)."""
    if "|" not in pattern or _GLOBAL_FLAGS.match(pattern) or not _bar_outside_groups(pattern):
        return None
    parts: list[str] = []
    depth = last = 0
    for m in _TOKEN.finditer(pattern):
        piece = m[0]
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
        elif piece == "|" and depth == 0:
            parts.append(pattern[last : m.start()])
            last = m.end()
    parts.append(pattern[last:])
    return parts if len(parts) > 1 else None


class Alternatives:
    """A cue's pattern and its top-level alternatives, each an :class:`Rx` of its own."""

    __slots__ = ("_reduced", "branches", "rx")

    def __init__(self, rx: Rx, branches: tuple[Rx, ...]) -> None:
        self.rx = rx
        self.branches = branches
        # the alternatives kept (their numbers) -> those alternatives as one pattern
        self._reduced: dict[tuple[int, ...], tuple[re.Pattern[str], Scan]] = {}

    @classmethod
    def of(cls, rx: Rx) -> Alternatives | None:
        """``rx``'s alternatives, when setting them apart keeps its matches; else None."""
        parts = top_level(rx.pattern)
        if parts is None or not parser_known():
            return None
        if rx.lead is None and not all(part.startswith("\\b") for part in parts):
            return None
        try:  # analysed once and kept across runs (patterncache), compiled only on first use
            branches = tuple(Rx(part, rx.flags) for part in parts)
        except re.error:
            return None  # a group reference across alternatives: the cue stays whole
        if not any(b.needles for b in branches):
            return None  # nothing to rule an alternative out with
        return cls(rx, branches)

    def matches(self, doc: Doc, end: int) -> list[re.Match[str]]:
        """``rx.matches(doc, end, tested=True)``: the cue's matches in ``doc.text[:end]``."""
        rx = self.rx
        index = doc.index
        if index not in rx.indexes or not doc.aligned:
            return rx.matches(doc, end, tested=True)
        present = doc.present
        kept: list[int] = []
        for i, branch in enumerate(self.branches):
            if index not in branch.indexes:
                return rx.matches(doc, end, tested=True)
            for group in branch.needles:
                if present.isdisjoint(group):
                    break
            else:
                kept.append(i)
        if not kept:
            return NO_MATCHES
        if len(kept) == len(self.branches):
            return rx.matches(doc, end, tested=True)
        key = tuple(kept)
        found = self._reduced.get(key)
        if found is None:
            pattern = compiled("|".join(self.branches[i].pattern for i in key), rx.flags)
            found = self._reduced[key] = (pattern, Scan(pattern))
        pattern, scan = found
        if rx.lead is None:
            return list(scan.finditer(doc.text, doc.low, 0, end, rx.reach(doc)))
        leads: set[str] = set()
        for i in key:
            lead = self.branches[i].lead
            if lead is None:
                leads = set(rx.lead)
                break
            leads |= lead
        positions = doc.positions(frozenset(leads))
        if not positions:
            return NO_MATCHES
        return anchored(pattern.match, doc.text, positions, 0, end)
