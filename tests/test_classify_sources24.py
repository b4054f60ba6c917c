"""Issue 11, session 32 (sources24): "there are people better qualified" as the no.

Real mail in dev (``web-edipeo/it``, a recruiter's standard answer a blogger quoted: "ci sono
persone più qualificate per questa posizione") says the no only as the existence of better
qualified people; no pack knew it. Written from grammar in every language (no corpus text):
the existential verb ("there are", "ci sono", "es gibt", "il y a", "hay", "há", "er zijn"),
the people, the comparative, in either order. Look-alikes in the same grammar stay "no": a
question, a condition, a negated or "few" existential, other things better suited (a job board's
posts), none better qualified than the reader.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped

YES = {
    "en": [
        "There are people more qualified for this position.",
        "There are more qualified candidates for this role.",
        "Unfortunately there were more qualified applicants.",
        "There were candidates who were better suited to the role.",
    ],
    "it": [
        "ci sono persone più qualificate per questa posizione",
        "Ci sono candidati più qualificati per questo ruolo.",
        "Purtroppo c'erano candidati più qualificati.",
        "Abbiamo ricevuto candidature più qualificate.",
    ],
    "de": [
        "Es gibt qualifiziertere Bewerber für diese Stelle.",
        "Leider gab es Bewerberinnen, die besser qualifiziert waren.",
        "Es gab besser geeignete Kandidaten.",
    ],
    "fr": [
        "Il y a des personnes plus qualifiées pour ce poste.",
        "Il y avait des candidats plus expérimentés.",
    ],
    "es": [
        "Hay personas más cualificadas para este puesto.",
        "Había candidatos más calificados para la vacante.",
    ],
    "pt": [
        "Há pessoas mais qualificadas para esta vaga.",
        "Havia candidatos mais qualificados para o cargo.",
    ],
    "nl": [
        "Er zijn kandidaten die beter gekwalificeerd zijn voor deze functie.",
        "Er waren meer gekwalificeerde kandidaten.",
    ],
}

NO = {
    "en": [
        "Are there people more qualified than you? Apply anyway!",
        "If there are more qualified candidates, we will still keep your CV.",
        "There are more qualified jobs for you on our board.",
        "There are no candidates more qualified than you.",
        "There are few people better qualified than you.",
    ],
    "it": [
        "Ci sono persone più qualificate di te? Candidati lo stesso!",
        "Se ci sono candidati più qualificati, ti avviseremo.",
        "Ci sono offerte più adatte al tuo profilo nella bacheca.",
        "Non ci sono candidati più qualificati di te.",
    ],
    "de": [
        "Gibt es besser qualifizierte Bewerber? Bewerben Sie sich trotzdem!",
        "Es gibt geeignetere Stellen für Sie in unserem Portal.",
        "Es gibt keinen qualifizierteren Bewerber als Sie.",
    ],
    "fr": [
        "Il y a des postes plus adaptés à votre profil sur notre site.",
        "S'il y a des candidats plus qualifiés, nous vous le dirons.",
    ],
    "es": [
        "¿Hay personas más cualificadas que tú? ¡Postúlate igualmente!",
        "Hay ofertas más adecuadas a tu perfil en nuestro portal.",
        "No hay personas más cualificadas que tú para este puesto.",
    ],
    "pt": [
        "Há pessoas mais qualificadas do que você? Candidate-se mesmo assim!",
        "Há vagas mais adequadas ao seu perfil no portal.",
        "Não há candidatos mais qualificados do que você.",
    ],
    "nl": [
        "Zijn er beter gekwalificeerde kandidaten? Solliciteer toch!",
        "Er zijn meer geschikte vacatures voor jou op onze site.",
        "Er zijn geen kandidaten die beter gekwalificeerd zijn dan jij.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, sentences in YES.items() for s in sentences]
)
def test_better_qualified_people_are_a_no(lang: str, sentence: str) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection, (lang, sentence, verdict.reasons)
    assert any("more-qualified" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, sentences in NO.items() for s in sentences]
)
def test_better_qualified_look_alikes_stay_no(lang: str, sentence: str) -> None:
    verdict = wrapped(lang, sentence)
    assert not verdict.is_rejection, (lang, sentence, verdict.reasons)
