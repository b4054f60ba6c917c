"""The secret codes that let a reply to a digest approve drafts.

Each digest carries a fresh code (``RB-`` + ``secrets.token_urlsafe``); only its
SHA-256 is stored. A code counts when it belongs to one of the two newest
digests and is younger than :data:`TOKEN_MAX_AGE`; candidates are compared in
constant time.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from agent.mail.parse import Message
from agent.store import DigestCode, Store, now_utc, parse_iso

TOKEN_PREFIX = "RB-"  # noqa: S105 - a marker, not a secret
TOKEN_RE = re.compile(r"\bRB-([A-Za-z0-9_-]{20,64})")
TOKEN_MAX_AGE = timedelta(hours=48)


def new_code() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(24)


def code_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def looks_like_digest_reply(msg: Message) -> bool:
    """Does the mail carry something shaped like a digest code (valid or not)?"""
    # The substring test first: a regex pass over every long mail of a scan was costly.
    return any(TOKEN_PREFIX in text and TOKEN_RE.search(text) for text in (msg.subject, msg.text))


def codes_in(msg: Message) -> list[str]:
    """The codes quoted in a mail, each once, in order."""
    found = TOKEN_RE.findall(msg.subject) + TOKEN_RE.findall(msg.text)
    return [TOKEN_PREFIX + token for token in dict.fromkeys(found)]


def valid_digest_for_token(
    store: Store, token: str, now: datetime | None = None
) -> DigestCode | None:
    """The digest whose code this is, if it is one of the two newest and young enough."""
    now = now or now_utc()
    wanted = code_hash(token)
    match = None
    for row in store.newest_digest_codes(2):
        # compare every candidate, in constant time, whatever matched before
        if secrets.compare_digest(row.token_hash, wanted) and match is None:
            match = row
    if match is None:
        return None
    made = parse_iso(match.created_at)
    if made is None or now - made > TOKEN_MAX_AGE:
        return None
    return match
