"""Where mail comes from: IMAP folders (local files: :mod:`agent.mail.local`).

Fetching is kept apart from parsing and classifying so each can be measured
and made fast on its own. An IMAP folder is read incrementally: only UIDs above
the last one handled, in batches of UID lists, so a mailbox of any size streams
through in flat memory; the caller commits each batch before the next.
"""

from __future__ import annotations

import contextlib
import functools
import imaplib
import itertools
import logging
import operator
import queue
import re
import socket
import ssl
import threading
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

import imapclient
from imapclient import imap4, tls
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import join_message_ids, seq_to_parenstr_upper
from imapclient.response_parser import parse_fetch_response, parse_message_list

from agent.config import Config, Imap, resolve_secret, resolve_token
from agent.errors import AuthError, ConnectError, MailboxError, cannot_connect
from agent.mail import interrupt
from agent.mail.parse import MAX_MESSAGE_BYTES, RawMail
from agent.mail.tls import tls_context, untrusted
from agent.marks import mark_once

log = logging.getLogger(__name__)

T = TypeVar("T")


# ---------------------------------------------------------------- IMAP


def connect(cfg: Config, protocol_log: bool | None = None) -> imapclient.IMAPClient:
    """Open and log in an IMAP session; errors become one clear :class:`MailboxError`.

    ``protocol_log`` defaults to whether imapclient's logger shows DEBUG (``-vv``):
    imaplib's formatting of every line is expensive, so it is off otherwise.
    """
    acct: Imap = cfg.imap
    where = f"IMAP server {acct.host}:{acct.port}"
    # Resolve the credential before opening a socket: a broken password/token
    # command is a config problem, not a network one.
    secret = (
        resolve_token(acct, "imap", cfg.source)
        if acct.auth == "xoauth2"
        else resolve_secret(acct, "imap", cfg.source)
    )
    with interrupt.current().connecting():
        return _open(cfg, secret, where, protocol_log)


def _open(cfg: Config, secret: str, where: str, protocol_log: bool | None) -> imapclient.IMAPClient:
    acct = cfg.imap
    try:
        client = _Client(
            acct.host,
            port=acct.port,
            ssl=acct.security == "ssl",
            ssl_context=tls_context(acct.ca_file) if acct.security != "none" else None,
            timeout=acct.timeout_seconds,
        )
        # imapclient sets imaplib's debug level to 5, which %r-formats every
        # response (bodies included) and makes fetches 3x slower.
        client._imap.debug = 4 if _protocol_log(protocol_log) else 0
        if acct.security == "starttls":
            client.starttls(tls_context(acct.ca_file))
    except ssl.SSLCertVerificationError as exc:
        raise untrusted(where, exc, "imap") from None
    except (OSError, IMAPClientError) as exc:
        raise ConnectError(cannot_connect(where, "imap", acct.host, exc)) from None
    try:
        if acct.auth == "xoauth2":
            _login_xoauth2(client, cfg, secret)
        else:
            client.login(acct.username, secret)
    except LoginError as exc:
        quiet_logout(client)
        said = _server_said(exc)
        if _TEMPORARY.search(said):
            # e.g. Dovecot restarting: its auth service is not up yet. Not the password's
            # fault, so it is retried like a dropped connection, not every 15 minutes.
            raise ConnectError(f"{where}: cannot check the login right now ({said})") from None
        fix = (
            "check imap.username and imap.token_command (the token may lack the IMAP scope)"
            if acct.auth == "xoauth2"
            else "check imap.username and the password"
        )
        raise AuthError(f"{where}: login refused for {acct.username!r}; {fix}") from None
    except (OSError, IMAPClientError) as exc:
        quiet_logout(client)
        raise ConnectError(f"{where}: connection lost during login: {exc}") from None
    log.debug("logged in to %s as %s", where, acct.username)
    return client


def _protocol_log(wanted: bool | None) -> bool:
    if wanted is None:
        return logging.getLogger("imapclient").isEnabledFor(logging.DEBUG)
    return wanted


class _Imap4(imap4.IMAP4WithTimeout):  # type: ignore[misc]  # imapclient is untyped
    """imapclient's plain connection, its socket registered with the thread's interrupt."""

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        wait = timeout if timeout is not None else self._timeout
        return interrupt.open_connection(self, (self.host, self.port), wait)


class _Imap4Tls(tls.IMAP4_TLS):  # type: ignore[misc]  # imapclient is untyped
    """imapclient's TLS connection, its sockets registered before connect and handshake."""

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        wait = timeout if timeout is not None else self._timeout
        sock = interrupt.open_connection(self, (self.host, self.port), wait)
        context = self.ssl_context or tls.create_default_context()
        return interrupt.wrap_tls(self, sock, context, self.host)


class _Client(imapclient.IMAPClient):  # type: ignore[misc]  # imapclient is untyped
    """An IMAPClient whose connect a stop can cut (:mod:`agent.mail.interrupt`).

    imapclient connects inside its constructor, before the caller holds any socket:
    its ``_create_IMAP4`` is the one place to hand it connections opened our way.
    """

    def _create_IMAP4(self) -> imaplib.IMAP4:
        if self.stream:
            return super()._create_IMAP4()  # type: ignore[no-any-return]
        connect_timeout = getattr(self._timeout, "connect", None)
        if self.ssl:
            return _Imap4Tls(self.host, self.port, self.ssl_context, connect_timeout)
        return _Imap4(self.host, self.port, connect_timeout)


# RFC 5530 codes of a refusal that says nothing about the credentials
_TEMPORARY = re.compile(r"\[(UNAVAILABLE|INUSE|SERVERBUG)\]|temporar", re.IGNORECASE)


def _server_said(exc: LoginError) -> str:
    """The server's words in a refused login, short and printable."""
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return " ".join(text.split())[:200]


def _login_xoauth2(client: imapclient.IMAPClient, cfg: Config, token: str) -> None:
    """AUTHENTICATE XOAUTH2; a refused token is fetched once more (it may have expired)."""
    try:
        client.oauth2_login(cfg.imap.username, token)
        return
    except LoginError:
        log.info("IMAP server refused the access token; running imap.token_command again")
    client.oauth2_login(cfg.imap.username, resolve_token(cfg.imap, "imap", cfg.source))


def quiet_logout(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        log.debug("logout failed", exc_info=True)


def abort(client: imapclient.IMAPClient | None) -> None:
    """Wake whatever thread is blocked on this session's socket: it gets EOF at once.

    Called from the stopping thread (or a signal handler): a stalled server would
    otherwise hold a read for the whole ``timeout_seconds``. The plain socket's
    shutdown is used even under TLS, leaving the TLS object to the thread using it.
    """
    if client is None:
        return
    with contextlib.suppress(OSError, AttributeError, TypeError):  # closed, or not yet open
        socket.socket.shutdown(client.socket(), socket.SHUT_RDWR)


def select(client: imapclient.IMAPClient, folder: str, readonly: bool = True) -> int:
    """Select a folder and return its UIDVALIDITY."""
    try:
        info = client.select_folder(folder, readonly=readonly)
    except IMAPClientError as exc:
        raise MailboxError(f"cannot open folder {folder!r}: {exc}") from None
    return int(info[b"UIDVALIDITY"])


def new_uids(client: imapclient.IMAPClient, last_uid: int) -> array[int]:
    """UIDs above ``last_uid``, ascending. ``N:*`` always matches the newest message, so cut."""
    uids = search_uids(client, ["UID", f"{last_uid + 1}:*"])
    return uids[bisect_right(uids, last_uid) :]


def uids_since(client: imapclient.IMAPClient, since: datetime) -> array[int]:
    return search_uids(client, ["SINCE", since.date()])


# A SEARCH answer of UIDs only (no MODSEQ or anything else after them)
_UIDS_ONLY = re.compile(rb"[0-9 ]*")
_UID = re.compile(rb"[0-9]+")


def search_uids(client: imapclient.IMAPClient, criteria: list[Any]) -> array[int]:
    """``UID SEARCH`` as :meth:`imapclient.IMAPClient.search` sends it: the UIDs ascending,
    without repeats, in an array of machine integers.

    A first scan's SEARCH names every mail of the folder: imapclient's answer is a list of
    Python ints made from a list of strings (at 40,000 UIDs ~3 MiB while parsed, 1.4 MiB
    kept), and the scan's plan held it and sets made of it for the whole scan (issue 15:
    the scan process' peak RSS grew with the mailbox). Read here one number at a time into
    4 or 8 bytes each; any other shape of answer goes to imapclient's parser. Both names
    used are imapclient's private ones (3.x): without them, its public ``search``.
    """
    normalise = getattr(imapclient.imapclient, "_normalise_search_criteria", None)
    raw = getattr(client, "_raw_command_untagged", None)
    if normalise is None or raw is None:
        return array("L", sorted(set(client.search(criteria))))
    data = raw(b"SEARCH", normalise(criteria))
    line = data[0] if len(data) == 1 else None
    if isinstance(line, str):
        line = line.encode("ascii", "replace")
    if line is None or not _UIDS_ONLY.fullmatch(line):
        return array("L", sorted(set(parse_message_list(data))))
    found = array("L", (int(m[0]) for m in _UID.finditer(line)))
    if any(map(operator.ge, found, itertools.islice(found, 1, None))):  # not ascending
        found = array("L", sorted(set(found)))
    return found


def highest_uid(client: imapclient.IMAPClient) -> int:
    """The selected folder's highest UID (0 when empty): ``UID *`` names the newest message."""
    try:
        return max(search_uids(client, ["UID", "*"]), default=0)
    except IMAPClientError as exc:
        raise MailboxError(f"search failed: {exc}") from None


# A scan's batch weighs about this many bytes of mail at most (half of it with a worker, as
# the count halves): what a scan holds grows with a batch's bytes, a few batches of them,
# their decoded texts and, with a worker, their pickled copies (issue 15: the generated
# mailbox's 14 KB mails, 250 a batch with a worker, took ~28 MiB of the scan process' peak,
# half of that at 125). Mail of the usual size (the realistic mailbox: 4.4 KB on average,
# 1.1 MB a batch of 250) still comes ``imap.batch_size`` at a time.
BATCH_BYTES = 4 * 1024 * 1024

# One FETCH of a prefix brings most mail whole (the realistic mailbox: 99.8 % under
# 64 KB); a mail that fills it is fetched again whole, after a size check.
PREFIX_BYTES = 65536


def fetch_batches(
    client: imapclient.IMAPClient,
    folder: str,
    uidvalidity: int,
    uids: Sequence[int],
    batch_size: int,
    *,
    lock: threading.Lock | None = None,
    batch_bytes: int | None = None,
) -> Iterator[list[RawMail]]:
    """Fetch ``uids`` in batches; oversized messages come back empty.

    The bulk FETCH asks for the first :data:`PREFIX_BYTES` of each message and
    nothing else: INTERNALDATE made Dovecot's FETCH up to 60 % slower and costs
    imapclient a date parse a mail, yet only the few mails that become job mail
    need it (:func:`arrival_times`). The prefix bounds memory without asking for
    every size: only a mail that fills it has its size checked and is fetched
    whole. ``lock`` serialises the session with another thread's commands.

    ``batch_bytes``: a batch after the first holds ``batch_size`` mails, or fewer when
    the last batch's mails were so large on average that that many would weigh more (see
    :data:`BATCH_BYTES`).
    """
    guard = lock if lock is not None else contextlib.nullcontext()
    start, count = 0, batch_size
    while start < len(uids):
        chunk = list(uids[start : start + count])
        start += len(chunk)
        mark_once("first-fetch")  # bench/scan_ab: start-up ends here
        with guard:
            bodies = _fetch_bodies(client, folder, chunk, f"BODY.PEEK[]<0.{PREFIX_BYTES}>")
            cut = [uid for uid, raw in bodies.items() if len(raw) >= PREFIX_BYTES]
            if cut:
                bodies.update(_fetch_whole(client, folder, cut))
        if batch_bytes is not None and bodies:
            mean = sum(map(len, bodies.values())) / len(bodies)
            count = max(1, min(batch_size, int(batch_bytes / max(mean, 1.0))))
        # a UID missing from the answer was expunged between SEARCH and FETCH
        yield [
            RawMail(folder, uidvalidity, uid, bodies[uid], None, f"{folder}/{uid}")
            for uid in chunk
            if uid in bodies
        ]


def _fetch(client: imapclient.IMAPClient, folder: str, uids: list[int], items: list[str]) -> Any:
    try:
        return client.fetch(uids, items)
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"fetch from {folder!r} failed: {exc}") from None


def _fetch_bodies(
    client: imapclient.IMAPClient, folder: str, uids: list[int], item: str
) -> dict[int, bytes]:
    """One FETCH of one body item: UID → bytes (imapclient names a prefix ``BODY[]<0>``).

    imapclient's response parser is a Python lexer over every token: ~40 µs a mail,
    on the read-ahead thread, holding the GIL the analysis needs. The answer's
    common shape (``* 5 FETCH (UID 5 BODY[]<0> {3456}`` and the literal) is read
    here by one regex a mail; any other (flags, another order, a quoted string)
    goes to imapclient's parser, which reads them all.
    """
    key = item.replace(".PEEK", "").split("<")[0].encode() + (b"<0>" if "<" in item else b"")
    try:
        data = _raw_fetch(client, uids, item)
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"fetch from {folder!r} failed: {exc}") from None
    found = _plain_bodies(data, key)
    if found is None:
        parsed = parse_fetch_response(data, client.normalise_times, True)
        found = {uid: item_data.get(key) or b"" for uid, item_data in parsed.items()}
    return {uid: found[uid] for uid in uids if uid in found}  # unsolicited answers dropped


def _raw_fetch(client: imapclient.IMAPClient, uids: list[int], item: str) -> list[Any]:
    """``UID FETCH`` as :meth:`imapclient.IMAPClient.fetch` sends it, its answer unparsed:
    the FETCH responses as imaplib lists them (:func:`_answer` reads them)."""
    imap = client._imap
    tag = imap._command("UID", "FETCH", join_message_ids(uids), seq_to_parenstr_upper([item]))
    typ, dat, data = _answer(imap, tag)
    if typ != "OK":
        raise IMAPClientError(f"fetch failed: {dat!r}")
    return data


# imaplib's reading rules (module names its type stubs do not declare)
_IMAPLIB: Any = imaplib
_MAXLINE: int = _IMAPLIB._MAXLINE
_LITERAL: re.Pattern[bytes] = _IMAPLIB.Literal
_UNTAGGED: re.Pattern[bytes] = _IMAPLIB.Untagged_response
_UNTAGGED_STATUS: re.Pattern[bytes] = _IMAPLIB.Untagged_status
_RESPONSE_CODE: re.Pattern[bytes] = _IMAPLIB.Response_code


def _answer(imap: Any, tag: bytes) -> tuple[str, bytes, list[Any]]:
    """Read one command's answer as imaplib's ``_command_complete`` does: (status, its text,
    the FETCH responses); other untagged responses are kept as imaplib keeps them.

    imaplib's own loop costs ~20 µs a mail in Python (its line checks, debug hooks,
    several regexes a line) on the fetch thread, which holds the GIL the analysis needs;
    this reads the same socket file with the same calls (``readline``, ``read``) and the
    same rules, ~4 µs a mail.
    """
    readline, read = imap.file.readline, imap.file.read
    fetched: list[Any] = []

    def line() -> bytes:
        got = readline(_MAXLINE + 1)
        if len(got) > _MAXLINE:
            raise imap.error(f"got more than {_MAXLINE} bytes")
        if not got:
            raise imap.abort("socket error: EOF")
        if not got.endswith(b"\r\n"):
            raise imap.abort(f"socket error: unterminated line: {got!r}")
        return bytes(got[:-2])

    try:
        while True:
            resp = line()
            done = imap.tagre.match(resp)
            if done is not None:
                if done["tag"] != tag:
                    raise imap.abort(f"unexpected tagged response: {resp!r}")
                break
            typ, dat = _untagged(imap, resp)
            into = (
                fetched.append if typ == "FETCH" else functools.partial(imap._append_untagged, typ)
            )
            while (literal := _LITERAL.match(dat)) is not None:
                size = int(literal["size"])
                body = read(size)
                if len(body) < size:
                    raise imap.abort("socket error: EOF")
                into((dat, body))
                dat = line()
            into(dat)
            _response_code(imap, typ, dat)
    finally:
        imap.tagged_commands.pop(tag, None)
    _response_code(imap, done["type"].decode(), done["data"])
    imap._check_bye()
    if done["type"] == b"BAD":
        raise imap.error(f"FETCH command error: BAD {[done['data']]!r}")
    return done["type"].decode(), done["data"], fetched


def _response_code(imap: Any, typ: str, dat: bytes) -> None:
    """A status's bracketed code ("OK [ALERT] …") kept as imaplib keeps it."""
    if typ in ("OK", "NO", "BAD") and (m := _RESPONSE_CODE.match(dat)) is not None:
        imap._append_untagged(m["type"].decode(), m["data"])


def _untagged(imap: Any, resp: bytes) -> tuple[str, bytes]:
    """An untagged response line as imaplib's ``_get_response`` splits it: (type, data)."""
    m = _UNTAGGED.match(resp)
    if m is not None:
        return m["type"].decode(), m["data"] or b""
    m = _UNTAGGED_STATUS.match(resp)
    if m is None:
        raise imap.abort(f"unexpected response: {resp!r}")
    return m["type"].decode(), m["data"] + (b" " + m["data2"] if m["data2"] else b"")


# A FETCH answer's line before its literal, as imaplib hands it: "5 (UID 5 BODY[]<0> {3456}"
_BODY_LINE = re.compile(rb"\d+ \(UID (\d+) (BODY\[\](?:<0>)?) \{(\d+)\}")


def _plain_bodies(data: list[Any], key: bytes) -> dict[int, bytes] | None:
    """UID → body when every answer has the common shape; else None."""
    found: dict[int, bytes] = {}
    for part in data:
        if isinstance(part, tuple) and len(part) == 2:
            m = _BODY_LINE.fullmatch(part[0])
            if m is None or m[2] != key or int(m[3]) != len(part[1]):
                return None
            found[int(m[1])] = part[1]
        elif part != b")":
            return None
    return found


def _fetch_whole(client: imapclient.IMAPClient, folder: str, uids: list[int]) -> dict[int, bytes]:
    """Whole bodies of mails larger than the prefix; those over the limit stay empty."""
    sizes = _fetch(client, folder, uids, ["RFC822.SIZE"])
    small = [uid for uid in uids if sizes.get(uid, {}).get(b"RFC822.SIZE", 0) <= MAX_MESSAGE_BYTES]
    whole = _fetch_bodies(client, folder, small, "BODY.PEEK[]") if small else {}
    # recorded as an error by the pipeline, never parsed
    return {uid: whole.get(uid, b"") for uid in uids if uid in sizes}


def fetch_one(client: imapclient.IMAPClient, folder: str, uid: int) -> bytes | None:
    """One whole mail of the selected ``folder`` (``rejections add``); None when it is gone
    or over the size limit."""
    found = _fetch_whole(client, folder, [uid])
    return found.get(uid) or None


def arrival_times(
    client: imapclient.IMAPClient,
    folder: str,
    uids: list[int],
    *,
    lock: threading.Lock | None = None,
) -> dict[int, datetime]:
    """INTERNALDATE of a few UIDs, in UTC: when a rejection arrived (its feedback window)."""
    if not uids:
        return {}
    with lock if lock is not None else contextlib.nullcontext():
        data = _fetch(client, folder, uids, ["INTERNALDATE"])
    found = {}
    for uid, item in data.items():
        arrived = item.get(b"INTERNALDATE")
        if isinstance(arrived, datetime):
            # imapclient normalises to local time, without a zone
            found[uid] = arrived if arrived.tzinfo else arrived.astimezone(UTC)
    return found


def read_ahead(items: Iterator[T]) -> contextlib.AbstractContextManager[Iterator[T]]:
    """Iterate ``items`` in a thread one step ahead of the consumer.

    A FETCH spends its time waiting on the socket (the GIL is free), so the next
    batch arrives while this one is classified and committed. The one after is
    fetched only once the consumer has taken it: one batch ahead, not two in memory.
    Leaving the block early waits for the FETCH in flight, so the session is idle
    afterwards.
    """
    return _ReadAhead(items)


class _ReadAhead(Generic[T]):
    _END = object()

    def __init__(self, items: Iterator[T]) -> None:
        self._items = items
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=1)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._produce, name="imap-read-ahead", daemon=True)

    def _produce(self) -> None:
        try:
            for item in self._items:
                if self._done.is_set():
                    return
                self._queue.put(item)
                del item
                self._queue.join()  # until the consumer has taken it
                if self._done.is_set():
                    return
            self._queue.put(self._END)
        except BaseException as exc:  # handed to the consumer, raised there
            self._queue.put(exc)

    def _consume(self) -> Iterator[T]:
        while True:
            item = self._queue.get()
            self._queue.task_done()
            if item is self._END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def __enter__(self) -> Iterator[T]:
        self._thread.start()
        return self._consume()

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        while self._thread.is_alive():  # unblock a producer waiting to put
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)
                self._queue.task_done()
        self._thread.join()


def folder_status(client: imapclient.IMAPClient, folder: str) -> dict[str, Any]:
    return {k.decode(): v for k, v in client.folder_status(folder).items()}


def special_folders(client: imapclient.IMAPClient) -> dict[str, str]:
    """SPECIAL-USE roles (``\\Sent``, ``\\Drafts``, …) to folder names, as LIST reports them."""
    roles: dict[str, str] = {}
    for flags, _delim, name in client.list_folders():
        for flag in flags:
            text = flag.decode() if isinstance(flag, bytes) else str(flag)
            if text in ("\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive", "\\All"):
                roles.setdefault(text, name)
    return roles


def message_ids(client: imapclient.IMAPClient, folder: str, uids: Sequence[int]) -> dict[int, str]:
    """The Message-ID header of each UID (one small FETCH per 1000), for matching after a reset."""
    found: dict[int, str] = {}
    for start in range(0, len(uids), 1000):
        chunk = list(uids[start : start + 1000])
        try:
            data = client.fetch(chunk, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        except (OSError, IMAPClientError) as exc:
            raise MailboxError(f"fetch from {folder!r} failed: {exc}") from None
        for uid, item in data.items():
            head = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"")
            value = head.split(b":", 1)[1] if b":" in head else b""
            mid = b" ".join(value.split()).decode("ascii", "replace")
            if mid:
                found[uid] = mid
    return found
