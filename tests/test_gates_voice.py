"""Issue 11, session 22: rejections lost to the applicant-voice gate and to the job-context gate.

A recruiter writing in the first person about the reader's application ("I have decided to
decline your application", "he decidido no continuar con tu candidatura") is the employer's
voice, not the applicant's; the applicant's own "I have decided to withdraw my application"
stays out. A decision naming the other applicants as rival profiles ("seguir adelante con
otros perfiles") names the selection it closes, as "other candidates" does; a landlord's or a
scholarship's profiles stay out. A selection process ("selection process", "Auswahlverfahren")
is a scholarship's or an admission's too: job context only where no word of another domain is.
The sentences are the team's own, written from grammar
(bench/probes/<lang>-{yes,no}-42 and -44).
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import classify

# The applicant answering the recruiter from an address not configured as the owner's.
APPLICANT = "Alex Doe <alex.d.private@example.org>"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "I have decided to decline your application at this time."),
        ("en", "I have had to withdraw the vacancy, so I am unable to progress your application."),
        ("es", "He decidido no continuar con tu candidatura."),
        ("it", "Ho deciso di non proseguire con la sua candidatura."),
        ("pt", "Decidi não seguir com a sua candidatura."),
        ("fr", "J'ai décidé de ne pas donner suite à votre candidature."),
        ("nl", "Ik moet je helaas laten weten dat we niet verder gaan met je sollicitatie."),
    ],
)
def test_recruiters_first_person_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert not any("applicant" in r or "withdrawn" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "I have decided to decline your offer, as I have accepted another position.",
        "I've decided to withdraw my application for personal reasons.",
        "He decidido retirar mi candidatura porque he aceptado otra oferta.",
        "Ho deciso di ritirare la mia candidatura perché ho accettato un'altra offerta.",
        "J'ai décidé de ne pas donner suite à votre proposition, ayant accepté une autre offre.",
        "Ik heb besloten niet verder te gaan met de procedure.",
    ],
)
def test_applicants_own_voice_stays_out(sentence: str) -> None:
    body = f"Hi Jane,\n\nThank you for your message.\n\n{sentence}\n\nBest regards,\nAlex"
    msg = mail(body, subject="Re: Your application for Data Engineer", sender=APPLICANT)
    v = classify(msg, [OWNER])
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "rejection"),
    [
        ("es", "Actualización", "Hemos decidido seguir adelante con otros perfiles.", True),
        ("pt", "Atualização", "Decidimos seguir com outros perfis.", True),
        ("it", "Aggiornamento", "Abbiamo deciso di proseguire con altri profili.", True),
        (
            "es",
            "Tu solicitud de alquiler",
            "Lamentablemente, el propietario ha decidido seguir adelante con otros perfiles de "
            "inquilino.",
            False,
        ),
        ("pt", "Sua bolsa", "Infelizmente, decidimos seguir com outros perfis.", False),
    ],
)
def test_rival_profiles_name_the_selection(
    lang: str, subject: str, sentence: str, rejection: bool
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is rejection, v.reasons
    if rejection:
        assert "the decision names the application" in v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "rejection"),
    [
        (
            "en",
            "Outcome",
            "We have now completed the selection process and unfortunately you were not "
            "shortlisted.",
            True,
        ),
        (
            "de",
            "Zwischenstand",
            "Das Auswahlverfahren ist abgeschlossen. Leider haben wir uns für einen anderen "
            "Bewerber entschieden.",
            True,
        ),
        (
            "en",
            "Acme",
            "The selection process for the scholarship has now concluded and we regret that your "
            "application was not successful.",
            False,
        ),
        (
            "de",
            "Stipendium",
            "Das Auswahlverfahren für das Stipendium ist abgeschlossen. Leider konnten wir Sie "
            "nicht berücksichtigen.",
            False,
        ),
    ],
)
def test_a_selection_process_is_a_jobs_only_without_another_domain(
    lang: str, subject: str, sentence: str, rejection: bool
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is rejection, v.reasons
