"""Small employers named by their trade, office boxes, round words and a relay's second verb
(session 23).

Why a file of its own: each rule came from the fields probes written before it
(``bench/probes/fields-{nl,fr,de}-{9,10,11}.txt``) and a matrix of trade-named employers
under three sender shapes: a garage or a practice writes from free mail under a name shaped
like a person's ("Autohaus Wendt"), an office box sends as "Secretariaat" or
"Geschäftsstelle" and the sign-off names the employer, a subject opens with the round
("Tweede gesprek Data-analist"). Each with the case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import NO, _verdict

from agent.classify.extractors.common import looks_like_person

SIGN = {"de": "Mit freundlichen Grüßen", "fr": "Cordialement,", "nl": "Met vriendelijke groet,"}


@pytest.mark.parametrize(
    ("lang", "sender", "company"),
    [
        ("de", "Autohaus Wendt <autohaus-wendt@t-online.de>", "Autohaus Wendt"),
        ("de", "Malerbetrieb Schröder <maler.schroeder@web.de>", "Malerbetrieb Schröder"),
        ("nl", "Autobedrijf Verbeek <autobedrijfverbeek@ziggo.nl>", "Autobedrijf Verbeek"),
        ("nl", "Tandartspraktijk Smile <smile@kpnmail.nl>", "Tandartspraktijk Smile"),
        ("fr", "Garage Lemoine <garage.lemoine@orange.fr>", "Garage Lemoine"),
        ("fr", "Plomberie Girard <plomberie.girard@orange.fr>", "Plomberie Girard"),
    ],
)
def test_a_trade_named_employer_at_free_mail_is_no_person(
    lang: str, sender: str, company: str
) -> None:
    body = f"Hallo,\n\n{NO[lang]}\n\n{SIGN[lang]}\n{company}\n"
    v = _verdict(sender, "Re: Alex", body)
    assert v.company == company


@pytest.mark.parametrize(
    "name", ["Anna Neuhaus", "Jan Althaus", "Marie Dubois", "Valérie Martin", "Sanne de Jong"]
)
def test_persons_names_stay_persons(name: str) -> None:
    """A trade is matched at a word's end: surnames such as "Neuhaus" hold none of them."""
    assert looks_like_person(name)


@pytest.mark.parametrize(
    ("lang", "box", "line", "company"),
    [
        ("de", "Geschäftsstelle", "Tierschutzverein Nordheide e.V.", "Tierschutzverein Nordheide"),
        ("de", "Personalbüro", "Pflegedienst Sonnenschein", "Pflegedienst Sonnenschein"),
        ("nl", "Secretariaat", "Tandartspraktijk Smile", "Tandartspraktijk Smile"),
        ("nl", "Directie", "Zorginstelling De Zellingen", "Zorginstelling De Zellingen"),
        ("fr", "Secrétariat", "Crèche Les Lutins", "Crèche Les Lutins"),
    ],
)
def test_an_office_box_names_no_employer_its_sign_off_does(
    lang: str, box: str, line: str, company: str
) -> None:
    body = f"Hallo,\n\n{NO[lang]}\n\n{SIGN[lang]}\n{line}\n"
    v = _verdict(f"{box} <info@example-office.{lang}>", "Re: Alex", body)
    assert v.company == company


def test_werken_bij_is_a_career_sites_head() -> None:
    v = _verdict(
        "Werken bij Veldhuis Energie <noreply@werkenbijveldhuis.nl>",
        "Je sollicitatie als Servicemonteur",
        f"Beste Alex,\n\n{NO['nl']}\n",
    )
    assert v.company == "Veldhuis Energie"


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Tweede gesprek Data-analist", "Data-analist"),
        ("Second interview Backend Engineer", "Backend Engineer"),
        # An ordinal not before a talk is part of the title.
        ("First Officer", "First Officer"),
    ],
)
def test_the_round_before_a_subjects_title_is_no_part_of_it(subject: str, role: str) -> None:
    v = _verdict(
        "Lotte Smit <lotte.smit@havenkwartier.nl>", subject, f"Beste Alex,\n\n{NO['nl']}\n"
    )
    assert v.role == role


def test_a_relays_second_verb_ends_the_title() -> None:
    """ "Sodexal Services a étudié votre candidature au poste de X et a décidé ..."."""
    body = (
        "Bonjour Alex,\n\nSodexal Services a étudié votre candidature au poste de Chargé de "
        "clientèle et a décidé de ne pas poursuivre le processus.\n"
    )
    v = _verdict(
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Sodexal Services",
        body,
    )
    assert v.role == "Chargé de clientèle"
    assert v.company == "Sodexal Services"


def test_personios_account_under_the_companys_name_is_read() -> None:
    """Personio files a reply to "<account>-jobs@m-personio.de" with the application."""
    v = _verdict(
        "Hofstede Logistik GmbH <hofstede-jobs@m-personio.de>",
        "Ihre Bewerbung",
        f"Hallo,\n\n{NO['de']}\n",
    )
    assert v.noreply is False
    v = _verdict("Hofstede Logistik GmbH <noreply@m-personio.de>", "Ihre Bewerbung", NO["de"])
    assert v.noreply is True


