"""Recipes for session 32's sources27 (issue 11): a Dutch bathroom-adaptation firm's HR portal,
an Ecuadorian university's internship interview system and a Brazilian applicant tracker.

Veilig Douchen (arnout-png/zwaluw-nest, "ZwaluwNest", the HR and operations portal of a Dutch
firm that adapts showers for the elderly; Next.js, mail through the Gmail API): to an applicant,
the refusal ("Na zorgvuldige overweging hebben we besloten om je sollicitatie niet verder in
behandeling te nemen"), the pre-screening, the interview invitation and the appointment's
confirmation; and as look-alikes, to its own staff, a leave request refused or approved, and to
a customer, a review request.

DevSelectAI (GersonSA01/DevSelectAI, an interview system for pre-professional internships at
the Universidad Estatal de Milagro, Ecuador; Express, mail through nodemailer): registered, a
vacancy assigned with its interview link, approved, and not selected ("lamentamos informarte que
no has sido seleccionado para la vacante").

Rankea (VanderCaneppelle/smart-picker, "Hunter AI", a Brazilian applicant tracker; mail through
Resend): the default mails a recruiter's candidates get until the recruiter writes their own,
received, selected for an interview (with a Calendly link and without), and the refusal ("Após
análise, decidimos seguir com outros candidatos cujo perfil está mais alinhado"), each with the
recruiter's sender name and signature and without; and the notice of a new application to the
recruiter.

EXTRA (maxclaushuis-ctrl/EXTRA-website, the site and back office of EXTRA, an Amsterdam
staffing agency for hotel and event staff; mail through SendGrid): to a candidate, the
refusal after the introductory talk ("Op dit moment hebben we helaas besloten om niet met je
verder te gaan"), the refusals on the CV ("niet voldoende passende opdrachten", "niet verder te
gaan met de sollicitatie"), the invitation to plan the talk and the requests for a CV. Read
with ``read_file`` and stored as a plain file (no snapshot could be fetched).

Balles Hosteleros (balleshosteleros/Balles-Hosteleros, the back office of a Spanish hospitality
group; Next.js, mail through nodemailer): the default one-line mail a candidate gets when a
recruiter moves them on the recruitment board, from "Hemos recibido tu candidatura" to the
discard ("Te informamos de que tu candidatura no continúa en el proceso de selección actual"),
with the corporate no-reply footer and without."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from html import escape

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_suites19 import _unescape
from .sources_suites22 import _literals
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_function

_TERNARY = re.compile(r"(?s)(.+?) \? (`[^`]*`|'[^']*') : (`[^`]*`|'[^']*')")
_NULLISH = re.compile(r"([\w.]+) \?\? '([^']*)'")
_MAP_JOIN = re.compile(r"(\w+)\.map\(\(?(\w+)\)? => `([^`]*)`\)\.join\(''\)")


class _Expr(Mapping[str, str]):
    """The values of a template literal's ``${...}`` expressions as ``fill_js`` asks for them:
    an exact expression in ``values``; ``cond ? a : b`` by ``flags[cond]`` (each branch a quoted
    string or a literal, itself filled); ``a ?? 'b'`` as ``a`` unless ``flags[a]`` is false;
    ``xs.map(x => `...`).join('')`` over ``lists[xs]``.
    Anything else is missing, so ``fill_js`` raises on it."""

    def __init__(
        self,
        values: Mapping[str, str],
        flags: Mapping[str, bool] | None = None,
        lists: Mapping[str, list[str]] | None = None,
    ) -> None:
        self.values, self.flags, self.lists = values, flags or {}, lists or {}

    def _eval(self, expr: str) -> str | None:
        if expr in self.values:
            return self.values[expr]
        m = _TERNARY.fullmatch(expr)
        if m and m.group(1) in self.flags:
            branch = m.group(2) if self.flags[m.group(1)] else m.group(3)
            return fill_js(branch[1:-1], self) if branch[0] == "`" else branch[1:-1]
        m = _NULLISH.fullmatch(expr)
        if m:
            if not self.flags.get(m.group(1), True):
                return m.group(2)
            return self.values.get(m.group(1))
        m = _MAP_JOIN.fullmatch(expr)
        if m and m.group(1) in self.lists:
            return "".join(
                fill_js(m.group(3), _Expr({**self.values, m.group(2): x}, self.flags))
                for x in self.lists[m.group(1)]
            )
        return None

    def __getitem__(self, expr: str) -> str:
        value = self._eval(expr)
        if value is None:
            raise KeyError(expr)
        return value

    def __contains__(self, expr: object) -> bool:
        return isinstance(expr, str) and self._eval(expr) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


def _property(source: str, name: str) -> str:
    """The text of an object property ``name: '...'`` or ``name: `...``` (the first one)."""
    m = re.search(rf"\b{name}: (?:'((?:[^'\\]|\\.)*)'|`)", source)
    if not m:
        raise ValueError(f"no {name} property")
    if m.group(1) is not None:
        return m.group(1)
    return _literals(source[m.start() :], f"{name}: ", 1)[0]


VEILIG = "arnout-png/zwaluw-nest"
VEILIG_COMMIT = "d7a01e73793b27f9f4151cb111a66b012ad78177"
VEILIG_SOURCE_PATH = "src/lib/email.ts"
# function: (category, variants). Each variant's flags pick the branches of the function's
# ternaries; the refusal's second variant also carries the function's own ``text`` as the text
# part (the transport sends the HTML only).
VEILIG_MAILS: dict[str, tuple[str, list[dict[str, bool]]]] = {
    "sendRejectionEmail": ("rejection", [{}, {}]),
    "sendPrescreeningEmail": ("assessment", [{}]),
    "sendInterviewInviteEmail": (
        "interview_invitation",
        [{"opts.recruiterName": True}, {"opts.recruiterName": False}],
    ),
    "sendAppointmentConfirmationCandidate": ("interview_invitation", [{}]),
    "sendLeaveRejectedEmail": ("not_a_job", [{}, {}]),
    "sendLeaveApprovedEmail": ("other", [{"opts.days !== 1": True}]),
    "sendReviewRequestEmail": ("other", [{}]),
}
# Ours: the leave requests (a type of the code's table and dates), the interview's place and
# time, the tokens and the customer.
VEILIG_LEAVE = [
    ("VACATION", "14-07-2026", "25-07-2026", "10"),
    ("PERSONAL", "03-04-2026", "03-04-2026", "1"),
]
VEILIG_VALUES = {
    "opts.date": "donderdag 12 maart 2026",
    "opts.time": "10:30",
    "opts.location": "Industrieweg 14, Zwolle",
    "opts.baseUrl": "https://portal.veiligdouchen.nl",
    "opts.token": "k3v9q2",
    "opts.customerName": "mevrouw De Vries",
    "opts.reviewUrl": "https://g.page/r/veiligdouchen/review",
}


def _gmail_sender(source: str) -> tuple[str, str]:
    """The transport's From: ``FROM_NAME`` and ``GMAIL_SENDER``'s fallback address."""
    name = re.search(r"const FROM_NAME = '([^']+)'", source)
    address = re.search(r"process\.env\.GMAIL_SENDER \?\? '([^']+)'", source)
    if not name or not address:
        raise ValueError("no default sender")
    return name.group(1), address.group(1)


def _veilig_mail(
    source: str, function: str, values: Mapping[str, str], flags: Mapping[str, bool]
) -> tuple[str, str, str]:
    """(subject, html, text) of one mail function: its ``content`` literal filled and put in
    the module's ``htmlWrapper`` under the title the call gives."""
    fn = js_function(source, function, "export async function")
    labels = re.search(r"const leaveLabels[^=]*= \{(.*?)\};", fn, flags=re.S)
    scope = dict(values)
    if labels:
        table = dict(re.findall(r"(\w+): '([^']*)'", labels.group(1)))
        scope["label"] = table[values["opts.type"]]
        scope["label.toLowerCase()"] = scope["label"].lower()
    if "btn(" in fn:
        button = _literals(js_function(source, "btn", "function"), "return ", 1)[0]
        for label, target in re.findall(r"btn\('([^']*)', ([\w.]+)\)", fn):
            scope[f"btn('{label}', {target})"] = fill_js(
                button, {"label": label, "url": scope[target]}
            )
    expr = _Expr(scope, flags)
    content = fill_js(_literals(fn, "const content = ", 1)[0], expr)
    call = re.search(r"htmlWrapper\(content, (?:'([^']*)'|`([^`]*)`)\)", fn)
    if not call:
        raise ValueError(f"no htmlWrapper call in {function}")
    title = call.group(1) if call.group(1) is not None else fill_js(call.group(2), expr)
    wrapper = _literals(js_function(source, "htmlWrapper", "function"), "return ", 1)[0]
    html = fill_js(wrapper, {"title": title, "content": content})
    return fill_js(_property(fn, "subject"), expr), html, fill_js(_property(fn, "text"), expr)


