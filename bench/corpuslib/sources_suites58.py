"""Recipes for session 40's sources58 (issue 11): French mail from a job board's recruiter
and admin back office.

GlobalJobs (mansourseck/Projet-GlobalJobs, a PHP job board whose recruiters post offers that
an admin validates; PHPMailer through ``sendMail`` in ``mailer_config.php``, which sends the
HTML ``$body`` with ``AltBody = strip_tags($body)``: HTML with that text part). To a candidate:
the receipt of an application (``Gestion_candidats/postuler_offre.php``), and the recruiter's
decision (``Gestion_recruteur/voir_candidatures.php``): refused ("nous sommes au regret de vous
informer que votre candidature n'a pas été retenue", twice, two posts) and accepted ("votre
candidature a été retenue ! ... Nous vous contacterons prochainement pour la suite du
processus": ``moving_forward``). Look-alikes to a recruiter: the admin rejecting the
recruiter's job offer with a reason ("votre offre ... a été rejetée. Motif du rejet : ...",
``Gestion_Admin/rejet_cause.php``: a job advert refused, no application: ``not_a_job``) and
publishing it (``Gestion_Admin/admin_data.php``: ``other``).

Not used: ``sendmail.php`` (a second accept/refuse mailer signed "L'équipe Recrutement
IKBARA"), which no page calls and which cannot run (``getMailer()`` is defined nowhere).

Ours: the sender's address (the code sends from a person's Gmail address under the name
"GlobalJobs"), the posts, the recruiter and the admin's reason.

RESURGO (carl4president/RESURGO, the HR system of OLSHCO, a Philippine school: recruitment,
employees, payroll; PHPMailer with ``isHTML(true)`` and no ``AltBody``, so each mail is one
HTML part). The applicant's mails the recruitment pages send (``admin/accept_applicants.php``'s
branches, ``admin/application_archive.php``, ``admin/application_delete.php``): received, being
processed, invited to an interview, accepted (with the employee portal's credentials and an
attendance QR code: ``offer``), and three refusals: "Application Rejected" ("your application
for the position of P has been differed": the source's word, its subject says rejected and the
application is deleted), "Application Archived" and "Application Deleted" ("After careful
consideration, we have determined that there is currently no need to recruit for this
position": a post cancelled). Signed "OLSHCO" ("our school"): the company.

Ours: the sender's address (the code sends from the school's Gmail address, no name), the
posts, the interview's date, time and place, the credentials; the middle name is empty (the
owner has none), so "Dear Robin  Berger" keeps PHP's two spaces."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, fill_for, spec
from .snapshot import Snapshot, blob_url
from .sources_suites35 import _text_part

FIRST, LAST = OWNER[0].split()

GLOBALJOBS = "mansourseck/Projet-GlobalJobs"
GLOBALJOBS_COMMIT = "c4bcb998ce5558ef7b58531d831c592f92762e3b"
GLOBALJOBS_MAILER_PATH = "mailer_config.php"
GLOBALJOBS_APPLY_PATH = "Gestion_candidats/postuler_offre.php"
GLOBALJOBS_DECISION_PATH = "Gestion_recruteur/voir_candidatures.php"
GLOBALJOBS_REJECT_OFFER_PATH = "Gestion_Admin/rejet_cause.php"
GLOBALJOBS_PUBLISH_PATH = "Gestion_Admin/admin_data.php"
GLOBALJOBS_SENDER = ("GlobalJobs", "contact@globaljobs.example.sn")  # ours: see above
GLOBALJOBS_RECRUITER = ("Awa", "Ndiaye")  # ours: the recruiter (prenom, nom) of the look-alikes
# Ours: the admin's reason.
GLOBALJOBS_CAUSE = "Le salaire proposé n'est pas indiqué et la description du poste est incomplète."
# (mail, category): the candidate's receipt and the recruiter's decisions, then the admin's
# decisions on a recruiter's offer.
GLOBALJOBS_MAILS = (
    ("receipt", "acknowledgement"),
    ("refuser", "rejection"),
    ("refuser", "rejection"),
    ("accepter", "moving_forward"),
    ("offer_rejected", "not_a_job"),
    ("offer_published", "other"),
)
_PHP_DQ = r'"((?:[^"\\]|\\.)*)"'


def _php_assign(source: str, name: str, start: int = 0) -> str:
    """The double-quoted literal assigned to ``$name`` at or after ``start``."""
    m = re.compile(rf"\${name} = {_PHP_DQ};").search(source, start)
    if m is None:
        raise ValueError(f'no ${name} = "...";')
    return m.group(1)


def _php_interpolate(text: str, values: Mapping[str, str]) -> str:
    """A double-quoted PHP string's ``{$a['k']}`` and ``$name`` interpolations filled by
    their text (``a['k']``, ``name``); an unknown one raises."""

    def sub(m: re.Match[str]) -> str:
        key = m.group(1) or m.group(2)
        if key not in values:
            raise ValueError(f"no value for {m.group(0)}")
        return values[key]

    return re.sub(r"\{\$(\w+\['\w+'\])\}|\$(\w+)", sub, text)


def _php_concat(expr: str, values: Mapping[str, str]) -> str:
    """A concatenation of double-quoted literals and expressions (``"a" . f($x) . "b"``), each
    expression by its exact text in ``values``; an unknown expression raises."""
    parts = re.split(r'"\s*\.\s*(.+?)\s*\.\s*"', expr.strip())
    if not (parts[0].startswith('"') and parts[-1].endswith('"')):
        raise ValueError("not a concatenation of literals and expressions")
    parts[0], parts[-1] = parts[0][1:], parts[-1][:-1]
    out = []
    for n, part in enumerate(parts):
        if n % 2 == 0:
            out.append(part)
        elif part in values:
            out.append(values[part])
        else:
            raise ValueError(f"no value for {part}")
    return "".join(out)


def _strip_tags(html: str) -> str:
    """PHP's ``strip_tags``: the tags removed, everything else (whitespace, entities) kept."""
    return re.sub(r"<[^>]*>", "", html)


