"""Recipes for session 33's sources29 (issue 11): Italian wording from an ERP fork's own
translation and an AI screening tool's generic refusal; an Italian WordPress add-on's press
accreditation refusals and a school's course-enrolment refusals as look-alikes; a Portuguese
vocational school's job portal, a Coimbra course project's recruitment platform, five UFSCar
course groups' job boards.

AureusERP, HUVANT's fork (HUVANT-msp/aureuserp, Webkul's Laravel ERP): the fork adds an Italian
locale to the recruitment plugin, translated from the Spanish catalogue by someone other than
Webkul's translators ("sebbene il tuo curriculum sia competitivo, il nostro team di reclutamento
ha esaminato la tua domanda e non ti ha selezionato per continuare con il processo"). Only the
Italian lang files are the fork's; they are rendered through upstream's views and layout (the
same recipe as ``aureus/{fr,es,pt}``). Read with ``read_file`` at 8375f2f6 and stored as plain
files (no snapshot could be fetched). MIT.

SkillCheck (SamueleMacci/SkillCheck2026, Django, 2026): an Italian CV-screening tool; when a
recruiter marks a candidate rejected it mails them. Without a personality profile the mail is
a fixed text ("Ti confermiamo che in questa fase abbiamo deciso di non procedere con la tua
candidatura") around a sentence of advice a language model writes from the skills the
candidate said they lack. Read with ``read_file`` and transcribed (the file is 28,601
characters; only the mail's subject, text and sender are kept). No licence stated.

FP Forms Accrediti (franpass87/FP-Forms-Accrediti, a WordPress add-on to FP Forms): an event's
staff approve or refuse a request for a press accreditation; the default mails call the
requester "candidato" and refuse "la tua richiesta di accredito ... in questa fase non è stata
accolta". A refusal with no job: look-alikes. GPL-2.0 or later.

Portal de Empregos EPATV (smpsandro1239/epatv_portal_deploy, Laravel, 2025): the job portal of
the Escola Profissional Amar Terra Verde (Vila Verde, Portugal), where companies post offers
for its students and graduates. Its notification when a company decides: accepted ("A empresa X
demonstrou interesse no seu perfil") or not selected ("Lamentamos informar que a sua candidatura
para a oferta ... não foi selecionada. A empresa X agradece o seu interesse, mas optou por
outros candidatos nesta fase"), in pt-PT inside Laravel's untranslated English frame. MIT
(``composer.json``, the Laravel skeleton's; no licence file).

ITJobs (renatadiasilva/Final_Project_AoR, Java EE, 2015): a recruitment platform written as a
University of Coimbra course project (its default brand "ITJobs"), where a recruiting team
opens positions for client companies and mails the candidate in pt-PT: application
registered, interview scheduled or moved, hired, and the refusal ("Lamentamos informar que a
sua candidatura à posição ... foi rejeitada. Desejamos-lhe a melhor sorte na continuação da
procura de emprego"), worded "proposta" when an offer had been made. No licence stated.

Five job boards written for UFSCar's "Desenvolvimento de Software para Web 1" (the course's
assignment B1, "Sistema para oferta de vagas de estágios/empregos": a company mails the
candidate when it calls them to an interview or does not select them), each group with its
own wording: group 8's (guiathayde/dsw1-trabalho1, Spring, 2025: "Informamos que sua
candidatura para a vaga de X não foi selecionada neste momento", signed with the company's
name) and another group's first version (JoaoOLM/TrabalhoDSW1, servlets, 2024: "Infelizmente,
sua candidatura para a vaga X não foi selecionada"), Betwin Vagas (JuuJxp/dsw1T1, 2025: "No
momento, optamos por seguir com outros candidatos", naming the company), Vagas Online
(KailayniJanez/TrabDsw1, 2025: "Informamos que seu perfil não foi selecionado para esta
oportunidade", with the recruiter's message or without) and a 2021 student's
(gabriellesfaria/AA1: "Infelizmente achamos que você não tem perfil para vaga N! Boa sorte em
sua jornada."). Plain text from the deployment's Gmail account. No licence stated.

Join (lascuolaopensource/join-2022, Strapi, 2022): La Scuola Open Source's (Bari) course
enrolment system; a place on a course is confirmed or refused ("Purtroppo non sei stato
selezionato per il corso :(", subject "Iscrizione rifiutata"): look-alikes. No licence
stated."""

from __future__ import annotations

import html as htmllib
import json
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_plugins11 import aureus_catalogues
from .sources_smallhire import _html_spec
from .sources_suites25 import (
    _braced_body,
    _laravel_notification_html,
    _mail_message,
    _php_method,
)
from .sources_trackers import _spec
from .templating import fill_exact, js_literal

HUVANT = "HUVANT-msp/aureuserp"
HUVANT_READ_AT = "8375f2f6ef34d75e173a1ecf446966b71aae7fad"


