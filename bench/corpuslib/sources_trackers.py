"""Recipes for session 17's sources (issue 11): English applicant trackers whose candidate mail
is in their code. PRiSM (Alumeni's recruitment platform for UK institutions: the outcome of
consideration with each stock reason, the reserve list, a rejection reversed, receipts,
interview scheduling, the offer); oCode's Gmail recruiting assistant (an Indian IT firm's
replies: rejections, requests for missing documents and for key details); FDM Group's
graduate-programme assessment-centre tool (rejection, follow-up, tests, video interview,
assessment-centre invitation, offer); JobJunction, a job board's rejection and its sign-in code."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Fill, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url

FIRST, LAST = OWNER[0].split()

PRISM = "prism-hr/old-prism-server"
PRISM_COMMIT = "5d23d5924456caa3526da38c9477b3a531d158da"
PRISM_DIR = "src/main/resources/template/email"
PRISM_DEFINITIONS = (
    "src/main/java/uk/co/alumeni/prism/domain/definitions/PrismDisplayPropertyDefinition.java"
)
# The sender is the deployment's email.source (environment.prod.properties).
PRISM_SENDER_ADDR = "no-reply@prism.hr"
# template: (category, stage) for the applicant; rejection reasons come from the definitions.
PRISM_MAILS = {
    "application_reserve_notification": ("rejection", "unknown"),
    "application_reverse_rejection_notification": ("other", "n/a"),
    "application_complete_notification": ("acknowledgement", "n/a"),
    "application_provide_interview_availability_request": ("interview_invitation", "n/a"),
    "application_confirm_interview_availability_request": ("interview_invitation", "n/a"),
    "application_confirm_offer_acceptance_request": ("offer", "n/a"),
}
# reason: (category, stage). A withdrawal the applicant asked for is confirmed, not decided.
PRISM_REASONS = {
    "POSITION": ("rejection", "application"),
    "COMPETITION": ("rejection", "application"),
    "APPLICATION_INFORMATION": ("rejection", "application"),
    "APPLICATION_INTERVIEW_ATTENDANCE": ("rejection", "application"),
    "APPLICATION_WITHDRAWAL": ("other", "n/a"),
    "PARTNER": ("rejection", "unknown"),
    "ELIGIBILITY": ("rejection", "application"),
}
PRISM_TYPES = ["Employment", "Placement"]  # SYSTEM_OPPORTUNITY_TYPE_* display names
PRISM_URL = "https://prism.hr"


def _freemarker_brackets(template: str, values: Mapping[str, str]) -> str:
    """PRiSM's FreeMarker subset (square-bracket syntax): the recipient is the applicant, so a
    ``?matches(APPLICATION_CREATOR_EMAIL)`` test takes its first branch; ``?has_content`` is
    true when ``values`` has the name; ``${NAME}`` is filled from ``values``."""

    def branch(m: re.Match[str]) -> str:
        cond, yes, no = m.group(1), m.group(2), m.group(3) or ""
        if "?matches(" in cond:
            return yes
        name = cond.removesuffix("?has_content").strip()
        return yes if values.get(name) else no

    text = re.sub(r"(?s)\[#if ([^\]]*)\](.*?)(?:\[#else\](.*?))?\[/#if\]", branch, template)

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise ValueError(f"unsupported FreeMarker expression: {m.group(1)}")
        return values[m.group(1)]

    text = re.sub(r"\$\{(\w+)\}", sub, text)
    if "[#" in text:
        raise ValueError("unsupported FreeMarker directive")
    return text


def _prism_values(f: Fill, n: int, reason: str = "") -> dict[str, str]:
    code = f"{f.company[:3].upper()}-2016-{4170 + n:06d}"
    return {
        "TEMPLATE_RECIPIENT_FIRST_NAME": FIRST,
        "APPLICATION_OPPORTUNITY_TYPE": PRISM_TYPES[n % 2],
        "TEMPLATE_PARENT_RESOURCE_NAME": f.role,
        "APPLICATION_REJECTION_REASON": reason,
        "APPLICATION_CODE": code,
        "TEMPLATE_SIGNATORY_FULL_NAME": f.person,
        "TEMPLATE_SYSTEM_NAME": "PRiSM",
        "TEMPLATE_SYSTEM_HOMEPAGE": f'<p><a href="{PRISM_URL}">Visit PRiSM</a></p>',
        "TEMPLATE_SYSTEM_HELPDESK": f'<a href="{PRISM_URL}/help">Help Desk</a>',
        "ACTION_VIEW_EDIT": f'<p><a href="{PRISM_URL}/#/application/{code}">View / Edit</a></p>',
        "ACTION_COMPLETE": f'<p><a href="{PRISM_URL}/#/application/{code}">Complete</a></p>',
        "APPLICATION_INTERVIEW_DATE_TIME": "14 March 2016 10:30",
        "APPLICATION_INTERVIEW_TIME_ZONE": "GMT",
        "APPLICATION_INTERVIEWEE_INSTRUCTIONS": "Please bring photo identification.",
        "APPLICATION_INTERVIEW_LOCATION": "<p>Location: Room 2.14, Main Building</p>",
        "APPLICATION_POSITION_NAME": f.role,
        "APPLICATION_MANAGER": f.person,
        "APPLICATION_START_DATE": "1 April 2016",
        "APPLICATION_OFFER_CONDITION": "Subject to satisfactory references.",
    }


def _prism_spec(
    snap: Snapshot, name: str, labels: tuple[str, str], n: int, reason: str = ""
) -> Spec:
    category, stage = labels
    f = fill_for("prism/en", reason or name, "en", n)
    values = _prism_values(f, n, reason)
    content = snap.read(PRISM, PRISM_COMMIT, f"{PRISM_DIR}/content/{name}_content.ftl")
    subject = snap.read(PRISM, PRISM_COMMIT, f"{PRISM_DIR}/subject/{name}_subject.ftl")
    html = _freemarker_brackets(content, values)
    return Spec(
        unit="prism/en",
        url=blob_url(PRISM, PRISM_COMMIT, f"{PRISM_DIR}/content/{name}_content.ftl"),
        lang="en",
        category=category,
        rejection=category == "rejection",
        stage=stage,
        subject=" ".join(_freemarker_brackets(subject, values).split()),
        text=html_to_text(html),
        html=f"<html><body>{html}</body></html>",
        company=f.company,
        role=f.role,
        sender=(f"{f.company} via PRiSM", PRISM_SENDER_ADDR),
        noreply=True,
        fmt=("html", "html_only")[n % 2],
    )


def prism(snap: Snapshot) -> Iterator[Spec]:
    """PRiSM's mail to applicants: the outcome with each stock reason, and the rest."""
    definitions = snap.read(PRISM, PRISM_COMMIT, PRISM_DEFINITIONS)
    for n, (reason, labels) in enumerate(PRISM_REASONS.items()):
        text = re.search(rf'SYSTEM_REJECTION_REASON_{reason}\([^"]*"([^"]*)"', definitions)
        if not text:
            raise ValueError(f"no PRiSM rejection reason {reason}")
        name = "application_confirm_rejection_notification"
        # The template ends the reason with its own full stop.
        yield _prism_spec(snap, name, labels, n, text.group(1).rstrip("."))
    for n, (name, labels) in enumerate(PRISM_MAILS.items()):
        yield _prism_spec(snap, name, labels, n)