def veiligdouchen(snap: Snapshot) -> Iterator[Spec]:
    """Veilig Douchen's HR portal: to an applicant, the refusal (HTML as sent, and with the
    function's text part), the pre-screening, the interview invitation (with the recruiter
    named and without) and the appointment's confirmation; look-alikes: a leave request refused
    (two) and approved, to staff; a review request, to a customer. From the transport's
    default no-reply sender."""
    unit = "veiligdouchen/nl"
    source = snap.read(VEILIG, VEILIG_COMMIT, VEILIG_SOURCE_PATH)
    sender = _gmail_sender(source)
    url = blob_url(VEILIG, VEILIG_COMMIT, VEILIG_SOURCE_PATH)
    for function, (category, variants) in VEILIG_MAILS.items():
        for k, flags in enumerate(variants):
            f = fill_for(unit, function, "nl", k)
            kind, start, end, days = VEILIG_LEAVE[k % len(VEILIG_LEAVE)]
            values = {
                **VEILIG_VALUES,
                "firstName": OWNER[0].split()[0],
                "opts.name": OWNER[0].split()[0],
                "opts.candidateName": OWNER[0],
                "opts.recruiterName": f.person,
                "opts.type": kind,
                "opts.startDate": start,
                "opts.endDate": end,
                "opts.days": days,
                "url": f"{VEILIG_VALUES['opts.baseUrl']}/screening/{VEILIG_VALUES['opts.token']}",
            }
            subject, html, text = _veilig_mail(source, function, values, flags)
            company = (
                "Veilig Douchen" if category in ("rejection", "interview_invitation") else "n/a"
            )
            fields = {
                "subject": subject,
                "company": company,
                "role": "n/a",
                "sender": sender,
                "noreply": True,
            }
            if category == "rejection" and k == 1:
                yield _spec(
                    unit, url, category, text=_unescape(text), html=html, fmt="html", **fields
                )
            else:
                yield _spec(
                    unit,
                    url,
                    category,
                    text=_html_text(html),
                    html=html,
                    fmt="html_only",
                    **fields,
                )


