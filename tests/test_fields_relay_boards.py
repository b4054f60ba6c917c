"""Job boards, public job services and ATSs relaying the employer's decision (session 26).

Why a file of its own: the fields probes written before these rules
(``bench/probes/fields-{fr,nl,de}-14.txt``, ``fields-en-9.txt``) showed a board's own name,
or no name at all, where the board's sentence names the employer: "X heeft de status van je
sollicitatie bijgewerkt", "Update van X over je sollicitatie", "X hat auf Ihre Bewerbung
geantwortet", "die X hat sich gegen Ihre Bewerbung entschieden", "An update from X on your
application", "The recruiter at X has reviewed ...", "X has declined your application", a
board's subject "Candidature X - T" (a dash), "Team Talent Acquisition, X B.V." under an ATS's
no-reply, "im Auftrag unseres Kunden X". Each with the look-alike the rule must leave alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

from agent.classify import Verdict, classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

BOARD = {
    "en": "Jobhaven <noreply@jobhaven.example>",
    "nl": "Vacaturepunt <noreply@vacaturepunt.example>",
    "de": "Stellenwerk <noreply@stellenwerk.example>",
    "fr": "Emploi Direct <ne-pas-repondre@emploi-direct.example>",
}
GREETING = {"en": "Hi Alex,", "nl": "Hoi Alex,", "de": "Hallo Alex Doe,", "fr": "Bonjour Alex,"}
SIGN = {
    "en": "The Jobhaven team",
    "nl": "Team Vacaturepunt",
    "de": "Ihr Stellenwerk-Team",
    "fr": "L'équipe Emploi Direct",
}
SUBJECT = {
    "en": "Your application",
    "nl": "Je sollicitatie",
    "de": "Ihre Bewerbung",
    "fr": "Votre candidature",
}


def _relayed(lang: str, line: str, subject: str | None = None) -> Verdict:
    body = f"{GREETING[lang]}\n\n{line}\n\n{SIGN[lang]}\n"
    return _verdict(BOARD[lang], subject or SUBJECT[lang], body)


@pytest.mark.parametrize(
    ("lang", "subject", "line", "company"),
    [
        (
            "nl",
            None,
            "Coolblue heeft de status van je sollicitatie bijgewerkt: afgewezen.",
            "Coolblue",
        ),
        (
            "nl",
            "Update van Gemeente Utrecht over je sollicitatie",
            "Helaas is je sollicitatie afgewezen.",
            "Gemeente Utrecht",
        ),
        (
            "de",
            "Deutsche Bahn hat auf Ihre Bewerbung geantwortet",
            "Leider hat sich das Unternehmen für andere Kandidaten entschieden.",
            "Deutsche Bahn",
        ),
        (
            "de",
            None,
            "die Otto Group hat sich leider gegen Ihre Bewerbung entschieden.",
            "Otto Group",
        ),
        (
            "en",
            "An update from Goldman Sachs on your application",
            "Unfortunately your application was not successful.",
            "Goldman Sachs",
        ),
        (
            "en",
            None,
            "The recruiter at Unilever has reviewed your application and decided not to progress it.",
            "Unilever",
        ),
        ("en", None, "Stripe has declined your application for the Analyst role.", "Stripe"),
    ],
)
def test_the_board_names_the_employer_not_itself(
    lang: str, subject: str | None, line: str, company: str
) -> None:
    assert _relayed(lang, line, subject).company == company


@pytest.mark.parametrize(
    ("lang", "subject", "line"),
    [
        # A pronoun, a department, the board's own team: no employer in the sentence.
        ("nl", None, "Het team heeft de status van je sollicitatie bijgewerkt: afgewezen."),
        ("de", None, "Die Personalabteilung hat Ihre Bewerbung leider abgelehnt."),
        ("en", "An update from us on your application", "Your application was not successful."),
    ],
)
def test_no_employer_where_the_sentence_names_none(
    lang: str, subject: str | None, line: str
) -> None:
    """The board's own name stays (an unlisted board): the rule took no pronoun or office."""
    assert _relayed(lang, line, subject).company == BOARD[lang].split(" <")[0]


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Candidature Norauto – Technicien atelier : réponse de l'entreprise", "Norauto"),
        # "Candidature spontanée – T": the other half is no name.
        ("Candidature spontanée – Technicien atelier", None),
    ],
)
def test_a_boards_subject_half_after_the_application_word(
    subject: str, company: str | None
) -> None:
    body = "Bonjour Alex,\n\nL'entreprise a étudié votre candidature et ne souhaite pas y donner suite.\n"
    assert _verdict("HelloWork <noreply@hellowork.com>", subject, body).company == company


