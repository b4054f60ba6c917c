"""Recipes for session 35's sources39 (issue 11): English job mail from a Kathmandu IT firm's
job portal, an Indian job-and-offer portal, an HR team's reply tool and a job listing site;
look-alikes from a hackathon's admissions.

CamBridge (abinash2055/CamBridge_Job_Portal-Robust, the job portal of Cambridge InfoTech Pvt.
Ltd., Kathmandu; Laravel views sent as HTML): the employer's status mail on an application,
rejected ("We regret to inform you that your application for the job "T" has been rejected")
and shortlisted, signed by the firm.

Job & Offer Portal (tripathidevraj-art/mega-portal, an Indian portal where users post jobs
and product offers; Laravel views): to an applicant, the application not selected for the next
stage (with and without the employer's feedback), reviewed and shortlisted; its look-alikes:
the poster's job posting and a seller's product offer rejected by the portal's admin team.

QuickHR Replies (sp48844895-cmd/QuickHR_Replies, a tool an HR team uses to send a candidate
the verdict after the process; Laravel views): the refusal and the selection, the subjects
from the Mailable's ternary on the status. (The two units in test are described, not quoted.)

A job listing site (ZiadBadr1/job-portal-application, a Laravel job portal where companies post
listings and applicants apply; Markdown mail): the company's no after the application and the
interview ("we have decided not to move forward with your application at this time ... we
ultimately selected a candidate whose qualifications more closely match our current needs") and
the shortlisting, signed with the app's name.

LaraHack (ScientificClubofESI/LaraHack, the hackathon administration system of the Scientific
Club of ESI, Algiers, for its HackIT hackathon): a participant's application not accepted
("Unfortunately, we are unable to offer you an invitation to X"), accepted, and the
registration's receipt. A place at a hackathon, no job: look-alikes.

SmartHR (PotatoChipChan/HR-system, a Malaysian "AI-powered HR management system", Flask with
Jinja2 mail templates): the applicant's refusal after the application and after the interview
(the template's ``{% if stage=='interview' %}``), the interview invitation; look-alikes to staff:
a manager's vacancy request and an employee's leave application rejected.

InternTracker (assil-barhoumi/InternTracker, a Django internship tracker whose admins approve or
refuse applications to internship offers and schedule interviews; HTML mail): the application
not selected, approved, and the interview scheduled, signed by the offer's department.

A job portal's API (abdelhamid-chafiki/Job-Portal, Laravel; a recruiter rejects or accepts an
applicant): the refusal with the recruiter's feedback (the controller's default reason when the
recruiter gives none) and the acceptance, signed "Recruiter Team".

PUP faculty admission (tomjason74/faculty-admission-system, a Laravel system through which
applicants for faculty positions at the Polytechnic University of the Philippines, a state
university, apply to a department): the application rejected, received and approved."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import jinja2

from .fill import OWNER, Spec
from .snapshot import Snapshot, blob_url
from .sources_internships import _django_exact
from .sources_laravel import render_blade
from .sources_suites25 import LARAVEL_RIGHTS
from .sources_suites30 import _x_mail_html
from .sources_suites35 import (
    _blade_branches,
    _envelope_subject,
    _php_concat,
    _ternary_subject,
    _text_part,
)
from .sources_trackers import _spec
from .templating import exact_value as _exact

_SUBJECT_CALL = re.compile(r"->subject\((.+)\);?\s*$", re.M)


def _subject_call(mailable: str, value: Callable[[str], str]) -> str:
    """The argument of a Mailable's ``->subject(...)``, read as ``_php_concat`` reads a PHP
    concatenation; a Mailable without one, or a part it cannot read, raises."""
    m = _SUBJECT_CALL.search(mailable)
    if not m:
        raise ValueError("no ->subject(...) call")
    return _php_concat(m.group(1), value)


CAMBRIDGE = "abinash2055/CamBridge_Job_Portal-Robust"
CAMBRIDGE_COMMIT = "950064b02bc8c8e5afa02477496ed7505d093812"
# (view, Mailable, category): the refusal twice (two posts, HTML only and with a text part)
CAMBRIDGE_MAILS = (
    ("application-rejected", "ApplicationStatusRejected", "rejection"),
    ("application-rejected", "ApplicationStatusRejected", "rejection"),
    ("application-shortlisted", "ApplicationStatusShortlisted", "moving_forward"),
)
# The firm that signs every view (the portal is its own; the views name no other employer).
CAMBRIDGE_COMPANY = "Cambridge InfoTech Pvt. Ltd."
# Ours: the posts, the application dates (``created_at`` printed as Carbon prints it), the
# sender (``.env.example``'s MAIL_FROM_ADDRESS is a placeholder; the domain the view's link's).
CAMBRIDGE_POSTS = ("Junior Laravel Developer", "Graphic Designer")
CAMBRIDGE_DATES = ("2026-02-11 10:42:17", "2026-02-19 15:03:51", "2026-02-23 09:12:40")
CAMBRIDGE_SENDER = ("Cambridge InfoTech", "careers@cambridge.com.np")


def cambridge(snap: Snapshot) -> Iterator[Spec]:
    """Cambridge InfoTech's status mail to an applicant, the view's HTML as Laravel sends it
    (the refusal once with a text part beside it)."""
    unit = "cambridge/en"
    for n, (view, mailable, category) in enumerate(CAMBRIDGE_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        post = CAMBRIDGE_POSTS[n % len(CAMBRIDGE_POSTS)]
        values = {
            "$data['user']": OWNER[0],
            "$data['jobPost']": post,
            "$data['applicationDate']": CAMBRIDGE_DATES[n],
        }
        html = render_blade(snap.read(CAMBRIDGE, CAMBRIDGE_COMMIT, path), _exact(values)).strip()
        source = snap.read(CAMBRIDGE, CAMBRIDGE_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            unit,
            blob_url(CAMBRIDGE, CAMBRIDGE_COMMIT, path),
            category,
            subject=_subject_call(source, _exact({})),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=CAMBRIDGE_COMPANY,
            role=post,
            labels_on_rejection=True,
            sender=CAMBRIDGE_SENDER,
            noreply=False,
            fmt=("html_only", "html", "html")[n],
        )


MEGAPORTAL = "tripathidevraj-art/mega-portal"
MEGAPORTAL_COMMIT = "3bfc1e80b1646db80d3a763f6caee243ae755e9f"
# (view, Mailable, category, the employer's notes (ours) or None). To an applicant: the
# refusal with and without the employer's feedback, reviewed and shortlisted; to a poster and
# a seller (the look-alikes): the job posting and the product offer rejected by the admins.
MEGAPORTAL_MAILS = (
    (
        "application-rejected",
        "ApplicationRejected",
        "rejection",
        "We were looking for someone with at least two years of warehouse experience.",
    ),
    ("application-rejected", "ApplicationRejected", "rejection", None),
    ("application-reviewed", "ApplicationReviewed", "acknowledgement", None),
    (
        "application-shortlisted",
        "ApplicationShortlisted",
        "moving_forward",
        "Please keep Thursday afternoon free for a phone interview.",
    ),
    ("job-rejected", "JobRejected", "not_a_job", None),
    ("offer-rejected", "OfferRejected", "not_a_job", None),
)
# Ours: the posters (the view's "Company/Poster", a user's full name), jobs, places, dates,
# the admins' reasons, the portal's address and the sender.
MEGAPORTAL_POSTERS = ("Shree Ganesh Logistics", "Nandini Foods Pvt Ltd")
MEGAPORTAL_JOBS = ("Warehouse Supervisor", "Sales Executive")
MEGAPORTAL_PLACES = ("Pune, Maharashtra", "Indore, Madhya Pradesh")
MEGAPORTAL_REASONS = {
    "job-rejected": "The salary range and the contact details are missing.",
    "offer-rejected": "The product photos do not match the description.",
}
MEGAPORTAL_URL = "https://jobandofferportal.in"
MEGAPORTAL_SENDER = ("Job & Offer Portal", "notifications@jobandofferportal.in")


def megaportal(snap: Snapshot) -> Iterator[Spec]:
    """The Job & Offer Portal's mail on an application, a job posting or a product offer,
    the view's HTML as Laravel sends it (in turn with a text part)."""
    unit = "megaportal/en"
    for n, (view, mailable, category, notes) in enumerate(MEGAPORTAL_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        poster = MEGAPORTAL_POSTERS[n % len(MEGAPORTAL_POSTERS)]
        job = MEGAPORTAL_JOBS[n % len(MEGAPORTAL_JOBS)]
        values = {
            "$application->user->full_name": OWNER[0],
            "$application->job->job_title": job,
            "$this->application->job->job_title": job,
            "$application->job->user->full_name": poster,
            "$application->job->work_location": MEGAPORTAL_PLACES[n % len(MEGAPORTAL_PLACES)],
            "ucfirst(str_replace('_', ' ', $application->job->job_type))": "Full time",
            "$application->updated_at->format('F d, Y')": "March 04, 2026",
            "$application->admin_notes": notes or "",
            "route('jobs.index')": f"{MEGAPORTAL_URL}/jobs",
            "route('user.jobs.applications')": f"{MEGAPORTAL_URL}/user/jobs/applications",
            "route('user.profile')": f"{MEGAPORTAL_URL}/user/profile",
            "$job->user->full_name": OWNER[0],
            "$job->job_title": "Delivery Rider",
            "$job->created_at->format('F d, Y')": "February 27, 2026",
            "$offer->user->full_name": OWNER[0],
            "$offer->product_name": "Handloom Cotton Bedsheet Set",
            "$offer->created_at->format('F d, Y')": "February 27, 2026",
            "$reason": MEGAPORTAL_REASONS.get(view, ""),
            "date('Y')": "2026",
        }
        truth = {"$application->admin_notes": bool(notes)}
        blade = _blade_branches(snap.read(MEGAPORTAL, MEGAPORTAL_COMMIT, path), truth)
        html = render_blade(blade, _exact(values)).strip()
        source = snap.read(MEGAPORTAL, MEGAPORTAL_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            unit,
            blob_url(MEGAPORTAL, MEGAPORTAL_COMMIT, path),
            category,
            subject=_subject_call(source, _exact(values)),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=poster,
            role=job,
            labels_on_rejection=True,
            sender=MEGAPORTAL_SENDER,
            # the admins' two refusals say "Please do not reply to this email"
            noreply=category == "not_a_job",
            fmt=("html", "html_only")[n % 2],
        )


QUICKHR = "sp48844895-cmd/QuickHR_Replies"
QUICKHR_COMMIT = "3d2174497fc8487a60c8a949117759803d6c1d17"
QUICKHR_MAILABLE = "app/Mail/CandidateResponseMail.php"
# (status, category): the Mailable picks the view and the subject by the status
QUICKHR_MAILS = (("rejected", "rejection"), ("rejected", "rejection"), ("selected", "offer"))
# Ours: the positions and the senders (the views sign "HR Team" and name no company; the
# deploying company is the sender's).
QUICKHR_POSITIONS = ("Customer Support Associate", "Accounts Executive")
QUICKHR_COMPANIES = (
    ("Larkfield Analytics", "hr@larkfieldanalytics.com"),
    ("Orbitline Software", "careers@orbitline.io"),
)


def quickhr(snap: Snapshot) -> Iterator[Spec]:
    """An HR team's verdict to a candidate sent with QuickHR Replies, the view's HTML as
    Laravel sends it (once with a text part)."""
    unit = "quickhr/en"
    source = snap.read(QUICKHR, QUICKHR_COMMIT, QUICKHR_MAILABLE)
    for n, (status, category) in enumerate(QUICKHR_MAILS):
        path = f"resources/views/emails/{status}.blade.php"
        company, address = QUICKHR_COMPANIES[n % len(QUICKHR_COMPANIES)]
        position = QUICKHR_POSITIONS[n % len(QUICKHR_POSITIONS)]
        values = {"$candidateName": OWNER[0], "$position": position}
        html = render_blade(snap.read(QUICKHR, QUICKHR_COMMIT, path), _exact(values)).strip()
        # ``$this->status === 'selected' ? A : B``
        subject = _ternary_subject(source, _exact({}), status == "selected")
        yield _spec(
            unit,
            blob_url(QUICKHR, QUICKHR_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=company,
            role=position,
            labels_on_rejection=True,
            sender=(f"{company} HR Team", address),
            noreply=True,  # the footer: "Please do not reply to this email"
            fmt=("html_only", "html", "html")[n],
        )


ZIADJOBS = "ZiadBadr1/job-portal-application"
ZIADJOBS_COMMIT = "da3c5b98d4b27d265018807b53df3e940a667eee"
# (view, Mailable, category): the refusal twice (two companies, two formats)
ZIADJOBS_MAILS = (
    ("rejected", "RejectedMail", "rejection"),
    ("rejected", "RejectedMail", "rejection"),
    ("shortlist", "ShortlistMail", "moving_forward"),
)
# Ours: the app's name (``config('app.name')``, ``.env.example``'s is "Laravel"; the views sign
# with it and say "our company", so a company's deployment), its address, the listings.
ZIADJOBS_COMPANIES = (
    ("Harbourline Freight", "https://careers.harbourlinefreight.com"),
    ("Cedarview Dental Group", "https://jobs.cedarviewdental.com"),
)
ZIADJOBS_LISTINGS = ("Logistics Coordinator", "Dental Receptionist")


def _laravel_markdown_mail(fragment: str, app_name: str, app_url: str) -> str:
    """A Markdown mail in Laravel's default layout: the app's name linking its address as the
    header, the message, the footer's copyright line."""
    return (
        f'<p><a href="{app_url}">{app_name}</a></p>\n{fragment}\n'
        f"<p>\u00a9 2026 {app_name}. {LARAVEL_RIGHTS}</p>"
    )


def ziadjobs(snap: Snapshot) -> Iterator[Spec]:
    """A job listing site's mail to an applicant, rejected after the interview or shortlisted,
    as Laravel renders a Markdown view (HTML, once with a text part)."""
    unit = "ziadjobs/en"
    for n, (view, mailable, category) in enumerate(ZIADJOBS_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        company, url = ZIADJOBS_COMPANIES[n % len(ZIADJOBS_COMPANIES)]
        listing = ZIADJOBS_LISTINGS[n % len(ZIADJOBS_LISTINGS)]
        values = {"$user_name": OWNER[0], "$listing_title": listing, "config('app.name')": company}
        fragment = _x_mail_html(snap.read(ZIADJOBS, ZIADJOBS_COMMIT, path), values)
        html = _laravel_markdown_mail(fragment, company, url)
        source = snap.read(ZIADJOBS, ZIADJOBS_COMMIT, f"app/Mail/{mailable}.php")
        rejection = category == "rejection"
        domain = url.split("//", 1)[1].split(".", 1)[1]
        yield _spec(
            unit,
            blob_url(ZIADJOBS, ZIADJOBS_COMMIT, path),
            category,
            "interview" if rejection else None,  # "your application and interview process"
            subject=_envelope_subject(source),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=company,
            role=listing,
            labels_on_rejection=True,
            sender=(company, f"careers@{domain}"),
            noreply=False,
            fmt=("html_only", "html", "html")[n],
        )


_SECTION = re.compile(r"(?s)@section\('(\w+)'\)(.*?)@endsection")
_EXTENDS = re.compile(r"@extends\('([\w.]+)'\)")
_INCLUDE = re.compile(r"@include\('([\w.]+)'\)")


def _blade_layout(view: str, read: Callable[[str], str]) -> str:
    """A view that ``@extends`` a layout: the layout with each ``@yield('name')`` replaced by
    the view's ``@section('name') ... @endsection`` (a section not given yields nothing, as
    Blade's does) and each ``@include('a.b')`` by that view; ``read`` maps a dotted view name
    to its source. A view without ``@extends``, or a section the layout has no place for,
    raises."""
    m = _EXTENDS.search(view)
    if not m:
        raise ValueError("no @extends")
    sections = {name: body.strip() for name, body in _SECTION.findall(view)}
    layout = read(m.group(1))
    places = set(re.findall(r"@yield\('(\w+)'\)", layout))
    if set(sections) - places:
        raise ValueError(f"sections without a place: {sorted(set(sections) - places)}")
    text = re.sub(r"@yield\('(\w+)'\)", lambda y: sections.get(y.group(1), ""), layout)
    return _INCLUDE.sub(lambda i: read(i.group(1)), text)


HACKIT = "ScientificClubofESI/LaraHack"
HACKIT_COMMIT = "95116d1266a53eb2ad47ab39e724ee0b5dfe0318"
# (view, Mailable, category, the team or None): the refusal twice (two formats). The waiting
# list's Mailable never sets ``$hacker`` (its constructor reads it without assigning), so its
# view fails on ``$hacker->first_name``: left out.
HACKIT_MAILS = (
    ("rejected", "Rejected", "not_a_job", None),
    ("rejected", "Rejected", "not_a_job", None),
    ("accepted", "Accepted", "other", None),
    ("registration", "Registred", "other", ("Byte Busters", "BB7Q2K")),
)
# The app's name as the subject has it ("HackIT Decision"); the sender, the links and the
# team ours (``config/mail.php``'s default sender is "EasyHack" at a placeholder address).
HACKIT_APP = "HackIT"
HACKIT_SENDER = ("HackIT", "hackit@cse.esi.dz")
HACKIT_CONFIRM = "https://hackit.cse.esi.dz/confirm/6f2c1e9a"


def hackit(snap: Snapshot) -> Iterator[Spec]:
    """The HackIT hackathon's mail to an applicant (LaraHack's views in their layout), HTML,
    in turn with a text part."""
    unit = "hackit/en"

    def read(name: str) -> str:
        path = f"resources/views/{name.replace('.', '/')}.blade.php"
        return snap.read(HACKIT, HACKIT_COMMIT, path)

    for n, (view, mailable, category, team) in enumerate(HACKIT_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$hacker->first_name": OWNER[0].split()[0],
            "config('app.name')": HACKIT_APP,
            "$confirmation_link": HACKIT_CONFIRM,
            "$message->embed(public_path() . '/images/LOGO.png')": "cid:logo.png",
            "$team_name": team[0] if team else "",
            "$team_code": team[1] if team else "",
        }
        truth = {"!is_null($team_name)": bool(team), "!is_null($team_code)": bool(team)}
        blade = _blade_branches(_blade_layout(read(f"emails.{view}"), read), truth)
        html = render_blade(blade, _exact(values)).strip()
        source = snap.read(HACKIT, HACKIT_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            unit,
            blob_url(HACKIT, HACKIT_COMMIT, path),
            category,
            subject=_subject_call(source, _exact({})),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company="n/a",
            role="n/a",
            sender=HACKIT_SENDER,
            noreply=False,
            fmt=("html", "html_only")[n % 2],
        )


SMARTHR = "PotatoChipChan/HR-system"
SMARTHR_COMMIT = "d15a552d7e37297eda74daf2673be9270b3c6c9c"
SMARTHR_DIR = "templates/emails"
# (template, category, stage, the code that sends it, the subject's literal head, context).
# The subjects are f-strings in that code: the literal head is checked there, the value ours.
SMARTHR_JOBS = ("Accounts Assistant", "Warehouse Supervisor")
SMARTHR_MAILS: tuple[tuple[str, str, str | None, str, str, dict[str, str]], ...] = (
    (
        "application_rejected",
        "rejection",
        None,
        "app/recruitment/routes.py",
        "Application Status – ",
        {"title": "Application Update", "job_title": SMARTHR_JOBS[0]},
    ),
    (
        "application_rejected",
        "rejection",
        "interview",
        "app/recruitment/routes.py",
        "Application Status – ",
        {"title": "Application Update", "job_title": SMARTHR_JOBS[1], "stage": "interview"},
    ),
    (
        "interview_scheduled",
        "interview_invitation",
        None,
        "app/recruitment/routes.py",
        "Interview Invitation – ",
        {
            "title": "Interview Scheduled",
            "job_title": SMARTHR_JOBS[0],
            "interview_date": "Thursday, 12 March 2026",
            "interview_time": "10:30 AM",
            "location": "Level 3, Menara Seri, Kota Kinabalu",
            "interview_type": "In-person",
            "interview_ref": "INT-41",
        },
    ),
    (
        "vacancy_request_rejected",
        "not_a_job",
        None,
        "app/recruitment/routes.py",
        "Vacancy Request Rejected – ",
        {
            "title": "Vacancy Request Update",
            "position_title": "Logistics Executive",
            "rejection_reason": "The headcount budget for this quarter is already committed.",
        },
    ),
    (
        "leave_rejected",
        "not_a_job",
        None,
        "app/notifications/email_service.py",
        "SmartHR - ",
        {
            "title": "Leave Application Rejected",
            # the leave route's message, its comment ours
            "message": "Your leave application LV-218 has been rejected: "
            "Two team members are already on leave that week.",
        },
    ),
)
SMARTHR_COMPANY = "SmartHR"  # the only organisation the mails name (header, sign-off, footer)
# ``MAIL_DEFAULT_SENDER``'s default in ``app/__init__.py``; the display name ours.
SMARTHR_SENDER = ("SmartHR", "noreply@smarthr.my")


def smarthr(snap: Snapshot) -> Iterator[Spec]:
    """SmartHR's mail as Flask renders the Jinja2 templates (autoescaped, the base layout
    extended), with the text part ``send_email`` makes by stripping the tags."""
    names = ["base", *{m[0] for m in SMARTHR_MAILS}]
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {
                f"emails/{n}.html": snap.read(SMARTHR, SMARTHR_COMMIT, f"{SMARTHR_DIR}/{n}.html")
                for n in names
            }
        ),
        autoescape=True,
    )
    for template, category, stage, code, head, context in SMARTHR_MAILS:
        source = snap.read(SMARTHR, SMARTHR_COMMIT, code)
        if f"(f'{head}{{" not in source and f"f'{head}{{" not in source:
            raise ValueError(f"no subject f'{head}{{...}}' in {code}")
        html = env.get_template(f"emails/{template}.html").render(employee_name=OWNER[0], **context)
        value = context.get("job_title") or context.get("position_title") or context["title"]
        yield _spec(
            "smarthr/en",
            blob_url(SMARTHR, SMARTHR_COMMIT, f"{SMARTHR_DIR}/{template}.html"),
            category,
            stage,
            subject=head + value,
            text=re.sub(r"<[^>]+>", "", html).strip() + "\n",  # email_service.strip_html
            html=html,
            company=SMARTHR_COMPANY,
            role=context.get("job_title", "n/a"),
            labels_on_rejection=True,
            sender=SMARTHR_SENDER,
            # the sender is a no-reply address (the invitation's footer alone invites replies)
            noreply=True,
            fmt="html",  # Flask-Mail's body and html
        )


INTERNTRACKER = "assil-barhoumi/InternTracker"
INTERNTRACKER_COMMIT = "60189dada5ade778d1317e76284b9204354a4631"
# (template, category, the code that sends it, its subject's literal head or the whole subject)
INTERNTRACKER_MAILS = (
    ("application_rejected", "rejection", "core/admin.py", "Application Not Selected - "),
    ("application_rejected", "rejection", "core/admin.py", "Application Not Selected - "),
    ("application_approved", "offer", "core/admin.py", "Application Approved - "),
    ("interview_scheduled", "interview_invitation", "core/signals.py", "Interview Scheduled"),
)
# Ours: the offers, their departments (the mails sign "The <department> Team"), the companies
# and their senders (``DEFAULT_FROM_EMAIL`` is not set in the repository), the interview.
INTERNTRACKER_OFFERS = (
    ("Data Analyst Intern", "Business Intelligence", "Meridian Telecom", "meridiantelecom.tn"),
    ("Frontend Developer Intern", "Digital Products", "Carthage Soft", "carthagesoft.tn"),
)


def interntracker(snap: Snapshot) -> Iterator[Spec]:
    """InternTracker's mail to an applicant, the Django template rendered as ``render_to_string``
    does for these (values by exact expression; the interview's ``{% if location %}`` branch
    taken), sent as HTML only."""
    for n, (template, category, code, head) in enumerate(INTERNTRACKER_MAILS):
        path = f"templates/emails/{template}.html"
        title, department, company, domain = INTERNTRACKER_OFFERS[n % len(INTERNTRACKER_OFFERS)]
        values = {
            "user.get_full_name|default:user.username": OWNER[0],
            "offer.title": title,
            "offer.department": department,
            "interview_date": "Tuesday, March 10, 2026",
            "interview_time": "02:30 PM",
            "interview_type": "In Person",
            "location": "Building B, 2nd floor",
        }
        source = snap.read(INTERNTRACKER, INTERNTRACKER_COMMIT, path)
        # two one-part chains in the interview's view: no Zoom link (the first ``if`` left
        # out), a location (the second kept)
        source = re.sub(r"{% if zoom_link %}.*?{% endif %}", "", source)
        source = re.sub(r"{% load [\w ]+ %}", "", source)  # a library loaded: no output
        html = _django_exact(source, values).strip()
        # the interview's contact is the author's own mailbox: ours in its place
        html = re.sub(r"[\w.+-]+@gmail\.com", f"internships@{domain}", html)
        sender_code = snap.read(INTERNTRACKER, INTERNTRACKER_COMMIT, code)
        if head.endswith(" - "):
            if f'subject = f"{head}{{' not in sender_code:
                raise ValueError(f"no subject f'{head}...' in {code}")
            subject = head + title
        else:
            if f'subject = "{head}"' not in sender_code:
                raise ValueError(f"no subject '{head}' in {code}")
            subject = head
        yield _spec(
            "interntracker/en",
            blob_url(INTERNTRACKER, INTERNTRACKER_COMMIT, path),
            category,
            subject=subject,
            text=_text_part(html),
            html=html,
            company=company,
            role=title,
            labels_on_rejection=True,
            sender=(f"{company} Internships", f"internships@{domain}"),
            noreply=False,
            fmt="html_only",  # ``content_subtype = "html"``
        )


ACJOBS = "abdelhamid-chafiki/Job-Portal"
ACJOBS_COMMIT = "68f9796f6e5f2a282ca03998e2a799d8ff5e6544"
ACJOBS_CONTROLLER = "app/Http/Controllers/Api/ApplicationController.php"
# (view, Mailable, category, the recruiter's reason (ours) or None for the controller's default)
ACJOBS_MAILS = (
    ("applicant_rejected", "ApplicantRejectedMail", "rejection", None),
    (
        "applicant_rejected",
        "ApplicantRejectedMail",
        "rejection",
        "We chose a candidate with more experience in payroll software.",
    ),
    ("applicant_accepted", "ApplicantAcceptedMail", "offer", None),
)
# Ours: the companies behind the recruiters (the views sign "Recruiter Team" and name none)
# and their senders (``.env.example``'s sender is Laravel's placeholder), the job titles.
ACJOBS_COMPANIES = (
    ("Atlas Payroll Services", "recruiting@atlaspayroll.ma"),
    ("Medina Retail Group", "jobs@medinaretail.ma"),
)
ACJOBS_JOBS = ("Payroll Officer", "Store Supervisor")


def _acjobs_default_reason(controller: str) -> str:
    """The reason ``rejectApplicant`` passes when the recruiter gives none (``?? '...'``)."""
    m = re.search(
        r"\$rejectionReason = \$validated\['reason'\] \?\? '((?:[^'\\]|\\.)*)';", controller
    )
    if not m:
        raise ValueError("no default rejection reason")
    return re.sub(r"\\(['\\])", r"\1", m.group(1))


def acjobs(snap: Snapshot) -> Iterator[Spec]:
    """The job portal's mail to an applicant as Laravel sends the view (HTML, once with a text
    part): rejected with the default reason and with the recruiter's, accepted."""
    default = _acjobs_default_reason(snap.read(ACJOBS, ACJOBS_COMMIT, ACJOBS_CONTROLLER))
    for n, (view, mailable, category, reason) in enumerate(ACJOBS_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        company, address = ACJOBS_COMPANIES[n % len(ACJOBS_COMPANIES)]
        job = ACJOBS_JOBS[n % len(ACJOBS_JOBS)]
        # Blade's {{ }} escapes the reason as htmlspecialchars does
        text = (reason or default).replace("&", "&amp;").replace("'", "&#039;")
        values = {"$applicantName": OWNER[0], "$messageText": text, "$jobTitle": job}
        html = render_blade(snap.read(ACJOBS, ACJOBS_COMMIT, path), _exact(values)).strip()
        source = snap.read(ACJOBS, ACJOBS_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            "acjobs/en",
            blob_url(ACJOBS, ACJOBS_COMMIT, path),
            category,
            subject=_envelope_subject(source),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=company,
            role="n/a",  # the refusal names no post ("our job opportunity")
            labels_on_rejection=True,
            sender=(company, address),
            noreply=False,
            fmt=("html", "html_only", "html")[n],
        )


PUPFACULTY = "tomjason74/faculty-admission-system"
PUPFACULTY_COMMIT = "a0dd97f4adec44236dd0cd8ede903b288c628e9d"
# (view, Mailable, category): the refusal twice (two departments, two formats)
PUPFACULTY_MAILS = (
    ("application_rejected", "ApplicationRejected", "rejection"),
    ("application_rejected", "ApplicationRejected", "rejection"),
    ("application_received", "ApplicationReceived", "acknowledgement"),
    ("application_approved", "ApplicationApproved", "offer"),
)
PUPFACULTY_COMPANY = "Polytechnic University of the Philippines"  # every view names it
# Ours: the departments, the temporary password, the login address and the sender
# (``.env.example``'s sender is Laravel's placeholder).
PUPFACULTY_DEPARTMENTS = ("Computer Engineering", "Accountancy")
PUPFACULTY_URL = "https://faculty.pup.edu.ph/login"
PUPFACULTY_SENDER = ("PUP Faculty Admissions", "faculty.admissions@pup.edu.ph")


def pupfaculty(snap: Snapshot) -> Iterator[Spec]:
    """The faculty admission system's mail to an applicant for a faculty position, the view's
    HTML fragment as Laravel sends it (in turn with a text part)."""
    for n, (view, mailable, category) in enumerate(PUPFACULTY_MAILS):
        path = f"resources/views/emails/{view}.blade.php"
        values = {
            "$facultyName": OWNER[0],
            "$departmentName": PUPFACULTY_DEPARTMENTS[n % len(PUPFACULTY_DEPARTMENTS)],
            "$email": OWNER[1],
            "$password": "Tmp-4kQz9wLm",
            "route('login')": PUPFACULTY_URL,
        }
        html = render_blade(snap.read(PUPFACULTY, PUPFACULTY_COMMIT, path), _exact(values)).strip()
        source = snap.read(PUPFACULTY, PUPFACULTY_COMMIT, f"app/Mail/{mailable}.php")
        yield _spec(
            "pupfaculty/en",
            blob_url(PUPFACULTY, PUPFACULTY_COMMIT, path),
            category,
            subject=_envelope_subject(source),
            text=_text_part(html),
            html=f"<html><body>{html}</body></html>",
            company=PUPFACULTY_COMPANY,
            role="n/a",  # "a position within the D department": no title
            labels_on_rejection=True,
            sender=PUPFACULTY_SENDER,
            noreply=False,
            fmt=("html_only", "html")[n % 2],
        )
