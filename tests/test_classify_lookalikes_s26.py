"""Issue 11, session 26 (branch lookalike26): look-alikes in a job rejection's words, every pack.

From bench/probes/{de,en,it,es}-no-51.txt and {de,en}-yes-51.txt (written from how funders,
landlords, investors, job boards and recruiters write; no corpus text): a startup's application
to an accelerator, a volunteer's offer of help, a tender, an arts residency, a place to study, a
visa, a flat; the applicant's withdrawal confirmed (named as a noun); a colleague the reader
referred, or the OTHER candidate, turned down; an invitation after a no to others; a job the
reader saved or posted; a job board saying the rejection is not one ("This doesn't mean your
application was rejected"). Each kind has a real rejection beside it in the same words, so no kind
is dropped.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped
from test_gates_offers import weak

from agent.classify import classify

# Another domain's refusal from an organisation's no-reply address: (lang, subject, sentence).
WEAK_NO = [
    (
        "en",
        "Your accelerator application",
        "Unfortunately, your startup was not selected to join the spring cohort.",
    ),
    (
        "de",
        "Ihre Bewerbung für das Accelerator-Programm",
        "Leider hat es Ihr Startup diesmal nicht in die nächste Runde unseres Accelerator-Programms geschafft.",
    ),
    (
        "it",
        "La vostra candidatura all'acceleratore",
        "Purtroppo la vostra startup non è stata selezionata per il prossimo programma di accelerazione.",
    ),
    (
        "es",
        "Tu candidatura a la aceleradora",
        "Lamentablemente, tu startup no ha sido seleccionada para la próxima edición del programa de aceleración.",
    ),
    (
        "fr",
        "Votre candidature à l'incubateur",
        "Malheureusement, votre startup n'a pas été retenue pour la prochaine promotion de notre programme d'accélération.",
    ),
    (
        "nl",
        "Je aanmelding voor het accelerator-programma",
        "Helaas is je startup niet geselecteerd voor de volgende ronde van ons acceleratorprogramma.",
    ),
    (
        "pt",
        "A sua candidatura à aceleradora",
        "Infelizmente, a sua startup não foi selecionada para a próxima edição do programa de aceleração.",
    ),
    (
        "en",
        "Volunteering with Riverside Food Bank",
        "Thank you for offering to volunteer. Unfortunately, all our volunteer roles are filled for now.",
    ),
    (
        "de",
        "Ihr Interesse am Ehrenamt",
        "Leider können wir Sie derzeit nicht für das Ehrenamt im Besuchsdienst berücksichtigen.",
    ),
    (
        "it",
        "Volontariato",
        "Purtroppo al momento non possiamo accogliere la sua candidatura per il volontariato.",
    ),
    (
        "es",
        "Voluntariado",
        "Lamentablemente, en este momento no podemos aceptar tu candidatura para el voluntariado.",
    ),
    (
        "fr",
        "Mission de bénévolat",
        "Malheureusement, nous ne pouvons pas retenir votre candidature pour cette mission de bénévolat.",
    ),
    (
        "nl",
        "Vrijwilligerswerk",
        "Helaas kunnen we je aanmelding voor het vrijwilligerswerk op dit moment niet in behandeling nemen.",
    ),
    (
        "pt",
        "Voluntariado",
        "Infelizmente, neste momento não podemos aceitar a sua candidatura para o voluntariado.",
    ),
    (
        "de",
        "Ausschreibung 2026-17 Reinigungsleistungen",
        "Leider müssen wir Ihnen mitteilen, dass Ihr Angebot nicht berücksichtigt werden konnte; der Zuschlag wurde einem anderen Bieter erteilt.",
    ),
    (
        "en",
        "Your residency application",
        "We are sorry to tell you that we cannot offer you a place in the spring residency; we had 900 applicants for 12 studios.",
    ),
    (
        "en",
        "Your application to study",
        "We are sorry to tell you that we are unable to offer you a place on the MSc Computer Science.",
    ),
    (
        "es",
        "Solicitud de visado",
        "Le informamos de que su solicitud de visado ha sido denegada; los motivos constan en la resolución adjunta.",
    ),
    (
        "it",
        "Appartamento via Roma 12",
        "Purtroppo il proprietario ha scelto un altro candidato per l'affitto dell'appartamento.",
    ),
]
# The same words about a job of the reader: still rejections.
WEAK_YES = [
    (
        "en",
        "Your application for Accelerator Programme Manager",
        "Unfortunately, we have decided not to move forward with your application for the Accelerator Programme Manager position.",
    ),
    (
        "en",
        "Your application: Volunteer Coordinator",
        "Unfortunately, you have not been selected for the Volunteer Coordinator post.",
    ),
    (
        "de",
        "Ihre Bewerbung als Koordinatorin Ehrenamt",
        "Leider haben wir uns für eine andere Bewerberin entschieden; die Stelle ist damit besetzt.",
    ),
    (
        "it",
        "La sua candidatura per Addetta affitti",
        "Purtroppo abbiamo scelto un altro candidato per la posizione di Addetta affitti.",
    ),
]
# In the job mail (an ATS sender, "Your application for ..."): (lang, sentence).
JOB_NO = [
    ("en", "We have received your withdrawal, so your application will not be considered further."),
    (
        "de",
        "Wir bestätigen den Rückzug Ihrer Bewerbung; sie wird daher nicht weiter berücksichtigt.",
    ),
    (
        "it",
        "Confermiamo di aver ricevuto il ritiro della sua candidatura, che pertanto non sarà più presa in considerazione.",
    ),
    ("es", "Hemos recibido la retirada de tu candidatura, por lo que ya no será tenida en cuenta."),
    (
        "fr",
        "Nous avons bien reçu le retrait de votre candidature, qui ne sera donc plus prise en compte.",
    ),
    (
        "nl",
        "We hebben de intrekking van je sollicitatie ontvangen; je sollicitatie wordt daarom niet verder meegenomen.",
    ),
    ("pt", "Recebemos a retirada da sua candidatura, que por isso não será mais considerada."),
    (
        "it",
        "La sua segnalazione: purtroppo abbiamo deciso di non procedere con Giulia Neri, la collega che ci aveva segnalato.",
    ),
    (
        "es",
        "Tu recomendación: lamentablemente hemos decidido no seguir adelante con Lucía Gómez, la compañera que nos recomendaste.",
    ),
    (
        "fr",
        "Votre recommandation : malheureusement, nous avons décidé de ne pas donner suite avec Léa Martin, la collègue que vous nous avez recommandée.",
    ),
    (
        "pt",
        "A sua indicação: infelizmente decidimos não avançar com a Ana Costa, a colega que nos indicou.",
    ),
    (
        "en",
        "Quick update: the client has decided not to proceed with the other candidate, so they would like to meet you on Friday.",
    ),
    (
        "es",
        "Lamentablemente el cliente ha descartado a la otra candidata, así que le gustaría conocerte el viernes.",
    ),
    (
        "it",
        "Abbiamo deciso di non proseguire con gli altri candidati e di invitarla al colloquio finale.",
    ),
    (
        "de",
        "Leider hat sich der Prozess verzögert, weil wir noch mit anderen Kandidaten sprechen; Ihre Bewerbung ist aber weiterhin im Verfahren.",
    ),
    (
        "de",
        "Hinweis: Die von Ihnen gespeicherte Stelle ist leider nicht mehr verfügbar. Hier finden Sie ähnliche Stellenangebote.",
    ),
]
JOB_YES = [
    (
        "en",
        "Due to the withdrawal of the position, we will not be moving forward with your application.",
    ),
    ("en", "After careful consideration, we have decided to go with the other candidate."),
    ("de", "Leider haben wir uns entschieden, das Verfahren mit anderen Kandidaten fortzusetzen."),
    ("de", "Die Stelle ist leider nicht mehr verfügbar, da wir sie bereits besetzt haben."),
    ("it", "Purtroppo abbiamo deciso di non proseguire con la sua candidatura."),
    ("es", "Lamentablemente, el cliente ha descartado tu candidatura para este puesto."),
    ("fr", "Malheureusement, nous avons décidé de ne pas donner suite à votre candidature."),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), WEAK_NO + WEAK_YES)
def test_another_domains_no_is_none_and_the_jobs_no_stays(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is ((lang, subject, sentence) in WEAK_YES), v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOB_NO + JOB_YES)
def test_a_no_on_someone_or_something_else_is_none_in_job_mail(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection is ((lang, sentence) in JOB_YES), v.reasons


# A job board's own notice, from its sender: (sender, subject, body, is a rejection).
LINKEDIN = "LinkedIn <jobs-noreply@linkedin.com>"
BOARD = [
    (
        LINKEDIN,
        "Your application to Data Engineer at Acme",
        "Hi Alex,\n\nAcme is no longer accepting applications for the Data Engineer role. This doesn't mean your application was rejected or not viewed.\n\nLinkedIn",
        False,
    ),
    (
        LINKEDIN,
        "Your job post has closed",
        "Hi Alex,\n\nYour job post for Data Engineer has closed and is no longer accepting applicants. Reopen it to keep hiring.\n\nLinkedIn",
        False,
    ),
    (
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung: Data Engineer bei Acme",
        "Hallo Alex,\n\nAcme nimmt für die Stelle Data Engineer keine Bewerbungen mehr an. Das bedeutet nicht, dass Ihre Bewerbung abgelehnt wurde.\n\nIhr StepStone Team",
        False,
    ),
    (
        "StepStone <noreply@stepstone.de>",
        "Ihre Stellenanzeige",
        "Hallo Alex,\n\nIhre Stellenanzeige Data Engineer ist abgelaufen und nimmt keine Bewerbungen mehr an.\n\nIhr StepStone Team",
        False,
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura a Data Engineer",
        "Hola Alex:\n\nAcme ya no acepta candidaturas para Data Engineer. Esto no significa que tu candidatura haya sido descartada.\n\nEl equipo de InfoJobs",
        False,
    ),
    (
        "InfoJobs Italia <noreply@infojobs.it>",
        "La tua candidatura per Data Engineer",
        "Ciao Alex,\n\nAcme non accetta più candidature per Data Engineer. Questo non significa che la tua candidatura sia stata scartata.\n\nIl team di InfoJobs",
        False,
    ),
    (
        "Indeed <no-reply@indeed.com>",
        "An update from Acme",
        "Hi Alex,\n\nAcme has reviewed your application for Data Engineer and decided not to move forward.\n\nThe Indeed team",
        True,
    ),
    (
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung: Data Engineer bei Acme",
        "Hallo Alex,\n\nAcme hat Ihre Bewerbung als Data Engineer leider abgelehnt.\n\nIhr StepStone Team",
        True,
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura a Data Engineer",
        "Hola Alex:\n\nAcme ha descartado tu candidatura para la oferta Data Engineer.\n\nEl equipo de InfoJobs",
        True,
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "rejection"), BOARD)
def test_a_job_boards_notice_is_none_and_its_relayed_no_stays(
    sender: str, subject: str, body: str, rejection: bool
) -> None:
    v = classify(mail(body, subject=subject, sender=sender), [OWNER])
    assert v.is_rejection is rejection, v.reasons
