"""Session 39's nutvita recipe (issue 11): its reader on our own wording in a stand-in snapshot,
its labels and shape on the real snapshot (skipped where it lacks the source), and the pin."""

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
from corpuslib.sources_suites56 import (  # noqa: E402
    NUTVITA,
    NUTVITA_LAYOUT,
    NUTVITA_MAILS,
    NUTVITA_NOTE,
    NUTVITA_PATH,
    _nutvita_templates,
    nutvita,
)


def _source(statuses: list[str], layout: str = NUTVITA_LAYOUT) -> str:
    """A stand-in ``recruitment-emails.ts``: one record entry a status, then the sender."""
    entries = ",\n".join(f'  {s}:{{subject:"Sujet {s}",body:"Corps {s}."}}' for s in statuses)
    return f"const content={{\n{entries}\n}};\nexport function f(){{return {{{layout}}}}}\n"


def test_templates_reader() -> None:
    """Every status's subject and body; a file without the record raises."""
    found = _nutvita_templates(_source(["rejected", "selected"]))
    assert found == {
        "rejected": ("Sujet rejected", "Corps rejected."),
        "selected": ("Sujet selected", "Corps selected."),
    }
    with pytest.raises(ValueError):
        _nutvita_templates("export const x = 1;")


def test_nutvita_lays_out_the_text_as_the_platform_does(tmp_path: Path) -> None:
    """Greeting with the full name, the body, the team's note only where given, the team's
    sign-off; the refusals' labels set, the others' "n/a"; a changed layout raises."""
    _write(tmp_path, NUTVITA, NUTVITA_PATH, _source(sorted({s for s, _, _ in NUTVITA_MAILS})))
    specs = list(nutvita(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, c, _ in NUTVITA_MAILS]
    first, second = (s for s in specs if s.rejection)
    assert first.text == "Bonjour Robin Berger,\n\nCorps rejected.\n\nÉquipe NutVitaGlobalis\n"
    assert f"\n\nMessage de l’équipe : {NUTVITA_NOTE}\n\n" in second.text
    assert (first.subject, first.company, first.role, first.fmt) == (
        "Sujet rejected",
        "NutVitaGlobalis",
        "n/a",
        "plain",
    )
    assert all(s.company == "n/a" for s in specs if not s.rejection)
    _write(tmp_path, NUTVITA, NUTVITA_PATH, _source(["rejected"], layout="text:`Salut`"))
    with pytest.raises(ValueError):
        list(nutvita(Snapshot(tmp_path)))


def test_nutvita_on_the_real_snapshot() -> None:
    """The pinned file: two refusals that say so, every other status as labelled."""
    specs = list(nutvita(_real(NUTVITA)))
    assert [s.category for s in specs] == [c for _, c, _ in NUTVITA_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    assert all("ne pouvons pas donner une suite favorable" in s.text for s in refusals)
    assert all(s.subject == "Résultat de votre candidature" for s in refusals)
    assert all(s.text.startswith("Bonjour Robin Berger,\n\n") for s in specs)


def test_nutvita_is_pinned_where_the_split_rule_put_it() -> None:
    """French rejections come from several units; the rule put this one in test."""
    assert pinned_parts()["nutvita/fr"] == "test"
