"""Recipes for session 29's sources15b (issue 11): Dutch, French and German job-mail wording from
a recruiter's template set, a ministry's competition platform and an employer's own portal.

The Dutch candidate-communication skill (psingla43/https-github.com-anthropics-skills, a public
collection of assistant skills; ``skills/kandidaat-communicatie/SKILL.md``): a recruiter's
template set for every phase of a Dutch hiring process, three refusals among them (after the CV
screening: "Na zorgvuldige beoordeling hebben we besloten om met andere kandidaten verder te
gaan"; after an interview: "Helaas hebben we besloten om niet met je verder te gaan"; after the
final round: "hebben we besloten om een andere kandidaat een aanbod te doen") and their
look-alikes: the receipt, two interview invitations, the offer, the first-day mail, the reply to
a candidate who withdrew, a delay notice and a former candidate approached again. The repository
has no snapshot to fetch, so the file was read with the search tool's read_file and stored as a
plain file. The competition platform (mahdi-chk/Plateforme-de-gestion-des-candidatures-aux-
concours-administratifs, a Spring application for the administrative competitions of Morocco's
Ministry of Economy and Finance): the mails its ``EmailService`` sends a candidate (received, a
reminder, admitted to the next steps, not retained with the reviewer's reason), as HTML and in
the plain versions the code keeps commented out. Neo Lox (Neo-Lox/applicant-portal, a logistics
firm's own applicant portal in Bottrop): its German mails to applicants (received; not
considered further, with and without a note; documents to hand in) and to its recruiters (a new
application, a password reset). JESAP (JesapIt/jesap-CRM, the CRM of a Rome university's Junior
Enterprise, a students' consultancy association): the default mails of its members' recruitment,
step by step, the refusals in a job's words ("Purtroppo la tua candidatura non è stata
selezionata per le fasi successive", "non sei stato/a ammesso/a al periodo di prova"): joining a
student association is no job (labelled as CorrelAid's team selection is), so a look-alike; read
with read_file at a commit the snapshot lacks and stored as a plain file."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from typing import Any

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()


KANDIDAAT = "psingla43/https-github.com-anthropics-skills"
# A plain-file source: read with read_file at this commit (no snapshot could be fetched).
KANDIDAAT_READ_AT = "36a20cc7618a863fecfd2c250666b2facdca479a"
KANDIDAAT_PATH = "skills/kandidaat-communicatie/SKILL.md"
# The bold label above each fenced template: (category, stage).
KANDIDAAT_MAILS = {
    "Direct na sollicitatie (automatisch of handmatig):": ("acknowledgement", "n/a"),
    "Eerste gesprek:": ("interview_invitation", "n/a"),
    "Tweede/vervolggesprek:": ("interview_invitation", "n/a"),
    "Afwijzing na CV-screening (kort):": ("rejection", "application"),
    "Afwijzing na gesprek (uitgebreider + feedback):": ("rejection", "interview"),
    "Afwijzing na eindfase (extra zorgvuldig):": ("rejection", "interview"),
    "Schriftelijk aanbod:": ("offer", "n/a"),
    "Week voor start:": ("other", "n/a"),
    "Kandidaat trekt zich terug": ("other", "n/a"),
    "Vertraging in proces": ("acknowledgement", "n/a"),
    "Heractiveren oude kandidaat": ("recruiter_outreach", "n/a"),
}
# Ours: what the recruiter writes into every bracket (several are instructions to the writer:
# they become the words a recruiter would choose, or nothing). A line that is only "[Functie]"
# is the sender's own title in the sign-off. Keys have their whitespace folded.
KANDIDAAT_LINES = {"[Functie]": "Recruiter"}
KANDIDAAT_CONTEXT = {
    "circa [X] minuten": "circa 45 minuten",
    "[aantal] uur per week": "36 uur per week",
    "Parkeren: [info]": "Parkeren: gratis achter het kantoor",
    "Dresscode: [info]": "Dresscode: casual",
}
KANDIDAAT_VALUES = {
    "X werkdagen": "vijf werkdagen",
    "dag, datum": "dinsdag 14 april",
    "datum": "dinsdag 14 april",
    "tijd": "10.00 uur",
    "adres": "Stationsplein 12, Utrecht",
    "link": "https://teams.example.nl/meet/4821",
    "Namen + functies": "Sanne de Boer (teamleider) en Mark Jansen (HR)",
    "Eventuele case of opdracht": "Lees de case in de bijlage door",
    "locatie": "het terrein achter het kantoor",
    "specifieke onderwerpen, bijv. technische kennis, cases, of kennismaking met team": (
        "je technische kennis en een kennismaking met het team"
    ),
    "Eventueel: Ter voorbereiding vragen we je om...": "",
    "Ja/Nee link of reply-optie": "Laat het ons weten met een reactie op deze mail.",
    "korte, eerlijke uitleg, bijv.": "",
    "specifiek gebied": "projectplanning",
    "specifieke eis": "de ervaring met grote klanten",
    "concreet punt": "de planning van de invoering",
    "Positieve feedback - wees specifiek, bijv.": "",
    "X": "klantcontact",
    "eerlijke reden, bijv. specifieke ervaring die net beter aansloot": (
        "ervaring met leidinggeven die net beter aansloot"
    ),
    "bepaalde/onbepaalde tijd": "onbepaalde tijd",
    "bedrag": "3.450",
    "aantal": "25",
    "regeling": "PFZW",
    "Overige voorwaarden": "Reiskostenvergoeding",
    "aanvangstijd": "9.00 uur",
    "adres + eventueel waar melden": "Stationsplein 12, Utrecht (meld je bij de receptie)",
    "collega's": "je nieuwe collega's",
    "Eventueel andere documenten": "Je diploma",
    "Of: Gefeliciteerd met je nieuwe baan!": "Gefeliciteerd met je nieuwe baan!",
    "nieuwe baan/verdere carrière": "je nieuwe baan",
    "reden, bijv. vakantie, interne besluitvorming, andere kandidaten": "de vakantieperiode",
    "X maanden/jaar": "acht maanden",
    "Kort wat de rol inhoudt en waarom je geschikt zou zijn": (
        "Je stuurt een klein team aan en werkt nauw samen met onze klanten; met jouw ervaring "
        "past dat goed"
    ),
    "Telefoonnummer": "030 123 45 67",
}
KANDIDAAT_PREVIOUS_ROLE = "medewerker klantenservice"


def _fenced_templates(markdown: str) -> dict[str, str]:
    """label -> the fenced block under it: the label is the last bold line or ``###`` heading
    above the fence."""
    out: dict[str, str] = {}
    label = ""
    pattern = r"(?m)^\*\*([^\n]+?)\*\*[ \t]*$|^### ([^\n]+)$|^```\n(.*?)^```$"
    for m in re.finditer(pattern, markdown, re.S):
        if m.group(3) is None:
            label = (m.group(1) or m.group(2)).strip()
        elif label:
            out[label] = m.group(3)
            label = ""
    if not out:
        raise ValueError("no fenced templates")
    return out


def _kandidaat_fill(block: str, values: dict[str, str]) -> tuple[str, str]:
    """(subject, body) of a template, every bracket filled; an unknown bracket is an error."""
    head, _, body = block.partition("\n\n")
    subject = head.removeprefix("Onderwerp: ").strip()
    lines = [KANDIDAAT_LINES.get(line, line) for line in body.splitlines()]
    text = "\n".join(lines)
    for key, value in KANDIDAAT_CONTEXT.items():
        text = text.replace(key, value)

    subject = fill_exact(subject, r"\[([^\]]*)\]", values)
    text = fill_exact(text, r"\[([^\]]*)\]", values)
    text = re.sub(r"(?m)^[ \t]*:?[ \t]*\n(?=[ \t]*\n)", "", text)  # a line emptied by a bracket
    text = re.sub(r"(?m)^:\n", "", text)
    text = re.sub(r" +([:.,])", r"\1", text)
    return subject, re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def kandidaat(snap: Snapshot) -> Iterator[Spec]:
    """A Dutch recruiter's template set, one mail per template: receipt, two invitations, three
    refusals (after the CV, an interview, the final round), offer, first day, the reply to a
    withdrawal, a delay, a former candidate approached again; in turn plain, hard-wrapped,
    multipart and HTML only, from the recruiter's own address."""
    source = snap.read(KANDIDAAT, KANDIDAAT_READ_AT, KANDIDAAT_PATH)
    url = blob_url(KANDIDAAT, KANDIDAAT_READ_AT, KANDIDAAT_PATH)
    blocks = _fenced_templates(source)
    fmts = ("plain", "wrapped", "html", "html_only")
    for n, (label, (category, stage)) in enumerate(KANDIDAAT_MAILS.items()):
        f = fill_for("kandidaat/nl", label, "nl", 0)
        values = {
            **KANDIDAAT_VALUES,
            "Voornaam": FIRST,
            "Functie": f.role,
            "Functietitel": f.role,
            "Bedrijf": f.company,
            "Naam": f.person,
            "vorige functie": KANDIDAAT_PREVIOUS_ROLE,
            "Oorspronkelijke onderwerp": f"Je sollicitatie als {f.role}",
        }
        subject, text = _kandidaat_fill(blocks[label], values)
        first = f.person.split()[0].lower()
        yield _spec(
            "kandidaat/nl",
            url,
            category,
            stage if category == "rejection" else None,
            subject=subject,
            text=text,
            company=f.company,
            role=f.role,
            sender=(f.person, f"{first}@{f.domain}"),
            noreply=False,
            fmt=fmts[n % 4],
        )


