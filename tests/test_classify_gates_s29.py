"""Issue 11, session 29 (branch gates29): held-out kinds of real rejections the rules missed.

From bench/probes/{en,de,fr,es,it,nl,pt}-{yes,no}-56.txt (written from how employers, agencies
and ATS templates write, scored on main before any fix; no corpus text): the decision as a noun
phrase ("our decision is negative", "la respuesta es negativa"), passive and future decisions
("your application will not be taken any further", "no further action will be taken"), the
reader absent from the group that moves on, a cleft sentence ("it is another candidate whom we
appointed"), an application with a relative clause before its verb, the post that went to
someone else, an agency writing of its client and the reader's profile. Beside each, the same
words deciding nothing against the reader: a positive decision, an interview invitation, the
applicant declining an offer, "if you have not heard from us, assume ...".
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped

from agent.classify import Verdict, classify

# In the tests' ATS job mail: (lang, sentence).
JOB_YES = [
    ("en", "Our final decision on your candidacy is, I am sorry to say, negative."),
    ("en", "The outcome of your application was unfortunately not favourable."),
    ("en", "Your application for the Analyst post won't be taken any further."),
    ("en", "No further action will be taken on your application for this vacancy."),
    ("en", "Yours was not one of the applications we are progressing to interview."),
    ("en", "It was another applicant whom the panel chose to appoint."),
    ("en", "The application you submitted in May has regrettably not been shortlisted."),
    ("en", "In the end the position went to an internal candidate."),
    ("de", "Das Ergebnis Ihrer Bewerbung ist diesmal leider negativ."),
    ("de", "Die Geschäftsführung hat sich gegen eine Einladung zum Gespräch entschieden."),
    ("de", "Es ist ein anderer Bewerber, für den wir uns entschieden haben."),
    ("de", "Letztlich ging die Position an einen internen Kandidaten."),
    ("fr", "C'est une autre candidate que nous avons finalement choisie."),
    ("es", "La resolución del proceso ha sido, en tu caso, negativa."),
    ("es", "Es otro candidato el que ha sido elegido para el puesto."),
    ("es", "El cliente no sigue adelante con tu candidatura."),
    ("it", "La decisione del comitato è stata negativa."),
    ("it", "È un'altra candidata quella che abbiamo selezionato."),
    ("nl", "De uitkomst van je sollicitatie is helaas negatief."),
    ("nl", "Daarom is ons antwoord helaas nee."),
    ("nl", "Helaas is het een andere kandidaat geworden."),
    ("nl", "We hebben besloten er niet mee verder te gaan."),
    ("pt", "A nossa resposta à sua candidatura foi negativa."),
    ("pt", "O cargo ao qual se candidatou já foi preenchido."),
    ("pt", "Foi outra pessoa a escolhida para esta vaga."),
    ("de", "Dein Ergebnis im Eignungstest liegt leider unter der geforderten Mindestpunktzahl."),
    ("de", "Die Jury hat Ihre Bewerbung leider nicht für das Finale nominiert."),
    ("fr", "Ton résultat au questionnaire n'atteint pas le seuil fixé pour la suite."),
    ("es", "Su nota en el test técnico queda por debajo del corte establecido."),
    ("it", "Il tuo risultato nella prova tecnica è inferiore alla soglia prevista."),
    ("pt", "O seu resultado na prova não atingiu o mínimo exigido."),
]
JOB_NO = [
    ("en", "The outcome of your assessment is positive, and we would like to meet you."),
    ("en", "Our decision is in: we would like to offer you the position."),
    ("en", "It is you whom the panel chose to appoint, and the offer follows."),
    (
        "en",
        "If you have not heard from us in two weeks, please assume your application has not been successful.",
    ),
    ("de", "Das Ergebnis des Auswahlverfahrens ist positiv: Wir laden Sie ein."),
    ("de", "Die Geschäftsführung hat sich für eine Einladung zum Gespräch entschieden."),
    ("es", "La respuesta es positiva: queremos ofrecerte el puesto."),
    ("nl", "Ons besluit is positief: we bieden je de functie aan."),
    ("nl", "Het is jou geworden: gefeliciteerd!"),
    (
        "nl",
        "Heb je na twee weken niets gehoord, ga er dan van uit dat je sollicitatie niet is geselecteerd.",
    ),
    ("pt", "A resposta é positiva: queremos oferecer-lhe a vaga."),
    ("nl", "Het is geen afwijzing: we beslissen volgende week."),
    ("de", "Dein Ergebnis im Eignungstest liegt deutlich über der geforderten Mindestpunktzahl."),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "rejection"),
    [(*cell, True) for cell in JOB_YES] + [(*cell, False) for cell in JOB_NO],
)
def test_a_held_out_kind_is_a_no_and_its_look_alike_stays_none(
    lang: str, sentence: str, rejection: bool
) -> None:
    assert wrapped(lang, sentence).is_rejection is rejection, sentence


PERSON_SENDER = "Morgan Reid <morgan.reid@northwind-example.com>"


def person(subject: str, body: str) -> Verdict:
    """A consultant's short mail from a company address: job context only from its words."""
    return classify(mail(body, subject=subject, sender=PERSON_SENDER), [OWNER])


# An agency writing of its client and the reader's profile (weak job context in the sentence);
# the client's words about a product stay none.
@pytest.mark.parametrize(
    ("subject", "body", "rejection"),
    [
        (
            "Re: Update",
            "Hallo Alex,\n\nunser Kunde wird Ihr Profil leider nicht weiter verfolgen.\n\nViele Grüße\nMorgan",
            True,
        ),
        (
            "Re: Point",
            "Bonjour Alex,\n\nnotre client ne souhaite pas donner suite à votre profil.\n\nBien à vous,\nMorgan",
            True,
        ),
        (
            "Re: Novedades",
            "Hola Alex:\n\nel cliente ha decidido no avanzar con tu perfil.\n\nUn saludo,\nMorgan",
            True,
        ),
        (
            "Re: Point",
            "Bonjour Alex,\n\nj'ai eu le retour de l'entreprise : ils ont pris un autre profil.\n\nBien à vous,\nMorgan",
            True,
        ),
        (
            "Re: Angebot",
            "Hallo Alex,\n\nder Kunde möchte Ihr Angebot leider nicht weiter verfolgen.\n\nViele Grüße\nMorgan",
            False,
        ),
    ],
)
def test_an_agency_on_its_client_and_the_readers_profile(
    subject: str, body: str, rejection: bool
) -> None:
    assert person(subject, body).is_rejection is rejection, body


def test_the_subject_alone_names_an_unsuccessful_application() -> None:
    body = "Dear Alex,\n\nThank you for your interest in Acme.\n\nBest regards,\nAcme Talent Team"
    msg = mail(
        body, subject="Unsuccessful application: Data Engineer", sender="Acme <jobs@acme-corp.com>"
    )
    assert classify(msg, [OWNER]).is_rejection


def test_the_applicant_declining_an_offer_is_no_rejection() -> None:
    body = (
        "Hi Jane,\n\nThank you for the generous offer; after a lot of thought I have decided not "
        "to proceed, and I will have to decline it.\n\nBest regards,\nAlex"
    )
    msg = mail(body, subject="Re: Offer", sender="Alex Doe <alex.d.private@example.org>")
    assert not classify(msg, [OWNER]).is_rejection
