"""Recipes for session 32's sources25 (issue 11): French mail from a public competitions portal,
German replies seeded by a self-hosted applicant tracker, and, as look-alikes, a student beauty
pageant's answers to its candidates.

E-Concours Tchad (AbakarDev/gestion_de_concours_et_recrutement, Laravel 12 API with React and
Expo clients, 2026): the portal through which candidates apply to Chad's public recruitment
competitions (concours) and their job offers. When the staff change an application's status,
the candidate gets Laravel's standard notification mail: "Le statut de votre candidature n° X a
été mis à jour. Nouveau statut : **Rejetée**." with the reason when one was given, the
convocation when accepted, and the bare status otherwise. The refusal is only the status label:
the shape of a portal's status mail, which no other source in the corpus has in French. The
app ships no translations (locale ``en``), so Laravel's own frame (its "Regards," and the
button's subcopy, MIT) stays English, as such mail arrives.

Reine ESGIS (Florent242/miss-esgis, Laravel): the election of the queen of ESGIS, a private
university in Benin, whose organisers answer each candidate's application: "nous ne sommes
malheureusement pas en mesure de retenir votre candidature pour cette édition" (twice) and the
approval: a contest's refusal in a job refusal's words (``not_a_job``).

Mappe (jonathanfuhr/mappe, AGPL-3.0, 2026): a self-hosted German applicant tracker whose
twelve seeded reply templates, each in a Sie and a du version, a team sends from its
applications mailbox: receipt, invitation, Zusage, Absage ("wir haben uns für eine andere
Bewerberin oder einen anderen Bewerber entschieden" / "für jemand anderen entschieden"), the
Absage to a speculative application ("Zurzeit haben wir leider keine passende Stelle frei")
and a request for missing documents: plain text with the app's placeholders
($ANREDE_FORMELL, $STELLE, ...).

E-Concours and Reine ESGIS declare MIT (``composer.json``, Laravel's skeleton; no licence
file), Mappe the AGPL: the texts are read at build time, never committed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from html import escape

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_suites18 import _blade_view
from .sources_trackers import _spec
from .templating import exact_value

FIRST, LAST = OWNER[0].split()

ECONCOURS = "AbakarDev/gestion_de_concours_et_recrutement"
ECONCOURS_COMMIT = "12bdcd19e638515ef32c028a09350d90f813fbe6"
ECONCOURS_PATH = "backend/app/Notifications/ApplicationStatusNotification.php"
ECONCOURS_STATUS_PATH = "backend/app/Enums/ApplicationStatus.php"
# (status case, category, the reason given or None). Accepted sends the convocation to the
# competition's exam (``assessment``); under review and evaluated are bare status updates.
ECONCOURS_MAILS: list[tuple[str, str, str | None]] = [
    ("REJECTED", "rejection", "Dossier incomplet : le diplôme fourni n'est pas légalisé."),
    ("REJECTED", "rejection", "Limite d'âge dépassée pour ce concours."),
    ("REJECTED", "rejection", None),
    ("ACCEPTED", "assessment", None),
    ("UNDER_REVIEW", "other", None),
    ("EVALUATED", "other", None),
]
# Ours: the deployment's APP_NAME (the README's title; .env.example keeps "Laravel"), APP_URL
# and sender (MAIL_FROM is example.com's there), and the application numbers, in the format
# SubmitApplicationAction gives them ('APP-' . strtoupper(uniqid())).
ECONCOURS_APP_NAME = "E-Concours Tchad"
ECONCOURS_URL = "https://e-concours.example.td"
ECONCOURS_SENDER = (ECONCOURS_APP_NAME, "no-reply@e-concours.example.td")
ECONCOURS_NUMBERS = [
    "APP-68A1F3C29B7E4",
    "APP-68A20D71C4A52",
    "APP-68A2E5B0D1F07",
    "APP-68A31C9E2A6B8",
    "APP-68A4077F5C3D1",
    "APP-68A45BE8A90C6",
]
# Laravel's notification view (Illuminate/Notifications/resources/views/email.blade.php and
# the mail layout's footer): untranslated, since the app has no lang/ files.
LARAVEL_REGARDS = "Regards,"
LARAVEL_SUBCOPY = (
    'If you\'re having trouble clicking the "{text}" button, copy and paste the URL below '
    "into your web browser:"
)
LARAVEL_RIGHTS = "All rights reserved."


def _enum_labels(source: str) -> dict[str, str]:
    """case -> label of a PHP enum's ``label()`` match arms (``self::CASE => 'Label'``)."""
    found = re.findall(r"self::(\w+)\s*=>\s*'((?:[^'\\]|\\.)*)'", source)
    if not found:
        raise ValueError("no enum labels")
    return {case: label.replace("\\'", "'") for case, label in found}


def _php_method(source: str, name: str) -> str:
    """The body of ``public function name(...)`` (its braces balanced)."""
    m = re.search(rf"function {name}\([^)]*\)[^{{]*\{{", source)
    if m is None:
        raise ValueError(f"no method {name}")
    return _braced_body(source, m.end())


def _braced_body(source: str, start: int) -> str:
    """The text from ``start`` (just after an opening brace) to its matching closing brace."""
    depth, at = 1, start
    while depth:
        char = source[at]
        depth += {"{": 1, "}": -1}.get(char, 0)
        at += 1
    return source[start : at - 1]


def _php_split(expr: str, sep: str) -> list[str]:
    """``expr`` split on ``sep`` outside quotes and brackets."""
    parts, depth, quote, start = [], 0, "", 0
    i = 0
    while i < len(expr):
        char = expr[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and expr.startswith(sep, i):
            parts.append(expr[start:i].strip())
            start = i + len(sep)
            i = start
            continue
        i += 1
    parts.append(expr[start:].strip())
    return parts


def _php_value(expr: str, values: Mapping[str, str]) -> str:
    """A PHP string expression: quoted literals (``{$x}`` interpolated in double quotes)
    joined by `` . ``, and expressions looked up in ``values``; an unknown one raises."""
    lookup = exact_value(values)
    out = []
    for part in _php_split(expr, " . "):
        if part[:1] == "'" and part[-1:] == "'":
            out.append(part[1:-1].replace("\\'", "'"))
        elif part[:1] == '"' and part[-1:] == '"':
            out.append(re.sub(r"\{(\$[^}]+)\}", lambda m: lookup(m.group(1)), part[1:-1]))
        else:
            out.append(lookup(part))
    return "".join(out)


def _mail_message(
    method: str, values: Mapping[str, str], flags: Mapping[str, bool]
) -> list[tuple[str, list[str]]]:
    """The ``->call(args)`` lines of a Laravel ``MailMessage`` builder (``$message``) in order,
    other statements skipped, each ``if (cond) {`` / ``} else {`` / ``}`` block kept or cut by
    ``flags`` (keyed by the condition's text; an unknown one raises), every argument
    evaluated; a call it cannot read raises."""
    calls: list[tuple[str, list[str]]] = []
    stack: list[bool] = []
    for raw in method.splitlines():
        line = raw.strip()
        cond = re.fullmatch(r"if \((.*)\) \{", line)
        if cond:
            if cond.group(1) not in flags:
                raise ValueError(f"unknown condition {cond.group(1)}")
            stack.append(flags[cond.group(1)])
            continue
        if line == "} else {":
            stack[-1] = not stack[-1]
            continue
        if line == "}":
            stack.pop()
            continue
        chain = re.sub(r"^(?:return )?\$message(?: = \(new MailMessage\))?", "", line)
        if not all(stack) or not chain.startswith("->"):
            continue
        for name, args in re.findall(r"->(\w+)\((.*?)\)(?=\s*(?:->|;|$))", chain):
            if name not in ("subject", "greeting", "line", "action"):
                raise ValueError(f"unsupported MailMessage call {name}")
            calls.append((name, [_php_value(a, values) for a in _php_split(args, ",")]))
    return calls


def _markdown_inline(text: str) -> str:
    """A line as Laravel's Markdown renders it: escaped, ``**x**`` bold."""
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escape(text, quote=False))


def _laravel_notification_html(
    calls: list[tuple[str, list[str]]],
    app_name: str,
    app_url: str = ECONCOURS_URL,
    regards: str = LARAVEL_REGARDS,
    subcopy_text: str = LARAVEL_SUBCOPY,
) -> str:
    """The HTML of Laravel's default notification mail: the app's name (linking ``app_url``)
    as header, the greeting, intro lines, the action button, outro lines, "Regards," and the
    app's name, the button's subcopy, the footer; an app that publishes its own layout gives
    its ``regards`` and ``subcopy_text`` (``{text}`` the button's label)."""
    parts = [f'<p><a href="{app_url}">{escape(app_name)}</a></p>']
    action: tuple[str, str] | None = None
    for name, args in calls:
        if name == "greeting":
            parts.append(f"<h1>{escape(args[0], quote=False)}</h1>")
        elif name == "line":
            parts.append(f"<p>{_markdown_inline(args[0])}</p>")
        elif name == "action":
            action = (args[0], args[1])
            label = escape(args[0], quote=False)
            parts.append(f'<p><a href="{escape(args[1])}" class="button">{label}</a></p>')
    parts.append(f"<p>{escape(regards)}<br>{escape(app_name)}</p>")
    if action is not None:
        subcopy = subcopy_text.format(text=action[0])
        parts.append(f'<p>{escape(subcopy, quote=False)} <a href="{action[1]}">{action[1]}</a></p>')
    parts.append(f"<p>© 2026 {escape(app_name)}. {LARAVEL_RIGHTS}</p>")
    return "\n".join(parts)


def econcours(snap: Snapshot) -> Iterator[Spec]:
    """The competitions portal's status mail to a candidate: rejected with a reason (twice) and
    without, accepted with the convocation, under review, evaluated; HTML, in turn with and
    without a text part."""
    source = snap.read(ECONCOURS, ECONCOURS_COMMIT, ECONCOURS_PATH)
    labels = _enum_labels(snap.read(ECONCOURS, ECONCOURS_COMMIT, ECONCOURS_STATUS_PATH))
    method = _php_method(source, "toMail")
    url = blob_url(ECONCOURS, ECONCOURS_COMMIT, ECONCOURS_PATH)
    for n, (status, category, reason) in enumerate(ECONCOURS_MAILS):
        values = {
            "$statusLabel": labels[status],
            "$appName": ECONCOURS_APP_NAME,
            "$notifiable->first_name": FIRST,
            "$this->application->application_number": ECONCOURS_NUMBERS[n],
            "$this->application->rejection_reason": reason or "",
            "url('/candidat/dashboard')": f"{ECONCOURS_URL}/candidat/dashboard",
        }
        flags = {
            "$this->application->status->value === 'rejected' && "
            "$this->application->rejection_reason": status == "REJECTED" and reason is not None,
            "$this->application->status->value === 'accepted'": status == "ACCEPTED",
        }
        calls = _mail_message(method, values, flags)
        subjects = [args[0] for name, args in calls if name == "subject"]
        if len(subjects) != 1:
            raise ValueError(f"{len(subjects)} subjects")
        yield _html_spec(
            "econcours/fr",
            url,
            category,
            _laravel_notification_html(calls, ECONCOURS_APP_NAME),
            subject=subjects[0],
            company=ECONCOURS_APP_NAME,
            role="n/a",
            labels_on_rejection=True,
            sender=ECONCOURS_SENDER,
            noreply=True,
            fmt=("html", "html_only")[n % 2],
        )


MISSESGIS = "Florent242/miss-esgis"
MISSESGIS_COMMIT = "3bb4301dbdcb61060a89f5084d6dd6b84b3ad932"
# Mailable -> (view, category, variants). The receipt (CandidateSubmitted) is left out: its
# view reads $prenom and $nom, which that Mailable does not pass, so it cannot render.
MISSESGIS_MAILS = {
    "CandidatureRejetee": ("candidature_rejete", "not_a_job", 2),
    "CandidatureApprouvee": ("candidature_approuve", "other", 1),
}
# The sender is .env.example's (MAIL_FROM_NAME, MAIL_FROM_ADDRESS); APP_URL and the year ours.
MISSESGIS_SENDER = ("Reine ESGIS-Bénin", "noreply@missesgis.com")
MISSESGIS_URL = "https://missesgis.example.bj"
MISSESGIS_YEAR = "2025"


def _envelope_subject(code: str) -> str:
    """A Mailable's ``subject: '...' . date('Y'),`` (the one subject of its ``envelope()``)."""
    found = re.findall(r"subject:\s*'((?:[^'\\]|\\.)*)'(\s*\.\s*date\('Y'\))?,", code)
    if len(found) != 1:
        raise ValueError(f"{len(found)} subjects")
    text, year = found[0]
    return text.replace("\\'", "'") + (MISSESGIS_YEAR if year else "")


