"""Recipes for session 23's sources (issue 11): small employers' own candidate mail in the
languages the corpus is thin in, each as the employer's own tool writes it. A Flemish school's
selection drafts (Dutch, u-form: invitation, not retained, kept as reserve, still under review);
a Dutch bagel shop's hiring backend (Dutch, je-form: receipt, intake invitation, not continued;
two versions of its code); a Berlin club's applicant tracker (German: du-form invitation and
rejection in two versions, and the Sie-form mass rejection); a Chilean food truck's staff
tracker (Spanish: under review, interview, hired, not selected)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_spec
from .snapshot import Snapshot, blob_url
from .sources_trackers import _spec
from .templating import js_function

# The name the recipes import from here (it moved to fill.py in session 35).
_html_spec = html_spec

FIRST_NAME = OWNER[0].split()[0]


SPECTRUM = "spectrum-joris/Het_Spectrum_Sollicitaties_App"
SPECTRUM_COMMIT = "bc368035da52b83ee300965f07d08bfd0b8e2fb9"
SPECTRUM_PATH = "server/services/mailService.js"
# template: (category, stage). "reserve" says another candidate was chosen and this one is
# kept in reserve (labelled as PRiSM's reserve list is: a rejection, stage unknown).
SPECTRUM_MAILS = {
    "invite": ("interview_invitation", "n/a"),
    "reject": ("rejection", "application"),
    "reserve": ("rejection", "unknown"),
    "pending": ("acknowledgement", "n/a"),
}
# Ours: the school's posts, the interview's date, hour and address, and the sender.
SPECTRUM_ROLES = ["leerkracht wiskunde", "opvoeder", "administratief medewerker"]
SPECTRUM_VALUES = {"[DATUM]": "donderdag 12 maart", "[UUR]": "14u30", "[ADRES]": "Schoolstraat 4"}
SPECTRUM_SENDER = ("Het Spectrum", "sollicitaties@hetspectrum.be")


def _js_templates(source: str) -> dict[str, tuple[str, str]]:
    """``name: { subject: '…', body: `…` }`` entries of a JavaScript object literal."""
    found = re.findall(r"(\w+): \{\s*subject: '([^']*)',\s*body: `([^`]*)`", source)
    if not found:
        raise ValueError("no mail templates")
    return {name: (subject, body) for name, subject, body in found}


def spectrum(snap: Snapshot) -> Iterator[Spec]:
    """A Flemish school's selection drafts (its staff approve each before it goes out): invited
    to a selection interview, not retained, kept as reserve, still under review. Plain text."""
    templates = _js_templates(snap.read(SPECTRUM, SPECTRUM_COMMIT, SPECTRUM_PATH))
    for name, (category, stage) in SPECTRUM_MAILS.items():
        subject, body = templates[name]
        for n in range(2 if category == "rejection" else 1):
            role = SPECTRUM_ROLES[(n + len(name)) % len(SPECTRUM_ROLES)]
            text = body.replace("[NAAM]", OWNER[0]).replace("[FUNCTIE]", role)
            for key, value in SPECTRUM_VALUES.items():
                text = text.replace(key, value)
            if "[" in text:
                raise ValueError(f"unfilled placeholder in {name}")
            yield _spec(
                "spectrum/nl",
                blob_url(SPECTRUM, SPECTRUM_COMMIT, SPECTRUM_PATH),
                category,
                stage,
                subject=subject,
                text=text.strip() + "\n",
                company="Het Spectrum",
                role=role,
                sender=SPECTRUM_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[n],
            )


# Two Dutch versions of main.py (later ones are English): the first with the receipt.
BAGELBOY_VERSIONS = [
    ("Joepheusschen/BagelBoy-Backend", "4e1034199694286cd7f86ab6d7b0aa18e98c9617"),
    ("Joepheusschen/BagelBoy-Backend", "1dde522e67e99e5fe7f54b41a88554fe835dcda2"),
]
BAGELBOY_PATH = "main.py"
# A subject's category; the invitation is to an intake talk ("kennismaking").
BAGELBOY_KINDS = {
    "Bevestiging": "acknowledgement",
    "Kennismaking": "interview_invitation",
    "Sollicitatie": "rejection",
    "Reactie": "rejection",
}
# Ours: the sender (the code sends from its SMTP_EMAIL setting) and the booking link.
BAGELBOY_SENDER = ("Het BagelBoy Team", "werken.bagelboy@gmail.com")


def _py_mails(source: str) -> list[tuple[str, str]]:
    """(subject, html) of each applicant mail in the FastAPI app: an ``html = f\"\"\"…\"\"\"``
    block with the ``subject = "…"`` before it or the ``send_email(email, "…", html)`` after."""
    mails = []
    for m in re.finditer(r'html = f"""(.*?)"""', source, re.S):
        before = re.findall(r'subject = "([^"]+)"', source[max(0, m.start() - 300) : m.start()])
        after = re.match(r'\s*send_email\(email, "([^"]+)", html\)', source[m.end() :])
        subject = after.group(1) if after else (before[-1] if before else None)
        if subject is None:
            raise ValueError("a mail without a subject")
        mails.append((subject, m.group(1)))
    return mails


def bagelboy(snap: Snapshot) -> Iterator[Spec]:
    """A Dutch bagel shop's hiring backend (a sheet of applicants and a dashboard): receipt,
    invitation to an intake talk, not continued; HTML as its code sends it."""
    for version, (repo, commit) in enumerate(BAGELBOY_VERSIONS):
        for subject, template in _py_mails(snap.read(repo, commit, BAGELBOY_PATH)):
            category = BAGELBOY_KINDS[subject.split()[0]]
            html = re.sub(r"\{(first_name|name)\}", FIRST_NAME, template)
            html = html.replace('"https://calendly.com/"', '"https://calendly.com/bagelboy"')
            if re.search(r"\{\w+\}", html):
                raise ValueError(f"unfilled placeholder in {subject}")
            yield _html_spec(
                "bagelboy/nl",
                blob_url(repo, commit, BAGELBOY_PATH),
                category,
                html,
                subject=subject,
                company="BagelBoy",
                role="n/a",
                sender=BAGELBOY_SENDER,
                noreply=False,
                fmt=("html", "html_only")[(version + len(subject)) % 2],
            )


LUKA = "Tonia1991/Luka-Bewerbermanagement-Plattform"
# The last commit; the earlier du-form rejection is read at its own commit (the table).
LUKA_COMMIT = "6a87587b90215f10e4de45feefe2c19083392df2"
# (file, commit, constant prefix, category): the du-form templates at the last commit and the
# earlier du-form rejection; the Sie-form mass rejection.
LUKA_TEMPLATES = [
    (
        "src/components/shared/EmailModal.jsx",
        "6a87587b90215f10e4de45feefe2c19083392df2",
        "VORLAGE_EINLADUNG",
        "interview_invitation",
    ),
    (
        "src/components/shared/EmailModal.jsx",
        "6a87587b90215f10e4de45feefe2c19083392df2",
        "VORLAGE_ABSAGE",
        "rejection",
    ),
    (
        "src/components/shared/EmailModal.jsx",
        "0eb66679f462b22e21e5e01e11ee9d1b3583846e",
        "VORLAGE_ABSAGE",
        "rejection",
    ),
    (
        "src/components/shared/MassenAktionModal.jsx",
        "6a87587b90215f10e4de45feefe2c19083392df2",
        "ABSAGE",
        "rejection",
    ),
]
# Ours: the sender (the tracker hands the mail to an n8n workflow) and the surname.
LUKA_SENDER = ("Biohacking Club", "bewerbung@biohackingclub.de")


def _luka_template(source: str, prefix: str) -> tuple[str, str]:
    """(subject, text) of a ``PREFIX_BETREFF`` / ``PREFIX_TEXT`` pair: arrow functions
    returning a template literal, or plain strings with [Vorname]-style placeholders."""
    subject = re.search(rf"{prefix}_BETREFF = (?:\(\) => )?[`']([^`']*)[`']", source)
    text = re.search(rf"{prefix}_TEXT = (?:\([^)]*\) => )?`([^`]*)`", source)
    if subject is None or text is None:
        raise ValueError(f"no template {prefix}")
    return subject.group(1), text.group(1)


def biohacking(snap: Snapshot) -> Iterator[Spec]:
    """A Berlin biohacking club's applicant tracker: the du-form invitation (a booking link)
    and rejection, an earlier du-form rejection, the Sie-form mass rejection, each ending with
    the club's data-protection note. Plain text, as the tracker hands it on."""
    for n, (path, commit, prefix, category) in enumerate(LUKA_TEMPLATES):
        subject, text = _luka_template(snap.read(LUKA, commit, path), prefix)
        f = fill_for("biohacking/de", f"{prefix}{n}", "de", n)
        values = {"vorname": FIRST_NAME, "nachname": "Berger", "stelle": f.role}
        text = re.sub(r"\$\{(\w+)\}", lambda m, v=values: v[m.group(1)], text)
        text = re.sub(r"\[(\w+)\]", lambda m, v=values: v[m.group(1).lower()], text)
        yield _spec(
            "biohacking/de",
            blob_url(LUKA, commit, path),
            category,
            subject=subject,
            text=text.strip() + "\n",
            company="Biohacking Club",
            role=f.role,
            sender=LUKA_SENDER,
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


RUTA11 = "Ricardohuiscaleo/laruta11_3"
RUTA11_COMMIT = "fcb3a67a3d3f7c9aadfa2da377b8dcf2bb74613e"
RUTA11_PATH = "caja3/api/tracker/create_notification_tables.sql"
# kanban status: (category, stage)
RUTA11_MAILS = {
    "revisando": ("acknowledgement", "n/a"),
    "entrevista": ("interview_invitation", "n/a"),
    "contratado": ("offer", "n/a"),
    "rechazado": ("rejection", "application"),
}
# Ours: the posts and the address (the sender's display name is the code's: update_kanban_status).
RUTA11_ROLES = ["cajero/a", "cocinero/a", "repartidor/a"]
RUTA11_SENDER = ("La Ruta 11 - Empleos", "empleos.laruta11@gmail.com")


def laruta11(snap: Snapshot) -> Iterator[Spec]:
    """A Chilean food truck's staff tracker: the default status mails its kanban sends through
    Gmail (under review, selected for an interview, hired, not selected). One paragraph each."""
    sql = snap.read(RUTA11, RUTA11_COMMIT, RUTA11_PATH)
    values = sql[sql.index("INSERT") :]
    rows = re.findall(r"\('status_\w+', '(\w+)', '([^']*)',\s*'([^']*)'\)", values)
    if len(rows) != len(RUTA11_MAILS):
        raise ValueError("unexpected notification templates")
    for status, subject, body in rows:
        category, stage = RUTA11_MAILS[status]
        for n in range(2 if category == "rejection" else 1):
            role = RUTA11_ROLES[(n + len(status)) % len(RUTA11_ROLES)]
            text = body.replace("{nombre}", FIRST_NAME).replace("{posicion}", role)
            yield _spec(
                "laruta11/es",
                blob_url(RUTA11, RUTA11_COMMIT, RUTA11_PATH),
                category,
                stage,
                subject=subject.replace("{nombre}", FIRST_NAME),
                text=text + "\n",
                html=f"<html><body><p>{text}</p></body></html>",
                company="La Ruta 11",
                role=role if "{posicion}" in body else "n/a",
                sender=RUTA11_SENDER,
                noreply=False,
                fmt=("plain", "html")[n],
            )


FLANVO = "ls-flanvo/FLV"
FLANVO_COMMIT = "18f5295907c4be461b3c09bbf36e589302aba3fd"
FLANVO_PATH = "src/lib/email.ts"
# function: category. A driver's application to drive for the platform, turned down or
# approved (work, so a rejection); the passenger's welcome as a look-alike.
FLANVO_MAILS = {
    "sendDriverRejected": "rejection",
    "sendDriverApproved": "offer",
    "sendWelcome": "other",
}
# Ours: the reason an administrator types for a refused driver (one variant has none).
FLANVO_REASONS = ["", "La licenza NCC indicata non risulta valida per il comune di Bari."]


def _ts_function(source: str, name: str) -> tuple[str, str]:
    """(subject, wrapped HTML) of one ``send(to, subject, wrapEmail(`…`))`` function."""
    body = js_function(source, name, "export async function")
    m = re.search(r"send\(\s*to,\s*'([^']*)',\s*wrapEmail\(`(.*?)`(?:, true)?\)\s*\);", body, re.S)
    if m is None:
        raise ValueError(f"no mail in {name}")
    return m.group(1), m.group(2)


def flanvo(snap: Snapshot) -> Iterator[Spec]:
    """An Italian shared airport-transfer start-up: a driver's application turned down (with
    and without the administrator's reason) or approved, and a passenger's welcome. HTML with
    the service's footer, sent from its no-reply address."""
    source = snap.read(FLANVO, FLANVO_COMMIT, FLANVO_PATH)
    footer_m = re.search(r"const footerLight = `(.*?)`;", source, re.S)
    url_m = re.search(r"NEXT_PUBLIC_APP_URL \|\| '([^']+)'", source)
    if footer_m is None or url_m is None:
        raise ValueError("no footer")
    for name, category in FLANVO_MAILS.items():
        subject, content = _ts_function(source, name)
        for n, reason in enumerate(FLANVO_REASONS if category == "rejection" else [""]):
            html = content.replace("${driverName}", FIRST_NAME).replace("${name}", FIRST_NAME)
            cond = re.compile(r"\$\{reason \? `(.*?)` : ''\}", re.S)
            html = cond.sub(
                lambda m, r=reason: m.group(1).replace("${reason}", r) if r else "", html
            )
            html = (html + footer_m.group(1)).replace("${APP_URL}", url_m.group(1))
            if "${" in html:
                raise ValueError(f"unfilled expression in {name}")
            yield _html_spec(
                "flanvo/it",
                blob_url(FLANVO, FLANVO_COMMIT, FLANVO_PATH),
                category,
                html,
                subject=subject,
                company="Flanvo",
                role="n/a",
                sender=("Flanvo", "noreply@flanvo.com"),
                noreply=True,
                fmt=("html", "html_only")[n],
            )


SAC = "hitobito/hitobito_sac_cas"
SAC_COMMIT = "1cc0dd0bb11dd54ad21432ca6d22a4cfba273cef"
SAC_PATH = "db/seeds/custom_contents.rb"
# mailer constant: category. Refusals and answers that are not about a job: a membership
# application, a course place, a cancelled course.
SAC_MAILS = {
    "People::NeuanmeldungenMailer::REJECTED": "not_a_job",
    "People::NeuanmeldungenMailer::APPROVED": "other",
    "Event::CourseParticipationMailer::REJECT_REJECTED_PARTICIPATION": "not_a_job",
    "Event::CourseParticipationMailer::EVENT_CANCELED_MINIMUM_PARTICIPANTS": "other",
}
# Ours: the placeholders' values.
SAC_VALUES = {
    "first-name": FIRST_NAME,
    "recipient-name": FIRST_NAME,
    "sektion-name": "Sektion Blüemlisalp",
    "profile-url": "https://portal.sac-cas.ch/de/people/600123",
    "event-name": "Hochtourenkurs Grundstufe",
    "event-number": "2025-1412",
    "application-url": "https://portal.sac-cas.ch/de/groups/1/events/2211/participations/88",
    "person-url": "https://portal.sac-cas.ch/de/people/600123",
    "event-link": "https://portal.sac-cas.ch/de/groups/1/events/2211",
    "event-details": "Datum: 14.06.2025 - 17.06.2025<br>Ort: Trifthütte",
}


def sac(snap: Snapshot) -> Iterator[Spec]:
    """The Swiss Alpine Club's member portal (hitobito): a membership application refused by
    the section or accepted, a course place refused, a course cancelled for too few entrants.
    German, du-form, HTML as the portal's custom contents hold it."""
    seeds = snap.read(SAC, SAC_COMMIT, SAC_PATH)
    entry = re.compile(
        r"CustomContent\.get\(\s*([\w:]+)\s*\)\.id,\s*locale: \"de\",\s*label: \"[^\"]*\",\s*"
        r"subject: \"([^\"]*)\",\s*body: ((?:\"[^\"]*\"\s*\\?\s*)+)\}"
    )
    found = {m.group(1): (m.group(2), m.group(3)) for m in entry.finditer(seeds)}
    for n, (key, category) in enumerate(SAC_MAILS.items()):
        subject, literals = found[key]
        html = "".join(re.findall(r"\"([^\"]*)\"", literals)).replace("<a href='", '<a href="')
        html = html.replace("'>", '">')
        html = re.sub(r"\{([\w-]+)\}", lambda m: SAC_VALUES[m.group(1)], html)
        yield _html_spec(
            "sac/de",
            blob_url(SAC, SAC_COMMIT, SAC_PATH),
            category,
            html,
            subject=subject,
            company="n/a",
            role="n/a",
            sender=("SAC Schweizer Alpen-Club", "noreply@portal.sac-cas.ch"),
            noreply=True,
            fmt=("html", "html_only")[n % 2],
        )


TERRAVOA = "Philbzh/Terravoa"
TERRAVOA_COMMIT = "3eda5d11d15b366d6c8462c92839d6e323cdf8d3"
TERRAVOA_PATH = "src/lib/email/i18n.ts"
TERRAVOA_LANGS = ("de", "es", "it", "fr", "pt")
# Ours: which reasons the curator ticks in the variant that has some (codes of the source).
TERRAVOA_REASONS = ["too_industrial", "shipping_limitations"]
# One literal: "…", '…' or `…`, escapes kept out (the catalogue uses \' and \" only).
_TS_STRING = r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`)"


def _ts_block(source: str, const: str, lang: str) -> dict[str, str]:
    """The ``key: 'literal'`` pairs of ``const``'s entry for ``lang`` (a greeting arrow
    function counts by its template literal)."""
    start = source.index(f"export const {const}")
    block = re.search(rf"\n  {lang}: \{{(.*?)\n  \}},", source[start:], re.S)
    if block is None:
        raise ValueError(f"no {lang} in {const}")
    pairs = re.findall(rf"(\w+):\s*(?:\(name\) => )?{_TS_STRING}", block.group(1))
    return {k: re.sub(r"\\(.)", r"\1", v[1:-1]) for k, v in pairs}


def terravoa(snap: Snapshot) -> Iterator[Spec]:
    """A European marketplace of artisan food producers answering a producer's application
    to sell on it: turned down (with and without the curator's ticked reasons) or accepted.
    Refusals that are not about a job, in five of its six languages (one unit each)."""
    source = snap.read(TERRAVOA, TERRAVOA_COMMIT, TERRAVOA_PATH)
    url = blob_url(TERRAVOA, TERRAVOA_COMMIT, TERRAVOA_PATH)
    for lang in TERRAVOA_LANGS:
        no = _ts_block(source, "rejectedStrings", lang)
        yes = _ts_block(source, "acceptedStrings", lang)
        wordings = _ts_block(source, "rejectionReasonWordings", lang)
        f = fill_for(f"terravoa/{lang}", "producer", lang, 0)
        name = f.company
        for n, reasons in enumerate(([], TERRAVOA_REASONS)):
            paras = [f"Terravoa — {no['greeting'].replace('${name}', name)}"]
            paras += [no["thanksIntro"], no["decision"]]
            if reasons:
                paras.append(
                    no["reasonsLead"] + "\n" + "\n".join(f"- {wordings[r]}" for r in reasons)
                )
            paras += [no["gentleClose"], no["signoff"]]
            yield _terravoa_spec(lang, url, "not_a_job", no["subject"], paras, n)
        paras = [f"Terravoa — {yes['greeting'].replace('${name}', name)}", yes["intro"]]
        paras += [yes["body"], f"{yes['cta']}: https://terravoa.com/login/producer"]
        paras += [yes["closing"] + "\n\n" + yes["signoff"]]
        yield _terravoa_spec(lang, url, "other", yes["subject"], paras, 2)


def _terravoa_spec(
    lang: str, url: str, category: str, subject: str, paras: list[str], n: int
) -> Spec:
    """A Terravoa mail: paragraphs as the sender's HTML lays them out (a list for reasons)."""

    def para(p: str) -> str:
        lead, _, items = p.partition("\n- ")
        if not items:
            return f"<p>{p}</p>"
        lis = "".join(f"<li>{i}</li>" for i in items.split("\n- "))
        return f"<p>{lead}</p><ul>{lis}</ul>"

    html = "".join(para(p) for p in paras)
    return _html_spec(
        f"terravoa/{lang}",
        url,
        category,
        html,
        subject=subject,
        company="n/a",
        role="n/a",
        sender=("Terravoa", "hello@terravoa.com"),
        noreply=False,
        fmt=("html_only", "html", "html")[n],
    )
