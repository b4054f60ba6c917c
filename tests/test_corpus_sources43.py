"""Session 36's sources43 recipes (issue 11): their readers on our own wording in a stand-in
snapshot, and on the real source when the snapshot holds it (the units' pins are in
bench/corpuslib/parts.csv)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites43 import (  # noqa: E402
    BEAUTY,
    BEAUTY_CONFIG_PATH,
    BEAUTY_MAILS,
    BEAUTY_PATH,
    CRISTAL,
    CRISTAL_DIR,
    CRISTAL_PROPERTIES,
    FGS,
    FGS_COMMIT,
    FGS_MAILS,
    FGS_NAME,
    FGS_SEED_PATH,
    FGS_SENDER,
    FINDJOB,
    FINDJOB_LAYOUT_PATH,
    FINDJOB_MAILER_PATH,
    FINDJOB_MAILS,
    KOMMUNITY,
    KOMMUNITY_CATALOGUE,
    KOMMUNITY_SENDER,
    MEDHUBB,
    MEDHUBB_PATH,
    MEDHUBB_ROUTES,
    POSMEC,
    POSMEC_PATH,
    STAFOTOS,
    STAFOTOS_PATH,
    beautysmile,
    cristal,
    fgservices,
    findjob,
    kommunity,
    medhubb,
    posmec,
    stafotos,
)

SNAPSHOT = Path("/work/corpora/snapshot")


def _write_files(base: Path, files: dict[str, str]) -> None:
    """Each stand-in file under the repository folder ``base``."""
    for path, text in files.items():
        (base / path).parent.mkdir(parents=True, exist_ok=True)
        (base / path).write_text(text, encoding="utf-8")


def _seed(name: str, subject: str, body: str) -> str:
    return (
        "    await client.query(`\n      INSERT INTO templates (tipo, nome, assunto, conteudo)\n"
        "    `, [\n"
        f"      'email',\n      '{name}',\n      '{subject}',\n"
        f"      `\n<html><body><p>{body}</p></body></html>\n      `,\n      true\n    ]);\n\n"
    )


def _snapshot(root: Path, extra: str = "") -> Snapshot:
    bodies = {
        "✅ Inscrição Confirmada": ("Chegou - {{vaga}} | {{empresa}}", "Olá {{nome}}, chegou."),
        "📋 Em Análise": ("Lendo - {{vaga}}", "Lemos o seu CV, {{nome}}."),
        "🎉 Convite para Entrevista": ("Conversa - {{vaga}}", "Dia {{data}} às {{hora}}."),
        "🎊 Candidato Aprovado": ("Sim - {{vaga}}", "Bem-vindo à {{empresa}}."),
        "💼 Feedback do Processo Seletivo": (
            "Processo - {{vaga}} | {{empresa}}",
            f"Seguimos com outros perfis, {{{{rh_nome}}}}.{extra}",
        ),
    }
    text = "".join(_seed(name, subject, body) for name, (subject, body) in bodies.items())
    text += "    await client.query(`INSERT`, [\n      'whatsapp',\n      'Zap',\n      `oi`,\n"
    target = root / FGS.replace("/", "+") / FGS_SEED_PATH
    target.parent.mkdir(parents=True)
    target.write_text(text, encoding="utf-8")
    return Snapshot(root)


def test_fgservices_fills_each_seeded_mail_by_its_names(tmp_path: Path) -> None:
    """Every seeded e-mail template (not the WhatsApp ones) filled with the trigger service's
    values, the interview's details given; the refusals name the company and the vacancy; HTML
    only, from the default sender."""
    specs = list(fgservices(_snapshot(tmp_path)))
    assert len(specs) == sum(v for _, v in FGS_MAILS.values())
    assert [s.category for s in specs] == [c for c, v in FGS_MAILS.values() for _ in range(v)]
    receipt, interview = specs[0], specs[2]
    assert "Olá Robin Berger, chegou." in (receipt.html or "")
    assert receipt.subject.endswith(f" | {FGS_NAME}")
    assert "Dia 18/03/2025 às 14:30." in interview.text
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    assert all(
        s.company == FGS_NAME and s.subject == f"Processo - {s.role} | FG Services"
        for s in refusals
    )
    assert all(s.fmt == "html_only" and s.sender == FGS_SENDER for s in specs)
    assert "Seguimos com outros perfis, Equipe de RH." in refusals[0].text


def test_fgservices_refuses_an_unknown_placeholder_or_a_changed_set(tmp_path: Path) -> None:
    """A ``{{name}}`` the trigger service does not give raises, and so does a template set that
    is no longer the five."""
    with pytest.raises(ValueError):
        list(fgservices(_snapshot(tmp_path / "a", extra=" {{salario}}")))
    snap = _snapshot(tmp_path / "b")
    path = tmp_path / "b" / FGS.replace("/", "+") / FGS_SEED_PATH
    path.write_text(path.read_text(encoding="utf-8").replace("📋 Em Análise", "Outro"))
    with pytest.raises(ValueError):
        list(fgservices(snap))


@pytest.mark.skipif(not (SNAPSHOT / FGS.replace("/", "+")).exists(), reason="no snapshot")
def test_fgservices_on_the_source() -> None:
    """The real templates: six mails, two of them refusals at the application stage whose
    subject names only the process, the interview invitation's "selecionado(a)"."""
    specs = list(fgservices(Snapshot(SNAPSHOT)))
    assert len(specs) == 6
    refusals = [s for s in specs if s.rejection]
    assert [s.stage for s in refusals] == ["application", "application"]
    assert all(s.subject.startswith("Processo Seletivo - ") for s in refusals)
    assert all("optamos por seguir com candidatos" in s.text for s in refusals)
    assert "selecionado(a)" in specs[2].subject
    assert all("{{" not in (s.html or "") for s in specs)
    assert FGS_COMMIT in specs[0].url


def _beauty_snapshot(root: Path, extra: str = "") -> Snapshot:
    templates = (
        'const DEEP_BLUE = "#000001";\nconst TURQUOISE = "#000002";\n'
        'const CINZA = "#000003";\nconst BRANCO = "#000004";\n'
        'const LOGO_URL = "https://exemplo.com.br/logo.png";\n'
        'export const COPY_REJEICAO =\n  "Não seguimos. " +\n  "Obrigado.";\n'
        'export const COPY_APROVACAO =\n  "Seguimos juntos.";\n'
        "export function layoutBase(\n  params: { preheader: string },\n): string {\n"
        '  return `<html><body style="color:${CINZA};"><span>${\n'
        '    escapeHtml(preheader)\n  }</span><img src="${LOGO_URL}" style="background:'
        '${TURQUOISE},${DEEP_BLUE};color:${BRANCO}">\n${conteudoHtml}\n</body></html>`;\n}\n\n'
        "const saudacao = (d: DadosEmail): string =>\n"
        "  `<p>Olá, ${escapeHtml(d.nomeCandidato)},</p>`;\n\n"
        "function corpoConfirmacao(d: DadosEmail): string {\n"
        "  return `${saudacao(d)}\n<p>Chegou: ${escapeHtml(d.tituloVaga)}.</p>`;\n}\n\n"
        "function corpoAvanco(d: DadosEmail): string {\n"
        "  return `${saudacao(d)}\n<p>Avançou: ${escapeHtml(d.tituloVaga)}.</p>`;\n}\n\n"
        "function corpoConvite(d: DadosEmail): string {\n  const quando = 1;\n"
        '  return `${saudacao(d)}\n${quando ? `<p>Quando: ${quando}</p>` : ""}\n'
        '${d.tipoEntrevista ? `<p>Tipo: ${escapeHtml(d.tipoEntrevista)}</p>` : ""}`;\n}\n\n'
        "function corpoDecisao(d: DadosEmail): string {\n"
        "  // o `desfecho` ausente é uma recusa\n"
        f"  return `${{saudacao(d)}}\n<p>${{escapeHtml(copy)}}{extra}</p>`;\n}}\n\n"
        "export const SUBJECTS: Record<E, (d: DadosEmail) => string> = {\n"
        "  candidatura_recebida: (d) => `Recebida — ${d.tituloVaga}`,\n"
        "  avaliacao_liberada: (d) => `Avançou — ${d.tituloVaga}`,\n"
        "  convite_entrevista: (d) => `Conversa — ${d.tituloVaga}`,\n"
        '  decisao_final: (d) =>\n    d.desfecho === "aprovado"\n'
        "      ? `Boa — ${d.tituloVaga}`\n      : `Notícia — ${d.tituloVaga}`,\n"
        "  revisao_respondida: (d) => `Revisão — ${d.tituloVaga}`,\n};\n\n"
        "const PREHEADERS: Record<E, (d: DadosEmail) => string> = {\n"
        '  candidatura_recebida: () => "P1",\n  avaliacao_liberada: () => "P2",\n'
        '  convite_entrevista: () => "P3",\n  decisao_final: (d) =>\n'
        '    d.desfecho === "aprovado"\n      ? "P4a"\n      : "P4b",\n'
        '  revisao_respondida: () => "P5",\n};\n'
    )
    config = (
        "export const DOMINIO_ENVIO = 'rh.exemplo.com.br' as const\n"
        "export const REMETENTE_NOME = 'Exemplo RH' as const\n"
        "export const REMETENTE_EMAIL = `nao-responda@${DOMINIO_ENVIO}` as const\n"
        "export const REPLY_TO = 'rh@exemplo.com.br' as const\n"
    )
    base = root / BEAUTY.replace("/", "+")
    _write_files(base, {BEAUTY_PATH: templates, BEAUTY_CONFIG_PATH: config})
    return Snapshot(root)


