"""The needle cache: kept private across runs, and never a reason to read a pattern wrong."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.classify import patterncache
from agent.classify.matching import Rx

PATTERNS = (
    r"\bwe (?:will not|won't) be (?:moving forward|proceeding) with your application\b",
    r"^(?:Best regards|Kind regards)\b",
    r"unfortunately",
)


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and a process that has read no cache file yet."""
    folder = tmp_path / "cache" / "rebound"
    monkeypatch.setenv(patterncache.CACHE_ENV, str(folder))
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_fresh", {})
    monkeypatch.setattr(patterncache, "_used", set())
    patterncache.cache_file.cache_clear()
    yield folder
    patterncache.cache_file.cache_clear()


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process would start: nothing known until the file is read."""
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_fresh", {})
    monkeypatch.setattr(patterncache, "_used", set())


def test_saved_analyses_are_private_and_reused(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [Rx(p, re.I | re.M) for p in PATTERNS]
    assert all(rx._rx is not None for rx in first)  # derived now: compiled on the way
    patterncache.save()
    path = patterncache.cache_file()
    assert path.parent == fresh_cache
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(fresh_cache.stat().st_mode) & 0o077 == 0
    _restart(monkeypatch)
    again = [Rx(p, re.I | re.M) for p in PATTERNS]
    assert all(rx._rx is None for rx in again)  # from the file: compiled only when used
    for old, new in zip(first, again, strict=True):
        assert (new.needles, new.lead) == (old.needles, old.lead)
        assert new.rx.pattern == old.rx.pattern and new.rx.flags == old.rx.flags
    assert again[0].needles and again[0].lead == frozenset({"we"})


def test_unreadable_or_foreign_file_is_derived_again(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truth = patterncache.derive(PATTERNS[0], re.I)
    path = patterncache.cache_file()
    fresh_cache.mkdir(parents=True)
    for junk in ("{not json", json.dumps({f"{int(re.I)}:{PATTERNS[0]}": [[[1, 2]], None]})):
        path.write_text(junk)
        _restart(monkeypatch)
        rx = Rx(PATTERNS[0])
        assert (rx.needles, rx.lead) == truth
        assert rx._rx is not None  # derived, not taken from the file


def test_a_broken_pattern_fails_where_it_is_loaded(fresh_cache: Path) -> None:
    with pytest.raises(re.error):
        Rx(r"(?<=a+)b")  # look-behind of variable width: refused by the compiler, not the parser


def test_an_unwritable_cache_folder_costs_only_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(patterncache.CACHE_ENV, str(blocker / "rebound"))
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_fresh", {})
    patterncache.cache_file.cache_clear()
    try:
        rx = Rx(PATTERNS[2])
        patterncache.save()  # logs and goes on
        assert rx.search("Unfortunately, no") is not None
        assert not (blocker / "rebound").exists()
    finally:
        patterncache.cache_file.cache_clear()
