"""Issue 11, session 27 (branch gates27): job rejections that carry a look-alike gate's words.

From bench/probes/{en,de,fr,es,it,nl}-{yes,no}-53.txt (written from how employers, ATS
templates, recruiters, accelerators, universities and clubs write; no corpus text). A trainee's,
graduate's or apprentice's programme, a post named by its title's head, a compound job noun
("Entwicklerstelle", "developerfunctie"), a contrat doctoral, an assegno di ricerca, the role
named as the application's object ("applying to be Head Coach at Riverside Rowing Club",
"Bewerbung als Trainerin in unserem Verein"): job words, so the other domain's word beside them
(membership, university, club, programme, volunteers) weighs a third; congratulations on the
reader's progress is no offer; a no with an adverb before its "pas"; tips on rejection in
a hiring function's own (not bulk) mail are its footer. Beside each, the
look-alike in the same words stays none: an accelerator's or a mentoring programme's
selection, an admission, a course that is full, a volunteer coach.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import classify

SENDER_JOBS = "Acme Careers <jobs@acme-corp.com>"

# From an organisation's no-reply address: (lang, subject, sentence).
WEAK_YES = [
    (
        "en",
        "Your application: Membership Officer",
        "Unfortunately, we have decided not to take your application for the Membership Officer post any further.",
    ),
    (
        "en",
        "Your application: Research Assistant",
        "The University has now completed shortlisting for the Research Assistant post, and unfortunately you have not been shortlisted.",
    ),
    (
        "de",
        "Ihre Bewerbung für unser Traineeprogramm",
        "Leider müssen wir Ihnen mitteilen, dass Ihre Bewerbung für unser Traineeprogramm diesmal nicht erfolgreich war.",
    ),
    (
        "de",
        "Koordination Ehrenamt (Teilzeit, unbefristet)",
        "Vielen Dank für Ihre Bewerbung als Koordinatorin für unsere Ehrenamtlichen. Leider haben wir uns für eine andere Bewerberin entschieden.",
    ),
    (
        "fr",
        "Votre candidature à notre programme Graduate",
        "Malheureusement, votre candidature à notre programme Graduate n'a pas été retenue cette année.",
    ),
    (
        "it",
        "La sua candidatura al nostro Graduate Program",
        "Purtroppo la sua candidatura al nostro Graduate Program non è stata selezionata quest'anno.",
    ),
    (
        "it",
        "Assegno di ricerca",
        "Siamo spiacenti di comunicarle che l'assegno di ricerca è stato assegnato a un'altra candidata.",
    ),
    (
        "es",
        "Contrato predoctoral",
        "Lamentamos comunicarte que el contrato predoctoral se ha adjudicado a otra candidata.",
    ),
    (
        "nl",
        "Je sollicitatie voor het traineeprogramma",
        "Helaas kunnen we je geen plek in ons traineeprogramma aanbieden.",
    ),
    # The role named as the application's object, at an employer named by another domain's word.
    (
        "en",
        "Your application: Head Coach",
        "Thank you for applying to be Head Coach at Riverside Rowing Club. Unfortunately, we have decided to appoint another candidate.",
    ),
    (
        "en",
        "Your application: Lecturer in Law",
        "The College has now completed its selection, and unfortunately your application for Lecturer in Law was unsuccessful.",
    ),
    (
        "de",
        "Ihre Bewerbung als Trainerin",
        "Vielen Dank für Ihre Bewerbung als hauptamtliche Trainerin in unserem Verein. Leider haben wir uns für eine andere Bewerberin entschieden.",
    ),
    (
        "fr",
        "Votre candidature en tant qu'entraîneur",
        "Merci pour votre candidature en tant qu'entraîneur salarié de notre club. Malheureusement, nous avons retenu une autre candidature.",
    ),
    (
        "es",
        "Tu candidatura en la asociación",
        "Gracias por tu candidatura como técnico de proyectos en nuestra asociación. Lamentablemente, hemos decidido continuar con otra candidata.",
    ),
    (
        "it",
        "La sua candidatura come allenatore",
        "Grazie per la candidatura come allenatore della nostra associazione sportiva. Purtroppo abbiamo selezionato un'altra persona.",
    ),
]
WEAK_NO = [
    (
        "en",
        "Your volunteer application",
        "Thank you for applying to be a volunteer coach at Riverside Rowing Club. Unfortunately, all our volunteer places are now filled.",
    ),
    (
        "en",
        "Your application for the Teacher Training programme",
        "Unfortunately, your application for the Teacher Training programme has been unsuccessful; the course is now full.",
    ),
    (
        "de",
        "Ihre Bewerbung als ehrenamtliche Trainerin",
        "Vielen Dank für Ihre Bewerbung als ehrenamtliche Trainerin in unserem Verein. Leider sind alle Plätze im Ehrenamt bereits vergeben.",
    ),
    (
        "it",
        "La sua candidatura come volontario",
        "Grazie per la candidatura come volontario nella nostra associazione. Purtroppo tutti i posti per il volontariato sono già stati assegnati.",
    ),
    (
        "nl",
        "Je aanmelding voor de master",
        "Helaas moeten we je laten weten dat je niet bent toegelaten tot de master Data Science.",
    ),
    (
        "es",
        "Tu candidatura al programa de mentoría",
        "Lamentablemente, tu candidatura al programa de mentoría no ha sido seleccionada.",
    ),
    (
        "it",
        "La sua candidatura al programma di mentoring",
        "Purtroppo la sua candidatura al programma di mentoring non è stata selezionata.",
    ),
    (
        "nl",
        "Je aanmelding voor het mentorprogramma",
        "Helaas is je aanmelding voor ons mentorprogramma niet geselecteerd.",
    ),
    (
        "de",
        "Ihre Bewerbung für den Kurs",
        "Leider ist unser Weiterbildungskurs ausgebucht, sodass wir Ihnen keinen Platz anbieten können.",
    ),
    (
        "fr",
        "Votre candidature à l'accélérateur",
        "Malheureusement, votre startup n'a pas été retenue pour la prochaine promotion de notre programme d'accélération.",
    ),
    (
        "en",
        "Your application to Cohort 9",
        "We received over 1,200 applications and unfortunately your startup has not been selected for our incubator programme.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), WEAK_YES + WEAK_NO)
def test_a_jobs_no_in_another_domains_words_stays_and_the_other_domain_stays_none(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is ((lang, subject, sentence) in WEAK_YES), v.reasons


# In the tests' ATS job mail: (lang, sentence).
JOB_YES = [
    (
        "en",
        "Congratulations on getting to the final stage; it was a close call, but we have decided to offer the role to another candidate.",
    ),
    (
        "fr",
        "Félicitations pour votre parcours jusqu'au dernier entretien ; nous avons toutefois retenu une autre candidature.",
    ),
    (
        "es",
        "Enhorabuena por llegar a la última entrevista; aun así, hemos decidido seguir con otra persona.",
    ),
    (
        "fr",
        "Depuis notre sortie de l'incubateur, notre équipe grandit vite ; nous ne sommes toutefois pas en mesure de donner une suite favorable à votre candidature.",
    ),
    (
        "fr",
        "Bien que nous proposions une aide au déménagement et au logement pour ce poste, nous avons choisi de poursuivre avec des profils plus proches de nos besoins.",
    ),
    (
        "en",
        "We are pleased to offer you the opportunity to be considered for future roles; for this position, however, we have appointed another candidate.",
    ),
]
JOB_NO = [
    (
        "en",
        "We are pleased to offer you the position; you will also stay in our talent pool for future roles.",
    ),
    (
        "en",
        "Congratulations! We are pleased to make you an offer for the Data Engineer role; please find your offer letter attached.",
    ),
    (
        "fr",
        "Félicitations ! Nous avons le plaisir de vous faire une offre pour le poste de Data Engineer ; vous trouverez la promesse d'embauche en pièce jointe.",
    ),
    (
        "es",
        "¡Enhorabuena! Nos complace ofrecerte el puesto de Data Engineer; adjuntamos tu carta de oferta.",
    ),
    (
        "nl",
        "Helaas kunnen we niet helemaal aan je salariswens voldoen, maar we bieden je graag de functie aan in de hoogste schaal.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES + JOB_NO)
def test_offer_words_of_progress_are_no_offer_and_an_offer_stays_one(
    lang: str, sentence: str
) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection is ((lang, sentence) in JOB_YES), v.reasons


# Tips on rejection after a no: the footer of a hiring function's own mail, an article in bulk mail.
TIPS = (
    "Hi Alex,\n\nUnfortunately, you have not been selected for this position. Read our guide on "
    "how to handle rejection and keep going.\n\nAcme Talent Team"
)


@pytest.mark.parametrize(
    ("headers", "rejection"),
    [({}, True), ({"List-Unsubscribe": "<mailto:unsubscribe@acme-corp.com>"}, False)],
)
def test_tips_on_rejection_are_a_careers_footer_unless_the_mail_is_bulk(
    headers: dict[str, str], rejection: bool
) -> None:
    msg = mail(
        TIPS, subject="Your application for Data Engineer", sender=SENDER_JOBS, headers=headers
    )
    v = classify(msg, [OWNER])
    assert v.is_rejection is rejection, v.reasons
