"""Recipes for session 34's sources34 (issue 11): German look-alikes that share a job
refusal's words, from a Zurich students' association's event sign-ups and a German
leave-management tool.

AMIV (amiv-eth/amivapi, the API of the Akademischer Maschinen- und Elektro-Ingenieur Verein
at ETH Zurich; Flask and Jinja2): the mails to a member who signed up for an event, German
first and English below in one mail: the sign-up refused for want of places and put on the
waiting list ("deine Anmeldung für X abgelehnt wurde, weil keine freien Plätze mehr verfügbar
sind"), on the waiting list for a manual review, accepted, deregistered. An "Anmeldung"
refused, but for an event: look-alikes.

Urlaubsverwaltung (urlaubsverwaltung/urlaubsverwaltung, synyx's open-source leave manager;
Spring, Thymeleaf text templates and ``MailMessages_de.properties``): the mails to an employee
whose absence was refused ("dein am X gestellte Abwesenheit wurde leider von Y abgelehnt"),
whose cancellation request was declined, whose request was revoked by the office. A request
refused by the employer, but no application for a job: look-alikes.

Feuerwehrverein Raura (Feuerwehrverein-Raura/Homepage, the platform of a Swiss fire brigade's
association in Kaiseraugst; Node services, PostgreSQL): the dispatch templates its migration
seeds, the refusal of a membership request ("Leider können wir deine Mitgliedschaftsanfrage
aktuell nicht annehmen"), the welcome of a new member and a data change confirmed, and the
events service's notice that an event registration was refused or confirmed. A membership and
a registration refused, in du-form Swiss German: look-alikes.

OSIS admission (uclouvain/osis-admission, the admission module of UCLouvain's Open Student
Information System; Django, templates seeded by migrations): the continuing-education
decisions mailed to a candidate in French (fr-be) and English, an application for a course
refused ("nous avons le regret de vous informer que nous ne pouvons pas donner une suite
favorable"), put on hold, accepted. A place on a course refused: look-alikes.

Elikia (angembang/Plateforme_Elikia, a French association's platform; Spring): the mails its
``EmailService`` sends on a membership request, an event registration and a workshop
registration, each refused ("Votre demande d'adhésion à l'association Elikia a été refusée",
with the administrator's reason) or accepted. Refusals of a membership and of places:
look-alikes."""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterator, Mapping

import jinja2

from .fill import Spec, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_suites32 import _SQL_STRING, _sql_literal
from .sources_trackers import _spec
from .templating import fill_exact

AMIV = "amiv-eth/amivapi"
AMIV_COMMIT = "171396fc54ded9e856c31fb237a2d3f90b6ccbae"
AMIV_DIR = "amivapi/templates"
AMIV_SETTINGS_PATH = "amivapi/settings.py"
AMIV_EMAILS_PATH = "amivapi/events/emails.py"
# template: (category, the variants' event titles (German, English), ours).
AMIV_MAILS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "events_waitingList": (
        "not_a_job",
        [("Skitag in Laax", "Ski day in Laax"), ("Firmenbesuch bei ABB", "Company visit at ABB")],
    ),
    "events_waitingListManual": ("other", [("Exkursion Kernkraftwerk", "Excursion nuclear plant")]),
    "events_accept": ("other", [("Bierfest", "Beer festival")]),
    "events_deregister": ("other", [("Kontakt.party", "Kontakt.party")]),
}
# The subjects emails.py formats for each template (checked against the file, see _amiv_subjects).
AMIV_SUBJECTS = {
    "events_waitingList": "Your signup for %s was put on the waiting list",
    "events_waitingListManual": "Your signup for %s was put on the waiting list",
    "events_accept": "Your event signup for %s was accepted",
    "events_deregister": "Successfully deregistered from %s",
}
# Ours: the sign-out link of an accepted sign-up and its deadline.
AMIV_LINK = "https://api.amiv.ethz.ch/signups/5f2a9c/email-unregister?token=eyJzaWdudXAiOiI1ZjJhIn0"
AMIV_DEADLINE = dt.datetime(2026, 3, 12, 18, 0)


def _py_setting(source: str, name: str) -> str:
    """A ``NAME = 'value'`` (or double-quoted) line's value in a settings module; missing raises."""
    m = re.search(rf"^{name} = ['\"]([^'\"]*)['\"]", source, re.M)
    if not m:
        raise KeyError(name)
    return m.group(1)


def _amiv_subjects(source: str) -> dict[str, str]:
    """template -> the subject ``emails.py`` formats for it: each of ``AMIV_SUBJECTS`` must
    stand there as a literal, and its template's name too, else the reader raises."""
    for name, subject in AMIV_SUBJECTS.items():
        if f"'{subject}'" not in source or f"template_name='{name}'" not in source:
            raise ValueError(f"{name}: subject {subject!r} not in emails.py")
    return dict(AMIV_SUBJECTS)


def _amiv_env(snap: Snapshot) -> tuple[jinja2.Environment, jinja2.Environment]:
    """Two Jinja2 environments over the templates at the pinned commit, as Flask renders
    them: the text one without escaping, the HTML one with (``.html`` is autoescaped)."""
    names = ["base", *AMIV_MAILS]
    texts = {f"{n}.txt": snap.read(AMIV, AMIV_COMMIT, f"{AMIV_DIR}/{n}.txt") for n in names}
    htmls = {f"{n}.html": snap.read(AMIV, AMIV_COMMIT, f"{AMIV_DIR}/{n}.html") for n in names}
    strict = jinja2.StrictUndefined
    return (
        jinja2.Environment(loader=jinja2.DictLoader(texts), undefined=strict),
        jinja2.Environment(loader=jinja2.DictLoader(htmls), undefined=strict, autoescape=True),
    )


def amiv(snap: Snapshot) -> Iterator[Spec]:
    """The event sign-up mails, text and HTML as ``mail_from_template`` sends them, from the
    configured sender, the subject in ``API_MAIL_SUBJECT``, replies to the default events
    address."""
    unit = "amiv/de"
    settings = snap.read(AMIV, AMIV_COMMIT, AMIV_SETTINGS_PATH)
    sender = (_py_setting(settings, "API_MAIL_NAME"), _py_setting(settings, "API_MAIL_ADDRESS"))
    subject_format = _py_setting(settings, "API_MAIL_SUBJECT")
    reply_to = _py_setting(settings, "DEFAULT_EVENT_REPLY_TO")
    subjects = _amiv_subjects(snap.read(AMIV, AMIV_COMMIT, AMIV_EMAILS_PATH))
    text_env, html_env = _amiv_env(snap)
    for name, (category, titles) in AMIV_MAILS.items():
        url = blob_url(AMIV, AMIV_COMMIT, f"{AMIV_DIR}/{name}.txt")
        for title_de, title_en in titles:
            args = {
                "name": "Robin",
                "title_de": title_de,
                "title_en": title_en,
                "link": AMIV_LINK,
                "deadline": AMIV_DEADLINE,
                "signup_additional_info_de": None,
                "signup_additional_info_en": None,
            }
            yield _spec(
                unit,
                url,
                category,
                subject=subject_format.format(subject=subjects[name] % title_en),
                text=text_env.get_template(f"{name}.txt").render(**args),
                html=html_env.get_template(f"{name}.html").render(**args),
                company="n/a",
                role="n/a",
                sender=sender,
                reply_to=reply_to,
                noreply=True,
                fmt="html",
            )


