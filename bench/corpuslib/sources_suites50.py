"""Recipes for session 38's sources50 (issue 11): German, Italian and Portuguese mail from a
German student consultancy's intranet, an Angolan sales platform's referral programme, a
Brazilian job board's employer registration, an Italian school's HR screening tool, an
Italian model agency (no-job refusals and their look-alikes, an interview call, a receipt)
a Brazilian recruitment system's mails (a job refusal in the form of a closed process) and
an Italian gaming service's answers to staff applications.

IBC (tlehmann6300/offer, the intranet of the IBC, a German student consultancy association
(``business-consulting.de``); PHP, PHPMailer, ``src/MailService.php``): the mails
``sendProjectApplicationStatus`` sends a member who applied to staff one of the association's
client projects, refused ("Leider müssen wir dir mitteilen, dass wir uns diesmal für andere
Bewerber entschieden haben", twice: a project each) and accepted (the client's contact data
shown), and ``sendEventConfirmation``'s registration for an event; each body as its builder
concatenates it, in ``getTemplate``'s layout. A place on an association's project team, no
job: the refusal ``not_a_job``, the rest ``other``. Ours: ``BASE_URL``, the sender address
(``SMTP_FROM_NAME``'s default "IBC Intranet" kept), the projects, the client and the event.
Left out: the helper-shift confirmation (an ``.ics`` attachment), the invitation, the alumni
reminder, the address change.

Kambafy (suportekambafy-lab/kambafyofficial-40, Kambafy, an Angolan platform for selling
digital products; Supabase edge function ``send-referral-program-email``, Resend, from
``noreply@kambafy.com``): a seller's application to the "Indique e Ganhe" referral programme
received, approved (the referral code and link) and refused ("Após análise, infelizmente sua
candidatura não foi aprovada neste momento", twice: with the admin's reason, ours, and
without). A commission programme, no job: the refusals ``not_a_job``, the rest ``other``.

VagasOeste (allanonica-pixel/vagasoeste, a job board of Santarém, Pará; Node API,
``services/api/src/templates/company-emails.ts`` in ``_layout.ts``'s layout, from the
``SMTP_FROM_*`` defaults "VagasOeste" <noreply@santarem.app>): the mails to an employer whose
pre-registration the team checks: activate it, approved (two jobs published), refused ("após
análise, ele não foi aprovado neste momento" with the team's reason, twice: two reasons,
ours). An employer's account, no job: the refusals ``not_a_job``, the rest ``other``. Ours:
``APP_URL``, the company, its contact and CNPJ. Left out: the candidates' news (WhatsApp
messages, no mail).

Leone (LmsPro00/HRAPP, the HR screening tool of Leone Master School, an Italian real-estate
school; Next.js, nodemailer): the default template ``createDefaultEmailTemplate`` seeds, the
invitation to book an interview for the default position "Appointment Setter" once the
pre-screening passed, its ``{{placeholders}}`` replaced as ``replacePlaceholders`` does;
``interview_invitation``. Ours: the Calendly link and the address (``SMTP_USER``); the sender
name is ``EMAIL_FROM_NAME``'s default.

Velgance (Cubent/velgance, Velgance Agency, an Italian model agency's site; Resend, from
``noreply@velgance.com``): the receipt a model applicant gets ("La tua candidatura è stata
ricevuta con successo"); ``acknowledgement``. Left out: the notice to the agency.

G5 (carloswagner1/Recrutamento_e_Selecao, a recruitment and selection system built as a
Fatec Sorocaba graduation project from a real company's requirements, under the stand-in
name "G5 Tech"; Spring, ``EmailService.java``, plain text from ``g5tech.fatec@gmail.com``):
the mail every applicant gets (in Bcc, the company's address in To) when the recruiter
closes a process ("O processo seletivo para o cargo: X foi encerrado. Desejamos sorte nas
suas próximas tentativas": a refusal in all but name, stage ``unknown``; twice, a position
each), the test made available (``assessment``) and the interview scheduled
(``interview_invitation``). Ours: the positions, the test's and the interview's details.
Left out: the two password mails.

FireShield (LeonardoPantani/PBC-FireShield, the site of FireShield Cheat Detector, an Italian
anti-cheat service for Minecraft server managers closed in 2018; PHP, PHPMailer, gettext with
Italian msgids, from "FireShield" <info@fireshield.it>): the mails to someone who applied to
join its staff: the receipt ("Stato candidatura": "abbiamo ricevuto la tua candidatura e al
momento è in attesa di essere valutata", ``acknowledgement``) and the notice sent on every
verdict, accepted or rejected ("Aggiornamento sulla tua candidatura": "la tua candidatura è
stata valutata! Clicca qui per visualizzarla", ``other``: the verdict is only behind the
link). Ours: the application's token. Left out: the newsletter, tickets, sign-up and OTP
mails."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, spec
from .snapshot import Snapshot, blob_url
from .sources_suites19 import fill_ts, ts_literal
from .sources_suites25 import _php_method, _php_split, _php_value
from .sources_suites29 import _java_concat, _java_method
from .sources_suites35 import _text_part
from .sources_suites48 import _php_e

FIRST, LAST = OWNER[0].split()


def _page(
    unit: str, url: str, category: str, subject: str, html: str, sender: tuple[str, str]
) -> Spec:
    """A whole HTML page sent alone (no text part), naming neither employer nor role; the
    sender's address says whether it is a no-reply one."""
    return spec(
        unit,
        url,
        category,
        subject=subject,
        text=_text_part(html),
        html=html,
        company="n/a",
        role="n/a",
        sender=sender,
        noreply=sender[1].startswith("noreply@"),
        fmt="html_only",
    )


