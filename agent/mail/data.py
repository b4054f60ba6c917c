"""Reading the small pattern files in ``agent/data`` (quotation starts, auto-reply subjects)."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@cache
def alternation(filename: str, key: str) -> re.Pattern[str]:
    """One case-insensitive regex, anchored at the start, of every language's ``key`` list."""
    with (DATA_DIR / filename).open("rb") as fh:
        table = tomllib.load(fh)
    parts = [p for section in table.values() for p in section.get(key, ())]
    return re.compile("^(" + "|".join(parts) + ")", re.IGNORECASE)
