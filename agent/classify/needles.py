"""What a regex needs to match, read from its parsed form: the literal pre-tests of :class:`Rx`.

Why: with hundreds of patterns per mail, most cannot match; knowing the words
each one must contain lets one scan of the text rule them out (see
``matching.NeedleIndex``). Leaving a needle out is always safe; inventing one is not.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from agent import files

# Words too common to be worth a pre-test: a needle should be rare in mail. Read from the
# lexicon's file, not through ``lexicon``, whose patterns are built by ``patterncache``.
_LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.toml"
COMMON = frozenset(files.read_toml(_LEXICON_FILE)["needles"]["common"])


# The Python versions whose private regex parser (``re._parser``, ``re._constants``) this
# module's walkers were written and tested against: its tree and op codes are not a public
# API and may change. On any other version :func:`parse` says None and every analysis here
# gives up (no needles, no leading literals, no opening literals, no width): each is only a
# pre-test, so the verdicts stay the same and only the speed drops.
PARSER_VERSIONS = ((3, 11), (3, 14))


def parse(pattern: str, flags: int) -> Any | None:
    """``pattern``'s parse tree from ``re``'s private parser; None on an unknown Python.

    The one door to the private modules: every walker here takes its tree from here.
    """
    if not parser_known():
        return None
    return _sre_parser().parse(pattern, flags)


def parser_known() -> bool:
    """Whether this Python's regex parser is one the walkers here read correctly."""
    low, high = PARSER_VERSIONS
    if not low <= sys.version_info[:2] <= high:
        return False
    try:
        _sre_parser()
        _sre_constants()
    except ImportError:
        return False
    return True


@functools.cache
def _sre_constants() -> Any:
    """The regex parser's op codes: a private module (see :data:`PARSER_VERSIONS`)."""
    from re import _constants  # type: ignore[attr-defined]  # noqa: PLC0415

    return _constants


@functools.cache
def _sre_parser() -> Any:
    from re import _parser  # type: ignore[attr-defined]  # noqa: PLC0415

    return _parser


def needle_key(alts: tuple[str, ...]) -> tuple[bool, int, int]:
    return (not any(a in COMMON for a in alts), min(len(a) for a in alts), -len(alts))


def _ends_nonword(seq: Any) -> bool:
    """Whether every match of ``seq`` ends with a non-word character (a space, a dot)."""
    c = _sre_constants()

    if not seq:
        return False
    op, av = list(seq)[-1]
    if op is c.LITERAL:
        ch = chr(av)
        return not (ch.isalnum() or ch == "_")
    if op is c.IN:
        return all(
            (o is c.LITERAL and not (chr(a).isalnum() or chr(a) == "_"))
            or (o is c.CATEGORY and a in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD))
            for o, a in av
        )
    if op is c.SUBPATTERN:
        return _ends_nonword(av[3])
    if op is c.BRANCH:
        return all(_ends_nonword(branch) for branch in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _ends_nonword(av[2])
    return False


def _leading_word(seq: Any) -> str | None:
    """The word characters a match of ``seq`` starts with ("" if none); None if unknown."""
    c = _sre_constants()

    out: list[str] = []
    for op, av in seq:
        if op is not c.LITERAL:
            return "".join(out) if out else None
        ch = chr(av).lower()
        if not (ch.isalnum() or ch == "_"):
            return "".join(out)
        out.append(ch)
    return "".join(out)


def _glued_branch(run: str, run_start: bool, branches: Any) -> tuple[str, ...] | None:
    """Needles for "l(ike|ove)": the parser factors common prefixes out of alternations."""
    m = re.search(r"\w+$", run)
    if m is None or not (m.start() > 0 or run_start):
        return None
    words = []
    for branch in branches:
        lead = _leading_word(branch)
        if lead is None:
            return None
        words.append(m.group() + lead)
    if any(len(w) < 2 for w in words):
        return None
    return tuple(sorted(set(words)))


def needle_groups(seq: Any, at_word_start: bool = True) -> list[tuple[str, ...]]:
    """Literal groups a match of the parsed regex ``seq`` must contain (one of each group).

    Walks the ``re._parser`` tree: literal runs give words, groups recurse,
    alternations give the union of their branches' best literals, optional
    parts give nothing. Only words that provably start at a word boundary are
    kept (the index looks for needles at word starts). Used only as a
    pre-test, so leaving a group out is always safe.
    """
    c = _sre_constants()

    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    run_start = ws = at_word_start

    def flush() -> None:
        text = "".join(run)
        for m in re.finditer(r"\w+", text):
            if (m.start() > 0 or run_start) and len(m.group()) >= 2:
                groups.append((m.group(),))
        run.clear()

    prev_run: str = ""
    prev_run_start = False
    for op, av in seq:
        if op is c.LITERAL:
            ch = chr(av).lower()
            if not run:
                run_start = ws
            run.append(ch)
            ws = not (ch.isalnum() or ch == "_")
            continue
        prev_run, prev_run_start = "".join(run), run_start
        flush()
        if op is c.AT:
            if av in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING):
                ws = True
            continue
        if op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero-width ("(?<!ancora )non"): the next literal starts where it would
        if op is c.SUBPATTERN:
            groups.extend(needle_groups(av[3], ws))
            ws = _ends_nonword(av[3])
        elif op is c.BRANCH:
            groups.extend(_branch_groups(av[1], ws, prev_run, prev_run_start))
            ws = all(_ends_nonword(branch) for branch in av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                groups.extend(needle_groups(av[2], ws))
                ws = _ends_nonword(av[2])
            else:
                ws = ws and _ends_nonword(av[2])
        elif op is c.IN:
            ws = _ends_nonword([(op, av)])
        else:
            ws = False
    flush()
    return groups


def _branch_groups(
    branches: Any, ws: bool, prev_run: str, prev_run_start: bool
) -> list[tuple[str, ...]]:
    """An alternation's groups: the glued words of "l(ike|ove)" and the union of each
    branch's best group (nothing, if a branch has none)."""
    out: list[tuple[str, ...]] = []
    glued = _glued_branch(prev_run, prev_run_start, branches)
    if glued:
        out.append(glued)
    best: list[tuple[str, ...]] = []
    for branch in branches:
        sub = needle_groups(branch, ws)
        if not sub:
            return out
        best.append(max(sub, key=needle_key))
    if best:
        out.append(tuple(sorted({lit for alt in best for lit in alt})))
    return out


def lead_literals(seq: Any) -> frozenset[str] | None:
    """Literals one of which every match of ``seq`` *starts* with; None if unknown.

    An optional opening part ("(unfortunately )?regret", "(?:in (the|this) case )?we")
    gives its own word and the words of what follows it: without that, a pattern
    opening so had no leading words and was scanned over the whole text (issue 11).
    """
    return _lead(list(seq))


def _lead(items: list[Any]) -> frozenset[str] | None:
    c = _sre_constants()

    run: list[str] = []
    for i, (op, av) in enumerate(items):
        if op is c.LITERAL:
            ch = chr(av).lower()
            if not (ch.isalnum() or ch == "_"):
                break
            run.append(ch)
            continue
        if run:
            break
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero-width: \b, ^, a look-behind - checked when the match is tried
        rest = items[i + 1 :]
        if op is c.SUBPATTERN:
            return _lead([*av[3], *rest])
        if op is c.BRANCH:
            words: set[str] = set()
            for branch in av[1]:
                lead = _lead([*branch, *rest])
                if lead is None:
                    return None
                words |= lead
            return frozenset(words) or None
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            # One repetition, then what follows it (another, if it may repeat: its word
            # then runs on into the next, so only the part's own word is known).
            once = _lead([*av[2], *rest] if av[1] == 1 else list(av[2]))
            if av[0] >= 1 or once is None:
                return once
            skipped = _lead(rest)  # the optional part left out: what follows opens the match
            return None if skipped is None else once | skipped
        return None
    word = "".join(run)
    return frozenset((word,)) if len(word) >= 2 else None


def trie(words: Iterable[str], wild: bool = False) -> str:
    """One regex matching the longest of ``words`` at a position (a trie, not an alternation).

    ``wild``: :data:`ANY_CHAR` and :data:`DIGIT` in ``words`` (from :func:`starts`) stand for
    any character and any digit.

    Built from the words sorted, not from a tree of dicts: a node is a run of them sharing a
    prefix, its branches the runs of the next character, and a chain of nodes with one branch
    each (a run's first and last word share it) is written at once. The same pattern as the
    tree's, character for character (``tests/test_trie.py``), in about 40 % of the time: the
    packs' needle index (~8,000 words) took ~0.08 s of every process's start (issue 15).
    """
    atom = _wild_atom if wild else re.escape
    ws = sorted(set(words))

    def chain(text: str) -> str:
        return "".join(map(atom, text)) if wild else re.escape(text)  # escape: char by char

    def build(lo: int, hi: int, d: int) -> str:
        """The node of ``ws[lo:hi]``, the words whose first ``d`` characters are alike."""
        first = ws[lo]
        ends = len(first) == d  # a word ends here: sorted, it is the run's first
        if ends:
            lo += 1
            if lo == hi:
                return ""
        else:
            if lo + 1 == hi:
                return chain(first[d:])
            last, k = ws[hi - 1], d
            shared = min(len(first), len(last))
            while k < shared and first[k] == last[k]:
                k += 1
            if k > d:  # one branch a node down to depth k, no word ending before it
                return chain(first[d:k]) + build(lo, hi, k)
        alts = []
        while lo < hi:
            ch, nxt = ws[lo][d], lo + 1
            while nxt < hi and ws[nxt][d] == ch:
                nxt += 1
            alts.append(atom(ch) + build(lo, nxt, d + 1))
            lo = nxt
        if ends:
            # An empty last branch, not "(?:…)?": the same greedy choice, but re runs an
            # alternation as a plain branch and an optional group through its slower
            # repeat machinery (the Doc's needle scan: ~13 % fewer instructions).
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(0, len(ws), 0) if ws else ""


_MAX_STARTS = 400  # more opening literals than this scan no faster than the pattern itself

# In :func:`starts`' strings: a character the pattern matches with ``.`` (any), or with ``\d``.
# Two Unicode noncharacters: a pattern holding either as a literal gets no opening literals.
ANY_CHAR = "\U0010ffff"
DIGIT = "\U0010fffe"
_WILD = {ANY_CHAR: "(?s:.)", DIGIT: r"\d"}  # a superset of "." and "\d" under any flags


def _wild_atom(ch: str) -> str:
    return _WILD.get(ch) or re.escape(ch)


def starts(pattern: str, flags: int, width: int = 3) -> tuple[frozenset[str], bool] | None:
    """Literals (up to ``width`` characters) one of which every match of ``pattern`` starts
    with, and whether they are lower-cased (a case-insensitive pattern); None if unknown.

    Unlike :func:`lead_literals` (whole leading words, for the word-start index of a
    ``Doc``) these may be one letter and may start inside a word: they are what a plain
    case-sensitive scan looks for before the pattern is tried where one occurs, which
    ``re`` cannot do itself for a case-insensitive alternation or one behind ``\\b``.
    A ``.`` or ``\\d`` of the pattern is :data:`ANY_CHAR` or :data:`DIGIT` here (render
    them with ``trie(..., wild=True)``); one ``.`` may open a literal ("``.re not``": an
    apostrophe or any character before "re not"), and a ``\\d`` may open one.
    """
    parsed = parse(pattern, flags)
    if parsed is None:
        return None
    fold = bool(parsed.state.flags & re.I)
    for k in range(width, 0, -1):
        found = _starts(list(parsed), k, fold)
        if found is None and not fold:
            # A case-insensitive part ("(?i:interesse an|teams? von) (?P<c>...)", an extract
            # pattern's usual opening): every literal lower-cased, looked for in the lower-cased
            # text. That finds each one wherever a match may start, whatever its case-sensitivity.
            found = _starts(list(parsed), k, True)
            fold = found is not None
        if found is None or "" in found or any(_too_common(s) for s in found):
            return None  # a space starts nearly every word: no faster than re
        if len(found) <= _MAX_STARTS:
            return frozenset(found), fold
    return None


def _too_common(start: str) -> bool:
    """A space, or any character not followed by two literals: no faster than re."""
    if start[0] == ANY_CHAR:
        start = start[1:]
        if len(start) < 2 or start[0] in _WILD or start[1] in _WILD:
            return True
    return start[0].isspace()


def _starts(items: list[Any], k: int, fold: bool, behind: bool = False) -> set[str] | None:
    """Every match of ``items`` starts with one of the returned strings; "" for "anything".

    ``behind``: a look-around or ``\\b`` opens the match, so ``re`` cannot skip ahead to
    a class that follows it by itself; the class's characters are then opening literals.
    """
    c = _sre_constants()

    if k == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    one = _one_char(op, av, fold)  # a literal, "." or "\d"
    if one is not None:
        tail = _starts(rest, k - 1, fold)
        return None if tail is None or len(one) != 1 else {one + s for s in tail}
    if op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING):
        return None  # re itself fails fast where a line does not start
    if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
        return _starts(rest, k, fold, True)  # zero-width: checked when the pattern is tried
    if op is c.SUBPATTERN:
        # A change of case-sensitivity inside: unknown unless every literal is lower-cased
        # (``fold``), which keeps a superset of where a match may start (see :func:`starts`).
        case_change = (av[1] | av[2]) & re.I
        return None if case_change and not fold else _starts([*av[3], *rest], k, fold, behind)
    if op is c.IN and (chars := _class_chars(av, behind)) is not None:
        return _branch_starts([[(c.LITERAL, ch)] for ch in chars], rest, k, fold)
    if op is c.BRANCH:
        return _branch_starts(av[1], rest, k, fold, behind)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, item = av
        once = _starts(list(item), k, fold)  # what follows one repetition: unknown
        if low >= 1 or once is None or "" in once:  # "": anything may follow anyway
            return once
        skipped = _starts(rest, k, fold)
        return None if skipped is None else once | skipped
    return {""}


