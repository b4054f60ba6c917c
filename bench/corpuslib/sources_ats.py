"""Recipes for ATS and recruiter mail: findajob fixtures, Odoo, OpenCATS, Statik.

A recipe yields :class:`Spec` objects for one *unit* (a source in one language);
units, never single mails, are what the dev/test split assigns.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
from collections.abc import Iterator

from .fill import OWNER, Fill, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url

FINDAJOB = "brockamer/findajob"
# path -> (commit, category, stage, role as the mail names it)
FINDAJOB_FILES: dict[str, tuple[str, str, str, str]] = {
    "../gmail/linkedin_alert.eml": (
        "c7da02ce7be9c364274e61affe61e74520b60636",
        "job_alert",
        "n/a",
        "n/a",
    ),
    "acks/linkedin.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "acknowledgement",
        "n/a",
        "Datacenter Operations Manager",
    ),
    "html_only/microsoft_careers.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "acknowledgement",
        "n/a",
        "Principal Hardware Program Manager",
    ),
    "html_only/smartrecruiters.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "acknowledgement",
        "n/a",
        "Datacenter Operations Manager",
    ),
    "ashby/rejection.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "application",
        "Senior Deployment Engineer",
    ),
    "ashby/will_not_proceed.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "application",
        "Deployment Engineer",
    ),
    "ashby/as_the_next_step.eml": (
        "e5b734fd30137519491d37b189d347429849867a",
        "rejection",
        "application",
        "Deployment Engineer",
    ),
    "ashby/for_our_role.eml": (
        "e5b734fd30137519491d37b189d347429849867a",
        "rejection",
        "application",
        "Infrastructure Engineer, Lab Manager",
    ),
    "greenhouse/rejection.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "application",
        "Datacenter Operations Manager",
    ),
    "greenhouse/so_much_interjection.eml": (
        "e5b734fd30137519491d37b189d347429849867a",
        "rejection",
        "application",
        "Staff Engineer",
    ),
    "greenhouse/ack.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "acknowledgement",
        "n/a",
        "Datacenter Operations Manager",
    ),
    "inhouse/decided_not_to_move_forward.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "interview",
        "Staff Engineer, Datacenter Server Lifecycle",
    ),
    "inhouse/position_filled.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "application",
        "Senior Site Reliability Engineer",
    ),
    "inhouse/soft_pause.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "unknown",
        "Hardware Validation Engineer",
    ),
    "lever/rejection.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "application",
        "Program Manager, Operations Infrastructure",
    ),
    "lever/thanks_subject_role_in_body.eml": (
        "e5b734fd30137519491d37b189d347429849867a",
        "rejection",
        "application",
        "Program Manager, Operations Infrastructure",
    ),
    "microsoft/rejection.eml": (
        "3f1cdac03d78b56d3d8f12dc69182fd2c62cd14d",
        "rejection",
        "application",
        "Principal Program Manager, Datacenter Engineering",
    ),
    "oracle/rejection.eml": (
        "3f1cdac03d78b56d3d8f12dc69182fd2c62cd14d",
        "rejection",
        "application",
        "Senior Manager, Hardware Engineering",
    ),
    "smartrecruiters/rejection.eml": (
        "3f1cdac03d78b56d3d8f12dc69182fd2c62cd14d",
        "rejection",
        "application",
        "Director, Infrastructure Operations",
    ),
    "tesla/rejection.eml": (
        "819ca060a601270602e82bedb4127ee7e39c7d32",
        "rejection",
        "application",
        "Global Charging Operations Manager",
    ),
    "workday/rejection.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "rejection",
        "application",
        "Datacenter Manager",
    ),
    "workday/ack.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "acknowledgement",
        "n/a",
        "Datacenter Manager",
    ),
    "html_only/oracle.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "acknowledgement",
        "n/a",
        "Senior Datacenter Engineer",
    ),
    "acks/smartrecruiters.eml": (
        "a0121b056dcee3e82f90897c8a734d3ee228e2da",
        "acknowledgement",
        "n/a",
        "Datacenter Operations Manager",
    ),
}
# The fixtures' redaction placeholders and real names, replaced by each variant's values.
_REDACTED = re.compile(
    r"\b(ExampleCo|AcmeRoboCo|AcmeCloudCo|AcmeAI|NimbusCo|Cobot|Tesla|Oracle|Microsoft)\b"
)
_DOMAINS = re.compile(r"\b(exampleco|tesla|oracle|microsoft)\.com\b")
NOREPLY_LOCAL = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|^notifications?@", re.I)


def _role_rx(role: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in role.split()))


def findajob(snap: Snapshot) -> Iterator[Spec]:
    """Real (redacted) ATS rejections and acknowledgements; 3 variants each."""
    for name, (commit, category, stage, role) in FINDAJOB_FILES.items():
        path = os.path.normpath(f"tests/fixtures/rejection_emails/{name}")
        raw = snap.read(FINDAJOB, commit, path)
        msg = email.message_from_string(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        content = body.get_content() if body else ""
        is_html = body is not None and body.get_content_type() == "text/html"
        display, addr = email.utils.parseaddr(str(msg["From"]))
        for n in range(4 if category == "rejection" else 3):
            f = fill_for("findajob/en", name, "en", n)
            new_role = role if n == 0 or role == "n/a" else f.role
            text = _REDACTED.sub(f.company, content)
            text = re.sub(r"\bJane Doe\b", OWNER[0], re.sub(r"\bJane\b", OWNER[0].split()[0], text))
            text = _role_rx(role).sub(new_role, text) if role != "n/a" else text
            subject = _role_rx(role).sub(new_role, _REDACTED.sub(f.company, str(msg["Subject"])))
            subject = re.sub(r"\bJane Doe\b", OWNER[0], re.sub(r"\bJane\b", "Robin", subject))
            sender_addr = _DOMAINS.sub(
                f.domain, addr.replace("exampleco@", f"{f.domain.split('.')[0]}@")
            )
            yield Spec(
                unit="findajob/en",
                url=blob_url(FINDAJOB, commit, path),
                lang="en",
                category=category,
                rejection=category == "rejection",
                stage=stage,
                subject=subject,
                text=html_to_text(text) if is_html else text,
                html=text if is_html else None,
                company=f.company,
                role=new_role,
                sender=(_REDACTED.sub(f.company, display), sender_addr),
                noreply=bool(NOREPLY_LOCAL.search(sender_addr)),
                fmt="html_only" if is_html else ("plain", "html", "wrapped", "html_only")[n],
            )


ODOO = "odoo/odoo"
ODOO_TEMPLATES = {
    "refuse": ("rejection", "application"),
    "congratulations": ("acknowledgement", "n/a"),
    "interest": ("moving_forward", "n/a"),
}
ODOO_CITY = {
    "en": "Springfield",
    "de": "Kassel",
    "fr": "Lyon",
    "es": "Zaragoza",
    "nl": "Utrecht",
    "it": "Bologna",
    "pt": "Campinas",
}


def _odoo_signature(t: dict[str, str], f: Fill, person: bool) -> str:
    if person:
        phone = f"+49 30 1234 {f.rnd.randint(100, 999)}"
        return f"{f.person}\n{t['email']}: {f.person_addr}\n{t['phone']}: {phone}"
    return f"{f.company}\n{t['hr_team']}"


def odoo(snap: Snapshot) -> Iterator[Spec]:
    """Odoo hr_recruitment mail templates in seven languages; 6 variants each."""
    data = json.loads(snap.read(ODOO, "", "hr_recruitment_templates.json"))
    for lang, t in data.items():
        for key, (category, stage) in ODOO_TEMPLATES.items():
            if key not in t:
                continue
            for n in range(8 if category == "rejection" else 6):
                f = fill_for(f"odoo/{lang}", key, lang, n)
                style = (
                    "person",
                    "careers",
                    "noreply",
                    "person",
                    "noreply",
                    "careers",
                    "careers",
                    "person",
                )[n]
                sender, noreply = f.sender(style, "HR")
                contact = _odoo_signature(t, f, True)
                text = t[key].format(
                    company=f.company,
                    job=f.role,
                    contact=contact,
                    signature=_odoo_signature(t, f, style == "person"),
                    address=f"{f.company}\n{ODOO_CITY[lang]}",
                )
                yield Spec(
                    unit=f"odoo/{lang}",
                    url=blob_url(ODOO, t["commit"], t["path"]),
                    lang=lang,
                    category=category,
                    rejection=category == "rejection",
                    stage=stage,
                    subject=f"Your Job Application: {f.role}",
                    text=text,
                    company=f.company,
                    role=f.role,
                    sender=sender,
                    noreply=noreply,
                    fmt=(
                        "html",
                        "plain",
                        "html_only",
                        "wrapped",
                        "html",
                        "plain",
                        "wrapped",
                        "html",
                    )[n],
                )


def odoo_survey(snap: Snapshot) -> Iterator[Spec]:
    """Odoo's written-interview (survey) invitation, a separate module's translations."""
    data = json.loads(snap.read(ODOO, "", "hr_recruitment_survey_templates.json"))
    deadlines = {"en": "10/24/2025", "it": "24/10/2025", "es": "24/10/2025"}
    for lang, t in data.items():
        for n in range(2):
            f = fill_for(f"odoosurvey/{lang}", "interview_invite", lang, n)
            sender, noreply = f.sender(("person", "noreply")[n], "HR")
            yield Spec(
                unit=f"odoosurvey/{lang}",
                url=blob_url(ODOO, t["commit"], t["path"]),
                lang=lang,
                category="assessment",
                rejection=False,
                subject=f"Participate to {f.role} interview",
                text=t["interview_invite"].format(name=OWNER[0], deadline=deadlines[lang]),
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("html", "html_only")[n],
            )


OPENCATS = "opencats/OpenCATS"
OPENCATS_COMMIT = "0c1487b931755c7a282057ff690eada4a46ff664"
# (previous status, new status) -> category, stage of a rejection
OPENCATS_CHANGES = [
    ("Submitted", "Not in Consideration", "rejection", "application"),
    ("Interviewing", "Client Declined", "rejection", "interview"),
    ("Qualifying", "Not in Consideration", "rejection", "screen"),
    ("Submitted", "Client Declined", "rejection", "application"),
    ("Submitted", "Interviewing", "moving_forward", "n/a"),
    ("Interviewing", "Offered", "offer", "n/a"),
    ("Offered", "Placed", "offer", "n/a"),
]


def _cats_template(sql: str, tag: str) -> str:
    m = re.search(r"values \(\d+,'((?:[^'\\]|\\.)*)',\d+,\d+,'" + tag + "'", sql)
    if not m:
        raise KeyError(tag)
    return m.group(1).replace("\\r\\n", "\n").replace("\\'", "'")


def opencats(snap: Snapshot) -> Iterator[Spec]:
    """OpenCATS' candidate status-change and application mails (a staffing agency's ATS)."""
    path = "db/cats_schema.sql"
    sql = snap.read(OPENCATS, OPENCATS_COMMIT, path)
    url = blob_url(OPENCATS, OPENCATS_COMMIT, path)
    change = _cats_template(sql, "EMAIL_TEMPLATE_STATUSCHANGE")
    apply = _cats_template(sql, "EMAIL_TEMPLATE_CANDIDATEAPPLY")
    items = [(prev, new, cat, stage, change) for prev, new, cat, stage in OPENCATS_CHANGES]
    items += [("", "", "acknowledgement", "n/a", apply)] * 2
    for n, (prev, new, category, stage, tpl) in enumerate(items):
        f = fill_for("opencats/en", f"{prev}>{new}", "en", n)
        agency = f.rnd.choice(
            ["Keystone Staffing", "Blue Ridge Talent Partners", "Apex Search Group"]
        )
        values = {
            "DATETIME": f"{f.rnd.randint(1, 12)}-{f.rnd.randint(10, 28)}-25 "
            f"(10:{f.rnd.randint(10, 59)} AM)",
            "CANDFULLNAME": OWNER[0],
            "JBODTITLE": f.role,
            "JBODCLIENT": f.company,
            "CANDPREVSTATUS": prev,
            "CANDSTATUS": new,
            "USERFULLNAME": f.person,
            "SITENAME": agency,
        }
        text = re.sub(r"%([A-Z]+)%", lambda m, v=values: v.get(m.group(1), ""), tpl)
        html = "<html><body>" + text.replace("\n", "<br>\n") + "</body></html>"
        subject = (
            f"Application received: {f.role}"
            if not new
            else f"{agency}: status update for {f.role}"
        )
        yield Spec(
            unit="opencats/en",
            url=url,
            lang="en",
            category=category,
            rejection=category == "rejection",
            stage=stage,
            subject=subject,
            text=html_to_text(html),
            html=html,
            company=f.company,
            role=f.role,
            sender=(agency, f"no-reply@{agency.lower().split()[0]}staffing.com"),
            noreply=True,
            fmt="html" if n % 2 else "html_only",
        )


STATIK = "statikbe/skill-market"
STATIK_COMMIT = "369de5a1bb69b2c382653df563b46ac320de192a"
STATIK_PATH = "tkk-tone/skills/tone-of-voice/references/templates.md"
# section title -> language, category, stage, subject, fills for its descriptive placeholders
STATIK_SECTIONS: dict[str, tuple[str, str, str, str, dict[str, str]]] = {
    "Stage Rejection (No Spots Available)": (
        "nl",
        "rejection",
        "application",
        "Re: Stageplaats",
        {},
    ),
    "Spontaneous Application Rejection (No Current Openings)": (
        "nl",
        "rejection",
        "application",
        "Re: Spontane sollicitatie",
        {},
    ),
    "Filled Vacancy Rejection": ("nl", "rejection", "application", "Re: Sollicitatie {role}", {}),
    "Selection Rejection (Didn't Make First Cut)": (
        "nl",
        "rejection",
        "application",
        "Re: Sollicitatie {role}",
        {},
    ),
    "Post-Interview Rejection": (
        "nl",
        "rejection",
        "interview",
        "Re: Kennismakingsgesprek {role}",
        {
            "positieve feedback over hun sterke punten": "dat je heel wat ervaring meebrengt met "
            "toegankelijke websites",
            "eerlijke reden - afstand, profiel, timing": "de dagelijkse verplaatsing vanuit Gent "
            "op termijn te zwaar zou worden",
            "Uitleg over jullie afwegingen": "We hebben daarom gekozen voor een kandidaat "
            "die dichter "
            "bij ons kantoor woont.",
            "voorwaarden": "er in de toekomst een functie met meer thuiswerk vrijkomt",
        },
    ),
    "Repeat Applicant - No Change": (
        "nl",
        "rejection",
        "application",
        "Re: Opnieuw sollicitatie",
        {"context over huidige staat": "ons team is nog steeds even groot"},
    ),
    "Profile Mismatch (We Do This, But Not Enough)": (
        "nl",
        "rejection",
        "application",
        "Re: Sollicitatie videograaf",
        {},
    ),
    "Remote Work Rejection": ("en", "rejection", "application", "Re: Application {role}", {}),
    "Part-Time Rejection": ("en", "rejection", "application", "Re: Part-time application", {}),
    "First Interview Invitation": (
        "nl",
        "interview_invitation",
        "n/a",
        "Re: Sollicitatie {role}",
        {"dag/datum": "dinsdag 14 oktober", "alternatief": "woensdagvoormiddag"},
    ),
    "Second Interview Invitation": (
        "nl",
        "interview_invitation",
        "n/a",
        "Tweede gesprek {role}",
        {"namen": "Jasper", "Datum opties": "Donderdag 23 of vrijdag 24 oktober"},
    ),
}


def _statik_fill(text: str, extra: dict[str, str], me: str) -> str:
    def sub(m: re.Match[str]) -> str:
        inner = m.group(1)
        if inner in extra:
            return extra[inner]
        if inner in ("Voornaam", "First Name"):
            return "Robin"
        if inner.startswith(("Jouw voorna", "Your first name")):
            return me
        if "/" in inner:
            return inner.split("/")[0]
        return inner

    return re.sub(r"\[([^\]]+)\]", sub, text)


def statik(snap: Snapshot) -> Iterator[Spec]:
    """Statik's (Leuven) own rejection and invitation mails in Dutch and English; 3 variants."""
    md = snap.read(STATIK, STATIK_COMMIT, STATIK_PATH)
    url = blob_url(STATIK, STATIK_COMMIT, STATIK_PATH)
    for title, block in re.findall(r"^### (.+?)\n```\n(.*?)```", md, flags=re.S | re.M):
        if title not in STATIK_SECTIONS:
            continue
        lang, category, stage, subject, extra = STATIK_SECTIONS[title]
        for n in range(4 if category == "rejection" else 3):
            f = fill_for(f"statik/{lang}", title, lang, n)
            me = f.person.split()[0]
            role = f.role if "{role}" in subject else "n/a"
            text = _statik_fill(block, extra, me)
            yield Spec(
                unit=f"statik/{lang}",
                url=url,
                lang=lang,
                category=category,
                rejection=category == "rejection",
                stage=stage,
                subject=subject.format(role=f.role),
                text=text,
                company="Statik",
                role=role,
                sender=(f.person, f"{me.lower()}@statik.be"),
                noreply=False,
                fmt=("plain", "html", "wrapped", "html_only")[n],
            )


