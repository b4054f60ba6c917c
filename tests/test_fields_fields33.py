"""Ads' headings as subjects, contract labels, legal footers, relays, rounds (session 32).

Why a file of its own: the held-out fields probes of pass 28 (``bench/probes/fields-{de-27,
en-19,fr-24,nl-26,es-17,it-11,pt-10}.txt``) found the employer lost when the subject was an
ad's heading ("X recrute - T", "X zoekt: T"), when only an Italian, Portuguese or British
registration line named it, behind "en nombre de X" / "em nome da X"; titles lost to a contract
label ("Alternance - T") or to a lower-case Dutch title noun; rounds after an
"assessmentcentrum", a "proefdienst" or a "caso aziendale" read as applications. Dev's
buildmytalent-en: a board relaying the employer's no as "apply for the T at X". Each with the
look-alike the rule must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_EN = "Unfortunately, we have decided not to move forward with your application."
NO_FR = "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."
NO_ES = "Lamentablemente, hemos decidido continuar con otros candidatos."
NO_IT = "Purtroppo abbiamo deciso di non proseguire con la tua candidatura."
NO_PT = "Infelizmente, decidimos avançar com outros candidatos."


def _assert_headings(cases: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    """Each subject, an ad's heading over an ATS's no-reply, gives (company, role)."""
    for (subject, no), (company, role) in zip(cases, expected, strict=True):
        v = _verdict("Recruiting <noreply@recruitee.com>", subject, f"Hello Alex,\n\n{no}\n")
        assert (v.company, v.role) == (company, role), subject


def test_an_ads_heading_as_the_subject_names_employer_and_title() -> None:
    _assert_headings(
        [
            ("Conserverie Hamon recrute – Opérateur de production H/F", NO_FR),
            ("Bouwbedrijf Kessels zoekt: Uitvoerder", NO_NL),
            ("Panificadora Ibáñez busca: Repartidor/a", NO_ES),
            ("Cantina Moretti cerca: Addetto alle vendite", NO_IT),
            ("Cerâmica Douro contrata: Operador de Forno", NO_PT),
            ("Brauerei Kessler sucht: Brauer und Mälzer (m/w/d)", NO_EN),
        ],
        [
            ("Conserverie Hamon", "Opérateur de production H/F"),
            ("Bouwbedrijf Kessels", "Uitvoerder"),
            ("Panificadora Ibáñez", "Repartidor/a"),
            ("Cantina Moretti", "Addetto alle vendite"),
            ("Cerâmica Douro", "Operador de Forno"),
            ("Brauerei Kessler", "Brauer und Mälzer (m/w/d)"),
        ],
    )
    # Look-alike: the verb without a separator is a sentence, not a heading with a title.
    v = _verdict(
        "Recruiting <noreply@recruitee.com>",
        "Panificadora Ibáñez busca talento para su equipo",
        f"Hola Alex,\n\n{NO_ES}\n",
    )
    assert v.role is None
    assert v.company is None


def test_a_contract_label_before_the_title_is_not_the_title() -> None:
    v = _verdict(
        "Recrutement Maison Caron <noreply@teamtailor.com>",
        "Alternance – Assistant ressources humaines H/F",
        f"Bonjour Alex,\n\n{NO_FR}\n",
    )
    assert v.role == "Assistant ressources humaines H/F"
    v = _verdict(
        "Estudio Pardo <empleo@estudiopardo.example>",
        "Prácticas – Técnico/a de laboratorio",
        f"Hola Alex,\n\n{NO_ES}\n",
    )
    assert v.role == "Técnico/a de laboratorio"
    # Look-alike: the label alone names no title (better none than "Alternance").
    v = _verdict(
        "Recrutement Maison Caron <noreply@teamtailor.com>",
        "Alternance",
        f"Bonjour Alex,\n\n{NO_FR}\n",
    )
    assert v.role is None


def test_registration_lines_of_italy_portugal_and_the_uk_name_the_employer() -> None:
    footer = (
        "Mobilificio Brianza S.r.l. – Cap. Soc. € 50.000 i.v. – REA MB-987654 – P.IVA 09876543210"
    )
    v = _verdict(
        "HR <noreply@factorialhr.com>",
        "La tua candidatura",
        f"Ciao Alex,\n\n{NO_IT}\n\nRisorse Umane\n\n{footer}\n",
    )
    assert v.company == "Mobilificio Brianza"
    footer = "Vidraria Mondego, S.A. – Capital Social 250.000 € – NIPC 509876543 – Coimbra"
    v = _verdict(
        "RH <noreply@factorialhr.com>",
        "A sua candidatura",
        f"Olá Alex,\n\n{NO_PT}\n\nRecursos Humanos\n\n{footer}\n",
    )
    assert v.company == "Vidraria Mondego"
    footer = "Tamar Valley Dairies Ltd. Registered office: 2 Quay Road, Plymouth PL1 2AB. Company No. 07654321."
    v = _verdict(
        "Recruitment <noreply@tribepad.com>",
        "Your application",
        f"Dear Alex,\n\n{NO_EN}\n\nThe Recruitment Team\n\n{footer}\n",
    )
    assert v.company == "Tamar Valley Dairies"
    # Look-alike: a long prose line with a full stop before "Registered" names nobody.
    prose = (
        "We keep every application on file for six months. Registered candidates can "
        "update their details at any time through the portal."
    )
    v = _verdict(
        "Recruitment <noreply@tribepad.com>",
        "Your application",
        f"Dear Alex,\n\n{NO_EN}\n\n{prose}\n",
    )
    assert v.company is None


def test_a_consultancy_writing_in_its_clients_name() -> None:
    body = (
        "Hola Alex,\n\nTe escribo en nombre de Aceites Guadalquivir en relación con tu "
        f"candidatura. {NO_ES}\n\nSaludos,\nLaura Vidal\nVidal Talento\n"
    )
    v = _verdict("Laura Vidal <laura@vidaltalento.example>", "Tu candidatura", body)
    assert v.company == "Aceites Guadalquivir"
    body = (
        "Olá Alex,\n\nEscrevo em nome da Têxtil Minhota sobre a sua candidatura. "
        f"{NO_PT}\n\nCumprimentos,\nSofia Reis\nReis Talento\n"
    )
    v = _verdict("Sofia Reis <sofia@reistalento.example>", "A sua candidatura", body)
    assert v.company == "Têxtil Minhota"
    # Look-alike: "en nombre de todo el equipo" names no client: the consultancy stays.
    body = (
        "Hola Alex,\n\nEn nombre de todo el equipo, gracias por tu interés. "
        f"{NO_ES}\n\nSaludos,\nLaura Vidal\nVidal Talento\n"
    )
    v = _verdict("Laura Vidal <laura@vidaltalento.example>", "Tu candidatura", body)
    assert v.company == "Vidal Talento"


def test_a_board_relaying_apply_for_the_title_at_the_employer() -> None:
    body = (
        "Dear Alex\n\nThank you for taking the time to apply for the Site Surveyor at Brackenridge "
        "Homes.\n\nWe regret to inform you that your application was not successful.\n\n"
        "Best wishes\nBrackenridge Homes\n"
    )
    v = _verdict("HireNest <info@hirenest.example>", "Application update: Site Surveyor", body)
    assert v.company == "Brackenridge Homes"
    # Look-alike: the employer writing the same sentence about itself stays itself.
    body = body.replace("Brackenridge Homes", "Hirenest")
    v = _verdict("Hirenest <info@hirenest.example>", "Application update: Site Surveyor", body)
    assert v.company == "Hirenest"


def test_titles_an_agency_announces_and_a_dutch_lower_case_title_noun() -> None:
    body = (
        "Bonjour Alex,\n\nNous recrutons pour le compte de Scierie Vallet une Assistante "
        f"administrative. {NO_FR}\n\nCordialement,\nPaul Girard\nGirard Conseil\n"
    )
    v = _verdict("Paul Girard <p.girard@girard-conseil.example>", "Votre candidature", body)
    assert v.role == "Assistante administrative"
    body = (
        "Ciao Alex,\n\ncerchiamo per conto di Salumificio Bassi un Responsabile di magazzino. "
        f"{NO_IT}\n\nUn saluto,\nMarco Gallo\nGallo Selezione\n"
    )
    v = _verdict("Marco Gallo <marco@galloselezione.example>", "La tua candidatura", body)
    assert v.role == "Responsabile di magazzino"
    body = f"Hoi Alex,\n\nJe sollicitatie als Technisch medewerker bij Garage Wolters. {NO_NL}\n"
    v = _verdict("Werkzoeken.nl <noreply@werkzoeken.nl>", "Je sollicitatie", body)
    assert v.role == "Technisch medewerker"
    # Look-alike: "recrutons régulièrement" with no title after it gives none.
    body = f"Bonjour Alex,\n\nNous recrutons régulièrement. {NO_FR}\n\nGirard Conseil\n"
    v = _verdict("Paul Girard <p.girard@girard-conseil.example>", "Votre candidature", body)
    assert v.role is None


def test_rounds_an_assessmentcentrum_a_proefdienst_a_caso_aziendale() -> None:
    body = f"Beste Alex,\n\nBedankt voor je deelname aan het assessmentcentrum. {NO_NL}\n"
    v = _verdict("Werving <werving@provincie-noord.example>", "Je sollicitatie", body)
    assert v.stage == "final"
    body = f"Beste Alex,\n\nDank voor de proefdienst van zondag. {NO_NL}\n"
    v = _verdict("Zorghuis Linde <werk@zorghuislinde.example>", "Je sollicitatie", body)
    assert v.stage == "final"
    body = f"Ciao Alex,\n\ngrazie per il caso aziendale che ci hai inviato. {NO_IT}\n"
    v = _verdict("Sara Fontana <sara@studiofontana.example>", "La tua candidatura", body)
    assert v.stage == "screen"
    # Look-alike: the application alone stays an application.
    body = f"Beste Alex,\n\nBedankt voor je sollicitatie. {NO_NL}\n"
    v = _verdict("Werving <werving@provincie-noord.example>", "Je sollicitatie", body)
    assert v.stage == "application"


def test_a_subject_head_and_a_planner_title() -> None:
    v = _verdict(
        "Werving <werving@gemeente-dalfsen.example>",
        "Uitslag selectieprocedure Beleidsadviseur",
        f"Beste Alex,\n\n{NO_NL}\n",
    )
    assert v.role == "Beleidsadviseur"
    v = _verdict(
        "Ana Reis <ana@logisticadouro.example>",
        "A sua candidatura – Planeador de Produção",
        f"Olá Alex,\n\n{NO_PT}\n",
    )
    assert v.role == "Planeador de Produção"
    # A consultancy's domain with its HR abbreviation: the name before it.
    body = f"Hola Alex,\n\n{NO_ES}\n\nSaludos,\nMarta Gil\n"
    v = _verdict("Marta Gil <marta@nortesel-rrhh.example>", "Tu candidatura", body)
    assert v.company is not None and "rrhh" not in v.company.lower()


def test_pass_29_more_heading_verbs_and_an_ads_label() -> None:
    _assert_headings(
        [
            ("Clínica Rosales selecciona: Auxiliar de enfermería", NO_ES),
            ("Oleificio Cardone seleziona: Addetto al confezionamento", NO_IT),
            ("Padaria Ribeira recruta: Padeiro", NO_PT),
        ],
        [
            ("Clínica Rosales", "Auxiliar de enfermería"),
            ("Oleificio Cardone", "Addetto al confezionamento"),
            ("Padaria Ribeira", "Padeiro"),
        ],
    )
    body = "Hallo Alex,\n\nleider haben wir uns für andere Bewerber entschieden.\n"
    v = _verdict(
        "Recruiting <noreply@softgarden.io>", "Stellenangebot: Koch (m/w/d) bei Gasthof Eder", body
    )
    assert v.role == "Koch (m/w/d)"
    # Look-alike: a contract's kind alone heading the subject names no employer.
    v = _verdict(
        "Gabinete Cunha <vagas@gabinetecunha.example>",
        "Estágio – Técnico de Recursos Humanos",
        f"Olá Alex,\n\n{NO_PT}\n",
    )
    assert v.company == "Gabinete Cunha"
    assert v.role == "Técnico de Recursos Humanos"


def test_pass_29_registration_lines_worded_otherwise() -> None:
    footers = [
        "Boulangerie Vasseur – SARL au capital de 8 000 € – 3 place du Marché, 59000 Lille – RCS Lille 498 765 432",
        "Installatiebedrijf Smit B.V., gevestigd te Zwolle, ingeschreven bij de Kamer van Koophandel onder nummer 05012345.",
        "Fenwick Printing Ltd is a company registered in England and Wales (No. 02345678). Registered office: 5 Mill Lane, York YO1 7AB.",
    ]
    expected = ["Boulangerie Vasseur", "Installatiebedrijf Smit", "Fenwick Printing"]
    for footer, company in zip(footers, expected, strict=True):
        body = f"Hello Alex,\n\n{NO_EN}\n\nThe Recruitment Team\n\n{footer}\n"
        v = _verdict("Recruitment <noreply@tribepad.com>", "Your application", body)
        assert v.company == company, footer
    # Look-alike: an address line with a dash is still no legal name.
    footer = "Boulangerie Vasseur – 3 place du Marché – 59000 Lille – ouvert du lundi au samedi de 7h à 19h"
    body = f"Hello Alex,\n\n{NO_EN}\n\nThe Recruitment Team\n\n{footer}\n"
    v = _verdict("Recruitment <noreply@tribepad.com>", "Your application", body)
    assert v.company == "Boulangerie Vasseur"


def test_pass_29_rounds_and_titles() -> None:
    body = f"Bonjour Alex,\n\nMerci d'avoir participé à la session collective de mardi. {NO_FR}\n"
    v = _verdict("Recrutement <recrutement@hotel-cerise.example>", "Votre candidature", body)
    assert v.stage == "screen"
    body = f"Beste Alex,\n\nBedankt voor je praktijkdag bij ons. {NO_NL}\n"
    v = _verdict("Werving <werving@opvang-zon.example>", "Je sollicitatie", body)
    assert v.stage == "final"
    body = (
        "Beste Alex,\n\nOnze opdrachtgever, Bouwbedrijf Zandstra, is op zoek naar een "
        f"Calculator. {NO_NL}\n\nGroet,\nEva Smit\nSmit Werving\n"
    )
    v = _verdict("Eva Smit <eva@smitwerving.example>", "Je sollicitatie", body)
    assert v.role == "Calculator"
    v = _verdict(
        "Estudio Roca <empleo@estudioroca.example>",
        "Tu candidatura – Arquitecta técnica",
        f"Hola Alex,\n\n{NO_ES}\n",
    )
    assert v.role == "Arquitecta técnica"
