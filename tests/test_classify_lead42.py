"""Issue 11, session 42 (lead): kinds named by the session's new page units.

French's literary negation: formal letters drop "pas" after "pouvoir" ("nous n'avons pu retenir
votre candidature", "notre client n'a pu donner une suite favorable à votre candidature"), which
every French rule with "pas" missed (pages71 found it in a publisher's letter). The look-alikes
keep the words and make them a restriction or a condition ("ne … que", "ne … que si", "sans").
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    "sentence",
    [
        "Après examen attentif, nous n'avons pu retenir votre candidature.",
        "Notre client n'a pu donner une suite favorable à votre candidature.",
        "Le comité n'a malheureusement pu retenir votre dossier pour ce poste.",
        "Nous ne pouvons malheureusement retenir votre candidature.",
        "Nous n'avons pu retenir votre candidature, bien qu'elle soit de grande qualité.",
        "Nous n'avons pu donner suite à votre candidature, même si votre profil est intéressant.",
        "Nous n'avons pu retenir votre candidature pour le poste que vous visiez.",
    ],
)
def test_literary_negation_without_pas_is_a_rejection(sentence: str) -> None:
    v = wrapped("fr", sentence)
    assert v.is_rejection, v.reasons
    assert "fr.not-proceed-literary" in _ids(v), v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        # a restriction: some were chosen, the reader not told apart
        "Nous n'avons pu retenir que quelques candidatures parmi les plus de deux cents reçues.",
        # conditions, not decisions
        "Nous ne pourrons retenir votre candidature qu'une fois le dossier complet.",
        "Nous ne pourrons examiner votre dossier que si vous joignez votre lettre de motivation.",
        # an invitation that says what could not be done yet
        "Nous n'avons pu vous joindre par téléphone : pourriez-vous nous rappeler pour fixer "
        "un entretien ?",
    ],
)
def test_its_look_alikes_do_not_cite_it(sentence: str) -> None:
    v = wrapped("fr", sentence)
    assert "fr.not-proceed-literary" not in _ids(v), v.reasons


# web-ilblogdiadriano/it (pages70): the firm plans no hires now, the hires a noun. The kind in
# each language; a time word of now binds it.
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Ma la nostra società, in questo momento, non prevede assunzioni."),
        ("it", "Purtroppo al momento non sono previste nuove assunzioni."),
        ("it", "Attualmente le assunzioni sono bloccate."),
        ("es", "En este momento no tenemos previstas nuevas contrataciones."),
        ("es", "Actualmente las contrataciones están congeladas."),
        ("pt", "No momento não há previsão de novas contratações."),
        ("pt", "Não estamos realizando contratações no momento."),
        ("fr", "Nous ne prévoyons pas de recrutement pour le moment."),
        ("fr", "Aucun recrutement n'est prévu actuellement."),
        ("de", "Derzeit sind keine Neueinstellungen geplant."),
        ("de", "Wir planen aktuell keine Einstellungen."),
        ("en", "We have no plans to hire at the moment."),
        ("en", "At present no new hires are planned."),
    ],
)
def test_no_hires_planned_now_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert f"{lang}.rejection.no-hires-planned-now" in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # hires planned later, no "now" refused
        ("it", "Al momento stiamo valutando i profili: le assunzioni sono previste per settembre."),
        # a year, not now: a news line
        ("it", "Il sindacato dice che l'azienda non prevede assunzioni nel 2025."),
        ("es", "Según la prensa, la empresa no prevé contrataciones en 2025."),
        ("fr", "Selon la presse, l'entreprise ne prévoit pas de recrutement en 2025."),
        ("de", "Laut Presse plant der Konzern 2025 keine Neueinstellungen."),
        ("pt", "Segundo o jornal, a empresa não prevê contratações em 2025."),
    ],
)
def test_no_hires_look_alikes_do_not_cite_it(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert "no-hires-planned-now" not in _ids(v), v.reasons


# pages71's note: en applicant-own-decision read a recruiter's "I have to pass on this one" as
# the applicant declining; the sentence's hiring-side need ("we need someone with …") tells.
@pytest.mark.parametrize(
    "sentence",
    [
        "Unfortunately I have to pass on this one, as we need someone with more Java experience.",
        "I have to pass on this one: we are looking for someone who has led a team before.",
    ],
)
def test_a_recruiters_pass_with_the_hiring_sides_need_is_a_rejection(sentence: str) -> None:
    v = wrapped("en", sentence)
    assert v.is_rejection, v.reasons
    assert "applicant-own-decision" not in _ids(v), v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you so much for the offer, but I have to pass on this opportunity as I have "
        "accepted another role.",
        "I will pass on the role, as we need to relocate to Spain next month.",
    ],
)
def test_the_applicants_own_pass_stays_their_wording(sentence: str) -> None:
    v = wrapped("en", sentence)
    assert not v.is_rejection, v.reasons
    assert "applicant-own-decision" in _ids(v), v.reasons


# fields47's held-out notes: a relay's past "y donner suite" (fr) and Flemish "beslist" /
# "geopteerd voor" (nl); the look-alike keeps "beslist" and "een andere kandidaat" apart.
@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        ("fr", "Le recruteur n'a pas souhaité y donner suite.", "fr.no-follow-up-y"),
        ("fr", "Nous n'avons malheureusement pas pu y donner suite.", "fr.no-follow-up-y"),
        # recall48's opted-for-another (round 91) reads these too, and first
        (
            "nl",
            "We hebben beslist om een andere kandidaat aan te werven.",
            "nl.other-candidates|nl.rejection.opted-for-another",
        ),
        (
            "nl",
            "We hebben geopteerd voor een andere kandidaat.",
            "nl.other-candidates|nl.rejection.opted-for-another",
        ),
    ],
)
def test_relayed_and_flemish_nos(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert any(r in _ids(v) for r in rule.split("|")), v.reasons


def test_flemish_beslist_to_invite_is_no_rejection() -> None:
    v = wrapped("nl", "We hebben beslist om je uit te nodigen voor een tweede gesprek.")
    assert not v.is_rejection, v.reasons


# fields47's held-out notes in pt and es: the rival a finalist, the process as subject, the
# application named back by "a mesma", the decision to discard with an enclitic pronoun.
@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        ("pt", "O cliente optou por seguir com outro finalista.", "pt.other-candidates"),
        ("pt", "Não daremos seguimento à mesma.", "pt.not-proceed"),
        ("pt", "O processo seguirá com outro candidato.", "pt.process-with-others"),
        ("es", "La empresa ha decidido descartarla.", "es.rejection.decided-to-discard-it"),
    ],
)
def test_pt_and_es_nos_named_back(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("pt", "O processo seguirá com outras etapas e você será avisado por e-mail."),
        ("pt", "Recebemos sua documentação; não houve problema com a mesma."),
        ("es", "Hemos decidido seleccionarte para la entrevista del martes."),
    ],
)
def test_pt_and_es_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
