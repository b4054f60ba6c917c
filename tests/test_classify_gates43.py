"""Issue 11, session 38 (branch gates43): a refusal names what it refuses.

Probed in bench/probes/*-{no,yes}-78.txt (our own sentences, written before the fix); these
cells are other sentences of the same kinds. An application, a registration, a booking, or the
place, shortlist or selection refused, whose object is a programme, a cohort, an intake, a
course, an edition, an event, a team or an audition, is no job where nothing else in the mail is
job evidence (``applied-for-an-event-or-programme`` in every pack); a paid programme (a graduate,
trainee or internship programme), a post in the phrase or after it, and a public job call stay
rejections. Dev's false ones, as kinds: a pupil's school records asked for (``innolab/en``), a
game's or a chat's community server picking its moderators (``tdb/nl``). Job refusals round 78
found missed are read; their look-alikes (a condition, "nog niet", a Geschäftsstelle, a posto de
saúde) stay no.
"""

from __future__ import annotations

import pytest
from test_gates_offers import weak

from agent.classify import classify
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

# (lang, subject, sentence) under the weak wrapper: an organisation's no-reply address.
NO_JOB = [
    (
        "en",
        "Summer school",
        "We regret that your application for the July cohort of the summer academy was "
        "not successful.",
    ),
    (
        "en",
        "Open mic",
        "Sorry, your registration for the open mic night at the spring festival could not "
        "be accepted.",
    ),
    (
        "en",
        "Tryouts",
        "Unfortunately you did not make the selection for the first team this season.",
    ),
    (
        "de",
        "Sommerakademie",
        "Leider war Ihre Bewerbung für den Jahrgang 2027 der Sommerakademie nicht erfolgreich.",
    ),
    (
        "fr",
        "Salon",
        "Nous ne pouvons malheureusement pas retenir votre demande pour un stand au salon "
        "du livre.",
    ),
    (
        "es",
        "Coro",
        "Lamentablemente tu solicitud para el coro juvenil no ha sido aceptada esta temporada.",
    ),
    (
        "it",
        "Festival",
        "Purtroppo la tua candidatura per la prossima edizione del festival non è stata "
        "selezionata.",
    ),
    (
        "nl",
        "Zomerkamp",
        "Helaas is je aanmelding voor het zomerkamp niet geselecteerd.",
    ),
    (
        "pt",
        "Oficina",
        "Infelizmente a sua inscrição na oficina de fotografia não foi aceite.",
    ),
    (
        "nl",
        "Procedure",
        "Als je sollicitatie voor de functie van planner bij ons depot niet succesvol is, "
        "hoor je dat binnen twee weken.",
    ),
    (
        "nl",
        "Procedure",
        "We hebben nog niet alle kandidaten gesproken en u nog niet hebben geselecteerd.",
    ),
    (
        "de",
        "Ihr Antrag",
        "Leider war Ihr Antrag an die Geschäftsstelle des Vereins nicht erfolgreich.",
    ),
    (
        "pt",
        "Pedido",
        "Lamentamos, o seu pedido para o posto de saúde não foi aprovado.",
    ),
]
JOB_REFUSALS = [
    (
        "en",
        "Programme Manager",
        "Unfortunately your application for the Programme Manager role has not been successful.",
    ),
    (
        "en",
        "Graduate Programme",
        "We regret that your application to our Graduate Programme was not successful; we "
        "will not be offering you a position.",
    ),
    (
        "en",
        "Festival jobs",
        "Unfortunately your application for the Box Office Assistant job at the festival "
        "was not successful.",
    ),
    (
        "de",
        "Traineeprogramm",
        "Leider können wir Ihre Bewerbung für unser Traineeprogramm nicht berücksichtigen "
        "und Ihnen keine Stelle anbieten.",
    ),
    (
        "fr",
        "Programme de stages",
        "Nous ne donnerons pas suite à votre candidature au poste d'assistant de notre "
        "programme de stages.",
    ),
    (
        "es",
        "Programa de prácticas",
        "Lamentamos informarte de que tu candidatura al programa de prácticas para el puesto "
        "de analista no ha sido seleccionada.",
    ),
    (
        "pt",
        "Programa de estágios",
        "Lamentamos informar que a sua candidatura ao programa de estágios para a vaga de "
        "analista não foi selecionada.",
    ),
    (
        "nl",
        "Vacature 17",
        "Helaas is je sollicitatie voor de functie van planner bij ons depot in Tilburg niet "
        "succesvol.",
    ),
    (
        "nl",
        "Vacature 18",
        "Wij laten u weten dat wij u helaas niet hebben geselecteerd voor de functie.",
    ),
    (
        "de",
        "Ihre Bewerbung",
        "Leider war Ihre Bewerbung auf die Erzieherstelle in unserer Kita nicht erfolgreich.",
    ),
    (
        "it",
        "Avviso 12",
        "Siamo spiacenti: la sua candidatura per il posto di magazziniere presso la sede di "
        "Verona non è andata a buon fine.",
    ),
    (
        "pt",
        "Oferta 12",
        "Lamentamos informar que não foi selecionada para o lugar de rececionista.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "want"),
    [(*c, False) for c in NO_JOB] + [(*c, True) for c in JOB_REFUSALS],
)
def test_what_the_refusal_names(lang: str, subject: str, sentence: str, want: bool) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is want, v.reasons


@pytest.mark.parametrize(
    ("subject", "body", "sender", "want"),
    [
        # dev mies/es: "convocatoria" is often a job's (a call for professionals), so not read.
        (
            "Comunicado",
            "Estimado/a participante:\n\nLe informamos que no se ha aceptado su participación "
            "en esta convocatoria de selección de técnicos.\n\nAtentamente,\nDirección de "
            "Personal\n",
            "info@agencia.example",
            True,
        ),
        # dev innolab/en: a pupil's school records asked for are an admission's.
        (
            "Application Rejected",
            "Dear Alex,\n\nWe regret to inform you that your application has not been accepted."
            "\n\nReason: your school report was not submitted.\n\nBest regards,\nTeam "
            "Northfield\n",
            "Northfield <admissions@northfield.example>",
            False,
        ),
        # dev tdb/nl: a community server picking its moderators.
        (
            "Sollicitatie Blokland",
            "Beste Alex,\n\nHelaas moeten wij u meedelen dat uw sollicitatie voor Helper is "
            "afgewezen.\n\nMet vriendelijke groeten,\n\nBlokland\n\nBlokland 2026 | Kom naar "
            "onze minecraft server!\n",
            "Blokland <noreply@blokland.example>",
            False,
        ),
        # The community server yields to who writes (patterns.toml member_body_yields).
        (
            "Your application",
            "Hi Alex,\n\nThank you for applying for the Gameplay Programmer position at "
            "Pixelforge. Unfortunately we have decided to move forward with other candidates."
            "\n\nBest,\nThe Pixelforge Talent Team\n\nFollow us and join our Discord server!\n",
            "Pixelforge <no-reply@pixelforge.example>",
            True,
        ),
    ],
)
def test_whole_mails(subject: str, body: str, sender: str, want: bool) -> None:
    v = classify(parse_bytes(mail(subject, body, sender=sender)), [OWNER])
    assert v.is_rejection is want, v.reasons
