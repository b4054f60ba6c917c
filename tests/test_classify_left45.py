"""Issue 11, session 45 (branch left45): round 100's kinds in es, pt, it, en, nl, de and fr.

Probed in bench/probes/{es,pt,it,en,nl,de,fr}-{yes,no}-100.txt (written before any rule was
changed); these cells are other sentences of the same kinds. A contract named as the post applied
for or won ("la sua candidatura per il contratto di ricercatore") is the post, not an offer made to
the reader; a colleague or an internal candidate chosen ("we hebben gekozen voor een andere
collega", "die Wahl ist auf eine interne Bewerberin gefallen") is someone else chosen, but not the
colleague chosen as the reader's buddy or mentor; the reader told they are not the ideal candidate
("no eres la persona ideal") is a no, and "il tuo candidato" is another party's; a programme that
is a course by its fee or its participants' places is no job.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped
from test_gates_offers import GREETING as WEAK_GREETING
from test_gates_offers import SENDER as WEAK_SENDER

from agent.classify import classify


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        # a contract named as the post: the decision counts, the contract is no offer
        (
            "pt",
            "Lamentamos, mas não foi selecionada para o contrato de assistente de investigação.",
            "decision",
        ),
        (
            "it",
            "Purtroppo non è risultata vincitrice del contratto di tecnologo del bando 2026.",
            "decision",
        ),
        (
            "es",
            "Le informamos de que no ha sido seleccionada para el contrato de gestor de proyectos.",
            "decision",
        ),
        # a colleague, an employee or an internal candidate chosen
        (
            "es",
            "Hemos decidido contratar a un empleado interno para la vacante.",
            "hired-someone-from-inside",
        ),
        (
            "it",
            "Abbiamo selezionato una collaboratrice interna per il ruolo.",
            "optato-per-un-risorsa-interno",
        ),
        (
            "pt",
            "Escolhemos uma colaboradora interna para a função.",
            "chose-a-colleague-from-inside",
        ),
        (
            "en",
            "We decided to proceed with a candidate already within the company.",
            "moved-forward-with-a-colleague-from-within",
        ),
        ("nl", "We hebben uiteindelijk gekozen voor een andere collega.", "other-candidates"),
        (
            "nl",
            "We hebben de voorkeur gegeven aan een collega van het eigen team.",
            "voorkeur-aan-kandida",
        ),
        (
            "de",
            "Die Wahl ist auf eine interne Kollegin gefallen.",
            "auswahl-fiel-auf-eine-mitbewerber",
        ),
        (
            "de",
            "Letztlich haben wir uns für eine Mitarbeiterin aus den eigenen Reihen entschieden.",
            "chose-a-colleague-verb-first",
        ),
        (
            "fr",
            "Nous avons choisi une collègue déjà en poste dans l'entreprise.",
            "recruited-an-internal-candidate",
        ),
        # the reader not the ideal candidate
        (
            "es",
            "Sentimos decirte que no eres la persona ideal para el puesto.",
            "you-are-not-the-ideal-candidate",
        ),
        (
            "pt",
            "Você não é a pessoa mais indicada para esta função.",
            "you-are-not-the-ideal-candidate",
        ),
        (
            "it",
            "Non sei la figura giusta per questo ruolo, purtroppo.",
            "you-are-not-the-ideal-candidate",
        ),
    ],
)
def test_round_100_kinds_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the colleague chosen as the reader's buddy, mentor or guide
        ("en", "We have selected an internal colleague to support you during onboarding."),
        ("de", "Wir haben uns für einen internen Kollegen als Ihren Mentor entschieden."),
        ("fr", "Nous avons nommé une collaboratrice interne pour vous accueillir le premier jour."),
        # another party's candidate
        ("it", "Il tuo candidato non è stato selezionato dal cliente."),
    ],
)
def test_round_100_lookalikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        (
            "Führungskräfteprogramm 2027",
            "Leider können wir Ihre Bewerbung für das Führungskräfteprogramm nicht berücksichtigen, "
            "da alle Teilnehmerplätze vergeben sind.",
        ),
        (
            "Ihre Bewerbung: Führungskräfteprogramm",
            "Ihre Bewerbung für das Führungskräfteprogramm war leider nicht erfolgreich. Die "
            "Kursgebühr wird Ihnen nicht berechnet.",
        ),
    ],
)
def test_a_programme_that_is_a_course_is_no_job(subject: str, sentence: str) -> None:
    """The organisation's own no-reply mail, greeted and signed with its name (bench/probe's
    ``weak`` wrapper): a participant's place or a course fee says the programme is a course."""
    head, tail = WEAK_GREETING["de"]
    msg = mail(head + sentence + tail, subject=subject, sender=WEAK_SENDER)
    v = classify(msg, [OWNER])
    assert not v.is_rejection, v.reasons
    assert "course-participant-or-fee" in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "signature"),
    [
        (
            "en",
            "Your application",
            "We regret that your application has not been successful this time.",
            "Bursary Panel\nCity Film Fund",
        ),
        (
            "en",
            "Outcome",
            "Unfortunately your application was not shortlisted.",
            "Prize Secretariat\nThe Harbour Poetry Prize",
        ),
        (
            "de",
            "Ergebnis",
            "Leider konnten wir Ihre Bewerbung diesmal nicht berücksichtigen.",
            "Stipendienbüro\nLiteraturstiftung Nord",
        ),
    ],
)
def test_a_funder_or_prize_signing_is_no_job(
    lang: str, subject: str, sentence: str, signature: str
) -> None:
    """The other domain named only by who signs, under the sign-off: jobcontext reads the
    signature's head for it where no job context is stated, as it reads job words there."""
    head, tail = WEAK_GREETING[lang]
    signoff = tail.rsplit("\n", 1)[0]  # the sign-off without the organisation's name
    msg = mail(head + sentence + signoff + "\n" + signature, subject=subject, sender=WEAK_SENDER)
    v = classify(msg, [OWNER])
    assert not v.is_rejection, v.reasons
    assert "funder-or-prize-signing" in _ids(v), v.reasons


def test_a_job_refusal_signed_by_a_grants_team_stays_a_rejection() -> None:
    """Job words stated in the newest text: the signature's other domain is not read."""
    head, tail = WEAK_GREETING["en"]
    signoff = tail.rsplit("\n", 1)[0]
    sentence = "Unfortunately your application for the Grants Officer position was not successful."
    msg = mail(head + sentence + signoff + "\nGrants Team\nArts Council", subject="Grants Officer")
    v = classify(msg, [OWNER])
    assert v.is_rejection, v.reasons
