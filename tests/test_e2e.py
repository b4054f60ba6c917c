"""The whole path of one rejection on real servers: Dovecot → scan → approve → send → aiosmtpd."""

from __future__ import annotations

import json
import sqlite3

import pytest

from agent.cli import main

from helpers import INTERVIEW_INVITE, INTERVIEW_REJECTION, NEWSLETTER, OFFER, mail, write_config


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def inbox(imap_account):  # type: ignore[no-untyped-def]
    """An interview thread's rejection plus three look-alikes, appended over IMAP."""
    thread_root = "<interview-invite-1@acme-robotics.com>"
    imap_account.append(
        mail(
            "Re: Interview for Senior Data Engineer",
            INTERVIEW_REJECTION,
            msgid="<rejection-1@acme-robotics.com>",
            headers={"In-Reply-To": thread_root, "References": thread_root},
        )
    )
    imap_account.append(mail("Interview invitation: Data Engineer", INTERVIEW_INVITE))
    imap_account.append(mail("Your offer from Acme Robotics", OFFER))
    imap_account.append(
        mail(
            "Coping with rejection",
            NEWSLETTER,
            sender="Career Weekly <newsletter@careerweekly.example>",
            headers={
                "List-Unsubscribe": "<mailto:unsub@careerweekly.example>",
                "Precedence": "bulk",
            },
        )
    )
    return imap_account


def test_scan_approve_send_exactly_once(inbox, smtp_server, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path, inbox, smtp_server))

    code, out, err = run(capsys, "--config", cfg, "scan")
    assert code == 0, err
    assert "4 messages, 1 rejection logged, 1 draft created, 0 errors" in out

    code, out, _ = run(capsys, "--config", cfg, "rejections", "list", "--json")
    rejections = json.loads(out)
    assert len(rejections) == 1
    rej = rejections[0]
    assert rej["company"] == "Acme Robotics"
    assert rej["stage"] == "interview"
    assert rej["reply_address"] == "jane.smith@acme-robotics.com"
    assert rej["contact_name"] == "Jane Smith"

    code, out, _ = run(capsys, "--config", cfg, "drafts", "list", "--json")
    drafts = json.loads(out)
    assert [d["status"] for d in drafts] == ["pending"]
    draft = drafts[0]
    assert draft["to"] == "jane.smith@acme-robotics.com"
    assert draft["subject"] == "Re: Interview for Senior Data Engineer"
    assert draft["in_reply_to"] == "<rejection-1@acme-robotics.com>"
    for key in (
        "id",
        "rejection_id",
        "body",
        "message_id",
        "send_after",
        "deadline",
        "created_at",
        "approved_at",
        "sent_at",
    ):
        assert key in draft

    # A second scan finds nothing new.
    code, out, _ = run(capsys, "--config", cfg, "scan")
    assert code == 0
    assert "0 messages" in out

    # Nothing goes out before approval.
    code, out, _ = run(capsys, "--config", cfg, "send")
    assert code == 0 and "nothing to send" in out
    assert smtp_server.messages == []

    code, out, _ = run(capsys, "--config", cfg, "drafts", "approve", str(draft["id"]))
    assert code == 0, out
    code, out, _ = run(capsys, "--config", cfg, "send")
    assert code == 0 and "sent" in out
    sent = smtp_server.wait_for(1)
    assert len(sent) == 1
    msg = sent[0].message
    assert sent[0].rcpt_tos == ["jane.smith@acme-robotics.com"]
    assert msg["In-Reply-To"] == "<rejection-1@acme-robotics.com>"
    assert msg["References"].split() == [
        "<interview-invite-1@acme-robotics.com>",
        "<rejection-1@acme-robotics.com>",
    ]
    assert msg["Subject"] == "Re: Interview for Senior Data Engineer"
    assert msg["Message-ID"] == draft["message_id"]
    assert "Senior Data Engineer" in msg.get_content()

    # Sending again sends nothing.
    code, out, _ = run(capsys, "--config", cfg, "send")
    assert code == 0 and "nothing to send" in out
    assert len(smtp_server.messages) == 1
    code, out, _ = run(capsys, "--config", cfg, "drafts", "list", "--json")
    assert json.loads(out)[0]["status"] == "sent"
    assert json.loads(out)[0]["sent_at"]

    # Every state change left an audit row.
    db = sqlite3.connect(tmp_path / "rebound.db")
    actions = [r[0] for r in db.execute("SELECT action FROM events WHERE entity = 'draft'")]
    # "smtp" marks the point of no return (recipients accepted, DATA next)
    assert actions == ["created", "approved", "sending", "smtp", "sent", "filed_in_sent"]
    # ...and the copy filed in Sent is the very mail that went out.
    (copy,) = inbox.fetch_all("Sent")
    assert draft["message_id"].encode() in copy


