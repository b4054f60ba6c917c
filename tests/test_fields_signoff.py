"""Who signs for the employer, an ATS's account, and the stage a subject only hints at (session 21).

Why a file of its own: each rule here came from a case of the fields probes written
before it (``bench/probes/fields-{nl-7,fr-8,de-8,it-3,en-8,es-4}.txt``): a person signs
"im Namen der X" / "en nombre de X" / "a nome di X", a job board's display name is
"X via <board>", Personio's mail service sends from "<account>-jobs@m-personio.de", and
a subject's general "interview" word hides the kind of talk the text names. Each
with the case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import NO, _verdict

NO_ES = "Lamentablemente, hemos decidido seguir con otra persona para este puesto."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos para esta vaga."


@pytest.mark.parametrize(
    ("lang", "line", "company"),
    [
        ("de", "im Namen der Tischlerei Sommer", "Tischlerei Sommer"),
        ("de", "Im Auftrag von Brandt Metallbau GmbH", "Brandt Metallbau"),
        ("es", "en nombre de Talleres Ibáñez, S.L.", "Talleres Ibáñez"),
        ("fr", "au nom de Menuiseries Legrand", "Menuiseries Legrand"),
        ("it", "per conto di Pasticceria Bruni", "Pasticceria Bruni"),
        ("pt", "em nome da Editora Caravela", "Editora Caravela"),
        ("en", "On behalf of Quill & Pine,", "Quill & Pine"),
    ],
)
def test_a_person_signing_for_the_employer_names_it(lang: str, line: str, company: str) -> None:
    no = {"es": NO_ES, "pt": NO_PT}.get(lang) or NO[lang]
    body = f"Hallo Alex,\n\n{no}\n\nSaludos,\nPablo Ortega\n{line}\n"
    v = _verdict("Pablo Ortega <pablo.ortega@gmail.com>", "Re: Alex", body)
    assert v.company == company


def test_a_sign_off_without_a_name_after_on_behalf_names_none() -> None:
    """ "On behalf of the hiring team": team words, no employer; the domain stays."""
    body = f"Hi Alex,\n\n{NO['en']}\n\nOn behalf of the Hiring Team,\nJo Li\n"
    v = _verdict("Jo Li <jo.li@kestrelrobotics.com>", "Your application", body)
    assert v.company == "Kestrelrobotics"


def test_a_boards_via_display_name_names_the_employer() -> None:
    """ "Maison Berthier via Welcome to the Jungle": the board relays for Maison Berthier."""
    body = f"Bonjour Alex,\n\n{NO['fr']}\n"
    sender = "Maison Berthier via Welcome to the Jungle <no-reply@welcometothejungle.com>"
    assert _verdict(sender, "Votre candidature", body).company == "Maison Berthier"


def test_a_boards_own_display_name_is_no_employer() -> None:
    """The board under its own name, and a person relayed by it, name no employer."""
    body = f"Bonjour Alex,\n\n{NO['fr']}\n"
    sender = "Welcome to the Jungle <no-reply@welcometothejungle.com>"
    assert _verdict(sender, "Votre candidature", body).company is None
    body = f"Hi Alex,\n\n{NO['en']}\n"
    sender = "Mark Webb via Indeed <reply-33ad90@indeedemail.com>"
    assert _verdict(sender, "Your application", body).company is None


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("Femke de Wit <hofstede-jobs@m-personio.de>", "Hofstede"),
        # A company name that reads like a person's agrees with the account: the employer.
        ("Brandt Metallbau <brandt-metallbau-jobs@m.personio.de>", "Brandt Metallbau"),
    ],
)
def test_personios_account_names_the_employer(sender: str, company: str) -> None:
    body = f"Hallo,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nAnna Weber\n"
    v = _verdict(sender, "Ihre Bewerbung", body)
    assert v.company == company
    assert v.noreply is False  # Personio files the answer with the application


@pytest.mark.parametrize(
    ("subject", "line", "stage"),
    [
        # The subject's general word, the text's specific one: the text says which talk.
        ("Esito colloquio - Magazziniere", "la ringraziamo per il colloquio telefonico.", "screen"),
        ("Interview feedback", "Thank you for the phone screen last week.", "screen"),
        # The text's general word stays: nothing more specific is said.
        ("Esito colloquio - Magazziniere", "la ringraziamo per il colloquio.", "interview"),
        # A screen in the subject does not hide an interview the text names.
        (
            "Phone screen follow-up",
            "Thank you for your second interview with the team.",
            "interview",
        ),
    ],
)
def test_the_text_names_the_kind_of_talk_the_subject_calls_general(
    subject: str, line: str, stage: str
) -> None:
    lang = "it" if "colloquio" in line else "en"
    body = f"Ciao Alex,\n\n{line} {NO[lang]}\n"
    v = _verdict("Giulia Bianchi <g.bianchi@ferramentagallo.it>", subject, body)
    assert v.stage == stage


def test_meeting_the_panel_is_an_interview() -> None:
    body = (
        f"Hi Alex,\n\nThank you for taking the time to meet with the panel last week. {NO['en']}\n"
    )
    v = _verdict("Jo Li <jo.li@fairbanksdental.com>", "Your application to Fairbanks Dental", body)
    assert v.stage == "interview"


@pytest.mark.parametrize(
    "sender", ["DevJobs <no-reply@devjobs.io>", "Remote Jobs <hello@remotejobs.io>"]
)
def test_a_board_named_after_its_field_is_no_employer(sender: str) -> None:
    """ "DevJobs" signing "DevJobs": a board's own name and domain; the employer is not named."""
    body = f"Hola,\n\n{NO_ES}\n\nSaludos,\n\n{sender.partition(' <')[0]}\n"
    assert _verdict(sender, "Gracias por tu interés", body).company is None


