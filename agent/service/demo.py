"""``rebound demo``: the whole pipeline on a bundled sample mailbox, no server needed.

It imports the bundled ``.eml`` files into a temporary database with a demo
owner, then prints what was classified and why, the drafts made and the digest
as it would read just after the last mail arrived.
"""

from __future__ import annotations

import shutil
import tempfile
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent import config as config_mod
from agent.digest import digest
from agent.ingest import app_views
from agent.ingest.pipeline import Outcome, Tally
from agent.ingest.scan import import_local
from agent.mail.local import local_messages
from agent.store import Store, open_store

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DEMO_DIR = Path(__file__).resolve().parents[1] / "data" / "demo"


def demo_config(root: Path) -> config_mod.Config:
    return config_mod.from_dict(
        {
            "owner": {
                "name": "Alex Doe",
                "email": "alex.doe@example.com",
                "timezone": "Europe/London",
            },
            "database": {"path": str(root / "rebound-demo.db")},
            "feedback": {"save_to_drafts_folder": False},
        },
        root / "demo.toml",
    )


def _print_outcome(outcome: Outcome) -> None:
    name = Path(outcome.source).name
    if outcome.error:
        print(f"  ✗ {name}: could not be read: {outcome.error}")
        return
    v = outcome.verdict
    if v is None:
        print(f"  ○ {outcome.handled or 'not classified'}  {name}")
        return
    if v.is_rejection:
        print(f"  ● REJECTION  {name}  (score {v.score:.2f})")
        print(
            f"      {v.company or '?'} — {v.role or '?'}; stage {v.stage}; "
            f"contact {v.contact_name or '—'}; reply to {v.reply_address or '— (no-reply)'}"
        )
    elif v.maybe:
        print(f"  ◐ MAY BE A REJECTION, not logged ({v.category or 'other'})  {name}")
    else:
        print(f"  ○ not a rejection ({v.category or 'other'})  {name}  (score {v.score:.2f})")
    for reason in v.reasons[:4]:
        print(f"      · {reason}")


def _print_applications(store: Store) -> None:
    """Every application in a line, and the timeline of the one with the most mail."""
    rows = app_views.listing(store)
    print(f"\n3. Applications ({len(rows)}): every job mail on a timeline\n")
    for a in rows:
        print(f"  #{a['id']:<3} {a['status']:<12} {a['company'] or '?'} — {a['role'] or '?'}")
    if rows:
        longest = max(rows, key=lambda a: a["events"])
        print()
        print(textwrap.indent("\n".join(app_views.timeline_lines(store, longest["id"])), "  "))


def run_demo(keep: bool = False) -> int:
    root = Path(tempfile.mkdtemp(prefix="rebound-demo-"))
    try:
        cfg = demo_config(root)
        count = len(list(DEMO_DIR.glob("*.eml")))
        print(f"Rebound demo: {count} sample mails, database {cfg.database.path}\n")
        print("1. Classify and log")
        # The sample mail is old: each one is replayed as if it had just arrived (an hour
        # ago), so it gets the draft a live mailbox would give it.
        mails = sorted(local_messages([str(DEMO_DIR)]), key=lambda m: m.arrived or _EPOCH)
        tally = Tally()
        with open_store(cfg.database.path) as store:
            for m in mails:
                now = (m.arrived or _EPOCH) + timedelta(hours=1)
                part = import_local(cfg, store, [m.source], on_outcome=_print_outcome, now=now)
                tally.merge(part)
            print(f"\n   {tally.summary()}\n")
            print("2. Drafted feedback requests (pending your approval)")
            drafts = store.drafts()
            for d in drafts:
                print(f"\n  ── draft #{d['id']} to {d['to_addr']}")
                print(f"     Subject: {d['subject']}")
                print(f"     Send after {d['send_after']}, deadline {d['deadline']}")
                print(textwrap.indent(d["body"].rstrip(), "     | "))
            for r in store.rejections():
                if r["no_draft_reason"]:
                    who = r["company"] or r["from_addr"]
                    print(f"\n  (no draft for {who}: {r['no_draft_reason']})")
            _print_applications(store)
            latest = max((m.arrived for m in mails if m.arrived), default=None)
            shown = latest + timedelta(hours=3) if latest else None
            print("\n4. The digest, as it would read three hours after the last mail\n")
            text = digest.render_text(cfg, digest.gather(cfg, store, now=shown))
            print(textwrap.indent(text.rstrip(), "   "))
        print(
            "\nNothing was sent. Point a config at your mail server "
            "(`rebound init` writes one) and run `rebound scan`."
        )
        if keep:
            print(f"Demo files kept in {root}")
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0
