"""An import's batches are bounded by bytes as a scan's are: large mails come in runs."""

from __future__ import annotations

from agent.ingest.scan import _batches
from agent.mail.parse import RawMail


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