def _one_char(op: Any, av: Any, fold: bool) -> str | None:
    """What one character of a match is, as :func:`starts` spells it: the literal (lower-cased
    if ``fold``; "" if that is not one character), :data:`ANY_CHAR` or :data:`DIGIT`; None for
    any other item."""
    c = _sre_constants()
    if op is c.LITERAL:
        ch = chr(av).lower() if fold else chr(av)
        return "" if ch in _WILD else ch
    if op is c.ANY:
        return ANY_CHAR
    if op is c.IN and av == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
        return DIGIT
    return None


def _class_chars(items: Any, behind: bool) -> list[int] | None:
    """The characters of a class that may open a match, or None: up to 12 literals ("[-_.]"),
    or behind a look-around or ``\\b`` up to :data:`_MAX_CLASS` literals and ranges
    ("(?<=[.!?] )[A-ZÀ-Þ0-9]…": each capital is a candidate, not each position)."""
    c = _sre_constants()
    chars: list[int] = []
    for op, av in items:
        if op is c.LITERAL:
            chars.append(av)
        elif op is c.RANGE and behind and av[1] - av[0] < _MAX_CLASS:
            chars.extend(range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= (_MAX_CLASS if behind else 12) else None


_MAX_CLASS = 100  # "[A-ZÀ-Þ0-9]" is 67


def _branch_starts(
    branches: Any, rest: list[Any], k: int, fold: bool, behind: bool = False
) -> set[str] | None:
    out: set[str] = set()
    for branch in branches:
        found = _starts([*branch, *rest], k, fold, behind)
        if found is None or len(out | found) > _MAX_STARTS:
            return None
        out |= found
    return out


_MAX_WIDTH = 600  # a wider match reaches over most of a mail: no use bounding its start


def max_width(pattern: str, flags: int) -> int | None:
    """The most characters a match of ``pattern`` spans; None if unbounded (or very wide)."""
    try:
        parsed = parse(pattern, flags)
        if parsed is None:
            return None
        width = parsed.getwidth()[1]
    except (re.error, RecursionError):
        return None
    return int(width) if width <= _MAX_WIDTH else None


def consumed_line_start(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` opens with an alternation of a line start and a character
    ("(^|\\n)", "(?:^|\\s)"): the match then begins before its first word, which no
    pre-test can key on. A zero-width look-behind (``(?<![^\\n])``) says the same and
    keeps the word."""
    if _BARE_FIRST.match(pattern) is None and _BARE_AFTER.search(pattern) is None:
        return False  # no branch is a bare "^", "\\A" or empty: parsing (~1 ms) can tell no more
    parsed = parse(pattern, flags)
    return parsed is not None and _mixed_start(list(parsed))


# A branch that is only "^"/"\A" (or empty), between "(" or "(?:" or "|" and "|" or ")": at
# the pattern's start, or after one of "(|:>". Two patterns, not one opening "(?:\A|^|[(|:>])":
# one that opens with a class, re skips to in C; an alternation it tried at every character
# of the packs' ~635,000 (the load's checks of every pattern, ~0.015 s of each process's start).
_BARE_FIRST = re.compile(r"(?:\^|\\A)*(?:\||\)|$)")  # matched at the start only
_BARE_AFTER = re.compile(r"[(|:>](?:\^|\\A)*(?:\||\)|$)")


def _mixed_start(items: list[Any]) -> bool:
    c = _sre_constants()
    starts = (c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING)
    for op, av in items:
        if op is c.ASSERT or op is c.ASSERT_NOT or (op is c.AT and av not in starts):
            continue  # "\b", a look-behind: zero-width, the first word still starts the match
        if op is c.SUBPATTERN:
            return _mixed_start(list(av[3]))
        if op is c.BRANCH:
            bare = [b for b in av[1] if all(o is c.AT and a in starts for o, a in b)]
            return 0 < len(bare) < len(av[1])
        return False
    return False
