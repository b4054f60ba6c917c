"""Recipes for session 33's sources31 (issue 11): English job mail from a Philippine
university's internship (OJT) portal, a Kenyan public employer's HR portal and a South African
IT company's internship programme.

DevHatch (Marnel8/devhatch, the OJT portal of DevHatch at Batangas State University; Next.js,
EJS templates sent through nodemailer as HTML): the mail an applicant gets when the staff set
an application's status: rejected (with the default reason and with the staff's note),
interview scheduled, hired, and any other status.

Kenya School of Government (dex254/HRPORTAL-KSG, its HR portal; Laravel views sent as HTML):
the applicant's receipt, the interview invitation and the refusal ("your application has not
been successful at this time", with feedback). Read with ``read_file`` and stored as plain
files (no snapshot could be fetched).

KAYISE IT (Thandov/KayiseIT-website, a South African IT company's website with its internship
programme; Laravel Markdown views): an application to a programme not accepted and accepted.
Read with ``read_file`` and stored as plain files (the fetched snapshot predates the views)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_spec, html_to_text
from .render import django
from .snapshot import Snapshot, blob_url
from .sources_laravel import markdown_mail, render_blade
from .sources_trackers import _spec
from .templating import ejs, exact_value, fill_js

DEVHATCH = "Marnel8/devhatch"
DEVHATCH_COMMIT = "cb890b996becb6ac526bc49c03b385c9a6e9f0cf"
DEVHATCH_DIR = "emails/templates"
# The module the status change calls (applications-service.ts imports it): subjects, data.
DEVHATCH_SENDER_PATH = "lib/email-transport.ts"
# (template, category, variant): the staff's note where a rejection has one (ours), else the
# transport's default reason; the reviewer (adminName: reviewedBy or "DevHatch Team").
DEVHATCH_MAILS = (
    ("rejected.ejs", "rejection", None, "DevHatch Team"),
    (
        "rejected.ejs",
        "rejection",
        "All slots for this project were filled by applicants whose schedules match the OJT "
        "period.",
        "person",
    ),
    ("interview.ejs", "interview_invitation", None, "DevHatch Team"),
    ("hired.ejs", "offer", None, "person"),
    ("status-update.ejs", "other", None, "DevHatch Team"),
)
DEVHATCH_COMPANY = "DevHatch"
# Ours: the SMTP_MAIL account the default From names ("DevHatch OJT Portal <SMTP_MAIL>"), the
# projects, the interview's details and the status a non-terminal change sets.
DEVHATCH_SENDER = ("DevHatch OJT Portal", "devhatch.ojt@gmail.com")
DEVHATCH_PROJECTS = ("Campus Navigator", "Attendance QR", "Alumni Tracker")
DEVHATCH_INTERVIEW = {
    "interviewDate": "Monday, March 9, 2026",
    "interviewTime": "9:30 AM",
    "interviewLocation": "CICS Building, Room 204",
    "interviewType": "In-Person Interview",
}


def _devhatch_subjects(source: str) -> dict[str, str]:
    """template -> the subject literal the transport's ``switch`` sets beside it."""
    pairs = re.findall(r"templateName = '([\w-]+\.ejs)';\s*subject = `([^`]*)`;", source)
    subjects = dict(pairs)
    if len(subjects) != len(pairs) or not subjects:
        raise ValueError("a template under two subjects, or none")
    return subjects


def _devhatch_default_reason(source: str) -> str:
    """The reason the transport passes when the staff give no note."""
    m = re.search(r"rejectionReason: rejectionReason \|\| '([^']*)'", source)
    if not m:
        raise ValueError("no default rejection reason")
    return m.group(1)


