"""Unit tests of the rejection classifier, one rule family at a time.

Every mail is built here, so each test shows the one thing it is about.
"""

from __future__ import annotations

import re
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from agent.classify import (
    Rx,
    Verdict,
    classify,
    detect_language,
    is_noreply_address,
    languages,
    newest_part,
    norm_company,
)
from agent.mail.parse import Message, parse_bytes

OWNER = "alex.doe@example.com"


def mail(
    body: str,
    *,
    subject: str = "Your application",
    sender: str = "Jane Smith <jane.smith@acme.com>",
    html: bool = False,
    headers: dict[str, str] | None = None,
    reply_to: str | None = None,
    to: str = f"Alex Doe <{OWNER}>",
) -> Message:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<t@example.com>"
    if reply_to:
        msg["Reply-To"] = reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    return parse_bytes(msg.as_bytes())


def verdict(body: str, **kw: object) -> Verdict:
    return classify(mail(body, **kw), [OWNER])  # type: ignore[arg-type]


REJECTION = """Hi Alex,

Thank you for applying for the Data Analyst position at Acme.

After careful consideration, we have decided to move forward with other candidates
whose experience more closely matches the role.

We wish you the best in your job search.

Best regards,
Jane Smith
Talent Acquisition, Acme
"""


# --------------------------------------------------------------------------- the interface


def test_packs_all_load() -> None:
    assert {"en", "de", "fr", "es", "nl"} <= set(languages())


def test_plain_rejection_with_details() -> None:
    v = verdict(REJECTION, subject="Your application for Data Analyst")
    assert v.is_rejection
    assert 0.5 < v.score <= 1.0
    assert v.stage == "application"
    assert v.company == "Acme"
    assert v.role == "Data Analyst"
    assert v.contact_name == "Jane Smith"
    assert v.reply_address == "jane.smith@acme.com"
    assert not v.noreply
    assert v.language == "en"
    assert v.category == "rejection"
    assert any("move forward with other candidates" in r for r in v.reasons)


def test_as_json_has_the_interface_fields() -> None:
    data = verdict(REJECTION).as_json()
    for key in (
        "is_rejection",
        "score",
        "stage",
        "company",
        "role",
        "contact_name",
        "reply_address",
        "noreply",
        "language",
        "reasons",
    ):
        assert key in data
    assert isinstance(data["reasons"], list)


# --------------------------------------------------------------------------- what is a rejection


@pytest.mark.parametrize(
    "sentence",
    [
        "The position has been filled.",
        "Unfortunately the role has been put on hold due to a hiring freeze.",
        "We have decided to offer the role to another candidate.",
        "We cannot invite you to an interview for this role.",
        "We've decided to go with someone who has more Go experience.",
        "Your application has not been successful on this occasion.",
        "We won't be progressing your application further.",
        "We have filled the Data Analyst role internally.",
        "Status: Not Selected",
    ],
)
def test_many_ways_to_say_no(sentence: str) -> None:
    body = f"Hi Alex,\n\nThank you for your interest in the Data Analyst job.\n\n{sentence}\n\nKind regards,\nJane"
    v = verdict(body)
    assert v.is_rejection, v.reasons


def test_no_negative_words_still_a_rejection() -> None:
    body = "Hi Alex,\n\nThanks for interviewing with us. We have hired another candidate for the role.\n\nJane"
    assert verdict(body).is_rejection


def test_keep_cv_on_file_closes_a_no() -> None:
    body = (
        "Dear Alex,\n\nThank you for applying for the Analyst position. We have selected another "
        "candidate, but we will keep your CV on file for future openings.\n\nRegards,\nHR"
    )
    assert verdict(body).is_rejection


@pytest.mark.parametrize(
    ("body", "category"),
    [
        (
            "Hi Alex,\n\nWe would like to invite you to an interview for the Analyst role. "
            "Please share your availability for next week.\n\nJane",
            "interview_invitation",
        ),
        (
            "Hi Alex,\n\nCongratulations! We are delighted to offer you the position of Analyst. "
            "Your offer letter is attached.\n\nJane",
            "offer",
        ),
        (
            "Hi Alex,\n\nThank you for applying. We have received your application and will review "
            "it carefully. If you do not hear from us within two weeks, we have decided to move "
            "forward with other candidates.\n\nThe Acme Team",
            "acknowledgement",
        ),
        (
            "Hi Alex,\n\nWe are excited to move forward with your application and invite you to "
            "the next round.\n\nJane",
            "moving_forward",
        ),
    ],
)
def test_lookalikes_are_not_rejections(body: str, category: str) -> None:
    v = verdict(body)
    assert not v.is_rejection, v.reasons
    assert v.category == category
    assert v.stage is None


def test_conditional_rejection_is_hypothetical() -> None:
    v = verdict(
        "Hi Alex,\n\nThanks for applying to the Analyst job. Should you not hear from us within "
        "14 days, please assume we have decided to proceed with other applicants.\n\nAcme"
    )
    assert not v.is_rejection
    assert any("hypothetical" in r for r in v.reasons)


def test_article_about_rejection_is_not_one() -> None:
    v = verdict(
        'How to respond to a job rejection\n\nYou open your inbox: "Unfortunately we have decided '
        'to move forward with other candidates." Here are five tips to bounce back.\n\nRead more',
        subject="5 tips to handle job rejection",
        sender="Career Weekly <news@careerweekly.example>",
        headers={"List-Unsubscribe": "<https://careerweekly.example/u>"},
    )
    assert not v.is_rejection
    assert any("List-Unsubscribe" in r for r in v.reasons)


@pytest.mark.parametrize(
    "body",
    [
        "Dear Alex,\n\nThank you for submitting your paper to the conference. Unfortunately the "
        "program committee has decided not to accept your manuscript.\n\nThe Editors",
        "Dear Alex,\n\nThank you for your loan application. After review, we are unable to offer "
        "you a loan at this time.\n\nThe Lending Team",
        "Hi Alex,\n\nThanks for applying to become a member of the club. Unfortunately we are not "
        "able to offer you a membership at this time.\n\nMembership Team",
    ],
)
def test_rejections_of_other_things(body: str) -> None:
    assert not verdict(body, subject="Your submission").is_rejection


def test_unfortunately_in_unrelated_mail() -> None:
    v = verdict(
        "Hi Alex,\n\nUnfortunately your parcel delivery was delayed. It will arrive on Friday.\n\nShop",
        subject="Your order",
        sender="Shop <orders@shop.example>",
    )
    assert not v.is_rejection


def test_mail_sent_by_the_owner_is_never_a_rejection() -> None:
    fwd = (
        "Look what I got :(\n\n---------- Forwarded message ---------\nFrom: Jane <jane@acme.com>\n"
        "Date: Mon, 1 Jun 2026\nSubject: Your application\n\n" + REJECTION
    )
    v = verdict(fwd, sender=f"Alex Doe <{OWNER}>", subject="Fwd: Your application")
    assert not v.is_rejection
    assert v.category == "sent_by_user"


def test_mail_from_an_owner_alias_is_never_a_rejection(tmp_path: Path) -> None:
    """``owner.aliases``: the owner's other address forwarding a rejection is the owner's mail."""
    from agent import config
    from agent.ingest.pipeline import owner_addresses

    path = tmp_path / "config.toml"
    path.write_text(
        '[owner]\nemail = "alex.doe@example.com"\naliases = ["Alex.Home@Mail.example"]\n'
    )
    owners = owner_addresses(config.load(path))
    assert "alex.home@mail.example" in owners
    msg = mail(
        "FYI, this came in today:\n\n" + REJECTION,
        sender="Alex Doe <alex.home@mail.example>",
        subject="Your application",
    )
    assert classify(msg, []).is_rejection  # without the alias, the text reads as a rejection
    v = classify(msg, owners)
    assert not v.is_rejection
    assert v.category == "sent_by_user"


def test_quoted_rejection_in_a_reply_does_not_count() -> None:
    body = (
        "Thanks Jane, could you share some feedback?\n\nOn Mon, 1 Jun 2026 at 10:00, Jane wrote:\n"
        + "".join(f"> {line}\n" for line in REJECTION.splitlines())
    )
    v = verdict(body, sender="Sam Lee <sam@elsewhere.example>", subject="Re: Your application")
    assert not v.is_rejection


def test_out_of_office() -> None:
    v = verdict(
        "I am out of the office until Monday with limited access to email.",
        subject="Automatic reply: Your application",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert not v.is_rejection
    assert v.category == "out_of_office"


def test_contrast_pivot_beats_invitation_words() -> None:
    v = verdict(
        "Hi Alex,\n\nWe would love to invite you to interview for the Analyst role. However, we "
        "cannot move forward with your application because the role now requires relocation.\n\nJane"
    )
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Hi Alex,\n\nThanks for meeting the whole panel. After a long debate we chose to make "
            "a formal offer to one of the other finalists for the Platform Engineer job.\n\nJane",
            "en",
        ),
        (
            "Hi Alex,\n\nThe offer for the Platform Engineer role has now been extended to another "
            "applicant.\n\nJane",
            "en",
        ),
        (
            "Hallo Alex,\n\nvielen Dank für die Gespräche zur Stelle als Data Engineer. Wir haben "
            "das Vertragsangebot inzwischen an eine andere Bewerberin geschickt.\n\nViele Grüße\nJana",
            "de",
        ),
        (
            "Bonjour Alex,\n\nmerci pour vos entretiens pour le poste de data engineer. Le poste "
            "a été proposé à une autre candidate.\n\nCordialement,\nJeanne",
            "fr",
        ),
        (
            "Hola Alex,\n\ngracias por las entrevistas para el puesto de ingeniera de datos. El "
            "puesto se ha ofrecido a otra candidata.\n\nUn saludo,\nJuana",
            "es",
        ),
        (
            "Beste Alex,\n\nbedankt voor de gesprekken voor de functie van data engineer. We hebben "
            "de functie inmiddels aangeboden aan een andere kandidaat.\n\nGroet,\nJanneke",
            "nl",
        ),
    ],
)
def test_offer_made_to_someone_else(body: str, lang: str) -> None:
    v = verdict(body)
    assert v.language == lang
    assert v.is_rejection, v.reasons


def test_feedback_call_after_a_decision_is_no_invitation() -> None:
    v = verdict(
        "Hi Alex,\n\nThank you for the onsite. We have decided to go with another candidate for "
        "the Staff Engineer role.\n\nWe would like to set up a short call to walk you through "
        "the feedback from the panel, if useful.\n\nJane"
    )
    assert v.is_rejection, v.reasons
    assert v.stage == "final"
    assert any(r.startswith("feedback call after the decision") for r in v.reasons)
    # Without a decision the same offer to talk is still an invitation.
    v = verdict(
        "Hi Alex,\n\nThanks for the take-home. We would like to set up a call to share feedback "
        "and talk about the next round.\n\nJane"
    )
    assert not v.is_rejection
    assert v.category == "interview_invitation"


def test_a_discounted_phrase_is_reported_once() -> None:
    v = verdict(
        "Hi Alex,\n\nWe received your application for the Analyst job. If you do not hear from "
        "us in two weeks, we have decided to move forward with other candidates.\n\nAcme"
    )
    hypothetical = [r for r in v.reasons if r.startswith("hypothetical")]
    assert len(hypothetical) == 1, v.reasons


def test_a_message_relayed_in_quotes_counts() -> None:
    v = verdict(
        'Sam Patel\nRecruiter at Orchard Metrics\n\n"Hello Alex, thanks for your patience. We have '
        "selected another candidate for the analyst job, so we won't move forward with your "
        'application."\n\nReply on the site: https://jobsite.example/m/1',
        subject="Sam sent you a message",
        sender="Sam Patel via Jobsite <notify-noreply@jobsite.example>",
    )
    assert v.is_rejection, v.reasons
    assert v.company == "Orchard Metrics"


def test_an_article_quoting_a_rejection_to_someone_else_does_not_count() -> None:
    v = verdict(
        'Most of us have read it: "Dear John, we have decided to move forward with other '
        'candidates for the role." Here is what to do next.',
        subject="This week in careers",
        sender="Career Weekly <news@careerweekly.example>",
    )
    assert not v.is_rejection


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nThanks for your application for the two-bed flat and for coming to the "
        "viewing. The landlord has chosen another applicant.\n\nLettings team",
        "Hola Alex,\n\ngracias por visitar el piso. El propietario ha optado por otro "
        "inquilino y no podemos seguir adelante con su solicitud.\n\nUn saludo",
        "Bonjour,\n\nvotre candidature en licence 3 de sociologie n'a pas été retenue par la "
        "commission pédagogique.\n\nLa scolarité",
    ],
)
def test_homes_and_studies_are_not_jobs(body: str) -> None:
    assert not verdict(body, subject="Your application").is_rejection


