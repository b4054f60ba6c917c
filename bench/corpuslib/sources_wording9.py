"""Recipes for session 24's sources (issue 11): real candidate wording in the weakest languages.
A Dubai car dealer's assessment platform (English: test invitation, reinstated test, moved
forward after the test, not taken on after it); an Ecuadorian technical institute's job board
for its graduates (Spanish: application sent, withdrawn, selected, turned down, and the notice
that a posting went into selection); an Argentine university's vacancy system for teaching
posts (Spanish: the winner's notice and the chair's "vacancy closed" notice, a look-alike); the
Peruvian education ministry's contest of good practices (Spanish: an entry annulled, to correct,
admitted, a winner: answers that are not about a job)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec

FIRST_NAME, SURNAME = OWNER[0].split()

MILELE = "milelecars/MileleSkillSage"
MILELE_COMMIT = "c1ea4764d0f6a83b65486aeeed0d06cd418df7ab"
MILELE_DIR = "resources/views/emails"
# template: (category, subject). Subjects are the controllers' (AdminController.php,
# InviteCandidates.php); the reinstated test gives another try (an assessment).
MILELE_MAILS = {
    "invitation-email-template": ("assessment", "Invitation to Take a Test for Milele Motors"),
    "candidate-unsuspension-template": ("assessment", "Your Test Status - Milele Motors"),
    "candidate-acceptance-template": ("moving_forward", "Your Application Status - Milele Motors"),
    "candidate-rejection-template": ("rejection", "Your Application Status - Milele Motors"),
}
# Ours: the sender (the code sends through the HR team's Gmail), tests, roles, departments.
MILELE_SENDER = ("Milele SkillSage", "skillsage@milele.example")
MILELE_VALUES = [
    {"testName": "Sales Aptitude Test", "role": "Sales Executive", "department": "Sales"},
    {"testName": "Excel Proficiency", "role": "Accountant", "department": "Finance"},
]


def _blade(template: str, values: dict[str, str]) -> str:
    """A Blade view's ``{{ $name }}`` and ``{{ $model->field }}`` echoes (all they use)
    replaced by values."""
    html = re.sub(r"\{\{\s*\$(\w+(?:->\w+)*)\s*\}\}", lambda m: values[m.group(1)], template)
    if "{{" in html or "@if" in html:
        raise ValueError("unrendered Blade")
    return html


def _body(html: str) -> str:
    """The part of a whole HTML page inside <body>."""
    return html_body(html).strip()


def milele(snap: Snapshot) -> Iterator[Spec]:
    """A Dubai car dealer's (Milele Motors) assessment platform, mailing candidates through
    its HR team's Gmail: a test invitation, a reinstated test, moved forward after the test
    (a face-to-face interview to come), and not taken on after it. HTML only, as sent."""
    for n, (name, (category, subject)) in enumerate(MILELE_MAILS.items()):
        path = f"{MILELE_DIR}/{name}.blade.php"
        values = MILELE_VALUES[n % 2] | {
            "invitationLink": "https://skillsage.milele.example/t/4f2a"
        }
        html = _body(_blade(snap.read(MILELE, MILELE_COMMIT, path), values))
        for k in range(2 if category == "rejection" else 1):
            yield _html_spec(
                "milele/en",
                blob_url(MILELE, MILELE_COMMIT, path),
                category,
                html,
                subject=subject,
                company="Milele Motors",
                role=values["role"] if name.startswith("invitation") else "n/a",
                sender=MILELE_SENDER,
                noreply=False,
                fmt=("html_only", "html")[(n + k) % 2],
            )


ISTA = "LeninCrdva/alumni-back"
ISTA_COMMIT = "553be5dbee61e9aef06f98983383e822da5ebee1"
ISTA_DIR = "src/main/resources/templates/graduate"
# template: (category, subject). Subjects from PostulacionServiceImpl.getSubject,
# ScheduledTaskExecutor (the rejection) and OfertaslaboralesServiceImpl (the selection notice,
# sent to every applicant: the posting can no longer be applied to or withdrawn from).
ISTA_MAILS = {
    "postulate": ("acknowledgement", "¡Haz realizado una postulación!"),
    "remove-postulate": ("other", "¡Tu postulación se ha cancelado!"),
    "accept-postulate": ("moving_forward", "¡Tu postulación ha sido aceptada!"),
    "rejected-postulate": ("rejection", "Postulación rechazada"),
    "select-postulate": ("platform_notice", "Oferta laboral en selección"),
}
# Ours: the sender (spring.mail's "from"), the posting's date.
ISTA_SENDER = ("Alumni ISTA", "alumni@ista.example")
ISTA_DATE = {"day": "14", "monthName": "marzo", "year": "2024", "format": "10:30"}


def _thymeleaf(html: str, values: dict[str, str]) -> str:
    """The Thymeleaf subset the views use: ``th:text`` fills the element, ``th:if`` on
    ``oferta.cargo`` keeps it, ``th:unless`` on it and ``th:if`` on the cover photo drop it."""
    html = re.sub(r'(?s)<p th:unless="\$\{oferta\.cargo\}">.*?</p>', "", html)
    html = re.sub(r'(?s)<div th:if="\$\{oferta\.fotoPortada\}">.*?</div>', "", html)
    html = html.replace(' th:if="${oferta.cargo}"', "")

    def text(m: re.Match[str]) -> str:
        expr = m.group(2)
        t = re.fullmatch(r"#temporals\.(\w+)\(oferta\.fechaPublicacion.*\)", expr)
        value = ISTA_DATE[t.group(1)] if t else values[expr]
        return f"<{m.group(1)}>{value}</{m.group(1)}>"

    html = re.sub(r'<(\w+) th:text="\$\{(.*?)\}"></\1>', text, html)
    if "th:" in html or "${" in html:
        raise ValueError("unrendered Thymeleaf")
    return html


def ista(snap: Snapshot) -> Iterator[Spec]:
    """The job board of an Ecuadorian technical institute (ISTA, Cuenca) for its graduates,
    relaying the employer's decision: application sent, withdrawn, selected (the company will
    be in touch), turned down, and the notice that a posting went into selection. HTML."""
    for n, (name, (category, subject)) in enumerate(ISTA_MAILS.items()):
        path = f"{ISTA_DIR}/email-template-{name}.html"
        f = fill_for("ista/es", name, "es", n)
        values = {
            "fullName": OWNER[0],
            "oferta.cargo": f.role,
            "oferta.nombreEmpresa": f.company,
            "oferta.empresa.nombre": f.company,
        }
        html = _body(_thymeleaf(snap.read(ISTA, ISTA_COMMIT, path), values))
        html = re.sub(r"(?is)<title>.*?</title>", "", html)
        for k in range(2 if category == "rejection" else 1):
            yield _html_spec(
                "ista/es",
                blob_url(ISTA, ISTA_COMMIT, path),
                category,
                html,
                subject=subject,
                company="n/a" if category == "platform_notice" else f.company,
                role=f.role,
                sender=ISTA_SENDER,
                noreply=category == "platform_notice",
                fmt=("html", "html_only")[(n + k) % 2],
            )


UTN = "f4du4/EntornosGraficos2023"
UTN_COMMIT = "decd7f2801737ee71f358a7c8d559616b37d477f"
# path: (category, PHP variables). The winner's notice goes to the applicant; the closed
# vacancy's to the chair who will now select (mail about a vacancy, not the reader's no).
UTN_MAILS = {
    "sdgv/paginas/postulaciones/enviar_mail_postu.php": ("offer", "mensaje"),
    "sdgv/controladora/vacantes/notifica_cierre_vacante.php": ("platform_notice", "message"),
}
UTN_VALUES = {
    "nombre": FIRST_NAME,
    "apellido": SURNAME,
    "nom": FIRST_NAME,
    "ape": SURNAME,
    "materia": "Análisis Matemático II",
    "puesto": "Jefe de Trabajos Prácticos",
}
# Ours: the sender (the code's is noreply@example.com).
UTN_SENDER = ("UTN Gestión de Vacantes", "noreply@sdgv.utn.example")


def utn(snap: Snapshot) -> Iterator[Spec]:
    """An Argentine university's (UTN) vacancy system for teaching posts: the winner of a
    vacancy told so, and the chair told that a vacancy has closed and selection can begin."""
    for n, (path, (category, var)) in enumerate(UTN_MAILS.items()):
        source = snap.read(UTN, UTN_COMMIT, path)
        m = re.search(rf'\${var} = "(.*?)";', source, re.S)
        subject = re.search(r'\$asunto = "([^"]*)";', source)
        if m is None or subject is None:
            raise ValueError(f"no mail in {path}")
        html = re.sub(r"\{\$(\w+)\}", lambda v: UTN_VALUES[v.group(1)], _body(m.group(1)))
        if "$" in html:
            raise ValueError(f"unfilled variable in {path}")
        yield _html_spec(
            "utn/es",
            blob_url(UTN, UTN_COMMIT, path),
            category,
            html,
            subject=subject.group(1),
            company="Universidad Tecnológica Nacional",
            role=UTN_VALUES["puesto"],
            sender=UTN_SENDER,
            noreply=True,
            fmt=("html_only", "html")[n],
        )


DIFOCA = "Taniguchi23/sidifoca"
DIFOCA_COMMIT = "9eed165ef5996c84f0a3688d9a5465ce30e60328"
DIFOCA_DIR = "resources/views/emails"
# view: (category, subject). Subjects from app/Mail/*.php. An entry to the ministry's contest
# annulled (a refusal that is not about a job), sent back for corrections, admitted, a winner.
DIFOCA_MAILS = {
    "notificacion-rechazar": ("not_a_job", "Fase de admisión de postulaciones"),
    "notificacion-corregir": ("other", "Fase de admisión de postulaciones"),
    "notificacion-admision": ("other", "Fase de admisión de postulaciones"),
    "notificacion-ganador": ("other", "Fase de selección de finalistas"),
}
# Ours: the entry's code, the reviewers' observations and the sender.
DIFOCA_OBSERVATIONS = {
    "notificacion-rechazar": "Falta el acta de compromiso firmada por el titular de la UGEL.",
    "notificacion-corregir": "El anexo 2 no indica el periodo de implementación de la práctica.",
    "notificacion-admision": "Su práctica pasa a la fase de evaluación.",
    "notificacion-ganador": "",
}
DIFOCA_SENDER = ("Edutalentos.pe", "concurso@edutalentos.example")


def difoca(snap: Snapshot) -> Iterator[Spec]:
    """The Peruvian education ministry's contest of good practices in educational management
    (Edutalentos, 2020), answering an entry: annulled with the reviewers' reasons, sent back
    for corrections, admitted, a finalist's win. Short HTML, signed by its DIFOCA team."""
    for n, (name, (category, subject)) in enumerate(DIFOCA_MAILS.items()):
        path = f"{DIFOCA_DIR}/{name}.blade.php"
        values = {
            "postulacion->codigo": "BP-2020-0147",
            "postulacion->observacion": DIFOCA_OBSERVATIONS[name],
        }
        html = _blade(snap.read(DIFOCA, DIFOCA_COMMIT, path), values).replace("<p></p>", "")
        yield _html_spec(
            "difoca/es",
            blob_url(DIFOCA, DIFOCA_COMMIT, path),
            category,
            html,
            subject=subject,
            company="n/a",
            role="n/a",
            sender=DIFOCA_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )
