"""What each pattern needs to match (its needles), derived once and kept across runs.

Why: deriving the literal pre-tests of ~900 patterns means parsing every one
with the regex parser and walking the tree; with compiling them too, that cost
the first classification of every run about a second. The result depends only
on the pattern, its flags, the needle code and its list of common words, so it
is kept in a private JSON file under the user's cache folder whose name is a
hash of those; a missing, unreadable or foreign file just means deriving again.
Patterns never seen before are derived (and compiled, so a broken one fails
where it is loaded) and the file is rewritten by :func:`save`. Beside it, each
pattern's compiled program (:mod:`agent.classify.srecode`): compiling them on
first use cost a fresh scan more CPU than its glance of a thousand mails.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

from agent import files
from agent.classify import needles as _needles
from agent.classify import srecode
from agent.classify.needles import COMMON, lead_literals, needle_groups, needle_key

log = logging.getLogger(__name__)

CACHE_ENV = files.CACHE_ENV  # where to keep it instead of $XDG_CACHE_HOME/rebound
MAX_NEEDLE_GROUPS = 3  # the most selective groups are enough to rule a pattern out

Needles = tuple[frozenset[str], ...]
Analysis = tuple[Needles, frozenset[str] | None]

_known: dict[str, Analysis] | None = None  # key -> analysis, read from the file once
_fresh: dict[str, Analysis] = {}  # derived in this run, not yet saved
_used: set[str] = set()  # keys asked for in this run: what a rewritten file keeps
_programs: srecode.Kept | None = None  # compiled programs, read with the analyses
_fresh_programs: dict[str, srecode.Program] = {}  # compiled in this run, not yet saved


def derive(pattern: str, flags: int) -> Analysis:
    """The needle groups (most selective first) and leading literals of ``pattern``."""
    try:
        parsed = _needles.parse(pattern, flags)
        if parsed is None:  # an unknown regex parser: no pre-tests (slower, same verdicts)
            return (), None
        groups = needle_groups(parsed)
        lead = lead_literals(parsed)
    except Exception:
        groups, lead = [], None
    unique = list(dict.fromkeys(groups))
    unique.sort(key=needle_key, reverse=True)
    return tuple(frozenset(g) for g in unique[:MAX_NEEDLE_GROUPS]), lead


def _key(pattern: str, flags: int) -> str:
    """A pattern's key in the files and tables: its flags and a 128-bit digest of its text.

    Why: keyed by the text itself, the ~2,100 patterns' texts (some are tries of hundreds
    of words) stood three times in a scan's memory, ~2.1 MiB: the analyses' table, the
    kept programs' index and the keys asked for (session 24, issue 15's 120 MB).
    """
    digest = hashlib.blake2b(pattern.encode("utf-8", "surrogatepass"), digest_size=16)
    return f"{flags}:{digest.hexdigest()}"


def analyse(pattern: str, flags: int) -> tuple[Analysis, re.Pattern[str] | None]:
    """``pattern``'s analysis, and its compiled form when it had to be derived now.

    Compiling a pattern not in the cache raises :class:`re.error` for a broken one
    at load time, as eager compiling did; a cached one compiled before.
    """
    key = _key(pattern, flags)
    _used.add(key)
    known = _load() if _known is None else _known
    found = known.get(key) or _fresh.get(key)
    if found is not None:
        return found, None
    compiled = _compile(key, pattern, flags)
    found = _fresh[key] = derive(pattern, flags)
    return found, compiled


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from its program kept by an earlier run when there is one.

    The same pattern object as ``re.compile`` gives (a test compares every pack's); a
    missing or refused program is compiled here and kept by the next :func:`save`.
    """
    key = _key(pattern, flags)
    _used.add(key)
    if _known is None:
        _load()
    program = _fresh_programs.get(key) or (_programs.get(key) if _programs else None)
    built = None if program is None else srecode.build(pattern, program)
    return built if built is not None else _compile(key, pattern, flags)


def _compile(key: str, pattern: str, flags: int) -> re.Pattern[str]:
    found, program = srecode.compile_with_program(pattern, flags)
    if program is not None:
        _fresh_programs[key] = program
    return found


@functools.cache
def cache_file() -> Path:
    """The cache file of this needle code, word list and Python version."""
    digest = hashlib.sha256()
    digest.update(Path(_needles.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update("\n".join(sorted(COMMON)).encode())
    digest.update(sys.version.encode())
    digest.update(srecode.ENGINE.encode())
    return files.cache_folder() / f"needles-{digest.hexdigest()[:16]}.json"


def programs_file() -> Path:
    """The compiled programs' file, beside :func:`cache_file` (read and written with it)."""
    return cache_file().with_suffix(".sre")


def _load() -> dict[str, Analysis]:
    """The analyses (and programs) of the cache files; none when either is missing or
    unreadable: all are derived again, and :func:`save` writes both."""
    global _known, _programs  # noqa: PLW0603 - one table per process, read on first use
    _known, _programs = {}, None
    try:
        path = cache_file()
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: _decode(v) for k, v in data.items()}
        _programs = srecode.Kept(programs_file())
        _known = known
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, AttributeError, RuntimeError) as exc:
        log.debug("pattern cache unreadable, derived again: %s", exc)
    return _known


def _decode(value: Any) -> Analysis:
    groups, lead = value
    if not all(isinstance(w, str) for g in groups for w in g):
        raise TypeError("not a list of word lists")
    if lead is not None and not all(isinstance(w, str) for w in lead):
        raise TypeError("not a word list")
    return tuple(frozenset(g) for g in groups), None if lead is None else frozenset(lead)


def save() -> None:
    """Write the analyses derived in this run (with the known ones) to the cache file.

    Private (0600 in a 0700 folder), written to a temporary file and renamed, so
    a reader never sees half a file. A read-only home costs the cache, nothing else.
    """
    global _programs  # noqa: PLW0603 - the file just written is the one to read
    if not _fresh and not _fresh_programs:
        return
    known = _load() if _known is None else _known
    known.update(_fresh)
    _fresh.clear()
    data = {  # patterns no longer asked for (an edited pack's old ones) are left out
        k: [[sorted(g) for g in groups], None if lead is None else sorted(lead)]
        for k, (groups, lead) in known.items()
        if k in _used
    }
    programs = {
        k: program
        for k in sorted(_used)
        if (program := _fresh_programs.get(k) or (_programs.get(k) if _programs else None))
    }
    files.write_private(programs_file(), srecode.dump(programs), "needles-*.sre")
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    files.write_private(cache_file(), text.encode("utf-8"), "needles-*.json")
    with contextlib.suppress(OSError, ValueError, TypeError):
        _programs = srecode.Kept(programs_file())
        _fresh_programs.clear()
