"""The digest on a phone: rendered by headless Chromium at 390 px, nothing scrolls sideways."""

from __future__ import annotations

from pathlib import Path

from phone import PHONE_WIDTH, measure

ROOT = Path(__file__).resolve().parent.parent


def test_the_probe_sees_sideways_scrolling(tmp_path: Path) -> None:
    """The measurement itself: an unbreakable line wider than a phone is caught."""
    page = (
        "<html><body><code style='white-space:nowrap'>"
        + "approve 1 " * 40
        + "</code></body></html>"
    )
    result = measure(page, tmp_path)
    assert result["width"] == PHONE_WIDTH
    assert int(str(result["scroll_width"])) > PHONE_WIDTH
    assert result["overflowing"]


def test_digest_example_fits_a_phone(tmp_path: Path) -> None:
    page = (ROOT / "docs" / "digest-example.html").read_text()
    result = measure(page, tmp_path)
    assert result["width"] == PHONE_WIDTH
    assert result["overflowing"] == [], result
    assert result["scroll_width"] == PHONE_WIDTH


def test_mail_that_may_be_a_rejection_fits_a_phone(tmp_path: Path) -> None:
    """The "may be a rejection" section with what mail can hold: a long unbroken sender and
    subject, a long quoted sentence, the reply command."""
    from datetime import timedelta

    from agent import config as config_mod
    from agent.digest.digest import build, gather
    from agent.store import now_utc, open_store

    from helpers import write_config

    cfg = config_mod.load(write_config(tmp_path))
    long_word = "Applicationstatusnotification" * 4
    with open_store(cfg.database.path) as store:
        for uid in (1, 2):
            store.record_message(
                {
                    "folder": "INBOX",
                    "uidvalidity": 1,
                    "uid": uid,
                    "message_id": f"<m{uid}@x.example>",
                    "subject": f"{long_word} {uid}",
                    "from_addr": f"{long_word.lower()}@recruiting.{long_word.lower()}.example",
                    "date": (now_utc() - timedelta(hours=uid)).isoformat(),
                    "status": "classified",
                    "is_rejection": 0,
                    "category": "other",
                    "maybe": 'model:e5-1 p=0.81 "' + "We feel your background is closer " * 7 + '"',
                }
            )
        data = gather(cfg, store, now_utc() + timedelta(minutes=1))
    data["token"] = "RB-Xq3v9TzL0bQmW2cE8nYdKfA1sJ7pHu4G"
    page = build(cfg, data).get_body(("html",)).get_content()
    assert "rejection 1" in page and "May be a rejection (2)" in page
    result = measure(page, tmp_path)
    assert result["overflowing"] == [], result
    assert result["scroll_width"] == PHONE_WIDTH
