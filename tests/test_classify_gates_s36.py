"""Issue 11, session 35 (branch gates36): round 70, and lookalike37's known risks.

Round 70 (held out in bench/probes/*-70.txt; sentences other than the probes'): a job platform
relaying the employer's no, its status card (a job line, a company line, a status word alone),
the employer's no relayed in words the packs lacked (fr "ne pas y donner suite", pt "decidiu não
seguir com ela", "não selecionou seu perfil", nl "niet voor jou gekozen" before a job list), a
receipt whose only no is its close (the CV kept until a role that *better* matches opens);
look-alikes: a saved job closed for everyone, a recruiter's pipeline counted by status, a plain
receipt with a talent-pool line.

Known risks (not held out, named by lookalike37): a colleague moving "your application for T" to
Rejected, and a hire announced after a no said to the reader (agent/classify/readerowned.py);
and devmiss36's return-to-work programme as job context, on an employee's occupational-health
mail (checked: no rejection).
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_gates_s31 import hr
from test_classify_grammar import wrapped

from agent.classify import Verdict, classify, packs
from agent.classify.packcheck import NO_BEFORE, SUBJECT_BEFORE
from agent.classify.readerowned import owned_by_reader

PLATFORM = "Jobs Board <no-reply@jobsboard-example.com>"
GREETING = {
    "en": ("Hi Alex,\n\n", "\n\nThe Jobs Board team"),
    "de": ("Hallo Alex,\n\n", "\n\nDein Jobs-Board-Team"),
    "fr": ("Bonjour Alex,\n\n", "\n\nL'équipe Jobs Board"),
    "es": ("Hola Alex:\n\n", "\n\nEl equipo de Jobs Board"),
    "it": ("Ciao Alex,\n\n", "\n\nIl team di Jobs Board"),
    "nl": ("Hoi Alex,\n\n", "\n\nHet Jobs Board-team"),
    "pt": ("Olá Alex,\n\n", "\n\nEquipe Jobs Board"),
}


def platform(lang: str, subject: str, body: str) -> Verdict:
    """A job platform's notice from its no-reply address, greeted and signed in ``lang``."""
    head, tail = GREETING[lang]
    return classify(mail(head + body + tail, subject=subject, sender=PLATFORM), [OWNER])


# A status card: (lang, subject, card); each a rejection (every one failed on main).
CARDS = [
    ("en", "Your application status", "Logistics Coordinator\nBrightwater Foods\nUnsuccessful"),
    ("de", "Dein Bewerbungsstatus", "Disponent (m/w/d)\nBrightwater Foods\nNicht ausgewählt"),
    ("fr", "Statut de votre candidature", "Commercial terrain\nBrightwater Foods\nNon retenue"),
    ("es", "Estado de tu candidatura", "Dependiente\nBrightwater Foods\nRechazada"),
    ("it", "Aggiornamento sulla tua candidatura", "Magazziniere\nBrightwater Foods\nScartata"),
    ("pt", "Atualização da sua candidatura", "Vendedor\nBrightwater Foods\nNão selecionada"),
]


@pytest.mark.parametrize(("lang", "subject", "card"), CARDS)
def test_a_status_card_says_no_with_its_last_line(lang: str, subject: str, card: str) -> None:
    verdict = platform(lang, subject, card)
    assert verdict.is_rejection, verdict.reasons


def test_a_status_card_still_under_review_is_no_rejection() -> None:
    verdict = platform(
        "en", "Your application status", "Logistics Coordinator\nBrightwater Foods\nIn review"
    )
    assert not verdict.is_rejection, verdict.reasons


@pytest.mark.parametrize(
    ("subject", "card"),
    [
        ("Your application for leave", "Annual leave 3 to 7 March\nTeam Logistics\nDeclined"),
        ("Time off", "Your application\n\nTime off 3 to 7 March\nRejected"),
    ],
)
def test_a_leave_card_is_no_rejection(subject: str, card: str) -> None:
    """An HR system's card for leave: the status card's words, no job application."""
    verdict = hr(subject, card)
    assert not verdict.is_rejection, verdict.reasons


