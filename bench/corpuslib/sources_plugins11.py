"""Recipes for session 25's sources11 (issue 11). An ERP's recruitment plugin whose applicant mails
come from its own translation catalogues, and a software company's own recruiting app. AureusERP
(Webkul's Laravel ERP), its ``recruitments`` plugin: the receipt of an application and the
refusal ("notre équipe de recrutement a examiné votre candidature et ne l'a pas retenue pour la
suite du processus") in French, Spanish and Portuguese, each from the plugin's
``resources/lang/<lang>`` files rendered through its Blade views. The English catalogue is left
out: it is Odoo's refusal word for word (``odoo/en``). Quick Recruit (Crownstack's Rails app):
its candidate mails in English, three of them refusals (not shortlisted, not matching the
criteria, a position filled)."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

from .fill import OWNER, Fill, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec

AUREUS = "aureuserp/aureuserp"
AUREUS_COMMIT = "bd7cbeeb0c620985dfd9b88c56be7f3ea86be6b4"
AUREUS_PLUGIN = "plugins/webkul/recruitments/resources"
AUREUS_LAYOUT = "plugins/webkul/support/resources/views/components/emails/layout.blade.php"
AUREUS_POWERED = "plugins/webkul/chatter/resources/lang/{}/views/mail/follower-mail.php"
AUREUS_SUBJECTS = (
    "lang/{}/filament/clusters/applications/resources/applicant/pages/edit-applicant.php"
)
# unit language -> the plugin's locale folder
AUREUS_LOCALES = {"fr": "fr", "es": "es", "pt": "pt_BR"}
# view: (category, subject key under the edit page's "mail"). The refusal's other view,
# "applicant-not-interested", is left out: the seeded refuse reasons send it when the applicant
# declined (or for spam), yet it speaks of "our decision": a label we could not settle.
AUREUS_MAILS = {
    "application-confirm": ("acknowledgement", "application-confirm"),
    "applicant-refuse": ("rejection", "application-refused"),
}
# Ours: the application's name ("APP_NAME" is Laravel's default unless the site sets it), its
# address, and the company's phone.
AUREUS_APP = ("Aureus ERP", "https://erp.example.net")


def _php_strings(source: str) -> dict[str, str]:
    """A Laravel lang file's strings, nested keys joined with dots ("admin-details.name")."""
    out: dict[str, str] = {}
    stack: list[str] = []
    for line in source.splitlines():
        if m := re.match(r"\s*'([\w-]+)'\s*=>\s*\[\s*$", line):
            stack.append(m.group(1))
        elif re.match(r"\s*\],?\s*$", line) and stack:
            stack.pop()
        elif m := re.match(r"\s*'([\w-]+)'\s*=>\s*'((?:[^'\\]|\\.)*)',?\s*$", line):
            out[".".join([*stack, m.group(1)])] = re.sub(r"\\(.)", r"\1", m.group(2))
    return out


def _aureus_view(view: str, strings: dict[str, str], values: dict[str, str]) -> str:
    """Render one of the plugin's mail views: its ``__()`` calls from the lang file, their
    ``:name`` parameters and the payload's echoes from ``values``; ``{{ }}`` escapes as Laravel's
    ``e()`` does, ``{!! !!}`` does not."""
    body = re.sub(r"(?s)<style>.*?</style>", "", view)
    body = re.sub(r"</?x-support::emails\.layout>", "", body)

    def translate(m: re.Match[str]) -> str:
        text = strings[m.group(3)]
        for name, _expr in re.findall(
            r"'(\w+)'\s*=>\s*(.+?)(?:,\s*$|\s*$)", m.group(4) or "", re.M
        ):
            text = text.replace(f":{name}", values[name])
        return htmllib.escape(text) if m.group(1) == "{{" else text

    body = re.sub(
        r"(?s)(\{\{|\{!!)\s*__\('recruitments::mails/([\w-]+)\.([\w.-]+)'(?:,\s*\[(.*?)\])?\)"
        r"\s*(?:\}\}|!!\})",
        translate,
        body,
    )
    body = re.sub(r"(?s)@isset\(\$payload\['from'\]\['company'\]\)(.*?)@endisset", r"\1", body)
    echoes = {
        r"\$payload\['record_name'\]": values["applicant"],
        r"\$payload\['from'\]\['company'\]\['name'\]": values["company_name"],
        r"\$payload\['from'\]\['company'\]\['phone'\]": values["phone"],
        r"\$payload\['from'\]\['company'\]\['email'\]": values["company_email"],
        r"\$payload\['from'\]\['company'\]\['website'\]": values["website"],
        r"str_replace\(\['https://', 'http://'\], '', "
        r"\$payload\['from'\]\['company'\]\['website'\]\)": values["website"].split("//", 1)[1],
    }
    for expr, value in echoes.items():
        body = re.sub(rf"\{{\{{\s*{expr}\s*\}}\}}", lambda _m, v=value: htmllib.escape(v), body)
    if "{{" in body or "{!!" in body or "@isset" in body or "@endisset" in body:
        raise ValueError("unrendered AureusERP view")
    return body.strip()


