"""Recipes for session 31's sources22 (issue 11): an Ecuadorian employer's selection portal, a
Dutch recruitment agency's applicant tracker, a Brazilian energy group's vacancy portal and a
Mexican recruitment agency's tracker.

SEPRIBE (sepribe2026/sepribeseleccion-, a Next.js selection portal first written for
Superdeporte S.A. / Marathon Sports and then run by SEPRIBE CIA.LTDA., Quito): one API route per
mail, each with its body as a template literal: the CV-stage refusal ("en esta ocasión no
continuaremos con tu proceso"), in both companies' versions of the code, an interview summons
(two branches), a group interview summons, the welcome with the onboarding form, and a request to
correct the onboarding file.

GRYWO (GRYWO/noah-ats, "Noah ATS", a Dutch recruitment agency's tracker): the default bodies its
mail functions render when the agency has not edited them (``DEFAULT_BODIES``), with the
subjects and headings of the functions that send them; the two refusals are the client's
("Helaas heeft de werkgever waar we je hadden voorgesteld besloten om niet verder te gaan met je
profiel", the client unnamed) and the agency's own end of the process. Read with ``read_file``
and stored as plain files (no snapshot could be fetched).

Grupo CGB (willemenezes/portal-vagas-cgb, the vacancy portal of CGB Energia / Grupo CGB, Brazil):
the recruiters' canned mails to an applicant (interview, refusal, general contact) in the two
wordings the code has had, and as look-alikes the portal's notices to its own staff: a vacancy
request refused ("Sua solicitação de vaga foi rejeitada"), a candidate refused by the legal
check, a hire.

N&G Talent Consulting (ngtalent-dotcom/ng-consulting-ats, a Mexican recruitment agency's ATS):
the recruiter's message templates on a candidate's page (next stage, interview, "hemos decidido
continuar con otros candidatos" with the client named and without, status, offer), sent through
its message function's HTML, and the application's confirmation."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_suites19 import _literal_end, _unescape
from .sources_trackers import _spec
from .templating import fill_exact, fill_js


def _literals(source: str, start: str, n: int) -> list[str]:
    """The bodies of the ``n`` template literals that follow ``start`` in ``source`` (the two
    branches of a ``cond ? `a` : `b``` are two), nested literals kept whole."""
    pos = source.index(start)
    out = []
    for _ in range(n):
        open_ = source.index("`", pos)
        end = _literal_end(source, open_ + 1)
        out.append(source[open_ + 1 : end])
        pos = end + 1
    return out


SEPRIBE = "sepribe2026/sepribeseleccion-"
SEPRIBE_COMMIT = "84bbe1c570cb880b9f94f1624cca57e15ca818af"
# The route's first version, when the portal was Superdeporte S.A.'s (Marathon Sports).
SEPRIBE_FIRST = "423a4c03754dada6f597b3540f5de68bef833550"
SEPRIBE_API = "src/app/api/{}/route.ts"
# route: (category, company the code names); the thank-you route is the refusal.
SEPRIBE_MAILS = {
    "send-thank-you-email": "rejection",
    "send-contact-email": "interview_invitation",
    "send-mass-citation": "interview_invitation",
    "send-approval-email": "offer",
    "send-rejection-onboarding": "other",
}
SEPRIBE_COMPANY = {SEPRIBE_COMMIT: "SEPRIBE CIA.LTDA.", SEPRIBE_FIRST: "Superdeporte S.A."}
# Ours: the summons' date and hour, the onboarding file's observation.
SEPRIBE_VALUES = {
    "formattedDate": "jueves, 12 de marzo de 2026",
    "time": "09:30",
    "observation": "La copia de la cédula está ilegible; súbela nuevamente.",
}


def _sender_address(source: str, variable: str) -> str:
    """The fallback address of ``const variable = process.env.X || '...'``."""
    m = re.search(rf"{variable} = process\.env\.\w+ \|\| '([^']+)'", source)
    if not m:
        raise ValueError(f"no fallback for {variable}")
    return m.group(1)


def _sepribe_route(
    snap: Snapshot, commit: str, route: str, role: str
) -> Iterator[tuple[str, str, str | None, str]]:
    """(subject, html, text or None, sender address) of each mail a route sends: the contact
    route's two branches in the code's order, the others one."""
    path = SEPRIBE_API.format(route)
    source = snap.read(SEPRIBE, commit, path)
    name = OWNER[0]
    values = {
        **SEPRIBE_VALUES,
        "name || 'Candidato/a'": name,
        "name || 'candidat@'": name,
        "name || 'Candidato'": name,
        "candidateName || 'candidato/a'": name,
        "name": name,
        "candidate.name": name,
        "cargo": role,
        "candidate.cargo": role,
        "onboardingUrl": "https://uneteanuestroequipo.ec.aseyco.com/sepribe/onboarding",
    }
    if "senderEmail =" in source:
        sender = _sender_address(source, "senderEmail")
    else:
        sender = _sender_address(source, "smtpUser")
    if route == "send-contact-email":
        subjects = _literals(source, "subject: isInterview", 2)
        bodies = _literals(source, "const htmlMessage = isInterview", 2)
        for subject, body in zip(subjects, bodies, strict=True):
            yield fill_js(subject, values), fill_js(body, values), None, sender
        return
    if route in ("send-mass-citation", "send-rejection-onboarding"):
        text = _unescape(fill_js(_literals(source, "const message = ", 1)[0], values))
        html = _literals(source, "html: ", 1)[0]
    elif route == "send-approval-email":
        text, html = None, _literals(source, "const htmlBody = ", 1)[0]
    else:
        text, html = None, _literals(source, "const htmlMessage = ", 1)[0]
    subject_m = re.search(r"subject: (?:`([^`]*)`|'([^']*)')", source)
    if not subject_m:
        raise ValueError(f"no subject in {path}")
    subject = subject_m.group(1) if subject_m.group(1) is not None else subject_m.group(2)
    yield fill_js(subject, values), fill_js(html, values), text, sender


def sepribe(snap: Snapshot) -> Iterator[Spec]:
    """SEPRIBE's selection mail to an applicant: the CV-stage refusal from both versions of the
    portal (Superdeporte's and SEPRIBE's), the interview summonses, the group interview, the
    welcome, the onboarding correction; HTML as the Graph API routes send it, text and HTML as
    the SMTP routes do."""
    unit = "sepribe/es"
    n = 0
    for route, category in SEPRIBE_MAILS.items():
        commits = [SEPRIBE_COMMIT, SEPRIBE_FIRST] if category == "rejection" else [SEPRIBE_COMMIT]
        for commit in commits:
            f = fill_for(unit, route, "es", n)
            mails = list(_sepribe_route(snap, commit, route, f.role))
            for subject, html, text, address in mails:
                company = SEPRIBE_COMPANY[commit]
                url = blob_url(SEPRIBE, commit, SEPRIBE_API.format(route))
                fields: dict[str, Any] = {
                    "subject": subject,
                    "company": company,
                    "role": f.role if f.role in subject or f.role in html else "n/a",
                    "sender": ("RRHH Selección" if text else "Talento Humano " + company, address),
                    "noreply": False,
                }
                if text is None:
                    yield _html_spec(unit, url, category, html, fmt="html_only", **fields)
                else:
                    yield _spec(
                        unit,
                        url,
                        category,
                        text=text,
                        html=f"<html><body>{html.strip()}</body></html>",
                        fmt="html",
                        **fields,
                    )
                n += 1


GRYWO = "GRYWO/noah-ats"
# mail-templates.ts read with read_file at this commit, saved verbatim; the subjects and
# headings of email.ts at 2772a282 transcribed into email_subjects.json (its "_source").
GRYWO_READ_AT = "e6dfd1ca10bdd918a157f392c462fe3d698b7d04"
GRYWO_PATH = "src/utils/mail-templates.ts"
GRYWO_SUBJECTS = "email_subjects.json"
GRYWO_EMAIL_READ_AT = "2772a2826479877bfb4202dda338110ba22ce810"
# template key: (category, stage, company, variants). The client's refusal leaves the client
# unnamed: labelled with the agency's name from ext-s33 on (before, n/a); the agency's end of
# the process is the agency's decision.
GRYWO_MAILS: dict[str, tuple[str, str, str, int]] = {
    "kandidaat_voorgesteld": ("acknowledgement", "n/a", "n/a", 1),
    "kandidaat_afwijzing": ("rejection", "application", "GRYWO", 2),
    "kandidaat_status_afwijzing": ("rejection", "unknown", "GRYWO", 2),
    "kandidaat_bevestiging": ("interview_invitation", "n/a", "n/a", 1),
    "kennismaking_reminder": ("other", "n/a", "n/a", 1),
    "kandidaat_plaatsing": ("offer", "n/a", "n/a", 1),
}
# Ours: the details table the code appends to the meeting mails (its labels, our values).
GRYWO_DETAILS = (
    "<table><tr><td>Contactpersoon</td><td>{person}</td></tr>"
    "<tr><td>Tijdstip</td><td>donderdag 12 maart 2026 om 10:00</td></tr></table>"
)


def _ts_bodies(source: str, name: str) -> dict[str, str]:
    """``key: `...`,`` members of the object literal ``name`` (no nested literals)."""
    start = source.index(f"export const {name}")
    block = source[start : source.index("\n};", start)]
    found = re.findall(r"\n  (\w+): `([^`]*)`,", block)
    if not found:
        raise ValueError(f"no members in {name}")
    return dict(found)


def grywo(snap: Snapshot) -> Iterator[Spec]:
    """Noah ATS's default candidate mail: proposed to an employer, the employer's refusal and the
    agency's (twice each), the meeting and its reminder, placed; HTML only, under the function's
    heading, from the code's default no-reply sender."""
    unit = "grywo/nl"
    bodies = _ts_bodies(snap.read(GRYWO, GRYWO_READ_AT, GRYWO_PATH), "DEFAULT_BODIES")
    meta = json.loads(snap.read(GRYWO, GRYWO_EMAIL_READ_AT, GRYWO_SUBJECTS))
    by_key = {m["key"]: m for k, m in meta.items() if not k.startswith("_")}
    from_ = re.fullmatch(r"(.+) <(.+)>", meta["_from"])
    if not from_:
        raise ValueError("no default sender")
    name, address = from_.group(1), from_.group(2)
    pattern = r"\{(\w+)\}"
    js = r"\$\{(\w+)\}"
    for key, (category, stage, company, variants) in GRYWO_MAILS.items():
        for k in range(variants):
            f = fill_for(unit, key, "nl", k)
            values = {"voornaam": OWNER[0].split()[0], "bedrijf": f.company}
            js_values = {"kandidaatVoornaam": values["voornaam"], "bedrijf": f.company}
            body = fill_exact(bodies[key], pattern, values)
            if key in ("kandidaat_bevestiging", "kennismaking_reminder"):
                body += GRYWO_DETAILS.format(person=f.person)
            titel = fill_exact(by_key[key]["titel"], js, js_values)
            # The functions take the recruiter's own From in turn (``from ?? FROM``): ours.
            recruiter = (f.person, f"{f.person.split()[0].lower()}@grywo.nl")
            sender, noreply = ((name, address), True) if k == 0 else (recruiter, False)
            yield _html_spec(
                unit,
                blob_url(GRYWO, GRYWO_READ_AT, GRYWO_PATH),
                category,
                f"<h2>{titel}</h2>\n{body}",
                stage=stage,
                subject=fill_exact(by_key[key]["subject"], js, js_values),
                company=f.company if category == "interview_invitation" else company,
                role="n/a",
                sender=sender,
                noreply=noreply,
                fmt="html_only",
            )


