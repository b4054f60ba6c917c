"""What ``rebound applications`` prints, and the owner's corrections it carries out.

The list (text, JSON, CSV), one application's timeline, ``merge`` and ``split``
(with ``--dry-run``) as one library call each, so the command line stays a thin
layer that parses, calls and prints.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from agent.ingest.applications import merge, resolve, split
from agent.store import Store

LIST_FIELDS = ("id", "status", "company", "role", "first_at", "last_at", "events", "last_event",
               "requisition", "domain", "uncertain")  # fmt: skip


def listing(
    store: Store, status: str | None = None, since: str | None = None
) -> list[dict[str, Any]]:
    """``applications list``: one flat record per application (JSON and CSV alike)."""
    out = []
    for app in store.applications(status, since):
        events = store.timeline(int(app["id"]))
        out.append(
            {
                **{k: app[k] for k in LIST_FIELDS if k in app},
                "events": len(events),
                "last_event": events[-1]["kind"] if events else None,
            }
        )
    return out


def timeline_lines(store: Store, application_id: int) -> list[str]:
    """``applications show``: the application and each mail, date and what it was."""
    app = store.get_application(resolve(store, application_id))
    head = f"Application #{app['id']}: {app['company'] or '?'} — {app['role'] or '?'}"
    lines = [
        head,
        f"  status {app['status']}" + (f"; req {app['requisition']}" if app["requisition"] else ""),
    ]
    if app["uncertain"]:
        lines.append(f"  kept apart: {app['uncertain']} (applications merge A B joins them)")
    for ev in store.timeline(int(app["id"])):
        what = ev["kind"].replace("_", " ")
        if ev["rejection_stage"]:
            what += f" (stage {ev['rejection_stage']})"
        who = "you" if ev["own"] else ev["from_addr"]
        lines.append(
            f"  #{ev['id']:<4} {(ev['at'] or '?')[:10]}  {what:<32} {who}: {ev['subject'] or ''}"
        )
        reasons = json.loads(ev["rejection_reasons"] or "[]")
        lines += [f"{'':20}{r}" for r in reasons if r.startswith("history:")]
    return lines


def list_text(rows: list[dict[str, Any]], fmt: str, status: str | None) -> str:
    """``applications list`` as text, ``json`` or ``csv``."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=LIST_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()
    if not rows:
        return "no applications" + (f" with status {status}" if status else "") + "\n"
    return "".join(
        f"#{a['id']:<4} {a['status']:<12} {(a['last_at'] or '')[:10]}  "
        f"{a['company'] or '?'} — {a['role'] or '?'}; {a['events']} mails"
        + ("  (uncertain match: see show)" if a["uncertain"] else "")
        + "\n"
        for a in rows
    )


def correct(store: Store, action: str, ids: tuple[int, ...], dry_run: bool) -> str:
    """``merge A B`` or ``split EVENT``, or what they would do; the line to print."""
    if action == "merge":
        a, b = (store.get_application(i)["id"] for i in ids)
        if dry_run:
            return f"would merge application #{b} into #{a}"
        merge(store, a, b)
        return f"application #{b} merged into #{a}; later mail of either goes to #{a}"
    event = store.get_application_event(ids[0])
    if dry_run:
        return f"would move mail #{ids[0]} out of application #{event['application_id']}"
    return f"mail #{ids[0]} is now application #{split(store, ids[0])}"
