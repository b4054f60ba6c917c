"""Issue 11, session 44 (branch naj44a): refusals that are not about a job, in en, de, nl.

Probed in bench/probes/{en,de,nl}-{no,yes}-94.txt (written before any rule changed, held out);
these cells are other sentences of the same kinds, each read as a job's no before this change.
The thing applied for closes the phrase ("Bewerbung für das Promotionsstipendium", "aanvraag
voor de onderzoekssubsidie", "application for the innovation voucher": applied-for-a-thing);
the application named by its thing ("Ihr Visumantrag", "uw verblijfsvergunningaanvraag":
thing-application); a grant, a fund or a loan "nicht bewilligt" / "niet toegekend", even in a
subject-like line alone (thing-not-granted). The job mail around them (an ATS sender, "Your
application for Data Engineer") weighs not_a_job to 0.3, so these rules are heavy; the guards are
posts named after the same things, which stay rejections. In an organisation's no-reply mail
(weak job context) a hackathon named anywhere, or a membership or visa application by its own
compound, even bare in the subject, a place on a training course or a further-education programme, an
interest in exhibiting, is enough (hackathon, membership-or-visa-application, training-course,
application-to-exhibit: light).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped
from test_gates_offers import weak


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        (
            "en",
            "Sadly your application for the innovation voucher was not successful.",
            "applied-for-a-thing",
        ),
        (
            "de",
            "Leider wurde Ihre Bewerbung für das Promotionsstipendium nicht berücksichtigt.",
            "applied-for-a-thing",
        ),
        (
            "de",
            "Leider konnten wir Ihre Bewerbung um die Mitgliedschaft nicht berücksichtigen.",
            "applied-for-a-thing",
        ),
        (
            "de",
            "Leider wurde Ihre Bewerbung für die Schreibresidenz nicht berücksichtigt.",
            "applied-for-a-thing",
        ),
        ("de", "Leider wurde Ihre Bewerbung um einen Kredit abgelehnt.", "applied-for-a-thing"),
        (
            "nl",
            "Helaas is uw aanvraag voor de onderzoekssubsidie niet gehonoreerd.",
            "applied-for-a-thing",
        ),
        ("nl", "Uw aanvraag voor een hypotheek is helaas afgewezen.", "applied-for-a-thing"),
        ("nl", "Helaas is je aanvraag voor de reisbeurs afgewezen.", "applied-for-a-thing"),
        (
            "en",
            "We regret that your nomination for the Community Champion award was not successful.",
            "applied-for-a-thing",
        ),
        (
            "en",
            "Unfortunately your entry for the photography prize was not selected.",
            "applied-for-a-thing",
        ),
        ("nl", "Helaas is uw inzending voor de prijs niet geselecteerd.", "applied-for-a-thing"),
        ("nl", "Helaas is uw nominatie voor de prijs niet gehonoreerd.", "applied-for-a-thing"),
        ("de", "Absage: Ihr Aufnahmeantrag", "thing-application"),
        ("de", "Absage: Ihr Visumantrag", "thing-application"),
        ("de", "Leider wurde Ihr Visumantrag nicht berücksichtigt.", "thing-application"),
        (
            "de",
            "Ihr Mitgliedsantrag konnte leider nicht berücksichtigt werden.",
            "thing-application",
        ),
        ("nl", "Helaas is uw verblijfsvergunningaanvraag afgewezen.", "thing-application"),
        ("nl", "Afwijzing: uw creditcardaanvraag", "thing-application"),
        ("de", "Absage: Fördermittel nicht bewilligt", "thing-not-granted"),
        ("nl", "Afwijzing: subsidie niet toegekend", "thing-not-granted"),
    ],
)
def test_round_94_refusals_not_about_a_job(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a post named after the thing, or the post's own money refused
        (
            "en",
            "Unfortunately your application for the Voucher Scheme Officer role was not successful.",
        ),
        (
            "de",
            "Leider wurde Ihre Bewerbung als Referentin für Stipendien nicht berücksichtigt.",
        ),
        (
            "de",
            "Leider wurde Ihre Bewerbung auf die Stelle in der Stipendienverwaltung nicht berücksichtigt.",
        ),
        (
            "de",
            "Leider wurde die Stelle nicht bewilligt, daher können wir Ihre Bewerbung nicht berücksichtigen.",
        ),
        (
            "nl",
            "Helaas hebben we besloten niet verder te gaan met je sollicitatie als subsidieadviseur.",
        ),
        ("nl", "Helaas is je sollicitatie voor de functie van beursmedewerker afgewezen."),
    ],
)
def test_round_94_posts_named_after_the_thing_stay_rejections(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "rule"),
    [
        (
            "en",
            "Hackathon application",
            "Unfortunately your application was not successful this time.",
            "hackathon",
        ),
        ("de", "Hackathon-Anmeldung", "Leider müssen wir Ihre Bewerbung ablehnen.", "hackathon"),
        (
            "de",
            "Hackathon",
            "Danke für deine Bewerbung. Leider haben wir uns gegen deine Bewerbung entschieden.",
            "hackathon",
        ),
        (
            "nl",
            "Hackathon 2026",
            "Helaas is je aanmelding deze keer niet geselecteerd.",
            "hackathon",
        ),
        (
            "de",
            "Mitgliedsantrag",
            "Leider müssen wir Ihre Bewerbung ablehnen.",
            "membership-or-visa-application",
        ),
        (
            "de",
            "Ihr Visumantrag",
            "Leider können wir Ihre Bewerbung nicht berücksichtigen.",
            "thing-application",
        ),
        (
            "nl",
            "Lidmaatschapsaanvraag",
            "Helaas is uw aanmelding niet geselecteerd.",
            "membership-or-visa-application",
        ),
        (
            "en",
            "Your application",
            "We are unable to offer you a place on the leadership training.",
            "training-course",
        ),
        (
            "de",
            "Ihre Bewerbung",
            "Leider können wir Ihnen keinen Platz in unserem Weiterbildungsprogramm anbieten.",
            "training-course",
        ),
        (
            "de",
            "Ihre Bewerbung",
            "Leider wurden Sie für die Fortbildung nicht ausgewählt.",
            "training-course",
        ),
        (
            "nl",
            "Uw aanmelding",
            "Helaas bent u niet geselecteerd voor de training.",
            "training-course",
        ),
        (
            "en",
            "Your application",
            "Thank you for your interest in exhibiting at the Makers Market. Unfortunately we are "
            "unable to offer you a space.",
            "application-to-exhibit",
        ),
    ],
)
def test_round_94_weak_mail_naming_another_thing_is_none(
    lang: str, subject: str, sentence: str, rule: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "en",
            "Your application: Hackathon Coordinator",
            "Unfortunately, we have decided not to move forward with your application for the "
            "Hackathon Coordinator position.",
        ),
        (
            "de",
            "Ihre Bewerbung als Hackathon-Organisatorin",
            "Leider haben wir uns für eine andere Bewerberin entschieden.",
        ),
        # a training scheme or an apprenticeship is a job; a trainer's or a training officer's post too
        (
            "en",
            "Your application",
            "Unfortunately we are unable to offer you a place on our Graduate Training Scheme.",
        ),
        (
            "de",
            "Ihre Bewerbung als Weiterbildungsreferentin",
            "Leider haben wir uns für eine andere Bewerberin entschieden.",
        ),
        ("de", "Ihre Bewerbung", "Leider können wir Ihnen keinen Ausbildungsplatz anbieten."),
        (
            "nl",
            "Uw sollicitatie",
            "Helaas bent u niet geselecteerd voor de functie van trainer.",
        ),
    ],
)
def test_round_94_a_post_named_after_the_thing_stays_a_rejection(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        # round 94's job rejections (*-yes-94) the packs missed before: the subject after the
        # verb, a learn-work place, the post filled with another candidate, a hyphenated
        # programme, an assessment centre named before "nicht bestanden"
        (
            "nl",
            "Helaas kunnen wij u de functie van teamleider in onze vestiging in Utrecht niet aanbieden.",
            "kunnen-je-de-functie-niet-aanbieden",
        ),
        (
            "nl",
            "Helaas kunnen we je geen leerwerkplek als elektricien aanbieden.",
            "no-place-offered",
        ),
        (
            "nl",
            "We hebben besloten de functie van onderzoeker met een interne kandidaat in te vullen.",
            "filled-with-another-candidate",
        ),
        (
            "de",
            "Leider können wir dir keinen Platz in unserem Nachwuchs-Programm anbieten.",
            "ihnen-kein-stelle-anbieten",
        ),
        (
            "de",
            "Leider haben Sie das Assessment Center für das Traineeprogramm nicht bestanden.",
            "bewerbung-den-auswahlprozess-nicht-bestanden",
        ),
    ],
)
def test_round_94_job_rejections_in_the_same_words_are_found(
    lang: str, sentence: str, rule: str
) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons
