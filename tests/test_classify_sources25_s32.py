"""Issue 11, session 32 (branch sources25): kinds from the dev units ``mappe/de`` and
``missesgis/fr``.

Mappe (a German applicant tracker) answers a speculative application with "Zurzeit haben wir
leider keine passende Stelle frei, die zu Ihrem Profil passt" (and in the du form "nichts frei,
das zu deinem Profil passt"): no pack read it, both were ``other``. The kind in every pack: we
have no (suitable, open) position that fits the reader's profile; French, Spanish, Italian and
Portuguese had it, German, English (with "open" after the noun) and Dutch (without an
adjective) did not. A job alert's "no new jobs that match your profile" is no part of it.

Reine ESGIS (a student beauty pageant) turns a candidate down in a job refusal's words; the
rules said ``other`` (its "processus de sélection" is job context) and the second opinion then
called it a rejection. The kind in every pack: a beauty pageant, so the rules call it
``not_a_job`` and the model stays silent. The probe sentences are our own wording.
"""

from __future__ import annotations

import pytest
from test_gates_offers import weak

# (lang, subject, text): no open position fits the reader's (speculative) application.
NO_OPENING_FOR_PROFILE = [
    (
        "de",
        "Ihre Initiativbewerbung",
        "vielen Dank für Ihre Initiativbewerbung. Zurzeit haben wir leider keine passende Stelle "
        "frei, die zu Ihrem Profil passt. Gern bewahren wir Ihre Unterlagen auf.",
    ),
    (
        "de",
        "Deine Initiativbewerbung",
        "danke für deine Initiativbewerbung. Im Moment ist bei uns leider keine Stelle frei, die "
        "zu deinem Profil passt.",
    ),
    (
        "de",
        "Ihre Bewerbung",
        "vielen Dank für Ihre Bewerbung. Derzeit gibt es bei uns leider keine offene Position, "
        "die Ihrem Profil entspricht.",
    ),
    (
        "en",
        "Your speculative application",
        "Thank you for your speculative application. At the moment we unfortunately have no "
        "suitable vacancy open that fits your profile.",
    ),
    (
        "fr",
        "Votre candidature spontanée",
        "Merci pour votre candidature spontanée. Nous n'avons actuellement aucun poste disponible "
        "correspondant à votre profil.",
    ),
    (
        "es",
        "Tu candidatura espontánea",
        "Gracias por tu candidatura espontánea. Actualmente no tenemos ninguna vacante disponible "
        "que se ajuste a tu perfil.",
    ),
    (
        "it",
        "La tua candidatura spontanea",
        "Grazie per la tua candidatura spontanea. Al momento non abbiamo posizioni aperte in "
        "linea con il tuo profilo.",
    ),
    (
        "nl",
        "Je open sollicitatie",
        "Bedankt voor je open sollicitatie. Op dit moment hebben we helaas geen vacature die "
        "aansluit bij je profiel.",
    ),
    (
        "pt",
        "A sua candidatura espontânea",
        "Obrigado pela sua candidatura espontânea. No momento não temos nenhuma vaga disponível "
        "compatível com o seu perfil.",
    ),
]
# A job alert's empty week, in the same words: no rejection.
NO_NEW_JOBS_ALERT = [
    (
        "de",
        "Dein Job-Alarm",
        "Diese Woche gibt es leider keine neuen Stellen, die zu deinem Profil passen. Wir melden "
        "uns, sobald neue Jobs online sind.",
    ),
    (
        "nl",
        "Je vacature-alert",
        "Deze week zijn er helaas geen nieuwe vacatures die aansluiten bij je profiel. We laten "
        "het je weten zodra er nieuwe banen zijn.",
    ),
]
# (lang, subject, text): a beauty pageant's no to a candidate, with a selection process named.
PAGEANT_NO = [
    (
        "fr",
        "Réponse à votre candidature - Miss Campus 2025",
        "Merci de l'intérêt porté au concours Miss Campus 2025. Le processus de sélection a été "
        "très disputé : nous ne sommes malheureusement pas en mesure de retenir votre candidature "
        "pour cette édition.",
    ),
    (
        "fr",
        "Élection de la Reine du campus",
        "Merci pour votre candidature à l'élection de la Reine du campus. Après le processus de "
        "sélection, nous ne pouvons malheureusement pas retenir votre candidature.",
    ),
    (
        "en",
        "Your Miss Campus application",
        "Thank you for your interest in the Miss Campus 2025 pageant. After a competitive "
        "selection process, we are unfortunately unable to accept your application this year.",
    ),
    (
        "de",
        "Deine Bewerbung zur Misswahl",
        "danke für dein Interesse an der Misswahl 2025. Nach dem Auswahlverfahren können wir "
        "deine Bewerbung leider nicht berücksichtigen.",
    ),
    (
        "es",
        "Tu candidatura a Miss Campus",
        "Gracias por tu interés en el certamen de belleza Miss Campus 2025. Tras el proceso de "
        "selección, lamentablemente no podemos aceptar tu candidatura.",
    ),
    (
        "it",
        "La tua candidatura a Miss Campus",
        "Grazie per l'interesse per il concorso di bellezza Miss Campus 2025. Dopo la "
        "selezione, purtroppo non possiamo accettare la tua candidatura.",
    ),
    (
        "nl",
        "Je aanmelding voor Miss Campus",
        "Bedankt voor je interesse in de missverkiezing Miss Campus 2025. Na de selectieprocedure "
        "kunnen we je kandidatuur helaas niet weerhouden.",
    ),
    (
        "pt",
        "A sua candidatura ao Miss Campus",
        "Obrigado pelo interesse no concurso de beleza Miss Campus 2025. Após o processo "
        "seletivo, infelizmente não podemos aceitar a sua candidatura.",
    ),
]
# A job refusal that greets "Miss" or names a contest the firm sponsors stays a rejection.
JOB_NO_NEAR_PAGEANT_WORDS = [
    (
        "en",
        "Your application",
        "Dear Miss Taylor, thank you for applying for the Event Coordinator role. Unfortunately "
        "we have decided to move forward with other candidates.",
    ),
    (
        "fr",
        "Votre candidature",
        "Merci pour votre candidature au poste de chargée d'événementiel. Nous avons le regret de "
        "vous informer que nous avons retenu d'autres candidats pour ce poste.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "text"), NO_OPENING_FOR_PROFILE)
def test_no_opening_for_your_profile_is_a_rejection(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is True, v.reasons


@pytest.mark.parametrize(("lang", "subject", "text"), NO_NEW_JOBS_ALERT)
def test_a_job_alerts_empty_week_is_none(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons


@pytest.mark.parametrize(("lang", "subject", "text"), PAGEANT_NO)
def test_a_pageants_no_is_not_a_job(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons
    assert v.category == "not_a_job", v.reasons


@pytest.mark.parametrize(("lang", "subject", "text"), JOB_NO_NEAR_PAGEANT_WORDS)
def test_a_job_no_near_pageant_words_stays_a_rejection(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is True, v.reasons
