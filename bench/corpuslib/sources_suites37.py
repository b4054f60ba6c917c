"""Recipes for session 34's sources37 (issue 11): Dutch and Spanish mail from a care-shift
platform, a circus school's enrolments and an events platform's company registrations.

CaredIn (Eliasje0495/caredin, a Dutch platform where self-employed care workers sign up for
shifts that care organisations post; Next.js, mail through Resend): the mails ``lib/email.ts``
sends a worker: a sign-up for a shift accepted or turned down ("De organisatie heeft een andere
kandidaat gekozen": a job refusal, relayed by the platform without naming the organisation), the
model agreement on a sign-up, the shift reminder, the identity check, hours approved, and an
expense claim ("declaratie") approved or refused (a claim refused, no job: look-alike).

Balancirk (kriscox/Joomla-extension-balancirk, the Joomla component of a Flemish circus school,
Circusatelier Balancirk VZW): the mail to a member enrolling a child in a lesson series, the
confirmation and the one that puts the enrolment on the waiting list ("Deze inschrijving staat
momenteel op de wachtlijst"): a place in a course held back, no job: look-alikes.

VIBEZ (samuelmartin33/Projecte_05_A01_Samuel_Santi_Pol_Marc_David, a Barcelona students' events
and networking platform with a job board; Laravel): the administrators' answer to a company's
request to register, refused ("nuestro equipo ha decidido no aprobarla en este momento") or
approved. A registration refused, no job: look-alikes.

Villa do Vale (jssena/curriculos, the "trabalhe conosco" app of Villa do Vale, a boutique hotel
and bistro in Brazil; Quasar, 2020): the messages its recruiter mails an applicant at each phase
of the selection (``src/models/frases.js``), through the app's ``mailingAvulso`` with the
phase's subject: passed (record a video, answer a questionnaire, a live interview) or not passed
("recebemos seu currículo e ele já está registrado em nosso banco de talentos. Entraremos em
contato assim que tivermos uma oportunidade que combine com seu perfil": the no worded as a
talent-pool note, the kind the rules find hardest).

Vakantes (Guimathis/Vakantes, a Brazilian recruitment agency's system for its client companies'
vacancies; Spring, JavaMail, 2025): the mails to a candidate, the interview scheduled, the
result after it (not selected, with the client's remark; selected), and the refusal every
other applicant gets when one is selected ("informamos que você não foi selecionado para a
próxima etapa"), signed by the agency, the client unnamed.

Achanvear (923327532/achanvear, a Peruvian job and freelance platform; Spring, mail through
Brevo): the mail its screening step sends an applicant who did not pass ("Despues de evaluar tu
perfil, hemos decidido no continuar con tu postulacion en esta oportunidad", with the score). No
snapshot could be fetched: the file was read with ``read_file`` and saved verbatim at its path
(``../corpora/snap-37/.save_achanvear.py``)."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from xml.etree import ElementTree

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_suites29 import _java_concat, _java_method, _java_ternaries
from .sources_suites32 import _html_only
from .sources_suites33 import _TS_STR, _js_object, _js_unescape
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_literal

CAREDIN = "Eliasje0495/caredin"
CAREDIN_COMMIT = "bc799a19c97569c8b68a22862c6f2603731edf37"
CAREDIN_PATH = "lib/email.ts"
# key of the ``emails`` object: (category, variants). Only the mails to the worker (the
# mailbox owner); the three to the organisation are left out.
CAREDIN_MAILS = {
    "applicationRejected": ("rejection", 2),
    "applicationAccepted": ("offer", 1),
    "overeenkomstWorker": ("acknowledgement", 1),
    "shiftReminder": ("other", 1),
    "identityCheck": ("other", 1),
    "checkoutApproved": ("other", 1),
    "declaratieGoedgekeurd": ("other", 1),
    "declaratieAfgewezen": ("not_a_job", 2),
}
# The platform's name: it relays an organisation it does not name (the agencies' convention,
# docs/corpora.md "Session 33 (branch fields34)").
CAREDIN_NAME = "CaredIn"
# Ours: the shifts' titles, the care organisations, the expense claims' numbers and reasons.
CAREDIN_SHIFTS = (
    "Avonddienst verzorgende IG",
    "Nachtdienst verpleegkundige",
    "Dagdienst begeleider gehandicaptenzorg",
)
CAREDIN_ORGS = ("Zorggroep De Linde", "Stichting Amaris", "Careyn Wijkzorg")
CAREDIN_REASONS = (
    "De kilometers komen niet overeen met de geregistreerde dienst.",
    "Het bonnetje van de parkeerkosten ontbreekt.",
)


def _ts_emails(source: str) -> dict[str, tuple[str, str]]:
    """key -> (subject literal, content literal) of each ``key: (...) => sendEmail(to,
    `subject`, emailTemplate(`content`))`` entry of the ``emails`` object, their ``${...}``
    left in place; a file without the object raises."""
    start = source.index("export const emails = {")
    pattern = re.compile(
        r"\n  (\w+): \([^)]*\)\s*=>\s*sendEmail\(\s*to,\s*`((?:[^`\\]|\\.)*)`,\s*"
        r"emailTemplate\(`((?:[^`\\]|\\.)*)`\)",
        re.S,
    )
    return {m.group(1): (m.group(2), m.group(3)) for m in pattern.finditer(source, start)}


def _caredin_values(n: int, first: str) -> dict[str, str]:
    """The ``${...}`` expressions of the worker's mails, by their exact text."""
    return {
        "shiftTitle": CAREDIN_SHIFTS[n % len(CAREDIN_SHIFTS)],
        "companyName": CAREDIN_ORGS[n % len(CAREDIN_ORGS)],
        "date": f"{12 + n} maart 2026",
        "dateStr": f"vrijdag {13 + n} maart 2026",
        "timeStr": "15:00 – 23:00",
        "address": "Laan van Meerdervoort 104, Den Haag",
        "hourlyRate": "42,50",
        "amount": f"{318 + 12 * n},75",
        "bedrag": f"{46 + n},20",
        "nummer": f"D-2026-{31 + n:04d}",
        "reden": CAREDIN_REASONS[n % len(CAREDIN_REASONS)],
        "startTime": "07:00",
        "pdfUrl": f"https://caredin.nl/api/overeenkomst/{8120 + n}.pdf",
        "verifyUrl": f"https://caredin.nl/verify/{4711 + n}",
        'name.split(" ")[0]': first,
        'workerName.split(" ")[0]': first,
    }


