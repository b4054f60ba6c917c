"""The way of one message: parse → classify → store → draft.

It sends nothing: confirmations the approve-by-reply handler queues in the
``outbox`` go out after the batch commits (``scan``, the daemon's tick).

Both the IMAP scan and local imports feed :func:`process_batch`, so a mail is
treated the same whether it came over the network or from an mbox. Each batch
is first parsed and classified with no lock held, then recorded in one short
transaction together with its sync-state update: an interrupted scan resumes
exactly after the last committed batch, nothing is done twice, and other
writers wait milliseconds, not the seconds a batch takes to parse. One message's
failure (any exception) is recorded as that message's error in its own
savepoint; it never aborts the batch.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import jinja2

from agent import files
from agent.classify import Verdict, classify, gate, opinions, packs, prefilter
from agent.classify.opinions import Readers
from agent.config import Config
from agent.digest.codes import looks_like_digest_reply
from agent.errors import ParseError
from agent.feedback.drafts import check_templates, make_draft
from agent.feedback.templating import environment
from agent.feedback.window import window_for
from agent.ingest import applications, memory, quiet, replies
from agent.ingest import approve_by_reply as commands
from agent.mail.autoreply import is_automatic
from agent.mail.parse import LOCAL_UIDVALIDITY, MAX_MESSAGE_BYTES, Message, RawMail, parse_bytes
from agent.store import Rejection, Store, iso
from agent.text import plural

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # a message that failed this often is no longer retried
# Parsing and classifying a mail takes milliseconds (a 20 MB attachment, seconds);
# one that takes this long is pathological and is never tried again (a retry would
# cost as much). Well below half the unit's WatchdogSec (5 min), so such a mail is
# recorded before systemd could restart the service and meet it again.
MESSAGE_BUDGET_SECONDS = 60.0


@dataclass
class Outcome:
    """What happened to one message, for the caller's report."""

    source: str
    message: Message | None
    verdict: Verdict | None
    error: str | None = None
    rejection_id: int | None = None
    draft_id: int | None = None
    no_draft_reason: str | None = None  # why a logged rejection got no draft, as stored
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


def parse_raw(raw: bytes, *, local: bool = False) -> Message:
    """Parse fetched bytes; ``local``: they come from a file (which says why one is empty)."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ParseError(f"message of {len(raw)} bytes exceeds {MAX_MESSAGE_BYTES}")
    if not raw:
        raise ParseError(
            "empty file: it holds no message"
            if local
            else "message body could not be fetched (too large or expunged)"
        )
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
    (job words in its subject, a known application's thread or employer);
    ``remembered``: its sender's domain has a correction of the owner's
    (:mod:`agent.ingest.memory` reads it, whatever the glance said).
    """

    own: bool
    digest_code: bool
    answered: dict[str, Any] | None
    timeline: bool = False
    remembered: bool = False

    @property
    def ours(self) -> bool:
        """Rebound's own business: handled before (and instead of) the classifier."""
        return self.own or self.digest_code or self.answered is not None


def route(store: Store, msg: Message, owners: frozenset[str], *, listed: bool = False) -> Route:
    """``listed``: a mailing list's mail (see :func:`applications.worth_full_look`)."""
    own = msg.from_addr.lower() in owners
    answered = None if own else replies.draft_answered_by(store, msg)
    way = Route(own, looks_like_digest_reply(msg), answered)
    if way.ours:
        return way
    timeline = applications.worth_full_look(store, msg, listed=listed)
    domain = applications.registrable(msg.from_domain) if msg.from_domain else ""
    remembered = bool(domain) and store.correction_domain(domain)
    return Route(own, way.digest_code, answered, timeline, remembered)


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


@dataclass
class Analysis:
    """What parsing and classifying one mail found, before anything is written.

    Computed outside the write transaction (it is the slow part), so other
    writers — ``drafts approve``, a send — never wait for a batch's parsing.
    """

    mail: RawMail
    message: Message | None = None
    verdict: Verdict | None = None  # the classifier's, when the mail was parsed
    glance: prefilter.Glance | None = None  # set when the pre-filter decided (not parsed)
    error: str | None = None
    final: bool = False  # an error retrying cannot cure (over the time budget)
    seconds: float = 0.0
    parsed: Message | None = None  # a settled mail's whole parse, when routing will read it


def second_opinion(cfg: Config) -> Readers | None:
    """The learned readers ``classify.second_opinion`` and ``classify.sentence_model`` ask
    for (the word model, then the sentence model), else None."""
    return opinions.bundled(cfg.classify.second_opinion, cfg.classify.sentence_model)


