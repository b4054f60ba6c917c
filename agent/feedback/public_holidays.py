"""Public holidays: which country's calendar closes business days for a draft's window.

A feedback request should not land on Christmas Day or a bank holiday any more
than on a Sunday. The recipient's country is taken from their address's
country-code domain (``.de``, ``.co.uk``) unless that domain is one companies
use for its look (``.io``, ``.co``: ``data/generic_cctlds.txt``); else
``feedback.holidays``; else the country of the owner's time zone, which the
tz database's ``zone.tab`` names unambiguously (one country per zone name).

The calendars come from the holidays package, whose first calendar imports every
country's module: ~0.8 s of CPU and ~17 MiB that a long scan or the daemon then
carries to its end. So each country's year and the code table are kept as small
private JSON files in the cache folder, named by the package's version; the package
is imported only when one is missing (or unreadable).
"""

from __future__ import annotations

import functools
import json
import logging
from datetime import date
from importlib import metadata, resources
from pathlib import Path

from agent.files import cache_folder, write_private

log = logging.getLogger(__name__)

_TLD_TO_COUNTRY = {"uk": "GB"}  # the one ccTLD that is not its ISO 3166 code


@functools.cache
def _version() -> str:
    """The holidays package's version: a new one may move or add days, so it names the files."""
    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # run from a source tree: never trust a kept file
        return "unknown"


def _kept(name: str) -> Path:
    return cache_folder() / f"holidays-{_version()}-{name}.json"


def _read_kept(name: str) -> object:
    """A kept file's JSON, or None when it is missing or unreadable (derived again)."""
    if _version() == "unknown":
        return None
    try:
        return json.loads(_kept(name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.debug("holiday file %s not used: %s", name, exc)
        return None


def _keep(name: str, value: object) -> None:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    write_private(_kept(name), data, f"holidays-*-{name}.json")


@functools.cache
def _supported() -> frozenset[str]:
    """Country codes (aliases included) the holidays package has a calendar for.

    ``list_supported_countries`` imports every country's module to list its subdivisions
    (~0.5 s of each CLI run); the registry's code table is the same set without them.
    """
    kept = _read_kept("countries")
    if isinstance(kept, list) and all(isinstance(code, str) for code in kept):
        return frozenset(kept)
    import holidays  # noqa: PLC0415 - ~0.35 s and ~9 MiB: only when no file has the table

    try:
        codes = frozenset(holidays.registry.EntityLoader.get_country_codes(include_aliases=True))
    except (AttributeError, TypeError):  # the registry is not public API
        codes = frozenset(holidays.list_supported_countries())
    _keep("countries", sorted(codes))
    return codes


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
    return code if code in _supported() else None


def country_of_address(address: str | None) -> str | None:
    """The country of a country-code domain, or None for generic and look-only domains."""
    if not address or "@" not in address:
        return None
    tld = address.rpartition("@")[2].rstrip(".").rpartition(".")[2].lower()
    if len(tld) != 2 or tld in _generic_tlds():
        return None
    code = _TLD_TO_COUNTRY.get(tld, tld.upper())
    return code if code in _supported() else None


def holiday_country(configured: str, owner_zone: str, recipient: str | None) -> str | None:
    """Whose public holidays count for a draft to ``recipient``."""
    return (
        country_of_address(recipient)
        or (configured.upper() if configured else None)
        or country_of_zone(owner_zone)
    )


@functools.cache
def _calendar(country: str, year: int) -> dict[date, str]:
    """``country``'s public holidays in ``year``, by day, with their names."""
    name = f"{country}-{year}"
    kept = _read_kept(name)
    if isinstance(kept, dict):
        try:
            return {date.fromisoformat(day): str(what) for day, what in kept.items()}
        except (TypeError, ValueError) as exc:
            log.debug("holiday file %s not used: %s", name, exc)
    import holidays  # noqa: PLC0415 - see the module's docstring

    days = {day: str(what) for day, what in holidays.country_holidays(country, years=year).items()}
    _keep(name, {day.isoformat(): what for day, what in days.items()})
    return days


@functools.lru_cache(maxsize=1024)
def is_holiday(day: date, country: str | None) -> bool:
    """True on a public holiday of ``country`` (never without a country).

    Remembered: each feedback window asks for the same few days.
    """
    return bool(country) and day in _calendar(str(country), day.year)


def holiday_name(day: date, country: str | None) -> str | None:
    if not is_holiday(day, country):
        return None
    return _calendar(str(country), day.year).get(day)
