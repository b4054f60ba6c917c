"""Reading the small data files in ``agent/data``: quotation starts, auto-reply subjects,
the words of dates. Data, so that a new language needs no Python."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@cache
def table(filename: str) -> dict[str, Any]:
    """A TOML file of ``agent/data``, read once."""
    with (DATA_DIR / filename).open("rb") as fh:
        return tomllib.load(fh)


@cache
def alternation(filename: str, key: str) -> re.Pattern[str]:
    """One case-insensitive regex, anchored at the start, of every language's ``key`` list."""
    parts = [p for section in table(filename).values() for p in section.get(key, ())]
    return re.compile("^(" + "|".join(parts) + ")", re.IGNORECASE)
