"""Recipes for session 41's sources60 (issue 11): a small Brazilian firm's own HR system
writing short status mails to its candidates, and an Italian recruiter's desktop CRM whose
templates open in the recruiter's own mail program (a two-sentence refusal).

WebCertificados (ExtraProjects860/Project-Selection-Process-Control, Flask and React, an
academic project built for the company WebCertificados, Juiz de Fora, MIT): when HR changes a
candidate's selection-process status, ``atualizar_status_processo_seletivo`` (the route) calls
``enviar_email_com_base_no_status``, which picks a (subject, sentence) pair from
``status_mensagens`` — active, concluded, talent pool, withdrawal, **reprovação** ("Infelizmente,
você não foi aprovado no processo seletivo."), **encerrado** ("O processo seletivo foi
encerrado. Agradecemos seu interesse e participação.") — and ``EmailService`` puts the subject,
the candidate's name and the sentence into ``template_aviso_atualizacao_status_processo.html``
by plain replacement (``{title_html}``, ``{name_html}``, ``{text_html}``) and sends it as one
``MIMEText(html, "html")``: HTML without a text part. The mail names no job. Ours: the sender's
address (an environment setting; the From header is the bare address).

Recruiter CRM (AlomCRM/recruiter-crm-releases, an Electron app for Italian recruiters, also for
those working for client firms): ``DEFAULT_SETTINGS.templates`` in ``main.js`` holds the
message templates — LinkedIn first contact, interview invitation, **esito negativo** ("Al
momento abbiamo deciso di proseguire con un altro profilo, ma conserveremo con piacere il suo
CV …"), and the interview confirmed with a meeting link. ``openMessageModal``
(``renderer/app.js``) fills a template with ``fillTemplate`` (``{{key}}`` from the candidate, the
recruiter's settings and the interview form; an empty or unknown value gives "") and its "Apri in
Email" button opens ``mailto:`` with the subject ``<template name> — <first> <last>`` and the
filled text: plain text from the recruiter's own mailbox. Ours: the recruiter's settings (name,
firm, offices, telephone, address), the roles, the interview's details.

Workly (jp-rco/Workly, a Colombian job-matching app, React Native with Expo and Firebase, for
formal and informal work): in ``DetailScreen`` an employer who refuses an applicant, invites
them to an interview or hires them gets their own mail program opened on a ``mailto:`` with a
one-sentence message — "Hola N, lamentamos informarte que tu perfil no ha sido seleccionado para
la vacante en este momento. ¡Éxitos en tu búsqueda!" under "Actualización de tu postulación ·
Workly". Plain text from the employer's mailbox; the mail names neither the employer nor the
job. Ours: the employer's address, the interview's date and time as the phone prints them.

globalTalentBridge (erikaoraymundo-prog/PI_IA_ML, a Brazilian students' job board matching Latin
American developers with jobs, FastAPI and React, "Projeto Integrador IA/ML 2026"): a recruiter
sets an application's status in the dashboard and ``update_application_status`` mails the
candidate (``_send_email_notification_simulated``: logged, and sent through SMTP when
``SMTP_HOST`` is set) — "Temos novidades sobre o seu processo seletivo para a vaga: J." and
"O status da sua candidatura foi atualizado para:" a badge with ``status_pt``'s words for the
status; the refusal is the badge **"Finalizado (Não selecionado nesta etapa)"**. The SMTP mail
is one HTML part from the code's fallback ``no-reply@globaltalentbridge.com``. Ours: the jobs
(two of the repository's own fallback titles).

No licence allows copying the texts (WebCertificados' is MIT; the CRM's ``package.json`` says
UNLICENSED; Workly and globalTalentBridge state none): they are read at build time, never
committed."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, spec
from .snapshot import Snapshot, blob_url
from .sources_suites35 import _text_part
from .sources_suites57 import _fill_literal, _literal_at

FIRST, LAST = OWNER[0].split()

WEBCERT = "ExtraProjects860/Project-Selection-Process-Control"
WEBCERT_COMMIT = "b9969dcf832cd724c229e9e519f3b174cd6f6361"
WEBCERT_CONTROLLER_PATH = "backend/src/controller/StatusProcessoSeletivoController.py"
WEBCERT_SERVICE_PATH = "backend/src/util/EmailService.py"
WEBCERT_ROUTES_PATH = "backend/src/routes/StatusProcessoSeletivoRoutes.py"
WEBCERT_TEMPLATE_PATH = "backend/src/static/template_aviso_atualizacao_status_processo.html"
WEBCERT_COMPANY = "WebCertificados"  # the mail's logo, its footer's "WebCertificados 2024 ©"
# ours: EMAILS_SENDER_STATUS_SELECTION_PROCESS_TEMPLATE is a setting (a Gmail account: the
# service logs in to smtp.gmail.com); the From header is the bare address
WEBCERT_SENDER = ("", "processoseletivo.webcertificados@gmail.example")
# (status HR sets, category): each status once, the refusal twice.
WEBCERT_MAILS = (
    ("ATIVO", "acknowledgement"),
    ("BANCO DE TALENTOS", "moving_forward"),
    ("REPROVAÇÃO", "rejection"),
    ("REPROVAÇÃO", "rejection"),
    ("ENCERRADO", "rejection"),
    ("CONCLUÍDO", "offer"),
    ("DESISTÊNCIA", "other"),
)


def python_dict_literal(source: str, name: str) -> dict[str, object]:
    """The literal ``name: ... = {...}`` of a Python source, read with ``ast.literal_eval``
    (only literals: a call or a name in it raises)."""
    m = re.search(rf"^\s*{re.escape(name)}(?::[^=\n]+)?\s*=\s*\{{", source, re.M)
    if m is None:
        raise ValueError(f"no dict {name}")
    depth, i = 0, m.end() - 1
    while True:
        c = source[i]
        if c in "\"'":
            # skip a one-line string literal (the statuses' texts have no braces, but be exact)
            j = i + 1
            while source[j] != c:
                j += 2 if source[j] == "\\" else 1
            i = j
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    value = ast.literal_eval(source[m.end() - 1 : i + 1])
    if not isinstance(value, dict):
        raise ValueError(f"{name} is not a dict")
    return value


def status_pairs(source: str, name: str) -> dict[str, tuple[str, str]]:
    """A dict literal of status -> (subject, sentence); any other value raises."""
    out = {}
    for key, value in python_dict_literal(source, name).items():
        if not (
            isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)
        ):
            raise ValueError(f"{name} is not a dict of pairs")
        out[key] = (value[0], value[1])
    return out


def status_words(source: str, name: str) -> dict[str, str]:
    """A dict literal of status -> the words shown for it; any other value raises."""
    out = {}
    for key, value in python_dict_literal(source, name).items():
        if not isinstance(value, str):
            raise ValueError(f"{name} is not a dict of strings")
        out[key] = value
    return out


def webcert_fill(template: str, replacements: Mapping[str, str]) -> str:
    """``__replace_placeholders``: each key (braces included) replaced by its value, in order."""
    for key, value in replacements.items():
        template = template.replace(key, value)
    return template


def _webcert_checked(snap: Snapshot) -> None:
    """Stop if the route no longer mails on a status change, or the service no longer fills
    the status template's three placeholders or sends HTML alone."""

    def read(path: str) -> str:
        return snap.read(WEBCERT, WEBCERT_COMMIT, path)

    if "controller.enviar_email_com_base_no_status(nome_usuario, email_usuario)" not in read(
        WEBCERT_ROUTES_PATH
    ):
        raise ValueError("the status route no longer sends the mail")
    service = read(WEBCERT_SERVICE_PATH)
    at = service.index("def send_email_informing_user_status_selection_process(")
    end = service.find("\n    def ", at + 1)
    method = service[at : end if end != -1 else len(service)]
    for part in (
        '"template_aviso_atualizacao_status_processo.html"',
        '"{title_html}": subject,',
        '"{text_html}": message,',
        '"{name_html}": name_user,',
    ):
        if part not in method:
            raise ValueError(f"the status mail changed: no {part}")
    if 'message.attach(MIMEText(email_html, "html"))' not in service:
        raise ValueError("send_email no longer sends HTML alone")


