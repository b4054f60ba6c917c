"""The Drafts and Sent folders: finding them, searching them, adding and removing copies.

Rebound reads Sent to learn what the user already sent (a reply by hand makes a
draft ``sent_by_user``), keeps a copy of each pending draft in Drafts when asked
to, and files its own sends in Sent. Folders are found by SPECIAL-USE
(RFC 6154: ``\\Drafts``, ``\\Sent``) first, then by the configured name.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

import imapclient
from imapclient.exceptions import IMAPClientError

from agent.errors import MailboxError

log = logging.getLogger(__name__)

SENT = b"\\Sent"  # SPECIAL-USE attributes (RFC 6154)
DRAFTS = b"\\Drafts"
DRAFT_FLAG = b"\\Draft"  # the message flag
SEEN_FLAG = b"\\Seen"
_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class HeaderInfo:
    """The threading headers of one message in a folder."""

    uid: int
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    date: datetime | None


def find_folder(client: imapclient.IMAPClient, special: bytes, configured: str) -> str | None:
    """The folder flagged ``special`` (e.g. ``imapclient.DRAFTS``), else ``configured`` if it
    exists (case-insensitively), else None."""
    try:
        folders = client.list_folders()
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"cannot list folders: {exc}") from None
    for flags, _delim, name in folders:
        if special in flags:
            return str(name)
    wanted = configured.lower()
    for _flags, _delim, name in folders:
        if str(name).lower() == wanted:
            return str(name)
    return None


def _quote(value: str) -> str:
    """An IMAP search string; Message-IDs never contain quotes or backslashes that matter."""
    return value.replace("\\", "").replace('"', "")


def search_thread(
    client: imapclient.IMAPClient, message_id: str | None, thread_id: str | None
) -> list[int]:
    """UIDs in the selected folder that are ``message_id`` or reply within ``thread_id``."""
    found: set[int] = set()
    try:
        if message_id:
            found.update(client.search(["HEADER", "Message-ID", _quote(message_id)]))
        if thread_id:
            found.update(client.search(["HEADER", "In-Reply-To", _quote(thread_id)]))
            found.update(client.search(["HEADER", "References", _quote(thread_id)]))
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"search failed: {exc}") from None
    return sorted(found)


def headers(client: imapclient.IMAPClient, uids: list[int]) -> list[HeaderInfo]:
    """Message-ID, In-Reply-To, References and Date of ``uids`` in the selected folder."""
    if not uids:
        return []
    key = b"BODY[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES DATE)]"
    try:
        data = client.fetch(
            uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES DATE)]"]
        )
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"fetch failed: {exc}") from None
    out = []
    for uid in sorted(data):
        raw = data[uid].get(key, b"") or b""
        fields = _header_fields(raw.decode("utf-8", "replace"))
        mid = _MSGID.findall(fields.get("message-id", ""))
        irt = _MSGID.findall(fields.get("in-reply-to", ""))
        refs = tuple(_MSGID.findall(fields.get("references", "")))
        date = None
        if fields.get("date"):
            try:
                date = parsedate_to_datetime(fields["date"])
            except (TypeError, ValueError, IndexError):
                date = None
        out.append(HeaderInfo(uid, mid[0] if mid else None, irt[0] if irt else None, refs, date))
    return out


def _header_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and current:
            fields[current] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if sep:
            current = name.strip().lower()
            fields[current] = value.strip()
    return fields


def append(
    client: imapclient.IMAPClient,
    folder: str,
    raw: bytes,
    flags: tuple[bytes, ...],
    message_id: str | None = None,
) -> int | None:
    """APPEND ``raw``; the new UID from APPENDUID, else found by Message-ID, else None."""
    try:
        resp = client.append(folder, raw, flags=flags)
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"cannot append to {folder!r}: {exc}") from None
    m = _APPENDUID.search(resp if isinstance(resp, bytes) else str(resp).encode())
    if m:
        return int(m.group(1))
    if message_id:
        client.select_folder(folder, readonly=True)
        uids = search_thread(client, message_id, None)
        return uids[-1] if uids else None
    return None


def delete_message_id(client: imapclient.IMAPClient, folder: str, message_id: str) -> int:
    """Remove every message with ``message_id`` from ``folder``; how many were removed."""
    try:
        client.select_folder(folder)
        uids = search_thread(client, message_id, None)
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"cannot delete {message_id} from {folder!r}: {exc}") from None
    if uids:
        delete_uids(client, folder, uids)
    return len(uids)


def delete_uids(client: imapclient.IMAPClient, folder: str, uids: list[int]) -> None:
    """Flag ``uids`` \\Deleted and expunge them (only them, with UIDPLUS)."""
    try:
        client.select_folder(folder)
        client.add_flags(uids, [imapclient.DELETED], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"cannot delete UIDs {uids} from {folder!r}: {exc}") from None
