"""Recipes for session 31's sources18 (issue 11): French and German job mail from a utility's
recruitment platform and a public authority's applicant tool.

SEEG (sokens1/one-hcm-seeg, "One HCM - SEEG Talent Source", the recruitment platform of the
Société d'Énergie et d'Eau du Gabon, Vercel functions with Nodemailer): the mail it sends a
candidate, the refusal after the file review ("votre profil n'a malheureusement pas été retenu
pour le poste de X au sein de la SEEG") and the invitation to a work simulation, and its access
mail, a request for access to the platform refused with the reviewer's reason (a refusal of
something else: ``not_a_job``), approved, and the sign-up welcome. Each body is one TypeScript
template literal, its ``${...}`` filled by its exact expression (an unknown one raises).

Bewerbermanagement-KI (ceeceeceecee/bewerbermanagement-ki, an applicant tool for a German
public authority, Python with Jinja2): its four mails, the Absage ("dass wir uns für eine andere
Bewerberin bzw. einen anderen Bewerber entschieden haben"), the receipt, the interview
invitation and the Zusage; the first three are Jinja2 files filled exactly, the Zusage an
f-string; each subject the f-string its method sets.

Conseiller numérique (anct-cnum/api-admin-conseillers-numerique, the back office of the French
state's programme that funds digital-inclusion posts in local structures): **look-alikes**, its
refusals of a structure's request for a funded post ("votre demande de poste de Conseiller
numérique, n'a pas été retenue par l'ANCT"), for a coordinator post and for extra posts. The
recipient is an employer asking for money, not an applicant for a job: ``not_a_job``. The
templates are MJML with EJS includes; the text of their ``mj-text`` blocks is read in order,
includes resolved (an EJS tag left over raises).

kiBon (dvbern/Ki-Tax, the childcare-subsidy platform of the canton of Bern and other Swiss
municipalities, in German and French): **look-alikes**, a childcare place refused by the
institution and a school day-care registration refused ("wurde abgelehnt", "a été rejetée"),
beside the notice that every place was confirmed. FreeMarker files with their own ``From``,
``To`` and ``Subject`` lines; the conditions read off as the production system has them (not
the test system, HTTPS), each ``${...}`` filled by its exact expression (an unknown one
raises).

Two Laravel apps of West African employers and schools, their Blade views read with the
conditions resolved per mail and every ``{{ ... }}`` filled by its exact expression: LIGNE
CLAIRE MÉDIA+ (DEGKOF/ligne_claire_media_laravel, a news channel in Benin) answering an
applicant, refused ("nous ne pouvons pas donner une suite favorable à votre candidature pour ce
poste à l'heure actuelle"), accepted and received; and an internship-management platform
(lokossouxolali/stage) relaying a company's answer to a student, refused ("votre candidature
pour le stage X n'a malheureusement pas été retenue") and accepted, beside its **look-alikes**:
a registration on the platform refused and a thesis supervisor's refusal to supervise.

EDSEG (houindovictor0-cell/edseg-platform, the doctoral school of economics and management of the
University of Abomey-Calavi, Benin): **look-alikes**, its admissions committee's decision on an
application for a doctorate, refused ("votre candidature n'a pas pu être retenue pour l'année
académique en cours") and accepted; Blade views read as the two Laravel apps' are. A plain-file
source: the four files read with ``read_file`` at one commit and saved verbatim (no snapshot).

Y-CITY (gitdevstar/Ycity, a Swiss job site where freelance "creators" take on paid jobs for
client firms): its du-form answer to a creator who applied to work through it, refused ("müssen
dir leider mitteilen, dass es nicht ganz für eine Aufnahme zu Y-CITY gereicht hat": an
application for work, labelled as ``flanvo/it``'s drivers are) and admitted (``other``).

Pitch My Job (pitchmyjob/v1-pitchmyjob, a French job board of video applications, Django, 2016):
the refusal a recruiter sends from its dashboard, the board's default text ("Nous sommes dans le
regret de vous annoncer que votre candidature n'a pas été retenue pour le poste") in its
refusal mail, beside the receipt and the invitation to the recorded pre-interview. Django
templates: ``{% trans "..." %}`` is the French it wraps, ``{% url %}`` and ``{{ ... }}`` filled
exactly, the base layout's block filled."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator, Mapping
from html import unescape

from .fill import OWNER, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_suites14 import _fill_blade
from .sources_suites17 import _subject, _subject_literal
from .templating import blade_branches, fill_exact, fill_js, js_literal

SEEG = "sokens1/one-hcm-seeg"
SEEG_COMMIT = "abece6e9cef742b5902b1fb6f132b36ae2a58642"
# file -> (category, variants, start of the body's literal, subject quoting)
SEEG_MAILS = {
    "api/send-rejection-email.ts": ("rejection", 2, "const html = `", "`"),
    "api/send-simulation-email.ts": ("assessment", 1, "const html = `", "`"),
    "api/send-access-rejected-email.ts": ("not_a_job", 2, "const rejectedEmailHtml = `", "'"),
    "api/send-access-approved-email.ts": ("platform_notice", 1, "const approvedEmailHtml", "'"),
    "api/send-welcome-email.ts": ("platform_notice", 1, "const welcomeEmailHtml = `", "'"),
}
# The code's Resend fallback address (its SMTP account is a setting) under its default name.
SEEG_SENDER = ("One HCM - SEEG Talent Source", "no-reply@seeg-talentsource.com")
# Ours: the simulation's day and hour, the access refusals' reasons (the reviewer types them).
SEEG_DATE, SEEG_TIME = "12/03/2026", "09:30"
SEEG_REASONS = [
    "Le matricule indiqué ne correspond à aucun agent de la SEEG.",
    "Les pièces justificatives transmises sont illisibles ou incomplètes.",
]


def _js_const(source: str, name: str) -> str:
    """The value of ``const name = '...'`` (or ``"..."``) in ``source``, escapes undone."""
    m = re.search(rf"""const {name} = (['"])((?:(?!\1)[^\\]|\\.)*)\1""", source)
    if m is None:
        raise ValueError(f"no const {name}")
    return re.sub(r"\\(.)", r"\1", m.group(2))


def seeg(snap: Snapshot) -> Iterator[Spec]:
    """The platform's mail: the refusal after the file review (twice), the invitation to a
    simulation, an access request refused (twice, a reason each), access approved, welcome;
    HTML, in turn with and without a text part."""
    n = 0
    for path, (category, variants, start, quote) in SEEG_MAILS.items():
        source = snap.read(SEEG, SEEG_COMMIT, path)
        url = blob_url(SEEG, SEEG_COMMIT, path)
        literal = js_literal(source, start)
        subject = _subject_literal(source) if quote == "`" else _subject(source)
        for v in range(variants):
            f = fill_for("seeg/fr", category, "fr", v)
            values = {
                "title": _js_const(source, "title"),
                "serif": ", Georgia, serif",
                "candidateFullName": OWNER[0],
                "firstName": OWNER[0].split()[0],
                "lastName": OWNER[0].split()[1],
                "jobTitle": f.role,
                "reason": SEEG_REASONS[v % len(SEEG_REASONS)],
                "formattedDate": SEEG_DATE,
                "formattedTime": SEEG_TIME,
            }
            if category == "assessment":
                preparation = js_literal(source, "const preparationText = `")
                values["location || defaultLocation"] = _js_const(source, "defaultLocation")
                values["preparationText"] = fill_js(
                    preparation, {"muniAccord": _js_const(source, "muniAccord")}
                )
            job = category in ("rejection", "assessment")
            yield _html_spec(
                "seeg/fr",
                url,
                category,
                re.sub(r"\s+", " ", fill_js(literal, values)),
                subject=fill_js(subject, values),
                company="SEEG" if job else "n/a",
                role=f.role if job else "n/a",
                sender=SEEG_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


BEHOERDEKI = "ceeceeceecee/bewerbermanagement-ki"
BEHOERDEKI_COMMIT = "1741bb0827543c166213718dac5faea939ed61a4"
BEHOERDEKI_PATH = "processor/kommunikation.py"
# method -> (category, variants, its Jinja2 template or None for the inline f-string)
BEHOERDEKI_MAILS = {
    "send_absage": ("rejection", 2, "email_templates/absage.html"),
    "send_eingangsbestaetigung": (
        "acknowledgement",
        1,
        "email_templates/eingangsbestaetigung.html",
    ),
    "send_terminvorschlag": ("interview_invitation", 1, "email_templates/termineinladung.html"),
    "send_zusage": ("offer", 1, None),
}
# Ours: the authority (the deployment's behoerde_name), its sender, the interview's details.
BEHOERDEKI_NAME = "Stadtverwaltung Lindenau"
BEHOERDEKI_SENDER = ("Stadtverwaltung Lindenau – Personalabteilung", "personal@lindenau.example.de")
BEHOERDEKI_VALUES = {
    "eingangsdatum": "02.03.2026",
    "datum": "17.03.2026",
    "uhrzeit": "10:00",
    "ort": "Rathaus Lindenau, Marktplatz 1, Raum 204",
    "startdatum": "01.05.2026",
}


def _python_method(source: str, name: str) -> str:
    """The source of the method ``def name(`` up to the next ``def``."""
    at = source.index(f"def {name}(")
    end = source.find("\n    def ", at + 1)
    return source[at : end if end != -1 else len(source)]


def _fstring(method: str, var: str) -> str:
    """The body of the f-string assigned to ``var`` (``var = f\"...\"`` or triple-quoted)."""
    m = re.search(rf'{var} = f"""(.*?)"""', method, re.S) or re.search(
        rf'{var} = f"([^"\n]*)"', method
    )
    if m is None:
        raise ValueError(f"no f-string {var}")
    return m.group(1)


def behoerdeki(snap: Snapshot) -> Iterator[Spec]:
    """The authority's applicant mail: the Absage (twice), the receipt, the interview
    invitation, the Zusage; HTML, in turn with and without a text part."""
    code = snap.read(BEHOERDEKI, BEHOERDEKI_COMMIT, BEHOERDEKI_PATH)
    n = 0
    for method, (category, variants, template) in BEHOERDEKI_MAILS.items():
        body = _python_method(code, method)
        path = template or BEHOERDEKI_PATH
        url = blob_url(BEHOERDEKI, BEHOERDEKI_COMMIT, path)
        for v in range(variants):
            f = fill_for("behoerdeki/de", category, "de", v)
            values = {
                **BEHOERDEKI_VALUES,
                "name": OWNER[0],
                "stelle": f.role,
                "behoerde": BEHOERDEKI_NAME,
            }
            if template is None:
                inline = {
                    **values,
                    "variablen['behoerde']": BEHOERDEKI_NAME,
                    '"<p>Ihr voraussichtlicher Starttermin ist der " + startdatum + ".</p>" '
                    'if startdatum else ""': "<p>Ihr voraussichtlicher Starttermin ist der "
                    f"{BEHOERDEKI_VALUES['startdatum']}.</p>",
                }
                html = fill_exact(
                    html_body(_fstring(body, "html_content")), r"\{([^{}]+)\}", inline
                )
            else:
                document = snap.read(BEHOERDEKI, BEHOERDEKI_COMMIT, template)
                html = fill_exact(html_body(document), r"\{\{\s*(\w+)\s*\}\}", values)
            yield _html_spec(
                "behoerdeki/de",
                url,
                category,
                re.sub(r"\s+", " ", html),
                subject=fill_exact(_fstring(body, "betreff"), r"\{(\w+)\}", values),
                company=BEHOERDEKI_NAME,
                role=f.role,
                sender=BEHOERDEKI_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


CNUM = "anct-cnum/api-admin-conseillers-numerique"
CNUM_COMMIT = "be975529543125ed3cbb560e89339034f5b2b052"
CNUM_DIR = "src/emails/structures"
# template -> variants; each a refusal sent to a structure (an employer), not to an applicant
CNUM_MAILS = {
    "refusCandidaturePosteConseiller": 2,
    "refusCandidaturePosteCoordinateur": 1,
    "refusAttributionPoste": 1,
}
# The default configuration's sender and reply-to (config/default.json).
CNUM_SENDER = ("Conseiller numérique", "communication@email.conseiller-numerique.gouv.fr")
CNUM_REPLY_TO = "conseiller-numerique@anct.gouv.fr"
EJS_INCLUDE = r"<%-\s*include\('([^']+)'(?:,[^)]*)?\);\s*%>"


def _mjml_html(read: Callable[[str], str], path: str) -> str:
    """The ``mj-text`` and ``mj-button`` blocks of an MJML/EJS template, in order, each a
    ``<div>``, with its includes (relative to ``path``) resolved; EJS left over raises. Markup
    outside these blocks (images, a list placed between two blocks) is not mail text."""

    def resolve(at: str) -> str:
        here = posixpath.dirname(at)
        return re.sub(
            EJS_INCLUDE,
            lambda m: resolve(posixpath.normpath(posixpath.join(here, m.group(1)))),
            read(at),
        )

    text = re.sub(r"(?s)<mj-head>.*?</mj-head>", "", resolve(path))
    blocks = re.findall(r"(?s)<mj-(text|button)\b[^>]*>(.*?)</mj-\1>", text)
    # entities (&eacute;) as the characters they stand for, so the text part reads as mail does
    html = "".join(f"<div>{unescape(body.strip())}</div>" for _, body in blocks)
    if not blocks or "<%" in html:
        raise ValueError(f"unrendered template {path}")
    return html


def _quoted_subject(code: str) -> str:
    """The one ``subject:`` of a mail sent with a single-quoted string, on its line or the next."""
    found = re.findall(r"subject:\s*'((?:[^'\\]|\\.)*)'", code)
    if len(found) != 1:
        raise ValueError(f"{len(found)} subjects")
    return str(found[0]).replace("\\'", "'")


def cnum(snap: Snapshot) -> Iterator[Spec]:
    """The programme's refusals of a structure's request for a funded post (the adviser post
    twice, the coordinator post, extra posts): ``not_a_job``; HTML, in turn with and without
    a text part."""
    n = 0
    for name, variants in CNUM_MAILS.items():
        code_path = f"{CNUM_DIR}/{name}.ts"
        template = f"{CNUM_DIR}/{name}.mjml.ejs"
        code = snap.read(CNUM, CNUM_COMMIT, code_path)
        html = _mjml_html(lambda p: snap.read(CNUM, CNUM_COMMIT, p), template)
        for _ in range(variants):
            yield _html_spec(
                "cnum/fr",
                blob_url(CNUM, CNUM_COMMIT, template),
                "not_a_job",
                re.sub(r"\s+", " ", html),
                subject=_quoted_subject(code),
                company="n/a",
                role="n/a",
                sender=CNUM_SENDER,
                reply_to=CNUM_REPLY_TO,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


KIBON = "dvbern/Ki-Tax"
KIBON_COMMIT = "2f2ce60c74329cc868e8efb5b5907920914fbb1e"
KIBON_DIR = "ebegu-server/src/main/resources/mail/templates"
# template -> (category, variants): refusals of a childcare place and of a school day-care
# registration (a family's request, not a job); the notice that all places were confirmed.
KIBON_MAILS = {
    "InfoBetreuungAbgelehnt": ("not_a_job", 2),
    "InfoSchulamtAnmeldungAbgelehnt": ("not_a_job", 1),
    "InfoBetreuungenBestaetigt": ("other", 1),
}
# The production system's conditions: not the test system, HTTPS, no social service.
KIBON_FLAGS = {
    "configuration.isDevmode": False,
    "configuration.clientUsingHTTPS": True,
    "isSozialdienst": False,
}
# Ours: the sender (configuration.senderAddress), the host, case number, period, child,
# institution and the municipality's greeting (``gruss``).
KIBON_SENDER = ("kiBon", "noreply@kibon.example.ch")
KIBON_VALUES = {
    "configuration.senderAddress": KIBON_SENDER[1],
    "senderFullName": OWNER[0],
    "empfaengerMail": OWNER[1],
    "fall.getPaddedFallnummer()": "000412",
    "gesuchsperiode.getGesuchsperiodeString()": "2025/26",
    "hostname": "www.kibon.example.ch",
    "betreuung.extractGesuch().id": "7f3c2a9e",
    "gesuch.id": "7f3c2a9e",
    "betreuung.kind.kindJA.fullName": "Lea Berger",
}
KIBON_LOCAL = {
    "de": {
        "betreuung.institutionStammdaten.institution.name": "Kita Sonnenhof",
        "gruss": "Gemeinde Ostermundigen",
    },
    "fr": {
        "betreuung.institutionStammdaten.institution.name": "Crèche Les Lutins",
        "gruss": "Commune de Bienne",
    },
}


def _ftl_if(text: str, flags: Mapping[str, bool]) -> str:
    """``<#if cond>a<#else>b</#if>`` (no nesting) resolved by ``flags``; an unknown one raises."""

    def branch(m: re.Match[str]) -> str:
        if m.group(1) not in flags:
            raise ValueError(f"unsupported condition: {m.group(1)}")
        return m.group(2) if flags[m.group(1)] else m.group(3) or ""

    return re.sub(r"(?s)<#if ([\w.]+)>(.*?)(?:<#else>(.*?))?</#if>", branch, text)


def _ftl_mail(template: str, values: Mapping[str, str]) -> tuple[str, str]:
    """(subject, body HTML) of a FreeMarker mail file with its own header lines: comments and
    ``<@base64Header>`` dropped, conditions resolved, ``${...}`` filled exactly."""
    text = re.sub(r"(?s)<#--.*?-->", "", template)
    text = re.sub(r"</?@base64Header>", "", _ftl_if(text, KIBON_FLAGS))
    text = fill_exact(text, r"\$\{([^{}]+)\}", {**values, "templateConfiguration.mailCss": ""})
    if "<#" in text or "<@" in text:
        raise ValueError("unsupported FreeMarker directive")
    m = re.search(r"(?m)^Subject: (.*)$", text)
    if m is None:
        raise ValueError("no Subject line")
    return m.group(1).strip(), html_body(text)


def kibon(snap: Snapshot) -> Iterator[Spec]:
    """The platform's mail to a family, in German and French: a childcare place refused
    (twice), a day-care registration refused (``not_a_job``), all places confirmed
    (``other``); HTML, in turn with and without a text part."""
    for lang in ("de", "fr"):
        n = 0
        for name, (category, variants) in KIBON_MAILS.items():
            path = f"{KIBON_DIR}/{name}_{lang}.ftl"
            values = {**KIBON_VALUES, **KIBON_LOCAL[lang]}
            subject, html = _ftl_mail(snap.read(KIBON, KIBON_COMMIT, path), values)
            for _ in range(variants):
                yield _html_spec(
                    f"kibon/{lang}",
                    blob_url(KIBON, KIBON_COMMIT, path),
                    category,
                    re.sub(r"\s+", " ", html),
                    subject=subject,
                    company="n/a",
                    role="n/a",
                    sender=KIBON_SENDER,
                    noreply=True,
                    fmt=("html", "html_only")[n % 2],
                )
                n += 1


def _blade_switch(view: str, case: str) -> str:
    """Each ``@switch(...)`` block replaced by its ``@case('case')`` branch (up to ``@break``)."""

    def pick(m: re.Match[str]) -> str:
        branch = re.search(rf"(?s)@case\('{re.escape(case)}'\)(.*?)@break", m.group(1))
        if branch is None:
            raise ValueError(f"no @case('{case}')")
        return branch.group(1).strip()

    return re.sub(r"(?s)@switch\([^)]*\)(.*?)@endswitch", pick, view)


def _blade_view(view: str, values: Mapping[str, str], flags: Mapping[str, bool]) -> str:
    """The body of a Blade mail view: ``{{-- --}}`` comments dropped, ``@if (cond)`` /
    ``@else`` / ``@endif`` kept or cut by ``flags`` (keyed by the condition's text; an unknown
    one raises), every ``{{ expr }}`` filled by its exact expression; a directive left raises."""
    body = re.sub(r"(?s)\{\{--.*?--\}\}", "", html_body(view))
    html = "\n".join(blade_branches(body.splitlines(), flags))
    if re.search(r"(?m)^\s*@\w", html):
        raise ValueError("unsupported Blade directive")
    return _fill_blade(html, dict(values))


def _laravel_files(
    snap: Snapshot, repo: str, commit: str, mailable: str, view: str
) -> tuple[str, str, str]:
    """(the Mailable's source, the view's source, the view's URL) of one mail of a Laravel app
    that keeps its Mailables in ``app/Mail`` and its views in ``resources/views/emails``."""
    path = f"resources/views/emails/{view}.blade.php"
    mail = snap.read(repo, commit, f"app/Mail/{mailable}.php")
    return mail, snap.read(repo, commit, path), blob_url(repo, commit, path)


def _ternary_subject(code: str, flag: str) -> tuple[str, str]:
    """(if true, if false) of a Mailable's ``subject: $this->flag ? '...' : '...'``."""
    q = r"'((?:[^'\\]|\\.)*)'"
    m = re.search(rf"subject:\s*\$this->{flag} \? {q} : {q}", code)
    if m is None:
        raise ValueError("no ternary subject")
    return m.group(1).replace("\\'", "'"), m.group(2).replace("\\'", "'")


LCM = "DEGKOF/ligne_claire_media_laravel"
LCM_COMMIT = "3278dc12fae0c906379f2a3261a03644cb78ca52"
# Mailable -> (view, category, variants)
LCM_MAILS = {
    "CandidatureRefusee": ("candidature-refusee", "rejection", 2),
    "CandidatureAcceptee": ("candidature-acceptee", "offer", 1),
    "CandidatureRecue": ("candidature-recue", "acknowledgement", 1),
}
# The recruiting address the views give; the site's routes and the application's details ours.
LCM_SENDER = ("LIGNE CLAIRE MÉDIA+", "recrutement@ligneclairemedia.com")
LCM_SITE = "https://ligneclairemedia.example.bj"


def lcm(snap: Snapshot) -> Iterator[Spec]:
    """The channel's answers to an applicant: refused (twice), accepted, received; HTML, in
    turn with and without a text part."""
    n = 0
    for mailable, (view, category, variants) in LCM_MAILS.items():
        code, source, url = _laravel_files(snap, LCM, LCM_COMMIT, mailable, view)
        for v in range(variants):
            f = fill_for("lcm/fr", category, "fr", v)
            first, last = OWNER[0].split()
            values = {
                "$candidature->prenom": first,
                "$candidature->nom": last,
                "ucfirst($candidature->poste)": f.role,
                "$candidature->poste_libelle": f.role,
                "$candidature->email": OWNER[1],
                "$candidature->telephone": "+229 01 00 00 00",
                "$candidature->created_at->format('d/m/Y à H:i')": "14/11/2025 à 10:42",
                "route('home')": LCM_SITE,
                "route('recruitment.index')": f"{LCM_SITE}/recrutement",
                "date('Y')": "2025",
            }
            html = _blade_view(source, values, {"$candidature->hasLettreTexte()": v % 2 == 0})
            yield _html_spec(
                "lcm/fr",
                url,
                category,
                re.sub(r"\s+", " ", html),
                subject=_quoted_subject(code),
                company="LIGNE CLAIRE MÉDIA+",
                role=f.role,
                sender=LCM_SENDER,
                noreply=category == "acknowledgement",
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


STAGETG = "lokossouxolali/stage"
STAGETG_COMMIT = "95b6b00f1eb6cceb1aef7de53a3d1342c0951d78"
# Mailable -> (view, category, variants); the supervisor's answer is the refusing branch.
STAGETG_MAILS = {
    "CandidatureRefusee": ("candidature-refusee", "rejection", 2),
    "CandidatureAcceptee": ("candidature-acceptee", "offer", 1),
    "InscriptionRefusee": ("inscription-refusee", "not_a_job", 1),
    "ReponseDirecteurMemoire": ("reponse-directeur-memoire", "not_a_job", 1),
}
# Ours: the platform's sender and address, the offers' details, the supervisor and his reason.
STAGETG_SENDER = ("Gestion des stages", "stages@gestion-stages.example.tg")
STAGETG_SITE = "https://gestion-stages.example.tg"


def stagetg(snap: Snapshot) -> Iterator[Spec]:
    """The platform's mail to a student: a company's refusal relayed (twice), its acceptance,
    the registration refused and a supervisor's refusal (``not_a_job``); HTML, in turn with
    and without a text part."""
    n = 0
    for mailable, (view, category, variants) in STAGETG_MAILS.items():
        code, source, url = _laravel_files(snap, STAGETG, STAGETG_COMMIT, mailable, view)
        source = _blade_switch(source, "etudiant")
        if mailable == "ReponseDirecteurMemoire":
            subject = _ternary_subject(code, "accepte")[1]
        else:
            subject = _quoted_subject(code)
        for v in range(variants):
            f = fill_for("stagetg/fr", category, "fr", v)
            values = {
                "$candidature->etudiant->name": OWNER[0],
                "$candidature->offre->titre": f.role,
                "$candidature->offre->entreprise->nom": f.company,
                "$candidature->offre->type_stage": "Stage professionnel",
                "$candidature->offre->duree": "3",
                "$candidature->offre->date_debut->format('d/m/Y')": "05/01/2026",
                "route('candidatures.show', $candidature)": f"{STAGETG_SITE}/candidatures/31",
                "route('offres.index')": f"{STAGETG_SITE}/offres",
                "$user->name": OWNER[0],
                "$user->email": OWNER[1],
                "$etudiant->name": OWNER[0],
                "$directeur->name": "Pr. Koffi Agbeko",
                "$raison": "Mon quota d'encadrement pour cette année est atteint.",
                "route('profile.show')": f"{STAGETG_SITE}/profil",
            }
            flags = {
                "$candidature->offre->date_debut": True,
                "$accepte": False,
                "$raison": True,
            }
            job = category in ("rejection", "offer")
            yield _html_spec(
                "stagetg/fr",
                url,
                category,
                re.sub(r"\s+", " ", _blade_view(source, values, flags)),
                subject=subject,
                company=f.company if job else "n/a",
                role=f.role if job else "n/a",
                sender=STAGETG_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


EDSEG = "houindovictor0-cell/edseg-platform"
# A plain-file source: read with read_file at this commit (no snapshot could be fetched).
EDSEG_READ_AT = "2ecd314d8a4795706292122c9e77b887bf5473f8"
# Mailable -> (view, category, the committee's comment given or not)
EDSEG_MAILS = [
    ("CandidatureRejetee", "candidature-rejetee", "not_a_job", True),
    ("CandidatureRejetee", "candidature-rejetee", "not_a_job", False),
    ("CandidatureAcceptee", "candidature-acceptee", "other", False),
]
# The secretariat's address the views give; the speciality, the comment and the site ours.
EDSEG_SENDER = ("Secrétariat EDSEG", "contact@edseg-uac.bj")
EDSEG_VALUES = {
    "$candidature->specialite_souhaitee": "Économie du développement",
    "$candidature->commentaire_admin": "Le projet de recherche doit préciser sa méthodologie.",
    "$candidature->directeur_souhaite ?? 'À confirmer'": "À confirmer",
    "url('/')": "https://www.edseg-uac.bj",
    "date('Y')": "2025",
}


def edseg(snap: Snapshot) -> Iterator[Spec]:
    """The doctoral school's decision on an application for a doctorate: refused with the
    committee's comment and without it (``not_a_job``), accepted (``other``); HTML, in turn
    with and without a text part."""
    first, last = OWNER[0].split()
    values = {**EDSEG_VALUES, "$candidature->prenom": first, "$candidature->nom": last}
    for n, (mailable, view, category, comment) in enumerate(EDSEG_MAILS):
        code, source, url = _laravel_files(snap, EDSEG, EDSEG_READ_AT, mailable, view)
        html = _blade_view(source, values, {"$candidature->commentaire_admin": comment})
        yield _html_spec(
            "edseg/fr",
            url,
            category,
            re.sub(r"\s+", " ", html),
            subject=_quoted_subject(code),
            company="n/a",
            role="n/a",
            sender=EDSEG_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


YCITY = "gitdevstar/Ycity"
YCITY_COMMIT = "6332fd3f0ab303841d15912d53e44699370f699b"
# Mailable -> (view, category, variants)
YCITY_MAILS = {
    "AbsageMail": ("absageMail", "rejection", 2),
    "WillkommensMail": ("willkommensMail", "other", 1),
}
# Ours: the sender (the code sends from the deployment's default address) and APP_URL.
YCITY_SENDER = ("Y-CITY", "bewerbung@y-city.example.ch")
YCITY_VALUES = {"env('APP_URL')": "https://y-city.example.ch"}


def _built_subject(code: str) -> str:
    """The one ``->subject("...")`` of a Mailable's ``build()`` (a plain double-quoted string)."""
    found = re.findall(r'->subject\("([^"\\$]*)"\)', code)
    if len(found) != 1:
        raise ValueError(f"{len(found)} subjects")
    return str(found[0])


def ycity(snap: Snapshot) -> Iterator[Spec]:
    """The job site's answer to a creator's application: refused (twice), admitted; HTML, in
    turn with and without a text part."""
    n = 0
    for mailable, (view, category, variants) in YCITY_MAILS.items():
        code, source, url = _laravel_files(snap, YCITY, YCITY_COMMIT, mailable, view)
        html = _blade_view(source, YCITY_VALUES, {})
        for _ in range(variants):
            yield _html_spec(
                "ycity/de",
                url,
                category,
                re.sub(r"\s+", " ", html),
                subject=_built_subject(code),
                company="Y-CITY",
                role="n/a",
                sender=YCITY_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


PITCH = "pitchmyjob/v1-pitchmyjob"
PITCH_COMMIT = "4fbc727b59f72e5e4483a27821f1c54ce3b1d11e"
PITCH_DIR = "templates/emails"
# template -> (category, variants, the code that sends it and sets its subject)
PITCH_MAILS = {
    "candidature_refusee": ("rejection", 2, "notifications/notifications.py"),
    "candidature_envoyee": ("acknowledgement", 1, "notifications/notifications.py"),
    "send_invitation_entretien": ("interview_invitation", 1, "api/views.py"),
}
# The code's DEFAULT_FROM_EMAIL (myc2v/settings.py), its domain as the setting spells it.
PITCH_SENDER = ("Pitchmyjob", "No-reply@ptichmyjob.com")
PITCH_DEFAULT_TEXT = "templates/pro/list-candidature.html"


def _django_mail(template: str, values: Mapping[str, str]) -> str:
    """A Django mail template's HTML: ``{% trans "x" %}`` as its text, ``{% load/extends/block/
    endblock %}`` dropped, ``{% url ... %}`` and ``{{ ... }}`` filled exactly (keyed by their
    text); another tag raises."""
    text = re.sub(r'\{%\s*trans\s+"([^"]*)"\s*%\}', r"\1", template)
    text = re.sub(r"\{%\s*(?:load|extends|block|endblock)\b[^%]*%\}", "", text)
    text = fill_exact(text, r"\{%\s*(url\s[^%]*?)\s*%\}", values)
    if "{%" in text:
        raise ValueError("unsupported Django tag")
    return fill_exact(text, r"\{\{\s*(.*?)\s*\}\}", values)


def _django_extend(layout: str, child: str) -> str:
    """``child`` put into ``layout``'s empty ``{% block content %}{% endblock %}`` when it
    extends a layout (it has a content block); a standalone template as it is."""
    m = re.search(r"(?s)\{%\s*block content\s*%\}(.*?)\{%\s*endblock\s*%\}", child)
    if m is None:
        return child
    slot = r"\{%\s*block content\s*%\}\s*\{%\s*endblock\s*%\}"
    if len(re.findall(slot, layout)) != 1:
        raise ValueError("no content block in the layout")
    return re.sub(slot, lambda _: m.group(1), layout)


def _pitch_subject(code: str, template: str) -> tuple[str, str | None]:
    """(format, its ``%`` operand or None) of the subject of the one live (not commented out)
    ``async_send_email(subject, [...], "emails/<template>.html", ...)`` call in ``code``; a
    subject held in a variable is read from its assignment."""
    call = rf'^[ \t]*async_send_email\((.*?), \[[^\]]*\], "emails/{template}\.html"'
    found = re.findall(call, code, re.M)
    if len(found) != 1:
        raise ValueError(f"{len(found)} live calls for {template}")
    arg = found[0].strip()
    if re.fullmatch(r"\w+", arg):
        m = re.search(rf"^[ \t]*{arg}\s*=\s*(.*)$", code, re.M)
        if m is None:
            raise ValueError(f"no assignment of {arg}")
        arg = m.group(1).strip()
    m = re.fullmatch(r'u?"([^"]*)"(?:\s*%\s*([\w.]+))?', arg)
    if m is None:
        raise ValueError(f"unsupported subject: {arg}")
    return m.group(1), m.group(2)


def _pitch_default_text(page: str) -> str:
    """The recruiter's default refusal text: the hidden ``<textarea class="model">``."""
    m = re.search(r'(?s)<textarea class="model"[^>]*>(.*?)</textarea>', page)
    if m is None:
        raise ValueError("no default text")
    return m.group(1)


def pitchmyjob(snap: Snapshot) -> Iterator[Spec]:
    """The board's mail to a candidate: a recruiter's refusal with the default text (twice),
    the application sent, the invitation to the pre-interview; HTML inside the base layout, in
    turn with and without a text part."""
    layout = snap.read(PITCH, PITCH_COMMIT, f"{PITCH_DIR}/basic.html")
    default = _pitch_default_text(snap.read(PITCH, PITCH_COMMIT, PITCH_DEFAULT_TEXT))
    n = 0
    for name, (category, variants, sender_code) in PITCH_MAILS.items():
        path = f"{PITCH_DIR}/{name}.html"
        template = snap.read(PITCH, PITCH_COMMIT, path)
        subject, operand = _pitch_subject(snap.read(PITCH, PITCH_COMMIT, sender_code), name)
        for v in range(variants):
            f = fill_for("pitchmyjob/fr", category, "fr", v)
            first = OWNER[0].split()[0]
            text = fill_exact(default, r"\{\{\s*(.*?)\s*\}\}", {"object.job_title": f.role})
            values = {
                "company": f.company,
                "text|linebreaksbr": text.replace("[name]", first).replace("\n", "<br>"),
                "first_name|title": first,
                "job.title": "",  # the view passes the title as "job", so Django renders nothing
                "member": first,
                "job": f.role,
                "pro": f.company,
                "url 'members:candidature-1' id": "/members/candidature/1/412",
            }
            html = _django_mail(_django_extend(layout, template), values)
            yield _html_spec(
                "pitchmyjob/fr",
                blob_url(PITCH, PITCH_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html_body(html) if "<body" in html else html),
                subject=subject % {"job.job_title": f.role, "job.company": f.company}[operand]
                if operand
                else subject,
                company=f.company,
                role=f.role,
                sender=PITCH_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1
