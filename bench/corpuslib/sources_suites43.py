"""Recipes for session 36's sources43 (issue 11): Portuguese mail from a Brazilian facilities
company's own "Trabalhe Conosco" recruiting system, a Brazilian dental-clinic network's
recruiting platform and a Brazilian bootcamp's job board; Italian look-alikes from a
healthcare platform's review of the doctors who apply to join it and a closed business
community's answers to membership applications; Portuguese ones from a mentoring programme's
answers to its candidates and a graduate programme's selection results; and a Brazilian
event-photography platform's answers to photographers who apply to be accredited.

FG Services (deadbrock/trabalhe-_conosco, the careers site and applicant tracker of FG
Services, a Brazilian cleaning and facilities-services company; Next.js front end, Express
back end on Railway, mail through SendGrid or Resend): the five e-mail templates its
``server/src/seed-templates.ts`` seeds into the ``templates`` table and wires to the hiring
triggers (``configuracao_gatilhos``: application received, in review, interview, approved,
refused), filled as ``server/src/services/gatilhosService.ts`` fills them (``{{name}}``
replaced by each of ``montarVariaveis``' values: the company "FG Services", "Equipe de RH",
its RH address and telephone) and sent as HTML alone from ``emailService.ts``'s default sender
("RH - FG Services"). The refusal ("optamos por seguir com candidatos cujos perfis estão mais
alinhados ... Banco de Talentos", subject only "Processo Seletivo - T | FG Services") says no
without a negative word in its subject; the interview invitation says "você foi
selecionado(a) para a próxima etapa" (a look-alike of a no's "não foi selecionado"). Left
out: the WhatsApp templates the same file seeds (no mail), and the mails to the company's own
staff.

Beauty Smile (fercosnt/SistemaRecrutamento, "Sistema de Recrutamento Beauty Smile", the
recruiting platform of Beauty Smile, a Brazilian dental-clinic network; React front end,
Supabase Edge Functions, mail through Resend): the candidate mails that
``supabase/functions/_shared/email-templates.ts`` renders for ``notificar-candidato`` (receipt,
the evaluation step opened, interview invitation, and the final decision, approved or refused),
each body inside the shared ``layoutBase`` with its preheader, from
``email-config.ts``'s no-reply sender with the recruiting box as Reply-To. The refusal is a
frozen, deliberately neutral sentence ("Sua candidatura não seguirá para as próximas etapas
deste processo seletivo", the project's rule that no evaluation detail may reach the mail),
under the same subject frame as any update ("Atualização sobre sua candidatura — T"). Left out:
the answer to a candidate's request to review an automated decision (LGPD Art. 20: "Após a
revisão, a decisão foi mantida" or "... revista"; a kept or reversed no, unnamed in the mail: a
label not settled), the invitation's .ics attachment, and the mails to the HR staff.

FindJob (MilenaF-dev/findjob-system, the final project of a TreinaDev bootcamp: a Rails job
board where companies' HR staff post vacancies, review applications and answer them): the two
mails ``app/mailers/notifications_mailer.rb`` sends a candidate, the receipt of an application
and the company's answer ("Retorno da empresa": the hire proposal, or "Infelizmente, você não
foi aprovado no processo seletivo da vaga T da empresa C, mas não desista!"), their ERB views
inside the mailer layout, from ``ApplicationMailer``'s ``notifications@`` address. The no's
subject is the answer's neutral one. Left out: Devise's account mails.

MedHubb (MuSkinny/medhubb-web, an Italian platform where patients find and book doctors; Next.js,
Supabase, mail through Resend): the two mails ``src/lib/emailService.ts`` builds for a doctor
whose registration an admin reviews (sent by ``src/app/api/admin/doctors/{reject,approve}``):
refused ("per aver inviato la tua candidatura per entrare a far parte della nostra comunità di
professionisti sanitari ... al momento non siamo in grado di approvare la tua richiesta di
registrazione", with or without the reviewer's note, "Ripresenta la candidatura") and approved.
A professional's listing on a booking platform refused, in a job refusal's words
("candidatura", "valutazione del tuo profilo"): no job, look-alikes. Left out: the password
reset.

Kommunity (lauruccia/kommunity, an Italian members-only community of professionals and firms
grouped in local "Pianeti"; Laravel, Filament): the Mailables ``app/Mail`` sends someone who
asked to join, their views ``resources/views/emails/membership-{received,rejected}.blade.php``
in the Italian catalogue ``lang/it/application.php``: the receipt ("L'accesso è su selezione")
and the refusal ("Dopo un'attenta valutazione, al momento non ci è possibile accogliere la tua
candidatura", with or without the team's note; "potrai ripresentare la candidatura"). A
membership refused in a job refusal's words: no job, look-alikes. Left out: the approval (a
set-password link) and the invitations between members.

Cristal Academy (CristalAcademy/cad-mentoria-api, the registration API of a Brazilian mentoring
academy for junior developers; Spring, ``SimpleMailMessage``): the three plain-text mails of
``src/main/java/br/com/cristal/erp/util/email``: the candidate's refusal ("Agradecemos seu
interesse no projeto refinária, Infelizmente não continuaremos com sua candidatura mas
agradecemos o tempo dedicado e o interesse na CristalAcademy", the enum ``OpcaoCandidato``'s
text), the acceptance into the programme and the invitation to a class, each from
``application.properties``' sender under its ``envio-email.assunto.message`` ("Criação de
turma": the code gives the refusal the class creation's subject). A mentoring programme's place
refused in a job refusal's words: no job, look-alikes. The properties' values are written in
quotes, which Java keeps; the recipe drops them (a quoted From would not parse).

Pós-Mecânica (cpejr/backend-posmecanica, the back end CPE Jr, a UFMG junior enterprise, built
for the selection of a graduate programme in mechanical engineering; Express, nodemailer over
Gmail): ``src/mail/mail.js``' selection result, "Olá N, você foi Reprovado no processo
seletivo. Sua colocação na prova foi 17° lugar" (twice, `not_a_job`: an academic admission in a
job refusal's words, "processo seletivo") or "Aprovado" (`other`), and the registration's
confirmation; plain text. Left out: the account mails (e-mail changed, user created).

STA Fotos (Caruso013/photo-arena-flow, a Brazilian platform selling sports and event photos
shot by accredited photographers; Supabase Edge Function, Resend): the three cases of
``supabase/functions/send-photographer-notification/index.ts``: the application received, the
accreditation approved, and refused ("Agradecemos pelo interesse em se tornar um fotógrafo
credenciado na STA Fotos ... Após uma análise cuidadosa, decidimos não prosseguir com sua
candidatura neste momento", with and without the team's feedback). Work applied for on a
platform, as ``flanvo/it``'s drivers: the refusal is labelled a rejection (company STA Fotos,
no post named), a label the lead may want to review."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for, html_to_text
from .snapshot import Snapshot, blob_url
from .sources_inbox import _erb
from .sources_laravel import render_blade
from .sources_public import _erb_branch
from .sources_suites18 import _laravel_files
from .sources_suites19 import fill_ts, ts_literal
from .sources_suites29 import _java_concat
from .sources_suites32 import _html_only
from .sources_suites35 import _blade_branches, _lang_values, _laravel_lang
from .sources_trackers import _spec
from .templating import fill_exact, fill_js, js_literal

FGS = "deadbrock/trabalhe-_conosco"
FGS_COMMIT = "914a23906edbcc101b0d60a4450ab8bcdfb3c12b"
FGS_SEED_PATH = "server/src/seed-templates.ts"
FGS_NAME = "FG Services"
# The seeded template's name: (category, variants). "Em Análise" tells the applicant the CV is
# being read (a receipt's kind); "Candidato Aprovado" announces the hire with its paperwork.
FGS_MAILS = {
    "✅ Inscrição Confirmada": ("acknowledgement", 1),
    "📋 Em Análise": ("acknowledgement", 1),
    "🎉 Convite para Entrevista": ("interview_invitation", 1),
    "🎊 Candidato Aprovado": ("offer", 1),
    "💼 Feedback do Processo Seletivo": ("rejection", 2),
}
# emailService.ts's default sender (SendGrid's verified address).
FGS_SENDER = ("RH - FG Services", "trabalheconoscofg@fgservices.com.br")
# Ours: the applicant's telephone, the date the mail is sent (``data``), and the interview's
# details (``dadosExtras`` from the scheduling screen).
FGS_PHONE = "(11) 98765-4321"
FGS_INTERVIEW = {
    "data": "18/03/2025",
    "hora": "14:30",
    "local": "Rua Vergueiro, 1200 - São Paulo/SP",
    "link": "https://meet.google.com/fgs-rh-entrevista",
}
FGS_SENT_ON = "03/03/2025"
_PLACEHOLDER = r"\{\{(\w+)\}\}"
_SEEDED = re.compile(r"'email',\s*'([^']*)',\s*'([^']*)',\s*`(.*?)`", flags=re.S)


def fgservices(snap: Snapshot) -> Iterator[Spec]:
    """Each seeded e-mail template, its subject and HTML filled with ``montarVariaveis``'
    values by their names (an unknown ``{{name}}`` raises), HTML only as SendGrid sends it."""
    unit = "fgservices/pt"
    source = snap.read(FGS, FGS_COMMIT, FGS_SEED_PATH)
    url = blob_url(FGS, FGS_COMMIT, FGS_SEED_PATH)
    seeded = {name: (subject, html) for name, subject, html in _SEEDED.findall(source)}
    if set(seeded) != set(FGS_MAILS):
        raise ValueError(f"seeded templates changed: {sorted(seeded)}")
    n = 0
    for name, (category, variants) in FGS_MAILS.items():
        subject, html = seeded[name]
        for _ in range(variants):
            role = fill_for(unit, name, "pt", n).role
            values = {
                "nome": OWNER[0],
                "email": OWNER[1],
                "telefone": FGS_PHONE,
                "vaga": role,
                "empresa": FGS_NAME,
                "data": FGS_SENT_ON,
                "rh_nome": "Equipe de RH",
                "rh_email": "rh@trabalheconoscofg.com.br",
                "rh_telefone": "(11) 3456-7890",
            }
            if category == "interview_invitation":
                values.update(FGS_INTERVIEW)
            yield _html_only(
                unit,
                url,
                category,
                fill_exact(subject, _PLACEHOLDER, values),
                fill_exact(html, _PLACEHOLDER, values),
                FGS_NAME,
                role,
                FGS_SENDER,
                noreply=False,
                labels_on_rejection=True,
            )
            n += 1


BEAUTY = "fercosnt/SistemaRecrutamento"
BEAUTY_COMMIT = "bf832f39a31759c1a73d89acff8f6e18fe59d461"
BEAUTY_PATH = "supabase/functions/_shared/email-templates.ts"
BEAUTY_CONFIG_PATH = "supabase/functions/_shared/email-config.ts"
BEAUTY_NAME = "Beauty Smile"
# The event's body function: (event, outcome, category, variants). The body of
# ``avaliacao_liberada`` opens the evaluation step (the tests) in the candidate's panel; the
# approved decision announces the hire, the team to call with the next steps.
BEAUTY_MAILS = (
    ("corpoConfirmacao", "candidatura_recebida", None, "acknowledgement", 1),
    ("corpoAvanco", "avaliacao_liberada", None, "assessment", 1),
    ("corpoConvite", "convite_entrevista", None, "interview_invitation", 1),
    ("corpoDecisao", "decisao_final", "aprovado", "offer", 1),
    ("corpoDecisao", "decisao_final", "rejeitado", "rejection", 2),
)
# Ours: the interview's date (formatted as the function's Intl.DateTimeFormat pt-BR "full" /
# "short" in São Paulo time does), its place and kind.
BEAUTY_INTERVIEW = {
    "quando": "terça-feira, 18 de março de 2025 às 14:30",
    "onde": "Av. Paulista, 1000 - 8º andar, São Paulo/SP",
    "d.tipoEntrevista": "presencial",
}
_TS_STRING = r'"((?:[^"\\]|\\.)*)"'


def _ts_const(source: str, name: str) -> str:
    """The value of ``const name = "..." (+ "...")*;``, its literals joined."""
    m = re.search(rf"const {name}\s*=\s*((?:{_TS_STRING}\s*\+?\s*)+);", source)
    if not m:
        raise ValueError(f"no const {name}")
    return "".join(re.findall(_TS_STRING, m.group(1)))


def beautysmile(snap: Snapshot) -> Iterator[Spec]:
    """Each event's mail as ``renderarEmail`` builds it: the body function's literal (the
    interview rows' ``cond ? `...` : ""`` kept when given), inside ``layoutBase`` with the
    event's preheader; the subject from ``SUBJECTS``; HTML only from the no-reply sender, the
    recruiting box as Reply-To (the invitation's .ics attachment left out)."""
    unit = "beautysmile/pt"
    source = snap.read(BEAUTY, BEAUTY_COMMIT, BEAUTY_PATH)
    config = snap.read(BEAUTY, BEAUTY_COMMIT, BEAUTY_CONFIG_PATH)
    url = blob_url(BEAUTY, BEAUTY_COMMIT, BEAUTY_PATH)
    domain = re.search(r"DOMINIO_ENVIO = '([^']+)'", config)
    name = re.search(r"REMETENTE_NOME = '([^']+)'", config)
    reply_to = re.search(r"REPLY_TO = '([^']+)'", config)
    local = re.search(r"REMETENTE_EMAIL = `([\w-]+)@\$\{DOMINIO_ENVIO\}`", config)
    if not (domain and name and reply_to and local):
        raise ValueError("sender changed")
    sender = (name.group(1), f"{local.group(1)}@{domain.group(1)}")
    colours = {c: _ts_const(source, c) for c in ("DEEP_BLUE", "TURQUOISE", "CINZA", "BRANCO")}
    layout = ts_literal(source, "export function layoutBase(")
    greeting = ts_literal(source, "const saudacao =")
    subjects = source[source.index("export const SUBJECTS") :]
    preheaders = source[source.index("const PREHEADERS") :]
    n = 0
    for function, event, outcome, category, variants in BEAUTY_MAILS:
        body = ts_literal(source[source.index(f"function {function}(") :], "return ")
        arrow = rf"{event}: \(d?\) =>\s*(.*?),\n  (?://|\w+:)"
        subject = re.search(arrow, subjects, flags=re.S)
        preheader = re.search(arrow, preheaders, flags=re.S)
        if not subject or not preheader:
            raise ValueError(f"{event}: no subject or preheader")
        for _ in range(variants):
            role = fill_for(unit, f"{function}:{outcome}", "pt", n).role
            copy = _ts_const(source, "COPY_APROVACAO" if outcome == "aprovado" else "COPY_REJEICAO")
            values = {
                "escapeHtml(d.nomeCandidato)": OWNER[0],
                "escapeHtml(d.tituloVaga)": role,
                "d.tituloVaga": role,
                "escapeHtml(copy)": copy,
                "quando": BEAUTY_INTERVIEW["quando"],
                "onde": BEAUTY_INTERVIEW["onde"],
                "escapeHtml(d.tipoEntrevista)": BEAUTY_INTERVIEW["d.tipoEntrevista"],
            }
            values["saudacao(d)"] = fill_ts(greeting, values)
            kind = re.compile(r'\$\{d\.tipoEntrevista \? `(.*?)` : ""\}', flags=re.S)
            content = fill_ts(kind.sub(lambda m: m.group(1), body), values)
            flags = {"aprovado": outcome == "aprovado"}
            pre = _branch(preheader.group(1), flags)
            html = fill_ts(
                layout,
                {
                    "escapeHtml(preheader)": pre,
                    "LOGO_URL": _ts_const(source, "LOGO_URL"),
                    "conteudoHtml": content,
                    **colours,
                },
            )
            yield _spec(
                unit,
                url,
                category,
                subject=fill_ts(_branch(subject.group(1), flags), values),
                text=html_to_text(html),
                html=html,
                company=BEAUTY_NAME,
                role=role,
                labels_on_rejection=True,
                sender=sender,
                noreply=True,
                fmt="html_only",
                reply_to=reply_to.group(1),
            )
            n += 1


def _branch(expr: str, flags: dict[str, bool]) -> str:
    """The literal an arrow's ``d.desfecho === "aprovado" ? X : Y`` (or a lone literal) gives:
    a template literal's body or a quoted string's text."""
    expr = expr.strip()
    cond = re.fullmatch(r'd\.desfecho === "(\w+)"\s*\?\s*(.*?)\s*:\s*(.*)', expr, flags=re.S)
    if cond:
        expr = cond.group(2) if flags[cond.group(1)] else cond.group(3)
    expr = expr.strip()
    if expr[:1] in '`"' and expr[-1:] == expr[:1]:
        return expr[1:-1]
    raise ValueError(f"not a literal: {expr}")


FINDJOB = "MilenaF-dev/findjob-system"
FINDJOB_COMMIT = "cc0ee5a748f118cb1c078ff854252c6cfb476174"
FINDJOB_MAILER_PATH = "app/mailers/notifications_mailer.rb"
FINDJOB_VIEWS = "app/views/notifications_mailer"
FINDJOB_LAYOUT_PATH = "app/views/layouts/mailer.html.erb"
# (mailer method, feedback accepted?, category, variants). The feedback mail's two branches:
# the hire proposal and the no.
FINDJOB_MAILS = (
    ("job_application_email", None, "acknowledgement", 1),
    ("feedback_email", True, "offer", 1),
    ("feedback_email", False, "rejection", 2),
)
# Ours: the production host of the URL helpers (the repository sets only localhost's).
FINDJOB_HOST = "https://findjob.com"


def findjob(snap: Snapshot) -> Iterator[Spec]:
    """Each NotificationsMailer mail: its view (the feedback's ``if @feedback.accepted?``
    branch picked) inside the mailer layout, the subject and the ``default from`` the mailer
    classes give; HTML only, as Rails sends a mail with an HTML view alone."""
    unit = "findjob/pt"
    mailer = snap.read(FINDJOB, FINDJOB_COMMIT, FINDJOB_MAILER_PATH)
    base = snap.read(FINDJOB, FINDJOB_COMMIT, "app/mailers/application_mailer.rb")
    layout = snap.read(FINDJOB, FINDJOB_COMMIT, FINDJOB_LAYOUT_PATH)
    sender = re.search(r'default from: "([^"]+)"', base)
    if not sender:
        raise ValueError("no default from")
    n = 0
    for method, accepted, category, variants in FINDJOB_MAILS:
        subject = re.search(rf'def {method}\(.*?subject: "([^"]+)"', mailer, flags=re.S)
        if not subject:
            raise ValueError(f"{method}: no subject")
        path = f"{FINDJOB_VIEWS}/{method}.html.erb"
        view = snap.read(FINDJOB, FINDJOB_COMMIT, path)
        if accepted is not None:
            view = _erb_branch(view, accepted)
        for _ in range(variants):
            f = fill_for(unit, f"{method}:{accepted}", "pt", n)
            values = {
                "@candidate.full_name": OWNER[0],
                "@vacancy.title": f.role,
                "@company.name": f.company,
                "job_applications_url": f"{FINDJOB_HOST}/job_applications",
                "vacancies_url": f"{FINDJOB_HOST}/vacancies",
            }
            html = _erb(layout, {"yield": _erb(view, values)})
            yield _html_only(
                unit,
                blob_url(FINDJOB, FINDJOB_COMMIT, path),
                category,
                subject.group(1),
                html,
                f.company,
                f.role,
                ("", sender.group(1)),
                noreply=True,
                labels_on_rejection=True,
            )
            n += 1


MEDHUBB = "MuSkinny/medhubb-web"
MEDHUBB_COMMIT = "bdbb94ab57f8dc9c3a50b8b1d6fbe494ffd318db"
MEDHUBB_PATH = "src/lib/emailService.ts"
MEDHUBB_ROUTES = "src/app/api/admin/doctors"
# (template function, route that sends it, category, with the reviewer's reason?). A doctor's
# registration on a patients' booking platform refused or approved: no job (look-alikes).
MEDHUBB_MAILS = (
    ("getRejectionEmailTemplate", "reject", "not_a_job", (False, True)),
    ("getApprovalEmailTemplate", "approve", "other", (False,)),
)
# Ours: the reviewer's note (the admin types it; none in the repository).
MEDHUBB_REASON = (
    "Il numero di iscrizione all'Ordine dei Medici indicato non risulta verificabile: "
    "carica un certificato di iscrizione aggiornato."
)


def _resend_source(
    snap: Snapshot, repo: str, commit: str, path: str
) -> tuple[str, tuple[str, str], str]:
    """(the file's text, its Resend ``from: 'Name <address>'`` sender, its URL); a file without
    that sender raises."""
    source = snap.read(repo, commit, path)
    sender = re.search(r"from: '([^'<]+?) <([^>]+)>'", source)
    if not sender:
        raise ValueError("no sender")
    return source, (sender.group(1), sender.group(2)), blob_url(repo, commit, path)


def _keep_if(literal: str, name: str, keep: bool) -> str:
    """A template literal's ``${name ? `...` : ''}`` blocks: their inner literal when ``keep``,
    else nothing (``fill_ts`` reads the ``: ""`` form only)."""
    return re.sub(
        rf"\$\{{{re.escape(name)} \? `(.*?)` : ''\}}",
        lambda m: m.group(1) if keep else "",
        literal,
        flags=re.S,
    )


def medhubb(snap: Snapshot) -> Iterator[Spec]:
    """Each template function's literal as its admin route sends it (the subject from the
    route's ``sendEmail`` call, the rejection's ``${reason ? `...` : ''}`` kept when a reason is
    given), HTML only from the no-reply sender."""
    unit = "medhubb/it"
    source, sender, url = _resend_source(snap, MEDHUBB, MEDHUBB_COMMIT, MEDHUBB_PATH)
    for function, route, category, reasons in MEDHUBB_MAILS:
        path = f"{MEDHUBB_ROUTES}/{route}/route.ts"
        call = re.search(
            rf'subject: "([^"]+)",\s*html: {function}\(', snap.read(MEDHUBB, MEDHUBB_COMMIT, path)
        )
        if not call:
            raise ValueError(f"{route}: no subject")
        literal = ts_literal(source[source.index(f"function {function}(") :], "return ")
        for with_reason in reasons:
            note = MEDHUBB_REASON if with_reason else ""
            body = _keep_if(literal, "reason", bool(note))
            yield _html_only(
                unit,
                url,
                category,
                call.group(1),
                fill_ts(body, {"doctorName": OWNER[0], "reason": note}),
                "n/a",
                "n/a",
                sender,
                noreply=True,
            )


KOMMUNITY = "lauruccia/kommunity"
KOMMUNITY_COMMIT = "95b654d412d64497e6eaf638701dbce100543648"
KOMMUNITY_CATALOGUE = "lang/it/application.php"
# (view, Mailable, category, the team's note (ours) or None). A closed business community's
# answer to a membership application: no job (look-alikes).
KOMMUNITY_MAILS = (
    ("membership-received", "MembershipApplicationReceivedMail", "other", None),
    ("membership-rejected", "MembershipRejectedMail", "not_a_job", None),
    (
        "membership-rejected",
        "MembershipRejectedMail",
        "not_a_job",
        "Per il tuo settore il Pianeta di Milano ha già raggiunto il numero massimo di membri.",
    ),
)
# The views' first-name expression, read as one value.
KOMMUNITY_FIRST = "explode(' ', trim($application->name))[0]"
# config/mail.php's defaults (MAIL_FROM_ADDRESS, APP_NAME in .env.example).
KOMMUNITY_SENDER = ("Kommunity", "noreply@kommunity.it")


def kommunity(snap: Snapshot) -> Iterator[Spec]:
    """The receipt of a membership application and its refusal (with and without the team's
    note), each view's ``@if`` resolved and its ``__('application.key')`` strings read from the
    Italian catalogue, the subject from the Mailable's envelope; HTML only. Left out: the
    approval (a set-password link whose expiry line nests one string in another)."""
    unit = "kommunity/it"
    catalogue = _laravel_lang(snap.read(KOMMUNITY, KOMMUNITY_COMMIT, KOMMUNITY_CATALOGUE))
    for view, mailable, category, note in KOMMUNITY_MAILS:
        mail, blade, url = _laravel_files(snap, KOMMUNITY, KOMMUNITY_COMMIT, mailable, view)
        subject = re.search(r"subject: __\('application\.(\w+)'\)", mail)
        if not subject or KOMMUNITY_FIRST not in blade:
            raise ValueError(f"{view}: no subject or first name")
        truth = {"$presenter": False, "$reason": note is not None}
        body = _blade_branches(blade.replace(KOMMUNITY_FIRST, "$first"), truth)
        value = _lang_values(
            catalogue,
            "application",
            {"$first": OWNER[0].split()[0], "$reason": note or "", "date('Y')": "2025"},
        )
        html = render_blade(body, value)
        yield _html_only(
            unit,
            url,
            category,
            catalogue[subject.group(1)],
            f"<html><body>{html}</body></html>",
            "n/a",
            "n/a",
            KOMMUNITY_SENDER,
            noreply=True,
        )


CRISTAL = "CristalAcademy/cad-mentoria-api"
CRISTAL_COMMIT = "95c948ebf92b0e0f0b33d4f17c7b3a63e4893ac3"
CRISTAL_DIR = "src/main/java/br/com/cristal/erp/util/email"
CRISTAL_PROPERTIES = "src/main/resources/application.properties"
# (enum constant or property of the text, category, variants). A mentoring programme's
# ("projeto refinária") answer to a candidate: no job (look-alikes); the class invitation.
CRISTAL_MAILS = (
    ("RECUSAR", "not_a_job", 2),
    ("ACEITAR", "other", 1),
    ("envio-email.criacaoturma.message", "other", 1),
)


def _properties(source: str) -> dict[str, str]:
    """``key: "value"`` (or ``key=value``) lines of a Java .properties file, the value's
    surrounding quotes dropped (Java keeps them; a quoted From would not parse as an address)."""
    pairs = re.findall(r"(?m)^([\w.-]+)\s*[:=]\s*(.*?)\s*$", source)
    return {k: v[1:-1] if v[:1] == v[-1:] == '"' and len(v) > 1 else v for k, v in pairs}


def cristal(snap: Snapshot) -> Iterator[Spec]:
    """Each ``SimpleMailMessage`` as ``EmailRetorno`` and ``EmailNotificacaoTurma`` build it:
    the enum ``OpcaoCandidato``'s text or the invitation's property, from and subject from
    ``application.properties`` (read as Latin-1, as Java reads .properties) — both mails
    under the subject the code gives them, the class creation's; plain text."""
    unit = "cristal/pt"
    props = _properties(snap.read(CRISTAL, CRISTAL_COMMIT, CRISTAL_PROPERTIES, "latin-1"))
    enum_path = f"{CRISTAL_DIR}/dto/OpcaoCandidato.java"
    enum = snap.read(CRISTAL, CRISTAL_COMMIT, enum_path)
    retorno = snap.read(CRISTAL, CRISTAL_COMMIT, f"{CRISTAL_DIR}/EmailRetorno.java")
    subject_key = re.search(r'@Value\("\$\{([\w.-]+)\}"\)\s*private String ASSUNTO;', retorno)
    if not subject_key:
        raise ValueError("no subject property")
    sender = props["retorno-email.from"]
    n = 0
    for key, category, variants in CRISTAL_MAILS:
        if key.isupper():
            literal = re.search(rf"{key}\(((?:\"(?:[^\"\\]|\\.)*\"\s*\+?\s*)+)\)", enum)
            if not literal:
                raise ValueError(f"no {key}")
            text, url = (
                _java_concat(literal.group(1), {}),
                blob_url(CRISTAL, CRISTAL_COMMIT, enum_path),
            )
        else:
            text, url = props[key], blob_url(CRISTAL, CRISTAL_COMMIT, CRISTAL_PROPERTIES)
        for _ in range(variants):
            yield _spec(
                unit,
                url,
                category,
                subject=props[subject_key.group(1)],
                text=text,
                company="n/a",
                role="n/a",
                sender=("", sender),
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


POSMEC = "cpejr/backend-posmecanica"
POSMEC_COMMIT = "91bb9d6c77bc1267d8351c703bf1fc9c69f242f1"
POSMEC_PATH = "src/mail/mail.js"
# (method, approved?, category, places in the exam). A graduate programme's selection result:
# an admission, no job (look-alikes); the registration's confirmation.
POSMEC_MAILS = (
    ("SelectiveProcessResult", False, "not_a_job", ("17", "23")),
    ("SelectiveProcessResult", True, "other", ("3",)),
    ("ConfirmateAccessAndChangePassword", None, "other", ("",)),
)
# Ours: the sender (EMAIL_LOGIN is configuration; the transport is Gmail's) and the temporary
# password.
POSMEC_SENDER = ("", "posmecanica.selecao@gmail.com")
POSMEC_PASSWORD = "Pm7x2Kq9"


def posmec(snap: Snapshot) -> Iterator[Spec]:
    """Each method's ``content`` template literal and ``subject`` literal, the result's
    ``result ? 'Aprovado' : 'Reprovado'`` picked; plain text as nodemailer's ``text``."""
    unit = "posmec/pt"
    source = snap.read(POSMEC, POSMEC_COMMIT, POSMEC_PATH)
    url = blob_url(POSMEC, POSMEC_COMMIT, POSMEC_PATH)
    n = 0
    for method, approved, category, places in POSMEC_MAILS:
        at = source.index(f"  {method}(")
        body = source[at : source.index("return Email.sendEmail", at)]
        subject = re.search(r"const subject = '([^']*)';", body)
        if not subject:
            raise ValueError(f"{method}: no subject")
        words = re.search(r"const confirmation = result \? '(\w+)' : '(\w+)';", body)
        if approved is not None and not words:
            raise ValueError(f"{method}: no result words")
        for place in places:
            values = {"firstname": OWNER[0], "position": place, "password": POSMEC_PASSWORD}
            if words:
                values["confirmation"] = words.group(1 if approved else 2)
            yield _spec(
                unit,
                url,
                category,
                subject=subject.group(1),
                text=fill_js(js_literal(body, "const content ="), values),
                company="n/a",
                role="n/a",
                sender=POSMEC_SENDER,
                noreply=False,
                fmt=("plain", "wrapped")[n % 2],
            )
            n += 1


STAFOTOS = "Caruso013/photo-arena-flow"
STAFOTOS_COMMIT = "0192e477885971fb2945a939f243697c98eaa023"
STAFOTOS_PATH = "supabase/functions/send-photographer-notification/index.ts"
STAFOTOS_NAME = "STA Fotos"
# status: (category, the team's feedback (ours) or ""). A photographer applying to be
# accredited to shoot and sell event photos on the platform: work applied for, as
# ``flanvo/it``'s drivers (a rejection), admitted (``other``).
STAFOTOS_MAILS = (
    ("submitted", "acknowledgement", ""),
    ("approved", "other", ""),
    ("rejected", "rejection", ""),
    (
        "rejected",
        "rejection",
        "As fotos do seu portfólio estão com foco e exposição irregulares nas cenas de ação.",
    ),
)
# Ours: SITE_URL (an environment variable; the code's fallback is used).


def stafotos(snap: Snapshot) -> Iterator[Spec]:
    """Each status's case of the Edge Function: its ``subject`` and ``htmlContent`` literal
    (the feedback block kept when a reason is given), HTML only from the Resend sender."""
    unit = "stafotos/pt"
    source, sender, url = _resend_source(snap, STAFOTOS, STAFOTOS_COMMIT, STAFOTOS_PATH)
    for status, category, reason in STAFOTOS_MAILS:
        case = source[source.index(f"case '{status}':") :]
        subject = re.search(r"subject = '([^']*)'", case)
        if not subject:
            raise ValueError(f"{status}: no subject")
        literal = _keep_if(ts_literal(case, "htmlContent ="), "rejectionReason", bool(reason))
        values = {
            "name": OWNER[0],
            "rejectionReason": reason,
            "Deno.env.get('SITE_URL') || 'https://photo-arena.com'": "https://photo-arena.com",
        }
        yield _html_only(
            unit,
            url,
            category,
            subject.group(1),
            fill_ts(literal, values),
            STAFOTOS_NAME,
            "n/a",
            sender,
            noreply=True,
            labels_on_rejection=True,
        )
