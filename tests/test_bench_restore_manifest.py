"""The restore manifests (bench/corpuslib/restore_manifest.py): a new machine rebuilds the
external corpus from fetched repositories, files saved with ``read_file`` and saved pages; these
hashes say which plain files and which built units came back the same."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpuslib import restore_manifest as rm  # noqa: E402


def _snapshot(root: Path) -> Path:
    snap = root / "snapshot"
    saved = snap / "acme+ats" / "mail"
    saved.mkdir(parents=True)
    (saved / "refuse.txt").write_text("We will not move forward.\n", "utf-8")
    (snap / "acme+ats" / ".save.py").write_text("# the saving script, not a source\n", "utf-8")
    (snap / "other+repo" / "repo").mkdir(parents=True)  # a fetched git mirror
    (root / "mirror").mkdir()
    (snap / "linked+repo").symlink_to(root / "mirror")  # a linked mirror
    return snap


def _build(out: Path, body: bytes = b"Subject: No\r\n\r\nNo.\r\n") -> Path:
    for part in ("dev", "test"):
        (out / part / "emails").mkdir(parents=True, exist_ok=True)
    (out / "dev" / "emails" / "acme-en-000.eml").write_bytes(body)
    (out / "dev" / "emails" / "acme-en-001.eml").write_bytes(b"Subject: Hi\r\n\r\nHi.\r\n")
    (out / "test" / "emails" / "web-x-de-000.eml").write_bytes(b"Subject: Nein\r\n\r\nNein.\r\n")
    for part, rows in (
        ("dev", [["acme-en-000.eml", "1"], ["acme-en-001.eml", "0"]]),
        ("test", [["web-x-de-000.eml", "1"]]),
    ):
        with (out / part / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([["file", "is_rejection"], *rows])
    with (out / "units.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [
                ["unit", "part", "language", "mails", "rejections", "source_url"],
                ["acme/en", "dev", "en", "2", "1", "https://example.org/a"],
                ["web-x/de", "test", "de", "1", "1", "https://example.org/b"],
            ]
        )
    return out


def test_plain_manifest_lists_saved_files_only_and_names_what_differs(tmp_path: Path) -> None:
    snap = _snapshot(tmp_path)
    manifest = tmp_path / "plain.csv"
    rm.write_plain(rm.scan_plain(snap), manifest)
    text = manifest.read_text("utf-8")
    assert "move forward" not in text  # hashes, never the text
    rows = rm._read(manifest)
    assert [(r["entry"], r["path"], r["bytes"]) for r in rows] == [
        ("acme+ats", "mail/refuse.txt", "26")
    ]
    assert rm.check_plain(snap, manifest) == []
    (snap / "acme+ats" / "mail" / "refuse.txt").write_text("We will not go forward.\n", "utf-8")
    (snap / "acme+ats" / "mail" / "offer.txt").write_text("Welcome.\n", "utf-8")
    assert rm.check_plain(snap, manifest) == [
        "not in the manifest acme+ats/mail/offer.txt",
        "differs acme+ats/mail/refuse.txt: bytes, sha256",
    ]


def test_build_manifest_names_the_units_that_changed(tmp_path: Path) -> None:
    out = _build(tmp_path / "out")
    manifest = tmp_path / "build.csv"
    rm.write_build(rm.scan_build(out), manifest)
    assert [r["unit"] for r in rm._read(manifest)] == ["acme/en", "web-x/de"]
    assert rm.check_build(out, manifest) == []
    # the same files rebuilt elsewhere: the same; one byte of one mail: only its unit differs
    again = _build(tmp_path / "again")
    assert rm.check_build(again, manifest) == []
    changed = _build(tmp_path / "changed", body=b"Subject: No\r\n\r\nNo!\r\n")
    assert rm.check_build(changed, manifest) == ["differs acme/en: sha256"]
    # a label changed is a change too
    with (changed / "test" / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["file", "is_rejection"], ["web-x-de-000.eml", "0"]])
    assert rm.check_build(changed, manifest) == [
        "differs acme/en: sha256",
        "differs web-x/de: sha256",
    ]


def test_missing_manifest_reports_every_unit_as_new(tmp_path: Path) -> None:
    out = _build(tmp_path / "out")
    assert rm.check_build(out, tmp_path / "absent.csv") == [
        "not in the manifest acme/en",
        "not in the manifest web-x/de",
    ]