IBC = "tlehmann6300/offer"
IBC_COMMIT = "90ecce9c35eb054909c026cc21048cb669e7cf68"
IBC_PATH = "src/MailService.php"
# Ours: ``BASE_URL`` and ``SMTP_FROM_EMAIL`` (``.env`` values), the year of ``date('Y')``.
IBC_URL = "https://intranet.business-consulting.de"
IBC_SENDER = ("IBC Intranet", "intranet@business-consulting.de")
IBC_YEAR = "2025"
IBC_PROJECTS = ("Marktanalyse E-Mobilität für Stadtwerke", "Prozessaufnahme im Lager")
IBC_CLIENT = ("Stadtwerke Neustadt GmbH", "Frau Keller, Tel. 06321 855-120")
IBC_EVENT = {
    "$event['title']": "Sommerfest 2025",
    "$when": "05.07.2025 18:00 - 23:00",
    "$event['location']": "Schlossgarten, Raum S 104",
    "$event['contact_person']": "Vorstand Intern",
    "$event['description']": "Grillen, Musik und Rückblick auf das Semester.\nBitte bringt "
    "gute Laune mit!",
}
# Locals a builder computes from dates (given above as ``$when``): their statements skipped.
IBC_GIVEN = ("$start", "$end", "$when")


class _PhpValues(Mapping[str, str]):
    """The value of a PHP expression of ``MailService``: a variable or array item given,
    ``htmlspecialchars(x)`` (``x`` escaped as PHP 8 does), ``nl2br(x)``, ``intval(x)``,
    ``BASE_URL``, ``date('Y')``, ``($x ? 'a' . $x . 'b' : '')`` (``$x`` set or not);
    anything else is missing (so ``_php_value`` raises)."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def _get(self, expr: str) -> str | None:
        if expr in self.values:
            return self.values[expr]
        call = re.fullmatch(r"(htmlspecialchars|nl2br|intval)\((.*)\)", expr, re.S)
        if call:
            inner = self._get(call.group(2))
            if inner is None:
                return None
            return {
                "htmlspecialchars": _php_e,
                "nl2br": lambda s: s.replace("\n", "<br />\n"),
                "intval": lambda s: str(int(s)),
            }[call.group(1)](inner)
        if expr == "BASE_URL":
            return IBC_URL
        if expr == "date('Y')":
            return IBC_YEAR
        cond = re.fullmatch(r"\((\$\w+) \? (.*) : ''\)", expr, re.S)
        if cond and cond.group(1) in self.values:
            return _php_value(cond.group(2), self) if self.values[cond.group(1)] else ""
        return None

    def __contains__(self, expr: object) -> bool:
        return isinstance(expr, str) and self._get(expr) is not None

    def __getitem__(self, expr: str) -> str:
        value = self._get(expr)
        if value is None:
            raise KeyError(expr)
        return value

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


def _ibc_run(method: str, values: dict[str, str], flags: Mapping[str, bool]) -> str:
    """Run a ``MailService`` builder: its ``$x = ...;`` / ``$x .= ...;`` statements in order
    (``if (cond) {`` / ``} else {`` blocks kept or cut by ``flags``, an unknown condition
    raises; locals of ``IBC_GIVEN`` skipped), ``values`` growing with each variable; the
    value of its ``return self::getTemplate(...)`` or ``return $x``, the template's
    arguments in ``values`` as ``$title``, ``$bodyContent``, ``$callToAction``."""
    body = re.sub(r"(?m)^\s*//.*$", "", method)
    stack: list[bool] = []
    for raw in _php_split(body, ";"):
        stmt = raw.strip()
        while True:
            if stmt.startswith("} else {"):
                stack[-1] = not stack[-1]
                stmt = stmt[len("} else {") :].strip()
            elif stmt.startswith("}"):
                stack.pop()
                stmt = stmt[1:].strip()
            elif stmt.startswith("if ("):
                m = re.match(r"if \((.*?)\) \{", stmt, re.S)
                if m is None or m.group(1) not in flags:
                    raise ValueError(f"unknown condition in {stmt[:60]!r}")
                stack.append(flags[m.group(1)])
                stmt = stmt[m.end() :].strip()
            else:
                break
        if not stmt or not all(stack):
            continue
        assign = re.fullmatch(r"(\$\w+) (\.?=) (.*)", stmt, re.S)
        if assign:
            name, op, expr = assign.groups()
            if name in IBC_GIVEN:
                continue
            value = _php_value(expr, _PhpValues(values))
            values[name] = values[name] + value if op == ".=" else value
            continue
        ret = re.fullmatch(r"return self::getTemplate\((.*)\)", stmt, re.S)
        if ret:
            title, content, cta = _php_split(ret.group(1), ",")
            return _ibc_template(
                _php_value(title, _PhpValues(values)),
                _php_value(content, _PhpValues(values)),
                _php_value(cta, _PhpValues(values)),
                values["source"],
            )
        if stmt.startswith("return "):
            return _php_value(stmt[len("return ") :], _PhpValues(values))
        raise ValueError(f"cannot run {stmt[:60]!r}")
    raise ValueError("no return")


def _ibc_template(title: str, content: str, cta: str, source: str) -> str:
    """``getTemplate($title, $bodyContent, $callToAction)``."""
    values = {"$title": title, "$bodyContent": content, "$callToAction": cta, "source": source}
    return _ibc_run(_php_method(source, "getTemplate"), values, {})


def _ibc_subject(source: str, method: str, values: dict[str, str], marker: str) -> str:
    """The ``$subject = ...;`` of ``method`` that follows ``marker`` (a status branch)."""
    body = _php_method(source, method)
    m = re.search(r"\$subject = (.*?);\n", body[body.index(marker) :])
    if m is None:
        raise ValueError(f"{method}: no subject")
    return _php_value(m.group(1), _PhpValues(values))


def ibc(snap: Snapshot) -> Iterator[Spec]:
    """The project refusal (twice), the project acceptance and the event registration, each
    builder run on its values, ``getTemplate``'s page; HTML only, as PHPMailer sends a body
    with ``isHTML(true)`` and no ``AltBody``."""
    unit = "ibc/de"
    source = snap.read(IBC, IBC_COMMIT, IBC_PATH)
    mails: list[tuple[str, str, dict[str, str], dict[str, bool], str]] = []
    for title in IBC_PROJECTS:
        values = {"$projectTitle": title}
        mails.append(("buildProjectApplicationRejectedBody", "not_a_job", values, {}, "rejected"))
    client_name, client_contact = IBC_CLIENT
    accepted = {
        "$projectTitle": IBC_PROJECTS[0],
        "$projectId": "42",
        "$clientData['name'] ?? 'N/A'": client_name,
        "$clientData['contact'] ?? 'N/A'": client_contact,
    }
    mails.append(
        (
            "buildProjectApplicationAcceptedBody",
            "other",
            accepted,
            {"$clientData !== null && is_array($clientData)": True},
            "accepted",
        )
    )
    event = {"$userName": OWNER[0], **IBC_EVENT}
    event_flags = {
        "$start->format('Y-m-d') === $end->format('Y-m-d')": True,
        "!empty($event['location'])": True,
        "!empty($event['contact_person'])": True,
        "!empty($event['description'])": True,
    }
    mails.append(("buildEventConfirmationBody", "other", event, event_flags, ""))
    for builder, category, values, flags, status in mails:
        html = _ibc_run(_php_method(source, builder), {**values, "source": source}, flags)
        if status:
            subject = _ibc_subject(
                source, "sendProjectApplicationStatus", values, f"$status === '{status}'"
            )
        else:
            subject = _ibc_subject(source, "sendEventConfirmation", values, "{")
        yield _page(
            unit,
            blob_url(IBC, IBC_COMMIT, IBC_PATH),
            category,
            subject,
            html,
            IBC_SENDER,
        )


KAMBAFY = "suportekambafy-lab/kambafyofficial-40"
KAMBAFY_COMMIT = "d0d2ae2d86159ac2fc7e7dd4864e2bc35f5b034f"
KAMBAFY_PATH = "supabase/functions/send-referral-program-email/index.ts"
# (type, category, reward option, rejection reason): the reason is ours (the admin's text).
KAMBAFY_MAILS: tuple[tuple[str, str, str, str], ...] = (
    ("application_submitted", "other", "long_term", ""),
    ("application_approved", "other", "short_term", ""),
    ("application_rejected", "not_a_job", "", "Ainda não tem vendas suficientes na plataforma."),
    ("application_rejected", "not_a_job", "", ""),
)
KAMBAFY_CODE = "KMB-7Q4X2"  # ours: the code the admin generates


def _ts_choices(literal: str, values: dict[str, str]) -> dict[str, str]:
    """``values`` with the literal's ``${name === 'x' ? 'a' : 'b'}`` expressions evaluated."""
    found = dict(values)
    for expr, name, case, yes, no in re.findall(
        r"\$\{((\w+) === '(\w+)' \? '([^']*)' : '([^']*)')\}", literal
    ):
        found[expr] = yes if values.get(name) == case else no
    return found


def _fill_kambafy(literal: str, values: dict[str, str]) -> str:
    """``fill_ts`` on a literal whose conditional parts end in ``: ''`` (read as ``: ""``)."""
    literal = re.sub(r"` : ''\}", '` : ""}', literal)
    return fill_ts(literal, _ts_choices(literal, values))


def _kambafy_branch(source: str, kind: str) -> str:
    """The source of the ``if``/``else if`` branch for ``type === 'kind'``."""
    at = source.index(f"type === '{kind}'")
    end = source.find("} else if (type ===", at)
    return source[at : end if end != -1 else source.index("console.log('📧", at)]


def kambafy(snap: Snapshot) -> Iterator[Spec]:
    """Each branch's subject and HTML literal filled; HTML only, as Resend sends ``html``."""
    unit = "kambafy/pt"
    source = snap.read(KAMBAFY, KAMBAFY_COMMIT, KAMBAFY_PATH)
    sender = re.search(r'from: "([^"<]+) <([^>]+)>"', source)
    if sender is None:
        raise ValueError("no sender")
    styles = ts_literal(source, "const baseStyles = ")
    for kind, category, reward, reason in KAMBAFY_MAILS:
        branch = _kambafy_branch(source, kind)
        subject = re.search(r"subject = '([^']*)'", branch)
        if subject is None:
            raise ValueError(f"{kind}: no subject")
        values = {
            "baseStyles": styles,
            "userName": OWNER[0],
            "rewardOption": reward,
            "rejectionReason": reason,
            "referralCode": KAMBAFY_CODE,
        }
        if "const referralLink" in branch:
            values["referralLink"] = _fill_kambafy(ts_literal(branch, "const referralLink"), values)
            commission = re.search(
                r"commissionText = rewardOption === 'long_term'\s*\?\s*'([^']*)'\s*:\s*'([^']*)'",
                branch,
            )
            if commission is None:
                raise ValueError("no commission text")
            values["commissionText"] = commission.group(1 if reward == "long_term" else 2)
        html = _fill_kambafy(ts_literal(branch, "htmlContent = "), values)
        yield _page(
            unit,
            blob_url(KAMBAFY, KAMBAFY_COMMIT, KAMBAFY_PATH),
            category,
            subject.group(1),
            html,
            (sender.group(1).strip(), sender.group(2)),
        )


VAGAS = "allanonica-pixel/vagasoeste"
VAGAS_COMMIT = "2883b814dd54d11182a2fdfe2c305e56fbe33fb7"
VAGAS_DIR = "services/api/src/templates"
VAGAS_EMAIL = "services/api/src/lib/email.ts"
# (builder, category, the team's reason for a refusal: ours).
VAGAS_MAILS: tuple[tuple[str, str, str], ...] = (
    ("buildCompanyActivationEmail", "other", ""),
    ("buildCompanyApprovedEmail", "other", ""),
    (
        "buildCompanyRejectedEmail",
        "not_a_job",
        "O CNPJ informado não corresponde à razão social cadastrada.",
    ),
    (
        "buildCompanyRejectedEmail",
        "not_a_job",
        "Não conseguimos confirmar que a empresa atua na região Oeste do Pará.",
    ),
)
# Ours: ``APP_URL`` and the company; ``SITE_URL``'s default is the code's.
VAGAS_APP = "https://painel.santarem.app"
VAGAS_COMPANY = {
    "contactName": OWNER[0],
    "companyName": "Açaí do Tapajós Ltda",
    "cnpj": "12.345.678/0001-90",
}
VAGAS_YEAR = "2026"


def _ts_strings(expr: str, values: dict[str, str]) -> str:
    """A concatenation of template literals and quoted strings (``a +\\n b``), filled."""
    out = []
    for lit, sq in re.findall(r"`((?:[^`\\]|\\.)*)`|'((?:[^'\\]|\\.)*)'", expr):
        out.append(fill_ts(lit, values) if lit else sq)
    if re.sub(r"`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|\+|\s", "", expr):
        raise ValueError(f"cannot read {expr[:60]!r}")
    return "".join(out)


def _vagas_layout(layout: str) -> dict[str, str]:
    """``_layout.ts``'s pieces: the font stack, the paragraph's two margins, the paragraph,
    brand text, button and page literals."""
    font = re.search(r'const FONT_STACK = "([^"]*)";', layout)
    margins = re.search(r"isLast \? '([^']*)' : '([^']*)'", layout)
    if font is None or margins is None:
        raise ValueError("no font stack or margins")
    return {
        "FONT_STACK": font.group(1),
        "last": margins.group(1),
        "other": margins.group(2),
        "p": ts_literal(layout, "export function bodyParagraph"),
        "brand": ts_literal(layout, "export function brandText"),
        "cta": ts_literal(layout, "const ctaHtml = cta"),
        "page": ts_literal(layout, "return `<!DOCTYPE html>"),
    }


def _vagas_html(snap: Snapshot, builder: str, reason: str) -> tuple[str, str]:
    """(subject, page) of a ``company-emails.ts`` builder run on our company."""
    layout = _vagas_layout(snap.read(VAGAS, VAGAS_COMMIT, f"{VAGAS_DIR}/_layout.ts"))
    source = snap.read(VAGAS, VAGAS_COMMIT, f"{VAGAS_DIR}/company-emails.ts")
    at = source.index(f"export function {builder}(")
    end = source.find("\nexport function ", at + 1)
    fn = source[at : end if end != -1 else len(source)]
    site = "https://santarem.app"
    values = {
        **VAGAS_COMPANY,
        "validityHours": "48",
        "promotedJobsCount": "2",
        "promotedJobsCount > 1 ? 's' : ''": "s",
        "promotedJobsCount > 1 ? 'foram publicadas' : 'foi publicada'": "foram publicadas",
        "siteUrl": site,
        "siteDisplay": site.removeprefix("https://"),
        "motivo": reason,
        "FONT_STACK": layout["FONT_STACK"],
    }
    values["brandText(contactName)"] = fill_ts(layout["brand"], {"html": values["contactName"]})
    values["brandText(companyName)"] = fill_ts(layout["brand"], {"html": values["companyName"]})
    if "const siteLink" in fn:
        values["siteLink"] = fill_ts(ts_literal(fn, "const siteLink"), values)
        values["jobsLine"] = fill_ts(ts_literal(fn, "const jobsLine"), values)
    if "const motivoBlock" in fn:
        values["motivoBlock"] = fill_ts(ts_literal(fn, "const motivoBlock"), values)
    subject = fill_ts(ts_literal(fn, "const subject"), values)
    title = re.search(r"const title\s*= '([^']*)';", fn)
    array = re.search(r"const bodyHtml = \[(.*?)\]\.join\(''\);", fn, re.S)
    cta = re.search(r"cta: \{ label: '([^']*)', href: (\w+)(?:, emoji: '([^']*)')? \}", fn)
    disclaimer = re.search(r"disclaimer:\s*((?:'[^']*'\s*\+?\s*)+)", fn)
    if not (title and array and cta and disclaimer):
        raise ValueError(f"{builder}: cannot read it")
    paragraphs = []
    for item in filter(None, _php_split(array.group(1), ",")):
        call = re.fullmatch(r"bodyParagraph\((.*?)(,\s*true)?,?\s*\)", item, re.S)
        if call is None:
            paragraphs.append(values[item])
            continue
        arg = call.group(1).strip()
        html = values[arg] if arg in values else _ts_strings(arg, values)
        margin = layout["last"] if call.group(2) else layout["other"]
        paragraphs.append(
            fill_ts(
                layout["p"], {"margin": margin, "FONT_STACK": values["FONT_STACK"], "html": html}
            )
        )
    label, href, emoji = cta.groups()
    links = {
        "activationUrl": f"{VAGAS_APP}/ativar?token=8f2c41d7e9",
        "loginUrl": f"{VAGAS_APP}/login",
        "contactSupportUrl": f"{VAGAS_APP}/contato",
    }
    button = fill_ts(
        layout["cta"],
        {
            "cta.href": links[href],
            "cta.emoji ? `${cta.emoji}&nbsp;&nbsp;` : ''": f"{emoji}&nbsp;&nbsp;" if emoji else "",
            "cta.label": label,
            "FONT_STACK": values["FONT_STACK"],
        },
    )
    page = fill_ts(
        layout["page"],
        {
            "title": title.group(1),
            "bodyHtml": "".join(paragraphs),
            "ctaHtml": button,
            "disclaimer": _ts_strings(disclaimer.group(1), values),
            "FONT_STACK": values["FONT_STACK"],
            "new Date().getFullYear()": VAGAS_YEAR,
            "siteUrl": site,
            "siteDisplay": values["siteDisplay"],
        },
    )
    return subject, page


def _vagas_sender(email: str) -> tuple[str, str]:
    """``sendTransactional``'s defaults for ``SMTP_FROM_NAME`` and ``SMTP_FROM_EMAIL``."""
    address = re.search(r"SMTP_FROM_EMAIL \?\? '([^']+)'", email)
    name = re.search(r"SMTP_FROM_NAME\s*\?\? '([^']+)'", email)
    if address is None or name is None:
        raise ValueError("no sender defaults")
    return name.group(1), address.group(1)


def vagasoeste(snap: Snapshot) -> Iterator[Spec]:
    """Each builder's subject and page; HTML only, as ``sendTransactional`` sends ``html``."""
    unit = "vagasoeste/pt"
    sender = _vagas_sender(snap.read(VAGAS, VAGAS_COMMIT, VAGAS_EMAIL))
    for builder, category, reason in VAGAS_MAILS:
        subject, html = _vagas_html(snap, builder, reason)
        yield _page(
            unit,
            blob_url(VAGAS, VAGAS_COMMIT, f"{VAGAS_DIR}/company-emails.ts"),
            category,
            subject,
            html,
            sender,
        )


LEONE = "LmsPro00/HRAPP"
LEONE_COMMIT = "d23ccfcea647b31f500393ba1d9c3f292c0784d4"
LEONE_STORAGE = "src/lib/storage.ts"
LEONE_SERVICE = "src/lib/email-service.ts"
# Ours: ``CALENDLY_LINK`` and ``SMTP_USER`` (environment values), the phone and town.
LEONE_CALENDLY = "https://calendly.com/leonemasterschool-hr/colloquio"
LEONE_ADDRESS = "hr@leonemasterschool.it"


def _leone_placeholders(service: str) -> dict[str, str]:
    """``replacePlaceholders``' ``{{name}}`` -> candidate/position field or literal."""
    found = dict(re.findall(r"\.replace\(/\\\{\\\{(\w+)\\\}\\\}/g, ([^)]+)\)", service))
    if "nome" not in found:
        raise ValueError("no placeholders")
    return found


def leone(snap: Snapshot) -> Iterator[Spec]:
    """The seeded interview invitation, its placeholders filled; HTML only (``html``)."""
    unit = "leone/it"
    storage = snap.read(LEONE, LEONE_COMMIT, LEONE_STORAGE)
    service = snap.read(LEONE, LEONE_COMMIT, LEONE_SERVICE)
    position = re.search(r'name: "([^"]+)",\n\s*description:', storage)
    subject = re.search(r'subject: "([^"]+)"', storage)
    name = re.search(r'EMAIL_FROM_NAME \|\| "([^"]+)"', service)
    if not (position and subject and name):
        raise ValueError("no position, subject or sender name")
    fields = {
        "candidate.nome": OWNER[0],
        "candidate.email": OWNER[1],
        "candidate.telefono": "+39 347 555 0192",
        "candidate.citta": "Milano",
        "position.name": position.group(1),
        "position.calendlyLink": LEONE_CALENDLY,
    }

    def fill(text: str) -> str:
        for key, expr in _leone_placeholders(service).items():
            value = expr[1:-1] if expr[:1] == '"' else fields[expr]
            text = text.replace("{{" + key + "}}", value)
        return text

    html = fill(ts_literal(storage, "body: "))
    yield _page(
        unit,
        blob_url(LEONE, LEONE_COMMIT, LEONE_STORAGE),
        "interview_invitation",
        fill(subject.group(1)),
        html,
        (name.group(1), LEONE_ADDRESS),
    )


VELGANCE = "Cubent/velgance"
VELGANCE_COMMIT = "8edfd88e769707eda3705dcd6a11b65c6be871bf"
VELGANCE_PATH = "apps/web/services/model-application-email.ts"


def velgance(snap: Snapshot) -> Iterator[Spec]:
    """The applicant's confirmation, subject and sender from its ``resend.emails.send``;
    HTML only."""
    unit = "velgance/it"
    source = snap.read(VELGANCE, VELGANCE_COMMIT, VELGANCE_PATH)
    at = source.index("export async function sendModelApplicationConfirmationEmail")
    send = re.search(r"from: '([^'<]+) <([^>]+)>',.*?subject: '([^']+)'", source[at:], re.S)
    if send is None:
        raise ValueError("no sender or subject")
    literal = ts_literal(source, "function generateModelApplicationConfirmationEmailHTML")
    html = fill_ts(literal, {"data.firstName": FIRST})
    yield _page(
        unit,
        blob_url(VELGANCE, VELGANCE_COMMIT, VELGANCE_PATH),
        "acknowledgement",
        send.group(3),
        html,
        (send.group(1).strip(), send.group(2)),
    )


G5 = "carloswagner1/Recrutamento_e_Selecao"
G5_COMMIT = "d68b1017ebd6b5deb09411aaefe6b189ad4b3397"
G5_PATH = "backend/src/main/java/com/g5tech/api/service/EmailService.java"
G5_NAME = "G5 Tech"  # the company's stand-in name the project's mails sign with
# (method, category, stage, the position: ours). ``sendProcessoEncerrado`` goes (in Bcc) to
# everyone who applied when the recruiter deletes the process: their no, stage unknown.
G5_MAILS: tuple[tuple[str, str, str | None, str], ...] = (
    ("sendProcessoEncerrado", "rejection", "unknown", "Analista de Suporte Júnior"),
    ("sendProcessoEncerrado", "rejection", "unknown", "Desenvolvedor Java Pleno"),
    ("sendTeste", "assessment", None, "Analista de Suporte Júnior"),
    ("sendEmailEntrevista", "interview_invitation", None, "Desenvolvedor Java Pleno"),
)
# Ours: the test's and the interview's details (the recruiter's form).
G5_VALUES = {
    "dto.getTema()": "Lógica de programação",
    "dto.getAssunto()": "Estruturas de decisão e repetição",
    "dto.getLink()": "https://forms.gle/7rKqJ2bWc9Xy4T5u8",
    "dto.getDataEntrevista()": "14/06/2022",
    "dto.getHoraEntrevista()": "10:30",
    "dto.getLinkEntrevista()": "https://meet.google.com/xqd-rmtb-kpa",
}


def _java_unconcat(expr: str) -> str:
    """``a.concat(b)`` written as ``a + b`` (``b`` up to its balanced parenthesis)."""
    while ".concat(" in expr:
        at = expr.index(".concat(")
        depth, i, quote = 1, at + len(".concat("), False
        while depth:
            c = expr[i]
            if c == '"' and expr[i - 1] != "\\":
                quote = not quote
            elif not quote:
                depth += {"(": 1, ")": -1}.get(c, 0)
            i += 1
        expr = f"{expr[:at]} + {expr[at + len('.concat(') : i - 1]}{expr[i:]}"
    return expr


def g5(snap: Snapshot) -> Iterator[Spec]:
    """Each ``EmailService`` method's subject and text, plain text as ``SimpleMailMessage``
    sends them; the mails to many go to the company's address, the applicants in Bcc."""
    unit = "g5/pt"
    source = snap.read(G5, G5_COMMIT, G5_PATH)
    address = re.search(r'String EMAIL_G5TECH = "([^"]+)";', source)
    if address is None:
        raise ValueError("no sender address")
    for method, category, stage, role in G5_MAILS:
        body = _java_method(source, method)
        subject = re.search(r"setSubject\((.*?)\);\n", body)
        text = re.search(r"setText\((.*?)\);\n", body, re.S)
        if subject is None or text is None:
            raise ValueError(f"{method}: no subject or text")
        values = {
            **G5_VALUES,
            "cargo": role,
            "processoSeletivo.getCargo().getNome()": role,
            "candidato.getNome()": FIRST,
        }
        bcc = "setBcc(" in body
        yield spec(
            unit,
            blob_url(G5, G5_COMMIT, G5_PATH),
            category,
            stage,
            subject=_java_concat(_java_unconcat(subject.group(1)), values),
            text=_java_concat(_java_unconcat(text.group(1)), values),
            company=G5_NAME,
            role=role,
            labels_on_rejection=True,
            sender=("", address.group(1)),
            noreply=False,
            to=("", address.group(1)) if bcc else OWNER,
        )


FIRESHIELD = "LeonardoPantani/PBC-FireShield"
FIRESHIELD_COMMIT = "61d977f7397c0d838ba59ab6bd7096cf6afe682e"
FIRESHIELD_CONFIG_PATH = "Config/config.php"
# (file whose ``preparazioneMail`` writes the mail, category): the receipt of an application
# to the staff, and the notice that it was assessed (the verdict only behind the link).
FIRESHIELD_MAILS = (
    ("applicationDB.php", "acknowledgement"),
    ("Administration/Utils/rispondiCandidaturaDB.php", "other"),
)
FIRESHIELD_TOKEN = "5f0c2a9e71d84b36"  # ours: the application's token in the status link


def _php_dotted(expr: str, values: Mapping[str, str]) -> str:
    """A PHP concatenation written with or without spaces around its dots: each part (a
    quoted literal or an expression ``values`` knows) read by ``_php_value``."""
    return "".join(_php_value(part, values) for part in _php_split(expr, "."))


def fireshield(snap: Snapshot) -> Iterator[Spec]:
    """``preparazioneMail``'s subject and body in the source language (Italian, the gettext
    msgids), ``$GLOBALS`` from the config; HTML only, as ``sendMail`` sends ``Body``."""
    unit = "fireshield/it"
    config = snap.read(FIRESHIELD, FIRESHIELD_COMMIT, FIRESHIELD_CONFIG_PATH)
    names = dict(re.findall(r'\$(solutionname(?:_short)?) = "([^"]+)";', config))
    for path, category in FIRESHIELD_MAILS:
        method = _php_method(snap.read(FIRESHIELD, FIRESHIELD_COMMIT, path), "preparazioneMail")
        values = {
            '$GLOBALS["solutionname"]': names["solutionname"],
            '$GLOBALS["solutionname_short"]': names["solutionname_short"],
            '$GLOBALS["token"]': FIRESHIELD_TOKEN,
        }
        for msgid in re.findall(r'_\("((?:[^"\\]|\\.)*)"\)', method):
            values[f'_("{msgid}")'] = msgid
        for call, msgid, arg in re.findall(r'(sprintf\(_\("([^"]*)"\), ([^)]+\]))\)', method):
            values[call + ")"] = msgid.replace("%s", values[arg])
        subject = re.search(r"\$titolomail = (.*?);\n", method)
        body = re.search(r"\$testomail = (.*?);\n", method, re.S)
        if subject is None or body is None:
            raise ValueError(f"{path}: no subject or body")
        html = _php_dotted(body.group(1), values)
        yield _page(
            unit,
            blob_url(FIRESHIELD, FIRESHIELD_COMMIT, path),
            category,
            _php_dotted(subject.group(1), values),
            html,
            (names["solutionname_short"], "info@fireshield.it"),
        )