def devhatch(snap: Snapshot) -> Iterator[Spec]:
    """DevHatch's OJT applicant mail, as nodemailer sends the rendered EJS (HTML only)."""
    unit = "devhatch/en"
    transport = snap.read(DEVHATCH, DEVHATCH_COMMIT, DEVHATCH_SENDER_PATH)
    subjects = _devhatch_subjects(transport)
    default_reason = _devhatch_default_reason(transport)
    for n, (template, category, note, admin) in enumerate(DEVHATCH_MAILS):
        path = f"{DEVHATCH_DIR}/{template}"
        f = fill_for(unit, template, "en", n)
        data = {
            "recipientName": OWNER[0],
            "jobTitle": f.role,
            "projectName": DEVHATCH_PROJECTS[n % len(DEVHATCH_PROJECTS)],
            "rejectionReason": note or default_reason,
            "adminName": f.person if admin == "person" else admin,
            "status": "FOR_REVIEW",  # application.status.toUpperCase()
            **DEVHATCH_INTERVIEW,
        }
        html = ejs(snap.read(DEVHATCH, DEVHATCH_COMMIT, path), data, bare=True)
        subject = fill_js(
            subjects[template],
            {
                "jobPosting?.title || 'Position'": f.role,
                "jobPosting?.title || 'the position'": f.role,
            },
        )
        yield _spec(
            unit,
            blob_url(DEVHATCH, DEVHATCH_COMMIT, path),
            category,
            subject=subject,
            text=html_to_text(html),
            html=html,
            company=DEVHATCH_COMPANY,
            role=f.role,
            labels_on_rejection=True,
            sender=DEVHATCH_SENDER,
            noreply=False,
            fmt="html_only",
        )


KSG = "dex254/HRPORTAL-KSG"
# The views and their Mailables read with read_file at this commit, saved verbatim at their
# paths; the receipt's subject is EXTJobApplicationMail.php's ('Job Application: ' . $designation).
KSG_READ_AT = "b09662e1a6e5356e58bed189aefe1316e29a0c11"
KSG_VIEWS_DIR = "resources/views/emails"
KSG_MAIL_DIR = "app/Mail"
# view: (category, the Mailable whose subject() names it; None: the receipt, its subject built)
KSG_MAILS = {
    "application_rejected": ("rejection", "ApplicationRejected"),
    "interview_scheduled": ("interview_invitation", "InterviewScheduled"),
    "EXTjob_application": ("acknowledgement", None),
}
KSG_COMPANY = "Kenya School of Government"
# Ours: the staff's feedback (one a variant), the sender (MAIL_FROM is configuration), the
# posts, reference and ID numbers, the interview's date, venue and status label.
KSG_REASONS = (
    "The position required a Master's degree in Public Policy or a related field.",
    "Shortlisting was limited to candidates with at least eight years of relevant experience.",
)
KSG_SENDER = ("KSG HR Portal", "hrportal@ksg.ac.ke")
KSG_POSTS = ("Senior Lecturer, Public Finance", "Assistant Registrar", "ICT Officer II")


def _mailable_subject(source: str, view: str) -> str:
    """The literal ``->subject('...')`` of a Mailable whose ``->view('emails.<view>')``."""
    m = re.search(rf"->subject\('([^']*)'\)\s*->view\('emails\.{re.escape(view)}'\)", source)
    if not m:
        raise ValueError(f"no subject for {view}")
    return m.group(1)


def ksg(snap: Snapshot) -> Iterator[Spec]:
    """The Kenya School of Government's mail to an external applicant, HTML as Laravel sends a
    view (the refusal once with a text part beside it); the PDFs it attaches are left out."""
    unit = "ksg/en"
    for view, (category, mailable) in KSG_MAILS.items():
        path = f"{KSG_VIEWS_DIR}/{view}.blade.php"
        blade = snap.read(KSG, KSG_READ_AT, path)
        variants = len(KSG_REASONS) if category == "rejection" else 1
        for n in range(variants):
            post = KSG_POSTS[(n + len(view)) % len(KSG_POSTS)]
            values = {
                "$name": OWNER[0],
                "$designation": post,
                "$rejectionReason": KSG_REASONS[n],
                "$status": "Shortlisted",
                "$refNo": f"KSG/HR/2026/{41 + n:03d}",
                "$Ref_No": f"KSG/HR/2026/{43 + n:03d}",
                "$idnumber": "28814407",
                "$interviewDate": "2026-03-12 09:00",
                "$venue": "KSG Lower Kabete Campus, Nairobi",
                "$email": OWNER[1],
                "$phone": "+254 712 000 481",
            }
            html = render_blade(blade, exact_value(values))
            if mailable:
                mail_src = snap.read(KSG, KSG_READ_AT, f"{KSG_MAIL_DIR}/{mailable}.php")
                subject = _mailable_subject(mail_src, view)
            else:
                subject = f"Job Application: {post}"
            yield html_spec(
                unit,
                blob_url(KSG, KSG_READ_AT, path),
                category,
                html,
                strip=False,
                subject=subject,
                company=KSG_COMPANY,
                role=post,
                labels_on_rejection=True,
                sender=KSG_SENDER,
                noreply=False,
                fmt=("html_only", "html")[n],
            )


