"""Recipes for session 33's sources32 (issue 11): Spanish and Dutch job mail.

POW (guidoginesi/app-hr, the HR portal of POW, an Argentinian software company; Next.js and
Supabase, mail through Resend): the recruiting templates its SQL migrations seed into
``email_templates`` (the application received, the move to an interview, and three refusals:
after review, by the applicant's province, by the salary expected) and, as look-alikes, the
time-off templates the same table holds for its staff (a leave request received, approved,
changed and refused). The templates are read as the database ends up after the migrations
run in the order they were committed, ``ON CONFLICT`` clauses and later ``UPDATE``s
included.

UPLIN (Uplinhr/data, the documentation of UPLIN HR, a Latin American recruitment consultancy,
of its Make, Sheets and Apps Script automations): the Apps Script functions its page on them
quotes, each sending one mail from a vacancy's sheet: the welcome to an applicant whose CV
joined the database and the refusal to the applicants a vacancy's sheet marks "No" (two
vacancies in Chile, one in Mexico; "en esta oportunidad no podremos avanzar contigo en el
proceso").

VorzaIQ (ItsPeanuts/its-peanuts-ai, a Dutch AI recruitment platform, formerly ItsPeanuts AI;
FastAPI, mail through Resend): the mail to an applicant its ``backend/services/email.py``
writes in five languages from one ``STRINGS`` table: the application received (with the AI
match score) and the status updates an employer's decision sends (shortlisted, invited to an
interview, hired, and the refusal "heeft de werkgever besloten met andere kandidaten verder te
gaan"). Read in Dutch and Spanish; each function's body is run by a small interpreter over its
syntax tree (assignments, the status branches, f-strings, ``get_string(...).format(...)``), so
the HTML is the function's own.

Lobsy (dennisbemer1007-pixel/Jobsy, a Dutch local job platform; ASP.NET, Resend): the composers
of its mail to an applicant in ``TransactionalEmails.cs``, run by a small reader of their C#.

VHB Portaal (jarnodegreve-ui/VHB, a Flemish transport company's staff planning portal;
nodemailer): look-alikes only, the decision on a staff member's leave request (approved,
refused, an approved leave cancelled), in the module's HTML and its own text part."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Sequence
from email.utils import parseaddr
from html import escape
from typing import Any

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_function, js_literal


def _html_only(
    unit: str,
    url: str,
    category: str,
    subject: str,
    html: str,
    company: str,
    role: str,
    sender: tuple[str, str],
    noreply: bool,
    text: str | None = None,
    *,
    labels_on_rejection: bool = False,
) -> Spec:
    """A mail sent as HTML alone (Resend's or MailApp's ``html`` without a text part), its text
    what a reader sees in it; with the ``text`` the code sends beside it, multipart.
    ``labels_on_rejection`` as in ``fill.spec``."""
    return _spec(
        unit,
        url,
        category,
        subject=subject,
        text=html_to_text(html) if text is None else text,
        html=html,
        company=company,
        role=role,
        labels_on_rejection=labels_on_rejection,
        sender=sender,
        noreply=noreply,
        fmt="html_only" if text is None else "html",
    )


POW = "guidoginesi/app-hr"
POW_COMMIT = "6a254605bcce01e92a729f2ddf8d9b9e01bb2c09"
# The migrations that write email_templates, in the order their commits added them.
POW_MIGRATIONS = (
    "db/migration-email-templates.sql",
    "db/migration-new-emails.sql",
    "db/add-new-email-templates.sql",
    "db/fix-application-confirmation-email.sql",
    "db/migration-time-off-emails.sql",
)
POW_LAYOUT_PATH = "src/lib/email/layout.ts"
# template_key: category. The interview invitation announces a call to agree a time.
POW_MAILS = {
    "application_confirmation": "acknowledgement",
    "interview_coordination": "interview_invitation",
    "candidate_rejected": "rejection",
    "candidate_rejected_location": "rejection",
    "candidate_rejected_salary": "rejection",
    "time_off_request_submitted": "other",
    "time_off_approved_hr": "other",
    "time_off_modified": "other",
    "time_off_rejected": "not_a_job",
}
POW_COMPANY = "POW"
# Ours: the deployment's sender address (RESEND_FROM_EMAIL; the layout's comment gives this one
# as its example), the province, the salary, the leave's dates and the refusal's comment.
POW_SENDER_ADDR = "noreply@pow-apps.com"
POW_VALUES = {
    "provincia": "OTRA",
    "salaryExpectation": "$ 2.500.000",
    "fecha_inicio": "13/07/2026",
    "fecha_fin": "24/07/2026",
    "cantidad_dias": "10",
    "tipo_licencia": "Vacaciones",
    "tipo_cambio": "modificada",
    "comentario": "En esas semanas el equipo ya tiene dos personas de licencia.",
    "rechazado_por": "Equipo de People",
}

_SQL_STRING = r"E?'(?:[^'\\]|\\.|'')*'"
_EMOJI = re.compile("^[\\s\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d\u2700-\u27bf\u2b50]+")


def _sql_literal(token: str) -> str:
    """One SQL string literal's value: ``E'...'`` with its backslash escapes, ``'...'`` with
    its doubled quotes."""
    if token.startswith("E'"):
        body = token[2:-1].replace("''", "'")
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), body)
    return token[1:-1].replace("''", "'")


def _sql_email_templates(sources: Sequence[str]) -> dict[str, tuple[str, str, int]]:
    """template_key -> (subject, body, the index of the source that last set either) after
    running the migrations in order: an
    ``INSERT ... VALUES`` adds its rows, and on a key already there ``ON CONFLICT DO NOTHING``
    keeps the old row while ``DO UPDATE SET`` takes the subject and body it names; an
    ``UPDATE ... SET subject|body = ... WHERE template_key = ...`` changes one row."""
    table: dict[str, tuple[str, str, int]] = {}
    statement = re.compile(
        rf"INSERT INTO public\.email_templates \(([^)]*)\)\s*VALUES((?:{_SQL_STRING}|[^';])*);"
        rf"|UPDATE public\.email_templates\s+SET\s+(\w+)\s*=\s*({_SQL_STRING})"
        rf"(?:{_SQL_STRING}|[^';])*?WHERE template_key = ({_SQL_STRING});",
        flags=re.S,
    )
    for n, source in enumerate(sources):
        found = False
        for m in statement.finditer(source):
            found = True
            if m[3]:
                if m[3] not in ("subject", "body"):
                    raise ValueError(f"UPDATE of {m[3]}")
                key = _sql_literal(m[5])
                subject, body, _ = table[key]
                value = _sql_literal(m[4])
                table[key] = (value, body, n) if m[3] == "subject" else (subject, value, n)
                continue
            columns = [c.strip() for c in m[1].split(",")]
            values, _, conflict = m[2].partition("ON CONFLICT")
            updates = set(re.findall(r"(\w+)\s*=\s*EXCLUDED\.", conflict))
            if conflict and "DO NOTHING" not in conflict and not updates:
                raise ValueError("an ON CONFLICT clause not read")
            for row in re.findall(rf"\(\s*((?:{_SQL_STRING}|[^()'])*?)\s*\)\s*(?:,|$)", values):
                cells = re.findall(rf"{_SQL_STRING}(?:::jsonb)?|\w+", row)
                if len(cells) != len(columns):
                    raise ValueError(f"a row of {len(cells)} cells for {len(columns)} columns")
                rec = dict(zip(columns, cells, strict=True))
                key = _sql_literal(rec["template_key"])
                new = (_sql_literal(rec["subject"]), _sql_literal(rec["body"]))
                if key not in table:
                    table[key] = (*new, n)
                elif {"subject", "body"} & updates:
                    old = table[key]
                    table[key] = (
                        new[0] if "subject" in updates else old[0],
                        new[1] if "body" in updates else old[1],
                        n,
                    )
        if not found:
            raise ValueError("no email_templates statement")
    return table


def _pow_sender(layout: str) -> str:
    """The display name ``getEmailFrom`` puts before a bare address."""
    m = re.search(r"return `([^`<]+) <\$\{raw\}>`", layout)
    if not m:
        raise ValueError("no getEmailFrom display name")
    return m[1].strip()


def _pow_html(subject: str, body: str) -> str:
    """``renderPlainTemplate``'s content: the subject without its leading emoji as the title,
    and the body as it is where it holds tags, else ``textToParagraphs``'s paragraphs (a blank
    line a new paragraph, a line break ``<br>``). The layout's shell is not read."""
    if re.search(r"</?[a-z][\s\S]*>", body, flags=re.I):
        inner = body
    else:
        inner = "".join(
            f"<p>{escape(block).replace(chr(10), '<br>')}</p>"
            for block in re.split(r"\n\s*\n", body.strip())
        )
    title = _EMOJI.sub("", subject).strip()
    return f"<html><body><h1>{escape(title)}</h1>{inner}</body></html>"


def pow_hr(snap: Snapshot) -> Iterator[Spec]:
    """POW's recruiting mail to an applicant (received, interview, three refusals) and its
    time-off mail to staff (look-alikes), as ``sendTemplatedEmail`` sends them: every
    ``{{name}}`` filled, HTML only, from the layout's display name."""
    unit = "pow/es"
    sources = [snap.read(POW, POW_COMMIT, path) for path in POW_MIGRATIONS]
    templates = _sql_email_templates(sources)
    sender = (_pow_sender(snap.read(POW, POW_COMMIT, POW_LAYOUT_PATH)), POW_SENDER_ADDR)
    for key, category in POW_MAILS.items():
        subject, body, n = templates[key]
        f = fill_for(unit, key, "es", 0)
        values = {
            **POW_VALUES,
            "candidateName": OWNER[0],
            "nombre": OWNER[0].split()[0],
            "jobTitle": f.role,
        }
        subject = fill_exact(subject, r"\{\{(\w+)\}\}", values)
        html = _pow_html(subject, fill_exact(body, r"\{\{(\w+)\}\}", values))
        yield _html_only(
            unit,
            blob_url(POW, POW_COMMIT, POW_MIGRATIONS[n]),
            category,
            subject=subject,
            html=html,
            company=POW_COMPANY,
            role=f.role,
            labels_on_rejection=True,
            sender=sender,
            noreply=True,
        )


