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

import jinja2

from agent.classify import Verdict, classify, prefilter
from agent.config import Config
from agent.digest.codes import looks_like_digest_reply
from agent.errors import ParseError
from agent.feedback.drafts import check_templates, make_draft
from agent.feedback.templating import environment
from agent.ingest import approve_by_reply as commands
from agent.ingest import replies
from agent.mail.autoreply import is_automatic
from agent.mail.parse import MAX_MESSAGE_BYTES, Message, RawMail, parse_bytes
from agent.store import Store, iso

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

    def summary(self) -> str:
        return (
            f"{self.messages} messages, {self.rejections} rejections logged, "
            f"{self.drafts} drafts created, {self.errors} errors"
        )


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


def rebounds_own_business(
    store: Store, cfg: Config, msg: Message, owners: frozenset[str]
) -> str | None:
    """Handle what must not reach the classifier; the kind handled, or None.

    * the owner's reply to a digest (approve by reply) — obeyed only with a valid code;
    * an employer's answer to a sent feedback request → ``replies``, draft ``answered``;
    * the owner's own mail in a draft's thread → draft ``sent_by_user``.
    """
    own = msg.from_addr.lower() in owners
    if own and msg.message_id and store.sent_by_rebound(msg.message_id):
        return "rebound_mail"  # a digest or a confirmation coming back to the inbox
    if looks_like_digest_reply(msg):
        if own:
            result = commands.handle(store, cfg, msg, owners)
            return "digest_reply" if result.accepted else "ignored_digest_reply"
        if not own:
            log.warning(
                "ignored a mail carrying a digest code from %s, who is not the owner (%s)",
                msg.from_addr,
                msg.message_id,
            )
            return "ignored_digest_reply"
    if own:
        replies.note_own_message(store, msg)
        return None
    draft = replies.draft_answered_by(store, msg)
    if draft is None:
        return None
    if is_automatic(msg):
        log.info("draft %d: automatic reply from %s ignored", draft["id"], msg.from_addr)
        return "auto_reply"
    replies.record_reply(store, msg, draft)
    return "feedback_reply"


def process_one(
    store: Store,
    cfg: Config,
    mail: RawMail,
    env: jinja2.Environment,
    owners: frozenset[str],
) -> Outcome:
    """Classify one mail and record it; must run inside a store transaction."""
    verdict: Verdict | None
    try:
        quick = _quick_look(store, mail.raw, owners)
        if quick is not None:
            msg, handled, verdict = quick.message, None, prefilter.verdict_for(quick)
        else:
            msg = parse_raw(mail.raw)
            handled = rebounds_own_business(store, cfg, msg, owners)
            verdict = None if handled else classify(msg, owner_addresses=owners)
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
        return outcome
    if store.rejection_for_message(row) or _known_rejection(store, msg.message_id):
        outcome.duplicate = True
        log.debug("%s: rejection already logged", mail.source)
        return outcome
    arrived = mail.arrived or msg.date or datetime.now(UTC)
    outcome.rejection_id = store.add_rejection(
        {
            "message_row": row,
            "message_id": msg.message_id,
            "references": json.dumps(list(msg.references)),
            "received_at": iso(arrived),
            "subject": msg.subject[:300],
            "from_addr": msg.from_addr,
            "from_name": msg.from_name,
            "company": verdict.company,
            "role": verdict.role,
            "stage": verdict.stage,
            "contact_name": verdict.contact_name,
            "reply_address": verdict.reply_address,
            "noreply": int(verdict.noreply),
            "language": verdict.language,
            "sender_utc_offset": sender_utc_offset(msg.date),
            "score": verdict.score,
            "reasons": json.dumps(list(verdict.reasons)),
            "body": msg.text[:20000],
        }
    )
    log.info(
        "%s: rejection from %s (%s, stage %s)",
        mail.source,
        verdict.company or msg.from_addr,
        verdict.role or "role unknown",
        verdict.stage,
    )
    outcome.draft_id = make_draft(store, cfg, outcome.rejection_id, env=env)
    return outcome


def _quick_look(store: Store, raw: bytes, owners: frozenset[str]) -> prefilter.Glance | None:
    """The pre-filter's glance when it settles the mail: no decision phrase, not our business.

    The owner's own mail, a digest code and an answer to a sent request need the
    full parse (their handlers read the whole mail), as does anything the
    glance is unsure of.
    """
    if len(raw) > MAX_MESSAGE_BYTES:
        return None
    quick = prefilter.glance(raw)
    if quick is None or quick.candidate:
        return None
    msg = quick.message
    if (
        msg.from_addr.lower() in owners
        or looks_like_digest_reply(msg)
        or replies.draft_answered_by(store, msg) is not None
    ):
        return None
    return quick


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
) -> list[Outcome]:
    """Process a batch in one transaction; optionally move the folder's sync state with it."""
    check_templates(cfg)
    env = env or environment(cfg.feedback.templates_dir)
    owners = owner_addresses(cfg)
    outcomes = []
    with store.transaction():
        for mail in batch:
            outcome = process_one(store, cfg, mail, env, owners)
            outcomes.append(outcome)
        if advance_to:
            store.set_sync_state(*advance_to)
    for outcome in outcomes:
        if on_outcome:
            on_outcome(outcome)
    return outcomes
