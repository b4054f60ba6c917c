"""Recipes for session 26's sources12 (issue 11): German job-mail wording from an applicant
tracker for Nextcloud, a letter-template tool and a recruiting agency's process engine.

AD Recruitment (Filzmann's Nextcloud app): the neutral status mails it seeds for every
status change of an application, one per target status, among them the refusal ("Leider können
wir Ihre Bewerbung im aktuellen Verfahren nicht weiter berücksichtigen"); the repository has no
snapshot to fetch, so its one file was read with the search tool's read_file at its commit and
stored as a plain file. RapidLetter (a student project: MS Word's letter templates on the web):
the refusal of an unsolicited application among its letter templates, and its text blocks for
applicants (a refusal, a request for patience, an invitation to meet) put together with its
greeting and closing blocks. WEPLACM (a university team's recruiting agency on Camunda): the
refusal it mails to every filtered-out applicant and the job alert to its pool, in German at
the first commit that has them (Latin-1; later commits broke the umlauts) and in English at the
last."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec

FIRST, LAST = OWNER[0].split()


FLZREC = "Filzmann/nextcloud-flzrecruitment"
# Read with read_file at this commit (no snapshot to fetch): a plain-file source.
FLZREC_READ_AT = "6fa9e8f01c32c7544a53cbb3a994357672b31ce1"
FLZREC_PATH = "lib/Service/DefaultStatusMailTemplateCatalog.php"
# target status: category. Left out: "archived" ("the application procedure is closed, thanks
# for the exchange so far": sent whatever the outcome, a label we could not settle) and
# "received" (no message of its own: the catalogue's generic fallback).
FLZREC_MAILS = {
    "screening": "acknowledgement",
    "questionnaire_pending": "assessment",
    "questionnaire_received": "other",
    "phone_planned": "interview_invitation",
    "phone_completed": "other",
    "live_planned": "interview_invitation",
    "decision_pending": "other",
    "basis_qualification": "moving_forward",
    "approved_for_hire": "offer",
    "accepted": "other",
    "rejected": "rejection",
    "withdrawn": "other",
    "hired": "offer",
}


def _php_consts(source: str, name: str) -> dict[str, str]:
    """``'key' => 'text'`` pairs of a PHP class constant array."""
    m = re.search(rf"const {name} = \[(.*?)\n    \];", source, re.S)
    if m is None:
        raise ValueError(f"no {name} in the catalogue")
    return dict(re.findall(r"'(\w+)' => '((?:[^'\\]|\\.)*)'", m.group(1)))


def flzrec(snap: Snapshot) -> Iterator[Spec]:
    """AD Recruitment's seeded status mails (disabled until a recruiter turns them on): the
    subject "Ihre Bewerbung als <post> · <status>", a greeting, the status's one sentence, the
    post and "Ihr Recruiting-Team". HTML, from the employer's careers box (ours)."""
    source = snap.read(FLZREC, FLZREC_READ_AT, FLZREC_PATH)
    labels = _php_consts(source, "LABELS")
    messages = _php_consts(source, "MESSAGES")
    body = re.search(r"'body' => '(.*?)' \. \$message \. '(.*?)',\n", source)
    subject = re.search(r"'subject' => \"(.*?)\",\n", source)
    if body is None or subject is None:
        raise ValueError("no body or subject in the catalogue")
    url = blob_url(FLZREC, FLZREC_READ_AT, FLZREC_PATH)
    for n, (status, category) in enumerate(FLZREC_MAILS.items()):
        for k in range(2 if category == "rejection" else 1):
            f = fill_for("flzrec/de", status, "de", k)
            values = {"job_title": f.role, "given_name": FIRST, "family_name": LAST}
            html = body.group(1) + messages[status] + body.group(2)
            subj = subject.group(1).replace("{$toLabel}", labels[status])
            for key, value in values.items():
                html = html.replace("{{" + key + "}}", value)
                subj = subj.replace("{{" + key + "}}", value)
            if "{" in html + subj:
                raise ValueError(f"unfilled placeholder in {status}")
            sender, _ = f.sender("careers")
            yield _html_spec(
                "flzrec/de",
                url,
                category,
                html,
                subject=subj,
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=False,
                fmt=("html", "html_only")[(n + k) % 2],
            )


