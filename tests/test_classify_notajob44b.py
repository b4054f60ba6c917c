"""Issue 11, session 44 (branch naj44b): round 94's refusals of no job in fr, es, it, pt.

Probed in bench/probes/{fr,es,it,pt}-{no,yes}-94.txt (written from how a festival, a
conference, a bank, a funder, a university, a residency, a market or a buyer words a no,
before any rule was changed); these cells are other sentences of the same kinds, in job mail
(an ATS's wrapper, where another domain's words weigh a third) or in an organisation's no-reply
mail (bench/probe's ``weak``). Each was called a rejection before. A film sent to a festival
after a selection process; a talk or paper proposed; a loan, a bursary or a prize applied for;
a study wish; a hackathon; an artist residency applied for; a market stall (es "puesto": a
stand, not a post); a supplier's quote (it). The job refusals that share their words stay yes:
an employer's talent programme (fr), a paid internship called "beca de prácticas" (es).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped
from test_gates_offers import weak

JOB = ""  # no subject of its own: the cell's mail is the job wrapper's


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "rule"),
    [
        # a film sent to a festival, after a selection process
        (
            "es",
            "Festival Internacional de Documental",
            "Tras el proceso de selección, lamentamos comunicarle que su largometraje no ha sido "
            "seleccionado.",
            "film-festival-submission",
        ),
        (
            "it",
            "Festival del documentario",
            "Al termine del processo di selezione, siamo spiacenti di comunicarle che il suo "
            "cortometraggio non è stato selezionato per il concorso.",
            "film-festival-submission",
        ),
        (
            "pt",
            "Festival de Documentários",
            "Após o processo de seleção, lamentamos informar que a sua curta-metragem não foi "
            "selecionada para a mostra.",
            "film-festival-submission",
        ),
        # a talk or a paper proposed to a conference
        (
            "es",
            JOB,
            "Lamentamos informarte de que tu propuesta de comunicación no ha sido aceptada por el "
            "comité científico.",
            "talk-or-paper-proposal",
        ),
        (
            "it",
            JOB,
            "Siamo spiacenti di comunicarti che la tua proposta di relazione non è stata accettata "
            "dal comitato scientifico.",
            "talk-or-paper-proposal",
        ),
        (
            "pt",
            JOB,
            "Lamentamos informar que a sua proposta de comunicação não foi aceite pela comissão "
            "científica.",
            "talk-or-paper-proposal",
        ),
        # a loan, a bursary or a prize applied for
        (
            "fr",
            JOB,
            "Nous avons le regret de vous informer que votre dossier de crédit a été refusé.",
            "loan-bursary-or-prize-applied-for",
        ),
        (
            "fr",
            JOB,
            "Votre candidature au prix de l'innovation sociale n'a pas été retenue.",
            "loan-bursary-or-prize-applied-for",
        ),
        (
            "fr",
            JOB,
            "Votre dossier pour la bourse d'excellence Eiffel n'a pas été retenu.",
            "loan-bursary-or-prize-applied-for",
        ),
        # a wish made on a study platform (Parcoursup)
        (
            "fr",
            "Réponse à votre vœu",
            "La commission a examiné votre vœu : votre candidature n'a pas été retenue.",
            "study-wish",
        ),
        # a hackathon
        (
            "pt",
            "Hackathon Saúde",
            "Obrigado pela sua inscrição. A sua equipa não foi selecionada desta vez.",
            "hackathon",
        ),
        # an artist residency applied for
        (
            "es",
            JOB,
            "Lamentamos comunicarte que tu candidatura a nuestra residencia artística de verano no "
            "ha sido seleccionada.",
            "artist-residency-applied-for",
        ),
        (
            "it",
            JOB,
            "La tua domanda per la residenza artistica estiva non è stata selezionata.",
            "artist-residency-applied-for",
        ),
        (
            "pt",
            JOB,
            "A sua inscrição na residência artística de verão não foi selecionada.",
            "artist-residency-applied-for",
        ),
        # a market stall or an exhibitor's place
        (
            "es",
            "Feria del libro 2026",
            "Lamentablemente, tu solicitud de puesto como expositor no ha sido aceptada este año.",
            "market-stall-or-exhibitor",
        ),
        # a supplier's quote
        (
            "it",
            JOB,
            "Abbiamo valutato il vostro preventivo, ma abbiamo deciso di affidare il lavoro a un "
            "altro fornitore.",
            "supplier-quote",
        ),
        (
            "it",
            "Ristrutturazione uffici",
            "Grazie per il suo preventivo. Dopo un confronto tra le offerte, abbiamo deciso di "
            "affidare il lavoro a un altro fornitore.",
            "supplier-quote",
        ),
    ],
)
def test_round_94_refusals_of_no_job_stay_no(
    lang: str, subject: str, sentence: str, rule: str
) -> None:
    v = wrapped(lang, sentence) if subject == JOB else weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # an employer's talent programme is a job's
        (
            "fr",
            "Votre candidature à notre programme Talents n'a pas été retenue pour cette promotion.",
        ),
        # a paid internship called "beca de prácticas" is a job's
        (
            "es",
            "Lamentamos comunicarte que tu candidatura a la beca de prácticas en marketing no ha "
            "sido seleccionada.",
        ),
    ],
)
def test_round_94_job_refusals_sharing_the_words_stay_yes(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
