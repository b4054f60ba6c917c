"""The only code that sends feedback requests.

Exactly-once is built from three steps, each its own transaction:
claim (``approved → sending``, guarded by the old status, so two senders
cannot both win), deliver, record (``sending → sent``). A crash between claim
and record leaves ``sending``; once its claim is stale it becomes
``uncertain`` and is never re-sent without the user's word.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

from agent.config import Config
from agent.delivery.outbox import flush_outbox
from agent.errors import (
    AmbiguousSendError,
    ConnectError,
    PermanentSendError,
    ReboundError,
    TemporarySendError,
)
from agent.feedback.compose import build_message
from agent.mail.smtp import deliver, smtp_session
from agent.store import Store, iso, now_utc, parse_iso

log = logging.getLogger(__name__)

STALE_CLAIM = timedelta(minutes=10)  # a sender holding a claim this long has died
RETRY_BASE = timedelta(minutes=5)


class SentFolder(Protocol):
    """The mailbox's Sent folder as the sender needs it: look before sending, file after.

    :class:`agent.delivery.mailsync.MailSession` is the IMAP implementation; the
    sender knows only this, so sending does not depend on IMAP code.
    """

    def already_sent(self, draft: dict[str, Any]) -> str | None:
        """The Message-ID of this draft or of the user's own reply in its thread, if in Sent."""

    def file_sent(self, store: Store, draft_id: int, msg: EmailMessage) -> None:
        """File the sent message in Sent and remove Rebound's copy from Drafts."""


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
    cfg: Config,
    store: Store,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    sent: SentFolder | None = None,
) -> list[SendResult]:
    """Send every approved draft whose time has come, each at most once.

    Also sends queued confirmations of approve-by-reply commands. Given the
    mailbox's ``sent`` folder, each draft is checked against it right before it
    goes out, and afterwards filed in Sent and removed from Drafts.
    """
    now = now or now_utc()
    if not dry_run:
        recover_stale_claims(store, now)
        flush_outbox(cfg, store)  # confirmations queued by approve-by-reply
    due = store.due_drafts(iso(now) or "")
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
    return [_send_one(cfg, store, draft, now, sent) for draft in due]


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
    cfg: Config, store: Store, draft: dict[str, Any], now: datetime, imap: SentFolder | None
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
    cfg: Config, store: Store, draft: dict[str, Any], now: datetime, imap: SentFolder | None
) -> SendResult:
    draft_id, to = draft["id"], draft["to_addr"]
    if imap is not None:
        try:
            mine = imap.already_sent(draft)
        except ReboundError as exc:
            return _retry(store, draft, now, f"cannot check the Sent folder first: {exc}")
        if mine is not None:
            # no SMTP yet for this claim: even the draft's own Message-ID is the user's send
            store.set_draft_status(
                draft_id, "sent_by_user", expect="sending", phase=None, user_message_id=mine
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
