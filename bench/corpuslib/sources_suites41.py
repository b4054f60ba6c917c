"""Recipes for session 35's sources41 (issue 11): a Tunisian accounting firm's own recruitment
mail in French, an Italian nursery-school cooperative's answers to teachers who applied.

RM Consulting (zribiislem/rm-consulting, the site and internal admin portal of RM Consulting,
"Expertise Comptable & Audit", www.rm-consulting.tn; Express with nodemailer): the mails its HR
sends each job applicant from ``server/src/services/email.ts``, HTML only, from "RM Consulting
Recrutement": the refusal ("nous avons le regret de vous informer que nous ne pouvons pas donner
suite à votre candidature à ce poste"), the receipt, the interview invitation, the acceptance.
The firm names itself in the subject and the signature.

Kidville (erricoluigi17/kidville-web, the app of three nursery schools run by the cooperative
"La Favola"; Next.js, mail through Resend): the answer the school office sends a teacher who
applied (``candidature-insegnanti``), signed "La Segreteria di <plesso>": the refusal ("Per
questa posizione la scelta è caduta su un altro profilo"), with and without the applicant's
name, and the application's receipt. Their text parts (``testo``), as ``sendEmailDetailed`` gets
them beside the HTML.

Evolvify (maryem444/evolvify-web, the HR web app of Evolvify, a company's recruitment and staff
portal; Symfony): the two mails ``EntretiensController`` sends a candidate after the interview,
HTML only under "Votre entretien": the refusal ("suite à votre entretien chez Evolvify, nous
avons décidé de ne pas donner suite à votre candidature pour le poste"), signed "L'équipe RH
d'Evolvify", and the acceptance."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_suites14 import _php_string
from .sources_suites32 import _html_only, _ts_items, _ts_value
from .sources_trackers import _spec
from .templating import js_function

FIRST, LAST = OWNER[0].split()

RMC = "zribiislem/rm-consulting"
RMC_COMMIT = "672f1b8d88efffbd9c13f699e114797edbb6463e"
RMC_PATH = "server/src/services/email.ts"
RMC_COMPANY = "RM Consulting"
# (function, flags of its conditions, category, variants): the applicant's mails; the admin's
# alert and the login codes are left out.
RMC_MAILS: list[tuple[str, dict[str, bool], str, int]] = [
    ("sendApplicationRejected", {}, "rejection", 2),
    ("sendJobConfirmation", {"position": True}, "acknowledgement", 1),
    (
        "sendInterviewInvitation",
        {"data.type === 'presentiel'": True, "data.notes": False},
        "interview_invitation",
        1,
    ),
    ("sendApplicationAccepted", {"hasStart": False}, "offer", 1),
]
# Ours: the mailbox ``SMTP_USER`` names (the site's domain is the footer's), the year the footer
# prints, the interview's details.
RMC_ADDR = "recrutement@rm-consulting.tn"
RMC_YEAR = "2026"
RMC_INTERVIEW = {"date": "mardi 14 avril 2026", "time": "10:30 AM", "type": "Présentiel"}
RMC_LOCATION = "Immeuble Carthage Center, Les Berges du Lac, Tunis"


_ESCAPES = {"n": "\n", "t": "\t"}


def _literal_end(source: str, start: int) -> int:
    """The index of the backtick closing the template literal opened at ``start``, its
    ``${...}`` skipped with any literal nested in them; an unclosed literal raises."""
    i = start + 1
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "`":
            return i
        if source.startswith("${", i):
            i = _expr_end(source, i + 2) + 1
            continue
        i += 1
    raise ValueError("unclosed template literal")


def _quoted_end(source: str, start: int) -> int:
    """The index of the quote closing the template literal or quoted string opened at
    ``start``; an unclosed one raises (IndexError)."""
    if source[start] == "`":
        return _literal_end(source, start)
    i = start + 1
    while source[i] != source[start]:
        i += 2 if source[i] == "\\" else 1
    return i


def _expr_end(source: str, start: int) -> int:
    """The index of the ``}`` closing a ``${`` whose expression starts at ``start`` (braces,
    quoted strings and nested template literals kept whole)."""
    depth, i = 0, start
    while i < len(source):
        c = source[i]
        if c in "`'\"":
            i = _quoted_end(source, i)
        elif c == "{":
            depth += 1
        elif c == "}":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    raise ValueError("unclosed ${")


def _top_level(expr: str, chars: str) -> int:
    """The index of the first of ``chars`` in ``expr`` outside brackets, quotes and literals;
    -1 when there is none."""
    depth, i = 0, 0
    while i < len(expr):
        c = expr[i]
        if c in "`'\"":
            i = _quoted_end(expr, i)
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c in chars and depth == 0:
            return i
        i += 1
    return -1


def _ts_eval(expr: str, values: Mapping[str, str], flags: Mapping[str, bool]) -> str:
    """A ``${...}`` expression: its exact text in ``values``, a template literal or quoted
    string, or ``cond ? a : b`` with ``cond``'s exact text in ``flags``; anything else raises."""
    expr = expr.strip()
    if expr in values:
        return values[expr]
    q = _top_level(expr, "?")
    if q > 0:
        cond = expr[:q].strip()
        rest = expr[q + 1 :]
        colon = _top_level(rest, ":")
        if cond not in flags or colon < 0:
            raise ValueError(f"a condition not decided: {cond!r}")
        return _ts_eval(rest[:colon] if flags[cond] else rest[colon + 1 :], values, flags)
    if expr.startswith("`") and _literal_end(expr, 0) == len(expr) - 1:
        return _ts_render(expr[1:-1], values, flags)
    if len(expr) > 1 and expr[0] == expr[-1] and expr[0] in "'\"":
        return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[1]), expr[1:-1])
    raise ValueError(f"an expression not read: {expr[:60]!r}")


def _ts_render(body: str, values: Mapping[str, str], flags: Mapping[str, bool]) -> str:
    """A template literal's body with each ``${...}`` evaluated by ``_ts_eval`` and the escapes
    ``\\'`` and ``\\``` resolved."""
    out, i = [], 0
    while i < len(body):
        if body.startswith("${", i):
            end = _expr_end(body, i + 2)
            out.append(_ts_eval(body[i + 2 : end], values, flags))
            i = end + 1
        elif body[i] == "\\":
            out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def _ts_const(source: str, name: str) -> str:
    """The expression of ``const name = ...`` up to its top-level ``;`` or line end (a
    ternary's continuation lines kept); missing raises."""
    m = re.search(rf"\bconst {name} = ", source)
    if not m:
        raise ValueError(f"no const {name}")
    rest = source[m.end() :]
    end = _top_level(rest, ";\n")
    while end >= 0 and rest[end] == "\n" and re.match(r"\s*[?:]", rest[end + 1 :]):
        more = _top_level(rest[end + 1 :], ";\n")
        end = more + end + 1 if more >= 0 else -1
    if end < 0:
        raise ValueError(f"const {name} not closed")
    return source[m.end() : m.end() + end]


def _rmc_mail(
    source: str, function: str, values: dict[str, str], flags: Mapping[str, bool]
) -> tuple[str, str, str]:
    """(sender name, subject, HTML) of one ``sendMail`` call, its template literals rendered
    with the module's ``tplHeader`` / ``tplFooter`` and the function's ``rows`` / ``startRows``
    consts where it has them; ``esc(x)`` is HTML-escaped as the module's ``esc``."""
    fn = js_function(source, function, "export async function")
    scope = dict(values)
    for key, value in values.items():
        scope[f"esc({key})"] = html_lib.escape(value, quote=True).replace("&#x27;", "&#39;")
    for name in ("tplHeader", "tplFooter"):
        scope[name] = _ts_eval(_ts_const(source, name), scope, flags)
    for name in ("rows", "startRows"):
        if re.search(rf"\bconst {name} = ", fn):
            scope[name] = _ts_eval(_ts_const(fn, name), scope, flags)
    sender = re.search(r'from: `"([^"]+)" <\$\{process\.env\.SMTP_USER\}>`', fn)
    subject = re.search(r"\bsubject: ('[^']*'|`[^`]*`)", fn)
    html = re.search(r"\bhtml: `", fn)
    if not sender or not subject or not html:
        raise ValueError(f"{function}: no from, subject or html")
    body = fn[html.end() - 1 : _literal_end(fn, html.end() - 1) + 1]
    return sender[1], _ts_eval(subject[1], scope, flags), _ts_eval(body, scope, flags)