UPLIN = "Uplinhr/data"
UPLIN_COMMIT = "753778d3208d13a7e583860a7299e47ca0bd8735"
UPLIN_PATH = "google/appscripts.md"
# Apps Script function: category.
UPLIN_MAILS = {
    "enviarCorreoBienvenida": "acknowledgement",
    "enviarCorreoRechazo": "rejection",
    "enviarCorreoRechazoEjecutivo": "rejection",
    "enviarCorreoRechazoMexico": "rejection",
}
# Ours: the Google account MailApp sends from (the script owner's; its display name is the
# signature's team).
UPLIN_SENDER = ("Uplin Team", "talento@uplinhr.com")
UPLIN_NAME = "Uplin"  # its sign-off's name


def _apps_script_mails(page: str) -> dict[str, tuple[str, str]]:
    """function -> (subject, HTML) of each fenced ``javascript`` block's function that sends
    ``MailApp.sendEmail({to, subject: asunto, htmlBody: mensajeHTML})``: ``asunto``'s string
    and ``mensajeHTML``'s template literal, unfilled."""
    mails: dict[str, tuple[str, str]] = {}
    for block in re.findall(r"```javascript\n(.*?)```", page, flags=re.S):
        name = re.search(r"function (\w+)\(", block)
        if not name or "MailApp.sendEmail" not in block:
            continue
        subject = re.search(r'var asunto = "([^"]*)";', block)
        html = re.search(r"var mensajeHTML = `([^`]*)`;", block)
        if not subject or not html:
            raise ValueError(f"{name[1]}: no asunto or mensajeHTML")
        mails[name[1]] = (subject[1], html[1])
    if not mails:
        raise ValueError("no MailApp function")
    return mails


def uplin(snap: Snapshot) -> Iterator[Spec]:
    """UPLIN's Apps Script mails to applicants: HTML only, as ``MailApp`` sends an
    ``htmlBody`` without a text part, ``${nombreCompleto}`` filled with the sheet's name. The
    refusals name no client: company the consultancy's own name, as builds from ``ext-s33`` on
    label an agency's no for a client it does not name (``grywo/nl``, ``ngtalent/es``:
    docs/corpora.md, "Session 33 (branch fields34)")."""
    unit = "uplin/es"
    mails = _apps_script_mails(snap.read(UPLIN, UPLIN_COMMIT, UPLIN_PATH))
    url = blob_url(UPLIN, UPLIN_COMMIT, UPLIN_PATH)
    for function, category in UPLIN_MAILS.items():
        subject, body = mails[function]
        html = fill_exact(body, r"\$\{(\w+)\}", {"nombreCompleto": OWNER[0]}).strip()
        html = f"<html><body>{html}</body></html>"
        yield _html_only(
            unit,
            url,
            category,
            subject=subject,
            html=html,
            company=UPLIN_NAME,  # the consultancy's own no for a client it does not name
            role="n/a",
            sender=UPLIN_SENDER,
            noreply=False,
        )


VORZAIQ = "ItsPeanuts/its-peanuts-ai"
VORZAIQ_COMMIT = "92942de84c097827a3454a5f29005795d82f7870"
VORZAIQ_PATH = "backend/services/email.py"
VORZAIQ_LANGS = ("nl", "es")
# (function, new_status or None): category. "Shortlisted" asks nothing of the applicant yet.
VORZAIQ_MAILS = {
    ("send_application_confirmation", None): "acknowledgement",
    ("send_status_update_email", "shortlisted"): "moving_forward",
    ("send_status_update_email", "interview"): "interview_invitation",
    ("send_status_update_email", "hired"): "offer",
    ("send_status_update_email", "rejected"): "rejection",
}
# Ours: the AI match score the confirmation shows.
VORZAIQ_SCORE = 64


class _PyMail:
    """Runs one mail function of a Python module by its syntax tree: module constants
    (``os.getenv(NAME, default)`` as its default), the function's assignments and ``if``
    branches, f-strings, comparisons, conditional expressions, ``get_string(key, language)``
    looked up in the module's ``STRINGS`` and ``str.format``; the ``_send(...)`` call's
    keywords are the mail. Anything else raises, so a changed function cannot be half read."""

    def __init__(self, source: str) -> None:
        self.tree = ast.parse(source)
        self.consts: dict[str, Any] = {}
        self.strings: dict[str, dict[str, str]] = {}
        for node in self.tree.body:
            if isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None:
                target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
                if not isinstance(target, ast.Name):
                    continue
                if target.id == "STRINGS":
                    self.strings = ast.literal_eval(node.value)
                elif isinstance(node.value, ast.Call) and ast.unparse(node.value.func) in (
                    "os.getenv",
                    "os.environ.get",
                ):
                    self.consts[target.id] = ast.literal_eval(node.value.args[1])
        if not self.strings:
            raise ValueError("no STRINGS table")

    def run(self, function: str, args: dict[str, Any]) -> dict[str, Any]:
        """The keywords of the ``_send`` call ``function`` makes with ``args``."""
        fn = next(
            (n for n in self.tree.body if isinstance(n, ast.FunctionDef) and n.name == function),
            None,
        )
        if fn is None:
            raise ValueError(f"no function {function}")
        env = {**self.consts, **args}
        sent = self._block(fn.body, env)
        if sent is None:
            raise ValueError(f"{function} sends nothing")
        return sent

    def _block(self, body: list[ast.stmt], env: dict[str, Any]) -> dict[str, Any] | None:
        for stmt in body:
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue  # a docstring
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target = stmt.targets[0]
                if not isinstance(target, ast.Name):
                    raise ValueError(f"assignment to {ast.unparse(target)}")
                env[target.id] = self._eval(stmt.value, env)
            elif isinstance(stmt, ast.If):
                sent = self._block(stmt.body if self._eval(stmt.test, env) else stmt.orelse, env)
                if sent is not None:
                    return sent
            elif (
                isinstance(stmt, ast.Expr)
                and isinstance(stmt.value, ast.Call)
                and ast.unparse(stmt.value.func) == "_send"
            ):
                return {k.arg: self._eval(k.value, env) for k in stmt.value.keywords if k.arg}
            else:
                raise ValueError(f"statement not read: {ast.unparse(stmt)[:60]}")
        return None

    def _eval(self, node: ast.expr, env: dict[str, Any]) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in env:
                raise KeyError(node.id)
            return env[node.id]
        if isinstance(node, ast.JoinedStr):
            return "".join(
                str(self._eval(v.value, env))
                if isinstance(v, ast.FormattedValue)
                else str(self._eval(v, env))
                for v in node.values
            )
        if isinstance(node, ast.IfExp):
            branch = node.body if self._eval(node.test, env) else node.orelse
            return self._eval(branch, env)
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            left, right = self._eval(node.left, env), self._eval(node.comparators[0], env)
            ops = {ast.Eq: left == right, ast.GtE: left >= right, ast.Gt: left > right}
            if type(node.ops[0]) not in ops:
                raise ValueError(f"comparison not read: {ast.unparse(node)}")
            return ops[type(node.ops[0])]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "get_string"
            and len(node.args) == 2
        ):
            key, lang = (self._eval(a, env) for a in node.args)
            table = self.strings[key]
            return table.get(lang) or table["nl"]  # get_string's fallback
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and not node.args
        ):
            template = self._eval(node.func.value, env)
            return template.format(**{k.arg: self._eval(k.value, env) for k in node.keywords})
        raise ValueError(f"expression not read: {ast.unparse(node)[:60]}")


def vorzaiq(snap: Snapshot) -> Iterator[Spec]:
    """VorzaIQ's mail to an applicant in Dutch and Spanish: each function run as it runs
    (HTML only, as ``_send`` gives Resend no text), from ``FROM_EMAIL``'s default."""
    mailer = _PyMail(snap.read(VORZAIQ, VORZAIQ_COMMIT, VORZAIQ_PATH))
    name, addr = parseaddr(mailer.consts["FROM_EMAIL"])
    url = blob_url(VORZAIQ, VORZAIQ_COMMIT, VORZAIQ_PATH)
    for lang in VORZAIQ_LANGS:
        unit = f"vorzaiq/{lang}"
        for (function, status), category in VORZAIQ_MAILS.items():
            f = fill_for(unit, f"{function}:{status}", lang, 0)
            args: dict[str, Any] = {
                "candidate_email": OWNER[1],
                "candidate_name": OWNER[0],
                "vacancy_title": f.role,
                "language": lang,
                "match_score": VORZAIQ_SCORE,
                "new_status": status,
            }
            mail = mailer.run(function, args)
            html = mail["html"].strip()
            yield _html_only(
                unit,
                url,
                category,
                subject=mail["subject"],
                html=html,
                company="n/a",
                role=f.role,
                labels_on_rejection=True,
                sender=(name, addr),
                noreply=True,
            )


LOBSY = "dennisbemer1007-pixel/Jobsy"
LOBSY_COMMIT = "769ccf7ad356f41586030ac5ed9bac7ef441610a"
LOBSY_MAILS_PATH = "Jobsy.Core/Email/TransactionalEmails.cs"
LOBSY_LAYOUT_PATH = "Jobsy.Core/Email/EmailLayout.cs"
# composer: (category, whether a withdraw link is given). Look-alike: a company takeover
# request refused, to the employer who asked for it.
LOBSY_MAILS = {
    "ApplicationConfirmation": "acknowledgement",
    "EmployerReactionAccepted": "moving_forward",
    "EmployerContacting": "moving_forward",
    "ApplicationHired": "offer",
    "EmployerReactionRejected": "rejection",
    "ApplicationFilledElsewhere": "rejection",
    "TakeoverRejected": "not_a_job",
}
# The From of the deployment's MailOptions (its tests' and docs' example; configuration).
LOBSY_SENDER = ("Lobsy", "noreply@lobsy.nl")
# Ours: the deployment's public web address (PublicWebBaseUrl; EmailLayout's fallback).
LOBSY_BASE_URL = "https://lobsy.nl"


