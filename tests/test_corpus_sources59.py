"""Session 41's sources59 recipes (issue 11): their readers on our own wording in stand-in
text (a TypeScript status switch, a nested PHP language file, a MailMessage chain, an SQL seed
with PostgreSQL's E'' strings, the ``[key]`` fill), a changed mailer stopping a recipe, their
labels and shape on the real snapshots (skipped where they lack the source), and the pins."""

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
from corpuslib.sources_suites59 import (  # noqa: E402
    CAREERK,
    CAREERK_MAILS,
    CAREERK_PROCESSOR_PATH,
    CAREERK_SERVICE_PATH,
    CAREERK_TEMPLATES_PATH,
    RECRUIT,
    RECRUIT_MAILS,
    SELEKTOR,
    SELEKTOR_FILL_PATH,
    SELEKTOR_MAILS,
    SELEKTOR_SEED_PATH,
    careerk,
    careerk_message,
    careerk_status_label,
    careerk_theme,
    php_array,
    recruit,
    recruit_calls,
    recruit_value,
    selektor,
    selektor_fill,
    selektor_seed,
)

TS_CLASS = """export class T {
  getApplicationStatusMessage(status: S): string {
    switch (status) {
      case ApplicationStatusEnum.OPEN:
        return 'Still open.';
      case ApplicationStatusEnum.NO:
        return 'We won\\'t go on.';
      default:
        return 'Something changed.';
    }
  }

  private getApplicationStatusTheme(status: S) {
    switch (status) {
      case ApplicationStatusEnum.NO:
      case ApplicationStatusEnum.GONE:
        return {
          headerStart: '#111111',
        };
      default:
        return {
          headerStart: '#222222',
        };
    }
  }
}
"""


def test_careerk_status_words_and_switches() -> None:
    """The label as the board formats it; each status's sentence and colours, shared
    ``case`` labels and the ``default`` block included."""
    assert careerk_status_label("INTERVIEW_SCHEDULED") == "Interview Scheduled"
    assert careerk_status_label("REJECTED") == "Rejected"
    assert careerk_message(TS_CLASS, "NO") == "We won't go on."
    assert careerk_message(TS_CLASS, "ELSE") == "Something changed."
    assert careerk_theme(TS_CLASS, "GONE") == {"theme.headerStart": "#111111"}
    assert careerk_theme(TS_CLASS, "OPEN") == {"theme.headerStart": "#222222"}


def test_a_careerk_status_mail_that_gains_the_company_stops_the_recipe(tmp_path: Path) -> None:
    """A service that now passes the company's name: the recipe raises (its labels say the
    mail names no company)."""
    _write(tmp_path, CAREERK, CAREERK_TEMPLATES_PATH, TS_CLASS)
    _write(tmp_path, CAREERK, CAREERK_PROCESSOR_PATH, "job.data.firstName,\n")
    service = (
        "  async sendEmail(options: O) {\n    html: options.html,\n    text: options.text,\n  }\n"
        "  async sendApplicationStatusUpdateEmail(to: string) {\n"
        "    userName: jobSeekerName,\n    companyName: name,\n  }\n"
    )
    _write(tmp_path, CAREERK, CAREERK_SERVICE_PATH, service)
    with pytest.raises(ValueError, match="arguments changed"):
        list(careerk(Snapshot(tmp_path)))


def test_php_array_reads_nested_language_files() -> None:
    """Nested ``array (...)`` and ``[...]`` as dotted keys, escapes read, a key of the same
    name in two groups kept apart."""
    source = (
        "<?php\n\nreturn array (\n  'hello' => 'Olá',\n  'a' => \n  array (\n"
        "    'subject' => 'Estado d\\'ontem',\n  ),\n  'b' => [\n    'subject' => 'Outro',\n"
        "    'c' => array ('d' => 'fundo'),\n  ],\n  'after' => 'fim',\n);\n"
    )
    assert php_array(source) == {
        "hello": "Olá",
        "a.subject": "Estado d'ontem",
        "b.subject": "Outro",
        "b.c.d": "fundo",
        "after": "fim",
    }
    with pytest.raises(ValueError):
        php_array("<?php\nreturn array ();\n")


def test_recruit_values_and_mail_chain() -> None:
    """Literals, ``__()`` strings and known expressions joined by dots with or without spaces
    (a dot inside a string or ``->`` kept); an unknown term raises; the chain's calls in
    order, an action split into its label and address."""
    lang = {"email.hello": "Olá", "email.x.subject": "Assunto", "email.view": "Ver"}
    values = {"ucwords($n->full_name)": "Robin Berger", "route('o', $a->code)": "https://x/o/1"}
    assert recruit_value("__('email.hello').' ' . ucwords($n->full_name) . '!'", lang, values) == (
        "Olá Robin Berger!"
    )
    assert recruit_value("'a. b' . 'c'", lang, values) == "a. bc"
    with pytest.raises(ValueError):
        recruit_value("__('email.hello') . $other", lang, values)
    with pytest.raises(ValueError):
        recruit_value("__('email.missing')", lang, values)
    source = (
        "    public function toMail($notifiable)\n    {\n        return (new MailMessage)\n"
        "            ->subject(__('email.x.subject'))\n"
        "            ->greeting(__('email.hello').' ' . ucwords($n->full_name) . '!')\n"
        "            ->action(__('email.view'), route('o', $a->code))\n"
        "            ->line('Fim');\n    }\n"
    )
    assert recruit_calls(source, lang, values) == [
        ("subject", ["Assunto"]),
        ("greeting", ["Olá Robin Berger!"]),
        ("action", ["Ver", "https://x/o/1"]),
        ("line", ["Fim"]),
    ]
    with pytest.raises(ValueError, match="unsupported"):
        recruit_calls(source.replace("->line('Fim')", "->markdown('x')"), lang, values)