CGB = "willemenezes/portal-vagas-cgb"
CGB_COMMIT = "fa102b369117a98c30f30b5547286ade125916d7"
# The modal's first templates, signed by CGB Energia (later Grupo CGB).
CGB_FIRST = "45d8ab27a3add2a1413bce6f8e3f79a5df5dc660"
CGB_MODAL = "src/components/admin/CandidateDetailModal.tsx"
CGB_SEND = "supabase/functions/send-email/index.ts"
CGB_NOTIFY = "supabase/functions/send-notification/index.ts"
CGB_CANDIDATE = {"interview": "interview_invitation", "rejection": "rejection", "info": "other"}
# Ours: the general contact's message (the template leaves "[Insira aqui a sua mensagem]").
CGB_INFO = "Precisamos que você atualize seu currículo no portal até sexta-feira."
# notification: (category, variants with the notes filled, without). To the portal's staff.
CGB_NOTICES = {
    "job_request_rejected": ("not_a_job", 1, 1),
    "legal_validation_rejected": ("platform_notice", 1, 0),
    "candidate_hired": ("platform_notice", 0, 1),
}
CGB_NOTE = "Orçamento do departamento não aprovado para este semestre."


def _cgb_templates(source: str) -> dict[str, tuple[str, str]]:
    """id -> (subject, body) of the modal's ``EMAIL_TEMPLATES`` (quoted or literal bodies)."""
    found = re.findall(
        r"id: '(\w+)',\s*name: '[^']*',\s*subject: '([^']*)',\s*"
        r"body: (?:'((?:[^'\\]|\\.)*)'|`([^`]*)`)",
        source,
    )
    if not found:
        raise ValueError("no candidate templates")
    return {i: (s, _unescape(q or b)) for i, s, q, b in found}


