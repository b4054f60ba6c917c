"""Session 34's sources37 recipes (issue 11): their readers on our own wording in stand-in
snapshots (the units' pins are tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites37 import (  # noqa: E402
    ACHANVEAR,
    ACHANVEAR_PATH,
    ACHANVEAR_SCORES,
    BALANCIRK,
    BALANCIRK_CONFIG_PATH,
    BALANCIRK_LANG_PATH,
    CAREDIN,
    CAREDIN_MAILS,
    CAREDIN_PATH,
    VAKANTES,
    VAKANTES_DIR,
    VAKANTES_PROPERTIES_PATH,
    VIBEZ,
    VIBEZ_DIR,
    VIBEZ_MAILS,
    VILLA,
    VILLA_MAILS,
    VILLA_PATH,
    _java_string_vars,
    _java_text_block,
    _js_concat,
    _ts_emails,
    achanvear,
    balancirk,
    caredin,
    vakantes,
    vibez,
    villadovale,
)


def _caredin_source(keys: list[str]) -> str:
    entries = "".join(
        f"  {key}: (to: string, shiftTitle: string) =>\n    sendEmail(\n      to,\n"
        f"      `Over {key}: ${{shiftTitle}}`,\n"
        f'      emailTemplate(`\n        <p>Hoi ${{name.split(" ")[0]}}, {key} voor '
        f"${{shiftTitle}}.</p>\n      `)\n    ),\n\n"
        for key in keys
    )
    return (
        'const FROM = "Zorgplek <noreply@zorgplek.example>";\n\n'
        "function emailTemplate(content: string): string {\n"
        "  return `<html><body><div>${content}</div></body></html>`;\n}\n\n"
        f"export const emails = {{\n{entries}}};\n"
    )


def test_ts_emails_reads_each_entry_subject_and_content_literals() -> None:
    """Each ``key: (...) => sendEmail(to, `subject`, emailTemplate(`content`))`` entry, its
    ``${...}`` left in place, arguments over several lines included."""
    source = _caredin_source(["eerste", "tweede"]).replace(
        "(to: string, shiftTitle: string)", "(\n    to: string,\n    shiftTitle: string,\n  )", 1
    )
    mails = _ts_emails(source)
    assert set(mails) == {"eerste", "tweede"}
    subject, content = mails["tweede"]
    assert subject == "Over tweede: ${shiftTitle}"
    assert '<p>Hoi ${name.split(" ")[0]}, tweede voor ${shiftTitle}.</p>' in content
    with pytest.raises(ValueError):
        _ts_emails("const emails = {};")


def test_caredin_renders_the_worker_mails_in_the_shell(tmp_path: Path) -> None:
    """The content inside the shell's ``${content}``, the subject filled, HTML only from the
    module's sender; the refusal labelled with the platform and the shift; an entry the recipe
    names that the file lacks raises, as does an expression without a value."""
    _write(tmp_path, CAREDIN, CAREDIN_PATH, _caredin_source(list(CAREDIN_MAILS)))
    specs = list(caredin(Snapshot(tmp_path)))
    assert len(specs) == sum(variants for _, variants in CAREDIN_MAILS.values())
    refusal = specs[0]
    assert refusal.category == "rejection" and refusal.rejection
    assert refusal.subject == f"Over applicationRejected: {refusal.role}"
    assert refusal.company == "CaredIn"
    assert refusal.sender == ("Zorgplek", "noreply@zorgplek.example")
    assert refusal.fmt == "html_only" and refusal.html is not None
    assert refusal.html.startswith("<html><body><div>\n        <p>Hoi ")
    assert "${" not in refusal.html and f"applicationRejected voor {refusal.role}." in refusal.text
    assert {s.category for s in specs} == {c for c, _ in CAREDIN_MAILS.values()}
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs if not s.rejection)
    _write(tmp_path, CAREDIN, CAREDIN_PATH, _caredin_source(["applicationRejected"]))
    with pytest.raises(KeyError):
        list(caredin(Snapshot(tmp_path)))
    _write(
        tmp_path,
        CAREDIN,
        CAREDIN_PATH,
        _caredin_source(list(CAREDIN_MAILS)).replace("${shiftTitle}.", "${onbekend}.", 1),
    )
    with pytest.raises(ValueError):
        list(caredin(Snapshot(tmp_path)))


def _balancirk_snapshot(root: Path, waiting_body: str) -> Snapshot:
    config = (
        '<?xml version="1.0" encoding="utf-8"?>\n<config><fieldset name="basic">\n'
        '<field name="email_subject_subscription" default="Les &quot;{lesson_name}&quot;" />\n'
        '<field name="email_body_subscription" default="Dag {member_firstname},&#10;&#10;'
        '{student_firstname} start op {lesson_start_date}.&#10;&#10;{invoice_hint}" />\n'
        '<field name="email_subject_waitinglist" default="Les {lesson_name} - wacht" />\n'
        f'<field name="email_body_waitinglist" default="{waiting_body}" />\n'
        "</fieldset></config>\n"
    )
    ini = (
        'COM_BALANCIRK_SUBSCRIPTION_INVOICE_HINT_BEFORE_START="Factuur rond %s."\n'
        'COM_BALANCIRK_SUBSCRIPTION_INVOICE_HINT_WAITINGLIST="Nog geen factuur."\n'
    )
    _write(root, BALANCIRK, BALANCIRK_CONFIG_PATH, config)
    _write(root, BALANCIRK, BALANCIRK_LANG_PATH, ini)
    return Snapshot(root)


def test_balancirk_renders_the_configured_defaults_as_the_helper_does(tmp_path: Path) -> None:
    """The config's defaults (XML entities read), ``strtr`` of the placeholders, three or more
    line breaks folded to two and the ends trimmed; the waiting list's hint and the start
    date's; a placeholder without a value raises."""
    snap = _balancirk_snapshot(
        tmp_path, "&#10;Dag {member_firstname},&#10;&#10;&#10;&#10;{invoice_hint}&#10;&#10;"
    )
    specs = list(balancirk(snap))
    waiting = [s for s in specs if s.category == "not_a_job"]
    confirmed = [s for s in specs if s.category == "other"]
    assert len(waiting) == 2 and len(confirmed) == 1
    assert waiting[0].subject.startswith("Les ") and waiting[0].subject.endswith(" - wacht")
    first = waiting[0].text.split("\n")[0]
    assert first.startswith("Dag ") and first.endswith(",")
    assert waiting[0].text.endswith(",\n\nNog geen factuur.\n")
    assert "Factuur rond 16/09/2026." in confirmed[0].text
    assert confirmed[0].subject.startswith('Les "')
    assert all(s.sender == ("Circusatelier Balancirk VZW", "info@balancirk.be") for s in specs)
    snap = _balancirk_snapshot(tmp_path, "Dag {ouder}")
    with pytest.raises(ValueError):
        list(balancirk(snap))