class _CsMail:
    """Runs a C# mail composer by its text: the static methods of ``TransactionalEmails`` and
    ``EmailLayout`` (expression bodies, and blocks of ``var x = ...;`` and ``return ...;``),
    string literals, ``$"..."`` and raw ``$\"\"\"...\"\"\"`` interpolations (dedented as C# does),
    ``+``, ``?:``, ``null``/``true``/``false``, constants and ``new(...)``. ``Escape`` is
    ``WebUtility.HtmlEncode`` on ASCII text and ``Absolute`` joins the origin and the path as
    ``EmailLayout.Absolute`` does; any other construct raises."""

    def __init__(self, *sources: str) -> None:
        self.methods: dict[str, tuple[list[tuple[str, str | None]], str, bool]] = {}
        self.consts: dict[str, str] = {}
        for source in sources:
            for name, value in re.findall(r'public const string (\w+) = "([^"]*)";', source):
                self.consts[name] = value
            for m in re.finditer(r"public static (?:string|ComposedEmail) (\w+)\(", source):
                close = self._match(source, m.end() - 1)
                params = []
                for p in self._split_args(source[m.end() : close]):
                    decl, _, default = p.partition("=")
                    params.append((decl.split()[-1], default.strip() or None))
                rest = source[close + 1 :].lstrip()
                if rest.startswith("=>"):
                    body = rest[2:].strip()
                    self.methods[m[1]] = (params, body[: self._end(body, ";")], True)
                elif rest.startswith("{"):
                    start = source.index("{", close)
                    self.methods[m[1]] = (
                        params,
                        source[start + 1 : self._match(source, start)],
                        False,
                    )

    @staticmethod
    def _match(text: str, i: int) -> int:
        """The index of the bracket closing the one at ``i``, strings skipped."""
        pairs = {"(": ")", "{": "}", "[": "]"}
        depth, j = 0, i
        while j < len(text):
            c = text[j]
            if c == '"':
                j = _CsMail._string_end(text, j)
                continue
            if c in pairs:
                depth += 1
            elif c in pairs.values():
                depth -= 1
                if depth == 0:
                    return j
            j += 1
        raise ValueError("unbalanced bracket")

    @staticmethod
    def _string_end(text: str, j: int) -> int:
        """The index after the string literal starting at ``j`` (a quote)."""
        if text.startswith('"""', j):
            return text.index('"""', j + 3) + 3
        k = j + 1
        while text[k] != '"':
            k += 2 if text[k] == "\\" else 1
        return k + 1

    @classmethod
    def _end(cls, text: str, stop: str) -> int:
        """The index of the first ``stop`` outside brackets and strings."""
        j = 0
        while j < len(text):
            if text[j] == '"':
                j = cls._string_end(text, j)
                continue
            if text[j] in "({[":
                j = cls._match(text, j) + 1
                continue
            if text.startswith(stop, j):
                return j
            j += 1
        return len(text)

    @classmethod
    def _split_args(cls, text: str) -> list[str]:
        out = []
        while text.strip():
            k = cls._end(text, ",")
            out.append(text[:k].strip())
            text = text[k + 1 :]
        return out

    def call(self, name: str, args: list[Any], named: dict[str, Any] | None = None) -> Any:
        """A method by name: a builtin, else its body run with its parameters bound."""
        if name == "Escape":
            return escape("" if args[0] is None else str(args[0]), quote=True).replace(
                "&#x27;", "&#39;"
            )
        if name == "IsNullOrWhiteSpace":
            return args[0] is None or not str(args[0]).strip()
        if name == "Absolute":
            origin = (args[0] or LOBSY_BASE_URL).strip().rstrip("/")
            path = args[1]
            if not path or path.startswith(("http://", "https://")):
                return path or origin
            return origin + (path if path.startswith("/") else "/" + path)
        if name not in self.methods:
            raise ValueError(f"no method {name}")
        params, body, expression = self.methods[name]
        env: dict[str, Any] = {}
        for k, (param, default) in enumerate(params):
            if k < len(args):
                env[param] = args[k]
            elif named and param in named:
                env[param] = named[param]
            elif default is not None:
                env[param] = self.eval(default, {})
            else:
                raise ValueError(f"{name}: no value for {param}")
        if expression:
            return self.eval(body, env)
        for stmt in self._statements(body):
            if stmt.startswith("var "):
                var, _, expr = stmt[4:].partition("=")
                env[var.strip()] = self.eval(expr, env)
            elif stmt.startswith("return "):
                return self.eval(stmt[7:], env)
            else:
                raise ValueError(f"{name}: statement not read: {stmt[:50]}")
        raise ValueError(f"{name} returns nothing")

    def _statements(self, body: str) -> Iterator[str]:
        while body.strip():
            k = self._end(body, ";")
            yield body[:k].strip()
            body = body[k + 1 :]

    def eval(self, expr: str, env: dict[str, Any]) -> Any:
        """One expression's value."""
        expr = expr.strip()
        q = self._end(expr, "?")
        if q < len(expr):
            colon = q + 1 + self._end(expr[q + 1 :], ":")
            cond = self.eval(expr[:q], env)
            return self.eval(expr[q + 1 : colon] if cond else expr[colon + 1 :], env)
        plus = self._end(expr, "+")
        if plus < len(expr):
            return str(self.eval(expr[:plus], env)) + str(self.eval(expr[plus + 1 :], env))
        if expr.startswith("(") and self._match(expr, 0) == len(expr) - 1:
            return self.eval(expr[1:-1], env)
        if expr.startswith(('$"', '"')):
            return self._string(expr, env)
        if expr in ("null", "true", "false"):
            return {"null": None, "true": True, "false": False}[expr]
        call = re.fullmatch(r"(?:new|([\w.]+))\((.*)\)", expr, flags=re.S)
        if call:
            args, named = [], {}
            for a in self._split_args(call[2]):
                m = re.match(r"(\w+):\s", a)
                if m:
                    named[m[1]] = self.eval(a[m.end() :], env)
                else:
                    args.append(self.eval(a, env))
            if call[1] is None:
                return args
            return self.call(call[1].rsplit(".", 1)[-1], args, named)
        name = expr.rsplit(".", 1)[-1]
        if re.fullmatch(r"[\w.]+", expr):
            if expr in env:
                return env[expr]
            if name in self.consts:
                return self.consts[name]
        raise ValueError(f"expression not read: {expr[:60]}")

    def _string(self, expr: str, env: dict[str, Any]) -> str:
        interpolated = expr.startswith("$")
        text = expr[1:] if interpolated else expr
        if text.startswith('"""'):
            inner = text[3:-3]
            if not inner.startswith("\n"):
                raise ValueError("a one-line raw string")
            indent = inner[inner.rindex("\n") + 1 :]
            inner = inner[1 : inner.rindex("\n")]
            raw = True
        else:
            inner, indent, raw = text[1:-1], "", False
        out, j, line_start = [], 0, True
        while j < len(inner):
            c = inner[j]
            if line_start and raw:
                if not inner.startswith(indent, j) and inner[j] != "\n":
                    raise ValueError("a raw string line less indented than its end")
                if inner[j] != "\n":
                    j += len(indent)
                line_start = False
                continue
            if interpolated and c == "{" and not inner.startswith("{{", j):
                close = self._match(inner, j)
                value = self.eval(inner[j + 1 : close], env)
                out.append("" if value is None else str(value))
                j = close + 1
                continue
            if not raw and c == "\\":
                out.append({"n": "\n", "t": "\t"}.get(inner[j + 1], inner[j + 1]))
                j += 2
                continue
            if interpolated and not raw and inner.startswith(("{{", "}}"), j):
                out.append(c)
                j += 2
                continue
            out.append(c)
            line_start = c == "\n"
            j += 1
        return "".join(out)


