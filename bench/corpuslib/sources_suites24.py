"""Recipes for session 32's sources24 (issue 11): Italian wording from a repository, the weakest
language's first job-side refusal found in code after five sessions of searching; Brazilian
wording from a recruitment platform's mail; a Portuguese municipality's refusals of a student
residence as look-alikes.

Talento Showcase (likeflix-app/talento-showcase, React and Vite, mail through EmailJS, 2025): the
talent network of Isadora Agency, an influencer and advertising agency in Lugano (Ticino), where
content creators apply to be taken on for its brands' paid collaborations (as Y-CITY's creators
and flanvo's drivers apply for work through a platform). Its ``talentEmailService`` keeps three
Italian mails to the applicant: the application received, approved ("sei ora ufficialmente parte
del nostro network di talenti") and refused ("Dopo un'attenta valutazione, purtroppo non possiamo
procedere con la tua richiesta al momento", with the reasons such applications fail). The
repository states no licence: the texts are read at build time, never committed.

AFIN (freitaglucas/afinco-human-hire, a Brazilian recruitment platform built with Lovable, later
renamed "Job Match — Recrutamento Transparente"): its Supabase function ``send-application-email``
mails the applicant in the employer's name: application received, moved to the next stage,
refused ("Infelizmente, decidimos seguir com outros candidatos neste momento"), feedback. Read
with ``read_file`` at the version that still signs AFIN and stored as a plain file (no snapshot
could be fetched); no licence stated.

Residência Universitária Calhariz-Benfica (Jorgiiinho/Residencia_Universitaria_Calhariz_Benfica,
the student residence of the municipality of Ribeira Brava, Madeira; Node, React Email, Resend):
its one status mail to an applicant for a room, whose banner says the application was refused
("Candidatura Indeferida — A sua candidatura não foi selecionada", with the assessor's notes and
without), approved, under review or to be corrected. A housing refusal, no job: look-alikes. No
licence stated.

CRM Gestione Colloqui di Reclutamento (halion16/crm-reclutamento, Node, Express, PostgreSQL): an
Italian recruitment CRM whose seed data holds the mail templates it sends a candidate: the
interview confirmed, the outcome positive, the outcome negative after the interview ("La
ringraziamo per il tempo dedicato al colloquio. Purtroppo non possiamo procedere con la Sua
candidatura"). No licence stated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_suites23 import _email_body
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_literal

TALENTO = "likeflix-app/talento-showcase"
TALENTO_COMMIT = "70afdf48103b0ae9d8f498beb62e1f5b81afc3c6"
TALENTO_PATH = "src/services/talentEmailService.ts"
TALENTO_SENDER_PATH = "src/services/emailService.ts"
# template: (category, variants). Taken into the network is no job yet (`other`, as Y-CITY's
# admission); the refusal ends an application to work through the agency (a rejection).
TALENTO_MAILS: dict[str, tuple[str, int]] = {
    "applicationSubmitted": ("acknowledgement", 1),
    "applicationApproved": ("other", 1),
    "applicationRejected": ("rejection", 2),
}
TALENTO_COMPANY = "Isadora Agency"
# Ours: the applicant's city, categories, channels, photo count and the day she applied.
TALENTO_VALUES = {
    "fullName": OWNER[0],
    "email": OWNER[1],
    "city": "Lugano",
    "contentCategories": "Moda, Lifestyle",
    "socialChannels": "Instagram, TikTok",
    "photoCount": "6",
    "submissionDate": "3 dicembre 2026 alle ore 10:15",
}


def _ts_mail_templates(source: str) -> dict[str, tuple[str, str]]:
    """name -> (subject, html) of a ``name: { subject: "…", html: `…` }`` object literal."""
    found = re.findall(r'(\w+): \{\s*subject: "([^"]*)",\s*html: `', source)
    if not found:
        raise ValueError("no mail templates")
    return {
        name: (subject, js_literal(source, f'{name}: {{\n    subject: "{subject}"'))
        for name, subject in found
    }


def _default_sender(source: str) -> tuple[str, str]:
    """The EmailJS service's default sender name and its business address fallback."""
    name = re.search(r"from_name: emailData\.from_name \|\| '([^']+)'", source)
    address = re.search(r"VITE_BUSINESS_EMAIL \|\| '([^']+)'", source)
    if name is None or address is None:
        raise ValueError("no default sender")
    return name.group(1), address.group(1)


def talento(snap: Snapshot) -> Iterator[Spec]:
    """Isadora Agency's mail to a creator who applied to its talent network: received,
    approved, refused (twice); the HTML as the service renders it, in turn with a text part."""
    unit = "talento/it"
    templates = _ts_mail_templates(snap.read(TALENTO, TALENTO_COMMIT, TALENTO_PATH))
    sender = _default_sender(snap.read(TALENTO, TALENTO_COMMIT, TALENTO_SENDER_PATH))
    url = blob_url(TALENTO, TALENTO_COMMIT, TALENTO_PATH)
    for name, (category, variants) in TALENTO_MAILS.items():
        subject, html = templates[name]
        body = fill_exact(_email_body(html), r"\{\{(\w+)\}\}", TALENTO_VALUES)
        for k in range(variants):
            yield _html_spec(
                unit,
                url,
                category,
                body,
                subject=subject,
                company=TALENTO_COMPANY,
                role="n/a",
                sender=sender,
                reply_to=sender[1],
                noreply=False,
                fmt=("html_only", "html")[k % 2] if variants > 1 else "html_only",
            )


AFIN = "freitaglucas/afinco-human-hire"
AFIN_COMMIT = "8e3d1e898f92ff96a30b4393b0ce51431c451d6e"
AFIN_PATH = "supabase/functions/send-application-email/index.ts"
# case: (category, variants)
AFIN_MAILS: dict[str, tuple[str, int]] = {
    "application": ("acknowledgement", 1),
    "stage_change": ("moving_forward", 1),
    "rejection": ("rejection", 2),
    "feedback": ("other", 1),
}
# Ours: the stage the applicant moved to and the recruiter's feedback.
AFIN_STAGE = "Entrevista com a liderança"
AFIN_FEEDBACK = "Seu teste técnico foi bem avaliado; sugerimos aprofundar a parte de SQL."


def _switch_cases(source: str) -> dict[str, tuple[str, str]]:
    """case -> (subject literal, html literal) of a ``switch`` whose cases set both."""
    found = re.findall(r"case '(\w+)':\s*subject = `([^`]*)`;\s*html = `([^`]*)`;", source)
    if not found:
        raise ValueError("no mail cases")
    return {case: (subject, html) for case, subject, html in found}


def _resend_from(source: str) -> tuple[str, str]:
    """The fixed ``from: "Name <address>"`` of a Resend call."""
    m = re.search(r'from: "([^"<]+?) <([^>]+)>"', source)
    if m is None:
        raise ValueError("no sender")
    return m.group(1), m.group(2)


def afin(snap: Snapshot) -> Iterator[Spec]:
    """AFIN's mail to an applicant in the employer's name: received, next stage, refused
    (twice), feedback; HTML only, as the function sends it, from its Resend sender."""
    unit = "afin/pt"
    source = snap.read(AFIN, AFIN_COMMIT, AFIN_PATH)
    cases = _switch_cases(source)
    sender = _resend_from(source)
    url = blob_url(AFIN, AFIN_COMMIT, AFIN_PATH)
    for case, (category, variants) in AFIN_MAILS.items():
        subject, html = cases[case]
        for k in range(variants):
            f = fill_for(unit, case, "pt", k)
            values = {
                "candidateName": OWNER[0],
                "jobTitle": f.role,
                "companyName": f.company,
                "stageName": AFIN_STAGE,
                "feedbackText": AFIN_FEEDBACK,
            }
            yield _html_spec(
                unit,
                url,
                category,
                fill_js(html, values),
                subject=fill_js(subject, values),
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=False,
                fmt="html_only",
            )


CALHARIZ = "Jorgiiinho/Residencia_Universitaria_Calhariz_Benfica"
CALHARIZ_COMMIT = "7e10f3e66200ed68f62b2475c50885b7907469ef"
CALHARIZ_PATH = "Backend/src/emails/emailEstado.js"
CALHARIZ_MAILER = "Backend/config/mailer.js"
# state: (category, variants with the assessor's notes, without)
CALHARIZ_STATES: dict[str, tuple[str, int, int]] = {
    "rejeitada": ("not_a_job", 1, 1),
    "aprovada": ("other", 0, 1),
    "em_analise": ("other", 0, 1),
    "pendente_correcao": ("other", 1, 0),
}
# Ours: the assessor's notes and the panel's host.
CALHARIZ_NOTES = {
    "rejeitada": "Rendimento do agregado acima do limite definido no regulamento.",
    "pendente_correcao": "Falta a declaração de matrícula do ano letivo corrente.",
}
CALHARIZ_PANEL = "https://candidaturarcb.cm-ribeirabrava.pt/painel"


def _calhariz_states(source: str) -> dict[str, tuple[str, str]]:
    """state -> (banner title, banner text) of the template's ``metaEstados``."""
    found = re.findall(
        r'(\w+): \{ title: "([^"]*)", color: "[^"]*", bannerBg: "[^"]*", '
        r'text: "([^"]*)" \}',
        source,
    )
    if not found:
        raise ValueError("no states")
    return {state: (title, text) for state, title, text in found}


def _element_text(source: str, style: str) -> str:
    """The string child of the ``React.createElement`` whose props are ``{ style: style }``."""
    m = re.search(r"\{ style: " + style + r' \}, "([^"]*)"\)', source)
    if m is None:
        raise ValueError(f"no element styled {style}")
    return m.group(1)


def _mailer_sender_subject(source: str) -> tuple[tuple[str, str], str]:
    """The mailer's default sender and the status mail's subject."""
    name = re.search(r"EMAIL_FROM_NAME \|\| '([^']+)'", source)
    address = re.search(r"EMAIL_FROM_ADDRESS \|\| '([^']+)'", source)
    subject = re.search(r"enviarEmailMudancaEstado\(.*?subject: `([^`]*)`", source, flags=re.DOTALL)
    if name is None or address is None or subject is None:
        raise ValueError("no sender or subject")
    return (name.group(1), address.group(1)), subject.group(1)


def calhariz(snap: Snapshot) -> Iterator[Spec]:
    """The student residence's status mail to an applicant: refused (with the assessor's notes
    and without), approved, under review, to be corrected; the React Email template's texts in
    its order (header, greeting, banner, notes, button, footer) as simple HTML."""
    unit = "calhariz/pt"
    source = snap.read(CALHARIZ, CALHARIZ_COMMIT, CALHARIZ_PATH)
    sender, subject = _mailer_sender_subject(snap.read(CALHARIZ, CALHARIZ_COMMIT, CALHARIZ_MAILER))
    states = _calhariz_states(source)
    header = _element_text(source, "headerTitleStyle")
    sub = _element_text(source, "headerSubStyle")
    hello = re.search(r'style: textStyle \}, "([^"]+)", React\.createElement\("strong"', source)
    intro = re.search(r'"(Informamos que[^"]*)"', source)
    notes = _element_text(source, "obsTitleStyle")
    button = re.search(r'style: buttonStyle \}, "([^"]*)"', source)
    footer = _element_text(source, "footerTextStyle")
    if hello is None or intro is None or button is None:
        raise ValueError("no greeting, intro or button")
    url = blob_url(CALHARIZ, CALHARIZ_COMMIT, CALHARIZ_PATH)
    for state, (category, with_notes, without) in CALHARIZ_STATES.items():
        title, text = states[state]
        for noted in [True] * with_notes + [False] * without:
            obs = f'<p><b>{notes}</b><br><i>"{CALHARIZ_NOTES[state]}"</i></p>\n' if noted else ""
            html = (
                f"<h2>{header}</h2>\n<p>{sub}</p>\n<p>{hello.group(1)}<strong>{OWNER[0]}</strong>,</p>\n"
                f"<p>{intro.group(1)}</p>\n<h3>{title}</h3>\n<p>{text}</p>\n{obs}"
                f'<p><a href="{CALHARIZ_PANEL}">{button.group(1)}</a></p>\n<hr>\n<p>{footer}</p>'
            )
            yield _html_spec(
                unit,
                url,
                category,
                html,
                subject=subject,
                company="n/a",
                role="n/a",
                sender=sender,
                noreply=False,
                fmt="html_only",
            )


