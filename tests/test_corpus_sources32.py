"""Session 33's sources32 recipes (issue 11): their readers on our own wording, and their
units pinned where the split rule put them."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpuslib.sources_suites32 import (  # noqa: E402
    _apps_script_mails,
    _pow_html,
    _pow_sender,
    _sql_email_templates,
    _sql_literal,
)


def _build() -> object:
    loader = importlib.machinery.SourceFileLoader("bench_build_corpus", str(BENCH / "build-corpus"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_sql_literals_unescape_as_postgres_reads_them() -> None:
    """``E'...'`` takes backslash escapes and doubled quotes; ``'...'`` only doubled quotes."""
    assert _sql_literal(r"E'Hola,\n\nno; it''s \'x\''") == "Hola,\n\nno; it's 'x'"
    assert _sql_literal(r"'a\nb ''c'''") == r"a\nb 'c'"


def test_email_templates_follow_the_migrations_in_order() -> None:
    """Rows are added; on a key already there ``DO NOTHING`` keeps the row, ``DO UPDATE SET``
    takes only the columns it names; an ``UPDATE`` changes one column of one row; the index
    is the source that last set the subject or body. A semicolon inside a string does not end
    the statement; a file without a statement, a row of the wrong width and an unknown
    conflict clause raise."""
    first = (
        "INSERT INTO public.email_templates (template_key, subject, body, description) VALUES\n"
        "(\n  'no',\n  'Sobre tu postulación',\n  E'Hola {{n}},\\n\\nno; seguimos (con otros).',\n"
        "  'x'\n),\n(\n  'si',\n  'Bien',\n  E'Sí',\n  'y'\n);\n"
    )
    second = (
        "INSERT INTO public.email_templates (template_key, subject, body, description, on) VALUES"
        "\n('no', 'Otro asunto', E'Otro cuerpo', 'z', true)\n"
        "ON CONFLICT (template_key) DO NOTHING;\n"
        "INSERT INTO public.email_templates (template_key, subject, body, description, on) VALUES"
        "\n('si', 'Muy bien', E'Nuevo', 'z', true)\n"
        "ON CONFLICT (template_key) DO UPDATE SET\n  body = EXCLUDED.body,\n"
        "  description = EXCLUDED.description;\n"
    )
    third = (
        "UPDATE public.email_templates\nSET body = E'Hola;\\nya no',\n    updated_at = now()\n"
        "WHERE template_key = 'no';\n"
    )
    table = _sql_email_templates([first])
    assert table["no"] == ("Sobre tu postulación", "Hola {{n}},\n\nno; seguimos (con otros).", 0)
    table = _sql_email_templates([first, second, third])
    assert table["no"] == ("Sobre tu postulación", "Hola;\nya no", 2)
    assert table["si"] == ("Bien", "Nuevo", 1)
    with pytest.raises(ValueError):
        _sql_email_templates(["SELECT 1;"])
    with pytest.raises(ValueError):
        _sql_email_templates(
            ["INSERT INTO public.email_templates (template_key, subject, body) VALUES ('a', 'b');"]
        )
    with pytest.raises(ValueError):
        _sql_email_templates(
            [
                "INSERT INTO public.email_templates (template_key, subject, body) VALUES "
                "('a', 'b', 'c') ON CONFLICT (template_key) DO SOMETHING;"
            ]
        )


def test_pow_renders_as_its_layout_takes_the_body() -> None:
    """Plain text becomes paragraphs (a blank line a new one, a line break ``<br>``, escaped);
    a body with anything like a tag is kept as it is (``looksLikeHtml``); the subject loses its leading emoji for the title; the sender's
    display name is the one ``getEmailFrom`` puts before a bare address."""
    html = _pow_html("❌ Tu solicitud no fue aprobada", "Hola Ana,\n\nNo & ahora.\nGracias")
    assert html == (
        "<html><body><h1>Tu solicitud no fue aprobada</h1><p>Hola Ana,</p>"
        "<p>No &amp; ahora.<br>Gracias</p></body></html>"
    )
    assert "<h1>Hecho</h1>Ya <b>está</b>\n" in _pow_html("Hecho", "Ya <b>está</b>\n")
    layout = "  if (raw.includes('<')) return raw;\n  return `Equipo X <${raw}>`;\n"
    assert _pow_sender(layout) == "Equipo X"
    with pytest.raises(ValueError):
        _pow_sender("return raw;")


def test_apps_script_mails_read_from_fenced_blocks() -> None:
    """Each fenced function that calls ``MailApp.sendEmail``: its ``asunto`` and its
    ``mensajeHTML`` literal, unfilled; a block without a send is skipped; a sending block
    without either raises, and so does a page without any."""
    page = (
        "# Scripts\n\n```javascript\nfunction enviarNo() {\n"
        '  var asunto = "Gracias por postular";\n'
        "  var mensajeHTML = `\n    <p>Hola ${nombreCompleto}, no seguimos.</p>\n  `;\n"
        "  MailApp.sendEmail({ to: email, subject: asunto, htmlBody: mensajeHTML });\n}\n```\n\n"
        "```javascript\nfunction mover() {\n  hoja.deleteRow(2);\n}\n```\n"
    )
    mails = _apps_script_mails(page)
    assert mails == {
        "enviarNo": (
            "Gracias por postular",
            "\n    <p>Hola ${nombreCompleto}, no seguimos.</p>\n  ",
        )
    }
    with pytest.raises(ValueError):
        _apps_script_mails(page.replace('var asunto = "Gracias por postular";', ""))
    with pytest.raises(ValueError):
        _apps_script_mails("# nothing here")


def test_sources32_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources32's units where the split rule over src32-all's loads put them (Spanish
    rejections dev 37, test 37, other Spanish mails dev 82, test 74: POW's three to test;
    then dev 37, test 40: UPLIN's three to dev): pinned so that adding sources never moves
    them."""
    build = _build()
    parts = build.previous_split(Path("/nonexistent-build-dir"))  # type: ignore[attr-defined]
    assert parts["pow/es"] == "test"
    assert parts["uplin/es"] == "dev"
