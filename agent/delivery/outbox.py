"""Mail Rebound sends to its owner: confirmations of approve-by-reply commands.

They are queued in the same transaction as the change they confirm and sent
after it commits (by ``scan`` when its batches are done, by the daemon's tick,
by ``rebound send``), so a rolled-back batch never confirms anything.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import format_datetime

from agent.config import Config
from agent.errors import ConnectError, SendError, TemporarySendError
from agent.mail.headers import format_address, safe_header
from agent.mail.smtp import deliver, smtp_session
from agent.store import OutboxItem, Store, now_utc

log = logging.getLogger(__name__)


def flush_outbox(cfg: Config, store: Store) -> int:
    """Send queued mail to the owner (approve-by-reply confirmations); how many went out.

    Each row is claimed like a draft; one left in ``sending`` by a dead process is
    marked failed rather than sent twice.
    """
    items = store.queued_outbox()
    if not items or not cfg.smtp.host:
        return 0
    sent = 0
    for item in items:
        if not store.claim_outbox(item):
            continue
        msg = confirmation_message(cfg, item)
        try:
            with smtp_session(cfg) as conn:
                deliver(conn, msg, cfg.owner.email, [item.to_addr])
        except (SendError, ConnectError) as exc:
            again = isinstance(exc, TemporarySendError) and item.attempts < 5
            store.finish_outbox(item, "pending" if again else "failed", str(exc))
            log.warning("confirmation %d not sent: %s", item.id, exc)
            continue
        store.finish_outbox(item, "sent")
        sent += 1
    return sent


def confirmation_message(cfg: Config, item: OutboxItem) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = format_address("Rebound", cfg.owner.email)
    msg["To"] = item.to_addr
    msg["Subject"] = safe_header(item.subject, 300)
    msg["Date"] = format_datetime(now_utc())
    msg["Message-ID"] = item.message_id
    if item.in_reply_to:
        msg["In-Reply-To"] = safe_header(item.in_reply_to, 998)
        msg["References"] = safe_header(item.in_reply_to, 998)
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(item.body)
    return msg