def test_beautysmile_renders_each_event_inside_the_layout(tmp_path: Path) -> None:
    """Each body in the layout with its preheader and the colours; the decision's copy and
    subject follow the outcome; the interview rows kept; no-reply sender, Reply-To the RH box;
    a backtick in a comment does not open the body."""
    specs = list(beautysmile(_beauty_snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for *_, c, v in BEAUTY_MAILS for _ in range(v)]
    receipt, interview, offer = specs[0], specs[2], specs[3]
    assert receipt.subject.startswith("Recebida — ")
    assert "<span>P1</span>" in (receipt.html or "") and "#000002,#000001" in (receipt.html or "")
    assert "<p>Olá, Robin Berger,</p>" in (receipt.html or "")
    assert "<p>Quando: terça-feira" in (interview.html or "")
    assert "<p>Tipo: presencial</p>" in (interview.html or "")
    assert "Seguimos juntos." in offer.text and offer.subject.startswith("Boa — ")
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    assert all(
        s.subject == f"Notícia — {s.role}" and "Não seguimos. Obrigado." in s.text for s in refusals
    )
    assert all(
        s.company == "Beauty Smile" and "<span>P4b</span>" in (s.html or "") for s in refusals
    )
    assert all(s.sender == ("Exemplo RH", "nao-responda@rh.exemplo.com.br") for s in specs)
    assert all(s.noreply and s.reply_to == "rh@exemplo.com.br" for s in specs)


def test_beautysmile_refuses_an_unknown_expression(tmp_path: Path) -> None:
    """A ``${...}`` the recipe does not know raises."""
    with pytest.raises(ValueError):
        list(beautysmile(_beauty_snapshot(tmp_path, extra=" ${d.pontuacao}")))


def _findjob_snapshot(root: Path, extra: str = "") -> Snapshot:
    base = root / FINDJOB.replace("/", "+")
    files = {
        "app/mailers/application_mailer.rb": (
            'class ApplicationMailer < ActionMailer::Base\n  default from: "avisos@exemplo.com"\n'
        ),
        FINDJOB_MAILER_PATH: (
            "  def job_application_email(job_application)\n"
            '    mail(to: @candidate.email, subject: "Recebida")\n  end\n\n'
            "  def feedback_email(feedback)\n"
            '    mail(to: @candidate.email, subject: "Resposta")\n  end\n'
        ),
        FINDJOB_LAYOUT_PATH: "<html><body>\n<%= yield %>\n</body></html>\n",
        "app/views/notifications_mailer/job_application_email.html.erb": (
            "<p>Olá, <%= @candidate.full_name %>: <%= @vacancy.title %>.</p>\n"
        ),
        "app/views/notifications_mailer/feedback_email.html.erb": (
            "<h1>Olá, <%= @candidate.full_name %></h1>\n<% if @feedback.accepted? %>\n"
            "<p>Sim para <%= @vacancy.title %>.</p>\n<% else %>\n"
            f"<p>Não para <%= @vacancy.title %> da <%= @company.name %>.{extra}</p>\n"
            '<a href="<%= vacancies_url %>">vagas</a>\n<% end %>\n'
        ),
    }
    _write_files(base, files)
    return Snapshot(root)


def test_findjob_picks_the_feedback_branch_and_wraps_the_layout(tmp_path: Path) -> None:
    """The receipt, the offer and the refusals from their views inside the layout; the refusals
    name the company and the vacancy under the answer's subject; HTML only from the default
    sender; an ERB expression the recipe does not know raises."""
    specs = list(findjob(_findjob_snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for *_, c, v in FINDJOB_MAILS for _ in range(v)]
    assert specs[0].subject == "Recebida" and "Olá, Robin Berger:" in specs[0].text
    assert "Sim para" in specs[1].text and "Não para" not in specs[1].text
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    assert all(f"Não para {s.role} da {s.company}." in s.text for s in refusals)
    assert all(s.subject == "Resposta" and "Sim para" not in s.text for s in refusals)
    assert all(s.fmt == "html_only" and s.sender == ("", "avisos@exemplo.com") for s in specs)
    assert "https://findjob.com/vacancies" in (refusals[0].html or "")
    with pytest.raises(ValueError):
        list(findjob(_findjob_snapshot(tmp_path / "b", extra=" <%= @feedback.reason %>")))


@pytest.mark.skipif(not (SNAPSHOT / BEAUTY.replace("/", "+")).exists(), reason="no snapshot")
def test_beautysmile_on_the_source() -> None:
    """The real templates: six mails, the frozen neutral no twice under an update's subject."""
    specs = list(beautysmile(Snapshot(SNAPSHOT)))
    assert len(specs) == 6
    refusals = [s for s in specs if s.rejection]
    assert all("não seguirá para as próximas etapas" in s.text for s in refusals)
    assert all(s.subject.startswith("Atualização sobre sua candidatura — ") for s in refusals)
    assert all("${" not in (s.html or "") for s in specs)


@pytest.mark.skipif(not (SNAPSHOT / FINDJOB.replace("/", "+")).exists(), reason="no snapshot")
def test_findjob_on_the_source() -> None:
    """The real views: four mails, the no under "Retorno da empresa"."""
    specs = list(findjob(Snapshot(SNAPSHOT)))
    assert len(specs) == 4
    refusals = [s for s in specs if s.rejection]
    assert all(s.subject == "Retorno da empresa" for s in refusals)
    assert all("Infelizmente, você não foi aprovado" in s.text for s in refusals)
    assert all("<%" not in (s.html or "") for s in specs)


def _medhubb_snapshot(root: Path) -> Snapshot:
    base = root / MEDHUBB.replace("/", "+")
    files = {
        MEDHUBB_PATH: (
            "      from: 'Equipe Esempio <noreply@esempio.it>',\n"
            "export function getApprovalEmailTemplate(doctorName: string): string {\n"
            "  return `<p>Benvenuto, Dr. ${doctorName}.</p>`;\n}\n\n"
            "export function getRejectionEmailTemplate(doctorName: string, reason?: string)"
            ": string {\n  return `<p>Gentile Dr. ${doctorName}, non approvata.</p>\n"
            "  ${reason ? `<p>Nota: ${reason}</p>` : ''}`;\n}\n"
        ),
        f"{MEDHUBB_ROUTES}/reject/route.ts": (
            '        subject: "Esito",\n        html: getRejectionEmailTemplate(`x`, reason)\n'
        ),
        f"{MEDHUBB_ROUTES}/approve/route.ts": (
            '        subject: "Approvata",\n        html: getApprovalEmailTemplate(`x`)\n'
        ),
    }
    _write_files(base, files)
    return Snapshot(root)


def test_medhubb_sends_the_refusal_with_and_without_a_note(tmp_path: Path) -> None:
    """Two refusals of a doctor's registration (``not_a_job``), the reviewer's note only in the
    second, and the approval; subjects from the routes, HTML only from the no-reply sender."""
    specs = list(medhubb(_medhubb_snapshot(tmp_path)))
    assert [s.category for s in specs] == ["not_a_job", "not_a_job", "other"]
    plain, noted, approved = specs
    assert plain.subject == "Esito" and approved.subject == "Approvata"
    assert "Gentile Dr. Robin Berger, non approvata." in plain.text
    assert "Nota:" not in plain.text and "Nota: Il numero di iscrizione" in noted.text
    assert all(s.sender == ("Equipe Esempio", "noreply@esempio.it") and s.noreply for s in specs)
    assert not any(s.rejection for s in specs)


def _kommunity_snapshot(root: Path, extra: str = "") -> Snapshot:
    base = root / KOMMUNITY.replace("/", "+")
    first = "{{ __('application.mail_rejected_greeting', ['name' => explode(' ', trim($application->name))[0]]) }}"
    files = {
        KOMMUNITY_CATALOGUE: (
            "<?php\nreturn [\n    'mail_received_subject' => 'Ricevuta',\n"
            "    'mail_received_line1' => 'L\\'abbiamo ricevuta, :name.',\n"
            "    'mail_rejected_subject' => 'Esito',\n"
            "    'mail_rejected_greeting' => 'Ciao :name,',\n"
            "    'mail_rejected_line1' => 'Non ti accogliamo.',\n"
            "    'mail_rejected_reason' => 'Nota: :reason',\n];\n"
        ),
        "app/Mail/MembershipApplicationReceivedMail.php": (
            "subject: __('application.mail_received_subject'),"
        ),
        "app/Mail/MembershipRejectedMail.php": "subject: __('application.mail_rejected_subject'),",
        "resources/views/emails/membership-received.blade.php": (
            "<html><body><p>{{ __('application.mail_received_line1', ['name' => "
            "explode(' ', trim($application->name))[0]]) }}</p>\n@if($presenter)\n<p>P</p>\n"
            "@endif\n<p>© {{ date('Y') }}</p></body></html>"
        ),
        "resources/views/emails/membership-rejected.blade.php": (
            f"<html><body><p>{first}</p>\n<p>{{{{ __('application.mail_rejected_line1') }}}}</p>"
            "\n@if($reason)\n<p>{{ __('application.mail_rejected_reason', ['reason' => "
            f"$reason]) }}}}</p>\n@endif{extra}\n</body></html>"
        ),
    }
    _write_files(base, files)
    return Snapshot(root)


def test_kommunity_reads_the_catalogue_and_the_reason_branch(tmp_path: Path) -> None:
    """The receipt and the two refusals (``not_a_job``) from the Italian catalogue, the first
    name filled, the team's note only in the second refusal, subjects from the envelopes; an
    unknown catalogue key raises."""
    specs = list(kommunity(_kommunity_snapshot(tmp_path)))
    assert [s.category for s in specs] == ["other", "not_a_job", "not_a_job"]
    receipt, plain, noted = specs
    assert receipt.subject == "Ricevuta" and "L'abbiamo ricevuta, Robin." in receipt.text
    assert "<p>P</p>" not in (receipt.html or "") and "© 2025" in receipt.text
    assert plain.subject == "Esito" and "Ciao Robin," in plain.text and "Nota:" not in plain.text
    assert "Nota: Per il tuo settore" in noted.text
    assert all(s.sender == KOMMUNITY_SENDER and s.noreply for s in specs)
    with pytest.raises(ValueError):
        list(kommunity(_kommunity_snapshot(tmp_path / "b", " {{ __('application.mail_x') }}")))


def _cristal_snapshot(root: Path, key: str = "envio-email.assunto.message") -> Snapshot:
    base = root / CRISTAL.replace("/", "+")
    files = {
        f"{CRISTAL_DIR}/dto/OpcaoCandidato.java": (
            'public enum OpcaoCandidato {\n    ACEITAR("Entrou!"),\n    RECUSAR("Não " +\n'
            '            "seguimos.");\n'
        ),
        f"{CRISTAL_DIR}/EmailRetorno.java": (
            f'    @Value("${{{key}}}")\n    private String ASSUNTO;\n'
        ),
    }
    _write_files(base, files)
    props = base / CRISTAL_PROPERTIES
    props.parent.mkdir(parents=True, exist_ok=True)
    props.write_bytes(
        'retorno-email.from: "academia@exemplo.com"\n'
        'envio-email.criacaoturma.message: "Convite à turma"\n'
        'envio-email.assunto.message: "Criação de turma"\n'.encode("latin-1")
    )
    return Snapshot(root)


def test_cristal_reads_the_enum_and_the_latin1_properties(tmp_path: Path) -> None:
    """The refusal twice (``not_a_job``) and the acceptance from the enum's concatenated
    literals, the invitation from the properties (Latin-1, quotes dropped), every mail under
    the properties' subject; an unknown subject property raises."""
    specs = list(cristal(_cristal_snapshot(tmp_path)))
    assert [s.category for s in specs] == ["not_a_job", "not_a_job", "other", "other"]
    assert [s.text for s in specs] == [
        "Não seguimos.",
        "Não seguimos.",
        "Entrou!",
        "Convite à turma",
    ]
    assert all(s.subject == "Criação de turma" for s in specs)
    assert all(s.sender == ("", "academia@exemplo.com") and not s.rejection for s in specs)
    with pytest.raises(KeyError):
        list(cristal(_cristal_snapshot(tmp_path / "b", key="envio-email.outro")))


def test_posmec_picks_the_result_word_and_fills_the_literal(tmp_path: Path) -> None:
    """The result mail refused twice (``not_a_job``, two places) and approved, then the
    registration's confirmation, each from its method's literals; an unknown ``${...}`` raises."""

    def snapshot(root: Path, extra: str = "") -> Snapshot:
        source = (
            "module.exports = {\n"
            "  ConfirmateAccessAndChangePassword(to, firstname, password) {\n"
            "    const content = `Oi ${firstname}: ${password}.`;\n"
            "    const subject = 'Cadastro';\n    return Email.sendEmail(x);\n  },\n"
            "  SelectiveProcessResult(to, firstname, result, position) {\n"
            "    const confirmation = result ? 'Aprovado' : 'Reprovado';\n"
            f"    const content = `${{firstname}}: ${{confirmation}}, ${{position}}º.{extra}`;\n"
            "    const subject = 'Resultado';\n    return Email.sendEmail(x);\n  },\n};\n"
        )
        _write_files(root / POSMEC.replace("/", "+"), {POSMEC_PATH: source})
        return Snapshot(root)

    specs = list(posmec(snapshot(tmp_path)))
    assert [s.category for s in specs] == ["not_a_job", "not_a_job", "other", "other"]
    assert [s.text.strip() for s in specs[:3]] == [
        "Robin Berger: Reprovado, 17º.",
        "Robin Berger: Reprovado, 23º.",
        "Robin Berger: Aprovado, 3º.",
    ]
    assert specs[3].subject == "Cadastro" and not any(s.rejection for s in specs)
    with pytest.raises(ValueError):
        list(posmec(snapshot(tmp_path / "b", " ${nota}")))


def test_stafotos_reads_each_case_and_the_feedback_block(tmp_path: Path) -> None:
    """The receipt, the approval and two refusals (the feedback block only in the second), each
    case's subject and literal; HTML only from the Resend sender; an unknown ``${...}`` raises."""

    def snapshot(root: Path, extra: str = "") -> Snapshot:
        source = (
            "    switch (status) {\n      case 'submitted':\n        subject = 'Recebida'\n"
            "        htmlContent = `<p>Olá, ${name}!</p>`\n        break\n"
            "      case 'approved':\n        subject = 'Aprovada'\n"
            "        htmlContent = `<a href=\"${Deno.env.get('SITE_URL') || "
            "'https://photo-arena.com'}/painel\">${name}</a>`\n        break\n"
            "      case 'rejected':\n        subject = 'Atualização'\n"
            f"        htmlContent = `<p>Não seguimos, ${{name}}.{extra}</p>\n"
            "          ${rejectionReason ? `<p>Nota: ${rejectionReason}</p>` : ''}`\n"
            "        break\n    }\n        from: 'Fotos Exemplo <noreply@exemplo.com>',\n"
        )
        _write_files(root / STAFOTOS.replace("/", "+"), {STAFOTOS_PATH: source})
        return Snapshot(root)

    specs = list(stafotos(snapshot(tmp_path)))
    assert [s.category for s in specs] == ["acknowledgement", "other", "rejection", "rejection"]
    assert "https://photo-arena.com/painel" in (specs[1].html or "")
    plain, noted = specs[2], specs[3]
    assert "Não seguimos, Robin Berger." in plain.text and "Nota:" not in plain.text
    assert "Nota: As fotos do seu portfólio" in noted.text
    assert all(s.company == "STA Fotos" and s.subject == "Atualização" for s in (plain, noted))
    assert all(s.sender == ("Fotos Exemplo", "noreply@exemplo.com") and s.noreply for s in specs)
    with pytest.raises(ValueError):
        list(stafotos(snapshot(tmp_path / "b", " ${portfolio}")))
