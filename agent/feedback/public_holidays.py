"""Public holidays: which country's calendar closes business days for a draft's window.

A feedback request should not land on Christmas Day or a bank holiday any more
than on a Sunday. The recipient's country is taken from their address's
country-code domain (``.de``, ``.co.uk``) unless that domain is one companies
use for its look (``.io``, ``.co``: ``data/generic_cctlds.txt``); else
``feedback.holidays``; else the country of the owner's time zone, which the
tz database's ``zone.tab`` names unambiguously (one country per zone name).
The calendars themselves are :mod:`agent.calendars`' (kept in the cache folder).
"""

from __future__ import annotations

import functools
import logging
from datetime import date
from importlib import resources
from pathlib import Path

from agent.calendars import calendar, supported_countries

log = logging.getLogger(__name__)

_TLD_TO_COUNTRY = {"uk": "GB"}  # the one ccTLD that is not its ISO 3166 code


@functools.cache
def _generic_tlds() -> frozenset[str]:
    text = resources.files("agent.feedback").joinpath("data/generic_cctlds.txt").read_text()
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.cache
def _zone_countries() -> dict[str, str]:
    """zone.tab from the tzdata package, else the system's (the same file)."""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        path = Path("/usr/share/zoneinfo/zone.tab")
        text = path.read_text() if path.exists() else ""
    table = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#"):
            table[parts[2]] = parts[0]
    return table


def country_of_zone(zone: str) -> str | None:
    """The country whose time zone this is, or None (UTC, Etc/…, unknown names)."""
    code = _zone_countries().get(zone)
    return code if code in supported_countries() else None


def country_of_address(address: str | None) -> str | None:
    """The country of a country-code domain, or None for generic and look-only domains."""
    if not address or "@" not in address:
        return None
    tld = address.rpartition("@")[2].rstrip(".").rpartition(".")[2].lower()
    if len(tld) != 2 or tld in _generic_tlds():
        return None
    code = _TLD_TO_COUNTRY.get(tld, tld.upper())
    return code if code in supported_countries() else None


def holiday_country(configured: str, owner_zone: str, recipient: str | None) -> str | None:
    """Whose public holidays count for a draft to ``recipient``."""
    return (
        country_of_address(recipient)
        or (configured.upper() if configured else None)
        or country_of_zone(owner_zone)
    )


@functools.lru_cache(maxsize=1024)
def is_holiday(day: date, country: str | None) -> bool:
    """True on a public holiday of ``country`` (never without a country).

    Remembered: each feedback window asks for the same few days.
    """
    return bool(country) and day in calendar(str(country), day.year)


def holiday_name(day: date, country: str | None) -> str | None:
    if not is_holiday(day, country):
        return None
    return calendar(str(country), day.year).get(day)
