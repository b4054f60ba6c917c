"""Whose decision it is: what a decision phrase bears on, read from the words around it.

Why: a decision is the reader's only when it bears on them. Under "Re: Sales lead", "the
client won't be moving forward with the purchase" is a client's; "we will not proceed with
the other finalist and would like to make you an offer" turns someone else down (issue 11).
The words are data (patterns.toml ``decision_object``, ``object_person``, ``object_job``,
``object_term``, ``reader``, ``decision_negated``), in every pack's language.
"""

from __future__ import annotations

import re

from agent.classify.lexicon import compiled

READER = "reader"  # the reader, their application, or the job itself
PERSON = "person"  # someone else: "the other finalist", "another candidate"
THING = "thing"  # a purchase, a quote, a booking, a supplier, a step of the process

_OBJECT = compiled("decision_object")
_PERSON = compiled("object_person")
_JOB = compiled("object_job")
_TERM = compiled("object_term")
_MANNER = compiled("object_manner")
_READER = compiled("reader")
_CLITIC = compiled("reader_clitic")
_NEGATED = compiled("decision_negated")
_CLAUSE_OPEN = compiled("clause_open")
# The start of a decision's clause: the last clause or sentence mark before it.
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014.!?\n]")
_CLAUSE_REACH = 160
_OBJECT_REACH = 30  # "no seguir adelante | con el presupuesto": a few words to the object


def clause_start(text: str, start: int) -> int:
    """Where the clause holding the phrase at ``start`` begins."""
    lo = max(0, start - _CLAUSE_REACH)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, start)]
    words = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, start)]
    return max(marks[-1] if marks else lo, words[-1] if words else lo)


def clause_end(text: str, stop: int) -> int:
    """Where the clause holding the phrase that ends at ``stop`` ends: the next clause or
    sentence mark or clause word, within reach."""
    end = min(len(text), stop + _CLAUSE_REACH)
    for rx in (_CLAUSE_MARK, _CLAUSE_OPEN):
        cut = rx.search(text, stop, end)
        end = cut.start() if cut else end
    return end


def _object(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The object named in the phrase or just after it, in its clause. From the phrase's start:
    a frame may hold its object ("scelto un altro fornitore"), and a phrase may end before its
    verb's complement ("no seguir | adelante con el presupuesto"); not "someone who has ... for
    this one", another clause's."""
    m = _OBJECT.search(text, start, clause_end(text, stop))
    return m if m is not None and m.start() <= stop + _OBJECT_REACH else None


def decision_object(text: str, start: int, stop: int) -> tuple[str | None, str]:
    """(kind, words) of what the decision ``text[start:stop]`` bears on; kind None when it
    names nothing ("we won't be moving forward."): a bare no is the reader's by default."""
    head = text[clause_start(text, start) : stop]
    if _READER.search(head):
        return READER, ""  # "you were not selected", "we won't be moving you forward to ..."
    m = _object(text, start, stop)
    if m is not None and (manner := _MANNER.match(m["o"])) is not None:
        after = m.start("o") + manner.end()  # "another way | with the office move"
        m = _object(text, after, after)
    if m is not None:
        words = m["o"]
        if _JOB.search(words):
            return READER, words  # "for this position", "with your application"
        if _PERSON.search(words):
            return (READER if m["r"] else PERSON), words  # "your profile" / "the other finalist"
        return THING, words  # "the purchase", "another caterer", "your proposal"
    if _JOB.search(head):
        return READER, ""  # "the position has been filled"
    if _PERSON.search(head):
        return PERSON, ""  # "other candidates were not selected"
    return None, ""


def addressed(text: str, start: int, stop: int) -> bool:
    """Is the decision at ``start:stop`` said to the reader in its own clause: "you were not
    selected", "your application was unsuccessful", "... with your application"?"""
    if _READER.search(text, clause_start(text, start), stop):
        return True
    m = _object(text, start, stop)
    return m is not None and m["r"] is not None


def about(text: str, start: int, stop: int) -> str | None:
    """What in ``text[start:stop]`` names the reader ("your"), a post or an application, or
    the people chosen ("other candidates"), quoted; None when it names none of them.

    Why: a sentence model's no must be about someone's candidacy, not any regret ("I
    certainly didn't feel illegal", a blog post in the ham corpus, read p 0.96)."""
    for kind, rx in (("the reader", _READER), ("a post", _JOB), ("a person", _PERSON)):
        if (m := rx.search(text, start, stop)) is not None:
            return f'{kind} "{m[0].strip()}"'
    return None


def negated(text: str, start: int, stop: int) -> bool:
    """Is the decision said in the negative in its own clause ("we will not proceed with ...")?"""
    return _NEGATED.search(text, clause_start(text, start), stop) is not None


def names_post(text: str, start: int, stop: int) -> bool:
    """Does the clause of the decision ``text[start:stop]`` name a post or an application
    ("the position you applied for has been filled internally", "we were unable to offer
    you the Data Engineer role")?"""
    return _in_clause(_JOB, text, start, stop)


def names_term(text: str, start: int, stop: int) -> bool:
    """Does the clause of the decision ``text[start:stop]`` name a term of an offer ("we
    cannot meet your salary expectation", "a four-day week is not possible")? Session 24."""
    return _in_clause(_TERM, text, start, stop)


def _in_clause(rx: re.Pattern[str], text: str, start: int, stop: int) -> bool:
    """Does ``rx`` match in the clause of the decision ``text[start:stop]``?"""
    cut = _CLAUSE_MARK.search(text, stop, stop + _CLAUSE_REACH)
    end = cut.start() if cut else min(len(text), stop + _CLAUSE_REACH)
    return rx.search(text, clause_start(text, start), end) is not None


def offered_to_reader(text: str, start: int, stop: int) -> bool:
    """Is the offer at ``start:stop`` made to the reader ("delighted to offer you", "make you
    an offer") and not denied in its clause ("we cannot make you an offer")?"""
    to_reader = _READER.search(text, start, stop) or _CLITIC.search(text, start, stop)
    return to_reader is not None and not negated(text, start, stop)