RAPIDLETTER = "marekventur/rapidletter"
RAPIDLETTER_COMMIT = "f0c19f775c7baec283e726fc828e7646f395a721"
RAPIDLETTER_PATH = "db.sql"
# The letter template refusing an unsolicited application (vorlagen id 6), and text blocks
# (textbausteine) put between the greeting block (3) and the closing block (2): the refusal
# (7; the second variant adds the "bad news" block, 8), the request for patience (10) and
# the invitation to meet (9). id: (category, blocks, subject); the blocks' subjects are ours.
RAPIDLETTER_BLOCKS = {
    "absage": ("rejection", [7], "Ihre Bewerbung als {role}"),
    "absage+nachricht": ("rejection", [7, 8], "Ihre Bewerbung als {role}"),
    "aufschub": ("acknowledgement", [10], "Ihre Bewerbung als {role}"),
    "kontakt": ("interview_invitation", [9], "Ihre Bewerbung als {role}"),
}
# Ours: the date of the unsolicited application, the salutation's choice, and the signature
# (the letter's sender block) under the closing.
RAPIDLETTER_DATES = ["14.03.2025", "02.09.2024"]


def _sql_rows(source: str, table: str) -> dict[int, list[str]]:
    """The rows of ``INSERT INTO table VALUES (id,'text',...),...``: id -> its text fields."""
    m = re.search(rf"INSERT INTO {table} VALUES (.*?);\n", source, re.S)
    if m is None:
        raise ValueError(f"no rows of {table}")
    rows: dict[int, list[str]] = {}
    for row in re.finditer(r"\((\d+),((?:'(?:[^'\\]|\\.|'')*',?)+)\)", m.group(1)):
        fields = re.findall(r"'((?:[^'\\]|\\.|'')*)'", row.group(2))
        rows[int(row.group(1))] = [
            re.sub(r"\\(.)", r"\1", v).replace("''", "'").replace("\r", "") for v in fields
        ]
    return rows


