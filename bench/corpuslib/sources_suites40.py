"""Recipes for session 35's sources40 (issue 11): German and English look-alikes from a
summit's programme portal (places in its sessions and on its volunteer team refused); German
and Dutch ones from a car dealers' inbox (the car asked about already sold); a Belgian
recruiting app's Dutch refusal.

ChefTreff (ChefTreff/talentpool, the portal of ChefTreff, a Hamburg network that runs the
Future Leaders Summit; Next.js and Supabase, mail through Resend from templates the database
seeds): an attendee applies for a place in a limited session (a masterclass, a workshop) and
gets, after the team's decision is released, a place, the waiting list or a refusal ("für X
konnten wir dir diesmal keinen Platz geben", demand being larger than the places); a volunteer
applies for the summit's volunteer team and is taken or refused ("Diesmal hat es leider nicht
geklappt", more applications than places). German in du-form and English.
A session place and a volunteer place, no job: look-alikes (volunteers as ``zookeepr/en`` and
``correlaid/de``). The fetched snapshot holds only the first three commits; the two migrations
were read with ``read_file`` at their commits and each ``insert into mail_template`` statement
saved verbatim at the file's path (the readers find the statement in the whole file too).

CARDEX (sublimine/CARDEX, an EU used-car trading platform; its Go workspace service gives a
dealer a unified inbox for buyers' inquiries with built-in reply templates in five languages):
the acknowledgement, the price offer, the follow-up, the invitation to see the car in the
showroom, and the template it names "rejection": the car has already been sold ("bereits
verkauft", "al verkocht"). A purchase that will not happen, no job: look-alikes.

Onbord (RemcoTcq/onbord, a Belgian assessment-based recruiting app; Next.js, Supabase, mail
through Resend): the drafts its candidate mail window offers a recruiter in the offer's
language, here Dutch: shortlisted (a call to plan an interview follows) and refused ("kunnen we
helaas niet verder met je kandidatuur"). Read with ``read_file`` at a commit the fetched
snapshot lacks, saved verbatim as a plain file."""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url
from .sources_suites32 import _SQL_STRING, _sql_literal
from .sources_trackers import _spec
from .templating import fill_exact

CT = "ChefTreff/talentpool"
# (path, commit): the session applications' templates, then the volunteers'.
CT_SESSIONS = (
    "supabase/migrations/20260910074957_v2_application_mails_queue.sql",
    "6061487da24ec9a32d710e75153512e30d95cc31",
)
CT_VOLUNTEERS = (
    "supabase/migrations/20260911165420_v4_volunteers.sql",
    "7f23b2dbdd79439753e909ca870f3297f1be90ae",
)
# template key: (category, variants). The mails an applicant gets about a session place and a
# volunteer place; the waiting list is a place held back (as ``tq/de``'s); the shift reminder
# and the sign-up for an open session are left out (no decision in them).
CT_MAILS = {
    "application_received": ("other", 1),
    "application_accepted": ("other", 1),
    "application_waitlisted": ("not_a_job", 1),
    "application_declined": ("not_a_job", 2),
    "application_promoted": ("other", 1),
    "volunteer_applied": ("other", 1),
    "volunteer_accepted": ("other", 1),
    "volunteer_declined": ("not_a_job", 2),
    "shift_assigned": ("other", 1),
}
# Ours: the sender's address (the Resend sender is an environment value; the domain is the one
# the HTML frame names), the sessions, their times, stages and confirmation deadlines as
# ``mail_fmt_ts`` formats them, the edition's name, the portal's addresses, the team's notes
# and the shift.
CT_SENDER = ("ChefTreff", "noreply@chef-treff.de")
CT_SESSIONS_BY_LANG = {
    "de": (
        ("Masterclass: Verhandeln mit Einkäufern", "16.04.2027, 14:00 Uhr–15:30", "Bühne 2"),
        ("Workshop: Führen ohne Titel", "17.04.2027, 10:30 Uhr–12:00", "Loft"),
        ("Deep Dive: KI im Mittelstand", "17.04.2027, 13:00 Uhr–14:00", "Main Stage"),
    ),
    "en": (
        ("Masterclass: Negotiating with buyers", "16 Apr 2027, 14:00–15:30", "Stage 2"),
        ("Workshop: Leading without a title", "17 Apr 2027, 10:30–12:00", "Loft"),
        ("Deep dive: AI in mid-sized companies", "17 Apr 2027, 13:00–14:00", "Main Stage"),
    ),
}
CT_CONFIRM_BY = {"de": "09.04.2027, 18:00 Uhr", "en": "09 Apr 2027, 18:00"}
CT_EDITION = "Future Leaders Summit 2027"
CT_PORTAL = "https://portal.chef-treff.de"
CT_NOTES = {
    "de": ("", "Für das Catering-Team suchen wir im Herbst noch Leute – schau gern wieder rein."),
    "en": ("", "We will look for catering helpers again in the autumn – do check back."),
}
CT_SHIFT = {
    "de": ("Check-in", "Einlass Halle A", "16.04.2027, 07:30 Uhr", "Kampnagel, Jarrestraße 20"),
    "en": ("Check-in", "Entrance hall A", "16 Apr 2027, 07:30", "Kampnagel, Jarrestraße 20"),
}

