"""The decision cues a mail's text can match at all: tier 0's one Hyperscan pass, reused.

Why: the decision stage tried ~21 decision cues a mail that passed their needle
pre-tests, and ~2 matched; each try is ``re`` work at every place a lead word starts.
The scan's cheap path already compiles every decision cue into one database, each
pattern widened to a superset of its cue (:mod:`agent.classify.onepass`); one pass of
it over the very text the cues read names the few worth trying. Until that database
is ready (first run, compiling in the background) every cue is tried, as before: the
verdicts are the same either way.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import TypeAlias

from agent.classify import onepass
from agent.classify.anchors import Anchors, anchors_of, decision_cues
from agent.classify.engine import Pack, PackSet
from agent.classify.inclusive import WORD as INCLUSIVE_WORD


@functools.cache
def decision_store(found: Anchors) -> onepass.Stored:
    """Every decision cue of ``found`` and the gender-mark word, as the cheap path scans
    them (the same patterns: the same cache file, compiled once for both)."""
    return onepass.Stored((*(rx.pattern for rx in found.patterns), INCLUSIVE_WORD.pattern))


@dataclass(frozen=True, eq=False)
class _Layout:
    """Where each database id sits: the decision cues are numbered pack after pack."""

    store: onepass.Stored
    starts: tuple[int, ...]  # per pack (in set order), its first id
    codes: tuple[str, ...]
    cue_at: tuple[tuple[int, ...], ...]  # per pack, per id from its first: the cue index
    decisive: dict[str, frozenset[int]]
    cues: int  # how many: the next id is the gender-mark word's


@functools.cache
def _layout(pack_set: PackSet) -> _Layout:
    found = anchors_of(pack_set)
    starts: list[int] = []
    cue_at: list[tuple[int, ...]] = []
    at = 0
    for pack in pack_set.packs.values():
        starts.append(at)
        own = {id(cue) for cue in decision_cues([pack])}
        cue_at.append(tuple(i for i, cue in enumerate(pack.cues) if id(cue) in own))
        at += len(cue_at[-1])
    if at != len(found.patterns):  # anchors_of numbers them the same way
        raise AssertionError("decision cues numbered differently from the anchors")
    codes = tuple(pack_set.packs)
    return _Layout(
        decision_store(found),
        tuple(starts),
        codes,
        tuple(cue_at),
        {code: frozenset(ids) for code, ids in zip(codes, cue_at, strict=True)},
        at,
    )


Tries: TypeAlias = list[tuple[Pack, list[int]]]  # per pack, the indexes of cues to try


class Passing:
    """A mail's text as the decision cues read it, and its pass once a decision cue asks."""

    __slots__ = ("_layout", "_text")

    def __init__(self, layout: _Layout, text: str) -> None:
        self._layout, self._text = layout, text

    def narrowed(self, tries: Tries) -> Tries:
        """``tries`` without the decision cues the pass rules out (their widened pattern
        does not match), or as they are while the database is not ready (then any cue
        may match) or when they hold no decision cue (no pass then).

        Always a pass otherwise: skipping it for mails with few cues to try (a cost
        model of characters against tries) cost more instructions than it saved."""
        decisive = self._layout.decisive
        if all(decisive[pack.code].isdisjoint(ids) for pack, ids in tries):
            return tries
        found = self._found()
        if found is None:
            return tries
        return [
            (pack, [i for i in ids if i not in decisive[pack.code] or i in found[pack.code]])
            for pack, ids in tries
        ]

    def _found(self) -> dict[str, set[int]] | None:
        """Per pack code, its decision cues whose widened pattern matched; None while the
        database is not ready. Never starts its compilation: the scan does that, and a
        one-off ``rebound classify`` should not."""
        layout = self._layout
        db = layout.store.get(build=False)
        if db is None:
            return None
        found: dict[str, set[int]] = {code: set() for code in layout.codes}
        for id_ in onepass.matches(db, onepass.fold(self._text)):
            if id_ >= layout.cues:
                continue  # the gender-mark word: the cues read the text with marks moved
            k = bisect.bisect_right(layout.starts, id_) - 1
            found[layout.codes[k]].add(layout.cue_at[k][id_ - layout.starts[k]])
        return found


def passing(pack_set: PackSet, text: str) -> Passing:
    """``text`` (as the decision cues of ``pack_set`` read it) ready for a pass."""
    return Passing(_layout(pack_set), text)
