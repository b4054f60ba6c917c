"""Issue 11, session 31 (branch gates31): held-out kinds of real rejections the rules missed.

From bench/probes/{en,de,fr,es,it,nl,pt}-{yes,no}-58.txt (written from how employers, agencies
and ATS templates write, scored on main before any fix; no corpus text): a review and a refusal
coordinated in the passive with the agent after ("reviewed and, regrettably, declined by the
hiring team"), a team prioritising candidates with more of something, "unable to take your
application further", an application that "did not convince" after an aside, a label "result:
unfavourable" in a subject. Beside each, the same words deciding nothing against the reader: a
hiring freeze the reader's offer survives, the reader found to be the best fit, an expense claim
reviewed and declined.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped

from agent.classify import Verdict, classify

# In the tests' ATS job mail: (lang, sentence).
JOB_YES = [
    ("en", "Your resume was read by our recruiters and, sadly, rejected by the line manager."),
    ("en", "In the end the committee's preference was for an internal candidate."),
    (
        "de",
        "Deine Unterlagen wurden sorgfältig gesichtet und von der Abteilung nicht berücksichtigt.",
    ),
    ("de", "Deine Bewerbung konnte uns nach dem Gespräch mit dem Team nicht ganz überzeugen."),
    ("de", "Leider sind wir nicht in der Lage, deine Kandidatur weiter zu berücksichtigen."),
    ("de", "Wir haben entschieden, mit anderen Kandidaten weiterzugehen."),
    ("de", "Wir haben beschlossen, Kandidaten mit längerer Führungserfahrung den Vorzug zu geben."),
    ("fr", "Ton dossier a été étudié avec attention, mais il a été écarté."),
    ("fr", "L'équipe a décidé de retenir une candidate davantage expérimentée."),
    ("fr", "Nous ne pouvons pas aller plus loin dans ton processus."),
    ("es", "Hemos optado por seguir con personas mejor alineadas con el puesto."),
    ("es", "La empresa ha decidido dar prioridad a perfiles con mayor experiencia comercial."),
    ("es", "Respuesta de su candidatura: desfavorable."),
    ("it", "Il tuo curriculum è stato valutato e, dopo un confronto, respinto."),
    ("nl", "We hebben ervoor gekozen om door te gaan met iemand met meer ervaring."),
    ("pt", "O seu currículo foi avaliado pela equipa e descartado."),
    ("pt", "A empresa optou por priorizar profissionais com mais experiência."),
    ("pt", "Resposta: desfavorável."),
    # Round 2: the decision not in the reader's favour, nobody right among the applicants, the
    # offer gone to the other finalist, an agency's client choosing another agency's candidate.
    ("en", "Sadly the outcome did not fall in your favour."),
    (
        "en",
        "We could not identify a suitable candidate from the shortlist, so the role will reopen.",
    ),
    ("de", "Leider haben wir unter den Bewerbern keinen geeigneten Kandidaten gefunden."),
    ("de", "Die Stelle ging leider an einen anderen Bewerber."),
    ("fr", "Notre réponse n'est pas favorable pour vous."),
    ("fr", "Nous n'avons pas trouvé la bonne personne parmi nos candidats."),
    ("es", "Estado de tu candidatura: no continúa en el proceso."),
    ("es", "Finalmente optó por una persona propuesta por otra agencia."),
    ("es", "No hemos encontrado un candidato idóneo entre los postulantes."),
    ("it", "L'esito non è a tuo favore."),
    ("it", "Il ruolo è stato assegnato a un altro candidato."),
    ("it", "L'azienda ha preferito una persona segnalata da un'altra società."),
    ("nl", "De uitslag was dus niet in uw voordeel."),
    ("nl", "Helaas hebben we niet de geschikte persoon gevonden."),
    ("pt", "O resultado não é positivo para si."),
    ("pt", "A posição foi atribuída a outro candidato."),
    ("pt", "Não conseguimos encontrar uma pessoa adequada entre os candidatos."),
    ("pt", "A empresa contratou uma pessoa indicada por outra agência."),
    # Round 3: an offer not upheld after the references, a search closed without a hire, no
    # contract offered after a trial day.
    ("en", "Regrettably we can no longer honour the conditional offer of employment."),
    ("de", "Leider können wir das Vertragsangebot an Sie nicht mehr aufrechterhalten."),
    ("de", "Das Auswahlverfahren wurde ohne Einstellung beendet."),
    ("fr", "Nous ne sommes plus en mesure d'honorer cette promesse d'embauche."),
    ("es", "No nos es posible mantener la oferta de empleo."),
    ("it", "Non possiamo mantenere l'offerta."),
    ("nl", "Helaas kunnen we het contractaanbod niet meer handhaven."),
    ("nl", "We hebben besloten u geen vast contract aan te bieden."),
    ("pt", "Não conseguimos manter a oferta de trabalho."),
    ("pt", "A empresa decidiu não lhe fazer uma proposta."),
    # Round 4: the application not taken to the next phase, another road for the role, an
    # agency's client who saw the profile and does not go on.
    ("de", "Leider können wir deine Unterlagen nicht für die nächste Runde berücksichtigen."),
    ("it", "Purtroppo non possiamo portare avanti il tuo profilo al prossimo step."),
    ("nl", "Uw kandidatuur gaat helaas niet door."),
    ("nl", "We namen uw cv niet mee naar de selectie."),
    ("pt", "Não podemos levar sua candidatura para a próxima etapa."),
    ("fr", "Nous avons finalement opté pour une autre piste sur ce recrutement."),
    ("pt", "Optamos por outra direção para o cargo."),
    ("en", "My client has looked at your CV and won't be taking things further."),
    ("es", "El cliente ha visto tu currículum y ha decidido no avanzar."),
    ("nl", "De klant heeft je cv doorgenomen en gaat er niet mee verder."),
    # Round 5: the post kept for a colleague back from leave, the hire moved to another level,
    # the application documents sent back, pt-BR "não dar andamento".
    ("en", "The role will be covered by one of our team members returning from sick leave."),
    ("fr", "Le poste sera repris par l'une de nos collaboratrices de retour de congé maternité."),
    ("es", "La vacante será cubierta por un colaborador que se reincorpora de su excedencia."),
    ("it", "Il ruolo sarà affidato a un collega di ritorno dal congedo."),
    ("en", "We have opted to hire at a different level, so we won't be moving forward."),
    ("de", "Wir haben beschlossen, die Stelle mit einer anderen Erfahrungsstufe zu besetzen."),
    ("fr", "Nous avons choisi d'ouvrir le poste à un profil plus expérimenté."),
    ("es", "Hemos optado por buscar un perfil más senior."),
    ("nl", "We hebben besloten om deze rol op een ander niveau in te vullen."),
    ("en", "We are returning your application documents with thanks for your interest."),
    ("it", "Le rinviamo il curriculum ricevuto, con i nostri migliori auguri."),
    ("pt", "Decidimos não dar seguimento ao seu processo."),
]
JOB_NO = [
    ("en", "Despite our hiring freeze, your contract is signed and your start date holds."),
    ("de", "Trotz Einstellungsstopp bleibt Ihre Zusage bestehen."),
    ("de", "Ihre Bewerbung hat uns sehr überzeugt, wir laden Sie gerne ein."),
    ("it", "Abbiamo trovato in te il candidato più adatto e vorremmo farti un'offerta."),
    ("nl", "Ondanks een vacaturestop gaat jouw aanstelling gewoon door."),
    ("en", "If the decision does not go your way, we will still send detailed feedback."),
    (
        "de",
        "Falls wir unter den Bewerbungen nicht die passende Person gefunden haben, schreiben wir neu aus.",
    ),
    ("fr", "La décision a été en votre faveur, félicitations !"),
    ("it", "Non abbiamo ancora trovato il profilo adatto tra le candidature: lei resta in corsa."),
    ("pt", "A decisão foi favorável a si: parabéns!"),
    ("en", "We are unable to honour the offer price after Friday."),
    ("fr", "Nous ne pouvons pas confirmer notre proposition avant d'avoir reçu vos références."),
    ("es", "Aún no podemos confirmar la oferta: esperamos tus referencias."),
    ("it", "Non possiamo confermare l'offerta finché non arrivano le referenze."),
    ("nl", "We kunnen het aanbod niet bevestigen totdat de referenties binnen zijn."),
    ("pt", "Ainda não podemos confirmar a proposta: aguardamos as referências."),
    ("en", "The client reviewed your proposal but didn't take it forward this quarter."),
    ("fr", "On est partis sur une autre option pour le traiteur."),
    ("nl", "Je sollicitatie gaat door naar de volgende ronde."),
    ("it", "Le restituiamo i documenti da firmare entro venerdì."),
    ("pt", "Vamos dar andamento à sua candidatura na próxima semana."),
    ("en", "Your colleague returning from leave will cover the onboarding on Monday."),
]


CASES = [(lang, s, True) for lang, s in JOB_YES] + [(lang, s, False) for lang, s in JOB_NO]


@pytest.mark.parametrize(("lang", "sentence", "is_no"), CASES)
def test_a_held_out_kind_is_a_no_and_its_look_alike_is_not(
    lang: str, sentence: str, is_no: bool
) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)


def test_the_requisition_the_reader_opened_is_the_readers_own_hire() -> None:
    """An HR system telling a hiring manager that their requisition closed decides nothing
    against them; the same closing told to an applicant is their no."""
    own = hr("Requisition closed", "The job requisition REQ-1180 that you raised has been closed.")
    theirs = wrapped("en", "The requisition has been closed, so your application will not proceed.")
    assert not own.is_rejection, own.reasons
    assert theirs.is_rejection, theirs.reasons


def hr(subject: str, sentence: str) -> Verdict:
    """The sentence in an HR system's notice to its own employee (bench/probe's ``hr``)."""
    body = f"Hi Alex,\n\n{sentence}\n\nAcme HR"
    return classify(mail(body, subject=subject, sender="Acme HR <hr@acme-corp.com>"), [OWNER])
