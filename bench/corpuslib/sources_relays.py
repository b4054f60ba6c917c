"""Recipes for session 24's sources (issue 11): relay platforms, which tell a candidate of an
organisation's decision in the platform's own mail (the sender is the platform; the
organisation is named only in the body, in the platform's phrasing). JeVeuxAider.gouv.fr, the
French state's volunteering platform: a volunteer's offer of help to an organisation's mission
declined by the organisation, or validated, or being processed (look-alikes: not a job)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import Spec, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_trackers import _spec

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
    keep = [True]
    for line in source.splitlines():
        s = line.strip()
        cond = re.match(r"@(?:if|isset)\s*\((.*)\)\s*$", s)
        if cond:
            keep.append(keep[-1] and flags[cond.group(1).strip()])
            continue
        if s.startswith("@else"):
            keep[-1] = keep[-2] and not keep[-1]
            continue
        if s.startswith(("@endif", "@endisset")):
            keep.pop()
            continue
        if not keep[-1]:
            continue
        if s.startswith("@") or not s:
            out.append("")  # a component's edge ends a paragraph
            continue
        out.append(s)
    paras = "\n".join(out).split("\n\n")
    html = "\n".join(
        p if p.startswith("<p>") else f"<p>{p}</p>" for p in (q.strip() for q in paras) if p
    )

    def fill(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in values:
            raise ValueError(f"unfilled placeholder {name}")
        return values[name]

    return re.sub(r"\{\{\s*\$(\w+)(?:->name)?\s*\}\}", fill, html)


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
            yield _spec(
                "jeveuxaider/fr",
                blob_url(JEVEUXAIDER, JEVEUXAIDER_COMMIT, path),
                category,
                text=html_to_text(body),
                html=f"<html><body>{body}</body></html>",
                subject=subject,
                company="n/a",
                role="n/a",
                sender=JEVEUXAIDER_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n],
            )
