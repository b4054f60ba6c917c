"""Recipes for session 34's sources36 (issue 11): French refusals from two applicant trackers for
small employers, and French and Italian look-alikes from a cooperative's membership platform.

WayLoop (Narikles/wayloop, "recruter sans le chaos, pour les TPE et PME"; FastAPI): the mails a
small firm's applicants get, composed in ``backend/app/modules/communication.py`` and signed
with the firm's name: the reply to every applicant turned down at the close ("n'avons pas
retenu la vôtre pour la suite du processus"; after an interview "nous avons retenu une autre
candidature"), each with or without the talent-pool line, the offer, the interview invitation,
the receipt with its data-protection notes and the reminder to finish an application. No
snapshot could be fetched; the file was read with ``read_file`` and saved at its path.

ORQA (qwestinum/Virtual-company, a French "virtual HR department" on Next.js): the default
templates an organisation's recruiter sends from its settings, filled at sending by bracketed
variables: the refusal ("nous ne donnerons pas suite à votre profil pour cette opportunité")
signed by the recruiter and the organisation, the interview invitation with a booking link, and
the talent pool's invitation to apply for a new opening.

AlirPunkto (michaellaunay/alirpunkto, the membership platform of a European cooperative;
Pyramid with Chameleon/TAL mail templates per language): the verifiers' refusal of a
"candidatura" for the role of cooperator ("la tua candidatura ... per il ruolo di ... è stata
respinta", "ta candidature ... pour le statut de ... a été rejetée") and the approval, in French
and Italian. An application refused, but for membership, not a job: look-alikes.

Zupit (simone-lopez-zupit/screening-cvs, the recruiting scripts of Zupit, an Italian software
company): the plain-text bodies its Talent Acquisition sends through Gmail, all under the subject
"Candidatura Zupit": the drop ("abbiamo deciso di non procedere in questo momento con la tua
candidatura"), sent after the CV screening and after the technical test, the invitation to the
online test and its reminder, and the invitation to an introductory call.

PARC SYNC (WAJDIMADANI/PARCSYNC, a French fleet company's HR and fleet app on Supabase): the
refusal its edge function sends through Brevo when a candidate's status becomes "Candidature
rejetée" ("nous ne pouvons pas donner une suite favorable à votre candidature pour le moment"),
signed "L'équipe PARC SYNC". No snapshot holds the file; read with ``read_file``, saved at its
path."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from typing import Any

from .fill import OWNER, Spec, fill_for, html_to_text, slug
from .snapshot import Snapshot, blob_url
from .sources_suites32 import _PyMail
from .sources_suites33 import _TS_STR, _js_block, _js_unescape
from .sources_trackers import _spec
from .templating import fill_exact

FIRST = OWNER[0].split()[0]

WAYLOOP = "Narikles/wayloop"
# Plain files: no snapshot could be fetched; read with read_file at this commit.
WAYLOOP_READ_AT = "70de93f21b1f69f4d13ba872930963926ab38e0a"
WAYLOOP_PATH = "backend/app/modules/communication.py"
# (function, its keyword flags, category, stage); the closing refusal in its four shapes.
WAYLOOP_MAILS: list[tuple[str, dict[str, bool], str, str]] = [
    ("closing_rejected", {"interviewed": False, "pool_consent": False}, "rejection", "application"),
    ("closing_rejected", {"interviewed": False, "pool_consent": True}, "rejection", "application"),
    ("closing_rejected", {"interviewed": True, "pool_consent": False}, "rejection", "interview"),
    ("closing_rejected", {"interviewed": True, "pool_consent": True}, "rejection", "interview"),
    ("closing_hired", {}, "offer", "n/a"),
    ("invitation", {}, "interview_invitation", "n/a"),
    ("acknowledgment", {}, "acknowledgement", "n/a"),
    ("complete_reminder", {}, "other", "n/a"),
]
# Ours: the links, the interview length and the retention period a firm would configure.
WAYLOOP_APP = "https://app.wayloop.example"
WAYLOOP_MINUTES = 45
WAYLOOP_MONTHS = 24


class _PyReturn(_PyMail):
    """Runs one function of a Python module by its syntax tree and gives what it returns:
    ``_PyMail``'s statements and expressions, plus ``return``, ``or``, string ``+``, calls of
    the module's own functions (their parameters bound by position, the caller's names kept)
    and other attribute or call expressions looked up by their source text in the values
    given (``company.name``, ``rec.profile.get('title')``); anything else raises."""

    def __init__(self, source: str) -> None:
        self.tree = ast.parse(source)
        self.consts: dict[str, Any] = {}
        self.strings: dict[str, dict[str, str]] = {}
        self.functions = {n.name: n for n in self.tree.body if isinstance(n, ast.FunctionDef)}

    def returns(self, function: str, values: dict[str, Any]) -> Any:
        """What ``function`` returns with ``values`` (names and expression texts)."""
        if function not in self.functions:
            raise ValueError(f"no function {function}")
        return self._body(self.functions[function].body, dict(values))

    def _body(self, body: list[ast.stmt], env: dict[str, Any]) -> Any:
        for stmt in body:
            if isinstance(stmt, ast.Return) and stmt.value is not None:
                return self._eval(stmt.value, env)
            if isinstance(stmt, ast.If):
                branch = stmt.body if self._eval(stmt.test, env) else stmt.orelse
                if any(isinstance(s, ast.Return) for s in ast.walk(ast.Module(branch, []))):
                    return self._body(branch, env)
                self._body(branch, env)
            elif isinstance(stmt, ast.Expr | ast.Assign):
                self._block([stmt], env)
            else:
                raise ValueError(f"statement not read: {ast.unparse(stmt)[:60]}")
        return None

    def _eval(self, node: ast.expr, env: dict[str, Any]) -> Any:
        if isinstance(node, ast.Tuple):
            return tuple(self._eval(e, env) for e in node.elts)
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            value: Any = None
            for operand in node.values:
                value = self._eval(operand, env)
                if value:
                    return value
            return value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self._eval(node.left, env) + self._eval(node.right, env)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in self.functions
        ):
            params = [a.arg for a in self.functions[node.func.id].args.args]
            args = dict(zip(params, (self._eval(a, env) for a in node.args), strict=False))
            return self._body(self.functions[node.func.id].body, {**env, **args})
        if isinstance(node, ast.Attribute | ast.Call):
            text = ast.unparse(node)
            if text not in env:
                raise KeyError(text)
            return env[text]
        return super()._eval(node, env)


def wayloop(snap: Snapshot) -> Iterator[Spec]:
    """The firm's mails to its applicants, as the module composes them (text; the app sends
    them with the director as Reply-To), from the firm's applications mailbox; every other one
    greets without a first name, as the module does when none is known."""
    unit = "wayloop/fr"
    module = _PyReturn(snap.read(WAYLOOP, WAYLOOP_READ_AT, WAYLOOP_PATH))
    url = blob_url(WAYLOOP, WAYLOOP_READ_AT, WAYLOOP_PATH)
    for n, (function, flags, category, stage) in enumerate(WAYLOOP_MAILS):
        f = fill_for(unit, f"{function}{n}", "fr", n)
        token = f"{f.rnd.randrange(16**12):012x}"
        values: dict[str, Any] = {
            **flags,
            # The objects themselves are only passed on; their attributes are looked up above.
            "company": "company",
            "rec": "rec",
            "first_name": FIRST if n % 2 == 0 else None,
            "company.name": f.company,
            "company.retention_months": WAYLOOP_MONTHS,
            "rec.profile.get('title')": f.role,
            "rec.title": f.role,
            "rec.interview_minutes": WAYLOOP_MINUTES,
            "data_link": f"{WAYLOOP_APP}/candidat/{token}",
            "privacy_link": f"{WAYLOOP_APP}/confidentialite/{slug(f.company)}",
            "booking_link": f"{WAYLOOP_APP}/rdv/{token}",
            "complete_link": f"{WAYLOOP_APP}/completer/{token}",
        }
        subject, text = module.returns(function, values)
        yield _spec(
            unit,
            url,
            category,
            stage,
            subject=subject,
            text=text + "\n",
            company=f.company,
            role=f.role,
            labels_on_rejection=True,
            sender=(f.company, f"candidatures@{f.domain}"),
            reply_to=f.person_addr,
            noreply=False,
            fmt=("plain", "wrapped", "html")[n % 3],
        )


ORQA = "qwestinum/Virtual-company"
ORQA_COMMIT = "6e40c2bef153b3490d791961e8d6430b3a5ded01"
ORQA_SETTINGS_PATH = "src/types/interview-settings.ts"
ORQA_SUBJECTS_PATH = "src/lib/interview/mail-templates.ts"
ORQA_VIVIER_PATH = "src/types/vivier-settings.ts"
ORQA_VIVIER_SEND_PATH = "src/lib/vivier/invitation-send.ts"
# (file, template constant without DEFAULT_ and _TEMPLATE, subject function or None, a title
# in the subject, category).
ORQA_MAILS: list[tuple[str, str, str | None, bool, str]] = [
    (ORQA_SETTINGS_PATH, "INTERVIEW_REJECTION", "rejectionSubject", True, "rejection"),
    (ORQA_SETTINGS_PATH, "INTERVIEW_REJECTION", "rejectionSubject", False, "rejection"),
    (ORQA_SETTINGS_PATH, "INTERVIEW_ACCEPTANCE", "acceptanceSubject", True, "interview_invitation"),
    (ORQA_VIVIER_PATH, "VIVIER_INVITATION", None, True, "recruiter_outreach"),
]
# Ours: the booking link and the campaign reference.
ORQA_AGENDA = "https://cal.example.com/{slug}/entretien"
ORQA_CAMPAIGN = "CAMP-{n:04d}"


def _ts_lines(source: str, name: str) -> str:
    """``export const name = ['...', ...].join('\\n')``: the array's strings, unescaped and
    joined with newlines; a constant not so written raises."""
    m = re.search(rf"export const {name} = (\[)", source)
    if not m or not source[m.end() :].lstrip().startswith("'"):
        raise ValueError(f"no string array {name}")
    block = _js_block(source, m.start(1))
    if not source[m.start(1) + len(block) + 2 :].startswith(".join('\\n')"):
        raise ValueError(f"{name} is not joined with newlines")
    return "\n".join(_js_unescape(s) for s in re.findall(_TS_STR, block))


def _ts_subject(source: str, function: str, title: str | None) -> str:
    """The subject ``function(jobTitle)`` builds: ``t ? `...${t}` : '...'``, the template with
    a title and the plain string without; another shape raises."""
    m = re.search(rf"function {function}\(.*?\bt \? `([^`]*)` : '([^']*)'", source, flags=re.S)
    if not m:
        raise ValueError(f"no subject in {function}")
    return m.group(1).replace("${t}", title) if title else m.group(2)


def orqa(snap: Snapshot) -> Iterator[Spec]:
    """The organisation's default messages, filled as ``renderInterviewMail`` does, from the
    recruiter's mailbox; the refusal with and without a job title in its subject."""
    unit = "orqa/fr"
    subjects = snap.read(ORQA, ORQA_COMMIT, ORQA_SUBJECTS_PATH)
    vivier_send = snap.read(ORQA, ORQA_COMMIT, ORQA_VIVIER_SEND_PATH)
    for n, (path, const, subject_fn, titled, category) in enumerate(ORQA_MAILS):
        f = fill_for(unit, f"{const}{n}", "fr", n)
        campaign = ORQA_CAMPAIGN.format(n=f.rnd.randrange(10000))
        values = {
            "prénom": FIRST,
            "intitulé du poste": f.role,
            "organisation": f.company,
            "Organisation": f.company,
            "nom du recruteur": f.person,
            "lien d’agenda": ORQA_AGENDA.format(slug=slug(f.company)),
            "adresse de réception": f"recrutement@{f.domain}",
            "référence": campaign,
        }
        text = fill_exact(
            _ts_lines(snap.read(ORQA, ORQA_COMMIT, path), f"DEFAULT_{const}_TEMPLATE"),
            r"\[([^\]\n]+)\]",
            values,
        )
        if subject_fn:
            subject = _ts_subject(subjects, subject_fn, f.role if titled else None)
        else:
            m = re.search(r"subject: `([^`]*)`", vivier_send)
            if not m:
                raise ValueError("no vivier subject")
            subject = fill_exact(
                m.group(1), r"\$\{([^}]+)\}", {"jobTitle": f.role, "campaign.id": campaign}
            )
        yield _spec(
            unit,
            blob_url(ORQA, ORQA_COMMIT, path),
            category,
            subject=subject,
            text=text + "\n",
            company=f.company,
            role=f.role,
            labels_on_rejection=True,
            sender=(f.person, f.person_addr),
            noreply=False,
            fmt=("html", "plain")[n % 2],
        )


