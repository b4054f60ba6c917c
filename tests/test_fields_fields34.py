"""HR lines after the employer, public bodies, Dutch field nouns, relays (session 33, fields34).

Why a file of its own: the held-out fields probes of pass 30 (``bench/probes/fields-fr-26.txt``,
``fields-nl-28.txt``) found the employer lost behind "X - Direction des Ressources Humaines" on
one signature line, a university's staff category in the display name ("Recrutement BIATSS"),
a plural trade read as a person ("Boulangeries X"), "Communauté de communes de ..." (lower-case
words), a Dutch service named alone ("Dienst HR") and a compound team word ("selectieteam van
X"); Dutch titles cut before a field noun ("Projectleider bouw") or a "(0,8 fte)"; a
"preselectie" read as an application. Dev's interntic-en ("after careful consideration, X has
decided to decline your internship request", its subject "Refused Internship Request" no
title). Each with the look-alike the rule must leave alone; other names and sentences than the
probes' and dev's.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_FR = "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."


def test_the_employer_before_its_hr_direction_on_one_signature_line() -> None:
    v = _verdict(
        "Recrutement <noreply@digitalrecruiters.com>",
        "Votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\n\n"
        "Centre Médical des Vignes – Direction des Ressources Humaines\n",
    )
    assert v.company == "Centre Médical des Vignes"
    v = _verdict(
        "Recrutement <noreply@digitalrecruiters.com>",
        "Votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\n\nPapeteries Valdor | Service recrutement\n",
    )
    assert v.company == "Papeteries Valdor"
    # Look-alike: a person before her department is the writer, not the employer.
    v = _verdict(
        "Claire Vidal <claire.vidal@arbelis.fr>",
        "Votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\n\nClaire Vidal – Ressources humaines\n",
    )
    assert v.company == "Arbelis"


def test_a_staff_category_in_the_display_name_is_no_employer() -> None:
    v = _verdict(
        "Recrutement BIATSS <recrutement@univ-lormont.fr>",
        "Votre candidature",
        f"Madame,\n\n{NO_FR}\n\nLe service des personnels\nUniversité de Lormont\n",
    )
    assert v.company == "Université de Lormont"


def test_a_plural_trade_over_an_ats_address_is_no_persons_name() -> None:
    v = _verdict(
        "Fromageries Quéré <noreply@flatchr.io>",
        "Votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nL'équipe RH\n",
    )
    assert v.company == "Fromageries Quéré"


def test_a_community_of_communes_signs_with_its_lower_case_words() -> None:
    v = _verdict(
        "Recrutement <recrutement@cc-hautes-landes.fr>",
        "Votre candidature",
        f"Madame,\n\n{NO_FR}\n\nLe Président\nCommunauté de communes des Hautes Landes\n",
    )
    assert v.company == "Communauté de communes des Hautes Landes"
    # Look-alike: a sentence that opens with the same words is no sign-off.
    v = _verdict(
        "Recrutement <recrutement@cc-hautes-landes.fr>",
        "Votre candidature",
        f"Madame,\n\n{NO_FR}\n\nCommunauté de communes vous remercie de votre intérêt\n",
    )
    assert v.company != "Communauté de communes vous remercie de votre intérêt"


def test_a_dutch_service_named_alone_is_no_employer() -> None:
    v = _verdict(
        "Dienst HR <werving@hs-vechtdal.nl>",
        "Uw sollicitatie",
        f"Geachte mevrouw,\n\n{NO_NL}\n\nMet vriendelijke groet,\n\nDienst HR\nHogeschool Vechtdal\n",
    )
    assert v.company == "Hogeschool Vechtdal"


def test_a_compound_team_word_names_the_employer_after_it() -> None:
    v = _verdict(
        "Recruitment <no-reply@connexys.nl>",
        "Je sollicitatie",
        f"Beste Alex,\n\nNamens het wervingsteam van Zuivelfabriek Aalten bedankt voor je "
        f"sollicitatie. {NO_NL}\n",
    )
    assert v.company == "Zuivelfabriek Aalten"


def test_a_dutch_title_keeps_its_field_noun_and_a_lower_case_title_noun() -> None:
    for title in ("Uitvoerder bouw", "Coördinator zorg", "Financieel controller"):
        v = _verdict(
            "Recruitment <noreply@recruitee.com>",
            "Je sollicitatie",
            f"Beste Alex,\n\nBedankt voor je sollicitatie voor de functie van {title}. {NO_NL}\n",
        )
        assert v.role == title
    # Look-alike: a word that only begins like a field noun goes on the sentence.
    v = _verdict(
        "Recruitment <noreply@recruitee.com>",
        "Je sollicitatie",
        f"Beste Alex,\n\nVoor de functie van Uitvoerder zorgvuldig gekeken, maar {NO_NL.lower()}\n",
    )
    assert v.role == "Uitvoerder"


def test_a_dutch_fte_qualifier_stays_with_the_title() -> None:
    v = _verdict(
        "Dienst HR <werving@hs-vechtdal.nl>",
        "Uw sollicitatie – Docent Verpleegkunde (0,6 fte)",
        "Geachte mevrouw,\n\nBedankt voor uw sollicitatie naar de functie van Docent "
        f"Verpleegkunde. {NO_NL}\n",
    )
    assert v.role == "Docent Verpleegkunde (0,6 fte)"


def test_a_preselection_is_a_screen() -> None:
    v = _verdict(
        "Stad Aalst <selecties@aalst.be>",
        "Uw kandidatuur",
        "Geachte,\n\nHelaas moeten wij u meedelen dat u niet geslaagd bent voor de preselectie "
        "en wij uw kandidatuur niet verder weerhouden.\n",
    )
    assert v.stage == "screen"


def test_an_internship_platform_relays_the_organisations_decision() -> None:
    v = _verdict(
        "STAGELINK <no-reply@stagelink.example>",
        "Refused Internship Request",
        "Dear Alex, I regret to inform you that after careful consideration, Harbour Freight "
        "Systems has decided to decline your internship request at this time.\n",
    )
    assert v.company == "Harbour Freight Systems"
    assert v.role is None  # the status is no title


# Pass 31 (fields-fr-27.txt, fields-nl-29.txt): boards and platforms relaying the employer's no
# from a domain no list names; their own name, signature and domain agree with each other.


def _board(sender: str, subject: str, body: str) -> tuple[str | None, str | None]:
    v = _verdict(sender, subject, body)
    return v.company, v.role


def test_a_board_names_who_posted_the_offer() -> None:
    assert _board(
        "Rivage Emploi <ne-pas-repondre@rivage-emploi.example>",
        "Votre candidature",
        "Bonjour Alex,\n\nVous avez postulé à l'offre Commis de cuisine (H/F) publiée par "
        "Auberge du Lac. Votre candidature n'a pas été retenue.\n\nL'équipe Rivage Emploi\n",
    ) == ("Auberge du Lac", "Commis de cuisine (H/F)")
    assert _board(
        "Werkvloer <noreply@werkvloer.example>",
        "Update over je sollicitatie",
        "Hoi Alex,\n\nJe sollicitatie op de vacature Afwasser aangeboden door Hotel Zeezicht is "
        "helaas afgewezen.\n\nTeam Werkvloer\n",
    ) == ("Hotel Zeezicht", "Afwasser")
    # Look-alike: the board's own offers "proposées par nos partenaires" name nobody.
    company, _ = _board(
        "Rivage Emploi <ne-pas-repondre@rivage-emploi.example>",
        "Votre candidature",
        "Bonjour Alex,\n\nVotre candidature n'a pas été retenue. Découvrez les offres proposées "
        "par nos partenaires.\n\nL'équipe Rivage Emploi\n",
    )
    assert company == "Rivage Emploi"


def test_a_board_quotes_the_offer_and_its_employer() -> None:
    assert _board(
        "Rivage Emploi <ne-pas-repondre@rivage-emploi.example>",
        "Votre candidature",
        "Bonjour Alex,\n\nL'entreprise a décliné votre candidature à l'offre « Vendeur "
        "saisonnier » de Glacier Bertillon.\n\nL'équipe Rivage Emploi\n",
    )[0] == ("Glacier Bertillon")


def test_the_employer_closes_the_offer_or_ends_the_process() -> None:
    assert _board(
        "Rivage Emploi <ne-pas-repondre@rivage-emploi.example>",
        "Offre clôturée",
        "Bonjour Alex,\n\nDomaine Chabert a clôturé l'offre Vendangeur sans retenir votre "
        "candidature.\n\nL'équipe Rivage Emploi\n",
    ) == ("Domaine Chabert", "Vendangeur")
    assert _board(
        "Rivage Emploi <ne-pas-repondre@rivage-emploi.example>",
        "Suite à votre entretien",
        "Bonjour Alex,\n\nSuite à votre entretien, Camping Les Pins a décidé de ne pas donner "
        "suite à votre candidature au poste d'Animateur.\n\nL'équipe Rivage Emploi\n",
    ) == ("Camping Les Pins", "Animateur")
    assert _board(
        "Werkvloer <noreply@werkvloer.example>",
        "Vacature gesloten",
        "Hoi Alex,\n\nSlagerij Verbeek heeft de vacature Verkoopmedewerker gesloten. Je "
        "sollicitatie is niet verder in behandeling genomen.\n\nTeam Werkvloer\n",
    ) == ("Slagerij Verbeek", "Verkoopmedewerker")
    assert _board(
        "Werkvloer <noreply@werkvloer.example>",
        "Update over je sollicitatie",
        "Hoi Alex,\n\nStrandpaviljoen Zuid heeft een andere kandidaat gekozen voor de functie "
        "van Barmedewerker.\n\nTeam Werkvloer\n",
    )[0] == ("Strandpaviljoen Zuid")


def test_a_vacancys_owner_after_van_before_the_verb() -> None:
    assert _board(
        "Werkvloer <noreply@werkvloer.example>",
        "Statusupdate",
        "Beste Alex,\n\nJe sollicitatie op de vacature Medewerker keuken van Eetcafé De Brug is "
        "afgewezen.\n\nTeam Werkvloer\n",
    ) == ("Eetcafé De Brug", "Medewerker keuken")
    # Look-alike: "van" inside the title, no verb after the name: the board stays.
    company, _ = _board(
        "Werkvloer <noreply@werkvloer.example>",
        "Statusupdate",
        "Beste Alex,\n\nJe sollicitatie op de vacature Hoofd van Financiën bij ons is "
        "afgewezen.\n\nTeam Werkvloer\n",
    )
    assert company == "Werkvloer"


def test_labelled_lines_name_the_employer() -> None:
    for label, name in (
        ("Établissement", "Clinique du Parc"),
        ("Enseigne", "Chaussures Leclou"),
        ("Structure", "Association Envol"),
    ):
        company, _ = _board(
            "Rivage Emploi <ne-pas-repondre@rivage-emploi.example>",
            "Votre candidature",
            f"Bonjour Alex,\n\nVotre candidature n'a pas été retenue.\n\n{label} : {name}\n"
            "\nL'équipe Rivage Emploi\n",
        )
        assert company == name
    for label, name in (("Opdrachtgever", "Kwekerij Ooms"), ("Vestiging", "Zorgcentrum Ter Aa")):
        company, _ = _board(
            "Werkvloer <noreply@werkvloer.example>",
            "Je sollicitatie",
            f"Hoi Alex,\n\nHelaas is je sollicitatie afgewezen.\n\n{label}: {name}\n\nTeam "
            "Werkvloer\n",
        )
        assert company == name


def test_a_boards_card_gives_title_and_employer() -> None:
    assert _board(
        "Rivage Emploi <ne-pas-repondre@rivage-emploi.example>",
        "Ta candidature n'a pas été retenue",
        "Salut Alex,\n\nMalheureusement, ta candidature n'a pas été retenue pour l'offre "
        "suivante :\n\nMagasinier cariste (H/F)\nTransports Lebreton\nRennes\n\nL'équipe Rivage Emploi\n",
    ) == ("Transports Lebreton", "Magasinier cariste (H/F)")
    assert _board(
        "Werkvloer <noreply@werkvloer.example>",
        "Je sollicitatie is afgewezen",
        "Hoi Alex,\n\nHelaas, je sollicitatie is afgewezen voor:\n\nMonteur zonnepanelen\n"
        "Solar Noord\nGroningen\n\nSucces!\n",
    ) == ("Solar Noord", "Monteur zonnepanelen")


def test_the_employer_in_brackets_heading_the_subject() -> None:
    """ "[X] Suite à votre candidature" (pass 29, left by fields33): the raw subject's head."""
    company, _ = _board(
        "Recrutement <noreply@flatchr.io>",
        "[Cidrerie Le Goff] Suite à votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nL'équipe recrutement\n",
    )
    assert company == "Cidrerie Le Goff"
    # Look-alike: a mail system's tag is no employer.
    for tag in ("[EXT]", "[External]", "[Ticket #48213]"):
        company, _ = _board(
            "Recrutement <noreply@flatchr.io>",
            f"{tag} Suite à votre candidature",
            f"Bonjour Alex,\n\n{NO_FR}\n\nL'équipe recrutement\n",
        )
        assert company is None, tag


def test_an_insurer_signs_by_its_kind_under_a_domain_worded_otherwise() -> None:
    """ "Delta Verzekeringen" from verzekeraar-delta (pass 29, left by fields33)."""
    for sender, name in (
        ("Recruitment <recruitment@verzekeraar-noord.example>", "Noord Verzekeringen"),
        ("Bewerbermanagement <jobs@versicherer-hanse.example>", "Hanse Versicherung"),
    ):
        company, _ = _board(
            sender,
            "Je sollicitatie",
            f"Beste Alex,\n\n{NO_NL}\n\nMet vriendelijke groet,\n{name}\n",
        )
        assert company == name
