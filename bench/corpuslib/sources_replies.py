"""The applicant's own replies to rejections: Rebound's feedback requests quoting the rejection.

Mail from the mailbox owner is never a rejection, yet it quotes one word for
word. Each reply is a *derived* unit (``<unit>+reply``) that build-corpus puts
in the same part as the rejection it quotes, so no source text crosses parts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from email.utils import formataddr

import jinja2

from agent.feedback.grammar import grammar
from agent.feedback.templating import environment, render

from .fill import OWNER, PEOPLE, Spec
from .snapshot import Snapshot
from .sources_ats import findajob, odoo, statik
from .sources_platforms import emplois, tum

QUOTED = {
    "en": "wrote",
    "de": "schrieb",
    "fr": "a écrit",
    "es": "escribió",
    "nl": "schreef",
    "it": "ha scritto",
    "pt": "escreveu",
}


def _render(env: jinja2.Environment, spec: Spec) -> str:
    """Rebound's own feedback request for ``spec``: its templates, its grammar helper and
    its template variables (agent.feedback.compose.template_context names them)."""
    kind = "interview" if spec.stage in ("screen", "interview", "final") else "application"
    names = set(env.list_templates())
    lang = spec.lang if f"feedback_request.{kind}.{spec.lang}.txt.j2" in names else "en"
    person = spec.sender[0] if spec.sender[0] in PEOPLE[spec.lang] else None
    context = {
        "owner": {"name": OWNER[0], "email": OWNER[1]},
        "company": spec.company if spec.company != "n/a" else None,
        "role": None if spec.role == "n/a" else spec.role,
        "stage": spec.stage,
        "contact_name": person,
        "first_name": person.split(" ")[0] if person else None,
        "full_name": person,
        "rejection_date": None,
        "subject": spec.subject,
        "language": lang,
        "on_hold": False,
        "grammar": grammar(lang),
    }
    return render(env, f"feedback_request.{kind}.{lang}.txt.j2", **context)


def replies(snap: Snapshot) -> Iterator[Spec]:
    """One reply for every fourth rejection of the job-mail sources."""
    env = environment()
    sources: list[Callable[[Snapshot], Iterable[Spec]]] = [findajob, odoo, statik, emplois, tum]
    for recipe in sources:
        rejections = [s for s in recipe(snap) if s.rejection]
        for n, spec in enumerate(rejections[::4]):
            quoted = "\n".join(f"> {line}".rstrip() for line in spec.text.strip().splitlines())
            text = (
                f"{_render(env, spec).strip()}\n\n"
                f"{formataddr(spec.sender)} {QUOTED[spec.lang]}:\n{quoted}\n"
            )
            yield Spec(
                unit=f"{spec.unit}+reply",
                url=spec.url,
                lang=spec.lang,
                category="other",
                rejection=False,
                subject=f"Re: {spec.subject}",
                text=text,
                company=spec.company,
                role=spec.role,
                sender=OWNER,
                to=spec.sender,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
                extra_headers={"In-Reply-To": f"<{spec.unit.replace('/', '.')}.{n}@rejection>"},
            )
