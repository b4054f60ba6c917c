"""Employer, title and round in Italian, Spanish, Portuguese, French and Dutch (session 25).

Why a file of its own: each rule here came from a case of the fields probes written
before it (``bench/probes/fields-{it-4,es-5,pt-3,fr-13,nl-13}.txt``, issue 11): a
department word is no employer ("Ufficio del Personale", "Equipo de Talento"), an agency
names its client mid-sentence ("per conto di X", "pour le compte de X", "nosso cliente,
a X"), a sign-off names the employer after a department ("A Equipa de Recrutamento da X",
"De HR-dienst van X"), a gender ending in brackets belongs to the title ("Supervisor(a)"),
and the round is named after its noun ("fase finale", "etapa final", "dinámica de grupo").
Each with the case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail
from test_fields_senders import NO, _verdict

from agent.classify import classify

NO_ES = "Lamentablemente, hemos decidido seguir con otra persona para este puesto."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos para esta vaga."
NOS = {**NO, "es": NO_ES, "pt": NO_PT}


@pytest.mark.parametrize(
    ("lang", "sender", "lines", "company"),
    [
        (
            "it",
            "Ufficio del Personale <personale@cantinebellavista.it>",
            "Ufficio del Personale\nCantine Bellavista S.r.l.",
            "Cantine Bellavista",
        ),
        ("es", "Talento <talento@grupoalcaraz.es>", "Equipo de Talento", "Grupoalcaraz"),
        (
            "pt",
            "Recrutamento <recrutamento@hoteisdouro.pt>",
            "A Equipa de Recrutamento da Hotéis Douro",
            "Hotéis Douro",
        ),
        (
            "nl",
            "HR <jobs@brouwerijsintjoris.be>",
            "De HR-dienst van Brouwerij Sint-Joris",
            "Brouwerij Sint-Joris",
        ),
        (
            "fr",
            "Recrutement <recrutement@mairie-villeneuve.fr>",
            "Le pôle recrutement de la Mairie de Villeneuve",
            "Mairie de Villeneuve",
        ),
    ],
)
def test_a_department_is_no_employer_and_the_one_it_belongs_to_is(
    lang: str, sender: str, lines: str, company: str
) -> None:
    body = f"Ciao Alex,\n\n{NOS[lang]}\n\nSaluti,\n{lines}\n"
    assert _verdict(sender, "Re: Alex", body).company == company


@pytest.mark.parametrize(
    ("lang", "line", "company"),
    [
        (
            "it",
            "La posizione che seguiamo per conto di Ceramiche Ventura è chiusa.",
            "Ceramiche Ventura",
        ),
        (
            "fr",
            "Le poste que nous menons pour le compte de Papeteries du Léman est pourvu.",
            "Papeteries du Léman",
        ),
        (
            "pt",
            "A vaga de Gerente do nosso cliente, a Metalúrgica Vale Verde, foi preenchida.",
            "Metalúrgica Vale Verde",
        ),
    ],
)
def test_an_agency_names_its_client_mid_sentence(lang: str, line: str, company: str) -> None:
    body = f"Ciao Alex,\n\n{line} {NOS[lang]}\n\nFederica Galli\nTalenti Selezione\n"
    v = _verdict("Federica Galli <federica.galli@talentiselezione.it>", "Re: Alex", body)
    assert v.company == company


def test_an_agency_working_for_itself_keeps_its_own_name() -> None:
    """ "per conto nostro": no client named; the agency's side stays."""
    body = f"Ciao Alex,\n\nSelezioniamo per conto nostro. {NO['it']}\n\nIl team di Talenti Lavoro\n"
    v = _verdict("Talenti Lavoro <info@talentilavoro.it>", "Candidatura", body)
    assert v.company == "Talenti Lavoro"


