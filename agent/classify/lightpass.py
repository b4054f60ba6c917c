"""The cheap path's texts as the one-pass databases read them, and its light-cue pass.

Kept apart from :mod:`agent.classify.prefilter` (at its line limit): the decision pass,
the light-cue pass and the phrase search read one subject and text, made once each.
"""

from __future__ import annotations

import functools

from agent.classify import onepass
from agent.classify.anchors import cue_reading

# The phrase search reads the same text right after (:func:`phrase_in_reading`): made once.
reading = functools.lru_cache(maxsize=1)(cue_reading)


@functools.lru_cache(maxsize=1)  # the light cues' pass reads the same text right after
def folded(subject: str, body: str) -> bytes:
    """Subject and text as the one-pass databases read them (:func:`onepass.fold`)."""
    if "\u00ad" in body:  # dropped from the text (not the subject) before the cues read it
        body = body.replace("\u00ad", "")
    return onepass.fold(f"{subject}.\n{body}")


def light_cue(db: onepass.Database | None, marks: int, subject: str, body: str) -> bool:
    """May a light rejection cue of any pack match where the decision cues read? True when
    unsure (no database ``db``; ``marks``: the id of its gender-mark pattern).

    The light cues are Rx patterns of the same packs, read by the classifier over the same
    text as the decision cues, so the decision pass's proof carries over: one widened pass,
    and after a gender mark (any cue might match) a second over the cue reading. Where none
    can match, ``Evidence.cue_spans`` stays empty.
    """
    if db is None:
        return True
    found = onepass.matches(db, folded(subject, body))
    if marks in found:
        found = onepass.matches(db, onepass.fold(reading(subject, body))) - {marks}
    return bool(found)
