"""The employer named once, where offices, ATSs and the law put it (session 27, issue 11).

Why a file of its own: the fields probes written before these rules
(``bench/probes/fields-{fr,nl,de}-16.txt``, ``fields-es-6.txt``) found the employer missed
when only a registration footer ("X GmbH · Sitz ... · HRB ...", "X SA au capital de ... - RCS
..."), a public office's sign-off ("Stadt Freiburg im Breisgau" above "Haupt- und
Personalamt"), a department's display name ("Personalamt", "Contact", "Empleo",
"Bewerbermanagement X", "Talent Acquisition X") or an ATS's footer ("envoyé par X via
Flatchr") names it; and titles lost to "bei X als T", "für" in a gender-marked title, "- Réf.
…" and "Proceso selectivo". Each with the look-alike the rule must leave alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

NO_DE = (
    "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben."
)
NO_FR = "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."
NO_ES = "Lamentamos comunicarle que su candidatura no ha sido seleccionada."
NO_NL = "Helaas hebben we besloten niet verder te gaan met je sollicitatie."


def _de(sender: str, sign: str, subject: str = "Ihre Bewerbung als Elektriker (m/w/d)") -> str:
    body = f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n\nMit freundlichen Grüßen\n{sign}\n"
    return _verdict(sender, subject, body).company or ""


def test_a_registration_footer_names_the_employer() -> None:
    """A long "X GmbH · Sitz · Registergericht · HRB" line is skipped by the sign-off reader."""
    footer = (
        "Ihre Personalabteilung\n\nHoffmann Maschinenbau GmbH · Sitz der Gesellschaft: Bielefeld"
        " · Registergericht: Amtsgericht Bielefeld HRB 12345 · Geschäftsführer: Dr. Peter Hoffmann"
    )
    assert _de("Karriere <noreply@rexx-systems.com>", footer) == "Hoffmann Maschinenbau"
    body = (
        f"Bonjour,\n\n{NO_FR}\n\nL'équipe Recrutement\n\nFromageries Vernier SA au capital de"
        " 12 500 000 € – RCS Annecy B 605 820 417 – Siège social : 14 avenue du Parmelan, Annecy\n"
    )
    v = _verdict("Recrutement <noreply@talent-soft.com>", "Votre candidature", body)
    assert v.company == "Fromageries Vernier"


def test_an_ats_footer_and_a_group_legal_name_are_not_the_employer() -> None:
    """The ATS's own registration line names no employer; the brand applied to beats its
    group's legal name (the convention of ``fields-fr-16.txt``)."""
    ats_footer = (
        "Ihr Recruiting-Team\n\nsoftgarden e-recruiting GmbH · Tauentzienstraße 14 · 10789 Berlin"
        " · Registergericht: Amtsgericht Charlottenburg HRB 114159 B"
    )
    assert _de("Recruiting <noreply@softgarden.io>", ats_footer) == ""
    body = (
        f"Hola Alex:\n\n{NO_ES}\n\nEquipo de Talento\n\nIndustria de Diseño Textil, S.A. (Inditex)"
        " – CIF A15075062 – Avda. de la Diputación s/n, Arteixo (A Coruña)\n"
    )
    v = _verdict("Talento <noreply@successfactors.eu>", "Tu candidatura en Zara", body)
    assert v.company == "Zara"


