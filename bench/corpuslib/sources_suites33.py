"""Recipes for session 33's sources33 (issue 11): German look-alikes that share a job refusal's
words, from a medical research-data portal and a start-up award's selection committee.

FDPG (medizininformatik-initiative/fdpg-api, the API of the Forschungsdatenportal für
Gesundheit, through which researchers apply for routine clinical data of the German university
hospitals; NestJS, mail through Sendinblue): the status mails to the applicant of a project
proposal: rejected on formal grounds ("Ihr Projektantrag ... wurde aus formalen Gründen
abgelehnt"), returned for rework, submitted and forwarded to the sites. An application refused,
but no job: look-alikes.

Rotary Startup Award (Mbaldek/RotaryEventManagement, the platform of a Rotary start-up
competition; React and Supabase, mail through Resend): the committee's pre-written mail to the
applicants not selected ("Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung für
die nächste Etappe in diesem Jahr nicht berücksichtigen können") and to those selected, in
French, English and German, in the platform's HTML shell. A "Bewerbung" refused by a
"Auswahlkommission", but for an award: look-alikes.

HPI workshop portal (hpi-swt2/workshop-portal, the Hasso-Plattner-Institut's portal for its
pupils' workshops and camps; Rails): the two mail templates the portal ships for the organisers,
the refusal to an applicant ("Liebe Bewerberin / lieber Bewerber, leider müssen wir Dir
mitteilen, dass Du für X nicht zugelassen wurdest") and the acceptance. A place in a camp,
no job: look-alikes."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator

from .fill import Spec
from .snapshot import Snapshot, blob_url
from .sources_trackers import _spec
from .templating import fill_exact

FDPG = "medizininformatik-initiative/fdpg-api"
# The last commit before the status mails moved to Sendinblue's stored templates (ids, no text
# in the repository); the files are unchanged since 2025.
FDPG_COMMIT = "de2ac9b54a04f514ea64f1368baf0e573ffd8a0b"
FDPG_DIR = "src/modules/event-engine/events/status-change"
# file (without .emails.ts): (the function building the applicant's mail, category, variants).
# The contracting mail is left out: its text is an array of consts joined at run time.
FDPG_MAILS = {
    "proposal-rejected": ("getProposalRejectEmailForOwner", "not_a_job", 2),
    "proposal-rework": ("getProposalReworkEmailForOwner", "other", 1),
    "proposal-submitted": ("getProposalSubmitEmailForOwner", "other", 1),
    "proposal-location-check": ("getProposalLocationCheckEmailForOwner", "other", 1),
}
# Ours: the project abbreviations (the applicant's) and the proposal page's address.
FDPG_PROJECTS = ("DIAB-RISK", "SEPSIS-ML", "HF-COHORT")
FDPG_URL = "https://antrag.forschen-fuer-gesundheit.de/proposals/{n}/details"

_TS_STR = r"'((?:[^'\\]|\\.)*)'"
_TS_TEMPLATE = r"`((?:[^`\\]|\\.)*)`"


def _js_unescape(text: str) -> str:
    """A JavaScript string literal's body as its value: ``\\n``, ``\\t`` and escaped quotes,
    backticks and backslashes (an escape it does not know raises)."""
    simple = {"n": "\n", "t": "\t", "'": "'", '"': '"', "`": "`", "\\": "\\"}

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in simple:
            raise ValueError(f"unknown escape {m.group(0)!r}")
        return simple[m.group(1)]

    return re.sub(r"\\(.)", sub, text)


def _ts_email(source: str, name: str) -> tuple[str, str]:
    """The ``subject`` literal and the ``text`` template literal of the ``IEmail`` that
    ``export const name = (...)`` returns, unescaped, its ``${...}`` left in place; a function
    not there, or one whose text is not a single template literal, raises."""
    start = source.find(f"export const {name} = (")
    if start < 0:
        raise ValueError(f"no {name}")
    end = source.find("\nexport const ", start + 1)
    body = source[start : end if end > 0 else len(source)]
    subject = re.search(rf"\bsubject:\s*{_TS_STR}", body)
    text = re.search(rf"\btext:\s*{_TS_TEMPLATE}", body)
    if not subject or not text:
        raise ValueError(f"{name}: no subject or text literal")
    return _js_unescape(subject.group(1)), _js_unescape(text.group(1))


def _dotenv(source: str, key: str) -> str:
    """A ``KEY=value`` line's value (quotes removed); a key not there raises."""
    m = re.search(rf"^{key}=(.*)$", source, re.M)
    if not m:
        raise KeyError(key)
    return m.group(1).strip().strip('"')


