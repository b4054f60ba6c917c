"""One pass over a text says which of many regexes may match it; Python's ``re`` confirms.

Why: the classifier tries hundreds of patterns on every mail and nearly all of
them fail. An RE2 set (``re2.Set``, a DFA over all of them at once, in C) reads
a text once and names the patterns that match it. Each Python pattern goes in
as its byte superset (:mod:`agent.classify.superset`), matched against the
text's UTF-8 bytes read as Latin-1, so a pattern the set does not name cannot
match anywhere in the text: ``re`` need not try it. Patterns the translation
or RE2 cannot take are always candidates, and so is every pattern when RE2 is
missing, a set does not compile, or its DFA runs out of memory on a text
(told apart by a pattern that matches every text).

Why RE2 and not Hyperscan: Hyperscan (python-hyperscan 0.9.1) took ~22 s to
compile the packs' patterns and missed a match of ``en.rejection.9c7c65`` in a
corpus mail (``tests/test_multiscan.py`` keeps the case); RE2 compiles them in
well under a second and misses nothing.

Why the classifier does not use it (measured, issue 11): RE2 builds its DFA
lazily, state by state, as texts need them, and new mail keeps needing new
states: on 300 corpus mails it had not seen, classifying with the packs' sets
cost 69 % more instructions than the needle pre-tests alone (callgrind), and a
pass over 5,400 distinct mails ~20 MiB more memory. It pays on texts it has
read before, or when a few patterns are matched against much text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

from agent.classify.superset import Untranslatable, translate

log = logging.getLogger(__name__)

try:  # a speed-up: everything works without it, only slower
    import re2 as _re2
except ImportError:  # pragma: no cover - depends on the installation
    _re2 = None

MAX_MEM = 16 << 20  # RE2's budget per set (program and DFA states); beyond it: all candidates


def _options() -> Any:
    opts = _re2.Options()
    opts.encoding = _re2.Options.Encoding.LATIN1  # bytes in, bytes matched: UTF-8 spelled out
    opts.max_mem = MAX_MEM
    opts.log_errors = False
    return opts


class MultiScan:
    """Many patterns as RE2 sets: :meth:`candidates` of a text in one pass.

    ``patterns`` are ``(pattern, re flags)``; an id is a position in it. The sets
    are compiled on first use (:meth:`ready`).
    """

    def __init__(self, patterns: Sequence[tuple[str, int]]) -> None:
        self.patterns = tuple(patterns)
        self.always: frozenset[int] = frozenset()  # in no set: candidates for every text
        self._sets: list[tuple[Any, tuple[int, ...]]] = []  # set, its index -> pattern id
        self._built = False

    def ready(self) -> bool:
        """Compile the sets now; whether they narrow anything (RE2 there and working)."""
        if not self._built:
            self._built = True
            if _re2 is None:
                log.info("google-re2 is not installed: each pattern is tried on its own")
            else:
                self._build()
        return bool(self._sets)

    def candidates(self, text: str) -> set[int] | None:
        """Ids of the patterns that may match somewhere in ``text``; None: all may."""
        if not (self._built or self.ready()) or not self._sets:
            return None
        data = text.encode("utf-8", "surrogatepass")
        found = set(self.always)
        for rset, ids in self._sets:
            hits = rset.Match(data)
            if not hits or hits[0] != 0:  # the match-all pattern missing: the DFA gave up
                return None
            found.update(ids[i] for i in hits[1:])
        return found

    def _build(self) -> None:
        exprs: list[tuple[int, bytes]] = []
        always: set[int] = set()
        for pid, (pattern, flags) in enumerate(self.patterns):
            expr = self._translation(pattern, flags)
            if not expr:  # untranslatable, or nothing of it narrows: a candidate everywhere
                always.add(pid)
            else:
                exprs.append((pid, expr.encode("ascii")))
        pending = [exprs] if exprs else []
        while pending:
            group = pending.pop()
            built, refused = _compile(group)
            always |= refused
            if built is not None:
                self._sets.append(built)
            elif len(group) > 1:  # too big for one set's budget: halves
                pending += [group[: len(group) // 2], group[len(group) // 2 :]]
            else:
                always.update(pid for pid, _ in group)
        self.always = frozenset(always)

    def _translation(self, pattern: str, flags: int) -> str | None:
        try:
            return translate(pattern, flags)
        except (Untranslatable, re.error, RecursionError) as exc:
            log.debug("pattern %r stays a candidate for every text: %s", pattern, exc)
            return None


def _compile(exprs: list[tuple[int, bytes]]) -> tuple[tuple[Any, tuple[int, ...]] | None, set[int]]:
    """One RE2 set of ``exprs`` after a pattern matching every text (None if it does not
    compile: too big), and the ids of the expressions RE2 refused to add."""
    rset = _re2.Set.SearchSet(_options())
    rset.Add(b"")
    ids: list[int] = [-1]
    refused: set[int] = set()
    for pid, expr in exprs:
        try:
            rset.Add(expr)
        except _re2.error:
            refused.add(pid)
            continue
        ids.append(pid)
    try:
        rset.Compile()
    except _re2.error:
        return None, refused
    return (rset, tuple(ids)), refused
