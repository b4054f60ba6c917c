"""The child process that derives cache files: its status, its failures logged, no child at all."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from agent import files


def test_a_child_that_succeeds_reports_zero_and_reads_its_input(tmp_path: Path) -> None:
    out = tmp_path / "echo.txt"
    # json.tool reads stdin and writes the file named: a real module run as the children are.
    status = files.derive_apart("json.tool", ["-", str(out)], what="echo", stdin=b'{"a": 1}')
    assert status == 0
    assert '"a": 1' in out.read_text()


def test_a_failing_child_is_logged_with_its_last_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="agent.files")
    status = files.derive_apart("agent.no_such_module", [], what="nothing derived")
    assert status not in (0, None)
    [record] = [r for r in caplog.records if "nothing derived" in r.getMessage()]
    assert "No module named agent.no_such_module" in record.getMessage()


def test_no_child_at_all_is_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="agent.files")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))
    assert files.derive_apart("json.tool", [], what="echo") is None
    assert "echo in this process: no child" in caplog.text
