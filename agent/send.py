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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from agent.config import Config, require, resolve_secret
from agent.errors import ConnectError, PermanentSendError, SendError, TemporarySendError
from agent.headers import format_address, safe_address, safe_header
from agent.mailbox import tls_context
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
        raise TemporarySendError(f"{where}: cannot connect: {exc}") from None
    try:
        if acct.username:
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


def deliver(conn: smtplib.SMTP, msg: EmailMessage) -> None:
    """Send one message; classify the server's refusal as temporary or permanent."""
    try:
        refused = conn.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        raise _refusal(code, text) from None
    except smtplib.SMTPResponseException as exc:
        raise _refusal(exc.smtp_code, exc.smtp_error) from None
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise TemporarySendError(f"connection lost while sending: {exc}") from None
    if refused:
        code, text = next(iter(refused.values()))
        raise _refusal(code, text)


def _refusal(code: int, text: bytes | str) -> SendError:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    if 400 <= code < 500:
        return TemporarySendError(f"server said {code} {words}")
    return PermanentSendError(f"server said {code} {words}")


# ---------------------------------------------------------------- drafts


def build_message(cfg: Config, draft: dict[str, Any]) -> EmailMessage:
    """The feedback request exactly as it goes out: threaded, headers sanitised."""
    to = safe_address(draft["to_addr"])
    if to is None:
        raise PermanentSendError(f"draft {draft['id']}: {draft['to_addr']!r} is not an address")
    msg = EmailMessage()
    msg["From"] = format_address(cfg.owner.name, cfg.owner.email)
    msg["To"] = to
    msg["Subject"] = safe_header(draft["subject"], 300)
    msg["Date"] = format_datetime(now_utc())
    msg["Message-ID"] = draft["message_id"]
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
    outcome: str  # sent | failed | retry | would-send | lost-race
    detail: str = ""


def claimant() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def recover_stale_claims(store: Store, now: datetime | None = None) -> list[int]:
    """Drafts left in ``sending`` by a sender that died become ``uncertain``."""
    now = now or now_utc()
    stale = []
    for draft in store.drafts("sending"):
        claimed = parse_iso(draft.get("claimed_at"))
        if (claimed is None or now - claimed > STALE_CLAIM) and store.set_draft_status(
            draft["id"], "uncertain", expect="sending"
        ):
            log.warning(
                "draft %d was being sent by %s when it stopped; marked uncertain: check your "
                "Sent folder, then `rebound drafts approve %d` to send again or "
                "`drafts discard %d`",
                draft["id"],
                draft.get("claimed_by") or "another process",
                draft["id"],
                draft["id"],
            )
            stale.append(draft["id"])
    return stale


def due_drafts(store: Store, now: datetime) -> list[dict[str, Any]]:
    stamp = iso(now)
    return store.query(
        "SELECT * FROM drafts WHERE status = 'approved' AND send_after <= ? "
        "AND (deadline >= ? OR allow_late = 1) "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY send_after, id",
        (stamp, stamp, stamp),
    )


def send_due(
    cfg: Config, store: Store, *, now: datetime | None = None, dry_run: bool = False
) -> list[SendResult]:
    """Send every approved draft whose time has come, each at most once."""
    now = now or now_utc()
    if not dry_run:
        recover_stale_claims(store, now)
    due = due_drafts(store, now)
    results: list[SendResult] = []
    if not due:
        log.debug("no approved draft is due")
        return results
    if dry_run:
        for draft in due:
            log.info(
                "would send draft %d to %s: %s", draft["id"], draft["to_addr"], draft["subject"]
            )
            results.append(SendResult(draft["id"], draft["to_addr"], "would-send"))
        return results
    with smtp_session(cfg) as conn:
        for draft in due:
            results.append(_send_one(cfg, store, conn, draft, now))
    return results


def _send_one(
    cfg: Config, store: Store, conn: smtplib.SMTP, draft: dict[str, Any], now: datetime
) -> SendResult:
    draft_id, to = draft["id"], draft["to_addr"]
    msg = build_message(cfg, draft)
    if not store.set_draft_status(
        draft_id, "sending", expect="approved", claimed_at=iso(now_utc()), claimed_by=claimant()
    ):
        log.info("draft %d was taken by another sender or changed meanwhile", draft_id)
        return SendResult(draft_id, to, "lost-race")
    try:
        deliver(conn, msg)
    except PermanentSendError as exc:
        store.set_draft_status(draft_id, "failed", expect="sending", error=str(exc))
        log.error("draft %d to %s failed for good: %s", draft_id, to, exc)
        return SendResult(draft_id, to, "failed", str(exc))
    except TemporarySendError as exc:
        attempts = int(draft.get("attempts") or 0) + 1
        retry_at = now + RETRY_BASE * (2 ** min(attempts - 1, 6))
        store.set_draft_status(
            draft_id,
            "approved",
            expect="sending",
            error=str(exc),
            attempts=attempts,
            next_attempt_at=iso(retry_at),
        )
        log.warning("draft %d to %s: %s; will retry at %s", draft_id, to, exc, retry_at)
        return SendResult(draft_id, to, "retry", str(exc))
    store.set_draft_status(draft_id, "sent", expect="sending", sent_at=iso(now_utc()), error=None)
    log.info("sent draft %d to %s: %s", draft_id, to, draft["subject"])
    return SendResult(draft_id, to, "sent")
