"""No merge leftovers: a conflict marker in a doc or template is shown to users as is."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^(<{7}|>{7})( |$)|^={7}$", re.MULTILINE)


def test_no_tracked_file_holds_a_merge_conflict_marker() -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    checked, found = 0, []
    for name in filter(None, files):
        path = ROOT / name.decode()
        if path.suffix not in {".py", ".md", ".toml", ".j2", ".txt", ".html", ".cfg", ""}:
            continue
        if not path.is_file() or path.is_symlink():
            continue
        checked += 1
        if MARKER.search(path.read_text(errors="replace")):
            found.append(str(path.relative_to(ROOT)))
    assert checked > 50
    assert found == []
