"""Recipes for small real recruiting apps: a Colombian and a Peruvian HR tool, a WhatsApp
HR message set (Spanish), a Swiss school's substitute-teacher matching (German, du-form),
a Vietnamese software company's and an applicant tracker's mail (English)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from .fill import OWNER, Fill, Spec, ascii_fold, fill_for, html_spec, html_to_text, slug
from .snapshot import Snapshot, blob_url

FIRST = OWNER[0].split()[0]


def _brackets(text: str, f: Fill, extra: dict[str, str]) -> str:
    """Fill ``[placeholder]`` and ``{placeholder}`` slots of a template."""

    def sub(m: re.Match[str]) -> str:
        key = m.group(1).lower()
        for word, value in extra.items():
            if word in key:
                return value
        if "empresa" in key or "company" in key:
            return f.company
        if "puesto" in key or "cargo" in key or "ocupaci" in key:
            return f.role
        if "nombre" in key and "representante" not in key:
            return OWNER[0]
        if "representante" in key:
            return f.person
        return m.group(0)

    return re.sub(r"[\[{]([^\]}\n]{2,60})[\]}]", sub, text)


TEAPOYAMOS = "DaviusDev/teapoyamossas"
TEAPOYAMOS_COMMIT = "1871250991ae10c0b20d616187035c49b27b85e7"
TEAPOYAMOS_FILES = {
    "rechazo": ("rejection", "application", "Tu postulación a la vacante {role}"),
    "avance": ("moving_forward", "n/a", "¡Avanzaste en el proceso: {role}!"),
    "vacante_recibida": ("acknowledgement", "n/a", "Recibimos tu postulación: {role}"),
}


def teapoyamos(snap: Snapshot) -> Iterator[Spec]:
    """A Colombian staffing company's Laravel mails: rejection, next phase, received."""
    for name, (category, stage, subject) in TEAPOYAMOS_FILES.items():
        path = f"resources/views/emails/{name}.blade.php"
        blade = snap.read(TEAPOYAMOS, TEAPOYAMOS_COMMIT, path)
        body = re.search(r"<body>(.*?)</body>", blade, re.S)
        for n in range(4 if category == "rejection" else 2):
            f = fill_for("teapoyamos/es", name, "es", n)
            values = {
                "nombre": OWNER[0],
                "nombreCompleto": OWNER[0],
                "vacante": f.role,
                "telefono": "+57 310 555 0142",
                "correo": OWNER[1],
            }
            html = re.sub(
                r"{{\s*\$datos(?:\['(\w+)'\]|->(\w+))\s*}}",
                lambda m, v=values: v.get(m.group(1) or m.group(2), ""),
                body.group(1) if body else blade,
            )
            html = html.replace("Te Apoyamos S.A.S.", f.company)
            yield html_spec(
                "teapoyamos/es",
                blob_url(TEAPOYAMOS, TEAPOYAMOS_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject.format(role=f.role),
                company=f.company,
                role=f.role,
                sender=(f"{f.company} Talento Humano", f"talento@{f.domain}"),
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )


GANDULES = "Esuyon12/TrabajoGandules"
GANDULES_COMMIT = "4990016c93667ef85e3bb01614c83aac2b2e463a"
GANDULES_PATH = "admin/applicants/correo.php"
GANDULES_BLOCKS = [
    ("moving_forward", "Su postulación al puesto de {role}"),
    ("assessment", "Evaluación en línea: {role}"),
    ("interview_invitation", "Invitación a entrevista: {role}"),
]


def gandules(snap: Snapshot) -> Iterator[Spec]:
    """A Peruvian employer's selection mails: CV accepted, online test, interview."""
    text = snap.read(GANDULES, GANDULES_COMMIT, GANDULES_PATH)
    blocks = [b.strip() for b in re.split(r"^PROCESO DE EVALUACI.N[^\n]*$", text, flags=re.M)]
    for i, ((category, subject), block) in enumerate(zip(GANDULES_BLOCKS, blocks, strict=False)):
        for n in range(2):
            f = fill_for("gandules/es", str(i), "es", n)
            body = _brackets(
                block,
                f,
                {
                    "fecha": "viernes 17 de octubre",
                    "enlace": "https://evaluacion.example.pe/t/58213",
                    "tel": "01 555 0192",
                },
            )
            yield Spec(
                unit="gandules/es",
                url=blob_url(GANDULES, GANDULES_COMMIT, GANDULES_PATH),
                lang="es",
                category=category,
                rejection=False,
                subject=subject.format(role=f.role),
                text=body,
                company=f.company,
                role=f.role,
                sender=f.sender("person")[0],
                noreply=False,
                fmt=("plain", "wrapped")[n],
            )


WHATSAPP = "Programacion79/whatsapp-bulk-sender"
WHATSAPP_COMMIT = "42645881472b64fc5975ec479a08767223ac17e3"
WHATSAPP_PATH = "PLANTILLAS_MENSAJES_RRHH.md"
WHATSAPP_MESSAGES = {
    1: ("interview_invitation", "n/a", "Citación a entrevista: {role}"),
    2: ("acknowledgement", "n/a", "Recibimos tu aplicación: {role}"),
    4: ("other", "n/a", "Reprogramación de tu entrevista"),
    5: ("offer", "n/a", "¡Has sido seleccionado(a)! {role}"),
    6: ("rejection", "unknown", "Proceso de selección {role}"),
}


def whatsapp(snap: Snapshot) -> Iterator[Spec]:
    """A Colombian HR team's candidate messages (written for WhatsApp, sent here as mail)."""
    md = snap.read(WHATSAPP, WHATSAPP_COMMIT, WHATSAPP_PATH)
    for num, block in re.findall(r"MENSAJE (\d+):[^\n]*\n+```\n(.*?)```", md, re.S):
        if int(num) not in WHATSAPP_MESSAGES:
            continue
        category, stage, subject = WHATSAPP_MESSAGES[int(num)]
        for n in range(4 if category == "rejection" else 2):
            f = fill_for("whatsapp/es", num, "es", n)
            body = _brackets(
                block.replace("**", ""),
                f,
                {
                    "fecha": "jueves 9 de octubre",
                    "hora": "10:00 a. m.",
                    "modalidad": "Virtual",
                    "enlace": "https://meet.example.co/abc-defg-hij",
                    "direcci": "https://meet.example.co/abc-defg-hij",
                    "experiencia": "5 años",
                    "lugar": "Calle 93 # 11-26, Bogotá",
                },
            )
            body = body.replace("rrhh@empresa.com", f"rrhh@{f.domain}")
            yield Spec(
                unit="whatsapp/es",
                url=blob_url(WHATSAPP, WHATSAPP_COMMIT, WHATSAPP_PATH),
                lang="es",
                category=category,
                rejection=category == "rejection",
                stage=stage,
                subject=subject.format(role=f.role),
                text=body,
                company=f.company,
                role=f.role,
                sender=(f"Recursos Humanos {f.company}", f"rrhh@{f.domain}"),
                noreply=False,
                fmt=("plain", "html", "wrapped", "html_only")[n],
            )


TEACHMATCH = "lcalmbach/teach-match"
TEACHMATCH_COMMIT = "d973bb0a4258262e3d84f1533232d19519903c73"
TEACHMATCH_PATH = "src/school_management/texte.py"
SCHOOLS = [
    "Primarschule Gundeldingen",
    "Sekundarschule Bäumlihof",
    "Schulhaus Sandgruben",
    "Primarschule Thierstein",
]


def teachmatch(snap: Snapshot) -> Iterator[Spec]:
    """A Basel school's replies to substitute-teacher applications (du-form) and its invitations."""
    source = snap.read(TEACHMATCH, TEACHMATCH_COMMIT, TEACHMATCH_PATH)
    tree = ast.parse(source)
    texts = ast.literal_eval(tree.body[0].value)  # type: ignore[attr-defined]
    yield from _teachmatch_replies(texts["antwort_email"])
    yield from _teachmatch_invites(texts["einladung_email"])


def _teachmatch_replies(email: dict[str, str]) -> Iterator[Spec]:
    plans = [("absage", "rejection", "application")] * 4 + [
        ("bestaetigung", "acknowledgement", "n/a"),
        ("annahme", "offer", "n/a"),
    ] * 2
    for n, (key, category, stage) in enumerate(plans):
        f = fill_for("teachmatch/de", key, "de", n)
        school = SCHOOLS[n % len(SCHOOLS)]
        ref = f"V-{2025 + n % 2}-{f.rnd.randint(100, 999)}"
        greeting = f"Liebe/r {FIRST}\n\n"
        url = f"https://viki-match.example.ch/{ref}"
        slots = {
            "absage": [greeting, f.person, school],
            "bestaetigung": [greeting, url, f.person, school],
            "annahme": [
                greeting,
                "061 267 55 00",
                f"sekretariat@{slug(school)}.example.ch",
                url,
                f.person,
                school,
            ],
        }[key]
        fills = iter(slots)
        body = re.sub(r"\{\}", lambda _m, it=fills: next(it, ""), email[key])
        subject = email["betreff"].format(ref, school) if "{}" in email["betreff"] else school
        yield Spec(
            unit="teachmatch/de",
            url=blob_url(TEACHMATCH, TEACHMATCH_COMMIT, TEACHMATCH_PATH),
            lang="de",
            category=category,
            rejection=category == "rejection",
            stage=stage,
            subject=subject,
            text=body,
            company=school,
            role="Stellvertretung",
            sender=(
                f.person,
                f"{ascii_fold(f.person.split()[0].lower())}@{slug(school)}.example.ch",
            ),
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


def _teachmatch_invites(invite: dict[str, str]) -> Iterator[Spec]:
    for n in range(2):
        f = fill_for("teachmatch/de", "einladung", "de", n)
        school = SCHOOLS[n]
        fills = iter(
            [
                f"Liebe/r {FIRST}",
                school,
                "https://viki-match.example.ch/accept/7731",
                "sekretariat@edubs.example.ch",
                "061 267 55 00",
                f.person,
            ]
        )
        body = re.sub(r"\{\}", lambda _m, it=fills: next(it, ""), invite["text"])
        yield Spec(
            unit="teachmatch/de",
            url=blob_url(TEACHMATCH, TEACHMATCH_COMMIT, TEACHMATCH_PATH),
            lang="de",
            category="recruiter_outreach",
            rejection=False,
            subject=invite["betreff"].format(school, f"V-2025-{400 + n}"),
            text=html_to_text(body),
            html=body.replace("\n", "<br>\n"),
            company=school,
            role="Stellvertretung",
            sender=("Viki-Match", "noreply@viki-match.example.ch"),
            noreply=True,
            fmt="html",
        )


HRDEVPLUS = "devplus-huuchinh/HRDevplus"
HRDEVPLUS_COMMIT = "8e78e0f4f5af3462813a90ba81e8db75c24286e8"
HRDEVPLUS_FILES = {
    "rejectCV": ("rejection", "application", "Your application for {role}"),
    "rejectAfterTest": ("rejection", "interview", "Result of your interview for {role}"),
    "inviteTest": ("assessment", "n/a", "Invitation to the first interview (test) for {role}"),
    "inviteInterview": ("interview_invitation", "n/a", "Second interview for {role}"),
    "accpectCV": ("offer", "n/a", "Offer: {role}"),
    "receiveConfirmation": ("acknowledgement", "n/a", "CV receive confirmation"),
}


def hrdevplus(snap: Snapshot) -> Iterator[Spec]:
    """A Vietnamese software company's recruiting mails (English), from CV to offer."""
    for name, (category, stage, subject) in HRDEVPLUS_FILES.items():
        path = f"backend/resources/views/emails/{name}.blade.php"
        blade = snap.read(HRDEVPLUS, HRDEVPLUS_COMMIT, path)
        main = re.search(r'<div class="main">(.*)</div>', blade, re.S)
        for n in range(3 if category == "rejection" else 2):
            f = fill_for("hrdevplus/en", name, "en", n)
            values = {
                "candidate_name": OWNER[0],
                "position": f.role,
                "start_date": "03/11/2025",
                "end_date": "03/05/2026",
            }
            html = re.sub(
                r"{{\s*\$(\w+)\s*}}",
                lambda m, v=values: v.get(m.group(1), ""),
                main.group(1) if main else blade,
            )
            html = re.sub(r"ST ?SOFTWARE|ST Software", f.company, html)
            noreply = "Do not reply" in html
            yield html_spec(
                "hrdevplus/en",
                blob_url(HRDEVPLUS, HRDEVPLUS_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject.format(role=f.role),
                company=f.company,
                role=f.role if "{role}" in subject or f.role in html else "n/a",
                sender=(f"{f.company} HR", f"noreply@{f.domain}" if noreply else f"hr@{f.domain}"),
                noreply=noreply,
                fmt=("html_only", "html", "html_only")[n],
            )


CANDAPPS = "DamirTesnjak/candidates-applications"
CANDAPPS_COMMIT = "59a52c4457f7cb98bb47a6a63f8c3dd7d9baa02f"
CANDAPPS_FILES = {
    "messageCandidateRejected": ("rejection", "interview", "Your application at {company}"),
    "messageCandidateSelected": ("offer", "n/a", "Welcome to {company}"),
    "messageEmployeeGotFired": ("other", "n/a", "Your employment with {company}"),
}


def candapps(snap: Snapshot) -> Iterator[Spec]:
    """An applicant-tracking app's mails (English): not selected, selected, employment ended."""
    for name, (category, stage, subject) in CANDAPPS_FILES.items():
        path = f"utils/emailMessagesTemplates/{name}.ts"
        ts = snap.read(CANDAPPS, CANDAPPS_COMMIT, path)
        literal = re.search(r"=\s*`(.*?)`", ts, re.S)
        for n in range(3 if category == "rejection" else 2):
            f = fill_for("candapps/en", name, "en", n)
            html = _brackets(
                literal.group(1) if literal else ts,
                f,
                {
                    "candidate": OWNER[0],
                    "your_name": f.person,
                    "reason": "a restructuring of the organization",
                },
            )
            yield html_spec(
                "candapps/en",
                blob_url(CANDAPPS, CANDAPPS_COMMIT, path),
                category,
                html,
                strip=False,
                stage=stage,
                subject=subject.format(company=f.company),
                company=f.company,
                role="n/a",
                sender=f.sender("person")[0],
                noreply=False,
                fmt=("html", "html_only", "html")[n],
            )


KOWELT = "kowelt/kowelt"
KOWELT_COMMIT = "7f104126ef42094842b6a405124a2534ed030e4f"
KOWELT_KEYS = {
    "not_selected_second_phase": ("rejection", "application"),
    "rejected": ("rejection", "unknown"),
    "in_process": ("acknowledgement", "n/a"),
    "selected_second_phase": ("assessment", "n/a"),
    "documents_under_verification": ("other", "n/a"),
    "not_selected": ("other", "n/a"),
}


def kowelt(snap: Snapshot) -> Iterator[Spec]:
    """KOWELT's KODREAMS recruitment programme mail in German, English and French."""
    for lang in ("de", "en", "fr"):
        path = f"lang/{lang}/status-messages.php"
        php = snap.read(KOWELT, KOWELT_COMMIT, path)
        entries = dict(re.findall(r'"(\w+)"\s*=>\s*"(.*?)",\s*\n', php, re.S))
        for key, (category, stage) in KOWELT_KEYS.items():
            if key not in entries:
                continue
            for n in range(3 if category == "rejection" else 1):
                html = f"<b>{entries.get('salutation', '')}</b>,<br><br>\n{entries[key]}"
                html = html.replace(":city", "Berlin")
                yield html_spec(
                    f"kowelt/{lang}",
                    blob_url(KOWELT, KOWELT_COMMIT, path),
                    category,
                    html,
                    strip=False,
                    stage=stage,
                    subject=entries.get(f"{key}_subject", "KODREAMS"),
                    company="KOWELT",
                    role="n/a",
                    sender=("KOWELT KODREAMS", "kodreams@kowelt.example.de"),
                    noreply=False,
                    fmt=("html", "html_only", "html")[n],
                )


# Laravel mail views of small French apps: (repo, commit, path, unit, category, subject)
BLADE_VIEWS = [
    (
        "bamagid/GESTION_CANDIDATURE",
        "93a3b163df66f54949893f4bfec9d8703069b43f",
        "resources/views/badMail.blade.php",
        "simplon/fr",
        "not_a_job",
        "Refus de candidature à la formation",
    ),
    (
        "bamagid/GESTION_CANDIDATURE",
        "93a3b163df66f54949893f4bfec9d8703069b43f",
        "resources/views/goodMail.blade.php",
        "simplon/fr",
        "not_a_job",
        "Votre candidature à la formation",
    ),
    (
        "Alphahime/gestionCandidature",
        "9f01726c9d650596b084b62b2856eeb1caa03fcd",
        "resources/views/candidatures/rejeter.blade.php",
        "formations/fr",
        "not_a_job",
        "Candidature rejetée",
    ),
    (
        "Alphahime/gestionCandidature",
        "9f01726c9d650596b084b62b2856eeb1caa03fcd",
        "resources/views/candidatures/valider.blade.php",
        "formations/fr",
        "not_a_job",
        "Candidature validée",
    ),
    (
        "Amstrong1/recruitment-app",
        "14816e500d5b237769bd594b542ea02460854590",
        "resources/views/email/view.blade.php",
        "recruitmentapp/fr",
        "acknowledgement",
        "Accusé de réception de votre candidature",
    ),
]
FORMATIONS = ["Développeur web et web mobile", "Data analyst", "Référent digital"]


def blade_views(snap: Snapshot) -> Iterator[Spec]:
    """Training-programme admissions (refused, accepted) and a job application receipt (fr)."""
    for repo, commit, path, unit, category, subject in BLADE_VIEWS:
        blade = snap.read(repo, commit, path)
        body = re.search(r"<body[^>]*>(.*?)</body>", blade, re.S)
        for n in range(2):
            f = fill_for(unit, path, "fr", n)
            values = {
                "prenom": OWNER[0].split()[0],
                "nom": OWNER[0].split()[1],
                "libelle": FORMATIONS[n % len(FORMATIONS)],
                "dateDebut": "3 novembre 2025",
                "lieu": "Dakar",
            }
            html = re.sub(
                r"{{\s*\$[\w>-]*?(\w+)\s*}}",
                lambda m, v=values: v.get(m.group(1), ""),
                body.group(1) if body else blade,
            )
            job = category != "not_a_job"
            if job:
                html = html.replace("Vibecro Corporation", f.company).replace("COMMERCIAL", f.role)
            yield Spec(
                unit=unit,
                url=blob_url(repo, commit, path),
                lang="fr",
                category=category,
                rejection=False,
                subject=subject,
                text=html_to_text(html),
                html=f"<html><body>{html}</body></html>",
                company=f.company if job else "n/a",
                role=f.role if job else "n/a",
                sender=(
                    f"Recrutement {f.company}" if job else "Admissions",
                    f"recrutement@{f.domain}" if job else f"admissions@{slug(unit)}.example.org",
                ),
                noreply=False,
                fmt=("html", "html_only")[n],
            )
