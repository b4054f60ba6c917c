"""Issue 11, session 26 (lead): an investor's pass names the reader's raise, every pack.

Leave-sources-out CV (bench/cv-sources, group view) had one held-out false rejection from the
second opinion: an investor's "I'm going to have to be a pass" on a pitch deck, in a mail from a
job sender, with "unfortunately" as its light cue. `investor-pitch` (lookalike.not_a_job of each
pack) names the kind: the reader's pitch deck, funding round, raise or cap table, or investing in
the reader's company. It weighs as much as a decision frame: an investor's "not a fit for our
fund" in a job sender's mail stays a rejection, as the accelerator's does. Beside each, a job
rejection in the nearest words stays one: a deck shown in an interview (the look-alike is named,
the decision outweighs it), a Fundraising Manager or Investor Relations post, an interview round.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail

from agent.classify import classify

# A job sender (an ATS's no-reply) and the investor's words: (lang, subject, body).
ATS = "Juniper Recruiting <no-reply@hire.lever.co>"
PASS = [
    (
        "en",
        "Your pitch deck",
        "Thank you for sending this over! Unfortunately we are fully committed this quarter, "
        "so we will sit out your seed round. Best of luck!",
    ),
    (
        "en",
        "Re: intro",
        "Thanks for the intro. Unfortunately we won't be investing in your company at this stage.",
    ),
    (
        "de",
        "Ihr Pitch Deck",
        "Danke für die Zusendung. Leider passt Ihre Finanzierungsrunde derzeit nicht zu unserem "
        "Fonds, wir werden daher nicht teilnehmen.",
    ),
    (
        "fr",
        "Votre pitch deck",
        "Merci pour l'envoi. Malheureusement, nous ne participerons pas à votre levée de fonds "
        "pour le moment.",
    ),
    (
        "es",
        "Tu pitch deck",
        "Gracias por el envío. Lamentablemente no vamos a participar en tu ronda de financiación "
        "en este momento.",
    ),
    (
        "it",
        "Il vostro pitch deck",
        "Grazie per l'invio. Purtroppo non parteciperemo al vostro round di investimento in "
        "questo momento.",
    ),
    (
        "nl",
        "Jullie pitch deck",
        "Bedankt voor het toesturen. Helaas doen we op dit moment niet mee aan jullie "
        "investeringsronde.",
    ),
    (
        "pt",
        "Seu pitch deck",
        "Obrigado pelo envio. Infelizmente não vamos participar da sua rodada de investimento "
        "neste momento.",
    ),
]
JOB = [
    (
        "en",
        "Your application: Fundraising Manager",
        "Thank you for presenting your pitch deck in the final round. Unfortunately, we have "
        "decided not to move forward with your application for the Fundraising Manager role.",
    ),
    (
        "en",
        "Investor Relations Associate",
        "Unfortunately, we have decided to move forward with other candidates for the Investor "
        "Relations Associate position.",
    ),
    (
        "de",
        "Ihre Bewerbung als Fundraising-Referent",
        "Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
    ),
    (
        "es",
        "Tu candidatura",
        "Lamentablemente, tras tu ronda de entrevistas hemos decidido no seguir adelante con tu "
        "candidatura.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), PASS)
def test_an_investors_pass_is_no_job_rejection(lang: str, subject: str, body: str) -> None:
    v = classify(mail(body, subject=subject, sender=ATS), [OWNER])
    assert not v.is_rejection, v.reasons
    assert any("investor-pitch" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize(("lang", "subject", "body"), JOB)
def test_a_job_rejection_in_the_nearest_words_stays_one(lang: str, subject: str, body: str) -> None:
    v = classify(mail(body, subject=subject, sender=ATS), [OWNER])
    assert v.is_rejection, v.reasons
