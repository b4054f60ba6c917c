"""Approving in the user's own mail client, against a real Dovecot (issue 13, part 1).

Each test does what a mail client does over IMAP: it reads Rebound's copy from
Drafts, APPENDs it (same Message-ID) to Sent, flags the draft \\Deleted and EXPUNGEs
it — in either order, with a sync in between or not.
"""

from __future__ import annotations

import email
import email.policy
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.cli import main
from agent.delivery.mailsync import send_due_checked as send_due
from agent.delivery.mailsync import sync_with_mailbox
from agent.feedback.drafts import approve, discard, expire_overdue, make_draft, restore
from agent.ingest.pipeline import Outcome
from agent.ingest.scan import scan
from agent.mail.imap import connect
from agent.store import iso, now_utc, open_store

from helpers import mail, seed_rejection, write_config

REJECTION_ID = "<rej-client@acme.example>"


def setup(tmp_path: Path, account, smtp=None, grace: int = 30):  # type: ignore[no-untyped-def]
    path = write_config(tmp_path, account, smtp, feedback=f"deleted_draft_grace_minutes = {grace}")
    text = path.read_text().replace("save_to_drafts_folder = false", "save_to_drafts_folder = true")
    path.write_text(text)
    cfg = config_mod.load(path)
    store = open_store(cfg.database.path)
    arrived = now_utc() - timedelta(hours=1)
    rid = seed_rejection(store, 1, message_id=REJECTION_ID, received_at=arrived.isoformat())
    draft_id = make_draft(store, cfg, rid)
    assert draft_id
    with connect(cfg) as client:
        assert sync_with_mailbox(client, cfg, store).saved_to_drafts == [draft_id]
    return cfg, store, draft_id


def client_files_in_sent(account, raw: bytes | None = None) -> bytes:  # type: ignore[no-untyped-def]
    """The client sends the draft: the same message (same Message-ID) goes into Sent."""
    if raw is None:
        (raw,) = account.fetch_all("Drafts")
    with account.client() as c:
        c.append("Sent", raw, flags=(b"\\Seen",))
    return raw


def client_deletes_draft(account) -> None:  # type: ignore[no-untyped-def]
    with account.client() as c:
        c.select_folder("Drafts")
        c.add_flags(c.search("ALL"), [b"\\Deleted"])
        c.expunge()


def message_id(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"])


@pytest.mark.parametrize("status", ["pending", "approved", "expired", "failed", "discarded"])
def test_sent_from_the_client_is_sent_by_user(tmp_path, imap_account, status: str) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account)
    if status != "pending":
        store.set_draft_status(draft_id, status)
    raw = client_files_in_sent(imap_account)
    client_deletes_draft(imap_account)
    with connect(cfg) as client:
        report = sync_with_mailbox(client, cfg, store)
    draft = store.get_draft(draft_id)
    assert report.sent_by_user == [draft_id] and report.discarded == []
    assert draft["status"] == "sent_by_user"
    assert draft["user_message_id"] == draft["message_id"] == message_id(raw)


def test_approved_then_sent_from_the_client_is_never_sent_by_rebound(
    tmp_path,
    imap_account,
    smtp_server,  # type: ignore[no-untyped-def]
) -> None:
    cfg, store, draft_id = setup(tmp_path, imap_account, smtp_server)
    approve(store, draft_id)
    client_files_in_sent(imap_account)
    client_deletes_draft(imap_account)
    # `send` runs before any sync: its last look into Sent finds the draft itself.
    results = send_due(cfg, store)
    assert [r.outcome for r in results] == ["sent_by_user"]
    assert smtp_server.messages == []
    draft = store.get_draft(draft_id)
    assert draft["status"] == "sent_by_user" and draft["user_message_id"] == draft["message_id"]
    assert "sent" not in [e["action"] for e in store.events("draft", draft_id)]
    assert send_due(cfg, store) == []


