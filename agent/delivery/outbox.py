"""Mail Rebound sends to its owner: confirmations of approve-by-reply commands.

They are queued in the same transaction as the change they confirm and sent
after it commits (by ``scan`` when its batches are done, by the daemon's tick,
by ``rebound send``), so a rolled-back batch never confirms anything.
"""

from __future__ import annotations

import logging

from agent.config import Config
from agent.errors import ConnectError, SendError, TemporarySendError
from agent.feedback.compose import confirmation_message
from agent.mail.smtp import deliver, smtp_session
from agent.store import Store

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
        msg = confirmation_message(
            cfg,
            item.to_addr,
            item.subject,
            message_id=item.message_id,
            in_reply_to=item.in_reply_to,
            body=item.body,
        )
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
