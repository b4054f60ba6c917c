"""Processes started together on an empty cache compile a pattern database once.

A real compile child (``python -m agent.classify.onepass_child``) is started while the test
holds the cache folder's lock, as a first process compiling would; the test then writes
a database of *other* patterns to the file and lets go. The child must read that file
and exit, not compile its own over it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import hyperscan

from agent import files
from agent.classify import onepass


def _child(path: Path, patterns: tuple[str, ...]) -> subprocess.Popen[bytes]:
    stdin = path.with_suffix(".json")
    stdin.write_text(json.dumps(patterns))
    with stdin.open("rb") as fh:
        return subprocess.Popen(
            [sys.executable, "-m", "agent.classify.onepass_child", str(path), "0"],
            stdin=fh,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )


def test_a_waiting_child_reads_what_the_first_compiled(tmp_path: Path) -> None:
    path = tmp_path / "onepass-decision-0123456789abcdef.hs"
    first = hyperscan.dumpb(onepass.scanner(("first process",)))
    with files.one_at_a_time(tmp_path, "onepass-decision"):
        child = _child(path, ("the child's own patterns",))
        time.sleep(0.5)
        assert child.poll() is None, child.communicate()  # it waits for the lock
        path.write_bytes(first)  # as the first process's compile would
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert path.read_bytes() == first  # read, not compiled again over it


def test_alone_the_child_compiles_and_writes(tmp_path: Path) -> None:
    path = tmp_path / "onepass-decision-0123456789abcdef.hs"
    child = _child(path, ("the child's own patterns",))
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    db = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    assert onepass.any_match(db, b"here are THE CHILD'S OWN PATTERNS")
    assert (tmp_path / ".onepass-decision.lock").stat().st_mode & 0o777 == 0o600
