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
from test_classify import OWNER, mail
from test_classify_grammar import wrapped

from agent.classify import classify

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

# More of each language's usage: modal chains, tenses, 'risultare', the choice that fell
# on someone else, not among those selected, dropped out, infinitive negation.
MORE = {
    "it": [
        "La sua candidatura non è risultata in linea con i requisiti della posizione.",
        "Il suo profilo non è risultato tra quelli selezionati.",
        "Il tuo profilo non rientra tra quelli selezionati per il colloquio.",
        "Non è rientrato nella rosa dei candidati selezionati.",
        "Abbiamo ritenuto di non proseguire con la sua candidatura.",
        "Non abbiamo potuto accogliere la sua candidatura.",
        "Non siamo in grado di dare seguito alla sua candidatura.",
        "La selezione si è conclusa con esito negativo.",
        "La scelta è ricaduta su un altro candidato.",
        "Non ha superato la fase di selezione.",
        "La sua candidatura non è stata accolta.",
        "Abbiamo deciso di non selezionarla per ulteriori considerazioni.",
        "Non è stato possibile dare seguito alla sua candidatura.",
        "La sua candidatura non è stata presa in considerazione.",
        "La posizione è stata assegnata a un altro candidato.",
        "Ci siamo orientati verso altri profili.",
        "Abbiamo preferito altri profili, più vicini alle nostre esigenze.",
        "Non ti abbiamo selezionato per il prossimo step.",
        "Abbiamo deciso di non portare avanti la tua candidatura.",
        "Purtroppo non potremo procedere oltre con la tua candidatura.",
        "Il tuo profilo non è stato ritenuto idoneo per la posizione.",
        "Non ti inviteremo al colloquio.",
    ],
    "es": [
        "No ha resultado seleccionado para el puesto.",
        "No has sido preseleccionado en esta ocasión.",
        "Tu perfil no se ajusta a lo que buscamos.",
        "Hemos decidido continuar con otros perfiles.",
        "No has superado la prueba técnica.",
        "No cumples con los requisitos del puesto.",
        "La elección ha recaído en otro candidato.",
        "No podemos seguir adelante contigo.",
        "No seguiremos adelante con tu candidatura.",
        "Hemos cubierto la vacante.",
        "Tu candidatura ha sido descartada.",
        "No avanzarás a la siguiente fase.",
        "Hemos decidido no continuar con tu proceso.",
        "Nos hemos decantado por otro candidato.",
        "Su candidatura no ha prosperado.",
        "Hemos seleccionado a otra persona para el puesto.",
        "No vamos a poder contar contigo para esta posición.",
        "Tu perfil no encaja con lo que necesitamos.",
    ],
    "pt": [
        "Você não foi aprovado nesta etapa do processo.",
        "Seu perfil não foi selecionado para seguir no processo.",
        "Optamos por outro candidato.",
        "Decidimos seguir com outro perfil.",
        "A sua candidatura não avançou para a próxima fase.",
        "Não daremos continuidade ao seu processo.",
        "Seu perfil não está alinhado com o que buscamos.",
        "Não seguiremos com a sua candidatura.",
        "Neste momento não vamos avançar com o seu perfil.",
        "A vaga foi preenchida por outro candidato.",
        "Você não passou na entrevista.",
        "Infelizmente seu currículo não foi aprovado.",
        "Escolhemos um candidato cujo perfil se adequa melhor à vaga.",
        "Sua candidatura foi reprovada.",
    ],
    "fr": [
        "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
        "Nous ne retenons pas votre candidature.",
        "Nous avons décidé de ne pas poursuivre le processus avec vous.",
        "Votre profil ne correspond pas à nos besoins actuels.",
        "Nous avons choisi un autre candidat.",
        "Nous ne donnerons pas suite à votre candidature.",
        "Ta candidature n'a pas été sélectionnée.",
        "Nous avons privilégié des profils plus expérimentés.",
        "Le choix s'est porté sur un autre candidat.",
        "Nous ne pourrons pas aller plus loin avec ta candidature.",
        "Nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.",
        "Votre candidature n'a pas été retenue pour un entretien.",
        "Nous avons décidé de ne pas vous inviter à un entretien.",
        "Nous avons retenu une autre candidature.",
        "Vous ne faites pas partie des candidats retenus.",
    ],
    "de": [
        "Leider haben wir uns gegen Ihre Bewerbung entschieden.",
        "Wir haben uns für einen anderen Bewerber entschieden.",
        "Wir können Ihnen leider keine Zusage geben.",
        "Wir müssen dir leider absagen.",
        "Leider müssen wir Ihnen eine Absage erteilen.",
        "Ihre Bewerbung konnte leider nicht berücksichtigt werden.",
        "Du bist leider nicht weiter im Auswahlverfahren.",
        "Wir werden Sie nicht in die nächste Runde einladen.",
        "Leider kommst du für die Stelle nicht in Frage.",
        "Ihr Profil passt leider nicht zu unseren Anforderungen.",
        "Wir haben die Stelle anderweitig besetzt.",
        "Wir haben uns dazu entschieden, den Prozess mit dir nicht fortzusetzen.",
        "Wir werden deine Bewerbung nicht weiter verfolgen.",
        "Leider hat es diesmal nicht geklappt.",
        "Mit der Stelle hat es leider nicht geklappt.",
        "Leider hat es mit Ihrer Bewerbung bei uns nicht geklappt.",
        "Die Wahl fiel auf eine andere Kandidatin.",
    ],
    "nl": [
        "Helaas hebben we besloten je niet uit te nodigen voor een gesprek.",
        "We hebben besloten niet verder te gaan met je sollicitatie.",
        "Je bent helaas afgevallen.",
        "Helaas moeten wij u mededelen dat uw sollicitatie niet succesvol was.",
        "We hebben de vacature vervuld.",
        "Wij hebben gekozen voor een kandidaat die beter aansluit.",
        "Je profiel past helaas niet bij de functie.",
        "Helaas ben je niet door naar de volgende ronde.",
        "Uw kandidatuur werd niet weerhouden.",
        "We gaan niet verder met jouw sollicitatie.",
        "Wij hebben de voorkeur gegeven aan een andere kandidaat.",
        "Helaas kunnen we je geen baan aanbieden.",
    ],
    "en": [
        "We have decided to pursue other candidates.",
        "You were not selected to move forward.",
        "We've filled the position.",
        "We will not be progressing your application.",
        "We are not able to take your application further.",
        "Your application has been unsuccessful.",
        "We have decided to move ahead with another applicant.",
        "The team has decided not to advance you to the onsite.",
        "We won't be extending an offer.",
        "After much deliberation we have chosen someone else.",
        "We are going to pass on your candidacy.",
        "The hiring manager has decided not to move forward.",
        "You have not been successful on this occasion.",
        "We've decided to close the role.",
        "We will not be offering you a role at this time.",
        "Unfortunately you did not pass the assessment.",
        "We are unable to offer you an interview.",
    ],
}

# Someone found who fits better (no 'other'), a different profile, the application as the
# subject of its outcome ('did not have a positive outcome', 'will not continue').
EVEN_MORE = {
    "it": [
        "Non abbiamo selezionato la sua candidatura.",
        "La sua candidatura non ha avuto esito positivo.",
        "Abbiamo individuato un candidato più adatto alla posizione.",
        "Abbiamo optato per un profilo diverso.",
        "La sua candidatura non proseguirà nell'iter di selezione.",
        "Non siamo in grado di offrirle la posizione.",
        "Abbiamo selezionato un candidato il cui profilo è più in linea con le esigenze.",
        "Non ti abbiamo scelto per questa posizione.",
        "La selezione ha avuto esito negativo per lei.",
        "Purtroppo il suo profilo non è stato selezionato.",
    ],
    "es": [
        "No hemos seleccionado tu candidatura.",
        "Tu candidatura no ha tenido un resultado positivo.",
        "Hemos encontrado un candidato que se ajusta mejor al puesto.",
        "Hemos optado por un perfil diferente.",
        "Tu postulación no continuará en el proceso de selección.",
        "Hemos seleccionado a una persona cuyo perfil encaja mejor.",
        "No hemos elegido tu perfil para esta posición.",
    ],
    "pt": [
        "Não selecionamos a sua candidatura.",
        "Sua candidatura não teve um resultado positivo.",
        "Encontramos um candidato que se encaixa melhor na vaga.",
        "Optamos por um perfil diferente.",
        "Sua candidatura não seguirá no processo seletivo.",
        "Selecionamos uma pessoa cujo perfil está mais alinhado.",
    ],
    "fr": [
        "Nous n'avons pas sélectionné votre candidature.",
        "Votre candidature n'a pas abouti.",
        "Nous avons trouvé un candidat qui correspond mieux au poste.",
        "Nous avons opté pour un profil différent.",
        "Votre candidature ne sera pas poursuivie.",
        "Nous avons sélectionné une personne dont le profil est plus proche de nos besoins.",
    ],
    "de": [
        "Wir haben Ihre Bewerbung nicht ausgewählt.",
        "Ihre Bewerbung war leider nicht erfolgreich.",
        "Wir haben eine Kandidatin gefunden, die besser zu der Stelle passt.",
        "Wir haben uns für ein anderes Profil entschieden.",
        "Ihre Bewerbung wird nicht weiter berücksichtigt.",
        "Wir haben jemanden gefunden, dessen Profil besser passt.",
    ],
    "nl": [
        "We hebben je sollicitatie niet geselecteerd.",
        "Je sollicitatie was helaas niet succesvol.",
        "We hebben een kandidaat gevonden die beter aansluit bij de functie.",
        "We hebben gekozen voor een ander profiel.",
        "Je sollicitatie wordt niet verder meegenomen.",
        "We hebben iemand gevonden wiens profiel beter past.",
    ],
    "en": [
        "We did not select your application.",
        "Your application did not have a positive outcome.",
        "We have found a candidate who is a better fit for the role.",
        "We have opted for a different profile.",
        "Your application will not continue in the selection process.",
        "We selected someone whose profile more closely matches our needs.",
        "We have identified a candidate whose experience better aligns with the role.",
    ],
}

