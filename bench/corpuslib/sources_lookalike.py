"""Recipes for refusals that are not about a job: journal decisions, fiscal-host applications."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_to_text
from .render import fill_braces, handlebars, po_entries
from .snapshot import Snapshot, blob_url

PKP = "pkp/pkp-lib"
PKP_COMMIT = "f2f41aa3d7adcd966e27d79b7054c096fc429c47"
PKP_LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt_BR"}
PKP_KEYS = [
    "editorDecisionDecline",
    "editorDecisionInitialDecline",
    "editorDecisionAccept",
    "editorDecisionSendToExternal",
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
OC_COMMIT = "e3f35f58970e39eeaa678a8990dfd72d0e71a9ce"
OC_TEMPLATES = ["collective.rejected", "collective.expense.rejected", "contribution.rejected"]


def opencollective(snap: Snapshot) -> Iterator[Spec]:
    """Open Collective's refusals: a fiscal-host application, an expense, a contribution."""
    for name in OC_TEMPLATES:
        path = f"templates/emails/{name}.hbs"
        tpl = snap.read(OPENCOLLECTIVE, OC_COMMIT, path)
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
            }
            out = handlebars(tpl, ctx)
            subject_m = re.match(r"Subject:\s*(.*)\n", out)
            subject = subject_m.group(1).strip() if subject_m else "Update from Open Collective"
            html = out[subject_m.end() :] if subject_m else out
            yield Spec(
                unit="opencollective/en",
                url=blob_url(OPENCOLLECTIVE, OC_COMMIT, path),
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
