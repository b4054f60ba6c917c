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
    _CsMail,
    _pow_html,
    _pow_sender,
    _PyMail,
    _sql_email_templates,
    _sql_literal,
    _tisnet_mail,
    _vhb_mail,
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


MAILER = """
import os
FROM_EMAIL = os.getenv("FROM_EMAIL", "Board <no-reply@board.example>")
URL = os.getenv("URL", "https://board.example")
STRINGS: dict[str, dict[str, str]] = {
    "no_subject": {"nl": "Update: {vacancy_title}", "es": "Novedad: {vacancy_title}"},
    "no_body": {"nl": "Hoi {candidate_name}, helaas niet.", "es": "Hola {candidate_name}, no."},
    "yes_body": {"nl": "Ja!"},
}

def get_string(key, lang):
    return STRINGS[key][lang]

def send_status(candidate_name: str, vacancy_title: str, new_status: str, score: int, language="nl"):
    \"\"\"Docstring.\"\"\"
    if new_status == "yes":
        body = get_string("yes_body", language)
        subject = "Ja"
    else:  # no
        body = f"<p>{get_string('no_body', language).format(candidate_name=candidate_name)}</p>"
        subject = get_string("no_subject", language).format(vacancy_title=vacancy_title)
    tone = "good" if score >= 70 else "fair" if score >= 40 else "low"
    html = f"<a href=\\"{URL}/x\\">{tone}</a>{body}"
    _send(to="a@b", subject=subject, html=html)

def send_other(language="nl"):
    for x in []:
        pass
    _send(subject="x", html="y")
"""


def test_python_mail_functions_run_by_their_syntax_tree() -> None:
    """Module constants take ``os.getenv``'s default; a branch is taken by its test; f-strings,
    ``get_string`` (falling back to Dutch as the module's does), ``.format`` and conditional
    expressions are evaluated; the ``_send`` keywords are the mail. A statement or name it does
    not read raises, as does a module without ``STRINGS``."""
    mailer = _PyMail(MAILER)
    assert mailer.consts["FROM_EMAIL"] == "Board <no-reply@board.example>"
    args = {"candidate_name": "Ana", "vacancy_title": "Chef", "score": 55, "language": "es"}
    no = mailer.run("send_status", {**args, "new_status": "no"})
    assert no == {
        "to": "a@b",
        "subject": "Novedad: Chef",
        "html": '<a href="https://board.example/x">fair</a><p>Hola Ana, no.</p>',
    }
    yes = mailer.run("send_status", {**args, "new_status": "yes", "score": 80})
    assert yes["html"] == '<a href="https://board.example/x">good</a>Ja!'
    with pytest.raises(ValueError):
        mailer.run("send_other", {})
    with pytest.raises(KeyError):
        mailer.run("send_status", {"new_status": "no", "score": 1, "language": "nl"})
    with pytest.raises(ValueError):
        mailer.run("send_nothing", {})
    with pytest.raises(ValueError):
        _PyMail("X = 1\n")


LAYOUT = '''
public static class Layout
{
    public const string Navy = "#0f2d5c";
    public static string Escape(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
    public static string Para(string htmlInner)
        => $"<p style=\\"color:{Navy};\\">{htmlInner}</p>";
    public static string Url(string? baseUrl) => Absolute(baseUrl, "/jobs");
    public static string Wrap(string innerHtml, string? preheader = null, string brand = "Board")
    {
        var pre = string.IsNullOrWhiteSpace(preheader) ? "" : $"<i>{Escape(preheader)}</i>";
        return $"""
            <body>{pre}
              {innerHtml}
            Team {brand}</body>
            """;
    }
}
public static class Mails
{
    public static ComposedEmail No(string? baseUrl, string name, string title, bool extra)
    {
        var subject = $"Update: {title}";
        var html = Layout.Wrap(
            $"""
             {Layout.Para($"Hoi {Layout.Escape(name)},")}
             {Layout.Para(
                 "Helaas " + "niet.")}
             {(extra ? Layout.Para("x") : "")}<a href="{Layout.Url(baseUrl)}">Jobs</a>
             """,
            preheader: subject);
        return new("No", "Cat", subject, html);
    }
}
'''


def test_csharp_composers_run_as_written() -> None:
    """A composer's raw interpolated literal is dedented by its closing line and its holes
    filled (calls with positional and named arguments, defaults, constants, ``+``, ``?:``,
    ``Escape``, ``Absolute`` with the deployment's origin); ``new(...)`` is the mail; a method
    or name it does not know raises."""
    mailer = _CsMail(LAYOUT)
    key, category, subject, html = mailer.call("No", ["https://b.example/", "A&B", "Kok", False])
    assert (key, category, subject) == ("No", "Cat", "Update: Kok")
    assert html == (
        "<body><i>Update: Kok</i>\n"
        '  <p style="color:#0f2d5c;">Hoi A&amp;B,</p>\n'
        '<p style="color:#0f2d5c;">Helaas niet.</p>\n'
        '<a href="https://b.example/jobs">Jobs</a>\n'
        "Team Board</body>"
    )
    assert '<p style="color:#0f2d5c;">x</p>' in mailer.call("No", [None, "A", "K", True])[3]
    with pytest.raises(ValueError):
        mailer.call("Missing", [])
    with pytest.raises(ValueError):
        mailer.eval("unknownName", {})


