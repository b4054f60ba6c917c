"""The owner's corrections: ``rejections add`` (this was one) and ``rejections drop`` (not).

``add`` reads the stored mail again (IMAP, or the local file it was imported from),
logs it as :func:`pipeline.log_rejection` logs a found one (the extractors' fields, the
owner's overriding them), puts it on its application's timeline as the rejection and
drafts the feedback request — from now, when the recommended window has passed (as
``drafts restore`` does). ``drop`` marks the rejection dropped (kept: its drafts point
at it and a rescan must find it logged), discards its drafts that are not sent yet and
recomputes its application's status. Both record a ``corrections`` row, which the
pipeline honours when the mail is seen again and :mod:`agent.ingest.memory` compares
later mail of the same sender with.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from agent.classify import Verdict, classify, stage_of
from agent.config import Config
from agent.errors import NotFoundError, ParseError, StateError, UsageError
from agent.feedback import drafts
from agent.feedback.window import window_for
from agent.ingest import applications, memory, pipeline
from agent.mail import imap
from agent.mail.local import local_messages
from agent.mail.parse import LOCAL_UIDVALIDITY, Message, RawMail
from agent.store import Rejection, Store, iso, now_utc

log = logging.getLogger(__name__)

SENT_LIKE = ("sending", "sent", "sent_by_user", "answered", "uncertain")


@dataclass
class Added:
    """What ``rejections add`` did (or, dry, would do) with one mail."""

    message: int  # its messages row
    company: str | None = None
    role: str | None = None
    stage: str | None = None
    rejection_id: int | None = None
    draft_id: int | None = None
    window_from_now: bool = False  # the recommended window had passed: opened from now
    no_draft_reason: str | None = None
    application_id: int | None = None
    correction_id: int | None = None
    undropped: bool = False  # a drop taken back (the rejection was logged before)


@dataclass
class Dropped:
    """What ``rejections drop`` did (or, dry, would do) with one rejection."""

    rejection_id: int
    discarded: list[int] = field(default_factory=list)  # drafts discarded
    kept: list[tuple[int, str]] = field(default_factory=list)  # (draft, status) left alone
    application_id: int | None = None
    application_status: str | None = None
    correction_id: int | None = None


# ---------------------------------------------------------------- reading a stored mail again


class Rereader:
    """Reads stored mails again, over one IMAP session for all of them: ``rejections add A B
    C`` logs in once, on the first mail that needs the server, and out at the end. A session
    that broke is dropped, so the next mail opens a new one rather than failing alike."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self._client: Any = None

    def __enter__(self) -> Rereader:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._client is not None:
            imap.quiet_logout(self._client)
            self._client = None

    def read(self, row: dict[str, Any]) -> RawMail:
        """The stored mail's bytes, from its IMAP folder or the local file it came from."""
        folder, uidvalidity, uid = row["folder"], int(row["uidvalidity"]), int(row["uid"])
        raw = _local(folder, uid) if uidvalidity == LOCAL_UIDVALIDITY else self._imap(row)
        if not raw:
            raise StateError(f"message {row['id']} ({folder} #{uid}) can no longer be read")
        return RawMail(folder, uidvalidity, uid, raw, None, f"{folder}/{uid}")

    def _imap(self, row: dict[str, Any]) -> bytes | None:
        if self._client is None:
            self._client = imap.connect(self.cfg)
        try:
            if imap.select(self._client, row["folder"]) != int(row["uidvalidity"]):
                raise StateError(
                    f"folder {row['folder']!r} was renumbered since message {row['id']} was "
                    "read (UIDVALIDITY changed): scan again, then find it in `mail list`"
                )
            return imap.fetch_one(self._client, row["folder"], int(row["uid"]))
        except StateError:
            raise
        except Exception:
            self.__exit__()  # a broken session: the next mail logs in anew
            raise


def reread(cfg: Config, row: dict[str, Any]) -> RawMail:
    """One stored mail's bytes, in a session of its own (:class:`Rereader` for several)."""
    with Rereader(cfg) as reader:
        return reader.read(row)


def _local(folder: str, uid: int) -> bytes | None:
    kind, _, path = folder.partition(":")
    if kind not in ("eml", "mbox", "maildir") or not path:
        return None  # stdin: gone
    for mail in local_messages([path], dates=False):
        if mail.folder == folder and mail.uid == uid:
            return mail.raw
    return None


# ---------------------------------------------------------------- this was a rejection


def owner_verdict(verdict: Verdict, msg: Message, given: dict[str, str], reason: str) -> Verdict:
    """``verdict`` made the owner's rejection: the fields given override the extractors'."""
    return dataclasses.replace(
        memory.relabelled(verdict, memory.Recall("rejection", 0, "", 1.0), "unknown"),
        stage=given.get("stage") or stage_of(msg),
        company=given.get("company") or verdict.company,
        role=given.get("role") or verdict.role,
        reasons=(reason, *verdict.reasons),
        score=1.0,
    )