def fdpg(snap: Snapshot) -> Iterator[Spec]:
    """The portal's status mails to a proposal's applicant, as Sendinblue sends them (text
    only), from the sender the repository's ``.env`` configures."""
    unit = "fdpg/de"
    env = snap.read(FDPG, FDPG_COMMIT, ".env")
    sender = (_dotenv(env, "SENDINBLUE_SENDER_NAME"), _dotenv(env, "SENDINBLUE_SENDER_MAIL"))
    n = 0
    for stem, (function, category, variants) in FDPG_MAILS.items():
        path = f"{FDPG_DIR}/{stem}.emails.ts"
        subject, text = _ts_email(snap.read(FDPG, FDPG_COMMIT, path), function)
        for _ in range(variants):
            values = {
                "proposal.projectAbbreviation": FDPG_PROJECTS[n % len(FDPG_PROJECTS)],
                "proposalUrl": FDPG_URL.format(n=f"66f1c0a9e2b4{4711 + n:04d}"),
            }
            yield _spec(
                unit,
                blob_url(FDPG, FDPG_COMMIT, path),
                category,
                subject=subject,
                text=fill_exact(text, r"\$\{([^}]+)\}", values),
                company="n/a",
                role="n/a",
                sender=sender,
                noreply=True,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


RSA = "Mbaldek/RotaryEventManagement"
RSA_COMMIT = "cf677aef6218edcb18472b2c8de9857f652e4063"
RSA_TEMPLATES_PATH = "src/components/rsa/communicate/i18n.js"
RSA_SHELL_PATH = "src/components/rsa/admin/platform/comms/EmailPreview.jsx"
RSA_SEND_PATH = "supabase/functions/send-bulk/index.ts"
RSA_LANGS = ("fr", "en", "de")
# kind: category. Not selected for the award's next stage: a refusal, no job.
RSA_KINDS = {"unselected": "not_a_job", "selected": "other"}
RSA_NAME = "Rotary Startup Award"


def _js_block(source: str, start: int) -> str:
    """The text between the ``{`` or ``[`` at ``start`` and its matching bracket, skipping
    brackets inside single-quoted strings; an unclosed block raises."""
    close = {"{": "}", "[": "]"}[source[start]]
    depth, i, quote = 0, start, False
    while i < len(source):
        c = source[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == "'":
                quote = False
        elif c == "'":
            quote = True
        elif c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                if c != close:
                    raise ValueError("unbalanced block")
                return source[start + 1 : i]
        i += 1
    raise ValueError("unclosed block")


def _js_object(source: str, key: str) -> str:
    """The body of ``key: {`` (or ``const key = {``) at its first occurrence; missing raises."""
    m = re.search(rf"(?:\b{key}:\s*|const {key} = )([{{\[])", source)
    if not m:
        raise ValueError(f"no {key}")
    return _js_block(source, m.start(1))


def _rsa_templates(source: str) -> dict[str, dict[str, tuple[str, str]]]:
    """kind -> language -> (subject, body) of ``COMMUNICATE_TEMPLATES``: each subject a
    string, each body an array of strings joined with newlines as ``.join('\\n')`` does; a
    kind or language without both raises."""
    templates = _js_object(source, "COMMUNICATE_TEMPLATES")
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for kind in RSA_KINDS:
        block = _js_object(templates, kind)
        subjects = dict(re.findall(rf"\b(\w+):\s*{_TS_STR}", _js_object(block, "subject")))
        bodies = _js_object(block, "body")
        out[kind] = {}
        for lang in RSA_LANGS:
            m = re.search(rf"\b{lang}:\s*\[", bodies)
            if not m or lang not in subjects:
                raise ValueError(f"{kind}/{lang}: no subject or body")
            lines = re.findall(_TS_STR, _js_block(bodies, m.end() - 1))
            out[kind][lang] = (
                _js_unescape(subjects[lang]),
                "\n".join(_js_unescape(line) for line in lines),
            )
    return out


def _rsa_markdown(markdown: str) -> str:
    """The platform's light Markdown as ``markdownToHtml`` renders it, for what the templates
    use: paragraphs at blank lines (single newlines as ``<br/>``), ``**bold**`` and
    ``*italic*`` after escaping; any other block (heading, rule, quote, list, link) raises."""
    out = []
    for raw in re.split(r"\n\s*\n", markdown.replace("\r\n", "\n")):
        block = raw.strip()
        if not block:
            continue
        if re.match(r"^(#{1,6}\s|-{3,}|_{3,}|>|[-*]\s)", block) or "](" in block:
            raise ValueError(f"unsupported Markdown block {block[:30]!r}")
        lines = []
        for line in block.split("\n"):
            bold = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", html_lib.escape(line))
            lines.append(re.sub(r"\*([^*]+)\*", r"<em>\1</em>", bold))
        out.append(f"<p>{'<br/>'.join(lines)}</p>")
    return "".join(out)


def _rsa_shell(source: str) -> dict[str, dict[str, str]]:
    """language -> the shell's words from ``EmailPreview.jsx``: eyebrow, signature, the
    footer's no-reply line and contact label, and the contact address; missing raises."""
    eyebrow = dict(re.findall(rf"\b(\w+):\s*{_TS_STR}", _js_object(source, "EYEBROW_BY_LANG")))
    signature = dict(re.findall(rf"\b(\w+):\s*{_TS_STR}", _js_object(source, "SIGNATURE_BY_LANG")))
    footers = _js_object(source, "FOOTER_BY_LANG")
    contact = re.search(rf"const CONTACT_EMAIL = {_TS_STR}", source)
    if not contact:
        raise ValueError("no CONTACT_EMAIL")
    out = {}
    for lang in RSA_LANGS:
        footer = dict(re.findall(rf"\b(\w+):\s*{_TS_STR}", _js_object(footers, lang)))
        out[lang] = {
            "eyebrow": _js_unescape(eyebrow[lang]),
            "signature": _js_unescape(signature[lang]),
            "contact": _js_unescape(footer["contact"]),
            "noReply": _js_unescape(footer["noReply"]),
            "address": contact.group(1),
        }
    return out


def _rsa_html(subject: str, body: str, lang: str, shell: dict[str, str]) -> str:
    """``buildEmailHtml``'s page without its styling: the hidden preheader, the heading and
    eyebrow, the body, the signature and the footer, in the shell's order."""
    esc = html_lib.escape
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"/>'
        f"<title>{esc(subject)}</title></head><body>"
        f'<div style="display:none; max-height:0; overflow:hidden;">{esc(subject)} — '
        f"{RSA_NAME}</div>"
        f"<table><tr><td><div>{RSA_NAME}</div><div>{esc(shell['eyebrow'])}</div></td></tr>"
        f"<tr><td>{_rsa_markdown(body)}<p><em>{esc(shell['signature'])}</em></p></td></tr>"
        f"<tr><td>{RSA_NAME}<br />{esc(shell['noReply'])}<br />{esc(shell['contact'])} "
        f'<a href="mailto:{shell["address"]}">{shell["address"]}</a></td></tr></table>'
        "</body></html>"
    )


def rsa(snap: Snapshot) -> Iterator[Spec]:
    """The committee's two pre-written mails in each language, in the platform's HTML shell,
    as send-bulk hands them to Resend (HTML only), from its sender and reply-to."""
    templates = _rsa_templates(snap.read(RSA, RSA_COMMIT, RSA_TEMPLATES_PATH))
    shells = _rsa_shell(snap.read(RSA, RSA_COMMIT, RSA_SHELL_PATH))
    send = snap.read(RSA, RSA_COMMIT, RSA_SEND_PATH)
    sender = re.search(r'const FROM = "([^"<]+) <([^>]+)>";', send)
    reply_to = re.search(r'const REPLY_TO = "([^"]+)";', send)
    if not sender or not reply_to:
        raise ValueError("no FROM or REPLY_TO in send-bulk")
    url = blob_url(RSA, RSA_COMMIT, RSA_TEMPLATES_PATH)
    for lang in RSA_LANGS:
        for kind, category in RSA_KINDS.items():
            subject, body = templates[kind][lang]
            yield _spec(
                f"rsa/{lang}",
                url,
                category,
                subject=subject,
                text=body,
                html=_rsa_html(subject, body, lang, shells[lang]),
                company="n/a",
                role="n/a",
                sender=(sender.group(1).strip(), sender.group(2)),
                reply_to=reply_to.group(1),
                noreply=True,
                fmt="html_only",
            )


HPIWS = "hpi-swt2/workshop-portal"
HPIWS_COMMIT = "5166b95e4b15fffc564c062b4443579f179e4bb5"
HPIWS_PATH = "db/sample_data/email_templates.rb"
# template function: (category, the values its "TODO" gaps take in order, one list a mail).
# Ours: the workshops' names and dates an organiser puts in place of the gaps.
HPIWS_MAILS: dict[str, tuple[str, list[list[str]]]] = {
    "email_template_rejection": (
        "not_a_job",
        [["Schülerkolleg Informatik"] * 2, ["Sommercamp Design Thinking"] * 2],
    ),
    "email_template_acceptance": (
        "other",
        [["Sommercamp Design Thinking", "Sommercamp Design Thinking", "14.07.", "18.07.2025"]],
    ),
}
# Ours: the sender (config.from_address is the deployment's SMTP_ADDRESS).
HPIWS_SENDER = ("HPI-Workshop-Team", "noreply@hpi.de")


def _ruby_email_template(source: str, name: str) -> tuple[str, str]:
    """The ``subject`` (double-quoted) and ``content`` (single-quoted, ``\\'`` unescaped) of
    the ``EmailTemplate.new`` that ``def name`` builds; a missing one raises."""
    start = source.find(f"def {name}\n")
    if start < 0:
        raise ValueError(f"no {name}")
    end = source.find("\nend", start)
    body = source[start : end if end > 0 else len(source)]
    subject = re.search(r'\bsubject:\s*"((?:[^"\\]|\\.)*)"', body)
    content = re.search(r"\bcontent:\s*'((?:[^'\\]|\\.)*)'", body)
    if not subject or not content:
        raise ValueError(f"{name}: no subject or content")
    return subject.group(1), re.sub(r"\\([\\'])", r"\1", content.group(1))


def _fill_gaps(text: str, gap: str, values: list[str]) -> tuple[str, list[str]]:
    """``text`` with each ``gap`` replaced by the next of ``values`` in order, and the values
    left; too few values raises."""
    parts = text.split(gap)
    if len(parts) - 1 > len(values):
        raise ValueError(f"{len(parts) - 1} gaps, {len(values)} values")
    out = parts[0]
    for part, value in zip(parts[1:], values, strict=False):
        out += value + part
    return out, values[len(parts) - 1 :]


def hpiworkshop(snap: Snapshot) -> Iterator[Spec]:
    """The portal's two shipped templates, their gaps filled, as ``generic_email`` sends
    them: the text part as written, an HTML part beside it (ours; the app renders the
    Markdown with its helper)."""
    unit = "hpiworkshop/de"
    source = snap.read(HPIWS, HPIWS_COMMIT, HPIWS_PATH)
    url = blob_url(HPIWS, HPIWS_COMMIT, HPIWS_PATH)
    n = 0
    for name, (category, fills) in HPIWS_MAILS.items():
        subject, content = _ruby_email_template(source, name)
        for values in fills:
            subject_filled, rest = _fill_gaps(subject, "TODO", values)
            text, rest = _fill_gaps(content, "TODO", rest)
            if rest:
                raise ValueError(f"{name}: {len(rest)} values unused")
            yield _spec(
                unit,
                url,
                category,
                subject=subject_filled,
                text=text,
                company="n/a",
                role="n/a",
                sender=HPIWS_SENDER,
                noreply=True,
                fmt=("plain", "html")[n % 2],
            )
            n += 1
