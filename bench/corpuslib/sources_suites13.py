"""Recipes for session 27's sources13 (issue 11): Dutch and French job-mail wording from a
Dutch skill-matching platform and a French temporary-work marketplace.

Nexa Skillmatching (mtosun-mebura/nexa-cursor, a Dutch recruitment and matching platform on
Laravel): the e-mail templates its seeder creates for every employer on the platform, among
them two refusals of an application ("Helaas moeten we je mededelen dat we op dit moment niet
verder kunnen gaan met jouw sollicitatie", with the recruiter's reason; "Na zorgvuldige
overweging hebben we besloten om niet verder te gaan met je sollicitatie"), and its look-alikes:
a receipt, interview invitation and confirmation, a match and a vacancy alert, the account's
welcome, activation, deactivation and password reset. QuickJob (fayprojet-cpu/QuickJob, a
French-language marketplace for temporary work): the decision mail to a worker who applied for
a mission (refused: "Le recruteur a décidé de ne pas donner suite à ta candidature"; accepted),
in French (tu-form) and English, and the new-application notice its recruiters get; the
repository has no snapshot to fetch, so its two template files were read with the search
tool's read_file at their commit and stored as plain files. Privatio (Federico93Ita/Privatio,
an Italian platform putting home sellers in touch with estate agencies): an agency's
application ("candidatura") to join its partner network, received, approved and refused in a
job's words ("Dopo un'attenta valutazione, al momento non siamo in grado di procedere ... Il
nostro processo di selezione è molto rigoroso"): a look-alike that is not about a job."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()


NEXA = "mtosun-mebura/nexa-cursor"
NEXA_COMMIT = "410f56fc5db4eb391b83997a2757cc6f1382af82"
NEXA_PATH = "backend/database/seeders/EmailTemplateSeeder.php"
# template type: category. "match" and "vacancy_published" point the candidate to a vacancy
# (job alerts); the account mails are the platform's own.
NEXA_MAILS = {
    "welcome": "platform_notice",
    "match": "job_alert",
    "interview": "interview_invitation",
    "rejection": "rejection",
    "application_received": "acknowledgement",
    "account_deactivated": "platform_notice",
    "password_reset": "platform_notice",
    "vacancy_published": "job_alert",
    "interview_confirmed": "interview_invitation",
    "application_rejected": "rejection",
    "account_activated": "platform_notice",
}
# Ours: every value the templates' placeholders take (the platform passes them in), the
# recruiter's reason and the senders (the employer's careers box; the platform's no-reply box
# for its own account mails).
NEXA_VALUES = {
    "interview_date": "dinsdag 14 april",
    "interview_time": "10:30",
    "interview_location": "Stationsplein 12, Utrecht",
    "interview_type": "Op locatie",
    "interviewer_name": "Sanne de Vries",
    "interviewer_email": "sanne.devries@example.nl",
    "vacancy_location": "Utrecht",
    "match_score": "87",
    "vacancy_url": "https://nexa.example.nl/vacatures/4182",
    "dashboard_url": "https://nexa.example.nl/dashboard",
    "reset_url": "https://nexa.example.nl/wachtwoord/reset/9f3c2a",
    "application_date": "3 maart 2026",
    "application_reference": "SOL-2026-0417",
    "deactivation_date": "12 februari 2026",
    "deactivation_reason": "Op eigen verzoek",
    "activation_date": "2 februari 2026",
    "employment_type": "Fulltime",
    "salary_range": "€ 3.400 - € 4.200",
    "REJECTION_REASON": "Andere kandidaten sloten beter aan bij de gevraagde ervaring.",
}
NEXA_PLATFORM_SENDER = ("Nexa Skillmatching", "no-reply@nexa.example.nl")
NEXA_ACCOUNT = {"welcome", "account_deactivated", "password_reset", "account_activated"}


def _php_templates(source: str) -> dict[str, tuple[str, str, str]]:
    """type -> (subject, html, text) of the seeder's template arrays (PHP single quotes)."""
    found = re.findall(
        r"'subject' => (.*?),\n\s*'type' => '(\w+)',.*?"
        r"'html_content' => '(.*?)',\n\s*'text_content' => '(.*?)',\n\s*'is_active'",
        source,
        re.S,
    )
    if not found:
        raise ValueError("no templates in the seeder")
    return {kind: (subject, html, text) for subject, kind, html, text in found}