def add(
    store: Store,
    cfg: Config,
    ref: str,
    given: dict[str, str],
    *,
    now: datetime | None = None,
    reader: Rereader | None = None,
) -> Added:
    """``rejections add MESSAGE``: log the stored mail ``ref`` as a rejection, draft it.

    A dry run calls it inside a transaction it then rolls back (every check runs)."""
    row = store.stored_message(ref)
    if row["rejection_id"] is not None and row["dropped_at"]:
        return _undrop(store, cfg, row, given, now or now_utc())
    if row["rejection_id"] is not None:
        raise StateError(
            f"message {row['id']} is already logged as rejection {row['rejection_id']}"
        )
    if row["message_id"] and store.rejection_logged(row["message_id"]):
        raise StateError(f"message {row['id']} is logged already, as a copy in another folder")
    mail = reader.read(row) if reader is not None else reread(cfg, row)
    msg = pipeline.parse_raw(mail.raw)
    owners = pipeline.owner_addresses(cfg)
    verdict = classify(msg, owner_addresses=owners, model=pipeline.second_opinion(cfg))
    verdict = owner_verdict(verdict, msg, given, f"user:message-{row['id']}")
    done = Added(int(row["id"]), verdict.company, verdict.role, verdict.stage)
    with store.transaction():
        logged = pipeline.log_rejection(store, mail, msg, verdict, row["id"])
        rejection, done.application_id = logged
        done.rejection_id = rejection.id
        done.application_id = _on_timeline(store, msg, rejection) or done.application_id
        done.draft_id, done.window_from_now = _draft(store, cfg, rejection, now or now_utc())
        if done.draft_id is None:
            done.no_draft_reason = store.get_rejection(rejection.id)["no_draft_reason"]
        done.correction_id = _remember(
            store,
            row,
            msg,
            "rejection",
            given=given,
            rejection_id=rejection.id,
            company=verdict.company,
        )
    return done


ASK_TRIES = 5  # a mail the owner asked for, failing for another reason than being gone
PERMANENT = (StateError, NotFoundError, UsageError, ParseError)  # gone, renumbered, unreadable


@dataclass
class Asked:
    """What :func:`log_asked` did: the mails logged, and whether some are left for later."""

    done: list[Added] = field(default_factory=list)
    later: bool = False


def log_asked(store: Store, cfg: Config, *, dry_run: bool = False) -> Asked:
    """The mails the owner called rejections by replying to a digest ("rejection 24"),
    logged as ``rejections add`` logs them, over one IMAP session.

    A mail that cannot be (gone from its folder or file, renumbered, unparseable) keeps the
    reason and is not tried again. Anything else (the server out of reach, a password
    command that failed, a busy database) leaves it and the rest for later (``later``), up to
    :data:`ASK_TRIES` times for the same mail. Never raises an ``Exception``: the daemon's
    tick goes on to its sends and its digest.
    """
    out = Asked()
    try:
        asked = store.asked_rejections()
    except Exception:
        log.exception("could not read the mails asked for as rejections")
        return Asked(later=True)
    if asked and dry_run:
        log.info("would log mails %s as rejections, as the owner asked", asked)
        return Asked(later=True)
    with Rereader(cfg) as reader:
        for mail_id in asked:
            try:
                out.done.append(added := add(store, cfg, str(mail_id), {}, reader=reader))
            except PERMANENT as exc:
                _asked_failed(store, mail_id, str(exc))
                continue
            except Exception as exc:  # for later, and said: the tick goes on
                _asked_later(store, mail_id, exc)
                out.later = True
                break
            log.info(
                "mail %d logged as rejection %s, as the owner asked by reply to the digest%s",
                mail_id,
                added.rejection_id,
                f"; draft {added.draft_id}" if added.draft_id else "",
            )
    return out


def _asked_failed(store: Store, mail_id: int, why: str) -> None:
    log.warning("mail %d: not logged as a rejection as asked: %s", mail_id, why)
    try:
        with store.transaction():
            store.asked_rejection_failed(mail_id, why)
    except Exception:
        log.exception("mail %d: could not record why", mail_id)


def _asked_later(store: Store, mail_id: int, exc: Exception) -> None:
    why = f"{type(exc).__name__}: {exc}"
    try:
        with store.transaction():
            tries = store.asked_rejection_tried(mail_id)
    except Exception:
        log.exception("mail %d: could not count the try", mail_id)
        return
    if tries >= ASK_TRIES:
        _asked_failed(store, mail_id, f"gave up after {tries} tries: {why}")
    else:
        log.warning("mail %d: not logged as a rejection yet (try %d): %s", mail_id, tries, why)


