"""Real mail servers for tests: a private Dovecot (IMAP + IMAPS) and an aiosmtpd SMTP sink.

Mocks of IMAP/SMTP drift from what real servers do (UIDs, flags, literal handling, TLS,
disconnects), so the tests talk to real protocol implementations bound to 127.0.0.1 only.
Nothing here touches the system Dovecot service: every instance has its own config, base_dir,
state_dir, log file and randomly chosen ports.
"""

from __future__ import annotations

import atexit
import base64
import collections
import contextlib
import email
import email.policy
import grp
import itertools
import logging
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from imapclient import IMAPClient, imap_utf7

LOCALHOST = "127.0.0.1"
"""The only address tests may use; servers bind here and nowhere else."""

SMTP_TEST_AUTH = ("rebound", "smtp-secret")
"""Credentials of the `smtp_server_auth` fixture."""

START_TIMEOUT = 10.0

# aiosmtpd logs every connection at INFO from its own thread, often after the test that
# caused it has finished and its captured streams are closed; keep only its warnings.
logging.getLogger("mail.log").setLevel(logging.WARNING)


class ServerStartError(RuntimeError):
    """A test server did not come up; the message carries the tail of its log."""


def free_ports(count: int = 1, host: str = LOCALHOST) -> list[int]:
    """Ask the kernel for `count` distinct free ports.

    The sockets are held open together so the ports differ; there is a small race until the
    server binds them, which is acceptable on a test machine.
    """
    socks = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((host, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def make_self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """Create `cert.pem`/`key.pem` valid for 127.0.0.1 and localhost; returns (cert, key).

    The certificate is self-signed with CA:TRUE (openssl's default for -x509), so the same PEM
    works as the server certificate and as the client's CA bundle. An EC key keeps it ~10 ms.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        raise ServerStartError("openssl not found; run scripts/install-deps.sh")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "30",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def client_ssl_context(ca_file: Path) -> ssl.SSLContext:
    """A verifying client context that trusts only the test certificate."""
    return ssl.create_default_context(cafile=str(ca_file))


def find_dovecot() -> str | None:
    """Locate the dovecot binary; /usr/sbin is often missing from a non-root PATH."""
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    return shutil.which("dovecot", path=path)


def _wait_for_greeting(host: str, port: int, deadline: float) -> bool:
    """True once `port` answers with an IMAP `* OK` greeting, False at the deadline."""
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1.0) as sock:
                if sock.recv(256).startswith(b"* OK"):
                    return True
        except OSError:
            pass
        time.sleep(0.01)
    return False


# --------------------------------------------------------------------------------------------
# Dovecot
# --------------------------------------------------------------------------------------------

_APPENDUID = re.compile(rb"\[APPENDUID \d+ (\d+)\]")
_deliver_seq = itertools.count()
_live: set[Dovecot] = set()


@atexit.register
def _stop_leftovers() -> None:
    """Stop instances a crashed test forgot, so no dovecot outlives the interpreter."""
    for server in list(_live):
        server.stop()


@dataclass
class Account:
    """One mailbox user on a `Dovecot`; every helper opens its own short IMAP session."""

    username: str
    password: str
    home: Path
    maildir: Path
    server: Dovecot = field(repr=False, compare=False)

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def ssl_port(self) -> int:
        return self.server.ssl_port

    def client(self, ssl: bool = False, timeout: float = 10.0) -> IMAPClient:
        """A logged-in IMAPClient (plain port, or IMAPS verified against `ca_file`)."""
        if ssl:
            c = IMAPClient(
                self.host,
                port=self.ssl_port,
                ssl=True,
                ssl_context=client_ssl_context(self.server.ca_file),
                timeout=timeout,
            )
        else:
            c = IMAPClient(self.host, port=self.port, ssl=False, timeout=timeout)
        c._imap.debug = 0  # imapclient sets 5, which formats every line and is ~3x slower
        try:
            c.login(self.username, self.password)
        except BaseException:
            c.shutdown()  # don't leak the socket (ResourceWarning) when login fails
            raise
        return c

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[str | bytes] = (),
        msg_time: datetime | None = None,
    ) -> int | None:
        """IMAP APPEND; returns the new UID from the APPENDUID response code."""
        with self.client() as c:
            resp = c.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        m = _APPENDUID.search(resp)
        return int(m.group(1)) if m else None

    def create_folder(self, name: str) -> None:
        with self.client() as c:
            c.create_folder(name)

    def delete_folder(self, name: str) -> None:
        with self.client() as c:
            c.delete_folder(name)

    def folder_dir(self, folder: str = "INBOX") -> Path:
        """On-disk Maildir++ directory of `folder` (`A/B` -> `.A.B`, names in modified UTF-7)."""
        if folder.upper() == "INBOX":
            return self.maildir
        if "." in folder:
            raise ValueError(f"deliver() cannot map {folder!r}: '.' is Maildir++'s separator")
        encoded: bytes = imap_utf7.encode(folder)
        return self.maildir / ("." + encoded.decode("ascii").replace("/", "."))

    def deliver(self, raw: bytes, folder: str = "INBOX", msg_time: datetime | None = None) -> Path:
        """Drop `raw` straight into the folder's Maildir `new/` (no IMAP; for bulk fixtures).

        Written to `tmp/` then renamed, as Maildir requires, so Dovecot never sees a partial
        file. The folder is created on disk if missing; `msg_time` becomes INTERNALDATE.
        """
        base = self.folder_dir(folder)
        if not (base / "new").is_dir():
            self.server._make_maildir(base, subfolder=base != self.maildir)
        now = time.time()
        name = (
            f"{int(now)}.M{int(now * 1e6) % 1_000_000}P{os.getpid()}Q{next(_deliver_seq)}.rebound"
        )
        tmp = base / "tmp" / name
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, raw)
            if os.geteuid() == 0:
                os.fchown(fd, self.server.mail_uid, self.server.mail_gid)
        finally:
            os.close(fd)
        if msg_time is not None:
            ts = msg_time.timestamp()
            os.utime(tmp, (ts, ts))
        final = base / "new" / name
        os.rename(tmp, final)
        return final

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search("ALL"))

    def fetch_all(self, folder: str = "INBOX") -> list[bytes]:
        """Full raw messages in UID order, fetched with BODY.PEEK so \\Seen is untouched."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            if not uids:
                return []
            data = c.fetch(uids, ["BODY.PEEK[]"])
            return [data[uid][b"BODY[]"] for uid in uids]


class Dovecot:
    """A private Dovecot 2.3 on 127.0.0.1 with a plain IMAP and an implicit-TLS IMAPS port.

    Runs `dovecot -F -c <own config>` as a child process. As root, mail is accessed as
    `nobody` (Dovecot refuses uid 0 for mail) and the login/internal users are Debian's
    `dovenull`/`dovecot`; as a normal user everything runs as that user without chroots.
    Ports are chosen once, so `restart()` comes back on the same ports with the same data.
    """

    host = LOCALHOST

    def __init__(self, root: Path | None = None) -> None:
        self._owns_root = root is None
        # Not under pytest's tmp root: that is 0700 and `nobody` could not reach the mail.
        self.root = Path(root or tempfile.mkdtemp(prefix="rebound-dovecot-", dir="/tmp"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)
        self.port = 0
        self.ssl_port = 0
        self.ca_file = self.root / "cert.pem"
        self.log_path = self.root / "dovecot.log"
        self.config_path = self.root / "dovecot.conf"
        self.passwd_dir = self.root / "passwd.d"
        self._proc: subprocess.Popen[bytes] | None = None
        self._accounts: dict[str, Account] = {}
        self._lock = threading.Lock()
        self._seq = itertools.count(1)
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            self.mail_uid, self.mail_gid = nobody.pw_uid, nobody.pw_gid
            self._internal_user = _first_user("dovecot", "nobody")
            self._login_user = _first_user("dovenull", "nobody")
            self._internal_group = grp.getgrgid(pwd.getpwnam(self._internal_user).pw_gid).gr_name
            _check_traversable(self.root)
        else:
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()
            self._internal_user = self._login_user = pwd.getpwuid(os.getuid()).pw_name
            self._internal_group = grp.getgrgid(os.getgid()).gr_name

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        """Start (no-op if running) and block until the plain port greets `* OK`."""
        if self.running:
            return
        binary = find_dovecot()
        if binary is None:
            raise ServerStartError("dovecot not found; run `make deps` (scripts/install-deps.sh)")
        if not self.ca_file.exists():
            make_self_signed_cert(self.root)
        self.passwd_dir.mkdir(exist_ok=True)
        (self.root / "home").mkdir(exist_ok=True)
        (self.root / "home").chmod(0o755)
        if self.port:  # restart: the same ports, or clients could not reconnect
            self._spawn(binary)
            return
        for attempt in range(3):  # free_ports() can race with another process binding them
            self.port, self.ssl_port = free_ports(2)
            try:
                self._spawn(binary)
            except ServerStartError as err:
                if attempt == 2 or "Address already in use" not in str(err):
                    self.port = self.ssl_port = 0
                    raise
            else:
                return

    def _spawn(self, binary: str) -> None:
        self.config_path.write_text(self._config())
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        cmd = [binary, "-F", "-c", str(self.config_path)]
        # Let the kernel kill dovecot if pytest dies hard. PDEATHSIG fires when the *thread*
        # that forked exits, so only use it from the main thread (restart() may run in a timer).
        setpriv = shutil.which("setpriv")
        if setpriv and threading.current_thread() is threading.main_thread():
            cmd = [setpriv, "--pdeathsig", "TERM", "--", *cmd]
        stderr_path = self.root / "dovecot.stderr"
        with open(stderr_path, "ab") as err:
            # stdout/stderr go to a file so a leaked process never holds CI's pipes open.
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=err, stderr=err)
        self._proc = proc
        _live.add(self)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and proc.poll() is None:
            if _wait_for_greeting(self.host, self.port, min(deadline, time.monotonic() + 0.2)):
                return
        self.stop()
        log = self.log_path.read_bytes()[log_offset:].decode(errors="replace")
        status = (
            f"exited with code {proc.returncode}"
            if proc.returncode is not None and proc.returncode >= 0
            else f"did not greet on {self.host}:{self.port} within {START_TIMEOUT}s"
        )
        raise ServerStartError(
            f"dovecot {status} (config {self.config_path})\n"
            f"--- {stderr_path} ---\n{_tail(stderr_path)}\n"
            f"--- {self.log_path} ---\n" + "\n".join(log.splitlines()[-30:])
        )

    def stop(self) -> None:
        """Shut down like a crashed/stopped server: listeners closed, IMAP sessions dropped.

        Dovecot's own SIGTERM handling leaves logged-in `imap` processes running (they
        outlive the master, so an "outage" would not disconnect anyone) and then sleeps a
        fixed second before exiting. So we also SIGTERM the session processes of this
        instance, and SIGKILL the master once only its `log` child is left.
        """
        proc, self._proc = self._proc, None
        _live.discard(self)
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        for pid, comm in _children(proc.pid).items():
            if comm == "imap":
                _signal(pid, signal.SIGTERM)
        log_pids: set[int] = set()
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            kids = _children(proc.pid)
            if set(kids.values()) <= {"log"}:
                log_pids = set(kids)
                proc.kill()
                break
            time.sleep(0.005)
        if proc.poll() is None and time.monotonic() >= deadline:
            proc.kill()
        proc.wait()
        # The orphaned log process exits once its last writer is gone; don't leave it behind.
        for pid in log_pids:
            if not _wait_gone(pid, 2.0):
                _signal(pid, signal.SIGKILL)

    def restart(self) -> None:
        """Stop then start on the same ports and data: a server outage as clients see it."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop and delete the temp tree (only if we created it)."""
        self.stop()
        if self._owns_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    # -- accounts ------------------------------------------------------------------------

    def new_account(self, name: str | None = None) -> Account:
        """Add a user with a random password and an empty Maildir; live without a restart.

        `name` is used verbatim if free, otherwise suffixed (`alice-2`) so session-scoped
        servers can serve many tests asking for the same name.
        """
        with self._lock:
            base = name or f"user{next(self._seq)}-{secrets.token_hex(3)}"
            if re.search(r"[:\s/]", base) or base.startswith("."):
                raise ValueError(f"unusable IMAP username {base!r}")
            username, n = base, 1
            while username in self._accounts:
                n += 1
                local, at, domain = base.partition("@")
                username = f"{local}-{n}{at}{domain}"
            home = self.root / "home" / username
            account = Account(
                username=username,
                password=secrets.token_hex(8),
                home=home,
                maildir=home / "Maildir",
                server=self,
            )
            home.mkdir(parents=True)
            self._chown(home)
            self._make_maildir(account.maildir, subfolder=False)
            self._write_passwd(account)
            self._accounts[username] = account
        return account

    def _write_passwd(self, a: Account) -> None:
        # One file per user, because Dovecot re-stat()s a passwd-file at most once per second:
        # a user appended to a shared file right after a login stays unknown for up to 1 s.
        # A per-user path (`%u` in args) is loaded fresh on the first lookup instead.
        line = f"{a.username}:{{PLAIN}}{a.password}:{self.mail_uid}:{self.mail_gid}::{a.home}::\n"
        tmp = self.passwd_dir / f".{a.username}.tmp"
        tmp.write_text(line)
        os.replace(tmp, self.passwd_dir / a.username)

    def _make_maildir(self, path: Path, *, subfolder: bool) -> None:
        for sub in ("", "cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
            self._chown(path / sub)
        if subfolder:  # Maildir++ marks folders with this (empty) file
            (path / "maildirfolder").touch()
            self._chown(path / "maildirfolder")

    def _chown(self, path: Path) -> None:
        if os.geteuid() == 0:
            os.chown(path, self.mail_uid, self.mail_gid)

    def _config(self) -> str:
        r = self.root
        return f"""\
# Generated by tests/servers.py: a throwaway instance, independent of /etc/dovecot.
instance_name = rebound-test-{r.name}
base_dir = {r}/run
state_dir = {r}/state
log_path = {self.log_path}
protocols = imap
listen = {self.host}
default_internal_user = {self._internal_user}
default_login_user = {self._login_user}
default_internal_group = {self._internal_group}
first_valid_uid = 1
first_valid_gid = 1
ssl = yes
ssl_cert = <{self.ca_file}
ssl_key = <{r}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
# Failed logins still take ~0.5 s: Dovecot 2.3 flushes its failure queue on a 500 ms timer
# (the 2 s default delay and the growing per-IP penalty below are disabled).
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_dir}/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd_dir}/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  chroot =
  # One long-lived login process instead of a fork per connection.
  service_count = 0
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.ssl_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No listener = no exponential per-IP delay after failed logins (auth penalty).
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def _first_user(*names: str) -> str:
    for name in names:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise ServerStartError(f"none of the users {names} exist")


def _check_traversable(root: Path) -> None:
    """As root, mail runs as `nobody`: every parent of `root` must be world-executable."""
    for parent in [root, *root.parents]:
        if not parent.stat().st_mode & 0o001:
            raise ServerStartError(
                f"{parent} is not traversable by the mail user (mode "
                f"{parent.stat().st_mode & 0o777:o}); use a root under /tmp"
            )


def _children(pid: int) -> dict[int, str]:
    """Direct children of `pid` as {pid: comm}, from /proc (comm is Dovecot's service name)."""
    kids: dict[int, str] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        comm_end = stat.rfind(")")
        fields = stat[comm_end + 2 :].split()
        if fields[1] == str(pid) and fields[0] != "Z":
            kids[int(entry.name)] = stat[stat.find("(") + 1 : comm_end]
    return kids


def _wait_gone(pid: int, timeout: float) -> bool:
    """True once `pid` no longer runs (gone or a zombie awaiting its new parent)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return True
        if stat[stat.rfind(")") + 2] == "Z":
            return True
        time.sleep(0.005)
    return False


def _signal(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def _tail(path: Path, lines: int = 30) -> str:
    if not path.exists():
        return "(missing)"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


# --------------------------------------------------------------------------------------------
# SMTP
# --------------------------------------------------------------------------------------------


@dataclass
class Captured:
    """One message accepted by `SmtpServer`, as the envelope and the parsed message."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    message: EmailMessage
    login: str | None = None
    """Username the client authenticated as, if it did."""
    tls: bool = False
    """Whether the message arrived over TLS (STARTTLS or implicit)."""


Stage = Literal["RCPT", "DATA"]


class _Handler:
    """aiosmtpd handler: applies queued rejections, otherwise records the message."""

    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """SASL XOAUTH2 (aiosmtpd finds `auth_*` methods on the handler)."""
        token = self.owner.xoauth2_token
        if token is None or len(args) < 2:
            return AuthResult(success=False, handled=False)
        try:
            sent = base64.b64decode(args[1]).decode()
        except ValueError:
            return AuthResult(success=False, handled=False)
        user = self.owner.auth[0] if self.owner.auth else ""
        ok = sent == f"user={user}\1auth=Bearer {token}\1\1"
        self.owner.xoauth2_attempts.append(sent)
        return AuthResult(success=ok, handled=False, auth_data=LoginPassword(user.encode(), b""))

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        reply = self.owner._pop_reject("RCPT")
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        reply = self.owner._pop_reject("DATA")
        if reply:
            return reply
        data = envelope.original_content or b""
        message = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        auth: Any = session.auth_data  # the LoginPassword our authenticator returned
        login = auth.login.decode() if session.authenticated and auth else None
        transport = server.transport
        tls = transport is not None and transport.get_extra_info("ssl_object") is not None
        captured = Captured(
            mail_from=envelope.mail_from or "",
            rcpt_tos=list(envelope.rcpt_tos),
            data=data,
            message=message,
            login=login,
            tls=tls,
        )
        with self.owner._cond:
            self.owner.messages.append(captured)
            self.owner._cond.notify_all()
        return "250 Message accepted"


class SmtpServer:
    """aiosmtpd on 127.0.0.1 that captures messages instead of relaying them.

    `auth` requires AUTH PLAIN/LOGIN with those credentials (allowed without TLS, as on
    loopback). `starttls` offers STARTTLS, `implicit_tls` makes it SMTPS; both use a
    self-signed certificate exposed as `ca_file`.
    """

    host = LOCALHOST

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        starttls: bool = False,
        implicit_tls: bool = False,
        xoauth2_token: str | None = None,
    ) -> None:
        if starttls and implicit_tls:
            raise ValueError("choose starttls or implicit_tls, not both")
        self.auth = auth
        self.xoauth2_token = xoauth2_token  # with `auth`: AUTH XOAUTH2 for auth[0] and this token
        self.xoauth2_attempts: list[str] = []
        self.starttls = starttls
        self.implicit_tls = implicit_tls
        self.port = 0
        self.ca_file: Path | None = None
        self.messages: list[Captured] = []
        self._cond = threading.Condition()
        self._rejects: dict[Stage, collections.deque[str]] = {
            "RCPT": collections.deque(),
            "DATA": collections.deque(),
        }
        self._controller: Controller | None = None
        self._tmp: Path | None = None

    def start(self) -> None:
        if self._controller is not None:
            return
        tls_ctx = None
        if self.starttls or self.implicit_tls:
            if self._tmp is None:
                self._tmp = Path(tempfile.mkdtemp(prefix="rebound-smtp-"))
                self.ca_file, _ = make_self_signed_cert(self._tmp)
            tls_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            tls_ctx.load_cert_chain(self._tmp / "cert.pem", self._tmp / "key.pem")
        fresh_port = not self.port
        for attempt in range(3):  # a freshly picked port can be taken before we bind it
            if fresh_port:
                (self.port,) = free_ports(1)
            try:
                self._controller = self._make_controller(tls_ctx)
                self._controller.start()
            except OSError:
                self._controller = None
                if not fresh_port or attempt == 2:
                    raise
            else:
                return

    def _make_controller(self, tls_ctx: ssl.SSLContext | None) -> Controller:
        kwargs: dict[str, Any] = {}
        if self.auth is not None:
            kwargs.update(
                authenticator=self._authenticate, auth_required=True, auth_require_tls=False
            )
        if self.starttls:
            kwargs["tls_context"] = tls_ctx
        return Controller(
            _Handler(self),
            hostname=self.host,
            port=self.port,
            ssl_context=tls_ctx if self.implicit_tls else None,
            server_hostname="localhost",  # skips getfqdn(), which can stall without DNS
            **kwargs,
        )

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def reject_next(self, code: int, text: str, *, at: Stage = "DATA") -> None:
        """Answer the next DATA (or RCPT with `at="RCPT"`) with `code text`; calls queue up."""
        with self._cond:
            self._rejects[at].append(f"{code} {text}")

    def _pop_reject(self, stage: Stage) -> str | None:
        with self._cond:
            queue = self._rejects[stage]
            return queue.popleft() if queue else None

    def wait_for(self, n: int, timeout: float = 5.0) -> list[Captured]:
        """Block until at least `n` messages were captured; returns a snapshot of them."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.messages) >= n, timeout):
                raise TimeoutError(f"expected {n} SMTP messages, got {len(self.messages)}")
            return list(self.messages)

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if self.auth is None or not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = (data.login.decode(), data.password.decode()) == self.auth
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)