# Soft English (no fit seen, decided to pass, hold off, keep looking), du-form German and
# French 'no longer recruiting': the wordings issue 11 lists.
SOFT = {
    "en": [
        "We don't see a fit for this role at the moment.",
        "We've decided to go in a different direction.",
        "We won't be considering your profile further.",
        "We're unable to invite you to the next round.",
        "Unfortunately we are not able to sponsor a visa for this position, so we cannot continue with your application.",
        "The team felt that the role isn't the right match for your background.",
        "We have decided to pass at this time.",
        "We're going to hold off on moving forward.",
        "We've made the decision to not move you to the next stage.",
        "We will not be pursuing your application further.",
        "We have decided not to extend an offer.",
        "The position is no longer available.",
        "We have closed the requisition.",
        "We're no longer hiring for this role.",
        "This role has been put on hold indefinitely.",
        "We've decided to keep looking.",
        "We are moving ahead with candidates whose experience is closer to what we need.",
        "Your skills don't quite match what we are looking for right now.",
        "We have chosen to progress with other applicants.",
        "I'm sorry to say we won't be taking your application any further.",
        "Sadly, this time it's a no from us.",
        "We regret that your application has not been successful.",
    ],
    "de": [
        "Wir haben uns entschieden, mit anderen Kandidaten fortzufahren.",
        "Leider können wir dich nicht für den nächsten Schritt auswählen.",
        "Wir haben uns gegen eine Zusammenarbeit entschieden.",
        "Leider passt dein Profil nicht zu dieser Stelle.",
        "Wir sehen leider keine Passung.",
        "Wir haben die Stelle intern besetzt.",
        "Wir haben uns für jemanden mit mehr Erfahrung entschieden.",
        "Deine Bewerbung wurde nicht berücksichtigt.",
    ],
    "fr": [
        "Votre candidature n'a pas été retenue pour la suite du processus.",
        "Nous avons décidé de poursuivre avec d'autres candidats.",
        "Nous ne pouvons pas te sélectionner pour la prochaine étape.",
        "Ton profil ne correspond pas au poste.",
        "Nous avons décidé de ne pas donner suite.",
        "Le poste a été pourvu en interne.",
        "Nous ne recrutons plus pour ce poste.",
    ],
}

# The post went to the successful candidate, the person already found, no positive answer,
# the choice that fell (perfect tense), and inclusive writing (Bewerber*innen, candidat·e·s).
SETTLED = {
    "en": [
        "We have now appointed a candidate to the post.",
        "The post has been offered to the successful candidate.",
        "We have identified the successful applicant.",
        "On this occasion you have not been successful.",
        "I am afraid that on this occasion your application has been unsuccessful.",
        "We will not be taking your application forward.",
        "The panel did not shortlist you for interview.",
        "Your application was not shortlisted.",
    ],
    "de": [
        "Wir haben uns für eine:n andere:n Bewerber:in entschieden.",
        "Andere Bewerber*innen haben uns mehr überzeugt.",
        "Wir haben uns für eine Mitbewerberin entschieden.",
        "Die Wahl ist auf eine Mitbewerberin gefallen.",
        "Wir haben die Stelle anderweitig vergeben.",
        "Leider müssen wir Ihnen mitteilen, dass wir Sie nicht in die engere Wahl genommen haben.",
        "Wir bedauern, Ihnen keine positive Nachricht geben zu können.",
        "Leider können wir Ihnen keine positive Rückmeldung geben.",
    ],
    "fr": [
        "Nous avons retenu la candidature d'une autre personne.",
        "D'autres candidat·e·s correspondaient davantage au profil.",
        "Nous avons choisi un·e autre candidat·e.",
        "Nous ne pouvons malheureusement pas donner une suite positive à votre candidature.",
        "Votre candidature n'a pas été retenue à l'issue de la présélection.",
        "Nous sommes au regret de ne pas pouvoir retenir votre candidature.",
    ],
    "it": [
        "La selezione si è conclusa e abbiamo individuato la persona da inserire.",
        "Abbiamo già individuato il candidato per la posizione.",
        "La posizione è stata assegnata.",
        "Non possiamo darle una risposta positiva.",
        "Siamo spiacenti di comunicarle che non è stata scelta.",
    ],
    "es": [
        "Ya hemos seleccionado a la persona para el puesto.",
        "No podemos darte una respuesta positiva.",
        "El puesto ya ha sido asignado.",
        "Hemos cerrado el proceso con otro candidato.",
    ],
    "pt": [
        "Já selecionamos a pessoa para a vaga.",
        "Não podemos dar um retorno positivo.",
        "A vaga já foi ocupada.",
        "Encerramos o processo com outro candidato.",
    ],
    "nl": [
        "We hebben de functie inmiddels aan een andere kandidaat gegund.",
        "We kunnen je geen positief bericht geven.",
        "Helaas hebben wij moeten besluiten u niet uit te nodigen.",
        "De keuze is op een andere kandidaat gevallen.",
    ],
}

# Regret, then a different or more experienced profile sought, or other skills required.
ANOTHER_PROFILE = {
    "en": [
        "Unfortunately, we are looking for a more senior profile.",
        "Sadly, we're looking for someone with more hands-on experience in Kubernetes.",
        "Unfortunately the role requires a different skill set.",
    ],
    "de": [
        "Leider suchen wir ein anderes Profil.",
        "Leider suchen wir jemanden mit mehr Berufserfahrung.",
        "Leider erfordert die Stelle andere Kenntnisse.",
    ],
    "fr": [
        "Malheureusement, nous recherchons un profil plus expérimenté.",
        "Malheureusement, nous cherchons un profil différent.",
        "Malheureusement, le poste requiert d'autres compétences.",
    ],
    "es": [
        "Lamentablemente, buscamos un perfil con más experiencia.",
        "Lamentablemente buscamos un perfil diferente.",
        "Lamentablemente, el puesto requiere otras competencias.",
    ],
    "it": [
        "Purtroppo cerchiamo un profilo con maggiore esperienza.",
        "Purtroppo stiamo cercando un profilo diverso.",
        "Purtroppo la posizione richiede competenze diverse.",
    ],
    "pt": [
        "Infelizmente, buscamos um perfil com mais experiência.",
        "Infelizmente estamos procurando um perfil diferente.",
        "Infelizmente, a vaga exige outras competências.",
    ],
    "nl": [
        "Helaas zoeken we een ander profiel.",
        "Helaas zoeken we iemand met meer ervaring.",
        "Helaas vraagt de functie andere vaardigheden.",
    ],
}

# Pro-drop (issue 11): Italian, Spanish and Portuguese say "not selected" without a subject, or
# with a pronoun, in every gender, number, address and tense; German, French and Dutch passives
# with the reader as subject far from the participle.
# Issue 11, a template hub's rejections in dev: the reason given *is* the no. The position
# filled internally or with someone else, over-qualification, pay the employer cannot meet,
# a start date the applicant cannot make. Look-alikes in NO.
REASONS = {
    "en": [
        "We have decided to fill this position with an internal candidate.",
        "The role was filled internally.",
        "After reviewing your profile, we believe you are overqualified for this particular role.",
        "We believe you may be overqualified for this position.",
        "Unfortunately, we don't believe we can meet your salary expectations for this role.",
        "We are unable to meet your compensation requirements for this position.",
        "We need to fill this position more quickly than your availability allows.",
        "We have to hire for the role sooner than your notice period would allow.",
        "While we won't be moving forward with your application, you could be a great fit for future roles.",
    ],
    "de": [
        "Leider sind Sie für diese Position überqualifiziert.",
        "Wir sind zu dem Schluss gekommen, dass du für die Stelle überqualifiziert bist.",
        "Leider können wir Ihre Gehaltsvorstellungen nicht erfüllen.",
        "Ihre Gehaltsvorstellungen liegen leider deutlich über unserem Budget für diese Stelle.",
        "Wir müssen die Stelle leider früher besetzen, als es Ihre Verfügbarkeit erlaubt.",
    ],
    "fr": [
        "Après étude de votre dossier, nous estimons que vous êtes surqualifié pour ce poste.",
        "Vos prétentions salariales dépassent malheureusement le budget prévu pour ce poste.",
        "Nous ne sommes pas en mesure de répondre à vos prétentions salariales pour ce poste.",
        "Nous devons pourvoir le poste plus rapidement que votre disponibilité ne le permet.",
        "Nous avons décidé de pourvoir le poste en interne.",
        "Le poste a été confié à une candidate interne.",
    ],
    "es": [
        "Tras revisar tu candidatura, consideramos que estás sobrecualificado para el puesto.",
        "Lamentablemente, sus expectativas salariales superan el presupuesto de la vacante.",
        "No podemos cumplir con tus expectativas salariales para esta posición.",
        "Necesitamos cubrir el puesto antes de lo que tu disponibilidad permite.",
        "La vacante ha sido cubierta por un candidato interno.",
    ],
    "it": [
        "Riteniamo che il tuo profilo sia sovraqualificato per la posizione.",
        "Purtroppo le sue aspettative economiche superano il budget previsto per la posizione.",
        "Non siamo in grado di soddisfare le sue richieste economiche per questa posizione.",
        "Dobbiamo coprire la posizione prima rispetto alla sua disponibilità.",
        "La posizione è stata coperta internamente.",
        "La posizione è stata affidata a una risorsa interna.",
    ],
    "pt": [
        "Após análise, entendemos que você está sobrequalificado para a vaga.",
        "Infelizmente a sua pretensão salarial está acima do orçamento da vaga.",
        "Não conseguimos atender à sua pretensão salarial para esta vaga.",
        "Precisamos preencher a vaga mais rapidamente do que a sua disponibilidade permite.",
        "A vaga foi preenchida internamente.",
    ],
    "nl": [
        "We zijn tot de conclusie gekomen dat je voor deze functie overgekwalificeerd bent.",
        "Je salariswensen liggen helaas boven het budget voor deze functie.",
        "We kunnen helaas niet aan je salariswensen voldoen voor deze functie.",
        "We moeten de vacature helaas eerder invullen dan je beschikbaarheid toelaat.",
        "De functie is vervuld door een interne kandidaat.",
    ],
}