# In the tests' ATS job mail: (lang, sentence, is a rejection).
IN_JOB_MAIL = [
    # the close of a receipt that is a no: the comparative says this role did not match
    (
        "en",
        "Your CV stays in our candidate database, and we will be in touch if a position that "
        "more closely matches your background comes up.",
        True,
    ),
    (
        "de",
        "Ihre Unterlagen bleiben in unserem Bewerberpool, und wir kommen auf Sie zu, wenn eine "
        "Position frei wird, die besser zu Ihrem Profil passt.",
        True,
    ),
    (
        "fr",
        "Votre CV reste dans notre cvthèque et nous vous recontacterons pour un poste mieux "
        "adapté à votre parcours.",
        True,
    ),
    (
        "es",
        "Tu CV queda en nuestra base de candidatos y te escribiremos cuando haya una vacante "
        "más acorde con tu trayectoria.",
        True,
    ),
    (
        "it",
        "Il tuo CV resta nella nostra banca dati e ti scriveremo quando ci sarà un ruolo più "
        "adatto al tuo percorso.",
        True,
    ),
    (
        "nl",
        "Je cv blijft in onze kandidatenpool en we mailen je zodra er een vacature is die meer "
        "bij jouw ervaring aansluit.",
        True,
    ),
    (
        "pt",
        "Seu currículo fica em nossa base de candidatos e falaremos com você quando surgir uma "
        "oportunidade mais adequada ao seu perfil.",
        True,
    ),
    # the applicant's own no to an offer, in fr's new words: no rejection
    ("fr", "Merci pour l'offre, mais j'ai choisi de ne pas y donner suite.", False),
    # plain receipts with a talent-pool line: no decision
    (
        "en",
        "We will review your application within ten days; your CV also joins our talent pool "
        "for future openings.",
        False,
    ),
    (
        "fr",
        "Nous étudions votre candidature ; votre CV rejoint aussi notre vivier pour de futures "
        "offres.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "is_no"), IN_JOB_MAIL)
def test_in_the_job_mail(lang: str, sentence: str, is_no: bool) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)


# The employer's no relayed by the platform in words the packs lacked: (lang, subject, sentence).
RELAYED = [
    (
        "fr",
        "Du nouveau sur ta candidature",
        "Le restaurant a étudié ta candidature au poste de serveur en salle et a décidé de ne pas "
        "y donner suite.",
    ),
    (
        "pt",
        "Novidades da sua candidatura",
        "A loja avaliou a sua candidatura para Operador de Caixa e decidiu não seguir com ela.",
    ),
    ("pt", "Novidades da sua candidatura", "A loja não escolheu o seu perfil desta vez."),
    (
        "nl",
        "Update over je sollicitatie",
        "De organisatie heeft uiteindelijk niet voor jou gekozen. Nieuwe vacatures vind je op "
        "onze site.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), RELAYED)
def test_the_employers_no_relayed(lang: str, subject: str, sentence: str) -> None:
    verdict = platform(lang, subject, sentence)
    assert verdict.is_rejection, verdict.reasons


# A job the reader saved, closed for everyone: (lang, subject, sentence); no rejection.
SAVED = [
    (
        "fr",
        "Offre sauvegardée expirée",
        "L'offre Commercial terrain, que tu avais enregistrée, a été fermée par le recruteur et "
        "n'accepte plus de candidatures.",
    ),
    (
        "it",
        "Offerta salvata scaduta",
        "L'annuncio Magazziniere che avevi salvato è stato chiuso dall'azienda e non accetta più "
        "candidature.",
    ),
    (
        "nl",
        "Bewaarde vacature verlopen",
        "De vacature Verkoper die je had opgeslagen is door de werkgever gesloten en neemt geen "
        "sollicitaties meer aan.",
    ),
    (
        "pt",
        "Vaga salva encerrada",
        "A vaga Vendedor que você tinha salvado foi encerrada pela empresa e não aceita mais "
        "candidaturas.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), SAVED)
def test_a_saved_job_closed_for_everyone_is_no_rejection(
    lang: str, subject: str, sentence: str
) -> None:
    verdict = platform(lang, subject, sentence)
    assert not verdict.is_rejection, verdict.reasons


def test_a_pipeline_counted_by_status_is_no_rejection_in_spanish() -> None:
    body = "Hola Marta:\n\nDependiente: 9 candidaturas nuevas, 2 en entrevista, 7 descartadas hoy.\n\nATS"
    verdict = classify(
        mail(body, subject="Resumen diario", sender="ATS <ats@acme-corp.com>"), [OWNER]
    )
    assert not verdict.is_rejection, verdict.reasons


# Known risks: (lang, subject, body, is a rejection).
KNOWN = [
    (
        "en",
        "Application update",
        "Your application for Night Shift Supervisor was moved to Rejected by Sam Ortiz.",
        True,
    ),
    (
        "de",
        "Deine Bewerbung",
        "Deine Bewerbung als Lagerhelfer wurde von Lena Brandt in den Status „Abgelehnt“ verschoben.",
        True,
    ),
    (
        "nl",
        "Je sollicitatie",
        "Je sollicitatie voor Chauffeur is door Eva Jansen naar Afgewezen verplaatst.",
        True,
    ),
    ("en", "Pipeline update", "Maria Lopez was moved to Rejected by Sam Ortiz.", False),
    (
        "en",
        "Your application for Data Engineer",
        "Thank you for your application. Unfortunately we will not be taking your application "
        "further. We are pleased to announce that Priya Shah has been appointed to the role.",
        True,
    ),
    (
        "de",
        "Ihre Bewerbung als Data Engineer",
        "Leider können wir Ihre Bewerbung nicht berücksichtigen. Wir freuen uns, mitzuteilen, "
        "dass Jonas Weber die Stelle übernimmt.",
        True,
    ),
    (
        "nl",
        "Je sollicitatie als Data Engineer",
        "Helaas gaan we niet verder met je sollicitatie. Met trots melden we dat Sanne Visser "
        "de functie op zich neemt.",
        True,
    ),
    (
        "en",
        "New Head of Sales",
        "We are pleased to announce that Priya Shah has been appointed Head of Sales; the search "
        "for the role is now closed.",
        False,
    ),
    (
        "en",
        "Your return-to-work programme",
        "Occupational health has set up your return-to-work programme after your sick leave: "
        "reduced hours for four weeks, reviewed with your manager every Friday.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body", "is_no"), KNOWN)
def test_the_known_risks(lang: str, subject: str, body: str, is_no: bool) -> None:
    head, tail = GREETING[lang]
    msg = mail(head + body + tail, subject=subject, sender="Acme <jobs@acme-corp.com>")
    verdict = classify(msg, [OWNER])
    assert verdict.is_rejection is is_no, verdict.reasons


def test_a_gate_the_reader_does_not_own() -> None:
    """A gate whose rule says no ``reader_owns``, or the reader's application in an earlier
    sentence, owns nothing."""
    text = "Your application was received. Maria Lopez was moved to Rejected by Sam Ortiz."
    at = text.index("was moved")
    assert not owned_by_reader(text, SUBJECT_BEFORE, at, [])
    assert not owned_by_reader(text, "", at, [])
    assert owned_by_reader("Your application for Buyer was moved", SUBJECT_BEFORE, 28, [])


def test_the_two_gates_say_in_their_packs_how_the_reader_owns_them() -> None:
    """Session 36 (tidy40): the packs name the gates the reader owns, the code none."""
    owns = {
        cue.rule: cue.reader_owns
        for pack in packs().packs.values()
        for cue in pack.cues
        if cue.reader_owns
    }
    moved = {r for r, o in owns.items() if r.endswith(".candidate-moved-by-a-person")}
    announced = {r for r, o in owns.items() if r.endswith(".appointment-announced")}
    assert {r.split(".")[0] for r in moved} == {"de", "en", "nl"}
    assert {r.split(".")[0] for r in announced} == {"de", "en", "es", "fr", "it", "nl", "pt"}
    assert set(owns) == moved | announced
    assert {owns[r] for r in moved} == {SUBJECT_BEFORE}
    assert {owns[r] for r in announced} == {NO_BEFORE}