def _html_text(html: str) -> str:
    """The text a reader sees in a whole HTML document (its head dropped)."""
    body = re.sub(r"(?s)<head>.*?</head>", "", html)
    return html_to_text(body)


DEVSELECT = "GersonSA01/DevSelectAI"
DEVSELECT_COMMIT = "211ca759e26a76102a08e17350ca545a245a8273"
DEVSELECT_SEND_PATH = "backend/utils/sendEmail.js"
DEVSELECT_CONTROLLER_PATH = "backend/src/controllers/postulanteController.js"
# template: (category, variants with the application period given, without).
DEVSELECT_MAILS: dict[str, tuple[str, int, int]] = {
    "registroExitoso": ("other", 1, 0),
    "vacanteAsignada": ("interview_invitation", 1, 0),
    "aprobado": ("offer", 1, 0),
    "rechazado": ("rejection", 1, 1),
}
# Ours: the Gmail account (EMAIL_USER), the period's dates, the interview link's token, the skills.
DEVSELECT_ADDRESS = "devselectai.unemi@gmail.com"
DEVSELECT_PERIOD = "02-03-2026 → 20-03-2026"
DEVSELECT_LINK = "http://localhost:3000/postulador/entrevista/inicio?token=5f2c9a"
DEVSELECT_SKILLS = ["JavaScript", "Bases de datos SQL", "Trabajo en equipo"]


def _devselect_subjects(controller: str) -> dict[str, str]:
    """template -> the subject its ``sendEmail(x.Correo, "subject", Templates.template(``
    call gives."""
    found = re.findall(r'sendEmail\(\s*\w+\.Correo,\s*"([^"]+)",\s*Templates\.(\w+)\(', controller)
    if not found:
        raise ValueError("no sendEmail calls")
    return {template: subject for subject, template in found}


def _devselect_from(send: str) -> str:
    """The display name of the transporter's ``from`` (its address is the environment's)."""
    m = re.search(r'from: `"([^"]+)" <\$\{process\.env\.EMAIL_USER\}>`', send)
    if not m:
        raise ValueError("no sender name")
    return m.group(1)


def devselect(snap: Snapshot) -> Iterator[Spec]:
    """DevSelectAI's mail to an internship applicant: registered, a vacancy assigned with its
    interview link, approved, not selected (with the application period and without); HTML
    only, as nodemailer sends it."""
    unit = "devselect/es"
    send = snap.read(DEVSELECT, DEVSELECT_COMMIT, DEVSELECT_SEND_PATH)
    subjects = _devselect_subjects(
        snap.read(DEVSELECT, DEVSELECT_COMMIT, DEVSELECT_CONTROLLER_PATH)
    )
    sender = (_devselect_from(send), DEVSELECT_ADDRESS)
    url = blob_url(DEVSELECT, DEVSELECT_COMMIT, DEVSELECT_SEND_PATH)
    for template, (category, with_period, without) in DEVSELECT_MAILS.items():
        for k in range(with_period + without):
            f = fill_for(unit, template, "es", k)
            first, last = OWNER[0].split()
            values = {
                "nombre": first,
                "apellido": last,
                "vacante": f.role,
                "periodoPostulacion": DEVSELECT_PERIOD,
                "enlace": DEVSELECT_LINK,
            }
            flags = {"periodoPostulacion": k < with_period}
            body = _literals(send, f"{template}: ", 1)[0]
            html = fill_js(body, _Expr(values, flags, {"habilidades": DEVSELECT_SKILLS}))
            yield _html_spec(
                unit,
                url,
                category,
                html,
                subject=subjects[template],
                company="DevSelectAI",
                role=f.role,
                labels_on_rejection=True,
                sender=sender,
                noreply=False,
                fmt="html_only",
            )


RANKEA = "VanderCaneppelle/smart-picker"
RANKEA_COMMIT = "07c2c65dc1f4280787034ea3429eaeb2b9a52a4a"
RANKEA_SEND_PATH = "apps/worker/src/jobs/sendEmails.ts"
RANKEA_RESEND_PATH = "apps/worker/src/lib/resend.ts"
# (function, body constant, subject key, category, calendly link). Each is sent twice, with the
# recruiter's personalization (sender name, reply-to, signature) and without.
RANKEA_MAILS = [
    (
        "sendEmails",
        "DEFAULT_APPLICATION_RECEIVED_HTML",
        "application_received",
        "acknowledgement",
        False,
    ),
    (
        "sendScheduleInterviewEmail",
        "DEFAULT_SCHEDULE_INTERVIEW_HTML",
        "schedule_interview",
        "interview_invitation",
        True,
    ),
    (
        "sendScheduleInterviewEmail",
        "DEFAULT_SCHEDULE_INTERVIEW_HTML",
        "schedule_interview",
        "interview_invitation",
        False,
    ),
    ("sendRejectionEmail", "DEFAULT_REJECTION_HTML", "rejection", "rejection", False),
]
# Ours: the recruiter's personalization, the Calendly link, the other applicant, the app's host.
RANKEA_CALENDLY = "https://calendly.com/recrutamento/entrevista-30min"
RANKEA_OTHER = ("Lucas Ribeiro", "lucas.ribeiro@example.org", "c7d1e0")
RANKEA_APP = "https://app.rankea.com.br"