SEED = """INSERT INTO s.companies (id, name, slug, brand_color, email) VALUES
  ('c1', 'Arepas Ltda', 'arepas', '#000', 'hola@arepas.example')
ON CONFLICT (id) DO NOTHING;

INSERT INTO s.jobs (id, company_id, title, status) VALUES
  ('j1', 'c1',
   'Mesero — Centro', 'active'),
  ('j2', 'c1', 'Cocinero', 'active')
ON CONFLICT (id) DO NOTHING;

INSERT INTO s.email_templates (company_id, template_key, name, subject, body) VALUES
  ('c1', 'no', 'No sigue',
   'Sobre [cargo]',
   E'Hola [nombre],\\n\\nNo seguimos en [empresa]. Es d''otro modo.'),
  ('c1', 'yes', 'Sigue', 'Bien', E'Hola [nombre]')
ON CONFLICT (company_id, template_key) DO NOTHING;
"""


def test_selektor_seed_and_fill() -> None:
    """The seed's company and address, job titles and templates (E'' line breaks and doubled
    quotes read); ``fill`` replaces the keys it is given and leaves any other."""
    sql = SEED.replace("s.companies", "selektor.companies").replace("s.jobs", "selektor.jobs")
    sql = sql.replace("s.email_templates", "selektor.email_templates")
    (company, address), jobs, templates = selektor_seed(sql)
    assert (company, address) == ("Arepas Ltda", "hola@arepas.example")
    assert jobs == ["Mesero — Centro", "Cocinero"]
    assert templates["no"] == (
        "Sobre [cargo]",
        "Hola [nombre],\n\nNo seguimos en [empresa]. Es d'otro modo.",
    )
    assert (
        selektor_fill("Hola [nombre] de [ciudad]", {"nombre": "Robin"}) == "Hola Robin de [ciudad]"
    )


def test_a_changed_fill_stops_selektor(tmp_path: Path) -> None:
    """A ``fill`` that no longer replaces ``[key]`` as written: the recipe raises."""
    _write(tmp_path, SELEKTOR, SELEKTOR_FILL_PATH, "export const fill = (t) => t;\n")
    _write(tmp_path, SELEKTOR, SELEKTOR_SEED_PATH, SEED)
    with pytest.raises(ValueError, match="fill changed"):
        list(selektor(Snapshot(tmp_path)))


def test_careerk_on_the_real_snapshot() -> None:
    """The pinned board: one status mail a status, the refusal twice, each naming "a company"
    and no job, HTML only, every expression filled."""
    specs = list(careerk(_real(CAREERK)))
    assert [s.category for s in specs] == [c for _, c in CAREERK_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    for s in refusals:
        assert s.subject == "Application Status Updated: Rejected - CareerK"
        assert "decided not to move forward with your application" in s.text
        assert (s.company, s.role, s.stage) == ("n/a", "n/a", "application")
    for s in specs:
        assert s.fmt == "html_only" and "${" not in (s.html or "")
        assert "a company has updated the status of your application on CareerK" in s.text
        assert "Hi Robin," in s.text


def test_recruit_on_the_real_snapshot() -> None:
    """The pinned tracker: Portuguese status mails whose refusal is the stored English
    "Rejected", the interview and the offer; Laravel's frame untranslated."""
    specs = list(recruit(_real(RECRUIT)))
    assert [s.category for s in specs] == [c for _, _, c in RECRUIT_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    for s in refusals:
        assert s.subject == "O estado foi actualizado."
        assert "Agora o seu estado é - Rejected" in s.text
        assert f"O seu estado foi atualizado para o emprego. - {s.role}" in s.text
        assert s.company == "Tecnoforma" and s.stage == "application"
    assert "Cmeçar - Mar 12, 2026 10:30 am" in specs[2].text  # the source's word
    assert 'If you’re having trouble clicking the "Ver Oferta de Emprego"' in specs[-1].text
    for s in specs:
        assert s.text.startswith("Tecnoforma\n\nOlá Robin Berger!") and "Regards," in s.text


def test_selektor_on_the_real_snapshot() -> None:
    """The pinned seed: seven templates for the burger chain's two posts, the refusal and the
    post filled twice each, plain text with every placeholder filled."""
    specs = list(selektor(_real(SELEKTOR)))
    assert [s.category for s in specs] == [c for _, _, c in SELEKTOR_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert [s.subject for s in refusals] == [
        "Actualización sobre tu postulación",
        "Actualización sobre tu postulación",
        "Cierre del proceso de selección para Cajero — Sede Laureles",
        "Cierre del proceso de selección para Community Manager",
    ]
    assert all("La vacante ha sido cubierta." in s.text for s in refusals[2:])
    for s in specs:
        assert s.company == "PingPong Burger" or s.company == "n/a"
        assert s.sender == ("PingPong Burger", "seleccion@pingpongburger.co")
        assert s.text.startswith("Hola Robin,\n\n") and "[" not in s.text + s.subject
    assert {s.role for s in refusals} == {"Cajero — Sede Laureles", "Community Manager"}


def test_sources59_units_are_pinned_where_the_split_rule_put_them() -> None:
    """The rule put careerk (English) and selektor (Spanish) in dev, recruit (Portuguese)
    in test."""
    parts = pinned_parts()
    assert parts["careerk/en"] == "dev"
    assert parts["selektor/es"] == "dev"
    assert parts["recruit/pt"] == "test"
