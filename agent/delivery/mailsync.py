"""Drafts and Sent on the IMAP server, kept in step with the drafts in the database.

The user may act in their own mail client instead of Rebound's CLI:

* the draft itself (same Message-ID) or any reply in the rejection's thread appears in
  Sent → the draft is ``sent_by_user`` from any state before ``sent``, and Rebound never
  sends it;
* Rebound's copy disappears from Drafts and no copy reaches Sent within
  ``feedback.deleted_draft_grace_minutes`` → the draft is ``discarded``;
* a draft edited in Rebound has its copy in Drafts replaced (same Message-ID);
* with ``feedback.save_to_drafts_folder`` every pending draft is APPENDed to Drafts
  (flagged ``\\Draft``, threaded) so it can be reviewed and sent from the client.

Every change goes through the status-guarded state machine in the store, so a
``send`` running at the same moment cannot be contradicted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

import imapclient

from agent.config import Config
from agent.delivery.send import SendResult, send_due
from agent.errors import MailboxError, ReboundError
from agent.feedback.compose import build_message
from agent.mail import folders
from agent.mail import imap as mailbox
from agent.store import (
    BEFORE_SENT_STATUSES,
    DONE_DRAFT_STATUSES,
    OPEN_DRAFT_STATUSES,
    Store,
    iso,
    now_utc,
    parse_iso,
)

log = logging.getLogger(__name__)

SENT_INDEX_DAYS = 90  # on the first look, how far back Sent is read


@dataclass
class SyncReport:
    """What one :func:`sync_with_mailbox` pass changed (or would change, in a dry run)."""

    indexed: int = 0
    sent_by_user: list[int] = field(default_factory=list)
    confirmed_sent: list[int] = field(default_factory=list)
    discarded: list[int] = field(default_factory=list)
    saved_to_drafts: list[int] = field(default_factory=list)
    removed_from_drafts: list[int] = field(default_factory=list)
    filed_in_sent: list[int] = field(default_factory=list)
    replaced_in_drafts: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.indexed} sent mails read, {len(self.sent_by_user)} sent by you, "
            f"{len(self.discarded)} deleted from Drafts, {len(self.saved_to_drafts)} saved to "
            f"Drafts, {len(self.replaced_in_drafts)} edited copies replaced, "
            f"{len(self.removed_from_drafts)} removed from Drafts"
        )


class MailSession:
    """A lazily opened IMAP session plus the Drafts/Sent folder names it found."""

    def __init__(self, cfg: Config, client: imapclient.IMAPClient | None = None) -> None:
        self.cfg = cfg
        self._client = client
        self._own = client is None
        self._folders: dict[bytes, str | None] = {}

    @property
    def client(self) -> imapclient.IMAPClient:
        if self._client is None:
            self._client = mailbox.connect(self.cfg)
        return self._client

    def close(self) -> None:
        if self._own and self._client is not None:
            mailbox.quiet_logout(self._client)
            self._client = None

    def folder(self, special: bytes) -> str | None:
        if special not in self._folders:
            configured = (
                self.cfg.imap.sent_folder
                if special == folders.SENT
                else self.cfg.imap.drafts_folder
            )
            self._folders[special] = folders.find_folder(self.client, special, configured)
        return self._folders[special]

    # ---------------------------------------------------------------- send's hooks

    def already_sent(self, draft: dict[str, Any]) -> str | None:
        """The Message-ID of a mail in Sent that is this draft or a reply in its thread."""
        sent = self.folder(folders.SENT)
        if sent is None:
            log.debug("no Sent folder found; cannot look for a reply sent by hand")
            return None
        try:
            self.client.select_folder(sent, readonly=True)
        except Exception as exc:  # imapclient raises several types here
            raise MailboxError(f"cannot open {sent!r}: {exc}") from None
        uids = folders.search_thread(self.client, draft["message_id"], draft.get("in_reply_to"))
        found = None
        for info in folders.headers(self.client, uids):
            if info.message_id == draft["message_id"]:
                return info.message_id
            thread = draft.get("in_reply_to")
            if thread and (info.in_reply_to == thread or thread in info.references):
                found = info.message_id or f"<uid {info.uid} in {sent}>"
        return found

    def file_sent(self, store: Store, draft_id: int, msg: EmailMessage) -> None:
        """After a send: a copy in Sent (unless the server files it) and none left in Drafts."""
        message_id = str(msg["Message-ID"])
        if self.cfg.imap.save_sent_copy:
            sent = self.folder(folders.SENT)
            if sent is not None:
                self.client.select_folder(sent, readonly=True)
                if not folders.search_thread(self.client, message_id, None):
                    folders.append(self.client, sent, bytes(msg), (folders.SEEN_FLAG,))
                store.note_draft(draft_id, "filed_in_sent", sent_copy=1)
        self.remove_from_drafts(store, draft_id, message_id)

    def remove_from_drafts(self, store: Store, draft_id: int, message_id: str) -> None:
        drafts = self.folder(folders.DRAFTS)
        if drafts is not None:
            folders.delete_message_id(self.client, drafts, message_id)
        if store.get_draft(draft_id).get("imap_uid") is not None:
            store.note_draft(draft_id, "removed_from_drafts", imap_uid=None)


@contextmanager
def sent_folder(cfg: Config) -> Iterator[MailSession | None]:
    """The Sent folder for :func:`agent.delivery.send.send_due`, when an IMAP account is set.

    The session is opened only when the first draft is checked, and logged out here.
    """
    if not cfg.imap.host:
        yield None
        return
    session = MailSession(cfg)
    try:
        yield session
    finally:
        session.close()


def send_due_checked(
    cfg: Config, store: Store, *, now: datetime | None = None, dry_run: bool = False
) -> list[SendResult]:
    """Send what is due, each draft checked against Sent first (``rebound send``, the daemon)."""
    with sent_folder(cfg) as sent:
        return send_due(cfg, store, now=now, dry_run=dry_run, sent=sent)


def index_sent(session: MailSession, store: Store, now: datetime) -> int:
    """Record the threading headers of new mail in Sent; how many were new."""
    sent = session.folder(folders.SENT)
    if sent is None:
        return 0
    client = session.client
    try:
        info = client.select_folder(sent, readonly=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        mark = store.get_meta(f"sent_index:{sent}")
        last_uid = 0
        if mark and mark.split(":")[0] == str(uidvalidity):
            last_uid = int(mark.split(":")[1])
            uids = [u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        else:
            uids = list(client.search(["SINCE", (now - timedelta(days=SENT_INDEX_DAYS)).date()]))
    except MailboxError:
        raise
    except Exception as exc:
        raise MailboxError(f"cannot read {sent!r}: {exc}") from None
    new = 0
    with store.transaction():
        for start in range(0, len(uids), 500):
            for h in folders.headers(client, sorted(uids)[start : start + 500]):
                if h.message_id and store.add_own_message(
                    h.message_id, h.in_reply_to, " ".join(h.references), iso(h.date)
                ):
                    new += 1
        if uids:
            last_uid = max(last_uid, *uids)
        store.set_meta(f"sent_index:{sent}", f"{uidvalidity}:{last_uid}")
    return new


def sync_with_mailbox(
    client: imapclient.IMAPClient,
    cfg: Config,
    store: Store,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
) -> SyncReport:
    """Bring the drafts in the database and the Drafts/Sent folders into agreement."""
    now = now or now_utc()
    session = MailSession(cfg, client)
    report = SyncReport()
    if not dry_run:
        report.indexed = index_sent(session, store, now)
    _detect_user_sends(session, store, report, dry_run)
    _detect_deleted_drafts(session, store, report, dry_run, now)
    _replace_edited(session, store, report, dry_run)
    _tidy_drafts_folder(session, store, report, dry_run)
    _file_sent_copies(session, store, report, dry_run)
    if cfg.feedback.save_to_drafts_folder:
        _save_pending(session, store, report, dry_run, now)
    log.debug("mailbox sync: %s", report.summary())
    return report


def _detect_user_sends(
    session: MailSession, store: Store, report: SyncReport, dry_run: bool
) -> None:
    """A copy of the draft (same Message-ID) or any reply in the rejection's thread in Sent:
    the user sent it themselves, whatever Rebound's state said (even discarded)."""
    for draft in store.drafts_in(BEFORE_SENT_STATUSES):
        mine = session.already_sent(draft) if dry_run else _own_send(store, draft)
        if mine is None:
            continue
        # Rebound's own interrupted send that did go out; any other copy is the user's
        interrupted = draft["status"] == "uncertain" and mine == draft["message_id"]
        status = "sent" if interrupted else "sent_by_user"
        if dry_run:
            log.info("would mark draft %d %s (found %s in Sent)", draft["id"], status, mine)
            (report.confirmed_sent if status == "sent" else report.sent_by_user).append(draft["id"])
            continue
        if store.set_draft_status(
            draft["id"],
            status,
            expect=draft["status"],
            user_message_id=None if status == "sent" else mine,
            missing_since=None,
        ):
            log.info("draft %d: %s found in Sent; now %s", draft["id"], mine, status)
            (report.confirmed_sent if status == "sent" else report.sent_by_user).append(draft["id"])


def _own_send(store: Store, draft: dict[str, Any]) -> str | None:
    """From the index of Sent: the draft itself, else the user's reply in its thread."""
    if store.is_own_message(draft["message_id"]):
        return str(draft["message_id"])
    if draft.get("in_reply_to"):
        own = store.own_reply_in_thread(draft["in_reply_to"])
        return str(own["message_id"]) if own else None
    return None


def _detect_deleted_drafts(
    session: MailSession, store: Store, report: SyncReport, dry_run: bool, now: datetime
) -> None:
    """A copy gone from Drafts is discarded only after the grace period, if it has not
    shown up in Sent meanwhile (a client may delete the draft before filing the send)."""
    candidates = store.drafts_copied_to_folder(("pending", "approved", "expired"))
    if not candidates:
        return
    drafts_folder = session.folder(folders.DRAFTS)
    if drafts_folder is None:
        return
    client = session.client
    client.select_folder(drafts_folder, readonly=True)
    grace = timedelta(minutes=session.cfg.feedback.deleted_draft_grace_minutes)
    for draft in candidates:
        if _still_in_drafts(client, draft):
            if draft.get("missing_since") and not dry_run:
                store.note_draft(draft["id"], "back_in_drafts", missing_since=None)
            continue
        since = parse_iso(draft.get("missing_since"))
        if since is None:
            since = now
            if not dry_run:
                store.note_draft(draft["id"], "missing_from_drafts", missing_since=iso(now))
            log.info(
                "draft %d: its copy is gone from %s; discarded in %g minutes unless it shows "
                "up in Sent",
                draft["id"],
                drafts_folder,
                session.cfg.feedback.deleted_draft_grace_minutes,
            )
        if now - since < grace:
            continue
        if dry_run:
            log.info("would discard draft %d: its copy was deleted from Drafts", draft["id"])
            report.discarded.append(draft["id"])
            continue
        if store.set_draft_status(
            draft["id"], "discarded", expect=draft["status"], imap_uid=None, missing_since=None
        ):
            log.info(
                "draft %d: deleted from %s by you and not in Sent; discarded",
                draft["id"],
                drafts_folder,
            )
            report.discarded.append(draft["id"])


