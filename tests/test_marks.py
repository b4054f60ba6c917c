"""The bench-only mark of a scan's first FETCH (``agent.marks``, read by bench/scan_ab)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from agent import marks
from agent.cli import main

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, write_config
from servers import Account


def scan(cfg: Path) -> None:
    assert main(["--quiet", "--config", str(cfg), "scan"]) == 0


def test_a_scan_marks_its_first_fetch_once(
    imap_account: Account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marks, "_done", set())
    out = tmp_path / "marks.jsonl"
    cfg = write_config(tmp_path, imap_account)
    imap_account.append(mail("News", NEWSLETTER))
    scan(cfg)  # no REBOUND_MARKS: nothing written
    assert not out.exists()

    monkeypatch.setenv(marks.MARKS_ENV, str(out))
    imap_account.append(mail("Re: Interview", INTERVIEW_REJECTION))
    before, cpu_before = time.monotonic(), time.process_time()
    scan(cfg)
    after, cpu_after = time.monotonic(), time.process_time()
    (line,) = [json.loads(text) for text in out.read_text().splitlines()]
    assert line["mark"] == "first-fetch" and line["pid"] == os.getpid()
    assert before < line["clock"] < after
    assert cpu_before <= line["cpu"] <= cpu_after
    assert line["children_cpu"] >= 0 and line["maxrss_kib"] > 10_000

    imap_account.append(mail("News again", NEWSLETTER))
    scan(cfg)  # a second scan in the same process: the first FETCH was the process's
    assert len(out.read_text().splitlines()) == 1


def test_nothing_to_fetch_writes_no_mark(
    imap_account: Account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marks, "_done", set())
    out = tmp_path / "marks.jsonl"
    monkeypatch.setenv(marks.MARKS_ENV, str(out))
    scan(write_config(tmp_path, imap_account))
    assert not out.exists()
