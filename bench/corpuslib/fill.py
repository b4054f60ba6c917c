"""Invented fill values, sender styles and the .eml writer of the external corpora.

Templates come from public sources; the values put into their placeholders do
not exist there, so they are chosen here, deterministically (a seeded RNG per
template), with names and companies that read like the language's real mail.
"""

from __future__ import annotations

import hashlib
import random
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape
from typing import Any

OWNER = ("Robin Berger", "robin.berger@example.net")

COMPANIES: dict[str, list[str]] = {
    "en": [
        "Brightwater Analytics",
        "Northwind Robotics",
        "Harborview Health",
        "Copperline Energy",
        "Lumen Payments",
        "Redwood Logistics",
        "Atlas Biotech",
        "Juniper Learning",
        "Silverpine Software",
        "Cobalt Mobility",
        "Meridian Insurance",
        "Fernhill Foods",
    ],
    "de": [
        "Nordlicht Logistik GmbH",
        "Bergmann Maschinenbau AG",
        "Sonnenfeld Energie GmbH",
        "Rheinwerk Digital GmbH",
        "Alpenblick Versicherung AG",
        "Kessler & Vogt Consulting",
        "Hansekontor Handel GmbH",
        "Lindenhof Pflege gGmbH",
        "Isarwerk Software GmbH",
        "Brückner Medizintechnik GmbH",
        "Elbe Mobility GmbH",
        "Schwarzwald Foods GmbH",
    ],
    "fr": [
        "Atelier Lumière SAS",
        "Groupe Vauclair",
        "Boulangeries Marchand",
        "Sodexal Services",
        "Cabinet Moreau & Associés",
        "Transports Garnier",
        "Nova Santé",
        "Librairie Carrefour des Mots",
        "Ateliers du Rhône",
        "Énergies Solaris",
        "Clinique des Tilleuls",
        "Ressourcerie Bonne Pioche",
    ],
    "es": [
        "Grupo Almendro",
        "Soluciones Iberia SL",
        "Transportes Guadalquivir",
        "Clínica Santa Lucía",
        "Construcciones Navarro SA",
        "Editorial Brújula",
        "Energía Levante",
        "Consultora Alcázar",
        "Bodegas Ribera Alta",
        "Tecnologías Cierzo SL",
        "Hoteles Mar Azul",
        "Laboratorios Ebro",
    ],
    "nl": [
        "Polderwerk BV",
        "De Groene Brug",
        "Van Dijk Installatietechniek",
        "Noorderlicht Media",
        "Kanaalzicht Logistiek",
        "Bakkerij Verhoeven",
        "Zorggroep Eikenhof",
        "Studio Windmolen",
        "Dijkstra & De Vries Advocaten",
        "Havenkwartier Software",
        "Veldhuis Energie",
        "Tulp Retail",
    ],
    "it": [
        "Officine Lombarde Srl",
        "Gruppo Serenissima",
        "Tessiture Bellini",
        "Studio Ferraris & Co",
        "Trasporti Appennino",
        "Banca del Tirreno",
        "Laboratori Aurora",
        "Cantine Colli Euganei",
        "Software Dolomiti Srl",
        "Ospedale San Marco",
        "Edizioni Gabbiano",
        "Energia Etna",
    ],
    "pt": [
        "Grupo Atlântico",
        "Soluções Tejo Lda",
        "Transportes Minho",
        "Clínica Boa Esperança",
        "Construtora Ipê",
        "Editora Caravela",
        "Energia do Cerrado",
        "Consultoria Alfama",
        "Vinhos do Douro SA",
        "Tecnologia Pampulha",
        "Hotéis Costa Verde",
        "Laboratório Sabiá",
    ],
}
ROLES: dict[str, list[str]] = {
    "en": [
        "Senior Data Analyst",
        "Backend Engineer",
        "Product Designer",
        "Customer Success Manager",
        "Site Reliability Engineer",
        "Marketing Coordinator",
        "Financial Controller",
        "Registered Nurse",
        "Supply Chain Planner",
        "QA Automation Engineer",
        "Office Manager",
        "Technical Writer",
    ],
    "de": [
        "Softwareentwickler (m/w/d)",
        "Projektleiterin Bau",
        "Sachbearbeiter Buchhaltung (m/w/d)",
        "Data Engineer (m/w/d)",
        "Pflegefachkraft",
        "Vertriebsinnendienst (m/w/d)",
        "Werkstudent Marketing",
        "IT-Systemadministrator (m/w/d)",
        "Controller (m/w/d)",
        "Personalreferentin",
        "Elektroniker für Betriebstechnik",
        "UX Designer (m/w/d)",
    ],
    "fr": [
        "Chargé de recrutement",
        "Développeur Full Stack",
        "Assistante de direction",
        "Comptable fournisseurs",
        "Chef de projet digital",
        "Technicien de maintenance",
        "Aide-soignant",
        "Responsable logistique",
        "Commercial sédentaire",
        "Vendeur en boulangerie",
        "Data analyst",
        "Agent d'entretien",
    ],
    "es": [
        "Desarrollador Backend",
        "Técnico de Selección",
        "Administrativo Contable",
        "Enfermera de Planta",
        "Jefe de Obra",
        "Ejecutivo Comercial",
        "Analista de Datos",
        "Diseñadora UX",
        "Responsable de Almacén",
        "Recepcionista de Hotel",
        "Técnico de Soporte IT",
        "Community Manager",
    ],
    "nl": [
        "Medior Front-end Developer",
        "Projectleider Installatietechniek",
        "Financieel Administrateur",
        "Verpleegkundige",
        "Accountmanager Binnendienst",
        "Data-analist",
        "Marketingcoördinator",
        "Servicemonteur",
        "Office Manager",
        "Teamleider Logistiek",
        "UX Designer",
        "HR-adviseur",
    ],
    "it": [
        "Sviluppatore Java",
        "Impiegata Amministrativa",
        "Responsabile Logistica",
        "Infermiere Professionale",
        "Addetto alle Vendite",
        "Analista Dati",
        "Progettista Meccanico",
        "Assistente di Direzione",
        "Tecnico Manutentore",
        "Consulente Commerciale",
        "Grafico Pubblicitario",
        "Contabile Senior",
    ],
    "pt": [
        "Desenvolvedor Back-end",
        "Analista de Recursos Humanos",
        "Assistente Administrativo",
        "Enfermeira",
        "Engenheiro Civil",
        "Executivo de Vendas",
        "Analista de Dados",
        "Designer UX",
        "Coordenador de Logística",
        "Recepcionista",
        "Técnico de Suporte",
        "Contador Sênior",
    ],
}
PEOPLE: dict[str, list[str]] = {
    "en": [
        "Emily Carter",
        "James O'Neill",
        "Priya Raman",
        "Daniel Brooks",
        "Hannah Whitfield",
        "Marcus Lee",
        "Olivia Grant",
        "Samuel Ortiz",
    ],
    "de": [
        "Anna Weber",
        "Jonas Hartmann",
        "Katharina Schulz",
        "Lukas Brandt",
        "Miriam Yilmaz",
        "Tobias Krüger",
        "Sabine Lorenz",
        "Felix Neumann",
    ],
    "fr": [
        "Camille Dubois",
        "Julien Lefèvre",
        "Sophie Martin",
        "Nicolas Girard",
        "Amélie Rousseau",
        "Karim Benali",
        "Claire Fontaine",
        "Thomas Mercier",
    ],
    "es": [
        "Lucía Fernández",
        "Javier Morales",
        "Carmen Ruiz",
        "Pablo Ortega",
        "Marta Jiménez",
        "Diego Castillo",
        "Elena Navarro",
        "Sergio Romero",
    ],
    "nl": [
        "Sanne de Jong",
        "Daan Bakker",
        "Femke Visser",
        "Thijs Janssen",
        "Lotte Smit",
        "Bram van Leeuwen",
        "Eva Mulder",
        "Joris de Graaf",
    ],
    "it": [
        "Giulia Bianchi",
        "Marco Rossi",
        "Chiara Esposito",
        "Luca Romano",
        "Francesca Greco",
        "Alessandro Conti",
        "Sara Marino",
        "Davide Ricci",
    ],
    "pt": [
        "Ana Souza",
        "João Pereira",
        "Mariana Costa",
        "Pedro Almeida",
        "Beatriz Santos",
        "Rafael Oliveira",
        "Carolina Lima",
        "Tiago Ferreira",
    ],
}
TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "nl": "nl", "it": "it", "pt": "com.br"}
CAREERS_LOCAL = {
    "en": "careers",
    "de": "bewerbung",
    "fr": "recrutement",
    "es": "rrhh",
    "nl": "werving",
    "it": "selezione",
    "pt": "recrutamento",
}
ATS = [
    ("no-reply@us.greenhouse-mail.io", True),
    ("no-reply@hire.lever.co", True),
    ("no-reply@ashbyhq.com", True),
    ("noreply@smartrecruiters.com", True),
    ("notifications@teamtailor-mail.com", True),
    ("noreply@personio.de", True),
    ("no-reply@recruitee.com", True),
    ("jobs-noreply@softgarden.io", True),
]
LEGAL = re.compile(r"\s+(GmbH|gGmbH|AG|SAS|SA|SL|BV|Srl|Lda|Co|& Co)\.?$|\s+&\s+\w+.*$", re.I)


