"""Where mail comes from: IMAP folders, and local mbox/Maildir/.eml files.

Fetching is kept apart from parsing and classifying so each can be measured
and made fast on its own. An IMAP folder is read incrementally: only UIDs above
the last one handled, in batches of UID lists, so a mailbox of any size streams
through in flat memory; the caller commits each batch before the next.
"""

from __future__ import annotations

import email.utils
import logging
import mailbox as stdlib_mailbox
import ssl
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import imapclient
from imapclient.exceptions import IMAPClientError, LoginError

from agent.config import Config, Imap, resolve_secret, resolve_token
from agent.errors import AuthError, ConnectError, MailboxError, UsageError
from agent.mail.tls import tls_context, untrusted

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 25 * 1024 * 1024  # larger mails are recorded as errors, not fetched


@dataclass(frozen=True)
class RawMail:
    """One message as fetched: where it lives and its bytes."""

    folder: str
    uidvalidity: int
    uid: int
    raw: bytes
    arrived: datetime | None = None
    source: str = ""


# ---------------------------------------------------------------- IMAP


def connect(cfg: Config, protocol_log: bool | None = None) -> imapclient.IMAPClient:
    """Open and log in an IMAP session; errors become one clear :class:`MailboxError`.

    ``protocol_log`` defaults to whether imapclient's logger shows DEBUG (``-vv``):
    imaplib's formatting of every line is expensive, so it is off otherwise.
    """
    acct: Imap = cfg.imap
    where = f"IMAP server {acct.host}:{acct.port}"
    if protocol_log is None:
        protocol_log = logging.getLogger("imapclient").isEnabledFor(logging.DEBUG)
    # Resolve the credential before opening a socket: a broken password/token
    # command is a config problem, not a network one.
    secret = (
        resolve_token(acct, "imap", cfg.source)
        if acct.auth == "xoauth2"
        else resolve_secret(acct, "imap", cfg.source)
    )
    try:
        client = imapclient.IMAPClient(
            acct.host,
            port=acct.port,
            ssl=acct.security == "ssl",
            ssl_context=tls_context(acct.ca_file) if acct.security != "none" else None,
            timeout=acct.timeout_seconds,
        )
        # imapclient sets imaplib's debug level to 5, which %r-formats every
        # response (bodies included) and makes fetches 3x slower.
        client._imap.debug = 4 if protocol_log else 0
        if acct.security == "starttls":
            client.starttls(tls_context(acct.ca_file))
    except ssl.SSLCertVerificationError as exc:
        raise untrusted(where, exc, "imap") from None
    except (OSError, IMAPClientError) as exc:
        raise ConnectError(f"{where}: cannot connect: {exc}") from None
    try:
        if acct.auth == "xoauth2":
            _login_xoauth2(client, cfg, secret)
        else:
            client.login(acct.username, secret)
    except LoginError:
        quiet_logout(client)
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


def select(client: imapclient.IMAPClient, folder: str, readonly: bool = True) -> int:
    """Select a folder and return its UIDVALIDITY."""
    try:
        info = client.select_folder(folder, readonly=readonly)
    except IMAPClientError as exc:
        raise MailboxError(f"cannot open folder {folder!r}: {exc}") from None
    return int(info[b"UIDVALIDITY"])


def new_uids(client: imapclient.IMAPClient, last_uid: int) -> list[int]:
    """UIDs above ``last_uid``. ``N:*`` always matches the newest message, so filter."""
    uids = client.search(["UID", f"{last_uid + 1}:*"])
    return sorted(u for u in uids if u > last_uid)


def uids_since(client: imapclient.IMAPClient, since: datetime) -> list[int]:
    return sorted(client.search(["SINCE", since.date()]))


def fetch_batches(
    client: imapclient.IMAPClient,
    folder: str,
    uidvalidity: int,
    uids: list[int],
    batch_size: int,
) -> Iterator[list[RawMail]]:
    """Fetch ``uids`` in batches of one FETCH each; oversized messages come back empty.

    Size, arrival time and body travel in the same round trip: a separate size
    probe first would double the latency per batch for a case (mails over 25 MB)
    that hardly ever happens.
    """
    for start in range(0, len(uids), batch_size):
        chunk = uids[start : start + batch_size]
        try:
            data = client.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE", "BODY.PEEK[]"])
        except (OSError, IMAPClientError) as exc:
            raise MailboxError(f"fetch from {folder!r} failed: {exc}") from None
        batch = []
        for uid in chunk:
            item = data.get(uid)
            if item is None:
                continue  # expunged between SEARCH and FETCH
            arrived = item.get(b"INTERNALDATE")
            if isinstance(arrived, datetime) and arrived.tzinfo is None:
                arrived = arrived.astimezone(UTC)  # imapclient normalises to local time
            raw = item.get(b"BODY[]") or b""
            if item.get(b"RFC822.SIZE", len(raw)) > MAX_MESSAGE_BYTES:
                raw = b""  # recorded as an error by the pipeline, never parsed
            batch.append(RawMail(folder, uidvalidity, uid, raw, arrived, f"{folder}/{uid}"))
        yield batch


# ---------------------------------------------------------------- local files


def _header_date(raw: bytes) -> datetime | None:
    head = raw[:65536].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    for line in head.splitlines():
        if line[:5].lower() == b"date:":
            try:
                dt = email.utils.parsedate_to_datetime(line[5:].decode("ascii", "replace").strip())
            except (TypeError, ValueError, IndexError):
                return None
            return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return None


def local_messages(paths: Iterable[str]) -> Iterator[RawMail]:
    """Messages from .eml files, folders of them, Maildirs and mbox files ('-' is stdin).

    ``folder`` is a stable label of the file so the store can tell what it has
    already imported; ``uid`` counts from 1 within it; ``source`` follows the
    ``classify --json`` convention (``PATH#N`` for mbox, N from 0).
    """
    for path_str in paths:
        if path_str == "-":
            raw = sys.stdin.buffer.read()
            yield RawMail("stdin", 0, 1, raw, _header_date(raw), "-")
            continue
        path = Path(path_str)
        if not path.exists():
            raise UsageError(f"{path_str}: no such file or folder")
        if path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir():
            yield from _maildir(path)
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix == ".eml")
            for i, f in enumerate(files, 1):
                raw = f.read_bytes()
                yield RawMail(f"eml:{path.resolve()}", 0, i, raw, _header_date(raw), str(f))
        elif _is_mbox(path):
            yield from _mbox(path)
        else:
            raw = path.read_bytes()
            yield RawMail(f"eml:{path.resolve()}", 0, 1, raw, _header_date(raw), str(path))


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def _mbox(path: Path) -> Iterator[RawMail]:
    box = stdlib_mailbox.mbox(str(path), create=False)
    try:
        for i, key in enumerate(box.iterkeys()):
            raw = box.get_bytes(key)
            yield RawMail(f"mbox:{path.resolve()}", 0, i + 1, raw, _header_date(raw), f"{path}#{i}")
    finally:
        box.close()


def _maildir(path: Path) -> Iterator[RawMail]:
    box = stdlib_mailbox.Maildir(str(path), create=False)
    keys = sorted(box.iterkeys())
    for i, key in enumerate(keys, 1):
        raw = box.get_bytes(key)
        sub = "new" if (path / "new" / key).exists() else "cur"
        files = list((path / sub).glob(f"{key}*"))
        source = str(files[0]) if files else f"{path}/{key}"
        yield RawMail(f"maildir:{path.resolve()}", 0, i, raw, _header_date(raw), source)


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


def message_ids(client: imapclient.IMAPClient, folder: str, uids: list[int]) -> dict[int, str]:
    """The Message-ID header of each UID (one small FETCH per 1000), for matching after a reset."""
    found: dict[int, str] = {}
    for start in range(0, len(uids), 1000):
        chunk = uids[start : start + 1000]
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
