"""Recipes for session 38's sources51 (issue 11): Spanish, French and Dutch mail. Job refusals
from a Spanish university's research-management system (research-staff calls), an Ecuadorian
university's job board and a French internship platform; look-alikes from a Dutch municipal
subsidy platform, a Venezuelan university's continuing-education centre, a French
disabled-sports extranet's call for projects, a Flemish city's volunteer platform, a Bolivian
basketball tournament, and the venture and offer refusals of the job board and the internship
platform.

SGI (HerculesCRUE/SGI, the research-management system Hércules of the Spanish universities'
CRUE, in production at the Universidad de Murcia; Spring, FreeMarker templates seeded into
its communication service ``sgi-com-service``): the mails ``csp-com-solicitud-cambio-estado``
sends a researcher when the state of an application to a call of the "Sección de Recursos
Humanos de la Investigación y Plan Propio" changes: registered (a receipt), denied with
provisional and with definitive character, excluded with definitive character from the list
of admitted candidates, and granted ("En breve nos pondremos en contacto con usted para
tramitar su incorporación a la Universidad de Murcia": the call hires, so the grant is an
offer and a denial a job refusal, as the concorsi units label a competition's exclusion).
Each mail has a text and an HTML part (``*_CONTENT_text.ftl``, ``*_CONTENT_html.ftl``, the
later changeset ``0000000000002`` where it rewrote them) and a subject (``*_SUBJECT.ftl``).
The data are ours (no links: ``data.enlaces`` empty). Left out: the allegations notice and
the provisional exclusion (the same frame), the staff-side mails.

Forus (teamforus/forus-backend, the Dutch municipal subsidy and voucher platform Forus;
Laravel, Markdown notification templates seeded from
``database/seeders/resources/mail_templates``, their subjects in
``notification_templates.json``): a citizen's application for a fund received, refused
("afgehandeld met de status Geweigerd", formal and informal), not taken into consideration
("Daarom besluiten wij om uw aanvraag niet in behandeling te nemen"), approved; a
reimbursement refused ("Afgewezen"), and a product reservation rejected by the shop. A
subsidy, a reimbursement and a reservation, no job: ``not_a_job`` and ``other``. ``:name``
variables filled as ``str_var_replace`` does, the Markdown rendered as Laravel's Markdown mail
recipes render it (headings, paragraphs, line breaks), states as ``resources/lang/nl`` names
them; fund, notes, sponsor and sender ours. Left out: the provider's refusal
(``state_rejected``: ``forus/nl`` already has its sister template from forus-notification).

CIETE (florafonzo/ciete_modulos, the continuing-education platform of the Centro de
Investigación y Estudios en Tecnología Educativa of the Universidad de Los Andes, Venezuela;
Laravel 5, Blade views sent by ``Mail::send`` as HTML, most of them saved in Latin-1): the
pre-registration receipt, the enrolment with the credentials, and the refusal of an enrolment
with its reason ("Su inscripción en la actividad A fue rechazada debido al siguiente motivo",
twice): a course, no job: ``other`` and ``not_a_job``. Pinned at the commit that added the
refusal (later commits comment every ``Mail::send`` out); subjects from the controllers, the
sender ours (``config/mail.php`` leaves it null), the logo's ``$message->embed`` a ``cid:``.

Outdoor 07 (webextra-solutions/outdoor07, the extranet of an Ardèche outdoor-sports body built
on the Fédération Française Handisport's extranet; CakePHP, HTML views in the default email
layout): an event organiser's application to the call for projects (appel à projet) received,
refused ("nous sommes malheureusement amenés à refuser votre demande pour les motifs
suivants", twice), supported, its aid granted after the reports; a delegation's request to
borrow a player refused. No controller of the snapshot sends these views: subjects ours, in
``PratiquantsController``'s "Extranet Handisport | event | ..." style; sender the commented
one of ``app/Config/email.php``. Funding and a loan, no job: ``not_a_job`` and ``other``.

UTLVTE (luisolis20/B_E-backkend, the job board "Bolsa de Empleo" of the Universidad Técnica
Luis Vargas Torres de Esmeraldas, Ecuador; Laravel, Blade views): an application not selected
("la empresa E ha finalizado el proceso de selección y, en esta ocasión, tu postulación para
la oferta O no ha sido aceptada", twice: stage ``application``), accepted (``moving_forward``:
"ha aceptado tu postulación", no offer's terms), and, on the same board, a student's venture
and its offer not approved for publication ("no ha sido aprobado": ``not_a_job``) or approved.
Subjects are the Envelope's (Laravel applies ``envelope()`` after ``build()``, so its
misspelt "Emprenidmiento" is what goes out); companies, offers, ventures and sender ours.

Roeselare Vrijwilligt (howest-wsde/VrijwilligersTool, the volunteer platform of the Flemish
city of Roeselare, built at Howest; Symfony, Twig with YAML catalogues): a volunteer candidacy
approved, refused ("zonet werd uw kandidatuur als vrijwilliger voor de vacature V afgekeurd",
twice) and a volunteer removed from a vacancy. HTML and text parts as ``sendMail`` builds them;
the text part's misspelt key ``notCanDis.fistp`` is printed as itself, as Symfony's translator
does. Volunteering, no job: ``not_a_job`` and ``other``.

Maxi Basquet (GomerClaure/maxibasquet_trustquest, a Bolivian veterans' basketball tournament's
registration site; Laravel): a team's registration confirmed and refused with its reasons
("Correo de rechazo de registro ... Las razones del rechazo son las siguientes", twice), the
``$details`` its controller builds, at the tip of a feature branch (``Develop`` no longer has
the mails). A tournament, no job: ``not_a_job`` and ``other``.

Stage Connect (oussama746/projetWeb, a French internship platform; Django ``send_mail``, plain
text from f-strings in ``stages/emails.py``): an application received, refused ("votre
candidature n'a malheureusement pas été retenue", twice: internships, stage ``application``)
and accepted (``moving_forward``: the company will be in touch), and an internship offer refused
to the company that posted it (``not_a_job``). Offers, user name and sender ours
(``DEFAULT_FROM_EMAIL`` is a developer's own address)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, spec
from .snapshot import MissingSource, Snapshot, blob_url
from .sources_laravel import markdown_mail
from .sources_suites14 import _fill_blade
from .sources_suites15b import _py_function
from .sources_suites20 import _mail_subject
from .sources_suites25 import _php_method, _php_value
from .sources_suites35 import _envelope_subject, _text_part
from .templating import fill_exact, yaml_scalar

FIRST, LAST = OWNER[0].split()

SGI = "HerculesCRUE/SGI"
SGI_COMMIT = "a28eb62b75440e6197e6ab3b2a66e333e0a0556c"
SGI_DIR = "sgi-com-service/src/main/resources/db/changelog/changes/0.1.0/clob"
SGI_FOLDER = "csp-com-solicitud-cambio-estado"
SGI_NAME = "Universidad de Murcia"
# (template key, its folder, category): the order an applicant meets them.
SGI_MAILS = (
    ("CSP_COM_SOL_CAMB_EST_SOLICITADA", "solicitada", "acknowledgement"),
    ("CSP_COM_SOL_CAMB_EST_DEN_PROV", "denegadas", "rejection"),
    ("CSP_COM_SOL_CAMB_EST_DEN", "denegadas", "rejection"),
    ("CSP_COM_SOL_CAMB_EST_EXCL_DEF", "excluidas", "rejection"),
    ("CSP_COM_SOL_CAMB_EST_CONC", "concedidas", "offer"),
)
# Ours: the calls (title, the role it hires), the dates, the sender.
SGI_CALLS = (
    (
        "Contratos de Personal Técnico de Apoyo a la Investigación 2024",
        "Técnico de Apoyo a la Investigación",
    ),
    ("Contratos Postdoctorales del Plan Propio de Investigación 2024", "Investigador Postdoctoral"),
)
SGI_DATES = {
    "data.fechaCambioEstadoSolicitud": "14/03/2024",
    "data.fechaPublicacionConvocatoria": "02/02/2024",
    "data.fechaProvisionalConvocatoria": "27/05/2024",
    "data.fechaConcesionConvocatoria": "19/07/2024",
}
SGI_SENDER = ("Universidad de Murcia - Área de Investigación", "noreply-sgi@um.es")


def _sgi_template(snap: Snapshot, folder: str, name: str, changesets: tuple[str, ...]) -> str:
    """The newest seeded version of a template: the first changeset that holds it."""
    for changeset in changesets:
        path = f"{SGI_DIR}/{changeset}/{SGI_FOLDER}/{folder}/{name}.ftl"
        try:
            return snap.read(SGI, SGI_COMMIT, path)
        except MissingSource:  # not rewritten by this changeset: the older one
            continue
    # MissingSource, not ValueError: a snapshot without this repository skips the unit (as
    # every recipe does) instead of stopping a partial build (session 39's restore hit it).
    raise MissingSource(f"{SGI}: no changeset holds {name}")


def _sgi_render(template: str, values: dict[str, str]) -> str:
    """The FreeMarker these templates use: the ``data`` assignment dropped, the links block
    dropped (no links), ``<#if (data.x)??>`` kept when ``x`` is given, ``${expr}`` filled by
    its exact text; anything else left raises."""
    text = re.sub(r"<#assign data = \w+\?eval_json />\n?", "", template)
    text = re.sub(r"(?s)<#if data\.enlaces\?has_content>.*?</#list>.*?</#if>", "", text)

    def cond(m: re.Match[str]) -> str:
        return m.group(2) if f"data.{m.group(1)}" in values else ""

    text = re.sub(r"(?s)<#if \(?data\.(\w+)\)?\?\?>(.*?)</#if>", cond, text)
    if "<#" in text:
        raise ValueError("unrendered FreeMarker directive")
    dated = {
        f'{key}?datetime.iso?string("dd/MM/yyyy")': value
        for key, value in values.items()
        if key in SGI_DATES
    }
    return fill_exact(text, r"\$\{([^}]*)\}", {**values, **dated})


def sgi(snap: Snapshot) -> Iterator[Spec]:
    """Each state's subject, text and HTML parts, filled for one of two calls."""
    unit = "sgi/es"
    for n, (key, folder, category) in enumerate(SGI_MAILS):
        title, role = SGI_CALLS[n % len(SGI_CALLS)]
        values = {
            **SGI_DATES,
            "data.tituloConvocatoria": title,
            "data.nombreApellidosSolicitante": OWNER[0],
        }
        subject = _sgi_render(
            _sgi_template(snap, folder, f"{key}_SUBJECT", ("0000000000001",)), values
        )
        changesets = ("0000000000002", "0000000000001")
        text = _sgi_render(_sgi_template(snap, folder, f"{key}_CONTENT_text", changesets), values)
        html = _sgi_render(_sgi_template(snap, folder, f"{key}_CONTENT_html", changesets), values)
        yield spec(
            unit,
            blob_url(SGI, SGI_COMMIT, f"{SGI_DIR}/0000000000001/{SGI_FOLDER}/{folder}"),
            category,
            subject=" ".join(subject.split()),
            text=text.strip() + "\n",
            html=html.strip(),
            company=SGI_NAME,
            role=role,
            labels_on_rejection=True,
            sender=SGI_SENDER,
            noreply=True,
            fmt="html",
        )


