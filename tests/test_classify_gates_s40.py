"""Issue 11, session 36 (branch gates40): round 72 (held out in bench/probes/{it,pt,de,nl}-*-72.txt)
and the members' body (dev jesap/it).

A student association's or a junior enterprise's recruiting admits members, not staff: its no is no
job's even when its "Team HR" signs and it speaks of interviews and a trial period. Who it is is named
by the sender or the signature's head, or in the text as "our ..." or beside a membership word; a
company's no that names the reader's own association stays a no. Sentences are our own, not the dev
mails'.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_gates_s31 import hr
from test_classify_grammar import wrapped

from agent.classify import classify


def _members_mail(body: str, signature: str) -> bool:
    msg = mail(
        f"Ciao Robin,\n\n{body}\n\nUn saluto,\n{signature}",
        subject="Esito del colloquio",
        sender="Team HR Polaris <recruitment@polaris-students.example>",
    )
    return classify(msg, [OWNER]).is_rejection


def test_a_junior_enterprise_signing_selects_members() -> None:
    body = "grazie per il colloquio. Purtroppo non sei stato ammesso alla fase successiva."
    assert not _members_mail(body, "Team HR — Polaris Junior Enterprise")


def test_the_same_no_signed_by_a_company_stays_a_no() -> None:
    body = "grazie per il colloquio. Purtroppo non sei stato ammesso alla fase successiva."
    assert _members_mail(body, "Team HR — Polaris Consulting S.r.l.")


# Round 72's kinds and the counter-cases added after the fixes, in the tests' ATS job mail.
IN_JOB_MAIL = [
    ("it", "L'esito della prova scritta non ti consente di accedere all'orale.", True),
    ("it", "Aggiornamento: purtroppo non procederemo.", True),
    ("it", "Se il certificato non arriva entro lunedì, non procederemo.", False),
    ("it", "La selezione si è conclusa con esito positivo: benvenuto a bordo!", False),
    (
        "it",
        "Ci è piaciuta la tua esperienza nell'associazione studentesca, ma abbiamo scelto un altro profilo.",
        True,
    ),
    ("pt", "O seu currículo não atende, de momento, aos requisitos da função.", True),
    ("pt", "Se o seu currículo não atender aos requisitos, não entraremos em contacto.", False),
    ("pt", "Depois da entrevista, não iremos avançar contigo.", True),
    ("nl", "U wordt niet voorgedragen voor benoeming.", True),
    ("nl", "Je bent niet doorgegaan naar de tweede ronde.", True),
    ("nl", "Gefeliciteerd: de functie gaat naar jou, het contract volgt.", False),
    ("de", "Die Rolle geht an eine andere Bewerberin.", True),
    ("de", "Nach dem Probetag machen wir leider nicht mit Ihnen weiter.", True),
]


@pytest.mark.parametrize(("lang", "sentence", "is_no"), IN_JOB_MAIL)
def test_in_the_job_mail(lang: str, sentence: str, is_no: bool) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("Nota spese", "La nota spese n. 88 non è stata approvata."),
        ("Declaratie", "Declaratie nr. 88 is afgewezen."),
        ("Despesas", "A despesa n.º 88 não foi aprovada."),
        ("Kursanmeldung", "Ihre Anmeldung zum Kurs Python wurde leider abgelehnt."),
    ],
)
def test_a_numbered_request_or_a_course_is_no_rejection(subject: str, sentence: str) -> None:
    verdict = hr(subject, sentence)
    assert not verdict.is_rejection, verdict.reasons