def _php_html(text: str) -> str:
    """PHP's ``htmlspecialchars`` (ENT_QUOTES, PHP 8.1's default)."""
    return html_lib.escape(text, quote=True).replace("&#x27;", "&#039;")


def _decision(source: str, action: str) -> tuple[str, str]:
    """(subject, body) literals of the ``$action === 'action'`` branch."""
    at = source.find(f"$action === '{action}'")
    if at == -1:
        raise ValueError(f"no branch for {action}")
    return _php_assign(source, "subject", at), _php_assign(source, "body", at)


def _mailer_checked(mailer: str) -> None:
    """``sendMail`` still sends the body as HTML with ``strip_tags`` as its text part."""
    for part in ("$mail->isHTML(true);", "$mail->AltBody = $altBody ?: strip_tags($body);"):
        if part not in mailer:
            raise ValueError(f"sendMail changed: no {part}")


def globaljobs(snap: Snapshot) -> Iterator[Spec]:
    """The job board's mails to a candidate (receipt, two refusals, an acceptance) and to a
    recruiter (the offer rejected with a reason, the offer published), each as ``sendMail``
    sends it: the HTML body and ``strip_tags`` of it."""
    unit = "globaljobs/fr"

    def read(path: str) -> str:
        return snap.read(GLOBALJOBS, GLOBALJOBS_COMMIT, path)

    _mailer_checked(read(GLOBALJOBS_MAILER_PATH))
    apply, decision = read(GLOBALJOBS_APPLY_PATH), read(GLOBALJOBS_DECISION_PATH)
    reject_offer, publish = read(GLOBALJOBS_REJECT_OFFER_PATH), read(GLOBALJOBS_PUBLISH_PATH)
    r_first, r_last = GLOBALJOBS_RECRUITER
    for n, (mail, category) in enumerate(GLOBALJOBS_MAILS):
        post = fill_for(unit, mail, "fr", n).role
        if mail == "receipt":
            path = GLOBALJOBS_APPLY_PATH
            values = {
                "candidat['prenom']": FIRST,
                "candidat['nom']": LAST,
                "recruteur['titre']": post,
                "type_candidature": "envoyée",  # a new application ("actualisée" re-sent)
            }
            subject = _php_interpolate(_php_assign(apply, "subject_candidat"), values)
            body = _php_interpolate(_php_assign(apply, "body_candidat"), values)
        elif mail in ("refuser", "accepter"):
            path = GLOBALJOBS_DECISION_PATH
            subject_t, body_t = _decision(decision, mail)
            values = {
                "candidature['prenom']": FIRST,
                "candidature['nom']": LAST,
                "candidature['titre']": post,
            }
            subject, body = _php_interpolate(subject_t, values), _php_interpolate(body_t, values)
        elif mail == "offer_rejected":
            path = GLOBALJOBS_REJECT_OFFER_PATH
            subject = _php_assign(reject_offer, "subject")
            m = re.search(r"\$body = (\".*?\");\n", reject_offer, re.S)
            if m is None:
                raise ValueError("no $body = ...;")
            body = _php_concat(
                m.group(1),
                {
                    "htmlspecialchars($offre['nom'] . ' ' . $offre['prenom'])": _php_html(
                        f"{r_last} {r_first}"
                    ),
                    "htmlspecialchars($offre['titre'])": _php_html(post),
                    "nl2br(htmlspecialchars($cause))": _php_html(GLOBALJOBS_CAUSE),
                },
            )
        else:
            path = GLOBALJOBS_PUBLISH_PATH
            values = {"offre['nom']": r_last, "offre['prenom']": r_first, "offre['titre']": post}
            subject = _php_assign(publish, "subject")
            body = _php_interpolate(_php_assign(publish, "body"), values)
        yield spec(
            unit,
            blob_url(GLOBALJOBS, GLOBALJOBS_COMMIT, path),
            category,
            subject=subject,
            text=_strip_tags(body),
            html=body,
            # the mails name no employer (the recruiter's company is not in them)
            company="n/a",
            role=post,
            labels_on_rejection=True,
            sender=GLOBALJOBS_SENDER,
            noreply=False,
            fmt="html",
        )