UV = "urlaubsverwaltung/urlaubsverwaltung"
UV_COMMIT = "4d787c64c76c14f54de441932c1d8273ba4904c3"
UV_MESSAGES_PATH = "src/main/resources/MailMessages_de.properties"
UV_DIR = "src/main/resources/mail"
# template: (subject key, category, variants: the comment each variant's decider wrote, ours).
UV_MAILS: dict[str, tuple[str, str, list[str]]] = {
    "application_rejected_information_to_applicant": (
        "subject.application.rejected",
        "not_a_job",
        ["", "In diesem Zeitraum ist bereits die halbe Abteilung im Urlaub."],
    ),
    "application_cancellation_request_declined_to_applicant": (
        "subject.application.cancellationRequest.declined.applicant",
        "not_a_job",
        ["Die Stornierung ist so kurzfristig leider nicht mehr möglich."],
    ),
    "application_revoked_by_management_to_applicant": (
        "subject.application.revoked.notApplicant",
        "other",
        ["Doppelt eingetragen."],
    ),
}
# Ours: the deployment's address (uv.mail.from), its base URL, the deciders' names.
UV_SENDER_ADDR = "urlaubsverwaltung@berger-technik.de"
UV_BASE = "https://urlaub.berger-technik.de/"
UV_DECIDERS = ("Sabine Krüger", "Thomas Hartmann")


def _properties(source: str) -> dict[str, str]:
    """A Java ``.properties`` file's entries: ``key=value`` lines, ``#`` comments, backslash
    line continuations and ``\\uXXXX`` escapes (no other escapes are used in the file)."""
    out: dict[str, str] = {}
    lines = iter(source.splitlines())
    for raw in lines:
        if not raw.strip() or raw.lstrip().startswith(("#", "!")):
            continue
        line = raw
        while line.endswith("\\"):
            line = line[:-1] + next(lines, "").lstrip()
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"not a property line: {line!r}")
        value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)
        out[key.strip()] = value.strip()
    return out


def _message_format(pattern: str, args: list[str]) -> str:
    """``java.text.MessageFormat`` for what the messages use: ``{n}`` and ``{n, choice,
    0#A|1#B}`` (the first limit not above the number; the branch formatted again), ``''`` as a
    quote; any other format type raises."""

    def arg(m: re.Match[str]) -> str:
        index, kind, rest = int(m.group(1)), m.group(2), m.group(3)
        if kind is None:
            return args[index]
        if kind.strip() != "choice":
            raise ValueError(f"format type {kind!r}")
        number = float(args[index])
        chosen = None
        for branch in rest.split("|"):
            limit, _, text = branch.partition("#")
            if number >= float(limit):
                chosen = text
        if chosen is None:
            raise ValueError(f"no choice for {number}")
        return _message_format(chosen, args)

    out, i = "", 0
    while i < len(pattern):
        if pattern[i] == "{":
            depth, j = 0, i
            while j < len(pattern):
                depth += {"{": 1, "}": -1}.get(pattern[j], 0)
                if depth == 0:
                    break
                j += 1
            m = re.fullmatch(r"\{(\d+)(?:,([^,}]*)(?:,(.*))?)?\}", pattern[i : j + 1], re.S)
            if not m:
                raise ValueError(f"bad argument {pattern[i : j + 1]!r}")
            out += arg(m)
            i = j + 1
        else:
            out += pattern[i]
            i += 1
    return out.replace("''", "'")


_TH_IF = re.compile(r'\[# th:if="\$\{not #strings\.isEmpty\(([\w.]+)\)\}"\](.*?)\[/\]', re.S)
_TH_REPLACE = re.compile(r'\[# th:replace="~\{(\w+)(?:\(([^)]*)\))?\}" /\]')


def _split_args(text: str) -> list[str]:
    """A message call's arguments split at top-level commas (not inside brackets or quotes)."""
    parts, depth, quote, cur = [], 0, False, ""
    for c in text:
        if c == '"':
            quote = not quote
        elif not quote and c in "({":
            depth += 1
        elif not quote and c in ")}":
            depth -= 1
        if c == "," and depth == 0 and not quote:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += c
    return parts + ([cur.strip()] if cur.strip() else [])


def _th_value(expr: str, values: Mapping[str, str]) -> str:
    """One argument: ``${expr}`` looked up by its exact text, ``|...${x}...|`` a literal
    substitution; an expression with no value raises."""
    if expr.startswith("|") and expr.endswith("|"):
        return re.sub(r"\$\{([^}]*)\}", lambda m: values[m.group(1)], expr[1:-1])
    m = re.fullmatch(r"\$\{(.*)\}", expr, re.S)
    if not m:
        raise ValueError(f"unsupported argument {expr!r}")
    return values[m.group(1)]


def _th_inlines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, expression) of each ``[(...)]`` inlined expression, the closing ``)]``
    found by bracket depth outside quotes (the arguments hold calls and brackets)."""
    i = text.find("[(")
    while i >= 0:
        depth, quote, j = 0, False, i + 2
        while j < len(text):
            c = text[j]
            if c == '"':
                quote = not quote
            elif not quote and c == "(":
                depth += 1
            elif not quote and c == ")":
                if depth == 0 and text.startswith(")]", j):
                    break
                depth -= 1
            j += 1
        else:
            raise ValueError("unclosed [(")
        yield i, j + 2, text[i + 2 : j]
        i = text.find("[(", j + 2)


def _thymeleaf_text(
    template: str,
    messages: Mapping[str, str],
    values: Mapping[str, str],
    fragments: Mapping[str, str],
) -> str:
    """A Thymeleaf TEXT template as the mail service renders it, for the forms these use:
    ``[(#{key(args)})]`` messages, ``[(${expr})]`` values, ``th:if`` on a non-empty value
    and ``th:replace`` of a fragment (its parameters as values); anything else raises."""

    def replace(m: re.Match[str]) -> str:
        local = dict(values)
        for param in _split_args(m.group(2) or ""):
            key, _, expr = param.partition("=")
            local[key.strip()] = _th_value(expr.strip(), values)
        return _thymeleaf_text(fragments[m.group(1)], messages, local, fragments)

    def cond(m: re.Match[str]) -> str:
        return m.group(2) if values[m.group(1)] else ""

    def inline(expr: str) -> str:
        if expr.startswith("$"):
            return _th_value(expr, values)
        call = re.fullmatch(r"#\{([\w.]+)(?:\((.*)\))?\}", expr, re.S)
        if not call:
            raise ValueError(f"unsupported message {expr!r}")
        args = [_th_value(a, values) for a in _split_args(call.group(2) or "")]
        return _message_format(messages[call.group(1)], args)

    text = _TH_REPLACE.sub(replace, template)
    text = _TH_IF.sub(cond, text)
    out, last = "", 0
    for start, end, expr in list(_th_inlines(text)):
        out += text[last:start] + inline(expr)
        last = end
    out += text[last:]
    if "[#" in out or "[/]" in out:
        raise ValueError(f"unrendered Thymeleaf in {out[:60]!r}")
    return out


def uv(snap: Snapshot) -> Iterator[Spec]:
    """The leave manager's mails to the employee, German messages, text only as the mail
    service sends them, from the deployment's sender (the branding name)."""
    unit = "uv/de"
    messages = _properties(snap.read(UV, UV_COMMIT, UV_MESSAGES_PATH))
    fragments = {
        "_notification_description": snap.read(
            UV, UV_COMMIT, f"{UV_DIR}/_notification_description.txt"
        )
    }
    n = 0
    for name, (subject_key, category, comments) in UV_MAILS.items():
        path = f"{UV_DIR}/{name}.txt"
        template = snap.read(UV, UV_COMMIT, path)
        for comment in comments:
            start = dt.date(2026, 3, 2) + dt.timedelta(days=14 * n)
            end = start + dt.timedelta(days=n % 3 * 2)
            applied = start - dt.timedelta(days=20)
            fmt = "%d.%m.%Y"
            values = {
                "application.person.niceName": "Robin Berger",
                "recipient.niceName": "Robin Berger",
                "recipient.id": str(17 + n),
                "comment.person.niceName": UV_DECIDERS[n % 2],
                "comment.text": comment,
                "baseLinkURL": UV_BASE,
                "application.id": str(4211 + n),
                '#temporals.format(application.applicationDate, "dd.MM.yyyy")': applied.strftime(
                    fmt
                ),
                '#temporals.format(application.startDate, "dd.MM.yyyy")': start.strftime(fmt),
                '#temporals.format(application.endDate, "dd.MM.yyyy")': end.strftime(fmt),
                "application.startDate.equals(application.endDate).compareTo(false)": (
                    "1" if start == end else "0"
                ),
            }
            yield _spec(
                unit,
                blob_url(UV, UV_COMMIT, path),
                category,
                subject=_message_format(messages[subject_key], ["Robin Berger"]),
                text=_thymeleaf_text(template, messages, values, fragments),
                company="n/a",
                role="n/a",
                sender=("Urlaubsverwaltung", UV_SENDER_ADDR),
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


FWV = "Feuerwehrverein-Raura/Homepage"
FWV_COMMIT = "72fc00158aecfdd73e5a48bf0b3da9f91fcb3e24"
FWV_TEMPLATES_PATH = "docker/postgres/migrations/005_dispatch_templates.sql"
FWV_EVENTS_PATH = "docker/backend-events/src/index.js"
# template name: (category, the variables of each variant). The refusal's reason: the service's
# default when the board gives none (backend-members), then one of ours.
FWV_MAILS: dict[str, tuple[str, list[dict[str, str]]]] = {
    "Registrierung abgelehnt": (
        "not_a_job",
        [
            {"ablehnungsgrund": "Keine Begründung angegeben"},
            {"ablehnungsgrund": "Aktivmitglied wird nur, wer in der Feuerwehr eingeteilt ist."},
        ],
    ),
    "Willkommen neues Mitglied": (
        "other",
        [
            {
                "anrede": "Herr",
                "mitgliedsnummer": "3f9a2c1e",
                "status": "Aktivmitglied",
                "eintrittsdatum": "1.3.2026",
            }
        ],
    ),
    "Datenänderung bestätigt": (
        "other",
        [{"anrede": "Herr", "changed_fields": "- Telefon: 079 555 12 34 → 079 555 98 76"}],
    ),
}
# The events service's registration notices: (action, category, the event's title, ours).
FWV_EVENT_NOTICES = (
    ("rejected", "not_a_job", "Chilbi 2026"),
    ("approved", "other", "Fasnacht 2026"),
)
# Ours: the secretary's name and the SMTP account (SMTP_USER) the dispatch service sends from.
FWV_AKTUAR = "Martin Baumgartner"
FWV_SENDER = ("Feuerwehrverein Raura", "noreply@fwv-raura.ch")


def _fwv_templates(source: str) -> dict[str, tuple[str, str]]:
    """name -> (subject, body) of the ``email`` rows that ``INSERT INTO dispatch_templates``
    seeds (``post`` rows, letters, are left out); a row not of string literals raises."""
    m = re.search(
        r"INSERT INTO dispatch_templates \(([^)]*)\) VALUES(.*?)ON CONFLICT", source, re.S
    )
    if not m:
        raise ValueError("no INSERT INTO dispatch_templates")
    columns = [c.strip() for c in m.group(1).split(",")]
    out = {}
    for row in re.finditer(
        rf"\(\s*gen_random_uuid\(\),((?:{_SQL_STRING}|[^()']|\([^()]*\))*)\)", m.group(2)
    ):
        literals = [
            _sql_literal(t) for t in re.findall(_SQL_STRING, row.group(1).split("ARRAY[")[0])
        ]
        if len(literals) != len(columns) - 2:
            raise ValueError(f"a row of {len(literals)} literals for {columns}")
        fields = dict(zip(columns[1:-1], literals, strict=True))
        if fields["type"] == "email":
            out[fields["name"]] = (fields["subject"], fields["body"])
    return out


def _fwv_notices(source: str) -> tuple[dict[str, tuple[str, str]], str, str]:
    """``notifyRegistrationChange``'s ``titles`` and ``bodies`` (action -> (title template,
    body)), its greeting to a named member and its mail body template, their ``${...}`` left
    for filling; a piece not there raises."""
    start = source.find("async function notifyRegistrationChange(")
    if start < 0:
        raise ValueError("no notifyRegistrationChange")
    block = source[start : source.find("\n}\n", start)]
    head, _, rest = block.partition("const bodies")
    titles = dict(re.findall(r"(\w+):\s*`([^`]*)`", head))
    bodies = dict(re.findall(r"(\w+):\s*'([^']*)'", rest.split("};")[0]))
    greeting = re.search(r"const greeting = targetName \? `([^`]*)`", block)
    body = re.search(r"const emailBody = `([^`]*)`;", block)
    if not titles or not bodies or not greeting or not body:
        raise ValueError("no titles, bodies, greeting or body")
    notices = {action: (titles[action], bodies[action]) for action in bodies}
    return notices, greeting.group(1), body.group(1).replace("\\n", "\n")


def _fwv_html(text: str) -> str:
    """The dispatch service's HTML part of a text body: ``&``, ``<``, ``>`` escaped, URLs
    linked, newlines as ``<br>``."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    linked = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', escaped)
    return linked.replace("\n", "<br>")


def fwv(snap: Snapshot) -> Iterator[Spec]:
    """The association's seeded mails to a member or applicant and the events service's
    registration notices, text and HTML as the dispatch service sends them."""
    unit = "fwv/de"
    templates = _fwv_templates(snap.read(FWV, FWV_COMMIT, FWV_TEMPLATES_PATH))
    url = blob_url(FWV, FWV_COMMIT, FWV_TEMPLATES_PATH)
    mails: list[tuple[str, str, str, str]] = []
    for name, (category, variants) in FWV_MAILS.items():
        subject, body = templates[name]
        for extra in variants:
            values = {"vorname": "Robin", "nachname": "Berger", "aktuar_name": FWV_AKTUAR, **extra}
            mails.append(
                (
                    url,
                    category,
                    fill_exact(subject, r"\{\{(\w+)\}\}", values),
                    fill_exact(body, r"\{\{(\w+)\}\}", values),
                )
            )
    notices, greeting, frame = _fwv_notices(snap.read(FWV, FWV_COMMIT, FWV_EVENTS_PATH))
    events_url = blob_url(FWV, FWV_COMMIT, FWV_EVENTS_PATH)
    for action, category, event in FWV_EVENT_NOTICES:
        title_template, body = notices[action]
        title = fill_exact(title_template, r"\$\{(\w+)\}", {"eventTitle": event})
        values = {
            "greeting": fill_exact(greeting, r"\$\{(\w+)\}", {"targetName": "Robin Berger"}),
            "title": title,
            "body": body,
        }
        mails.append((events_url, category, title, fill_exact(frame, r"\$\{(\w+)\}", values)))
    for n, (source_url, category, subject, text) in enumerate(mails):
        yield _spec(
            unit,
            source_url,
            category,
            subject=subject,
            text=text,
            html=_fwv_html(text),
            company="n/a",
            role="n/a",
            sender=FWV_SENDER,
            noreply=False,
            fmt="html" if n % 2 == 0 else "plain",
        )


OSIS = "uclouvain/osis-admission"
OSIS_COMMIT = "c4d5d5d99e67f766a6536e0bf74214dc0e9d32e2"
OSIS_MIGRATION_PATH = "migrations/0177_continuing_checklist_mail_templates.py"
# template constant: (category, the reasons of each variant, French and English; ours).
OSIS_MAILS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "ADMISSION_EMAIL_DECISION_DENY": (
        "not_a_job",
        [
            (
                "le nombre maximal de participants est atteint.",
                "the maximum number of participants has been reached.",
            ),
            (
                "votre parcours ne répond pas aux conditions d'accès.",
                "your background does not meet the admission requirements.",
            ),
        ],
    ),
    "ADMISSION_EMAIL_DECISION_ON_HOLD": (
        "other",
        [
            (
                "le diplôme de bachelier doit encore être fourni",
                "the bachelor's diploma is still to be provided",
            )
        ],
    ),
    "ADMISSION_EMAIL_DECISION_VALIDATION": ("other", [("", "")]),
}
OSIS_LANGS = {"fr": "fr-be", "en": "en"}
# The tokens' own examples (mail_templates/checklist/continuing_education.py) where they give
# one; the rest ours: the reference's number, the managers, the sender and its address.
OSIS_VALUES = {
    "greetings": "Cher·ère",
    "training_acronym": "SPRI2MS/DI",
    "training_title": "Certificat d'université : Cybersécurité",
    "application_reference": "L-ESPO24-100.102",
    "managers_emails": "manager@example.org or other.manager@example.org",
    "application_link": "https://studies.uclouvain.be/admission/continuing-education/4f7b2c",
    "sender_name": "Claire Dumont",
    "candidate_first_name": "Robin",
    "candidate_last_name": "Berger",
}
OSIS_SENDER = ("UCLouvain", "noreply-admission@uclouvain.be")


def _py_literal(node: ast.expr, names: Mapping[str, str]) -> str:
    """A string expression of the migration: a literal, a module-level constant by name, or
    their ``+``; anything else raises."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return names[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _py_literal(node.left, names) + _py_literal(node.right, names)
    raise ValueError(f"not a string expression: {ast.dump(node)[:60]}")


def _osis_templates(source: str) -> dict[str, dict[str, tuple[str, str]]]:
    """template constant -> language -> (subject, HTML body) of each
    ``MailTemplateMigration(NAME, {subjects}, {bodies})`` in the migration, its header and
    footer constants joined as the module does."""
    tree = ast.parse(source)
    names: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name) and isinstance(stmt.value, ast.Constant):
                names[target.id] = str(stmt.value.value)
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call) and getattr(node.func, "id", "") == "MailTemplateMigration"
        ):
            continue
        key, subjects, bodies = node.args
        if not (
            isinstance(key, ast.Name)
            and isinstance(subjects, ast.Dict)
            and isinstance(bodies, ast.Dict)
        ):
            raise ValueError("a MailTemplateMigration not read")
        texts: dict[str, list[str]] = {}
        for table in (subjects, bodies):
            for k, v in zip(table.keys, table.values, strict=True):
                assert isinstance(k, ast.Constant)
                texts.setdefault(str(k.value), []).append(_py_literal(v, names))
        out[key.id] = {lang: (pair[0], pair[1]) for lang, pair in texts.items()}
    return out


def _osis_html(body: str) -> str:
    """The body's paragraphs with the source's indentation folded (the template's lines are
    indented inside the Python literal; HTML ignores it, a reader of the text does not)."""
    return re.sub(r"[ \t]*\n[ \t]*", "\n", body).strip()


def osis(snap: Snapshot) -> Iterator[Spec]:
    """The continuing-education decisions in French and English as osis_mail_template sends
    them: the HTML body, a text part from it, the subject with its tokens filled."""
    templates = _osis_templates(snap.read(OSIS, OSIS_COMMIT, OSIS_MIGRATION_PATH))
    url = blob_url(OSIS, OSIS_COMMIT, OSIS_MIGRATION_PATH)
    for unit_lang, lang in OSIS_LANGS.items():
        n = 0
        for name, (category, reasons) in OSIS_MAILS.items():
            subject, body = templates[name][lang]
            for reason_fr, reason_en in reasons:
                values = {**OSIS_VALUES, "reasons": reason_fr if unit_lang == "fr" else reason_en}
                html = _osis_html(fill_exact(body, r"\{(\w+)\}", values))
                yield _spec(
                    f"osis/{unit_lang}",
                    url,
                    category,
                    subject=fill_exact(subject, r"\{(\w+)\}", values),
                    text=html_to_text(html),
                    html=html,
                    company="n/a",
                    role="n/a",
                    sender=OSIS_SENDER,
                    noreply=True,
                    fmt=("html", "html_only")[n % 2],
                )
                n += 1


ELIKIA = "angembang/Plateforme_Elikia"
ELIKIA_COMMIT = "32a317825c85095a02f86d3c6e89b19cb8051ef5"
ELIKIA_PATH = "backend/src/main/java/fr/elikia/backend/bll/EmailService.java"
# method: (category, the values of its parameters other than ``to``; ours).
ELIKIA_MAILS: dict[str, tuple[str, dict[str, str]]] = {
    "sendMembershipRejectedEmail": (
        "not_a_job",
        {"reason": "Dossier incomplet : justificatif de domicile manquant."},
    ),
    "sendEventRegistrationRejectedEmail": (
        "not_a_job",
        {"eventTitle": "Gala de solidarité 2026", "reason": "L'événement est complet."},
    ),
    "sendWorkshopRegistrationRejectedEmail": (
        "not_a_job",
        {"workshopTitle": "Atelier couture", "reason": "Atelier réservé aux adhérents."},
    ),
    "sendMembershipAcceptedEmail": ("other", {"membershipNumber": "ELK-2026-0142"}),
    "sendWorkshopRegistrationAcceptedEmail": (
        "other",
        {"workshopTitle": "Atelier cuisine du monde"},
    ),
}
# Ours: the sender (spring.mail is not configured in the repository).
ELIKIA_SENDER = ("Association Elikia", "contact@association-elikia.fr")
_JAVA_STR = r'"((?:[^"\\]|\\.)*)"'


