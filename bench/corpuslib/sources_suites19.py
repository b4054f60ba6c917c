"""Recipes for session 31's sources19 (issue 11): a Brazilian neurology clinic's own careers
portal, with its patients' booking refusals as look-alikes, and a Latin-American entrepreneurs'
programme platform refusing an application to its call (a look-alike).

INNEURO (analistamarcusbrasil-hue/site-inneuro, a neurology and diagnostics clinic in Macapá,
Amapá, on Next.js): the mail its careers portal sends an applicant, one TypeScript module per
template, each with a plain ``text`` template literal beside its HTML: not continued ("Neste
momento, seguiremos com outros candidatos para esta oportunidade", with and without the talent
pool's consent paragraph), the selection process closed (sent to every participant when the
recruiter closes it), received, approved for the next step, invited to an interview. Its
scheduling module answers patients' pre-bookings in the same clinic's voice: the insurer's
refusal ("Retorno do convênio sobre seu pré-agendamento") and a booking that could not be made,
whole or in part: refusals of no job (``not_a_job``).

Atynea (Atynea/auth-user-worker, the mail worker of an entrepreneurs' programme platform:
businesses, mentors, learning routes; mail through Resend): an entrepreneur's application to a
call ("convocatoria") of one of its tenants, registered, approved with an account to create, and
refused ("en esta ocasión tu postulación no ha sido seleccionada"): joining a programme is no
job, so the refusal is a look-alike (``not_a_job``), as escuelahispanica/es's is."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from html import escape

from .fill import OWNER, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_function


def esc(value: str) -> str:
    """HTML-escaped as the sources' ``escapeHtml`` does (quotes too)."""
    return escape(value, quote=True).replace("&#x27;", "&#039;")


FIRST, LAST = OWNER[0].split()


def ts_literal(source: str, start: str) -> str:
    """The body of the template literal that follows ``start``, template literals nested in its
    ``${...}`` expressions kept whole (``templating.js_literal`` stops at the first backtick)."""
    open_ = source.index("`", source.index(start))
    return source[open_ + 1 : _literal_end(source, open_ + 1)]


def _literal_end(source: str, i: int) -> int:
    """Index of the backtick closing the literal whose body starts at ``i``."""
    depth = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if depth == 0 and c == "`":
            return i
        if depth == 0 and source.startswith("${", i):
            depth, i = 1, i + 2
            continue
        if depth and c == "`":
            i = _literal_end(source, i + 1) + 1
            continue
        if depth and c == "{":
            depth += 1
        elif depth and c == "}":
            depth -= 1
        i += 1
    raise ValueError("unterminated template literal")


def _unescape(literal: str) -> str:
    """A template literal's text with its ``\\n`` escapes as line breaks."""
    return literal.replace("\\n", "\n")


INNEURO = "analistamarcusbrasil-hue/site-inneuro"
INNEURO_COMMIT = "4a7b1c92e69d8f01c6243573e2fe00562a8c1d4e"
INNEURO_DIR = "src/lib/careers/communications/templates"
INNEURO_SCHEDULING = "src/lib/scheduling/communications/templates.ts"
# (module, category, stage, variants). A variant of ``rejected`` with the talent-pool
# paragraph (the candidate consented to it). ``process-closed`` goes to every participant
# when the recruiter closes the process: to one who heard nothing else, the no (stage unknown).
INNEURO_MAILS: list[tuple[str, str, str | None, int]] = [
    ("rejected", "rejection", "application", 2),
    ("process-closed", "rejection", "unknown", 1),
    ("application-received", "acknowledgement", None, 1),
    ("approved", "moving_forward", None, 1),
    ("interview-invite", "interview_invitation", None, 1),
]
# Ours: the clinic's posts, the sender (CAREERS_MAIL_FROM_EMAIL; the name is the code's
# default), the portal's address (siteConfig.url + /carreiras), the interview's details and
# the patients' bookings.
INNEURO_ROLES = ["Técnico(a) em Enfermagem", "Recepcionista", "Técnico(a) em Neurofisiologia"]
INNEURO_SENDER = ("INNEURO", "carreiras@inneuroap.com.br")
INNEURO_PORTAL = "https://inneuroap.com.br/carreiras"
INNEURO_INTERVIEW = {"date": "12 de março de 2026", "time": "09:30", "place": "Av. FAB, 1234"}


def _inneuro_footer(source: str) -> str:
    """The plain footer ``renderCareerBase`` appends to every text part (base.ts)."""
    m = re.search(r"text: `(\$\{text\}\$\{ctaText\}[^`]*)`", source)
    if m is None:
        raise ValueError("no text footer in base.ts")
    return m.group(1)


def _inneuro_values(module: str, role: str) -> dict[str, str]:
    """The ``${...}`` expressions of the careers modules' text literals, by their exact text."""
    values = {
        "greeting(data.candidateName)": f"Olá, {FIRST}.",
        "data.jobTitle": role,
        "date": INNEURO_INTERVIEW["date"],
        "data.interviewTime": INNEURO_INTERVIEW["time"],
        "data.location": INNEURO_INTERVIEW["place"],
        'data.instructions ? `\\nOrientações: ${data.instructions}` : ""': "",
    }
    if module == "rejected":
        values["talentPoolText"] = ""
    return values


def _talent_pool_text(source: str) -> str:
    """The consent paragraph ``rejected`` adds when the candidate joined the talent pool."""
    m = re.search(r'const talentPoolText = data\.talentPoolAuthorized\s*\?\s*"([^"]*)"', source)
    if m is None:
        raise ValueError("no talentPoolText")
    return _unescape(m.group(1))


def inneuro(snap: Snapshot) -> Iterator[Spec]:
    """The clinic's mail to an applicant (not continued, twice; the process closed; received;
    approved; invited) and its answers to patients' pre-bookings (the insurer's refusal, a
    booking not made, whole and in part); the text parts, plain, wrapped or with HTML."""
    base = snap.read(INNEURO, INNEURO_COMMIT, f"{INNEURO_DIR}/base.ts")
    footer = _inneuro_footer(base)
    n = 0
    for module, category, stage, variants in INNEURO_MAILS:
        path = f"{INNEURO_DIR}/{module}.ts"
        source = snap.read(INNEURO, INNEURO_COMMIT, path)
        subject = re.search(r'const subject = "([^"]*)"', source)
        label = re.search(r'cta: \{ label: "([^"]*)", url: data\.portalUrl \}', source)
        if subject is None or label is None:
            raise ValueError(f"no subject or call to action in {path}")
        for k in range(variants):
            role = INNEURO_ROLES[(n + k) % len(INNEURO_ROLES)]
            values = _inneuro_values(module, role)
            text = fill_js(ts_literal(source, "const text = "), values)
            if module == "rejected" and k == 1:
                text += _talent_pool_text(source)
            cta = f"\n\n{label.group(1)}: {INNEURO_PORTAL}"
            body = fill_js(footer, {"text": text, "ctaText": cta})
            yield _spec(
                "inneuro/pt",
                blob_url(INNEURO, INNEURO_COMMIT, path),
                category,
                stage,
                subject=subject.group(1),
                text=_unescape(body),
                company="INNEURO",
                role=role,
                sender=INNEURO_SENDER,
                noreply=False,
                fmt=("plain", "html", "wrapped")[n % 3],
            )
            n += 1
    yield from _inneuro_bookings(snap, n)


# Ours: the patient's protocol and insurer (every other value is set per mail below).
INNEURO_BOOKING_PATIENT = {
    "input.name": FIRST,
    "input.protocol": "PA-2026-004817",
    "input.insurance": "Unimed Macapá",
}


def _booking(url: str, subject: str, text: str, n: int) -> Spec:
    """A refusal of a patient's pre-booking: no job, no post."""
    return _spec(
        "inneuro/pt",
        url,
        "not_a_job",
        subject=subject,
        text=text,
        company="n/a",
        role="n/a",
        sender=INNEURO_SENDER,
        noreply=False,
        fmt=("plain", "html", "wrapped")[n % 3],
    )