RESURGO = "carl4president/RESURGO"
RESURGO_COMMIT = "9563b5bdae5c28527b3ecd3607549f93f7746372"
RESURGO_STEPS_PATH = "admin/accept_applicants.php"
RESURGO_ARCHIVE_PATH = "admin/application_archive.php"
RESURGO_DELETE_PATH = "admin/application_delete.php"
RESURGO_SENDER = ("OLSHCO", "hr.olshco@example.edu.ph")  # ours: see above
# Ours: a school's posts, the interview, the portal credentials the hire generates.
RESURGO_POSTS = (
    "Senior High School Mathematics Teacher",
    "Guidance Counselor",
    "Registrar Staff",
    "College Instructor in Nursing",
)
RESURGO_INTERVIEW = {"interviewDate": "2024-06-10", "interviewTime": "09:00"}
RESURGO_LOCATION = "OLSHCO Main Campus, HR Office"
RESURGO_LOGIN = {"username": "k3Vq8ZrT", "password": "p7Lw2xQe9NbA"}
# (file, the $_POST key of its branch or None for the whole file, category)
RESURGO_MAILS = (
    (RESURGO_STEPS_PATH, "receive", "acknowledgement"),
    (RESURGO_STEPS_PATH, "process", "acknowledgement"),
    (RESURGO_STEPS_PATH, "interview", "interview_invitation"),
    (RESURGO_STEPS_PATH, "reject", "rejection"),
    (RESURGO_ARCHIVE_PATH, "delete", "rejection"),
    (RESURGO_DELETE_PATH, "delete", "rejection"),
    (RESURGO_STEPS_PATH, "accept", "offer"),
)
_PHP_TERM = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|\$(\w+)")


