"""The employer's name as the user should read it, and nl/fr titles and stages (issue 11, session 19).

Why a file of its own: each rule here came from a case of the fields probes
(``bench/probes/fields-{nl-6,fr-7,en-7,de-7}.txt``) or a kind of dev miss: a sender
domain folds the name ("novasante.fr" for "Nova Santé"), so the digest must show the
name as the mail writes it, in its text or its display name, and nothing else. Each
with the case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from test_fields_senders import NO, _verdict

from agent.classify.extractors.spelling import spell_in_text


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        # A no-reply display name that reads like a person's name spells the domain.
        ("Nova Santé <no-reply@novasante.fr>", "Nova Santé"),
        ("Énergies Solaris - Recrutement <recrutement@energiessolaris.fr>", "Énergies Solaris"),
        # The domain cut at twenty letters: the display name spells its start.
        (
            "Van Dijk Installatietechniek <no-reply@vandijkinstallatiete.nl>",
            "Van Dijk Installatietechniek",
        ),
    ],
)
def test_the_display_name_spells_the_sender_domain(sender: str, company: str) -> None:
    body = f"Bonjour,\n\n{NO['fr']}\n"
    v = _verdict(sender, "Votre candidature", body)
    assert v.company == company


def test_a_persons_display_name_spells_no_employer() -> None:
    """A person's name does not spell the domain: the domain's label stays the last resort."""
    body = f"Bonjour,\n\n{NO['fr']}\n"
    v = _verdict("Julien Lefèvre <julien.lefevre@novasante.fr>", "Votre candidature", body)
    assert v.company == "Novasante"


@pytest.mark.parametrize(
    ("label", "text", "spelled"),
    [
        # Cut inside a joining word: the name goes on through the word after it.
        (
            "librairiecarrefourde",
            "Cordialement,\nLibrairie Carrefour des Mots\n",
            "Librairie Carrefour des Mots",
        ),
        ("ateliersdurhone", "L'équipe des Ateliers du Rhône", "Ateliers du Rhône"),
        # Two letters of a word that joins nothing are no cut: "Carrefour Dental" is not it.
        ("librairiecarrefourde", "Librairie Carrefour Dental", None),
    ],
)
def test_a_label_cut_inside_a_joining_word(label: str, text: str, spelled: str | None) -> None:
    assert spell_in_text(label, text) == spelled


@pytest.mark.parametrize(
    ("sender", "subject", "body", "role"),
    [
        # A French title goes on in lower case after "en": the field, not a place.
        (
            "Teamtailor <no-reply@teamtailor.com>",
            "Votre candidature pour le poste de Vendeur en boulangerie",
            NO["fr"],
            "Vendeur en boulangerie",
        ),
        # "en" before a capitalised word is the employer: the title ends there.
        (
            "RRHH <rrhh@grupoalmendro.es>",
            "Tu candidatura para Desarrollador Java en Grupo Almendro",
            "Lamentablemente hemos decidido no continuar con tu candidatura.",
            "Desarrollador Java",
        ),
        # How the application was read is no part of the title.
        (
            "Claire Fontaine <c.fontaine@cabinetmoreau.fr>",
            "Réponse à votre candidature",
            "Nous avons examiné votre candidature au poste d'assistante juridique avec "
            "attention. Nous sommes au regret de vous informer que nous ne pouvons y donner "
            "une suite favorable.",
            "assistante juridique",
        ),
        # Dutch: "sollicitatie naar de functie van X"; a trade named alone after "Sollicitatie".
        (
            "HR <hr@groenebrug.nl>",
            "Uw sollicitatie naar de functie van Boekhouder",
            NO["nl"],
            "Boekhouder",
        ),
        ("Sanne Bakker <sanne.bakker@gmail.com>", "Sollicitatie Kok", NO["nl"], "Kok"),
    ],
)
def test_nl_fr_titles(sender: str, subject: str, body: str, role: str) -> None:
    assert _verdict(sender, subject, f"Bonjour,\n\n{body}\n").role == role


@pytest.mark.parametrize(
    ("subject", "stage"),
    [
        # The interview is what the application was refused: an application-stage no.
        ("Application rejected for interview", "application"),
        ("Application declined for an interview", "application"),
        # One that took place stays an interview-stage no.
        ("Your interview for Office Manager", "interview"),
    ],
)
def test_refused_for_interview_is_the_application_stage(subject: str, stage: str) -> None:
    body = f"Dear Alex,\n\nThank you for your application for Office Manager.\n{NO['en']}\n"
    assert _verdict("Jobs <jobs@lumenpayments.example>", subject, body).stage == stage


@pytest.mark.parametrize(
    ("sign_off", "company"),
    [
        # The writer's name, then a title "bij"/"chez"/"at" the employer, on one line.
        ("Jan Jansen, HR-manager bij Polderwerk BV", "Polderwerk BV"),
        (
            "Camille Durand, Responsable des ressources humaines chez Groupe Vauclair",
            "Groupe Vauclair",
        ),
        ("Jane Doe, Senior Recruiter at Northwind Robotics", "Northwind Robotics"),
        # "namens X," above the writer's name; "Toute l'équipe de X".
        ("namens De Groene Brug,\nJan Jansen", "De Groene Brug"),
        # No person before the comma: a place and a title name no employer.
        ("Amsterdam, HR-manager bij ons", None),
    ],
)
def test_who_a_free_mail_writer_signs_for(sign_off: str, company: str | None) -> None:
    body = f"Beste Alex,\n\n{NO['nl']}\n\nMet vriendelijke groet,\n{sign_off}\n"
    assert _verdict("Jan Jansen <jan.jansen@gmail.com>", "Sollicitatie", body).company == company


def test_all_the_team_of_the_company() -> None:
    """ "Toute l'équipe de X" (a French pattern: a French mail)."""
    body = (
        f"Bonjour,\n\n{NO['fr']}\n\nCordialement,\nToute l'équipe de Librairie Carrefour des Mots\n"
    )
    v = _verdict("Jan Jansen <jan.jansen@gmail.com>", "Votre candidature", body)
    assert v.company == "Librairie Carrefour des Mots"


def test_interest_shown_in_the_company() -> None:
    """ "l'intérêt porté à notre société X": the employer, named in the text."""
    body = (
        "Madame, Monsieur,\n\nNous vous remercions de l'intérêt porté à notre société "
        f"Transports Garnier.\n{NO['fr']}\n\nCordialement,\nCamille Durand\n"
    )
    v = _verdict("Camille Durand <camille.durand@gmail.com>", "Votre candidature", body)
    assert v.company == "Transports Garnier"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "stage"),
    [
        # Dutch "assessment": a test made before the talks; an assessment centre is the last step.
        (
            "Sanne Bakker <sanne@kaasmakers.nl>",
            "Sollicitatie",
            "Dank voor je sollicitatie en de assessment die je hebt gemaakt. " + NO["nl"],
            "screen",
        ),
        (
            "Sanne Bakker <sanne@kaasmakers.nl>",
            "Sollicitatie",
            "Dank voor je deelname aan het assessment-center. " + NO["nl"],
            "final",
        ),
        # French: a talk "par téléphone" is a screening call, not the interview.
        (
            "Pauline Garnier <pauline.garnier@laboratoires-aubrac.fr>",
            "Votre candidature",
            "Merci d'avoir pris le temps d'échanger avec nous par téléphone. " + NO["fr"],
            "screen",
        ),
        (
            "Pauline Garnier <pauline.garnier@laboratoires-aubrac.fr>",
            "Votre candidature",
            "Merci pour notre échange de mardi dans nos locaux. " + NO["fr"],
            "interview",
        ),
    ],
)
def test_nl_fr_screen_stages(sender: str, subject: str, body: str, stage: str) -> None:
    assert _verdict(sender, subject, f"Bonjour,\n\n{body}\n").stage == stage


@pytest.mark.parametrize(
    ("sender", "row", "company", "role"),
    [
        # A board's table read as text: "Job Title X" and "Employer Name Y" rows, no colon.
        (
            "Jobs Board <admin@jobs.example.net>",
            "Job Title Supply Chain Planner\n\nEmployer Name Redwood Logistics",
            "Redwood Logistics",
            "Supply Chain Planner",
        ),
        # A board's name without its job word names no employer: the text's does.
        (
            "Jobs Board <admin@jobs.example.net>",
            "Your application for Office Manager at Lumen Payments was declined.",
            "Lumen Payments",
            "Office Manager",
        ),
        # "Job title" in a sentence is no row.
        (
            "Lumen Payments Careers <careers@lumenpayments.example>",
            "Your job title preferences were saved.",
            "Lumen Payments",
            None,
        ),
    ],
)
def test_a_boards_rows_and_name(sender: str, row: str, company: str, role: str | None) -> None:
    body = f"Dear Alex,\n\n{NO['en']}\n\n{row}\n\nBest Regards\n"
    v = _verdict(sender, "Application update", body)
    assert (v.company, v.role) == (company, role)
