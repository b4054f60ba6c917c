"""Threading values are cleaned once, when stored: no control bytes (issue 14 #6)."""

from __future__ import annotations

import json
from pathlib import Path

from agent import config as config_mod
from agent.delivery.mailsync import sync_with_mailbox
from agent.delivery.send import send_due
from agent.feedback.drafts import approve
from agent.ingest.scan import scan
from agent.mail.imap import connect
from agent.mail.parse import first_msgid, msgids, parse_bytes
from agent.store import SCHEMA_VERSION, open_store

from helpers import INTERVIEW_REJECTION, mail, seed_rejection, write_config

DIRTY_ID = "<rej\x0b42\x1b[0m@acme-robotics.com>"
CLEAN_ID = "<rej42[0m@acme-robotics.com>"


def _dirty_rejection() -> bytes:
    raw = mail("Your interview", INTERVIEW_REJECTION, msgid="<placeholder@acme-robotics.com>")
    raw = raw.replace(b"<placeholder@acme-robotics.com>", DIRTY_ID.encode())
    return raw.replace(b"Subject:", b"References: <a\x1b1@x.example> <b@x.example>\r\nSubject:", 1)


def test_message_ids_lose_their_control_bytes() -> None:
    assert first_msgid(DIRTY_ID) == CLEAN_ID
    assert msgids("<a\x001@x> <b\x7f@y>") == ("<a1@x>", "<b@y>")
    assert first_msgid("bare\x0bid@x") == "bareid@x"
    msg = parse_bytes(_dirty_rejection())
    assert msg.message_id == CLEAN_ID
    assert msg.references == ("<a1@x.example>", "<b@x.example>")


def test_a_rejection_with_control_bytes_in_its_message_id_can_be_answered(
    imap_account, smtp_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(_dirty_rejection())
    path = write_config(tmp_path, imap_account, smtp_server)
    path.write_text(path.read_text().replace("save_to_drafts_folder = false", "", 1))
    cfg = config_mod.load(path)
    with open_store(cfg.database.path) as store:
        assert scan(cfg, store).drafts == 1
        (draft,) = store.drafts()
        assert draft["in_reply_to"] == CLEAN_ID
        with connect(cfg) as client:  # the Drafts copy and the Sent search use the id
            sync_with_mailbox(client, cfg, store)
        approve(store, draft["id"], late=True)
        assert [r.outcome for r in send_due(cfg, store)] == ["sent"]
        with connect(cfg) as client:
            sync_with_mailbox(client, cfg, store)
        assert store.get_draft(draft["id"])["status"] == "sent"
    (captured,) = smtp_server.wait_for(1)
    assert captured.message["In-Reply-To"] == CLEAN_ID


def test_ids_stored_before_the_cleaning_are_cleaned_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.conn.execute("PRAGMA user_version = 6")  # before the fix (migration 7)
        refs = json.dumps(["<a\x1b1@x>"])
        rid = seed_rejection(store, 1, message_id=DIRTY_ID, references=refs)
        store.conn.execute(
            'INSERT INTO drafts (rejection_id, status, message_id, in_reply_to, "references")'
            " VALUES (?, 'approved', '<d@x>', ?, ?)",
            (rid, DIRTY_ID, f"<a\x1b1@x> {DIRTY_ID}"),
        )
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (draft,) = store.drafts()
        assert draft["in_reply_to"] == CLEAN_ID
        assert draft["references"] == f"<a1@x> {CLEAN_ID}"
        rejection = store.get_rejection(rid)
        assert rejection["message_id"] == CLEAN_ID
        assert json.loads(rejection["references"]) == ["<a1@x>"]
