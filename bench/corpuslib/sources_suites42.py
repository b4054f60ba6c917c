"""Recipes for session 35's sources42 (issue 11): Portuguese and Spanish mail from a Lisbon
wellbeing firm's own recruiting, a Peruvian engineering contractor's job board and training
portal, and a Brazilian internship platform's mail to companies.

TEAM 24 (filipeferreira-spec/team24-website, the website and back office of TEAM 24, a
Portuguese workplace-wellbeing company; TypeScript, mail created and sent through Odoo's
``mail.mail`` over XML-RPC): the mails ``server/odoo.ts`` sends an applicant for one of its
vacancies: the receipt (for a vacancy or unsolicited), the selection questionnaire and its
reminder, and the refusal ("optámos por avançar com outros candidatos ... o seu currículo e
informações ficam guardados na nossa base de dados": a pt-PT no closed by a talent-pool line).
No snapshot could be fetched: characters 15,500-31,500 of the file (the four functions whole)
were read with ``read_file`` and saved verbatim with their source
(``../corpora/snap-42/.save_team24.py``).

Telcom (Canazachyub/ingeneriatelcom, the site and Apps Script back end of Ingenieria Telcom
EIRL, a Peruvian electrical-engineering contractor): the job board's status mail to an
applicant (``sendStatusUpdateEmail``: reviewed, called to an interview, not selected, hired,
one sentence each in the same frame) and the hiring welcome, in ``backend/05_bolsa.gs``; and
the training portal's result of an employee's course evaluation (``revisarEvaluacion`` in
``backend/06_capacitaciones.gs``: passed, or "OBSERVADO" with the evaluator's remarks: a course
assessment not passed, no job: look-alikes).

Upswing (jacinoberto/UpSwingAPI, a Brazilian platform matching students with internships and
first jobs; Spring, JavaMail): the mails to a company: its profile pending, approved or not
approved ("seu perfil em nossa plataforma não foi aprovado"), its vacancy pending, approved or
not approved ("sua vaga para T não foi aprovada para ser divulgada": an employer's job posting
refused, the recipient hires rather than applies: look-alikes); and to a student, the notice
that a matching vacancy has entered them in its selection (a job alert).

Ajundeai (FeAnchieta7771/Ajundeai, a Jundiaí school project's platform where NGOs post volunteer
"vagas" and review the volunteers' CVs; PHP, PHPMailer): the mail the platform sends a
volunteer on an NGO's behalf: refused ("Após análise do seu currículo, infelizmente você não foi
selecionado(a) para esta oportunidade"), approved, or invited to a vacancy. A volunteer place
refused, unpaid ("O trabalho voluntário nesta função"), no job: look-alikes in a job refusal's
very words."""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_suites29 import _java_concat, _java_method_by_signature
from .sources_suites32 import _html_only
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_function, js_literal

TEAM24 = "filipeferreira-spec/team24-website"
# read_file's commit for the saved excerpt (a plain file: no snapshot could be fetched).
TEAM24_READ_AT = "e8126330dd3685d19b4149544cc6601388490f4b"
TEAM24_SOURCE_PATH = "server/odoo.ts"
TEAM24_PATH = "team24_odoo_excerpt.json"
TEAM24_NAME = "TEAM 24"
# function: (category, variants). The receipt is sent for a vacancy and for an unsolicited
# application (its title "Candidatura Espontânea"); the questionnaire invites to a selection
# step (assessment), the reminder repeats it.
TEAM24_MAILS = {
    "sendEmailConfirmacaoCandidatura": ("acknowledgement", 2),
    "sendQuestionarioEmail": ("assessment", 1),
    "sendLembreteQuestionarioEmail": ("assessment", 1),
    "sendEmailRejeicao": ("rejection", 3),
}
TEAM24_UNSOLICITED = "Candidatura Espontânea"
# Ours: the questionnaire's link.
TEAM24_LINK = "https://www.team24.pt/questionario/{n}f3a9c2"


