"""Recipes for session 34's sources38 (issue 11): English look-alikes from a non-profit's
mentored open-source programme for students and a pole dance competition's entries; German
ones from a Zurich students' dance association's course sign-ups.

CodeDay Labs (codeday/labs-gql, the GraphQL back end of CodeDay Labs, a non-profit programme in
which students work in teams on open-source projects under a volunteer engineer mentor; mail
through nodemailer from Markdown templates with Handlebars and front matter): the mails to a
student applicant: refused ("Unfortunately, we are not able to offer you acceptance to X at
this time", with "another fun and valuable experience (whether an internship or ...)"), the
application received, an interview asked for, the admission offer. Its acceptance mail says
the programme "is not a traditional internship, it's an educational opportunity. You're not
an employee": a place refused, no job: look-alikes.

Pole Performance (rebkwok/pp_web, the entry site of a UK pole dance competition; Django, 2016-
2020): the semi-final results an organiser sends each entrant ("Thank you for your application
to Pole Performance Y. Unfortunately you have not been successful in securing a place in the
following category"), the place offered in the finals, and the entry's receipt. A competition
place, no job: look-alikes.

Tanzquotient (tanzquotient/website, the site of the ETH and University of Zurich students'
dance association; Django, mail through Post Office from database templates that the repository
keeps as the source of truth in ``email_templates/``): German with the English below, the
course sign-up refused for want of places ("Wir müssen dir leider mitteilen, dass du am
folgenden Kurs nicht teilnehmen kannst, weil er überbucht ist"), for want of a partner, for
prior knowledge required ("dass du im folgenden Kurs keinen Platz erhalten hast"), put on the
waiting list, and the sign-up's receipt. A course place, no job: look-alikes."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator

from .fill import OWNER, Spec
from .render import handlebars
from .snapshot import Snapshot, blob_url
from .sources_internships import _django_exact
from .sources_trackers import _spec

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
    ``{{^``) raises (these templates have none)."""
    if re.search(r"\{\{[#/^]", template):
        raise ValueError("a Handlebars block")
    return handlebars(template, values, strict=True, escape=True)


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


PP = "rebkwok/pp_web"
PP_COMMIT = "604f3f7b510194dc62403b9df1229b878911924f"
PP_FOOTER_PATH = "templates/account/email/footer.txt"
PP_MODELS_PATH = "entries/models.py"
PP_SETTINGS_PATH = "poleperformance/settings.py"
# template: (the subject ``send_pp_email`` is given, category, the if/else branch, variants).
# The semi-final results: branch 0 the place offered (``entry.status == 'selected'``), 1 the
# refusal.
PP_MAILS = (
    (
        "ppadmin/templates/ppadmin/email/selection_results.txt",
        "Semi-final results",
        "not_a_job",
        1,
        2,
    ),
    ("ppadmin/templates/ppadmin/email/selection_results.txt", "Semi-final results", "other", 0, 1),
    ("entries/templates/entries/email/entry_submitted.txt", "Entry submitted", "other", 0, 1),
)
# Ours: the year (``CURRENT_ENTRY_YEAR``, an environment value), the host, the entry
# references, the categories' order and the studio's reply-to address (``DEFAULT_STUDIO_EMAIL``).
PP_YEAR = "2020"
PP_HOST = "https://www.poleperformance.co.uk"
PP_CATEGORIES = ("INT", "SMP", "ADV", "DOU")
PP_REPLY_TO = "poleperformancecomp@gmail.com"


def _pp_setting(settings: str, name: str) -> str:
    """A quoted string setting of ``settings.py``; one set otherwise raises."""
    m = re.search(rf"^{name} = ['\"]([^'\"]*)['\"]\s*$", settings, re.M)
    if not m:
        raise ValueError(f"no string setting {name}")
    return m.group(1)


def ppcomp(snap: Snapshot) -> Iterator[Spec]:
    """The entrant's mails as ``send_pp_email`` sends them: the subject prefixed with
    ``ACCOUNT_EMAIL_SUBJECT_PREFIX``, the text template with its footer included, its one
    if/else resolved, each ``{{ }}`` by its exact text (HTML-escaped as Django does; nothing
    here needs it); plain text (the HTML alternative left out)."""
    unit = "ppcomp/en"
    settings = snap.read(PP, PP_COMMIT, PP_SETTINGS_PATH)
    prefix = _pp_setting(settings, "ACCOUNT_EMAIL_SUBJECT_PREFIX")
    sender = ("Pole Performance", _pp_setting(settings, "DEFAULT_FROM_EMAIL"))
    categories = dict(
        re.findall(r"\('([A-Z]{3})', '([^']+)'\)", snap.read(PP, PP_COMMIT, PP_MODELS_PATH))
    )
    footer = snap.read(PP, PP_COMMIT, PP_FOOTER_PATH)
    n = 0
    for path, subject, category, branch, variants in PP_MAILS:
        template = snap.read(PP, PP_COMMIT, path)
        include = '{% include "account/email/footer.txt" %}'
        if include not in template:
            raise ValueError(f"{path}: no footer include")
        template = template.replace(include, footer)
        for _ in range(variants):
            values = {
                "entry.entry_year": PP_YEAR,
                "category": html_lib.escape(categories[PP_CATEGORIES[n % len(PP_CATEGORIES)]]),
                "host": PP_HOST,
                "entry.entry_ref": f"PP{PP_YEAR}-{104 + 37 * n:04d}",
            }
            yield _spec(
                unit,
                blob_url(PP, PP_COMMIT, path),
                category,
                subject=f"{prefix} {subject}",
                text=_django_exact(template, values, branch).strip() + "\n",
                company="n/a",
                role="n/a",
                sender=sender,
                noreply=False,
                reply_to=PP_REPLY_TO,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


TQ = "tanzquotient/website"
TQ_COMMIT = "e5db1404a8671e7fb491dee972a126069fbf2b90"
TQ_DIR = "email_templates"
TQ_SETTINGS_PATH = "tq_website/settings.py"
# template: (category, variants). The refusals ``send_rejection`` sends by reason and the
# waiting list (a place held back, as AMIV's); the sign-up's receipt for a course without
# couples. Subjects are the database templates' (not in the repository): ours.
TQ_MAILS = {
    "rejection_overbooked": ("not_a_job", 2, "Deine Kursanmeldung: {course}"),
    "rejection_no_partner": ("not_a_job", 1, "Deine Kursanmeldung: {course}"),
    "rejection_requirements_not_met": ("not_a_job", 1, "Deine Kursanmeldung: {course}"),
    "move_to_waiting_list": ("not_a_job", 1, "Warteliste: {course}"),
    "subscription_confirmation_without_partner_nocouple": (
        "other",
        1,
        "Anmeldung erhalten: {course}",
    ),
}
# Ours: the courses (type titles, lessons, rooms, periods, prices as ``create_course_info``
# joins them), the course page, the sender's address (``TQ_DEFAULT_FROM_EMAIL``, an environment
# value).
TQ_COURSES = (
    (
        "Salsa Cubana Level 1",
        "Mo 19:00-20:15",
        "ASVZ Polyterrasse, Raum 2",
        "22.09.2026 - 01.12.2026",
    ),
    (
        "Lindy Hop Intermediate",
        "Do 20:30-21:45",
        "UZH Zentrum, Lichthof",
        "24.09.2026 - 03.12.2026",
    ),
    (
        "Contemporary Basics",
        "Di 18:00-19:15",
        "ASVZ Hönggerberg, Halle 3",
        "23.09.2026 - 02.12.2026",
    ),
)
TQ_PRICES = "Kosten: CHF 60 (Studierende), CHF 120 (andere)"
TQ_SENDER = ("Tanzquotient", "noreply@tanzquotient.org")


def _tq_fill(template: str, values: dict[str, str]) -> str:
    """Post Office's Django rendering of a template with ``{{ name }}`` and ``{{ name|safe }}``
    only (autoescape on, ``safe`` off): any tag or other filter raises."""
    if "{%" in template:
        raise ValueError("a Django tag")

    def sub(m: re.Match[str]) -> str:
        name, _, flt = m.group(1).partition("|")
        if flt not in ("", "safe"):
            raise ValueError(f"filter {flt!r}")
        if name not in values:
            raise ValueError(f"no value for {name!r}")
        return values[name] if flt == "safe" else html_lib.escape(values[name])

    return re.sub(r"\{\{\s*([\w.|]+)\s*\}\}", sub, template)


def tq(snap: Snapshot) -> Iterator[Spec]:
    """The sign-up mails as ``courses/emailcenter.py`` fills them (``first_name``, ``course``,
    ``course_info`` joined as ``create_course_info`` does, ``course_url``), reply-to the
    settings' ``EMAIL_ADDRESS_COURSE_SUBSCRIPTIONS``; plain text, as the templates are."""
    unit = "tq/de"
    settings = snap.read(TQ, TQ_COMMIT, TQ_SETTINGS_PATH)
    reply_to = _pp_setting(settings, "EMAIL_ADDRESS_COURSE_SUBSCRIPTIONS")
    n = 0
    for name, (category, variants, subject) in TQ_MAILS.items():
        path = f"{TQ_DIR}/{name}.txt"
        template = snap.read(TQ, TQ_COMMIT, path)
        for _ in range(variants):
            title, lessons, room, period = TQ_COURSES[n % len(TQ_COURSES)]
            values = {
                "first_name": OWNER[0].split(" ")[0],
                "last_name": OWNER[0].split(" ")[1],
                "course": title,
                "course_info": "\n".join((title, lessons, room, period, TQ_PRICES)),
                "course_url": f"https://tanzquotient.org/de/courses/{301 + n}/",
            }
            yield _spec(
                unit,
                blob_url(TQ, TQ_COMMIT, path),
                category,
                subject=subject.format(course=title),
                text=_tq_fill(template, values).strip() + "\n",
                company="n/a",
                role="n/a",
                sender=TQ_SENDER,
                noreply=True,
                reply_to=reply_to,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1
