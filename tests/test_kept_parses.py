"""Start-up work kept across runs (issue 15, scan23): the data files' TOML parses and the
templates' compiled code come back equal from the cache folder, and a stale, foreign or
broken cache file only costs the parse or the compile."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest

from agent import files
from agent.feedback import templating
from agent.feedback.templating import environment, render

from helpers import count_template_compiles

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = sorted(p for p in (ROOT / "agent").rglob("*.toml") if "__pycache__" not in p.parts)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, and this process's tables as a new process has them."""
    monkeypatch.setenv(files.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(files, "_toml", None)
    monkeypatch.setattr(templating._COMPILED, "_code", None)
    templating.code_file.cache_clear()
    yield tmp_path / "cache"
    templating.code_file.cache_clear()


def _parsing_forbidden(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed, not read from the kept file")

    monkeypatch.setattr(tomllib, "loads", refuse)


def test_every_data_file_reads_as_tomllib_parses_it_cold_and_kept(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(DATA_FILES) >= 10  # the packs, the word lists, the mail tables
    expected = {}
    for path in DATA_FILES:
        with path.open("rb") as fh:
            expected[path] = tomllib.load(fh)
    assert {p: files.read_toml(p) for p in DATA_FILES} == expected
    kept = files.toml_file()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    monkeypatch.setattr(files, "_toml", None)  # a new process
    _parsing_forbidden(monkeypatch)
    again = {p: files.read_toml(p) for p in DATA_FILES}
    assert again == expected
    assert [list(again[p]) for p in DATA_FILES] == [list(expected[p]) for p in DATA_FILES]
    first = DATA_FILES[0]
    assert files.read_toml(first) is not files.read_toml(first)  # each caller its own copy


def test_an_edited_file_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "pack.toml"
    path.write_text('[meta]\nname = "one"\n')
    assert files.read_toml(path) == {"meta": {"name": "one"}}
    path.write_text('[meta]\nname = "two"\n')
    assert files.read_toml(path) == {"meta": {"name": "two"}}


def test_a_broken_or_foreign_kept_file_means_parsing_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "words.toml"
    path.write_text('words = ["a", "b"]\n')
    assert files.read_toml(path) == {"words": ["a", "b"]}
    for junk in (b"", b"\x00\x01 not marshal", b"N"):  # empty, garbage, a foreign value (None)
        files.toml_file().write_bytes(junk)
        monkeypatch.setattr(files, "_toml", None)
        assert files.read_toml(path) == {"words": ["a", "b"]}


def test_bad_toml_raises_as_tomllib_does_and_a_date_is_not_kept(
    cache: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("words = [\n")
    with pytest.raises(tomllib.TOMLDecodeError):
        files.read_toml(bad)
    dated = tmp_path / "dated.toml"
    dated.write_text("when = 2026-12-02\n")
    assert str(files.read_toml(dated)["when"]) == "2026-12-02"
    assert not files.toml_file().exists()  # nothing marshal could hold was written


def test_template_code_is_kept_for_the_next_process(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = count_template_compiles(monkeypatch)
    template = tmp_path / "kept.txt.j2"
    template.write_text("Hello {{ who }}")
    assert render(environment(str(tmp_path)), template.name, who="A") == "Hello A"
    assert compiled == [template.name]
    assert stat.S_IMODE(templating.code_file().stat().st_mode) == 0o600
    monkeypatch.setattr(templating._COMPILED, "_code", None)  # a new process
    assert render(environment(str(tmp_path)), template.name, who="B") == "Hello B"
    assert compiled == [template.name]  # read from the file, not compiled
    template.write_text("Goodbye {{ who }}")
    monkeypatch.setattr(templating._COMPILED, "_code", None)
    assert render(environment(str(tmp_path)), template.name, who="C") == "Goodbye C"
    assert compiled == [template.name, template.name]  # an edit is compiled afresh
    templating.code_file().write_bytes(b"\x00 broken")
    monkeypatch.setattr(templating._COMPILED, "_code", None)
    assert render(environment(str(tmp_path)), template.name, who="D") == "Goodbye D"
    assert compiled == [template.name] * 3


def test_kept_template_code_is_bounded(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templating, "_MAX_KEPT", 3)
    env = environment(str(tmp_path))
    for i in range(5):
        (tmp_path / f"t{i}.txt.j2").write_text(f"{i}")
        assert render(env, f"t{i}.txt.j2") == f"{i}"
    assert templating.code_file().exists()
    assert len(files.read_kept(templating.code_file())) == 3


def test_the_long_commands_ask_for_one_malloc_arena() -> None:
    """glibc here (the tests' machines): the scan and the daemon share one arena."""
    from agent.cli import one_malloc_arena

    assert one_malloc_arena() is True
