"""Issue 11, session 39 (branch gates44r): a template's furniture is neither a newsletter nor job words.

``bench/html_variants``' ``lang-*`` shapes re-send dev mail as HTML only with each language's own
template furniture ("chrome": a "view in browser" line above the mail; social links, app badges,
an unsubscribe line, legal notices and an address block below it), and verdicts changed: the
browser or unsubscribe line was weighed as a newsletter's, and a footer's "Ihr Team", "Careers"
or "Geschäftsführer:" as job words. A pack's ``[structure] chrome`` lists say which lines are
furniture (agent/classify/footers.py). Mail that says the same with and without furniture gets
the same verdict and the same evidence; list mail (List-Unsubscribe) still counts as a
newsletter, and job words above the furniture still count.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.classify import Verdict, classify
from agent.mail.parse import parse_bytes

from helpers import OWNER

ORG = "Acme <noreply@acme-group.example>"


def html_mail(
    subject: str, paragraphs: list[str], sender: str = ORG, headers: dict[str, str] | None = None
) -> Verdict:
    """An HTML-only mail, each paragraph a <p> (an ATS template's shape), classified."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = f"Alex Doe <{OWNER}>"
    msg["Subject"] = subject
    for key, value in (headers or {}).items():
        msg[key] = value
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    msg.set_content(f"<html><body>{body}</body></html>", subtype="html")
    return classify(parse_bytes(bytes(msg)), [OWNER])


# (lang, subject, the mail's own paragraphs, the browser line above them, the footer below)
REJECTIONS = [
    (
        "en",
        "Your application",
        [
            "Dear Alex,",
            "Thank you for your application. We have decided to move forward with "
            "other candidates.",
            "Kind regards,<br>Acme",
        ],
        "View this in your browser",
        [
            "Follow us on LinkedIn | Instagram",
            "Unsubscribe | Privacy policy | Terms of use",
            "© 2026 Acme Ltd, 1 Main Street, London",
        ],
    ),
    (
        "de",
        "Ihre Bewerbung",
        [
            "Hallo Alex,",
            "vielen Dank für Ihre Bewerbung. Wir haben uns für andere Bewerber entschieden.",
            "Mit freundlichen Grüßen<br>Acme",
        ],
        "E-Mail im Browser ansehen",
        [
            "Folgen Sie uns auf LinkedIn | Xing",
            "Abmelden | Datenschutz | Impressum",
            "© 2026 Acme GmbH · Musterstraße 1 · 10115 Berlin",
        ],
    ),
    (
        "fr",
        "Votre candidature",
        [
            "Bonjour Alex,",
            "Nous vous remercions pour votre candidature. Nous avons retenu une "
            "autre candidature que la vôtre.",
            "Cordialement,<br>Acme",
        ],
        "Voir la version en ligne",
        [
            "Suivez-nous sur LinkedIn",
            "Se désabonner | Mentions légales",
            "© 2026 Acme SAS, 10 rue de la Paix, 75002 Paris",
        ],
    ),
    (
        "es",
        "Tu candidatura",
        [
            "Hola Alex,",
            "Gracias por tu candidatura. Te informamos de que no continúas en el "
            "proceso de selección.",
            "Un saludo,<br>Acme",
        ],
        "Ver este correo en el navegador",
        [
            "Síguenos en LinkedIn",
            "Darse de baja | Política de privacidad | Aviso legal",
            "© 2026 Acme S.L., Calle Mayor 1, 28013 Madrid",
        ],
    ),
    (
        "nl",
        "Je sollicitatie",
        [
            "Beste Alex,",
            "Bedankt voor je sollicitatie. We hebben besloten om verder te gaan met "
            "een andere kandidaat.",
            "Met vriendelijke groet,<br>Acme",
        ],
        "Bekijk deze e-mail in je browser",
        [
            "Volg ons op LinkedIn",
            "Afmelden | Privacyverklaring",
            "© 2026 Acme B.V., Damrak 1, Amsterdam",
        ],
    ),
    (
        "it",
        "La tua candidatura",
        [
            "Ciao Alex,",
            "grazie per la tua candidatura. Abbiamo deciso di non procedere con la "
            "tua candidatura.",
            "Cordiali saluti,<br>Acme",
        ],
        "Visualizza questa e-mail nel browser",
        [
            "Seguici su LinkedIn",
            "Annulla iscrizione | Informativa privacy | Note legali",
            "© 2026 Acme S.r.l., Via Roma 1, Roma",
        ],
    ),
    (
        "pt",
        "Sua candidatura",
        [
            "Olá Alex,",
            "Agradecemos sua candidatura. Decidimos seguir com outros candidatos.",
            "Atenciosamente,<br>Acme",
        ],
        "Ver este e-mail no navegador",
        [
            "Siga-nos no LinkedIn",
            "Cancelar inscrição | Política de privacidade",
            "© 2026 Acme Ltda., Av. Paulista 1000, São Paulo",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "subject", "own", "top", "footer"), REJECTIONS)
def test_a_template_s_browser_and_unsubscribe_lines_weigh_nothing_in_mail_to_one_reader(
    lang: str, subject: str, own: list[str], top: str, footer: list[str]
) -> None:
    plain = html_mail(subject, own)
    dressed = html_mail(subject, [top, *own, *footer])
    assert plain.is_rejection, plain.reasons
    assert dressed.is_rejection, (lang, dressed.reasons)
    # the same evidence: the furniture is reported, never weighed
    assert dressed.reasons[0] == plain.reasons[0], dressed.reasons
    assert not any(r.startswith("newsletter ") for r in dressed.reasons), dressed.reasons
    assert any(r.startswith("template furniture of mail to one reader") for r in dressed.reasons)


@pytest.mark.parametrize(("lang", "subject", "own", "top", "footer"), REJECTIONS[2:4])
def test_list_mail_s_furniture_still_counts_as_a_newsletter_s(
    lang: str, subject: str, own: list[str], top: str, footer: list[str]
) -> None:
    """With List-Unsubscribe the mail is list mail: the header and the line both count."""
    listed = html_mail(
        subject, [top, *own, *footer], headers={"List-Unsubscribe": "<mailto:u@acme.example>"}
    )
    assert any(r.startswith(f"newsletter {lang}.newsletter.") for r in listed.reasons), (
        listed.reasons
    )
    assert not any(r.startswith("template furniture") for r in listed.reasons)


# (sender, subject, the mail's own paragraphs (no job word), its footer (job words only there))
NO_JOB_BUT_FOOTER = [
    (
        "ChefTreff <noreply@chef-treff.example>",
        "Dein Kochduell",
        [
            "Hallo Alex,",
            "danke für deine Anmeldung zum Kochduell. Leider können wir dir diesmal "
            "keinen Platz geben.",
            "Mit freundlichen Grüßen<br>Ihr Team",
        ],
        [
            "Abmelden | Datenschutz | Impressum",
            "© 2026 ChefTreff GmbH · Sitz der Gesellschaft: Berlin · Geschäftsführer: Max Mustermann",
        ],
    ),
    (
        "Chef Meet <noreply@chefmeet.example>",
        "Your cook-off",
        [
            "Hi Alex,",
            "Thanks for signing up for the cook-off. Sadly we could not offer you a "
            "spot this time.",
            "Best,<br>Chef Meet",
        ],
        [
            "Unsubscribe | Privacy policy | Careers | Press",
            "© 2026 Chef Meet Ltd · Jobs at Chef Meet",
        ],
    ),
]


@pytest.mark.parametrize(("sender", "subject", "own", "footer"), NO_JOB_BUT_FOOTER)
def test_job_words_on_a_footer_line_after_the_decision_are_no_job_context(
    sender: str, subject: str, own: list[str], footer: list[str]
) -> None:
    """A cook-off's place refused: the footer's "Ihr Team", "Geschäftsführer:", "Careers" and
    "Jobs at" are the template's, not what the mail is about."""
    v = html_mail(subject, [*own, *footer], sender=sender)
    assert not v.is_rejection, v.reasons
    assert "no job-application words (-3)" in v.reasons


def test_job_words_above_the_footer_still_count() -> None:
    """The same cook-off mail about a job: its own words name the post, the footer is the same."""
    sender, _subject, own, footer = NO_JOB_BUT_FOOTER[1]
    own = [
        own[0],
        "Thanks for applying for the sous chef position. Sadly we could not offer "
        "you the job this time.",
        own[2],
    ]
    v = html_mail("Sous chef", [*own, *footer], sender=sender)
    assert v.is_rejection, v.reasons


# Job alerts and newsletters dressed the same way, with refusal-like words: still no.
NEWSLETTERS = [
    (
        "en",
        "New jobs for you",
        "Unfortunately, no new jobs matched your saved search this week.",
        "Unsubscribe | Manage your email preferences",
    ),
    (
        "de",
        "Ihr Jobalarm",
        "Diese Stelle ist leider nicht mehr verfügbar. Ähnliche Jobs für Sie:",
        "Jobalarm abbestellen | Impressum",
    ),
    (
        "fr",
        "Alerte emploi",
        "Malheureusement, aucune nouvelle offre ne correspond à votre recherche cette semaine.",
        "Se désabonner | Mentions légales",
    ),
    (
        "es",
        "Alerta de empleo",
        "Esta oferta ya no está disponible. Te mostramos ofertas similares.",
        "Darse de baja | Política de privacidad",
    ),
    (
        "nl",
        "Vacature-alert",
        "Helaas zijn er deze week geen nieuwe vacatures die passen bij je zoekopdracht.",
        "Afmelden | Privacyverklaring",
    ),
    (
        "it",
        "Nuove offerte",
        "Purtroppo questa settimana non ci sono nuove offerte di lavoro per la tua ricerca.",
        "Annulla iscrizione | Informativa privacy",
    ),
    (
        "pt",
        "Alerta de vagas",
        "Esta vaga não está mais disponível. Veja vagas semelhantes.",
        "Cancelar inscrição | Política de privacidade",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence", "footer"), NEWSLETTERS)
def test_job_alerts_with_furniture_stay_no(
    lang: str, subject: str, sentence: str, footer: str
) -> None:
    v = html_mail(subject, [sentence, footer], sender="Jobs <alerts@jobboard.example>")
    assert not v.is_rejection, (lang, v.reasons)
