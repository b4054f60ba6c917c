"""Issue 11, session 20: rejections lost to the job-context gate and to the offer look-alike.

An organisation's own no-reply address that thanks for one's interest in it and turns the
reader down is job mail with weak context; a loan's or a course's refusal in the same shape
is not. A no that offers feedback or a call besides, or says no offer can be made, is no
offer. The sentences are the team's own, written from grammar.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped

from agent.classify import Verdict, classify

# An organisation's own no-reply address; greeting and sign-off name it only (bench/probe's
# ``weak`` wrapper uses these too).
SENDER = "Acme <no-reply@acme-corp.com>"
GREETING = {
    "en": ("Dear Alex,\n\n", "\n\nKind regards,\nAcme"),
    "de": ("Sehr geehrte Frau Doe,\n\n", "\n\nMit freundlichen Grüßen\nAcme GmbH"),
    "fr": ("Bonjour Alex,\n\n", "\n\nCordialement,\nAcme"),
    "es": ("Hola Alex:\n\n", "\n\nUn saludo,\nAcme"),
    "it": ("Gentile Alex,\n\n", "\n\nCordiali saluti,\nAcme S.p.A."),
    "nl": ("Beste Alex,\n\n", "\n\nMet vriendelijke groet,\nAcme B.V."),
    "pt": ("Olá Alex,\n\n", "\n\nAtenciosamente,\nAcme"),
}


def weak(lang: str, subject: str, sentence: str) -> Verdict:
    head, tail = GREETING[lang]
    return classify(mail(head + sentence + tail, subject=subject, sender=SENDER), [OWNER])


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "en",
            "Acme",
            "We appreciate your interest in joining Acme. After careful consideration, we have "
            "decided to move forward with other applicants.",
        ),
        (
            "de",
            "Acme",
            "vielen Dank für Ihr Interesse an Acme. Nach sorgfältiger Prüfung haben wir uns "
            "leider gegen Sie entschieden.",
        ),
        (
            "es",
            "Acme",
            "Gracias por tu interés en Acme. Lamentablemente, hemos decidido continuar con otras "
            "personas.",
        ),
        (
            "nl",
            "Acme",
            "Dank voor je interesse in Acme. Na zorgvuldige overweging hebben we besloten je niet "
            "verder mee te nemen.",
        ),
    ],
)
def test_thanks_for_interest_and_a_no_is_job_mail(lang: str, subject: str, sentence: str) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection, v.reasons
    # The thanks are application words: the gate's small penalty, never its large one.
    assert not any("no job-application words" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "en",
            "Your loan application",
            "Thank you for your interest in our loans. Unfortunately, we are unable to approve "
            "your loan at this time.",
        ),
        (
            "de",
            "Ihre Wohnungsbewerbung",
            "vielen Dank für Ihr Interesse an der Wohnung. Leider hat sich der Vermieter für "
            "andere Interessenten entschieden.",
        ),
        (
            "pt",
            "Sua inscrição no mestrado",
            "Infelizmente, não podemos oferecer uma vaga no curso de mestrado.",
        ),
    ],
)
def test_another_domains_no_stays_no(lang: str, subject: str, sentence: str) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "We have decided not to move forward with your application. We'd be delighted to "
            "offer you a short call to talk through our decision.",
        ),
        ("en", "We are unable to make you an offer on this occasion."),
        ("en", "Unfortunately, we cannot extend an offer to you at this time."),
        ("en", "We have made an offer of employment to another candidate, who has accepted it."),
        (
            "fr",
            "Nous ne donnerons pas suite. Nous serions heureux de vous proposer un retour sur "
            "votre entretien.",
        ),
        (
            "es",
            "No seguiremos adelante con tu candidatura. Estaremos encantados de ofrecerte una "
            "llamada para darte feedback.",
        ),
        ("es", "Lamentablemente no vamos a ofrecerte un contrato."),
        (
            "de",
            "Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Arbeitsvertrag anbieten "
            "können.",
        ),
        ("pt", "Oferecemos a vaga a outro candidato."),
        ("pt", "Infelizmente não vamos lhe oferecer um contrato."),
    ],
)
def test_offer_words_in_a_no_are_no_offer(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "We are delighted to offer you the position of Data Engineer."),
        ("en", "We'd be happy to offer you a second interview with the team next week."),
        ("fr", "Nous sommes ravis de vous proposer le poste."),
        ("es", "Nos complace ofrecerte el puesto. Te enviaremos el contrato mañana."),
    ],
)
def test_a_real_offer_stays_an_offer(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
