"""An interrupted scan keeps every committed batch and resumes after it, on a real Dovecot."""

from __future__ import annotations

import sqlite3

import pytest

import agent.ingest.pipeline
from agent import config as config_mod
from agent.ingest.scan import scan
from agent.store import Store, open_store

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, use_cores, write_config


def test_interrupted_scan_resumes_after_last_committed_batch(
    imap_account, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for i in range(6):
        body = INTERVIEW_REJECTION if i == 4 else NEWSLETTER
        imap_account.append(mail(f"mail {i}", body, msgid=f"<m{i}@x.example>"))
    cfg = config_mod.load(write_config(tmp_path, imap_account, imap_extra="batch_size = 2"))

    real = agent.ingest.pipeline.classify
    seen: list[str] = []

    def interrupt_on_fifth(msg, owner_addresses=(), model=None):  # type: ignore[no-untyped-def]
        seen.append(msg.message_id)
        if len(seen) == 5:
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-batch
        return real(msg, owner_addresses=owner_addresses, model=model)

    monkeypatch.setattr(agent.ingest.pipeline, "classify", interrupt_on_fifth)
    with open_store(cfg.database.path) as store, pytest.raises(KeyboardInterrupt):
        scan(cfg, store)

    db = sqlite3.connect(cfg.database.path)
    mark = "SELECT last_uid FROM sync_state WHERE folder = 'INBOX'"
    assert db.execute(mark).fetchone()[0] == 4
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 4
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 0  # rolled back

    monkeypatch.setattr(agent.ingest.pipeline, "classify", real)
    with open_store(cfg.database.path) as store:
        tally = scan(cfg, store)
    assert tally.messages == 2 and tally.rejections == 1
    ids = [r[0] for r in db.execute("SELECT message_id FROM messages ORDER BY uid")]
    assert ids == [f"<m{i}@x.example>" for i in range(6)]


@pytest.mark.parametrize("cores", [1, 2])
def test_a_crash_while_recording_in_bulk_loses_nothing(
    imap_account, tmp_path, monkeypatch, cores
) -> None:  # type: ignore[no-untyped-def]
    """The next batch is being fetched (and, on two cores, analysed by the worker) when
    the third one fails to commit: the mark stays after the second, and the next scan
    records the rest, each mail once."""
    by_worker = use_cores(monkeypatch, cores, chunk=2)
    for i in range(23):
        body = INTERVIEW_REJECTION if i == 17 else f"Hi Alex,\n\nNotes from meeting {i}.\n"
        imap_account.append(mail(f"mail {i}", body, msgid=f"<q{i}@x.example>"))
    # batches of 5 either way: with a worker a scan fetches half of imap.batch_size
    size = 5 * cores
    cfg = config_mod.load(write_config(tmp_path, imap_account, imap_extra=f"batch_size = {size}"))
    real = Store.record_settled
    calls: list[int] = []

    def crash_on_third(self, rows):  # type: ignore[no-untyped-def]
        calls.append(len(rows))
        if len(calls) == 3:
            raise KeyboardInterrupt  # as if the process died mid-batch
        return real(self, rows)

    monkeypatch.setattr(Store, "record_settled", crash_on_third)
    with open_store(cfg.database.path) as store, pytest.raises(KeyboardInterrupt):
        scan(cfg, store)
    db = sqlite3.connect(cfg.database.path)
    assert db.execute("SELECT last_uid FROM sync_state WHERE folder = 'INBOX'").fetchone() == (10,)
    assert db.execute("SELECT count(*) FROM messages").fetchone() == (10,)

    monkeypatch.setattr(Store, "record_settled", real)
    with open_store(cfg.database.path) as store:
        tally = scan(cfg, store)
    assert tally.messages == 13 and tally.rejections == 1 and tally.errors == 0
    assert (sum(by_worker) > 0) == (cores == 2)
    ids = [r[0] for r in db.execute("SELECT message_id FROM messages ORDER BY uid")]
    assert ids == [f"<q{i}@x.example>" for i in range(23)]
    assert db.execute("SELECT last_uid FROM sync_state WHERE folder = 'INBOX'").fetchone() == (23,)
