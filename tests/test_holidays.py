"""Public holidays close business days: whose country, and the window around them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest

from agent import config
from agent.calendars import supported_countries
from agent.errors import ConfigError
from agent.feedback.drafts import make_draft
from agent.feedback.public_holidays import (
    country_of_address,
    country_of_zone,
    holiday_country,
    is_holiday,
)
from agent.feedback.window import feedback_window
from agent.store import open_store

from helpers import seed_rejection

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")


def cfg(**feedback: object) -> config.Config:
    return config.from_dict(
        {
            "owner": {"name": "Alex Doe", "email": "alex@example.com", "timezone": "Europe/London"},
            "feedback": feedback,
        }
    )


def test_country_from_zone_address_and_config() -> None:
    assert country_of_zone("Europe/London") == "GB"
    assert country_of_zone("America/New_York") == "US"
    assert country_of_zone("UTC") is None
    assert country_of_address("jane@acme.de") == "DE"
    assert country_of_address("jane@acme.co.uk") == "GB"
    assert country_of_address("jane@acme.io") is None  # a look, not a country
    assert country_of_address("jane@acme.com") is None
    assert holiday_country("", "Europe/London", "hr@firma.de") == "DE"
    assert holiday_country("FR", "Europe/London", "hr@acme.com") == "FR"
    assert holiday_country("", "Europe/London", "hr@acme.com") == "GB"
    assert holiday_country("", "UTC", None) is None


def test_christmas_and_boxing_day_are_skipped() -> None:
    fb = cfg().feedback  # 2 h delay, 09-17 Mon-Fri
    # Thursday 24 December 2026, 16:30: the next business morning is not Friday the 25th
    # (Christmas), nor Monday the 28th (Boxing Day observed) in GB, but Tuesday the 29th.
    arrived = datetime(2026, 12, 24, 16, 30, tzinfo=LONDON)
    assert is_holiday(date(2026, 12, 28), "GB")
    w = feedback_window(arrived, fb, LONDON, "GB")
    assert w.send_after == datetime(2026, 12, 29, 9, 0, tzinfo=LONDON)
    assert w.deadline > w.send_after
    # Without a country only the weekend counts: Friday the 25th at 09:00.
    plain = feedback_window(arrived, fb, LONDON, None)
    assert plain.send_after == datetime(2026, 12, 25, 9, 0, tzinfo=LONDON)


def test_recipients_country_wins(tmp_path: Path) -> None:
    """German Unity Day (3 Oct 2025, a Friday) closes a German recipient's day, not a British."""
    c = cfg()
    with open_store(tmp_path / "db.sqlite") as store:
        de = seed_rejection(
            store, 1, reply_address="hr@firma.de", received_at="2025-10-02T15:00:00+00:00"
        )
        uk = seed_rejection(
            store, 2, reply_address="hr@firma.co.uk", received_at="2025-10-02T15:00:00+00:00"
        )
        then = datetime(2025, 10, 2, 16, 0, tzinfo=LONDON)  # drafted when it arrived
        d_de = store.get_draft(make_draft(store, c, de, now=then) or 0)
        d_uk = store.get_draft(make_draft(store, c, uk, now=then) or 0)
    assert d_de["send_after"].startswith("2025-10-06T08:00")  # Monday 09:00 London
    assert d_uk["send_after"].startswith("2025-10-03T08:00")  # Friday 09:00 London


def test_unknown_country_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"feedback\.holidays.*'XX'"):
        cfg(holidays="XX")
    assert cfg(holidays="gb").feedback.holidays == "gb"


def test_unknown_key_suggests_the_closest() -> None:
    with pytest.raises(ConfigError, match=r"imap\.idel.*did you mean `idle`\?") as info:
        config.from_dict({"imap": {"idel": True}})
    assert "known:" not in str(info.value)
    with pytest.raises(ConfigError, match=r"known: .*poll_seconds"):
        config.from_dict({"imap": {"zzzzzz": 1}})


def test_supported_countries_match_the_library_listing() -> None:
    """The registry's code table (read without importing every country) is the library's list."""
    assert supported_countries() == frozenset(holidays.list_supported_countries())
    assert {"GB", "UK", "DE", "US"} <= supported_countries()


KEPT_PROBE = """
import sys
from datetime import date
from agent.feedback.public_holidays import country_of_zone, holiday_name, is_holiday
print(is_holiday(date(2026, 12, 28), "GB"), holiday_name(date(2026, 10, 3), "DE"),
      country_of_zone("Europe/Berlin"), "holidays" in sys.modules, sep="|")
"""


def _probe(cache: Path) -> list[str]:
    env = {**os.environ, "REBOUND_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", KEPT_PROBE], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().split("|")


def test_calendars_are_kept_and_the_package_never_loaded_here(tmp_path: Path) -> None:
    """A child process derives and keeps the calendars (the holidays package costs ~0.8 s
    and ~17 MiB a process): one file a year for every country, so two countries cost one
    child; this run and the next answer from the kept files."""
    cache = tmp_path / "cache"
    first = _probe(cache)
    assert first == ["True", "German Unity Day", "DE", "False"]
    kept = sorted(p.name for p in cache.glob("holidays-*.json"))
    assert len(kept) == 2 and any(n.endswith("-2026.json") for n in kept), kept  # table, year
    for path in cache.glob("holidays-*.json"):
        assert path.stat().st_mode & 0o777 == 0o600
    mtimes = {p: p.stat().st_mtime_ns for p in cache.glob("holidays-*.json")}
    assert _probe(cache) == first
    assert {p: p.stat().st_mtime_ns for p in cache.glob("holidays-*.json")} == mtimes


def test_without_a_cache_folder_the_package_answers_here(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert _probe(blocker / "cache") == ["True", "German Unity Day", "DE", "True"]


def test_a_broken_kept_file_is_derived_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _probe(cache)
    for path in cache.glob("holidays-*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert _probe(cache) == first
    assert all(
        json.loads(p.read_text(encoding="utf-8")) for p in cache.glob("holidays-*.json")
    )  # rewritten whole
