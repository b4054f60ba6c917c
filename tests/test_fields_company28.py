"""Where templates and sign-offs name the employer once (session 28, issue 11).

Why a file of its own: the held-out fields probes of pass 20 (``bench/probes/fields-*-{19,18,9,
11,5,4}.txt``) found the employer missed in an HTML-only template's logo (alt text) and its
footer's address line, behind dotted legal forms ("S.r.l.", "Lda.", "Co."), after "the hiring
team at", and under a group's address whose subject names its brand; and an agency's "après
échange avec eux" read as the reader's interview. Each with the look-alike the rule must leave
alone.
"""

from __future__ import annotations

from email.message import EmailMessage

from test_fields_senders import _verdict

from agent.classify import Verdict, classify
from agent.mail.parse import html_text_and_alts, parse_bytes

OWNER = "alex.doe@example.com"
NO_EN = "Unfortunately, we have decided not to move forward with your application."
NO_FR = "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."
NO_IT = "Purtroppo abbiamo deciso di proseguire con un altro candidato."
NO_DE = "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben."


def _html(sender: str, subject: str, markup: str) -> Verdict:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, OWNER, subject
    msg.set_content(markup, subtype="html")
    v = classify(parse_bytes(msg.as_bytes()), [OWNER])
    assert v.is_rejection, v.reasons
    return v


def test_alt_texts_are_kept_apart_from_the_text() -> None:
    """The alt is what a client with images off shows; the text the rules read stays as it was."""
    text, alts = html_text_and_alts(
        '<p><img src="l.png" alt="Boulangeries Paul"></p><p>Bonjour</p>'
        '<div style="display:none"><img alt="Hidden Co"></div><img src="t.gif" alt="">'
    )
    assert text == "Bonjour"
    assert alts == ("Boulangeries Paul",)


def test_a_logo_names_the_employer_of_an_html_only_template() -> None:
    body = f"<p>Hi Alex,</p><p>Thank you for applying. {NO_EN}</p><p>The Hiring Team</p>"
    logo = '<img src="https://cdn.example/99.png" alt="Cedar Creek Dental logo">'
    v = _html("Hiring Team <noreply@workablemail.com>", "Your application", logo + body)
    assert v.company == "Cedar Creek Dental"
    # Look-alikes: a social icon, a bare "Logo", the writer's own photo name nobody.
    for alt in ("Facebook", "Logo", "Dana Whitfield"):
        icon = f'<img src="https://cdn.example/i.png" alt="{alt}">'
        v = _html("Dana Whitfield <noreply@workablemail.com>", "Your application", icon + body)
        assert v.company is None, alt
    # Look-alike: under an employer's own address an image is its own, a button or an advert.
    ad = '<img src="https://ads.example/b.png" alt="Sunrise Travel Deals">'
    v = _html("Hiring <jobs@acme-bakery.example>", "Your application", ad + body)
    assert v.company == "Acme Bakery"


def test_a_footer_address_line_names_the_employer() -> None:
    body = (
        f"<p>Dear Alex,</p><p>Thank you for applying. {NO_EN}</p><p>Talent Acquisition</p>"
        '<p style="font-size:11px">Pinecrest Supply Co. | 400 Industrial Way | Dayton, OH'
        " 45402</p>"
    )
    v = _html("Careers <noreply@icims.com>", "Application status update", body)
    assert v.company == "Pinecrest Supply"
    body = (
        "Geachte heer Doe,\n\nHelaas moeten wij u laten weten dat wij u niet uitnodigen voor een"
        " gesprek.\n\nAfdeling HR\n\nZorggroep Oosterlengte | Postbus 12 | 9670 AA Winschoten\n"
    )
    v = _verdict("Sollicitaties <noreply@ubeeo.nl>", "Uw sollicitatie als Verpleegkundige", body)
    assert v.company == "Zorggroep Oosterlengte"
    # Look-alike: a phone and fax line is no address; it names nobody.
    body = f"Dear Alex,\n\n{NO_EN}\n\nTalent Acquisition\n\nTel. 0800 1234 | Fax 0800 5678\n"
    v = _verdict("Careers <noreply@icims.com>", "Application status update", body)
    assert v.company is None


def test_a_dotted_legal_form_ends_the_signed_name() -> None:
    body = (
        f"Gentile Alex,\n\ngrazie per il colloquio. {NO_IT}\n\nCordiali saluti,\n\nMarco Bianchi\n"
        "Responsabile del personale\nTrasporti Rossi S.r.l.\n"
    )
    v = _verdict("Marco Bianchi <marco.bianchi.hr@gmail.com>", "Esito colloquio", body)
    assert v.company == "Trasporti Rossi"
    # Look-alike: the title line alone under the name names no employer.
    body = body.replace("Trasporti Rossi S.r.l.\n", "")
    v = _verdict("Marco Bianchi <marco.bianchi.hr@gmail.com>", "Esito colloquio", body)
    assert v.company is None


def test_the_hiring_team_at_names_the_employer() -> None:
    body = (
        "Hi Alex,\n\nI'm writing on behalf of the hiring team at Lumen Robotics. Thank you for"
        f" your interest in the Firmware Engineer position. {NO_EN}\n\nRecruiting Team\n"
    )
    v = _verdict("Recruiting <notifications@ashbyhq.com>", "Update on your application", body)
    assert v.company == "Lumen Robotics"


def test_a_groups_address_yields_to_the_brand_its_subject_names() -> None:
    body = f"Hallo Alex,\n\n{NO_DE}\n\nViele Grüße\nIhr Kaufland Recruiting-Team\n"
    sender = "Karriere Schwarz Gruppe <karriere@schwarz-gruppe.example>"
    assert _verdict(sender, "Ihre Bewerbung bei Kaufland", body).company == "Kaufland"
    # Look-alike: with no brand in the subject the group stays the employer.
    body = f"Hallo Alex,\n\n{NO_DE}\n\nViele Grüße\nIhr Recruiting-Team\n"
    assert _verdict(sender, "Ihre Bewerbung", body).company == "Schwarz Gruppe"


def test_an_agencys_talk_with_its_client_is_no_interview() -> None:
    def stage(talk: str) -> str | None:
        body = (
            f"Bonjour Alex,\n\nJe reviens vers vous concernant le poste de Responsable logistique."
            f" {talk}, ils ont décidé de ne pas donner suite à votre candidature.\n\nJulie\n"
        )
        return _verdict("Julie <j@talentia.example>", "Retour", body).stage

    assert stage("Après échange avec eux") == "application"
    assert stage("Après échange en interne") == "application"
    assert stage("Suite à notre échange de mardi") == "interview"  # the look-alike


def test_a_boards_update_from_the_employer_and_an_agency_signing_by_its_kind() -> None:
    """Dev's inbox-en-013 ("An update on your application from X" under Indeed's no-reply) and
    weplacm-en ("X Headhunting Agency" signing from free mail)."""
    body = f"Dear Alex,\n\nThank you for applying for the Data Analyst position. {NO_EN}\n"
    v = _verdict(
        "Hawkline <noreply@indeed.com>", "An update on your application from Hawkline", body
    )
    assert v.company == "Hawkline"
    # Look-alike: the board's own update names no employer.
    v = _verdict("Indeed <noreply@indeed.com>", "An update on your application from Indeed", body)
    assert v.company is None
    body = f"Dear Alex,\n\n{NO_EN}\n\nYours sincerely,\nQuillon Headhunting Agency\n"
    v = _verdict("recruiting.quillon@gmail.com", "Your application as Technical Writer", body)
    assert v.company is not None and v.company.startswith("Quillon")


def test_a_french_chez_left_in_a_translated_template_names_the_employer() -> None:
    """A board's it/pt templates keep "chez" (dev actoos-it, actoos-pt); so may its others."""
    sender = "Stellenwerk Jobs <noreply@stellenwerk.example>"
    body = (
        "Hallo Alex Doe,\n\nIhre Bewerbung für Lagerist chez Müller Logistik wurde leider"
        " abgelehnt.\n\nStellenwerk Jobs – Alle Rechte vorbehalten\n"
    )
    v = _verdict(sender, "Ihre Bewerbung für Lagerist wurde aktualisiert", body)
    assert (v.company, v.role) == ("Müller Logistik", "Lagerist")
    body = (
        "Hello Alex Doe,\n\nYour application for Warehouse Operative chez Northgate Foods has"
        " been rejected.\n\nStellenwerk Jobs – All rights reserved\n"
    )
    v = _verdict(sender, "Your application has been updated", body)
    assert v.company == "Northgate Foods"
    # Look-alike: "chez" outside an application's sentence names nobody.
    body = (
        "Hello Alex Doe,\n\nWe are sorry: your application has been rejected. Dinner chez Marcel"
        " Dupont was lovely.\n\nStellenwerk Jobs – All rights reserved\n"
    )
    assert _verdict(sender, "Your application has been updated", body).company == "Stellenwerk"


def test_a_writers_own_address_line_names_no_employer() -> None:
    """ "Jane Doe | Talent Partner | 10115 Berlin" is the writer's line, not a template footer."""
    for line in (
        "Jana Vogt | Talent Partner | 10115 Berlin",
        "Jana Vogt | Hauptstr. 5 | 10115 Berlin",
    ):
        body = f"Hallo Alex,\n\n{NO_DE}\n\nViele Grüße\n\n{line}\n"
        v = _verdict("Jana Vogt <jana.vogt@gmail.com>", "Ihre Bewerbung", body)
        assert v.company is None, line
        assert v.contact_name == "Jana Vogt"
