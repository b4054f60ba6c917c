"""The classifier's language-independent data: word lists, domain lists and worded patterns.

Why a module of its own: the rules are data (``data/lexicon.toml``,
``data/patterns.toml``) so that a contributor edits a list, not Python; every
other module reads them from here, by name, once at import.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from agent import files
from agent.classify import patterncache

DATA_DIR = Path(__file__).parent / "data"


def _load(name: str) -> dict[str, Any]:
    return files.read_toml(DATA_DIR / name)


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


def named(key: str) -> dict[str, str]:
    """A table of named rules of ``patterns.toml`` (``[patterns.<key>]``): id -> pattern."""
    value = PATTERNS[key]
    if not isinstance(value, dict):
        raise TypeError(f"patterns.toml: {key} is not a table of named rules")
    return {str(k): str(v) for k, v in value.items()}


def named_alternation(key: str) -> tuple[str, tuple[str, ...]]:
    """The rules of :func:`named` as one alternation, each a group ``r<i>``, and the ids in that
    order: the match says which rule it is (:func:`rule_of`), the search stays one pass."""
    rules = named(key)
    source = "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(rules.values()))
    return f"(?:{source})", tuple(rules)


def rule_of(found: re.Match[str], ids: tuple[str, ...]) -> str:
    """The id of the :func:`named_alternation` rule whose group ``found`` matched."""
    return next(rule for i, rule in enumerate(ids) if found.group(f"r{i}") is not None)


def compiled(key: str, flags: int = re.I) -> re.Pattern[str]:
    """One pattern of ``patterns.toml``, compiled (case-insensitive unless said).

    Built from the program an earlier run kept (:func:`agent.classify.patterncache.compiled`):
    the extractors compile ~60 of these at import, ~0.1 s of every process's start-up
    when ``re`` parsed and compiled each.
    """
    return patterncache.compiled(pattern(key), flags)
