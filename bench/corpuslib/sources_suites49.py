"""Recipes for session 37's sources49 (issue 11): English mail from an Indonesian logistics
firm's e-recruitment system, an Indian seed company's recruitment portal, a Django HR
dashboard, an outsourcing firm's hiring site and a Philippine manpower agency (refusals);
look-alikes from a school's admission system, a grocery platform's seller registration, a
Philippine finance office's leave form and a Utah school district's internship programme.

Puninar (rmwebdev/e-recruit-cms, the e-recruitment CMS of Puninar Logistics, Indonesia;
Laravel Markdown mail from ``no-reply@puninar.com``): the "Recruitment Announcement" a
candidate gets when the selection fails ("we have identified a candidate who is more closely
suited ... we will not be proceeding further with your application as POSITION", the role in
capitals as ``strtoupper`` writes it, then a warning about recruitment fraud), and the account
activation. Left out: the Indonesian notices to the requesting manager (``SendEmailProcess``,
``SendEmailApproved``, ``SendConfirmationAttending``: no unit language for them) and the
interview call (its body is the recruiter's free text ``$msg``).

VNR (sandy15d/vnr_recruitment, VNR Seeds' recruitment portal, India; Laravel Markdown mail
from "VNR Recruitment" <recruitment@vnrseeds.com>): the receipt with its reference number
(``JobController``) and the regret mail (``TrackerController`` sends it after screening,
after the interview and after the second round, always the same words: "we are not able to
offer you a position that would optimally match your knowledge and experience"). Left out:
the interview call and the offer (their ``mail::buttons`` component is the app's own).

HireXtract (VarshiniThota/HireXtract_, a Django HR dashboard that ranks applicants with AI):
``bulk_invite`` sends the selected candidates the shortlist mail and every other one the
refusal ("we will not be moving forward at this time"); plain text by ``send_mail``.

Innolab (APC-SoCIT/APC-2024-2025-T1-05-Admission-Management-System, InnolabAMS, a school's
admission system; Laravel): a refused admission sends two mails at once, the
``ApplicationRejected`` notification ("your application has been rejected", the reason) and
the ``RejectionEmail`` view ("your application has not been accepted"); an accepted one the
``AcceptanceEmail`` view. A school place, no job: ``not_a_job`` and ``other``. The
notification's two ``salutation`` calls: the last one is what Laravel prints.

Food (alami2010/food, a grocery ordering platform's API; Laravel views): a store's
registration as a seller refused ("we won't be able to invite you to the next phase of our
selection process ... if you find an open role at our company"), accepted, and received.
No code of the snapshot sends these three views: subjects and sender are ours. A business
registration, no job: ``not_a_job`` and ``other``.

Leave form (Elebeeeeen/PRJCTLRVL ``Leave_Form``, a leave-application tool of a Philippine
Department of Finance office; Laravel views): the director's disapproval ("we are unable
to accept your form/application for ... we have chosen candidates whose qualifications and
experiences more closely align with our requirements": a job refusal's words about an
employee's leave) and the approval, subject and sender as ``emailDirector`` sets them (the
director's address is ours), at the tip of the branch ``Cleaning_leave_system`` (main's
refusal is a two-line "has been Rejected."). ``not_a_job`` and ``other``. Left out: the
same mails from the division chief (``DC``), the same words under another sender name.

CTE (chadschmalz/cte-partners, the Washington County School District's CTE internship
programme, Utah; Laravel Markdown mail from ``washk12internships@washk12.org``): the letters
``ApplicationMail`` sends a student: deferred (online and in-person workshops: "we couldn't
assign your first semester of choice"), the prerequisite course required, and accepted (lane
1, online workshops). A school programme's placement, no refusal of a job: ``other``.

GH (gadyamedia/ghpay, GH Business Outsourcing Inc.'s payroll and hiring site; Laravel
Markdown mail): the refusal "Thank you for Applying" ("the time and effort you invested in
your application and interview process ... we have decided to proceed with another
candidate": stage ``interview``) and the status mail's branches, reviewed, typing test sent,
interview, selected. No code of the snapshot sends them; ``REJECTION_EMAIL.md`` gives the
status logic (a refusal gets ``ApplicationRejected``, every other status
``ApplicationStatusUpdated``), so the status mail's own "rejected" and "hired" branches are
left out (the first never sent, the second a welcome without an offer's words).

ABIC (Justin-DeCastro/Second_Manpower, ABIC Manpower Service Corp's hiring site,
Philippines; Laravel views): the receipt on applying, and the mails ``changeStatus`` sends:
interview scheduled, no-show (asks whether the applicant still wants to be considered:
``other``), not qualified ("you are not qualified for the position of P") and failed ("you
have failed to meet the requirements for the position of P"), both refusals with nothing said
of an interview (stage ``application``). Views without ``->subject`` go out under Laravel's
default, the class name as words ("Application In Process", "Interview Assigned"). Left out:
the pooling mail (its send is commented out) and the mails to the agency."""

