"""Making values from untrusted mail safe to put into headers we write.

A subject or a display name copied from a rejection could carry CR/LF and so
inject headers into the feedback request; an address could be a list or carry
a display name with quotes. Everything that goes into a header passes here.
"""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.utils import parseaddr

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_ADDR = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$"
)


def safe_header(value: str | None, limit: int = 200) -> str:
    """Collapse control characters (CR, LF, NUL, tabs…) to spaces and bound the length."""
    if not value:
        return ""
    return " ".join(_CONTROL.sub(" ", value).split())[:limit]


def safe_address(value: str | None) -> str | None:
    """A single plain addr-spec, lower-cased domain, or None if ``value`` is not one."""
    if not value or _CONTROL.search(value):
        return None
    _, addr = parseaddr(value)
    if not addr or not _ADDR.match(addr) or len(addr) > 254:
        return None
    local, _, domain = addr.rpartition("@")
    return f"{local}@{domain.lower()}"


def format_address(name: str, addr: str) -> str:
    """A From/To header value with the display name properly quoted or encoded."""
    local, _, domain = addr.rpartition("@")
    return str(Address(display_name=safe_header(name), username=local, domain=domain))
