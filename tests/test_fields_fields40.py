"""Employers and rounds as Portuguese, Dutch and Spanish senders name them (session 36, fields40).

Why a file of its own: the held-out fields probes of pass 38 (pt), 37 (nl) and 20 (es)
(``bench/probes/fields-pt-18.txt``, ``fields-nl-33.txt``, ``fields-es-20.txt``) found a display
name "Jo (namens X)" kept whole, a board's "a vaga de T em X" unread, an office box ("Vagas",
"Gabinete de RH") taken for the employer, the CV's reading ("avaliação curricular") taken for a
test and "na het eerste gesprek" for a screen. Each with the look-alike the rule must leave
alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

from agent.classify import classify
from agent.classify.extractors.common import post_in_org
from agent.mail.parse import parse_bytes

from helpers import OWNER, mail

NO_PT = "Infelizmente, decidimos seguir com outros candidatos."
NO_NL = "Helaas hebben we besloten niet verder te gaan met je sollicitatie."


def test_a_display_name_on_behalf_of_the_employer() -> None:
    v = _verdict(
        "Ruben (namens Zeilmakerij Hoorn) <reply@relay.atsmail.example>",
        "Je sollicitatie als Zeilmaker",
        f"Hoi Alex,\n\nBedankt voor je sollicitatie als Zeilmaker. {NO_NL}\n\nGroet,\nRuben\n",
    )
    assert v.company == "Zeilmakerij Hoorn"
    # Look-alike: a person's plain display name under the employer's own domain.
    v = _verdict(
        "Ruben de Graaf <ruben@zeilmakerijhoorn.nl>",
        "Je sollicitatie als Zeilmaker",
        f"Hoi Alex,\n\nBedankt voor je sollicitatie als Zeilmaker. {NO_NL}\n\nGroet,\nRuben de "
        "Graaf\nZeilmakerij Hoorn\n",
    )
    assert v.company == "Zeilmakerij Hoorn"


def test_a_post_at_an_organisation_not_at_a_place() -> None:
    text = "Agradecemos seu interesse na vaga de Auxiliar de Cozinha em Restaurante Sabor Mineiro."
    assert post_in_org(text, 0, len(text)) == "Restaurante Sabor Mineiro"
    place = "Agradecemos seu interesse na vaga de Auxiliar de Cozinha em Belo Horizonte."
    assert post_in_org(place, 0, len(place)) is None
    v = _verdict(
        "Portal Vagas Já <avisos@portalvagasja.example>",
        "Atualização da candidatura",
        "Olá Alex,\n\nAgradecemos seu interesse na vaga de Auxiliar de Cozinha em Restaurante "
        f"Sabor Mineiro. {NO_PT}\n",
    )
    assert v.company == "Restaurante Sabor Mineiro"


def test_an_office_box_is_no_employer() -> None:
    v = _verdict(
        "Gabinete de RH <rh@lagaresdoalentejo.example>",
        "Candidatura - Operador Agrícola",
        f"Caro Alex,\n\nAgradecemos a sua candidatura para Operador Agrícola. {NO_PT}\n\n"
        "Gabinete de Recursos Humanos da Cooperativa Lagares do Alentejo\n",
    )
    assert v.company == "Cooperativa Lagares do Alentejo"


def test_the_cv_read_is_the_application_a_written_test_a_screen() -> None:
    body = "Caro Alex,\n\nApós a avaliação curricular, {}\n\nCâmara Municipal de Montemor\n"
    v = _verdict(
        "Câmara Municipal de Montemor <rh@cm-montemor.example>", "Concurso", body.format(NO_PT)
    )
    assert v.stage == "application"
    # Look-alike: a technical assessment is a test before the talks.
    body = body.replace("avaliação curricular", "avaliação técnica")
    v = _verdict(
        "Câmara Municipal de Montemor <rh@cm-montemor.example>", "Concurso", body.format(NO_PT)
    )
    assert v.stage == "screen"


def test_a_first_talk_is_an_interview_unless_by_phone() -> None:
    body = "Beste Alex,\n\nDank voor {} van dinsdag. " + NO_NL + "\n\nVeldhuis Installatie\n"
    v = _verdict(
        "Veldhuis Installatie <hr@veldhuis.example>", "Monteur", body.format("het eerste gesprek")
    )
    assert v.stage == "interview"
    v = _verdict(
        "Veldhuis Installatie <hr@veldhuis.example>",
        "Monteur",
        body.format("het telefonische eerste gesprek"),
    )
    assert v.stage == "screen"


def test_a_trial_day_is_a_job_step_a_school_day_is_not_a_job() -> None:
    v = _verdict(
        "Bakkerij Vos <bakkerijvos@kpnmail.example>",
        "Proefdag",
        "Hoi Alex,\n\nBedankt voor de proefdag. We hebben besloten om met iemand anders verder "
        "te gaan.\n\nBakkerij Vos\n",
    )
    assert v.stage == "final"
    # Look-alike: a pupil's day at a school ("meeloopdag") is no hire.
    msg = mail(
        "Meeloopdag",
        "Beste ouders,\n\nBedankt voor de meeloopdag van Sam. We hebben besloten om met iemand "
        "anders verder te gaan voor de laatste plaats in groep 5.\n\nBasisschool De Linde\n",
        sender="Basisschool De Linde <info@delinde.example>",
    )
    assert not classify(parse_bytes(msg), [OWNER]).is_rejection
