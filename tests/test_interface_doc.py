"""docs/interface.md is true: every command, flag, config key, JSON field and exit code.

The document is the contract users and scripts rely on; these tests compare it
with the argparse parser, the config dataclasses, the JSON the commands really
print and the exception classes, in both directions where it can be checked.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import json
import re
import tomllib
from pathlib import Path

import pytest

from agent import config as config_mod
from agent import errors
from agent.cli import build_parser, main
from agent.feedback.drafts import make_draft
from agent.store import open_store

from helpers import seed_rejection

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "interface.md").read_text("utf-8")
CORPUS_MAIL = next(iter(sorted((ROOT / "tests" / "corpus").rglob("*.eml"))))


def section(title: str, text: str = DOC) -> str:
    """The text under a heading, up to the next heading of the same or a higher level."""
    m = re.search(rf"^(#+) {re.escape(title)}\s*$", text, re.MULTILINE)
    assert m, f"docs/interface.md has no heading {title!r}"
    level = len(m.group(1))
    rest = text[m.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def first_cells(text: str) -> list[str]:
    """The first column of every table row (header and rule rows left out)."""
    cells = []
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells.append(line.split("|")[1].strip())
    return cells[1:] if cells else []


def ticked(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def parser_commands(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, set[str]]:
    """'drafts approve' → {'--late'}: every leaf command and its flags."""
    found: dict[str, set[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix} {name}".strip()
                nested = parser_commands(sub, full)
                flags = {
                    o
                    for a in sub._actions
                    for o in a.option_strings
                    if o.startswith("--") and o != "--help"
                }
                found.update(nested or {full: flags})
    return found


def documented_commands() -> list[str]:
    rows = first_cells(section("Command line").split("### Planned")[0])
    return [usage for cell in rows for usage in ticked(cell)]


def test_every_command_and_flag_is_documented() -> None:
    usages = documented_commands()
    for command, flags in parser_commands(build_parser()).items():
        mine = [u for u in usages if re.match(rf"rebound {re.escape(command)}\b", u)]
        assert mine, f"`rebound {command}` is missing from docs/interface.md"
        for flag in flags:
            assert any(flag in u for u in mine), f"`rebound {command} {flag}` is not documented"


def test_every_documented_command_exists() -> None:
    commands = parser_commands(build_parser())
    for usage in documented_commands():
        words = [w for w in usage.split()[1:] if re.fullmatch(r"[a-z]+", w)]
        assert any(" ".join(words[:n]) in commands for n in (1, 2)), (
            f"{usage!r} is documented as existing, but the parser has no such command"
        )
        flags = set(re.findall(r"--[a-z-]+", usage))
        command = next(" ".join(words[:n]) for n in (2, 1) if " ".join(words[:n]) in commands)
        assert flags <= commands[command], f"{usage!r}: {flags - commands[command]} do not exist"


def test_global_options_are_documented() -> None:
    top = section("Command line")
    for action in build_parser()._actions:
        for option in action.option_strings:
            if option not in ("-h", "--help"):
                assert option in top, f"global option {option} is not documented"


def schema_keys() -> set[str]:
    keys = set()
    for sec in dataclasses.fields(config_mod.Config):
        if sec.name == "source":
            continue
        for key in dataclasses.fields(sec.default_factory()):  # type: ignore[misc]
            keys.add(f"{sec.name}.{key.name}")
    return keys


def test_config_keys_match_the_schema() -> None:
    text = section("Configuration (TOML)")
    documented = {ticked(cell)[0] for cell in first_cells(text) if ticked(cell)}
    assert documented == schema_keys(), (
        f"undocumented: {sorted(schema_keys() - documented)}; "
        f"not in the schema: {sorted(documented - schema_keys())}"
    )


def test_config_defaults_match_the_schema() -> None:
    """The default column is the dataclass default, written as TOML."""
    defaults = config_mod.Config()
    text = section("Configuration (TOML)")
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("|")[1:-1]]
        if len(cells) < 3 or not cells[0].startswith("`"):
            continue
        sec, key = cells[0].strip("`").split(".")
        written = tomllib.loads(f"v = {cells[2].strip('`')}")["v"]
        actual = getattr(getattr(defaults, sec), key)
        expected = list(actual) if isinstance(actual, tuple) else actual
        assert written == expected, f"{sec}.{key}: documented {written!r}, really {actual!r}"


def json_table(title: str) -> set[str]:
    return {ticked(cell)[0] for cell in first_cells(section(title)) if ticked(cell)}


def test_classify_json_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", str(CORPUS_MAIL)]) in (0, 1)
    printed = json.loads(capsys.readouterr().out.splitlines()[0])
    assert set(printed) == json_table("`classify --json`")


@pytest.fixture
def cfg_path(tmp_path: Path) -> Path:
    path = tmp_path / "rebound.toml"
    path.write_text(
        f'[owner]\nemail = "alex@example.com"\n[database]\npath = "{tmp_path / "r.db"}"\n'
    )
    with open_store(tmp_path / "r.db") as store:
        rid = seed_rejection(store, 1)
        assert make_draft(store, config_mod.load(path), rid)
    return path


@pytest.mark.parametrize(
    ("argv", "title"),
    [
        (["drafts", "list", "--json"], "`drafts list --json`"),
        (["rejections", "list", "--json"], "`rejections list --json`"),
    ],
)
def test_list_json_fields(
    cfg_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], title: str
) -> None:
    assert main(["--config", str(cfg_path), *argv]) == 0
    (printed,) = json.loads(capsys.readouterr().out)
    assert set(printed) == json_table(title)


def test_draft_statuses_are_documented() -> None:
    from agent.store import DRAFT_STATUSES

    text = section("`drafts list --json`")
    for status in DRAFT_STATUSES:
        assert f"`{status}`" in text, status


def test_exit_codes_name_every_error_class() -> None:
    rows = {}
    for line in section("Exit codes").splitlines():
        cells = [c.strip() for c in line.split("|")[1:-1]]
        if cells and cells[0].isdigit():
            rows[int(cells[0])] = set(ticked(cells[-1]))
    classes = [
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.ReboundError)
    ]
    assert len(classes) > 10
    for cls in classes:
        assert cls.__name__ in rows.get(cls.exit_code, set()), (
            f"{cls.__name__} (exit {cls.exit_code}) is not in that row of the exit-code table"
        )


def test_summary_json_fields(cfg_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """scan/import, send, doctor/config check and drafts show print what the doc says."""
    assert main(["--config", str(cfg_path), "import", "--json", str(CORPUS_MAIL)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == json_table("`scan --json`, `import --json`")
    assert main(["--config", str(cfg_path), "send", "--dry-run", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == json_table("`send --json`")
    main(["--config", str(cfg_path), "config", "check", "--json"])
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == json_table("`doctor --json`, `config check --json`")
    assert {"check", "status", "detail"} == set(printed["checks"][0])
    assert main(["--config", str(cfg_path), "drafts", "show", "1", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == json_table("`drafts list --json`")