KAYISE = "Thandov/KayiseIT-website"
# The two views and their Mailables read with read_file at this commit, saved verbatim.
KAYISE_READ_AT = "33c3bd355cd5d9535f3b4b0c0b6f5dd7d76a4257"
KAYISE_VIEWS_DIR = "resources/views/emails"
KAYISE_MAIL_DIR = "app/Mail"
# view: (category, Mailable); (message from KAYISE IT, programme, field, partner) per variant.
KAYISE_MAILS = {
    "application_rejected": ("rejection", "ApplicationRejected"),
    "application_accepted": ("offer", "ApplicationAccepted"),
}
# Ours: the staff's message, the programme types, fields, partners and application ids.
KAYISE_VARIANTS = (
    (
        "The intake for this cohort is full. Thank you for your interest.",
        "Internship",
        "Software Development",
        None,
    ),
    (
        "We could only take applicants who completed their diploma in 2025.",
        "Learnership",
        "Network Administration",
        "MICT SETA",
    ),
)
KAYISE_COMPANY = "KAYISE IT"
KAYISE_PROFILE = "https://kayiseit.com/profile"


def kayise(snap: Snapshot) -> Iterator[Spec]:
    """KAYISE IT's mail on an internship or learnership application, the Markdown views as
    HTML paragraphs with a text part, from the Mailables' own sender."""
    unit = "kayise/en"
    for view, (category, mailable) in KAYISE_MAILS.items():
        path = f"{KAYISE_VIEWS_DIR}/{view}.blade.php"
        blade = snap.read(KAYISE, KAYISE_READ_AT, path)
        mail_src = snap.read(KAYISE, KAYISE_READ_AT, f"{KAYISE_MAIL_DIR}/{mailable}.php")
        subject = _mailable_subject(mail_src, view)
        sender = re.search(r"->from\('([^']*)', '([^']*)'\)", mail_src)
        if not sender:
            raise ValueError(f"no sender in {mailable}")
        variants = KAYISE_VARIANTS if category == "rejection" else KAYISE_VARIANTS[1:]
        for n, (message, app_type, field, partner) in enumerate(variants):
            values = {
                "$application->name": OWNER[0],
                "$application->app_type": app_type,
                "$application->field": field,
                "$application->app_id": f"KIT-2026-{305 + n}",
                "$application->program_partner ?? 'N/A'": partner or "N/A",
                "$message": message,
            }
            body = render_blade(blade, exact_value(values))
            # headings as their words, the rule line dropped, the button as its link
            body = re.sub(r"(?m)^(#{1,6}\s*|---\s*$)", "", body)
            html = markdown_mail(body.replace("View Your Application", KAYISE_PROFILE))
            yield html_spec(
                unit,
                blob_url(KAYISE, KAYISE_READ_AT, path),
                category,
                html,
                strip=False,
                subject=subject,
                company=KAYISE_COMPANY,
                role="n/a",
                labels_on_rejection=True,
                sender=(sender.group(2), sender.group(1)),
                noreply=True,
                fmt="html",
            )


