"""Recipe for session 16's internship source (issue 11): Outreachy, the paid remote internships
in open source, whose website sends the applicant's mail. Read at the last commit that still
sent the initial-application decision (a later commit stopped mailing status changes)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url

OUTREACHY = "outreachy/website"
OUTREACHY_COMMIT = "4f9e22ca783c66bb60e2706f41ae4407632ac600"
OUTREACHY_DIR = "home/templates/home/email"
OUTREACHY_SENDER = ("Outreachy Organizers", "organizers@outreachy.org")  # home/email.py
# Ours: the host, the round's dates and payments, the community, project and people.
OUTREACHY_ROUND = {
    "request.scheme": "https",
    "request.get_host": "www.outreachy.org",
    "recipient.display_name": OWNER[0],
    "intern_selection.intern_name": OWNER[0],
    'current_round.internstarts|date:"F Y"': "May 2019",
    'current_round.internends|date:"F Y"': "August 2019",
    "intern_selection.community_name": "GNOME",
    "intern_selection.mentors.all|pluralize": "",
    "intern_selection.mentor_names": "Daniel Brooks",
    "intern_selection.project_name": "Improve the accessibility of the file chooser",
    'coordinator_names|pluralize:" is,s are"': " is",
    'coordinator_names|join:" and "': "Hannah Whitfield",
    'coordinator_names|pluralize:"is,are"': "is",
    "current_round.intern_agreement_deadline": "May 13, 2019",
    "current_round.intern_not_started_deadline": "June 3, 2019",
    "current_round.initial_stipend_payment_deadline": "June 24, 2019",
    "current_round.intern_sfc_initial_payment_notification_deadline": "June 10, 2019",
    "current_round.initialpayment": "1000",
    "current_round.midpoint_stipend_payment_deadline": "July 22, 2019",
    "current_round.midpayment": "2250",
    "current_round.final_stipend_payment_deadline": "September 9, 2019",
    "current_round.finalpayment": "2250",
}
# applicantapproval.reason_denied values, in the order of the template's branches
OUTREACHY_REASONS = ["TIME", "ALIGNMENT", "GENERAL", "UNCLEAR"]


def _django_exact(template: str, values: Mapping[str, str], branch: int = 0) -> str:
    """The Django subset of Outreachy's plain-text mails: with/url tags, one if/elif/else
    chain resolved to its ``branch``-th part, and ``{{ }}`` expressions given word for word in
    ``values`` (filters included); anything else raises."""
    text = re.sub(r"{% (end)?with[^%]*%}\n?", "", template)
    text = re.sub(r"{% url '([\w-]+)' %}", r"/\1/", text)
    chain = re.search(r"(?s){% if [^%]*%}(.*?){% endif %}", text)
    if chain:
        parts = re.split(r"{% (?:elif [^%]*|else) %}", chain.group(1))
        text = text[: chain.start()] + parts[branch] + text[chain.end() :]

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise ValueError(f"no value for {{{{ {m.group(1)} }}}}")
        return values[m.group(1)]

    text = re.sub(r"{{ (.*?) }}", sub, text)
    if "{%" in text or "{{" in text:
        raise ValueError("unsupported Django template construct")
    return text


def _outreachy_mail(snap: Snapshot, name: str, branch: int = 0) -> tuple[str, str]:
    """(subject, body) as home/email.py sends them: the rendered text's first line and the
    rest, with the applicant footer included."""
    path = f"{OUTREACHY_DIR}/{name}.txt"
    footer = snap.read(OUTREACHY, OUTREACHY_COMMIT, f"{OUTREACHY_DIR}/footer-applicant.txt")
    template = snap.read(OUTREACHY, OUTREACHY_COMMIT, path).replace(
        "{% include 'home/email/footer-applicant.txt' %}", footer
    )
    subject, _, body = _django_exact(template, OUTREACHY_ROUND, branch).strip().partition("\n")
    return subject.strip(), body.strip() + "\n"


def outreachy(snap: Snapshot) -> Iterator[Spec]:
    """Outreachy's mail to applicants: the initial application not approved (each reason the
    template gives), approved for the contribution period, accepted as an intern."""
    plans = [("applicantapproval-rejected", "rejection", b) for b in range(4)] * 2
    plans += [("applicantapproval-approved", "moving_forward", 0)] * 2
    plans += [("interns-notify", "offer", 0)]
    for n, (name, category, branch) in enumerate(plans):
        subject, text = _outreachy_mail(snap, name, branch)
        yield Spec(
            unit="outreachy/en",
            url=blob_url(OUTREACHY, OUTREACHY_COMMIT, f"{OUTREACHY_DIR}/{name}.txt"),
            lang="en",
            category=category,
            rejection=category == "rejection",
            stage="application" if category == "rejection" else "n/a",
            subject=subject,
            text=text,
            company="Outreachy",
            role="n/a",
            sender=OUTREACHY_SENDER,
            noreply=False,
            fmt=("plain", "wrapped", "html")[n % 3],
        )
