"""Third-party gates that the reader's own application owns (session 35, issue 11).

Why: two gates read a recruiter's report or a staff announcement, and the packs' look-arounds
cannot see far enough back to tell when the mail is a no to the reader instead. "Jane Doe was
moved to Rejected by Tim Cole" is an ATS's note to a recruiter; "Your application for Buyer was
moved to Rejected by Tim Cole" is the reader's own no (a title between the application and the
verb: the pack's look-behind sees one word back). "We are pleased to announce that Jane Doe has
been appointed" is news to staff; after "Unfortunately we will not proceed with your
application" it names the hire in a no to the reader (the pack's look-ahead sees only a no
after the announcement). Which gate the reader may own, and how, is data: the rule's
``reader_owns`` in its pack (checked by :mod:`agent.classify.packcheck`); the reader's
application is data too (``patterns.toml`` ``reader_application``).
"""

from __future__ import annotations

import re

from agent.classify.lexicon import compiled
from agent.classify.objects import addressed
from agent.classify.packcheck import NO_BEFORE, SUBJECT_BEFORE

_READER_APPLICATION = compiled("reader_application")
_SENTENCE_END = re.compile(r"[.!?\n]")
_REACH = 120  # "Your application for Senior Warehouse Shift Supervisor was moved": a title's room


def owned_by_reader(text: str, owns: str, start: int, decisions: list[tuple[int, int]]) -> bool:
    """Is the third-party gate at ``start``, whose rule says ``reader_owns = owns`` ("" when it
    says nothing), about the reader's own application?"""
    if owns == SUBJECT_BEFORE:  # the reader's application before it in its sentence
        lo = max(0, start - _REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
        return _READER_APPLICATION.search(text, ends[-1] if ends else lo, start) is not None
    if owns == NO_BEFORE:  # a no said to the reader earlier in the mail
        return any(stop <= start and addressed(text, s, stop) for s, stop in decisions)
    return False