OCODE = "oCodeTech/AI-Recruitment-Tool-oCode"
OCODE_COMMIT = "855cdc63998c8bb75d2cbff853ebb895a1d06666"
OCODE_DIR = "src/templates"
# file: (category, stage). The three "missing item" replies ask for a document before the
# application is reviewed; "missingMultipleDetails" stops the review until the details come and
# offers to reconsider: none tells the applicant the application will not go on.
OCODE_FILES = {
    "rejection/general": ("rejection", "application"),
    "rejection/highSalaryExpectation": ("rejection", "interview"),
    "rejection/missingMultipleDetails": ("other", "n/a"),
    "rejection/noClearJobPosition": ("other", "n/a"),
    "rejection/noCoverLetter": ("other", "n/a"),
    "rejection/noResume": ("other", "n/a"),
    "requestKeyDetails/creative": ("moving_forward", "n/a"),
    "requestKeyDetails/nonTech": ("moving_forward", "n/a"),
    "requestKeyDetails/resendKeyDetails": ("moving_forward", "n/a"),
    "requestKeyDetails/tech/experiencedTech": ("moving_forward", "n/a"),
    "requestKeyDetails/tech/fresherTech": ("moving_forward", "n/a"),
}


def _template_literal(source: str) -> str:
    """The text of ``export const x = `...`;`` with its escapes."""
    m = re.search(r"`(.*)`", source, re.S)
    if not m:
        raise ValueError("no template literal")
    return m.group(1).replace("\\r\\n", "\n").replace("\\n", "\n")


def ocode(snap: Snapshot) -> Iterator[Spec]:
    """oCode's replies in the candidate's own thread (so "Re:" the candidate's subject)."""
    for i, (name, (category, stage)) in enumerate(OCODE_FILES.items()):
        path = f"{OCODE_DIR}/{name}.ts"
        template = _template_literal(snap.read(OCODE, OCODE_COMMIT, path))
        for n in range(2 if category == "rejection" else 1):
            f = fill_for("ocode/en", name, "en", n)
            text = (
                template.replace("[Candidate Name]", FIRST)
                .replace("[Job Title]", f.role)
                .replace("[Company Name]", f.company)
            )
            html = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
            yield Spec(
                unit="ocode/en",
                url=blob_url(OCODE, OCODE_COMMIT, path),
                lang="en",
                category=category,
                rejection=category == "rejection",
                stage=stage,
                subject=f"Re: Application for {f.role}",
                text=html_to_text(html),
                html=f"<html><body>{html}</body></html>",
                company=f.company,
                role=f.role,
                sender=(f"{f.company} HR", f"hr@{f.domain}"),
                noreply=False,
                fmt=("html", "html_only")[(i + n) % 2],
            )


