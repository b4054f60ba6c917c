"""Recipes for session 32's sources28 (issue 11): a Colombian duty-free retailer's corporate
portal and a Nigerian table-water maker's careers site.

Duty Free Partners (Kors-code/Portal-Corporativo-SkyFreeShop, the corporate portal of Duty
Free Partners Colombia, the SkyFree shops; Laravel, mail through MailerSend): the two mails
the recruiting screen's "enviar correo" sends a candidate: advancing to the interview ("avanzas
en nuestro proceso") and the refusal ("En esta ocasión, tu perfil no se ajusta del todo a lo
que estamos buscando para esta vacante"), each with its HTML and its own short text part.

Fizam Table Water (tedris94/fizam-table-water, the website of a Nigerian table-water maker,
with its shop and careers pages; Next.js and Payload, mail through SMTP): the default careers
templates an applicant gets on each status: received, shortlisted, approved and the refusal
("After careful consideration, we will not be progressing your application further for this
role at this time"). Read with ``read_file`` and stored as a plain file (no snapshot could be
fetched)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import pairwise

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_trackers import _spec
from .templating import fill_exact

DUTYFREE = "Kors-code/Portal-Corporativo-SkyFreeShop"
DUTYFREE_COMMIT = "9b54d7b0fd70e6e0ebfe3b131a9ddbc79be557f5"
DUTYFREE_PATH = "Backend/app/Http/Controllers/CandidatoController.php"
# branch of ``enviarCorreo`` (the ``$estado`` it tests, "else" for the other): category.
DUTYFREE_MAILS = {"aprobado": "moving_forward", "else": "rejection"}
# The company as its mail names it (the sender's display name; "Equipo Duty Free Partners
# Colombia" signs).
DUTYFREE_COMPANY = "Duty Free Partners"

_PHP_STR = r"'(?:[^'\\]|\\.)*'"
_PHP_VAR = r"\$\w+(?:->\w+)*"
_PHP_TERM = rf"(?:{_PHP_STR}|{_PHP_VAR})"
_PHP_ARG = re.compile(rf"->(\w+)\(\s*({_PHP_TERM}(?:\s*\.\s*{_PHP_TERM})*)\s*\)")
_PHP_PART = re.compile(rf"({_PHP_STR})|({_PHP_VAR})")


def _php_concat(expr: str, values: dict[str, str]) -> str:
    """A PHP concatenation of single-quoted literals and variables, each variable by its exact
    text in ``values`` (``$candidato->nombre``); a variable not there raises."""
    out = []
    for literal, var in _PHP_PART.findall(expr):
        if literal:
            out.append(re.sub(r"\\([\\'])", r"\1", literal[1:-1]))
        elif var in values:
            out.append(values[var])
        else:
            raise KeyError(var)
    return "".join(out)


def _dutyfree_mails(source: str, values: dict[str, str]) -> dict[str, dict[str, str]]:
    """branch -> the ``EmailParams`` setters' values (``setFrom``, ``setSubject``, ``setHtml``,
    ``setText``, ...) of each ``$emailParams = (new EmailParams())`` chain in ``enviarCorreo``;
    the branch is the ``$estado === "..."`` before it or "else", plus the recipient's name
    (``new Recipient($candidato->email, '...')``) under ``to_name``."""
    start = source.find("function enviarCorreo(")
    if start < 0:
        raise ValueError("no enviarCorreo")
    body = source[start : source.find("\n}\n", start)]
    to = re.search(r"new Recipient\(\$candidato->email, '([^']*)'\)", body)
    if not to:
        raise ValueError("no Recipient")
    chains = body.split("$emailParams = (new EmailParams())")
    mails: dict[str, dict[str, str]] = {}
    for before, after in pairwise(chains):
        cond = re.findall(r'\$estado === "(\w+)"\)\s*\{\s*$', before)
        branch = cond[-1] if cond else "else"
        if "');" not in after:
            raise ValueError("an EmailParams chain without its end")
        chain = after.split("');", 1)[0] + "')"
        setters = {
            name: _php_concat(expr, values)
            for name, expr in _PHP_ARG.findall(chain)
            if name != "setRecipients"
        }
        mails[branch] = {**setters, "to_name": to.group(1)}
    if not mails:
        raise ValueError("no EmailParams chain")
    return mails


def dutyfree(snap: Snapshot) -> Iterator[Spec]:
    """Duty Free Partners' two candidate mails, as MailerSend sends them: the HTML and the
    short text part the code sets beside it, from its no-reply sender, to the name the code
    gives every recipient (the company's: "DutyFreePartners")."""
    unit = "dutyfree/es"
    source = snap.read(DUTYFREE, DUTYFREE_COMMIT, DUTYFREE_PATH)
    mails = _dutyfree_mails(source, {"$candidato->nombre": OWNER[0]})
    url = blob_url(DUTYFREE, DUTYFREE_COMMIT, DUTYFREE_PATH)
    for branch, category in DUTYFREE_MAILS.items():
        m = mails[branch]
        yield _spec(
            unit,
            url,
            category,
            subject=m["setSubject"],
            text=m["setText"],
            html=f"<html><body>{m['setHtml'].strip()}</body></html>",
            company=DUTYFREE_COMPANY,
            role="n/a",
            labels_on_rejection=True,
            sender=(m["setFromName"], m["setFrom"]),
            reply_to=f"{m['setReplyToName']} <{m['setReplyTo']}>",
            noreply=True,
            fmt="html",
            to=(m["to_name"], OWNER[1]),
        )


FIZAM = "tedris94/fizam-table-water"
# src/lib/emailTemplateCatalog.ts read with read_file at this commit; the four careers templates
# to the applicant transcribed verbatim into careers_templates.json (its "_source").
FIZAM_READ_AT = "83adfa511942a2d8d9b2e729fef50b20794f414e"
FIZAM_SOURCE_PATH = "src/lib/emailTemplateCatalog.ts"
FIZAM_MAILS_PATH = "careers_templates.json"
# slug: category. "Approved at this stage", the offer's details to follow: moving forward.
FIZAM_MAILS = {
    "careers-application-received": "acknowledgement",
    "careers-application-shortlisted": "moving_forward",
    "careers-application-approved": "moving_forward",
    "careers-application-rejected": "rejection",
}
FIZAM_COMPANY = "Fizam Table Water"
# Ours: the sender (SMTP_FROM_CAREERS is configuration) and the application reference (the
# catalogue's sample's form); the reply-to is careersContactEmail(), the sample's address.
FIZAM_SENDER = ("Fizam Table Water Careers", "careers@fizam.ng")
FIZAM_REF = "FZ-APP-2025-000{n}"


def _fizam_render(template: str, ref_block: str, values: dict[str, str]) -> str:
    """A catalogue template as ``renderEmailTemplate`` fills it: ``${REF_BLOCK}`` (the module
    constant the literal interpolates) first, then every ``{{name}}`` exactly."""
    return fill_exact(template.replace("${REF_BLOCK}", ref_block), r"\{\{(\w+)\}\}", values)


def fizam(snap: Snapshot) -> Iterator[Spec]:
    """Fizam Table Water's careers mail to an applicant, one per status: the catalogue's text
    and its HTML (in a plain page: the careers layout's shell is not read), from our careers
    sender, replies to the careers address."""
    unit = "fizam/en"
    mails = json.loads(snap.read(FIZAM, FIZAM_READ_AT, FIZAM_MAILS_PATH))
    url = blob_url(FIZAM, FIZAM_READ_AT, FIZAM_SOURCE_PATH)
    for n, (slug, category) in enumerate(FIZAM_MAILS.items()):
        mail = mails[slug]
        f = fill_for(unit, slug, "en", 0)
        values = {
            "firstName": OWNER[0].split()[0],
            "applicantName": OWNER[0],
            "jobTitle": f.role,
            "applicationRef": FIZAM_REF.format(n=41 + n),
            "statusLabel": mail["statusLabel"],
            "careersEmail": mail["careersEmail"],
        }
        html = _fizam_render(mail["htmlBody"], mails["_ref_block"], values)
        yield _spec(
            unit,
            url,
            category,
            subject=_fizam_render(mail["subject"], "", values),
            text=_fizam_render(mail["textBody"], "", values),
            html=f"<html><body>{html}</body></html>",
            company=FIZAM_COMPANY,
            role=f.role,
            labels_on_rejection=True,
            sender=FIZAM_SENDER,
            reply_to=mail["careersEmail"],
            noreply=False,
            fmt="html",
        )