def _php_value(expr: str, company: str) -> str:
    """A PHP string expression of quoted parts and ``$company->name``, evaluated."""
    expr = re.sub(r"'\s*\.\s*\$company->name\s*\.\s*'", company.replace("\\", "\\\\"), expr)
    expr = expr.strip()
    if not (expr.startswith("'") and expr.endswith("'")):
        raise ValueError(f"not a PHP string: {expr[:40]}")
    return re.sub(r"\\(['\\])", r"\1", expr[1:-1])


def _nexa_fill(text: str, values: dict[str, str]) -> str:
    """The platform's placeholders, ``{{ $name }}`` and ``{NAME}``/``{{NAME}}``, filled."""
    text = re.sub(r"\{\{ \$(\w+) \}\}", lambda m: values[m.group(1)], text)
    text = re.sub(r"\{\{?([A-Z_]+)\}?\}", lambda m: values[m.group(1)], text)
    if "{" in text:
        raise ValueError("unfilled placeholder in a Nexa template")
    return text


def nexa(snap: Snapshot) -> Iterator[Spec]:
    """Nexa Skillmatching's seeded templates, sent for an employer on the platform: each
    refusal as its text and as its HTML part, every other template once, in turn plain text,
    hard-wrapped text, multipart and HTML only."""
    source = snap.read(NEXA, NEXA_COMMIT, NEXA_PATH)
    url = blob_url(NEXA, NEXA_COMMIT, NEXA_PATH)
    templates = _php_templates(source)
    fmts = ("plain", "html", "wrapped", "html_only")
    n = 0
    for kind, category in NEXA_MAILS.items():
        subject, html, text = templates[kind]
        for k in range(2 if category == "rejection" else 1):
            f = fill_for("nexa/nl", kind, "nl", k)
            company = "Nexa Skillmatching" if kind in NEXA_ACCOUNT else f.company
            values = {
                **NEXA_VALUES,
                "user_name": FIRST,
                "candidate_name": FIRST,
                "CANDIDATE_FIRST_NAME": FIRST,
                "vacancy_title": f.role,
                "VACANCY_TITLE": f.role,
                "company_name": f.company,
                "COMPANY_NAME": f.company,
            }
            subj = _nexa_fill(_php_value(subject, company), values)
            fmt = fmts[n % 4]
            n += 1
            fields: dict[str, Any] = {
                "subject": subj,
                "company": "n/a" if kind in NEXA_ACCOUNT else f.company,
                "role": f.role if kind not in NEXA_ACCOUNT else "n/a",
                "sender": NEXA_PLATFORM_SENDER if kind in NEXA_ACCOUNT else f.sender("careers")[0],
                "noreply": kind in NEXA_ACCOUNT,
                "fmt": fmt,
            }
            if kind in {"match", "vacancy_published"}:
                fields["company"] = f.company
            if fmt.startswith("html"):
                page = _nexa_fill(_php_value(f"'{html}'", company), values)
                body = re.search(r"(?s)<body[^>]*>(.*)</body>", page)
                yield _html_spec(
                    "nexa/nl", url, category, body.group(1) if body else page, **fields
                )
            else:
                body_text = _nexa_fill(_php_value(f"'{text}'", company), values)
                yield _spec("nexa/nl", url, category, text=body_text.strip() + "\n", **fields)


