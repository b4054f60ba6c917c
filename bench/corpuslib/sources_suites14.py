"""Recipes for session 28's sources14 (issue 11): an English job board's relay refusal among
its platform look-alikes, a Congolese brewery's internship programme in French, an Italian
ministry's news about its own hiring, and a Flemish internship platform judging companies.

Zoomingcareer (Aegon017/zoom-career-portal-v2, a job board on Laravel): the board's
mail to a job seeker whose application an employer turned down ("the organization has decided to
move forward with other candidates at this time") or shortlisted, its job alert, and its mail to
employers, whose job posting or account verification it rejected, approved or holds for review
under the same "Application Update" heading: refusals that are no job rejection. BRACONGO Stages
(houedanoujl/bracongostages, the internship platform of BRACONGO, a brewery in Kinshasa): the
templates its seeder writes, one per step of an internship application: received, incomplete,
called to a selection test, tested, admitted, not admitted ("vous n'avez pas atteint la moyenne
requise"), and the internship's own mail after it. The Department for Digital Transformation
(teamdigitale/innovazione.gov.it-site, the Italian minister's site): its news posts about its
hiring campaign, the call for applications and the deadlines for the interview invitations
("Tutti coloro che non riceveranno alcuna comunicazione, potranno ritenere non ammessa la propria
candidatura"): a public body's newsletter with a selection's words, to every reader. The
internship platform (kefmaister/afstudeerproject-kefmaister, a college student's project): its
mail to a company whose registration or internship offer it refused or approved."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()


ZOOM = "Aegon017/zoom-career-portal-v2"
ZOOM_COMMIT = "2a47db267aa370047019494e260302a84aeb978f"
ZOOM_VIEWS_DIR = "resources/views/mails"
# (view, category, variants, status, reason, subject). The subjects are the Mailables' own
# (app/Mail/**); ``{job}`` and ``{company}`` stand for the sprintf arguments. The employer-side
# mails go to a job board's user too: the posting or the account, not an application, is judged.
ZOOM_MAILS: list[tuple[str, str, int, str, bool, str]] = [
    (
        "application/rejected-mail",
        "rejection",
        2,
        "",
        False,
        "Application Update from Zoomingcareer for {job} position at {company}",
    ),
    (
        "application/shortlisted-mail",
        "moving_forward",
        1,
        "",
        False,
        "Application Update from Zoomingcareer for {job} position at {company}",
    ),
    ("jobseeker/job-posted-mail", "job_alert", 1, "", False, "New Job Posted: {job} at {company}"),
    (
        "employer/job-verification-status-mail",
        "platform_notice",
        1,
        "pending",
        False,
        "Job Verification Status Mail",
    ),
    (
        "employer/job-verification-status-mail",
        "not_a_job",
        1,
        "rejected",
        True,
        "Job Verification Status Mail",
    ),
    (
        "employer/job-verification-status-mail",
        "platform_notice",
        1,
        "verified",
        False,
        "Job Verification Status Mail",
    ),
    (
        "employer/verification-update-mail",
        "not_a_job",
        1,
        "rejected",
        True,
        "Verification Update Mail",
    ),
    (
        "employer/employer-registered-mail",
        "platform_notice",
        1,
        "",
        False,
        "Welcome to Zoomingcareer – Registration Under Review",
    ),
]
# Ours: the sender (the deployment's MAIL_FROM is the framework's placeholder), the links and
# the reviewers' reasons.
ZOOM_SENDER = ("Zoomingcareer", "no-reply@zoomingcareer.com")
ZOOM_LINKS = {
    "asset('logo.png')": "https://zoomingcareer.com/logo.png",
    "route('jobseeker.jobs.show', $job->id)": "https://zoomingcareer.com/jobseeker/jobs/5821",
}
ZOOM_REASONS = {
    "job-verification-status-mail": "The job description does not state the salary range or "
    "the work location.",
    "verification-update-mail": "The company registration document could not be verified.",
}


def _directives(body: str, conds: dict[str, bool]) -> str:
    """A Blade body's ``@if`` / ``@elseif`` / ``@else`` / ``@endif`` lines resolved with
    ``conds`` (keyed by the condition's text); an unknown condition is an error."""
    out: list[str] = []
    stack: list[tuple[bool, bool]] = []  # (this branch kept, an earlier branch was taken)
    keep = True
    for line in body.splitlines():
        s = line.strip()
        m = re.match(r"@(if|elseif)\s*\((.*)\)\s*$", s)
        if m and m.group(1) == "if":
            stack.append((keep, False))
            taken = conds[m.group(2).strip()]
            keep = stack[-1][0] and taken
            stack[-1] = (stack[-1][0], taken)
            continue
        if m:
            outer, done = stack[-1]
            taken = not done and conds[m.group(2).strip()]
            keep = outer and taken
            stack[-1] = (outer, done or taken)
            continue
        if s == "@else":
            outer, done = stack[-1]
            keep = outer and not done
            continue
        if s == "@endif":
            keep = stack.pop()[0]
            continue
        if keep:
            out.append(line)
    if stack:
        raise ValueError("unclosed @if in a Blade view")
    return "\n".join(out)


def _fill_blade(html: str, values: dict[str, str]) -> str:
    """Every ``{{ expr }}`` filled from ``values`` (keyed by the expression, spaces folded);
    style attributes that compute a colour are dropped first."""
    html = re.sub(r'\s*style="[^"]*\{\{.*?\}\}[^"]*"', "", html, flags=re.S)
    return fill_exact(html, r"(?s)\{\{(.*?)\}\}", values)


def _zoom_mail(layout: str, view: str, values: dict[str, str], conds: dict[str, bool]) -> str:
    """The HTML body a Zoomingcareer view renders inside its layout."""
    title = re.search(r"@section\('title', '([^']*)'\)", view)
    body = re.search(r"@section\('body'\)(.*?)@endsection", view, re.S)
    page = re.search(r"<body>(.*)</body>", layout, re.S)
    if title is None or body is None or page is None:
        raise ValueError("not a Zoomingcareer mail view")
    html = page.group(1).replace("@yield('title')", title.group(1))
    html = html.replace("@yield('body')", _directives(body.group(1), conds))
    # Whitespace inside a paragraph renders as one space; the text part is derived from this.
    return re.sub(r"\s+", " ", _fill_blade(html, values)).replace("&copy;", "©")


def zoomcareer(snap: Snapshot) -> Iterator[Spec]:
    """Zoomingcareer's mail: to a job seeker refused (twice) or shortlisted and a job alert; to
    an employer whose job posting is pending, rejected or verified and whose account was
    rejected, and the employer's welcome. HTML, in turn with and without its text part."""
    layout = snap.read(ZOOM, ZOOM_COMMIT, f"{ZOOM_VIEWS_DIR}/layout.blade.php")
    n = 0
    for view, category, variants, status, reasoned, subject in ZOOM_MAILS:
        path = f"{ZOOM_VIEWS_DIR}/{view}.blade.php"
        source = snap.read(ZOOM, ZOOM_COMMIT, path)
        for k in range(variants):
            f = fill_for("zoomcareer/en", f"{view}:{status}", "en", k)
            reason = ZOOM_REASONS[view.rsplit("/", 1)[1]] if reasoned else ""
            values = {
                **ZOOM_LINKS,
                "$name": FIRST,
                "$job_title": f.role,
                "$job_title ?? 'Untitled Job'": f.role,
                "$company_name": f.company,
                "$user->name": FIRST,
                "$employer_name": FIRST,
                "$job->title": f.role,
                "$job->company->name": f.company,
                "$status": status,
                "ucfirst($status ?? 'pending')": status.capitalize(),
                "$status_text": status.capitalize(),
                "$reason": reason,
                "$updated_at": "March 3, 2025",
            }
            conds = {
                "$status === 'verified'": status == "verified",
                "$status === 'rejected'": status == "rejected",
                "!empty($reason)": bool(reason),
                "$status === 'rejected' && !empty($reason)": status == "rejected" and bool(reason),
            }
            html = _zoom_mail(layout, source, values, conds)
            seeker = category in {"rejection", "moving_forward", "job_alert"}
            fields: dict[str, Any] = {
                "subject": subject.format(job=f.role, company=f.company),
                "company": f.company if seeker else "n/a",
                "role": f.role if seeker else "n/a",
                "sender": ZOOM_SENDER,
                "noreply": True,
            }
            url = blob_url(ZOOM, ZOOM_COMMIT, path)
            fmt = ("html", "html_only")[n % 2]
            yield _html_spec("zoomcareer/en", url, category, html, fmt=fmt, **fields)
            n += 1


BRACONGO = "houedanoujl/bracongostages"
BRACONGO_COMMIT = "18c06b3ee87f8fe3268e184e9b4621d85a59a78a"
BRACONGO_PATH = "database/seeders/EmailTemplateSeeder.php"
# slug: (category, variants). The programme's mail to an applicant for an internship, step by
# step; after the admission, the internship's own mail (dates, induction, evaluation, ...).
BRACONGO_MAILS = {
    "analyse_dossier": ("acknowledgement", 1),
    "dossier_incomplet": ("other", 1),
    "convocation_test": ("assessment", 1),
    "resultat_test": ("other", 1),
    "resultat_admis": ("offer", 1),
    "resultat_non_admis": ("rejection", 2),
    "confirmation_dates": ("other", 1),
    "reponse_lettre_recommandation": ("other", 1),
    "induction_rh": ("other", 1),
    "debut_stage": ("other", 1),
    "envoi_evaluation": ("other", 1),
    "envoi_attestation": ("other", 1),
    "stage_termine": ("other", 1),
}
# Ours: every placeholder's value and the sender (the deployment's MAIL_FROM is a developer's).
BRACONGO_VALUES = {
    "nom": LAST,
    "prenom": FIRST,
    "email": OWNER[1],
    "code_suivi": "BRC-2026-0417",
    "date_test": "12 mars 2026",
    "heure_test": "09h00",
    "date_debut": "6 avril 2026",
    "date_fin": "3 juillet 2026",
    "direction_service": "Direction Commerciale et Marketing",
    "tuteur_nom": "Mme Nadine Mukendi",
    "heure_presentation": "08h00",
    "note_evaluation": "15",
    "appreciation_tuteur": "Stagiaire rigoureux, ponctuel et impliqué.",
}
BRACONGO_SENDER = ("BRACONGO Stages", "stages@bracongo.example.cd")


def _php_string(literal: str) -> str:
    """A PHP string literal's value (single quotes: ``\\'``; double quotes: ``\\n``, ``\\"``)."""
    body = literal[1:-1]
    if literal[0] == "'":
        return re.sub(r"\\(['\\])", r"\1", body)
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "$": "$"}
    return re.sub(r"\\([nt\"\\$])", lambda m: escapes[m.group(1)], body)


def _seeded_templates(source: str) -> dict[str, tuple[str, str]]:
    """slug -> (subject, body) of the seeder's template arrays."""
    literal = r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')"
    found = re.findall(
        rf"'slug' => {literal},.*?'sujet' => {literal},\s*'contenu' => {literal},", source, re.S
    )
    if not found:
        raise ValueError("no templates in the seeder")
    return {_php_string(s): (_php_string(subj), _php_string(body)) for s, subj, body in found}


def bracongo(snap: Snapshot) -> Iterator[Spec]:
    """BRACONGO Stages' mail to an internship applicant, one per step, the refusal after the
    selection test twice; in turn plain, hard-wrapped, multipart and HTML only."""
    source = snap.read(BRACONGO, BRACONGO_COMMIT, BRACONGO_PATH)
    url = blob_url(BRACONGO, BRACONGO_COMMIT, BRACONGO_PATH)
    templates = _seeded_templates(source)
    fmts = ("plain", "wrapped", "html", "html_only")
    n = 0
    for slug, (category, variants) in BRACONGO_MAILS.items():
        subject, body = templates[slug]
        for _ in range(variants):
            text = re.sub(r"\{(\w+)\}", lambda m: BRACONGO_VALUES[m.group(1)], body)
            yield _spec(
                "bracongo/fr",
                url,
                category,
                subject=subject,
                text=text.strip() + "\n",
                company="BRACONGO",
                role="n/a",
                sender=BRACONGO_SENDER,
                noreply=False,
                fmt=fmts[n % 4],
            )
            n += 1


MID = "teamdigitale/innovazione.gov.it-site"
# The last commit holding the posts (the site later moved them to a CMS).
MID_COMMIT = "03553a52c502cb6c372e5a62afded336cf835db5"
MID_POSTS_DIR = "_posts"
MID_POSTS = [
    "2020-02-11-una-chiamata-ai-talenti.md",
    "2020-03-17-posticipata-la-convocazione-per-i-colloqui.md",
    "2020-03-25-posticipata-la-convocazione-per-alcuni-colloqui.md",
    "2020-04-27-posticipata-la-convocazione-per-alcuni-colloqui.md",
]
# Ours: the sender and the newsletter's footer (the site publishes the posts; mailing them to
# subscribers is how they reach an inbox).
MID_SENDER = ("Innovazione - Notizie", "newsletter@innovazione.gov.it")
MID_UNSUBSCRIBE = "https://innovazione.gov.it/newsletter/disiscriviti"


def _post_text(md: str) -> tuple[str, str]:
    """(title, plain text) of a Jekyll post: front matter, kramdown attributes and the photo
    credit dropped, links shown as their text followed by the address."""
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if front is None:
        raise ValueError("no front matter")
    title = re.search(r"^title: (.*)$", front.group(1), re.M)
    if title is None:
        raise ValueError("no title")
    t = md[front.end() :]
    t = re.sub(r"^\{:[^}]*\}\n_Fotografia di .*$", "", t, flags=re.M)
    t = t.replace("<!-- MORE -->", "")
    t = re.sub(r"\[([^\]]+)\]\(([^)]+)\)(\{:[^}]*\})?", r"\1 (\2)", t)
    t = re.sub(r"\*\*([^*]+)\*\*", r"\1", t)
    t = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", t)
    t = re.sub(r"^\* ", "- ", t, flags=re.M)
    t = re.sub(r"\n{3,}", "\n\n", t).strip()
    return title.group(1).strip().strip('"'), t


def mid(snap: Snapshot) -> Iterator[Spec]:
    """The Department for Digital Transformation's news about its hiring campaign, as its
    newsletter mails them: the call for applications, three postponed interview deadlines."""
    for n, name in enumerate(MID_POSTS):
        path = f"{MID_POSTS_DIR}/{name}"
        title, text = _post_text(snap.read(MID, MID_COMMIT, path))
        footer = "Ricevi questa newsletter perché ti sei iscritto. Disiscriviti: "
        yield _spec(
            "mid/it",
            blob_url(MID, MID_COMMIT, path),
            "newsletter",
            subject=title,
            text=f"{title}\n\n{text}\n\n--\n{footer}{MID_UNSUBSCRIBE}\n",
            company="n/a",
            role="n/a",
            sender=MID_SENDER,
            noreply=True,
            fmt=("html", "plain")[n % 2],
            extra_headers={"List-Unsubscribe": f"<{MID_UNSUBSCRIBE}>"},
        )


STAGEPLATFORM = "kefmaister/afstudeerproject-kefmaister"
STAGEPLATFORM_COMMIT = "559db375a925643c83715d291d604ac78c827b90"
STAGEPLATFORM_VIEWS_DIR = "resources/views/emails"
# (view, category, subject, with a coordinator): a Flemish college's internship platform judging
# a company that registered and the internship it offers; the subjects are the Mailables'.
STAGEPLATFORM_MAILS = [
    ("company/denied", "not_a_job", "Bedrijf geweigerd", True),
    ("company/denied", "not_a_job", "Bedrijf geweigerd", False),
    ("company/approved", "platform_notice", "Jouw bedrijf is goedgekeurd!", False),
    ("stages/denied", "not_a_job", "Stage afgekeurd", False),
    ("stages/denied", "not_a_job", "Stage afgekeurd", False),
    ("stages/approved", "platform_notice", "Stage goedgekeurd", False),
]
# Ours: the platform's name (APP_NAME is the framework's placeholder), its sender, the
# internships, the coordinator, the reasons and the login link.
STAGEPLATFORM_NAME = "Stageplatform"
STAGEPLATFORM_SENDER = (STAGEPLATFORM_NAME, "no-reply@stages.example.be")
STAGEPLATFORM_STAGES = ["Stage webontwikkeling", "Stage data-analyse"]
STAGEPLATFORM_REASONS = {
    "company": "Het ondernemingsnummer klopt niet met de opgegeven bedrijfsnaam.",
    "stages": "De stageopdracht is te beperkt voor een bachelorstage; beschrijf de taken "
    "concreter.",
}
STAGEPLATFORM_VALUES = {
    "$magicUrl": "https://stages.example.be/login/magic/7f3a9c",
    "$coordinator->user->firstname": "Els",
    "$coordinator->user->lastname": "Van den Broeck",
    "$coordinator->user->email": "els.vandenbroeck@example.be",
    "config('app.name')": STAGEPLATFORM_NAME,
}


