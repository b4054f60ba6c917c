"""Header caps and linear RFC 2047 decoding (issue 14 #2); speed is measured in bench/."""

from __future__ import annotations

import email.header
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import agent.ingest.pipeline as pipeline
from agent import config as config_mod
from agent.classify import prefilter
from agent.errors import ParseError
from agent.ingest.scan import import_local, scan
from agent.mail import rfc2047
from agent.mail.parse import parse_bytes
from agent.store import open_store

from helpers import INTERVIEW_REJECTION, mail, write_config

_WORD = st.one_of(
    st.text(alphabet="abc é\t?=_", max_size=8),
    st.builds(
        lambda cs, enc, text: f"=?{cs}?{enc}?{text}?=",
        st.sampled_from(["utf-8", "UTF-8", "iso-8859-1", "us-ascii"]),
        st.sampled_from(["q", "Q", "b", "B"]),
        st.text(alphabet="abcQUJD=_3D9", max_size=12),
    ),
)


def _std(value: str) -> object:
    try:
        return email.header.decode_header(value)
    except Exception as exc:
        return type(exc)


def _ours(value: str) -> object:
    try:
        return rfc2047.decode_header(value)
    except Exception as exc:
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD, max_size=8).map("".join), st.sampled_from(["", " ", "\n "]))
def test_linear_decoder_returns_what_the_standard_one_returns(value: str, sep: str) -> None:
    assert _ours(value) == _std(value)
    assert _ours(sep.join([value, value])) == _std(sep.join([value, value]))


def _subject_mail(words: int) -> bytes:
    subject = " ".join(["=?utf-8?q?r=C3=A9sum=C3=A9?="] * words)
    return (
        f"From: Shop <news@shop.example>\r\nTo: alex.doe@example.com\r\nSubject: {subject}\r\n"
        "Message-ID: <huge@shop.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n"
        "Sale.\r\n"
    ).encode()


def test_a_huge_header_is_cut_at_a_word_before_decoding() -> None:
    raw = _subject_mail(20_000)  # ~580 KB of encoded words
    capped = rfc2047.cap_headers(raw)
    assert len(capped) < rfc2047.MAX_FIELD_BYTES + 500
    assert capped.endswith(b"\r\n\r\nSale.\r\n")
    msg = parse_bytes(raw)
    assert msg.message_id == "<huge@shop.example>"  # the fields after it survive
    assert msg.subject.startswith("résumé") and msg.subject.endswith("résumé")
    assert len(msg.subject) < rfc2047.MAX_FIELD_BYTES
    glance = prefilter.glance(raw)
    assert glance is not None and glance.message.subject == msg.subject


def test_normal_mail_is_not_touched_by_the_cap() -> None:
    raw = mail("Your application", INTERVIEW_REJECTION)
    assert rfc2047.cap_headers(raw) is raw


def test_header_block_is_bounded_as_a_whole() -> None:
    fields = "".join(f"X-Filler-{i}: {'y' * 30_000}\r\n" for i in range(20))
    raw = f"From: a@b.example\r\nSubject: hi\r\n{fields}\r\nbody\r\n".encode()
    capped = rfc2047.cap_headers(raw)
    assert len(capped) <= rfc2047.MAX_HEADER_BYTES + 100
    assert parse_bytes(raw).subject == "hi"


def test_a_mail_over_the_time_budget_is_an_error_never_retried(
    imap_account, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(mail("Your application", INTERVIEW_REJECTION, msgid="<slow@x.example>"))
    cfg = config_mod.load(write_config(tmp_path, imap_account))
    monkeypatch.setattr(pipeline, "MESSAGE_BUDGET_SECONDS", 0.0)  # every mail is "too slow"
    with open_store(cfg.database.path) as store:
        first = scan(cfg, store)
        assert (first.messages, first.errors, first.rejections) == (1, 1, 0)
        again = scan(cfg, store)
        assert again.messages == 0  # skipped for good: not retried by the next scans
    row = (
        sqlite3.connect(cfg.database.path).execute("SELECT status, error FROM messages").fetchone()
    )
    assert row[0] == "error" and "budget" in row[1]


def test_import_skips_a_mail_that_went_over_budget(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cfg = config_mod.load(write_config(tmp_path))
    eml = tmp_path / "r.eml"
    eml.write_bytes(mail("Your application", INTERVIEW_REJECTION))
    monkeypatch.setattr(pipeline, "MESSAGE_BUDGET_SECONDS", 0.0)
    with open_store(cfg.database.path) as store:
        assert import_local(cfg, store, [str(eml)]).errors == 1
        monkeypatch.setattr(pipeline, "MESSAGE_BUDGET_SECONDS", 10.0)
        assert import_local(cfg, store, [str(eml)]).messages == 0


def test_deeply_nested_multipart_is_refused_before_parsing() -> None:
    inner = b"Content-Type: text/plain\r\n\r\nWe decided not to proceed.\r\n"
    for i in range(1000):
        b = b"n%d" % i
        inner = (
            b'Content-Type: multipart/mixed; boundary="' + b + b'"\r\n\r\n--' + b + b"\r\n"
            + inner + b"\r\n--" + b + b"--\r\n"
        )  # fmt: skip
    raw = b"From: a@b.example\r\nSubject: nested\r\n" + inner
    with pytest.raises(ParseError, match="multipart containers"):
        parse_bytes(raw)
