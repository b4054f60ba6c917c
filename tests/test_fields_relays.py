"""Fields when someone else relays the employer's decision (session 16, fields probe pass 5).

Why a file of its own: a platform (an apprenticeship board, an immersion or schools'
vacancy service, a jobs site) or a recruiter whose name has no agency word sends and
signs the mail, so its own name is repeated where an employer's would be; the employer
is only named in the subject or as the one who decided. German titles in quotes and a
relay's sentence after the title belong to the same pass, and so does a title cut at
a subject's dash. One mail per rule.
"""

from __future__ import annotations

import pytest

from agent.classify import Verdict, classify
from agent.classify.extractors.common import norm_company
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

NO_EN = "Unfortunately, we have decided not to move forward with your application."


def _verdict(sender: str, subject: str, body: str) -> Verdict:
    v = classify(parse_bytes(mail(subject, body, sender=sender)), [OWNER])
    assert v.is_rejection, v.reasons
    return v


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        # The decision in the subject, the employer's representative in the signature.
        (
            "Marc Lefort via Stage Découverte <ne-pas-repondre@stage-decouverte.example>",
            "L'entreprise Garage Dufresne ne souhaite pas donner suite à votre demande",
            "Bonjour,\n\nNous ne souhaitons malheureusement pas donner suite à votre "
            "candidature.\n\nBonne journée,\nMarc Lefort, représentant de l'entreprise "
            "Garage Dufresne\n",
            "Garage Dufresne",
        ),
        (
            "Alternance Plus <ne-pas-repondre@alternance-plus.example>",
            "Boulangerie Martin a répondu à votre candidature",
            "Bonjour Alex,\n\nBoulangerie Martin a répondu à votre candidature au poste de "
            "Vendeur (H/F).\n\nMalheureusement, l'entreprise ne souhaite pas donner suite à "
            "votre candidature.\n\nL'équipe Alternance Plus\n",
            "Boulangerie Martin",
        ),
        (
            "School Jobs Service <school-jobs@schooljobs.example>",
            "Update on your application",
            "Dear Alex,\n\nThe school Brook Lane Primary School has reviewed your application "
            "for Teaching Assistant and decided not to take it further.\n\nKind regards,\n"
            "School Jobs Service team\n",
            "Brook Lane Primary School",
        ),
        (
            "Schulstellen Portal <no-reply@schulstellen.example>",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Hallo Alex Doe,\n\ndie Schule Gymnasium am Stadtpark hat Ihre Bewerbung geprüft "
            "und sich leider gegen Sie entschieden.\n\nIhr Schulstellen Portal\n",
            "Gymnasium am Stadtpark",
        ),
        (
            "Alternance Plus <ne-pas-repondre@alternance-plus.example>",
            "Réponse à votre candidature",
            "Bonjour Alex,\n\nLe recruteur de Garage Morel a décliné votre candidature.\n\n"
            "Métier : Mécanicien automobile\n\nL'équipe Alternance Plus\n",
            "Garage Morel",
        ),
        (
            "Schulstellen Portal <no-reply@schulstellen.example>",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Hallo Alex Doe,\n\ndie Grundschule am Park hat sich leider gegen Sie "
            "entschieden.\n\nIhr Schulstellen Portal\n",
            "Grundschule am Park",
        ),
        (
            "Schulstellen Portal <no-reply@schulstellen.example>",
            "Rückmeldung der Schule Gesamtschule Nord",
            "Hallo Alex Doe,\n\nleider hat sich die Schule gegen Ihre Bewerbung entschieden.\n\n"
            "Ihr Schulstellen Portal\n",
            "Gesamtschule Nord",
        ),
        (
            "Werkplek <noreply@werkplek.example>",
            "Reactie van Schildersbedrijf Bos op je sollicitatie",
            "Hoi Alex,\n\nHelaas, je bent niet geselecteerd voor de functie van Schilder.\n\n"
            "Team Werkplek\n",
            "Schildersbedrijf Bos",
        ),
        # The employer's name holds the title ("Hoveniers", "Hovenier"): still the employer.
        (
            "Werkplek <noreply@werkplek.example>",
            "Update over je sollicitatie",
            "Hoi Alex,\n\nHelaas, Groenland Hoveniers heeft je sollicitatie als Hovenier "
            "afgewezen.\n\nTeam Werkplek\n",
            "Groenland Hoveniers",
        ),
    ],
)
def test_a_platform_relaying_names_the_employer_who_decided(
    sender: str, subject: str, body: str, company: str
) -> None:
    assert _verdict(sender, subject, body).company == company


def test_a_platform_signing_its_own_name_is_not_the_employer_the_subject_names() -> None:
    """ShiftHub in the From and the sign-off, Northgate Foods where the application went."""
    v = _verdict(
        "ShiftHub <noreply@shifthub.example>",
        "Your application for Warehouse Operative at Northgate Foods",
        "Hi Alex,\n\nUnfortunately your application for Warehouse Operative at Northgate "
        "Foods has not been successful this time.\n\nThe ShiftHub team\n",
    )
    assert (v.company, v.role) == ("Northgate Foods", "Warehouse Operative")


def test_a_recruiter_without_an_agency_word_passes_on_the_client_the_subject_names() -> None:
    v = _verdict(
        "Dan Fry <dan.fry@talentbridge.example>",
        "Feedback: Head of Finance at Ashford Logistics",
        "Hi Alex,\n\nThank you for attending the second interview with Ashford Logistics. "
        "Unfortunately, they have decided to offer the Head of Finance role to another "
        "candidate.\n\nBest,\nDan Fry\nDirector, TalentBridge\n",
    )
    assert v.company == "Ashford Logistics"


def test_an_employer_naming_itself_short_keeps_its_full_name() -> None:
    """ "the X position here at Copperleaf" from Copperleaf Games: the short form agrees."""
    v = _verdict(
        "Copperleaf Games <no-reply@greenhouse.io>",
        "Thank you for your interest in Copperleaf Games",
        "Hi Alex,\n\nThanks for applying for the Gameplay Programmer position here at "
        "Copperleaf. Unfortunately we won't be moving forward with it.\n\nCheers,\n"
        "The Copperleaf Games Recruiting Team\n",
    )
    assert v.company == "Copperleaf Games"


def test_a_pronoun_that_decided_is_no_employer() -> None:
    v = _verdict(
        "Sarah Jones <sarah@brightpath.example>",
        "Your application",
        "Hi Alex,\n\nThey have decided not to progress your application.\n\nBest,\nSarah Jones\n"
        "Brightpath\n",
    )
    assert v.company == "Brightpath"


def test_a_title_of_several_words_does_not_lend_its_head_as_an_employer() -> None:
    """ "Head of Science at St Aidan's Academy": not "Head", and GOV.UK Notify is no-reply."""
    v = _verdict(
        "Teaching Vacancies <teaching.vacancies@notifications.service.gov.uk>",
        "Your application for Head of Science at St Aidan's Academy has been unsuccessful",
        "Dear Alex,\n\nYour application was unsuccessful.\n\nKind regards,\n"
        "Teaching Vacancies team\n",
    )
    assert v.company == "St Aidan's Academy"
    assert v.noreply is True


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "auf unsere freie Stelle „Kaufmann für Büromanagement (m/w/d)“",
            "Kaufmann für Büromanagement (m/w/d)",
        ),
        (
            'an der Stelle als "Mitarbeiter (m/w/d) im Kundenservice"',
            "Mitarbeiter (m/w/d) im Kundenservice",
        ),
        ('auf die ausgeschriebene Stelle\n"Projektleiter Hochbau"', "Projektleiter Hochbau"),
        (
            "für die Position »Pflegefachkraft Intensivstation (w/m/d)«",
            "Pflegefachkraft Intensivstation (w/m/d)",
        ),
    ],
)
def test_a_german_title_in_quotes_is_taken_whole(text: str, role: str) -> None:
    body = (
        f"Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung {text}.\n\n"
        "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden "
        "haben.\n\nMit freundlichen Grüßen\nNordlicht Versand GmbH\n"
    )
    v = _verdict("Recruiting <jobs@nordlicht-versand.example>", "Ihre Bewerbung", body)
    assert v.role == role


