"""Compiled patterns with literal pre-tests, and texts prepared for many of them.

Why: with hundreds of patterns per mail, most cannot match. A :class:`Doc` is
scanned once for the needles of every pattern a :class:`NeedleIndex` covers,
and each :class:`Rx` then costs a few set look-ups when it cannot match; one
that can is tried only where its leading word occurs. A pattern's needles come
from :mod:`agent.classify.patterncache` (derived once, kept across runs) and the
pattern itself is compiled only when a text first gets past its pre-test.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from agent.classify.needles import ANY_CHAR, DIGIT, parser_known, trie
from agent.classify.patterncache import analyse, compiled, max_width, starts

# Non-ASCII characters ``re.IGNORECASE`` equates with a character of another lower case
# (the long s with "s", the dotless i with "i", Greek and Cyrillic variants), and those
# ``str.lower`` maps by context or to two characters (final sigma, "İ"): a data file, not
# re's private table (a Python upgrade could move it), checked against re by the tests.
# A text without them, lower-cased, holds a literal exactly where re finds it ignoring case.
_ODD_CASES_FILE = Path(__file__).parent / "data" / "odd_cases.toml"


def _odd_cases() -> frozenset[str]:
    with _ODD_CASES_FILE.open("rb") as fh:
        table = tomllib.load(fh)
    groups = [*table["equated"], *table["lower_by_context"]]
    return frozenset(ch for group in groups for ch in group if not ch.isascii())


_ODD_CASES = _odd_cases()
_ODD = re.compile("[" + "".join(sorted(_ODD_CASES)) + "]")


_LAST_ALIKE: tuple[str, str, bool] = ("", "", True)  # the last answer: a Doc's text, asked often


def lowers_alike(text: str, low: str) -> bool:
    """Whether ``low`` (``text.lower()``) holds each caseless literal where ``text`` does."""
    global _LAST_ALIKE  # noqa: PLW0603  # one tuple, swapped whole: safe across threads
    last = _LAST_ALIKE
    if text is last[0] and low is last[1]:
        return last[2]
    alike = len(low) == len(text) and (text.isascii() or _ODD.search(text) is None)
    _LAST_ALIKE = (text, low, alike)
    return alike


class Reach:
    """Where the words of one needle group of a pattern start in a text, and its widest match.

    Why: every match holds one of those words (the pre-test's premise), so it starts at
    most ``width - 1`` characters before one; a pattern whose opening literals are
    common ("the", "n", a frame's "not") need not be tried where no such word follows
    within reach. Only patterns of bounded width (most phrases) have one.
    """

    __slots__ = ("starts", "width")

    def __init__(self, starts: list[int], width: int) -> None:
        self.starts = starts  # sorted
        self.width = width

    def next_start(self, at: int) -> int:
        """``at`` if a match may start there; else the first later position where one may,
        or -1 if none can (no such word at or after ``at``)."""
        starts = self.starts
        i = bisect.bisect_left(starts, at)
        if i == len(starts):
            return -1
        return max(at, starts[i] - self.width + 1)


_UNKNOWN = re.compile(r"(?!)")  # a pattern's opening literals are unknown: scan with re itself
# The text to look for opening literals in, their scan, and the scans of opening literals
# behind a digit or any character (see Scan._make); the last empty for most patterns.
_Plan = tuple[str, re.Pattern[str], tuple[tuple[re.Pattern[str], int], ...]]
_NO_MORE: tuple[tuple[re.Pattern[str], int], ...] = ()


class Scan:
    """A compiled pattern searched only where one of its opening literals occurs.

    Why: ``re`` skips ahead by itself only to the literal or letters a
    case-sensitive pattern starts with; a case-insensitive one, or one behind
    ``\\b`` or a look-around, it tries at every position, each branch of an
    alternation in turn (~50 µs over a 200-character signature). A plain scan of
    the text (lower-cased, for a case-insensitive pattern) for the literals every
    match starts with (:func:`needles.starts`) finds the candidate positions in C;
    the first where the pattern matches is where ``search`` finds it, so the
    result is the same match object ``rx.search`` gives.
    """

    __slots__ = ("_finder", "_fold", "_more", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._finder: re.Pattern[str] | None = None  # made on first use
        self._fold = False
        # (scan, shift): literals that open a match ``shift`` characters after its start
        self._more = _NO_MORE

    def search(
        self,
        text: str,
        low: str | None = None,
        start: int = 0,
        end: int | None = None,
        reach: Reach | None = None,
    ) -> re.Match[str] | None:
        """``rx.search(text, start, end)``; ``low`` is ``text.lower()`` if the caller has it;
        ``reach``: where words every match holds start (see :class:`Reach`)."""
        end = len(text) if end is None else end
        scan = self._plan(text, low)
        if scan is None:
            return self.rx.search(text, start, end)
        return self._first(text, scan, start, end, reach)

    def finditer(
        self,
        text: str,
        low: str | None = None,
        start: int = 0,
        end: int | None = None,
        reach: Reach | None = None,
    ) -> Iterator[re.Match[str]]:
        """``rx.finditer(text, start, end)``, each match found as :meth:`search` finds it."""
        end = len(text) if end is None else end
        scan = self._plan(text, low)
        if scan is None:
            return self.rx.finditer(text, start, end)
        return self._all(text, scan, start, end, reach)

    def _plan(self, text: str, low: str | None) -> _Plan | None:
        """The text to look for the opening literals in, and their scan; None: re alone."""
        finder = self._finder or self._make()
        if finder is _UNKNOWN:
            return None
        if not self._fold:
            return text, finder, self._more
        low = text.lower() if low is None else low
        return (low, finder, self._more) if lowers_alike(text, low) else None

    def _first(
        self, text: str, plan: _Plan, start: int, end: int, reach: Reach | None
    ) -> re.Match[str] | None:
        hay, finder, more = plan
        if more:
            return self._first_of_many(text, plan, start, end, reach)
        match, find = self.rx.match, finder.search
        found = find(hay, start, end)
        while found is not None:
            at = found.start()
            if reach is not None:
                nxt = reach.next_start(at)
                if nxt < 0:
                    return None
                if nxt > at:  # no word the match needs within reach: skip to where one is
                    found = find(hay, nxt, end)
                    continue
            m = match(text, at, end)
            if m is not None:
                return m
            found = find(hay, at + 1, end)
        return None

    def _first_of_many(
        self, text: str, plan: _Plan, start: int, end: int, reach: Reach | None
    ) -> re.Match[str] | None:
        """:meth:`_first` with several scans: the next candidate is the nearest any finds.
        Plain loops: a list and a generator a candidate cost the English conditionals'
        ~2,400 candidates on 181 mails more than their scans and matches together."""
        hay, finder, more = plan
        scans = [(finder.search, 0), *((scan.search, shift) for scan, shift in more)]
        match = self.rx.match
        nexts = []
        for find, shift in scans:
            found = find(hay, start + shift, end)
            nexts.append(-1 if found is None else found.start() - shift)
        while True:
            at = -1
            for n in nexts:
                if n >= 0 and (at < 0 or n < at):
                    at = n
            if at < 0:
                return None
            goal = at + 1
            if reach is not None:
                nxt = reach.next_start(at)
                if nxt < 0:
                    return None
                if nxt > at:  # no word the match needs within reach: skip to where one is
                    goal = nxt
                    at = -1
            if at >= 0:
                m = match(text, at, end)
                if m is not None:
                    return m
            for i, n in enumerate(nexts):
                if 0 <= n < goal:
                    find, shift = scans[i]
                    found = find(hay, goal + shift, end)
                    nexts[i] = -1 if found is None else found.start() - shift

    def _all(
        self, text: str, plan: _Plan, start: int, end: int, reach: Reach | None
    ) -> Iterator[re.Match[str]]:
        # Every match starts with a literal, so none is empty: the next starts at its end.
        m = self._first(text, plan, start, end, reach)
        while m is not None:
            yield m
            m = self._first(text, plan, m.end(), end, reach)

    def _make(self) -> re.Pattern[str]:
        found = starts(self.rx.pattern, self.rx.flags)  # kept across runs, as the finders are
        if found is None or (found[1] and any(_ODD_CASES.intersection(s) for s in found[0])):
            self._finder = _UNKNOWN
            return self._finder
        # Apart: literals behind any character (looked for one character on) and those a
        # digit opens. In one alternation with the rest, re could no longer skip ahead to
        # the letters every literal starts with.
        behind = [s[1:] for s in found[0] if s[0] == ANY_CHAR]
        digit = [s for s in found[0] if s[0] == DIGIT]
        plain = [s for s in found[0] if s[0] not in (ANY_CHAR, DIGIT)]
        more = [(compiled(trie(w, wild=True)), k) for w, k in ((digit, 0), (behind, 1)) if w]
        if not plain:  # every literal behind a digit or any character: the first scan
            plain_rx, shift = more.pop(0)
            if shift:
                more.append((plain_rx, shift))
                plain_rx = _NEVER
        else:
            plain_rx = compiled(trie(plain, wild=True))
        self._finder, self._fold, self._more = plain_rx, found[1], tuple(more)
        return self._finder


_NEVER = re.compile(r"(?!)x")  # finds nothing (not _UNKNOWN): every literal is in Scan._more
_UNDERIVED: tuple[frozenset[str], int] = (frozenset(), -1)  # Rx._reach before it is derived


class Rx:
    """A compiled regex with a literal pre-test and, when it can, anchored search.

    ``needles`` are groups of lower-case literals: a text can only match if it
    contains one literal of every group. ``lead`` are literals every match
    starts with. With a :class:`Doc` (which finds every needle of every pattern
    in one pass) a pattern that cannot match costs a few set look-ups, and one
    that can is tried only where its leading word occurs, instead of at every
    position. This keeps classification at thousands of messages per second
    with hundreds of patterns.
    """

    __slots__ = (
        "_doc_scan",
        "_lines",
        "_reach",
        "_rx",
        "_scan",
        "flags",
        "indexes",
        "lead",
        "needles",
        "pattern",
    )

    def __init__(self, pattern: str, flags: int = re.I) -> None:
        self.pattern = pattern
        self.flags = flags
        (needles, lead), self._rx = analyse(pattern, flags)
        self.needles: tuple[frozenset[str], ...] = needles
        self.lead: frozenset[str] | None = lead
        # Without the regex parser (an unknown Python: needles.parse) there are no
        # pre-tests; in a Doc the scan then keeps what they implied: a match that begins
        # with a word character begins a word of the text.
        self._doc_scan: Scan | None = None if parser_known() else Scan(_at_word_start(self))
        # The indexes that hold this pattern's needles and leading literals (set when an
        # index is built); a pattern may be in several (packs from other folders, in tests).
        self.indexes: set[NeedleIndex] = set()
        self._scan: Scan | None = None  # made with the compiled pattern
        self._reach: tuple[frozenset[str], int] | None = _UNDERIVED
        # A line-anchored pattern: searched from newline to newline. Kept as a bool: the
        # test on ``flags`` is an enum operation in Python, ~4 a mail (issue 11).
        self._lines = bool(flags & re.M) and pattern.startswith("^")

    @property
    def rx(self) -> re.Pattern[str]:
        """The compiled pattern, made on first use (most never get past their pre-test) from
        the program an earlier run kept (:func:`compiled`)."""
        rx = self._rx
        if rx is None:
            rx = self._rx = compiled(self.pattern, self.flags)
        return rx

    @property
    def doc_scan(self) -> Scan:
        """The search for a :class:`Doc`: :attr:`scan`, or its word-start form (see init)."""
        return self._doc_scan or self.scan

    @property
    def scan(self) -> Scan:
        """The compiled pattern's search through its opening literals, made on first use."""
        scan = self._scan
        if scan is None:
            scan = self._scan = Scan(self.rx)
        return scan

    def __repr__(self) -> str:
        return f"Rx({self.pattern!r})"

    def reach(self, doc: Doc) -> Reach | None:
        """Where in ``doc`` a match may start, from a needle group other than the leading
        words and the pattern's widest match; None for a pattern of unbounded width."""
        found = self._reach
        if found is _UNDERIVED:
            width = max_width(self.pattern, self.flags)
            groups = [g for g in self.needles if g != self.lead]
            found = self._reach = (groups[0], width) if groups and width is not None else None
        if found is None:
            return None
        return Reach(doc.group_positions(found[0]), found[1])

    def possible(self, low: str) -> bool:
        """The substring pre-test, for text without a :class:`Doc`."""
        return all(any(n in low for n in group) for group in self.needles)

    def search(
        self, text: str | Doc, low: str | None = None, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        if not isinstance(text, Doc):
            low = text.lower() if low is None else low
            if not self.possible(low):
                return None
            return self.scan.search(text, low)
        if text.index not in self.indexes or not text.aligned:
            return next(self.finditer(text, start=start, end=end), None)
        present = text.present
        for group in self.needles:
            if present.isdisjoint(group):
                return None
        end = len(text.text) if end is None else end
        if self.lead is not None:
            # The first match is at the first lead position where the pattern matches.
            positions = text.positions(self.lead)
            if not positions:
                return None
            found = anchored(self.rx.match, text.text, positions, start, end, most=1)
            return found[0] if found else None
        if self._lines:
            # A line-anchored pattern: jump from newline to newline.
            at = line_search(self.rx, text.text, start, end)
            return None if at is None else self.rx.match(text.text, at, end)
        return self.doc_scan.search(text.text, text.low, start, end, self.reach(text))

    def finditer(
        self, text: str | Doc, low: str | None = None, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        if not isinstance(text, Doc):
            low = text.lower() if low is None else low
            if not self.possible(low):
                return _NOTHING
            return self.scan.finditer(text, low)
        doc = text
        end = len(doc.text) if end is None else end
        if doc.index not in self.indexes or not doc.aligned:
            if not self.possible(doc.low[start:end]):
                return _NOTHING
            return self.rx.finditer(doc.text, start, end)
        present = doc.present
        for group in self.needles:
            if present.isdisjoint(group):
                return _NOTHING
        if self.lead is None:
            return self.doc_scan.finditer(doc.text, doc.low, start, end, self.reach(doc))
        positions = doc.positions(self.lead)
        if not positions:
            return _NOTHING
        return iter(anchored(self.rx.match, doc.text, positions, start, end))

    def matches(self, doc: Doc, end: int, *, tested: bool = False) -> list[re.Match[str]]:
        """Every match in ``doc.text[:end]``, as :meth:`finditer` finds them, in a list.

        Why: the decision cues' loop asks ~45 patterns a mail, most of which fail their
        pre-test; a plain call returning a list costs less than a generator a pattern.
        ``tested``: the caller found a needle of every group in ``doc.present`` already
        (the cue loop does, group by group, to call only the cues that pass).
        """
        if doc.index not in self.indexes or not doc.aligned:
            return list(self.finditer(doc, end=end))
        if not tested:
            present = doc.present
            for group in self.needles:
                if present.isdisjoint(group):
                    return NO_MATCHES
        if self.lead is None:
            return list(self.doc_scan.finditer(doc.text, doc.low, 0, end, self.reach(doc)))
        positions = doc.positions(self.lead)
        if not positions:
            return NO_MATCHES
        return anchored(self.rx.match, doc.text, positions, 0, end)


def _at_word_start(rx: Rx) -> re.Pattern[str]:
    """``rx`` where a match starting with a word character starts a word (no parser: the
    pre-tests' word-start reading of a pattern's first word, kept without them)."""
    flags = _GLOBAL_FLAGS.match(rx.pattern)  # "(?i)": only at the very start
    head, body = (flags[0], rx.pattern[flags.end() :]) if flags else ("", rx.pattern)
    return re.compile(rf"{head}(?:(?<!\w)|(?!\w))(?:{body})", rx.flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def anchored(
    match: Callable[[str, int, int], re.Match[str] | None],
    text: str,
    positions: list[int],
    start: int,
    end: int,
    *,
    reach: Reach | None = None,
    most: int = 0,
) -> list[re.Match[str]]:
    """The matches of a pattern tried at ``positions`` (sorted) in ``text[start:end]``,
    each starting after the last one's end, as ``finditer`` gives them (``most``: stop
    after that many; 0: all). ``reach`` skips positions no match can start at."""
    out: list[re.Match[str]] = []
    after = start
    for pos in positions[bisect.bisect_left(positions, start) :] if start else positions:
        if pos >= end:
            break
        if pos < after:
            continue
        if reach is not None:
            nxt = reach.next_start(pos)
            if nxt < 0:
                break
            if nxt > pos:
                continue
        m = match(text, pos, end)
        if m is not None:
            after = max(m.end(), pos + 1)
            out.append(m)
            if len(out) == most:
                break
    return out


NO_MATCHES: list[re.Match[str]] = []  # never changed: returned when nothing can match


_NOTHING: Iterator[re.Match[str]] = iter(())  # exhausted for good: shared by every miss
_NO_POSITIONS: list[int] = []  # never changed: returned for a lead no word starts with


@dataclass(frozen=True, eq=False)
class NeedleIndex:
    """The needles of a set of patterns as one trie regex: one scan finds them all in a text."""

    finder: re.Pattern[str]  # the longest needle at each word start, after a non-word char
    prefixes: dict[str, tuple[str, ...]]  # needle -> the needles it starts with (itself too)

    @classmethod
    def build(cls, patterns: Iterable[Rx]) -> NeedleIndex:
        """The index of ``patterns``; each is bound to it (its searches on its Docs use it)."""
        rxs = list(dict.fromkeys(patterns))
        needles: set[str] = set()
        for rx in rxs:
            for group in rx.needles:
                needles.update(group)
            if rx.lead:
                needles.update(rx.lead)
        needles.discard("")
        prefixes = {
            n: tuple(n[:k] for k in range(1, len(n) + 1) if n[:k] in needles) for n in needles
        }
        # "\W" first (the text gets a leading space): the engine skips to the next non-word
        # character in C instead of trying a word boundary at every position. Consuming the
        # needle loses nothing: the next needle starts after another non-word character.
        index = cls(compiled(rf"\W({trie(needles)})"), prefixes)
        for rx in rxs:
            rx.indexes.add(index)
        return index


class Doc:
    """A text prepared for many :class:`Rx` searches: which needles occur, and where."""

    __slots__ = ("_by_group", "_by_lead", "aligned", "index", "low", "present", "text")

    def __init__(self, text: str, index: NeedleIndex) -> None:
        self.text = text
        self.low = text.lower()
        self.aligned = len(self.low) == len(text)
        self.index = index
        # Needle -> where the words starting with it start, in order: a word is found under
        # its longest needle and filed under each of that needle's indexed prefixes. Filed
        # as the scan finds the words, every list is sorted without a sort (filed per
        # needle, then merged and sorted on first use, they cost ~28 % more instructions:
        # issue 11, clspeed9).
        by_lead: dict[str, list[int]] = {}
        get, prefixes = by_lead.get, index.prefixes
        # A match starts at the non-word character before the needle: in the text
        # without the leading space, that is where the needle starts.
        for m in index.finder.finditer(" " + self.low):
            at = m.start()
            for head in prefixes[m[1]]:
                run = get(head)
                if run is None:
                    by_lead[head] = [at]
                else:
                    run.append(at)
        self._by_lead = by_lead  # shared by copies (engine._retext)
        self.present: frozenset[str] = frozenset(by_lead)
        self._by_group: dict[frozenset[str], list[int]] = {}  # group_positions, shared too

    def positions(self, leads: frozenset[str]) -> list[int]:
        """Where words starting with one of ``leads`` (indexed needles) start, in order."""
        by_lead = self._by_lead
        if len(leads) == 1:
            for lead in leads:
                return by_lead.get(lead, _NO_POSITIONS)
        # ``present`` is ``by_lead``'s keys: intersected in C, not a loop over a frame's leads.
        hit = leads & self.present
        if len(hit) < 2:
            return by_lead[next(iter(hit))] if hit else _NO_POSITIONS
        return sorted(set().union(*map(by_lead.__getitem__, hit)))  # a word may start with two

    def group_positions(self, group: frozenset[str]) -> list[int]:
        """:meth:`positions` of a needle group, kept: several patterns share a group."""
        found = self._by_group.get(group)
        if found is None:
            found = self._by_group[group] = self.positions(group)
        return found


@functools.cache
def after_newline(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A multi-line ``^…`` pattern as ``\n…``.

    Python's regex engine tries ``^`` at every position of a long text; with a
    leading newline it skips from newline to newline, many times faster.
    """
    # "^[ \t>*]*^On …" is "^On …": the second "^" allows no prefix at all.
    body = rx.pattern.replace("(?:^[ \t>*]*^", "(?:^")
    body = re.sub(r"(^|\|)\(\?:\^", r"\1(?:", body)  # "(?:^a)|(?:^b)" → "(?:a)|(?:b)"
    if body.startswith("^"):
        body = body[1:]
    if "^" in body.replace("[^", "").replace("\\^", ""):
        return None  # a "^" inside: leave it to the plain search
    return compiled("\n(?:" + body + ")", rx.flags)


def line_search(rx: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the first match of a ``^``-anchored multi-line pattern in ``text[start:end]`` starts.

    The same answer as ``rx.search(text, start, end).start()``, found faster.
    """
    if start == 0 or text[start - 1] == "\n":
        m = rx.match(text, start, end)
        if m is not None:
            return start
    fast = after_newline(rx)
    if fast is None:
        m = rx.search(text, start, end)
        return None if m is None else m.start()
    m = fast.search(text, start, end)
    return None if m is None else m.start() + 1
