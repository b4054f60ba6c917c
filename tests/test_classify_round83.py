"""Issue 11, session 39 (lead): round 83's kinds in English — a person's or an agency's own short
no, without an ATS's phrasing.

Probed in bench/probes/en-{yes,no}-83.txt (written before the fix; main then 21 of 26 yes, 12 of
12 no); these cells are other sentences of the same kinds: hiring internally as what the team "ended
up" doing, a client who "doesn't want to proceed to interview". Each look-alike keeps the words
and changes what they are about.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("In the end we ended up promoting from within for this position.", "ended-up-hiring"),
        (
            "The client has read your CV and didn't want to proceed to an interview.",
            "does-not-want-to-proceed-to-interview",
        ),
    ],
)
def test_round_83_kinds_are_rejections(sentence: str, rule: str) -> None:
    v = wrapped("en", sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "The client definitely wants to proceed to interview with you next week.",
        "We ended up hiring two of your former colleagues, who recommended you to us.",
        "If you do not want to proceed with your application, please let us know.",
    ],
)
def test_round_83_look_alikes_stay_no(sentence: str) -> None:
    v = wrapped("en", sentence)
    assert not v.is_rejection, v.reasons