MEF = "mahdi-chk/Plateforme-de-gestion-des-candidatures-aux-concours-administratifs"
MEF_COMMIT = "46709b603bc8c6013fcc31f82b58d396a5cec811"
MEF_PATH = "src/main/java/com/concours/service/EmailService.java"
# (method, commented out, category, variants, subject). The plain versions of the validation
# and the refusal are commented out in the file (the HTML ones replaced them); both are the
# ministry's wording. Subjects are the code's own.
MEF_MAILS: list[tuple[str, bool, str, int, str]] = [
    ("envoyerConfirmationCandidature", False, "acknowledgement", 1, ""),
    ("envoyerRappelCandidature", False, "acknowledgement", 1, ""),
    ("envoyerNotificationValidation", True, "moving_forward", 1, ""),
    ("buildValidationTemplate", False, "moving_forward", 1, "MEF Concours - Candidature validée"),
    ("envoyerNotificationRejet", True, "rejection", 1, ""),
    ("buildRejetTemplate", False, "rejection", 2, "MEF Concours - Candidature non retenue"),
]
# Ours: the candidature number, the days left and the reviewers' reasons.
MEF_NUMBER = "MEF-2026-004512"
MEF_DAYS = "5"
MEF_REASONS = [
    "Le dossier ne comporte pas de copie certifiée conforme du diplôme exigé.",
    "La limite d'âge fixée par l'avis de concours est dépassée.",
]
MEF_SENDER = ("Concours MEF", "concours@mef.gov.ma")
MEF_MINISTRY = "Ministère de l'Economie et des Finances"