FORUS = "teamforus/forus-backend"
FORUS_COMMIT = "68f7d3563f5fa097a5af555324d3f23c13a604b6"
FORUS_DIR = "database/seeders/resources/mail_templates"
# (notification key, formal or informal, category, note): the citizen's side.
FORUS_MAILS = (
    ("notifications_identities.fund_request_created", "formal", "other", ""),
    (
        "notifications_identities.fund_request_denied",
        "formal",
        "not_a_job",
        "Uw inkomen ligt boven de inkomensgrens van 120% van het sociaal minimum.",
    ),
    (
        "notifications_identities.fund_request_denied",
        "informal",
        "not_a_job",
        "Je woont niet in de gemeente Westerkwartier.",
    ),
    (
        "notifications_identities.fund_request_disregarded",
        "formal",
        "not_a_job",
        "Wij misten nog een recente loonstrook.",
    ),
    (
        "notifications_identities.reimbursement_declined",
        "formal",
        "not_a_job",
        "De bon is ouder dan drie maanden.",
    ),
    (
        "notifications_identities.product_reservation_rejected",
        "formal",
        "not_a_job",
        "De cursus is helaas al vol.",
    ),
    ("notifications_identities.fund_request_approved", "formal", "other", ""),
)
# Ours: the fund, sponsor, shop and sender (an implementation's own ``EmailFrom``).
FORUS_SPONSOR = {
    "fund_name": "Meedoenregeling 2024",
    "sponsor_name": "Gemeente Westerkwartier",
    "sponsor_phone": "0594 - 508 808",
    "sponsor_email": "meedoen@westerkwartier.nl",
    "fund_request_created_date_locale": "4 maart 2024",
    "product_name": "Zwemles A-diploma",
    "provider_name": "Sportcentrum De Leeuwerik",
    "provider_email": "info@sportcentrumdeleeuwerik.nl",
    "provider_phone": "0594 - 612 340",
    "refunded_body": "",
    "fund_request_state": "Geweigerd",  # resources/lang/nl/states.php, fund_requests.declined
    "reimbursement_state": "Afgewezen",  # resources/lang/nl/states.php, reimbursements.declined
}
FORUS_WEBSHOP = "https://meedoen.westerkwartier.nl"
FORUS_SENDER = ("Meedoen Westerkwartier", "noreply@forus.io")


def forusfonds(snap: Snapshot) -> Iterator[Spec]:
    """Each notification's Markdown template and title (formal or informal), ``:name``
    variables filled; HTML, in turn with and without its text part."""
    unit = "forusfonds/nl"
    titles = json.loads(snap.read(FORUS, FORUS_COMMIT, f"{FORUS_DIR}/notification_templates.json"))
    for n, (key, register, category, note) in enumerate(FORUS_MAILS):
        mail = titles[key]["mail"]
        suffix = "" if register == "formal" else "_informal"
        path = f"{FORUS_DIR}/{mail['template' + suffix]}"
        values = {
            **FORUS_SPONSOR,
            "fund_request_note": note,
            "fund_request_disregard_note": note,
            "reimbursement_reason": note,
            "provider_note": note,
            "webshop_link": f'<a href="{FORUS_WEBSHOP}">hier</a>',
            "webshop_button": f'<a href="{FORUS_WEBSHOP}">Ga naar de webshop</a>',
        }
        body = fill_exact(snap.read(FORUS, FORUS_COMMIT, path), r":([a-z][a-z_]+)", values)
        html = f"<html><body>{markdown_mail(body)}</body></html>"
        yield spec(
            unit,
            blob_url(FORUS, FORUS_COMMIT, path),
            category,
            subject=fill_exact(mail["title" + suffix], r":([a-z][a-z_]+)", values),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=FORUS_SENDER,
            noreply=True,
            fmt=("html", "html_only")[n % 2],
        )


