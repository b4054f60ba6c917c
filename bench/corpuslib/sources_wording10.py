"""Recipes for session 25's sources (issue 11): real candidate wording in en, de, fr and it.
A Tanzanian recruitment platform's stage mails (English: received, moved to the next stage, a
stage notification, "after careful screening of your application ... not been successful"); a
job board's employer mail (English: received, "decided not to move forward with your
application"); a German applicant-tracking plugin for WordPress (German templates; its built-in
receipt and rejection in English, French, Italian, Spanish and Dutch through its own
catalogues, the Dutch one half translated as shipped); a
French social-economy incubator answering a project's application (French: received, under
review, reminder, selected, "n'a pas été retenu": answers that are not about a job); a health
booking site's receipt for a job application (French)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Fill, Spec, fill_for, slug
from .render import handlebars, po_entries
from .snapshot import MissingSource, Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_wording9 import _blade, _body

FIRST_NAME = OWNER[0].split()[0]

NIAJIRI = "samuthojo/niajiri"
NIAJIRI_COMMIT = "1e8df51a9e41687e90cb0a2ab5696846d1f4055b"
NIAJIRI_DIR = "resources/views/mails"
# view: (category, subject key of config/mail.php "titles"). The stage mails print the stage's
# own message when its recruiter wrote one and the view's default otherwise (the default here).
NIAJIRI_MAILS = {
    "apply": ("acknowledgement", "apply"),
    "accepted": ("moving_forward", "accepted"),
    "notify": ("other", "notification"),
    "rejected": ("rejection", "rejected"),
}
NIAJIRI_SUBJECTS = {
    "apply": "New Position Application to Niajiri",
    "accepted": "Next Stage Selection - Apply Position to Niajiri",
    "rejected": "Next Stage Rejection - Apply Position to Niajiri",
    "notification": "Stage Notification - Apply Position to Niajiri",
}
# config/mail.php's default sender (a postmaster address on the mail relay's subdomain: a
# no-reply sender by the convention of patterns.toml) and config/app.php's name; the site's
# address is ours.
NIAJIRI_SENDER = ("Niajiri", "postmaster@mg1.niajiri.co.tz")
NIAJIRI_URL = "https://niajiri.example"


def _niajiri_view(source: str) -> str:
    """Render a Niajiri mail view: its PHP blocks gone, the style echoes empty, the stage's own
    message and tests left out (the default text kept), the "View Application" button kept."""
    html = re.sub(r"(?s)<\?php.*?\?>", "", source)
    html = re.sub(r"\{\{\s*\$(style\[[^]]*\]|fontFamily)\s*\}\}", "", html)
    html = re.sub(r"(?s)@if\(is_set\([^)]*\)\)\s*.*?@else(.*?)@endif", r"\1", html)
    html = re.sub(r"(?s)@if\(\$stage->stage->hasTest\).*?@endif", "", html)
    html = re.sub(
        r"@if \((?:!\$stage->stage->hasTest && )?isset\(\$actionText\)\)|@endif", "", html
    )
    values = {
        r"\$stage->applicant->name|\$user->name": OWNER[0],
        r"config\('app\.name'\)": NIAJIRI_SENDER[0],
        r"url\('/'\)": NIAJIRI_URL,
        r"\$actionText": "View Application",
        r"\$actionUrl": f"{NIAJIRI_URL}/applications/214/applicant/3051",
        r"date\('Y'\)": "2018",
    }
    for expr, value in values.items():
        html = re.sub(rf"\{{\{{\s*(?:{expr})\s*\}}\}}", value, html)
    html = _body(html)
    if "{{" in html or "@" in html or "<?" in html:
        raise ValueError("unrendered Niajiri view")
    return re.sub(r' style="\s*"', "", html)


def niajiri(snap: Snapshot) -> Iterator[Spec]:
    """Niajiri, a Tanzanian recruitment platform (Laravel), mailing an applicant through its
    stages: application received, selected for the next stage, a stage notification, and "after
    careful screening of your application against the set requirements for the position, we
    regret to inform you that on this occasion, your application has not been successful". The
    mails name neither the post nor an employer beyond the platform. HTML, as sent."""
    for n, (name, (category, title)) in enumerate(NIAJIRI_MAILS.items()):
        path = f"{NIAJIRI_DIR}/{name}.blade.php"
        html = _niajiri_view(snap.read(NIAJIRI, NIAJIRI_COMMIT, path))
        for k in range(2 if category == "rejection" else 1):
            yield _html_spec(
                "niajiri/en",
                blob_url(NIAJIRI, NIAJIRI_COMMIT, path),
                category,
                html,
                subject=NIAJIRI_SUBJECTS[title],
                company="Niajiri",
                role="n/a",
                sender=NIAJIRI_SENDER,
                noreply=True,
                fmt=("html_only", "html")[(n + k) % 2],
            )


WORKWISE = "davidMorekwa/WorkWise"
WORKWISE_COMMIT = "9be93da262d9057031cd720acfbde445f76332ad"
WORKWISE_DIR = "resources/views/email"
# view: (category, subject). Subjects from app/Mail/{rejectionEmail,applicationReceivedEmail}.php
# ("Job Application " + the title); both are sent from the recruiter's own address.
WORKWISE_MAILS = {
    "applicationReceived": ("acknowledgement", "Application Received"),
    "reject": ("rejection", "Job Application {role}"),
}


def workwise(snap: Snapshot) -> Iterator[Spec]:
    """WorkWise, a job board (Laravel): the employer's receipt of an
    application and its rejection (not moving forward, the application kept on file), signed
    "HR Manager" and the
    organisation, sent from the recruiter's address. HTML."""
    for n, (name, (category, subject)) in enumerate(WORKWISE_MAILS.items()):
        path = f"{WORKWISE_DIR}/{name}.blade.php"
        source = snap.read(WORKWISE, WORKWISE_COMMIT, path)
        for k in range(2 if category == "rejection" else 1):
            f = fill_for("workwise/en", name, "en", k)
            values = {
                "candidate_name": FIRST_NAME,
                "position_title": f.role,
                "job_title": f.role,
                "recruiter": f.company,
                "organisation_name": f.company,
            }
            html = _blade(source, values)
            if "<body" in html:
                html = _body(html)
            sender, _ = f.sender("person")
            yield _html_spec(
                "workwise/en",
                blob_url(WORKWISE, WORKWISE_COMMIT, path),
                category,
                html,
                subject=subject.format(role=f.role),
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=False,
                fmt=("html", "html_only")[(n + k) % 2],
            )