def analyse_mail(
    mail: RawMail,
    owners: frozenset[str],
    budget: float | None = None,
    *,
    model: Readers | None = None,
) -> Analysis:
    """Glance at, parse and classify one mail, touching no database; never raises ``Exception``.

    The pre-filter's glance settles most mail; mail-parser decodes the rest (a
    possible rejection, the owner's mail, a digest code, or when the glance is
    unsure). Any exception is this message's error: one odd mail (or one bug it
    meets) must not abort the batch and block the folder behind it. A mail that
    took longer than ``budget`` seconds is an error too, marked final so that it
    is never tried again (a retry would cost as much, over and over). With a
    ``model``, job mail without a decision phrase takes the full path too: the
    model reads what the rules found no decision in; a model that speaks only on a
    light rejection cue (:func:`gate.cue_bound`) reads only such mail with one.
    """
    budget = MESSAGE_BUDGET_SECONDS if budget is None else budget
    result = Analysis(mail)
    began = time.monotonic()
    try:
        light = model is not None and gate.cue_bound(model)  # a cue-gated model: cues only
        quick = (
            prefilter.glance(mail.raw, light=light) if len(mail.raw) <= MAX_MESSAGE_BYTES else None
        )
        # with a model, job mail without a decision phrase is the model's to read (when it
        # is cue-gated: only where a light rejection cue may be)
        settled = (
            quick is not None and not quick.candidate and not (model and quick.job and quick.light)
        )
        if quick is not None and settled and not _maybe_ours(quick.message, owners):
            result.message, result.glance = quick.message, quick
            if applications.subject_worth_look(quick.message, mail.raw):  # a timeline event?
                result.parsed = parse_raw(mail.raw)
                result.verdict = classify(result.parsed, owner_addresses=owners, model=model)
        else:
            result.message = parse_raw(mail.raw, local=mail.uidvalidity == LOCAL_UIDVALIDITY)
            result.verdict = classify(result.message, owner_addresses=owners, model=model)
    except ParseError as exc:
        result.error = str(exc)
    except Exception as exc:
        log.exception("%s: failed to analyse", mail.source)
        result.error = f"{type(exc).__name__}: {exc}"[:500]
    result.seconds = time.monotonic() - began
    if result.seconds > budget and result.error is None:
        result.error = (
            f"took {result.seconds:.1f}s to parse and classify, over the {budget:g}s budget; "
            "skipped for good"
        )
        result.final = True
    return result


_SAMPLE = (
    b"From: Jobs <jobs@greenhouse.example>\nSubject: Your application\n"
    b"Message-ID: <warm-up@rebound.invalid>\n\nUnfortunately we have decided not to move "
    b"forward with your application.\n"
)


def warm_up(cfg: Config) -> float:
    """Compile what the first rejection would wait for (phrase packs, templates, the
    holiday calendars of its feedback window); the seconds it took.

    Compiled lazily, they cost the first mail after a daemon's start seconds that
    its IDLE latency should not pay.
    """
    began = time.monotonic()
    warm_classifier()
    check_templates(cfg)
    window_for(cfg, datetime.now(UTC), None, "jobs@greenhouse.example")
    return time.monotonic() - began


def warm_classifier() -> None:
    """Compile the phrase packs and the patterns a rejection meets (once per process).

    The packs are loaded first, outside :func:`analyse_mail` (which makes any error one
    mail's): a broken pack (:class:`~agent.errors.PackError`) stops a daemon's start with
    its message instead of failing every mail after it.
    """
    packs()
    analyse_mail(RawMail("warm-up", LOCAL_UIDVALIDITY, 0, _SAMPLE), frozenset())
    files.forget_kept_parses()  # every data file a mail needs is read by now


def _maybe_ours(msg: Message, owners: frozenset[str]) -> bool:
    """The owner's mail or a digest code: their handlers read the whole mail."""
    return msg.from_addr.lower() in owners or looks_like_digest_reply(msg)


def read_mail(
    store: Store, cfg: Config, item: Analysis, owners: frozenset[str]
) -> tuple[Message, Verdict | None, str | None]:
    """Route an analysed mail against the database: (message, verdict, kind handled).

    Runs inside the write transaction, so it only looks things up — except for an
    answer to a sent request that the glance alone had settled: its handler needs
    the whole mail, decoded here (rare), as is a possible application event and mail
    from a domain the owner corrected mail of (whose label it may take:
    :func:`memory.owner_label`).
    Raises :class:`ParseError`.
    """
    msg = item.message
    if msg is None:
        raise ParseError(item.error or "nothing was parsed")
    listed = item.glance is not None and applications.mailing_list(item.mail.raw)
    way = route(store, msg, owners, listed=listed)
    if item.glance is not None and not way.ours and not (way.timeline or way.remembered):
        return msg, prefilter.verdict_for(item.glance), None
    if item.glance is not None:
        msg = item.parsed or parse_raw(item.mail.raw)
    handled = rebounds_own_business(store, cfg, msg, owners, way) if way.ours else None
    if handled:
        return msg, None, handled
    verdict = item.verdict or classify(msg, owner_addresses=owners, model=second_opinion(cfg))
    if way.remembered:
        verdict = memory.owner_label(store, msg, verdict)
    return msg, verdict, handled


