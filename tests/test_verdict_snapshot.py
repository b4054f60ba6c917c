"""Every verdict and field on every corpus mail, compared with a reviewed snapshot.

Why: a refactor of the classifier must not change what it decides, and a rule
change must change only what its author meant to. When behaviour changes on
purpose, regenerate with ``python tests/test_verdict_snapshot.py`` and review
the diff of ``tests/data/verdicts.json`` verdict by verdict.

The owners of each folder are inferred as ``bench/accuracy`` does (the
addresses most of its mail is sent to), so the owner gate is exercised too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from agent.classify import classify  # noqa: E402
from agent.mail.parse import Message, parse_bytes  # noqa: E402

SNAPSHOT = ROOT / "tests" / "data" / "verdicts.json"
FOLDERS = {
    "own": ROOT / "tests" / "corpus" / "emails",
    "public": ROOT.parent / "shared" / "corpus-public" / "emails",
    "demo": ROOT / "agent" / "data" / "demo",
}


def _owners(msgs: list[Message]) -> list[str]:
    """Addresses that receive a fifth of a folder's mail or more (bench/accuracy's rule)."""
    counts: dict[str, int] = {}
    for msg in msgs:
        for addr in {a.lower() for _, a in msg.to if "@" in a}:
            counts[addr] = counts.get(addr, 0) + 1
    floor = max(2, len(msgs) // 5)
    return sorted(a for a, n in counts.items() if n >= floor)


def verdicts(name: str) -> dict[str, dict[str, object]]:
    """``classify --json`` fields of every mail of one folder, keyed ``folder/file``."""
    folder = FOLDERS[name]
    paths = sorted(folder.glob("*.eml"))
    msgs = [parse_bytes(p.read_bytes()) for p in paths]
    owners = _owners(msgs)
    return {
        f"{name}/{p.name}": {"message_id": m.message_id, **classify(m, owners).as_json()}
        for p, m in zip(paths, msgs, strict=True)
    }


def present() -> list[str]:
    return [name for name, folder in FOLDERS.items() if folder.is_dir()]


def test_verdicts_match_the_snapshot() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    names = present()
    assert "own" in names and "demo" in names
    got: dict[str, dict[str, object]] = {}
    for name in names:
        got.update(verdicts(name))
    wanted = {k: v for k, v in expected.items() if k.split("/")[0] in names}
    assert set(got) == set(wanted), "mails added or removed: regenerate the snapshot"
    changed = [
        f"{key}: {field}: {wanted[key].get(field)!r} -> {got[key].get(field)!r}"
        for key in sorted(got)
        for field in sorted(set(got[key]) | set(wanted[key]))
        if got[key].get(field) != wanted[key].get(field)
    ]
    assert not changed, f"{len(changed)} field(s) changed:\n" + "\n".join(changed[:40])


if __name__ == "__main__":
    everything: dict[str, dict[str, object]] = {}
    for folder_name in present():
        everything.update(verdicts(folder_name))
    SNAPSHOT.parent.mkdir(exist_ok=True)
    SNAPSHOT.write_text(
        json.dumps(everything, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(everything)} verdicts to {SNAPSHOT}")