def test_an_ats_signature_after_the_team_and_a_comma() -> None:
    body = (
        "Beste Alex,\n\nBedankt voor je sollicitatie op de vacature Planner. Helaas hebben we "
        "besloten je niet uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\n\n"
        "Team Talent Acquisition, Vanderlande Industries B.V.\n"
    )
    v = _verdict("Sollicitaties <noreply@ats-mail.example>", "Je sollicitatie", body)
    assert v.company is not None and v.company.startswith("Vanderlande Industries")


def test_an_agency_acting_for_its_client_names_the_client() -> None:
    body = (
        "Hallo Herr Doe,\n\nim Auftrag unseres Kunden Airbus teile ich Ihnen mit, dass Ihre "
        "Bewerbung als Fluggerätmechaniker leider nicht berücksichtigt werden konnte.\n\n"
        "Freundliche Grüße\nStefan Krüger\nPersonalwerk Nord\n"
    )
    v = _verdict("Stefan Krüger <s.krueger@personalwerk.example>", "Ihre Bewerbung", body)
    assert v.company == "Airbus"


def test_a_chain_named_by_its_trade_via_a_board_is_no_person() -> None:
    body = "Beste Alex,\n\nBedankt voor je sollicitatie. Helaas hebben we gekozen voor een andere kandidaat.\n"
    v = _verdict("Jumbo Supermarkten via Indeed <noreply@indeed.com>", "Je sollicitatie", body)
    assert v.company == "Jumbo Supermarkten"


@pytest.mark.parametrize(
    ("lang", "line", "role"),
    [
        (
            "fr",
            "Decathlon a étudié votre candidature au poste de Vendeur sport et ne souhaite pas y donner suite.",
            "Vendeur sport",
        ),
        (
            "en",
            "Revolut has reviewed your application for Product Analyst and won't be taking it forward.",
            "Product Analyst",
        ),
        (
            "nl",
            "De werkgever heeft je sollicitatie voor Pedagogisch medewerker afgewezen.",
            "Pedagogisch medewerker",
        ),
        (
            "nl",
            "Bol heeft je sollicitatie voor Magazijnmedewerker bekeken en helaas afgewezen.",
            "Magazijnmedewerker",
        ),
    ],
)
def test_the_title_ends_where_the_sentence_goes_on(lang: str, line: str, role: str) -> None:
    assert _relayed(lang, line).role == role


def test_the_application_as_y_and_the_post_before_the_verb_are_decisions() -> None:
    assert _relayed("fr", "L'entreprise a décidé de ne pas y donner suite.").is_rejection
    assert _relayed(
        "de", "Leider hat sich das Unternehmen gegen Ihre Bewerbung als UX Designer entschieden."
    ).is_rejection


def test_do_not_reply_to_it_is_no_decision() -> None:
    """ "merci de ne pas y répondre": "ne pas y" without "donner suite" decides nothing."""
    body = (
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste de Vendeur. "
        "Ce message est automatique, merci de ne pas y répondre.\n\nL'équipe Recrutement\n"
    )
    v = classify(parse_bytes(mail("Votre candidature", body, sender=BOARD["fr"])), [OWNER])
    assert not v.is_rejection


@pytest.mark.parametrize(
    ("lang", "intro", "quote"),
    [
        (
            "fr",
            "Back Market a répondu à votre candidature pour le poste de Data Analyst :",
            "« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. »",
        ),
        (
            "en",
            "Monzo has responded to your application for Data Analyst:",
            '"Unfortunately we have decided not to move forward with your application."',
        ),
    ],
)
def test_a_board_quoting_the_employers_answer_hands_on_a_decision(
    lang: str, intro: str, quote: str
) -> None:
    assert _relayed(lang, f"{intro}\n\n{quote}").is_rejection