def test_a_brand_with_a_job_word_stays_an_employer() -> None:
    """ "AcmeCareers" is Acme's careers site, "TalentBridge" a brand: neither is a field's board."""
    body = f"Hi Alex,\n\n{NO['en']}\n\nAcmeCareers\n"
    assert _verdict("AcmeCareers <no-reply@acme.com>", "Your application", body).company == "Acme"


@pytest.mark.parametrize(
    ("lang", "line", "company"),
    [
        ("nl", "Bedankt voor je sollicitatie bij De Groene Brug.", "De Groene Brug"),
        (
            "nl",
            "Je sollicitatie voor de functie Servicemonteur bij Tulp Retail is bekeken.",
            "Tulp Retail",
        ),
        (
            "de",
            "Ihre Bewerbung als Controller bei Elbe Mobility GmbH haben wir geprüft.",
            "Elbe Mobility GmbH",
        ),
        ("en", "Thank you for applying to Fernhill Foods.", "Fernhill Foods"),
        ("nl", "Namens Veldhuis Energie laten we je het volgende weten.", "Veldhuis Energie"),
    ],
)
def test_an_unlisted_relay_names_where_the_application_went(
    lang: str, line: str, company: str
) -> None:
    """A hiring tool no list names signs with its own name on every side; the text says
    where the application went or for whom it speaks, and that is the employer."""
    body = f"Hallo Alex,\n\n{line} {NO[lang]}\n\nWerkflow\n"
    assert _verdict("Werkflow <noreply@werkflow.io>", "Update", body).company == company


def test_the_senders_own_name_stays_when_the_text_applies_to_no_organisation() -> None:
    """ "your application to the Graduate Programme": no organisation; the sender's side agrees."""
    body = (
        "Hi Alex,\n\nThank you for your application to the Graduate Programme. "
        f"{NO['en']}\n\nThe Fernhill Foods Team\n"
    )
    v = _verdict("Fernhill Foods <careers@fernhillfoods.com>", "Update", body)
    assert v.company == "Fernhill Foods"