@pytest.mark.parametrize(
    ("sender", "sign", "company"),
    [
        # an office above or below the authority it belongs to
        (
            "Personal- und Organisationsamt <bewerbung@stadt.freiburg.de>",
            "\nStadt Freiburg im Breisgau\nHaupt- und Personalamt",
            "Stadt Freiburg im Breisgau",
        ),
        (
            "Bewerbung <bewerbung@bamf.bund.de>",
            "Im Auftrag\nReferat Personalgewinnung\nBundesamt für Migration und Flüchtlinge",
            "Bundesamt für Migration und Flüchtlinge",
        ),
        (
            "Personalamt <personalamt@lra-es.de>",
            "Im Auftrag\n\nJulia Maier\n\nLandratsamt Esslingen\nAmt für Personal",
            "Landratsamt Esslingen",
        ),
        # display names an ATS's tenants use
        (
            "Bewerbermanagement Klinikum Nürnberg <noreply@dvinci-easy.com>",
            "Ihr Team",
            "Klinikum Nürnberg",
        ),
        (
            "Talent Acquisition Siemens Healthineers <noreply@successfactors.eu>",
            "Talent Acquisition",
            "Siemens Healthineers",
        ),
        # a dative adjective after "der" is given in its own form
        (
            "Interamt <noreply@interamt.de>",
            "Ihr Interamt-Team\n\nim Namen der Deutschen Rentenversicherung Bund",
            "Deutsche Rentenversicherung Bund",
        ),
        # a firm named by a trade its title shares ("Schreinerei" hires a "Schreiner")
        ("Bewerbung <bewerbung@schreinerei-huber.de>", "Ihr Team", "Schreinerei Huber"),
    ],
)
def test_an_office_signs_for_the_authority(sender: str, sign: str, company: str) -> None:
    subject = "Ihre Bewerbung als Schreiner" if "schreinerei" in sender else "Ihre Bewerbung"
    assert _de(sender, sign, subject) == company


def test_a_writer_above_a_department_is_no_employer() -> None:
    """ "Julia Maier" then "Personalabteilung": who, not for whom."""
    got = _de("Julia Maier <julia.maier@gmail.com>", "Julia Maier\nPersonalabteilung")
    assert "Maier" not in got


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (
            "Contact <contact@atelier-roux.fr>",
            "Candidature",
            f"Bonjour,\n\n{NO_FR}\n\nJulien Roux\n\n"
            "Menuiserie Roux SARL – 12 rue des Tanneurs, 69003 Lyon – SIRET 812 345 678 00019\n",
            "Menuiserie Roux",
        ),
        (
            "Empleo <noreply@bizneo.com>",
            "Tu candidatura en Primark",
            f"Hola:\n\n{NO_ES}\n\nEquipo de Selección\n",
            "Primark",
        ),
        (
            "Selecties <selecties@stad.gent>",
            "Uw kandidatuur",
            f"Beste,\n\n{NO_NL}\n\nTeam Selectie\nStad Gent\n",
            "Stad Gent",
        ),
        (
            "Recruitment <noreply@recruitee.com>",
            "Je sollicitatie",
            f"Beste Alex,\n\n{NO_NL}\n\nMet vriendelijke groet,\nTeam Recruitment | Van Oord B.V.\n",
            "Van Oord",
        ),
        (
            "Recrutement Doctolib <no-reply@teamtailor-mail.com>",
            "Votre candidature",
            f"Bonjour,\n\n{NO_FR}\n\nL'équipe Tech Recrutement\n",
            "Doctolib",
        ),
        (
            "Recrutement <noreply@flatchr.io>",
            "Votre candidature",
            f"Bonjour,\n\n{NO_FR}\n\nCordialement,\n\nCe message vous a été envoyé par Maison Kayser via Flatchr.\n",
            "Maison Kayser",
        ),
        (
            "Recrutement <recrutement@intermarche-vaudis.fr>",
            "Votre candidature",
            f"Bonjour,\n\n{NO_FR}\n\nCordialement,\nL'équipe de votre magasin Intermarché\nSAS Vaudis\n",
            "Intermarché",
        ),
    ],
)
def test_an_office_box_names_no_employer(
    sender: str, subject: str, body: str, company: str
) -> None:
    assert _verdict(sender, subject, body).company == company