def _xml_string(struct: str, member: str) -> str:
    """The ``<string>`` value of ``member`` in an XML-RPC struct literal, entities undone;
    none raises."""
    m = re.search(
        rf"<name>{member}</name><value><string>(.*?)</string></value>", struct, flags=re.S
    )
    if not m:
        raise ValueError(f"no {member}")
    return html_lib.unescape(m.group(1))


def _team24_values(function: str, title: str, n: int) -> dict[str, str]:
    """The ``${...}`` expressions of the applicant's mails, by their exact text, as the function
    computes them (``escapeXml`` escapes the five XML entities, as ``html.escape`` does)."""
    unsolicited = title == TEAM24_UNSOLICITED
    escaped = html_lib.escape(title)
    return {
        "escapeXml(greeting)": html_lib.escape(f"Olá {OWNER[0]},"),
        "escapeXml(vagaTitulo)": escaped,
        "questionarioLink": TEAM24_LINK.format(n=n),
        "vagaTexto": (
            "a sua candidatura espontânea"
            if unsolicited
            else f"a sua candidatura para a vaga <strong>{escaped}</strong>"
        ),
    }


def team24(snap: Snapshot) -> Iterator[Spec]:
    """Each mail as its function builds it: the ``bodyHtml`` literal filled, the subject and
    the sender from the ``mail.mail`` create call, entities undone; multipart, as Odoo adds a
    text part made from the HTML (``html2plaintext``)."""
    unit = "team24/pt"
    saved = json.loads(snap.read(TEAM24, TEAM24_READ_AT, TEAM24_PATH))
    if saved["_source"]["commit"] != TEAM24_READ_AT:
        raise ValueError("the excerpt was read at another commit")
    source = saved["text"]
    url = blob_url(TEAM24, TEAM24_READ_AT, TEAM24_SOURCE_PATH)
    n = 0
    for function, (category, variants) in TEAM24_MAILS.items():
        body = js_function(source, function, "export async function")
        template = js_literal(body, "const bodyHtml =")
        struct = js_literal(body, '"create",')
        sender = re.fullmatch(r"(.*?)\s*<([^>]+)>", _xml_string(struct, "email_from"))
        if not sender:
            raise ValueError(f"{function}: no sender")
        for v in range(variants):
            unsolicited = function == "sendEmailConfirmacaoCandidatura" and v == 1
            role = TEAM24_UNSOLICITED if unsolicited else fill_for(unit, function, "pt", n).role
            values = _team24_values(function, role, n)
            subject_values = {
                "escapeXml(vagaTitulo)": role,
                "subjectVaga": "" if unsolicited else f" · {role}",
            }
            html = fill_js(template, values)
            yield _html_only(
                unit,
                url,
                category,
                fill_js(_xml_string(struct, "subject"), subject_values),
                html,
                TEAM24_NAME,
                role,
                (sender.group(1), sender.group(2)),
                noreply=False,
                text=html_to_text(html),
                labels_on_rejection=True,
            )
            n += 1


TELCOM = "Canazachyub/ingeneriatelcom"
TELCOM_COMMIT = "919aae0f918b6a1bdccbd360f19a6fe539268fa8"
TELCOM_BOARD_PATH = "backend/05_bolsa.gs"
TELCOM_TRAINING_PATH = "backend/06_capacitaciones.gs"
TELCOM_NAME = "Ingenieria Telcom EIRL"
# status of sendStatusUpdateEmail: (category, variants). "revisado" says only that the
# application was reviewed.
TELCOM_STATUSES = {
    "revisado": ("acknowledgement", 1),
    "entrevista": ("interview_invitation", 1),
    "rechazado": ("rejection", 2),
    "contratado": ("offer", 1),
}
# revisarEvaluacion's estado: (category, variants). A course evaluation "observado" is a
# training result not passed, to an employee: no job decided.
TELCOM_EVALUATIONS = {"observado": ("not_a_job", 2), "aprobado": ("other", 1)}
# Ours: the sender (MailApp sends from the script owner's account, not in the repository), the
# courses, the marks and the evaluator's remarks.
TELCOM_SENDER = (TELCOM_NAME, "postulaciones@ingenieriatelcom.pe")
TELCOM_COURSES = (
    "Seguridad en trabajos eléctricos de media tensión",
    "Trabajos en altura",
    "Primeros auxilios en obra",
)
TELCOM_MARKS = ("11", "9", "17")
TELCOM_REMARKS = (
    "Repasar las cinco reglas de oro antes de la maniobra.",
    "Revisar el uso del arnés y los puntos de anclaje.",
)
_JS_STR = r"'(?:[^'\\]|\\.)*'"
_JS_TERNARY = re.compile(rf"\((\w+) \? ((?:{_JS_STR}|[^:'])*?) : ((?:{_JS_STR}|[^)'])*)\)")