def _aureus_layout(layout: str, slot: str, powered: str) -> str:
    """The support plugin's mail layout around the view: its body, the "powered by" line."""
    body = html_body(layout).replace("{{ $slot }}", slot)
    body = re.sub(
        r"\{\{\s*__\('chatter::views/mail/follower-mail\.powered-by'\)\s*\}\}", powered, body
    )
    body = body.replace("{{ config('app.url') }}", AUREUS_APP[1])
    body = body.replace("{{ config('app.name') }}", AUREUS_APP[0])
    if "{{" in body:
        raise ValueError("unrendered AureusERP layout")
    return body.strip()


def aureus(snap: Snapshot) -> Iterator[Spec]:
    """AureusERP's recruitment plugin (Laravel, Filament): the recruiter's confirmation of an
    application ("Nous vous confirmons avoir bien reçu votre candidature pour le poste ...
    at <b>X</b>": the view's English "at" kept) and the refusal sent with a refuse reason
    ("bien que votre CV soit compétitif, notre équipe de recrutement a examiné votre candidature
    et ne l'a pas retenue pour la suite du processus"), both from the recruiter's own address,
    signed with their name and the company's contact line. HTML, in fr, es and pt."""
    yield from aureus_catalogues(snap, AUREUS, AUREUS_COMMIT, AUREUS_LOCALES, "aureus")


def aureus_catalogues(
    snap: Snapshot, repo: str, commit: str, locales: dict[str, str], prefix: str
) -> Iterator[Spec]:
    """The plugin's two applicant mails in each of ``locales`` (unit language -> locale folder),
    their strings from the lang files of ``repo`` at ``commit`` (upstream's or a fork's own
    translation), rendered through upstream's views and layout; units ``<prefix>/<lang>``."""
    layout = snap.read(AUREUS, AUREUS_COMMIT, AUREUS_LAYOUT)
    for lang, locale in locales.items():
        unit = f"{prefix}/{lang}"
        subjects = _php_strings(
            snap.read(repo, commit, f"{AUREUS_PLUGIN}/{AUREUS_SUBJECTS.format(locale)}")
        )
        powered = _php_strings(snap.read(repo, commit, AUREUS_POWERED.format(locale)))
        for n, (name, (category, subject_key)) in enumerate(AUREUS_MAILS.items()):
            view_path = f"{AUREUS_PLUGIN}/views/mails/{name}.blade.php"
            lang_path = f"{AUREUS_PLUGIN}/lang/{locale}/mails/{name}.php"
            view = snap.read(AUREUS, AUREUS_COMMIT, view_path)
            strings = _php_strings(snap.read(repo, commit, lang_path))
            for k in range(2 if category == "rejection" else 1):
                f: Fill = fill_for(unit, name, lang, k)
                sender, _ = f.sender("person")
                values = {
                    "applicant": OWNER[0],
                    "company": (
                        f.company
                        if name == "applicant-refuse"
                        else f"at <strong>{f.company}</strong>"
                    ),
                    "job_position": f"<strong class='highlighted-text'>{f.role}</strong>",
                    "name": sender[0],
                    "email": sender[1],
                    "company_name": f.company,
                    "phone": f"+{33 + k} 1 23 45 {60 + n} {70 + k}",
                    "company_email": f"contact@{f.domain}",
                    "website": f"https://www.{f.domain}",
                }
                slot = _aureus_view(view, strings, values)
                html = _aureus_layout(layout, slot, powered["powered-by"])
                subject = subjects[f"mail.{subject_key}.subject"]
                subject = subject.replace(":application", f.role).replace(":job_position", f.role)
                yield _html_spec(
                    unit,
                    blob_url(repo, commit, lang_path),
                    category,
                    html,
                    subject=subject,
                    company=f.company,
                    role=f.role,
                    sender=sender,
                    noreply=False,
                    fmt=("html", "html_only")[(n + k) % 2],
                )


QUICKRECRUIT = "cs-quicklabs/quick-recruit"
QUICKRECRUIT_COMMIT = "ceae1f029e9e12c8e63a5c568513e09a98e4531c"
QUICKRECRUIT_DIR = "app/views/candidate_mailer"
# view: (category, stage, subject) from app/mailers/candidate_mailer.rb. The lead mail goes to
# the recruiters, not the candidate: left out.
QUICKRECRUIT_MAILS = {
    "rejection_email": ("rejection", "interview", "Hiring@Crownstack: Interview Result"),
    "not_a_match_email": (
        "rejection",
        "application",
        "Hiring@Crownstack: Update on your application",
    ),
    "position_closed_email": (
        "rejection",
        "application",
        "Hiring@Crownstack: Information on Application",
    ),
    "about_us_email": ("moving_forward", "n/a", "Hiring@Crownstack: Company Profile"),
    "about_us_and_jd_email": (
        "moving_forward",
        "n/a",
        "Hiring@Crownstack: About Crownstack & Job Description",
    ),
    "job_description_email": ("other", "n/a", "Hiring@Crownstack: Job Description"),
    "send_resume_email": ("other", "n/a", "Hiring@Crownstack: Resume Required"),
    "f2f_detail_email": (
        "interview_invitation",
        "n/a",
        "Hiring@Crownstack: Face-to-Face Interview Details",
    ),
}
# ApplicationMailer's default sender (no display name); replies go to the candidate's owner.
QUICKRECRUIT_SENDER = ("", "admin@quicklabs.in")
# Ours: the openings, the recruiter who owns the candidate, the HR colleague, their phones and
# the public opening's address.
QUICKRECRUIT_ROLES = ["Senior Ruby on Rails Developer", "QA Automation Engineer"]
QUICKRECRUIT_OWNER = ("Neha Sharma", "neha.sharma@crownstack.example", "+91 98100 23456")
QUICKRECRUIT_HR = ("Rashi Verma", "+91 98100 65432")
QUICKRECRUIT_URL = "https://recruit.example.in/openings/{}"


def _erb(source: str, role: str, n: int) -> str:
    """The ERB subset the candidate mails use: the candidate's, owner's and HR colleague's
    names and phones, and the opening's link."""
    values = {
        r"@candidate\.name": OWNER[0],
        r"@candidate\.owner\.name": QUICKRECRUIT_OWNER[0],
        r"@candidate\.owner\.phone": QUICKRECRUIT_OWNER[2],
        r"User\.rashi\.name": QUICKRECRUIT_HR[0],
        r"User\.rashi\.phone": QUICKRECRUIT_HR[1],
    }
    html = source
    for expr, value in values.items():
        html = re.sub(rf"<%=\s*{expr}\s*%>", value, html)
    link = f'<a href="{QUICKRECRUIT_URL.format(40 + n)}">{htmllib.escape(role)}</a>'
    html = re.sub(
        r"<%=\s*link_to @candidate\.opening\.title, show_public_openings_url\(@candidate\.opening\)"
        r"\s*%>",
        link,
        html,
    )
    if "<%" in html:
        raise ValueError("unrendered ERB in a Quick Recruit view")
    return html.strip()


def quickrecruit(snap: Snapshot) -> Iterator[Spec]:
    """Quick Recruit, an Indian software company's (Crownstack's) own recruiting app (Rails):
    the mails a recruiter sends a candidate from the timeline. Three refusals: after an
    interview (not shortlisted, so no further rounds), on the application (not matching the job
    criteria, with a typo kept) and a position filled; the
    look-alikes: shortlisted with the company's profile (with and without the job description),
    the job description alone, a request for a PDF resume, the face-to-face interview's
    directions. HTML, from the app's admin address, replies to the recruiter."""
    for n, (name, (category, stage, subject)) in enumerate(QUICKRECRUIT_MAILS.items()):
        path = f"{QUICKRECRUIT_DIR}/{name}.html.erb"
        source = snap.read(QUICKRECRUIT, QUICKRECRUIT_COMMIT, path)
        for k in range(2 if category == "rejection" else 1):
            role = QUICKRECRUIT_ROLES[(n + k) % 2]
            html = _erb(source, role, n + k)
            yield _html_spec(
                "quickrecruit/en",
                blob_url(QUICKRECRUIT, QUICKRECRUIT_COMMIT, path),
                category,
                html,
                stage=stage if category == "rejection" else None,
                subject=subject,
                company="Crownstack",
                role=role if "opening.title" in source else "n/a",
                sender=QUICKRECRUIT_SENDER,
                reply_to=QUICKRECRUIT_OWNER[1],
                noreply=False,
                fmt=("html", "html_only")[(n + k) % 2],
            )
