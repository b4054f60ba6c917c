"""The words that make a hiring function's initials count ("with the HR") across a line break.

Found by test_initials' random lines (session 31): "with\\nThe HR 8 hr days" made the classifier
count the initials (its text joins wrapped lines) while tier 0, reading the raw lines, did not,
so the cheap path settled as "no job words" a mail the classifier reads as job mail.
"""

from __future__ import annotations

import pytest
from test_initials import _hiring, _raw

from agent.classify.prefilter import glance

_BODY = "Hi Alex,\n\nWe will not move on with this.\n\nBest regards,\n{}\n"


@pytest.mark.parametrize("tail", ["with\nThe HR 8 hr days", "a call with the\nHR 8 hr days"])
def test_tier0_reads_the_words_across_a_line_break(tail: str) -> None:
    raw = _raw(tail, _BODY)
    assert _hiring(raw)
    seen = glance(raw)
    assert seen is None or seen.tier0 != "job", seen.reason


def test_hours_after_other_words_still_do_not_count() -> None:
    raw = _raw("within\nThe 8 hr days", _BODY)
    assert not _hiring(raw)
