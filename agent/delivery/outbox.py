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
from agent.store import Store, iso, now_utc

log = logging.getLogger(__name__)


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