def test_scan_is_incremental_and_resumes(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path, imap_account, imap_extra="batch_size = 2"))
    for i in range(5):
        imap_account.append(mail(f"Newsletter {i}", NEWSLETTER))
    code, out, _ = run(capsys, "--config", cfg, "scan")
    assert code == 0 and "5 messages" in out
    imap_account.append(mail("Re: Interview", INTERVIEW_REJECTION))
    code, out, _ = run(capsys, "--config", cfg, "scan")
    assert "1 message, 1 rejection logged" in out
    db = sqlite3.connect(tmp_path / "rebound.db")
    (last_uid,) = db.execute("SELECT last_uid FROM sync_state WHERE folder = 'INBOX'").fetchone()
    assert last_uid == max(imap_account.uids())
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 6


def test_broken_message_is_recorded_and_scan_goes_on(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path, imap_account))
    imap_account.append(b"\r\n\r\n\r\n")
    imap_account.append(mail("Re: Interview", INTERVIEW_REJECTION))
    code, out, _err = run(capsys, "--config", cfg, "scan")
    assert code == 0
    assert "1 rejection logged" in out and "1 error" in out
    db = sqlite3.connect(tmp_path / "rebound.db")
    rows = db.execute("SELECT status, error, attempts FROM messages ORDER BY uid").fetchall()
    assert rows[0][0] == "error" and rows[0][1]
    # The failed one is tried again on the next scan, and counted.
    run(capsys, "--config", cfg, "scan")
    assert db.execute("SELECT attempts FROM messages WHERE status='error'").fetchone()[0] == 2


def test_wrong_password_is_one_line_exit_1(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = write_config(tmp_path, imap_account)
    (tmp_path / "imap.pw").write_text("not-the-password\n")
    code, _out, err = run(capsys, "--config", str(cfg), "scan")
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("rebound:")]
    assert len(errors) == 1 and "login refused" in errors[0]
    assert "Traceback" not in err
    assert "not-the-password" not in err


def test_unreachable_server_exit_1(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from servers import free_ports

    class Nowhere:
        host, port, username, password = "127.0.0.1", free_ports()[0], "x", "y"

    cfg = write_config(tmp_path, Nowhere())
    code, _, err = run(capsys, "--config", str(cfg), "scan")
    assert code == 1 and "cannot connect" in err


def test_tls_verification_on_by_default(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = write_config(tmp_path, imap_account)
    text = cfg.read_text().replace(f"port = {imap_account.port}", f"port = {imap_account.ssl_port}")
    cfg.write_text(text.replace('security = "none"', 'security = "ssl"', 1))
    code, _, err = run(capsys, "--config", str(cfg), "scan")
    assert code == 1 and "certificate" in err
    ca = imap_account.server.ca_file
    cfg.write_text(
        cfg.read_text().replace('security = "ssl"', f'security = "ssl"\nca_file = "{ca}"', 1)
    )
    code, _out, err = run(capsys, "--config", str(cfg), "scan")
    assert code == 0, err


def test_send_refused_permanently_marks_failed(inbox, smtp_server, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path, inbox, smtp_server))
    run(capsys, "--config", cfg, "scan")
    run(capsys, "--config", cfg, "drafts", "approve", "1")
    smtp_server.reject_next(550, "mailbox unavailable")
    code, out, _ = run(capsys, "--config", cfg, "send")
    assert code == 1 and "failed" in out
    code, out, _ = run(capsys, "--config", cfg, "drafts", "list", "--json")
    draft = json.loads(out)[0]
    assert draft["status"] == "failed" and "550" in draft["error"]


def test_digest_send_and_preview(inbox, smtp_server, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path, inbox, smtp_server))
    run(capsys, "--config", cfg, "scan")
    code, out, _ = run(capsys, "--config", cfg, "digest", "--preview")
    assert code == 0
    assert "1 draft to approve" in out and "Acme Robotics" in out
    code, out, _ = run(capsys, "--config", cfg, "digest", "--send")
    assert code == 0
    (captured,) = smtp_server.wait_for(1)
    assert captured.rcpt_tos == ["alex.doe@example.com"]
    msg = captured.message
    assert msg.get_content_type() == "multipart/alternative"
    assert {p.get_content_type() for p in msg.iter_parts()} == {"text/plain", "text/html"}