from __future__ import annotations

import base64
import html as html_lib
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, spec
from .snapshot import Snapshot, blob_url
from .sources_suites14 import _fill_blade
from .sources_suites15b import _py_fstring, _py_function
from .sources_suites25 import (
    LARAVEL_REGARDS,
    _laravel_notification_html,
    _mail_message,
    _php_method,
)
from .sources_suites30 import _x_mail_html
from .sources_suites35 import _blade_branches, _text_part
from .sources_suites39 import _laravel_markdown_mail
from .sources_suites45 import _build_mail, _component_mail, _markdown_html
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()


def _no_blade_comments(source: str) -> str:
    return re.sub(r"(?s)\{\{--.*?--\}\}", "", source)


PUNINAR = "rmwebdev/e-recruit-cms"
PUNINAR_COMMIT = "d86719b86bfe04c972a996df41b605c47ebb48d6"
PUNINAR_NAME = "Puninar Logistics"
# Mailable: (category, variants).
PUNINAR_MAILS = {
    "SendEmailFailedProcess": ("rejection", 2),
    "SendRegistrationEmail": ("other", 1),
}
# Ours: the app's name and address (``.env`` is not in the repository), the positions.
PUNINAR_APP = ("E-Recruitment Puninar", "https://recruitment.puninar.com")
PUNINAR_POSITIONS = ("Warehouse Supervisor", "Fleet Maintenance Planner")
PUNINAR_ACTIVATION = (
    "url('activatedAccount?result='.$password.'&id='.base64_encode($candidate_id).'')"
)


