"""The needle cache: kept private across runs, and never a reason to read a pattern wrong."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from agent.classify import _EXTRACTOR_PATTERNS, packs, patterncache, srecode
from agent.classify.engine import _pack_patterns
from agent.classify.matching import Rx

from helpers import restart_patterncache

PATTERNS = (
    r"\bwe (?:will not|won't) be (?:moving forward|proceeding) with your application\b",
    r"^(?:Best regards|Kind regards)\b",
    r"unfortunately",
)


_restart = restart_patterncache  # as a new process starts


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
    for junk in ("{not json", json.dumps({patterncache._key(PATTERNS[0], re.I): [[[1, 2]], None]})):
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
    _restart(monkeypatch)
    patterncache.cache_file.cache_clear()
    try:
        rx = Rx(PATTERNS[2])
        patterncache.save()  # logs and goes on
        assert rx.search("Unfortunately, no") is not None
        assert not (blocker / "rebound").exists()
    finally:
        patterncache.cache_file.cache_clear()


def _same(built: re.Pattern[str], truth: re.Pattern[str]) -> bool:
    """Equal patterns run the same program (``==`` compares pattern, flags and code)."""
    return built == truth and (built.groups, built.groupindex) == (truth.groups, truth.groupindex)


def test_kept_programs_build_the_patterns_re_compiles(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every pack's and extractor's pattern, and the needle index's, from a kept program:
    the very pattern ``re.compile`` makes; none compiled again in the next process."""
    found = packs()
    wanted = [(rx.pattern, rx.flags) for rx in _pack_patterns(found.packs.values())]
    wanted += [(rx.pattern, rx.flags) for rx in _EXTRACTOR_PATTERNS]
    wanted += [(found.index.finder.pattern, 0), (r"(?P<who>\w+) (?P=who)\b", re.I | re.M)]
    wanted += [(r"a(?#comment)b | c", re.X), (r"(?a:\w+)(?<=x)", re.I)]
    fresh = [patterncache.compiled(*one) for one in wanted]
    patterncache.save()
    assert patterncache.programs_file().stat().st_mode & 0o077 == 0
    _restart(monkeypatch)
    built: list[re.Pattern[str]] = []
    with monkeypatch.context() as m:
        m.setattr(srecode, "compile_with_program", _no_compiling)
        built = [patterncache.compiled(*one) for one in wanted]
    assert len(built) == len(fresh) > 1000
    for (pattern, flags), one, two in zip(wanted, fresh, built, strict=True):
        truth = re.compile(pattern, flags)
        assert _same(one, truth) and _same(two, truth), pattern


def _no_compiling(pattern: str, flags: int) -> tuple[re.Pattern[str], None]:
    raise AssertionError(f"compiled again: {pattern!r}")


def test_a_refused_or_missing_program_is_compiled(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rx = Rx(PATTERNS[0], re.I)
    patterncache.save()
    path = patterncache.programs_file()
    head = path.read_bytes()
    key = patterncache._key(PATTERNS[0], re.I)
    program = srecode.Kept(path).get(key)
    assert program is not None
    flags, code, groups, groupindex, indexgroup = program
    broken = {key: (flags, [99999, *code[1:]], groups, groupindex, indexgroup)}
    path.write_bytes(srecode.dump(broken))  # the engine refuses this code
    _restart(monkeypatch)
    assert _same(patterncache.compiled(PATTERNS[0], re.I), rx.rx)
    path.write_bytes(head[:20])  # cut short: not read, everything derived again
    _restart(monkeypatch)
    again = Rx(PATTERNS[0], re.I)
    assert again._rx is not None and _same(again.rx, rx.rx)


def test_the_cache_file_is_written_in_pieces_as_json_dumps_would_write_it() -> None:
    """A save streams the analyses' JSON (issue 15: the whole text was a scan's peak)."""
    import json

    from agent.classify.patterncache import json_pieces

    for data in (
        {},
        {"analyses": {}},
        {
            "analyses": {"1:ab": [[["x", "é"]], None], "2:c": [[], ["q"]]},
            "starts": {"k": None},
            "widths": {"w": 3, "v": None},
        },
    ):
        want = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        for size in (1, 7, 65536):
            pieces = list(json_pieces({k: iter(v.items()) for k, v in data.items()}, size))
            assert b"".join(pieces) == want
            assert size > 7 or len(pieces) > 1 or not data.get("analyses")


def test_equal_word_sets_and_program_entries_are_read_as_one_object(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15 (rss35): the tables every process reads at start hold one object a distinct
    word set, tuple of sets and group layout, not one an occurrence."""
    same = (r"\bapplication (?:status|update)\b", r"\bapplication (?:status|update)s?\b")
    for p in same:
        Rx(p, re.I).rx  # noqa: B018 - derived and compiled: both kept by the save
    patterncache.save()
    _restart(monkeypatch)
    first, second = (Rx(p, re.I) for p in same)
    assert first.needles == second.needles and first.needles is second.needles
    assert first.lead is second.lead
    kept = srecode.Kept(patterncache.programs_file())
    keys = [patterncache._key(p, re.I) for p in same]
    entries = [kept.entry(k) for k in keys]
    assert entries[0][2] is entries[1][2] and entries[0][3] is entries[1][3]
    for p, k in zip(same, keys, strict=True):  # the shared layout still builds each pattern
        program = kept.get(k)
        assert program is not None and srecode.build(p, program) == re.compile(p, re.I)
