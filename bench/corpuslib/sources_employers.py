"""Recipes for session 21's second round of sources (issue 11): the mail of named employers and a
public employer, as their own systems send it. A Canadian federal department's vacancy system
(English and French: a job opportunity matched to a priority employee's profile, the profile
opened and closed); a Moroccan company's application receipt (French, with "no answer within a
month means not retained"); an Argentine software company's receipt (Spanish, "your CV stays in
our database"); a Philippine job board's candidate mail (English: declined, shortlisted, hired)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_spec
from .snapshot import Snapshot, blob_url
from .sources_internships import _braces
from .sources_laravel import _expr, render_blade
from .sources_trackers import _spec
from .templating import fill_exact

VACMAN = "DTS-STN/vacman"
VACMAN_COMMIT = "3a7d3ea5d9b7aa09c0df7939d8fc334cff41fca2"
VACMAN_DIR = "backend/src/main/resources/templates/email"
# template: category. Only the templates the department sends to the employee herself (the
# others go to hiring managers and HR advisors).
VACMAN_MAILS = {
    "jobOpportunity": "job_alert",
    "vmsProfileActivation": "platform_notice",
    "vmsProfileClosed": "platform_notice",
}
# Ours: the request's values and the statement of merit criteria the template appends.
VACMAN_VALUES = {
    "en": {
        "positionTitle": ["Senior Policy Analyst", "Data Scientist"],
        "languageRequirement": ["Bilingual imperative (CBC/CBC)", "English essential"],
        "location": ["Gatineau, Quebec", "Toronto, Ontario"],
        "securityClearance": ["Reliability", "Secret"],
        "statementOfMeritCriteria": "Essential qualifications: a degree from a recognized "
        "post-secondary institution; experience providing strategic advice to senior management.",
    },
    "fr": {
        "positionTitle": ["Analyste principal des politiques", "Scientifique des données"],
        "languageRequirement": ["Bilingue impératif (CBC/CBC)", "Français essentiel"],
        "location": ["Gatineau (Québec)", "Montréal (Québec)"],
        "securityClearance": ["Fiabilité", "Secret"],
        "statementOfMeritCriteria": "Qualifications essentielles : un grade d'un établissement "
        "d'enseignement postsecondaire reconnu; expérience de la prestation de conseils "
        "stratégiques à la haute direction.",
    },
}
VACMAN_CLASSIFICATIONS = ["EC-06", "IT-03"]
# Ours: the system's display name (its mail goes out through the government's notification service).
VACMAN_SENDER = {"en": "Vacancy Management System", "fr": "Système de gestion des postes vacants"}


def _ftl(template: str, values: dict[str, str], flags: dict[str, bool]) -> tuple[str, str]:
    """(subject, body) of the FreeMarker these templates use: the subject in ``<#assign
    emailSubject>``, ``<#if flag>…</#if>`` and ``${name}``; a name or flag not given raises."""
    m = re.search(r"(?s)<#assign emailSubject>(.*?)</#assign>", template)
    if m is None:
        raise ValueError("no emailSubject")
    body = template[m.end() :]

    def cond(c: re.Match[str]) -> str:
        if c.group(1) not in flags:
            raise ValueError(f"unsupported condition: {c.group(1)}")
        return c.group(2) if flags[c.group(1)] else ""

    body = re.sub(r"(?s)<#if (\w+)>\n?(.*?)</#if>\n?", cond, body)
    if "<#" in body:
        raise ValueError("unsupported FreeMarker directive")
    subject = fill_exact(m.group(1), r"\$\{(\w+)\}", values).strip()
    return subject, fill_exact(body, r"\$\{(\w+)\}", values).strip() + "\n"


def vacman(snap: Snapshot) -> Iterator[Spec]:
    """A Canadian federal department's Vacancy Management System writing to an employee with a
    priority entitlement: a job opportunity matching her profile (reply with a résumé within two
    days, or the hiring manager may conclude she is not interested), her profile activated and
    closed. Plain text, as the system sends it; in each of its two languages."""
    for lang in ("en", "fr"):
        for name, category in VACMAN_MAILS.items():
            path = f"{VACMAN_DIR}/{name}_{lang}.ftl"
            template = snap.read(VACMAN, VACMAN_COMMIT, path)
            for n in range(2 if name == "jobOpportunity" else 1):
                f = fill_for(f"vacman/{lang}", name, lang, n)
                table = VACMAN_VALUES[lang].items()
                picked = {k: v[n] if isinstance(v, list) else v for k, v in table}
                values = {
                    **picked,
                    "requestNumber": str(24817 + 311 * n),
                    "classification": VACMAN_CLASSIFICATIONS[n],
                    "submitterName": f.person,
                    "submitterEmail": f"{f.person_addr.partition('@')[0]}@hrsdc-rhdcc.gc.ca",
                    "employeeName": OWNER[0],
                }
                subject, text = _ftl(template, values, {"bilingual": n == 0})
                yield _spec(
                    f"vacman/{lang}",
                    blob_url(VACMAN, VACMAN_COMMIT, path),
                    category,
                    subject=subject,
                    text=text,
                    company="n/a",
                    role="n/a",
                    sender=(VACMAN_SENDER[lang], "vms-sgpv.noreply@notification.canada.ca"),
                    noreply=True,
                    fmt=("plain", "wrapped")[n],
                )


