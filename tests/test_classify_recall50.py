"""Issue 11, session 43 (branch recall50): round 92's kinds in it (de had no misses).

Probed in bench/probes/{it,de}-{yes,no}-92.txt (sentences written from how Italian and German
recruiters and ATSs word a no, before any rule was changed); these cells are other sentences of
the same kinds. A candidate chosen whose profile fits better; the selection interrupted for the
reader; the post gone to another candidate; "niente da fare" for the post. Each look-alike keeps
the words and changes what they are about.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped


def _ids(v: object) -> str:
    return " ".join(str(r) for r in getattr(v, "reasons", ()))


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "it",
            "Abbiamo scelto una candidata che risponde meglio alle necessità del team.",
            "chose-one-who-fits-better",
        ),
        (
            "it",
            "Alla fine abbiamo individuato una figura il cui percorso è più aderente al ruolo.",
            "chose-one-who-fits-better",
        ),
        (
            "it",
            "Abbiamo quindi interrotto il percorso di selezione con te.",
            "process-interrupted-for-you",
        ),
        (
            "it",
            "La società ha deciso di chiudere il percorso nei tuoi confronti.",
            "process-interrupted-for-you",
        ),
        (
            "it",
            "Ti scrivo per dirti che il posto è andato a un'altra candidata.",
            "went-to-another-candidate",
        ),
        (
            "it",
            "Ci dispiace, nulla da fare per il ruolo di cassiere.",
            "nothing-doing-for-the-post",
        ),
    ],
)
def test_round_92_kinds_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the better-fitting one not chosen yet
        (
            "it",
            "Non abbiamo ancora individuato una figura che risponda meglio, la terremo aggiornata.",
        ),
        ("it", "Non abbiamo ancora scelto un profilo che rispecchia meglio le esigenze, a presto."),
        # the process goes on, or nothing for the reader to do
        (
            "it",
            "Non interromperemo il processo di selezione nei suoi confronti: ci sentiamo lunedì.",
        ),
        ("it", "Non c'è nulla da fare per la candidatura, ci pensiamo noi."),
        # the post went to the reader
        ("it", "La posizione è andata a te: complimenti!"),
    ],
)
def test_round_92_lookalikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
