"""Issue 11, session 34 (branch gates35): the known leftovers, and round 67.

Part A (known, not held out): dev's one-line reasons (web-valeskapetek/pt: others chosen from the
region, "someone with more experience" sought; the kind in every pack), the employer withdrawing
the application after a no-show where the packs' withdrawn frame reads the same verb (es, it,
nl), and the inclusive endings that need a guessed vowel ("otrxs candidatxs", "altrə candidatə",
"altr* candidat*", "outres candidates"), read by the words, not by a swap. Sentences other than
the dev mails' and the probes'.

Part C, round 67 (held out in bench/probes/*-67.txt): the process ending for the reader, the
role given to a colleague already in the team, a start-up's short "another way", no offer after
a hiring freeze, a decision not to offer the post, "nous ne poursuivrons pas avec", a status line
after the application; look-alikes: a hiring freeze told to managers, a tracker's report naming
the candidate not selected.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_gates_s31 import hr
from test_classify_grammar import wrapped

from agent.classify import classify

# In the tests' ATS job mail: (lang, sentence), each a rejection.
KNOWN_YES = [
    ("en", "We've gone with applicants based closer to the office."),
    ("en", "Honestly, we need someone with more seniority for this one."),
    ("de", "Wir haben uns für eine Kandidatin aus der Umgebung entschieden."),
    ("de", "Wir suchen eine Person mit mehr Berufserfahrung."),
    ("fr", "Nous avons privilégié des profils locaux."),
    ("fr", "Nous cherchons un profil ayant davantage d'expérience."),
    ("es", "Hemos elegido perfiles con más trayectoria."),
    ("es", "Necesitamos una persona con más experiencia."),
    ("es", "Al final hemos optado por otres candidates."),
    ("es", "No te presentaste a la prueba, así que hemos retirado tu solicitud."),
    ("it", "Abbiamo scelto persone della stessa provincia."),
    ("it", "Stiamo cercando un profilo con maggiore esperienza."),
    ("it", "Abbiamo scelto di procedere con altrə candidatə."),
    ("it", "Non hai confermato la tua presenza, quindi abbiamo ritirato la tua candidatura."),
    ("nl", "Wij zijn op zoek naar een profiel met meer werkervaring."),
    ("nl", "Je hebt de afspraak niet bevestigd, dus hebben we je kandidatuur ingetrokken."),
    ("pt", "Escolhemos profissionais que moram mais perto."),
    ("pt", "Procuramos um profissional com mais vivência."),
    ("pt", "Seguimos com outres candidates."),
]

# Look-alikes in the same words: no rejection.
KNOWN_NO = [
    (
        "en",
        "We have selected candidates from our region for the next interview round, you included.",
    ),
    (
        "pt",
        "Selecionamos candidatos da região de Campinas para a próxima etapa, e você é um deles!",
    ),
    ("es", "Como nos pediste, hemos retirado tu candidatura del proceso."),
    ("it", "Come da te richiesto, abbiamo ritirato la tua candidatura."),
    ("nl", "Zoals gevraagd hebben we je sollicitatie ingetrokken."),
    ("en", "We are looking for someone with more than five years of experience in Go."),
    ("it", "Cerchiamo qualcuno con più esperienza: invia subito il tuo CV!"),
    ("fr", "Nous recherchons une personne avec plus d'expérience : postulez dès maintenant !"),
]


def test_a_one_line_reason_is_the_whole_no() -> None:
    """A dev mail's shape (web-valeskapetek/pt): greeting, one reason, a signature."""
    body = (
        "Prezado(a) Sam,\n\nescolhemos profissionais com mais experiência\n\n"
        "Atenciosamente,\nJoana Reis\nPadaria Aurora\n"
    )
    msg = mail(
        body,
        subject="Sua candidatura para a vaga de Auxiliar de Cozinha",
        sender="Joana Reis <joana.reis@padaria-aurora.example>",
    )
    verdict = classify(msg, [OWNER])
    assert verdict.is_rejection, verdict.reasons


