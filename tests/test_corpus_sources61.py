"""Session 41's sources61 recipes (issue 11): their readers on our own wording in stand-in
text (a Deno Edge Function posting one mail to Resend: its sender, subject and HTML template
literals; a TypeScript object of arrow functions returning a subject and an HTML literal; a
JavaScript copy object of subjects and paragraph lists per locale and stage), a
changed sender or mail shape stopping a recipe, their labels and shape on the real
snapshots (skipped where they lack the source), and the pins."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import pinned_parts  # noqa: E402
from corpus_helpers import real_snapshot as _real  # noqa: E402
from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites61 import (  # noqa: E402
    AURA,
    AURA_MAILS,
    FROGS,
    FROGS_MAILS,
    FROGS_TEMPLATES_PATH,
    USABIT,
    USABIT_CANCELED_PATH,
    USABIT_MAILS,
    USABIT_REOPENED_PATH,
    USABIT_THANKYOU_PATH,
    aura,
    aura_templates,
    frogs,
    frogs_copy,
    frogs_escape,
    usabit,
    usabit_parts,
)

FUNCTION = """const LOGO = 'abc';
serve(async (req) => {
    const candidateFirstName = candidateName.split(' ')[0];

    const html = `
<p>Oi, ${candidateFirstName}! A vaga ${jobTitle} mudou: `entre aspas` não.</p>
    `;

    const res = await fetch('https://api.resend.com/emails', {
      body: JSON.stringify({
        from: 'Gente Boa <avisos@exemplo.com.br>',
        to: [candidateEmail],
        subject: `Sobre a vaga ${jobTitle}`,
        html,
        attachments: [],
      }),
    });
});
""".replace("`entre aspas`", "\\`entre aspas\\`")


def test_usabit_parts_read_the_sender_subject_and_html() -> None:
    """The sender's string, the subject's and the HTML's template literals (an escaped
    backtick kept inside); a function greeting another name or sending text raises."""
    sender, subject, html = usabit_parts(FUNCTION)
    assert sender == "Gente Boa <avisos@exemplo.com.br>"
    assert subject == "Sobre a vaga ${jobTitle}"
    assert "Oi, ${candidateFirstName}! A vaga ${jobTitle} mudou: \\`entre aspas\\` não." in html
    with pytest.raises(ValueError, match="greeting"):
        usabit_parts(FUNCTION.replace(".split(' ')[0]", ""))
    with pytest.raises(ValueError, match="no longer html"):
        usabit_parts(FUNCTION.replace("        html,\n", "        text: html,\n"))


def test_a_changed_sender_stops_usabit(tmp_path: Path) -> None:
    """Every function in place but another sender: the recipe raises."""
    for path in (USABIT_THANKYOU_PATH, USABIT_CANCELED_PATH, USABIT_REOPENED_PATH):
        _write(tmp_path, USABIT, path, FUNCTION)
    with pytest.raises(ValueError, match="sender changed"):
        list(usabit(Snapshot(tmp_path)))


TEMPLATES = """interface D {
  nome: string
}

