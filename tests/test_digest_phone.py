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