def test_a_title_ends_before_a_relayed_decision() -> None:
    """ "pour l'offre X (H/F) et n'a pas retenu": the verb goes, then the bare "et"."""
    v = _verdict(
        "Service Emploi <ne-pas-repondre@service-emploi.example>",
        "Suite donnée à votre candidature",
        "Bonjour,\n\nL'employeur Clinique des Lilas a étudié votre candidature pour l'offre "
        "Aide-soignant (H/F) et n'a pas retenu votre candidature.\n\nLe Service Emploi\n",
    )
    assert (v.company, v.role) == ("Clinique des Lilas", "Aide-soignant (H/F)")


@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        # The subject holds the whole title, the dash was cut: the text's form is taken.
        (
            "Your application: Registered Nurse - ICU (Night Shift)",
            "the Registered Nurse - ICU (Night Shift) position",
            "Registered Nurse - ICU (Night Shift)",
        ),
        # A dash the subject puts after the title is no part of it.
        (
            "Your application: Senior BI Developer - next steps",
            "the Senior BI Developer position",
            "Senior BI Developer",
        ),
    ],
)
def test_a_dash_inside_a_title_the_subject_and_text_share(
    subject: str, text: str, role: str
) -> None:
    body = f"Dear Alex,\n\nThank you for applying for {text}. {NO_EN}\n\nKind regards,\nMeridian Health\n"
    v = _verdict("Meridian Health Careers <careers@meridianhealth.example>", subject, body)
    assert v.role == role


def test_a_trade_named_as_the_title() -> None:
    """An apprenticeship board's "Métier : Mécanicien automobile" line is the title."""
    v = _verdict(
        "Alternance Plus <ne-pas-repondre@alternance-plus.example>",
        "Réponse à votre candidature",
        "Bonjour Alex,\n\nNous sommes au regret de vous informer que votre candidature n'a "
        "pas été retenue.\n\nMétier : Mécanicien automobile\n\nL'équipe Alternance Plus\n",
    )
    assert v.role == "Mécanicien automobile"


def test_a_template_blank_is_no_title() -> None:
    """ "au poste de (préciser le poste)": a letter template's blank, left unfilled."""
    v = _verdict(
        "Claire Fontaine <claire.fontaine@ateliers-rhone.example>",
        "Réponse à votre candidature au poste de (préciser le poste)",
        "Madame, Monsieur,\n\nNous sommes au regret de vous informer que votre candidature n'a "
        "pas été retenue pour le poste de (préciser le poste).\n\nClaire Fontaine\n",
    )
    assert v.role is None


@pytest.mark.parametrize(
    ("where", "company"),
    [
        ("el puesto de Jefe de Obra en Construcciones Navarro SA", "Construcciones Navarro SA"),
        ("la vacante de Ingeniero en Sistemas en Datos Levante", "Datos Levante"),
    ],
)
def test_where_a_spanish_post_is(where: str, company: str) -> None:
    """The employer after the title's "en", the title's own "en Sistemas" not taken for it."""
    v = _verdict(
        "Recursos Humanos <seleccion.empleo@gmail.com>",
        "Su candidatura",
        f"Hola Alex,\n\nGracias por su interés en {where}. Lamentablemente, su candidatura no "
        "ha sido seleccionada.\n\nAtentamente\n",
    )
    assert v.company == company


def test_a_charitable_gmbh_is_the_same_employer() -> None:
    """ "gGmbH" (gemeinnützige GmbH) is a legal form like "GmbH": no part of the name."""
    assert norm_company("Lindenhof Pflege gGmbH") == norm_company("Lindenhof Pflege")
