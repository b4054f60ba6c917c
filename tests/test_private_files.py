"""Issue 14 #7: private files whatever the umask, exposed secrets warned about,
lost races told truly, an empty local file named as such."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.cli import main
from agent.errors import StateError
from agent.feedback.drafts import approve, discard, make_draft
from agent.ingest.scan import import_local
from agent.store import Store, open_store

from helpers import seed_rejection, write_config


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_shm_and_new_folders_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "state" / "rebound" / "rebound.db"
        with open_store(path) as store, store.transaction():
            store.set_meta("k", "v")  # the WAL and SHM files exist while it is open
            files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert [_mode(f) for f in files] == [0o600] * 3
    finally:
        os.umask(old)
    assert _mode(path.parent) == 0o700 and _mode(path.parent.parent) == 0o700


def test_exposed_config_and_password_file_are_warned_about(tmp_path: Path, caplog, capsys) -> None:  # type: ignore[no-untyped-def]
    class Account:
        host, port, username, password = "127.0.0.1", 9, "u", "secret"

    cfg_path = write_config(tmp_path, Account())
    os.chmod(cfg_path, 0o644)
    os.chmod(tmp_path / "imap.pw", 0o640)
    caplog.set_level(logging.WARNING, "agent.config")
    cfg = config_mod.load(cfg_path)
    assert "config file" in caplog.text and "imap.password_file" in caplog.text
    assert "chmod 600" in caplog.text
    main(["--config", str(cfg_path), "doctor"])
    out = capsys.readouterr().out
    assert out.count("warn  file permissions") == 2
    os.chmod(cfg_path, 0o600)
    os.chmod(tmp_path / "imap.pw", 0o600)
    assert config_mod.exposed_files(cfg) == []


def _draft(tmp_path: Path) -> tuple[Store, int]:
    cfg = config_mod.load(write_config(tmp_path))
    store = open_store(cfg.database.path)
    draft_id = make_draft(store, cfg, seed_rejection(store, 1))
    assert draft_id
    return store, draft_id


def _race(store: Store, draft_id: int, status: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Another process moves the draft on between our read and our write."""
    other = open_store(store.path)
    real = store.get_draft
    calls = []

    def get_draft(i: int):  # type: ignore[no-untyped-def]
        row = real(i)
        if not calls:
            calls.append(1)
            other.set_draft_status(i, "approved", expect="pending")
            if status != "approved":
                other.set_draft_status(i, status)
        return row

    monkeypatch.setattr(store, "get_draft", get_draft)


def test_a_lost_discard_race_reports_the_real_status(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store, draft_id = _draft(tmp_path)
    _race(store, draft_id, "sending", monkeypatch)
    with pytest.raises(StateError, match="is now sending"):
        discard(store, draft_id)


def test_a_lost_approve_race_reports_the_real_status(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store, draft_id = _draft(tmp_path)
    _race(store, draft_id, "discarded", monkeypatch)
    with pytest.raises(StateError, match="is now discarded"):
        approve(store, draft_id)


def test_an_approve_race_lost_to_another_approve_is_no_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store, draft_id = _draft(tmp_path)
    _race(store, draft_id, "approved", monkeypatch)
    approve(store, draft_id)
    assert store.get_draft(draft_id)["status"] == "approved"


def test_an_empty_local_file_is_reported_as_empty(tmp_path: Path) -> None:
    cfg = config_mod.load(write_config(tmp_path))
    (tmp_path / "empty.eml").write_bytes(b"")
    with open_store(cfg.database.path) as store:
        tally = import_local(cfg, store, [str(tmp_path / "empty.eml")])
    assert tally.errors == 1
    row = open_store(cfg.database.path).query("SELECT error FROM messages")[0]
    assert "empty file" in row["error"] and "fetched" not in row["error"]
