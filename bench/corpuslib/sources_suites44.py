"""Recipes for session 36's sources44 (issue 11): German mail from a care-services job portal's
reply templates and a Swiss foundation's grant portal.

Checklist (RobbySchmidt/checklist, a Nuxt job portal for German care services, "Pflegedienste",
with an employer portal; 2026): the two replies an employer sends an applicant from the portal's
applications page (``app/components/portal/MessageDialog.vue``): the invitation to a short talk
and the refusal ("Wir haben uns für eine andere Bewerberin oder einen anderen Bewerber
entschieden"), the defaults of ``shared/utils/templates.ts`` filled by its ``fillTemplate``
({name}, {stelle}, {dienst}, {ansprechperson}, {telefon}), sent "Als E-Mail" through a
``mailto:`` link whose subject is "Ihre Bewerbung bei <the service>" (so plain text, from the
employer's own mailbox). Left out: the WhatsApp and copy buttons (no mail), the employer's own
templates (``template_invite``/``template_reject``, not in the repository) and the portal's
mail to the employer about a new application (``server/utils/notify.ts``: to the service, not
the applicant). No snapshot could be fetched: the two files were read with ``read_file`` and
saved verbatim as plain files (``shared/utils/templates.ts`` at 933eb841,
``app/components/portal/MessageDialog.vue`` at 38b440a5; the script is
``notes/s36/sources44/save_checklist.py``).

Eilinger (vmutius/EilingerV6, the Laravel site of the Eilinger Stiftung, a Swiss foundation
that funds education, people in need, human rights, animal and environmental projects; 2024):
the notification ``StatusUpdated`` mails an applicant when the foundation sets the status of
their grant application ("Gesuch"): "Der Status ihres Gesuchs ... wurde geändert auf" and the
status's German label, among them "Abgelehnt" (a grant refused: no job, ``not_a_job``) and
"Genehmigt" (granted); the foundation's own notification layout
(``resources/views/vendor/notifications/email.blade.php``: "Mit freundlichen Grüssen", its
German subcopy). Left out: the mail to the foundation's admins about a new application and
about a new message (to the foundation, not the applicant), the two-factor code and the
password mails (no application).

Mobilizon (framasoft/mobilizon, Framasoft's federated events and groups platform, Elixir, its
German catalogue complete): the mails a participant gets when an organiser decides on a request
to attend an event that needs approval ("Schade! Sie sind nicht dabei." ... "Leider hat der
Organisator deine Teilnahme abgelehnt.") or approves it, and when a group decides on a request
to join it ("Tut uns leid, dieses Mal nicht!", "Ihr Antrag auf Mitgliedschaft ... wurde
abgelehnt") or approves it: an event place and a group membership refused, no job
(``not_a_job``). Each is the text part Phoenix.Swoosh renders (``*.text.eex`` in the
``email.text.eex`` layout, ``gettext`` from ``priv/gettext/de/LC_MESSAGES/default.po``) under the
subject its ``lib/web/email/*.ex`` function gives; the HTML part (the same strings in a heex
layout with the event card) is left out, as are the Dutch mails (the Dutch catalogue leaves
most of these strings untranslated, so a Dutch user gets them half in English).

Karrot (karrot-dev/karrot-backend, the Django back end of karrot.world, where foodsaving and
other volunteer groups take new members by application; its repository now holds only a README,
so the pinned commit is the last one with the code): the mail an applicant gets when a group
decides on their application to join it: "Deine Bewerbung bei <group> wurde abgelehnt" (the
German catalogue words it as a job application, "Bewerbung"), or accepted, with the button to
the group; a volunteer group's membership refused, no job (``not_a_job``). Each is the MJML
template's content as HTML (the title, the button, the English footer), its text part derived
from it as ``generate_plaintext_from_html`` does, under its subject template ("[karrot.world]
❌ ..."). Left out: the mail to a group's members about a new application (to the group), and
Dutch (the Dutch catalogue leaves these strings untranslated).

Trolleydienst (schillermann/trolleydienst-php, MIT, a congregation's shift planner for its
literature trolleys and stands, PHP): the notices it mails a publisher on a shift when another
one applies for it ("Neuer Bewerber": "... hat sich ebenfalls auf deine Schicht ... beworben"),
withdraws that application ("Bewerbung zurückgezogen") or when the shift is deleted: a job
application's words for a volunteer shift, no refusal of the recipient (``other``). The seeded
``email_templates`` rows of ``install/sql_import.php``, the signature and placeholders replaced
as ``services/get_email_template.php`` and the sending service do with ``strtr`` (the deletion
does not fill ``WEBSITE_LINK``, so its signature keeps it, as sent); plain text (Symfony Mailer's
text part: the templates hold no HTML). Left out: the new password, the user's welcome with the
login, the appointment list and the free "Infos" message (no application).

TDB Network (Mohagames205/TDB-Site, the Laravel site of a Dutch Minecraft server network, 2020):
the mails to a player who applied for a staff role on the network (its form's "functie":
Support, Moderator, Builder, Eventmanager, Public Relations, Developer): the refusal ("Helaas
moeten wij u meedelen dat uw sollicitatie voor X is afgewezen. De opgegeven reden is: ..."), the
receipt and the acceptance ("u bent aangenomen voor de functie X"). An unpaid role in a game
community, no job (``not_a_job``, as the volunteer places of earlier units), though the mail
says "sollicitatie" and "functie" and only the network's name and footer tell it apart; session
28 (sources14) left this source out for that label, session 35 settled volunteer places as
``not_a_job``.
Each Mailable's Blade view with its three properties, its ``build()`` subject, HTML with the text
part derived (Laravel sends a view as HTML alone; the text part here is what a reader sees)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html import escape

from .fill import OWNER, Spec, html_spec
from .render import po_entries
from .snapshot import Snapshot, blob_url
from .sources_laravel import render_blade
from .sources_suites25 import _laravel_notification_html, _php_split
from .sources_suites35 import _laravel_lang
from .sources_trackers import _spec
from .templating import exact_value, fill_exact, fill_js, js_literal

CHECKLIST = "RobbySchmidt/checklist"
# read_file's commits of the two plain files (no snapshot could be fetched).
CHECKLIST_TEMPLATES_AT = "933eb841d33bcb8249d0819f14a4ebb689ba2aed"
CHECKLIST_DIALOG_AT = "38b440a5183708b081eca814a6f266bae858efff"
CHECKLIST_TEMPLATES_PATH = "shared/utils/templates.ts"
CHECKLIST_DIALOG_PATH = "app/components/portal/MessageDialog.vue"
# MessageDialog's kind: (the default template's constant, category, variants).
CHECKLIST_MAILS = {
    "invite": ("DEFAULT_TEMPLATE_INVITE", "interview_invitation", 2),
    "reject": ("DEFAULT_TEMPLATE_REJECT", "rejection", 3),
}
# Ours: the care services (employer.name, .phone, the domain of their mailbox), the posts
# (job.title) and their contact people (job.contact_name), the applicants' names.
CHECKLIST_SERVICES = (
    ("Ambulanter Pflegedienst Lindenhof", "05141 93 27 40", "pflegedienst-lindenhof.de"),
    ("Diakoniestation Am Mühlbach", "0711 48 90 21 3", "diakonie-muehlbach.de"),
    ("Pflegeteam Rosengarten GmbH", "0351 27 66 18 0", "pflegeteam-rosengarten.de"),
)
CHECKLIST_POSTS = (
    ("Pflegefachkraft (m/w/d) in Teilzeit", "Sabine Krüger"),
    ("Pflegehelfer/in für die Tourenpflege", "Thomas Albrecht"),
    ("Alltagsbegleitung (m/w/d) auf Minijob-Basis", "Martina Hoffmann"),
)


def _checklist_mail(template: str, values: dict[str, str]) -> str:
    """``fillTemplate``: each ``{key}`` of ``values`` replaced (the portal passes all five)."""
    return fill_exact(template, r"\{(\w+)\}", values)


def checklist(snap: Snapshot) -> Iterator[Spec]:
    """Each default reply as the dialog builds it and the employer's mail client sends it: the
    template filled, the ``mailto:`` subject, plain text from the contact person."""
    unit = "checklist/de"
    templates = snap.read(CHECKLIST, CHECKLIST_TEMPLATES_AT, CHECKLIST_TEMPLATES_PATH)
    dialog = snap.read(CHECKLIST, CHECKLIST_DIALOG_AT, CHECKLIST_DIALOG_PATH)
    subject = js_literal(dialog, "const subject = computed(() =>")
    url = blob_url(CHECKLIST, CHECKLIST_TEMPLATES_AT, CHECKLIST_TEMPLATES_PATH)
    if "e.template_invite || DEFAULT_TEMPLATE_INVITE : e.template_reject" not in dialog:
        raise ValueError("the dialog no longer falls back on the default templates")
    n = 0
    for constant, category, variants in CHECKLIST_MAILS.values():
        template = js_literal(templates, f"export const {constant} =")
        for _ in range(variants):
            service, phone, domain = CHECKLIST_SERVICES[n % len(CHECKLIST_SERVICES)]
            post, contact = CHECKLIST_POSTS[(n + 1) % len(CHECKLIST_POSTS)]
            values = {
                "name": OWNER[0],
                "stelle": post,
                "dienst": service,
                "ansprechperson": contact,
                "telefon": phone,
            }
            first, _, last = contact.lower().partition(" ")
            address = f"{first}.{last}@{domain}".replace("ü", "ue").replace("ö", "oe")
            yield _spec(
                unit,
                url,
                category,
                subject=fill_js(subject, {"props.employer?.name ?? ''": service}),
                text=_checklist_mail(template, values),
                company=service,
                role=post,
                labels_on_rejection=True,
                sender=(contact, address),
                noreply=False,
            )
            n += 1


def _no_job(
    unit: str,
    url: str,
    category: str,
    subject: str,
    sender: tuple[str, str],
    *,
    html: str | None = None,
    text: str | None = None,
    reply_to: str | None = None,
) -> Spec:
    """A look-alike unit's mail (no employer, no post): HTML with its text part derived, or
    plain text; from a no-reply address when its local part says so."""
    noreply = sender[1].startswith("noreply@")
    fields = {"company": "n/a", "role": "n/a", "sender": sender, "noreply": noreply}
    if html is not None:
        return html_spec(unit, url, category, html, subject=subject, fmt="html", **fields)
    return _spec(unit, url, category, subject=subject, text=text, reply_to=reply_to, **fields)


EILINGER = "vmutius/EilingerV6"
EILINGER_COMMIT = "ba34b9c86104a278496e02d097f45b05b0d984b9"
EILINGER_PATH = "app/Notifications/StatusUpdated.php"
EILINGER_LAYOUT_PATH = "resources/views/vendor/notifications/email.blade.php"
# The status set (ApplStatus's case): (category, variants). "Blocked" is shown as "Abgelehnt"
# (a grant refused); the others say where the application stands.
EILINGER_STATUSES = {
    "WAITING": ("other", 1),
    "COMPLETE": ("other", 1),
    "APPROVED": ("other", 1),
    "BLOCKED": ("not_a_job", 2),
}
# config/app.php's default name; APP_URL, the sender and the applications (name, id) ours
# (.env.example's are Laravel's placeholders).
EILINGER_NAME = "Eilinger Stiftung"
EILINGER_URL = "https://www.eilingerstiftung.ch"
EILINGER_SENDER = (EILINGER_NAME, "gesuche@eilingerstiftung.ch")
EILINGER_APPLICATIONS = (
    ("Masterstudium Umweltingenieurwissenschaften ETH", "214"),
    ("Ausbildung zur Fachfrau Gesundheit EFZ", "187"),
    ("Sanierung Gehege Tierheim Seeland", "239"),
)


def _eilinger_status_labels(source: str) -> dict[str, str]:
    """``ApplStatus::CASE->name => 'Label'`` of ``application.php``'s ``status_name`` array."""
    block = re.search(r"'status_name' => \[(.*?)\]", source, flags=re.S)
    if not block:
        raise ValueError("no status_name")
    return dict(re.findall(r"ApplStatus::(\w+)->name => '([^']*)'", block.group(1)))