def _java_method(source: str, name: str, commented: bool) -> str:
    """The text of a method of the service, from its signature to the next method; a commented
    -out method has its ``//`` markers removed first."""
    if commented:
        source = re.sub(r"(?m)^//", "", source)
    start = re.search(rf"(?m)^\s*(?:public|private) \w+ {name}\(", source)
    if start is None:
        raise ValueError(f"no method {name}")
    end = re.search(r"(?m)^\s*(?:public|private|/\*\*) ", source[start.end() :])
    return source[start.start() : start.end() + (end.start() if end else len(source))]


def _java_string(method: str) -> str:
    """The mail text of a method: its text block, or its concatenated ``setText`` literals."""
    block = re.search(r'"""\n(.*?)"""', method, re.S)
    if block:
        return textwrap.dedent(block.group(1))
    literals = re.search(r"setText\((.*?)\);", method, re.S)
    if literals is None:
        raise ValueError("no mail text")
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"|(\w+)', literals.group(1))
    return "".join(s.replace("\\n", "\n") if s else "{" + v + "}" for s, v in parts)


def _java_subject(method: str) -> str:
    m = re.search(r'setSubject\("([^"]*)"\)', method)
    if m is None:
        raise ValueError("no subject")
    return m.group(1)


def mef(snap: Snapshot) -> Iterator[Spec]:
    """The ministry's competition platform to a candidate: received, a reminder while the
    application is processed, validated (plain and HTML), not retained with the reviewer's
    reason (plain, and HTML twice)."""
    source = snap.read(MEF, MEF_COMMIT, MEF_PATH)
    url = blob_url(MEF, MEF_COMMIT, MEF_PATH)
    n = 0
    for name, commented, category, variants, own_subject in MEF_MAILS:
        method = _java_method(source, name, commented)
        template = _java_string(method)
        subject = own_subject or _java_subject(method)
        for k in range(variants):
            reason = MEF_REASONS[k % len(MEF_REASONS)]
            fields: dict[str, Any] = {
                "subject": subject,
                "role": "n/a",
                "sender": MEF_SENDER,
                "noreply": False,
            }
            if name.startswith("build"):
                values = [MEF_NUMBER, reason][: template.count("%s")]
                page = re.search(r"<body>(.*)</body>", template % tuple(values), re.S)
                if page is None:
                    raise ValueError("no HTML body")
                html = re.sub(r"\s+", " ", page.group(1))
                fmt = ("html", "html_only")[n % 2]
                yield _html_spec(
                    "mef/fr", url, category, html, fmt=fmt, company=MEF_MINISTRY, **fields
                )
            else:
                text = template.replace("{numeroCandidature}", MEF_NUMBER)
                text = text.replace("{joursRestants}", MEF_DAYS)
                if "%s" in text:
                    text = text % tuple([MEF_NUMBER, reason][: text.count("%s")])
                fmt = ("plain", "wrapped")[n % 2]
                yield _spec(
                    "mef/fr",
                    url,
                    category,
                    text=text.strip() + "\n",
                    company="MEF",
                    fmt=fmt,
                    **fields,
                )
            n += 1


