"""Recipes for session 31's sources20 (issue 11): English wording from a developers' job board
relaying a company's no, an Indian employer's interview tool, and look-alikes from the UK
Department for Education's teacher-training service and the Python Job Board.

Punchgirls' Open Source Job Board (punchgirls/job_board, built at Rails Girls Summer of Code 2013
on Cuba; jobs.punchgirls.com): the Mote mail templates its workers send a developer who applied,
the company's no relayed ("This is to inform you that you have not been selected for the
following position", followed by the post's details), the post removed by its company (the
position withdrawn: a rejection by the labels' rule), a company's message relayed and the
welcome. Subjects and the sender come from the workers. Mahesh Suppliers (India) Pvt. Ltd.
(suraj96100singh/interview_management_system, Laravel, Bikaner): the mail its interview
tool sends when an interview's outcome is set, the refusal ("we have decided to move forward with
another candidate") and the offer letter's cover mail. Apply for teacher training
(DFE-Digital/bat-design-history, the design history of the Department for Education's service):
the GOV.UK Notify emails a candidate gets when a training provider "has decided not to make you an
offer to study" a course, with the provider's structured reasons; a place on a course is no job,
so they are look-alikes (``not_a_job``), in a public service's voice and with a job refusal's
words. The Python Job Board (python/pythondotorg, the PSF's site): the Django text mails its
reviewers' decisions send the person who submitted a vacancy, the listing refused ("Unfortunately,
your listing does not comply to our Job Board listing guidelines", in its first and its current
wording), approved, and a reviewer's comment on it: the recipient is an employer posting a job, so
the refusal is a look-alike too."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()
MUSTACHE = r"\{\{\s*(.*?)\s*\}\}"


PUNCHGIRLS = "punchgirls/job_board"
PUNCHGIRLS_COMMIT = "158663b479d0c531c70432cd5ab83d767539d878"
# mail: (category, stage, variants); every mail is to the developer who applied or signed up.
PUNCHGIRLS_MAILS: dict[str, tuple[str, str, int]] = {
    "discarded_applicant": ("rejection", "application", 2),
    "deleted_post": ("rejection", "application", 1),
    "contacted_applicant": ("interview_invitation", "n/a", 1),
    "welcome_developer": ("platform_notice", "n/a", 1),
}
# The workers' sender address (the display name is ours).
PUNCHGIRLS_SENDER = ("Punchgirls Job Board", "team@punchgirls.com")
# Ours: the posts' details and the company's message relayed by contacted_applicant.
PUNCHGIRLS_POSTS = [
    ("Ruby developer", "ruby,cuba,redis", "Montevideo", "false"),
    ("Junior JavaScript developer", "javascript,node", "", "true"),
    ("Backend developer (Go)", "go,postgresql", "Buenos Aires", "false"),
]
PUNCHGIRLS_DESCRIPTION = (
    "We are a small product team looking for someone who enjoys clean code, pairing and "
    "shipping small changes often."
)
PUNCHGIRLS_MESSAGE = (
    "Hello, thanks for applying! We liked your GitHub profile and would like to schedule a "
    "30 minute call next week. Which days suit you?"
)


def _mote(template: str, values: dict[str, str], flags: dict[str, bool]) -> str:
    """A Mote template rendered: its ``% if`` / ``% else`` / ``% end`` lines resolved by
    ``flags`` (by condition text), other ``%`` lines (assignments) dropped, ``{{ }}`` filled
    exactly. An unknown condition or placeholder raises."""
    out: list[str] = []
    shown: list[bool] = []
    for line in template.splitlines(keepends=True):
        code = line.strip()
        if code.startswith("% if "):
            cond = code[len("% if ") :]
            if cond not in flags:
                raise ValueError(f"no flag for {cond!r}")
            shown.append(flags[cond])
        elif code == "% else":
            shown[-1] = not shown[-1]
        elif code == "% end":
            shown.pop()
        elif code.startswith("%"):
            continue
        elif all(shown):
            out.append(line)
    if shown:
        raise ValueError("an unclosed % if")
    return fill_exact("".join(out), MUSTACHE, values)


def _ruby_subject(worker: str) -> str:
    """The ``subject:`` of a worker's ``Malone.deliver``: its string literals and ``+`` joined
    expressions, as a template with ``{{ expr }}`` for each expression and interpolation."""
    m = re.search(r"(?s)Malone\.deliver\(.*?subject: (.+?),\n", worker)
    if m is None:
        raise ValueError("no subject")
    parts = []
    for piece in re.split(r"\s*\+\s*", m.group(1)):
        if piece.startswith('"') and piece.endswith('"'):
            parts.append(re.sub(r"#\{(.*?)\}", r"{{ \1 }}", piece[1:-1]))
        else:
            parts.append(f"{{{{ {piece} }}}}")
    return "".join(parts)


def punchgirls(snap: Snapshot) -> Iterator[Spec]:
    """The job board's mail to a developer: not selected (twice), the post removed, a company's
    message, the welcome; plain text as the board sends it (in turn hard-wrapped)."""
    n = 0
    for mail, (category, stage, variants) in PUNCHGIRLS_MAILS.items():
        path = f"mails/{mail}.md"
        template = snap.read(PUNCHGIRLS, PUNCHGIRLS_COMMIT, path)
        worker = snap.read(PUNCHGIRLS, PUNCHGIRLS_COMMIT, f"workers/{mail}.rb")
        subject = _ruby_subject(worker)
        for k in range(variants):
            f = fill_for("punchgirls/en", mail, "en", k)
            title, tags, location, remote = PUNCHGIRLS_POSTS[n % len(PUNCHGIRLS_POSTS)]
            values = {
                "developer.name": OWNER[0],
                "post.title": title,
                "post.posted_by": f.company,
                "post.company_url": f"https://www.{f.company.lower().replace(' ', '')}.example.com",
                "tags": tags.replace(",", ", "),
                "post.location": location,
                "post.description": PUNCHGIRLS_DESCRIPTION,
                "company.name": f.company,
                "subject": "Your application",
                "body": PUNCHGIRLS_MESSAGE,
            }
            flags = {"post.location": bool(location), 'post.remote == "true"': remote == "true"}
            about_job = category != "platform_notice"
            company_box = f"jobs@{f.company.lower().replace(' ', '')}.example.com"
            yield _spec(
                "punchgirls/en",
                blob_url(PUNCHGIRLS, PUNCHGIRLS_COMMIT, path),
                category,
                stage,
                subject=fill_exact(subject, MUSTACHE, values),
                text=_mote(template, values, flags),
                company=f.company if about_job else "n/a",
                role=title if about_job else "n/a",
                sender=PUNCHGIRLS_SENDER,
                noreply=False,
                reply_to=company_box if mail == "contacted_applicant" else None,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


MAHESH = "suraj96100singh/interview_management_system"
MAHESH_COMMIT = "7aff0a8aeec0f03d01939785cbd6959620e7d139"
MAHESH_CONTROLLER = "app/Http/Controllers/InterviewsController.php"
MAHESH_COMPANY = "Mahesh suppliers (india) Pvt. Ltd."  # the controller's $data["title"]
# view: (category, stage, variants); the subjects are the controller's ->subject(...). The
# refusal is sent when an interview's outcome is set, but the mail says nothing of one: stage
# ``application`` by the labels' rule (docs/corpora.md, "Labels").
MAHESH_MAILS: dict[str, tuple[str, str, int]] = {
    "rejection": ("rejection", "application", 2),
    "email": ("offer", "n/a", 1),
}
# Ours: the sender (MAIL_FROM_ADDRESS is null in .env.example).
MAHESH_SENDER = ("Mahesh Suppliers HR", "hr@mahesh-suppliers.example.in")


def _mail_subject(controller: str, view: str) -> str:
    """The single-quoted ``->subject(...)`` of the ``Mail::send('emails.<view>', ...)`` call."""
    m = re.search(rf"Mail::send\('emails\.{view}'.*?->subject\('([^']*)'\)", controller, re.S)
    if m is None:
        raise ValueError(f"no subject for emails.{view}")
    return m.group(1)


def mahesh(snap: Snapshot) -> Iterator[Spec]:
    """The interview tool's mail when an outcome is set: the refusal (twice) and the offer
    letter's cover mail (the letter itself is a PDF attachment, left out, as is the embedded
    banner image); HTML, in turn with and without a text part."""
    controller = snap.read(MAHESH, MAHESH_COMMIT, MAHESH_CONTROLLER)
    n = 0
    for view, (category, stage, variants) in MAHESH_MAILS.items():
        path = f"resources/views/emails/{view}.blade.php"
        source = snap.read(MAHESH, MAHESH_COMMIT, path)
        body = re.sub(r"(?s)\{\{--.*?--\}\}", "", html_body(source))
        body = re.sub(r"<img [^>]*\$message->embed[^>]*>", "", body)
        subject = _mail_subject(controller, view)
        for _ in range(variants):
            html = fill_exact(body, MUSTACHE, {"$name": OWNER[0], "$title": MAHESH_COMPANY})
            yield _html_spec(
                "mahesh/en",
                blob_url(MAHESH, MAHESH_COMMIT, path),
                category,
                re.sub(r"\s+", " ", html),
                stage=stage,
                subject=subject,
                company="Mahesh Suppliers (India) Pvt. Ltd.",
                role="n/a",
                sender=MAHESH_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


TEACHERTRAINING = "DFE-Digital/bat-design-history"
# A plain-file source: read with read_file at this commit (the snapshot, 2.2 GB of screenshots,
# is too large to fetch).
TEACHERTRAINING_READ_AT = "732a33973741229e7c847416c635d52628be6b90"
TEACHERTRAINING_PATH = (
    "app/posts/manage-teacher-training-applications/2020-11-27-reasons-for-rejection-iteration-4.md"
)
# template: the variants, each a set of the Notify conditionals ``((if X??...))`` shown.
TEACHERTRAINING_MAILS: dict[str, list[set[str]]] = {
    "template1": [{"this was not the only application"}, set()],
    "template2": [set()],
    "template3": [{"one"}],
}
# Ours: the providers, courses, date and link; the sender is GOV.UK Notify's kind of address.
TEACHERTRAINING_VALUES = {
    "name": OWNER[0],
    "provider": "Harbourside SCITT",
    "course": "Physical education (V6X1)",
    "provider1": "Northgate Teaching School Alliance",
    "course1": "Primary (X100)",
    "provider2": "University of Eastmoor",
    "course2": "Primary with mathematics (X2M4)",
    "date": "14 May 2021",
    "link": "https://www.apply-for-teacher-training.service.gov.uk/candidate/sign-in",
}
TEACHERTRAINING_SENDER = (
    "Apply for teacher training",
    "apply-for-teacher-training@notifications.service.gov.uk",
)


def _notify_templates(source: str) -> dict[str, tuple[str, str]]:
    """name -> (subject, content) of a design-history post's ``{% set name %}`` blocks and the
    ``appEmail({ subject, content: name })`` calls that show them."""
    blocks = dict(re.findall(r"(?s)\{% set (\w+) %\}\n(.*?)\{% endset %\}", source))
    calls = re.findall(r'appEmail\(\{\s*subject: "([^"]*)",\s*content: (\w+)\s*\}\)', source)
    if not blocks or not calls:
        raise ValueError("no emails")
    return {name: (subject, blocks[name]) for subject, name in calls}


def _notify_text(content: str, shown: set[str], values: dict[str, str]) -> str:
    """Plain text of a Notify markdown email: comments dropped, ``((if X??text))`` shown when X
    is in ``shown``, an unclosed ``((if X??`` / ``((else??`` pair (the post's third email) kept
    to X's branch, headings, inset quotes and bold as text, ``((placeholders))`` filled."""
    text = re.sub(r"<!--.*?-->\n", "", content)
    unclosed = re.search(r"(?s)\(\(if ([^?]+)\?\?\n(.*?)\(\(else\?\?\n\n#[^\n]*\n.*?\n(?=#)", text)
    if unclosed:
        kept = unclosed.group(2) if unclosed.group(1) in shown else ""
        text = text[: unclosed.start()] + kept + text[unclosed.end() :]
    text = re.sub(
        r"(?s)\(\(if ([^?]+)\?\?((?:(?!\(\().)*?)\)\)",
        lambda m: m.group(2) if m.group(1) in shown else "",
        text,
    )
    text = re.sub(r"(?m)^#+ ", "", text)
    text = re.sub(r"(?m)^> ?", "", text)
    text = text.replace("**", "")
    text = fill_exact(text, r"\(\((\w+)\)\)", values)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def teachertraining(snap: Snapshot) -> Iterator[Spec]:
    """The service's emails when a provider turns a candidate down with reasons: all decisions
    made (twice: with and without the apply-again line), one offer held, decisions still
    awaited; plain text and HTML, from a Notify address (look-alikes: a course place)."""
    source = snap.read(TEACHERTRAINING, TEACHERTRAINING_READ_AT, TEACHERTRAINING_PATH)
    url = blob_url(TEACHERTRAINING, TEACHERTRAINING_READ_AT, TEACHERTRAINING_PATH)
    templates = _notify_templates(source)
    n = 0
    for name, variants in TEACHERTRAINING_MAILS.items():
        subject, content = templates[name]
        for shown in variants:
            yield _spec(
                "teachertraining/en",
                url,
                "not_a_job",
                subject=subject,
                text=_notify_text(content, shown, TEACHERTRAINING_VALUES),
                company=TEACHERTRAINING_VALUES["provider"],
                role="n/a",
                sender=TEACHERTRAINING_SENDER,
                noreply=True,
                fmt=("html", "plain")[n % 2],
            )
            n += 1


PYJOBS = "python/pythondotorg"
PYJOBS_COMMIT = "0a7e8d1fef1796dd6f0dcebb08ed5b0f8d0deed9"
PYJOBS_DIR = "apps/jobs/templates/jobs/email"
# The refusal's first wording, at the commit that added the mail (older layout, ``addressee``).
PYJOBS_FIRST_COMMIT = "9495c2e73dbbf14aeb42db8b393fb7cff2037947"
PYJOBS_FIRST_DIR = "templates/jobs/email"
# (commit, folder, mail, category, subject file or None): the comment's subject is the
# listener's ``_("Python Job Board: Review comment for: {}")``.
PYJOBS_MAILS: list[tuple[str, str, str, str, str | None]] = [
    (PYJOBS_COMMIT, PYJOBS_DIR, "job_was_rejected", "not_a_job", "job_was_rejected_subject"),
    (
        PYJOBS_FIRST_COMMIT,
        PYJOBS_FIRST_DIR,
        "job_was_rejected",
        "not_a_job",
        "job_was_rejected_subject",
    ),
    (PYJOBS_COMMIT, PYJOBS_DIR, "job_was_approved", "other", "job_was_approved_subject"),
    (PYJOBS_COMMIT, PYJOBS_DIR, "comment_was_posted", "other", None),
]
PYJOBS_COMMENT_SUBJECT = "Python Job Board: Review comment for: {}"
PYJOBS_SENDER = ("Python Job Board", "jobs@python.org")  # settings.JOB_FROM_EMAIL
# Ours: the listing (a Python post, its path on the site), the reviewer and the comment.
PYJOBS_TITLE = "Senior Python Developer"
PYJOBS_PATH = "/jobs/7421/"
PYJOBS_REVIEWER = "Marta Lindqvist"
PYJOBS_COMMENT = (
    "Thanks for the submission. Please add the job location and say whether remote work is "
    "possible, then we can approve the listing."
)


def pyjobs(snap: Snapshot) -> Iterator[Spec]:
    """The Python Job Board's review mail to the person who listed a vacancy: the listing refused
    (current and first wording), approved, a reviewer's comment; plain text (the Django
    templates' ``{{ }}`` filled exactly), in turn hard-wrapped."""
    for n, (commit, folder, mail, category, subject_file) in enumerate(PYJOBS_MAILS):
        path = f"{folder}/{mail}.txt"
        template = snap.read(PYJOBS, commit, path)
        f = fill_for("pyjobs/en", f"{commit[:8]}{mail}", "en", 0)
        values = {
            "user_name": OWNER[0],
            "addressee": OWNER[0],
            "reviewer_name": PYJOBS_REVIEWER,
            "site.domain": "www.python.org",
            "content_object.get_absolute_url": PYJOBS_PATH,
            "job_link": f"https://www.python.org{PYJOBS_PATH}",
            "content_object.job_title": PYJOBS_TITLE,
            "content_object.company_name": f.company,
            'content_object.created|date:"d F Y"': "12 March 2025",
            "comment|safe": PYJOBS_COMMENT,
        }
        if subject_file is None:
            subject = PYJOBS_COMMENT_SUBJECT.format(f"{PYJOBS_TITLE}, {f.company}")  # display_name
        else:
            subject = snap.read(PYJOBS, commit, f"{folder}/{subject_file}.txt").strip()
        yield _spec(
            "pyjobs/en",
            blob_url(PYJOBS, commit, path),
            category,
            subject=subject,
            text=fill_exact(template, MUSTACHE, values),
            company="Python Job Board",
            role="n/a",
            sender=PYJOBS_SENDER,
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )
