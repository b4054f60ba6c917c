"""Issue 11, sessions 12 and 13: paradigms from the new dev wording in de, fr, nl, es, it, pt.

Two kinds of "no" that real mail in dev showed and the packs did not know, written from
grammar in every language (no corpus text): the applicant does not meet the requirements
("erfüllen" with the negation before or after its object, in main and verb-final clauses),
and the reader did not get the job ("vous n'avez pas obtenu le poste"). Each kind has
look-alikes in the same grammar that must stay "no": the requirements met, the job still
to get, a condition, a question, "not yet".
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import WRAP, wrapped

from agent.classify import classify

YES = {
    "de": [
        "Nach Prüfung Ihrer Unterlagen sind wir zu dem Ergebnis gekommen, dass Sie nicht unsere Vorgaben erfüllen.",
        "Leider erfüllen Sie nicht alle Anforderungen der Stelle.",
        "Du erfüllst leider nicht die Voraussetzungen für diese Position.",
        "Wir haben festgestellt, dass Sie die Anforderungen der Stelle leider nicht erfüllen.",
        "Ihr Profil erfüllt unsere Kriterien leider nicht.",
        "Sie haben die Stelle leider nicht bekommen.",
        "Wir müssen dir mitteilen, dass du die Stelle nicht bekommen hast.",
        "Leider haben Sie den Ausbildungsplatz nicht erhalten.",
        "Du hast dich für eine Schicht beworben, leider wurdest du jedoch nicht dafür zugelassen.",
        "Sie wurden leider nicht zum weiteren Auswahlverfahren zugelassen.",
    ],
    "fr": [
        "Je suis désolé de vous informer que, malheureusement, vous n'avez pas obtenu le poste.",
        "Tu n'as pas obtenu le poste de chargé de projet.",
        "Vous n'avez malheureusement pas obtenu ce poste.",
        "Nous sommes au regret de vous annoncer que vous n'avez pas décroché le stage.",
        "Nous n'avons pas la capacité d'encadrer un profil junior. Nous ne pourrons donc pas donner suite dans l'immédiat.",
        "Après étude de votre candidature, nous ne pouvons malheureusement pas donner suite.",
    ],
    "es": [
        "Lamentamos comunicarle que no ha obtenido el puesto.",
        "Sentimos decirte que esta vez no has conseguido la vacante.",
        "Lamentablemente, usted no obtuvo el puesto de analista.",
        "Lo sentimos, pero no hay ninguna plaza disponible que se adapte a su perfil.",
        "En este momento no tenemos ninguna vacante acorde a tu perfil.",
    ],
    "it": [
        "Ci dispiace comunicarle che non ha ottenuto la posizione.",
        "Purtroppo non hai ottenuto il posto per cui ti sei candidato.",
        "Al momento non abbiamo nessuna posizione aperta adatta al suo profilo.",
    ],
    "pt": [
        "Lamentamos informar que você não obteve a vaga.",
        "Infelizmente, desta vez não conseguiu o cargo.",
        "No momento não temos nenhuma vaga que se adeque ao seu perfil.",
    ],
    "nl": [
        "Helaas moeten we je laten weten dat je de baan niet hebt gekregen.",
        "U heeft de functie helaas niet gekregen.",
        "Je krijgt de baan helaas niet.",
    ],
}

NO = {
    "de": [
        "Sie erfüllen nicht alle Anforderungen? Bewerben Sie sich trotzdem!",
        "Sie erfüllen alle Anforderungen der Stelle, daher laden wir Sie gerne zum Gespräch ein.",
        "Falls Sie die Voraussetzungen nicht erfüllen, melden Sie sich bitte bei uns.",
        "Bitte prüfen Sie, ob Sie die Anforderungen erfüllen.",
        "Herzlichen Glückwunsch, Sie haben die Stelle bekommen!",
        "Haben Sie die Stelle nicht bekommen? Sprechen Sie mit Ihrer Beraterin.",
        "Du wurdest für eine Schicht zugelassen – herzlichen Glückwunsch!",
        "Du bist noch nicht zugelassen? Bitte lade deine Unterlagen im Portal hoch.",
    ],
    "fr": [
        "Félicitations, vous avez obtenu le poste !",
        "Si vous n'avez pas obtenu le poste, vous pouvez postuler à nos autres offres.",
        "Vous n'avez pas encore obtenu de réponse ? Contactez-nous.",
        "Nous ne manquerons pas de donner suite à votre candidature dans les prochains jours.",
        "Nous ne pourrons donner suite qu'aux candidatures complètes.",
        "Si nous ne pouvons pas donner suite, nous vous le ferons savoir rapidement.",
    ],
    "es": [
        "¡Enhorabuena, has conseguido el puesto!",
        "Si no has obtenido el puesto, te avisaremos de nuevas vacantes.",
        "Aún no ha obtenido el puesto: la decisión se tomará la próxima semana.",
        "Si no hay ninguna vacante que se adapte a su perfil, guardaremos su currículum.",
        "Hay varias plazas disponibles que se adaptan a tu perfil: ¡inscríbete!",
    ],
    "it": [
        "Congratulazioni, ha ottenuto la posizione!",
        "Se non ha ottenuto la posizione, la informeremo su altre offerte.",
        "Abbiamo diverse posizioni aperte adatte al suo profilo.",
    ],
    "pt": [
        "Parabéns, você conseguiu a vaga!",
        "Ainda não conseguiu a vaga? Veja outras oportunidades.",
        "Temos uma vaga que se adequa ao seu perfil: gostaria de conversar?",
    ],
    "nl": [
        "Gefeliciteerd, je hebt de baan gekregen!",
        "Je krijgt de baan als je de laatste ronde haalt.",
    ],
}


# Session 13: representative cells of the grammar probe (bench/probes/<lang>-yes.txt, -no.txt),
# one per move the packs learned, and look-alikes in the same grammar.
YES_13 = {
    "de": [
        "Heute müssen wir Ihnen leider eine negative Rückmeldung geben.",
        # Session 25 (probes de-yes-9, de-yes-48): the post between the object and the verb.
        "Leider wurde Ihre Bewerbung auf die interne Stelle als Schichtleiter abgelehnt.",
        "Wir werden Ihre Bewerbung für die ausgeschriebene Position als Mechatroniker (m/w/d) "
        "nicht weiter berücksichtigen.",
        # Session 25 (probe de-yes-21): "auch wenn" conceding a decision in the perfect tense.
        "Auch wenn wir uns diesmal für eine andere Bewerberin entschieden haben, danken wir Ihnen.",
        "Gerne geben wir Ihnen Feedback, auch wenn wir uns für jemand anderen entschieden haben.",
        "Leider fällt unsere Rückmeldung heute negativ aus.",
        "Unsere Entscheidung ist leider nicht zu Ihren Gunsten ausgefallen.",
        "Leider ist unsere Wahl nicht auf Sie gefallen.",
        "Wir müssen Ihnen mitteilen, dass die Wahl auf eine andere Person gefallen ist.",
        "Wir müssen uns leider gegen Sie entscheiden.",
        "Leider mussten wir uns für andere Bewerbende entscheiden.",
        "Wir sehen uns leider nicht in der Lage, Ihnen ein Angebot zu unterbreiten.",
        "Leider sehen wir derzeit keine Möglichkeit einer Zusammenarbeit.",
        "Für diese Stelle hat es diesmal leider nicht gereicht.",
        "Sie sind für die nächste Runde leider nicht ausgewählt worden.",
        "Andere Bewerberinnen und Bewerber entsprachen dem Anforderungsprofil besser.",
        "Es gab Bewerber, deren Qualifikationen noch besser zu unseren Anforderungen passen.",
        "Ein anderer Bewerber hat die Zusage erhalten.",
        "Die Ausschreibung wurde aus internen Gründen aufgehoben.",
        "Leider fehlt Ihnen die geforderte Berufserfahrung.",
        "Leider reichen Ihre Deutschkenntnisse für diese Stelle nicht aus.",
        "Für diese Position suchen wir leider jemanden mit mehr Erfahrung.",
        "Leider haben Sie den Online-Test nicht bestanden.",
        "Ihre Fallstudie hat uns leider nicht überzeugt.",
        "Der Status Ihrer Bewerbung wurde auf „abgelehnt“ gesetzt.",
        "Leider hat sich unser Kunde gegen Ihr Profil entschieden.",
        "Ihre Bewerbung wurde leider negativ beschieden.",
        "Leider hat Ihre Bewerbung nicht zum Erfolg geführt.",
        "Leider haben wir uns nach reiflicher Überlegung nicht für Sie entschieden.",
        "Eine Zusammenarbeit kommt leider nicht zustande.",
        "Wir sehen von einer weiteren Berücksichtigung Ihrer Bewerbung ab.",
        "Ihre Bewerbung blieb leider ohne Erfolg.",
        "Wir danken Ihnen für Ihr Bewerbungsdossier, müssen Ihnen aber leider absagen.",
        "Wir haben uns für einen anderen Bewerber entschieden, würden Sie aber gerne in unserem Talentpool behalten.",
    ],
    "fr": [
        "Malheureusement, nous n'allons pas pouvoir continuer avec vous.",
        "Nous ne poursuivrons pas le processus de recrutement avec vous.",
        "Nous ne pouvons y répondre favorablement.",
        "Nous ne vous convierons pas à un entretien.",
        "Nous avons pris la décision de clôturer votre candidature.",
        "Votre profil n'a pas été jugé adapté au poste.",
        "Le choix s'est porté sur une candidature interne.",
        "Nous avons retenu des candidatures plus proches de nos besoins.",
        "Nous avons finalement recruté quelqu'un d'autre.",
        "L'offre a été retirée.",
        "Pour des raisons budgétaires, le poste ne sera pas pourvu.",
        "Vous ne remplissez pas les conditions requises pour ce poste.",
        "Il vous manque l'expérience requise pour ce poste.",
        "Malheureusement, nous recherchons un profil plus expérimenté.",
        "Votre profil est trop junior pour ce poste.",
        "La commission a émis un avis défavorable sur votre candidature.",
        "Notre retour est malheureusement négatif.",
        "Décision : candidature refusée",
        "Nous avons estimé que votre profil ne correspondait pas au poste.",
        "L'aventure s'arrête ici pour toi.",
        "Après étude de ta candidature, nous avons le regret de te dire que nous ne la retenons pas.",
        "Nous regrettons de ne pas pouvoir vous recevoir en entretien.",
        "Nous n'irons pas de l'avant avec votre candidature.",
        "Le poste a été comblé à l'interne.",
        "Votre offre de service n'a pas été retenue.",
        "Vous n'êtes pas admis à l'épreuve orale.",
    ],
    "nl": [
        "Wij hebben besloten het sollicitatieproces met u niet voort te zetten.",
        "Wij zien geen aanleiding om u uit te nodigen voor een gesprek.",
        "Helaas is de keuze niet op u gevallen.",
        "We hebben gekozen voor iemand anders.",
        "We hebben helaas een andere kandidaat gekozen.",
        "Uw sollicitatie heeft helaas niet geleid tot een uitnodiging.",
        "Helaas ben je afgevallen in de eerste ronde.",
        "De vacature is helaas komen te vervallen.",
        "Uw profiel sluit onvoldoende aan bij de functie-eisen.",
        "Helaas zoeken wij iemand met meer ervaring.",
        "Wij moeten u berichten dat u niet in aanmerking komt.",
        "Helaas valt je sollicitatie af.",
        "Wij zijn met een andere kandidaat in zee gegaan.",
    ],
    "es": [
        "Hemos tomado la decisión de no continuar con su candidatura.",
        "No has pasado a la siguiente fase.",
        "Hemos elegido a un candidato con más experiencia.",
        "La vacante ha quedado desierta.",
        "Buscábamos un perfil más senior.",
        "Tras revisar su CV, no vamos a convocarle a entrevista.",
        "Estado de la candidatura: No seleccionado",
        "Hemos decidido prescindir de su candidatura.",
        "No seguiremos adelante con el proceso.",
        "No te presentaremos a nuestro cliente para esta posición.",
    ],
    "it": [
        "L'esito della selezione è stato negativo.",
        "Non sei passato alla fase successiva.",
        "È stata scelta un'altra candidata.",
        "Abbiamo proposto la posizione a un altro candidato.",
        "Il posto è già stato assegnato.",
        "Non possiede i requisiti richiesti per la posizione.",
        "Tuttavia stiamo cercando un profilo più senior.",
        "Stato della candidatura: respinta",
        "Lei risulta escluso dalla procedura selettiva.",
        "Non siamo in grado di proseguire.",
        "Ti confermiamo che non procederemo oltre.",
        "Non riteniamo il tuo profilo adeguato alla posizione.",
    ],
    "pt": [
        "Você não avançou para a próxima fase.",
        "Sua candidatura, infelizmente, não avançou.",
        "Infelizmente não foi desta vez.",
        "A vaga foi oferecida a outro candidato.",
        "Procurávamos um perfil mais sénior.",
        "Status da candidatura: não selecionado",
        "Você foi eliminado do processo seletivo.",
        "O seu perfil não reúne os requisitos exigidos para a função.",
    ],
}

NO_13 = {
    "de": [
        "Das Auswahlverfahren ist noch nicht abgeschlossen.",
        "Wir haben uns für Sie entschieden!",
        "Leider muss ich Ihnen absagen, da ich mich für ein anderes Angebot entschieden habe.",
        "Auch wenn du nicht alle Anforderungen erfüllst, bewirb dich gerne trotzdem.",
        # Session 25: "not every application", and "weiterhin" is no "weiter" verb.
        "Bitte haben Sie Verständnis, dass wir nicht jede Bewerbung sofort berücksichtigen können.",
        "Ihre Bewerbung als Konstrukteur ist davon nicht betroffen, wir möchten Sie weiterhin "
        "gerne kennenlernen.",
        # Session 25: "selbst wenn" with a decision not yet made stays a condition.
        "Selbst wenn wir uns für jemand anderen entscheiden sollten, melden wir uns bei Ihnen.",
        "Wir haben uns für andere Mietinteressenten entschieden.",
        "Leider können wir Ihnen noch keine Entscheidung mitteilen.",
        "Die Wahl ist auf Sie gefallen.",
        "Wir haben uns noch nicht für einen Kandidaten entschieden.",
        "Leider können wir Ihnen noch keine positive Nachricht geben, da das Verfahren noch läuft.",
        "Wir sehen von einer Absage ab und laden Sie zum Gespräch ein.",
        "Wir suchen jemanden mit mehr Erfahrung: jetzt bewerben!",
    ],
    "fr": [
        "J'ai malheureusement décidé de ne pas donner suite à votre proposition.",
        "Le propriétaire a retenu un autre dossier pour le logement.",
        "Votre candidature à la formation n'a pas été retenue.",
        "Le poste n'a pas encore été pourvu, le processus continue.",
        "Notre choix s'est porté sur vous.",
        "Vous êtes admis à l'épreuve orale qui aura lieu le 12 juin.",
        "Nous irons de l'avant avec votre candidature et vous convoquerons en entrevue.",
        "Nous recherchons un profil plus expérimenté pour renforcer l'équipe : postulez !",
    ],
    "nl": [
        "Helaas moet ik u laten weten dat ik het aanbod niet aanneem.",
        "Ik heb besloten om niet verder te gaan in de procedure.",
        "Uw kredietaanvraag is afgewezen.",
        "Download ons gratis sjabloon voor een afwijzingsmail.",
        "Wij zoeken iemand met meer ervaring: solliciteer nu!",
        "We hebben je cv voorgedragen bij onze opdrachtgever.",
        "De vacature is nog niet ingevuld, we spreken nog met kandidaten.",
    ],
    "es": [
        "La vacante aún no se ha cubierto y su candidatura sigue en el proceso.",
        "He decidido no continuar en el proceso.",
        "Su solicitud de préstamo ha sido denegada.",
        "Buscamos un perfil con más experiencia: ¡inscríbete ya!",
        "Te presentaremos a nuestro cliente la próxima semana.",
    ],
    "it": [
        "Ho deciso di non proseguire con il processo di selezione.",
        "Il suo articolo non è stato accettato per la pubblicazione.",
        "La nostra scelta è ricaduta su di lei.",
        "Non è stato selezionato alcun file.",
    ],
    "pt": [
        "A vaga ainda não foi preenchida e sua candidatura continua em análise.",
        "Infelizmente decidi não aceitar a proposta.",
        "Seu pedido de adesão à associação não foi aceito.",
        "Buscamos um perfil com mais experiência: candidate-se já!",
    ],
}

# Session 13, pass 4: senders and shapes the first passes under-covered (bench/probes/
# <lang>-yes-4.txt, -no-4.txt): public sector, agencies relaying a client, ATS statuses,
# apprenticeships and hourly jobs; look-alikes from the same senders.
YES_13_4 = {
    "de": [
        "Ihre Bewerbung bleibt im weiteren Verfahren unberücksichtigt.",
        "Sie scheiden damit aus dem weiteren Auswahlverfahren aus.",
        "Das Feedback unseres Kunden ist leider negativ ausgefallen.",
        "Statusänderung Ihrer Bewerbung: abgesagt",
        "Alle Ausbildungsplätze für 2027 sind bereits vergeben.",
        "Wir müssen dir für den Praktikumsplatz leider absagen.",
        "Mit diesem Schreiben erhalten Sie leider eine Absage auf Ihre Bewerbung.",
        "Wir haben die Schichten schon vollständig besetzt.",
        "Du bist leider raus, aber bewirb dich gerne wieder.",
    ],
    "fr": [
        "Vous n'êtes pas admissible aux épreuves orales.",
        "Votre candidature pour le poste de Data Engineer a été refusée.",
        "Notre client ne souhaite pas aller plus loin avec votre candidature.",
        "Toutes nos places en apprentissage sont pourvues pour cette année.",
        "Nous avons reçu de nombreuses candidatures et n'avons pas pu retenir la vôtre.",
        "On ne te retient pas pour cette fois.",
    ],
    "nl": [
        "U valt helaas af voor de volgende selectieronde.",
        "De terugkoppeling van de opdrachtgever is helaas negatief.",
        "Wij hebben voor een andere kandidaat geopteerd.",
        "De BBL-plek is inmiddels ingevuld.",
    ],
    "es": [
        "Ha obtenido la calificación de no apto en el primer ejercicio.",
        "Decidimos avanzar con otros postulantes.",
        "Ya hemos cubierto las plazas de prácticas para este semestre.",
    ],
    "it": [
        "Abbiamo deciso di orientarci verso candidati con maggiore esperienza.",
        "Non risulta tra i candidati ammessi alla prova orale.",
        "Stato della tua candidatura: Rifiutata",
    ],
}

NO_13_4 = {
    "de": [
        "Bitte vervollständigen Sie Ihr Profil, damit Ihre Bewerbung nicht abgelehnt werden muss.",
        "Leider müssen wir Ihnen den Termin am Dienstag absagen.",
        "Statusänderung Ihrer Bewerbung: in Prüfung",
        "Leider können wir Ihnen keinen Studienplatz anbieten.",
        "Leider noch keine Zusage von uns, wir melden uns nächste Woche.",
        "Wir haben eine Absage für den Termin am Montag erhalten und bieten Ihnen Dienstag an.",
    ],
    "fr": [
        "Merci de compléter votre dossier, faute de quoi il ne pourra pas être retenu.",
        "Votre candidature ne sera pas archivée tant que le processus est en cours.",
        "Vous êtes admissible aux épreuves orales, votre convocation est jointe.",
    ],
    "nl": ["Wij hebben nog niet voor een kandidaat gekozen."],
    "es": [
        "Sin tu CV no podremos tener en cuenta tu candidatura.",
        "Aún no hemos cerrado el proceso.",
    ],
    "it": ["Abbiamo deciso di orientarci verso un colloquio in presenza."],
}

# Session 14, pass 6 (de, fr) and 5 (it, nl, es, pt): later stages, internal posts, research,
# hospitals and hotels, freelance missions, agencies (bench/probes/<lang>-yes-6.txt / -5.txt);
# look-alikes: the same words as "not yet", a negated choice, another domain's refusal.
YES_14 = {
    "de": [
        "Das Projekt ist leider bereits an einen anderen Dienstleister vergeben.",
        "Ihr Profil wurde vom Kunden abgelehnt.",
        "Damit ist das Bewerbungsverfahren für Sie leider beendet.",
        "Nach dem Assessment-Center haben wir uns für andere Teilnehmende entschieden.",
        "Uns fehlt bei Ihnen die geforderte Erfahrung im Projektmanagement.",
    ],
    "fr": [
        "Mission pourvue, merci pour votre intérêt.",
        "Votre candidature a été classée sans suite.",
        "Merci pour la restitution de votre étude de cas ; nous ne donnerons toutefois pas suite.",
        "Le client ne retient pas ton profil.",
    ],
    "it": [
        "La ringraziamo per l'interesse; tuttavia abbiamo ritenuto di proseguire con altri profili.",
        "Si comunica che il candidato è risultato non idoneo alla prova scritta.",
        "La sua candidatura è stata dichiarata inammissibile.",
        "Il suo profilo, pur interessante, non è in linea con quanto ricercato in questo momento.",
        "L'incarico è stato affidato a un altro professionista.",
        "Il cliente ha valutato il tuo cv ma non ritiene di proseguire.",
        "Purtroppo per questa volta non se ne fa nulla.",
    ],
    "nl": [
        "Alle seizoensplekken zijn inmiddels vergeven.",
        "De klant heeft gekozen voor een andere zzp'er.",
        "Wij hebben moeten besluiten om uw kandidatuur niet te weerhouden.",
    ],
    "es": [
        "El cliente me ha dado respuesta: lamentablemente no sigues en el proceso.",
        "No ha superado el primer ejercicio de la oposición.",
        "Gracias por la prueba en cocina, pero elegimos a otro cocinero.",
    ],
    "pt": [
        "Seu currículo ficará em nosso banco de talentos, mas nesta vaga seguiremos com outros candidatos.",
        "A posição já se encontra preenchida.",
        "O cliente escolheu outro consultor para a alocação.",
    ],
}

NO_14 = {
    "de": [
        "Das Projekt ist noch nicht vergeben; der Kunde möchte Sie kennenlernen.",
        "Leider müssen wir Ihnen den Termin absagen.",
    ],
    "fr": [
        "La mission n'est pas encore pourvue : le client souhaite échanger avec vous.",
        "Modèle de lettre de refus de candidature à télécharger.",
    ],
    "it": [
        "Il suo nominativo risulta tra gli ammessi alla prova orale.",
        "Vi scrivo per comunicare che non proseguirò con il processo di selezione.",
    ],
    "nl": ["We hebben nog niet voor een andere kandidaat gekozen."],
    "es": [
        "Todavía no hemos elegido a otro candidato; queremos volver a hablar contigo.",
        "No has sido descartado: seguimos valorando tu perfil.",
    ],
    "pt": [
        "Ainda não escolhemos outro candidato; queremos conversar mais com você.",
        "A vaga ainda não foi preenchida; entraremos em contato na próxima semana.",
    ],
}

# Session 15, pass 7 (de, fr) and 6 (it, nl, es, pt): ATS status changes, agencies relaying a
# client, registers, public sector, apprenticeships and internships, later stages, offers
# withdrawn, frozen posts, internal hires (bench/probes/<lang>-yes-7.txt / -6.txt); look-alikes:
# one post filled and a named other one proposed, a meeting moved, a negated choice.
YES_15 = {
    "de": [
        "Im Bewerberportal finden Sie ab sofort den Status „Prozess beendet – keine Einstellung“.",
        "Ihre Bewerbung ist in die engere Auswahl nicht aufgenommen worden.",
        "Der Einsatz beim Kunden kommt leider nicht zustande.",
        "Nach dem Probetag haben wir entschieden, die Zusammenarbeit nicht einzugehen.",
        "Leider müssen wir unser Angebot an Sie zurückziehen.",
        "Die Stelle konnten wir unterdessen besetzen.",
        "Ihr Antrag auf Einstellung in den Polizeidienst wurde abgelehnt.",
        "Ihre Bewerbung hat sich damit erledigt.",
        "Ihre Bewerbung befindet sich nicht mehr im Auswahlverfahren.",
        "Die Entscheidung ist zugunsten eines anderen Teilnehmers ausgefallen.",
    ],
    "fr": [
        "Le statut de votre candidature a changé : candidature clôturée.",
        "Le processus de recrutement est terminé pour vous.",
        "Le client a fait le choix d'un profil plus senior.",
        "Nous sommes contraints de retirer la proposition d'embauche qui vous avait été faite.",
        "Nous ne sommes pas en mesure de vous accueillir en apprentissage cette année.",
        "Bien que nous ne donnions pas suite, nous serions heureux de garder contact.",
        "Votre candidature ne fait plus partie du processus de sélection.",
        "L'entreprise a finalement opté pour une solution interne.",
    ],
    "it": [
        "La sua candidatura è stata classificata come non idonea per la posizione.",
        "La missione è stata assegnata ad un altro lavoratore.",
        "Mi dispiace, ma il team ha scelto qualcun altro.",
        "Siamo costretti a ritirare l'offerta che le avevamo fatto.",
        "La sua candidatura non ha potuto essere considerata.",
        "Dopo l'assessment non siamo in grado di farle un'offerta.",
    ],
    "nl": [
        'Je sollicitatie heeft de status "niet geselecteerd" gekregen.',
        "Helaas hebben we iemand anders gekozen.",
        "De klant kiest ervoor om het traject met jou niet voort te zetten.",
        "U behoort niet tot de kandidaten die worden uitgenodigd voor de tweede ronde.",
        "Wij zien ons genoodzaakt het aanbod aan u in te trekken.",
        "Het besluit is gevallen in het voordeel van een andere kandidaat.",
    ],
    "es": [
        "Hemos cerrado tu candidatura para este puesto.",
        "Te escribimos para contarte que no pasas a la siguiente fase.",
        "El tribunal no le ha admitido a la fase de entrevista.",
        "Hemos elegido a otro estudiante para la beca de prácticas.",
        "Nos vemos obligados a retirar la oferta que le hicimos.",
        "Tu candidatura ya no forma parte del proceso de selección.",
    ],
    "pt": [
        "O processo seletivo foi concluído para você.",
        "Após a entrevista, o cliente não considerou o seu perfil aderente.",
        "A banca não o habilitou para a fase de entrevista.",
        "Após a entrevista final, optamos por outro finalista.",
        "Somos obrigados a retirar a proposta que lhe fizemos.",
        "A decisão foi tomada a favor de outro candidato.",
    ],
}

NO_15 = {
    "de": [
        "Die Stelle in Hamburg ist besetzt, aber wir möchten Sie gern für die Stelle in Berlin berücksichtigen.",
        "Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.",
    ],
    "fr": [
        "Le poste à Lyon est pourvu, mais nous aimerions vous proposer celui de Lille.",
        "Nous avons décidé de ne pas prolonger l'annonce ; votre candidature reste à l'étude.",
        "La candidature est clôturée le 30 juin.",
    ],
    "it": [
        "La posizione di Milano è coperta, ma vorremmo proporle quella di Torino.",
        "Non abbiamo ancora scelto un altro candidato.",
        "Non abbiamo scelto un altro candidato: vogliamo te.",
    ],
    "nl": [
        "Het gesprek gaat niet door en wordt opnieuw ingepland; we sturen je een nieuwe datum.",
        "De functie in Utrecht is ingevuld, maar we willen je graag de functie in Rotterdam voorstellen.",
        "We hebben nog niet voor iemand anders gekozen.",
        "We hebben niet voor de andere kandidaat gekozen, maar voor jou.",
    ],
    "es": [
        "El puesto de Madrid está cubierto, pero nos gustaría proponerte el de Valencia.",
        "Aún no hemos optado por otro perfil.",
        "Su solicitud de excedencia ha sido denegada.",
    ],
    "pt": ["A vaga de São Paulo foi preenchida, mas gostaríamos de lhe propor a de Campinas."],
}

# Session 16, from the dev unit mies/es (a ministry's selection of professionals): the
# requirement "lo que requerimos" and the impersonal "no se ha aceptado su participación".
YES_16 = {
    "es": [
        "Su titulación no corresponde a lo que requerimos para este puesto.",
        "Tu experiencia no se ajusta a lo que necesitamos en esta vacante.",
        "No se ha aceptado su participación en esta convocatoria.",
        "No se admitió tu postulación al proceso de selección.",
    ],
}
NO_16 = {
    "es": [
        "Aún no se ha aceptado su participación: seguimos revisando la documentación.",
        "Si su perfil no corresponde a lo que requerimos, se lo comunicaremos.",
        "No se ha aceptado su solicitud de excedencia.",
    ],
}

# Session 18, pass 8 (issue 11): Italian and Spanish frames widened from the facts of real
# recruiting mail (bench/probes/{it,es}-yes-8.txt): a title and an employer between the
# application and its verb, the objects and adjectives of "no fit", the post filled with an
# adverb or a relative clause inside, other candidates chosen in the passive.
YES_18 = {
    "it": [
        "La sua candidatura per la posizione di Magazziniere presso Rossi Impianti non è stata selezionata.",
        "La tua candidatura non potrà proseguire nelle fasi successive della selezione.",
        "La sua candidatura non verrà portata avanti per questa posizione.",
        "Il suo profilo non risulta allineato alle esigenze attuali del ruolo.",
        "Le sue competenze non sono risultate in linea con quanto richiesto.",
        "Il suo curriculum non risponde pienamente alle caratteristiche ricercate per il ruolo.",
        "La posizione per cui si è candidata è stata nel frattempo coperta.",
        "Sono stati selezionati altri candidati per le fasi successive.",
        "La selezione è proseguita con altri candidati.",
        "Non possiamo accogliere la sua domanda per la posizione di Autista.",
        "La selezione è conclusa e non è stato possibile includerla tra i finalisti.",
    ],
    "es": [
        "Tu postulación a la oferta de Analista contable en Grupo Ibérica ha sido rechazada.",
        "Su candidatura no ha sido aprobada por el comité de selección.",
        "La oferta a la que aplicaste ha sido cerrada.",
        "No procederemos con tu candidatura.",
        "No continuaremos con tu proceso de selección.",
        "Tu experiencia no se alinea con las necesidades del puesto.",
        "Su perfil no se adecúa a los requerimientos del puesto.",
        "La empresa ha decidido cubrir la vacante con otro postulante.",
        "La convocatoria ha sido declarada desierta.",
    ],
}
NO_18 = {
    "it": [
        "In assenza del consenso al trattamento dei dati, la sua candidatura non potrà essere valutata.",
        "Le candidature prive di curriculum non saranno accolte.",
        "Abbiamo deciso di non procedere con gli altri candidati: la posizione è sua.",
        "La sua candidatura non è stata ancora esaminata.",
        "Il suo profilo è in linea con quanto ricercato e lo stiamo valutando.",
        "Sono stati selezionati altri candidati oltre a lei per il colloquio.",
        "Non è stato possibile inserirla nel calendario di martedì: le proponiamo mercoledì.",
    ],
    "es": [
        "Hemos decidido no continuar con los otros candidatos: el puesto es tuyo.",
        "Las solicitudes incompletas no serán tenidas en cuenta.",
        "Tu postulación aún no ha sido revisada.",
        "Todavía no hemos cubierto la vacante; seguimos revisando perfiles.",
        "Su solicitud de beca ha sido rechazada.",
    ],
}

# Session 20 (issue 11, bench/probes/<lang>-yes-10.txt): kinds the leave-sources-out view on
# dev and ATS templates showed the packs knew only through one source's own rule, as frames:
# orientation on other profiles, the shortlist, a search closed with someone else, the
# next step not reached, the Dutch verb-final passive and separable verbs; pass 11 (-yes-11.txt):
# each held-out kind in its paradigm's other persons, tenses and words.
YES_20 = {
    "it": [
        "Abbiamo preferito orientarci su profili con maggiore esperienza nel settore.",
        "Dopo un'attenta analisi non ti abbiamo inserito nella rosa dei candidati.",
        "Non sei rientrato nella short list per questa posizione.",
        "Il tuo profilo, seppur interessante, non rispecchia pienamente quanto cercavamo.",
        "La sua candidatura non è tra quelle che proseguiranno nella selezione.",
        "Non la contatteremo per un colloquio.",
        "Abbiamo concluso l'iter di selezione con un altro candidato.",
        "Non risulti in possesso dei requisiti richiesti per la posizione.",
        "Purtroppo ci stiamo concentrando su candidati con maggiore esperienza.",
        "Questa volta non ce l'hai fatta, ma ti incoraggiamo a riprovare.",
    ],
    "fr": [
        "Le recrutement a été finalisé avec une autre personne.",
        "Tu ne passes pas à l'étape suivante.",
        "La mission ayant été pourvue, nous te souhaitons bonne continuation.",
        "Il ne nous est malheureusement pas possible d'y donner suite.",
        "Nous avons décidé d'offrir le poste à un(e) autre candidat(e).",
        "Le poste ne vous a pas été attribué.",
        "Vos compétences ne correspondent pas tout à fait à notre recherche actuelle.",
        "Il ne nous est pas possible de lui donner une suite favorable.",
        "Il nous est impossible d'y donner suite.",
    ],
    "nl": [
        "We laten je weten dat je sollicitatie helaas niet is geselecteerd.",
        "Wij nemen je sollicitatie niet verder mee in de procedure.",
        "Helaas val je af in deze ronde.",
        "Je staat helaas niet op de shortlist.",
        "Helaas ben jij het niet geworden.",
        "We kunnen je op dit moment niet verder helpen.",
        "We zoeken momenteel geen nieuwe collega's.",
        "Op dit moment hebben we geen openstaande vacatures.",
        "We zijn voor een andere kandidaat gegaan.",
    ],
    "es": [
        "Su formación no responde a lo que buscábamos para el puesto.",
        "No se ha considerado su postulación para la siguiente fase.",
        "No se ha podido aceptar tu candidatura para este puesto.",
    ],
    "de": [
        "Wir konzentrieren uns derzeit auf Bewerber*innen mit mehr Berufserfahrung.",
        "Es gab andere Bewerber*innen mit mehr Berufserfahrung.",
        "Du stehst leider nicht auf der Shortlist.",
    ],
}
NO_20 = {
    "it": [
        "Ci orienteremo su profili con maggiore esperienza solo se la posizione verrà confermata.",
        "Ti abbiamo inserito nella rosa dei candidati per il colloquio finale.",
        "Se non la contatteremo per un colloquio entro trenta giorni, la selezione sarà conclusa.",
        "Abbiamo concluso il contratto con un altro fornitore.",
    ],
    "fr": [
        "Vous passez à l'étape suivante : un entretien avec l'équipe.",
        "Si tu ne passes pas à l'étape suivante, nous te le dirons par e-mail.",
        "Le poste vous a été attribué : bienvenue dans l'équipe !",
        "Le poste n'étant pas encore pourvu, nous vous invitons à un entretien.",
    ],
    "nl": [
        "Je sollicitatie is nog niet geselecteerd: we bekijken alle reacties eerst.",
        "Je staat nog niet op de shortlist, maar we nemen je cv zeker mee.",
        "We nemen je sollicitatie mee in de volgende ronde.",
        "We zoeken nieuwe collega's: solliciteer nu!",
        "De vacature is nog niet ingevuld, dus je bent van harte welkom.",
    ],
    "es": [
        "Todavía no se ha admitido ninguna candidatura: el plazo sigue abierto.",
    ],
    "de": [
        "Du stehst noch nicht auf der Shortlist, weil dein Lebenslauf fehlt.",
        "Du stehst auf der Shortlist: wir melden uns für das finale Gespräch.",
    ],
}

# The decision only in the subject; the body thanks and signs off.
SUBJECT_ONLY = [
    # Session 25: an application's status after a colon.
    ("it", "La tua candidatura per Magazziniere: non selezionata", True),
    ("it", "Stato della candidatura: scartata", True),
    ("fr", "Votre candidature pour Magasinier : non retenue", True),
    ("es", "Tu candidatura para Mozo de almacén: no seleccionada", True),
    ("pt", "A sua candidatura para Operador de armazém: não selecionada", True),
    ("it", "La tua candidatura per Magazziniere: in valutazione", False),
    ("de", "Absage: Ihre Bewerbung als Data Engineer", True),
    ("de", "Ihre Bewerbung bei Acme – Absage", True),
    ("de", "Eingangsbestätigung Ihrer Bewerbung", False),
    ("de", "Leider keine Zusage – Ihre Bewerbung bei Acme", True),
    ("fr", "Refus de candidature – Alternance 2027", True),
    ("fr", "Accusé de réception de votre candidature", False),
    ("es", "Resultado del proceso de selección: no seleccionado", True),
    # Session 14: ATS status words alone.
    ("de", "Absage", True),
    ("de", "Absage: Termin am Dienstag", False),
    ("it", "Esito candidatura: negativo", True),
    ("it", "Esclusione dal concorso", True),
    ("nl", "Afgewezen", True),
    ("es", "Rechazado", True),
    ("pt", "Reprovado", True),
    ("pt", "Vaga preenchida", True),
    ("pt", "Confirmação de candidatura", False),
    # Session 15: status and outcome after a dash or a colon.
    ("fr", "Réponse à votre candidature – non retenue", True),
    ("fr", "Candidature clôturée", True),
    ("es", "Actualización de tu candidatura: no seleccionado", True),
    ("nl", "Terugkoppeling op je sollicitatie: geen uitnodiging", True),
    ("pt", "Atualização da sua candidatura: não aprovada", True),
    ("pt", "Atualização da sua candidatura: em análise", False),
]


# Session 21, from the dev unit vacman/fr (a federal vacancy system): a plural noun in a
# complement ("le Système de gestion des postes vacants") is not the subject of a singular
# "est fermé"; the post or the posts as subject stay a no.
YES_21 = {
    "fr": [
        "Les postes auxquels vous avez postulé sont désormais pourvus.",
        "Le poste auquel vous avez postulé depuis votre espace candidat est désormais fermé.",
        "Le recrutement pour les postes de techniciens est clos.",
    ],
}
NO_21 = {
    "fr": [
        "Votre profil d'employé dans le Système de gestion des postes vacants est maintenant fermé.",
        "Le portail des offres d'emploi est fermé pour maintenance ce week-end.",
    ],
}

# Session 25 (branch italian3, bench/probes/{it,fr,es,pt}-{yes,no}-50.txt, from grammar): the
# impersonal judgement ("non riteniamo di poter dar seguito"), a test's result not enough, a profile
# judged not suitable by a board, the rest of the process "sans vous", the process going on with
# others; look-alikes: a selection suspended that resumes, the process going on with the reader.
YES_25 = {
    "it": [
        "Al momento non riteniamo di poter dar seguito alla Sua candidatura.",
        "L'esito della prova tecnica non è stato sufficiente per accedere alla fase successiva.",
        "La commissione ha ritenuto il Suo profilo non idoneo alla posizione.",
        "Purtroppo la nostra scelta si è orientata verso altri candidati.",
        "Abbiamo ritenuto di dare priorità a candidature con un'esperienza più specifica.",
        "Purtroppo l'azienda ha optato per un profilo con maggiore esperienza nel settore.",
    ],
    "fr": [
        "La suite du processus se fera sans vous.",
        "Le processus de recrutement se poursuivra avec d'autres candidats.",
        "Nous ne pouvons malheureusement pas répondre positivement à votre demande.",
        "Malheureusement, nous n'avons pas de poste correspondant à votre profil à ce jour.",
        "Le jury ne vous a pas déclaré admis.",
    ],
    "es": [
        "El resto del proceso se hará sin ti.",
        "La comisión ha considerado su perfil no idóneo para el puesto.",
    ],
    "pt": [
        "A comissão considerou o seu perfil não adequado para a vaga.",
    ],
}
NO_25 = {
    "it": [
        "La selezione è sospesa per le ferie estive e riprenderà a settembre.",
        "La prova tecnica ha avuto esito positivo: è ammesso al colloquio finale.",
        "Il processo di selezione proseguirà con Lei e altri due candidati.",
        "Daremo priorità alle candidature pervenute entro il 30 giugno.",
        "L'azienda ha optato per un colloquio in videochiamata.",
    ],
    "fr": [
        "Le recrutement est suspendu pendant l'été et reprendra en septembre.",
        "Le processus de recrutement se poursuivra avec vous et deux autres candidats.",
        "Le jury vous a déclaré admis à l'épreuve orale.",
    ],
    "es": [
        "El proceso de selección está suspendido durante el verano y se reanudará en septiembre.",
    ],
    "pt": [
        "O processo seletivo está suspenso durante o verão e será retomado em setembro.",
    ],
}
CELLS = [
    (lang, s, True)
    for table in (YES, YES_13, YES_13_4, YES_14, YES_15, YES_16, YES_18, YES_20, YES_21, YES_25)
    for lang, cells in table.items()
    for s in cells
] + [
    (lang, s, False)
    for table in (NO, NO_13, NO_13_4, NO_14, NO_15, NO_16, NO_18, NO_20, NO_21, NO_25)
    for lang, cells in table.items()
    for s in cells
]


@pytest.mark.parametrize(("lang", "sentence", "rejection"), CELLS)
def test_the_cell_says_no_and_its_look_alike_does_not(
    lang: str, sentence: str, rejection: bool
) -> None:
    """A cell is a rejection read in its own language; a look-alike is none."""
    v = wrapped(lang, sentence)
    assert v.is_rejection is rejection, v.reasons
    assert v.language == lang or not rejection


@pytest.mark.parametrize(("lang", "subject", "rejection"), SUBJECT_ONLY)
def test_a_decision_in_the_subject_alone_counts(lang: str, subject: str, rejection: bool) -> None:
    """Some ATS mails carry the outcome only in the subject line (session 13, pass 4)."""
    _, head, tail = WRAP[lang]
    msg = mail(head + tail.lstrip("\n"), subject=subject, sender="Acme <jobs@acme-corp.com>")
    assert classify(msg, [OWNER]).is_rejection is rejection


def test_an_employees_refused_overtime_or_leave_request_is_no_job_rejection() -> None:
    """Session 16, from the dev unit jorani/it (a leave manager): an employee's own request
    for overtime or leave refused is a refusal of something else; an application's refusal
    that mentions overtime work stays one."""
    refused = mail(
        "Ciao Robin,\n\nil lavoro straordinario che hai richiesto per il 3 marzo è stato "
        "respinto dal tuo responsabile.\n\nUfficio del personale",
        subject="La tua richiesta di straordinario è stata rifiutata",
        sender="Gestione presenze <presenze@acme-corp.com>",
    )
    verdict = classify(refused, [OWNER])
    assert not verdict.is_rejection, verdict.reasons
    application = mail(
        "Gentile Robin,\n\nla ringraziamo per la candidatura. Purtroppo la sua candidatura "
        "non è stata accolta: cercavamo esperienza di lavoro straordinario nei turni "
        "notturni.\n\nCordiali saluti\nUfficio del personale",
        subject="La sua candidatura come magazziniere",
        sender="Acme <jobs@acme-corp.com>",
    )
    verdict = classify(application, [OWNER])
    assert verdict.is_rejection, verdict.reasons
