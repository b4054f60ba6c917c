"""An offer or an invitation denied to the reader in its own clause: the no itself.

Why: "we are not in a position to offer you the post", "non le proporremo il contratto", "wir
bieten Ihnen die Stelle leider nicht an" hold an offer look-alike's words, and counted as an
offer they outweighed the no (issue 11, session 44: 11 held-out real misses read as offers).
Read from the clause, as ``objects.negated`` reads a decision's: a negation before the look-alike
(after it in German and Dutch, and a negated passive after it in any: "an offer will not be made to
you", "une offre ne vous sera pas faite"), a verb that gives the offer or the invitation, and the
reader, in its clause; undone by a double negation ("we cannot but offer you", "no reason not to
invite you"), a wish ("we can't wait to offer you"), "not yet", or a turn ("..., but we'd like to
offer you"). The words are data (patterns.toml ``yes_denied_before``, ``yes_denied_after``,
``yes_denied_passive``, ``yes_giving``, ``yes_denial_undone``, ``yes_turn``,
``yes_reader_pronoun``).
"""

from __future__ import annotations

import dataclasses

from agent.classify.engine import Cue
from agent.classify.lexicon import compiled, words
from agent.classify.objects import clause_end, clause_start
from agent.classify.packcheck import DECISION_WEIGHT

YES = frozenset(("offer", "interview_invitation"))
DENIED_WEIGHT = 3.0  # as the packs' own "not offer you the position" rules weigh
MIN_LOOKALIKE = 2.0  # a look-alike this heavy names the offer or the invitation: not "Termin"
_BEFORE = compiled("yes_denied_before")
_AFTER = compiled("yes_denied_after")
_PASSIVE = compiled("yes_denied_passive")
_GIVING = compiled("yes_giving")
_UNDONE = compiled("yes_denial_undone")
_TURN = compiled("yes_turn")
_WISH = compiled("yes_wish")
_DOUBLE = compiled("yes_double_negation")
_INVITING = compiled("yes_inviting")
_READER = compiled("reader")
_CLITIC = compiled("reader_clitic")
_PRONOUN = compiled("yes_reader_pronoun")
_PASSIVE_READER = frozenset(words("denied", "passive_reader"))
_DOUBLE_REACH = 30  # "geen reden om | je niet uit te nodigen": the first no just before the rule


def _clause(text: str, start: int, stop: int) -> tuple[int, int]:
    """The clause of the look-alike at ``start:stop``: from the last mark, clause word or turn
    before it to the next mark or clause word after it."""
    lo = clause_start(text, start)
    turns = [m.end() for m in _TURN.finditer(text, lo, start)]
    lo = max(lo, turns[-1]) if turns else lo
    return lo, clause_end(text, stop)


def denied(text: str, start: int, stop: int) -> bool:
    """Is the offer or invitation look-alike at ``start:stop`` denied to the reader in its
    own clause?"""
    lo, hi = _clause(text, start, stop)
    nots = [m.end() for m in _BEFORE.finditer(text, lo, start)]
    passive = _PASSIVE.search(text, stop, hi)
    if not (nots or passive or _AFTER.search(text, stop, hi)):
        return False
    if nots and _WISH.search(text, nots[-1], stop):
        return False  # "... niet verder met de andere finalist en willen je graag een aanbod doen"
    if _UNDONE.search(text, lo, hi) or not _GIVING.search(text, lo, hi):
        return False
    if passive and _PASSIVE_READER.intersection(passive.group(0).lower().split()):
        return True  # "ne vous sera pas faite", "non le verrà presentata": the reader's clitic
    return any(rx.search(text, lo, hi) for rx in (_READER, _CLITIC, _PRONOUN))


def undone(text: str, start: int, stop: int) -> str | None:
    """The look-alike category ("offer", "interview_invitation") of a no at ``start:stop`` whose
    double negation gives the offer or the invitation ("we cannot but offer you the job", "no
    reason not to invite you"); None for any other no."""
    lo, hi = _clause(text, start, stop)
    double = _DOUBLE.search(text, max(lo, start - _DOUBLE_REACH), hi)
    if double is None or double.start() >= stop:
        return None
    if not _GIVING.search(text, lo, hi):
        return None
    return "interview_invitation" if _INVITING.search(text, lo, hi) else "offer"


def as_denied(text: str, hits: list[tuple[int, int, Cue]]) -> list[tuple[int, int, Cue]]:
    """The hits with each denied offer or invitation look-alike made a rejection decision (read
    then as any decision: hypothetical, a question, quoted, taken back), and each decision on
    giving it that a double negation undoes made that offer or invitation."""
    out: list[tuple[int, int, Cue]] = []
    undone_at: list[tuple[int, int]] = []  # one double negation, one offer: not each rule on it
    for s, e, cue in hits:
        read = cue
        if cue.category in YES and cue.weight <= -MIN_LOOKALIKE and denied(text, s, e):
            read = _decision(cue)
        elif (
            cue.category == "rejection"
            and cue.weight >= DECISION_WEIGHT
            and (category := undone(text, s, e))
        ):
            if any(s < ue and us < e for us, ue in undone_at):
                continue
            undone_at.append((s, e))
            rule = f"undone:{cue.rule}"
            read = dataclasses.replace(cue, weight=-DENIED_WEIGHT, category=category, rule=rule)
        out.append((s, e, read))
    return out


def _decision(cue: Cue) -> Cue:
    rule = f"denied:{cue.rule}"
    return dataclasses.replace(cue, weight=DENIED_WEIGHT, category="rejection", rule=rule)
