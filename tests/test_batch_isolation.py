"""One bad message never stops a batch: it is recorded as that message's error (issue 14 #1)."""

from __future__ import annotations

import mailbox
import sqlite3
from pathlib import Path

import pytest

import agent.ingest.pipeline
from agent import config as config_mod
from agent.classify import prefilter
from agent.ingest.scan import import_local, scan
from agent.store import open_store

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, write_config

NUL_CHARSET = (
    b"From: Shop <news@shop.example>\r\nTo: alex.doe@example.com\r\nSubject: Sale\r\n"
    b"Message-ID: <nul@shop.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf\x008"\r\n\r\n'
    b"Everything must go.\r\n"
)


def _mbox(tmp_path: Path, mails: list[bytes]) -> Path:
    path = tmp_path / "in.mbox"
    box = mailbox.mbox(str(path))
    for raw in mails:
        box.add(raw)
    box.close()
    return path


def test_prefilter_leaves_a_nul_charset_to_the_full_parser() -> None:
    assert prefilter.glance(NUL_CHARSET) is None


def test_import_goes_on_after_a_mail_with_a_nul_in_its_charset(tmp_path: Path) -> None:
    cfg = config_mod.load(write_config(tmp_path))
    rejection = mail("Your application", INTERVIEW_REJECTION, msgid="<rej@acme.example>")
    path = _mbox(tmp_path, [NUL_CHARSET, rejection])
    with open_store(cfg.database.path) as store:
        tally = import_local(cfg, store, [str(path)])
    assert tally.messages == 2
    assert tally.rejections == 1
    db = sqlite3.connect(cfg.database.path)
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 1


def _break_on(subject: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Make the classifier fail (a bug, not a ParseError) on one message only."""
    real = agent.ingest.pipeline.classify

    def classify(msg, owner_addresses=(), model=None):  # type: ignore[no-untyped-def]
        if msg.subject == subject:
            raise RuntimeError("a bug met by one message")
        return real(msg, owner_addresses=owner_addresses, model=model)

    monkeypatch.setattr(agent.ingest.pipeline, "classify", classify)


def test_an_exception_from_one_message_is_that_messages_error_on_import(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    cfg = config_mod.load(write_config(tmp_path))
    _break_on("poison", monkeypatch)
    mails = [
        mail("poison", INTERVIEW_REJECTION, msgid="<p@x.example>"),
        mail("Your application", INTERVIEW_REJECTION, msgid="<rej@acme.example>"),
    ]
    with open_store(cfg.database.path) as store:
        tally = import_local(cfg, store, [str(_mbox(tmp_path, mails))])
    assert (tally.messages, tally.errors, tally.rejections) == (2, 1, 1)
    db = sqlite3.connect(cfg.database.path)
    rows = db.execute("SELECT uid, status, error FROM messages ORDER BY uid").fetchall()
    assert rows[0][:2] == (1, "error") and "RuntimeError" in rows[0][2]
    assert rows[1][:2] == (2, "classified")


def test_an_exception_from_one_message_does_not_stop_a_scan(
    imap_account, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(mail("news", NEWSLETTER, msgid="<n1@x.example>"))
    imap_account.append(mail("poison", INTERVIEW_REJECTION, msgid="<p@x.example>"))
    imap_account.append(mail("Your application", INTERVIEW_REJECTION, msgid="<r@acme.example>"))
    cfg = config_mod.load(write_config(tmp_path, imap_account))
    _break_on("poison", monkeypatch)
    with open_store(cfg.database.path) as store:
        tally = scan(cfg, store)
        assert (tally.messages, tally.errors, tally.rejections) == (3, 1, 1)
        assert store.sync_state("INBOX")[1] == 3  # type: ignore[index]
        # the failed one is retried by the next scan, and counted
        again = scan(cfg, store)
        assert (again.messages, again.errors) == (1, 1)


def test_mail_parsers_lazy_errors_are_parse_errors() -> None:
    """Found by the hypothesis fuzzer: mail-parser decodes headers when they are first
    read, so a NUL charset in an encoded word raised ValueError past the parse guard."""
    from agent.errors import ParseError
    from agent.mail.parse import parse_bytes

    with pytest.raises(ParseError, match="embedded null"):
        parse_bytes(b"Date: =?\x00?Q?0?=\r\r")
