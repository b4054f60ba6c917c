"""Groups, Belgian federal services, careers banners, hours and calls for applications
(session 34, fields35).

Why a file of its own: the held-out fields probes of pass 32 (``bench/probes/fields-pt-12.txt``,
``fields-fr-28.txt``, ``fields-nl-30.txt``) found "Grupo X" alone on a sign-off line read as a
person's name, "o Grupo X decidiu" unread, "Le SPF X vous remercie" unread and a display name
"Recrutement fédéral" kept as "fédéral", "X recrute" as a sign-off line unread, a subject's "X
recrute : réponse à votre candidature" read as a title, Dutch titles cut before a field noun
("Begeleider wonen"), "namens het bestuur van X" unread, Portuguese titles running into "não"
or lost after "ao concurso para". Dev: smeqa-en ("USA" from "USA Staffing", "Federal" from
"interest in Federal employment with X"), betwin-pt ("a vaga de T na empresa X" from a board).
Each with the look-alike the rule must leave alone; other names and sentences than the
probes' and dev's.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_PT = "Infelizmente, decidimos não avançar com a sua candidatura."
NO_FR = "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."


def test_a_group_alone_on_the_sign_off_is_no_persons_name() -> None:
    v = _verdict(
        "Recrutamento <no-reply@recruitee.com>",
        "A sua candidatura",
        f"Olá Alex,\n\n{NO_PT}\n\nCumprimentos,\nGrupo Torreão\n",
    )
    assert v.company == "Grupo Torreão"
    v = _verdict(
        "Recrutement <noreply@flatchr.io>",
        "Votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\nGroupe Bellerive\n",
    )
    assert v.company == "Groupe Bellerive"
    # Look-alike: a person's name alone on that line is the writer, not the employer.
    v = _verdict(
        "Recrutamento <no-reply@recruitee.com>",
        "A sua candidatura",
        f"Olá Alex,\n\n{NO_PT}\n\nCumprimentos,\nMarta Torres\n",
    )
    assert v.company != "Marta Torres"


def test_a_group_deciding_in_its_own_name() -> None:
    v = _verdict(
        "Rui Almeida <rui.almeida@gmail.com>",
        "Processo de recrutamento",
        "Olá Alex,\n\nObrigado pela conversa. O Grupo Sardoal decidiu avançar com outro "
        "candidato para o cargo de Chefe de Cozinha.\n\nAbraço,\nRui Almeida\n",
    )
    assert v.company == "Grupo Sardoal"
    # Look-alike: a group word in the middle of a sentence is no name.
    v = _verdict(
        "Rui Almeida <rui.almeida@gmail.com>",
        "Processo de recrutamento",
        "Olá Alex,\n\nO grupo de trabalho decidiu avançar com outro candidato para o cargo de "
        "Chefe de Cozinha.\n\nAbraço,\nRui Almeida\n",
    )
    assert v.company is None or not v.company.lower().startswith("grupo")


def test_a_belgian_federal_public_service_in_the_text() -> None:
    v = _verdict(
        "Recrutement fédéral <noreply@selection-federale.example>",
        "Résultat de votre sélection",
        "Madame, Monsieur,\n\nLe SPF Économie vous remercie pour votre participation à la "
        f"sélection pour la fonction d'Attaché. {NO_FR}\n\nCordialement,\nLe service de sélection\n",
    )
    assert v.company == "SPF Économie"
    # Look-alike: the adjective alone is no employer.
    v = _verdict(
        "Recrutement fédéral <noreply@selection-federale.example>",
        "Résultat de votre sélection",
        f"Madame, Monsieur,\n\n{NO_FR}\n\nCordialement,\nLe service de sélection\n",
    )
    assert v.company != "fédéral"


def test_a_careers_banner_under_the_closing_names_the_employer() -> None:
    v = _verdict(
        "Recrutement <noreply@jobaffinity.fr>",
        "Votre candidature au poste de Caissier",
        f"Bonjour Alex,\n\n{NO_FR}\n\nBien cordialement,\n\nLa Ferme des Tilleuls recrute\n",
    )
    assert v.company == "La Ferme des Tilleuls"
    # Look-alike: "recrute" in a sentence is no banner.
    v = _verdict(
        "Recrutement <noreply@jobaffinity.fr>",
        "Votre candidature au poste de Caissier",
        f"Bonjour Alex,\n\n{NO_FR} Notre magasin recrute souvent.\n\nBien cordialement,\n",
    )
    assert v.company != "Notre magasin"


def test_an_answer_word_after_the_subjects_head_is_no_title() -> None:
    v = _verdict(
        "Recrutement <recrutement@gmail.com>",
        "Fromagerie Lavaur recrute : réponse à votre candidature",
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature pour le poste de Crémier. "
        f"{NO_FR}\n\nCordialement,\n",
    )
    assert v.role == "Crémier"
    assert v.company == "Fromagerie Lavaur"


def test_dutch_care_titles_keep_their_field_noun_and_hours() -> None:
    v = _verdict(
        "Werving <noreply@afas.example>",
        "Uw sollicitatie",
        "Beste Alex,\n\nDank voor uw sollicitatie naar de functie Begeleider dagbesteding "
        f"(24-28 uur). {NO_NL}\n\nMet vriendelijke groet,\nStichting Het Baken\n",
    )
    assert v.role == "Begeleider dagbesteding (24-28 uur)"
    # Look-alike: a verb after the title is no field noun.
    v = _verdict(
        "Werving <noreply@afas.example>",
        "Uw sollicitatie",
        "Beste Alex,\n\nDank voor uw sollicitatie naar de functie Begeleider wonen in Zwolle. "
        f"{NO_NL}\n\nMet vriendelijke groet,\nStichting Het Baken\n",
    )
    assert v.role == "Begeleider wonen"


def test_namens_the_board_of_a_foundation() -> None:
    v = _verdict(
        "Secretariaat <secretariaat@gmail.com>",
        "Sollicitatie",
        "Beste Alex,\n\nNamens het bestuur van Stichting Muziekschool Oost bedank ik je voor je "
        f"sollicitatie. {NO_NL}\n\nMet vriendelijke groet,\nSecretariaat\n",
    )
    assert v.company == "Stichting Muziekschool Oost"


def test_portuguese_titles_after_a_call_and_before_nao() -> None:
    v = _verdict(
        "Serviços Académicos <sa@univ-alvor.example>",
        "Resultado",
        "Caro(a) candidato(a),\n\nInformamos que a sua candidatura ao concurso para Técnico "
        "Superior de Laboratório não foi selecionada.\n\nCumprimentos,\nUniversidade de Alvor\n",
    )
    assert v.role == "Técnico Superior de Laboratório"
    v = _verdict(
        "Seleção <selecao@pm-arvoredo.example>",
        "Resultado",
        "Prezado(a),\n\nA sua inscrição para o cargo de Fiscal de Obras não foi aprovada na "
        "análise curricular.\n\nAtenciosamente,\nPrefeitura de Arvoredo\n",
    )
    assert v.role == "Fiscal de Obras"


def test_an_ats_named_in_full_in_the_display_name_is_no_employer() -> None:
    v = _verdict(
        "USA Staffing <no-reply@usastaffing.gov>",
        "Notice of Results: Budget Analyst",
        "Dear Alex,\n\nThank you for applying for our Budget Analyst position at the Bureau of "
        "Land Management. You were not selected for this position.\n\nThank you for your "
        "interest in Federal employment with Bureau of Land Management.\n",
    )
    assert v.company == "Bureau of Land Management"
    # Look-alike: an employer's name that opens with the ATS's first letters stays.
    v = _verdict(
        "Recruiting Kestrelworks <no-reply@recruitee.com>",
        "Your application",
        "Dear Alex,\n\nThank you for applying. Unfortunately we will not move forward with "
        "your application.\n\nBest regards,\nThe team\n",
    )
    assert v.company == "Kestrelworks"


def test_a_board_relaying_the_company_after_the_post() -> None:
    v = _verdict(
        "Vagas Já <vagasja@gmail.com>",
        "Atualização da sua candidatura",
        "Olá Alex.\n\nAgradecemos seu interesse na vaga de Auxiliar de Cozinha na empresa "
        "Restaurante Sabor Mineiro. No momento, optamos por seguir com outros candidatos.\n\n"
        "Atenciosamente,\nEquipe Vagas Já\n",
    )
    assert v.company == "Restaurante Sabor Mineiro"
    # Look-alike: "em X" after the post (a city) is no employer.
    v = _verdict(
        "Vagas Já <vagasja@gmail.com>",
        "Atualização da sua candidatura",
        "Olá Alex.\n\nAgradecemos seu interesse na vaga de Auxiliar de Cozinha em Juiz de Fora. "
        "No momento, optamos por seguir com outros candidatos.\n\nAtenciosamente,\n"
        "Equipe Vagas Já\n",
    )
    assert v.company == "Vagas Já"


def test_an_offices_acronym_spelled_by_its_ministry_on_a_line_of_its_own() -> None:
    v = _verdict(
        "Concours MAT <concours@mat.example>",
        "MAT Concours - Candidature non retenue",
        "Bonjour,\n\nNous vous remercions pour l'intérêt que vous portez à nos concours. "
        "Malheureusement, votre candidature n'a pas pu être retenue.\n\nCordialement,\n"
        "Le Service des Concours - MAT\nMinistère de l'Agriculture et du Tourisme\n",
    )
    assert v.company == "Ministère de l'Agriculture et du Tourisme"
    # Look-alike: a line whose initials spell it only with a sentence's words is none.
    v = _verdict(
        "Concours MAT <concours@mat.example>",
        "MAT Concours - Candidature non retenue",
        "Bonjour,\n\nNous vous remercions pour l'intérêt que vous portez à nos concours. "
        "Malheureusement, votre candidature n'a pas pu être retenue.\n\nCordialement,\n"
        "Le Service des Concours - MAT\nMerci à tous les Agents du Tourisme\n",
    )
    assert v.company != "Merci à tous les Agents du Tourisme"


# Pass 33 (held out after pass 32's fixes): schools, charities, offices, platforms, titles.


def test_schools_and_charities_on_the_sign_off() -> None:
    v = _verdict(
        "Direção <direcao@ae-serrana.example>",
        "Contratação de escola",
        f"Caro(a) candidato(a),\n\n{NO_PT}\n\nCumprimentos,\nO Diretor\n"
        "Agrupamento de Escolas de Serra Nova\n",
    )
    assert v.company == "Agrupamento de Escolas de Serra Nova"
    v = _verdict(
        "Santa Casa <rh@scm-montalvo.example>",
        "A sua candidatura",
        f"Olá Alex,\n\n{NO_PT}\n\nCumprimentos,\nGabinete de Recursos Humanos\n"
        "Santa Casa da Misericórdia de Montalvo\n",
    )
    assert v.company == "Santa Casa da Misericórdia de Montalvo"


def test_a_feminine_title_under_the_writer_is_no_employer() -> None:
    v = _verdict(
        "Élise Morin <elise.morin@gmail.com>",
        "Votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\nÉlise Morin\nGérante\nPharmacie des Ateliers\n",
    )
    assert v.company == "Pharmacie des Ateliers"


def test_a_platform_relaying_the_company_that_reviewed() -> None:
    v = _verdict(
        "EmpregoJá <nao-responder@empregoja.example>",
        "Atualização da sua candidatura",
        "Olá Alex,\n\nA empresa Têxteis Ribaltar analisou a sua candidatura para a vaga de "
        "Costureira e decidiu não avançar neste momento. Infelizmente, a sua candidatura não "
        "foi selecionada.\n\nEquipa EmpregoJá\n",
    )
    assert v.company == "Têxteis Ribaltar"
    assert v.role == "Costureira"
    # Look-alike: "e" inside a title stays.
    v = _verdict(
        "RH <rh@gmail.com>",
        "A sua candidatura",
        "Olá Alex,\n\nAgradecemos a sua candidatura à vaga de Técnico de Higiene e Segurança. "
        f"{NO_PT}\n\nCumprimentos,\nRH\n",
    )
    assert v.role == "Técnico de Higiene e Segurança"


def test_the_employer_thanking_with_its_article() -> None:
    v = _verdict(
        "Recrutement <noreply@flatchr.io>",
        "Votre candidature",
        "Bonjour Alex,\n\nLa Chocolaterie Vautrin vous remercie pour votre candidature au "
        f"poste de Vendeur. {NO_FR}\n\nCordialement,\nL'équipe recrutement\n",
    )
    assert v.company == "Chocolaterie Vautrin"
    # Look-alike: a person thanking is no employer.
    v = _verdict(
        "Recrutement <noreply@flatchr.io>",
        "Votre candidature",
        "Bonjour Alex,\n\nJulie Vautrin vous remercie pour votre candidature au poste de "
        f"Vendeur. {NO_FR}\n\nCordialement,\nL'équipe recrutement\n",
    )
    assert v.company != "Julie Vautrin"


def test_french_offer_numbers_contracts_and_hyphenated_titles() -> None:
    v = _verdict(
        "Recrutement <recrutement@gmail.com>",
        "Votre candidature",
        "Bonjour Alex,\n\nVous avez postulé pour l'offre n° 2208 – Magasinier cariste. "
        f"{NO_FR}\n\nCordialement,\nEntrepôts Delorme\n",
    )
    assert v.role == "Magasinier cariste"
    v = _verdict(
        "Recrutement <recrutement@gmail.com>",
        "Votre candidature",
        f"Bonjour Alex,\n\nMerci pour votre candidature au poste de Paysagiste en CDD. {NO_FR}\n\n"
        "Cordialement,\nJardins Delorme\n",
    )
    assert v.role == "Paysagiste"
    v = _verdict(
        "Direction <direction@gmail.com>",
        "Candidature agent-comptable",
        f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\nLa Direction\n",
    )
    assert v.role != "comptable"


def test_a_dutch_municipality_by_its_kind_in_lower_case() -> None:
    v = _verdict(
        "Werken bij <noreply@werkenbij-overheid.example>",
        "Uw sollicitatie",
        "Geachte heer Doe,\n\nDe gemeente Westerhaven bedankt u voor uw sollicitatie. Helaas "
        "moeten wij u meedelen dat u niet bent geselecteerd.\n\nMet vriendelijke groet,\n"
        "Team Werving\n",
    )
    assert v.company is not None and v.company.lower() == "gemeente westerhaven"


def test_a_no_reply_boxs_name_is_no_employer() -> None:
    for sender, employer in (
        ("No Reply <no-reply@bakkerij-van-os.example>", "Bakkerij Van Os"),
        ("Nepasrepondre <nepasrepondre@fromagerie-roux.example>", "Fromagerie Roux"),
        ("naoresponder <naoresponder@padaria-lua.example>", "Padaria Lua"),
    ):
        v = _verdict(
            sender, "Je sollicitatie", f"Beste Alex,\n\n{NO_NL}\n\nMet vriendelijke groet,\nHR\n"
        )
        assert v.company == employer, sender
    # Look-alike: a display name that only contains "reply" is a name.
    v = _verdict(
        "Replyco Careers <careers@gmail.com>", "Je sollicitatie", f"Beste Alex,\n\n{NO_NL}\n"
    )
    assert v.company == "Replyco"


# Pass 34 (held out after pass 33's fixes): Portuguese boards relaying the employer's no.


def test_a_portuguese_board_relaying_what_the_employer_did() -> None:
    for sentence, employer in (
        (
            "a vaga de Caixa publicada por Mercearia Lobo não foi preenchida por si",
            "Mercearia Lobo",
        ),
        (
            "a Serralharia Cunha optou por outro candidato para a vaga de Serralheiro",
            "Serralharia Cunha",
        ),
        ("A Livraria Estrela agradece o seu interesse na vaga de Livreiro", "Livraria Estrela"),
    ):
        v = _verdict(
            "Vagas Centro <noreply@vagascentro.example>",
            "Atualização da sua candidatura",
            f"Olá Alex,\n\nInformamos que {sentence}. {NO_PT}\n\nEquipa Vagas Centro\n",
        )
        assert v.company == employer, sentence
    # Look-alike: the board's own team thanking is no employer named by the board.
    v = _verdict(
        "Vagas Centro <noreply@vagascentro.example>",
        "Atualização da sua candidatura",
        f"Olá Alex,\n\nA Equipa Vagas Centro agradece o seu interesse. {NO_PT}\n",
    )
    assert v.company != "Equipa Vagas Centro"


def test_a_portuguese_boards_card_and_internship_titles() -> None:
    v = _verdict(
        "Vagas Centro <noreply@vagascentro.example>",
        "Atualização de candidatura",
        "Olá Alex,\n\nSua candidatura não foi selecionada para a vaga abaixo:\n\n"
        "Técnico de Redes\nInformática Pombal\n\nEquipa Vagas Centro\n",
    )
    assert v.role == "Técnico de Redes"
    v = _verdict(
        "Vagas Centro <noreply@vagascentro.example>",
        "Candidatura não selecionada",
        "Olá Alex,\n\nA vaga de Estágio em Recursos Humanos oferecida por Clínica Sorriso foi "
        f"preenchida. {NO_PT}\n\nEquipa Vagas Centro\n",
    )
    assert v.role == "Estágio em Recursos Humanos"
    assert v.company == "Clínica Sorriso"
    # Look-alike: a post "em" a city still ends there.
    v = _verdict(
        "RH <rh@gmail.com>",
        "A sua candidatura",
        f"Olá Alex,\n\nObrigado pela candidatura à vaga de Motorista em Coimbra. {NO_PT}\n",
    )
    assert v.role == "Motorista"