def rmc(snap: Snapshot) -> Iterator[Spec]:
    """The applicant's mails as ``sendMail`` sends them (HTML only), from ``SMTP_USER``."""
    unit = "rmc/fr"
    source = snap.read(RMC, RMC_COMMIT, RMC_PATH)
    url = blob_url(RMC, RMC_COMMIT, RMC_PATH)
    n = 0
    for function, flags, category, variants in RMC_MAILS:
        for _ in range(variants):
            f = fill_for(unit, function, "fr", n)
            values = {
                "firstName": FIRST,
                "data.firstName": FIRST,
                "data.lastName": LAST,
                "position": f.role,
                "data.position": f.role,
                "new Date().getFullYear()": RMC_YEAR,
                "formattedDate": RMC_INTERVIEW["date"],
                "formatTimeAmPm(data.time)": RMC_INTERVIEW["time"],
                "typeLabel": RMC_INTERVIEW["type"],
                "data.location || 'Non spécifié'": RMC_LOCATION,
            }
            name, subject, html = _rmc_mail(source, function, values, flags)
            yield _html_only(
                unit,
                url,
                category,
                html_lib.unescape(subject),
                html,
                RMC_COMPANY,
                f.role,
                (name, RMC_ADDR),
                noreply=False,
                labels_on_rejection=True,
            )
            n += 1


KIDVILLE = "erricoluigi17/kidville-web"
KIDVILLE_COMMIT = "616dc0b7febc0d98b46be181bb917b996db45c3d"
KIDVILLE_DIR = "src/lib/email/messaggi"
KIDVILLE_FOOTER_PATH = "src/lib/email/componenti.ts"
KIDVILLE_SEND_PATH = "src/lib/email/send.ts"
# (message module, its function, whether the applicant's name is known, category).
KIDVILLE_MAILS: list[tuple[str, str, bool, str]] = [
    ("esito-candidatura", "messaggioEsitoCandidatura", True, "rejection"),
    ("esito-candidatura", "messaggioEsitoCandidatura", False, "rejection"),
    ("esito-candidatura", "messaggioEsitoCandidatura", True, "rejection"),
    ("conferma-candidatura", "messaggioConfermaCandidatura", True, "acknowledgement"),
]
# Ours: the schools' details (the three plessi the code names; their addresses, phones and
# mailboxes are not in the repository), the privacy page under the app's default URL, the date,
# the roles, the answer's delay.
KIDVILLE_SEDI = (
    (
        "Kidville Giugliano",
        "Via Aniello Palumbo 12, 80014 Giugliano in Campania (NA)",
        "081 8951234",
    ),
    ("Kidville Aversa", "Via Roma 88, 81031 Aversa (CE)", "081 5034127"),
    ("Kidville Cesa", "Via Filippo Turati 2, 81030 Cesa (CE)", None),
)
KIDVILLE_PRIVACY = "https://app.kidville.it/privacy"
KIDVILLE_ROLES = ("Insegnante di sezione", "Educatrice nido", "Insegnante di sostegno")
KIDVILLE_DATE = "3 settembre 2026, 10:42"
KIDVILLE_DAYS = "15"
# The receipt's rows: the spread the reader knows (each row as ``righe.map`` pads it).
KIDVILLE_ROWS = "...righe.map((r) => `  ${(r.etichetta + ':').padEnd(14)}${r.valore}`)"


def _kidville_footer(source: str, sede: tuple[str, str, str | None], motivo: str) -> str:
    """``piedeTesto(sede, motivo)`` as the function composes it: ``--``, the school, its
    address, its phone and mailbox, the cooperative's line it pushes, the privacy page, then the
    reason for the message; a function whose cooperative line is gone raises."""
    fn = js_function(source, "piedeTesto", "export function")
    coop = re.search(r"righe\.push\('((?:[^'\\]|\\.)*)'\)", fn)
    if not coop:
        raise ValueError("piedeTesto: no fixed line")
    name, address, phone = sede
    lines = ["--", name, address]
    mailbox = f"segreteria.{name.split()[-1].lower()}@kidville.it"
    lines.append(" · ".join(([f"Tel. {phone}"] if phone else []) + [mailbox]))
    lines.append(re.sub(r"\\(.)", r"\1", coop[1]))
    lines.append(f"Informativa privacy: {KIDVILLE_PRIVACY}")
    return "\n".join(lines) + f"\n\n{motivo}\n"


def _kidville_text(
    source: str, footer: str, values: dict[str, str], named: bool, rows: list[tuple[str, str]]
) -> tuple[str, str]:
    """(subject, text) of one message module: its ``OGGETTO_*`` constant and its ``testo``
    array joined with newlines, the consts ``saluto`` and ``motivo`` as the code builds them
    (``d.nome`` present or not), ``intestazioneTesto`` upper-casing title and school."""
    subject = re.search(r"export const OGGETTO_\w+ = '([^']*)'", source)
    array = re.search(r"testo: \[(.*?)\]\.join\('\\n'\)", source, re.S)
    if not subject or not array:
        raise ValueError("no OGGETTO_ or testo")
    scope = dict(values)
    flags = {"d.nome": named}
    scope["saluto"] = _ts_eval(_ts_const(source, "saluto"), scope, flags)
    scope["motivo"] = _ts_eval(_ts_const(source, "motivo"), scope, flags)
    lines = []
    for item in _ts_items(array[1]):
        head = re.fullmatch(r"intestazioneTesto\('([^']*)', sede\)", item)
        if head:
            lines.append(f"{head[1].upper()} — {values['sede.nome'].upper()}")
        elif item == "piedeTesto(sede, motivo)":
            lines.append(
                _kidville_footer(footer, SEDE_BY_NAME[values["sede.nome"]], scope["motivo"])
            )
        elif item == KIDVILLE_ROWS:
            lines.extend(f"  {(label + ':').ljust(14)}{value}" for label, value in rows)
        else:
            lines.append(_ts_value(item, scope, {}))
    return subject[1], "\n".join(lines)


SEDE_BY_NAME = {s[0]: s for s in KIDVILLE_SEDI}


