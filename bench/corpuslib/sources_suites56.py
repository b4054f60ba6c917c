"""Recipes for session 39's lead (issue 11): French job mail from a partner network's recruiting
platform — one of the units of session 38's lost branch sources53, found again by sources53r.

NutVitaGlobalis (narcisse09nas-byte/NutvitaGlobalis, Next.js): the platform recruits
dietitians and promoters into its network of partner professionals (CV and motivation letter,
a written test, a video interview, then a contract and "intégration au réseau"): job
applications, so its refusal is a job ``rejection`` (a doubt: a reader could call the network a
membership). ``lib/recruitment-emails.ts`` holds one subject and body per application status;
``recruitmentEmail(status, name, note?)`` sends text only: "Bonjour {name},", the body, an
optional "Message de l'équipe : {note}" paragraph, "Équipe NutVitaGlobalis". The refusal
("nous ne pouvons pas donner une suite favorable à votre candidature") twice, without and with
a team note (ours); the others as what they are. Sender ours: the repository's mail settings
come from the environment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, spec
from .snapshot import Snapshot, blob_url

NUTVITA = "narcisse09nas-byte/NutvitaGlobalis"
NUTVITA_COMMIT = "89709e4fb4c49eb560b2222bd2d0d6c390216d99"
NUTVITA_PATH = "lib/recruitment-emails.ts"
NUTVITA_COMPANY = "NutVitaGlobalis"
NUTVITA_SENDER = ("NutVitaGlobalis", "contact@nutvitaglobalis.com")
NUTVITA_NOTE = (
    "Nous avons retenu des profils disposant d'une expérience clinique plus longue pour cette "
    "session de recrutement."
)
# (status, category, team note or None): what the platform mails, in its statuses' order.
NUTVITA_MAILS = (
    ("incomplete", "other", None),
    ("preselected", "moving_forward", None),
    ("invited_to_test", "assessment", None),
    ("invited_to_interview", "interview_invitation", None),
    ("rejected", "rejection", None),
    ("rejected", "rejection", NUTVITA_NOTE),
    ("selected", "offer", None),
)


def _nutvita_templates(source: str) -> dict[str, tuple[str, str]]:
    """status -> (subject, body) of the ``content`` record."""
    found = {
        m.group(1): (m.group(2), m.group(3))
        for m in re.finditer(r'(\w+):\{subject:"([^"]*)",body:"([^"]*)"\}', source)
    }
    if not found:
        raise ValueError("no templates")
    return found


# ``recruitmentEmail``'s template literal, which the text below reproduces: checked, so that a
# changed layout stops the recipe instead of writing another mail than the platform sends.
NUTVITA_LAYOUT = (
    "text:`Bonjour ${name},\\n\\n${template.body}${note?`\\n\\nMessage de l’équipe : "
    "${note}`:''}\\n\\nÉquipe NutVitaGlobalis`"
)


def _nutvita_text(body: str, name: str, note: str | None) -> str:
    """``recruitmentEmail``'s text for ``body``, as its template literal (``NUTVITA_LAYOUT``)
    lays it out."""
    extra = f"\n\nMessage de l’équipe : {note}" if note else ""
    return f"Bonjour {name},\n\n{body}{extra}\n\nÉquipe NutVitaGlobalis\n"


def nutvita(snap: Snapshot) -> Iterator[Spec]:
    """Each status's subject and text, the candidate's full name in the greeting."""
    unit = "nutvita/fr"
    source = snap.read(NUTVITA, NUTVITA_COMMIT, NUTVITA_PATH)
    if NUTVITA_LAYOUT not in source:
        raise ValueError("the mail's layout changed")
    templates = _nutvita_templates(source)
    for status, category, note in NUTVITA_MAILS:
        if status not in templates:
            raise ValueError(f"no template for {status}")
        subject, body = templates[status]
        yield spec(
            unit,
            blob_url(NUTVITA, NUTVITA_COMMIT, NUTVITA_PATH),
            category,
            subject=subject,
            text=_nutvita_text(body, OWNER[0], note),
            company=NUTVITA_COMPANY,
            role="n/a",  # the mail names no post
            labels_on_rejection=True,
            sender=NUTVITA_SENDER,
            noreply=False,
            fmt="plain",
        )
