"""A hyphen inside a word belongs to the title a subject names after "Candidatura:" (issue 11).

From the dev unit ``rankea/pt`` (Rankea, a Brazilian applicant tracker): its refusal's subject
"Atualização sobre sua candidatura: Desenvolvedor Back-end" gave no title, so the one read from
the text, which names it before "e pelo tempo ...", ran on past it. The subject's form stopped
at every hyphen, as it must at a dash between spaces. Our own mail, one per pack's language,
each naming the title in the text too; the last cells keep a dash between spaces as the end.
"""

from __future__ import annotations

import pytest
from test_fields import _verdict


@pytest.mark.parametrize(
    ("lang", "subject", "opening", "role"),
    [
        (
            "pt",
            "Atualização sobre sua candidatura: Desenvolvedor Back-end",
            "Agradecemos o interesse na vaga Desenvolvedor Back-end e o tempo investido.",
            "Desenvolvedor Back-end",
        ),
        (
            "es",
            "Tu candidatura: Desarrolladora Front-end",
            "Gracias por tu interés en la vacante Desarrolladora Front-end y por tu tiempo.",
            "Desarrolladora Front-end",
        ),
        (
            "de",
            "Ihre Bewerbung: Full-Stack Entwickler",
            "Vielen Dank für Ihr Interesse an der Stelle Full-Stack Entwickler und Ihre Zeit.",
            "Full-Stack Entwickler",
        ),
        (
            "fr",
            "Votre candidature : Chargé de Back-office",
            "Merci pour votre intérêt pour le poste Chargé de Back-office et pour votre temps.",
            "Chargé de Back-office",
        ),
        (
            "en",
            "Your application: Senior Front-end Engineer",
            "Thank you for your interest in the role Senior Front-end Engineer and your time.",
            "Senior Front-end Engineer",
        ),
        (
            "it",
            "La tua candidatura: Sviluppatore Full-Stack",
            "Grazie per l'interesse per la posizione Sviluppatore Full-Stack e per il tempo.",
            "Sviluppatore Full-Stack",
        ),
        (
            "nl",
            "Je sollicitatie: Medewerker Front-office",
            "Bedankt voor je interesse in de functie Medewerker Front-office en je tijd.",
            "Medewerker Front-office",
        ),
        # a dash between spaces still ends the title
        (
            "pt",
            "Sua candidatura: Analista de Dados - Acme",
            "Agradecemos o interesse na vaga Analista de Dados e o tempo investido.",
            "Analista de Dados",
        ),
    ],
)
def test_a_hyphenated_title_after_the_application_label(
    lang: str, subject: str, opening: str, role: str
) -> None:
    sender = "Acme Careers <careers@acme.com>"
    assert _verdict(lang, sender, subject, opening, "Acme").role == role