def missesgis(snap: Snapshot) -> Iterator[Spec]:
    """The pageant's answer to a candidate: not retained for this edition (twice, a look-alike)
    and approved; HTML, in turn with and without a text part."""
    values = {
        "$prenom": FIRST,
        "$nom": LAST,
        "$email": OWNER[1],
        "date('Y')": MISSESGIS_YEAR,
        "url('/connexion')": f"{MISSESGIS_URL}/connexion",
        "env('MAIL_FROM_ADDRESS', 'contact@reine-esgis.com')": MISSESGIS_SENDER[1],
    }
    n = 0
    for mailable, (view, category, variants) in MISSESGIS_MAILS.items():
        code = snap.read(MISSESGIS, MISSESGIS_COMMIT, f"app/Mail/{mailable}.php")
        path = f"resources/views/emails/{view}.blade.php"
        html = _blade_view(snap.read(MISSESGIS, MISSESGIS_COMMIT, path), values, {})
        for _ in range(variants):
            yield _html_spec(
                "missesgis/fr",
                blob_url(MISSESGIS, MISSESGIS_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html),
                subject=_envelope_subject(code),
                company="n/a",
                role="n/a",
                sender=MISSESGIS_SENDER,
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


MAPPE = "jonathanfuhr/mappe"
MAPPE_COMMIT = "dfacc9c52ed867feeee56173720bcbda58cc8871"
MAPPE_PATH = "apps/api/src/seed/vorlagen.ts"
# template type -> category. An Absage to a speculative application ("keine passende Stelle
# frei", the documents kept on request) is a rejection, as statik/nl's no-opening reply is.
MAPPE_TYPES = {
    "EINGANGSBESTAETIGUNG": "acknowledgement",
    "EINLADUNG": "interview_invitation",
    "ZUSAGE": "offer",
    "ABSAGE": "rejection",
    "INITIATIV_ABSAGE": "rejection",
    "NACHFRAGE": "other",
}
# Ours: the date of receipt (de-DE long, as the app formats it), and the applicant's
# salutation, which the Sie form's $ANREDE_FORMELL builds on (HERR, as formelleAnrede does).
MAPPE_RECEIVED = "14. Oktober 2025"
PLACEHOLDER = r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Z][A-Z0-9_]*)"


def _mappe_templates(source: str) -> list[tuple[str, str, str, str]]:
    """(type, tone, subject, body) of the seeded ``VORLAGEN`` entries, in order."""
    found = re.findall(
        r"\{\s*name: '[^']*',\s*type: '(\w+)',\s*tone: '(\w+)',\s*sortOrder: \d+,"
        r"\s*subject: '([^']*)',\s*body: `([^`]*)`,\s*\}",
        source,
    )
    if not found:
        raise ValueError("no seeded templates")
    return [(kind, tone, subject, body) for kind, tone, subject, body in found]


def _mappe_fill(template: str, values: Mapping[str, str]) -> str:
    """``$NAME`` / ``${NAME}`` filled (an unknown placeholder raises), then the gaps tidied as
    the app's ``glaetteText`` does: runs of blanks, a blank before punctuation, more than one
    empty line, trailing blanks."""

    def fill(m: re.Match[str]) -> str:
        name = (m.group(1) or m.group(2)).upper()
        if name not in values:
            raise ValueError(f"unknown placeholder {name}")
        return values[name]

    text = re.sub(PLACEHOLDER, fill, template)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.;:!?])", r"\1", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return re.sub(r"(?m)[ \t]+$", "", text).strip()


def mappe(snap: Snapshot) -> Iterator[Spec]:
    """The tracker's twelve seeded replies (six kinds, Sie and du), sent as plain text from the
    applications mailbox under the sending user's and the organisation's name; in turn plain,
    wrapped at 72 columns and with an HTML part."""
    source = snap.read(MAPPE, MAPPE_COMMIT, MAPPE_PATH)
    url = blob_url(MAPPE, MAPPE_COMMIT, MAPPE_PATH)
    for n, (kind, tone, subject, body) in enumerate(_mappe_templates(source)):
        if kind not in MAPPE_TYPES:
            raise ValueError(f"unknown template type {kind}")
        category = MAPPE_TYPES[kind]
        f = fill_for("mappe/de", f"{kind}:{tone}", "de", 0)
        speculative = kind == "INITIATIV_ABSAGE"
        values = {
            "ANREDE_FORMELL": f"Sehr geehrter Herr {LAST}",
            "ANREDE_DU": f"Hallo {FIRST}",
            "STELLE": "Initiativbewerbung" if speculative else f.role,
            "ORGANISATION": f.company,
            "EINGANGSDATUM": MAPPE_RECEIVED,
            "BEARBEITER": f.person,
        }
        yield _spec(
            "mappe/de",
            url,
            category,
            subject=_mappe_fill(subject, values),
            text=_mappe_fill(body, values) + "\n",
            company=f.company,
            role="n/a" if speculative else f.role,
            labels_on_rejection=True,
            sender=(f"{f.person} – {f.company}", f"bewerbung@{f.domain}"),
            noreply=False,
            fmt=("plain", "wrapped", "html")[n % 3],
        )
