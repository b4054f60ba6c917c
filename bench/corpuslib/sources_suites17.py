"""Recipes for session 30's sources17 (issue 11): look-alikes in French from a property platform,
a Dutch recruitment agency's default candidate mail and a Paris accounting firm's own refusal.

ImmoCG (gloryngoulou-dev/immocg, a property-listing platform in Brazzaville, Node with Resend):
the mail its back end sends a client whose visit or reservation request an agency decided on,
and an agency whose partnership request the platform decided on. Its no ("Votre demande n'a pas
été retenue" in the subject, "Demande non retenue" heading, "Ce bien a été réservé par un autre
client") shares the words of a job refusal ("demande", "retenue", "un autre client") but refuses
a flat visit or a business partnership: ``not_a_job``. Its yes (reservation confirmed, partner
account activated) and its review invitation are ``other``. The templates are JavaScript
template literals; their ``${...}`` expressions are filled exactly (an unknown one raises), the
reservation mail's ``statut`` ternaries resolved per status."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_function, js_literal

IMMOCG = "gloryngoulou-dev/immocg"
IMMOCG_COMMIT = "d4a8ac45e00a9989189e8fdc0dc6b5fdd0122b74"
IMMOCG_PATH = "backend/routes/email.js"
# The code's own sender (Resend's shared test address) and SITE_URL default; the rest ours: the
# agency, the WhatsApp number (the code's default is a person's), the property and the payment.
IMMOCG_SENDER = ("ImmoCG", "onboarding@resend.dev")
IMMOCG_SITE = "https://immocg.onrender.com"
IMMOCG_AGENCY = "Agence Horizon Immobilier"
IMMOCG_VALUES = {
    "reservation.client_nom": OWNER[0],
    "SITE_URL": IMMOCG_SITE,
    "CONTACT_WHATSAPP": "+242 06 000 00 00",
    "agence.nom_agence": IMMOCG_AGENCY,
    "agence.email": "contact@horizon-immobilier.example.cg",
    "bien.titre || bien.type || ''": "Appartement F3 meublé",
    "dateVisite": "jeudi 12 mars",
    "bien.quartier || ''": "Moungali",
    "bien.ville || 'Brazzaville'": "Brazzaville",
    "paiementInfo.montant.toLocaleString('fr-FR')": "150 000",
    "paiementInfo.mode": "Mobile Money",
    "paiementInfo.reference": "RES-2026-0412",
    "paiementInfo.telephone": "+242 06 000 00 00",
    "paiementInfo.details": "Indiquez la référence dans le motif du transfert.",
    "lienAvis": f"{IMMOCG_SITE}/avis.html?reservation=412",
}
# (status, category, variants): the reservation mail's three outcomes.
IMMOCG_RESERVATION = [
    ("refusee", "not_a_job", 2),
    ("expiree", "not_a_job", 1),
    ("confirmee", "other", 1),
]
STATUT_TERNARY = (
    r"\$\{\s*statut === 'expiree'\s*\?\s*'((?:[^'\\]|\\.)*)'\s*:\s*'((?:[^'\\]|\\.)*)'\s*\}"
)


def _js_unquote(text: str) -> str:
    """A single-quoted JavaScript string's body with its ``\\'`` escapes undone."""
    return text.replace("\\'", "'")


def _subject(function: str) -> str:
    """The one plain ``subject: '...'`` of a function that sends one mail."""
    m = re.search(r"subject: '((?:[^'\\]|\\.)*)'", function)
    if m is None:
        raise ValueError("no subject")
    return _js_unquote(m.group(1))


def _resolve_statut(literal: str, statut: str) -> str:
    """The literal with each ``${statut === 'expiree' ? 'A' : 'B'}`` resolved for ``statut``."""
    return re.sub(
        STATUT_TERNARY,
        lambda m: _js_unquote(m.group(1) if statut == "expiree" else m.group(2)),
        literal,
    )


def _reservation_subjects(function: str) -> dict[str, str]:
    """The reservation mail's subject per status, from its nested ``sujet`` ternary."""
    m = re.search(r"(?s)const sujet = estConfirmee(.*?)\n\n", function)
    if m is None:
        raise ValueError("no sujet")
    quoted = [_js_unquote(q) for q in re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(1))]
    if len(quoted) != 4 or quoted[1] != "expiree":
        raise ValueError(f"unexpected sujet: {quoted!r}")
    return {"confirmee": quoted[0], "expiree": quoted[2], "refusee": quoted[3]}


