"""Public-holiday calendars, kept in the cache folder so most runs never import their source.

They come from the holidays package, whose first calendar imports every country's
module: ~0.8 s of CPU and ~17 MiB that a long scan or the daemon then carries to
its end, and validating ``feedback.holidays`` listed every country's subdivisions.
So each country's year and the table of country codes are kept as small private
JSON files in the cache folder, named by the package's version: one file a year holds
every country's days (~130 KB), since the first calendar costs the import of every
country anyway. A missing year is derived by a child process (``python -m
agent.calendars 2026``, ~0.5 s of CPU), so that even the first run's long scan never
carries the package; only when no child can (no cache
folder to write, no interpreter to start) is it imported here. Here, at the bottom
of the house, because both the configuration and the feedback window ask.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from datetime import date
from importlib import metadata
from pathlib import Path

from agent.files import cache_folder, derive_apart, write_private

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
    """Country codes (aliases included) the holidays package has a calendar for."""
    kept = _countries(_read_kept("countries"))
    if kept is None and _derived_apart():
        kept = _countries(_read_kept("countries"))
    return kept if kept is not None else _derive_countries()


def _countries(kept: object) -> frozenset[str] | None:
    if isinstance(kept, list) and all(isinstance(code, str) for code in kept):
        return frozenset(kept)
    return None


def _derive_countries() -> frozenset[str]:
    """``list_supported_countries`` imports every country's module to list its
    subdivisions (~0.5 s); the registry's code table is the same set without them."""
    import holidays  # noqa: PLC0415 - see the module's docstring

    try:
        codes = frozenset(holidays.registry.EntityLoader.get_country_codes(include_aliases=True))
    except (AttributeError, TypeError):  # the registry is not public API
        codes = frozenset(holidays.list_supported_countries())
    _keep("countries", sorted(codes))
    return codes


@functools.cache
def calendar(country: str, year: int) -> dict[date, str]:
    """``country``'s public holidays in ``year``, by day, with their names."""
    days = _days(country, year, _year_file(year))
    if days is None and _derived_apart(str(year), country):
        _year_file.cache_clear()
        days = _days(country, year, _year_file(year))
    return days if days is not None else _derive_calendar(country, year)


@functools.cache
def _year_file(year: int) -> object:
    """The kept file of ``year``: every country's days (one child derives them all in
    about the time one country's take, as the first imports every country's module)."""
    return _read_kept(str(year))


def _days(country: str, year: int, kept: object) -> dict[date, str] | None:
    if not isinstance(kept, dict) or not isinstance(kept.get(country), dict):
        return None
    try:
        return {date.fromisoformat(day): str(what) for day, what in kept[country].items()}
    except (TypeError, ValueError) as exc:
        log.debug("holiday file %s not used for %s: %s", year, country, exc)
        return None


def _derive_calendar(country: str, year: int) -> dict[date, str]:
    import holidays  # noqa: PLC0415 - see the module's docstring

    return {day: str(what) for day, what in holidays.country_holidays(country, years=year).items()}


def _derive_year(year: int, also: str = "") -> None:
    """Keep every country's days of ``year`` (and ``also``'s: a code the table lists only
    as an alias, such as UK) in one file."""
    import holidays  # noqa: PLC0415 - see the module's docstring

    countries = set(holidays.registry.EntityLoader.get_country_codes(include_aliases=False))
    kept: dict[str, dict[str, str]] = {}
    for country in sorted(countries | ({also} if also else set())):
        try:
            days = _derive_calendar(country, year)
        except Exception as exc:  # one country's failure leaves it out, asked again in process
            log.warning("no %s holidays for %s: %s", year, country, exc)
            continue
        kept[country] = {day.isoformat(): what for day, what in days.items()}
    _keep(str(year), kept)


def _derived_apart(*args: str) -> bool:
    """Whether a child process derived and kept the table (and a year's days: ``_main``)."""
    if _version() == "unknown":
        return False
    return derive_apart("agent.calendars", list(args), what="holidays derived") == 0


def _main(argv: list[str]) -> int:
    """``python -m agent.calendars [YEAR [COUNTRY]]``: keep the code table (and that
    year's days of every country, and of COUNTRY when it is an alias)."""
    _derive_countries()
    if argv:
        _derive_year(int(argv[0]), argv[1] if len(argv) > 1 else "")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
