"""The digest: content for a prepared database, escaping, the daily schedule."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.digest.digest import build, digest_due, gather, render_text, send_digest, subject
from agent.feedback.drafts import make_draft
from agent.store import Store, open_store

from digest_week import TOKEN, WEEK_NOW, realistic_week
from helpers import seed_rejection, write_config

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)  # a Tuesday
EVIL = '<img src=x onerror="alert(1)"> <a href="http://evil.example">click</a>'


def prepared(store: Store, cfg: config_mod.Config) -> dict[str, int]:
    """One of everything the digest shows."""
    ids: dict[str, int] = {}

    def rejection(key: str, hours_ago: float, **extra: object) -> int:
        return seed_rejection(
            store,
            len(ids) + 100,
            **{
                "message_id": f"<{key}@x.example>",
                "received_at": (NOW - timedelta(hours=hours_ago)).isoformat(),
                "subject": f"Your application ({key})",
                "company": key.title() + " Corp",
                "reply_address": f"jane@{key}.example",
                **extra,
            },
        )

    def draft(key: str, hours_ago: float, **extra: object) -> int:
        # made when the rejection arrived, as the scan would have
        made = NOW - timedelta(hours=hours_ago)
        draft_id = make_draft(store, cfg, rejection(key, hours_ago, **extra), now=made)
        assert draft_id
        ids[key] = draft_id
        return draft_id

    draft("urgent", 40)
    draft("relaxed", 3)
    draft("evil", 5, company=EVIL, role="<script>alert(2)</script>")
    approved = draft("approved", 2)
    store.set_draft_status(approved, "approved", expect="pending")
    gone = draft("gone", 20)
    for status in ("approved", "sending", "sent"):
        store.set_draft_status(gone, status, sent_at=(NOW - timedelta(hours=1)).isoformat())
    unsure = draft("unsure", 10)
    for status in ("approved", "sending", "uncertain"):
        store.set_draft_status(unsure, status)
    failed = draft("refused", 10)
    for status in ("approved", "sending"):
        store.set_draft_status(failed, status)
    store.set_draft_status(failed, "failed", error="server said 550 mailbox unavailable")
    late = draft("late", 60)
    store.set_draft_status(late, "expired")
    mine = draft("mine", 8)
    store.set_draft_status(mine, "sent_by_user")
    answered = draft("answered", 30)
    for status in ("approved", "sending", "sent"):
        store.set_draft_status(answered, status, sent_at=(NOW - timedelta(hours=25)).isoformat())
    with store.transaction():
        store.add_reply(
            {
                "draft_id": answered,
                "message_id": "<r@answered.example>",
                "from_addr": "jane@answered.example",
                "subject": "Re: feedback",
                "received_at": (NOW - timedelta(hours=2)).isoformat(),
                "excerpt": f"Your system design round was weaker. {EVIL}",
                "themes": json.dumps(["technical depth"]),
            }
        )
    store.set_draft_status(answered, "answered", expect="sent")
    rejection("noreply", 4, reply_address=None, noreply=1, company="Silent Corp")
    store.set_no_draft_reason(
        store.query("SELECT max(id) AS id FROM rejections")[0]["id"],
        "no-reply sender and no human address found in the mail",
    )
    timeline(store)
    return ids


def timeline(store: Store) -> None:
    """Three applications' mail: two sent this week, one acknowledged, an interview, an offer."""
    mails = {
        "Northwind": [("own_application", "applied", 30), ("acknowledgement", "applied", 29)],
        "Answered Corp": [("own_application", "applied", 400), ("interview_invitation",
                                                                 "interviewing", 200)],
        "Meridian": [("own_application", "applied", 20), ("offer", "offer", 3)],
    }  # fmt: skip
    with store.transaction():
        for company, events in mails.items():
            first = (NOW - timedelta(hours=events[0][2])).isoformat()
            app = store.add_application(
                {"company": company, "status": events[-1][1], "first_at": first, "last_at": first}
            )
            for n, (kind, proves, hours_ago) in enumerate(events):
                store.add_application_event(
                    {
                        "application_id": app,
                        "kind": kind,
                        "proves": proves,
                        "at": (NOW - timedelta(hours=hours_ago)).isoformat(),
                        "message_id": f"<{company[:4]}{n}@x.example>",
                        "own": int(kind == "own_application"),
                    }
                )


@pytest.fixture
def env(tmp_path: Path):  # type: ignore[no-untyped-def]
    cfg = config_mod.load(write_config(tmp_path))
    store = open_store(cfg.database.path)
    ids = prepared(store, cfg)
    yield cfg, store, ids
    store.close()


def test_digest_content_for_a_prepared_database(env) -> None:  # type: ignore[no-untyped-def]
    cfg, store, ids = env
    data = gather(cfg, store, NOW)
    pending = [d["id"] for d in data["pending"]]
    assert pending[0] == ids["urgent"]  # most urgent first
    assert set(pending) == {ids["urgent"], ids["relaxed"], ids["evil"]}
    assert [d["id"] for d in data["due_today"]] == [ids["approved"]]
    assert [d["id"] for d in data["sent"]] == [ids["gone"]]
    assert [d["id"] for d in data["sent_by_user"]] == [ids["mine"]]
    assert {d["id"] for d in data["attention"]} == {ids["unsure"], ids["refused"]}
    assert [d["id"] for d in data["expired"]] == [ids["late"]]
    assert [r["company"] for r in data["replies"]] == ["Answered Corp"]
    assert [r["company"] for r in data["no_draft"]] == ["Silent Corp"]
    tally = data["tally"]
    assert tally["requests_sent"] == 3 and tally["replies"] == 1 and tally["reply_rate"] == "33%"
    assert tally["themes"] == [{"theme": "technical depth", "count": 1}]
    assert subject(data) == (
        "Rebound: 3 drafts to approve, 1 to send today, 1 reply, 2 need a look, 1 expired"
    )
    text = render_text(cfg, data)
    assert "8 h left" in text  # urgent: 48 h deadline, arrived 40 h ago
    assert "server said 550 mailbox unavailable" in text
    assert "It may or may not have gone out" in text
    assert "approve " + str(ids["late"]) in text and "--late" in text
    assert "no-reply sender" in text


def test_funnel_for_the_week_and_the_month(env) -> None:  # type: ignore[no-untyped-def]
    cfg, store, _ = env
    week, month = gather(cfg, store, NOW)["tally"]["funnel"]
    # NOW is Tuesday 24 Nov 07:30: the week began on Monday 23 Nov 00:00 in London.
    assert (week["label"], month["label"]) == ("this week", "this month")
    assert (week["sent"], week["acknowledged"], week["interviews"], week["offers"]) == (2, 1, 0, 1)
    # Answered Corp's application (7 Nov) and interview (16 Nov) fall in the month only.
    assert (month["sent"], month["interviews"], month["offers"]) == (3, 1, 1)
    stages = store.query("SELECT stage, received_at FROM rejections")
    in_week = [r for r in stages if r["received_at"] >= "2026-11-23T00:00:00+00:00"]
    assert week["rejections"] == len(in_week) and week["by_stage"] == f"interview {len(in_week)}"
    # "gone" sent 1 h ago and "answered" 25 h ago (Monday), which got the one reply.
    assert (week["requests_sent"], week["replies"], week["reply_rate"]) == (2, 1, "50%")
    text = render_text(cfg, gather(cfg, store, NOW))
    assert "applications sent" in text and "rejections this week by stage: interview" in text


def test_what_to_work_on_counts_companies_not_replies(env) -> None:  # type: ignore[no-untyped-def]
    cfg, store, ids = env
    more = [
        ("answered", ["technical depth"]),  # the same company again: still one
        ("gone", ["communication"]),
        ("mine", ["technical depth"]),
    ]
    with store.transaction():
        for n, (key, themes) in enumerate(more):
            store.add_reply(
                {
                    "draft_id": ids[key],
                    "message_id": f"<more{n}@x.example>",
                    "received_at": NOW.isoformat(),
                    "themes": json.dumps(themes),
                }
            )
    tally = gather(cfg, store, NOW)["tally"]
    assert tally["themes"] == [
        {"theme": "technical depth", "count": 2},  # three replies, two companies
        {"theme": "communication", "count": 1},
    ]
    text = render_text(cfg, gather(cfg, store, NOW))
    assert "WHAT TO WORK ON" in text and "1. technical depth (2 companies)" in text


def test_both_parts_and_html_escaped(env) -> None:  # type: ignore[no-untyped-def]
    cfg, store, _ = env
    data = gather(cfg, store, NOW)
    data["token"] = "RB-" + "t" * 32
    msg = build(cfg, data)
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert EVIL in plain  # text is text
    assert "<img" not in html and "<script" not in html.split("</title>")[1]
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "&lt;script&gt;" in html
    assert not re.search(r"<a\s", html) and "http://evil" not in html.replace("&#34;", "")[:0]
    assert "src=" not in re.sub(r"&lt;.*?&gt;", "", html)  # no remote images at all
    assert 'name="viewport"' in html
    assert "Rebound code: RB-" in plain
    assert re.search(r"Rebound code:</span> <code[^>]*>RB-", html)
    assert msg["Auto-Submitted"] == "auto-generated"


