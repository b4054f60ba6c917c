"""``rebound``: the parser, and the one place errors become exit codes.

Every command has a one-line help, the same line as its description and a few
examples (``rebound COMMAND --help``). The commands themselves live in
:mod:`agent.console.commands`. Exit codes, in :func:`main` only: 0 success,
1 runtime failure, 2 bad usage or bad config.
"""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from agent import __version__
from agent import config as config_mod
from agent.console.commands import (
    cmd_applications,
    cmd_classify,
    cmd_config_check,
    cmd_config_path,
    cmd_db_metadata,
    cmd_db_path,
    cmd_demo,
    cmd_digest,
    cmd_doctor,
    cmd_drafts_approve,
    cmd_drafts_discard,
    cmd_drafts_edit,
    cmd_drafts_list,
    cmd_drafts_restore,
    cmd_drafts_show,
    cmd_drafts_sync,
    cmd_import,
    cmd_init,
    cmd_rejections_list,
    cmd_review,
    cmd_send,
    parse_since,
)
from agent.console.corrections import cmd_mail_list, cmd_rejections_add, cmd_rejections_drop
from agent.errors import ReboundError, UsageError
from agent.logsetup import configure
from agent.store import APPLICATION_STATUSES, DRAFT_STATUSES

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


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


_M_ARENA_MAX = -8  # glibc's mallopt parameter: how many malloc arenas threads may use


def one_malloc_arena() -> bool:
    """Have every thread of this process allocate from one glibc malloc arena; False where
    that cannot be asked (another C library).

    Why: a scan's read-ahead thread receives the batches' bytes; in an arena of its own,
    what it freed stayed in that arena's pages, unused by the thread that analyses (glibc
    gives each thread its own arena while there are fewer than 8 a core). Shared, the
    pages freed by one are reused by the other: the scan process' peak RSS at 5,000
    realistic mails fell from ~118 to ~115 MiB (issue 15, scan23). The threads allocate
    little beyond the batches, and hold the GIL while they do: one lock costs nothing.
    """
    import ctypes  # ~5 ms, for the long commands only

    try:
        libc = ctypes.CDLL(None)
        return bool(libc.mallopt(_M_ARENA_MAX, 1))
    except (OSError, AttributeError):
        return False


# ---------------------------------------------------------------- commands that take signals


def cmd_scan(args: argparse.Namespace) -> int:
    from agent.console import commands as c
    from agent.ingest.scan import scan
    from agent.service.doctor import check_templates

    one_malloc_arena()  # before the scan starts its read-ahead thread
    cfg = c.load_config(args)
    config_mod.require(cfg, "imap")
    c.check_packs()
    check_templates(cfg)
    on_outcome, found = c.findings(args)
    stop = threading.Event()
    with (
        c.progress_for(args) as progress,
        c.open_db(cfg) as store,
        _signals(stop, what="stopping after the current batch"),
    ):
        tally = scan(
            cfg,
            store,
            since=args.since,
            dry_run=args.dry_run,
            on_outcome=on_outcome,
            progress=progress,
            stop=stop,
        )
    c.tally_report(args, tally, found, stop.is_set())
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from agent.service.daemon import run

    one_malloc_arena()
    stop, reload = threading.Event(), threading.Event()
    with _signals(stop, reload):
        return run(args.config, dry_run=args.dry_run, stop=stop, reload=reload)


# ---------------------------------------------------------------- parser

JSON_HELP = "print JSON instead of text (fields: README, `docs/interface.md`)"
DRY_RUN_HELP = 'log what would be done ("would …"); change nothing'


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