PRO_DROP = {
    "it": [
        "Non è stata, purtroppo, selezionata.",
        "Purtroppo non sei stato/a selezionato/a per la posizione.",
        "Purtroppo non sarà presa in considerazione.",
        "Purtroppo non verrà accolta.",
        "Purtroppo non è stata selezionata per la posizione.",
        "Purtroppo non è stato selezionato.",
        "Purtroppo non sei stato selezionato.",
        "Ci dispiace, non sei stata selezionata.",
        "Purtroppo non siete stati selezionati.",
        "Purtroppo lei non è stata selezionata.",
        "Purtroppo non è risultata selezionata.",
        "Purtroppo non verrà selezionata per il colloquio.",
        "Purtroppo non sarà selezionato.",
        "Purtroppo non è stata scelta per questo ruolo.",
    ],
    "es": [
        "Lamentablemente no ha sido finalmente seleccionado.",
        "Lamentablemente no ha sido seleccionado/a.",
        "Lamentablemente no ha sido seleccionado.",
        "Lamentablemente no ha sido seleccionada.",
        "Lamentablemente no has sido seleccionada.",
        "Lamentablemente usted no ha sido seleccionado.",
        "Lamentablemente no han sido seleccionados.",
        "Lamentablemente no fuiste seleccionada.",
        "Lamentablemente no será seleccionado.",
        "Lamentablemente no ha resultado seleccionada.",
        "Lamentablemente no ha sido elegido para el puesto.",
    ],
    "pt": [
        "Infelizmente não foi desta vez selecionado.",
        "Infelizmente não foi selecionado/a.",
        "Infelizmente não foi selecionado.",
        "Infelizmente não foi selecionada.",
        "Infelizmente não foi selecionado(a).",
        "Infelizmente você não foi selecionada.",
        "Infelizmente não foste selecionado.",
        "Infelizmente não foram selecionados.",
        "Infelizmente não será selecionado para a próxima etapa.",
        "Infelizmente não foi selecionado para a próxima etapa.",
        "Infelizmente não foi seleccionado.",
        "Infelizmente não tem sido selecionado.",
    ],
    "de": [
        "Sie wurden leider nicht ausgewählt.",
        "Leider wurden Sie nicht ausgewählt.",
        "Du wurdest leider nicht ausgewählt.",
        "Du bist leider nicht ausgewählt worden.",
    ],
    "fr": [
        "Vous n'avez pas été retenu(e).",
        "Malheureusement, vous n'avez pas été retenue pour ce poste.",
        "Tu n'as pas été sélectionnée.",
        "Vous n'avez malheureusement pas été sélectionné.",
        "Vous ne serez pas retenu pour la suite.",
    ],
    "nl": [
        "U bent niet geselecteerd.",
        "Je bent helaas niet geselecteerd.",
        "Helaas bent u niet gekozen.",
        "Je bent niet uitgekozen.",
    ],
}

# Issue 11 (session 11; dev: an HR site's French template): the impersonal "it is not
# possible (for us) to" bound to a selection verb, in every language.
IMPOSSIBLE = {
    "en": [
        "It is not possible for us to proceed with your application.",
        "Unfortunately it is not possible for us to offer you the position.",
    ],
    "de": [
        "Leider ist es uns nicht möglich, Ihre Bewerbung weiter zu berücksichtigen.",
        "Es ist uns leider nicht möglich, dir die Stelle anzubieten.",
    ],
    "fr": [
        "Bien que votre candidature présente un grand intérêt, il ne nous est pas possible de lui donner une suite favorable.",
        "Il nous est impossible de donner une suite favorable à votre candidature.",
    ],
    "es": ["Lamentablemente no nos es posible seguir adelante con su candidatura."],
    "it": ["Purtroppo non ci è possibile dare seguito alla sua candidatura."],
    "nl": [
        "Het is ons helaas niet mogelijk om je uit te nodigen voor een gesprek.",
        "Helaas is het niet mogelijk om uw sollicitatie verder in behandeling te nemen.",
    ],
    "pt": ["Não nos é possível dar seguimento à sua candidatura."],
}

# Issue 11 (session 11; dev: a Swiss magazine's quoted Italian rejection): "this time it did
# not work out", the occasion or the application as subject.
DID_NOT_WORK_OUT = {
    "en": [
        "Unfortunately it didn't work out this time.",
        "I'm sorry to say that this time it did not work out.",
    ],
    "fr": ["Malheureusement, cette fois-ci, cela n'a pas abouti."],
    "es": ["Lamentablemente, esta vez no ha podido ser."],
    "it": [
        "Dobbiamo purtroppo informarla che per questa volta non è andata.",
        "Purtroppo la sua candidatura non è andata a buon fine.",
    ],
    "nl": ["Helaas is het deze keer niet gelukt."],
    "pt": ["Infelizmente, desta vez não deu certo."],
}

# Issue 11 (session 11; dev: an Italian page's "non sono in grado di far avanzare la tua
# candidatura"): "not in a position to", and Italian's causative "far avanzare".
NOT_IN_A_POSITION = {
    "en": ["We are not in a position to proceed with your application."],
    "de": ["Wir sind leider nicht in der Lage, Ihre Bewerbung weiter zu berücksichtigen."],
    "fr": ["Nous ne sommes pas en mesure de poursuivre votre candidature."],
    "es": ["No estamos en disposición de seguir adelante con tu candidatura."],
    "it": [
        "Purtroppo, al momento non sono in grado di far avanzare la tua candidatura.",
        "Non siamo in grado di procedere con la sua candidatura.",
        "Non possiamo far avanzare la sua candidatura.",
        "Non siamo in grado di offrirle la posizione.",
    ],
    "nl": ["Wij zijn helaas niet in staat om uw sollicitatie verder in behandeling te nemen."],
    "pt": ["Não estamos em condições de prosseguir com a sua candidatura."],
}

# The selection verbs and objects in full (continue, go forward, select, retain; what the
# role needs, its expectations), and a subject with its complement before the verb.
VERBS_AND_OBJECTS = {
    "fr": [
        "Malheureusement, nous ne pouvons pas y donner une suite favorable.",
        "Nous ne pouvons malheureusement y donner une suite favorable.",
        "Après étude de votre dossier, nous n'y donnerons pas suite.",
    ],
    "en": [
        "Your application for the Senior Backend Developer position has not been selected.",
        "Your candidacy for the role of Lead Product Designer was not retained.",
        "Unfortunately your experience does not match what the team needs right now.",
        "Your background doesn't align with our current hiring needs.",
        "After review, your experience does not meet the expectations for this level.",
        "We will not be continuing with your application.",
        "We won't be going forward with your application.",
        "We have decided not to select your application for the next stage.",
        "We will not be shortlisting your application.",
    ],
}

# Issue 11 (session 12; dev: English template pages and example letters): the choice that fell
# on the one who fits *best* (superlative), the post offered or given to a third person a
# relative clause describes, and no opening that matches the reader's profile (the no to a
# speculative application). Look-alikes in NO_BEST_FIT.
BEST_FIT = {
    "en": [
        "We have selected the candidate whom we believe most closely matches the job requirements.",
        "We have chosen an applicant who best fits the needs of the team.",
        "We hired a candidate whose experience most closely matches the role.",
        "In the end we went with a candidate who was the strongest match for the role.",
        "The position has been offered to an individual whose skills more closely match our needs.",
        "The role was offered to a candidate who has more experience in the field.",
        "The job has now been given to an applicant with more hands-on experience.",
        "The post has been awarded to a colleague who applied internally.",
        "We do not have any current openings that align with your skills and experience.",
        "There are currently no vacancies that match your profile.",
        "We currently have no positions matching your background.",
        "Unfortunately, there aren't any roles that fit your experience at the moment.",
    ],
}

# Session 12 (dev: an offer-withdrawal letter): the employer withdraws, rescinds or revokes its
# offer, active or passive; the job will not go on.
OFFER_WITHDRAWN = {
    "en": [
        "Please accept this letter as notification that we are withdrawing our offer of employment.",
        "We must withdraw the employment offer at this time.",
        "Ultimately, we are rescinding the offer due to a change in our budget.",
        "We have had to revoke the conditional offer we made to you last week.",
        "The offer of employment made to you on 14 October has been rescinded.",
        "Unfortunately your offer has been withdrawn following the background check.",
    ],
}

# Session 12, from grammar (no corpus text): the cells a probe of English recruiter usage found
# missing. A contraction before "looking for"; hiring internally; the passive of "take forward";
# not past a stage; no match felt or found; not appointed / not to appoint you; the hiring process
# halted or paused; participles of "meet"; "not in a position to make you an offer"; candidates
# with more of something chosen without "other".
GRAMMAR_EN = {
    "en": [
        "Your profile doesn't quite fit what we're looking for right now.",
        "We have decided to hire internally.",
        "We have chosen to promote from within.",
        "Your application has not been taken forward.",
        "Your application was not put forward to the hiring manager.",
        "Your application did not progress beyond the screening stage.",
        "You didn't make it through to the next round.",
        "The hiring process for this role has been halted.",
        "The role has been put on pause.",
        "We didn't feel there was a strong enough match.",
        "We did not find a match between your profile and the role.",
        "Following your interview, we regret that you have not been appointed.",
        "The panel decided not to appoint you.",
        "We will not be hiring you for this role.",
        "You have not met the essential criteria for the post.",
        "Regrettably, we are not in a position to make you an offer.",
        "The hiring team has decided to pursue candidates with more experience.",
        "Unfortunately, there isn't quite strong enough alignment between your skill set and the needs of the team.",
        "There wasn't a strong match between your experience and what the role requires.",
        "There is little overlap between your background and the role.",
    ],
}

NO_BEST_FIT = {
    "en": [
        "You did not make it to the interview on Tuesday; shall we reschedule?",
        "We always try to hire internally first, but this role is open to external candidates.",
        "Your application has not been taken forward yet; we will review it next week.",
        "The interview process has not been paused; we will be in touch on Monday.",
        "We did not find a match for your saved search this week.",
        "There is no overlap between your availability and our interview slots next week.",
        "We cannot employ you until your right-to-work check is complete.",
        "We would love to hire you, and we are delighted to offer you the position.",
        "If you have not met the essential criteria, your application will not be considered.",
        "Your application has progressed beyond the screening stage, and we would like to invite you to interview.",
        "We reserve the right to withdraw this offer at any time.",
        "I am writing to withdraw my acceptance of your offer.",
        "This offer may be withdrawn should your references be unsatisfactory.",
        "We are pleased to offer you the position; the offer will be withdrawn if not accepted by Friday.",
        "We are pleased to tell you that we have selected you as the candidate who best fits the role.",
        "Once we have selected the candidate who best fits the role, we will notify all applicants.",
        "Once the position has been filled, we will close the posting.",
        "We will select the candidate who best matches our requirements after the interviews.",
        "The position has been offered to you, and we look forward to your reply.",
        "There are currently no openings matching your job alert.",
        "If we do not have any openings that match your profile, we will keep your CV on file.",
        "The provider has decided not to make you an offer to study Primary with Mathematics.",
        "Your degree does not meet the course requirements; you can apply again next year.",
    ],
}


# Session 13, from grammar (bench/probes/en-yes.txt, no corpus text): one cell per move the
# probe found missing. Decided futures and "plan to"; the next step not arranged; not put
# forward or recommended; "passing on"; the answer is no; the reader will not be invited or did
# not get it; a test not passed or a score under the bar; not suitable / not a fit / not thought
# a fit; experience lacking; others had more; someone appointed or the job gone; the role not to
# be filled; status notices; the application's state set to a no.
GRAMMAR_EN_13 = {
    "en": [
        "We aren't going to be moving ahead with your application.",
        "We don't plan to move you to the next round.",
        "We won't be continuing the process with you.",
        "We won't be progressing at this stage.",
        "We will not be scheduling an interview at this time.",
        "We won't be bringing you in for an onsite.",
        "We're not going to extend an offer.",
        "We will not be putting your profile forward.",
        "The selection committee did not recommend your application.",
        "The board did not approve your appointment.",
        "We will be passing on your application at this time.",
        "I'm afraid it's a no this time.",
        "Unfortunately it's not good news.",
        "You will not be invited to interview.",
        "You have not been offered the role.",
        "I'm sorry to say you didn't get the job.",
        "You didn't make the shortlist.",
        "You have not cleared the technical round.",
        "Your score did not meet our benchmark.",
        "Your test score was below the required level.",
        "Your candidature was not found suitable for this position.",
        "You're not quite the right fit for what we need.",
        "It's not a fit right now.",
        "We do not believe your experience is a strong match for this position.",
        "We did not feel your experience met the requirements.",
        "This isn't the right role for you.",
        "You do not have the experience required for this role.",
        "Your experience is not at the level this role requires.",
        "The role requires more experience than you currently have.",
        "Your salary expectations are above the budget for this role.",
        "We require candidates to have the right to work in the UK, so we cannot proceed.",
        "We ended up hiring someone with more direct experience.",
        "Other candidates had stronger experience in this area.",
        "We received applications from candidates who better matched the role.",
        "The job has gone to another candidate.",
        "Another candidate has accepted our offer.",
        "The successful candidate has now been appointed.",
        "We have appointed a candidate.",
        "We've gone in a different direction with this role.",
        "We will not be filling the role.",
        "The vacancy will not be filled.",
        "This opportunity is no longer available.",
        "Following a restructure, the role no longer exists.",
        "Decision: Unsuccessful",
        "Your application status is now: Position filled",
        "Your application has been marked as unsuccessful.",
        "We will not be able to sponsor a visa for this position.",
        "This position might not be the best match for you.",
        "Your profile may not be the right match for this position.",
        "We have chosen not to proceed.",
        "Your skills are not what we need right now.",
        "There isn't a position for you at this time.",
        "We're closing out your application.",
        "You've been removed from consideration.",
        "We have moved your application to the not selected stage.",
        "The decision was not in your favour.",
        "We offered the job to a current employee.",
        "Your application did not score highly enough to be shortlisted.",
        "You were not one of the successful applicants.",
        "We're going to have to say no this time.",
        "We feel you are not yet ready for this role.",
        "The team felt there wasn't a fit.",
        "We've decided to hold off on hiring for this position.",
        "We will be continuing our search for the right candidate.",
        "We will not, at this time, be moving forward with your application.",
        "The interview panel has recommended another candidate for appointment.",
        "Your application was considered by the shortlisting panel but was not taken forward to interview.",
        "The recruitment panel has concluded its process, and you have not been recommended for appointment.",
        "We regret to inform you that the client has put this requirement on hold.",
        "The client did not find your profile suitable.",
        "Application stage: Not selected",
        "The team and I talked it over, and we're not going to move ahead.",
        "We had to make a call between you and one other candidate, and we went the other way.",
        "After a lot of back and forth, we've decided it's not the right time to add this role.",
        "We have decided to put the hire on hold for now.",
        "The budget for this role was cut, so we won't be hiring for it.",
        "We need to stop the process here.",
        "Your application was not among those shortlisted.",
    ],
}

# Session 13: the same grammar saying something else (bench/probes/en-no.txt).
NO_GRAMMAR_EN_13 = {
    "en": [
        "We will be moving forward with your application to the next stage.",
        "You were selected as the successful candidate.",
        "No other candidate has been selected.",
        "We won't move forward until we have spoken with your references.",
        "We are unable to proceed with your application until we receive your documents.",
        "We can't progress your application without your right-to-work documents.",
        "We won't be able to meet on Monday, so could we move the interview to Tuesday?",
        "We are not able to offer travel reimbursement, but the interview can be held by video.",
        "You did not attach your portfolio; please send it so we can move forward.",
        "We have not appointed anyone to the post yet.",
        "The successful candidate will be notified by the end of the month.",
        "We're taking your application forward to the hiring manager.",
        "I have put your CV forward for the role.",
        "We are not looking for someone with more experience; your profile is exactly what we need.",
        "You meet all the requirements for this role.",
        "The role has not been cancelled; it has only moved to a different team.",
        "We have selected you as the candidate who best fits the role.",
        "If this role might not be the right fit for you, tell us and we will suggest others.",
        "We're not looking to fill this role in a hurry, so take your time with the assignment.",
        "We have moved your interview to Tuesday.",
        "You don't have to say no right away; take a few days to consider the offer.",
        "We don't have a slot for you on Monday; could you do Tuesday instead?",
        "We've decided you are the right person for this role.",
        "We are continuing our search for candidates for the new office, and your application is still under review.",
        "We will, at this time, be moving forward with your application to the final round.",
        "The interview panel has recommended you for appointment.",
        "The client has put the interview on hold until Monday.",
        "Application stage: Shortlisted",
        "We need to stop the process here for the holidays and will resume in January with your final round.",
        "The team and I talked it over, and we'd like to move ahead with you.",
        "We have decided to put the interview on hold until the hiring manager returns on Monday.",
    ],
}

# Session 13, pass 5 (bench/probes/en-yes-5.txt, en-no-5.txt): senders the earlier passes
# under-covered (public employers, search committees, the NHS sift, graduate schemes, agencies
# relaying a client, ATS status lines, hourly jobs) and status lines in subjects and headings.
PASS5_EN = {
    "en": [
        "You were not referred to the selecting official for this position.",
        "Your name will not be placed on the eligible list for this classification.",
        "You were rated not qualified for this position.",
        "You were determined to be ineligible because you did not provide the required transcripts.",
        "You were not among the best qualified applicants and will not be referred.",
        "You did not reach the required pass mark for this campaign.",
        "The panel has not shortlisted you for interview on this occasion.",
        "You are not on our shortlist for the lectureship.",
        "Your application has been sifted out.",
        "Following the interview, the panel did not find you appointable.",
        "Your application was withdrawn by the recruiting manager.",
        "We will not be able to offer you an internship this summer.",
        "You won't be joining the cohort this year.",
        "Feedback from the client is they want someone with more hands-on Kubernetes.",
        "The client has passed on your CV.",
        "Unfortunately the client has said no.",
        "It's a no for now.",
        "They have chosen to go with a candidate from their own network.",
        "I've just spoken with the hiring manager and they won't be progressing.",
        "Sorry, we've hired someone.",
        "We've hired for all open positions at this store.",
        "All of our seasonal positions have been filled.",
        "Unfortunately you're not who we're looking for right now.",
        "Not going to work out this time, sorry.",
        "We're no longer able to honour the offer we made.",
        "We're not progressing you for Senior Engineer, but we'd like to consider you for a mid-level role.",
        "DECISION: NOT PROGRESSING",
        "Application outcome - Regret",
        "Not selected: Data Engineer",
    ],
}

