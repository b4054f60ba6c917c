"""A refusal whose object is a request, a claim, a timesheet or a bid is not a job rejection,
even from the HR address whose sender gives the mail job context (issue 11, session 19)."""

from __future__ import annotations

import pytest
from test_classify import verdict

HR = "Acme HR <hr@acme-corp.com>"
PERSON = "Morgan Reid <morgan.reid@northwind-example.com>"


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("Leave Application rejected", "Your leave application for 12 May has been rejected."),
        ("Timesheet", "Your timesheet for week 23 has been rejected by your manager."),
        ("Reembolso", "Tu solicitud de reembolso ha sido rechazada: faltan los justificantes."),
        ("Horas extra", "Tu solicitud de horas extra para el sábado ha sido rechazada."),
        ("Cambio turno", "La tua richiesta di cambio turno non è stata approvata."),
        ("Overuren", "Je aanvraag voor overuren op zaterdag is afgewezen."),
        ("Troca de turno", "Sua solicitação de troca de turno não foi aprovada."),
        ("Reisverzoek", "Uw reisverzoek voor de beurs in Berlijn is helaas afgewezen."),
        ("Reiseantrag", "Ihr Reiseantrag für die Konferenz wurde leider abgelehnt."),
    ],
)
def test_a_request_refused_by_hr_is_not_a_job_rejection(subject: str, sentence: str) -> None:
    v = verdict(f"Hi Alex,\n\n{sentence}\n\nAcme HR\n", subject=subject, sender=HR)
    assert not v.is_rejection, v.reasons
    assert v.category == "other_request", v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Unfortunately your application for the Expense Claims Officer role has been rejected.",
        "Your application for the Timesheet Coordinator position has been declined.",
        "Nous avons le regret de vous informer que votre candidature au poste de Contrôleur "
        "des notes de frais n'a pas été retenue.",
        "Lamentablemente, tu candidatura para el puesto de Auditor de gastos ha sido rechazada.",
    ],
)
def test_a_job_rejection_naming_such_words_in_its_title_stays_one(sentence: str) -> None:
    v = verdict(f"Hi Alex,\n\n{sentence}\n\nAcme HR\n", subject="Your application", sender=HR)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        (
            "Re: Data Engineer shortlist",
            "We have decided not to proceed with your candidate Maria.",
        ),
        ("Re: Terna", "El responsable ha decidido no seguir adelante con tu candidata María."),
        ("R: Rosa candidati", "Il responsabile ha deciso di non procedere con la tua candidata."),
    ],
)
def test_the_readers_candidate_turned_down_is_someone_elses_no(subject: str, sentence: str) -> None:
    v = verdict(f"Hi Alex,\n\n{sentence}\n\nThanks,\nMorgan\n", subject=subject, sender=PERSON)
    assert not v.is_rejection, v.reasons
    assert v.category == "third_party", v.reasons
