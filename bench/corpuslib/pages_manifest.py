"""The committed list of saved page templates: which files a pages folder should hold.

The saved pages (``../corpora/pages``) live outside the repository, so a new machine starts
without them and whoever restores them re-reads each page. ``pages.csv`` says what was there
when the figures in docs/corpora.md were measured: each template's folder and file, its
address, the header fields and a SHA-256 of its body (a fingerprint, not the text), so a
restorer knows every file to write and can tell whether the text came back the same.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .sources_pages import read_page

MANIFEST = Path(__file__).resolve().parent / "pages.csv"
FIELDS = ["file", "url", "kind", "stage", "own", "frame", "body_sha256", "subject_sha256"]


@dataclass(frozen=True)
class Entry:
    """One saved template as the manifest records it."""

    file: str
    url: str
    kind: str
    stage: str
    own: str
    frame: str
    body_sha256: str
    # Session 39: the subject too. Session 36's and 39's restores matched every body and still
    # built 20 units unlike build.csv, because a page's subject line (ours or the page's) was
    # not fingerprinted and came back otherwise. "" in an older manifest: not recorded.
    subject_sha256: str = ""


def fingerprint(body: str) -> str:
    """SHA-256 of a template's body with line ends and outer white space normalised."""
    text = "\n".join(line.rstrip() for line in body.strip().splitlines())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def scan(folder: Path) -> list[Entry]:
    """The entries of every saved template in ``folder``, sorted by file."""
    entries = []
    for path in sorted(folder.glob("*-*/*.txt")):
        page = read_page(path)
        entries.append(
            Entry(
                file=f"{path.parent.name}/{path.name}",
                url=page.url,
                kind=page.kind,
                stage=page.stage,
                own="1" if page.own else "0",
                frame="1" if page.frame else "0",
                body_sha256=fingerprint(page.body),
                subject_sha256=fingerprint(page.subject),
            )
        )
    return entries


def write(entries: list[Entry], path: Path = MANIFEST) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        out.write("# saved page templates (bench/corpuslib/pages_manifest.py): no text\n")
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(vars(e) for e in entries)


def read(path: Path = MANIFEST) -> list[Entry]:
    if not path.is_file():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return [Entry(**row) for row in csv.DictReader(lines)]


def compare(expected: list[Entry], found: list[Entry]) -> list[str]:
    """One line per difference: a file missing, extra, or with other header fields or text."""
    have = {e.file: e for e in found}
    want = {e.file: e for e in expected}
    lines = [f"missing {f} ({want[f].url})" for f in sorted(want.keys() - have.keys())]
    lines += [f"not in the manifest {f}" for f in sorted(have.keys() - want.keys())]
    for f in sorted(want.keys() & have.keys()):
        diff = [
            k
            for k in FIELDS
            if getattr(want[f], k) != getattr(have[f], k)
            and (k != "subject_sha256" or want[f].subject_sha256)
        ]
        if diff:
            lines.append(f"differs {f}: {', '.join(diff)}")
    return lines
