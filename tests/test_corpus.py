"""Accuracy floors on labelled corpora, so a rule change cannot quietly make things worse.

The floors sit a little below the figures ``bench/accuracy`` reports today;
raise them when the classifier improves. Scoring is the bench's own (see its
docstring): stage/company/role over true rejections, noreply over all mail.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "tests" / "corpus"
PUBLIC = ROOT.parent / "shared" / "corpus-public"


def _bench() -> ModuleType:
    path = ROOT / "bench" / "accuracy"
    loader = importlib.machinery.SourceFileLoader("bench_accuracy", str(path))
    spec = importlib.util.spec_from_loader("bench_accuracy", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


FLOORS = {
    # corpus: precision, recall, stage, company, role, noreply
    "own": {
        "precision": 0.99,
        "recall": 0.99,
        "stage": 0.98,
        "company": 0.975,
        "role": 0.98,
        "noreply": 0.95,
    },
    "public": {
        "precision": 0.98,
        "recall": 0.95,
        "stage": 0.98,
        "company": 0.92,
        "role": 0.92,
        "noreply": 0.95,
    },
}


@pytest.mark.parametrize(("name", "folder"), [("own", OWN), ("public", PUBLIC)])
def test_corpus_floors(name: str, folder: Path) -> None:
    if not (folder / "labels.csv").is_file():
        pytest.skip(f"{folder}/labels.csv not present")
    result = _bench().evaluate(folder, [])
    misses = "\n".join(
        f"{e['file']}: expected {e.get('expected')}, got {e.get('got')}: {e.get('reasons', [])[:3]}"
        for e in result["misclassified"]
    )
    for key, floor in FLOORS[name].items():
        assert result[key] >= floor, f"{name} {key} {result[key]:.3f} < {floor}\n{misses}"


def test_labels_cover_every_email() -> None:
    if not (OWN / "labels.csv").is_file():
        pytest.skip("tests/corpus/labels.csv not present")
    rows, _ = _bench().load(OWN)
    labelled = {r["file"] for r in rows}
    on_disk = {p.name for p in (OWN / "emails").glob("*.eml")}
    assert labelled == on_disk
    assert len(rows) >= 300
