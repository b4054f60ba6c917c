"""Recipes for session 34's sources38 (issue 11): English look-alikes from a non-profit's
mentored open-source programme for students.

CodeDay Labs (codeday/labs-gql, the GraphQL back end of CodeDay Labs, a non-profit programme in
which students work in teams on open-source projects under a volunteer engineer mentor; mail
through nodemailer from Markdown templates with Handlebars and front matter): the mails to a
student applicant: refused ("Unfortunately, we are not able to offer you acceptance to X at
this time", with "another fun and valuable experience (whether an internship or ...)"), the
application received, an interview asked for, the admission offer. Its acceptance mail says
the programme "is not a traditional internship, it's an educational opportunity. You're not
an employee": a place refused, no job: look-alikes."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url
from .sources_trackers import _spec
from .templating import fill_exact

LABS = "codeday/labs-gql"
LABS_COMMIT = "26a582cdd31cf7a01f28dd754ea26e190b989ac6"
LABS_DIR = "src/email/templates"
# template (without .md): (category, variants). Only the student applicant's mails; the
# mentors' and the matched teams' are left out.
LABS_MAILS = {
    "studentRejected": ("not_a_job", 2),
    "studentApplied": ("other", 1),
    "studentInterview": ("other", 1),
    "studentOffer": ("other", 1),
}
# The default of ``config.email.from`` (``EMAIL_FROM`` unset); the display name is ours.
LABS_SENDER = ("CodeDay Labs", "labs@codeday.org")
# Ours: the events (a row of the ``Event`` table each), their signature (``emailSignature``, a
# column the organisers fill), the track, and the token ``tokenFor`` makes; the student is the
# mailbox owner.
LABS_EVENTS = ("CodeDay Labs Summer 2026", "CodeDay Labs Fall 2026")
LABS_SIGNATURE = "Thanks,\nThe CodeDay Labs team"
LABS_TRACK = "Intermediate"
LABS_TOKEN = "eyJhbGciOiJIUzI1NiJ9.c3R1ZGVudA.k3f9Qx"


def _handlebars(template: str, values: dict[str, str]) -> str:
    """Handlebars as the loader compiles it: ``{{{ expr }}}`` raw, ``{{ expr }}`` HTML-escaped,
    each expression (a path or a helper call) by its exact text; any block (``{{#``, ``{{/``,
    ``{{^``) raises."""
    if re.search(r"\{\{[#/^]", template):
        raise ValueError("a Handlebars block")
    text = fill_exact(template, r"\{\{\{\s*(.*?)\s*\}\}\}", values)
    escaped = {k: html_lib.escape(v, quote=True).replace("'", "&#x27;") for k, v in values.items()}
    return fill_exact(text, r"\{\{\s*(.*?)\s*\}\}", escaped)


def _front_matter(rendered: str) -> tuple[dict[str, str], str]:
    """``front-matter``'s split of a rendered template: the ``key: "value"`` lines between the
    opening and closing ``---``, and the body after them (one without them raises)."""
    m = re.match(r"---\n(.*?)\n---\n?", rendered, re.S)
    if not m:
        raise ValueError("no front matter")
    attrs: dict[str, str] = {}
    for line in m.group(1).splitlines():
        km = re.fullmatch(r'(\w+):\s*"(.*)"\s*', line)
        if not km:
            raise ValueError(f"front matter line {line!r}")
        attrs[km.group(1)] = km.group(2)
    return attrs, rendered[m.end() :]


def labs(snap: Snapshot) -> Iterator[Spec]:
    """The student mails as ``getEmailGenerators`` renders them: the whole file through
    Handlebars, then the front matter's ``subject`` and the body as the text part (the HTML
    part, Marked's rendering of the same Markdown, is left out: plain text)."""
    unit = "labs/en"
    n = 0
    for name, (category, variants) in LABS_MAILS.items():
        path = f"{LABS_DIR}/{name}.md"
        template = snap.read(LABS, LABS_COMMIT, path)
        for _ in range(variants):
            values = {
                "student.email": OWNER[1],
                "student.givenName": OWNER[0].split(" ")[0],
                "student.weeks": "6",
                "student.minHours": "10",
                "student.track": LABS_TRACK,
                "tokenFor student": LABS_TOKEN,
                "event.name": LABS_EVENTS[n % len(LABS_EVENTS)],
                "event.emailSignature": LABS_SIGNATURE,
            }
            attrs, body = _front_matter(_handlebars(template, values))
            yield _spec(
                unit,
                blob_url(LABS, LABS_COMMIT, path),
                category,
                subject=html_lib.unescape(attrs["subject"]),
                text=body.strip() + "\n",
                company="n/a",
                role="n/a",
                sender=LABS_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1
