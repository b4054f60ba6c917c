"""Recipes for session 41's sources61 (issue 11): a Brazilian applicant tracker's two mails
to candidates who were not chosen — the thank-you refusal sent when a post is closed and the
notice that a post was cancelled; and, a look-alike, the notice that a cancelled post was
reopened. And a Brazilian firm's selection portal whose AI screening mails its verdict.

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

No licence allows copying the texts: they are read at build time, never committed."""

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
