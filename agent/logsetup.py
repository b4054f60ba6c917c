"""Logging, configured once by the CLI: plain lines to stderr, secrets redacted.

Under systemd (``JOURNAL_STREAM`` set) journald adds its own timestamps, so
ours are left out. Every secret Rebound obtains is registered here and masked
in every record, including imapclient's protocol log and tracebacks.
"""

from __future__ import annotations

import logging
import os
import re
import sys

_SECRETS: set[str] = set()
_PATTERNS = [
    re.compile(r"(?i)(\bLOGIN\s+\S+\s+)(\"[^\"]*\"|\S+)"),
    re.compile(r"(?i)(\bAUTH(?:ENTICATE)?\s+(?:PLAIN|LOGIN|XOAUTH2)\s+)(\S+)"),
    re.compile(r"(?i)(password\s*[=:]\s*)(\S+)"),
    re.compile(r"(?i)(token\s*[=:]\s*)(\S+)"),
]


def register_secret(secret: str) -> None:
    """Remember a secret so that no log record can show it."""
    if secret and len(secret) >= 3:
        _SECRETS.add(secret)


def redact(text: str) -> str:
    for secret in _SECRETS:
        if secret in text:
            text = text.replace(secret, "***")
    for pattern in _PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class JournalFormatter(RedactingFormatter):
    """journald reads a ``<N>`` prefix as the syslog priority (``journalctl -p warning``)."""

    def format(self, record: logging.LogRecord) -> str:
        return f"<{_PRIORITY.get(record.levelno, 6)}>" + super().format(record)


_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3}
_PRIORITY[logging.CRITICAL] = 2


class CurrentStderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to ``sys.stderr`` as it is at each record, not as it was at start-up.

    A progress bar swaps ``sys.stderr`` for a writer that prints above the bar;
    a handler holding the original stream would draw into the bar instead.
    """

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def configure(verbosity: int = 0, *, quiet_default: bool = False) -> None:
    """-q → warnings only, default → info, -v → debug, -vv → debug with IMAP protocol.

    ``quiet_default``: on a terminal a one-shot command prints its own result
    lines, so everything moves one step quieter: warnings only by default, info
    with ``-v``, debug with ``-vv``, the IMAP protocol with ``-vvv``.
    """
    if quiet_default:
        verbosity -= 1
    level = logging.WARNING if verbosity < 0 else logging.INFO if verbosity == 0 else logging.DEBUG
    journald = bool(os.environ.get("JOURNAL_STREAM"))
    fmt = "%(levelname)s %(name)s: %(message)s"
    if not journald:
        fmt = "%(asctime)s " + fmt
    handler = CurrentStderrHandler()
    formatter = JournalFormatter if journald else RedactingFormatter
    handler.setFormatter(formatter(fmt, datefmt="%Y-%m-%d %H:%M:%S"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # imapclient's protocol log is very chatty; only -vv shows it.
    logging.getLogger("imapclient").setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
    # mail-parser's warnings reach us through agent.mail.parse, as debug lines with a reason.
    logging.getLogger("mail-parser").setLevel(logging.ERROR)
