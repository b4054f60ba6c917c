"""Fields on mail shaped the way particular senders send it (bench/fields_probe, session 14).

Why a file of its own: each rule here came from a sender convention the fields probe
(``bench/probes/fields-*.txt``) found missed: a job board relay that passes replies on,
"Name via Board", an agency's "Title - Place" subject, a German thanks "für die Zeit".
One representative mail each, so a later rule cannot quietly undo it.
"""

from __future__ import annotations

import pytest

from agent.classify import Verdict, classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

NO = {
    "en": "Unfortunately, we have decided not to move forward with your application.",
    "de": "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.",
    "fr": "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
    "nl": "Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat.",
    "it": "Siamo spiacenti di informarti che abbiamo deciso di proseguire con altri candidati.",
}


def _verdict(sender: str, subject: str, body: str) -> Verdict:
    v = classify(parse_bytes(mail(subject, body, sender=sender)), [OWNER])
    assert v.is_rejection, v.reasons
    return v


def test_a_relay_that_passes_replies_on_is_read_and_names_the_person() -> None:
    """Indeed's "Name via Indeed" <reply-…@indeedemail.com>: the answer reaches the employer."""
    body = f"Hi Alex,\n\nThanks for your interview for the Warehouse Associate job.\n{NO['en']}\n"
    v = _verdict("Mark Webb via Indeed <reply-33ad90@indeedemail.com>", "Warehouse job", body)
    assert v.noreply is False
    assert v.contact_name == "Mark Webb"


def test_an_employer_relayed_is_no_contact() -> None:
    """ "Maison Lenoir via X" is the employer's name: no person wrote under it."""
    body = f"Bonjour Alex,\n\n{NO['fr']}\n\nMaison Lenoir\n"
    v = _verdict(
        "Maison Lenoir via Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Maison Lenoir",
        body,
    )
    assert v.company == "Maison Lenoir"
    assert v.contact_name is None


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        (
            "Your application to Forklift Operator at Keystone Supply",
            "Keystone Supply",
            "Forklift Operator",
        ),
        (
            "An update on your application for Barista at Bean There Cafe",
            "Bean There Cafe",
            "Barista",
        ),
    ],
)
def test_a_title_then_at_then_the_employer(subject: str, company: str, role: str) -> None:
    body = f"Hello Alex,\n\n{NO['en']}\n"
    v = _verdict("ZipRecruiter <noreply@ziprecruiter.com>", subject, body)
    assert (v.company, v.role) == (company, role)


def test_an_agency_subject_with_a_place_names_the_agency() -> None:
    """ "Senior Java Developer - Manchester" from an agency whose client is unnamed."""
    body = (
        "Hi Alex,\n\nMy client, a leading fintech, has reviewed your CV. "
        f"{NO['en']}\n\nKind regards,\nPriya Shah\nPrincipal Consultant | Northbridge Recruitment\n"
    )
    v = _verdict(
        "Priya Shah <priya.shah@northbridge-recruitment.com>",
        "Senior Java Developer - Manchester",
        body,
    )
    assert v.company is not None and v.company.startswith("Northbridge")
    assert v.role == "Senior Java Developer"


def test_a_brand_that_starts_with_a_team_word_stays_whole() -> None:
    body = f"Hi Alex,\n\n{NO['en']}\n\nBest,\nDan Fry\nDirector, TalentBridge\n"
    v = _verdict("Dan Fry <dan.fry@talentbridge.com>", "Your application", body)
    assert v.company == "TalentBridge"


@pytest.mark.parametrize(
    ("sender", "subject", "opening", "company", "role"),
    [
        (
            "Recruitment <jobs@larkhill.com>",
            "Application update",
            "Thank you for your interest in joining Larkhill Consulting as a Management "
            "Consultant.",
            "Larkhill",
            "Management Consultant",
        ),
        (
            "Pebble <hello@pebblebank.com>",
            "Your Pebble application",
            "Thank you for applying to be a Customer Support Specialist at Pebble.",
            "Pebble",
            "Customer Support Specialist",
        ),
        (
            "HelloWork <noreply@hellowork-mail.com>",
            "Réponse à votre candidature chez Transports Moreau",
            "Transports Moreau a répondu à votre candidature pour l'offre Chauffeur poids "
            "lourd (H/F) : la voici.",
            "Transports Moreau",
            "Chauffeur poids lourd (H/F)",
        ),
        (
            "Werkzoeken.nl <noreply@werkzoeken.nl>",
            "Reactie op je sollicitatie bij Tuincentrum Groenrijk",
            "Tuincentrum Groenrijk heeft gereageerd op je sollicitatie voor Verkoopmedewerker: "
            "lees het bericht.",
            "Tuincentrum Groenrijk",
            "Verkoopmedewerker",
        ),
    ],
)
def test_titles_the_text_names(
    sender: str, subject: str, opening: str, company: str, role: str
) -> None:
    lang = "de" if ".de>" in sender else "fr" if "hellowork" in sender else "en"
    lang = "nl" if ".nl>" in sender else lang
    v = _verdict(sender, subject, f"Hello,\n\n{opening}\n\n{NO[lang]}\n")
    assert v.role == role
    assert v.company is not None and v.company.startswith(company)