NO_PASS5_EN = {
    "en": [
        "You have been referred to the selecting official for consideration.",
        "You were rated qualified and referred to the selecting official.",
        "We have not yet shortlisted you; the panel meets next week.",
        "The client would like to meet you next Tuesday.",
        "Feedback from the client is they loved your portfolio and want a second interview.",
        "The client has decided to go with you, congratulations!",
        "I've passed on your CV to the hiring manager.",
        "We've filled the other role, but yours is still open and you're in the running.",
        "Your application was withdrawn at your request.",
        "If I'm no longer under consideration, could you let me know?",
        "Most applicants are not shortlisted: here is why.",
        "Status: Under review",
    ],
}

# Pass 6 (session 14, bench/probes/en-yes-6.txt): international English HR usage, later stages,
# academic / clinical / contract / internal posts, soft decisions; one cell per frame.
PASS6_EN = {
    "en": [
        "Unfortunately we won't be able to put you forward for this role.",
        "We would not be able to put your CV forward for this vacancy.",
        "Kindly note that your candidature stands rejected for the current opening.",
        "Your application for the Staff Nurse post has been unsuccessful.",
        "Your candidature for the said post has not been recommended by the selection committee.",
        "This is to inform you that you have not qualified for the next level of the selection process.",
        "The panel has not found you suitable for the said position.",
        "We regret our inability to offer you the position at this point of time.",
        "Your application will not be processed further for this role.",
        "We are not in a position to consider your candidature at present.",
        "Your application has been evaluated and you did not make it to the shortlist.",
        "Only shortlisted candidates were contacted and we regret that you were not among them.",
        "After the panel met, we are sorry to tell you that you've missed out on this role.",
        "We have to inform you that we decided against your application.",
        "Unfortunately we must give you a negative answer regarding your application.",
        "We regret to tell you that we cannot offer you this position.",
        "Unfortunately the other candidates have convinced us more.",
        "Your application could not be taken into account in the further process.",
        "I'm sorry to say the PhD studentship has been awarded to another applicant.",
        "The department has offered the lectureship to another candidate.",
        "We regret to inform you that you did not match to our residency program.",
        "Thank you for interviewing; we will not be ranking you for our program this year.",
        "Thank you for applying for our summer team; all seasonal positions have now been filled.",
        "We've finished hiring for the ski season and weren't able to find a place for you.",
        "The client has closed the job without hiring you.",
        "We've decided to work with a different consultant for this contract.",
        "We won't be extending your contract beyond the trial period.",
        "We will not be moving your internal application forward.",
        "The team felt someone else was stronger for this role.",
        "The panel was unanimous in preferring another applicant.",
        "It's not the right time for us to bring you on.",
        "We're going to hold off and keep interviewing other people.",
        "The decision has gone the other way this time.",
        "The feedback from the team was that it's a no.",
        "Thanks for the take-home. We'll pass this time.",
        "We have decided to go ahead with a candidate who has more hands-on experience in payments.",
        "We don't see you progressing further in this process.",
        "Regrettably, your application will be archived and not taken further for this role.",
        "We're sorry, but your application is no longer active for this position.",
        "Regret letter - Data Engineer",
        "Your application has been marked as Not Hired.",
        "Kindly treat this mail as a regret for the position of Data Engineer.",
        "Your application has not made the cut for this position.",
        "The hiring committee has decided not to move your file forward in the faculty search.",
        "You have not met the standard required at the fitness test and your application has ended.",
        "We're fully staffed for the summer season, so we won't be able to take you on.",
        "The client has gone with a freelancer who was available sooner.",
        "The panel felt that another internal applicant was better suited to the secondment.",
        "We are going to keep the role open and continue interviewing.",
        "We've had a think and it's not going to be a yes this time.",
        "We regret that we are unable to shortlist you for the role.",
        "We've reviewed the interview feedback and won't be progressing to an offer.",
    ],
}

NO_PASS6_EN = {
    "en": [
        "We cannot put you forward until we have your references.",
        "We won't be able to put you forward until we have your references.",
        "Your profile has been shortlisted for the next round.",
        "You have cleared the aptitude test and are invited for the HR round.",
        "After the final interview, the panel has recommended you for appointment.",
        "We have not been able to reach your referee; could you provide another contact?",
        "Please note that incomplete assessments cannot be considered, so do finish yours before the deadline.",
        "We won't be taking things further with the other candidates; you're our choice.",
        "The vendor we evaluated was not selected; your application is unaffected.",
        "We'll pass this on to the hiring manager today.",
        "We can't offer you a refund for the assessment fee.",
        "We've decided not to keep looking: we'd like to make you an offer.",
        "Please complete the video interview by Thursday, or your application cannot be considered.",
        "We can't take you on a tour of the office this week, but the interview is confirmed.",
        "It's not a yes yet; the panel meets on Friday.",
        "We are unable to shortlist you until we receive your transcripts.",
    ],
}

# Session 15 (dev unit teachvac/en): the outcome after a title *and* its employer, a gap longer
# than one title; a grant "from" a society and a club membership stay out.
SESSION15_EN = {
    "en": [
        "Your application for Senior Staff Nurse at the Royal Berkshire NHS Foundation Trust has been unsuccessful.",
        "Your application for the post of Deputy Head at Greenfield Church of England Primary School has been unsuccessful.",
        "Your candidacy as Site Reliability Engineer with the Lumen Payments platform team in Dublin was declined.",
    ],
}
NO_SESSION15_EN = {
    "en": [
        "Your application for Head of Science at St Aidan's Church of England Academy was successful.",
        "Your application for a travel grant from the Royal Society of Chemistry in London was unsuccessful.",
        "Your application for membership of the Royal Berkshire Golf and Country Club was unsuccessful.",
    ],
}


# Session 17, from mulucareer/en's dev misses: the reader as subject of a passive no.
SESSION17_EN = {
    "en": [
        "You're Rejected! Thank you for applying.",
        "You have been rejected for the Data Analyst position.",
        "I'm afraid you were turned down by the hiring panel.",
        "You've been declined for this role, but we will keep your CV on file.",
    ],
}
NO_SESSION17_EN = {
    "en": [
        "If you are rejected, you can reapply for another role after six months.",
        "You were rejected by mistake and we have reinstated it; the role is still open to you.",
        "You have been declined for the staff loan you requested.",
        "Our guide explains what to do when you're rejected after an interview.",
    ],
}


