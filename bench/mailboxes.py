"""Mailboxes for the benchmarks: real ordinary mail with a few percent of job mail.

The ordinary mail is the SpamAssassin public corpus' ham (``corpus-ham``), unpacked
at bench time, cycled as often as needed, each copy with a fresh Message-ID so
nothing is taken for a duplicate. The job mail is every labelled mail of the
test corpora (rejections and their look-alikes), spread evenly through the box.
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAM_ARCHIVE = ROOT.parent / "shared" / "corpus-ham" / "spamassassin-ham.tgz"
JOB_FOLDERS = (
    ROOT / "tests" / "corpus" / "emails",
    ROOT.parent / "shared" / "corpus-public" / "emails",
    ROOT / "agent" / "data" / "demo",
)
_MSGID = re.compile(rb"^message-id:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)


def ham(archive: Path = HAM_ARCHIVE) -> list[bytes]:
    """Every mail of the ham archive, read straight from the tarball (nothing on disk)."""
    if not archive.is_file():
        raise SystemExit(f"{archive}: the ham corpus is missing")
    out = {}
    with tarfile.open(archive) as tar:
        for member in tar:  # in archive order: a gzip stream cannot seek back cheaply
            fh = tar.extractfile(member) if member.isfile() else None
            if fh is not None:
                out[member.name] = fh.read()
    return [out[name] for name in sorted(out)]


def job_mail() -> list[bytes]:
    return [p.read_bytes() for d in JOB_FOLDERS if d.is_dir() for p in sorted(d.glob("*.eml"))]


def with_message_id(raw: bytes, n: int) -> bytes:
    """``raw`` with its Message-ID replaced by (or given) a fresh one."""
    fresh = f"Message-ID: <bench-{n}@rebound.invalid>\n".encode()
    if b"\r\n" in raw[:2000]:
        fresh = fresh.replace(b"\n", b"\r\n")
    stripped = _MSGID.sub(b"", raw.replace(b"\r\n", b"\n"), count=1)
    if b"\r\n" in raw[:2000]:
        stripped = stripped.replace(b"\n", b"\r\n")
    return fresh + stripped


def realistic(n: int, job_share: float = 0.03) -> Iterator[bytes]:
    """``n`` mails: ham cycled, every ``1 / job_share``-th one a job mail."""
    ordinary, jobs = ham(), job_mail()
    every = max(1, round(1 / job_share)) if job_share > 0 else 0
    h = j = 0
    for i in range(n):
        if every and i % every == every // 2:
            raw, j = jobs[j % len(jobs)], j + 1
        else:
            raw, h = ordinary[h % len(ordinary)], h + 1
        yield with_message_id(raw, i)
