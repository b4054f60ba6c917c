"""Recipes for session 39's sources55 (issue 11): Spanish job mail from a Chilean clinic's
recruiting portal and Brazilian job mail from a job board's default company templates.

Avaria (jdanfossi/portal-reclutamiento, the recruiting portal of Clínica Avaria, Chile;
Next.js, Drizzle, mail sent through Brevo's API as ``htmlContent`` only): when the admin moves
an application to another status, the ``PATCH`` handler of
``src/app/api/admin/postulacion/[id]/route.ts`` sends the candidate one of four template
literals, each with its subject: ``descartado`` (the refusal: "hemos decidido avanzar en esta
ocasión con otros candidatos que se ajustan más estrechamente a los requisitos actuales de la
posición", twice, for two posts), ``entrevista`` (an interview stage announced, the recruiter
to call: ``interview_invitation``), ``oferta`` ("nos encontramos elaborando una propuesta
formal para ti": ``offer``) and ``contratado`` (hired: ``offer``). The first name is the
candidate's name up to its first space; the post is the vacancy's title (ours); sender from
``sendEmail``'s default in ``src/lib/brevo.ts``.

RecruitPro (awaken24/recruit-app, a Brazilian job board; Laravel): a company's refusal and
approval mails are texts it may edit in its settings, created with the defaults
``ConfiguracaoEmpresa::TEMPLATE_RECUSADO_PADRAO`` ("Após uma análise cuidadosa, infelizmente,
optamos por seguir com outro perfil neste momento", twice) and ``TEMPLATE_SUCESSO_PADRAO`` (the
application "foi aprovada 🎉", next steps to follow: ``offer``, as TalentHub's "aprovado");
``VagaController`` fills ``{{nome}}``, ``{{vaga}}`` and ``{{empresa}}`` and the Mailable puts the
text in its view (``{!! $conteudo !!}``, the logo from ``asset()``); subjects from the Mailables'
``build()``; sender ours (``MAIL_FROM_ADDRESS`` is null in ``.env.example``).

RRHH (drex25/rrhh-system, a Spanish-language HR system; Laravel Markdown mail): when a
candidate's status becomes ``rejected``, ``CandidateController`` sends ``ApplicationRejected``
("lamentamos informarte que en esta ocasión no has sido seleccionado para continuar con el
proceso", with and without the recruiter's reason: ours); when it becomes ``shortlisted``,
``ShortlistedWithCalendly`` invites to book an interview (``interview_invitation``). Subjects
from ``build()`` (the literal and ``config('app.name')``); the app's name and address ours
(``APP_NAME`` is "Laravel" in ``.env.example``), sender ``MAIL_FROM_ADDRESS`` from it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, spec
from .snapshot import Snapshot, blob_url
from .sources_suites14 import _fill_blade
from .sources_suites35 import _text_part
from .sources_suites45 import _markdown_html
from .templating import fill_exact

FIRST = OWNER[0].split()[0]

AVARIA = "jdanfossi/portal-reclutamiento"
AVARIA_COMMIT = "d4b08cf818bd03ff10625dc7d6f0252e0ec97f7b"
AVARIA_ROUTE = "src/app/api/admin/postulacion/[id]/route.ts"
AVARIA_BREVO = "src/lib/brevo.ts"
AVARIA_COMPANY = "Clínica Avaria"
# (status, category): the four statuses the handler writes a mail for.
AVARIA_MAILS = (
    ("descartado", "rejection"),
    ("descartado", "rejection"),
    ("entrevista", "interview_invitation"),
    ("oferta", "offer"),
    ("contratado", "offer"),
)


def _avaria_branch(route: str, status: str) -> tuple[str, str]:
    """The subject and HTML template literals of the ``estado === "status"`` branch."""
    m = re.search(
        r'estado === "' + re.escape(status) + r'"\)\s*\{\s*'
        r"subject = `([^`]*)`;\s*htmlContent = `([^`]*)`;",
        route,
    )
    if m is None:
        raise ValueError(f"no mail for status {status}")
    return m.group(1), m.group(2)


def _avaria_sender(brevo: str) -> tuple[str, str]:
    """``sendEmail``'s default sender: (name, address)."""
    m = re.search(r'sender = \{ email: "([^"]+)", name: "([^"]+)" \}', brevo)
    if m is None:
        raise ValueError("no default sender")
    return m.group(2), m.group(1)


def avaria(snap: Snapshot) -> Iterator[Spec]:
    """Each status's subject and HTML literal, ``${nombre}`` and ``${vacante}`` filled as
    the handler fills them; HTML only, as Brevo is given it."""
    unit = "avaria/es"
    route = snap.read(AVARIA, AVARIA_COMMIT, AVARIA_ROUTE)
    sender = _avaria_sender(snap.read(AVARIA, AVARIA_COMMIT, AVARIA_BREVO))
    for n, (status, category) in enumerate(AVARIA_MAILS):
        subject, body = _avaria_branch(route, status)
        post = fill_for(unit, status, "es", n).role
        values = {"nombre": FIRST, "vacante": post}
        html = fill_exact(body, r"\$\{(\w+)\}", values)
        yield spec(
            unit,
            blob_url(AVARIA, AVARIA_COMMIT, AVARIA_ROUTE),
            category,
            subject=fill_exact(subject, r"\$\{(\w+)\}", values),
            text=_text_part(html),
            html=html,
            company=AVARIA_COMPANY,
            role=post,
            labels_on_rejection=True,
            sender=sender,
            noreply=False,
            fmt="html_only",
        )


RECRUITPRO = "awaken24/recruit-app"
RECRUITPRO_COMMIT = "faa27a8f6f7d9e157b6ed11d341e9c9b56826c1e"
RECRUITPRO_CONFIG = "app/Models/ConfiguracaoEmpresa.php"
# (Mailable, view, the default text's constant, category).
RECRUITPRO_MAILS = (
    ("CandidaturaReprovadaMail", "candidatura-reprovada", "TEMPLATE_RECUSADO_PADRAO", "rejection"),
    ("CandidaturaReprovadaMail", "candidatura-reprovada", "TEMPLATE_RECUSADO_PADRAO", "rejection"),
    ("CandidaturaAprovadaMail", "candidatura-aprovada", "TEMPLATE_SUCESSO_PADRAO", "offer"),
)
RECRUITPRO_URL = "http://localhost"  # APP_URL in .env.example
RECRUITPRO_LOGO_PATH = "images/recruitPro-logo.png"
RECRUITPRO_SENDER = ("RecruitPro", "no-reply@recruitpro.com.br")


def _php_heredoc(source: str, name: str) -> str:
    """The text of ``const NAME = <<<HTML ... HTML;``, the closing marker's indentation taken
    off every line (PHP 7.3's flexible heredoc)."""
    m = re.search(rf"const {name} = <<<HTML\n(.*?)\n([ \t]*)HTML;", source, re.S)
    if m is None:
        raise ValueError(f"no heredoc {name}")
    indent = m.group(2)
    lines = m.group(1).split("\n")
    if any(line and not line.startswith(indent) for line in lines):
        raise ValueError(f"{name}: a line left of the closing marker")
    return "\n".join(line[len(indent) :] for line in lines)


def _mailable_subject(mailable: str) -> str:
    """``build()``'s ``->subject('...')``."""
    m = re.search(r"->subject\('([^']*)'\)", mailable)
    if m is None:
        raise ValueError("no subject")
    return m.group(1)