@pytest.mark.parametrize(
    "sentence",
    [
        "Lamentablemente no has obtenido la puntuación mínima en la prueba online.",
        "Le informamos de que las plazas de este programa de prácticas ya están cubiertas.",
        "Lo sentimos, pero no podemos tramitar tu candidatura para este puesto.",
        "Sabemos que no es la noticia que esperabas: estado de tu candidatura: descartada.",
    ],
)
def test_spanish_decisions(sentence: str) -> None:
    body = (
        f"Hola Alex,\n\nGracias por tu interés en el puesto de Analista.\n\n{sentence}\n\nUn saludo"
    )
    v = verdict(body)
    assert v.language == "es"
    assert v.is_rejection, v.reasons


def test_rejection_in_an_attachment_only_mail() -> None:
    msg = EmailMessage()
    msg["From"] = "HR Acme <hr@acme.de>"
    msg["To"] = OWNER
    msg["Subject"] = "Your application"
    msg.set_content("")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="Absage.pdf")
    v = classify(parse_bytes(msg.as_bytes()), [OWNER])
    assert v.is_rejection
    assert any("Absage.pdf" in r for r in v.reasons)


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "de",
            "Sehr geehrte/r Alex Doe,\n\nvielen Dank für Ihre Bewerbung als Controller (m/w/d). "
            "Nach sorgfältiger Prüfung haben wir uns leider für eine andere Kandidatin entschieden.\n\n"
            "Mit freundlichen Grüßen\nPersonalabteilung",
        ),
        (
            "fr",
            "Bonjour Alex,\n\nNous vous remercions pour votre candidature au poste de comptable. "
            "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.\n\n"
            "Cordialement,\nLe service recrutement",
        ),
        (
            "es",
            "Hola Alex,\n\nGracias por tu candidatura para el puesto de Analista. Lamentablemente "
            "hemos decidido continuar el proceso con otros candidatos.\n\nUn saludo,\nEquipo de selección",
        ),
        (
            "nl",
            "Beste Alex,\n\nBedankt voor je sollicitatie op de functie Planner. Helaas hebben we "
            "besloten je niet verder mee te nemen in de selectieprocedure.\n\nMet vriendelijke groet,\nHR",
        ),
    ],
)
def test_languages(lang: str, body: str) -> None:
    v = verdict(body)
    assert v.language == lang
    assert v.is_rejection, v.reasons


def test_language_detection() -> None:
    assert detect_language("Vielen Dank für Ihre Bewerbung und Ihr Interesse") == "de"
    assert detect_language("") == "en"


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Danke!\n\nOn Mon, 1 Jun 2026 at 10:00, Jane <j@a.com> wrote:\n> old text", "old text"),
        ("Danke!\n\nAm 01.06.2026 um 10:00 schrieb Jane <j@a.com>:\n> alter Text", "alter Text"),
        ("Merci !\n\nLe lun. 1 juin 2026 à 10:00, Jane <j@a.com> a écrit :\n> ancien", "ancien"),
        (
            "¡Gracias!\n\nEl lun, 1 jun 2026 a las 10:00, Jane (<j@a.com>) escribió:\n> antiguo",
            "antiguo",
        ),
        ("Dank!\n\nOp ma 1 jun 2026 om 10:00 schreef Jane <j@a.com>:\n> oud", "oud"),
        ("Thanks\n\n-----Original Message-----\nFrom: Jane\nold text", "old text"),
        ("Thanks\n\n________________________________\nFrom: Jane\nSent: Monday\nold", "old"),
        ("Thanks\n\nFrom: Jane <j@a.com>\nSent: Monday, June 1, 2026\nTo: Alex\nold", "old"),
    ],
)
def test_quote_stripping(text: str, marker: str) -> None:
    newest = newest_part(text)
    assert marker not in newest
    assert newest.startswith(("Danke", "Merci", "¡Gracias", "Dank", "Thanks"))


def test_signature_and_disclaimer_are_set_aside() -> None:
    text = (
        "Hi Alex,\n\nWe filled the role.\n\nBest regards,\nJane\n\n"
        "CONFIDENTIALITY NOTICE: this email is intended only for the addressee."
    )
    newest = newest_part(text, "en")
    assert "We filled the role." in newest
    assert "Jane" not in newest
    assert "CONFIDENTIALITY" not in newest