@pytest.mark.parametrize(
    ("lang", "sender", "title", "line", "company"),
    [
        (
            "de",
            "Anna Weber <anna.weber@web.de>",
            "Personalreferentin",
            "Elbtal Energie SE",
            "Elbtal Energie",
        ),
        (
            "de",
            "Anna Weber <anna.weber@web.de>",
            "Personalreferentin",
            "Hansekontor Handel e.K.",
            "Hansekontor Handel",
        ),
        (
            "nl",
            "Sanne de Jong <sanne.dejong@ziggo.nl>",
            "Recruiter",
            "De Groene Brug",
            "De Groene Brug",
        ),
        (
            "nl",
            "Sanne de Jong <sanne.dejong@ziggo.nl>",
            "HR-adviseur",
            "Bakkerij Verhoeven V.O.F.",
            "Bakkerij Verhoeven",
        ),
    ],
)
def test_who_what_for_whom_at_free_mail(
    lang: str, sender: str, title: str, line: str, company: str
) -> None:
    """Name, title, employer on three lines: the title line is no employer, the next one is."""
    name = sender.split(" <", maxsplit=1)[0]
    body = f"Hallo,\n\n{NO[lang]}\n\n{SIGN[lang]}\n{name}\n{title}\n{line}\n"
    v = _verdict(sender, "Re: Alex", body)
    assert v.company == company


def test_a_title_under_the_name_alone_names_no_employer() -> None:
    body = f"Hallo,\n\n{NO['de']}\n\n{SIGN['de']}\nAnna Weber\nPersonalreferentin\n"
    v = _verdict("Anna Weber <anna.weber@web.de>", "Re: Alex", body)
    assert v.company is None


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Afwijzing sollicitatie Servicemonteur", "Servicemonteur"),
        ("Sollicitatie HR-adviseur bij Polderwerk", "HR-adviseur"),
        ("Re: Sollicitatie Marketingcoördinator", "Marketingcoördinator"),
        ("Absage: Vertriebsinnendienst (m/w/d)", "Vertriebsinnendienst (m/w/d)"),
        ("Offre Chef de projet digital", "Chef de projet digital"),
        ("Candidature : Agent d'entretien", "Agent d'entretien"),
        # "Bewerbung als": no label head before a lower-case word.
        ("Ihre Bewerbung als Controller (m/w/d)", "Controller (m/w/d)"),
    ],
)
def test_a_subjects_outcome_or_label_word_is_no_part_of_the_title(subject: str, role: str) -> None:
    v = _verdict("HR <hr@polderwerk.nl>", subject, f"Beste Alex,\n\n{NO['nl']}\n")
    assert v.role == role


@pytest.mark.parametrize(
    ("lang", "line", "stage"),
    [
        ("fr", "Merci pour la fonction de Comptable fournisseurs.", None),
        ("fr", "Merci pour notre appel de ce matin.", "screen"),
        ("fr", "Merci pour votre réponse à notre appel à candidatures.", "application"),
        ("de", "Danke für das Kennenlerngespräch.", "interview"),
        ("nl", "Helaas nodigen we je niet uit voor een gesprek.", "application"),
    ],
)
def test_the_talk_the_text_names(lang: str, line: str, stage: str | None) -> None:
    v = _verdict("HR <hr@polderwerk.nl>", "Re: Alex", f"Hallo Alex,\n\n{line} {NO[lang]}\n")
    if stage is None:  # a role phrase, not a talk: the role is read
        assert v.role == "Comptable fournisseurs"
    else:
        assert v.stage == stage


@pytest.mark.parametrize(
    ("lang", "sender", "subject", "line", "company"),
    [
        (
            "de",
            "Jobportal24 <noreply@jobportal24.de>",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Hansekontor Handel GmbH hat Ihre Bewerbung abgelehnt.",
            "Hansekontor Handel GmbH",
        ),
        (
            "de",
            "Jobportal24 <noreply@jobportal24.de>",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Grundschule am Park hat sich leider gegen Ihre Bewerbung entschieden.",
            "Grundschule am Park",
        ),
        (
            "de",
            "Jobportal24 <noreply@jobportal24.de>",
            "Antwort von Elbe Mobility GmbH auf Ihre Bewerbung",
            "Leider hat sich der Arbeitgeber gegen Ihre Bewerbung entschieden.",
            "Elbe Mobility GmbH",
        ),
        (
            "fr",
            "Jobplateforme <noreply@jobplateforme.fr>",
            "Mise à jour de votre candidature",
            "Transports Garnier a décidé de ne pas retenir votre candidature.",
            "Transports Garnier",
        ),
    ],
)
def test_an_unlisted_platform_relays_the_employers_answer(
    lang: str, sender: str, subject: str, line: str, company: str
) -> None:
    v = _verdict(sender, subject, f"Hallo Alex,\n\n{line}\n\nIhr Jobportal-Team\n")
    assert v.company == company


def test_we_decided_names_no_relay() -> None:
    """ "Wir haben uns ... entschieden" / "Die Schule hat sich ...": no name, the sender's stays."""
    body = "Hallo Alex,\n\nDie Schule hat sich leider gegen Ihre Bewerbung entschieden.\n"
    v = _verdict("Anna Weber <anna.weber@hansekontor.de>", "Ihre Bewerbung", body)
    assert v.company == "Hansekontor"
