"""A field frame from session 26's dev unit ``flzrec/de`` (issue 11): a subject's title ends at
a middle dot or a bullet between spaces, as it ends at a dash or a bar.

AD Recruitment's status mails say "Ihre Bewerbung als <post> · <status>"; the title was read
as "<post> · Absage". The separators are shared by every pack (``patterns.toml``), so every
language's subject form is a cell here; a dot inside a word or a title without a separator is
left alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

SENDER = "Acme Recruiting <jobs@acme.example>"
NO = {
    "de": "Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.",
    "en": "We regret to inform you that your application has not been successful.",
    "fr": "Malheureusement, nous avons décidé de poursuivre avec d'autres candidats.",
    "es": "Lamentablemente hemos decidido continuar con otros candidatos.",
    "it": "Purtroppo abbiamo deciso di proseguire con altri candidati.",
    "nl": "Helaas hebben we besloten om verder te gaan met andere kandidaten.",
    "pt": "Infelizmente decidimos seguir com outros candidatos.",
}
HELLO = {
    "de": "Guten Tag Alex Berger,",
    "en": "Dear Alex,",
    "fr": "Bonjour Alex,",
    "es": "Hola Alex,",
    "it": "Gentile Alex,",
    "nl": "Beste Alex,",
    "pt": "Olá Alex,",
}


def _body(lang: str) -> str:
    return f"{HELLO[lang]}\n\n{NO[lang]}\n\nAcme\n"


CELLS = [
    # the frame: a dot or a bullet between spaces ends the title, in every pack's subject form
    ("de", "Ihre Bewerbung als Werkstudent Marketing · Absage", "Werkstudent Marketing"),
    ("de", "Ihre Bewerbung als Projektleiterin Bau • Status", "Projektleiterin Bau"),
    ("en", "Your application for Data Analyst · Update", "Data Analyst"),
    ("en", "Application as Site Reliability Engineer · Outcome", "Site Reliability Engineer"),
    ("fr", "Votre candidature au poste de Chargée de mission · Réponse", "Chargée de mission"),
    ("es", "Tu candidatura para Técnico de compras · Resultado", "Técnico de compras"),
    ("it", "La tua candidatura per Tecnico di laboratorio · Esito", "Tecnico di laboratorio"),
    ("nl", "Je sollicitatie voor Medewerker klantenservice · Uitslag", "Medewerker klantenservice"),
    ("pt", "Sua candidatura para Analista de dados · Resultado", "Analista de dados"),
    # left alone: a dot inside a name, a title without a separator, the dash and the bar
    ("en", "Your application for Backend·Engineer", "Backend·Engineer"),
    ("de", "Ihre Bewerbung als Werkstudent Marketing", "Werkstudent Marketing"),
    ("en", "Your application for Data Analyst - Update", "Data Analyst"),
    ("it", "La tua candidatura per Tecnico di laboratorio | Esito", "Tecnico di laboratorio"),
]


@pytest.mark.parametrize(("lang", "subject", "role"), CELLS)
def test_the_subjects_title_ends_at_a_separator_between_spaces(
    lang: str, subject: str, role: str
) -> None:
    assert _verdict(SENDER, subject, _body(lang)).role == role
