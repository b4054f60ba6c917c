"""Issue 11, session 31 (branch sources23): a funder's refusal of an application for funding.

From the dev unit ``ukri/en`` (UK Research and Innovation's Funding Service: "We regret to
inform you that your application for funding has not been successful"): three of its four
refusals were called rejections, "application for funding" having no article before the thing
the rules' ``application-for-a-thing`` reads. The kind in every pack (``application-for-funding``,
a ``not_a_job`` look-alike, where a pack had no frame for it yet): an application for funding,
a grant or a subsidy refused. The probe sentences are our own wording. Beside them, a job's no
that names funding (a post funded by a grant, a funding officer's post) stays a rejection.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# (lang, subject, text): an application for funding refused.
FUNDING_NO = [
    (
        "en",
        "Funding decision",
        "Your application for funding has not been successful\n\nWe regret to inform you that "
        "your application for funding has not been successful.",
    ),
    (
        "en",
        "Funding decision",
        "We regret to inform you that an application for research funding from your "
        "organisation has not been successful.",
    ),
    (
        "fr",
        "Décision de financement",
        "Nous avons le regret de vous informer que votre demande de financement n'a pas été "
        "retenue.",
    ),
    (
        "de",
        "Förderentscheidung",
        "Leider müssen wir Ihnen mitteilen, dass Ihr Antrag auf Förderung nicht bewilligt wurde.",
    ),
    (
        "es",
        "Resolución de la convocatoria",
        "Lamentamos informarle de que su solicitud de financiación no ha sido seleccionada.",
    ),
    (
        "it",
        "Esito del bando",
        "Siamo spiacenti di comunicarle che la sua domanda di finanziamento non è stata accolta.",
    ),
    (
        "nl",
        "Besluit over uw aanvraag",
        "Helaas moeten wij u meedelen dat uw aanvraag voor subsidie niet is toegekend.",
    ),
    (
        "pt",
        "Resultado do edital",
        "Lamentamos informar que o seu pedido de financiamento não foi aprovado.",
    ),
]
# A job's no that names funding, in the tests' job mail.
JOB_YES = [
    (
        "en",
        "Unfortunately your application for the Funding Officer role has not been successful.",
    ),
    (
        "en",
        "Unfortunately your application for the Research Funding Manager position has not been "
        "successful.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "text"), FUNDING_NO)
def test_a_refused_application_for_funding_is_none(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons
    assert v.category == "not_a_job", v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES)
def test_a_jobs_no_that_names_funding_stays(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection is True, v.reasons