def _rankea_subjects(source: str) -> dict[str, str]:
    """subject key -> the fallback literal of ``personalization?.key_subject?.trim() || `...```."""
    found = re.findall(r"personalization\?\.(\w+)_subject\?\.trim\(\) \|\| `([^`]*)`", source)
    if not found:
        raise ValueError("no default subjects")
    return dict(found)


def _render(template: str, values: Mapping[str, str]) -> str:
    """The worker's ``renderEmailTemplate``: each known ``{{name}}`` replaced (an unknown one
    raises: the template changed)."""
    return fill_exact(template, r"\{\{(\w+)\}\}", values)


def _append_signature(html: str, signature: str) -> str:
    """The worker's ``appendSignature``: the signature's lines before ``</body>``."""
    if not signature.strip():
        return html
    sig = signature.strip().replace("\n", "<br>")
    return html.replace("</body>", f'<p style="margin-top: 24px;">{sig}</p></body>', 1)


def rankea(snap: Snapshot) -> Iterator[Spec]:
    """Rankea's default candidate mail (received, selected for an interview with a Calendly
    link and without, the refusal), each with the recruiter's personalization and without; and
    the notice of a new application to the recruiter. HTML only, as Resend sends it."""
    unit = "rankea/pt"
    source = snap.read(RANKEA, RANKEA_COMMIT, RANKEA_SEND_PATH)
    fallback = re.search(
        r"FROM_EMAIL = process\.env\.FROM_EMAIL \|\| '([^']+)'",
        snap.read(RANKEA, RANKEA_COMMIT, RANKEA_RESEND_PATH),
    )
    if not fallback:
        raise ValueError("no default FROM_EMAIL")
    from_email = fallback.group(1)
    subjects = _rankea_subjects(source)
    default_name = re.search(r"email_sender_name \?\? '([^']+)'", source)
    if not default_name:
        raise ValueError("no default sender name")
    url = blob_url(RANKEA, RANKEA_COMMIT, RANKEA_SEND_PATH)
    n = 0
    for function, constant, key, category, calendly in RANKEA_MAILS:
        body = _literals(source, f"const {constant} = ", 1)[0]
        fn = js_function(source, function, "export async function")
        for personalized in (True, False):
            f = fill_for(unit, f"{function}-{calendly}", "pt", n)
            n += 1
            name = f"Recrutamento {f.company}" if personalized else default_name.group(1)
            signature = f"{f.person}\nRecrutamento | {f.company}" if personalized else ""
            if calendly or "{{calendly_link}}" in body:
                branches = _literals(fn, "const calendlyPlaceholder = calendlyLink", 2)
                placeholder = fill_js(
                    branches[0 if calendly else 1], {"calendlyLink": RANKEA_CALENDLY}
                )
                body_filled = body.replace("{{calendly_link}}", placeholder)
            else:
                body_filled = body
            values = {
                "candidate_name": OWNER[0],
                "job_title": f.role,
                "calendly_link": "",
                "sender_name": name,
                "signature": signature,
            }
            html = _append_signature(_render(body_filled, values), signature)
            subject = fill_js(subjects[key], {"job.title": f.role})
            yield _spec(
                unit,
                url,
                category,
                subject=subject,
                text=_html_text(html),
                html=html,
                company=f.company if personalized and category == "rejection" else "n/a",
                role=f.role,
                sender=(name, from_email) if personalized else ("", from_email),
                reply_to=f"{f.person.split()[0].lower()}@{f.domain}" if personalized else None,
                noreply=True,
                fmt="html_only",
            )
    # The notice to the recruiter (the mailbox owner here) of somebody else's application.
    fn = js_function(source, "sendEmails", "export async function")
    subject_literal, notice = _literals(fn, "to: recruiterEmail,", 2)
    f = fill_for(unit, "recruiter-notice", "pt", 0)
    other, address, ident = RANKEA_OTHER
    values = {
        "job.title": f.role,
        "candidate.name": other,
        "candidate.email": address,
        "candidate.id": ident,
        "appUrl": RANKEA_APP,
    }
    html = fill_js(notice, values)
    yield _spec(
        unit,
        url,
        "platform_notice",
        subject=fill_js(subject_literal, values),
        text=_html_text(html),
        html=html,
        company="n/a",
        role="n/a",
        sender=(f"Recrutamento {f.company}", from_email),
        noreply=True,
        fmt="html_only",
    )


