"""``mail list``, ``rejections add`` and ``rejections drop``: the owner corrects the classifier.

The work is :mod:`agent.ingest.corrections`'; here the arguments, the report and the
``--json`` shapes (``docs/interface.md``). A dry run does the work inside a transaction
that is rolled back, so every check runs, logs "would …" and changes nothing.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from agent.console.commands import _maybe_rolled_back, _print_json, each, load_config, open_db
from agent.store import Store

log = logging.getLogger(__name__)


def cmd_mail_list(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    since = args.since.isoformat() if args.since else None
    with open_db(cfg) as store:
        rows = store.stored_messages(
            since=since, search=args.search, limit=args.limit, maybe=args.maybe
        )
    if args.json:
        _print_json([_message_json(r) for r in rows])
        return 0
    if not rows:
        asked = args.since or args.search or args.maybe
        print("no stored mail matches" if asked else "no mail read yet")
    for r in rows:
        print(
            f"{r['id']:>6}  {(r['date'] or '')[:16]:<16}  {_cut(r['from_addr'], 28):<28}  "
            f"{_cut(r['subject'], 44):<44}  {made_of(r)}"
        )
    return 0


def made_of(r: dict[str, Any]) -> str:
    """What Rebound made of a stored mail, in a few words."""
    if r["rejection_id"] is not None:
        return f"rejection #{r['rejection_id']}" + (" (dropped)" if r["dropped_at"] else "")
    if r["is_rejection"]:
        return "rejection (logged once, elsewhere)"
    made = r["category"] or "not a rejection"
    return f"{made}, may be a rejection" if r.get("maybe") else made


def _cut(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _message_json(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "date": r["date"],
        "from": r["from_addr"],
        "subject": r["subject"],
        "message_id": r["message_id"],
        "folder": r["folder"],
        "uid": r["uid"],
        "is_rejection": bool(r["is_rejection"]),
        "category": r["category"],
        "rejection_id": r["rejection_id"],
        "dropped": r["dropped_at"] is not None,
        "maybe": r.get("maybe"),
        "made_of": made_of(r),
    }


def cmd_rejections_add(args: argparse.Namespace) -> int:
    from agent.ingest.corrections import Rereader, add

    cfg = load_config(args)
    given = {k: v for k in ("company", "role", "stage") if (v := getattr(args, k))}

    with Rereader(cfg) as reader:  # one IMAP session for every message named

        def act(store: Store, ref: str) -> dict[str, Any]:
            done = add(store, cfg, ref, given, reader=reader)
            if args.dry_run:
                log.info("would log message %s as a rejection and draft its request", ref)
            return asdict(done)

        return _each(args, args.messages, act, _added_line)


def _added_line(d: dict[str, Any]) -> str:
    what = f"{d['company'] or 'company unknown'}, {d['role'] or 'role unknown'}, {d['stage']}"
    done = "restored: the drop taken back" if d["undropped"] else "logged"
    line = f"message {d['message']}: rejection #{d['rejection_id']} {done} ({what})"
    if d["draft_id"] is None:
        return f"{line}; no draft: {d['no_draft_reason'] or '?'}"
    late = "; its recommended window had passed: opened from now" if d["window_from_now"] else ""
    return f"{line}; draft #{d['draft_id']} pending{late}"


def cmd_rejections_drop(args: argparse.Namespace) -> int:
    from agent.ingest.corrections import drop

    def act(store: Store, ref: str) -> dict[str, Any]:
        done = drop(store, int(ref))
        if args.dry_run:
            log.info("would drop rejection %s and discard drafts %s", ref, done.discarded)
        return {**asdict(done), "kept": [{"id": i, "status": s} for i, s in done.kept]}

    return _each(args, [str(i) for i in args.ids], act, _dropped_line)


def _dropped_line(d: dict[str, Any]) -> str:
    line = f"rejection #{d['rejection_id']} dropped: not a rejection, now and when seen again"
    if d["discarded"]:
        line += "; draft " + ", ".join(f"#{i}" for i in d["discarded"]) + " discarded"
    for kept in d["kept"]:
        line += f"; draft #{kept['id']} is {kept['status']}: left as it is (it went out)"
    if d["application_id"] is not None:
        line += f"; application #{d['application_id']} is {d['application_status']} again"
    return line


def _each(
    args: argparse.Namespace,
    refs: list[str],
    act: Callable[[Store, str], dict[str, Any]],
    line: Callable[[dict[str, Any]], str],
) -> int:
    """``act`` on every ref; one's refusal (unknown, already done) does not stop the others.
    Exit 1 when any was refused (its error on stderr)."""
    cfg = load_config(args)
    with open_db(cfg) as store, _maybe_rolled_back(store, args.dry_run):
        results, failed = each(refs, lambda ref: act(store, ref))
    done = [{**result, "dry_run": bool(args.dry_run)} for result in results]
    if args.json:
        _print_json(done)
    for d in [] if args.json else done:
        print(f"would have: {line(d)}" if args.dry_run else line(d))
    return 1 if failed else 0
