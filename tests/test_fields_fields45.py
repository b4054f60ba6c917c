"""Groups and brands, agencies' clients, Italian "presso", a talk named again, titles alone in a
subject (session 41, fields45).

Why a file of its own: the held-out fields probes of session 41 (``bench/probes/fields-pt-27.txt``,
``fields-nl-40.txt``, ``fields-fr-35.txt``, ``fields-es-31.txt``, ``fields-it-15.txt``) found
"Gestoría X" cut as a title, "Reclutamiento X" and "Carrières" taken whole for the employer, a
board's "X agradece tu interés" unread, "la posizione di T presso X"
unread (the agency's domain won), "la figura di T" unread, the plural "colloqui" no talk, "la
chiacchierata telefonica" a talk, "mijn klant, X" unread, "Le groupe X a retenu" unread, a brand
"chez X, marque du groupe Y" losing to the group's display name, a bare "Tras la entrevista" after
"la entrevista telefónica" read as another talk, "Orderpicker" / "Enologo" alone in a subject no
title, "Posizione di T presso X" giving "di T", and "Joost Peters - Bakkerij Peters" unread. Each
with the look-alike the rule must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

from agent.classify.extractors.company import _clean_org

NO_ES = "Lamentablemente, hemos decidido no continuar con tu candidatura."
NO_IT = "Purtroppo abbiamo deciso di non proseguire con la tua candidatura."
NO_FR = "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."


def test_a_gestoria_is_an_office_not_a_title() -> None:
    v = _verdict(
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura a Auxiliar contable",
        "Hola Alex,\n\nLa empresa Gestoría Valdés ha revisado tu candidatura para la oferta "
        "Auxiliar contable y ha decidido no seleccionarte.\n",
    )
    assert v.company == "Gestoría Valdés"
    # Look-alike: "gestor" and its forms still make a title, no firm.
    assert _clean_org("Gestora de Cuentas") is None
    assert _clean_org("Gestores Comerciales") is None


def test_reclutamiento_before_the_name_is_a_team_word() -> None:
    body = f"Hola Alex,\n\n{NO_ES}\n\nSaludos,\nMarina\n"
    v = _verdict("Reclutamiento Lácteos del Bajío <empleo@lacbajio.mx>", "Tu postulación", body)
    assert v.company == "Lácteos del Bajío"
    # Look-alike: a name that opens with another word of the family is a name.
    assert _clean_org("Reclutadora Andina") == "Reclutadora Andina"


def test_a_careers_box_named_carrieres_is_no_employer() -> None:
    body = f"Madame, Monsieur,\n\n{NO_FR}\n\nLe service Recrutement\nBanque Ardennaise\n"
    v = _verdict("Carrières <noreply@taleo.net>", "Votre candidature", body)
    assert v.company == "Banque Ardennaise"
    # Look-alike: a quarry firm's name opens with the word and is a name.
    assert _clean_org("Carrières du Boulonnais") == "Carrières du Boulonnais"


def test_a_board_relay_opening_with_the_employer_that_thanks() -> None:
    v = _verdict(
        "Pandapé <noreply@pandape.com>",
        "Tu candidatura",
        "Hola Alex,\n\nFerreterías Lozano agradece tu interés en la oferta de Dependiente. "
        f"{NO_ES}\n",
    )
    assert v.company == "Ferreterías Lozano"
    # Look-alike: a team that thanks names no employer.
    v = _verdict(
        "Pandapé <noreply@pandape.com>",
        "Tu candidatura",
        f"Hola Alex,\n\nRecursos Humanos agradece tu interés en la oferta de Dependiente. {NO_ES}\n",
    )
    assert v.company is None


def test_the_post_presso_an_organisation_is_its_employer() -> None:
    v = _verdict(
        "Chiara Fontana <c.fontana@adecco-selezione.it>",
        "Riscontro candidatura",
        "Ciao Alex,\n\nti scrivo per la posizione di Cuoco presso Osteria del Ponte. "
        f"{NO_IT}\n\nChiara Fontana\n",
    )
    assert v.company == "Osteria del Ponte"
    # Look-alike: "presso la nostra sede di Verona" is a place, in lower case.
    v = _verdict(
        "Chiara Fontana <c.fontana@adecco-selezione.it>",
        "Riscontro candidatura",
        "Ciao Alex,\n\nti scrivo per la posizione di Cuoco presso la nostra sede di Verona. "
        f"{NO_IT}\n\nChiara Fontana\n",
    )
    assert v.company != "Verona"


def test_la_figura_di_leads_a_title() -> None:
    body = f"Gentile Alex,\n\ngrazie per la candidatura per la figura di Barista. {NO_IT}\n"
    assert _verdict("Bar Centrale <info@barcentrale.it>", "Candidatura", body).role == "Barista"
    # Look-alike: a figure in lower case with no title word is no title.
    body = f"Gentile Alex,\n\nabbiamo individuato una figura di maggiore esperienza. {NO_IT}\n"
    assert _verdict("Bar Centrale <info@barcentrale.it>", "Candidatura", body).role is None


def test_a_recruiters_own_client_named() -> None:
    v = _verdict(
        "Noor Hendriks <noor@werfkracht.nl>",
        "Vacature Drukker",
        "Hoi Alex,\n\nIk heb je profiel voorgesteld aan mijn klant, Drukkerij Visser. "
        f"{NO_NL}\n\nGroet,\nNoor Hendriks\nWerfkracht\n",
    )
    assert v.company == "Drukkerij Visser"
    # Look-alike: the client unnamed; the agency stays.
    v = _verdict(
        "Noor Hendriks <noor@werfkracht.nl>",
        "Vacature Drukker",
        "Hoi Alex,\n\nIk heb je profiel voorgesteld aan mijn klant. "
        f"{NO_NL}\n\nGroet,\nNoor Hendriks\nWerfkracht\n",
    )
    assert v.company == "Werfkracht"


def test_le_groupe_x_decides() -> None:
    v = _verdict(
        "Hugo Marchand <h.marchand@orange.fr>",
        "Suite à votre candidature",
        "Bonjour,\n\nLe groupe Vernet Industries a retenu un autre candidat pour ce poste.\n\n"
        "Hugo Marchand\nCabinet Marchand Conseil\n",
    )
    assert v.company == "Vernet Industries"
    # Look-alike: a working group in lower case names nobody.
    v = _verdict(
        "Hugo Marchand <h.marchand@orange.fr>",
        "Suite à votre candidature",
        "Bonjour,\n\nLe groupe de travail a retenu un autre candidat pour ce poste.\n\n"
        "Hugo Marchand\nCabinet Marchand Conseil\n",
    )
    assert v.company == "Cabinet Marchand Conseil"


def test_a_brand_of_a_group_beats_the_groups_name() -> None:
    v = _verdict(
        "Groupe Mousquetaires <noreply@taleo.net>",
        "Votre candidature",
        "Bonjour,\n\nMerci pour votre candidature au poste de Vendeur chez Bricomarché, enseigne "
        f"du groupe Mousquetaires. {NO_FR}\n",
    )
    assert v.company == "Bricomarché"
    # Look-alike: the group named alone stays the employer.
    v = _verdict(
        "Groupe Mousquetaires <noreply@taleo.net>",
        "Votre candidature",
        f"Bonjour,\n\nMerci pour votre candidature au poste de Vendeur. {NO_FR}\n",
    )
    assert v.company == "Groupe Mousquetaires"


# (sender, body, stage): a rule's case, then its look-alike.
STAGES = [
    # The plural "colloqui" is a talk held; the talks as a step not reached are not.
    (
        "Hotel Lido <hr@hotellido.it>",
        "Gentile Alex,\n\na seguito dei colloqui svolti la scorsa settimana, le comunichiamo che "
        "non è stato selezionato.\n",
        "interview",
    ),
    (
        "Hotel Lido <hr@hotellido.it>",
        "Gentile Alex,\n\nnon è stato possibile ammetterla alla fase dei colloqui per la posizione "
        "di Portiere.\n",
        "application",
    ),
    # A chat on the phone is a screen; a chat at the office is a talk.
    (
        "Sara <sara@studiobeta.it>",
        f"Ciao Alex,\n\ngrazie per la chiacchierata telefonica di lunedì. {NO_IT}\n",
        "screen",
    ),
    (
        "Sara <sara@studiobeta.it>",
        f"Ciao Alex,\n\ngrazie per la chiacchierata di lunedì in ufficio. {NO_IT}\n",
        "interview",
    ),
    # A talk named again is the same talk; a second one said to be with someone else is not.
    (
        "Nuria <nuria@tallerpixel.es>",
        "Hola Alex,\n\nGracias por la entrevista telefónica del martes. Tras la entrevista hemos "
        "decidido no avanzar con tu candidatura.\n",
        "screen",
    ),
    (
        "Nuria <nuria@tallerpixel.es>",
        "Hola Alex,\n\nGracias por la entrevista telefónica del martes. Tras la entrevista con la "
        "directora hemos decidido no avanzar con tu candidatura.\n",
        "interview",
    ),
]


@pytest.mark.parametrize(("sender", "body", "stage"), STAGES)
def test_stage(sender: str, body: str, stage: str) -> None:
    assert _verdict(sender, "Riscontro", body).stage == stage


def test_a_title_alone_in_a_subject() -> None:
    body = f"Gentile Alex,\n\n{NO_IT}\n\nCantina Rossi\n"
    assert _verdict("Cantina Rossi <hr@cantinarossi.it>", "Candidatura Enologo", body).role == (
        "Enologo"
    )
    subject = "Posizione di Agronomo presso Frutteti Riuniti"
    assert _verdict("Frutteti <hr@frutteti.it>", subject, body).role == "Agronomo"
    # Look-alike: a subject of status words gives no title.
    assert _verdict("Cantina Rossi <hr@cantinarossi.it>", "Esito candidatura", body).role is None


def test_a_writer_then_her_firm_on_one_line() -> None:
    body = f"Hoi Alex,\n\n{NO_NL}\n\nGroet,\nRia Kuipers - Kapsalon Haarmode\n"
    v = _verdict("Ria Kuipers <riakuipers@hotmail.com>", "Vacature Kapper", body)
    assert v.company == "Kapsalon Haarmode"
    # Look-alike: the writer, then her title, names no firm.
    body = f"Hoi Alex,\n\n{NO_NL}\n\nGroet,\nRia Kuipers - Recruiter\n"
    v = _verdict("Ria Kuipers <riakuipers@hotmail.com>", "Vacature Kapper", body)
    assert v.company != "Recruiter"


def test_the_hotel_applied_to_beats_its_groups_name() -> None:
    body = (
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de Veilleur de nuit à l'hôtel "
        f"Ibis Styles Rennes Gare. {NO_FR}\n\nL'équipe Recrutement\n"
    )
    v = _verdict(
        "Hôtellerie Ouest Group <recrutement@hotellerie-ouest-group.fr>", "Candidature", body
    )
    assert v.company == "Ibis Styles Rennes Gare"
    # Look-alike: the hotel's kind alone names no establishment; the group stays.
    body = (
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de Veilleur de nuit à l'hôtel. "
        f"{NO_FR}\n\nL'équipe Recrutement\n"
    )
    v = _verdict(
        "Hôtellerie Ouest Group <recrutement@hotellerie-ouest-group.fr>", "Candidature", body
    )
    assert v.company == "Hôtellerie Ouest Group"


def test_a_clients_answer_across_a_sentence() -> None:
    body = (
        "Hoi Alex,\n\nIk heb terugkoppeling gekregen van Bouwgroep Dijkstra na jullie gesprek van "
        "dinsdag. Zij hebben helaas gekozen voor een andere kandidaat.\n\nGroet,\nMila Bos\n"
    )
    v = _verdict("Mila Bos <mila@technischwerven.nl>", "Vacature Uitvoerder", body)
    assert v.company == "Bouwgroep Dijkstra"
    # Look-alike: "ze heeft" after the sentence may be a person's answer: not read as a client.
    body = (
        "Hoi Alex,\n\nIk heb terugkoppeling gekregen van Marieke na jullie gesprek van dinsdag. "
        "Ze heeft helaas gekozen voor een andere kandidaat.\n\nGroet,\nMila Bos\n"
    )
    v = _verdict("Mila Bos <mila@technischwerven.nl>", "Vacature Uitvoerder", body)
    assert v.company != "Marieke"
