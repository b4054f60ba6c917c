"""Issue 11, session 12: paradigms from the new dev wording in de, fr, nl, es, it, pt.

Two kinds of "no" that real mail in dev showed and the packs did not know, written from
grammar in every language (no corpus text): the applicant does not meet the requirements
("erfüllen" with the negation before or after its object, in main and verb-final clauses),
and the reader did not get the job ("vous n'avez pas obtenu le poste"). Each kind has
look-alikes in the same grammar that must stay "no": the requirements met, the job still
to get, a condition, a question, "not yet".
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped

YES = {
    "de": [
        "Nach Prüfung Ihrer Unterlagen sind wir zu dem Ergebnis gekommen, dass Sie nicht unsere Vorgaben erfüllen.",
        "Leider erfüllen Sie nicht alle Anforderungen der Stelle.",
        "Du erfüllst leider nicht die Voraussetzungen für diese Position.",
        "Wir haben festgestellt, dass Sie die Anforderungen der Stelle leider nicht erfüllen.",
        "Ihr Profil erfüllt unsere Kriterien leider nicht.",
        "Sie haben die Stelle leider nicht bekommen.",
        "Wir müssen dir mitteilen, dass du die Stelle nicht bekommen hast.",
        "Leider haben Sie den Ausbildungsplatz nicht erhalten.",
        "Du hast dich für eine Schicht beworben, leider wurdest du jedoch nicht dafür zugelassen.",
        "Sie wurden leider nicht zum weiteren Auswahlverfahren zugelassen.",
    ],
    "fr": [
        "Je suis désolé de vous informer que, malheureusement, vous n'avez pas obtenu le poste.",
        "Tu n'as pas obtenu le poste de chargé de projet.",
        "Vous n'avez malheureusement pas obtenu ce poste.",
        "Nous sommes au regret de vous annoncer que vous n'avez pas décroché le stage.",
        "Nous n'avons pas la capacité d'encadrer un profil junior. Nous ne pourrons donc pas donner suite dans l'immédiat.",
        "Après étude de votre candidature, nous ne pouvons malheureusement pas donner suite.",
    ],
    "es": [
        "Lamentamos comunicarle que no ha obtenido el puesto.",
        "Sentimos decirte que esta vez no has conseguido la vacante.",
        "Lamentablemente, usted no obtuvo el puesto de analista.",
        "Lo sentimos, pero no hay ninguna plaza disponible que se adapte a su perfil.",
        "En este momento no tenemos ninguna vacante acorde a tu perfil.",
    ],
    "it": [
        "Ci dispiace comunicarle che non ha ottenuto la posizione.",
        "Purtroppo non hai ottenuto il posto per cui ti sei candidato.",
        "Al momento non abbiamo nessuna posizione aperta adatta al suo profilo.",
    ],
    "pt": [
        "Lamentamos informar que você não obteve a vaga.",
        "Infelizmente, desta vez não conseguiu o cargo.",
        "No momento não temos nenhuma vaga que se adeque ao seu perfil.",
    ],
    "nl": [
        "Helaas moeten we je laten weten dat je de baan niet hebt gekregen.",
        "U heeft de functie helaas niet gekregen.",
        "Je krijgt de baan helaas niet.",
    ],
}

NO = {
    "de": [
        "Sie erfüllen nicht alle Anforderungen? Bewerben Sie sich trotzdem!",
        "Sie erfüllen alle Anforderungen der Stelle, daher laden wir Sie gerne zum Gespräch ein.",
        "Falls Sie die Voraussetzungen nicht erfüllen, melden Sie sich bitte bei uns.",
        "Bitte prüfen Sie, ob Sie die Anforderungen erfüllen.",
        "Herzlichen Glückwunsch, Sie haben die Stelle bekommen!",
        "Haben Sie die Stelle nicht bekommen? Sprechen Sie mit Ihrer Beraterin.",
        "Du wurdest für eine Schicht zugelassen – herzlichen Glückwunsch!",
        "Du bist noch nicht zugelassen? Bitte lade deine Unterlagen im Portal hoch.",
    ],
    "fr": [
        "Félicitations, vous avez obtenu le poste !",
        "Si vous n'avez pas obtenu le poste, vous pouvez postuler à nos autres offres.",
        "Vous n'avez pas encore obtenu de réponse ? Contactez-nous.",
        "Nous ne manquerons pas de donner suite à votre candidature dans les prochains jours.",
        "Nous ne pourrons donner suite qu'aux candidatures complètes.",
        "Si nous ne pouvons pas donner suite, nous vous le ferons savoir rapidement.",
    ],
    "es": [
        "¡Enhorabuena, has conseguido el puesto!",
        "Si no has obtenido el puesto, te avisaremos de nuevas vacantes.",
        "Aún no ha obtenido el puesto: la decisión se tomará la próxima semana.",
        "Si no hay ninguna vacante que se adapte a su perfil, guardaremos su currículum.",
        "Hay varias plazas disponibles que se adaptan a tu perfil: ¡inscríbete!",
    ],
    "it": [
        "Congratulazioni, ha ottenuto la posizione!",
        "Se non ha ottenuto la posizione, la informeremo su altre offerte.",
        "Abbiamo diverse posizioni aperte adatte al suo profilo.",
    ],
    "pt": [
        "Parabéns, você conseguiu a vaga!",
        "Ainda não conseguiu a vaga? Veja outras oportunidades.",
        "Temos uma vaga que se adequa ao seu perfil: gostaria de conversar?",
    ],
    "nl": [
        "Gefeliciteerd, je hebt de baan gekregen!",
        "Je krijgt de baan als je de laatste ronde haalt.",
    ],
}


CELLS = [(lang, s, True) for lang, cells in YES.items() for s in cells] + [
    (lang, s, False) for lang, cells in NO.items() for s in cells
]


@pytest.mark.parametrize(("lang", "sentence", "rejection"), CELLS)
def test_the_cell_says_no_and_its_look_alike_does_not(
    lang: str, sentence: str, rejection: bool
) -> None:
    """A cell is a rejection read in its own language; a look-alike is none."""
    v = wrapped(lang, sentence)
    assert v.is_rejection is rejection, v.reasons
    assert v.language == lang or not rejection
