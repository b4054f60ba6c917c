"""Recipes for session 37's sources47 (issue 11): English and Dutch mail from a Philippine
company's HR system and a Malaysian IT firm's hiring scripts, and look-alikes: a conference's
talk, grant and volunteer templates, another conference's proposal answers, a market
concourse's stall-rental decisions, a student society's committee recruitment, a school's
admission answers, a forum's Dutch membership refusals and a Dutch municipality's vacancy
alert.

Lapeco (Lemuel1227/final-lapeco-hrms, the HRMS of the Lapeco Group of Companies, a
Philippine group; Laravel, one HTML view per Mailable, subject from its ``build()``): the
applicant's mail, the application received, its status moved on ("updated to Interview",
without notes: the view's ``@else``), the interview scheduled with its date, time, interviewer,
place and notes, the refusal with the HR's notes as feedback and without them ("we will not
be moving forward with your candidacy at this time"; stage ``application``), and the hire with
the new employee's account. The sender is the app's (``.env.example``: ``hello@example.com``
under "Laravel"): ours.

HRXpert (X4201/HRXpert, the Google Apps Script HR tools of EXPERT IT COMPANY SDN BHD, a
Malaysian IT firm; ``MailApp.sendEmail`` with a plain-text body built by ``+``): the refusal
("Job Application Status - Rejection", twice), the pass after the interview with the
onboarding date (``offer``), and, to an employee, a leave request refused ("Leave Application
Status - Rejection", with the leave's details and the reviewer's remark: ``not_a_job``, a
look-alike in a refusal's words) and approved (``other``). Left out: ``InterviewReject.gs``
(the same text as ``CandidateReject.gs``), ``CandidateSchedule.gs`` (it mails an undefined
``candidateEmail``: it cannot send) and ``Candidate_acceptReject.gs`` ("marked as 'Fail'":
its template literal is never closed, so the script does not parse). MailApp sends from the
script owner's account: sender ours.

DjangoCon US (djangocon/djangocon-us-docs, the organisers' handbook; Markdown drafts, the
subject in a ``## Subject:`` line, ``[...]`` placeholders): a talk proposal declined ("your
talk ... was not one of the ones selected") and an Opportunity Grant declined ("you have not
been selected for a grant"): ``not_a_job``; the talk accepted, the grant awarded and the
volunteer sign-up confirmation: ``other``. The finance-aid refusal's "Dear name," is as
written. Placeholders and sender ours.

SeaGL (SeaGL/organization, the Seattle GNU/Linux Conference's organisers; the CFP mails at
83c05e91, the last commit before ``programming_flow/emails/`` was removed): a proposal
declined (``not_a_job``), accepted and waitlisted (``other``); the ``**SUBJECT:**`` line as
subject, the licence section left out; ``{name}``, ``DATE``, ``MONTH``, ``20XX``... ours.

COMS (TrixDiaz/Concourse-Space-Rental-Filament, a concourse space-rental system, Philippines;
Laravel, HTML views, subjects from the Mailables' ``Envelope``): to a tenant applicant, the
application for a space rejected (the contract and deposit step not taken), its requirements
rejected, the renewal rejected ("did not meet the necessary criteria for renewal"), all under
"Application Rejected"-like subjects (``not_a_job``: a stall lease is no job), and the
application approved (``other``). Spaces, concourses, addresses and sender ours (the app's
name, "COMS", is ``.env.example``'s).

DSCubed (michelleyutraya26/industry-outreach-process at its first commit 1dbc8d34, the Data
Science Student Society's recruitment scripts, Gmail API, HTML from Python f-strings): the
first-round refusal ("we won't be moving forward with your application at this time":
``not_a_job``, joining a student society being no job, as ``jesap/it`` is labelled), the
invitation to the society's interview and the acceptance into it (``other``; the acceptance
keeps the invitation's subject, as the script has it). Left out: the later versions, whose
refusals an LLM writes. Sender from the client (``recruitment@dscubed.org.au``).

Akademik (saadabdurrazaq/larationship, a school's admission app, Indonesia, 2021; Laravel
notifications, Laravel's default layout, the app name ``.env.example``'s "Laravel"): to an
applicant for a student place, registration received, "Account Rejected." ("We appreciate that
you took the time to apply for the position of student with our school ... we have decided that
we will not offer you an interview", twice: ``not_a_job``, a school place is no job), "Account
Approved." and a "Technical Problem." notice (``other``). The refusal's ``HtmlString`` breaks
(``<br><br>``) rendered as paragraph breaks, its words as written ("appricate", "intersted").
Left out: the Mailables' Markdown copies of the same texts (sent in bulk). The code's sender
is a developer's Gmail address under "Admin": ours.

SMF (bodluc/eremes, a Polish car-audio shop's site whose forum is Simple Machines Forum 2.0,
with SMF's Dutch language pack; ``forum/Themes/default/languages/EmailTemplates.dutch-utf8.php``
filled as ``loadEmailTemplate`` does, ``{REGARDS}`` from ``index.dutch-utf8.php``'s
``regards_team``): a registration refused by the admin ("Registratie afgewezen", "Het spijt ons
je te moeten meedelen dat je registratieverzoek op X is afgewezen", twice) and a request to join
a member group refused, without and with the moderator's reason ("Afwijzing groeplidmaatschap"):
``not_a_job``; the group request accepted and the registration received: ``other``. Forum name,
group, reason, user names and sender ours (the repository's forum is Polish and English).

Haarlem (ColdTrick/haarlem_tangram, the Elgg intranet plugin of the Municipality of Haarlem
that imports its Tangram vacancies): the Dutch alert to a group's members about new internal
vacancies (``haarlem_tangram:notify:new_vacancy``, ``sprintf`` filled as
``haarlem_tangram_notify_group_members`` does: one ``- title (url)`` line per vacancy):
``job_alert``. Vacancies, site address and sender ours."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url
from .sources_concorsi import _java_concat
from .sources_suites14 import _fill_blade
from .sources_suites15b import _fill_fstring
from .sources_suites25 import _laravel_notification_html, _php_method
from .sources_suites35 import _blade_branches, _envelope_subject, _text_part
from .sources_trackers import _spec

FIRST = OWNER[0].split()[0]


def _build_view(mailable: str) -> tuple[str, str]:
    """(subject, view) of a Mailable's ``build()``: ``->subject('...')->view('...')``."""
    subject = re.search(r"->subject\('((?:[^'\\]|\\.)*)'\)", mailable)
    view = re.search(r"->view\('([\w.-]+)'\)", mailable)
    if not subject or not view:
        raise ValueError("no subject or view in build()")
    return re.sub(r"\\(['\\])", r"\1", subject.group(1)), view.group(1)


LAPECO = "Lemuel1227/final-lapeco-hrms"
LAPECO_COMMIT = "9da9525e88d03abb456557310e587499212ac73e"
LAPECO_DIR = "lapeco-hrms"
LAPECO_NAME = "Lapeco Group of Companies"
# (Mailable, category, notes given or not). StatusUpdated goes out for any status but
# Rejected (ApplicantController::updateStatus); ours is "Interview".
LAPECO_MAILS = (
    ("ApplicantApplicationReceived", "acknowledgement", False),
    ("ApplicantStatusUpdated", "moving_forward", False),
    ("ApplicantInterviewScheduled", "interview_invitation", True),
    ("ApplicantRejected", "rejection", True),
    ("ApplicantRejected", "rejection", False),
    ("ApplicantHired", "offer", False),
)
# Ours: the sender (MAIL_FROM_* are environment values), the HR's notes, the interview.
LAPECO_SENDER = ("Lapeco HRMS", "hrms@lapeco.com")
LAPECO_NOTES = {
    "ApplicantInterviewScheduled": "Please bring a valid ID and a printed copy of your resume.",
    "ApplicantRejected": "We were looking for at least two years of warehouse supervision "
    "experience for this opening.",
}
LAPECO_INTERVIEW = {
    "$interviewDate": "March 18, 2025",
    "$interviewTime": "10:30 AM",
    "$interviewer": "Maricel Santos, HR Officer",
    "$location": "Lapeco Main Office, 2/F HR Department, Ortigas Center, Pasig City",
}


def lapeco(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's view, its ``@if`` branches resolved by whether notes are given, filled;
    HTML only (``->view`` alone), in turn with a text part."""
    unit = "lapeco/en"
    for n, (mailable, category, with_notes) in enumerate(LAPECO_MAILS):
        subject, view = _build_view(
            snap.read(LAPECO, LAPECO_COMMIT, f"{LAPECO_DIR}/app/Mail/{mailable}.php")
        )
        path = f"{LAPECO_DIR}/resources/views/{view.replace('.', '/')}.blade.php"
        notes = LAPECO_NOTES.get(mailable, "") if with_notes else ""
        truth = {
            "!empty($notes)": bool(notes),
            "$interviewDate": True,
            "$interviewTime": True,
            "!empty($interviewer)": True,
            "!empty($location)": True,
        }
        values = {
            "$applicantName": OWNER[0],
            "$applicationDate": "March 3, 2025",
            "$status": "Interview",
            "$notes": notes,
            "$employeeId": "LPC-2025-0147",
            "$username": OWNER[1],
            "$password": "Lapeco#4821",
        } | LAPECO_INTERVIEW
        html = _fill_blade(_blade_branches(snap.read(LAPECO, LAPECO_COMMIT, path), truth), values)
        yield _spec(
            unit,
            blob_url(LAPECO, LAPECO_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company=LAPECO_NAME,
            role="n/a",
            labels_on_rejection=True,
            sender=LAPECO_SENDER,
            noreply=False,
            fmt=("html_only", "html")[n % 2],
        )


HRXPERT = "X4201/HRXpert"
HRXPERT_COMMIT = "2e37f6c934d0652b879173a6fc89f20fe4950de6"
HRXPERT_NAME = "Expert IT Company Sdn Bhd"
# (script, category, variants).
HRXPERT_MAILS = (
    ("CandidateReject.gs", "rejection", 2),
    ("InterviewAccepted.gs", "offer", 1),
    ("Leave_Reject.gs", "not_a_job", 1),
    ("Leave_Approve.gs", "other", 1),
)
# Ours: the script owner's account MailApp sends from, the names, dates and leave details.
HRXPERT_SENDER = ("Expert IT HR Team", "hr.expertit@gmail.com")
HRXPERT_LEAVE = {
    "leaveType": "Annual Leave",
    "startDate": "14/04/2025",
    "endDate": "18/04/2025",
    "remark": "Project go-live week; please pick dates after 25 April.",
}


def _gs_mail(script: str) -> tuple[str, str]:
    """(subject, body expression) of an Apps Script ``var subject = "..."; var body = ...;``
    (its CRLF line ends read as newlines)."""
    script = script.replace("\r\n", "\n")
    subject = re.search(r'var subject = "((?:[^"\\]|\\.)*)";', script)
    body = re.search(r"var body = (.*?);\n", script, flags=re.S)
    if not subject or not body:
        raise ValueError("no subject or body")
    return subject.group(1), body.group(1)


def hrxpert(snap: Snapshot) -> Iterator[Spec]:
    """Each script's subject and ``+``-joined body, filled; plain text as MailApp sends it."""
    unit = "hrxpert/en"
    n = 0
    for script, category, variants in HRXPERT_MAILS:
        subject, body = _gs_mail(snap.read(HRXPERT, HRXPERT_COMMIT, script))
        for _ in range(variants):
            name = OWNER[0] if n != 1 else FIRST
            status = "Approved" if category == "other" else "Rejected"
            values = {
                "candidateName": name,
                "employeeName": name,
                "onboardingDate": "2 June 2025",
                "status": status,
            } | HRXPERT_LEAVE
            yield _spec(
                unit,
                blob_url(HRXPERT, HRXPERT_COMMIT, script),
                category,
                subject=subject,
                text=_java_concat(body, values),
                company=HRXPERT_NAME,
                role="n/a",
                labels_on_rejection=True,
                sender=HRXPERT_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


DJANGOCON = "djangocon/djangocon-us-docs"
DJANGOCON_COMMIT = "5a78852339270b4734377a617954eec8c97069ee"
# (path, section heading or None for the whole draft, category, sender).
DJANGOCON_MAILS = (
    ("docs/drafts/talk_rejected.md", None, "not_a_job", "talk"),
    ("docs/drafts/finaid_rejected.md", None, "not_a_job", "grant"),
    ("docs/drafts/talk_accepted.md", None, "other", "talk"),
    ("docs/drafts/finaid_accepted.md", None, "other", "grant"),
    (
        "docs/volunteer_team/email_templates.md",
        "Automated Signup Confirmation Email",
        "other",
        "volunteer",
    ),
)
# Ours: every bracketed placeholder, the organisers' names and addresses.
DJANGOCON_VALUES = {
    "name": FIRST,
    "year": "2025",
    "number": "48",
    "talk name": '"Shipping Django apps on a shoestring"',
    "talk": '"Shipping Django apps on a shoestring"',
    "link": "https://2025.djangocon.us/",
    "city": "Chicago",
    "Your name": "Erin Castillo",
    "Your title": "Program Chair",
    "ticket to the conference, if applicable": "a ticket to the conference",
    "dollar amount": "$750",
    "taking an action": "replying to this e-mail",
    "date": "July 15",
    "name and email": "Priya Desai (visa@djangocon.us)",
    "email": "visa@djangocon.us",
    "HANDBOOK LINK": "https://volunteer.djangocon.us/handbook",
    "Volunteer Chairs Names": "Sam Okafor and Lena Fischer",
}
# The grant's "[name] at [email]" is the visa contact, not the applicant.
DJANGOCON_CONTACT = ("[name] at [email]", "Priya Desai at visa@djangocon.us")
DJANGOCON_SENDERS = {
    "talk": ("Erin Castillo", "program@djangocon.us"),
    "grant": ("DjangoCon US Opportunity Grants", "grants@djangocon.us"),
    "volunteer": ("DjangoCon US Volunteers", "volunteer@djangocon.us"),
}


def _djangocon_draft(md: str, section: str | None) -> tuple[str, str]:
    """(subject, body) of a draft: the front matter and ``#`` title dropped, the subject from
    ``## Subject:`` (or a section's ``**Subject:**`` line between ``---`` rules)."""
    if section is None:
        m = re.search(r"(?m)^## Subject: ([^\n]*)\n(.*)", md, flags=re.S)
        if m is None:
            raise ValueError("no subject line")
        return m.group(1).strip(), m.group(2).strip()
    m = re.search(
        rf"(?ms)^## {re.escape(section)}\n+\*\*Subject:\*\* ([^\n]*)\n+---\n(.*?)\n---\n", md
    )
    if m is None:
        raise ValueError(f"no section {section}")
    return m.group(1).strip(), m.group(2).strip()


def _brackets(text: str, values: dict[str, str]) -> str:
    """Every ``[placeholder]`` filled; one without a value raises."""
    return re.sub(r"\[([^\[\]]+)\]", lambda m: values[m.group(1)], text)


def djangocon(snap: Snapshot) -> Iterator[Spec]:
    """Each draft's subject and body, placeholders filled; plain text, in turn wrapped."""
    unit = "djangocon/en"
    for n, (path, section, category, sender) in enumerate(DJANGOCON_MAILS):
        subject, body = _djangocon_draft(snap.read(DJANGOCON, DJANGOCON_COMMIT, path), section)
        yield _spec(
            unit,
            blob_url(DJANGOCON, DJANGOCON_COMMIT, path),
            category,
            subject=subject,
            text=_brackets(body.replace(*DJANGOCON_CONTACT), DJANGOCON_VALUES),
            company="n/a",
            role="n/a",
            sender=DJANGOCON_SENDERS[sender],
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


SEAGL = "SeaGL/organization"
# The last commit with programming_flow/emails/ (5e5b7b9d removed it).
SEAGL_COMMIT = "83c05e91dcde73b153f9fa5d0711ebdcdd13ed72"
SEAGL_MAILS = {"talk-decline": "not_a_job", "talk-accept": "other", "talk-waitlist": "other"}
# Ours: the placeholders' values and the sender.
SEAGL_VALUES = {
    "{name}": FIRST,
    "NAME": FIRST,
    "{eventtitle}": '"Packaging Rust for Debian without tears"',
    "TALK_TITLE": '"Packaging Rust for Debian without tears"',
    "{conference}": "SeaGL 2025",
    "{proposalslink}": "https://osem.seagl.org/conferences/seagl2025/program/proposals",
    "{conference_splash_link}": "https://osem.seagl.org/conferences/seagl2025",
    "DATE": "September 5",
    "MONTH": "November",
    "20XX": "2025",
}
SEAGL_SENDER = ("SeaGL Program Committee", "program@seagl.org")


def seagl(snap: Snapshot) -> Iterator[Spec]:
    """Each mail's ``**SUBJECT:**`` and ``**BODY:**``, the licence section dropped, its
    placeholders filled; plain text, in turn wrapped."""
    unit = "seagl/en"
    for n, (name, category) in enumerate(SEAGL_MAILS.items()):
        path = f"programming_flow/emails/{name}.md"
        md = snap.read(SEAGL, SEAGL_COMMIT, path)
        m = re.search(r"\*\*SUBJECT:\*\* (.*?)\n+\*\*BODY:\*\*\n(.*?)\n## Licensing", md, re.S)
        if m is None:
            raise ValueError(f"{name}: no subject or body")
        subject, body = m.group(1), m.group(2).strip()
        for mark, value in SEAGL_VALUES.items():
            subject, body = subject.replace(mark, value), body.replace(mark, value)
        if re.search(r"\{\w+\}|\b(?:DATE|MONTH|NAME|TALK_TITLE|20XX)\b", subject + body):
            raise ValueError(f"{name}: unfilled placeholder")
        yield _spec(
            unit,
            blob_url(SEAGL, SEAGL_COMMIT, path),
            category,
            subject=subject,
            text=body,
            company="n/a",
            role="n/a",
            sender=SEAGL_SENDER,
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


COMS = "TrixDiaz/Concourse-Space-Rental-Filament"
COMS_COMMIT = "26ba150a720beea5ba4bb6edcb66f863db1ce38d"
# Mailable: (category, variants).
COMS_MAILS = {
    "ApplicationRejectMail": ("not_a_job", 2),
    "RequirementsRejectMail": ("not_a_job", 1),
    "ApplicationRejectedMail": ("not_a_job", 1),
    "ApplicationApproveMail": ("other", 1),
}
# Ours: the sender's address (the name is .env.example's APP_NAME), spaces and concourses.
COMS_SENDER = ("COMS", "no-reply@coms-concourse.ph")
COMS_SPACES = (
    ("Stall B-14", "Balibago Public Market Concourse", "MacArthur Highway, Angeles City"),
    ("Kiosk 7", "Dau Terminal Concourse", "Mabalacat City, Pampanga"),
)


def _content_view(mailable: str) -> str:
    """The ``view: '...'`` of a Mailable's ``Content``."""
    m = re.search(r"view:\s*'([\w.-]+)'", mailable)
    if m is None:
        raise ValueError("no content view")
    return m.group(1)


def coms(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's view filled with a space, subject from its ``Envelope``; HTML only."""
    unit = "coms/en"
    n = 0
    for mailable, (category, variants) in COMS_MAILS.items():
        code = snap.read(COMS, COMS_COMMIT, f"app/Mail/{mailable}.php")
        path = f"resources/views/{_content_view(code).replace('.', '/')}.blade.php"
        source = snap.read(COMS, COMS_COMMIT, path)
        for _ in range(variants):
            space, concourse, address = COMS_SPACES[n % len(COMS_SPACES)]
            values = {
                "$spaceName": space,
                "$concourseName": concourse,
                "$concourseAddress": address,
                "$application->owner_name": OWNER[0],
                "$application->space->name": space,
                "$application->concourse->name": concourse,
                "$application->concourse->address": address,
            }
            html = _fill_blade(source, values)
            yield _spec(
                unit,
                blob_url(COMS, COMS_COMMIT, path),
                category,
                subject=_envelope_subject(code),
                text=_text_part(html),
                html=html,
                company="n/a",
                role="n/a",
                fmt="html_only",
                sender=COMS_SENDER,
                noreply=True,
            )
            n += 1


DSCUBED = "michelleyutraya26/industry-outreach-process"
DSCUBED_COMMIT = "1dbc8d343a4e3c7e6c7a38616a14a3f1f7980dd3"
# script: category. Joining the society's committee is no job.
DSCUBED_MAILS = {
    "send_rejection.py": "not_a_job",
    "send_acceptance.py": "other",
    "send_final_acceptance.py": "other",
}
DSCUBED_SENDER = ("DsCubed Recruitment Team", "recruitment@dscubed.org.au")


def dscubed(snap: Snapshot) -> Iterator[Spec]:
    """Each script's ``subject`` and ``body`` f-strings, ``{first_name}`` filled (the form
    link left as the script's placeholder); HTML only, as ``MIMEText(body, "html")`` sends."""
    unit = "dscubed/en"
    for script, category in DSCUBED_MAILS.items():
        source = snap.read(DSCUBED, DSCUBED_COMMIT, script)
        subject = re.search(r'subject = f?"(.*?)"\n', source)
        body = re.search(r'body = f"""(.*?)"""', source, flags=re.S)
        if not subject or not body:
            raise ValueError(f"{script}: no subject or body")
        html = _fill_fstring(body.group(1), {"first_name": FIRST})
        yield _spec(
            unit,
            blob_url(DSCUBED, DSCUBED_COMMIT, script),
            category,
            subject=subject.group(1),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=DSCUBED_SENDER,
            noreply=False,
            fmt="html_only",
        )


AKADEMIK = "saadabdurrazaq/larationship"
AKADEMIK_COMMIT = "4ff84aec348852494101f5d16ebac2caaa4f08f2"
# Notification: (category, variants), in the order the controller sends them.
AKADEMIK_MAILS = {
    "MailForApplicant": ("other", 1),
    "RejectedApplicant": ("not_a_job", 2),
    "ApprovedApplicant": ("other", 1),
    "ApplicantOnHold": ("other", 1),
}
# Ours: the sender's address (the code's is a developer's Gmail), under the code's "Admin".
AKADEMIK_SENDER = ("Admin", "admin@akademik.sch.id")
AKADEMIK_APP = ("Laravel", "http://localhost")


def _notification_mail(method: str) -> tuple[str, list[str]]:
    """(subject, paragraphs) of a ``toMail`` that builds ``->subject('...')`` and one
    ``->line('...')`` or ``->line(new HtmlString('...'))``: the string's ``<br><br>`` breaks as
    paragraph breaks, each paragraph's whitespace folded."""
    subject = re.search(r"->subject\('((?:[^'\\]|\\.)*)'\)", method)
    line = re.search(r"->line\(\s*(?:new HtmlString\()?'((?:[^'\\]|\\.)*)'", method)
    if not subject or not line:
        raise ValueError("no subject or line")
    text = re.sub(r"\\(['\\])", r"\1", line.group(1))
    return subject.group(1), [" ".join(p.split()) for p in re.split(r"<br>\s*<br>", text)]


def akademik(snap: Snapshot) -> Iterator[Spec]:
    """Each notification's ``toMail`` in Laravel's default notification layout ("Hello!", the
    lines, "Regards," and the app's name); HTML with the text part."""
    unit = "akademik/en"
    app, url = AKADEMIK_APP
    n = 0
    for name, (category, variants) in AKADEMIK_MAILS.items():
        path = f"app/Notifications/{name}.php"
        subject, paragraphs = _notification_mail(
            _php_method(snap.read(AKADEMIK, AKADEMIK_COMMIT, path), "toMail")
        )
        calls = [("greeting", ["Hello!"])] + [("line", [p]) for p in paragraphs]
        html = f"<html><body>{_laravel_notification_html(calls, app, url)}</body></html>"
        for _ in range(variants):
            yield _spec(
                unit,
                blob_url(AKADEMIK, AKADEMIK_COMMIT, path),
                category,
                subject=subject,
                sender=AKADEMIK_SENDER,
                noreply=False,
                text=_text_part(html),
                html=html,
                company="n/a",
                role="n/a",
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


SMF = "bodluc/eremes"
SMF_COMMIT = "c0e20a85d4048e7ddf7017339177e9136c74bbc3"
SMF_LANG = "forum/Themes/default/languages"
# template: (category, variants), as ManageMembers.php and Groups.php send them.
SMF_MAILS = {
    "admin_approve_reject": ("not_a_job", 2),
    "mc_group_reject": ("not_a_job", 1),
    "mc_group_reject_reason": ("not_a_job", 1),
    "mc_group_approve": ("other", 1),
    "resend_pending_message": ("other", 1),
}
# Ours: the forum, its sender, the member's names, the group and the moderator's reason.
SMF_FORUM = "Autohifi Forum Nederland"
SMF_SENDER = (SMF_FORUM, "noreply@autohififorum.nl")
SMF_USERNAMES = ("robinb", "robin.berger")
SMF_VALUES = {
    "REALNAME": OWNER[0],
    "GROUPNAME": "Installateurs",
    "REASON": "Deze groep is alleen voor leden met een eigen installatiebedrijf.",
    "FORUMNAME": SMF_FORUM,
}


def _smf_template(source: str, key: str) -> tuple[str, str]:
    """(subject, body) of ``'key' => array('subject' => '...', 'body' => '...')`` in SMF 2.0's
    ``$txt['emails']`` (CRLF read, ``\\'`` read)."""
    source = source.replace("\r\n", "\n")
    m = re.search(
        rf"'{key}' => array\(.*?'subject' => '((?:[^'\\]|\\.)*)',\s*'body' => '((?:[^'\\]|\\.)*)'",
        source,
        flags=re.S,
    )
    if m is None:
        raise ValueError(f"no template {key}")
    return tuple(re.sub(r"\\(['\\])", r"\1", g) for g in m.groups())  # type: ignore[return-value]


def _smf_regards(index: str, forum: str) -> str:
    """``$txt['regards_team']``: its literals around ``$context['forum_name']``."""
    m = re.search(
        r"\$txt\['regards_team'\] = '([^']*)' \. \"\\n\\n\" \. '([^']*)' \. "
        r"\$context\['forum_name'\] \. '([^']*)';",
        index,
    )
    if m is None:
        raise ValueError("no regards_team")
    return f"{m.group(1)}\n\n{m.group(2)}{forum}{m.group(3)}"


def smf(snap: Snapshot) -> Iterator[Spec]:
    """Each template with ``{NAME}`` replaced as ``loadEmailTemplate``'s ``str_replace`` does
    (an unknown name raises); plain text, in turn wrapped."""
    unit = "smf/nl"
    path = f"{SMF_LANG}/EmailTemplates.dutch-utf8.php"
    source = snap.read(SMF, SMF_COMMIT, path)
    regards = _smf_regards(
        snap.read(SMF, SMF_COMMIT, f"{SMF_LANG}/index.dutch-utf8.php"), SMF_FORUM
    )
    n = 0
    for key, (category, variants) in SMF_MAILS.items():
        for _ in range(variants):
            values = SMF_VALUES | {"REGARDS": regards, "USERNAME": SMF_USERNAMES[n % 2]}
            subject, body = (
                re.sub(r"\{(\w+)\}", lambda m, v=values: v[m.group(1)], part)
                for part in _smf_template(source, key)
            )
            yield _spec(
                unit,
                blob_url(SMF, SMF_COMMIT, path),
                category,
                subject=subject,
                text=body,
                company="n/a",
                role="n/a",
                sender=SMF_SENDER,
                noreply=True,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


HAARLEM = "ColdTrick/haarlem_tangram"
HAARLEM_COMMIT = "9f781c62b5036bd981f2dc83362d564784f6804c"
HAARLEM_PATH = "languages/nl.php"
HAARLEM_KEY = "haarlem_tangram:notify:new_vacancy"
# Ours: the intranet's address and sender, the vacancies (number, title).
HAARLEM_SITE = "https://intranet.haarlem.nl/"
HAARLEM_SENDER = ("Intranet Gemeente Haarlem", "noreply@haarlem.nl")
HAARLEM_VACANCIES = (
    (("24-031", "Beleidsadviseur Wonen"),),
    (
        ("24-044", "Medewerker Burgerzaken"),
        ("24-045", "Projectleider Openbare Ruimte"),
        ("24-047", "Juridisch adviseur Omgevingswet"),
    ),
)


def _php_sq(source: str, key: str) -> str:
    """The single-quoted text of ``'key' => '...'`` in a PHP array (``\\'`` read)."""
    m = re.search(rf"'{re.escape(key)}'\s*=>\s*'((?:[^'\\]|\\.)*)'", source)
    if m is None:
        raise ValueError(f"no {key}")
    return re.sub(r"\\(['\\])", r"\1", m.group(1))


def haarlem(snap: Snapshot) -> Iterator[Spec]:
    """The new-vacancy alert, ``%s`` filled with the member's name, the vacancy lines and the
    vacancy bank's address; plain text as Elgg's ``notify_user`` mails it."""
    unit = "haarlem/nl"
    source = snap.read(HAARLEM, HAARLEM_COMMIT, HAARLEM_PATH)
    subject = _php_sq(source, f"{HAARLEM_KEY}:subject")
    body = _php_sq(source, f"{HAARLEM_KEY}:body")
    if body.count("%s") != 3:
        raise ValueError("unexpected alert body")
    for n, vacancies in enumerate(HAARLEM_VACANCIES):
        lines = "".join(
            f"- {title} ({HAARLEM_SITE}vacaturebank/view/{number})\n" for number, title in vacancies
        )
        text = body.replace("%s", OWNER[0], 1).replace("%s", lines, 1)
        text = text.replace("%s", f"{HAARLEM_SITE}vacaturebank", 1)
        yield Spec(
            unit=unit,
            url=blob_url(HAARLEM, HAARLEM_COMMIT, HAARLEM_PATH),
            lang="nl",
            category="job_alert",
            rejection=False,
            subject=subject,
            text=text,
            company="n/a",
            role="n/a",
            sender=HAARLEM_SENDER,
            noreply=True,
            fmt=("plain", "html")[n],
        )
