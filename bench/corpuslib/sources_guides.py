"""Recipes for English recruiting templates published for reuse: a template hub's sixteen
candidate rejections and its job-mail look-alikes (Cuckoo Network), and a small hiring-feedback
app's rejection letters (HappyTech)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Fill, Spec, fill_for
from .snapshot import Snapshot, blob_url

CUCKOO = "cuckoo-network/cuckoo"
CUCKOO_COMMIT = "68b9b30c40247ed4ee64bb7030aec78098464b6f"
CUCKOO_DIR = "packages/home/src/pages/hub/email"
# Stage of each rejection template, from what its text says happened (docs/corpora.md).
CUCKOO_REJECTIONS = {
    "Standard Post-Interview Rejection": "interview",
    "Early-Stage Screening Rejection": "application",
    "Final Round Rejection with Feedback": "interview",
    "Rejection with Future Opportunity Mention": "interview",
    "Rejection Due to Internal Candidate": "interview",
    "Rejection After Multiple Rounds": "interview",
    "Rejection for Overqualified Candidate": "application",
    "Rejection Due to Cultural Fit": "interview",
    "Rejection with Referral Suggestion": "interview",
    "Rejection for Recent Graduate": "application",
    "Rejection Due to Budget/Salary Mismatch": "interview",
    "Rejection After Reference Check Issues": "interview",
    "Rejection Due to Skills Gap": "interview",
    "Rejection Due to Availability/Timing": "interview",
    "Rejection with Encouragement to Reapply": "application",
    "Rejection for Executive/Senior Level Position": "interview",
}
# Look-alikes: (page, heading) -> (category, sent by the mailbox owner)
CUCKOO_LOOKALIKES = {
    ("i-will-get-back-to-you-email-templates", "Job Application Acknowledgment"): (
        "acknowledgement",
        False,
    ),
    ("confirmation-email", "Interview Confirmation"): ("interview_invitation", False),
    ("how-to-turn-down-a-job-offer", "Standard Job Offer Decline"): ("other", True),
    ("how-to-turn-down-a-job-offer", "Declining Due to Better Offer"): ("other", True),
    ("how-to-turn-down-a-job-offer", "Declining Due to Role Mismatch"): ("other", True),
    ("end-of-contract-thank-you-letter", "Contract-to-Hire Position Not Extended"): (
        "other",
        True,
    ),
    ("follow-up-email-after-interview", "Post-Interview Status Inquiry"): ("other", True),
    ("follow-up-email-after-interview", "Follow-up After Delayed Response"): ("other", True),
}


def _blocks(tsx: str) -> dict[str, str]:
    """heading -> template text of a hub page (``<h3>..</h3> <pre>{`..`}</pre>``)."""
    return dict(re.findall(r"<h3>([^<]*)</h3>\s*<pre>\{`(.*?)`\}</pre>", tsx, re.S))


def _placeholder(f: Fill, key: str) -> str:
    """A value for a ``[placeholder]``: named slots get the variant's values, descriptive
    ones ("[specific area]", "[reason - e.g., X, Y]") a short phrase of ours."""
    k = key.lower()
    named = [
        (("candidate name", "applicant name"), OWNER[0]),
        (("company name",), f.company),
        (("position title", "job title", "position]"), f.role),
        (("hiring manager", "recruiter name", "your name", "hiring team/your name"), f.person),
        (("supervisor name", "contact name", "name, title"), f.person),
        (("your title",), "Talent Acquisition Lead"),
        (("talent acquisition team", "hr department"), "Talent Acquisition"),
        (("phone", "email address", "contact information", "direct phone"), OWNER[1]),
        (("linkedin",), "linkedin.com/in/talent-acquisition"),
        (("date", "day, month"), "Tuesday, October 14, 2025"),
        (("end time",), "10:45"),
        (("start time", "time]"), "10:00"),
        (("timeframe",), "the spring"),
        (("link", "address or video"), "https://meet.example.com/kx2-ab7"),
        (("zoom/teams",), "Zoom"),
        (("in-person/virtual",), "Virtual"),
        (("[x]", "x]"), "45"),
    ]
    for words, value in named:
        if any(w in f"[{k}]" for w in words):
            return value
    if k.endswith("name") or k.endswith("name's") or k == "name":
        return f.person
    if k.startswith("any "):
        return "none"
    if "/" in k and "e.g." not in k and len(k.split()) <= 4:
        return key.split("/", maxsplit=1)[0].strip()
    if any(w in k for w in ("team", "people", "department")):
        return "the data team"
    if "e.g." in k:
        return key.split("e.g.", 1)[1].strip(" ,.:").split(",")[0].strip()
    if any(w in k for w in ("strength", "quality", "positive")):
        return "clear, structured communication"
    if "project" in k or "responsibilit" in k:
        return "the customer billing migration"
    return "cloud data platforms"


def _fill(text: str, f: Fill) -> str:
    return re.sub(r"\[([^\]\n]{1,90})\]", lambda m: _placeholder(f, m.group(1)), text)


def _subject_body(template: str) -> tuple[str, str]:
    first, _, body = template.partition("\n")
    return first.removeprefix("Subject:").strip(), body.strip() + "\n"


def cuckoo(snap: Snapshot) -> Iterator[Spec]:
    """Sixteen candidate rejections of a template hub, and job-mail look-alikes: an
    acknowledgement, an interview confirmation, and the applicant's own offer declines,
    status inquiries and end-of-contract letter (sent by the mailbox owner)."""
    path = f"{CUCKOO_DIR}/candidate-rejection-email.tsx"
    blocks = _blocks(snap.read(CUCKOO, CUCKOO_COMMIT, path))
    for heading, stage in CUCKOO_REJECTIONS.items():
        for n in range(2):
            f = fill_for("cuckoo/en", heading, "en", n)
            subject, body = _subject_body(_fill(blocks[heading], f))
            sender, noreply = f.sender(("person", "ats")[n])
            yield Spec(
                unit="cuckoo/en",
                url=blob_url(CUCKOO, CUCKOO_COMMIT, path),
                lang="en",
                category="rejection",
                rejection=True,
                stage=stage,
                subject=subject,
                text=body,
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("plain", "wrapped")[n],
            )
    yield from _cuckoo_lookalikes(snap)


def _cuckoo_lookalikes(snap: Snapshot) -> Iterator[Spec]:
    for (page, heading), (category, own) in CUCKOO_LOOKALIKES.items():
        path = f"{CUCKOO_DIR}/{page}.tsx"
        template = _blocks(snap.read(CUCKOO, CUCKOO_COMMIT, path))[heading]
        f = fill_for("cuckoo/en", heading, "en", 0)
        subject, body = _subject_body(_fill(template, f))
        person = f.sender("person")[0]
        yield Spec(
            unit="cuckoo/en",
            url=blob_url(CUCKOO, CUCKOO_COMMIT, path),
            lang="en",
            category=category,
            rejection=False,
            subject=subject,
            text=body,
            company=f.company,
            role=f.role if f.role in body or f.role in subject else "n/a",
            sender=OWNER if own else person,
            noreply=False,
            fmt="plain",
            to=person if own else OWNER,
        )


HAPPYTECH = "TayaV60/Web_dev_proj"
HAPPYTECH_COMMIT = "b28d3047a66fe6c2659c69e3f8f029ec7384cec7"
HAPPYTECH_PATH = "scripts/populate_templates.sql"
HAPPYTECH_STAGES = {
    "CV": "application",
    "Phone interview": "screen",
    "Technical interview": "interview",
}
HAPPYTECH_SUBJECTS = {
    "CV": "Your application for {role}",
    "Phone interview": "{role}: following our phone interview",
    "Technical interview": "{role} at {company}",
}


def happytech(snap: Snapshot) -> Iterator[Spec]:
    """A hiring-feedback app's rejection letters after the CV, a phone and a technical
    interview; the interviewer may add one of the app's stock feedback comments."""
    sql = snap.read(HAPPYTECH, HAPPYTECH_COMMIT, HAPPYTECH_PATH)
    rows = re.findall(r"VALUES \('([^']*)', '(.*?)',\s*'(.*?)'\);", sql, re.S)
    for title, contents, comments in rows:
        for n in range(2):
            f = fill_for("happytech/en", title, "en", n)
            values = {
                "date": "14 October 2025",
                "applicant_name": OWNER[0],
                "applicant_email": OWNER[1],
                "position_title": f.role,
                "interviewer_name": f.person,
                "interviewer_email": f.sender("person")[0][1],
            }
            body = re.sub(r"{{(\w+)}}", lambda m, v=values: v.get(m.group(1), ""), contents)
            body = body.replace("HappyTech", f.company)
            if n == 1:  # the app's feedback comment, put where the template leaves room
                comment = comments.split("::::")[0]
                body = re.sub(r"\n\n\n\n", f"\n\nFeedback from the interview: {comment}.\n\n", body)
            yield Spec(
                unit="happytech/en",
                url=blob_url(HAPPYTECH, HAPPYTECH_COMMIT, HAPPYTECH_PATH),
                lang="en",
                category="rejection",
                rejection=True,
                stage=HAPPYTECH_STAGES[title],
                subject=HAPPYTECH_SUBJECTS[title].format(role=f.role, company=f.company),
                text=re.sub(r"[ \t]+\n", "\n", body).strip() + "\n",
                company=f.company,
                role=f.role,
                sender=f.sender("person")[0],
                noreply=False,
                fmt=("plain", "wrapped")[n],
            )
