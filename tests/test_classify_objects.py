"""Whose decision it is (session 17, issue 11): the object a decision bears on.

A reply under a title-shaped subject whose decision is on a purchase or a supplier, a no to
someone else with a yes to the reader, job-alert furniture after a no to the reader, and
titles whose head noun comes first.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import wrapped

from agent.classify import classify
from agent.classify.extractors.common import title_subject
from agent.classify.objects import PERSON, READER, THING, addressed, decision_object


def _reply(subject: str, sentence: str) -> bool:
    body = f"Hi Alex,\n\n{sentence}\n\nThanks,\nMorgan"
    msg = mail(body, subject=subject, sender="Morgan Reid <morgan.reid@northwind-example.com>")
    v = classify(msg, [OWNER])
    return v.is_rejection


@pytest.mark.parametrize(
    ("subject", "sentence", "rejection"),
    [
        # Session 21 (issue 11): a saved job's notice in one sentence, no similar jobs after it.
        ("Data Engineer at Globex", "A job you saved is no longer accepting applications.", False),
        (
            "Data Engineer at Globex",
            "The Data Engineer job you saved is no longer accepting applications.",
            False,
        ),
        # A board's notice that an employer closed its account closes no post.
        (
            "Data Engineer at Acme",
            "The company that posted the job Data Engineer has closed its account on the portal.",
            False,
        ),
        # The reader's own application: the saved-job words are not there, the no stands.
        ("Data Engineer", "The Data Engineer position you applied for has been filled.", True),
    ],
)
def test_a_job_boards_notice_about_a_job(subject: str, sentence: str, rejection: bool) -> None:
    """A decision whose subject is a job the reader saved, or an account closed, is a job
    board's notice about a job, not a decision on the reader's application."""
    body = f"Hi Alex,\n\n{sentence}\n\nThe JobBoard team"
    msg = mail(body, subject=subject, sender="JobBoard <notifications@jobboard-example.com>")
    v = classify(msg, [OWNER])
    assert v.is_rejection is rejection, v.reasons


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("we won't be moving forward with the purchase.", "won't be moving forward", THING),
        ("we've decided to go with another caterer, sorry", "decided to go with another", THING),
        ("we won't be proceeding with your proposal.", "won't be proceeding", THING),
        ("we won't be moving forward with your application.", "won't be moving forward", READER),
        ("you were not selected for this role.", "not selected", READER),
        ("we will not proceed with the other finalist and", "will not proceed", PERSON),
        (
            "we're going to go with someone who has more experience for this one.",
            "go with someone",
            PERSON,
        ),
        ("hemos decidido no seguir adelante con el presupuesto.", "decidido no seguir", THING),
        ("nous ne donnerons pas suite au devis.", "ne donnerons pas suite", THING),
        ("we won't be moving forward.", "won't be moving forward", None),
    ],
)
def test_the_object_of_a_decision(text: str, phrase: str, kind: str | None) -> None:
    start = text.index(phrase)
    assert decision_object(text, start, start + len(phrase))[0] == kind


@pytest.mark.parametrize(
    ("text", "phrase", "said_to_reader"),
    [
        ("Sorry Alex, you weren't selected this time.", "weren't selected", True),
        ("We will not be moving forward with your application.", "not be moving forward", True),
        (
            "The listing you viewed has closed and the employer is no longer reviewing "
            "applications.",
            "no longer reviewing applications",
            False,
        ),
        ("The position has been filled.", "has been filled", False),
    ],
)
def test_a_decision_said_to_the_reader(text: str, phrase: str, said_to_reader: bool) -> None:
    start = text.index(phrase)
    assert addressed(text, start, start + len(phrase)) is said_to_reader


@pytest.mark.parametrize(
    ("subject", "sentence", "rejection"),
    [
        (
            "Re: Sales lead",
            "Unfortunately the client won't be moving forward with the purchase.",
            False,
        ),
        ("Re: Wedding planner", "Thanks, but we've decided to go with another planner.", False),
        ("Re: Kitchen designer", "We went with another supplier in the end.", False),
        (
            "Re: Jefe de obra",
            "Lamentablemente hemos decidido no seguir adelante con el presupuesto.",
            False,
        ),
        (
            "Re: Adviseur keukens",
            "Helaas hebben we besloten niet verder te gaan met de offerte.",
            False,
        ),
        ("Re: Sales Lead", "Unfortunately we won't be moving forward with your application.", True),
        ("Re: Senior Product Designer", "Unfortunately we won't be moving forward.", True),
        (
            "RE: Account Manager",
            "Thanks for coming in, but we've decided to go with someone else.",
            True,
        ),
        ("Re: Ingeniero de datos", "Finalmente hemos optado por otra persona.", True),
        ("Re: Chef de projet", "Après réflexion, nous avons décidé de ne pas donner suite.", True),
        (
            "R: Analista di dati",
            "Grazie del tuo tempo, ma abbiamo scelto un altro candidato.",
            True,
        ),
        (
            "RES: Engenheiro de software",
            "Obrigado pelo seu tempo, mas optamos por outro candidato.",
            True,
        ),
    ],
)
def test_a_title_subject_needs_a_decision_on_the_candidacy(
    subject: str, sentence: str, rejection: bool
) -> None:
    """The title gate alone (no other job word) opens for a decision on the reader, on a
    person or on nothing named; a decision on a purchase, a quote or a supplier keeps it shut,
    in every language, and a head-noun-first title ("Ingeniero de datos") is a title."""
    assert _reply(subject, sentence) is rejection


@pytest.mark.parametrize(
    ("lang", "sentence", "rejection"),
    [
        (
            "en",
            "We have decided not to move forward with the other candidate, and we would like "
            "to offer you the position.",
            False,
        ),
        (
            "en",
            "We won't be proceeding with the take-home test; instead we'd like to invite you "
            "to a final interview.",
            False,
        ),
        (
            "es",
            "Hemos decidido no continuar con el otro finalista y nos gustaría hacerte una oferta.",
            False,
        ),
        (
            "fr",
            "Nous ne donnerons pas suite avec l'autre finaliste et souhaitons vous faire une offre.",
            False,
        ),
        (
            "it",
            "Abbiamo deciso di non proseguire con l'altro finalista e vorremmo farti un'offerta.",
            False,
        ),
        (
            "pt",
            "Decidimos não seguir com o outro finalista e gostaríamos de lhe fazer uma proposta.",
            False,
        ),
        # Choosing others turns the reader down, whatever follows.
        (
            "en",
            "We have decided to proceed with other candidates, but we would like to invite you "
            "to an interview for a future role.",
            True,
        ),
        ("en", "We will not be moving forward with your application.", True),
    ],
)
def test_a_no_to_someone_else_with_a_yes_to_the_reader(
    lang: str, sentence: str, rejection: bool
) -> None:
    """Issue 11, gap 5: a negative decision on another candidate, or a decision on a step or a
    thing, followed in its sentence by an offer or an invitation to the reader, is no rejection."""
    v = wrapped(lang, sentence)
    assert v.is_rejection is rejection, v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Unfortunately you have not been selected for this position. Similar jobs you might like are listed below.",
        "We regret that you were not shortlisted. Set up a job alert for similar roles.",
    ],
)
def test_job_alert_furniture_after_a_no_to_the_reader(sentence: str) -> None:
    """Issue 11, gap 2: an ATS's similar jobs after a decision said to the reader."""
    v = wrapped("en", sentence)
    assert v.is_rejection, v.reasons


def test_a_saved_jobs_notice_stays_a_job_alert() -> None:
    """Issue 11, gap 2: a job board's notice that a job the reader saved closed (the team's
    en_177 is one) names the alert first: its similar jobs still count against it."""
    body = (
        "Hi Alex,\n\nData Analyst at Globex, which you saved last week, is no longer accepting "
        "applications. The employer may have filled the position.\n\nHere are some similar jobs "
        "you might like:\n- BI Analyst - Initech\n\nYou're receiving this because you saved a job."
    )
    msg = mail(
        body,
        subject="A job you saved is no longer accepting applications",
        sender="JobBoard <notifications@jobboard-example.com>",
    )
    v = classify(msg, [OWNER])
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Re: Ingeniero de datos", True),
        ("Re: Chargée de communication", True),
        ("AW: Leiter Vertrieb", True),
        ("Re: Medewerker klantenservice", True),
        ("Re: Manager meeting", False),
        ("Re: Chef recommendations", False),
        ("Re: Designer handbags sale", False),
    ],
)
def test_head_noun_first_titles(subject: str, title: bool) -> None:
    assert title_subject(subject) is title
