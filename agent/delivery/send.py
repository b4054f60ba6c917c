"""The only code that sends feedback requests, and the SMTP plumbing the digest reuses.

Exactly-once is built from three steps, each its own transaction:
claim (``approved → sending``, guarded by the old status, so two senders
cannot both win), deliver, record (``sending → sent``). A crash between claim
and record leaves ``sending``; once its claim is stale it becomes
``uncertain`` and is never re-sent without the user's word.
"""

from __future__ import annotations

import logging
import os
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

from agent.config import Config, require, resolve_secret, resolve_token, xoauth2_string
from agent.errors import (
    ConnectError,
    PermanentSendError,
    ReboundError,
    SendError,
    TemporarySendError,
    cannot_connect,
)
from agent.mail.headers import format_address, safe_address, safe_header
from agent.mail.imap import tls_context
from agent.store import Store, iso, now_utc, parse_iso

log = logging.getLogger(__name__)

STALE_CLAIM = timedelta(minutes=10)  # a sender holding a claim this long has died
RETRY_BASE = timedelta(minutes=5)


# ---------------------------------------------------------------- SMTP


@contextmanager
def smtp_session(cfg: Config) -> Iterator[smtplib.SMTP]:
    """A logged-in SMTP connection, TLS verified; errors become :class:`SendError`."""
    require(cfg, "smtp")
    acct = cfg.smtp
    where = f"SMTP server {acct.host}:{acct.port}"
    try:
        if acct.security == "ssl":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(
                acct.host,
                acct.port,
                timeout=acct.timeout_seconds,
                context=tls_context(acct.ca_file),
            )
        else:
            conn = smtplib.SMTP(acct.host, acct.port, timeout=acct.timeout_seconds)
            if acct.security == "starttls":
                conn.starttls(context=tls_context(acct.ca_file))
        if conn.sock is not None:
            conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except ssl.SSLCertVerificationError as exc:
        raise ConnectError(
            f"{where}: TLS certificate not trusted ({exc.verify_message}); "
            "set smtp.ca_file for a self-signed server"
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise TemporarySendError(cannot_connect(where, "smtp", acct.host, exc)) from None
    try:
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
        yield conn
    finally:
        try:
            conn.quit()
        except (OSError, smtplib.SMTPException):
            conn.close()


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


class AmbiguousSendError(TemporarySendError):
    """The connection broke after the message was handed over: it may have been accepted."""

    retryable = False


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


# ---------------------------------------------------------------- drafts


def build_message(cfg: Config, draft: dict[str, Any], date: datetime | None = None) -> EmailMessage:
    """The feedback request exactly as it goes out: threaded, headers sanitised.

    Every header value that came from a mail passes :mod:`agent.mail.headers`: control
    characters (CR/LF included) are removed and the recipient must be one plain address.
    """
    to = safe_address(draft["to_addr"])
    if to is None:
        raise PermanentSendError(f"draft {draft['id']}: {draft['to_addr']!r} is not an address")
    msg = EmailMessage()
    msg["From"] = format_address(cfg.owner.name, cfg.owner.email)
    msg["To"] = to
    msg["Subject"] = safe_header(draft["subject"], 300)
    msg["Date"] = format_datetime(date or now_utc())
    msg["Message-ID"] = safe_header(draft["message_id"], 998)
    if draft.get("in_reply_to"):
        msg["In-Reply-To"] = safe_header(draft["in_reply_to"], 998)
    if draft.get("references"):
        msg["References"] = safe_header(draft["references"], 4000)
    msg["User-Agent"] = "Rebound"
    msg.set_content(draft["body"])
    return msg


@dataclass
class SendResult:
    draft_id: int
    to: str
    # sent | failed | retry | uncertain | sent_by_user | would-send | lost-race
    outcome: str
    detail: str = ""


# ---------------------------------------------------------------- claims

_IN_FLIGHT: set[int] = set()  # drafts this process is sending right now


def _start_time(pid: int) -> str | None:
    """The kernel's start time of ``pid`` (Linux), so a reused PID is not taken for alive."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rfind(")") + 2 :].split()[19]


def claimant() -> str:
    """host:pid:start-time of this process, recorded with each claim."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_time(pid) or '-'}"


def claim_alive(draft: dict[str, Any], now: datetime) -> bool:
    """Is the process that claimed this draft still at work on it?

    On the same host the PID (and its start time, against PID reuse) answers
    it at once; for a claim from another host, or without a PID, only the age of
    the claim can tell: older than :data:`STALE_CLAIM` counts as dead.
    """
    host, _, rest = (draft.get("claimed_by") or "").partition(":")
    pid_text, _, started = rest.partition(":")
    if host == socket.gethostname() and pid_text.isdigit():
        pid = int(pid_text)
        if pid == os.getpid():
            return draft["id"] in _IN_FLIGHT
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        current = _start_time(pid)
        return not (started and started != "-" and current and current != started)
    claimed = parse_iso(draft.get("claimed_at"))
    return claimed is not None and now - claimed <= STALE_CLAIM


def recover_stale_claims(store: Store, now: datetime | None = None) -> list[int]:
    """Drafts left in ``sending`` by a sender that died: back to ``approved`` when it died
    before talking SMTP (nothing can have gone out), else ``uncertain`` (never re-sent by
    itself). Returns the ids made uncertain."""
    now = now or now_utc()
    uncertain = []
    for draft in store.drafts("sending"):
        if claim_alive(draft, now):
            continue
        who = draft.get("claimed_by") or "another process"
        if draft.get("phase") == "claimed":
            if store.set_draft_status(
                draft["id"], "approved", expect="sending", phase=None, claimed_by=None
            ):
                log.warning(
                    "draft %d: its sender %s stopped before talking to the SMTP server; "
                    "nothing was sent, it stays approved",
                    draft["id"],
                    who,
                )
            continue
        if store.set_draft_status(draft["id"], "uncertain", expect="sending"):
            log.warning(
                "draft %d was being sent by %s when it stopped; marked uncertain: check your "
                "Sent folder, then `rebound drafts approve %d` to send again or "
                "`rebound drafts discard %d`",
                draft["id"],
                who,
                draft["id"],
                draft["id"],
            )
            uncertain.append(draft["id"])
    return uncertain


def due_drafts(store: Store, now: datetime) -> list[dict[str, Any]]:
    stamp = iso(now)
    return store.query(
        "SELECT * FROM drafts WHERE status = 'approved' AND send_after <= ? "
        "AND (deadline >= ? OR allow_late = 1) "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY send_after, id",
        (stamp, stamp, stamp),
    )


def _crash_point(name: str) -> None:
    """Test-only: die here as ``kill -9`` would when $REBOUND_TEST_CRASH_AT names this point.

    The points are ``before_claim``, ``after_claim``, ``before_data``, ``after_data`` and
    ``after_mark``; the variable is never set outside the crash tests.
    """
    if os.environ.get(CRASH_ENV) == name:
        os._exit(137)


CRASH_ENV = "REBOUND_TEST_CRASH_AT"


# ---------------------------------------------------------------- sending


def send_due(
    cfg: Config, store: Store, *, now: datetime | None = None, dry_run: bool = False
) -> list[SendResult]:
    """Send every approved draft whose time has come, each at most once.

    Also sends queued confirmations of approve-by-reply commands. With an IMAP
    account configured, each draft is checked against the Sent folder right
    before it goes out, and afterwards filed in Sent and removed from Drafts.
    """
    now = now or now_utc()
    if not dry_run:
        recover_stale_claims(store, now)
        flush_outbox(cfg, store)
    due = due_drafts(store, now)
    results: list[SendResult] = []
    if not due:
        log.debug("no approved draft is due")
        return results
    if dry_run:
        for draft in due:
            if cfg.imap.host:
                log.info("would check Sent for draft %d's thread first", draft["id"])
            log.info(
                "would send draft %d to %s: %s", draft["id"], draft["to_addr"], draft["subject"]
            )
            results.append(SendResult(draft["id"], draft["to_addr"], "would-send"))
        return results
    imap = _imap_or_none(cfg)
    try:
        for draft in due:
            results.append(_send_one(cfg, store, draft, now, imap))
    finally:
        if imap is not None:
            imap.close()
    return results


def _imap_or_none(cfg: Config) -> Any:
    if not cfg.imap.host:
        return None
    from agent.delivery.mailsync import MailSession  # noqa: PLC0415 - mailsync imports this module

    return MailSession(cfg)


def _retry(
    store: Store, draft: dict[str, Any], now: datetime, why: str, expect: str = "sending"
) -> SendResult:
    attempts = int(draft.get("attempts") or 0) + 1
    retry_at = now + RETRY_BASE * (2 ** min(attempts - 1, 6))
    store.set_draft_status(
        draft["id"],
        "approved",
        expect=expect,
        error=why,
        attempts=attempts,
        next_attempt_at=iso(retry_at),
        phase=None,
    )
    log.warning(
        "draft %d to %s: %s; will retry at %s", draft["id"], draft["to_addr"], why, retry_at
    )
    return SendResult(draft["id"], draft["to_addr"], "retry", why)


def _send_one(
    cfg: Config, store: Store, draft: dict[str, Any], now: datetime, imap: Any
) -> SendResult:
    draft_id, to = draft["id"], draft["to_addr"]
    _crash_point("before_claim")
    _IN_FLIGHT.add(draft_id)
    try:
        if not store.set_draft_status(
            draft_id,
            "sending",
            expect="approved",
            claimed_at=iso(now_utc()),
            claimed_by=claimant(),
            phase="claimed",
        ):
            log.info("draft %d was taken by another sender or changed meanwhile", draft_id)
            return SendResult(draft_id, to, "lost-race")
        _crash_point("after_claim")
        draft = store.get_draft(draft_id)  # the text as approved, not as first read
        return _deliver_claimed(cfg, store, draft, now, imap)
    finally:
        _IN_FLIGHT.discard(draft_id)


def _deliver_claimed(
    cfg: Config, store: Store, draft: dict[str, Any], now: datetime, imap: Any
) -> SendResult:
    draft_id, to = draft["id"], draft["to_addr"]
    if imap is not None:
        try:
            mine = imap.already_sent(draft)
        except ReboundError as exc:
            return _retry(store, draft, now, f"cannot check the Sent folder first: {exc}")
        if mine is not None:
            status = "sent" if mine == draft["message_id"] else "sent_by_user"
            store.set_draft_status(
                draft_id, status, expect="sending", phase=None, user_message_id=mine
            )
            log.info("draft %d: found %s in Sent; not sending it", draft_id, mine)
            return SendResult(draft_id, to, "sent_by_user", f"found {mine} in Sent")
    try:
        msg = build_message(cfg, draft)
    except PermanentSendError as exc:
        store.set_draft_status(draft_id, "failed", expect="sending", error=str(exc), phase=None)
        return SendResult(draft_id, to, "failed", str(exc))

    def point_of_no_return() -> None:
        # From here on a dead sender leaves an uncertain draft; before it, nothing
        # can have been delivered and the draft safely goes back to approved.
        store.note_draft(draft_id, "smtp", phase="smtp")
        _crash_point("before_data")

    opened = False
    try:
        with smtp_session(cfg) as conn:
            opened = True
            deliver(conn, msg, cfg.owner.email, [str(msg["To"])], point_of_no_return)
            _crash_point("after_data")
    except PermanentSendError as exc:
        if not opened:  # login refused: the account's problem, not this mail's
            return _retry(store, draft, now, str(exc))
        store.set_draft_status(draft_id, "failed", expect="sending", error=str(exc), phase=None)
        log.error("draft %d to %s failed for good: %s", draft_id, to, exc)
        return SendResult(draft_id, to, "failed", str(exc))
    except AmbiguousSendError as exc:
        store.set_draft_status(draft_id, "uncertain", expect="sending", error=str(exc))
        log.error("draft %d to %s: %s; marked uncertain", draft_id, to, exc)
        return SendResult(draft_id, to, "uncertain", str(exc))
    except (TemporarySendError, ConnectError) as exc:
        return _retry(store, draft, now, str(exc))
    sent_at = iso(now_utc())
    if not store.set_draft_status(
        draft_id, "sent", expect="sending", sent_at=sent_at, error=None, phase=None
    ):
        # Someone judged the claim dead meanwhile (a very slow server): it did go out.
        store.set_draft_status(draft_id, "sent", expect="uncertain", sent_at=sent_at, error=None)
    log.info("sent draft %d to %s: %s", draft_id, to, draft["subject"])
    _crash_point("after_mark")
    if imap is not None:
        try:
            imap.file_sent(store, draft_id, msg)
        except ReboundError as exc:
            log.warning("draft %d: sent, but filing it in Sent/Drafts failed: %s", draft_id, exc)
    return SendResult(draft_id, to, "sent")


# ---------------------------------------------------------------- outbox


def flush_outbox(cfg: Config, store: Store) -> int:
    """Send queued mail to the owner (approve-by-reply confirmations); how many went out.

    Each row is claimed like a draft; one left in ``sending`` by a dead process is
    marked failed rather than sent twice.
    """
    rows = store.query("SELECT * FROM outbox WHERE status IN ('pending', 'sending') ORDER BY id")
    if not rows or not cfg.smtp.host:
        return 0
    sent = 0
    for row in rows:
        with store.transaction():
            if row["status"] == "sending":
                store.conn.execute(
                    "UPDATE outbox SET status = 'failed', error = ? WHERE id = ? "
                    "AND status = 'sending'",
                    ("interrupted while sending; not sent again", row["id"]),
                )
                store.event("outbox", row["id"], "failed", error="interrupted")
                continue
            cur = store.conn.execute(
                "UPDATE outbox SET status = 'sending', attempts = attempts + 1 "
                "WHERE id = ? AND status = 'pending'",
                (row["id"],),
            )
            if cur.rowcount != 1:
                continue
            store.event("outbox", row["id"], "sending")
        msg = EmailMessage()
        msg["From"] = format_address("Rebound", cfg.owner.email)
        msg["To"] = row["to_addr"]
        msg["Subject"] = safe_header(row["subject"], 300)
        msg["Date"] = format_datetime(now_utc())
        msg["Message-ID"] = row["message_id"]
        if row["in_reply_to"]:
            msg["In-Reply-To"] = safe_header(row["in_reply_to"], 998)
            msg["References"] = safe_header(row["in_reply_to"], 998)
        msg["Auto-Submitted"] = "auto-replied"
        msg.set_content(row["body"])
        try:
            with smtp_session(cfg) as conn:
                deliver(conn, msg, cfg.owner.email, [row["to_addr"]])
        except (SendError, ConnectError) as exc:
            again = isinstance(exc, TemporarySendError) and row["attempts"] < 5
            final = "pending" if again else "failed"
            with store.transaction():
                store.conn.execute(
                    "UPDATE outbox SET status = ?, error = ? WHERE id = ?",
                    (final, str(exc), row["id"]),
                )
                store.event("outbox", row["id"], final, error=str(exc))
            log.warning("confirmation %d not sent: %s", row["id"], exc)
            continue
        with store.transaction():
            store.conn.execute(
                "UPDATE outbox SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?",
                (iso(now_utc()), row["id"]),
            )
            store.event("outbox", row["id"], "sent", to=row["to_addr"])
        sent += 1
    return sent
