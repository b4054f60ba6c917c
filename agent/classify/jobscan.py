"""The packs' job patterns as one Hyperscan database, for the cheap path's job gate.

Why: :func:`agent.classify.prefilter.job_context` finds where a job word may begin
with an automaton and then tries the packs' job patterns, one alternation with
~300 branches, on a short span at each place. On ordinary mail that is most of
the cost of settling a mail (~100 µs: "take", "code", "poste" begin words in
most long mails). Hyperscan runs every pattern over the whole text in one pass
at memory speed.

Used only on ASCII text (sender, subject and the text the gate reads), so the
database is compiled in byte mode, without Unicode tables (compiling with them
took seconds a pattern). The patterns are widened on the way, never narrowed:

* the gate tries them on a span with white space runs collapsed to one space;
  here every space, ``.``, ``\\s``, ``\\W`` and character class that can match
  white space also matches a run of it, so the raw text needs no collapsing;
* look-arounds, which Hyperscan lacks, are dropped (``postul(?!ate)`` matches
  "postulate" here, so such a mail is only not settled early).

So a text none of them matches is one the gate's patterns cannot match either
(up to the span's cut edges: the gate may see a word cut 16 characters before
a job word; the corpus tests compare both on every labelled mail). A pattern
this cannot translate, or Hyperscan cannot compile, turns the scanner off and
the gate works as before.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import logging
import threading
from pathlib import Path
from typing import TypeAlias

import hyperscan

from agent.classify import patterncache

log = logging.getLogger(__name__)

Database: TypeAlias = hyperscan.Database

_WIDE_SPACE = r"(?:\s+)"
_WIDE_ESCAPES = {
    **{e: _WIDE_SPACE for e in ("\\s", "\\n", "\\r", "\\t", "\\f", "\\v")},
    "\\W": r"(?:\s+|\W)",
}


class _Untranslatable(ValueError):
    """A construct this translation does not handle: the scanner is off."""


def widen(pattern: str) -> str:
    """``pattern`` for raw text: white space where the gate sees one space matches a run."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            esc = pattern[i : i + 2]
            if len(esc) < 2 or esc[1].isdigit() or esc[1] in "AZzGNpPuUx":
                raise _Untranslatable(f"escape {esc!r}")
            out.append(_WIDE_ESCAPES.get(esc, esc))
            i += 2
        elif ch == "[":
            end = _class_end(pattern, i)
            cls = pattern[i:end]
            if cls.startswith("[^"):  # matches white space unless it leaves out \s or \W
                spacey = not any(s in cls for s in ("\\s", "\\W"))
            else:
                spacey = any(s in cls for s in (" ", *_WIDE_ESCAPES))
            out.append(f"(?:\\s+|{cls})" if spacey else cls)
            i = end
        elif ch == "(" and pattern.startswith("(?", i):
            i = _group(pattern, i, out)
        elif ch == ".":
            out.append(r"(?:\s+|.)")
            i += 1
        elif ch.isspace():
            out.append(_WIDE_SPACE)
            i += 1
        elif ch in "^$":  # the text read may start or end elsewhere: anywhere will do
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _group(pattern: str, i: int, out: list[str]) -> int:
    """A ``(?…`` group at ``i``: kept, renamed plain, or (a look-around) dropped."""
    if pattern.startswith(("(?:", "(?P<"), i):
        if pattern.startswith("(?P<", i):
            out.append("(")
            return pattern.index(">", i) + 1
        out.append("(?:")
        return i + 3
    if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        return _close(pattern, i)
    raise _Untranslatable(f"group {pattern[i : i + 4]!r}")


