"""The commands behind ``rebound``: each parses nothing, calls the library, prints.

``agent.cli`` builds the parser and maps errors to exit codes; the functions
here do one command each. Stages are imported inside the commands, so that
``rebound classify`` or ``rebound --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from agent import config as config_mod
from agent.config import Config
from agent.errors import ReboundError, UsageError
from agent.store import Store, open_store

log = logging.getLogger(__name__)
R = TypeVar("R")
T = TypeVar("T")


# ---------------------------------------------------------------- helpers


def load_config(args: argparse.Namespace) -> Config:
    return config_mod.load(config_mod.find_config(args.config))


def open_db(cfg: Config) -> Store:
    return open_store(cfg.database.path)


def check_packs() -> None:
    """Load the phrase packs before any mail is read or the database opened.

    A broken pack (:class:`~agent.errors.PackError`, exit 2) is then the command's one
    error; met inside the per-mail code it was one error per mail, each logged as a
    skipped or "not a rejection" mail (the daemon checks in ``warm_classifier``).
    """
    from agent.classify import packs

    packs()


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _draft_json(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": d["id"],
        "status": d["status"],
        "rejection_id": d["rejection_id"],
        "to": d["to_addr"],
        "subject": d["subject"],
        "body": d["body"],
        "message_id": d["message_id"],
        "in_reply_to": d["in_reply_to"],
        "references": (d["references"] or "").split(),
        "send_after": d["send_after"],
        "deadline": d["deadline"],
        "created_at": d["created_at"],
        "approved_at": d["approved_at"],
        "sent_at": d["sent_at"],
        "error": d["error"],
        "attempts": d["attempts"],
        "allow_late": bool(d["allow_late"]),
    }


def parse_since(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


# ---------------------------------------------------------------- commands


def cmd_classify(args: argparse.Namespace) -> int:
    from agent.classify import classify
    from agent.errors import ParseError
    from agent.mail.local import local_messages
    from agent.mail.parse import parse_bytes

    check_packs()
    owners = set()
    if args.config or os.environ.get("REBOUND_CONFIG"):
        from agent.ingest.pipeline import owner_addresses, second_opinion

        cfg = load_config(args)
        owners, model = set(owner_addresses(cfg)), second_opinion(cfg)
    else:  # the readers a default config asks, as a scan would: the same verdicts
        from agent.classify.opinions import bundled
        from agent.config import Classify

        defaults = Classify()
        model = bundled(defaults.second_opinion, defaults.sentence_model)
    status = 0
    for mail in local_messages(args.paths):
        try:
            msg = parse_bytes(mail.raw)
        except ParseError as exc:
            status = 1
            if args.json:
                _print_json_line({"source": mail.source, "error": str(exc)})
            else:
                print(f"ERROR      {mail.source}: {exc}")
            continue
        verdict = classify(msg, owner_addresses=owners, model=model)
        if args.json:
            _print_json_line(
                {"source": mail.source, "message_id": msg.message_id, **verdict.as_json()}
            )
            continue
        label = "REJECTION" if verdict.is_rejection else "maybe" if verdict.maybe else "not"
        detail = ""
        if verdict.is_rejection:
            detail = f" {verdict.stage:<11} {verdict.company or '?'} — {verdict.role or '?'}"
        print(f"{label:<10} {verdict.score:.2f}{detail}  {mail.source}")
        for reason in verdict.reasons:
            print(f"           · {reason}")
    return status


def _print_json_line(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _report_outcome(outcome: Any) -> None:
    """One result line per finding (errors and rejections; the rest is counted)."""
    if outcome.error:
        print(f"skipped    {outcome.source}: {outcome.error}")
    elif outcome.rejection_id:
        v = outcome.verdict
        draft = (
            f"draft #{outcome.draft_id}"
            if outcome.draft_id
            else f"no draft: {outcome.no_draft_reason or 'see the log'}"
        )
        print(f"rejection  {v.company or '?'} — {v.role or '?'} ({v.stage}); {draft}")


def _outcome_json(outcome: Any) -> dict[str, Any]:
    v = outcome.verdict
    return {
        "source": outcome.source,
        "error": outcome.error,
        "rejection_id": outcome.rejection_id,
        "draft_id": outcome.draft_id,
        "no_draft_reason": outcome.no_draft_reason,
        "company": v.company if v else None,
        "role": v.role if v else None,
        "stage": v.stage if v else None,
    }


def findings(args: argparse.Namespace) -> tuple[Callable[[Any], None], list[dict[str, Any]]]:
    """What to do per finding: a printed line, or a JSON entry kept for the summary."""
    found: list[dict[str, Any]] = []
    if not args.json:
        return _report_outcome, found

    def keep(outcome: Any) -> None:
        if outcome.error or outcome.rejection_id:
            found.append(_outcome_json(outcome))

    return keep, found


def tally_report(
    args: argparse.Namespace, tally: Any, found: list[dict[str, Any]], stopped: bool = False
) -> None:
    if args.json:
        _print_json(
            {**tally.as_json(), "dry_run": args.dry_run, "stopped": stopped, "findings": found}
        )
        return
    print(("would have: " if args.dry_run else "") + tally.summary())
    if stopped:
        print("stopped early; the next scan resumes where this one stopped")


@contextmanager
def progress_for(args: argparse.Namespace) -> Iterator[Any]:
    """The bar (or periodic lines) for one command; stopped however the command ends."""
    from agent.console.progress import for_terminal

    progress = None if args.json and not sys.stderr.isatty() else for_terminal()
    try:
        yield progress
    finally:
        if progress is not None:
            progress.close()


def cmd_import(args: argparse.Namespace) -> int:
    from agent.ingest.scan import import_local
    from agent.service.doctor import check_templates

    cfg = load_config(args)
    check_packs()
    check_templates(cfg)
    on_outcome, found = findings(args)
    with progress_for(args) as progress, open_db(cfg) as store:
        tally = import_local(
            cfg, store, args.paths, dry_run=args.dry_run, on_outcome=on_outcome, progress=progress
        )
    tally_report(args, tally, found)
    return 0


def cmd_rejections_list(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    since = args.since.isoformat() if args.since else None
    with open_db(cfg) as store:
        rows = store.rejections(
            since=since, stage=args.stage, company=args.company, limit=args.limit
        )
    if args.json:
        _print_json(
            [
                {
                    "id": r["id"],
                    "received_at": r["received_at"],
                    "company": r["company"],
                    "role": r["role"],
                    "stage": r["stage"],
                    "contact_name": r["contact_name"],
                    "reply_address": r["reply_address"],
                    "noreply": bool(r["noreply"]),
                    "language": r["language"],
                    "subject": r["subject"],
                    "message_id": r["message_id"],
                    "reasons": json.loads(r["reasons"] or "[]"),
                    "draft_id": r["draft_id"],
                    "draft_status": r["draft_status"],
                    "no_draft_reason": r["no_draft_reason"],
                    "from_history": bool(r.get("backfill")),
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        filtered = args.since or args.stage or args.company
        print("no rejections match" if filtered else "no rejections logged yet")
    for r in rows:
        draft = (
            f"draft #{r['draft_id']} {r['draft_status']}"
            if r["draft_id"]
            else f"no draft: {r['no_draft_reason'] or '?'}"
        )
        print(
            f"#{r['id']:<4} {(r['received_at'] or '')[:10]}  {r['company'] or '?'} — "
            f"{r['role'] or '?'} ({r['stage']}); {draft}"
        )
    return 0


def cmd_applications(args: argparse.Namespace) -> int:
    from agent.ingest import app_views

    cfg = load_config(args)
    with open_db(cfg) as store:
        if args.sub == "list":
            since = args.since.isoformat() if args.since else None
            fmt = "json" if args.json else "csv" if args.csv else "text"
            rows = app_views.listing(store, args.status, since)
            sys.stdout.write(app_views.list_text(rows, fmt, args.status))
        elif args.sub == "show":
            print("\n".join(app_views.timeline_lines(store, args.id)))
        else:
            ids = (args.a, args.b) if args.sub == "merge" else (args.event,)
            print(app_views.correct(store, args.sub, ids, args.dry_run))
    return 0


def cmd_drafts_list(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    with open_db(cfg) as store:
        rows = store.drafts(args.status)
    if args.json:
        _print_json([_draft_json(d) for d in rows])
        return 0
    if not rows:
        print("no drafts" + (f" with status {args.status}" if args.status else ""))
    for d in rows:
        print(
            f"#{d['id']:<4} {d['status']:<12} to {d['to_addr']:<32} "
            f"deadline {(d['deadline'] or '')[:16]}  {d['subject']}"
        )
    return 0


def cmd_drafts_show(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import third_party_warning

    cfg = load_config(args)
    with open_db(cfg) as store:
        d = store.get_draft(args.id)
        warn = third_party_warning(store, d)
    if args.json:
        _print_json(_draft_json(d))
        return 0
    print(f"Draft #{d['id']} ({d['status']})\nTo: {d['to_addr']}{warn}")
    print(f"Subject: {d['subject']}\nIn-Reply-To: {d['in_reply_to']}")
    print(f"Send after: {d['send_after']}   Deadline: {d['deadline']}")
    if d["error"]:
        print(f"Last error: {d['error']}")
    print()
    print(d["body"], end="" if d["body"].endswith("\n") else "\n")
    return 0


def _each_draft(args: argparse.Namespace, status: str, act: Callable[[Store, int], str]) -> int:
    """Apply ``act`` to every named draft (or all with ``status``); report each, fail if any did.

    One draft's refusal (already sent, window closed) does not stop the others.
    """
    if bool(args.ids) == bool(args.all):
        raise UsageError("name draft ids, or --all (not both)")
    cfg = load_config(args)
    with open_db(cfg) as store, _maybe_rolled_back(store, args.dry_run):
        ids = args.ids or [d["id"] for d in store.drafts(status)]
        if not ids:
            print(f"no {status} drafts")
        lines, failed = each(ids, lambda draft_id: act(store, draft_id))
    for line in lines:
        print(f"would have: {line}" if args.dry_run else line)
    return 1 if failed else 0


def each(refs: Iterable[R], act: Callable[[R], T]) -> tuple[list[T], int]:
    """``act`` on every ref: (what the done ones gave, how many were refused). One's
    refusal (unknown, already done: a ``ReboundError``) is said on stderr and does not
    stop the others."""
    done, failed = [], 0
    for ref in refs:
        try:
            done.append(act(ref))
        except ReboundError as exc:
            failed += 1
            print(f"rebound: {exc}", file=sys.stderr)
    return done, failed


@contextmanager
def _maybe_rolled_back(store: Store, dry_run: bool) -> Iterator[None]:
    """A dry run does everything (so every check runs) inside a transaction then undone."""
    if not dry_run:
        yield
        return
    with store.rolled_back():
        yield


def cmd_drafts_approve(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import approve

    def act(store: Store, draft_id: int) -> str:
        d = store.get_draft(draft_id)  # a third party's address is approved by naming it
        approve(store, draft_id, late=args.late, confirm_to=args.to_reply_to and d["to_addr"])
        return f"draft #{draft_id} approved; it goes to {d['to_addr']} after {d['send_after']}"

    return _each_draft(args, "pending", act)


def cmd_drafts_discard(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import discard

    def act(store: Store, draft_id: int) -> str:
        discard(store, draft_id)
        return f"draft #{draft_id} discarded"

    return _each_draft(args, "pending", act)


def cmd_drafts_restore(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import restore

    cfg = load_config(args)
    with open_db(cfg) as store, _maybe_rolled_back(store, args.dry_run):
        renewed = restore(store, cfg, args.id)
        d = store.get_draft(args.id)
    window = f"; new window {d['send_after']} – {d['deadline']}" if renewed else ""
    line = f"draft #{args.id} pending again{window}"
    if args.dry_run:
        log.info("would restore draft %d to pending", args.id)
    print(f"would have: {line}" if args.dry_run else line)
    return 0


def cmd_drafts_edit(args: argparse.Namespace) -> int:
    from agent.console.review import edit_in_editor

    cfg = load_config(args)
    with open_db(cfg) as store:
        changed = edit_in_editor(store, args.id)
        print(f"draft #{args.id} updated" if changed else f"draft #{args.id}: no change")
        if changed and cfg.imap.host and store.get_draft(args.id).get("imap_stale"):
            _replace_drafts_copy(cfg, store, args.id)
    return 0


def _replace_drafts_copy(cfg: Config, store: Store, draft_id: int) -> None:
    """The edited text replaces the copy in the Drafts folder now, so a send from the mail
    client sends it; if the server is out of reach, the next sync does it."""
    from agent.delivery.mailsync import replace_edited_copies
    from agent.mail.imap import connect, quiet_logout

    try:
        client = connect(cfg)
        try:
            if draft_id in replace_edited_copies(client, cfg, store):
                print(f"draft #{draft_id}: the copy in your Drafts folder has the new text")
        finally:
            quiet_logout(client)
    except ReboundError as exc:
        log.warning(
            "draft %d: the copy in Drafts still has the old text (the next sync replaces it): %s",
            draft_id,
            exc,
        )


def cmd_review(args: argparse.Namespace) -> int:
    from rich.console import Console

    from agent.console.review import Review

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(
            "review needs a terminal; use `rebound drafts list` and "
            "`rebound drafts approve ID...` in scripts"
        )
    cfg = load_config(args)
    with open_db(cfg) as store:
        Review(cfg, store, Console(highlight=False), input).run()
    return 0


def cmd_drafts_sync(args: argparse.Namespace) -> int:
    from agent.delivery.mailsync import sync_with_mailbox
    from agent.feedback.drafts import expire_overdue
    from agent.mail.imap import connect, quiet_logout

    cfg = load_config(args)
    config_mod.require(cfg, "imap")
    with open_db(cfg) as store:
        if not args.dry_run:
            expire_overdue(store)
        client = connect(cfg)
        try:
            report = sync_with_mailbox(client, cfg, store, dry_run=args.dry_run)
        finally:
            quiet_logout(client)
    print(("would have: " if args.dry_run else "") + report.summary())
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from agent.delivery.mailsync import send_due_checked

    cfg = load_config(args)
    with open_db(cfg) as store:
        results = send_due_checked(cfg, store, dry_run=args.dry_run)
    failed = any(r.outcome == "failed" for r in results)
    if args.json:
        _print_json(
            {
                "dry_run": args.dry_run,
                "results": [
                    {"draft_id": r.draft_id, "to": r.to, "outcome": r.outcome, "detail": r.detail}
                    for r in results
                ],
                "counts": dict(Counter(r.outcome for r in results)),
            }
        )
        return 1 if failed else 0
    for r in results:
        print(f"draft #{r.draft_id} to {r.to}: {r.outcome}{' — ' + r.detail if r.detail else ''}")
    if not results:
        print("nothing to send now" + _next_send(cfg))
    return 1 if failed else 0


def _next_send(cfg: Config) -> str:
    """When approved drafts that are not due yet will go out."""
    with open_db(cfg) as store:
        waiting = [d for d in store.drafts("approved") if d["send_after"]]
    if not waiting:
        return ""
    first = min(d["send_after"] for d in waiting)
    when = datetime.fromisoformat(first).astimezone(cfg.owner.tz).strftime("%a %d %b %H:%M")
    count = len(waiting)
    return (
        f"; {count} approved draft{'s' if count != 1 else ''} wait{'s' if count == 1 else ''} "
        f"for {'its' if count == 1 else 'their'} window, the first from {when} "
        "(`rebound send` then, or the daemon)"
    )


def cmd_digest(args: argparse.Namespace) -> int:
    from agent.digest import digest

    cfg = load_config(args)
    with open_db(cfg) as store:
        if args.send:
            sent = digest.send_digest(cfg, store, dry_run=args.dry_run, force=True)
            print("digest sent" if sent else "digest not sent")
        else:
            print(digest.render_text(cfg, digest.gather(cfg, store)), end="")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from agent.service.doctor import run_checks

    return run_checks(args.config, as_json=args.json)


def cmd_init(args: argparse.Namespace) -> int:
    from agent.console.setup import write_config

    path = write_config(args.config, dry_run=args.dry_run)
    if args.dry_run:
        print(f"would write {path} (private: 0600, its folder 0700)")
        return 0
    print(f"wrote {path}")
    print("next: edit it (owner, imap, smtp), set the passwords, then `rebound doctor`")
    return 0


def cmd_config_path(args: argparse.Namespace) -> int:
    print(config_mod.find_config(args.config))
    return 0


def cmd_config_check(args: argparse.Namespace) -> int:
    from agent.service.doctor import run_checks

    return run_checks(args.config, network=False, as_json=args.json)


def cmd_db_path(args: argparse.Namespace) -> int:
    print(load_config(args).database.path)
    return 0


def cmd_db_metadata(args: argparse.Namespace) -> int:
    """The bundled Datasette metadata, keyed by this database's name (its file stem)."""
    from importlib import resources

    text = resources.files("agent").joinpath("data/datasette-metadata.json").read_text("utf-8")
    doc = json.loads(text)
    name = os.path.splitext(os.path.basename(load_config(args).database.path))[0]
    doc["databases"] = {name: doc["databases"]["rebound"]}
    _print_json(doc)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from agent.service.demo import run_demo

    check_packs()
    return run_demo(keep=args.keep)
