"""Recipes for session 38's sources52 (issue 11): English mail from an Indonesian telecom's
hiring dashboard, an Australian job board's test results, a Django job portal, an Essex IT
firm's careers status mail and a recruitment-drive platform (job refusals); look-alikes from a
volunteer translators' platform, a student-club programme, a tenant-management app, a church's
scholarship portal, a job fair's resume platform and two pet-adoption systems, one Brazilian
(refusals of no job).

Orbit (audreyyi27/twm-orbit-hr-nginx-main, Orbit HR, the hiring dashboard of Taiwan Mobile
Indonesia; FastAPI and Next.js): ``get_email_template`` fills one of five f-string templates
with the candidate's name only (the position and company stay the functions' defaults,
"Software developer" and "Taiwan Mobile Indonesia"); the recruiter types the subject and
``send_email`` sends the body as ``MIMEText(body, "plain")``: a text/plain part that holds
the template's HTML tags as written. The rejection ("we've decided to move forward with other
candidates whose experience more closely matches our needs") twice, the next step, the
information, the offer and the hired mail. Subjects ours (typed by the recruiter), sender ours
(``SMTP_FROM``'s default is ``no-reply@example.com``). Left out: four templates no endpoint
serves (coding test, survey, team-lead and general-manager interviews).

E-REC (rameezhashone21/erec, an Australian job board, Laravel views in one layout): to a
candidate, the receipt, shortlisted, the test results ``ResultEmailCandidate`` picks by
grade (passed, under review, failed: "Your score is P%, which is below our passing criteria
(60%). We encourage you to keep working on your skills and reapply in the future", twice) and
hired. Subjects from each Mailable's ``build()``; sender ours (``MAIL_FROM_ADDRESS`` is null).
Left out: the mail with the test link (its view is the receipt's with a link) and the mails to
employers.

Django job portal (Hrithikv10/Django-Job-Portal, ``main/utils/emails.py``): shortlisted,
"Unfortunately, we will not proceed further." under the subject "You have been rejected"
(twice) and hired; plain text as ``send_mail`` sends it, the f-strings' indentation kept;
sender ours (``DEFAULT_FROM_EMAIL`` is ``EMAIL_HOST_USER``, from the environment).

TWB (TheRosettaFoundation/SOLAS-Match-Backend, the mail plugin of Translators without
Borders' volunteer platform "SOLAS Match"; ctemplate files expanded in C++ generators): an
organisation membership refused ("your request to become a member of the organisation ... has
not been approved. Organisation membership is restricted to staff members", with and without a
display name), accepted, a claimed translation task revoked, a project image disapproved and a
task cancelled. Subjects from each generator's ``queue_email`` call, site name, sender and
footer from ``conf.template.ini``. No job: ``not_a_job`` and ``other``.

Hack Club (hackclub/application-viewer, the tool Hack Club's staff answer club-leader
applications with; Next.js, Markdown turned into HTML by showdown and sent by SES): the refusal
("we are not able to move forward with your club. We no longer accept applications from
college or university students") and the acceptance (its default branch, for the sticky sender
``clubs@hackclub.com``); subjects as ``ResponseModal`` builds them. A student club, no job.

Tenant (yhnalx/TenantNew, a Philippine tenant-management app; Laravel views): a tenant
application rejected with the manager's reason (twice), approved, and an account voided for
an unpaid deposit; subjects and sender from each Mailable's Envelope. No job.

CLCC (carlocano03/shantal_beauty at 21944e25, before the repository became a beauty shop:
the School Unity Portal of Change Life Christian Church's scholarship programme; CodeIgniter
views sent by ``send_email_html`` as "CLCC School Unity Portal"): a scholarship application
received, declined ("your request for the scholarship has not been approved. The selection
process was highly competitive", twice with the admin's reason), approved, and a scholar's
excuse letter declined and approved. Subjects from the controllers; sender address ours
(``smtp_user`` comes from the database). No job: ``not_a_job`` and ``other``.

Internet Assist (InternetAssist/Internet-Assist-API, the site of an IT support company in
Maldon, Essex; Flask, mail sent through Microsoft Graph as HTML only): the status mail
``send_job_status_update`` sends a job applicant when the admin changes the status, from its
``_STATUS_UPDATE_CONFIG``: reviewed ("it has caught our attention", ``other``), shortlisted,
and rejected ("After careful consideration we have decided not to progress your application at
this time", twice), in the shared header. Sender ours (``GRAPH_SENDER`` is a placeholder); the
logo's address ours (``request.host_url``). Left out: the receipt (its details card and steps
come from the form's fields) and the mails to staff.

IT Job Expo (anonoz/itcwresume, the resume platform of a Malaysian university IT society's
job fair, Rails): the student's resume, submitted to be shown to the fair's recruiters,
rejected by the volunteers with their message ("Your resume submitted to IT Job Expo has been
rejected ... Once you have edited your resume, visit IJE Resume to upload the new one", twice)
and approved; multipart (the text and HTML views, the HTML one in the mailer layout), subjects
from ``ResumeMailer``, sender from ``ApplicationMailer``. A resume vetted for a fair, no job
refused: ``not_a_job``. Left out: the recruiters' account mail.

PetZone (Biubietnam/projecthk2, a Vietnamese student team's pet-adoption site; Laravel): an
adoption request rejected ("We're sorry to inform you that your request to adopt P has been
rejected", with and without the shelter's reason), approved (Markdown mail in Laravel's
layout) and received (an HTML view); subjects from the Mailables; the app's name from the
view's footer ("PetZone"), its address and sender ours. No job.

DogTech (GabrielRodriguesS/dogTech-API at 2f4e396e, the tip of ``develop``: the adoption
system of SJPA, a Brazilian animal-protection group; Spring, FreeMarker): in Portuguese, the
adoption refused ("Seu pedido de adoção foi recusado ... Infelizmente não foi dessa vez", sent
to every other applicant for the animal, twice), approved (the same subject, "Resposta ao
pedido de adoção") and the request for feedback; sender ``EmailData.from``. No job: the
look-alikes a Portuguese unit may hold.

Talent Core (KingChen711/talent-core-api, a recruitment-drive platform, Express and Prisma;
templates in ``src/constants/email-templates.ts``, sent by ``EmailService``): received, the
test invitation, the interview invitation after the test, the offer, the refusal that the code
names "save" (the application kept in the talent pool: "we have decided to proceed with other
candidates whose qualifications more closely match the requirements of the position", twice)
and the one it names "reject", which answers a candidate who declined the offer ("We understand
that you have decided to decline our job offer": ``other``) under the refusal's subject. Client
address from ``.env.example``; sender ours (``APP_EMAIL_ADDRESS`` is empty there)."""

from __future__ import annotations

import ast
import html as html_lib
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, spec
from .render import freemarker
from .snapshot import Snapshot, blob_url
from .sources_handbooks10 import _mustache
from .sources_suites14 import _fill_blade
from .sources_suites15b import _py_function
from .sources_suites35 import _blade_branches, _envelope_subject, _text_part
from .sources_suites39 import _blade_layout
from .sources_suites45 import _markdown_html, _simple_format
from .sources_suites49 import _no_blade_comments
from .templating import fill_exact, fill_js, js_literal

FIRST, LAST = OWNER[0].split()


def _f_string(function_source: str, anchor: str) -> str:
    """The triple-quoted f-string that follows ``anchor`` (``return `` or ``message=``)."""
    m = re.search(re.escape(anchor) + r'f"""(.*?)"""', function_source, re.S)
    if m is None:
        raise ValueError(f"no f-string after {anchor!r}")
    return m.group(1)


def _f_defaults(function_source: str) -> dict[str, str]:
    """The string defaults of the function's keyword parameters."""
    header = function_source[: function_source.index(":\n")]
    return dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', header))


ORBIT = "audreyyi27/twm-orbit-hr-nginx-main"
ORBIT_COMMIT = "80946a5f4e7488e713efe6590adb502497eca02e"
ORBIT_DIR = "backend/app/utils/email_templates"
# (module, function, category, our subject): the five ``get_email_template`` serves.
ORBIT_MAILS = (
    ("rejection_template", "rejection_email_template", "rejection", "Your application"),
    (
        "rejection_template",
        "rejection_email_template",
        "rejection",
        "Update on your application - Software developer",
    ),
    ("next_step_template", "next_step_template", "moving_forward", "Next step in your application"),
    ("information_template", "information_template", "other", "Application information"),
    ("offering_template", "offer_invitation_template", "offer", "Offering letter"),
    ("hired_template", "hired_template", "offer", "Welcome to Taiwan Mobile Indonesia"),
)
ORBIT_SENDER = ("", "no-reply@orbit.twm.co.id")


def orbit(snap: Snapshot) -> Iterator[Spec]:
    """Each template as the endpoint fills it (the name given, the defaults kept), sent as
    plain text: the HTML tags are the body's text."""
    unit = "orbit/en"
    for module, function, category, subject in ORBIT_MAILS:
        path = f"{ORBIT_DIR}/{module}.py"
        source = _py_function(snap.read(ORBIT, ORBIT_COMMIT, path), function)
        values = {"candidate_name": OWNER[0], **_f_defaults(source)}
        body = fill_exact(_f_string(source, "return "), r"\{([^{}]+)\}", values)
        yield spec(
            unit,
            blob_url(ORBIT, ORBIT_COMMIT, path),
            category,
            subject=subject,
            text=body,
            company=values["company_name"],
            role=values["position"],
            labels_on_rejection=True,
            sender=ORBIT_SENDER,
            noreply=True,
        )