KATAPULT = "dimitri-perriet/katapult-api"
KATAPULT_COMMIT = "25d763ae344a0c004f4263a4e80bbeaf33d14bec"
KATAPULT_DIR = "src/templates/emails"
# template: (category, subject). Subjects from src/utils/email.js (sendDecisionEmail and the
# others); the decision mails carry the selection committee's message when it wrote one.
KATAPULT_MAILS = {
    "submission-confirmation": (
        "other",
        "Confirmation de soumission de votre candidature Katapult",
    ),
    "evaluation-notification": ("other", "Votre candidature est en cours d'évaluation"),
    "reminder": ("other", "Rappel : Votre candidature Katapult est en attente"),
    "acceptance": ("other", "Félicitations ! Votre projet a été sélectionné"),
    "rejection": ("not_a_job", "Résultat de votre candidature Katapult"),
}
# Ours: the project, the evaluator, the committee's message, the links and the sender.
KATAPULT_SENDER = ("Katapult", "noreply@katapult.example")
KATAPULT_MESSAGE = (
    "Le comité a apprécié l'ancrage local du projet ; le modèle économique reste à consolider."
)


def katapult(snap: Snapshot) -> Iterator[Spec]:
    """Katapult, a French incubator for social-economy (ESS) projects, answering a project's
    application to its programme: received, under evaluation, a reminder to submit, selected,
    and "votre projet n'a pas été retenu pour cette promotion" (with and without the selection
    committee's message): a refusal and answers that are not about a job. HTML."""
    for n, (name, (category, subject)) in enumerate(KATAPULT_MAILS.items()):
        path = f"{KATAPULT_DIR}/{name}.html"
        source = snap.read(KATAPULT, KATAPULT_COMMIT, path)
        for k in range(2 if category == "not_a_job" else 1):
            values = {
                "firstName": FIRST_NAME,
                "projectName": ("Ressourcerie du Val", "Cantine solidaire Les Tilleuls")[k],
                "evaluatorName": "Claire Morel",
                "dashboardLink": "https://katapult.example/dashboard",
                "applicationLink": "https://katapult.example/candidature",
                "year": "2025",
                "message": KATAPULT_MESSAGE if k == 0 else "",
            }
            page = _body(handlebars(source, values, strict=True))
            html = re.sub(r"(?is)<title>.*?</title>", "", page)
            yield _html_spec(
                "katapult/fr",
                blob_url(KATAPULT, KATAPULT_COMMIT, path),
                category,
                html,
                subject=subject,
                company="n/a",
                role="n/a",
                sender=KATAPULT_SENDER,
                noreply=True,
                fmt=("html", "html_only")[(n + k) % 2],
            )