NO = {
    "en": [
        "Unfortunately the upload of your CV has not been successful; please try again.",
        "If your profile does not fit the role, we will let you know.",
        "Your application for the Data Analyst role has not been reviewed yet.",
        "Your CV does not match the file type we accept; please upload a PDF.",
        "If you are not in a position to attend the interview, please let us know.",
        "We are not in a position to offer feedback on individual applications.",
        "Unfortunately this time slot did not work out for the hiring manager; could we move the interview to Friday?",
        "If it is not possible for you to attend the interview, please let us know.",
        "It is possible for us to offer you the position, pending references.",
        "You are not the right fit? Apply anyway!",
        "Think you do not meet all the requirements? Apply anyway.",
        "You are not the right fit. Apply anyway!",
        "We're looking for a more senior profile: apply now if that's you!",
        "Only the successful candidates will be contacted for an interview.",
        "We are unable to give you a positive answer yet; we will get back to you next week.",
        "We have decided to pass your CV on to the hiring manager, who will be in touch.",
        "We will keep looking at applications until Friday.",
        "We are going to hold off on scheduling until next week.",
        "We will not move your interview; it stays on Tuesday.",
        "We have not yet reviewed your application; we will be in touch next week.",
        "Your application will not be processed until you upload your CV.",
        "Your application did not reach us in full; please send the attachment again.",
        "We would like to move you forward to the next stage and invite you to an interview.",
        "We have decided to pursue your application and invite you to the onsite.",
        "We hope to fill this position with a strong candidate like you: apply by Friday.",
        "Even if you think you might be overqualified for this role, we encourage you to apply.",
        "We are confident we can meet your salary expectations for this role.",
        "If we cannot meet your salary expectations, we will tell you early in the process.",
        "Could you start sooner than your notice period suggests? We would love to have you.",
        "You could be a great fit for this role: we would like to invite you to an interview.",
        "Your application has been selected for the next round.",
        "The position has not been filled yet and we are still reviewing applications.",
    ],
    "de": [
        "Leider war der Upload Ihres Lebenslaufs nicht erfolgreich; bitte laden Sie ihn erneut hoch.",
        "Leider hat der Upload Ihrer Unterlagen nicht geklappt; bitte laden Sie den Lebenslauf erneut hoch.",
        "Leider hat es mit dem Termin für das Vorstellungsgespräch nicht geklappt; wir schlagen einen neuen vor.",
        "Falls Sie nicht in der Lage sind, den Termin wahrzunehmen, melden Sie sich bitte.",
        "Es ist uns möglich, Sie zu einem Vorstellungsgespräch einzuladen.",
        "Falls es Ihnen nicht möglich ist, den Termin wahrzunehmen, melden Sie sich bitte.",
        "Im Falle einer Absage bewahren wir Ihre Unterlagen sechs Monate auf.",
        "Fühlen Sie sich überqualifiziert? Bewerben Sie sich trotzdem!",
        "Bitte nennen Sie uns Ihre Gehaltsvorstellungen und Ihren frühesten Eintrittstermin.",
        "Könnten Sie eventuell früher starten, als Ihre Kündigungsfrist es vorsieht?",
        "Es wurde keine Datei ausgewählt.",
        "Du erfüllst nicht alle Anforderungen? Bewirb dich trotzdem!",
        "Wir suchen jemanden mit mehr Berufserfahrung: bewirb dich jetzt!",
        "Ihr Profil passt sehr gut zu dieser Stelle, wir laden Sie ein.",
        "Wir haben Ihre Bewerbung noch nicht geprüft und melden uns nächste Woche.",
        "Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen.",
        "Wir freuen uns, Ihnen mitzuteilen, dass Sie in die engere Auswahl gekommen sind.",
        "Die Stelle ist noch nicht besetzt, wir prüfen Ihre Unterlagen.",
        "Du bist weiter im Auswahlverfahren und wir laden dich zum Gespräch ein.",
        "Sie kommen für die Stelle in Frage, deshalb laden wir Sie ein.",
    ],
    "fr": [
        "Malheureusement, le téléversement de votre CV a échoué ; merci de réessayer.",
        "En raison du nombre important de candidatures, nous ne pouvons pas répondre individuellement à chacune d'entre elles.",
        "Malheureusement, nous ne sommes pas disponibles jeudi ; pouvez-vous proposer un autre créneau ?",
        "Cette fois, le paiement n'a pas abouti.",
        "Il nous est possible de donner une suite favorable à votre candidature.",
        "S'il vous est impossible de vous rendre à l'entretien, merci de nous prévenir.",
        "En cas de refus de votre candidature, nous conserverons votre CV.",
        "Même si vous vous sentez surqualifié, postulez !",
        "Merci de nous indiquer vos prétentions salariales pour ce poste.",
        "Nous pouvons répondre à vos prétentions salariales et vous proposons le poste.",
        "Le poste sera pourvu en externe : vous pouvez postuler jusqu'au 30 juin.",
        "Aucun fichier n'a été sélectionné.",
        "Vous n'avez pas encore été retenu : nous vous répondrons la semaine prochaine.",
        "Vous ne correspondez pas à tous les critères ? Postulez quand même !",
        "Nous ne recrutons pas encore pour ce poste, mais bientôt.",
        "Nous n'avons pas encore étudié votre candidature, nous reviendrons vers vous.",
        "Votre candidature a été retenue pour un entretien.",
        "Nous avons le plaisir de vous inviter à un entretien.",
        "Le poste n'est pas encore pourvu.",
        "Vous faites partie des candidats retenus pour l'entretien.",
    ],
    "es": [
        "El archivo de tu CV fue descartado porque supera el tamaño máximo; vuelve a subirlo.",
        "Si no estás en disposición de asistir a la entrevista, avísanos.",
        "Esta vez no ha podido ser la entrevista presencial, así que la haremos por vídeo.",
        "En caso de no avanzar en el proceso, tu perfil quedará en nuestra base de datos.",
        "De no ser seleccionado, conservaremos tu CV para futuras vacantes.",
        "Si crees que estás sobrecualificado, postúlate igualmente.",
        "Por favor, indícanos tus expectativas salariales para el puesto.",
        "Podemos cumplir con tus expectativas salariales y te ofrecemos el puesto.",
        "Aún no ha sido seleccionado; te escribiremos pronto.",
        "No ha sido seleccionado ningún archivo.",
        "No ha sido seleccionada ninguna fecha para la entrevista.",
        "Todavía no ha sido seleccionado ningún candidato.",
        "¿No cumples todos los requisitos? Postúlate de todos modos.",
        "Todavía no hemos revisado tu candidatura; te contactaremos pronto.",
        "Tu candidatura no pasará desapercibida; te llamaremos para una entrevista.",
        "Tu candidatura ha sido seleccionada para la siguiente fase.",
        "Nos gustaría invitarte a una entrevista.",
        "La vacante sigue abierta y estamos revisando candidaturas.",
        "El proceso de selección aún no ha sido cerrado.",
        "Seguiremos adelante contigo en la siguiente fase.",
    ],
    "it": [
        "Non possiamo far avanzare la sua candidatura finché non riceviamo i documenti mancanti.",
        "Non esiti a contattarci per far avanzare la sua candidatura.",
        "L'invio della sua candidatura non è andato a buon fine: la preghiamo di riprovare.",
        "Questa volta la chiamata non è andata a buon fine: la richiameremo domani.",
        "In caso di esito negativo, conserveremo il tuo CV per future posizioni.",
        "Se pensi di essere sovraqualificato, candidati comunque.",
        "Ti chiediamo di indicarci le tue aspettative economiche per la posizione.",
        "Siamo in grado di soddisfare le sue richieste economiche: le proponiamo la posizione.",
        "Non è stata ancora selezionata.",
        "Non è stata ancora selezionata una data per il colloquio.",
        "Non è stato selezionato alcun file.",
        "Non è stata selezionata nessuna opzione nel modulo.",
        "Non hai tutti i requisiti? Candidati comunque!",
        "Stiamo cercando un profilo con maggiore esperienza: candidati ora!",
        "Abbiamo individuato la persona ideale: sei tu! Ti invitiamo a un colloquio.",
        "Non abbiamo ancora selezionato la sua candidatura: le faremo sapere al più presto.",
        "La sua candidatura non passerà inosservata: la contatteremo per un colloquio.",
        "Vorremmo invitarla a un colloquio.",
        "La posizione è ancora aperta e stiamo valutando le candidature.",
        "La selezione non è ancora chiusa.",
        "Il tuo profilo è risultato tra quelli selezionati per il colloquio.",
        "Proseguiremo con la tua candidatura e ti inviteremo al colloquio.",
        "Siamo lieti di comunicarti che sei stato selezionato per la fase successiva.",
    ],
    "pt": [
        "Não estamos em condições de responder a cada candidatura individualmente.",
        "O envio do seu currículo não deu certo desta vez; tente novamente.",
        "Desta vez o envio não deu certo.",
        "Foi possível dar seguimento à sua candidatura: você avançou para a entrevista.",
        "Se não for possível comparecer à entrevista, por favor avise-nos.",
        "Em caso de não aprovação, manteremos o seu currículo em nosso banco de talentos.",
        "Se você acha que está sobrequalificado, candidate-se mesmo assim.",
        "Por favor, informe a sua pretensão salarial para a vaga.",
        "Conseguimos atender à sua pretensão salarial e queremos fazer uma proposta.",
        "Ainda não foi selecionado; avisaremos em breve.",
        "Não foi selecionado nenhum arquivo.",
        "Não foi selecionada nenhuma data para a entrevista.",
        "Ainda não foi selecionado nenhum candidato.",
        "Não atende a todos os requisitos? Candidate-se mesmo assim!",
        "Ainda não analisamos a sua candidatura; entraremos em contato em breve.",
        "Encontramos um candidato que se encaixa perfeitamente: você! Queremos convidá-lo para uma entrevista.",
        "Sua candidatura foi aprovada para a próxima etapa.",
        "Gostaríamos de convidá-lo para uma entrevista.",
        "A vaga ainda está aberta.",
        "O processo seletivo ainda não foi encerrado.",
        "Vamos avançar com o seu perfil para a próxima etapa.",
        "Outros candidatos também participam do processo, que ainda não foi concluído.",
    ],
    "nl": [
        "Je upload is afgewezen omdat het bestand te groot is; probeer het opnieuw.",
        "Als u niet in staat bent om het gesprek bij te wonen, laat het ons weten.",
        "Het uploaden van je cv is deze keer niet gelukt; probeer het opnieuw.",
        "Het is ons mogelijk om u uit te nodigen voor een tweede gesprek.",
        "Is het niet mogelijk om het gesprek te verplaatsen, laat het ons dan weten.",
        "In geval van een afwijzing bewaren we je cv nog zes maanden.",
        "Voel je je overgekwalificeerd? Solliciteer toch!",
        "Wil je je salariswensen voor deze functie doorgeven?",
        "We kunnen aan je salariswensen voldoen en bieden je de functie aan.",
        "U bent nog niet geselecteerd; we laten het volgende week weten.",
        "Voldoe je niet aan alle eisen? Solliciteer toch!",
        "De keuze is op jou gevallen: we bieden je de functie aan.",
        "We hebben je sollicitatie nog niet bekeken; we nemen volgende week contact op.",
        "We nodigen je graag uit voor een gesprek.",
        "Je bent geselecteerd voor de volgende ronde.",
        "De vacature is nog niet vervuld.",
        "Je bent door naar de volgende ronde.",
        "We nodigen je graag uit voor een tweede gesprek; je komt in aanmerking voor de functie.",
    ],
}