def rapidletter(snap: Snapshot) -> Iterator[Spec]:
    """RapidLetter's letters for applicants, mailed as text from the writer's own address:
    the unsolicited application refused (no post is planned; kept in the applicant pool), and
    letters of its text blocks: refused for another applicant with sales experience (with and
    without the "bad news" block), asked for patience, invited to meet."""
    source = snap.read(RAPIDLETTER, RAPIDLETTER_COMMIT, RAPIDLETTER_PATH)
    url = blob_url(RAPIDLETTER, RAPIDLETTER_COMMIT, RAPIDLETTER_PATH)
    letters = _sql_rows(source, "vorlagen")
    blocks = _sql_rows(source, "textbausteine")
    subject, text, title, _kind = letters[6]
    if title != "Bewerbungsabsage Initiativbewerbung":
        raise ValueError("letter 6 is not the refusal of an unsolicited application")
    for k in range(2):
        f = fill_for("rapidletter/de", "vorlage6", "de", k)
        salutation = ("geehrte Frau", "geehrter Herr")[k] + f" {LAST}"
        body = text.replace("[geehrte Frau/geehrter Herr Max Mustermann]", salutation)
        body = body.strip() + f"\n{f.person}\n{f.company}\n"
        if "[" in body:
            raise ValueError("unfilled placeholder in letter 6")
        yield _spec(
            "rapidletter/de",
            url,
            "rejection",
            subject=subject.replace("[TT.MM.JJJ]", RAPIDLETTER_DATES[k]),
            text=body,
            company=f.company,
            role="n/a",
            sender=f.sender("person")[0],
            noreply=False,
            fmt=("plain", "wrapped")[k],
        )
    greeting, closing = blocks[3][0].strip(), blocks[2][0].strip()
    for n, (key, (category, ids, subj)) in enumerate(RAPIDLETTER_BLOCKS.items()):
        f = fill_for("rapidletter/de", key, "de", 0)
        middle = "\n\n".join(blocks[i][0].strip() for i in ids)
        body = f"{greeting}\n\n{middle}\n\n{closing}\n{f.person}\n{f.company}\n"
        yield _spec(
            "rapidletter/de",
            url,
            category,
            subject=subj.format(role=f.role),
            text=body,
            company=f.company,
            role=f.role,
            sender=f.sender("person")[0],
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


WEPLACM_DIR = "processJobInquiry/src/main/java/org/wwu/bpm/wfm/weplacm/processJobInquiry"
WEPLACM_MAILER = f"{WEPLACM_DIR}/mail/Mailer.java"
# (repository, commit, unit, encoding, (rejection subject, job alert subject)). German: the
# first commit with the mails (Latin-1); its subject of a refusal is the code's own example
# ("Ihre Bewerbung bei " + the client), the job alert's the next commit's ("We Want You!").
# English: the last commit, subjects from SendRefusal and ContactDBCandidates there.
WEPLACM_VERSIONS = [
    (
        "Journeyman3003/wfm-weplacm",
        "654e388719cb944c469943bb7ef23239091cb026",
        "weplacm/de",
        "latin-1",
        ("Ihre Bewerbung bei {client}", "We Want You!"),
    ),
    (
        "Journeyman3003/wfm-weplacm",
        "f731e70a05b78830c85101273a99be7d999963b0",
        "weplacm/en",
        "utf-8",
        ("Your application as {title}", "We have found a position for you!"),
    ),
]
WEPLACM_SENDER = ("", "recruiting.weplacm@gmail.com")
# The application form's address as the code builds it (a local Camunda), with an id of ours.
WEPLACM_FORM = {
    "weplacm/de": "http://localhost:8080/camunda/app/welcome/default/#/welcome",
    "weplacm/en": (
        "http://localhost:8080/processJobInquiry/forms/applicationForm.html?processId=4711"
    ),
}


def _java_string(source: str, name: str) -> str:
    """The value of ``public static String NAME = "..." + "..." ...;`` (escapes resolved)."""
    m = re.search(rf"String {name} = (.*?);\n", source, re.S)
    if m is None:
        raise ValueError(f"no {name}")
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    return "".join(parts).replace("\\n", "\n").replace('\\"', '"')


def weplacm(snap: Snapshot) -> Iterator[Spec]:
    """WEPLACM's refusal to the applicants its CV filter set aside (another applicant chosen;
    in English: the profile does not fully match, kept on file) and its job alert to
    candidates in its database. Plain text as JavaMail sends it, from the team's Gmail."""
    for repo, commit, unit, encoding, (reject_subject, alert_subject) in WEPLACM_VERSIONS:
        lang = unit.rsplit("/", 1)[1]
        source = snap.read(repo, commit, WEPLACM_MAILER, encoding=encoding)
        url = blob_url(repo, commit, WEPLACM_MAILER)
        rejection = _java_string(source, "REJECTION_MSG")
        alert = _java_string(source, "INVITATION_MSG")
        for k in range(2):
            f = fill_for(unit, "rejection", lang, k)
            # The German text names the client where the English one names the post.
            topic = f.company if lang == "de" else f.role
            yield _spec(
                unit,
                url,
                "rejection",
                subject=reject_subject.format(client=f.company, title=f.role),
                text=rejection % (OWNER[0], topic) + "\n",
                company=f.company if lang == "de" else "WEPLACM",
                role="n/a" if lang == "de" else f.role,
                sender=WEPLACM_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[k],
            )
        f = fill_for(unit, "alert", lang, 0)
        yield _spec(
            unit,
            url,
            "job_alert",
            subject=alert_subject,
            text=alert % (OWNER[0], f.role, WEPLACM_FORM[unit]) + "\n",
            company="WEPLACM",
            role=f.role,
            sender=WEPLACM_SENDER,
            noreply=False,
        )


AUTONOMI = "RiccardoC20/AutonoMi"
AUTONOMI_COMMIT = "1994175a9fbb76f4f9c07d894212088eb6a89924"
# path: category. The refusal is sent when the municipality deletes a citizen's application
# to its mobility scheme (rides with a budget, through licensed carriers); the welcome with
# the access credentials when it accepts one.
AUTONOMI_MAILS = {
    "server/api/candidatura/[id].delete.js": "not_a_job",
    "server/api/utente/crea.post.js": "other",
}
# The sender comes from an environment setting; an earlier commit's mailer names this one.
AUTONOMI_SENDER = ("", "autonomi.noreply@gmail.com")
# Ours: the user code and the password the welcome prints.
AUTONOMI_VALUES = {"codiceUtente": "U-00417", "passwordPlain": "k7Vq-29xR"}


def autonomi(snap: Snapshot) -> Iterator[Spec]:
    """AutonoMi, a student team's municipal mobility scheme (Nuxt): a citizen's application
    ("candidatura") to it refused ("la tua candidatura per AutonoMi è stata rifiutata") or
    accepted with the access credentials: refusals that are not about a job. Plain text."""
    values = {"nomeUtente": FIRST, "nome": FIRST, **AUTONOMI_VALUES}
    for n, (path, category) in enumerate(AUTONOMI_MAILS.items()):
        source = snap.read(AUTONOMI, AUTONOMI_COMMIT, path)
        text = re.search(r"const testoEmail = `\n(.*?)\n\s*`;", source, re.S)
        subject = re.search(r"sendMail\(\w+, '([^']+)', testoEmail\)", source)
        if text is None or subject is None:
            raise ValueError(f"no mail in {path}")
        for k in range(2 if category == "not_a_job" else 1):
            body = re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], text.group(1))
            yield _spec(
                "autonomi/it",
                blob_url(AUTONOMI, AUTONOMI_COMMIT, path),
                category,
                subject=subject.group(1),
                text=body.strip() + "\n",
                company="n/a",
                role="n/a",
                sender=AUTONOMI_SENDER,
                noreply=True,
                fmt=("plain", "wrapped")[(n + k) % 2],
            )


