"""The full path's leaner parse and record write what the fuller ones wrote, row for row.

Issue 15 (branch ``scan16``): mail-parser indexes (and address-parses) only the
header fields :mod:`agent.mail.parse` reads, and only those are decoded; rows are
written by plain SQL instead of sqlite-utils' ``insert``/``update`` (which read
the table's schema on every call); a draft's template names, on-hold rule and
public holidays are looked up once. Here every labelled mail, ordinary mail and
odd MIME goes through both: the parse against mail-parser in full, and a real
scan on Dovecot against the same scan with the old parts put back.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import mailparser
import pytest

from agent import config as config_mod
from agent.errors import ParseError
from agent.feedback import compose, drafts, grammar, public_holidays, window
from agent.ingest.scan import scan
from agent.mail import parse
from agent.mail.rfc2047 import cap_headers
from agent.store import open_store
from agent.store.core import StoreBase, row_id

from helpers import ham, use_cores, write_config

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    ROOT / "tests" / "corpus" / "emails",
    ROOT.parent / "shared" / "corpus-public" / "emails",
    ROOT / "agent" / "data" / "demo",
)

_HEAD = "From: Jo Li <jo@acme.example>\nSubject: Your application\nMessage-ID: <odd-{n}@x>\n"
# Odd MIME, charsets and header fields: each once through both ways.
ODD = [
    "Delivered-To: a@b.example\nDelivered-To: c@d.example\nBcc: x@y.example\n"
    "To: Alex <alex@example.com>, Sam <sam@example.com>\nCc: =?utf-8?q?J=C3=BCrgen?= <j@x.de>\n"
    'Reply-To: "Talent, Team" <talent@acme.example>\n\nUnfortunately we will not proceed.\n',
    "SUBJECT: second spelling\nsubject: third\nLIST-ID: <jobs.acme.example>\n"
    "List-Unsubscribe: <mailto:u@acme.example>\nPrecedence: bulk\nAuto-Submitted: auto-replied\n"
    "X-Mailer: Thing 1.0\nSender: hr@acme.example\nReturn-Path: <bounce@acme.example>\n\nHi\n",
    "In-Reply-To: <a@x> <b@x>\nReferences: <r1@x>\n <r2@x>\nReferences: <r3@x>\n"
    "Date: Mon, 2 Sep 2002 13:25:44 +0100 (BST)\nDate: Tue, 3 Sep 2002 13:25:44 +0000\n\nHi\n",
    "To: undisclosed-recipients:;\nCc: Group: a@x.example, b@x.example;\nReply-To: <>\n"
    "X-Empty:\nDate: not a date\n\nHi\n",
    "Content-Type: text/plain; charset=x-no-such-charset\n\ncaf\xe9 \xff\xfe text\n",
    "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n"
    "\nleider m=FCssen wir Ihnen mitteilen =E2=80=A6\n",
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 x\n",
    "Content-Type: multipart/mixed\n\nno boundary\n",
    'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; name=a.txt\n'
    "\nhi\n--b\nContent-Type: application/pdf; name=cv.pdf\nContent-Transfer-Encoding: base64\n"
    "\nJVBERi0=\n--b--\n",
    'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: message/rfc822\n\n'
    "From: x@y\nDelivered-To: z@y\n\nforwarded\n--b--\n",
    'Content-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/html\n\n'
    "<p>Thank you.</p><p><b>Un</b>fortunately we have decided to move on &amp; keep your CV."
    "</p>\n",
    "X-Note: 8-bit h\xe9ader\nFrom: second@from.example\n\nhi\n",
    "Subject: =?utf-8?B?bm90IGJhc2U2NCE=?==?x-nope?Q?a?=\n\nhi\n",
]


def _odd() -> list[bytes]:
    return [(_HEAD.format(n=n) + text).encode("latin-1") for n, text in enumerate(ODD)]


def _labelled() -> list[bytes]:
    return [p.read_bytes() for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.eml"))]


def _in_full(raw: bytes) -> parse.Message | str:
    """What the parse read from mail-parser doing all of its work (every header field
    indexed, address-parsed and decoded, Received parsed, its summary dicts built)."""
    try:
        if not raw.strip():
            raise ParseError("empty")
        mail = mailparser.MailParser.from_bytes(cap_headers(raw))
        headers = {k.lower(): parse.clean_header(v) for k, v in (mail.headers or {}).items()}
        return parse._message(mail, len(raw), headers)
    except ParseError:
        return "ParseError"


def _lean(raw: bytes) -> parse.Message | str:
    try:
        return parse.parse_bytes(raw)
    except ParseError:
        return "ParseError"


def test_the_parse_reads_what_mail_parser_in_full_reads() -> None:
    mails = _labelled() + ham(600) + _odd()
    assert len(mails) > 400
    differ = [n for n, raw in enumerate(mails) if _lean(raw) != _in_full(raw)]
    assert differ == []
    assert sum(_lean(raw) == "ParseError" for raw in mails) < 5


def _the_old_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put back what this branch replaced: sqlite-utils' writes, the lookups per call,
    mail-parser indexing and decoding every header field."""

    def insert(self: StoreBase, table: str, row: dict[str, Any]) -> int:
        return row_id(self.db.table(table).insert(row).last_pk)

    def update(self: StoreBase, table: str, pk: int, fields: dict[str, Any]) -> None:
        self.db.table(table).update(pk, fields)

    monkeypatch.setattr(StoreBase, "insert_row", insert)
    monkeypatch.setattr(StoreBase, "update_row", update)
    monkeypatch.setattr(compose, "template_names", lambda env: frozenset(env.list_templates()))
    for module in (compose, drafts):
        monkeypatch.setattr(module, "on_hold_rule", grammar.on_hold_rule.__wrapped__)
    monkeypatch.setattr(window, "is_holiday", public_holidays.is_holiday.__wrapped__)
    monkeypatch.setattr(
        parse._MailParser, "_build_header_index", mailparser.MailParser._build_header_index
    )
    monkeypatch.setattr(
        parse,
        "read_headers",
        lambda mail: {k.lower(): parse.clean_header(v) for k, v in mail.headers.items()},
    )


# Every column but the clocks of the writes and a draft's random Message-ID.
_SKIP = {"created_at", "processed_at", "updated_at", "at"}
TABLES = ("messages", "rejections", "drafts", "applications", "application_events", "events")


def _rows(db: Path, table: str) -> list[dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in con.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        con.close()
    for row in rows:
        for key in _SKIP | ({"message_id"} if table == "drafts" else set()):
            row.pop(key, None)
    return rows


def _scan(tmp: Path, account: Any) -> Path:
    tmp.mkdir()
    cfg = config_mod.load(
        write_config(tmp, account, imap_extra="batch_size = 40\nhistory_days = 36500")
    )
    with open_store(cfg.database.path) as store:
        tally = scan(cfg, store)
    assert tally.errors == 0 or tally.errors < 5
    return Path(cfg.database.path)


def test_a_scan_records_what_the_fuller_parse_and_writes_recorded(
    imap_account, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    use_cores(monkeypatch, 1)
    mails = _labelled() + ham(150) + _odd()
    arrived = datetime.now(UTC) - timedelta(hours=1)  # recent: every rejection gets a draft
    for raw in mails:
        imap_account.deliver(raw, msg_time=arrived)
    lean = _scan(tmp_path / "lean", imap_account)
    with monkeypatch.context() as m:
        _the_old_ways(m)
        old = _scan(tmp_path / "old", imap_account)
    for table in TABLES:
        assert _rows(lean, table) == _rows(old, table), table
    assert len(_rows(lean, "drafts")) > 50
    assert len(_rows(lean, "messages")) == len(mails)