def _class_end(pattern: str, i: int) -> int:
    """The index after the ``]`` closing the character class opened at ``i``."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "[":
            raise _Untranslatable("a nested set")
        if pattern[j] == "]":
            return j + 1
        j += 1
    raise _Untranslatable("an unclosed character class")


def _close(pattern: str, i: int) -> int:
    """The index after the parenthesis closing the group opened at ``i``."""
    depth, j = 0, i
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        depth += (ch == "(") - (ch == ")")
        j += 1
        if depth == 0:
            return j
    raise _Untranslatable("an unclosed group")


def _folds_to_ascii(pattern: str) -> bool:
    """A non-ASCII letter that matches an ASCII one caselessly (the long s, the Kelvin sign)."""
    return any(
        not ch.isascii() and any(len(v) == 1 and v.isascii() for v in (ch.lower(), ch.upper()))
        for ch in pattern
    )


@functools.lru_cache(maxsize=4)
def scanner(patterns: tuple[str, ...]) -> Database | None:
    """One block-mode database of ``patterns`` (case-insensitive), or None: scan without."""
    try:
        if any(_folds_to_ascii(p) for p in patterns):
            raise _Untranslatable("a letter that folds to ASCII")
        wide = [widen(p).encode("utf-8") for p in patterns]
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        flags = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH
        db.compile(expressions=wide, ids=list(range(len(wide))), flags=[flags] * len(wide))
    except (_Untranslatable, hyperscan.error) as exc:
        log.warning("job patterns not scanned in one pass (%s); the cheap path is slower", exc)
        return None
    return db


_built: dict[Path, Database | None] = {}  # cache file -> its database (None: cannot be)
_building: set[Path] = set()
_lock = threading.Lock()


class Stored:
    """A large set's database (seconds to compile), kept in the user's cache folder.

    Read from the file when it is there; else compiled in a background thread (the
    caller goes on without it until it is ready) and written for the next run.
    """

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns
        self._path: Path | None = None

    def get(self, *, wait: bool = False) -> Database | None:
        """The database, or None while it is being compiled (or when it cannot be)."""
        if not self.patterns:
            return None  # nothing to scan for
        path = self._path or self._find()
        found = _built.get(path)
        if found is not None or path in _built:
            return found
        with _lock:
            if path in _built:
                return _built[path]
            db = _load(path)
            if db is not None or wait:
                _built[path] = db or _build(self.patterns, path, locked=True)
                return _built[path]
            if path not in _building:
                _building.add(path)
                threading.Thread(
                    target=_build, args=(self.patterns, path), name="onepass", daemon=True
                ).start()
        return None

    def _find(self) -> Path:
        self._path = _cache_file(self.patterns)
        return self._path


def _build(patterns: tuple[str, ...], path: Path, *, locked: bool = False) -> Database | None:
    db = scanner(patterns)
    if db is not None:
        patterncache.write_private(path, hyperscan.dumpb(db), "onepass-*.hs")
    if locked:
        _built[path] = db
    else:
        with _lock:
            _built[path] = db
    return db


def _cache_file(patterns: tuple[str, ...]) -> Path:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(importlib.metadata.version("hyperscan").encode())
    digest.update("\0".join(patterns).encode("utf-8"))
    return patterncache.cache_file().parent / f"onepass-{digest.hexdigest()[:16]}.hs"


def _load(path: Path) -> Database | None:
    try:
        return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except (OSError, hyperscan.error) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.debug("one-pass database %s unreadable, compiled again: %s", path, exc)
        return None


_local = threading.local()  # a scratch space per thread and database: scans may overlap


def _scratch(db: Database) -> hyperscan.Scratch:
    spaces: dict[int, hyperscan.Scratch] = _local.__dict__.setdefault("spaces", {})
    found = spaces.get(id(db))
    if found is None:
        found = spaces[id(db)] = hyperscan.Scratch(db)
    return found


def _stop(*_args: object) -> bool:
    return True  # the first match answers the question: stop the scan there


def any_match(db: Database, text: bytes) -> bool:
    """Does any pattern of ``db`` match somewhere in ``text``?"""
    try:
        db.scan(text, match_event_handler=_stop, scratch=_scratch(db))
    except hyperscan.ScanTerminated:
        return True
    return False
