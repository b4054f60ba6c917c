"""Recipe for session 16's look-alike source (issue 11): Jorani, an open-source leave manager
whose mail to employees refuses leave and overtime in each of its translators' languages
("Ihr angefragter Urlaub wurde abgelehnt"): refusals that are not about a job application."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, html_to_text
from .snapshot import Snapshot, blob_url

JORANI = "bbalet/jorani"
JORANI_COMMIT = "446f8f5a98668624abfb0ea7bf5f2c96bb0b47c8"
JORANI_LANGS = {
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "nl": "dutch",
    "it": "italian",
    "pt": "portuguese",
}
# view: (subject key, title key) as controllers/Requests.php and Overtime.php pick them
JORANI_MAILS = {
    "request_rejected": (
        "email_leave_request_reject_subject",
        "email_leave_request_validation_title",
    ),
    "request_accepted": (
        "email_leave_request_accept_subject",
        "email_leave_request_validation_title",
    ),
    "overtime_rejected": (
        "email_overtime_request_reject_subject",
        "email_overtime_request_validation_title",
    ),
}
# Ours: the request's dates, type, cause and comment (one set per language), and the sender
# (the deployment's from_mail; without one Jorani sends as "LMS" <do.not@reply.me>).
JORANI_VALUES = {
    "de": (
        "03.03.2025",
        "07.03.2025",
        "Urlaub",
        "Familienfeier",
        "Bitte später erneut beantragen.",
    ),
    "fr": ("03/03/2025", "07/03/2025", "Congés payés", "Vacances", "Période de forte activité."),
    "es": ("03/03/2025", "07/03/2025", "Vacaciones", "Viaje familiar", "Periodo de cierre."),
    "nl": ("03-03-2025", "07-03-2025", "Vakantie", "Familiebezoek", "Te druk in die week."),
    "it": ("03/03/2025", "07/03/2025", "Ferie", "Viaggio", "Periodo di chiusura contabile."),
    "pt": ("03/03/2025", "07/03/2025", "Férias", "Viagem", "Período de fecho de contas."),
}


def _php_lang(source: str) -> dict[str, str]:
    """$lang['key'] = '...'; of a CodeIgniter language file."""
    pairs = re.findall(r"\$lang\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';", source)
    return {k: v.replace("\\'", "'") for k, v in pairs}


def _ci_parse(template: str, values: dict[str, str]) -> str:
    """CodeIgniter's parser: the ``{Key}`` it is given, the others left as they are."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def jorani(snap: Snapshot) -> Iterator[Spec]:
    """Jorani's leave and overtime decisions to the employee, in six languages."""
    for lang, folder in JORANI_LANGS.items():
        strings = _php_lang(
            snap.read(JORANI, JORANI_COMMIT, f"application/language/{folder}/email_lang.php")
        )
        start, end, kind, cause, comment = JORANI_VALUES[lang]
        for n, (view, (subject_key, title_key)) in enumerate(JORANI_MAILS.items()):
            path = f"application/views/emails/{lang}/{view}.php"
            values = {"Title": strings[title_key], "Firstname": OWNER[0].split()[0]}
            values |= {"Lastname": OWNER[0].split()[1], "StartDate": start, "EndDate": end}
            values |= {"StartDateType": "", "EndDateType": "", "Type": kind, "Cause": cause}
            values |= {"Comments": comment, "Date": start, "Duration": "3"}
            html = _ci_parse(snap.read(JORANI, JORANI_COMMIT, path), values)
            html = re.sub(r"(?s)^<\?php.*?\?>\s*", "", html)
            yield Spec(
                unit=f"jorani/{lang}",
                url=blob_url(JORANI, JORANI_COMMIT, path),
                lang=lang,
                category="not_a_job",
                rejection=False,
                subject="[Jorani] " + strings[subject_key],
                text=html_to_text(re.sub(r"\s+", " ", html)),
                html=html,
                company="n/a",
                role="n/a",
                sender=("Jorani", "jorani@example.org"),
                noreply=True,
                fmt=("html", "html_only", "html")[n],
            )
