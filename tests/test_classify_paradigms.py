"""Issue 11, breadth from grammar: the paradigm of a recruiter's no in every language.

Each language gets the same cells, written by the team from grammar and usage (no
corpus text): an outcome bound to a selection verb and its object, in active and
passive voice, with a pronoun for the application, in formal and informal address;
other candidates chosen; the position filled, cancelled or on hold; "not retained".
Each language also gets look-alikes in the same grammar that must stay "no": the
same verbs saying yes, and the position still open.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped

YES = {
    "en": [
        "Our hiring team reviewed your application and did not select it for further consideration.",
        "After careful review, we won't be moving you forward to the next stage.",
        "You have not been shortlisted for the next round.",
        "We are no longer considering your application for this role.",
        "The position has been offered to another candidate, who has accepted it.",
        "The role has already been filled.",
        "The vacancy has been cancelled.",
        "Hiring for this position has been put on hold.",
        "We have decided to go with a candidate whose experience more closely matches the role.",
        "Your application was not retained.",
        "We regret to tell you that we cannot offer you the position.",
        "Other applicants more closely matched our requirements.",
    ],
    "de": [
        "Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.",
        "Leider können wir dich im weiteren Auswahlprozess nicht berücksichtigen.",
        "Ihre Bewerbung wurde leider nicht berücksichtigt.",
        "Wir haben Ihre Unterlagen geprüft und uns entschieden, sie nicht weiter zu berücksichtigen.",
        "Andere Bewerberinnen und Bewerber haben uns mehr überzeugt.",
        "Wir haben uns für eine andere Kandidatin entschieden.",
        "Die Stelle wurde bereits besetzt.",
        "Die Stelle ist bereits vergeben.",
        "Die Ausschreibung wurde leider zurückgezogen.",
        "Die Stelle wird vorerst nicht besetzt.",
        "Leider können wir dich nicht zu einem Vorstellungsgespräch einladen.",
        "Wir haben uns entschieden, mit anderen Kandidaten weiterzumachen.",
        "Du bist leider nicht in die engere Auswahl gekommen.",
        "Wir werden deine Bewerbung nicht weiterverfolgen.",
    ],
    "fr": [
        "Nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
        "Votre candidature n'a pas été retenue.",
        "Ta candidature n'a pas été retenue pour la suite du processus.",
        "Après étude de votre dossier, nous avons décidé de ne pas le retenir.",
        "Nous avons choisi de poursuivre avec d'autres candidats.",
        "Nous avons retenu un autre candidat dont le profil correspond davantage au poste.",
        "Le poste a déjà été pourvu.",
        "Le recrutement pour ce poste a été suspendu.",
        "Le poste a été annulé.",
        "Nous ne pouvons pas vous proposer d'entretien.",
        "Nous ne donnerons pas suite à ta candidature.",
        "Vous n'avez pas été sélectionné pour l'étape suivante.",
        "D'autres candidatures correspondaient davantage à nos attentes.",
    ],
    "es": [
        "Lamentablemente, no ha sido seleccionada para continuar en el proceso.",
        "Tu candidatura no ha sido seleccionada.",
        "Hemos decidido no seguir adelante con su candidatura.",
        "Tras revisar tu perfil, hemos decidido no avanzar contigo en el proceso.",
        "Hemos optado por otros candidatos cuyo perfil se ajusta más al puesto.",
        "La vacante ya ha sido cubierta.",
        "El puesto ha sido cancelado.",
        "El proceso de selección ha quedado suspendido.",
        "No podemos ofrecerte el puesto.",
        "No continuarás en el proceso de selección.",
        "Su perfil no ha sido preseleccionado para la siguiente fase.",
        "En esta ocasión no vamos a continuar con tu candidatura.",
        "Tras estudiar su candidatura, hemos decidido no tenerla en cuenta para este puesto.",
    ],
    "it": [
        "La sua candidatura non è stata selezionata.",
        "La tua candidatura non è stata selezionata per il prosieguo della selezione.",
        "Il nostro team ha esaminato la sua candidatura e non l'ha selezionata per ulteriori valutazioni.",
        "Purtroppo non è stata selezionata per la fase successiva.",
        "Abbiamo deciso di non procedere con la sua candidatura.",
        "Abbiamo scelto di proseguire con altri candidati.",
        "La posizione è già stata coperta.",
        "La ricerca per questa posizione è stata sospesa.",
        "Non possiamo offrirti la posizione.",
        "Altri candidati sono risultati più in linea con il profilo ricercato.",
        "Non sei stato selezionato per il colloquio.",
        "Purtroppo non proseguiremo con la tua candidatura.",
        "Abbiamo valutato il suo profilo e abbiamo deciso di non prenderlo in considerazione.",
    ],
    "pt": [
        "Infelizmente, você não foi selecionada para a próxima etapa.",
        "A sua candidatura não foi selecionada.",
        "Sua candidatura não foi aprovada nesta etapa.",
        "Após análise, decidimos não avançar com o seu perfil.",
        "Nossa equipe analisou sua candidatura e não a selecionou para as próximas etapas.",
        "Optamos por seguir com outros candidatos cujo perfil está mais alinhado à vaga.",
        "A vaga já foi preenchida.",
        "A vaga foi cancelada.",
        "O processo seletivo foi suspenso.",
        "Não poderemos dar continuidade à sua candidatura.",
        "Não vamos prosseguir com você no processo.",
        "Outros candidatos atenderam melhor aos requisitos da vaga.",
    ],
    "nl": [
        "Helaas ben je niet geselecteerd voor de volgende ronde.",
        "Uw sollicitatie is niet weerhouden.",
        "Wij hebben besloten uw sollicitatie niet verder in behandeling te nemen.",
        "We gaan verder met andere kandidaten.",
        "We hebben gekozen voor een andere kandidaat.",
        "De vacature is inmiddels vervuld.",
        "De vacature is ingetrokken.",
        "De vacature is tijdelijk on hold gezet.",
        "We nodigen je helaas niet uit voor een gesprek.",
        "Andere kandidaten sloten beter aan bij het profiel.",
        "Je komt helaas niet in aanmerking voor deze functie.",
        "Wij zullen niet verder gaan met uw kandidatuur.",
    ],
}

NO = {
    "en": [
        "We would like to move you forward to the next stage and invite you to an interview.",
        "Your application has been selected for the next round.",
        "The position has not been filled yet and we are still reviewing applications.",
    ],
    "de": [
        "Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen.",
        "Wir freuen uns, Ihnen mitzuteilen, dass Sie in die engere Auswahl gekommen sind.",
        "Die Stelle ist noch nicht besetzt, wir prüfen Ihre Unterlagen.",
    ],
    "fr": [
        "Votre candidature a été retenue pour un entretien.",
        "Nous avons le plaisir de vous inviter à un entretien.",
        "Le poste n'est pas encore pourvu.",
    ],
    "es": [
        "Tu candidatura ha sido seleccionada para la siguiente fase.",
        "Nos gustaría invitarte a una entrevista.",
        "La vacante sigue abierta y estamos revisando candidaturas.",
        "El proceso de selección aún no ha sido cerrado.",
    ],
    "it": [
        "Vorremmo invitarla a un colloquio.",
        "La posizione è ancora aperta e stiamo valutando le candidature.",
        "La selezione non è ancora chiusa.",
        "Siamo lieti di comunicarti che sei stato selezionato per la fase successiva.",
    ],
    "pt": [
        "Sua candidatura foi aprovada para a próxima etapa.",
        "Gostaríamos de convidá-lo para uma entrevista.",
        "A vaga ainda está aberta.",
        "O processo seletivo ainda não foi encerrado.",
        "Outros candidatos também participam do processo, que ainda não foi concluído.",
    ],
    "nl": [
        "We nodigen je graag uit voor een gesprek.",
        "Je bent geselecteerd voor de volgende ronde.",
        "De vacature is nog niet vervuld.",
        "We nodigen je graag uit voor een tweede gesprek; je komt in aanmerking voor de functie.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, cells in YES.items() for s in cells]
)
def test_every_cell_of_the_paradigm_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.language == lang
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, cells in NO.items() for s in cells]
)
def test_the_same_grammar_saying_yes_is_no_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
