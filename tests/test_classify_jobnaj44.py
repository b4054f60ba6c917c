"""Issue 11, session 44 (branch jobnaj44): round 96, job refusals read as "not a job", seven languages.

Probed in bench/probes/*-{yes,no}-96.txt (written from how employers, universities, hospitals,
schools and public bodies word a no to an apprentice, a trainee, a doctoral researcher, a doctor
in training, a nurse, a teacher, a freelancer or a civil-service candidate, before any rule was
changed); these cells are other sentences of the same kinds. Each was missed before: in an
organisation's no-reply mail (bench/probe's ``weak``) the post was named by a word no job context
owned (a doctor's post, a medical training post, an apprenticeship contract, a civil-service
competition, a supply teacher's appointment, a BBL place, a competition for a graded post), or
the refusal's wording had no decision rule (a post not allocated, a contract not extended to the
reader, a competition not won, a job application a portal calls a request, an engagement given to
another freelancer, a post gone to another teacher).

Pass 2: a bracketed reference (a requisition, a grade, a title) between a job application and
its outcome; a job application a portal calls a "job request". Pass 3 (round 98, bench/probes/
*-98.txt (written as *-97; renamed at the merge, as round 97 is denied offers), written after pass 2 and measured before pass 3 changed a rule): another freelancer
chosen or hired, an assessment (a recruiter's English word in fr, es, it, pt), all the holiday
jobs or seasonal posts of a kind given, a teacher's supply post filled, another intern chosen.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import reason_text as _ids
from test_classify_grammar import wrapped
from test_gates_offers import weak

JOB = ""  # no subject of its own: the cell's mail is the job wrapper's


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "rule"),
    [
        # a bracketed reference between the application and its outcome (pass 2)
        (
            "en",
            JOB,
            "Your application for the Finance Officer vacancy (ref. FIN/0412) was not successful.",
            "application-outcome-bracketed",
        ),
        (
            "de",
            JOB,
            "Deine Bewerbung als Lagerhelfer (Standort Hamburg, Teilzeit) ist leider nicht "
            "erfolgreich.",
            "bracket-before-verdict",
        ),
        (
            "fr",
            JOB,
            "Votre demande d'emploi (poste de cuisinier, réf. 2231) est classée sans suite.",
            "candidature-a-ete-classe-sans-suite",
        ),
        # a job application a portal calls a job request, its status set (pass 2)
        (
            "en",
            JOB,
            "Your job request for Porter at St Mary's has been moved to unsuccessful.",
            "status-changed-to",
        ),
        # a post not allocated or matched to the reader
        (
            "en",
            JOB,
            "I am sorry to tell you that you have not been offered a locum registrar position.",
            "not-allocated-a-post",
        ),
        (
            "en",
            JOB,
            "Unfortunately you have not been allocated a role in the September intake.",
            "not-allocated-a-post",
        ),
        # a contract or an engagement not extended to the reader
        (
            "en",
            JOB,
            "We will not be extending a freelance engagement to you this quarter.",
            "no-contract-extended-to-you",
        ),
        # no place, job or post offered, the post's name several words long
        (
            "de",
            JOB,
            "Wir können Ihnen leider keinen Minijob im Verkauf an unserer Tankstelle anbieten.",
            "ihnen-kein-stelle-anbieten",
        ),
        (
            "de",
            JOB,
            "Leider können wir dir keinen Ausbildungsplatz zum Fachinformatiker für "
            "Systemintegration geben.",
            "ihnen-kein-stelle-anbieten",
        ),
        # a public employer's competition not won
        (
            "es",
            JOB,
            "Sentimos comunicarle que no ha resultado seleccionada para la plaza de técnica de "
            "laboratorio.",
            "not-awarded-the-post",
        ),
        (
            "es",
            "Convocatoria de personal docente",
            "Le comunicamos que no ha resultado adjudicataria de la plaza de profesora "
            "contratada doctora.",
            "not-awarded-the-post",
        ),
        # a job application, called "domanda di assunzione", refused
        (
            "it",
            JOB,
            "La tua domanda di assunzione presso il nostro punto vendita è stata respinta.",
            "candidatura-e-stata-respinta",
        ),
        # a post gone to another teacher, doctor or nurse
        (
            "it",
            JOB,
            "Il posto di educatrice è stato affidato a un'altra educatrice.",
            "posizione-e-stato-assegnat-a-altro",
        ),
        (
            "it",
            "Scuola primaria Manzoni",
            "La supplenza annuale è stata assegnata a un altro insegnante in graduatoria.",
            "posizione-e-stato-assegnat-a-altro",
        ),
        # no place offered, a time phrase between the reader and "geen"
        (
            "nl",
            JOB,
            "Helaas kunnen we u dit jaar geen werkplek aanbieden.",
            "kunnen-je-geen-aanbieden",
        ),
        # a freelance engagement given to another freelancer
        (
            "nl",
            JOB,
            "We hebben de opdracht uiteindelijk aan een andere freelancer gegund.",
            "engagement-to-another-freelancer",
        ),
        # a job application a portal calls a request, refused
        (
            "pt",
            JOB,
            "Informamos que o seu pedido de emprego como motorista foi recusado.",
            "job-request-refused",
        ),
        # the post filled, a long name between it and the verb
        (
            "pt",
            JOB,
            "A vaga de auxiliar de cozinha no nosso restaurante já foi preenchida.",
            "position-filled",
        ),
        # pass 3 (round 98): all the jobs or posts of a kind given
        (
            "de",
            "Aushilfen",
            "Leider wurden alle Aushilfsjobs im Lager bereits vergeben.",
            "all-posts-filled",
        ),
        (
            "it",
            "Animazione estiva",
            "I posti da animatore per il villaggio sono già tutti assegnati.",
            "posts-all-assigned",
        ),
        (
            "nl",
            "Zomerwerk",
            "Alle zomerbanen in de kassa zijn inmiddels vergeven.",
            "all-posts-filled",
        ),
        ("pt", JOB, "As vagas de monitor de praia já foram todas preenchidas.", "position-filled"),
        # pass 3: a teacher's post by its compound, filled
        ("de", "Grundschule am See", "Die Lehrerstelle ist inzwischen besetzt.", "position-filled"),
        # pass 3: an engagement given to another freelancer, another one hired
        (
            "de",
            JOB,
            "Wir haben beschlossen, den Auftrag für das Redesign an einen anderen Freelancer zu "
            "vergeben.",
            "engagement-to-another-freelancer",
        ),
        (
            "fr",
            JOB,
            "Nous avons attribué cette mission de traduction à une autre indépendante.",
            "mission-given-to-another-freelancer",
        ),
        (
            "es",
            JOB,
            "Al final el equipo ha contratado a otro autónomo para la campaña.",
            "hired-another-freelancer",
        ),
        (
            "pt",
            JOB,
            "Decidimos contratar outra profissional para esta colaboração.",
            "hired-another-freelancer",
        ),
        # pass 3: another intern or working student chosen
        ("nl", JOB, "We hebben gekozen voor een andere stagiair.", "other-candidates"),
    ],
)
def test_round_96_job_refusals_are_rejections(
    lang: str, subject: str, sentence: str, rule: str
) -> None:
    v = wrapped(lang, sentence) if subject == JOB else weak(lang, subject, sentence)
    assert v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        # job context from the post's own words, in an organisation's no-reply mail
        (
            "en",
            "Medical Staffing",
            "We regret that you have not been shortlisted for the specialty doctor posts in "
            "anaesthetics.",
        ),
        (
            "de",
            "Kreiskrankenhaus",
            "Leider können wir Ihnen keine Assistenzarztstelle in der Chirurgie anbieten.",
        ),
        (
            "fr",
            "Apprentissage 2026",
            "Nous ne sommes pas en mesure de vous proposer un contrat d'apprentissage cette année.",
        ),
        (
            "fr",
            "Fonction publique territoriale",
            "Vous n'avez pas été admise au concours externe d'adjoint administratif.",
        ),
        (
            "es",
            "Colegio Santa Ana",
            "Le informamos de que la plaza de maestra de educación infantil ya está cubierta.",
        ),
        (
            "it",
            "Istituto comprensivo",
            "La sua domanda per la supplenza di lettere non è stata accolta.",
        ),
        (
            "nl",
            "Leerwerkbedrijf",
            "Helaas ben je niet geselecteerd voor een BBL-plaats als timmerman.",
        ),
        (
            "pt",
            "Concursos municipais",
            "Informamos que não foi aprovada no concurso para auxiliar de ação educativa.",
        ),
        # pass 3 (round 98): another freelancer chosen; an assessment (a recruiter's English word)
        (
            "it",
            "Collaborazioni",
            "Purtroppo abbiamo scelto un altro freelance per il progetto.",
        ),
        (
            "fr",
            "Collaborations",
            "Nous avons finalement retenu un autre freelance pour cette mission.",
        ),
        ("de", "Projektanfrage", "Wir haben uns leider für einen anderen Freelancer entschieden."),
        ("nl", "Opdrachten", "We hebben helaas gekozen voor een andere zzp'er."),
        ("pt", "Colaborações", "Infelizmente escolhemos outro freelancer para este projeto."),
        ("es", "Colaboraciones", "Al final hemos contratado a otro autónomo para este encargo."),
        ("fr", "Programme Talents", "Votre dossier n'a pas été retenu après l'assessment."),
        (
            "es",
            "Programa Impulsa",
            "Tras el assessment, hemos decidido no continuar con tu candidatura al programa Impulsa.",
        ),
        ("pt", "Programa Trainee", "Após o assessment, não foste selecionado para o programa."),
    ],
)
def test_round_96_posts_named_by_their_own_words_are_jobs(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "subject", "sentence", "rule"),
    [
        # pass 3 (fr-no-98): a school's entrance competition is an admission, no post
        (
            "fr",
            "École de commerce",
            "Votre candidature au concours d'entrée en première année n'a malheureusement pas "
            "été retenue.",
            "entrance-competition",
        ),
    ],
)
def test_round_97_refusals_of_no_job_stay_no(
    lang: str, subject: str, sentence: str, rule: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons
    assert rule in _ids(v), v.reasons