def test_deleted_first_then_filed_in_sent_is_not_discarded(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    """A client that removes the draft before its copy reaches Sent: the grace period."""
    cfg, store, draft_id = setup(tmp_path, imap_account)
    (raw,) = imap_account.fetch_all("Drafts")
    client_deletes_draft(imap_account)
    with connect(cfg) as client:
        report = sync_with_mailbox(client, cfg, store)
        assert report.discarded == [] and store.get_draft(draft_id)["status"] == "pending"
        assert store.get_draft(draft_id)["missing_since"]
        client_files_in_sent(imap_account, raw)
        report = sync_with_mailbox(client, cfg, store, now=now_utc() + timedelta(hours=2))
    assert report.sent_by_user == [draft_id] and report.discarded == []
    assert store.get_draft(draft_id)["status"] == "sent_by_user"


def test_deleted_and_not_in_sent_is_discarded_after_the_grace_period(
    tmp_path,
    imap_account,  # type: ignore[no-untyped-def]
) -> None:
    cfg, store, draft_id = setup(tmp_path, imap_account, grace=30)
    client_deletes_draft(imap_account)
    start = now_utc()
    with connect(cfg) as client:
        assert sync_with_mailbox(client, cfg, store, now=start).discarded == []
        later = start + timedelta(minutes=29)
        assert sync_with_mailbox(client, cfg, store, now=later).discarded == []
        assert store.get_draft(draft_id)["status"] == "pending"
        report = sync_with_mailbox(client, cfg, store, now=start + timedelta(minutes=31))
    assert report.discarded == [draft_id]
    assert store.get_draft(draft_id)["status"] == "discarded"


def test_employer_reply_to_a_client_send_is_tracked(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account)
    client_files_in_sent(imap_account)
    client_deletes_draft(imap_account)
    with connect(cfg) as client:
        sync_with_mailbox(client, cfg, store)
    draft = store.get_draft(draft_id)
    reply = mail(
        "Re: Your interview",
        "Happy to help. Your system design answers were strong, but we needed more depth "
        "in stakeholder communication. Unfortunately we went with someone else.",
        sender="Jane Smith <jane@acme.example>",
        msgid="<feedback@acme.example>",
        headers={"In-Reply-To": draft["message_id"], "References": draft["message_id"]},
    )
    imap_account.append(reply)
    seen: list[Outcome] = []
    tally = scan(cfg, store, since=datetime.now(UTC) - timedelta(days=1), on_outcome=seen.append)
    assert [o.handled for o in seen if o.source.startswith("INBOX")] == ["feedback_reply"]
    assert tally.rejections == 0
    assert store.get_draft(draft_id)["status"] == "answered"
    (row,) = store.query("SELECT * FROM replies")
    assert row["draft_id"] == draft_id and "stakeholder" in row["excerpt"]


def test_reply_before_any_sync_proves_the_client_send(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    """The employer answered before Rebound looked into Sent: still tracked, not classified."""
    cfg, store, draft_id = setup(tmp_path, imap_account)
    draft = store.get_draft(draft_id)
    imap_account.append(
        mail(
            "Re: Your interview",
            "Unfortunately we don't give individual feedback, sorry.",
            sender="jane@acme.example",
            headers={"In-Reply-To": draft["message_id"]},
        )
    )
    seen: list[Outcome] = []
    scan(cfg, store, since=datetime.now(UTC) - timedelta(days=1), on_outcome=seen.append)
    assert [o.handled for o in seen if o.source.startswith("INBOX")] == ["feedback_reply"]
    statuses = [e["action"] for e in store.events("draft", draft_id)]
    assert statuses[-2:] == ["sent_by_user", "answered"]


def test_drafts_edit_replaces_the_copy_in_drafts(
    tmp_path, imap_account, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account)
    (before,) = imap_account.fetch_all("Drafts")
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('Hi Jane', 'Dear Jane'))\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.delenv("VISUAL", raising=False)
    assert main(["--config", cfg.source, "drafts", "edit", str(draft_id)]) == 0
    assert "copy in your Drafts folder has the new text" in capsys.readouterr().out
    (after,) = imap_account.fetch_all("Drafts")  # the old copy is gone: one left
    assert message_id(after) == message_id(before) == store.get_draft(draft_id)["message_id"]
    assert b"Dear Jane" in after and b"Hi Jane" in before
    with imap_account.client() as c:
        c.select_folder("Drafts", readonly=True)
        assert b"\\Draft" in next(iter(c.get_flags(c.search("ALL")).values()))
    draft = store.get_draft(draft_id)
    assert draft["imap_stale"] == 0 and draft["imap_uid"] == imap_account.uids("Drafts")[0]
    # Sending it from the client now sends the edited text; Rebound sees it was sent.
    client_files_in_sent(imap_account)
    client_deletes_draft(imap_account)
    with connect(cfg) as client:
        assert sync_with_mailbox(client, cfg, store).sent_by_user == [draft_id]
    (sent,) = imap_account.fetch_all("Sent")
    assert b"Dear Jane" in sent


def test_edit_while_offline_is_replaced_by_the_next_sync(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    from agent.feedback.drafts import edit

    cfg, store, draft_id = setup(tmp_path, imap_account)
    edit(store, draft_id, "Hello Jane,\n\nnew words\n")
    with connect(cfg) as client:
        assert sync_with_mailbox(client, cfg, store, dry_run=True).replaced_in_drafts == [draft_id]
        assert b"new words" not in imap_account.fetch_all("Drafts")[0]
        assert sync_with_mailbox(client, cfg, store).replaced_in_drafts == [draft_id]
        assert sync_with_mailbox(client, cfg, store).replaced_in_drafts == []
    (copy,) = imap_account.fetch_all("Drafts")
    assert b"new words" in copy


def test_restore_a_discarded_draft_saves_it_to_drafts_again(tmp_path, imap_account, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account)
    window = store.get_draft(draft_id)["deadline"]
    discard(store, draft_id)
    with connect(cfg) as client:
        sync_with_mailbox(client, cfg, store)
        assert imap_account.fetch_all("Drafts") == []
        assert main(["--config", cfg.source, "drafts", "restore", str(draft_id)]) == 0
        assert f"draft #{draft_id} pending again" in capsys.readouterr().out
        draft = store.get_draft(draft_id)
        assert draft["status"] == "pending" and draft["deadline"] == window  # still open
        assert sync_with_mailbox(client, cfg, store).saved_to_drafts == [draft_id]
    (copy,) = imap_account.fetch_all("Drafts")
    assert message_id(copy) == draft["message_id"]


def test_restore_an_expired_draft_opens_a_new_window(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account)
    later = now_utc() + timedelta(days=3)
    assert expire_overdue(store, now=later) == [draft_id]
    assert restore(store, cfg, draft_id, now=later) is True
    draft = store.get_draft(draft_id)
    assert draft["status"] == "pending"
    assert draft["send_after"] <= iso(later) < draft["deadline"]  # type: ignore[operator]
    approve(store, draft_id, now=later)  # no --late needed


def test_restore_refuses_a_pending_draft(tmp_path, imap_account, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg, _store, draft_id = setup(tmp_path, imap_account)
    assert main(["--config", cfg.source, "drafts", "restore", str(draft_id)]) == 1
    assert "only discarded or expired" in capsys.readouterr().err


def test_restore_dry_run_changes_nothing(tmp_path, imap_account, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg, store, draft_id = setup(tmp_path, imap_account)
    discard(store, draft_id)
    assert main(["--config", cfg.source, "drafts", "restore", str(draft_id), "--dry-run"]) == 0
    assert "would restore draft" in capsys.readouterr().err
    assert store.get_draft(draft_id)["status"] == "discarded"
