"""Field frames from session 34's dev units ``wayloop/fr`` and ``parcsync/fr`` (issue 11).

A title in quotes after the post word in the *subject* is bounded by its quotes, as the packs'
text patterns take it in the body: "Votre candidature au poste « Développeur Full Stack »" (the
same shape in en, es, it, pt, nl and de subjects). Each with the subject the frame must leave
alone (a quoted word after no post word).

The last exchange a data-retention period is counted from ("Vos données sont conservées au
plus 24 mois après notre dernier échange") is no talk the applicant had: a refusal that says
nothing else of one stays at the application stage, while "suite à notre dernier échange" still
names the interview.

"Merci de ne pas y répondre" says not to reply as "merci de ne pas répondre" does: the pronoun
between (dev ``parcsync/fr``); a mail from a person without such a line stays one to answer.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

SENDER = "Acme Recrutement <jobs@acme.example>"
NO = {
    "fr": "Malheureusement, nous avons décidé de poursuivre avec d'autres candidats.",
    "en": "Unfortunately we have decided to move forward with other candidates.",
    "es": "Lamentablemente hemos decidido continuar con otros candidatos.",
    "it": "Purtroppo abbiamo deciso di proseguire con altri candidati.",
    "pt": "Infelizmente decidimos seguir com outros candidatos.",
}


@pytest.mark.parametrize(
    ("lang", "subject", "role"),
    [
        ("fr", "Votre candidature au poste « Développeur Full Stack »", "Développeur Full Stack"),
        ("fr", "Candidature reçue : offre « Chef de rang »", "Chef de rang"),
        ("en", 'Your application for the position "Staff Nurse"', "Staff Nurse"),
        ("es", "Tu candidatura al puesto «Enfermero de planta»", "Enfermero de planta"),
        ("it", "La tua candidatura per la posizione «Magazziniere»", "Magazziniere"),
        ("pt", "A sua candidatura à vaga “Rececionista”", "Rececionista"),
        # Left alone: a quoted word after no post word names no title.
        ("fr", "Votre candidature « en ligne »", None),
        ("en", 'Your "application" update', None),
    ],
)
def test_a_quoted_title_after_the_post_in_the_subject_is_bounded_by_its_quotes(
    lang: str, subject: str, role: str | None
) -> None:
    body = f"Bonjour Alex,\n\n{NO[lang]}\n\nAcme\n"
    assert _verdict(SENDER, subject, body).role == role


@pytest.mark.parametrize(
    ("line", "stage"),
    [
        (
            "Vos données sont conservées au plus 24 mois après notre dernier échange, puis "
            "supprimées.",
            "application",
        ),
        ("Elles sont supprimées deux ans après le dernier échange.", "application"),
        # Left alone: a talk the applicant had.
        ("Suite à notre dernier échange, nous revenons vers vous.", "interview"),
    ],
)
def test_the_last_exchange_a_retention_period_counts_from_is_no_talk(line: str, stage: str) -> None:
    body = (
        "Bonjour Alex,\n\nNous avons reçu de nombreuses candidatures. "
        f"{NO['fr']}\n\n{line}\n\nAcme\n"
    )
    assert _verdict(SENDER, "Votre candidature", body).stage == stage


@pytest.mark.parametrize(
    ("line", "noreply"),
    [
        ("Cet email a été envoyé automatiquement, merci de ne pas y répondre.", True),
        ("Ce message est automatique : n'y répondez pas.", True),
        ("Merci de ne pas répondre à ce message.", True),
        # Left alone: no such line.
        ("Nous vous souhaitons beaucoup de succès dans vos recherches.", False),
    ],
)
def test_a_request_not_to_reply_with_its_pronoun_is_a_no_reply_notice(
    line: str, noreply: bool
) -> None:
    body = f"Bonjour Alex,\n\n{NO['fr']}\n\nCordialement,\nClaire Martin\n\n{line}\n"
    assert (
        _verdict("Claire Martin <claire.martin@acme.example>", "Votre candidature", body).noreply
        is noreply
    )
