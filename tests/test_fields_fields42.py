"""No-reply display names and Dutch notices, pt/nl title leads, es/pt stage words (session 38, fields42).

Why a file of its own: the held-out fields probes of session 38 (``bench/probes/fields-pt-22.txt``,
``fields-nl-37.txt``, ``fields-es-27.txt``, ``fields-en-27.txt``) found a display name saying
"(Do Not Reply)" over a plain address, a Dutch "Deze mailbox wordt niet gelezen", titles after
"na oportunidade de", "processo seletivo para", "de openstaande vacature", "de job van" and
"kandidatuur voor", a subject's step ("prueba técnica") taken for the title, "A empresa X atualizou
o status" lost to the board, the finals in the plural and a talk "por telefone". Each with the
look-alike the rule must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_EN = "Unfortunately, we will not be moving forward with your application."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos."
NO_ES = "Lamentablemente, hemos decidido continuar con otros candidatos."


def test_a_display_name_that_says_do_not_reply_is_no_reply() -> None:
    v = _verdict(
        "Lakeside Dairy Careers (Do Not Reply) <careers@lakesidedairy.com>",
        "Your application",
        f"Hi Alex,\n\n{NO_EN}\n\nLakeside Dairy\n",
    )
    assert v.noreply is True
    # Look-alike: a name merely holding the letters ("Replyco") is read by a person.
    v = _verdict(
        "Replyco Careers <careers@replyco.com>",
        "Your application",
        f"Hi Alex,\n\n{NO_EN}\n\nReplyco\n",
    )
    assert v.noreply is False


def test_a_dutch_mailbox_said_to_be_unread_is_no_reply() -> None:
    v = _verdict(
        "Werving Gemeente Oostmeer <werving@oostmeer.nl>",
        "Uw sollicitatie",
        f"Beste Alex,\n\n{NO_NL}\n\nDit e-mailadres wordt niet gecontroleerd.\n",
    )
    assert v.noreply is True
    # Look-alike: a reader's own mail that went unread names no mailbox of the sender's.
    v = _verdict(
        "Werving Gemeente Oostmeer <werving@oostmeer.nl>",
        "Uw sollicitatie",
        f"Beste Alex,\n\n{NO_NL}\n\nMocht je eerdere mail niet gelezen zijn, bel ons gerust.\n",
    )
    assert v.noreply is False


def test_portuguese_title_leads_opportunity_and_selection_process() -> None:
    v = _verdict(
        "RH <rh@moveisaurora.com.br>",
        "Retorno",
        f"Olá Alex,\n\nAgradecemos seu interesse na oportunidade de Marceneiro. {NO_PT}\n",
    )
    assert v.role == "Marceneiro"
    v = _verdict(
        "RH <rh@moveisaurora.com.br>",
        "Retorno",
        f"Olá Alex,\n\nObrigado por participar do processo seletivo para Auxiliar de Logística. "
        f"{NO_PT}\n",
    )
    assert v.role == "Auxiliar de Logística"
    # Look-alike: an opportunity to do something is no title.
    v = _verdict(
        "RH <rh@moveisaurora.com.br>",
        "Retorno",
        f"Olá Alex,\n\nAgradecemos a oportunidade de conhecer seu perfil. {NO_PT}\n",
    )
    assert v.role is None


def test_dutch_and_flemish_title_leads() -> None:
    v = _verdict(
        "HR <hr@tuincentrumlinde.nl>",
        "Je sollicitatie",
        f"Beste Alex,\n\nBedankt voor je reactie op de openstaande vacature Hovenier. {NO_NL}\n",
    )
    assert v.role == "Hovenier"
    v = _verdict(
        "HR <hr@drukkerijschelde.be>",
        "Je kandidatuur",
        "Dag Alex,\n\nBedankt voor je kandidatuur voor Drukker. Helaas moeten we je laten weten "
        "dat we je kandidatuur niet weerhouden.\n",
    )
    assert v.role == "Drukker"


def test_a_step_named_in_the_subject_is_no_title() -> None:
    v = _verdict(
        "Selección <seleccion@grupoalcor.es>",
        "Resultado prueba técnica - Analista de Datos",
        f"Hola Alex,\n\nGracias por hacer la prueba técnica. {NO_ES}\n",
    )
    assert v.role == "Analista de Datos"
    assert v.stage == "screen"


def test_finals_in_the_plural_and_a_talk_by_phone() -> None:
    v = _verdict(
        "Selección <seleccion@grupoalcor.es>",
        "Jefe de Planta",
        f"Hola Alex,\n\nTras las entrevistas finales con el comité, {NO_ES[0].lower()}{NO_ES[1:]}\n",
    )
    assert v.stage == "final"
    v = _verdict(
        "Carla Souza <carla@grupoalvorada.com.br>",
        "Analista Fiscal",
        f"Olá Alex,\n\nObrigada pela conversa por telefone. {NO_PT}\n\nCarla Souza\n",
    )
    assert v.stage == "screen"
    # Look-alike: a talk in person stays an interview.
    v = _verdict(
        "Carla Souza <carla@grupoalvorada.com.br>",
        "Analista Fiscal",
        f"Olá Alex,\n\nObrigada pela conversa de ontem no escritório. {NO_PT}\n\nCarla Souza\n",
    )
    assert v.stage == "interview"


def test_a_board_relays_the_employer_that_updated_the_status() -> None:
    v = _verdict(
        "Vagas Já <noreply@vagasja.com.br>",
        "Atualização da candidatura",
        "Olá Alex,\n\nA empresa Farmácia Boa Saúde atualizou o status da sua candidatura para a "
        "vaga de Balconista: não selecionado.\n",
    )
    assert v.company == "Farmácia Boa Saúde"
    v = _verdict(
        "Vagas Já <noreply@vagasja.com.br>",
        "Atualização da candidatura",
        "Olá Alex,\n\nA Ótica Visão Clara atualizou a sua candidatura para a vaga Vendedor: "
        "não selecionado.\n",
    )
    assert v.company == "Ótica Visão Clara"
    # Look-alike: the board's own system updating the status names no employer.
    v = _verdict(
        "Vagas Já <noreply@vagasja.com.br>",
        "Atualização da candidatura",
        "Olá Alex,\n\nO Sistema atualizou o status da sua candidatura: não selecionado.\n",
    )
    assert v.company != "Sistema"


def test_a_shift_in_brackets_is_part_of_the_title_a_place_is_not() -> None:
    v = _verdict(
        "Recruitment <recruitment@elmhousecare.org.uk>",
        "Care Worker (Nights)",
        f"Dear Alex,\n\nThank you for your application for Care Worker (Nights). {NO_EN}\n",
    )
    assert v.role == "Care Worker (Nights)"
    # Look-alike: a town in brackets, the post named "in" it in the text, is where, not what.
    v = _verdict(
        "Recruitment <recruitment@elmhousecare.org.uk>",
        "Care Worker (Harrogate)",
        f"Dear Alex,\n\nThank you for applying for the Care Worker role in Harrogate. {NO_EN}\n",
    )
    assert v.role == "Care Worker"


# Pass 2 (fields-pt-23, nl-38, es-28, en-28).


def test_the_reader_among_the_finalists_reached_the_final() -> None:
    v = _verdict(
        "Talento <talento@navieraatlantica.es>",
        "Proceso Oficial de Puente",
        f"Hola Alex,\n\nFuiste una de las finalistas del proceso. {NO_ES}\n",
    )
    assert v.stage == "final"
    v = _verdict(
        "Talento <talento@navieraatlantica.es>",
        "Proceso Oficial de Puente",
        f"Hola Alex,\n\nGracias por la entrevista con el director general. {NO_ES}\n",
    )
    assert v.stage == "final"
    # Look-alike: the other one a finalist, the reader's CV only read.
    v = _verdict(
        "Talento <talento@navieraatlantica.es>",
        "Proceso Oficial de Puente",
        "Hola Alex,\n\nTras revisar tu candidatura, hemos elegido a otro finalista para el puesto.\n",
    )
    assert v.stage == "application"


def test_a_spanish_board_names_the_employer_in_the_past_tense() -> None:
    v = _verdict(
        "Portal Empleo <notificaciones@portalempleo.es>",
        "Tu postulación",
        "Hola Alex,\n\nLa empresa Panadería Trigal revisó tu candidatura para la oferta Panadero "
        "y decidió no continuar con tu proceso.\n",
    )
    assert v.company == "Panadería Trigal"


def test_a_notification_only_address_is_no_reply() -> None:
    v = _verdict(
        "Careers <careers@harlowmetals.com>",
        "Your application",
        f"Dear Alex,\n\n{NO_EN}\n\nThis message comes from a notification-only address.\n",
    )
    assert v.noreply is True
    # Look-alike: what the employer cannot accept by mail is no word on the box.
    v = _verdict(
        "Careers <careers@harlowmetals.com>",
        "Your application",
        f"Dear Alex,\n\n{NO_EN} Note that we cannot accept applications by email.\n",
    )
    assert v.noreply is False


def test_a_talk_with_the_recruiter_is_a_screen() -> None:
    v = _verdict(
        "Hiring <hiring@pellmanlogistics.com>",
        "Planner position",
        f"Hi Alex,\n\nThanks for taking the time to talk with our recruiter last week. {NO_EN}\n",
    )
    assert v.stage == "screen"


def test_an_agency_reports_its_clients_feedback() -> None:
    body = (
        "Hi Alex,\n\nI've had feedback from Marston Dairies on the Buyer role and unfortunately "
        "they've decided not to take your application further.\n\nTom Reed\nClearview Recruitment\n"
    )
    v = _verdict("Tom Reed <tom@clearviewrecruitment.co.uk>", "Buyer role", body)
    assert v.company == "Marston Dairies"
    # Look-alike: a person's feedback ("she") names no employer.
    body = body.replace("Marston Dairies", "Sarah").replace("they've", "she has")
    v = _verdict("Tom Reed <tom@clearviewrecruitment.co.uk>", "Buyer role", body)
    assert v.company != "Sarah"


def test_a_flemish_post_and_a_first_name_writer() -> None:
    v = _verdict(
        "Gemeente Zoersel <jobs@zoersel.be>",
        "Uw kandidatuur",
        "Beste,\n\nWij danken u voor uw kandidatuur voor de betrekking van Boekhouder. Helaas "
        "werd u niet geselecteerd.\n",
    )
    assert v.role == "Boekhouder"
    v = _verdict(
        "Nina <nina@studiohaven.nl>", "Designer", f"Hoi Alex,\n\n{NO_NL}\n\nGroet,\nNina\n"
    )
    assert v.contact_name == "Nina"
    # Look-alikes: a team box signing its own name, a first name over another mailbox.
    v = _verdict(
        "Vacatures <vacatures@studiohaven.nl>", "Designer", f"Hoi,\n\n{NO_NL}\n\nVacatures\n"
    )
    assert v.contact_name is None
    v = _verdict(
        "Nina <jobs@studiohaven.nl>", "Designer", f"Hoi Alex,\n\n{NO_NL}\n\nGroet,\nNina\n"
    )
    assert v.contact_name is None
