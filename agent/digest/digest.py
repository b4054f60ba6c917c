"""The daily digest: what needs the owner today, in one email.

:func:`gather` reads the store into a plain dict; the templates
(``digest.txt.j2`` and the autoescaped ``digest.html.j2``) turn it into the two
parts of a multipart/alternative mail. Everything shown comes from mail, so
the HTML part never lets it through unescaped.

Each digest carries a fresh secret code (:mod:`agent.digest.codes`); a reply
from ``owner.email`` that quotes it may act on the drafts: see
:mod:`agent.ingest.approve_by_reply`.
"""

from __future__ import annotations

import json
import logging
import textwrap
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from agent.config import Config
from agent.digest.codes import TOKEN_PREFIX, code_hash, new_code
from agent.errors import ConfigError
from agent.feedback.compose import digest_message
from agent.feedback.recipient import third_party
from agent.feedback.templating import environment, render
from agent.mail.data import table
from agent.mail.headers import safe_address
from agent.mail.smtp import deliver, smtp_session
from agent.store import Store, iso, now_utc, parse_iso
from agent.text import quoted

log = logging.getLogger(__name__)

PREVIEW_LINES = 3
LIST_LIMIT = 5  # longer lists of expired drafts or draftless rejections become one line
MAYBE_DAYS = 14  # mail that may be a rejection, read from older history, is one line


def themes_of(text: str) -> list[str]:
    """The recurring feedback themes (``agent/data/themes.toml``) a reply mentions."""
    low = text.lower()
    return [
        theme["label"]
        for theme in table("themes.toml")["theme"]
        if any(cue in low for cue in theme["cues"])
    ]


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


def excerpt(body: str, width: int = 72) -> str:
    """The same first lines as :func:`preview`, as one paragraph that reflows (HTML)."""
    lines = preview(body, width)
    return " ".join(line.removesuffix("…") for line in lines) + (
        "…" if lines and lines[-1].endswith("…") else ""
    )