EREC = "rameezhashone21/erec"
EREC_COMMIT = "3d3e9335b339c568c516979ba5e3cdb29111596d"
# (Mailable, view, category, score): ``ResultEmailCandidate``'s view by grade (A/B, C, else).
EREC_MAILS = (
    ("JobApplyCandidate", "jobApplyCandidate", "acknowledgement", None),
    ("ShortListed", "shortListed", "moving_forward", None),
    ("ResultEmailCandidate", "ResultEmailCandidateForPass", "moving_forward", "78"),
    ("ResultEmailCandidate", "ResultEmailCandidateForAverage", "acknowledgement", "55"),
    ("ResultEmailCandidate", "ResultEmailCandidateForFail", "rejection", "42"),
    ("ResultEmailCandidate", "ResultEmailCandidateForFail", "rejection", "31"),
    ("Hired", "hired", "offer", None),
)
EREC_SENDER = ("E-REC", "no-reply@e-rec.com.au")


def _erec_subject(mailable: str, view: str) -> str:
    """The ``$subject`` set just before ``->view('emails.VIEW')`` in ``build()``."""
    m = re.search(rf"\$subject = '([^']*)';\s*return \$this->view\('emails\.{view}'\)", mailable)
    if m is None:
        raise ValueError(f"no subject for {view}")
    return m.group(1)


def erec(snap: Snapshot) -> Iterator[Spec]:
    """Each view in the layout (header and footer included), filled as its Mailable gives
    it; HTML only, as ``->view()`` sends it."""
    unit = "erec/en"

    def read(name: str) -> str:
        path = f"resources/views/{name.replace('.', '/')}.blade.php"
        return _no_blade_comments(snap.read(EREC, EREC_COMMIT, path))

    for n, (mailable, view, category, score) in enumerate(EREC_MAILS):
        f = fill_for(unit, view, "en", n)
        subject = _erec_subject(snap.read(EREC, EREC_COMMIT, f"app/Mail/{mailable}.php"), view)
        values = {
            "$canName": OWNER[0],
            "$postName": f.role,
            "$postedBy": f.company,
            "$percentage": score or "",
            "$data['canName']": OWNER[0],
            "$data['postName']": f.role,
            "$data['postedBy']": f.company,
        }
        html = _fill_blade(_blade_layout(read(f"emails.{view}"), read), values)
        yield spec(
            unit,
            blob_url(EREC, EREC_COMMIT, f"resources/views/emails/{view}.blade.php"),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company=f.company,
            role="n/a",  # the failed test's mail names no post
            labels_on_rejection=True,
            sender=EREC_SENDER,
            noreply=True,
            fmt="html_only",  # ``->view()``: no text view
        )


DJPORTAL = "Hrithikv10/Django-Job-Portal"
DJPORTAL_COMMIT = "426483725d5018863594966db74950914ee183b0"
DJPORTAL_PATH = "jobportal/main/utils/emails.py"
DJPORTAL_MAILS = (
    ("send_shortlist_email", "moving_forward"),
    ("send_rejection_email", "rejection"),
    ("send_rejection_email", "rejection"),
    ("send_hired_email", "offer"),
)
DJPORTAL_SENDER = ("", "jobportal.notify@gmail.com")


def djportal(snap: Snapshot) -> Iterator[Spec]:
    """Each function's ``subject=`` and ``message=f`` filled from the application (the
    candidate's first name, the job's name and company); plain text."""
    unit = "djportal/en"
    source = snap.read(DJPORTAL, DJPORTAL_COMMIT, DJPORTAL_PATH)
    for n, (function, category) in enumerate(DJPORTAL_MAILS):
        body = _py_function(source, function)
        subject = re.search(r'subject="([^"]*)"', body)
        if subject is None:
            raise ValueError(f"no subject in {function}")
        f = fill_for(unit, function, "en", n)
        values = {
            "application.candidate.first_name": FIRST,
            "application.job.job_name": f.role,
            "application.job.company_name": f.company,
        }
        yield spec(
            unit,
            blob_url(DJPORTAL, DJPORTAL_COMMIT, DJPORTAL_PATH),
            category,
            subject=subject.group(1),
            text=fill_exact(_f_string(body, "message="), r"\{([^{}]+)\}", values),
            company=f.company,
            role=f.role,
            labels_on_rejection=True,
            sender=DJPORTAL_SENDER,
            noreply=False,
        )


TWB = "TheRosettaFoundation/SOLAS-Match-Backend"
TWB_COMMIT = "95b951bbc9a65d02a673d9a89dc0b5235f1db641"
# (template, generator, category, the user has a display name).
TWB_MAILS = (
    ("org-membership-refused", "OrgMembershipRefusedEmailGenerator", "not_a_job", True),
    ("org-membership-refused", "OrgMembershipRefusedEmailGenerator", "not_a_job", False),
    ("org-membership-accepted", "OrgMembershipAcceptedGenerator", "other", True),
    ("user-task-revoked", "UserTaskRevokedGenerator", "not_a_job", True),
    ("project-image-disapproved", "ProjectImageDisapprovedEmailGenerator", "not_a_job", True),
    ("user-task-cancelled", "UserTaskCancelledEmailGenerator", "other", True),
)
# ``conf.template.ini``: [site] name and system_email_address; [email-footer] enabled="y".
TWB_SITE = "SOLAS Match"
TWB_SENDER = ("TWB Kató", "info@kato.translatorswb.org")
# Ours: the organisation, the task and project, the links.
TWB_VALUES = {
    "ORG_NAME": "Médecins du Monde Nederland",
    "TASK_TYPE": "Translation",
    "TASK_TITLE": "Cholera prevention leaflet",
    "TASK_VIEW": "https://twbplatform.org/task/41873/view/",
    "TASK_PAGE": "https://twbplatform.org/task/41873/view/",
    "SOURCE_LANGUAGE": "English",
    "TARGET_LANGUAGE": "Swahili",
    "COMMUNITY": "https://community.translatorswb.org/t/cholera-prevention-leaflet-12034",
    "PROJECT_TITLE": "Cholera prevention leaflet",
    "PROJECT_VIEW": "https://twbplatform.org/project/12034/view/",
    "DONATE_LINK": "http://www.therosettafoundation.org/participate/becomeafriend/",
}