AGRT = "99mass/AGRT_Backend"
AGRT_COMMIT = "5e54b24d5b640c14ab84f8f04ba06169d632aac1"
AGRT_PATH = "src/main/java/com/unchk/AGRT_Backend/services/EmailService.java"
# method: (category, variants). A refusal is sent with the recruiter's reason ("Motif : ...",
# ours) or, without one, the code's own line; a cancelled application gets the same refusal.
AGRT_MAILS = {
    "sendApplicationConfirmationEmail": ("acknowledgement", 1),
    "sendApplicationUnderReviewEmail": ("acknowledgement", 1),
    "sendApplicationAcceptedEmail": ("offer", 1),
    "sendApplicationRejectedEmail": ("rejection", 2),
    "sendPasswordResetEmail": ("platform_notice", 1),
}
# Ours: the posts (tutoring posts of an online university), the reason, the reset code and
# the sender (the code sends from a developer's configured Gmail account).
AGRT_ROLES = ["Tuteur en mathématiques (Licence 1)", "Tutrice en sciences de l'éducation"]
AGRT_REASON = "Le profil ne correspond pas aux prérequis de l'annonce (Master exigé)."
AGRT_SENDER = ("UNCHK - Recrutement des tuteurs", "recrutement@unchk.edu.sn")


def _java_format(method: str) -> tuple[str, str, str | None]:
    """(subject, format string, the default of its last argument) of one mail method."""
    subject = re.search(r'setSubject\("([^"]*)"\)', method)
    fmt = re.search(r"String\.format\((.*?)\n\s*candidateName,", method, re.S)
    if subject is None or fmt is None:
        raise ValueError("no subject or body in an AGRT mail method")
    body = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', fmt.group(1)))
    default = re.search(r':\s*"([^"]+)"\);', method)
    return subject.group(1), body.replace("\\n", "\n"), default.group(1) if default else None


def agrt(snap: Snapshot) -> Iterator[Spec]:
    """UNCHK's (Université numérique Cheikh Hamidou Kane, Senegal) tutor recruitment platform:
    the candidate's mails as its e-mail service sends them: received, under review, accepted,
    refused (with the recruiter's reason and with the code's default line), a password reset
    code. Plain text."""
    source = snap.read(AGRT, AGRT_COMMIT, AGRT_PATH)
    url = blob_url(AGRT, AGRT_COMMIT, AGRT_PATH)
    methods = dict(re.findall(r"public void (\w+)\((.*?)\n        }\n", source, re.S))
    for n, (name, (category, variants)) in enumerate(AGRT_MAILS.items()):
        subject, body, default = _java_format(methods[name])
        for k in range(variants):
            role = AGRT_ROLES[(n + k) % 2]
            if name == "sendPasswordResetEmail":
                args: tuple[str, ...] = (FIRST, "483920")
            elif default is not None:
                args = (FIRST, role, (f"Motif : {AGRT_REASON}", default)[k])
            else:
                args = (FIRST, role)
            yield _spec(
                "agrt/fr",
                url,
                category,
                subject=subject,
                text=body % args + "\n",
                company="UNCHK",
                role="n/a" if name == "sendPasswordResetEmail" else role,
                sender=AGRT_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[(n + k) % 2],
            )


BEREIFUNG = "Zdenek156/bereifung24"
BEREIFUNG_COMMIT = "a12b686d710cc032410b960e4a20bf9431f6fc02"
# path: category. The company's refusal of a job application (its HR module), and its
# refusal of an application to its influencer partner programme (an affiliate deal, not a
# job: du-form, with the reviewer's reason and without).
BEREIFUNG_MAILS = {
    "app/api/admin/hr/applications/[id]/status/route.ts": "rejection",
    "app/api/admin/influencer-applications/reject/route.ts": "not_a_job",
}
# Ours: the posts and their departments, the platforms, the reason and the senders.
BEREIFUNG_POSTS = [("Kfz-Mechatroniker (m/w/d)", "Werkstatt"), ("Kundenberater (m/w/d)", "Service")]
BEREIFUNG_PLATFORMS = ["Instagram", "YouTube"]
BEREIFUNG_REASON = "Die Reichweite deines Kanals liegt derzeit unter unserer Mindestanforderung."
BEREIFUNG_SENDERS = {
    "rejection": ("Bereifung24 HR-Team", "karriere@bereifung24.de"),
    "not_a_job": ("Bereifung24", "partner@bereifung24.de"),
}


def bereifung(snap: Snapshot) -> Iterator[Spec]:
    """Bereifung24 (a German tyre-service platform) as its admin routes mail them: a job
    application refused in the company's own words (another candidate chosen), and an
    influencer's application to its partner programme refused. HTML."""
    for path, category in BEREIFUNG_MAILS.items():
        source = snap.read(BEREIFUNG, BEREIFUNG_COMMIT, path)
        m = re.search(r"subject: [`'](.*?)[`'],\n\s*html: `(.*?)\n\s*`\s*\n\s*\}\)", source, re.S)
        if m is None:
            raise ValueError(f"no mail in {path}")
        for k in range(2):
            post, department = BEREIFUNG_POSTS[k]
            values = {
                "application.firstName": FIRST,
                "application.lastName": LAST,
                "application.name": FIRST,
                "application.jobPosting.title": post,
                "application.jobPosting.department": department,
                "application.platform": BEREIFUNG_PLATFORMS[k],
                "rejectionReason.replace(/\\n/g, '<br>')": BEREIFUNG_REASON,
            }
            html = re.sub(
                r"\$\{rejectionReason \? `(.*?)` : ''\}",
                lambda c, k=k: c.group(1) if k == 0 else "",
                m.group(2),
                flags=re.S,
            )
            subject = m.group(1)
            for key, value in values.items():
                html = html.replace("${" + key + "}", value)
                subject = subject.replace("${" + key + "}", value)
            if "${" in html + subject:
                raise ValueError(f"unfilled placeholder in {path}")
            body = re.search(r"(?s)<body>(.*)</body>", html)  # a whole document: its body
            html = body.group(1) if body else html
            yield _html_spec(
                "bereifung/de",
                blob_url(BEREIFUNG, BEREIFUNG_COMMIT, path),
                category,
                html,
                subject=subject,
                company="Bereifung24",
                role=post if category == "rejection" else "n/a",
                sender=BEREIFUNG_SENDERS[category],
                noreply=False,
                fmt=("html", "html_only")[k],
            )
