"""Recipes for session 41's sources59 (issue 11): a job board's status mail, a company
applicant tracker's status mail in Portuguese whose refusal is the English status word, and a
Colombian applicant tracker's seeded Spanish templates (a short "the post has been filled").

CareerK (amrrdev/careerk, NestJS, a job board with matching): when a company changes an
application's status, ``ApplicationStatusEmailProcessor`` calls
``EmailService.sendApplicationStatusUpdateEmail`` with the job seeker's first name and the
status; the subject is "Application Status Updated: <Status> - CareerK" and the body
``getApplicationStatusUpdateTemplate`` (``email-templates.service.ts``): "<company> has updated
the status of your application on CareerK", a badge with the status and one sentence for it
("The company has decided not to move forward with your application at this stage."). The
processor passes no company name, so the template's fallback "a company" stands in every mail.
Nodemailer is given ``html`` only: HTML mail without a text part. Ours: the sender's address
(the code sends from its SMTP user, no display name).

Recruit (Harox/recruit, a 2020 copy of Froiden's Recruit, a Laravel 5.8 applicant tracker a
company runs for its own careers site; ``config/app.php`` sets the locale ``pt``): moving an
application to another column of the board sends ``CandidateStatusChange`` ("O seu estado foi
atualizado para o emprego. - <job>", "Agora o seu estado é - <status>"), the status being the
board column's stored English name (``application_status``: applied, phone screen,
interview, hired, rejected) through ``ucfirst``: a Portuguese mail whose refusal is the word
"Rejected". Look-alikes from the same system: the interview scheduled and the job offer. The
mails are Laravel's notification mail (no ``pt.json``, so its "Regards," and the button's
subcopy stay English); ``SmtpSettings`` sets the app's name and the sender's name to the first
word of the company's name. Ours: the company, its address and site, the offer code, the
interview's date.

Selektor (geraldmonsalve-mido/Selektor, a Colombian applicant-tracking prototype, Next.js and
Supabase; no snapshot could be fetched: the files are read with ``read_file`` at the pinned
commit and stored as plain files): the seed migration ``005_selektor_seed.sql`` holds the seven
candidate mail templates of its demo company PingPong Burger (a Medellín burger chain):
received, pre-selected, under review, "No continúa" ("Hemos decidido continuar con candidatos
que se ajustan de manera más específica a los requerimientos actuales"), interview invitation,
selected, and "Cierre de vacante", the short notice the others get when the post is filled
("La vacante ha sido cubierta."). ``sendEmail`` (``lib/store.jsx``) fills ``[nombre]`` with
the first name, ``[empresa]`` with the company and ``[cargo]`` with the job's title through
``fill`` (``lib/utils.js``). The app logs the mails it sends (``email_logs``; the README plans
Resend for real delivery): plain text, as written. Ours: the interview's details.

No repository states a licence: the texts are read at build time, never committed."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, spec
from .snapshot import Snapshot, blob_url
from .sources_suites25 import _laravel_notification_html, _php_split
from .sources_suites35 import _text_part
from .sources_suites57 import _fill_literal, _literal_at

FIRST, LAST = OWNER[0].split()

CAREERK = "amrrdev/careerk"
CAREERK_COMMIT = "e48a230fc7a4cc869cc73098cb7131a46f933488"
CAREERK_TEMPLATES_PATH = "src/infrastructure/email/email-templates.service.ts"
CAREERK_SERVICE_PATH = "src/infrastructure/email/email.service.ts"
CAREERK_PROCESSOR_PATH = (
    "src/modules/company/application/processor/application-status-email.processor.ts"
)
CAREERK_SENDER = ("", "no-reply@careerk.example")  # ours: the SMTP user, no display name
CAREERK_YEAR = "2026"  # new Date().getFullYear() at the build's mail dates
# (status a company sets, category): each status once, the refusal twice.
CAREERK_MAILS = (
    ("REVIEWED", "acknowledgement"),
    ("SHORTLISTED", "moving_forward"),
    ("INTERVIEW_SCHEDULED", "interview_invitation"),
    ("REJECTED", "rejection"),
    ("REJECTED", "rejection"),
    ("HIRED", "offer"),
    ("WITHDRAWN", "other"),
)


def careerk_status_label(status: str) -> str:
    """``formatApplicationStatus``: INTERVIEW_SCHEDULED -> Interview Scheduled."""
    return " ".join(part[:1].upper() + part[1:] for part in status.lower().split("_"))


def _ts_method(source: str, name: str) -> str:
    """The text of a class method ``name(`` up to the next method at the class's indent."""
    m = re.search(rf"^  (?:private )?{name}\(", source, re.M)
    if m is None:
        raise ValueError(f"no method {name}")
    end = re.compile(r"^  (?:private |async )?\w+\(", re.M).search(source, m.end())
    return source[m.start() : end.start() if end else len(source)]


def _status_cases(method: str) -> dict[str, str]:
    """status -> the block of a ``switch (status)`` its ``case`` labels share (the ``default``
    block under ``default``)."""
    out: dict[str, str] = {}
    pending: list[str] = []
    parts = re.split(r"^\s*(case ApplicationStatusEnum\.\w+:|default:)\s*$", method, flags=re.M)
    for n in range(1, len(parts), 2):
        label = parts[n]
        pending.append(label[len("case ApplicationStatusEnum.") : -1] if "case" in label else "")
        lines = parts[n + 1].strip().splitlines()
        # the switch's closing brace ends the last block
        block = "\n".join(lines[: next((i for i, x in enumerate(lines) if x.strip() == "}"), None)])
        if block:
            for status in pending:
                out[status or "default"] = block
            pending = []
    if not out:
        raise ValueError("no switch cases")
    return out


def careerk_message(source: str, status: str) -> str:
    """``getApplicationStatusMessage``'s sentence for ``status``."""
    cases = _status_cases(_ts_method(source, "getApplicationStatusMessage"))
    block = cases.get(status, cases["default"])
    m = re.fullmatch(r"return '((?:[^'\\]|\\.)*)';", block)
    if m is None:
        raise ValueError(f"{status}: not one string return")
    return re.sub(r"\\(.)", r"\1", m.group(1))


def careerk_theme(source: str, status: str) -> dict[str, str]:
    """``getApplicationStatusTheme``'s colours for ``status``."""
    cases = _status_cases(_ts_method(source, "getApplicationStatusTheme"))
    block = cases.get(status, cases["default"])
    pairs = dict(re.findall(r"(\w+): '([^']*)'", block))
    if not pairs:
        raise ValueError(f"{status}: no theme")
    return {f"theme.{k}": v for k, v in pairs.items()}


def _careerk_checked(service: str, processor: str) -> str:
    """The subject literal of ``sendApplicationStatusUpdateEmail``, after checking that the
    processor passes the first name and no company, and that the mail is sent as HTML only."""
    method = _ts_method(service, "async sendApplicationStatusUpdateEmail")
    if "userName: jobSeekerName," not in method or "companyName" in method:
        raise ValueError("the status mail's arguments changed")
    if "job.data.firstName," not in processor:
        raise ValueError("the processor no longer passes the first name")
    send = _ts_method(service, "async sendEmail")
    if "html: options.html," not in send or "text: options.text," not in send:
        raise ValueError("sendEmail changed")
    if "text:" in method:
        raise ValueError("the status mail now has a text part")
    m = re.search(r"subject: (`[^`]*`),", method)
    if m is None:
        raise ValueError("no subject literal")
    return m.group(1)[1:-1]


def careerk(snap: Snapshot) -> Iterator[Spec]:
    """The job board's status mail to a job seeker, once for each status a company sets (the
    refusal twice); HTML only, as nodemailer sends ``html`` without ``text``."""
    unit = "careerk/en"

    def read(path: str) -> str:
        return snap.read(CAREERK, CAREERK_COMMIT, path)

    templates = read(CAREERK_TEMPLATES_PATH)
    subject_t = _careerk_checked(read(CAREERK_SERVICE_PATH), read(CAREERK_PROCESSOR_PATH))
    method = _ts_method(templates, "getApplicationStatusUpdateTemplate")
    body = _literal_at(method, method.index("return `") + 7)
    for status, category in CAREERK_MAILS:
        label = careerk_status_label(status)
        values = {
            "safeUserName": html_lib.escape(FIRST),
            "safeCompanyName": "a company",  # the processor gives no companyName
            "statusLabel": label,
            "statusMessage": careerk_message(templates, status),
            "new Date().getFullYear()": CAREERK_YEAR,
            **careerk_theme(templates, status),
        }
        html = _fill_literal(body, values).strip()
        yield spec(
            unit,
            blob_url(CAREERK, CAREERK_COMMIT, CAREERK_TEMPLATES_PATH),
            category,
            subject=_fill_literal(subject_t, {"statusLabel": label}),
            text=_text_part(html),
            html=html,
            # the mail names neither the company nor the job
            company="n/a",
            role="n/a",
            labels_on_rejection=True,
            sender=CAREERK_SENDER,
            noreply=True,
            fmt="html_only",
        )


RECRUIT = "Harox/recruit"
RECRUIT_COMMIT = "ade25b02dc1c7cdb9f5dc65c0b01533db8271f46"
RECRUIT_DIR = "app/Notifications"
RECRUIT_EMAIL_PATH = "resources/lang/pt/email.php"
RECRUIT_MODULES_PATH = "resources/lang/pt/modules.php"
RECRUIT_APP_PATH = "config/app.php"
RECRUIT_SMTP_PATH = "app/Traits/SmtpSettings.php"
RECRUIT_STATUS_PATH = "database/migrations/2018_06_04_174729_create_application_status_table.php"
# Ours: the company (SmtpSettings keeps its first word as the app's and the sender's name),
# its mail settings' address, its site, the offer's code, the interview.
RECRUIT_COMPANY = "Tecnoforma Soluções Informáticas"
RECRUIT_SENDER_ADDR = "recrutamento@tecnoforma.example.pt"
RECRUIT_URL = "https://carreiras.tecnoforma.example.pt"
RECRUIT_OFFER_CODE = "qX7kT2bN9mWc"
RECRUIT_INTERVIEW = "Mar 12, 2026 10:30 am"  # schedule_date->format('M d, Y h:i a')
RECRUIT_JOBS = ("Programador Full Stack", "Técnico de Apoio ao Cliente", "Analista de Dados")
# Laravel 5.8's notification mail, untranslated (the app has no pt.json): its subcopy.
RECRUIT_SUBCOPY = (
    'If you’re having trouble clicking the "{text}" button, copy and paste the URL below '
    "into your web browser:"
)
# (notification, board status or None, category)
RECRUIT_MAILS = (
    ("CandidateStatusChange", "phone screen", "moving_forward"),
    ("CandidateStatusChange", "interview", "moving_forward"),
    ("CandidateScheduleInterview", None, "interview_invitation"),
    ("CandidateStatusChange", "rejected", "rejection"),
    ("CandidateStatusChange", "rejected", "rejection"),
    ("CandidateStatusChange", "hired", "offer"),
    ("JobOffer", None, "offer"),
)


def php_array(source: str) -> dict[str, str]:
    """A PHP language file's nested ``array (...)`` / ``[...]`` as dotted keys
    (``'a' => array ('b' => 'x')`` -> ``a.b``), single-quoted strings with escapes read."""
    token = re.compile(
        r"'((?:[^'\\]|\\.)*)'\s*=>\s*(?:(array\s*\(|\[)|'((?:[^'\\]|\\.)*)')|(\)|\])"
    )
    start = re.search(r"return\s+(?:array\s*\(|\[)", source)
    if start is None:
        raise ValueError("no returned array")
    out: dict[str, str] = {}
    path: list[str] = []
    for m in token.finditer(source, start.end()):
        key, opens, text, closes = m.groups()
        if closes:
            if not path:
                break
            path.pop()
        elif opens:
            path.append(key)
        else:
            out[".".join([*path, key])] = re.sub(r"\\(['\\])", r"\1", text)
    if not out:
        raise ValueError("no strings")
    return out


def recruit_value(expr: str, lang: Mapping[str, str], values: Mapping[str, str]) -> str:
    """A PHP string expression: quoted literals, ``__('file.key')`` from ``lang`` and any
    other term by its exact text in ``values``, joined by dots; an unknown one raises."""
    out = []
    for term in _php_split(expr, "."):  # PHP's concatenation dot, with or without spaces
        lit = re.fullmatch(r"'((?:[^'\\]|\\.)*)'", term)
        trans = re.fullmatch(r"__\('([\w.]+)'\)", term)
        if lit:
            out.append(re.sub(r"\\(['\\])", r"\1", lit.group(1)))
        elif trans:
            if trans.group(1) not in lang:
                raise ValueError(f"no string {trans.group(1)}")
            out.append(lang[trans.group(1)])
        elif term in values:
            out.append(values[term])
        else:
            raise ValueError(f"no value for {term}")
    return "".join(out)


def recruit_calls(
    source: str, lang: Mapping[str, str], values: Mapping[str, str]
) -> list[tuple[str, list[str]]]:
    """The ``->call(args)`` lines of ``toMail``'s ``(new MailMessage)`` chain, arguments
    evaluated (``action`` split on its top-level comma)."""
    at = source.index("public function toMail(")
    body = source[at : source.index("\n    }", at)]
    calls: list[tuple[str, list[str]]] = []
    for name, args in re.findall(r"^\s*->(\w+)\((.*)\);?$", body, re.M):
        if name not in ("subject", "greeting", "line", "action"):
            raise ValueError(f"unsupported MailMessage call {name}")
        split = re.fullmatch(r"(__\('[\w.]+'\)), (route\(.*\))", args) if name == "action" else None
        parts = [split.group(1), split.group(2)] if split else [args]
        calls.append((name, [recruit_value(p, lang, values) for p in parts]))
    if not calls:
        raise ValueError("no MailMessage calls")
    return calls


def _recruit_checked(snap: Snapshot) -> list[str]:
    """The board's stored status names, after checking the app's locale and that the mail
    settings still name the app and the sender after the company's first word."""

    def read(path: str) -> str:
        return snap.read(RECRUIT, RECRUIT_COMMIT, path)

    if "'locale' => 'pt'," not in read(RECRUIT_APP_PATH):
        raise ValueError("the app's locale changed")
    smtp = read(RECRUIT_SMTP_PATH)
    for part in (
        "Config::set('app.name', $company[0]);",
        "Config::set('mail.from.name', $company[0]);",
    ):
        if part not in smtp:
            raise ValueError(f"SmtpSettings changed: no {part}")
    # the seeded rows (the commented-out copy above them starts with //)
    return re.findall(r"^\s*\['status' => '([^']+)'\]", read(RECRUIT_STATUS_PATH), re.M)


def recruit(snap: Snapshot) -> Iterator[Spec]:
    """A company's applicant tracker writing to a candidate in Portuguese: the board's status
    changes (phone screen, interview, rejected twice, hired), the interview scheduled and the
    job offer, as Laravel's notification mail; HTML with its text part."""
    unit = "recruit/pt"
    statuses = _recruit_checked(snap)
    lang = {
        **{
            f"email.{k}": v
            for k, v in php_array(snap.read(RECRUIT, RECRUIT_COMMIT, RECRUIT_EMAIL_PATH)).items()
        },
        **{
            f"modules.{k}": v
            for k, v in php_array(snap.read(RECRUIT, RECRUIT_COMMIT, RECRUIT_MODULES_PATH)).items()
        },
    }
    app_name = RECRUIT_COMPANY.split(" ", maxsplit=1)[0]
    for n, (notification, status, category) in enumerate(RECRUIT_MAILS):
        if status is not None and status not in statuses:
            raise ValueError(f"no board status {status}")
        path = f"{RECRUIT_DIR}/{notification}.php"
        job = RECRUIT_JOBS[n % len(RECRUIT_JOBS)]
        values = {
            "ucwords($notifiable->full_name)": OWNER[0],
            "ucwords($this->jobApplication->full_name)": OWNER[0],
            "ucwords($this->jobApplication->job->title)": job,
            "ucfirst($this->jobApplication->status->status)": (status or "")[:1].upper()
            + (status or "")[1:],
            "$this->interviewSchedule->schedule_date->format('M d, Y h:i a')": RECRUIT_INTERVIEW,
            "route('jobs.job-offer', $this->jobApplication->onboard->offer_code)": (
                f"{RECRUIT_URL}/job-offer/{RECRUIT_OFFER_CODE}"
            ),
        }
        calls = recruit_calls(snap.read(RECRUIT, RECRUIT_COMMIT, path), lang, values)
        subjects = [args[0] for name, args in calls if name == "subject"]
        if len(subjects) != 1:
            raise ValueError(f"{len(subjects)} subjects")
        body = _laravel_notification_html(
            calls, app_name, app_url=RECRUIT_URL, subcopy_text=RECRUIT_SUBCOPY
        )
        yield spec(
            unit,
            blob_url(RECRUIT, RECRUIT_COMMIT, path),
            category,
            subject=subjects[0],
            text=_text_part(body),
            html=f"<html><body>{body}</body></html>",
            company=app_name,
            role=job,
            labels_on_rejection=True,
            sender=(app_name, RECRUIT_SENDER_ADDR),
            noreply=False,
            fmt="html",
        )


SELEKTOR = "geraldmonsalve-mido/Selektor"
SELEKTOR_COMMIT = "30cc863e5e415cf237df3ce84f3f737c1494cb2e"
SELEKTOR_SEED_PATH = "migrations/005_selektor_seed.sql"
SELEKTOR_FILL_PATH = "lib/utils.js"
# Ours: the interview's details (the recruiter fills them in the panel's interview form).
SELEKTOR_INTERVIEW = {
    "fecha_entrevista": "2026-06-10",
    "hora_entrevista": "10:00 – 10:30",  # `${d.start} – ${d.end}`
    "modalidad": "Presencial",
    "ubicacion_o_link": "Sede Laureles, Medellín",
    "nombre_reclutador": "Valentina Ospina",
}
# (template key, the seeded job it is sent for: 0 or 1, category)
SELEKTOR_MAILS = (
    ("application_received", 0, "acknowledgement"),
    ("preselected", 1, "moving_forward"),
    ("observation", 0, "acknowledgement"),
    ("rejected", 0, "rejection"),
    ("rejected", 1, "rejection"),
    ("interview_invitation", 0, "interview_invitation"),
    ("selected", 1, "offer"),
    ("job_closed", 0, "rejection"),
    ("job_closed", 1, "rejection"),
)


def _sql_strings(row: str) -> list[str]:
    """The string literals of an SQL values row: ``'...'`` (doubled quotes undone) and
    PostgreSQL's ``E'...'`` (its ``\\n`` a line break)."""
    out = []
    for escaped, raw in re.findall(r"(E?)'((?:[^'\\]|''|\\.)*)'", row):
        text = raw.replace("''", "'")
        if escaped:
            text = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)
        out.append(text)
    return out


