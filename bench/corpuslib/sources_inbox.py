"""Recipes for session 21's sources (issue 11): real received mail and the production
templates of small employers and portals. A job seeker's Gmail inbox as an AI-assistant
hackathon project committed it (Indeed, Ashby and BambooHR mail: two rejections, a closed job,
receipts, job alerts, messages); a German plastics manufacturer's HR rejection, as its
Thunderbird add-on writes it into the reply; a Nepalese software company's interview mails
(English); a Chilean technical college's job portal (Spanish look-alikes: a receipt, a job alert,
an employer's posting refused); a Dutch municipal subsidy platform refusing and accepting a
provider's registration (look-alikes)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_laravel import _expr, render_blade
from .sources_trackers import _spec
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()


def _notice(unit: str, url: str, category: str, subject: str, html: str, **fields: Any) -> Spec:
    """A platform's HTML notice that names neither employer nor title (the look-alikes)."""
    return _spec(
        unit,
        url,
        category,
        subject=subject,
        text=html_to_text(html),
        html=f"<html><body>{html}</body></html>",
        company="n/a",
        role="n/a",
        noreply=True,
        **fields,
    )


INBOX = "AsfaQasim/Hackthone_0-AI_Employee"
INBOX_COMMIT = "5ceee3f2b7d36467f82ce67f68598eea454941eb"
INBOX_DIR = "Needs_Action"
# The mailbox owner's name as the mails write it, replaced by ours.
INBOX_OWNER = {"Asifa Qasim": OWNER[0], "Asifa": FIRST, "Asfa": FIRST}
# note (its name after the timestamp): (category, stage, company, role).
INBOX_MAILS: dict[str, tuple[str, str, str, str]] = {
    "update-on-the-frontend-software-engineer-role-at-w": (
        "rejection",
        "application",
        "WallStreetBets",
        "Frontend Software Engineer",
    ),
    "an-update-on-your-application-from-skonzs": (
        "rejection",
        "application",
        "SKONZS",
        "Software Engineering Intern",
    ),
    # Indeed: "A job you applied for has been closed ... you may not hear back".
    "the-bark-sales-executive-it-services-job-at-utf-la": (
        "rejection",
        "unknown",
        "UTF Labs",
        "Bark Sales Executive (IT Services)",
    ),
    "thank-you-for-applying-at-vidizmo-llc": (
        "acknowledgement",
        "n/a",
        "VIDIZMO LLC",
        "Senior Frontend Engineer",
    ),
    "indeed-application-urgent-hiring-crmerp-software-d": ("acknowledgement", "n/a", "n/a", "n/a"),
    "new-message-from-sobia-nazeem-kickstart-your-caree": (
        "recruiter_outreach",
        "n/a",
        "n/a",
        "n/a",
    ),
    "stand-out-by-sending-a-quick-message-to-nashpati-d": ("platform_notice", "n/a", "n/a", "n/a"),
    "hot-tip-the-universe-says-apply-now": ("newsletter", "n/a", "n/a", "n/a"),
    "your-job-alert-for-dubizzle-labs-jobs-in-karachi-i": ("job_alert", "n/a", "n/a", "n/a"),
    "product-update-automatic-enablement-of-new-opentel": ("not_a_job", "n/a", "n/a", "n/a"),
    "sales-development-associate-at-shark-innovation-la": ("job_alert", "n/a", "n/a", "n/a"),
    "social-media-manager-and-content-creator-at-pierci": ("job_alert", "n/a", "n/a", "n/a"),
    "1-new-utf-labs-job-in-karachi-nazimabad": ("job_alert", "n/a", "n/a", "n/a"),
    "1-new-utf-labs-job-in-karachi": ("job_alert", "n/a", "n/a", "n/a"),
    "sales-research-analyst-at-decrypted-labs-and-9-mor": ("job_alert", "n/a", "n/a", "n/a"),
    "shopify-project-managment-coordinator-webmedia-ai": ("job_alert", "n/a", "n/a", "n/a"),
    "remote-full-stack-developer-nodejs-react-at-web-de": ("job_alert", "n/a", "n/a", "n/a"),
    "bark-specialist-at-utf-labs-and-7-more-labs-jobs-i": ("job_alert", "n/a", "n/a", "n/a"),
    "social-media-marketing-expert-at-creative-solution": ("job_alert", "n/a", "n/a", "n/a"),
    "associate-project-manager-at-digital-gravity-in-ka": ("job_alert", "n/a", "n/a", "n/a"),
}
# The notes in the folder at the pinned commit (two alerts were fetched twice).
INBOX_NOTES = [
    "20260217_181011_sales-development-associate-at-shark-innovation-la",
    "20260217_181012_social-media-manager-and-content-creator-at-pierci",
    "20260217_181013_new-message-from-sobia-nazeem-kickstart-your-caree",
    "20260217_181014_sales-development-associate-at-shark-innovation-la",
    "20260217_181015_1-new-utf-labs-job-in-karachi-nazimabad",
    "20260217_181016_1-new-utf-labs-job-in-karachi",
    "20260217_181017_sales-research-analyst-at-decrypted-labs-and-9-mor",
    "20260217_181018_stand-out-by-sending-a-quick-message-to-nashpati-d",
    "20260217_181019_sales-development-associate-at-shark-innovation-la",
    "20260217_181019_shopify-project-managment-coordinator-webmedia-ai",
    "20260217_181021_product-update-automatic-enablement-of-new-opentel",
    "20260217_181022_remote-full-stack-developer-nodejs-react-at-web-de",
    "20260217_181023_1-new-utf-labs-job-in-karachi-nazimabad",
    "20260217_181023_1-new-utf-labs-job-in-karachi",
    "20260217_181024_bark-specialist-at-utf-labs-and-7-more-labs-jobs-i",
    "20260217_181025_an-update-on-your-application-from-skonzs",
    "20260217_181025_indeed-application-urgent-hiring-crmerp-software-d",
    "20260217_181026_your-job-alert-for-dubizzle-labs-jobs-in-karachi-i",
    "20260217_181027_thank-you-for-applying-at-vidizmo-llc",
    "20260217_181027_update-on-the-frontend-software-engineer-role-at-w",
    "20260217_181028_the-bark-sales-executive-it-services-job-at-utf-la",
    "20260217_181029_hot-tip-the-universe-says-apply-now",
    "20260217_181030_social-media-marketing-expert-at-creative-solution",
    "20260218_135502_associate-project-manager-at-digital-gravity-in-ka",
]
# Invisible preheader padding (combining grapheme joiner, soft hyphen, figure space, ...).
INVISIBLE = re.compile("[\u034f\u00ad\u2007\u200b\u200c\u2003\u00a0]+")