def slug(company: str) -> str:
    """A plausible mail domain label for a company name."""
    base = LEGAL.sub("", company).lower()
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(base))[:20] or "company"


def ascii_fold(text: str) -> str:
    """ASCII letters of ``text`` for mail addresses (é -> e, ß -> ss)."""
    text = text.replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass
class Spec:
    """One mail to write, with its labels."""

    unit: str
    url: str
    lang: str
    category: str
    rejection: bool
    subject: str
    text: str
    company: str
    role: str
    sender: tuple[str, str]
    noreply: bool
    stage: str = "n/a"
    html: str | None = None
    reply_to: str | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)
    fmt: str = "plain"
    to: tuple[str, str] = OWNER


def spec(
    unit: str,
    url: str,
    category: str,
    stage: str | None = None,
    *,
    labels_on_rejection: bool = False,
    **fields: Any,
) -> Spec:
    """A mail of ``unit`` (its language is the unit's suffix), a rejection by its category;
    a rejection's stage is ``application`` unless given. ``labels_on_rejection``: the company
    and role given are a rejection's labels only; any other mail gets "n/a" (what recipes
    otherwise wrote out as ``company=X if rejection else "n/a"`` at every call)."""
    rejection = category == "rejection"
    if labels_on_rejection and not rejection:
        fields.update(company="n/a", role="n/a")
    return Spec(
        unit=unit,
        url=url,
        lang=unit.rsplit("/", 1)[1],
        category=category,
        rejection=rejection,
        stage=stage or ("application" if rejection else "n/a"),
        **fields,
    )