def _php_branch_of(source: str, key: str) -> str:
    """The text of ``if (isset($_POST['key']))`` up to the next top-level ``if (isset(`` or
    ``}else if``."""
    m = re.search(rf"if \(isset\(\$_POST\['{key}'\]\)\)", source)
    if m is None:
        raise ValueError(f"no branch for {key}")
    end = re.compile(r"\n(?:if \(isset|\}\s*else if|function )").search(source, m.end())
    return source[m.end() : end.start() if end else len(source)]


def _php_expr(expr: str, values: Mapping[str, str]) -> str:
    """A concatenation of single-quoted literals, double-quoted literals (their ``$name``
    filled) and ``$name`` variables; anything else, or a variable without a value, raises."""
    out, i = [], 0
    expr = expr.strip()
    while True:
        m = _PHP_TERM.match(expr, i)
        if m is None:
            raise ValueError(f"cannot read {expr[i : i + 30]!r}")
        if m.group(1) is not None:
            out.append(re.sub(r"\\(['\\])", r"\1", m.group(1)))
        elif m.group(2) is not None:
            out.append(_php_interpolate(m.group(2), values))
        elif m.group(3) in values:
            out.append(values[m.group(3)])
        else:
            raise ValueError(f"no value for ${m.group(3)}")
        sep = re.compile(r"\s*\.\s*").match(expr, m.end())
        if m.end() == len(expr):
            return "".join(out)
        if sep is None:
            raise ValueError(f"cannot read {expr[m.end() : m.end() + 30]!r}")
        i = sep.end()


def _resurgo_mail(branch: str, values: Mapping[str, str]) -> tuple[str, str]:
    """(subject, HTML body) of a branch: its ``Subject`` literal and the body built by
    ``$mail->Body = ...; $mail->Body .= ...;`` or by ``$message`` then ``Body = $message``."""
    subject = re.search(r"\$mail->Subject = '([^']*)';", branch)
    if subject is None:
        raise ValueError("no literal Subject")
    uses_message = "$mail->Body = $message;" in branch
    target = r"\$message" if uses_message else r"\$mail->Body"
    parts = re.findall(rf"^\s*{target} (\.?=) (.+);$", branch, re.M)
    if not parts or parts[0][0] != "=" or any(op != ".=" for op, _ in parts[1:]):
        raise ValueError("the body is not one assignment and appends")
    return subject.group(1), "".join(_php_expr(e, values) for _, e in parts)


def resurgo(snap: Snapshot) -> Iterator[Spec]:
    """A Philippine school's HR system writing to an applicant: received, processed,
    interview, three refusals (rejected, archived, deleted: no need to recruit), accepted;
    HTML only, as PHPMailer sends an HTML body without ``AltBody``."""
    unit = "resurgo/en"
    for n, (path, key, category) in enumerate(RESURGO_MAILS):
        source = snap.read(RESURGO, RESURGO_COMMIT, path)
        if "$mail->isHTML(true);" not in source or "AltBody" in source:
            raise ValueError(f"{path}: the mail is no longer HTML only")
        post = RESURGO_POSTS[n % len(RESURGO_POSTS)]
        values = {
            "firstname": FIRST,
            "middlename": "",
            "lastname": LAST,
            "applicantName": f"{FIRST}  {LAST}",  # firstname . ' ' . middlename . ' ' . lastname
            "applicantname": OWNER[0],  # the interview form's field
            "position": post,
            "interviewLocation": RESURGO_LOCATION,
            **RESURGO_INTERVIEW,
            **RESURGO_LOGIN,
        }
        subject, body = _resurgo_mail(_php_branch_of(source, key), values)
        yield spec(
            unit,
            blob_url(RESURGO, RESURGO_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(body),
            html=body,
            company="OLSHCO",
            role=post,
            labels_on_rejection=True,
            sender=RESURGO_SENDER,
            noreply=False,
            fmt="html_only",
        )