def _twb_subject(generator: str) -> str:
    """The subject ``queue_email`` is given: the site name and the generator's literal."""
    m = re.search(
        r'settings\.get\("site\.name"\) \+ "([^"]*)"( \+ projectTitle \+ "\]")?', generator
    )
    if m is None:
        raise ValueError("no subject")
    tail = f"{TWB_VALUES['PROJECT_TITLE']}]" if m.group(2) else ""
    return f"{TWB_SITE}{m.group(1)}{tail}"


def twb(snap: Snapshot) -> Iterator[Spec]:
    """Each template expanded as its generator fills it (sections shown as it shows them,
    the footer included: the configuration enables it); HTML with the text part."""
    unit = "twb/en"
    footer = snap.read(TWB, TWB_COMMIT, "templates/emails/footer.tpl")
    for n, (template, generator, category, named) in enumerate(TWB_MAILS):
        path = f"templates/emails/{template}.tpl"
        source = snap.read(TWB, TWB_COMMIT, path).replace("{{>FOOTER}}", footer)
        code = snap.read(TWB, TWB_COMMIT, f"EmailPlugin/Generators/{generator}.cpp")
        values: dict[str, object] = {
            **TWB_VALUES,
            "SITE_NAME": TWB_SITE,
            "USERNAME": FIRST,
            "USER_HAS_NAME": named,
            "NO_USER_NAME": not named,
            "CLAIMED": True,
            "IN_PROGRESS": False,
        }
        html = f"<html><body>{_mustache(source, values)}</body></html>"
        yield spec(
            unit,
            blob_url(TWB, TWB_COMMIT, path),
            category,
            subject=_twb_subject(code),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=TWB_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


HACKCLUB = "hackclub/application-viewer"
HACKCLUB_COMMIT = "f933f1223b3148c73dce48f87e07f7f645268c1f"
# (module, category); ``ResponseModal``'s EMAILS_SUBJECTS and its default sender.
HACKCLUB_MAILS = (("reject", "not_a_job"), ("accept", "other"))
HACKCLUB_FROM = "clubs@hackclub.com"


def _showdown(markdown: str) -> str:
    """What showdown's ``makeHtml`` writes for these mails: paragraphs at blank lines (a
    line ending in two spaces breaks), ``**bold**`` and ``[label](url)``; HTML kept as is."""
    blocks = re.split(r"\n[ \t]*\n", markdown.strip("\n"))
    out = []
    for block in blocks:
        lines = [line.strip() for line in block.strip("\n").split("\n")]
        text = "\n".join(
            line + ("<br />" if raw.endswith("  ") else "")
            for line, raw in zip(lines, block.strip("\n").split("\n"), strict=True)
        )
        text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
        text = re.sub(r"\[([^\]]+)\]\(\s*([^)\s]+)\s*\)", r'<a href="\2">\1</a>', text)
        if text:
            out.append(f"<p>{text}</p>")
    return "\n".join(out)


def hackclub(snap: Snapshot) -> Iterator[Spec]:
    """The refusal and the acceptance (the branch for the default sender), the leader's name
    filled; HTML only, as SES is given it."""
    unit = "hackclub/en"
    modal = snap.read(HACKCLUB, HACKCLUB_COMMIT, "js/components/ResponseModal.jsx")
    for module, category in HACKCLUB_MAILS:
        path = f"js/emails/{module}.js"
        source = snap.read(HACKCLUB, HACKCLUB_COMMIT, path)
        literals = re.findall(r"`(.*?)`", source, re.S)
        if not literals:
            raise ValueError(f"no message in {module}")
        subject = re.search(rf'{module}: "([^"]*)"', modal)
        if subject is None:
            raise ValueError(f"no subject for {module}")
        message = literals[-1].replace("${names}", OWNER[0])  # the else branch: the default
        if "${" in message:
            raise ValueError(f"unfilled {module}")
        yield spec(
            unit,
            blob_url(HACKCLUB, HACKCLUB_COMMIT, path),
            category,
            subject=f"{subject.group(1)}: {OWNER[0]}",
            text=_text_part(_showdown(message)),
            html=_showdown(message),
            company="n/a",
            role="n/a",
            sender=("", HACKCLUB_FROM),
            noreply=False,
            fmt="html_only",
        )


TENANT = "yhnalx/TenantNew"
TENANT_COMMIT = "34a704e47b7b26b673e64e88a0a8c5dfc820e44c"
# (Mailable, view, category, our reason or lease term).
TENANT_MAILS = (
    ("TenantRejectedMail", "tenant_rejected", "not_a_job", "Incomplete requirements"),
    ("TenantRejectedMail", "tenant_rejected", "not_a_job", "The unit has already been leased"),
    ("TenantApprovedMail", "tenant_approved", "other", "6 months"),
    ("TenantVoidedMail", "tenant_voided", "not_a_job", None),
)


def _tenant_sender(mailable: str) -> tuple[str, str]:
    m = re.search(r"from: new Address\('([^']+)', '([^']+)'\)", mailable)
    if m is None:
        raise ValueError("no sender")
    return m.group(2), m.group(1)


def tenant(snap: Snapshot) -> Iterator[Spec]:
    """Each view filled as its Mailable's ``content()`` gives it; HTML only (``view:``)."""
    unit = "tenantnew/en"
    for mailable, view, category, detail in TENANT_MAILS:
        code = snap.read(TENANT, TENANT_COMMIT, f"app/Mail/{mailable}.php")
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$tenantName": OWNER[0],
            "$reason": detail or "",
            "$leaseTerm": detail or "",
            "$tenant->name": OWNER[0],
            "number_format($tenant->rent_balance, 2)": "4,500.00",
            "number_format($tenant->utility_balance, 2)": "0.00",
            "ucfirst($tenant->status)": "Voided",
        }
        html = _fill_blade(snap.read(TENANT, TENANT_COMMIT, path), values)
        yield spec(
            unit,
            blob_url(TENANT, TENANT_COMMIT, path),
            category,
            subject=_envelope_subject(code),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=_tenant_sender(code),
            noreply=True,
            extra_headers={"X-Mailer": "Mailtrap PHP Client"},
            fmt="html_only",
        )


