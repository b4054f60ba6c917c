"""Issue 11, session 34 (branch devmiss36): round 69's kinds, from two dev misses.

Probed in bench/probes/*-{no,yes}-69.txt (our own sentences, not the dev mails'); these cells
are other sentences of the same kinds. An application to sit an exam, or for a certification or
a licence, refused in a job's words is no job's no (dev ``mrcgp/en``), even where an internship's
certificate is named; a competitive exam for a post (concours, oposiciones, concorsi, the civil
service) and a post named after exams stay rejections. A return-to-work programme or a
returnship places people in paid work: its refusal is a job's no (dev ``yltat/en``).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# An exam, a certification or a licence applied for and refused: (lang, subject, sentence).
NOT_A_JOB = [
    (
        "en",
        "Application Status Update",
        "We regret to inform you that your application for the Diploma in Tropical Medicine "
        "Final Examination could not be approved. Current Status: Rejected.",
    ),
    (
        "en",
        "Exam application",
        "Your application to take the licensing exam was declined because your internship "
        "certificate was not signed by the supervising hospital.",
    ),
    (
        "de",
        "Ihre Anmeldung",
        "Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Anmeldung zur Gesellenprüfung nicht "
        "genehmigt werden konnte, da der Nachweis über Ihr Praktikum fehlt. Status: Abgelehnt.",
    ),
    (
        "fr",
        "Votre demande",
        "Nous regrettons de vous informer que votre inscription à l'examen de fin de formation "
        "n'a pas été approuvée : l'attestation de stage manque. Statut : refusée.",
    ),
    (
        "es",
        "Su solicitud",
        "Lamentamos informarle de que su solicitud para el examen de certificación de "
        "idiomas no ha sido aprobada.",
    ),
    (
        "it",
        "La sua domanda",
        "Siamo spiacenti di informarla che la sua domanda di certificazione come guida turistica "
        "non è stata approvata: manca l'attestato di tirocinio. Stato: Respinta.",
    ),
    (
        "nl",
        "Uw aanvraag",
        "Helaas moeten wij u meedelen dat uw inschrijving voor het praktijkexamen niet is "
        "goedgekeurd, omdat het bewijs van uw stage ontbreekt. Status: Afgewezen.",
    ),
    (
        "pt",
        "O seu pedido",
        "Lamentamos informar que o seu pedido de certificação como tradutor não foi aprovado, "
        "pois falta o certificado de estágio. Estado: Rejeitado.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), NOT_A_JOB)
def test_an_exam_certification_or_licence_refused_is_no_job(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


# Job mail that names an exam: a competitive exam for a post, a post named after exams.
STAYS = [
    (
        "en",
        "Unfortunately you did not pass the civil service examination for the post of "
        "Clerical Officer, so your application will not proceed.",
    ),
    ("en", "Your application for the Examinations Officer role has not been successful."),
    (
        "de",
        "Leider haben Sie die Einstellungsprüfung nicht bestanden, wir können Ihre Bewerbung nicht berücksichtigen.",
    ),
    (
        "fr",
        "Nous avons le regret de vous informer que vous n'avez pas été admis au concours d'attaché.",
    ),
    (
        "es",
        "Lamentamos comunicarle que no ha superado el examen de la oposición de Auxiliar Administrativo.",
    ),
    ("it", "Siamo spiacenti, non è stato ammesso all'esame del concorso pubblico per istruttore."),
    ("nl", "Helaas is uw sollicitatie voor de functie van examencoördinator afgewezen."),
    ("pt", "Lamentamos informar que não foi aprovado no exame do concurso público para técnico."),
]


@pytest.mark.parametrize(("lang", "sentence"), STAYS)
def test_a_public_exam_for_a_post_or_an_exams_post_stays_a_rejection(
    lang: str, sentence: str
) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        (
            "Application Not Approved",
            "Thank you for your interest in the Return to Work Programme. We regret to inform "
            "you that your application has not been approved at this time.",
        ),
        (
            "Your application",
            "We regret to inform you that your returnship application has not been approved.",
        ),
    ],
)
def test_a_return_to_work_programmes_refusal_is_a_rejection(subject: str, sentence: str) -> None:
    v = weak("en", subject, sentence)
    assert v.is_rejection, v.reasons


# Round 69's yes misses with no decision on main: nl's no in a subordinate clause ("dat ... niet
# is goedgekeurd"), pt's "não avançou nesta fase".
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "nl",
            "We laten je weten dat je sollicitatie voor de functie van magazijnmedewerker "
            "helaas niet is goedgekeurd.",
        ),
        (
            "pt",
            "Informamos que a sua candidatura à vaga de assistente administrativo não avançou "
            "nesta fase.",
        ),
    ],
)
def test_a_no_in_a_subclause_or_at_this_stage_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


def test_an_application_not_yet_approved_is_no_rejection() -> None:
    v = wrapped("nl", "Je sollicitatie is nog niet goedgekeurd door de manager.")
    assert not v.is_rejection, v.reasons