def html_spec(
    unit: str, url: str, category: str, html: str, *, strip: bool = True, **fields: Any
) -> Spec:
    """A mail whose body is ``html`` (a fragment), its text part derived from it; ``strip``
    False keeps the fragment's edge whitespace in the HTML part (the older recipes did)."""
    body = html.strip() if strip else html
    return spec(
        unit,
        url,
        category,
        text=html_to_text(body),
        html=f"<html><body>{body}</body></html>",
        **fields,
    )


def rng_for(*parts: object) -> random.Random:
    """A deterministic RNG per template and variant, independent of build order."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


@dataclass
class Fill:
    """The invented values of one variant."""

    lang: str
    company: str
    role: str
    person: str
    rnd: random.Random

    @property
    def domain(self) -> str:
        return f"{slug(self.company)}.{TLD[self.lang]}"

    @property
    def person_addr(self) -> str:
        first, _, last = self.person.lower().partition(" ")
        local = re.sub(r"[^a-z.]", "", ascii_fold(f"{first}.{last.replace(' ', '')}"))
        return f"{local}@{self.domain}"

    def sender(self, style: str, team: str = "Recruiting") -> tuple[tuple[str, str], bool]:
        """(display name, address), noreply: an ATS relay, a careers box or a person."""
        if style == "ats":
            addr, noreply = self.rnd.choice(ATS)
            return (f"{self.company} {team}", addr), noreply
        if style == "noreply":
            return (f"{self.company}", f"no-reply@{self.domain}"), True
        if style == "careers":
            return (f"{self.company} {team}", f"{CAREERS_LOCAL[self.lang]}@{self.domain}"), False
        return (self.person, self.person_addr), False


def fill_for(unit: str, key: str, lang: str, n: int) -> Fill:
    """The n-th variant's values for a template of ``unit``."""
    rnd = rng_for(unit, key, n)
    return Fill(
        lang, rnd.choice(COMPANIES[lang]), rnd.choice(ROLES[lang]), rnd.choice(PEOPLE[lang]), rnd
    )


def wrap72(text: str) -> str:
    """Hard-wrap every paragraph at 72 columns, as plain-text mailers do."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(line.startswith(("-", "*", "•", ">")) for line in lines) or len(para) < 72:
            out.append(para)
            continue
        out.append(textwrap.fill(" ".join(s.strip() for s in lines), width=72))
    return "\n\n".join(out)


def text_to_html(text: str) -> str:
    """Minimal HTML of a plain-text mail: one paragraph per blank-line block."""
    paras = [escape(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    style = "font-family: Arial, sans-serif; font-size: 14px"
    return f'<html><body style="{style}">\n{body}\n</body></html>'


def html_body(html: str) -> str:
    """The content of an HTML document's ``<body>`` (as is); one without a body raises, so a
    template that changes shape is not sent whole."""
    m = re.search(r"(?is)<body[^>]*>(.*)</body>", html)
    if m is None:
        raise ValueError("no body")
    return m.group(1)


def html_to_text(html: str) -> str:
    """Plain text of a template's HTML (paragraphs and line breaks kept)."""
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", html)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h[1-6]|li|tr|table|blockquote)>", "\n\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = (
        t.replace("&nbsp;", " ")
        .replace("&quot;", '"')
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
    )
    t = "\n".join(line.strip() for line in t.splitlines())
    return re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"


def write_eml(spec: Spec, n: int) -> bytes:
    """The .eml bytes of ``spec`` (its ``fmt``: plain, wrapped, html or html_only)."""
    msg = EmailMessage()
    msg["From"] = formataddr(spec.sender)
    msg["To"] = formataddr(spec.to)
    msg["Subject"] = spec.subject
    when = datetime(2025, 3, 3, 8, 0, tzinfo=UTC) + timedelta(
        minutes=(int(hashlib.sha256(f"{spec.unit}{n}".encode()).hexdigest()[:8], 16) % 600_000)
    )
    msg["Date"] = format_datetime(when)
    domain = spec.sender[1].partition("@")[2] or "example.net"
    msg["Message-ID"] = (
        f"<{hashlib.sha1(f'{spec.unit}{n}{spec.subject}'.encode()).hexdigest()[:24]}@{domain}>"
    )
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    for key, value in spec.extra_headers.items():
        msg[key] = value
    text = spec.text.strip() + "\n"
    if spec.fmt == "wrapped":
        text = wrap72(text)
    html = spec.html or text_to_html(spec.text)
    if spec.fmt == "html_only":
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
        if spec.fmt == "html":
            msg.add_alternative(html, subtype="html")
            msg.set_boundary(f"=_{hashlib.sha1(text.encode()).hexdigest()[:20]}")
    return bytes(msg)