EXTRA = "maxclaushuis-ctrl/EXTRA-website"
# server/mail.ts read with read_file at this commit; six functions' subject, from and text
# literal transcribed verbatim into candidate_mails.json (its "_source").
EXTRA_READ_AT = "04487f78845c1cd96ccd589e1c53a1dc8d6d6f4c"
EXTRA_SOURCE_PATH = "server/mail.ts"
EXTRA_MAILS_PATH = "candidate_mails.json"
# function: (category, stage). The first refusal follows the introductory talk.
EXTRA_MAILS = {
    "sendApplicationRejectionEmail": ("rejection", "interview"),
    "sendCandidateRejectionEmailDiensten": ("rejection", "application"),
    "sendCandidateRejectionEmailCv": ("rejection", "application"),
    "sendCalendlyInviteEmail": ("interview_invitation", "n/a"),
    "sendCvUploadFirstEmail": ("other", "n/a"),
    "sendCvReminderEmail": ("other", "n/a"),
}
# Ours: the Calendly link (the code has its owner's own); the upload page is the code's fallback.
EXTRA_VALUES = {
    "calendlyUrl": "https://calendly.com/extra-team/30min",
    "uploadUrl": "https://brochure.doehetextra.nl/aanmelden",
}


def _paragraphs_html(text: str, footer: str) -> str:
    """Our HTML part for a mail whose HTML the source styles: the text's paragraphs (its line
    breaks as ``<br>``) and the footer line the source's HTML ends with."""
    paras = "".join("<p>" + "<br>".join(p.split("\n")) + "</p>" for p in text.split("\n\n"))
    return f"<html><body>{paras}<p><small>{footer}</small></p></body></html>"


def extra(snap: Snapshot) -> Iterator[Spec]:
    """EXTRA's candidate mail: three refusals (after the talk, two on the CV), the invitation to
    plan the talk, the CV request and its reminder; the source's text part, and an HTML part of
    the same paragraphs (ours), from the code's sender."""
    unit = "extra/nl"
    mails = json.loads(snap.read(EXTRA, EXTRA_READ_AT, EXTRA_MAILS_PATH))
    url = blob_url(EXTRA, EXTRA_READ_AT, EXTRA_SOURCE_PATH)
    first = OWNER[0].split()[0]
    values = {**EXTRA_VALUES, "candidate.firstName": first, "applicant.firstName": first}
    for function, (category, stage) in EXTRA_MAILS.items():
        mail = mails[function]
        sender = re.fullmatch(r"(.+) <(.+)>", mail["from"])
        if not sender:
            raise ValueError(f"no sender in {function}")
        text = _unescape(fill_js(mail["text"], values))
        yield _spec(
            unit,
            url,
            category,
            stage=stage if category == "rejection" else None,
            subject=mail["subject"],
            text=text,
            html=_paragraphs_html(text, mails["_footer"]),
            company="EXTRA",
            role="n/a",
            labels_on_rejection=True,
            sender=(sender.group(1), sender.group(2)),
            noreply=False,
            fmt="html",
        )


BALLES = "balleshosteleros/Balles-Hosteleros"
BALLES_COMMIT = "67a3d937b4b9f8cb896c0857d62c5f85efd3f5d3"
BALLES_DATA_PATH = "src/features/rrhh/data/reclutamiento.ts"
BALLES_SEND_PATH = "src/features/rrhh/actions/reclutamiento-email-plantillas-actions.ts"
# state: (category, variants: the first with the corporate footer, the second without). Left
# out: the legacy and offboarding states (inactive) and "suspenso_formacion", whose text names
# no result ("Te informamos del resultado de tu fase de formación"). A no-show is the
# candidate's own doing (as a withdrawal is): other.
BALLES_MAILS: dict[str, tuple[str, int]] = {
    "nuevo": ("acknowledgement", 1),
    "elegido": ("moving_forward", 1),
    "entrevista": ("interview_invitation", 1),
    "documentacion": ("other", 1),
    "formacion": ("moving_forward", 1),
    "contratacion": ("offer", 1),
    "prueba": ("other", 1),
    "empleado": ("offer", 1),
    "no_se_presenta": ("other", 1),
    "papelera": ("rejection", 2),
    "teorica": ("assessment", 1),
    "practica": ("assessment", 1),
}
# Ours: the documentation link and its validity (the code's constant lives elsewhere).
BALLES_VALUES = {
    "enlace_documentacion": "https://rrhh.example.es/documentacion/7c2e91",
    "documentacion_dias_validez": "7",
}


