"""The feedback window: when a request may go out, in whose business hours.

Not too soon after the rejection (``min_delay_hours``), inside business hours
and days (public holidays are closed: :mod:`agent.feedback.public_holidays`), and
not after the moment has passed (``deadline_hours``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone, tzinfo

from agent.config import WEEKDAYS, Config, Feedback
from agent.feedback.public_holidays import holiday_country, is_holiday


@dataclass(frozen=True)
class Window:
    send_after: datetime
    deadline: datetime


def _business_bounds(fb: Feedback) -> tuple[time, time] | None:
    if not fb.business_hours:
        return None
    start, end = fb.business_hours.split("-")
    return time.fromisoformat(start), time.fromisoformat(end)


def next_business_time(
    moment: datetime, fb: Feedback, tz: tzinfo, country: str | None = None
) -> datetime:
    """The first instant at or after ``moment`` in business hours, on a business day.

    A public holiday of ``country`` is no business day.
    """
    bounds = _business_bounds(fb)
    local = moment.astimezone(tz)
    days = {WEEKDAYS.index(d) for d in fb.business_days}
    for _ in range(15):  # at most two weeks ahead, whatever the settings
        if local.weekday() in days and not is_holiday(local.date(), country):
            if bounds is None:
                return local
            start = datetime.combine(local.date(), bounds[0], tzinfo=tz)
            end = datetime.combine(local.date(), bounds[1], tzinfo=tz)
            if local < start:
                return start
            if local < end:
                return local
        nxt = local.date() + timedelta(days=1)
        local = datetime.combine(nxt, bounds[0] if bounds else time(0), tzinfo=tz)
    return moment.astimezone(tz)  # pragma: no cover - only with an empty business week


def recipient_zone(cfg: Config, sender_utc_offset: int | None) -> tzinfo:
    """Whose business hours count: the recipient's when their mail showed a UTC offset.

    A fixed offset, not a named zone: good for the two days of a window, and all
    a Date header tells. Without one, the owner's time zone.
    """
    if sender_utc_offset:
        return timezone(timedelta(minutes=int(sender_utc_offset)))
    return cfg.owner.tz


def feedback_window(
    arrived: datetime, fb: Feedback, tz: tzinfo, country: str | None = None
) -> Window:
    """When a feedback request may go out: not too soon, not after the moment has passed.

    ``send_after`` is ``min_delay_hours`` after the rejection arrived, moved into
    the next business hours (``country``'s public holidays are closed). The
    deadline is ``deadline_hours`` after arrival;
    when the first business slot is already later (a rejection on a Friday
    evening), the deadline moves to the end of that first business day rather
    than leaving an empty window.
    """
    earliest = next_business_time(arrived + timedelta(hours=fb.min_delay_hours), fb, tz, country)
    deadline = (arrived + timedelta(hours=fb.deadline_hours)).astimezone(tz)
    if earliest >= deadline:
        bounds = _business_bounds(fb)
        end = bounds[1] if bounds else time(23, 59)
        deadline = datetime.combine(earliest.date(), end, tzinfo=tz)
        if deadline <= earliest:
            deadline = earliest + timedelta(hours=1)
    return Window(earliest, deadline)


def window_for(
    cfg: Config,
    arrived: datetime,
    sender_utc_offset: int | None,
    reply_address: str | None,
    fb: Feedback | None = None,
) -> Window:
    """The window of a request to ``reply_address``: their hours, their (else the
    owner's) public holidays."""
    country = holiday_country(cfg.feedback.holidays, cfg.owner.timezone, reply_address)
    tz = recipient_zone(cfg, sender_utc_offset)
    return feedback_window(arrived, fb or cfg.feedback, tz, country)