def _js_plus(expr: str, values: dict[str, str], flags: dict[str, bool]) -> str:
    """A JavaScript concatenation of ``'...'`` literals and expressions looked up by their text,
    a ``(flag ? a : b)`` replaced by the branch ``flags`` picks; an unknown one raises."""

    def pick(m: re.Match[str]) -> str:
        if m.group(1) not in flags:
            raise ValueError(f"unknown condition {m.group(1)}")
        return m.group(2) if flags[m.group(1)] else m.group(3)

    out = []
    for literal, other in re.findall(rf"({_JS_STR})|([^+']+)", _JS_TERNARY.sub(pick, expr)):
        if literal:
            out.append(re.sub(r"\\(.)", r"\1", literal[1:-1]))
        elif other.strip():
            key = " ".join(other.split())
            if key not in values:
                raise ValueError(f"unfilled JavaScript expression {key}")
            out.append(values[key])
    return "".join(out)


def telcom(snap: Snapshot) -> Iterator[Spec]:
    """The job board's status mails and welcome, plain text as ``MailApp.sendEmail(to, subject,
    body)`` sends the template literal; the course evaluation's result, HTML only as its
    ``htmlBody``."""
    unit = "telcom/es"
    board = snap.read(TELCOM, TELCOM_COMMIT, TELCOM_BOARD_PATH)
    board_url = blob_url(TELCOM, TELCOM_COMMIT, TELCOM_BOARD_PATH)
    status = js_function(board, "sendStatusUpdateEmail", "function")
    messages = dict(re.findall(rf"'(\w+)': ({_JS_STR})", status))
    subject = re.search(rf"MailApp\.sendEmail\(applicationRow\[4\], ({_JS_STR}), body\)", status)
    if not subject:
        raise ValueError("no status subject")
    template = js_literal(status, "const body =")
    default = "messages[newStatus] || 'El estado de tu postulacion ha cambiado.'"
    n = 0
    for key, (category, variants) in TELCOM_STATUSES.items():
        for _ in range(variants):
            text = fill_js(
                template,
                {"applicationRow[2]": OWNER[0], default: _js_plus(messages[key], {}, {})},
            )
            yield _spec(
                unit,
                board_url,
                category,
                subject=_js_plus(subject.group(1), {}, {}),
                text=text,
                company=TELCOM_NAME,
                role="n/a",
                labels_on_rejection=True,
                sender=TELCOM_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1
    hire = js_function(board, "sendHireNotification", "function")
    hire_subject = re.search(rf"MailApp\.sendEmail\(email, ({_JS_STR}), body\)", hire)
    if not hire_subject:
        raise ValueError("no hire subject")
    role = fill_for(unit, "sendHireNotification", "es", n).role
    yield _spec(
        unit,
        board_url,
        "offer",
        subject=_js_plus(hire_subject.group(1), {}, {}),
        text=fill_js(js_literal(hire, "const body ="), {"nombre": OWNER[0], "cargo": role}),
        company="n/a",
        role="n/a",
        sender=TELCOM_SENDER,
        noreply=False,
    )
    n += 1
    training = js_function(
        snap.read(TELCOM, TELCOM_COMMIT, TELCOM_TRAINING_PATH), "revisarEvaluacion", "function"
    )
    call = re.search(r"subject: (.*?),\n\s*htmlBody: (.*?)\n\s*\}\);", training, flags=re.S)
    if not call:
        raise ValueError("no evaluation mail")
    training_url = blob_url(TELCOM, TELCOM_COMMIT, TELCOM_TRAINING_PATH)
    for estado, (category, variants) in TELCOM_EVALUATIONS.items():
        for v in range(variants):
            remark = TELCOM_REMARKS[v % len(TELCOM_REMARKS)] if estado == "observado" else ""
            values = {
                "evalRow.nombres": OWNER[0].split(" ")[0],
                "tituloCap": TELCOM_COURSES[n % len(TELCOM_COURSES)],
                "estadoLabel": "APROBADO" if estado == "aprobado" else "OBSERVADO",
                "colorEstado": "#16a34a" if estado == "aprobado" else "#d97706",
                "nota_final": TELCOM_MARKS[n % len(TELCOM_MARKS)],
                "retroalimentacion": remark,
            }
            flags = {"retroalimentacion": bool(remark)}
            yield _html_only(
                unit,
                training_url,
                category,
                _js_plus(call.group(1), values, flags),
                _js_plus(call.group(2), values, flags),
                "n/a",
                "n/a",
                TELCOM_SENDER,
                noreply=False,
            )
            n += 1


UPSWING = "jacinoberto/UpSwingAPI"
UPSWING_COMMIT = "f050fa5d591480106af45d227024ea6f4885dfab"
UPSWING_DIR = "src/main/java/br/com/noberto/upswing"
UPSWING_SERVICE_PATH = f"{UPSWING_DIR}/services/mail/EmailService.java"
# EmailService method: (class of util/emails, its method, category, variants). The company's
# profile and its vacancy refused by the platform: the recipient hires, it does not apply.
UPSWING_MAILS = (
    ("emailForPendingProfile", "CompanyEmailToSend", "emailPending", "other", 1),
    ("emailForApprovedProfile", "CompanyEmailToSend", "emailApproved", "other", 1),
    ("emailForNotApprovedProfile", "CompanyEmailToSend", "emailNotApproved", "not_a_job", 2),
    ("emailForPendingVacancy", "JobOfferEmailToSend", "emailPending", "other", 1),
    ("emailForApprovedVacancy", "JobOfferEmailToSend", "emailApproved", "other", 1),
    ("emailForNotApprovedVacancy", "JobOfferEmailToSend", "emailNotApproved", "not_a_job", 2),
    ("emailForJobApplication", "StudentEmailToSend", "getAppliedVacancyEmail", "job_alert", 1),
)
# Ours: the companies' account names, the sender (spring.mail.username is an environment
# variable).
UPSWING_COMPANIES = ("Padaria Trigo Dourado Ltda", "Contábil Horizonte", "Vértice Engenharia")
UPSWING_SENDER = ("Upswing", "contato@upswing.com.br")


def upswing(snap: Snapshot) -> Iterator[Spec]:
    """Each mail as its ``EmailService`` method sends it: the subject its ``setSubject`` gives,
    the HTML the template method's returned concatenation builds (``setText(html, true)``, so
    HTML only)."""
    unit = "upswing/pt"
    service = snap.read(UPSWING, UPSWING_COMMIT, UPSWING_SERVICE_PATH)
    n = 0
    for method, cls, template, category, variants in UPSWING_MAILS:
        body = _java_method_by_signature(service, f"public void {method}(")
        subject = re.search(r'setSubject\("((?:[^"\\]|\\.)*)"\)', body)
        if not subject:
            raise ValueError(f"{method}: no subject")
        path = f"{UPSWING_DIR}/util/emails/{cls}.java"
        source = snap.read(UPSWING, UPSWING_COMMIT, path)
        returned = re.search(
            r"return (.*);\s*$",
            _java_method_by_signature(source, f"public String {template}("),
            flags=re.S,
        )
        if not returned:
            raise ValueError(f"{cls}.{template}: no return")
        for _ in range(variants):
            company = UPSWING_COMPANIES[n % len(UPSWING_COMPANIES)]
            position = fill_for(unit, template, "pt", n).role
            values = {
                "company.getAccount().getName()": company,
                "jobOffer.getCompany().getAccount().getName()": company,
                "jobOffer.getPosition()": position,
                "student.getAccount().getName()": OWNER[0],
            }
            yield _html_only(
                unit,
                blob_url(UPSWING, UPSWING_COMMIT, path),
                category,
                subject.group(1),
                _java_concat(returned.group(1), values),
                "n/a",
                "n/a",
                UPSWING_SENDER,
                noreply=False,
            )
            n += 1


AJUNDEAI = "FeAnchieta7771/Ajundeai"
AJUNDEAI_COMMIT = "da31d943211d2c0f472af1ac4fb747e2dad106ab"
AJUNDEAI_PATH = "To_xampp_server/php_functs/php_methods/send_email.php"
# setEmail's $type: (category, variants). Volunteer places: the refusal is not a job's.
AJUNDEAI_MAILS = {"disapprove": ("not_a_job", 2), "aprroved": ("other", 1), "calling": ("other", 1)}
# Ours: the NGOs (their names, ``$_SESSION['name']``, and the reply-to their login gives) and
# the volunteer places.
AJUNDEAI_NGOS = (
    ("Instituto Mãos Dadas", "contato@maosdadas.org.br"),
    ("Associação Amigos do Bairro Anhangabaú", "amigos.anhangabau@gmail.com"),
)
AJUNDEAI_PLACES = ("Monitor de reforço escolar", "Apoio na distribuição de cestas básicas")
_PHP_STR = r'"((?:[^"\\]|\\.)*)"'


def _php_branch(source: str, kind: str) -> str:
    """The body of ``if ($type == 'kind')`` (or its ``else if``) up to the next branch."""
    m = re.search(rf"if \(\$type == '{kind}'\)\s*\{{(.*?)\n\s*\}}", source, flags=re.S)
    if not m:
        raise ValueError(f"no branch {kind}")
    return m.group(1)


def _php_interpolate(text: str, values: dict[str, str]) -> str:
    """A double-quoted PHP string's ``$name`` interpolations filled; an unknown one raises."""
    return fill_exact(text, r"\$(\w+)", values)


def ajundeai(snap: Snapshot) -> Iterator[Spec]:
    """Each branch's ``Subject``, ``Body`` (HTML) and ``AltBody`` (text) with their ``$name``
    interpolations filled, multipart as PHPMailer sends them, from the ``setFrom`` sender with
    the NGO as reply-to."""
    unit = "ajundeai/pt"
    source = snap.read(AJUNDEAI, AJUNDEAI_COMMIT, AJUNDEAI_PATH)
    sender = re.search(r"setFrom\('([^']+)', '([^']+)'\)", source)
    if not sender:
        raise ValueError("no setFrom")
    link = re.search(r"\$portal_link\s*=\s*'([^']+)'", source)
    if not link:
        raise ValueError("no $portal_link")
    url = blob_url(AJUNDEAI, AJUNDEAI_COMMIT, AJUNDEAI_PATH)
    n = 0
    for kind, (category, variants) in AJUNDEAI_MAILS.items():
        branch = _php_branch(source, kind)
        fields = {
            name: re.search(rf"\$mail->{name} = {_PHP_STR};", branch, flags=re.S)
            for name in ("Subject", "Body", "AltBody")
        }
        for _ in range(variants):
            ngo, ngo_mail = AJUNDEAI_NGOS[n % len(AJUNDEAI_NGOS)]
            place = AJUNDEAI_PLACES[n % len(AJUNDEAI_PLACES)]
            values = {
                "candidate_name": OWNER[0],
                "name_slot": place,
                "position_name": place,
                "org_name": ngo,
                "portal_link": link.group(1),
            }
            filled = {}
            for name, m in fields.items():
                if not m:
                    raise ValueError(f"{kind}: no {name}")
                filled[name] = _php_interpolate(m.group(1), values)
            yield _spec(
                unit,
                url,
                category,
                subject=filled["Subject"],
                text=filled["AltBody"],
                html=filled["Body"],
                company="n/a",
                role="n/a",
                sender=(sender.group(2), sender.group(1)),
                noreply=kind == "calling",
                fmt="html",
                reply_to=ngo_mail,
            )
            n += 1
