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
password mails (no application)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

from .fill import OWNER, Spec, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_suites25 import _markdown_inline, _php_split
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
            rejection = category == "rejection"
            yield _spec(
                unit,
                url,
                category,
                subject=fill_js(subject, {"props.employer?.name ?? ''": service}),
                text=_checklist_mail(template, values),
                company=service if rejection else "n/a",
                role=post if rejection else "n/a",
                sender=(contact, address),
                noreply=False,
            )
            n += 1


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


def _eilinger_html(calls: list[tuple[str, list[str]]], notify: dict[str, str]) -> str:
    """The foundation's notification layout: its name as header, the greeting, the lines, the
    button, "Mit freundlichen Grüssen" and its name, the German subcopy, the footer."""
    parts = [f'<p><a href="{EILINGER_URL}">{escape(EILINGER_NAME)}</a></p>']
    action: tuple[str, str] | None = None
    for name, args in calls:
        if name == "greeting":
            parts.append(f"<h1>{escape(args[0], quote=False)}</h1>")
        elif name == "line":
            parts.append(f"<p>{_markdown_inline(args[0])}</p>")
        elif name == "action":
            action = (args[0], args[1])
            label = escape(args[0], quote=False)
            parts.append(f'<p><a href="{escape(args[1])}" class="button">{label}</a></p>')
    parts.append(f"<p>{escape(notify['regards'])}<br>{escape(EILINGER_NAME)}</p>")
    if action is not None:
        subcopy = notify["browser_action"].replace(":actionText", action[0])
        parts.append(f'<p>{escape(subcopy, quote=False)} <a href="{action[1]}">{action[1]}</a></p>')
    parts.append(f"<p>© 2024 {escape(EILINGER_NAME)}. All rights reserved.</p>")
    return "\n".join(parts)


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
            html = _eilinger_html(calls, notify)
            yield _spec(
                unit,
                url,
                category,
                subject=subjects[0],
                text=html_to_text(html),
                html=f"<html><body>{html}</body></html>",
                company="n/a",
                role="n/a",
                sender=EILINGER_SENDER,
                noreply=False,
                fmt="html",
            )
            n += 1