TICTAC = "Xliight/Xliight-Sprint-Boot-CI-CD-Workflow"
TICTAC_COMMIT = "9719013a0fe477a74d5696a23c4cd4635cb3002b"
TICTAC_PATH = "src/main/resources/templates/email/Postuler.ftl"
# Ours: the sender; the subject is the template's heading (the mail service that sends it is
# not in the repository).
TICTAC_SENDER = ("TicTacSanté Recrutement", "recrutement@tictacsante.example")


def tictac(snap: Snapshot) -> Iterator[Spec]:
    """TicTacSanté, a health booking site, confirming a job or internship application
    (the application received, to be studied soon): an acknowledgement. HTML (FreeMarker), as
    sent."""
    html = snap.read(TICTAC, TICTAC_COMMIT, TICTAC_PATH)
    html = html.replace("${NomComplet}", OWNER[0]).replace("${year}", "2024")
    if "${" in html:
        raise ValueError("unfilled FreeMarker value")
    yield _html_spec(
        "tictac/fr",
        blob_url(TICTAC, TICTAC_COMMIT, TICTAC_PATH),
        "acknowledgement",
        _body(html),
        subject="Votre demande de candidature",
        company="TicTacSanté",
        role="n/a",
        sender=TICTAC_SENDER,
        noreply=False,
        fmt="html_only",
    )


RPLAYBOOK = "AImitSK/recruiting-playbook"
RPLAYBOOK_COMMIT = "1cd7ec0443280584276ac679143c4238097ccdc8"
RPLAYBOOK_MIGRATOR = "plugin/src/Database/Migrator.php"
RPLAYBOOK_REJECTION = "plugin/templates/emails/rejection.php"
RPLAYBOOK_SERVICE = "plugin/src/Services/EmailService.php"
RPLAYBOOK_PO = "plugin/languages/recruiting-playbook-{}.po"
# The catalogue each unit's language is read from (the German templates are written in the
# Sie-form, so the formal German catalogue gives their subjects and sign-off).
RPLAYBOOK_LOCALES = {
    "de": "de_DE_formal",
    "en": "en_US",
    "fr": "fr_FR",
    "it": "it_IT",
    "es": "es_ES",
    "nl": "nl_NL",
}
# Seeded German templates (Migrator::getDefaultTemplates): slug -> (category, method). The
# talent-pool welcome ("Obwohl wir aktuell keine passende Position für Sie haben ...") is left
# out: whether it answers an application is not said; so are the reminder and the contract.
RPLAYBOOK_SEEDED = {
    "application-confirmation": ("acknowledgement", "getConfirmationTemplateHtml"),
    "rejection-standard": ("rejection", "getRejectionTemplateHtml"),
    "application-withdrawn": ("other", "getWithdrawnTemplateHtml"),
    "interview-invitation": ("interview_invitation", "getInterviewTemplateHtml"),
    "offer-letter": ("offer", "getOfferTemplateHtml"),
    "talent-pool-matching-job": ("job_alert", "getTalentPoolMatchingJobTemplateHtml"),
}
# Ours: what the recruiter types over the seeded templates' "___" blanks, in order.
RPLAYBOOK_BLANKS = {
    "interview-invitation": [
        "Dienstag, 14. Oktober",
        "10:00 Uhr",
        "Hauptsitz, Raum 2.14",
        "Jana Krüger",
    ],
    "offer-letter": ["1. Januar 2026", "unbefristet", "Vollzeit (40 Stunden)", "31. Oktober"],
}
RPLAYBOOK_URL = "https://karriere.example.de/jobs/{}/"


def _rp_signature(po: dict[str, str], company: str) -> str:
    """SignatureService::renderMinimalSignature without the contact block (no settings)."""
    team = (po.get("Your %s Team") or "Your %s Team") % company
    regards = po.get("Kind regards") or "Kind regards"
    return f"<div><p>{regards}</p><p>{team}</p></div>"


def _rp_seeded(source: str, method: str) -> str:
    m = re.search(rf"function {method}\(\): string \{{\s*return '(.*?)';\s*\}}", source, re.S)
    if m is None:
        raise ValueError(f"no {method}")
    return m.group(1).replace("\\'", "'")


def _rp_fill(html: str, values: dict[str, str], blanks: list[str]) -> str:
    html = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], html)
    for blank in blanks:
        html = html.replace("___", blank, 1)
    if "___" in html or "{" in html:
        raise ValueError("unfilled Recruiting Playbook placeholder")
    return html


def _rp_file_template(source: str, anrede: str, role: str, company: str) -> str:
    """templates/emails/rejection.php, its German source strings as written (the German
    catalogues leave them untranslated)."""
    html = source.split("?>", 1)[1]
    html = re.sub(r"<\?php echo esc_html\( \$placeholders\['anrede_formal'\].*?\?>", anrede, html)
    printf = re.search(
        r"<\?php\s*printf\(.*?esc_html__\( '(.*?)', 'recruiting-playbook' \).*?\?>", html, re.S
    )
    if printf is None:
        raise ValueError("no printf in rejection.php")
    sentence = printf.group(1).replace("%1$s", f"<strong>{role}</strong>").replace("%2$s", company)
    html = html[: printf.start()] + sentence + html[printf.end() :]
    html = re.sub(r"<\?php esc_html_e\( '(.*?)', 'recruiting-playbook' \); \?>", r"\1", html)
    html = re.sub(r"<\?php //.*?\?>", "", html)
    html = re.sub(r"(?s)<!--.*?-->", "", html)
    if "<?" in html:
        raise ValueError("unrendered PHP in rejection.php")
    return html


# EmailService::renderTemplate's two applicant mails, by their case in its switch: the English
# source strings are read from the snapshot (GPL text is not committed here), in order; the
# greeting's ("Dear %s") go, the first left is the title, then one per paragraph ("Job" heads
# the line naming the post; "%s" is the post).
RPLAYBOOK_CASES = {
    "confirmation": "email-applicant-confirmation",
    "rejection": "email-rejection",
}
_RP_GETTEXT = re.compile(r"__\(\s*'((?:[^'\\]|\\.)*)',\s*'recruiting-playbook'\s*\)")


def _rp_strings(service: str, kind: str) -> tuple[str, list[str]]:
    """(title, paragraphs) of a built-in applicant mail, from EmailService.php's source."""
    case = f"case '{RPLAYBOOK_CASES[kind]}':"
    if case not in service:
        raise MissingSource(f"{RPLAYBOOK}: {case} in {RPLAYBOOK_SERVICE}")
    block = service.split(case, 1)[1].split("break;", 1)[0]
    found = [m.replace("\\'", "'") for m in _RP_GETTEXT.findall(block)]
    lines = [x for x in found if not x.startswith("Dear ")]
    return lines[0], lines[1:]


def _rp_fallback(
    service: str, po: dict[str, str], kind: str, name: str, role: str, company: str
) -> str:
    """EmailService::renderTemplate's built-in applicant mails (the confirmation and the
    rejection), their English source strings put through the unit's catalogue, with the
    header, the "Sent via Recruiting Playbook" footer and the minimal signature."""

    def t(s: str) -> str:
        return po.get(s) or s

    greeting = t("Dear %s") % name.rsplit(maxsplit=1)[-1]
    title, lines = _rp_strings(service, kind)
    paragraphs = [f"<h2>{t(title)}</h2>", f"<p>{greeting},</p>"]
    for line in lines:
        if line == "Job":
            paragraphs.append(f"<p><strong>{t(line)}:</strong> {role}</p>")
        else:
            paragraphs.append(f"<p>{t(line).replace('%s', role)}</p>")
    content = "\n".join(paragraphs) + _rp_signature(po, company)
    footer = t("Sent via %s") % "Recruiting Playbook"
    return (
        f'<div class="header"><strong>{company}</strong></div>\n'
        f'<div class="content">{content}</div>\n<div class="footer"><p>{footer}</p></div>'
    )


RPLAYBOOK_SUBJECTS = {
    "application-confirmation": "Your application at {firma}: {stelle}",
    "rejection-standard": "Your application for {stelle}",
    "application-withdrawn": "Confirmation: Application withdrawn",
    "interview-invitation": "Invitation to interview: {stelle}",
    "offer-letter": "Job offer: {stelle} at {firma}",
    "talent-pool-matching-job": "New job at {firma}: {stelle}",
}


