"""Issue 11, session 41 (lead): dev misses of real letters, as kinds.

`web-tnh1/pt`: a recruiter's one-line no that never says no — "selecionamos apenas os
candidatos que responderam em até 15 minutos". The writer's own past choice, restricted by a
criterion ("only those who …"), tells the reader they were not chosen. The cells are the same
kind in each language; the look-alikes keep the words and change the tense, the subject, or add
"and you are one of them".
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped

from agent.classify import classify


def _check(lang: str, sentence: str, rule: str, is_no: bool) -> None:
    """The verdict in a job mail, and the rule cited ("" for a look-alike: none asked)."""
    v = wrapped(lang, sentence)
    assert v.is_rejection is is_no, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "pt",
            "Estamos buscando perfis proativos, portanto selecionamos apenas os candidatos que "
            "responderam em até 15 minutos.",
        ),
        ("pt", "Para esta vaga só chamamos pessoas com experiência em atendimento hospitalar."),
        ("en", "We have only shortlisted candidates who have already led a team of five."),
        (
            "en",
            "For this role we've moved forward with only those who completed the take-home "
            "within the week.",
        ),
        ("de", "Wir haben nur Bewerber eingeladen, die bereits im Bankwesen gearbeitet haben."),
        ("fr", "Nous n'avons retenu que les candidats ayant déjà managé une équipe."),
        ("fr", "Nous avons uniquement convoqué les profils qui parlent couramment allemand."),
        ("es", "Solo hemos seleccionado a los candidatos que tienen experiencia en logística."),
        ("it", "Abbiamo selezionato solo i candidati con almeno tre anni di esperienza."),
        ("nl", "We hebben alleen kandidaten uitgenodigd die al ervaring in de zorg hebben."),
    ],
)
def test_only_chose_those_who_is_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert "only-chose-those-who" in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a job ad's or receipt's future policy, no choice made yet
        ("en", "Only shortlisted candidates who meet the criteria will be contacted."),
        ("pt", "Serão selecionados apenas os candidatos que atenderem aos requisitos da vaga."),
        ("de", "Wir laden nur Bewerber ein, die alle Voraussetzungen erfüllen."),
        ("es", "Solo se contactará a los candidatos que pasen a la siguiente fase."),
        ("it", "Saranno contattati solo i candidati selezionati per il colloquio."),
        ("nl", "Alleen geselecteerde kandidaten worden na de sluitingsdatum benaderd."),
        ("fr", "Seuls les candidats retenus seront contactés."),
        # the reader among the chosen
        (
            "en",
            "We have only shortlisted candidates who impressed us, and you are one of them! We "
            "would like to invite you to an interview next week.",
        ),
        (
            "pt",
            "Selecionamos apenas os candidatos com melhor desempenho, e você está entre eles! "
            "Parabéns, gostaríamos de te convidar para uma entrevista.",
        ),
    ],
)
def test_its_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        # web-tobetomars/en: "an individual who more closely matches"
        (
            "en",
            "At this time we have decided to move forward with an individual who more closely "
            "matches the qualifications required for this role.",
            "forward-with-a-candidate-who",
        ),
        # selektor/es: an adverbial comparative between the verb and its complement
        (
            "es",
            "Hemos decidido continuar con candidatos que se ajustan de forma más precisa a los "
            "requisitos del puesto.",
            "chosen-better-fit",
        ),
        # web-mainzerbeobachter/nl: the reader as subject, "in" the profile
        (
            "nl",
            "We hebben veel reacties ontvangen. Je past helaas niet in ons profiel.",
            "you-do-not-fit-in-our-profile",
        ),
        # web-losandes/es: an apology, then whom they seek instead
        (
            "es",
            "Lo sentimos. Buscamos a alguien con carné de conducir y coche propio.",
            "sorry-we-seek-someone-else",
        ),
        # web-rco/pt: the reader's age as the reason
        ("pt", "Infelizmente você já passou da idade que buscamos para a vaga.", "past-the-age"),
        # web-chomagemodedemploi/fr: no budget to hire
        (
            "fr",
            "Malheureusement nous n'avons pas le budget pour recruter sur ce poste cette année.",
            "no-budget-to-hire",
        ),
        # web-nootilus/fr: you would not be happy with us
        (
            "fr",
            "Je crois que vous ne seriez pas épanoui dans notre équipe.",
            "you-would-not-be-happy-here",
        ),
    ],
)
def test_dev_misses_of_session_41_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "We will move forward with individuals who complete the assessment by Friday."),
        ("nl", "Je past niet in ons profiel? Bekijk dan onze andere vacatures."),
        (
            "es",
            "Lo siento por la espera: buscamos a alguien que pueda empezar el lunes, ¿te encaja?",
        ),
        ("pt", "Seu irmão já passou da idade do programa jovem aprendiz?"),
        ("fr", "Si nous n'avons pas le budget pour recruter en mars, nous vous le dirons."),
        ("fr", "Nous n'avons pas de budget pour la formation cette année."),
        ("fr", "Vous ne seriez pas heureux chez nous ? Dites-le-nous franchement."),
    ],
)
def test_their_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


def test_an_accelerator_refusing_a_startup_is_no_job() -> None:
    """web-raviformative/en: Y Combinator's real no ("your startup was not selected to interview
    for the upcoming Y Combinator batch"), the gap long and negated; a startup refusing a job
    applicant stays a rejection."""
    yc = wrapped(
        "en",
        "We're sorry to say that your startup was not selected to interview for the upcoming "
        "Y Combinator batch. Unfortunately we can't give individual feedback.",
    )
    assert not yc.is_rejection and "startup-batch" in _ids(yc), yc.reasons
    job = wrapped(
        "en",
        "Unfortunately we will not move forward with your application for the engineering "
        "role at our startup.",
    )
    assert job.is_rejection, job.reasons


def test_sorry_to_reply_only_now_is_no_no_reply_notice() -> None:
    """web-chomagemodedemploi/fr: "Désolé de ne répondre que maintenant" is a person's apology,
    not "merci de ne pas répondre"."""
    person = classify(
        mail(
            "Désolé de ne répondre que maintenant. Malheureusement nous n'avons aucun crédit "
            "pour recruter en ce moment.\n\nPaul",
            subject="Votre candidature au poste d'assistante",
            sender="Paul Martin <paul.martin@atelier-nord.fr>",
        ),
        [OWNER],
    )
    assert person.is_rejection and not person.noreply, person.reasons
    robot = classify(
        mail(
            "Votre candidature n'a pas été retenue.\n\nMerci de ne pas répondre à ce message.",
            subject="Votre candidature au poste d'assistante",
            sender="Atelier Nord <recrutement@atelier-nord.fr>",
        ),
        [OWNER],
    )
    assert robot.noreply, robot.reasons


@pytest.mark.parametrize(
    ("lang", "sentence", "rule"),
    [
        # web-voce/it and web-losandes/es: thanks with a contrast, or an apology, then whom they
        # seek instead
        (
            "it",
            "Grazie, ma cerchiamo qualcuno con la patente C.",
            "thanks-but-we-seek-someone-else",
        ),
        (
            "pt",
            "Obrigado, mas procuramos alguém com carta de condução.",
            "thanks-but-we-seek-someone-else",
        ),
        (
            "fr",
            "Merci, mais nous cherchons quelqu'un qui parle couramment allemand.",
            "thanks-but-we-seek-someone-else",
        ),
        (
            "nl",
            "Bedankt, maar we zoeken iemand met een rijbewijs.",
            "thanks-but-we-seek-someone-else",
        ),
        (
            "en",
            "Thanks, but we're looking for someone with a forklift licence.",
            "thanks-but-we-seek-someone-else",
        ),
        # web-priferri/pt: not in a position to hire now
        (
            "pt",
            "Infelizmente não estamos em condições de contratar neste momento.",
            "not-in-a-position-to-hire",
        ),
        # web-libe/fr: the criterion that does not match, as the subject
        (
            "fr",
            "Vous correspondez au profil, mais le seul critère qui ne correspond pas est la "
            "mobilité.",
            "the-criterion-that-does-not-match",
        ),
        (
            "en",
            "You match the profile, but the only thing that doesn't fit is your availability.",
            "the-criterion-that-does-not-match",
        ),
        # web-mejshasan/en: the inability as a degree
        (
            "en",
            "Your experience was not quite broad enough to offer you the analyst role.",
            "not-enough-to-offer-you",
        ),
    ],
)
def test_dev_misses_of_pages59_to_61_are_rejections(lang: str, sentence: str, rule: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "it",
            "Grazie per la candidatura. Cerchiamo personale per il nuovo punto vendita e il "
            "tuo profilo ci interessa: ti chiamiamo domani.",
        ),
        ("it", "Grazie, ma cerchiamo qualcuno con la patente: ce l'hai?"),
        ("pt", "Obrigado pelo contato. Procuramos alguém como você: podemos conversar amanhã?"),
        (
            "en",
            "Thanks for applying. We're looking for someone with your skills and would love "
            "to set up an interview.",
        ),
        ("en", "Sorry, but we're looking for someone who can start on Monday: could you?"),
        ("fr", "Si un critère ne correspond pas, nous vous le dirons."),
        ("pt", "Não estamos em condições de contratar os seus serviços de consultoria."),
        ("en", "Your score was high enough to offer you the next interview."),
    ],
)
def test_pages59_to_61_look_alikes_stay_no(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert not v.is_rejection, v.reasons


def test_a_search_committee_reading_your_work_is_no_literary_journal() -> None:
    """web-mejshasan/en: "grateful for the opportunity to read your work" from a postdoc search
    is no literary refusal; a journal's "opportunity to read your story" still is."""
    postdoc = wrapped(
        "en",
        "Although the fit was not sufficiently exact to offer you a postdoctoral appointment, we "
        "are grateful for the opportunity to read your work.",
    )
    assert postdoc.is_rejection and "literary-submission" not in _ids(postdoc), postdoc.reasons
    story = wrapped("en", "We appreciate the opportunity to read your story.")
    assert "literary-submission" in _ids(story), story.reasons


