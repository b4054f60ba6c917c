"""Issue 11, session 25 (branch italian3): Italian and French refusals in every mail shape.

The mail shapes of bench/probes/{it,fr}-{yes,no}-50.txt that a sentence cell cannot carry (the
cells are tests/test_classify_paradigms_eu.py's YES_25 / NO_25): an ATS's English status template
under a translated subject, a short Italian reply read as Italian, an expense claim HR refused.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail

from agent.classify import classify

# An ATS's English status template under a translated subject: the subject read in its language.
STATUS_BODY = (
    "Dear Alex,\n\nThe status of your application for Data Engineer (R-4411) has been updated. "
    "Sign in to the candidate home page to see it.\n\nAcme Careers"
)
ATS = "Acme Careers <no-reply@acme-corp.myworkdayjobs.com>"


@pytest.mark.parametrize(
    ("subject", "rejection"),
    [
        ("La tua candidatura per Magazziniere: non selezionata", True),
        ("Votre candidature pour Magasinier : non retenue", True),
        ("La tua candidatura per Magazziniere: in valutazione", False),
        ("Votre candidature pour Magasinier : entretien à planifier", False),
    ],
)
def test_an_english_template_under_a_translated_subject(subject: str, rejection: bool) -> None:
    v = classify(mail(STATUS_BODY, subject=subject, sender=ATS), [OWNER])
    assert v.is_rejection is rejection, v.reasons


def test_a_short_italian_reply_reads_italian_and_a_refused_expense_claim_is_no_job_no() -> None:
    reply = mail(
        "Buongiorno,\n\nla posizione è già stata coperta. Grazie comunque.\n\nMorgan",
        subject="Re: Candidatura cameriere",
        sender="Morgan Reid <morgan.reid@northwind-example.com>",
    )
    v = classify(reply, [OWNER])
    assert v.language == "it" and v.is_rejection, v.reasons
    expense = mail(
        "Ciao Alex,\n\nLa nota spese di marzo non è stata accolta: manca la ricevuta.\n\n"
        "Acme Risorse Umane",
        subject="Nota spese",
        sender="Acme HR <hr@acme-corp.com>",
    )
    assert not classify(expense, [OWNER]).is_rejection
