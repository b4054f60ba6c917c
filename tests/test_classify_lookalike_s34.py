"""Issue 11, session 32 (branch lookalike34): a supplier's application refused, held out in *-63.

A supplier's or seller's application to a marketplace, a buying panel, a procurement framework
or a tender, refused in a job's words ("didn't meet our assessment standards", a case study
that "does not meet our requirements"): labelled ``not_a_job`` in the corpus (dev units
dtamarketplace/en, dtaapi/en), so no rejection. A job's case study, a procurement post and a
panel interview stay rejections. A volunteer placement refused is a volunteer's own application
(en-no-5). Sentences other than the probes'.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# A supplier's or seller's application refused: (lang, subject, sentence).
SUPPLIER = [
    (
        "en",
        "Your seller application",
        "Unfortunately your application to join the Training Services Marketplace did not meet"
        " our standards, so we cannot approve it.",
    ),
    (
        "en",
        "Assessment outcome",
        "Unfortunately your case study does not meet our criteria, as it does not describe the"
        " services your agency provided to the client.",
    ),
    (
        "en",
        "Supplier onboarding",
        "We regret that your registration as an approved supplier has been unsuccessful.",
    ),
    (
        "de",
        "Rahmenvertrag",
        "Ihre Bewerbung um Aufnahme in den Rahmenvertrag konnte leider nicht berücksichtigt"
        " werden.",
    ),
    (
        "fr",
        "Accord-cadre",
        "Nous avons le regret de vous informer que votre candidature à l'accord-cadre n'a pas"
        " été retenue.",
    ),
    (
        "es",
        "Licitación",
        "Lamentamos comunicarle que su candidatura a la licitación no ha sido seleccionada.",
    ),
    (
        "it",
        "Gara",
        "Siamo spiacenti, la sua candidatura per la gara d'appalto non è stata selezionata.",
    ),
    (
        "nl",
        "Uw inschrijving",
        "Helaas is uw registratie als leverancier afgewezen.",
    ),
    (
        "pt",
        "Licitação",
        "Lamentamos informar que a sua candidatura na licitação foi recusada.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), SUPPLIER)
def test_a_suppliers_refused_application_is_no_job_rejection(
    lang: str, subject: str, sentence: str
) -> None:
    verdict = weak(lang, subject, sentence)  # an organisation's no-reply mail
    assert not verdict.is_rejection, (sentence, verdict.reasons)


# In the tests' ATS job mail: a job's no in the same words, each a rejection.
JOB_YES = [
    ("en", "Unfortunately your case study did not meet our requirements for this role."),
    ("en", "Your application for the Vendor Manager role has not been successful."),
    ("en", "The selection panel has decided not to take your application further."),
    (
        "de",
        "Ihre Bewerbung als Einkäuferin im Lieferantenmanagement können wir leider nicht berücksichtigen.",
    ),
    ("fr", "Votre candidature au poste d'acheteuse fournisseurs n'a pas été retenue."),
    ("es", "Su candidatura para el puesto de Técnico de Licitaciones no ha sido seleccionada."),
    (
        "it",
        "Abbiamo deciso di non proseguire con la sua candidatura come Specialista Gare d'Appalto.",
    ),
    ("pt", "A sua candidatura para a vaga de Analista de Licitações não foi selecionada."),
]


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES)
def test_a_jobs_no_in_a_suppliers_words_stays_a_rejection(lang: str, sentence: str) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection, (sentence, verdict.reasons)


def test_a_volunteer_placement_refused_is_no_job_rejection() -> None:
    verdict = wrapped("en", "Sadly we cannot offer you a volunteer placement this summer.")
    assert not verdict.is_rejection, verdict.reasons
