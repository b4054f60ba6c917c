"""Progress of ``scan`` and ``import``: a rich bar on a terminal, plain lines elsewhere.

On a terminal the bar shows count, rate and time left, and is redrawn by rich's
own thread four times a second, so it moves even while a batch is fetched. Log
lines and result lines are printed *above* it: rich redirects ``sys.stdout``
and ``sys.stderr`` while the bar is live, and the log handler writes to
whatever ``sys.stderr`` is at that moment (see ``agent.logsetup``). Off a
terminal (cron, a pipe, journald) one plain line every ``every`` seconds.
"""

from __future__ import annotations

import functools
import logging
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported only to draw a bar: off a terminal it is never needed
    from rich.console import Console
    from rich.progress import ProgressColumn, TaskID

log = logging.getLogger(__name__)


@functools.cache
def _rate_column() -> type[ProgressColumn]:
    """The bar's rate column (a rich class, made on the first bar: see :class:`BarProgress`)."""
    from rich.progress import ProgressColumn, Task  # noqa: PLC0415 - see BarProgress
    from rich.text import Text  # noqa: PLC0415

    class _RateColumn(ProgressColumn):
        """Messages per second since the start: fetching comes in bursts of a batch, so
        rich's short moving window would swing between zero and thousands."""

        def render(self, task: Task) -> Text:
            elapsed = task.finished_time or task.elapsed
            if not elapsed or not task.completed:
                return Text("")
            return Text(f"{task.completed / elapsed:,.0f} msg/s", style="progress.data.speed")

    return _RateColumn


class BarProgress:
    """A ``ScanProgress`` drawn as a rich bar on stderr."""

    def __init__(self, console: Console | None = None) -> None:
        # rich here, not at the module's top: a scan off a terminal (cron, a timer, a pipe)
        # draws no bar, and importing rich was ~0.04 s of its start-up (issue 15, speed45).
        from rich.console import Console  # noqa: PLC0415
        from rich.progress import (  # noqa: PLC0415
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _rate_column()(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            refresh_per_second=4,
            transient=False,
        )
        self._task: TaskID | None = None

    def begin(self, label: str, total: int | None) -> None:
        if self._task is None:
            self._bar.start()
        self._task = self._bar.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._bar.advance(self._task, n)

    def end(self) -> None:
        if self._task is not None:
            self._bar.refresh()

    def close(self) -> None:
        """Stop the bar (its last state stays on screen)."""
        if self._task is not None:
            self._bar.stop()
            self._task = None


class LineProgress:
    """A ``ScanProgress`` that logs one line every ``every`` seconds and one at the end."""

    def __init__(self, every: float = 10.0) -> None:
        self.every = every
        self.label, self.done = "", 0
        self.total: int | None = None
        self._began = self._last = 0.0

    def begin(self, label: str, total: int | None) -> None:
        self.label, self.total, self.done = label, total, 0
        self._began = self._last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if time.monotonic() - self._last >= self.every:
            self._report()

    def end(self) -> None:
        self._report()

    def close(self) -> None:
        """Nothing to tidy: the lines are already written."""

    def _report(self) -> None:
        now = time.monotonic()
        self._last = now
        elapsed = max(now - self._began, 1e-6)
        rate = self.done / elapsed
        line = f"{self.label}: {self.done:,}"
        if self.total is not None:
            line += f"/{self.total:,}"
        line += f" messages, {rate:,.0f} msg/s"
        if self.total and rate > 0 and self.done < self.total:
            line += f", ETA {_duration((self.total - self.done) / rate)}"
        log.info("%s", line)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def for_terminal(enabled: bool | None = None) -> BarProgress | LineProgress:
    """The bar when stderr is a terminal, else the periodic lines."""
    tty = sys.stderr.isatty() if enabled is None else enabled
    return BarProgress() if tty else LineProgress()
