"""The way of one message: parse → classify → store → draft.

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

from agent.classify import Verdict, classify
from agent.config import Config
from agent.drafts import make_draft
from agent.errors import ParseError
from agent.mailbox import MAX_MESSAGE_BYTES, RawMail
from agent.parse import Message, parse_bytes
from agent.store import Store, iso
from agent.templating import environment

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
    addrs = {cfg.owner.email.lower()} if cfg.owner.email else set()
    if "@" in cfg.imap.username:
        addrs.add(cfg.imap.username.lower())
    return frozenset(addrs)


def analyse(raw: bytes, owners: Iterable[str] = ()) -> tuple[Message, Verdict]:
    """Parse and classify one message (no side effects)."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ParseError(f"message of {len(raw)} bytes exceeds {MAX_MESSAGE_BYTES}")
    if not raw:
        raise ParseError("message body could not be fetched (too large or expunged)")
    msg = parse_bytes(raw)
    return msg, classify(msg, owner_addresses=frozenset(owners))


def process_one(
    store: Store,
    cfg: Config,
    mail: RawMail,
    env: jinja2.Environment,
    owners: frozenset[str],
) -> Outcome:
    """Classify one mail and record it; must run inside a store transaction."""
    try:
        msg, verdict = analyse(mail.raw, owners)
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
            "is_rejection": int(verdict.is_rejection),
            "score": verdict.score,
            "category": verdict.category,
        }
    )
    outcome = Outcome(mail.source, msg, verdict)
    if not verdict.is_rejection:
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


def _known_rejection(store: Store, message_id: str | None) -> bool:
    """The same mail seen in another folder (or before a UIDVALIDITY reset) is logged once."""
    if not message_id:
        return False
    return bool(store.query("SELECT 1 FROM rejections WHERE message_id = ?", (message_id,)))


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