def _mail_calls(method: str, values: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The ``->call(args)`` lines of a ``return (new MailMessage)`` chain, one call a line, in
    order, each argument looked up by its exact text (an unknown one raises)."""
    lookup = exact_value(values)
    calls = []
    for line in method.splitlines():
        m = re.fullmatch(r"\s*->(\w+)\((.*)\);?\s*", line)
        if m:
            calls.append((m.group(1), [lookup(a) for a in _php_split(m.group(2), ",")]))
    return calls


def eilinger(snap: Snapshot) -> Iterator[Spec]:
    """``StatusUpdated``'s mail for each status the foundation sets: the ``MailMessage`` calls
    with the German strings filled, in the foundation's layout; HTML with its text part."""
    unit = "eilinger/de"
    source = snap.read(EILINGER, EILINGER_COMMIT, EILINGER_PATH)
    layout = snap.read(EILINGER, EILINGER_COMMIT, EILINGER_LAYOUT_PATH)
    if "{{ __('notify.regards') }}" not in layout or "notify.browser_action" not in layout:
        raise ValueError("the notification layout changed")
    notify_source = snap.read(EILINGER, EILINGER_COMMIT, "lang/de/notify.php")
    notify = _laravel_lang(notify_source)
    # The subcopy is the file's one double-quoted string (escaped quotes inside).
    subcopy = re.search(r"'browser_action' => \"((?:[^\"\\]|\\.)*)\"", notify_source)
    if not subcopy:
        raise ValueError("no browser_action")
    notify["browser_action"] = re.sub(r"\\(.)", r"\1", subcopy.group(1))
    labels = _eilinger_status_labels(
        snap.read(EILINGER, EILINGER_COMMIT, "lang/de/application.php")
    )
    method = re.search(r"function toMail\(.*?\{(.*?)\n    \}", source, flags=re.S)
    if not method:
        raise ValueError("no toMail")
    url = blob_url(EILINGER, EILINGER_COMMIT, EILINGER_PATH)
    n = 0
    for status, (category, variants) in EILINGER_STATUSES.items():
        for _ in range(variants):
            name, number = EILINGER_APPLICATIONS[n % len(EILINGER_APPLICATIONS)]
            values = {
                "__('notify.new_status')": notify["new_status"],
                "__('notify.greeting')": notify["greeting"],
                "__('notify.new_status_line1', ['application' => $this->application->name])": (
                    notify["new_status_line1"].replace(":application", name)
                ),
                "__('application.status_name.'.$this->application->appl_status->name)": (
                    labels[status]
                ),
                "__('notify.new_status_action')": notify["new_status_action"],
                "route('user_gesuch', ['application_id' => $this->application->id, "
                "'locale' => app()->getLocale()])": (
                    f"{EILINGER_URL}/de/user/gesuch?application_id={number}"
                ),
            }
            calls = _mail_calls(method.group(1), values)
            subjects = [args[0] for call, args in calls if call == "subject"]
            if len(subjects) != 1:
                raise ValueError(f"{len(subjects)} subjects")
            html = _laravel_notification_html(
                calls,
                EILINGER_NAME,
                EILINGER_URL,
                regards=notify["regards"],
                subcopy_text=notify["browser_action"].replace(":actionText", "{text}"),
            )
            yield _no_job(unit, url, category, subjects[0], EILINGER_SENDER, html=html)
            n += 1


MOBILIZON = "framasoft/mobilizon"
MOBILIZON_COMMIT = "c64a0ea7ce1dd2f4ef46b87cc1a8cc012afe2321"
MOBILIZON_VIEWS = "lib/web/templates/email"
MOBILIZON_PO = "priv/gettext/de/LC_MESSAGES/default.po"
# template: (the module that sends it, the English subject it translates, the subject's
# placeholder, category, variants).
MOBILIZON_MAILS = (
    (
        "event_participation_rejected",
        "lib/web/email/participation.ex",
        "Your participation to event %{title} has been rejected",
        "title",
        "not_a_job",
        2,
    ),
    (
        "event_participation_approved",
        "lib/web/email/participation.ex",
        "Your participation to event %{title} has been approved",
        "title",
        "other",
        1,
    ),
    (
        "group_membership_rejection",
        "lib/web/email/member.ex",
        "Your membership request for group %{group} has been rejected",
        "group",
        "not_a_job",
        1,
    ),
    (
        "group_membership_approval",
        "lib/web/email/member.ex",
        "Your membership request for group %{group} has been approved",
        "group",
        "other",
        1,
    ),
)
# Ours: the instance (config.exs's name and address are placeholders), its events (title,
# uuid) and groups (display name, preferred username).
MOBILIZON_INSTANCE = ("Treffpunkt Nordstadt", "https://treffpunkt-nordstadt.de")
MOBILIZON_SENDER = ("Treffpunkt Nordstadt", "noreply@treffpunkt-nordstadt.de")
MOBILIZON_EVENTS = (
    ("Repair-Café im Stadtteilladen", "3f6c1e2a-8d4b-4c55-9a71-2b9e0d6c4a10"),
    ("Offenes Singen am Kanal", "a81d44f0-5b2e-4e0c-b6f3-7c2d9e1a5b84"),
)
MOBILIZON_GROUPS = (("Gemeinschaftsgarten Nordstadt", "garten_nordstadt"),)
_EEX_TAG = re.compile(r"<%=?\s*(.*?)\s*%>", flags=re.S)
_GETTEXT = re.compile(r'gettext "((?:[^"\\]|\\.)*)"(.*)', flags=re.S)


def _eex_text(template: str, values: dict[str, str], catalogue: dict[str, str]) -> str:
    """A text EEx template filled: ``gettext "msgid", key: expr`` translated (an untranslated
    one stays English, as gettext gives it) with ``%{key}`` from ``expr``'s value; the demo
    mode's ``if`` block dropped (the instance is no demo); any other tag by its exact text. An
    unknown expression raises."""
    lookup = exact_value(values)
    demo = re.compile(
        r"<%= if Mobilizon\.Config\.instance_demo_mode\?\(\) do %>.*?<% end %>\n", re.S
    )
    template = demo.sub("", template)

    def tag(m: re.Match[str]) -> str:
        expr = m.group(1)
        call = _GETTEXT.fullmatch(expr)
        if call is None:
            return lookup(expr)
        msgid = call.group(1).replace('\\"', '"')
        text = catalogue.get(msgid) or msgid
        args = dict(re.findall(r",\s*(\w+):\s*(.+?)\s*(?=,\s*\w+:|$)", call.group(2)))
        return re.sub(r"%\{(\w+)\}", lambda k: lookup(args[k.group(1)]), text)

    return _EEX_TAG.sub(tag, template)


def mobilizon(snap: Snapshot) -> Iterator[Spec]:
    """Each decision's text part as Phoenix.Swoosh renders it in German: the template in the
    layout, the translated subject its sending function gives; from the instance (no-reply,
    its address as reply-to)."""
    unit = "mobilizon/de"
    catalogue = po_entries(snap.read(MOBILIZON, MOBILIZON_COMMIT, MOBILIZON_PO))
    layout = snap.read(MOBILIZON, MOBILIZON_COMMIT, f"{MOBILIZON_VIEWS}/email.text.eex")
    name, site = MOBILIZON_INSTANCE
    n = 0
    for view, module, subject_id, key, category, variants in MOBILIZON_MAILS:
        if f'"{subject_id}"' not in snap.read(MOBILIZON, MOBILIZON_COMMIT, module):
            raise ValueError(f"{module} no longer sends {subject_id!r}")
        path = f"{MOBILIZON_VIEWS}/{view}.text.eex"
        template = snap.read(MOBILIZON, MOBILIZON_COMMIT, path)
        for _ in range(variants):
            title, uuid = MOBILIZON_EVENTS[n % len(MOBILIZON_EVENTS)]
            group, username = MOBILIZON_GROUPS[n % len(MOBILIZON_GROUPS)]
            values = {
                "@event.title": title,
                "Mobilizon.Actors.Actor.display_name(@group)": group,
                '~p"/events/#{@event.uuid}" |> url() |> URI.decode()': f"{site}/events/{uuid}",
                '~p"/@#{Mobilizon.Actors.Actor.preferred_username_and_domain(@group)}" '
                "|> url() |> URI.decode()": f"{site}/@{username}",
                "@instance_name": name,
            }
            inner = _eex_text(template, values, catalogue)
            text = _eex_text(layout, {**values, "@inner_content": inner}, catalogue)
            subject = (catalogue.get(subject_id) or subject_id).replace(
                f"%{{{key}}}", title if key == "title" else group
            )
            url = blob_url(MOBILIZON, MOBILIZON_COMMIT, path)
            sender = MOBILIZON_SENDER
            yield _no_job(unit, url, category, subject, sender, text=text, reply_to=sender[1])
            n += 1


KARROT = "karrot-dev/karrot-backend"
# The last commit with the code (the newest, 4e47cb96, keeps only a README).
KARROT_COMMIT = "dbe42a10ff010c4b8b4a8b86933dd0c68e96f136"
KARROT_VIEWS = "karrot/applications/templates"
KARROT_PO = "karrot/locale/de/LC_MESSAGES/django.po"
KARROT_FOOTER_PATH = "karrot/base/templates/_footer.mjml"
# template: (category, variants).
KARROT_MAILS = {"application_declined": ("not_a_job", 2), "application_accepted": ("other", 1)}
# local_settings.py.example's SITE_NAME; the sender's address, the site's URL for the groups
# and the groups ours (options.env's are a dev instance's).
KARROT_SITE = "karrot.world"
KARROT_SENDER = ("karrot.world", "noreply@karrot.world")
KARROT_GROUPS = (("Foodsaving Leipzig-Ost", "148"), ("Lebensmittelretter Wedding", "212"))
_TRANS = re.compile(r"\{% trans group_name=group\.name(?:\|safe)? %\}(.*?)\{% endtrans %\}", re.S)


def _karrot_trans(text: str, group: str, catalogue: dict[str, str]) -> str:
    """Jinja's ``{% trans group_name=group.name %}...{% endtrans %}`` blocks in German (an
    untranslated one stays English), ``{{ group_name }}`` filled."""

    def block(m: re.Match[str]) -> str:
        msgid = " ".join(m.group(1).split()).replace("{{ group_name }}", "%(group_name)s")
        return (catalogue.get(msgid) or msgid).replace("%(group_name)s", group)

    return _TRANS.sub(block, text)


def karrot(snap: Snapshot) -> Iterator[Spec]:
    """Each decision's mail: the subject template and the MJML's title, button and footer in
    German, the group without a welcome message; HTML with the text derived from it, from the
    site."""
    unit = "karrot/de"
    catalogue = po_entries(snap.read(KARROT, KARROT_COMMIT, KARROT_PO))
    footer = re.search(
        r"<p>(.*?)</p>", snap.read(KARROT, KARROT_COMMIT, KARROT_FOOTER_PATH), flags=re.S
    )
    if not footer:
        raise ValueError("no footer")
    footer_html = " ".join(footer.group(1).split()).replace("&bullet;", "•")
    n = 0
    for view, (category, variants) in KARROT_MAILS.items():
        path = f"{KARROT_VIEWS}/{view}.mjml"
        mjml = snap.read(KARROT, KARROT_COMMIT, path)
        subject_template = snap.read(KARROT, KARROT_COMMIT, f"{KARROT_VIEWS}/{view}.subject.jinja2")
        title = re.search(r"<h1>(.*?)</h1>", mjml, flags=re.S)
        if not title:
            raise ValueError(f"{view}: no title")
        button = re.search(r'<mj-button href="\{\{ group_url \}\}">(.*?)</mj-button>', mjml, re.S)
        for _ in range(variants):
            group, number = KARROT_GROUPS[n % len(KARROT_GROUPS)]
            group_url = f"https://{KARROT_SITE}/#/group/{number}/wall"
            parts = [f"<h1>{escape(_karrot_trans(title.group(1), group, catalogue))}</h1>"]
            if button:
                label = escape(_karrot_trans(button.group(1), group, catalogue).strip())
                parts.append(f'<p><a href="{group_url}">{label}</a></p>')
            parts.append(f"<p>{footer_html}</p>")
            html = "\n".join(parts)
            subject = _karrot_trans(subject_template, group, catalogue).replace(
                "{{ site_name }}", KARROT_SITE
            )
            if "{" in subject:
                raise ValueError(f"{view}: unfilled subject {subject!r}")
            url = blob_url(KARROT, KARROT_COMMIT, path)
            subject = subject.replace("\n", "")
            yield _no_job(unit, url, category, subject, KARROT_SENDER, html=html)
            n += 1


TROLLEY = "schillermann/trolleydienst-php"
TROLLEY_COMMIT = "f2462b0169bd9ced460c825c48cb42534c9b32bc"
TROLLEY_SEED_PATH = "install/sql_import.php"
# email_templates id (EmailTemplates' constant): (the service that sends it, category). A
# publisher's application for a shift ("beworben", "Bewerbung") and its withdrawal, told to the
# others on the shift, and the shift deleted: no job, no refusal of the recipient.
TROLLEY_MAILS = {
    4: ("services/send_mail_applicant_action.php", "other"),
    5: ("services/send_mail_applicant_action.php", "other"),
    6: ("services/delete_shift.php", "other"),
}
TROLLEY_SIGNATURE = 1
# Ours: the constants of config.php (team, application and congregation names, the addresses),
# the publishers, the site and the shift's date (language/de.php's "d.m.Y").
TROLLEY_CONSTANTS = {
    "TEAM_NAME": "Trolleydienst-Team",
    "APPLICATION_NAME": "Trolleydienst",
    "CONGREGATION_NAME": "Versammlung Hamm-Nord",
    "EMAIL_ADDRESS_REPLY": "trolley.hamm-nord@gmx.de",
}
TROLLEY_SENDER = ("Trolleydienst-Team", "trolleydienst@hamm-nord.example.de")
TROLLEY_VALUES = {
    "NAME": OWNER[0],
    "APPLICANT_NAME": "Jonas Becker",
    "SHIFT_DATE": "14.03.2025",
    "WEBSITE_LINK": "http://trolley.hamm-nord.example.de",
}


def _strtr(text: str, pairs: dict[str, str]) -> str:
    """PHP's ``strtr($text, $pairs)``: one pass, the longest key first at each place."""
    if not pairs:
        return text
    keys = sorted(pairs, key=len, reverse=True)
    return re.sub("|".join(map(re.escape, keys)), lambda m: pairs[m.group(0)], text)


def _trolley_templates(seed: str) -> dict[int, tuple[str, str]]:
    """id -> (subject, message) of the seed's ``INSERT INTO email_templates`` rows."""
    rows = re.findall(r'\(\s*(\d+),\s*"([^"]*)",\s*"([^"]*)",\s*datetime\(', seed)
    if not rows:
        raise ValueError("no email_templates rows")
    return {int(i): (subject, message) for i, subject, message in rows}


def trolley(snap: Snapshot) -> Iterator[Spec]:
    """Each notice as the service sends it: ``get_email_template``'s first ``strtr`` (the
    constants, the signature), then the service's own (the applicant action fills the site's
    link, the shift deletion does not, so its signature keeps ``WEBSITE_LINK``); plain text."""
    unit = "trolley/de"
    templates = _trolley_templates(snap.read(TROLLEY, TROLLEY_COMMIT, TROLLEY_SEED_PATH))
    signature = _strtr(templates[TROLLEY_SIGNATURE][1], TROLLEY_CONSTANTS)
    for template_id, (service, category) in TROLLEY_MAILS.items():
        source = snap.read(TROLLEY, TROLLEY_COMMIT, service)
        keys = re.findall(r"'([A-Z_]+)' =>", source)
        if not keys or any(k not in TROLLEY_VALUES for k in keys):
            raise ValueError(f"{service}: placeholders {keys}")
        subject, message = templates[template_id]
        first = _strtr(message, {**TROLLEY_CONSTANTS, "SIGNATURE": signature})
        text = _strtr(first, {k: TROLLEY_VALUES[k] for k in keys})
        url = blob_url(TROLLEY, TROLLEY_COMMIT, TROLLEY_SEED_PATH)
        subject = _strtr(subject, TROLLEY_CONSTANTS)
        sender = TROLLEY_SENDER
        yield _no_job(
            unit,
            url,
            category,
            subject,
            sender,
            text=text,
            reply_to=TROLLEY_CONSTANTS["EMAIL_ADDRESS_REPLY"],
        )


TDB = "Mohagames205/TDB-Site"
TDB_COMMIT = "5348121ec1e90a634700f24e476bc29ac287ad8a"
TDB_VIEWS = "resources/views/emails"
# Mailable: (view, category, the staff's note or None per variant). A staff role on a
# Minecraft network (its apply form's "functie": Support, Moderator, Builder, ...), unpaid.
TDB_MAILS = {
    "RejectedApplication": ("rejectedapplication", "not_a_job", (None, "Te weinig ervaring.")),
    "ReceivedApplication": ("receivedapplication", "other", (None,)),
    "ApprovedApplication": ("approvedapplication", "other", ("Sterke motivatie!",)),
}
# Ours: the roles picked from the form's options, the sender (.env.example's are Laravel's).
TDB_ROLES = ("Moderator", "Builder", "Eventmanager")
TDB_SENDER = ("TDB Network", "noreply@tdbnetwork.nl")


def _escaped(lookup: Callable[[str], str]) -> Callable[[str], str]:
    """Blade's ``{{ }}``: the value HTML-escaped."""
    return lambda expr: escape(lookup(expr), quote=False)


def tdb(snap: Snapshot) -> Iterator[Spec]:
    """Each Mailable's view rendered with its three properties and the footer's year, under
    the subject its ``build()`` gives; HTML with its text part derived."""
    unit = "tdb/nl"
    form = snap.read(TDB, TDB_COMMIT, "resources/views/apply.blade.php")
    n = 0
    for mailable, (view, category, notes) in TDB_MAILS.items():
        source = snap.read(TDB, TDB_COMMIT, f"app/Mail/{mailable}.php")
        subject = re.search(r'->subject\("([^"]*)"\)', source)
        if not subject:
            raise ValueError(f"{mailable}: no subject")
        path = f"{TDB_VIEWS}/{view}.blade.php"
        blade = snap.read(TDB, TDB_COMMIT, path)
        for note in notes:
            role = TDB_ROLES[n % len(TDB_ROLES)]
            if f">{role}</option>" not in form:
                raise ValueError(f"the form offers no {role}")
            values = {
                "$name": OWNER[0],
                "$functie": role,
                '$reason ?? "geen reden opgegeven."': note or "geen reden opgegeven.",
                'date("Y")': "2025",
            }
            html = render_blade(blade, _escaped(exact_value(values)))
            url = blob_url(TDB, TDB_COMMIT, path)
            yield _no_job(unit, url, category, subject.group(1), TDB_SENDER, html=html)
            n += 1
