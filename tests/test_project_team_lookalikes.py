"""Issue 11, session 25 (dev unit correlaid/de): a volunteer's application to take part in a
project (a pro-bono team, a community project) turned down in a job's words is no job
rejection; a job on a project (project manager, Projektleiter, chef de projet) stays one. The
sentences are the team's own, written from the kind, in every pack language.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "en",
            "Volunteer project",
            "Thanks for your interest in participating in our project with the animal shelter. "
            "Unfortunately we are unable to offer you a place in the team this time.",
        ),
        (
            "de",
            "Deine Bewerbung auf das Projekt",
            "Vielen Dank für deine Bewerbung auf das Projekt „Radwege-Analyse“. Leider haben wir "
            "uns für andere Bewerberinnen und Bewerber entschieden.",
        ),
        (
            "de",
            "Projekt Lernpaten",
            "Danke für dein Interesse, an unserem Projekt mit dem Jugendzentrum mitzuarbeiten. "
            "Leider können wir dich diesmal nicht berücksichtigen.",
        ),
        (
            "fr",
            "Votre candidature",
            "Merci pour votre candidature pour le projet bénévole de cartographie. "
            "Malheureusement, nous ne pouvons pas retenir votre candidature cette fois-ci.",
        ),
        (
            "es",
            "Tu candidatura",
            "Gracias por tu candidatura al proyecto de voluntariado del banco de alimentos. "
            "Lamentablemente no has sido seleccionado para el equipo esta vez.",
        ),
        (
            "it",
            "La tua candidatura",
            "Grazie per la tua candidatura al progetto di volontariato. Purtroppo non sei stato "
            "selezionato per il gruppo questa volta.",
        ),
        (
            "nl",
            "Je aanmelding",
            "Bedankt voor je aanmelding voor het project van de voedselbank. Helaas ben je deze "
            "keer niet geselecteerd voor het team.",
        ),
        (
            "pt",
            "A sua candidatura",
            "Obrigado pela sua candidatura ao projeto de voluntariado. Infelizmente não foi "
            "selecionado para a equipa desta vez.",
        ),
    ],
)
def test_a_volunteers_project_application_turned_down_is_no_job_rejection(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "We have decided not to move forward with your application for the Project Manager "
            "position.",
        ),
        (
            "en",
            "Unfortunately we will not be progressing your application for the project "
            "coordinator role.",
        ),
        (
            "de",
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als Projektleiter nicht "
            "weiter berücksichtigen können.",
        ),
        (
            "de",
            "Leider haben wir uns entschieden, Ihre Bewerbung als Projektmitarbeiter nicht "
            "weiterzuverfolgen.",
        ),
        (
            "fr",
            "Nous ne pouvons malheureusement pas donner suite à votre candidature au poste de chef "
            "de projet.",
        ),
        (
            "es",
            "Lamentablemente no seguiremos adelante con su candidatura para el puesto de jefe de "
            "proyecto.",
        ),
        (
            "it",
            "Purtroppo abbiamo deciso di non procedere con la sua candidatura per la posizione di "
            "project manager.",
        ),
        ("nl", "Helaas gaan we niet verder met je sollicitatie voor de functie van projectleider."),
        (
            "pt",
            "Infelizmente não vamos prosseguir com a sua candidatura para a vaga de gestor de "
            "projeto.",
        ),
    ],
)
def test_a_job_on_a_project_stays_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
