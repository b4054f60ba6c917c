"""A secret that cannot be read now is retried like a refused login, never fatal (issue 14 #4)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from test_daemon import RunningDaemon, fast_config, rejection, wait_until

from agent import config as config_mod
from agent.cli import main
from agent.errors import ConfigError, SecretError


def _flaky_command(tmp_path: Path, password: str, failures: int) -> str:
    """A password_command that fails ``failures`` times (a keyring still locked), then works."""
    counter = tmp_path / "runs"
    script = tmp_path / "pw.py"
    script.write_text(
        "import pathlib, sys\n"
        f"p = pathlib.Path({str(counter)!r})\n"
        "n = len(p.read_text()) if p.exists() else 0\n"
        "p.write_text('x' * (n + 1))\n"
        f"sys.exit(1) if n < {failures} else print({password!r})\n"
    )
    return f"{sys.executable} {script}"


def _config(tmp_path: Path, account, command: str) -> Path:  # type: ignore[no-untyped-def]
    path = fast_config(tmp_path, account, imap="auth_retry_seconds = 0.3\n")
    text = path.read_text().replace(
        'password_file = "imap.pw"', f"password_command = {command!r}", 1
    )
    path.write_text(text)
    return path


def test_daemon_retries_a_failing_password_command_at_start(
    imap_account, tmp_path: Path, caplog
) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(rejection("secret"))
    cfg = _config(tmp_path, imap_account, _flaky_command(tmp_path, imap_account.password, 2))
    caplog.set_level(logging.ERROR, "agent.service.watch")
    with RunningDaemon(cfg) as d:
        wait_until(lambda: "exited with status 1" in caplog.text, what="the failure logged")
        watcher = d.daemon.watchers[0]
        assert watcher.fatal is None
        wait_until(lambda: d.db.count("rejections") == 1, what="recovery without a restart")
    assert d.code == 0
    assert len((tmp_path / "runs").read_text()) >= 3  # two failures, then the login


def test_secret_errors_are_not_config_errors_but_a_missing_source_is(tmp_path: Path) -> None:
    cfg = config_mod.load(_config(tmp_path, _Fake(), "false"))
    try:
        config_mod.resolve_secret(cfg.imap, "imap", cfg.source)
    except SecretError as exc:
        assert not isinstance(exc, ConfigError)
        assert exc.retryable and exc.exit_code == 1
        assert "imap.password_command" in str(exc)
    else:
        raise AssertionError("the failing command was not reported")


def test_scan_with_a_failing_password_command_exits_1_not_2(imap_account, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cfg = _config(tmp_path, imap_account, "false")
    assert main(["--config", str(cfg), "scan"]) == 1


class _Fake:
    host, port, username, password = "127.0.0.1", 1, "u", "p"