@pytest.mark.parametrize(
    ("lang", "text", "stage"),
    [
        ("en", "We are unable to offer you an interview this time. " + NO["en"], "application"),
        (
            "en",
            "Thank you for taking the time to complete our technical interview. " + NO["en"],
            "interview",
        ),
        ("de", "Vielen Dank für das angenehme Telefoninterview. " + NO["de"], "screen"),
    ],
)
def test_stage_cues(lang: str, text: str, stage: str) -> None:
    v = _verdict("Careers <careers@osprey-marine.com>", "Your application", f"Hello,\n\n{text}\n")
    assert v.stage == stage


@pytest.mark.parametrize(
    ("sender", "subject", "body", "not_company"),
    [
        (
            "Kathrin Mayer <k.mayer@wolkenlos.io>",
            "Deine Bewerbung als Customer Success Manager",
            "Hi Alex,\n\ndanke dir für die Zeit, die du investiert hast. " + NO["de"],
            "Zeit",
        ),
        (
            "Lena Fischer <lena.fischer@cobaltsky.com>",
            "Your candidacy",
            f"Hi Alex,\n\n{NO['en']}\n\nLena Fischer\nVP People\n",
            "VP",
        ),
        (
            "Risorse Umane <hr@banca-adriatica.it>",
            "Esito candidatura - Addetto Back Office",
            f"Gentile Alex,\n\n{NO['it']}\n\nCordiali saluti,\nBanca Adriatica\n",
            "Esito",
        ),
    ],
)
def test_words_that_are_no_employer(sender: str, subject: str, body: str, not_company: str) -> None:
    v = _verdict(sender, subject, body)
    assert v.company is not None and v.company != not_company


@pytest.mark.parametrize(
    ("lang", "subject", "opening", "role"),
    [
        # a gender mark says "title" without a title word
        ("de", "Absage Ihrer Bewerbung - Netzplaner (m/w/d)", "Guten Tag,", "Netzplaner (m/w/d)"),
        # a brand's lower-case first letter inside a title ("iOS")
        (
            "en",
            "Your Marrow application",
            "Thanks for interviewing for our Senior iOS Engineer opening.",
            "Senior iOS Engineer",
        ),
        # French: "n'a pas été retenue" ends the title, it is no part of it
        (
            "fr",
            "Votre candidature",
            "Nous vous remercions pour votre candidature pour le poste de Responsable "
            "administratif et financier n'a rien changé.",
            "Responsable administratif et financier",
        ),
    ],
)
def test_more_title_forms(lang: str, subject: str, opening: str, role: str) -> None:
    v = _verdict("Recruiting <jobs@marrow-health.com>", subject, f"{opening}\n\n{NO[lang]}\n")
    assert v.role == role


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Thanks so much for the time you spent on our take-home project.", "screen"),
        ("Thank you for meeting the team onsite last Thursday.", "final"),
    ],
)
def test_more_stage_cues(text: str, stage: str) -> None:
    v = _verdict(
        "Careers <careers@osprey-marine.com>", "Your application", f"Hi,\n\n{text} {NO['en']}\n"
    )
    assert v.stage == stage


def test_german_thanks_for_a_noun_names_no_employer() -> None:
    """ "für das Vorstellungsgespräch": German capitalises nouns; none of them is the employer."""
    body = (
        "Sehr geehrter Herr Doe,\n\nvielen Dank für das Vorstellungsgespräch am Montag. "
        f"{NO['de']}\n\nMit freundlichen Grüßen\nStefan Braun\nBraun Steuerberatung\n"
    )
    v = _verdict("Stefan Braun <s.braun@braun-steuerberatung.de>", "Ihre Bewerbung", body)
    assert v.company == "Braun Steuerberatung"


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Ref. Software Development Graduate Program", "Software Development Graduate Program"),
        ("Re: Senior Buyer - Immediate Start", "Senior Buyer"),
        ("Ref: Payroll Officer", "Payroll Officer"),
    ],
)
def test_a_letters_reference_line_names_the_title(line: str, role: str) -> None:
    """A reference line under the greeting, as graduate schemes' letters open."""
    body = f"Dear Alex Doe,\n\n{line}\n\nThank you for your application. {NO['en']}\n"
    v = _verdict("Recruitment <recruitment@osprey-marine.com>", "Letter of Rejection", body)
    assert v.role == role