def huvant(snap: Snapshot) -> Iterator[Spec]:
    """AureusERP's receipt and refusal (twice) in HUVANT's Italian, from the recruiter's own
    address; HTML as the plugin sends it."""
    yield from aureus_catalogues(snap, HUVANT, HUVANT_READ_AT, {"it": "it"}, "huvant")


SKILLCHECK = "SamueleMacci/SkillCheck2026"
SKILLCHECK_READ_AT = "6345ec5da454404351b956f0fa933d6ac242ece6"
SKILLCHECK_SOURCE = "SkillCheck/skillCheck/skillApp/api_bridge_views.py"
SKILLCHECK_MAIL = "skillcheck_mail.json"
# Ours: the model's advice (``genera_consiglio_ia``), one per variant, and the recruiter whose
# address the tool puts in Reply-To.
SKILLCHECK_ADVICE = [
    "Ti consigliamo di approfondire Docker e Kubernetes, richiesti per questo ruolo.",
    "Per crescere in questa direzione potresti fare esperienza con SQL e Power BI.",
]


def skillcheck(snap: Snapshot) -> Iterator[Spec]:
    """SkillCheck's generic refusal (twice: two pieces of advice), plain text as Django's
    ``EmailMessage`` sends it, from the tool's notices address, replies to the recruiter."""
    unit = "skillcheck/it"
    mail = json.loads(snap.read(SKILLCHECK, SKILLCHECK_READ_AT, SKILLCHECK_MAIL))
    url = blob_url(SKILLCHECK, SKILLCHECK_READ_AT, SKILLCHECK_SOURCE)
    for k, advice in enumerate(SKILLCHECK_ADVICE):
        f = fill_for(unit, "generic", "it", k)
        values = {"nome_candidato": OWNER[0].split()[0], "commento_ia": advice}
        recruiter, _ = f.sender("person")
        yield _spec(
            unit,
            url,
            "rejection",
            subject=mail["subject"],
            text=fill_exact(mail["body"], r"\{(\w+)\}", values),
            company="n/a",
            role="n/a",
            sender=("", mail["from_email"]),
            reply_to=recruiter[1],
            noreply=True,
            fmt="plain",
        )


ACCREDITI = "franpass87/FP-Forms-Accrediti"
ACCREDITI_COMMIT = "96b50237aac42ece194c12cde6bb6f5a58e06bc0"
ACCREDITI_PATH = "src/Settings/Settings.php"
# template: (category, staff notes per variant: "" leaves {decision_message} empty)
ACCREDITI_MAILS: dict[str, tuple[str, list[str]]] = {
    "rejection": (
        "not_a_job",
        [
            "Le richieste per le testate online sono già al completo per questa edizione.",
            "",
        ],
    ),
    "approval": ("other", ["Il ritiro del pass è presso l'info point dalle 9:00."]),
}
# Ours: the site (an event's WordPress), its address, the accreditation form's title; the
# sender is wp_mail's default ("WordPress", wordpress@ the site's host).
ACCREDITI_SITE = ("Festival del Cinema di Lecce", "https://www.festivalcinemalecce.it")
ACCREDITI_FORM = "Accredito stampa 2026"
ACCREDITI_SENDER = ("WordPress", "wordpress@festivalcinemalecce.it")
# The page ``Mailer`` wraps the text in when FP Mail SMTP's branding is absent.
ACCREDITI_PAGE = "margin:0;padding:16px;background:#f8fafc;"


def _php_concat_literals(source: str, key: str) -> str:
    """The value of ``'key' => __( "…" . "…", 'domain' )``: its double-quoted literals joined,
    PHP's ``\\n`` read as line breaks."""
    m = re.search(rf"'{key}'\s*=>\s*__\(\s*((?:\"(?:[^\"\\]|\\.)*\"\s*\.?\s*)+)", source)
    if m is None:
        raise ValueError(f"no {key}")
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    return "".join(parts).replace("\\n", "\n").replace('\\"', '"')


def _php_single_literal(source: str, key: str) -> str:
    """The value of ``'key' => __( '…', 'domain' )``."""
    m = re.search(rf"'{key}'\s*=>\s*__\(\s*'((?:[^'\\]|\\.)*)'", source)
    if m is None:
        raise ValueError(f"no {key}")
    return re.sub(r"\\(['\\])", r"\1", m.group(1))


def accrediti(snap: Snapshot) -> Iterator[Spec]:
    """The add-on's default decision mails: a refused accreditation (with the staff's note and
    without) and an approved one; the text made HTML as ``Mailer`` does (escaped, ``nl2br``, in
    its styled div, without the optional FP Mail SMTP branding)."""
    unit = "accrediti/it"
    source = snap.read(ACCREDITI, ACCREDITI_COMMIT, ACCREDITI_PATH)
    url = blob_url(ACCREDITI, ACCREDITI_COMMIT, ACCREDITI_PATH)
    for name, (category, notes) in ACCREDITI_MAILS.items():
        subject_raw = _php_single_literal(source, f"{name}_subject")
        body_raw = _php_concat_literals(source, f"{name}_body")
        for note in notes:
            values = {
                "applicant_email": OWNER[1],
                "decision_message": note,
                "form_title": ACCREDITI_FORM,
                "site_name": ACCREDITI_SITE[0],
                "site_url": ACCREDITI_SITE[1],
            }
            subject = fill_exact(subject_raw, r"\{(\w+)\}", values)
            text = fill_exact(body_raw, r"\{(\w+)\}", values).strip()
            fragment = (
                '<div class="fp-forms-accrediti-email-body" style="font-family:-apple-system,'
                "BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;"
                'line-height:1.6;color:#334155;">'
                + htmllib.escape(text).replace("\n", "<br>\n")
                + "</div>"
            )
            yield _spec(
                unit,
                url,
                category,
                subject=subject,
                text=text,
                html=f'<html><body style="{ACCREDITI_PAGE}">{fragment}</body></html>',
                company="n/a",
                role="n/a",
                sender=ACCREDITI_SENDER,
                noreply=False,
                fmt="html_only",
            )


EPATV = "smpsandro1239/epatv_portal_deploy"
EPATV_COMMIT = "b190ad0a378faf361f7f8e30e261dddbe04ea6e5"
EPATV_PATH = "app/Notifications/ApplicationStatusChangedNotification.php"
# status: (category, variants). Accepted: the company "demonstrou interesse no seu perfil" and
# may get in touch about the recruitment process (moving forward).
EPATV_MAILS: dict[str, tuple[str, int]] = {
    "accepted": ("moving_forward", 1),
    "rejected": ("rejection", 2),
}
# Ours: APP_NAME and APP_URL (the app sets neither), the sender (MAIL_FROM is configuration).
EPATV_APP = ("Portal de Empregos EPATV", "https://empregos.epatv.example.pt")
EPATV_SENDER = ("Portal de Empregos EPATV", "noreply@empregos.epatv.example.pt")
# The toMail branches' conditions, each set for the status it sends.
EPATV_CONDITIONS = ("$status === 'accepted'", "$status === 'rejected'")


def _exclusive_branches(method: str) -> str:
    """A ``toMail`` body in the shape ``_mail_message`` reads: the builder variable renamed
    ``$message`` and each ``} elseif (c) {`` made a block of its own (``}`` then ``if (c) {``),
    the same mail where the conditions exclude each other (one status per mail)."""
    out = re.sub(r"\$mailMessage\b", "$message", method)
    return re.sub(r"(?m)^(\s*)\} elseif \((.*)\) \{$", r"\1}\n\1if (\2) {", out)


def epatv(snap: Snapshot) -> Iterator[Spec]:
    """EPATV's job portal (the Escola Profissional Amar Terra Verde's, Vila Verde): its
    notification to a student or graduate when a company decides on an application, accepted
    or not selected (twice); Laravel's default notification mail, its frame untranslated (the
    app has no lang files), HTML with and without a text part."""
    unit = "epatv/pt"
    source = snap.read(EPATV, EPATV_COMMIT, EPATV_PATH)
    method = _exclusive_branches(_php_method(source, "toMail"))
    url = blob_url(EPATV, EPATV_COMMIT, EPATV_PATH)
    for status, (category, variants) in EPATV_MAILS.items():
        for k in range(variants):
            f = fill_for(unit, status, "pt", k)
            values = {
                "$job->title": f.role,
                "$notifiable->name": OWNER[0],
                "$company->company_name": f.company,
                "url('/student/applications')": f"{EPATV_APP[1]}/student/applications",
            }
            flags = {cond: cond == f"$status === '{status}'" for cond in EPATV_CONDITIONS}
            calls = _mail_message(method, values, flags)
            subjects = [args[0] for name, args in calls if name == "subject"]
            if len(subjects) != 1:
                raise ValueError(f"{len(subjects)} subjects")
            yield _html_spec(
                unit,
                url,
                category,
                _laravel_notification_html(calls, EPATV_APP[0], EPATV_APP[1]),
                subject=subjects[0],
                company=f.company,
                role=f.role,
                sender=EPATV_SENDER,
                noreply=True,
                fmt=("html", "html_only")[k % 2],
            )


ITJOBS = "renatadiasilva/Final_Project_AoR"
ITJOBS_COMMIT = "c3d20cb593c4ecc57f8f165c9def290365fc40f4"
ITJOBS_PATH = (
    "Final_Project_EJB/src/main/java/pt/uc/dei/aor/pf/mailManagement/SecureMailManagementImp.java"
)
ITJOBS_CONSTANTS_PATH = "Final_Project_EJB/src/main/java/pt/uc/dei/aor/pf/constants/Constants.java"
# (method, category, stage, a proposal was made): the candidate's mails; the first ``text``
# of notifyScheduledInterview is the candidate's (the loop after it writes to interviewers).
# A refusal after a proposal says "proposta relativa à posição ... foi rejeitada": the offer
# was made and is withdrawn, the stage not said (unknown).
ITJOBS_MAILS: list[tuple[str, str, str, bool]] = [
    ("newCandidateWarning", "acknowledgement", "n/a", False),
    ("notifyScheduledInterview", "interview_invitation", "n/a", False),
    ("notifyChangeDateInterviewCand", "other", "n/a", False),
    ("notifyHired", "offer", "n/a", False),
    ("notifyRejected", "rejection", "application", False),
    ("notifyRejected", "rejection", "application", False),
    ("notifyRejected", "rejection", "unknown", True),
]
# Ours: the technical area that starts a position code, the creator's id and the opening time
# (generatePositionCode's form), the interview's day and hour; the platform's address is the
# code's PLATAFORM_LINK.
ITJOBS_AREA = "JAVA"


def _java_method(source: str, name: str) -> str:
    """The body of ``public void name(...)``, its ``//`` comments removed."""
    m = re.search(rf"public void {name}\([^)]*\)\s*\{{", source)
    if m is None:
        raise ValueError(f"no method {name}")
    return re.sub(r"(?m)^\s*//.*$", "", _braced_body(source, m.end()))


def _java_concat(expr: str, values: dict[str, str]) -> str:
    """A Java string concatenation: ``"…"`` literals (``\\n``, ``\\'``, ``\\"`` undone) and
    expressions looked up in ``values`` by their text; an unknown expression raises."""
    out = []
    for literal, other in re.findall(r'"((?:[^"\\]|\\.)*)"|([^+"]+)', expr):
        if other.strip():
            key = " ".join(other.split())
            if key not in values:
                raise ValueError(f"unfilled Java expression {key}")
            out.append(values[key])
        else:
            out.append(
                re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), literal)
            )
    return "".join(out)


def _java_mail(body: str, values: dict[str, str]) -> tuple[str, str]:
    """(subject, text) of a method that builds ``String text=…;`` and calls
    ``this.sendEmail(to, bcc, subject, text)``: the first of each, evaluated."""
    text = re.search(r"String text=(.*?);", body, flags=re.DOTALL)
    send = re.search(r"this\.sendEmail\([^,]+,\s*null,\s*(.*?),\s*text\);", body, flags=re.DOTALL)
    if text is None or send is None:
        raise ValueError("no text or no sendEmail")
    return _java_concat(send.group(1), values), _java_concat(text.group(1), values)


def itjobs(snap: Snapshot) -> Iterator[Spec]:
    """ITJobs' mails to a candidate, plain text as JavaMail's ``setText`` sends them, from the
    platform's Gmail address, signed by the default brand's team."""
    unit = "itjobs/pt"
    source = snap.read(ITJOBS, ITJOBS_COMMIT, ITJOBS_PATH)
    constants = snap.read(ITJOBS, ITJOBS_COMMIT, ITJOBS_CONSTANTS_PATH)
    brand = re.search(r'DEFAULT_COMPANY_NAME = "([^"]+)"', constants)
    sender = re.search(r'String FROM="([^"]+)"', source)
    link = re.search(r'String LOCALHOST="([^"]+)"', source)
    if brand is None or sender is None or link is None:
        raise ValueError("no brand, sender or link")
    url = blob_url(ITJOBS, ITJOBS_COMMIT, ITJOBS_PATH)
    for n, (method, category, stage, proposal) in enumerate(ITJOBS_MAILS):
        f = fill_for(unit, f"{method}{n}", "pt", n)
        first, last = OWNER[0].split()
        code = f"{ITJOBS_AREA}-{2 + n % 3}-201509{14 + n:02d}{9 + n:02d}3000"
        values = {
            "candidate.getFirstName()": first,
            "candidate.getLastName()": last,
            "companyName": brand.group(1),
            "positionMail": f"{code}, '{f.role}' - {f.company}",
            "submission.getPosition().getPositionCode()": code,
            "submission.getPosition().getCompany()": f.company,
            "rejectedStuff": "Proposta relativa" if proposal else "Candidatura",
            "rejectedStuff.toLowerCase()": "proposta relativa" if proposal else "candidatura",
            "infoDate": f"dia 2015-09-{21 + n} e hora 10:30",
            "infoNewDate": f"dia 2015-09-{24 + n} e hora 15:00",
            "infoOldDate": f"dia 2015-09-{21 + n} e hora 10:30",
            "PLATAFORM_LINK": f"{link.group(1)}Final_Project_WEB/",
        }
        subject, text = _java_mail(_java_method(source, method), values)
        yield _spec(
            unit,
            url,
            category,
            stage=stage if category == "rejection" else None,
            subject=subject,
            text=text,
            company=f.company,
            role=f.role,
            labels_on_rejection=True,
            sender=("", sender.group(1)),
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


# Java statements a branch walker reads: ``if (c) {``, ``} else if (c) {``, ``} else {``,
# ``try {``, ``} catch (…) {``, ``}``, and assignments ``String x = …;`` / ``x += …;``.
_JAVA_IF = re.compile(r"(?:\} else )?if \((.*)\) \{")
_JAVA_ASSIGN = re.compile(r"(?:String )?(\w+) (\+?=) (.*);", flags=re.DOTALL)


def _java_branch_mail(
    block: str, flags: dict[str, bool], values: dict[str, str], wanted: tuple[str, ...]
) -> dict[str, str]:
    """The ``wanted`` string variables after walking ``block`` (a slice of a Java method) with
    each ``if`` condition's truth from ``flags`` (an unknown condition raises): assignments in
    branches not taken, and to variables not wanted, are skipped; a multi-line statement is
    read up to its ``;``."""
    out: dict[str, str] = {}
    stack: list[bool] = []
    taken: list[bool] = []
    pending = ""
    for raw in block.splitlines():
        line = (pending + " " + raw.strip()).strip() if pending else raw.strip()
        pending = ""
        if m := _JAVA_IF.fullmatch(line):
            if m.group(1) not in flags:
                raise ValueError(f"unknown condition {m.group(1)}")
            if line.startswith("}"):
                stack[-1] = flags[m.group(1)] and not taken[-1]
                taken[-1] = taken[-1] or stack[-1]
            else:
                stack.append(flags[m.group(1)])
                taken.append(flags[m.group(1)])
        elif line == "} else {":
            stack[-1] = not taken[-1]
        elif line == "try {":
            stack.append(True)
            taken.append(True)
        elif re.fullmatch(r"\} catch \(.*\) \{", line):
            stack[-1] = False
        elif line == "}":
            stack.pop()
            taken.pop()
        elif re.match(r"(?:String )?\w+ \+?= ", line) and not line.endswith(";"):
            pending = line
        elif (m := _JAVA_ASSIGN.fullmatch(line)) and m.group(1) in wanted and all(stack):
            expr = _java_concat(m.group(3), {**values, **out})
            out[m.group(1)] = out.get(m.group(1), "") + expr if m.group(2) == "+=" else expr
    return out


DSW8 = "guiathayde/dsw1-trabalho1"
DSW8_COMMIT = "4c0d60a6932aeb5a4bea658c6ec5d2319c668192"
DSW8_PATH = "src/main/java/br/ufscar/dc/dsw/controller/VagaController.java"
# (status, with the interview's time and link, category). The status update mails only on
# ENTREVISTA and NAO_SELECIONADO.
DSW8_MAILS = [
    ("ENTREVISTA", True, "interview_invitation"),
    ("ENTREVISTA", False, "interview_invitation"),
    ("NAO_SELECIONADO", False, "rejection"),
    ("NAO_SELECIONADO", False, "rejection"),
]
DSWT1 = "JoaoOLM/TrabalhoDSW1"
DSWT1_COMMIT = "681d482fac970cda5ed8f206eda6b59e032f2a2d"
DSWT1_PATH = "T1/src/main/java/br/ufscar/dc/dsw/controller/VagaController.java"
DSWT1_MAILS = [
    ("ENTREVISTA", "interview_invitation"),
    ("NAO_SELECIONADO", "rejection"),
    ("NAO_SELECIONADO", "rejection"),
]
# Ours: the Gmail sender each deployment configures, the interview's time and link.
DSW_INTERVIEW = ("2025-07-21 14:00", "https://meet.google.com/abc-defg-hij")


def dsw8(snap: Snapshot) -> Iterator[Spec]:
    """UFSCar DSW1 group 8's status mail: an interview with its time and link, an interview
    to be scheduled, not selected (twice); signed with the company's name."""
    unit = "dsw8/pt"
    source = snap.read(DSW8, DSW8_COMMIT, DSW8_PATH)
    method = _java_method_by_signature(source, "public String atualizarStatusCandidatura(")
    url = blob_url(DSW8, DSW8_COMMIT, DSW8_PATH)
    for n, (status, scheduled, category) in enumerate(DSW8_MAILS):
        f = fill_for(unit, status, "pt", n)
        values = {
            "candidatura.getVaga().getDescricao()": f.role,
            "candidatura.getProfissional().getName()": OWNER[0],
            "horarioEntrevista": DSW_INTERVIEW[0],
            "linkEntrevista": DSW_INTERVIEW[1],
            "candidatura.getVaga().getEmpresa().getName()": f.company,
        }
        interview = status == "ENTREVISTA"
        flags = {
            "candidatura == null": False,
            '"ENTREVISTA".equals(status) || "NAO_SELECIONADO".equals(status)': True,
            '"ENTREVISTA".equals(status) && horarioEntrevista != null && linkEntrevista '
            "!= null": interview and scheduled,
            '"ENTREVISTA".equals(status) && horarioEntrevista == null && linkEntrevista '
            "== null": interview and not scheduled,
            '"NAO_SELECIONADO".equals(status)': not interview,
        }
        mail = _java_branch_mail(method, flags, values, ("subject", "body"))
        sender, _ = f.sender("careers", "Recrutamento")
        yield _dsw_spec(unit, url, category, mail, f.company, f.role, sender, n % 2)


def dswt1(snap: Snapshot) -> Iterator[Spec]:
    """Another UFSCar DSW1 group's status mail (servlets): an interview with its link and
    time, not selected; from the account the deployment configures, no company named."""
    unit = "dswt1/pt"
    source = snap.read(DSWT1, DSWT1_COMMIT, DSWT1_PATH)
    start = source.find("// Envia e-mails conforme o status")
    if start < 0:
        raise ValueError("no status mail block")
    url = blob_url(DSWT1, DSWT1_COMMIT, DSWT1_PATH)
    for n, (status, category) in enumerate(DSWT1_MAILS):
        f = fill_for(unit, status, "pt", n)
        values = {
            "profissional.getUsuario().getNome()": OWNER[0],
            "candidatura.getVaga().getDescricao()": f.role,
            "linkEntrevista": DSW_INTERVIEW[1],
            "horarioEntrevista": DSW_INTERVIEW[0],
        }
        flags = {
            f"status == Candidatura.Status.{s}.ordinal()": s == status
            for s in ("NAO_SELECIONADO", "ENTREVISTA")
        }
        block = _braced_body(source, source.index("{", source.index("try", start)) + 1)
        mail = _java_branch_mail(block, flags, values, ("subject", "body"))
        sender, _ = f.sender("person")
        yield _dsw_spec(unit, url, category, mail, "n/a", f.role, sender, 0)


def _dsw_spec(
    unit: str,
    url: str,
    category: str,
    mail: dict[str, str],
    company: str,
    role: str,
    sender: tuple[str, str],
    wrapped: int,
) -> Spec:
    """A DSW1 status mail: plain text (hard-wrapped when ``wrapped``), the company and role
    labelled on a rejection only."""
    return _spec(
        unit,
        url,
        category,
        subject=mail["subject"],
        text=mail["body"],
        company=company,
        role=role,
        labels_on_rejection=True,
        sender=sender,
        noreply=False,
        fmt=("plain", "wrapped")[wrapped],
    )


def _java_method_by_signature(source: str, signature: str) -> str:
    """The body of the method whose declaration starts with ``signature``."""
    at = source.find(signature)
    if at < 0:
        raise ValueError(f"no method {signature}")
    return _braced_body(source, source.index("{", at) + 1)


BETWIN = "JuuJxp/dsw1T1"
BETWIN_COMMIT = "30fd2fabb599e30a7829f026c5880f5d3438d545"
BETWIN_PATH = "src/main/java/br/ufscar/dc/dsw/controller/CandidaturaController.java"
BETWIN_MAILS = [
    ("ENTREVISTA", "interview_invitation"),
    ("NAO_SELECIONADO", "rejection"),
    ("NAO_SELECIONADO", "rejection"),
]
# Ours: the sender (spring.mail configuration), the interview link.
BETWIN_SENDER = ("Betwin Vagas", "betwinvagas@gmail.com")


def _java_format(template: str, args: list[str]) -> str:
    """Java's ``String.format`` for a template of ``%s`` only; a count that differs raises."""
    parts = template.split("%s")
    if len(parts) != len(args) + 1:
        raise ValueError(f"{len(parts) - 1} placeholders for {len(args)} arguments")
    return "".join(p + a for p, a in zip(parts, [*args, ""], strict=True))


def betwin(snap: Snapshot) -> Iterator[Spec]:
    """Betwin Vagas (a UFSCar DSW1 group's job board, Spring, 2025): the company's call to an
    interview and the refusal (twice), each a ``String.format`` in the branch of its status,
    the subject shared; signed by the platform's team, naming the company."""
    unit = "betwin/pt"
    source = snap.read(BETWIN, BETWIN_COMMIT, BETWIN_PATH)
    subject_expr = re.search(r"String assunto = (.*?);", source)
    if subject_expr is None:
        raise ValueError("no subject")
    url = blob_url(BETWIN, BETWIN_COMMIT, BETWIN_PATH)
    for n, (status, category) in enumerate(BETWIN_MAILS):
        branch = re.search(
            rf"status == StatusCandidatura\.{status}\) \{{\s*String corpoEmail = String\.format"
            r'\(\s*"((?:[^"\\]|\\.)*)",\s*([^)]*)\)',
            source,
        )
        if branch is None:
            raise ValueError(f"no mail for {status}")
        f = fill_for(unit, status, "pt", n)
        names = {
            "nomeCandidato": OWNER[0],
            "nomeEmpresa": f.company,
            "tituloVaga": f.role,
            "linkEntrevista": DSW_INTERVIEW[1],
        }
        template = _java_concat(f'"{branch.group(1)}"', {})
        args = [names[a.strip()] for a in branch.group(2).split(",")]
        yield _dsw_spec(
            unit,
            url,
            category,
            {
                "subject": _java_concat(subject_expr.group(1), names),
                "body": _java_format(template, args),
            },
            f.company,
            f.role,
            BETWIN_SENDER,
            n % 2,
        )


VAGASONLINE = "KailayniJanez/TrabDsw1"
VAGASONLINE_COMMIT = "69c49d48e13af0e77510985b5162459677d04800"
VAGASONLINE_PATH = "vagas/src/main/java/com/example/vagas/service/EmailService.java"
# (method, category, the recruiter's message or None). The interview's date is formatted in
# the code by a pattern ("dd/MM/yyyy HH:mm"), read here as one value.
VAGASONLINE_MAILS: list[tuple[str, str, str | None]] = [
    ("enviarEmailConfirmacaoCandidatura", "acknowledgement", None),
    ("enviarEmailEntrevista", "interview_invitation", None),
    ("enviarEmailRejeicao", "rejection", None),
    ("enviarEmailRejeicao", "rejection", "Buscamos alguém com experiência em atendimento."),
]
VAGASONLINE_DATE = 'dataEntrevista.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))'
# Ours: the sender (spring.mail configuration), the interview's date and link, the message.
VAGASONLINE_SENDER = ("Vagas Online", "vagasonline.dsw@gmail.com")
_JAVA_TERNARY = re.compile(
    r'\(([^?()]+?) \? ((?:"(?:[^"\\]|\\.)*"|[^:"])*?) : ((?:"(?:[^"\\]|\\.)*"|[^)"])*)\)'
)


def _java_ternaries(expr: str, flags: dict[str, bool]) -> str:
    """``(cond ? a : b)`` inside a concatenation replaced by the branch ``flags`` picks (a
    concatenation is associative, so the branch's terms join the outer ones)."""

    def pick(m: re.Match[str]) -> str:
        if m.group(1) not in flags:
            raise ValueError(f"unknown condition {m.group(1)}")
        return m.group(2) if flags[m.group(1)] else m.group(3)

    return _JAVA_TERNARY.sub(pick, expr)


def vagasonline(snap: Snapshot) -> Iterator[Spec]:
    """Vagas Online (a UFSCar DSW1 group's job board, Spring, 2025): its ``EmailService``'s
    mails to a candidate, the application received, an interview, the refusal without and
    with the recruiter's message; plain text as ``SimpleMailMessage`` sends it."""
    unit = "vagasonline/pt"
    source = snap.read(VAGASONLINE, VAGASONLINE_COMMIT, VAGASONLINE_PATH)
    source = source.replace(VAGASONLINE_DATE, "dataFormatada")
    url = blob_url(VAGASONLINE, VAGASONLINE_COMMIT, VAGASONLINE_PATH)
    for n, (method, category, message) in enumerate(VAGASONLINE_MAILS):
        body = _java_method(source, method)
        f = fill_for(unit, method, "pt", n)
        values = {
            "tituloVaga": f.role,
            "vagaDescricao": f.role,
            "nomeEmpresa": f.company,
            "dataFormatada": "21/07/2025 14:00",
            "linkEntrevista": DSW_INTERVIEW[1],
            "mensagem": message or "",
        }
        subject = re.search(r"setSubject\((.*?)\);", body)
        text = re.search(r"String texto = (.*?);", body, flags=re.DOTALL)
        if subject is None or text is None:
            raise ValueError(f"no subject or text in {method}")
        expr = _java_ternaries(text.group(1), {"mensagem != null": message is not None})
        yield _dsw_spec(
            unit,
            url,
            category,
            {"subject": _java_concat(subject.group(1), values), "body": _java_concat(expr, values)},
            "n/a",
            f.role,
            VAGASONLINE_SENDER,
            n % 2,
        )


AA1 = "gabriellesfaria/AA1"
AA1_COMMIT = "3bbf09e3faee3330113e1c80c0323807434cebf2"
AA1_PATH = "src/main/java/br/ufscar/dc/dsw/controller/EmpresaController.java"
AA1_MAILS = [
    ("ENTREVISTA", "interview_invitation"),
    ("NAO SELECIONADO", "rejection"),
    ("NAO SELECIONADO", "rejection"),
]
# Ours: the sender (the code's is its author's own student address, left out), the post's
# identifier (the mail names the post by its number only), the interview's day and link.
AA1_SENDER = ("Vagas DSW", "vagas.dsw@example.com.br")


def aa1(snap: Snapshot) -> Iterator[Spec]:
    """Another UFSCar DSW1 student's job board (servlets, 2021): the mail when a company calls
    a candidate to an interview and when it does not select them (twice), naming the post by
    its identifier only; plain text."""
    unit = "aa1/pt"
    source = snap.read(AA1, AA1_COMMIT, AA1_PATH)
    url = blob_url(AA1, AA1_COMMIT, AA1_PATH)
    for n, (status, category) in enumerate(AA1_MAILS):
        at = source.find(f'if(status_inscricao.equals("{status}"))')
        if at < 0:
            raise ValueError(f"no mail for {status}")
        block = _braced_body(source, source.index("{", at) + 1)
        subject = re.search(r"String assunto = (.*?);", block)
        text = re.search(r"String mensagem = (.*?);", block, flags=re.DOTALL)
        if subject is None or text is None:
            raise ValueError(f"no subject or text for {status}")
        values = {"id_vaga": str(12 + n), "data": "21/07/2021", "link": DSW_INTERVIEW[1]}
        yield _dsw_spec(
            unit,
            url,
            category,
            {
                "subject": _java_concat(subject.group(1), values),
                "body": _java_concat(text.group(1), values),
            },
            "n/a",
            "n/a",
            AA1_SENDER,
            0,
        )


JOIN = "lascuolaopensource/join-2022"
JOIN_COMMIT = "31603dd8c0fddd86923772ccb799d39ba3277904"
JOIN_DIR = "packages/apps/backend/@old/emails/templates"
JOIN_UTILS_PATH = "packages/apps/backend/@old/emails/utils.ts"
# file: (category, variants). Being enrolled on a course that started is no job (`other`); the
# refusal of a place on it, the look-alike (`not_a_job`, as `talento`'s approval is not one).
JOIN_MAILS: dict[str, tuple[str, int]] = {
    "enroll.ts": ("acknowledgement", 1),
    "admin-enrollments-update/approved.ts": ("other", 1),
    "admin-enrollments-update/rejected.ts": ("not_a_job", 2),
}
# Ours: the courses, the sender (EMAIL_ADDRESS_FROM is configuration).
JOIN_COURSES = ["Fabbricazione digitale con Arduino", "Falegnameria per principianti"]
JOIN_SENDER = ("La Scuola Open Source", "join@lascuolaopensource.example.it")


def _join_text(html: str) -> str:
    """``HTMLTemplateToText`` as the code writes it: JavaScript's ``replace`` with a string
    pattern, so only the first of each tag is replaced."""
    for old, new in [
        ("<br>", " "),
        ("<p>", ""),
        ("</p>", " "),
        ("<strong>", ""),
        ("</strong>", ""),
    ]:
        html = html.replace(old, new, 1)
    return html


def join(snap: Snapshot) -> Iterator[Spec]:
    """Join, La Scuola Open Source's course enrolment system (Bari; Strapi, 2022): the
    request received (intro, separator, closing; no payment or account block), a place on a
    course that started confirmed, and refused (twice): look-alikes of a job's mail; HTML and
    the code's text beside it."""
    unit = "join/it"
    url = blob_url(JOIN, JOIN_COMMIT, f"{JOIN_DIR}/admin-enrollments-update/rejected.ts")
    utils = re.search(r'export const s = "([^"]*)";', snap.read(JOIN, JOIN_COMMIT, JOIN_UTILS_PATH))
    if utils is None:
        raise ValueError("no separator")
    separator = utils.group(1)
    for name, (category, variants) in JOIN_MAILS.items():
        source = snap.read(JOIN, JOIN_COMMIT, f"{JOIN_DIR}/{name}")
        subject = js_literal(source, "const subject = ")
        if name == "enroll.ts":
            html = (
                js_literal(source, "const intro = ")
                + separator
                + js_literal(source, "const end = ")
            )
        else:
            html = js_literal(source, "const html = ")
        for k in range(variants):
            values = {"COURSE_TITLE": JOIN_COURSES[k], "USER_NAME": OWNER[0].split()[0]}
            body = fill_exact(html, r"<%=\s*([\w.]+)\s*%>", values)
            yield _spec(
                unit,
                url,
                category,
                subject=fill_exact(subject, r"<%=\s*([\w.]+)\s*%>", values),
                text=_join_text(body),
                html=f"<html><body>{body}</body></html>",
                company="n/a",
                role="n/a",
                sender=JOIN_SENDER,
                noreply=False,
                fmt="html",
            )