def kidville(snap: Snapshot) -> Iterator[Spec]:
    """The teacher applicant's mails as the route sends them, text part only (the HTML is the
    same words in the school's letterhead), from ``send.ts``'s default sender."""
    unit = "kidville/it"
    footer = snap.read(KIDVILLE, KIDVILLE_COMMIT, KIDVILLE_FOOTER_PATH)
    sender = re.search(
        r"const DEFAULT_FROM = '([^'<]+?) <([^>]+)>'",
        snap.read(KIDVILLE, KIDVILLE_COMMIT, KIDVILLE_SEND_PATH),
    )
    if not sender:
        raise ValueError("no DEFAULT_FROM")
    for n, (module, function, named, category) in enumerate(KIDVILLE_MAILS):
        path = f"{KIDVILLE_DIR}/{module}.ts"
        source = snap.read(KIDVILLE, KIDVILLE_COMMIT, path)
        if f"export function {function}(" not in source:
            raise ValueError(f"no {function}")
        sede = KIDVILLE_SEDI[n % len(KIDVILLE_SEDI)]
        role = KIDVILLE_ROLES[n % len(KIDVILLE_ROLES)]
        values = {
            "sede.nome": sede[0],
            "d.nome": FIRST,
            "doveSonoAndata": sede[0],
            "sede.privacy": KIDVILLE_PRIVACY,
            "d.giorniRisposta": KIDVILLE_DAYS,
            "d.inviataIl": KIDVILLE_DATE,
        }
        rows = [
            ("Inviata il", KIDVILLE_DATE),
            ("Sede", sede[0]),
            ("Ruolo", role),
            ("Allegati", "curriculum"),
        ]
        subject, text = _kidville_text(source, footer, values, named, rows)
        yield _spec(
            unit,
            blob_url(KIDVILLE, KIDVILLE_COMMIT, path),
            category,
            subject=subject,
            text=text.strip() + "\n",
            company=sede[0],
            role="n/a",
            labels_on_rejection=True,
            sender=(sender[1], sender[2]),
            noreply=False,
            # hard-wrapped once, a refusal (the receipt's rows are aligned columns)
            fmt="wrapped" if n == 1 else "plain",
        )


EVOLVIFY = "maryem444/evolvify-web"
EVOLVIFY_COMMIT = "e2b022cc9395fe3efc96041a203751a5f4ec9a85"
EVOLVIFY_PATH = "src/Controller/EntretiensController.php"
EVOLVIFY_COMPANY = "Evolvify"
# (controller action, category, stage, variants): the refusal after the interview, the
# acceptance.
EVOLVIFY_MAILS = [
    ("refuserEntretien", "rejection", "interview", 2),
    ("accepterEntretien", "offer", "n/a", 1),
]
# Ours: the sender (the code's is a developer's mailbox, without a display name).
EVOLVIFY_SENDER = ("Evolvify RH", "rh@evolvify.example.tn")
_PHP_LITERAL = r"('(?:[^'\\]|\\.)*')"


def _symfony_email(source: str, action: str) -> tuple[str, str]:
    """(subject, HTML) of the ``(new Email())`` an action builds: its ``->subject('...')`` and
    ``->html('...')`` single-quoted literals; an action without them raises."""
    m = re.search(rf"public function {action}\(.*?(?=\n    public function |\Z)", source, re.S)
    if not m:
        raise ValueError(f"no action {action}")
    subject = re.search(rf"->subject\({_PHP_LITERAL}\)", m[0])
    html = re.search(rf"->html\({_PHP_LITERAL}\)", m[0], re.S)
    if not subject or not html:
        raise ValueError(f"{action}: no subject or html literal")
    return _php_string(subject[1]), _php_string(html[1])


def evolvify(snap: Snapshot) -> Iterator[Spec]:
    """The candidate's mails after the interview as Symfony Mailer sends an ``Email`` with
    ``html()`` alone, the refusal a second time with a text part (as a mail client shows it);
    the job is not named (the mail says "le poste")."""
    unit = "evolvify/fr"
    source = snap.read(EVOLVIFY, EVOLVIFY_COMMIT, EVOLVIFY_PATH)
    url = blob_url(EVOLVIFY, EVOLVIFY_COMMIT, EVOLVIFY_PATH)
    for action, category, stage, variants in EVOLVIFY_MAILS:
        subject, html = _symfony_email(source, action)
        html = "\n".join(line.strip() for line in html.strip().splitlines())
        for n in range(variants):
            yield _spec(
                unit,
                url,
                category,
                stage,
                subject=subject,
                text=html_to_text(html),
                html=html,
                company=EVOLVIFY_COMPANY,
                role="n/a",
                labels_on_rejection=True,
                sender=EVOLVIFY_SENDER,
                noreply=False,
                fmt=("html_only", "html")[n],
            )
