"""Recipes for session 31's sources23 (issue 11): English wording from a UK job board that
relays an employer's decision and from a Sydney talent incubator's own selection mail; two
funders' refusals as look-alikes.

BuildMyTalent (SerdarMustafa1/factanonverba, "Collabed.JobPortal", ASP.NET on ABP, 2023): a UK
job board with an applicant tracker for the employers who post on it; when an employer marks an
applicant, the board mails the applicant in the employer's name from its own info@ address:
refused ("your application was not successful at this time", signed by the employer), invited
to an interview (the employer will call), and on applying, a confirmation. 2hats
(2hats-co/2hats-admin-portal, React, 2018-2019): a Sydney "talent incubator" that places
students and recent graduates in paid industry placements; its staff's admin portal keeps the
mail templates they send at each step: the resume reviewed and not progressed (three
wordings), not progressed after the video interview or after the assessment centre, "not
quite industry ready" after it, invitations to the interview and the assessment centre, the
centre's information and psychometric quiz, accepted into the talent pool, an unreadable
resume. Neither repository states a licence: the texts are read at build time, never
committed. As look-alikes, UK Research and Innovation's Funding Service
(ukri-funding-service/ukri-tfs, MIT, Crown copyright): the plain-text part of its funding
decisions, "your application for funding has not been successful", to an applicant (with and
without a research office) and to the research organisation: a grant refused, no job; and the
Vore Arts Fund (PhantomWatson/vore-arts-fund, MIT; Muncie, Indiana): an artist's application for
funding not accepted or not funded, accepted for the public vote, funded with a loan."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

from .fill import OWNER, Spec, fill_for, html_body
from .snapshot import Snapshot, blob_url
from .sources_smallhire import _html_spec
from .sources_trackers import _spec
from .templating import fill_exact

FIRST, LAST = OWNER[0].split()
MUSTACHE = r"\{\{\s*(.*?)\s*\}\}"


BUILDMYTALENT = "SerdarMustafa1/factanonverba"
BUILDMYTALENT_COMMIT = "27ddeef939ba422afe105d3d6f43a73d1d1a0447"
BUILDMYTALENT_DIR = "src/Collabed.JobPortal.Application/Account/Emailing/Templates"
# The senders and subjects (EmailTemplates.cs); the emailer sends every applicant mail From
# InfoSender with the title BuildMyTalentTitle and the subject prefix + the job title.
BUILDMYTALENT_CONSTANTS_PATH = "src/Collabed.JobPortal.Domain.Shared/Email/EmailTemplates.cs"
# template: (subject constant, category, variants)
BUILDMYTALENT_MAILS: dict[str, tuple[str, str, int]] = {
    "ApplicationRejection": ("ApplicationUpdateSubject", "rejection", 2),
    "ApplicationInterview": ("ApplicationUpdateSubject", "interview_invitation", 1),
    "ApplicationConfirmation": ("ApplicationConfirmationSubject", "acknowledgement", 1),
}
# Ours: the job reference and the board's host (AppUrlProvider's "MVC" root).
BUILDMYTALENT_REFERENCE = "BMT-20417"
BUILDMYTALENT_HOST = "https://www.buildmytalent.com"


def _cs_constants(source: str) -> dict[str, str]:
    """The ``public static string Name = "value";`` constants of a C# class."""
    found = re.findall(r'public static string (\w+)\s*=\s*"([^"]*)"', source)
    if not found:
        raise ValueError("no string constants")
    return dict(found)


def _email_body(template: str) -> str:
    """The ``<body>`` of a compiled Bootstrap Email template, its inline images (a base64
    logo) dropped and its spacer cells' ``&#160;`` made ``&nbsp;``; whitespace folded."""
    body = re.sub(r"<img\b[^>]*>", "", html_body(template))
    return re.sub(r"\s+", " ", body.replace("&#160;", "&nbsp;"))


def buildmytalent(snap: Snapshot) -> Iterator[Spec]:
    """The job board's mail to an applicant in the employer's name: refused (twice), invited to
    an interview, application confirmed; HTML, in turn with and without a text part."""
    constants = _cs_constants(
        snap.read(BUILDMYTALENT, BUILDMYTALENT_COMMIT, BUILDMYTALENT_CONSTANTS_PATH)
    )
    sender = (constants["BuildMyTalentTitle"], constants["InfoSender"])
    n = 0
    for mail, (subject_key, category, variants) in BUILDMYTALENT_MAILS.items():
        path = f"{BUILDMYTALENT_DIR}/{mail}.tpl"
        body = _email_body(snap.read(BUILDMYTALENT, BUILDMYTALENT_COMMIT, path))
        for k in range(variants):
            f = fill_for("buildmytalent/en", mail, "en", k)
            values = {
                "model.firstname": FIRST,
                "model.lastname": LAST,
                "model.jobtitle": f.role,
                "model.title": f.role,
                "model.company": f.company,
                "model.reference": BUILDMYTALENT_REFERENCE,
                "model.link": f"{BUILDMYTALENT_HOST}/JobDashboard",
            }
            yield _html_spec(
                "buildmytalent/en",
                blob_url(BUILDMYTALENT, BUILDMYTALENT_COMMIT, path),
                category,
                fill_exact(body, MUSTACHE, values),
                subject=constants[subject_key] + f.role,
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


TWOHATS = "2hats-co/2hats-admin-portal"
TWOHATS_COMMIT = "4d2ad8996460b9a65677fd282c75c0cea4121104"
TWOHATS_PATH = "src/constants/emails/templates.js"
# template: (category, stage, variants). 2hats places the students it accepts in paid industry
# placements ("move through into a paid industry placement with 2hats"), so its refusals are a
# recruiter's: the three resume-review refusals at stage application (outsideIndusty keeps the
# details for later, as statik/nl's no-current-openings reply, a rejection), the refusals
# after the video interview and after the assessment centre at stage interview.
# psychMarketing is psychSales with another (commented-out) quiz link: left out.
TWOHATS_MAILS: dict[str, tuple[str, str, int]] = {
    "rejectedWithFeedback": ("rejection", "application", 2),
    "outsideDemographic": ("rejection", "application", 1),
    "outsideIndusty": ("rejection", "application", 1),
    "interviewRejected": ("rejection", "interview", 2),
    "ACRejected": ("rejection", "interview", 1),
    "ACNeedsImprovement": ("rejection", "interview", 1),
    "resumeAccepted": ("interview_invitation", "n/a", 1),
    "interviewAccepted": ("assessment", "n/a", 1),
    "acInfo": ("assessment", "n/a", 1),
    "psychSales": ("assessment", "n/a", 1),
    "ACAccepted": ("moving_forward", "n/a", 1),
    "invalidSubmission": ("other", "n/a", 1),
}
# Ours: the staff member who signs (the portal fills #senderName# / #senderTitle# with the
# logged-in user), her address, and the smart-link key.
TWOHATS_SENDER = ("Sophie Lam", "sophie.lam@2hats.com.au")
TWOHATS_VALUES = {
    "#firstName#": FIRST,
    "#senderName#": TWOHATS_SENDER[0],
    "#senderTitle#": "Talent Acquisition Coordinator",
    "#smartLink#": "k7Qm2xRv",
}


def _js_templates_2hats(source: str) -> dict[str, tuple[str, list[tuple[str, dict[str, str]]]]]:
    """name -> (subject, [(element type, replaceables)]) of the ``export const name = {...}``
    template objects; commented-out lines are dropped first."""
    code = "\n".join(line for line in source.splitlines() if not line.strip().startswith("//"))
    out: dict[str, tuple[str, list[tuple[str, dict[str, str]]]]] = {}
    for m in re.finditer(r"(?s)export const (\w+) = \{(.*?)\n\};", code):
        name, block = m.groups()
        subject = re.search(r"subject:\s*'([^']*)'", block)
        if subject is None:
            raise ValueError(f"no subject in {name}")
        elements = []
        for kind, fields in re.findall(
            r"(?s)type:\s*'(\w+)',\s*replaceables:\s*\{(.*?)\}\s*,?\s*\}", block
        ):
            values = {
                k: a or b for k, a, b in re.findall(r"(\w+):\s*(?:`([^`]*)`|'([^']*)')", fields)
            }
            elements.append((kind, values))
        out[name] = (subject.group(1), elements)
    if not out:
        raise ValueError("no templates")
    return out


def _twohats_html(elements: list[tuple[str, dict[str, str]]]) -> str:
    """The mail's HTML: a paragraph per element, a button as its link, the signature as
    greeting, name, title and company on lines of their own. Paragraph contents are the
    template's HTML (they hold ``<b>`` and links) and are kept as they are."""
    parts = []
    for kind, v in elements:
        if kind == "paragraph":
            parts.append(f"<p>{v['content']}</p>")
        elif kind == "button":
            parts.append(f'<p><a href="{escape(v["url"])}">{escape(v["label"])}</a></p>')
        elif kind == "signture":
            lines = [f"{v['greeting']},", v["name"], v["title"], v["company"]]
            parts.append("<p>" + "<br>".join(escape(x) for x in lines) + "</p>")
        else:
            raise ValueError(f"unknown element {kind!r}")
    return "\n".join(parts)


def twohats(snap: Snapshot) -> Iterator[Spec]:
    """The incubator's mail to a student applicant at each step (refusals after the resume
    review, the interview and the assessment centre; invitations, information, acceptance);
    HTML, in turn with and without a text part."""
    templates = _js_templates_2hats(snap.read(TWOHATS, TWOHATS_COMMIT, TWOHATS_PATH))
    n = 0
    for name, (category, stage, variants) in TWOHATS_MAILS.items():
        subject, elements = templates[name]
        html = fill_exact(_twohats_html(elements), r"(#\w+#)", TWOHATS_VALUES)
        for _ in range(variants):
            yield _html_spec(
                "2hats/en",
                blob_url(TWOHATS, TWOHATS_COMMIT, TWOHATS_PATH),
                category,
                html,
                stage=stage,
                subject=subject.strip(),
                company="2hats",
                role="n/a",
                sender=TWOHATS_SENDER,
                noreply=False,
                fmt=("html", "html_only")[n % 2],
            )
            n += 1


UKRI = "ukri-funding-service/ukri-tfs"
UKRI_COMMIT = "a6b4f8d4009e85b8574e84a4d879c7cdf7c9f70f"
UKRI_DIR = "packages/email-templates/src/email-templates"
# The shared strings (support address, telephone, "do not reply") its generators spread in.
UKRI_BASE_PATH = "packages/email-templates/src/components/baseEmailText.ts"
# generator: (recipient, variants); every one is a funding decision refused (``not_a_job``).
UKRI_MAILS: dict[str, tuple[str, int]] = {
    "applicantUnsuccessfulApplicationEmailGenerator": ("applicant", 2),
    "applicantWithoutResearchOfficeUnsuccessfulApplicationEmailGenerator": ("applicant", 1),
    "researchOrganisationUnsuccessfulApplicationEmailGenerator": ("research office", 1),
}
# Ours: the sender (the deployment's sourceEmail / sourceDisplayName are configuration), the
# applications and opportunities (the generators' ``ref: name`` lines are filled with them).
UKRI_SENDER = ("UKRI Funding Service", "no-reply@funding-service.ukri.org")
UKRI_APPLICATIONS = [
    ("APP4183", "Soil carbon under mixed grazing", "UKRI-1021", "Agricultural systems research"),
    ("APP5027", "Coastal flood forecasting with low-cost sensors", "UKRI-0877", "Resilience"),
]


def _ts_string_props(source: str) -> dict[str, str]:
    """The ``name: 'value'`` (or a backtick string without ``${``) properties of a TypeScript
    object literal's source; a property whose value is a function is not one of them."""
    props = re.findall(r"(?m)^\s*(\w+):\s*(?:'([^']*)'|`([^`$]*)`)\s*,?\s*$", source)
    return {name: a or b for name, a, b in props}


def _ts_const_object(source: str, name: str) -> str:
    """The source of ``const name = { ... };`` (up to its first line ``};``)."""
    m = re.search(rf"(?ms)^(?:export )?const {name} = \{{\n(.*?)^\}};", source)
    if m is None:
        raise ValueError(f"no const {name}")
    return m.group(1)


def _ts_text_method(source: str) -> str:
    """The template literal ``generateText`` returns, each line stripped of the class's
    indentation (a template holding a backtick in an expression is not read)."""
    m = re.search(r"(?s)generateText\([^)]*\): string \{\s*return `([^`]*)`;", source)
    if m is None:
        raise ValueError("no generateText template")
    lines = [line.strip() for line in m.group(1).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def ukri(snap: Snapshot) -> Iterator[Spec]:
    """The Funding Service's refusals: to an applicant (twice), to one without a research
    office, to the research organisation; plain text as its generators write it, from a
    no-reply sender (look-alikes: a grant refused)."""
    base = _ts_string_props(
        _ts_const_object(snap.read(UKRI, UKRI_COMMIT, UKRI_BASE_PATH), "baseEmailText")
    )
    n = 0
    for generator, (_recipient, variants) in UKRI_MAILS.items():
        path = f"{UKRI_DIR}/{generator}.ts"
        source = snap.read(UKRI, UKRI_COMMIT, path)
        subject = re.search(r"private subject = '([^']*)'", source)
        if subject is None:
            raise ValueError(f"no subject in {generator}")
        text = {**base, **_ts_string_props(_ts_const_object(source, "emailText"))}
        for _ in range(variants):
            app_ref, app_name, opp_ref, opp_name = UKRI_APPLICATIONS[n % len(UKRI_APPLICATIONS)]
            values = {f"emailText.{k}": v for k, v in text.items()}
            values.update(
                {
                    "emailData.recipient.firstName": FIRST,
                    "emailData.recipient.lastName": LAST,
                    "emailText.getApplicationParagraph(emailData.application)": (
                        f"{app_ref}: {app_name}"
                    ),
                    "emailText.getOpportunityParagraph(emailData.application)": (
                        f"{opp_ref}: {opp_name}"
                    ),
                }
            )
            yield _spec(
                "ukri/en",
                blob_url(UKRI, UKRI_COMMIT, path),
                "not_a_job",
                subject=subject.group(1),
                text=fill_exact(_ts_text_method(source), r"\$\{\s*(.*?)\s*\}", values),
                company="n/a",
                role="n/a",
                sender=UKRI_SENDER,
                noreply=True,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


VORE = "PhantomWatson/vore-arts-fund"
VORE_COMMIT = "b6272bcea1b93d722f57be33e04fe025f063a403"
VORE_DIR = "templates/email/text"
# The subjects (ProjectMailer's setupEmail calls), the prefix and sender name (MailConfig), the
# no-reply address (SystemMailer's own; the deployment sets noReplyEmail).
VORE_MAILER_PATH = "src/Mailer/ProjectMailer.php"
VORE_CONFIG_PATH = "src/Email/MailConfig.php"
VORE_ADDRESS = "noreply@voreartsfund.org"
# template: (category, the if-conditions shown, one set a variant). An arts fund's refusals of
# a project's application for funding are a grant's: ``not_a_job``.
VORE_MAILS: dict[str, tuple[str, list[set[str]]]] = {
    "application_rejected": ("not_a_job", [{"$fundingCycle"}, set()]),
    "application_not_funded": ("not_a_job", [{"$currentApplyingFundingCycle"}, set()]),
    "application_accepted": ("other", [set()]),
    "application_funded": ("other", [set()]),
}
# Ours: the projects, the reviewer's note, the cycles' names and dates, the loan's amount, the
# links.
VORE_PROJECTS = ["Murals for the Walnut Street underpass", "A zine of Muncie's music venues"]
VORE_VALUES = {
    "$userName": OWNER[0],
    "nl2br($note)": "The project must take place in Muncie; please say where it will be shown.",
    "$fundingCycle->name": "Spring 2026",
    "$currentApplyingFundingCycle->name": "Spring 2026",
    "$fundingCycle->resubmit_deadline_local->format('F j, Y')": "March 15, 2026",
    "$currentApplyingFundingCycle->application_end_local->format('F j, Y')": "March 1, 2026",
    "$fundingCycle->vote_begin_local->format('F j, Y')": "April 1, 2026",
    "$fundingCycle->vote_end_local->format('F j, Y')": "April 15, 2026",
    "$project->amount_awarded_formatted": "$1,500",
    "$reapplyUrl": "https://voreartsfund.org/apply?reapply=212",
    "$loanAgreementUrl": "https://voreartsfund.org/my/loans/loan-agreement/212",
    "$replyUrl": "https://voreartsfund.org/my/projects/212/messages",
}


def _php_text_template(source: str, shown: set[str]) -> str:
    """A CakePHP text view with its docblock dropped, ``<?php if (X): ?>A<?php else: ?>B<?php
    endif; ?>`` resolved by whether X is in ``shown`` (not nested), and PHP's newline after a
    closing ``?>`` eaten; ``<?= expr ?>`` echoes are left for the caller to fill."""
    text = re.sub(r"(?s)<\?php\s*/\*\*.*?\*/\s*\?>\n?", "", source)
    branch = re.compile(
        r"(?s)<\?php if \((.*?)\): \?>\n?(.*?)(?:<\?php else: \?>\n?(.*?))?<\?php endif; \?>\n?"
    )

    def pick(m: re.Match[str]) -> str:
        return m.group(2) if m.group(1) in shown else (m.group(3) or "")

    text = branch.sub(pick, text)
    if "<?php" in text:
        raise ValueError("an unresolved <?php block")
    return re.sub(r"\?>\n", "?>", text)


def _setup_email_subjects(mailer: str) -> dict[str, str]:
    """template -> subject of a mailer's ``setupEmail('Subject', 'template', ...)`` calls."""
    found = re.findall(r"setupEmail\(\s*'([^']*)',\s*'([^']*)'", mailer)
    if not found:
        raise ValueError("no setupEmail calls")
    return {template: subject for subject, template in found}


def voreartsfund(snap: Snapshot) -> Iterator[Spec]:
    """The arts fund's mail to an applicant: the application not accepted and not funded (each
    with and without an open funding cycle), accepted for the public vote, funded with a loan;
    plain text from the fund's no-reply address (look-alikes: a grant refused)."""
    subjects = _setup_email_subjects(snap.read(VORE, VORE_COMMIT, VORE_MAILER_PATH))
    config = snap.read(VORE, VORE_COMMIT, VORE_CONFIG_PATH)
    prefix = re.search(r"\$subjectPrefix = '([^']*)'", config)
    name = re.search(r"\$fromName = '([^']*)'", config)
    if prefix is None or name is None:
        raise ValueError("no subject prefix or sender name")
    n = 0
    for template, (category, variants) in VORE_MAILS.items():
        path = f"{VORE_DIR}/{template}.php"
        source = snap.read(VORE, VORE_COMMIT, path)
        for shown in variants:
            values = {**VORE_VALUES, "$project->title": VORE_PROJECTS[n % len(VORE_PROJECTS)]}
            text = fill_exact(_php_text_template(source, shown), r"<\?=\s*(.*?)\s*\?>", values)
            yield _spec(
                "voreartsfund/en",
                blob_url(VORE, VORE_COMMIT, path),
                category,
                subject=prefix.group(1) + subjects[template],
                text=text,
                company="n/a",
                role="n/a",
                sender=(name.group(1), VORE_ADDRESS),
                noreply=True,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1
