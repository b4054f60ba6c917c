"""Both cores: an import (or scan) analysed partly by a forked worker records what one
process records, in order, and goes on alone when the worker dies."""

from __future__ import annotations

import mailbox
import os
import sqlite3
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.ingest import parallel
from agent.ingest.scan import import_local
from agent.store import open_store

from helpers import use_cores, write_config

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    ROOT / "tests" / "corpus" / "emails",
    ROOT.parent / "shared" / "corpus-public" / "emails",
    ROOT / "agent" / "data" / "demo",
)
TABLES = (
    "SELECT uid, message_id, subject, from_addr, date, size, status, is_rejection, score, "
    "category, error, attempts FROM messages ORDER BY uid",
    "SELECT m.uid, r.message_id, r.received_at, r.subject, r.from_addr, r.company, r.role, "
    "r.stage, r.language, r.score, r.reasons, r.body FROM rejections r "
    "JOIN messages m ON m.id = r.message_row ORDER BY m.uid",
    "SELECT r.message_id, d.status FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
    "ORDER BY r.message_id",
    "SELECT message_id, kind FROM application_events ORDER BY message_id, kind",
)


def _mbox(tmp_path: Path) -> Path:
    path = tmp_path / "corpora.mbox"
    box = mailbox.mbox(str(path))
    for raw in [p.read_bytes() for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.eml"))]:
        box.add(raw)
    box.close()
    return path


def _import(tmp_path: Path, name: str, mbox: Path) -> list[list[tuple[object, ...]]]:
    (tmp_path / name).mkdir()
    cfg = config_mod.load(write_config(tmp_path / name, extra="[imap]\nbatch_size = 30"))
    with open_store(cfg.database.path) as store:
        tally = import_local(cfg, store, [str(mbox)])
    assert tally.errors == 0 and tally.rejections > 100
    db = sqlite3.connect(cfg.database.path)
    try:
        return [db.execute(sql).fetchall() for sql in TABLES]
    finally:
        db.close()


def _die(slot: object, chunks: object, owners: object) -> None:
    os._exit(1)  # as if the worker were killed (out of memory, a signal)


@pytest.mark.parametrize("worker", ["works", "dies"])
def test_an_import_on_two_cores_records_what_one_core_does(tmp_path, monkeypatch, worker) -> None:  # type: ignore[no-untyped-def]
    mbox = _mbox(tmp_path)
    use_cores(monkeypatch, 1)
    alone = _import(tmp_path, "one", mbox)
    by_worker = use_cores(monkeypatch, 2)
    if worker == "dies":
        monkeypatch.setattr(parallel, "_front_chunks", _die)
    assert _import(tmp_path, "two", mbox) == alone
    assert (sum(by_worker) > 0) == (worker == "works")
