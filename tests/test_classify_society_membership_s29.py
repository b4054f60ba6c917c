"""Issue 11, session 29 (branch sources15a): an application to become a society's member.

From the dev unit ``escuelahispanica/es`` (an academic society's mail to an applicant for
academic membership, its committee refusing "su solicitud como Miembro Académico", and in its
first version the candidacy to its members' programme "no ha sido seleccionada"): called a
rejection, the refused thing being a membership, not a job. The kind in every pack
(``society-membership``, a ``not_a_job`` look-alike): an application, candidacy or request as a
member, or to become one, of a society, academy, association or club. Beside each, a job's no
that names a member of the employer's team or a membership post stays a rejection. 9 of the 10
look-alike cells were rejections before the change (all but the Dutch one). Job titles that
hold "member" ("Team Member", "miembro de equipo") stay rejections in mail with little job
context.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# (lang, subject, text): a membership refused by a society's committee.
MEMBERSHIP_NO = [
    (
        "es",
        "Resultado de su solicitud",
        "Tras estudiar su expediente, la junta de la Academia ha resuelto rechazar su solicitud "
        "como miembro de número.",
    ),
    (
        "es",
        "Su candidatura",
        "Gracias por su interés en el programa de socios de la Fundación. Lamentamos informarle "
        "de que su candidatura no ha sido seleccionada este año.",
    ),
    (
        "es",
        "Resultado de su solicitud",
        "Lamentamos comunicarle que su candidatura para hacerse socio de la Academia no ha sido "
        "seleccionada.",
    ),
    (
        "en",
        "Result of your application",
        "Following the evaluation of your candidacy, the scientific committee has decided to "
        "reject your application as an Academic Member of the Academy on this occasion.",
    ),
    (
        "en",
        "Result of your application",
        "We are sorry to tell you that your application to become a Fellow Member of the Academy "
        "was not selected this year.",
    ),
    (
        "fr",
        "Résultat de votre demande",
        "Nous avons le regret de vous informer que votre candidature en tant que membre "
        "académique de l'Académie n'a pas été retenue.",
    ),
    (
        "de",
        "Ergebnis Ihres Antrags",
        "Leider müssen wir Ihnen mitteilen, dass Ihre Bewerbung als akademisches Mitglied der "
        "Akademie abgelehnt wurde.",
    ),
    (
        "it",
        "Esito della sua domanda",
        "Siamo spiacenti di comunicarle che la sua candidatura come membro accademico "
        "dell'Accademia non è stata accolta.",
    ),
    (
        "nl",
        "Uitslag van uw aanvraag",
        "Helaas moeten wij u meedelen dat uw kandidatuur als academisch lid van de Academie is "
        "afgewezen.",
    ),
    (
        "pt",
        "Resultado da sua candidatura",
        "Lamentamos informar que a sua candidatura como membro académico da Academia não foi "
        "aceite.",
    ),
]
# A job's no naming a member of the employer's team, or a membership post, in the tests' job mail.
JOB_YES = [
    (
        "es",
        "Lamentablemente su candidatura para el puesto de Técnico de Membresías ha sido rechazada.",
    ),
    (
        "es",
        "Lamentamos comunicarle que su candidatura para formar parte de nuestro equipo como "
        "miembro del personal docente no ha sido seleccionada.",
    ),
    ("en", "Unfortunately your application for the Membership Officer role has been unsuccessful."),
    (
        "en",
        "We regret to inform you that your application to become a member of our engineering team "
        "has not been successful.",
    ),
    (
        "fr",
        "Votre candidature pour devenir membre de notre équipe commerciale n'a pas été retenue.",
    ),
    ("de", "Leider müssen wir Ihre Bewerbung als Mitglied unseres Teams ablehnen."),
    ("it", "Purtroppo la sua candidatura come membro del nostro team non è stata accolta."),
    ("nl", "Helaas is je sollicitatie als lid van ons team afgewezen."),
]


# A job title with "member" in it, in mail with little job context (``weak``): the look-alike
# must not take it for a society's member ("Team Member", "Crew Member", "miembro de equipo").
TITLE_YES = [
    (
        "en",
        "Your application",
        "Unfortunately, your application as a Team Member has been unsuccessful.",
    ),
    (
        "en",
        "Your application",
        "We regret to inform you that your application to become a Crew Member was not successful.",
    ),
    (
        "es",
        "Su candidatura",
        "Lamentablemente, su candidatura como miembro de equipo no ha sido seleccionada.",
    ),
    (
        "fr",
        "Votre candidature",
        "Votre candidature en tant que membre d'équipe n'a pas été retenue.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "text"), MEMBERSHIP_NO)
def test_a_societys_membership_refused_is_none(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons
    assert v.category == "not_a_job", v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES)
def test_a_jobs_no_naming_a_team_member_stays(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection is True, v.reasons


@pytest.mark.parametrize(("lang", "subject", "text"), TITLE_YES)
def test_a_job_title_naming_a_member_stays_with_weak_context(
    lang: str, subject: str, text: str
) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is True, v.reasons
