"""Stopping a thread that waits on a server: its sockets are shut from the stopping thread.

A connect, a greeting that never comes, an IDLE, a FETCH or an SMTP reply that a
stalled server never sends would each hold their thread for the whole socket
timeout (60 s by default), and a stop with it. A thread that talks to servers
runs inside :func:`scope` with an :class:`Interrupt` of its own; every socket
its sessions open is registered *before* it connects (:func:`open_connection`,
:func:`wrap_tls`), so :meth:`Interrupt.cut` can shut them all from another
thread: any connect or read on them ends at once with an error or EOF, which
imaplib and smtplib report as a lost connection. Threads without a scope (a
one-shot ``rebound scan``) get one that is never stopped.

:meth:`Interrupt.stop` also makes :meth:`Interrupt.wake_fd` readable, for a
thread that polls a socket (IDLE) to notice the stop without a timeout, and cuts
at once a thread that is still connecting or logging in: nothing is lost there.
A thread inside :meth:`Interrupt.critical` (an SMTP DATA in flight) is left to
finish until the caller cuts it with ``force``.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import socket
import ssl
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

# A session object (imaplib.IMAP4, smtplib.SMTP, or the socket itself) and how to get
# its current socket from it: STARTTLS replaces the socket of the same session.
_Getter = Callable[[Any], "socket.socket | None"]


def _own(sock: Any) -> socket.socket | None:
    return sock if isinstance(sock, socket.socket) else None


def _attribute(owner: Any) -> socket.socket | None:
    return _own(getattr(owner, "sock", None))


class Interrupt:
    """The sockets one thread opened, and the stop that shuts them from another thread."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._lock = threading.Lock()
        self._owners: weakref.WeakKeyDictionary[Any, _Getter] = weakref.WeakKeyDictionary()
        self._stopped = False
        self._cut = False
        self._sections: Counter[str] = Counter()  # threads inside connecting() / critical()
        self._wake: tuple[int, int] | None = None
        self.doing = ""  # what the thread was doing when it was cut, for the log

    # ---------------------------------------------------------------- the thread's side

    def register(self, owner: Any, getter: _Getter = _attribute) -> None:
        """Watch ``owner``'s socket; refused (``ConnectionAbortedError``) once cut or stopping."""
        with self._lock:
            if self._stopped:
                raise ConnectionAbortedError("stopping: no new connection")
            self._owners[owner] = getter

    def connecting(self) -> contextlib.AbstractContextManager[None]:
        """Connect and log in: a stop cuts this at once (nothing has been done yet)."""
        return self._inside("connecting")

    def critical(self) -> contextlib.AbstractContextManager[None]:
        """A step that a cut would leave uncertain (SMTP DATA): cut only by ``force``."""
        return self._inside("critical")

    @contextlib.contextmanager
    def _inside(self, section: str) -> Iterator[None]:
        with self._lock:
            self._sections[section] += 1
        try:
            yield
        finally:
            with self._lock:
                self._sections[section] -= 1

    def wake_fd(self) -> int:
        """A file descriptor that becomes readable when the thread is to stop."""
        with self._lock:
            if self._wake is None:
                self._wake = os.pipe()
                os.set_blocking(self._wake[1], False)
                if self._stopped:
                    os.write(self._wake[1], b"x")
            return self._wake[0]

    def close(self) -> None:
        """Release the wake-up pipe (the thread has ended)."""
        with self._lock:
            wake, self._wake = self._wake, None
        for fd in wake or ():
            with contextlib.suppress(OSError):
                os.close(fd)

    # ---------------------------------------------------------------- the stopping side

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """No new connection; wake a polling thread; cut one that is still connecting."""
        with self._lock:
            self._stopped = True
            connecting = self._sections["connecting"] > 0
            if self._wake is not None:
                with contextlib.suppress(OSError):
                    os.write(self._wake[1], b"x")
        if connecting:
            self.cut("connecting")

    def cut(self, doing: str = "", *, force: bool = False) -> bool:
        """Shut every live socket of the thread; False (and nothing shut) inside a
        critical step unless ``force``."""
        with self._lock:
            self._stopped = True
            if self._sections["critical"] and not force:
                return False
            self._cut = True
            self.doing = self.doing or doing
            socks = [get(owner) for owner, get in list(self._owners.items())]
        for sock in socks:
            if sock is not None:
                # The plain socket's shutdown even under TLS: the TLS object stays the
                # other thread's, which gets EOF on its next read.
                with contextlib.suppress(OSError, ValueError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
        return True

    @property
    def was_cut(self) -> bool:
        return self._cut


_NEVER = Interrupt("unscoped")  # never stopped: one-shot commands run without a scope
_current: contextvars.ContextVar[Interrupt | None] = contextvars.ContextVar("interrupt")


def current() -> Interrupt:
    """The calling thread's interrupt (one never stopped outside :func:`scope`)."""
    return _current.get(None) or _NEVER


@contextlib.contextmanager
def scope(interrupt: Interrupt) -> Iterator[Interrupt]:
    """Sessions opened by this thread inside the block are registered with ``interrupt``."""
    token = _current.set(interrupt)
    try:
        yield interrupt
    finally:
        _current.reset(token)
        interrupt.close()


def open_connection(
    owner: Any,
    address: tuple[str, int],
    timeout: float | None,
    source_address: Any = None,
) -> socket.socket:
    """``socket.create_connection``, each socket registered before it connects.

    ``owner`` (the session object whose ``sock`` attribute will hold the socket) is
    registered too, so a socket STARTTLS puts in its place is reached as well.
    """
    interrupt = current()
    interrupt.register(owner)
    host, port = address
    error: OSError | None = None
    for family, kind, proto, _, where in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        try:
            interrupt.register(sock, _own)
            sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(where)
            if interrupt.was_cut:  # cut while connect() had not begun: shutdown missed it
                raise ConnectionAbortedError("stopping: connection cut")
            return sock
        except OSError as exc:
            sock.close()
            error = exc
            if interrupt.was_cut:
                break
    raise error or OSError(f"getaddrinfo returned nothing for {host}:{port}")


def wrap_tls(owner: Any, sock: socket.socket, context: ssl.SSLContext, host: str) -> ssl.SSLSocket:
    """``context.wrap_socket`` whose handshake a cut can end: the TLS socket is registered
    before the handshake (wrapping detaches the plain one)."""
    tls = context.wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
    try:
        current().register(tls, _own)
        tls.do_handshake()
    except BaseException:
        tls.close()
        raise
    return tls
