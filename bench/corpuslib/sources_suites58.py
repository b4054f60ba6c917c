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
"GlobalJobs"), the posts, the recruiter and the admin's reason."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, fill_for, spec
from .snapshot import Snapshot, blob_url

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
