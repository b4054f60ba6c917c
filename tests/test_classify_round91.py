"""Issue 11, session 42 (branch recall48): families of the no from language knowledge, round 91.

Round 91 (bench/probes/{de,nl,en}-{yes,no}-91.txt, our own sentences, written before any
change) asked how HR, recruiters, ATS templates and small employers in Germany, Austria,
Switzerland, the Netherlands, Flanders, the UK, the US, India and Australia say no. The misses
were kinds, not lines: German "zurückgreifen", "sich nicht durchsetzen", the dossier sent back,
the requirement frames' other verbs (gerecht, genügen, übereinstimmen, mitbringen); Dutch
and Flemish "opteren", "beslissen", "aanwerven", "matchen", "geen gevolg geven", "negatief
beantwoorden", the object before "niet in overweging nemen"; English "candidates who are a
closer fit", "your skills do not closely match", Indian English "candidature", "not matching
with our requirement". Every cell here failed on main; each has a look-alike that must stay no.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped

YES = [
    # de
    ("de", "Wir werden auf Ihre Bewerbung leider nicht zurückgreifen."),
    ("de", "Leider greifen wir nicht auf Ihr Profil zurück."),
    ("de", "Ihre Bewerbung konnte sich im Auswahlprozess leider nicht durchsetzen."),
    ("de", "Leider konnten Sie sich im Auswahlverfahren nicht durchsetzen."),
    ("de", "Wir senden Ihnen Ihr Dossier mit bestem Dank zurück."),
    ("de", "Ihre Unterlagen erhalten Sie anbei zurück."),
    ("de", "Leider passt es diesmal nicht."),
    ("de", "Im Vergleich mit anderen Bewerbungen konnten Sie uns leider nicht überzeugen."),
    ("de", "Wir können Ihnen leider keine Perspektive in unserem Unternehmen bieten."),
    ("de", "Wir möchten Ihnen daher für diese Position absagen."),
    ("de", "Daher schließen wir Ihren Bewerbungsprozess hiermit ab."),
    ("de", "Ihre Qualifikation wird den Anforderungen der Stelle leider nicht gerecht."),
    ("de", "Ihr Profil stimmt leider nicht mit unseren Anforderungen überein."),
    ("de", "Sie bringen leider nicht alle Voraussetzungen für die Stelle mit."),
    ("de", "Ihre Kenntnisse reichen für diese Stelle leider nicht aus."),
    ("de", "Wir bedauern, Ihrem Wunsch nach einer Anstellung nicht nachkommen zu können."),
    ("de", "Wir können Ihre Bewerbung leider nicht positiv beantworten."),
    ("de", "Sie sind leider nicht der richtige Kandidat für diese Stelle."),
    ("de", "Anderen Bewerbern wurde der Vorzug gegeben."),
    ("de", "Wir müssen Ihnen mitteilen, dass Sie im Auswahlverfahren ausgeschieden sind."),
    ("de", "Wir haben Ihre Bewerbung zu den Akten gelegt."),
    (
        "de",
        "leider muessen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht beruecksichtigen koennen.",
    ),
    # nl
    ("nl", "Helaas kunnen wij je sollicitatie niet in overweging nemen."),
    ("nl", "We zullen je kandidatuur niet verder opvolgen."),
    ("nl", "Wij hebben geopteerd voor een kandidaat met meer ervaring."),
    ("nl", "Helaas matcht je profiel niet met deze vacature."),
    ("nl", "Helaas ben je in deze ronde afgevallen."),
    ("nl", "Wij moeten je helaas een negatief antwoord geven."),
    ("nl", "Je sollicitatie heeft helaas niet tot een volgende stap geleid."),
    ("nl", "We hebben intussen iemand aangeworven voor deze functie."),
    ("nl", "Jammer genoeg is het deze keer geen match."),
    ("nl", "Uw kandidatuur past niet in het profiel dat wij zoeken."),
    ("nl", "Helaas hebben we de procedure moeten stopzetten."),
    ("nl", "Wij hebben helaas moeten besluiten je niet aan te nemen."),
    ("nl", "We hebben de rol aan een interne collega toegewezen."),
    ("nl", "Wij kunnen helaas geen gevolg geven aan uw sollicitatie."),
    ("nl", "Helaas moeten wij uw sollicitatie negatief beantwoorden."),
    ("nl", "Je hebt ons helaas niet kunnen overtuigen."),
    ("nl", "U voldoet helaas niet aan het gevraagde profiel."),
    ("nl", "U bent helaas niet de juiste persoon voor deze functie."),
    # en
    ("en", "We have identified candidates who are a closer fit for the role."),
    ("en", "Your skills and experience do not closely match what we are looking for at this time."),
    ("en", "Your candidature has not been considered for the said position."),
    ("en", "Your profile is not matching with our current requirement."),
    ("en", "Your experience is not quite what we are seeking for this role."),
    ("en", "Unfortunately your English level is not sufficient for this role."),
    ("en", "We don't think this role is right for you."),
    ("en", "Sorry, the job has been taken."),
    ("en", "It's not going to work out."),
    ("en", "We are not interested in your application."),
    ("en", "Your answers in the interview did not demonstrate the competencies required."),
]

NO = [
    # de
    ("de", "Gerne greifen wir bei Bedarf auf Ihre Unterlagen zurück."),
    ("de", "Sie konnten sich gegen 200 Mitbewerber durchsetzen!"),
    ("de", "Bitte senden Sie uns den Vertrag unterschrieben zurück."),
    ("de", "Ihre Unterlagen erhalten Sie nach Abschluss des Verfahrens zurück."),
    ("de", "Leider klappt es am Dienstag nicht, können wir verschieben?"),
    ("de", "Sie konnten uns mit Ihrer Bewerbung überzeugen, wir laden Sie ein."),
    ("de", "Bitte schließen Sie Ihren Bewerbungsprozess ab, indem Sie die Unterlagen hochladen."),
    ("de", "Wir müssen Ihnen leider den Termin absagen."),
    ("de", "Falls Ihre Kenntnisse nicht ausreichen, bieten wir Ihnen einen Kurs an."),
    ("de", "Bitte bringen Sie alle Unterlagen mit."),
    ("de", "Sie stehen noch nicht auf der Shortlist, wir melden uns."),
    ("de", "Sie sind der richtige Kandidat für diese Stelle!"),
    ("de", "Wir kommen Ihrem Wunsch nach einer Anstellung gerne nach."),
    # nl
    ("nl", "Wij nemen uw sollicitatie zeker in overweging."),
    ("nl", "We hebben beslist om de andere afspraak te verzetten."),
    ("nl", "Matcht je profiel niet met deze vacature? Bekijk dan onze andere vacatures."),
    ("nl", "Je sollicitatie heeft geleid tot een uitnodiging voor een gesprek."),
    ("nl", "We hebben iemand aangeworven voor de receptie en zoeken nu nog een boekhouder."),
    ("nl", "Helaas geen match gevonden voor je zoekopdracht."),
    (
        "nl",
        "We hebben de procedure moeten stopzetten vanwege een storing, we plannen het gesprek opnieuw in.",
    ),
    ("nl", "We hebben je vraag aan een interne medewerker toegewezen."),
    ("nl", "Je hebt ons overtuigd, we nodigen je graag uit."),
    ("nl", "Als je ervaring niet voldoende is, bieden we een opleiding aan."),
    ("nl", "Wij geven graag gevolg aan uw sollicitatie en nodigen u uit."),
    # en
    ("en", "Don't worry if your experience does not match every requirement, apply anyway!"),
    ("en", "We are looking for candidates who are a strong fit for our culture."),
    ("en", "Your application has not been considered yet as it is incomplete."),
    (
        "en",
        "Your profile is matching with our requirement and we would like to schedule an interview.",
    ),
    ("en", "We will not be inviting you to interview unless a new role opens."),
    ("en", "If your English level is not sufficient, we offer free courses."),
    ("en", "Is this role the right fit for you? Take our quiz."),
    ("en", "The Tuesday slot is not going to work out, can we do Wednesday?"),
    ("en", "If you did not meet the criteria, you will hear from us."),
]


@pytest.mark.parametrize(("lang", "sentence"), YES)
def test_round91_family_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(("lang", "sentence"), NO)
def test_round91_lookalike_stays_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
