"""Board relays, team sign-offs, pt no-reply notices, es test phases (session 39, fields43).

Why a file of its own: the held-out fields probes of session 39 (``bench/probes/fields-es-29.txt``,
``fields-nl-39.txt``, ``fields-pt-24.txt``, ``fields-pt-25.txt``) found a board's "A empresa X
informou" / "X heeft laten weten" lost to the board, "do time de recrutamento da X" unread, a
sign-off "Time de Gente" taken for the employer, a "Sistema de Recrutamento X" display name cut to
"Sistema de", pt notices "Este e-mail é automático" and "não está habilitado para receber
mensagens" unread, "Tras la fase de pruebas," read as the papers, a split "nodigen ... uit voor een
gesprek" read as a talk held, a sign-off "Transportes X" under its writer lost to the domain. Each
with the look-alike the rule must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos."
NO_ES = "Lamentablemente, hemos decidido continuar con otros candidatos."


def test_a_portuguese_board_relays_the_employer_that_informed() -> None:
    v = _verdict(
        "Portal Emprego <noreply@portalemprego-exemplo.pt>",
        "Atualização da sua candidatura",
        "Olá Alex,\n\nA empresa Cerâmica Alcobaça Nova informou que a sua candidatura ao anúncio "
        "Pintor Cerâmico não foi selecionada.\n",
    )
    assert v.company == "Cerâmica Alcobaça Nova"
    # Look-alike: "a empresa informou" with no name names nobody (the board is no employer).
    v = _verdict(
        "Portal Emprego <noreply@portalemprego-exemplo.pt>",
        "Atualização da sua candidatura",
        "Olá Alex,\n\nA empresa informou que a sua candidatura não foi selecionada.\n",
    )
    assert v.company != "Portal Emprego"
    assert v.company is None or "informou" not in v.company


def test_a_dutch_board_relays_the_employer_that_let_know() -> None:
    v = _verdict(
        "Vacaturesite <noreply@vacatures-voorbeeld.nl>",
        "Je sollicitatie",
        "Hallo Alex,\n\nSchildersbedrijf Kok heeft laten weten dat ze niet verder gaan met je "
        "sollicitatie als Schilder.\n",
    )
    assert v.company == "Schildersbedrijf Kok"


def test_the_recruitment_team_of_x_names_the_employer() -> None:
    v = _verdict(
        "Larissa Melo <larissa.melo@mail-exemplo.com.br>",
        "Analista de Crédito",
        f"Olá Alex,\n\nAqui é a Larissa, do time de recrutamento da Cooperativa Serra Verde. {NO_PT}"
        "\n\nLarissa Melo\n",
    )
    assert v.company == "Cooperativa Serra Verde"
    # Look-alike: "da nossa equipe" names no employer.
    v = _verdict(
        "Larissa Melo <larissa.melo@gmail.com>",
        "Analista de Crédito",
        f"Olá Alex,\n\nAqui é a Larissa, do time de recrutamento da Nossa Empresa. {NO_PT}"
        "\n\nLarissa Melo\n",
    )
    assert v.company != "Nossa Empresa"


def test_a_people_team_sign_off_is_no_employer() -> None:
    v = _verdict(
        "Moda Serena | Carreiras <carreiras@modaserena.com.br>",
        "Vendedor(a)",
        f"Oi Alex,\n\n{NO_PT}\n\nTime de Gente\n",
    )
    assert v.company != "Gente"


def test_a_recruitment_system_display_name_names_its_employer() -> None:
    v = _verdict(
        "Sistema de Recrutamento Hospital Boa Vista <sistema@hboavista.com.br>",
        "Atualização",
        f"Olá Alex,\n\n{NO_PT}\n",
    )
    assert v.company == "Hospital Boa Vista"


def test_portuguese_automatic_mail_notices() -> None:
    for notice in (
        "Este e-mail é automático, pedimos que não o responda.",
        "Este endereço de e-mail não está habilitado para receber mensagens.",
    ):
        v = _verdict(
            "Carreiras Rede Sul <carreiras@redesul.com.br>",
            "Vaga Repositor",
            f"Olá Alex,\n\n{NO_PT}\n\n{notice}\n",
        )
        assert v.noreply is True, notice
    # Look-alike: asking for a reply, and an automatic answer to someone else's question.
    v = _verdict(
        "Carreiras Rede Sul <carreiras@redesul.com.br>",
        "Vaga Repositor",
        f"Olá Alex,\n\n{NO_PT} Pedimos que responda a este e-mail se quiser feedback.\n",
    )
    assert v.noreply is False


def test_spanish_tests_phase_is_a_screen() -> None:
    v = _verdict(
        "Selección Hidráulica Tajo <seleccion@hidraulicatajo.es>",
        "Técnico de Mantenimiento",
        f"Hola Alex,\n\nTras la fase de pruebas, {NO_ES[0].lower()}{NO_ES[1:]}\n",
    )
    assert v.stage == "screen"
    # Look-alike: a tests' phase not reached is no screen held.
    v = _verdict(
        "Selección Hidráulica Tajo <seleccion@hidraulicatajo.es>",
        "Técnico de Mantenimiento",
        "Hola Alex,\n\nTras revisar tu CV, lamentamos comunicarte que no pasarás a la fase de "
        "pruebas.\n",
    )
    assert v.stage == "application"


def test_a_split_dutch_invitation_not_made_is_a_step_ahead() -> None:
    v = _verdict(
        "Recruitment Museum Zuid <recruitment@museumzuid.nl>",
        "Sollicitatie Suppoost",
        "Beste Alex,\n\nNa zorgvuldige afweging nodigen we je helaas niet uit voor een gesprek.\n",
    )
    assert v.stage == "application"
    # Look-alike: a talk held is still one.
    v = _verdict(
        "Recruitment Museum Zuid <recruitment@museumzuid.nl>",
        "Sollicitatie Suppoost",
        f"Beste Alex,\n\nBedankt voor het gesprek van dinsdag. {NO_NL}\n",
    )
    assert v.stage == "interview"


def test_a_hauliers_sign_off_under_its_writer_beats_the_domain() -> None:
    v = _verdict(
        "Iker Etxeberria <iker@transnavarra.es>",
        "Conductor de Camión",
        f"Hola Alex,\n\n{NO_ES}\n\nSaludos,\nIker Etxeberria\nTransportes Navarra\n",
    )
    assert v.company == "Transportes Navarra"
    # Look-alike: a town under the writer's name is no employer.
    v = _verdict(
        "Iker Etxeberria <iker@transnavarra.es>",
        "Conductor de Camión",
        f"Hola Alex,\n\n{NO_ES}\n\nSaludos,\nIker Etxeberria\nPamplona\n",
    )
    assert v.company != "Pamplona"
