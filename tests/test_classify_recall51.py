"""Issue 11, session 44 (branch left44): round 93's kinds in es, pt and it.

Probed in bench/probes/{es,pt,it}-{yes,no}-93.txt (written before any rule was changed); these
cells are other sentences of the same kinds. An ATS's status label naming the reader in the third
person ("Resultado: candidata no seleccionada") is a no to the reader; a refusal of another party's
candidate ("tu candidato", "el candidato de la agencia", "the two candidates you sent", "the other
finalist was not chosen") is not, the reader being a recruiter or a hiring manager; in Italian a
choice to come, a search or a welcome ("verrà scelto un profilo con più esperienza", "sei il
candidato più in linea") is no past choice of someone else; a loan applied for or a paper
submitted is no job whatever its article. Each look-alike keeps the words and changes what they
are about.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        ("es", "Resultado de la selección: postulante no elegido.", "status-label-not-chosen"),
        ("es", "Fase de evaluación: candidata no idónea.", "status-label-not-chosen"),
        ("es", "Resolución del proceso: candidatura desestimada.", "status-label-not-chosen"),
        ("pt", "Etapa de entrevistas: candidata desclassificada.", "status-label-not-chosen"),
        ("pt", "Resultado da entrevista: candidato não aprovado.", "status-label-not-chosen"),
        ("it", "Esito finale: candidata esclusa dalla selezione.", "status-label-not-chosen"),
        ("it", "Valutazione del colloquio: candidato bocciato.", "status-label-not-chosen"),
        (
            "es",
            "El comité seleccionó a una persona más cercana a lo que buscaba.",
            "elegido-un-candidat-con-mas",
        ),
        (
            "it",
            "Dopo i colloqui abbiamo selezionato la candidata con più esperienza nel ruolo.",
            "scelto-candidat-con-maggiore",
        ),
    ],
)
def test_round_93_kinds_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # another party's candidate turned down: the reader recruits, refers or hires
        ("es", "Vuestro candidato no ha pasado la prueba de inglés, ¿nos enviáis otro?"),
        ("es", "La candidata enviada por la consultora no ha sido seleccionada."),
        ("es", "Los tres candidatos que me enviaste han sido descartados por el director."),
        ("es", "La otra finalista no fue seleccionada, así que seguimos contigo."),
        ("pt", "Teus candidatos não foram aprovados na dinâmica de grupo."),
        ("pt", "O candidato da consultoria não foi selecionado para a vaga."),
        ("pt", "O perfil que você nos indicou não foi aprovado pelo gestor."),
        ("pt", "A outra finalista não foi escolhida, e queremos seguir com você."),
        # a choice to come, a search, the reader welcomed as the one who fits
        ("it", "Verrà scelto un profilo con più esperienza dopo il secondo colloquio."),
        ("it", "Stiamo valutando il profilo più adatto al ruolo, ti aggiorniamo presto."),
        ("it", "Abbiamo scelto il candidato più in linea: ovvero te!"),
        # a loan applied for, a paper submitted, whatever the article
        ("it", "Purtroppo la domanda di prestito non è stata accolta."),
        ("it", "Il paper non è stato accettato per la sessione plenaria."),
        ("es", "Estado de la solicitud de crédito: rechazada."),
        ("pt", "Situação da solicitação de crédito: não aprovada."),
    ],
)
def test_round_93_lookalikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
