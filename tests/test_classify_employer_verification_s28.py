"""Issue 11, session 28 (branch sources14): a job board judging the employer's side.

From the dev unit ``zoomcareer/en`` (a job board's mail to an employer under its
"Application Update" heading: "your employer and company verification status has been updated
... Current Verification Status: Rejected ... Reason for Rejection: ..."): called a rejection,
the thing refused being the company's verification, not an application for a job. The kind in
every pack (``employer-verification``, an ``other_request`` look-alike: it keeps its weight in
mail with job words, as a tender or a leave request does): the verification of the reader's
company or employer account, or the reader's own job posting refused. Beside them, a job's no
that names a verification or a posting in another sense (a background check, the employer's job
ad the applicant answered) stays a rejection. 10 of the 14 look-alike cells were rejections on
main (every language's verification, the German and Dutch postings).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# The heading a job board puts over every status mail, in each language.
HEADING = {
    "en": "Application Update",
    "fr": "Suivi de votre candidature",
    "de": "Update zu Ihrer Bewerbung",
    "es": "Actualización de tu candidatura",
    "it": "Aggiornamento sulla tua candidatura",
    "nl": "Update over je sollicitatie",
    "pt": "Atualização da sua candidatura",
}
# (lang, subject, text): the employer's verification or posting refused by the board.
EMPLOYER_NO = [
    (
        "en",
        "Verification Update",
        "We would like to inform you that your employer and company verification status has "
        "been updated by our admin team. Current Verification Status: Rejected. Reason for "
        "Rejection: the company registration document could not be verified.",
    ),
    (
        "en",
        "Job Verification Status",
        "Your job posting titled Registered Nurse has been rejected by our team. "
        "Unfortunately, your job posting did not meet our verification criteria.",
    ),
    (
        "fr",
        "Vérification de votre compte",
        "La vérification de votre compte employeur a été refusée. Statut : refusé. Motif du "
        "refus : le document d'immatriculation de l'entreprise n'a pas pu être vérifié.",
    ),
    (
        "fr",
        "Votre offre d'emploi",
        "Malheureusement, votre offre d'emploi Infirmier de nuit a été refusée par notre "
        "équipe de modération. Statut : refusée.",
    ),
    (
        "de",
        "Verifizierung Ihres Unternehmens",
        "Die Verifizierung Ihres Unternehmens wurde abgelehnt. Status: abgelehnt. Grund der "
        "Ablehnung: Der Handelsregisterauszug konnte nicht geprüft werden.",
    ),
    (
        "de",
        "Ihre Stellenanzeige",
        "Leider wurde Ihre Stellenanzeige Pflegefachkraft (m/w/d) von unserem Team abgelehnt. "
        "Status: abgelehnt.",
    ),
    (
        "es",
        "Verificación de tu empresa",
        "La verificación de tu empresa ha sido rechazada. Estado: rechazado. Motivo del "
        "rechazo: no pudimos verificar el registro mercantil de la empresa.",
    ),
    (
        "es",
        "Tu oferta de empleo",
        "Lamentablemente, tu oferta de empleo Enfermera de noche ha sido rechazada por nuestro "
        "equipo. Estado: rechazada.",
    ),
    (
        "it",
        "Verifica della tua azienda",
        "La verifica della tua azienda è stata respinta. Stato: rifiutato. Motivo del rifiuto: "
        "non è stato possibile verificare la visura camerale dell'azienda.",
    ),
    (
        "it",
        "Il tuo annuncio",
        "Purtroppo il tuo annuncio di lavoro Infermiere notturno è stato rifiutato dal nostro "
        "team. Stato: rifiutato.",
    ),
    (
        "nl",
        "Verificatie van je bedrijf",
        "De verificatie van je bedrijf is afgewezen. Status: afgewezen. Reden van afwijzing: "
        "het KvK-uittreksel kon niet worden gecontroleerd.",
    ),
    (
        "nl",
        "Je vacature",
        "Helaas is je vacature Verpleegkundige nachtdienst door ons team afgewezen. "
        "Status: afgewezen.",
    ),
    (
        "pt",
        "Verificação da sua empresa",
        "Infelizmente não podemos aprovar a verificação da sua empresa. Status: recusado.",
    ),
    (
        "pt",
        "A sua vaga",
        "Lamentamos informar que a sua vaga Enfermeiro noturno não foi aprovada pela nossa "
        "equipa e foi rejeitada.",
    ),
]
# A job's no naming a verification or a posting in another sense, in the tests' job mail.
JOB_YES = [
    (
        "en",
        "Following the background verification, we are unable to proceed with your "
        "application for the Analyst role.",
    ),
    ("en", "Unfortunately your application for the job posting Data Engineer has been rejected."),
    (
        "fr",
        "Après vérification de vos références, nous ne donnerons pas suite à votre candidature "
        "au poste d'analyste.",
    ),
    ("de", "Leider müssen wir Ihre Bewerbung auf unsere Stellenanzeige Pflegefachkraft ablehnen."),
    ("es", "Lamentablemente tu candidatura a nuestra oferta de empleo ha sido rechazada."),
    ("it", "Purtroppo la sua candidatura al nostro annuncio di lavoro non è stata accolta."),
    ("nl", "Helaas is je sollicitatie op onze vacature afgewezen."),
    ("pt", "Infelizmente a sua candidatura à nossa vaga foi rejeitada."),
]


@pytest.mark.parametrize(("lang", "subject", "text"), EMPLOYER_NO)
def test_the_employers_verification_or_posting_refused_is_none(
    lang: str, subject: str, text: str
) -> None:
    v = weak(lang, subject, f"{HEADING[lang]}\n\n{text}")
    assert v.is_rejection is False, v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES)
def test_a_jobs_no_naming_a_verification_or_posting_stays(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection is True, v.reasons
