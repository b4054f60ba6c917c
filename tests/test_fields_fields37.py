"""Job platforms relaying an employer's no (session 35, fields37).

Why a file of its own: the held-out fields probe of pass 36 (``bench/probes/fields-fr-30.txt``,
``fields-nl-32.txt``, ``fields-pt-16.txt``) found the platform named where it relays the
employer: "retenue par l'établissement X", "Réponse négative de X à la candidature de ...",
"X a bien reçu votre candidature et nous a fait part ...", "Votre candidature chez « X »",
"afgewezen door X voor de functie T", "A empresa X agradece ...", "A X respondeu à ...", and a
display name "X - Recrutement des vacataires" read as "vacataires". Each with the look-alike the
rule must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_FR = "Nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature."
NO_NL = "Helaas hebben we besloten niet verder te gaan met je sollicitatie."


def test_fr_not_retained_by_the_establishment() -> None:
    v = _verdict(
        "Hotelemploi <contact@hotelemploi.example>",
        "Réponse à votre candidature",
        "Bonjour Alex,\n\nVotre candidature pour le poste de Réceptionniste n'a pas été retenue "
        "par l'établissement Auberge du Lac.\n\nL'équipe Hotelemploi\n",
    )
    assert v.company == "Auberge du Lac"
    assert v.role == "Réceptionniste"
    # Look-alike: "retenue par notre équipe" names nobody: the sender stays the employer.
    v = _verdict(
        "Auberge du Lac <rh@aubergedulac.example>",
        "Réponse à votre candidature",
        "Bonjour Alex,\n\nVotre candidature n'a pas été retenue par notre équipe.\n\n"
        "Auberge du Lac\n",
    )
    assert v.company == "Auberge du Lac"


def test_fr_negative_answer_of_an_employer_to_the_applicants_candidature() -> None:
    v = _verdict(
        "Apprentissage Plus <ne-pas-repondre@apprentissage-plus.example>",
        "Réponse négative de Garage Coste à la candidature de Alex Martin",
        "Bonjour Alex Martin,\n\nGarage Coste a bien reçu votre candidature et nous a fait part "
        "qu'elle ne donnerait pas suite à celle-ci.\n",
    )
    assert v.company == "Garage Coste"
    assert v.role is None  # "la candidature de Alex Martin": whose, not which post
    # Look-alike: "votre candidature de Technicien" still names a post.
    v = _verdict(
        "Garage Coste <rh@garagecoste.example>",
        "Votre candidature de Technicien atelier",
        f"Bonjour Alex,\n\n{NO_FR}\n\nGarage Coste\n",
    )
    assert v.role == "Technicien atelier"


def test_fr_received_by_the_employer_alone_is_no_relay() -> None:
    # An employer acknowledging in its own name: "X a bien reçu" without "et nous a fait part".
    v = _verdict(
        "Recrutement <recrutement@lumenis-conseil.example>",
        "Votre candidature",
        f"Bonjour Alex,\n\nLumenis Conseil a bien reçu votre candidature. {NO_FR}\n\n"
        "Lumenis Conseil\n",
    )
    assert v.company == "Lumenis Conseil"


def test_fr_candidature_chez_a_quoted_name() -> None:
    v = _verdict(
        "Pitchvideo <no-reply@pitchvideo.example>",
        "Votre candidature pour l'offre Caissier a été refusée",
        "Votre candidature chez « Librairie Vauclair »\n\nBonjour Alex,\n\nVotre candidature n'a "
        "pas été retenue pour le poste.\n",
    )
    assert v.company == "Librairie Vauclair"


def test_fr_display_name_before_whom_it_recruits() -> None:
    v = _verdict(
        "CNFA - Recrutement des formateurs <recrutement@cnfa.example>",
        "Suite donnée à votre candidature",
        f"Bonjour Alex,\n\nMerci d'avoir postulé pour le poste : Formateur en anglais.\n\n{NO_FR}"
        "\n\nCordialement,\nL'équipe de recrutement\n",
    )
    assert v.company == "CNFA"
    # Look-alike: a capitalised name after "Recrutement des" is the organisation.
    v = _verdict(
        "Recrutement des Hospices Civils <recrutement@hospices-civils.example>",
        "Suite donnée à votre candidature",
        f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement\n",
    )
    assert v.company == "Hospices Civils"


def test_nl_turned_down_by_an_employer() -> None:
    v = _verdict(
        "Baanplein <no-reply@baanplein.example>",
        "Afwijzing voor vacature",
        "Beste gebruiker,\n\nJe bent helaas afgewezen door Drukkerij Smits voor de functie "
        "Drukker.\n\nFijn dat je Baanplein gebruikt.\n",
    )
    assert v.company == "Drukkerij Smits"
    assert v.role == "Drukker"
    # Look-alike: "door ons" names nobody.
    v = _verdict(
        "Drukkerij Smits <hr@drukkerijsmits.example>",
        "Je sollicitatie",
        f"Beste Alex,\n\nJe bent door ons helaas afgewezen voor de functie Drukker. {NO_NL}\n\n"
        "Drukkerij Smits\n",
    )
    assert v.company == "Drukkerij Smits"


def test_pt_the_company_thanks_or_answered() -> None:
    v = _verdict(
        "Portal de Emprego <noreply@emprego.escolanorte.example>",
        "Atualização da sua candidatura: Eletricista",
        'Olá Alex,\n\nLamentamos informar que a sua candidatura para a oferta "Eletricista" não '
        "foi selecionada.\n\nA empresa Eletro Minho agradece o seu interesse, mas optou por "
        "outros candidatos nesta fase.\n\nRegards,\nPortal de Emprego Escola Norte\n",
    )
    assert v.company == "Eletro Minho"
    v = _verdict(
        "Vagas Hoje <naoresponda@vagashoje.example>",
        "Resposta sobre a sua candidatura",
        "Olá Alex,\n\nA Farmácia Central respondeu à sua candidatura para Balconista: "
        "infelizmente o seu perfil não foi selecionado.\n\nEquipe Vagas Hoje\n",
    )
    assert v.company == "Farmácia Central"
    assert v.role == "Balconista"
    # Look-alike: the board's own team opening the sentence is no employer.
    v = _verdict(
        "Farmácia Central <rh@farmaciacentral.example>",
        "Resposta sobre a sua candidatura",
        "Olá Alex,\n\nA Equipa respondeu à sua candidatura: infelizmente o seu perfil não foi "
        "selecionado.\n\nFarmácia Central\n",
    )
    assert v.company == "Farmácia Central"


def test_a_platform_relaying_an_unnamed_employer_names_none() -> None:
    v = _verdict(
        "Stage Découverte <notification@stagedecouverte.example>",
        "Une de vos candidatures a été refusée",
        "Bonjour,\n\nVotre candidature au stage « Atelier de menuiserie » a été refusée par "
        "l'employeur. Nous sommes au regret de ne pas pouvoir y donner une suite favorable.\n\n"
        "À bientôt,\nL'équipe Stage Découverte.\n",
    )
    assert v.company is None
    assert v.role == "Atelier de menuiserie"
    v = _verdict(
        "Talentwijs <noreply@talentwijs.example>",
        "Update over je sollicitatie: Planner",
        "Hoi Alex, dank voor je reactie op Planner. De werkgever heeft besloten om met andere "
        "kandidaten verder te gaan.\n\nHet Talentwijs-team\n",
    )
    assert v.company is None
    # Look-alikes: the employer named beside it, a person writing, an agency's own name.
    v = _verdict(
        "Talentwijs <noreply@talentwijs.example>",
        "Update over je sollicitatie: Planner",
        "Hi Alex, je bent helaas afgewezen door Transport Dekker voor de functie Planner: de "
        "werkgever heeft besloten verder te gaan met andere kandidaten.\n",
    )
    assert v.company == "Transport Dekker"
    v = _verdict(
        "Sanne Bakker <sanne@bakkerwerving.example>",
        "Je sollicitatie",
        "Hoi Alex,\n\nDe werkgever heeft besloten verder te gaan met een andere kandidaat.\n\n"
        "Groet,\nSanne Bakker\nBakker Werving & Selectie\n",
    )
    assert v.company is not None