@pytest.mark.parametrize(
    ("lang", "subject", "role"),
    [
        ("pt", "Processo seletivo Supervisor(a) de Produção", "Supervisor(a) de Produção"),
        ("pt", "Vaga Operador(a) de Caixa", "Operador(a) de Caixa"),
        ("it", "Posizione Disegnatore Meccanico", "Disegnatore Meccanico"),
        ("it", "Candidatura Farmacista Collaboratore", "Farmacista Collaboratore"),
        ("es", "Entrevista - Higienista Dental", "Higienista Dental"),
        ("nl", "Reactie op je sollicitatie - Verzorgende IG", "Verzorgende IG"),
        ("fr", "Candidature chez Groupe Valmont – Contrôleur de gestion", "Contrôleur de gestion"),
    ],
)
def test_a_subject_names_a_trade_title(lang: str, subject: str, role: str) -> None:
    body = f"Ciao Alex,\n\n{NOS[lang]}\n"
    assert _verdict("HR <hr@example.org>", subject, body).role == role


def test_a_subject_naming_the_employer_then_a_next_step_names_no_title() -> None:
    """ "Candidature chez Groupe Valmont - Prochaines étapes": no title word, no title."""
    body = f"Bonjour Alex,\n\n{NO['fr']}\n"
    subject = "Candidature chez Groupe Valmont – Prochaines étapes"
    assert _verdict("RH <rh@example.org>", subject, body).role is None


def test_a_title_ends_before_the_agencys_client() -> None:
    """ "a vaga de Gerente Comercial do nosso cliente": the client is not in the title."""
    body = (
        "Olá Alex,\n\nObrigada pelo interesse na vaga de Gerente Comercial do nosso cliente, "
        f"a Metalúrgica Vale Verde. {NO_PT}\n"
    )
    assert _verdict("Renata Lima <renata@hunters.com.br>", "Vaga", body).role == "Gerente Comercial"


@pytest.mark.parametrize(
    ("lang", "line", "stage"),
    [
        ("it", "Grazie per aver partecipato alla fase finale della selezione.", "final"),
        ("es", "Gracias por llegar a la fase final del proceso.", "final"),
        ("pt", "Agradecemos a sua participação na etapa final do processo.", "final"),
        ("fr", "Merci pour votre participation à la phase finale du recrutement.", "final"),
        ("es", "Gracias por participar en la dinámica de grupo.", "screen"),
        ("pt", "Obrigado por participar da dinâmica de grupo.", "screen"),
        ("es", "Gracias por completar la videoentrevista.", "screen"),
        ("it", "Grazie per il tempo dedicato al colloquio conoscitivo.", "screen"),
        ("it", "Grazie per il tempo dedicato al colloquio con la direzione.", "interview"),
    ],
)
def test_the_round_named_after_its_noun(lang: str, line: str, stage: str) -> None:
    body = f"Ciao Alex,\n\n{line} {NOS[lang]}\n"
    assert _verdict("HR <hr@example.org>", "Re: Alex", body).stage == stage


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "No has sido seleccionado para la fase final."),
        ("pt", "Você não seguirá para a etapa final."),
        ("es", "No te invitaremos a la dinámica de grupo."),
        ("it", "Non è stato selezionato per la fase finale."),
    ],
)
def test_a_round_ahead_is_not_one_reached(lang: str, line: str) -> None:
    body = f"Hola Alex,\n\nGracias por tu candidatura. {line} {NOS[lang]}\n"
    assert _verdict("HR <hr@example.org>", "Re: Alex", body).stage in ("application", "interview")


@pytest.mark.parametrize(
    ("line", "rejection"),
    [
        ("Nous sommes au regret de vous informer qu'elle n'a pas été retenue.", True),
        ("Après examen, nous ne sommes pas en mesure d'y donner une suite favorable.", True),
        ("Nous sommes en mesure d'y donner une suite favorable : rendez-vous lundi.", False),
        ("Nous avons le plaisir de vous informer qu'elle a été retenue.", False),
    ],
)
def test_the_application_as_a_pronoun_in_french(line: str, rejection: bool) -> None:
    """ "qu'elle n'a pas été retenue", "d'y donner une suite": the application unnamed."""
    body = f"Bonjour Alex,\n\nMerci pour votre candidature. {line}\n"
    v = classify(mail(body, subject="Votre candidature", sender="RH <rh@acme.fr>"), [OWNER])
    assert v.is_rejection is rejection
