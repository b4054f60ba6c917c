"""Recipes for session 31's sources21 (issue 11): English wording from an Israeli software
company's applicant system and, as look-alikes, a conference's volunteer selection and a
mentoring marketplace's answers to mentors and mentees and a women's league's answers to
volunteers and members.

IKOIA (itaiTsayeg/Ikoia_applicant, Django, January 2026): the company's own applicant system
for its developer and data-analyst openings; deleting an applicant in the staff panel sends the
one mail it has, a short refusal with little job context (thanks, "we will not continue with
your application" at this stage, good wishes), from the settings' sender. Zookeepr
(zookeepr/zookeepr, the conference system of linux.conf.au, Linux Australia's yearly
conference): the answer to a volunteer application, accepted, not selected (the positions that
suit the volunteer are filled) or still open; a volunteer place at a conference is no job, so
the refusal is a look-alike (``not_a_job``) in a hiring refusal's words. MentorQuest
(3bdelrahmanBarakat/Web-Consultation-System, Laravel, 2023): a paid-consultation marketplace's
mail to a mentor who applied to offer sessions, accepted or rejected (with regret, "unable to
proceed"), and to a mentee whose booking a mentor accepted or rejected; a provider's account
and a booking are no job, so both refusals are look-alikes. Kalinga ng Kababaihan
(ItsMeJosue0021/knb-backend, Laravel; the Women's League of Las Piñas, Philippines): its mail
to a volunteer for one of its projects, received, approved or not placed for now, and to a
member applicant, approved or not; unpaid volunteering and a membership are no job:
look-alikes."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url
from .sources_laravel import markdown_mail, render_blade
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import exact_value, fill_exact

FIRST, LAST = OWNER[0].split()


IKOIA = "itaiTsayeg/Ikoia_applicant"
IKOIA_COMMIT = "9e2e00e6dfebf707038a84873242063a975da018"
IKOIA_SIGNALS_PATH = "applicants/signals.py"
IKOIA_SETTINGS_PATH = "config/settings.py"
IKOIA_VARIANTS = 2  # the one mail, as plain text and hard-wrapped


def _python_call_strings(source: str, function: str) -> dict[str, str]:
    """The string keyword arguments of the first call to ``function`` in a Python module, an
    f-string as a template with ``{{ expr }}`` for each formatted value (adjacent literals
    are one string in the syntax tree). A call that is missing raises."""
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id != function:
            continue
        out: dict[str, str] = {}
        for kw in node.keywords:
            if isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                out[str(kw.arg)] = kw.value.value
            elif isinstance(kw.value, ast.JoinedStr):
                parts = []
                for piece in kw.value.values:
                    if isinstance(piece, ast.Constant):
                        parts.append(str(piece.value))
                    elif isinstance(piece, ast.FormattedValue):
                        parts.append(f"{{{{ {ast.unparse(piece.value)} }}}}")
                out[str(kw.arg)] = "".join(parts)
        return out
    raise ValueError(f"no call to {function}")


def _django_setting(settings: str, name: str) -> str:
    """A string setting ``NAME = "value"`` of a Django settings module."""
    m = re.search(rf'(?m)^{name}\s*=\s*"([^"]*)"', settings)
    if m is None:
        raise ValueError(f"no setting {name}")
    return m.group(1)


def ikoia(snap: Snapshot) -> Iterator[Spec]:
    """The applicant system's refusal, sent when staff delete an application: plain text from
    the settings' ``DEFAULT_FROM_EMAIL`` (``from_email=None``), in turn hard-wrapped."""
    signals = snap.read(IKOIA, IKOIA_COMMIT, IKOIA_SIGNALS_PATH)
    sender = _django_setting(
        snap.read(IKOIA, IKOIA_COMMIT, IKOIA_SETTINGS_PATH), "DEFAULT_FROM_EMAIL"
    )
    mail = _python_call_strings(signals, "send_mail")
    for n in range(IKOIA_VARIANTS):
        yield _spec(
            "ikoia/en",
            blob_url(IKOIA, IKOIA_COMMIT, IKOIA_SIGNALS_PATH),
            "rejection",
            subject=mail["subject"],
            text=fill_exact(
                mail["message"], r"\{\{\s*(.*?)\s*\}\}", {"instance.first_name": FIRST}
            ),
            company="IKOIA",
            role="n/a",
            sender=("IKOIA HR", sender),  # the display name is the mail's signature
            noreply=False,
            fmt=("plain", "wrapped")[n],
        )


