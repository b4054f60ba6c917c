"""Recipes for session 15's sources (issue 11): public employment platforms and open-source
recruiting tools whose mail to applicants is in their repositories. La bonne alternance (the
French state's apprenticeship job board: a company's refusal relayed with its reasons) and
Immersion Facilitée (a company turning down a work-immersion request), the UK Department for
Education's Teaching Vacancies (an unsuccessful application), YAWIK (a German open-source job
board and applicant tracker) and Open Hiring (a Dutch student team's hiring platform)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Fill, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .templating import ejs, fill_js, js_literal, rails_t, yaml_scalar

FIRST, LAST = OWNER[0].split()


def _mjml_text(markup: str) -> str:
    """The text an MJML mail shows: its <mj-text> blocks, source line breaks as spaces."""
    body = re.sub(r"(?is)<mj-head>.*?</mj-head>", "", markup)
    body = re.sub(r"\s+", " ", body)
    body = re.sub(r"(?i)</mj-(text|button)>", "</p>", body)
    return html_to_text(body)


def _mjml_html(markup: str) -> str:
    """The MJML mail as plain HTML (mj-* elements as divs), for the multipart variants."""
    body = re.sub(r"(?is)<mj-head>.*?</mj-head>", "", markup)
    body = re.sub(r"<(/?)mj-[\w-]+", r"<\1div", body)
    return f"<html><body>{body}</body></html>"


LBA = "mission-apprentissage/labonnealternance"
LBA_COMMIT = "b632524b96420e754068a3dd46900d76cf90f338"
LBA_TEMPLATES = "server/static/templates"
LBA_CONSTANTS = "shared/src/constants/application.ts"
LBA_SENDER = ("La bonne alternance", "nepasrepondre@apprentissage.beta.gouv.fr")
# refusal variants: (reason keys of RefusalReasons, jobSourceType, partner)
LBA_REFUSALS = [
    ((), "ENTREPRISE", None),
    (("COMPETENCE",), "ENTREPRISE", None),
    (("CANDIDATURE_NON_PERSONNALISEE", "CONTRAT_INADAPTE"), "ENTREPRISE", None),
    (("METIER_RECHERCHE",), "ENTREPRISE", "France Travail"),
    (("ECOLE",), "CFA", None),
]


def _ts_enum(source: str, name: str) -> dict[str, str]:
    """KEY -> "text" of a TypeScript string enum."""
    body = re.search(rf"export enum {name} \{{(.*?)\}}", source, re.S)
    assert body, name
    return dict(re.findall(r'(\w+) = "([^"]*)"', body.group(1)))


def _lba_default_texts(source: str) -> dict[str, str]:
    """ApplicationIntentionDefaultText: the message a recruiter sends unless they write one."""
    texts = re.findall(r"\[ApplicationIntention\.(\w+)\]:\s*\"((?:[^\"\\]|\\.)*)\"", source)
    return {k: v.replace("\\r\\n", "<br />").replace("\\'", "'") for k, v in texts}


def _lba_spec(
    f: Fill, path: str, category: str, subject: str, markup: str, n: int, role: str = "n/a"
) -> Spec:
    return Spec(
        unit="lba/fr",
        url=blob_url(LBA, LBA_COMMIT, path),
        lang="fr",
        category=category,
        rejection=category == "rejection",
        stage="application" if category == "rejection" else "n/a",
        subject=subject,
        text=_mjml_text(markup),
        html=_mjml_html(markup),
        company=f.company,
        role=role,
        sender=LBA_SENDER,
        noreply=True,
        fmt=("html", "html_only")[n % 2],
    )


def lba(snap: Snapshot) -> Iterator[Spec]:
    """La bonne alternance: a company's refusal (its default text, with the reasons the
    recruiter ticked), its interest (with "sans réponse ... pas été retenue"), the
    application-sent receipts and the undelivered-application notice."""
    constants = snap.read(LBA, LBA_COMMIT, LBA_CONSTANTS)
    reasons, texts = _ts_enum(constants, "RefusalReasons"), _lba_default_texts(constants)
    base = {"applicant_first_name": FIRST, "applicant_last_name": LAST, "images": {}}
    base["publicEmail"] = "labonnealternance@apprentissage.beta.gouv.fr"
    path = f"{LBA_TEMPLATES}/mail-candidat-refus.mjml.ejs"
    for n, (keys, source_type, partner) in enumerate(LBA_REFUSALS):
        f = fill_for("lba/fr", "refus", "fr", n)
        data = {**base, "company_name": f.company, "jobSourceType": source_type}
        data |= {
            "partner": partner,
            "comment": texts["REFUS"],
            "reasons": [reasons[k] for k in keys],
        }
        via = f" {partner}" if partner else ""
        subject = f"Réponse négative de {f.company} à la candidature{via} de {OWNER[0]}"
        yield _lba_spec(
            f, path, "rejection", subject, ejs(snap.read(LBA, LBA_COMMIT, path), data), n
        )
    path = f"{LBA_TEMPLATES}/mail-candidat-entretien.mjml.ejs"
    for n in range(2):
        f = fill_for("lba/fr", "entretien", "fr", n)
        data = {**base, "company_name": f.company, "comment": texts["ENTRETIEN"], "partner": None}
        data |= {"email": f.person_addr, "phone": "06 12 34 56 78" if n else None}
        subject = f"Objet : Suite donnée à votre candidature - {f.company}"
        yield _lba_spec(
            f, path, "moving_forward", subject, ejs(snap.read(LBA, LBA_COMMIT, path), data), n
        )
    yield from _lba_receipts(snap, base)


def _lba_receipts(snap: Snapshot, base: dict[str, object]) -> Iterator[Spec]:
    for n, name in enumerate(
        ("mail-candidat-offre-emploi", "mail-candidat-recruteur-lba", "mail-candidat-hardbounce")
    ):
        f = fill_for("lba/fr", name, "fr", n)
        path = f"{LBA_TEMPLATES}/{name}.mjml.ejs"
        data = {
            **base,
            "company_name": f.company,
            "job_title": f.role,
            "company_address": "12 rue des Tanneurs, 69007 Lyon",
        }
        data |= {
            "urlOfDetailNoUtm": "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offre",
            "applicationDate": "03/03/2025",
        }
        data |= {
            "reminderDate": "13/03/2025",
            "company_phone": "04 72 00 00 00",
            "attachmentName": "CV_Robin_Berger.pdf",
        }
        data |= {
            "applicant_message_to_company": "Je suis très motivé par ce poste en alternance.",
            "sendOtherApplicationsUrl": "https://labonnealternance.apprentissage.beta.gouv.fr",
        }
        data |= {
            "applicationWebsiteOrigin": "La bonne alternance",
            "job_type": "offres_emploi_lba" if n == 0 else "recruteurs_lba",
        }
        if name.endswith("hardbounce"):
            category, subject = "other", f"Votre candidature n'a pas pu être envoyée à {f.company}"
        else:
            category, subject = "acknowledgement", f"Votre candidature chez {f.company}"
        role = f.role if n == 0 else "n/a"  # only the job-offer receipt names the job
        markup = ejs(snap.read(LBA, LBA_COMMIT, path), data)
        yield _lba_spec(f, path, category, subject, markup, n, role)


IMMERSION = "gip-inclusion/immersion-facile"
IMMERSION_COMMIT = "cd676358befab6b481b326b25f0e649abc6e1423"
IMMERSION_REJECT = "shared/src/discussion/discussion.content.ts"
IMMERSION_MAILS = "shared/src/email/emailTemplatesByName.ts"
IMMERSION_SENDER = "ne-pas-repondre@immersion-facile.beta.gouv.fr"  # ours


def _immersion_reasons(source: str) -> dict[str, str]:
    """rejectionKind -> the reason text makeRejectionText gives it."""
    return dict(re.findall(r'rejectionKind === "(\w+)"\)\s*return "([^"]+)"', source))


def immersion(snap: Snapshot) -> Iterator[Spec]:
    """Immersion Facilitée: a company turning down a request for a work immersion (each
    stated reason), and the platform's receipt for the request."""
    source = snap.read(IMMERSION, IMMERSION_COMMIT, IMMERSION_REJECT)
    subject_js, body_js = js_literal(source, "subject:"), js_literal(source, "htmlContent:")
    for n, (kind, reason) in enumerate(sorted(_immersion_reasons(source).items()) * 2):
        f = fill_for("immersion/fr", kind, "fr", n)
        first, _, last = f.person.partition(" ")
        values = {
            "discussion.businessName": f.company,
            "makeRejectionText(params)": reason,
            "frontRoutes.search().href": "/recherche",
            "fromUser.firstName": first,
            "fromUser.lastName": last,
        }
        body = fill_js(body_js, values)
        yield Spec(
            unit="immersion/fr",
            url=blob_url(IMMERSION, IMMERSION_COMMIT, IMMERSION_REJECT),
            lang="fr",
            category="rejection",
            rejection=True,
            stage="application",
            subject=fill_js(subject_js, values),
            text=html_to_text(body.replace("\n", "<br>")),
            company=f.company,
            role="n/a",
            sender=(f"{f.person} via Immersion Facilitée", IMMERSION_SENDER),
            noreply=True,
            fmt=("plain", "html", "wrapped", "html_only")[n % 4],
        )
    yield from _immersion_receipt(snap)


