"""SMTP logins against aiosmtpd: password AUTH and XOAUTH2 with a token that is refreshed once."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.errors import PermanentSendError
from agent.mail.smtp import smtp_session

from helpers import write_config
from servers import SmtpServer


def _cfg(tmp_path: Path, smtp: SmtpServer, smtp_lines: str) -> config_mod.Config:
    path = write_config(tmp_path, None, smtp)
    text = path.read_text().replace('username = ""\n', smtp_lines + "\n", 1)
    path.write_text(text)
    return config_mod.load(path)


def _token_script(tmp_path: Path, tokens: list[str]) -> str:
    """A token command printing the next token of ``tokens`` on each run (then the last)."""
    state = tmp_path / "runs"
    script = tmp_path / "token.sh"
    cases = "\n".join(f"  {i}) echo {t} ;;" for i, t in enumerate(tokens))
    script.write_text(
        f"#!/bin/sh\nn=$(cat {state} 2>/dev/null || echo 0)\necho $((n+1)) > {state}\n"
        f'case "$n" in\n{cases}\n  *) echo {tokens[-1]} ;;\nesac\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_password_auth(tmp_path: Path) -> None:
    with SmtpServer(auth=("rebound", "smtp-secret")) as smtp:
        (tmp_path / "smtp.pw").write_text("smtp-secret\n")
        cfg = _cfg(tmp_path, smtp, 'username = "rebound"\npassword_file = "smtp.pw"')
        with smtp_session(cfg) as conn:
            assert conn.noop()[0] == 250
        (tmp_path / "smtp.pw").write_text("wrong\n")
        cfg = _cfg(tmp_path, smtp, 'username = "rebound"\npassword_file = "smtp.pw"')
        with pytest.raises(PermanentSendError, match="login refused"), smtp_session(cfg):
            pass


def test_xoauth2_token_rerun_once_when_refused(tmp_path: Path) -> None:
    with SmtpServer(auth=("alex@example.com", "unused"), xoauth2_token="fresh-token") as smtp:
        command = _token_script(tmp_path, ["expired-token", "fresh-token"])
        cfg = _cfg(
            tmp_path,
            smtp,
            f'username = "alex@example.com"\nauth = "xoauth2"\ntoken_command = "{command}"',
        )
        with smtp_session(cfg) as conn:
            assert conn.noop()[0] == 250
        assert [a.split("Bearer ")[1].strip("\x01") for a in smtp.xoauth2_attempts] == [
            "expired-token",
            "fresh-token",
        ]


def test_xoauth2_refused_twice_is_one_clear_error(tmp_path: Path) -> None:
    with SmtpServer(auth=("alex@example.com", "unused"), xoauth2_token="right") as smtp:
        command = _token_script(tmp_path, ["wrong"])
        cfg = _cfg(
            tmp_path,
            smtp,
            f'username = "alex@example.com"\nauth = "xoauth2"\ntoken_command = "{command}"',
        )
        with pytest.raises(PermanentSendError, match="token_command"), smtp_session(cfg):
            pass
        assert len(smtp.xoauth2_attempts) == 2


def test_xoauth2_needs_a_token_command(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[smtp]\nauth = "xoauth2"\n')
    with pytest.raises(config_mod.ConfigError, match=r"smtp\.token_command"):
        config_mod.load(path)