def test_a_reference_line_of_a_reply_is_no_title() -> None:
    """ "Re: your application": a reply's reference names no title."""
    body = f"Dear Alex,\n\nRe: your application\n\n{NO['en']}\n"
    v = _verdict("Recruitment <recruitment@osprey-marine.com>", "Your application", body)
    assert v.role is None


def test_a_title_that_ends_in_a_role_word_keeps_its_field() -> None:
    """ "the position PhD Position in Machine Learning in our research group": the whole title."""
    body = (
        "Dear Alex,\n\nthank you for your application for the position PhD Position in Machine "
        f"Learning in our research group Computational Imaging.\n\n{NO['en']}\n"
    )
    v = _verdict("TUMApply <apply@uni-example.de>", "Your application", body)
    assert v.role == "PhD Position in Machine Learning"


@pytest.mark.parametrize(
    ("sender", "contact"),
    [
        # a person on a domain of their own name: still the person
        ("Ivan Kelly <ivan@ivankelly.net>", "Ivan Kelly"),
        # an organisation on its own domain, writing from a role mailbox: no person
        ("Copperleaf Games <jobs@copperleafgames.com>", None),
    ],
)
def test_a_name_in_its_own_domain(sender: str, contact: str | None) -> None:
    name = sender.partition(" <")[0]
    body = f"Hi Alex,\n\nThank you for applying.\n\n{NO['en']}\n\n{name}\n"
    v = _verdict(sender, "Your application", body)
    assert v.contact_name == contact


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company", "role", "noreply"),
    [
        # a Latin American board: the employer after "en", the title before " y decidió"
        (
            "Computrabajo <noreply@computrabajo.com>",
            "Tu postulación a Auxiliar Contable en Distribuidora Pacífico",
            "Distribuidora Pacífico revisó tu hoja de vida para el cargo de Auxiliar Contable "
            "y decidió no continuar con tu proceso.",
            "Distribuidora Pacífico",
            "Auxiliar Contable",
            True,
        ),
        # Italian: "presso X", "l'offerta X e ha deciso"
        (
            "InfoJobs Italia <noreply@infojobs.it>",
            "Aggiornamento sulla tua candidatura presso Hotel Belvedere",
            "Hotel Belvedere ha valutato la tua candidatura per l'offerta Receptionist e ha "
            "deciso di non proseguire.",
            "Hotel Belvedere",
            "Receptionist",
            True,
        ),
        # Brazil's Gupy: a Portuguese no-reply mailbox, the employer after "na"
        (
            "Gupy <naoresponda@gupy.com.br>",
            "Atualização sobre sua candidatura na Natura Viva",
            "Agradecemos seu interesse na vaga de Analista de Marketing. Infelizmente, você "
            "não seguirá para a próxima etapa do processo seletivo.",
            "Natura Viva",
            "Analista de Marketing",
            True,
        ),
    ],
)
def test_boards_and_ats_of_smaller_languages(
    sender: str, subject: str, body: str, company: str, role: str, noreply: bool
) -> None:
    v = _verdict(sender, subject, f"Hola Alex,\n\n{body}\n")
    assert (v.company, v.role, v.noreply) == (company, role, noreply)


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Proceso de selección Diseñador/a UX", "Diseñador/a UX"),
        ("Terugkoppeling gesprek Scrum Master", "Scrum Master"),
    ],
)
def test_a_subject_lead_is_no_part_of_the_title(subject: str, role: str) -> None:
    v = _verdict("Marta Ruiz <marta.ruiz@lumbre-estudio.es>", subject, f"Hola,\n\n{NO['en']}\n")
    assert v.role == role


def test_factorial_is_an_ats_not_the_employer() -> None:
    """Factorial sends from factorialhr.com as well as factorial.co: its name is no company."""
    body = (
        "Hi Alex,\n\nThank you for applying for the Pastry Chef position.\n"
        f"{NO['en']}\n\nBest,\nThe hiring team\n"
    )
    v = _verdict("Recruiting <noreply@factorialhr.com>", "Update on your application", body)
    assert v.company is None
    assert v.role == "Pastry Chef"
