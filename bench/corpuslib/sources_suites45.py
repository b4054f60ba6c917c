"""Recipes for session 36's sources45 (issue 11): English, French and Spanish mail from a
Philippine government research council's HR system, a Kenyan firm's internship manager, a
Philippine civic group's membership portal and a security agency's hiring site, a Rails HR
reply tool, a Senegalese recruitment platform, a Spanish home-care placement agency, a
Salvadoran university's job board, a Moroccan recruiter's ATS and a Senegalese job board.

PCAARRD (DOST-STII/HRMS, the HR management system of the Philippine Council for Agriculture,
Aquatic and Natural Resources Research and Development, an agency of the Department of
Science and Technology; Laravel, Markdown mail from ``noreply@pcaarrd.dost.gov.ph``): the
"REGRET LETTER"s the system sends an applicant for a vacant plantilla item: to a PCAARRD
employee and to an outsider found not qualified (``SharedController``), to an outsider below
the minimum qualifications (the "(Training required/work experience/eligibility/education)"
left in the text as the view writes it), the Personnel Selection Board's regret
(``ShortlistMail``: "a more qualified applicant has been favorably considered"), and, sent
to the outsiders who were shortlisted but not hired, ``RegretLetterNonPC3``: its subject and
heading say "REGRET LETTER", its body that the service provider will arrange the
pre-employment psychological exam (labelled by what it says: an assessment). Also the
vacancy alert to HR (``AlertVacant``: other). Left out: ``SendToPSB`` (its view reads
``$data['deadline']``, which the controller never sets: it cannot render).

Oaknet (Snyasimi/INTERNMGTOAKN, Oaknet Business's internship management system; Laravel,
Blade views in one HTML layout): the decline ("we have unfortunately decided not to proceed
with your application", its role written "the Position role" as the view has it), the
invitation to an interview after shortlisting, and the internship offer with its accept and
decline links.

GPI (carlocano03/gpi-web, God's People's Initiative's member portal; CodeIgniter, HTML views
sent by ``send_email_html`` as "GPI Portal"): a membership application received, approved
(with the member number and a password) and declined ("your request for membership has been
declined at this time"): a membership, no job (look-alikes).

Patton (xavier-emmanuel/PSIA-IS, Patton Security & Investigation Agency's hiring site;
Laravel Markdown mail from the agency's address): the application approved and the job
offer. Left out: the interview mail, whose title and message are the recruiter's free text.

HR reply tool (Rails-tejas/HR-Mail-Task-Aruvaa, a Rails tool HR uses to answer candidates):
``CandidateMailer``'s selection and refusal, ``%{...}`` filled, multipart as the mailer sends
them (the text, and ``simple_format`` of it as HTML).

Recrutore (Amath-SARR/recruitment, BAMBO Group's recruitment platform in Senegal; Laravel
Markdown mail, French): the applicant's two receipts (the application submitted to a
company's recruitment campaign, and its reception confirmed). Left out: the application
report (its state is a name from the database) and the free-text mail to users.

Aiudo (daniaiudo/vistas_aiudo, the mail designs of Aiudo, a Spanish home-care placement
agency, Auxistencia S.L.): a carer's receipt for a job offer applied to ("¡Gracias por
postularte!", its training portal), the registration notice, the reminder to update one's
availability to keep receiving job offers, and the staff notice that a client family rejected
the summary of its needs-assessment interview ("¡Entrevista fina rechazada!": to the agency,
about a client, not to an applicant: other, a look-alike in a refusal's words). The
designs carry their placeholders as words ("Primer nombre", "Nombre", "Razón"); ours fill
them.

UNIVO (CristianRivera03/Bolsa-de-Trabajo-UNIVO-BACKEND, the job board of the Universidad de
Oriente, El Salvador; ASP.NET, C# interpolated verbatim strings in one HTML page built by
``EmailTemplateBuilder``): the status mail ``CambiarEstadoPostulacionAsync`` sends a student
when a company moves the application, one frame for every state of its switch ("tu
postulación a la vacante T en C ha cambiado al estado: Descartado. Te deseamos mucho éxito
en tu proceso de selección": the refusal is one word in a cheerful frame), and the receipt
telling a student they meet every requirement of the offer applied to. Left out: the mails
to companies and administrators.

Humanjobs (OBouysfi/SolutionRHRecrutement, a Moroccan recruitment firm's ATS, humanjobs.ma;
Laravel): the status mail, the seeded template of the new status
(``database/seeders/EmailTemplateSeeder.php``) with the three placeholders the controller
replaces (``[Nom du candidat]``, ``[Nom du poste]``, ``[Nom de l'entreprise]``; the
recruiter's name and an interview's date, time and place stay bracketed, as sent), in the
``statusUpdateAts`` view: receipt, follow-up after an interview, interview call, refusal
("nous avons décidé de ne pas donner suite"), hire. Left out: the seeded "Rejet après
entretien" (never the first template of its status) and the three interview calls the
calendar fills for the recruiter to edit.

Sen Recrutement (brojalloo/Sen-Recrutement, a Senegalese job board; Laravel notification
``ApplicationStatusChanged``): the application accepted by the recruiter ("souhaite
poursuivre le processus de recrutement avec vous") and not retained ("n'a malheureusement
pas été retenue"), in Laravel's default notification layout (its English "Regards," and
button subcopy, as an app left in the default locale sends them)."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_suites14 import _fill_blade
from .sources_suites25 import _laravel_notification_html, _mail_message, _php_method
from .sources_suites30 import _x_mail_html
from .sources_suites35 import _text_part
from .sources_suites39 import _blade_layout, _laravel_markdown_mail
from .sources_trackers import _spec
from .templating import fill_exact, rails_t

FIRST = OWNER[0].split()[0]


def _component_mail(source: str) -> str:
    """A ``@component('mail::message')`` Markdown view in the ``<x-mail::message>`` form
    ``_x_mail_html`` reads: its button component as ``<x-mail::button :url="expr">``."""
    body = re.sub(
        r"(?s)@component\('mail::button', \['url' => (.*?)\]\)\s*(.*?)\s*@endcomponent",
        lambda m: (
            f'<x-mail::button :url="{" ".join(m.group(1).split())}">{m.group(2)}</x-mail::button>'
        ),
        source,
    )
    body = body.replace("@component('mail::message')", "<x-mail::message>")
    body = body.replace("@endcomponent", "</x-mail::message>")
    if "@component" in body:
        raise ValueError("unsupported component")
    return body


def _markdown_html(source: str, values: dict[str, str], app: str, url: str) -> str:
    """A Laravel Markdown mail's HTML: the view filled by exact expression, in the default
    layout (the app's name as header, its copyright line as footer)."""
    fragment = _x_mail_html(_component_mail(source), values)
    return f"<html><body>{_laravel_markdown_mail(fragment, app, url)}</body></html>"


def _build_mail(mailable: str) -> tuple[str, str | None, str]:
    """(subject, sender address or None, view) of a Mailable's ``build()``:
    ``->from(...)->subject("...")->markdown('view')``."""
    subject = re.search(r"->subject\((['\"])(.*?)\1\)", mailable)
    view = re.search(r"->markdown\('([\w.-]+)'\)", mailable)
    sender = re.search(r"->from\('([^']+)'", mailable)
    if not subject or not view:
        raise ValueError("no subject or view in build()")
    return subject.group(2), sender.group(1) if sender else None, view.group(1)


PCAARRD = "DOST-STII/HRMS"
PCAARRD_COMMIT = "2333639943a3b2b3131585b908939103b1a2c444"
PCAARRD_NAME = "PCAARRD"
# (Mailable, category, variants): the regret letters; NonPC3 says "REGRET LETTER" and invites
# to a psychological exam; the vacancy alert goes to HR.
PCAARRD_MAILS = (
    ("RegretLetterPC", "rejection", 2),
    ("RegretLetterNonPC", "rejection", 1),
    ("RegretLetterNonPC2", "rejection", 1),
    ("ShortlistMail", "rejection", 1),
    ("RegretLetterNonPC3", "assessment", 1),
    ("AlertVacant", "other", 1),
)
# Ours: the app's name (``config('app.name')``; ``.env.example`` has "Laravel", AlertVacant's
# subject names the system "PCAARRD-HRMS"), its address, the plantilla items.
PCAARRD_APP = ("PCAARRD-HRMS", "https://hrms.pcaarrd.dost.gov.ph")
PCAARRD_ITEMS = (
    ("Science Research Specialist II", "CRD"),
    ("Administrative Officer IV", "FAD"),
    ("Senior Science Research Specialist", "LRD"),
)


def pcaarrd(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's Markdown view filled with a plantilla item, subject and sender from its
    ``build()``; HTML, in turn with and without the text part."""
    unit = "pcaarrd/en"
    app, url = PCAARRD_APP
    n = 0
    for mailable, category, variants in PCAARRD_MAILS:
        subject, sender, view = _build_mail(
            snap.read(PCAARRD, PCAARRD_COMMIT, f"app/Mail/{mailable}.php")
        )
        if sender is None:
            raise ValueError(f"{mailable}: no sender")
        path = f"resources/views/{view.replace('.', '/')}.blade.php"
        source = snap.read(PCAARRD, PCAARRD_COMMIT, path)
        for _ in range(variants):
            position, division = PCAARRD_ITEMS[n % len(PCAARRD_ITEMS)]
            values = {
                "$data['position']": position,
                "$data['division']": division,
                "config('app.name')": app,
            }
            html = _markdown_html(source, values, app, url)
            yield _spec(
                unit,
                blob_url(PCAARRD, PCAARRD_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company=PCAARRD_NAME,
                role=position,
                labels_on_rejection=True,
                sender=("", sender),
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


OAKNET = "Snyasimi/INTERNMGTOAKN"
OAKNET_COMMIT = "80b3b41dc8aab0c926753c4033531e05c631dbdd"
OAKNET_DIR = "InternMgt"
OAKNET_NAME = "Oaknet Business"
# Mailable: (category, variants).
OAKNET_MAILS = {
    "InterviewDeclinedEmail": ("rejection", 1),
    "InternAccepted": ("interview_invitation", 1),
    "PassedInterview": ("offer", 1),
}
# Ours: the sender (``MAIL_FROM_*`` are environment values), the app's address, the roles.
OAKNET_SENDER = (OAKNET_NAME, "internships@oaknetbusiness.co.ke")
OAKNET_URL = "https://interns.oaknetbusiness.co.ke"
OAKNET_DATES = ("14/03/23", "21/03/23")


def _envelope(mailable: str) -> tuple[str, str]:
    """(subject, view) of a Mailable's ``Envelope`` and ``Content`` (either quote)."""
    subject = re.search(r"subject:\s*(['\"])(.*?)\1", mailable)
    view = re.search(r"view:\s*'([\w.]+)'", mailable)
    if not subject or not view:
        raise ValueError("no envelope subject or content view")
    return subject.group(2), view.group(1)


def oaknet(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's view in its layout (Blade comments dropped), filled; HTML only, as a
    Mailable with a ``view`` alone sends it."""
    unit = "oaknet/en"

    def read(name: str) -> str:
        return snap.read(
            OAKNET,
            OAKNET_COMMIT,
            f"{OAKNET_DIR}/resources/views/{name.replace('.', '/')}.blade.php",
        )

    n = 0
    for mailable, (category, variants) in OAKNET_MAILS.items():
        subject, view = _envelope(
            snap.read(OAKNET, OAKNET_COMMIT, f"{OAKNET_DIR}/app/Mail/{mailable}.php")
        )
        page = re.sub(r"(?s)\{\{--.*?--\}\}", "", _blade_layout(read(view), read))
        path = f"{OAKNET_DIR}/resources/views/{view.replace('.', '/')}.blade.php"
        for _ in range(variants):
            role = fill_for(unit, mailable, "en", n).role
            values = {
                "$Name": OWNER[0],
                "$Position": role,
                "$Date": OAKNET_DATES[n % len(OAKNET_DATES)],
                "$Signin_url": f"{OAKNET_URL}/setpassword",
                "$Decline_url": f"{OAKNET_URL}/deactivate/{40 + n}",
            }
            yield _spec(
                unit,
                blob_url(OAKNET, OAKNET_COMMIT, path),
                category,
                subject=subject.strip(),
                text=_text_part(_fill_blade(page, values)),
                html=_fill_blade(page, values),
                company=OAKNET_NAME,
                role="n/a",
                labels_on_rejection=True,
                sender=OAKNET_SENDER,
                noreply=False,
                fmt="html_only",
            )
            n += 1


GPI = "carlocano03/gpi-web"
GPI_COMMIT = "ef329971aa5d9f1a599c8de6cc1740dd1d076e4b"
GPI_VIEWS = "application/views/admin_portal/email"
# view: (controller that sends it, category, variants). A membership: no job.
GPI_MAILS = {
    "success_registration": (
        "application/controllers/mobile/Api_member_registration.php",
        "other",
        1,
    ),
    "approved_request": ("application/controllers/admin_portal/Member_application.php", "other", 1),
    "decline_request": (
        "application/controllers/admin_portal/Member_application.php",
        "not_a_job",
        1,
    ),
}
# Ours: the portal's address (``smtp_user`` comes from the database), member numbers.
GPI_SENDER_ADDRESS = "noreply@gpi-portal.org"
GPI_SENDER_NAME = "GPI Portal"


def _gpi_subject(controller: str, view: str) -> str:
    """The ``'subject'`` given beside ``'template_path' => 'admin_portal/email/view'``."""
    m = re.search(
        rf"'subject'\s*=>\s*'([^']*)',\s*'template_path'\s*=>\s*'admin_portal/email/{view}'",
        controller,
    )
    if not m:
        raise ValueError(f"no subject for {view}")
    return m.group(1)


def gpi(snap: Snapshot) -> Iterator[Spec]:
    """Each view's ``<?= $name ?>`` filled as the controller's ``mail_data`` gives it (the
    first name for the approval, the full name otherwise), HTML only (``set_mailtype('html')``)."""
    unit = "gpi/en"
    n = 0
    for view, (controller, category, variants) in GPI_MAILS.items():
        path = f"{GPI_VIEWS}/{view}.php"
        source = snap.read(GPI, GPI_COMMIT, path)
        subject = _gpi_subject(snap.read(GPI, GPI_COMMIT, controller), view)
        for _ in range(variants):
            values = {
                "$name_to": FIRST if view == "approved_request" else OWNER[0],
                "$username": f"GPI-2024-{1031 + n:05d}",
                "$password": "k7Qm2x",
            }
            yield _spec(
                unit,
                blob_url(GPI, GPI_COMMIT, path),
                category,
                subject=subject,
                text=_text_part(fill_exact(source, r"<\?=\s*(.*?)\s*\?>", values)),
                html=fill_exact(source, r"<\?=\s*(.*?)\s*\?>", values),
                company="n/a",
                role="n/a",
                sender=(GPI_SENDER_NAME, GPI_SENDER_ADDRESS),
                noreply=True,
                fmt="html_only",
            )
            n += 1


PATTON = "xavier-emmanuel/PSIA-IS"
PATTON_COMMIT = "ac57c58fdb9ba7685f7ecebdc76a91ce859dc79a"
# Mailable: category.
PATTON_MAILS = {"ApprovedApplicant": "moving_forward", "HiredApplicant": "offer"}
# Ours: the app's name (``.env.example`` has "Laravel") and address, the posts.
PATTON_APP = ("Patton Security & Investigation Agency", "https://www.pattonsecurity.com.ph")
PATTON_JOBS = ("Security Guard", "Security Officer")


def patton(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's Markdown view filled, subject and named sender from its ``build()``;
    HTML with the text part."""
    unit = "patton/en"
    app, url = PATTON_APP
    for n, (mailable, category) in enumerate(PATTON_MAILS.items()):
        code = snap.read(PATTON, PATTON_COMMIT, f"app/Mail/{mailable}.php")
        subject, address, view = _build_mail(code)
        name = re.search(r"->from\('[^']+', '([^']+)'\)", code)
        if address is None or name is None:
            raise ValueError(f"{mailable}: no sender")
        path = f"resources/views/{view.replace('.', '/')}.blade.php"
        values = {"$name": OWNER[0], "$job": PATTON_JOBS[n], "config('app.name')": app}
        html = _markdown_html(snap.read(PATTON, PATTON_COMMIT, path), values, app, url)
        yield _spec(
            unit,
            blob_url(PATTON, PATTON_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=(name.group(1), address),
            noreply=False,
            fmt="html",
        )


HRREPLY = "Rails-tejas/HR-Mail-Task-Aruvaa"
HRREPLY_COMMIT = "ddc0b53874dde3a36562e780c447accfdce1beb4"
HRREPLY_PATH = "app/mailers/candidate_mailer.rb"
# status: (constant, category, variants).
HRREPLY_MAILS = {
    "selected": ("SELECTION_TEMPLATE", "offer", 1),
    "rejected": ("REJECTION_TEMPLATE", "rejection", 2),
}
# Ours: the HR address (``HR_FROM_EMAIL`` is an environment value; its default is
# hr@example.com) and the company behind it.
HRREPLY_SENDERS = (
    ("Aruvaa HR", "hr@aruvaa.com"),
    ("Brightline Logistics HR", "careers@brightlinelogistics.com"),
)


def _simple_format(text: str) -> str:
    """Rails' ``simple_format``: paragraphs on blank lines in ``<p>``, a single newline
    followed by ``<br />``."""
    paras = re.split(r"\n\n+", text.replace("\r\n", "\n").strip("\n"))
    return "\n\n".join(
        "<p>" + re.sub(r"([^\n]\n)(?=[^\n])", r"\1<br />", p) + "</p>" for p in paras
    )


def hrreply(snap: Snapshot) -> Iterator[Spec]:
    """The mailer's heredoc for the status, ``%{...}`` filled; the subject its
    ``email_subject`` gives; multipart (text, and its ``simple_format`` HTML)."""
    unit = "hrreply/en"
    source = snap.read(HRREPLY, HRREPLY_COMMIT, HRREPLY_PATH)
    subjects = re.search(r'status == "selected" \? "(.*?)" : "(.*?)"', source)
    if not subjects:
        raise ValueError("no email_subject")
    n = 0
    for status, (constant, category, variants) in HRREPLY_MAILS.items():
        heredoc = re.search(rf"(?s){constant} = <<~TEXT\.freeze\n(.*?)\n\s*TEXT", source)
        if not heredoc:
            raise ValueError(f"no {constant}")
        lines = heredoc.group(1).split("\n")
        indent = min(len(ln) - len(ln.lstrip()) for ln in lines if ln.strip())
        template = "\n".join(ln[indent:] for ln in lines) + "\n"
        subject = subjects.group(1 if status == "selected" else 2)
        for _ in range(variants):
            position = fill_for(unit, status, "en", n).role
            text = rails_t(template, {"name": OWNER[0], "position": position})
            sender = HRREPLY_SENDERS[n % len(HRREPLY_SENDERS)]
            yield _spec(
                unit,
                blob_url(HRREPLY, HRREPLY_COMMIT, HRREPLY_PATH),
                category,
                subject=subject.replace("#{position}", position),
                text=text,
                html=_simple_format(text),
                company=sender[0].removesuffix(" HR"),
                role=position,
                labels_on_rejection=True,
                sender=sender,
                noreply=False,
                fmt="html",
            )
            n += 1


RECRUTORE = "Amath-SARR/recruitment"
RECRUTORE_COMMIT = "12944ee9c45141ded1e06af6e0285beeb8a8d1ff"
RECRUTORE_DIR = "recruitment-ws"
# The Mailables of the applicant's receipts.
RECRUTORE_MAILS = ("NotifyNewCandidatureToCandidatEmail", "NotifyConfirmeReceptionToCandidatEmail")
# Ours: the app's name and addresses (``APP_NAME``, ``FRONT_URL``, ``MAIL_FROM_*`` are
# environment values), the companies and campaigns.
RECRUTORE_APP = ("Recrutore", "https://recrutore.bambogroup.net")
RECRUTORE_SENDER = ("Recrutore", "no-reply@bambogroup.net")
RECRUTORE_CAMPAIGNS = (
    ("Sonatel Academy", "Recrutement Développeurs Full Stack 2022", "c7f2a91e"),
    ("Banque Atlantique Sénégal", "Chargé(e) de clientèle — Dakar", "4b19d0ee"),
)


def _markdown_image_links(source: str) -> str:
    """A Markdown linked image ``[![alt](src)](href)`` as the HTML Laravel's Markdown makes."""
    return re.sub(
        r"\[!\[(.*?)\]\((.*?)\)\]\((.*?)\)",
        r'<a href="\3"><img src="\2" alt="\1"></a>',
        source,
    )


def recrutore(snap: Snapshot) -> Iterator[Spec]:
    """The applicant's two receipts: each Mailable's Markdown view filled (its expressions
    by their exact text), its subject with the app's name; HTML with the text part."""
    unit = "recrutore/fr"
    app, url = RECRUTORE_APP
    for n, mailable in enumerate(RECRUTORE_MAILS):
        code = snap.read(RECRUTORE, RECRUTORE_COMMIT, f"{RECRUTORE_DIR}/app/Mail/{mailable}.php")
        m = re.search(
            r"->markdown\('([\w.-]+)'.*?->subject\(\"(.*?)\" \. config\('app.name'\)\)",
            code,
            flags=re.S,
        )
        if not m:
            raise ValueError(f"{mailable}: no view or subject")
        path = f"{RECRUTORE_DIR}/resources/views/{m.group(1).replace('.', '/')}.blade.php"
        company, campaign, uid = RECRUTORE_CAMPAIGNS[n % len(RECRUTORE_CAMPAIGNS)]
        front = f"{url}/campagne/{uid}"
        values = {
            "config('app.name')": app,
            "asset('images/logo-recrutore.png')": f"{url}/images/logo-recrutore.png",
            "$candidature->user->name": OWNER[0],
            "$candidature->campagne->entreprise->name": company,
            "$candidature->campagne->titre": campaign,
            "config('app.fronturl').'/campagne/'.$candidature->campagne->uid.'/details'": (
                f"{front}/details"
            ),
            "config('app.fronturl').'/campagne/'.$candidature->campagne->uid .'/details/'": (
                f"{front}/details/"
            ),
        }
        source = _markdown_image_links(snap.read(RECRUTORE, RECRUTORE_COMMIT, path))
        html = _markdown_html(source, values, app, url)
        yield _spec(
            unit,
            blob_url(RECRUTORE, RECRUTORE_COMMIT, path),
            "acknowledgement",
            subject=m.group(2) + app,
            text=_text_part(html),
            html=html,
            company="n/a",
            role="n/a",
            sender=RECRUTORE_SENDER,
            noreply=True,
            fmt="html",
        )


AIUDO = "daniaiudo/vistas_aiudo"
AIUDO_COMMIT = "10fb088666730fb0873f211645df11dc27aa733f"
AIUDO_VIEWS = "resources/views/mail"
# view: (category, subject (ours: the designs have none, the page title or heading gives it),
# the design's placeholder words and ours).
AIUDO_MAILS = {
    "carer/welcome": (
        "acknowledgement",
        "¡Gracias por postularte!",
        {"Correo de contacto": OWNER[1]},
    ),
    "carer/registration": ("acknowledgement", "¡Te has registrado!", {"Primer nombre": FIRST}),
    "crm/carers/carer_available_update_plain": (
        "other",
        "Actualiza tu disponibilidad",
        {},
    ),
    "needs_assessment/reject": (
        "other",
        "¡Entrevista fina rechazada!",
        {
            "Nombre legal de la empresa": "Auxistencia S.L.",
            "NombreLegalDeLaEmpresa": "Auxistencia S.L.",
            "AñoActual": "2024",
            "Nombre": "Familia Navarro Gil",
            "Razón": "El horario propuesto no cubre las noches de los fines de semana.",
        },
    ),
}
AIUDO_SENDER = ("Aiudo", "cuidadores@aiudo.es")


def aiudo(snap: Snapshot) -> Iterator[Spec]:
    """Each design as the agency sends it, its placeholder words ours: HTML only, the plain
    design as text."""
    unit = "aiudo/es"
    for view, (category, subject, words) in AIUDO_MAILS.items():
        path = f"{AIUDO_VIEWS}/{view}.blade.php"
        source = snap.read(AIUDO, AIUDO_COMMIT, path)
        if "{{" in source or "@" + "if" in source:
            raise ValueError(f"{view}: a design with Blade expressions")
        for word, ours in words.items():
            pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
            if not re.search(pattern, source):
                raise ValueError(f"{view}: no {word!r}")
            source = re.sub(pattern, ours, source)
        plain = view.endswith("_plain")
        yield _spec(
            unit,
            blob_url(AIUDO, AIUDO_COMMIT, path),
            category,
            subject=subject,
            text=source.strip() + "\n" if plain else _text_part(source),
            html=None if plain else source,
            company="n/a",
            role="n/a",
            sender=AIUDO_SENDER,
            noreply=False,
            fmt="plain" if plain else "html_only",
        )


UNIVO = "CristianRivera03/Bolsa-de-Trabajo-UNIVO-BACKEND"
UNIVO_COMMIT = "43cecd60d926f33a7615e90ce975c0f112b6893b"
UNIVO_SERVICE = "PortalTrabajo.BLL/Services/Implementation/PostulacionService.cs"
UNIVO_BUILDER_PATH = "PortalTrabajo.Utility/EmailTemplateBuilder.cs"
# The status mail's state name (from the service's switch): (category, variants).
# "Seleccionado" is the student chosen for the job.
UNIVO_STATES = {
    "Recibida": ("acknowledgement", 1),
    "En revisión": ("acknowledgement", 1),
    "Entrevista": ("interview_invitation", 1),
    "Seleccionado": ("offer", 1),
    "Descartado": ("rejection", 2),
}
# Ours: the address (``CorreoRemitente`` is a person's mailbox; its name, from
# ``appsettings.json``, is kept), the companies.
UNIVO_SENDER_ADDRESS = "bolsadetrabajo@univo.edu.sv"
UNIVO_COMPANIES = ("Distribuidora Oriental S.A. de C.V.", "Banco Agrícola", "Clínica San Miguel")


def _cs_verbatim(source: str, start: str) -> str:
    """The raw text of the C# verbatim (interpolated) string ``$@"..."`` that follows
    ``start`` (a doubled ``""`` does not end it)."""
    at = source.index('$@"', source.index(start)) + 3
    end = at
    while True:
        end = source.index('"', end)
        if source[end + 1 : end + 2] != '"':
            return source[at:end]
        end += 2


def _cs_fill(literal: str, values: dict[str, str]) -> str:
    """A C# interpolated verbatim string: each ``{expr}`` by its exact text (an unknown one
    raises), ``{{``, ``}}`` and ``""`` read as one character."""

    def hole(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return m.group(1)[0]
        key = m.group(2).strip()
        if key not in values:
            raise ValueError(f"no value for {{{key}}}")
        return values[key]

    return re.sub(r"(\{\{|\}\})|\{([^{}]+)\}", hole, literal).replace('""', '"')


def univo(snap: Snapshot) -> Iterator[Spec]:
    """The status mail of ``CambiarEstadoPostulacionAsync`` for each state of its switch, and
    the receipt that tells a student they meet every requirement, each body in
    ``EmailTemplateBuilder``'s page; HTML only (``IsBodyHtml``)."""
    unit = "univo/es"
    service = snap.read(UNIVO, UNIVO_COMMIT, UNIVO_SERVICE)
    page = _cs_verbatim(snap.read(UNIVO, UNIVO_COMMIT, UNIVO_BUILDER_PATH), "BuildTemplate(")
    url = blob_url(UNIVO, UNIVO_COMMIT, UNIVO_SERVICE)
    at = service.index("CambiarEstadoPostulacionAsync")
    states = dict(re.findall(r'(\d) => "([^"]+)"', service[at:]))
    title = re.search(r'BuildTemplate\("([^"]+)", cuerpo\)', service[at:])
    subject = re.search(r'var asunto = \$"([^"]+)";', service[at:])
    if not title or not subject or set(states.values()) != set(UNIVO_STATES):
        raise ValueError("not the status mail the recipe knows")
    status_body = _cs_verbatim(service[at:], "var cuerpo =")
    match_at = service.index("Coincidencia perfecta")
    match_subject = re.search(r'var asunto = \$"([^"]+)";', service[match_at - 200 :])
    match_title = re.search(r'BuildTemplate\("([^"]+)", cuerpoHtml\)', service[match_at:])
    if not match_subject or not match_title:
        raise ValueError("no perfect-match mail")
    mails: list[tuple[str, str, str, str, str]] = [
        (category, state, subject.group(1), title.group(1), status_body)
        for state, (category, variants) in UNIVO_STATES.items()
        for _ in range(variants)
    ]
    mails.append(
        (
            "acknowledgement",
            "",
            match_subject.group(1),
            match_title.group(1),
            _cs_verbatim(service[match_at:], "var cuerpoHtml ="),
        )
    )
    for n, (category, state, subj, head, body) in enumerate(mails):
        company = UNIVO_COMPANIES[n % len(UNIVO_COMPANIES)]
        role = fill_for(unit, state or "match", "es", n).role
        values = {
            "postulacion.Perfil?.Nombres": FIRST,
            "postulacion.Oferta.Titulo": role,
            "postulacion.Oferta.Empresa.NombreComercial": company,
            "nombreEstado": state,
            "perfil.Nombres": FIRST,
            "perfil.Apellidos": OWNER[0].split()[1],
            "oferta.Titulo": role,
            "oferta.Empresa?.NombreComercial": company,
        }
        content = _cs_fill(body, values)
        html = _cs_fill(page, {"title": head, "content": content})
        yield _spec(
            unit,
            url,
            category,
            subject=_cs_fill(subj, values),
            text=_text_part(html),
            html=html,
            company=company,
            role=role,
            labels_on_rejection=True,
            sender=("Bolsa de Trabajo UNIVO", UNIVO_SENDER_ADDRESS),
            noreply=True,
            fmt="html_only",
        )


HUMANJOBS = "OBouysfi/SolutionRHRecrutement"
HUMANJOBS_COMMIT = "70a48ff605d54afc25617231e929e0eb3da43e71"
HUMANJOBS_SEEDER = "src/database/seeders/EmailTemplateSeeder.php"
HUMANJOBS_VIEW = "src/resources/views/emails/statusUpdateAts.blade.php"
# status_id: (category, variants). The status mail takes the first seeded template of the
# new status (``EmailTemplate::where('status_id', ...)->first()``): the generic interview
# call for 3, the plain refusal for 6 ("Rejet après entretien" is never the first).
HUMANJOBS_STATUSES = {
    "1": ("acknowledgement", 1),
    "2": ("other", 1),
    "3": ("interview_invitation", 1),
    "6": ("rejection", 2),
    "5": ("offer", 1),
}
# Ours: the sender (``MAIL_FROM_*`` are environment values), the clients and posts.
HUMANJOBS_SENDER = ("Humanjobs", "recrutement@humanjobs.ma")
HUMANJOBS_CLIENTS = ("Atlas Logistique", "Cosumar", "Clinique Les Oudayas")


def _seeded_templates(seeder: str) -> list[dict[str, str]]:
    """The ``'key' => "..."``/``'...'`` pairs of each array of an ``EmailTemplateSeeder``,
    double-quoted PHP escapes (``\\n``, ``\\'``) read."""
    out = []
    for block in re.findall(r"(?s)\[\s*'status_id'(.*?)'is_active'", seeder):
        pairs = re.findall(
            r"'(\w+)'\s*=>\s*(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'|(\d+))",
            "'status_id'" + block,
        )
        row = {}
        for key, dq, sq, num in pairs:
            if dq:
                row[key] = dq.replace("\\n", "\n").replace("\\'", "'").replace('\\"', '"')
            else:
                row[key] = sq.replace("\\'", "'") if sq else num
        out.append(row)
    return out


def humanjobs(snap: Snapshot) -> Iterator[Spec]:
    """The status mail: the first seeded template of each status, its three placeholders
    replaced as the controller does (``[Nom du recruteur]`` and an interview's date, time and
    place left as written), in the view (``nl2br(e(...))``); HTML only."""
    unit = "humanjobs/fr"
    rows = _seeded_templates(snap.read(HUMANJOBS, HUMANJOBS_COMMIT, HUMANJOBS_SEEDER))
    view = snap.read(HUMANJOBS, HUMANJOBS_COMMIT, HUMANJOBS_VIEW)
    url = blob_url(HUMANJOBS, HUMANJOBS_COMMIT, HUMANJOBS_SEEDER)
    n = 0
    for status, (category, variants) in HUMANJOBS_STATUSES.items():
        row = next(r for r in rows if r["status_id"] == status)
        for _ in range(variants):
            client = HUMANJOBS_CLIENTS[n % len(HUMANJOBS_CLIENTS)]
            post = fill_for(unit, status, "fr", n).role
            marks = {
                "[Nom du candidat]": OWNER[0],
                "[Nom du poste]": post,
                "[Nom de l'entreprise]": client,
            }
            subject, content = row["subject"], row["content"]
            for mark, value in marks.items():
                subject, content = subject.replace(mark, value), content.replace(mark, value)
            body = html_lib.escape(content).replace("\n", "<br />\n")
            html = _fill_blade(
                view.replace("{!! nl2br(e($data['content'])) !!}", body),
                {"__($data['subject'])": html_lib.escape(subject)},
            )
            yield _spec(
                unit,
                url,
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company=client,
                role=post,
                labels_on_rejection=True,
                sender=HUMANJOBS_SENDER,
                noreply=False,
                fmt="html_only",
            )
            n += 1


SENRECRUT = "brojalloo/Sen-Recrutement"
SENRECRUT_COMMIT = "437be7fc01ba394eb105960cbfbeae123b278450"
SENRECRUT_PATH = "app/Notifications/ApplicationStatusChanged.php"
# status: (category, variants). "accepted": the recruiter wants to go on with the applicant.
SENRECRUT_MAILS = {"accepted": ("moving_forward", 1), "rejected": ("rejection", 2)}
# Ours: the app's name and address (``.env.example`` has "Laravel"), the sender, the jobs.
SENRECRUT_APP = ("Sen Recrutement", "https://senrecrutement.sn")
SENRECRUT_SENDER = ("Sen Recrutement", "noreply@senrecrutement.sn")
SENRECRUT_JOBS = (
    ("Comptable", "Sonatel", "Dakar"),
    ("Technicien de maintenance", "SENELEC", "Thiès"),
    ("Assistante de direction", "CBAO", "Dakar"),
)


def senrecrut(snap: Snapshot) -> Iterator[Spec]:
    """``toMail``'s two branches as Laravel's default notification renders them (session
    25's readers); HTML with the text part."""
    unit = "senrecrut/fr"
    method = _php_method(snap.read(SENRECRUT, SENRECRUT_COMMIT, SENRECRUT_PATH), "toMail")
    app, url = SENRECRUT_APP
    n = 0
    for status, (category, variants) in SENRECRUT_MAILS.items():
        for _ in range(variants):
            title, company, location = SENRECRUT_JOBS[n % len(SENRECRUT_JOBS)]
            values = {
                "$job->title": title,
                "$company": company,
                "$job->location": location,
                "url('/candidate/applications')": f"{url}/candidate/applications",
                "url('/jobs')": f"{url}/jobs",
            }
            calls = _mail_message(
                method, values, {"$this->status === 'accepted'": status == "accepted"}
            )
            subject = next(args[0] for name, args in calls if name == "subject")
            html = f"<html><body>{_laravel_notification_html(calls, app, url)}</body></html>"
            yield _spec(
                unit,
                blob_url(SENRECRUT, SENRECRUT_COMMIT, SENRECRUT_PATH),
                category,
                subject=subject,
                text=_text_part(html),
                html=html,
                company=company,
                role=title,
                labels_on_rejection=True,
                sender=SENRECRUT_SENDER,
                noreply=True,
                fmt="html",
            )
            n += 1
