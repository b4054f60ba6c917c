"""SMTP: a logged-in, TLS-verified session and the delivery of one message.

Shared by everything Rebound sends (feedback requests, digests, confirmations);
what a refusal means (temporary, permanent, unknowable) is decided here once.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import parseaddr

from agent.config import Config, require, resolve_secret, resolve_token, xoauth2_string
from agent.errors import (
    AmbiguousSendError,
    PermanentSendError,
    SendError,
    TemporarySendError,
    cannot_connect,
)
from agent.mail import interrupt
from agent.mail.tls import tls_context, untrusted

log = logging.getLogger(__name__)


@contextmanager
def smtp_session(cfg: Config) -> Iterator[smtplib.SMTP]:
    """A logged-in SMTP connection, TLS verified; errors become :class:`SendError`."""
    require(cfg, "smtp")
    acct = cfg.smtp
    where = f"SMTP server {acct.host}:{acct.port}"
    with interrupt.current().connecting():
        conn = _connect(cfg, where)
    try:
        with interrupt.current().connecting():
            _login(conn, cfg, where)
        yield conn
    finally:
        try:
            conn.quit()
        except (OSError, smtplib.SMTPException):
            conn.close()


def _connect(cfg: Config, where: str) -> smtplib.SMTP:
    acct = cfg.smtp
    try:
        if acct.security == "ssl":
            conn: smtplib.SMTP = _SmtpSsl(
                acct.host,
                acct.port,
                timeout=acct.timeout_seconds,
                context=tls_context(acct.ca_file),
            )
        else:
            conn = _Smtp(acct.host, acct.port, timeout=acct.timeout_seconds)
            if acct.security == "starttls":
                conn.starttls(context=tls_context(acct.ca_file))
        if conn.sock is not None:
            conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except ssl.SSLCertVerificationError as exc:
        raise untrusted(where, exc, "smtp") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise TemporarySendError(cannot_connect(where, "smtp", acct.host, exc)) from None
    return conn


def _login(conn: smtplib.SMTP, cfg: Config, where: str) -> None:
    acct = cfg.smtp
    if acct.auth == "xoauth2":
        _login_xoauth2(conn, cfg, where)
    elif acct.username:
        password = resolve_secret(acct, "smtp", cfg.source)
        try:
            conn.login(acct.username, password)
        except smtplib.SMTPAuthenticationError:
            raise PermanentSendError(
                f"{where}: login refused for {acct.username!r}; check smtp.username and "
                "the password"
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise PermanentSendError(
                f"{where}: the server offers no AUTH here; check smtp.security"
            ) from None


class _Smtp(smtplib.SMTP):
    """smtplib's connection, its socket registered with the thread's interrupt first."""

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return interrupt.open_connection(self, (host, port), timeout, self.source_address)


class _SmtpSsl(smtplib.SMTP_SSL):
    """SMTP over TLS: the socket and the TLS handshake can be cut by a stop."""

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = interrupt.open_connection(self, (host, port), timeout, self.source_address)
        return interrupt.wrap_tls(self, sock, self.context, host)


def _login_xoauth2(conn: smtplib.SMTP, cfg: Config, where: str) -> None:
    """AUTH XOAUTH2 with a token from ``smtp.token_command``; a refused token is fetched
    once more, since it may just have expired."""
    acct = cfg.smtp
    for attempt in (1, 2):
        sasl = xoauth2_string(acct.username, resolve_token(acct, "smtp", cfg.source))
        try:
            conn.ehlo_or_helo_if_needed()
            # smtplib base64-encodes what the callback returns; a second call means the
            # server sent an error challenge, which is answered with an empty line.
            conn.auth("XOAUTH2", _SaslAnswer(sasl), initial_response_ok=True)
            return
        except smtplib.SMTPAuthenticationError:
            if attempt == 1:
                log.info("SMTP server refused the access token; running smtp.token_command again")
                continue
            raise PermanentSendError(
                f"{where}: XOAUTH2 login refused for {acct.username!r}; check smtp.username and "
                "smtp.token_command (the token may lack the SMTP scope)"
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise PermanentSendError(
                f"{where}: the server does not offer AUTH XOAUTH2; check smtp.auth"
            ) from None


class _SaslAnswer:
    """smtplib's authobject: the initial response, then an empty line to an error challenge."""

    def __init__(self, sasl: str) -> None:
        self.sasl = sasl

    def __call__(self, challenge: bytes | None = None, /) -> str:
        return self.sasl if challenge is None else ""


def deliver(
    conn: smtplib.SMTP,
    msg: EmailMessage,
    sender: str | None = None,
    recipients: list[str] | None = None,
    before_data: Callable[[], None] | None = None,
) -> None:
    """Send one message; classify the server's answer as temporary, permanent or unknowable.

    MAIL FROM and RCPT TO are done one by one so a failure before DATA is known to
    have sent nothing (safe to retry); a connection lost *during* DATA raises
    :class:`AmbiguousSendError`, because the server may have accepted the mail.
    ``before_data`` runs once the recipients are accepted, just before DATA: the
    last moment at which nothing can have been delivered.
    """
    sender = sender or parseaddr(str(msg["From"]))[1]
    recipients = recipients or [parseaddr(str(msg["To"]))[1]]
    data = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    try:
        conn.ehlo_or_helo_if_needed()
        code, text = conn.mail(sender)
        if code != 250:
            _rset(conn)
            raise _refusal(code, text)
        for rcpt in recipients:
            code, text = conn.rcpt(rcpt)
            if code not in (250, 251):
                _rset(conn)
                raise _refusal(code, text)
    except smtplib.SMTPResponseException as exc:
        raise _refusal(exc.smtp_code, exc.smtp_error) from None
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise TemporarySendError(f"connection lost before sending: {exc}") from None
    if before_data is not None:
        before_data()
    try:
        with interrupt.current().critical():  # a stop waits for the answer to DATA
            code, text = conn.data(data)
    except smtplib.SMTPResponseException as exc:  # DATA itself refused: nothing was sent
        raise _refusal(exc.smtp_code, exc.smtp_error) from None
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise AmbiguousSendError(
            f"connection lost while the server was taking the message: {exc}"
        ) from None
    if code != 250:
        raise _refusal(code, text)


def _rset(conn: smtplib.SMTP) -> None:
    try:
        conn.rset()
    except (OSError, smtplib.SMTPException):
        log.debug("RSET failed", exc_info=True)


def _refusal(code: int, text: bytes | str) -> SendError:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    words = " ".join(words.split())
    if 400 <= code < 500:
        return TemporarySendError(f"server said {code} {words}")
    return PermanentSendError(f"server said {code} {words}")
