"""The daily digest: what needs the owner today, in one email.

:func:`gather` reads the store into a plain dict; the templates
(``digest.txt.j2`` and the autoescaped ``digest.html.j2``) turn it into the two
parts of a multipart/alternative mail. Everything shown comes from mail, so
the HTML part never lets it through unescaped.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from agent.config import Config
from agent.errors import ConfigError
from agent.headers import format_address, safe_address
from agent.send import deliver, smtp_session
from agent.store import Store, iso, now_utc, parse_iso
from agent.templating import environment, render

log = logging.getLogger(__name__)


def _left(deadline: str | None, now: datetime) -> str:
    when = parse_iso(deadline)
    if when is None:
        return "no deadline"
    delta = when - now
    if delta.total_seconds() <= 0:
        return "window closed"
    hours = int(delta.total_seconds() // 3600)
    if hours >= 48:
        return f"{hours // 24} days left"
    if hours >= 1:
        return f"{hours} h left"
    return f"{int(delta.total_seconds() // 60)} min left"


def gather(cfg: Config, store: Store, now: datetime | None = None) -> dict[str, Any]:
    """Everything the digest shows, as plain data (also handy for tests)."""
    now = now or now_utc()
    tz = cfg.owner.tz
    since = store.get_meta("digest.last_sent_at") or iso(now - timedelta(days=1))
    rows = store.query(
        "SELECT d.*, r.company, r.role, r.stage, r.contact_name, r.subject AS rejection_subject "
        "FROM drafts d JOIN rejections r ON r.id = d.rejection_id ORDER BY d.deadline, d.id"
    )

    def view(d: dict[str, Any]) -> dict[str, Any]:
        local = parse_iso(d["deadline"])
        send_after = parse_iso(d["send_after"])
        first = [ln for ln in (d["body"] or "").splitlines() if ln.strip()][:3]
        return {
            **d,
            "time_left": _left(d["deadline"], now),
            "deadline_local": local.astimezone(tz).strftime("%a %d %b %H:%M") if local else "",
            "send_after_local": send_after.astimezone(tz).strftime("%a %d %b %H:%M")
            if send_after
            else "",
            "preview": first,
        }

    today_end = datetime.combine(
        now.astimezone(tz).date() + timedelta(days=1), datetime.min.time(), tz
    )
    pending = [view(d) for d in rows if d["status"] == "pending"]
    due_today = [
        view(d)
        for d in rows
        if d["status"] == "approved" and (parse_iso(d["send_after"]) or now) < today_end
    ]
    sent = [
        view(d) for d in rows if d["status"] == "sent" and (d["sent_at"] or "") >= (since or "")
    ]
    by_user = [view(d) for d in rows if d["status"] == "sent_by_user"]
    attention = [view(d) for d in rows if d["status"] in ("uncertain", "failed")]
    expired = [view(d) for d in rows if d["status"] == "expired"]
    replies = store.query(
        "SELECT p.*, r.company, r.role FROM replies p JOIN drafts d ON d.id = p.draft_id "
        "JOIN rejections r ON r.id = d.rejection_id WHERE p.received_at >= ? ORDER BY p.id",
        (since,),
    )
    no_draft = store.query(
        "SELECT * FROM rejections WHERE no_draft_reason IS NOT NULL AND created_at >= ? "
        "ORDER BY id",
        (since,),
    )
    counts = {
        "pending": len(pending),
        "due": len(due_today),
        "replies": len(replies),
        "attention": len(attention),
    }
    return {
        "owner": cfg.owner,
        "now_local": now.astimezone(tz).strftime("%A %d %B %Y"),
        "pending": pending,
        "due_today": due_today,
        "sent": sent,
        "sent_by_user": by_user,
        "attention": attention,
        "expired": expired,
        "replies": replies,
        "no_draft": no_draft,
        "counts": counts,
        "empty": not any(
            (pending, due_today, sent, by_user, attention, expired, replies, no_draft)
        ),
    }


def subject(data: dict[str, Any]) -> str:
    parts = []
    c = data["counts"]
    if c["pending"]:
        parts.append(f"{c['pending']} draft{'s' if c['pending'] != 1 else ''} to approve")
    if c["due"]:
        parts.append(f"{c['due']} to send today")
    if c["replies"]:
        parts.append(f"{c['replies']} repl{'ies' if c['replies'] != 1 else 'y'}")
    if c["attention"]:
        parts.append(f"{c['attention']} need{'s' if c['attention'] == 1 else ''} a look")
    return "Rebound: " + (", ".join(parts) if parts else "nothing pending")


def render_text(cfg: Config, data: dict[str, Any]) -> str:
    env = environment(cfg.feedback.templates_dir)
    return render(env, "digest.txt.j2", **data, subject=subject(data))


def render_html(cfg: Config, data: dict[str, Any]) -> str:
    env = environment(cfg.feedback.templates_dir)
    return render(env, "digest.html.j2", **data, subject=subject(data))


def build(cfg: Config, data: dict[str, Any]) -> EmailMessage:
    to = safe_address(cfg.digest_to)
    if to is None:
        raise ConfigError(
            f"no valid digest address ({cfg.digest_to!r})", path=cfg.source, key="digest.to"
        )
    msg = EmailMessage()
    msg["From"] = format_address("Rebound", cfg.owner.email)
    msg["To"] = to
    msg["Subject"] = subject(data)
    msg["Date"] = format_datetime(now_utc())
    msg["Message-ID"] = make_msgid("rebound-digest", domain=to.rpartition("@")[2])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(render_text(cfg, data))
    msg.add_alternative(render_html(cfg, data), subtype="html")
    return msg


def send_digest(cfg: Config, store: Store, *, dry_run: bool = False, force: bool = True) -> bool:
    """Send the digest now; False when skipped (empty and ``skip_when_empty``)."""
    data = gather(cfg, store)
    if data["empty"] and cfg.digest.skip_when_empty and not force:
        log.info("digest skipped: nothing pending")
        return False
    msg = build(cfg, data)
    if dry_run:
        log.info("would send the digest to %s: %s", msg["To"], msg["Subject"])
        return False
    with smtp_session(cfg) as conn:
        deliver(conn, msg)
    with store.transaction():
        store.set_meta("digest.last_sent_at", iso(now_utc()) or "")
        store.event("digest", None, "sent", to=str(msg["To"]), subject=str(msg["Subject"]))
    log.info("digest sent to %s: %s", msg["To"], msg["Subject"])
    return True