SSMT = "BenaceurA/SSMTv2"
SSMT_COMMIT = "a4faa0f0f1cde0277ba2ebc2335df57606b44aed"
SSMT_PATH = "resources/views/email/applicationReceived.blade.php"
# The three forms that send the receipt (app/Http/Controllers/*Controller.php): subject, and
# the applicant's "Sexe" the greeting reads.
SSMT_SUBJECTS = [
    ("Merci de votre candidature : {role}", "Masculin"),
    ("Merci de votre candidature : {role}", "Féminin"),
    ("Merci de votre candidature spontanée", "Masculin"),
]


def ssmt(snap: Snapshot) -> Iterator[Spec]:
    """A Moroccan company's receipt for a job, internship or unsolicited application, with "no
    answer from us within a month: consider your application not retained" (a conditional
    no inside an acknowledgement), its HR signature and its legal footer."""
    blade = snap.read(SSMT, SSMT_COMMIT, SSMT_PATH)
    for n, (subject, sexe) in enumerate(SSMT_SUBJECTS):
        f = fill_for("ssmt/fr", "applicationReceived", "fr", n)
        greeting = "M." if sexe == "Masculin" else "Mme."
        html = re.sub(r"@if\(\$Sexe[^\n]*?@endif", greeting, blade)
        html = render_blade(html, _expr(f, {"Nom_Prenom": OWNER[0], "asset": ""}))
        yield html_spec(
            "ssmt/fr",
            blob_url(SSMT, SSMT_COMMIT, SSMT_PATH),
            "acknowledgement",
            html,
            strip=False,
            subject=subject.format(role=f.role),
            company="SSMT",
            role=f.role if "{role}" in subject else "n/a",
            sender=("Service RH SSMT", "recrutement@ssmt.ma"),
            noreply=True,
            fmt=("html", "html_only", "html")[n],
        )


FOLDERIT = "FolderIT-Showcase/hrm-recruitment"
FOLDERIT_COMMIT = "c42677c3c8264d22c398dde5887e731b7dd6a20f"
FOLDERIT_PATH = "erp-recruitment-folderit/templates/email-job-application.php"


def folderit(snap: Snapshot) -> Iterator[Spec]:
    """An Argentine software company's receipt, from its WP ERP recruitment plugin: "your CV
    stays in our database ... we will nevertheless be in touch to arrange an interview" (an
    acknowledgement that sounds like a no). The subject is the template's own heading."""
    template = snap.read(FOLDERIT, FOLDERIT_COMMIT, FOLDERIT_PATH)
    for n in range(2):
        f = fill_for("folderit/es", "email-job-application", "es", n)
        values = {
            "job_title": f.role,
            "apply_date": f"{12 + n}/03/2018",
            "full_name": OWNER[0],
            "applicant_email": OWNER[1],
            "applicant_mobile": "+54 342 455 0000",
        }
        html = _braces(template, values)
        yield html_spec(
            "folderit/es",
            blob_url(FOLDERIT, FOLDERIT_COMMIT, FOLDERIT_PATH),
            "acknowledgement",
            html,
            strip=False,
            subject=f"Postulación recibida - {f.role}",
            company="Folder IT",
            role=f.role,
            sender=("Folder IT - Recursos Humanos", "rrhh@folderit.net"),
            noreply=False,
            fmt=("html", "html_only")[n],
        )


SPLENR = "jaspherbagor/SPLENR-CAPSTONE"
SPLENR_COMMIT = "459e9a1e9a31a491c47792d4aee2f1d6e1dc4a7c"
SPLENR_DIR = "splenr/resources/views/emails"
# view: (category, stage, subject from splenr/app/Mail/*.php)
SPLENR_VIEWS = {
    "reject": ("rejection", "application", "Application Status: Declined"),
    "shortlist": ("moving_forward", "n/a", "Application Status: Shortlisted"),
    "hire": ("offer", "n/a", "Application Status: Hired"),
    "trial": ("platform_notice", "n/a", "Trial End Notification"),
}


def _mail_markdown(text: str) -> str:
    """A Laravel ``<x-mail::message>`` view as HTML: the wrapper dropped, a button as its link,
    a heading and blank-line paragraphs."""
    text = re.sub(r"</?x-mail::message>", "", text)
    button = r'(?s)<x-mail::button url="([^"]*)">\s*(.*?)\s*</x-mail::button>'
    text = re.sub(button, r"\2: \1", text)
    paras = [re.sub(r"^#\s*", "", p.strip()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paras)


def splenr(snap: Snapshot) -> Iterator[Spec]:
    """A Philippine job board's candidate mail (a capstone project's Laravel app): declined,
    shortlisted, hired, signed by the board as "our company"; and its employers' trial end."""
    for name, (category, stage, subject) in SPLENR_VIEWS.items():
        path = f"{SPLENR_DIR}/{name}.blade.php"
        blade = snap.read(SPLENR, SPLENR_COMMIT, path)
        for n in range(2 if category == "rejection" else 1):
            f = fill_for("splenr/en", name, "en", n)
            values = {"name": OWNER[0], "title": f.role, "route": "https://splenr.com/subscribe"}
            html = _mail_markdown(render_blade(blade, _expr(f, values)))
            yield html_spec(
                "splenr/en",
                blob_url(SPLENR, SPLENR_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject,
                company="splenr" if category == "rejection" else "n/a",
                role=f.role if category != "platform_notice" else "n/a",
                sender=("splenr", "hello@splenr.com"),
                noreply=False,
                fmt=("html", "html_only")[n],
            )
