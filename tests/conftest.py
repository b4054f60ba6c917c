"""Shared fixtures: real Dovecot and SMTP servers on 127.0.0.1 (see tests/servers.py)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import restart_patterncache
from servers import SMTP_TEST_AUTH, Account, Dovecot, SmtpServer, find_dovecot


def pytest_configure(config: pytest.Config) -> None:
    # aiosmtpd warns whenever AUTH is allowed without TLS; on loopback that is the point.
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )
    # The classifier keeps a pattern cache in ~/.cache/rebound; tests (and the CLI runs they
    # start, which inherit the environment) keep theirs in a folder of the session instead.
    if "REBOUND_CACHE_DIR" not in os.environ:
        os.environ["REBOUND_CACHE_DIR"] = tempfile.mkdtemp(prefix="rebound-test-cache-")
        config.add_cleanup(lambda: shutil.rmtree(os.environ.pop("REBOUND_CACHE_DIR"), True))


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and a process whose pattern cache has read no file yet."""
    from agent.classify import patterncache

    folder = tmp_path / "cache" / "rebound"
    monkeypatch.setenv(patterncache.CACHE_ENV, str(folder))
    restart_patterncache(monkeypatch)
    patterncache.cache_file.cache_clear()
    yield folder
    patterncache.cache_file.cache_clear()


@pytest.fixture(scope="session")
def compiled_classifier() -> None:
    """The pattern databases compiled into the session's cache folder before a daemon starts.

    A first compile takes seconds on a quiet machine and over a minute at a load of 20;
    without this, the first daemon test's wait for READY measured that compile, not the
    daemon (`tests/test_daemon_warmup.py` covers a first start on its own).
    """
    from agent.ingest import pipeline

    pipeline.warm_classifier()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One Dovecot per session (~50 ms to start); tests isolate via `imap_account`.

    A missing binary fails on CI (a silently skipped IMAP suite would look green) and
    skips locally with the command that installs it.
    """
    if find_dovecot() is None:
        msg = "dovecot is not installed: run `make test` or `scripts/install-deps.sh`"
        if os.environ.get("CI"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    with Dovecot() as server:
        yield server


@pytest.fixture
def imap_account(dovecot: Dovecot) -> Account:
    """A fresh, empty mailbox on the shared server."""
    dovecot.start()  # no-op unless an earlier test stopped it and failed before restarting
    return dovecot.new_account()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A capturing SMTP server without auth or TLS."""
    with SmtpServer() as server:
        yield server


@pytest.fixture
def smtp_server_auth() -> Iterator[SmtpServer]:
    """A capturing SMTP server that requires AUTH with `SMTP_TEST_AUTH` (no TLS needed)."""
    with SmtpServer(auth=SMTP_TEST_AUTH) as server:
        yield server
