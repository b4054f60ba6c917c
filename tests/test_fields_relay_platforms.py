"""Relay platforms naming the employer in their own phrasing (session 24).

Why a file of its own: a job, volunteering or substitute platform sends the employer's
decision under its own name and signs it, so without a rule for its phrasing the platform
outvotes the employer the text names. Each rule came from the fields probes written before
it (``bench/probes/fields-{nl,fr}-12.txt``, ``fields-de-13.txt``): the verb before the
employer, the employer after the post in a status update or in brackets after its kind, an
organisation or an association named by its kind, a business named by its kind, "Absage von
X". Each with the case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

PLATFORM = {
    "nl": "Werkplein <noreply@werkplein.example>",
    "fr": "Passerelle Emploi <ne-pas-repondre@passerelle-emploi.example>",
    "de": "Vertretungsbörse <noreply@vertretungsboerse.example>",
}
GREETING = {"nl": "Hoi Alex,", "fr": "Bonjour Alex,", "de": "Hallo Alex Doe,"}
SUBJECT = {"nl": "Je sollicitatie", "fr": "Votre candidature", "de": "Ihre Bewerbung"}
SUBJECT = {"nl": "Je sollicitatie", "fr": "Votre candidature", "de": "Ihre Bewerbung"}
SIGN = {"nl": "Team Werkplein", "fr": "L’équipe Passerelle Emploi", "de": "Ihre Vertretungsbörse"}


def _relayed(lang: str, line: str, subject: str | None = None) -> str | None:
    """The company of ``line`` relayed by the platform, under its usual subject."""
    body = f"{GREETING[lang]}\n\n{line}\n\n{SIGN[lang]}\n"
    return _verdict(PLATFORM[lang], subject or SUBJECT[lang], body).company


@pytest.mark.parametrize(
    ("lang", "line", "company"),
    [
        (
            "nl",
            "Helaas heeft Tuincentrum De Linde besloten om je niet uit te nodigen voor een gesprek.",
            "Tuincentrum De Linde",
        ),
        (
            "nl",
            "De status van je sollicitatie voor Kok bij Brasserie Oost is gewijzigd: afgewezen.",
            "Brasserie Oost",
        ),
        (
            "nl",
            "De werkgever (Garage Peters) heeft je sollicitatie helaas afgewezen.",
            "Garage Peters",
        ),
        (
            "fr",
            "L’association Jardins Solidaires a bien reçu votre candidature, malheureusement "
            "elle ne pourra pas y donner suite.",
            "Jardins Solidaires",
        ),
        (
            "fr",
            "Malheureusement, Pharmacie Centrale ne donnera pas suite à votre candidature.",
            "Pharmacie Centrale",
        ),
        (
            "de",
            "Leider hat sich die Löwen-Apotheke für eine andere Bewerberin entschieden.",
            "Löwen-Apotheke",
        ),
        (
            "de",
            "Die Praxis am Rathaus hat sich leider für eine andere Bewerberin entschieden.",
            "Praxis am Rathaus",
        ),
    ],
)
def test_a_platform_names_the_employer_not_itself(lang: str, line: str, company: str) -> None:
    assert _relayed(lang, line) == company


def test_absage_von_in_the_subject_names_the_employer() -> None:
    line = "Ihre Bewerbung als Koch wurde leider nicht berücksichtigt."
    assert _relayed("de", line, "Absage von Hotel Seeblick") == "Hotel Seeblick"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # The employer's own mail: "heeft" after a pronoun names nobody.
        ("nl", "Helaas heeft ons team besloten om niet verder te gaan met je sollicitatie."),
        # A German noun is capitalised: "die Stelle" is no business of a kind.
        (
            "de",
            "Leider hat sich die Stelle erledigt, wir haben uns für andere Bewerber entschieden.",
        ),
        # "Malheureusement, nous ..." names nobody.
        ("fr", "Malheureusement, nous ne donnerons pas suite à votre candidature."),
    ],
)
def test_pronouns_and_common_nouns_name_no_employer(lang: str, line: str) -> None:
    """Without a name the platform's sign-off is all there is; the new rules take nothing."""
    assert _relayed(lang, line) in (None, "Werkplein", "Passerelle Emploi", "Vertretungsbörse")


def test_absage_von_ihnen_names_nobody() -> None:
    line = "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben."
    assert _relayed("de", line, "Absage von Ihnen erbeten") != "Ihnen erbeten"


BOARD = "Jobboard <noreply@jobboard.example>"


@pytest.mark.parametrize(
    ("subject", "line", "company", "role"),
    [
        (
            "Votre candidature a été mise à jour",
            "Votre candidature pour le poste de Serveur chez Brasserie du Port n'a pas été "
            "retenue.",
            "Brasserie du Port",
            "Serveur",
        ),
        (
            "La tua candidatura per Cuoco è stata aggiornata",
            "La tua candidatura per Cuoco presso Trattoria Da Mario non è stata selezionata.",
            "Trattoria Da Mario",
            "Cuoco",
        ),
        (
            "Sua candidatura para Vendedor foi atualizada",
            "Sua candidatura para Vendedor na Padaria Central não foi selecionada.",
            "Padaria Central",
            "Vendedor",
        ),
    ],
)
def test_a_status_sentence_names_the_post_and_the_employer(
    subject: str, line: str, company: str, role: str
) -> None:
    """A board's status update puts the post and the employer between the application and its
    outcome; the subject ends the title at its verb (dev actoos/{fr,it,pt})."""
    v = _verdict(BOARD, subject, f"Bonjour / Ciao / Olá Alex,\n\n{line}\n")
    assert (v.company, v.role) == (company, role)


def test_an_interview_cancelled_for_a_post_is_no_rejection() -> None:
    """The post an interview was planned for, or a title's "de recrutement", was not cancelled."""
    body = (
        "Bonjour Alex,\n\nL'entretien prévu pour le poste Chargé de recrutement chez Brasserie "
        "du Port a été annulé.\n\nSi vous avez des questions, contactez l'entreprise.\n"
    )
    v = classify(parse_bytes(mail("Entretien annulé", body, sender=BOARD)), [OWNER])
    assert not v.is_rejection
