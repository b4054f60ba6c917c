"""Subjects whose head is no title (session 31, fields32, issue 11).

Why a file of its own: dev's new units showed two kinds the subject readers took whole: a
phrase about the application before a long dash ("Information zu Ihrer Bewerbung — X": the
dash was no separator, so the whole subject came out as the role), and a subject naming the
employer with its legal form ("Your job application for X Pvt. Ltd.": the company came out as
the role, or its "Pvt" once the name was cut). Each with the look-alike the rule must leave alone.
"""

from __future__ import annotations

from test_fields_senders import _verdict

from agent.classify.extractors.role import clean_role

NO_DE = "Leider haben wir uns für andere Bewerber entschieden."
NO_EN = "Unfortunately we have decided to move forward with other candidates."


def test_a_long_dash_ends_the_subject_head() -> None:
    """The title is what follows a long dash, as it is after a dash or a hyphen."""
    for dash in ("—", "–", "-"):
        subject = f"Information zu Ihrer Bewerbung {dash} Sachbearbeiterin Einkauf (m/w/d)"
        body = f"Sehr geehrte Frau Doe,\n\n{NO_DE}\n\nMit freundlichen Grüßen\nGemeinde Au\n"
        v = _verdict("Gemeinde Au <personal@gemeinde-au.de>", subject, body)
        assert v.is_rejection and v.role == "Sachbearbeiterin Einkauf (m/w/d)", dash


def test_a_legal_form_ends_no_title() -> None:
    """An employer's legal form closes a company's name, never a job title's."""
    assert clean_role("Brightwater Logistics Pvt. Ltd.") is None
    assert clean_role("Pvt") is None
    assert clean_role("Orchard Labs Inc") is None
    # the look-alikes: a title that holds no legal form, or one inside a word
    assert clean_role("Senior Data Engineer") == "Senior Data Engineer"
    assert clean_role("Corporate Counsel") == "Corporate Counsel"
    assert clean_role("Head of Incident Response") == "Head of Incident Response"


def test_a_subject_naming_the_employer_gives_no_role() -> None:
    """ "Your job application for X Pvt. Ltd.": the mail names no title."""
    body = f"Hi Robin,\n\nThank you for applying to Brightwater Logistics Pvt. Ltd. {NO_EN}\n\nRegards\nBrightwater Logistics Pvt. Ltd.\n"
    v = _verdict(
        "Brightwater Logistics HR <hr@brightwaterlogistics.in>",
        "Your job application for Brightwater Logistics Pvt. Ltd.",
        body,
    )
    assert v.is_rejection and v.role is None
    v = _verdict(
        "Talent <talent@brightwaterlogistics.in>",
        "Your job application for Warehouse Supervisor",
        body,
    )
    assert v.role == "Warehouse Supervisor"


def test_a_consultancy_names_its_client_as_the_posts_place() -> None:
    """ "la posición de T en X" from a consultancy: X is the employer; from X itself, X still."""
    no = "Lamentablemente hemos decidido continuar con otros candidatos."
    body = (
        "Hola Robin,\n\nGracias por participar en el proceso para la posición de Auxiliar"
        f" Contable en Ferretería Del Valle. {no}\n\nSaludos,\nEquipo Talento Norte\n"
    )
    v = _verdict("Talento Norte Consultores <seleccion@talentonorte.mx>", "Tu proceso", body)
    assert v.is_rejection and v.company == "Ferretería Del Valle"
    body = body.replace("Ferretería Del Valle", "Talento Norte")
    v = _verdict("Talento Norte Consultores <seleccion@talentonorte.mx>", "Tu proceso", body)
    assert v.company is not None and v.company.startswith("Talento Norte")
