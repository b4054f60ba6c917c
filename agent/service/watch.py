"""Watching one IMAP folder for as long as the daemon runs: IDLE, polling, reconnects.

One thread per folder, each with its own IMAP session and its own SQLite
connection: IDLE only reports on the selected folder, and a stuck folder must
not hold up the others. The loop never ends by itself except on a stop request
or an error that retrying cannot fix (a config problem); everything else is
logged and followed by a reconnect with capped exponential backoff, then a
catch-up scan from the folder's committed mark, so mail that arrived meanwhile
is processed once and nothing twice.

Liveness is reported through :class:`Heartbeat`: the thread beats whenever it is
not blocked on the server, so a connection that stalls (no answer to DONE or
NOOP) stops the beats until the socket timeout fires and the session is
replaced. The daemon feeds systemd's watchdog only while every beat is fresh.
"""

from __future__ import annotations

import logging
import random
import select
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import imapclient
from imapclient.exceptions import IMAPClientError

from agent.classify import patterncache
from agent.config import Config
from agent.errors import AuthError, ConnectionDropped, ReboundError, SecretError
from agent.ingest.pipeline import Outcome
from agent.ingest.scan import dry_run_store, scan_folder
from agent.mail import imap as mailbox
from agent.mail import interrupt
from agent.mail.interrupt import Interrupt
from agent.store import Store, open_store

log = logging.getLogger(__name__)

# Shortest session that counts as healthy: a server that accepts the login and
# then drops us at once must still see the backoff grow.
HEALTHY_SESSION_SECONDS = 30.0
SHUTDOWN_TIMEOUT = 2.0  # DONE/LOGOUT on stop: don't let a dead server delay the exit


class Heartbeat:
    """Monotonic time of the watcher's last sign of life (read by another thread)."""

    def __init__(self) -> None:
        self._last = time.monotonic()

    def beat(self) -> None:
        self._last = time.monotonic()

    def age(self) -> float:
        return time.monotonic() - self._last


class Backoff:
    """Exponential delays with equal jitter, capped; reset after a healthy session."""

    def __init__(self, first: float, cap: float, rng: random.Random | None = None) -> None:
        self.first, self.cap = first, cap
        self.failures = 0
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    def next(self) -> float:
        delay = min(self.cap, self.first * 2**self.failures)
        self.failures = min(self.failures + 1, 30)
        return float(delay / 2 + self._rng.uniform(0, delay / 2))

    def reset(self) -> None:
        self.failures = 0


