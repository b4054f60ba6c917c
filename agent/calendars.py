"""Public-holiday calendars, kept in the cache folder so most runs never import their source.

They come from the holidays package, whose first calendar imports every country's
module: ~0.8 s of CPU and ~17 MiB that a long scan or the daemon then carries to
its end, and validating ``feedback.holidays`` listed every country's subdivisions.
So each country's year and the table of country codes are kept as small private
JSON files in the cache folder, named by the package's version; the package is
imported only when one is missing or unreadable. Here, at the bottom of the house,
because both the configuration and the feedback window ask.
"""

from __future__ import annotations

import functools
import json
import logging
from datetime import date
from importlib import metadata
from pathlib import Path

from agent.files import cache_folder, write_private

log = logging.getLogger(__name__)


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
def supported_countries() -> frozenset[str]:
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
def calendar(country: str, year: int) -> dict[date, str]:
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
