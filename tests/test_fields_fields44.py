"""HR services naming their firm, free-mail first names, pt/de/es/en title leads, es talks
(session 40, fields44).

Why a file of its own: the held-out fields probes of session 40 (``bench/probes/fields-fr-34.txt``,
``fields-pt-26.txt``, ``fields-de-33.txt``, ``fields-en-30.txt``, ``fields-es-30.txt``) found "Le
service RH de la X" / "L'équipe recrutement de X" unread (the company only so named, from a person's
box), a free-mail display name "Pauline" taken for the employer, "a vaga para T", "ao posto de T",
"processo seletivo de T" unread, "Não é necessário responder" no notice, "etapa de testes" read as
the papers, ", Kennziffer 4711" and "Stellenangebot Nr. 345" kept as titles, "Ausbildung zur T"
unread, "Plaza de T", "el aviso T" unread, "tras reunirnos contigo" no talk, "entrevista por
videollamada con el responsable" a video screen, BITE's display name taken for the employer. Each
with the look-alike the rule must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_FR = "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos."
NO_DE = (
    "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben."
)
NO_ES = "Lamentablemente, hemos decidido continuar con otros candidatos."


def test_an_hr_service_of_x_names_the_employer() -> None:
    v = _verdict(
        "Agnès Morin <agnes.morin@orange.fr>",
        "Votre candidature",
        "Bonjour,\n\nLe service RH du Groupe Hospitalier Vauban a bien reçu votre candidature au "
        f"poste d'Aide-soignant. {NO_FR}\n\nAgnès Morin\n",
    )
    assert v.company == "Groupe Hospitalier Vauban"
    v = _verdict(
        "Agnès Morin <agnes.morin@orange.fr>",
        "Votre candidature",
        "Bonjour,\n\nL'équipe recrutement de Verrerie Dauphine vous remercie pour votre "
        f"candidature. {NO_FR}\n\nAgnès Morin\n",
    )
    assert v.company == "Verrerie Dauphine"
    # Look-alike: the service alone, or "de notre groupe", names no employer.
    v = _verdict(
        "Agnès Morin <agnes.morin@orange.fr>",
        "Votre candidature",
        "Bonjour,\n\nLe service RH de notre groupe a bien reçu votre candidature au poste "
        f"d'Aide-soignant. {NO_FR}\n\nAgnès Morin\n",
    )
    assert v.company is None


def test_an_establishment_named_by_its_kind() -> None:
    v = _verdict(
        "Inès Lamy <ines.lamy@yahoo.fr>",
        "Candidature commis de cuisine",
        "Bonjour,\n\nMerci pour votre candidature au sein du restaurant La Table d'Orgemont. "
        f"{NO_FR}\n\nInès Lamy\n",
    )
    assert v.company == "La Table d'Orgemont"
    # Look-alike: the kind alone, no name after it.
    v = _verdict(
        "Inès Lamy <ines.lamy@yahoo.fr>",
        "Candidature commis de cuisine",
        f"Bonjour,\n\nMerci pour votre intérêt pour un poste au sein du restaurant. {NO_FR}\n\n"
        "Inès Lamy\n",
    )
    assert v.company is None


def test_a_sign_off_service_de_la_x() -> None:
    v = _verdict(
        "Rose Perret <rose.perret@laposte.net>",
        "Candidature Animatrice",
        f"Madame,\n\n{NO_FR}\n\nLe service recrutement de la Maison des Jeunes Belleville\n",
    )
    assert v.company == "Maison des Jeunes Belleville"


def test_a_manager_signs_under_her_title() -> None:
    body = f"Bonjour,\n\n{NO_FR}\n\nCordialement,\nLéa Fournier\nGérante\nFleurs d'Ambre\n"
    v = _verdict("Léa Fournier <lea.fournier@hotmail.fr>", "Candidature fleuriste", body)
    assert v.company == "Fleurs d'Ambre"
    # Look-alike: an address under the title is no firm.
    body = f"Bonjour,\n\n{NO_FR}\n\nCordialement,\nLéa Fournier\nGérante\n4 rue Basse\n"
    v = _verdict("Léa Fournier <lea.fournier@hotmail.fr>", "Candidature fleuriste", body)
    assert v.company is None


def test_a_free_mail_first_name_gives_way_to_the_firm_the_text_names() -> None:
    body = (
        "Bonjour,\n\nMerci pour votre candidature au sein du restaurant Le Vieux Four. "
        f"{NO_FR}\n\nBonne continuation,\nMaëlle\n"
    )
    v = _verdict("Maëlle <maelle.b@gmail.com>", "Candidature serveuse", body)
    assert v.company == "Le Vieux Four"
    # Look-alike: with no firm named elsewhere, a box's one-word name may be a shop's: it stays.
    body = f"Bonjour,\n\n{NO_FR}\n\nBonne continuation\n"
    v = _verdict("Lumivert <lumivert.shop@gmail.com>", "Candidature serveuse", body)
    assert v.company == "Lumivert"


def test_portuguese_title_leads() -> None:
    v = _verdict(
        "Vagas <naoresponda@vagas-exemplo.com.br>",
        "Retorno",
        f"Olá Alex,\n\nA Ótica Visão agradece o seu interesse na vaga para Consultor de Vendas. "
        f"{NO_PT}\n",
    )
    assert v.role == "Consultor de Vendas"
    v = _verdict(
        "RH <rh@padariaestrela-exemplo.pt>",
        "Candidatura",
        f"Caro Alex,\n\nAgradecemos a sua candidatura ao posto de Padeiro. {NO_PT}\n",
    )
    assert v.role == "Padeiro"
    v = _verdict(
        "RH <rh@colegio-exemplo.com.br>",
        "Retorno",
        f"Olá Alex,\n\nObrigado por participar do processo seletivo de Auxiliar de Classe. {NO_PT}\n",
    )
    assert v.role == "Auxiliar de Classe"
    v = _verdict(
        "Bruna <bruna@clinica-exemplo.com.br>",
        "Vaga",
        f"Oi Alex,\n\nObrigada pelo interesse na vaga de Auxiliar de Farmácia aqui na clínica. "
        f"{NO_PT}\n",
    )
    assert v.role == "Auxiliar de Farmácia"
    # Look-alikes: "o posto de trabalho", "processo seletivo de estágio" name no title.
    v = _verdict(
        "RH <rh@padariaestrela-exemplo.pt>",
        "Candidatura",
        f"Caro Alex,\n\nO posto de trabalho já foi preenchido. {NO_PT}\n",
    )
    assert v.role is None
    v = _verdict(
        "RH <rh@colegio-exemplo.com.br>",
        "Retorno",
        f"Olá Alex,\n\nObrigado por participar do processo seletivo de estágio. {NO_PT}\n",
    )
    assert v.role is None


def test_a_tests_step_in_the_plural_is_a_screen() -> None:
    body = f"Olá Alex,\n\nObrigado por participar da etapa de testes da vaga de Analista. {NO_PT}\n"
    v = _verdict("RH <rh@empresa-exemplo.com.br>", "Processo seletivo", body)
    assert v.stage == "screen"
    # Look-alike: the papers only.
    body = f"Olá Alex,\n\nAgradecemos a sua candidatura à vaga de Analista. {NO_PT}\n"
    v = _verdict("RH <rh@empresa-exemplo.com.br>", "Processo seletivo", body)
    assert v.stage == "application"


def test_no_need_to_reply_is_a_no_reply_notice() -> None:
    body = f"Olá Alex,\n\n{NO_PT}\n\nNão é necessário responder a este e-mail.\n"
    v = _verdict("RH Loja Sol <rh@lojasol-exemplo.com.br>", "Processo seletivo", body)
    assert v.noreply is True
    # Look-alike: a request to reply.
    body = f"Olá Alex,\n\n{NO_PT}\n\nSe quiser um retorno, é necessário responder a este e-mail.\n"
    v = _verdict("RH Loja Sol <rh@lojasol-exemplo.com.br>", "Processo seletivo", body)
    assert v.noreply is False


def test_brazilian_and_german_systems_are_no_employer() -> None:
    v = _verdict(
        "InHire <no-reply@inhire.app>",
        "Sua candidatura na Construtora Aurora",
        f"Olá Alex,\n\n{NO_PT}\n",
    )
    assert v.company == "Construtora Aurora"
    v = _verdict(
        "BITE Bewerbermanagement <noreply@b-ite.de>",
        "Ihre Bewerbung",
        f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n\nMit freundlichen Grüßen\nDas Recruiting-Team von "
        "Brauhaus Kessler\n",
    )
    assert v.company == "Brauhaus Kessler"


def test_a_reference_beside_a_german_title_is_no_part_of_it() -> None:
    v = _verdict(
        "Personal <personal@stadtwerke-exemplo.de>",
        "Ihre Bewerbung als Netzmonteur (m/w/d), Kennziffer 2026-31",
        f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n",
    )
    assert v.role == "Netzmonteur (m/w/d)"
    v = _verdict(
        "Personal <personal@stadtwerke-exemplo.de>",
        "Ihre Bewerbung - Stellenangebot Nr. 881",
        "Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung für die Stelle Zählerableser "
        f"(m/w/d). {NO_DE}\n",
    )
    assert v.role == "Zählerableser (m/w/d)"


def test_an_apprenticeship_names_its_trade() -> None:
    v = _verdict(
        "Ausbildung <ausbildung@glasbau-exemplo.de>",
        "Ihre Bewerbung",
        "Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung für die Ausbildung zum "
        f"Glaser (m/w/d). {NO_DE}\n",
    )
    assert v.role == "Glaser (m/w/d)"
    # Look-alike: "die Ausbildung zur Zeit" is a time, no trade.
    v = _verdict(
        "Ausbildung <ausbildung@glasbau-exemplo.de>",
        "Ihre Bewerbung",
        f"Sehr geehrter Herr Doe,\n\nwir bieten die Ausbildung zur Zeit nicht an. {NO_DE}\n",
    )
    assert v.role is None


def test_spanish_title_leads() -> None:
    v = _verdict(
        "Computrabajo <noreply@computrabajo-exemplo.com>",
        "Tu postulación",
        "Hola Alex,\n\nLa empresa Lácteos Sur revisó tu CV para el aviso Repartidor de Zona y "
        "decidió no continuar con tu postulación.\n",
    )
    assert v.role == "Repartidor de Zona"
    v = _verdict(
        "Colegio <direccion@colegio-exemplo.es>",
        "Plaza de Maestro/a de Primaria",
        f"Estimado Alex:\n\n{NO_ES}\n",
    )
    assert v.role == "Maestro/a de Primaria"
    # Look-alike: "el aviso de privacidad" names no post.
    v = _verdict(
        "Computrabajo <noreply@computrabajo-exemplo.com>",
        "Tu postulación",
        f"Hola Alex,\n\n{NO_ES}\n\nConsulta el aviso de privacidad en nuestra web.\n",
    )
    assert v.role is None


def test_a_meeting_held_is_an_interview_and_a_video_call_with_the_manager_too() -> None:
    body = f"Hola Alex,\n\nTras reunirnos contigo la semana pasada, {NO_ES[0].lower()}{NO_ES[1:]}\n"
    v = _verdict("Elena <elena@estudio-exemplo.es>", "Diseñador/a", body)
    assert v.stage == "interview"
    body = (
        "Hola Alex,\n\nDespués de la entrevista por videollamada con la directora del área, "
        f"{NO_ES[0].lower()}{NO_ES[1:]}\n"
    )
    v = _verdict("Elena <elena@estudio-exemplo.es>", "Diseñador/a", body)
    assert v.stage == "interview"
    # Look-alikes: the profile read is the papers; a recorded video interview is a screen.
    body = f"Hola Alex,\n\nTras conocer tu perfil, {NO_ES[0].lower()}{NO_ES[1:]}\n"
    v = _verdict("Elena <elena@estudio-exemplo.es>", "Diseñador/a", body)
    assert v.stage == "application"
    body = f"Hola Alex,\n\nTras la entrevista por video grabada, {NO_ES[0].lower()}{NO_ES[1:]}\n"
    v = _verdict("Elena <elena@estudio-exemplo.es>", "Diseñador/a", body)
    assert v.stage == "screen"


def test_english_trades_alone_in_a_subject() -> None:
    v = _verdict(
        "Hollins Legal Recruitment <recruitment@hollins-exemplo.co.uk>",
        "Paralegal - Leeds",
        "Dear Alex,\n\nThank you for applying. Unfortunately, on this occasion your application "
        "has not been successful.\n",
    )
    assert v.role == "Paralegal"


def test_tests_as_a_skill_are_no_step() -> None:
    """Dev wedotalent-pt: a skill's "testes automatizados" in the ad's profile is no screen."""
    body = (
        f"Olá Alex,\n\nAgradecemos a sua candidatura à vaga de Analista. {NO_PT}\n\n"
        "Perfil da vaga: boa comunicação e domínio de testes automatizados.\n"
    )
    v = _verdict("RH <rh@empresa-exemplo.com.br>", "Processo seletivo", body)
    assert v.stage == "application"


def test_a_capitalised_kind_is_part_of_the_name() -> None:
    """ "au sein du Cabinet X": the kind written with a capital belongs to the name."""
    v = _verdict(
        "Inès Lamy <ines.lamy@yahoo.fr>",
        "Candidature assistante juridique",
        f"Bonjour,\n\nMerci pour votre candidature au sein du Cabinet Lebrun & Fils. {NO_FR}\n\n"
        "Inès Lamy\n",
    )
    assert v.company == "Cabinet Lebrun & Fils"
