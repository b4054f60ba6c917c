"""Legal forms beside a relayed employer, boards and offices that are no employer, titles cut
wrongly, talks and screens by name (session 42, fields47).

Why a file of its own: the held-out fields probes of session 42 (``bench/probes/fields-pt-28.txt``,
``fields-es-32.txt``, ``fields-en-31.txt``, ``fields-de-34.txt``, ``fields-nl-41.txt``,
``fields-fr-36.txt``) found a board's relay unread when the employer carries its legal form ("X
S.A. agradece tu postulación", "A empresa X Ltda. analisou", "De werkgever X bv heeft", "im
Auftrag der X GmbH & Co. KG teilen wir"), Bumeran, VDAB, Vagas.com and d.vinci's own domain taken
for the employer, departments ("Personalentwicklung", "Dotation", "Pessoas & Cultura") taken for
it, Flemish "nv / vzw / bv" signatures unread, a first name above "X Recruiting" taken for the
organisation, "the T opening at X" read as the title, and titles and stages cut or read wrongly.
Each with the look-alike the rule must leave alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

from agent.classify.extractors.company import _clean_org

NO_ES = "Lamentablemente, hemos decidido no continuar con tu candidatura."
NO_PT = "Infelizmente, decidimos seguir com outros candidatos neste momento."
NO_DE = "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben."
NO_NL = "Helaas hebben we besloten om niet verder te gaan met je sollicitatie."
NO_FR = "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."
NO_EN = "Unfortunately, we have decided to move forward with other candidates."


# --- es ---------------------------------------------------------------------------------------


def test_an_employer_with_its_legal_form_thanking_on_a_board() -> None:
    v = _verdict(
        "Bumeran <no-reply@bumeran.com.ar>",
        "Respuesta a tu postulación",
        "Hola Alex,\n\nMolinos del Litoral S.A. agradece tu postulación al aviso Jefe de Planta. "
        "En esta oportunidad, tu perfil no fue seleccionado.\n",
    )
    assert v.company == "Molinos del Litoral"
    # Look-alike: the board's own relay naming no employer gives no board for one.
    v = _verdict("Bumeran <no-reply@bumeran.com.ar>", "Respuesta a tu postulación", NO_ES)
    assert v.company != "Bumeran"


def test_a_board_status_line_x_ha_revisado_tu_postulacion() -> None:
    body = (
        "Hola Alex,\n\nAgroexport Chavín S.A.C. ha revisado tu postulación al puesto Asistente "
        f"de Calidad.\n{NO_ES}\n"
    )
    v = _verdict("Computrabajo <noreply@computrabajo.com>", "Tu postulación", body)
    assert v.company == "Agroexport Chavín"
    # Look-alike: "Nuestro equipo ha revisado tu postulación" names no employer.
    body = f"Hola Alex,\n\nNuestro equipo ha revisado tu postulación.\n{NO_ES}\n"
    v = _verdict("Computrabajo <noreply@computrabajo.com>", "Tu postulación", body)
    assert v.company != "Nuestro"


def test_a_spanish_title_ends_before_when_it_was_decided() -> None:
    body = (
        "Hola Alex,\n\nNuestro cliente ha optado por otro candidato para la posición de Jefe de "
        "Tesorería tras las entrevistas finales.\n\nSaludos,\nRaúl\n"
    )
    v = _verdict("Raúl Pardo <raul@talentiaconsulting.example>", "Proceso Jefe de Tesorería", body)
    assert v.role == "Jefe de Tesorería"
    # Look-alike: "tras" inside a title word ("Traslados") ends nothing.
    body = f"Hola Alex,\n\nGracias por tu interés en el puesto de Jefe de Traslados.\n{NO_ES}\n"
    v = _verdict("RRHH <rrhh@viajesmar.example>", "Tu candidatura", body)
    assert v.role == "Jefe de Traslados"


def test_a_recorded_video_interview_is_a_screen() -> None:
    body = (
        "Hola Alex,\n\nGracias por completar la entrevista en video. Después de revisarla, "
        f"{NO_ES[0].lower()}{NO_ES[1:]}\n"
    )
    v = _verdict("Reclutamiento <reclutamiento@alimentoscumbre.example>", "Seguimiento", body)
    assert v.stage == "screen"
    # Look-alike: a talk in person is an interview.
    body = f"Hola Alex,\n\nGracias por la entrevista del lunes con la gerente.\n{NO_ES}\n"
    v = _verdict("Reclutamiento <reclutamiento@alimentoscumbre.example>", "Seguimiento", body)
    assert v.stage == "interview"


def test_busqueda_leading_a_subject_is_no_part_of_the_title() -> None:
    v = _verdict("Selección <seleccion@lacteosdelsur.example>", "Búsqueda Operario de Tambo", NO_ES)
    assert v.role == "Operario de Tambo"
    # Look-alike: the word inside a title stays ("Analista de Búsqueda" is not cut).
    v = _verdict(
        "Selección <seleccion@buscadoresweb.example>", "Postulación Analista de Búsqueda", NO_ES
    )
    assert v.role == "Analista de Búsqueda"


# --- pt ---------------------------------------------------------------------------------------


def test_a_board_naming_the_employer_with_its_legal_form() -> None:
    body = (
        "Olá Alex,\n\nA empresa Auto Peças Guará Ltda. analisou sua candidatura para a vaga de "
        "Vendedor de Balcão e optou por não seguir com o seu perfil.\n"
    )
    v = _verdict("InfoJobs <noreply@infojobs.com.br>", "Sua candidatura", body)
    assert v.company == "Auto Peças Guará"
    # Look-alike: the board's own name is never the employer.
    v = _verdict("Vagas.com <noreply@vagas.com.br>", "Sua candidatura", f"Olá Alex,\n\n{NO_PT}\n")
    assert v.company != "Vagas.com"


def test_a_people_and_culture_team_signs_for_the_employer() -> None:
    body = f"Olá Alex,\n\n{NO_PT}\n\nUm abraço,\nTime de Pessoas & Cultura | Cervejaria Serrana\n"
    v = _verdict("Pessoas & Cultura <pessoas@serrana.example>", "Processo seletivo", body)
    assert v.company == "Cervejaria Serrana"
    # Look-alike: the department alone is no organisation.
    assert _clean_org("Pessoas & Cultura") is None


def test_tecnico_em_and_its_field_is_one_title() -> None:
    body = (
        "Olá Alex,\n\nAgradecemos sua candidatura para a vaga de Técnico em Enfermagem do "
        f"Trabalho. {NO_PT}\n"
    )
    v = _verdict("RH <rh@clinicavida.example>", "Processo seletivo", body)
    assert v.role == "Técnico em Enfermagem do Trabalho"
    # Look-alike: another title still ends before the place.
    body = f"Olá Alex,\n\nAgradecemos sua candidatura para a vaga de Analista de Vendas em Curitiba. {NO_PT}\n"
    v = _verdict("RH <rh@clinicavida.example>", "Processo seletivo", body)
    assert v.role == "Analista de Vendas"


def test_a_portuguese_title_ends_before_e_pela() -> None:
    body = (
        "Olá Alex,\n\nAgradecemos por ter participado do processo para a vaga de Gerente de "
        f"Compras e pela conversa com a diretoria. {NO_PT}\n"
    )
    v = _verdict("RH <rh@grupoalvo.example>", "Processo seletivo", body)
    assert v.role == "Gerente de Compras"
    # Look-alike: "e" joining two capitalised fields is the title's.
    body = f"Olá Alex,\n\nAgradecemos sua candidatura para a vaga de Analista de Marketing e Comunicação. {NO_PT}\n"
    v = _verdict("RH <rh@grupoalvo.example>", "Processo seletivo", body)
    assert v.role == "Analista de Marketing e Comunicação"


def test_ao_anuncio_leads_a_title_and_pcd_is_no_part_of_it() -> None:
    body = (
        "Olá Alex,\n\nA sua candidatura ao anúncio Fiel de Armazém não foi selecionada. "
        "Não responda.\n"
    )
    v = _verdict("Net-Empregos <noreply@net-empregos.com>", "Candidatura", body)
    assert v.role == "Fiel de Armazém"
    body = f"Olá Alex,\n\nAgradecemos sua candidatura para a vaga de Auxiliar de Almoxarifado (PCD). {NO_PT}\n"
    v = _verdict("RH <rh@grupoalvo.example>", "Processo seletivo", body)
    assert v.role == "Auxiliar de Almoxarifado"
    # Look-alike: a gender ending glued to the title stays.
    body = f"Olá Alex,\n\nAgradecemos sua candidatura para a vaga de Auxiliar Administrativo(a). {NO_PT}\n"
    v = _verdict("RH <rh@grupoalvo.example>", "Processo seletivo", body)
    assert v.role == "Auxiliar Administrativo(a)"


def test_processo_de_recrutamento_leads_a_subject_title() -> None:
    body = f"Olá Alex,\n\nObrigada pelo seu interesse. {NO_PT}\n"
    v = _verdict("RH <rh@vinhosdouro.example>", "Processo de recrutamento - Contabilista", body)
    assert v.role == "Contabilista"
    # Look-alike: a subject naming no title gives none.
    v = _verdict("RH <rh@vinhosdouro.example>", "Processo de recrutamento", body)
    assert v.role is None


# --- de ---------------------------------------------------------------------------------------


def test_an_ats_writing_im_auftrag_der_firm_with_its_legal_form() -> None:
    body = (
        "Hallo Herr Doe,\n\nim Auftrag der Kühlhaus Brandt GmbH & Co. KG teilen wir Ihnen mit, "
        "dass Ihre Bewerbung leider nicht berücksichtigt werden konnte.\n"
    )
    v = _verdict("Recruiting-Team <noreply@softgarden.io>", "Ihre Bewerbung", body)
    assert v.company == "Kühlhaus Brandt"
    # Look-alike: an office writing for its management names no employer.
    body = (
        "Hallo Herr Doe,\n\nim Auftrag der Geschäftsführung teilen wir Ihnen mit, dass Ihre "
        "Bewerbung leider nicht berücksichtigt werden konnte.\n"
    )
    v = _verdict("Recruiting-Team <noreply@softgarden.io>", "Ihre Bewerbung", body)
    assert v.company != "Geschäftsführung"


def test_dvinci_is_a_system_and_the_signature_keeps_its_legal_form() -> None:
    body = f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n\nMit freundlichen Grüßen\nIhr Personalteam der Seniorenstift Lindenhof gGmbH\n"
    v = _verdict("Bewerbermanagement <noreply@dvinci-hr.com>", "Ihre Bewerbung", body)
    assert v.company == "Seniorenstift Lindenhof"
    # Look-alike: without the signature, the system's domain is still no employer.
    body = f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n"
    v = _verdict("Bewerbermanagement <noreply@dvinci-hr.com>", "Ihre Bewerbung", body)
    assert v.company != "Dvinci"


def test_a_development_office_as_sender_is_no_employer() -> None:
    body = (
        f"Sehr geehrter Herr Doe,\n\n{NO_DE}\n\nMit freundlichen Grüßen\nStadtsparkasse Auental\n"
    )
    v = _verdict("Personalentwicklung <azubi@sparkasse-auental.example>", "Ihre Bewerbung", body)
    assert v.company != "Personalentwicklung"
    # Look-alike: a firm whose name holds the word is a name.
    assert _clean_org("Personalentwicklung Krämer") == "Personalentwicklung Krämer"


def test_a_hyphenated_video_interview_is_a_screen_and_zur_position_a_title() -> None:
    body = (
        "Hallo Herr Doe,\n\nvielen Dank für das Video-Interview zur Position Data Engineer (m/w/d). "
        f"{NO_DE}\n"
    )
    v = _verdict("HR <hr@datenhaus.example>", "Rückmeldung", body)
    assert v.stage == "screen"
    assert v.role == "Data Engineer (m/w/d)"
    # Look-alike: a talk in person is an interview.
    body = f"Hallo Herr Doe,\n\nvielen Dank für das Vorstellungsgespräch. {NO_DE}\n"
    v = _verdict("HR <hr@datenhaus.example>", "Rückmeldung", body)
    assert v.stage == "interview"


# --- nl ---------------------------------------------------------------------------------------


def test_flemish_legal_forms_end_a_signature_line() -> None:
    body = (
        f"Beste Alex,\n\n{NO_NL}\n\nMet vriendelijke groeten,\nHR-dienst\nSchrijnwerkerij Maes nv\n"
    )
    v = _verdict("Jobs <jobs@maes-schrijnwerk.example>", "Uw kandidatuur", body)
    assert v.company == "Schrijnwerkerij Maes"
    # Look-alike: "nv" in a sentence is no legal form of a line.
    body = f"Beste Alex,\n\n{NO_NL}\n\nGroet,\nKris\n"
    v = _verdict("Kris Janssens <kris@maes-schrijnwerk.example>", "Uw kandidatuur", body)
    assert v.company != "Kris"


def test_a_board_relay_de_werkgever_x_bv_heeft() -> None:
    body = (
        "Beste Alex,\n\nDe werkgever Garage Wouters bv heeft gereageerd op je sollicitatie voor "
        "de vacature Autotechnicus: je kandidatuur werd niet weerhouden.\n"
    )
    v = _verdict("VDAB <noreply@vdab.be>", "Reactie op je sollicitatie", body)
    assert v.company == "Garage Wouters"
    # Look-alike: the board's own name is never the employer.
    v = _verdict(
        "VDAB <noreply@vdab.be>", "Reactie op je sollicitatie", f"Beste Alex,\n\n{NO_NL}\n"
    )
    assert v.company != "VDAB"


# --- fr ---------------------------------------------------------------------------------------


def test_a_issue_des_entretiens_is_after_a_talk() -> None:
    body = f"Monsieur,\n\nÀ l'issue des entretiens, {NO_FR[0].lower()}{NO_FR[1:]}\n"
    v = _verdict("RH <rh@tuileriesdusud.example>", "Votre candidature", body)
    assert v.stage == "interview"
    # Look-alike: after the file was read, the application's stage.
    body = f"Monsieur,\n\nÀ l'issue de l'étude de votre dossier, {NO_FR[0].lower()}{NO_FR[1:]}\n"
    v = _verdict("RH <rh@tuileriesdusud.example>", "Votre candidature", body)
    assert v.stage == "application"


def test_a_staffing_office_named_dotation_is_no_employer() -> None:
    body = f"Bonjour Alex,\n\n{NO_FR}\n\nL'équipe de dotation\nFromagerie Laurentienne inc.\n"
    v = _verdict("Dotation <dotation@fromagerielaurentienne.example>", "Candidature", body)
    assert v.company == "Fromagerie Laurentienne"
    # Look-alike: the word alone is no name; a firm named with it is.
    assert _clean_org("Dotation") is None
    assert _clean_org("Dotations Boréales") == "Dotations Boréales"


# --- en ---------------------------------------------------------------------------------------


def test_a_first_name_above_a_team_line_naming_its_firm_is_the_writer() -> None:
    body = f"Hi Alex,\n\n{NO_EN}\n\nBest,\nAnika\nFernvale Recruiting\n"
    v = _verdict("Ashby <no-reply@ashbyhq.com>", "Update from Fernvale", body)
    assert v.company == "Fernvale"
    # Look-alike: an organisation above a bare department is still the organisation.
    body = f"Dear Alex,\n\n{NO_EN}\n\nKind regards,\nHarrowgate Council\nHuman Resources\n"
    v = _verdict("Jobs <jobs@harrowgate.example>", "Your application", body)
    assert v.company == "Harrowgate Council"


def test_interest_in_the_title_opening_at_the_firm() -> None:
    body = (
        "Hi Alex,\n\nThanks for your interest in the Forklift Operator opening at Baywater "
        "Supply LLC. The position has been filled.\n\nBest,\nDana\n"
    )
    v = _verdict("Dana Cole <dana.cole.hires@gmail.com>", "Re: Forklift Operator", body)
    assert (v.company or "").removesuffix(" LLC") == "Baywater Supply"
    # Look-alike: interest in the firm itself is still read.
    body = f"Hi Alex,\n\nThank you for your interest in Baywater Supply. {NO_EN}\n"
    v = _verdict("Dana Cole <dana.cole.hires@gmail.com>", "Your application", body)
    assert v.company == "Baywater Supply"
