"""Issue 11, session 31 (branch gates32): two kinds held out in bench/probes/*-60.txt.

Kind 1: a decision said as "the selected candidates are others; you are not among them", in
every language ("und Sie sind leider nicht dabei", "no formas parte de ellas", "você não está
entre eles"). Kind 2: a volunteer's or a mentor's own application refused in a job's words
("we have filled all volunteer positions", "als Mentor auf unserer Plattform"): labelled
``not_a_job`` in the corpus, so no rejection even where the mail has job words; an employer's
no that praises the reader's volunteering stays a rejection. Sentences other than the probes'.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped

from agent.classify import Verdict, classify

# In the tests' ATS job mail: (lang, sentence), each a rejection.
JOB_YES = [
    ("en", "We have chosen the applicants for the final round, but sadly you were not among them."),
    (
        "en",
        "The panel has now shortlisted its candidates and your name is not among those invited.",
    ),
    ("en", "Your volunteer experience stood out, but we will be progressing other applicants."),
    # An employer's no that praises the reader's volunteering is still a job's no.
    (
        "en",
        "We enjoyed reading about your volunteering work, but we have decided to move forward"
        " with other candidates.",
    ),
    ("de", "Du bist leider nicht unter den ausgewählten Bewerberinnen für das Gespräch."),
    ("de", "Wir haben unsere Auswahl getroffen; leider gehörst du nicht zu den Eingeladenen."),
    ("fr", "Ton dossier ne figure malheureusement pas parmi ceux que nous avons retenus."),
    ("es", "Lamentablemente no forma parte de los candidatos preseleccionados."),
    ("it", "Abbiamo scelto i finalisti e purtroppo tu non sei tra questi."),
    ("nl", "We hebben de kandidaten voor de tweede ronde gekozen; helaas hoor je er niet bij."),
    ("pt", "Já escolhemos os finalistas e, infelizmente, o seu perfil não está entre eles."),
    ("pt", "Infelizmente a sua candidatura não consta entre as selecionadas."),
]

# The same words deciding nothing against the reader, in the same job mail.
JOB_NO = [
    ("en", "We have chosen the applicants for the final round, and you are among them."),
    ("de", "Sie sind unter den ausgewählten Kandidaten, wir melden uns mit einem Termin."),
    ("pt", "Temos o prazer de dizer que você está entre os candidatos selecionados."),
    ("nl", "Je hoort bij de geselecteerde kandidaten; we plannen het gesprek volgende week."),
]

CASES = [(lang, s, True) for lang, s in JOB_YES] + [(lang, s, False) for lang, s in JOB_NO]


@pytest.mark.parametrize(("lang", "sentence", "is_no"), CASES)
def test_the_selected_are_others_and_the_reader_not_among_them(
    lang: str, sentence: str, is_no: bool
) -> None:
    verdict = wrapped(lang, sentence)
    assert verdict.is_rejection is is_no, (sentence, verdict.reasons)


def organisation(subject: str, sentence: str) -> Verdict:
    """The sentence from an organisation's own no-reply address (bench/probe's ``weak``)."""
    body = f"Hello,\n\n{sentence}\n\nThe Events Team"
    return classify(mail(body, subject=subject, sender="Events <no-reply@events.example>"), [OWNER])


# A volunteer's or a mentor's application refused, with a job's words: (subject, sentence).
VOLUNTEER_OR_MENTOR = [
    (
        "Your volunteer application",
        "Thanks for applying to volunteer at the festival. Unfortunately we have already filled"
        " all volunteer positions, so we cannot offer you a place.",
    ),
    (
        "Mentor application",
        "Thank you for applying as a mentor on our marketplace. After review, we are unable to"
        " move forward with your application.",
    ),
    (
        "Candidatura mentor",
        "Merci pour ta candidature pour devenir mentor. Nous ne pouvons malheureusement pas"
        " retenir ta candidature pour le moment.",
    ),
    (
        "Voluntariado",
        "Gracias por tu solicitud como voluntaria. Lamentablemente no podemos aceptar tu"
        " candidatura este año.",
    ),
    (
        "Mentoria",
        "Agradecemos a sua candidatura para ser mentora. Infelizmente não podemos aprovar a sua"
        " candidatura neste momento.",
    ),
]


@pytest.mark.parametrize(("subject", "sentence"), VOLUNTEER_OR_MENTOR)
def test_a_volunteers_or_mentors_refusal_is_no_job_rejection(subject: str, sentence: str) -> None:
    verdict = organisation(subject, sentence)
    assert not verdict.is_rejection, (sentence, verdict.reasons)