# Session 15, pass 7 (from grammar, no corpus text): ATS status changes, agency relays,
# later-stage decisions, and the look-alikes that share their words.
PASS7_EN = {
    "en": [
        'The status of your candidacy has been changed to "No longer under consideration".',
        "Your application's status changed from In Review to Not Selected.",
        'The recruiter has updated the status of your application to "Rejected".',
        "Your application was reviewed and declined by the hiring team.",
        "The hiring manager wasn't keen, unfortunately.",
        "The feedback from the client is that you're not quite senior enough for this one.",
        "Just heard back from the client and it's a no, unfortunately.",
        "The client has pulled the role.",
        "The client felt your experience was too narrow, so they'll pass.",
        "The client reviewed your CV and they don't want to move forward.",
        "The client has shortlisted other candidates and you haven't made it through this time.",
        "The offer extended to you on 3 November is hereby revoked.",
        "We're no longer able to proceed with your offer for the Data Engineer role.",
        "The reference we received means we are unable to confirm your offer of employment.",
        "Based on the results of your background check, we are unable to proceed with your employment.",
        "We have had to cancel your onboarding as the team has been dissolved.",
        "Your start has been called off: the business has frozen all new hires.",
        "We've landed on another candidate for this one.",
        "The team has made a hire for the Data Engineer role.",
        "We don't feel you're the right person for this particular role.",
        "We've concluded that this isn't the right match.",
        "You were a strong candidate, but ultimately not the one we selected.",
        "We have decided against making an offer.",
        "We received many applications and, on this occasion, yours has not been shortlisted.",
        "You did not achieve the required score on the test, so your application has been withdrawn.",
        "Your proposal was declined by the client.",
        "The position was offered internally, so we are closing all external applications.",
        "They have hired internally, so the role's gone.",
        "Our client has now offered the position to their preferred candidate.",
        "The hiring manager felt you were light on cloud experience, so it's not going to go ahead.",
        "The client said thanks but no thanks, I'm afraid.",
        "Heard back from the client, they're not going to invite you to interview.",
        "Your application has been set to inactive following the hiring manager's review.",
    ],
}
NO_PASS7_EN = {
    "en": [
        "The status of your application for Data Engineer has changed to: In review.",
        "Your application status has been updated to Interview Scheduled.",
        "We did not want to move forward without speaking to you first.",
        "The client has decided not to proceed with the other candidate, so you're now their first choice.",
        "The role is on hold for two weeks while the budget is confirmed; your application stays active.",
        "The hiring process has been paused briefly over the holidays; we'll be in touch in January.",
        "Your conference talk proposal was not selected, but your job application is still under review.",
        "I saw my application status changed to Not selected. Could you share any feedback?",
        "We're delighted to offer you the position; unfortunately the start date has moved to 1 March.",
        "Unfortunately the interviewer is unavailable tomorrow, so we need to reschedule your interview.",
        "It's a no-brainer: your onboarding pack is attached.",
        "They hired internally for the other role, but this one is still open and you're shortlisted.",
        "The interviewer is ill, so it's not going ahead today; we'll send you a new time.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (lang, s)
        for table in (
            YES,
            MORE,
            EVEN_MORE,
            SOFT,
            SETTLED,
            ANOTHER_PROFILE,
            PRO_DROP,
            REASONS,
            IMPOSSIBLE,
            DID_NOT_WORK_OUT,
            NOT_IN_A_POSITION,
            VERBS_AND_OBJECTS,
            BEST_FIT,
            OFFER_WITHDRAWN,
            GRAMMAR_EN,
            GRAMMAR_EN_13,
            PASS5_EN,
            PASS6_EN,
            PASS7_EN,
            SESSION15_EN,
            SESSION17_EN,
        )
        for lang, cells in table.items()
        for s in cells
    ],
)
def test_every_cell_of_the_paradigm_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.language == lang
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (lang, s)
        for table in (
            NO,
            NO_BEST_FIT,
            NO_GRAMMAR_EN_13,
            NO_PASS5_EN,
            NO_PASS6_EN,
            NO_PASS7_EN,
            NO_SESSION15_EN,
            NO_SESSION17_EN,
        )
        for lang, cells in table.items()
        for s in cells
    ],
)
def test_the_same_grammar_saying_yes_is_no_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Unfortunately, on this occasion, your application was not successful in securing an interview.",
        "After careful consideration of all applications, we have made a decision regarding interview candidates, and we will not be moving forward with your application.",
    ],
)
def test_an_interview_not_won_leaves_the_stage_at_application(sentence: str) -> None:
    """Session 12 (dev: a letter to applicants not selected for interview): "securing an
    interview", "interview candidates" name a step others take, not one the reader took."""
    v = wrapped("en", sentence)
    assert v.is_rejection, v.reasons
    assert v.stage == "application", v.reasons


def test_an_offer_withdrawn_is_past_the_final_round() -> None:
    """Session 12: an offer existed, so the process had reached its end (stage final)."""
    v = wrapped("en", "We regret that we are withdrawing our offer of employment.")
    assert v.is_rejection, v.reasons
    assert v.stage == "final", v.reasons


def test_a_hiring_function_in_the_signature_is_job_context() -> None:
    """A recruiter writing from a personal address signs with the hiring function."""
    from test_classify import OWNER, mail

    from agent.classify import classify

    body = (
        "Hi Alex,\n\nThank you for your application to our Summer Program. Unfortunately, we "
        "have decided not to proceed with your application.\n\nBest regards,\nDana Lee\n{}"
    )
    signed = mail(
        body.format("Recruiting Team"),
        subject="Summer Program",
        sender="Dana Lee <dana.lee@acme-corp.com>",
    )
    unsigned = mail(
        body.format("Acme"), subject="Summer Program", sender="Dana Lee <dana.lee@acme-corp.com>"
    )
    assert classify(signed, [OWNER]).is_rejection
    assert not classify(unsigned, [OWNER]).is_rejection  # a programme: not a job on its own


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Andere Bewerber*innen haben uns", "Andere Bewerberinnen- haben uns"),
        # session 33: an article with a mark reads as its first form
        ("eine:n andere:n Bewerber:in", "eine anderen- Bewerberin-  "),
        ("D'autres candidat·e·s retenu(e)s", "D'autres candidates-- retenues--"),
        ("Re: Interview at 10:30, linkedin.com/in/robin", None),
    ],
)
def test_gender_marks_move_to_the_end_of_their_word(written: str, read: str | None) -> None:
    """Inclusive writing splits the words rules read; the length (and every position) stays."""
    from agent.classify.inclusive import unmark

    assert unmark(written) == (read or written)
    assert len(unmark(written)) == len(written)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Purtroppo non è stata selezionata per il premio di quest'anno."),
        ("es", "Lamentablemente no ha sido seleccionada para la beca."),
        ("pt", "Infelizmente não foi selecionado para o sorteio."),
    ],
)
def test_a_subjectless_not_selected_still_needs_job_context(lang: str, sentence: str) -> None:
    """Without a subject the passive could be about a prize or a grant: job words decide."""
    from test_classify import OWNER, mail

    from agent.classify import classify

    greeting = {"it": "Gentile Alex,", "es": "Hola Alex:", "pt": "Olá Alex,"}[lang]
    body = f"{greeting}\n\n{sentence}\n\nClub"
    assert not classify(
        mail(body, subject="Concorso", sender="Club <info@club.example>"), [OWNER]
    ).is_rejection
    assert wrapped(lang, sentence).is_rejection  # the same words in a mail about a job


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("The poster was posted on the team page; at this stage the challenge is cargo.", False),
        ("Posting schedule: stages 1-3 are staged; Euclid's postulates.", False),
        ("Le poste de Data Engineer est ouvert.", True),
        ("Nous proposons un stage de six mois.", True),
        ("Wir suchen Verstärkung für unser Team.", True),
        ("Die Coding-Challenge dauert zwei Stunden.", True),
        ("Lo stage curriculare dura sei mesi.", True),
        ("Een stageplek bij ons team.", True),
        ("Para o cargo de analista de dados.", True),
    ],
)
def test_job_words_are_words_of_their_own_language(text: str, job: bool) -> None:
    """Issue 11: "poste\\w*" read English "posted", "team"/"stage"/"cargo" alone are English
    words too; a pack's job words must not send ordinary English mail to the decision check."""
    from agent.classify import prefilter

    whole = f"Someone <someone@example.org>\nHello\n{text}"
    assert prefilter.job_context(whole, prefilter.word_starts(whole)) is job


# A condition on another clause of the sentence leaves the decision standing: "..., but we
# keep your CV on file in case a role opens" conditions the keeping, not the no.
CONDITION_ELSEWHERE = {
    "en": [
        "We have decided to move forward with other candidates, but we will keep your CV on file in case a suitable role opens up.",
        "We will not be moving forward with your application, although we would be glad to hear from you if another role catches your eye.",
        "We have decided not to proceed with your application and will keep your details on file should a similar position arise.",
        "While you may have many of the skills we need, we have decided to move forward with other candidates.",
    ],
    "de": [
        "Wir haben uns für andere Bewerber entschieden, bewahren Ihre Unterlagen aber gerne auf, falls eine passende Stelle frei wird.",
        "Wir können Ihre Bewerbung leider nicht weiter berücksichtigen, würden uns aber freuen, wenn Sie sich erneut bewerben.",
    ],
    "fr": [
        "Nous avons décidé de ne pas retenir votre candidature, mais nous conservons votre CV au cas où un poste correspondant se libérerait.",
    ],
    "es": [
        "Hemos decidido continuar con otros candidatos, pero conservaremos tu CV en caso de que surja una vacante adecuada.",
    ],
    "it": [
        "Abbiamo deciso di proseguire con altri candidati, ma conserveremo il suo CV nel caso in cui si apra una posizione adatta.",
    ],
    "nl": [
        "We hebben besloten om met andere kandidaten verder te gaan, maar we bewaren je cv indien je daarmee akkoord gaat.",
    ],
    "pt": [
        "Decidimos seguir com outros candidatos, mas manteremos o seu currículo caso surja uma vaga adequada.",
    ],
}

