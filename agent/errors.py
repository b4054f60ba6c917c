"""The one exception tree of Rebound.

Every error a user can meet derives from :class:`ReboundError`. Each class says
two things the callers need and should not have to guess: the process exit
code (``exit_code``, used by the CLI in one place) and whether the daemon should
try again later (``retryable``).
"""

from __future__ import annotations

import socket


class ReboundError(Exception):
    """Root of all Rebound errors: a runtime failure, exit code 1."""

    exit_code = 1
    retryable = False


class _Located:
    """Mixin: an error about one key of one config file; the message starts with both."""

    def __init__(self, message: str, *, path: object = None, key: str | None = None) -> None:
        where = []
        if path is not None:
            where.append(str(path))
        if key:
            where.append(key)
        prefix = ": ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)  # type: ignore[call-arg]
        self.path = path
        self.key = key


class ConfigError(_Located, ReboundError):
    """The configuration is missing, malformed or names a bad value (exit 2).

    The message always names the file, the key and the offending value. Exit 2
    is what the systemd unit does not restart on: a human must fix the file.
    """

    exit_code = 2


class PackError(_Located, ReboundError):
    """A phrase pack (``<code>.toml``) is broken: bad TOML or regex, an unknown key, a shared id.

    Exit 2, as a broken config: a human must fix the file. The message names the
    file, the key path and the offending value.
    """

    exit_code = 2


class UsageError(ReboundError):
    """The command line asks for something impossible (exit 2)."""

    exit_code = 2


class SecretError(_Located, ReboundError):
    """A password or token could not be obtained now from its command, file or env var.

    Not a ConfigError: the config names a source, and the source may work again
    by itself (a keyring unlocked after boot, a vault back online, a file
    restored). So exit 1, which systemd restarts, and the daemon retries it like
    a refused login instead of stopping for good.
    """

    retryable = True


class MailboxError(ReboundError):
    """Talking to the IMAP server failed; usually worth retrying."""

    retryable = True


class ConnectError(MailboxError):
    """The server could not be reached (DNS, TCP, TLS)."""


class ConnectionDropped(ConnectError):
    """The server closed the connection (BYE or EOF) while we were idling."""


class AuthError(MailboxError):
    """The server refused the credentials. Retrying will not help until they change."""

    retryable = False


class ParseError(ReboundError):
    """A message could not be parsed; it is recorded with this error and retried later."""


class StoreError(ReboundError):
    """The database is unusable (corrupt, newer schema, cannot be opened)."""


class BusyError(StoreError):
    """Another writer held the database past the busy timeout: it will be free again."""

    retryable = True


class TemplateError(ReboundError):
    """A Jinja2 template is missing or broken."""

    exit_code = 2


class SendError(ReboundError):
    """An SMTP delivery failed."""


class TemporarySendError(SendError):
    """A 4xx reply or a dropped connection: try again before the deadline."""

    retryable = True


class AmbiguousSendError(TemporarySendError):
    """The connection broke after the message was handed over: it may have been accepted."""

    retryable = False


class PermanentSendError(SendError):
    """A 5xx reply: the server will not take this mail; the draft becomes ``failed``."""


class StateError(ReboundError):
    """A draft is not in a state that allows the requested change (e.g. approve a sent one)."""


class NotFoundError(ReboundError):
    """An id named on the command line does not exist."""


def cannot_connect(where: str, section: str, host: str, exc: BaseException) -> str:
    """The one wording of a failed connection; a name that does not resolve names its key."""
    if isinstance(exc, socket.gaierror):
        return f"{where}: cannot resolve {host!r} ({exc.strerror}); check {section}.host"
    return f"{where}: cannot connect: {exc}"
