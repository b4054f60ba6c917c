"""Issue 11, session 44 (branch offer44): rejections read as offers, round 95's kinds in all seven packs.

Probed in bench/probes/{en,de,fr,es,it,nl,pt}-{yes,no}-95.txt (written from how recruiters and
ATSs word a no that holds offer words, before any rule was changed); these cells are other
sentences of the same kinds. An offer or a contract denied to the reader with a modal or a time
phrase between ("kein Angebot machen", "non potremo farti una proposta", "não vamos conseguir te
fazer uma oferta", "geen arbeidsovereenkomst aanbieden", "ne pas vous faire d'offre"); the offer
made to someone else ("jemand anderem angeboten", "einem internen Bewerber"); "job offer" as the
posting's name before the outcome; the process not continued with the reader. Each look-alike
keeps the offer words and makes the offer, or refuses a term or a shop's refund instead.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "en",
            'Your application for the job offer "Night Porter (m/f/d) - Hotel Bristol, Vienna" was not retained.',
            "application-to-job-offer-outcome",
        ),
        (
            "de",
            "Wir können Ihnen nach Abschluss des Verfahrens leider keinen Arbeitsvertrag anbieten.",
            "no-offer-to-you-made",
        ),
        (
            "de",
            "Es ist uns nicht möglich, dir ein Angebot als Werkstudent zu unterbreiten.",
            "not-in-a-position-to-make-you-an-offer",
        ),
        (
            "de",
            "Die Position haben wir inzwischen jemandem anderen zugesagt.",
            "offered-to-someone-else",
        ),
        (
            "de",
            "Wir haben einem externen Bewerber das Angebot gemacht.",
            "einer-kandidat-angebot",
        ),
        ("fr", "Nous avons choisi de ne pas te faire d'offre.", "ne-pourrons-pas-vous-faire-d"),
        (
            "fr",
            "Nous n'allons pas t'adresser d'offre pour ce poste.",
            "ne-pourrons-pas-vous-faire-d",
        ),
        (
            "es",
            "Lo siento, no vamos a poder hacerle una oferta esta vez.",
            "no-hacerte-oferta",
        ),
        (
            "es",
            "No estamos en posición de ofrecerle una plaza en el equipo.",
            "no-podemos-ofrecerle",
        ),
        ("it", "Ci dispiace, abbiamo scelto di non farle un'offerta.", "cannot-make-you-an-offer"),
        ("it", "Purtroppo non potremo farti una proposta.", "cannot-make-you-an-offer"),
        ("it", "Non posso proporti il ruolo di magazziniere.", "non-possiamo-offrirle"),
        (
            "it",
            "Non porteremo avanti il percorso con te.",
            "will-not-continue-process-with-you",
        ),
        (
            "nl",
            "Wij kunnen u op dit moment helaas geen contract aanbieden.",
            # jobnaj44 let a time phrase before "geen" into this older rule, read first
            "kunnen-je-geen-aanbieden",
        ),
        (
            "nl",
            "Wij moeten u meedelen dat wij u geen arbeidsovereenkomst kunnen aanbieden.",
            "no-contract-offered-to-you",  # the verb last: the older rule does not read it
        ),
        (
            "nl",
            "Wij zetten het sollicitatietraject met u helaas niet voort.",
            "procedure-not-continued-with-you",
        ),
        ("pt", "Não vamos poder lhe fazer uma proposta neste momento.", "no-offer-to-you"),
        (
            "pt",
            "A oferta de emprego à qual te candidataste já foi encerrada.",
            "offer-applied-to-filled",
        ),
        ("pt", "Não consigo te oferecer o cargo de analista.", "cannot-offer-you-the-post"),
    ],
)
def test_round_95_kinds_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a term refused, remote work, and the offer made to the reader in one breath
        (
            "es",
            "No podemos ofrecer teletrabajo, pero queremos hacerle una oferta para la sede de Sevilla.",
        ),
        (
            "pt",
            "Não conseguimos oferecer teletrabalho, mas queremos lhe fazer uma proposta para o Porto.",
        ),
        (
            "nl",
            "Thuiswerken kunnen we helaas niet aanbieden, maar we doen u graag een aanbod voor Gent.",
        ),
        # a shop's refund or discount, not a post
        ("es", "No podemos ofrecer devoluciones en productos de outlet."),
        ("it", "Non possiamo offrire sconti sugli articoli già ribassati."),
        ("pt", "Não podemos oferecer descontos adicionais nesta encomenda."),
    ],
)
def test_round_95_lookalikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
