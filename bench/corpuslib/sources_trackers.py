"""Recipes for session 17's sources (issue 11): English applicant trackers whose candidate mail
is in their code. PRiSM (Alumeni's recruitment platform for UK institutions: the outcome of
consideration with each stock reason, the reserve list, a rejection reversed, receipts,
interview scheduling, the offer); oCode's Gmail recruiting assistant (an Indian IT firm's
replies: rejections, requests for missing documents and for key details); FDM Group's
graduate-programme assessment-centre tool (rejection, follow-up, tests, video interview,
assessment-centre invitation, offer); JobJunction, a job board's rejection and its sign-in code;
MuluCareer, an Ethiopian job app's rejection (whose body never says no), acceptance and notices;
AiBuddhi, an expert network's refusal with the reviewer's reasons, acceptance and welcome; and a
Spanish look-alike, UNDP Mexico's training programme refusing and accepting applicants; Qualysis,
an interview platform's stock candidate mails."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Fill, Spec, fill_for, html_spec, html_to_text, spec
from .snapshot import Snapshot, blob_url
from .sources_laravel import _expr, markdown_mail, render_blade
from .templating import fill_exact

# The name the recipes import from here (it moved to fill.py in session 35).
_spec = spec

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
    text = fill_exact(text, r"\$\{(\w+)\}", values)
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
    return html_spec(
        "prism/en",
        blob_url(PRISM, PRISM_COMMIT, f"{PRISM_DIR}/content/{name}_content.ftl"),
        category,
        html,
        strip=False,
        stage=stage,
        subject=" ".join(_freemarker_brackets(subject, values).split()),
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
            yield html_spec(
                "ocode/en",
                blob_url(OCODE, OCODE_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=f"Re: Application for {f.role}",
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
            yield _spec(
                "fdm/en",
                blob_url(FDM, FDM_COMMIT, path),
                category,
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
            yield _spec(
                "jobjunction/en",
                blob_url(JOBJUNCTION, JOBJUNCTION_COMMIT, path),
                category,
                subject=subject,
                text=html_to_text(html),
                html=html.strip(),
                company=f.company,
                role="n/a",
                labels_on_rejection=True,
                sender=("JobJunction", "no-reply@jobjunction.example"),
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )


MULUCAREER = "Eshetu21/job_app"
MULUCAREER_COMMIT = "f3b7e31f9a2b497d0d585b0d751344164bba572d"
MULUCAREER_DIR = "job_api/resources/views"
# view: (category, subject as app/Mail/*.php sets it, to the applicant?). "apply" goes to the
# employer (a new application to review): mail about somebody else's application.
MULUCAREER_VIEWS = {
    "jobrejected": ("rejection", "You're Rejected!", True),
    "jobaccepted": ("offer", "You're Accepted!", True),
    "apply": ("other", "New application submitted", False),
    "sendpin": ("platform_notice", "Verify Your Email", True),
    "resetpassword": ("platform_notice", "Reset your password", True),
}


def mulucareer(snap: Snapshot) -> Iterator[Spec]:
    """MuluCareer (AddisJobs), an Ethiopian job app: its rejection says only "thank you ...
    apply for future opportunities" (the subject carries the decision), acceptance, the
    employer's new-application notice, sign-in codes."""
    for name, (category, subject, to_applicant) in MULUCAREER_VIEWS.items():
        path = f"{MULUCAREER_DIR}/{name}.blade.php"
        blade = snap.read(MULUCAREER, MULUCAREER_COMMIT, path)
        for n in range(3 if category == "rejection" else 1):
            f = fill_for("mulucareer/en", name, "en", n)
            values = {
                "username": FIRST if to_applicant else OWNER[0],
                "jobtitle": f.role,
                "companyname": f.company,
                "pin": "482913",
                "config": "MuluCareer",
            }
            html = render_blade(blade, _expr(f, values))
            yield html_spec(
                "mulucareer/en",
                blob_url(MULUCAREER, MULUCAREER_COMMIT, path),
                category,
                html,
                strip=False,
                subject=subject,
                company=f.company if category in ("rejection", "offer") else "n/a",
                role=f.role if category in ("rejection", "offer") else "n/a",
                sender=("MuluCareer", "no-reply@mulucareer.example"),
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )


AIBUDDHI = "aneetab/AiBuddhiPhp"
AIBUDDHI_COMMIT = "534c10843952e39860a532b0ff428d0ef796fac6"
# template: (category, subject as the sending script sets it)
AIBUDDHI_MAILS = {
    "mail_template_rejection": ("rejection", "AiBuddhi Application Status"),
    "mail_template_acceptance": ("offer", "Welcome to AiBuddhi!"),
    "mail_template_register": ("acknowledgement", "Welcome to AiBuddhi!"),
}
# Ours: the reasons the reviewer ticks (sendmail_reject.php lists what the form posts).
AIBUDDHI_REASONS = [
    ["Your profile does not match the domains our clients currently need."],
    ["Your experience is below the level we require for experts.", "Incomplete profile."],
]


def aibuddhi(snap: Snapshot) -> Iterator[Spec]:
    """AiBuddhi, an Indian expert network recruiting consultants: not taken on (with the
    reviewer's reasons as an ordered list), accepted, the sign-up welcome."""
    for name, (category, subject) in AIBUDDHI_MAILS.items():
        path = f"{name}.php"
        template = snap.read(AIBUDDHI, AIBUDDHI_COMMIT, path)
        for n in range(len(AIBUDDHI_REASONS) if category == "rejection" else 1):
            reasons = "".join(f"<li>{r}</li>" for r in AIBUDDHI_REASONS[n])
            html = (
                template.replace("{TO_NAME}", FIRST)
                .replace("{TO_EMAIL}", OWNER[1])
                .replace("{REASONS}", f'<ol style="font-weight:bold;">{reasons}</ol>')
            )
            yield _spec(
                "aibuddhi/en",
                blob_url(AIBUDDHI, AIBUDDHI_COMMIT, path),
                category,
                subject=subject,
                text=html_to_text(html),
                html=html,
                company="AiBuddhi",
                role="n/a",
                sender=("AiBuddhi Recruiting", "recruiting.careers@aibuddhi.com"),
                # the welcome mails' footer says not to reply; the refusal has none
                noreply="do not reply" in template.lower(),
                fmt="html_only",
            )


AGENTES = "GobiernoFacil/agentes-v2"
AGENTES_COMMIT = "fd80f37125e00a935ec5c1f1d0300ddfb117bf98"
AGENTES_DIR = "resources/views/vendor/notifications"
# view: (category, subject; ours: the notifications' subjects are not in the views)
AGENTES_VIEWS = {
    "aspirant_final": ("not_a_job", "Resultados de la convocatoria"),
    "aspirant_accepted": ("not_a_job", "Resultado de la primera etapa de evaluación"),
    "send_apply_thanks": ("not_a_job", "Gracias por aplicar a la convocatoria"),
    "aspirant_confirmation": ("platform_notice", "Confirma tu correo"),
}
AGENTES_NOTICE = (
    "Programa de Formación de Agentes Locales de Cambio en Gobierno Abierto y Desarrollo "
    "Sostenible 2018"
)


def agentes(snap: Snapshot) -> Iterator[Spec]:
    """UNDP Mexico's open-government training programme (Agentes Locales de Cambio): an
    applicant "no ha sido aceptada", passed the first round, thanked, asked to confirm: refusals
    and answers that are not about a job."""
    for name, (category, subject) in AGENTES_VIEWS.items():
        path = f"{AGENTES_DIR}/{name}.blade.php"
        blade = snap.read(AGENTES, AGENTES_COMMIT, path)
        blade = re.sub(r"\{\{\s*\$aspirant->gender[^}]*\}\}", "Estimado", blade)
        blade = re.sub(r"\{\{\s*\$(?:aspirant|user)->name\b[^}]*\}\}", OWNER[0], blade)
        f = fill_for("agentes/es", name, "es", 0)
        values = {
            "title": AGENTES_NOTICE,
            "id": "2018-0417",
            "url": "https://agentes.apertus.org.mx/login",
            "url_results": "https://agentes.apertus.org.mx/resultados",
            "url_web": "https://agentes.apertus.org.mx",
            "config": "Apertus",
        }
        html = markdown_mail(render_blade(blade, _expr(f, values)))
        html = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', html)
        yield html_spec(
            "agentes/es",
            blob_url(AGENTES, AGENTES_COMMIT, path),
            category,
            html,
            strip=False,
            subject=subject,
            company="n/a",
            role="n/a",
            sender=("Apertus", "no-reply@apertus.org.mx"),
            noreply=True,
            fmt="html",
        )


QUALYSIS = "nefrttPrabhu/Qualysis"
QUALYSIS_COMMIT = "7b2aac20a0a471c333dfdcf622ec41ef9f14a2a2"
QUALYSIS_PATH = "lib/data/template.ts"
# template_name: category. The receipt and the status update share one body ("If your
# qualifications align ... we will reach out"): a conditional, no decision.
QUALYSIS_KINDS = {
    "Rejecting a Candidate": "rejection",
    "Acceptance Offer to a Candidate": "offer",
    "Receiving a candidate’s application or resume": "acknowledgement",
    "Status update on the hiring process": "acknowledgement",
    "Shortlisting a Candidate": "interview_invitation",
}


def qualysis(snap: Snapshot) -> Iterator[Spec]:
    """Qualysis, an interview platform's stock mails to candidates (rejection, offer, receipt,
    status update, shortlisted), sent by the recruiter who picks them."""
    source = snap.read(QUALYSIS, QUALYSIS_COMMIT, QUALYSIS_PATH)
    rows = re.findall(
        r'template_name: "([^"]*)",\s*subject: "([^"]*)",\s*body: "((?:[^"\\]|\\.)*)"', source
    )
    for name, subject, body in rows:
        category = QUALYSIS_KINDS[name]
        for n in range(2 if category == "rejection" else 1):
            f = fill_for("qualysis/en", name, "en", n)
            values = {
                "Candidate_Name": OWNER[0],
                "Candidate_First_Name": FIRST,
                "Position_Title": f.role,
                "Company_Name": f.company,
                "Your_Name": f.person,
                "Your_Title": "Talent Acquisition Partner",
                "Contact_Information": f.person_addr,
                "Start_Date": "1 April 2025",
                "Salary": "as discussed",
                "List_of_Benefits, if_applicable": "health insurance, 25 days of leave",
                "Timeframe": "Friday, 14 March",
                "Details_of_the_next_steps, such_as_an_interview_or_assessment": (
                    "a 45-minute video interview with the hiring manager"
                ),
            }

            def fill(text: str, v: dict[str, str] = values) -> str:
                return re.sub(r"\[([^\]]+)\]", lambda m: v.get(m.group(1), m.group(0)), text)

            text = fill(body.replace("\\n", "\n").replace('\\"', '"'))
            sender, noreply = f.sender(("person", "careers")[n % 2])
            yield _spec(
                "qualysis/en",
                blob_url(QUALYSIS, QUALYSIS_COMMIT, QUALYSIS_PATH),
                category,
                subject=fill(subject),
                text=text,
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("plain", "wrapped")[n % 2],
            )