def _inbox_note(note: str) -> tuple[dict[str, str], str]:
    """A watcher note's front matter and the mail body under "## Email Content"."""
    note = note.replace("\r\n", "\n")
    head, _, rest = note.partition("\n---\n")
    meta = dict(re.findall(r'(?m)^(\w+): "(.*)"$', head))
    body = rest.split("## Email Content", 1)[1]
    body = re.split(r"\n---\n+## Action Items", body, maxsplit=1)[0]
    return meta, body.strip()


def _own_name(text: str) -> str:
    for real, ours in INBOX_OWNER.items():
        text = text.replace(real, ours)
    return text


def inbox(snap: Snapshot) -> Iterator[Spec]:
    """A job seeker's real received mail, as a Gmail watcher wrote it into notes: every note
    once (a repeated subject is the same alert fetched twice), the owner's name replaced."""
    seen: set[str] = set()
    for note in INBOX_NOTES:
        path = f"{INBOX_DIR}/{note}.md"
        stem = note.split("_", 2)[-1]
        meta, body = _inbox_note(snap.read(INBOX, INBOX_COMMIT, path))
        if meta["subject"] in seen:
            continue
        seen.add(meta["subject"])
        category, stage, company, role = INBOX_MAILS[stem]
        body = _own_name(body)
        is_html = bool(re.search(r"(?i)<(html|table|div|p)\b", body))
        text = INVISIBLE.sub(" ", unescape(html_to_text(body) if is_html else body))
        text = re.sub(r"[ \t]+", " ", text)
        yield _spec(
            "inbox/en",
            blob_url(INBOX, INBOX_COMMIT, path),
            category,
            stage,
            subject=_own_name(meta["subject"]).strip(),
            text=text,
            html=body if is_html else None,
            company=company,
            role=role,
            sender=(meta["sender_name"].strip() or meta["sender_email"], meta["sender_email"]),
            noreply=True,
            fmt="html_only" if is_html else "plain",
        )


NUENDEL = "lindnerNuendel/thunderBirdTool"
NUENDEL_COMMIT = "e6279c16760145c830e0f785b0f424791928e462"
# add-on: its background.js writes the reply; the older one greets with "Hallo".
NUENDEL_ADDONS = [
    "ToolThunderbird/ToolThunderbird/tool_Bewerbung_Antwort/background.js",
    "Alt/tool_Bewerbung_1/background.js",
]
NUENDEL_COMPANY = "Nündel Kunststofftechnologie GmbH"
NUENDEL_PERSON = "Anita Unglaub-Thal"
NUENDEL_ADDR = "anita.unglaub-thal@nuendel.de"


def _js_template(js: str, name: str) -> str:
    """The text of ``const name = `...`.trim();`` in the add-on's script."""
    m = re.search(rf"const {name} = `(.*?)`\.trim\(\)", js, re.S)
    if m is None:
        raise ValueError(f"no template {name}")
    return m.group(1).strip()


def nuendel(snap: Snapshot) -> Iterator[Spec]:
    """A German plastics manufacturer's rejection, as its HR add-on composes the reply to an
    application (plain text; HTML with the HR signature and the legal footer; the older add-on's
    "Hallo" greeting); the subject is the application's own, or the Stepstone one."""
    for i, path in enumerate(NUENDEL_ADDONS):
        js = snap.read(NUENDEL, NUENDEL_COMMIT, path)
        text_t = _js_template(js, "templateText")
        html_t = _js_template(js, "styledBody") if "const styledBody" in js else ""
        for n in range(2):
            f = fill_for("nuendel/de", path, "de", n)
            values = {
                "${name}": f"Herr {LAST}" if i == 0 else OWNER[0],
                "${positionText}": f'als "{f.role}"',
                "${receivedDate}": f"{3 + n}.11.2025",
            }
            stepstone = n == 1
            subject = (
                "Antwort bezüglich ihrer Bewerbung über Stepstone"
                if stepstone
                else f"Bewerbung als {f.role}"
            )
            html = ""
            if html_t and n == 0:
                html = re.sub(r'<img\s+src="data:[^"]*"[^>]*>', "", html_t, flags=re.S)
            text = text_t
            for key, value in values.items():
                text, html = text.replace(key, value), html.replace(key, value)
            swap = {
                NUENDEL_COMPANY: f.company,
                NUENDEL_PERSON: f.person,
                NUENDEL_ADDR: f.person_addr,
                "[ABSENDER]": f.person,
            }
            for real, ours in swap.items():
                text, html = text.replace(real, ours), html.replace(real, ours)
            if not html:
                text += f"\n\nFreundliche Grüße\n\ni.A. {f.person}\nHuman Resources\n{f.company}"
            yield _spec(
                "nuendel/de",
                blob_url(NUENDEL, NUENDEL_COMMIT, path),
                "rejection",
                subject=f"Re: {subject}",
                text=html_to_text(html) if html else text,
                html=html or None,
                company=f.company,
                role=f.role,
                sender=(f.person, f.person_addr),
                noreply=False,
                fmt="html" if html else ("plain", "wrapped")[n],
            )


CELLAPP = "lopsanglama23/HR-_CV_Manager_123"
CELLAPP_COMMIT = "22886c703ea909c58d0fa5bf0e928a65a0d53dbb"
# view: (category, stage); the first line of each view is its subject.
CELLAPP_VIEWS = {
    "interview_rejection": ("rejection", "interview"),
    "interview_acceptance": ("moving_forward", "n/a"),
    "interview_scheduled": ("interview_invitation", "n/a"),
}
CELLAPP_ROUNDS = ["first", "second", "third"]


def cellapp(snap: Snapshot) -> Iterator[Spec]:
    """A Kathmandu software company's interview mails from its CV manager (plain text): not
    taken on after a round, passed a round, interview scheduled. The rejection names the
    round where the position goes ("the First Developer position"), as the view writes it."""
    for name, (category, stage) in CELLAPP_VIEWS.items():
        path = f"resources/views/emails/{name}.blade.php"
        blade = snap.read(CELLAPP, CELLAPP_COMMIT, path)
        for n in range(3 if category == "rejection" else 1):
            f = fill_for("cellapp/en", name, "en", n)
            round_ = CELLAPP_ROUNDS[n]
            values = {
                "name": OWNER[0],
                "round": round_.capitalize(),
                "format": "October 14, 2025 at 10:30 AM",
                "interviewer": f.person,
                "location": "Cellapp office, Kathmandu",
                "notes": "",
            }
            rendered = render_blade(blade, _expr(f, values))
            subject, _, body = rendered.strip().partition("\n")
            yield _spec(
                "cellapp/en",
                blob_url(CELLAPP, CELLAPP_COMMIT, path),
                category,
                stage,
                subject=subject.strip(),
                text=re.sub(r"\n{3,}", "\n\n", body.strip()) + "\n",
                company="Cellapp",
                role=f"{round_.capitalize()} Developer" if category == "rejection" else "n/a",
                sender=("Cellapp HR Team", "hr@cellapp.com"),
                noreply=True,
                fmt=("plain", "wrapped", "html")[n],
            )