CLCC = "carlocano03/shantal_beauty"
CLCC_COMMIT = "21944e25481f5de0b59e90995d6bf29185cd6e43"
CLCC_VIEWS = "application/views/email_template"
CLCC_ADMIN = "application/controllers/portal/admin_portal"
CLCC_SITE = "application/controllers/website"
# (view, controller, category, our comment).
CLCC_MAILS = (
    ("success_registration", f"{CLCC_SITE}/Registration_form.php", "other", None),
    (
        "declined_request",
        f"{CLCC_ADMIN}/Scholar_request.php",
        "not_a_job",
        "The submitted grades do not meet the required general weighted average.",
    ),
    (
        "declined_request",
        f"{CLCC_ADMIN}/Scholar_request.php",
        "not_a_job",
        "The slots for this school year have all been filled.",
    ),
    ("approved_request", f"{CLCC_ADMIN}/Scholar_request.php", "other", None),
    (
        "invalid_letter",
        f"{CLCC_ADMIN}/Attendance_record.php",
        "not_a_job",
        "The medical certificate attached is not signed by the attending physician.",
    ),
    ("approved_letter", f"{CLCC_ADMIN}/Attendance_record.php", "other", "Noted. Get well soon."),
)
CLCC_SENDER = ("CLCC School Unity Portal", "schoolunity.clcc@gmail.com")


def _clcc_subject(controller: str, view: str) -> str:
    """The subject beside the view: ``'subject' => '...'`` before ``'template_path'``, or the
    ``$subject`` assigned just before ``$template = 'email_template/view'``."""
    literal = re.search(
        rf"'subject'\s*=>\s*'([^']*)',\s*'template_path'\s*=>\s*'email_template/{view}'",
        controller,
    )
    assigned = re.search(
        rf"\$subject = '([^']*)';\s*\$template = 'email_template/{view}'", controller
    )
    m = literal or assigned
    if m is None:
        raise ValueError(f"no subject for {view}")
    return m.group(1)


def clcc(snap: Snapshot) -> Iterator[Spec]:
    """Each view's ``<?= $x ?>`` filled as the controller's ``mail_data`` gives it (the
    student's first name); HTML only (``set_mailtype('html')``)."""
    unit = "clcc/en"
    for n, (view, controller, category, comment) in enumerate(CLCC_MAILS):
        path = f"{CLCC_VIEWS}/{view}.php"
        values = {
            "$name_to": FIRST,
            "$comment": html_lib.escape(comment or ""),
            "$login_url": "https://schoolunity.clcc.org.ph/login",
            "$username": f"SCH-2024-{117 + n:04d}",
            "$password": "p4Xw9q",
        }
        html = fill_exact(snap.read(CLCC, CLCC_COMMIT, path), r"<\?=\s*(.*?)\s*;?\s*\?>", values)
        yield spec(
            unit,
            blob_url(CLCC, CLCC_COMMIT, path),
            category,
            subject=_clcc_subject(snap.read(CLCC, CLCC_COMMIT, controller), view),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=CLCC_SENDER,
            noreply=True,
            fmt="html_only",
        )


