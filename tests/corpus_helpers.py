"""Helpers shared by the corpus recipe tests (tests/test_corpus_sources*.py).

Why one place: every sources branch's test wrote the same stand-in writer, the same
"real snapshot or skip" and the same reading of parts.csv.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Callable
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


def page_variant(unit: str, lang: str) -> tuple[Callable[[str], str], dict[str, str]]:
    """A saved page's renderer for ``unit``'s first variant, and the values it puts in.

    For the page-unit tests (tests/test_corpus_pages*.py): ``render(text)`` is what the
    pages recipe makes of a stretch of the page; the values are the owner's name parts and
    the variant's company, role and sender.
    """
    from corpuslib.fill import OWNER, fill_for
    from corpuslib.sources_pages import fill_page

    f = fill_for(unit, "01-rejection", lang, 0)
    values = {
        "owner": OWNER[0],
        "first": OWNER[0].split()[0],
        "surname": OWNER[0].split()[-1],
        "company": f.company,
        "role": f.role,
        "person": f.person,
    }
    return (lambda text: fill_page(text, f)), values
