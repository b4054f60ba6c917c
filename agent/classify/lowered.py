"""A case-insensitive pattern run as its case-sensitive twin over the lower-cased text.

Why: ``re`` tries each branch of a case-insensitive alternation in turn at every
position (its quick first-character test only works on case-sensitive literals and
classes): the org-tail words over a 30-character name took ~25 µs. The same
pattern with every literal lower-cased and without ``re.IGNORECASE``, over
``text.lower()``, skips most branches on their first letter: 3 to 5 times faster on the
extractors' short names.

It is the same pattern where :func:`matching.lowers_alike` holds (the text has none
of the characters ``re`` equates beyond ``str.lower``): then each character of the
lowered text is ``re``'s own lower case of the original, classes are matched
against that lower case by ``re`` as well, and ``\\w``, ``\\d``, ``\\s`` and word
boundaries say the same of a character and its lower case (``tests/test_lowered.py``
checks both over all of Unicode). The twin only says *where* the first match
starts (or that there is none); the match object always comes from the original
pattern at that position, so groups are ``re``'s own.
"""

from __future__ import annotations

import re
from typing import Any

from agent.classify.matching import lowers_alike

_MAX_RANGE = 5_000  # wider class ranges are left to re (a negated class of everything)


def _parser() -> Any:
    return re._parser  # type: ignore[attr-defined]  # re's own parser: the same tree re compiles


def _constants() -> Any:
    return re._constants  # type: ignore[attr-defined]


class _Unsupported(Exception):
    """A construct whose case-insensitive meaning the twin cannot state (a backreference)."""


def twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive ``rx`` for lower-cased text; None if none."""
    c = _constants()
    if not rx.flags & re.IGNORECASE or rx.flags & (re.ASCII | re.LOCALE) or rx.flags & re.VERBOSE:
        return None
    parsed = _parser().parse(rx.pattern, rx.flags)
    try:
        _lower_tree(parsed, c)
    except _Unsupported:
        return None
    parsed.state.flags &= ~re.IGNORECASE
    compiled: re.Pattern[str] = re._compiler.compile(parsed, rx.flags & ~re.IGNORECASE)  # type: ignore[attr-defined]
    return compiled


def _low(code: int) -> int:
    lowered = chr(code).lower()
    return ord(lowered) if len(lowered) == 1 else code


def _lower_tree(sub: Any, c: Any) -> None:
    """Lower-case every literal and class member of a parsed pattern, in place."""
    data = sub.data if hasattr(sub, "data") else sub
    for i, (op, av) in enumerate(data):
        if op in (c.LITERAL, c.NOT_LITERAL):
            data[i] = (op, _low(av))
        elif op is c.IN:
            data[i] = (op, _lower_set(av, c))
        elif op is c.BRANCH:
            for item in av[1]:
                _lower_tree(item, c)
        elif op is c.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE:
                raise _Unsupported  # case-sensitivity changes inside
            _lower_tree(av[3], c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            _lower_tree(av[2], c)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _lower_tree(av[1], c)
        elif op is c.ATOMIC_GROUP:
            _lower_tree(av, c)
        elif op not in (c.ANY, c.AT):
            raise _Unsupported  # backreferences, conditionals: compared ignoring case


def _lower_set(items: list[tuple[Any, Any]], c: Any) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append((op, _low(av)))
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > _MAX_RANGE:
                raise _Unsupported
            out.extend((c.LITERAL, low) for low in sorted({_low(i) for i in range(lo, hi + 1)}))
        elif op in (c.NEGATE, c.CATEGORY):
            out.append((op, av))
        else:
            raise _Unsupported
    return out


class Lowered:
    """``rx``'s search, match and sub, found through its twin where the text allows it."""

    __slots__ = ("_twin", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._twin = twin(rx)

    def _low(self, text: str) -> str | None:
        """``text.lower()`` if the twin may read it; None: re alone must say."""
        low = text.lower()
        return low if self._twin is not None and lowers_alike(text, low) else None

    def search(self, text: str) -> re.Match[str] | None:
        """``rx.search(text)``: from where the twin finds the first match, if it finds one."""
        low = self._low(text)
        if low is None:
            return self.rx.search(text)
        m = self._twin.search(low)  # type: ignore[union-attr]  # _low said there is one
        return None if m is None else self.rx.search(text, m.start())

    def match(self, text: str) -> re.Match[str] | None:
        """``rx.match(text)``."""
        low = self._low(text)
        if low is not None and self._twin.match(low) is None:  # type: ignore[union-attr]
            return None
        return self.rx.match(text)

    def sub(self, repl: str, text: str) -> str:
        """``rx.sub(repl, text)``: the text itself when the twin finds no match."""
        low = self._low(text)
        if low is not None and self._twin.search(low) is None:  # type: ignore[union-attr]
            return text
        return self.rx.sub(repl, text)
