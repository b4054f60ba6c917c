"""Recipes for session 37's sources46 (issue 11): French mail of an Algerian trade-fair
organiser's exhibitor portal and of a West African certifying-training aggregator, and German
mail of a staff leave-request tool and of a venue-booking marketplace, and French mail of a
Moroccan student recruitment platform and of an HR suite's notification service, and German
mail of an animal-shelter network.

FFP Events (mouayed-keziz/ffp-events, the exhibitor and visitor portal of FFP Events, an
Algerian trade-fair organiser, ffp-events.com; Laravel, MIT in ``composer.json``): the mail
an exhibitor company gets about its registration for a fair, each Mailable's view under
``resources/views/mails/exhibitor/`` filled from the French catalogue
``lang/fr/emails/<view>.php`` (``__('emails/<view>.key', [...])``, ``:name`` filled), its
subject the catalogue's ``subject`` as the Mailable's ``Envelope`` gives it: the
registration being examined ("Nous avons bien reçu votre candidature et elle est
actuellement en cours de traitement", a receipt: ``other``), refused with the organiser's
reason ("Après examen, nous ne pouvons pas valider votre inscription au ...", twice, with two
reasons of ours), accepted pending payment (``other``), and the request to edit a
submission refused ("Nous regrettons de vous informer que votre demande de modification ...
a été refusée"). Refusals and a receipt that are not about a job (``not_a_job``, ``other``):
the words of a refused application ("candidature", "refusée", "Motif du refus") about a
stand at a fair. Left out: the payment mails (their views compute the proof's upload date in
``@php`` and read a payment slice), the badge mail and the mail to administrators. Ours: the
fairs, dates, places, the exhibitor's contact name (``$exhibitor->name``), the reasons, the
site's address (``APP_URL`` is localhost in ``.env.example``) and the sender
(``MAIL_FROM_ADDRESS`` is hello@example.com there; ``MAIL_FROM_NAME`` is the app's name,
FFP-EVENTS).

ULLA (mxmueller/ULLA, "Urlaubsverwaltungs- & Antragsstellungsapplikation", a German
leave-request tool; Laravel Markdown mail, du-form): the employee's three mails about a
holiday request, each Mailable's ``build()`` giving the subject and the view under
``laravel/resources/views/request/mails/creator/``: submitted ("Bald geht's in Urlaub!"),
granted (its calendar buttons) and refused ("Antrag Abgelehnt", "Dein Urlaubsantrag mit der
Id: #N wurde abgelehnt"): a refusal by one's own employer that is not about a job
application (``not_a_job``) beside two ``other``. Left out: the mails to the manager and to
accounting. Ours: the app's name (``APP_NAME`` defaults to "Laravel"; the README names the
tool ULLA), its address and sender (``MAIL_FROM_*`` default to hello@example.com), the
request numbers and links. The button's ``'color' => 'red'`` is read with its URL (Laravel's
colour is a CSS class of the button; the layout here has one style).

FORGES (Flinguee75/forges-v2, "Plateforme de formations certifiantes", a training aggregator
billing in FCFA; Node/TypeScript, ``forges-monorepo/backend``): the mail to a learner about
the application file ("dossier") for a training session, as ``EmailService.loadTemplate``
builds it: the HTML template ``src/templates/<name>.html``, the French catalogue
``src/locales/fr/emails.json`` (the ``common`` strings and the template's own as ``t_<key>``,
then the call's variables, each ``{{key}}`` replaced in that order, so a translation's own
``{{formation_intitule}}`` is filled by the variable after it), the subject the catalogue's;
HTML only (``sendEmail`` gets no text): the file accepted with its payment deadline
(``other``), refused with the reason ("nous sommes au regret de vous informer que votre
candidature n'a pas été retenue pour cette session", twice, two reasons of ours) and
cancelled when the payment deadline passed ("Votre candidature a été annulée"): refusals of a
place in a course (``not_a_job``). Left out: the payment reminder and receipt, the partner's
and referrer's commission mails and the administrators' alerts. Ours: the learner's trainings,
sessions, reasons, deadline, the site (``FRONTEND_URL``; forges.local by default) and the
sender's address (``EMAIL_FROM``; its display name "FORGES AGRÉGATEUR" is the code's); the
payment delay is ``DELAI_PAIEMENT_H``'s 72 hours.

JobPlatform.GN (TAD224/job-back, a Guinean job board's Spring backend, package
``com.odc.plateforme_emploi``): the candidate's mail from ``service/EmailService.java``, sent
by ``CandidatureService`` when a recruiter accepts or refuses an application, HTML through
Brevo's API (no text part): the subject and the three values the template takes from the
``accepte`` ternaries, the Java text block filled by its ``.formatted(...)`` arguments: the
application retained ("a été retenue par le recruteur. Celui-ci reviendra vers vous
prochainement pour la suite du processus": ``moving_forward``) and refused ("Après étude de
votre profil, le recruteur a choisi de ne pas donner suite à votre candidature pour ce
poste", twice: ``rejection``, stage ``application``, the company and post the template names),
and the account activation (``other``). Left out: the recruiter's new-application notice.
Ours: the offers and employers, the token, the site (``FRONTEND_URL``; localhost by default)
and the sender's address (``MAIL_FROM`` defaults to a developer's Gmail; the display name
``MAIL_FROM_NAME`` is JobPlatform.GN; the admin address's domain is jobplatform.gn).

Zipcube (CDacres/DemoMasterRepo, the demo monorepo of Zipcube, a meeting-room and venue
booking marketplace; its Laravel ``data`` subrepo, cloned at 6a95e9af): the client's mail
about a booking request, as ``EmailHelper::sendMail`` sends it: the view
``emails/reservation/<name>/v1/<lang>.php`` (PHP ``echo``s of ``CommHelper``'s variables)
inside the layout ``emails/template/v1/<lang>.php`` (its ``$view``), the subject from
``lang/<lang>/emails/reservation/<name>/v1.php``, in German and French: the request sent
(``other``; a first booking's, whose 'token' action shows the set-a-password button),
declined by the venue ("Tut uns leid! Ihre Reservierungsanfrage wurde abgelehnt" /
"Désolé! Votre demande de réservation a été déclinée"), expired without an answer and
cancelled by the host (``not_a_job``: refusals of a room, no job), and granted (``other``).
``CommHelper`` sets ``comment`` to '' (the venue's message line stays empty, as sent);
``domain`` is the locale's two-letter domain code the layout's links append to
https://www.zipcube.com/. Left out: the host's and administrators' mails. Ours: venues,
rooms, dates, prices, the host, links and tokens; the sender is ``config/mail.php``'s default
("The Zipcube Team", info@zipcube.com).

FSM recruitment (NadaMesbah/Recrutement-Project, a Java EE recruitment platform, package
``com.fsm``): the applicant's mail from ``controller/AdminPostulationServlet.java``, plain text
through ``util/EmailUtil``'s Gmail session (its address is redacted in the code: ours): the
application accepted (``moving_forward``), refused ("Nous avons le regret de vous informer que
votre candidature pour le poste de X a été refusée", subject "Postulation refusée", twice:
``rejection``, stage ``application``), the interview scheduled with its date, time and place
(``interview_invitation``), and the interview's outcome: hired (``offer``) or not ("Nous vous
remercions d'avoir passé l'entretien ... Malheureusement, nous avons décidé de ne pas donner
suite à votre candidature": ``rejection``, stage ``interview``); each subject and body read
from the method's Java concatenation (the outcome's two branches in order). The mails name
the post, never the employer (company ``n/a``). Ours: posts, interview dates and places, the
sender.

WorkHub (ENSA-GI/workhub, an HR suite built by engineering students of an ENSA, its Spring
notification service; no snapshot could be fetched: three files read with ``read_file`` and
stored as plain files ``ENSA-GI+workhub/<path>`` by /work/notes/s37/sources46/save_plain.py:
``services/notification-service/src/main/java/com/workhub/notification/kafka/
RecruitmentEventConsumer.java`` at b67b428a, ``.../kafka/LeaveEventConsumer.java`` and
``.../service/EmailTemplateService.java`` at 06802730): the candidate's recruitment
notices, plain text with the notice's title as subject ("Mise à jour de votre candidature":
"Malheureusement, votre candidature pour le poste "X" n'a pas été retenue", twice:
``rejection``, stage ``application``, no employer named; the interview planned,
``interview_invitation``; "Candidature retenue" for the HIRED event, ``offer``), and an
employee's leave request approved (``other``) or refused ("Demande de congé refusée", the
HTML ``EmailTemplateService`` builds with a ``StringBuilder``, its reason block shown when the
reviewer wrote one: ``not_a_job``, the employer refusing leave), from the leave consumer's
``rh@workhub.com``. The code greets the employee and names the reviewer by their national
identity card number (``getCin()``, "a temporary identifier"), as sent. Ours: posts, dates,
time slot, leave type, the numbers, the reason and the recruitment sender (``spring.mail.
username`` is configuration; the service's leave address is used).

Dezentrales Tierheim (HeiligeMeier/dezentralesTierheim, a decentralised animal-shelter
network's workflow platform, SpiffWorkflow with a Quarkus/Camel mail route; German): the
messages ``routes/Route.java``'s ``setMailByMessageType`` writes (sender, subject, body; the
route hands each ``MailDto`` on as XML for delivery), plain text: a foster home asked to take
an animal and told of an interested adopter (``other``), the owner told the shelter cannot
take the animal in ("wir bedauern es sehr, Ihnen mitteilen zu müssen, dass wir Ihr Tier
zurzeit leider nicht aufnehmen können"), a foster home told the intake was called off
("leider müssen wir Ihnen mitteilen, dass wir das Tier ... nicht aufnehmen werden"), and an
adoption request refused twice ("Absage der Adoptionsanfrage": the animal already adopted; the
request not confirmed): refusals in the words of a job refusal about animals and volunteers
(``not_a_job``). The code joins "das Tier" and the name without a space and names the
adopted animal by its id; both kept as sent. Ours: the animal, the people's names (the
recipient's is ours), addresses and ids; the sender is the code's (tierheim@gmail.com)."""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Callable, Iterator

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url
from .sources_laravel import render_blade
from .sources_suites15b import _java_method, _java_string
from .sources_suites29 import _java_concat
from .sources_suites35 import _lang_values, _laravel_lang, _text_part
from .sources_suites45 import _build_mail, _markdown_html
from .sources_trackers import _spec
from .templating import fill_exact

FFP = "mouayed-keziz/ffp-events"
FFP_COMMIT = "baa143352724522466a4386de803a6499eb6b11f"
FFP_VIEWS = "resources/views/mails/exhibitor"
# (view, category, the organiser's reason for a refusal (ours) or None)
FFP_MAILS = (
    ("exhibitor-submission-processing", "other", None),
    (
        "exhibitor-submission-rejected",
        "not_a_job",
        "Le secteur d'activité déclaré ne correspond pas à la thématique du salon.",
    ),
    ("exhibitor-event-registration-accepted", "other", None),
    (
        "exhibitor-submission-rejected",
        "not_a_job",
        "Toutes les surfaces d'exposition du pavillon demandé sont déjà attribuées.",
    ),
    ("exhibitor-edit-submission-request-rejected", "not_a_job", None),
)
# Ours: the fairs (title, slug, dates, place), the site and the sender.
FFP_EVENTS = (
    (
        "Salon International de l'Agroalimentaire 2025",
        "salon-agroalimentaire-2025",
        ("14/10/2025", "17 octobre 2025"),
        "Palais des Expositions, Pins Maritimes, Alger",
    ),
    (
        "Salon International du Bâtiment et des Travaux Publics",
        "foire-btp-2025",
        ("02/12/2025", "5 décembre 2025"),
        "Centre des Conventions, Oran",
    ),
)
FFP_URL = "https://ffp-events.com"
FFP_SENDER = ("FFP-EVENTS", "noreply@ffp-events.com")


def _look_alike(
    unit: str,
    url: str,
    category: str,
    subject: str,
    html: str,
    sender: tuple[str, str],
    fmt: str,
    noreply: bool = True,
) -> Spec:
    """A mail that is not about a job application: no company or role labels, its text part
    derived from the HTML."""
    return _spec(
        unit,
        url,
        category,
        subject=subject,
        text=_text_part(html),
        html=html,
        company="n/a",
        role="n/a",
        sender=sender,
        noreply=noreply,
        fmt=fmt,
    )


def _blade_escape(text: str) -> str:
    """What Blade's ``{{ }}`` (``htmlspecialchars`` with ``ENT_QUOTES``) prints."""
    return html_lib.escape(text, quote=False).replace('"', "&quot;").replace("'", "&#039;")


def _ffp_html(blade: str, value: Callable[[str], str]) -> str:
    """A view's HTML: ``{!! expr !!}`` printed as it is, ``{{ expr }}`` escaped."""
    raw = re.sub(r"(?s)\{!!\s*(.*?)\s*!!\}", lambda m: value(m.group(1)), blade)
    body = render_blade(raw, lambda expr: _blade_escape(value(expr))).strip()
    return f"<html><body>{body}</body></html>"


def ffpevents(snap: Snapshot) -> Iterator[Spec]:
    """Each exhibitor view with its French catalogue, ``{!! !!}`` unescaped and ``{{ }}``
    escaped as Blade prints them; HTML only, as a Mailable with a view sends it."""
    unit = "ffpevents/fr"
    for n, (view, category, reason) in enumerate(FFP_MAILS):
        title, slug, (start, _), location = FFP_EVENTS[(n // 2) % len(FFP_EVENTS)]
        group = f"emails/{view}"
        catalogue = _laravel_lang(snap.read(FFP, FFP_COMMIT, f"lang/fr/{group}.php"))
        path = f"{FFP_VIEWS}/{view}.blade.php"
        values = {
            "$exhibitor->name": OWNER[0],
            "$event->title": title,
            # ``_lang_values`` splits an argument at its comma: the translated title's call.
            "$event->getTranslation('title'": title,
            "$event->formatted_date": start,
            "$event->start_date->format('d/m/Y')": start,
            "$event->location": location,
            "$submission->rejection_reason": reason or "",
            "route('event_details', ['slug' => $event->slug])": f"{FFP_URL}/evenement/{slug}",
            "route('upload_payment_proof', ['slug' => $event->slug])": (
                f"{FFP_URL}/evenement/{slug}/telecharger-preuve-paiement"
            ),
            "$direction ?? 'ltr'": "ltr",
            "$locale": "fr",
        }
        html = _ffp_html(snap.read(FFP, FFP_COMMIT, path), _lang_values(catalogue, group, values))
        subject = re.sub(r":event_name", title, catalogue["subject"])
        yield _look_alike(
            unit, blob_url(FFP, FFP_COMMIT, path), category, subject, html, FFP_SENDER, "html_only"
        )


ULLA = "mxmueller/ULLA"
ULLA_COMMIT = "c99e9d648357c8cafd20d7746184e6219c0ebfc8"
ULLA_DIR = "laravel"
# (Mailable, category): the employee's own holiday request, submitted, granted, refused.
ULLA_MAILS = (
    ("CreationMailCreator", "other"),
    ("GrantedMailCreator", "other"),
    ("RejectedMailCreator", "not_a_job"),
)
# Ours: the app's name and address, the sender, the request numbers.
ULLA_APP = ("ULLA", "https://ulla.mueller-logistik.de")
ULLA_SENDER = ("ULLA", "noreply@mueller-logistik.de")


def ulla(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's Markdown view filled, subject from ``build()``, in Laravel's default
    layout; HTML with its text part."""
    unit = "ulla/de"
    app, url = ULLA_APP
    first = OWNER[0].split()[0]
    for n, (mailable, category) in enumerate(ULLA_MAILS):
        subject, _, view = _build_mail(
            snap.read(ULLA, ULLA_COMMIT, f"{ULLA_DIR}/app/Mail/Request/{mailable}.php")
        )
        path = f"{ULLA_DIR}/resources/views/{view.replace('.', '/')}.blade.php"
        request = str(212 + 7 * n)
        link = f"{url}/request/{request}"
        values = {
            "$recipient": first,
            "$creator": first,
            "$requestId": request,
            "$link": link,
            "$detailLink": link,
            "$ics, 'color' => 'red'": f"{url}/request/{request}/ics",
            "$google, 'color' => 'red'": (
                f"https://calendar.google.com/calendar/render?action=TEMPLATE&text=Urlaub%20{request}"
            ),
        }
        html = _markdown_html(snap.read(ULLA, ULLA_COMMIT, path), values, app, url)
        yield _look_alike(
            unit, blob_url(ULLA, ULLA_COMMIT, path), category, subject, html, ULLA_SENDER, "html"
        )


FORGES = "Flinguee75/forges-v2"
FORGES_COMMIT = "91d1e4c2ad046ff7b4a09362ac9f7964b9ace1be"
FORGES_DIR = "forges-monorepo/backend/src"
# (template, category, reason (ours) or None): the learner's application file for a session.
FORGES_MAILS = (
    ("dossier-retenu", "other", None),
    (
        "dossier-rejete",
        "not_a_job",
        "Prérequis non satisfaits : un Bac+2 en comptabilité ou en gestion est exigé.",
    ),
    ("dossier-rejete", "not_a_job", "Le nombre maximal de participants de la session est atteint."),
    ("dossier-annule", "not_a_job", "Délai de paiement expiré."),
)
# ``common`` strings in the order ``loadTemplate`` lists them (then the template's own keys).
FORGES_COMMON = (
    "platform_name",
    "platform_tagline",
    "greeting",
    "regards",
    "team_signature",
    "footer_copyright",
    "footer_visit_site",
    "footer_support",
    "contact_us",
)
# Ours: trainings and sessions, the site, the sender's address.
FORGES_TRAININGS = (
    ("Sécurité des systèmes d'information — niveau 1", "03/11/2025", "28/11/2025"),
    ("Comptabilité SYSCOHADA révisé", "12/01/2026", "06/02/2026"),
)
FORGES_URL = "https://forges.ci"
FORGES_SENDER = ("FORGES AGRÉGATEUR", "contact@forges.ci")


def _forges_mail(
    template: str, catalogue: dict[str, dict[str, str]], name: str, variables: dict[str, str]
) -> tuple[str, str]:
    """(subject, HTML) as ``loadTemplate`` makes them: ``lang``, the common strings and the
    template's own as ``t_<key>``, then the variables; a translation's own placeholders are
    filled by the variables that follow it, and a placeholder without a value raises."""
    own = catalogue[name]
    strings = {"lang": "fr"}
    strings.update({f"t_{k}": catalogue["common"][k] for k in FORGES_COMMON})
    strings.update({f"t_{k}": v for k, v in own.items() if k != "subject"})
    filled = {k: fill_exact(v, r"\{\{(\w+)\}\}", variables) for k, v in strings.items()}
    values = {**filled, **variables}
    pattern = r"\{\{(\w+)\}\}"
    return fill_exact(own["subject"], pattern, values), fill_exact(template, pattern, values)


def forges(snap: Snapshot) -> Iterator[Spec]:
    """Each template filled as ``sendDossierRetenu``/``Rejete``/``Annule`` call
    ``loadTemplate``; HTML only."""
    unit = "forges/fr"
    catalogue = json.loads(snap.read(FORGES, FORGES_COMMIT, f"{FORGES_DIR}/locales/fr/emails.json"))
    for n, (name, category, reason) in enumerate(FORGES_MAILS):
        path = f"{FORGES_DIR}/templates/{name}.html"
        training, start, end = FORGES_TRAININGS[n % len(FORGES_TRAININGS)]
        variables = {
            "nom_apprenant": OWNER[0],
            "formation_intitule": training,
            "date_debut": start,
            "date_fin": end,
            "delai_expiration": "17/10/2025 23:59",
            "delai_paiement_heures": "72",
            "lien_paiement": f"{FORGES_URL}/paiement/{4108 + n}",
            "motif_refus": reason or "",
            "motif_annulation": reason or "",
            "catalogue_url": f"{FORGES_URL}/catalogue",
            "site_url": FORGES_URL,
            "support_email": FORGES_SENDER[1],
        }
        subject, html = _forges_mail(
            snap.read(FORGES, FORGES_COMMIT, path), catalogue, name, variables
        )
        yield _look_alike(
            unit,
            blob_url(FORGES, FORGES_COMMIT, path),
            category,
            subject,
            html,
            FORGES_SENDER,
            "html_only",
            noreply=False,
        )


JOBGN = "TAD224/job-back"
JOBGN_COMMIT = "fb35ba216dffd9abd824712c5f48b4001d4eb681"
JOBGN_PATH = "src/main/java/com/odc/plateforme_emploi/service/EmailService.java"
# (category, accepte) of each status mail; the activation mail follows them.
JOBGN_STATUS = (("moving_forward", True), ("rejection", False), ("rejection", False))
# Ours: offers and employers, the site, the sender's address, the activation token.
JOBGN_OFFERS = (
    ("Comptable senior", "Banque Populaire de Conakry"),
    ("Chargée de clientèle", "Guinée Télécom Services"),
    ("Ingénieur réseaux et télécoms", "Société Minière de Kindia"),
)
JOBGN_URL = "https://jobplatform.gn"
JOBGN_SENDER = ("JobPlatform.GN", "no-reply@jobplatform.gn")


def _java_ternary(method: str, name: str, flag: bool, values: dict[str, str]) -> str:
    """``String name = accepte ? a : b;``: the branch ``flag`` picks, evaluated as a Java
    concatenation (the split is at the ``?`` and ``:`` outside string literals)."""
    m = re.search(rf"String {name} = accepte\s*(.*?);\n", method, re.S)
    if m is None:
        raise ValueError(f"no ternary {name}")
    parts: list[str] = [""]
    for token in re.findall(r'"(?:[^"\\]|\\.)*"|[?:]|[^"?:]+', m.group(1)):
        if token in "?:" and token:
            parts.append("")
        else:
            parts[-1] += token
    if len(parts) != 3 or parts[0].strip():
        raise ValueError(f"not a plain ternary: {name}")
    return _java_concat(parts[1] if flag else parts[2], values)


def _java_text_block(method: str, values: dict[str, str]) -> str:
    """A method's text block filled as ``.formatted(args)`` fills it (``%s`` in turn, ``%%``)."""
    args = re.search(r"\.formatted\((.*?)\);", method, re.S)
    if args is None:
        raise ValueError("no formatted text block")
    return _java_string(method) % tuple(values[a.strip()] for a in args.group(1).split(","))


def jobgn(snap: Snapshot) -> Iterator[Spec]:
    """The status mails as ``envoyerNotificationChangementStatut`` builds them, then the
    activation mail; HTML only, as Brevo's API gets ``htmlContent``."""
    unit = "jobgn/fr"
    source = snap.read(JOBGN, JOBGN_COMMIT, JOBGN_PATH)
    url = blob_url(JOBGN, JOBGN_COMMIT, JOBGN_PATH)
    first = OWNER[0].split()[0]
    status = _java_method(source, "envoyerNotificationChangementStatut", False)
    template = _java_method(source, "construireTemplateChangementStatut", False)
    for n, (category, accepted) in enumerate(JOBGN_STATUS):
        post, employer = JOBGN_OFFERS[n]
        values = {"titreOffre": post, "entreprise": employer, "prenomCandidat": first}
        values.update(
            {k: _java_ternary(template, k, accepted, values) for k in ("couleur", "titre", "corps")}
        )
        values["lienCandidatures"] = f"{JOBGN_URL}/mes-candidatures"
        html = _java_text_block(template, values)
        yield _spec(
            unit,
            url,
            category,
            subject=_java_ternary(status, "sujet", accepted, values),
            text=_text_part(html),
            html=html,
            company=employer,
            role=post,
            labels_on_rejection=True,
            sender=JOBGN_SENDER,
            noreply=True,
            fmt="html_only",
        )
    activation = _java_method(source, "construireTemplateActivation", False)
    link = f"{JOBGN_URL}/activation?token=9f1c2e7a-5b4d-4e08-a3c6-2d7e91b0f4aa"
    subject = re.search(
        r'String sujet = "([^"]+)";', _java_method(source, "envoyerEmailActivation", False)
    )
    if subject is None:
        raise ValueError("no activation subject")
    yield _look_alike(
        unit,
        url,
        "other",
        subject.group(1),
        _java_text_block(activation, {"prenom": first, "lienActivation": link}),
        JOBGN_SENDER,
        "html_only",
    )


ZIPCUBE = "CDacres/DemoMasterRepo"
ZIPCUBE_COMMIT = "6a95e9afe62572e43995d9e05d3ec36fea63565d"
ZIPCUBE_DIR = "data/resources"
# (view, category): the client's booking request sent, declined, expired, cancelled, granted.
ZIPCUBE_MAILS = (
    ("client_notification", "other"),
    ("client_declined", "not_a_job"),
    ("client_expire", "not_a_job"),
    ("client_cancelbyhost", "not_a_job"),
    ("client_granted", "other"),
)
# Ours, per language: venue, room, address, host, dates and times, price.
ZIPCUBE_VALUES = {
    "de": {
        "$venue_name": "Spreespeicher Konferenzzentrum",
        "$room_name": "Raum Oberbaum",
        "$venue_address": "Stralauer Allee 2, 10245 Berlin",
        "$checkin": "Donnerstag, 14. März 2019",
        "$checkout": "Donnerstag, 14. März 2019",
        "$roomconf": "U-Form",
        "$currency_price": "€",
        "$market_price": "540,00",
    },
    "fr": {
        "$venue_name": "Les Ateliers du Canal",
        "$room_name": "Salle Verrière",
        "$venue_address": "12 quai de la Loire, 75019 Paris",
        "$checkin": "jeudi 14 mars 2019",
        "$checkout": "jeudi 14 mars 2019",
        "$roomconf": "En U",
        "$currency_price": "€",
        "$market_price": "480,00",
    },
}
ZIPCUBE_SENDER = ("The Zipcube Team", "info@zipcube.com")


def _php_brace_branch(source: str, condition: str, taken: bool) -> str:
    """``<?php if (condition) { ?>A<?php } else { ?>B<?php } ?>`` (not nested) as the branch
    ``taken`` picks; a view without that block is returned unchanged."""
    block = re.compile(
        rf"(?s)<\?php\s*if \({re.escape(condition)}\)\s*\{{\s*\?>(.*?)"
        r"<\?php\s*\}\s*else\s*\{\s*\?>(.*?)<\?php\s*\}\s*\?>"
    )
    return block.sub(lambda m: m.group(1) if taken else m.group(2), source)


def zipcube(snap: Snapshot) -> Iterator[Spec]:
    """Each client view in its language's layout, every ``<?php echo expr;?>`` filled by its
    exact expression (an unknown one raises); HTML only, as ``Mailer::send`` sends a view."""
    echo = r"<\?php\s+echo\s+(.*?);\s*\?>"
    first = OWNER[0].split()[0]
    for lang, own in ZIPCUBE_VALUES.items():
        unit = f"zipcube/{lang}"
        layout = snap.read(
            ZIPCUBE, ZIPCUBE_COMMIT, f"{ZIPCUBE_DIR}/views/emails/template/v1/{lang}.php"
        )
        for n, (name, category) in enumerate(ZIPCUBE_MAILS):
            subject = re.search(
                r"'subject' => '((?:[^'\\]|\\.)*)'",
                snap.read(
                    ZIPCUBE,
                    ZIPCUBE_COMMIT,
                    f"{ZIPCUBE_DIR}/lang/{lang}/emails/reservation/{name}/v1.php",
                ),
            )
            if subject is None:
                raise ValueError(f"no subject for {name}")
            title = subject.group(1).replace("\\'", "'")
            analytics = f"?source=zipcube&medium=email&type=sys&detail={title}"
            site = f"https://www.zipcube.com/{lang}"
            values = {
                **own,
                "$client_fname": first,
                "$comment": "",
                "$comments": "",
                "$domain": lang,
                "$analytics_str": analytics,
                "$domain . $analytics_str": lang + analytics,
                "$host_name": "Katrin" if lang == "de" else "Camille",
                "$time_in": "09:00",
                "$time_out": "17:00",
                "$no_guest": "12",
                "$addons": "",
                "$venue_phone": "+49 30 1208 4470" if lang == "de" else "+33 1 42 05 18 60",
                "$venue_email": "events@example-venue.com",
                "$venue_address_extras": "",
                "$venue_transport": "",
                "$set_password_link": f"{site}/set-new-password?token=c81f3a9e{n}",
                "$message_request_link . $analytics_str": (
                    f"{site}/dashboard/message_request/{30417 + n}{analytics}"
                ),
                'date("Y")': "2019",
            }
            path = f"{ZIPCUBE_DIR}/views/emails/reservation/{name}/v1/{lang}.php"
            # A first booking: ``CommHelper`` passes the action 'token' (set a password).
            source = _php_brace_branch(
                snap.read(ZIPCUBE, ZIPCUBE_COMMIT, path),
                "isset($action) && $action == 'token'",
                True,
            )
            view = fill_exact(source, echo, values)
            html = fill_exact(layout, echo, {**values, "$view": view})
            yield _look_alike(
                unit,
                blob_url(ZIPCUBE, ZIPCUBE_COMMIT, path),
                category,
                title,
                html,
                ZIPCUBE_SENDER,
                "html_only",
                noreply=False,
            )


FSM = "NadaMesbah/Recrutement-Project"
FSM_COMMIT = "8f78b939fdfbc917df09476f2a098430cf512f53"
FSM_PATH = "src/main/java/com/fsm/controller/AdminPostulationServlet.java"
# (method, branch of its subject/body assignments, category, stage)
FSM_MAILS = (
    ("sendAcceptanceEmail", 0, "moving_forward", None),
    ("sendCancellationEmail", 0, "rejection", "application"),
    ("sendInterviewScheduledEmail", 0, "interview_invitation", None),
    ("sendCancellationEmail", 0, "rejection", "application"),
    ("sendInterviewOutcomeEmail", 0, "offer", None),
    ("sendInterviewOutcomeEmail", 1, "rejection", "interview"),
)
# Ours: the posts, the interview, the sender (``EmailUtil``'s Gmail user is redacted).
FSM_POSTS = (
    "Développeur Java EE junior",
    "Assistante ressources humaines",
    "Technicien support informatique",
)
FSM_SENDER = ("", "recrutement.plateforme.fsm@gmail.com")


def fsmrecrut(snap: Snapshot) -> Iterator[Spec]:
    """Each mail method's subject and body concatenations evaluated; plain text, as
    ``setText`` sends them."""
    unit = "fsmrecrut/fr"
    source = snap.read(FSM, FSM_COMMIT, FSM_PATH)
    for n, (name, branch, category, stage) in enumerate(FSM_MAILS):
        method = _java_method(source, name, False)
        post = FSM_POSTS[n % len(FSM_POSTS)]
        values = {
            "postulation.getDemandeur().getPrenom()": OWNER[0].split()[0],
            "postulation.getOffre().getTitre()": post,
            "postulation.getInterviewDate()": "2024-07-22",
            "postulation.getInterviewTime()": "10:30",
            "postulation.getInterviewLocation()": "Salle de réunion B, siège de Meknès",
        }
        subjects = re.findall(r"(?:String )?subject = (.*?);\n", method)
        bodies = re.findall(r"(?s)(?:String )?body = (.*?);\n", method)
        yield _spec(
            unit,
            blob_url(FSM, FSM_COMMIT, FSM_PATH),
            category,
            stage,
            subject=_java_concat(subjects[branch], values),
            text=_java_concat(bodies[branch], values),
            company="n/a",
            role=post,
            labels_on_rejection=True,
            sender=FSM_SENDER,
            noreply=False,
        )


WORKHUB = "ENSA-GI/workhub"
WORKHUB_DIR = "services/notification-service/src/main/java/com/workhub/notification"
WORKHUB_RECRUITMENT = (
    f"{WORKHUB_DIR}/kafka/RecruitmentEventConsumer.java",
    "b67b428aaba184d4d008bbfeb6673cae5d76eff1",
)
WORKHUB_LEAVE = (
    f"{WORKHUB_DIR}/kafka/LeaveEventConsumer.java",
    "068027301c8a3aad301fda674bbffbf300868185",
)
WORKHUB_TEMPLATES = (
    f"{WORKHUB_DIR}/service/EmailTemplateService.java",
    "068027301c8a3aad301fda674bbffbf300868185",
)
# (event, category) of the recruitment notices, in turn with the posts below.
WORKHUB_EVENTS = (
    ("INTERVIEW_SCHEDULED", "interview_invitation"),
    ("REJECTED", "rejection"),
    ("HIRED", "offer"),
    ("REJECTED", "rejection"),
)
# Ours: posts, the interview, the leave, the identity numbers, the reason.
WORKHUB_POSTS = ("Comptable confirmé", "Développeuse full-stack", "Chargé de paie", "Analyste RH")
WORKHUB_CIN = ("BE784512", "JA45821")
WORKHUB_REASON = "La période demandée coïncide avec la clôture annuelle des comptes."
WORKHUB_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)


def _java_string_format(call: str, values: dict[str, str]) -> str:
    """``String.format("…%s…", a, b)``: the literal's ``%s`` filled by the named values."""
    m = re.fullmatch(r'(?s)String\.format\(("(?:[^"\\]|\\.)*")((?:,\s*\w+)*)\)', call.strip())
    if m is None:
        raise ValueError("not a String.format call")
    names = [a.strip() for a in m.group(2).split(",") if a.strip()]
    return _java_concat(m.group(1), {}) % tuple(values[a] for a in names)


def _java_builder(method: str, values: dict[str, str], shown: set[str]) -> str:
    """A ``StringBuilder``'s text: each ``.append(arg)`` in order (literals, names, one-call
    expressions by their text), an ``if (cond) { ... }`` block kept when ``cond`` is in
    ``shown``; ``//`` comments dropped."""
    body = re.sub(r"(?m)^\s*//.*$", "", method)
    body = re.sub(
        r"(?s)\bif \((.*?)\) \{(.*?)\n\s*\}",
        lambda m: m.group(2) if m.group(1) in shown else "",
        body,
    )
    out = []
    for arg in re.findall(r'\.append\(("(?:[^"\\]|\\.)*"|[\w.]+\([\w.]*\)|[\w.]+)\)', body):
        out.append(_java_concat(arg, values))
    return "".join(out)


def workhub(snap: Snapshot) -> Iterator[Spec]:
    """The recruitment notices as ``consumeRecruitmentNotification`` mails them (plain), then
    the leave decisions as ``EmailTemplateService`` builds them (HTML only)."""
    unit = "workhub/fr"
    sender = ("", "rh@workhub.com")
    path, commit = WORKHUB_RECRUITMENT
    source = snap.read(WORKHUB, commit, path)
    for n, (event, category) in enumerate(WORKHUB_EVENTS):
        branch = re.search(rf'(?s)"{event}"\.equals\(eventType\)\) \{{(.*?)\n\s*\}}', source)
        if branch is None:
            raise ValueError(f"no branch {event}")
        title = re.search(r'title = ("[^"]*");', branch.group(1))
        content = re.search(r"(?s)content = (String\.format\(.*?\));\n", branch.group(1))
        if title is None or content is None:
            raise ValueError(f"no title or content for {event}")
        post = WORKHUB_POSTS[n]
        values = {
            "jobTitle": post,
            "candidateName": OWNER[0],
            "date": "2026-03-12",
            "timeSlot": "14:00-14:45",
        }
        yield _spec(
            unit,
            blob_url(WORKHUB, commit, path),
            category,
            subject=_java_concat(title.group(1), {}),
            text=_java_string_format(content.group(1), values),
            company="n/a",
            role=post,
            labels_on_rejection=True,
            sender=sender,
            noreply=False,
        )
    leave = snap.read(WORKHUB, WORKHUB_LEAVE[1], WORKHUB_LEAVE[0])
    path, commit = WORKHUB_TEMPLATES
    templates = snap.read(WORKHUB, commit, path)
    months = WORKHUB_MONTHS.split()
    for name, case, category, reason in (
        ("generateApprovedContent", "LeaveApproved", "other", None),
        ("generateRejectedContent", "LeaveRejected", "not_a_job", WORKHUB_REASON),
    ):
        values = {
            "employeeName": WORKHUB_CIN[0],
            "approverName": WORKHUB_CIN[1],
            "leaveType": "Congé annuel",
            "formattedStartDate": f"06 {months[6]} 2026",
            "formattedEndDate": f"24 {months[6]} 2026",
            "escapeHtml(reviewComment)": html_lib.escape(reason or "", quote=True).replace(
                "&#x27;", "&#39;"
            ),
        }
        shown = {"reviewComment != null && !reviewComment.trim().isEmpty()"} if reason else set()
        content = _java_builder(_java_method(templates, name, False), values, shown)
        title = re.search(rf'case "{case}":.*?title = ("[^"]*");', leave, re.S)
        build = re.search(r"(?s)private String buildHtmlEmail\(.*?\{\s*return (.*?);\n", templates)
        if title is None or build is None:
            raise ValueError("no leave title or buildHtmlEmail")
        heading = re.findall(r'return buildHtmlEmail\(\s*("[^"]*"),\s*' + name, templates)
        expr = re.sub(r'\.concat\((\w+|"(?:[^"\\]|\\.)*")\)', r" + \1", build.group(1))
        html = _java_concat(expr, {"title": _java_concat(heading[0], {}), "content": content})
        yield _look_alike(
            unit,
            blob_url(WORKHUB, commit, path),
            category,
            _java_concat(title.group(1), {}),
            html,
            sender,
            "html_only",
            noreply=False,
        )


TIERHEIM = "HeiligeMeier/dezentralesTierheim"
TIERHEIM_COMMIT = "58022daed062640c032ad54be771205f30fb6963"
TIERHEIM_PATH = "dezentralesTierheim/src/main/java/de/dezentralestierheim/routes/Route.java"
# (message type, category, recipient): a foster home, an owner, an interested adopter; the
# recipient is our owner, the other people in a message are ours.
TIERHEIM_MAILS = (
    ("AnfrageTieraufnahme", "other", "foster"),
    ("TierbesitzerInformieren", "not_a_job", "owner"),
    ("Rueckzieher", "not_a_job", "foster"),
    ("PflegestelleInteressentInformieren", "other", "foster"),
    ("AbsageAdoptionsanfrage", "not_a_job", "adopter"),
    ("AbsageInteressentAdoption", "not_a_job", "adopter"),
)
TIERHEIM_OTHERS = {
    "foster": "Familie Albers",
    "adopter": ("Jana Hoffmann", "jana.hoffmann@example.de"),
}


def tierheim(snap: Snapshot) -> Iterator[Spec]:
    """Each message type's subject literal and body concatenation from
    ``setMailByMessageType``'s switch; plain text from the code's sender."""
    unit = "tierheim/de"
    source = snap.read(TIERHEIM, TIERHEIM_COMMIT, TIERHEIM_PATH)
    sender = re.search(r'mail\.setFrom\("([^"]+)"\)', source)
    if sender is None:
        raise ValueError("no sender")
    dto = "mailRequestDto."
    for kind, category, recipient in TIERHEIM_MAILS:
        adopter = OWNER if recipient == "adopter" else TIERHEIM_OTHERS["adopter"]
        values = {
            f"{dto}getPflegestelle().getName()": (
                OWNER[0] if recipient == "foster" else TIERHEIM_OTHERS["foster"]
            ),
            f"{dto}getInteressent().getName()": adopter[0],
            f"{dto}getInteressent().getEmail()": adopter[1],
            f"{dto}getInteressent().getInteressiertAnTierID()": "27",
            f"{dto}getTier().getTierart()": "Hund",
            f"{dto}getTier().getName()": "Bello",
            f"{dto}getTier().getGeburtsdatum()": "2021-05-14",
            f"{dto}getTier().getTierBesitzerEmail()": "m.kowalski@example.de",
        }
        case = re.search(rf'(?s)case "{kind}":(.*?)break;', source)
        if case is None:
            raise ValueError(f"no case {kind}")
        subject = re.search(r'setSubject\(("[^"]*")\)', case.group(1))
        body = re.search(r"(?s)msg = (.*?);\n", case.group(1))
        if subject is None or body is None:
            raise ValueError(f"no subject or body for {kind}")
        yield _spec(
            unit,
            blob_url(TIERHEIM, TIERHEIM_COMMIT, TIERHEIM_PATH),
            category,
            subject=_java_concat(subject.group(1), {}),
            text=_java_concat(body.group(1), values),
            company="n/a",
            role="n/a",
            sender=("", sender.group(1)),
            noreply=False,
        )
