"""The role word leads the title as the post's word does: "para el rol T" (issue 11).

From the dev unit ``tisnet/es`` (TISNET, a Peruvian software company's recruiting mail): "tu
postulación P-1 para el rol T no continuará en el proceso" gave no title: Spanish read "el
puesto de T" and "el cargo de T" but not "el rol T". The same
word led no title in Portuguese ("a função de T") or French ("le rôle de T") either; the other
packs read it already. Our own mail, one cell per pack, the subject naming no title.
"""

from __future__ import annotations

import pytest
from test_fields import _verdict


@pytest.mark.parametrize(
    ("lang", "opening", "role"),
    [
        (
            "es",
            "Gracias por postular a Acme. En esta oportunidad, tu postulación P-1 para el rol "
            "Técnico de Selección no continuará en el proceso.",
            "Técnico de Selección",
        ),
        (
            "es",
            "Gracias por tu interés en el rol de Analista de Datos en Acme.",
            "Analista de Datos",
        ),
        (
            "pt",
            "Obrigado pela sua candidatura para a função de Analista de Dados na Acme.",
            "Analista de Dados",
        ),
        (
            "fr",
            "Merci pour votre candidature pour le rôle de Chargé de clientèle chez Acme.",
            "Chargé de clientèle",
        ),
        (
            "it",
            "Grazie per la candidatura per il ruolo di Analista Dati presso Acme.",
            "Analista Dati",
        ),
        (
            "nl",
            "Bedankt voor je sollicitatie voor de rol van Data Analist bij Acme.",
            "Data Analist",
        ),
        ("en", "Thank you for applying for the role of Data Analyst at Acme.", "Data Analyst"),
        (
            "de",
            "Vielen Dank für Ihre Bewerbung auf die Rolle als Projektleiter bei Acme.",
            "Projektleiter",
        ),
    ],
)
def test_the_role_word_leads_a_title(lang: str, opening: str, role: str) -> None:
    sender = "Acme Careers <careers@acme.com>"
    subjects = {
        "es": "Resultado de tu postulación",
        "pt": "Resultado da candidatura",
        "fr": "Résultat de votre candidature",
        "it": "Esito della candidatura",
        "nl": "Je sollicitatie",
        "en": "Your application",
        "de": "Ihre Bewerbung",
    }
    assert _verdict(lang, sender, subjects[lang], opening, "Acme").role == role
