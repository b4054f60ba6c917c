"""Recipes for the Laravel mail views of four more recruiting apps: an Ecuadorian ERP's
selection-and-hiring mail (Spanish), a Brazilian applicant tracker (Portuguese), an HR
management app (English) and a Moroccan internship-application manager (French)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from .fill import OWNER, Fill, Spec, fill_for, html_spec, html_to_text
from .snapshot import Snapshot, blob_url

FIRST, LAST = OWNER[0].split()


def render_blade(blade: str, value: Callable[[str], str]) -> str:
    """The subset of Blade these views use: ``{{ expr }}``, ``@if/@else/@endif`` (the first
    branch is kept: every view's first branch is its common case), ``@php`` blocks and
    ``@component`` wrappers (dropped). ``value`` maps an expression to its text."""
    body = re.search(r"(?is)<body[^>]*>(.*)</body>", blade)
    text = body.group(1) if body else blade
    text = re.sub(r"(?s)@php.*?@endphp", "", text)
    for _ in range(3):  # innermost @if first; the views nest at most twice
        text = re.sub(
            r"(?s)@if\s*\((?:[^()]|\([^()]*\))*\)((?:(?!@if\b).)*?)(?:@else\b((?:(?!@if\b).)*?))?@endif",
            lambda m: m.group(1),
            text,
        )
    text = re.sub(r"@(?:end)?component\b(?:\((?:[^()]|\([^()]*\))*\))?", "", text)
    return re.sub(r"{{\s*(.*?)\s*}}", lambda m: value(m.group(1)), text)


def markdown_mail(text: str) -> str:
    """A Laravel Markdown mail's body as HTML paragraphs (headings, bold, line breaks)."""
    text = re.sub(r"(?m)^[ \t]+", "", text.replace("</br>", "<br>"))
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    out = []
    for para in paras:
        html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", para)
        html = re.sub(r"(?m)^#\s*", "", html).replace("\n", "<br>\n")
        out.append(f"<p>{html}</p>")
    return "\n".join(out)


def _expr(f: Fill, extra: dict[str, str]) -> Callable[[str], str]:
    """Values for a view's expressions, by the last identifier or array key they name."""

    def value(expr: str) -> str:
        if expr.startswith("config(") and "config" in extra:
            return extra["config"]
        keys = re.findall(r"[A-Za-z_]+", expr.split("??", maxsplit=1)[0])
        for key in reversed(keys):
            if key in extra:
                return extra[key]
        return ""

    return value


FIRSTRED = "WSteeven/erpback"
FIRSTRED_COMMIT = "9c9c585f022fc8e34daf44ef9cfa22b40c7aa64b"
FIRSTRED_DIR = "resources/views/email/recursosHumanos/SeleccionContratacion"
# view: (category, stage, subject)
FIRSTRED_VIEWS = {
    "postulacion_descartada": ("rejection", "application", "Actualización de tu postulación"),
    "postulacion_descartada_despues_entrevista": (
        "rejection",
        "interview",
        "Resultado del proceso de selección: {role}",
    ),
    "banco_postulante": ("rejection", "application", "Tu postulación a {role}"),
    "actualizacion_postulacion": ("acknowledgement", "n/a", "Hemos recibido tu postulación"),
    "entrevista_postulacion": ("interview_invitation", "n/a", "Entrevista para el puesto {role}"),
    "reagendar_entrevista_postulacion": ("other", "n/a", "Tu entrevista ha sido reprogramada"),
    "link_test_personalidad": ("assessment", "n/a", "Evaluación de personalidad 16PF"),
    "agendamiento_examenes": ("moving_forward", "n/a", "Agendamiento de exámenes médicos"),
    "postulacion_seleccionada": ("moving_forward", "n/a", "¡Felicitaciones! {role}"),
    "postulante_contratado": ("offer", "n/a", "¡Bienvenido/a a {company}!"),
}


def firstred(snap: Snapshot) -> Iterator[Spec]:
    """An Ecuadorian ERP's recruiting mail: discarded (before and after the interview),
    moved to the applicant pool, received, interview, test, medical exams, hired."""
    for name, (category, stage, subject) in FIRSTRED_VIEWS.items():
        path = f"{FIRSTRED_DIR}/{name}.blade.php"
        blade = snap.read(FIRSTRED, FIRSTRED_COMMIT, path)
        rejection = category == "rejection"
        for n in range(4 if rejection else 2):
            f = fill_for("firstred/es", name, "es", n)
            site = f"www.{f.domain}"
            values = {
                "nombres_apellidos": OWNER[0],
                "nombre": f.role,
                "razon_social": f.company,
                "sitio_web": site,
                "fecha_hora": "2025-10-14 10:00",
                "nueva_fecha_hora": "2025-10-16 15:30",
                "duracion": "45",
                "direccion": "Av. Amazonas N34-120, Quito",
                "canton": "Quito",
                "link": "https://zoom.example.ec/j/81234",
                "telefono": "02 255 0142",
                "correo": f"rrhh@{f.domain}",
                "laboratorio": "Laboratorio Clínico Central",
                "indicaciones": "acudir en ayunas",
                "presencial": "Presencial",
            }
            html = render_blade(blade, _expr(f, values))
            html = re.sub(r'<img[^>]*src="[^"]*logo[^>]*>', "", html)
            html = html.replace("FIRSTRED ERP", "")
            yield html_spec(
                "firstred/es",
                blob_url(FIRSTRED, FIRSTRED_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject.format(role=f.role, company=f.company),
                company=f.company,
                role=f.role,
                sender=(f"{f.company} Talento Humano", f"no-reply@{f.domain}"),
                noreply=True,
                fmt=("html", "html_only", "html", "html_only")[n],
            )


TALENTHUB = "ViniciusSMario/TalentHub"
TALENTHUB_COMMIT = "afef77229a1f7510332e7cbb5049a7a5c29b8702"
TALENTHUB_VIEWS = {
    "candidato-reprovado": ("rejection", "application", "Processo seletivo: {role}"),
    "candidato-aprovado": ("offer", "n/a", "Parabéns! Você foi aprovado: {role}"),
    "candidato-cadastrado": ("acknowledgement", "n/a", "Candidatura confirmada: {role}"),
    "candidato-entrevista": ("interview_invitation", "n/a", "Entrevista: {role}"),
    "candidato-teste-comportamental": ("assessment", "n/a", "Teste comportamental: {role}"),
    "candidato-teste-pratico": ("assessment", "n/a", "Teste prático: {role}"),
}


def talenthub(snap: Snapshot) -> Iterator[Spec]:
    """A Brazilian applicant tracker's mail: not selected, approved, registered, interview
    and two test stages."""
    for name, (category, stage, subject) in TALENTHUB_VIEWS.items():
        path = f"resources/views/mail/{name}.blade.php"
        blade = snap.read(TALENTHUB, TALENTHUB_COMMIT, path)
        rejection = category == "rejection"
        for n in range(4 if rejection else 2):
            f = fill_for("talenthub/pt", name, "pt", n)
            values = {"nome_candidato": FIRST, "nome_vaga": f.role}
            html = render_blade(blade, _expr(f, values))
            html = html.replace("www.google.com", f"https://{f.domain}/processo/4821")
            style = ("ats", "careers", "noreply", "person")[n % 4]
            sender, noreply = f.sender(style, "Recrutamento")
            yield html_spec(
                "talenthub/pt",
                blob_url(TALENTHUB, TALENTHUB_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject.format(role=f.role),
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("html", "html_only", "html", "html_only")[n],
            )


HRMGMT = "webservice24org/hr-management"
HRMGMT_COMMIT = "93d81110e99f0eec01d35bb186c53f7544a371e7"
HRMGMT_VIEWS = {
    "candidates/CandidateRejected": ("rejection", "application", "Your application for {role}"),
    "candidates/shortlisted": ("interview_invitation", "n/a", "You have been shortlisted: {role}"),
    "candidates/candidate-final-selection": ("offer", "n/a", "Congratulations! {role}"),
    "candidate-application-submitted": ("acknowledgement", "n/a", "Application submitted"),
}


def hrmgmt(snap: Snapshot) -> Iterator[Spec]:
    """An HR management app's candidate mail (English): rejected before the interview,
    shortlisted with an interview date, finally selected, application submitted."""
    for name, (category, stage, subject) in HRMGMT_VIEWS.items():
        path = f"resources/views/emails/{name}.blade.php"
        blade = snap.read(HRMGMT, HRMGMT_COMMIT, path)
        rejection = category == "rejection"
        for n in range(4 if rejection else 2):
            f = fill_for("hrmgmt/en", name, "en", n)
            values = {
                "first_name": FIRST,
                "last_name": LAST,
                "name": OWNER[0],
                "position_name": f.role,
                "position": f.role,
                "config": f.company,
                "format": "14 Oct, 2025",
                "candidate_apply_id": f"APP-{f.rnd.randint(10000, 99999)}",
                "route": f"https://careers.{f.domain}/applications/{f.rnd.randint(100, 999)}",
            }
            html = render_blade(blade, _expr(f, values))
            if "@component" in blade:
                html = markdown_mail(html)
            sender, noreply = f.sender(("careers", "person", "noreply", "ats")[n % 4])
            yield html_spec(
                "hrmgmt/en",
                blob_url(HRMGMT, HRMGMT_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject.format(role=f.role),
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("html", "html_only", "plain", "html")[n],
            )


STAGES = "Saadelkelkha/Internship-Application-Manager"
STAGES_COMMIT = "13d81f1073bf63d14b7be49696b953c22d51798f"
STAGES_VIEWS = {
    "reject-demande-stage": ("rejection", "application", "Votre demande de stage"),
    "accept-demande-stage": ("offer", "n/a", "Acceptation de votre demande de stage"),
}
STAGE_MOTIFS = [
    "Le nombre de stagiaires que nous pouvons accueillir pour cette période est atteint.",
    "Votre profil ne correspond pas aux besoins actuels du service.",
    "Les dates demandées ne correspondent pas à nos disponibilités.",
]


def stages(snap: Snapshot) -> Iterator[Spec]:
    """A Moroccan organisation's internship applications: refused with a reason, accepted."""
    for name, (category, stage, subject) in STAGES_VIEWS.items():
        path = f"resources/views/emails/{name}.blade.php"
        blade = snap.read(STAGES, STAGES_COMMIT, path)
        rejection = category == "rejection"
        for n in range(3 if rejection else 2):
            f = fill_for("stages/fr", name, "fr", n)
            values = {
                "prenom": FIRST,
                "nom": LAST,
                "motif": STAGE_MOTIFS[n % len(STAGE_MOTIFS)],
                "service": "Direction des systèmes d'information",
                "date_debut": "3 novembre 2025",
                "date_fin": "30 janvier 2026",
            }
            html = render_blade(blade, _expr(f, values))
            yield html_spec(
                "stages/fr",
                blob_url(STAGES, STAGES_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject,
                company=f.company,
                role="n/a",
                sender=(f"Recrutement {f.company}", f"recrutement@{f.domain}"),
                noreply=False,
                fmt=("html", "html_only", "html")[n],
            )


DEVJOBS = "DavidMartinezo039/DevJobs"
DEVJOBS_COMMIT = "f14a243fd8f10566203b6dade115e97e86011cae"
# view: (category, stage, subject key of its Mailable, the subject names the vacancy)
DEVJOBS_VIEWS = {
    "candidate-rejected": ("rejection", "application", "We appreciate your interest", True),
    "candidate-accepted": (
        "moving_forward",
        "n/a",
        "You have been selected for an interview!",
        False,
    ),
    "candidate-withdraw": ("other", "n/a", "You have withdrawn your candidacy", False),
    "matching-vacancy": ("job_alert", "n/a", "New vacancy that matches your preferences", False),
    "vacancy/application": ("acknowledgement", "n/a", "Confirmation of application: ", True),
}


def _translated(expr: str, table: dict[str, str], values: dict[str, str]) -> str | None:
    """``__('text', ['k' => ...])`` in the mail's language, ``:k`` filled; None if no ``__``."""
    m = re.match(r"__\(\s*(['\"])(.*?)\1", expr)
    if m is None:
        return None
    text = table.get(m.group(2), m.group(2))
    return re.sub(r":(\w+)", lambda k: values.get(k.group(1), k.group(0)), text)


def devjobs(snap: Snapshot) -> Iterator[Spec]:
    """A Spanish job board's candidate mail in English and in its Spanish catalogue: not
    continued, selected for an interview, withdrawal confirmed, matching vacancy, applied."""
    catalogue = json.loads(snap.read(DEVJOBS, DEVJOBS_COMMIT, "lang/es.json"))
    for lang in ("en", "es"):
        table: dict[str, str] = catalogue if lang == "es" else {}
        for name, (category, stage, subject_key, names_role) in DEVJOBS_VIEWS.items():
            path = f"resources/views/emails/{name}.blade.php"
            blade = snap.read(DEVJOBS, DEVJOBS_COMMIT, path)
            rejection = category == "rejection"
            for n in range(3 if rejection else 1):
                f = fill_for(f"devjobs/{lang}", name, lang, n)
                values = {"name": FIRST, "app": "DevJobs", "title": f.role, "company": f.company}
                plain = _expr(f, {**values, "config": "DevJobs", "category": "Tecnología"})

                def value(
                    expr: str,
                    t: dict[str, str] = table,
                    v: dict[str, str] = values,
                    p: Callable[[str], str] = plain,
                ) -> str:
                    said = _translated(expr, t, v)
                    if said is None and "category" in expr:
                        return "Tecnología" if t else "Technology"
                    if said is None and "salary" in expr:
                        return "38.000 €"
                    return said if said is not None else p(expr)

                html = markdown_mail(render_blade(blade, value))
                subject = _translated(f"__('{subject_key}')", table, values) or subject_key
                if names_role:
                    subject = f"{subject.rstrip(': ')}{' – ' if rejection else ': '}{f.role}"
                yield html_spec(
                    f"devjobs/{lang}",
                    blob_url(DEVJOBS, DEVJOBS_COMMIT, path),
                    category,
                    html,
                    strip=False,
                    stage=stage,
                    subject=subject,
                    company="n/a",
                    role=f.role if names_role or f.role in html else "n/a",
                    sender=("DevJobs", "no-reply@devjobs.example.com"),
                    noreply=True,
                    fmt=("html", "html_only", "html")[n],
                )


FYG = "valeriarojasj/LandingPageLaravel"
FYG_COMMIT = "a670ab1115135f736e6fca7c83a56ce09afde34f"
FYG_PATH = "resources/views/email/application-submitted.blade.php"


def fyg(snap: Snapshot) -> Iterator[Spec]:
    """An Argentinian consultancy's application receipt: "if you do not advance, your profile
    stays in our database" (a conditional no inside an acknowledgement)."""
    blade = snap.read(FYG, FYG_COMMIT, FYG_PATH)
    for n in range(2):
        f = fill_for("fyg/es", "application-submitted", "es", n)
        values = {"fullName": OWNER[0], "jobToApply": f.role, "job_id": str(4100 + n * 37)}
        html = render_blade(blade, _expr(f, values)).replace("FYG Consultoría", f.company)
        yield Spec(
            unit="fyg/es",
            url=blob_url(FYG, FYG_COMMIT, FYG_PATH),
            lang="es",
            category="acknowledgement",
            rejection=False,
            subject="Gracias por postularte!",
            text=html_to_text(html),
            html=f"<html><body>{html}</body></html>",
            company=f.company,
            role=f.role,
            sender=(f.company, f"seleccion@{f.domain}"),
            noreply=False,
            fmt=("html", "html_only")[n],
        )