def webcert(snap: Snapshot) -> Iterator[Spec]:
    """The status mail HR's change sends, once a status (the refusal twice); HTML only."""
    unit = "webcertificados/pt"
    _webcert_checked(snap)
    messages = status_pairs(
        snap.read(WEBCERT, WEBCERT_COMMIT, WEBCERT_CONTROLLER_PATH), "status_mensagens"
    )
    template = snap.read(WEBCERT, WEBCERT_COMMIT, WEBCERT_TEMPLATE_PATH)
    for status, category in WEBCERT_MAILS:
        subject, message = messages[status]
        html = webcert_fill(
            template, {"{title_html}": subject, "{text_html}": message, "{name_html}": OWNER[0]}
        )
        if re.search(r"\{\w+_html\}", html):
            raise ValueError(f"{status}: a placeholder left")
        yield spec(
            unit,
            blob_url(WEBCERT, WEBCERT_COMMIT, WEBCERT_CONTROLLER_PATH),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company=WEBCERT_COMPANY,
            role="n/a",  # the mail names no job
            labels_on_rejection=True,
            sender=WEBCERT_SENDER,
            noreply=False,
            fmt="html_only",
        )


CRM = "AlomCRM/recruiter-crm-releases"
CRM_COMMIT = "97bc8e3f60cac76b0d5e08d92d51340965ac548d"
CRM_MAIN_PATH = "main.js"
CRM_APP_PATH = "renderer/app.js"
# Ours: the recruiter's settings (the app ships them empty).
CRM_RECRUITER = {
    "recruiter_nome": "Giulia",
    "recruiter_cognome": "Marchetti",
    "recruiter_email": "giulia.marchetti@risorsenordest.example.it",
    "recruiter_telefono": "+39 049 876 5432",
    "recruiter_azienda": "Risorse Nord Est Srl",
    "recruiter_sedi": "Padova e Treviso",
}
CRM_INTERVIEW = {
    "colloquio_data": "12/3/2026",  # new Date(value).toLocaleDateString("it-IT")
    "colloquio_ora": "10:30",
    "colloquio_link": "https://meet.google.com/kqv-hzbt-wdr",
    "colloquio_note": "",  # facoltative: left empty, as fillTemplate gives ""
}
# (template id, the candidate's role, category)
CRM_MAILS = (
    ("tpl-linkedin", "Impiegata amministrativa", "recruiter_outreach"),
    ("tpl-invito", "Impiegata amministrativa", "interview_invitation"),
    ("tpl-colloquio-link", "Impiegata amministrativa", "interview_invitation"),
    ("tpl-negativo", "Impiegata amministrativa", "rejection"),
    ("tpl-negativo", "Magazziniere carrellista", "rejection"),
)


def crm_templates(main_js: str) -> dict[str, tuple[str, str]]:
    """id -> (name, body) of ``DEFAULT_SETTINGS.templates``: JavaScript double-quoted strings,
    read as JSON strings (their escapes are JSON's)."""
    at = main_js.index("const DEFAULT_SETTINGS = {")
    start = main_js.index("templates: [", at)
    block = main_js[start : main_js.index("\n  ],", start)]
    string = r'"((?:[^"\\]|\\.)*)"'
    out = {}
    for m in re.finditer(rf"id: {string},\s*nome: {string},\s*corpo: {string},", block):
        ident, name, body = (json.loads(f'"{g}"') for g in m.groups())
        out[ident] = (name, body)
    if not out:
        raise ValueError("no templates")
    return out


def crm_fill(body: str, values: Mapping[str, str]) -> str:
    """``fillTemplate``: ``{{ key }}`` replaced by its value; a missing or empty one by ""."""
    return re.sub(r"{{\s*(\w+)\s*}}", lambda m: values.get(m.group(1), ""), body)


def _crm_checked(app_js: str) -> None:
    """Stop if the app no longer fills templates, or its mail button builds another subject."""
    for part in (
        "return corpo.replace(/{{\\s*(\\w+)\\s*}}/g, (m, k) => (map[k] !== undefined && "
        'map[k] !== "" ? map[k] : ""));',
        "const subject = encodeURIComponent(`${tpl.nome} — ${c.nome} ${c.cognome}`);",
        "const body = encodeURIComponent(fillTemplate(tpl.corpo, c, colloquio));",
    ):
        if part not in app_js:
            raise ValueError(f"the message modal changed: no {part[:40]}")