QUICKJOB = "fayprojet-cpu/QuickJob"
# Read with read_file at this commit (no snapshot to fetch): a plain-file source.
QUICKJOB_READ_AT = "21ccffc9e2f0357c96b4536e4b2ce58cd4a07ab6"
QUICKJOB_MAIL_DIR = "livrables/applications/2026-09_quickjob/apps/api/src/infra/mail"
QUICKJOB_DECISION = f"{QUICKJOB_MAIL_DIR}/application-decision-email.template.ts"
QUICKJOB_NEW = f"{QUICKJOB_MAIL_DIR}/new-application-email.template.ts"
# The default sender of its mail service (MAIL_FROM unset), at 136ef3a1.
QUICKJOB_SENDER = ("QuickJob", "no-reply@quickjob.local")
# Ours: the missions and the links.
QUICKJOB_MISSIONS = {
    "fr": ["Serveur en extra (week-end)", "Manutentionnaire - 3 jours", "Hôtesse d'accueil"],
    "en": ["Weekend bar staff", "Warehouse helper - 3 days", "Event host"],
}
QUICKJOB_URL = "https://quickjob.example.com/applications/8c41"


def _ts_copy(source: str, lang: str) -> dict[str, str]:
    """The ``COPY.<lang>`` strings of a template file: plain strings and one-argument arrows
    (their ``${jobTitle}`` kept for filling)."""
    m = re.search(rf"\n  {lang}: \{{\n(.*?)\n  \}},", source, re.S)
    if m is None:
        raise ValueError(f"no {lang} copy")
    out: dict[str, str] = {}
    for key, value in re.findall(
        r"(\w+): (?:\(jobTitle: string\) =>\s*)?(`[^`]*`|'[^']*'|\"[^\"]*\")", m.group(1)
    ):
        out[key] = value[1:-1]
    return out


def _ts_page(source: str) -> str:
    """The HTML page template of a file (its ``${...}`` kept for filling)."""
    m = re.search(r"const html = `(.*?)`;", source, re.S)
    if m is None:
        raise ValueError("no html template")
    return m.group(1)


def _fill_ts(template: str, values: dict[str, str]) -> str:
    """A template literal's ``${...}`` expressions, each replaced by its value."""
    return fill_exact(template, r"\$\{([^}]+)\}", values)


def quickjob(snap: Snapshot) -> Iterator[Spec]:
    """QuickJob's decision on a worker's application for a mission (refused twice, as its text
    and as its HTML, and accepted), and the notice of a new application it sends the recruiter
    (a look-alike in the applicant's words: "candidature"), in French and English."""
    decision = snap.read(QUICKJOB, QUICKJOB_READ_AT, QUICKJOB_DECISION)
    notice = snap.read(QUICKJOB, QUICKJOB_READ_AT, QUICKJOB_NEW)
    for lang in ("fr", "en"):
        unit = f"quickjob/{lang}"
        mails = [
            ("rejection", "Rejected", decision, 0),
            ("rejection", "Rejected", decision, 1),
            ("offer", "Accepted", decision, 0),
            ("other", "", notice, 0),
        ]
        for n, (category, which, source, k) in enumerate(mails):
            copy = _ts_copy(source, lang)
            job = QUICKJOB_MISSIONS[lang][n % 3]
            subject = copy[f"subject{which}"].replace("${jobTitle}", job)
            title = copy[f"title{which}"]
            body = copy[f"body{which}"].replace("${jobTitle}", job)
            path = QUICKJOB_DECISION if source is decision else QUICKJOB_NEW
            fields: dict[str, Any] = {
                "subject": subject,
                "company": "n/a",
                "role": job,
                "sender": QUICKJOB_SENDER,
                "noreply": True,
            }
            url = blob_url(QUICKJOB, QUICKJOB_READ_AT, path)
            if k == 0 and category != "other":
                values = {
                    "lang": lang,
                    "preheader": copy[f"preheader{which}"],
                    "title": title,
                    "body": body,
                    "t.title": title,
                    "t.body(jobTitle)": body,
                    "t.preheader": copy.get("preheader", ""),
                    "t.button": copy["button"],
                    "t.fallback": copy["fallback"],
                    "t.footer": copy["footer"],
                    "url": QUICKJOB_URL,
                    "PRIMARY_COLOR": "#FF5722",
                }
                page = _fill_ts(_ts_page(source), values)
                html = re.search(r"(?s)<body[^>]*>(.*)</body>", page)
                if html is None:
                    raise ValueError("no body in the page")
                yield _html_spec(
                    unit, url, category, html.group(1), fmt=("html", "html_only")[n % 2], **fields
                )
            else:
                text = f"{title}\n\n{body}\n\n{QUICKJOB_URL}\n"
                yield _spec(
                    unit, url, category, text=text, fmt=("plain", "wrapped")[n % 2], **fields
                )


