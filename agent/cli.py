"""``rebound``: a thin command-line layer over the library.

Each command parses its arguments, calls one library function and prints the
result. Errors are mapped to exit codes in exactly one place, :func:`main`:
0 success, 1 runtime failure, 2 bad usage or bad config.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from agent import __version__
from agent import config as config_mod
from agent.config import Config
from agent.errors import ReboundError, StateError, UsageError
from agent.logsetup import configure
from agent.store import APPLICATION_STATUSES as STATUSES
from agent.store import DRAFT_STATUSES, Store, open_store

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


# ---------------------------------------------------------------- helpers


def _config(args: argparse.Namespace) -> Config:
    return config_mod.load(config_mod.find_config(args.config))


def _store(cfg: Config) -> Store:
    return open_store(cfg.database.path)


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


@contextmanager
def _signals(
    stop: threading.Event, reload: threading.Event | None = None, what: str = "stopping"
) -> Iterator[None]:
    """SIGTERM/SIGINT set ``stop``, SIGHUP sets ``reload``: the only signal handlers.

    The library below never installs handlers; it checks the events it is given
    (``scan`` between batches, the daemon's loop), so a stop leaves the database
    consistent. Only the main thread may install handlers (tests run us in others).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_stop(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s: %s", signal.Signals(signum).name, what)
        stop.set()

    handlers: list[tuple[signal.Signals, Callable[[int, FrameType | None], None]]] = [
        (signal.SIGTERM, on_stop),
        (signal.SIGINT, on_stop),
    ]
    if reload is not None:
        handlers.append((signal.SIGHUP, lambda _signum, _frame: reload.set()))
    old = {sig: signal.signal(sig, handler) for sig, handler in handlers}
    try:
        yield
    finally:
        for sig, previous in old.items():
            signal.signal(sig, previous)


def _since(value: str) -> datetime:
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

    owners = set()
    if args.config or os.environ.get("REBOUND_CONFIG"):
        from agent.ingest.pipeline import owner_addresses

        owners = set(owner_addresses(_config(args)))
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
        verdict = classify(msg, owner_addresses=owners)
        if args.json:
            _print_json_line(
                {"source": mail.source, "message_id": msg.message_id, **verdict.as_json()}
            )
            continue
        label = "REJECTION" if verdict.is_rejection else "not"
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
    if outcome.error:
        print(f"  skipped   {outcome.source}: {outcome.error}")
    elif outcome.rejection_id:
        v = outcome.verdict
        draft = f"draft #{outcome.draft_id}" if outcome.draft_id else "no draft"
        print(f"  rejection {v.company or '?'} — {v.role or '?'} ({v.stage}); {draft}")


def cmd_scan(args: argparse.Namespace) -> int:
    from agent.ingest.scan import scan
    from agent.service.doctor import check_templates

    cfg = _config(args)
    config_mod.require(cfg, "imap")
    check_templates(cfg)
    stop = threading.Event()
    with _store(cfg) as store, _signals(stop, what="stopping after the current batch"):
        tally = scan(
            cfg,
            store,
            since=args.since,
            dry_run=args.dry_run,
            on_outcome=_report_outcome,
            stop=stop,
        )
    print(("would have: " if args.dry_run else "") + tally.summary())
    if stop.is_set():
        print("stopped early; the next scan resumes where this one stopped")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from agent.ingest.scan import import_local
    from agent.service.doctor import check_templates

    cfg = _config(args)
    check_templates(cfg)
    with _store(cfg) as store:
        tally = import_local(
            cfg, store, args.paths, dry_run=args.dry_run, on_outcome=_report_outcome
        )
    print(("would have: " if args.dry_run else "") + tally.summary())
    return 0


def cmd_rejections_list(args: argparse.Namespace) -> int:
    cfg = _config(args)
    with _store(cfg) as store:
        rows = store.rejections()
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
        print("no rejections logged yet")
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

    cfg = _config(args)
    with _store(cfg) as store:
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
    cfg = _config(args)
    with _store(cfg) as store:
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
    cfg = _config(args)
    with _store(cfg) as store:
        d = store.get_draft(args.id)
    print(f"Draft #{d['id']} ({d['status']})")
    print(f"To: {d['to_addr']}\nSubject: {d['subject']}\nIn-Reply-To: {d['in_reply_to']}")
    print(f"Send after: {d['send_after']}   Deadline: {d['deadline']}")
    if d["error"]:
        print(f"Last error: {d['error']}")
    print()
    print(d["body"], end="" if d["body"].endswith("\n") else "\n")
    return 0


def cmd_drafts_approve(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import approve

    cfg = _config(args)
    with _store(cfg) as store:
        approve(store, args.id, late=args.late)
        d = store.get_draft(args.id)
    print(f"draft #{args.id} approved; it goes to {d['to_addr']} after {d['send_after']}")
    return 0


def cmd_drafts_discard(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import discard

    cfg = _config(args)
    with _store(cfg) as store:
        discard(store, args.id)
    print(f"draft #{args.id} discarded")
    return 0


def cmd_drafts_edit(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import edit

    cfg = _config(args)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with _store(cfg) as store:
        d = store.get_draft(args.id)
        with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as fh:
            fh.write(d["body"])
            tmp = fh.name
        try:
            result = subprocess.run([*shlex.split(editor), tmp], check=False)  # noqa: S603
            if result.returncode != 0:
                raise UsageError(
                    f"{editor} exited with status {result.returncode}; nothing changed"
                )
            body = Path(tmp).read_text("utf-8")
        finally:
            os.unlink(tmp)
        if body == d["body"]:
            print(f"draft #{args.id}: no change")
            return 0
        edit(store, args.id, body)
        print(f"draft #{args.id} updated")
        if cfg.imap.host and store.get_draft(args.id).get("imap_stale"):
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


def cmd_drafts_restore(args: argparse.Namespace) -> int:
    from agent.feedback.drafts import restore

    cfg = _config(args)
    with _store(cfg) as store:
        d = store.get_draft(args.id)
        if args.dry_run:
            if d["status"] not in ("discarded", "expired"):
                raise StateError(f"draft {args.id} is {d['status']}; it cannot be restored")
            log.info("would restore draft %d (now %s) to pending", args.id, d["status"])
            return 0
        renewed = restore(store, cfg, args.id)
        d = store.get_draft(args.id)
    window = f"; new window {d['send_after']} – {d['deadline']}" if renewed else ""
    print(f"draft #{args.id} pending again{window}")
    return 0


def cmd_drafts_sync(args: argparse.Namespace) -> int:
    from agent.delivery.mailsync import sync_with_mailbox
    from agent.feedback.drafts import expire_overdue
    from agent.mail.imap import connect, quiet_logout

    cfg = _config(args)
    config_mod.require(cfg, "imap")
    with _store(cfg) as store:
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

    cfg = _config(args)
    with _store(cfg) as store:
        results = send_due_checked(cfg, store, dry_run=args.dry_run)
    for r in results:
        print(f"draft #{r.draft_id} to {r.to}: {r.outcome}{' — ' + r.detail if r.detail else ''}")
    if not results:
        print("nothing to send")
    return 1 if any(r.outcome == "failed" for r in results) else 0


def cmd_digest(args: argparse.Namespace) -> int:
    from agent.digest import digest

    cfg = _config(args)
    with _store(cfg) as store:
        if args.send:
            sent = digest.send_digest(cfg, store, dry_run=args.dry_run, force=True)
            print("digest sent" if sent else "digest not sent")
        else:
            print(digest.render_text(cfg, digest.gather(cfg, store)), end="")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from agent.service.doctor import run_checks

    return run_checks(args.config)


def cmd_run(args: argparse.Namespace) -> int:
    from agent.service.daemon import run

    stop, reload = threading.Event(), threading.Event()
    with _signals(stop, reload):
        return run(args.config, dry_run=args.dry_run, stop=stop, reload=reload)


def cmd_demo(args: argparse.Namespace) -> int:
    from agent.service.demo import run_demo

    return run_demo(keep=args.keep)


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="rebound",
        description="Notice job rejections in your inbox and ask for feedback in time.",
    )
    p.add_argument(
        "--config",
        metavar="PATH",
        help="config file (default: $REBOUND_CONFIG, "
        "~/.config/rebound/config.toml, /etc/rebound/config.toml)",
    )
    p.add_argument(
        "-v", "--verbose", action="count", default=0, help="more logging (-vv: IMAP protocol)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="warnings and errors only")
    p.add_argument("--version", action="version", version=f"rebound {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.set_defaults(handler=handler)
        return sp

    sp = add("run", cmd_run, "the daemon: watch, classify, draft, send approved drafts, digest")
    sp.add_argument("--dry-run", action="store_true", help="log what would be done; change nothing")
    sp = add("scan", cmd_scan, "one pass over the configured folders, then exit")
    sp.add_argument(
        "--since", type=_since, metavar="YYYY-MM-DD", help="also backfill history since"
    )
    sp.add_argument("--dry-run", action="store_true", help="classify and report; save nothing")
    sp = add("import", cmd_import, "run the pipeline over a local mbox, Maildir or .eml files")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--dry-run", action="store_true", help="classify and report; save nothing")
    sp = add("classify", cmd_classify, "classify .eml files, folders, Maildirs or mbox files")
    sp.add_argument("--json", action="store_true", help="one JSON object per message")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="'-' reads one message from stdin")

    rej = add("rejections", lambda a: _need_sub(rej), "logged rejections")
    rsub = rej.add_subparsers(dest="sub", metavar="ACTION")
    rl = rsub.add_parser("list", help="what was logged")
    rl.add_argument("--json", action="store_true")
    rl.set_defaults(handler=cmd_rejections_list)

    _add_applications(add("applications", _need_sub_of, "applications and their timeline of mail"))
    dr = add("drafts", lambda a: _need_sub(dr), "review feedback-request drafts")
    _drafts_commands(dr)
    sp = add("send", cmd_send, "send every approved draft that is due now, then exit")
    sp.add_argument("--dry-run", action="store_true", help="say what would be sent; send nothing")
    sp = add("digest", cmd_digest, "print or send the digest of pending actions")
    g = sp.add_mutually_exclusive_group(required=True)
    g.add_argument("--preview", action="store_true", help="print the text part")
    g.add_argument("--send", action="store_true", help="send it now")
    sp.add_argument("--dry-run", action="store_true", help="with --send: build it, send nothing")
    add("doctor", cmd_doctor, "check config, servers, database and templates")
    sp = add("demo", cmd_demo, "the whole pipeline on a bundled sample mailbox, no server needed")
    sp.add_argument("--keep", action="store_true", help="keep the temporary folder and database")
    return p


def _drafts_commands(dr: argparse.ArgumentParser) -> None:
    """``rebound drafts list|show|edit|approve|discard|sync``."""
    dsub = dr.add_subparsers(dest="sub", metavar="ACTION")
    dl = dsub.add_parser("list", help="drafts and their state")
    dl.add_argument("--json", action="store_true")
    dl.add_argument("--status", choices=DRAFT_STATUSES)
    dl.set_defaults(handler=cmd_drafts_list)
    for name, handler, help_ in (
        ("show", cmd_drafts_show, "print one draft"),
        ("edit", cmd_drafts_edit, "edit a draft's text in $EDITOR"),
        ("approve", cmd_drafts_approve, "approve a draft for sending in its window"),
        ("discard", cmd_drafts_discard, "never send this draft"),
        ("restore", cmd_drafts_restore, "bring a discarded or expired draft back to pending"),
    ):
        ds = dsub.add_parser(name, help=help_)
        ds.add_argument("id", type=int)
        ds.set_defaults(handler=handler)
        if name == "approve":
            ds.add_argument("--late", action="store_true", help="allow sending after the deadline")
        if name == "restore":
            ds.add_argument("--dry-run", action="store_true", help="say what would change")

    dsync = dsub.add_parser(
        "sync", help="reconcile drafts with your Drafts and Sent folders (the daemon does this)"
    )
    dsync.add_argument("--dry-run", action="store_true", help="say what would change")
    dsync.set_defaults(handler=cmd_drafts_sync)


def _need_sub_of(args: argparse.Namespace) -> int:
    """``rebound applications`` without an action: the usage, and a usage error."""
    return _need_sub(args.parser)


def _add_applications(ap: argparse.ArgumentParser) -> None:
    ap.set_defaults(parser=ap)
    asub = ap.add_subparsers(dest="sub", metavar="ACTION")
    al = asub.add_parser("list", help="applications, oldest first")
    fmt = al.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true", help="for a spreadsheet")
    al.add_argument("--status", choices=STATUSES)
    al.add_argument("--since", type=_since, metavar="YYYY-MM-DD", help="with mail since then")
    asub.add_parser("show", help="one application's timeline").add_argument("id", type=int)
    am = asub.add_parser("merge", help="B's mail joins A, now and for later mail")
    am.add_argument("a", type=int, metavar="A")
    am.add_argument("b", type=int, metavar="B")
    asp = asub.add_parser("split", help="one mail (its # in `show`) into its own application")
    asp.add_argument("event", type=int, metavar="ID")
    for sp in (am, asp):
        sp.add_argument("--dry-run", action="store_true", help="say what would change")
    for sp in asub.choices.values():
        sp.set_defaults(handler=cmd_applications)


def _need_sub(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    raise UsageError("name an action, e.g. `list`")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # The demo prints its own report; its log lines would only repeat it (-v shows them).
    quiet = args.quiet or (args.command == "demo" and not args.verbose)
    configure(-1 if quiet else args.verbose)
    try:
        return int(args.handler(args))
    except ReboundError as exc:
        print(f"rebound: {exc}", file=sys.stderr)
        log.debug("details", exc_info=True)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rebound: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
