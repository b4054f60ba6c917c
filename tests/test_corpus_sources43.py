"""Session 36's sources43 recipe (issue 11): its reader on our own wording in a stand-in
snapshot, and on the real source when the snapshot holds it (the unit's pin is in
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
    FGS,
    FGS_COMMIT,
    FGS_MAILS,
    FGS_NAME,
    FGS_SEED_PATH,
    FGS_SENDER,
    fgservices,
)

SNAPSHOT = Path("/work/corpora/snapshot")


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
