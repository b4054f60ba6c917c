"""Recipes for session 25's handbook sources (issue 11): the mail teams keep in their own
playbooks, written as Markdown. A scientific-computing project's Google Summer of Code
playbook (English: a proposal turned down, with and without the applicant's patches; a
proposal accepted; the announcement of the accepted projects); GitLab's public handbook
(English: the reply to a candidate who disputes the feedback after being declined); a
volunteer data-science network's project manual (English and German: a volunteer not taken
into a project team, and one taken, both worded as a job's "your application"); OpenBMC's
security-team guidelines (English: a request to join a private mailing list refused)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .fill import OWNER, PEOPLE, Spec, fill_for
from .snapshot import Snapshot, blob_url

FIRST_NAME = OWNER[0].split()[0]
FORMATS = ("plain", "wrapped", "html", "html_only")


def _mustache(template: str, values: dict[str, object]) -> str:
    """The Mustache subset the playbook's scripts use: ``{{#x}}...{{/x}}`` kept when x is
    true, repeated for a list of dicts, dropped when false; ``{{x}}`` replaced."""

    def section(m: re.Match[str]) -> str:
        value = values.get(m.group(1))
        if isinstance(value, list):
            return "".join(_mustache(m.group(2), values | row) for row in value)
        return m.group(2) if value else ""

    text = re.sub(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}", section, template, flags=re.S)
    text = re.sub(r"\{\{(\w+)\}\}", lambda m: str(values[m.group(1)]), text)
    if "{{" in text:
        raise ValueError("unrendered Mustache")
    return re.sub(r"\n{3,}", "\n\n", text).strip()  # a standalone section tag leaves no line


STDLIB = "stdlib-js/google-summer-of-code"
STDLIB_COMMIT = "70727c197d8603e26ecf2dc38066a013a6d0aeec"
STDLIB_DIR = "organization/templates"
# Subjects from organization/scripts/{rejection,acceptance}_emails.js (the year is ours: the
# scripts put the current one); the announcement is posted to the community with none (ours).
STDLIB_YEAR = 2025
STDLIB_SUBJECTS = {
    "rejection": f"[GSoC {STDLIB_YEAR}] Proposal notification - stdlib",
    "acceptance": f"[GSoC {STDLIB_YEAR}] Congratulations! Your stdlib proposal was accepted!",
    "announcement": f"[GSoC {STDLIB_YEAR}] Accepted projects",
}
# The rejection's three branches, as rejection_emails.js picks them: no patch, a landed
# patch, a submitted one. GSoC is a paid summer programme, labelled as Outreachy's
# internships are (docs/corpora.md): a proposal turned down is a rejection.
STDLIB_BRANCHES = ({}, {"merged_patch": True}, {"unmerged_patch": True})
# Ours: the counts, mentors, dates and projects the scripts take from the environment and
# from the organisation's CSV exports.
STDLIB_VALUES: dict[str, object] = {
    "first_name": FIRST_NAME,
    "number_of_applications": 180,
    "number_of_accepted_applications": 6,
    "mentors": "Maya Lindqvist and Tomás Ferreira",
    "org_admin": "Tomás Ferreira",
    "org_admin_email": "tomas@stdlib.io",
    "bonding_start_date": "May 8",
    "bonding_stop_date": "June 1",
    "coding_start_date": "June 2",
    "projects": [
        {
            "first_name": FIRST_NAME,
            "last_name": OWNER[0].split()[1],
            "project_title": "Add BLAS bindings for WebAssembly",
            "mentors": "Maya Lindqvist",
        },
        {
            "first_name": "Aditi",
            "last_name": "Rao",
            "project_title": "Improve the REPL tutorials",
            "mentors": "Tomás Ferreira",
        },
    ],
}


def stdlib(snap: Snapshot) -> Iterator[Spec]:
    """stdlib's Google Summer of Code playbook: the Mustache templates its org admins render
    for every applicant (turned down in three branches, accepted) and the announcement of the
    accepted projects. Plain text as the scripts write it, sent by the org admin."""
    n = 0
    for name in ("rejection", "acceptance", "announcement"):
        path = f"{STDLIB_DIR}/{name}.md"
        template = snap.read(STDLIB, STDLIB_COMMIT, path)
        branches = STDLIB_BRANCHES if name == "rejection" else ({},)
        for b, branch in enumerate(branches):
            for k in range(2 if name == "rejection" else 1):
                f = fill_for("stdlib/en", f"{name}/{b}", "en", k)
                first = f.person.split()[0]
                values = STDLIB_VALUES | {"sender_name": f.person} | branch
                category = {"rejection": "rejection", "acceptance": "offer"}.get(name, "other")
                yield Spec(
                    unit="stdlib/en",
                    url=blob_url(STDLIB, STDLIB_COMMIT, path),
                    lang="en",
                    category=category,
                    rejection=category == "rejection",
                    stage="application",
                    subject=STDLIB_SUBJECTS[name],
                    text=_mustache(template, values),
                    company="stdlib",
                    role="n/a",
                    sender=(f.person, f"{first.lower()}@stdlib.io"),
                    noreply=False,
                    fmt=FORMATS[n % 4],
                )
                n += 1


GITLAB = "secretstartups/handbook"
# The commit it was read at (no _COMMIT name: --list-sources lists it as plain files). A
# copy of GitLab's handbook (www-gitlab-com, CC BY-SA 4.0); the search tool has no snapshot
# of it small enough to fetch, so the one template of hiring/interviewing/index.html.md
# ("Rejecting Candidates": the reply to a declined candidate who disputes the feedback)
# was read with read_file and transcribed into one file, as Actoos's were.
GITLAB_READ_AT = "00fc0023f1d2bcad45a44fe5c5bcb5f738e314c1"
GITLAB_PATH = "gitlab_hiring_templates.json"
GITLAB_SOURCE_PATH = "hiring/interviewing/index.html.md"


def gitlab(snap: Snapshot) -> Iterator[Spec]:
    """GitLab's talent team answering a declined candidate who argued with the feedback: the
    decision stands. The handbook gives the body only; the reply's subject, greeting and
    sign-off are ours. The interviews are behind it (the handbook: feedback goes to those who
    reached the team or manager interviews)."""
    data = json.loads(snap.read(GITLAB, GITLAB_READ_AT, GITLAB_PATH))
    url = blob_url(GITLAB, GITLAB_READ_AT, GITLAB_SOURCE_PATH)
    for n in range(2):
        f = fill_for("gitlab/en", "dispute", "en", n)
        first = f.person.split()[0]
        text = (
            f"Hi {FIRST_NAME},\n\n{data['dispute_reply']}\n\n"
            f"Best regards,\n{f.person}\nTalent Acquisition, GitLab"
        )
        yield Spec(
            unit="gitlab/en",
            url=url,
            lang="en",
            category="rejection",
            rejection=True,
            stage="interview",
            subject=f"Re: Your application for {f.role} at GitLab",
            text=text,
            company="GitLab",
            role=f.role,
            sender=(f.person, f"{first.lower()}@gitlab.com"),
            noreply=False,
            fmt=("plain", "html")[n],
        )


CORRELAID = "CorrelAid/docs"
CORRELAID_COMMIT = "25a57754721e894e0fcd2140595041a597d5e7b2"
CORRELAID_PATH = "project-manual/project-coordinators/ideation-finding-a-team.md"
CORRELAID_LANGS = {"🇬🇧": "en", "🇩🇪": "de"}
# Ours: the non-profit, the project, the number of applications and the Slack channel.
CORRELAID_VALUES = {
    "en": {
        "Organisation": "Riverside Food Bank",
        "Project name": "Donor retention analysis",
        "number of applications": "42",
        "#slack channel name": "#proj-foodbank",
    },
    "de": {
        "Organisation": "Stadtteilzentrum Lindenau e.V.",
        "Projektname": "Analyse der Spendenentwicklung",
        "Zahl der Bewerbungen": "42",
        "#channel name": "#proj-lindenau",
    },
}


def _correlaid_tabs(md: str, heading: str) -> dict[str, str]:
    """{language: text} of the GitBook tabs under ``#### {heading}``, Markdown escapes
    undone."""
    m = re.search(rf"^#### {heading}\n(.*?)^#+ ", md, flags=re.S | re.M)
    if m is None:
        raise ValueError(f"no {heading} in the project manual")
    tabs = re.findall(r'\{% tab title="(\S+)\s*" %\}\n(.*?)\{% endtab %\}', m.group(1), re.S)
    return {
        CORRELAID_LANGS[flag]: re.sub(r"\\([\[\]()#*_])", r"\1", body).strip()
        for flag, body in tabs
    }


def correlaid(snap: Snapshot) -> Iterator[Spec]:
    """CorrelAid's project manual (a network of volunteer data scientists working pro bono for
    non-profits): the coordinator's mails to volunteers who applied to a project team, in
    English and German (du-form). Not taken into the team: a refusal that is not about a job,
    worded as one ("Your application for the project", "Leider bist du bei diesem Projekt
    nicht dabei"); taken: other."""
    md = snap.read(CORRELAID, CORRELAID_COMMIT, CORRELAID_PATH)
    url = blob_url(CORRELAID, CORRELAID_COMMIT, CORRELAID_PATH)
    for heading, category in (("Rejection Email", "not_a_job"), ("Acceptance Email", "other")):
        for lang, body in _correlaid_tabs(md, heading).items():
            unit = f"correlaid/{lang}"
            for n in range(2 if category == "not_a_job" else 1):
                person = PEOPLE[lang][(n + len(heading)) % len(PEOPLE[lang])]
                values = CORRELAID_VALUES[lang] | dict.fromkeys(
                    ("name applicant", "Name Bewerberin", "Vorname Bewerberin"), FIRST_NAME
                )
                text = re.sub(
                    r"\[([^\]]+)\]",
                    lambda m, v=values, p=person: (
                        v.get(m.group(1), p)
                        if m.group(1) in v or "oordinat" in m.group(1)
                        else m.group(0)
                    ),
                    body,
                )
                if "[" in text.replace("[CorrelAid]", ""):
                    raise ValueError(f"unfilled placeholder in {unit}")
                subject, _, text = text.partition("\n")
                first = person.split()[0]
                yield Spec(
                    unit=unit,
                    url=url,
                    lang=lang,
                    category=category,
                    rejection=False,
                    subject=subject.split(":", 1)[1].strip(),
                    text=text.strip(),
                    company="CorrelAid",
                    role="n/a",
                    sender=(person, f"{first.lower()}@correlaid.org"),
                    noreply=False,
                    fmt=FORMATS[(n + 2 * (category == "other")) % 4],
                )


OPENBMC = "openbmc/docs"
# The last commit that still holds the sample (dcec6706 rewrote the guidelines).
OPENBMC_COMMIT = "692765c2ed9f1dc2e9123a268212b9a981457e7b"
OPENBMC_PATH = "security/obmc-security-response-team-guidelines.md"
# Ours: the subject and the list owner's address it is sent from.
OPENBMC_SENDER = ("OpenBMC security response team", "openbmc-security-owner@lists.ozlabs.org")


def openbmc(snap: Snapshot) -> Iterator[Spec]:
    """OpenBMC's security response team refusing a request to join its private mailing list
    (a refusal that is not about a job): the guidelines' sample response, as written."""
    md = snap.read(OPENBMC, OPENBMC_COMMIT, OPENBMC_PATH)
    m = re.search(r"denying list membership:\n+```text\n(.*?)```", md, flags=re.S)
    if m is None:
        raise ValueError("no sample response in the guidelines")
    for n in range(2):
        yield Spec(
            unit="openbmc/en",
            url=blob_url(OPENBMC, OPENBMC_COMMIT, OPENBMC_PATH),
            lang="en",
            category="not_a_job",
            rejection=False,
            subject="Re: Subscription request for openbmc-security",
            text=m.group(1).strip(),
            company="OpenBMC",
            role="n/a",
            sender=OPENBMC_SENDER,
            noreply=False,
            fmt=("plain", "html")[n],
        )