CFTMAG = "Diegocarrasco12/portal_empleabilidad_cft_magallanes"
CFTMAG_COMMIT = "7f831cfaead61812f111411d4f1596c87e6b3d8b"
# view: (category, subject from app/Mail/*.php); the owner as student, or as an employer.
CFTMAG_VIEWS = {
    "postulacion-confirmada": ("acknowledgement", "Postulación enviada correctamente"),
    "ofertas-recomendadas-estudiante": (
        "job_alert",
        "📌 Ofertas recomendadas para ti (CFT Magallanes)",
    ),
    "oferta-rechazada-empresa": ("platform_notice", "Oferta rechazada – Requiere correcciones"),
}
CFTMAG_MOTIVOS = [
    "La oferta no indica la renta ni el tipo de contrato.",
    "La descripción del cargo está incompleta.",
]


def cftmag(snap: Snapshot) -> Iterator[Spec]:
    """A Chilean technical college's job portal: the application sent, recommended offers, and
    an employer's job posting refused by the portal (a refusal that is not the reader's
    application)."""
    for name, (category, subject) in CFTMAG_VIEWS.items():
        path = f"resources/views/emails/{name}.blade.php"
        blade = snap.read(CFTMAG, CFTMAG_COMMIT, path)
        blade = re.sub(r"(?s)\{\{--.*?--\}\}", "", blade)
        for n in range(2 if category == "platform_notice" else 1):
            f = fill_for("cftmag/es", name, "es", n)
            values = {
                "nombre": FIRST,
                "oferta": f.role,
                "titulo": f.role,
                "empresa": f.company,
                "motivo": CFTMAG_MOTIVOS[n],
            }
            listing = "".join(
                f"<p><strong>{role}</strong><br>Ciudad: Punta Arenas | Región: Magallanes"
                "<br>Publicado: 2026-01-20</p>"
                for role in (f.role, fill_for("cftmag/es", name, "es", n + 5).role)
            )
            blade_n = re.sub(r"(?s)@foreach.*?@endforeach", listing, blade)
            html = render_blade(blade_n, _expr(f, values))
            yield _notice(
                "cftmag/es",
                blob_url(CFTMAG, CFTMAG_COMMIT, path),
                category,
                subject,
                html,
                sender=("Portal Empleabilidad CFT Magallanes", "no-reply@cftmagallanes.cl"),
                fmt="html",
            )


FORUS = "teamforus/forus-notification"
FORUS_COMMIT = "9265e11f8680806ca91514a5812244995b571de0"
FORUS_DIR = "web/app/templates/templated_email/nl/vouchers"
FORUS_FUNDS = ["Meedoen Groningen", "Kindpakket Zuidhorn"]


def _django_block(template: str, block: str, values: dict[str, str]) -> str:
    """A Django template's ``{% block name %}`` with its ``{{ variables }}`` filled; a block or
    a variable that is not there raises."""
    m = re.search(rf"(?s){{% block {block} %}}(.*?){{% endblock %}}", template)
    if m is None:
        raise ValueError(f"no block {block}")
    return fill_exact(m.group(1), r"{{\s*(\w+)\s*}}", values).strip()


def forus(snap: Snapshot) -> Iterator[Spec]:
    """A Dutch municipal subsidy platform telling a shop its registration for a fund was refused
    or accepted: refusals and answers that are not about a job."""
    for name in ("provider_rejected", "provider_approved"):
        path = f"{FORUS_DIR}/{name}.tpl"
        template = snap.read(FORUS, FORUS_COMMIT, path)
        for n, fund in enumerate(FORUS_FUNDS):
            f = fill_for("forus/nl", name, "nl", n)
            values = {
                "provider_name": f.company,
                "fund_name": fund,
                "sponsor_name": f"Gemeente {fund.split()[-1]}",
                "sponsor_phone": "050 367 0000",
                "provider_dashboard_link": "https://aanbieder.forus.io",
            }
            html = _django_block(template, "html", values)
            yield _notice(
                "forus/nl",
                blob_url(FORUS, FORUS_COMMIT, path),
                "not_a_job",
                _django_block(template, "subject", values),
                html,
                sender=("Forus", "noreply@forus.io"),
                fmt=("html", "html_only")[n],
            )


MONSTAGE = "betagouv/monstage"
MONSTAGE_COMMIT = "31cec592aada3645b6773b796718cf3e60952a2c"
MONSTAGE_DIR = "app/views/mailers/student_mailer"
# view: (category, stage, subject from app/mailers/student_mailer.rb)
MONSTAGE_VIEWS = {
    "internship_application_rejected_email": (
        "rejection",
        "application",
        "Une de vos candidatures a été refusée",
    ),
    # The employer let the 15 days pass: the application is void.
    "internship_application_expired_email": (
        "rejection",
        "unknown",
        "Votre candidature a expiré",
    ),
    "internship_application_canceled_by_employer_email": (
        "rejection",
        "unknown",
        "Une de vos candidatures a été annulée",
    ),
    "internship_application_examined_email": (
        "acknowledgement",
        "n/a",
        "Votre candidature est en cours d'examen",
    ),
    "internship_application_validated_by_employer_email": (
        "offer",
        "n/a",
        "Votre candidature a été validée par l'employeur",
    ),
    "internship_application_approved_email": (
        "offer",
        "n/a",
        "Une de vos candidatures a été acceptée",
    ),
}
# The employer's own words, typed into the platform: ours.
MONSTAGE_MESSAGES = {
    "rejected_message": [
        "Nous avons déjà accueilli un élève de troisième sur ces dates.",
        "Nos locaux ne permettent pas d'accueillir un stagiaire cette semaine-là.",
    ],
    "canceled_by_employer_message": ["Le tuteur prévu sera absent pendant la semaine de stage."],
    "approved_message": ["Nous vous attendons lundi à 9 h à l'accueil."],
    "examined_message": [""],
}


def _erb(template: str, value: dict[str, str]) -> str:
    """The ERB these text views use: ``<%= "…#{expr}…" %>`` strings (continued with a
    backslash), ``<%= expr %>``; an expression's value is looked up by the first name it
    contains that ``value`` knows, and one it does not know raises instead of being guessed."""

    def lookup(expr: str) -> str:
        for key, text in value.items():
            if key in expr:
                return text
        raise ValueError(f"unsupported ERB expression: {expr}")

    text = re.sub(r'"\s*\\\n\s*"', "", template)
    text = re.sub(
        r'<%=\s*"(.*?)"\s*%>',
        lambda m: re.sub(r"#\{(.*?)\}", lambda e: lookup(e.group(1)), m.group(1)),
        text,
        flags=re.S,
    )
    text = re.sub(r"<%=\s*(.*?)\s*%>", lambda m: lookup(m.group(1)), text, flags=re.S)
    return text.replace('\\"', '"')


def monstage(snap: Snapshot) -> Iterator[Spec]:
    """The French state's platform for the week-long internships of pupils in troisième (Mon
    Stage de 3e): an application refused by the employer with its reason, void after 15 days
    without an answer, cancelled by the employer; being examined; accepted (plain text)."""
    for name, (category, stage, subject) in MONSTAGE_VIEWS.items():
        path = f"{MONSTAGE_DIR}/{name}.text.erb"
        template = snap.read(MONSTAGE, MONSTAGE_COMMIT, path)
        kind = next((k for k in MONSTAGE_MESSAGES if k.split("_")[0] in name), "approved_message")
        for n, message in enumerate(MONSTAGE_MESSAGES[kind] if "reject" in name else [""]):
            f = fill_for("monstage/fr", name, "fr", n)
            values = {
                "title": f.role,
                "rejected_message": message,
                "canceled_by_employer_message": MONSTAGE_MESSAGES["canceled_by_employer_message"][
                    0
                ],
                "approved_message": MONSTAGE_MESSAGES["approved_message"][0],
                "examined_message": "",
                "formal_name": f"M. {f.person.split()[-1]}",
                "employer.email": f.person_addr,
                "entreprise": "entreprise",
                "employer_name": f.company,
                "EXPIRATION_DURATION": "15",
                "@internship_offer_title": f.role,
                "@url": "https://www.monstagedetroisieme.fr/offres-de-stage",
            }
            yield _spec(
                "monstage/fr",
                blob_url(MONSTAGE, MONSTAGE_COMMIT, path),
                category,
                stage,
                subject=subject,
                text=re.sub(r"\n{3,}", "\n\n", _erb(template, values)).strip() + "\n",
                # Only the receipt names the employer; it names no title.
                company=f.company if "examined" in name else "n/a",
                role="n/a" if "examined" in name else f.role,
                sender=("Mon Stage de 3e", "notification@monstagedetroisieme.fr"),
                noreply=True,
                fmt=("plain", "html")[n % 2],
            )
