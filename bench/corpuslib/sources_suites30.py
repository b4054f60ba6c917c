"""Recipes for session 33's sources30 (issue 11): German and French wording.

Faculté des Sciences d'Oujda (fatielhub/Praktikantenmanagement, the internship manager of a
Moroccan science faculty's computing department; Laravel, the mail in French although the
README is German): the four Mailables a student who asks for an internship gets: the receipt
with the file number, the acceptance, the refusal with the staff's reason ("Malheureusement,
nous ne pouvons pas donner suite à votre demande pour la raison suivante :") and the
internship certificate's notice. The reason is typed by the staff (``refusal_reason``), so
ours; the faculty is the employer (the internship is in its own department).

Startfeld (sibihaseb/startfeld-form-latest, the application form of Startfeld, a Swiss
innovation and start-up centre in St. Gallen, built by a Swiss agency; Laravel), **look-alikes**:
the mails to a founder who applies for the centre's support, in the German catalogue
(``lang/de/email.php``) that its views read with ``Lang::get``: the link to go on with the form,
the receipt, the approval and the refusal ("Es tut uns leid, aber Ihr Antrag wurde
zurückgewiesen."). The subjects are the Mailables' English ones, as sent.

Hub Import-Export 2026 (Ferie-Vincent/hub-ie, the application platform of Côte d'Ivoire's
Ministry of Commerce for a four-day export programme in Abidjan with 180 places; Laravel
Markdown mail), **look-alikes**: the receipt, the selection committee's refusal ("le comité de
sélection n'a pas pu retenir votre dossier pour l'édition 2026"), the waiting list and the
admission. Read with ``read_file`` (no snapshot could be fetched) and stored as plain files at
their paths, each at the commit ``HUBIE_READ_AT`` names.

Talent Club Bénin (primous/talentbenin, a Cotonou talent community whose members become
visible to partner companies and recruiters; Laravel), **look-alikes**: the answers to an
application to join: the refusal ("Après examen attentif de votre dossier, nous sommes au
regret de vous informer que votre candidature n'a pas été retenue à ce stade", with and
without the team's note), the request for more details and the admission. Labelled as
``talento/it``'s talent network is: an application for paid work through the club (its
receipt promises "missions rémunérées" and the members are shown to recruiters), so the
refusal is a rejection and the admission ``other``. Read with ``read_file`` (no snapshot
could be fetched) and stored as plain files at their paths (``TALENTCLUB_READ_AT``).

BewerbungsBoard (benjaymin90/bewerbungsboard, a German applicant-tracking SaaS in the making;
Next.js and Prisma): the three reply templates its seed gives a new organisation, each with
the pipeline stage that triggers it: the interview invitation, the offer and the Absage ("Leider
muessen wir Ihnen mitteilen, dass wir uns fuer andere Kandidaten entschieden haben"), written
without umlauts as the seed has them. The app stores them for its users and sends nothing
itself yet; sent here as Mappe's are, plain text from the organisation's mailbox."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_plugins11 import _php_strings
from .sources_smallhire import _html_spec
from .sources_suites14 import _fill_blade
from .sources_suites18 import _blade_view, _laravel_files, _quoted_subject
from .sources_suites25 import _php_value
from .sources_trackers import _spec
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()

OUJDA = "fatielhub/Praktikantenmanagement"
OUJDA_COMMIT = "30a853f0ba352745882d2fb1bc5dfdf29084675e"
# Mailable -> (view, category, variants). An internship request accepted is the offer; the
# certificate's notice follows the internship (other).
OUJDA_MAILS = {
    "ApplicationSubmitted": ("application_submitted", "acknowledgement", 1),
    "ApplicationRejected": ("application_rejected", "rejection", 2),
    "ApplicationAccepted": ("application_accepted", "offer", 1),
    "AttestationReadyMail": ("attestation-ready", "other", 1),
}
# The organisation its views name in the header and the footer.
OUJDA_COMPANY = "Faculté des Sciences d'Oujda"
# Ours: the sender (.env.example keeps Laravel's "noreply@example.com"), the site, the file
# and certificate numbers, the period, and the staff's reasons for a refusal.
OUJDA_SENDER = ("Faculté des Sciences d'Oujda", "noreply@stages.fso.example.ma")
OUJDA_SITE = "https://stages.fso.example.ma"
OUJDA_REASONS = [
    "Le service n'a plus de place pour la période demandée.",
    "Les stages du service sont réservés cette année aux étudiants de master.",
]


def oujda(snap: Snapshot) -> Iterator[Spec]:
    """The faculty's mail to a student asking for an internship: the receipt, the refusal with
    a reason (twice), the acceptance and the certificate's notice; HTML, in turn with and
    without a text part, from a no-reply sender."""
    n = 0
    for mailable, (view, category, variants) in OUJDA_MAILS.items():
        code, source, url = _laravel_files(snap, OUJDA, OUJDA_COMMIT, mailable, view)
        for v in range(variants):
            values = {
                "$stagiaire->prenom": FIRST,
                "$stagiaire->nom": LAST,
                "$stagiaire->dossier_number": f"STG-2026-{104 + n:04d}",
                "\\Carbon\\Carbon::parse($stagiaire->debut_stage)->format('d/m/Y')": "02/03/2026",
                "\\Carbon\\Carbon::parse($stagiaire->fin_stage)->format('d/m/Y')": "29/05/2026",
                "$reason": OUJDA_REASONS[v % len(OUJDA_REASONS)],
                "$name": OWNER[0],
                "$numero": "ATT-2026-0042",
                "route('public.track')": f"{OUJDA_SITE}/track",
                "url('/stagiaire/dashboard')": f"{OUJDA_SITE}/stagiaire/dashboard",
                "date('Y')": "2026",
            }
            html = _blade_view(source, values, {}).replace("&copy;", "©")
            yield _html_spec(
                "oujda/fr",
                url,
                category,
                re.sub(r"\s+", " ", html),
                subject=_quoted_subject(code),
                company=OUJDA_COMPANY,
                role="n/a",
                labels_on_rejection=True,
                sender=OUJDA_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


STARTFELD = "sibihaseb/startfeld-form-latest"
STARTFELD_COMMIT = "65612e52bf543446683400473800c1d4a8559ebf"
STARTFELD_LANG_PATH = "lang/de/email.php"
# Mailable -> (view, category, variants). A start-up's application for the centre's support:
# the refusal is not a job's (not_a_job); the approval and the form's link are other mail.
STARTFELD_MAILS = {
    "ApplicantRegisterMail": ("applicantregister", "other", 1),
    "ApplicationSubmittedMail": ("applicationsubmitted", "acknowledgement", 1),
    "ApplicationRejectedMail": ("applicationrejected", "not_a_job", 2),
    "ApplicationApprovedMail": ("applicationapproved", "other", 1),
}
# Ours: the app's name and address (.env.example keeps Laravel's), the sender, the form token.
STARTFELD_APP = ("STARTFELD", "https://antrag.startfeld.example.ch")
STARTFELD_SENDER = ("STARTFELD", "antrag@startfeld.example.ch")
STARTFELD_TOKEN = "b41c9e07d2"


def _lang_get_values(strings: dict[str, str], file: str) -> dict[str, str]:
    """``Lang::get('file.key')`` -> its string, for every string of one lang file, keyed as
    the views write the call (an echo ``{{ Lang::get('email.x.y') }}``)."""
    return {f"Lang::get('{file}.{key}')": text for key, text in strings.items()}


def startfeld(snap: Snapshot) -> Iterator[Spec]:
    """The centre's mail to an applicant for its support, in German: the form's link, the
    receipt, the refusal (twice) and the approval; HTML, in turn with and without a text
    part, from the app's sender."""
    strings = _php_strings(snap.read(STARTFELD, STARTFELD_COMMIT, STARTFELD_LANG_PATH))
    values = {
        **_lang_get_values(strings, "email"),
        "$applicantName": OWNER[0],
        "$url": f"{STARTFELD_APP[1]}/{STARTFELD_TOKEN}",
        "config('app.url')": STARTFELD_APP[1],
        "config('app.name')": STARTFELD_APP[0],
        "asset('images/STARTFELD.svg')": f"{STARTFELD_APP[1]}/images/STARTFELD.svg",
    }
    n = 0
    for mailable, (view, category, variants) in STARTFELD_MAILS.items():
        code = snap.read(STARTFELD, STARTFELD_COMMIT, f"app/Mail/{mailable}.php")
        path = f"resources/views/mail/{view}.blade.php"
        html = _blade_view(snap.read(STARTFELD, STARTFELD_COMMIT, path), values, {})
        for _ in range(variants):
            yield _html_spec(
                "startfeld/de",
                blob_url(STARTFELD, STARTFELD_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html).replace("&copy;", "©").replace("&nbsp;", " "),
                subject=_quoted_subject(code),
                company="n/a",
                role="n/a",
                sender=STARTFELD_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


HUBIE = "Ferie-Vincent/hub-ie"
# path -> the commit read_file gave it at (the index holds no single commit with them all).
HUBIE_READ_AT = {
    "app/Mail/ApplicationReceived.php": "5ae1264647a9203d20f6c7981275bf34473062ed",
    "app/Mail/ApplicationRejected.php": "5ae1264647a9203d20f6c7981275bf34473062ed",
    "app/Mail/ApplicationWaitlisted.php": "5ae1264647a9203d20f6c7981275bf34473062ed",
    "app/Mail/ApplicationAccepted.php": "cd119c209cfb03caf90e066a6b870ddd90016ff9",
    "resources/views/mail/application/received.blade.php": (
        "5ae1264647a9203d20f6c7981275bf34473062ed"
    ),
    "resources/views/mail/application/rejected.blade.php": (
        "5ae1264647a9203d20f6c7981275bf34473062ed"
    ),
    "resources/views/mail/application/waitlisted.blade.php": (
        "cd119c209cfb03caf90e066a6b870ddd90016ff9"
    ),
    "resources/views/mail/application/accepted.blade.php": (
        "5ae1264647a9203d20f6c7981275bf34473062ed"
    ),
}
# Mailable -> (view, category, variants): a programme's selection, not a job.
HUBIE_MAILS = {
    "ApplicationReceived": ("received", "acknowledgement", 1),
    "ApplicationRejected": ("rejected", "not_a_job", 2),
    "ApplicationWaitlisted": ("waitlisted", "other", 1),
    "ApplicationAccepted": ("accepted", "other", 1),
}
# Ours: the platform's address and sender, the references, group and access code.
HUBIE_SITE = "https://hub-import-export.example.ci"
HUBIE_SENDER = ("Hub Import-Export 2026", "no-reply@hub-import-export.example.ci")
_X_BUTTON = re.compile(r'(?s)<x-mail::button :url="([^"]+)"[^>]*>\s*(.*?)\s*</x-mail::button>')


def _md_inline(text: str) -> str:
    """Markdown's inline marks as HTML: ``**bold**``, ``*emphasis*``, ```code```."""
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", text)


def _x_mail_html(source: str, values: dict[str, str]) -> str:
    """A Laravel ``<x-mail::message>`` Markdown view as the HTML fragment it renders: every
    ``{{ expr }}`` and the button's ``:url`` filled by exact expression (an unknown one
    raises), the panel's frame dropped; blocks split on blank lines into headings, lists,
    rules and paragraphs (a trailing backslash breaks the line); a component it does not
    know raises."""
    body = re.sub(r"</?x-mail::(?:message|panel)>", "", source)

    def button(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise ValueError(f"unfilled button url {m.group(1)}")
        return f'<p><a href="{values[m.group(1)]}" class="button">{m.group(2)}</a></p>'

    body = _X_BUTTON.sub(button, body)
    if "<x-" in body:
        raise ValueError("unsupported mail component")
    out = []
    for block in re.split(r"\n\s*\n", _fill_blade(body, values).strip()):
        lines = [ln.strip() for ln in block.strip().splitlines()]
        if lines[0] == "---":
            out.append("<hr>")
            lines = lines[1:]
            if not lines:
                continue
        if lines[0].startswith("<p><a "):
            out.append(lines[0])
        elif lines[0].startswith("# "):
            out.append(f"<h1>{_md_inline(lines[0][2:])}</h1>")
        elif all(ln.startswith("- ") for ln in lines):
            items = "".join(f"<li>{_md_inline(ln[2:])}</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        else:
            text = "\n".join(ln[:-1] + "<br>" if ln.endswith("\\") else ln for ln in lines)
            out.append(f"<p>{_md_inline(text)}</p>")
    return "\n".join(out)


def hubie(snap: Snapshot) -> Iterator[Spec]:
    """The programme's mail to an applicant: the receipt, the committee's refusal (twice), the
    waiting list and the admission; HTML, in turn with and without a text part, from our
    no-reply sender."""
    n = 0
    for mailable, (view, category, variants) in HUBIE_MAILS.items():
        code_path = f"app/Mail/{mailable}.php"
        path = f"resources/views/mail/application/{view}.blade.php"
        code = snap.read(HUBIE, HUBIE_READ_AT[code_path], code_path)
        source = snap.read(HUBIE, HUBIE_READ_AT[path], path)
        for v in range(variants):
            values = {
                "$user->first_name": FIRST,
                "$user->last_name": LAST,
                "$application->reference_code": f"HIE26-{3071 + 17 * n:05d}",
                "$application->group_label": "Groupe B",
                "$application->check_in_code": f"CI-{4820 + v}",
                "route('candidate.dashboard')": f"{HUBIE_SITE}/candidat",
            }
            yield _html_spec(
                "hubie/fr",
                blob_url(HUBIE, HUBIE_READ_AT[path], path),
                category,
                _x_mail_html(source, values),
                subject=_quoted_subject(code),
                company="n/a",
                role="n/a",
                sender=HUBIE_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


TALENTCLUB = "primous/talentbenin"
TALENTCLUB_READ_AT = "de2a582c4ca43a0738d4ee96a1968353666f2e07"
# Mailable -> (view, category, the team's note or None). The receipt's view (17,000
# characters, a newsletter-like page) is left out.
TALENTCLUB_MAILS = [
    ("ApplicationRejectedMail", "application_rejected", "rejection", None),
    (
        "ApplicationRejectedMail",
        "application_rejected",
        "rejection",
        "Le profil ne montre pas encore de réalisation dans le domaine choisi.",
    ),
    (
        "ApplicationInformationRequestedMail",
        "information_requested",
        "other",
        "Merci de joindre le lien vers un de vos projets.",
    ),
    ("ApplicationAcceptedMail", "application_accepted", "other", None),
]
# The organisation that decides, as its mail signs and heads it ("L'équipe Talent Club Bénin").
TALENTCLUB_COMPANY = "Talent Club Bénin"
# Ours: the notes above, the references, the site and the sender.
TALENTCLUB_SITE = "https://talentclub.example.bj"
TALENTCLUB_SENDER = ("Talent Club Bénin", "candidatures@talentclub.example.bj")


def _mailable_subject(code: str, values: dict[str, str]) -> str:
    """A Mailable's one ``subject:`` string, single- or double-quoted, its ``{$...}``
    interpolations filled by exact expression (an unknown one raises)."""
    found = re.findall(r"""subject:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"),""", code)
    if len(found) != 1:
        raise ValueError(f"{len(found)} subjects")
    return _php_value(found[0], values)


def talentclub(snap: Snapshot) -> Iterator[Spec]:
    """The club's answers to an application to join: refused without and with the team's
    note, more details asked, admitted; HTML, in turn with and without a text part."""
    for n, (mailable, view, category, note) in enumerate(TALENTCLUB_MAILS):
        code_path = f"app/Mail/{mailable}.php"
        path = f"resources/views/emails/{view}.blade.php"
        reference = f"TC-2026-{281 + 13 * n:04d}"
        values = {
            "$application->first_name": FIRST,
            "$application->last_name": LAST,
            "$application->reference": reference,
            "$this->application->reference": reference,
            "$adminMessage": note or "",
            "route('talent.application.complete', ['reference' => $application->reference])": (
                f"{TALENTCLUB_SITE}/candidature/{reference}/completer"
            ),
        }
        source = snap.read(TALENTCLUB, TALENTCLUB_READ_AT, path)
        html = _blade_view(source, values, {"$adminMessage": note is not None})
        yield _html_spec(
            "talentclub/fr",
            blob_url(TALENTCLUB, TALENTCLUB_READ_AT, path),
            category,
            re.sub(r"\s+", " ", html),
            subject=_mailable_subject(snap.read(TALENTCLUB, TALENTCLUB_READ_AT, code_path), values),
            company=TALENTCLUB_COMPANY,
            role="n/a",
            labels_on_rejection=True,
            sender=TALENTCLUB_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


BOARD = "benjaymin90/bewerbungsboard"
BOARD_COMMIT = "016fde77d5a88e026be195819ada9dc86a859483"
BOARD_PATH = "prisma/seed.ts"
# the template's trigger (its pipeline stage) -> (category, variants)
BOARD_TRIGGERS = {
    "STAGE_INTERVIEW": ("interview_invitation", 1),
    "STAGE_OFFER": ("offer", 1),
    "STAGE_REJECTED": ("rejection", 2),
}
_JS_STR = r'"(?:[^"\\]|\\.)*"'
_BOARD_TEMPLATE = re.compile(
    rf"name: ({_JS_STR}),\s*subject: ({_JS_STR}),\s*body: ({_JS_STR}),\s*trigger: \"(\w+)\""
)


def _board_templates(source: str) -> list[tuple[str, str, str, str]]:
    """(name, subject, body, trigger) of each ``prisma.emailTemplate.createMany`` entry of the
    seed, the double-quoted JavaScript strings decoded; none raises."""
    start = source.find("prisma.emailTemplate.createMany(")
    if start < 0:
        raise ValueError("no emailTemplate seed")
    found = [
        (json.loads(name), json.loads(subject), json.loads(body), trigger)
        for name, subject, body, trigger in _BOARD_TEMPLATE.findall(source, start)
    ]
    if not found:
        raise ValueError("no template in the seed")
    return found


def board(snap: Snapshot) -> Iterator[Spec]:
    """The seed's three replies (the Absage twice), ``{{name}}`` filled exactly, from the
    organisation's applications mailbox under its name; in turn plain, wrapped at 72 columns
    and with an HTML part."""
    url = blob_url(BOARD, BOARD_COMMIT, BOARD_PATH)
    n = 0
    for _name, subject, body, trigger in _board_templates(
        snap.read(BOARD, BOARD_COMMIT, BOARD_PATH)
    ):
        category, variants = BOARD_TRIGGERS[trigger]
        for v in range(variants):
            f = fill_for("board/de", trigger, "de", v)
            values = {"firstName": FIRST, "jobTitle": f.role, "orgName": f.company}
            yield _spec(
                "board/de",
                url,
                category,
                subject=fill_exact(subject, r"\{\{(\w+)\}\}", values),
                text=fill_exact(body, r"\{\{(\w+)\}\}", values) + "\n",
                company=f.company,
                role=f.role,
                labels_on_rejection=True,
                sender=(f.company, f"bewerbung@{f.domain}"),
                noreply=False,
                fmt=("plain", "wrapped", "html")[n % 3],
            )
            n += 1