def _undrop(
    store: Store, cfg: Config, row: dict[str, Any], given: dict[str, str], now: datetime
) -> Added:
    """``add`` of a mail the owner dropped: the drop taken back. Listed again, back on its
    timeline, its discarded request restored (from now when its window has closed, as
    ``drafts restore``) or drafted if it never had one; the new correction, being newer,
    outweighs the drop's for this mail and its template (:func:`memory.recall`)."""
    rejection_id = int(row["rejection_id"])
    done = Added(int(row["id"]), rejection_id=rejection_id, undropped=True)
    with store.transaction():
        store.undrop_rejection(rejection_id, given)
        rej = store.get_rejection(rejection_id)
        done.company, done.role, done.stage = rej["company"], rej["role"], rej["stage"]
        done.application_id = store.reprove_rejection(rejection_id)
        if done.application_id is not None:
            applications.recompute(store, done.application_id)
        done.draft_id, done.window_from_now = _draft_again(store, cfg, rejection_id, now)
        if done.draft_id is None:
            done.no_draft_reason = rej["no_draft_reason"] or "its request went out already"
        done.correction_id = _remember(
            store,
            row,
            _as_message(rej),
            "rejection",
            given=given,
            rejection_id=rejection_id,
            company=rej["company"],
        )
    return done


def _draft_again(
    store: Store, cfg: Config, rejection_id: int, now: datetime
) -> tuple[int | None, bool]:
    """An undropped rejection's request: none when one went out, else its discarded draft
    restored, else a new one."""
    made = store.drafts_of_rejection(rejection_id)
    if any(d["status"] in SENT_LIKE or d["status"] == "pending" for d in made):
        return None, False
    for draft in made:
        if draft["status"] in ("discarded", "expired"):
            return int(draft["id"]), drafts.restore(store, cfg, int(draft["id"]), now=now)
    return _draft(store, cfg, Rejection.from_row(store.get_rejection(rejection_id)), now)


def _on_timeline(store: Store, msg: Message, rejection: Rejection) -> int | None:
    """A mail already on a timeline (an acknowledgement, say) becomes its rejection there."""
    if not msg.message_id:
        return None
    app = store.prove_rejection(msg.message_id, rejection.id, "rejected")
    if app is not None:
        applications.recompute(store, app)
    return app


def _draft(
    store: Store, cfg: Config, rejection: Rejection, now: datetime
) -> tuple[int | None, bool]:
    """The feedback request, from now when its window has passed: (draft, from now)."""
    arrived = datetime.fromisoformat(rejection.received_at) if rejection.received_at else now
    window = window_for(cfg, arrived, rejection.sender_utc_offset, rejection.reply_address)
    late = window.deadline <= now
    if late:  # as `drafts restore`: as if it had arrived min_delay_hours ago
        start = now - timedelta(hours=cfg.feedback.min_delay_hours)
        rejection = dataclasses.replace(rejection, received_at=iso(start))
    draft_id = drafts.make_draft(store, cfg, rejection, now=now)
    return draft_id, late and draft_id is not None


def _remember(
    store: Store,
    row: dict[str, Any],
    msg: Message,
    label: str,
    *,
    given: dict[str, str],
    rejection_id: int | None,
    company: str | None = None,
) -> int:
    return store.add_correction(
        {
            "message_row": row["id"],
            "message_id": msg.message_id,
            "label": label,
            "fields": given,
            "rejection_id": rejection_id,
            **memory.correction_fields(msg, company),
        }
    )


# ---------------------------------------------------------------- this was no rejection


def drop(store: Store, rejection_id: int) -> Dropped:
    """``rejections drop ID``: not a rejection; its unsent drafts discarded, for good (a
    sent one is left as it is: the request went out)."""
    rej = store.get_rejection(rejection_id)
    if rej["dropped_at"]:
        raise StateError(f"rejection {rejection_id} was dropped already ({rej['dropped_at']})")
    done = Dropped(rejection_id)
    for draft in store.drafts_of_rejection(rejection_id):
        if draft["status"] in SENT_LIKE:
            done.kept.append((int(draft["id"]), draft["status"]))
        elif draft["status"] != "discarded":
            done.discarded.append(int(draft["id"]))
    with store.transaction():
        for draft_id in done.discarded:
            drafts.discard(store, draft_id)
        store.drop_rejection(rejection_id)
        done.application_id = store.unprove_rejection(rejection_id)
        if done.application_id is not None:
            done.application_status = applications.recompute(store, done.application_id)
        msg = _as_message(rej)
        row = {"id": rej["message_row"]}
        done.correction_id = _remember(
            store,
            row,
            msg,
            "not_rejection",
            given={},
            rejection_id=rejection_id,
            company=rej["company"],
        )
    return done


def _as_message(rej: dict[str, Any]) -> Message:
    """The logged rejection as the memory reads a mail: sender, subject, text."""
    return Message(
        message_id=rej["message_id"],
        subject=rej["subject"] or "",
        from_name=rej["from_name"] or "",
        from_addr=rej["from_addr"] or "",
        text=rej["body"] or "",
    )
