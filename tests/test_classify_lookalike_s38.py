"""Issue 11, session 35 (branch devmiss37): round 71, places that are no job, refused in a job's words.

Probed in bench/probes/{en,pt,fr,es}-{no,yes}-71.txt (our own sentences, no corpus text); these
cells are other sentences of the same kinds, after dev's hackit/en, labs/en and ajundeai/pt: an
invitation, acceptance or admission to a place called by its own name (a hackathon, an event, a
programme), a place at an edition named with its year, an NGO's volunteer place, a bootcamp or a
mentoring programme. The job's own "invite you to the next round", a graduate or internship
programme and a paid post at an NGO stay rejections.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# Places that are no job, refused, from the organisation's own address: (lang, subject, sentence).
NOT_A_JOB = [
    (
        "en",
        "Your application",
        "Sadly, we are unable to offer you an invitation to Byte Jam 2027.",
    ),
    (
        "en",
        "Summer cohort",
        "We regret we are not able to offer you acceptance to Civic Coders this summer. We hope "
        "you find another great experience, whether an internship or a side project.",
    ),
    (
        "pt",
        "Sua candidatura",
        "Agradecemos seu interesse na vaga Apoio na biblioteca comunitária, vinculada à ONG Livro "
        "Aberto. Após analisar seu currículo, infelizmente você não foi selecionado(a).",
    ),
    (
        "pt",
        "Sua inscrição",
        "Infelizmente não poderemos oferecer a você um convite para o Festival Dados Abertos.",
    ),
    (
        "pt",
        "Programa de mentoria",
        "Infelizmente você não foi selecionada para o programa de mentoria Meninas Digitais.",
    ),
    (
        "fr",
        "Votre inscription",
        "Malheureusement, nous ne pouvons pas vous proposer une place au Festival Code Libre 2027.",
    ),
    (
        "fr",
        "Votre candidature",
        "Votre candidature pour la mission bénévole Jardin partagé n'a pas été retenue.",
    ),
    (
        "es",
        "Tu solicitud",
        "Lamentablemente no podemos ofrecerte una invitación a DevFiesta 2027.",
    ),
    (
        "es",
        "Resultado",
        "Lamentablemente no has sido admitida en el bootcamp Datos Ya.",
    ),
]

# Job rejections in the same words, in job mail: (lang, sentence).
JOBS = [
    (
        "en",
        "We are unable to offer you an invitation to Acme Graduate Assessment Day for the "
        "Analyst role.",
    ),
    ("en", "Unfortunately we cannot offer you a place on Acme's Graduate Scheme 2027."),
    (
        "pt",
        "Sua candidatura para a vaga de Educadora (CLT, salário a combinar), vinculada à ONG "
        "Livro Aberto, não foi selecionada.",
    ),
    ("pt", "Infelizmente não poderemos oferecer a você uma vaga no Programa Trainee 2027."),
    (
        "fr",
        "Votre candidature au poste de Chargée de mission (CDI) auprès de l'ONG Lire Ensemble "
        "n'a pas été retenue.",
    ),
    ("es", "Lamentablemente no podemos ofrecerte una invitación a la entrevista final."),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), NOT_A_JOB)
def test_a_named_programme_event_or_volunteer_place_refused_is_no_job(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOBS)
def test_the_jobs_own_invitation_programme_or_paid_ngo_post_stays_a_rejection(
    lang: str, sentence: str
) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
