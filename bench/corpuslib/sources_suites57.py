"""Recipes for session 40's sources57 (issue 11): units of session 38's lost branch sources53
found again — English mail from a learning-and-projects platform that also hires.

Mettelo (Mettelo/mettelo-platform; Next.js, Supabase, mail through Resend): every mail goes
through ``emailHtml`` in ``lib/notifications.ts``, which wraps the sent ``body`` in a fixed
layout with a per-template eyebrow, title, intro, "What happens next" list and button from
``emailCopy(template_key, ...)``; a details table (role, project, project type, verified
Proof, interview) from the payload; and the body itself as a "supporting" paragraph where it
differs from the intro. Resend is given ``html`` only, and makes the text part from it (its
API: "If not provided, the HTML will be used to generate a plain text version"): HTML with
its text part here.

- The careers journey (a job at Mettelo): ``careerMessageForDb`` renders the template rows
  ``supabase/migrations/20260815161000_phase_0_communication_foundation.sql`` seeds into
  ``communication_templates`` with ``renderCommunication`` (``{{key}}`` filled, whitespace
  runs folded); ``sendCareerEmail`` queues them. Received (``acknowledgement``), interview
  (``interview_invitation``, the admin route's interview summary), offer (``offer``, its offer
  summary) and the refusal ``career_rejected`` ("We will not be progressing this application
  further on this occasion": ``rejection``).
- Look-alikes: a learner's application to a project team, refused by
  ``app/api/admin/applications/route.ts`` with its ``defaultMessage`` ("Your application for
  P was not selected for this team.", with and without the reviewer's note), and accepted
  (``other``); the seeded ``application_declined`` row is not what the route sends (only an
  admin's test send uses it). And a Project Architect application (a designation on the
  platform, with evidence and a rubric) declined by
  ``app/api/admin/project-architect-applications/route.ts`` ("Your application was not
  approved at this time. Reviewer note: ..."). Both ``not_a_job``.

Ours: the sender (``METTELO_EMAIL_FROM`` is a setting), the posts, projects, notes, the
interview's and the offer's details; the site's address is ``.env.example``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .fill import OWNER, Spec, fill_for, spec
from .snapshot import Snapshot, blob_url
from .sources_suites19 import _literal_end, esc
from .sources_suites35 import _text_part

FIRST = OWNER[0].split()[0]

METTELO = "Mettelo/mettelo-platform"
METTELO_COMMIT = "46bf3c204df30d0e10498e45f884c8bef4faec75"
METTELO_SEED_PATH = "supabase/migrations/20260815161000_phase_0_communication_foundation.sql"
METTELO_RENDER_PATH = "lib/communication-templates.ts"
METTELO_LAYOUT_PATH = "lib/notifications.ts"
METTELO_PROJECTS_PATH = "app/api/admin/applications/route.ts"
METTELO_ARCHITECT_PATH = "app/api/admin/project-architect-applications/route.ts"
METTELO_ENV_PATH = ".env.example"
METTELO_SENDER = ("Mettelo", "team@mettelo.com")  # ours: METTELO_EMAIL_FROM is a setting
# ``renderCommunication``'s two replacements, which ``_render`` reproduces: checked, so that
# a changed renderer stops the recipe.
METTELO_RENDERER = (
    "value.replace(/{{\\s*([a-zA-Z0-9_]+)\\s*}}/g,",
    ".replace(/\\s{2,}/g,' ').trim()",
)
METTELO_ROLE = "Junior Data Engineer"  # ours: the post of the careers journey
METTELO_PROJECT = "Community Food Bank Demand Forecast"  # ours
METTELO_TEAM_ROLE = "Data Analyst"  # ours: a project team's role the learner applied for
METTELO_NOTE = "This team needed prior experience with time-series models."  # ours
METTELO_ARCHITECT_NOTE = (
    "The evidence shows strong analysis but no project you led end to end; please reapply "
    "once you have led a delivery."
)  # ours
# Ours: the interview and the offer the admin enters (the route formats them; the server's
# clock in UTC). The interview's time, then its lines after "Interview: <time>".
METTELO_INTERVIEW_AT = datetime(2026, 9, 14, 10, 30)
METTELO_INTERVIEW = (
    "Timezone: Europe/London",
    "Format: Video call",
    "Interviewer: Amara Okafor, Head of Data",
    "Please prepare a 10-minute walkthrough of a recent analysis.",
    "Joining link: https://meet.mettelo.com/interview-4821",
)
METTELO_OFFER_DEADLINE = datetime(2026, 9, 25, 17, 0)
METTELO_OFFER = (
    "Start date: 2026-10-05",
    "Employment type: Full-time",
    f"Acceptance deadline: {METTELO_OFFER_DEADLINE:%d/%m/%Y, %H:%M:%S}",
    "We were impressed by your walkthrough and would love you to join us.",
)


@dataclass
class _Mail:
    """One mail the platform sends: its ``template_key`` (the layout's key), its category,
    and what the sending route gives ``enqueueEmail``."""

    key: str
    category: str
    action_url: str
    payload: dict[str, object] = field(default_factory=dict)
    note: str = ""
    with_role: bool = False


METTELO_MAILS = (
    _Mail("career_submitted", "acknowledgement", "/careers/applications"),
    _Mail("career_interview", "interview_invitation", "/careers/applications"),
    _Mail("career_offer", "offer", "/careers/applications"),
    _Mail("career_rejected", "rejection", "/careers/applications"),
    _Mail("application_declined", "not_a_job", "/member/applications", with_role=True),
    _Mail("application_declined", "not_a_job", "/member/applications", note=METTELO_NOTE),
    _Mail("application_approved", "other", "/member/applications", payload={"team_number": 2}),
    _Mail(
        "project_architect_declined",
        "not_a_job",
        "/member/project-architect",
        note=METTELO_ARCHITECT_NOTE,
    ),
)


def _fill_literal(body: str, values: Mapping[str, str]) -> str:
    """A template literal's body with each top-level ``${expr}`` replaced by ``values[expr]``
    (literals nested in an expression kept whole); an expression without a value raises."""
    out: list[str] = []
    i = 0
    while (at := body.find("${", i)) != -1:
        out.append(body[i:at])
        j, depth = at + 2, 1
        while depth:
            if j >= len(body):
                raise ValueError("unterminated ${ in a template literal")
            c = body[j]
            if c == "`":
                j = _literal_end(body, j + 1)
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            j += 1
        expr = body[at + 2 : j - 1]
        if expr not in values:
            raise ValueError(f"no value for ${{{expr}}}")
        out.append(values[expr])
        i = j
    out.append(body[i:])
    return "".join(out)


def _literal_at(source: str, i: int) -> str:
    """The body of the template literal whose backtick is at ``source[i]``."""
    if source[i] != "`":
        raise ValueError("no template literal here")
    return source[i + 1 : _literal_end(source, i + 1)]


def _const_literal(function: str, name: str) -> str:
    """The literal of ``const name=cond?`...`:''`` in a function's text."""
    m = re.search(rf"const {name}=[^`;]*\?`", function)
    if m is None:
        raise ValueError(f"no const {name}")
    return _literal_at(function, m.end() - 1)


def _map_literal(expr: str) -> tuple[str, str]:
    """(parameters, literal body) of ``xs.map((params)=>`...`).join('')``."""
    m = re.match(r"[\w.?]+(?:\.slice\(0,\d+\))?\.map\(\(?([^)=]*)\)?=>`", expr)
    if m is None or not expr.endswith(").join('')"):
        raise ValueError(f"not a map: {expr}")
    return m.group(1), _literal_at(expr, m.end() - 1)


def _ternary(expr: str, truth: bool) -> str:
    """The chosen string of ``cond?'a':'b'``."""
    m = re.fullmatch(r"[^?]+\?'([^']*)':'([^']*)'", expr)
    if m is None:
        raise ValueError(f"not a ternary of strings: {expr}")
    return m.group(1) if truth else m.group(2)


def _js_string(source: str, i: int) -> tuple[str, int]:
    """The single-quoted string at ``source[i]`` (its escapes read) and the index after it."""
    m = re.compile(r"'((?:[^'\\]|\\.)*)'").match(source, i)
    if m is None:
        raise ValueError("no string here")
    return re.sub(r"\\(.)", r"\1", m.group(1)), m.end()


@dataclass
class _Copy:
    """What ``emailCopy`` returns for one template key."""

    eyebrow: str
    title: str
    intro: str
    cta: str
    next_steps: list[str]
    celebration: bool


def _email_copy(source: str, key: str, values: Mapping[str, str]) -> _Copy:
    """``emailCopy``'s object for ``key`` (a ``case`` sharing its return with others
    included), its template literals filled from ``values``; the bare identifier ``body`` is
    ``values["body"]``."""
    m = re.search(rf"case '{re.escape(key)}':(?:case '\w+':)*return\{{", source)
    if m is None:
        raise ValueError(f"no emailCopy case for {key}")
    fields: dict[str, object] = {}
    i = m.end()
    while source[i] != "}":
        name = re.compile(r"(\w+):").match(source, i)
        if name is None:
            raise ValueError(f"{key}: unreadable field at {source[i : i + 30]!r}")
        i = name.end()
        c = source[i]
        value: object
        if c == "'":
            value, i = _js_string(source, i)
        elif c == "`":
            body = _literal_at(source, i)
            value, i = _fill_literal(body, values), i + len(body) + 2
        elif c == "[":
            items: list[str] = []
            i += 1
            while source[i] != "]":
                item, i = _js_string(source, i)
                items.append(item)
                i += source[i] == ","
            value, i = items, i + 1
        elif source.startswith("true", i):
            value, i = True, i + 4
        elif source.startswith("body", i):
            value, i = values["body"], i + 4
        else:
            raise ValueError(f"{key}: unreadable value at {source[i : i + 30]!r}")
        fields[name.group(1)] = value
        i += source[i] == ","
    steps = fields.get("nextSteps", [])
    return _Copy(
        eyebrow=str(fields["eyebrow"]),
        title=str(fields["title"]),
        intro=str(fields["intro"]),
        cta=str(fields["cta"]),
        next_steps=list(steps) if isinstance(steps, list) else [],
        celebration=fields.get("celebration") is True,
    )


def _details_rows(payload: Mapping[str, object]) -> list[tuple[str, str]]:
    """``detailsHtml``'s rows, in its order (the payload keys a mail here has)."""
    rows: list[tuple[str, str]] = []
    kinds = {"partner": "Partner Project", "open": "Open Project"}
    for key, label in (
        ("role_title", "Role"),
        ("project_title", "Project"),
        ("project_type", "Project type"),
        ("partner_name", "Partner"),
        ("team_number", "Team"),
        ("interview_at", "Interview"),
        ("verified_count", "Verified Proof"),
    ):
        raw = payload.get(key)
        if raw is None or raw == "":
            continue
        if key == "team_number":
            rows.append((label, f"Team {raw}"))
        elif key == "project_type":
            rows.append((label, kinds.get(str(raw), str(raw))))
        elif key == "verified_count":
            n = int(str(raw))
            rows.append((label, f"{n} contribution{'' if n == 1 else 's'}"))
        else:
            rows.append((label, str(raw)))
    return rows


def _details_html(layout: str, payload: Mapping[str, object]) -> str:
    """``detailsHtml(payload)``: its table literal, one row literal a row."""
    rows = _details_rows(payload)
    if not rows:
        return ""
    at = layout.index("function detailsHtml(")
    table = _literal_at(layout, layout.index("return `", at) + 7)
    (expr,) = [e for e in re.findall(r"\$\{(rows\.map.*?\.join\(''\))\}", table)]
    _, row = _map_literal(expr)
    (border,) = re.findall(r"\$\{(index<rows\.length-1\?[^}]*)\}", row)
    cells = "".join(
        _fill_literal(
            row,
            {
                border: _ternary(border, n < len(rows) - 1),
                "escapeHtml(label)": esc(label),
                "escapeHtml(val)": esc(value),
            },
        )
        for n, (label, value) in enumerate(rows)
    )
    return _fill_literal(table, {expr: cells})


def _email_html(layout: str, key: str, body: str, payload: Mapping[str, object], site: str) -> str:
    """``emailHtml`` for an outbox row of ``key`` whose payload is ``payload`` (``body`` in
    it), the site's address ``site``."""
    role, project = payload.get("role_title"), payload.get("project_title")
    copy = _email_copy(
        layout,
        key,
        {
            "name": FIRST,
            "withRole": f" for {role}" if role else "",
            "withProject": f" for {project}" if project else "",
            "body": body,
        },
    )
    at = layout.index("function emailHtml(")
    function = layout[at : layout.index("\nasync function ", at)]
    parts = {
        "supporting": "",
        "contributionHtml": "",  # no verified work on these mails
        "nextHtml": "",
        "milestone": "",
    }
    if body and body != copy.intro:
        parts["supporting"] = _fill_literal(
            _const_literal(function, "supporting"),
            {"escapeHtml(body).replace(/\\n/g,'<br>')": esc(body).replace("\n", "<br>")},
        )
    if copy.next_steps:
        steps = _const_literal(function, "nextHtml")
        (expr,) = re.findall(r"\$\{(copy\.nextSteps\.map.*?\.join\(''\))\}", steps)
        _, item = _map_literal(expr)
        items = "".join(_fill_literal(item, {"escapeHtml(step)": esc(s)}) for s in copy.next_steps)
        parts["nextHtml"] = _fill_literal(steps, {expr: items})
    if copy.celebration:
        parts["milestone"] = _fill_literal(_const_literal(function, "milestone"), {})
    action = str(payload.get("action_url") or "")
    page = _literal_at(function, function.index("return `<!doctype") + 7)
    return _fill_literal(
        page,
        {
            "root": esc(site),
            "escapeHtml(copy.eyebrow)": esc(copy.eyebrow),
            "escapeHtml(copy.title)": esc(copy.title),
            "escapeHtml(copy.intro)": esc(copy.intro),
            "detailsHtml(payload)": _details_html(layout, payload),
            "escapeHtml(action)": esc(site + action),
            "escapeHtml(copy.cta)": esc(copy.cta),
            **parts,
        },
    )


def _seed_rows(sql: str) -> dict[str, tuple[str, str]]:
    """template_key -> (subject_template, body_template) of the seed's
    ``communication_templates`` rows (SQL's doubled quotes undone)."""
    at = sql.index("insert into public.communication_templates")
    header = re.search(r"\(([\w,]+)\)\s*values", sql[at:])
    if header is None:
        raise ValueError("no column list")
    columns = header.group(1).split(",")
    end = sql.index("on conflict", at)
    rows = {}
    for line in sql[at:end].splitlines():
        if not line.strip().startswith("('"):
            continue
        cells = [c.replace("''", "'") for c in re.findall(r"'((?:[^']|'')*)'", line)]
        if len(cells) != len(columns):
            raise ValueError(f"{len(cells)} cells for {len(columns)} columns")
        row = dict(zip(columns, cells, strict=True))
        rows[row["template_key"]] = (row["subject_template"], row["body_template"])
    if not rows:
        raise ValueError("no template rows")
    return rows


def _render(template: str, values: Mapping[str, str]) -> str:
    """``renderCommunication``: ``{{key}}`` filled (an unknown key is empty), every run of
    two or more whitespace characters one space, the ends trimmed."""
    filled = re.sub(r"{{\s*([a-zA-Z0-9_]+)\s*}}", lambda m: values.get(m.group(1), ""), template)
    return re.sub(r"\s{2,}", " ", filled).strip()


def _en_gb(when: datetime) -> str:
    """``toLocaleString('en-GB')``: 14/09/2026, 10:30:00."""
    return when.strftime("%d/%m/%Y, %H:%M:%S")


def _career_values(key: str, role: str) -> dict[str, str]:
    """The variables ``careerMessageForDb`` renders a career template with, the interview's
    and the offer's summaries laid out as the admin route lays them out."""
    values = {
        "recipient_name": OWNER[0],
        "role_title": role,
        "interview_at": "",
        "interview_details": "",
        "offer_details": "",
        "stage_note": "",
    }
    if key == "career_interview":
        at = _en_gb(METTELO_INTERVIEW_AT)
        values["interview_at"] = at
        values["interview_details"] = "\n".join([f"Interview: {at}", *METTELO_INTERVIEW])
    if key == "career_offer":
        values["offer_details"] = "\n".join(METTELO_OFFER)
    return values


def _project_message(route: str, status: str, title: str, notes: str) -> tuple[str, str]:
    """(subject, body) the project-application route sends for ``status``: its
    ``defaultMessage`` and ``notificationMeta``'s subject joined to the project's title."""
    at = route.index("function defaultMessage(")
    default = route[at : route.index("\nfunction ", at)]
    m = re.search(rf"if\(status==='{status}'\)return `", default)
    if m is None and status == "approved":  # the function's last return
        m = re.search(r";return `", default)
    if m is None:
        raise ValueError(f"no default message for {status}")
    notes_expr = "reviewerNotes?` ${reviewerNotes}`:''"
    body = _fill_literal(
        _literal_at(default, m.end() - 1),
        {"title": title, notes_expr: f" {notes}" if notes else ""},
    )
    meta = route[route.index("function notificationMeta(") :]
    s = re.search(rf"return\{{type:'application_{status}'[^}}]*subject:'([^']*)'", meta)
    if s is None:
        raise ValueError(f"no subject for {status}")
    return f"{s.group(1)}: {title}", body


def _architect_message(route: str, action: str, notes: str) -> tuple[str, str]:
    """(subject, body) of the architect route's ``copy[action]``."""
    m = re.search(rf"\b{action}:\{{title:'[^']*',body:`([^`]*)`,subject:'([^']*)'\}}", route)
    if m is None:
        raise ValueError(f"no architect copy for {action}")
    return m.group(2), _fill_literal(m.group(1), {"notes": notes})


def _site(env: str) -> str:
    m = re.search(r"^NEXT_PUBLIC_SITE_URL=(\S+)$", env, re.M)
    if m is None:
        raise ValueError("no NEXT_PUBLIC_SITE_URL")
    return m.group(1).rstrip("/")


def mettelo(snap: Snapshot) -> Iterator[Spec]:
    """The careers journey's four mails and the project-team and Project Architect
    decisions, each in ``emailHtml``'s layout as the platform queues it."""
    unit = "mettelo/en"

    def read(path: str) -> str:
        return snap.read(METTELO, METTELO_COMMIT, path)

    render = read(METTELO_RENDER_PATH)
    if not all(part in render for part in METTELO_RENDERER):
        raise ValueError("renderCommunication changed")
    layout, site = read(METTELO_LAYOUT_PATH), _site(read(METTELO_ENV_PATH))
    seed = _seed_rows(read(METTELO_SEED_PATH))
    projects, architect = read(METTELO_PROJECTS_PATH), read(METTELO_ARCHITECT_PATH)
    for mail in METTELO_MAILS:
        payload: dict[str, object] = {"recipient_name": OWNER[0], **mail.payload}
        role = "n/a"
        if mail.key.startswith("career_"):
            path = METTELO_SEED_PATH
            role = METTELO_ROLE
            subject_t, body_t = seed[mail.key]
            values = _career_values(mail.key, role)
            subject, body = _render(subject_t, values), _render(body_t, values)
            payload["role_title"] = role
            if mail.key == "career_interview":
                payload["interview_at"] = f"{METTELO_INTERVIEW_AT:%Y-%m-%dT%H:%M}:00.000Z"
        elif mail.key.startswith("application_"):
            path = METTELO_PROJECTS_PATH
            status = mail.key.removeprefix("application_")
            subject, body = _project_message(projects, status, METTELO_PROJECT, mail.note)
            # enrichPayload: the project, its type, the verified Proof count; the team role
            # the learner applied for where there is one
            payload.update(project_title=METTELO_PROJECT, project_type="open", verified_count=0)
            if mail.with_role:
                payload["role_title"] = METTELO_TEAM_ROLE
        else:
            path = METTELO_ARCHITECT_PATH
            subject, body = _architect_message(architect, "declined", mail.note)
        payload.update(body=body, action_url=mail.action_url)
        html = _email_html(layout, mail.key, body, payload, site)
        yield spec(
            unit,
            blob_url(METTELO, METTELO_COMMIT, path),
            mail.category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company="Mettelo",
            role=role,
            labels_on_rejection=True,
            sender=METTELO_SENDER,
            noreply=False,
            fmt="html",
        )


SIRH = "dominiqueBILLCATARIA/sirh-supabase-v2"
SIRH_COMMIT = "c3f464d8d297ece0db33836d3e67a290a4963205"
SIRH_PATH = "server.js"
# Ours: the address (the code sends from a person's own mailbox under the name "SIRH SECURE"),
# the password the hire generates (``Math.random().toString(36).slice(-8) + "!23"``).
SIRH_SENDER = ("SIRH SECURE", "recrutement@sirh-secure.fr")
SIRH_PASSWORD = "k7q2x9wm!23"
# (the recruiter's action, category, stage of a refusal).
SIRH_MAILS = (
    ("REFUS_IMMEDIAT", "rejection", "application"),
    ("REFUS_IMMEDIAT", "rejection", "application"),
    ("REFUS_APRES_ENTRETIEN", "rejection", "interview"),
    ("VALIDER_POUR_ENTRETIEN", "interview_invitation", None),
    ("ACCEPTER_EMBAUCHE", "offer", None),
)


def _sirh_branch(source: str, action: str) -> tuple[str, str]:
    """The subject and HTML literals the ``candidate-action`` branch of ``action`` sets."""
    at = source.find(f"action_type === '{action}'")
    if at == -1:
        raise ValueError(f"no branch for {action}")
    subject = source.index("emailSujet = `", at) + 13
    html = source.index("emailHtml = `", subject) + 12
    return _literal_at(source, subject), _literal_at(source, html)


def _sirh_site(source: str) -> str:
    m = re.search(r'const siteLink = "([^"]+)";', source)
    if m is None:
        raise ValueError("no siteLink")
    return m.group(1)


def sirh(snap: Snapshot) -> Iterator[Spec]:
    """A French HR system's mails to a candidate when the recruiter acts on the application:
    refused at once (twice, two posts), refused after the interview (signed by the company),
    invited to an interview, hired with the portal's access; HTML only, as Brevo's
    ``htmlContent`` is sent."""
    unit = "sirh/fr"
    source = snap.read(SIRH, SIRH_COMMIT, SIRH_PATH)
    if "htmlContent: htmlContent" not in source:
        raise ValueError("sendEmailAPI no longer sends the HTML as given")
    site = _sirh_site(source)
    for n, (action, category, stage) in enumerate(SIRH_MAILS):
        subject, body = _sirh_branch(source, action)
        post = fill_for(unit, action, "fr", n).role
        values = {
            "candidat.nom_complet": OWNER[0],
            "candidat.poste_vise": post,
            "siteLink": site,
            "username": OWNER[1],
            "generatedPassword": SIRH_PASSWORD,
        }
        html = _fill_literal(body, values)
        yield spec(
            unit,
            blob_url(SIRH, SIRH_COMMIT, SIRH_PATH),
            category,
            stage,
            subject=_fill_literal(subject, values),
            text=_text_part(html),
            html=html,
            # the refusal after the interview is signed "CORP-HR"; the other names no company
            company="CORP-HR" if "CORP-HR" in html else "n/a",
            role=post,
            labels_on_rejection=True,
            sender=SIRH_SENDER,
            noreply=False,
            fmt="html_only",
        )


RUDEL = "Alles-im-Rudel/alles-im-rudel-backend"
RUDEL_COMMIT = "df556d7a6c3e5d695c4c685288269ef52c7eef42"
RUDEL_DIR = "app/Notifications"
RUDEL_MESSAGE_PATH = "resources/views/vendor/mail/html/message.blade.php"
RUDEL_SENDER = ("Alles im Rudel", "noreply@allesimrudel.de")  # .env.example's MAIL_FROM_*
RUDEL_FRONTEND = "https://allesimrudel.de/#/"  # ours: APP_FRONTEND_URL is a local address
# (notification, category): the board's decisions on an application to join the club and
# to join one of its branches (Sparten).
RUDEL_MAILS = (
    ("Membership/MembershipRejectNotification", "not_a_job"),
    ("Branches/BranchMembershipRejectNotification", "not_a_job"),
    ("Membership/MembershipAcceptNotification", "other"),
    # its subject says "abgelehnt", its text that the application was accepted
    ("Branches/BranchMembershipAcceptNotification", "other"),
)


def _rudel_calls(source: str, first_name: str) -> list[tuple[str, str]]:
    """(call, text) of a ``toMail`` ``MailMessage`` chain, one call a line; a
    ``new HtmlString(...)`` argument is kept as HTML, marked by the call name's ``!``."""
    at = source.index("function toMail(")
    body = source[at : source.index("\n    }", at)]
    calls = []
    for name, call in re.findall(r"^\s*->(\w+)\((.*)\);?$", body, re.M):
        raw = call.startswith("new HtmlString(")
        arg = call.removeprefix("new HtmlString(").removesuffix(")") if raw else call
        parts = list(re.finditer(r"'((?:[^'\\]|\\.)*)'|(\$notifiable->first_name)|( \. )", arg))
        if "".join(m.group(0) for m in parts) != arg:
            raise ValueError(f"unreadable argument {arg}")
        text = "".join(m.group(1) or (first_name if m.group(2) else "") for m in parts)
        calls.append((name + ("!" if raw else ""), text))
    if not calls:
        raise ValueError("no MailMessage calls")
    return calls


def _rudel_footer(view: str) -> tuple[str, str, str]:
    """(logo path, logo alt, the line after ``© year``) of the published mail layout."""
    logo = re.search(r"env\('APP_FRONTEND_URL'\) \. '([^']+)'", view)
    alt = re.search(r'alt="([^"]+)"', view)
    rights = re.search(r"© \{\{ date\('Y'\) \}\} ([^\n<]+)", view)
    if logo is None or alt is None or rights is None:
        raise ValueError("the mail layout changed")
    return logo.group(1), alt.group(1), rights.group(1).strip()


def rudel(snap: Snapshot) -> Iterator[Spec]:
    """Look-alikes: a German gaming and airsoft club's board refusing and accepting an
    application for membership and for a branch, as Laravel's notification mail renders the
    ``MailMessage`` (greeting, lines, the board's salutation) in the club's published layout
    (no header, its logo and copyright line as footer); HTML with its text part."""
    unit = "rudel/de"
    logo, alt, rights = _rudel_footer(snap.read(RUDEL, RUDEL_COMMIT, RUDEL_MESSAGE_PATH))
    for name, category in RUDEL_MAILS:
        path = f"{RUDEL_DIR}/{name}.php"
        calls = _rudel_calls(snap.read(RUDEL, RUDEL_COMMIT, path), FIRST)
        subjects = [text for call, text in calls if call == "subject"]
        if len(subjects) != 1:
            raise ValueError(f"{len(subjects)} subjects")
        parts = []
        for call, text in calls:
            if call == "greeting":
                parts.append(f"<h1>{esc(text)}</h1>")
            elif call == "line":
                parts.append(f"<p>{esc(text)}</p>")
            elif call == "salutation!":
                parts.append(f"<p>{text}</p>")
            elif call != "subject":
                raise ValueError(f"unsupported MailMessage call {call}")
        site = RUDEL_FRONTEND
        parts.append(
            f'<p><a href="{site}"><img src="{site}{logo}" alt="{esc(alt)}"></a><br>'
            f"© 2026 {esc(rights)}</p>"
        )
        html = "\n".join(parts)
        yield spec(
            unit,
            blob_url(RUDEL, RUDEL_COMMIT, path),
            category,
            subject=subjects[0],
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company="n/a",
            role="n/a",
            sender=RUDEL_SENDER,
            noreply=True,
            fmt="html",
        )