@pytest.mark.parametrize(
    ("tz", "utc_hour", "due"),
    [
        ("Europe/London", 7, False),  # 07:xx in London, digest at 08:00
        ("Europe/London", 8, True),
        ("America/New_York", 8, False),  # 03:xx in New York
        ("America/New_York", 13, True),  # 08:xx in New York
        ("Asia/Tokyo", 23, True),  # 08:xx the next day in Tokyo
    ],
)
def test_schedule_across_time_zones(tmp_path: Path, tz: str, utc_hour: int, due: bool) -> None:
    path = write_config(tmp_path, extra="")
    path.write_text(path.read_text().replace("Europe/London", tz))
    cfg = config_mod.load(path)
    with open_store(cfg.database.path) as store:
        assert digest_due(cfg, store, datetime(2026, 11, 24, utc_hour, 5, tzinfo=UTC)) is due


def test_once_a_day_even_across_a_restart(tmp_path: Path, smtp_server) -> None:  # type: ignore[no-untyped-def]
    cfg = config_mod.load(write_config(tmp_path, None, smtp_server))
    morning = datetime(2026, 11, 24, 8, 1, tzinfo=UTC)
    with open_store(cfg.database.path) as store:
        assert digest_due(cfg, store, morning)
        assert send_digest(cfg, store, now=morning)
    smtp_server.wait_for(1)
    # A restart: a new process, a new connection to the same database.
    with open_store(cfg.database.path) as store:
        assert not digest_due(cfg, store, morning + timedelta(hours=3))
        assert not digest_due(cfg, store, morning + timedelta(hours=15, minutes=50))  # 23:51
        # a hand-sent digest does not take the scheduled one's place, nor the other way round
        assert send_digest(cfg, store, force=True, now=morning + timedelta(hours=4))
        assert digest_due(cfg, store, morning + timedelta(days=1))
    assert len(smtp_server.messages) == 2


def test_skip_when_empty_counts_as_the_days_digest(tmp_path: Path, smtp_server) -> None:  # type: ignore[no-untyped-def]
    path = write_config(tmp_path, None, smtp_server, extra="[digest]\nskip_when_empty = true")
    cfg = config_mod.load(path)
    morning = datetime(2026, 11, 24, 9, tzinfo=UTC)
    with open_store(cfg.database.path) as store:
        assert digest_due(cfg, store, morning)
        assert not send_digest(cfg, store, now=morning)
        assert not digest_due(cfg, store, morning + timedelta(hours=1))
        assert send_digest(cfg, store, force=True, now=morning)  # --send still sends
    assert len(smtp_server.messages) == 1


def test_dry_run_sends_and_records_nothing(tmp_path: Path, smtp_server) -> None:  # type: ignore[no-untyped-def]
    cfg = config_mod.load(write_config(tmp_path, None, smtp_server))
    morning = datetime(2026, 11, 24, 9, tzinfo=UTC)
    with open_store(cfg.database.path) as store:
        assert not send_digest(cfg, store, dry_run=True, now=morning)
        assert digest_due(cfg, store, morning)
    assert smtp_server.messages == []


def test_rendered_example_in_docs_is_current(tmp_path: Path) -> None:
    """docs/digest-example.* are the digest of a realistic week (tests/digest_week.py);
    regenerate with `python tests/test_digest.py`."""
    text, html = week_example(tmp_path)
    assert (ROOT / "docs" / "digest-example.txt").read_text() == text
    assert (ROOT / "docs" / "digest-example.html").read_text() == html


def test_long_lists_become_one_line(tmp_path: Path) -> None:
    text, html = week_example(tmp_path)
    assert "EXPIRED (6)" in text and "see rebound drafts list --status expired" in text
    assert "Arden Retail" not in text and "Arden Retail" not in html  # not listed one by one
    assert "by reason: 5 no-reply sender and no human address found in the mail; 1 stage" in text
    assert "Juniper Telecom" not in html
    assert "Kestrel Labs" in html  # short lists are still listed


def week_example(folder: Path) -> tuple[str, str]:
    path = write_config(folder)  # then the defaults of a real config: 2 h delay, office hours
    text = path.read_text().replace("min_delay_hours = 0", "min_delay_hours = 2")
    text = text.replace('business_hours = ""', 'business_hours = "09:00-17:00"')
    path.write_text(text.replace(', "Sat", "Sun"]', "]"))
    cfg = config_mod.load(path)
    with open_store(cfg.database.path) as store:
        realistic_week(store, cfg)
        return example(cfg, store, WEEK_NOW)


def example(cfg: config_mod.Config, store: Store, now: datetime = NOW) -> tuple[str, str]:
    data = gather(cfg, store, now)
    data["token"] = TOKEN
    msg = build(cfg, data)
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    head = f"Subject: {msg['Subject']}\nTo: {msg['To']}\n\n"
    return head + plain, html


if __name__ == "__main__":  # regenerate docs/digest-example.*
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        text, html = week_example(Path(tmp))
    (ROOT / "docs" / "digest-example.txt").write_text(text)
    (ROOT / "docs" / "digest-example.html").write_text(html)
    from phone import screenshot

    screenshot(ROOT / "docs" / "digest-example.html", ROOT / "docs" / "digest-phone.png", 2500)