IASSIST = "InternetAssist/Internet-Assist-API"
IASSIST_COMMIT = "de61ff4dad6812c2549b6305c85c5e2f5a74b242"
IASSIST_PATH = "app/services/email_service.py"
# (status, category): the statuses ``_STATUS_UPDATE_CONFIG`` writes to.
IASSIST_MAILS = (
    ("reviewed", "other"),
    ("shortlisted", "moving_forward"),
    ("rejected", "rejection"),
    ("rejected", "rejection"),
)
IASSIST_SENDER = ("Internet Assist", "no-reply@ia.uk")
IASSIST_LOGO = "https://ia.uk/assets/email-logo.png"


def _py_constant(module: ast.Module, name: str) -> object:
    """The literal value assigned (with or without an annotation) to ``name``."""
    for node in module.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == name and node.value is not None:
            return ast.literal_eval(node.value)
    raise ValueError(f"no constant {name}")


def _iassist_brand(source: str, module: ast.Module) -> str:
    """``_BRAND_BG``: its single-quoted f-string with the two brand constants."""
    m = re.search(r"^_BRAND_BG = f'(.*)'$", source, re.M)
    if m is None:
        raise ValueError("no _BRAND_BG")
    names = ("_BRAND_SOLID", "_BRAND_GRADIENT")
    return fill_exact(m.group(1), r"\{(\w+)\}", {n: str(_py_constant(module, n)) for n in names})


def iassist(snap: Snapshot) -> Iterator[Spec]:
    """The status mail's f-string filled from the status's configuration, its header from
    ``_email_header``; HTML only, as Graph is given it."""
    unit = "iassist/en"
    source = snap.read(IASSIST, IASSIST_COMMIT, IASSIST_PATH)
    module = ast.parse(source)
    config = _py_constant(module, "_STATUS_UPDATE_CONFIG")
    if not isinstance(config, dict):
        raise ValueError("no status configuration")
    brand = _iassist_brand(source, module)
    header = _f_string(_py_function(source, "_email_header"), "return ")
    page = _f_string(_py_function(source, "send_job_status_update"), "html = ")
    for n, (status, category) in enumerate(IASSIST_MAILS):
        cfg = config[status]
        position = fill_for(unit, status, "en", n).role
        top = fill_exact(
            header,
            r"\{([^{}]+)\}",
            {"_logo_url()": IASSIST_LOGO, "_BRAND_BG": brand, "escape(title)": cfg["heading"]},
        )
        values = {
            "_email_header(cfg['heading'])": top,
            "first": FIRST,
            "intro": cfg["intro"].format(position=html_lib.escape(position)),
            "body": cfg["body"],
            "colour": cfg["colour"],
        }
        html = fill_exact(page, r"\{([^{}]+)\}", values)
        yield spec(
            unit,
            blob_url(IASSIST, IASSIST_COMMIT, IASSIST_PATH),
            category,
            subject=cfg["subject"],
            text=_text_part(html),
            html=html,
            company="Internet Assist",
            role=position,
            labels_on_rejection=True,
            sender=IASSIST_SENDER,
            noreply=True,
            fmt="html_only",
        )


ITCW = "anonoz/itcwresume"
ITCW_COMMIT = "525e57c796f11b95edc19a20a7dec8a3e0648dfd"
# (action, category, the volunteers' message: ours).
ITCW_MAILS = (
    (
        "rejection_email",
        "not_a_job",
        "Please remove your IC number and home address.\nKeep it to two pages.",
    ),
    ("rejection_email", "not_a_job", "Your resume is missing your expected graduation date."),
    ("approval_email", "other", ""),
)
ITCW_LINK = '<a href="https://resumetcd.herokuapp.com">IJE Resume</a>'


def _itcw_subject(mailer: str, action: str) -> str:
    """The ``subject:`` of a ``ResumeMailer`` action's ``mail(...)``."""
    subject = re.search(r"subject: '([^']*)'", mailer[mailer.index(f"def {action}") :])
    if subject is None:
        raise ValueError(f"no subject in {action}")
    return subject.group(1)


