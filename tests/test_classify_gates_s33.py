"""Issue 11, session 32 (branch gates33): kinds held out in bench/probes/*-61.txt and *-62.txt.

Several applications refused at once ("none of your applications", "keine Ihrer Bewerbungen",
"aucune de vos candidatures"), a late application not considered, a score under the bar, the
applicant pool with the reader not among those chosen, a decision said through a pronoun ("nous ne
les retenons pas") or as "the chosen one was not you"; look-alikes that share the words: a late
application taken anyway, a client's no to the reader's rival, an acknowledgement's condition in
verb-first Dutch, a supplier's bid, a school place. Round 62: an application closed, archived or
expired, out of the process, the profile no longer matching, a subject naming the application,
a title, a dash and the status; not a warning that it will be closed, not a leave or a flat.
Sentences other than the probes'.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_classify_gates_s32 import organisation
from test_classify_grammar import wrapped

from agent.classify import Verdict

# In the tests' ATS job mail: (lang, sentence), each a rejection.
JOB_YES = [
    # Several applications at once.
    ("en", "None of your three applications was selected for the next round."),
    ("en", "Your applications for the two analyst roles have both been unsuccessful."),
    ("de", "Leider ist keine deiner Bewerbungen in die engere Auswahl gekommen."),
    ("fr", "Aucune de tes deux candidatures n'a abouti."),
    ("es", "Ninguna de sus solicitudes ha sido preseleccionada en esta ocasión."),
    ("it", "Purtroppo nessuna delle tue candidature è stata accolta."),
    ("nl", "Geen van uw sollicitaties is geselecteerd voor een gesprek."),
    ("pt", "Infelizmente nenhuma das tuas candidaturas foi aprovada nesta fase."),
    # After the deadline.
    ("en", "Your CV reached us past the application deadline, so we cannot consider it."),
    ("fr", "Ton dossier est arrivé hors délai et ne pourra malheureusement pas être examiné."),
    ("es", "Tu solicitud llegó fuera del plazo, así que no pudo ser evaluada."),
    ("nl", "Uw brief kwam na de uiterste datum binnen; we kunnen hem niet meer beoordelen."),
    ("pt", "A candidatura chegou depois do prazo e não pode ser aceite."),
    # Incomplete, a score, the pool.
    ("fr", "Ta candidature étant incomplète, elle n'a pas pu être étudiée par le jury."),
    ("fr", "Ton résultat au test ne te permet malheureusement pas d'accéder à l'entretien."),
    ("fr", "Vous n'avez malheureusement pas atteint le seuil minimal requis au test de logique."),
    ("de", "Du hast die erforderliche Punktzahl im Eignungstest knapp verfehlt."),
    ("en", "Unfortunately this is where your application ends with us."),
    ("en", "Your CV was not among those we selected for interview."),
    (
        "en",
        "We could only progress a small number of candidates, and this time you were not one of"
        " them.",
    ),
    ("de", "Deine Bewerbung war nicht unter den Profilen, die wir weiterverfolgen."),
    (
        "fr",
        "Nous avons retenu trois dossiers pour la suite, et le tien n'en fait malheureusement pas"
        " partie.",
    ),
    ("nl", "Na een strenge selectie zat uw profiel er helaas niet bij."),
    # Said through a pronoun, or as "the chosen one was not you".
    (
        "fr",
        "Nous avons lu tes deux candidatures avec intérêt, mais nous ne pourrons pas les retenir.",
    ),
    ("pt", "A pessoa selecionada já aceitou a proposta, mas não foi você."),
    ("es", "La persona elegida ya fue informada, y lamentablemente no ha sido usted."),
    ("nl", "Na de gesprekken kiezen wij helaas niet voor u."),
    ("nl", "Wij zijn doorgegaan met een andere kandidaat."),
    # Round 62: an application closed or expired, out of the process, the profile no longer
    # matching, a subject's "application – status" with a title between.
    ("en", "Your experience no longer fits the brief now that the team has been restructured."),
    ("en", "Your application for Support Analyst – not selected"),
    ("de", "Deine Kandidatur wurde inzwischen archiviert."),
    ("fr", "Ton dossier ne sera désormais plus étudié pour ce poste."),
    ("es", "Ya no formas parte del proceso de selección para este puesto."),
    ("es", "Su solicitud ha expirado."),
    ("it", "Abbiamo archiviato la tua candidatura."),
    ("nl", "Uw sollicitatie is inmiddels gearchiveerd."),
    ("nl", "Jouw ervaring past niet langer bij de functie."),
    ("pt", "Você já não faz parte deste processo."),
    ("pt", "A tua candidatura caducou."),
]

# The same words deciding nothing against the reader, in the same job mail.
JOB_NO = [
    ("en", "Your application came in after the deadline, but we are happy to review it."),
    ("en", "We selected eight people for the assessment day, and you are one of them."),
    ("fr", "Votre dossier est incomplet : il ne pourra être examiné qu'une fois le diplôme reçu."),
    ("fr", "Votre score au test vous permet de passer à l'entretien final."),
    ("de", "Du hast die erforderliche Punktzahl im Eignungstest erreicht."),
    (
        "nl",
        "De klant gaat niet verder met de andere kandidaat; jij gaat door naar de laatste ronde.",
    ),
    ("nl", "Heeft u na drie weken geen reactie ontvangen, dan is uw sollicitatie niet doorgegaan."),
    ("nl", "We hebben je sollicitaties ontvangen, maar je cv zat er niet bij."),
    ("de", "Wenn wir nichts hören, schließen wir deine Bewerbung am Freitag."),
    ("fr", "Votre candidature ne sera examinée qu'après réception de votre diplôme."),
    ("it", "Se non risponde, chiuderemo la sua candidatura."),
]

# A bid or a school place refused in a job's words, from an organisation's own no-reply
# address (job context only from the words): (subject, sentence), none a rejection.
NOT_A_JOB = [
    (
        "Vergabe Winterdienst",
        "Vielen Dank für Ihr Angebot zur Ausschreibung Winterdienst. Bei der Vergabe konnte es"
        " leider nicht berücksichtigt werden.",
    ),
    (
        "Admisión escolar",
        "Le informamos que no hay plaza en la escuela infantil para su hija: todas las vacantes"
        " han sido cubiertas.",
    ),
    ("Leave request", "Application for parental leave – declined"),
    ("Your flat application", "Ihre Bewerbung um die Wohnung – abgelehnt"),
]

# (how the mail is made, its language or subject, the sentence, whether it is a rejection)
CASES = (
    [(wrapped, lang, s, True) for lang, s in JOB_YES]
    + [(wrapped, lang, s, False) for lang, s in JOB_NO]
    + [(organisation, subject, s, False) for subject, s in NOT_A_JOB]
)


@pytest.mark.parametrize(("make", "head", "sentence", "is_no"), CASES)
def test_round_61_kinds(
    make: Callable[[str, str], Verdict], head: str, sentence: str, is_no: bool
) -> None:
    verdict = make(head, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)
