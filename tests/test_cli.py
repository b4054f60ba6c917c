"""The command line: documented, JSON shapes per INTERFACE.md, local pipeline, demo."""

from __future__ import annotations

import argparse
import json
import mailbox
from pathlib import Path

import pytest

from agent.cli import build_parser, main

from helpers import INTERVIEW_INVITE, INTERVIEW_REJECTION, NEWSLETTER, mail, write_config

ROOT = Path(__file__).resolve().parent.parent
CLASSIFY_FIELDS = {
    "source",
    "message_id",
    "is_rejection",
    "score",
    "stage",
    "company",
    "role",
    "contact_name",
    "reply_address",
    "noreply",
    "language",
    "reasons",
}


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix} {name}".strip()
                nested = _commands(sub, full)
                found.extend(nested or [full])
    return found


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = _commands(build_parser())
    assert "demo" in commands and "drafts approve" in commands
    for command in commands:
        assert f"rebound {command}" in readme, f"`rebound {command}` is not documented in README.md"


def test_classify_json_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION, msgid="<a@x.com>"))
    (tmp_path / "b.eml").write_bytes(mail("Invitation", INTERVIEW_INVITE))
    assert main(["classify", "--json", str(tmp_path / "a.eml"), str(tmp_path / "b.eml")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 2
    for obj in lines:
        assert obj.keys() >= CLASSIFY_FIELDS
        assert 0 <= obj["score"] <= 1
        assert isinstance(obj["reasons"], list) and obj["reasons"]
    assert lines[0]["is_rejection"] is True and lines[0]["message_id"] == "<a@x.com>"
    assert lines[0]["stage"] in {"application", "screen", "interview", "final", "unknown"}
    assert lines[1]["is_rejection"] is False and lines[1]["stage"] is None


def test_classify_mbox_sources_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    box = mailbox.mbox(str(tmp_path / "box.mbox"))
    box.add(mail("Re: Interview", INTERVIEW_REJECTION))
    box.add(mail("News", NEWSLETTER))
    box.close()
    assert main(["classify", "--json", str(tmp_path / "box.mbox")]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    assert sources == [f"{tmp_path / 'box.mbox'}#0", f"{tmp_path / 'box.mbox'}#1"]

    import io
    import sys

    raw = mail("Re: Interview", INTERVIEW_REJECTION)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["classify", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "-"


def test_classify_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    assert main(["classify", "--json", str(tmp_path / "empty.eml")]) == 1
    assert "error" in json.loads(capsys.readouterr().out)
    assert main(["classify", str(tmp_path / "missing.eml")]) == 2


def test_import_then_reimport_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = str(write_config(tmp_path))
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "1.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION))
    (folder / "2.eml").write_bytes(mail("News", NEWSLETTER))
    assert main(["--config", cfg, "import", "--dry-run", str(folder)]) == 0
    assert "would have: 2 messages, 1 rejection logged" in capsys.readouterr().out
    assert main(["--config", cfg, "rejections", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--config", cfg, "import", str(folder)]) == 0
    assert "2 messages, 1 rejection logged, 1 draft created" in capsys.readouterr().out
    assert main(["--config", cfg, "import", str(folder)]) == 0
    assert "0 messages" in capsys.readouterr().out
    assert main(["--config", cfg, "drafts", "show", "1"]) == 0
    assert "To: jane.smith@acme-robotics.com" in capsys.readouterr().out
    assert main(["--config", cfg, "drafts", "discard", "1"]) == 0
    assert main(["--config", cfg, "drafts", "approve", "1"]) == 1
    assert "discarded" in capsys.readouterr().err
    assert main(["--config", cfg, "drafts", "show", "99"]) == 1


def test_send_dry_run_needs_no_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = str(write_config(tmp_path))
    (tmp_path / "1.eml").write_bytes(mail("Re: Interview", INTERVIEW_REJECTION))
    main(["--config", cfg, "import", str(tmp_path / "1.eml")])
    main(["--config", cfg, "drafts", "approve", "1"])
    capsys.readouterr()
    assert main(["--config", cfg, "send", "--dry-run"]) == 0
    assert "would-send" in capsys.readouterr().out
    assert main(["--config", cfg, "drafts", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "approved"


def test_demo_runs_without_servers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "REJECTION" in out and "not a rejection" in out
    assert "draft #" in out
    assert "Rebound:" in out  # the digest
    # One application's timeline: sent, acknowledged, interview, and a terse "no" whose
    # stage (interview) comes from that history.
    timeline = out[out.index("Application #") :]
    order = ["own application", "acknowledgement", "interview invitation",
             "rejection (stage interview)"]  # fmt: skip
    positions = [timeline.index(kind) for kind in order]
    assert positions == sorted(positions)
    assert 'history:interview "interview invitation 2026-11-03"' in out
    assert "Nothing was sent" in out