@pytest.mark.parametrize(
    ("sentence", "rule", "is_no"),
    [
        # web-muedemaus/en: the other person as the passive's subject
        (
            "An applicant has been chosen and will fill the position after Board approval.",
            "another-has-been-chosen",
            True,
        ),
        (
            "Another candidate has now been selected for the analyst role.",
            "",
            True,
        ),
        ("Once an applicant has been chosen, we will write to everyone who applied.", "", False),
        ("An applicant has been selected for the next interview round and it is you.", "", False),
        # web-insidehbs/en: the inability aimed at the whole pool
        (
            "We are unfortunately unable to utilize the talents of all the qualified people who "
            "apply to our firm.",
            "cannot-take-all-qualified",
            True,
        ),
        (
            "We cannot hire all the strong candidates who apply for this role.",
            "cannot-take-all-qualified",
            True,
        ),
        (
            "Due to the volume we are unable to interview all applicants; we will write if you are "
            "shortlisted.",
            "",
            False,
        ),
    ],
)
def test_pages64_dev_misses_and_their_look_alikes(sentence: str, rule: str, is_no: bool) -> None:
    _check("en", sentence, rule, is_no)


@pytest.mark.parametrize(
    ("lang", "sentence", "rule", "is_no"),
    [
        # web-milanotoday/it: an apology, then the writer cannot let the reader come or start
        (
            "it",
            "Mi dispiace, ma alla fine non possiamo farti iniziare lunedì in negozio.",
            "sorry-cannot-have-you-come",
            True,
        ),
        (
            "it",
            "Scusa, domani non posso farti venire a prendere: prendi il treno per il colloquio.",
            "",
            False,
        ),
        # web-elimparcial/es: hiring again only later, so not now
        (
            "es",
            "Esperamos que más adelante podamos volver a contratar; guardamos tu contacto.",
            "hiring-again-only-later",
            True,
        ),
        # globaltalentbridge/pt: a status changed to a closing word with the refusal beside it
        (
            "pt",
            "O status da sua candidatura foi atualizado para: Encerrado (não aprovado).",
            "status-updated-to-not-selected",
            True,
        ),
        (
            "pt",
            "O status da sua candidatura foi atualizado para: Aprovado para entrevista.",
            "",
            False,
        ),
        # web-altersdiskriminierung/de: the reader as subject, the fit verb last and negated
        (
            "de",
            "Ich muss Ihnen leider sagen, dass Sie nicht in unser Team passen.",
            "you-do-not-fit-verb-final",
            True,
        ),
        (
            "de",
            "Wir glauben, dass Sie perfekt in unser Team passen, und laden Sie gerne ein.",
            "",
            False,
        ),
        # web-phdblue/en: "short-listed" with its hyphen
        (
            "en",
            "Unfortunately, I have not short-listed you for this position.",
            "not-shortlisted-you",
            True,
        ),
        ("en", "Good news: you have been short-listed for the analyst position.", "", False),
        # web-magg/pt: what the post required, then that the reader did not show it
        (
            "pt",
            "A vaga exigia atenção aos detalhes, algo que não demonstraste na entrevista.",
            "post-required-what-you-did-not-show",
            True,
        ),
        ("pt", "A vaga exige atenção aos detalhes; envie o seu portfólio até sexta.", "", False),
        (
            "en",
            "The role required team leadership, which you did not demonstrate.",
            "post-required-what-you-did-not-show",
            True,
        ),
        # web-elcorreo/es and web-watv/es (pages68): a start that will not happen, no more hires
        (
            "es",
            "Lo siento, al final no vas a empezar en este puesto el lunes.",
            "you-will-not-start",
            True,
        ),
        ("es", "¿No vas a empezar en ese trabajo el lunes? Avísanos.", "", False),
        (
            "es",
            "Lamentablemente no podemos contratar a más personas este año.",
            "cannot-hire-more-people",
            True,
        ),
        # web-realites/fr (pages69): the firm takes only a kind of person
        (
            "fr",
            "Désolé, notre entreprise n'embauche que des personnes ayant le permis poids lourd.",
            "only-takes-a-kind-of-person",
            True,
        ),
        (
            "fr",
            "Nous n'acceptons que les candidatures envoyées par le formulaire en ligne.",
            "",
            False,
        ),
    ],
)
def test_later_dev_misses_and_their_look_alikes(
    lang: str, sentence: str, rule: str, is_no: bool
) -> None:
    """pages62-69 and sources60's dev misses as kinds, each beside a look-alike."""
    _check(lang, sentence, rule, is_no)
