"""Issue 11, session 40 (branch recall46): round 84's kinds in German, French and Dutch — a
person's or an agency's own short no, a portal's relay, a decision implied by a closing after a
"leider", "malheureusement" or "helaas", without an ATS's phrasing.

Probed in bench/probes/{de,fr,nl}-{yes,no}-84.txt (written before the packs were read; main then
de 45 of 52, fr 42 of 49, nl 37 of 49 yes, every no kept); these cells are other sentences of the
same kinds. Each look-alike keeps the words and changes what they are about.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped

from agent.classify import Verdict, classify
from agent.classify.extractors.common import title_subject

# A person at a company (bench/probe's ``person`` wrapper): greeted and signed with a first name.
PERSON = "Morgan Reid <morgan.reid@northwind-example.com>"
GREET = {
    "de": ("Hallo Alex,\n\n", "\n\nViele Grüße\nMorgan"),
    "fr": ("Bonjour Alex,\n\n", "\n\nBien à vous,\nMorgan"),
    "nl": ("Hallo Alex,\n\n", "\n\nGroeten,\nMorgan"),
}


def _person(lang: str, subject: str, sentence: str) -> Verdict:
    head, tail = GREET[lang]
    return classify(mail(head + sentence + tail, subject=subject, sender=PERSON), [OWNER])


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "de",
            "Leider war das Bewerberfeld für diese Stelle außergewöhnlich stark.",
            "sorry-the-competition-was-strong",
        ),
        ("de", "Daraus wird diesmal leider nichts.", "it-will-come-to-nothing-this-time"),
        ("de", "Leider bist du diesmal nicht zum Zug gekommen.", "nicht-zum-zuge-gekommen"),
        (
            "de",
            "Nach Rücksprache mit der Geschäftsführung muss ich Ihnen leider absagen.",
            "nach-rucksprache-mit-dem-kunde-absagen",
        ),
        (
            "de",
            "Wir suchen aktuell eher eine Person mit mehr Vertriebserfahrung.",
            "looking-for-more-experience",
        ),
        (
            "fr",
            "Hélas, la concurrence pour ce poste était particulièrement rude.",
            "sorry-the-competition-was-strong",
        ),
        ("fr", "Malheureusement, ça n'a pas abouti pour ce poste.", "did-not-work-out-this-time"),
        ("fr", "Notre client a décidé de ne pas vous rencontrer.", "decide-de-ne-pas-pourvoir"),
        (
            "nl",
            "Helaas was de concurrentie voor deze functie zeer sterk.",
            "sorry-the-competition-was-strong",
        ),
        ("nl", "Het wordt 'm dit keer helaas niet.", "it-will-not-be-this-time"),
        (
            "nl",
            "De uitslag is binnen, maar die is helaas niet in uw voordeel uitgevallen.",
            "it-did-not-fall-your-way",
        ),
        ("nl", "De werkgever koos voor een andere kandidaat.", "gekozen-voor-kandidaat"),
        (
            "nl",
            "Je profiel sluit niet helemaal aan bij de vacature.",
            "profile-does-not-quite-fit",
        ),
        (
            "nl",
            "Het team heeft besloten om een andere kant op te gaan met de functie.",
            "decided-to-go-another-way",
        ),
        (
            "nl",
            "De klant wil liever niet met u door naar de laatste ronde.",
            "niet-door-naar-de-volgende-ronde",
        ),
    ],
)
def test_round_84_kinds_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        # An agency's consultant: the reader's profile put before a client is a job's.
        (
            "de",
            "Kurze Info",
            "Ihr Profil habe ich letzte Woche meinem Kunden vorgestellt; er hat sich leider "
            "dagegen entschieden.",
        ),
        (
            "fr",
            "Petit point",
            "Je vous avais présentée à mon client ; il a malheureusement décidé de ne pas donner suite.",
        ),
        # A reply under a job ad's title with its gender mark.
        (
            "fr",
            "Re: Contrôleuse de gestion F/H",
            "Mon client ne souhaite pas poursuivre avec vous.",
        ),
        ("nl", "Re: onze call", "We zijn toch gegaan voor iemand met meer sales-ervaring."),
        (
            "nl",
            "Update",
            "De werkgever heeft gereageerd op je sollicitatie: niet aangenomen.",
        ),
    ],
)
def test_round_84_person_and_agency_mail_are_rejections(
    lang: str, subject: str, sentence: str
) -> None:
    v = _person(lang, subject, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Konkurrenz war sehr stark, umso mehr freuen wir uns, Sie einzuladen."),
        ("de", "Leider war die Konkurrenz beim Firmenlauf sehr stark."),
        ("de", "Aus dem Termin am Dienstag wird leider nichts, passt Ihnen Donnerstag?"),
        ("de", "Es wird diesmal nichts Großes, nur ein kurzes Kennenlernen mit dem Team."),
        (
            "de",
            "Nach Rücksprache mit dem Team muss ich Ihnen den Termin leider absagen; "
            "passt Ihnen Freitag?",
        ),
        ("fr", "J'ai essayé de vous joindre hier, mais cela n'a pas abouti."),
        ("fr", "Malheureusement, la concurrence au tournoi de l'entreprise était très forte."),
        ("nl", "Het wordt dit keer niet de vrijdag maar de donderdag voor het gesprek."),
        ("nl", "Helaas was de concurrentie op het bedrijfstoernooi erg sterk."),
        ("nl", "Sluit je profiel niet helemaal aan bij de vacature? Solliciteer dan toch!"),
    ],
)
def test_round_84_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        ("fr", "Re: Chargé de mission H/F", "Mon client souhaite vous rencontrer jeudi."),
        ("de", "AW: Disponent (m/w/d)", "Mein Kunde möchte Sie gerne kennenlernen."),
        (
            "fr",
            "Re: contrat cadre",
            "J'ai présenté notre proposition à mon client ; il a décidé de ne pas la retenir.",
        ),
    ],
)
def test_round_84_person_look_alikes_stay_no(lang: str, subject: str, sentence: str) -> None:
    v = _person(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Re: Contrôleur de gestion H/F", True),
        ("AW: Disponent (m/w/d)", True),
        ("Re: Kok m/v", True),
        ("Re: Verkoopmedewerker M/V/X", True),
        ("Re: plan A/B", False),
        ("Re: size m/l", False),
        ("Re: H/F", False),
    ],
)
def test_a_job_ads_gender_mark_closes_a_title_subject(subject: str, title: bool) -> None:
    assert title_subject(subject) is title