def process_one(
    store: Store,
    cfg: Config,
    item: Analysis,
    env: jinja2.Environment,
    owners: frozenset[str],
    *,
    now: datetime | None = None,
) -> Outcome:
    """Record one analysed mail (its own savepoint); must run inside a store transaction."""
    mail = item.mail
    if item.error is None:
        try:
            with store.transaction():
                return _record(store, cfg, item, env, owners, now=now)
        except ParseError as exc:
            item.error = str(exc)
        except Exception as exc:  # ReboundError or a bug: this message's error, not the batch's
            log.exception("%s: failed to record", mail.source)
            item.error = f"{type(exc).__name__}: {exc}"[:500]
    log.warning(
        "%s: skipped%s: %s", mail.source, "" if item.final else ", recorded for retry", item.error
    )
    row: dict[str, Any] = {
        "folder": mail.folder,
        "uidvalidity": mail.uidvalidity,
        "uid": mail.uid,
        "size": len(mail.raw),
        "status": "error",
        "error": item.error,
    }
    if item.final:
        row["attempts"] = MAX_ATTEMPTS
    store.record_message(row)
    return Outcome(mail.source, None, None, error=item.error)


def _record(
    store: Store,
    cfg: Config,
    item: Analysis,
    env: jinja2.Environment,
    owners: frozenset[str],
    *,
    now: datetime | None,
) -> Outcome:
    mail = item.mail
    msg, verdict, handled = read_mail(store, cfg, item, owners)
    row = store.record_message(quiet.message_row(mail, msg, verdict, handled))
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
    if outcome.draft_id is None:
        outcome.no_draft_reason = store.get_rejection(rejection.id)["no_draft_reason"]
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


def process_batch(store: Store, cfg: Config, batch: list[RawMail], **options: Any) -> list[Outcome]:
    """Analyse a batch here, then record it (:func:`record_batch`, which takes ``options``)."""
    owners, model = owner_addresses(cfg), second_opinion(cfg)
    analysed = [analyse_mail(mail, owners, model=model) for mail in batch]
    return record_batch(store, cfg, analysed, **options)


def record_batch(
    store: Store,
    cfg: Config,
    analysed: list[Analysis],
    *,
    env: jinja2.Environment | None = None,
    advance_to: tuple[str, int, int] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_processed: Callable[[], None] | None = None,
    now: datetime | None = None,
    arrivals: Callable[[list[int]], dict[int, datetime]] | None = None,
) -> list[Outcome]:
    """Record an analysed batch in one short transaction with the folder's sync state.

    Analysed by :func:`process_batch` in this process, or by ``agent.ingest.parallel``
    on both cores. ``on_processed`` is called after each message, inside the
    transaction: for a progress bar only (reports belong in ``on_outcome``, called
    after the commit). ``now`` is the clock drafts are judged by (the demo replays
    old mail as if new). ``arrivals`` gives the arrival times of UIDs fetched
    without one (IMAP's INTERNALDATE), asked only for the mails that may become job mail.
    """
    check_templates(cfg)
    env = env or environment(cfg.feedback.templates_dir)
    owners = owner_addresses(cfg)
    if arrivals is not None:
        _add_arrivals(analysed, arrivals)
    outcomes: list[Outcome] = []
    with store.transaction():
        at = 0
        while at < len(analysed):
            done = _record_quiet(store, analysed, at, owners) or [
                process_one(store, cfg, analysed[at], env, owners, now=now)
            ]
            outcomes.extend(done)
            at += len(done)
            if on_processed is not None:
                for _ in done:
                    on_processed()
        if advance_to:
            store.set_sync_state(*advance_to)
    for outcome in outcomes:
        if on_outcome:
            on_outcome(outcome)
    return outcomes


def _add_arrivals(
    analysed: list[Analysis], arrivals: Callable[[list[int]], dict[int, datetime]]
) -> None:
    """Arrival times for the mails that may need one: all but those the glance settled
    with a Date header (their Date is what a timeline would use; they are never rejections)."""
    wanted = [
        a
        for a in analysed
        if a.mail.arrived is None
        and a.error is None
        and (a.glance is None or a.message is None or a.message.date is None)
    ]
    found = arrivals([a.mail.uid for a in wanted]) if wanted else {}
    for a in wanted:
        if a.mail.uid in found:
            a.mail = dataclasses.replace(a.mail, arrived=found[a.mail.uid])


def _record_quiet(
    store: Store, analysed: list[Analysis], at: int, owners: frozenset[str]
) -> list[Outcome]:
    """Record the run of mails from ``at`` the glance settled and no one claims, in bulk."""
    run: list[tuple[Analysis, prefilter.Glance]] = []
    for item in analysed[at : at + quiet.LOOK_AHEAD]:
        if item.glance is None or item.error is not None:
            break
        run.append((item, item.glance))
    if not run:
        return []
    # a settled mail is parsed in the analysis exactly when its subject is worth a look
    n = quiet.quiet_prefix(
        store, [g.message for _, g in run], owners, [item.parsed is not None for item, _ in run]
    )
    outcomes, rows = [], []
    for item, seen in run[:n]:
        verdict = prefilter.verdict_for(seen)
        rows.append(quiet.message_row(item.mail, seen.message, verdict))
        outcomes.append(Outcome(item.mail.source, seen.message, verdict))
    store.record_settled(rows)
    return outcomes