def itcw(snap: Snapshot) -> Iterator[Spec]:
    """Each action's text view and HTML view (in the layout), ``<%= %>`` filled by exact
    expression; multipart."""
    unit = "itcw/en"
    mailer = snap.read(ITCW, ITCW_COMMIT, "app/mailers/resume_mailer.rb")
    base = snap.read(ITCW, ITCW_COMMIT, "app/mailers/application_mailer.rb")
    sender = re.search(r"default from: '([^<']+) <([^>']+)>'", base)
    if sender is None:
        raise ValueError("no default sender")
    layout = snap.read(ITCW, ITCW_COMMIT, "app/views/layouts/mailer.html.erb")
    erb = r"<%=\s*(.*?)\s*%>"
    for action, category, reason in ITCW_MAILS:
        subject = _itcw_subject(mailer, action)
        values = {
            "@resume.rejection_reason": reason,
            "simple_format(@resume.rejection_reason)": _simple_format(html_lib.escape(reason)),
            "link_to \"IJE Resume\", 'https://resumetcd.herokuapp.com'": ITCW_LINK,
        }
        path = f"app/views/resume_mailer/{action}.html.erb"
        inner = fill_exact(snap.read(ITCW, ITCW_COMMIT, path), erb, values)
        text_path = f"app/views/resume_mailer/{action}.txt.erb"
        yield spec(
            unit,
            blob_url(ITCW, ITCW_COMMIT, path),
            category,
            subject=subject,
            text=fill_exact(snap.read(ITCW, ITCW_COMMIT, text_path), erb, values),
            html=fill_exact(layout, erb, {"yield": inner}),
            company="n/a",
            role="n/a",
            sender=(sender.group(1), sender.group(2)),
            noreply=False,
            fmt="html",
        )


PETZONE = "Biubietnam/projecthk2"
PETZONE_COMMIT = "d34839a71ade42e5c3403ffba67aaa3079c2e2f0"
PETZONE_DIR = "server/phpserver"
# (Mailable, view, category, the shelter's note: ours).
PETZONE_MAILS = (
    (
        "AdoptionRequestRejected",
        "adoption/rejected",
        "not_a_job",
        "Milo needs a home with a fenced garden.",
    ),
    ("AdoptionRequestRejected", "adoption/rejected", "not_a_job", ""),
    ("AdoptionRequestApproved", "adoption/approved", "other", ""),
    ("AdoptionRequestReceived", "adoption_request", "other", ""),
)
PETZONE_APP = ("PetZone", "https://petzone.vn")
PETZONE_SENDER = ("PetZone", "no-reply@petzone.vn")
PETZONE_PET = "Milo"


def _petzone_subject(mailable: str) -> str:
    """An Envelope's literal subject, or ``build()``'s ``->subject('...')``."""
    m = re.search(r"->subject\('([^']*)'\)", mailable)
    return m.group(1) if m else _envelope_subject(mailable)


def petzone(snap: Snapshot) -> Iterator[Spec]:
    """The two Markdown mails in Laravel's layout (the ``@if`` on the note resolved), the
    receipt's HTML view (no note, no photo); HTML with the text part."""
    unit = "petzone/en"
    app, url = PETZONE_APP
    for mailable, view, category, note in PETZONE_MAILS:
        code = snap.read(PETZONE, PETZONE_COMMIT, f"{PETZONE_DIR}/app/Mail/{mailable}.php")
        path = f"{PETZONE_DIR}/resources/views/emails/{view}.blade.php"
        flags = {"$response->note": bool(note), "$adoption->note": False}
        source = _blade_branches(
            snap.read(PETZONE, PETZONE_COMMIT, path), flags | {"$adoption->pet->image": False}
        )
        values = {
            "$request->user->name": OWNER[0],
            "$request->pet->name": PETZONE_PET,
            "$response->note": html_lib.escape(note),
            "config('app.name')": app,
            "\\Carbon\\Carbon::parse($request->approved_at)->format('F j, Y \\a\\t H:i')": (
                "June 3, 2025 at 14:20"
            ),
            "$adoption->user->name": OWNER[0],
            "$adoption->pet->name": PETZONE_PET,
            "\\Carbon\\Carbon::parse($adoption->requested_at)->format('F j, Y - H:i')": (
                "May 28, 2025 - 09:41"
            ),
            "url('http://localhost:3000')": "http://localhost:3000",
            "url('/http://localhost:3000/contact')": f"{url}/http://localhost:3000/contact",
            "now()->year": "2025",
        }
        if "@component('mail::message')" in source:
            html = _markdown_html(source, values, app, url)
        else:
            html = _fill_blade(source, values)
        yield spec(
            unit,
            blob_url(PETZONE, PETZONE_COMMIT, path),
            category,
            subject=_petzone_subject(code),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=PETZONE_SENDER,
            noreply=True,
            fmt="html",
        )


DOGTECH = "GabrielRodriguesS/dogTech-API"
DOGTECH_COMMIT = "2f4e396eaa83b6074ba0b8e36d8ee7fb5ae11540"
DOGTECH_TEMPLATES = "src/main/resources/templates"
# (template, the Java file that sends it, category, the animal: ours).
DOGTECH_MAILS = (
    (
        "template_rejected_adoption",
        "src/main/java/main/utils/EmailUtils.java",
        "not_a_job",
        "Paçoca",
    ),
    (
        "template_rejected_adoption",
        "src/main/java/main/utils/EmailUtils.java",
        "not_a_job",
        "Tobias",
    ),
    (
        "template_approved_adoption",
        "src/main/java/main/domain/stateMachine/stateActions/AdoptedAction.java",
        "other",
        "Paçoca",
    ),
    (
        "template_request_feedback",
        "src/main/java/main/utils/EmailUtils.java",
        "other",
        "Tobias",
    ),
)