_INSERT = re.compile(
    rf"insert into mail_template \(([^)]*)\)\s*(?:select[^(]*?from \()?\s*values"
    rf"((?:{_SQL_STRING}|[^';])*);",
    re.S,
)


def _ct_templates(source: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(key, locale) -> (subject, Markdown body) of the rows an ``insert into mail_template``
    statement seeds (``values`` directly or through ``select ... from (values ...)``); the
    first row of a key wins, as ``on conflict do nothing`` and ``where not exists`` keep it. A
    file without the statement or a row of other cells raises."""
    m = _INSERT.search(source)
    if not m:
        raise ValueError("no insert into mail_template")
    columns = [c.strip() for c in m.group(1).split(",")]
    out: dict[tuple[str, str], tuple[str, str]] = {}
    rows = re.findall(rf"\(\s*((?:{_SQL_STRING}|[^()'])*?)\s*\)\s*(?=,|\n\)|\s*on conflict)", m[2])
    for row in rows:
        cells = re.findall(rf"{_SQL_STRING}|\w+", row)
        if len(cells) != len(columns):
            raise ValueError(f"a row of {len(cells)} cells for {len(columns)} columns")
        rec = dict(zip(columns, cells, strict=True))
        key = (_sql_literal(rec["key"]), _sql_literal(rec["locale"]))
        out.setdefault(key, (_sql_literal(rec["subject"]), _sql_literal(rec["body_md"])))
    if not out:
        raise ValueError("no rows")
    return out


def _fill_vars(text: str, values: dict[str, str]) -> str:
    """``fillVars``: each ``{{name}}`` replaced; a name without a value raises (the app leaves
    it empty, so a template that changes would otherwise go out half filled)."""
    return fill_exact(text, r"(?i)\{\{\s*([a-z0-9_]+)\s*\}\}", values)


def _md_text(md: str) -> str:
    """``markdownToText``: links as "label: url", bold markers and heading marks dropped."""
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r"\1: \2", md)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    return re.sub(r"^#{1,3}\s+", "", text, flags=re.M).strip()


def _md_inline(text: str) -> str:
    out = html_lib.escape(text, quote=True).replace("&#x27;", "&#39;")
    out = re.sub(
        r"\[([^\]]+)\]\(([^)\s]+)\)",
        lambda m: f'<a href="{m[2]}" style="color:#5B5BD9">{m[1]}</a>',
        out,
    )
    return re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", out)


def _md_html(md: str) -> str:
    """``markdownToHtml``'s subset: blocks split at blank lines, a block of ``- `` lines a list,
    ``#`` headings, other blocks paragraphs with their lines joined by ``<br />``."""
    parts = []
    for block in re.split(r"\n{2,}", md.strip()):
        lines = block.split("\n")
        if all(re.match(r"^\s*-\s+", line) for line in lines):
            bullets = [_md_inline(re.sub(r"^\s*-\s+", "", line)) for line in lines]
            items = "".join(f"<li>{b}</li>" for b in bullets)
            parts.append(f'<ul style="margin:0 0 16px;padding-left:20px">{items}</ul>')
            continue
        heading = re.match(r"^(#{1,3})\s+(.*)$", block)
        if heading:
            level = min(len(heading[1]) + 1, 4)
            parts.append(f"<h{level}>{_md_inline(heading[2])}</h{level}>")
            continue
        parts.append(f'<p style="margin:0 0 16px">{"<br />".join(map(_md_inline, lines))}</p>')
    return "\n".join(parts)


def _ct_html(subject: str, body_html: str, locale: str) -> str:
    """``wrapHtml``'s frame: the card around the body and the organisation's footer line."""
    return (
        f'<!doctype html>\n<html lang="{locale}">\n  <head><meta charset="utf-8" />'
        f"<title>{html_lib.escape(subject)}</title></head>\n  <body>\n    <div>\n      "
        f"{body_html}\n    </div>\n    <p>ChefTreff · chef-treff.de</p>\n  </body>\n</html>"
    )


def _ct_values(lang: str, n: int) -> dict[str, str]:
    title, when, stage = CT_SESSIONS_BY_LANG[lang][n % 3]
    area, position, start, location = CT_SHIFT[lang]
    return {
        "first_name": OWNER[0].split(" ")[0],
        "session_title": title,
        "session_time": when,
        "stage_name": stage,
        "confirm_by": CT_CONFIRM_BY[lang],
        "programme_url": f"{CT_PORTAL}/programm",
        "edition": CT_EDITION,
        "portal_url": CT_PORTAL,
        "note": CT_NOTES[lang][n % 2],
        "area": area,
        "position": position,
        "start_at": start,
        "location": location,
    }


def cheftreff(snap: Snapshot) -> Iterator[Spec]:
    """The applicant's and the volunteer's mails in German and English as the mail queue sends
    them: the template's ``{{vars}}`` filled, the Markdown as the text part and as the HTML
    part in the organisation's frame."""
    templates: dict[tuple[str, str], tuple[str, str]] = {}
    urls = {}
    for path, commit in (CT_SESSIONS, CT_VOLUNTEERS):
        found = _ct_templates(snap.read(CT, commit, path))
        templates.update(found)
        urls.update(dict.fromkeys(found, blob_url(CT, commit, path)))
    for lang in ("de", "en"):
        n = 0
        for key, (category, variants) in CT_MAILS.items():
            subject, body = templates[(key, lang)]
            for _ in range(variants):
                values = _ct_values(lang, n)
                subject_text = _fill_vars(subject, values)
                md = _fill_vars(body, values)
                yield _spec(
                    f"cheftreff/{lang}",
                    urls[(key, lang)],
                    category,
                    subject=subject_text,
                    text=_md_text(md) + "\n",
                    html=_ct_html(subject_text, _md_html(md), lang),
                    company="n/a",
                    role="n/a",
                    sender=CT_SENDER,
                    noreply=True,
                    fmt=("html", "plain")[n % 2],
                )
                n += 1


CARDEX = "sublimine/CARDEX"
CARDEX_COMMIT = "5ca94594978d48363e5593c80254fa266484a945"
CARDEX_PATH = "workspace/internal/inbox/schema.go"
# template name: (category, variants). The car sold to someone else is its "rejection"; the
# showroom visit is an invitation that is no interview; the rest answer the buyer's inquiry.
CARDEX_MAILS = {
    "inquiry_ack": ("other", 1),
    "price_offer": ("other", 1),
    "follow_up": ("other", 1),
    "visit_invite": ("other", 1),
    "rejection": ("not_a_job", 2),
}
# Ours: the dealers (the sender is the deployment's SMTP_FROM), the cars, prices and days; the
# reply engine fills only ``{{name}}`` (the contact's), the rest a dealer fills before sending.
CARDEX_DEALERS = {
    "de": ("Autohaus Brenner", "verkauf@autohaus-brenner.de"),
    "nl": ("Autobedrijf Van Dijk", "verkoop@autobedrijfvandijk.nl"),
}
CARDEX_CARS = (
    ("Volkswagen", "Golf Variant", "2021", "18.900"),
    ("Škoda", "Octavia Combi", "2020", "16.450"),
)
_GO_STRING = r'"(?:[^"\\]|\\.)*"'


def _cardex_templates(source: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(name, language) -> (subject, body) of ``systemTemplates``, the Go string literals
    unescaped; a file without the table or a row of other than four strings raises."""
    m = re.search(r"var systemTemplates = \[\]systemTemplate\{(.*?)\n\}", source, re.S)
    if not m:
        raise ValueError("no systemTemplates")
    out = {}
    for row in re.findall(r"^\t\{(.*)\},\s*$", m[1], re.M):
        cells = re.findall(_GO_STRING, row)
        if len(cells) != 4 or re.sub(_GO_STRING, "", row).strip(" ,"):
            raise ValueError(f"a row of {len(cells)} strings")
        name, lang, subject, body = (json.loads(c) for c in cells)
        out[(name, lang.lower())] = (subject, body)
    return out


def cardex(snap: Snapshot) -> Iterator[Spec]:
    """A car dealer's answers to a buyer's inquiry in German and Dutch, as the reply engine
    sends a template: its ``{{placeholders}}`` replaced, plain text over SMTP."""
    templates = _cardex_templates(snap.read(CARDEX, CARDEX_COMMIT, CARDEX_PATH))
    url = blob_url(CARDEX, CARDEX_COMMIT, CARDEX_PATH)
    for lang in ("de", "nl"):
        n = 0
        for name, (category, variants) in CARDEX_MAILS.items():
            subject, body = templates[(name, lang)]
            for _ in range(variants):
                make, model, year, price = CARDEX_CARS[n % len(CARDEX_CARS)]
                values = {
                    "name": OWNER[0],
                    "make": make,
                    "model": model,
                    "year": year,
                    "price": f"{price} €" if lang == "de" else f"€ {price}",
                    "days": "5",
                }
                pattern = r"\{\{(\w+)\}\}"
                yield _spec(
                    f"cardex/{lang}",
                    url,
                    category,
                    subject=fill_exact(subject, pattern, values),
                    text=fill_exact(body, pattern, values) + "\n",
                    company="n/a",
                    role="n/a",
                    sender=CARDEX_DEALERS[lang],
                    noreply=False,
                    fmt=("plain", "wrapped")[n % 2],
                )
                n += 1


ONBORD = "RemcoTcq/onbord"
# A plain-file source: the file was read with ``read_file`` at this commit, which the fetched
# snapshot (eec442c2, older) lacks; the sender is ``sendEmail``'s default in ``src/lib/resend.js``
# of that snapshot.
ONBORD_READ_AT = "b1e1d1545c9aa1c088f4789a6e760b499a2c4d58"
ONBORD_PATH = "src/lib/emails/templates.js"
ONBORD_SENDER = ("Onbord", "info@onbord.be")
# template: (category, variants). The shortlisting announces a call to plan an interview.
ONBORD_MAILS = {"selected": ("moving_forward", 1), "rejected": ("rejection", 2)}
# Ours: the employers (Flemish), posts and recruiters; the recruiter's address is the reply-to.
ONBORD_JOBS = (
    ("Brouwerij De Kroon", "Commercieel medewerker binnendienst", "Lien", "lien@dekroon.be"),
    ("Van Hool Logistics", "Planner transport", "Pieter", "pieter.peeters@vanhool-log.be"),
    ("Stad Mechelen", "Projectmedewerker jeugd", "Sofie", "sofie.janssens@mechelen.be"),
)


def _onbord_templates(source: str, lang: str) -> dict[str, tuple[str, str]]:
    """key -> (subject, body) of ``EMAIL_TEMPLATES[lang]``, each ``${T.name}`` replaced by its
    ``EMAIL_TOKENS`` marker; a missing block or an unknown token raises."""
    tokens = dict(re.findall(r'^  (\w+): "(\{\{\w+\}\})",$', source, re.M))
    block = re.search(rf"^  {lang}: \{{\n(.*?)^  \}},\n", source, re.M | re.S)
    if not tokens or not block:
        raise ValueError(f"no EMAIL_TOKENS or no {lang} block")
    out: dict[str, tuple[str, str]] = {}
    for key, body in re.findall(r"^    (\w+): \{\n(.*?)^    \},", block[1], re.M | re.S):
        parts = dict(re.findall(r"(subject|body): `([^`]*)`", body))
        if set(parts) != {"subject", "body"}:
            raise ValueError(f"{key}: no subject and body")
        marker = r"\$\{T\.(\w+)\}"
        out[key] = (
            fill_exact(parts["subject"], marker, tokens),
            fill_exact(parts["body"], marker, tokens),
        )
    return out


def onbord(snap: Snapshot) -> Iterator[Spec]:
    """The Dutch drafts Onbord's candidate mail window offers (the offer's language, Dutch),
    its markers replaced as the window does, sent through Resend: the text, and as HTML the
    same with each line break a ``<br/>``, reply-to the recruiter."""
    templates = _onbord_templates(snap.read(ONBORD, ONBORD_READ_AT, ONBORD_PATH), "nl")
    url = blob_url(ONBORD, ONBORD_READ_AT, ONBORD_PATH)
    n = 0
    for key, (category, variants) in ONBORD_MAILS.items():
        subject, body = templates[key]
        for _ in range(variants):
            company, title, recruiter, address = ONBORD_JOBS[n % len(ONBORD_JOBS)]
            values = {
                "{{candidate_first_name}}": OWNER[0].split(" ")[0],
                "{{job_title}}": title,
                "{{company_name}}": company,
                "{{recruiter_first_name}}": recruiter,
            }
            pattern = r"(\{\{\w+\}\})"
            text = fill_exact(body, pattern, values)
            yield _spec(
                "onbord/nl",
                url,
                category,
                subject=fill_exact(subject, pattern, values),
                text=text + "\n",
                html=text.replace("\n", "<br/>"),
                company=company,
                role=title,
                labels_on_rejection=True,
                sender=ONBORD_SENDER,
                noreply=False,
                reply_to=address,
                fmt="html",
            )
            n += 1
