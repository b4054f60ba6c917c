"""A TCP proxy on 127.0.0.1 that can silently stall its connections.

A stalled connection stays open but forwards nothing in either direction: the
client's writes succeed and no answer ever comes, like a NAT entry that died or
a server that hangs. That is the failure a daemon must notice by itself (a
dropped connection at least says so). Connections opened after `stall()` work,
unless `stall(new=True)` made it a black hole until `resume()`; `drop()` closes
every open connection at once (a server restart or a NAT reset, seen from here).
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Callable, Iterator

LOCALHOST = "127.0.0.1"


def _connections(listener: socket.socket, stop: threading.Event) -> Iterator[socket.socket]:
    """Each connection ``listener`` accepts (it has a timeout), until ``stop`` or closed."""
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        except OSError:
            return
        yield conn


class _Pipe:
    def __init__(
        self,
        client: socket.socket,
        upstream: socket.socket,
        rewrite: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.client, self.upstream = client, upstream
        self.rewrite = rewrite  # applied to what the server sends (an active attacker)
        self.stalled = threading.Event()
        self.closed = threading.Event()
        self.black_holed = False  # stalled from its start: the client never got a byte
        self.swallowed = False  # stalled with bytes in flight, which were not forwarded

    def pump(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self.client, selectors.EVENT_READ, self.upstream)
        sel.register(self.upstream, selectors.EVENT_READ, self.client)
        try:
            while not self.closed.is_set():
                if self.stalled.is_set():
                    self.closed.wait(0.05)  # hold both sockets open, read nothing
                    continue
                for key, _ in sel.select(0.05):
                    src: socket.socket = key.fileobj  # type: ignore[assignment]
                    try:
                        data = src.recv(65536)
                    except OSError:
                        data = b""
                    if not data:
                        return
                    if self.stalled.is_set():
                        # Stalled while this was in flight: swallowed, the connection
                        # kept open (closing it would be a drop, which the client sees).
                        self.swallowed = True
                        continue
                    if src is self.upstream and self.rewrite is not None:
                        data = self.rewrite(data)
                    key.data.sendall(data)
        except OSError:
            return
        finally:
            self.closed.set()
            sel.close()
            for s in (self.client, self.upstream):
                s.close()


class StallingProxy:
    """Forward 127.0.0.1:`port` to `target_port`; `stall()` freezes every open connection."""

    def __init__(
        self,
        target_port: int,
        target_host: str = LOCALHOST,
        rewrite: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.target = (target_host, target_port)
        self.rewrite = rewrite
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind((LOCALHOST, 0))
        self.listener.listen(16)
        self.listener.settimeout(0.1)
        self.port: int = self.listener.getsockname()[1]
        self.host = LOCALHOST
        self.pipes: list[_Pipe] = []
        self.accepted = 0
        self.black_hole = threading.Event()  # new connections are stalled too
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="proxy", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        for client in _connections(self.listener, self._stop):
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            client.settimeout(None)
            upstream.settimeout(None)
            pipe = _Pipe(client, upstream, self.rewrite)
            if self.black_hole.is_set():
                pipe.black_holed = True
                pipe.stalled.set()
            with self._lock:
                self.pipes.append(pipe)
                self.accepted += 1
            threading.Thread(target=pipe.pump, name="proxy-pipe", daemon=True).start()

    def stall(self, new: bool = False) -> int:
        """Freeze every connection open now (and later ones, with ``new``); returns how many."""
        if new:
            self.black_hole.set()
        with self._lock:
            live = [p for p in self.pipes if not p.closed.is_set()]
            for p in live:
                p.stalled.set()
            return len(live)

    def waiting(self) -> int:
        """Live stalled connections a client waits on: one it sent something on that is
        held unread (a DONE, a command), or one opened into the black hole (no greeting)."""
        with self._lock:
            live = [p for p in self.pipes if p.stalled.is_set() and not p.closed.is_set()]
        waiting = 0
        for p in live:
            try:
                waiting += bool(p.client.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT))
            except BlockingIOError:  # nothing held: waits if it never had a greeting
                waiting += p.black_holed or p.swallowed  # or what it sent was swallowed
            except OSError:  # closed meanwhile
                continue
        return waiting

    def resume(self) -> None:
        """New connections work again (the stalled ones stay stalled)."""
        self.black_hole.clear()

    def drop(self) -> int:
        """Close every open connection; returns how many."""
        with self._lock:
            live = [p for p in self.pipes if not p.closed.is_set()]
        for p in live:
            p.closed.set()
            for s in (p.client, p.upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
        return len(live)

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        self._thread.join(1)
        with self._lock:
            for p in self.pipes:
                p.closed.set()

    def __enter__(self) -> StallingProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SilentServer:
    """A server on 127.0.0.1 that accepts TCP and never answers: no greeting, no reply.

    With ``smtp_until_data`` it is an SMTP server that goes silent only after the
    message's final dot (the answer to DATA never comes: the send is uncertain).
    ``accepted`` counts connections; ``dots`` the messages it took and never answered.
    """

    def __init__(self, *, smtp_until_data: bool = False) -> None:
        self.smtp_until_data = smtp_until_data
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind((LOCALHOST, 0))
        self.listener.listen(16)
        self.listener.settimeout(0.1)
        self.host, self.port = LOCALHOST, self.listener.getsockname()[1]
        self.accepted = 0
        self.dots = 0
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="silent", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        for conn in _connections(self.listener, self._stop):
            self._held.append(conn)
            self.accepted += 1
            if self.smtp_until_data:
                threading.Thread(target=self._smtp, args=(conn,), daemon=True).start()

    def _smtp(self, conn: socket.socket) -> None:
        """Answer like a server up to DATA's 354, take the message, then say nothing."""
        with contextlib.suppress(OSError):
            conn.sendall(b"220 silent.test ESMTP\r\n")
            data = b""
            while not self._stop.is_set():
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
                while b"\r\n" in data:
                    line, data = data.split(b"\r\n", 1)
                    verb = line[:4].upper()
                    if verb in (b"EHLO", b"HELO"):
                        conn.sendall(b"250-silent.test\r\n250 8BITMIME\r\n")
                    elif verb == b"DATA":
                        conn.sendall(b"354 go ahead\r\n")
                        while b"\r\n.\r\n" not in data:
                            more = conn.recv(65536)
                            if not more:
                                return
                            data += more
                        self.dots += 1
                        self._stop.wait()  # the answer to the dot never comes
                        return
                    else:
                        conn.sendall(b"250 OK\r\n")

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        self._thread.join(1)
        for conn in self._held:
            with contextlib.suppress(OSError):
                conn.close()

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
