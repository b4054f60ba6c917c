"""Recipes for refusals that are not about a job: journal decisions, fiscal-host applications."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_to_text, slug
from .render import fill_braces, handlebars, po_entries
from .snapshot import Snapshot, blob_url

PKP = "pkp/pkp-lib"
PKP_COMMIT = "f2f41aa3d7adcd966e27d79b7054c096fc429c47"
PKP_LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt_BR"}
PKP_KEYS = [
    "editorDecisionDecline",
    "editorDecisionInitialDecline",
    "editorDecisionSendToExternal",
    "editorDecisionRevisions",
    "editorDecisionResubmit",
    "submissionAck",
]
JOURNALS = {
    "en": "Journal of Applied Ecology Notes",
    "de": "Zeitschrift für Bildungsforschung",
    "fr": "Revue d'histoire sociale",
    "es": "Revista de Estudios Urbanos",
    "it": "Rivista di Linguistica Applicata",
    "nl": "Tijdschrift voor Sociale Geografie",
    "pt": "Revista Brasileira de Educação",
}
TITLES = {
    "en": "Seasonal variation in urban pollinator networks",
    "de": "Digitale Lernumgebungen im Grundschulunterricht",
    "fr": "Les coopératives ouvrières lyonnaises (1848-1914)",
    "es": "Gentrificación y turismo en el centro histórico de Sevilla",
    "it": "L'italiano degli studenti Erasmus",
    "nl": "Krimpregio's en voorzieningen",
    "pt": "Avaliação formativa no ensino médio",
}


def ojs(snap: Snapshot) -> Iterator[Spec]:
    """Open Journal Systems' editorial decisions (decline, accept) in seven languages."""
    for lang, locale in PKP_LANGS.items():
        path = f"locale/{locale}/emails.po"
        entries = po_entries(snap.read(PKP, PKP_COMMIT, path))
        for key in PKP_KEYS:
            subject = entries.get(f"emails.{key}.subject")
            body = entries.get(f"emails.{key}.body")
            if not subject or not body:
                continue
            for n in range(2):
                f = fill_for(f"ojs/{lang}", key, lang, n)
                ctx = {
                    "recipientName": OWNER[0],
                    "authors": OWNER[0],
                    "authorName": OWNER[0],
                    "submissionTitle": TITLES[lang],
                    "contextName": JOURNALS[lang],
                    "signature": f.person,
                    "contextSignature": f"{f.person}<br>{JOURNALS[lang]}",
                    "senderName": f.person,
                    "submissionUrl": "https://journals.example.org/s/4711",
                    "contextUrl": "https://journals.example.org",
                }
                html = fill_braces(body, ctx)
                if "<p>" not in html:
                    html = html.replace("\n", "<br>\n")
                yield Spec(
                    unit=f"ojs/{lang}",
                    url=blob_url(PKP, PKP_COMMIT, path),
                    lang=lang,
                    category="not_a_job",
                    rejection=False,
                    subject=fill_braces(subject, ctx),
                    text=html_to_text(html),
                    html=f"<html><body>{html}</body></html>",
                    company="n/a",
                    role="n/a",
                    sender=(f.person, f"editor@{JOURNALS[lang].lower().split()[0]}-journal.org"),
                    noreply=False,
                    fmt=("html", "html_only")[n],
                )


OPENCOLLECTIVE = "opencollective/opencollective-api"
OPENCOLLECTIVE_COMMIT = "e3f35f58970e39eeaa678a8990dfd72d0e71a9ce"
OC_TEMPLATES = ["collective.rejected", "collective.expense.rejected", "contribution.rejected"]