ZOOKEEPR = "zookeepr/zookeepr"
ZOOKEEPR_COMMIT = "359f5c43decca9891ed53b7267166fd7c261adb7"
ZOOKEEPR_PATH = "zkpylons/templates/volunteer/response.mako"
# The config table's seeded values (its migration below); contact_email is the outgoing From
# address (zkpylons/lib/mail.py).
ZOOKEEPR_CONFIG_PATH = "alembic/versions/19_1c22ceb384a7_create_populate_config_table.py"
ZOOKEEPR_REFUSED = {
    "c.volunteer.accepted == True": False,
    "c.volunteer.ticket_type": False,
    "c.volunteer.accepted == False": True,
}
# variant: (category, flags by condition text); the volunteer's ticket type is ours.
ZOOKEEPR_MAILS: list[tuple[str, dict[str, bool]]] = [
    (
        "other",
        {**ZOOKEEPR_REFUSED, "c.volunteer.accepted == True": True, "c.volunteer.ticket_type": True},
    ),
    ("not_a_job", {**ZOOKEEPR_REFUSED}),
    ("not_a_job", {**ZOOKEEPR_REFUSED}),
    ("other", {**ZOOKEEPR_REFUSED, "c.volunteer.accepted == False": False}),
]
ZOOKEEPR_TICKET = "Volunteer (free)"


def _mako_lines(template: str, flags: dict[str, bool]) -> str:
    """A Mako template's ``%if`` / ``%elif`` / ``%else`` / ``%endif`` control lines resolved by
    ``flags`` (by condition text, the colon dropped); an unknown condition or an unclosed
    ``%if`` raises. Expressions are left for the caller to fill."""
    out: list[str] = []
    stack: list[tuple[bool, bool]] = []  # (a branch was taken, this branch is shown)
    for line in template.splitlines(keepends=True):
        code = line.strip()
        if not code.startswith("%"):
            if all(shown for _, shown in stack):
                out.append(line)
            continue
        word, _, cond = code[1:].strip().partition(" ")
        cond = cond.strip().removesuffix(":").strip()
        if word in ("if", "elif") and cond not in flags:
            raise ValueError(f"no flag for {cond!r}")
        if word == "if":
            stack.append((flags[cond], flags[cond]))
        elif word == "elif":
            taken, _ = stack[-1]
            shown = not taken and flags[cond]
            stack[-1] = (taken or shown, shown)
        elif word == "else:":
            taken, _ = stack[-1]
            stack[-1] = (True, not taken)
        elif word == "endif":
            stack.pop()
        else:
            raise ValueError(f"unknown control line {code!r}")
    if stack:
        raise ValueError("an unclosed %if")
    return "".join(out)


def _seeded_config(migration: str) -> dict[str, str]:
    """key -> value of an alembic migration's seeded config rows."""
    rows = re.findall(r"'key'\s*:\s*'([^']*)',\s*'value'\s*:\s*'([^']*)'", migration)
    if not rows:
        raise ValueError("no config rows")
    return dict(rows)


def _mail_headers(rendered: str) -> tuple[dict[str, str], str]:
    """A rendered mail template's leading ``Name: value`` header lines and its body."""
    head, _, body = rendered.partition("\n\n")
    headers = dict(line.split(": ", 1) for line in head.splitlines())
    return headers, body


def zookeepr(snap: Snapshot) -> Iterator[Spec]:
    """The conference's answer to a volunteer application: accepted (with the ticket type to
    choose), not selected (twice), still open; plain text from the conference's contact
    address, in turn hard-wrapped (look-alikes: a volunteer place)."""
    template = snap.read(ZOOKEEPR, ZOOKEEPR_COMMIT, ZOOKEEPR_PATH)
    config = _seeded_config(snap.read(ZOOKEEPR, ZOOKEEPR_COMMIT, ZOOKEEPR_CONFIG_PATH))
    values = {
        "c.config.get('event_name')": config["event_name"],
        "c.config.get('event_shortname')": config["event_shortname"],
        "c.person.firstname": FIRST,
        "c.person.lastname": LAST,
        "c.person.email_address": OWNER[1],
        "h.url_for(qualified=True, controller='registration', action='status', id=None)": (
            f"http://{config['contact_email'].split('@')[1]}/registration/status"
        ),
        "c.volunteer.ticket_type.description": ZOOKEEPR_TICKET,
    }
    for n, (category, flags) in enumerate(ZOOKEEPR_MAILS):
        rendered = fill_exact(_mako_lines(template, flags), r"\$\{\s*(.*?)\s*\}", values)
        headers, body = _mail_headers(rendered)
        yield _spec(
            "zookeepr/en",
            blob_url(ZOOKEEPR, ZOOKEEPR_COMMIT, ZOOKEEPR_PATH),
            category,
            subject=headers["Subject"],
            text=body,
            company=config["event_name"],
            role="n/a",
            sender=(f"{config['event_name']} Team", config["contact_email"]),
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


MENTORQUEST = "3bdelrahmanBarakat/Web-Consultation-System"
MENTORQUEST_COMMIT = "a9c804b82c1710f1672b60a4aedd61f0eb9c63ed"
# view: (Mailable, category, variants, Markdown); every mail is to the mentor or mentee who
# applied or booked.
MENTORQUEST_MAILS: dict[str, tuple[str, str, int, bool]] = {
    "rejection": ("RejectionEmail", "not_a_job", 2, True),
    "acceptance": ("AcceptanceEmail", "other", 1, True),
    "booking_rejected": ("BookingRejected", "not_a_job", 1, False),
    "booking_accepted": ("BookingAccepted", "other", 1, False),
}
# Ours: the sender (.env.example has Laravel's placeholder), the mentor, the session booked, its
# fee and the mentor's message; the year of the footer.
MENTORQUEST_SENDER = ("MentorQuest", "hello@mentorquest.example.com")
MENTORQUEST_VALUES = {
    "$mentor->fname": FIRST,
    "$mentorName": "Samir Haddad",
    "$mentorEmail": "samir.haddad@mentorquest.example.com",
    "$day": "Tuesday",
    "$start_time": "18:00",
    "$end_time": "19:00",
    "$totalFees": "40",
    "$rejectionMessage": "Sorry, I am travelling that week. Please pick a slot next month.",
    "date('Y')": "2023",
}


def _mailable_subject(source: str) -> str:
    """The subject a Laravel Mailable sets: ``->subject('...')`` or an ``Envelope``'s
    ``subject: '...'``."""
    m = re.search(r"(?:->subject\(|subject:\s*)'([^']*)'", source)
    if m is None:
        raise ValueError("no subject")
    return m.group(1)


def mentorquest(snap: Snapshot) -> Iterator[Spec]:
    """The marketplace's mail: the mentor application rejected (twice) and accepted, a booking
    rejected with the mentor's message and accepted; HTML (the Markdown views as paragraphs,
    the button as its label and link), in turn with and without a text part."""
    n = 0
    for view, (mailable, category, variants, markdown) in MENTORQUEST_MAILS.items():
        path = f"resources/views/emails/{view}.blade.php"
        blade = snap.read(MENTORQUEST, MENTORQUEST_COMMIT, path)
        subject = _mailable_subject(
            snap.read(MENTORQUEST, MENTORQUEST_COMMIT, f"app/Mail/{mailable}.php")
        )
        html = render_blade(blade, exact_value(MENTORQUEST_VALUES))
        if markdown:
            button = r"(?s)<x-mail::button :url=\"'([^']*)'\">\s*(.*?)\s*</x-mail::button>"
            html = markdown_mail(re.sub(button, r"\2: \1", html))
        for _ in range(variants):
            yield _html_spec(
                "mentorquest/en",
                blob_url(MENTORQUEST, MENTORQUEST_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html),
                subject=subject,
                company="MentorQuest",
                role="n/a",
                sender=MENTORQUEST_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


KALINGA = "ItsMeJosue0021/knb-backend"
KALINGA_COMMIT = "41bd4a698fcf3a26427dcbe743cfc63f4387655d"
KALINGA_DIR = "resources/views/emails"
# view: (the service that sends it, category, variants)
KALINGA_MAILS: dict[str, tuple[str, str, int]] = {
    "volunteer.rejected": ("VolunteerService", "not_a_job", 2),
    "membership.rejected": ("MembershipService", "not_a_job", 1),
    "volunteer.received": ("VolunteerService", "other", 1),
    "volunteer.approved": ("VolunteerService", "other", 1),
    "membership.approved": ("MembershipService", "other", 1),
}
# Ours: the sender (.env.example has Laravel's placeholder), the projects and the member number.
KALINGA_SENDER = ("Kalinga ng Kababaihan", "hello@kalinga.example.org")
KALINGA_PROJECTS = ["Community Feeding Program", "Coastal Clean-up Drive"]
KALINGA_MEMBER_NUMBER = "KNB-2026-0142"


def _send_subject(service: str, view: str) -> str:
    """The ``->subject('...')`` of the ``Mail::send('emails.<view>', ...)`` call in a service."""
    pattern = rf"'emails\.{re.escape(view)}'.*?->subject\('([^']*)'\)"
    m = re.search(pattern, service, re.S)
    if m is None:
        raise ValueError(f"no subject for emails.{view}")
    return m.group(1)


def kalinga(snap: Snapshot) -> Iterator[Spec]:
    """The league's mail to a volunteer (not placed, twice; received; approved) and to a member
    applicant (not approved; approved); HTML, in turn with and without a text part, Blade
    comments dropped (look-alikes: volunteering and membership)."""
    n = 0
    for view, (service, category, variants) in KALINGA_MAILS.items():
        path = f"{KALINGA_DIR}/{view.replace('.', '/')}.blade.php"
        blade = re.sub(r"(?s)\{\{--.*?--\}\}", "", snap.read(KALINGA, KALINGA_COMMIT, path))
        code = snap.read(KALINGA, KALINGA_COMMIT, f"app/Services/{service}.php")
        subject = _send_subject(code, view)
        for _ in range(variants):
            values = {
                "$first_name": FIRST,
                "$first_name ?? 'there'": FIRST,
                "$project_name": KALINGA_PROJECTS[n % len(KALINGA_PROJECTS)],
                "$member_number ?? 'to be assigned'": KALINGA_MEMBER_NUMBER,
            }
            html = render_blade(blade, exact_value(values))
            yield _html_spec(
                "kalinga/en",
                blob_url(KALINGA, KALINGA_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html),
                subject=subject,
                company="Kalinga ng Kababaihan",
                role="n/a",
                sender=KALINGA_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1