def _immersion_receipt(snap: Snapshot) -> Iterator[Spec]:
    source = snap.read(IMMERSION, IMMERSION_COMMIT, IMMERSION_MAILS)
    block = source[source.index("CONTACT_BY_EMAIL_CANDIDATE_CONFIRMATION: {") :]
    f = fill_for("immersion/fr", "confirmation", "fr", 0)
    values = {"businessName": f.company, "beneficiaryFirstName": FIRST}
    values["beneficiaryLastName"] = LAST
    kind = 'kind === "IF" ? "une immersion professionnelle" : "un stage"'
    values[kind] = "une immersion professionnelle"
    values |= {
        'kind === "IF" ? "immersion" : "stage"': "immersion",
        'defaultSignature("immersion")': "",
    }
    parts = [
        fill_js(js_literal(block, key), values) for key in ("greetings:", "content:", "subContent:")
    ]
    text = (
        "\n\n".join(p.strip() for p in parts) + "\n\nBonne journée,\nL'équipe Immersion Facilitée"
    )
    yield Spec(
        unit="immersion/fr",
        url=blob_url(IMMERSION, IMMERSION_COMMIT, IMMERSION_MAILS),
        lang="fr",
        category="acknowledgement",
        rejection=False,
        subject=fill_js(js_literal(block, "subject:"), values).strip(),
        text=html_to_text(text.replace("\n", "<br>")),
        company=f.company,
        role="n/a",
        sender=("Immersion Facilitée", IMMERSION_SENDER),
        noreply=True,
        fmt="html",
    )


TEACHVAC = "DFE-Digital/teaching-vacancies"
TEACHVAC_COMMIT = "98445ab0cf893afe7c9411c761b013f23de8984d"
TEACHVAC_LOCALES = "config/locales/mailers.yml"
TEACHVAC_SENDER = ("Teaching Vacancies", "teaching.vacancies@notifications.service.gov.uk")  # ours
# Ours: English schools and posts (the service's employers are schools and trusts).
TEACHVAC_SCHOOLS = [
    "Oakfield Primary School",
    "St Aidan's Church of England Academy",
    "Riverside Community College",
    "Hollins Park Academy Trust",
]
TEACHVAC_ROLES = ["Teacher of Mathematics", "Teaching Assistant", "Head of Science", "SENCO"]
TEACHVAC_URL = "https://teaching-vacancies.service.gov.uk"
HOME = f"[Teaching Vacancies]({TEACHVAC_URL})"


def _erb_branch(erb: str, unsuccessful: bool) -> str:
    """The message_received view with its one if/else resolved."""
    m = re.search(r"<% if [^%]*%>(.*?)<% else %>(.*?)<% end %>", erb, re.S)
    assert m, "message_received.text.erb changed shape"
    return erb[: m.start()] + m.group(1 if unsuccessful else 2) + erb[m.end() :]


def _erb_fill(erb: str, locales: str, values: dict[str, str]) -> str:
    """The view's <%= %> tags: known values, and t("key", name: value) from the locales."""

    def sub(m: re.Match[str]) -> str:
        expr = m.group(1).strip()
        if expr in values:
            return values[expr]
        call = re.fullmatch(r't\("([\w.]+)"(.*)\)', expr, re.S)
        if not call:
            raise ValueError(f"unsupported ERB: {expr}")
        args = dict(re.findall(r'(\w+): ("[^"]*"|[@\w.]+)', call.group(2)))
        filled = {k: values.get(v, v.strip('"')) for k, v in args.items()}
        filled = {
            k: re.sub(
                r"#\{[^}]*\}", "https://teaching-vacancies.service.gov.uk/jobseekers/sign-in", v
            )
            for k, v in filled.items()
        }
        return rails_t(yaml_scalar(locales, f"en.{call.group(1)}"), filled)

    return re.sub(r"<%=(.*?)%>", sub, erb, flags=re.S)


def teachvac(snap: Snapshot) -> Iterator[Spec]:
    """Teaching Vacancies (DfE): a school's message that an application was unsuccessful,
    and the service's other notices to the same jobseekers (a message, a saved job closing,
    an application left in draft)."""
    locales = snap.read(TEACHVAC, TEACHVAC_COMMIT, TEACHVAC_LOCALES)
    path = "app/views/jobseekers/message_mailer/message_received.text.erb"
    erb = snap.read(TEACHVAC, TEACHVAC_COMMIT, path)
    for n in range(5):
        school, role = TEACHVAC_SCHOOLS[n % 4], TEACHVAC_ROLES[(n + 1) % 4]
        values = {"@job_application.first_name": FIRST, "@vacancy.job_title": role}
        values |= {"@organisation.name": school, "home_page_link": HOME}
        unsuccessful = n < 4
        key = "unsuccessful" if unsuccessful else "default"
        subject = rails_t(
            yaml_scalar(locales, f"en.jobseekers.message_mailer.message_received.{key}.subject"),
            {"job_title": role, "organisation_name": school},
        )
        yield Spec(
            unit="teachvac/en",
            url=blob_url(TEACHVAC, TEACHVAC_COMMIT, path),
            lang="en",
            category="rejection" if unsuccessful else "platform_notice",
            rejection=unsuccessful,
            stage="application" if unsuccessful else "n/a",
            subject=subject,
            text=_erb_fill(_erb_branch(erb, unsuccessful), locales, values),
            company=school,
            role=role,
            sender=TEACHVAC_SENDER,
            noreply=True,
            fmt=("plain", "wrapped", "html", "html_only", "plain")[n],
        )
    yield from _teachvac_reminders(snap, locales)


def _reminder_tag(tag: str, scope: str, locales: str, values: dict[str, str]) -> str:
    """One <%= %> tag of a reminder view: a t(".key") string, or a notify_link to one."""
    keys = re.findall(r't\("(\.?[\w.]+)"', tag)
    if not keys:
        return values.get(tag.strip(), "")

    def text(key: str) -> str:
        full = f"{scope}{key}" if key.startswith(".") else key
        return rails_t(yaml_scalar(locales, f"en.{full}"), {"link_to": HOME, **values})

    if tag.strip().startswith("notify_link"):
        return f"[{text(keys[0])}]({TEACHVAC_URL}/jobs)"
    link = f"[{text(keys[1])}]({TEACHVAC_URL}/jobseekers)" if len(keys) > 1 else HOME
    return (
        text(keys[0])
        if len(keys) == 1
        else rails_t(yaml_scalar(locales, f"en.{scope}{keys[0]}"), {**values, "link_to": link})
    )


def _teachvac_reminders(snap: Snapshot, locales: str) -> Iterator[Spec]:
    for n, view in enumerate(("unapplied_saved_vacancy", "draft_application_only")):
        path = f"app/views/jobseekers/vacancy_mailer/{view}.text.erb"
        erb = snap.read(TEACHVAC, TEACHVAC_COMMIT, path)
        erb = re.sub(r"<% if [^%]*%>.*?<% end %>", "", erb, flags=re.S)  # teaching-only advice
        school, role = TEACHVAC_SCHOOLS[n + 2], TEACHVAC_ROLES[n]
        scope = f"jobseekers.vacancy_mailer.{view}"
        values = {"name": FIRST, "job_title": role, "school": school, "date": "14 March 2025"}
        values |= {"home_page_link": HOME, "days": "3"}
        text = re.sub(
            r"<%=(.*?)%>",
            lambda m, scope=scope, values=values: _reminder_tag(m.group(1), scope, locales, values),
            erb,
            flags=re.S,
        )
        subject = rails_t(
            yaml_scalar(locales, f"en.{scope}.subject"),
            values,
        )
        yield Spec(
            unit="teachvac/en",
            url=blob_url(TEACHVAC, TEACHVAC_COMMIT, path),
            lang="en",
            category="platform_notice",
            rejection=False,
            subject=subject,
            text=text,
            company=school,
            role=role,
            sender=TEACHVAC_SENDER,
            noreply=True,
            fmt="plain",
        )


