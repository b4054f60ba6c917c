"""One-line signatures, public bodies with lower-case words, school years, rounds (session 31).

Why a file of its own: the held-out fields probes of pass 25 (``bench/probes/fields-{de-24,
en-16,fr-22,nl-24,es-14,it-9,pt-8}.txt``) found the employer lost when it stood only at the end
of a one-line signature ("Jane Doe | Recruiter | Acme"), in a public body's name holding
lower-case words ("Direction départementale des territoires ...", "Agenzia delle Dogane e dei
Monopoli"), behind "Le cabinet X" or under a school office's display name; "Year 6 Teacher"
dropped for its time word; "pour l'offre T" and a bracketed or dashed reference cutting titles
short; assessment days and trial days read as screens or not at all. Each with the look-alike
the rule must leave alone.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_EN = "Unfortunately, we have decided not to move forward with your application."
NO_FR = "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature."
NO_IT = "Purtroppo abbiamo deciso di non proseguire con la tua candidatura."
NO_PT = "Infelizmente, decidimos avançar com outros candidatos."


def test_a_one_line_signature_names_the_employer_last() -> None:
    body = f"Hi Alex,\n\n{NO_EN}\n\nKind regards,\nMaria Lopez | People Partner | Kestrel Foods\n"
    v = _verdict("Maria Lopez <no-reply@ashbyhq.com>", "Your application", body)
    assert v.company == "Kestrel Foods"
    body = f"Olá Alex,\n\n{NO_PT}\n\nCumprimentos,\nRui Costa · Recrutamento · Cerâmica Lusa\n"
    v = _verdict("Rui Costa <noreply@recrutei.example>", "A sua candidatura", body)
    assert v.company == "Cerâmica Lusa"
    # Look-alike: from the writer's own domain a one-word last part is a town, not a firm.
    body = f"Hi Alex,\n\n{NO_EN}\n\nKind regards,\nMaria Lopez | Recruiter | Leeds\n"
    v = _verdict("Maria Lopez <maria@kestrel-foods.example>", "Your application", body)
    assert v.company == "Kestrel Foods"
    # Look-alike: a name, a phone number and a street: no title, no firm.
    body = f"Hi Alex,\n\n{NO_EN}\n\nKind regards,\nMaria Lopez | 0161 496 0000 | Mill Street\n"
    v = _verdict("Maria Lopez <no-reply@ashbyhq.com>", "Your application", body)
    assert v.company != "Mill Street"
    # Look-alike: no title between the name and the last part.
    body = f"Hi Alex,\n\n{NO_EN}\n\nKind regards,\nMaria Lopez | Monday | Friday\n"
    v = _verdict("Maria Lopez <no-reply@ashbyhq.com>", "Your application", body)
    assert v.company is None or v.company not in ("Friday", "Monday")


def test_a_public_body_whose_name_holds_lower_case_words() -> None:
    sign = "Le secrétaire général\nDirection régionale de l'environnement de Bretagne\n"
    body = f"Madame,\n\n{NO_FR}\n\n{sign}"
    v = _verdict("Recrutement <recrutement@bretagne.gouv.example>", "Votre candidature", body)
    assert v.company == "Direction régionale de l'environnement de Bretagne"
    sign = "Ufficio del Personale\nAgenzia delle Entrate e dei Tributi\n"
    v = _verdict(
        "Personale <personale@ade.example>", "Esito", f"Gentile Alex,\n\n{NO_IT}\n\n{sign}"
    )
    assert v.company == "Agenzia delle Entrate e dei Tributi"
    # Look-alike: a sign-off sentence opening with the same kind is no name.
    sign = "Direction régionale vous souhaite une bonne continuation\n"
    body = f"Madame,\n\n{NO_FR}\n\n{sign}"
    v = _verdict("Recrutement <recrutement@bretagne.gouv.example>", "Votre candidature", body)
    assert v.company is None or "souhaite" not in v.company


def test_a_firm_named_as_le_cabinet_and_a_school_office_sender() -> None:
    body = f"Bonjour,\n\nLe cabinet Orion Partenaires vous remercie de votre intérêt. {NO_FR}\n"
    v = _verdict("Recrutement <no-reply@flatchr.io>", "Votre candidature", body)
    assert v.company == "Orion Partenaires"
    body = (
        "Liebe Frau Berger,\n\nleider haben wir uns für eine andere Bewerberin entschieden.\n\n"
        "Herzliche Grüße\nGrundschule am Lindenhof\n"
    )
    v = _verdict("Schulleitung <sekretariat@gs-lindenhof.example>", "Ihre Bewerbung", body)
    assert v.company == "Grundschule am Lindenhof"


def test_a_school_year_is_part_of_a_title() -> None:
    body = f"Dear Alex,\n\nThank you for applying for the Year 2 Teacher position. {NO_EN}\n"
    v = _verdict("Jo Hart <j.hart@elmfield.example>", "Your application", body)
    assert v.role == "Year 2 Teacher"
    # Look-alike: "year" as time is still no title ("the position this year").
    body = f"Dear Alex,\n\nThank you for applying for the Year Ahead position. {NO_EN}\n"
    v = _verdict("Jo Hart <j.hart@elmfield.example>", "Your application", body)
    assert v.role is None


def test_titles_after_l_offre_and_before_a_reference() -> None:
    body = f"Bonjour Alex,\n\n{NO_FR}\n"
    v = _verdict(
        "RH <noreply@jobaffinity.fr>", "Votre candidature pour l'offre Carreleur H/F", body
    )
    assert v.role == "Carreleur H/F"
    body = f"Bonjour Alex,\n\nMerci pour l'offre Chef de rang H/F (réf. CR-118). {NO_FR}\n"
    v = _verdict("RH <rh@brasserie-nord.example>", "Votre candidature", body)
    assert v.role == "Chef de rang H/F"
    body = (
        "Hola Alex:\n\nGracias por tu candidatura para la posición de Electricista (H/M) – "
        "Ref. 77. Lamentablemente, hemos decidido seguir con otros perfiles.\n"
    )
    v = _verdict("RRHH <rrhh@norte.example>", "Tu candidatura", body)
    assert v.role == "Electricista (H/M)"


def test_assessment_and_trial_days_are_the_last_step() -> None:
    body = f"Dear Alex,\n\nThank you for joining our assessment day. {NO_EN}\n"
    v = _verdict("Graduates <grads@harbour.example>", "Graduate Engineer", body)
    assert v.stage == "final"
    body = f"Bonjour Alex,\n\nMerci pour votre journée d'immersion chez nous. {NO_FR}\n"
    v = _verdict("RH <rh@boulangerie-roux.example>", "Votre candidature", body)
    assert v.stage == "final"
    # Look-alike: an online assessment before any talk is a screen.
    body = f"Dear Alex,\n\nThank you for completing our online assessment. {NO_EN}\n"
    v = _verdict("Graduates <grads@harbour.example>", "Graduate Engineer", body)
    assert v.stage == "screen"


def test_a_step_ahead_after_the_application_in_portuguese() -> None:
    body = (
        "Olá Alex,\n\nApós o teste técnico, decidimos não avançar com a sua candidatura para "
        "a fase de entrevistas.\n"
    )
    v = _verdict("Talent <talent@azul.example>", "Candidatura", body)
    assert v.stage == "screen"


def test_a_public_office_named_as_the_sender_gives_way_to_its_body() -> None:
    """Pass 26: "Sachgebiet Personal", "Direction des ressources humaines", "Ufficio Concorsi"
    over the body that hires, named below them."""
    sign = "Sachgebiet Personal\nLandratsamt Rosenheim\n"
    body = f"Sehr geehrte Frau Berger,\n\nleider können wir Sie nicht berücksichtigen.\n\n{sign}"
    v = _verdict("Sachgebiet Personal <personal@lra.example>", "Ihre Bewerbung", body)
    assert v.company == "Landratsamt Rosenheim"
    sign = "La directrice des ressources humaines\nConseil départemental de la Lozère\n"
    body = f"Madame,\n\n{NO_FR}\n\n{sign}"
    v = _verdict("Direction des ressources humaines <drh@lozere.example>", "Candidature", body)
    assert v.company == "Conseil départemental de la Lozère"
    sign = "Ufficio Concorsi\nAzienda ospedaliera di Padova\n"
    v = _verdict(
        "Ufficio Concorsi <concorsi@ao.example>", "Esito", f"Gentile Alex,\n\n{NO_IT}\n\n{sign}"
    )
    assert v.company == "Azienda ospedaliera di Padova"


def test_an_agency_recruiting_in_opdracht_van_its_client() -> None:
    body = (
        "Beste Alex,\n\nIn opdracht van Drukkerij Van Rijn zochten wij een Planner. Helaas heeft "
        "onze opdrachtgever gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\n"
        "Eva Bakker\nBakker Werving\n"
    )
    v = _verdict("Eva Bakker <eva@bakkerwerving.example>", "Je sollicitatie", body)
    assert v.company == "Drukkerij Van Rijn"
    # Look-alike: "in opdracht van onze klant" names nobody; the agency stays.
    body = body.replace("In opdracht van Drukkerij Van Rijn", "In opdracht van onze klant")
    v = _verdict("Eva Bakker <eva@bakkerwerving.example>", "Je sollicitatie", body)
    assert v.company != "Drukkerij Van Rijn"


def test_the_vacancy_at_the_body_a_jobs_service_relays() -> None:
    body = (
        "Dear Alex,\n\nThank you for your application for the Policy Officer vacancy at the "
        "Marine Planning Authority. Your application has not been successful.\n\n"
        "Public Jobs Resourcing\n"
    )
    v = _verdict("Public Jobs <noreply@publicjobs.example>", "Outcome", body)
    assert v.company == "Marine Planning Authority"


def test_a_trade_title_alone_after_the_application_word() -> None:
    v = _verdict(
        "Forno Rossi <info@fornorossi.example>", "Candidatura Panettiere", f"Ciao,\n\n{NO_IT}\n"
    )
    assert v.role == "Panettiere"
    body = "Hola Alex:\n\nLamentablemente, hemos decidido seguir con otros perfiles.\n"
    v = _verdict("El Puerto <info@elpuerto.example>", "Tu candidatura como Fontanero", body)
    assert v.role == "Fontanero"
    # Look-alike: the shop's own name holds the trade's stem, and it is no title.
    v = _verdict("Panadería Soler <info@soler.example>", "Panadería Soler", body)
    assert v.role is None


def test_a_kennenlerntag_is_the_last_step() -> None:
    body = (
        "Liebe Frau Berger,\n\ndanke für Ihren Besuch bei unserem Kennenlerntag. Leider haben wir "
        "uns für eine andere Bewerberin entschieden.\n"
    )
    v = _verdict("Kita Regenbogen <leitung@kita.example>", "Ihre Bewerbung als Erzieherin", body)
    assert v.stage == "final"