def opencollective(snap: Snapshot) -> Iterator[Spec]:
    """Open Collective's refusals: a fiscal-host application, an expense, a contribution."""
    for name in OC_TEMPLATES:
        path = f"templates/emails/{name}.hbs"
        tpl = snap.read(OPENCOLLECTIVE, OPENCOLLECTIVE_COMMIT, path)
        for n in range(2):
            ctx = {
                "host": {"name": "Open Source Collective"},
                "collective": {"name": "Riverside Community Garden", "slug": "riverside-garden"},
                "fromCollective": {"name": "Riverside Community Garden"},
                "expense": {
                    "description": "Seeds and soil for spring planting",
                    "amount": 12400,
                    "currency": "USD",
                },
                "rejectionReason": "We only host open source projects at this time." if n else "",
                "config": {"host": {"website": "https://opencollective.com"}},
                "recipientName": OWNER[0],
                "order": {"totalAmount": 2500, "currency": "USD"},
                "permalink": "https://opencollective.com/riverside-garden/expenses/48213",
            }
            out = handlebars(tpl, ctx)
            subject_m = re.match(r"Subject:\s*(.*)\n", out)
            subject = subject_m.group(1).strip() if subject_m else "Update from Open Collective"
            html = out[subject_m.end() :] if subject_m else out
            yield Spec(
                unit="opencollective/en",
                url=blob_url(OPENCOLLECTIVE, OPENCOLLECTIVE_COMMIT, path),
                lang="en",
                category="not_a_job",
                rejection=False,
                subject=subject,
                text=html_to_text(html),
                html=f"<html><body>{html}</body></html>",
                company="n/a",
                role="n/a",
                sender=("Open Collective", "no-reply@opencollective.com"),
                noreply=True,
                fmt=("html", "html_only")[n],
            )


PRETALX = "pretalx/pretalx"
PRETALX_COMMIT = "5a3c2f61ecafc83cfa85aa518cc5af3d564b16ef"
PRETALX_PHRASES = "src/pretalx/mail/template_phrases.py"
PRETALX_LOCALES = {
    "en": "",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt": "pt_PT",
}
PRETALX_TEXTS = ["ACK_TEXT", "REJECT_TEXT", "ACCEPT_TEXT"]
EVENTS = {
    "en": "PyCon Lakeside 2026",
    "de": "Datenspuren 2026",
    "fr": "Capitole du Libre 2026",
    "es": "EsLibre 2026",
    "it": "Linux Day Bologna 2026",
    "nl": "FOSS Noord 2026",
    "pt": "Encontro Python Porto 2026",
}
TALKS = {
    "en": "Testing mail parsers with real mail",
    "de": "Barrierefreie Formulare in der Praxis",
    "fr": "Cartographie libre des quartiers",
    "es": "Accesibilidad web sin excusas",
    "it": "Automatizzare la biblioteca di quartiere",
    "nl": "Open data voor de gemeente",
    "pt": "Do caderno ao pacote Python",
}


def _gettext_literal(source: str, name: str) -> str:
    m = re.search(name + r' = LazyI18nString\.from_gettext\(\s*_\(\s*"""(.*?)"""', source, re.S)
    if not m:
        m = re.search(name + r' = LazyI18nString\.from_gettext\(_\("(.*?)"\)\)', source, re.S)
    if not m:
        raise KeyError(name)
    return m.group(1)


def pretalx(snap: Snapshot) -> Iterator[Spec]:
    """pretalx's call-for-papers mail: a talk proposal received, rejected, accepted."""
    phrases = snap.read(PRETALX, PRETALX_COMMIT, PRETALX_PHRASES)
    subject_id = _gettext_literal(phrases, "GENERIC_SUBJECT")
    for lang, locale in PRETALX_LOCALES.items():
        path = f"src/pretalx/locale/{locale}/LC_MESSAGES/django.po" if locale else PRETALX_PHRASES
        entries = po_entries(snap.read(PRETALX, PRETALX_COMMIT, path)) if locale else {}
        for name in PRETALX_TEXTS:
            msgid = _gettext_literal(phrases, name)
            body = entries.get(msgid) or (msgid if not locale else "")
            if not body:
                continue
            subject_t = entries.get(subject_id) or subject_id
            for n in range(2):
                ctx = {
                    "submission_title": TALKS[lang],
                    "event_name": EVENTS[lang],
                    "submission_url": "https://pretalx.com/event/me/submissions/XK3PQ/",
                    "name": OWNER[0],
                    "confirmation_link": "https://pretalx.com/event/me/submissions/XK3PQ/confirm",
                }
                text = re.sub(r"\{(\w+)\}", lambda m, c=ctx: c.get(m.group(1), m.group(0)), body)
                subject = re.sub(r"\{(\w+)\}", lambda m, c=ctx: c.get(m.group(1), ""), subject_t)
                yield Spec(
                    unit=f"pretalx/{lang}",
                    url=blob_url(PRETALX, PRETALX_COMMIT, path),
                    lang=lang,
                    category="not_a_job",
                    rejection=False,
                    subject=subject,
                    text=text,
                    company="n/a",
                    role="n/a",
                    sender=(f"{EVENTS[lang]} CfP", f"cfp@{slug(EVENTS[lang])}.org"),
                    noreply=False,
                    fmt=("plain", "wrapped")[n],
                )