DWARVES = "dwarvesf/playbook"
DWARVES_COMMIT = "e97b3553b92bf1727de3688f8b8b854a815e7940"
# file (under operations/email-template/) -> category, and per "### section" its stage
DWARVES_FILES: dict[str, tuple[str, dict[str, str]]] = {
    "rejection-email": (
        "rejection",
        {"Screening rejection": "application", "Interview rejection": "interview"},
    ),
    "interview-invitation": ("interview_invitation", {}),
    "assignment-invitation": ("assessment", {}),
    "assignment-invitation-2": ("assessment", {}),
    "offer-letter": ("offer", {}),
    "welcome-onboard": ("other", {}),
}


def _dwarves_blocks(md: str) -> Iterator[tuple[str, str, str]]:
    """(section title or "", subject, body) of each mail in a Dwarves template page."""
    md = re.sub(r"\A---\n.*?\n---\n", "", md, flags=re.S)
    sections = re.split(r"^### (.+)\n", md, flags=re.M)
    pieces = [("", sections[0]), *zip(sections[1::2], sections[2::2], strict=True)]
    for title, block in pieces:
        m = re.search(r"\*\*Title:?\*\*:? *(.+?)\n+\*\*Body\*\*\n+(.*)", block, flags=re.S)
        if m:
            yield title, m.group(1).strip(), m.group(2).strip()


