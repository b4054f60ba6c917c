"""Drafts and Sent on a real Dovecot: the user's mail client as an approval path.

save_to_drafts_folder APPENDs pending drafts (\\Draft, threaded); deleting one there
discards it; a reply in the thread in Sent makes it sent_by_user; `send` looks into
Sent once more before sending, then files its copy in Sent and clears Drafts.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.delivery.mailsync import send_due_checked as send_due
from agent.delivery.mailsync import sync_with_mailbox
from agent.feedback.compose import build_message
from agent.feedback.drafts import approve, expire_overdue, make_draft
from agent.mail.imap import connect
from agent.store import open_store

from helpers import mail, seed_rejection, write_config

REJECTION_ID = "<rej-1@acme.example>"
ARRIVED = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)  # window open now


def setup(tmp_path: Path, account, smtp, **feedback: str):  # type: ignore[no-untyped-def]
    extra = "\n".join(f"{k} = {v}" for k, v in feedback.items())
    path = write_config(tmp_path, account, smtp, feedback=extra)
    text = path.read_text().replace("save_to_drafts_folder = false\n", "", 1)
    if "save_to_drafts_folder" not in extra:
        text = text.replace("[feedback]", "[feedback]\nsave_to_drafts_folder = true", 1)
    path.write_text(text)
    cfg = config_mod.load(path)
    store = open_store(cfg.database.path)
    rid = seed_rejection(
        store,
        1,
        message_id=REJECTION_ID,
        received_at=ARRIVED.isoformat(),
        subject="Your interview\r\nBcc: victim@evil.example",
    )
    draft_id = make_draft(store, cfg, rid)
    assert draft_id
    return cfg, store, draft_id


def parsed(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_pending_draft_is_saved_to_drafts_threaded_and_flagged(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account, None)
    with connect(cfg) as client:
        report = sync_with_mailbox(client, cfg, store, dry_run=True)
        assert report.saved_to_drafts == [draft_id]
        assert imap_account.fetch_all("Drafts") == []  # the dry run changed nothing
        report = sync_with_mailbox(client, cfg, store)
        assert report.saved_to_drafts == [draft_id]
        sync_with_mailbox(client, cfg, store)  # idempotent: not appended twice
        client.select_folder("Drafts", readonly=True)
        flags = client.get_flags(client.search("ALL"))
    (raw,) = imap_account.fetch_all("Drafts")
    msg = parsed(raw)
    draft = store.get_draft(draft_id)
    assert msg["Message-ID"] == draft["message_id"]
    assert msg["In-Reply-To"] == REJECTION_ID
    assert msg["Subject"] == "Re: Your interview Bcc: victim@evil.example"
    assert "Bcc" not in msg and msg["To"] == "jane@acme.example"
    assert b"\\Draft" in next(iter(flags.values()))
    assert draft["imap_uid"]


def test_deleting_the_copy_in_drafts_discards(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account, None)
    with connect(cfg) as client:
        sync_with_mailbox(client, cfg, store)
        client.select_folder("Drafts")
        client.delete_messages(client.search("ALL"))
        client.expunge()
        assert sync_with_mailbox(client, cfg, store).discarded == []  # grace period
        later = datetime.now(UTC) + timedelta(minutes=31)
        report = sync_with_mailbox(client, cfg, store, now=later)
    assert report.discarded == [draft_id]
    assert store.get_draft(draft_id)["status"] == "discarded"
    assert [e["action"] for e in store.events("draft", draft_id)][-1] == "discarded"


def test_reply_in_sent_makes_it_sent_by_user_and_rebound_never_sends(
    tmp_path,
    imap_account,
    smtp_server,  # type: ignore[no-untyped-def]
) -> None:
    cfg, store, draft_id = setup(tmp_path, imap_account, smtp_server)
    approve(store, draft_id, late=True)
    # The user answered from their phone: a new message in the thread, new Message-ID.
    imap_account.append(
        mail(
            "Re: Your interview",
            "Thanks Jane, could you share any feedback?",
            sender="Alex Doe <alex.doe@example.com>",
            to="jane@acme.example",
            msgid="<by-hand@example.com>",
            headers={"In-Reply-To": REJECTION_ID, "References": REJECTION_ID},
        ),
        folder="Sent",
    )
    # `send` looks into Sent right before sending, even without a sync in between.
    results = send_due(cfg, store)
    assert [r.outcome for r in results] == ["sent_by_user"]
    assert smtp_server.messages == []
    d = store.get_draft(draft_id)
    assert d["status"] == "sent_by_user" and d["user_message_id"] == "<by-hand@example.com>"


def test_sync_finds_user_send_for_pending_draft(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account, None)
    with connect(cfg) as client:
        sync_with_mailbox(client, cfg, store)  # the copy goes to Drafts
        imap_account.append(
            mail(
                "Re: Your interview",
                "my own words",
                sender="alex.doe@example.com",
                msgid="<mine@example.com>",
                headers={"In-Reply-To": REJECTION_ID},
            ),
            folder="Sent",
        )
        report = sync_with_mailbox(client, cfg, store)
    assert report.sent_by_user == [draft_id]
    assert store.get_draft(draft_id)["status"] == "sent_by_user"
    # Rebound's now useless copy leaves Drafts.
    assert imap_account.fetch_all("Drafts") == []


def test_after_sending_a_copy_is_in_sent_and_none_in_drafts(
    tmp_path,
    imap_account,
    smtp_server,  # type: ignore[no-untyped-def]
) -> None:
    cfg, store, draft_id = setup(tmp_path, imap_account, smtp_server)
    with connect(cfg) as client:
        sync_with_mailbox(client, cfg, store)
    assert len(imap_account.fetch_all("Drafts")) == 1
    approve(store, draft_id, late=True)
    assert [r.outcome for r in send_due(cfg, store)] == ["sent"]
    (captured,) = smtp_server.wait_for(1)
    assert captured.rcpt_tos == ["jane@acme.example"]
    assert "Bcc" not in captured.message
    assert imap_account.fetch_all("Drafts") == []
    (copy,) = imap_account.fetch_all("Sent")
    assert parsed(copy)["Message-ID"] == store.get_draft(draft_id)["message_id"]
    assert store.get_draft(draft_id)["sent_copy"] == 1
    # A later sync neither files it twice nor touches the sent draft.
    with connect(cfg) as client:
        sync_with_mailbox(client, cfg, store)
    assert len(imap_account.fetch_all("Sent")) == 1
    assert store.get_draft(draft_id)["status"] == "sent"


def test_server_that_files_sent_mail_itself(tmp_path, imap_account, smtp_server) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account, smtp_server)
    path = Path(cfg.source)
    path.write_text(path.read_text().replace("[imap]", "[imap]\nsave_sent_copy = false", 1))
    cfg = config_mod.load(path)
    approve(store, draft_id, late=True)
    send_due(cfg, store)
    smtp_server.wait_for(1)
    assert imap_account.fetch_all("Sent") == []


def test_uncertain_draft_found_in_sent_is_sent(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    """Like Gmail, the server filed the interrupted send in Sent: now it is known."""
    cfg, store, draft_id = setup(tmp_path, imap_account, None, save_to_drafts_folder="false")
    approve(store, draft_id, late=True)
    assert store.set_draft_status(draft_id, "sending", expect="approved", phase="smtp")
    assert store.set_draft_status(draft_id, "uncertain", expect="sending")
    imap_account.append(bytes(build_message(cfg, store.get_draft(draft_id))), folder="Sent")
    with connect(cfg) as client:
        report = sync_with_mailbox(client, cfg, store)
    assert report.confirmed_sent == [draft_id]
    assert store.get_draft(draft_id)["status"] == "sent"


def test_already_replied_before_the_draft_means_no_draft(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, _ = setup(tmp_path, imap_account, None)
    imap_account.append(
        mail(
            "Re: Second rejection",
            "thanks",
            sender="alex.doe@example.com",
            msgid="<early@example.com>",
            headers={"In-Reply-To": "<rej-2@acme.example>"},
        ),
        folder="Sent",
    )
    with connect(cfg) as client:
        sync_with_mailbox(client, cfg, store)
    rid = seed_rejection(
        store,
        2,
        message_id="<rej-2@acme.example>",
        reply_address="bob@acme.example",
        received_at=ARRIVED.isoformat(),
    )
    assert make_draft(store, cfg, rid) is None
    assert "already replied" in store.get_rejection(rid)["no_draft_reason"]


@pytest.mark.parametrize("status", ["pending", "approved"])
def test_expire_overdue(tmp_path, status: str) -> None:  # type: ignore[no-untyped-def]
    _cfg, store, draft_id = setup(tmp_path, None, None)
    if status == "approved":
        approve(store, draft_id)
    assert expire_overdue(store, ARRIVED + timedelta(hours=47)) == []
    assert expire_overdue(store, ARRIVED + timedelta(hours=49)) == [draft_id]
    assert store.get_draft(draft_id)["status"] == "expired"
    assert expire_overdue(store, ARRIVED + timedelta(hours=50)) == []
    assert [e["action"] for e in store.events("draft", draft_id)].count("expired") == 1
