"""Recipes for session 39's sources54r (issue 11): a Spanish look-alike, a pet-adoption
service's refusal of an adoption request (a refusal of no job).

LovePaws (AnthoCib/LovePawsSpringBoot, a pet-adoption site; Spring Boot): the mails
``SolicitudAdopcionServiceImpl`` sends an adopter through ``EmailService.enviarCorreo``, which
sets the body with ``helper.setText(contenido, true)``: one text/html part holding the plain
sentences as written (their ``\\n`` are whitespace to a mail reader). The request received,
approved, refused with the manager's reason ("Lamentamos informarte que tu solicitud para
adoptar la mascota M ha sido rechazada. Motivo: ...", twice: one reason is the one the
repository's own ``TestEmailRunner`` uses, the other ours) and cancelled by the adopter.
Subjects from each method; sender from ``EmailService`` (``adminlovepaws@gmail.com``). No
job: ``not_a_job`` and ``other``. The repository has no snapshot: its two files are read at
their commits and kept as plain files (as afinco's are).

Not found again: the units ``uca/es``, ``davinci/es``, ``graduados/es``, ``conducto/nl`` and
``protectora/es`` of a lost branch (docs/corpora.md, session 39, sources54r)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, spec
from .snapshot import Snapshot, blob_url
from .sources_suites29 import _java_concat, _java_method_by_signature
from .sources_suites35 import _text_part

FIRST, LAST = OWNER[0].split()

LOVEPAWS = "AnthoCib/LovePawsSpringBoot"
LOVEPAWS_DIR = "src/main/java/com/lovepaws/app"
# The service at its newest stored version; the mailer at the commit it was read at.
LOVEPAWS_COMMIT = "69e2bf64769cc2d70758d0cb734b7370ca8347f0"
LOVEPAWS_SERVICE = (
    f"{LOVEPAWS_DIR}/adopcion/service/impl/SolicitudAdopcionServiceImpl.java",
    LOVEPAWS_COMMIT,
)
LOVEPAWS_MAILER = (
    f"{LOVEPAWS_DIR}/mail/EmailService.java",
    "57af90214431f368c81ffda85df127e09f60c118",
)
LOVEPAWS_PET = "Canela"  # ours: the animal's name
# (method, category, the manager's reason: ours but the first, from ``TestEmailRunner``).
LOVEPAWS_MAILS: tuple[tuple[str, str, str | None], ...] = (
    ("enviarCorreoRecepcion", "other", None),
    ("enviarCorreoAprobacion", "other", None),
    ("enviarCorreoRechazo", "not_a_job", "No cumple con los requisitos de espacio y tiempo"),
    ("enviarCorreoRechazo", "not_a_job", "La mascota ya fue asignada a otra familia adoptante."),
    ("enviarCorreoCancelacion", "other", None),
)


def _java_args(call: str) -> list[str]:
    """The top-level, comma-separated arguments of a call's argument text (string literals
    and parentheses kept whole)."""
    args, depth, quote, start = [], 0, False, 0
    for i, c in enumerate(call):
        if c == '"' and (i == 0 or call[i - 1] != "\\"):
            quote = not quote
        elif not quote:
            depth += {"(": 1, ")": -1}.get(c, 0)
            if c == "," and depth == 0:
                args.append(call[start:i].strip())
                start = i + 1
    args.append(call[start:].strip())
    return args


def _lovepaws_mail(body: str) -> tuple[str, str]:
    """(subject, content) expressions of the method's ``emailService.enviarCorreo`` call: an
    argument that names a local ``String`` is read from its declaration."""
    call = re.search(r"emailService\.enviarCorreo\((.*?)\);\n", body, re.S)
    if call is None:
        raise ValueError("no enviarCorreo call")
    args = _java_args(call.group(1))
    if len(args) != 3:
        raise ValueError(f"{len(args)} arguments to enviarCorreo")

    def expr(arg: str) -> str:
        if re.fullmatch(r"\w+", arg) is None:
            return arg
        m = re.search(rf"String {arg} = (.*?);\n", body, re.S)
        if m is None:
            raise ValueError(f"no String {arg}")
        return m.group(1)

    return expr(args[1]), expr(args[2])


def _lovepaws_sender(mailer: str) -> str:
    m = re.search(r'helper\.setFrom\("([^"]+)"\)', mailer)
    if m is None:
        raise ValueError("no sender")
    return m.group(1)


def lovepaws(snap: Snapshot) -> Iterator[Spec]:
    """Each mail method's subject and content, sent as the HTML part (no text part)."""
    unit = "lovepaws/es"
    path, commit = LOVEPAWS_SERVICE
    source = snap.read(LOVEPAWS, commit, path)
    mailer_path, mailer_commit = LOVEPAWS_MAILER
    mailer = snap.read(LOVEPAWS, mailer_commit, mailer_path)
    if "setText(contenido, true)" not in mailer:
        raise ValueError("EmailService no longer sends HTML")
    sender = ("", _lovepaws_sender(mailer))
    for method, category, reason in LOVEPAWS_MAILS:
        subject, content = _lovepaws_mail(
            _java_method_by_signature(source, f"private void {method}(")
        )
        values = {
            "usuario.getNombre()": FIRST,
            "solicitud.getUsuario().getNombre()": FIRST,
            "solicitud.getMascota().getNombre()": LOVEPAWS_PET,
            "motivo": reason or "",
        }
        html = _java_concat(content, values)
        yield spec(
            unit,
            blob_url(LOVEPAWS, commit, path),
            category,
            subject=_java_concat(subject, values),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=sender,
            noreply=False,
            fmt="html_only",  # ``setText(contenido, true)``: the HTML part only
        )
