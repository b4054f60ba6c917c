"""Issue 11, session 34 (branch gates35): the known leftovers, and round 67.

Part A (known, not held out): dev's one-line reasons (web-valeskapetek/pt: others chosen from the
region, "someone with more experience" sought; the kind in every pack), the employer withdrawing
the application after a no-show where the packs' withdrawn frame reads the same verb (es, it,
nl), and the inclusive endings that need a guessed vowel ("otrxs candidatxs", "altrə candidatə",
"altr* candidat*", "outres candidates"), read by the words, not by a swap. Sentences other than
the dev mails' and the probes'.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
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
    ("pt", "Selecionamos candidatos da nossa região para a próxima etapa, e você é um deles!"),
    ("es", "Como nos pediste, hemos retirado tu candidatura del proceso."),
    ("it", "Come da te richiesto, abbiamo ritirato la tua candidatura."),
    ("nl", "Zoals gevraagd hebben we je sollicitatie ingetrokken."),
    ("en", "We are looking for someone with more than five years of experience in Go."),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "is_no"),
    [
        *((lang, s, True) for lang, s in KNOWN_YES),
        *((lang, s, False) for lang, s in KNOWN_NO),
    ],
)
def test_known_in_the_job_mail(lang: str, sentence: str, is_no: bool) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)


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