def test_vibez_fills_the_blade_echoes_escaped(tmp_path: Path) -> None:
    """Each ``{{ expr }}`` by its exact text, HTML-escaped as Blade does; the Mailable's
    subject; a view with a Blade directive raises rather than render half of it."""
    for view, (mailable, _, _) in VIBEZ_MAILS.items():
        _write(
            tmp_path,
            VIBEZ,
            f"{VIBEZ_DIR}/{view}.blade.php",
            "<html><body><p>Hola, {{ $usuario->nombre }}</p><p>No {{date('Y')}}</p></body></html>",
        )
        _write(
            tmp_path,
            VIBEZ,
            f"app/Mail/{mailable}.php",
            f"new Envelope(\n    subject: 'Asunto {view} d\\'ella',\n);",
        )
    specs = list(vibez(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["not_a_job", "not_a_job", "other"]
    assert specs[0].subject == "Asunto rechazo d'ella"
    assert specs[0].html is not None and "<p>No 2026</p>" in specs[0].html
    assert "Hola, Sonora Eventos SL" in specs[0].text
    assert "Catering Mediterr" in specs[2].text
    _write(
        tmp_path,
        VIBEZ,
        f"{VIBEZ_DIR}/rechazo.blade.php",
        "<p>{{ $usuario->nombre }}</p>\n@if($x)\n<p>si</p>\n@endif\n",
    )
    with pytest.raises(ValueError):
        list(vibez(Snapshot(tmp_path)))


def test_js_concat_joins_a_keys_literals_and_no_other_key() -> None:
    """``key: 'a' + 'b'`` joined and unescaped; a longer key sharing the name (``naoPassou``,
    ``passouDireto``) is not taken for it; a missing key raises."""
    block = (
        "\n    naoPassou: 'Não.',\n    passouDireto: 'Direto.',\n"
        "    passou: 'Olá {{nome}}, '+\n    '\\nfoi d\\'ela.',\n"
    )
    assert _js_concat(block, "passou") == "Olá {{nome}}, \nfoi d'ela."
    assert _js_concat(block, "passouDireto") == "Direto."
    assert _js_concat(block, "naoPassou") == "Não."
    with pytest.raises(KeyError):
        _js_concat(block, "assuntoPassou")


def test_villadovale_mails_each_phase_message_under_its_subject(tmp_path: Path) -> None:
    """The pairs the admin pages mail: a phase's subject over its message (phase 3's direct
    invitation under phase 2's subject), ``{{nome}}`` the owner's name, the refusals labelled
    with the hotel; a placeholder the recipe does not know raises."""
    phases = "".join(
        f"  {phase}: {{\n    assuntoPassou:'Sim {phase}',\n    passou: 'Olá {{{{nome}}}}, sim '+\n"
        f"    '{phase}.',\n    assuntoNaoPassou:'Não {phase}',\n    naoPassou: 'Olá {{{{nome}}}}, "
        f"não {phase}.',\n    passouDireto: 'Direto {phase}.'\n  }},\n"
        for phase in ("fase1", "fase2", "fase3")
    )
    _write(tmp_path, VILLA, VILLA_PATH, f"export default {{\n{phases}}}")
    specs = list(villadovale(Snapshot(tmp_path)))
    assert len(specs) == len(VILLA_MAILS)
    assert [(s.subject, s.text) for s in specs[3:5]] == [
        ("Sim fase2", "Direto fase3.\n"),
        ("Não fase2", "Olá Robin Berger, não fase2.\n"),
    ]
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 3 and {s.company for s in refusals} == {"Villa do Vale"}
    assert {s.stage for s in refusals} == {"application"}
    _write(tmp_path, VILLA, VILLA_PATH, f"export default {{\n{phases.replace('nome', 'cargo')}}}")
    with pytest.raises(ValueError):
        list(villadovale(Snapshot(tmp_path)))


def test_java_string_vars_read_in_order_past_semicolons_in_literals() -> None:
    """Each ``String name = ...;`` in order, a ``;`` inside a literal kept in the expression."""
    body = 'int x = 1;\n    String a = "um; dois" +\n        nome;\n    String b = "tr\\"ês";\n'
    assert _java_string_vars(body) == [("a", '"um; dois" +\n        nome'), ("b", '"tr\\"ês"')]


def _vakantes_snapshot(root: Path, results: str) -> Snapshot:
    _write(root, VAKANTES, VAKANTES_PROPERTIES_PATH, "spring.mail.username=vagas@example.org\n")
    _write(
        root,
        VAKANTES,
        f"{VAKANTES_DIR}/EmailService.java",
        "public void enviarEmailAgendamentoEntrevista(Candidato c, String dataHora) {\n"
        '    m.setSubject("Entrevista");\n'
        '    m.setText("Oi " + candidato.getNomeCandidato() + ", vaga " + vaga.getNome() + '
        '" em " + LocalDateTime.parse(dataHora).format(DateTimeFormatter.ofPattern('
        '"dd/MM/yyyy HH:mm")) + "\\n" +\n'
        "        (observacoes != null && !observacoes.isEmpty() ? "
        '"Nota: " + observacoes + "\\n" : "") + "Fim");\n'
        "    try {\n        send(m);\n    } catch (MailException e) {\n    }\n}\n",
    )
    _write(
        root,
        VAKANTES,
        f"{VAKANTES_DIR}/EntrevistaService.java",
        f"public void realizarEntrevista(Long id, String status, String observacoes) {{\n{results}}}\n",
    )
    return Snapshot(root)


def test_vakantes_reads_the_interview_and_the_result_mails(tmp_path: Path) -> None:
    """The interview mail with and without the remark (its time the formatting expression's
    value); the result method's subject and body variables in order: the refusal after the
    interview (once per remark: its body has one), the others' refusal, the selected one's mail; the agency's
    account as sender; a result method assigning other variables raises."""
    results = (
        '    String assunto = "Resultado";\n'
        '    String corpo = "Não, " + candidatura.getCandidato().getNomeCandidato() + ": " + '
        "observacoes;\n"
        '    String assuntoReprovado = "Resultado";\n'
        '    String corpoReprovado = "Não; outra vaga " + vaga.getNome();\n'
        '    String assunto = "Sim";\n'
        '    String corpo = "Sim " + candidatura.getVaga().getNome();\n'
    )
    specs = list(vakantes(_vakantes_snapshot(tmp_path, results)))
    assert [(s.category, s.stage) for s in specs] == [
        ("interview_invitation", "n/a"),
        ("interview_invitation", "n/a"),
        ("rejection", "application"),
        ("rejection", "application"),
        ("rejection", "application"),
        ("offer", "n/a"),
    ]
    assert (
        specs[0].text.startswith("Oi Robin Berger, vaga ")
        and " em 21/07/2025 14:00\nNota: " in specs[0].text
    )
    assert "Nota" not in specs[1].text and specs[1].text.endswith("\nFim\n")
    assert specs[2].text != specs[3].text and specs[2].text.startswith("Não, Robin Berger: ")
    assert specs[4].text == f"Não; outra vaga {specs[4].role}\n" and specs[4].company == "Vakantes"
    assert all(s.sender == ("Vakantes", "vagas@example.org") for s in specs)
    with pytest.raises(ValueError):
        list(vakantes(_vakantes_snapshot(tmp_path, results.replace("assuntoReprovado", "titulo"))))


def test_java_text_block_dedents_as_java_does() -> None:
    """The least indentation of the content and the closing line removed, trailing spaces
    dropped, a newline at the end; the ``.formatted`` arguments listed; none raises."""
    source = (
        '    String htmlContent = """\n'
        "            <p>%s</p>  \n"
        "              <b>%.1f</b>\n"
        '            """.formatted(name, event.score());\n'
    )
    text, args = _java_text_block(source)
    assert text == "<p>%s</p>\n  <b>%.1f</b>\n"
    assert args == ["name", "event.score()"]
    with pytest.raises(ValueError):
        _java_text_block('String htmlContent = "x";')


def test_achanvear_formats_the_refusal_as_sendrejectedemail(tmp_path: Path) -> None:
    """The subject's concatenation with the title, the block formatted with the owner's name,
    the title and the score (``%.1f``), HTML only; other ``.formatted`` arguments raise."""
    method = (
        'String subject = "Sobre " + jobTitle + " - X";\n'
        '        String htmlContent = """\n'
        "                <p>Hola %s, %s: %.1f</p>\n"
        '                """.formatted(name, jobTitle, event.score());\n'
    )
    _write(tmp_path, ACHANVEAR, ACHANVEAR_PATH, method)
    specs = list(achanvear(Snapshot(tmp_path)))
    assert len(specs) == len(ACHANVEAR_SCORES)
    first = specs[0]
    assert first.subject == f"Sobre {first.role} - X" and first.company == "Achanvear"
    assert first.html == f"<p>Hola Robin Berger, {first.role}: {ACHANVEAR_SCORES[0]:.1f}</p>\n"
    assert first.fmt == "html_only" and first.rejection
    _write(tmp_path, ACHANVEAR, ACHANVEAR_PATH, method.replace("event.score()", "nota"))
    with pytest.raises(ValueError):
        list(achanvear(Snapshot(tmp_path)))
