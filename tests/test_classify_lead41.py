"""Issue 11, session 41 (lead): dev misses of real letters, as kinds.

`web-tnh1/pt`: a recruiter's one-line no that never says no — "selecionamos apenas os
candidatos que responderam em até 15 minutos". The writer's own past choice, restricted by a
criterion ("only those who …"), tells the reader they were not chosen. The cells are the same
kind in each language; the look-alikes keep the words and change the tense, the subject, or add
"and you are one of them".
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped


def _ids(v: object) -> str:
    return " ".join(str(r) for r in getattr(v, "reasons", ()))


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "pt",
            "Estamos buscando perfis proativos, portanto selecionamos apenas os candidatos que "
            "responderam em até 15 minutos.",
        ),
        ("pt", "Para esta vaga só chamamos pessoas com experiência em atendimento hospitalar."),
        ("en", "We have only shortlisted candidates who have already led a team of five."),
        (
            "en",
            "For this role we've moved forward with only those who completed the take-home "
            "within the week.",
        ),
        ("de", "Wir haben nur Bewerber eingeladen, die bereits im Bankwesen gearbeitet haben."),
        ("fr", "Nous n'avons retenu que les candidats ayant déjà managé une équipe."),
        ("fr", "Nous avons uniquement convoqué les profils qui parlent couramment allemand."),
        ("es", "Solo hemos seleccionado a los candidatos que tienen experiencia en logística."),
        ("it", "Abbiamo selezionato solo i candidati con almeno tre anni di esperienza."),
        ("nl", "We hebben alleen kandidaten uitgenodigd die al ervaring in de zorg hebben."),
    ],
)
def test_only_chose_those_who_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert "only-chose-those-who" in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a job ad's or receipt's future policy, no choice made yet
        ("en", "Only shortlisted candidates who meet the criteria will be contacted."),
        ("pt", "Serão selecionados apenas os candidatos que atenderem aos requisitos da vaga."),
        ("de", "Wir laden nur Bewerber ein, die alle Voraussetzungen erfüllen."),
        ("es", "Solo se contactará a los candidatos que pasen a la siguiente fase."),
        ("it", "Saranno contattati solo i candidati selezionati per il colloquio."),
        ("nl", "Alleen geselecteerde kandidaten worden na de sluitingsdatum benaderd."),
        ("fr", "Seuls les candidats retenus seront contactés."),
        # the reader among the chosen
        (
            "en",
            "We have only shortlisted candidates who impressed us, and you are one of them! We "
            "would like to invite you to an interview next week.",
        ),
        (
            "pt",
            "Selecionamos apenas os candidatos com melhor desempenho, e você está entre eles! "
            "Parabéns, gostaríamos de te convidar para uma entrevista.",
        ),
    ],
)
def test_its_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