def caredin(snap: Snapshot) -> Iterator[Spec]:
    """The platform's mails to a worker, in its HTML shell, HTML only (Resend gets no text),
    from the sender the module configures."""
    unit = "caredin/nl"
    source = snap.read(CAREDIN, CAREDIN_COMMIT, CAREDIN_PATH)
    shell = js_literal(source, "function emailTemplate(")
    sender = re.search(r'const FROM = "([^"<]+?)\s*<([^>]+)>"', source)
    if not sender:
        raise ValueError("no FROM")
    mails = _ts_emails(source)
    url = blob_url(CAREDIN, CAREDIN_COMMIT, CAREDIN_PATH)
    n = 0
    for key, (category, variants) in CAREDIN_MAILS.items():
        subject, content = mails[key]
        for _ in range(variants):
            values = _caredin_values(n, OWNER[0].split(" ")[0])
            html = fill_js(shell, {"content": fill_js(content, values)})
            yield _html_only(
                unit,
                url,
                category,
                fill_js(subject, values),
                html,
                CAREDIN_NAME,
                values["shiftTitle"],
                (sender.group(1), sender.group(2)),
                noreply=True,
                labels_on_rejection=True,
            )
            n += 1


BALANCIRK = "kriscox/Joomla-extension-balancirk"
BALANCIRK_COMMIT = "af1a1dd9b0e0ab73de85253f8a7b174314d53d47"
BALANCIRK_CONFIG_PATH = "components/com_balancirk/admin/config.xml"
BALANCIRK_LANG_PATH = "components/com_balancirk/site/language/nl-BE/com_balancirk.ini"
# The sender ``SubscriptionModel::subscribe`` sets.
BALANCIRK_SENDER = ("Circusatelier Balancirk VZW", "info@balancirk.be")
# kind (the config's field suffix): (category, variants). The waiting list: a place held back.
BALANCIRK_KINDS = {"waitinglist": ("not_a_job", 2), "subscription": ("other", 1)}
# Ours: the lessons, the children.
BALANCIRK_LESSONS = ("Jongleren 8-12 jaar", "Acrobatie gevorderden", "Circusklas kleuters")
BALANCIRK_CHILDREN = ("Lotte", "Wout", "Fien")