def _cgb_notices(source: str) -> dict[str, tuple[str, str]]:
    """name -> (subject, html) of the notification function's ``EMAIL_TEMPLATES``."""
    found = re.findall(r"\n  (\w+): \{\s*subject: '([^']*)',\s*html: `([^`]*)`", source)
    if not found:
        raise ValueError("no notification templates")
    return {name: (subject, html) for name, subject, html in found}


def _process(template: str, values: dict[str, str]) -> str:
    """The notification's ``processTemplate``: ``{{#x}}...{{/x}}`` kept where x has a value,
    then every ``{{x}}`` filled (a missing value raises)."""
    kept = re.sub(
        r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}",
        lambda m: m.group(2) if values.get(m.group(1)) else "",
        template,
        flags=re.S,
    )
    return fill_exact(kept, r"\{\{(\w+)\}\}", values)


def _cgb_sender(source: str) -> tuple[str, str]:
    """send-email's default From (``fromName || '...'``, ``fromEmail || '...'``)."""
    m = re.search(r"fromName \|\| '([^']+)'.*?fromEmail \|\| '([^']+)'", source)
    if not m:
        raise ValueError("no default sender")
    return m.group(1), m.group(2)


def cgb(snap: Snapshot) -> Iterator[Spec]:
    """Grupo CGB's canned mail to an applicant in both wordings (HTML only, its line breaks not
    turned into <br> as the code means to), and look-alikes: the portal's notices to its staff
    (a vacancy request refused, with and without the reason; a candidate refused by the legal
    check; a hire)."""
    unit = "cgb/pt"
    n = 0
    for commit in (CGB_COMMIT, CGB_FIRST):
        templates = _cgb_templates(snap.read(CGB, commit, CGB_MODAL))
        sender = _cgb_sender(snap.read(CGB, commit, CGB_SEND))
        for tid, (subject, body) in templates.items():
            category = CGB_CANDIDATE[tid]
            f = fill_for(unit, tid, "pt", n)
            company = "CGB Energia" if "CGB Energia" in body else "Grupo CGB"
            values = {"candidato": OWNER[0], "vaga": f.role}
            text = fill_exact(body, r"\{\{(\w+)\}\}", values)
            text = text.replace("[Insira aqui a sua mensagem]", CGB_INFO)
            yield _spec(
                unit,
                blob_url(CGB, commit, CGB_MODAL),
                category,
                subject=fill_exact(subject, r"\{\{(\w+)\}\}", values),
                text=text,
                html=f"<html><body>{text}</body></html>",
                company=company,
                role=f.role,
                sender=sender,
                noreply=True,
                fmt="html_only",
            )
            n += 1
    notices = _cgb_notices(snap.read(CGB, CGB_COMMIT, CGB_NOTIFY))
    for name, (category, with_notes, without) in CGB_NOTICES.items():
        subject, html = notices[name]
        for k, notes in enumerate([CGB_NOTE] * with_notes + [""] * without):
            f = fill_for(unit, name, "pt", k)
            values = {
                "recipientName": OWNER[0],
                "jobTitle": f.role,
                "department": "Operações",
                "city": "Belém",
                "state": "PA",
                "senderName": f.person,
                "candidateName": "Marcos Oliveira",
                "notes": notes,
            }
            yield _html_spec(
                unit,
                blob_url(CGB, CGB_COMMIT, CGB_NOTIFY),
                category,
                _process(html, values),
                subject=_process(subject, values),
                company="n/a",
                role="n/a",
                sender=("Portal CGB Vagas", "naoresponda@grupocgb.com.br"),
                noreply=True,
                fmt="html_only",
            )


