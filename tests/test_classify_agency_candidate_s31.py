"""Issue 11, session 31 (branch sources22): an agency's refusals of its own candidate.

From the dev unit ``grywo/nl`` (Noah ATS, a Dutch recruitment agency's tracker): "Helaas heeft de
werkgever waar we je hadden voorgesteld besloten om niet verder te gaan met je profiel" had its
decision but no job words (a "werkgever", a "profiel", a proposal), and "Op dit moment hebben we
helaas geen passende match voor je ... talentpool" had neither: all four refusals were called
``not_a_job``. The kinds in every pack: job context for a candidate an agency proposed to an
employer ("the employer we put you forward to") and for its talent pool, and the decision "no
suitable match / opportunity for you". The probe sentences are our own wording; all 14
rejection cells were missed before the change (the French "no opportunity for you" had its
decision but no job words). Beside them,
the same "no match for you" from a dating app, a course or a flat share stays no rejection: job
context still decides.
"""

from __future__ import annotations

import pytest
from test_gates_offers import weak

# (lang, subject, text): the employer the agency proposed the candidate to said no.
AGENCY_PROPOSED_NO = [
    (
        "nl",
        "Update over je voorstel",
        "Helaas heeft de opdrachtgever bij wie we je hebben voorgedragen besloten om niet verder te "
        "gaan met je profiel.",
    ),
    (
        "en",
        "Update on your introduction",
        "Unfortunately the employer we put you forward to has decided not to move ahead with your "
        "profile.",
    ),
    (
        "de",
        "Update zu Ihrem Vorschlag",
        "Leider hat sich der Arbeitgeber, dem wir Sie vorgestellt haben, entschieden, Ihr Profil "
        "nicht weiter zu verfolgen.",
    ),
    (
        "fr",
        "Point sur votre présentation",
        "Malheureusement, l'employeur auprès duquel nous vous avions présenté a décidé de ne pas "
        "donner suite à votre profil.",
    ),
    (
        "es",
        "Novedades sobre tu presentación",
        "Lamentablemente, la empresa a la que te presentamos ha decidido no seguir adelante con tu "
        "perfil.",
    ),
    (
        "it",
        "Aggiornamento sulla tua presentazione",
        "Purtroppo l'azienda a cui ti abbiamo proposto ha deciso di non proseguire con il tuo "
        "profilo.",
    ),
    (
        "pt",
        "Atualização sobre a sua indicação",
        "Infelizmente, a empresa à qual apresentamos o seu perfil decidiu não avançar com o seu "
        "perfil.",
    ),
]
# (lang, subject, text): the agency has no suitable match for its candidate, who stays in its pool.
NO_MATCH_FOR_YOU = [
    (
        "nl",
        "Update",
        "Bedankt voor je inzet in dit traject. Op dit moment hebben we helaas geen passende match "
        "voor je. We bewaren je profiel in onze talentpool.",
    ),
    (
        "en",
        "Update",
        "Thank you for your effort in this process. At the moment we unfortunately have no "
        "suitable match for you. We will keep your profile in our talent pool.",
    ),
    (
        "de",
        "Update",
        "Danke für Ihren Einsatz. Leider haben wir derzeit keinen passenden Match für Sie. Wir "
        "behalten Ihr Profil in unserem Talentpool.",
    ),
    (
        "fr",
        "Point d'étape",
        "Merci pour votre investissement. Pour le moment, nous n'avons malheureusement pas "
        "d'opportunité adaptée pour vous. Nous gardons votre profil dans notre vivier de talents.",
    ),
    (
        "es",
        "Novedades",
        "Gracias por tu dedicación. Por el momento, lamentablemente no tenemos una oportunidad "
        "adecuada para ti. Guardaremos tu perfil en nuestra bolsa de talento.",
    ),
    (
        "it",
        "Aggiornamento",
        "Grazie per il tuo impegno. Al momento purtroppo non abbiamo un'opportunità adatta a te. "
        "Conserveremo il tuo profilo nel nostro talent pool.",
    ),
    (
        "pt",
        "Atualização",
        "Obrigado pela sua dedicação. No momento, infelizmente não temos uma oportunidade "
        "compatível com você. Manteremos o seu perfil no nosso banco de talentos.",
    ),
]
# The same words with no job: a dating app, a flat share, a course.
NO_MATCH_LOOKALIKES = [
    (
        "nl",
        "Je matches",
        "Op dit moment hebben we helaas geen passende match voor je. Vergroot je zoekstraal in de "
        "app.",
    ),
    (
        "en",
        "Your matches this week",
        "At the moment we unfortunately have no suitable match for you. Try widening your search "
        "radius in the app.",
    ),
    (
        "de",
        "Deine WG-Suche",
        "Leider haben wir derzeit keinen passenden Match für dich. Erweitere deinen Suchradius in "
        "der App.",
    ),
    (
        "es",
        "Tu inscripción",
        "Lamentablemente no tenemos una plaza adecuada para ti en el curso de verano de este año.",
    ),
    (
        "it",
        "I tuoi match",
        "Al momento purtroppo non abbiamo un match adatto a te. Allarga la distanza di ricerca "
        "nell'app.",
    ),
    (
        "pt",
        "Os seus matches",
        "Infelizmente não temos match compatível com você esta semana. Amplie o raio de busca no "
        "app.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "text"), AGENCY_PROPOSED_NO + NO_MATCH_FOR_YOU)
def test_an_agencys_no_to_its_candidate_is_a_rejection(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is True, v.reasons


@pytest.mark.parametrize(("lang", "subject", "text"), NO_MATCH_LOOKALIKES)
def test_no_match_for_you_without_a_job_is_none(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons
