"""Config loading: defaults, type checks, unknown keys, secrets; every error names key, file, value."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from agent import config
from agent.cli import main
from agent.errors import ConfigError, SecretError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text)
    return path


def test_example_config_loads_and_documents_every_key() -> None:
    cfg = config.load(ROOT / "config.example.toml")
    assert cfg.imap.folders == ("INBOX",)
    text = (ROOT / "config.example.toml").read_text()
    import dataclasses

    for section in dataclasses.fields(config.Config):
        if section.name == "source":
            continue
        assert f"[{section.name}]" in text
        for key in dataclasses.fields(getattr(cfg, section.name)):
            assert f"\n{key.name} = " in text, f"{section.name}.{key.name} is not documented"


def test_defaults_without_file_contents(tmp_path: Path) -> None:
    cfg = config.load(write(tmp_path, ""))
    assert cfg.feedback.deadline_hours == 48
    assert cfg.database.path == str(tmp_path / "rebound.db")  # relative to the file
    # the cue-gated model: on (R 0.80 -> 0.82 for ~1.3x a scan's analysis, docs/benchmarks.md)
    assert cfg.classify.second_opinion is True
    assert (
        config.load(write(tmp_path, "[classify]\nsecond_opinion = false")).classify.second_opinion
        is False
    )


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("[imap]\nhots = 'x'", "imap.hots", "hots"),
        ("[imap]\nport = 'x'", "imap.port", "'x'"),
        ("[imap]\nidle = 1", "imap.idle", "1"),
        ("[imap]\nsecurity = 'tls'", "imap.security", "'tls'"),
        ("[imap]\nhost = 'mail.example.com'\nsecurity = 'none'", "imap.security", "'none'"),
        ("[owner]\ntimezone = 'Mars/Base'", "owner.timezone", "Mars/Base"),
        ("[owner]\naliases = ['alex at home']", "owner.aliases[0]", "alex at home"),
        ("[feedback]\nbusiness_hours = '9-5'", "feedback.business_hours", "9-5"),
        ("[feedback]\nbusiness_days = ['Mon', 'Funday']", "feedback.business_days[1]", "Funday"),
        ("[feedback]\ndraft_for_stages = ['lunch']", "feedback.draft_for_stages[0]", "lunch"),
        ("[feedback]\ndeadline_hours = 1\nmin_delay_hours = 2", "feedback.deadline_hours", "1"),
        ("[digest]\ntime = '25:00'", "digest.time", "25:00"),
        ("[classify]\nworker = 'always'", "classify.worker", "always"),
        ("[classify]\nworker_min_messages = -1", "classify.worker_min_messages", "-1"),
        ("[bogus]\nx = 1", "bogus", "bogus"),
        ("[imap]\npassword = 'hunter2'", "imap.password", "password_env"),
    ],
)
def test_errors_name_file_key_and_value(tmp_path: Path, text: str, key: str, value: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        config.load(path)
    message = str(info.value)
    assert str(path) in message and key in message and value in message
    assert "hunter2" not in message


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.load(write(tmp_path, "[imap\n"))
    with pytest.raises(ConfigError, match="cannot read"):
        config.load(tmp_path / "nope.toml")


def test_bad_config_exits_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "[imap]\nport = 'x'")
    assert main(["--config", str(path), "drafts", "list"]) == 2
    err = capsys.readouterr().err
    assert "imap.port" in err and str(path) in err


def test_config_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_cfg = write(tmp_path, "")
    monkeypatch.setenv("REBOUND_CONFIG", str(env_cfg))
    assert config.find_config(None) == env_cfg
    assert config.find_config("/x.toml") == Path("/x.toml")
    monkeypatch.delenv("REBOUND_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path))
    home_cfg = tmp_path / "xdg" / "rebound" / "config.toml"
    home_cfg.parent.mkdir(parents=True)
    home_cfg.write_text("")
    assert config.find_config(None) == home_cfg


def test_secrets_from_env_command_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_PW", "from-env")
    cfg = config.load(write(tmp_path, "[imap]\npassword_env = 'MY_PW'"))
    assert config.resolve_secret(cfg.imap, "imap") == "from-env"
    cfg = config.load(write(tmp_path, "[imap]\npassword_command = 'echo from-command'"))
    assert config.resolve_secret(cfg.imap, "imap") == "from-command"
    (tmp_path / "pw").write_text("from-file\n")
    os.chmod(tmp_path / "pw", stat.S_IRUSR)
    cfg = config.load(write(tmp_path, "[imap]\npassword_file = 'pw'"))
    assert config.resolve_secret(cfg.imap, "imap") == "from-file"
    monkeypatch.delenv("REBOUND_IMAP_PASSWORD", raising=False)
    cfg = config.load(write(tmp_path, ""))
    with pytest.raises(SecretError, match="REBOUND_IMAP_PASSWORD"):
        config.resolve_secret(cfg.imap, "imap")
    cfg = config.load(write(tmp_path, "[imap]\npassword_command = 'false'"))
    with pytest.raises(SecretError, match="status 1"):
        config.resolve_secret(cfg.imap, "imap")


def test_secrets_are_redacted_from_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from agent.logsetup import RedactingFormatter

    monkeypatch.setenv("MY_PW", "s3cr3t-value")
    cfg = config.load(write(tmp_path, "[imap]\npassword_env = 'MY_PW'"))
    config.resolve_secret(cfg.imap, "imap")
    record = logging.LogRecord(
        "x", logging.INFO, "f", 1, "sent %s and LOGIN bob pw2", ("s3cr3t-value",), None
    )
    text = RedactingFormatter("%(message)s").format(record)
    assert "s3cr3t-value" not in text and "pw2" not in text