def _rp_german(snap: Snapshot, po: dict[str, str], key: str, f: Fill) -> tuple[str, str, str]:
    """(path, subject, HTML) of a German mail: a seeded template or the rejection file."""
    anrede = (po.get("Dear Mr. / Ms. %s") or "Dear Mr. / Ms. %s") % OWNER[0]
    if key == "rejection.php":
        source = snap.read(RPLAYBOOK, RPLAYBOOK_COMMIT, RPLAYBOOK_REJECTION)
        html = _rp_file_template(source, anrede, f.role, f.company)
        subject = (po.get("Your application for {stelle}") or "").replace("{stelle}", f.role)
        return RPLAYBOOK_REJECTION, subject, html + _rp_signature(po, f.company)
    values = {
        "anrede_formal": anrede,
        "stelle": f.role,
        "firma": f.company,
        "bewerbung_datum": "12.09.2025",
        "bewerbung_id": "#2025-0147",
        "stelle_ort": "Leipzig",
        "stelle_url": RPLAYBOOK_URL.format(slug(f.role)),
    }
    seeded = snap.read(RPLAYBOOK, RPLAYBOOK_COMMIT, RPLAYBOOK_MIGRATOR)
    body = _rp_seeded(seeded, RPLAYBOOK_SEEDED[key][1])
    html = _rp_fill(body, values, RPLAYBOOK_BLANKS.get(key, []))
    subject_id = RPLAYBOOK_SUBJECTS[key]
    subject = _rp_fill(po.get(subject_id) or subject_id, values, [])
    return RPLAYBOOK_MIGRATOR, subject, html + _rp_signature(po, f.company)


def _rp_builtin(snap: Snapshot, po: dict[str, str], kind: str, f: Fill) -> tuple[str, str, str]:
    """(path, subject, HTML) of a built-in applicant mail in the catalogue's language."""
    subject_id = "Application received: %s" if kind == "confirmation" else "Your Application: %s"
    subject = (po.get(subject_id) or subject_id) % f.role
    service = snap.read(RPLAYBOOK, RPLAYBOOK_COMMIT, RPLAYBOOK_SERVICE)
    html = _rp_fallback(service, po, kind, OWNER[0], f.role, f.company)
    return RPLAYBOOK_SERVICE, subject, html


def rplaybook(snap: Snapshot) -> Iterator[Spec]:
    """Recruiting Playbook, a German applicant-tracking plugin for WordPress. German: the
    templates it seeds (receipt, "dass wir uns für andere Kandidaten entschieden haben",
    withdrawal confirmed, interview invitation, offer, a talent-pool job alert) and its rejection
    file template; English, French, Italian, Spanish and Dutch: its built-in applicant mails
    (receipt and rejection) through the plugin's own catalogues (session 25's sources11 added
    es and nl; the Dutch catalogue leaves most of the refusal in English and drops its "%s").
    HTML, signed "Ihr X Team"."""
    for lang, locale in RPLAYBOOK_LOCALES.items():
        unit = f"rplaybook/{lang}"
        po = po_entries(snap.read(RPLAYBOOK, RPLAYBOOK_COMMIT, RPLAYBOOK_PO.format(locale)))
        if lang == "de":
            mails = [(slug_, cat) for slug_, (cat, _) in RPLAYBOOK_SEEDED.items()]
            mails.append(("rejection.php", "rejection"))
        else:
            mails = [("confirmation", "acknowledgement"), ("rejection", "rejection")]
        for n, (key, category) in enumerate(mails):
            twice = category == "rejection" and key != "rejection.php"
            for k in range(2 if twice else 1):
                f = fill_for(unit, key, lang, k)
                if lang == "de":
                    path, subject, html = _rp_german(snap, po, key, f)
                else:
                    path, subject, html = _rp_builtin(snap, po, key, f)
                sender, noreply = f.sender(("careers", "noreply")[(n + k) % 2])
                yield _html_spec(
                    unit,
                    blob_url(RPLAYBOOK, RPLAYBOOK_COMMIT, path),
                    category,
                    html,
                    subject=subject.strip(),
                    company=f.company,
                    role=f.role,
                    sender=sender,
                    noreply=noreply,
                    fmt=("html", "html_only")[(n + k) % 2],
                )