def _dogtech_subject(java: str, template: str) -> str:
    """The ``.subject("...")`` of the ``EmailData`` built for the template's enum."""
    enum = template.upper()
    at = java.index(f"TemplatesEnum.{enum}")
    subjects = re.findall(r'\.subject\("([^"]*)"\)', java[:at])
    if not subjects:
        raise ValueError(f"no subject for {template}")
    return subjects[-1]


def dogtech(snap: Snapshot) -> Iterator[Spec]:
    """Each FreeMarker template filled as the Java code's model gives it (the first name
    capitalised, the animal); HTML only (``setText(html, true)``)."""
    unit = "dogtech/pt"
    model = snap.read(DOGTECH, DOGTECH_COMMIT, "src/main/java/main/domain/model/EmailData.java")
    sender = re.search(r'String from = "([^"]+)"', model)
    if sender is None:
        raise ValueError("no sender")
    for template, java, category, animal in DOGTECH_MAILS:
        path = f"{DOGTECH_TEMPLATES}/{template}.ftl"
        source = snap.read(DOGTECH, DOGTECH_COMMIT, path)
        names = set(re.findall(r"\$\{(\w+)", source))
        ctx = {
            "name": FIRST,
            "animal": animal,
            "link": "http://AINDA_NÃO_EXISTE_O_ENDPOINT_PARA_GERAR_O_LINK_AQUI.com",
        }
        if names - set(ctx):
            raise ValueError(f"unfilled {sorted(names - set(ctx))}")
        html = freemarker(source, ctx)
        yield spec(
            unit,
            blob_url(DOGTECH, DOGTECH_COMMIT, path),
            category,
            subject=_dogtech_subject(snap.read(DOGTECH, DOGTECH_COMMIT, java), template),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=("", sender.group(1)),
            noreply=False,
            fmt="html_only",
        )


TALENT = "KingChen711/talent-core-api"
TALENT_COMMIT = "3da0c8cca44c16cc3cab7a98196ed8b70743b8bc"
TALENT_TEMPLATES = "src/constants/email-templates.ts"
TALENT_SERVICE = "src/modules/email/email.service.ts"
# (template, the service method that sends it, category).
TALENT_MAILS = (
    ("receivedApplicationTemplate", "sendEmailReceivedApplication", "acknowledgement"),
    ("notifyTakeTestTemplate", "sendEmailTakeTest", "assessment"),
    ("notifyInterviewSessionTemplate", "sendEmailInterviewSession", "interview_invitation"),
    ("notifySaveApplicationTemplate", "sendEmailSaveApplication", "rejection"),
    ("notifySaveApplicationTemplate", "sendEmailSaveApplication", "rejection"),
    ("notifyApproveApplicationTemplate", "sendEmailApproveApplication", "offer"),
    ("notifyRejectApplicationTemplate", "sendEmailRejectApplication", "other"),
)
TALENT_NAME = "Talent Core Corporation"
TALENT_URL = "https://talent-core.vercel.app"  # CLIENT_URL in .env.example
TALENT_SENDER = ("", "talentcore.recruit@gmail.com")


def talentcore(snap: Snapshot) -> Iterator[Spec]:
    """Each template literal with ``CLIENT_URL``, its ``{key}`` placeholders replaced as
    ``replacePlaceholders`` does with the method's data; subject from the method's
    ``sendMail``; HTML only."""
    unit = "talentcore/en"
    templates = snap.read(TALENT, TALENT_COMMIT, TALENT_TEMPLATES)
    service = snap.read(TALENT, TALENT_COMMIT, TALENT_SERVICE)
    for n, (template, method, category) in enumerate(TALENT_MAILS):
        job = fill_for(unit, template, "en", n).role
        literal = fill_js(
            js_literal(templates, f"export const {template} ="),
            {"process.env.CLIENT_URL": TALENT_URL},
        )
        data = {
            "candidate": OWNER[0],
            "appliedJob": job,
            "recruitmentDrive": "Summer Recruitment Drive 2025",
            "point": "8.5",
            "interviewDate": "August 12th, 2025 9:00 AM",
            "method": "Online",
            "location": "Google Meet",
            "receiveJobDate": "September 1st, 2025 8:30 AM",
            "testDate": "August 5th, 2025 2:00 PM",
            "to": OWNER[1],
            "signUpLink": f"{TALENT_URL}/sign-up",
            "linkToTakeTest": f"{TALENT_URL}/my-applications/cm0b7x2k40001",
        }
        html = fill_exact(literal, r"\{(\w+)\}", data)
        body = service[service.index(f"public {method} =") :]
        subject = fill_js(js_literal(body, "this.sendMail(to,"), {"appliedJob": job})
        yield spec(
            unit,
            blob_url(TALENT, TALENT_COMMIT, TALENT_TEMPLATES),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company=TALENT_NAME,
            role=job,
            labels_on_rejection=True,
            sender=TALENT_SENDER,
            noreply=False,
            fmt="html_only",
        )