LEAVE_TS = """
const ACTION_CONFIG: Record<A, C> = {
  yes: {
    subject: "Verlof ok",
    bannerLabel: "OK",
    bannerColor: "#10b981",
    sentence: "is ok",
  },
  no: {
    subject: "Verlof niet ok",
    bannerLabel: "NEE",
    bannerColor: "#ef4444",
    sentence: "is niet ok",
  },
};
export const sendLeaveDecisionEmail = async (ctx: Ctx) => {
  const cancelledNote = ctx.action === "no"
    ? "<p style=\\"color: red;\\">Bel ons.</p>"
    : "";
  const html = `<h1>${config.subject}</h1><p>Hoi ${ctx.recipientName}, ${period} ${config.sentence}.</p>${cancelledNote}`;
  const text = [
    `Hoi ${ctx.recipientName},`,
    "",
    `${period} ${config.sentence}.`,
    ctx.action === "no" ? "Bel ons." : "",
  ].filter(Boolean).join("\\n");
  await sendEmail({
    to: [ctx.to],
    subject: `${config.subject} — ${period}`,
    text,
    html,
  });
};
"""


def test_leave_decision_mail_read_as_the_module_builds_it() -> None:
    """The action's ``ACTION_CONFIG`` row fills the literals; the period is one date when the
    leave is one day; the note and the text line behind ``ctx.action === ...`` appear only for
    that action; the text's empty items are dropped as ``.filter(Boolean)`` drops them; an
    unknown action raises."""
    values = {"ctx.recipientName": "Ana", "ctx.startDate": "1/2", "ctx.endDate": "3/2"}
    subject, html, text = _vhb_mail(LEAVE_TS, "no", values)
    assert subject == "Verlof niet ok — 1/2 t/m 3/2"
    assert html == (
        '<h1>Verlof niet ok</h1><p>Hoi Ana, 1/2 t/m 3/2 is niet ok.</p><p style="color: red;">'
        "Bel ons.</p>"
    )
    assert text == "Hoi Ana,\n1/2 t/m 3/2 is niet ok.\nBel ons."
    subject, html, text = _vhb_mail(LEAVE_TS, "yes", {**values, "ctx.endDate": "1/2"})
    assert subject == "Verlof ok — 1/2"
    assert html.endswith("is ok.</p>") and text == "Hoi Ana,\n1/2 is ok."
    with pytest.raises(ValueError):
        _vhb_mail(LEAVE_TS, "maybe", values)


NOTICE_TS = """
export function renderNo(
  input: NoNotification,
): Message {
  const url = schedulingUrl(input.link);
  const coordination = url
    ? `Reserva aquí: ${url}`
    : 'Te llamaremos, gracias.';
  return {
    subject: `Resultado — ${input.applicationCode}`,
    text: [
      `Hola, ${input.candidateName}.`,
      coordination,
      'Equipo X,\\nsaludos',
    ].join('\\n\\n'),
    html: [
      `<p>Hola, ${escapeHtml(input.candidateName)}.</p>`,
      `<p>Motivo: ${escapeHtml(input.rejectionReason).replace(/\\r?\\n/g, '<br>')}</p>`,
      url
        ? `<p><a href="${escapeHtml(url)}">Reserva</a></p>`
        : `<p>${escapeHtml(coordination)}</p>`,
    ].join('\\n'),
  };
}
"""


def test_typescript_notice_arrays_joined_as_the_code_joins_them() -> None:
    """The subject literal and the ``text``/``html`` arrays (their commas inside literals kept),
    joined by the code's separator; ``${...}`` filled by the exact expression, ``escapeHtml``
    on ``& < > \" '``, the reason's line breaks made ``<br>``; the ``coordination`` ternary and
    the array's own ternary decided by the flag; a value not given raises."""
    values = {
        "input.applicationCode": "P-1",
        "input.candidateName": "Ana & Co",
        "input.rejectionReason": "Sin 'cupo'\nya",
        "url": "https://x.example/r",
    }
    subject, text, html = _tisnet_mail(NOTICE_TS, "renderNo", values, {"url": False})
    assert subject == "Resultado — P-1"
    assert text == "Hola, Ana & Co.\n\nTe llamaremos, gracias.\n\nEquipo X,\nsaludos"
    assert html == (
        "<p>Hola, Ana &amp; Co.</p>\n<p>Motivo: Sin &#39;cupo&#39;<br>ya</p>\n"
        "<p>Te llamaremos, gracias.</p>"
    )
    _, text, html = _tisnet_mail(NOTICE_TS, "renderNo", values, {"url": True})
    assert "Reserva aquí: https://x.example/r" in text
    assert html.endswith('<p><a href="https://x.example/r">Reserva</a></p>')
    with pytest.raises(ValueError):
        _tisnet_mail(NOTICE_TS, "renderNo", {"url": "u"}, {"url": True})


def test_sources32_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources32's units where the split rule over src32-all's loads put them (Spanish
    rejections dev 37, test 37, other Spanish mails dev 82, test 74: POW's three to test;
    then dev 37, test 40: UPLIN's three to dev; then Spanish dev 40, test 40, others dev 83,
    test 80 and Dutch dev 38, test 36: VorzaIQ's one each to test; Dutch dev 38, test 37:
    Lobsy's two to test; then other Dutch mail dev 56, test 65: VHB's three look-alikes to
    dev; then Spanish rejections dev 40, test 41: TISNET's one to dev): pinned so that adding
    sources never moves them."""
    build = _build()
    parts = build.previous_split(Path("/nonexistent-build-dir"))  # type: ignore[attr-defined]
    assert parts["pow/es"] == "test"
    assert parts["uplin/es"] == "dev"
    assert parts["vorzaiq/es"] == "test"
    assert parts["vorzaiq/nl"] == "test"
    assert parts["lobsy/nl"] == "test"
    assert parts["vhb/nl"] == "dev"
    assert parts["tisnet/es"] == "dev"