CIETE = "florafonzo/ciete_modulos"
CIETE_COMMIT = "b50b36cc9fda46161098504e170fa9dc02dd758e"
# (view, its encoding, the controller that sends it, category, activity, reason).
CIETE_MAILS = (
    ("preinscripcion", "utf-8", "PreinscripcionController", "other", 0, ""),
    ("inscripcion", "latin-1", "InscripcionController", "other", 0, ""),
    (
        "rechazo",
        "latin-1",
        "InscripcionController",
        "not_a_job",
        1,
        "El comprobante de pago adjunto no corresponde al monto de la actividad.",
    ),
    (
        "rechazo",
        "latin-1",
        "InscripcionController",
        "not_a_job",
        0,
        "No se recibió la copia del título universitario solicitada.",
    ),
)
# Ours: the activities (type, name), the sender, the site's address, the password.
CIETE_ACTIVITIES = (
    ("curso", "Diplomado en Docencia Virtual"),
    ("webinar", "Herramientas de Evaluación en Entornos Virtuales"),
)
CIETE_SENDER = ("CIETE", "ciete@ula.ve")
CIETE_URL = "https://ciete.ula.ve"
CIETE_LOGO = "$message->embed(public_path() . '/images/ciete_logo.jpg')"


def ciete(snap: Snapshot) -> Iterator[Spec]:
    """Each view filled as its controller's ``$data`` gives it; HTML only."""
    unit = "ciete/es"
    for view, encoding, controller, category, activity, reason in CIETE_MAILS:
        kind, name = CIETE_ACTIVITIES[activity]
        code = snap.read(CIETE, CIETE_COMMIT, f"app/Http/Controllers/{controller}.php")
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$nombre": FIRST,
            "$apellido": LAST,
            "$actividad": name,
            "$curso": name,
            "$tipo": kind,
            "$email": OWNER[1],
            "$clave": "k7Rm2xQp",
            "$motivo": reason,
            CIETE_LOGO: "cid:ciete_logo.jpg",
            "URL::to('/')": CIETE_URL,
        }
        source = snap.read(CIETE, CIETE_COMMIT, path, encoding=encoding)
        html = _fill_blade(re.sub(r"(?s)\{\{--.*?--\}\}", "", source), values)
        yield spec(
            unit,
            blob_url(CIETE, CIETE_COMMIT, path),
            category,
            subject=_mail_subject(code, view),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=CIETE_SENDER,
            noreply=False,
            fmt="html_only",
        )


OUTDOOR = "webextra-solutions/outdoor07"
OUTDOOR_COMMIT = "b528e8646b239f2614fd3a337810e7c0a86f78e6"
OUTDOOR_VIEWS_DIR = "app/View/Emails/html"
OUTDOOR_LAYOUT_PATH = "app/View/Layouts/Emails/html/default.ctp"
# (view, category, our subject's last part, reason): an event organiser's application to the
# call for projects (appel à projet), then a delegation's request to borrow a player.
OUTDOOR_MAILS = (
    ("accuse_aap", "other", "Candidature à l'appel à projet enregistrée", ""),
    (
        "cancel_aap",
        "not_a_job",
        "Réponse à votre candidature à l'appel à projet",
        "le budget prévisionnel ne fait apparaître aucun cofinancement.",
    ),
    (
        "cancel_aap",
        "not_a_job",
        "Réponse à votre candidature à l'appel à projet",
        "l'enveloppe de l'appel à projet pour cette période est épuisée.",
    ),
    ("validation_aap", "other", "Réponse à votre candidature à l'appel à projet", ""),
    ("attribution_aap", "other", "Attribution de l'aide de l'appel à projet", ""),
    ("no_pret", "not_a_job", "Demande de prêt de joueur", ""),
)
# Ours: the event, its organisers and dates, the amount, the site (``serveur``), the
# subjects (no controller of the snapshot sends these views; the style is
# ``PratiquantsController``'s "Extranet Handisport | event | ...").
OUTDOOR_EVENT = {
    "$event_name": "Séjour Jeunes à Potentiel - Canoë dans les Gorges de l'Ardèche",
    "$orga_support": "Comité départemental Handisport de l'Ardèche",
    "$porteur": "Handisport Aubenas Vallée",
    "$event_dates": "du 15/07/2024 au 19/07/2024",
    "$event_declarant": OWNER[0],
    "date('d/m/Y à H:i')": "12/03/2024 à 10:42",
    "$montant_financement": "1 200",
    "$participant": "Lucas Perrin",
    "$libelle_preteuse": "Comité départemental Handisport de la Drôme",
    "$libelle_recep": "Comité départemental Handisport de l'Ardèche",
    "$epreuve": "Boccia - Championnat régional",
    "$preteur": "Nathalie Roux",
}
OUTDOOR_SITE = "https://extranet.outdoor07.com"
OUTDOOR_SHORT = "SJP Canoë 2024"
# ``app/Config/email.php``'s commented sender, the name the controllers give.
OUTDOOR_SENDER = ("Extranet Outdoor 07", "extranet@outdoor07.com")


def _outdoor_page(layout: str, title: str, content: str) -> str:
    """The CakePHP HTML layout around a view: its title, content and extranet link."""
    link = f"{OUTDOOR_SITE}/users/login/1"
    page = layout[layout.index("<!DOCTYPE") :]
    for php, value in (
        ("<?php echo $this->fetch('title'); ?>", title),
        ("<?php echo $this->fetch('content'); ?>", content),
        (
            "<?php  echo $this->Html->link(serveur.'/users/login/1');?>",
            f'<a href="{link}">{link}</a>',
        ),
    ):
        if php not in page:
            raise ValueError(f"the layout lacks {php}")
        page = page.replace(php, value)
    return page


def outdoor(snap: Snapshot) -> Iterator[Spec]:
    """Each view's ``<?= expr;?>`` filled, in the default layout; HTML only, as
    ``emailFormat('html')`` sends it."""
    unit = "outdoor07/fr"
    layout = snap.read(OUTDOOR, OUTDOOR_COMMIT, OUTDOOR_LAYOUT_PATH)
    for view, category, topic, reason in OUTDOOR_MAILS:
        path = f"{OUTDOOR_VIEWS_DIR}/{view}.ctp"
        values = {**OUTDOOR_EVENT, "$motif": reason or "dossier complet et cofinancé."}
        content = fill_exact(
            snap.read(OUTDOOR, OUTDOOR_COMMIT, path), r"<\?=\s*(.*?);?\s*\?>", values
        )
        subject = f"Extranet Outdoor 07 | {OUTDOOR_SHORT} | {topic}"
        html = _outdoor_page(layout, subject, content.strip())
        yield spec(
            unit,
            blob_url(OUTDOOR, OUTDOOR_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=OUTDOOR_SENDER,
            noreply=False,
            fmt="html_only",
        )


UTLVTE = "luisolis20/B_E-backkend"
UTLVTE_COMMIT = "d9414e3cc9929c456e8db2e30c33bc25124992be"
# (Mailable, category, offer index): the student's application, then the student's venture
# and its offer on the same board.
UTLVTE_MAILS = (
    ("RechazoPostulacion", "rejection", 0),
    ("RechazoPostulacion", "rejection", 1),
    ("AceptacionPostulacion", "moving_forward", 1),
    ("RechazoEmprendimiento", "not_a_job", 0),
    ("RechazoOFertaEmprendimiento", "not_a_job", 0),
    ("AceptacionEmprendimiento", "other", 1),
)
# Ours: the companies and offers, the ventures, the sender (``MAIL_FROM_*``).
UTLVTE_OFFERS = (
    ("Camaronera Costa Verde S.A.", "Asistente Contable"),
    ("Cooperativa de Ahorro y Crédito Esmeraldas Ltda.", "Cajero/a de Ventanilla"),
)
UTLVTE_VENTURES = (
    ("Cocadas Doña Chabela", "Vendedor/a de Cocadas Artesanales"),
    ("Tours Manglares Esmeraldas", "Guía Turístico Bilingüe"),
)
UTLVTE_SENDER = ("Bolsa de Empleo UTLVTE", "bolsadeempleo@utelvt.edu.ec")


def _utlvte_view(mailable: str) -> str:
    """The view named by ``build()``'s ``->view('mails.x')``."""
    m = re.search(r"->view\('mails\.([\w-]+)'\)", mailable)
    if m is None:
        raise ValueError("no view in build()")
    return m.group(1)


def utlvte(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's view filled as its ``with()`` gives it, under its Envelope subject
    (applied after ``build()``, so its spelling wins); HTML only."""
    unit = "utlvte/es"
    for mailable, category, k in UTLVTE_MAILS:
        code = snap.read(UTLVTE, UTLVTE_COMMIT, f"app/Mail/{mailable}.php")
        path = f"resources/views/mails/{_utlvte_view(code)}.blade.php"
        company, offer = UTLVTE_OFFERS[k]
        venture, venture_offer = UTLVTE_VENTURES[k]
        values = {
            "$nombreUsuario": OWNER[0],
            "$nombreEmpresa": company,
            "$nombreOferta": venture_offer if "Emprendimiento" in mailable else offer,
            "$nombreEmprendimiento": venture,
            "$message->embed(public_path('img/LOGOGRANDE.png'))": "cid:LOGOGRANDE.png",
            "$message->embed(public_path('img/footer.png'))": "cid:footer.png",
        }
        html = _fill_blade(snap.read(UTLVTE, UTLVTE_COMMIT, path), values)
        yield spec(
            unit,
            blob_url(UTLVTE, UTLVTE_COMMIT, path),
            category,
            subject=_envelope_subject(code),
            text=_text_part(html),
            html=html,
            company=company,
            role=offer,
            labels_on_rejection=True,
            sender=UTLVTE_SENDER,
            noreply=True,
            fmt="html_only",
        )


ROESELARE = "howest-wsde/VrijwilligersTool"
ROESELARE_COMMIT = "4aef4a4c6ba7437f81bcffd6d668329364a6894e"
ROESELARE_VIEWS_DIR = "app/Resources/views"
ROESELARE_LANG_DIR = "app/Resources/translations"
# (template, subject key in messages.nl.yml, category, vacancy index): the candidate's side
# of ``CandidacyController`` (approve, reject, remove).
ROESELARE_MAILS = (
    ("notifyCandidateApproved", "candidacy.candidate.mail.approve", "other", 0),
    ("notifyCandidateDisapproved", "candidacy.candidate.mail.disapprove", "not_a_job", 1),
    ("notifyCandidateDisapproved", "candidacy.candidate.mail.disapprove", "not_a_job", 0),
    ("notifyVolunteerRemoved", "candidacy.candidate.mail.remove", "not_a_job", 1),
)
# Ours: the vacancies (title, url id) and the site's address; the sender is
# ``UtilityController::sendMail``'s default.
ROESELARE_VACANCIES = (
    ("Begeleider zwemnamiddag voor kinderen met een beperking", "begeleider-zwemnamiddag"),
    ("Onthaalmedewerker Wereldwinkel Roeselare", "onthaalmedewerker-wereldwinkel"),
)
ROESELARE_SITE = "https://www.roeselarevrijwilligt.be"
ROESELARE_SENDER = ("", "info@roeselareVrijwilligt.be")


def _twig_trans(text: str, catalogue: str) -> str:
    """``{{ "key" |trans }}`` from a Symfony YAML catalogue; a key it lacks is printed as
    itself, as Symfony's translator does."""

    def sub(m: re.Match[str]) -> str:
        try:
            return yaml_scalar(catalogue, m.group(1))
        except ValueError:
            return m.group(1)

    return re.sub(r'\{\{\s*"([\w.]+)"\s*\|\s*trans\s*\}\}', sub, text)


def _roeselare_page(snap: Snapshot, template: str, ext: str, values: dict[str, str]) -> str:
    """The child's ``body`` block (mail domain) inside ``emailbase`` (views domain)."""
    lang = {
        domain: snap.read(ROESELARE, ROESELARE_COMMIT, f"{ROESELARE_LANG_DIR}/{domain}.nl.yml")
        for domain in ("mail", "views")
    }
    child = snap.read(
        ROESELARE, ROESELARE_COMMIT, f"{ROESELARE_VIEWS_DIR}/email/{template}.{ext}.twig"
    )
    base = snap.read(ROESELARE, ROESELARE_COMMIT, f"{ROESELARE_VIEWS_DIR}/emailbase.{ext}.twig")
    body = re.search(r"(?s)\{% block body %\}(.*?)\{% endblock %\}", child)
    slot = "{% block body %}{% endblock %}"
    if body is None or slot not in base:
        raise ValueError("not an emailbase child")
    page = _twig_trans(base, lang["views"]).replace(slot, _twig_trans(body.group(1), lang["mail"]))
    page = re.sub(r"\{% trans_default_domain \"\w+\" %\}\n*", "", page)
    return fill_exact(page, r"\{\{(.*?)\}\}", values).strip() + "\n"


def roeselare(snap: Snapshot) -> Iterator[Spec]:
    """The candidate's mails, HTML and text parts as ``sendMail`` builds them (the text
    part's misspelt key ``notCanDis.fistp`` printed as itself)."""
    unit = "roeselare/nl"
    messages = snap.read(ROESELARE, ROESELARE_COMMIT, f"{ROESELARE_LANG_DIR}/messages.nl.yml")
    for template, subject_key, category, k in ROESELARE_MAILS:
        title, urlid = ROESELARE_VACANCIES[k]
        values = {
            "candidate.firstname": FIRST,
            "vacancy.title": title,
            'url("vacancy_by_urlid", { "urlid": vacancy.urlId })': (
                f"{ROESELARE_SITE}/vacature/{urlid}"
            ),
            'url("homepage")': f"{ROESELARE_SITE}/",
            'url("profile_edit")': f"{ROESELARE_SITE}/mijnprofiel",
            "absolute_url(asset('images/mail/logo_roeselarevrijwilligt.png'))": (
                f"{ROESELARE_SITE}/images/mail/logo_roeselarevrijwilligt.png"
            ),
        }
        path = f"{ROESELARE_VIEWS_DIR}/email/{template}.html.twig"
        yield spec(
            unit,
            blob_url(ROESELARE, ROESELARE_COMMIT, path),
            category,
            subject=yaml_scalar(messages, subject_key),
            text=_roeselare_page(snap, template, "txt", values),
            html=_roeselare_page(snap, template, "html", values),
            company="n/a",
            role="n/a",
            sender=ROESELARE_SENDER,
            noreply=False,
            fmt="html",
        )


MAXIBASQUET = "GomerClaure/maxibasquet_trustquest"
# The tip of a feature branch (``Develop``'s tip no longer has the mails).
MAXIBASQUET_COMMIT = "2cec577071e4c0e45b36c1d3f96b1882fec9ad5b"
MAXIBASQUET_CONTROLLER_PATH = "app/Http/Controllers/FormularioController.php"
# (Mailable, the controller method that fills its details, category, reason).
MAXIBASQUET_MAILS = (
    ("RegistroMail", "sendEmail", "other", ""),
    (
        "RechazoMail",
        "sendEmailRechazo",
        "not_a_job",
        "El comprobante de pago de la inscripción no es legible.",
    ),
    (
        "RechazoMail",
        "sendEmailRechazo",
        "not_a_job",
        "Faltan las fotocopias de carnet de dos jugadores de la categoría +45.",
    ),
)
# Ours: the team, the delegate's login, the sender (``MAIL_FROM_*``).
MAXIBASQUET_TEAM = "Los Veteranos de Cochabamba"
MAXIBASQUET_SENDER = ("Maxi Basquet 2022", "registro@maxibasquet.bo")


def _maxibasquet_details(controller: str, method: str) -> dict[str, str]:
    """The ``$details`` array literal of a controller method: key => PHP expression."""
    body = _php_method(controller, method)
    m = re.search(r"(?s)\$details\s*=\s*\[(.*?)\];", body)
    if m is None:
        raise ValueError(f"{method}: no $details")
    return dict(re.findall(r"'(\w+)'\s*=>\s*(.*?),?\s*\n", m.group(1) + "\n"))


def _php_spaced(expr: str) -> str:
    """``"a".$b`` written ``"a" . $b``, the spacing ``_php_value`` splits on."""
    expr = re.sub(r'"\s*\.\s*(?=\$)', '" . ', expr.strip())
    return re.sub(r'(\$\w+)\s*\.\s*(?=")', r"\1 . ", expr)


def maxibasquet(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's view filled with the ``$details`` its controller method builds; HTML
    only (``->view``)."""
    unit = "maxibasquet/es"
    controller = snap.read(MAXIBASQUET, MAXIBASQUET_COMMIT, MAXIBASQUET_CONTROLLER_PATH)
    for mailable, method, category, reason in MAXIBASQUET_MAILS:
        code = snap.read(MAXIBASQUET, MAXIBASQUET_COMMIT, f"app/Mail/{mailable}.php")
        m = re.search(r"->subject\(\"([^\"]*)\"\)->view\('emails\.(\w+)'\)", code)
        if m is None:
            raise ValueError(f"{mailable}: no subject or view")
        php = {
            "$equipo": MAXIBASQUET_TEAM,
            "$usuario": "veteranos.cbba",
            "$contrasenia": "Mb2022-7341",
            "$contenido": reason,
        }
        details = {
            f"$details ['{key}']": _php_value(_php_spaced(expr), php)
            for key, expr in _maxibasquet_details(controller, method).items()
        }
        # The views write ``$details ['key']`` and ``$details['key']``: both spellings.
        details.update({k.replace(" [", "["): v for k, v in details.items()})
        path = f"resources/views/emails/{m.group(2)}.blade.php"
        html = _fill_blade(snap.read(MAXIBASQUET, MAXIBASQUET_COMMIT, path), details)
        yield spec(
            unit,
            blob_url(MAXIBASQUET, MAXIBASQUET_COMMIT, path),
            category,
            subject=m.group(1),
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=MAXIBASQUET_SENDER,
            noreply=False,
            fmt="html_only",
        )


STAGECONNECT = "oussama746/projetWeb"
STAGECONNECT_COMMIT = "c2a256e9ba22eb3c52d7554bdd0923204d64a6bd"
STAGECONNECT_PATH = "stages/emails.py"
# (function, the candidature's status or None, category, offer index): the student's
# application, then an internship offer refused to the company that posted it.
STAGECONNECT_MAILS = (
    ("send_application_confirmation_email", None, "acknowledgement", 0),
    ("send_application_status_email", "Refusée", "rejection", 0),
    ("send_application_status_email", "Refusée", "rejection", 1),
    ("send_application_status_email", "Acceptée", "moving_forward", 1),
    ("send_offer_refused_email", None, "not_a_job", 0),
)
# Ours: the offers (title, company, contact, address), the student's user name, the dates,
# the sender (``DEFAULT_FROM_EMAIL`` is a developer's own address).
STAGECONNECT_OFFERS = (
    (
        "Stage développeur web Python/Django (6 mois)",
        "Groupe Vauclair",
        "Camille Dubois",
        "camille.dubois@vauclair.fr",
    ),
    (
        "Stage assistant chef de projet digital",
        "Atelier Lumière SAS",
        "Julien Lefèvre",
        "recrutement@atelier-lumiere.fr",
    ),
)
STAGECONNECT_SENDER = ("", "contact@stageconnect.fr")


def _stageconnect_mail(source: str, function: str, status: str | None) -> tuple[str, str]:
    """(subject, message) f-strings of a function, or of its ``if candidature.status ==``
    branch for ``status``."""
    text = _py_function(source, function)
    if status is not None:
        m = re.search(rf'(?s)candidature\.status == "{status}":(.*?)(?:\n    el|\n    \S)', text)
        if m is None:
            raise ValueError(f"{function}: no branch {status}")
        text = m.group(1)
    subject = re.search(r'subject = f?"([^"]*)"', text)
    message = re.search(r'(?s)message = f"""(.*?)"""', text)
    if subject is None or message is None:
        raise ValueError(f"{function}: no subject or message")
    return subject.group(1), message.group(1)


def stageconnect(snap: Snapshot) -> Iterator[Spec]:
    """Each mail's subject and message f-strings filled; plain text as ``send_mail`` sends
    it."""
    unit = "stageconnect/fr"
    source = snap.read(STAGECONNECT, STAGECONNECT_COMMIT, STAGECONNECT_PATH)
    for n, (function, status, category, k) in enumerate(STAGECONNECT_MAILS):
        title, company, contact, address = STAGECONNECT_OFFERS[k]
        values = {
            "student.username": "rberger",
            "offer.title": title,
            "offer.organisme": company,
            "offer.contact_name": contact,
            "offer.contact_email": address,
            "candidature.date_candidature.strftime('%d/%m/%Y à %H:%M')": f"1{n}/03/2025 à 09:1{n}",
        }
        subject, message = _stageconnect_mail(source, function, status)
        yield spec(
            unit,
            blob_url(STAGECONNECT, STAGECONNECT_COMMIT, STAGECONNECT_PATH),
            category,
            subject=fill_exact(subject, r"\{([^{}]+)\}", values),
            text=fill_exact(message, r"\{([^{}]+)\}", values),
            company=company,
            role=title,
            labels_on_rejection=True,
            sender=STAGECONNECT_SENDER,
            noreply=False,
        )