ALIRPUNKTO = "michaellaunay/alirpunkto"
ALIRPUNKTO_COMMIT = "93e0af105cbd8ce52cbe87c6d22b5745cb45b973"
ALIRPUNKTO_DIR = "alirpunkto/locale"
# (template, member type, category): the refusal for both kinds of member, the approval.
ALIRPUNKTO_MAILS = [
    ("send_candidature_rejected_email", "COOPERATOR", "not_a_job"),
    ("send_candidature_rejected_email", "ORDINARY", "not_a_job"),
    ("send_candidature_approuved_email", "COOPERATOR", "other"),
]
# Ours: the member types as the mail names them, the cooperative's name and details.
ALIRPUNKTO_TYPES = {
    "fr": {"COOPERATOR": "Coopérateur", "ORDINARY": "Membre de la Communauté"},
    "it": {"COOPERATOR": "Cooperatore", "ORDINARY": "Membro della Comunità"},
}
ALIRPUNKTO_DOMAIN = "cosmopolitical.coop"
ALIRPUNKTO_DETAILS = {
    "fr": "CosmoPolitical Cooperative SCE, Bruxelles",
    "it": "CosmoPolitical Cooperative SCE, Bruxelles",
}
ALIRPUNKTO_LANGS = {
    "fr": ("Français", "English", "Italiano"),
    "it": ("Italiano", "English", "Français"),
}


