"""The owner corrects the classifier (issue 11): `mail list`, `rejections add|drop` and the
memory of corrected templates, against a real Dovecot (tests/conftest.py)."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.cli import build_parser, main
from agent.ingest import memory
from agent.store import SCHEMA_VERSION, open_store

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, write_config

# A real rejection wording the rules miss (no decision phrase: "the slot went to someone
# further along"), as one recruiter's template would send it to two candidates.
MISSED = """Hi {name},

Thanks for your time in the interviews for the {role} role with Lumen Labs. The hiring
team met on {day} and the slot went to someone further along in the areas the team needs.
Your file stays with us for later openings.

All the best,
{signer}
Lumen Labs Talent
"""
FIRST = MISSED.format(name="Alex", role="Platform Engineer", day="Monday", signer="Priya Raman")
LATER = MISSED.format(name="Alex", role="Data Analyst", day="Tuesday", signer="Marco Bellini")
LUMEN = "Priya Raman <priya.raman@lumenlabs.io>"


def json_table(title: str) -> set[str]:
    """The keys a `### title` table of docs/interface.md gives."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "interface.md").read_text("utf-8")
    part = doc.split(f"### {title}\n", 1)[1].split("\n### ", 1)[0]
    return set(re.findall(r"^\| `([^`]+)` \|", part, re.MULTILINE))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def scan(capsys: pytest.CaptureFixture[str], cfg: str) -> dict:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "--config", cfg, "scan", "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def listed(capsys: pytest.CaptureFixture[str], cfg: str, search: str) -> list[dict]:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "--config", cfg, "mail", "list", "--search", search, "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def db(cfg: str) -> sqlite3.Connection:
    conn = sqlite3.connect(Path(cfg).parent / "rebound.db")
    conn.row_factory = sqlite3.Row
    return conn


def test_missed_rejection_added_then_remembered_for_its_sender_only(
    imap_account, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(mail("Your Platform Engineer interviews", FIRST, sender=LUMEN))
    imap_account.append(mail("News", NEWSLETTER))
    cfg = str(write_config(tmp_path, imap_account))
    assert scan(capsys, cfg)["rejections"] == 0  # the wording is missed
    (found,) = listed(capsys, cfg, "platform engineer")
    assert set(found) == json_table("`mail list --json`")  # the shapes docs/interface.md gives
    assert found["from"] == "priya.raman@lumenlabs.io" and not found["is_rejection"]
    code, out, _ = run(capsys, "--config", cfg, "mail", "list")
    assert code == 0 and "Your Platform Engineer interviews" in out and "News" in out

    code, out, err = run(capsys, "--config", cfg, "-v", "rejections", "add", str(found["id"]),
                         "--dry-run")  # fmt: skip
    assert code == 0 and out.startswith("would have: message")
    assert "would log message" in err
    with db(cfg) as conn:
        assert conn.execute("SELECT count(*) FROM rejections").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0

    code, out, _ = run(capsys, "--config", cfg, "rejections", "add", str(found["id"]), "--json")
    assert code == 0
    (added,) = json.loads(out)
    assert set(added) == json_table("`rejections add --json`")
    assert added["rejection_id"] and added["draft_id"] and added["dry_run"] is False
    assert added["company"] == "Lumen Labs" and added["stage"] == "interview"
    assert added["role"] == "Platform Engineer" and not added["window_from_now"]
    with db(cfg) as conn:
        draft = conn.execute("SELECT * FROM drafts").fetchone()
        assert draft["status"] == "pending" and draft["to_addr"] == "priya.raman@lumenlabs.io"
        (corr,) = conn.execute("SELECT * FROM corrections").fetchall()
        assert corr["label"] == "rejection" and corr["domain"] == "lumenlabs.io"
        assert corr["message_row"] == found["id"]
        assert conn.execute("SELECT status FROM applications").fetchone()[0] == "rejected"
        reasons = conn.execute("SELECT reasons FROM rejections").fetchone()[0]
        assert f"user:message-{found['id']}" in reasons
    code, _, err = run(capsys, "--config", cfg, "rejections", "add", str(found["id"]))
    assert code == 1 and "already logged as rejection" in err

    # the same template to the owner later: from the same domain it is remembered, from
    # another it is not (the memory is filed by sender domain)
    imap_account.append(mail("Your Data Analyst interviews", LATER, sender=LUMEN))
    other = "Marco Bellini <marco@elsewhere-robotics.com>"
    imap_account.append(mail("Your Data Analyst interviews", LATER, sender=other))
    result = scan(capsys, cfg)
    assert result["rejections"] == 1
    with db(cfg) as conn:
        rows = conn.execute("SELECT from_addr, reasons FROM rejections ORDER BY id").fetchall()
    assert [r["from_addr"] for r in rows] == ["priya.raman@lumenlabs.io"] * 2
    assert f'"user:like-message-{found["id"]} (' in rows[1]["reasons"]


def scanned_rejection(imap_account, tmp_path, capsys) -> tuple[bytes, str, int, int]:  # type: ignore[no-untyped-def]
    """A found rejection with its draft: (the mail, the config, rejection id, draft id)."""
    raw = mail("Re: Interview", INTERVIEW_REJECTION)
    imap_account.append(raw)
    cfg = str(write_config(tmp_path, imap_account))
    assert scan(capsys, cfg)["rejections"] == 1
    with db(cfg) as conn:
        rid, draft_id = conn.execute("SELECT rejection_id, id FROM drafts").fetchone()
    return raw, cfg, rid, draft_id


def test_drop_discards_the_draft_and_sticks_across_a_rescan(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    raw, cfg, rid, draft_id = scanned_rejection(imap_account, tmp_path, capsys)
    with db(cfg) as conn:
        app = conn.execute("SELECT id, status FROM applications").fetchone()
    assert app["status"] == "rejected"

    code, out, _ = run(capsys, "--config", cfg, "rejections", "drop", str(rid), "--dry-run")
    assert code == 0 and out.startswith("would have: rejection #")
    with db(cfg) as conn:
        assert conn.execute("SELECT status FROM drafts").fetchone()[0] == "pending"
        assert conn.execute("SELECT dropped_at FROM rejections").fetchone()[0] is None

    code, out, _ = run(capsys, "--config", cfg, "rejections", "drop", str(rid), "--json")
    assert code == 0
    (dropped,) = json.loads(out)
    assert set(dropped) == json_table("`rejections drop --json`")
    assert dropped["discarded"] == [draft_id] and dropped["kept"] == []
    assert dropped["application_id"] == app["id"] and dropped["application_status"] == "applied"
    with db(cfg) as conn:
        assert conn.execute("SELECT status FROM drafts").fetchone()[0] == "discarded"
        assert conn.execute("SELECT label FROM corrections").fetchone()[0] == "not_rejection"
    code, out, _ = run(capsys, "--config", cfg, "rejections", "list", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "--config", cfg, "rejections", "drop", str(rid))
    assert code == 1 and "dropped already" in err

    # seen again: the same mail copied into the mailbox, and imported from a file
    imap_account.append(raw)
    assert scan(capsys, cfg)["rejections"] == 0
    (tmp_path / "again.eml").write_bytes(raw)
    code, out, _ = run(capsys, "--config", cfg, "import", "--json", str(tmp_path / "again.eml"))
    assert code == 0 and json.loads(out)["rejections"] == 0
    with db(cfg) as conn:
        assert conn.execute("SELECT count(*) FROM rejections").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_drop_leaves_a_sent_draft_alone(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(mail("Re: Interview", INTERVIEW_REJECTION))
    cfg = str(write_config(tmp_path, imap_account))
    scan(capsys, cfg)
    with db(cfg) as conn:
        rid, draft_id = conn.execute("SELECT rejection_id, id FROM drafts").fetchone()
        conn.execute("UPDATE drafts SET status = 'sent' WHERE id = ?", (draft_id,))
    code, out, _ = run(capsys, "--config", cfg, "rejections", "drop", str(rid))
    assert code == 0 and f"draft #{draft_id} is sent: left as it is" in out
    with db(cfg) as conn:
        assert conn.execute("SELECT status FROM drafts").fetchone()[0] == "sent"


def test_a_window_already_passed_opens_from_now(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    old = datetime.now(UTC) - timedelta(days=20)
    imap_account.append(mail("Your Platform Engineer interviews", FIRST, sender=LUMEN, date=old))
    cfg = str(write_config(tmp_path, imap_account))
    code, _, _ = run(capsys, "--config", cfg, "scan", "--since", old.date().isoformat())
    assert code == 0
    (found,) = listed(capsys, cfg, "lumenlabs")
    code, out, _ = run(capsys, "--config", cfg, "rejections", "add", str(found["id"]))
    assert code == 0 and "window had passed: opened from now" in out
    with db(cfg) as conn:
        deadline = conn.execute("SELECT deadline FROM drafts").fetchone()[0]
    assert datetime.fromisoformat(deadline) > datetime.now(UTC)


def test_unknown_ids_exit_1(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path))
    code, _, err = run(capsys, "--config", cfg, "rejections", "add", "4242")
    assert code == 1 and "no stored message 4242" in err
    code, _, err = run(capsys, "--config", cfg, "rejections", "add", "<nobody@x.example>")
    assert code == 1 and "no stored message <nobody@x.example>" in err
    code, _, err = run(capsys, "--config", cfg, "rejections", "drop", "77", "--json")
    assert code == 1 and "no rejection with id 77" in err
    code, out, _ = run(capsys, "--config", cfg, "mail", "list")
    assert code == 0 and out.strip() == "no mail read yet"


def test_the_new_commands_complete_and_migrate() -> None:
    from agent.console.completion import script

    text = script(build_parser(), "bash")
    assert "drop" in text and "--search" in text and "--company" in text
    assert SCHEMA_VERSION >= 10  # 11: messages.maybe


def test_a_fresh_database_has_the_corrections_table(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as store:
        cols = {r["name"] for r in store.query("PRAGMA table_info(corrections)")}
        assert {"message_row", "label", "at", "fields", "domain", "shingles"} <= cols
        assert "dropped_at" in {r["name"] for r in store.query("PRAGMA table_info(rejections)")}


# ---------------------------------------------------------------- the memory's parts


def test_masking_keeps_a_template_and_masks_what_fills_it() -> None:
    a = memory.plain_words("Subject.\n" + FIRST)
    b = memory.plain_words("Subject.\n" + LATER)
    assert a == b and "priya" not in a and "slot" in a
    assert memory.jaccard(memory.shingles(FIRST), memory.shingles(LATER)) == 1.0


def test_a_slot_filled_differently_is_no_match() -> None:
    common = "Thank you for the trust you place in us. You can follow your file on our site."
    rejected = f"Your application n° 12 was updated.\nNew status: Rejected.\n{common}"
    assessed = f"Your application n° 12 was updated.\nNew status: Assessed.\n{common}"
    mine = (memory.shingles(rejected), memory.plain_words(rejected))
    theirs = (memory.shingles(assessed), memory.plain_words(assessed))
    assert memory.jaccard(mine[0], theirs[0]) > memory.THRESHOLD
    assert memory.alike(mine, theirs) == 0.0
    longer = rejected + "\nWe keep your details on file."  # a sentence added: still alike
    assert memory.alike(mine, (memory.shingles(longer), memory.plain_words(longer))) > 0.5


def test_a_relay_files_corrections_by_company_too() -> None:
    from agent.mail.parse import parse_bytes

    relay = parse_bytes(mail("x", "y", sender="Acme <no-reply@greenhouse.io>"))
    own = parse_bytes(mail("x", "y", sender="Jo <jo@mail.acme.com>"))
    assert memory.Key.of(relay, "Acme Inc.") == memory.Key("greenhouse.io", "acme")
    assert memory.Key.of(own, "Acme") == memory.Key("acme.com", None)


def test_an_imported_mail_is_read_again_from_its_file(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path))
    mbox = tmp_path / "mail.mbox"
    first = mail("Your Platform Engineer interviews", FIRST, sender=LUMEN)
    news = mail("News", NEWSLETTER)
    mbox.write_bytes(
        b"".join(b"From x@y Thu Jan  1 00:00:00 2026\n" + m + b"\n" for m in (news, first))
    )
    code, out, _ = run(capsys, "--config", cfg, "import", "--json", str(mbox))
    assert code == 0 and json.loads(out)["rejections"] == 0
    (found,) = listed(capsys, cfg, "platform")
    assert found["folder"].startswith("mbox:") and found["uid"] == 2
    code, out, _ = run(capsys, "--config", cfg, "rejections", "add", found["message_id"],
                       "--role", "Staff Engineer")  # fmt: skip
    assert code == 0 and "(Lumen Labs, Staff Engineer, interview)" in out and "draft #1" in out
    with db(cfg) as conn:
        fields = conn.execute("SELECT fields FROM corrections").fetchone()[0]
    assert json.loads(fields) == {"role": "Staff Engineer"}


def test_a_drop_is_taken_back_by_adding_the_mail_again(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A drop made by mistake is not final: `rejections add` of the mail undoes it, with its
    draft, its timeline and the memory's label."""
    raw, cfg, rid, draft_id = scanned_rejection(imap_account, tmp_path, capsys)
    with db(cfg) as conn:
        message_row = conn.execute("SELECT message_row FROM rejections").fetchone()[0]
    assert run(capsys, "--config", cfg, "rejections", "drop", str(rid))[0] == 0

    code, out, _ = run(capsys, "--config", cfg, "rejections", "add", str(message_row), "--dry-run")
    assert code == 0 and "would have:" in out and "the drop taken back" in out
    with db(cfg) as conn:
        assert conn.execute("SELECT dropped_at FROM rejections").fetchone()[0] is not None

    code, out, _ = run(
        capsys,
        "--config",
        cfg,
        "rejections",
        "add",
        str(message_row),
        "--role",
        "Analyst",
        "--json",
    )
    assert code == 0
    (added,) = json.loads(out)
    assert set(added) == json_table("`rejections add --json`")
    assert added["undropped"] is True and added["rejection_id"] == rid
    assert added["draft_id"] == draft_id and added["role"] == "Analyst"
    with db(cfg) as conn:
        assert conn.execute("SELECT dropped_at FROM rejections").fetchone()[0] is None
        assert conn.execute("SELECT status FROM drafts").fetchone()[0] == "pending"
        assert conn.execute("SELECT status FROM applications").fetchone()[0] == "rejected"
        labels = [r[0] for r in conn.execute("SELECT label FROM corrections ORDER BY id")]
    assert labels == ["not_rejection", "rejection"]
    code, out, _ = run(capsys, "--config", cfg, "rejections", "list", "--json")
    assert [r["id"] for r in json.loads(out)] == [rid]
    code, _, err = run(capsys, "--config", cfg, "rejections", "add", str(message_row))
    assert code == 1 and "already logged" in err

    # seen again: the newer correction wins, and nothing is logged twice
    imap_account.append(raw)
    assert scan(capsys, cfg)["rejections"] == 0
    with db(cfg) as conn:
        assert conn.execute("SELECT count(*) FROM rejections").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_adding_several_messages_logs_in_once(imap_account, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`rejections add A B` reads both mails again over one IMAP session (the real Dovecot;
    the login is only counted on its way)."""
    from agent.mail import imap

    imap_account.append(mail("Your Platform Engineer interviews", FIRST, sender=LUMEN))
    imap_account.append(
        mail("Your Data Analyst interviews", LATER, sender="Marco <marco@orbit.example>")
    )
    cfg = str(write_config(tmp_path, imap_account, extra="[classify]\nsentence_model = false\n"))
    scan(capsys, cfg)
    ids = sorted(str(m["id"]) for m in listed(capsys, cfg, "interviews"))
    assert len(ids) == 2
    logins: list[object] = []
    real = imap.connect
    monkeypatch.setattr(imap, "connect", lambda c: logins.append(c) or real(c))
    code, out, _ = run(capsys, "--config", cfg, "rejections", "add", *ids)
    assert code == 0 and out.count(": rejection #") == 2, out
    assert len(logins) == 1
