"""A scan that fetches less records exactly what the one-mail-at-a-time way did.

The scan asks Dovecot for a prefix of each mail without its INTERNALDATE, fetches
the arrival time only for mails that may become job mail and a whole body only
for a mail that fills the prefix, and records the mail nobody claims in bulk.
Here the same mailbox (the labelled corpora, ordinary mail and mails larger than
the prefix) goes both ways on a real Dovecot: the old way is every whole mail
with its INTERNALDATE, through :func:`process_one` one by one.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.feedback.templating import environment
from agent.ingest import pipeline
from agent.ingest.scan import scan
from agent.mail import imap as mailbox
from agent.mail.parse import RawMail
from agent.store import open_store

from helpers import INTERVIEW_REJECTION, NEWSLETTER, ham, mail, use_cores, write_config

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    ROOT / "tests" / "corpus" / "emails",
    ROOT.parent / "shared" / "corpus-public" / "emails",
    ROOT / "agent" / "data" / "demo",
)
ARRIVED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # INTERNALDATE, unlike every Date header


def _mailbox() -> list[bytes]:
    labelled = [p.read_bytes() for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.eml"))]
    padding = "\n" + "x" * 75
    big = [  # larger than the prefix: fetched again whole, after a size check
        mail("Your application", INTERVIEW_REJECTION + padding * 1200, msgid="<big-1@x.example>"),
        mail("Weekly digest", NEWSLETTER + padding * 1200, msgid="<big-2@x.example>"),
    ]
    return labelled + ham(150) + big


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _one_by_one(cfg: config_mod.Config, db: Path) -> None:
    """The way before: whole mails with INTERNALDATE, each analysed and recorded alone."""
    client = mailbox.connect(cfg)
    try:
        uidvalidity = mailbox.select(client, "INBOX")
        uids = mailbox.new_uids(client, 0)
        data = client.fetch(uids, ["INTERNALDATE", "BODY.PEEK[]"])
    finally:
        mailbox.quiet_logout(client)
    owners, model = pipeline.owner_addresses(cfg), pipeline.second_opinion(cfg)
    env = environment(cfg.feedback.templates_dir)
    with open_store(db) as store:
        for uid in uids:
            arrived = data[uid][b"INTERNALDATE"].astimezone(UTC)
            raw = RawMail("INBOX", uidvalidity, uid, data[uid][b"BODY[]"], arrived, f"INBOX/{uid}")
            with store.transaction():
                a = pipeline.analyse_mail(raw, owners, model=model)  # as the scan, by the config
                pipeline.process_one(store, cfg, a, env, owners)


MESSAGES = (
    "SELECT uid, message_id, subject, from_addr, date, size, status, is_rejection, score, "
    "category, error, attempts FROM messages ORDER BY uid"
)
REJECTIONS = (
    "SELECT m.uid, r.message_id, r.received_at, r.subject, r.from_addr, r.company, r.role, "
    "r.stage, r.language, r.score, r.reasons, r.body FROM rejections r "
    "JOIN messages m ON m.id = r.message_row ORDER BY m.uid"
)
DRAFTS = (
    "SELECT r.message_id, d.status FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
    "ORDER BY r.message_id"
)
EVENTS = "SELECT message_id, kind FROM application_events ORDER BY message_id, kind"


@pytest.mark.parametrize("cores", [1, 2])
def test_fetching_less_records_what_whole_mails_did(
    imap_account, tmp_path, monkeypatch, cores
) -> None:  # type: ignore[no-untyped-def]
    """With ``cores=2`` a forked worker analyses part of every batch (small chunks, so
    both processes share each one)."""
    by_worker = use_cores(monkeypatch, cores)
    mails = _mailbox()
    for raw in mails:
        imap_account.deliver(raw, msg_time=ARRIVED)
    cfg_path = write_config(
        tmp_path, imap_account, imap_extra="batch_size = 40\nhistory_days = 36500"
    )
    cfg = config_mod.load(cfg_path)
    with open_store(cfg.database.path) as store:
        tally = scan(cfg, store)
    assert tally.messages == len(mails) and tally.errors == 0
    assert (sum(by_worker) > 0) == (cores == 2)
    before = tmp_path / "one-by-one.db"
    _one_by_one(cfg, before)

    now = Path(cfg.database.path)
    for sql in (MESSAGES, REJECTIONS, DRAFTS, EVENTS):
        assert _rows(now, sql) == _rows(before, sql), sql
    rejections = _rows(now, REJECTIONS)
    assert len(rejections) > 100  # the corpora's rejections, the big one among them
    assert {r[2] for r in rejections} == {ARRIVED.isoformat()}  # INTERNALDATE, fetched for them
    sizes = dict(_rows(now, "SELECT message_id, size FROM messages"))
    assert sizes["<big-1@x.example>"] > mailbox.PREFIX_BYTES
    assert sizes["<big-2@x.example>"] > mailbox.PREFIX_BYTES


def test_read_ahead_hands_on_errors_and_stops_with_its_consumer() -> None:
    produced: list[int] = []

    def numbers(fail_at: int | None = None):  # type: ignore[no-untyped-def]
        for n in range(10):
            if n == fail_at:
                raise OSError("connection reset")
            produced.append(n)
            yield n

    with mailbox.read_ahead(numbers()) as items:
        assert list(items) == list(range(10))
    with pytest.raises(OSError, match="connection reset"), mailbox.read_ahead(numbers(3)) as items:
        assert next(items) == 0
        list(items)
    produced.clear()
    with mailbox.read_ahead(numbers()) as items:
        assert next(items) == 0
    # left after one item: the thread made at most one more (the next, begun once the
    # first was taken), and has ended
    assert produced[:1] == [0] and len(produced) <= 2
    assert not [t for t in threading.enumerate() if t.name == "imap-read-ahead"]


def test_read_ahead_runs_one_item_ahead_not_two() -> None:
    """Memory: a scan's batches are megabytes; while the consumer holds item n the thread
    has begun at most item n + 1 (a second one waiting in the queue held a third batch)."""
    produced: list[int] = []

    def numbers():  # type: ignore[no-untyped-def]
        for n in range(20):
            produced.append(n)
            yield n

    with mailbox.read_ahead(numbers()) as items:
        for n in items:
            time.sleep(0.005)  # time for the thread to run as far ahead as it may
            assert len(produced) <= n + 2
    assert produced == list(range(20))


def test_the_lean_fetch_reads_what_imapclient_reads(imap_account, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Bodies read from the common answer shape by one regex equal imapclient's parse;
    an answer of another shape (flags in it) goes to imapclient's parser. The answer is
    read off the socket as imaplib's own loop reads it (the same list, other untagged
    responses kept where imaplib keeps them, the session left idle)."""
    mails = [*_mailbox()[:60], mail("Empty", ""), b"Subject: no body at all\r\n\r\n"]
    for raw in mails:
        imap_account.deliver(raw)
    cfg = config_mod.load(write_config(tmp_path, imap_account))
    client = mailbox.connect(cfg)
    try:
        mailbox.select(client, "INBOX")
        uids = mailbox.new_uids(client, 0)
        for item, key in (("BODY.PEEK[]<0.65536>", b"BODY[]<0>"), ("BODY.PEEK[]", b"BODY[]")):
            data = mailbox._raw_fetch(client, uids, item)
            assert mailbox._plain_bodies(data, key) is not None  # Dovecot's usual shape
            lean = mailbox._fetch_bodies(client, "INBOX", uids, item)
            full = {uid: d.get(key) or b"" for uid, d in client.fetch(uids, [item]).items()}
            assert lean == full and len(lean) == len(mails)
        for item in ("BODY.PEEK[]<0.65536>", "FLAGS BODY.PEEK[]", "RFC822.SIZE INTERNALDATE"):
            assert mailbox._raw_fetch(client, uids, item) == _imaplib_fetch(client, uids, item)
        assert not client._imap.tagged_commands  # the session is idle, as imaplib leaves it
        client._imap.untagged_responses.pop("EXISTS", None)  # SELECT's
        imap_account.deliver(mail("Late", "arrived after SELECT"))  # NOOP: "* N EXISTS"
        status, _text, fetched = mailbox._answer(client._imap, client._imap._command("NOOP"))
        assert (status, fetched) == ("OK", [])
        assert client._imap.untagged_responses.get("EXISTS") == [str(len(mails) + 1).encode()]
        assert mailbox.new_uids(client, uids[-1])  # and goes on
        mixed = mailbox._raw_fetch(client, uids[:3], "FLAGS BODY.PEEK[]<0.65536>")
        assert mailbox._plain_bodies(mixed, b"BODY[]<0>") is None
        monkeypatch.setattr(mailbox, "_plain_bodies", lambda data, key: None)  # another shape
        assert mailbox._fetch_bodies(client, "INBOX", uids, "BODY.PEEK[]") == lean
    finally:
        mailbox.quiet_logout(client)


def _imaplib_fetch(client, uids: list[int], item: str) -> list[object]:  # type: ignore[no-untyped-def]
    """The same FETCH read by imaplib's own loop: what mail.imap's reading must equal."""
    from imapclient.imapclient import join_message_ids, seq_to_parenstr_upper

    imap = client._imap
    tag = imap._command("UID", "FETCH", join_message_ids(uids), seq_to_parenstr_upper([item]))
    typ, data = imap._command_complete("FETCH", tag)
    assert typ == "OK"
    return list(imap._untagged_response(typ, data, "FETCH")[1])
