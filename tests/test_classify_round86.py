"""Issue 11, session 40 (recall48): round 86's kinds in English — job portals' status cards,
public-sector status words, freelance platforms — and the fault round 83 noticed: "go another
way" read with no object ("we decided to go a different way with the office party").

Probed in bench/probes/en-{yes,no}-86.txt (written before the fix; main then 67 of 73 yes, 34 of
41 no); these cells are other sentences of the same kinds, each failing on main. Each look-alike
keeps the decision's words and changes what they bear on.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import Verdict, classify

HR = "Acme HR <hr@acme-corp.com>"


def _hr(subject: str, sentence: str) -> Verdict:
    """An HR notice to the company's own staff: job context whatever it is about."""
    return classify(mail(f"Hi Alex,\n\n{sentence}\n\nAcme HR", subject=subject, sender=HR), [OWNER])


def _digest(status: str) -> Verdict:
    """A candidate portal's summary of three applications, ``status`` the middle one's."""
    body = (
        "Hi Alex,\n\nHere is a summary of your applications with Acme:\n\n"
        "- Senior Data Analyst (R-1201): In review\n"
        f"- Data Engineer (R-4411): {status}\n"
        "- Platform Engineer (R-3090): Application received\n\nAcme Recruiting"
    )
    sender = "Acme Candidate Portal <notifications@acme-corp.icims.com>"
    return classify(mail(body, subject="Updates on your applications", sender=sender), [OWNER])


@pytest.mark.parametrize(
    ("verdict", "rule"),
    [
        # A public employer's status word (USAJobs): "Not Referred" as the new status.
        (
            lambda: wrapped("en", "Your application status has been updated to: Not Referred."),
            "status-dash",
        ),
        # A job board's status line with who decided after it (Indeed's "Not selected by employer").
        (lambda: _digest("Not selected by employer"), "status-first"),
        # A freelance platform: the project given to another freelancer.
        (
            lambda: weak(
                "en",
                "Project update",
                'The project "Bookkeeping help" you placed a bid on was awarded to another freelancer.',
            ),
            "awarded-to-another-freelancer",
        ),
        # "to pass this time": a time, not a thing passed.
        (
            lambda: wrapped(
                "en", "The team looked at your portfolio and decided to pass this time."
            ),
            "decided-to-pass",
        ),
    ],
)
def test_round_86_kinds_are_rejections(verdict: object, rule: str) -> None:
    v = verdict()  # type: ignore[operator]
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    "verdict",
    [
        # "go another way" / "a different direction" on a thing, in job mail.
        lambda: _hr(
            "Team offsite",
            "We have decided to go another way with the team offsite: we'll stay in town.",
        ),
        lambda: wrapped(
            "en",
            "We went in a different direction with the interview panel, so you will meet three "
            "engineers instead of two.",
        ),
        # "won't be progressing" a thing.
        lambda: _hr("Office refit", "We won't be progressing the office refit until spring."),
        # A platform's "job closed" to one who never bid.
        lambda: weak(
            "en",
            "Job closed: Bookkeeping help",
            "This job is no longer available as the client has closed it. You didn't submit a "
            "proposal.",
        ),
        # A card or a permit applied for, with a decision on it.
        lambda: weak(
            "en",
            "Your card application",
            "Your application for the Gold card was not approved on this occasion.",
        ),
        lambda: weak(
            "en",
            "Permit application",
            "Your application for a visitors' parking permit did not meet the eligibility criteria.",
        ),
    ],
)
def test_round_86_look_alikes_stay_no(verdict: object) -> None:
    v = verdict()  # type: ignore[operator]
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        # What go-another-way found before it was bound: a bare no, a clause after it, the hire.
        "We've decided to go another way.",
        "We're going in another direction, but thanks for doing the case study.",
        "The team decided to go a different way on this hire.",
        "We have decided to go in another direction with this role.",
        "We went a different way with one of the other finalists.",
    ],
)
def test_going_another_way_on_the_hire_stays_a_rejection(sentence: str) -> None:
    v = wrapped("en", sentence)
    assert v.is_rejection, v.reasons
