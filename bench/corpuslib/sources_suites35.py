"""Recipes for session 34's sources35 (issue 11): English job mail from a UK care-home staffing
platform, a Malaysian network operator's internship portal and a Malaysian return-to-work
programme.

NexShift (mcheritage/nexshift, a UK platform where care homes post shifts and healthcare
workers apply for them; Laravel views sent as HTML): a shift application refused by the care
home (with the reviewer's notes, and with the default "Position filled by another applicant",
which the view words as "The position has been filled by another applicant") and accepted; its
look-alikes: the care home's notice of a new applicant, a worker's account application not
approved by the platform and a document rejected at verification.

Fibrecomm (Shameel681/FIbrecomm_TMS, the trainee management system of Fibrecomm Network (M) Sdn.
Bhd.; Laravel views): an industrial training (internship) application refused ("we are unable
to offer you a placement at this time") and accepted, signed by the HR officer who decided.

YLTAT (o-yen/yltat, the PROTEGE return-to-work programme's portal of Yayasan LTAT; Laravel views
whose words are the English catalogue ``lang/en/common.php``): an application to the programme
received, not approved (with the administrator's reason) and approved."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Iterator

from .fill import OWNER, Spec, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_laravel import render_blade
from .sources_suites25 import _laravel_notification_html, _mail_message, _php_method
from .sources_trackers import _spec
from .templating import exact_value as _exact

_BLADE_TAG = re.compile(
    r"@(if|elseif)\s*(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))|@(else|endif)\b"
)


def _blade_branches(blade: str, truth: dict[str, bool]) -> str:
    """A view's ``@if / @elseif / @else / @endif`` resolved by each condition's exact text (the
    text between the outer parentheses); a condition without a truth value raises, so a new
    branch in the view cannot pass unnoticed. Blade comments ``{{-- --}}`` are dropped."""
    text = re.sub(r"(?s){{--.*?--}}", "", blade)
    out: list[str] = []
    # per open @if: [this branch is taken, a branch was taken already, the parent is shown]
    stack: list[list[bool]] = []
    pos = 0
    for m in _BLADE_TAG.finditer(text):
        shown = all(frame[0] for frame in stack)
        if shown:
            out.append(text[pos : m.start()])
        pos = m.end()
        kind = m.group(1) or m.group(3)
        if kind in ("if", "elseif"):
            cond = m.group(2)[1:-1].strip()
            if cond not in truth:
                raise ValueError(f"no truth value for @{kind}({cond})")
            if kind == "if":
                parent = all(frame[0] for frame in stack)
                stack.append([truth[cond], truth[cond], parent])
            else:
                if not stack:
                    raise ValueError("@elseif outside @if")
                frame = stack[-1]
                frame[0] = not frame[1] and truth[cond]
                frame[1] = frame[1] or truth[cond]
        elif kind == "else":
            if not stack:
                raise ValueError("@else outside @if")
            frame = stack[-1]
            frame[0] = not frame[1]
            frame[1] = True
        else:
            if not stack:
                raise ValueError("@endif outside @if")
            stack.pop()
    if stack:
        raise ValueError("an @if without @endif")
    out.append(text[pos:])
    return "".join(out)


def _text_part(html: str) -> str:
    """The text part a mailer derives from the HTML: its words with entities such as
    ``&copy;`` read (``html_to_text`` keeps them as written)."""
    return html_lib.unescape(html_to_text(html))


def _envelope_subject(mailable: str) -> str:
    """The single-quoted ``subject: '...'`` literal of a Mailable's ``Envelope`` (PHP escapes
    read); a Mailable without one raises."""
    m = re.search(r"subject:\s*'((?:[^'\\]|\\.)*)'", mailable)
    if not m:
        raise ValueError("no literal subject in the envelope")
    return re.sub(r"\\(['\\])", r"\1", m.group(1))


def _laravel_lang(source: str) -> dict[str, str]:
    """``'key' => 'text'`` pairs of a Laravel language file (single-quoted, PHP escapes read).
    A key given twice with different texts (in two nested arrays) is left out, so looking it
    up raises rather than picking one."""
    pairs = re.findall(r"'([\w.]+)'\s*=>\s*'((?:[^'\\]|\\.)*)'", source)
    table: dict[str, str] = {}
    twice: set[str] = set()
    for key, raw in pairs:
        text = re.sub(r"\\(['\\])", r"\1", raw)
        if table.get(key, text) != text:
            twice.add(key)
        table[key] = text
    if not table:
        raise ValueError("no strings")
    return {k: v for k, v in table.items() if k not in twice}


def _lang_values(
    catalogue: dict[str, str], group: str, values: dict[str, str]
) -> Callable[[str], str]:
    """Values for a view's expressions: ``__('group.key')`` and ``__('group.key', ['k' =>
    $expr])`` from the catalogue, ``:k`` filled with ``$expr``'s value; any other expression by
    its exact text. An unknown key or expression raises."""
    plain = _exact(values)

    def value(expr: str) -> str:
        m = re.fullmatch(rf"__\('{re.escape(group)}\.(\w+)'(?:,\s*\[(.*)\])?\)", expr)
        if m is None:
            return plain(expr)
        if m.group(1) not in catalogue:
            raise ValueError(f"no string {group}.{m.group(1)}")
        args = {
            k: plain(v.strip()) for k, v in re.findall(r"'(\w+)'\s*=>\s*([^,]+)", m.group(2) or "")
        }
        return re.sub(r":(\w+)", lambda k: args.get(k.group(1), k.group(0)), catalogue[m.group(1)])

    return value


NEXSHIFT = "mcheritage/nexshift"
NEXSHIFT_COMMIT = "07377e85b2d326ac0052d75aea9d92b5965fba51"
NEXSHIFT_VIEWS = "resources/views/emails"
# The reason ApplicationController passes when a care home accepts another worker for the shift
# (and ApplicationRejected's default); the view words this one itself.
NEXSHIFT_FILLED = "Position filled by another applicant"
# (view, Mailable, category, the reviewer's notes (ours) or None, the truth of the conditions)
NEXSHIFT_MAILS = (
    ("application-rejected", "ApplicationRejected", "rejection", None),
    (
        "application-rejected",
        "ApplicationRejected",
        "rejection",
        "We need workers with at least six months of dementia care experience for this unit.",
    ),
    ("application-accepted", "ApplicationAccepted", "offer", None),
    ("new-shift-application", "NewShiftApplication", "platform_notice", None),
    (
        "user-status-changed",
        "UserStatusChanged",
        "not_a_job",
        "Your DBS certificate could not be verified against the update service.",
    ),
    (
        "document-status-changed",
        "DocumentStatusChanged",
        "not_a_job",
        "The scan of your right-to-work document is cut off at the bottom.",
    ),
)
# Ours: the care homes, shifts, times, rates, the care home's contact, the sender (MAIL_FROM is
# configuration: hello@example.com in .env.example; the domain is the support address's).
NEXSHIFT_HOMES = ("Willow Court Care Home", "Ashgrove House Nursing Home")
NEXSHIFT_SHIFTS = ("Senior Care Assistant - Night Shift", "Registered Nurse (RGN) - Day Shift")
NEXSHIFT_SENDER = ("NexShift", "notifications@nexshiftcare.co.uk")
NEXSHIFT_URL = "https://app.nexshiftcare.co.uk"


def _nexshift_subject(mailable: str, values: dict[str, str]) -> str:
    """A NexShift Mailable's subject: the literal, ``'literal' . $expr`` joined, or the
    ``match($this->action)`` arm for 'reject'."""
    arm = re.search(r"'reject' => '([^']*)'", mailable)
    if arm:
        return arm.group(1)
    joined = re.search(r"subject:\s*'([^']*)'\s*\.\s*([^,\n]+),", mailable)
    if joined:
        return joined.group(1) + values[joined.group(2).strip()]
    return _envelope_subject(mailable)


def nexshift(snap: Snapshot) -> Iterator[Spec]:
    """NexShift's mail to a healthcare worker on a shift application (and to a care home on a
    new applicant), HTML as Laravel sends a view, with a text part in turn."""
    unit = "nexshift/en"
    first = OWNER[0].split()[0]
    for n, (view, mailable, category, notes) in enumerate(NEXSHIFT_MAILS):
        path = f"{NEXSHIFT_VIEWS}/{view}.blade.php"
        home = NEXSHIFT_HOMES[n % len(NEXSHIFT_HOMES)]
        shift = NEXSHIFT_SHIFTS[(n // 2) % len(NEXSHIFT_SHIFTS)]
        reason = notes or NEXSHIFT_FILLED
        to_home = category == "platform_notice"
        values = {
            "$worker->first_name": "Jordan" if to_home else first,
            "$worker->last_name": "Ellis",
            "$worker->email": "jordan.ellis@example.org",
            "$worker->phone_number": "07700 900412",
            "$worker->years_experience": "4",
            "$careHome->name": home,
            "$careHome->user->first_name ?? 'Care Home Administrator'": first,
            "$careHome->user->name ?? 'Care Home Administrator'": OWNER[0],
            "$careHome->phone_number": "01632 960 118",
            "$careHome->address": "14 Mill Lane, Harrogate HG1 2QT",
            "$shift->title": shift,
            "$shift->location": "Harrogate",
            "$shift->id": "2281",
            "date('l, F j, Y', strtotime($shift->shift_date))": "Saturday, March 14, 2026",
            "date('g:i A', strtotime($shift->start_datetime))": "8:00 PM",
            "date('g:i A', strtotime($shift->end_datetime))": "8:00 AM",
            "number_format($shift->hourly_rate, 2)": "16.50",
            "$application->applied_at->format('F j, Y \\a\\t g:i A')": "March 2, 2026 at 9:14 AM",
            "$application->message": "I have worked nights at two nursing homes in Leeds.",
            "$reason": reason,
            "url('/worker/shifts')": f"{NEXSHIFT_URL}/worker/shifts",
            "url('/worker/my-shifts')": f"{NEXSHIFT_URL}/worker/my-shifts",
            "url('/shifts/' . $shift->id)": f"{NEXSHIFT_URL}/shifts/2281",
            "config('app.url')": NEXSHIFT_URL,
            "date('Y')": "2026",
            "now()->format('F j, Y \\a\\t g:i A')": "March 3, 2026 at 4:40 PM",
            "$user->name": OWNER[0],
            "$user->email": OWNER[1],
            "ucfirst($newStatus)": "Rejected",
            "ucfirst($oldStatus)": "Pending",
            "$user->role === 'health_worker' ? 'healthcare worker' : 'care home'": (
                "healthcare worker"
            ),
            "$user->role === 'health_worker' ? 'Healthcare Worker' : ($user->role === "
            "'care_home_admin' ? 'Care Home Administrator' : ucfirst(str_replace('_', ' ', "
            "$user->role)))": "Healthcare Worker",
            "$document->document_type": "Right to Work",
            "$document->original_name": "right_to_work_passport.pdf",
            "$oldStatus->getDisplayName()": "Pending Review",
            "$newStatus->getDisplayName()": "Rejected",
            "$newStatus->value": "rejected",
            "$document->reviewed_at->format('F j, Y \\a\\t g:i A')": "March 3, 2026 at 11:05 AM",
            "$document->rejection_reason": reason,
            "$this->application->shift->title": shift,
            "$entityName": OWNER[0],
        }
        truth = {
            "$reason && $reason !== 'Position filled by another applicant'": bool(notes),
            "$careHome->phone_number": True,
            "$careHome->address": True,
            "$worker->phone_number": True,
            "$worker->years_experience": True,
            "$application->message": True,
            "$action === 'approve'": False,
            "$action === 'reject'": True,
            "$action === 'suspend'": False,
            "$action === 'unsuspend'": False,
            "$reason": True,
            "$user->role === 'health_worker'": True,
            "$careHome": view != "document-status-changed" and to_home,
            "$worker": True,
            "$newStatus->isActionRequired()": True,
            "$document->rejection_reason": True,
            "$document->action_required": False,
        }
        blade = _blade_branches(snap.read(NEXSHIFT, NEXSHIFT_COMMIT, path), truth)
        html = render_blade(blade, _exact(values)).strip()
        source = snap.read(NEXSHIFT, NEXSHIFT_COMMIT, f"app/Mail/{mailable}.php")
        subject = _nexshift_subject(source, values)
        yield _spec(
            unit,
            blob_url(NEXSHIFT, NEXSHIFT_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=home,
            role=shift,
            labels_on_rejection=True,
            sender=NEXSHIFT_SENDER,
            noreply=True,
            fmt=("html", "html_only")[n % 2],
        )


FIBRECOMM = "Shameel681/FIbrecomm_TMS"
FIBRECOMM_COMMIT = "4b5a626c38619120efc1421ed1134f8755f9064e"
# view: (Mailable, category); the refusal twice (two HR officers, two formats)
FIBRECOMM_MAILS = (
    ("rejected", "ApplicantRejected", "rejection"),
    ("rejected", "ApplicantRejected", "rejection"),
    ("approved", "ApplicantApproved", "offer"),
)
FIBRECOMM_COMPANY = "Fibrecomm Network (M) Sdn. Bhd."
# Ours: the HR officers (the one who clicked), the sender, the internship's dates.
FIBRECOMM_HR = ("Nurul Aina Binti Ahmad", "Kavitha Raman")
FIBRECOMM_SENDER = ("Fibrecomm HR", "hr.internship@fibrecomm.net.my")


def fibrecomm(snap: Snapshot) -> Iterator[Spec]:
    """Fibrecomm's answer to an industrial training application, the view's HTML fragment as
    Laravel sends it (once with a text part beside it)."""
    unit = "fibrecomm/en"
    for n, (view, mailable, category) in enumerate(FIBRECOMM_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$applicant->full_name": OWNER[0],
            "$hrName": FIBRECOMM_HR[n % len(FIBRECOMM_HR)],
            "$applicant->start_date": "2026-07-01",
            "$applicant->expected_end_date": "2026-12-18",
        }
        html = render_blade(snap.read(FIBRECOMM, FIBRECOMM_COMMIT, path), _exact(values))
        source = snap.read(FIBRECOMM, FIBRECOMM_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            unit,
            blob_url(FIBRECOMM, FIBRECOMM_COMMIT, path),
            category,
            subject=_envelope_subject(source),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=FIBRECOMM_COMPANY,
            role="n/a",  # an industrial training placement, no post named
            labels_on_rejection=True,
            sender=FIBRECOMM_SENDER,
            noreply=False,
            fmt=("html_only", "html", "html")[n],
        )


YLTAT = "o-yen/yltat"
YLTAT_COMMIT = "da6c8b5cbfff619a0854a97cbc4eeb2ba2f618d0"
YLTAT_CATALOGUE = "lang/en/common.php"
# (view, Mailable, category, the administrator's reason (ours) or None)
YLTAT_MAILS = (
    (
        "application-rejected",
        "ApplicationRejectedMail",
        "rejection",
        "The programme is open to applicants who have been out of employment for at least "
        "one year.",
    ),
    (
        "application-rejected",
        "ApplicationRejectedMail",
        "rejection",
        "Your supporting documents did not include a copy of your academic transcript.",
    ),
    ("application-approved", "ApplicationApprovedMail", "offer", None),
    ("talent-welcome", "TalentWelcomeMail", "acknowledgement", None),
)
YLTAT_COMPANY = "Yayasan LTAT"
# Ours: the sender, the talent code and temporary password, the login route.
YLTAT_SENDER = ("Protege MINDEF", "noreply@protege.yltat.org.my")


def _yltat_subject(mailable: str, catalogue: dict[str, str]) -> str:
    """``'Protege MINDEF — ' . __('common.key')`` as its words."""
    m = re.search(r"subject:\s*'([^']*)'\s*\.\s*__\('common\.(\w+)'\)", mailable)
    if not m:
        raise ValueError("no subject of a literal and a string")
    return m.group(1) + catalogue[m.group(2)]


def yltat(snap: Snapshot) -> Iterator[Spec]:
    """The PROTEGE return-to-work programme's mail to an applicant in English, HTML as Laravel
    sends the view (once with a text part beside it)."""
    unit = "yltat/en"
    catalogue = _laravel_lang(snap.read(YLTAT, YLTAT_COMMIT, YLTAT_CATALOGUE))
    for n, (view, mailable, category, reason) in enumerate(YLTAT_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$talent->full_name": OWNER[0],
            "$talent->email": OWNER[1],
            "$talent->talent_code": f"PRT-2026-{118 + n:04d}",
            "$temporaryPassword": "Kx7!mP2q",
            "$reason": reason or "",
            "route('login')": "https://protege.yltat.org.my/login",
            "app()->getLocale()": "en",
        }
        blade = _blade_branches(snap.read(YLTAT, YLTAT_COMMIT, path), {})
        html = render_blade(blade, _lang_values(catalogue, "common", values)).strip()
        source = snap.read(YLTAT, YLTAT_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            unit,
            blob_url(YLTAT, YLTAT_COMMIT, path),
            category,
            subject=_yltat_subject(source, catalogue),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=YLTAT_COMPANY,
            role="n/a",  # a programme, no post named
            labels_on_rejection=True,
            sender=YLTAT_SENDER,
            noreply=True,
            fmt=("html_only", "html")[n % 2],
        )


def _php_concat(expr: str, value: Callable[[str], str]) -> str:
    """A PHP concatenation of quoted literals (a single-quoted one's escapes read) and
    expressions (``"A ". strtoupper($x['k'])``), each expression by ``value``
    (``strtoupper(...)`` upper-cased); anything else raises."""
    out = []
    for part in re.split(r"\s*\.\s*(?=['\"]|strtoupper|\$)", expr.strip()):
        lit = re.fullmatch(r"'((?:[^'\\]|\\.)*)'|\"([^\"$]*)\"", part)
        upper = re.fullmatch(r"strtoupper\((.*)\)", part)
        if lit and lit.group(1) is not None:
            out.append(re.sub(r"\\(['\\])", r"\1", lit.group(1)))  # PHP's escapes read
        elif lit:
            out.append(lit.group(2))
        elif upper:
            out.append(value(upper.group(1)).upper())
        elif part.startswith("$"):
            out.append(value(part))
        else:
            raise ValueError(f"cannot read {part!r}")
    return "".join(out)


def _ternary_subject(mailable: str, value: Callable[[str], str], first: bool) -> str:
    """``$subject = COND ? A : B;`` of a Mailable's ``build()``: arm A (``first``) or B, read
    by ``_php_concat``."""
    m = re.search(r"\$subject = [^?;]+\?\s*(.+?)\s+:\s+(.+?);\n", mailable)
    if not m:
        raise ValueError("no $subject = cond ? a : b")
    return _php_concat(m.group(1) if first else m.group(2), value)


def _details_lookup(fields: dict[str, str], exact: dict[str, str]) -> Callable[[str], str]:
    """``$details['k']``, ``$new_user['k']`` and ``$this->details['k']`` (or ``new_user``) by the
    key, ``ucwords(...)`` around one upper-casing each word's first letter as PHP does; other
    expressions by their exact text. An unknown key or expression raises."""

    def value(expr: str) -> str:
        m = re.fullmatch(r"(ucwords\()?\$(?:this->)?(?:details|new_user)\['(\w+)'\]\)?", expr)
        if m is None:
            if expr not in exact:
                raise ValueError(f"no value for {expr}")
            return exact[expr]
        if m.group(2) not in fields:
            raise ValueError(f"no field {m.group(2)}")
        text = fields[m.group(2)]
        if not m.group(1):
            return text
        return re.sub(r"(^|\s)(\w)", lambda w: w.group(1) + w.group(2).upper(), text)

    return value


THOZHIL = "saravanan971999/thozhil"
THOZHIL_COMMIT = "70478d5719af39aeea682810e20a5e587b0bb34e"
# (view, Mailable, category, stage, a job (type 1) or an internship (type 2))
THOZHIL_MAILS = (
    ("rejected", "RejectMail", "rejection", "application", True),
    ("rejected", "RejectMail", "rejection", "application", False),
    ("final_reject", "FinalRejectMail", "rejection", "interview", True),
    ("final_reject", "FinalRejectMail", "rejection", "interview", False),
    ("approved", "ApproveMail", "moving_forward", "n/a", True),
    ("test", "TestScheduleMail", "assessment", "n/a", False),
    ("final_approval", "FinalApprovalMail", "offer", "n/a", True),
)
# Ours: the companies and posts (typed by the employer, as the form keeps them: lower case
# where the view's ucwords() capitalises), the test's time and length, the sender (MAIL_FROM is
# configuration: hello@example.com).
THOZHIL_POSTS = (
    ("sri venkatesa textiles", "junior accountant"),
    ("kovai soft solutions", "flutter developer intern"),
    ("madurai agro foods", "quality control executive"),
    ("chennai cloudworks", "ui/ux design intern"),
)
THOZHIL_SENDER = ("Thozhil Careers", "no-reply@thozhil.in")


def thozhil(snap: Snapshot) -> Iterator[Spec]:
    """Thozhil's mail to a job or internship applicant, the view's HTML as Laravel sends it,
    the subject the Mailable's ternary picks for the application's type."""
    unit = "thozhil/en"
    for n, (view, mailable, category, stage, job) in enumerate(THOZHIL_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        company, post = THOZHIL_POSTS[n % len(THOZHIL_POSTS)]
        fields = {
            "name": OWNER[0].lower(),
            "title": post,
            "company_name": company,
            "type": "1" if job else "2",
            "datetime": "2026-03-18 10:30:00",
            "duration": "45",
            "app_id": f"{2400 + n}",
        }
        exact = {
            "url('candidate/application_profile/'.$details['app_id'])": (
                f"https://thozhil.in/candidate/application_profile/{2400 + n}"
            ),
        }
        value = _details_lookup(fields, exact)
        truth = {"$details['type'] == 1": job, "$new_user['type'] == 1": job}
        blade = _blade_branches(snap.read(THOZHIL, THOZHIL_COMMIT, path), truth)
        html = render_blade(blade, value).strip()
        source = snap.read(THOZHIL, THOZHIL_COMMIT, f"app/Mail/{mailable}.php")
        literal = re.search(r"->subject\('([^']*)'\)", source)
        subject = literal.group(1) if literal else _ternary_subject(source, value, job)
        rejection = category == "rejection"
        titled = value("ucwords($details['title'])")
        yield _spec(
            unit,
            blob_url(THOZHIL, THOZHIL_COMMIT, path),
            category,
            stage if rejection else None,
            subject=subject,
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=value("ucwords($details['company_name'])"),
            role=titled,
            labels_on_rejection=True,
            sender=THOZHIL_SENDER,
            noreply=True,
            fmt=("html_only", "html")[n % 2],
        )


MRCGP = "k-shah21/mrcgp"
MRCGP_COMMIT = "8e4dcc544a2f7d8a9995ce0162bd33e72f6e94b6"
# (view, Mailable, category, the reviewer's reason (ours) or None)
MRCGP_MAILS = (
    (
        "application-rejected",
        "ApplicationRejected",
        "not_a_job",
        "The internship completion certificate you uploaded is not attested by the hospital.",
    ),
    ("application-rejected", "ApplicationRejected", "not_a_job", None),
    ("application-received", "ApplicationReceived", "acknowledgement", None),
)
# Ours: the sender (no MAIL_FROM in the repository).
MRCGP_SENDER = ("MRCGP [INT] South Asia", "applications@mrcgpsouthasia.org")


def mrcgp(snap: Snapshot) -> Iterator[Spec]:
    """Look-alikes: the MRCGP [INT] South Asia examination's mail to a doctor who applied to
    sit its Applied Knowledge Test: the application not approved (with the reviewer's reason
    and without) and received."""
    unit = "mrcgp/en"
    for n, (view, mailable, category, reason) in enumerate(MRCGP_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$application->usualForename ?? $application->fullName": OWNER[0].split()[0],
            "$application->rejection_reason": reason or "",
            "date('Y')": "2026",
        }
        truth = {"$application->rejection_reason": bool(reason)}
        blade = _blade_branches(snap.read(MRCGP, MRCGP_COMMIT, path), truth)
        html = render_blade(blade, _exact(values)).strip()
        source = snap.read(MRCGP, MRCGP_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            unit,
            blob_url(MRCGP, MRCGP_COMMIT, path),
            category,
            subject=_envelope_subject(source),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company="n/a",
            role="n/a",
            sender=MRCGP_SENDER,
            noreply=False,
            fmt=("html", "html_only", "html")[n],
        )


HOOIHR = "HooiErn/hr_management"
HOOIHR_COMMIT = "5afe4044a48134b432fa2bad4755cb24cb341d0d"
# (view, Mailable, category): the interviewer's verdict after the interview
HOOIHR_MAILS = (
    ("rejected", "RejectedNotification", "rejection"),
    ("rejected", "RejectedNotification", "rejection"),
    ("hired", "HiredNotification", "offer"),
)
# Ours: the app's name (config('app.name'): the company's), the sender, the start date. The
# hired mail's PDF contract is left out (the corpus has no attachments).
HOOIHR_COMPANIES = ("Lim Brothers Trading", "Penang Precision Parts")
HOOIHR_SENDER_USER = "hr"


def hooihr(snap: Snapshot) -> Iterator[Spec]:
    """A Malaysian HR system's verdict after an interview, rejected or hired, the view's HTML
    as Laravel sends it (once with a text part)."""
    unit = "hooihr/en"
    for n, (view, mailable, category) in enumerate(HOOIHR_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        company = HOOIHR_COMPANIES[n % len(HOOIHR_COMPANIES)]
        values = {
            "$name": OWNER[0],
            "config('app.name')": company,
            "$start_date": "Mar 16, 2026",
        }
        html = render_blade(snap.read(HOOIHR, HOOIHR_COMMIT, path), _exact(values)).strip()
        source = snap.read(HOOIHR, HOOIHR_COMMIT, f"app/Mail/{mailable}.php")
        literal = re.search(r"->subject\('([^']*)'\)", source)
        if not literal:
            raise ValueError(f"no subject in {mailable}")
        domain = company.lower().replace(" ", "") + ".com.my"
        rejection = category == "rejection"
        yield _spec(
            unit,
            blob_url(HOOIHR, HOOIHR_COMMIT, path),
            category,
            "interview" if rejection else None,
            subject=literal.group(1),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=company,
            role="n/a",  # the view names no post
            labels_on_rejection=True,
            sender=(f"{company} HR", f"{HOOIHR_SENDER_USER}@{domain}"),
            noreply=False,
            fmt=("html_only", "html", "html")[n],
        )


CORNE = "mutheejj/corne"
CORNE_COMMIT = "85866701b02c291d9f54db74c645aa14d7a2a985"
CORNE_DIR = "app/Notifications"
# (notification, category, the committee's reason (ours) or None)
CORNE_MAILS = (
    (
        "CandidateRejectedNotification",
        "not_a_job",
        "Your nomination form was signed by fewer than twenty registered students.",
    ),
    ("CandidateRejectedNotification", "not_a_job", None),
    ("CandidateApprovedNotification", "other", None),
)
# Ours: the app's name as its mail layout brands it (APP_NAME is "Laravel" in .env.example),
# its address, the elections and positions, the sender.
CORNE_APP = "Cornelect"
CORNE_URL = "https://cornelect.example.ac.ke"
CORNE_ELECTIONS = (
    ("Students' Union General Elections 2026", "Secretary General"),
    ("School of Computing Class Representatives 2026", "Class Representative, BSc IT Year 3"),
)
CORNE_SENDER = (CORNE_APP, "no-reply@cornelect.example.ac.ke")
# Laravel's notification view heads a mail without a greeting with this (email.blade.php).
LARAVEL_HELLO = "Hello!"


def corne(snap: Snapshot) -> Iterator[Spec]:
    """Look-alikes: a university election platform's notification to a student whose
    candidacy for a union position the election committee rejected (with a reason and
    without) or approved, as Laravel's default notification mail renders a ``MailMessage``."""
    unit = "corne/en"
    for n, (notification, category, reason) in enumerate(CORNE_MAILS):
        path = f"{CORNE_DIR}/{notification}.php"
        election, position = CORNE_ELECTIONS[n % len(CORNE_ELECTIONS)]
        # the builder is named $mail here; _mail_message reads the $message convention
        method = _php_method(snap.read(CORNE, CORNE_COMMIT, path), "toMail")
        method = method.replace("$mail", "$message")
        values = {
            "$this->candidate->position->title": position,
            "$this->candidate->election->title": election,
            "$this->reason": reason or "",
            "route('candidate.dashboard')": f"{CORNE_URL}/candidate/dashboard",
        }
        calls = _mail_message(method, values, {"$this->reason": bool(reason)})
        if not any(name == "greeting" for name, _ in calls):
            calls.insert(0, ("greeting", [LARAVEL_HELLO]))
        subjects = [args[0] for name, args in calls if name == "subject"]
        if len(subjects) != 1:
            raise ValueError(f"{len(subjects)} subjects")
        html = _laravel_notification_html(calls, CORNE_APP, CORNE_URL)
        yield _spec(
            unit,
            blob_url(CORNE, CORNE_COMMIT, path),
            category,
            subject=subjects[0],
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company="n/a",
            role="n/a",
            sender=CORNE_SENDER,
            noreply=True,
            fmt=("html", "html_only", "html")[n],
        )