YAWIK = "cross-solution/YAWIK"
YAWIK_COMMIT = "af5971b017854ef348a54aad42b7a159bc5e4245"
# The applicant mails were views until 2015; each is read at the last commit that has it.
YAWIK_APPLICANT = {
    "rejected-de": ("84082cb2817a4a74993bf20d459f65df801058d8", "rejection", 4),
    "invited-de": ("b7347b984a379c1bb09a8c094e7b1103b4f7484d", "interview_invitation", 2),
    "confirmed-de": ("4760a94981259dd4eb7a730d3f990fb11eb93403", "acknowledgement", 1),
}


def _php_view(src: str, values: dict[str, str]) -> tuple[str, str]:
    """(subject, text) of a YAWIK mail view: its PHP tags replaced by the values they print."""
    subject = ""
    m = re.search(r"setSubject\('([^']*)'(?: \. [^)]*\))?\)", src)
    if m:
        subject = m.group(1) + (values["date"] if "strftime" in m.group(0) else "")
    text = re.sub(r"<\?php \$contact = .*?\?>\n?", "", src)
    text = re.sub(r"<\?php \$this->setSubject.*?\?>\n?", "", text)
    text = re.sub(
        r"<\?php echo 'male' == \$contact->gender \? '([^']*)' : '([^']*)' \?>",
        values["gender"],
        text,
    )
    text = re.sub(r"<\?php echo \$contact->firstname [^?]*\?>", values["name"], text)
    text = re.sub(r"<\?php echo \$job->title \?>", values["job"], text)
    text = text.replace("...", values["signature"])
    if "<?" in text:
        raise ValueError("unsupported PHP in a YAWIK view")
    return subject, text.strip() + "\n"


def yawik(snap: Snapshot) -> Iterator[Spec]:
    """YAWIK's mails to applicants (de): the post already filled, an interview invitation, the
    receipt; and its notices to recruiters whose job ad it rejected (de, en: not about an
    application of the recipient's)."""
    for view, (commit, category, variants) in YAWIK_APPLICANT.items():
        path = f"module/Applications/view/applications/mail/{view}.phtml"
        src = snap.read(YAWIK, commit, path)
        for n in range(variants):
            f = fill_for("yawik/de", view, "de", n)
            sender, noreply = f.sender(("person", "careers", "noreply", "person")[n])
            values = {"gender": "r Herr", "name": OWNER[0], "job": f.role, "date": "03.03.25"}
            values["signature"] = f"{f.person}\n{f.company}" if n % 2 == 0 else f.company
            subject, text = _php_view(src, values)
            yield Spec(
                unit="yawik/de",
                url=blob_url(YAWIK, commit, path),
                lang="de",
                category=category,
                rejection=category == "rejection",
                stage="application" if category == "rejection" else "n/a",
                subject=subject,
                text=text,
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("plain", "wrapped", "html", "plain")[n],
            )
    yield from _yawik_job_rejected(snap)


