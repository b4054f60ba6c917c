"""Clauses of a decision's sentence: what reaches the decision, what takes it back.

Why apart from :mod:`agent.classify.frames`: how far a condition, a hedge or a
contrast reaches inside one sentence is one question, asked by the cue reading
for each decision it finds.
"""

from __future__ import annotations

import bisect
import re

from agent.classify.engine import Pack
from agent.classify.matching import Doc
from agent.classify.sentences import SENTENCE_END

# Look-alike categories that take back a decision made earlier in their own sentence,
# in a clause of their own: "we went with another candidate for the senior role, but
# yours is still live", "... – Sie sind dabei!". Their words are the packs' tables
# [lookalike.<category>]; anywhere else they weigh as any look-alike.
REVERSALS = frozenset(("still_in_process",))


def reversal(
    packs: list[Pack], text: str, stop: int, later: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The first reversal of ``later`` (start, end; each in the sentence of a decision
    ending at ``stop``) that opens after it, across a clause break."""
    for r_start, r_end in later:
        if r_start >= stop and clause_break(packs, text[stop:r_start]):
            return r_start, r_end
    return None


_CLAUSE_PUNCT = re.compile(r"[,;:()\u2013\u2014]")


def conditional_markers(
    packs: list[Pack], doc: Doc, bounds: list[int], end: int
) -> dict[int, list[tuple[int, int, bool]]]:
    """Sentence number -> (start, end, is a hedge) of each conditional or hedge in it."""
    found: dict[int, list[tuple[int, int, bool]]] = {}
    for pack in packs:
        for rx, hedge in ((pack.conditional, False), (pack.hedge, True)):
            if rx is not None:
                for m in rx.finditer(doc, end=end):
                    sentence = bisect.bisect_right(bounds, m.start())
                    found.setdefault(sentence, []).append((m.start(), m.end(), hedge))
    return found


def hypothetical(
    packs: list[Pack], text: str, start: int, stop: int, markers: list[tuple[int, int, bool]] | None
) -> bool:
    """Does a conditional or hedge of its sentence reach the phrase at ``start:stop``?

    A condition before the phrase reaches it ("If you don't hear from us, assume we went
    with others"); one after it only when attached to its clause ("we cannot proceed with
    your application unless ..."): in "we went with others, but will keep your CV on file
    in case a role opens" the condition is on the keeping, not on the decision. A hedge
    ("while you may have the skills, ...") reaches only its own clause.
    """
    for m_start, m_end, hedge in markers or ():
        if m_start < stop and start < m_end:
            return True
        if m_end <= start:
            if not hedge or not clause_break(packs, text[m_end:start]):
                return True
        elif not clause_break(packs, text[stop:m_start].rstrip(" ,")):
            return True
    return False


def clause_break(packs: list[Pack], between: str) -> bool:
    """Does ``between`` end one clause and open another (a comma, "but", "although")?"""
    if _CLAUSE_PUNCT.search(between):
        return True
    return any(p.clause_words is not None and p.clause_words.search(between) for p in packs)


def bounds_past_semicolons(text: str, end: int) -> list[int]:
    """Sentence bounds as :data:`SENTENCE_END` finds them, except after a semicolon
    within a paragraph: a reversal reaches back across one ("we have filled the analyst
    role; yours is still open")."""
    return [
        m.end()
        for m in SENTENCE_END.finditer(text, 0, end)
        if not (text[m.start() - 1] == ";" and "\n\n" not in m.group())
    ]
