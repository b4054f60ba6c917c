"""What mail first meets of the patterns (a search's opening literals, its widest match, the
programs of its finders) is kept for the next process, by one writer, once a run; a broken
kept file only costs time (issue 15, session 25)."""

from __future__ import annotations

import json
import mailbox
import os
import pickle
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from agent.classify import needles, patterncache, srecode
from agent.classify.matching import Scan

from helpers import count_pattern_work, restart_patterncache

ROOT = Path(__file__).resolve().parent.parent
EMAILS = ROOT / "tests" / "corpus" / "emails"
PATTERNS = (
    (r"\b(?:unfortunately|regrettably),? we\b", re.I),
    (r"(?:\d+|many) applicants? for (?:the|this) (?:role|position)", re.I),
    (r"^Thank you for (?:applying|your interest)\b", re.M),
)

# One process's import of a few labelled mails, the pattern work it did printed as JSON.
# "worker": a forked worker analyses every chunk (this process takes none of them).
_IMPORT = """
import json, sys
from pathlib import Path
import pytest
from agent import config as config_mod
from agent.ingest import parallel
from agent.ingest.scan import import_local
from agent.store import open_store
from helpers import count_pattern_work, use_cores, write_config

folder, mbox, worker = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "worker"
mp = pytest.MonkeyPatch()
by_worker = use_cores(mp, 2 if worker else 1)
if worker:
    claim = parallel._claim
    mp.setattr(parallel, "_claim", lambda ends, slot, *, front: claim(ends, slot, front=True) if front else None)
cfg = config_mod.load(write_config(folder, extra="[imap]\\nbatch_size = 20\\n"))
done = count_pattern_work(mp)
with open_store(cfg.database.path) as store:
    tally = import_local(cfg, store, [mbox])
print(json.dumps({"work": done, "by_worker": sum(by_worker), "rejections": tally.rejections}))
"""


def _run_import(tmp_path: Path, cache: Path, mbox: Path, name: str, how: str) -> dict:  # type: ignore[type-arg]
    folder = tmp_path / name
    folder.mkdir()
    env = {
        **os.environ,
        "REBOUND_CACHE_DIR": str(cache),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT, str(folder), str(mbox), how],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[type-arg]
    return result


def test_a_second_process_does_none_of_the_work_the_first_met(tmp_path: Path) -> None:
    """The first import's worker met the patterns (this process took no chunk); its part came
    back and was saved at the import's end: the next import, in one process, derives and
    compiles nothing, and records the same."""
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    session = Path(os.environ.get("REBOUND_CACHE_DIR", "/nonexistent"))
    for built in session.glob("onepass-*.hs"):  # the cheap path's databases: minutes to build
        shutil.copy(built, cache / built.name)
    mbox = tmp_path / "mails.mbox"
    box = mailbox.mbox(str(mbox))
    for path in sorted(EMAILS.glob("*.eml"))[:80]:
        box.add(path.read_bytes())
    box.close()
    first = _run_import(tmp_path, cache, mbox, "first", "worker")
    assert first["by_worker"] > 0
    kinds = {kind for kind, _ in first["work"]}
    assert {"starts", "width"} <= kinds, kinds  # a fresh cache: derived on first use
    kept = sorted(cache.glob("needles-*"))  # the subprocesses' names (their code's hash)
    assert [p.suffix for p in kept] == [".json", ".sre"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)
    second = _run_import(tmp_path, cache, mbox, "second", "alone")
    assert second["work"] == []
    assert second["rejections"] == first["rejections"] > 0


_restart = restart_patterncache  # as a new process starts


def _searches() -> list[tuple[str, re.Pattern[str], Scan]]:
    out = []
    for pattern, flags in PATTERNS:
        scan = Scan(re.compile(pattern, flags))
        out.append((pattern, scan.rx, scan))
    return out


TEXT = "Dear Sam,\nThank you for applying. Unfortunately, we had 300 applicants for this role.\n"


