"""An English mail with a sentence in another language is read in both (issue 11, dev
``rplaybook/nl``).

A plugin whose catalogue is half translated sends its English fallbacks around a translated
refusal. The mail's language is the one whose stop-words cover most of it, and English is always
read; for an English mail, a second language is read too when its stop-words cover at least half
as many distinct words (and six). A mail in another first language reads no neighbour's pack
(an Italian mail is not read with the Spanish pack).
"""

from __future__ import annotations

import pytest

from agent.classify import classify, engine, packs
from agent.mail.parse import Message, parse_bytes

from helpers import OWNER, mail

# English around the translated sentence: a receipt's thanks and a sign-off, no decision.
FRAME = (
    "Hello Alex,\n\nthank you for applying for this role and for your time.\n\n{sentence}\n\n"
    "We wish you all the best,\nThe Acme team"
)

# One refusal a language, each in a frame its pack has: the paradigm's cells.
REFUSALS = {
    "de": "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.",
    "fr": "Nous avons le regret de vous informer que nous avons retenu d'autres candidats pour"
    " ce poste.",
    "it": "Purtroppo dobbiamo comunicarle che abbiamo deciso di proseguire con altri candidati per"
    " questa posizione.",
    "es": "Lamentamos informarle de que hemos decidido continuar el proceso con otros candidatos"
    " para este puesto.",
    "nl": "Helaas moeten wij u mededelen dat wij hebben gekozen voor andere kandidaten.",
    "pt": "Lamentamos informar que nós decidimos seguir com outros candidatos para a vaga.",
}

# The look-alikes: the same frame with a receipt in the other language.
RECEIPTS = {
    "de": "Wir haben Ihre Unterlagen erhalten und melden uns bei Ihnen, sobald wir sie geprüft"
    " haben.",
    "fr": "Nous avons bien reçu votre dossier et nous reviendrons vers vous dès que nous"
    " l'aurons étudié.",
    "it": "Abbiamo ricevuto la sua candidatura e la contatteremo non appena l'avremo valutata.",
    "es": "Hemos recibido su candidatura y nos pondremos en contacto con usted en cuanto la"
    " hayamos revisado.",
    "nl": "Wij hebben uw sollicitatie ontvangen en nemen contact met u op zodra wij die hebben"
    " bekeken.",
    "pt": "Recebemos a sua candidatura e entraremos em contato com você assim que a tivermos"
    " analisado.",
}


def _mail(sentence: str) -> Message:
    return parse_bytes(
        mail(
            "Your application: Warehouse Assistant",
            FRAME.format(sentence=sentence),
            sender="Acme Careers <careers@acme.com>",
        )
    )


@pytest.mark.parametrize("lang", sorted(REFUSALS))
def test_a_refusal_in_the_second_language_is_read(lang: str) -> None:
    text = FRAME.format(sentence=REFUSALS[lang])
    assert engine.detect_languages(packs().packs, text) == ("en", lang)
    v = classify(_mail(REFUSALS[lang]), [OWNER])
    assert v.language == "en"
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize("lang", sorted(RECEIPTS))
def test_a_receipt_in_the_second_language_stays_no(lang: str) -> None:
    v = classify(_mail(RECEIPTS[lang]), [OWNER])
    assert not v.is_rejection, v.reasons


def test_one_language_when_the_other_is_a_few_words() -> None:
    text = (
        "Thank you for your application to the Berlin office. The team will review it and we"
        " will get back to you within two weeks. Mit freundlichen Grüßen, Anna"
    )
    assert engine.detect_languages(packs().packs, text) == ("en", None)
    assert engine.detect_languages(packs().packs, "") == ("en", None)


def test_no_second_pack_for_a_mail_not_in_english() -> None:
    """Italian with enough Spanish-looking words: the Spanish pack is not read (its discounts
    misread Italian); the Italian refusal is found by the Italian pack alone."""
    body = (
        "Gentile Alex,\n\nla ringraziamo per la sua candidatura e per il tempo che ci ha"
        " dedicato. Purtroppo dobbiamo comunicarle che abbiamo deciso di proseguire con altri"
        " candidati per questa posizione.\n\nCordiali saluti,\nAcme"
    )
    v = classify(parse_bytes(mail("La sua candidatura", body)), [OWNER])
    assert v.language == "it"
    assert v.is_rejection, v.reasons
