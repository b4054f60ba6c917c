"""Offices, departments and programmes signing for an employer (session 35, fields38).

Why a file of its own: the held-out fields probe of pass 37 (``bench/probes/fields-en-22.txt``)
found an internship tracker's "X Internships" read as a person and its department's team ("The
Business Intelligence Team") as the employer, "X Faculty Admissions" kept whole, a programme's
name as the sender beating the foundation its domain spells by an initial and a word, and an
agency's sign-off glued to the last wrapped line. Each with the look-alike the rule must leave
alone; other names and sentences than the probes'.
"""

from __future__ import annotations

from test_fields_senders import _verdict

from agent.classify.extractors.spelling import spell_in_text, spells_acronym

NO = "We regret to inform you that your application was not selected to move forward."


def test_internships_display_name_over_a_departments_team() -> None:
    v = _verdict(
        "Brisa Telecom Internships <internships@brisatelecom.example>",
        "Application Not Selected - Network Intern",
        f"Dear Alex,\n\nThank you for applying for the Network Intern position. {NO}\n\n"
        "Best regards,\nThe Data Science Team\n",
    )
    assert v.company == "Brisa Telecom"
    assert v.role == "Network Intern"
    # Look-alike: a team named after the employer still names it.
    v = _verdict(
        "Careers <careers@brisatelecom.example>",
        "Your application",
        f"Dear Alex,\n\nThank you for applying for the Network Intern position. {NO}\n\n"
        "Best regards,\nThe Brisa Telecom Team\n",
    )
    assert v.company == "Brisa Telecom"


def test_faculty_admissions_acronym_spelled_out_by_the_text() -> None:
    v = _verdict(
        "NSU Faculty Admissions <faculty.admissions@nsu.example>",
        "Application Rejected",
        "Dear Alex,\n\nThank you for your interest in joining the Northshore State University "
        f"and for applying to the Physics department. {NO}\n\nBest regards,\n"
        "NSU Faculty Admissions Team\n",
    )
    assert v.company == "Northshore State University"
    # Look-alike: no long form in the mail: the acronym stays.
    v = _verdict(
        "NSU Faculty Admissions <faculty.admissions@nsu.example>",
        "Application Rejected",
        f"Dear Alex,\n\nThank you for applying to the Physics department. {NO}\n\n"
        "NSU Faculty Admissions Team\n",
    )
    assert v.company == "NSU"
    assert spells_acronym("Polytechnic University of the Philippines", "PUP")
    assert not spells_acronym("Pinecrest", "P")
    assert not spells_acronym("Please update your profile", "PUP")  # a sentence, not a name


def test_programme_as_sender_the_foundation_by_its_domain() -> None:
    v = _verdict(
        "Harbor Return <noreply@harbor.tmkf.example>",
        "Harbor Return - Application Status Update",
        "Tunas MKF\n\nDear Alex,\n\nThank you for your interest in the HARBOR RTW programme. "
        "After careful review, we regret to inform you that your application has not been "
        "approved.\n\nPlease contact the TMKF programme team with any question.\n",
    )
    assert v.company == "Tunas MKF"
    # Look-alike: the employer's own graduate programme; the domain agrees with the sender.
    v = _verdict(
        "Corvel Careers <careers@corvel-freight.example>",
        "Your application",
        "Dear Alex,\n\nThank you for applying to the Corvel Graduate Programme. We regret to "
        "inform you that your application was not successful.\n\nCorvel Freight\n",
    )
    assert v.company is not None and v.company.startswith("Corvel")
    assert spell_in_text("tmkf", "Tunas MKF\nthe TMKF team") == "Tunas MKF"
    assert spell_in_text("tmkf", "the TMKF team") == "TMKF"


def test_agency_sign_off_glued_to_the_last_wrapped_line() -> None:
    v = _verdict(
        "recruiting.talvora@gmail.com",
        "Your application as Data Steward",
        "Dear Ms/Mr Alex Morgan, Thank you for your application as Data\nSteward. We regret to "
        "inform you that your profile does not match the\nrequirements. We will keep your file. "
        "Yours\nsincerely, TALVORA Headhunting Agency\n",
    )
    assert v.company is not None and v.company.startswith("TALVORA")
    # Look-alike: a person signing after the wrapped words is no organisation.
    v = _verdict(
        "recruiting.talvora@gmail.com",
        "Your application as Data Steward",
        "Dear Alex, Thank you for your application as Data Steward. We regret to inform you "
        "that your profile does not match the requirements. Kind\nregards, Jana Holm\n",
    )
    assert v.company is None or not v.company.startswith("Jana")