SMEQA = "usds/SME-QA-Website"
SMEQA_COMMIT = "fecd6939a8e5286a8c18697e2d9802b668a7a76e"
# page: its sections (heading: category, stage) the agency sends an applicant
SMEQA_PAGES = {
    "pages/phases/resume-review/notifications.md": {
        "Not moving forward": ("rejection", "application"),
    },
    "pages/phases/certificate/notifications.md": {
        "Not moving forward": ("rejection", "interview"),
        # on hold after the interviews: others referred first, this one may be referred later
        "Qualified but not yet referred": ("rejection", "interview"),
        "Qualified and referred": ("moving_forward", "n/a"),
    },
}
SMEQA_INTERVIEW_PATH = "toolkit/assessments/email-template-app-first-interview-confirm.md"
# Ours: the agencies, posts, places, contacts and the sender (USA Staffing sends the notices;
# its address is not in the source); the applicant's two name fields joined with a space.
SMEQA_AGENCIES = ("Department of Veterans Affairs", "Centers for Medicare & Medicaid Services")
SMEQA_POSTS = ("IT Specialist (APPSW)", "IT Specialist (INFOSEC)", "Product Manager (IT)")
SMEQA_SENDER = ("USA Staffing", "no-reply@usastaffing.gov")


def _smeqa_sections(page: str) -> dict[str, str]:
    """heading -> the Markdown under each ``## `` heading of a notifications page (front
    matter, intro and HTML comments dropped), its ``### NOR Code`` message folded in as the
    paragraph before the closing notice (the code's quoted text, as the applicant reads it)."""
    body = re.sub(r"(?s)<!--.*?-->", "", page.split("\n---\n", 1)[1])
    sections: dict[str, str] = {}
    for block in re.split(r"(?m)^## ", body)[1:]:
        heading, _, text = block.partition("\n")
        text, _, nor = text.partition("### NOR Code")
        paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
        if nor:
            m = re.search(r'\*\*\w+\*\*: "([^"]+)"', nor)
            if not m:
                raise ValueError(f"no NOR message under {heading}")
            paras.insert(len(paras) - 1, m.group(1))
        sections[heading.strip()] = "\n\n".join(paras)
    if not sections:
        raise ValueError("no sections")
    return sections


def _smeqa_fill(text: str, values: dict[str, list[str]]) -> str:
    """Each `` `Placeholder` `` by the next of its values (``{TIME}`` comes twice: from, to);
    a placeholder without one raises."""
    left = {k: list(v) for k, v in values.items()}

    def sub(m: re.Match[str]) -> str:
        queue = left.get(m.group(1))
        if not queue:
            raise ValueError(f"no value for {m.group(0)}")
        return queue.pop(0) if len(queue) > 1 else queue[0]

    filled = re.sub(r"`([^`]+)``([^`]+)`", r"`\1 \2`", text)  # two name fields side by side
    return re.sub(r"`([^`]+)`", sub, filled)


def smeqa(snap: Snapshot) -> Iterator[Spec]:
    """The U.S. Digital Service's SME-QA notices to federal applicants (the text an HR office
    sets in USA Staffing with a NOR code) and its interview confirmation, plain text and in
    turn Markdown as HTML."""
    unit = "smeqa/en"
    pages = [(path, heading, cat) for path, s in SMEQA_PAGES.items() for heading, cat in s.items()]
    pages.append((SMEQA_INTERVIEW_PATH, "", ("interview_invitation", "n/a")))
    for n, (path, heading, (category, stage)) in enumerate(pages):
        source = snap.read(SMEQA, SMEQA_COMMIT, path)
        agency = SMEQA_AGENCIES[n % len(SMEQA_AGENCIES)]
        post = SMEQA_POSTS[n % len(SMEQA_POSTS)]
        if heading:
            markdown = _smeqa_sections(source)[heading]
            subject = f"Notice of Results: {post}"
        else:
            markdown = source.split("\n---\n", 1)[1].strip()
            subject = f"Phone interview confirmation: {post}"
        domain = "va.gov" if agency.startswith("Department") else "cms.hhs.gov"
        values = {
            "Applicant's First Name Applicant's Last Name": [OWNER[0]],
            "{APPLICANT-NAME}": [OWNER[0]],
            "USAJOBS Job Title": [post],
            "{POSITION-NAME}": [post],
            "External Customer Name": [agency],
            "Organization Name": [agency],
            "{AGENCY}": [agency],
            "Career Site": [f"https://www.{domain}/jobs"],
            "External Contact Email": [f"hiring@{domain}"],
            "{SCHEDULER-INBOX-ADDRESS}": [f"interviews@{domain}"],
            "External Contact Phone Number": ["202-555-0143"],
            "{APPLICANT-PHONE-NUMBER}": ["202-555-0187"],
            "Location": ["Washington, DC", "Austin, TX"],
            "{SERIES AND GRADE}": ["GS-2210-13"],
            "{DATE}": ["Tuesday, March 10, 2026"],
            "{TIME}": ["10:00 AM", "11:00 AM"],
            "{TIME ZONE}": ["ET"],
        }
        text = _smeqa_fill(markdown, values)
        rejection = category == "rejection"
        yield _spec(
            unit,
            blob_url(SMEQA, SMEQA_COMMIT, path),
            category,
            stage if rejection else None,
            subject=subject,
            text=re.sub(r"\*\*(.+?)\*\*", r"\1", text) + "\n",
            html=f"<html><body>{markdown_mail(text)}</body></html>",
            company=agency,
            role=post,
            labels_on_rejection=True,
            sender=SMEQA_SENDER if heading else (f"{agency} Schedulers", f"interviews@{domain}"),
            noreply=bool(heading),
            fmt=("plain", "html")[n % 2],
        )