def recruitercrm(snap: Snapshot) -> Iterator[Spec]:
    """The CRM's default templates as "Apri in Email" opens them: first contact, interview
    invitation, interview confirmed with a link, and the refusal (twice, two roles); plain
    text from the recruiter's mailbox."""
    unit = "recruitercrm/it"
    _crm_checked(snap.read(CRM, CRM_COMMIT, CRM_APP_PATH))
    templates = crm_templates(snap.read(CRM, CRM_COMMIT, CRM_MAIN_PATH))
    recruiter = CRM_RECRUITER
    for ident, role, category in CRM_MAILS:
        name, body = templates[ident]
        values = {"nome": FIRST, "cognome": LAST, "ruolo": role, **recruiter, **CRM_INTERVIEW}
        yield spec(
            unit,
            blob_url(CRM, CRM_COMMIT, CRM_MAIN_PATH),
            category,
            subject=f"{name} — {FIRST} {LAST}",
            text=crm_fill(body, values) + "\n",
            company=recruiter["recruiter_azienda"],
            role=role,
            labels_on_rejection=True,
            sender=(
                f"{recruiter['recruiter_nome']} {recruiter['recruiter_cognome']}",
                recruiter["recruiter_email"],
            ),
            noreply=False,
            fmt="plain",
        )


WORKLY = "jp-rco/Workly"
WORKLY_COMMIT = "0c18641dd28b358629a86a8de93b24da084ec05b"
WORKLY_SCREEN_PATH = "src/screens/main/DetailScreen.tsx"
# ours: the employer's own mailbox (the app opens the device's mail program)
WORKLY_SENDER = ("Carolina Restrepo", "carolina.restrepo.obras@gmail.example")
WORKLY_VALUES = {
    "data.name": OWNER[0],
    # the phone's locale (es-CO) prints the date and the hour so
    "finalDate.toLocaleDateString()": "12/3/2026",
    "finalDate.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })": "10:30 a. m.",
}
# (the subject the app gives, category)
WORKLY_MAILS = (
    ("Invitación a Entrevista · Workly", "interview_invitation"),
    ("Actualización de tu postulación · Workly", "rejection"),
    ("Actualización de tu postulación · Workly", "rejection"),
    ("¡Felicidades! Has sido contratado/a · Workly", "offer"),
)


def workly_mails(source: str) -> dict[str, str]:
    """subject -> body literal of each ``sendEmail(data.email, '<subject>', `<body>`)``."""
    out = {}
    for m in re.finditer(r"sendEmail\(\s*data\.email,\s*'([^'\\]*)',\s*`", source):
        out[m.group(1)] = _literal_at(source, m.end() - 1)
    if not out:
        raise ValueError("no sendEmail calls")
    return out


def workly_body(literal: str, values: Mapping[str, str]) -> str:
    """A body literal filled, its ``\\n`` escapes read (it has no other escape)."""
    text = _fill_literal(literal, values).replace("\\n", "\n")
    if "\\" in text:
        raise ValueError("an escape the recipe does not read")
    return text