NGTALENT = "ngtalent-dotcom/ng-consulting-ats"
NGTALENT_NAME = "N&G Talent Consulting"  # its sign-off's name
NGTALENT_COMMIT = "d74a77d11852f798ff2baae0106da059fcd32e33"
NGTALENT_PAGE = "src/pages/Candidato.jsx"
NGTALENT_SEND_PATH = "api/enviar-mensaje.js"
NGTALENT_APPLY_PATH = "api/enviar-email.js"
# The recruiter's message templates by label: (category, variants: with the client named, then
# without). The refusal relays a client when it names one (company: the client), else the
# agency's own name (from ext-s33 on; before, n/a).
NGTALENT_MAILS = {
    "Siguiente etapa": ("moving_forward", 1),
    "Invitación a entrevista": ("interview_invitation", 1),
    "No continuamos": ("rejection", 2),
    "Seguimiento / Status": ("other", 1),
    "Oferta de trabajo": ("offer", 1),
}
# Ours: the status update the template leaves to the recruiter.
NGTALENT_UPDATE = "Tu perfil sigue en revisión con el cliente; esperamos su respuesta esta semana."


def _js_from(source: str) -> tuple[str, str]:
    """(display name, address) of ``const FROM = 'Name <address>'``."""
    m = re.search(r"const FROM = '([^'<]+) <([^>]+)>'", source)
    if not m:
        raise ValueError("no FROM")
    return m.group(1).strip(), m.group(2)