WEBCAPTURE = "tdamdouni/WebCapture"
WEBCAPTURE_COMMIT = "ba9611b219335ae8daf51e9e13863cb7754f92d0"
# Career articles captured from newsletters and magazines: file -> language, category
WEBCAPTURE_FILES = {
    "bewerbungsabsage-was-ist-der-beste-umgang-mit-einer-absage.md": (
        "de",
        "article_about_rejection",
    ),
    "Why rejection hurts so much \u2014 and what to do about it.md": (
        "en",
        "article_about_rejection",
    ),
    "How To Calm Your Job-Interview Jitters.md": ("en", "newsletter"),
    "How to Write a Resume That Will Land an Interview.md": ("en", "newsletter"),
    "Sieben Tods\u00fcnden beim Bewerbungs-Gespr\u00e4ch.md": ("de", "newsletter"),
    "Schlusssatz der Bewerbung: Tipps, Beispiele und No-Gos.md": ("de", "newsletter"),
    "10-awkward-interview-moments-what-you-can-learn-about-your-candidates.md": (
        "en",
        "newsletter",
    ),
}


def markdown_text(md: str, limit: int = 4000) -> tuple[str, str]:
    """(site, plain text) of a captured article: images and link targets dropped."""
    site_m = re.search(r"from \[([^\]]+)\]", md)
    site = site_m.group(1) if site_m else "newsletter.example.org"
    t = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", md)
    t = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", t)
    t = re.sub(r"^_Captured:.*$", "", t, flags=re.M)
    t = re.sub(r"^#+\s*", "", t, flags=re.M)
    t = re.sub(r"[*_]{1,2}([^*_\n]+)[*_]{1,2}", r"\1", t)
    t = re.sub(r"\n{3,}", "\n\n", t).strip()
    if len(t) > limit:
        t = t[: t.rfind("\n\n", 0, limit)]
    return site.removeprefix("www."), t


def webcapture(snap: Snapshot) -> Iterator[Spec]:
    """Career articles as their newsletters mailed them: about rejection, about applying."""
    for name, (lang, category) in WEBCAPTURE_FILES.items():
        path = f"#Career/{name}"
        site, text = markdown_text(snap.read(WEBCAPTURE, WEBCAPTURE_COMMIT, path))
        title = text.split("\n", 1)[0].strip()
        footer = (
            "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: "
            if lang == "de"
            else "You receive this newsletter because you subscribed. Unsubscribe: "
        )
        yield Spec(
            unit=f"webcapture/{lang}",
            url=blob_url(WEBCAPTURE, WEBCAPTURE_COMMIT, path),
            lang=lang,
            category=category,
            rejection=False,
            subject=title,
            text=f"{text}\n\n--\n{footer}https://{site}/newsletter/unsubscribe",
            company="n/a",
            role="n/a",
            sender=(f"{site} Newsletter", f"newsletter@{site}"),
            noreply=True,
            fmt="html",
            extra_headers={"List-Unsubscribe": f"<https://{site}/newsletter/unsubscribe>"},
        )