def _inneuro_bookings(snap: Snapshot, n: int) -> Iterator[Spec]:
    """The scheduling module's refusals to a patient: the insurer's answer (the pending-item
    message with ``rejected`` set) and the booking not made, whole and in part."""
    source = snap.read(INNEURO, INNEURO_COMMIT, INNEURO_SCHEDULING)
    url = blob_url(INNEURO, INNEURO_COMMIT, INNEURO_SCHEDULING)
    pending = js_function(source, "buildPendingMessage", "export function")
    subject = re.search(r'input\.rejected\s*\?\s*"([^"]*)"', pending)
    if subject is None:
        raise ValueError("no rejected subject in buildPendingMessage")
    values = dict(INNEURO_BOOKING_PATIENT)
    values.update(
        {
            "input.exams": "Eletroencefalograma (EEG) em vigília",
            "input.reason": "O convênio negou a autorização do exame solicitado.",
            "input.correction": "Pedido médico com a justificativa clínica do exame.",
            "input.guidance": "Solicite ao seu médico um novo pedido e envie pelo link abaixo.",
        }
    )
    yield _booking(url, subject.group(1), fill_js(ts_literal(pending, "const text = "), values), n)
    n += 1
    refused = js_function(source, "buildNotSchedulableMessage", "export function")
    subject = re.search(r'subject: "([^"]*)"', refused)
    if subject is None:
        raise ValueError("no subject in buildNotSchedulableMessage")
    literal = ts_literal(refused, "const text = ")
    for partial in (False, True):
        exams = ["Eletroneuromiografia de membros superiores"]
        if partial:
            exams.append("Potencial evocado visual")
        values = dict(INNEURO_BOOKING_PATIENT)
        values.update(
            {
                'input.exams.length === 1 ? "ao exame" : "aos exames"': (
                    "ao exame" if len(exams) == 1 else "aos exames"
                ),
                'input.exams.join("\\n")': "\n".join(exams),
                'input.partial ? "esta parte do" : "o"': "esta parte do" if partial else "o",
                "input.reason": "O exame não está coberto pelo seu plano.",
                "input.guidance": "Você pode realizar o exame na modalidade particular.",
                'input.partial ? "Os demais exames da solicitação continuam em análise pela '
                'nossa equipe.\\n\\n" : ""': (
                    "Os demais exames da solicitação continuam em análise pela nossa equipe.\n\n"
                    if partial
                    else ""
                ),
            }
        )
        yield _booking(url, subject.group(1), fill_js(literal, values), n)
        n += 1


ATYNEA = "Atynea/auth-user-worker"
ATYNEA_COMMIT = "93e74192298ac624ee920bc3d90cf8f09ece5f46"
# (handler, template module, category, programmes): one mail per programme (the tenant).
ATYNEA_MAILS: list[tuple[str, str, str, list[str]]] = [
    (
        "handler-register-rejected-aplication-call",
        "template-rejected-aplication",
        "not_a_job",
        ["Incubadora Andina", "Red Emprende Sur"],
    ),
    (
        "handler-register-approved-aplication-call",
        "template-approved-aplication",
        "other",
        ["Incubadora Andina"],
    ),
    ("handler-register-user-call", "succes-register-call", "other", ["Red Emprende Sur"]),
]
# The code's sender (send-emails.ts); the links are ours.
ATYNEA_SENDER = ("Atynea", "hola@atynea.com")
ATYNEA_URLS = {
    "resetPasswordUrl": "https://app.atynea.com/auth/forgot-password",
    "url": "https://app.atynea.com/convocatorias/7c1e0a52",
}


def _handler_subject(source: str) -> str:
    """The single-quoted ``subject:`` of a worker handler's ``sendEmail`` call."""
    m = re.search(r"subject: '([^']*)'", source)
    if m is None:
        raise ValueError("no subject")
    return m.group(1)


