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
that open with ``\\b`` (bare or as a group's first item, ``(?:\\b…)``, the form
``engine.join`` writes) are left out when their words are missing (their needles are words
the match starts or holds whole); any other alternative is always kept, and a cue none of
whose alternatives opens so is tried whole. ``tests/test_alternatives.py`` holds every
pack's split patterns to the whole ones.

Not only cues: a pack's joined lists read on the same :class:`Doc` (``engine.join``: the
conditionals and hedges of a decision's sentence, the stage words) are split the same way
(``Pack.split``; session 41, branch speed46).
"""

from __future__ import annotations

import re

from agent.classify.matching import NO_MATCHES, Doc, NeedleIndex, Rx, Scan, anchored
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
_DIGIT_ESCAPE = re.compile(r"\\[1-9]")  # "\1": a back-reference unless its backslash is escaped


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


def _group_end(pattern: str) -> int:
    """Where the group opening ``pattern`` closes (the index of its ")"), or -1."""
    depth = 0
    for m in _TOKEN.finditer(pattern):
        if m[0] == "(":
            depth += 1
        elif m[0] == ")":
            depth -= 1
            if depth == 0:
                return m.start()
    return -1


def opens_with_boundary(part: str) -> bool:
    """Whether every match of ``part`` opens with ``\\b``: written first, or first in a
    non-capturing group that opens it (``(?:\\b…)…``), in each of that group's alternatives."""
    if part.startswith("\\b"):
        return True
    if not part.startswith("(?:"):
        return False
    end = _group_end(part)
    if end < 0 or part[end + 1 : end + 2] in ("?", "*", "{"):
        return False  # unbalanced, or a group that may be left out (or repeated none)
    inner = part[3:end]
    return all(opens_with_boundary(p) for p in top_level(inner) or [inner])


def distributed(pattern: str) -> list[str] | None:
    """``\\b(?:A|B|…)REST`` as its alternatives ``\\b(?:A)REST``, ``\\b(?:B)REST``, …; None
    for any other pattern (one with a name or a back-reference, which a second copy of REST
    would repeat, too). ``re`` tries A then REST, backtracking into A, before B: the first
    of these that matches at a position is the match of the whole there."""
    if not pattern.startswith("\\b(?:"):
        return None
    return _distributed(pattern, top_checked=False)


def _distributed(pattern: str, top_checked: bool) -> list[str] | None:
    """:func:`distributed` of a pattern opening with ``\\b(?:``; ``top_checked``: it has no
    alternatives at its top level (:func:`top_level` said so; not checked again)."""
    if "(?P" in pattern or _back_reference(pattern):
        return None
    body = pattern[2:]
    end = _group_end(body)
    if end < 0 or body[end + 1 : end + 2] in ("?", "*", "+", "{"):
        return None
    heads = top_level(body[3:end])
    if heads is None:
        return None
    rest = body[end + 1 :]
    if not top_checked and "|" in rest and _bar_outside_groups(rest):
        return None  # "\\b(?:a|b)c|d": alternatives at the top level (top_level's)
    return [f"\\b(?:{head}){rest}" for head in heads]


def _back_reference(pattern: str) -> bool:
    """Whether ``pattern`` refers back to a group by number ("\\1", not "\\\\1")."""
    for m in _DIGIT_ESCAPE.finditer(pattern):
        at = m.start()
        while at > 0 and pattern[at - 1] == "\\":
            at -= 1
        if (m.start() - at) % 2 == 0:  # an even run of backslashes before this one
            return True
    return False


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


# The kept alternatives as one pattern, its search and their numbers; True: the whole pattern
# is tried; False: nothing can match.
_Reduced = tuple[re.Pattern[str], Scan, tuple[int, ...]] | bool
_KEPT_SETS = 256  # the most sets of words an Alternatives keeps its answer for


class Alternatives:
    """A pattern's :class:`Rx` and its top-level alternatives, each an :class:`Rx` of its own."""

    __slots__ = ("_by_words", "_indexed", "_reduced", "_words", "branches", "fixed", "rx")

    def __init__(self, rx: Rx, branches: tuple[Rx, ...], fixed: tuple[bool, ...]) -> None:
        self.rx = rx
        self.branches = branches
        # Per alternative: always kept (its words say nothing: a match of the whole, found by
        # re anywhere in the text, may start inside a word there)
        self.fixed = fixed
        # the alternatives kept (their numbers) -> those alternatives as one pattern
        self._reduced: dict[tuple[int, ...], tuple[re.Pattern[str], Scan]] = {}
        # Every needle of the alternatives that may be left out: which of them a text holds
        # says which are kept, so that answer is kept per set of them (a few sets recur).
        self._words = frozenset(
            w for b, f in zip(branches, fixed, strict=True) if not f for g in b.needles for w in g
        )
        self._by_words: dict[frozenset[str], _Reduced] = {}
        self._indexed: NeedleIndex | None = None  # the index that holds every alternative

    @classmethod
    def of(cls, rx: Rx) -> Alternatives | None:
        """``rx``'s alternatives, when setting them apart keeps its matches; else None."""
        parts = top_level(rx.pattern)
        if (
            parts is None
            and rx.pattern.startswith("\\b(?:")
            and not _GLOBAL_FLAGS.match(rx.pattern)
        ):
            parts = _distributed(rx.pattern, top_checked=True)
        if parts is None or not parser_known():
            return None
        # With leading words every match starts at one, a word start: each alternative's own
        # words are a pre-test of it. Without, only an alternative that opens with \b has one.
        fixed = tuple(rx.lead is None and not opens_with_boundary(part) for part in parts)
        try:  # analysed once and kept across runs (patterncache), compiled only on first use
            branches = tuple(Rx(part, rx.flags) for part in parts)
        except re.error:
            return None  # a group reference across alternatives: the cue stays whole
        if not any(b.needles and not f for b, f in zip(branches, fixed, strict=True)):
            return None  # nothing to rule an alternative out with
        return cls(rx, branches, fixed)

    def _reduced_for(self, doc: Doc, tested: bool) -> _Reduced:
        """The kept alternatives as one pattern, its search and their numbers; True: try the
        whole pattern (the split cannot say, or every alternative is kept); False: no match."""
        rx = self.rx
        index = doc.index
        if index not in rx.indexes or not doc.aligned:
            return True
        if index is not self._indexed:
            if not all(index in branch.indexes for branch in self.branches):
                return True
            self._indexed = index
        present = doc.present
        if not tested:
            for group in rx.needles:
                if present.isdisjoint(group):
                    return False
        words = present & self._words
        found = self._by_words.get(words)
        if found is None:
            found = self._reduce(words)
            if len(self._by_words) < _KEPT_SETS:
                self._by_words[words] = found
        return found

    def _reduce(self, words: frozenset[str]) -> _Reduced:
        """:meth:`_reduced_for` where the text holds ``words`` of the alternatives' needles."""
        kept = tuple(
            i
            for i, (branch, fixed) in enumerate(zip(self.branches, self.fixed, strict=True))
            if fixed or all(not words.isdisjoint(group) for group in branch.needles)
        )
        if not kept:
            return False
        if len(kept) == len(self.branches):
            return True
        found = self._reduced.get(kept)
        if found is None:
            pattern = compiled("|".join(self.branches[i].pattern for i in kept), self.rx.flags)
            found = self._reduced[kept] = (pattern, Scan(pattern))
        return (*found, kept)

    def _leads(self, key: tuple[int, ...]) -> frozenset[str]:
        """The words a match of the alternatives ``key`` starts with (``rx`` has leading words)."""
        leads: set[str] = set()
        for i in key:
            lead = self.branches[i].lead
            if lead is None:
                return self.rx.lead or frozenset()
            leads |= lead
        return frozenset(leads)

    def matches(self, doc: Doc, end: int, *, tested: bool = True) -> list[re.Match[str]]:
        """``rx.matches(doc, end, tested=tested)``: the matches in ``doc.text[:end]``.
        ``tested``: the caller found a needle of each of ``rx``'s groups in the text (the cue
        loop does); otherwise they are tested here first."""
        rx = self.rx
        reduced = self._reduced_for(doc, tested)
        if reduced is True:
            return rx.matches(doc, end, tested=True)
        if reduced is False:
            return NO_MATCHES
        pattern, scan, key = reduced
        if rx.lead is None:
            return list(scan.finditer(doc.text, doc.low, 0, end, rx.reach(doc)))
        positions = doc.positions(self._leads(key))
        if not positions:
            return NO_MATCHES
        return anchored(pattern.match, doc.text, positions, 0, end)

    def search(self, doc: Doc, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``rx.search(doc, start=start, end=end)``: the first match in ``doc.text[start:end]``."""
        rx = self.rx
        if rx.pattern.startswith("^"):  # Rx.search jumps from line to line: left to it
            return rx.search(doc, start=start, end=end)
        reduced = self._reduced_for(doc, False)
        if reduced is True:
            return rx.search(doc, start=start, end=end)
        if reduced is False:
            return None
        pattern, scan, key = reduced
        end = len(doc.text) if end is None else end
        if rx.lead is None:
            return scan.search(doc.text, doc.low, start, end, rx.reach(doc))
        positions = doc.positions(self._leads(key))
        if not positions:
            return None
        found = anchored(pattern.match, doc.text, positions, start, end, most=1)
        return found[0] if found else None


def matches(rx: Rx, split: Alternatives | None, doc: Doc, end: int) -> list[re.Match[str]]:
    """``rx.finditer(doc, end=end)`` as a list: through ``split`` (``rx``'s alternatives) if any."""
    if split is None:
        return rx.matches(doc, end)
    return split.matches(doc, end, tested=False)


def search(
    rx: Rx, split: Alternatives | None, doc: Doc, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """``rx.search(doc, start=start, end=end)``, through ``split`` (its alternatives) if any."""
    if split is None:
        return rx.search(doc, start=start, end=end)
    return split.search(doc, start, end)
