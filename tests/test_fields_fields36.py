"""Status words in a portal's subject and titles in single quotes (session 34, fields36).

Why a file of its own: the held-out fields probe of pass 35 (``bench/probes/fields-en-21.txt``,
``fields-pt-15.txt``) and dev thozhil-en / vakantes-pt found a subject's "Internship Status"
read as the title, "Update: Your Status for T at X" read as "Your Status for T", a portal's
"the job T at X" unread, and "a vaga 'T'" unread (only double quotes and guillemets were).
Each with the look-alike the rule must leave alone; other names and sentences than the
probes' and dev's.
"""

from __future__ import annotations

from test_fields_senders import _verdict

NO_EN = "Unfortunately we will not be moving forward with your application."
NO_PT = "Infelizmente, decidimos não avançar com a sua candidatura."


def test_a_status_word_in_the_subject_is_no_title() -> None:
    v = _verdict(
        "Careers Portal <no-reply@careersportal.example>",
        "Application Update: Internship Status",
        f"Dear Alex,\n\nThank you for applying for the Data Intern role at Kestrel Labs. "
        f"{NO_EN}\n\nKestrel Labs\n",
    )
    assert v.role == "Data Intern"
    # Look-alike: a title before the status words is still read.
    v = _verdict(
        "Careers Portal <no-reply@careersportal.example>",
        "Application Update: Lab Technician Intern",
        f"Dear Alex,\n\n{NO_EN}\n\nKestrel Labs\n",
    )
    assert v.role == "Lab Technician Intern"


def test_your_status_for_a_title_at_an_employer() -> None:
    v = _verdict(
        "Careers Portal <no-reply@careersportal.example>",
        "Application Update: Your Status for PAYROLL OFFICER at HOLLIS MILLS",
        f"Dear Alex,\n\n{NO_EN}\n\nHollis Mills\n",
    )
    assert v.role is not None and v.role.lower() == "payroll officer"


def test_the_job_or_internship_title_at_an_employer() -> None:
    v = _verdict(
        "Careers Portal <no-reply@careersportal.example>",
        "Application Update",
        "Dear Alex,\n\nFollowing your interview for the job Stores Controller at Hollis Mills, "
        "we regret to inform you that we won't be moving forward with your application.\n\n"
        "Hollis Mills\n",
    )
    assert v.role == "Stores Controller"
    # Look-alike: "the job market at ..." names no title (no capital after "the job").
    v = _verdict(
        "Careers Portal <no-reply@careersportal.example>",
        "Application Update",
        "Dear Alex,\n\nGiven the job market at present, we regret to inform you that we won't "
        "be moving forward with your application.\n\nHollis Mills\n",
    )
    assert v.role != "market"


def test_a_title_in_single_quotes() -> None:
    v = _verdict(
        "Vagas Sul <vagassul@gmail.com>",
        "Resultado do Processo Seletivo",
        f"Olá, Alex,\n\nAgradecemos sua participação no processo seletivo para a vaga "
        f"'Operador de Empilhadeira'.\n{NO_PT}\n\nEquipe Vagas Sul\n",
    )
    assert v.role == "Operador de Empilhadeira"
    v = _verdict(
        "Careers <careers@hollismills.example>",
        "Your application",
        f"Dear Alex,\n\nThank you for your interest in the position 'Shift Supervisor'. "
        f"{NO_EN}\n\nHollis Mills\n",
    )
    assert v.role == "Shift Supervisor"
    # Look-alike: an apostrophe inside a sentence opens no quote ("the role's ...").
    v = _verdict(
        "Careers <careers@hollismills.example>",
        "Your application",
        f"Dear Alex,\n\nThe position's 'must haves' were not met. {NO_EN}\n\nHollis Mills\n",
    )
    assert v.role != "must haves"


def test_the_employer_after_an_interview_for_the_internship() -> None:
    v = _verdict(
        "Placement Cell <no-reply@placements.example>",
        "Application Update",
        "Dear Alex,\n\nFollowing your interview for the internship Web Intern at Marlow Print, "
        "we regret to inform you that we won't be moving forward with your application.\n\n"
        "Sincerely,\nMarlow Print\n",
    )
    assert v.company == "Marlow Print"


def test_an_application_rejected_for_a_title() -> None:
    v = _verdict(
        "City Jobs Board <admin@cityjobsboard.example>",
        "Application Rejected",
        "Dear Alex,\n\nIt is sad to inform you that your application is rejected for "
        "Forklift Driver.\n\nBest Regards, City Jobs Board\n",
    )
    assert v.role == "Forklift Driver"
    # Look-alike: rejected for a step, not a title.
    v = _verdict(
        "City Jobs Board <admin@cityjobsboard.example>",
        "Application Rejected",
        "Dear Alex,\n\nIt is sad to inform you that your application is rejected for "
        "Interview.\n\nBest Regards, City Jobs Board\n",
    )
    assert v.role != "Interview"


def test_shortlisted_for_an_interview_is_a_step_ahead() -> None:
    v = _verdict(
        "City Jobs Board <admin@cityjobsboard.example>",
        "Application Rejected for Interview",
        "Dear Alex,\n\nIt is sad to inform you that your application is rejected for "
        "Forklift Driver.\n\nCandidate Shortlisted for Interview\n\nBest Regards, City Jobs Board\n",
    )
    assert v.stage == "application"
    # Look-alike: an interview held is still one.
    v = _verdict(
        "City Jobs Board <admin@cityjobsboard.example>",
        "Your application",
        "Dear Alex,\n\nYou were shortlisted for interview, and we thank you for attending the "
        "interview last week. Unfortunately we will not be moving forward with your "
        "application.\n\nBest Regards, City Jobs Board\n",
    )
    assert v.stage == "interview"
