"""Two field frames from session 25's dev units (issue 11), in every pack they apply to.

A screening or an assessment *of the application's documents* is the application's stage, not
a screen: "after careful screening of your application" (dev ``niajiri/en``), "un'attenta
valutazione della sua candidatura", "una evaluación detenida de tu candidatura", "uma avaliação
cuidadosa da sua candidatura". The screening call, the screening not passed and the technical
assessment stay a screen. (fr, de and nl name a screen only with a call or a test word.)

A title in quotes after the post word is bounded by its quotes, whatever word follows them:
'nella posizione "Infermiere Professionale" e per il tempo' (dev ``rplaybook/it``); the same in
en, fr, es and pt (de and nl already had it). Each with the case the frame must leave alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

SENDER = "Acme Recruiting <jobs@acme.example>"
NO = {
    "en": "We regret to inform you that your application has not been successful.",
    "it": "Purtroppo abbiamo deciso di proseguire con altri candidati.",
    "es": "Lamentablemente hemos decidido continuar con otros candidatos.",
    "pt": "Infelizmente decidimos seguir com outros candidatos.",
    "fr": "Malheureusement, nous avons décidé de poursuivre avec d'autres candidats.",
}
HELLO = {
    "en": "Dear Alex,",
    "it": "Gentile Alex,",
    "es": "Hola Alex,",
    "pt": "Olá Alex,",
    "fr": "Bonjour Alex,",
}
BYE = {
    "en": "Regards,",
    "it": "Cordiali saluti",
    "es": "Saludos",
    "pt": "Cumprimentos",
    "fr": "Cordialement",
}
SUBJECT = {
    "en": "Your application",
    "it": "Aggiornamento",
    "es": "Actualización",
    "pt": "Atualização",
    "fr": "Mise à jour",
}


def _mail(lang: str, line: str) -> tuple[str, str]:
    return SUBJECT[lang], f"{HELLO[lang]}\n\n{line} {NO[lang]}\n\n{BYE[lang]}\nAcme\n"


@pytest.mark.parametrize(
    ("lang", "line", "stage"),
    [
        (
            "en",
            "After careful screening of your application against the requirements,",
            "application",
        ),
        ("en", "Having finished screening your CV,", "application"),
        ("en", "Thank you for attending the screening call last week.", "screen"),
        ("en", "Unfortunately you did not pass the screening.", "screen"),
        ("it", "Dopo un'attenta valutazione della sua candidatura,", "application"),
        ("it", "Dopo una valutazione approfondita del tuo profilo,", "application"),
        ("it", "Grazie per aver svolto la valutazione tecnica.", "screen"),
        ("es", "Tras una evaluación detenida de tu candidatura,", "application"),
        ("es", "Tras la evaluación de tu perfil,", "application"),
        ("es", "Gracias por realizar la evaluación técnica.", "screen"),
        ("pt", "Após uma avaliação cuidadosa da sua candidatura,", "application"),
        ("pt", "Após a avaliação do seu perfil,", "application"),
        ("pt", "Obrigado por realizar a avaliação técnica.", "screen"),
    ],
)
def test_the_documents_assessed_are_the_application_stage(lang: str, line: str, stage: str) -> None:
    subject, body = _mail(lang, line)
    assert _verdict(SENDER, subject, body).stage == stage


@pytest.mark.parametrize(
    ("lang", "line", "role"),
    [
        (
            "it",
            'Grazie per il tuo interesse nella posizione "Infermiere Professionale" e per il tempo '
            "dedicato alla tua candidatura.",
            "Infermiere Professionale",
        ),
        (
            "en",
            'Thank you for your interest in the position "Staff Nurse" and the time you invested.',
            "Staff Nurse",
        ),
        (
            "fr",
            "Merci pour votre intérêt pour le poste « Infirmier de nuit » et le temps consacré.",
            "Infirmier de nuit",
        ),
        (
            "es",
            'Gracias por tu interés en el puesto "Enfermero de planta" y por el tiempo dedicado.',
            "Enfermero de planta",
        ),
        (
            "pt",
            'Obrigado pelo seu interesse na vaga "Enfermeiro de plantão" e pelo tempo dedicado.',
            "Enfermeiro de plantão",
        ),
        # Left alone: a quoted word not after a post word is no title.
        ("en", 'Thank you for your "patience" and the time you invested.', None),
        ("it", 'Grazie per la "pazienza" e per il tempo dedicato alla tua candidatura.', None),
    ],
)
def test_a_quoted_title_after_the_post_is_bounded_by_its_quotes(
    lang: str, line: str, role: str | None
) -> None:
    subject, body = _mail(lang, line)
    assert _verdict(SENDER, subject, body).role == role