NOBODIES = "peterdrier/nobodies-profiles"
NOBODIES_COMMIT = "25cf35e3a3c865491dd09aea1440d65b97dc1d46"
NOBODIES_DIR = "templates/emails"
NOBODIES_TASKS_PATH = "apps/applications/tasks.py"
# template: (category, review notes (ours) or None, role requested as its choice displays)
NOBODIES_MAILS = (
    (
        "application_rejected",
        "not_a_job",
        "We could not verify the reference you gave from a current member.",
        None,
    ),
    ("application_rejected", "not_a_job", None, None),
    ("application_approved", "other", None, "Colaborador (volunteer)"),
    ("application_received", "acknowledgement", None, "Asociado (full member)"),
)
# config/settings/base.py's DEFAULT_FROM_EMAIL fallback; the display name ours.
NOBODIES_SENDER = ("Nobodies Collective", "profiles@nobodies.team")


def _nobodies_subjects(tasks: str) -> dict[str, str]:
    """template -> the ``subject = _("...")`` literal of the task that renders it."""
    pairs = re.findall(
        r"subject = _\(\"([^\"]+)\"\)(?:(?!subject = ).)*?render_to_string\('emails/(\w+)\.txt'",
        tasks,
        re.S,
    )
    if not pairs:
        raise ValueError("no subject beside a rendered template")
    return {template: subject for subject, template in pairs}


def _django_i18n(template: str) -> str:
    """A template's ``{% trans "..." %}`` as its English text and ``{% blocktrans with x=y %}``
    as ``{% with x=y %}``, for ``render.django`` (which skips the tags it does not know)."""
    text = re.sub(r'{%\s*trans "([^"]*)"\s*%}', r"\1", template)
    return re.sub(r"{%\s*blocktrans with ", "{% with ", text)


def nobodies(snap: Snapshot) -> Iterator[Spec]:
    """Look-alikes: Nobodies Collective's answers to an application for membership of the
    association, refused by its Board (with its notes and without), approved and received;
    the plain-text part the task renders (its HTML twin left out)."""
    unit = "nobodies/en"
    tasks = snap.read(NOBODIES, NOBODIES_COMMIT, NOBODIES_TASKS_PATH)
    subjects = _nobodies_subjects(tasks)
    for n, (template, category, notes, role) in enumerate(NOBODIES_MAILS):
        path = f"{NOBODIES_DIR}/{template}.txt"
        application = {
            "legal_name": OWNER[0],
            "review_notes": notes or "",
            "get_role_requested_display": role or "",
            "submitted_at": "February 2, 2026",  # |date:"F j, Y" as Django prints it
            "reviewed_at": "February 20, 2026",
        }
        text = django(
            _django_i18n(snap.read(NOBODIES, NOBODIES_COMMIT, path)), {"application": application}
        )
        yield _spec(
            unit,
            blob_url(NOBODIES, NOBODIES_COMMIT, path),
            category,
            subject=subjects[template],
            text=re.sub(r"\n{3,}", "\n\n", text).lstrip(),
            company="n/a",
            role="n/a",
            sender=NOBODIES_SENDER,
            noreply=True,
            fmt=("plain", "wrapped")[n % 2],
        )
