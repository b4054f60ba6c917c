"""``rebound review``: each pending draft in turn, like ``git add -p``.

Most urgent first (earliest deadline), the rejection beside the request it
answers, one key per decision: [a]pprove, [e]dit, [d]iscard, [s]kip, [q]uit.
Every decision goes through the same functions as ``drafts approve/discard/
edit``, so the state machine and its events are the same whichever way a
draft is handled.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from agent.config import Config
from agent.errors import ReboundError, UsageError
from agent.feedback.drafts import approve, discard, edit
from agent.store import Store, now_utc, parse_iso
from agent.text import plural

PROMPT = "[a]pprove [e]dit [d]iscard [s]kip [q]uit ? "
HELP = (
    "a - approve: send it inside its window\n"
    "e - edit the text in $EDITOR, then decide\n"
    "d - discard: never send it\n"
    "s - skip: decide later\n"
    "q - quit: leave this and the rest for later"
)
EXCERPT_LINES = 14
REFLOW_MIN = 50  # a line at least this long was wrapped, not ended


def edit_in_editor(store: Store, draft_id: int) -> bool:
    """Open the draft's text in $VISUAL/$EDITOR; True when it changed (and was saved)."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    draft = store.get_draft(draft_id)
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as fh:
        fh.write(draft["body"])
        tmp = fh.name
    try:
        result = subprocess.run([*shlex.split(editor), tmp], check=False)  # noqa: S603
        if result.returncode != 0:
            raise UsageError(f"{editor} exited with status {result.returncode}; nothing changed")
        body = Path(tmp).read_text("utf-8")
    finally:
        os.unlink(tmp)
    if body == draft["body"]:
        return False
    edit(store, draft_id, body)
    return True


def _left(deadline: str | None, now: datetime) -> str:
    when = parse_iso(deadline)
    if when is None:
        return "no deadline"
    seconds = (when - now).total_seconds()
    if seconds <= 0:
        return "window closed"
    hours = int(seconds // 3600)
    return f"{hours} h left" if hours else f"{int(seconds // 60)} min left"


def _excerpt(body: str | None) -> str:
    """The rejection's text, quotes left out, wrapped prose reflowed to the column.

    A line is joined to the next only when it is long (a paragraph wrapped at 72
    or so); short lines such as a signature keep their breaks.
    """
    kept = [ln.rstrip() for ln in (body or "").strip().splitlines() if not ln.startswith(">")]
    out: list[str] = []
    for line in kept:
        if out and out[-1] and line and len(out[-1]) >= REFLOW_MIN and not out[-1].endswith(":"):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    cut = out[: EXCERPT_LINES * 2]
    return "\n".join(cut).rstrip() + ("\n…" if len(cut) < len(out) else "")


def render_card(item: dict[str, Any], position: str, now: datetime, cfg: Config) -> Panel:
    """One draft beside its rejection (stacked when the terminal is narrow)."""
    deadline = parse_iso(item["deadline"])
    when = deadline.astimezone(cfg.owner.tz).strftime("%a %d %b %H:%M") if deadline else "?"
    title = (
        f"#{item['id']} {item['company'] or '?'} — {item['role'] or '?'} "
        f"({item['stage']})  {position}"
    )
    grid = Table.grid(expand=True, padding=(0, 2))
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    theirs = Text.assemble(
        (f"Their mail, {(item['received_at'] or '')[:10]}\n", "bold"),
        (f"{item['rejection_subject'] or ''}\n\n", "italic"),
        _excerpt(item["rejection_body"]),
    )
    yours = Text.assemble(
        (f"Your request to {item['to_addr']}\n", "bold"),
        (f"{item['subject']}\n\n", "italic"),
        item["body"].rstrip(),
    )
    grid.add_row(theirs, yours)
    return Panel(
        grid,
        title=title,
        subtitle=f"deadline {when}, {_left(item['deadline'], now)}",
        title_align="left",
    )


class Review:
    """The loop; ``read`` returns the user's answer to a prompt (EOF: quit)."""

    def __init__(
        self,
        cfg: Config,
        store: Store,
        console: Console,
        read: Callable[[str], str],
        editor: Callable[[Store, int], bool] = edit_in_editor,
    ) -> None:
        self.cfg, self.store, self.console, self.read = cfg, store, console, read
        self.editor = editor
        self.done: Counter[str] = Counter()

    def run(self) -> Counter[str]:
        queue = self.store.review_queue()
        if not queue:
            self.console.print("No drafts wait for you.")
            return self.done
        for n, item in enumerate(queue, 1):
            if not self._one(item, f"{n}/{len(queue)}"):
                self.done["left"] += len(queue) - n + 1
                break
        self.console.print(self.summary())
        return self.done

    def _one(self, item: dict[str, Any], position: str) -> bool:
        """Decide one draft; False when the user quits."""
        self.console.print(render_card(item, position, now_utc(), self.cfg))
        while True:
            try:
                answer = self.read(PROMPT).strip().lower()[:1]
            except EOFError:
                return False
            if answer == "q":
                return False
            if answer == "s":
                self.done["skipped"] += 1
                return True
            if answer in ("a", "d") and self._decide(item["id"], answer):
                return True
            if answer == "e":
                self._edit(item)
                continue
            if answer not in ("a", "d"):
                self.console.print(HELP)

    def _decide(self, draft_id: int, answer: str) -> bool:
        try:
            if answer == "a":
                approve(self.store, draft_id)
            else:
                discard(self.store, draft_id)
        except ReboundError as exc:
            self.console.print(f"[red]{exc}[/red]")
            return False
        verb = "approved" if answer == "a" else "discarded"
        self.done[verb] += 1
        self.console.print(f"draft #{draft_id} {verb}")
        return True

    def _edit(self, item: dict[str, Any]) -> None:
        try:
            changed = self.editor(self.store, item["id"])
        except ReboundError as exc:
            self.console.print(f"[red]{exc}[/red]")
            return
        if changed:
            self.done["edited"] += 1
            item.update(self.store.get_draft(item["id"]))
            self.console.print(render_card(item, "edited", now_utc(), self.cfg))
        else:
            self.console.print("no change")

    def summary(self) -> str:
        parts = [
            plural(self.done[k], "draft") + f" {k}"
            for k in ("approved", "edited", "discarded", "skipped", "left")
            if self.done[k]
        ]
        text = "; ".join(parts) or "nothing decided"
        if self.done["approved"]:
            text += ". Approved drafts go out in their window: `rebound send` (or the daemon)."
        return text