# (a condition that reaches the decision, the same decision without it)
CONDITION_ON_DECISION = [
    (
        "en",
        "If we do not hear from you by Friday, we will not be able to move forward with your application.",
        "We will not be able to move forward with your application.",
    ),
    (
        "en",
        "We will not be able to move forward with your application unless you complete the assessment by Friday.",
        "We will not be able to move forward with your application.",
    ),
    (
        "en",
        "Please send the assessment back soon, otherwise we will not be moving forward with your application.",
        "We will not be moving forward with your application.",
    ),
    (
        "de",
        "Falls wir bis Freitag nichts von Ihnen hören, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.",
        "Wir können Ihre Bewerbung leider nicht weiter berücksichtigen.",
    ),
    (
        "fr",
        "Si nous ne recevons pas vos documents avant vendredi, nous ne pourrons pas donner suite à votre candidature.",
        "Nous ne pourrons pas donner suite à votre candidature.",
    ),
    (
        "es",
        "Si no recibimos tus documentos antes del viernes, no podremos continuar con tu candidatura.",
        "No podremos continuar con tu candidatura.",
    ),
    (
        "it",
        "Se non riceviamo i documenti entro venerdì, non potremo procedere con la sua candidatura.",
        "Non potremo procedere con la sua candidatura.",
    ),
    (
        "nl",
        "Als we vrijdag niets van je horen, kunnen we je sollicitatie helaas niet verder in behandeling nemen.",
        "We kunnen je sollicitatie helaas niet verder in behandeling nemen.",
    ),
    (
        "pt",
        "Se não recebermos os seus documentos até sexta-feira, não poderemos prosseguir com a sua candidatura.",
        "Não poderemos prosseguir com a sua candidatura.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, cells in CONDITION_ELSEWHERE.items() for s in cells]
)
def test_a_condition_on_another_clause_leaves_the_decision(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.language == lang
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(("lang", "conditioned", "bare"), CONDITION_ON_DECISION)
def test_a_condition_reaching_the_decision_makes_it_hypothetical(
    lang: str, conditioned: str, bare: str
) -> None:
    assert wrapped(lang, bare).is_rejection  # the control: the decision alone is one
    v = wrapped(lang, conditioned)
    assert not v.is_rejection, v.reasons
    assert any(r.startswith("hypothetical") for r in v.reasons), v.reasons


# Session 13: the same decisions in mail that is not to an applicant about their application.
@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Acme People Team <people@acme-corp.com>",
            "Update on our hiring plans",
            "Hi everyone,\n\nWe are pausing all hiring until the next quarter.\n\nThanks,\nPeople Team",
        ),
        (
            "Acme People Team <people@acme-corp.com>",
            "Hiring freeze",
            "Hi team,\n\nWe won't be filling the open roles this year.\n\nThanks,\nPeople Team",
        ),
        (
            "Alex Doe <alex.d.private@example.org>",
            "Re: Your application for Data Engineer",
            "Hi Jane,\n\nThank you for letting me know; I understand you have decided to go with"
            " another candidate.\n\nBest,\nAlex",
        ),
        (
            "Alex Doe <alex.d.private@example.org>",
            "Re: Your application for Data Engineer",
            "Hi Jane,\n\nI have decided not to move forward with the process.\n\nBest,\nAlex",
        ),
        (
            "Alex Doe <alex.d.private@example.org>",
            "Re: Your application for Data Engineer",
            "Hi Jane,\n\nI'm going to pass on the opportunity, thank you.\n\nBest,\nAlex",
        ),
        (
            "Alex Doe <alex.d.private@example.org>",
            "Re: Your application for Data Engineer",
            "Hi Jane,\n\nI understand the team went with someone else, and I'd welcome any"
            " feedback.\n\nBest,\nAlex",
        ),
        (
            "Chris Hale <chris.hale@harbourtalent-example.co.uk>",
            "Data Engineer role at Globex",
            "Hi Sam,\n\nMy candidate has decided not to proceed with your offer.\n\nSpeak soon,\nChris",
        ),
    ],
)
def test_a_staff_memo_or_the_applicants_own_reply_is_no_rejection(
    sender: str, subject: str, body: str
) -> None:
    v = classify(mail(body, subject=subject, sender=sender), [OWNER])
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "The client wasn't keen on the new logo, so they'll pass.",
        "They have pulled the job from the schedule.",
        "We have had to cancel the hire of the marquee.",
        "Your job alert for Data Engineer in Leeds is no longer active.",
        "This job alert was paused because you haven't opened it in 90 days.",
        "Unfortunately your school place application was not successful for your first choice.",
        "Your supplier application was not successful on this occasion.",
        "The status of your order has changed to: Declined.",
        "Globex said thanks but no thanks to our sponsorship proposal.",
    ],
)
def test_pass7_words_outside_a_job_mail_are_no_rejection(sentence: str) -> None:
    """Session 15, pass 7: the agency and status frames need a job; a person's mail about a
    logo, a marquee, an alert or a school place keeps their words without the decision."""
    body = f"Hi Alex,\n\nThanks for getting in touch.\n\n{sentence}\n\nBest,\nJordan"
    msg = mail(
        body, subject="Re: your request", sender="Jordan Lee <jordan.lee@northwind-example.org>"
    )
    v = classify(msg, [OWNER])
    assert not v.is_rejection, v.reasons


def test_a_portal_digest_with_one_application_declined_is_a_rejection() -> None:
    """Session 15, pass 7: an ATS portal's summary lists several applications; one line's
    status "Not selected" is the decision, the others' "In review" does not undo it."""
    body = (
        "Hi Alex,\n\nHere is a summary of your applications with Acme:\n\n"
        "- Senior Data Analyst (R-1201): In review\n- Data Engineer (R-4411): Not selected\n"
        "- Platform Engineer (R-3090): Application received\n\nAcme Recruiting"
    )
    sender = "Acme Candidate Portal <notifications@acme-corp.icims.com>"
    v = classify(mail(body, subject="Updates on your applications", sender=sender), [OWNER])
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "sentence", "rejection"),
    [
        ("Re: Senior Product Designer", "Unfortunately we won't be moving forward.", True),
        (
            "RE: Account Manager",
            "Thanks for coming in, but we've decided to go with someone else.",
            True,
        ),
        (
            "Re: Backend Developer",
            "Appreciate your time yesterday. We've decided not to proceed.",
            True,
        ),
        ("Re: Senior Product Designer", "Thanks Alex, can you do Thursday at 2pm?", False),
        ("Re: Kitchen quote", "Unfortunately we won't be moving forward.", False),
        (
            "Re: Your account manager",
            "We've decided not to proceed with the renewal this year.",
            False,
        ),
        (
            "Re: Garden design proposal",
            "Thanks, but we've decided to go in a different direction.",
            False,
        ),
    ],
)
def test_a_one_line_reply_under_a_job_title_has_job_context(
    subject: str, sentence: str, rejection: bool
) -> None:
    """Session 16 (issue 11, gap 1): the subject "Re: <job title>" is the job context of a
    hiring manager's one-line no; a subject naming a quote, an account or a garden is not."""
    body = f"Hi Alex,\n\n{sentence}\n\nThanks,\nMorgan"
    msg = mail(body, subject=subject, sender="Morgan Reid <morgan.reid@northwind-example.com>")
    v = classify(msg, [OWNER])
    assert v.is_rejection is rejection, v.reasons


@pytest.mark.parametrize(
    ("sentence", "rejection"),
    [
        (
            "We have filled the Data Analyst role; your application for Data Engineer is still under consideration.",
            False,
        ),
        (
            "We won't be moving forward with the contract role; you remain in the process for the permanent one.",
            False,
        ),
        (
            "The senior role has been filled; yours is still open and you remain in the running.",
            False,
        ),
        ("We won't be moving forward with your application; thank you for your interest.", True),
        ("We have filled the role; we will keep your details on file.", True),
    ],
)
def test_a_reversal_reaches_back_across_a_semicolon(sentence: str, rejection: bool) -> None:
    """Session 16 (issue 11, gap 6): a semicolon ends a sentence for every other rule, but
    "...; you remain in the process" still takes back the no before it in its paragraph."""
    v = wrapped("en", sentence)
    assert v.is_rejection is rejection, v.reasons


@pytest.mark.parametrize(
    ("wrap", "subject", "sentence", "rejection"),
    [
        ("job", "", "Due to budget cuts, we have had to cancel this hire.", True),
        ("job", "", "The hire has been cancelled following a change in priorities.", True),
        ("job", "", "We have had to put this hire on hold indefinitely after a restructure.", True),
        (
            "job",
            "",
            "We have had to cancel the hire of the venue, so the assessment day runs online.",
            False,
        ),
        ("plain", "Re: Van hire", "We have had to cancel the hire, sorry.", False),
        (
            "plain",
            "Re: your request",
            "We have had to cancel the hire of the van for Saturday.",
            False,
        ),
        (
            "plain",
            "Re: your request",
            "Unfortunately we had to cancel the hire car booking.",
            False,
        ),
    ],
)
def test_a_hire_called_off_needs_a_job_of_its_own(
    wrap: str, subject: str, sentence: str, rejection: bool
) -> None:
    """Session 16 (issue 11, gap 3): "we have had to cancel the hire" in a job mail is the role
    going away; a van's or a venue's hire reads the same, so "the hire" is no job word."""
    if wrap == "job":
        v = wrapped("en", sentence)
    else:
        body = f"Hi Alex,\n\nThanks for getting in touch.\n\n{sentence}\n\nBest,\nJordan"
        sender = "Jordan Lee <jordan.lee@northwind-example.org>"
        v = classify(mail(body, subject=subject, sender=sender), [OWNER])
    assert v.is_rejection is rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The team has decided that your skills, while impressive, aren't what this role needs.",
        ),
        ("en", "Your background, although strong, isn't what we are looking for."),
        ("fr", "Votre profil, bien que très intéressant, ne correspond pas à nos besoins."),
        ("de", "Ihr Profil, obwohl sehr interessant, passt leider nicht zu unseren Anforderungen."),
    ],
)
def test_an_aside_between_commas_keeps_the_frame(lang: str, sentence: str) -> None:
    """Session 16 (issue 11, gap 4): ", while impressive," between a frame's slots is an
    aside opened by a clause word of the pack; the frame reads across it."""
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("sentence", "rejection"),
    [
        ("Thanks again for your time. We won't be proceeding.", True),
        ("Your portfolio, though impressive, is not quite what we need for this role.", True),
        ("We won't be proceeding with Friday's meeting, let's do next week.", False),
        ("The assessment day won't be proceeding tomorrow; we'll send a new date.", False),
    ],
)
def test_session16_second_batch(sentence: str, rejection: bool) -> None:
    """Session 16, second probe batch (written after the first batch's fixes): a bare
    contracted "won't be proceeding" and a portfolio that is not what the role needs."""
    v = wrapped("en", sentence)
    assert v.is_rejection is rejection, v.reasons