def atynea(snap: Snapshot) -> Iterator[Spec]:
    """The platform's mail to an entrepreneur who applied to a programme's call: not selected
    (twice: a look-alike), approved with an account to create, registered; HTML, in turn with
    and without a text part, from the code's sender."""
    n = 0
    for handler, module, category, programmes in ATYNEA_MAILS:
        subject = _handler_subject(snap.read(ATYNEA, ATYNEA_COMMIT, f"src/handlers/{handler}.ts"))
        path = f"src/templates/{module}.ts"
        source = snap.read(ATYNEA, ATYNEA_COMMIT, path)
        page = html_body(ts_literal(source, "return "))
        for programme in programmes:
            values = {"display_name": FIRST, "tenantName": programme, **ATYNEA_URLS}
            yield _html_spec(
                "atynea/es",
                blob_url(ATYNEA, ATYNEA_COMMIT, path),
                category,
                re.sub(r"\s+", " ", fill_js(page, values)),
                subject=subject,
                company=programme if category == "not_a_job" else "n/a",
                role="n/a",
                sender=ATYNEA_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


def fill_ts(literal: str, values: dict[str, str]) -> str:
    """``templating.fill_js`` for a literal whose expressions may also be ``name ? `...` : ""``
    (the inner literal filled when ``values[name]`` is non-empty, else nothing) or
    ``name ?? ""``; any other unknown expression raises."""

    def sub(m: re.Match[str]) -> str:
        expr = m.group(1).strip()
        if expr in values:
            return values[expr]
        cond = re.fullmatch(r'(\w+) \? `(.*)` : ""', expr, re.S)
        if cond:
            return fill_ts(cond.group(2), values) if values.get(cond.group(1)) else ""
        default = re.fullmatch(r'(\w+) \?\? ""', expr)
        if default:
            return values.get(default.group(1), "")
        raise ValueError(f"no value for ${{{expr}}}")

    return re.sub(r"\$\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", sub, literal)


MARIAGEAFRO = "qservais/mariage-afro"
MARIAGEAFRO_COMMIT = "b218af78d2aaf3cd403ea8ab0e700ff0d66ef467"
MARIAGEAFRO_EMAIL = "artifacts/api-server/src/lib/email.ts"
MARIAGEAFRO_WRAP = "artifacts/api-server/src/lib/email/templates.ts"
MARIAGEAFRO_I18N = "artifacts/api-server/src/lib/email/i18n.ts"
# (function, which branch, category, reason or message): the Dutch text of each. A vendor's
# application to be listed, a couple's account and a vendor's quote refused are refusals of no
# job (``not_a_job``); the approvals and the quote accepted are ``other``.
MARIAGEAFRO_MAILS: list[tuple[str, str, str, str]] = [
    (
        "notifyVendorRejected",
        "",
        "not_a_job",
        "Uw portfolio bevat nog te weinig foto's van recente huwelijken.",
    ),
    ("notifyVendorRejected", "", "not_a_job", ""),
    ("notifyCoupleRejected", "", "not_a_job", ""),
    ("notifyCoupleApproved", "", "other", ""),
    ("notifyQuoteResponded", "refuse", "not_a_job", "We hebben voor een andere fotograaf gekozen."),
    ("notifyQuoteResponded", "accept", "other", ""),
]
# The code's default sender (EMAIL_FROM) and address (appUrl()).
MARIAGEAFRO_SENDER = ("Mariage Afro", "noreply@mariage-afro.com")
MARIAGEAFRO_URL = "https://mariage-afro.com"
# The mailbox owner is the vendor (its studio) or one of the couple; the other couple is ours.
MARIAGEAFRO_NAMES = {
    "p.businessName": f"{FIRST} {LAST} Fotografie",
    "names": f"{FIRST} & Sam",
    'p.recipientName || "Het koppel"': "Amara & Jonas",
    "appUrl()": MARIAGEAFRO_URL,
}


def _nl_entries(source: str) -> list[str]:
    """The Dutch member of each ``{ fr: …, nl: …, en: … }`` object in ``source``, in order
    (a double-quoted string or a template literal's body)."""
    found = re.findall(r'\bnl: (?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)', source)
    if not found:
        raise ValueError("no nl entries")
    return [quoted or literal for quoted, literal in found]


def _i18n_nl(source: str, key: str) -> str:
    """The Dutch string of a top-level entry of the i18n dictionary (``footer``, …)."""
    m = re.search(rf'\n  {key}: \{{\s*fr: "[^"]*",\s*nl: "([^"]*)"', source)
    if m is None:
        raise ValueError(f"no nl {key}")
    return m.group(1)


def _mariageafro_parts(fn: str, branch: str) -> tuple[str, str, str, str]:
    """(subject, title, intro, call to action) of one notify function, in Dutch: the
    functions list subject, title, intro, label in that order; the quote answer has the
    accepted and refused title and intro, a row label and the label, its subject built from
    the title."""
    nl = _nl_entries(fn)
    if branch:
        if len(nl) != 6:
            raise ValueError("the quote answer changed shape")
        k = 0 if branch == "accept" else 1
        subject = re.search(r"subject: `([^`]*)`", fn)
        if subject is None:
            raise ValueError("no subject in the quote answer")
        return fill_js(subject.group(1), {"title": nl[k]}), nl[k], nl[2 + k], nl[5]
    if len(nl) != 4:
        raise ValueError("a notify function changed shape")
    return nl[0], nl[1], nl[2], nl[3]


def mariageafro(snap: Snapshot) -> Iterator[Spec]:
    """The platform's Dutch mail to a vendor (its application refused, with and without a
    reason; a couple's answer to its quote, refused and accepted) and to a couple (its
    account refused and approved): HTML only, as sent, through the shared ``wrap``."""
    email = snap.read(MARIAGEAFRO, MARIAGEAFRO_COMMIT, MARIAGEAFRO_EMAIL)
    wrap = js_function(
        snap.read(MARIAGEAFRO, MARIAGEAFRO_COMMIT, MARIAGEAFRO_WRAP), "wrap", "export function"
    )
    i18n = snap.read(MARIAGEAFRO, MARIAGEAFRO_COMMIT, MARIAGEAFRO_I18N)
    footer = {key: _i18n_nl(i18n, key) for key in ("footer", "brandTagline", "footerBy")}
    for name, branch, category, note in MARIAGEAFRO_MAILS:
        fn = js_function(email, name, "export async function")
        subject, title, intro, label = _mariageafro_parts(fn, branch)
        values = dict(MARIAGEAFRO_NAMES)
        intro = fill_js(intro, values)
        url = re.search(r"ctaUrl: `([^`]*)`", fn)
        if url is None:
            raise ValueError(f"no ctaUrl in {name}")
        body = ""
        if note and "const reasonHtml" in fn:
            body = fill_js(
                ts_literal(fn, "const reasonHtml = p.reason ? "), {"esc(p.reason)": esc(note)}
            )
        rows = ""
        if note and "const rows" in fn:
            rows = fill_js(
                ts_literal(
                    snap.read(MARIAGEAFRO, MARIAGEAFRO_COMMIT, MARIAGEAFRO_WRAP), "return `<tr>"
                ),
                {"escapeHtml(label)": "Bericht", "escapeHtml(String(value))": esc(note)},
            )
        cta = fill_js(
            ts_literal(wrap, "const cta = "),
            {
                "escapeHtml(ctaUrl)": esc(fill_js(url.group(1), values)),
                "escapeHtml(ctaLabel)": esc(label),
            },
        )
        html = fill_ts(
            ts_literal(wrap, "return "),
            {
                "escapeHtml(title)": esc(title),
                "intro": esc(intro),
                "escapeHtml(intro)": esc(intro),
                "bodyHtml": body,
                "rows": rows,
                "cta": cta,
                "escapeHtml(footer)": esc(footer["footer"]),
                "escapeHtml(pick(dict.brandTagline, locale))": esc(footer["brandTagline"]),
                "escapeHtml(pick(dict.footerBy, locale))": esc(footer["footerBy"]),
            },
        )
        yield _html_spec(
            "mariageafro/nl",
            blob_url(MARIAGEAFRO, MARIAGEAFRO_COMMIT, MARIAGEAFRO_EMAIL),
            category,
            html_body(html),
            subject=subject,
            company="n/a",
            role="n/a",
            sender=MARIAGEAFRO_SENDER,
            noreply=True,
            fmt="html_only",
        )


WEDO = "WeDOTalentcc/prototype-admin"
# On the repository's develop branch (its main branch holds only a static prototype).
WEDO_COMMIT = "f7627f1bf2492f1cfb59b1ef6afa84caa45e800d"
WEDO_PATH = "lia-agent-system/app/domains/job_management/services/recruitment_email_templates.py"
# stage (RecruitmentStageName) -> (category, variants); the interview reminder is left out.
WEDO_MAILS: dict[str, tuple[str, int]] = {
    "CANDIDATE_APPLIED": ("acknowledgement", 1),
    "SCREENING_SCHEDULED": ("interview_invitation", 1),
    "SCREENING_COMPLETED": ("acknowledgement", 1),
    "INTERVIEW_SCHEDULED": ("interview_invitation", 1),
    "INTERVIEW_COMPLETED": ("acknowledgement", 1),
    "OFFER_SENT": ("offer", 1),
    "CANDIDATE_HIRED": ("offer", 1),
    "CANDIDATE_REJECTED": ("rejection", 2),
    "STAGE_CHANGED": ("moving_forward", 1),
}
# Ours: the values of the templates' {{variables}} beyond company, post and recruiter.
WEDO_VALUES = {
    "application_date": "10/03/2026",
    "screening_date": "17/03/2026",
    "screening_time": "10h00",
    "screening_type": "Triagem por vídeo",
    "screening_link": "https://triagem.wedotalent.com/s/8f2c1a",
    "next_steps": "Você receberá nosso retorno em até 5 dias úteis.",
    "interview_date": "24/03/2026",
    "interview_time": "14h30",
    "interview_type": "Online (Google Meet)",
    "interview_location": "Online",
    "interview_link": "https://meet.google.com/abc-defg-hij",
    "interviewer_name": "Carla Mendes",
    "interviewer_role": "Gerente de Engenharia",
    "feedback_timeline": "até 31/03/2026",
    "salary": "R$ 9.500,00",
    "contract_type": "CLT",
    "benefits": "Vale-refeição, plano de saúde e PLR",
    "offer_link": "https://ats.wedotalent.com/proposta/4471",
    "offer_deadline": "03/04/2026",
    "start_date": "04/05/2026",
    "onboarding_date": "04/05/2026",
    "manager_name": "Carla Mendes",
    "department": "Engenharia",
    "welcome_link": "https://ats.wedotalent.com/boas-vindas",
    "previous_stage": "Triagem",
    "current_stage": "Entrevista técnica",
    "stage_description": "Conversa com o time técnico sobre sua experiência.",
}
# The rejection's feedback slots, one set per variant (the recruiter's words: ours).
WEDO_FEEDBACK = [
    {
        "feedback_message": "Buscamos alguém com mais experiência em sistemas distribuídos.",
        "strengths": "Boa comunicação e domínio de testes automatizados.",
        "improvement_areas": "Arquitetura de microsserviços e mensageria.",
    },
    {
        "feedback_message": "O perfil selecionado tinha vivência maior no setor financeiro.",
        "strengths": "Organização e clareza ao explicar decisões.",
        "improvement_areas": "Conhecimento de regulação bancária.",
    },
]


def _py_templates(source: str, name: str) -> list[dict[str, str]]:
    """The dicts of the module-level list ``name`` in Python source, each key with a string
    value or an enum member (``Enum.MEMBER.value`` -> ``MEMBER``); read with ``ast``, not run."""
    for node in ast.parse(source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if not (isinstance(target, ast.Name) and target.id == name):
            continue
        if not isinstance(node.value, ast.List):
            raise ValueError(f"{name} is not a list")
        out = []
        for item in node.value.elts:
            if not isinstance(item, ast.Dict):
                raise ValueError(f"{name} holds a non-dict")
            entry = {}
            for key, value in zip(item.keys, item.values, strict=True):
                if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                    continue
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    entry[key.value] = value.value
                elif isinstance(value, ast.Attribute) and isinstance(value.value, ast.Attribute):
                    entry[key.value] = value.value.attr
            out.append(entry)
        return out
    raise ValueError(f"no list {name}")


def wedotalent(snap: Snapshot) -> Iterator[Spec]:
    """WeDOTalent's default candidate mail, one per pipeline stage (the interview reminder left
    out), the rejection with two sets of the recruiter's feedback: the plain-text bodies, plain,
    wrapped or with HTML, from the recruiter, the careers box or an ATS relay."""
    templates = _py_templates(snap.read(WEDO, WEDO_COMMIT, WEDO_PATH), "DEFAULT_TEMPLATES")
    n = 0
    for template in templates:
        if template.get("stage_name") not in WEDO_MAILS:
            continue
        category, variants = WEDO_MAILS[template["stage_name"]]
        for k in range(variants):
            f = fill_for("wedotalent/pt", template["stage_name"], "pt", k)
            values = {
                **WEDO_VALUES,
                "candidate_name": OWNER[0],
                "candidate_email": OWNER[1],
                "job_title": f.role,
                "company_name": f.company,
                "recruiter_name": f.person,
                "recruiter_email": f.person_addr,
                **(WEDO_FEEDBACK[k] if category == "rejection" else {}),
            }
            pattern = r"\{\{\s*(\w+)\s*\}\}"
            sender, noreply = f.sender(("person", "careers", "ats")[n % 3])
            yield _spec(
                "wedotalent/pt",
                blob_url(WEDO, WEDO_COMMIT, WEDO_PATH),
                category,
                subject=fill_exact(template["subject"], pattern, values),
                text=fill_exact(template["body_text"].strip(), pattern, values),
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("plain", "html", "wrapped")[n % 3],
            )
            n += 1