def _tal(template: str, values: dict[str, str], flags: dict[str, bool]) -> tuple[str, str]:
    """(title, body HTML) of a Chameleon mail template in the subset these use: an element
    with ``tal:condition`` kept or dropped by ``flags`` (its expression text), ``tal:replace``
    and ``tal:content`` filled from ``values``, ``tal:omit-tag`` dropped; a ``tal:`` attribute
    left over raises."""

    def cond(m: re.Match[str]) -> str:
        if m.group(2) not in flags:
            raise KeyError(m.group(2))
        return m.group(0).replace(f' tal:condition="{m.group(2)}"', "") if flags[m.group(2)] else ""

    out = re.sub(r'(?s)<(\w+)[^>]*? tal:condition="([^"]+)"[^>]*>.*?</\1>', cond, template)

    def replace(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise KeyError(m.group(1))
        return values[m.group(1)]

    out = re.sub(r'(?s)<span tal:replace="([^"]+)"[^>]*>.*?</span>', replace, out)
    out = _tal_content(out, values)
    out = re.sub(r'\s*tal:omit-tag=\s*"[^"]*"', "", out)
    if "tal:" in out:
        raise ValueError("a tal: attribute not read")
    title = re.search(r"(?s)<title>(.*?)</title>", out)
    body = re.search(r"(?s)<body>(.*)</body>", out)
    if not title or not body:
        raise ValueError("no title or body")
    return " ".join(title.group(1).split()), body.group(1).strip()


def _tal_content(html: str, values: dict[str, str]) -> str:
    """Each ``tal:content="name"`` element's content replaced by the value of ``name``."""

    def content(m: re.Match[str]) -> str:
        if m.group(3) not in values:
            raise KeyError(m.group(3))
        return f"<{m.group(1)}{m.group(2)}{m.group(4)}>{values[m.group(3)]}</{m.group(1)}>"

    return re.sub(r'(?s)<(\w+)([^>]*?) tal:content="([^"]+)"([^>]*)>.*?</\1>', content, html)


def alirpunkto(snap: Snapshot) -> Iterator[Spec]:
    """The verifiers' decision on a candidature, per language, as the platform sends it (the
    subject is the template's title, ``derive_subject_from_title``) from the platform's
    address: the refusal for a cooperator and for an ordinary member, and an approval."""
    for lang in ("fr", "it"):
        unit = f"alirpunkto/{lang}"
        for n, (template, member_type, category) in enumerate(ALIRPUNKTO_MAILS):
            path = f"{ALIRPUNKTO_DIR}/{lang}/LC_MESSAGES/{template}.pt"
            f = fill_for(unit, template, lang, n)
            first, second, third = ALIRPUNKTO_LANGS[lang]
            values = {
                "domain_name": ALIRPUNKTO_DOMAIN,
                "organization_details": ALIRPUNKTO_DETAILS[lang],
                "python:candidature.pseudonym": f"robin{f.rnd.randrange(10, 99)}",
                "python:candidature.type": ALIRPUNKTO_TYPES[lang][member_type],
                "python:candidature.oid": f"{f.rnd.randrange(16**8):08x}",
                "python:candidature.modifications[-1]": f"2025-0{3 + n}-1{n} 10:2{n}",
                "python:candidature.data.lang1": first,
                "python:candidature.data.lang2": second,
                "python:candidature.data.lang3": third,
            }
            flags = {"python:candidature.type==MemberTypes.COOPERATOR": member_type == "COOPERATOR"}
            title, body = _tal(snap.read(ALIRPUNKTO, ALIRPUNKTO_COMMIT, path), values, flags)
            yield _spec(
                unit,
                blob_url(ALIRPUNKTO, ALIRPUNKTO_COMMIT, path),
                category,
                subject=title,
                text=html_to_text(body),
                html=f"<html><body>\n{body}\n</body></html>",
                company="n/a",
                role="n/a",
                sender=(ALIRPUNKTO_DOMAIN, f"noreply@{ALIRPUNKTO_DOMAIN}"),
                noreply=True,
                fmt=("html", "html_only", "html")[n],
            )


ZUPIT = "simone-lopez-zupit/screening-cvs"
ZUPIT_COMMIT = "32f7f6d8d8751a79c1646b691bb4eef5fab53bc1"
ZUPIT_DIR = "emails_body"
ZUPIT_SUBJECT_PATH = "services/gmail_service.py"
# (body file, category): the drop twice, as ``drop_candidates.py`` after the CV screening and
# ``process_test_results.py`` after the test send it.
ZUPIT_MAILS = [
    ("drop_email_body.txt", "rejection"),
    ("drop_email_body.txt", "rejection"),
    ("send_test_email_body.txt", "assessment"),
    ("send_test_reminder_email_body.txt", "assessment"),
    ("send_to_chiacchierata_conoscitiva.txt", "interview_invitation"),
]
ZUPIT_COMPANY = "Zupit"
# Ours: the Gmail account the scripts send from (``GMAIL_USER``).
ZUPIT_SENDER = ("Zupit Talent Acquisition", "talent@zupit.example.it")


def zupit(snap: Snapshot) -> Iterator[Spec]:
    """The scripts' mails as ``send_templated_email`` sends them: the body file formatted with
    the first name, text only, under ``EMAIL_SUBJECT``."""
    unit = "zupit/it"
    m = re.search(
        r'^EMAIL_SUBJECT\s*=\s*"([^"]+)"', snap.read(ZUPIT, ZUPIT_COMMIT, ZUPIT_SUBJECT_PATH), re.M
    )
    if not m:
        raise ValueError("no EMAIL_SUBJECT")
    for n, (name, category) in enumerate(ZUPIT_MAILS):
        path = f"{ZUPIT_DIR}/{name}"
        body = fill_exact(snap.read(ZUPIT, ZUPIT_COMMIT, path), r"\{(\w+)\}", {"name": FIRST})
        yield _spec(
            unit,
            blob_url(ZUPIT, ZUPIT_COMMIT, path),
            category,
            subject=m.group(1),
            text=body.rstrip("\n") + "\n",
            company=ZUPIT_COMPANY,
            role="n/a",
            labels_on_rejection=True,
            sender=ZUPIT_SENDER,
            noreply=False,
            fmt=("plain", "wrapped")[n % 2],
        )


PARCSYNC = "WAJDIMADANI/PARCSYNC"
# Plain files: the fetched snapshot predates the function; read with read_file at this commit.
PARCSYNC_READ_AT = "3586ac934983bd2a5cfc54f54aded48462068e60"
PARCSYNC_PATH = "supabase/functions/send-rejection-email/index.ts"
PARCSYNC_COMPANY = "PARC SYNC"
# Ours: the sender's address (the function's is a person's mailbox).
PARCSYNC_ADDR = "recrutement@parcsync.example.fr"


def _brevo_mail(source: str) -> tuple[str, str, str]:
    """(sender name, subject, HTML) of the one Brevo ``JSON.stringify({...})`` payload: double-
    quoted ``name`` and ``subject``, a template-literal ``htmlContent``; a payload without them
    raises."""
    name = re.search(r'sender:\s*\{\s*name:\s*"([^"]+)"', source)
    subject = re.search(r'\bsubject:\s*"([^"]+)"', source)
    html = re.search(r"\bhtmlContent:\s*`([^`]*)`", source)
    if not name or not subject or not html:
        raise ValueError("no Brevo sender, subject or htmlContent")
    return name.group(1), subject.group(1), html.group(1)


def parcsync(snap: Snapshot) -> Iterator[Spec]:
    """The refusal as Brevo sends it (HTML, with and without a text part), ``${candidateName}``
    filled with the applicant's full name, the styling left out."""
    unit = "parcsync/fr"
    name, subject, html = _brevo_mail(snap.read(PARCSYNC, PARCSYNC_READ_AT, PARCSYNC_PATH))
    body = re.search(r"(?s)<body>(.*)</body>", html)
    if not body:
        raise ValueError("no body")
    filled = fill_exact(body.group(1), r"\$\{(\w+)\}", {"candidateName": OWNER[0]})
    text = "\n".join(line.strip() for line in filled.strip().splitlines())
    for n in range(2):
        yield _spec(
            unit,
            blob_url(PARCSYNC, PARCSYNC_READ_AT, PARCSYNC_PATH),
            "rejection",
            subject=subject,
            text=html_to_text(text),
            html=f"<html><body>\n{text}\n</body></html>",
            company=PARCSYNC_COMPANY,
            role="n/a",
            sender=(name, PARCSYNC_ADDR),
            noreply=True,
            fmt=("html_only", "html")[n],
        )