NEOLOX = "Neo-Lox/applicant-portal"
NEOLOX_COMMIT = "c7a017535953d45ebb99cc0fe92fa882ad2ec26e"
NEOLOX_PATH = "app/email.py"
# (function, category, with the note or the missing documents, subject kept). The first four go
# to an applicant, the last two to the firm's recruiters (the portal's own mail).
NEOLOX_MAILS: list[tuple[str, str, bool]] = [
    ("send_application_confirmation", "acknowledgement", False),
    ("send_application_rejection", "rejection", False),
    ("send_application_rejection", "rejection", True),
    ("send_magic_link", "other", True),
    ("send_new_application_notification", "other", False),
    ("send_password_reset_email", "platform_notice", False),
]
# Ours: the reference number, the note, the documents asked for, the recruiters' message, the
# links, the candidate and the job. The signature keeps the firm's name and town; its contact,
# register and bank lines are left out.
NEOLOX_NOTE = "Für die ausgeschriebene Stelle ist eine Fahrerlaubnis der Klasse CE erforderlich."
NEOLOX_MISSING = [
    "Fahrerlaubnis (Vorder- und Rückseite)",
    "Arbeitszeugnis des letzten Arbeitgebers",
]
NEOLOX_MESSAGE = "Vielen Dank für Ihre Unterlagen. Uns fehlen noch zwei Nachweise."
NEOLOX_SIGNATURE = (
    '<div style="margin-top:18px; padding-top:14px; border-top:1px solid #e2e8f0;">'
    "<div><strong>Neo Lox GmbH</strong></div><div>46244 Bottrop</div></div>"
)
NEOLOX_SENDER = ("Neo Lox GmbH", "hr@neo-lox.de")
NEOLOX_JOB = "Berufskraftfahrer CE (m/w/d)"


def _py_function(source: str, function: str) -> str:
    """The text of a top-level function of a Python module, up to the next one."""
    start = re.search(rf"(?m)^def {function}\(", source)
    if start is None:
        raise ValueError(f"no function {function}")
    end = re.search(r"(?m)^def ", source[start.end() :])
    return source[start.start() : start.end() + (end.start() if end else len(source))]


def _py_fstring(source: str, name: str, function: str) -> str:
    """The f-string assigned to ``name`` in ``function`` of the module."""
    m = re.search(rf'(?<!\w){name} = \(?\s*f"""(.*?)"""', _py_function(source, function), re.S)
    if m is None:
        raise ValueError(f"no {name} in {function}")
    return m.group(1)


def _fill_fstring(template: str, values: dict[str, str]) -> str:
    """A Python f-string's ``{expression}`` fields filled from ``values`` (keyed by the text)."""
    return fill_exact(template, r"\{([^{}]+)\}", values)


