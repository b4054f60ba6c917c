"""Issue 11, session 32 (branch sources26): an internship request declined by the host or the school.

From the dev unit ``interntic/en`` (INTERNTIC, an internship platform): "Acme has decided to
decline your internship request at this time ... for the following reason(s)", from the host
company's supervisor or the student's department head, had cues ("regret to inform") but no
decision phrase: the English packs decline an application, not a request for an internship, and
"a placement request" was no job word. All four refusals were called ``acknowledgement``. The
kind in every pack: an internship, placement, traineeship or work-experience request (German
"Praktikumsanfrage", French "demande de stage", Italian "richiesta di tirocinio", Dutch
"stageaanvraag", Portuguese "pedido de estágio") declined, actively or in the passive. The probe
sentences are our own wording; 13 of the 16 were missed before the change (Spanish "tu solicitud
de prácticas" and Dutch "je aanvraag voor een stageplaats" had their frames). Beside them, the
same verbs on a leave, meeting or refund request stay no rejection.
"""

from __future__ import annotations

import pytest
from test_gates_offers import weak

# (lang, subject, text): the host or the school declined the reader's request for an internship.
REQUEST_DECLINED = [
    (
        "en",
        "Refused Internship Request",
        "I regret to inform you that after careful consideration, Acme has decided to decline "
        "your internship request at this time.",
    ),
    (
        "en",
        "Your placement request",
        "Unfortunately, the host company has declined your placement request for the summer.",
    ),
    (
        "en",
        "Work experience",
        "We are sorry to let you know that we have turned down your work experience request.",
    ),
    (
        "en",
        "Your traineeship",
        "After review, your traineeship request has been declined by the department.",
    ),
    (
        "de",
        "Ihre Praktikumsanfrage",
        "Leider müssen wir Ihnen mitteilen, dass Acme Ihre Praktikumsanfrage abgelehnt hat.",
    ),
    (
        "de",
        "Praktikum",
        "Nach sorgfältiger Prüfung hat die Abteilung deinen Antrag auf ein Praktikum leider "
        "abgelehnt.",
    ),
    (
        "fr",
        "Votre demande de stage",
        "Nous avons le regret de vous informer qu'Acme a décidé de refuser votre demande de stage.",
    ),
    ("fr", "Stage", "Après examen, votre demande de stage a été refusée par le département."),
    (
        "es",
        "Tu solicitud de prácticas",
        "Lamentamos informarte de que Acme ha decidido rechazar tu solicitud de prácticas.",
    ),
    ("es", "Prácticas", "Tras revisarla, el departamento ha denegado su solicitud de prácticas."),
    (
        "it",
        "La tua richiesta di tirocinio",
        "Siamo spiacenti di informarti che Acme ha deciso di rifiutare la tua richiesta di "
        "tirocinio.",
    ),
    (
        "it",
        "Tirocinio",
        "Dopo un'attenta valutazione, la tua richiesta di stage è stata respinta dal dipartimento.",
    ),
    (
        "nl",
        "Je stageaanvraag",
        "Helaas moeten we je laten weten dat Acme je stageaanvraag heeft afgewezen.",
    ),
    (
        "nl",
        "Stage",
        "Na zorgvuldige overweging is je aanvraag voor een stageplaats afgewezen door de afdeling.",
    ),
    (
        "pt",
        "Seu pedido de estágio",
        "Lamentamos informar que a Acme decidiu recusar o seu pedido de estágio.",
    ),
    (
        "pt",
        "Estágio",
        "Após análise, a sua solicitação de estágio foi recusada pelo departamento.",
    ),
]
# The same verbs on another request: leave, a meeting, a refund.
OTHER_REQUEST_DECLINED = [
    (
        "en",
        "Your meeting request",
        "Unfortunately, Acme has decided to decline your meeting request at this time.",
    ),
    (
        "en",
        "Your leave request",
        "Your annual leave request for 3 to 7 March has been declined by your manager.",
    ),
    ("en", "Refund request", "We have declined your refund request as the item was used."),
    (
        "de",
        "Ihre Urlaubsanfrage",
        "Leider wurde Ihre Urlaubsanfrage von Ihrer Vorgesetzten abgelehnt.",
    ),
    ("fr", "Votre demande de congé", "Votre demande de congé a été refusée par votre responsable."),
    (
        "es",
        "Tu solicitud de vacaciones",
        "Tu solicitud de vacaciones ha sido rechazada por tu responsable.",
    ),
    (
        "it",
        "Richiesta di ferie",
        "La tua richiesta di ferie è stata respinta dal tuo responsabile.",
    ),
    ("nl", "Je verlofaanvraag", "Je verlofaanvraag is helaas afgewezen door je leidinggevende."),
    ("pt", "Seu pedido de férias", "O seu pedido de férias foi recusado pelo seu gestor."),
]


@pytest.mark.parametrize(("lang", "subject", "text"), REQUEST_DECLINED)
def test_an_internship_request_declined_is_a_rejection(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is True, v.reasons


@pytest.mark.parametrize(("lang", "subject", "text"), OTHER_REQUEST_DECLINED)
def test_another_request_declined_is_none(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons
