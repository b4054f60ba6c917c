"""Session 35's sources41 recipe (issue 11): its readers on our own wording in a stand-in
snapshot (the units' pins are tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites41 import (  # noqa: E402
    EVOLVIFY,
    EVOLVIFY_PATH,
    KIDVILLE,
    KIDVILLE_DIR,
    KIDVILLE_FOOTER_PATH,
    KIDVILLE_SEND_PATH,
    RMC,
    RMC_MAILS,
    RMC_PATH,
    _symfony_email,
    _ts_const,
    _ts_eval,
    _ts_render,
    evolvify,
    kidville,
    rmc,
)


def test_template_literals_nest_and_ternaries_follow_their_flags() -> None:
    """``${...}`` by its exact text, a nested literal inside a ternary rendered, the branch the
    flag picks; an undecided condition or an unknown expression raises."""
    values = {"esc(name)": "A&amp;B", "name": "A&B"}
    body = "Hi ${esc(name)}${ok ? ` (${name} \\`ok\\`)` : 'no'}!"
    assert _ts_render(body, values, {"ok": True}) == "Hi A&amp;B (A&B `ok`)!"
    assert _ts_render(body, values, {"ok": False}) == "Hi A&amp;Bno!"
    with pytest.raises(ValueError):
        _ts_render(body, values, {})
    with pytest.raises(ValueError):
        _ts_render("${other}", values, {})
    assert _ts_eval("'l\\'offre'", {}, {}) == "l'offre"


def test_ts_const_reads_to_the_semicolon_or_the_line_end() -> None:
    """Both styles: ``;``-terminated, and without semicolons, a ternary's continuation lines
    kept."""
    assert _ts_const("const a = `x;y`;\nconst b = 1;", "a") == "`x;y`"
    source = "const s = d.nome\n    ? `Ciao ${d.nome},`\n    : 'Ciao,'\nconst t = 2\n"
    assert _ts_eval(_ts_const(source, "s"), {"d.nome": "Robin"}, {"d.nome": True}) == "Ciao Robin,"
    assert _ts_eval(_ts_const(source, "s"), {}, {"d.nome": False}) == "Ciao,"
    with pytest.raises(ValueError):
        _ts_const(source, "u")


_RMC_FN = """export async function {name}(to: string, data: any): Promise<void> {{
  {extra}
  try {{
    await transporter.sendMail({{
      from: `"RMC Jobs" <${{process.env.SMTP_USER}}>`,
      to,
      subject: `About ${{esc(data.position)}}`,
      html: `${{tplHeader}}<p>Dear ${{esc(data.firstName)}},</p><p>{line}</p>${{tplFooter}}`,
    }});
  }} catch (err) {{}}
}}
"""


def _rmc_snapshot(root: Path, line: str) -> Snapshot:
    parts = [
        "const tplHeader = `<h2>RMC</h2>`;\n",
        "const tplFooter = `<p>&copy; ${new Date().getFullYear()}</p>`;\n",
    ]
    for name, _, _, _ in RMC_MAILS:
        extra = ""
        if name == "sendInterviewInvitation":
            extra = (
                "const rows = `<p>${esc(formattedDate)} ${data.type === 'presentiel' ? "
                "`at ${esc(data.location || 'Non spécifié')}` : 'online'}</p>`;"
            )
        parts.append(_RMC_FN.format(name=name, extra=extra, line=line))
    _write(root, RMC, RMC_PATH, "".join(parts))
    return Snapshot(root)


def test_rmc_renders_each_applicant_mail_html_only(tmp_path: Path) -> None:
    """Each function's subject and HTML, the header and footer consts filled, HTML only, from
    the function's display name; the refusals labelled with the firm and the title."""
    specs = list(rmc(_rmc_snapshot(tmp_path, "We are sorry.")))
    assert [s.category for s in specs] == [
        "rejection",
        "rejection",
        "acknowledgement",
        "interview_invitation",
        "offer",
    ]
    first = specs[0]
    assert first.fmt == "html_only" and first.sender[0] == "RMC Jobs"
    assert first.html is not None and first.html.startswith("<h2>RMC</h2><p>Dear Robin,</p>")
    assert "&copy; 2026" in first.html
    assert first.subject == f"About {first.role}" and first.company == "RM Consulting"
    assert all(s.company == "n/a" for s in specs[2:])
    with pytest.raises(ValueError):
        list(rmc(_rmc_snapshot(tmp_path, "Dear ${esc(data.nickname)}")))


def _kidville_snapshot(root: Path, rejection_line: str) -> Snapshot:
    _write(
        root,
        KIDVILLE,
        KIDVILLE_FOOTER_PATH,
        "export function piedeTesto(sede, motivo) {\n"
        "    righe.push('La Cooperativa d\\'esempio')\n}\n",
    )
    _write(root, KIDVILLE, KIDVILLE_SEND_PATH, "const DEFAULT_FROM = 'Scuola <x@scuola.test>'\n")
    common = (
        "    const motivo = `Perché ti sei candidata a ${sede.nome}.`\n"
        "    const saluto = d.nome ? `Gentile ${d.nome},` : 'Gentile candidata,'\n"
    )
    _write(
        root,
        KIDVILLE,
        f"{KIDVILLE_DIR}/esito-candidatura.ts",
        "export const OGGETTO_ESITO_CANDIDATURA = 'Esito'\n"
        "export function messaggioEsitoCandidatura(d, sede) {\n"
        + common
        + "    return {\n        testo: [\n            intestazioneTesto('Esito', sede),\n"
        f"            saluto,\n            '{rejection_line}',\n"
        "            piedeTesto(sede, motivo),\n        ].join('\\n'),\n    }\n}\n",
    )
    _write(
        root,
        KIDVILLE,
        f"{KIDVILLE_DIR}/conferma-candidatura.ts",
        "export const OGGETTO_CONFERMA_CANDIDATURA = 'Ricevuta'\n"
        "export function messaggioConfermaCandidatura(d, sede) {\n"
        + common
        + "    return {\n        testo: [\n            saluto,\n"
        "            ...righe.map((r) => `  ${(r.etichetta + ':').padEnd(14)}${r.valore}`),\n"
        "            `Entro ${d.giorniRisposta} giorni.`,\n        ].join('\\n'),\n    }\n}\n",
    )
    return Snapshot(root)


def test_kidville_joins_the_text_part_as_the_module_does(tmp_path: Path) -> None:
    """The ``testo`` array: the heading upper-cased with the school, the greeting with and
    without the name, the footer with the cooperative's line read from ``piedeTesto`` and the
    reason; the receipt's rows padded to 14 columns; the sender from ``DEFAULT_FROM``."""
    specs = list(kidville(_kidville_snapshot(tmp_path, "Abbiamo scelto un altro profilo.")))
    assert [s.category for s in specs] == ["rejection"] * 3 + ["acknowledgement"]
    first = specs[0]
    assert first.text.startswith("ESITO — KIDVILLE GIUGLIANO\nGentile Robin,\nAbbiamo scelto")
    assert "La Cooperativa d'esempio\n" in first.text
    assert first.text.endswith("Perché ti sei candidata a Kidville Giugliano.\n")
    assert first.company == "Kidville Giugliano" and first.sender == ("Scuola", "x@scuola.test")
    assert specs[1].text.split("\n")[1] == "Gentile candidata,"
    assert "\n  Sede:         Kidville Giugliano\n" in specs[3].text
    with pytest.raises(ValueError):
        list(kidville(_broken(tmp_path)))


def _broken(root: Path) -> Snapshot:
    """A message whose array holds a call the reader does not know."""
    snap = _kidville_snapshot(root, "x")
    path = root / KIDVILLE.replace("/", "+") / KIDVILLE_DIR / "esito-candidatura.ts"
    path.write_text(path.read_text().replace("saluto,\n", "saluto.trim(),\n"), encoding="utf-8")
    return snap


_SYMFONY = """class EntretiensController
{
    public function accepterEntretien(int $id): Response {
        $email = (new Email())
            ->subject('Bravo')
            ->html('<p>Accept\\'e</p>');
    }

    public function refuserEntretien(int $id): Response {
        $email = (new Email())
            ->subject('Votre entretien')
            ->html('
            <p>Nous ne donnons pas suite, l\\'équipe.</p>
            ');
    }
}
"""


def test_symfony_email_reads_one_actions_literals() -> None:
    """The subject and HTML of the named action, not its neighbour's, quotes unescaped; an
    action without a literal subject raises."""
    assert _symfony_email(_SYMFONY, "accepterEntretien") == ("Bravo", "<p>Accept'e</p>")
    subject, html = _symfony_email(_SYMFONY, "refuserEntretien")
    assert subject == "Votre entretien" and "l'équipe" in html
    with pytest.raises(ValueError):
        _symfony_email(_SYMFONY.replace("->subject('Bravo')", "->subject($s)"), "accepterEntretien")


def test_evolvify_renders_the_refusal_twice_and_the_acceptance(tmp_path: Path) -> None:
    """The refusal HTML only and with a text part, labelled ``interview`` with the company; the
    acceptance an offer."""
    _write(tmp_path, EVOLVIFY, EVOLVIFY_PATH, _SYMFONY)
    specs = list(evolvify(Snapshot(tmp_path)))
    assert [(s.category, s.stage, s.fmt) for s in specs] == [
        ("rejection", "interview", "html_only"),
        ("rejection", "interview", "html"),
        ("offer", "n/a", "html_only"),
    ]
    assert specs[0].company == "Evolvify" and specs[2].company == "n/a"
    assert specs[0].text == "Nous ne donnons pas suite, l'équipe.\n"