def neolox(snap: Snapshot) -> Iterator[Spec]:
    """Neo Lox's portal mail: to an applicant, received, not considered further (without and
    with a note), documents to hand in; to a recruiter, a new application and a password
    reset. HTML, in turn with and without its text part."""
    source = snap.read(NEOLOX, NEOLOX_COMMIT, NEOLOX_PATH)
    url = blob_url(NEOLOX, NEOLOX_COMMIT, NEOLOX_PATH)
    for n, (function, category, extra) in enumerate(NEOLOX_MAILS):
        subject_m = re.search(r'subject = f?"([^"]*)"', _py_function(source, function))
        if subject_m is None:
            raise ValueError(f"no subject in {function}")
        f = fill_for("neolox/de", f"{function}:{extra}", "de", n)
        values = {
            "signature": NEOLOX_SIGNATURE,
            "ref_esc": "NL-2026-0193",
            "reference_number_esc": "NL-2026-0193",
            "job_title": NEOLOX_JOB,
            "job_title_esc": NEOLOX_JOB,
            "candidate_name_esc": f.person,
            "application_url_esc": "https://bewerbung.neo-lox.de/internal/applications/193",
            "safe_link": "https://bewerbung.neo-lox.de/upload/7f3a9c21",
            "safe_url": "https://bewerbung.neo-lox.de/reset/52be0d",
            "ttl_hours": "72" if function == "send_magic_link" else "2",
            "privacy_url_esc": "https://www.neo-lox.de/datenschutz",
            "greeting_name": f" {OWNER[0]}",
            "reason_html": "",
            "missing_html": "",
            "message_html": "",
            "_html.escape(str(reason))": NEOLOX_NOTE,
            "_html.escape(str(message))": NEOLOX_MESSAGE,
            "items": "".join(f"<li>{item}</li>" for item in NEOLOX_MISSING),
        }
        if extra and function == "send_application_rejection":
            values["reason_html"] = _fill_fstring(
                _py_fstring(source, "reason_html", function), values
            )
        if extra and function == "send_magic_link":
            for part in ("missing_html", "message_html"):
                values[part] = _fill_fstring(_py_fstring(source, part, function), values)
        html = _fill_fstring(_py_fstring(source, "html", function), values)
        html = re.sub(r"\s+", " ", html)
        subject = _fill_fstring(subject_m.group(1), values)
        fields: dict[str, Any] = {
            "subject": subject,
            "company": "Neo Lox GmbH",
            "role": "n/a",
            "sender": NEOLOX_SENDER,
            "noreply": True,
        }
        fmt = ("html", "html_only")[n % 2]
        yield _html_spec("neolox/de", url, category, html, fmt=fmt, **fields)


JESAP = "JesapIt/jesap-CRM"
# A plain-file source: read with read_file at this commit (the fetched snapshot predates it).
JESAP_READ_AT = "4dc204561d8841240919856e9756bfa316bd6719"
JESAP_PATH = "dashboard/recruitment/emails.py"
# template: category. Joining the association is no job: its refusals are not_a_job, the other
# steps other (CorrelAid's team selection is labelled so).
JESAP_MAILS = {
    "conferma_ricezione": "other",
    "screening_scartato": "not_a_job",
    "gruppo_ammesso": "other",
    "gruppo_non_ammesso": "not_a_job",
    "individuale_non_ammesso": "not_a_job",
    "finale_ammesso": "other",
    "finale_non_ammesso": "not_a_job",
}
# Ours: the interview's date, hour and link, the area and the sender (the deployment's
# RECRUITMENT_FROM_EMAIL is not in the repository).
JESAP_VALUES = {
    "nome": FIRST,
    "data_colloquio": "20/03/2026",
    "ora_colloquio": "18:00",
    "link_colloquio": "https://meet.google.com/kpr-wqzd-tme",
    "area": "Marketing",
}
JESAP_SENDER = ("JESAP Team HR", "recruitment@jesap.example.it")


def _py_literals(expr: str) -> str:
    """The value of a Python expression of adjacent string literals and a module constant."""
    parts = re.findall(r"'((?:[^'\\]|\\.)*)'|(_[A-Z]+)", expr)
    return "".join(
        re.sub(r"\\(.)", lambda m: {"n": "\n"}.get(m.group(1), m.group(1)), lit) if lit else const
        for lit, const in parts
    )


def jesap(snap: Snapshot) -> Iterator[Spec]:
    """A student association's recruitment mail to an applicant: received, admitted after the
    group interview and at the end, refused at the CV screening, the group and the individual
    interview and at the end of the trial period. Plain and multipart (its HTML is Django's
    ``linebreaks`` of the text, as the code sends it)."""
    source = snap.read(JESAP, JESAP_READ_AT, JESAP_PATH)
    url = blob_url(JESAP, JESAP_READ_AT, JESAP_PATH)
    firma = re.search(r"^_FIRMA = (.*)$", source, re.M)
    if firma is None:
        raise ValueError("no signature")
    signature = _py_literals(firma.group(1))
    for n, (kind, category) in enumerate(JESAP_MAILS.items()):
        m = re.search(rf"'{kind}': \(\n\s*'([^']*)',\n(.*?)\n    \),", source, re.S)
        if m is None:
            raise ValueError(f"no template {kind}")
        body = _py_literals(m.group(2)).replace("_FIRMA", signature)
        text = fill_exact(body, r"\{(\w+)\}", JESAP_VALUES)
        yield _spec(
            "jesap/it",
            url,
            category,
            subject=m.group(1),
            text=text.strip() + "\n",
            company="JESAP",
            role="n/a",
            sender=JESAP_SENDER,
            noreply=False,
            fmt=("plain", "html")[n % 2],
        )