def lobsy(snap: Snapshot) -> Iterator[Spec]:
    """Lobsy's mail to an applicant (and, as a look-alike, a takeover refusal to an employer),
    each composer run as written: HTML only, from the deployment's no-reply sender."""
    unit = "lobsy/nl"
    mailer = _CsMail(
        snap.read(LOBSY, LOBSY_COMMIT, LOBSY_MAILS_PATH),
        snap.read(LOBSY, LOBSY_COMMIT, LOBSY_LAYOUT_PATH),
    )
    url = blob_url(LOBSY, LOBSY_COMMIT, LOBSY_MAILS_PATH)
    for composer, category in LOBSY_MAILS.items():
        f = fill_for(unit, composer, "nl", 0)
        values = {
            "baseUrl": LOBSY_BASE_URL,
            "candidateName": OWNER[0],
            "contactName": OWNER[0],
            "vacancyTitle": f.role,
            "companyName": f.company,
            "authenticatorStubUsed": False,
            "hiredApplicationId": "3f2c9a1e-5b7d-4e21-9c0a-6d8e1f4b2a77",
            "withdrawAbsoluteUrl": None,
        }
        params = [p for p, _ in mailer.methods[composer][0]]
        key, _, subject, html = mailer.call(composer, [values[p] for p in params])
        if key != composer:
            raise ValueError(f"{composer} composes {key}")
        yield _html_only(
            unit,
            url,
            category,
            subject=subject,
            html=html,
            company=f.company,
            role=f.role,
            labels_on_rejection=True,
            sender=LOBSY_SENDER,
            noreply=True,
        )


VHB = "jarnodegreve-ui/VHB"
VHB_COMMIT = "abf072286050dfd4b798780aa6979a55b8a40f1d"
VHB_PATH = "api/email.ts"
# ACTION_CONFIG's action: category. A leave request refused is a refusal of another request.
VHB_MAILS = {"approved": "other", "rejected": "not_a_job", "cancelled": "other"}
# Ours: the SMTP_FROM address (configuration; the display name is the code's), the portal's
# address (APP_URL), the leave, its type and who decided.
VHB_SENDER_ADDR = "planning@vhb.example"
VHB_URL = "https://portaal.vhb.example"
VHB_LEAVE = ("14/07/2026", "25/07/2026", "Jaarlijks verlof", "Els Goossens")

_JS_CONFIG_ROW = re.compile(
    r'(\w+): \{\s*subject: "([^"]*)",\s*bannerLabel: "([^"]*)",\s*bannerColor: "([^"]*)",'
    r'\s*sentence: "([^"]*)",\s*\}'
)


def _vhb_mail(source: str, action: str, values: dict[str, str]) -> tuple[str, str, str]:
    """(subject, html, text) of ``sendLeaveDecisionEmail`` for ``action``: ``ACTION_CONFIG``'s
    row, the ``cancelledNote`` ternary, the ``html`` literal, the ``text`` array joined as
    ``.filter(Boolean).join("\\n")`` does (its template literals filled, its ``ctx.action ===``
    ternary decided) and the subject ``${config.subject} — ${period}``."""
    table = {m[1]: m for m in _JS_CONFIG_ROW.finditer(source)}
    if action not in table:
        raise ValueError(f"no ACTION_CONFIG row {action}")
    row = table[action]
    start, end = values["ctx.startDate"], values["ctx.endDate"]
    scope = {
        **values,
        "ctx.action": action,
        "config.subject": row[2],
        "config.bannerLabel": row[3],
        "config.bannerColor": row[4],
        "config.sentence": row[5],
        "period": start if start == end else f"{start} t/m {end}",
    }
    note = re.search(
        r'const cancelledNote = ctx\.action === "(\w+)"\s*\?\s*"((?:[^"\\]|\\.)*)"', source
    )
    if not note:
        raise ValueError("no cancelledNote")
    scope["cancelledNote"] = note[2].replace('\\"', '"') if action == note[1] else ""
    html = fill_js(js_literal(source, "const html = "), scope)
    array = source[source.index("const text = [") + len("const text = [") :]
    array = array[: array.index("].filter(Boolean)")]
    lines = []
    for item in re.findall(r'`[^`]*`|ctx\.action === "\w+" \? "[^"]*" : ""|""', array):
        if item.startswith("`"):
            lines.append(fill_js(item[1:-1], scope))
        elif item.startswith("ctx.action"):
            m = re.fullmatch(r'ctx\.action === "(\w+)" \? "([^"]*)" : ""', item)
            if not m:
                raise ValueError(f"a text line not read: {item}")
            lines.append(m[2] if action == m[1] else "")
        else:
            lines.append("")
    subject_m = re.search(r"subject: `([^`]*)`,\n\s*text,", source)
    if not subject_m:
        raise ValueError("no sendEmail subject")
    return fill_js(subject_m[1], scope), html, "\n".join(x for x in lines if x)


def vhb(snap: Snapshot) -> Iterator[Spec]:
    """VHB Portaal's leave decisions to a staff member (look-alikes): approved, refused and an
    approved leave cancelled, multipart as ``sendEmail`` sends them (the footer says not to
    reply)."""
    unit = "vhb/nl"
    source = snap.read(VHB, VHB_COMMIT, VHB_PATH)
    name = re.search(r'from: `"([^"]+)" <', source)
    if not name:
        raise ValueError("no sender name")
    url = blob_url(VHB, VHB_COMMIT, VHB_PATH)
    start, end, kind, decided = VHB_LEAVE
    for action, category in VHB_MAILS.items():
        values = {
            "ctx.recipientName": OWNER[0].split()[0],
            "ctx.decidedByName": decided,
            "ctx.typeLabel": kind,
            "ctx.startDate": start,
            "ctx.endDate": end,
            "url": VHB_URL,
        }
        subject, html, text = _vhb_mail(source, action, values)
        yield _html_only(
            unit,
            url,
            category,
            subject=subject,
            html=f"<html><body>{html.strip()}</body></html>",
            company="n/a",
            role="n/a",
            sender=(name[1], VHB_SENDER_ADDR),
            noreply=True,
            text=text,
        )