# --------------------------------------------------------------------------- senders


@pytest.mark.parametrize(
    "addr",
    [
        "no-reply@acme.com",
        "donotreply@acme.com",
        "noreply@us.greenhouse-mail.io",
        "notifications@x.io",
    ],
)
def test_noreply_addresses(addr: str) -> None:
    assert is_noreply_address(addr)


def test_workday_tenant_is_noreply_and_not_the_company() -> None:
    v = verdict(
        REJECTION.replace(
            "Jane Smith\nTalent Acquisition, Acme\n", "The Acme Talent Acquisition Team\n"
        ),
        sender="Acme Careers <acme@myworkday.com>",
    )
    assert v.noreply
    assert v.company == "Acme"
    assert v.reply_address is None
    assert v.contact_name is None


def test_company_via_ats_display_name() -> None:
    v = verdict(REJECTION, sender="Globex via Greenhouse <no-reply@greenhouse.io>")
    assert norm_company(v.company) in ("globex", "acme")
    assert v.noreply


def test_unmonitored_mailbox_notice() -> None:
    v = verdict(REJECTION + "\nThis mailbox is not monitored.", sender="Acme HR <hr@acme.com>")
    assert v.noreply


def test_reply_to_is_the_human_address() -> None:
    v = verdict(REJECTION, sender="Acme <no-reply@acme.com>", reply_to="Jane <jane@acme.com>")
    assert v.noreply
    assert v.reply_address == "jane@acme.com"


def test_norm_company() -> None:
    assert norm_company("Acme, Inc.") == norm_company("ACME") == "acme"
    assert norm_company("Müller GmbH") == "müller"
    assert norm_company(None) == ""


# --------------------------------------------------------------------------- stage


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Thank you for taking the time to interview with the team last week.", "interview"),
        ("Thank you for the phone screen yesterday.", "screen"),
        ("Thank you for completing the final round with our leadership team.", "final"),
        ("Thank you for your application.", "application"),
    ],
)
def test_stage(sentence: str, stage: str) -> None:
    body = f"Hi Alex,\n\n{sentence} Unfortunately we have decided to move forward with other candidates.\n\nJane"
    v = verdict(body)
    assert v.is_rejection
    assert v.stage == stage


_NO = "Unfortunately we have decided to move forward with other candidates."


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # A step declined is one not reached: it says the one before it was.
        (
            f"We have reviewed your application and will not be inviting you to interview. {_NO}",
            "application",
        ),
        (
            f"Thank you for applying. Candidates selected for interview will be contacted. {_NO}",
            "application",
        ),
        (
            f"Thank you for interviewing with us. We will not move you forward to the final round. {_NO}",
            "interview",
        ),
        (
            f"Thanks for your application. The role requires working on-site five days a week. {_NO}",
            "application",
        ),
        # Any sign of contact beats "your application", which every rejection says.
        (
            f"It was great to meet you on Tuesday. {_NO} Thank you for your application.",
            "interview",
        ),
        (f"Thank you for speaking with me on Monday about your application. {_NO}", "screen"),
        (f"Thanks for completing the online coding assessment. {_NO}", "screen"),
        # A terse no with no sign of contact beyond the application (issue 11).
        (
            "Regarding your application (ref 1234): we will not proceed with your candidacy.",
            "application",
        ),
        (f"We have now concluded our recruitment process. {_NO}", "unknown"),
        (f"We received over 400 applications for this role. {_NO}", "application"),
        (
            "Bedankt voor je sollicitatie. We hebben je cv met aandacht gelezen, maar helaas "
            "gaan we niet verder met je sollicitatie.",
            "application",
        ),
        (
            "Vielen Dank für Ihre Bewerbung. Leider können wir Sie nicht zu einem "
            "Vorstellungsgespräch einladen und haben uns für andere Bewerber entschieden.",
            "application",
        ),
        (
            "Vielen Dank für das Telefonat in der letzten Woche. Leider haben wir uns für "
            "einen anderen Bewerber entschieden.",
            "screen",
        ),
        (
            "Nous vous remercions pour votre candidature. Nous ne sommes pas en mesure de vous "
            "proposer un entretien et avons retenu d'autres profils.",
            "application",
        ),
        (
            "Gracias por tu candidatura. Lamentamos comunicarte que no vamos a continuar con tu "
            "candidatura y no podemos convocarte a una entrevista.",
            "application",
        ),
        (
            "Bedankt voor het telefoongesprek van maandag. Helaas hebben we gekozen voor een "
            "andere kandidaat.",
            "screen",
        ),
        (
            "Bedankt voor je sollicitatie. Helaas hebben we besloten je niet uit te nodigen "
            "voor een sollicitatiegesprek.",
            "application",
        ),
    ],
)
def test_stage_steps_ahead_and_contact(text: str, stage: str) -> None:
    v = verdict(f"Hi Alex,\n\n{text}\n\nJane")
    assert v.is_rejection
    assert v.stage == stage


