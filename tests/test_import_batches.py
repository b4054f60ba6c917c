"""An import's batches are bounded by bytes as a scan's are: large mails come in runs; a
file named twice is read twice but imported once."""

from __future__ import annotations

import mailbox
import sqlite3
from pathlib import Path

from agent import config as config_mod
from agent.ingest.scan import _batches, import_local
from agent.mail.parse import RawMail
from agent.store import open_store

from helpers import NEWSLETTER, mail, write_config


def _mail(folder: str, uid: int, size: int) -> RawMail:
    return RawMail(folder, 1, uid, b"x" * size, None, f"{folder}/{uid}")


def test_a_batch_closes_once_it_weighs_the_bound() -> None:
    mails = [_mail("a.mbox", uid, 1000) for uid in range(1, 11)]
    sizes = [len(batch) for batch in _batches(mails, size=250, max_bytes=3000)]
    assert sizes == [3, 3, 3, 1]


def test_small_mail_still_comes_batch_size_at_a_time_and_files_stay_apart() -> None:
    mails = [_mail("a.mbox", uid, 10) for uid in range(1, 6)]
    mails += [_mail("b.mbox", uid, 10) for uid in range(1, 4)]
    batches = list(_batches(mails, size=2, max_bytes=1 << 20))
    assert [len(batch) for batch in batches] == [2, 2, 1, 2, 1]
    assert all(len({mail.folder for mail in batch}) == 1 for batch in batches)


def test_the_mail_that_passes_the_bound_ends_its_batch() -> None:
    mails = [_mail("a.mbox", 1, 10), _mail("a.mbox", 2, 5000), _mail("a.mbox", 3, 10)]
    assert [len(b) for b in _batches(mails, size=250, max_bytes=1000)] == [2, 1]


def _import_twice(tmp_path: Path, mails: int, batch_size: int) -> tuple[int, int]:
    """An mbox of ``mails`` mails named twice in one import: (messages tallied, rows)."""
    folder = tmp_path / f"{mails}-{batch_size}"
    folder.mkdir()
    path = str(folder / "box.mbox")
    box = mailbox.mbox(path)
    for i in range(mails):
        box.add(mail(f"Note {i}", NEWSLETTER, msgid=f"<note-{i}@test.example>"))
    box.close()
    cfg = config_mod.load(
        write_config(folder, extra=f"[imap]\nbatch_size = {batch_size}\n[classify]\nworker = 'off'")
    )
    with open_store(cfg.database.path) as store:
        tally = import_local(cfg, store, [path, path])
    db = sqlite3.connect(cfg.database.path)
    try:
        return tally.messages, db.execute("SELECT count(*) FROM messages").fetchone()[0]
    finally:
        db.close()


def test_a_file_named_twice_is_imported_once(tmp_path: Path) -> None:
    """What an import has seen of a file is one number (the highest uid), not a set of every
    mail that grew with the import (issue 15's peak RSS): the second reading adds nothing,
    whether it starts in a batch of its own or in the first reading's last batch."""
    assert _import_twice(tmp_path, 7, batch_size=3) == (7, 7)  # readings apart
    assert _import_twice(tmp_path, 5, batch_size=30) == (5, 5)  # both in one batch