def reason_counts(rejections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Why rejections got no draft, most frequent first; a reason's details in
    parentheses (a Message-ID) are left out so that alike reasons count together."""
    counts: dict[str, int] = {}
    for r in rejections:
        reason = (r.get("no_draft_reason") or "no reason recorded").split(" (")[0]
        counts[reason] = counts.get(reason, 0) + 1
    return [{"reason": k, "count": v} for k, v in sorted(counts.items(), key=lambda kv: -kv[1])]


def gather(cfg: Config, store: Store, now: datetime | None = None) -> dict[str, Any]:
    """Everything the digest shows, as plain data (also handy for tests)."""
    now = now or now_utc()
    tz = cfg.owner.tz
    since = store.last_digest_sent_at() or iso(now - timedelta(days=1)) or ""
    drafts = _draft_sections(cfg, store, now, since)
    replies = store.replies_since(since)
    for r in replies:
        r["received_local"] = _local(r["received_at"], tz)
    no_draft = store.rejections_without_draft(since)
    history = _history(store.backfill_since(since), tz)
    maybe, maybe_more = _maybe(store, store.last_digest_made_at() or since, now, tz)
    counts = {
        "pending": len(drafts["pending"]),
        "due": len(drafts["due_today"]),
        "replies": len(replies),
        "attention": len(drafts["attention"]),
        "expired": len(drafts["expired"]),
        "no_draft": len(no_draft),
        "history": history["count"] if history else 0,
        "maybe": len(maybe) + maybe_more,
    }
    shown = [v for k, v in drafts.items() if k != "later"]
    return {
        "owner": cfg.owner,
        "now_local": now.astimezone(tz).strftime("%A %d %B %Y"),
        **drafts,
        "replies": replies,
        "no_draft": no_draft,
        "no_draft_reasons": reason_counts(no_draft),
        "list_limit": LIST_LIMIT,
        "history": history,
        "maybe": maybe,
        "maybe_more": maybe_more,
        "counts": counts,
        "tally": tally(store, now, cfg),
        "approve_by_reply": cfg.digest.approve_by_reply,
        "token": "",
        "empty": not any((*shown, replies, no_draft, history, maybe, maybe_more)),
    }


def _maybe(store: Store, since: str, now: datetime, tz: tzinfo) -> tuple[list[dict[str, Any]], int]:
    """Mail read since the last digest that may be a rejection Rebound did not log (issue 11:
    the sentence model came close): the newest :data:`LIST_LIMIT` received in the last
    :data:`MAYBE_DAYS` days, and how many more there are (a first scan of history finds many).

    Why list them: a rejection in words no rule knows is otherwise silently lost; the owner
    needs one command (``rejections add``) to log it, and its template is then remembered.
    """
    rows = store.maybe_rejections(since)
    recent_from = iso(now - timedelta(days=MAYBE_DAYS)) or ""
    recent = [r for r in rows if (r["date"] or "") >= recent_from][-LIST_LIMIT:]  # the newest
    for r in recent:
        r["received_local"] = _local(r["date"], tz)
        r["sentence"] = quoted(r["maybe"] or "")
    return recent, len(rows) - len(recent)


def _local(value: str | None, tz: tzinfo) -> str:
    when = parse_iso(value)
    return when.astimezone(tz).strftime("%a %d %b %H:%M") if when else ""


def _draft_sections(
    cfg: Config, store: Store, now: datetime, since: str
) -> dict[str, list[dict[str, Any]]]:
    """The drafts by what they need: approval, sending today or later, a look; and news."""
    tz = cfg.owner.tz
    rows = store.drafts_with_rejections()

    def view(d: dict[str, Any]) -> dict[str, Any]:
        return {
            **d,
            "time_left": _left(d["deadline"], now),
            "deadline_local": _local(d["deadline"], tz),
            "send_after_local": _local(d["send_after"], tz),
            "sent_local": _local(d["sent_at"], tz),
            "preview": preview(d["body"] or ""),
            "excerpt": excerpt(d["body"] or ""),
            # a Reply-To on another organisation's domain: shown plainly, approved only by name
            "third_party": third_party(d["to_addr"], d["rejection_from"], d["company"]) or "",
        }

    def pick(test: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
        return [view(d) for d in rows if test(d)]

    today_end = datetime.combine(
        now.astimezone(tz).date() + timedelta(days=1), datetime.min.time(), tz
    )
    stale = now - timedelta(minutes=10)

    def starts(d: dict[str, Any]) -> datetime:
        return parse_iso(d["send_after"]) or now

    return {
        "pending": pick(lambda d: d["status"] == "pending"),
        "due_today": pick(lambda d: d["status"] == "approved" and starts(d) < today_end),
        "later": pick(lambda d: d["status"] == "approved" and starts(d) >= today_end),
        "sent": pick(lambda d: d["status"] == "sent" and (d["sent_at"] or "") >= since),
        "sent_by_user": pick(
            lambda d: d["status"] == "sent_by_user" and store.draft_changed_since(d["id"], since)
        ),
        "attention": pick(lambda d: d["status"] in ("uncertain", "failed"))
        + pick(lambda d: d["status"] == "sending" and (parse_iso(d["claimed_at"]) or now) < stale),
        "expired": pick(
            lambda d: d["status"] == "expired" and store.draft_changed_since(d["id"], since)
        ),
    }


def _history(rows: list[dict[str, Any]], tz: Any) -> dict[str, Any] | None:
    """Rejections read from history (too old for a request) as one line, not one each."""
    if not rows:
        return None
    dates = [d.astimezone(tz) for d in (parse_iso(r["received_at"]) for r in rows) if d]
    return {
        "count": len(rows),
        "first": min(dates).strftime("%d %b %Y") if dates else "",
        "last": max(dates).strftime("%d %b %Y") if dates else "",
    }


def tally(store: Store, now: datetime, cfg: Config) -> dict[str, Any]:
    """The funnel for the week and the month, and what recurs in the feedback.

    The funnel follows the applications (sent, acknowledged, interviews, offers),
    the rejections by stage, the feedback requests and their replies. Themes are
    counted once per company, so one talkative employer cannot make a theme
    "recurring": most companies first, as "what to work on".
    """
    local = now.astimezone(cfg.owner.tz)
    week_start = datetime.combine(
        local.date() - timedelta(days=local.weekday()), datetime.min.time(), cfg.owner.tz
    )
    month_start = datetime.combine(local.date().replace(day=1), datetime.min.time(), cfg.owner.tz)
    week, month = store.funnel(iso(week_start) or ""), store.funnel(iso(month_start) or "")
    asked, answered = store.count_requests_sent(), store.count_answered_drafts()
    return {
        "rejections_week": week["rejections"],
        "rejections_month": month["rejections"],
        "requests_sent": asked,
        "replies": answered,
        "reply_rate": _rate(answered, asked),
        "funnel": [_funnel_row(week, "this week"), _funnel_row(month, "this month")],
        "themes": recurring_themes(store),
    }


def _rate(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def _funnel_row(counts: dict[str, Any], label: str) -> dict[str, Any]:
    by_stage = counts["rejections_by_stage"]
    stages = [f"{s} {by_stage[s]}" for s in STAGE_ORDER if by_stage.get(s)]
    return {
        **counts,
        "label": label,
        "by_stage": ", ".join(stages),
        "reply_rate": _rate(counts["replies"], counts["requests_sent"]),
    }


STAGE_ORDER = ("application", "screen", "interview", "final", "unknown")


def recurring_themes(store: Store) -> list[dict[str, Any]]:
    """Feedback themes by how many companies mentioned them, most first."""
    companies: dict[str, set[str]] = {}
    for company, themes in store.reply_themes():
        for label in json.loads(themes or "[]"):
            companies.setdefault(label, set()).add((company or "?").lower())
    ranked = sorted(companies.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [{"theme": k, "count": len(v)} for k, v in ranked]


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
    if c.get("maybe"):
        parts.append(f"{c['maybe']} may be a rejection")
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
    message_id = message_id or make_msgid("rebound-digest", domain=to.rpartition("@")[2])
    return digest_message(
        cfg,
        to,
        subject(data),
        message_id=message_id,
        text=render_text(cfg, data),
        html=render_html(cfg, data),
    )


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
    return not store.digest_day_taken(day, recent or "")


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
        store.add_digest({"local_date": local_day, "status": "skipped", "scheduled": scheduled})
        log.info("digest skipped: nothing pending")
        return False
    token = new_code()
    data["token"] = token if cfg.digest.approve_by_reply else ""
    to = safe_address(cfg.digest_to) or ""
    msg = build(cfg, data)
    if dry_run:
        log.info("would send the digest to %s: %s", msg["To"], msg["Subject"])
        return False
    listed = [d["id"] for d in data["pending"]] + [d["id"] for d in data["expired"]]
    digest_id = store.add_digest(
        {
            "local_date": local_day,
            "status": "building",
            "token_hash": code_hash(token),
            "message_id": str(msg["Message-ID"]),
            "to_addr": to,
            "subject": str(msg["Subject"]),
            "listed": json.dumps(listed),
            "listed_mail": json.dumps([m["id"] for m in data["maybe"]]),
            "scheduled": scheduled,
        }
    )
    try:
        with smtp_session(cfg) as conn:
            deliver(conn, msg, cfg.owner.email, [to])
    except Exception as exc:
        store.digest_failed(digest_id, str(exc))
        raise
    store.digest_sent(digest_id, to=to, subject=str(msg["Subject"]))
    log.info("digest sent to %s: %s", to, msg["Subject"])
    return True