# --------------------------------------------------------------------------- role


_NO_EN = "Unfortunately we will not be moving forward with your application."


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        # A run of capitalised words before "role"/"position", "of" and "-" inside it.
        ("Thanks", f"We have now offered the Director of Growth role to someone else. {_NO_EN}",
         "Director of Growth"),
        ("Update", f"Thanks for applying for the Principal Engineer - Search position. {_NO_EN}",
         "Principal Engineer - Search"),
        # A requisition code goes; a qualifier and a gender mark stay.
        ("Your application: REQ-40917 Site Reliability Engineer", _NO_EN,
         "Site Reliability Engineer"),
        ("Application update", f"Thank you for your interest in the position of Data Engineer "
         f"(Streaming) at Acme. {_NO_EN}", "Data Engineer (Streaming)"),
        # The subject names the title before a status.
        ("Backend Developer - your interview", _NO_EN, "Backend Developer"),
        ("Security Analyst (Job ID 88123)", _NO_EN, "Security Analyst"),
        ("Solutions Architect - next steps", _NO_EN, "Solutions Architect"),
    ],
)  # fmt: skip
def test_role_en(subject: str, body: str, role: str) -> None:
    v = verdict(f"Hi Alex,\n\n{body}\n\nBest,\nJane", subject=subject)
    assert v.role == role, v.reasons


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        ("Ihre Bewerbung", "vielen Dank für Ihre Bewerbung als Projektingenieur Brandschutz "
         "(m/w/d) in Köln. Leider haben wir uns für eine andere Bewerberin entschieden.",
         "Projektingenieur Brandschutz (m/w/d)"),
        ("Ihre Bewerbung – Kennziffer 2026/311 Einkäufer/in Technik", "Leider haben wir uns "
         "für einen anderen Bewerber entschieden.", "Einkäufer/in Technik"),
        ("Votre candidature", "Merci pour votre candidature au poste d'acheteur(se) "
         "international(e). Malheureusement, nous ne pouvons pas donner suite.",
         "acheteur(se) international(e)"),
        ("Su candidatura", "Gracias por presentar su candidatura al puesto de Técnico/a de "
         "mantenimiento en nuestra planta. Lamentablemente hemos decidido continuar con otros "
         "candidatos.", "Técnico/a de mantenimiento"),
        ("Je sollicitatie", "Bedankt voor je sollicitatie op de vacature Junior Accountmanager "
         "Zakelijk bij ons. Helaas hebben we besloten je niet verder mee te nemen in de "
         "selectieprocedure.", "Junior Accountmanager Zakelijk"),
        ("Uw sollicitatie", "Naar aanleiding van uw sollicitatie (vacaturenummer 2026-118, "
         "Beleidsadviseur Wonen) moeten wij u helaas laten weten dat wij u niet uitnodigen "
         "voor een gesprek.", "Beleidsadviseur Wonen"),
    ],
)  # fmt: skip
def test_role_other_languages(subject: str, body: str, role: str) -> None:
    v = verdict(f"Hallo Alex,\n\n{body}\n\nJane", subject=subject)
    assert v.is_rejection, v.reasons
    assert v.role == role, v.reasons


@pytest.mark.parametrize(
    "subject",
    ["Ihre Bewerbung: Nächste Schritte", "12 new Data Analyst jobs for you", "Thank you, Alex"],
)
def test_no_role_from_a_status_subject(subject: str) -> None:
    assert verdict(f"Hi Alex,\n\n{_NO_EN}\n\nJane", subject=subject).role is None


# --------------------------------------------------------------------------- bad input


def bare(text: str = "", subject: str = "", **kw: object) -> Message:
    return Message(message_id=None, subject=subject, from_name="", from_addr="", text=text, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "msg",
    [
        bare(),
        bare("   \n\n  "),
        bare(subject="Re:"),
        bare("\x00\x01\x02 \ufffd\ufffd garbage"),
        bare("a" * 100_000),
        bare("unfortunately " * 8000),
        bare("> " * 50_000),
        bare("İ" * 5000 + " we decided to move forward with other candidates for the role"),
        bare(attachments=("cv.pdf",)),
    ],
)
def test_bad_input_never_raises(msg: Message) -> None:
    v = classify(msg)
    assert isinstance(v, Verdict)
    assert v.reasons


def test_empty_body_says_why() -> None:
    v = classify(bare(attachments=("offer.pdf",)))
    assert not v.is_rejection
    assert "attachments only" in v.reasons[0]


def test_html_only_mail() -> None:
    v = verdict(
        "<html><body><p>Hi Alex,</p><p>Thank you for applying to the Analyst role. "
        "Unfortunately the position has been filled.</p><p>Acme Recruiting</p></body></html>",
        html=True,
    )
    assert v.is_rejection


def test_big_mail_is_fast() -> None:
    msg = bare(("Lorem ipsum dolor sit amet. " * 4000)[:100_000] + REJECTION)
    start = time.perf_counter()
    classify(msg)
    assert time.perf_counter() - start < 0.5


# --------------------------------------------------------------------------- the regex engine


def test_rx_prefilter_agrees_with_the_regex() -> None:
    from agent.classify.matching import Doc, NeedleIndex

    rx = Rx(r"(decided|chosen) (not )?to (move|go) forward")
    index = NeedleIndex.build([rx])
    text = "We have decided to move forward with others"
    doc = Doc(text, index)
    assert rx.search(doc) is not None
    assert rx.search(Doc("we decided nothing", index)) is None
    assert [m.group() for m in rx.finditer(text)] == ["decided to move forward"]


def test_a_lookaround_keeps_the_words_after_it_as_needles() -> None:
    """A look-behind ("(?<!ancora )non") keeps "non" a needle: a frame excluding "not yet" stays cheap."""
    from agent.classify.engine import Doc, NeedleIndex

    rx = Rx(r"(?<!ancora )non (è|sei) stat[oa] (?<!ancora )(selezionat|scelt)[oa](?! alcun)")
    assert frozenset({"non"}) in rx.needles
    assert frozenset({"selezionat", "scelt"}) in rx.needles
    index = NeedleIndex.build([rx])
    assert rx.search(Doc("Purtroppo non sei stata scelta.", index)) is not None
    assert rx.search(Doc("Non è stato selezionato alcun file.", index)) is None
    assert rx.search(Doc("Ancora non è stata selezionata.", index)) is None


# --------------------------------------------------------------------------- a language is data

DUMMY_PACK = r"""
[meta]
code = "eo"
name = "Esperanto"
stopwords = ["la", "kaj", "vi", "via", "ni", "estas", "por", "kun", "de", "ke", "bedaŭrinde",
  "dankon", "ne", "al", "pri", "mi"]

[structure]
signoffs = ['(amike|kore|salutojn)']
job_context = ['\b(kandidatiĝo|posteno|laboro|intervjuo)\b']

[rejection]
'ni (decidis|elektis) ne (daŭrigi|akcepti) (vian|la) kandidatiĝon' = 3.5
'(bedaŭrinde)' = 0.8

[stage]
interview = ['\b(post|dum) (la|nia) intervjuo\b']
application = ['\b(via|vian) kandidatiĝo\w*']
"""


def test_a_new_language_is_one_data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pack dropped into $REBOUND_LANG_DIR is detected and decides, with no Python change."""
    from agent.classify.engine import LANG_DIR_ENV

    (tmp_path / "eo.toml").write_text(DUMMY_PACK, encoding="utf-8")
    monkeypatch.setenv(LANG_DIR_ENV, str(tmp_path))
    assert "eo" in languages()
    body = (
        "Saluton Alex,\n\nDankon pro via kandidatiĝo por la posteno de Datuma Analizisto.\n"
        "Post la intervjuo ni decidis ne daŭrigi vian kandidatiĝon. Bedaŭrinde ni ne "
        "povas proponi la laboron al vi.\n\nAmike,\nJane Smith\n"
    )
    v = verdict(body, subject="Via kandidatiĝo")
    assert v.language == "eo"
    assert v.is_rejection, v.reasons
    assert v.stage == "interview"
    assert any("ni decidis ne daŭrigi vian kandidatiĝon" in r for r in v.reasons)
    monkeypatch.delenv(LANG_DIR_ENV)
    assert "eo" not in languages()
    assert verdict(REJECTION).language == "en"


# --------------------------------------------------------------------------- frames and gates


@pytest.mark.parametrize(
    ("lang", "subject", "body"),
    [
        (
            "it",
            "La sua candidatura",
            "Gentile Alex,\n\nla ringraziamo per la sua candidatura alla posizione di Analista "
            "Dati.\nDopo un'attenta valutazione, purtroppo abbiamo deciso di proseguire con altri "
            "candidati il cui profilo è più in linea con le nostre esigenze.\n\n"
            "Cordiali saluti,\nUfficio Risorse Umane",
        ),
        (
            "it",
            "Esito selezione",
            "Ciao Alex,\n\ngrazie per il tempo dedicato al colloquio. Purtroppo non potremo "
            "proseguire con la tua candidatura.\n\nUn saluto,\nGiulia",
        ),
        (
            "pt",
            "Sua candidatura",
            "Olá Alex,\n\nagradecemos a sua candidatura para a vaga de Analista de Dados.\n"
            "Infelizmente, decidimos seguir com outros candidatos cujo perfil está mais alinhado "
            "à vaga.\n\nAtenciosamente,\nEquipe de Recrutamento",
        ),
        (
            "pt",
            "Processo seletivo",
            "Oi Alex,\n\nobrigado pela entrevista. Infelizmente não vamos avançar com a sua "
            "candidatura para a próxima etapa.\n\nAbraço,\nMariana",
        ),
    ],
)
def test_italian_and_portuguese(lang: str, subject: str, body: str) -> None:
    v = verdict(body, subject=subject)
    assert v.language == lang
    assert v.is_rejection, v.reasons


def test_a_decision_broken_by_a_line_break_is_read_whole() -> None:
    body = (
        "Hi Alex,\n\nThank you for applying for the Data Analyst role. After reviewing all\n"
        "applications we have decided not to move\nforward with your application at this time.\n\n"
        "Best,\nJane"
    )
    v = verdict(body)
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "We are pausing the recruitment process for this role until next year.",
        "The position you applied for has now been filled by an internal candidate.",
        "We don't see a strong fit with the role at this time.",
        "We are unable to provide visa sponsorship for this role, so we cannot proceed.",
        "Unfortunately, we will not be able to invite you to the next round.",
    ],
)
def test_soft_english_decisions(sentence: str) -> None:
    body = f"Hi Alex,\n\nThank you for applying for the Analyst position at Acme.\n\n{sentence}\n\nBest,\nJane"
    v = verdict(body)
    assert v.is_rejection, v.reasons
    assert any(r.startswith(("decision frame:", "decision en.")) for r in v.reasons)


def test_every_decision_reason_cites_its_rule_and_quotes_the_match() -> None:
    v = verdict(REJECTION)
    decisions = [r for r in v.reasons if r.startswith("decision ")]
    assert decisions
    for reason in decisions:
        assert re.match(
            r'decision (frame:)?[a-z]{2}\.[\w-]+(\.[\w-]+)? ".+" \(\+[\d.]+\)$', reason
        ), reason


@pytest.mark.parametrize(
    "body",
    [
        # the applicant's own mail
        "Hi Jane,\n\nThank you for the update. I have decided to accept another offer, so I would "
        "like to withdraw my application for the Analyst role.\n\nBest,\nAlex",
        # a confirmation of the applicant's withdrawal
        "Hallo Alex,\n\nhiermit bestätigen wir, dass deine Bewerbung erfolgreich zurückgezogen "
        "wurde und nicht mehr im Auswahlverfahren berücksichtigt wird.\n\nViele Grüße",
        # a paper review, not a job
        "Dear Alex,\n\nWe have reached a decision regarding your submission to the Journal of "
        "Data Science. Unfortunately, your manuscript will not proceed to publication; the "
        "reviewers' comments are below.\n\nThe editors",
    ],
)
def test_gates_keep_non_rejections_out(body: str) -> None:
    v = verdict(body, subject="Re: Your submission")
    assert not v.is_rejection, v.reasons