def puninar(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's Markdown view, subject and sender from its ``build()``, filled as its
    ``with()`` gives it; HTML, in turn with and without its text part."""
    unit = "puninar/en"
    app, url = PUNINAR_APP
    n = 0
    for mailable, (category, variants) in PUNINAR_MAILS.items():
        subject, sender, view = _build_mail(
            snap.read(PUNINAR, PUNINAR_COMMIT, f"app/Mail/{mailable}.php")
        )
        if sender is None:
            raise ValueError(f"{mailable}: no sender")
        path = f"resources/views/{view.replace('.', '/')}.blade.php"
        source = _no_blade_comments(snap.read(PUNINAR, PUNINAR_COMMIT, path))
        for _ in range(variants):
            position = PUNINAR_POSITIONS[n % len(PUNINAR_POSITIONS)]
            encoded = base64.b64encode(str(2301 + n).encode()).decode()
            password = "b7e1c04d9a"
            values = {
                "$name_holder": OWNER[0],
                "strtoupper($position_name)": position.upper(),
                "$candidate": OWNER[0],
                PUNINAR_ACTIVATION: f"{url}/activatedAccount?result={password}&id={encoded}",
            }
            html = _markdown_html(source, values, app, url)
            yield spec(
                unit,
                blob_url(PUNINAR, PUNINAR_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company=PUNINAR_NAME,
                role=position,
                labels_on_rejection=True,
                sender=("", sender),
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


VNR = "sandy15d/vnr_recruitment"
VNR_COMMIT = "fe3b9198203b03b4abcbf9e5e662808792fbd061"
VNR_NAME = "VNR"  # as the mail names it
# (Mailable, view, controller that fills its details, category, variants).
VNR_MAILS = (
    (
        "AppSuccessMaill",
        "AppSuccessMail",
        "app/Http/Controllers/JobController.php",
        "acknowledgement",
        1,
    ),
    (
        "RegretMail",
        "RegretMail",
        "app/Http/Controllers/Common/TrackerController.php",
        "rejection",
        1,
    ),
)
# Ours: the app's name and address, the reference numbers.
VNR_APP = ("VNR Recruitment", "https://recruitment.vnrseeds.co.in")


def _vnr_subject(controller: str, mailable: str) -> str:
    """The ``"subject" => '...'`` of the details array built before ``new Mailable(``."""
    at = controller.find(f"new {mailable}(")
    if at < 0:
        raise ValueError(f"{mailable} is not sent")
    subjects = re.findall(r"\"subject\" => '([^']*)'", controller[max(0, at - 600) : at])
    if not subjects:
        raise ValueError(f"no subject for {mailable}")
    return subjects[-1]


def _vnr_sender(mailable: str) -> tuple[str, str]:
    m = re.search(r'->from\("([^"]+)", "([^"]+)"\)', mailable)
    if m is None:
        raise ValueError("no sender")
    return m.group(2), m.group(1)


def vnr(snap: Snapshot) -> Iterator[Spec]:
    """The receipt and the regret mail, Markdown views filled with ``$details``, subject from
    the controller; HTML, in turn with and without its text part."""
    unit = "vnr/en"
    app, url = VNR_APP
    # The controllers join first, middle and last name with spaces: no middle name, two.
    full = f"{FIRST}  {LAST}"
    n = 0
    for mailable, view, controller, category, variants in VNR_MAILS:
        sender = _vnr_sender(snap.read(VNR, VNR_COMMIT, f"app/Mail/{mailable}.php"))
        subject = _vnr_subject(snap.read(VNR, VNR_COMMIT, controller), mailable)
        path = f"resources/views/emails/{view}.blade.php"
        source = snap.read(VNR, VNR_COMMIT, path)
        for _ in range(variants):
            values = {
                "$details['Candidate']": OWNER[0],
                "$details['ReferenceNo']": f"VNR{24110 + 7 * n}",
                "$details['name']": full,
            }
            html = _markdown_html(source, values, app, url)
            yield spec(
                unit,
                blob_url(VNR, VNR_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company=VNR_NAME,
                role="n/a",
                labels_on_rejection=True,
                sender=sender,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


HIREXTRACT = "VarshiniThota/HireXtract_"
HIREXTRACT_COMMIT = "1aea3a63d95369666a160b650183a0a3671ecf2b"
HIREXTRACT_PATH = "hr_dashboard/utils.py"
# function: (category, variants).
HIREXTRACT_MAILS = {
    "send_shortlist_email": ("moving_forward", 1),
    "send_rejection_email": ("rejection", 2),
}
# Ours: the sender (``EMAIL_HOST_USER`` is a developer's own address).
HIREXTRACT_SENDER = ("", "hr.hirextract@gmail.com")


def hirextract(snap: Snapshot) -> Iterator[Spec]:
    """Each function's ``subject`` and ``message`` f-strings filled, plain text as
    ``send_mail`` sends it."""
    unit = "hirextract/en"
    source = snap.read(HIREXTRACT, HIREXTRACT_COMMIT, HIREXTRACT_PATH)
    n = 0
    for function, (category, variants) in HIREXTRACT_MAILS.items():
        body = _py_fstring(source, "message", function)
        subject_m = re.search(r'subject = f"([^"]*)"', _py_function(source, function))
        if subject_m is None:
            raise ValueError(f"no subject in {function}")
        for _ in range(variants):
            role = fill_for(unit, function, "en", n).role
            values = {"candidate_name": OWNER[0], "job_title": role}
            yield spec(
                unit,
                blob_url(HIREXTRACT, HIREXTRACT_COMMIT, HIREXTRACT_PATH),
                category,
                subject=fill_exact(subject_m.group(1), r"\{([^{}]+)\}", values),
                text=fill_exact(body, r"\{([^{}]+)\}", values),
                company="HireXtract",
                role=role,
                labels_on_rejection=True,
                sender=HIREXTRACT_SENDER,
                noreply=False,
            )
            n += 1


INNOLAB = "APC-SoCIT/APC-2024-2025-T1-05-Admission-Management-System"
INNOLAB_COMMIT = "b4fa4d820e120207bc8b3f1a0917c1bb35631429"
INNOLAB_DIR = "InnolabAMS"
# Ours: the app's name and address, the sender (``MAIL_FROM_ADDRESS``), the reasons.
INNOLAB_APP = ("InnolabAMS", "https://ams.innolab.edu.ph")
INNOLAB_SENDER = ("InnolabAMS", "admissions@innolab.edu.ph")
INNOLAB_REASON = "Incomplete requirements: Form 138 (report card) was not submitted."
INNOLAB_WELCOME = "Your enrollment schedule will be sent to you within the week."


def _innolab_view(snap: Snapshot, mailable: str) -> tuple[str, str, str]:
    """(subject, view path, view source) of a Mailable's ``build()`` with ``->view(...)``."""
    code = snap.read(INNOLAB, INNOLAB_COMMIT, f"{INNOLAB_DIR}/app/Mail/{mailable}.php")
    subject = re.search(r"->subject\('([^']*)'\)", code)
    view = re.search(r"->view\('([\w.]+)'\)", code)
    if subject is None or view is None:
        raise ValueError(f"{mailable}: no subject or view")
    path = f"{INNOLAB_DIR}/resources/views/{view.group(1).replace('.', '/')}.blade.php"
    return subject.group(1), path, snap.read(INNOLAB, INNOLAB_COMMIT, path)


def innolab(snap: Snapshot) -> Iterator[Spec]:
    """The refusal's notification (Laravel's default layout, its last salutation in place of
    "Regards,"), the refusal's and the acceptance's views; HTML with the text part."""
    unit = "innolab/en"
    app, url = INNOLAB_APP
    names = {
        "$applicant->applicant_given_name": FIRST,
        "$applicant->applicant_middle_name": "",
        "$applicant->applicant_surname": LAST,
        "$applicant->applicant_extension": "",
        "$applicant->rejection_reason": INNOLAB_REASON,
    }
    path = f"{INNOLAB_DIR}/app/Notifications/ApplicationRejected.php"
    method = _php_method(snap.read(INNOLAB, INNOLAB_COMMIT, path), "toMail")
    salutations = re.findall(r"->salutation\('([^']*)'\)", method)
    if not salutations:
        raise ValueError("no salutation")
    calls = _mail_message(
        re.sub(r"\n\s*->salutation\('[^']*'\)", "", method),
        {
            "$this->applicant->full_name": OWNER[0],
            "$this->applicant->rejection_reason": INNOLAB_REASON,
        },
        {},
    )
    html = _laravel_notification_html(calls, app, url).replace(
        f"<p>{html_lib.escape(LARAVEL_REGARDS)}<br>{html_lib.escape(app)}</p>",
        f"<p>{html_lib.escape(salutations[-1])}</p>",
    )
    html = f"<html><body>{html}</body></html>"
    subject = next(args[0] for name, args in calls if name == "subject")
    yield spec(
        unit,
        blob_url(INNOLAB, INNOLAB_COMMIT, path),
        "not_a_job",
        subject=subject,
        text=_text_part(html),
        html=html,
        company="n/a",
        role="n/a",
        sender=INNOLAB_SENDER,
        noreply=False,
        fmt="html",
    )
    for mailable, category in (("RejectionEmail", "not_a_job"), ("AcceptanceEmail", "other")):
        subject, view_path, source = _innolab_view(snap, mailable)
        page = re.sub(r"[ \t]+", " ", _fill_blade(source, names))
        yield spec(
            unit,
            blob_url(INNOLAB, INNOLAB_COMMIT, view_path),
            category,
            subject=subject,
            text=_text_part(page),
            html=page,
            company="n/a",
            role="n/a",
            sender=INNOLAB_SENDER,
            noreply=False,
            fmt="html",
        )


FOOD = "alami2010/food"
FOOD_COMMIT = "13123b9ffbbcb070b43ed8100f9f1e9e084e272b"
FOOD_VIEWS = "api/resources/views/mails"
# view: (category, our subject). No code sends them: the subjects are ours.
FOOD_MAILS = {
    "reject": ("not_a_job", "Your store registration request"),
    "accepted": ("other", "Your store registration is approved"),
    "request": ("other", "We received your store registration"),
}
# Ours: the platform's name (``$app_name`` comes from its settings), the sender, the note.
FOOD_APP = "FreshCart"
FOOD_SENDER = ("FreshCart", "partners@freshcart.app")
FOOD_NOTE = "The delivery area you entered is not yet served by our drivers."


def food(snap: Snapshot) -> Iterator[Spec]:
    """Each view filled; HTML only, as ``Mail::send`` with a view sends it."""
    unit = "food/en"
    for view, (category, subject) in FOOD_MAILS.items():
        path = f"{FOOD_VIEWS}/{view}.blade.php"
        html = _fill_blade(
            snap.read(FOOD, FOOD_COMMIT, path),
            {"$app_name": FOOD_APP, "$message_info": FOOD_NOTE},
        )
        yield spec(
            unit,
            blob_url(FOOD, FOOD_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=FOOD_SENDER,
            noreply=False,
            fmt="html_only",
        )


LEAVE = "Elebeeeeen/PRJCTLRVL"
# The tip of its branch ``Cleaning_leave_system``: its refusal view is the long one (main's
# says "has been Rejected." and the reason).
LEAVE_COMMIT = "dfbfc456c303ae7224dc576d19aa654f4a7624cc"
LEAVE_CONTROLLER = "Leave_Form/app/Http/Controllers/leaveFormController.php"
# view: (category, variants).
LEAVE_MAILS = {"reject": ("not_a_job", 2), "verified": ("other", 1)}
# Ours: the director (``Auth::user()``), the reasons (``$request->reason``).
LEAVE_OFFICER = ("Ma. Teresa", "L", "Villanueva", "Regional Director", "mt.villanueva@dof.gov.ph")
LEAVE_REASONS = ("insufficient leave credits", "the year-end closing of accounts")


def _leave_mails(controller: str) -> dict[str, tuple[str, str]]:
    """(subject, sender name) given after ``Mail::send('mail.VIEW'`` in ``emailDirector``."""
    method = _php_method(controller, "emailDirector")
    found = {
        view: (subject, name)
        for view, subject, name in re.findall(
            r"Mail::send\('mail\.(\w+)'.*?->subject\('([^']*)'\);"
            r"\s*\$message->from\(Auth::user\(\)->email, '([^']*)'\)",
            method,
            flags=re.S,
        )
    }
    if set(found) != set(LEAVE_MAILS):
        raise ValueError("emailDirector does not send both views")
    return found


def leave(snap: Snapshot) -> Iterator[Spec]:
    """The director's disapproval (twice) and approval, filled as ``emailDirector`` gives the
    data; HTML only."""
    unit = "leave/en"
    mails = _leave_mails(snap.read(LEAVE, LEAVE_COMMIT, LEAVE_CONTROLLER))
    first, mi, last, position, address = LEAVE_OFFICER
    n = 0
    for view, (category, variants) in LEAVE_MAILS.items():
        path = f"Leave_Form/resources/views/mail/{view}.blade.php"
        source = snap.read(LEAVE, LEAVE_COMMIT, path)
        subject, name = mails[view]
        for _ in range(variants):
            values = {
                "$employee['first_name']": FIRST,
                "$employee['last_name']": LAST,
                "$reason": LEAVE_REASONS[n % len(LEAVE_REASONS)],
                "$firstname": first,
                "$mi": mi,
                "$lastname": last,
                "$position": position,
            }
            html = _fill_blade(source, values)
            yield spec(
                unit,
                blob_url(LEAVE, LEAVE_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company="n/a",
                role="n/a",
                sender=(name, address),
                noreply=False,
                fmt="html_only",
            )
            n += 1


CTE = "chadschmalz/cte-partners"
CTE_COMMIT = "329137527ad5050267b560e1f3d4cb4c8f9b742a"
CTE_VIEWS = ("deferonlinews", "deferinperson", "prereqrequired", "l1onlinews")
# Ours: the app's name and address (``.env`` is not in the repository).
CTE_APP = ("Washk12 Internships", "https://www.washk12internships.org")


def cte(snap: Snapshot) -> Iterator[Spec]:
    """``ApplicationMail``'s letters (the view is the one the coordinator picks), subject and
    sender from its ``build()``; HTML, in turn with and without its text part."""
    unit = "cte/en"
    app, url = CTE_APP
    code = snap.read(CTE, CTE_COMMIT, "app/Mail/ApplicationMail.php")
    m = re.search(r"->from\('([^']+)'\)->subject\('([^']*)'\)->markdown\(\$this->markdown\)", code)
    if m is None:
        raise ValueError("ApplicationMail: no sender, subject or view")
    sender, subject = m.group(1), m.group(2)
    for n, view in enumerate(CTE_VIEWS):
        path = f"resources/views/emails/{view}.blade.php"
        values = {'$student->fname." ".$student->lname': OWNER[0]}
        html = _markdown_html(snap.read(CTE, CTE_COMMIT, path), values, app, url)
        yield spec(
            unit,
            blob_url(CTE, CTE_COMMIT, path),
            "other",
            subject=subject,
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=("", sender),
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


GHPAY = "gadyamedia/ghpay"
GHPAY_COMMIT = "78ce181c5b89070a09054e06755e4b5cce32bc14"
GHPAY_REJECTED = "resources/views/emails/application-rejected.blade.php"
GHPAY_STATUS = "resources/views/emails/application-status-updated.blade.php"
# The status mail's branches sent (a refusal gets ApplicationRejected instead, as
# REJECTION_EMAIL.md's status logic has it): (status, category).
GHPAY_STATUSES = (
    ("reviewed", "other"),
    ("typing_test_sent", "assessment"),
    ("interview", "interview_invitation"),
    ("offer", "offer"),
)
GHPAY_ROLES = ("Customer Service Representative", "Bookkeeping Assistant")
# Ours: the app's name and address, the sender (``MAIL_FROM_*`` are environment values).
GHPAY_APP = ("GH Business Outsourcing", "https://careers.ghbusinessoutsourcing.com")
GHPAY_SENDER = ("GH Business Outsourcing", "careers@ghbusinessoutsourcing.com")
GHPAY_NAME = "GH Business Outsourcing Inc."
GHPAY_CALENDAR = "'https://calendar.app.google/urN5VgmgPg3GZiTk9'"
GHPAY_NOTES = "$application->admin_notes && in_array($application->status, ['interview', 'offer'])"


def _ghpay_subject(mailable: str, role: str) -> str:
    """The Envelope's subject: a literal, or a literal joined to the position's title."""
    m = re.search(r"subject:\s*'([^']*)'(\.\$this->application->position->title)?,", mailable)
    if m is None:
        raise ValueError("no envelope subject")
    return m.group(1) + (role if m.group(2) else "")


def ghpay(snap: Snapshot) -> Iterator[Spec]:
    """The refusal (twice, a role each) and the status mail's branches, Markdown views in
    Laravel's default layout; HTML, in turn with and without its text part."""
    unit = "ghpay/en"
    app, url = GHPAY_APP
    status_view = snap.read(GHPAY, GHPAY_COMMIT, GHPAY_STATUS)
    mails = [("ApplicationRejected", GHPAY_REJECTED, "rejection", None)] * 2 + [
        ("ApplicationStatusUpdated", GHPAY_STATUS, category, status)
        for status, category in GHPAY_STATUSES
    ]
    for n, (mailable, path, category, status) in enumerate(mails):
        role = GHPAY_ROLES[n % len(GHPAY_ROLES)]
        values = {
            "$application->first_name": FIRST,
            "$application->last_name": LAST,
            "$application->position->title": role,
            "config('app.url') . '/careers'": f"{url}/careers",
            GHPAY_CALENDAR: GHPAY_CALENDAR.strip("'"),
            "config('app.name')": app,
        }
        if status is None:
            source = snap.read(GHPAY, GHPAY_COMMIT, path)
        else:
            truth = {
                f"$application->status === '{s}'": s == status
                for s in ("reviewed", "typing_test_sent", "interview", "offer", "hired", "rejected")
            }
            truth[GHPAY_NOTES] = False
            source = _component_mail(_blade_branches(status_view, truth))
        html = _laravel_markdown_mail(_x_mail_html(source, values), app, url)
        html = f"<html><body>{html}</body></html>"
        yield spec(
            unit,
            blob_url(GHPAY, GHPAY_COMMIT, path),
            category,
            # The refusal thanks for "your application and interview process".
            "interview" if category == "rejection" else None,
            subject=_ghpay_subject(
                snap.read(GHPAY, GHPAY_COMMIT, f"app/Mail/{mailable}.php"), role
            ),
            text=_text_part(html),
            html=html,
            company=GHPAY_NAME,
            role=role,
            labels_on_rejection=True,
            sender=GHPAY_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


ABIC = "Justin-DeCastro/Second_Manpower"
ABIC_COMMIT = "803a08863213f60511933279e79a980c27a77cf4"
ABIC_NAME = "ABIC Manpower Service Corp"
# (Mailable, category) in the order an applicant meets them: the receipt on applying, then
# ``changeStatus``'s mails (the "For Pooling" one is commented out there).
ABIC_MAILS = (
    ("ApplicationInProcess", "acknowledgement"),
    ("InterviewAssigned", "interview_invitation"),
    ("NoShowAssigned", "other"),
    ("NotQualifiedAssigned", "rejection"),
    ("FailedAssigned", "rejection"),
)
# Ours: the address (``MAIL_FROM_*`` are environment values; the receipt's ``from`` is a
# developer's own address, its name kept), the site, the positions and the interview date.
ABIC_ADDRESS = "recruitment@abicmanpower.com.ph"
ABIC_URL = "https://abicmanpower.com.ph"
ABIC_POSITIONS = ("Company Driver", "Sales Coordinator")
ABIC_DATE = "2024-09-12 09:30:00"


def _abic_build(mailable: str) -> tuple[str | None, str, str | None]:
    """(subject or None, view, sender name or None) of a Mailable's ``build()``."""
    view = re.search(r"->view\('([\w.]+)'\)", mailable)
    if view is None:
        raise ValueError("no view")
    subject = re.search(r"->subject\('([^']*)'\)", mailable)
    sender = re.search(r"->from\('[^']+', '([^']+)'\)", mailable)
    return (
        subject.group(1) if subject else None,
        view.group(1),
        sender.group(1) if sender else None,
    )


def abic(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's view filled as its ``with()`` gives it (a view without a subject goes
    out under Laravel's default, the class name as words); HTML only."""
    unit = "abic/en"
    for n, (mailable, category) in enumerate(ABIC_MAILS):
        subject, view, name = _abic_build(snap.read(ABIC, ABIC_COMMIT, f"app/Mail/{mailable}.php"))
        path = f"resources/views/{view.replace('.', '/')}.blade.php"
        position = ABIC_POSITIONS[n % len(ABIC_POSITIONS)]
        values = {
            "$name": OWNER[0],
            "$position": position,
            "$date": ABIC_DATE,
            "$application->date": ABIC_DATE,
        }
        for action in ("accept", "decline", "reschedule"):
            values[f"route('interview.{action}', $application->id)"] = (
                f"{ABIC_URL}/interview/{action}/{57 + n}"
            )
        html = _fill_blade(snap.read(ABIC, ABIC_COMMIT, path), values)
        yield spec(
            unit,
            blob_url(ABIC, ABIC_COMMIT, path),
            category,
            # Laravel's default subject: the class name in title case, split into words.
            subject=subject or re.sub(r"(?<!^)(?=[A-Z])", " ", mailable),
            text=_text_part(html),
            html=html,
            company=ABIC_NAME,
            role=position,
            labels_on_rejection=True,
            sender=(name or ABIC_NAME, ABIC_ADDRESS),
            noreply=False,
            fmt="html_only",
        )
