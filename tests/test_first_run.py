"""The first run over a mailbox with a year of history (issue 13, part 2), on Dovecot.

A fresh database reads from ``imap.history_days`` (or ``scan --since``) by SEARCH SINCE,
not the whole folder; rejections whose feedback window closed before they were seen are
logged "too old for a feedback request" without a draft, and the digest says so in one
line; ``scan --since`` later backfills without duplicates.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent import config as config_mod
from agent.cli import main
from agent.digest.digest import gather, render_html, render_text
from agent.feedback.drafts import TOO_OLD
from agent.ingest.scan import scan
from agent.store import open_store

from helpers import history, mail, write_config


def setup(tmp_path, account, days: int = 365, history_days: int = 30):  # type: ignore[no-untyped-def]
    made = history(account, days)
    path = write_config(tmp_path, account, imap_extra=f"history_days = {history_days}")
    cfg = config_mod.load(path)
    return cfg, open_store(cfg.database.path), made


def test_fresh_database_reads_history_days_only_and_remembers(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, _ = setup(tmp_path, imap_account, days=120, history_days=30)
    tally = scan(cfg, store)
    # days 30..0 back: 31 days of mail (SEARCH SINCE is by day), 8 of them rejections
    assert tally.messages == 31
    assert tally.rejections == 8
    top = imap_account.uids()[-1]
    assert store.sync_state("INBOX")[1] == top  # type: ignore[index]
    assert scan(cfg, store).messages == 0  # nothing twice, nothing older later
    imap_account.append(mail("Product update", "news", sender="news@tools.example"))
    assert scan(cfg, store).messages == 1


def test_too_old_rejections_are_logged_without_draft_and_summarised(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    cfg, store, made = setup(tmp_path, imap_account, days=365)
    since = datetime.now(UTC) - timedelta(days=366)
    tally = scan(cfg, store, since=since)
    assert tally.messages == made["rejections"] + made["other"]
    assert tally.rejections == made["rejections"] == 92
    # only the rejection that arrived an hour ago is still inside its window
    assert tally.drafts == 1
    rows = store.rejections()
    old = [r for r in rows if r["draft_id"] is None]
    assert len(old) == 91
    assert all(r["no_draft_reason"] == TOO_OLD and r["backfill"] == 1 for r in old)
    data = gather(cfg, store)
    assert data["history"]["count"] == 91 and data["no_draft"] == [] and data["expired"] == []
    text = render_text(cfg, data)
    line = "91 past rejections logged from history"
    assert text.count(line) == 1
    assert "EXPIRED" not in text and TOO_OLD in text
    assert text.count("\n") < 60  # one line, not a wall of 91
    assert line in render_html(cfg, data)


def test_scan_since_backfills_an_existing_database_without_duplicates(
    tmp_path,
    imap_account,  # type: ignore[no-untyped-def]
    capsys,
) -> None:
    cfg, store, _ = setup(tmp_path, imap_account, days=120, history_days=10)
    assert scan(cfg, store).messages == 11
    since = (datetime.now(UTC) - timedelta(days=60)).date().isoformat()
    assert main(["--config", cfg.source, "scan", "--since", since]) == 0
    assert store.query("SELECT count(*) AS n FROM messages")[0]["n"] == 61
    again = scan(cfg, store, since=datetime.now(UTC) - timedelta(days=60))
    assert again.messages == 0
    ids = [r["message_id"] for r in store.rejections()]
    assert len(ids) == len(set(ids)) == 16  # days 60..0 back, every 4th


def test_daemon_first_start_uses_history_days_too(tmp_path, imap_account) -> None:  # type: ignore[no-untyped-def]
    """The daemon's catch-up is the same scan_folder: a fresh start is not the whole box."""
    from agent.ingest.scan import scan_folder
    from agent.mail.imap import connect

    cfg, store, _ = setup(tmp_path, imap_account, days=60, history_days=7)
    with connect(cfg) as client:
        tally = scan_folder(client, store, cfg, "INBOX")
    assert tally.messages == 8
