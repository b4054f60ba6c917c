"""The classifier's language-independent data: word lists, domain lists and worded patterns.

Why a module of its own: the rules are data (``data/lexicon.toml``,
``data/patterns.toml``) so that a contributor edits a list, not Python; every
other module reads them from here, by name, once at import.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


def _load(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


LEXICON: dict[str, Any] = _load("lexicon.toml")
PATTERNS: dict[str, Any] = _load("patterns.toml")["patterns"]


def words(section: str, key: str) -> tuple[str, ...]:
    """A word list of ``lexicon.toml``, in file order."""
    return tuple(LEXICON[section][key])


def pattern(key: str) -> str:
    """The source of one pattern of ``patterns.toml``."""
    value = PATTERNS[key]
    if not isinstance(value, str):
        raise TypeError(f"patterns.toml: {key} is a list; use patterns()")
    return value


def patterns(key: str) -> tuple[str, ...]:
    """A list of patterns of ``patterns.toml``, tried in order."""
    value = PATTERNS[key]
    return (value,) if isinstance(value, str) else tuple(value)


def compiled(key: str, flags: int = re.I) -> re.Pattern[str]:
    """One pattern of ``patterns.toml``, compiled (case-insensitive unless said)."""
    return re.compile(pattern(key), flags)