def _still_in_drafts(client: imapclient.IMAPClient, draft: dict[str, Any]) -> bool:
    if folders.search_thread(client, draft["message_id"], None):
        return True
    # A client that saved an edited copy under a new Message-ID keeps the thread.
    return bool(
        draft.get("in_reply_to") and folders.search_thread(client, None, draft["in_reply_to"])
    )


def _replace_edited(session: MailSession, store: Store, report: SyncReport, dry_run: bool) -> None:
    """A draft edited in Rebound: its copy in Drafts is replaced (APPEND the new text, then
    delete the old copy; the Message-ID stays), so a send from the client sends the edit."""
    stale = [d for d in store.drafts_copied_to_folder(OPEN_DRAFT_STATUSES) if d["imap_stale"]]
    if not stale:
        return
    drafts_folder = session.folder(folders.DRAFTS)
    if drafts_folder is None:
        return
    client = session.client
    for draft in stale:
        if dry_run:
            log.info(
                "would replace draft %d's copy in %s with the edited text",
                draft["id"],
                drafts_folder,
            )
            report.replaced_in_drafts.append(draft["id"])
            continue
        client.select_folder(drafts_folder, readonly=True)
        old = folders.search_thread(client, draft["message_id"], None)
        raw = bytes(build_message(session.cfg, draft))
        uid = folders.append(
            client, drafts_folder, raw, (folders.DRAFT_FLAG, folders.SEEN_FLAG), draft["message_id"]
        )
        gone = [u for u in old if u != uid]
        if gone:
            folders.delete_uids(client, drafts_folder, gone)
        store.note_draft(
            draft["id"], "replaced_in_drafts", imap_uid=uid if uid is not None else 0, imap_stale=0
        )
        log.info("draft %d: the copy in %s now has the edited text", draft["id"], drafts_folder)
        report.replaced_in_drafts.append(draft["id"])