def _sql_insert(sql: str, table: str) -> list[list[str]]:
    """The string cells of each row of ``INSERT INTO table (...) VALUES ... ON CONFLICT``."""
    at = sql.index(f"INSERT INTO {table} ")
    values = sql[sql.index("VALUES", at) + 6 : sql.index("ON CONFLICT", at)]
    rows = re.split(r"\),\s*\n\s*\(", values.strip().removeprefix("(").removesuffix(")"))
    return [_sql_strings(row) for row in rows]


def selektor_seed(sql: str) -> tuple[tuple[str, str], list[str], dict[str, tuple[str, str]]]:
    """((company, its address), the job titles, template key -> (subject, body)) of the seed."""
    (company,) = _sql_insert(sql, "selektor.companies")
    jobs = [row[2] for row in _sql_insert(sql, "selektor.jobs")]
    templates = {}
    for row in _sql_insert(sql, "selektor.email_templates"):
        _, key, _, subject, body = row
        templates[key] = (subject, body)
    return (company[1], company[4]), jobs, templates


def selektor_fill(text: str, values: Mapping[str, str]) -> str:
    """``fill``: each ``[key]`` of ``values`` replaced; an unknown ``[key]`` left (as the app
    leaves it)."""
    for key, value in values.items():
        text = text.replace(f"[{key}]", value)
    return text


def selektor(snap: Snapshot) -> Iterator[Spec]:
    """The seeded company's seven templates as ``sendEmail`` fills them: received,
    pre-selected, under review, refused (twice, two posts), interview, selected, and the
    post filled (twice); plain text."""
    unit = "selektor/es"
    fill_js = snap.read(SELEKTOR, SELEKTOR_COMMIT, SELEKTOR_FILL_PATH)
    if '.split(`[${k}]`).join(v ?? "")' not in fill_js:
        raise ValueError("fill changed")
    (company, address), jobs, templates = selektor_seed(
        snap.read(SELEKTOR, SELEKTOR_COMMIT, SELEKTOR_SEED_PATH)
    )
    for key, job_n, category in SELEKTOR_MAILS:
        job = jobs[job_n]
        values = {"nombre": FIRST, "empresa": company, "cargo": job}
        if key == "interview_invitation":
            values.update(SELEKTOR_INTERVIEW)
        subject_t, body_t = templates[key]
        subject, body = selektor_fill(subject_t, values), selektor_fill(body_t, values)
        if re.search(r"\[\w+\]", subject + body):
            raise ValueError(f"{key}: a placeholder left")
        yield spec(
            unit,
            blob_url(SELEKTOR, SELEKTOR_COMMIT, SELEKTOR_SEED_PATH),
            category,
            subject=subject,
            text=body + "\n",
            company=company,
            role=job,
            labels_on_rejection=True,
            sender=(company, address),
            noreply=False,
            fmt="plain",
        )