def _balles_templates(source: str) -> dict[str, tuple[str, str, bool]]:
    """state -> (subject, body, active) of ``EMAIL_PLANTILLAS_FASE``'s one-line entries."""
    found = re.findall(
        r'\n  (\w+): \{ asunto: "([^"]*)", cuerpo: "((?:[^"\\]|\\.)*)", activo: (true|false) \},',
        source,
    )
    if not found:
        raise ValueError("no EMAIL_PLANTILLAS_FASE entries")
    return {k: (subject, _unescape(body), flag == "true") for k, subject, body, flag in found}


def _balles_footer(source: str) -> str:
    """The corporate footer's text (``const pieText = "..."``)."""
    m = re.search(r'const pieText =\s*"([^"]+)";', source)
    if not m:
        raise ValueError("no pieText")
    return m.group(1)


def _balles_html(text: str, footer: str | None) -> str:
    """The board's ``bodyToHtml`` (escaped, line breaks as ``<br>``, a bare URL inside a line
    as an underlined link, in its styled div), and the footer's div when the corporate
    signature is on. A URL alone on its line (the board makes it a button) raises."""
    font = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;"
    if re.search(r"(?m)^https?://\S+$", text):
        raise ValueError("a URL alone on its line")
    parts = re.split(r"(https?://\S+)", text)
    body = "".join(
        f'<a href="{escape(p)}" target="_blank" rel="noreferrer" '
        f'style="color:#2563eb;text-decoration:underline">{escape(p)}</a>'
        if i % 2
        else escape(p).replace("\n", "<br>")
        for i, p in enumerate(parts)
    )
    out = (
        f'<div style="{font}font-size:15px;line-height:1.55;color:#111827;max-width:600px;'
        f'margin:0 auto;padding:24px">{body}</div>'
    )
    if footer is not None:
        out += (
            f'<div style="{font}max-width:600px;margin:0 auto;padding:0 24px 24px">'
            '<p style="color:#9ca3af;font-size:12px;line-height:1.5;border-top:1px solid #e5e7eb;'
            f'margin-top:8px;padding-top:12px">{escape(footer)}</p></div>'
        )
    return out


def balles(snap: Snapshot) -> Iterator[Spec]:
    """Balles Hosteleros' board mail to a candidate, one per state (the discard twice), as the
    board sends it: the body, and with the corporate signature on, its no-reply footer (in the
    text part after a dash line); from the company's name."""
    unit = "balles/es"
    templates = _balles_templates(snap.read(BALLES, BALLES_COMMIT, BALLES_DATA_PATH))
    footer = _balles_footer(snap.read(BALLES, BALLES_COMMIT, BALLES_SEND_PATH))
    url = blob_url(BALLES, BALLES_COMMIT, BALLES_DATA_PATH)
    for state, (category, variants) in BALLES_MAILS.items():
        subject, body, active = templates[state]
        if not active:
            raise ValueError(f"{state} is not an active template")
        for k in range(variants):
            f = fill_for(unit, state, "es", k)
            text = fill_exact(body, r"\{\{\s*([a-z_]+)\s*\}\}", BALLES_VALUES)
            signed = k == 0
            yield _spec(
                unit,
                url,
                category,
                subject=subject,
                text=f"{text}\n\n—\n{footer}" if signed else text,
                html=_balles_html(text, footer if signed else None),
                company=f.company,
                role="n/a",
                labels_on_rejection=True,
                sender=(f.company, f"noreply@{f.domain}"),
                noreply=True,
                fmt="html",
            )