class _Commands:
    """Adds subcommands with a one-line help, the same line as description, and examples."""

    def __init__(self, parent: argparse.ArgumentParser, dest: str, required: bool) -> None:
        self.sub = parent.add_subparsers(dest=dest, metavar="COMMAND", required=required)

    def add(
        self, name: str, handler: Handler | None, help_: str, *examples: str
    ) -> argparse.ArgumentParser:
        sp = self.sub.add_parser(
            name,
            help=help_,
            description=help_[0].upper() + help_[1:] + ".",
            epilog=_examples(*examples) if examples else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if handler is not None:
            sp.set_defaults(handler=handler)
        return sp


def _group(cmds: _Commands, name: str, help_: str, *examples: str) -> _Commands:
    """A command with actions (``drafts list``); alone it prints its usage."""
    sp = cmds.add(name, None, help_, *examples)
    sp.set_defaults(handler=lambda _a: _need_sub(sp))
    return _Commands(sp, "sub", required=False)


def _json(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--json", action="store_true", help=JSON_HELP)


def _dry_run(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--dry-run", action="store_true", help=DRY_RUN_HELP)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="rebound",
        description="Notice job rejections in your inbox and ask for feedback in time.",
        epilog=_examples(
            "rebound init                 # write a commented config, then edit it",
            "rebound doctor               # check config, servers, database, templates",
            "rebound scan --since 2026-10-01",
            "rebound review               # approve, edit or discard each pending draft",
            "rebound send",
            "rebound COMMAND --help       # a command's options and examples",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--config",
        metavar="PATH",
        help="config file (default: $REBOUND_CONFIG, "
        "~/.config/rebound/config.toml, /etc/rebound/config.toml)",
    )
    p.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="more logging (on a terminal: -v info, -vv debug, -vvv IMAP protocol; "
        "elsewhere one step more each)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="warnings and errors only")
    p.add_argument("--version", action="version", version=f"rebound {__version__}")
    cmds = _Commands(p, "command", required=True)
    _setup_commands(cmds)
    _mail_commands(cmds)
    _send_commands(cmds)
    _review_commands(cmds)
    _other_commands(cmds)
    return p


def _setup_commands(cmds: _Commands) -> None:
    sp = cmds.add(
        "init",
        cmd_init,
        "write a commented config to the default path (never overwrites)",
        "rebound init",
        "rebound --config ./test.toml init",
    )
    _dry_run(sp)
    cfg = _group(cmds, "config", "where the config is and whether it is valid")
    cfg.add("path", cmd_config_path, "print the config file in use", "rebound config path")
    sp = cfg.add(
        "check",
        cmd_config_check,
        "validate the config, database and templates without touching the network",
        "rebound config check",
        "rebound config check --json | jq .ok",
    )
    _json(sp)
    sp = cmds.add(
        "doctor",
        cmd_doctor,
        "check config, DNS, IMAP and SMTP login, folders, database and templates",
        "rebound doctor",
        "rebound doctor --json | jq '.checks[] | select(.status != \"ok\")'",
    )
    _json(sp)
    db = _group(cmds, "db", "the SQLite database, for sqlite-utils or Datasette")
    db.add(
        "path",
        cmd_db_path,
        "print the database file",
        'sqlite-utils tables "$(rebound db path)" --counts',
        'datasette "$(rebound db path)" -m metadata.json   # see `rebound db metadata`',
    )
    db.add(
        "metadata",
        cmd_db_metadata,
        "print Datasette metadata for the database: tables, views, columns, statuses",
        "rebound db metadata > metadata.json",
        'datasette "$(rebound db path)" -m metadata.json',
    )
    sp = cmds.add(
        "completion",
        cmd_completion,
        "print a shell completion script",
        "rebound completion bash > ~/.local/share/bash-completion/completions/rebound",
        'rebound completion zsh > "${fpath[1]}/_rebound"',
        "rebound completion fish > ~/.config/fish/completions/rebound.fish",
    )
    sp.add_argument("shell", choices=("bash", "zsh", "fish"))


def _mail_commands(cmds: _Commands) -> None:
    sp = cmds.add(
        "run",
        cmd_run,
        "the daemon: watch, classify, draft, send approved drafts, digest",
        "rebound run",
        "rebound run --dry-run -v",
    )
    _dry_run(sp)
    sp = cmds.add(
        "scan",
        cmd_scan,
        "one pass over the configured folders, then exit",
        "rebound scan",
        "rebound scan --since 2026-09-01 --dry-run",
        "rebound scan --json | jq .rejections",
    )
    sp.add_argument(
        "--since", type=parse_since, metavar="YYYY-MM-DD", help="also backfill history since"
    )
    _dry_run(sp)
    _json(sp)
    sp = cmds.add(
        "import",
        cmd_import,
        "run the pipeline over a local mbox, Maildir or .eml files",
        "rebound import ~/Downloads/Takeout/Mail/All\\ mail\\ Including\\ Spam\\ and\\ Trash.mbox",
        "rebound import --dry-run ~/Maildir/.Jobs",
    )
    sp.add_argument("paths", nargs="+", metavar="PATH")
    _dry_run(sp)
    _json(sp)
    sp = cmds.add(
        "classify",
        cmd_classify,
        "classify .eml files, folders, Maildirs or mbox files (no config needed)",
        "rebound classify mail.eml",
        "rebound classify --json ~/mail/archive.mbox | jq 'select(.is_rejection)'",
        "cat mail.eml | rebound classify -",
    )
    sp.add_argument("--json", action="store_true", help="one JSON object per message and line")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="'-' reads one message from stdin")


def _send_commands(cmds: _Commands) -> None:
    """``send`` and ``digest``."""
    sp = cmds.add(
        "send",
        cmd_send,
        "send every approved draft that is due now, then exit",
        "rebound send --dry-run",
        "rebound send --json",
    )
    _dry_run(sp)
    _json(sp)
    sp = cmds.add(
        "digest",
        cmd_digest,
        "print or send the digest of pending actions",
        "rebound digest --preview",
        "rebound digest --send --dry-run",
    )
    g = sp.add_mutually_exclusive_group(required=True)
    g.add_argument("--preview", action="store_true", help="print the text part")
    g.add_argument("--send", action="store_true", help="send it now")
    sp.add_argument("--dry-run", action="store_true", help="with --send: build it, send nothing")


def _review_commands(cmds: _Commands) -> None:
    cmds.add(
        "review",
        cmd_review,
        "on a terminal, each pending draft in turn, most urgent first: approve, edit, discard",
        "rebound review",
    )
    rej = _group(cmds, "rejections", "logged rejections", "rebound rejections list")
    rl = rej.add(
        "list",
        cmd_rejections_list,
        "what was logged, oldest first",
        "rebound rejections list --since 2026-11-01 --stage interview",
        "rebound rejections list --company acme --json",
        "rebound rejections list --limit 10",
    )
    _json(rl)
    rl.add_argument("--since", type=parse_since, metavar="YYYY-MM-DD", help="received on or after")
    rl.add_argument("--stage", choices=config_mod.STAGES, help="only this stage")
    rl.add_argument("--company", metavar="TEXT", help="company name contains TEXT (any case)")
    rl.add_argument("--limit", type=_positive, metavar="N", help="only the newest N")
    _correction_commands(cmds, rej)
    _applications_commands(cmds)
    _drafts_commands(cmds)


def _correction_commands(cmds: _Commands, rej: _Commands) -> None:
    ml = _group(cmds, "mail", "the mail Rebound has read", "rebound mail list --search acme")
    what = "stored mail, oldest first: id, date, sender, subject, what Rebound made of it"
    sp = ml.add("list", cmd_mail_list, what, "rebound mail list --since 2026-11-01 --limit 9")
    sp.add_argument("--since", type=parse_since, metavar="YYYY-MM-DD", help="dated on or after")
    sp.add_argument("--search", metavar="TEXT", help="subject or sender contains TEXT (any case)")
    sp.add_argument("--limit", type=_positive, metavar="N", help="only the newest N")
    sp.add_argument(
        "--maybe", action="store_true", help="only mail that may be a rejection, not logged as one"
    )
    _json(sp)
    sp = rej.add(
        "add",
        cmd_rejections_add,
        "this mail was a rejection: log it, draft its request, remember its wording",
        "rebound rejections add 1234 --dry-run",
        "rebound rejections add '<abc@mail.example>' --company Acme --stage interview",
    )
    sp.add_argument("messages", nargs="+", metavar="MESSAGE", help="an id of `mail list`, or <id>")
    for name, what in (("company", "X"), ("role", "Y")):
        sp.add_argument(f"--{name}", metavar=what, help=f"the {name}, instead of the one read")
    sp.add_argument("--stage", choices=config_mod.STAGES, help="the stage, instead of the one read")
    what = "this was no rejection: unlog it, discard its unsent drafts, for good"
    sp = rej.add("drop", cmd_rejections_drop, what, "rebound rejections drop 12 15 --dry-run")
    sp.add_argument("ids", type=int, nargs="+", metavar="ID", help="ids of `rejections list`")
    for sp in (rej.sub.choices["add"], rej.sub.choices["drop"]):
        _dry_run(sp)
        _json(sp)


def _applications_commands(cmds: _Commands) -> None:
    """``applications list|show|merge|split``."""
    ap = _group(cmds, "applications", "applications and their timeline of mail")
    al = ap.add(
        "list",
        cmd_applications,
        "applications, oldest first, with their status",
        "rebound applications list --status interviewing",
        "rebound applications list --csv > applications.csv",
    )
    fmt = al.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help=JSON_HELP)
    fmt.add_argument("--csv", action="store_true", help="CSV for a spreadsheet")
    al.add_argument("--status", choices=APPLICATION_STATUSES, help="only this status")
    al.add_argument("--since", type=parse_since, metavar="YYYY-MM-DD", help="with mail since")
    sp = ap.add(
        "show", cmd_applications, "one application's timeline", "rebound applications show 4"
    )
    sp.add_argument("id", type=int)
    am = ap.add(
        "merge",
        cmd_applications,
        "B's mail joins A, now and for later mail",
        "rebound applications merge 4 9",
    )
    am.add_argument("a", type=int, metavar="A")
    am.add_argument("b", type=int, metavar="B")
    asp = ap.add(
        "split",
        cmd_applications,
        "one mail (its # in `show`) into its own application",
        "rebound applications split 17",
    )
    asp.add_argument("event", type=int, metavar="ID")
    for sp in (am, asp):
        _dry_run(sp)


def _drafts_commands(cmds: _Commands) -> None:
    """``drafts list|show|edit`` and the decisions."""
    dr = _group(cmds, "drafts", "review feedback-request drafts", "rebound drafts list")
    dl = dr.add(
        "list",
        cmd_drafts_list,
        "drafts and their state",
        "rebound drafts list --status pending",
        "rebound drafts list --json | jq '.[] | {id, status, to}'",
    )
    _json(dl)
    dl.add_argument("--status", choices=DRAFT_STATUSES, help="only drafts in this state")
    ds = dr.add("show", cmd_drafts_show, "print one draft", "rebound drafts show 3")
    ds.add_argument("id", type=int)
    _json(ds)
    ds = dr.add("edit", cmd_drafts_edit, "edit a draft's text in $EDITOR", "rebound drafts edit 3")
    ds.add_argument("id", type=int)
    _draft_decisions(dr)


def _draft_decisions(dr: _Commands) -> None:
    """``drafts approve|discard|restore|sync``."""
    ds = dr.add(
        "approve",
        cmd_drafts_approve,
        "approve drafts for sending in their window",
        "rebound drafts approve 3",
        "rebound drafts approve 3 4 7",
        "rebound drafts approve --all",
        "rebound drafts approve 5 --late     # its window closed; send it anyway",
    )
    _ids(ds, "approve")
    _dry_run(ds)
    ds.add_argument("--late", action="store_true", help="allow sending after the deadline")
    ds.add_argument("--to-reply-to", action="store_true", help="to a third party's address")
    ds = dr.add(
        "discard",
        cmd_drafts_discard,
        "never send these drafts",
        "rebound drafts discard 4",
        "rebound drafts discard --all",
    )
    _ids(ds, "discard")
    _dry_run(ds)
    ds = dr.add(
        "restore",
        cmd_drafts_restore,
        "bring a discarded or expired draft back to pending (a closed window reopens)",
        "rebound drafts restore 4",
    )
    ds.add_argument("id", type=int)
    _dry_run(ds)
    dsync = dr.add(
        "sync",
        cmd_drafts_sync,
        "reconcile drafts with your Drafts and Sent folders (the daemon does this)",
        "rebound drafts sync --dry-run",
    )
    _dry_run(dsync)


def _ids(sp: argparse.ArgumentParser, verb: str) -> None:
    sp.add_argument("ids", type=int, nargs="*", metavar="ID", help=f"the drafts to {verb}")
    sp.add_argument("--all", action="store_true", help=f"{verb} every pending draft")


def _other_commands(cmds: _Commands) -> None:
    sp = cmds.add(
        "demo",
        cmd_demo,
        "the whole pipeline on a bundled sample mailbox, no server needed",
        "rebound demo",
        "rebound demo --keep",
    )
    sp.add_argument("--keep", action="store_true", help="keep the temporary folder and database")


def cmd_completion(args: argparse.Namespace) -> int:
    from agent.console.completion import script

    sys.stdout.write(script(build_parser(), args.shell))
    return 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {value!r}")
    return number


def _need_sub(parser: argparse.ArgumentParser) -> int:
    """A group named alone (``rebound drafts``): say which actions it has."""
    parser.print_usage(sys.stderr)
    actions = [
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]
    raise UsageError(f"name an action: {', '.join(actions)} (`{parser.prog} ACTION --help`)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # The demo prints its own report; its log lines would only repeat it (-v shows them).
    # On a terminal every one-shot command prints its results; info logs only with -v.
    quiet = args.quiet or (args.command == "demo" and not args.verbose)
    configure(
        -1 if quiet else args.verbose,
        quiet_default=args.command != "run" and sys.stderr.isatty(),
    )
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


def script() -> int:
    """The ``rebound`` command: :func:`main`, then an exit that skips the final collections.

    Why: a process that loaded the classifier holds tens of thousands of objects that the
    interpreter's last garbage collections would walk and free one by one before it exits:
    ~0.25 s of a quiet core, ~2 s at load 15 (a daemon's whole stop budget is 5 s). Nothing
    needs them by then: the store is closed, and logging and the standard streams are
    flushed at exit as before. In-process callers (tests) use :func:`main`.
    """
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(script())
