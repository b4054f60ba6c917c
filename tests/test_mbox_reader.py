"""The streaming mbox reader yields exactly what the standard library's ``mailbox.mbox`` does."""

from __future__ import annotations

import mailbox
import random
from pathlib import Path

import pytest

from agent.mail import local
from agent.mail.local import count_local_messages, local_messages, mbox_messages

CASES = {
    "plain": b"From a@x Mon Nov 30 10:00:00 2026\nSubject: one\n\nbody\n\n"
    b"From b@x Mon Nov 30 10:00:00 2026\nSubject: two\n\nbody two\n\n",
    "no_trailing_newline": b"From a@x\nSubject: one\n\nbody\n\nFrom b@x\nSubject: two\n\nlast",
    "no_blank_before_separator": b"From a@x\nSubject: one\n\nbody\nFrom b@x\nSubject: two\n\nx\n",
    "quoted_from_lines": b"From a@x\nSubject: q\n\n>From the start\n>>From deeper\n"
    b" From indented\nFrom: not a separator\n\n",
    "unquoted_from_in_body": b"From a@x\nSubject: q\n\nhello\n\nFrom here on, a new mail\n\n",
    "crlf": b"From a@x\r\nSubject: one\r\n\r\nbody\r\n\r\nFrom b@x\r\nSubject: two\r\n\r\nb\r\n",
    "separator_only": b"From a@x\n",
    "separator_without_newline": b"From a@x",
    "blank_right_after_separator": b"From a@x\n\nFrom b@x\n\n\n",
    "many_blank_lines_at_end": b"From a@x\nSubject: s\n\nbody\n\n\n\n",
    "empty_lines_between": b"From a@x\nS: 1\n\n\n\nFrom b@x\nS: 2\n",
}


def _stdlib(path: Path) -> list[bytes]:
    box = mailbox.mbox(str(path), create=False)
    try:
        return [box.get_bytes(key) for key in box.iterkeys()]
    finally:
        box.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_messages_as_stdlib(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.mbox"
    path.write_bytes(CASES[name])
    expected = _stdlib(path)
    assert list(mbox_messages(path)) == expected
    assert count_local_messages([str(path)]) == len(expected)
    assert [m.raw for m in local_messages([str(path)])] == expected


def test_separators_across_chunk_boundaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small chunks put separators, blank lines and quoted lines on every boundary."""
    rng = random.Random(15)
    lines = [b"From x@y Mon", b"", b">From quoted", b"Subject: s", b"text", b"From z", b"\r"]
    parts = [b"From first@x\n"] + [rng.choice(lines) + b"\n" for _ in range(3000)]
    path = tmp_path / "random.mbox"
    path.write_bytes(b"".join(parts) + b"tail without newline")
    expected = _stdlib(path)
    assert len(expected) > 300
    for size in (1, 2, 3, 5, 7, 64, 4096):
        monkeypatch.setattr(local, "CHUNK_BYTES", size)
        assert list(mbox_messages(path)) == expected, size
        assert count_local_messages([str(path)]) == len(expected), size


def test_written_by_stdlib(tmp_path: Path) -> None:
    """An mbox the standard library writes (it quotes "From " lines) reads back alike."""
    path = tmp_path / "written.mbox"
    box = mailbox.mbox(str(path))
    for i in range(5):
        box.add(f"Subject: {i}\n\nFrom the team\n>From quoted\nline {i}\n".encode())
    box.flush()
    box.close()
    expected = _stdlib(path)
    assert len(expected) == 5
    assert list(mbox_messages(path)) == expected
    sources = [m.source for m in local_messages([str(path)])]
    assert sources == [f"{path}#{i}" for i in range(5)]
