"""Recipes for session 30's sources16 (issue 11): a French job board relaying an establishment's
refusal, an English job board's own decision mail, an employer's recruitment portal in Lesotho,
and a German university chair's thesis-topic allocation (a look-alike).

Cookorico (escarabin/cookorico_web, a job board for hotel and restaurant staff in western France,
on Laravel): the Blade views its API mails a candidate: the establishment's no relayed ("Votre
candidature pour le poste de X n'a pas été retenue par l'établissement Y"), its interest relayed
(contact them), the application sent on, a job alert, the sign-up welcome and a reminder to fill in
the profile. The subjects live in the board's database (``mail_templates``), so ours. Jobeefy
(codezeloss/jobeefy, a Next.js job board): the three HTML templates its dashboard mails an
applicant (not selected for the second round, selected with an offer to follow, thanks for
applying), with the subjects of its API routes. JobConnect (justslick23/jobconnect, the recruitment
portal of Computer Business Solutions in Maseru, signed "CBS Recruitment"): its Laravel mail to
applicants: not shortlisted (sent by its automatic shortlisting), received, shortlisted with the
interview's date, the offer letter, a new job posted. UniJob (AlmostAlex/UniJob, a German
university chair's allocation of thesis and seminar topics): the default acceptance and refusal the
chair edits before sending ("hiermit möchten wir Sie darüber informieren, dass Sie das Thema: X
leider nicht erhalten haben", subject "Abschlussarbeit an der Professur ... - Absage"): a topic for
a thesis is no job, so the refusal is a look-alike (``not_a_job``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .fill import OWNER, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .templating import fill_exact, js_literal

FIRST, LAST = OWNER[0].split()


COOKORICO = "escarabin/cookorico_web"
COOKORICO_COMMIT = "4073e5771a04039954be8fb7296005c9f20d7f8b"
COOKORICO_DIR = "api/resources/views/emails"
# (view, category, variants, subject). The subjects are ours: the board keeps them in its
# database (ApplicationController / JobController read ``MailTemplate::where('slug', ...)``).
COOKORICO_MAILS: list[tuple[str, str, int, str]] = [
    ("application-rejected", "rejection", 2, "Réponse à votre candidature - {role}"),
    ("application-accepted", "moving_forward", 1, "Votre candidature intéresse un recruteur"),
    ("job-applied", "acknowledgement", 1, "Votre candidature a bien été envoyée"),
    ("email-jobs-alert", "job_alert", 1, "De nouvelles offres pour vous"),
    ("confirm-account-candidate", "platform_notice", 1, "Bienvenue sur Cookorico"),
    ("candidate-fill-profile", "platform_notice", 1, "Complétez votre profil candidat"),
]
# Ours: the deployment's COMPANY_EMAIL / COMPANY_NAME and APP_ROOT_URL, and the alert's offers.
COOKORICO_SENDER = ("Cookorico", "contact@cookorico.com")
COOKORICO_URL = "https://www.cookorico.com"
COOKORICO_ALERT_JOBS = [
    ("Chef de partie", "CDI", "39h", "44000", "Nantes", "412"),
    ("Commis de cuisine", "Saisonnier", "35h", "56000", "Vannes", "418"),
    ("Serveur / Serveuse", "CDD", "39h", "35000", "Rennes", "425"),
]
BLADE_ECHO = r"\{\{\s*(.*?)\s*\}\}"


def _blade_foreach(view: str, rows: list[dict[str, str]]) -> str:
    """The view with its one ``@foreach ($jobsList as $job)`` loop unrolled over ``rows``."""
    m = re.search(r"(?s)@foreach \(\$jobsList as \$job\)\n(.*?)@endforeach\n", view)
    if m is None:
        raise ValueError("no @foreach over $jobsList")
    body = "".join(fill_exact(m.group(1), BLADE_ECHO, row) for row in rows)
    return view[: m.start()] + body + view[m.end() :]


def cookorico(snap: Snapshot) -> Iterator[Spec]:
    """The board's mail to a candidate: the establishment's refusal relayed (twice), its
    interest relayed, the application sent, a job alert, the welcome and a profile reminder;
    HTML, in turn with and without a text part, from the board's address."""
    n = 0
    for view, category, variants, subject in COOKORICO_MAILS:
        path = f"{COOKORICO_DIR}/{view}.blade.php"
        source = snap.read(COOKORICO, COOKORICO_COMMIT, path)
        for k in range(variants):
            f = fill_for("cookorico/fr", view, "fr", k)
            values = {
                "$user->firstName": FIRST,
                "$job->title": f.role,
                "$job->business->title": f.company,
                "env('APP_ROOT_URL')": COOKORICO_URL,
            }
            html = source
            if view == "email-jobs-alert":
                rows = [
                    {
                        "$job->title": title,
                        "$job->contract_type->title": contract,
                        "$job->week_work_hours": hours,
                        "$job->business->place->postalCode": code,
                        "$job->business->place->city": city,
                        "env('APP_ROOT_URL')": COOKORICO_URL,
                        "$job->id": ident,
                    }
                    for title, contract, hours, code, city, ident in COOKORICO_ALERT_JOBS
                ]
                html = _blade_foreach(html, rows)
            html = fill_exact(html, BLADE_ECHO, values)
            about_job = category in ("rejection", "moving_forward", "acknowledgement")
            yield _html_spec(
                "cookorico/fr",
                blob_url(COOKORICO, COOKORICO_COMMIT, path),
                category,
                html,
                subject=subject.format(role=f.role),
                company=f.company if about_job else "n/a",
                role=f.role if about_job else "n/a",
                sender=COOKORICO_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


JOBEEFY = "codezeloss/jobeefy"
JOBEEFY_COMMIT = "31cbfabb5052814c87971a50569c0f028c65f1a7"
# (design, its exported constant, the API route whose subject it goes with, category, variants)
JOBEEFY_MAILS: list[tuple[str, str, str, str, int]] = [
    ("rejection", "RejectionTemplate", "rejection", "rejection", 2),
    ("selection", "SelectionTemplate", "selection", "offer", 1),
    ("thank-you", "ThankYouTemplate", "thankyou", "acknowledgement", 1),
]
# Ours: the deployment's SMTP_EMAIL (a Gmail account; nodemailer sends it without a name).
JOBEEFY_SENDER = ("Jobeefy", "jobeefy.hiring@gmail.com")


def _route_subject(source: str) -> str:
    """The ``subject:`` template literal of a Next.js route that sends one mail."""
    m = re.search(r"subject: `([^`$]*)`", source)
    if m is None:
        raise ValueError("no subject")
    return m.group(1)


def jobeefy(snap: Snapshot) -> Iterator[Spec]:
    """The board's decision mail to an applicant: not selected (twice), selected, thanks for
    applying; the Handlebars HTML with ``{{name}}`` filled, in turn with and without a text
    part. The mail names no post and no company but the board (its CEO signs)."""
    n = 0
    for design, const, route, category, variants in JOBEEFY_MAILS:
        path = f"lib/designs/{design}.ts"
        literal = js_literal(snap.read(JOBEEFY, JOBEEFY_COMMIT, path), f"{const} =")
        page = html_body(literal.replace("\\t", "\t"))
        route_path = f"app/api/{route}/route.ts"
        subject = _route_subject(snap.read(JOBEEFY, JOBEEFY_COMMIT, route_path))
        for _ in range(variants):
            html = fill_exact(page, r"\{\{\s*(\w+)\s*\}\}", {"name": f"{FIRST} {LAST}"})
            fields: dict[str, Any] = {
                "subject": subject,
                "company": "Jobeefy",
                "role": "n/a",
                "sender": JOBEEFY_SENDER,
                "noreply": False,
            }
            yield _html_spec(
                "jobeefy/en",
                blob_url(JOBEEFY, JOBEEFY_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html),
                stage="application" if category == "rejection" else None,
                fmt=("html", "html_only")[n % 2],
                **fields,
            )
            n += 1


UNIJOB = "AlmostAlex/UniJob"
UNIJOB_COMMIT = "5ed19c3e3882bf55b924f1a76c3f13498d8a3932"
UNIJOB_PATH = "app/controller/einsicht_controller.php"
# (variable suffix, category, topics): the chair's default texts, one mail per topic.
UNIJOB_MAILS: list[tuple[str, str, list[str]]] = [
    ("angenommen", "other", ["Simulation von Lagerprozessen mit AnyLogic"]),
    (
        "abgelehnt",
        "not_a_job",
        [
            "Nachhaltige Tourenplanung im städtischen Lieferverkehr",
            "Bestandsoptimierung in der Ersatzteillogistik",
        ],
    ),
]
# Ours: the sender's address (the code sends from a developer's Gmail under the chair's name).
UNIJOB_SENDER = ("Professur für Produktion und Logistik", "abschlussarbeiten@pul.example.de")


def _php_string(source: str, name: str) -> str:
    """The double-quoted string assigned to ``$name`` in PHP source."""
    m = re.search(rf'\${name} = "([^"]*)";', source)
    if m is None:
        raise ValueError(f"no ${name}")
    return m.group(1)


def unijob(snap: Snapshot) -> Iterator[Spec]:
    """A chair's answer to a student who applied for a thesis topic: given (once), not given
    (twice: a look-alike); its default subject and HTML body, with a text part (PHPMailer's
    AltBody)."""
    source = snap.read(UNIJOB, UNIJOB_COMMIT, UNIJOB_PATH)
    for suffix, category, topics in UNIJOB_MAILS:
        subject = _php_string(source, f"betreff_{suffix}")
        body = _php_string(source, f"inhalt_{suffix}")
        for topic in topics:
            values = {"bewerber_vorname": FIRST, "bewerber_nachname": LAST, "thema": topic}
            html = fill_exact(body, r"#(bewerber_vorname|bewerber_nachname|thema)\b", values)
            yield _html_spec(
                "unijob/de",
                blob_url(UNIJOB, UNIJOB_COMMIT, UNIJOB_PATH),
                category,
                html.replace("</br>", "<br>"),
                subject=subject,
                company="Professur für Produktion und Logistik",
                role="n/a",
                sender=UNIJOB_SENDER,
                noreply=False,
                fmt="html",
            )


JOBCONNECT = "justslick23/jobconnect"
JOBCONNECT_COMMIT = "4fdb6c430c5a2d0b5e73891cd3974c012370c6d1"
JOBCONNECT_DIR = "resources/views/emails"
# (view, category, variants, subject) with the subjects of app/Mail/*.php; the offer letter's
# Mailable sets none, so Laravel's default, its class name in words.
JOBCONNECT_MAILS: list[tuple[str, str, int, str]] = [
    ("application-not-shortlisted", "rejection", 2, "Application Update - {role}"),
    ("application_submitted", "acknowledgement", 1, "Your Job Application Has Been Received"),
    ("shortlisted_interview", "interview_invitation", 1, "You have been Shortlisted for Interview"),
    ("offer_letter", "offer", 1, "Offer Letter Mail"),
    ("jobs/new", "job_alert", 1, "New Job Opportunity: {role}"),
]
# Ours: the deployment's MAIL_FROM, the portal's address behind route(), the posting's details.
JOBCONNECT_SENDER = ("CBS Recruitment", "recruitment@cbs.example.co.ls")
JOBCONNECT_URL = "https://careers.cbs.example.co.ls"
JOBCONNECT_COMPANY = "CBS"


def _jobconnect_values(name: str, role: str) -> dict[str, str]:
    """The Blade echoes of the portal's views, by their exact expression."""
    return {
        "$applicantName": name,
        "$jobTitle": role,
        "$application->user->name": name,
        "$application->user->name ?? 'Candidate'": name,
        "$application->jobRequisition->job_title": role,
        "$application->jobRequisition->title ?? 'N/A'": role,
        "route('job-applications.index')": f"{JOBCONNECT_URL}/job-applications",
        "\\Carbon\\Carbon::parse($interview->interview_date)->format('l, F j, Y h:i A')": (
            "Tuesday, March 10, 2026 10:00 AM"
        ),
        "$user->name": name,
        "$job->title": role,
        "$job->department->name ?? 'N/A'": "Information Technology",
        "ucfirst($job->employment_type)": "Full-time",
        "$job->application_deadline ? $job->application_deadline->format('M d, Y') : "
        "'Open until filled'": "Mar 27, 2026",
        "route('job-requisitions.show', $job->slugUuid)": f"{JOBCONNECT_URL}/jobs/4f2a9c",
    }


def jobconnect(snap: Snapshot) -> Iterator[Spec]:
    """The portal's mail to an applicant: not shortlisted (twice), received, shortlisted with
    the interview, the offer letter (without the recruiter's optional note), a new job posted;
    HTML, in turn with and without a text part."""
    n = 0
    for view, category, variants, subject in JOBCONNECT_MAILS:
        path = f"{JOBCONNECT_DIR}/{view}.blade.php"
        source = snap.read(JOBCONNECT, JOBCONNECT_COMMIT, path)
        body = re.sub(r"(?s)@if\(!empty\(\$messageBody\)\).*?@endif", "", html_body(source))
        for k in range(variants):
            f = fill_for("jobconnect/en", view, "en", k)
            html = fill_exact(body, BLADE_ECHO, _jobconnect_values(f"{FIRST} {LAST}", f.role))
            about_job = category != "job_alert"
            yield _html_spec(
                "jobconnect/en",
                blob_url(JOBCONNECT, JOBCONNECT_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html),
                subject=subject.format(role=f.role),
                company=JOBCONNECT_COMPANY if about_job else "n/a",
                role=f.role if view != "offer_letter" else "n/a",
                sender=JOBCONNECT_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1
