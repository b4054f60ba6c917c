"""Recipes for session 32's sources24 (issue 11): Italian wording from a repository, the weakest
language's first job-side refusal found in code after five sessions of searching.

Talento Showcase (likeflix-app/talento-showcase, React and Vite, mail through EmailJS, 2025): the
talent network of Isadora Agency, an influencer and advertising agency in Lugano (Ticino), where
content creators apply to be taken on for its brands' paid collaborations (as Y-CITY's creators
and flanvo's drivers apply for work through a platform). Its ``talentEmailService`` keeps three
Italian mails to the applicant: the application received, approved ("sei ora ufficialmente parte
del nostro network di talenti") and refused ("Dopo un'attenta valutazione, purtroppo non possiamo
procedere con la tua richiesta al momento", with the reasons such applications fail). The
repository states no licence: the texts are read at build time, never committed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_suites23 import _email_body
from .templating import fill_exact, js_literal

TALENTO = "likeflix-app/talento-showcase"
TALENTO_COMMIT = "70afdf48103b0ae9d8f498beb62e1f5b81afc3c6"
TALENTO_PATH = "src/services/talentEmailService.ts"
TALENTO_SENDER_PATH = "src/services/emailService.ts"
# template: (category, variants). Taken into the network is no job yet (`other`, as Y-CITY's
# admission); the refusal ends an application to work through the agency (a rejection).
TALENTO_MAILS: dict[str, tuple[str, int]] = {
    "applicationSubmitted": ("acknowledgement", 1),
    "applicationApproved": ("other", 1),
    "applicationRejected": ("rejection", 2),
}
TALENTO_COMPANY = "Isadora Agency"
# Ours: the applicant's city, categories, channels, photo count and the day she applied.
TALENTO_VALUES = {
    "fullName": OWNER[0],
    "email": OWNER[1],
    "city": "Lugano",
    "contentCategories": "Moda, Lifestyle",
    "socialChannels": "Instagram, TikTok",
    "photoCount": "6",
    "submissionDate": "3 dicembre 2026 alle ore 10:15",
}


def _ts_mail_templates(source: str) -> dict[str, tuple[str, str]]:
    """name -> (subject, html) of a ``name: { subject: "…", html: `…` }`` object literal."""
    found = re.findall(r'(\w+): \{\s*subject: "([^"]*)",\s*html: `', source)
    if not found:
        raise ValueError("no mail templates")
    return {
        name: (subject, js_literal(source, f'{name}: {{\n    subject: "{subject}"'))
        for name, subject in found
    }


def _default_sender(source: str) -> tuple[str, str]:
    """The EmailJS service's default sender name and its business address fallback."""
    name = re.search(r"from_name: emailData\.from_name \|\| '([^']+)'", source)
    address = re.search(r"VITE_BUSINESS_EMAIL \|\| '([^']+)'", source)
    if name is None or address is None:
        raise ValueError("no default sender")
    return name.group(1), address.group(1)


def talento(snap: Snapshot) -> Iterator[Spec]:
    """Isadora Agency's mail to a creator who applied to its talent network: received,
    approved, refused (twice); the HTML as the service renders it, in turn with a text part."""
    unit = "talento/it"
    templates = _ts_mail_templates(snap.read(TALENTO, TALENTO_COMMIT, TALENTO_PATH))
    sender = _default_sender(snap.read(TALENTO, TALENTO_COMMIT, TALENTO_SENDER_PATH))
    url = blob_url(TALENTO, TALENTO_COMMIT, TALENTO_PATH)
    for name, (category, variants) in TALENTO_MAILS.items():
        subject, html = templates[name]
        body = fill_exact(_email_body(html), r"\{\{(\w+)\}\}", TALENTO_VALUES)
        for k in range(variants):
            yield _html_spec(
                unit,
                url,
                category,
                body,
                subject=subject,
                company=TALENTO_COMPANY,
                role="n/a",
                sender=sender,
                reply_to=sender[1],
                noreply=False,
                fmt=("html_only", "html")[k % 2] if variants > 1 else "html_only",
            )
