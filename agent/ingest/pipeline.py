"""The way of one message: parse → classify → store → draft.

It sends nothing: confirmations the approve-by-reply handler queues in the
``outbox`` go out after the batch commits (``scan``, the daemon's tick).

Both the IMAP scan and local imports feed :func:`process_batch`, so a mail is
treated the same whether it came over the network or from an mbox. Each batch
is one transaction together with its sync-state update: an interrupted scan
resumes exactly after the last committed batch, and nothing is done twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import jinja2

from agent.classify import Verdict, classify, prefilter
from agent.config import Config
from agent.digest.codes import looks_like_digest_reply
from agent.errors import ParseError
from agent.feedback.drafts import check_templates, make_draft
from agent.feedback.templating import environment
from agent.ingest import applications, replies
from agent.ingest import approve_by_reply as commands
from agent.mail.autoreply import is_automatic
from agent.mail.parse import MAX_MESSAGE_BYTES, Message, RawMail, parse_bytes
from agent.store import Rejection, Store, iso
from agent.text import plural

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What happened to one message, for the caller's report."""

    source: str
    message: Message | None
    verdict: Verdict | None
    error: str | None = None
    rejection_id: int | None = None
    draft_id: int | None = None
    duplicate: bool = False
    application_id: int | None = None
    # set when the mail was not classified because it is Rebound's business:
    # "feedback_reply" (an employer answered a sent request), "digest_reply" (the
    # owner's approve-by-reply), "ignored_digest_reply" (forged or stale), "auto_reply"
    # (an out-of-office answering a sent request), "rebound_mail" (a digest coming back)
    handled: str | None = None


@dataclass
class Tally:
    messages: int = 0
    rejections: int = 0
    drafts: int = 0
    errors: int = 0
    skipped: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.messages += 1
        self.errors += outcome.error is not None
        self.rejections += outcome.rejection_id is not None
        self.drafts += outcome.draft_id is not None
        self.skipped += outcome.duplicate

    def merge(self, other: Tally) -> None:
        for name in ("messages", "rejections", "drafts", "errors", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def summary(self) -> str:
        return (
            f"{plural(self.messages, 'message')}, {plural(self.rejections, 'rejection')} "
            f"logged, {plural(self.drafts, 'draft')} created, {plural(self.errors, 'error')}"
        )

    def as_json(self) -> dict[str, int]:
        """The counts, for ``scan --json`` and ``import --json``."""
        names = ("messages", "rejections", "drafts", "errors", "skipped")
        return {name: getattr(self, name) for name in names}


def owner_addresses(cfg: Config) -> frozenset[str]:
    """The owner's addresses: ``owner.email``, ``owner.aliases`` and an address-like login."""
    addrs = {cfg.owner.email.lower()} if cfg.owner.email else set()
    addrs.update(a.lower() for a in cfg.owner.aliases)
    if "@" in cfg.imap.username:
        addrs.add(cfg.imap.username.lower())
    return frozenset(addrs)


def parse_raw(raw: bytes) -> Message:
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ParseError(f"message of {len(raw)} bytes exceeds {MAX_MESSAGE_BYTES}")
    if not raw:
        raise ParseError("message body could not be fetched (too large or expunged)")
    return parse_bytes(raw)


def analyse(raw: bytes, owners: Iterable[str] = ()) -> tuple[Message, Verdict]:
    """Parse and classify one message (no side effects)."""
    msg = parse_raw(raw)
    return msg, classify(msg, owner_addresses=frozenset(owners))


@dataclass(frozen=True)
class Route:
    """Whose business a mail is, decided once per mail from the first view of it.

    ``own``: sent from one of the owner's addresses; ``digest_code``: carries
    something shaped like a digest code; ``answered``: the sent draft it replies to;
    ``timeline``: may be an event of an application though it cannot be a rejection
    (job words in its subject, a known application's thread or employer).
    """

    own: bool
    digest_code: bool
    answered: dict[str, Any] | None
    timeline: bool = False

    @property
    def ours(self) -> bool:
        """Rebound's own business: handled before (and instead of) the classifier."""
        return self.own or self.digest_code or self.answered is not None


def route(store: Store, msg: Message, owners: frozenset[str]) -> Route:
    own = msg.from_addr.lower() in owners
    answered = None if own else replies.draft_answered_by(store, msg)
    way = Route(own, looks_like_digest_reply(msg), answered)
    if way.ours:
        return way
    return Route(own, way.digest_code, answered, applications.worth_full_look(store, msg))


def rebounds_own_business(
    store: Store, cfg: Config, msg: Message, owners: frozenset[str], way: Route
) -> str | None:
    """Handle what must not reach the classifier; the kind handled, or None.

    * the owner's reply to a digest (approve by reply) — obeyed only with a valid code;
    * an employer's answer to a sent feedback request → ``replies``, draft ``answered``;
    * the owner's own mail in a draft's thread → draft ``sent_by_user``.
    """
    if way.own and msg.message_id and store.sent_by_rebound(msg.message_id):
        return "rebound_mail"  # a digest or a confirmation coming back to the inbox
    if way.digest_code:
        if way.own:
            result = commands.handle(store, cfg, msg, owners)
            return "digest_reply" if result.accepted else "ignored_digest_reply"
        log.warning(
            "ignored a mail carrying a digest code from %s, who is not the owner (%s)",
            msg.from_addr,
            msg.message_id,
        )
        return "ignored_digest_reply"
    if way.own:
        replies.note_own_message(store, msg)
        return None
    draft = way.answered
    if draft is None:
        return None
    if is_automatic(msg):
        log.info("draft %d: automatic reply from %s ignored", draft["id"], msg.from_addr)
        return "auto_reply"
    replies.record_reply(store, msg, draft)
    return "feedback_reply"


def read_mail(
    store: Store, cfg: Config, raw: bytes, owners: frozenset[str]
) -> tuple[Message, Verdict | None, str | None]:
    """Decode, route and classify one mail: (message, verdict, kind handled).

    The pre-filter's cheap glance comes first and routes the mail; mail-parser
    decodes it (once) only for a possible rejection, Rebound's own business, or
    when the glance is unsure. Raises :class:`ParseError`.
    """
    quick = prefilter.glance(raw) if len(raw) <= MAX_MESSAGE_BYTES else None
    way = route(store, quick.message, owners) if quick is not None else None
    if (
        quick is not None
        and way is not None
        and not quick.candidate
        and not way.ours
        and not way.timeline
    ):
        return quick.message, prefilter.verdict_for(quick), None
    msg = parse_raw(raw)
    if way is None:
        way = route(store, msg, owners)
    handled = rebounds_own_business(store, cfg, msg, owners, way) if way.ours else None
    verdict = None if handled else classify(msg, owner_addresses=owners)
    return msg, verdict, handled


def process_one(
    store: Store,
    cfg: Config,
    mail: RawMail,
    env: jinja2.Environment,
    owners: frozenset[str],
    *,
    now: datetime | None = None,
) -> Outcome:
    """Classify one mail and record it; must run inside a store transaction."""
    try:
        msg, verdict, handled = read_mail(store, cfg, mail.raw, owners)
    except ParseError as exc:
        log.warning("%s: skipped, recorded for retry: %s", mail.source, exc)
        store.record_message(
            {
                "folder": mail.folder,
                "uidvalidity": mail.uidvalidity,
                "uid": mail.uid,
                "size": len(mail.raw),
                "status": "error",
                "error": str(exc),
            }
        )
        return Outcome(mail.source, None, None, error=str(exc))
    row = store.record_message(
        {
            "folder": mail.folder,
            "uidvalidity": mail.uidvalidity,
            "uid": mail.uid,
            "message_id": msg.message_id,
            "subject": msg.subject[:300],
            "from_addr": msg.from_addr,
            "date": iso(msg.date),
            "size": msg.size,
            "status": "classified",
            "error": None,
            "is_rejection": int(verdict.is_rejection) if verdict else 0,
            "score": verdict.score if verdict else None,
            "category": verdict.category if verdict else handled,
        }
    )
    outcome = Outcome(mail.source, msg, verdict, handled=handled)
    if verdict is None or not verdict.is_rejection:
        outcome.application_id = _note_event(store, mail, outcome, owners)
        return outcome
    if store.rejection_for_message(row) or _known_rejection(store, msg.message_id):
        outcome.duplicate = True
        log.debug("%s: rejection already logged", mail.source)
        return outcome
    rejection, outcome.application_id = log_rejection(store, mail, msg, verdict, row)
    outcome.rejection_id = rejection.id
    outcome.draft_id = make_draft(store, cfg, rejection, env=env, now=now)
    return outcome


def _note_event(
    store: Store, mail: RawMail, outcome: Outcome, owners: frozenset[str]
) -> int | None:
    """Put a mail that is no rejection on its application's timeline; the application."""
    msg, verdict = outcome.message, outcome.verdict
    if msg is None or outcome.handled not in (None, "feedback_reply"):
        return None
    if verdict is not None and verdict.category == prefilter.CATEGORY:
        return None  # the glance settled it: no job event either (Route.timeline)
    own = msg.from_addr.lower() in owners
    placed = applications.place(store, msg, verdict, own=own, handled=outcome.handled)
    if placed is None:
        return None
    applications.record(store, placed, msg, folder=mail.folder, at=msg.date or mail.arrived)
    return placed.application_id


def log_rejection(
    store: Store, mail: RawMail, msg: Message, verdict: Verdict, message_row: int
) -> tuple[Rejection, int | None]:
    """Record the rejection, on its application's timeline: (the record, the application).

    A stage, role or company the mail does not give comes from the application's
    history (see :func:`applications.from_history`). The record returned is what
    drafting needs, no read-back.
    """
    arrived = mail.arrived or msg.date or datetime.now(UTC)
    placement = applications.place(store, msg, verdict, own=False)
    done = applications.from_history(store, placement, verdict)
    row: dict[str, Any] = {
        "message_row": message_row,
        "message_id": msg.message_id,
        "references": json.dumps(list(msg.references)),
        "received_at": iso(arrived),
        "subject": msg.subject[:300],
        "from_addr": msg.from_addr,
        "from_name": msg.from_name,
        "company": done["company"],
        "role": done["role"],
        "stage": done["stage"],
        "contact_name": verdict.contact_name,
        "reply_address": verdict.reply_address,
        "noreply": int(verdict.noreply),
        "language": verdict.language,
        "sender_utc_offset": sender_utc_offset(msg.date),
        "score": verdict.score,
        "reasons": json.dumps(done["reasons"]),
        "body": msg.text[:20000],
    }
    row["id"] = store.add_rejection(row)
    if placement is not None:
        applications.record(
            store,
            placement,
            msg,
            folder=mail.folder,
            at=msg.date or arrived,
            rejection_id=row["id"],
        )
    log.info(
        "%s: rejection from %s (%s, stage %s%s)",
        mail.source,
        done["company"] or msg.from_addr,
        done["role"] or "role unknown",
        done["stage"],
        ", from the application's history" if placement and placement.history else "",
    )
    return Rejection.from_row(row), placement.application_id if placement else None


def sender_utc_offset(date: datetime | None) -> int | None:
    """The sender's UTC offset in minutes, when their Date header tells it.

    +0000 is taken for unknown: it is what servers and applicant-tracking
    systems write, and RFC 5322's "-0000" (no zone information) parses the same.
    """
    offset = date.utcoffset() if date is not None else None
    if offset is None or not offset:
        return None
    return int(offset.total_seconds() // 60)


def _known_rejection(store: Store, message_id: str | None) -> bool:
    """The same mail seen in another folder (or before a UIDVALIDITY reset) is logged once."""
    return bool(message_id) and store.rejection_logged(message_id or "")


def process_batch(
    store: Store,
    cfg: Config,
    batch: list[RawMail],
    *,
    env: jinja2.Environment | None = None,
    advance_to: tuple[str, int, int] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_processed: Callable[[], None] | None = None,
    now: datetime | None = None,
) -> list[Outcome]:
    """Process a batch in one transaction; optionally move the folder's sync state with it.

    ``on_processed`` is called after each message, inside the transaction: for a
    progress bar only (reports belong in ``on_outcome``, called after the commit).
    ``now`` is the clock drafts are judged by (the demo replays old mail as if new).
    """
    check_templates(cfg)
    env = env or environment(cfg.feedback.templates_dir)
    owners = owner_addresses(cfg)
    outcomes = []
    with store.transaction():
        for mail in batch:
            outcome = process_one(store, cfg, mail, env, owners, now=now)
            outcomes.append(outcome)
            if on_processed is not None:
                on_processed()
        if advance_to:
            store.set_sync_state(*advance_to)
    for outcome in outcomes:
        if on_outcome:
            on_outcome(outcome)
    return outcomes
