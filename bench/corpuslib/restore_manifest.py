"""Committed fingerprints that tell a restorer on a new machine whether the corpus came back.

``../corpora`` is not in the repository, and every new machine so far has started without it
(sessions 16, 25, 28 and 36 rebuilt it). ``pages.csv`` already fingerprints the saved web pages;
two more gaps remained, and session 36's restore showed both:

* ``plain.csv``: the **plain-file sources** (files read with the search tool's ``read_file``
  and saved at their paths, because no snapshot could be fetched). A restorer saw only the
  docs' prose, so which files to write was guesswork and a re-transcribed JSON could not be
  told from the lost one. Each row: the snapshot entry, the path, the size in bytes, a SHA-256.
* ``build.csv``: each **unit of a build** (its part, mail count, rejections and a SHA-256 of its
  ``.eml`` bytes and label rows). A restored build checked against it names exactly the units
  that differ, so figures before and after a restore are known to be comparable or not; a
  branch that adds sources sees at once whether it changed any existing unit.

No text is stored, only hashes, so the manifests can be committed whatever the sources'
licences.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLAIN = HERE / "plain.csv"
BUILD = HERE / "build.csv"
PLAIN_FIELDS = ["entry", "path", "bytes", "sha256"]
BUILD_FIELDS = ["unit", "part", "mails", "rejections", "sha256"]
Row = dict[str, str]


def _write(rows: list[Row], fields: list[str], path: Path, what: str) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        out.write(f"# {what} (bench/corpuslib/restore_manifest.py): hashes, no text\n")
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _read(path: Path) -> list[Row]:
    if not path.is_file():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return list(csv.DictReader(lines))


def _compare(expected: list[Row], found: list[Row], key: list[str]) -> list[str]:
    """One line per difference: missing, not in the manifest, or which fields differ."""

    def ident(row: Row) -> str:
        return "/".join(row[k] for k in key) if len(key) > 1 else row[key[0]]

    want = {ident(r): r for r in expected}
    have = {ident(r): r for r in found}
    lines = [f"missing {k}" for k in sorted(want.keys() - have.keys())]
    lines += [f"not in the manifest {k}" for k in sorted(have.keys() - want.keys())]
    for k in sorted(want.keys() & have.keys()):
        diff = [f for f in want[k] if want[k][f] != have[k].get(f)]
        if diff:
            lines.append(f"differs {k}: {', '.join(diff)}")
    return lines


def _is_plain(entry: Path) -> bool:
    """A snapshot entry of saved files: a folder of its own, neither a link to a fetched
    mirror nor a git directory (``repo/``)."""
    return entry.is_dir() and not entry.is_symlink() and not (entry / "repo").exists()


def scan_plain(snapshot: Path) -> list[Row]:
    """Every saved file of every plain-file entry in ``snapshot``, sorted."""
    rows = []
    for entry in sorted(p for p in snapshot.iterdir() if _is_plain(p)):
        for path in sorted(entry.rglob("*")):
            rel = path.relative_to(entry)
            if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                data = path.read_bytes()
                rows.append(
                    {
                        "entry": entry.name,
                        "path": rel.as_posix(),
                        "bytes": str(len(data)),
                        "sha256": hashlib.sha256(data).hexdigest(),
                    }
                )
    return rows


def scan_build(out: Path) -> list[Row]:
    """One row per unit of the build in ``out`` (as ``build-corpus`` writes it)."""
    with (out / "units.csv").open(newline="", encoding="utf-8") as fh:
        units = list(csv.DictReader(fh))
    labels: dict[str, str] = {}
    for part in ("dev", "test"):
        with (out / part / "labels.csv").open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                labels[row["file"]] = ",".join(row.values())
    rows = []
    for unit in units:
        digest = hashlib.sha256()
        for n in range(int(unit["mails"])):
            name = f"{unit['unit'].replace('/', '-')}-{n:03d}.eml"
            digest.update((out / unit["part"] / "emails" / name).read_bytes())
            digest.update(labels[name].encode("utf-8"))
        rows.append(
            {
                "unit": unit["unit"],
                "part": unit["part"],
                "mails": unit["mails"],
                "rejections": unit["rejections"],
                "sha256": digest.hexdigest(),
            }
        )
    return rows


def write_plain(rows: list[Row], path: Path = PLAIN) -> None:
    _write(rows, PLAIN_FIELDS, path, "plain-file sources of the snapshot")


def write_build(rows: list[Row], path: Path = BUILD) -> None:
    _write(rows, BUILD_FIELDS, path, "units of the external corpus build")


def check_plain(snapshot: Path, path: Path = PLAIN) -> list[str]:
    return _compare(_read(path), scan_plain(snapshot), ["entry", "path"])


def check_build(out: Path, path: Path = BUILD) -> list[str]:
    return _compare(_read(path), scan_build(out), ["unit"])