def immocg(snap: Snapshot) -> Iterator[Spec]:
    """The platform's decisions: a client's visit request not retained (twice), the property
    reserved by another client, the partnership request refused (``not_a_job``); the
    reservation confirmed (its PDF contract left out), the partner account activated, the
    review invitation (``other``). HTML, in turn with and without a text part."""
    source = snap.read(IMMOCG, IMMOCG_COMMIT, IMMOCG_PATH)
    url = blob_url(IMMOCG, IMMOCG_COMMIT, IMMOCG_PATH)
    mails: list[tuple[str, str, str]] = []  # (category, subject, html)

    reservation = js_function(source, "envoyerEmailReservation")
    subjects = _reservation_subjects(reservation)
    confirmed = js_literal(reservation, "const html = estConfirmee ?")
    after = reservation.index("</div>` : `") + len("</div>` : ")
    not_confirmed = js_literal(reservation[after:], "`")
    payment = js_literal(reservation, "const blocPaiement = estConfirmee ?")
    values = {**IMMOCG_VALUES, "blocPaiement": fill_js(payment, IMMOCG_VALUES)}
    for statut, category, variants in IMMOCG_RESERVATION:
        literal = confirmed if statut == "confirmee" else _resolve_statut(not_confirmed, statut)
        for _ in range(variants):
            mails.append((category, subjects[statut], fill_js(literal, values)))

    refus = js_function(source, "envoyerEmailRefus")
    mails.append(("not_a_job", _subject(refus), fill_js(js_literal(refus, "html: `"), values)))
    activation = js_function(source, "envoyerEmailActivation")
    agency_subject = _subject(activation.split("to: ADMIN_EMAIL")[0])
    agency_html = fill_js(js_literal(activation, "const htmlAgence ="), values)
    mails.append(("other", agency_subject, agency_html))
    avis = js_function(source, "envoyerEmailInvitationAvis")
    mails.append(("other", _subject(avis), fill_js(js_literal(avis, "html: `"), values)))

    for n, (category, subject, html) in enumerate(mails):
        yield _html_spec(
            "immocg/fr",
            url,
            category,
            re.sub(r"\s+", " ", html),
            subject=subject,
            company="n/a",
            role="n/a",
            sender=IMMOCG_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


MOVEMAKER = "nielsvg22/themovemakers"
# A plain-file source: read with read_file at this commit (no snapshot could be fetched).
MOVEMAKER_READ_AT = "88e4d1789ef9cfa989e339147c181c36bbc415bc"
MOVEMAKER_PATH = "lib/admin/default-templates.ts"
# template name -> (category, stage, variants)
MOVEMAKER_MAILS = {
    "Uitnodiging korte kennismaking": ("interview_invitation", "n/a", 1),
    "Uitnodiging gesprek": ("interview_invitation", "n/a", 1),
    "Kandidatenpool": ("rejection", "application", 2),
    "Afwijzing": ("rejection", "application", 2),
}
# Ours: the recruiter who signs and sends, and the interview's empty date and place lines.
MOVEMAKER_RECRUITER = ("Sanne de Vries", "sanne@themovemaker.example.nl")
MOVEMAKER_LINES = {
    "Datum en tijd: \n": "Datum en tijd: dinsdag 14 april, 10.00 uur\n",
    "Locatie: \n": "Locatie: Deventerstraat 40, Apeldoorn\n",
}


def _ts_templates(source: str) -> dict[str, tuple[str, str]]:
    """name -> (subject, content) of a TypeScript array of ``{ name, subject, content }`` with
    single-quoted strings (``\\n`` and ``\\'`` escapes undone)."""
    q = r"'((?:[^'\\]|\\.)*)'"
    found = re.findall(rf"name: {q},\s*subject: {q},\s*content:\s*{q}", source)
    if not found:
        raise ValueError("no templates")
    return {
        name: (_js_unquote(subject), _js_unquote(content).replace("\\n", "\n"))
        for name, subject, content in found
    }


def movemaker(snap: Snapshot) -> Iterator[Spec]:
    """The agency's default candidate mail: two invitations, the talent-pool reply and the
    refusal (twice each); plain text, in turn hard-wrapped, from the recruiter."""
    source = snap.read(MOVEMAKER, MOVEMAKER_READ_AT, MOVEMAKER_PATH)
    url = blob_url(MOVEMAKER, MOVEMAKER_READ_AT, MOVEMAKER_PATH)
    templates = _ts_templates(source)
    values = {"voornaam": OWNER[0].split()[0], "recruiter": MOVEMAKER_RECRUITER[0]}
    n = 0
    for name, (category, stage, variants) in MOVEMAKER_MAILS.items():
        subject, content = templates[name]
        for key, value in MOVEMAKER_LINES.items():
            content = content.replace(key, value)
        if re.search(r"(?m): $", content):
            raise ValueError(f"an empty line to fill in {name}")
        for _ in range(variants):
            yield _spec(
                "movemaker/nl",
                url,
                category,
                stage,
                subject=fill_exact(subject, r"\{\{(\w+)\}\}", values),
                text=fill_exact(content, r"\{\{(\w+)\}\}", values).strip() + "\n",
                company="The Move Maker",
                role="n/a",
                sender=MOVEMAKER_RECRUITER,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


TREVYS = "TREVYS/dd"
# A plain-file source: read with read_file at this commit (the snapshot could not be fetched).
TREVYS_READ_AT = "ff3a0675cffbd406be6a048034ccb18e6fd4baa5"
TREVYS_PATH = "src/lib/recruiting.ts"
# Ours: the firm's recruiting mailbox (the code sends from a configured Microsoft 365 account) and
# the booking link (a setting).
TREVYS_SENDER = ("Trevys", "recrutement@trevys.example.fr")
TREVYS_CALENDLY = "https://calendly.com/trevys-recrutement/entretien"


def _concatenated_literals(function: str, start: str) -> list[str]:
    """The template literals of the ``WRAP(...)`` call that follows ``start``, in order."""
    at = function.index(start)
    end = re.search(r"\n\s*\);", function[at:])
    if end is None:
        raise ValueError("no end of the call")
    literals = re.findall(r"`([^`]*)`", function[at : at + end.start()])
    if not literals:
        raise ValueError("no literals")
    return literals


def trevys(snap: Snapshot) -> Iterator[Spec]:
    """The firm's mail to an applicant: the standard refusal (twice), the interview invitation
    with the booking link and without it; HTML, in turn with and without a text part."""
    source = snap.read(TREVYS, TREVYS_READ_AT, TREVYS_PATH)
    url = blob_url(TREVYS, TREVYS_READ_AT, TREVYS_PATH)
    refusal = js_function(source, "sendRejectionForApp", "export async function")
    invite = js_function(source, "sendInterviewInviteForApp", "export async function")
    no = _concatenated_literals(refusal, ": WRAP(")
    yes = _concatenated_literals(invite, "const html = WRAP(")
    if len(yes) != 6:
        raise ValueError(f"unexpected invitation: {len(yes)} literals")
    mails = [
        ("rejection", "".join(no), _subject_literal(refusal)),
        ("rejection", "".join(no), _subject_literal(refusal)),
        ("interview_invitation", "".join(yes[:4] + yes[5:]), _subject_literal(invite)),
        ("interview_invitation", "".join(yes[:2] + yes[4:]), _subject_literal(invite)),
    ]
    for n, (category, html, subject) in enumerate(mails):
        f = fill_for("trevys/fr", category, "fr", n)
        values = {
            "esc(firstName)": OWNER[0].split()[0],
            "esc(app.jobTitle)": f.role,
            "app.jobTitle": f.role,
            "esc(calendly)": TREVYS_CALENDLY,
        }
        yield _html_spec(
            "trevys/fr",
            url,
            category,
            fill_js(html, values),
            subject=fill_js(subject, values),
            company="Trevys",
            role=f.role,
            sender=TREVYS_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


def _subject_literal(function: str) -> str:
    """The one ``subject: `...``` template literal of a function that sends one mail."""
    m = re.search(r"subject: `([^`]*)`", function)
    if m is None:
        raise ValueError("no subject")
    return m.group(1)
