"""Every table rule of the bundled phrase packs has its own id (session 37, branch tidy41).

Why: a reason cites a rule by id. A rule written without one is cited by a hash of its pattern,
and rewriting the pattern changed the id every reason, snapshot and note cited (session 36's
gates40, an nl job-alert rule). With its own id a rule keeps its name through any rewrite. A
rule added without one fails here; ``bench/name-rules`` names it from its pattern.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from agent.classify.engine import PACK_DIR

HASH_ID = re.compile(r"[0-9a-f]{12}")
PACKS = sorted(PACK_DIR.glob("*.toml"))


def _tables(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    tables = {"rejection": data.get("rejection", {})}
    tables |= {f"lookalike.{k}": v for k, v in data.get("lookalike", {}).items()}
    return tables


@pytest.mark.parametrize("path", PACKS, ids=[p.stem for p in PACKS])
def test_every_table_rule_has_a_named_id(path: Path) -> None:
    data = tomllib.loads(path.read_text("utf-8"))
    unnamed = [
        f"[{table}] {pattern[:60]!r}"
        for table, rules in _tables(data).items()
        for pattern, entry in rules.items()
        if not isinstance(entry, dict) or not entry.get("id") or HASH_ID.fullmatch(str(entry["id"]))
    ]
    assert not unnamed, f"{path.name}: give these an id (bench/name-rules): {unnamed[:5]}"


def test_there_are_packs() -> None:
    assert len(PACKS) >= 7
