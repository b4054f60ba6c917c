"""A brand of a group, agencies' clients, departments, trades and the rounds (session 29, issue 11).

Why a file of its own: the held-out fields probes of pass 22 (``bench/probes/fields-{de-21,
fr-19,nl-21,es-11,en-13,it-6,pt-5}.txt``) found a brand's footer line "X, part of Y Group"
outvoted by the group's address, "im Auftrag von X" not read as an agency's client, a company
under a department line lost to name shapes ("de l'", "do"), a trade-named employer over an
ATS's address read as a recruiter, and rounds no pack named (a trial day, a case study, a
technical test, a final round reached). Each with the look-alike the rule must leave alone.
"""

from __future__ import annotations

from test_fields_senders import _verdict

OWNER = "alex.doe@example.com"
NO_EN = "Unfortunately, we have decided not to move forward with your application."
NO_FR = "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."
NO_DE = "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben."
NO_ES = "Lamentablemente, hemos decidido continuar el proceso con otros candidatos."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."


def test_a_brand_part_of_a_group_is_the_employer() -> None:
    """The footer's "X is part of the Y Group": X, not the group whose address sends."""
    sender = "Merriman Hospitality Group Careers <careers@merrimangroup.example>"
    body = f"Hi Alex,\n\nThank you for applying. {NO_EN}\n\nBest wishes,\nThe Careers Team\n\n"
    v = _verdict(
        sender, "Your application", body + "Bluebird Coffee is part of the Merriman Group\n"
    )
    assert v.company == "Bluebird Coffee"
    fr = f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\nLe service recrutement\n\n"
    fr += "Maison Dufour, filiale du Groupe Berlioz\n"
    v = _verdict("Recrutement Groupe Berlioz <rh@groupe-berlioz.example>", "Votre candidature", fr)
    assert v.company == "Maison Dufour"
    v = _verdict(
        "Recrutement Groupe Berlioz <rh@groupe-berlioz.example>",
        "Votre candidature",
        fr.replace("filiale du Groupe Berlioz", "une enseigne du groupe Berlioz"),
    )
    assert v.company == "Maison Dufour"
    # Look-alikes: a person "part of" a team, and an owner without a group word, name no brand.
    for line in ("Jane Smith, part of the Recruiting Team", "Bluebird Coffee is part of Merriman"):
        v = _verdict(sender, "Your application", body + line + "\n")
        assert v.company == "Merriman Hospitality Group", line


def test_an_agency_filling_a_post_im_auftrag_von_names_its_client() -> None:
    body = (
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihr Interesse an der Position, die wir im "
        f"Auftrag von Hörmann Anlagenbau besetzen. {NO_DE}\n\nMarkus Weiß\nWeiß Personalberatung\n"
    )
    v = _verdict("Markus Weiß <m.weiss@weiss-personalberatung.example>", "Ihre Bewerbung", body)
    assert v.company == "Hörmann Anlagenbau"
    # Look-alike: an ATS's "im Auftrag von" without a verb of recruiting is no client.
    body = body.replace("die wir im Auftrag von Hörmann Anlagenbau besetzen", "bei uns")
    v = _verdict("Markus Weiß <m.weiss@weiss-personalberatung.example>", "Ihre Bewerbung", body)
    assert v.company == "Weiß Personalberatung"


def test_the_company_under_a_department_line_with_joined_words() -> None:
    """ "Direction des Ressources Humaines" then "Biscuiterie de l'Abbaye"; "Cerâmica Vale do Lis"."""
    fr = f"Bonjour Alex,\n\n{NO_FR}\n\nCordialement,\n\nClaire Martin\n"
    fr += "Direction des Ressources Humaines\nBiscuiterie de l'Abbaye\n"
    assert _verdict("Claire Martin <noreply@flatchr.io>", "Candidature", fr).company == (
        "Biscuiterie de l'Abbaye"
    )
    pt = f"Olá Alex,\n\n{NO_PT}\n\nAtenciosamente,\n\nAna Ferreira\n"
    pt += "Departamento de Recursos Humanos\nCerâmica Vale do Lis\n"
    assert _verdict("Ana Ferreira <noreply@gupy.com.br>", "Candidatura", pt).company == (
        "Cerâmica Vale do Lis"
    )
    en = f"Hi Alex,\n\n{NO_EN}\n\nBest,\n\nDana Whitfield\nPeople Operations\nHarrowgate Mills\n"
    assert _verdict("Dana Whitfield <no-reply@ashbyhq.com>", "Application", en).company == (
        "Harrowgate Mills"
    )
    # Look-alike: a writer's name under the department is no employer.
    en = f"Hi Alex,\n\n{NO_EN}\n\nBest,\n\nPeople Operations\nDana Whitfield\n"
    assert _verdict("Dana Whitfield <no-reply@ashbyhq.com>", "Application", en).company is None


