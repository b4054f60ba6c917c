"""Platforms relaying a company, public bodies under a ministry, "X | Votre candidature" (session 30).

Why a file of its own: the held-out fields probes of pass 24 (``bench/probes/fields-{de-23,
en-15,fr-21,nl-23,es-13,it-8,pt-7}.txt``) found an internship platform's "L'azienda X ha
deciso" / "A empresa X decidiu" read as the platform's own mail, a government agency's sign-off
lost to the ministry on the line below it, and the employer before "| Votre candidature" not
read as the English "X | Your application" is; dev talentsrh-pt found "Executivo de Vendas" no
title. Each with the look-alike the rule must leave alone.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_IT = "Purtroppo abbiamo deciso di non proseguire con la tua candidatura."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."
NO_FR = "Malheureusement, nous ne pouvons pas y donner une suite favorable."
NO_ES = "Lamentablemente, hemos decidido seguir adelante con otros perfiles."


def test_a_platform_relaying_the_company_names_the_company() -> None:
    """ "L'azienda X ha deciso", "A empresa X decidiu": X, not the platform that sends."""
    body = (
        "Ciao Alex,\n\nL'azienda Pastificio Morelli ha deciso di non proseguire con la tua "
        "candidatura.\n\nIl team di Tirocini Italia\n"
    )
    v = _verdict("Tirocini Italia <noreply@tirociniitalia.example>", "Aggiornamento", body)
    assert v.company == "Pastificio Morelli"
    body = (
        "Olá Alex,\n\nA empresa Padaria Central decidiu não avançar com a sua candidatura."
        "\n\nEquipa Estágios Já\n"
    )
    v = _verdict("Estágios Já <noreply@estagiosja.example>", "Atualização", body)
    assert v.company == "Padaria Central"
    # Look-alike: the platform's own words about "l'azienda" without a name are no client.
    body = f"Ciao Alex,\n\nL'azienda ha valutato il tuo profilo. {NO_IT}\n\nIl team di Tirocini Italia\n"
    v = _verdict("Tirocini Italia <noreply@tirociniitalia.example>", "Aggiornamento", body)
    assert v.company != "Pastificio Morelli"
    assert v.company is None or "Tirocini" in v.company


def test_a_ministry_below_the_agency_that_signs_is_its_parent() -> None:
    lines = "Werving en selectie\nRijkswaterstaat\nMinisterie van Infrastructuur en Waterstaat\n"
    body = f"Beste Alex,\n\n{NO_NL}\n\nMet vriendelijke groet,\n{lines}"
    v = _verdict("Werving <werving@rws-werkenbij.example>", "Je sollicitatie", body)
    assert v.company == "Rijkswaterstaat"
    # Look-alike: a ministry that signs alone is the employer.
    body = f"Beste Alex,\n\n{NO_NL}\n\nMet vriendelijke groet,\nMinisterie van Financiën\n"
    v = _verdict("Werving <werving@minfin-werkenbij.example>", "Je sollicitatie", body)
    assert v.company == "Ministerie van Financiën"


def test_the_employer_before_a_possessive_application_subject() -> None:
    body = f"Bonjour Alex,\n\nMerci pour votre candidature. {NO_FR}\n\nL'équipe recrutement\n"
    v = _verdict("Recrutement <noreply@flatchr.io>", "Maison Lavande | Votre candidature", body)
    assert v.company == "Maison Lavande"
    body = f"Hola Alex,\n\nGracias por tu interés. {NO_ES}\n\nEquipo de Selección\n"
    v = _verdict("Selección <no-reply@teamtailor.com>", "Hierros Navarro | Tu candidatura", body)
    assert v.company == "Hierros Navarro"
    # Look-alikes: no separator, the subject's first word is no employer.
    v = _verdict("Selección <no-reply@teamtailor.com>", "Apreciamos tu candidatura", body)
    assert v.company != "Apreciamos"
    v = _verdict(
        "Selezione <noreply@inrecruiting.example>",
        "La sua candidatura per la posizione di Contabile",
        f"Gentile Alex,\n\n{NO_IT}\n\nUfficio Selezione\n",
    )
    assert v.company != "La"


def test_executivo_is_a_title_not_an_employer() -> None:
    body = f"Olá, Alex!\n\n{NO_PT}\n\nEquipe Talents RH\n"
    v = _verdict(
        "Talents RH <recrutamento@talentsrh.example>",
        "Processo seletivo – Executivo de Vendas",
        body,
    )
    assert v.role == "Executivo de Vendas"
    assert v.company != "Executivo de Vendas"


def test_a_reference_after_a_dash_ends_the_title() -> None:
    """ "T (H/F), dash, réf. TM-2291": the title and its gender mark, not the reference."""
    body = (
        "Bonjour Alex,\n\nNous avons bien étudié votre candidature au poste de Technicien de "
        f"maintenance (H/F) – réf. TM-2291. {NO_FR}\n\nL'équipe Ferronnerie Garnier\n"
    )
    v = _verdict("Recrutement <jobs@welcomekit.example>", "Suite à votre candidature", body)
    assert v.role == "Technicien de maintenance (H/F)"
    body = (
        "Gentile Alex,\n\ngrazie per la candidatura alla posizione di Magazziniere (M/F) – rif. "
        f"MG-77. {NO_IT}\n\nIl team di Ferramenta Colombo\n"
    )
    v = _verdict("Selezione <selezione@inrecruiting.example>", "La tua candidatura", body)
    assert v.role == "Magazziniere (M/F)"
    body = (
        "Olá Alex,\n\nObrigado pela sua candidatura à vaga de Técnico de Manutenção (M/F) – ref. "
        f"TM-12. {NO_PT}\n\nEquipa Metalúrgica Sado\n"
    )
    v = _verdict("Recrutamento <recrutamento@recruitee.example>", "A sua candidatura", body)
    assert v.role == "Técnico de Manutenção (M/F)"
    # Look-alike: a dash inside the title without a reference keeps both halves.
    body = body.replace(" (M/F) – ref. TM-12", " – Turno da noite")
    v = _verdict("Recrutamento <recrutamento@recruitee.example>", "A sua candidatura", body)
    assert v.role is not None and v.role.startswith("Técnico de Manutenção")


def test_an_agency_reporting_its_clients_answer_names_the_client() -> None:
    """ "I have heard back from X, and unfortunately they", "bericht gekregen van X: zij hebben"."""
    sig = "\n\nKind regards,\nRachel Hughes\nClassroom Staffing\n"
    said = "I have heard back from Oakfield Primary School, and unfortunately they have decided"
    body = f"Hi Alex,\n\n{said} to appoint another candidate.{sig}"
    sender = "Rachel Hughes <rachel.hughes@classroomstaffing.example>"
    v = _verdict(sender, "Year 4 Teacher", body)
    assert v.company == "Oakfield Primary School"
    # Look-alike: a person heard back from ("she") is no employer.
    v = _verdict(
        sender,
        "Year 4 Teacher",
        body.replace("Oakfield Primary School", "Sarah").replace("they have", "she has"),
    )
    assert v.company != "Sarah"
    nl = (
        "Beste Alex,\n\nIk heb bericht gekregen van OBS De Regenboog: zij hebben helaas gekozen "
        "voor een andere kandidaat.\n\nMet vriendelijke groet,\nSanne de Boer\nOnderwijsFlex\n"
    )
    v = _verdict("Sanne de Boer <sanne@onderwijsflex.example>", "Leerkracht groep 5", nl)
    assert v.company == "OBS De Regenboog"


def test_dutch_titles_keep_a_lower_case_field_noun_and_internships_name_the_post() -> None:
    body = (
        "Hoi Alex,\n\nDank je wel voor je sollicitatie op de vacature Medewerker klantenservice "
        f"(m/v/x), vacaturenummer 4471. {NO_NL}\n\nGroet,\nTeam Fietsfabriek Utrecht\n"
    )
    v = _verdict("Recruitment <noreply@homerun.co>", "Je sollicitatie", body)
    assert v.role == "Medewerker klantenservice (m/v/x)"
    # Look-alike: a lower-case word that is no field noun still ends the title.
    v = _verdict(
        "Recruitment <noreply@homerun.co>",
        "Je sollicitatie",
        body.replace(
            "Medewerker klantenservice (m/v/x), vacaturenummer 4471", "Data Engineer inmiddels"
        ),
    )
    assert v.role == "Data Engineer"
    stage = "Het bedrijf Van Dijk heeft besloten om niet verder te gaan met je sollicitatie voor de stage"
    v = _verdict(
        "Stagebank <noreply@stagebank.example>",
        "Update",
        f"Hoi Alex,\n\n{stage} Werkvoorbereider.\n",
    )
    assert v.role == "Werkvoorbereider"
    pt = "A empresa Padaria Central decidiu não avançar com a sua candidatura para o estágio de"
    v = _verdict(
        "Estágios Já <noreply@estagiosja.example>",
        "Atualização",
        f"Olá Alex,\n\n{pt} Assistente de Marketing.\n",
    )
    assert v.role == "Assistente de Marketing"


def test_a_public_bodys_office_and_profile() -> None:
    """ "Bureau du recrutement" is no employer; "per il profilo di T non è stata" names T."""
    body = (
        "Madame,\n\nJ'ai le regret de vous informer que votre candidature n'a pas été retenue."
        "\n\nLe bureau du recrutement\n"
    )
    v = _verdict(
        "Bureau du recrutement <recrutement@ddt-gironde.example>", "Votre candidature", body
    )
    assert v.company is None or not v.company.startswith("Bureau")
    body = (
        "Gentile candidato,\n\nla informiamo che la sua candidatura per il profilo di Funzionario "
        "doganale non è stata selezionata.\n\nUfficio Personale\n"
    )
    v = _verdict("Ufficio Personale <personale@dogane.example>", "Esito candidatura", body)
    assert v.role == "Funzionario doganale"