CRMRECL = "halion16/crm-reclutamento"
CRMRECL_COMMIT = "6fcf61b98de51eb6329292c25a16c73cd90758df"
CRMRECL_PATH = "database/sample_data.sql"
# usage_context: (category, stage, variants); the SMS reminder is no mail.
CRMRECL_MAILS: dict[str, tuple[str, str, int]] = {
    "INTERVIEW_CONFIRMATION": ("interview_invitation", "n/a", 1),
    "OUTCOME_POSITIVE": ("moving_forward", "n/a", 1),
    "OUTCOME_NEGATIVE": ("rejection", "interview", 2),
}
# Ours: the interview's day, hour and meeting link.
CRMRECL_VALUES = {
    "interview_date": "14/10/2025",
    "interview_time": "10:00",
    "meeting_url": "https://meet.google.com/xyz-abcd-efg",
}


def _sql_templates(source: str) -> dict[str, tuple[str, str, str]]:
    """usage_context -> (type, subject, message) of a seed's ``communication_templates`` rows;
    SQL's doubled quotes undone and its ``\\n`` read as the line breaks the author meant."""
    found = re.findall(
        r"\('(?:[^']|'')*',\s*'(\w+)',\s*'((?:[^']|'')*)',\s*'((?:[^']|'')*)',\s*'(\w+)'\)",
        source,
    )
    if not found:
        raise ValueError("no communication templates")

    def unquote(s: str) -> str:
        return s.replace("''", "'").replace("\\n", "\n")

    return {ctx: (kind, unquote(subject), unquote(msg)) for kind, subject, msg, ctx in found}


def crmreclutamento(snap: Snapshot) -> Iterator[Spec]:
    """An Italian recruitment CRM's seeded mail templates: the interview confirmed, the outcome
    positive, the outcome negative (twice); sent as the CRM's template mail does, its text with
    the line breaks made ``<br>`` for the HTML part, from the employer's careers address."""
    unit = "crmrecl/it"
    templates = _sql_templates(snap.read(CRMRECL, CRMRECL_COMMIT, CRMRECL_PATH))
    url = blob_url(CRMRECL, CRMRECL_COMMIT, CRMRECL_PATH)
    for context, (category, stage, variants) in CRMRECL_MAILS.items():
        kind, subject, message = templates[context]
        if kind != "EMAIL":
            raise ValueError(f"{context} is no mail")
        for k in range(variants):
            f = fill_for(unit, context, "it", k)
            values = {**CRMRECL_VALUES, "candidate_name": OWNER[0]}
            text = fill_exact(message, r"\{(\w+)\}", values)
            sender, noreply = f.sender("careers", "Risorse Umane")
            yield _spec(
                unit,
                url,
                category,
                stage=stage if category == "rejection" else None,
                subject=fill_exact(subject, r"\{(\w+)\}", values),
                text=text,
                html=text.replace("\n", "<br>") if k % 2 == 0 else None,
                company=f.company,
                role="n/a",
                sender=sender,
                noreply=noreply,
                fmt="html" if k % 2 == 0 else "plain",
            )