PRIVATIO = "Federico93Ita/Privatio"
PRIVATIO_COMMIT = "c5d3b5afead1488dc76c74eb0d88419f9d88dd84"
PRIVATIO_PATH = "src/lib/email/templates.ts"
# function: (category, variants). An estate agency applies to join the partner network.
PRIVATIO_MAILS = {
    "agencyLeadConfirmationEmail": ("other", 1),
    "agencyApprovedEmail": ("other", 1),
    "agencyRejectedEmail": ("not_a_job", 2),
}
# The default sender of its mail client (EMAIL_FROM unset).
PRIVATIO_SENDER = ("Privatio", "noreply@privatio.it")
# Ours: the agencies, their contacts and the registration link; the legal footer is left out.
PRIVATIO_AGENCIES = [("Immobiliare Colli Euganei", "Marta"), ("Casa Naviglio Srl", "Paolo")]
PRIVATIO_BRAND = {
    "headerBg": "#0f172a",
    "primary": "#2563eb",
    "success": "#059669",
    "textPrimary": "#0f172a",
    "textSecondary": "#475569",
    "textMuted": "#64748b",
    "textLight": "#94a3b8",
    "bgLight": "#f8fafc",
    "bgAccent": "#f0f9ff",
}


def _privatio_mail(function: str, values: dict[str, str]) -> tuple[str, str]:
    """(subject, HTML) of one template function, its helpers rendered as the module's are."""
    m = re.search(
        rf"export function {function}\(.*?subject: \"([^\"]+)\","
        r".*?html: wrap\(\s*(.*?)\n    \),\n  };",
        values["__source"],
        re.S,
    )
    if m is None:
        raise ValueError(f"no template {function}")
    subject, html = m.group(1), m.group(2)
    html = re.sub(r'header\("([^"]*)"\)', r"<h1>Privatio</h1><p>\1</p>", html)
    html = html.replace("header()", "<h1>Privatio</h1>")
    html = re.sub(r"\s*\+\s*body\(`(.*)`\)\s*$", r"\1", html, flags=re.S)
    html = re.sub(r"\$\{p\((?:\"([^\"]*)\"|`([^`]*)`)\)\}", r"<p>\1\2</p>", html)
    html = re.sub(r"\$\{accentBox\(`(.*?)`\)\}", r"<div>\1</div>", html, flags=re.S)
    html = re.sub(r'\$\{cta\("([^"]*)", (\w+)\)\}', r'<p><a href="${\2}">\1</a></p>', html)

    def value(m: re.Match[str]) -> str:
        key = m.group(1)
        if key.startswith("BRAND."):
            return PRIVATIO_BRAND[key[6:]]
        return values[key[4:-1] if key.startswith("esc(") else key]

    html = re.sub(r"\$\{([^}]+)\}", value, html)
    if "${" in html or "`" in html:
        raise ValueError(f"unrendered helper in {function}")
    return subject, html


def privatio(snap: Snapshot) -> Iterator[Spec]:
    """Privatio's mails to an estate agency that applied to its partner network: received,
    approved (with the registration link), refused twice. HTML, from its no-reply sender."""
    source = snap.read(PRIVATIO, PRIVATIO_COMMIT, PRIVATIO_PATH)
    url = blob_url(PRIVATIO, PRIVATIO_COMMIT, PRIVATIO_PATH)
    n = 0
    for function, (category, variants) in PRIVATIO_MAILS.items():
        for k in range(variants):
            agency, contact = PRIVATIO_AGENCIES[k]
            values = {
                "__source": source,
                "agencyName": agency,
                "contactName": contact if function != "agencyLeadConfirmationEmail" else agency,
                "registrationUrl": "https://privatio.it/registrazione/agenzia?t=4f1c9a",
            }
            subject, html = _privatio_mail(function, values)
            yield _html_spec(
                "privatio/it",
                url,
                category,
                html,
                subject=subject,
                company="n/a",
                role="n/a",
                sender=PRIVATIO_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1
