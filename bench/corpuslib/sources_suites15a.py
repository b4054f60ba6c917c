"""Recipes for session 29's sources15a (issue 11): a Brazilian recruiting agency relaying its
clients' refusals, an English job board's status mail, and a Spanish academic society's
membership decisions (look-alikes in a job's words).

Talents RH (spadaritucks/TALENTS-RH---WEB-FRONT-END, a São Paulo recruiting agency's portal):
the canned messages its headhunters pick when they mail a candidate from the portal
(``mensagensAutomaticas``): the client chose another candidate, the client found the CV
incompatible with the post, the CV sent on to the client, approved for the next step, and three
housekeeping notes. The agency writes for WhatsApp, so emoji and all; the portal's "send e-mail"
page sends them with the subject the headhunter types. Job Search App (sara-ahmadd/job_search_app,
a job board's backend): the mail a company's HR sends through the board when it rejects or accepts
an application, and the board's verification code. Escuela Hispánica
(fortiusinfrastructure/fortius, the web of a Spanish-speaking academic society): its mail to an
applicant for academic membership: received, refused by the scientific committee (two wordings:
the first version's and today's), accepted; a refusal that is no job's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .fill import OWNER, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_js, js_literal

FIRST, LAST = OWNER[0].split()


TALENTS = "spadaritucks/TALENTS-RH---WEB-FRONT-END"
TALENTS_COMMIT = "1ab8e6704d5feaa846a2ce31e9a53c58caad802e"
TALENTS_PATH = "src/json/mensagens.ts"
# nome: (category, stage, variants). Sending the CV on to the client is the agency's receipt of
# the application (the client has not decided yet); "approved for the next step" moves forward.
TALENTS_MESSAGES: dict[str, tuple[str, str, int]] = {
    "Reprovação Processo Seletivo": ("rejection", "unknown", 2),
    "CV Incompativel": ("rejection", "application", 2),
    "Enviando CV para o cliente": ("acknowledgement", "n/a", 1),
    "Candidato Aprovado pelo Cliente": ("moving_forward", "n/a", 1),
    "Não recebemos o seu CV": ("other", "n/a", 1),
    "Enviar dados do Candidato": ("other", "n/a", 1),
    "Agradecer Retorno": ("other", "n/a", 1),
}
# Ours: the subjects (the headhunter types one per mail), the sender's address and name.
TALENTS_SUBJECTS = {
    "rejection": "Processo seletivo – {role}",
    "acknowledgement": "Seu CV – vaga de {role}",
    "moving_forward": "Processo seletivo – {role}: próxima etapa",
    "other": "Vaga de {role}",
}
TALENTS_SENDER = ("Talents RH", "recrutamento@talentsrh.com")


def _ts_messages(source: str) -> dict[str, str]:
    """nome -> mensagem of a TypeScript array of ``{ id, nome: '...', mensagem: "..." }``."""
    found = re.findall(r"nome\s*:\s*'([^']*)',\s*mensagem\s*:\s*\"((?:[^\"\\]|\\.)*)\"", source)
    if not found:
        raise ValueError("no messages in the array")
    return {name: body.replace('\\"', '"') for name, body in found}


def talents(snap: Snapshot) -> Iterator[Spec]:
    """The agency's canned messages as the portal mails them, the two refusals twice each; in
    turn plain and multipart (a message is one paragraph: no wrapped variant)."""
    messages = _ts_messages(snap.read(TALENTS, TALENTS_COMMIT, TALENTS_PATH))
    url = blob_url(TALENTS, TALENTS_COMMIT, TALENTS_PATH)
    n = 0
    for name, (category, stage, variants) in TALENTS_MESSAGES.items():
        for k in range(variants):
            f = fill_for("talentsrh/pt", name, "pt", k)
            text = f"Olá, {FIRST}!\n\n{messages[name].strip()}\n\nEquipe Talents RH\n"
            fmt = ("plain", "html")[n % 2]
            yield _spec(
                "talentsrh/pt",
                url,
                category,
                stage=stage if category == "rejection" else None,
                subject=TALENTS_SUBJECTS[category].format(role=f.role),
                text=text,
                # The deciding client is never named in the agency's messages: the agency's
                # own name (session 33's convention; builds before ext-s33 said n/a).
                company=TALENTS_SENDER[0],
                role=f.role,
                sender=TALENTS_SENDER,
                noreply=False,
                fmt=fmt,
            )
            n += 1


JOBSEARCH = "sara-ahmadd/job_search_app"
JOBSEARCH_COMMIT = "363065c04f4491eb28d94b2dc7d7e5352039a5a0"
JOBSEARCH_DIR = "src/utils/emails"
# (file, the function whose literal is the body, category, variants, subject): the subjects are
# the services' own (application.services.js, auth.services.js).
JOBSEARCH_MAILS: list[tuple[str, str, str, int, str]] = [
    ("applicationEmails/rejection.js", "rejectionTemplate", "rejection", 2, "Application status"),
    ("applicationEmails/acceptance.js", "acceptanceTemplate", "offer", 1, "Application status"),
    (
        "otpVerifyEmail.js",
        "otpVerificationTemplate",
        "platform_notice",
        1,
        "Account Verification Email",
    ),
]
# The display name is the board's (sendEmail.js); the address is ours (SENDER_EMAIL, a Gmail
# account of the deployment's).
JOBSEARCH_SENDER = ("Job Search application 📕📢", "jobsearch.application@gmail.com")


def jobsearch(snap: Snapshot) -> Iterator[Spec]:
    """The board's status mail to an applicant (rejected twice, accepted) and its verification
    code; HTML, in turn with and without a text part."""
    n = 0
    for name, function, category, variants, subject in JOBSEARCH_MAILS:
        path = f"{JOBSEARCH_DIR}/{name}"
        literal = js_literal(snap.read(JOBSEARCH, JOBSEARCH_COMMIT, path), f"{function} =")
        for k in range(variants):
            f = fill_for("jobsearch/en", name, "en", k)
            values = {
                "applicantName": FIRST,
                "jobTitle": f.role,
                "companyName": f.company,
                "otp": "482913",
            }
            page = html_body(fill_js(literal, values))
            fields: dict[str, Any] = {
                "subject": subject,
                "company": f.company if category != "platform_notice" else "n/a",
                "role": f.role if category != "platform_notice" else "n/a",
                "sender": JOBSEARCH_SENDER,
                "noreply": False,
            }
            html = re.sub(r"\s+", " ", page)
            fmt = ("html", "html_only")[n % 2]
            yield _html_spec(
                "jobsearch/en",
                blob_url(JOBSEARCH, JOBSEARCH_COMMIT, path),
                category,
                html,
                fmt=fmt,
                **fields,
            )
            n += 1


ESCUELA = "fortiusinfrastructure/fortius"
ESCUELA_COMMIT = "c5240ca8147175a2a80d7b77076454bdffd782f6"
# The first version's refusal ("su candidatura no ha sido seleccionada en esta convocatoria"),
# reworded later; both were sent.
ESCUELA_FIRST_COMMIT = "937d5e721c461b89dad095c09ac04937c8f3ee9f"
ESCUELA_DIR = "apps/web-escuela-hispanica/src/app/api"
# (commit, route, category): each route's one mail to the applicant, the one whose subject is a
# plain string (the approver's notice has a template literal for a subject).
ESCUELA_MAILS: list[tuple[str, str, str]] = [
    (ESCUELA_COMMIT, "postulacion/academico/route.ts", "other"),
    (ESCUELA_FIRST_COMMIT, "admin/reject/route.ts", "not_a_job"),
    (ESCUELA_COMMIT, "admin/reject/route.ts", "not_a_job"),
    (ESCUELA_COMMIT, "admin/approve/route.ts", "other"),
]
# The sender is the application's FROM_EMAIL (src/lib/email/index.ts); the payment link is ours.
ESCUELA_SENDER = ("Escuela Hispánica", "noreply@escuelahispanica.org")
ESCUELA_PAYMENT_URL = "https://escuelahispanica.org/membresia/pago?token=5f2c9a"


def escuela(snap: Snapshot) -> Iterator[Spec]:
    """The society's mail to an applicant for academic membership: received, refused (its two
    wordings), accepted with the payment link; HTML, in turn with and without a text part."""
    for n, (commit, route, category) in enumerate(ESCUELA_MAILS):
        path = f"{ESCUELA_DIR}/{route}"
        source = snap.read(ESCUELA, commit, path)
        subject = re.search(r"subject: '([^']*)',\s*html:", source)
        if subject is None:
            raise ValueError(f"no subject in {path}")
        literal = js_literal(source, f"subject: '{subject.group(1)}'")
        html = fill_js(literal, {"fullName": OWNER[0], "paymentUrl": ESCUELA_PAYMENT_URL})
        yield _html_spec(
            "escuelahispanica/es",
            blob_url(ESCUELA, commit, path),
            category,
            re.sub(r"\s+", " ", html),
            subject=subject.group(1),
            company="n/a",
            role="n/a",
            sender=ESCUELA_SENDER,
            noreply=True,
            fmt=("html", "html_only")[n % 2],
        )