TISNET = "fiogallardogo-lab/tisnet-api"
# src/notifications/templates/application-notifications.ts read with read_file at this commit
# (no snapshot could be fetched) and saved verbatim at its path.
TISNET_READ_AT = "6aa4a554740b3d2b1737519eecd24e113d261201"
TISNET_SOURCE_PATH = "src/notifications/templates/application-notifications.ts"
# (function, flags of the code's ternaries): category. The interview mail with a scheduling
# link and without one.
TISNET_MAILS = [
    ("renderInterviewAssigned", {"url": True}, "interview_invitation"),
    ("renderInterviewAssigned", {"url": False}, "interview_invitation"),
    ("renderRejectedApplication", {}, "rejection"),
]
TISNET_COMPANY = "TISNET"
# Ours: the sender (mailFrom is configuration), the application code, the scheduling link and
# the refusal's reason (the recruiter types it).
TISNET_SENDER = ("TISNET", "postulaciones@tisnet.example")
TISNET_VALUES = {
    "input.applicationCode": "POST-2026-0148",
    "url": "https://calendly.com/tisnet-seleccion/entrevista-tecnica",
    "input.rejectionReason": (
        "Buscamos más experiencia en proyectos similares.\nGuardaremos tu CV para otras búsquedas."
    ),
}


def _ts_items(array: str) -> list[str]:
    """The items of a TypeScript array literal's text, split at its top-level commas (template
    literals, quoted strings and parentheses kept whole)."""
    items, depth, quote, start = [], 0, "", 0
    for i, c in enumerate(array):
        if quote:
            if c == quote and array[i - 1] != "\\":
                quote = ""
        elif c in "`'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(array[start:i].strip())
            start = i + 1
    if array[start:].strip():
        items.append(array[start:].strip())
    return items


def _ts_value(item: str, scope: dict[str, str], flags: dict[str, bool]) -> str:
    """One item: a template literal filled from ``scope``, a quoted string, a name in
    ``scope``, or ``flag ? a : b`` decided by ``flags``; anything else raises."""
    cond = re.fullmatch(
        r"(\w+)\s*\?\s*(`[^`]*`|'(?:[^'\\]|\\.)*')\s*:\s*(`[^`]*`|'(?:[^'\\]|\\.)*')", item, re.S
    )
    if cond:
        return _ts_value(cond[2] if flags[cond[1]] else cond[3], scope, flags)
    if item.startswith("`") and item.endswith("`"):
        return fill_js(item[1:-1], scope)
    if item.startswith("'") and item.endswith("'"):
        return re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], item[1:-1])
    if re.fullmatch(r"\w+", item) and item in scope:
        return scope[item]
    raise ValueError(f"an item not read: {item[:50]}")


def _tisnet_mail(
    source: str, function: str, values: dict[str, str], flags: dict[str, bool]
) -> tuple[str, str, str]:
    """(subject, text, html) of one ``render*`` function: its ``coordination`` ternary, the
    subject literal and the ``text`` and ``html`` arrays joined as the code joins them, every
    ``${...}`` by its exact expression (``escapeHtml`` as the module's: ``& < > " '``)."""
    fn = js_function(source, function, "export function")
    scope = dict(values)
    for key, value in values.items():
        scope[f"escapeHtml({key})"] = escape(value, quote=True).replace("&#x27;", "&#39;")
    reason = "input.rejectionReason"
    if reason in values:
        scope[f"escapeHtml({reason}).replace(/\\r?\\n/g, '<br>')"] = scope[
            f"escapeHtml({reason})"
        ].replace("\n", "<br>")
    coordination = re.search(r"const coordination = (.*?);\n", fn, re.S)
    if coordination:
        scope["coordination"] = _ts_value(coordination[1].strip(), scope, flags)
        scope["escapeHtml(coordination)"] = escape(scope["coordination"], quote=True)
    subject = re.search(r"subject: `([^`]*)`", fn)
    parts = {
        m[1]: (m[2], m[3])
        for m in re.finditer(r"(text|html): \[(.*?)\]\.join\('((?:\\n)+)'\)", fn, re.S)
    }
    if not subject or set(parts) != {"text", "html"}:
        raise ValueError(f"{function}: no subject, text or html")
    joined = {
        k: v[1].replace("\\n", "\n").join(_ts_value(i, scope, flags) for i in _ts_items(v[0]))
        for k, v in parts.items()
    }
    return fill_js(subject[1], scope), joined["text"], joined["html"]


def tisnet(snap: Snapshot) -> Iterator[Spec]:
    """TISNET's mail to an applicant (a Peruvian software company's recruiting back end): the
    interview assigned, with a scheduling link and without, and the refusal with the reason
    the recruiter gives; text and HTML, as the Resend provider sends both."""
    unit = "tisnet/es"
    source = snap.read(TISNET, TISNET_READ_AT, TISNET_SOURCE_PATH)
    url = blob_url(TISNET, TISNET_READ_AT, TISNET_SOURCE_PATH)
    for n, (function, flags, category) in enumerate(TISNET_MAILS):
        f = fill_for(unit, function, "es", n)
        values = {
            **TISNET_VALUES,
            "input.candidateName": OWNER[0],
            "input.requestedRole": f.role,
            "input.interviewerName": f.person,
        }
        subject, text, html = _tisnet_mail(source, function, values, flags)
        yield _html_only(
            unit,
            url,
            category,
            subject=subject,
            html=f"<html><body>{html}</body></html>",
            company=TISNET_COMPANY,
            role=f.role,
            labels_on_rejection=True,
            sender=TISNET_SENDER,
            noreply=False,
            text=text,
        )