def _yawik_job_rejected(snap: Snapshot) -> Iterator[Spec]:
    for lang, suffix in (("de", ""), ("en", ".en")):
        path = f"module/Jobs/view/mails/job-rejected{suffix}.phtml"
        src = snap.read(YAWIK, YAWIK_COMMIT, path)
        f = fill_for(f"yawik/{lang}", "job-rejected", lang, 0)
        body = re.sub(r"(?s)<\?php\s*/\*.*?\?>", "", src)
        body = re.sub(r"(?s)<\?php\s*/\*.*?\*/.*?\?>", "", body)
        body = re.sub(r"<\?php echo \$this->partial\([^)]*\); \?>", "", body)
        body = re.sub(
            r"(?s)<\?php echo 'male' == .*?\?>",
            "Sehr geehrter Herr" if lang == "de" else "Dear Mr",
            body,
        )
        body = re.sub(r"<\?php echo \$info->getDisplayName[^?]*\?>", OWNER[0], body)
        body = re.sub(r"<\?=\s*\$job->getTitle\(\)\s*\?>", f.role, body)
        body = re.sub(r"<\?=\s*\$job->getReference\(\)\s*\?>", "JOB-2025-0117", body)
        if "<?" in body:
            raise ValueError(f"unsupported PHP in {path}")
        subject = {
            "de": "Ihre Stellenanzeige wurde abgelehnt",
            "en": "Your job opening was rejected",
        }[lang]
        yield Spec(
            unit=f"yawik/{lang}",
            url=blob_url(YAWIK, YAWIK_COMMIT, path),
            lang=lang,
            category="platform_notice",
            rejection=False,
            subject=subject,  # ours: the views set none
            text=html_to_text(body),
            company="n/a",
            role=f.role,
            sender=("YAWIK", "no-reply@yawik.org"),
            noreply=True,
            fmt="html",
        )


OPENHIRING = "GinusHR/TLE-Agency-Team6"
OPENHIRING_COMMIT = "0fb423cd9d8bd4ccd589efa3e41e24c89c45afb5"
# view: (mailable with its subject, category, variants)
OPENHIRING_MAILS = {
    "afwijzingsmail-door-eisen": ("AfwijzingsmailDoorEisen", "rejection", 4),
    "accept-applicants-mail": ("acceptApplicantsMail", "offer", 1),
    "werkzoekende_sollicitatie": ("SollicitatieMailVWerkzoekende", "acknowledgement", 1),
    "choose-new-date-mail": ("chooseNewDateMail", "other", 1),
    "accept-new-date-mail": ("acceptNewDateMail", "offer", 1),
}


def _blade(src: str, details: dict[str, str]) -> str:
    """A Blade mail view's HTML body with its @if/@else/@endif (on an empty value) resolved."""
    body = re.search(r"(?s)<body>(.*)</body>", src)
    html = body.group(1) if body else src
    m = re.search(r"(?s)@if \(empty\(\$details\['(\w+)'\]\)\)(.*?)@else(.*?)@endif", html)
    if m:
        html = (
            html[: m.start()] + m.group(2 if not details.get(m.group(1)) else 3) + html[m.end() :]
        )
    html = re.sub(
        r"\{\{\s*\$details\['(\w+)'\]\s*\}\}",
        lambda k: details.get(k.group(1), "https://openhiring.example.nl/"),
        html,
    )
    return re.sub(r"\{\{[^}]*\}\}", "https://openhiring.example.nl/", html)


def openhiring(snap: Snapshot) -> Iterator[Spec]:
    """Open Hiring (a Rotterdam student team's hiring platform, nl): turned down for lacking
    the skills, hired, application received, a chosen start date refused or accepted."""
    for view, (mailable, category, variants) in OPENHIRING_MAILS.items():
        path = f"resources/views/mail/{view}.blade.php"
        src = snap.read(OPENHIRING, OPENHIRING_COMMIT, path)
        php = snap.read(OPENHIRING, OPENHIRING_COMMIT, f"app/Mail/{mailable}.php")
        subject = re.search(r"->subject\('([^']*)'\)", php)
        for n in range(variants):
            f = fill_for("openhiring/nl", view, "nl", n)
            details = {"company": f.company, "function": f.role, "location": "Rotterdam"}
            details |= {"workday": "maandag 10 maart" if n % 2 == 0 else "", "worktime": "09:00"}
            html = _blade(src, details)
            yield Spec(
                unit="openhiring/nl",
                url=blob_url(OPENHIRING, OPENHIRING_COMMIT, path),
                lang="nl",
                category=category,
                rejection=category == "rejection",
                stage="application" if category == "rejection" else "n/a",
                subject=subject.group(1) if subject else "Open Hiring",
                text=html_to_text(html),
                html=f"<html><body>{html}</body></html>",
                company=f.company,
                role=f.role,
                sender=("Open Hiring", "no-reply@openhiring.example.nl"),
                noreply=True,
                fmt=("html", "html_only")[n % 2],
            )


FIUBA = "fiuba-laboral-v2/back-end"
FIUBA_COMMIT = "a25ed896e1a0d4782282ab300d0e01729000322e"
FIUBA_PATH = "src/models/Translation/defaultTranslations.ts"
# Ours: the secretariat's signature and sender (settings in the app), and the reasons a
# moderator typed.
FIUBA_SIGNATURE = "Bolsa de Trabajo FIUBA\nFacultad de Ingeniería - Universidad de Buenos Aires"
FIUBA_SENDER = ("Bolsa de Trabajo FIUBA", "bolsadetrabajo@fi.uba.ar")
FIUBA_REASONS = [
    "La oferta requiere ser graduado y todavía figurás como estudiante.",
    "No adjuntaste el certificado analítico solicitado por la empresa.",
    "Tu perfil no corresponde a las carreras indicadas en la oferta.",
    "La oferta ya no se encuentra vigente.",
]
FIUBA_OTHER_REASONS = {
    "rejectedProfileApplicantNotificationEmail": "Falta tu número de padrón en el perfil.",
    "rejectedOfferCompanyNotificationEmail": "La oferta no indica la remuneración.",
}
# translation group: (category, variants); the company-side mails are look-alikes sent to
# the mailbox owner as an employer's recruiter.
FIUBA_MAILS = {
    "rejectedJobApplicationApplicantNotificationEmail": ("rejection", 4),
    "approvedJobApplicationApplicantNotificationEmail": ("platform_notice", 1),
    "pendingJobApplicationApplicantNotificationEmail": ("acknowledgement", 1),
    "rejectedProfileApplicantNotificationEmail": ("platform_notice", 1),
    "rejectedOfferCompanyNotificationEmail": ("platform_notice", 1),
}


def _ts_group(source: str, group: str) -> tuple[str, str]:
    """(subject, body) of a translation group: its string literals joined as TypeScript does."""
    block = re.search(rf"\n  {group}: \{{(.*?)\n  \}}", source, re.S)
    assert block, group
    subject = re.search(r'subject:\s*"([^"]*)"', block.group(1))
    body = re.search(r"body:\s*(.*)", block.group(1), re.S)
    assert subject and body, group
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'', body.group(1))
    text = "".join(a or b for a, b in parts).replace("\\n", "\n").replace('\\"', '"')
    return subject.group(1), text


def fiuba(snap: Snapshot) -> Iterator[Spec]:
    """FIUBA's job board (Universidad de Buenos Aires): an application turned down by the
    board's staff with their reason, approved and forwarded, pending review; a profile and an
    employer's offer rejected (look-alikes)."""
    source = snap.read(FIUBA, FIUBA_COMMIT, FIUBA_PATH)
    for group, (category, variants) in FIUBA_MAILS.items():
        subject, body = _ts_group(source, group)
        for n in range(variants):
            f = fill_for("fiuba/es", group, "es", n)
            values = {"offerTitle": f.role, "offerLink": "https://bolsadetrabajo.fi.uba.ar/ofertas"}
            values |= {"profileLink": "https://bolsadetrabajo.fi.uba.ar/perfil"}
            reason = FIUBA_OTHER_REASONS.get(group, FIUBA_REASONS[n])
            values |= {"rejectionReason": reason, "signature": FIUBA_SIGNATURE}
            text = re.sub(r"<%=\s*(\w+)\s*%>", lambda m, v=values: v[m.group(1)], body)
            yield Spec(
                unit="fiuba/es",
                url=blob_url(FIUBA, FIUBA_COMMIT, FIUBA_PATH),
                lang="es",
                category=category,
                rejection=category == "rejection",
                stage="application" if category == "rejection" else "n/a",
                subject=subject,
                text=text + "\n",
                company="FIUBA",
                role=f.role if "JobApplication" in group or "Offer" in group else "n/a",
                sender=FIUBA_SENDER,
                noreply=False,
                fmt=("plain", "wrapped", "html", "html_only")[n],
            )