def _ini(source: str) -> dict[str, str]:
    """A Joomla language file's ``KEY="value"`` lines."""
    return dict(re.findall(r'^([A-Z0-9_]+)="(.*)"\s*$', source, re.M))


def _strtr(template: str, values: dict[str, str]) -> str:
    """``SubscriptionMailHelper::renderTemplate``: each ``{name}`` replaced (one without a
    value raises), three or more line breaks folded to two, the ends trimmed."""
    text = fill_exact(template, r"\{(\w+)\}", values)
    return re.sub(r"(\r\n|\r|\n){3,}", "\n\n", text).strip()


def balancirk(snap: Snapshot) -> Iterator[Spec]:
    """The enrolment mails as ``SubscriptionMailHelper::buildMailMessage`` renders them from the
    component's configured defaults (no lesson-specific text): ``strtr`` of the placeholders,
    three or more line breaks folded to two, trimmed; plain text."""
    unit = "balancirk/nl"
    config = ElementTree.fromstring(snap.read(BALANCIRK, BALANCIRK_COMMIT, BALANCIRK_CONFIG_PATH))
    fields = {f.get("name"): f.get("default", "") for f in config.iter("field")}
    lang = _ini(snap.read(BALANCIRK, BALANCIRK_COMMIT, BALANCIRK_LANG_PATH))
    url = blob_url(BALANCIRK, BALANCIRK_COMMIT, BALANCIRK_CONFIG_PATH)
    n = 0
    for kind, (category, variants) in BALANCIRK_KINDS.items():
        for _ in range(variants):
            start = f"{14 + n:02d}/09/2026"
            if kind == "waitinglist":
                hint = lang["COM_BALANCIRK_SUBSCRIPTION_INVOICE_HINT_WAITINGLIST"]
            else:
                hint = lang["COM_BALANCIRK_SUBSCRIPTION_INVOICE_HINT_BEFORE_START"] % start
            values = {
                "member_firstname": OWNER[0].split(" ")[0],
                "student_firstname": BALANCIRK_CHILDREN[n % len(BALANCIRK_CHILDREN)],
                "lesson_name": BALANCIRK_LESSONS[n % len(BALANCIRK_LESSONS)],
                "lesson_start_date": start,
                "invoice_hint": hint,
            }

            yield _spec(
                unit,
                url,
                category,
                subject=_strtr(fields[f"email_subject_{kind}"], values),
                text=_strtr(fields[f"email_body_{kind}"], values) + "\n",
                company="n/a",
                role="n/a",
                sender=BALANCIRK_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


VIBEZ = "samuelmartin33/Projecte_05_A01_Samuel_Santi_Pol_Marc_David"
VIBEZ_COMMIT = "51ba6a6f378e61503ce2246d86b45c70475a0878"
VIBEZ_DIR = "resources/views/emails"
# view: (its Mailable, category, variants). The selected candidate's mail is left out (its
# ``@php`` blocks format dates this reader does not run).
VIBEZ_MAILS = {
    "rechazo": ("RechazoMail", "not_a_job", 2),
    "bienvenida": ("BienvenidaMail", "other", 1),
}
# Ours: the companies registering, the app's address and the sender (the repository configures
# Laravel's example sender only).
VIBEZ_COMPANIES = ("Sonora Eventos SL", "Fotomatón Barcelona", "Catering Mediterrània")
VIBEZ_URL = "https://vibez.cat"
VIBEZ_SENDER = ("VIBEZ", "no-reply@vibez.cat")


def _mailable_subject(source: str) -> str:
    """The ``subject:`` literal of a Mailable's ``Envelope``; none raises."""
    m = re.search(r"subject:\s*'((?:[^'\\]|\\.)*)'", source)
    if not m:
        raise ValueError("no subject")
    return m.group(1).replace("\\'", "'")


def vibez(snap: Snapshot) -> Iterator[Spec]:
    """The registration decisions as the Blade views render them: each ``{{ expr }}`` by its
    exact text, HTML-escaped as Blade does; any other Blade directive raises. HTML only
    (Laravel sends a view alone)."""
    unit = "vibez/es"
    n = 0
    for view, (mailable, category, variants) in VIBEZ_MAILS.items():
        path = f"{VIBEZ_DIR}/{view}.blade.php"
        template = snap.read(VIBEZ, VIBEZ_COMMIT, path)
        if re.search(r"^\s*@\w+", template, re.M):
            raise ValueError(f"{view}: a Blade directive")
        subject = _mailable_subject(snap.read(VIBEZ, VIBEZ_COMMIT, f"app/Mail/{mailable}.php"))
        for _ in range(variants):
            company = VIBEZ_COMPANIES[n % len(VIBEZ_COMPANIES)]
            values = {
                "$usuario->nombre": company,
                "$usuario->email": f"hola@{re.sub(r'[^a-z]', '', company.lower())[:12]}.es",
                "date('Y')": "2026",
                "config('app.url')": VIBEZ_URL,
            }
            escaped = {k: html_lib.escape(v) for k, v in values.items()}
            html = fill_exact(template, r"\{\{\s*(.*?)\s*\}\}", escaped)
            url = blob_url(VIBEZ, VIBEZ_COMMIT, path)
            yield _html_only(unit, url, category, subject, html, "n/a", "n/a", VIBEZ_SENDER, True)
            n += 1


VILLA = "jssena/curriculos"
VILLA_COMMIT = "58147a5b9cc975346f71f4138defe4e2f0e4e5be"
VILLA_PATH = "src/models/frases.js"
# (phase whose subject is sent, phase and key of the message, category, stage): the pairs the
# admin pages mail (index.vue: phase 1; fase2.vue: phase 2, or phase 3's "passouDireto" for some
# vacancies; fase3.vue: phase 3). Phase 4's are never mailed (commented out) and equal phase 3's.
VILLA_MAILS = (
    ("fase1", "fase1", "passou", "assessment", None),
    ("fase1", "fase1", "naoPassou", "rejection", "application"),
    ("fase2", "fase2", "passou", "assessment", None),
    ("fase2", "fase3", "passouDireto", "interview_invitation", None),
    ("fase2", "fase2", "naoPassou", "rejection", "application"),
    ("fase3", "fase3", "passou", "interview_invitation", None),
    ("fase3", "fase3", "naoPassou", "rejection", "application"),
)
VILLA_COMPANY = "Villa do Vale"
# Ours: the sender (the backend that mails is not in the repository).
VILLA_SENDER = ("Villa do Vale | Trabalhe Conosco", "rh@villadovale.com.br")


def _js_concat(block: str, key: str) -> str:
    """The value of ``key: 'a' + 'b' ...`` in an object literal's body, its literals joined and
    unescaped; a key not there raises."""
    m = re.search(rf"(?<![\w]){key}\s*:\s*((?:{_TS_STR}\s*\+?\s*)+)", block)
    if not m:
        raise KeyError(key)
    return "".join(_js_unescape(part) for part in re.findall(_TS_STR, m.group(1)))


def villadovale(snap: Snapshot) -> Iterator[Spec]:
    """Each mailed phase message under its phase's subject, ``{{nome}}`` the applicant's
    name; plain text as the app posts it."""
    unit = "villadovale/pt"
    source = snap.read(VILLA, VILLA_COMMIT, VILLA_PATH)
    url = blob_url(VILLA, VILLA_COMMIT, VILLA_PATH)
    for n, (subject_phase, phase, key, category, stage) in enumerate(VILLA_MAILS):
        subject_key = "assuntoNaoPassou" if key == "naoPassou" else "assuntoPassou"
        subject = _js_concat(_js_object(source, subject_phase), subject_key)
        text = _js_concat(_js_object(source, phase), key)
        yield _spec(
            unit,
            url,
            category,
            stage,
            subject=subject,
            text=fill_exact(text, r"\{\{(\w+)\}\}", {"nome": OWNER[0]}) + "\n",
            company=VILLA_COMPANY,
            role="n/a",
            labels_on_rejection=True,
            sender=VILLA_SENDER,
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


VAKANTES = "Guimathis/Vakantes"
VAKANTES_COMMIT = "0a35b9d4b26bad01505f82855d425fd06b9bf850"
VAKANTES_DIR = "src/main/java/com/DevProj/Vakantes/service"
VAKANTES_PROPERTIES_PATH = "src/main/resources/application.properties"
VAKANTES_NAME = "Vakantes"
# realizarEntrevista's (subject, body) variables in the order the method assigns them: the
# refusal after the interview, the refusal to every other applicant, the selected one's mail.
# Neither refusal names the interview, so both are stage ``application`` by the label rule
# (docs/corpora.md "Labels"), although the first is sent from the interview's result.
VAKANTES_RESULTS = (
    ("assunto", "corpo", "rejection", "application"),
    ("assuntoReprovado", "corpoReprovado", "rejection", "application"),
    ("assunto", "corpo", "offer", None),
)
# Ours: the client's remarks (on a refusal; on the interview and the offer), the interview's
# time and place (the exact expression that formats the time is given its value).
VAKANTES_REMARKS = (
    "Buscamos alguém com experiência em rotinas fiscais.",
    "Perfil interessante; a vaga exige inglês avançado.",
)
VAKANTES_TIME_EXPR = (
    'LocalDateTime.parse(dataHora).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))'
)
VAKANTES_TIME = '"21/07/2025 14:00"'
VAKANTES_REMARKS_COND = "observacoes != null && !observacoes.isEmpty()"
VAKANTES_PLACE = "Av. Paulista, 1000 - 8º andar, São Paulo"
VAKANTES_NOTES = {
    "interview_invitation": "Traga um documento com foto.",
    "offer": "Início em agosto.",
}
_JAVA_STRING_VAR = re.compile(r'String (\w+) = ((?:"(?:[^"\\]|\\.)*"|[^;"])*);')


def _java_string_vars(body: str) -> list[tuple[str, str]]:
    """(name, expression) of each ``String name = ...;`` in a method body, in order; a ``;``
    inside a string literal does not end one."""
    return _JAVA_STRING_VAR.findall(body)


def vakantes(snap: Snapshot) -> Iterator[Spec]:
    """The agency's mails to a candidate, plain text as ``SimpleMailMessage`` sends them, from
    the mail account the properties configure: the interview scheduled (with and without the
    recruiter's remarks), the refusal after it (twice, two remarks), the refusal to the others
    and the selected one's mail."""
    unit = "vakantes/pt"
    props = snap.read(VAKANTES, VAKANTES_COMMIT, VAKANTES_PROPERTIES_PATH)
    account = re.search(r"^spring\.mail\.username=(\S+)", props, re.M)
    if not account:
        raise ValueError("no spring.mail.username")
    sender = (VAKANTES_NAME, account.group(1))
    interviews = f"{VAKANTES_DIR}/EntrevistaService.java"
    mails = f"{VAKANTES_DIR}/EmailService.java"
    results = _java_string_vars(
        _java_method(snap.read(VAKANTES, VAKANTES_COMMIT, interviews), "realizarEntrevista")
    )
    schedule = _java_method(
        snap.read(VAKANTES, VAKANTES_COMMIT, mails), "enviarEmailAgendamentoEntrevista"
    )
    subject = re.search(r'setSubject\("((?:[^"\\]|\\.)*)"\)', schedule)
    text = re.search(r"setText\((.*)\);\s*\n\s*try", schedule, re.S)
    if not subject or not text:
        raise ValueError("no interview subject or text")
    n = 0
    for remarks in (True, False):
        role = fill_for(unit, "agendamento", "pt", n).role
        # The condition's own parentheses would end _java_ternaries' match: named first.
        expr = text.group(1).replace(VAKANTES_TIME_EXPR, VAKANTES_TIME)
        expr = _java_ternaries(expr.replace(VAKANTES_REMARKS_COND, "REMARKS"), {"REMARKS": remarks})
        values = {
            "candidato.getNomeCandidato()": OWNER[0],
            "vaga.getNome()": role,
            "local": VAKANTES_PLACE,
            "observacoes": VAKANTES_NOTES["interview_invitation"],
        }
        yield _spec(
            unit,
            blob_url(VAKANTES, VAKANTES_COMMIT, mails),
            "interview_invitation",
            subject=subject.group(1),
            text=_java_concat(expr, values) + "\n",
            company="n/a",
            role="n/a",
            sender=sender,
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )
        n += 1
    assigned = iter(results)
    for subject_var, body_var, category, stage in VAKANTES_RESULTS:
        found = dict([next(assigned), next(assigned)])
        if set(found) != {subject_var, body_var}:
            raise ValueError(f"expected {subject_var} and {body_var}, got {sorted(found)}")
        with_remark = "observacoes" in found[body_var] and category == "rejection"
        remarks = VAKANTES_REMARKS if with_remark else (VAKANTES_NOTES.get(category, ""),)
        for remark in remarks:
            role = fill_for(unit, body_var, "pt", n).role
            values = {
                "candidatura.getCandidato().getNomeCandidato()": OWNER[0],
                "outra.getCandidato().getNomeCandidato()": OWNER[0],
                "candidatura.getVaga().getNome()": role,
                "vaga.getNome()": role,
                "observacoes": remark,
            }
            yield _spec(
                unit,
                blob_url(VAKANTES, VAKANTES_COMMIT, interviews),
                category,
                stage,
                subject=_java_concat(found[subject_var], values),
                text=_java_concat(found[body_var], values) + "\n",
                company=VAKANTES_NAME,
                role=role,
                labels_on_rejection=True,
                sender=sender,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


ACHANVEAR = "923327532/achanvear"
# read_file's commit for the saved file (a plain file: no snapshot could be fetched).
ACHANVEAR_READ_AT = "c72001b52d45d4c6159b265821776a0c5f2c6bcf"
ACHANVEAR_PATH = (
    "achanvear.backend/src/main/java/achanvear/peru/hiring/infrastructure/event/"
    "ScreeningNotificationHandler.java"
)
ACHANVEAR_NAME = "Achanvear"
# Ours: the scores, the sender (Brevo's sender is configured outside the repository).
ACHANVEAR_SCORES = (42.5, 58.0, 61.3)
ACHANVEAR_SENDER = ("Achanvear", "no-reply@achanvear.pe")
_JAVA_TEXT_BLOCK = re.compile(
    r'String htmlContent = """\n(.*?)\n([ \t]*)"""\.formatted\((.*?)\);', re.S
)


def _java_text_block(source: str) -> tuple[str, list[str]]:
    """The ``htmlContent`` text block's value (its lines dedented by the least indentation of
    the content and the closing delimiter's line, as Java does, ending in a newline) and the
    ``.formatted`` arguments' expressions; none raises."""
    m = _JAVA_TEXT_BLOCK.search(source)
    if not m:
        raise ValueError("no htmlContent text block")
    lines = m.group(1).split("\n")
    indent = min([len(m.group(2))] + [len(x) - len(x.lstrip()) for x in lines if x.strip()])
    text = "\n".join(x[indent:].rstrip() for x in lines) + "\n"
    return text, [a.strip() for a in m.group(3).split(",")]


def achanvear(snap: Snapshot) -> Iterator[Spec]:
    """The screening refusal as ``sendRejectedEmail`` builds it: the subject's concatenation,
    the text block ``.formatted`` with the applicant's name, the title and the score (``%s``,
    ``%.1f`` as Java formats them), HTML only as Brevo's ``htmlContent``."""
    unit = "achanvear/es"
    source = snap.read(ACHANVEAR, ACHANVEAR_READ_AT, ACHANVEAR_PATH)
    subject = re.search(r"String subject = (.*?);", source)
    if not subject:
        raise ValueError("no subject")
    template, args = _java_text_block(source)
    if args != ["name", "jobTitle", "event.score()"]:
        raise ValueError(f"unexpected .formatted arguments {args}")
    url = blob_url(ACHANVEAR, ACHANVEAR_READ_AT, ACHANVEAR_PATH)
    for n, score in enumerate(ACHANVEAR_SCORES):
        role = fill_for(unit, "rechazo", "es", n).role
        html = template % (OWNER[0], role, score)
        yield _html_only(
            unit,
            url,
            "rejection",
            _java_concat(subject.group(1), {"jobTitle": role}),
            html,
            ACHANVEAR_NAME,
            role,
            ACHANVEAR_SENDER,
            noreply=True,
        )