def workly(snap: Snapshot) -> Iterator[Spec]:
    """The employer's mails as the app opens them: interview, refusal (twice), hired."""
    unit = "workly/es"
    source = snap.read(WORKLY, WORKLY_COMMIT, WORKLY_SCREEN_PATH)
    if "const url = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=" not in source:
        raise ValueError("sendEmail no longer opens a mailto: link")
    mails = workly_mails(source)
    for subject, category in WORKLY_MAILS:
        yield spec(
            unit,
            blob_url(WORKLY, WORKLY_COMMIT, WORKLY_SCREEN_PATH),
            category,
            subject=subject,
            text=workly_body(mails[subject], WORKLY_VALUES) + "\n",
            # the mail names neither the employer nor the job
            company="n/a",
            role="n/a",
            sender=WORKLY_SENDER,
            noreply=False,
            fmt="plain",
        )


GTB = "erikaoraymundo-prog/PI_IA_ML"
GTB_COMMIT = "481b8eb7230595f7a0bd1dc7e92b9d495b842ee6"
GTB_ROUTE_PATH = "backend/routes/matching.py"
GTB_SENDER = ("", "no-reply@globaltalentbridge.com")  # the code's fallback sender
# (status the recruiter sets, the job: two of FALLBACK_JOBS' titles, category)
GTB_MAILS = (
    ("pendente", "Desenvolvedor Full Stack Junior", "acknowledgement"),
    ("analisando", "Desenvolvedor Full Stack Junior", "acknowledgement"),
    ("rejeitado", "Desenvolvedor Full Stack Junior", "rejection"),
    ("rejeitado", "Engenheiro de Dados Python / Spark", "rejection"),
    ("aceito", "Engenheiro de Dados Python / Spark", "offer"),
)


def gtb_mail_parts(source: str) -> tuple[str, str]:
    """(subject f-string, HTML f-string) of the SMTP branch of the status mail."""
    subject = re.search(r"msg\['Subject'\] = f\"([^\"]*)\"", source)
    html = re.search(r'html = f"""(.*?)"""', source, re.S)
    if subject is None or html is None:
        raise ValueError("no SMTP subject or HTML")
    if "msg.attach(MIMEText(html, 'html'))" not in source:
        raise ValueError("the mail is no longer HTML alone")
    return subject.group(1), html.group(1)


def gtb_fill(template: str, values: Mapping[str, str]) -> str:
    """A Python f-string whose fields are plain names, filled; any other field raises."""

    def field(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise ValueError(f"no value for {{{m.group(1)}}}")
        return values[m.group(1)]

    return re.sub(r"\{([^{}]*)\}", field, template)


def gtb(snap: Snapshot) -> Iterator[Spec]:
    """The status mail a recruiter's change sends, once a status (the refusal twice, two
    jobs); HTML only, from the fallback no-reply sender."""
    unit = "globaltalentbridge/pt"
    source = snap.read(GTB, GTB_COMMIT, GTB_ROUTE_PATH)
    if "_send_email_notification_simulated(user_email, user_name, job_title, new_status)" not in (
        source
    ):
        raise ValueError("the status route no longer mails")
    words = status_words(source, "status_pt")
    subject_t, html_t = gtb_mail_parts(source)
    for status, job, category in GTB_MAILS:
        values = {"name": OWNER[0], "job_title": job, "status_pt": words[status]}
        html = gtb_fill(html_t, values).strip()
        yield spec(
            unit,
            blob_url(GTB, GTB_COMMIT, GTB_ROUTE_PATH),
            category,
            subject=gtb_fill(subject_t, values),
            text=_text_part(html),
            html=html,
            # the mail names the job board, not the employer
            company="n/a",
            role=job,
            labels_on_rejection=True,
            sender=GTB_SENDER,
            noreply=True,
            fmt="html_only",
        )
