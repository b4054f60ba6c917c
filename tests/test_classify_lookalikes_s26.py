"""Issue 11, session 26 (branch lookalike26): look-alikes in a job rejection's words, every pack.

From bench/probes/{de,en,it,es}-no-51.txt and {de,en}-yes-51.txt (written from how funders,
landlords, investors, job boards and recruiters write; no corpus text): a startup's application
to an accelerator, a volunteer's offer of help, a tender, an arts residency, a place to study, a
visa, a flat; the applicant's withdrawal confirmed (named as a noun); a colleague the reader
referred, or the OTHER candidate, turned down; an invitation after a no to others; a job the
reader saved. Each kind has a real rejection beside it in the same words, so no kind is dropped.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

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
