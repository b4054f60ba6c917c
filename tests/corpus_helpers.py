"""Helpers shared by the corpus recipe tests (tests/test_corpus_sources*.py).

Why one place: every sources branch's test wrote the same stand-in writer, the same
"real snapshot or skip" and the same reading of parts.csv.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from corpuslib.snapshot import Snapshot  # noqa: E402

SNAPSHOT = Path(os.environ.get("REBOUND_SNAPSHOT", "/work/corpora/snapshot"))
PARTS = BENCH / "corpuslib" / "parts.csv"


def write_source(root: Path, repo: str, path: str, text: str) -> None:
    """A stand-in source file, laid out as a plain-file snapshot folder."""
    target = root / repo.replace("/", "+") / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def real_snapshot(repo: str) -> Snapshot:
    """The shared snapshot, or a skip when it does not hold ``repo``."""
    if not (SNAPSHOT / repo.replace("/", "+")).exists():
        pytest.skip(f"the snapshot lacks {repo}")
    return Snapshot(SNAPSHOT)


def pinned_parts() -> dict[str, str]:
    """parts.csv: unit -> part (dev or test)."""
    with PARTS.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {row["unit"]: row["part"] for row in rows}
