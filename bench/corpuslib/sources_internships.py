"""Recipes for session 16's English sources (issue 11): Outreachy, the paid remote internships in
open source, whose website sends the applicant's mail (read at the last commit that still sent
the initial-application decision; a later commit stopped mailing status changes), and WP
JobSearch, a WordPress job-board plugin, as an engineering job board deployed it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .templating import fill_exact

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
    text = fill_exact(text, r"{{ (.*?) }}", values)
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


WPJOBSEARCH = "wendywizz/eng-jobboard"
WPJOBSEARCH_COMMIT = "02b547f8f6abc95474a6b6c3f404748f89dbe7e8"
WPJOBSEARCH_DIR = "wp-content/plugins/wp-jobsearch/templates/email-templates"
# template: (default_subject of its class in includes/classes/email-templates, category, mails)
WPJOBSEARCH_MAILS = {
    "user-rejected-for-interview": ("Application Rejected for Interview", "rejection", 3),
    "user-shortlist-for-interview": ("User Shortlisted for Interview", "interview_invitation", 1),
    "job-applied-to-candidate": ("Job Applied to candidate", "acknowledgement", 1),
    "message-to-applicant": ('Message "{subject}"', "other", 1),
}
# Ours: the board's name and address, the employer's message and its subject.
WPJOBSEARCH_VALUES = {
    "SITE_NAME": "Engineering Jobs Board",
    "SITE_URL": "https://jobs.example.org",
    "ADMIN_EMAIL": "admin@jobs.example.org",
    "COPYRIGHT_TEXT": "© 2021 Engineering Jobs Board",
    "subject": "Documents for your application",
    "message": "Could you send us a copy of your degree certificate?",
}


def _braces(template: str, values: Mapping[str, str]) -> str:
    """WP JobSearch's ``{name}`` placeholders (the template's one ``{job_title .`` typo as
    written, an opening brace and the name)."""
    text = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)
    return re.sub(r"\{(\w+) ", lambda m: values[m.group(1)] + " ", text)


def wpjobsearch(snap: Snapshot) -> Iterator[Spec]:
    """WP JobSearch (a WordPress job-board plugin, as deployed by an engineering job board):
    a candidate rejected for interview, shortlisted for interview, the application receipt, an
    employer's message through the board."""
    for name, (subject, category, mails) in WPJOBSEARCH_MAILS.items():
        path = f"{WPJOBSEARCH_DIR}/html-{name}.php"
        template = snap.read(WPJOBSEARCH, WPJOBSEARCH_COMMIT, path)
        for n in range(mails):
            f = fill_for("wpjobsearch/en", name, "en", n)
            values = {**WPJOBSEARCH_VALUES, "candidate_name": OWNER[0], "job_title": f.role}
            values |= {"employer_name": f.company, "job_posted_by": f.company}
            values |= {"job_posted_by_logo": "", "job_url": "https://jobs.example.org/job/"}
            html = _braces(template, values)
            yield Spec(
                unit="wpjobsearch/en",
                url=blob_url(WPJOBSEARCH, WPJOBSEARCH_COMMIT, path),
                lang="en",
                category=category,
                rejection=category == "rejection",
                stage="application" if category == "rejection" else "n/a",
                subject=_braces(subject, values),
                text=html_to_text(re.sub(r"\s+", " ", html)),
                html=html,
                company=f.company,
                role=f.role,
                sender=("Engineering Jobs Board", "admin@jobs.example.org"),
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