class FolderWatcher(threading.Thread):
    """Keep one folder processed: connect, catch up, IDLE (or poll), repeat forever."""

    def __init__(
        self,
        cfg: Config,
        folder: str,
        *,
        dry_run: bool = False,
        beat_seconds: float = 1.0,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> None:
        super().__init__(name=f"watch:{folder}", daemon=True)
        self.cfg, self.folder, self.dry_run = cfg, folder, dry_run
        self.beat_seconds = max(0.05, beat_seconds)
        self.on_outcome = on_outcome
        self.stop_event = threading.Event()
        self.heartbeat = Heartbeat()
        self.attempted = threading.Event()  # the first connection attempt has finished
        self.connected = threading.Event()  # a session is up and caught up
        self.fatal: ReboundError | None = None  # set when retrying cannot help
        self.state = "starting"
        self.handled = 0  # messages processed since start
        self.reconnects = 0
        self.mode = ""
        self._backoff = Backoff(cfg.imap.reconnect_min_seconds, cfg.imap.reconnect_max_seconds)
        self._dry_mark = 0
        # The thread's sockets, shut from the stopping thread (connect, IDLE, fetch).
        self.interrupt = Interrupt(self.name)

    # ------------------------------------------------------------ control

    def stop(self) -> None:
        """Stop: IDLE and sleeps end at once, a connect or login is cut (nothing to lose)."""
        self.stop_event.set()
        self.interrupt.stop()

    def status(self) -> str:
        return f"{self.folder}: {self.state}"

    # ------------------------------------------------------------ the loop

    def run(self) -> None:
        with interrupt.scope(self.interrupt):
            self._run()

    def _run(self) -> None:
        try:
            store = self._open_store()
            if store is not None:
                with store:
                    self._loop(store)
        except ReboundError as exc:  # the database itself cannot be used
            self.fatal = exc
            log.error("%s: %s", self.folder, exc)
        except Exception as exc:  # never die without a word
            self.fatal = ReboundError(f"watcher crashed: {exc!r}")
            log.exception("%s: watcher crashed", self.folder)
        finally:
            self.attempted.set()
            self.state = "stopped"

    def _open_store(self) -> Store | None:
        """The database, waiting out another writer's lock (a busy database is not fatal)."""
        while not self.stop_event.is_set():
            try:
                return open_store(self.cfg.database.path)
            except ReboundError as exc:
                if not exc.retryable:
                    raise
                self._report(f"{exc}; trying again", logging.WARNING)
                self.attempted.set()
                self._sleep(self._backoff.next())
        return None

    def _loop(self, store: Store) -> None:
        while not self.stop_event.is_set():
            client: imapclient.IMAPClient | None = None
            began = time.monotonic()
            delay: float | None = 0.0
            try:
                self.state = "connecting"
                client = mailbox.connect(self.cfg)
                if self.stop_event.is_set():
                    break
                self._session(client, store)
                client = None  # logged out
            except Exception as exc:
                if self.stop_event.is_set():
                    log.debug("%s: error while stopping", self.folder, exc_info=True)
                    break
                delay = self._failure(exc, began)
            finally:
                if client is not None:
                    self._close(client)
                self.attempted.set()
            if delay is None:
                return
            if delay:
                self.reconnects += 1
                self._sleep(delay)

    def _failure(self, exc: Exception, began: float) -> float | None:
        """Log one failure and say how long to wait; None when retrying cannot help.

        A refused login, or a password that cannot be read now (a failing
        ``password_command``), is retried too, slowly (``auth_retry_seconds``):
        the password may be fixed behind ``password_command`` or the provider may
        have refused it only for a while, and a service that exits would need
        a human to start it again.
        """
        self.connected.clear()
        if isinstance(exc, AuthError | SecretError):
            delay = self.cfg.imap.auth_retry_seconds
            self._report(f"{exc}; trying again in {delay:.0f}s", logging.ERROR)
            return delay
        if isinstance(exc, ReboundError) and not exc.retryable:
            self.fatal = exc
            self.state = f"stopped: {exc}"
            log.error("%s: %s", self.folder, exc)
            return None
        delay = self._retry_delay(began)
        if isinstance(exc, ReboundError):
            self._report(f"{exc}; reconnecting in {delay:.1f}s", logging.WARNING)
        elif isinstance(exc, OSError | IMAPClientError):
            what = "timed out" if isinstance(exc, TimeoutError) else str(exc) or repr(exc)
            self._report(f"connection {what}; reconnecting in {delay:.1f}s", logging.WARNING)
        else:
            log.exception("%s: unexpected error; reconnecting in %.1fs", self.folder, delay)
            self.state = f"error, reconnecting in {delay:.0f}s"
        return delay

    def _retry_delay(self, began: float) -> float:
        if time.monotonic() - began >= HEALTHY_SESSION_SECONDS:
            self._backoff.reset()
        return self._backoff.next()

    def _report(self, message: str, level: int) -> None:
        log.log(level, "%s: %s", self.folder, message)
        self.state = message

    def _sleep(self, seconds: float) -> None:
        """Wait, beating: a thread waiting to reconnect is alive, not hung."""
        deadline = time.monotonic() + seconds
        while not self.stop_event.is_set():
            self.heartbeat.beat()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self.stop_event.wait(min(left, self.beat_seconds))

    # ------------------------------------------------------------ one session

    def _session(self, client: imapclient.IMAPClient, store: Store) -> None:
        self.heartbeat.beat()
        use_idle = self.cfg.imap.idle and b"IDLE" in client.capabilities()
        self.mode = "IDLE" if use_idle else f"polling every {self.cfg.imap.poll_seconds}s"
        if self.cfg.imap.idle and not use_idle:
            log.info("%s: the server does not offer IDLE; polling instead", self.folder)
        # Connected: the service is ready now, not after a first run's long catch-up
        # (systemd would kill it at TimeoutStartSec); STATUS= says "catching up" meanwhile.
        self.attempted.set()
        self._catch_up(client, store)
        if self.reconnects:
            log.info("%s: reconnected", self.folder)
        self.connected.set()
        while not self.stop_event.is_set():
            self.state = f"watching ({self.mode}), {self.handled} messages handled"
            woke = self._idle(client) if use_idle else self._poll_wait(client)
            if self.stop_event.is_set():
                break
            if woke:
                self._catch_up(client, store)
        self._logout(client)

    def _catch_up(self, client: imapclient.IMAPClient, store: Store) -> None:
        """Everything above the committed mark, plus earlier failures, batch by batch."""
        self.state = "catching up"

        def seen(outcome: Outcome) -> None:
            self.handled += 1
            self.heartbeat.beat()
            if self.dry_run:
                self._dry_mark = max(self._dry_mark, _uid(outcome))
            if self.on_outcome:
                self.on_outcome(outcome)

        with dry_run_store(store, self.dry_run) as work:
            tally = scan_folder(
                client,
                work,
                self.cfg,
                self.folder,
                on_outcome=seen,
                stop=self.stop_event,
                floor_uid=self._dry_mark,
            )
        if tally.messages:
            log.info("%s: %s", self.folder, tally.summary())
        patterncache.save_once()  # the first catch-up's new pattern work; later ones keep none
        self.heartbeat.beat()

    def _poll_wait(self, client: imapclient.IMAPClient) -> bool:
        """Sleep ``poll_seconds`` (beating); the scan that follows is the liveness check."""
        self._sleep(self.cfg.imap.poll_seconds)
        return not self.stop_event.is_set()

    def _idle(self, client: imapclient.IMAPClient) -> bool:
        """One IDLE period; True when the folder changed (or may have), False on stop.

        Ends on news from the server, at ``idle_renew_minutes``, or after
        ``keepalive_seconds`` of silence — then DONE must be answered within
        the socket timeout, which is what exposes a silently stalled connection.
        """
        imap = self.cfg.imap
        client.idle()
        started = last_heard = time.monotonic()
        renew_at = started + imap.idle_renew_minutes * 60
        sock = client.socket()
        wake = self.interrupt.wake_fd()  # readable on stop: no waiting out a beat
        empty_reads = 0
        changed = False
        while not self.stop_event.is_set():
            self.heartbeat.beat()
            now = time.monotonic()
            if now >= renew_at or now - last_heard >= imap.keepalive_seconds:
                break
            if not _readable(sock, min(self.beat_seconds, renew_at - now), wake):
                continue
            responses = client.idle_check(timeout=0)
            if not responses:
                # Readable but nothing parsed: imapclient swallows EOF here.
                empty_reads += 1
                if empty_reads >= 2:
                    raise ConnectionDropped("the server closed the connection")
                continue
            empty_reads = 0
            last_heard = time.monotonic()
            for resp in responses:
                if _is_bye(resp):
                    raise ConnectionDropped(f"the server said goodbye: {_text(resp)}")
                if _is_change(resp):
                    changed = True
            if changed:
                break
        if self.stop_event.is_set():
            client.socket().settimeout(SHUTDOWN_TIMEOUT)
            client.idle_done()
            return False
        client.idle_done()  # the round trip that proves the connection still works
        self.heartbeat.beat()
        # Renewal or keepalive without news: a catch-up is cheap (one SEARCH) and
        # covers anything a notification might have missed.
        return True

    # ------------------------------------------------------------ closing

    def _logout(self, client: imapclient.IMAPClient) -> None:
        """Leave politely, but never wait long for a server that has gone quiet."""
        try:
            client.socket().settimeout(SHUTDOWN_TIMEOUT)
            client.logout()
        except Exception:
            log.debug("%s: logout failed", self.folder, exc_info=True)
            self._close(client)

    def _close(self, client: imapclient.IMAPClient) -> None:
        try:
            client.shutdown()
        except Exception:
            log.debug("%s: closing the socket failed", self.folder, exc_info=True)


def _readable(sock: socket.socket, timeout: float, wake: int | None = None) -> bool:
    """True when ``sock`` has something to read; False at the timeout or when ``wake``
    (the stop's pipe) is readable first."""
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN | select.POLLERR | select.POLLHUP)
    if wake is not None:
        poller.register(wake, select.POLLIN)
    if sock.fileno() >= 0 and hasattr(sock, "pending") and sock.pending():
        return True  # TLS data already decrypted and buffered
    ready = {fd for fd, _ in poller.poll(max(0.0, timeout) * 1000)}
    return sock.fileno() in ready


def _is_bye(resp: Any) -> bool:
    return isinstance(resp, tuple) and len(resp) >= 1 and resp[0] == b"BYE"


def _is_change(resp: Any) -> bool:
    """EXISTS/RECENT mean new mail; FETCH flag changes and OK keepalives are not news."""
    return isinstance(resp, tuple) and len(resp) >= 2 and resp[1] in (b"EXISTS", b"RECENT")


def _text(resp: Any) -> str:
    parts = resp[1:] if isinstance(resp, tuple) else (resp,)
    return " ".join(p.decode("utf-8", "replace") if isinstance(p, bytes) else str(p) for p in parts)


def _uid(outcome: Outcome) -> int:
    """The UID of an IMAP outcome (its source is ``FOLDER/UID``)."""
    tail = outcome.source.rpartition("/")[2]
    return int(tail) if tail.isdigit() else 0
