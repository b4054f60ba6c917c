"""Everyday commands: several drafts at once, restore, filters, --json, review on a terminal,
progress and quiet output on a terminal (a real pty via pexpect)."""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pexpect
import pytest

from agent.cli import main
from agent.config import load
from agent.console.progress import LineProgress
from agent.feedback.drafts import make_draft
from agent.store import iso, open_store

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, seed_rejection, write_config

REBOUND = [sys.executable, "-m", "agent.cli"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seeded(tmp_path: Path, n: int = 3) -> str:
    """A config and ``n`` pending drafts for Acme, Globex, Initech…, deadlines in reverse."""
    cfg_path = write_config(tmp_path)
    cfg = load(cfg_path)
    companies = ["Acme", "Globex", "Initech", "Umbrella"]
    now = datetime.now(UTC).replace(microsecond=0)
    with open_store(cfg.database.path) as store:
        for i in range(n):
            rid = seed_rejection(
                store,
                i + 1,
                company=companies[i],
                stage=["interview", "final", "screen", "interview"][i],
                reply_address=f"hr@{companies[i].lower()}.example",
                received_at=iso(now - timedelta(days=10 - i)),
                body=f"Dear Alex, {companies[i]} decided to move forward with another candidate.",
                subject=f"Your application at {companies[i]}",
            )
            # drafted when it arrived (days ago); its window is moved to now below
            draft_id = make_draft(store, cfg, rid, now=now - timedelta(days=10 - i, hours=-1))
            assert draft_id is not None
            # the first one is the least urgent: deadlines 3 h, 2 h, 1 h from now
            store.note_draft(
                draft_id,
                "test",
                send_after=iso(now - timedelta(hours=1)),
                deadline=iso(now + timedelta(hours=n - i)),
            )
    return str(cfg_path)


def test_approve_and_discard_several_or_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = seeded(tmp_path, 4)
    code, out, _ = run(capsys, "--config", cfg, "drafts", "approve", "1", "3")
    assert code == 0 and "draft #1 approved" in out and "draft #3 approved" in out
    code, out, err = run(capsys, "--config", cfg, "drafts", "approve", "2", "99", "4")
    assert code == 1  # 99 does not exist, the others are still approved
    assert "no draft with id 99" in err and "draft #4 approved" in out
    code, out, _ = run(capsys, "--config", cfg, "drafts", "discard", "--all")
    assert code == 0 and out.strip() == "no pending drafts"
    code, _, err = run(capsys, "--config", cfg, "drafts", "approve")
    assert code == 2 and "name draft ids, or --all" in err
    run(capsys, "--config", cfg, "drafts", "restore", "2")  # not discarded: refused
    code, _, err = run(capsys, "--config", cfg, "drafts", "restore", "2")
    assert code == 1 and "only discarded or expired" in err


def test_discard_all_then_restore_reopens_a_closed_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = seeded(tmp_path, 2)
    code, out, _ = run(capsys, "--config", cfg, "drafts", "discard", "--all")
    assert code == 0 and out.count("discarded") == 2
    with open_store(load(cfg).database.path) as store:
        store.note_draft(1, "test", deadline=iso(datetime.now(UTC) - timedelta(hours=1)))
    code, out, _ = run(capsys, "--config", cfg, "drafts", "restore", "1")
    assert code == 0 and "pending again" in out
    _, out, _ = run(capsys, "--config", cfg, "drafts", "show", "1", "--json")
    draft = json.loads(out)
    assert draft["status"] == "pending"
    assert datetime.fromisoformat(draft["deadline"]) > datetime.now(UTC)
    assert draft.keys() >= {"id", "to", "subject", "body", "send_after", "deadline"}


def test_rejections_list_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path, 4)

    def ids(*extra: str) -> list[str]:
        code, out, _ = run(capsys, "--config", cfg, "rejections", "list", "--json", *extra)
        assert code == 0
        return [r["company"] for r in json.loads(out)]

    assert ids() == ["Acme", "Globex", "Initech", "Umbrella"]
    assert ids("--stage", "interview") == ["Acme", "Umbrella"]
    assert ids("--company", "GLOB") == ["Globex"]
    assert ids("--limit", "2") == ["Initech", "Umbrella"]  # the newest two, oldest first
    # Initech arrived 8 days ago, Globex 9: the UTC day of "8 days ago" parts them at any
    # hour ("8 days and an hour" fell on Globex's day just after midnight).
    since = (datetime.now(UTC) - timedelta(days=8)).strftime("%Y-%m-%d")
    assert ids("--since", since) == ["Initech", "Umbrella"]
    _code, out, _ = run(capsys, "--config", cfg, "rejections", "list", "--company", "zzz")
    assert out.strip() == "no rejections match"
    with pytest.raises(SystemExit):
        main(["--config", cfg, "rejections", "list", "--limit", "0"])