def _markdown_mail(source: str, values: dict[str, str], conds: dict[str, bool]) -> str:
    """A Laravel markdown mail as the text its recipient reads: components dropped (a button
    keeps its label and link), headings, bold and quotes unmarked, ``{{ }}`` filled."""
    text = re.sub(
        r"@component\('mail::button', \['url' => \$(\w+)\]\)\s*(.*?)\s*@endcomponent",
        lambda m: f"{m.group(2)}: {{{{ ${m.group(1)} }}}}",
        source,
        flags=re.S,
    )
    text = re.sub(r"^@(end)?component.*$", "", text, flags=re.M)
    text = _directives(text, conds)
    text = _fill_blade(text, values)
    text = re.sub(r"^#+ ", "", text, flags=re.M)
    text = re.sub(r"^> ", "", text, flags=re.M)
    text = re.sub(r"^---$", "", text, flags=re.M)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\(mailto:[^)]+\)", r"\1", text)
    text = text.replace("<br>", "")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(s.strip() for s in text.splitlines())).strip()


def stageplatform(snap: Snapshot) -> Iterator[Spec]:
    """An internship platform's mail to a company: its registration refused (with and without
    the coordinator to contact) or approved, an internship it offered refused (twice) or
    approved. The company mails as Laravel markdown (plain text), the internship mails as their
    HTML views."""
    for n, (view, category, subject, coordinator) in enumerate(STAGEPLATFORM_MAILS):
        path = f"{STAGEPLATFORM_VIEWS_DIR}/{view}.blade.php"
        source = snap.read(STAGEPLATFORM, STAGEPLATFORM_COMMIT, path)
        f = fill_for("stageplatform/nl", view, "nl", n)
        kind = view.split("/", 1)[0]
        values = {
            **STAGEPLATFORM_VALUES,
            "$company->company_name": f.company,
            "$reason": STAGEPLATFORM_REASONS[kind],
            "$stage->company->user->firstname ?? 'bedrijf'": f.person.split()[0],
            "$stage->title": STAGEPLATFORM_STAGES[n % 2],
        }
        fields: dict[str, Any] = {
            "subject": subject,
            "company": "n/a",
            "role": "n/a",
            "sender": STAGEPLATFORM_SENDER,
            "noreply": True,
        }
        url = blob_url(STAGEPLATFORM, STAGEPLATFORM_COMMIT, path)
        if kind == "company":
            text = _markdown_mail(source, values, {"isset($coordinator)": coordinator})
            fmt = ("plain", "wrapped")[n % 2]
            yield _spec("stageplatform/nl", url, category, text=text + "\n", fmt=fmt, **fields)
        else:
            page = re.search(r"<body>(.*)</body>", source, re.S)
            html = _fill_blade(page.group(1) if page else source, values)
            fmt = ("html", "html_only")[n % 2]
            yield _html_spec("stageplatform/nl", url, category, html, fmt=fmt, **fields)