FDM = "kentwong/FDM-Assessment-Centre-Management-System"
FDM_COMMIT = "822ca5679c2578a001a5babe9a6ef63f8fc06450"
FDM_DIR = "frontend/src/components/templates"
# template: (category, stage, subject as SendEmailButton.jsx sets it)
FDM_MAILS = {
    "RejectionTemplate": ("rejection", "application", "Letter of Rejection"),
    "FollowUpTemplate": ("acknowledgement", "n/a", "Follow Up"),
    "AptitudeTestTemplate": ("assessment", "n/a", "Aptitude Test"),
    "VideoInterviewTemplate": ("interview_invitation", "n/a", "Video Interview Invitation"),
    "ACInviteIntervieweeTemplate": ("interview_invitation", "n/a", "Assessment Centre Invitation"),
    "OfferOfEmploymentTemplate": ("offer", "n/a", "Offer of Employment"),
}
# Ours: the streams (a database table) and the dates the offer and video mails compute.
FDM_STREAMS = ["Software Development", "Business Analysis", "Technical Operations"]


def fdm(snap: Snapshot) -> Iterator[Spec]:
    """FDM Group's graduate-programme mails, as its recruiters' mail client opened them."""
    for name, (category, stage, subject) in FDM_MAILS.items():
        path = f"{FDM_DIR}/{name}.jsx"
        template = _template_literal(snap.read(FDM, FDM_COMMIT, path))
        for n in range(3 if category == "rejection" else 1):
            stream = FDM_STREAMS[n % len(FDM_STREAMS)]
            values = {
                "candidate.firstName": FIRST,
                "candidate.lastName": LAST,
                "candidate.stream.streamName": stream,
                "startDate": "March 17, 2025",
                "replyDate_48hours": "Wednesday, March 05, 2025",
                "replyDate_72hours": "Thursday, March 06, 2025",
            }
            text = re.sub(r"\$\{([\w.]+)\}", lambda m, v=values: v[m.group(1)], template)
            yield Spec(
                unit="fdm/en",
                url=blob_url(FDM, FDM_COMMIT, path),
                lang="en",
                category=category,
                rejection=category == "rejection",
                stage=stage,
                subject=f"FDM Australia {subject} - {OWNER[0]}",
                text=text.strip() + "\n",
                company="FDM Group",
                role=f"{stream} Graduate Program" if category == "rejection" else "n/a",
                sender=("FDM Group Recruitment", "recruitment@fdmgroup.com"),
                noreply=False,
                fmt=("plain", "wrapped", "html")[n % 3],
            )


JOBJUNCTION = "HardikShrivastava619/job-junction."
JOBJUNCTION_COMMIT = "f5e2d67b64cbbaf1187a09f720286b9a5177430a"
# file: (exported template, category, subject as the middleware sets it)
JOBJUNCTION_MAILS = {
    "Backend/config/RejectionEmailTemplate.js": (
        "rejection_template",
        "rejection",
        "Application Rejected",
    ),
    "Backend/config/EmailTempelate.js": (
        "verification_template",
        "platform_notice",
        "Verify your Email",
    ),
}


def jobjunction(snap: Snapshot) -> Iterator[Spec]:
    """JobJunction's rejection (its placeholders filled as the middleware does) and the
    sign-in code it mails."""
    for path, (export, category, subject) in JOBJUNCTION_MAILS.items():
        source = snap.read(JOBJUNCTION, JOBJUNCTION_COMMIT, path)
        m = re.search(rf"export const {export}\s*=\s*`(.*?)`", source, re.S)
        if not m:
            raise ValueError(f"no {export} in {path}")
        for n in range(2 if category == "rejection" else 1):
            f = fill_for("jobjunction/en", export, "en", n)
            html = m.group(1).replace("{{NAME}}", FIRST).replace("{{COMPANY}}", f.company)
            yield Spec(
                unit="jobjunction/en",
                url=blob_url(JOBJUNCTION, JOBJUNCTION_COMMIT, path),
                lang="en",
                category=category,
                rejection=category == "rejection",
                stage="application" if category == "rejection" else "n/a",
                subject=subject,
                text=html_to_text(html),
                html=html.strip(),
                company=f.company if category == "rejection" else "n/a",
                role="n/a",
                sender=("JobJunction", "no-reply@jobjunction.example"),
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