# Round 67, in the tests' ATS job mail: (lang, sentence), each a rejection.
ROUND67_YES = [
    ("en", "Unfortunately, this ends the selection process for you."),
    ("en", "Sadly the hiring process has come to an end for you."),
    ("en", "We have given the role to a member of our existing team."),
    ("de", "Wir werden die Stelle mit einer Kollegin aus der Buchhaltung besetzen."),
    ("de", "Für diese Rolle sind wir am Ende einen anderen Weg gegangen."),
    ("fr", "Ce courriel met fin au processus de recrutement pour vous."),
    ("fr", "Le processus de recrutement s'achève donc pour vous."),
    ("fr", "Nous avons proposé le poste à un collègue du service comptable."),
    ("fr", "Malheureusement, nous ne continuerons pas avec votre profil."),
    ("fr", "Nous ne sommes donc plus en mesure de vous soumettre une offre."),
    ("fr", "Pour ce poste, nous sommes partis sur une autre option."),
    ("es", "Hemos asignado el puesto a una empleada de otra sede."),
    ("es", "Para esta vacante hemos ido por otro camino."),
    ("it", "Purtroppo il percorso di selezione si chiude qui per lei."),
    ("it", "Abbiamo assegnato il posto a un collaboratore interno."),
    ("it", "Per questa posizione abbiamo preso un'altra strada."),
    ("it", "Purtroppo non saremo in grado di farle un'offerta."),
    ("nl", "Helaas eindigt het sollicitatietraject hier voor u."),
    ("nl", "We hebben besloten deze vacature te gunnen aan een interne kandidaat."),
    ("nl", "Voor deze vacature zijn we een andere richting in gegaan."),
    ("pt", "Infelizmente, o processo seletivo chega ao fim para si."),
    ("pt", "Optámos por atribuir esta função a um colaborador interno."),
    ("pt", "Resolvemos não lhe oferecer o cargo de analista."),
    ("pt", "Nesta vaga iremos seguir por outro caminho."),
]

# Look-alikes in the same words, in the job mail: no rejection.
ROUND67_NO = [
    ("en", "This concludes the first interview round; the final one is next week."),
    (
        "fr",
        "Si nous ne recevons pas vos diplômes, nous ne poursuivrons pas avec votre candidature.",
    ),
    ("pt", "Decidimos não lhe oferecer o estágio, mas sim a vaga efetiva: parabéns!"),
    ("es", "Para el catering de la fiesta hemos ido por otro camino."),
    ("nl", "Voor het jubileumfeest gaan we een andere kant op met de catering."),
]


# Part A's and round 67's cells, each in the tests' ATS job mail.
IN_JOB_MAIL = [(lang, s, True) for lang, s in KNOWN_YES + ROUND67_YES] + [
    (lang, s, False) for lang, s in KNOWN_NO + ROUND67_NO
]


@pytest.mark.parametrize(("lang", "sentence", "is_no"), IN_JOB_MAIL)
def test_in_the_job_mail(lang: str, sentence: str, is_no: bool) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)


def test_a_status_line_after_the_application_in_french() -> None:
    """A tracker's status update: the no is the line after the application's."""
    verdict = hr(
        "Mise à jour de votre candidature",
        "Votre candidature au poste de comptable a été mise à jour.\nStatut actuel : Non sélectionné",
    )
    assert verdict.is_rejection, verdict.reasons


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        (
            "Recruitment pause",
            "Until the budget review, hiring managers must not approve new requisitions.",
        ),
    ],
)
def test_a_freeze_told_to_managers_is_no_rejection(subject: str, sentence: str) -> None:
    assert not hr(subject, sentence).is_rejection


def test_a_trackers_report_on_a_candidate_is_no_rejection_in_dutch() -> None:
    verdict = hr(
        "Kandidaat bijgewerkt",
        "Sollicitant niet aangenomen: Pieter Smit (magazijnmedewerker). Mail verstuurd.",
    )
    assert not verdict.is_rejection, verdict.reasons
