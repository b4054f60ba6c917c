"""Recipe for the templates recruiters copy from published pages: HR vendors', job boards' and
career sites' rejection (and invitation, status, offer-decline) templates, in every language.

The pages' licences do not allow committing their sentences, so the texts are saved outside
the repository (``../corpora/pages/<site>-<lang>/NN-<kind>.txt``, given to build-corpus with
``--pages``) and this recipe only renders them. Each file is one template as the page shows
it, after a small header::

    url: https://...            the page
    read: 2026-11-30            the day it was read
    kind: rejection             the category (docs/corpora.md), from the page's heading
    stage: interview            for a rejection: what the page says happened
    own: 0                      1: written by the applicant (sent by the mailbox owner)
    frame: 0                    1: a sentence only; greeting and sign-off are ours
    subject: ...                the page's subject line, or empty (then ours)
    ---
    Dear [Candidate Name], ...

One unit per site and language (``web-<site>/<lang>``): different people wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .fill import OWNER, Fill, Spec, fill_for
from .snapshot import MissingSource

# Placeholder words, checked in this order (a sender's "name" is not the candidate's).
SLOTS: list[tuple[str, tuple[str, ...]]] = [
    (
        "person",
        (
            "sender",
            "your name",
            "your first name",
            "your full name",
            "your_name",
            "votre nom",
            "ihr name",
            "mittente",
            "coordinator",
            "su nombre",
        ),
    ),
    (
        "title",
        (
            "your title",
            "your job title",
            "[title]",
            "votre fonction",
            "berufsbezeichnung",
            "designation",
            "su cargo",
        ),
    ),
    ("contact", ("contact", "signature", "phone", "email address")),
    (
        "company",
        ("company", "entreprise", "empresa", "società", "azienda", "unternehmen", "bedrijf"),
    ),
    (
        "role",
        (
            "position",
            "role",
            "job",
            "poste",
            "cargo",
            "posizione",
            "titolo",
            "rolle",
            "functie",
            "vaga",
            "[x]",
            "intitulé",
        ),
    ),
    ("date", ("date", "datum", "data", "fecha")),
    ("time", ("time", "uhrzeit")),
    ("platform", ("platform",)),
    (
        "owner",
        ("candidat", "applicant", "richiedente", "name", "nome", "nombre", "naam", "prénom"),
    ),
]
# Example values some pages write instead of a placeholder, and what replaces them.
EXAMPLES = {
    "AlphaTech Solutions": "{company}",
    "WebFX": "{company}",
    "[major related comment]": "digital marketing",
    "[candidate specific organization or major]": "the student marketing society",
    "Avority Academy": "{company}",
    "Herr [Empfänger]": "Herr {surname}",
    "i.A. [Name]": "i.A. {person}",
    "Social Media Manager": "{role}",
    "Elena Rossi": "{owner}",
    "Marco Bianchi": "{person}",
    "XYZ Company": "{company}",
    "XYZ company": "{company}",
    "bedrijf X": "{company}",
    "Name of your candidate": "{owner}",
    "Please enter the job title here": "{role}",
    "heer Peeters": "heer {surname}",
    "Mme/M. XXXX": "M. {surname}",
    "Mme/M. XXX": "M. {surname}",
    "Sehr geehrte Frau / Herr (Name)": "Sehr geehrter Herr {surname}",
    "Sehr geehrte/r Frau/Herr ...": "Guten Tag {person}",
    "(Ausbildungsbereich/Zweig)": "{role}",
    "Fina Valero": "{owner}",
    "Maquillaje y Caracterización": "{role}",
    "Asociación de teatro Tucumán 7": "{company}",
    "Lieve Sandra": "Hola {first}",
    "Periodista Molona para Conquistar el Mundo": "{role}",
    "Individuo X": "{person}",
    "responsabile della contabilità": "{role}",
    "Dear Sir/Madam ": "Dear ",
    "Dear Ms/Mr ": "Dear ",
    # session 12, English pages
    "Dear Candidate Name,": "Dear {owner},",
    "the Customer Service position": "the {role} position",
    "Dear Mr. Nathan Bradley": "Dear {owner}",
    "Jonathan McAdams": "{person}",
    "Yen and Yin Corporation": "{company}",
    "the position of a marketing manager": "the position of {role}",
    "Dear Tony,": "Dear {first},",
    "Dear Mr. Parker,": "Dear {owner},",
    "post of IT analyst": "post of {role}",
    "ABC Enterprises": "{company}",
    "Kimberley Jones": "{person}",
    "Dear John:": "Dear {owner}:",
    "position of ___________": "position of {role}",
    "Dear Diego,": "Dear {first},",
    "Features Writer": "{role}",
    "Wave Magazine": "{company}",
    "Dear XXXX,": "Dear {first},",
    "interest in xxxxxx.": "interest in {company}.",
    "both xxx and I": "both {person} and I",
    "Dear San,": "Dear {first},",
    "interest in company and": "interest in {company} and",
    "Dear Country Mouse:": "Dear {owner}:",
    "Company X": "{company}",
    "Dear John Smith and Company,": "Dear {person},",
    "Vice Principal at Sunnybrook Elementary": "{role} at {company}",
    "((name))": "{owner}",
    "((provider))": "{company}",
    "((course))": "Primary with Mathematics (5-11)",
    "Mr./Ms./Mrs. [Name]": "{person}",
    "[Manager's Name]": "{person}",
    "[Hiring Manager Name/HR Department]": "{person}",
    "[Position / Job Title]": "{person}",
    "Dear (Applicant's Name):": "Dear {owner}:",
    "shipping coordinator": "{role}",
    "DLT Industries": "{company}",
    "The DLT selection committee": "The selection committee",
    "the DLT Employee Selection Team": "the {company} Selection Team",
    "Doe Van Lines": "{company}",
    "Doe Corporation": "{company}",
    "Doe's": "{company}",
    "position of store supervisor": "position of {role}",
    "Dear Mr. Thompson,": "Dear {owner},",
    "Senior Marketing Manager": "{role}",
    "ABC Corporation": "{company}",
    "Sarah Martinez": "{person}",
    "on job offer date": "on 14 October 2025",
    "position of job role at company name": "position of {role} at {company}",
    "due to reason for offer withdrawal": "due to a change in our budget",
    "Dear Emily,": "Dear {first},",
    "Dear M...": "Dear {first},",
    "Dear Racheal,": "Dear {first},",
    "(Magazine)": "{company}",
    "other posts at UCL": "other posts at {company}",
    "our Director of Sales position": "our {role} position",
    "candidate for Director of Sales": "candidate for {role}",
    # session 32 (branch sources24)
    "experiência em X.": "experiência em gestão de projetos.",
    # session 37 (branch pages49): the non-job letters' own placeholders
    "[Property Address]": "14 Elm Street, Apartment 3",
    "[briefly mention specific reasons for denial, such as credit history, income verification,"
    " previous rental references, etc.]": "your credit history",
    "[Your Title/Position (if applicable)]": "Property Manager",
    "[Scholarship Name]": "Horizon Merit Scholarship",
    "[GPA requirement]": "3.5",
    "[specific field or subject]": "mathematics",
    "[4-H staff member]": "{person}",
    "[full title of award]": "Distinguished Service Award",
    "[full name of award]": "Distinguished Service Award",
    "Liebe Frau Hartz,": "Liebe Frau {surname},",
    "bei den XXX Medien": "bei {company}",
    "mit besten Grüßen XXX": "mit besten Grüßen {person}",
    # session 38 (branch pages50): names, redactions and blanks of the new pages
    "[skill or job requirement]": "stakeholder management",
    "Dear Pamela,": "Dear {first},",
    "Joseph Fu": "{person}",
    "Northrop Grumman": "{company}",
    "Guten Tag Anton,": "Guten Tag {first},",
    "Beste Grüße\nMoni": "Beste Grüße\n{person}",
    "functie van abc/xyz": "functie van {role}",
    "Dear [[Recipient]]:": "Dear {owner}:",
    "Sehr geehrte/r Frau/Herr _______,": "Guten Tag {person},",
    "vom _______ für die Position als _______.": "vom 14.10.2025 für die Position als {role}.",
    "_______ (z.B. „Die Position entspricht nicht vollständig meinen derzeitigen"
    " Karrierezielen“ oder „Ich habe mich für ein anderes Angebot entschieden, das besser zu"
    " meiner aktuellen Situation passt„)": "Ich habe mich für ein anderes Angebot entschieden,"
    " das besser zu meiner aktuellen Situation passt.",
    "(Ihr Name)": "{owner}",
    "Dear [Title] [Lastname],": "Dear {owner},",
    "[Firstname] [Lastname], PhD": "{person}, PhD",
    "Andreas BOSCHEN": "{person}",
    "Dear Hilary,": "Dear {first},",
    "[Name of School]": "Westbrook University",
    "[redacted] Fellowship": "Graduate Fellowship",
    "[Redacted] Creative Writing Program": "Westbrook Creative Writing Program",
    "-[Redacted}University Creative Writing Program": "-Westbrook University Creative Writing"
    " Program",
    "Sehr geehrter Herr Dr. Roland Giller,": "Sehr geehrter Herr {surname},",
    "Grüßen\nHerr Fischer": "Grüßen\n{person}",
    "Ruta Quetzal BBVA": "{company}",
    # session 40 (branch pages52): names, roles and redactions in the quoted mails
    "puesto de responsable de comunicación digital": "puesto de {role}",
    "signor Pinco Pallino": "signor {surname}",
    "Cara Angela,": "Cara {first},",
    "Cordiali saluti. XXX": "Cordiali saluti. {person}",
    "Cordialmente, XXX caporedattore": "Cordialmente, {person} caporedattore",
    "Sehr geehrte Frau Jakobs,": "Sehr geehrte Frau {surname},",
    "Position „PR-Berater“": "Position „{role}“",
    "Fräulein Vorzimmer": "{person}",
    "Sehr geehrter Herr Mustermann,": "Sehr geehrter Herr {surname},",
    "as [V.P.] is away": "as our Vice President is away",
    "[the employer]": "{company}",
    "[HR Manager]": "{person}",
    "at xxx for the Project Manager role": "at {company} for the {role} role",
    "Dear Paolo Massa,": "Dear {owner},",
    # session 40 (branch pages53): names, roles and redactions in the quoted mails
    "Raquel Mourão": "{owner}",
    "Luis Gomes": "{person}",
    "A ‘tal empresa’": "A {company}",
    "Revista P&%": "{company}",
    "Guten Tag Nadja,": "Guten Tag {first},",
    "bei Spreadshirt": "bei {company}",
    "Hi Greg,": "Hi {first},",
    "interest in Mozilla": "interest in {company}",
    "Mozilla Talent Acquisition Team": "{company} Talent Acquisition Team",
    "the Senior Developer Advocate, Add-ons opening": "the {role} opening",
    "join the Autoblog team": "join the {company} team",
    "AUTOBLOG: ": "{company}: ",
    "Dear Robert,": "Dear {first},",
    "Dear Mr. Heaton:": "Dear Mr. {surname}:",
    "Dear Jessica:": "Dear {first}:",
    "Jeff Walker": "{person}",
    # session 40 (branch pages54): names and redactions in the quoted mails
    "bien cordialement. Mme X": "bien cordialement. {person}",
    "Sehr geehrter Herr M.A.,": "Sehr geehrter Herr {surname},",
    "Dear Mr Philaja": "Dear Mr {surname}",
    "Traineeship Journalistiek Talent": "{role}",
    # session 40 (branch pages55): names, roles and firms in the quoted mails
    "Hola Manuela,": "Hola {first},",
    "posizione di Retail Assistant presso Aldi": "posizione di {role} presso {company}",
    "Dear Hannah Musick:": "Dear {owner}:",
    "William,\n\nThanks for your submission": "{first},\n\nThanks for your submission",
    "Yours,\nRosecrans": "Yours,\n{person}",
    # session 41 (branch pages56): names and redactions in the quoted it/pt mails
    "Gentile sig. P.": "Gentile sig. {surname}",
    "Gentile dott. ssa M.": "Gentile dott. ssa {surname}",
    "Silvia XXXXXXXXX\n\nXXXXXXXXXX Edizioni Srl": "{person}\n\n{company}",
    "Gentile Matteo Grimaldi,": "Gentile {owner},",
    "Olá, Carla,": "Olá, {first},",
    "Caro Hermes,": "Caro {first},",
    # session 41 (branch pages58): names, roles and redactions in the quoted mails
    "Hello John.": "Hello {first}.",
    "the Content Manager role": "the {role} role",
    "Dear Ms. _____________,": "Dear Ms. {surname},",
    "Lieber Herr Brunner,": "Lieber Herr {surname},",
    "Sehr geehrter Herr Herbst,": "Sehr geehrter Herr {surname},",
    "the supervising producer position": "the {role} position",
    "Cheyrl Imelda Hampton": "{person}",
    # session 41 (branch pages59): names, roles and redactions in the quoted pt/es/it mails
    "Prezada Priscila,": "Prezada {first},",
    "Obrigado\nOceano": "Obrigado\n{company}",
    "alla posizione di (…).": "alla posizione di {role}.",
    "María, hola.": "{first}, hola.",
    "Estimado/a ********,": "Estimado/a {owner},",
    "para el puesto Dependiente.": "para el puesto {role}.",
    "Nuria, una de": "{first}, una de",
    # session 41 (branch pages60): a ruling's redaction, a blogger's name and blank
    "Sehr geehrter Herr (...),": "Sehr geehrter Herr {surname},",
    "Monsieur Lalouz,": "Monsieur {surname},",
    "postulé à tel poste": "postulé au poste de {role}",
    # session 41 (branch pages61): names, roles, schools and redactions in the quoted mails
    "Dear (me):": "Dear {first}:",
    "the Language Arts position at (school).": "the {role} position at {company}.",
    "Dear Allison,": "Dear {first},",
    "the SK position": "the {role} position",
    "[our school]": "{company}",
    "the position of assistant professor": "the position of {role}",
    "We, at the University of Wisconsin,": "We, at {company},",
    "the FACULTY-OPEN RANK position": "the {role} position",
    "Dear New Postdoc,": "Dear {owner},",
    "the Postdoctoral Fellowship in Albatross Albatross and Albatross Research through the"
    " Department of Albatross at Albatross University": "the {role} at {company}",
    "\nAlbatross Albatross\n": "\n{person}\n",
    "with the UIC SEL Research Group.": "with {company}.",
    "Sincerely,\nThe UIC SEL Research Group": "Sincerely,\n{company}",
    "Hello Psych Post Doc,": "Hello {owner},",
    "the post-doctoral position at the really cool place that you'd like to work.": "the {role}"
    " position at {company}.",
    "Person Running the Search": "{person}",
    # session 41 (branch pages64): names, roles, employers and the bloggers' masks in the quotes
    "the position of [history/geography] at [local city] High School in [local city] ISD.": "the"
    " position of {role} at {company}.",
    "considering [local city] ISD as": "considering {company} as",
    "interest in [local city] schools and": "interest in {company} and",
    "Dear Nicola\n": "Dear {first}\n",
    "Mr A. Nogo.": "{person}",
    "Hi Stella,": "Hi {first},",
    "our Narrative Designer role.": "our {role} role.",
    "a role with _______.": "a role with {company}.",
    "an intern opportunity with […] We": "an intern opportunity with {company}. We",
    "to consider […] when": "to consider {company} when",
    "your application for […] While": "your application for {role}. While",
    "your interest in […] and I wish": "your interest in {company} and I wish",
    "a job here at UGA.": "a job here at {company}.",
    "Dear Lila,": "Dear {first},",
    # session 41 (branch pages62): the first name in a hotel owner's SMS and an employer's WhatsApp
    "Mi dispiace Paolo ma": "Mi dispiace {first} ma",
    "Buenas tardes, Sara.": "Buenas tardes, {first}.",
    # session 41 (branch pages63): the readers' initials, a recruiter's office, a firm's name
    "Sehr geehrter Herr L.\n": "Sehr geehrter Herr {surname}\n",
    "Freundliche Grüsse\nS.Z.\nOffice Zürich": "Freundliche Grüsse\n{person}\n{company}",
    "Sehr geehrter Herr K.,": "Sehr geehrter Herr {surname},",
    "Kind regards\n\nS. H.": "Kind regards\n\n{person}",
    "Sehr geehrter Herr A.,": "Sehr geehrter Herr {surname},",
    "chez Mantality Health.": "chez {company}.",
    # session 41 (branch pages67): names, roles, employers and the bloggers' masks in the quotes
    "Dear Articulate,": "Dear {first},",
    "Best wishes, Jocelyn": "Best wishes, {person}",
    "Dear Greg\n": "Dear {first}\n",
    "interest in _________________, UK. At _____________ we": "interest in {company}, UK. At"
    " {company} we",
    "interest in _________________.\n": "interest in {company}.\n",
    "Hey Tameka,": "Hey {first},",
    "for the ____________ position.": "for the {role} position.",
    "interest in _____________, and wish": "interest in {company}, and wish",
    "the Professional Blogger position.": "the {role} position.",
    "make #### #### #### a success": "make {company} a success",
    "join the #### #### #### network": "join the {company} network",
    "\n### ####\n": "\n{person}\n",
    "information to xxxxxxx.": "information to {company}.",
    # session 41 (branch pages66): a forum poster's first name and his two bracketed masks (a
    # contact and a school: ours), a website editor's surname and the editor's initials
    "Hallo Koen,": "Hallo {first},",
    "[een of andere Pipo]": "mevrouw Visser",
    "[Naam andere school]": "het Zuiderlicht College",
    "Sehr geehrter Herr Dr. Gizewski,": "Sehr geehrter Herr Dr. {surname},",
    "I. L. , Redaktion": "{person}, Redaktion",
    # session 41 (branch pages68): the reader's surname in a supermarket manager's voicemail
    "Sí, señorita Jones,": "Sí, señorita {surname},",
    # session 41 (branch pages69): a job seeker's name in an automated no, a mother's surname
    "Bonjour Kandia Dramé,": "Bonjour {owner},",
    "Liebe Frau Maurer,": "Liebe Frau {surname},",
    # session 42 (branch pages70): a blogger's first name in a development agency's answer
    "Gentilissima Eleonora\n": "Gentilissima {first}\n",
    # session 42 (branch pages71): the writers' and artists' names (and the masks two of them put
    # in their place) in the refusals of a novel, manuscripts, a synopsis, grants and a retreat;
    # an editor's name
    "Dear Mr. Campbell,": "Dear {owner},",
    "Dear Mr Campbell,": "Dear {owner},",
    "Monsieur XXX,": "Monsieur {surname},",
    "Beste Mirjam,": "Beste {first},",
    "Estimado José Ramón:": "Estimado {first}:",
    "atentamente\nRaquel Martínez": "atentamente\n{person}",
    "A/A Juan Ángel Laguna": "A/A {owner}",
    "Gentile signor ***,": "Gentile signor {surname},",
    "Dear holly,": "Dear {first},",
    "Dear Susan ,": "Dear {first} ,",
    "Dear Ms. Clements:": "Dear {owner}:",
}
PLACEHOLDER = (
    r"\$([A-Z]\w*\.\w+)|\{\{\s*([^{}\n]{1,60}?)\s*\}\}|\[([^\]\n]{1,90})\]"
    r"|\{([^}\n]{1,60})\}|<([^>\n]{1,40})>"
)
TITLE = {
    "en": "Talent Acquisition",
    "de": "Personalabteilung",
    "fr": "Ressources humaines",
    "es": "Recursos Humanos",
    "it": "Risorse Umane",
    "nl": "HR-afdeling",
    "pt": "Recursos Humanos",
}
# Ours: subjects where the page gives none, and the frame of a sentence-only template.
SUBJECT = {
    "en": "Your application for {role}",
    "de": "Ihre Bewerbung als {role}",
    "fr": "Votre candidature au poste de {role}",
    "es": "Su candidatura para {role}",
    "it": "La sua candidatura per la posizione di {role}",
    "nl": "Uw sollicitatie als {role}",
    "pt": "Sua candidatura para a vaga de {role}",
}
FRAME = {
    "en": ("Dear {owner},", "Kind regards,"),
    "de": ("Sehr geehrte/r {owner},", "Mit freundlichen Grüßen"),
    "fr": ("Bonjour {owner},", "Cordialement,"),
    "es": ("Estimado/a {owner}:", "Atentamente,"),
    "it": ("Gentile {owner},", "Cordiali saluti,"),
    "nl": ("Beste {owner},", "Met vriendelijke groet,"),
    "pt": ("Prezado(a) {owner},", "Atenciosamente,"),
}


@dataclass
class Page:
    """One saved template and its header."""

    site: str
    lang: str
    url: str
    kind: str
    stage: str
    own: bool
    frame: bool
    subject: str
    body: str
    key: str


def read_page(path: Path) -> Page:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict(
        line.split(": ", 1) if ": " in line else (line.rstrip(":"), "")
        for line in head.splitlines()
    )
    site, _, lang = path.parent.name.rpartition("-")
    return Page(
        site=site,
        lang=lang,
        url=meta["url"],
        kind=meta["kind"],
        stage=meta.get("stage", "n/a"),
        own=meta.get("own", "0") == "1",
        frame=meta.get("frame", "0") == "1",
        subject=meta.get("subject", ""),
        body=body.strip() + "\n",
        key=path.stem,
    )


def _value(f: Fill, slot: str) -> str:
    values = {
        "person": f.person,
        "company": f.company,
        "role": f.role,
        "title": TITLE[f.lang],
        "date": "14.10.2025" if f.lang != "en" else "October 14, 2025",
        "time": "10:00",
        "platform": "Zoom",
        "contact": f.person_addr,
        "owner": OWNER[0],
        "surname": OWNER[0].split()[-1],
    }
    return values[slot]


def _placeholder(f: Fill, key: str) -> str:
    """The value for one ``[...]``/``{...}``/``<...>``/``(...)`` placeholder of a page."""
    k = key.lower().strip()
    if "e.g." in k:
        return key.split("e.g.", 1)[1].strip(" ,.:]")
    if any(w in k for w in ("phone", "telefon", "email address")):
        return f.person_addr
    if any(w in k for w in ("number", "numero")):
        return "6" if "specific" not in k else "un gran numero"
    if "timeframe" in k:
        return "the end of the month"
    if "interval" in k:
        return "months"
    if k == "period":
        return "the end of the year"
    if "/" in k and not any(w in k for w in ("name", "nome", "entreprise", "organizzazione")):
        return key.split("/", 1)[0].strip()
    for slot, words in SLOTS:
        if any(re.search(rf"(?<![a-zà-ÿ]){re.escape(w)}", f"[{k}]") for w in words):
            return _value(f, slot)
    return key


def fill_page(text: str, f: Fill) -> str:
    """The page's template with this variant's values in its placeholders."""
    text = re.sub(r"(\[[^\]\n]+\])/(?:Dear|Hi) \[[^\]\n]+\]", r"\1", text)
    values = {slot: _value(f, slot) for slot in ("company", "role", "owner", "person", "surname")}
    values["first"] = OWNER[0].split()[0]
    for example, replacement in EXAMPLES.items():
        text = text.replace(example, replacement.format(**values))
    # A sign-off line that is only a name placeholder ("Sincerely,\n[Name]") is the sender's.
    text = re.sub(
        r"(?<=\n)[ \t]*[\[{(<]\s*(?i:name|naam|nom|nome|nombre)\s*[\]})>][ \t]*(?=\n|$)",
        f.person,
        text,
    )
    text = re.sub(PLACEHOLDER, lambda m: _placeholder(f, next(g for g in m.groups() if g)), text)
    # "(name)", "(job title)": parenthesised placeholders of a few pages
    return re.sub(
        r"\((name|job title|company name|date)\)",
        lambda m: _placeholder(f, m.group(1)),
        text,
        flags=re.IGNORECASE,
    )


def _spec(page: Page, n: int) -> Spec:
    unit = f"web-{page.site}/{page.lang}"
    f = fill_for(unit, page.key, page.lang, n)
    body = fill_page(page.body, f)
    if page.frame:
        hello, bye = FRAME[page.lang]
        body = (
            f"{hello.format(owner=OWNER[0])}\n\n{body.strip()}\n\n{bye}\n{f.person}\n{f.company}\n"
        )
    subject = fill_page(page.subject, f) if page.subject else SUBJECT[page.lang].format(role=f.role)
    sender, noreply = f.sender(("person", "ats", "careers")[n % 3])
    person = f.sender("person")[0]
    mentioned = f.role in body or f.role in subject
    return Spec(
        unit=unit,
        url=page.url,
        lang=page.lang,
        category=page.kind,
        rejection=page.kind == "rejection",
        stage=page.stage if page.kind == "rejection" else "n/a",
        subject=subject,
        text=body,
        company=f.company,
        role=f.role if mentioned else "n/a",
        sender=OWNER if page.own else sender,
        noreply=False if page.own else noreply,
        fmt=("plain", "wrapped", "html")[n % 3],
        to=person if page.own else OWNER,
    )


def pages(folder: Path | None) -> Callable[[object], Iterator[Spec]]:
    """The recipe over the saved pages in ``folder``; missing folder: MissingSource."""

    def recipe(_snap: object) -> Iterator[Spec]:
        if folder is None or not folder.is_dir():
            raise MissingSource(f"pages folder {folder} (see docs/corpora.md)")
        for path in sorted(folder.glob("*-*/*.txt")):
            page = read_page(path)
            for n in range(1 if page.own else 2):
                yield _spec(page, n)

    recipe.__name__ = "pages"
    return recipe
