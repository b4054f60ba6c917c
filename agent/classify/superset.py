"""A Python regex as a byte regex that matches a superset of its matches in UTF-8 text.

Why: an automaton that runs many patterns in one pass (:mod:`agent.classify.multiscan`)
speaks bytes and its own dialect, while the classifier's patterns are Python ``re``
with Unicode semantics. The translation works on ``re``'s parse tree and only
ever widens: ``re``'s Unicode case folding is spelled out (the Kelvin sign and
"k", the long s and "s", "É" and "é"), a class naming non-ASCII characters by category
(``\\w``, ``\\s``, ``[^…]``) takes every non-ASCII character, look-arounds and
anchors are dropped, possessive and atomic groups made plain, long bounded repeats
opened, and of a pattern with gaps that run over several words (``[^.\\n]{0,80}``,
``(\\w+ ){0,3}``) only its most selective piece between them is kept (with the
gaps, an RE2 set's DFA grows without bound). Every match holds a match of the
piece, so where the translation finds nothing, the pattern cannot match anywhere
in the text, nor in any slice of it (``pos``/``endpos``): Python's ``re`` then
need not be tried there at all.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from agent.classify.needles import _sre_constants, _sre_parser

MAX_REPEAT_BOUND = 30  # a bound above this becomes open: a superset, and far cheaper to run
_TAIL = r"[\x80-\xbf]{0,3}"  # the rest of a character whose first byte a class took


class Untranslatable(ValueError):
    """A pattern with a construct the translation does not cover: it stays a candidate."""


# --------------------------------------------------------------------------- case folding


@functools.cache
def _fold_groups() -> dict[int, frozenset[int]]:
    """Code point -> every code point ``re.IGNORECASE`` may equate with it (non-trivial only).

    ``re`` compares simple lower-case mappings and adds a few extra equivalences
    (``re._casefix``: the long s and "s", the dotless i and "i"); both are used here, so the
    translation never loses a case-insensitive match ("K" Kelvin sign and "k").
    """
    import _sre  # noqa: PLC0415 - only when a database is built
    from re import _casefix  # type: ignore[attr-defined]  # noqa: PLC0415

    by_lower: dict[int, set[int]] = {}
    for cp in range(sys.maxunicode + 1):
        low = _sre.unicode_tolower(cp)
        if low != cp:
            by_lower.setdefault(low, {low}).add(cp)
    out: dict[int, frozenset[int]] = {}
    for members in by_lower.values():
        group = set(members)
        for cp in list(group):
            for extra in _casefix._EXTRA_CASES.get(_sre.unicode_tolower(cp), ()):
                group.add(extra)
                group.update(by_lower.get(_sre.unicode_tolower(extra), ()))
        frozen = frozenset(group)
        for cp in frozen:
            out[cp] = out.get(cp, frozenset()) | frozen
    for low, extras in _casefix._EXTRA_CASES.items():
        joined = out.get(low, frozenset({low})) | frozenset(extras)
        for cp in joined:
            out[cp] = out.get(cp, frozenset()) | joined
    return out


def _variants(cp: int, caseless: bool) -> frozenset[int]:
    if not caseless:
        return frozenset((cp,))
    return _fold_groups().get(cp, frozenset((cp,)))


# --------------------------------------------------------------------------- translation


def _utf8(cp: int) -> str:
    return "".join(f"\\x{b:02x}" for b in chr(cp).encode("utf-8", "surrogatepass"))


def _ranges(cps: frozenset[int]) -> str:
    out: list[str] = []
    run: list[int] = []
    for cp in [*sorted(cps), -1]:
        if run and cp == run[-1] + 1:
            run.append(cp)
            continue
        if run:
            out.append(f"\\x{run[0]:02x}" + (f"-\\x{run[-1]:02x}" if len(run) > 1 else ""))
        run = [cp]
    return "".join(out)


@dataclass(frozen=True)
class _Unit:
    """One character of a pattern: ASCII code points, exact non-ASCII ones, or any non-ASCII.

    As bytes: a class of the ASCII ones (and of every lead byte when any non-ASCII
    character will do), or an alternation with the exact UTF-8 sequences.
    """

    ascii_set: frozenset[int]
    others: frozenset[int]
    any_nonascii: bool

    def __post_init__(self) -> None:
        if not self.ascii_set and not self.others and not self.any_nonascii:
            raise Untranslatable("a character class nothing can match")

    @property
    def plain(self) -> bool:
        """Whether one byte class says it all (no exact non-ASCII sequence to spell)."""
        return self.any_nonascii or not self.others

    def byte_class(self) -> str:
        """A class of single bytes; with any non-ASCII, every byte of such characters."""
        return _byte_class(self.ascii_set, self.any_nonascii)

    def pattern(self) -> str:
        return _unit_pattern(self)


@functools.cache
def _byte_class(ascii_set: frozenset[int], any_nonascii: bool) -> str:
    high = "\\x80-\\xff" if any_nonascii else ""
    return f"[{_ranges(ascii_set)}{high}]"


@functools.cache
def _unit_pattern(unit: _Unit) -> str:
    if unit.any_nonascii:
        return f"[{_ranges(unit.ascii_set)}\\xc0-\\xff]{_TAIL}"
    alts = [unit.byte_class()] if unit.ascii_set else []
    alts += [_utf8(cp) for cp in sorted(unit.others)]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@functools.cache
def _literal(cp: int, caseless: bool) -> _Unit:
    ascii_set, others = _split(_variants(cp, caseless))
    return _Unit(ascii_set, others, False)


_WORD_ASCII = frozenset(cp for cp in range(128) if chr(cp).isalnum() or cp == 0x5F)
_SPACE_ASCII = frozenset(cp for cp in range(128) if re.match(r"\s", chr(cp)))
_DIGIT_ASCII = frozenset(range(0x30, 0x3A))
_ALL_ASCII = frozenset(range(128))
_ANY = _Unit(_ALL_ASCII, frozenset(), True)


def _category(c: Any, cat: Any) -> frozenset[int]:
    """The ASCII members of a ``\\w``-like category; each also matches non-ASCII characters."""
    table = {
        c.CATEGORY_WORD: _WORD_ASCII,
        c.CATEGORY_NOT_WORD: _ALL_ASCII - _WORD_ASCII,
        c.CATEGORY_SPACE: _SPACE_ASCII,
        c.CATEGORY_NOT_SPACE: _ALL_ASCII - _SPACE_ASCII,
        c.CATEGORY_DIGIT: _DIGIT_ASCII,
        c.CATEGORY_NOT_DIGIT: _ALL_ASCII - _DIGIT_ASCII,
    }
    if cat not in table:
        raise Untranslatable(f"category {cat}")
    return table[cat]


@functools.cache
def _in(items: tuple[Any, ...], caseless: bool) -> _Unit:
    """A character class: its ASCII members exactly, its non-ASCII ones exactly or all."""
    c = _sre_constants()
    negate = bool(items) and items[0][0] is c.NEGATE
    ascii_set: set[int] = set()
    others: set[int] = set()
    any_nonascii = negate
    # A negated class drops what it names; without the case variants it names less,
    # so its complement is a superset.
    fold = caseless and not negate
    for op, av in items[1:] if negate else items:
        if op is c.LITERAL:
            cps: Iterable[int] = _variants(av, fold)
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > 0x800:
                any_nonascii, cps = True, range(lo, min(hi, 127) + 1)
            else:
                cps = {v for cp in range(lo, hi + 1) for v in _variants(cp, fold)}
        elif op is c.CATEGORY:
            cps, any_nonascii = _category(c, av), True
        else:
            raise Untranslatable(f"class item {op}")
        for cp in cps:
            (ascii_set if cp < 128 else others).add(cp)
    if negate:
        ascii_set = set(_ALL_ASCII - ascii_set)
    return _Unit(frozenset(ascii_set), frozenset(others), any_nonascii)


def _single(seq: Any, caseless: bool) -> _Unit | None:
    """The character ``seq`` matches if it is one character (a literal, a class, a dot)."""
    c = _sre_constants()
    items = list(seq)
    if len(items) != 1:
        return None
    op, av = items[0]
    if op is c.LITERAL:
        return _literal(av, caseless)
    if op is c.NOT_LITERAL or op is c.ANY:
        return _ANY
    if op is c.IN:
        return _in(tuple(av), caseless)
    return None


# A piece of a pattern: how many characters it must match for certain (its selectivity),
# its byte pattern, and whether it is the whole of what it was made from (no gap left out).
_Piece = tuple[float, str, bool]
_GAP: _Piece = (0.0, "", False)  # a gap and nothing kept of it: matches anywhere


def _word_spanning(seq: Any, caseless: bool) -> bool:
    """Whether a repeat of ``seq`` can run over several words (a word char and a space)."""
    units = list(_units(seq, caseless))
    if any(u is None for u in units):
        return True
    word = any(u.ascii_set & _WORD_ASCII for u in units if u is not None)
    other = any(u.ascii_set - _WORD_ASCII for u in units if u is not None)
    return word and other


def _units(seq: Any, caseless: bool) -> Iterable[_Unit | None]:
    """Every character class ``seq`` can match with (None: something not known)."""
    c = _sre_constants()
    for op, av in seq:
        unit = _single([(op, av)], caseless)
        if unit is not None:
            yield unit
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            yield from _units(av[2], caseless)
        elif op is c.SUBPATTERN:
            yield from _units(av[3], _caseless(caseless, av))
        elif op is c.ATOMIC_GROUP:
            yield from _units(av, caseless)
        elif op is c.BRANCH:
            for branch in av[1]:
                yield from _units(branch, caseless)
        elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
            yield None


def _caseless(caseless: bool, av: Any) -> bool:
    _group, add, drop, _sub = av
    return (caseless or bool(add & re.I)) and not drop & re.I


def _repeat(lo: int, hi: int, sub: Any, caseless: bool) -> _Piece:
    """A repeat: a gap if it can run over words (``[^.\\n]{0,80}``, ``(\\w+ ){0,3}``).

    A run of one plain class is a byte class repeat (a character is 1-4 bytes, so
    the lower bound holds and the upper one is opened when non-ASCII may count).
    """
    if hi > 1 and _word_spanning(sub, caseless):
        if lo == 0:
            return _GAP
        score, body, _whole = _seq(sub, caseless)
        return (score, body, False)
    unit = _single(sub, caseless)
    if unit is not None and unit.plain:
        cls = unit.byte_class()
        score = float(lo) if len(unit.ascii_set) + len(unit.others) <= 3 else 0.0
        if unit.any_nonascii or hi > MAX_REPEAT_BOUND:
            return (score, f"{cls}{{{min(lo, MAX_REPEAT_BOUND)},}}", True)
        return (score, f"{cls}{{{lo},{hi}}}", True)
    if unit is not None:
        score, body, whole = (1.0, unit.pattern(), True)
    else:
        score, body, whole = _seq(sub, caseless)
    if not whole:
        return (score, body, False) if lo else _GAP
    if lo == hi == 1:
        return (score, f"(?:{body})", True)
    if hi <= 1:
        return (0.0, f"(?:{body})?", True)
    return (score * lo, f"(?:{body})+" if lo else f"(?:{body})*", True)


def _element(op: Any, av: Any, caseless: bool) -> _Piece | None:
    """One element of a sequence as a piece (None: zero-width, nothing to match)."""
    c = _sre_constants()
    unit = _single([(op, av)], caseless)
    if unit is not None:
        narrow = len(unit.ascii_set) + len(unit.others) <= 3 and not unit.any_nonascii
        return (1.0 if narrow else 0.0, unit.pattern(), True)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], av[2], caseless)
    if op is c.SUBPATTERN:
        score, body, whole = _seq(av[3], _caseless(caseless, av))
        return (score, f"(?:{body})", whole)
    if op is c.ATOMIC_GROUP:
        score, body, whole = _seq(av, caseless)
        return (score, f"(?:{body})", whole)
    if op is c.BRANCH:
        return _alternation([_seq(b, caseless) for b in av[1]])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return None  # zero-width: dropping it only widens the matches
    if op is c.GROUPREF:
        return _GAP
    if op is c.GROUPREF_EXISTS:
        _cond, yes, no = av
        return _alternation([_seq(yes, caseless), _seq(no, caseless) if no else (0.0, "", True)])
    raise Untranslatable(f"op {op}")


def _alternation(branches: list[_Piece]) -> _Piece:
    body = "(?:" + "|".join(b for _, b, _ in branches) + ")"
    return (min(s for s, _, _ in branches), body, all(w for _, _, w in branches))


def _seq(seq: Any, caseless: bool) -> _Piece:
    """The most selective contiguous piece of a parsed sequence, as a byte pattern.

    Gaps that can run over several words are left out (kept, they make an RE2
    set's DFA grow without bound); any piece of a match is matched by the piece,
    so keeping one piece keeps a superset.
    """
    pieces: list[_Piece] = []
    run: list[str] = []
    run_score = 0.0
    for op, av in seq:
        element = _element(op, av, caseless)
        if element is None:
            continue
        score, body, whole = element
        if whole:
            run.append(body)
            run_score += score
            continue
        if run:
            pieces.append((run_score, "".join(run), False))
            run, run_score = [], 0.0
        if body:
            pieces.append((score, body, False))
        else:
            pieces.append(_GAP)
    if not pieces:
        return (run_score, "".join(run), True)
    if run:
        pieces.append((run_score, "".join(run), False))
    return max(pieces, key=lambda piece: piece[0])


def _split(cps: Iterable[int]) -> tuple[frozenset[int], frozenset[int]]:
    ascii_set: set[int] = set()
    others: set[int] = set()
    for cp in cps:
        (ascii_set if cp < 128 else others).add(cp)
    return frozenset(ascii_set), frozenset(others)


def translate(pattern: str, flags: int = 0) -> str:
    """``pattern`` as a byte pattern (RE2 syntax, Latin-1) matching a superset of its matches.

    The superset holds on the UTF-8 bytes of any text, and of any slice of it.

    Raises :class:`Untranslatable` (or :class:`re.error`) for what it cannot express.
    """
    return translate_parsed(_sre_parser().parse(pattern, flags))


def translate_parsed(parsed: Any) -> str:
    """:func:`translate` of a pattern already parsed by ``re._parser.parse``."""
    return _seq(parsed, bool(parsed.state.flags & re.I))[1]