def test_import_and_send_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = str(write_config(tmp_path))
    (tmp_path / "1.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION))
    (tmp_path / "2.eml").write_bytes(mail("News", NEWSLETTER))
    code, out, _ = run(
        capsys,
        "--config",
        cfg,
        "import",
        "--json",
        str(tmp_path / "1.eml"),
        str(tmp_path / "2.eml"),
    )
    assert code == 0
    doc = json.loads(out)  # the whole of stdout is one JSON document
    assert {k: doc[k] for k in ("messages", "rejections", "drafts", "errors")} == {
        "messages": 2,
        "rejections": 1,
        "drafts": 1,
        "errors": 0,
    }
    assert doc["dry_run"] is False and doc["stopped"] is False
    (finding,) = doc["findings"]
    assert finding["company"] == "Acme Robotics" and finding["draft_id"] == 1
    run(capsys, "--config", cfg, "drafts", "approve", "1")
    code, out, _ = run(capsys, "--config", cfg, "send", "--dry-run", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["dry_run"] is True
    assert doc["results"][0]["draft_id"] == 1 and doc["counts"] == {"would-send": 1}


def test_a_rejection_without_draft_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = str(write_config(tmp_path))
    old = datetime.now(UTC) - timedelta(days=20)  # its feedback window closed long ago
    (tmp_path / "1.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION, date=old))
    code, out, _ = run(capsys, "--config", cfg, "import", str(tmp_path / "1.eml"))
    assert code == 0
    assert "rejection  Acme Robotics" in out
    assert "no draft: too old for a feedback request" in out
    (tmp_path / "2.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION, date=old))
    code, out, _ = run(capsys, "--config", cfg, "import", "--json", str(tmp_path / "2.eml"))
    (finding,) = json.loads(out)["findings"]
    assert finding["draft_id"] is None
    assert finding["no_draft_reason"] == "too old for a feedback request"


def test_scan_json_against_dovecot(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(mail("Re: Interview", INTERVIEW_REJECTION))
    imap_account.append(mail("News", NEWSLETTER))
    cfg = str(write_config(tmp_path, imap_account))
    code, out, _ = run(capsys, "--config", cfg, "scan", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["messages"] == 2 and doc["rejections"] == 1
    assert doc["findings"][0]["stage"] == "interview"


def test_line_progress_off_a_terminal(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    progress = LineProgress(every=0)
    progress.begin("INBOX", 3)
    progress.advance()
    progress.advance(2)
    progress.end()
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0].startswith("INBOX: 1/3 messages,") and "msg/s, ETA" in lines[0]
    assert lines[-1].startswith("INBOX: 3/3 messages,") and "ETA" not in lines[-1]


# ---------------------------------------------------------------- on a real terminal


def spawn(cfg: str, *argv: str, cwd: Path) -> pexpect.spawn:
    return pexpect.spawn(
        REBOUND[0],
        [*REBOUND[1:], "--config", cfg, *argv],
        cwd=str(Path(__file__).resolve().parent.parent),
        env={
            "PATH": "/usr/bin:/bin",
            "TERM": "xterm",
            "COLUMNS": "120",
            "LINES": "40",
            "EDITOR": f"{sys.executable} {cwd / 'edit.py'}",
            "REBOUND_CACHE_DIR": os.environ["REBOUND_CACHE_DIR"],  # set by conftest
        },
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 120),
    )


def test_review_on_a_terminal(tmp_path: Path) -> None:
    cfg = seeded(tmp_path, 3)
    (tmp_path / "edit.py").write_text(
        "import sys\np = sys.argv[1]\nopen(p, 'a').write('PS: edited in review\\n')\n"
    )
    child = spawn(cfg, "review", cwd=tmp_path)
    # Most urgent first: Initech (deadline in 1 h), then Globex, then Acme.
    child.expect("Initech")
    child.expect(r"Their mail")
    child.expect(r"Initech decided to move forward")  # the rejection, beside the draft
    child.expect(r"\[a\]pprove \[e\]dit \[d\]iscard \[s\]kip \[q\]uit")
    child.sendline("e")
    child.expect("PS: edited in review")
    child.expect(r"\[q\]uit")
    child.sendline("a")
    child.expect("draft #3 approved")
    child.expect("Globex")
    child.expect(r"\[q\]uit")
    child.sendline("x")  # unknown key: the help, and the same draft again
    child.expect("s - skip")
    child.sendline("d")
    child.expect("draft #2 discarded")
    child.expect("Acme")
    child.expect(r"\[q\]uit")
    child.sendline("q")
    child.expect("1 draft approved; 1 draft edited; 1 draft discarded; 1 draft left")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    with open_store(load(cfg).database.path) as store:
        assert [(d["id"], d["status"]) for d in store.drafts()] == [
            (1, "pending"),
            (2, "discarded"),
            (3, "approved"),
        ]
        assert store.get_draft(3)["body"].endswith("PS: edited in review\n")


def test_review_needs_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path, 1)
    code, _, err = run(capsys, "--config", cfg, "review")
    assert code == 2 and "review needs a terminal" in err


def test_import_progress_bar_and_quiet_terminal(tmp_path: Path) -> None:
    cfg = str(write_config(tmp_path))
    folder = tmp_path / "mails"
    folder.mkdir()
    for i in range(60):
        body = INTERVIEW_REJECTION if i % 20 == 0 else NEWSLETTER
        (folder / f"{i:03}.eml").write_bytes(mail(f"Mail {i}", body))
    child = spawn(cfg, "import", str(folder), cwd=tmp_path)
    child.expect(pexpect.EOF)
    out = child.before
    child.close()
    assert child.exitstatus == 0, out
    assert "60/60" in out and "msg/s" in out and "ETA" in out  # the bar: count, rate, ETA
    assert out.count("rejection  Acme Robotics") == 3  # one line per finding, once each
    assert " INFO " not in out  # quiet on a terminal
    assert "60 messages, 3 rejections logged, 3 drafts created, 0 errors" in out
    # -v brings the info lines back, printed above the bar, never inside it
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    child = spawn(str(write_config(fresh)), "-v", "import", str(folder), cwd=tmp_path)
    child.expect(pexpect.EOF)
    out = child.before
    child.close()
    info = [line for line in out.splitlines() if " INFO " in line]
    assert info, out
    assert all("━" not in line and "msg/s" not in line for line in info)
    assert "rejection 3: draft 3" in out


def test_send_says_when_approved_drafts_go_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = seeded(tmp_path, 1)
    later = datetime(2031, 3, 4, 10, 30, tzinfo=UTC)
    with open_store(load(cfg).database.path) as store:
        store.note_draft(1, "test", send_after=iso(later), deadline=iso(later + timedelta(days=1)))
    run(capsys, "--config", cfg, "drafts", "approve", "1")
    code, out, _ = run(capsys, "--config", cfg, "send")
    assert code == 0
    assert out.strip() == (
        "nothing to send now; 1 approved draft waits for its window, the first from "
        "Tue 04 Mar 10:30 (`rebound send` then, or the daemon)"
    )


def test_review_reflows_wrapped_prose_but_keeps_a_signature() -> None:
    from agent.console.review import _excerpt

    text = _excerpt(INTERVIEW_REJECTION + "\n> On Monday you wrote:\n> quoted\n")
    assert (
        "Thank you for taking the time to interview with us for the Senior Data Engineer "
        "role\nlast week." not in text
    )
    assert "for the Senior Data Engineer role last week. The team enjoyed meeting you." in text
    assert text.endswith(
        "Best regards,\nJane Smith\nTalent Acquisition, Acme Robotics\njane.smith@acme-robotics.com"
    )
    assert "quoted" not in text


def test_dry_runs_change_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path, 2)
    code, out, _ = run(capsys, "--config", cfg, "drafts", "approve", "--all", "--dry-run")
    assert code == 0 and out.count("would have: draft #") == 2
    code, out, _ = run(capsys, "--config", cfg, "drafts", "discard", "1", "--dry-run")
    assert code == 0 and out.startswith("would have: draft #1 discarded")
    run(capsys, "--config", cfg, "drafts", "discard", "2")
    code, out, _ = run(capsys, "--config", cfg, "drafts", "restore", "2", "--dry-run")
    assert code == 0 and out.startswith("would have: draft #2 pending again")
    with open_store(load(cfg).database.path) as store:
        assert [d["status"] for d in store.drafts()] == ["pending", "discarded"]