def recruitpro(snap: Snapshot) -> Iterator[Spec]:
    """The default texts filled as ``VagaController`` fills them, in the Mailables' views;
    HTML only (``->view()``)."""
    unit = "recruitpro/pt"
    config = snap.read(RECRUITPRO, RECRUITPRO_COMMIT, RECRUITPRO_CONFIG)
    for n, (mailable, view, constant, category) in enumerate(RECRUITPRO_MAILS):
        f = fill_for(unit, constant, "pt", n)
        text = fill_exact(
            _php_heredoc(config, constant),
            r"\{\{(\w+)\}\}",
            {"nome": OWNER[0], "vaga": f.role, "empresa": f.company},
        )
        path = f"resources/views/emails/{view}.blade.php"
        page = snap.read(RECRUITPRO, RECRUITPRO_COMMIT, path)
        page = fill_exact(page, r"\{!!\s*(.*?)\s*!!\}", {"$conteudo": text})
        html = _fill_blade(
            page,
            {
                f"asset('{RECRUITPRO_LOGO_PATH}')": f"{RECRUITPRO_URL}/{RECRUITPRO_LOGO_PATH}",
                "date('Y')": "2025",
            },
        )
        code = snap.read(RECRUITPRO, RECRUITPRO_COMMIT, f"app/Mail/{mailable}.php")
        yield spec(
            unit,
            blob_url(RECRUITPRO, RECRUITPRO_COMMIT, RECRUITPRO_CONFIG),
            category,
            subject=_mailable_subject(code),
            text=_text_part(html),
            html=html,
            company=f.company,
            role=f.role,
            labels_on_rejection=True,
            sender=RECRUITPRO_SENDER,
            noreply=True,
            fmt="html_only",
        )


RRHH = "drex25/rrhh-system"
RRHH_COMMIT = "0f0366cf7a2d293dca0fd0c8575e4dbf6bbc1238"
# (Mailable, view, category, the recruiter's reason: ours).
RRHH_MAILS = (
    (
        "ApplicationRejected",
        "application-rejected",
        "rejection",
        "El puesto requiere inglés avanzado.",
    ),
    ("ApplicationRejected", "application-rejected", "rejection", ""),
    ("ShortlistedWithCalendly", "shortlisted-with-calendly", "interview_invitation", ""),
)
RRHH_APP = ("Talento Andino", "https://rrhh.talentoandino.com")
RRHH_SENDER = ("Talento Andino", "hello@example.com")  # MAIL_FROM_ADDRESS in .env.example
RRHH_CALENDLY = "https://calendly.com/talentoandino/entrevista-30min"
RRHH_REASON = "$candidate->rejection_reason ? \"Razón: {$candidate->rejection_reason}\" : ''"


def _rrhh_subject(mailable: str, app: str) -> str:
    """``build()``'s ``->subject('literal' . config('app.name'))``."""
    m = re.search(r"->subject\('([^']*)' \. config\('app\.name'\)\)", mailable)
    if m is None:
        raise ValueError("no subject")
    return m.group(1) + app


def rrhh(snap: Snapshot) -> Iterator[Spec]:
    """Each Markdown view in Laravel's default layout, filled by exact expression (the reason
    line empty when there is none); HTML with the text part."""
    unit = "rrhh/es"
    app, url = RRHH_APP
    for mailable, view, category, reason in RRHH_MAILS:
        code = snap.read(RRHH, RRHH_COMMIT, f"app/Mail/{mailable}.php")
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$candidate->name": OWNER[0],
            RRHH_REASON: f"Razón: {reason}" if reason else "",
            "config('app.name')": app,
            "$calendlyLink": RRHH_CALENDLY,
        }
        html = _markdown_html(snap.read(RRHH, RRHH_COMMIT, path), values, app, url)
        yield spec(
            unit,
            blob_url(RRHH, RRHH_COMMIT, path),
            category,
            subject=_rrhh_subject(code, app),
            text=_text_part(html),
            html=html,
            company=app,
            role="n/a",  # the refusal names no post
            labels_on_rejection=True,
            sender=RRHH_SENDER,
            noreply=False,
            fmt="html",
        )