def _dwarves_fill(text: str, f: Fill) -> str:
    """Fill the ``[**placeholder**]`` slots; Markdown links and emphasis become plain text."""
    values = {
        "name": OWNER[0].split()[0],
        "position": f.role,
        "link": "https://d.foundation/assignment",
    }

    def sub(m: re.Match[str]) -> str:
        key = m.group(1).strip(" ,").lower()
        return values.get(key, values["position"] if "position" in key else f"{m.group(1)}")

    text = re.sub(r"\[\*\*([^*\]]+)\*\*\]\((https?://[^)]+)\)", r"\1 (\2)", text)
    text = re.sub(r"\[\*\*([^*\]]+)\*\*\]", sub, text)
    text = re.sub(r"\*\*|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)", "", text)
    return text.replace("DD/MM/YYYY - HH:MM AM/PM", "14/10/2025 - 10:00 AM")


def dwarves(snap: Snapshot) -> Iterator[Spec]:
    """Dwarves Foundation's (HCMC) hiring mail from its public playbook (CC BY 4.0)."""
    for name, (category, stages) in DWARVES_FILES.items():
        path = f"operations/email-template/{name}.md"
        md = snap.read(DWARVES, DWARVES_COMMIT, path)
        for title, subject, body in _dwarves_blocks(md):
            if stages and title not in stages:
                continue
            for n in range(4 if category == "rejection" else 2):
                f = fill_for("dwarves/en", f"{name}/{title}", "en", n)
                first = f.person.split()[0]
                sender = (
                    ("Dwarves Foundation", "hr@d.foundation")
                    if n % 2 == 0
                    else (f.person, f"{first.lower()}@d.foundation")
                )
                yield Spec(
                    unit="dwarves/en",
                    url=blob_url(DWARVES, DWARVES_COMMIT, path),
                    lang="en",
                    category=category,
                    rejection=category == "rejection",
                    stage=stages.get(title, "n/a"),
                    subject=subject,
                    text=_dwarves_fill(body, f),
                    company="Dwarves Foundation",
                    role=f.role if "[**position**]" in body else "n/a",
                    sender=sender,
                    noreply=False,
                    fmt=("plain", "html", "wrapped", "html_only")[n],
                )
