"""``rebound run``: the long-running service.

Watcher threads (one per folder, :mod:`agent.service.watch`) keep the mailbox
processed; a jobs thread runs the schedule (due sends every ``tick_seconds``,
expiry of drafts whose window closed, the daily digest, the Drafts/Sent sync
every ``poll_seconds``); the main thread watches them and talks to systemd:

- ``READY=1`` once every watcher has connected (before its catch-up: a first run
  over a big mailbox must not outlast ``TimeoutStartSec``) — or failed its first attempt
  and keeps retrying, so a server that is down at boot does not make systemd
  give up on the service;
- ``WATCHDOG=1`` only while every watcher's heartbeat is fresh (younger than
  half the watchdog interval): a hung IDLE stops the pings and systemd restarts
  the service;
- ``STATUS=`` with what each watcher is doing.

The schedule's jobs run in a thread of their own: the main thread never waits
on a server. SIGTERM/SIGINT stop every thread without waiting for a socket
timeout (:mod:`agent.mail.interrupt`): a connect or login is cut at once, IDLE
and the schedule's waits wake at once; a session that does not answer its
DONE/LOGOUT (or a batch's FETCH) within POLITE_STOP_SECONDS is cut from the
stopping thread, an SMTP DATA in flight gets until STOP_SECONDS (cut earlier it
would leave the draft uncertain). A cut batch rolls back and its mail is read
again next time. SIGHUP reloads the config and restarts the watchers with it (a
broken new config is reported and ignored).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import schedule

from agent import config as config_mod
from agent.config import Config
from agent.delivery import mailsync
from agent.digest import digest
from agent.errors import ConfigError, ReboundError, TemplateError
from agent.feedback import drafts
from agent.ingest import corrections, pipeline
from agent.ingest.scan import dry_run_store, scan_folder, sent_to_read
from agent.mail import imap as mailbox
from agent.mail import interrupt
from agent.mail.interrupt import Interrupt
from agent.service.doctor import check_templates
from agent.service.watch import FolderWatcher
from agent.store import Store, now_utc, open_store

log = logging.getLogger(__name__)

ASK_RETRY_SECONDS = 300  # between tries at the mails asked for by reply that had to wait

LOOP_SECONDS = 0.25  # how often the main loop looks at signals, watchers and the schedule
# SIGTERM to exit: threads get POLITE_STOP_SECONDS to end their session cleanly,
# then their sockets are shut from here; an SMTP DATA in flight is shut at
# STOP_SECONDS. A thread that still runs LAST_WAIT_SECONDS later (stuck in a DNS
# lookup or a password_command, say) is left behind: daemon threads do not hold
# the exit. Well inside 5 s, and the unit's TimeoutStopSec.
POLITE_STOP_SECONDS = 1.0
STOP_SECONDS = 3.0
LAST_WAIT_SECONDS = 1.0


# While the classifier compiles on a first start, systemd's start timeout is pushed this
# far ahead every second (EXTEND_TIMEOUT_USEC): a slow compile is not a failed start.
WARM_UP_EXTEND_USEC = 30_000_000


def _record_outcome(
    work: Callable[[Config], float], cfg: Config, outcome: list[BaseException | float]
) -> None:
    """Run ``work`` and keep what it returned or raised, for the thread that waits on it."""
    try:
        outcome.append(work(cfg))
    except BaseException as exc:  # handed to the waiting thread, raised there
        outcome.append(exc)


# ---------------------------------------------------------------- sd_notify


class Notifier:
    """The sd_notify protocol: one datagram per message to ``$NOTIFY_SOCKET``.

    Written here rather than taken from a library because it is ten lines and
    must work with abstract sockets (``@name``) as systemd uses them.
    """

    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        self.address = address
        self.watchdog = watchdog_usec / 1e6 if watchdog_usec else None
        self._sock: socket.socket | None = None
        self._last_status = ""

    @classmethod
    def from_env(cls) -> Notifier:
        address = os.environ.get("NOTIFY_SOCKET") or None
        usec = os.environ.get("WATCHDOG_USEC", "")
        pid = os.environ.get("WATCHDOG_PID", "")
        watchdog = int(usec) if usec.isdigit() and (not pid or pid == str(os.getpid())) else None
        return cls(address, watchdog)

    def send(self, message: str) -> bool:
        if not self.address:
            return False
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            self._sock.sendto(message.encode(), target)
        except OSError as exc:
            log.debug("sd_notify %r failed: %s", message, exc)
            return False
        return True

    def status(self, text: str) -> None:
        if text != self._last_status:
            self._last_status = text
            self.send(f"STATUS={text}")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


# ---------------------------------------------------------------- the daemon


class Daemon:
    def __init__(
        self,
        cfg: Config,
        config_path: Path,
        *,
        dry_run: bool = False,
        notifier: Notifier | None = None,
        stop: threading.Event | None = None,
        reload: threading.Event | None = None,
    ) -> None:
        self.cfg, self.config_path, self.dry_run = cfg, config_path, dry_run
        self.notifier = notifier or Notifier(None)
        # Set from outside (the CLI's signal handlers, a test): stop, or reread the config.
        self.stop_event = stop or threading.Event()
        self.reload_event = reload or threading.Event()
        self.watchers: list[FolderWatcher] = []
        self.ready = False
        self.scheduler = schedule.Scheduler()
        self._last_ping = 0.0
        self._jobs: threading.Thread | None = None
        self._replan = threading.Event()
        self._jobs_interrupt = Interrupt("jobs")  # the sessions of the schedule's jobs
        self._asked_after = 0.0  # monotonic: when to try the mails asked for by reply again

    # ------------------------------------------------------------ watchers

    def _beat_seconds(self) -> float:
        """Watchers must beat well inside half the watchdog interval."""
        return min(1.0, self.notifier.watchdog / 4) if self.notifier.watchdog else 1.0

    def start_watchers(self) -> None:
        # Create/migrate the database once, here: migrations racing in several
        # threads' open_store() would collide on a fresh file.
        open_store(self.cfg.database.path).close()
        self.watchers = [
            FolderWatcher(self.cfg, folder, dry_run=self.dry_run, beat_seconds=self._beat_seconds())
            for folder in self.cfg.imap.folders
        ]
        for w in self.watchers:
            w.start()

    def stop_watchers(self, jobs: threading.Thread | None = None) -> bool:
        """Stop every watcher (and ``jobs``): politely first, then by shutting their sockets.

        One deadline for all of them, so a stalled server costs at most POLITE_STOP_SECONDS
        (STOP_SECONDS for an SMTP DATA in flight). True when every thread ended.
        """
        stopping: list[tuple[threading.Thread, Interrupt]] = [
            (w, w.interrupt) for w in self.watchers
        ]
        if jobs is not None:
            stopping.append((jobs, self._jobs_interrupt))
        for w in self.watchers:
            w.stop()
        if jobs is not None:
            self._jobs_interrupt.stop()
        for thread, cut in stopping:
            if cut.was_cut:
                log.info("%s: cut while %s", thread.name, cut.doing or "connecting")
        threads = [t for t, _ in stopping]
        began = time.monotonic()
        _join_all(threads, began + POLITE_STOP_SECONDS)
        for thread, cut in stopping:
            if thread.is_alive() and not cut.was_cut:
                what = _doing(thread)
                if cut.cut(what):
                    log.info("%s: no answer while %s; closing the connection", thread.name, what)
                else:
                    log.info("%s: a send is in flight; waiting for the server", thread.name)
        _join_all(threads, began + STOP_SECONDS)
        for thread, cut in stopping:
            if thread.is_alive() and not cut.was_cut:
                cut.cut(_doing(thread), force=True)
                log.warning("%s: no answer to a send; closing the connection", thread.name)
        _join_all(threads, began + STOP_SECONDS + LAST_WAIT_SECONDS)
        left = [t.name for t in threads if t.is_alive()]
        for name in left:
            log.warning("%s did not stop in time; exiting without it", name)
        return not left

    def watchers_fresh(self) -> bool:
        """True when every watcher thread runs and has shown life recently."""
        limit = (self.notifier.watchdog or 2.0) / 2
        return all(w.is_alive() and w.heartbeat.age() < limit for w in self.watchers)

    # ------------------------------------------------------------ schedule

    def plan(self) -> None:
        self.scheduler.clear()
        self.scheduler.every(self.cfg.daemon.tick_seconds).seconds.do(self.guarded(self.tick))
        if self.cfg.imap.host:
            self.scheduler.every(self.cfg.imap.poll_seconds).seconds.do(
                self.guarded(self.mailbox_sync)
            )

    def guarded(self, job: Callable[[], None]) -> Callable[[], None]:
        """A job that fails is logged and tried again at its next time; the loop lives on."""

        def run() -> None:
            try:
                job()
            except Exception as exc:
                if self.stop_event.is_set():  # cut by the stop: nothing went wrong
                    log.info("%s: interrupted by the stop (%s)", job.__name__, exc)
                elif isinstance(exc, ReboundError):
                    log.warning("%s: %s", job.__name__, exc)
                else:
                    log.exception("%s failed", job.__name__)

        return run

    def tick(self) -> None:
        """Due sends, expiry, the digest, and the mails the owner called rejections by reply:
        the work that follows the clock."""
        now = now_utc()
        with open_store(self.cfg.database.path) as store:
            if not self.dry_run:
                expired = drafts.expire_overdue(store, now)
                if expired:
                    log.info("drafts %s expired: their window closed unapproved", expired)
            if not (self.cfg.smtp.host and self.cfg.owner.email):
                return  # no digest, so no reply to one either
            # send_due also sends the confirmations the watchers queued (outbox)
            mailsync.send_due_checked(self.cfg, store, now=now, dry_run=self.dry_run)
            self.digest(store, now)
            self.asked(store)

    def asked(self, store: Store) -> None:
        """Log the mails the owner called rejections by replying to a digest; after a try
        that must wait (a server out of reach, a dry run), not again for ASK_RETRY_SECONDS."""
        if time.monotonic() < self._asked_after:
            return
        if corrections.log_asked(store, self.cfg, dry_run=self.dry_run).later:
            self._asked_after = time.monotonic() + ASK_RETRY_SECONDS

    def digest(self, store: Store, now: datetime) -> None:
        """Once a day at digest.time in the owner's zone; digest_due remembers across restarts."""
        if digest.digest_due(self.cfg, store, now):
            digest.send_digest(self.cfg, store, dry_run=self.dry_run, force=False)

    def mailbox_sync(self) -> None:
        """Drafts/Sent folders against the database, over a short session of its own."""
        client = mailbox.connect(self.cfg)
        try:
            with open_store(self.cfg.database.path) as store:
                mailsync.sync_with_mailbox(client, self.cfg, store, dry_run=self.dry_run)
                for sent in sent_to_read(client, self.cfg):
                    with dry_run_store(store, self.dry_run) as work:
                        scan_folder(client, work, self.cfg, sent)
        finally:
            if self.stop_event.is_set():
                mailbox.abort(client)  # a stop cut it short: no LOGOUT to a silent server
            else:
                mailbox.quiet_logout(client)

    def run_jobs(self) -> None:
        """The schedule, in a thread of its own: the main thread never waits on a server.

        A send or a Drafts/Sent sync stuck on a stalled server must not keep the
        process from answering SIGTERM or from checking its watchers.
        """
        with interrupt.scope(self._jobs_interrupt):
            while not self.stop_event.is_set():
                if self._replan.is_set():
                    self._replan.clear()
                    self.plan()
                self.scheduler.run_pending()
                self.stop_event.wait(LOOP_SECONDS)

    # ------------------------------------------------------------ main loop

    def serve(self) -> int:
        """Run until stopped; the exit code for the process."""
        log.info(
            "watching %s on %s as %s%s",
            ", ".join(self.cfg.imap.folders),
            self.cfg.imap.host,
            self.cfg.imap.username,
            " (dry run: nothing is saved or sent)" if self.dry_run else "",
        )
        if not self.warm_up():
            log.info("stopped before the classifier was ready")
            self.notifier.send("STOPPING=1")
            self.notifier.close()
            return 0
        self.start_watchers()
        self.plan()
        self._jobs = threading.Thread(target=self.run_jobs, name="jobs", daemon=True)
        self._jobs.start()
        code = 0
        try:
            while not self.stop_event.wait(LOOP_SECONDS):
                if self.reload_event.is_set():
                    self.reload_event.clear()
                    self.reload()
                code = self.check_watchers()
                if code:
                    break
                self.feed_watchdog()
        finally:
            self.stop_event.set()
            self.notifier.send("STOPPING=1")
            self.notifier.status("stopping")
            clean = self.stop_watchers(self._jobs)
            self.notifier.close()
        log.info("stopped" if clean else "stopped, leaving a stuck thread behind")
        return code

    def warm_up(self) -> bool:
        """Compile the classifier in a thread while this one answers SIGTERM; False if stopped.

        A first start (an empty cache folder) compiles the pattern databases in a child
        process: seconds on a quiet machine, minutes on a loaded one. The stop promise
        (5 s) holds meanwhile, and systemd's start timeout is extended as long as it lasts.
        A stop sent to this process alone (``kill PID``) once the child compiles leaves it
        to finish and keep its database for the next start (measured: 100 s on after the
        stop at load 10); one while the child still reads its patterns (its first seconds)
        cuts their JSON short and the child exits. systemd's stop (the unit's whole control
        group) and a terminal's Ctrl-C (its process group) end the child too. A cut child
        leaves no file (written aside, renamed whole): the next start compiles again.
        """
        outcome: list[BaseException | float] = []
        # A daemon thread, not an executor's: the process may exit while it still waits.
        thread = threading.Thread(
            target=_record_outcome,
            args=(pipeline.warm_up, self.cfg, outcome),
            name="warm-up",
            daemon=True,
        )
        thread.start()
        self.notifier.status("preparing the classifier")
        while thread.is_alive():
            self.notifier.send(f"EXTEND_TIMEOUT_USEC={WARM_UP_EXTEND_USEC}")
            if self.stop_event.wait(LOOP_SECONDS * 4):
                return False
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result  # a broken pack stops the start with its message, as before
        log.debug("classifier and templates ready in %.1fs", result)
        return True

    def check_watchers(self) -> int:
        """READY once all watchers made their first attempt; an exit code if one gave up."""
        for w in self.watchers:
            if w.fatal is not None:
                log.error("stopping: %s", w.fatal)
                return w.fatal.exit_code
            if not w.is_alive():
                log.error("stopping: the watcher of %s ended unexpectedly", w.folder)
                return 1
        if not self.ready and all(w.attempted.is_set() for w in self.watchers):
            self.ready = True
            self.notifier.send("READY=1")
            log.info("ready")
        self.notifier.status("; ".join(w.status() for w in self.watchers))
        return 0

    def feed_watchdog(self) -> None:
        interval = self.notifier.watchdog
        if not interval or time.monotonic() - self._last_ping < interval / 3:
            return
        if self.watchers_fresh():
            self._last_ping = time.monotonic()
            self.notifier.send("WATCHDOG=1")
        else:
            stale = [w.folder for w in self.watchers if w.heartbeat.age() >= interval / 2]
            log.debug("watchdog not fed: no sign of life from %s", ", ".join(stale))

    def reload(self) -> None:
        """SIGHUP: read the config again; watchers restart with it, the schedule too."""
        try:
            cfg = config_mod.load(self.config_path)
            config_mod.require(cfg, "imap")
            check_templates(cfg)
        except (ConfigError, TemplateError) as exc:
            log.error("reload failed, keeping the running config: %s", exc)
            return
        self.notifier.send("RELOADING=1")
        log.info("reloading %s", self.config_path)
        self.stop_watchers()
        self.cfg = cfg
        self.start_watchers()
        self._replan.set()  # the jobs thread re-plans between two jobs
        self.notifier.send("READY=1")


def _doing(thread: threading.Thread) -> str:
    """What a thread is at, for the stop's log: a watcher's state, or a job."""
    return str(getattr(thread, "state", "") or "running a scheduled job")


def _join_all(threads: list[threading.Thread], deadline: float) -> None:
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))


def run(
    explicit_config: str | None,
    *,
    dry_run: bool = False,
    stop: threading.Event | None = None,
    reload: threading.Event | None = None,
    notifier: Notifier | None = None,
) -> int:
    """``rebound run`` until ``stop`` is set; ``reload`` rereads the config.

    The events are set by whoever owns the process: the CLI's signal handlers
    (SIGTERM/SIGINT, SIGHUP), a test, an embedding program.
    """
    path = config_mod.find_config(explicit_config)
    cfg = config_mod.load(path)
    config_mod.require(cfg, "imap")
    check_templates(cfg)  # a broken user template stops us now, not at send time
    notifier = notifier or Notifier.from_env()
    daemon = Daemon(cfg, path, dry_run=dry_run, notifier=notifier, stop=stop, reload=reload)
    return daemon.serve()
