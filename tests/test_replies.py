"""Replies, on real Dovecot + aiosmtpd: employers answering a sent request, and the owner
approving drafts by replying to the digest."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent import config as config_mod
from agent.cli import main
from agent.digest.digest import send_digest
from agent.feedback.drafts import make_draft
from agent.store import Store, open_store

from helpers import OWNER, mail, recently, seed_rejection, write_config

_NOW = datetime.now(UTC).replace(microsecond=0)
# An hour ago, but inside today in the owner's time zone: the digest's funnel counts from
# the start of the week and the month.
ARRIVED = _NOW - recently(_NOW, ZoneInfo("Europe/London"))


def seed(store: Store, cfg: config_mod.Config, n: int) -> list[int]:
    ids = []
    for i in range(n):
        rid = seed_rejection(
            store,
            i + 1,
            folder="seed",
            message_id=f"<rej{i}@corp{i}.example>",
            received_at=ARRIVED.isoformat(),
            subject=f"Your application {i}",
            company=f"Corp {i}",
            role="Analyst",
            contact_name="Pat Lee",
            reply_address=f"pat@corp{i}.example",
        )
        draft_id = make_draft(store, cfg, rid)
        assert draft_id
        ids.append(draft_id)
    return ids


@pytest.fixture
def world(tmp_path: Path, imap_account, smtp_server):  # type: ignore[no-untyped-def]
    path = write_config(tmp_path, imap_account, smtp_server)
    cfg = config_mod.load(path)
    store = open_store(cfg.database.path)
    yield path, cfg, store, imap_account, smtp_server
    store.close()


def scan(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--config", str(path), "scan"]) == 0
    return capsys.readouterr().out


def digest_token(smtp_server, index: int = 0) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    msg = smtp_server.wait_for(index + 1)[index].message
    text = msg.get_body(("plain",)).get_content()
    token = re.search(r"Rebound code: (RB-\S+)", text)
    assert token, text
    return token.group(1), msg["Message-ID"]


def owner_reply(commands: str, token: str, digest_id: str, sender: str = OWNER) -> bytes:
    quoted = "\n".join(
        f"> {line}" for line in ["Rebound: 3 drafts to approve", "", f"  Rebound code: {token}"]
    )
    body = f"{commands}\n\nOn Mon, 23 Nov 2026 at 08:00, Rebound <{OWNER}> wrote:\n{quoted}\n"
    return mail(
        "Re: Rebound: 3 drafts to approve",
        body,
        sender=sender,
        to=OWNER,
        date=datetime.now(UTC),
        headers={"In-Reply-To": digest_id, "References": digest_id},
    )


def test_approve_by_reply_accepted_and_confirmed(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    a, b, c = seed(store, cfg, 3)
    assert send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp)
    account.append(owner_reply(f"approve {a}\ndiscard #{b}\nplease hurry", token, digest_id))
    scan(path, capsys)
    assert store.get_draft(a)["status"] == "approved"
    assert store.get_draft(b)["status"] == "discarded"
    assert store.get_draft(c)["status"] == "pending"
    confirmation = smtp.wait_for(2)[1].message
    assert confirmation["To"] == OWNER
    assert confirmation["In-Reply-To"]
    body = confirmation.get_content()
    assert f"approved #{a} Corp 0" in body and f"discarded #{b} Corp 1" in body
    assert "Not understood" in body and "please hurry" in body
    assert token not in body
    # The same reply seen again (another folder, a rescan) does nothing more.
    account.append(owner_reply(f"approve {c}", token, digest_id), folder="Sent")
    assert store.get_draft(c)["status"] == "pending"


def test_approve_all_only_what_that_digest_listed(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    listed = seed(store, cfg, 2)
    send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp)
    rid = seed_rejection(
        store,
        9,
        folder="seed-late",
        message_id="<late@x.example>",
        received_at=ARRIVED.isoformat(),
        reply_address="x@x.example",
    )
    newer = make_draft(store, cfg, rid)
    account.append(owner_reply("approve all", token, digest_id))
    scan(path, capsys)
    assert [store.get_draft(i)["status"] for i in listed] == ["approved", "approved"]
    assert newer and store.get_draft(newer)["status"] == "pending"  # not in that digest


@pytest.mark.parametrize("case", ["wrong_sender", "wrong_token", "old_token", "no_token"])
def test_forged_or_stale_reply_does_nothing_but_log(world, capsys, caplog, case: str) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    (draft_id,) = seed(store, cfg, 1)
    send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp)
    sender = OWNER
    if case == "wrong_sender":
        sender = "Mallory <alex.doe@example.com.evil.example>"
    elif case == "wrong_token":
        token = "RB-" + "A" * 32
    elif case == "old_token":
        # two newer digests since: the first code is no longer accepted
        send_digest(cfg, store, force=True)
        send_digest(cfg, store, force=True)
        smtp.wait_for(3)
    raw = owner_reply(f"approve {draft_id}", token, digest_id, sender=sender)
    if case == "no_token":
        raw = raw.replace(token.encode(), b"")
    account.append(raw)
    sent_before = len(smtp.messages)
    scan(path, capsys)
    assert store.get_draft(draft_id)["status"] == "pending"
    assert len(smtp.messages) == sent_before  # no confirmation, nothing
    assert len(store.query("SELECT 1 FROM rejections")) == 1  # the seed: no new rejection


def test_token_too_old_by_age(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    (draft_id,) = seed(store, cfg, 1)
    send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp)
    with store.transaction():
        store.conn.execute(
            "UPDATE digests SET created_at = ?", ((ARRIVED - timedelta(days=3)).isoformat(),)
        )
    account.append(owner_reply(f"approve {draft_id}", token, digest_id))
    scan(path, capsys)
    assert store.get_draft(draft_id)["status"] == "pending"


def test_unknown_commands_are_reported(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    (draft_id,) = seed(store, cfg, 1)
    send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp)
    account.append(owner_reply("send everything now\napprove 999\napprove", token, digest_id))
    scan(path, capsys)
    body = smtp.wait_for(2)[1].message.get_content()
    assert "send everything now" in body
    assert "#999: not in the digest you replied to" in body  # only its drafts, and no such one
    assert store.get_draft(draft_id)["status"] == "pending"
    assert smtp.wait_for(2)[1].message["Subject"] == "Rebound: nothing changed"


def test_approve_late_for_expired_by_reply(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    (draft_id,) = seed(store, cfg, 1)
    assert store.set_draft_status(draft_id, "expired", expect="pending")
    send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp)
    account.append(owner_reply(f"approve {draft_id}\napprove {draft_id} late", token, digest_id))
    scan(path, capsys)
    d = store.get_draft(draft_id)
    assert d["status"] == "approved" and d["allow_late"] == 1
    body = smtp.wait_for(2)[1].message.get_content()
    assert f"approve {draft_id} late" in body  # the first line was refused, saying how


# ---------------------------------------------------------------- employer replies


def sent_draft(store: Store, cfg: config_mod.Config) -> dict:  # type: ignore[type-arg]
    (draft_id,) = seed(store, cfg, 1)
    store.set_draft_status(draft_id, "approved", expect="pending")
    store.set_draft_status(draft_id, "sending", expect="approved")
    store.set_draft_status(draft_id, "sent", expect="sending", sent_at=ARRIVED.isoformat())
    return store.get_draft(draft_id)


def test_employer_reply_is_recorded_and_not_classified(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, _smtp = world
    draft = sent_draft(store, cfg)
    account.append(
        mail(
            f"Re: {draft['subject']}",
            "Hi Alex,\n\nUnfortunately we cannot share detailed feedback, but the other "
            "candidates had more years of experience with SQL at scale and the system design "
            "round was the deciding factor.\n\nBest,\nPat\n\n> quoted original request",
            sender="Pat Lee <pat@corp0.example>",
            headers={"In-Reply-To": draft["message_id"], "References": draft["message_id"]},
            date=ARRIVED,  # this month, for the digest's reply rate
        )
    )
    account.append(
        mail(
            "Automatic reply: out of office",
            "I am out of the office until Monday.",
            sender="pat@corp0.example",
            headers={"In-Reply-To": draft["message_id"], "Auto-Submitted": "auto-replied"},
        )
    )
    scan(path, capsys)
    assert store.get_draft(draft["id"])["status"] == "answered"
    (reply,) = store.query("SELECT * FROM replies")
    assert reply["from_addr"] == "pat@corp0.example"
    assert "system design" in reply["excerpt"] and "quoted original" not in reply["excerpt"]
    assert "experience level" in reply["themes"] and "technical depth" in reply["themes"]
    assert not store.query("SELECT 1 FROM rejections WHERE message_id LIKE '%test.example%'")
    # The digest shows it, with its excerpt and the themes in the tally.
    assert main(["--config", str(path), "digest", "--preview"]) == 0
    out = capsys.readouterr().out
    assert "REPLIES FROM EMPLOYERS (1)" in out and "system design" in out
    assert re.search(r"reply rate +100% +100%", out) and "experience level (1 company)" in out


def test_reply_to_a_draft_the_user_sent_by_hand(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, _smtp = world
    (draft_id,) = seed(store, cfg, 1)
    store.set_draft_status(
        draft_id, "sent_by_user", expect="pending", user_message_id="<mine@example.com>"
    )
    account.append(
        mail(
            "Re: feedback",
            "Sure, happy to help: work on your communication.",
            sender="pat@corp0.example",
            headers={"In-Reply-To": "<mine@example.com>"},
            date=datetime.now(UTC),
        )
    )
    scan(path, capsys)
    assert store.get_draft(draft_id)["status"] == "answered"


def test_owner_mail_in_thread_seen_by_scan_is_sent_by_user(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, _smtp = world
    (draft_id,) = seed(store, cfg, 1)
    account.append(
        mail(
            "Re: Your application 0",
            "Thanks! Any feedback?",
            sender=OWNER,
            headers={"In-Reply-To": "<rej0@corp0.example>"},
        )
    )
    scan(path, capsys)
    assert store.get_draft(draft_id)["status"] == "sent_by_user"


def test_the_daemon_sends_the_confirmation_at_its_tick(tmp_path, imap_account, smtp_server) -> None:  # type: ignore[no-untyped-def]
    """The ingest step sends nothing: under `rebound run` the watcher obeys the reply and
    queues the confirmation, the main thread's tick sends it."""
    from test_daemon import RunningDaemon, fast_config, wait_until

    path = fast_config(tmp_path, imap_account, smtp_server)
    path.write_text(path.read_text() + '\n[daemon]\ntick_seconds = 1\n\n[digest]\ntime = "23:59"\n')
    cfg = config_mod.load(path)
    with open_store(cfg.database.path) as store:
        (draft_id,) = seed(store, cfg, 1)
        assert send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp_server)
    imap_account.append(owner_reply(f"approve {draft_id}", token, digest_id))

    def confirmations() -> list:  # type: ignore[type-arg]
        return [
            m.message
            for m in smtp_server.messages
            if m.message["To"] == OWNER and m.message["In-Reply-To"]
        ]

    with RunningDaemon(path):
        (confirmation,) = wait_until(confirmations, timeout=20, what="the confirmation")
    assert f"approved #{draft_id} Corp 0" in confirmation.get_content()
    with open_store(cfg.database.path) as store:
        assert store.get_draft(draft_id)["status"] in ("approved", "sent")
