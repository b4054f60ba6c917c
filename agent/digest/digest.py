"""The daily digest: what needs the owner today, in one email.

:func:`gather` reads the store into a plain dict; the templates
(``digest.txt.j2`` and the autoescaped ``digest.html.j2``) turn it into the two
parts of a multipart/alternative mail. Everything shown comes from mail, so
the HTML part never lets it through unescaped.

Each digest carries a fresh secret code (``secrets.token_urlsafe``); only its
SHA-256 is stored. A reply from ``owner.email`` that quotes the code of one of the
two newest digests (made within :data:`TOKEN_MAX_AGE`) may act on the drafts:
see :mod:`agent.ingest.approve_by_reply`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
import textwrap
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from agent.config import Config
from agent.errors import ConfigError
from agent.feedback.templating import environment, render
from agent.mail.headers import format_address, safe_address
from agent.mail.smtp import deliver, smtp_session
from agent.store import Store, iso, now_utc, parse_iso

log = logging.getLogger(__name__)

TOKEN_PREFIX = "RB-"  # noqa: S105 - a marker, not a secret
TOKEN_RE = re.compile(r"\bRB-([A-Za-z0-9_-]{20,64})")
TOKEN_MAX_AGE = timedelta(hours=48)
PREVIEW_LINES = 3

# Recurring themes in employers' answers: (label, cue words). Plain substring cues,
# several languages; the digest counts how many replies mention each.
THEMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "experience level",
        ("more experience", "years of experience", "seniority", "senior", "erfahrung",
         "expérience", "experiencia", "ervaring"),
    ),
    (
        "technical depth",
        ("technical", "coding", "system design", "algorithm", "architecture", "technisch",
         "technique", "técnic", "technische"),
    ),
    (
        "communication",
        ("communicat", "explain", "structure your answers", "concise", "kommunikation",
         "communication", "comunicación", "communicatie"),
    ),
    (
        "domain knowledge",
        ("domain", "industry", "sector", "branche", "secteur", "sector"),
    ),
    (
        "specific skills",
        ("python", "sql", "kubernetes", "aws", "machine learning", "leadership", "stakeholder",
         "management"),
    ),
    (
        "culture and motivation",
        ("culture", "motivation", "why you wanted", "passion", "team fit", "kultur",
         "motivation", "cultura", "cultuur"),
    ),
    (
        "strong competition",
        ("strong candidates", "competitive", "other candidates", "stronger match", "closer match",
         "wettbewerb", "concurrence", "competencia"),
    ),
)  # fmt: skip


def themes_of(text: str) -> list[str]:
    low = text.lower()
    return [label for label, cues in THEMES if any(cue in low for cue in cues)]


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


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


def preview(body: str, width: int = 72) -> list[str]:
    """The first lines of a draft after its greeting, wrapped for a phone screen."""
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    if len(paragraphs) > 1 and len(paragraphs[0]) < 40:  # "Hi Jane,"
        paragraphs = paragraphs[1:]
    lines = textwrap.wrap(" ".join(paragraphs[:2]), width) if paragraphs else []
    if len(lines) > PREVIEW_LINES:
        lines = lines[:PREVIEW_LINES]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


def last_sent_at(store: Store) -> str | None:
    rows = store.query("SELECT sent_at FROM digests WHERE status = 'sent' ORDER BY id DESC LIMIT 1")
    return rows[0]["sent_at"] if rows else store.get_meta("digest.last_sent_at")


def gather(cfg: Config, store: Store, now: datetime | None = None) -> dict[str, Any]:
    """Everything the digest shows, as plain data (also handy for tests)."""
    now = now or now_utc()
    tz = cfg.owner.tz
    since = last_sent_at(store) or iso(now - timedelta(days=1)) or ""
    rows = store.query(
        "SELECT d.*, r.company, r.role, r.stage, r.contact_name, r.subject AS rejection_subject "
        "FROM drafts d JOIN rejections r ON r.id = d.rejection_id ORDER BY d.deadline, d.id"
    )

    def fmt(value: str | None) -> str:
        when = parse_iso(value)
        return when.astimezone(tz).strftime("%a %d %b %H:%M") if when else ""

    def view(d: dict[str, Any]) -> dict[str, Any]:
        return {
            **d,
            "time_left": _left(d["deadline"], now),
            "deadline_local": fmt(d["deadline"]),
            "send_after_local": fmt(d["send_after"]),
            "sent_local": fmt(d["sent_at"]),
            "preview": preview(d["body"] or ""),
        }

    tomorrow = now.astimezone(tz).date() + timedelta(days=1)
    today_end = datetime.combine(tomorrow, datetime.min.time(), tz)
    pending = [view(d) for d in rows if d["status"] == "pending"]
    due_today = [
        view(d)
        for d in rows
        if d["status"] == "approved" and (parse_iso(d["send_after"]) or now) < today_end
    ]
    later = [
        view(d)
        for d in rows
        if d["status"] == "approved" and (parse_iso(d["send_after"]) or now) >= today_end
    ]
    sent = [view(d) for d in rows if d["status"] == "sent" and (d["sent_at"] or "") >= since]
    by_user = [
        view(d)
        for d in rows
        if d["status"] == "sent_by_user" and _changed_since(store, d["id"], since)
    ]
    attention = [view(d) for d in rows if d["status"] in ("uncertain", "failed")]
    stuck = [
        view(d)
        for d in rows
        if d["status"] == "sending"
        and (parse_iso(d["claimed_at"]) or now) < now - timedelta(minutes=10)
    ]
    attention += stuck
    expired = [
        view(d) for d in rows if d["status"] == "expired" and _changed_since(store, d["id"], since)
    ]
    replies = store.query(
        "SELECT p.*, r.company, r.role, d.id AS draft FROM replies p "
        "JOIN drafts d ON d.id = p.draft_id JOIN rejections r ON r.id = d.rejection_id "
        "WHERE p.received_at >= ? OR p.id IN (SELECT entity_id FROM events "
        "WHERE entity = 'reply' AND at >= ?) ORDER BY p.id",
        (since, since),
    )
    for r in replies:
        r["received_local"] = fmt(r["received_at"])
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
        "expired": len(expired),
        "no_draft": len(no_draft),
    }
    return {
        "owner": cfg.owner,
        "now_local": now.astimezone(tz).strftime("%A %d %B %Y"),
        "pending": pending,
        "due_today": due_today,
        "later": later,
        "sent": sent,
        "sent_by_user": by_user,
        "attention": attention,
        "expired": expired,
        "replies": replies,
        "no_draft": no_draft,
        "counts": counts,
        "tally": tally(store, now, cfg),
        "approve_by_reply": cfg.digest.approve_by_reply,
        "token": "",
        "empty": not any(
            (pending, due_today, sent, by_user, attention, expired, replies, no_draft)
        ),
    }


def _changed_since(store: Store, draft_id: int, since: str) -> bool:
    return bool(
        store.query(
            "SELECT 1 FROM events WHERE entity = 'draft' AND entity_id = ? AND at >= ? LIMIT 1",
            (draft_id, since),
        )
    )


def tally(store: Store, now: datetime, cfg: Config) -> dict[str, Any]:
    """Rejections this week/month, requests sent, replies, reply rate, recurring themes."""
    local = now.astimezone(cfg.owner.tz)
    week_start = datetime.combine(
        local.date() - timedelta(days=local.weekday()), datetime.min.time(), cfg.owner.tz
    )
    month_start = datetime.combine(local.date().replace(day=1), datetime.min.time(), cfg.owner.tz)

    def count(sql: str, *params: Any) -> int:
        return int(store.conn.execute(sql, params).fetchone()[0])

    week = count("SELECT count(*) FROM rejections WHERE received_at >= ?", iso(week_start))
    month = count("SELECT count(*) FROM rejections WHERE received_at >= ?", iso(month_start))
    asked = count(
        "SELECT count(*) FROM drafts WHERE status IN ('sent', 'sent_by_user', 'answered')"
    )
    answered = count("SELECT count(DISTINCT draft_id) FROM replies")
    themes: dict[str, int] = {}
    for row in store.query("SELECT themes FROM replies WHERE themes IS NOT NULL"):
        for label in json.loads(row["themes"] or "[]"):
            themes[label] = themes.get(label, 0) + 1
    recurring = sorted(themes.items(), key=lambda kv: (-kv[1], kv[0]))
    return {
        "rejections_week": week,
        "rejections_month": month,
        "requests_sent": asked,
        "replies": answered,
        "reply_rate": f"{round(100 * answered / asked)}%" if asked else "—",
        "themes": [{"theme": k, "count": v} for k, v in recurring],
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
    if c.get("expired"):
        parts.append(f"{c['expired']} expired")
    if not parts and c.get("no_draft"):
        n = c["no_draft"]
        parts.append(f"{n} rejection{'s' if n != 1 else ''} without a draft")
    return "Rebound: " + (", ".join(parts) if parts else "nothing pending")


def render_text(cfg: Config, data: dict[str, Any]) -> str:
    env = environment(cfg.feedback.templates_dir)
    return render(env, "digest.txt.j2", **data, subject=subject(data))


def render_html(cfg: Config, data: dict[str, Any]) -> str:
    env = environment(cfg.feedback.templates_dir)
    return render(env, "digest.html.j2", **data, subject=subject(data))


def build(cfg: Config, data: dict[str, Any], message_id: str | None = None) -> EmailMessage:
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
    msg["Message-ID"] = message_id or make_msgid("rebound-digest", domain=to.rpartition("@")[2])
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Rebound"] = "digest"
    msg.set_content(render_text(cfg, data))
    msg.add_alternative(render_html(cfg, data), subtype="html")
    return msg


def check_digest_templates(cfg: Config) -> None:
    """Render both digest parts once from an empty database (raises TemplateError)."""
    from agent.store import open_store  # noqa: PLC0415

    with open_store(":memory:") as scratch:
        data = gather(cfg, scratch)
        data["token"] = TOKEN_PREFIX + "x" * 32
        render_text(cfg, data)
        render_html(cfg, data)


# ---------------------------------------------------------------- schedule


def _local_date(cfg: Config, now: datetime) -> date:
    return now.astimezone(cfg.owner.tz).date()


def digest_due(cfg: Config, store: Store, now: datetime | None = None) -> bool:
    """Is it ``digest.time`` or later in the owner's time zone, with no digest for today yet?

    "Today" is the owner's calendar day; a digest sent or skipped (empty) by the
    schedule that day counts, so a restart never sends a second one. A digest sent
    by hand (``rebound digest --send``) does not take the scheduled one's place.
    """
    now = now or now_utc()
    local = now.astimezone(cfg.owner.tz)
    if local.strftime("%H:%M") < cfg.digest.time:
        return False
    day = local.date().isoformat()
    recent = iso(now - timedelta(minutes=10))
    # A digest being built (or one that failed) in the last 10 minutes holds the day;
    # one left 'building' by a crash longer ago does not, so the day is not lost.
    return not store.query(
        "SELECT 1 FROM digests WHERE local_date = ? AND scheduled = 1 AND "
        "(status IN ('sent', 'skipped') OR (status IN ('building', 'failed') AND created_at >= ?)) "
        "LIMIT 1",
        (day, recent),
    )


def send_digest(
    cfg: Config,
    store: Store,
    *,
    dry_run: bool = False,
    force: bool = False,
    now: datetime | None = None,
) -> bool:
    """Send the digest; True when it went out.

    ``force=False`` is the daily schedule: it records the day (sent, or skipped when
    empty and ``digest.skip_when_empty``) so :func:`digest_due` is false until
    tomorrow. ``force=True`` (``rebound digest --send``) sends even when empty.
    """
    now = now or now_utc()
    data = gather(cfg, store, now)
    local_day = _local_date(cfg, now).isoformat()
    scheduled = int(not force)
    if data["empty"] and cfg.digest.skip_when_empty and not force:
        if dry_run:
            log.info("would skip the digest: nothing pending")
            return False
        with store.transaction():
            pk = (
                store.db.table("digests")
                .insert(
                    {
                        "created_at": iso(now_utc()),
                        "local_date": local_day,
                        "status": "skipped",
                        "scheduled": scheduled,
                    }
                )
                .last_pk
            )
            store.event("digest", pk, "skipped")
        log.info("digest skipped: nothing pending")
        return False
    token = TOKEN_PREFIX + secrets.token_urlsafe(24)
    data["token"] = token if cfg.digest.approve_by_reply else ""
    to = safe_address(cfg.digest_to) or ""
    msg = build(cfg, data)
    if dry_run:
        log.info("would send the digest to %s: %s", msg["To"], msg["Subject"])
        return False
    listed = [d["id"] for d in data["pending"]] + [d["id"] for d in data["expired"]]
    with store.transaction():
        digest_id = (
            store.db.table("digests")
            .insert(
                {
                    "created_at": iso(now_utc()),
                    "local_date": local_day,
                    "status": "building",
                    "token_hash": _hash(token),
                    "message_id": str(msg["Message-ID"]),
                    "to_addr": to,
                    "subject": str(msg["Subject"]),
                    "listed": json.dumps(listed),
                    "scheduled": scheduled,
                }
            )
            .last_pk
        )
        store.event("digest", digest_id, "building")
    try:
        with smtp_session(cfg) as conn:
            deliver(conn, msg, cfg.owner.email, [to])
    except Exception as exc:
        with store.transaction():
            store.conn.execute("UPDATE digests SET status = 'failed' WHERE id = ?", (digest_id,))
            store.event("digest", digest_id, "failed", error=str(exc))
        raise
    with store.transaction():
        store.conn.execute(
            "UPDATE digests SET status = 'sent', sent_at = ? WHERE id = ?",
            (iso(now_utc()), digest_id),
        )
        store.set_meta("digest.last_sent_at", iso(now_utc()) or "")
        store.event("digest", digest_id, "sent", to=to, subject=str(msg["Subject"]))
    log.info("digest sent to %s: %s", to, msg["Subject"])
    return True


def valid_digest_for_token(
    store: Store, token: str, now: datetime | None = None
) -> dict[str, Any] | None:
    """The digest whose code this is, if it is one of the two newest and young enough."""
    now = now or now_utc()
    candidates = store.query(
        "SELECT * FROM digests WHERE token_hash IS NOT NULL AND status IN ('sent', 'building') "
        "ORDER BY id DESC LIMIT 2"
    )
    wanted = _hash(token)
    match = None
    for row in candidates:
        # compare every candidate, in constant time, whatever matched before
        if secrets.compare_digest(row["token_hash"], wanted) and match is None:
            match = row
    if match is None:
        return None
    made = parse_iso(match["created_at"])
    if made is None or now - made > TOKEN_MAX_AGE:
        return None
    return match
