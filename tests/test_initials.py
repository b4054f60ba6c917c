"""A hiring function's bare initials ("HR", "RH") as job context (session 19, issue 15).

They count only signing a line of their own (alone or beside a name or company) or after a
pack's ``hiring_initials_after`` words; elsewhere they are hours or a product ("8 hr days",
"RH 7.3"). The classifier and the cheap path's tier 0 read them alike: a mail whose job
context is only its initials must never be settled by tier 0's job pass.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.classify import anchors, classify, initials
from agent.classify.prefilter import glance
from agent.mail.parse import parse_bytes

OWNER = "alex@example.com"


@pytest.mark.parametrize(
    "line",
    [
        "HR",
        "RH",
        "Dana Lee | HR | Acme Corp.",
        "Acme HR",
        "*HR*",
        " Dana Lee,\u00a0HR ",
        "Équipe RH",
    ],
)
def test_a_signature_line_is_signed(line: str) -> None:
    assert initials.signs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Re: RH 8 no DMA for DVD drive",
        "> was 2) working 8 hr days to register a company.",
        "RH> Today a French officer called Michel",
        "Screening call with HR | 4:45 – 5:00 pm ET",
        "I upgraded from RH 7.2 to RH 7.3 over the weekend",
        "Please Call Our HR Desk Team Today Or Tomorrow",  # seven words: not a signature
    ],
)
def test_other_lines_are_not(line: str) -> None:
    assert not initials.signs(line)


def test_line_at_ends_at_lf_and_cr() -> None:
    text = "a\nDana Lee, HR\rnext"
    at = text.index("HR")
    assert initials.line_at(text, at, at + 2) == "Dana Lee, HR"


def test_after_reads_over_a_gap_of_spaces() -> None:
    rx = next(iter(anchors().initials_after))
    text = "a call with" + " " * 80 + "HR"
    assert initials.after(rx, text, text.index("HR"))
    assert not initials.after(rx, "a call within HR", len("a call within "))


_BODY = (
    "Hi Alex,\n\nThank you for your interest. Unfortunately, we have decided not to "
    "proceed with your application.\n\nBest regards,\nDana Lee\n{}\n"
)


def _raw(last: str, body: str = _BODY) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana Lee <dana.lee@acme-corp.com>"
    msg["To"] = f"Alex Doe <{OWNER}>"
    msg["Subject"] = "Summer Program"
    msg["Message-ID"] = "<t@example.com>"
    msg.set_content(body.format(last))
    return msg.as_bytes()


def _hiring(raw: bytes) -> bool:
    reasons = classify(parse_bytes(raw), [OWNER]).reasons
    return any(r.startswith("signed by a hiring function") for r in reasons)


@pytest.mark.parametrize(
    ("last", "counts"),
    [("HR", True), ("Acme HR", True), ("HR 7.3 box", False), ("8 hr days", False)],
)
def test_the_classifier_counts_a_signing_line_only(last: str, counts: bool) -> None:
    raw = _raw(last)
    assert _hiring(raw) is counts
    assert classify(parse_bytes(raw), [OWNER]).is_rejection is counts  # "Program": no job
    seen = glance(raw)
    assert seen is not None and seen.tier0 != "job"  # "application": the gate passes it on


_PIECES = [
    "HR",
    "RH",
    "Dana Lee",
    "Acme Corp",
    "8 hr days",
    "RH 7.3",
    "with",
    "a call with",
    "*HR*",
    "  HR  ",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "|",
    "-",
    "The",
    "hours",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map(" ".join),
        min_size=1,
        max_size=4,
    ).map("\n".join)
)
def test_tier0_reads_every_initials_the_classifier_counts(tail: str) -> None:
    """Whatever lines the initials stand on, a mail the classifier finds signed by them is
    one tier 0 finds signed too: never settled as "no job words"."""
    body = "Hi Alex,\n\nWe will not move on with this.\n\nBest regards,\n{}\n"
    raw = _raw(tail, body)
    if _hiring(raw):
        seen = glance(raw)
        assert seen is None or seen.tier0 != "job", seen.reason