def test_a_trade_named_employer_over_an_ats_is_no_recruiter() -> None:
    body = f"Hola Alex:\n\n{NO_ES}\n\nUn saludo,\nEl equipo de selección\n"
    assert _verdict("Frutas Montes <noreply@factorialhr.com>", "Tu candidatura", body).company == (
        "Frutas Montes"
    )
    # Look-alike: a recruiter's own name over the ATS names no employer.
    assert (
        _verdict("Lucía Montes <noreply@factorialhr.com>", "Tu candidatura", body).company is None
    )


def test_a_portuguese_title_keeps_its_gender_ending_and_the_subject_its_employer() -> None:
    body = (
        "Olá Alex,\n\nAgradecemos a sua candidatura para a vaga de Assistente "
        f"Administrativo(a). {NO_PT}\n\nAtenciosamente,\nRecursos Humanos\n"
    )
    v = _verdict(
        "Recrutamento <noreply@gupy.com.br>", "Sua candidatura na Cooperativa Agrícola do Sul", body
    )
    assert v.role == "Assistente Administrativo(a)"
    assert v.company == "Cooperativa Agrícola do Sul"
    # Look-alike: another bracket glued to the title is no part of it.
    glued = body.replace("(a)", "(ref. 2026-12)")
    v = _verdict("Recrutamento <noreply@gupy.com.br>", "Sua candidatura", glued)
    assert v.role == "Assistente Administrativo"


def test_the_rounds_no_pack_named() -> None:
    """A trial day is the last step, a case study or a technical test a screen."""
    cases = {
        ("de", "vielen Dank für Ihren Probetag bei uns."): "final",
        ("de", "vielen Dank für die Teilnahme an unserem technischen Test."): "screen",
        ("de", "Sie haben es bis in die finale Runde geschafft."): "final",
        ("fr", "Merci pour la journée d'essai de samedi."): "final",
        ("fr", "Merci d'avoir participé à la mise en situation."): "screen",
        ("nl", "Bedankt voor het afleggen van de praktijktoets."): "screen",
        ("es", "Gracias por venir a la jornada de prueba."): "final",
        ("es", "Gracias por realizar el caso práctico."): "screen",
        ("pt", "Obrigado por realizar o estudo de caso."): "screen",
        ("en", "Thanks for coming in for the trial shift."): "final",
    }
    no = {"de": NO_DE, "fr": NO_FR, "es": NO_ES, "pt": NO_PT, "en": NO_EN, "nl": NO_NL}
    for (lang, said), stage in cases.items():
        v = _verdict(
            "Jo Li <jo@acme-works.example>", "Application", f"Hallo Alex,\n\n{said} {no[lang]}\n"
        )
        assert v.stage == stage, (said, v.stage)
    # Look-alikes: a final round not reached is the step before it; a probation period no round.
    said = "Sie haben es leider nicht bis in die finale Runde geschafft."
    v = _verdict("Jo Li <jo@acme-works.example>", "Bewerbung", f"Hallo Alex,\n\n{said} {NO_DE}\n")
    assert v.stage == "interview"
    said = "La période d'essai du poste est de deux mois."
    v = _verdict(
        "Jo Li <jo@acme-works.example>", "Candidature", f"Bonjour Alex,\n\n{said} {NO_FR}\n"
    )
    assert v.stage == "application"


def test_subject_titles_of_ats_and_board_updates() -> None:
    """Ashby's "Update on the T Role at X", Indeed's "The T job at X was closed", a shift in
    brackets (dev inbox-en-017/-018, quickjob-fr; session 29)."""
    body = f"Hi Alex,\n\nThank you for your interest. {NO_EN}\n\nBest,\nThe Team\n"
    cases = {
        "Update on the Frontend Software Engineer Role at Orbital": "Frontend Software Engineer",
        "The Bark Sales Executive (IT Services) job at UTF Labs was closed": (
            "Bark Sales Executive (IT Services)"
        ),
        "Update on the Registered Nurse search": "Registered Nurse",
    }
    for subject, role in cases.items():
        assert _verdict("Hiring <no-reply@ashbyhq.com>", subject, body).role == role, subject
    # Look-alike: "Update on the process" names no title.
    assert _verdict("Hiring <no-reply@ashbyhq.com>", "Update on the process", body).role is None
    fr = "Bonjour,\n\nLe recruteur a décidé de ne pas donner suite à ta candidature pour la mission « Serveur en extra (week-end) ».\n"
    v = _verdict("QuickJob <no-reply@quickjob.example>", "Réponse à ta candidature", fr)
    assert v.role == "Serveur en extra (week-end)"
    # Look-alike: a time word on its own still ends no title ("Serveur de la semaine").
    fr = fr.replace("Serveur en extra (week-end)", "Serveur de la semaine")
    assert _verdict("QuickJob <no-reply@quickjob.example>", "Réponse", fr).role is None
