"""Recipes for session 16's sources (issue 11): public selections, whose mail to applicants is
in the platform that runs them. Selezioni online (cool-jconon), the Italian National Research
Council's platform for its public competitions (concorsi): the exclusion, the convocation, a
notice, the receipt and the reminder, by e-mail and by the public-services app IO. Teleh, the
platform on which Ecuador's Ministry of Economic and Social Inclusion (MIES, mailing from its
child and family institute INFA) selected the professionals of its Creciendo con Nuestros
Hijos programme in 2012-13: not accepted, selected, online-test invitations, notices."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .fill import OWNER, Spec, html_to_text
from .snapshot import Snapshot, blob_url
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()

CNR = "consiglionazionaledellericerche/cool-jconon"
CNR_COMMIT = "a0d22515247e912900e947ea091c0cc4039fcbcf"
CNR_SERVICE = (
    "cool-jconon-backend/src/main/java/it/cnr/si/cool/jconon/service/call/CallService.java"
)
CNR_I18N = "cool-jconon-webapp-resources/src/main/resources/i18n/cool-jconon_{lang}.properties"
CNR_PAGES = "cool-jconon-webapp-resources/src/main/resources/pages"
CNR_CONVOCATION = f"{CNR_PAGES}/call/convocazione_it.properties"
CNR_COMPANY = "Consiglio Nazionale delle Ricerche"
# Ours: the senders (settings of the deployment; the PEC box and mail.from.default), the
# calls (code, description, seat) and the link of each document.
CNR_SENDERS = [
    ("Selezioni online CNR", "selezionionline@cnr.it"),
    ("Consiglio Nazionale delle Ricerche", "protocollo-ammcen@pec.cnr.it"),
]
CNR_IO_SENDER = ("IO - l'app dei servizi pubblici", "no-reply@io.italia.it")
CNR_CALLS = [
    (
        "367.12 RIC",
        "Selezione pubblica, per titoli ed esame colloquio, per l'assunzione di n. 1 "
        "Ricercatore III livello",
        "Istituto di Scienze Marine - Venezia",
    ),
    (
        "380.3 TEC",
        "Concorso pubblico, per titoli ed esami, per n. 2 posti di Tecnologo III livello",
        "Istituto per le Applicazioni del Calcolo - Napoli",
    ),
    (
        "364.21 CTER",
        "Concorso pubblico, per titoli ed esami, per n. 1 posto di Collaboratore Tecnico Enti "
        "di Ricerca VI livello",
        "Istituto di Scienze Marine - Bologna",
    ),
]
CNR_URL = "https://selezionionline.cnr.it"
CNR_DOC = CNR_URL + "/rest/application/{kind}?nodeRef=workspace://SpacesStore/{uid};1.0"
CNR_UIDS = ["3f1c9a52-7d0e-4b1a-9c2e-5a8d6e1f0b47", "a8e2d4c1-59b3-4f7a-b1d6-0c3e9f2a7d15"]


def _java_string(literal: str) -> str:
    """The value of one Java string literal (its quotes stripped)."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), literal)


def _java_concat(expr: str, values: Mapping[str, str]) -> str:
    """A Java string expression of literals and variables joined by ``+``."""
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w.()]*)', expr)
    out = []
    for literal, name in parts:
        if name:
            if name not in values:
                raise ValueError(f"unsupported Java expression: {name}")
            out.append(values[name])
        else:
            out.append(_java_string(literal))
    return "".join(out)


def _content_block(source: str, marker: str) -> str:
    """The mail body a method builds with ``String content = ...; content += ...;``."""
    at = source.index(marker)
    start = source.rindex("String content =", 0, at) + len("String content =")
    end = source.index(";\n", start)
    parts = [source[start:end]]
    for line in source[end + 2 :].splitlines():
        if not line.strip().startswith("content +="):
            break
        parts.append(line.strip().removeprefix("content +=").rstrip(";"))
    return " + ".join(parts)


def _markdown(source: str, heading: str) -> str:
    """The IO app message of ``setMarkdown("# <heading>\\n" + ...)``."""
    at = source.index(f'setMarkdown("# {heading}')
    return source[at + len("setMarkdown(") : source.index(");", at)]


def _properties(text: str) -> dict[str, str]:
    """key -> value of a Java .properties file (the escapes its messages use)."""
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        out[key.strip()] = re.sub(r"\\([=:'!#])", r"\1", value.strip())
    return out


def _message(props: Mapping[str, str], key: str, *args: str) -> str:
    """A message as Spring's MessageSource gives it: MessageFormat only with arguments."""
    text = props[key]
    if args:
        if "'" in text:
            raise ValueError(f"MessageFormat quoting in {key}")
        text = re.sub(r"\{(\d)\}", lambda m: args[int(m.group(1))], text)
    return text


def _ftl(template: str, props: Mapping[str, str], values: Mapping[str, str]) -> str:
    """The FreeMarker subset of the jconon mail pages: assigns dropped, an if taken or not
    by ``values[condition]``, ``message(...)`` calls and the expressions in ``values``."""
    text = re.sub(r"<#assign[^>]*>|<#else>\s*<#assign[^>]*>", "", template)
    text = re.sub(r"<#if ([^>]*)>\s*</#if>", "", text)

    def branch(m: re.Match[str]) -> str:
        return m.group(2) if values.get(m.group(1).strip()) == "true" else m.group(3) or ""

    text = re.sub(r"(?s)<#if ([^>]*)>(.*?)(?:<#else>(.*?))?</#if>", branch, text)

    def expr(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        call = re.fullmatch(r"message\('([\w.]+)'(.*)\)", inner, re.S)
        if call:
            args = [a.strip() for a in call.group(2).split(",") if a.strip()]
            return _message(props, call.group(1), *(values[a] for a in args))
        if inner not in values:
            raise ValueError(f"unsupported FreeMarker expression: {inner}")
        return values[inner]

    text = re.sub(r"\$\{((?:[^{}]|\{[^}]*\})*)\}", expr, text)
    if "<#" in text:
        raise ValueError("unsupported FreeMarker directive")
    return text


def _io_text(markdown: str) -> str:
    """An IO message as its e-mail forward shows it: heading and link text, plain."""
    text = re.sub(r"^# (.*)$", r"\1", markdown, flags=re.M)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1: \2", text).replace("*", "")


def _cnr_spec(category: str, subject: str, text: str, n: int, **kw: object) -> Spec:
    lang = str(kw.pop("lang", "it"))
    sender = kw.pop("sender", CNR_SENDERS[n % 2])
    assert isinstance(sender, tuple)
    return Spec(
        unit=f"cnr/{lang}",
        url=blob_url(CNR, CNR_COMMIT, str(kw.pop("path", CNR_SERVICE))),
        lang=lang,
        category=category,
        rejection=category == "rejection",
        stage="application" if category == "rejection" else "n/a",
        subject=subject,
        text=text,
        html=str(kw.pop("html")) if "html" in kw else None,
        company=CNR_COMPANY,
        role="n/a",
        sender=sender,
        noreply=True,
        fmt=str(kw.pop("fmt", ("html", "html_only")[n % 2])),
    )


def cnr(snap: Snapshot) -> Iterator[Spec]:
    """Selezioni online (CNR): exclusions, convocations and notices sent by e-mail (PEC or
    ordinary mail) and by the IO app, the application receipt (it, en) and the reminder of an
    application not yet sent."""
    source = snap.read(CNR, CNR_COMMIT, CNR_SERVICE)
    props = _properties(snap.read(CNR, CNR_COMMIT, CNR_I18N.format(lang="it")))
    props |= _properties(snap.read(CNR, CNR_COMMIT, CNR_CONVOCATION))
    # kind of document (its mail body's last word): category, IO heading, mails, IO messages
    documents = [
        ("esclusione", "rejection", "Esclusione", 3, 2),
        ("convocazione", "interview_invitation", "Convocazione", 2, 1),
        ("comunicazione", "other", "", 1, 0),
    ]
    for kind, category, heading, by_mail, by_io in documents:
        subject_key = f"subject-confirm-{kind}"
        for n in range(by_mail):
            code, _, _ = CNR_CALLS[n % len(CNR_CALLS)]
            url = CNR_DOC.format(kind=kind, uid=CNR_UIDS[n % 2])
            body = _java_concat(_content_block(source, f"la relativa {kind}."), {"contentURL": url})
            subject = props["subject-info"] + _message(props, subject_key, code)
            subject += f" $$ workspace://SpacesStore/{CNR_UIDS[n % 2]};1.0"  # the PEC receipt's key
            html = f"<html><body>{body}</body></html>"
            yield _cnr_spec(category, subject, html_to_text(body), n, html=html)
        for n in range(by_io):
            code, _, _ = CNR_CALLS[(n + 1) % len(CNR_CALLS)]
            url = CNR_DOC.format(kind=kind, uid=CNR_UIDS[(n + 1) % 2])
            markdown = _java_concat(_markdown(source, heading), {"contentURL": url})
            subject = f"Bando {code}".ljust(10)
            yield _cnr_spec(
                category, subject, _io_text(markdown), n, sender=CNR_IO_SENDER, fmt="plain"
            )
    yield from _cnr_pages(snap)


def _cnr_pages(snap: Snapshot) -> Iterator[Spec]:
    """The receipt of a sent application (it, en) and the reminder of one left in draft."""
    for n, (lang, page, subject_key) in enumerate(
        [
            ("it", "application/application.registration.html.ftl", "subject-confirm-domanda"),
            ("en", "application/application.registration.html.ftl", "subject-confirm-domanda"),
            ("it", "call/call.reminder.application.html.ftl", "subject-reminder-domanda"),
        ]
    ):
        props = _properties(snap.read(CNR, CNR_COMMIT, CNR_I18N.format(lang=lang)))
        code, description, seat = CNR_CALLS[n % len(CNR_CALLS)]
        path = f"{CNR_PAGES}/{page}"
        values = {
            'folder.getPropertyValue("jconon_application:nome")': FIRST,
            'folder.getPropertyValue("jconon_application:cognome")': LAST,
            'folder.getPropertyValueById("jconon_application:nome")': FIRST,
            'folder.getPropertyValueById("jconon_application:cognome")': LAST,
            'call.getPropertyValue("jconon_call:descrizione")': description,
            "sede": seat,
            "contextURL": CNR_URL,
            'call.getPropertyValue("jconon_call:data_fine_invio_domande_index")??': "true",
            'call.getPropertyValue("jconon_call:data_fine_invio_domande_index").time'
            '?datetime?string("dd/MM/yyyy kk:mm:ss")': "14/04/2025 18:00:00",
            'call.getPropertyValueById("jconon_call:data_fine_invio_domande_index").time'
            "?datetime?string(\"dd MMMM yyyy 'ore' kk:mm:ss\")": "14 aprile 2025 ore 18:00:00",
        }
        html = _ftl(snap.read(CNR, CNR_COMMIT, path), props, values)
        reminder = "reminder" in page
        subject = props["subject-info"] + _message(
            props, subject_key, code, *([description] if reminder else [])
        )
        yield _cnr_spec(
            "platform_notice" if reminder else "acknowledgement",
            subject,
            html_to_text(html),
            n,
            lang=lang,
            path=path,
            html=html,
            sender=CNR_SENDERS[0],
        )


MIES = "valentinsvt/teleh"
MIES_COMMIT = "1e43b5074e4ff060a1b1cde0bbc6ba39ca0a174c"
MIES_DIR = "grails-app/views"
MIES_SENDER = ("", "info@infa.gob.ec")  # ConvocatoriaController's from, without a name
# Ours: the description of the call (a record in the database) and the applicant's credentials.
MIES_CALL = "Selección de profesionales para la modalidad Creciendo con Nuestros Hijos (CNH) 2013"
# view: (subject as the controller sets it, category, mails)
MIES_MAILS = {
    "convocatoria/_noAceptados": ("Comunicado", "rejection", 3),
    "convocatoria/_pendientes": ("Comunicado", "rejection", 3),
    "convocatoria/_ganadores": ("Felicitaciones", "offer", 1),
    "convocatoria/_comunicado": ("Comunicado", "other", 1),
    "convocatoria/_prueba": ("Momento de rendir su exámen", "assessment", 1),
    "convocatoria/_prueba2": ("Momento de rendir su exámen", "assessment", 1),
    "convocatoria/_prueba3": ("Momento de rendir su exámen", "assessment", 1),
    "registro/_enviar_pin": ("Registro", "platform_notice", 1),
}


def _gsp(template: str, values: Mapping[str, str]) -> str:
    """A Grails mail view's body: its ``%{-- --}%`` comments dropped, ``${...}`` filled."""
    body = template[template.index("<body>") : template.index("</body>")]
    body = re.sub(r"(?s)%\{--.*?--\}%", "", body)
    return fill_exact(body, r"\$\{([^}]*)\}", values)


def mies(snap: Snapshot) -> Iterator[Spec]:
    """MIES/INFA (Ecuador): applicants not accepted (degree not matching; still a student),
    the selected, the online-test invitations, a notice to all, the registration's password."""
    values = {"conv.descripcion": MIES_CALL, "session.convocatoria.descripcion": MIES_CALL}
    values |= {"prsn.cedula": "1712345678", "pin": "48213"}
    for view, (subject, category, mails) in MIES_MAILS.items():
        path = f"{MIES_DIR}/{view}.gsp"
        html = _gsp(snap.read(MIES, MIES_COMMIT, path), values)
        for n in range(mails):
            yield Spec(
                unit="mies/es",
                url=blob_url(MIES, MIES_COMMIT, path),
                lang="es",
                category=category,
                rejection=category == "rejection",
                stage="application" if category == "rejection" else "n/a",
                subject=subject,
                text=html_to_text(re.sub(r"\s+", " ", html)),
                html=f"<html>{html}</body></html>",
                company="INFA",
                role="n/a",
                sender=MIES_SENDER,
                noreply=False,
                fmt=("html_only", "html", "plain")[n % 3],
            )
