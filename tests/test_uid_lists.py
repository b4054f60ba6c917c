"""A scan's UID lists: machine integers, ascending, without repeats (issue 15's flat memory)."""

from __future__ import annotations

from array import array
from datetime import UTC, datetime, timedelta
from typing import Any

from agent.ingest.scan import _union
from agent.mail import imap as mailbox

from helpers import mail


def test_the_union_of_retries_and_new_uids_is_ascending_without_repeats() -> None:
    many = array("L", [3, 5, 8, 9])
    assert _union([], many) is many  # a first scan's whole folder is not copied
    assert _union([9, 1, 5, 1], many) == array("L", [1, 3, 5, 8, 9])
    assert _union([2], []) == array("L", [2])
    assert _union([], [4, 7]) == array("L", [4, 7])


def test_searches_give_ascending_arrays(imap_account) -> None:  # type: ignore[no-untyped-def]
    for i in range(7):
        imap_account.deliver(mail(f"mail {i}", "Hi Alex,\n\nNotes.\n"))
    client = imap_account.client()
    try:
        mailbox.select(client, "INBOX")
        every = mailbox.new_uids(client, 0)
        assert isinstance(every, array) and list(every) == sorted(set(every)) and len(every) == 7
        assert list(mailbox.new_uids(client, every[3])) == list(every[4:])
        # "N:*" names the newest mail even when N is above it: cut, as before
        assert list(mailbox.new_uids(client, every[-1] + 10)) == []
        since = datetime.now(UTC) - timedelta(days=2)
        assert mailbox.uids_since(client, since) == every
        assert mailbox.highest_uid(client) == every[-1]
        assert client.search(["ALL"]) == list(every)  # what imapclient's parser reads
    finally:
        mailbox.quiet_logout(client)


class _Answers:
    """A client whose SEARCH answers with the given untagged data."""

    def __init__(self, data: list[Any]) -> None:
        self.data = data

    def _raw_command_untagged(self, command: bytes, args: list[bytes]) -> list[Any]:
        assert command == b"SEARCH" and args
        return self.data


def test_a_search_answer_of_another_shape_goes_to_imapclients_parser() -> None:
    def uids(data: list[Any]) -> list[int]:
        return list(mailbox.search_uids(_Answers(data), ["ALL"]))  # type: ignore[arg-type]

    assert uids([b"4 2 9 2"]) == [2, 4, 9]  # out of order, repeated
    assert uids([b"1 5 7 (MODSEQ 123)"]) == [1, 5, 7]
    assert uids([b""]) == [] and uids([None]) == []
    assert uids(["3 1"]) == [1, 3]


class _PublicOnly:
    """A client of an imapclient without the private names ``search_uids`` reads."""

    def search(self, criteria: list[Any]) -> list[int]:
        assert criteria == ["ALL"]
        return [7, 3, 7, 5]


def test_without_imapclients_private_names_its_public_search_is_read() -> None:
    assert mailbox.search_uids(_PublicOnly(), ["ALL"]) == array("L", [3, 5, 7])  # type: ignore[arg-type]


def test_large_mails_come_in_fewer_a_batch(imap_account) -> None:  # type: ignore[no-untyped-def]
    """A batch after the first holds as many mails as ``batch_bytes`` allows at the last
    batch's mean size, never more than ``batch_size``; every mail comes once, in order."""
    small, large = "Hi Alex,\n\nNotes.\n", "Hi Alex,\n\n" + "Lorem ipsum dolor sit amet.\n" * 400
    for i in range(30):
        imap_account.deliver(mail(f"mail {i}", large if 10 <= i < 20 else small))
    client = imap_account.client()
    try:
        uidvalidity = mailbox.select(client, "INBOX")
        uids = mailbox.new_uids(client, 0)
        every = list(mailbox.fetch_batches(client, "INBOX", uidvalidity, uids, 5))
        assert [len(b) for b in every] == [5] * 6  # no budget: batch_size at a time
        sized = list(
            mailbox.fetch_batches(client, "INBOX", uidvalidity, uids, 5, batch_bytes=25_000)
        )
    finally:
        mailbox.quiet_logout(client)
    assert [m.raw for b in sized for m in b] == [m.raw for b in every for m in b]
    mean_large = sum(len(m.raw) for m in every[2]) / 5  # ~11 KB: two a batch
    counts = [len(b) for b in sized]
    assert counts[:2] == [5, 5] and counts[2] == 5  # the third is sized by the second's
    assert set(counts[3:6]) == {int(25_000 / mean_large)}  # then by large mails
    assert max(counts) == 5 and sum(counts) == 30