def test_opening_literals_widths_and_finders_come_back_without_work(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truth = [(needles.starts(p, f), needles.max_width(p, f)) for p, f in PATTERNS]
    first = [
        (scan.search(TEXT), patterncache.max_width(p, rx.flags)) for p, rx, scan in _searches()
    ]
    patterncache.save()
    _restart(monkeypatch)
    with monkeypatch.context() as m:
        done = count_pattern_work(m)
        again = [
            (scan.search(TEXT), patterncache.max_width(p, rx.flags)) for p, rx, scan in _searches()
        ]
        kept = [
            (patterncache.starts(p, rx.flags), patterncache.max_width(p, rx.flags))
            for p, rx, _ in _searches()
        ]
    assert done == []
    assert kept == truth
    for (m1, w1), (m2, w2), (_, want) in zip(first, again, truth, strict=True):
        assert w1 == w2 == want
        assert m1 is not None and m2 is not None and m1.span() == m2.span()


def test_a_save_copies_kept_programs_it_did_not_build(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later save keeps the earlier run's programs used again (copied from the file) with the
    new ones: a third process compiles none of either."""
    old, new = PATTERNS[0], PATTERNS[1]
    patterncache.compiled(*old)
    patterncache.save()
    _restart(monkeypatch)
    patterncache.compiled(*old)  # from the kept file
    patterncache.compiled(*new)  # compiled now
    patterncache.save()
    _restart(monkeypatch)
    with monkeypatch.context() as m:
        done = count_pattern_work(m)
        built = [patterncache.compiled(*one) for one in (old, new)]
    assert done == []
    assert built == [re.compile(*old), re.compile(*new)]


@pytest.mark.parametrize(
    "junk",
    [
        "{not json",
        '{"analyses": {}, "starts": {"K": [[1, 2], true]}, "widths": {}}',
        '{"analyses": {}, "starts": {"K": [["ab"], "yes"]}, "widths": {}}',
        '{"analyses": {}, "starts": {}, "widths": {"K": "wide"}}',
        '{"analyses": {}, "starts": {}}',
        '["a list"]',
    ],
)
def test_a_corrupt_or_foreign_file_is_derived_again(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch, junk: str
) -> None:
    pattern, flags = PATTERNS[1]
    patterncache.starts(pattern, flags)
    patterncache.max_width(pattern, flags)
    patterncache.save()
    key = patterncache._key(pattern, flags)
    path = patterncache.cache_file()
    path.write_text(junk.replace('"K"', json.dumps(key)))
    _restart(monkeypatch)
    with monkeypatch.context() as m:
        done = count_pattern_work(m)
        found = patterncache.starts(pattern, flags), patterncache.max_width(pattern, flags)
    assert found == (needles.starts(pattern, flags), needles.max_width(pattern, flags))
    assert ("starts", pattern) in done and ("width", pattern) in done
    patterncache.save()  # a good file again
    assert json.loads(path.read_text())["starts"][key] is not None


def test_a_foreign_program_entry_is_left_out_of_a_save(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = PATTERNS[0], PATTERNS[2]
    patterncache.analyse(*one)  # derived and compiled: its program kept
    patterncache.compiled(*two)
    patterncache.save()
    path = patterncache.programs_file()
    data = path.read_bytes()
    size = int.from_bytes(data[8:16], "little")
    index = json.loads(data[16 : 16 + size])
    index[patterncache._key(*one)][4] = "far"  # an offset of another shape
    head = json.dumps(index).encode()
    path.write_bytes(data[:8] + len(head).to_bytes(8, "little") + head + data[16 + size :])
    _restart(monkeypatch)
    patterncache.analyse(*one)  # used again, from the kept analyses: its program not asked for
    assert patterncache.compiled(*two) == re.compile(*two)  # read from the file
    patterncache.starts(*PATTERNS[1])  # something new: the next save writes
    patterncache.save()
    kept = srecode.Kept(path)
    assert kept.has(patterncache._key(*two)) and not kept.has(patterncache._key(*one))
    _restart(monkeypatch)
    assert patterncache.compiled(*one) == re.compile(*one)  # compiled again: only time lost


def test_save_once_writes_once_a_process(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterncache.starts(*PATTERNS[0])
    patterncache.save_once()
    path = patterncache.cache_file()
    written = path.read_bytes()
    patterncache.starts(*PATTERNS[1])  # a daemon's later mail: not written
    patterncache.save_once()
    assert path.read_bytes() == written and patterncache.saved_once()


def test_a_workers_part_comes_back(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`fresh_work` in one process, :func:`take_work` in another: what the first
    derived and used is saved by the second."""
    patterncache.starts(*PATTERNS[0])
    patterncache.max_width(*PATTERNS[0])
    patterncache.compiled(*PATTERNS[0])
    work = pickle.loads(pickle.dumps(patterncache.fresh_work()))  # as the worker sends it
    _restart(monkeypatch)
    patterncache.take_work(work)
    patterncache.save()
    _restart(monkeypatch)
    with monkeypatch.context() as m:
        done = count_pattern_work(m)
        patterncache.starts(*PATTERNS[0])
        patterncache.max_width(*PATTERNS[0])
        patterncache.compiled(*PATTERNS[0])
    assert done == []