def test_an_ats_naming_itself_names_no_client() -> None:
    body = f"Bonjour,\n\n{NO_FR}\n\nCe message vous a été envoyé par Flatchr.\n"
    assert (
        _verdict("Recrutement <noreply@flatchr.io>", "Votre candidature", body).company != "Flatchr"
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body", "role"),
    [
        (
            "noreply <noreply@softgarden.io>",
            "Ihre Bewerbung bei Hornbach als Verkaufsberater Garten (m/w/d)",
            f"Hallo Alex,\n\n{NO_DE}\n\nDein Recruiting Team\n",
            "Verkaufsberater Garten (m/w/d)",
        ),
        (
            "Personal <personal@swhd.de>",
            "Absage – Elektroniker für Betriebstechnik (m/w/d)",
            f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n\nMit freundlichen Grüßen\nIhre Personalabteilung\n",
            "Elektroniker für Betriebstechnik (m/w/d)",
        ),
        (
            "Recrutement Kiloutou <noreply@beetween.com>",
            "Candidature au poste de Comptable fournisseurs (H/F) – Réf. 2026-0412",
            f"Bonjour,\n\n{NO_FR}\n\nLe service recrutement\n",
            "Comptable fournisseurs (H/F)",
        ),
        (
            "Servicio de Personal <personal@malaga.es>",
            "Proceso selectivo Técnico/a de Juventud",
            f"Estimado/a Sr./Sra.:\n\n{NO_ES}\n\nServicio de Personal\nDiputación Provincial de Málaga\n",
            "Técnico/a de Juventud",
        ),
        (
            "Selecties <selecties@stad.gent>",
            "Uw kandidatuur voor Administratief medewerker",
            "Beste,\n\nBedankt voor uw kandidatuur voor de functie van Administratief medewerker. "
            f"{NO_NL}\n\nTeam Selectie\nStad Gent\n",
            "Administratief medewerker",
        ),
    ],
)
def test_titles_the_subject_holds(sender: str, subject: str, body: str, role: str) -> None:
    assert _verdict(sender, subject, body).role == role


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        # pass 18 (held out): a service's display name, a German noun after "bei der", a district
        (
            "Service Recrutement Norauto <noreply@flatchr.io>",
            "Votre candidature",
            f"Bonjour,\n\n{NO_FR}\n\nL'équipe RH\n",
            "Norauto",
        ),
        (
            "Bewerbermanagement <noreply@softgarden.io>",
            "Ihre Bewerbung als Lagerist (m/w/d)",
            "Sehr geehrter Herr Doe,\n\nLeider können wir Sie bei der Besetzung der Stelle nicht "
            "berücksichtigen.\n\nIhr Personalteam\n\nSchäfer Logistik GmbH & Co. KG | Sitz: Fulda | "
            "Amtsgericht Fulda HRA 3456 | phG: Schäfer Verwaltungs GmbH\n",
            "Schäfer Logistik",
        ),
        (
            "Fachbereich Personal <personal@kreis-steinfurt.de>",
            "Ihre Bewerbung",
            f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n\nIm Auftrag\nPetra Schulte\n\nKreis Steinfurt\n"
            "Fachbereich Personal\n",
            "Kreis Steinfurt",
        ),
    ],
)
def test_held_out_offices(sender: str, subject: str, body: str, company: str) -> None:
    assert _verdict(sender, subject, body).company == company


@pytest.mark.parametrize(
    ("line", "company"),
    [
        # pass 19: an unlisted platform's status line names the employer after the title
        (
            "Ihre Bewerbung für die Stelle Lagerist bei Müller Logistik wurde abgelehnt.",
            "Müller Logistik",
        ),
        (
            "Je sollicitatie op de vacature Administratief Medewerker bij Gemeente Ede is niet geselecteerd.",
            "Gemeente Ede",
        ),
        (
            "Tu candidatura para el puesto Mozo de almacén en Transportes Ruiz ha sido rechazada.",
            "Transportes Ruiz",
        ),
        # look-alike: the post "bei uns" names no one else; the platform is the sender's own
        ("Ihre Bewerbung für die Stelle Lagerist bei uns wurde abgelehnt.", "Jobwerk"),
    ],
)
def test_a_platform_status_line_names_the_employer(line: str, company: str) -> None:
    body = f"Hallo Alex Doe,\n\n{line}\n\nMeine Bewerbungen ansehen\n\nJobwerk\n"
    v = _verdict("Jobwerk <noreply@jobwerk.example>", "Update", body)
    assert v.company == company
