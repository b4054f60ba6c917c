"""The employer where a system, a relay or a team mailbox sends the mail (issue 11, session 18).

Why a file of its own: each rule here came from a sender convention the fields probe
(``bench/probes/fields-{de-6,fr-6,nl-5,en-6}.txt``) found missed: an ATS's product name as
the display name, a no-reply display name in French, "namens X" under a person's name,
a job tracker relaying "the X position at Y", the writer's name then the organisation.
Each with the case the rule must leave alone.
"""

from __future__ import annotations

import pytest

# One mail shape for every fields test of a sender convention: that file's decision
# sentences and its helper (the verdict, asserted to be a rejection).
from test_fields_senders import NO, _verdict


def test_an_ats_product_name_is_not_the_employer() -> None:
    """ "SAP SuccessFactors" from successfactors.eu: the system; the sign-off names the employer."""
    body = f"Sehr geehrte Frau Doe,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Spedition Albrecht SE\n"
    v = _verdict("SAP SuccessFactors <noreply@successfactors.eu>", "Ihre Bewerbung", body)
    assert v.company == "Spedition Albrecht SE"


def test_a_team_word_of_an_ats_name_keeps_the_employer() -> None:
    """ "Kessler Recruiting" from recruitee.com: a word like the system's is not its name."""
    body = f"Hallo Alex,\n\n{NO['de']}\n"
    v = _verdict("Kessler Recruiting <no-reply@recruitee.com>", "Deine Bewerbung", body)
    assert v.company == "Kessler"


@pytest.mark.parametrize("name", ["Ne pas répondre", "Bitte nicht antworten", "Niet beantwoorden"])
def test_a_no_reply_display_name_names_no_employer(name: str) -> None:
    body = f"Bonjour Alex,\n\n{NO['fr']}\n"
    v = _verdict(f"{name} <noreply@flatchr.io>", "Votre candidature", body)
    assert v.company is None


def test_namens_names_the_employer_a_person_signs_for() -> None:
    body = f"Beste Alex,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nSanne Bakker\nnamens Restaurant De Zilveren Maan\n"
    v = _verdict("Sanne Bakker <sanne.bakker@gmail.com>", "Sollicitatie", body)
    assert v.company == "Restaurant De Zilveren Maan"


@pytest.mark.parametrize(
    ("sender", "signed", "company"),
    [
        # MuluCareer's name, signature and domain agree with each other, not with the post's.
        ("MuluCareer <no-reply@mulucareer.example>", "MuluCareer Team", "Harborview Health"),
        # The employer naming its own post: the same organisation, the sender stays.
        (
            "Harborview Health Careers <careers@harborviewhealth.example>",
            "Harborview Health Talent Team",
            "Harborview Health",
        ),
    ],
)
def test_the_post_at_an_employer_in_the_text(sender: str, signed: str, company: str) -> None:
    """ "the Planner position at Harborview Health": a relay's text names the employer."""
    body = (
        "Dear Alex,\n\nThank you for applying for the Planner position at Harborview Health."
        f"\n{NO['en']}\n\n{signed}\n"
    )
    assert _verdict(sender, "Application update", body).company == company


@pytest.mark.parametrize(
    ("sender", "under", "company"),
    [
        # a label cut short, spelled by the line under the writer's name
        (
            "Petra Lang <petra.lang@brucknermedizintechn.de>",
            "Brückner Medizintechnik",
            "Brückner Medizintechnik",
        ),
        # a place under the name is no employer: the domain stays
        ("Petra Lang <petra.lang@kontor-nord.example>", "Hamburg", "Kontor Nord"),
    ],
)
def test_the_line_under_the_writers_name(sender: str, under: str, company: str) -> None:
    body = (
        f"Sehr geehrter Herr Doe,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nPetra Lang\n{under}\n"
    )
    assert _verdict(sender, "Ihre Bewerbung", body).company == company


@pytest.mark.parametrize(
    ("lang", "sender", "subject", "text", "company"),
    [
        (
            "de",
            "Petra Lang <p.lang@bmt-hamburg.example>",
            "Ihre Bewerbung bei der Brückner Medizintechnik GmbH",
            "",
            "Brückner Medizintechnik GmbH",
        ),
        (
            "fr",
            "Ressources Humaines <rh@garnier.example>",
            "Réponse à votre candidature",
            "Nous vous remercions de l'intérêt que vous portez à la société Transports Garnier.",
            "Transports Garnier",
        ),
        (
            "fr",
            "Karim Benali <k.benali@moreau.example>",
            "Candidature",
            "Je fais suite à votre candidature au sein du Cabinet Moreau & Associés.",
            "Cabinet Moreau & Associés",
        ),
        (
            "nl",
            "Werving <werving@zeist.example>",
            "Uw sollicitatie",
            "Bedankt voor uw sollicitatie bij de Gemeente Zeist.",
            "Gemeente Zeist",
        ),
    ],
)
def test_articles_before_the_employer(
    lang: str, sender: str, subject: str, text: str, company: str
) -> None:
    """ "bei der X", "à la société X", "au sein du X", "bij de X": the article is no part of it."""
    v = _verdict(sender, subject, f"Hallo,\n\n{text} {NO[lang]}\n")
    assert v.company == company


@pytest.mark.parametrize(
    ("lang", "text", "sign_off", "company"),
    [
        (
            "de",
            "Im Namen der Hansekontor Handel GmbH danken wir Ihnen.",
            "",
            "Hansekontor Handel GmbH",
        ),
        ("de", "", "Personalabteilung | Hansekontor Handel GmbH", "Hansekontor Handel"),
        ("fr", "La société Atelier Lumière vous remercie.", "", "Atelier Lumière"),
        ("fr", "Au nom de Groupe Vauclair, je vous remercie.", "", "Groupe Vauclair"),
        ("nl", "Namens De Zilveren Maan wil ik je bedanken.", "", "De Zilveren Maan"),
    ],
)
def test_who_the_writer_speaks_for(lang: str, text: str, sign_off: str, company: str) -> None:
    """ "im Namen der X", "au nom de X", "namens X", "la société X", a department then "X GmbH"."""
    body = f"Hallo Alex,\n\n{text} {NO[lang]}\n\nGrüße\n{sign_off}\n"
    v = _verdict("Jo Li <jo.li@mail.qx-sl.example>", "Bewerbung", body)
    assert v.company == company


@pytest.mark.parametrize("gap", [" ", "\n", ": "])
def test_a_boards_employer_name_row(gap: str) -> None:
    """A job board's table read as text: "Employer Name" then the name, with no colon."""
    body = f"Dear Alex,\n\n{NO['en']}\n\nJob Title{gap}Office Manager\n\nEmployer Name{gap}Silverpine Software\n"
    v = _verdict("Engineering Jobs Board <admin@jobs.example.org>", "Application update", body)
    assert v.company == "Silverpine Software"


@pytest.mark.parametrize(
    ("lang", "line", "company"),
    [
        ("de", "Personalabteilung | Stadtwerke Rheinau", "Stadtwerke Rheinau"),
        ("fr", "Service RH – Groupe Vauclair", "Groupe Vauclair"),
        ("nl", "Afdeling P&O | Gemeente Zeist", "Gemeente Zeist"),
    ],
)
def test_a_department_then_the_organisation(lang: str, line: str, company: str) -> None:
    """A sign-off line "Department | Organisation": the department signs for its employer."""
    body = f"Hallo Alex,\n\n{NO[lang]}\n\nGrüße\n{line}\n"
    v = _verdict("Bewerbung <bewerbung@swr-jobs.example>", "Bewerbung", body)
    assert v.company == company