def _ng_wrapped(source: str, function: str, subtitle: str, values: dict[str, str]) -> str:
    """A mail function's HTML literal filled, its ``${base}`` and ``${header('...')}`` as the
    code's own ``base`` constant and ``header`` literal give them."""
    base = _literals(source, "const base = ", 1)[0]
    header = fill_js(_literals(source, "function header(subtitulo)", 1)[0], {"subtitulo": subtitle})
    html = _literals(source, f"function {function}", 1)[0]
    return fill_js(html, {**values, "base": base, f"header('{subtitle}')": header})


def ngtalent(snap: Snapshot) -> Iterator[Spec]:
    """N&G Talent Consulting's messages to a candidate: the recruiter's templates (next stage,
    interview, not continued with the client named and without, status, offer) sent through its
    message function's HTML, and the application's confirmation; HTML only, from its sender."""
    unit = "ngtalent/es"
    page = snap.read(NGTALENT, NGTALENT_COMMIT, NGTALENT_PAGE)
    send = snap.read(NGTALENT, NGTALENT_COMMIT, NGTALENT_SEND_PATH)
    sender = _js_from(send)
    first = OWNER[0].split()[0]
    for label, (category, variants) in NGTALENT_MAILS.items():
        subject, body = _literals(page, f"label: '{label}'", 2)
        for k in range(variants):
            f = fill_for(unit, label, "es", k)
            client = f.company if k == 0 else ""
            values = {
                "nombre": first,
                "vacanteTitulo": f.role,
                "clienteNombre ? ` en ${clienteNombre}` : ''": f" en {client}" if client else "",
            }
            text = _unescape(fill_js(body, values)).replace(
                "[Agrega tu actualización aquí]", NGTALENT_UPDATE
            )
            html = _ng_wrapped(
                send,
                "htmlMensaje",
                "Mensaje de reclutamiento",
                {
                    "candidatoNombre": OWNER[0],
                    "mensaje": text,
                    "reclutadorNombre || 'Equipo N&amp;G Talent Consulting'": (
                        "Equipo N&G Talent Consulting"
                    ),
                },
            )
            yield _html_spec(
                unit,
                blob_url(NGTALENT, NGTALENT_COMMIT, NGTALENT_PAGE),
                category,
                html,
                subject=fill_js(subject, values),
                # No client named: the agency (session 33; before ext-s33, n/a).
                company=client or NGTALENT_NAME,
                role=f.role,
                sender=sender,
                noreply=False,
                fmt="html_only",
            )
    apply = snap.read(NGTALENT, NGTALENT_COMMIT, NGTALENT_APPLY_PATH)
    f = fill_for(unit, "confirmacion", "es", 0)
    values = {
        "candidato.nombre": first,
        "candidato.email": OWNER[1],
        "vacante.titulo": f.role,
        "vacante.cliente": f.company,
    }
    subject_m = re.search(r"\[candidato\.email\],\s*`([^`]*)`", apply)
    if not subject_m:
        raise ValueError("no confirmation subject")
    yield _html_spec(
        unit,
        blob_url(NGTALENT, NGTALENT_COMMIT, NGTALENT_APPLY_PATH),
        "acknowledgement",
        _ng_wrapped(apply, "htmlConfirmacion", "Confirmación de aplicación", values),
        subject=fill_js(subject_m.group(1), values),
        company=f.company,
        role=f.role,
        sender=_js_from(apply),
        noreply=False,
        fmt="html_only",
    )
