"""Issue 11, session 43 (branch recall50): round 92's kinds in it and de.

Probed in bench/probes/{it,de}-{yes,no}-92.txt (sentences written from how Italian and German
recruiters and ATSs word a no, before any rule was changed); these cells are other sentences of
the same kinds. A candidate chosen whose profile fits better; the selection interrupted for the
reader; the post gone to another candidate; "niente da fare" for the post; no match found in the
company's needs; "non faremo seguito"; another choice made. German (pass 2): distance taken from
the application; refraining from inviting the reader; not in the final round; nothing positive to
tell; the post no longer open; someone with more experience hired. Each look-alike keeps the
words and changes what they are about.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


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
        (
            "it",
            "Il suo profilo non ha trovato corrispondenza con i requisiti della ricerca.",
            "application-found-no-match",
        ),
        (
            "it",
            "Ci dispiace, ma non faremo ulteriore seguito alla tua domanda.",
            "will-not-follow-up-application",
        ),
        ("it", "Grazie del tempo, il team ha fatto scelte diverse.", "made-another-choice"),
        (
            "de",
            "Nach reiflicher Überlegung haben wir von Ihrer Kandidatur Abstand genommen.",
            "distance-from-your-application",
        ),
        (
            "de",
            "Wir haben davon abgesehen, dich zum Kennenlerngespräch einzuladen.",
            "refrain-from-inviting-you",
        ),
        (
            "de",
            "Du bist leider nicht in die Finalrunde gekommen.",
            "did-not-make-the-final-round",
        ),
        (
            "de",
            "Leider haben wir keine guten Neuigkeiten zu berichten.",
            "nothing-positive-to-tell",
        ),
        (
            "de",
            "Die ausgeschriebene Praktikumsstelle ist leider nicht mehr verfügbar.",
            "post-no-longer-open",
        ),
        (
            "de",
            "Wir haben inzwischen eine interne Kollegin eingestellt.",
            "hired-one-with-more",
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
        # the match found, the follow-up given, another look at the reader
        ("it", "La sua candidatura ha trovato riscontro nelle nostre esigenze: la chiameremo."),
        ("it", "Se non faremo seguito alla sua candidatura entro un mese, la consideri chiusa."),
        ("it", "Abbiamo fatto altre valutazioni e vorremmo rivederti per un secondo colloquio."),
        # distance from something else, an invitation, the final round made, news yet to come
        ("de", "Wir haben Abstand davon genommen, die Stelle neu auszuschreiben."),
        (
            "de",
            "Wir sehen nicht davon ab, Sie zum Gespräch einzuladen: bitte wählen Sie einen Termin.",
        ),
        ("de", "Sie haben es in die Endauswahl geschafft, herzlichen Glückwunsch!"),
        ("de", "Wir haben noch nichts Positives zu berichten, melden uns aber bald."),
        ("de", "Die Wohnung ist leider nicht mehr frei."),
        ("de", "Wir haben eine neue Kollegin eingestellt, die Sie einarbeiten wird."),
    ],
)
def test_round_92_lookalikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
