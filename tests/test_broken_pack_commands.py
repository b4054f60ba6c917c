"""A one-off command meets a broken phrase pack once, at its start, not once per mail.

Each command that classifies mail (``scan``, ``import``, ``classify``, ``demo``) loads
the packs before it reads any mail or opens the database: a broken pack is the
command's error (exit 2, the PackError's message naming file and key), never a
"skipped" line per mail nor a database half-filled with errors.
"""

from __future__ import annotations

import socket
from pathlib import Path
from types import SimpleNamespace

import pytest

from agent.classify.engine import LANG_DIR_ENV
from agent.cli import main

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, write_config

BROKEN = """
[meta]
code = "eo"
name = "Esperanto"

[frame.ne-elektis]
slots = [['ne'], ['elektis']]
"""
MESSAGE = "eo.toml: frame: unknown key 'frame'"


@pytest.fixture
def broken_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "lang"
    folder.mkdir()
    (folder / "eo.toml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.setenv(LANG_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def mails(tmp_path: Path) -> Path:
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "1.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION))
    (folder / "2.eml").write_bytes(mail("News", NEWSLETTER))
    return folder


def _refused(capsys: pytest.CaptureFixture[str], code: int) -> str:
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert MESSAGE in err, err
    assert err.count(MESSAGE) == 1, err  # once, not per mail
    return out


@pytest.mark.usefixtures("broken_pack")
def test_classify_stops_at_its_start(mails: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _refused(capsys, main(["classify", str(mails)]))
    assert out == ""  # no line for any mail
    out = _refused(capsys, main(["classify", "--json", str(mails)]))
    assert out == ""


@pytest.mark.usefixtures("broken_pack")
def test_import_stops_before_the_database(
    tmp_path: Path, mails: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = str(write_config(tmp_path))
    out = _refused(capsys, main(["--config", cfg, "import", str(mails)]))
    assert "skipped" not in out
    assert not (tmp_path / "rebound.db").exists()


@pytest.mark.usefixtures("broken_pack")
def test_scan_stops_before_the_server_and_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The IMAP port is closed: a scan that went there first would fail to connect (exit 1)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    account = SimpleNamespace(host="127.0.0.1", port=port, username="alex", password="pw")
    cfg = str(write_config(tmp_path, account))
    _refused(capsys, main(["--config", cfg, "scan"]))
    assert not (tmp_path / "rebound.db").exists()


@pytest.mark.usefixtures("broken_pack")
def test_demo_stops_at_its_start(capsys: pytest.CaptureFixture[str]) -> None:
    out = _refused(capsys, main(["demo"]))
    assert "REJECTION" not in out and "draft #" not in out