def test_a_rejection_quoted_without_a_relays_introduction_stays_reported() -> None:
    """A newsletter quoting a typical rejection line decides nothing."""
    body = (
        "Bonjour Alex,\n\nCette semaine, nos conseils pour rebondir après un refus : "
        "« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. »\n\n"
        "La rédaction\n"
    )
    v = classify(parse_bytes(mail("Nos conseils emploi", body, sender=BOARD["fr"])), [OWNER])
    assert not v.is_rejection


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "Leider wurde Ihre Bewerbung als Verkäufer im Lebensmittelhandwerk nicht berücksichtigt.",
            "Verkäufer im Lebensmittelhandwerk",
        ),
        (
            "Leider wurde Ihre Bewerbung als Kaufmann im Groß- und Außenhandel nicht berücksichtigt.",
            "Kaufmann im Groß- und Außenhandel",
        ),
        # "im Rahmen", "im Namen", "im Team": the sentence goes on, the title does not.
        (
            "Ihre Bewerbung als Lagerist im Rahmen unseres Auswahlverfahrens wurde leider nicht berücksichtigt.",
            "Lagerist",
        ),
        (
            "Ihre Bewerbung als Entwickler im Team Payments wurde leider nicht berücksichtigt.",
            "Entwickler",
        ),
    ],
)
def test_a_german_title_goes_on_after_im_and_a_noun(line: str, role: str) -> None:
    assert _relayed("de", line).role == role


# Pass 16 (bench/probes/fields-{fr,nl,de}-15.txt, fields-en-10.txt): footers, status labels.
ATS = "Recruiting <no-reply@ats-mail.example>"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Hi Alex,\n\nUnfortunately, we have decided to pursue other candidates.\n\nHiring Team\n\n"
            "This email was sent on behalf of Brightwell Dental by JazzHR.\n",
            "Brightwell Dental",
        ),
        (
            "Beste Alex,\n\nHelaas nemen we je sollicitatie niet verder in behandeling.\n\n"
            "Team Recruitment\n\nDeze e-mail is verstuurd namens Dura Vermeer\n",
            "Dura Vermeer",
        ),
        (
            "Sehr geehrter Herr Doe,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen.\n\n"
            "Ihr Recruiting-Team\n\nDiese E-Mail wurde im Auftrag der Stadtwerke Leipzig versendet.\n",
            "Stadtwerke Leipzig",
        ),
        (
            "Sehr geehrter Herr Doe,\n\nleider haben wir uns für einen anderen Bewerber entschieden.\n\n"
            "Personalabteilung\n\n© 2026 Krones AG\n",
            "Krones AG",
        ),
    ],
)
def test_an_ats_footer_names_the_employer(body: str, company: str) -> None:
    """The name as written, legal form and all (the scores fold it)."""
    assert _verdict(ATS, "Your application", body).company == company


def test_a_boards_own_copyright_line_names_no_employer() -> None:
    body = (
        "Hallo Alex Doe,\n\nIhre Bewerbung wurde leider abgelehnt.\n\nIhr StepStone-Team\n\n"
        "© 2026 StepStone Deutschland GmbH\n"
    )
    assert _verdict("StepStone <noreply@stepstone.de>", "Ihre Bewerbung", body).company is None


@pytest.mark.parametrize(
    ("lang", "line", "rejection"),
    [
        (
            "fr",
            "Ta candidature pour le poste d'Analyste crédit chez BNP Paribas a été refusée.",
            True,
        ),
        (
            "fr",
            "Le statut de votre candidature au poste de Vendeur chez Darty est désormais : Refusée.",
            True,
        ),
        ("fr", "Le statut de votre candidature est désormais : en cours d'examen.", False),
        ("de", "Hornbach hat Ihnen auf Ihre Bewerbung als Verkäufer eine Absage erteilt.", True),
        ("de", "Hornbach hat Ihnen auf Ihre Bewerbung noch keine Absage erteilt.", False),
    ],
)
def test_a_boards_status_sentence(lang: str, line: str, rejection: bool) -> None:
    body = f"{GREETING[lang]}\n\n{line}\n\n{SIGN[lang]}\n"
    v = classify(parse_bytes(mail(SUBJECT[lang], body, sender=BOARD[lang])), [OWNER])
    assert v.is_rejection is rejection


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Shopify reviewed your application and decided not to move forward.", "Shopify"),
        # An -ing opener is no employer: the board's own name stays.
        ("Having reviewed your CV, we have decided not to move forward.", "Jobhaven"),
    ],
)
def test_the_employer_as_subject_of_a_past_tense(line: str, company: str) -> None:
    assert _relayed("en", line).company == company


def test_an_article_alone_is_no_employer() -> None:
    body = "Hallo Alex Doe,\n\nIhre Bewerbung als Lagerlogistiker bei DHL Group wurde leider abgelehnt.\n"
    v = _verdict(BOARD["de"], "Der Status Ihrer Bewerbung hat sich geändert", body)
    assert v.company == "DHL Group"