def _java_concat(expr: str, values: Mapping[str, str]) -> str:
    """A Java ``+`` concatenation of string literals (``\\n``, ``\\"`` and ``\\\\``
    escapes) and parameter names, the names taken from ``values``; anything else raises."""
    out, rest = "", expr.strip()
    while rest:
        literal = re.match(_JAVA_STR, rest)
        name = re.match(r"[A-Za-z_]\w*", rest)
        if literal:
            out += re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), literal[1])
            rest = rest[literal.end() :]
        elif name:
            out += values[name[0]]
            rest = rest[name.end() :]
        else:
            raise ValueError(f"not a concatenation: {rest[:30]!r}")
        rest = rest.strip()
        if rest.startswith("+"):
            rest = rest[1:].strip()
        elif rest:
            raise ValueError(f"not a concatenation: {rest[:30]!r}")
    return out


def _java_mail(source: str, method: str, values: Mapping[str, str]) -> tuple[str, str]:
    """(subject, text) that ``public void method(...)`` sets on its ``SimpleMailMessage``:
    ``setSubject`` of one literal, ``setText`` of a concatenation; missing raises."""
    start = source.find(f"public void {method}(")
    if start < 0:
        raise ValueError(f"no {method}")
    end = source.find("mailSender.send(", start)
    body = source[start:end]
    subject = re.search(rf"setSubject\({_JAVA_STR}\);", body)
    text = re.search(r"setText\((.*?)\);\s*$", body, re.S)
    if not subject or not text:
        raise ValueError(f"{method}: no setSubject or setText")
    return subject[1], _java_concat(text[1], values)


def elikia(snap: Snapshot) -> Iterator[Spec]:
    """The association's mails on a membership, event or workshop request, text only as
    ``SimpleMailMessage`` sends them."""
    source = snap.read(ELIKIA, ELIKIA_COMMIT, ELIKIA_PATH)
    url = blob_url(ELIKIA, ELIKIA_COMMIT, ELIKIA_PATH)
    for n, (method, (category, extra)) in enumerate(ELIKIA_MAILS.items()):
        subject, text = _java_mail(source, method, {"firstName": "Robin", **extra})
        yield _spec(
            "elikia/fr",
            url,
            category,
            subject=subject,
            text=text,
            company="n/a",
            role="n/a",
            sender=ELIKIA_SENDER,
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )
