"""Issue 11, session 32 (branch lookalike35): a job alert's empty week and an HR status line.

Named by sources25 and probed in bench/probes/*-{no,yes}-64.txt (written from how job boards and
HR systems write; no corpus text): a job alert saying nothing new matched the reader's profile
("no new jobs that match your profile") is no decision on an application, nor is an HR system's
"New status: Rejected" on a leave, expense or time-off request. Each kind has a real rejection
beside it in the same words (an employer's "no openings matching your profile", a portal's
"Application status: Rejected"), so neither kind is dropped.
"""

from __future__ import annotations

import pytest
from test_classify_gates_s31 import hr
from test_gates_offers import weak

# A job alert with nothing new, from the board's own no-reply address: (lang, subject, sentence).
ALERT_NO = [
    ("en", "Job alert: Nurse in Bristol", "There are no new jobs matching your profile today."),
    ("en", "Your weekly matches", "Sorry, we found no new vacancies that match your profile."),
    ("it", "Le tue offerte", "Oggi non ci sono nuove offerte in linea con il tuo profilo."),
    ("pt", "Alerta de emprego", "Infelizmente não há novas vagas para o seu perfil hoje."),
]
ALERT_YES = [
    (
        "en",
        "Your application",
        "Unfortunately we have no openings that match your profile, so we cannot take your application further.",
    ),
    (
        "it",
        "La tua candidatura",
        "Purtroppo non abbiamo posizioni in linea con il tuo profilo, quindi non possiamo proseguire con la tua candidatura.",
    ),
    (
        "pt",
        "A sua candidatura",
        "Infelizmente não temos vagas compatíveis com o seu perfil, pelo que não podemos dar seguimento à sua candidatura.",
    ),
]

# An HR system's status line to its own employee: (subject, sentence, is a rejection).
STATUS = [
    ("Leave request #42", "Your leave request has been processed.\nNew status: Rejected", False),
    ("Expense report 7", "Your expense report was reviewed by Finance.\nStatus: Declined", False),
    ("Urlaubsantrag", "Ihr Urlaubsantrag wurde bearbeitet.\nNeuer Status: Abgelehnt", False),
    ("Note de frais", "Votre note de frais a été traitée.\nNouveau statut : Refusée", False),
    ("Nota de gastos", "Tu nota de gastos ha sido revisada.\nEstado: Rechazada", False),
    ("Declaratie", "Je declaratie is beoordeeld.\nNieuwe status: Afgewezen", False),
    (
        "Your application",
        "Your application for the Payroll Analyst position has been reviewed.\nNew status: Rejected",
        True,
    ),
    (
        "Leave request #43",
        "Your leave request was approved. Your application for the Team Lead position: Status: Rejected",
        True,
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), ALERT_NO + ALERT_YES)
def test_a_job_alerts_empty_week_is_none_and_the_employers_no_stays(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is ((lang, subject, sentence) in ALERT_YES), v.reasons


@pytest.mark.parametrize(("subject", "sentence", "expected"), STATUS)
def test_a_status_line_on_a_leave_or_expense_request_is_none(
    subject: str, sentence: str, expected: bool
) -> None:
    v = hr(subject, sentence)
    assert v.is_rejection is expected, v.reasons
