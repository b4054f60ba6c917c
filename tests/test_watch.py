"""Watcher pieces: backoff, refused logins (retried slowly), XOAUTH2 token re-runs."""

from __future__ import annotations

import logging
import random
import sys
import time

import pytest
from test_daemon import RunningDaemon, fast_config, rejection, wait_until

from agent import config as config_mod
from agent.errors import AuthError
from agent.logsetup import redact
from agent.mail import imap as mailbox
from agent.service.watch import Backoff


def test_backoff_doubles_with_jitter_up_to_the_cap_and_resets() -> None:
    b = Backoff(1.0, 8.0, random.Random(1))
    delays = [b.next() for _ in range(6)]
    for delay, full in zip(delays, [1, 2, 4, 8, 8, 8], strict=True):
        assert full / 2 <= delay <= full
    b.reset()
    assert b.next() <= 1.0


def test_refused_login_is_retried_slowly_and_recovers(imap_account, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    cfg = fast_config(tmp_path, imap_account, imap="auth_retry_seconds = 0.3\n")
    (tmp_path / "imap.pw").write_text("wrong\n")
    imap_account.append(rejection("auth"))
    caplog.set_level(logging.ERROR, "agent.service.watch")
    with RunningDaemon(cfg) as d:
        wait_until(lambda: "login refused" in caplog.text, what="the refusal logged")
        assert "trying again in" in d.daemon.watchers[0].state
        (tmp_path / "imap.pw").write_text(imap_account.password + "\n")  # the user fixes it
        wait_until(lambda: d.db.count("rejections") == 1, what="recovery without a restart")
    assert d.code == 0


def test_xoauth2_token_command_is_rerun_once_when_refused(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    counter = tmp_path / "runs"
    script = tmp_path / "token.py"
    script.write_text(
        f"import pathlib\np = pathlib.Path({str(counter)!r})\n"
        "p.write_text(p.read_text() + 'x' if p.exists() else 'x')\n"
        "print('ya29.secret-access-token-' + str(len(p.read_text())))\n"
    )
    cfg_path = fast_config(
        tmp_path,
        imap_account,
        imap=f'auth = "xoauth2"\ntoken_command = "{sys.executable} {script}"\n',
    )
    text = cfg_path.read_text().replace('password_file = "imap.pw"\n', "")
    cfg_path.write_text(text)
    cfg = config_mod.load(cfg_path)
    # The test Dovecot offers no XOAUTH2: every token is refused, which is what we test.
    with pytest.raises(AuthError, match="token_command"):
        mailbox.connect(cfg)
    assert counter.read_text() == "xx"
    assert "ya29" not in redact("token ya29.secret-access-token-1 and ya29.secret-access-token-2")


def test_xoauth2_needs_a_token_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(config_mod.ConfigError, match=r"imap\.token_command"):
        config_mod.from_dict({"imap": {"auth": "xoauth2"}}, tmp_path / "c.toml")
    with pytest.raises(config_mod.ConfigError, match="idle_renew_minutes"):
        config_mod.from_dict({"imap": {"idle_renew_minutes": 30}}, tmp_path / "c.toml")


def test_dry_run_daemon_reports_once_and_saves_nothing(imap_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(rejection("dry"))
    cfg = fast_config(tmp_path, imap_account, keepalive=0.2)
    with RunningDaemon(cfg, dry_run=True) as d:
        watcher = wait_until(lambda: d.daemon.watchers, what="the watcher")[0]
        wait_until(lambda: watcher.handled == 1, what="the dry catch-up")
        imap_account.append(rejection("dry-2"))
        wait_until(lambda: watcher.handled == 2, what="the second message")
        time.sleep(0.5)  # several keepalive catch-ups: none may report a message again
        assert watcher.handled == 2
    assert d.db.count("rejections") == 0
    assert d.db.rows("SELECT * FROM sync_state") == []


def test_unexpected_error_is_logged_with_traceback_then_reconnects(  # type: ignore[no-untyped-def]
    imap_account, tmp_path, caplog, monkeypatch
) -> None:
    from agent.service import watch

    real = watch.scan_folder
    calls = []

    def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(watch, "scan_folder", flaky)
    imap_account.append(rejection("flaky"))
    with RunningDaemon(fast_config(tmp_path, imap_account)) as d:
        wait_until(lambda: d.db.count("rejections") == 1, what="recovery after the crash")
    assert any(r.exc_info and "boom" in str(r.exc_info[1]) for r in caplog.records)
    assert d.code == 0


def test_a_temporary_login_failure_is_retried_soon_not_after_auth_retry(
    imap_account, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Dovecot starting up says NO [UNAVAILABLE] to a login: a connection problem, not a
    wrong password (the long fault loop found the watcher waiting 900 s after a restart)."""
    import re as re_mod

    from proxy import StallingProxy

    from agent.errors import ConnectError

    def unavailable(data: bytes) -> bytes:
        return re_mod.sub(
            rb"(\w+) OK [^\r\n]*Logged in",
            rb"\1 NO [UNAVAILABLE] Temporary authentication failure. [host:2026]",
            data,
        )

    with StallingProxy(imap_account.port, rewrite=unavailable) as proxy:
        path = fast_config(tmp_path, imap_account)
        path.write_text(
            path.read_text().replace(f"port = {imap_account.port}", f"port = {proxy.port}")
        )
        with pytest.raises(ConnectError, match="right now") as caught:
            mailbox.connect(config_mod.load(path))
    assert not isinstance(caught.value, AuthError) and caught.value.retryable
    assert "Temporary authentication failure" in str(caught.value)
