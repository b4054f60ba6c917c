"""Recipes for session 32's sources26 (issue 11): English wording from an internship platform
where a host company or the student's department declines an internship request; as
look-alikes, a government marketplace's refused seller assessments and a university's
student research grants refused.

INTERNTIC (INTERNTIC/Interntic, Laravel, 2023, MIT in ``composer.json``): an internship
platform linking students, their departments and host companies. The company's internship
supervisor or the student's department head declines a request ("has decided to decline your
internship request at this time ... for the following reason(s)"), for now or for good (then
"Our decision is final"); the company accepts it; the department head approves it first; and
the platform accepts or refuses a company's account request (a look-alike: an account refused).

The Australian Digital Marketplace (AusDTO/dto-digitalmarketplace-frontend, MIT, Crown
copyright): the text its assessors start from when a seller's case study for a category of
services is not accepted, in four wordings from 2017 to 2019, and the one asking a seller to
change a profile before it is approved: a supplier's assessment, no job.

The marketplace's API (AusDTO/dto-digitalmarketplace-api, MIT, Crown copyright): its own mail to
sellers, each a look-alike: an application to join the marketplace that "didn't meet our initial
assessment standards", a case study assessed for an opportunity and not accepted (its 2017-2019
wrapper around the assessor's words), an assessment's outcome to view, a request to join a
seller's team on the marketplace declined by its lead, an opportunity withdrawn by its buyer.

CSTEM Scholars (ganderson5/cstem-scholars-master, PHP, 2022; no licence stated): Eastern
Washington University's student research grants: the application rejected by the committee
or by the student's advisor, forwarded for review, awarded, submitted: a grant, no job.
The texts are read at build time, never committed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import blade_branches, fill_exact

FIRST, LAST = OWNER[0].split()
MUSTACHE = r"\{\{\s*(.*?)\s*\}\}"
PHP_ECHO = r"<\?=\s*(.*?)\s*\?>"


INTERNTIC = "INTERNTIC/Interntic"
INTERNTIC_COMMIT = "16e82527dff602580d2fcfc0208fe79181e2e5fd"
INTERNTIC_DIR = "resources/views"
# Where the subjects are: the services' sendEmail(data, to, view, subject) calls and the
# account controller's Mail::send(view, ...) closures.
INTERNTIC_SUBJECT_PATHS = (
    "app/Services/InternshipResponsibleService.php",
    "app/Services/DepartmentHeadService.php",
    "app/Http/Controllers/InternshipAccountsRequestsController.php",
)
# view: (category, who decided, the ``$status`` flag per variant). ``$status`` is true when the
# request is refused for good ("Our decision is final"), false when it may be edited and sent
# again; both mails tell the student the request is declined. A department head's refusal
# ends the internship request as a company's does: a rejection, the department deciding.
# The account mails go to a company's internship supervisor who asked for an account on the
# platform: refused (``not_a_job``) or validated.
INTERNTIC_MAILS: dict[str, tuple[str, str, list[bool]]] = {
    "RefusedInternshipRequest_company": ("rejection", "company", [False, True]),
    "RefusedInternshipRequest_department": ("rejection", "department", [False, True]),
    "AcceptedStudentInternshipRequest": ("offer", "company", [False]),
    "Department_head_validate_a_request": ("moving_forward", "department", [False]),
    "refusingAccount": ("not_a_job", "platform", [False]),
    "validationAccount": ("other", "platform", [False]),
}
# Ours: the sender (the code keeps Laravel's example default), the departments, the company's
# town, the refusal reasons (the platform's cause tables are data), the internship's theme.
INTERNTIC_SENDER = ("INTERNTIC", "no-reply@interntic.com")
INTERNTIC_DEPARTMENTS = ["Department of Computer Science", "Department of Electrical Engineering"]
INTERNTIC_CAUSES = {
    "company": [
        "the internship theme does not match our current projects",
        "our team cannot host another intern during the requested period",
    ],
    "department": [
        "the internship period overlaps with your examination session",
        "the proposed theme does not match the objectives of your degree",
    ],
}
INTERNTIC_THEME = "web application development"
INTERNTIC_TOWN = "Oran"


def _interntic_subjects(sources: list[str]) -> dict[str, str]:
    """view -> subject of ``sendEmail(..., 'view', 'Subject')`` calls and of ``Mail::send('view',
    ...)`` closures that set ``$message -> subject('Subject')``; a view sent under two subjects
    raises, none found raises."""
    found: dict[str, str] = {}
    for source in sources:
        pairs = re.findall(r"sendEmail\([^;]*?'(\w+)',\s*'([^']*)'\)\s*;", source)
        pairs += re.findall(r"(?s)Mail::send\('(\w+)'.*?->\s*subject\('([^']*)'\)", source)
        for view, subject in pairs:
            if found.setdefault(view, subject) != subject:
                raise ValueError(f"two subjects for {view}")
    if not found:
        raise ValueError("no subjects")
    return found


def _blade_body(view: str, flags: dict[str, bool]) -> str:
    """A Blade view's ``<body>`` (or the whole view when it has none), its ``@if`` blocks
    resolved by ``flags``; ``{{ }}`` echoes are left for the caller to fill."""
    m = re.search(r"(?is)<body[^>]*>(.*)</body>", view)
    body = m.group(1) if m else view
    return "\n".join(blade_branches(body.splitlines(), flags)).strip()


def interntic(snap: Snapshot) -> Iterator[Spec]:
    """The internship platform's mail: a request declined by the company or the department
    (each for now and for good), accepted by the company, approved by the department head;
    a company's account refused and validated. HTML as Laravel sends a view, in turn with a
    text part."""
    subjects = _interntic_subjects(
        [snap.read(INTERNTIC, INTERNTIC_COMMIT, p) for p in INTERNTIC_SUBJECT_PATHS]
    )
    n = 0
    for view, (category, decider, statuses) in INTERNTIC_MAILS.items():
        path = f"{INTERNTIC_DIR}/{view}.blade.php"
        source = snap.read(INTERNTIC, INTERNTIC_COMMIT, path)
        for k, status in enumerate(statuses):
            f = fill_for("interntic/en", view, "en", k)
            department = INTERNTIC_DEPARTMENTS[n % len(INTERNTIC_DEPARTMENTS)]
            req = "$internship_request"
            resp = f"{req}->internship_responsible()"
            sup_first, _, sup_last = f.person.partition(" ")
            causes = INTERNTIC_CAUSES.get(decider, [""])
            values = {
                f"{req}->student->first_name": FIRST,
                f"{req}->student->last_name": LAST,
                f"{req}->student->level_major->major->department->name": department,
                f"{req}->theme": INTERNTIC_THEME,
                f"{resp}->company->name": f.company,
                f"{resp}->company->location": INTERNTIC_TOWN,
                f"{resp}->first_name": sup_first,
                f"{resp}->last_name": sup_last,
                f"{resp}->email": f.person_addr,
                "$company_cause->cause": causes[k % len(causes)],
                "$department_cause->cause": causes[k % len(causes)],
                "$full_name": OWNER[0],
            }
            html = fill_exact(_blade_body(source, {"$status": status}), MUSTACHE, values)
            company = {"company": f.company, "department": department}.get(decider, "n/a")
            yield _html_spec(
                "interntic/en",
                blob_url(INTERNTIC, INTERNTIC_COMMIT, path),
                category,
                html,
                subject=subjects[view],
                company=company,
                role="n/a",
                labels_on_rejection=True,
                sender=INTERNTIC_SENDER,
                noreply=True,
                fmt=("html_only", "html")[n % 2],
            )
            n += 1


DTA = "AusDTO/dto-digitalmarketplace-frontend"
DTA_COMMIT = "32e48f5b7e9501b3b066d3f553dd25d2433b09ca"
DTA_REJECT_PATH = "src/bundles/ApplicationsAdmin/rejectEmailTemplate.js"
DTA_REVERT_PATH = "src/bundles/ApplicationsAdmin/revertEmailTemplate.js"
# The refusal's wordings at the commits that changed it (2017, 2018, June 2019 and, at the
# pinned commit, July 2019's), and the request for changes to a seller's profile: (path,
# commit, category). A seller's case study for a category of services not accepted is a
# supplier's assessment refused: ``not_a_job``.
DTA_MAILS: list[tuple[str, str, str]] = [
    (DTA_REJECT_PATH, "e03e977225a7b29beb57ecea5866c81a6d26f9a8", "not_a_job"),
    (DTA_REJECT_PATH, "c389309370314ab2b237e5eaf828ad1ea6ee05fe", "not_a_job"),
    (DTA_REJECT_PATH, "460c31aed2a334af43677e5c0d11ffd1bc32944b", "not_a_job"),
    (DTA_REJECT_PATH, DTA_COMMIT, "not_a_job"),
    (DTA_REVERT_PATH, DTA_COMMIT, "other"),
]
# Ours: the subject and sender (the marketplace's API sends what the assessor edits), the
# categories, the assessor's reasons and notes (typed where the text leaves "#", "XXXX" or
# "YOUR NOTES GO HERE"), the frontend's address.
DTA_SENDER = ("Digital Marketplace", "no-reply@marketplace.service.gov.au")
DTA_SUBJECT = "Digital Marketplace: outcome of your assessment"
DTA_DOMAINS = ["Content and publishing", "User research and design"]
DTA_REASON = "it does not show how the research findings changed the service you delivered"
DTA_NOTES = "Please add an ABN and a contact phone number to your business details."
DTA_FRONTEND_URL = "https://marketplace.service.gov.au"


def _js_template_string(source: str) -> str:
    """The text of ``export const templateString = (...)``: one backtick literal (``\\#`` read
    as ``#``) or double-quoted literals joined with ``+`` (``\\n`` read as a line break)."""
    m = re.search(r"(?s)templateString\s*=\s*\((.*)\)\s*;?\s*$", source)
    if m is None:
        raise ValueError("no templateString")
    body = m.group(1).strip()
    if body.startswith("`"):
        if not body.endswith("`"):
            raise ValueError("an unclosed template literal")
        return body[1:-1].replace("\\#", "#")
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', body)
    if not parts:
        raise ValueError("no string literal")
    return "".join(parts).replace("\\n", "\n").replace('\\"', '"')


def _dta_fill(text: str, domain: str) -> str:
    """The assessor's text as sent: the placeholders the template leaves for them filled
    (a line of its own ``#``, ``XXXX``, ``YOUR NOTES GO HERE``), ``{{ }}`` filled exactly."""
    text = re.sub(r"(?m)^#[ \t]*$", DTA_REASON[0].upper() + DTA_REASON[1:] + ".", text)
    text = text.replace("XXXX", DTA_REASON).replace("YOUR NOTES GO HERE", DTA_NOTES)
    return fill_exact(text, MUSTACHE, {"domain_name": domain, "frontend_url": DTA_FRONTEND_URL})


def dtamarketplace(snap: Snapshot) -> Iterator[Spec]:
    """The marketplace's assessors' mail to a seller: a case study not accepted in four
    wordings, changes asked of a profile; plain text (Markdown as typed), in turn wrapped
    (look-alikes: a supplier's assessment refused)."""
    for n, (path, commit, category) in enumerate(DTA_MAILS):
        text = _js_template_string(snap.read(DTA, commit, path))
        yield _spec(
            "dtamarketplace/en",
            blob_url(DTA, commit, path),
            category,
            subject=DTA_SUBJECT,
            text=_dta_fill(text, DTA_DOMAINS[n % len(DTA_DOMAINS)]).strip() + "\n",
            company="n/a",
            role="n/a",
            sender=DTA_SENDER,
            noreply=True,
            fmt=("plain", "wrapped")[n % 2],
        )


CSTEM = "ganderson5/cstem-scholars-master"
CSTEM_COMMIT = "1d6af627628ab221e0f9bfb29606269ccbceef90"
CSTEM_DIR = "src/templates/emails"
# Where each template is sent from (its subject) and the sender (config.sample.php).
CSTEM_SENDER_PATHS = (
    "src/public/admin/applications.php",
    "src/public/advisors/applications.php",
    "src/public/students/index.php",
)
CSTEM_CONFIG_PATH = "src/config.sample.php"
# template: (category, variants as (advisor's comment or None, project)). A student research
# grant refused is a grant's refusal: ``not_a_job``. The committee's refusal passes its reason
# as ``message`` while the view prints ``$reason``: the reason is empty as PHP renders it.
CSTEM_MAILS: dict[str, tuple[str, list[tuple[str | None, int]]]] = {
    "application_rejected": ("not_a_job", [(None, 0), (None, 1)]),
    "application_advisor_student_rejected": (
        "not_a_job",
        [("The budget needs quotes for the sensors.", 0), (None, 1)],
    ),
    "application_advisor_student_accepted": ("other", [(None, 0)]),
    "application_awarded": ("other", [(None, 1)]),
    "application_submitted_student": ("other", [(None, 0)]),
}
# Ours: the projects, the period's deadline, the award's amount and the committee's message.
CSTEM_PROJECTS = [
    "Soil moisture sensing with low-cost microcontrollers",
    "Genetic diversity of Palouse prairie grasses",
]
CSTEM_DEADLINE = "2026-03-01"
CSTEM_DEADLINE_SHOWN = "Mar 1, 2026"
CSTEM_AMOUNT = "$1,500.00"
CSTEM_MESSAGE = "Please keep your receipts for the end-of-year report."


def _cstem_subjects(sources: list[str]) -> dict[str, str]:
    """template -> subject of ``Mail::send(to, 'Subject', HTML::template('emails/x.php', ...``
    calls (none raises)."""
    found = {}
    for source in sources:
        for subject, template in re.findall(
            r"Mail::send\(\s*[^,]+,\s*'([^']*)',\s*HTML::template\(\s*'emails/(\w+)\.php'",
            source,
        ):
            found[template] = subject
    if not found:
        raise ValueError("no Mail::send calls")
    return found


def _php_view(source: str) -> str:
    """A PHP view without its leading ``<?php ... ?>`` block (the layout and helper lines)."""
    return re.sub(r"(?s)^\s*<\?php.*?\?>\s*", "", source).strip()


def _cstem_comment_wrapper(advisors: str) -> tuple[str, str]:
    """The text the advisors' page puts around an advisor's comment to the student."""
    m = re.search(r'\$studentComment = "([^"]*)" \. e\(\$studentComment\) \. "([^"]*)";', advisors)
    if m is None:
        raise ValueError("no comment wrapper")
    return m.group(1), m.group(2)


def cstemscholars(snap: Snapshot) -> Iterator[Spec]:
    """The grant programme's mail to a student: the application rejected by the committee (its
    reason empty, as the code sends it) and by the advisor (with a comment and without),
    forwarded for review, awarded, submitted; HTML only in the layout, as PHPMailer sends it,
    in turn with a text part (look-alikes: a research grant refused)."""

    def read(path: str) -> str:
        return snap.read(CSTEM, CSTEM_COMMIT, path)

    sources = [read(p) for p in CSTEM_SENDER_PATHS]
    subjects = _cstem_subjects(sources)
    before, after = _cstem_comment_wrapper(sources[1])
    config = read(CSTEM_CONFIG_PATH)
    sender = re.search(r"define\('SMTP_FROM_EMAIL', '([^']*)'\)", config)
    name = re.search(r"define\('SMTP_FROM_NAME', '([^']*)'\)", config)
    if sender is None or name is None:
        raise ValueError("no sender")
    layout = read(f"{CSTEM_DIR}/layout.php")
    style = read(f"{CSTEM_DIR}/style.css")
    n = 0
    for template, (category, variants) in CSTEM_MAILS.items():
        path = f"{CSTEM_DIR}/{template}.php"
        view = _php_view(read(path))
        for comment, project in variants:
            values = {
                "e($application->name)": OWNER[0],
                "e($application->title)": CSTEM_PROJECTS[project],
                "e($period->deadline)": CSTEM_DEADLINE,
                'date("M j, Y", strtotime($period->deadline))': CSTEM_DEADLINE_SHOWN,
                "e($reason)": "",
                "usd($application->amountAwarded)": CSTEM_AMOUNT,
                "$message": CSTEM_MESSAGE,
                "$studentComment": f"{before}{comment}{after}" if comment else "",
            }
            content = fill_exact(view, PHP_ECHO, values)
            page = layout.replace("<?php include __DIR__ . '/style.css' ?>", style)
            html = fill_exact(page, PHP_ECHO, {"$content": content})
            yield _spec(
                "cstemscholars/en",
                blob_url(CSTEM, CSTEM_COMMIT, path),
                category,
                subject=subjects[template],
                text=html_to_text(content),
                html=html,
                company="n/a",
                role="n/a",
                sender=(name.group(1), sender.group(1)),
                noreply=True,
                fmt=("html_only", "html")[n % 2],
            )
            n += 1


DTAAPI = "AusDTO/dto-digitalmarketplace-api"
DTAAPI_COMMIT = "c70ffaad8ff4155df862a9a7f17788616fe485ca"
# The commit before the assessment refusal became the assessor's own text (ddbf271c, June 2019):
# until then the API wrapped it in ``assessment_rejected.md``.
DTAAPI_WRAPPER_COMMIT = "1db77c865476552b612c04a93abf4c239aec51e6"
DTAAPI_CONFIG_PATH = "config.py"
# template: (module that sends it, commit, the subject's ``{}`` / ``%s`` values in order). Every
# one is to a seller, about the marketplace: ``not_a_job``.
DTAAPI_MAILS: dict[str, tuple[str, str, list[str]]] = {
    "application_rejected": ("app/emails/applications.py", DTAAPI_COMMIT, []),
    "assessment_rejected": (
        "app/emails/applications.py",
        DTAAPI_WRAPPER_COMMIT,
        ["Content and publishing"],
    ),
    "evidence_assessment_rejected": (
        "app/emails/evidence_assessments.py",
        DTAAPI_COMMIT,
        ["User research and design"],
    ),
    "request_to_join_declined_requester": ("app/emails/teams.py", DTAAPI_COMMIT, ["Procurement"]),
    "opportunity_withdrawn_sellers": (
        "app/emails/briefs.py",
        DTAAPI_COMMIT,
        ["Website redesign discovery", "4127"],
    ),
}
# Ours: the names, the opportunity, the reasons and the addresses the templates fill in.
DTAAPI_VALUES = {
    "contact_name": OWNER[0],
    "supplier_name": "Harbour Digital",
    "domain_name": "",  # the subject's first value, per mail
    "opportunity_name": "Website redesign discovery",
    "opportunity_id": "4127",
    "reject_message": DTA_REASON[0].upper() + DTA_REASON[1:] + ".",
    "frontend_address": DTA_FRONTEND_URL,
    "frontend_url": DTA_FRONTEND_URL,
    "lead_name": "Priya Raman",
    "team": "Procurement",
    "reason": "Please ask your manager to confirm that you work in this team.",
    "buyer": "Department of Home Affairs",
    "title": "Website redesign discovery",
    "brief_id": "4127",
    "framework": "digital-marketplace",
    "withdrawal_reason": "The project has been deferred to the next financial year.",
}


def _py_subject(module: str, template: str, values: list[str]) -> str:
    """The ``subject = "..."`` the function that renders ``template`` sets, its ``{}`` or ``%s``
    filled with ``values`` in order (a template named nowhere, or a count that differs, raises)."""
    m = re.search(rf"(?s)'{re.escape(template)}\.md'.*?subject = \"([^\"]*)\"", module)
    if m is None:
        raise ValueError(f"no subject for {template}")
    parts = re.split(r"\{\}|%s", m.group(1))
    if len(parts) != len(values) + 1:
        raise ValueError(f"{template}: {len(parts) - 1} slots, {len(values)} values")
    return "".join(p + v for p, v in zip(parts, [*values, ""], strict=True))


def _py_config(config: str, name: str) -> str:
    """A ``NAME = 'value'`` setting of a Flask config class (the first; none raises)."""
    m = re.search(rf"(?m)^\s*{name} = '([^']*)'", config)
    if m is None:
        raise ValueError(f"no {name}")
    return m.group(1)


def dtaapi(snap: Snapshot) -> Iterator[Spec]:
    """The marketplace API's mail to a seller: an application to join refused, a case study not
    accepted for an opportunity, an assessment's outcome, a request to join a team declined, an
    opportunity withdrawn; Markdown as the templates write it, plain text, in turn wrapped, from
    the API's no-reply sender (look-alikes: a supplier, a team account, a tender)."""
    config = snap.read(DTAAPI, DTAAPI_COMMIT, DTAAPI_CONFIG_PATH)
    sender = (
        _py_config(config, "DM_GENERIC_SUPPORT_NAME"),
        _py_config(config, "DM_GENERIC_NOREPLY_EMAIL"),
    )
    for n, (template, (module, commit, subject_values)) in enumerate(DTAAPI_MAILS.items()):
        path = f"app/emails/templates/{template}.md"
        subject = _py_subject(snap.read(DTAAPI, commit, module), template, subject_values)
        values = {**DTAAPI_VALUES, "domain_name": subject_values[0] if subject_values else ""}
        text = fill_exact(snap.read(DTAAPI, commit, path), MUSTACHE, values)
        text = re.sub(r"(?m)^[ \t]+$", "", text)  # a line of spaces is a blank line in Markdown
        yield _spec(
            "dtaapi/en",
            blob_url(DTAAPI, commit, path),
            "not_a_job",
            subject=subject,
            text=text.strip() + "\n",
            company="n/a",
            role="n/a",
            sender=sender,
            noreply=True,
            fmt=("plain", "wrapped")[n % 2],
        )
