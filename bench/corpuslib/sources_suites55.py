"""Recipes for session 39's sources55 (issue 11): Spanish job mail from a Chilean clinic's
recruiting portal (a refusal wording the Spanish pack had not met in a source of its own).

Avaria (jdanfossi/portal-reclutamiento, the recruiting portal of Clínica Avaria, Chile;
Next.js, Drizzle, mail sent through Brevo's API as ``htmlContent`` only): when the admin moves
an application to another status, the ``PATCH`` handler of
``src/app/api/admin/postulacion/[id]/route.ts`` sends the candidate one of four template
literals, each with its subject: ``descartado`` (the refusal: "hemos decidido avanzar en esta
ocasión con otros candidatos que se ajustan más estrechamente a los requisitos actuales de la
posición", twice, for two posts), ``entrevista`` (an interview stage announced, the recruiter
to call: ``interview_invitation``), ``oferta`` ("nos encontramos elaborando una propuesta
formal para ti": ``offer``) and ``contratado`` (hired: ``offer``). The first name is the
candidate's name up to its first space; the post is the vacancy's title (ours); sender from
``sendEmail``'s default in ``src/lib/brevo.ts``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, spec
from .snapshot import Snapshot, blob_url
from .sources_suites35 import _text_part
from .templating import fill_exact

FIRST = OWNER[0].split()[0]

AVARIA = "jdanfossi/portal-reclutamiento"
AVARIA_COMMIT = "d4b08cf818bd03ff10625dc7d6f0252e0ec97f7b"
AVARIA_ROUTE = "src/app/api/admin/postulacion/[id]/route.ts"
AVARIA_BREVO = "src/lib/brevo.ts"
AVARIA_COMPANY = "Clínica Avaria"
# (status, category): the four statuses the handler writes a mail for.
AVARIA_MAILS = (
    ("descartado", "rejection"),
    ("descartado", "rejection"),
    ("entrevista", "interview_invitation"),
    ("oferta", "offer"),
    ("contratado", "offer"),
)


def _avaria_branch(route: str, status: str) -> tuple[str, str]:
    """The subject and HTML template literals of the ``estado === "status"`` branch."""
    m = re.search(
        r'estado === "' + re.escape(status) + r'"\)\s*\{\s*'
        r"subject = `([^`]*)`;\s*htmlContent = `([^`]*)`;",
        route,
    )
    if m is None:
        raise ValueError(f"no mail for status {status}")
    return m.group(1), m.group(2)


def _avaria_sender(brevo: str) -> tuple[str, str]:
    """``sendEmail``'s default sender: (name, address)."""
    m = re.search(r'sender = \{ email: "([^"]+)", name: "([^"]+)" \}', brevo)
    if m is None:
        raise ValueError("no default sender")
    return m.group(2), m.group(1)


def avaria(snap: Snapshot) -> Iterator[Spec]:
    """Each status's subject and HTML literal, ``${nombre}`` and ``${vacante}`` filled as
    the handler fills them; HTML only, as Brevo is given it."""
    unit = "avaria/es"
    route = snap.read(AVARIA, AVARIA_COMMIT, AVARIA_ROUTE)
    sender = _avaria_sender(snap.read(AVARIA, AVARIA_COMMIT, AVARIA_BREVO))
    for n, (status, category) in enumerate(AVARIA_MAILS):
        subject, body = _avaria_branch(route, status)
        post = fill_for(unit, status, "es", n).role
        values = {"nombre": FIRST, "vacante": post}
        html = fill_exact(body, r"\$\{(\w+)\}", values)
        yield spec(
            unit,
            blob_url(AVARIA, AVARIA_COMMIT, AVARIA_ROUTE),
            category,
            subject=fill_exact(subject, r"\$\{(\w+)\}", values),
            text=_text_part(html),
            html=html,
            company=AVARIA_COMPANY,
            role=post,
            labels_on_rejection=True,
            sender=sender,
            noreply=False,
            fmt="html_only",
        )
