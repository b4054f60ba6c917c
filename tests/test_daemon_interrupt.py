"""A stop cuts every wait on a server that accepts TCP and never answers.

The servers are real listening sockets on 127.0.0.1 (tests/proxy.py) and every
socket timeout is 600 s: a thread that ends within the (load-stretched) bound
was cut, it did not time out. The stop promise in seconds is test_daemon_stop's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from proxy import SilentServer, StallingProxy
from test_daemon import RunningDaemon, patience, rejection, wait_until
from test_daemon_signals import _consistent

from agent import config as config_mod
from agent.config import Config
from agent.errors import AmbiguousSendError, ConnectError, TemporarySendError
from agent.mail import imap as mailbox
from agent.mail import interrupt
from agent.mail.interrupt import Interrupt
from agent.mail.smtp import deliver, smtp_session

from helpers import INTERVIEW_INVITE, mail, write_config

FOREVER = 600  # timeout_seconds: far beyond any bound below


class _Account:
    """Where write_config points the IMAP account: any host and port."""

    def __init__(self, port: int, host: str = "127.0.0.1") -> None:
        self.host, self.port, self.username, self.password = host, port, "alex", "pw-SECRET-42"


def _long_timeouts(path: Path) -> Path:
    path.write_text(
        path.read_text().replace("timeout_seconds = 10", f"timeout_seconds = {FOREVER}")
    )
    return path


def _config(tmp_path: Path, imap_port: int, smtp: Any = None, *, extra: str = "") -> Config:
    return config_mod.load(
        _long_timeouts(write_config(tmp_path, _Account(imap_port), smtp, extra=extra))
    )


class _Worker:
    """``work`` in a thread inside ``scope(cut)``; keeps what it raised."""

    def __init__(self, cut: Interrupt, work: Callable[[], object]) -> None:
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(cut, work), daemon=True)
        self.thread.start()

    def _run(self, cut: Interrupt, work: Callable[[], object]) -> None:
        with interrupt.scope(cut):
            try:
                work()
            except BaseException as exc:
                self.error = exc

    def ended(self) -> bool:
        self.thread.join(patience(10))
        return not self.thread.is_alive()


def test_a_stop_cuts_an_imap_connect_waiting_for_the_greeting(tmp_path: Path) -> None:
    with SilentServer() as silent:
        cfg = _config(tmp_path, silent.port)
        cut = Interrupt("test")
        worker = _Worker(cut, lambda: mailbox.connect(cfg))
        wait_until(lambda: silent.accepted >= 1, what="the connection accepted")
        assert worker.thread.is_alive()  # waiting for a greeting that never comes
        cut.stop()  # still connecting: cut at once, nothing to finish
        assert worker.ended(), "the connect was not cut"
        assert isinstance(worker.error, ConnectError)
        assert cut.was_cut and cut.doing == "connecting"
        assert "pw-SECRET-42" not in str(worker.error)
        # stopped: no new connection is opened at all
        with interrupt.scope(cut), pytest.raises(ConnectError):
            mailbox.connect(cfg)
        assert silent.accepted == 1


def test_a_stop_cuts_an_smtp_greeting_and_a_stopped_scope_opens_nothing(tmp_path: Path) -> None:
    with SilentServer() as silent:
        cfg = _config(tmp_path, 1, smtp=silent)

        def send() -> None:
            with smtp_session(cfg):
                pass

        cut = Interrupt("test")
        worker = _Worker(cut, send)
        wait_until(lambda: silent.accepted >= 1, what="the connection accepted")
        cut.stop()
        assert worker.ended(), "the SMTP connect was not cut"
        assert isinstance(worker.error, TemporarySendError)  # a send is retried later


def test_data_in_flight_is_cut_only_by_force(tmp_path: Path) -> None:
    """A cut during DATA leaves the mail uncertain: the stop waits for it, then forces."""
    with SilentServer(smtp_until_data=True) as silent:
        cfg = _config(tmp_path, 1, smtp=silent)
        msg = _message()

        def send() -> None:
            with smtp_session(cfg) as conn:
                deliver(conn, msg)

        cut = Interrupt("test")
        worker = _Worker(cut, send)
        wait_until(lambda: silent.dots >= 1, what="the message taken")
        cut.stop()
        assert not cut.was_cut  # sending, not connecting
        assert cut.cut("sending") is False  # DATA in flight: not without force
        assert worker.thread.is_alive()
        assert cut.cut("sending", force=True)
        assert worker.ended(), "the DATA was not cut"
        assert isinstance(worker.error, AmbiguousSendError)


def test_wake_fd_is_readable_once_stopped() -> None:
    import select

    cut = Interrupt("test")
    fd = cut.wake_fd()
    assert select.select([fd], [], [], 0)[0] == []
    cut.stop()
    assert select.select([fd], [], [], 0)[0] == [fd]
    later = Interrupt("test")
    later.stop()
    assert select.select([later.wake_fd()], [], [], 0)[0] != []  # asked for after the stop
    cut.close()
    later.close()


def _message() -> Any:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.com", "b@example.com", "hello"
    msg.set_content("hello")
    return msg


# ---------------------------------------------------------------- the daemon


def _threads_ended(d: RunningDaemon) -> None:
    """Every thread of the daemon ended: none was left behind in a wait."""
    left = [w.name for w in d.daemon.watchers if w.is_alive()]
    jobs = d.daemon._jobs
    if jobs is not None and jobs.is_alive():
        left.append(jobs.name)
    assert not left, f"threads left behind: {left}"


@pytest.mark.usefixtures("compiled_classifier")
@pytest.mark.parametrize("dry_run", [False, True], ids=["run", "dry-run"])
def test_daemon_stop_cuts_the_watchers_and_the_syncs_connect(  # type: ignore[no-untyped-def]
    tmp_path: Path, caplog, dry_run: bool
) -> None:
    caplog.set_level(logging.INFO, "agent.service.daemon")
    with SilentServer() as silent:
        path = _long_timeouts(
            write_config(tmp_path, _Account(silent.port), imap_extra="poll_seconds = 1\n")
        )
        with RunningDaemon(path, dry_run=dry_run) as d:
            # the watcher's connect, then the 1 s Drafts/Sent sync's
            wait_until(lambda: silent.accepted >= 2, what="both connections waiting")
        assert d.code == 0
        _threads_ended(d)
    assert "watch:INBOX: cut while connecting" in caplog.text
    assert "jobs: cut while connecting" in caplog.text
    assert "did not stop in time" not in caplog.text
    assert "pw-SECRET-42" not in caplog.text


@pytest.mark.usefixtures("compiled_classifier")
def test_daemon_stop_waits_for_a_digest_in_data_then_records_it_failed(  # type: ignore[no-untyped-def]
    imap_account, tmp_path: Path, caplog
) -> None:
    caplog.set_level(logging.INFO, "agent.service.daemon")
    imap_account.append(rejection("digest"))
    with SilentServer(smtp_until_data=True) as smtp:
        path = _long_timeouts(
            write_config(
                tmp_path,
                imap_account,
                smtp,
                extra='[digest]\ntime = "00:00"\n\n[daemon]\ntick_seconds = 1\n',
            )
        )
        with RunningDaemon(path) as d:
            wait_until(lambda: smtp.dots >= 1, what="the digest's message taken")
        assert d.code == 0
        _threads_ended(d)
        assert d.db.rows("SELECT status FROM digests") == [("failed",)]  # retried later
    assert "jobs: a send is in flight; waiting for the server" in caplog.text
    assert "jobs: no answer to a send; closing the connection" in caplog.text
    assert "did not stop in time" not in caplog.text


@pytest.mark.usefixtures("compiled_classifier")
def test_daemon_stop_mid_fetch_on_a_stalled_server_keeps_the_mark_consistent(  # type: ignore[no-untyped-def]
    imap_account, tmp_path: Path
) -> None:
    invite = mail("Interview invitation", INTERVIEW_INVITE)
    for n in range(600):
        imap_account.deliver(rejection(n) if n % 100 == 0 else invite)
    with StallingProxy(imap_account.port) as proxy:
        path = _long_timeouts(write_config(tmp_path, imap_account, imap_extra="batch_size = 20\n"))
        path.write_text(
            path.read_text().replace(f"port = {imap_account.port}", f"port = {proxy.port}")
        )
        with RunningDaemon(path) as d:
            wait_until(lambda: d.db.count("messages") >= 40, timeout=60, what="the catch-up")
            assert proxy.stall() >= 1
        assert d.code == 0
        _threads_ended(d)
        mark = _consistent(d.db)
    assert mark < 600, "the catch-up finished before the stall; make the mailbox bigger"
