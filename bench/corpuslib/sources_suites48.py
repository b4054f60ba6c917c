"""Recipes for session 37's sources48 (issue 11): Spanish, Portuguese and Italian mail from a
Colombian employer-review site, a Mexican company's HR intranet, a Brazilian tour operator's
careers form and the Scuola Normale Superiore's orientation-course portal. None of the four
writes a job refusal; each writes a job look-alike: a refusal or a receipt in a job's words
that is not an answer to a job application (the kind test's false rejections are made of).

Vida and Work (diegoburland/app_emp, the employer-review site vidaandwork.com, "Ocupasión";
Laravel, one Mailable ``OcupasionEmail`` sending ``$data['template']`` under
``$data['subject']`` from ``no-reply@vidaandwork.com``, "Vida and Work"): the three mails
``Evaluacion_controller::enviarEmail`` sends a reviewer once the anonymous review of a
company has been checked: published ("¡Publicamos tu evaluación anónima sobre Empresa X!",
other), published after an edit by the moderators (other), and refused ("¡Desafortunadamente
falló la subida de tu evaluación sobre Empresa X!", its reasons naming interns, employees and
former employees: a refusal, no job: ``not_a_job``). The views are HTML, sent as they are.
The controller fills ``$password`` with the user's stored (hashed) password, as the code does:
ours is a bcrypt-shaped string. Left out: the account and address confirmations.

Requisiciones (irvingaltuzar/systemsAPI_Backend, the HR intranet of a Mexican company;
Laravel Markdown mail queued by ``SendEmailJob``): the requisition of a vacancy a manager
asked HR for, "cancelada o rechazada" (``cancelRequisitionMail``) or "autorizada por Recursos
Humanos" (``autorizeRequisitionMail``): to an employee about a post to fill, not to an
applicant (other, a look-alike with "Vacante" and "rechazada" in it). The views' extra
``['data' => $data]`` component argument is dropped (it only passes the data); the button's
intranet address is the view's. Left out: the requisitions' other steps (new, sign,
validate), which go to approvers.

Paytour (cleiton-lima/teste_paytour, a Brazilian tour operator's careers form; Laravel
Markdown mail ``AgradecimentoVaga`` from ``contato@paytour.com``): the receipt sent to whoever
submits a CV ("Obrigado por participar do nosso processo seletivo"): an acknowledgement. The
view prints the CV's fields; its ``@if($curriculo->observacoes)`` branch echoes an undefined
constant (``{{ observacoes}}``) that would fail, so our CVs have no remarks, and the branch
is left out as Blade leaves it.

SNS Orientamento (ScuolaNormaleSuperiore/portale-corsi-iniziative-orientamento, the Scuola
Normale Superiore's portal for its orientation courses; Laravel notifications with a view in
the portal's HTML layout, sent from ``MAIL_FROM_NAME`` "SNS - Orientamenti"): the receipt of
a student's application to the courses ("Ti ringraziamo per l'invio della tua candidatura.
Gli esiti delle selezioni saranno pubblicati su questo sito"), the school's receipt for
applying on its pupils' behalf, and the school's confirmed address: a course, no job
(other). The views' preview block (``@if (app('request')->input('preview') == 1)``) is false
in a sent mail and dropped; the layout's ``@section ... @show`` blocks render in place."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, spec
from .snapshot import Snapshot, blob_url
from .sources_suites14 import _fill_blade
from .sources_suites29 import _java_concat
from .sources_suites35 import _text_part
from .sources_suites39 import _INCLUDE, _blade_layout
from .sources_suites45 import _build_mail, _markdown_html
from .templating import blade_branches, fill_exact, fill_js

VIDAWORK = "diegoburland/app_emp"
VIDAWORK_COMMIT = "77ed5e275990c65f0cb3bbb64854bb1ed6ad56f7"
VIDAWORK_CONTROLLER = "app/Http/Controllers/Evaluacion_controller.php"
# enviarEmail's $contenido: (category, variants).
VIDAWORK_MAILS = {
    "ACEPTADO": ("other", 1),
    "EDITADO": ("other", 1),
    "RECHAZADO": ("not_a_job", 2),
}
VIDAWORK_SENDER = ("Vida and Work", "no-reply@vidaandwork.com")
# Ours: the companies reviewed (``razon_social``), a stored password hash.
VIDAWORK_COMPANIES = ("Almacenes Éxito S.A.", "Bancolombia S.A.", "Servientrega S.A.")
VIDAWORK_HASH = "$2y$10$Qm7kV0a3yXc2fR9tLw8eUOd1sH5bJ4nP6gZ0vT2rK8mA3cE9iF7xW"


def _vidawork_branches(controller: str) -> dict[str, tuple[str, str]]:
    """``enviarEmail``'s branches: $contenido -> (subject, view name)."""
    found = re.findall(
        r"\$contenido == '(\w+)'.*?\$subject = '([^']*)';\s*\$template = '([\w.]+)';",
        controller,
        flags=re.S,
    )
    if not found:
        raise ValueError("no enviarEmail branches")
    return {status: (subject, view) for status, subject, view in found}


def vidawork(snap: Snapshot) -> Iterator[Spec]:
    """Each branch of ``enviarEmail``: its view filled with a company and the reviewer's
    address, under the branch's subject, HTML only (``->view(...)``)."""
    unit = "vidawork/es"
    branches = _vidawork_branches(snap.read(VIDAWORK, VIDAWORK_COMMIT, VIDAWORK_CONTROLLER))
    address = "robin.berger@example.org"
    n = 0
    for status, (category, variants) in VIDAWORK_MAILS.items():
        subject, view = branches[status]
        path = f"resources/views/{view.replace('.', '/')}.blade.php"
        source = snap.read(VIDAWORK, VIDAWORK_COMMIT, path)
        for _ in range(variants):
            values = {
                "$empresa": VIDAWORK_COMPANIES[n % len(VIDAWORK_COMPANIES)],
                "$correo": address,
                "$password": VIDAWORK_HASH,
            }
            html = _fill_blade(source, values)
            yield spec(
                unit,
                blob_url(VIDAWORK, VIDAWORK_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company="n/a",
                role="n/a",
                sender=VIDAWORK_SENDER,
                noreply=True,
                fmt="html_only",
            )
            n += 1


REQUIS = "irvingaltuzar/systemsAPI_Backend"
REQUIS_COMMIT = "94c8044dcd815a8a2435c6896658537e996feddd"
# Mailable: (category, variants); both to the employee who asked for the vacancy.
REQUIS_MAILS = {"cancelRequisitionMail": ("other", 2), "autorizeRequisitionMail": ("other", 1)}
REQUIS_BUTTON = "http://192.168.3.170:8080/MisRequisiciones"
# Ours: the app's name (``.env.example`` has "Laravel") and address, its sender (environment
# values), the requester and the vacancies.
REQUIS_APP = ("Intranet Grupo DMI", "https://intranet.grupodmi.com.mx")
REQUIS_SENDER = ("Intranet Grupo DMI", "notificaciones@grupodmi.com.mx")
REQUIS_VACANCIES = ("Auxiliar Contable", "Residente de Obra", "Analista de Nómina")


def requis(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's Markdown view (the message component's data argument dropped) filled
    with a requisition, in Laravel's default layout; HTML with its text part."""
    unit = "requisiciones/es"
    app, url = REQUIS_APP
    n = 0
    for mailable, (category, variants) in REQUIS_MAILS.items():
        subject, _, view = _build_mail(snap.read(REQUIS, REQUIS_COMMIT, f"app/Mail/{mailable}.php"))
        path = f"resources/views/{view.replace('.', '/')}.blade.php"
        source = snap.read(REQUIS, REQUIS_COMMIT, path).replace(
            "@component('mail::message', ['data' => $data])", "@component('mail::message')"
        )
        for _ in range(variants):
            values = {
                "$data[\"data\"]['user']": "Robin Berger",
                "$data[\"data\"]['id']": str(1184 + 37 * n),
                "$data[\"data\"]['vacancy']": REQUIS_VACANCIES[n % len(REQUIS_VACANCIES)],
                f"'{REQUIS_BUTTON}'": REQUIS_BUTTON,
            }
            html = _markdown_html(source, values, app, url)
            yield spec(
                unit,
                blob_url(REQUIS, REQUIS_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company="n/a",
                role="n/a",
                sender=REQUIS_SENDER,
                noreply=False,
                fmt="html",
            )
            n += 1


PAYTOUR = "cleiton-lima/teste_paytour"
PAYTOUR_COMMIT = "3812d4e929115db9fdaaf5bccdb2992a0a0c1905"
PAYTOUR_MAILABLE = "app/Mail/AgradecimentoVaga.php"
# Ours: the app's name (``.env.example`` has "Laravel") and address; the CVs (no remarks).
PAYTOUR_APP = ("Paytour", "https://paytour.com.br")
PAYTOUR_CVS = (
    ("(11) 98734-2210", "Analista de Suporte", "Ensino Superior Completo"),
    ("(85) 99612-4478", "Desenvolvedor PHP", "Ensino Superior Incompleto"),
)


def paytour(snap: Snapshot) -> Iterator[Spec]:
    """The receipt's Markdown view with a CV filled (its remarks branch false), subject and
    sender from ``build()``; HTML with the text part, then HTML only."""
    unit = "paytour/pt"
    mailable = snap.read(PAYTOUR, PAYTOUR_COMMIT, PAYTOUR_MAILABLE)
    subject, _, view = _build_mail(mailable)
    sender = re.search(r"env\('SYSTEM_MAIL', '([^']+)'\)", mailable)
    if not sender:
        raise ValueError("no default sender in build()")
    path = f"resources/views/{view.replace('.', '/')}.blade.php"
    source = snap.read(PAYTOUR, PAYTOUR_COMMIT, path)
    body = "\n".join(blade_branches(source.split("\n"), {"$curriculo->observacoes": False}))
    app, url = PAYTOUR_APP
    for n, (phone, post, schooling) in enumerate(PAYTOUR_CVS):
        values = {
            "$curriculo->nome": OWNER[0],
            "$curriculo->email": OWNER[1],
            "$curriculo->telefone": phone,
            "$curriculo->cargo_desejado": post,
            "$curriculo->escolaridade": schooling,
            "$curriculo->observacoes": "",
            "config('app.name')": app,
        }
        html = _markdown_html(body, values, app, url)
        yield spec(
            unit,
            blob_url(PAYTOUR, PAYTOUR_COMMIT, path),
            "acknowledgement",
            subject=subject,
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=(app, sender.group(1)),
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


SNS = "ScuolaNormaleSuperiore/portale-corsi-iniziative-orientamento"
SNS_COMMIT = "028fd8029330974e17fda2e864012c7c28f76475"
# (notification, view, category): a student's and a school's application to the orientation
# courses received, the school's address confirmed.
SNS_MAILS = (
    ("CandidaturaInviata", "candidatura-inviata-studente", "other"),
    ("CandidaturaInviata", "candidatura-inviata-scuola", "other"),
    ("RichiestaScuolaAccettata", "richiesta-scuola-accettata", "other"),
)
# Ours: the portal's address (``APP_URL`` is a placeholder) and sender address.
SNS_URL = "https://orientamento.sns.it"
SNS_SENDER = ("SNS - Orientamenti", "orientamento@sns.it")
_SNS_PREVIEW = re.compile(r"(?s)\A\s*@if \(app\('request'\)->input\('preview'\) == 1\).*?@endif\s*")


def _sns_subject(notification: str, view: str) -> str:
    """The ``Lang::get(...)`` subject: the literal given to it, or the ``$subject`` set beside
    the view."""
    direct = re.search(r"->subject\(Lang::get\('([^']*)'\)\)", notification)
    if direct:
        return direct.group(1)
    m = re.search(
        rf"\$view = 'emails\.notifications\.{re.escape(view)}';\s*\$subject = '([^']*)';",
        notification,
    )
    if not m:
        raise ValueError(f"no subject for {view}")
    return m.group(1)


def _php_number(x: float) -> str:
    """A PHP number echoed: ``1.0`` as ``1``, ``1.5`` as ``1.5``."""
    return str(int(x)) if x == int(x) else str(x)


def _sns_loops(style: str) -> str:
    """The style partial's two loops unrolled as Blade runs them: ``@for ($i = 0; $i < N ;
    $i++)`` with ``{{ $i }}`` and ``{{ $i * K }}`` in its body, and ``@foreach([...] as
    $label=>$value)`` over a literal array of string pairs."""

    def unroll_for(m: re.Match[str]) -> str:
        start, stop, body = int(m.group(1)), int(m.group(2)), m.group(3)
        out = []
        for i in range(start, stop):
            text = re.sub(
                r"\{\{\s*\$i \* ([\d.]+)\s*\}\}",
                lambda k, i=i: _php_number(i * float(k.group(1))),
                body,
            )
            out.append(re.sub(r"\{\{\s*\$i\s*\}\}", str(i), text))
        return "".join(out)

    def unroll_foreach(m: re.Match[str]) -> str:
        pairs = re.findall(r'"([^"]*)"\s*=>\s*"([^"]*)"', m.group(1))
        return "".join(
            m.group(2).replace("{{$label}}", label).replace("{{$value}}", value)
            for label, value in pairs
        )

    style = re.sub(
        r"(?s)@for \(\$i = (\d+); \$i < (\d+) ; \$i\+\+\)(.*?)@endfor",
        unroll_for,
        style,
    )
    return re.sub(
        r"(?s)@foreach\(\[(.*?)\] as \$label=>\$value\)(.*?)@endforeach", unroll_foreach, style
    )


def _sns_page(view: str, read: object) -> str:
    """The view in its layout: the preview block dropped, includes read (nested ones too),
    ``@section ... @show`` rendered in place, Blade comments dropped."""
    assert callable(read)
    page = _blade_layout(_SNS_PREVIEW.sub("", view), read)
    while _INCLUDE.search(page):
        page = _INCLUDE.sub(lambda i: read(i.group(1)), page)
    page = re.sub(r"@section\('\w+'\)\n?|@show\n?", "", page)
    page = re.sub(r"(?s)\{\{--.*?--\}\}\n?", "", page)
    page = _sns_loops(page)
    if "@" in re.sub(r"@import|@media|[\w.-]+@[\w.-]+", "", page):
        raise ValueError("an unread Blade directive")
    return page


def sns(snap: Snapshot) -> Iterator[Spec]:
    """Each notification's view in the portal's layout, ``$url`` filled; HTML only (a
    ``MailMessage`` with a ``view``)."""
    unit = "snsorient/it"

    def read(name: str) -> str:
        return snap.read(SNS, SNS_COMMIT, f"resources/views/{name.replace('.', '/')}.blade.php")

    for notification, view, category in SNS_MAILS:
        code = snap.read(SNS, SNS_COMMIT, f"app/Notifications/{notification}.php")
        path = f"resources/views/emails/notifications/{view}.blade.php"
        html = _fill_blade(_sns_page(read(f"emails.notifications.{view}"), read), {"$url": SNS_URL})
        yield spec(
            unit,
            blob_url(SNS, SNS_COMMIT, path),
            category,
            subject=_sns_subject(code, view),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=SNS_SENDER,
            noreply=False,
            fmt="html_only",
        )


SERNATUR = "fdomorales/asignacion_directa"
SERNATUR_COMMIT = "9fc85be0b9722e8e25b14535f0f54b009932f6c5"
# Mailable: (category, variants). The social places of SERNATUR's holiday programme for
# senior citizens: a club's application sent, accepted, refused, granted a trip.
SERNATUR_MAILS = {
    "PostulacionEnviada": ("other", 1),
    "PostulacionAceptada": ("other", 1),
    "PostulacionRechazada": ("not_a_job", 2),
    "PostulacionConViaje": ("other", 1),
}
# Ours: the app's name and address in Laravel's layout (``.env.example`` has "Laravel"), the
# application numbers.
SERNATUR_APP = ("Asignación Directa", "https://asignaciondirecta.sernatur.cl")


def _sernatur_build(mailable: str) -> tuple[str, tuple[str, str], str]:
    """(subject, (name, address), view) of a Mailable's ``build()`` (``_build_mail``), the
    sender's name from ``->from('a', 'N')``."""
    subject, address, view = _build_mail(mailable)
    name = re.search(r"->from\('[^']+',\s*'([^']+)'\)", mailable)
    if address is None or name is None:
        raise ValueError("no named sender in build()")
    return subject, (name.group(1), address), view


def sernatur(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's Markdown view (the application number filled where the view prints
    it) in Laravel's default layout; HTML, in turn with and without the text part."""
    unit = "sernatur/es"
    app, url = SERNATUR_APP
    n = 0
    for mailable, (category, variants) in SERNATUR_MAILS.items():
        code = snap.read(SERNATUR, SERNATUR_COMMIT, f"app/Mail/{mailable}.php")
        subject, sender, view = _sernatur_build(code)
        path = f"resources/views/{view.replace('.', '/')}.blade.php"
        source = snap.read(SERNATUR, SERNATUR_COMMIT, path)
        for _ in range(variants):
            html = _markdown_html(source, {"$idpostulacion": str(2317 + 29 * n)}, app, url)
            yield spec(
                unit,
                blob_url(SERNATUR, SERNATUR_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company="n/a",
                role="n/a",
                sender=sender,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


GENTEPRO = "DevMatos7/recrutamento-saas"
GENTEPRO_COMMIT = "5075b8b15b670e393156c41d1b2b8cae13e0dfdc"
GENTEPRO_PATH = "server/services/communication-service.ts"
# getTemplates()'s channel: category. No refusal among them.
GENTEPRO_MAILS = {
    "inscricao": "acknowledgement",
    "pipeline": "moving_forward",
    "entrevista": "interview_invitation",
    "teste": "assessment",
}
GENTEPRO_DATES = ("14/07/2025 às 10h00", "22/07/2025 às 15h30")


def _gentepro_template(source: str, channel: str) -> tuple[str, str]:
    """(assunto, mensagem) of ``channel``'s ``email`` in ``getTemplates()``, the JS strings
    read (``\\n``)."""
    m = re.search(
        rf'\b{channel}: \{{\s*whatsapp: "(?:[^"\\]|\\.)*",\s*email: \{{\s*'
        r'assunto: "((?:[^"\\]|\\.)*)",\s*mensagem: "((?:[^"\\]|\\.)*)"',
        source,
    )
    if not m:
        raise ValueError(f"no email template for {channel}")
    return json.loads(f'"{m.group(1)}"'), json.loads(f'"{m.group(2)}"')


def _gentepro_frame(source: str) -> str:
    """The ``html`` template literal ``enviarEmail`` wraps every message in."""
    m = re.search(r"html: `(.*?)`,", source, flags=re.S)
    if not m:
        raise ValueError("no html frame")
    return m.group(1)


def gentepro(snap: Snapshot) -> Iterator[Spec]:
    """Each channel's email template with ``{{var}}`` filled as ``processTemplate`` does (the
    recruiter's remarks empty), in ``enviarEmail``'s HTML frame from its default sender;
    HTML only, as nodemailer sends ``html`` alone."""
    unit = "gentepro/pt"
    source = snap.read(GENTEPRO, GENTEPRO_COMMIT, GENTEPRO_PATH)
    frame = _gentepro_frame(source)
    sender = re.search(r"from: process\.env\.SMTP_FROM \|\| '([^']+)'", source)
    if not sender:
        raise ValueError("no default sender")
    for n, (channel, category) in enumerate(GENTEPRO_MAILS.items()):
        fill = fill_for(unit, channel, "pt", n)
        subject, message = _gentepro_template(source, channel)
        values = {
            "nome": OWNER[0],
            "vaga": fill.role,
            "empresa": fill.company,
            "data_entrevista": GENTEPRO_DATES[n % len(GENTEPRO_DATES)],
            "link_teste": f"https://app.gentepro.com.br/portal/testes/{4127 + n}",
            "observacoes": "",
        }
        for key, value in values.items():
            subject = subject.replace(f"{{{{{key}}}}}", value)
            message = message.replace(f"{{{{{key}}}}}", value)
        html = fill_js(
            frame,
            {
                "candidato.nome": OWNER[0],
                "mensagem.replace(/\\n/g, '<br>')": message.replace("\n", "<br>"),
            },
        )
        yield spec(
            unit,
            blob_url(GENTEPRO, GENTEPRO_COMMIT, GENTEPRO_PATH),
            category,
            subject=subject,
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company="n/a",
            role="n/a",
            sender=("", sender.group(1)),
            noreply=True,
            fmt="html_only",
        )


ENGEPLUS = "daminellis/plataforma_recrutamento_engeplus"
ENGEPLUS_COMMIT = "d5787f68045517e6f16fed5263cf6c29baa51a78"
ENGEPLUS_PATH = "backend/src/email/email.service.ts"
ENGEPLUS_NAME = "Engeplus"
# (send method, its text and HTML builders, category): one mail each (the text has no other
# value than the applicant's name).
ENGEPLUS_MAILS = (
    ("sendApprovedEmail", "getApprovedEmail", "offer"),
    ("sendDisapprovedEmail", "getDisapprovedEmail", "rejection"),
)


def _ts_returned_literal(source: str, method: str) -> str:
    """The template literal ``private method(...): string { return `...`; }`` returns."""
    m = re.search(rf"private {method}\([^)]*\): string \{{\s*return `(.*?)`;", source, re.S)
    if not m:
        raise ValueError(f"no literal returned by {method}")
    return m.group(1)


def _ts_mail_options(source: str, method: str) -> tuple[str, str]:
    """(from expression, subject) of ``method``'s ``sendMail({...})``."""
    m = re.search(rf"async {method}\(.*?from: ([^,]+),\s*subject: '([^']*)'", source, flags=re.S)
    if not m:
        raise ValueError(f"no sendMail in {method}")
    return m.group(1).strip(), m.group(2)


def engeplus(snap: Snapshot) -> Iterator[Spec]:
    """Each send method's text and HTML literals filled (the class's phone numbers, address
    and documents, the applicant's name), JS escapes read; the sender as the code gives it:
    the approval from ``no-reply@engeplus.com``, the refusal from the applicant's own address
    (``from: sendEmail.email``)."""
    unit = "engeplus/pt"
    source = snap.read(ENGEPLUS, ENGEPLUS_COMMIT, ENGEPLUS_PATH)
    consts = dict(re.findall(r"(\w+): '([^']*)'", source.split("constructor(")[0]))
    talk = re.search(r"private talkToUs = '([^']+)'", source)
    if not talk:
        raise ValueError("no talkToUs")
    values = {
        "nomeCompleto": OWNER[0],
        "this.phoneNumber.phoneNumberCriciuma": consts["phoneNumberCriciuma"],
        "this.phoneNumber.phoneNumberTubarao": consts["phoneNumberTubarao"],
        "this.talkToUs": talk.group(1),
        "this.docs.documents": consts["documents"],
        "this.docs.workCard": consts["workCard"],
    }
    for method, builder, category in ENGEPLUS_MAILS:
        sender_expr, subject = _ts_mail_options(source, method)
        if sender_expr == "sendEmail.email":
            sender = ("", OWNER[1])
        else:
            sender = ("", sender_expr.strip("'"))
        text = fill_js(_ts_returned_literal(source, f"{builder}Text"), values).replace("\\n", "\n")
        html = fill_js(_ts_returned_literal(source, f"{builder}Html"), values)
        yield spec(
            unit,
            blob_url(ENGEPLUS, ENGEPLUS_COMMIT, ENGEPLUS_PATH),
            category,
            subject=subject,
            text=text,
            html=f"<html><body>{html}</body></html>",
            company=ENGEPLUS_NAME,
            role="n/a",
            labels_on_rejection=True,
            sender=sender,
            noreply=sender[1].startswith("no-reply@"),
            fmt="html",
        )


ZFLL = "reychelbogantes/Bolsa-de-empleo-ZFLL"
ZFLL_COMMIT = "55a3054b666ca241943579a5707d818808f0920a"
ZFLL_SIGNALS = "back_end_zfll/apps/notifications/signals.py"
ZFLL_TASKS = "back_end_zfll/apps/notifications/tasks.py"
ZFLL_STATES = "front_end_zfll/src/Components/PerfilAspirante/Postulaciones/Postulaciones.jsx"
# (event, state or None, category): the applicant's receipt, then the status mail for the
# states the applicant's page knows (STATUS_CONFIG; the states themselves are database rows).
ZFLL_MAILS = (
    ("postulacion_enviada", None, "acknowledgement"),
    ("cambio_estado_postulacion", "Visto", "acknowledgement"),
    ("cambio_estado_postulacion", "En Revisión", "acknowledgement"),
    ("cambio_estado_postulacion", "Rechazado", "rejection"),
    ("cambio_estado_postulacion", "Rechazado", "rejection"),
    ("cambio_estado_postulacion", "Aceptado", "offer"),
)
# Ours: the vacancies (the free zone's employers are not named in the mail).
ZFLL_VACANCIES = ("Técnico de Calidad", "Operario de Producción", "Asistente de Logística")


def _zfll_notification(signals: str, event: str) -> tuple[str, str, str]:
    """(titulo, mensaje f-string, url_accion) of the ``NotificationService.create`` call
    for ``event``, Python's ``\\"`` read."""
    m = re.search(
        rf'tipo_evento_nombre="{event}",\s*titulo="([^"]*)",\s*mensaje=f"((?:[^"\\]|\\.)*)",'
        r'.*?url_accion="([^"]*)"',
        signals,
        flags=re.S,
    )
    if not m:
        raise ValueError(f"no notification for {event}")
    return m.group(1), m.group(2).replace('\\"', '"'), m.group(3)


def zfll(snap: Snapshot) -> Iterator[Spec]:
    """Each notification's title and message as ``send_email_notification`` mails them
    (``Ver más:`` and the action's relative address appended), the f-string filled; plain
    text from the settings' ``DEFAULT_FROM_EMAIL``."""
    unit = "zfll/es"
    signals = snap.read(ZFLL, ZFLL_COMMIT, ZFLL_SIGNALS)
    tasks = snap.read(ZFLL, ZFLL_COMMIT, ZFLL_TASKS)
    states = set(re.findall(r"'([^']+)':\s*\{ cls:", snap.read(ZFLL, ZFLL_COMMIT, ZFLL_STATES)))
    sender = re.search(r'"DEFAULT_FROM_EMAIL", "([^"]+)"', tasks)
    if not sender or 'body += f"\\n\\nVer más: {notif.url_accion}"' not in tasks:
        raise ValueError("not the mail send_email_notification writes")
    for n, (event, state, category) in enumerate(ZFLL_MAILS):
        subject, message, url = _zfll_notification(signals, event)
        if state is not None and state not in states:
            raise ValueError(f"unknown state {state}")
        title = ZFLL_VACANCIES[n % len(ZFLL_VACANCIES)]
        body = message.replace("{vacante_titulo}", title).replace("{estado_nombre}", state or "")
        if "{" in body:
            raise ValueError("unfilled f-string field")
        yield spec(
            unit,
            blob_url(ZFLL, ZFLL_COMMIT, ZFLL_SIGNALS),
            category,
            subject=subject,
            text=f"{body}\n\nVer más: {url}",
            company="n/a",
            role=title,
            labels_on_rejection=True,
            sender=("", sender.group(1)),
            noreply=True,
            fmt="plain",
        )


FINDSOL = "kiberchainik/fs-php-mysql"
FINDSOL_COMMIT = "9d7a200ee00cf5b74956520acbd3f12c87b244fb"
FINDSOL_CONTROLLER = "App/Controllers/AjaxController.php"
FINDSOL_LANG = "App/Language/it"
# (body key, title key (the heading and the subject) or the agency's, subject key, category):
# a logged-in candidate's receipt, a new candidate's receipt with the account made for them,
# the agency's notice of a new candidate.
FINDSOL_MAILS = (
    ("user_candidat_body", "register_welcome_title", "register_welcome_title", "acknowledgement"),
    (
        "register_welcome_body",
        "register_welcome_title",
        "register_welcome_title",
        "acknowledgement",
    ),
    (
        "send_candidat_for_agency_body",
        "send_candidat_for_agency_title",
        "send_candidat_for_agency_subject",
        "other",
    ),
)
# Ours: the site's address (``SITE`` is the request's host; the helper's unsubscribe link
# names findsol.it), the vacancies and their page names, the new account's login and password.
FINDSOL_SITE = "https://findsol.it"
FINDSOL_SENDER = ("FindSolution", "support@findsol.it")
FINDSOL_VACANCIES = (
    ("Addetto alla logistica", "addetto-alla-logistica-bergamo"),
    ("Operaio metalmeccanico", "operaio-metalmeccanico-brescia"),
)


def _php_array_strings(source: str) -> dict[str, str]:
    """The ``'key' => '...'`` pairs of a PHP array literal, a value over several lines too,
    ``\\'`` and ``\\\\`` read."""
    pairs = re.findall(r"'(\w+)'\s*=>\s*'((?:[^'\\]|\\.)*)'", source, flags=re.S)
    return {k: re.sub(r"\\(['\\])", r"\1", v) for k, v in pairs}


def findsol(snap: Snapshot) -> Iterator[Spec]:
    """Each mail ``AjaxController`` sends on an application: the body's ``{placeholders}``
    replaced as its ``str_replace`` does (the vacancy a link for a logged-in candidate, its
    title for a new one), put in the HTML template's ``{title}``, ``{body}``, ``{btn}``; the
    text part the title and the body run together, as the code writes it; from the helper's
    sender."""
    unit = "findsol/it"
    strings = _php_array_strings(
        snap.read(FINDSOL, FINDSOL_COMMIT, f"{FINDSOL_LANG}/new_candidat.php")
    )
    page = _php_array_strings(snap.read(FINDSOL, FINDSOL_COMMIT, f"{FINDSOL_LANG}/emailtpl.php"))[
        "email"
    ]
    controller = snap.read(FINDSOL, FINDSOL_COMMIT, FINDSOL_CONTROLLER)
    first, last = OWNER[0].split(" ", 1)
    for n, (body_key, title_key, subject_key, category) in enumerate(FINDSOL_MAILS):
        if f"$lang_new_candidat['{body_key}']" not in controller:
            raise ValueError(f"{body_key} is not sent")
        title, seo = FINDSOL_VACANCIES[n % len(FINDSOL_VACANCIES)]
        values = {
            "{usenName}": f"{last} {first}",
            "{title_v}": (
                f'<a href="{FINDSOL_SITE}/vacancies/page/{seo}" target="_blank">{title}</a>'
                if n == 0
                else title
            ),
            "{login}": "robin.berger",
            "{pass}": "f7Kq2m",
            "{title}": title,
            "{cv_link}": f"{FINDSOL_SITE}/portfolio/printpdf/robin.berger",
        }
        body = strings[body_key]
        for key, value in values.items():
            body = body.replace(key, value)
        heading = strings[title_key].replace("{title}", title)
        html = (
            page.replace("{title}", heading)
            .replace("{body}", body)
            .replace("{btn}", strings["register_welcome_btn"])
        )
        if re.search(r"\{\w+\}", body + heading):
            raise ValueError("an unreplaced placeholder")
        yield spec(
            unit,
            blob_url(FINDSOL, FINDSOL_COMMIT, f"{FINDSOL_LANG}/new_candidat.php"),
            category,
            subject=strings[subject_key].replace("{title}", title),
            text=strings[title_key] + body,
            html=html,
            company="n/a",
            role="n/a",
            sender=FINDSOL_SENDER,
            noreply=False,
            fmt="html",
        )


SLEP = "alarenas-slepac/slep-postulaciones"
SLEP_COMMIT = "4530f3db2901124abaf942fadd4c1a8d0d504697"
SLEP_MAILABLE = "app/Mail/BolsaTrabajoEtapaPostulacionMail.php"
SLEP_VIEWS = "resources/views/emails"
SLEP_NAME = "SLEP Andalién Costa"
# (tipo, the stage the offer moves to or the person chosen, category, stage): advanced to the
# final interview; not advanced to the review of documents or to the psychological interview
# (no interview yet: stage ``application``); the offer declared void for want of applicants
# ("Desierto": a post cancelled, as the rules read "declarada desierta"); the offer closed with
# another person chosen, sent to every applicant (here one not chosen); the last two say
# nothing of how far the applicant got (stage ``unknown``).
SLEP_MAILS = (
    ("avance", "entrevista_final", "moving_forward", None),
    ("no_avanza", "evaluacion_antecedentes", "rejection", "application"),
    ("no_avanza", "entrevista_psicolaboral", "rejection", "application"),
    ("desierto", None, "rejection", "unknown"),
    ("cerrado", "Camila Fuentes Riquelme", "rejection", "unknown"),
)
# Ours: the offers (a school, its RBD and commune, the area and staff category), the sender
# (``MAIL_FROM_*`` are environment values), the logo's host (``asset()``).
SLEP_OFFERS = (
    ("Liceo Bicentenario de Lota", "4712", "Lota", "Docente de Matemática", "docente"),
    ("Escuela Básica Coronel", "4650", "Coronel", "Asistente de Aula", "asistente"),
)
SLEP_SENDER = ("Plataforma SLEP Andalién Costa", "no-reply@slepandaliencosta.gob.cl")
SLEP_ASSET_HOST = "https://postulaciones.slepandaliencosta.cl"


def _php_concat(expr: str, values: dict[str, str]) -> str:
    """A PHP concatenation of single-quoted literals and variables (``'a' . $b . 'c'``),
    each variable looked up in ``values``; anything else raises."""
    out = []
    for literal, var in re.findall(r"'((?:[^'\\]|\\.)*)'|(\$[\w>-]+)", expr):
        if var:
            if var not in values:
                raise ValueError(f"unfilled PHP expression {var}")
            out.append(values[var])
        else:
            out.append(re.sub(r"\\(['\\])", r"\1", literal))
    rest = re.sub(r"'(?:[^'\\]|\\.)*'|\$[\w>-]+|\.|\s", "", expr)
    if rest:
        raise ValueError(f"unsupported PHP expression {expr.strip()}")
    return "".join(out)


def _slep_case(source: str, tipo: str) -> tuple[str, list[str]]:
    """(subject expression, line expressions) of the build()'s ``case 'tipo':``."""
    m = re.search(rf"case '{tipo}':(.*?)break;", source, flags=re.S)
    if not m:
        raise ValueError(f"no case {tipo}")
    block = m.group(1)
    subject = re.search(r"\$subject = (.*?);\n", block)
    lines = re.search(r"\$lines = \[\n(.*?)\n\s*\];", block, flags=re.S)
    if not subject or not lines:
        raise ValueError(f"no subject or lines in case {tipo}")
    items = re.split(r",\n", lines.group(1).strip().rstrip(","))
    return subject.group(1), [" ".join(item.split()) for item in items]


def _php_e(text: str) -> str:
    """Blade's ``{{ }}`` escaping (``htmlspecialchars`` with ENT_QUOTES)."""
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#039;")):
        text = text.replace(a, b)
    return text


def _slep_brand(snap: Snapshot) -> dict[str, str]:
    """``config/brand.php``'s defaults (``'key' => env('NAME', 'default')``)."""
    source = snap.read(SLEP, SLEP_COMMIT, "config/brand.php")
    return dict(re.findall(r"'(\w+)' => env\('\w+', '([^']*)'\)", source))


def _slep_html(snap: Snapshot, greeting: str, lines: list[str], action: tuple[str, str]) -> str:
    """``emails.shared.message`` in ``emails.layouts.institutional``: the layout's ``@php``
    values from the brand config defaults, the message's branches for a greeting, lines, no
    outro lines and a salutation, its ``@foreach`` unrolled, the call-to-action partial."""

    def read(name: str) -> str:
        return snap.read(SLEP, SLEP_COMMIT, f"resources/views/{name.replace('.', '/')}.blade.php")

    view = read("emails.shared.message")
    content = re.search(r"(?s)@section\('content'\)(.*?)@endsection", view)
    layout = read("emails.layouts.institutional")
    if not content or "@yield('content')" not in layout:
        raise ValueError("not the shared message in its layout")
    flags = {
        "!empty($greeting)": True,
        "!empty($lines)": True,
        "!empty($outroLines)": False,
        "!empty($salutation)": True,
        "!empty($url)": True,
    }
    body = "\n".join(blade_branches(content.group(1).split("\n"), flags))
    loop = re.search(r"(?s)\n([ \t]*)@foreach \(\$lines as \$line\)\n(.*?)\n\s*@endforeach", body)
    if not loop:
        raise ValueError("no loop over the lines")
    body = body.replace(
        loop.group(0),
        "".join("\n" + loop.group(2).replace("{{ $line }}", _php_e(line)) for line in lines),
    )
    include = (
        "@include('emails.partials.cta', ['url' => $actionUrl ?? null, "
        "'text' => $actionText ?? 'Ver en la plataforma'])"
    )
    cta = "\n".join(blade_branches(read("emails.partials.cta").split("\n"), flags))
    cta = _fill_blade(
        cta, {"$url": _php_e(action[1]), "$text ?? 'Ver en la plataforma'": _php_e(action[0])}
    )
    if include not in body:
        raise ValueError("no call-to-action include")
    body = body.replace(include, cta)
    brand = _slep_brand(snap)
    salutation = f"Saludos cordiales,<br>{brand['platform_name']}"
    body = fill_exact(
        _fill_blade(body, {"$greeting": _php_e(greeting)}),
        r"\{!!\s*(.*?)\s*!!\}",
        {"$salutation": salutation},
    )
    page = re.sub(r"(?s)\A@php.*?@endphp\n", "", layout).replace("@yield('content')", body)
    return _fill_blade(
        page,
        {
            "$emailTitle": _php_e(greeting),
            "$preheader": _php_e(greeting),
            "$platformName": _php_e(brand["platform_name"]),
            "$orgName": _php_e(brand["org_name"]),
            "$periodName": _php_e(brand["period_name"]),
            "$logoUrl": f"{SLEP_ASSET_HOST}/{brand['logo_email']}",
        },
    )


def slep(snap: Snapshot) -> Iterator[Spec]:
    """Each case of ``BolsaTrabajoEtapaPostulacionMail::build()``: its subject and lines (the
    offer's detail lines spread in, the stage label or the chosen person's name filled), in the
    shared message view and the institutional layout; HTML only (``->view(...)``)."""
    unit = "slep/es"
    source = snap.read(SLEP, SLEP_COMMIT, SLEP_MAILABLE)
    stages = dict(
        re.findall(
            r"self::ETAPA_(\w+) => '([^']+)'",
            snap.read(SLEP, SLEP_COMMIT, "app/Models/BolsaTrabajoOferta.php"),
        )
    )
    portal = re.search(r"\$portalUrl = '([^']+)'", source)
    action = re.search(r"\$actionText = '([^']+)'", source)
    if not portal or not action:
        raise ValueError("no portal address or action text")
    for n, (tipo, target, category, stage) in enumerate(SLEP_MAILS):
        school, rbd, commune, area, estamento = SLEP_OFFERS[n % len(SLEP_OFFERS)]
        stage_label = stages.get(target.upper(), "") if target and tipo != "cerrado" else ""
        values = {
            "$stageLabel": stage_label,
            "$ofertaLabel": f"{school} · {area}",
            "$this->oferta->id": str(312 + 7 * n),
            "$this->oferta->rbds_display": rbd,
            "$this->oferta->comuna": commune,
            "$this->oferta->estamento_label": estamento.capitalize(),
        }
        details = [
            _php_concat(expr, values)
            for expr in re.findall(r"\? ('[^']+' \. \$[\w>-]+) : null", source)
        ]
        subject_expr, items = _slep_case(source, tipo)
        lines: list[str] = []
        for item in items:
            if item == "...$detailLines":
                lines.extend(details)
            elif item.startswith("$selectedName !== '' ?"):
                chosen = re.match(r"\$selectedName !== '' \? (.*?) : '[^']*'$", item)
                if not chosen:
                    raise ValueError("unread ternary")
                lines.append(_php_concat(chosen.group(1), {"$selectedName": target or ""}))
            else:
                lines.append(_php_concat(item, values))
        greeting = f"Estimado/a {OWNER[0]}:"
        html = _slep_html(snap, greeting, lines, (action.group(1), portal.group(1)))
        yield spec(
            unit,
            blob_url(SLEP, SLEP_COMMIT, SLEP_MAILABLE),
            category,
            stage,
            subject=_php_concat(subject_expr, values),
            text=_text_part(html),
            html=html,
            company=SLEP_NAME,
            role=area,
            labels_on_rejection=True,
            sender=SLEP_SENDER,
            noreply=True,
            fmt="html_only",
        )


ACFFAA = "anibalsalas/convocatorias"
ACFFAA_COMMIT = "4ebddfc6fdb49094b12a7510a60deace7643cc5c"
ACFFAA_PATH = (
    "backend/src/main/java/pe/gob/acffaa/sisconv/application/service/NotificacionService.java"
)
# (mail, result or None, category, stage): the application registered and the file completed
# (receipts), then the published results of the CAS process for a winner, a reserve (``orden``
# 2: called only if the winner does not sign; a rejection, as ``spectrum/nl``'s reserve list)
# and any other result ("El proceso de selección ha concluido. Gracias por su participación.":
# a rejection that says nothing of how far the applicant got).
ACFFAA_MAILS = (
    ("registrada", None, "acknowledgement", None),
    ("completo", None, "acknowledgement", None),
    ("resultado", "GANADOR", "offer", None),
    ("resultado", "ACCESITARIO", "rejection", "unknown"),
    ("resultado", "NO APTO", "rejection", "unknown"),
)
# Ours: the call numbers (``CAS-%03d-%d`` as ``ConvocatoriaService`` makes them), the posts, the
# portal's address (``PORTAL_BASE_URL``; the default is a localhost one).
ACFFAA_CALLS = (
    ("CAS-014-2025", "Especialista en Contrataciones Públicas"),
    ("CAS-021-2025", "Asistente Administrativo"),
)
ACFFAA_PORTAL = "https://sisconv.acffaa.gob.pe/portal"


def _acffaa_literal(source: str, pattern: str, what: str) -> str:
    """The Java expression ``pattern``'s group captures in the service."""
    m = re.search(pattern, source, flags=re.S)
    if not m:
        raise ValueError(f"no {what}")
    return m.group(1)


def acffaa(snap: Snapshot) -> Iterator[Spec]:
    """Each mail ``NotificacionService`` sends a candidate, its Java concatenations evaluated:
    the registration body (``construirCuerpoCorreo``), the completed file's body, and the
    results message for a result (``construirMensajeResultado``'s switch); plain text from
    ``app.notifications.mail.from``'s default."""
    unit = "acffaa/es"
    source = snap.read(ACFFAA, ACFFAA_COMMIT, ACFFAA_PATH)
    sender = _acffaa_literal(source, r'mail\.from:([^}]+)\}"', "sender")
    details = dict(re.findall(r'case "(\w+)" -> (".*?");\n', source))
    details["default"] = _acffaa_literal(source, r"default -> (\".*?\");\n", "default result")
    for n, (mail, result, category, stage) in enumerate(ACFFAA_MAILS):
        number, post = ACFFAA_CALLS[n % len(ACFFAA_CALLS)]
        values = {
            "numeroConvocatoria": number,
            "numeroConv": number,
            "nombrePuesto": post,
            "portalBaseUrl": ACFFAA_PORTAL,
            "ordenMerito": "2",
            "conv.getNumeroConvocatoria()": number,
        }
        if mail == "registrada":
            subject = _acffaa_literal(
                source, r'String asunto = ("Postulación registrada[^"]*");', "registration subject"
            )
            body = _acffaa_literal(
                source, r"construirCuerpoCorreo\([^)]*\) \{\s*return (.*?);\n", "registration body"
            )
        elif mail == "completo":
            subject = _acffaa_literal(
                source, r'String asunto = ("Expediente virtual completado[^"]*");', "file subject"
            )
            body = _acffaa_literal(
                source,
                r"notificarExpedienteCompleto.*?enviarCorreoSiCorresponde\(\s*[^,]+,\s*asunto,\s*(.*?)\n\s*\);",
                "file body",
            )
        else:
            subject = _acffaa_literal(
                source, r'String asunto = ("Resultados proceso CAS — " \+ [^;]+);', "result subject"
            )
            detail = details.get(result or "", details["default"])
            values["detalle"] = _java_concat(detail, values)
            body = _acffaa_literal(
                source, r"construirMensajeResultado\([^)]*\) \{.*?return (.*?);\n", "result body"
            )
        yield spec(
            unit,
            blob_url(ACFFAA, ACFFAA_COMMIT, ACFFAA_PATH),
            category,
            stage,
            subject=_java_concat(subject, values),
            text=_java_concat(body, values),
            company="ACFFAA",
            role="n/a",  # the results message names the call, not the post
            labels_on_rejection=True,
            sender=("", sender),
            noreply=True,
            fmt="plain",
        )