export const emailTemplates = {
  primeiro: (data: D) => ({
    subject: `Olá - ${data.vagaTitulo}`,
    html: `
      <p>Olá ${data.nome}, ${data.extra ? `com ${data.extra}` : ''} fim.</p>
    `
  }),

  segundo: (data: D) => ({
    subject: `Segundo`,
    html: `<p>Dois</p>`
  })
}"""


def test_aura_templates_read_each_arrow_function() -> None:
    """Each template's subject and HTML literals (a nested literal kept inside); a template
    whose HTML does not follow its subject raises; no template raises."""
    templates = aura_templates(TEMPLATES)
    assert templates["segundo"] == ("Segundo", "<p>Dois</p>")
    subject, html = templates["primeiro"]
    assert subject == "Olá - ${data.vagaTitulo}"
    assert "${data.extra ? `com ${data.extra}` : ''} fim." in html
    with pytest.raises(ValueError, match="no html"):
        aura_templates(TEMPLATES.replace("`Segundo`,\n    html:", "`Segundo`,\n    text:"))
    with pytest.raises(ValueError, match="no templates"):
        aura_templates("export const emailTemplates = {}\n")


COPY = """const COPY = {
  en: {
    portalLink: "See",
    signoff: "Us",
    NO: {
      subject: (job) => `Sorry about ${job}`,
      paragraphs: (name, job) => [
        `Hi ${name},`,
      ],
    },
  },
  es: {
    portalLink: "Ver aquí",
    signoff: "Nosotros",
    NO: {
      subject: (job) => `Lo siento: ${job}`,
      paragraphs: (name, job) => [
        `Hola ${name}:`,
        // un comentario, `con comillas`
        // y otro
        `Primero, ${job}.`,
        `Segundo`
      ],
    },
  },
};
"""


def test_frogs_copy_reads_a_locale_pack() -> None:
    """The locale's strings and each stage's subject and paragraphs, comments between the
    paragraphs skipped, the last one without a comma; the other locale left out; a source
    without the locale raises."""
    strings, stages = frogs_copy(COPY, "es")
    assert strings == {"portalLink": "Ver aquí", "signoff": "Nosotros"}
    assert stages == {
        "NO": ("Lo siento: ${job}", ["Hola ${name}:", "Primero, ${job}.", "Segundo"]),
    }
    assert frogs_copy(COPY, "en")[1]["NO"] == ("Sorry about ${job}", ["Hi ${name},"])
    with pytest.raises(ValueError):
        frogs_copy(COPY, "pt")
    assert frogs_escape('a & "b" <c>') == "a &amp; &quot;b&quot; &lt;c&gt;"


def test_a_changed_renderer_stops_frogs(tmp_path: Path) -> None:
    """A copy file whose renderer builds the text otherwise: the recipe raises."""
    _write(tmp_path, FROGS, FROGS_TEMPLATES_PATH, COPY)
    with pytest.raises(ValueError, match="candidateStageEmail changed"):
        list(frogs(Snapshot(tmp_path)))


def test_usabit_on_the_real_snapshot() -> None:
    """The saved functions: the thank-you refusal and the cancelled post for two posts each,
    the reopened post under the cancelled notice's subject; the first name, the post, HTML
    only from the no-reply sender."""
    specs = list(usabit(_real(USABIT)))
    assert [s.category for s in specs] == [c for _, _, c in USABIT_MAILS]
    thanks, thanks2, cancelled, cancelled2, reopened = specs
    for s in (thanks, thanks2):
        assert s.subject == f"Retorno do Processo Seletivo - {s.role}"
        assert "optamos por seguir com outro candidato que apresentou maior aderência" in s.text
    for s in (cancelled, cancelled2):
        assert s.subject == f"Atualização sobre a vaga de {s.role}"
        assert "esta oportunidade foi cancelada e o processo seletivo foi encerrado" in s.text
    assert reopened.subject == cancelled2.subject
    assert "foi reativado e gostaríamos de saber se você ainda tem interesse" in reopened.text
    for s in specs:
        assert s.fmt == "html_only" and "${" not in (s.html or "")
        assert "Olá, Robin!" in s.text and s.sender == ("Usabit people", "noreply@space.pro.br")
        if s.rejection:
            assert (s.company, s.stage) == ("Usabit people", "application")


def test_aura_on_the_real_snapshot() -> None:
    """The saved templates: the confirmation, the AI approval, the AI refusal for two posts,
    the full name and the post, HTML only, every placeholder filled."""
    specs = list(aura(_real(AURA)))
    assert [s.category for s in specs] == [c for _, _, c in AURA_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert [s.role for s in refusals] == ["Desenvolvedor Python Pleno", "Analista de Produto"]
    for s in refusals:
        assert s.subject == f"Processo Seletivo - {s.role}"
        assert "infelizmente, não poderemos prosseguir com sua candidatura neste momento" in s.text
        assert (s.company, s.stage) == ("Aura", "application")
    assert specs[1].subject == "🎉 Parabéns! Você foi aprovado - Analista de Dados Júnior"
    for s in specs:
        assert s.fmt == "html_only" and "${" not in (s.html or "")
        assert "Olá Robin Berger," in s.text and s.sender[0] == "AutoU"


def test_frogs_on_the_real_snapshot() -> None:
    """The saved copy: each Spanish stage once, the refusal twice (two posts), the text as
    the renderer joins it (paragraphs, the portal, the sign-off), the HTML paragraphs."""
    specs = list(frogs(_real(FROGS)))
    assert [s.category for s in specs] == [c for _, _, c in FROGS_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert [s.role for s in refusals] == ["Analista de Nómina", "Coordinador de Turnos"]
    for s in refusals:
        assert s.subject == f"Novedades sobre tu postulación para {s.role}"
        assert s.text.startswith(
            "Hola Robin:\n\nGracias por tu postulación. Tras revisar tu perfil, hemos decidido "
            "no continuar con tu candidatura para esta vacante."
        )
        assert s.text.endswith(
            "aquí:\n\n\n\nhttps://portal.frogsatwork.test/applications\n\n\n\n— FrogsAtWorkHR"
        )
        assert (s.company, s.stage) == ("FrogsAtWorkHR", "application")
    assert specs[-1].subject == specs[4].subject  # the offer stage shares the refusal's subject
    for s in specs:
        assert s.fmt == "html" and s.html and s.html.startswith("<p>Hola Robin:</p>")
        assert "${" not in s.text + s.html and s.noreply


def test_sources61_units_are_pinned_where_the_split_rule_put_them() -> None:
    """The rule put usabit (Portuguese) in dev, aura (Portuguese) and frogsatwork (Spanish,
    on main's split after pages68) in test."""
    parts = pinned_parts()
    assert parts["usabit/pt"] == "dev"
    assert parts["aura/pt"] == "test"
    assert parts["frogsatwork/es"] == "test"
