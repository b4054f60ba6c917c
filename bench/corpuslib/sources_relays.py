"""Recipes for session 24's sources (issue 11): relay platforms, which tell a candidate of an
organisation's decision in the platform's own mail (the sender is the platform; the
organisation is named only in the body, in the platform's phrasing). JeVeuxAider.gouv.fr, the
French state's volunteering platform: a volunteer's offer of help to an organisation's mission
declined by the organisation, or validated, or being processed (look-alikes: not a job).
Actoos Jobs, a Malian job board writing in seven languages: an employer's status change of an
application (not retained, viewed, shortlisted, invited, accepted) and an interview cancelled,
the employer named only as " chez X" (French in every language, as the code writes it)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .templating import blade_branches, fill_exact

JEVEUXAIDER = "betagouv/jeveuxaider-back"
JEVEUXAIDER_COMMIT = "f5b5bd6313b46a2c5718fea86a2d9475fc56ffdc"
JEVEUXAIDER_DIR = "resources/views/emails/benevoles"
# view: (category, subject from app/Notifications/<Class>.php). A volunteer's offer of help
# turned down is a refusal that is not about a job (`not_a_job`).
JEVEUXAIDER_MAILS = {
    "participation-declined": (
        "not_a_job",
        "Quel dommage… votre participation vient d’être déclinée",
    ),
    "participation-validated": (
        "other",
        "🥳 Bonne nouvelle ! Votre demande de participation est validée",
    ),
    "participation-being-processed": (
        "other",
        "⏳ Votre demande de participation est en cours de traitement",
    ),
}
# Ours: the organisations, the missions, the links, and the sender (the deployment's
# MAIL_FROM is configuration, not code).
JEVEUXAIDER_ORGS = ["Association Les Jardins de Bellevue", "Collectif Entraide Saint-Michel"]
JEVEUXAIDER_MISSIONS = [
    "Aide à la distribution alimentaire le samedi matin",
    "Accompagnement aux devoirs des collégiens",
]
JEVEUXAIDER_LINKS = {
    "url": "https://www.jeveuxaider.gouv.fr/messages",
    "urlMission": "https://www.jeveuxaider.gouv.fr/missions-benevolat/4521",
    "urlQuiz": "https://www.jeveuxaider.gouv.fr/quiz",
    "profileUrl": "https://www.jeveuxaider.gouv.fr/profile",
}
JEVEUXAIDER_SENDER = ("JeVeuxAider.gouv.fr", "nepasrepondre@jeveuxaider.gouv.fr")


def _blade(source: str, values: dict[str, str], flags: dict[str, bool]) -> str:
    """HTML of a Blade mail view: components dropped (each edge ends a paragraph), ``@if`` /
    ``@isset`` blocks kept or cut by ``flags`` (keyed by the condition's text), ``{{ $x }}``
    and ``{{ $x->name }}`` filled."""
    out: list[str] = []
    for line in blade_branches(source.splitlines(), flags):
        s = line.strip()
        if s.startswith("@") or not s:
            out.append("")  # a component's edge ends a paragraph
            continue
        out.append(s)
    paras = "\n".join(out).split("\n\n")
    html = "\n".join(
        p if p.startswith("<p>") else f"<p>{p}</p>" for p in (q.strip() for q in paras) if p
    )
    return fill_exact(html, r"\{\{\s*\$(\w+)(?:->name)?\s*\}\}", values)


def jeveuxaider(snap: Snapshot) -> Iterator[Spec]:
    """JeVeuxAider.gouv.fr to a volunteer: the organisation declined the participation (the
    reminder for one who never answered, and without it), validated it, or is processing it."""
    for view, (category, subject) in JEVEUXAIDER_MAILS.items():
        path = f"{JEVEUXAIDER_DIR}/{view}.blade.php"
        source = snap.read(JEVEUXAIDER, JEVEUXAIDER_COMMIT, path)
        for n in range(2 if category == "not_a_job" else 1):
            values = {
                "structure": JEVEUXAIDER_ORGS[n],
                "mission": JEVEUXAIDER_MISSIONS[n],
                **JEVEUXAIDER_LINKS,
            }
            flags = {
                "$message": False,
                "$reason === 'no_response'": n == 1,
                "$profileIsIncomplete": False,
            }
            body = _blade(source, values, flags)
            yield _html_spec(
                "jeveuxaider/fr",
                blob_url(JEVEUXAIDER, JEVEUXAIDER_COMMIT, path),
                category,
                body,
                subject=subject,
                company="n/a",
                role="n/a",
                sender=JEVEUXAIDER_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n],
            )


ACTOOS = "OgsSK/Actoos"
# The commit it was read at (no _COMMIT name: --list-sources lists it as plain files).
ACTOOS_READ_AT = "cde3fa5db9820347cc8c4e953c3c1ad2dc62b1ff"
# The repository has no snapshot: the templates (actoos-jobs/backend/email_templates.json) and
# the status labels and footers (actoos-jobs/backend/main.py) were read with read_file and
# transcribed into one file, as Odoo's were (docs/corpora.md, session 24).
ACTOOS_PATH = "actoos_templates.json"
ACTOOS_SOURCE_PATH = "actoos-jobs/backend/email_templates.json"
ACTOOS_LANGS = ("fr", "en", "es", "it", "de", "nl", "pt")
# status: (category, the box's colours from notify_status_change's style map in main.py).
ACTOOS_STATUSES = {
    "rejected": ("rejection", ("fef2f2", "ef4444")),
    "viewed": ("acknowledgement", ("eff6ff", "3b82f6")),
    "shortlisted": ("moving_forward", ("eff6ff", "3b82f6")),
    "interview": ("interview_invitation", ("ecfdf5", "10b981")),
    "accepted": ("offer", ("ecfdf5", "10b981")),
}
# Ours: the recruiter's free-text reason (main.py labels it "Raison :" in every language).
ACTOOS_REASONS = {
    "fr": "Le poste a été pourvu en interne.",
    "en": "The position was filled internally.",
    "es": "El puesto se ha cubierto internamente.",
    "it": "La posizione è stata coperta internamente.",
    "de": "Die Stelle wurde intern besetzt.",
    "nl": "De functie werd intern ingevuld.",
    "pt": "A vaga foi preenchida internamente.",
}
ACTOOS_LOGO = "https://anfamlpwootbrzswnpyp.supabase.co/storage/v1/object/public/logos/actoos.png"
ACTOOS_SENDER = ("Actoos Jobs", "noreply@actoos.com")


def _actoos_html(body: str, footer: str) -> str:
    """main.py's ``_build_email_html``: the logo, the template's body, the footer."""
    return (
        '<div style="font-family:Arial,sans-serif;max-width:600px;margin:0 auto;padding:20px;">'
        f'<div style="text-align:center;margin-bottom:20px;"><img src="{ACTOOS_LOGO}" '
        'alt="Actoos Jobs" style="max-width:150px;height:auto;"></div>'
        f"{body}"
        '<hr style="border:0;border-top:1px solid #e2e8f0;margin:24px 0;">'
        f'<p style="color:#888;font-size:12px;text-align:center;">{footer}<br>'
        '<a href="https://jobs.actoos.com" style="color:#1e3a8a;text-decoration:none;">'
        "jobs.actoos.com</a></p></div>"
    )


def actoos(snap: Snapshot) -> Iterator[Spec]:
    """Actoos Jobs to a candidate, per language: the employer's status change (not retained,
    with and without its reason; viewed; shortlisted; invited; accepted) and a cancelled
    interview, each naming the employer as the code does (" chez X")."""
    data = json.loads(snap.read(ACTOOS, ACTOOS_READ_AT, ACTOOS_PATH))
    url = blob_url(ACTOOS, ACTOOS_READ_AT, ACTOOS_SOURCE_PATH)
    for lang in ACTOOS_LANGS:
        unit = f"actoos/{lang}"
        labels = data["STATUS_TRANSLATIONS"][lang]
        footer = data["FOOTER_TRANSLATIONS"][lang]
        mails: list[tuple[str, str, dict[str, str]]] = []
        for status, (category, (bg, border)) in ACTOOS_STATUSES.items():
            for n in range(2 if status == "rejected" else 1):
                reason = ACTOOS_REASONS[lang] if n else ""
                values = {
                    "statut_libelle": labels[status],
                    "raison_html": f"<br><strong>Raison :</strong> {reason}" if reason else "",
                    "couleur_fond": bg,
                    "couleur_bordure": border,
                    "lien_candidatures": "https://jobs.actoos.com/mes-candidatures",
                }
                mails.append((f"{status}{n}", category, values))
        mails.append(("cancelled", "other", {"details_annulation": ""}))
        for n, (key, category, status_values) in enumerate(mails):
            f = fill_for(unit, key, lang, 0)
            values = {
                "candidat_nom": OWNER[0],
                "offre_titre": f.role,
                "societe_info": f" chez {f.company}",
                **status_values,
            }
            template = data["interview_cancelled" if key == "cancelled" else "status_change"]
            subject = template[lang]["subject"].format(**values)
            html = _actoos_html(template[lang]["body"].format(**values), footer)
            yield _html_spec(
                unit,
                url,
                category,
                html,
                subject=subject,
                company=f.company,
                role=f.role,
                sender=ACTOOS_SENDER,
                noreply=True,
                fmt=("html_only", "html")[n % 2],
            )
