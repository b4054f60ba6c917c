"""Issue 11, session 33 (branch sources31): better-qualified applicants went ahead of the reader.

From the dev unit ``smeqa/en`` (the U.S. Digital Service's notices to federal applicants): "At this
time, there are applicants with higher qualifications and/or Veterans' Preference who have been
referred to the selecting official" was called an ``acknowledgement`` ("We will be in touch"):
the existential frames read a comparative after the noun ("candidates more qualified") but not
one in a phrase ("applicants with higher qualifications"), and no frame read better-qualified
applicants referred, shortlisted or invited ahead of the reader. The kind in every pack: "there
are applicants with higher qualifications" and "better-qualified (higher-scoring) applicants
have been referred (shortlisted, selected, invited)". The probe sentences are our own wording;
all 18 were missed before the change (checked by running this file against the commit before
it). Beside them, the same words in a job ad, a survey, a question, the future or a denial stay
no rejection.
"""

from __future__ import annotations

import pytest
from test_gates_offers import weak

# (lang, subject, text): others, better qualified, went ahead of the reader.
OTHERS_AHEAD = [
    (
        "en",
        "Notice of Results",
        "At this time, there are applicants with higher qualifications who have been referred "
        "to the selecting official.",
    ),
    (
        "en",
        "Your application",
        "Applicants with higher scores have been referred to the hiring manager for this post.",
    ),
    (
        "en",
        "Your application",
        "Other candidates with stronger experience have been shortlisted for interview.",
    ),
    (
        "en",
        "Your application",
        "More highly qualified candidates have been put forward to the next stage.",
    ),
    ("en", "Your application", "Better qualified applicants were referred to the hiring manager."),
    (
        "de",
        "Ihre Bewerbung",
        "Bewerberinnen und Bewerber mit höherer Qualifikation wurden an die Auswahlkommission "
        "weitergeleitet.",
    ),
    (
        "de",
        "Ihre Bewerbung",
        "Andere Bewerber mit passenderer Erfahrung wurden zum Vorstellungsgespräch eingeladen.",
    ),
    ("de", "Ihre Bewerbung", "Leider gibt es Bewerber mit mehr Erfahrung in diesem Bereich."),
    (
        "fr",
        "Votre candidature",
        "Des candidats plus qualifiés ont été retenus pour la suite du processus.",
    ),
    (
        "fr",
        "Votre candidature",
        "Malheureusement, il y a des candidats avec des qualifications plus adaptées au poste.",
    ),
    (
        "es",
        "Tu candidatura",
        "Candidatos con una cualificación superior han sido preseleccionados para la entrevista.",
    ),
    (
        "es",
        "Tu candidatura",
        "Lamentablemente, hay candidatos con una mayor experiencia en el sector.",
    ),
    (
        "it",
        "La tua candidatura",
        "Candidati con qualifiche superiori sono stati ammessi al colloquio.",
    ),
    (
        "it",
        "La tua candidatura",
        "Purtroppo ci sono candidati con qualifiche superiori per questa posizione.",
    ),
    (
        "nl",
        "Je sollicitatie",
        "Kandidaten met een betere kwalificatie zijn doorgestuurd naar de selectiecommissie.",
    ),
    (
        "nl",
        "Je sollicitatie",
        "Helaas zijn er kandidaten met meer relevante ervaring voor deze functie.",
    ),
    (
        "pt",
        "Sua candidatura",
        "Candidatos com qualificações superiores foram encaminhados ao gestor da vaga.",
    ),
    (
        "pt",
        "Sua candidatura",
        "Infelizmente, há candidatos com experiência mais alinhada à vaga.",
    ),
]
# The same words where nobody went ahead of the reader: a job ad, a survey, a question, the future,
# a denial, the reader among those put forward.
NOBODY_AHEAD = [
    (
        "en",
        "Hiring trends",
        "Candidates with stronger profiles were invited to interview twice as often, our survey "
        "of 2,000 recruiters found.",
    ),
    ("en", "Your application", "Are there candidates with higher scores? We will know next week."),
    (
        "en",
        "Your application",
        "There are no applicants with higher qualifications than you, so you have been "
        "shortlisted.",
    ),
    ("en", "Your application", "Only candidates who have been shortlisted will be contacted."),
    (
        "en",
        "Your application",
        "You have been referred to the hiring manager along with other qualified applicants.",
    ),
    (
        "de",
        "Stellenangebot",
        "Bewerber mit mehr Erfahrung sind herzlich eingeladen, sich zu bewerben.",
    ),
    ("fr", "Offre", "Les candidats plus expérimentés sont invités à postuler avant le 12 mars."),
    ("es", "Oferta", "Los candidatos con mayor experiencia serán convocados a una entrevista."),
    ("it", "Offerta", "I candidati più qualificati saranno convocati per un colloquio."),
    ("nl", "Vacature", "Kandidaten met meer ervaring worden uitgenodigd voor een gesprek."),
    (
        "nl",
        "Je sollicitatie",
        "Zijn er kandidaten met meer ervaring? Dat horen we volgende week.",
    ),
    ("pt", "Vaga", "Os candidatos mais qualificados serão chamados para entrevista."),
]


@pytest.mark.parametrize(("lang", "subject", "text"), OTHERS_AHEAD)
def test_better_qualified_others_ahead_is_a_rejection(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is True, v.reasons


@pytest.mark.parametrize(("lang", "subject", "text"), NOBODY_AHEAD)
def test_nobody_ahead_of_the_reader_is_none(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons
