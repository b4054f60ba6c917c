"""The progress of ``scan`` and ``import``: off a terminal, plain lines without rich imported
(a cron or timer scan's start-up paid ~0.04 s for it, issue 15); on one, rich's bar with the
rate column."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from agent.console.progress import BarProgress, LineProgress, for_terminal

ROOT = Path(__file__).resolve().parents[1]


def test_plain_lines_off_a_terminal_import_no_rich() -> None:
    probe = (
        "import sys\n"
        "from agent.console.progress import for_terminal\n"
        "p = for_terminal(False)\n"
        "p.begin('INBOX', 3); p.advance(); p.end(); p.close()\n"
        "print(type(p).__name__, any(m == 'rich' or m.startswith('rich.') for m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["LineProgress", "False"]
    assert isinstance(for_terminal(False), LineProgress)


def test_the_bar_on_a_terminal_shows_count_and_rate() -> None:
    out = io.StringIO()
    bar = BarProgress(Console(file=out, force_terminal=True, width=100))
    bar.begin("INBOX", 10)
    bar.advance(4)
    bar.end()
    bar.close()
    shown = out.getvalue()
    assert "INBOX" in shown and "4/10" in shown and "msg/s" in shown