def replace_edited_copies(client: imapclient.IMAPClient, cfg: Config, store: Store) -> list[int]:
    """Right after ``drafts edit``: replace the edited drafts' copies in Drafts now."""
    report = SyncReport()
    _replace_edited(MailSession(cfg, client), store, report, dry_run=False)
    return report.replaced_in_drafts


def _tidy_drafts_folder(
    session: MailSession, store: Store, report: SyncReport, dry_run: bool
) -> None:
    """Rebound's copies of drafts that are done (sent, discarded…) leave Drafts."""
    for draft in store.drafts_copied_to_folder(DONE_DRAFT_STATUSES):
        if dry_run:
            log.info("would delete draft %d's copy from Drafts", draft["id"])
        else:
            session.remove_from_drafts(store, draft["id"], draft["message_id"])
        report.removed_from_drafts.append(draft["id"])


def _file_sent_copies(
    session: MailSession, store: Store, report: SyncReport, dry_run: bool
) -> None:
    """A send whose filing in Sent was interrupted gets its copy now."""
    if not session.cfg.imap.save_sent_copy:
        return
    for draft in store.sent_drafts_without_copy():
        if dry_run:
            log.info("would file draft %d in Sent", draft["id"])
        else:
            msg = build_message(session.cfg, draft, date=parse_iso(draft["sent_at"]))
            session.file_sent(store, draft["id"], msg)
        report.filed_in_sent.append(draft["id"])


def _save_pending(
    session: MailSession, store: Store, report: SyncReport, dry_run: bool, now: datetime
) -> None:
    cfg = session.cfg
    pending = store.drafts_to_copy_to_folder(iso(now) or "")
    if not pending:
        return
    drafts_folder = session.folder(folders.DRAFTS)
    if drafts_folder is None:
        log.warning(
            "no Drafts folder (SPECIAL-USE \\Drafts or imap.drafts_folder = %r); drafts stay in "
            "Rebound only",
            cfg.imap.drafts_folder,
        )
        return
    client = session.client
    for draft in pending:
        if dry_run:
            log.info("would save draft %d to %s", draft["id"], drafts_folder)
            report.saved_to_drafts.append(draft["id"])
            continue
        try:
            client.select_folder(drafts_folder, readonly=True)
            existing = folders.search_thread(client, draft["message_id"], None)
            if existing:  # appended before, but the UID was never recorded
                uid: int | None = existing[-1]
            else:
                raw = bytes(build_message(cfg, draft))
                uid = folders.append(
                    client,
                    drafts_folder,
                    raw,
                    (folders.DRAFT_FLAG, folders.SEEN_FLAG),
                    draft["message_id"],
                )
        except ReboundError as exc:
            log.warning("draft %d: cannot save it to %s: %s", draft["id"], drafts_folder, exc)
            continue
        store.note_draft(
            draft["id"],
            "saved_to_drafts",
            imap_folder=drafts_folder,
            imap_uid=uid if uid is not None else 0,
        )
        report.saved_to_drafts.append(draft["id"])
