"""The attack, kept: seeded, bounded stress runs against the real servers.

Every test here is marked ``stress`` and left out of the default ``pytest`` run
(``addopts`` in pyproject). ``make test`` runs the short version (a few dozen
trials, under two minutes in all); ``make stress`` the long one
(``REBOUND_STRESS=long``: ≥ 200 kills, ≥ 50 restarts, ≥ 10,000 fuzzed mails).
``REBOUND_STRESS_SEED`` changes the seed (default 14). Each test reports its
trials, failures and figures in the summary at the end of the run, and to
``$REBOUND_STRESS_REPORT`` (JSON lines) when set.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

LONG = os.environ.get("REBOUND_STRESS", "short") == "long"
SEED = int(os.environ.get("REBOUND_STRESS_SEED", "14"))


def scale(short: int, long: int) -> int:
    return long if LONG else short


@dataclass
class Run:
    """What one stress test did: shown at the end of the session."""

    name: str
    trials: int = 0
    failures: list[str] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    began: float = field(default_factory=time.monotonic)
    took: float | None = None  # set when the test ends
    budget_hit: bool = False

    def fail(self, what: str) -> None:
        self.failures.append(what)

    def line(self) -> str:
        figures = ", ".join(f"{k} {v}" for k, v in self.figures.items())
        took = self.took if self.took is not None else time.monotonic() - self.began
        cut = " (stopped by its time budget)" if self.budget_hit else ""
        return (
            f"{self.name}: {self.trials} trials, {len(self.failures)} failures"
            f"{'; ' + figures if figures else ''}; {took:.0f}s{cut}"
        )


RUNS: list[Run] = []


@pytest.fixture
def stress_run(request: pytest.FixtureRequest) -> Iterator[Run]:
    run = Run(request.node.name)
    RUNS.append(run)
    yield run
    run.took = time.monotonic() - run.began


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.stress)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RUNS:
        return
    terminalreporter.section(f"stress ({'long' if LONG else 'short'}, seed {SEED})")
    for run in RUNS:
        terminalreporter.write_line(run.line())
        for failure in run.failures[:10]:
            terminalreporter.write_line(f"    {failure}")
    report = os.environ.get("REBOUND_STRESS_REPORT")
    if report:
        with open(report, "a", encoding="utf-8") as fh:
            for run in RUNS:
                fh.write(
                    json.dumps(
                        {
                            "name": run.name,
                            "long": LONG,
                            "seed": SEED,
                            "trials": run.trials,
                            "failures": run.failures[:50],
                            "figures": run.figures,
                        }
                    )
                    + "\n"
                )
