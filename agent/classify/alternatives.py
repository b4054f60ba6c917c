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

from agent.classify.matching import _NO_MATCHES, Doc, Rx, Scan, _anchored
from agent.classify.needles import parser_known
from agent.classify.patterncache import compiled


def top_level(pattern: str) -> list[str] | None:
    """``pattern`` cut at the ``|`` outside every group and class; None without one (or with
    a global inline flag, which one alternative alone would not carry)."""
    if pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None
    parts: list[str] = []
    depth = last = i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "]" first (after "^") is a member, not its end
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
        i += 1
    parts.append(pattern[last:])
    return parts if len(parts) > 1 else None


class Alternatives:
    """A cue's pattern and its top-level alternatives, each an :class:`Rx` of its own."""

    __slots__ = ("_reduced", "branches", "rx")

    def __init__(self, rx: Rx, parts: list[str]) -> None:
        self.rx = rx
        self.branches = tuple(Rx(part, rx.flags) for part in parts)
        # the alternatives kept (their numbers) -> those alternatives as one pattern
        self._reduced: dict[tuple[int, ...], tuple[re.Pattern[str], Scan]] = {}

    @classmethod
    def of(cls, rx: Rx) -> Alternatives | None:
        """``rx``'s alternatives, when setting them apart keeps its matches; else None."""
        parts = top_level(rx.pattern)
        if parts is None or not parser_known():
            return None
        try:
            for part in parts:
                re.compile(part, rx.flags)
        except re.error:
            return None  # a group reference across alternatives: the cue stays whole
        if rx.lead is None and not all(part.startswith("\\b") for part in parts):
            return None
        found = cls(rx, parts)
        if not any(b.needles for b in found.branches):
            return None  # nothing to rule an alternative out with
        return found

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
            return _NO_MATCHES
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
            return _NO_MATCHES
        return _anchored(pattern.match, doc.text, positions, 0, end)
