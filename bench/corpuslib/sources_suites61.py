"""Recipes for session 41's sources61 (issue 11): a Brazilian applicant tracker's two mails
to candidates who were not chosen — the thank-you refusal sent when a post is closed and the
notice that a post was cancelled; and, a look-alike, the notice that a cancelled post was
reopened. A Brazilian firm's selection portal whose AI screening mails its verdict. And an HR
suite's candidate stage mails in Spanish, whose refusal is its portal's courtesy message.

Usabit people (Fabrycio13/ia_rh_usabit, an AI-assisted applicant tracker, React with Supabase
Edge Functions in Deno, Portuguese): closing a post with a chosen candidate calls the Edge
Function ``send-candidate-thankyou-email`` for each candidate not chosen ("Após a conclusão das
avaliações, optamos por seguir com outro candidato que apresentou maior aderência às
necessidades da posição neste momento."); cancelling a post calls
``send-candidate-vaga-canceled-email`` ("esta oportunidade foi cancelada e o processo seletivo
foi encerrado"); reopening it calls ``send-candidate-vaga-reopened-email`` (the same subject
as the cancelled notice, "Temos uma ótima notícia! O processo seletivo para a vaga J foi
reativado e gostaríamos de saber se você ainda tem interesse"). Each function fills its
``const html = `...``` template literal with the candidate's first name
(``candidateName.split(' ')[0]``) and the post's title and posts it to Resend as ``html``
only, from ``Usabit people <noreply@space.pro.br>``, with the subject's template literal and
the logo as an inline attachment (``cid:logo``).

The repository has no snapshot: the three files were read with ``read_file`` at the pinned
commit and saved as plain files, each with its ``LOGO_BASE64`` value cut to its first 64
characters (the base64 PNG is 5,740 characters; the recipe does not attach the logo, so the
mails' ``cid:logo`` images stay unresolved). Ours: the posts.

Aura (AppsAutoU/aura-psel, AutoU's selection portal, Next.js with Supabase): when the AI
screening (``/api/ai/avaliar-candidato``) or an admin's decision
(``/api/admin/enviar-email-decisao``) approves or refuses a candidate, the route fills
``emailTemplates.aprovacaoIA`` (passed on to the practical case) or ``reprovacaoIA``
("Após uma análise cuidadosa de seu perfil, infelizmente, não poderemos prosseguir com sua
candidatura neste momento.") from ``src/lib/email/templates.ts`` with the candidate's full name
and the post's title, and ``sendEmailWithNodemailer`` sends the subject and the HTML alone
through Gmail from ``AutoU <EMAIL_USER>`` (``src/lib/email/nodemailer.ts``'s fallback). The
refusal's ``feedback`` and ``score`` are passed but not shown. The portal's first mail, the
application's confirmation (``candidaturaConfirmacao``), is a look-alike too. The file at the
pinned commit is not in the fetched snapshot (whose ``templates.ts`` has no AI templates): it
was read with ``read_file`` and saved as a plain file, its character count equal to
``read_file``'s ``total_chars`` (31,116). Ours: the posts, the case's deadline and link, the
tracking code, the app's address (``NEXT_PUBLIC_APP_URL``), the year, the sender's address.

FrogsAtWorkHR (Ink710/frogsatwork-hr, an HR suite with an applicant tracker and a candidate
portal, Next.js, JavaScript): when a recruiter moves an application to another stage, the ATS
calls ``deliverCandidateStageEmail``, which builds the mail with ``candidateStageEmail``
(``packages/notifications/src/templates.js``) in the candidate's locale — subject and
paragraphs per stage (APPLIED, SCREEN, INTERVIEW, OFFER, REJECTED: "Gracias por tu postulación.
Tras revisar tu perfil, hemos decidido no continuar con tu candidatura para esta vacante."), the
portal's address, the sign-off — as a text and an HTML part, sent by nodemailer from
``DEFAULT_FROM`` ("FrogsAtWorkHR <no-reply@frogsatwork.test>", ``transport.js``, unless
``SMTP_FROM`` is set). The fetched snapshot predates the recruiting module: ``templates.js`` was
read with ``read_file`` at the pinned commit and saved as a plain file (7,568 characters, as
``total_chars``). Ours: the posts, the portal's address (the caller's ``portalUrl``).

The texts are read at build time from the snapshot, never committed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, spec
from .snapshot import Snapshot, blob_url
from .sources_suites35 import _text_part
from .sources_suites57 import _fill_literal, _literal_at

USABIT = "Fabrycio13/ia_rh_usabit"
USABIT_COMMIT = "fb1240679a31a9dd7be4b6b646849974834fe235"
USABIT_THANKYOU_PATH = "supabase/functions/send-candidate-thankyou-email/index.ts"
USABIT_CANCELED_PATH = "supabase/functions/send-candidate-vaga-canceled-email/index.ts"
USABIT_REOPENED_PATH = "supabase/functions/send-candidate-vaga-reopened-email/index.ts"
USABIT_SENDER = ("Usabit people", "noreply@space.pro.br")
# the mails sign "Usabit people"; the footer says "© 2026 Usabit" and "Powered by Usabit people"
USABIT_COMPANY = "Usabit people"
# (function file, the post: ours, category): each refusal twice (two posts), and the notice
# that a cancelled post was reopened (its subject is the cancelled notice's)
USABIT_MAILS = (
    (USABIT_THANKYOU_PATH, "Analista de Suporte Técnico", "rejection"),
    (USABIT_THANKYOU_PATH, "Desenvolvedor Front-end Pleno", "rejection"),
    (USABIT_CANCELED_PATH, "Analista de Suporte Técnico", "rejection"),
    (USABIT_CANCELED_PATH, "Designer UX/UI Sênior", "rejection"),
    (USABIT_REOPENED_PATH, "Designer UX/UI Sênior", "moving_forward"),
)


def usabit_parts(source: str) -> tuple[str, str, str]:
    """(from, subject literal, html literal) of a function that posts one mail to Resend:
    ``from: '...'``, ``subject: `...``` and ``const html = `...```; stops if the mail is no
    longer HTML alone or no longer greets the candidate's first name."""
    sender = re.search(r"from: '([^'\\]*)',", source)
    subject = re.search(r"subject: `", source)
    html = re.search(r"const html = `", source)
    if sender is None or subject is None or html is None:
        raise ValueError("no from, subject or html")
    if "const candidateFirstName = candidateName.split(' ')[0];" not in source:
        raise ValueError("the greeting's name changed")
    if not re.search(r"subject: `[^`]*`,\n\s*html,\n\s*attachments:", source):
        raise ValueError("the mail is no longer html with an attachment")
    return (
        sender.group(1),
        _literal_at(source, subject.end() - 1),
        _literal_at(source, html.end() - 1),
    )


def usabit(snap: Snapshot) -> Iterator[Spec]:
    """The thank-you refusal and the cancelled-post notice, each twice (two posts), and the
    reopened-post notice."""
    unit = "usabit/pt"
    for path, job, category in USABIT_MAILS:
        sender, subject_t, html_t = usabit_parts(snap.read(USABIT, USABIT_COMMIT, path))
        if sender != f"{USABIT_SENDER[0]} <{USABIT_SENDER[1]}>":
            raise ValueError(f"{path}: the sender changed: {sender}")
        values = {"candidateFirstName": OWNER[0].split()[0], "jobTitle": job}
        html = _fill_literal(html_t, values).strip()
        yield spec(
            unit,
            blob_url(USABIT, USABIT_COMMIT, path),
            category,
            subject=_fill_literal(subject_t, values),
            text=_text_part(html),
            html=html,
            company=USABIT_COMPANY,
            role=job,
            labels_on_rejection=True,
            sender=USABIT_SENDER,
            noreply=True,
            fmt="html_only",
        )


AURA = "AppsAutoU/aura-psel"
AURA_COMMIT = "66777b0bdadf5fc3a21c111469590e3c53c997cc"
AURA_TEMPLATES_PATH = "src/lib/email/templates.ts"
# ours: the Gmail account EMAIL_USER names; the display name is nodemailer.ts's fallback
AURA_SENDER = ("AutoU", "psel.autou@gmail.example")
AURA_COMPANY = "Aura"  # the refusal says "o time Aura", signs "Equipe Aura", "© 2026 Aura"
AURA_VALUES = {
    "data.nome": OWNER[0],  # candidato.nome_completo
    "data.consultaToken": "AUR-7K3P-Q9XM",
    "data.prazoCase": "16/03/2026 às 23:59",
    "data.linkCase": "https://aura.autou.com.br/case/entregar/analista-dados-jr",
    "new Date().getFullYear()": "2026",
    "process.env.NEXT_PUBLIC_APP_URL": "https://aura.autou.com.br",
}
# (template, the post: ours, category)
AURA_MAILS = (
    ("candidaturaConfirmacao", "Analista de Dados Júnior", "acknowledgement"),
    ("aprovacaoIA", "Analista de Dados Júnior", "moving_forward"),
    ("reprovacaoIA", "Desenvolvedor Python Pleno", "rejection"),
    ("reprovacaoIA", "Analista de Produto", "rejection"),
)


def aura_templates(source: str) -> dict[str, tuple[str, str]]:
    """name -> (subject literal, html literal) of ``emailTemplates``' arrow functions
    ``name: (data: T) => ({ subject: `...`, html: `...` })``."""
    out = {}
    for m in re.finditer(r"^  (\w+): \(data: \w+\) => \(\{\n    subject: `", source, re.M):
        subject = _literal_at(source, m.end() - 1)
        at = m.end() + len(subject) + 1
        html = re.compile(r",\n    html: `").match(source, at)
        if html is None:
            raise ValueError(f"{m.group(1)}: no html after the subject")
        out[m.group(1)] = (subject, _literal_at(source, html.end() - 1))
    if not out:
        raise ValueError("no templates")
    return out


def aura(snap: Snapshot) -> Iterator[Spec]:
    """The confirmation, the AI screening's approval and its refusal (twice, two posts)."""
    unit = "aura/pt"
    templates = aura_templates(snap.read(AURA, AURA_COMMIT, AURA_TEMPLATES_PATH))
    for name, job, category in AURA_MAILS:
        subject_t, html_t = templates[name]
        values = {**AURA_VALUES, "data.vagaTitulo": job}
        html = _fill_literal(html_t, values).strip()
        yield spec(
            unit,
            blob_url(AURA, AURA_COMMIT, AURA_TEMPLATES_PATH),
            category,
            subject=_fill_literal(subject_t, values),
            text=_text_part(html),
            html=html,
            company=AURA_COMPANY,
            role=job,
            labels_on_rejection=True,
            sender=AURA_SENDER,
            noreply=False,
            fmt="html_only",
        )


FROGS = "Ink710/frogsatwork-hr"
FROGS_COMMIT = "52f86ddf84e9df26a20df5cd3dfaddc346e6317a"
FROGS_TEMPLATES_PATH = "packages/notifications/src/templates.js"
FROGS_SENDER = ("FrogsAtWorkHR", "no-reply@frogsatwork.test")  # transport.js's DEFAULT_FROM
FROGS_PORTAL = "https://portal.frogsatwork.test/applications"  # ours: the caller's portalUrl
# (stage, the post: ours, category): each stage once, the refusal twice (two posts)
FROGS_MAILS = (
    ("APPLIED", "Analista de Nómina", "acknowledgement"),
    ("SCREEN", "Analista de Nómina", "acknowledgement"),
    ("INTERVIEW", "Analista de Nómina", "moving_forward"),
    ("REJECTED", "Analista de Nómina", "rejection"),
    ("REJECTED", "Coordinador de Turnos", "rejection"),
    ("OFFER", "Coordinador de Turnos", "offer"),
)
# candidateStageEmail's renderer, as the recipe repeats it: stop if the file's changed
FROGS_RENDERER = (
    'const text = [...paragraphs, "", portalUrl, "", `— ${pack.signoff}`].join("\\n\\n");',
    'paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +',
    '`<p><a href="${escapeHtml(portalUrl)}">${escapeHtml(pack.portalLink)}</a></p>` +',
    '`<p style="color:#71717a;font-size:13px">— ${escapeHtml(pack.signoff)}</p>`;',
)


def frogs_copy(source: str, locale: str) -> tuple[dict[str, str], dict[str, tuple[str, list[str]]]]:
    """A locale's pack of ``COPY``: its strings (portalLink, signoff) and, per stage, the
    subject literal and the paragraphs' literals (comments between them skipped)."""
    start = source.index(f"\n  {locale}: {{\n")
    end = source.index("\n  },", start)
    pack = source[start:end]
    strings = dict(re.findall(r'^    (\w+): "([^"\\]*)",$', pack, re.M))
    stages: dict[str, tuple[str, list[str]]] = {}
    for m in re.finditer(r"^    ([A-Z]+): \{\n      subject: \(job\) => `", pack, re.M):
        subject = _literal_at(pack, m.end() - 1)
        opener = "paragraphs: (name, job) => ["
        at = pack.index(opener, m.end()) + len(opener)
        paragraphs = []
        while True:
            rest = re.compile(r"\s*(?://[^\n]*\s*)*").match(pack, at)
            at = rest.end() if rest else at
            if pack[at] == "]":
                break
            paragraph = _literal_at(pack, at)
            paragraphs.append(paragraph)
            at += len(paragraph) + 2
            if pack[at] == ",":
                at += 1
        stages[m.group(1)] = (subject, paragraphs)
    if not stages or set(strings) != {"portalLink", "signoff"}:
        raise ValueError(f"no {locale} pack")
    return strings, stages


def frogs_escape(value: str) -> str:
    """``escapeHtml``: &, <, > and double quotes."""
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        value = value.replace(a, b)
    return value


def frogs(snap: Snapshot) -> Iterator[Spec]:
    """The Spanish stage mails: received, under review, interview, the refusal twice (two
    posts), the offer stage; a text and an HTML part from the suite's no-reply sender."""
    unit = "frogsatwork/es"
    source = snap.read(FROGS, FROGS_COMMIT, FROGS_TEMPLATES_PATH)
    for part in FROGS_RENDERER:
        if part not in source:
            raise ValueError(f"candidateStageEmail changed: no {part[:40]}")
    strings, stages = frogs_copy(source, "es")
    for stage, job, category in FROGS_MAILS:
        subject_t, paragraphs_t = stages[stage]
        values = {"name": OWNER[0].split()[0], "job": job}
        paragraphs = [_fill_literal(p, values) for p in paragraphs_t]
        text = "\n\n".join([*paragraphs, "", FROGS_PORTAL, "", f"— {strings['signoff']}"])
        html = (
            "".join(f"<p>{frogs_escape(p)}</p>" for p in paragraphs)
            + f'<p><a href="{frogs_escape(FROGS_PORTAL)}">{frogs_escape(strings["portalLink"])}'
            + "</a></p>"
            + f'<p style="color:#71717a;font-size:13px">— {frogs_escape(strings["signoff"])}</p>'
        )
        yield spec(
            unit,
            blob_url(FROGS, FROGS_COMMIT, FROGS_TEMPLATES_PATH),
            category,
            subject=_fill_literal(subject_t, {"job": job}),
            text=text,
            html=html,
            # the mail signs with the suite's name; it names no other employer
            company="FrogsAtWorkHR",
            role=job,
            labels_on_rejection=True,
            sender=FROGS_SENDER,
            noreply=True,
            fmt="html",
        )
