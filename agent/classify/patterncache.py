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

Two more facts of a pattern, met only when mail reaches it, are kept the same way: the
literals every match opens with (:func:`starts`, a :class:`~agent.classify.matching.Scan`'s
finder) and its widest match (:func:`max_width`), ~0.1 s of every scan's first batches
(~0.2 s under load) that each process derived again (issue 15, session 25). What mail first meets is
kept by :func:`save_once`: a scan or an import once at its end, a daemon once after its
first catch-up, never a mail at a time; a worker process' part comes back to its parent
first (:func:`fresh_work`, :func:`take_work`), so one process writes the files.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from agent import files
from agent.classify import needles as _needles
from agent.classify import srecode
from agent.classify.needles import COMMON, lead_literals, needle_groups, needle_key

log = logging.getLogger(__name__)

CACHE_ENV = files.CACHE_ENV  # where to keep it instead of $XDG_CACHE_HOME/rebound
MAX_NEEDLE_GROUPS = 3  # the most selective groups are enough to rule a pattern out

Needles = tuple[frozenset[str], ...]
Analysis = tuple[Needles, frozenset[str] | None]
T = TypeVar("T")

_known: dict[str, Analysis] | None = None  # key -> analysis, read from the file once
_fresh: dict[str, Analysis] = {}  # derived in this run, not yet saved
_used: set[str] = set()  # keys asked for in this run: what a rewritten file keeps
_programs: srecode.Kept | None = None  # compiled programs, read with the analyses
_fresh_programs: dict[str, srecode.Program] = {}  # compiled in this run, not yet saved
Starts = tuple[frozenset[str], bool] | None  # needles.starts' answer
_starts: dict[str, Starts] = {}  # key -> opening literals: read with the analyses, and since
_widths: dict[str, int | None] = {}  # key -> widest match: the same
_fresh_facts: set[str] = set()  # keys whose opening literals or width were derived now
_saved_once = False  # save_once has run in this process
_save_lock = threading.Lock()


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
    # Interned: the analyses' table, the programs' index and the keys asked for hold one
    # string a key, not one each (~0.4 MiB of ~2,800 keys; issue 15, rss35).
    return sys.intern(f"{int(flags)}:{digest.hexdigest()}")


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


def starts(pattern: str, flags: int) -> Starts:
    """:func:`agent.classify.needles.starts` of ``pattern`` (None for a broken or deep one),
    kept by an earlier run when there is one."""
    return _fact(_starts, pattern, flags, _opening_literals)


def max_width(pattern: str, flags: int) -> int | None:
    """:func:`agent.classify.needles.max_width` of ``pattern``, kept by an earlier run when there
    is one."""
    return _fact(_widths, pattern, flags, _needles.max_width)


def _opening_literals(pattern: str, flags: int) -> Starts:
    try:
        return _needles.starts(pattern, flags)
    except (re.error, RecursionError):
        return None


def _fact(table: dict[str, T], pattern: str, flags: int, make: Callable[[str, int], T]) -> T:
    """``make(pattern, flags)`` from ``table`` (read from the file), else derived and noted."""
    key = _key(pattern, flags)
    _used.add(key)
    if _known is None:
        _load()
    if key in table:
        return table[key]
    found = table[key] = make(pattern, flags)
    _fresh_facts.add(key)
    return found


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
    """The analyses, facts and programs of the cache files; none when either is missing or
    unreadable: all are derived again, and :func:`save` writes both."""
    global _known, _programs  # noqa: PLW0603 - one table per process, read on first use
    _known, _programs = {}, None
    try:
        path = cache_file()
        data = json.loads(path.read_text(encoding="utf-8"))
        shared: dict[Any, Any] = {}
        known = {sys.intern(k): _decode(v, shared) for k, v in data["analyses"].items()}
        found = {k: _decode_starts(v) for k, v in data["starts"].items()}
        widths = {k: _decode_width(v) for k, v in data["widths"].items()}
        _programs = srecode.Kept(programs_file())
        _known = known
        _starts.clear()  # none derived yet in a process: the files are read first
        _starts.update(found)
        _widths.clear()
        _widths.update(widths)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, AttributeError, LookupError, RuntimeError) as exc:
        log.debug("pattern cache unreadable, derived again: %s", exc)
    return _known


def _decode(value: Any, shared: dict[Any, Any]) -> Analysis:
    """One analysis as the file holds it, its words, word sets and tuples of sets taken from
    ``shared`` when an earlier one had them.

    Why: ~2,800 analyses name ~24,500 words (~7,300 distinct) in ~5,500 sets (~2,700
    distinct tuples of them); one object each instead of one an occurrence is 3.3 MiB
    instead of 5.6 of every process's start (issue 15, rss35). They are immutable.
    """
    groups, lead = value
    if not all(isinstance(w, str) for g in groups for w in g):
        raise TypeError("not a list of word lists")
    if lead is not None and not all(isinstance(w, str) for w in lead):
        raise TypeError("not a word list")

    def words(found: list[str]) -> frozenset[str]:
        new = frozenset(shared.setdefault(w, w) for w in found)
        return shared.setdefault(new, new)  # type: ignore[no-any-return]

    needles = tuple(words(g) for g in groups)
    return shared.setdefault(needles, needles), None if lead is None else words(lead)


def _decode_starts(value: Any) -> Starts:
    if value is None:
        return None
    literals, fold = value
    if not all(isinstance(w, str) for w in literals) or not isinstance(fold, bool):
        raise TypeError("not opening literals")
    return frozenset(literals), fold


def _decode_width(value: Any) -> int | None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError("not a width")
    return value


def save() -> None:
    """Write the analyses, facts and programs derived in this run (with the kept ones used in
    it) to the cache files.

    Private (0600 in a 0700 folder), written to a temporary file and renamed, so
    a reader never sees half a file. A read-only home costs the cache, nothing else.
    The tables are copied first: a daemon's other folders may be analysing meanwhile.
    """
    global _programs  # noqa: PLW0603 - the file just written is the one to read
    if not _fresh and not _fresh_programs and not _fresh_facts:
        return
    known = _load() if _known is None else _known
    known.update(_fresh)
    _fresh.clear()
    _fresh_facts.clear()
    used, found, widths, fresh = set(_used), dict(_starts), dict(_widths), dict(_fresh_programs)
    analyses = dict(known)
    sections = {  # patterns no longer asked for (an edited pack's old ones) are left out
        "analyses": (
            (k, [[sorted(g) for g in groups], None if lead is None else sorted(lead)])
            for k, (groups, lead) in analyses.items()
            if k in used
        ),
        "starts": (
            (k, None if literals is None else [sorted(literals[0]), literals[1]])
            for k, literals in found.items()
            if k in used
        ),
        "widths": ((k, width) for k, width in widths.items() if k in used),
    }
    kept = _programs
    programs: dict[str, srecode.Program | srecode.Kept] = {}
    for k in sorted(used):  # a kept program is copied from its file, never held whole
        if k in fresh:
            programs[k] = fresh[k]
        elif kept is not None and kept.has(k) and _sound(kept, k):
            programs[k] = kept
    files.write_private(programs_file(), srecode.chunks(programs), "needles-*.sre")
    files.write_private(cache_file(), json_pieces(sections), "needles-*.json")
    # The old file's index goes before the new one is read: never both in memory (a scan's
    # peak RSS is reached here, at its end). Unreadable, its programs are compiled again.
    del programs, kept, analyses, sections
    _programs = None
    with contextlib.suppress(OSError, ValueError, TypeError):
        _programs = srecode.Kept(programs_file())
        for k in fresh:
            _fresh_programs.pop(k, None)


def json_pieces(
    sections: Mapping[str, Iterable[tuple[str, Any]]], size: int = 65536
) -> Iterator[bytes]:
    """``json.dumps({name: dict(pairs), ...})``, compact and in UTF-8, in pieces of about
    ``size`` bytes, each pair dumped as it comes: a save never holds the whole text (its
    string, its bytes and ``json.dumps``' list of parts were ~3 MB at a scan's end, where
    its peak RSS is reached), nor a dict of every entry."""
    dump = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    parts: list[str] = []
    held = 0
    for n, (name, pairs) in enumerate(sections.items()):
        parts.append(("{" if n == 0 else ",") + dump(name) + ":{")
        for i, (key, value) in enumerate(pairs):
            part = ("," if i else "") + dump(key) + ":" + dump(value)
            parts.append(part)
            held += len(part)
            if held >= size:
                yield "".join(parts).encode("utf-8")
                parts, held = [], 0
        parts.append("}")
    parts.append("}" if sections else "{}")
    yield "".join(parts).encode("utf-8")


def _sound(kept: srecode.Kept, key: str) -> bool:
    """Whether ``key``'s entry in a kept file can be copied (a foreign one is left out)."""
    try:
        kept.entry(key)
    except (TypeError, ValueError):
        return False
    return True


def save_once() -> None:
    """:func:`save`, the first time a process asks: after a scan's or an import's batches,
    after a daemon's first catch-up. Later runs of a long-lived process (a daemon's arrivals,
    the demo's mails) meet little new, and a rewrite a mail would cost more than it keeps."""
    global _saved_once  # noqa: PLW0603 - once per process
    with _save_lock:
        if _saved_once:
            return
        _saved_once = True
    save()


def saved_once() -> bool:
    """Whether :func:`save_once` has run here (a worker's part is then of no use)."""
    return _saved_once


# What a worker process derived, sent back to its parent: analyses, programs, opening
# literals, widths, and the keys it asked for that its parent lacked (what a save keeps).
Work = tuple[
    dict[str, Analysis],
    dict[str, srecode.Program],
    dict[str, Starts],
    dict[str, int | None],
    set[str],
]


def fresh_work() -> Work:
    """What this process derived and has not saved, and the keys it used that its parent had
    not when it was forked (the parent has those: ~2,300 keys less to send and keep)."""
    facts = _fresh_facts
    return (
        dict(_fresh),
        {k: srecode.plain(program) for k, program in dict(_fresh_programs).items()},
        {k: _starts[k] for k in facts if k in _starts},
        {k: _widths[k] for k in facts if k in _widths},
        set(_used) - _inherited,
    )


_inherited: frozenset[str] = frozenset()  # the keys used before this process was forked


def _forked() -> None:
    global _inherited  # noqa: PLW0603 - a forked worker's own copy
    _inherited = frozenset(_used)


os.register_at_fork(after_in_child=_forked)


def take_work(work: Work) -> None:
    """Add a worker's :func:`fresh_work` to this process's, for the next :func:`save`."""
    analyses, programs, found, widths, used = work
    if _known is None:
        _load()
    known = _known or {}
    _fresh.update({k: v for k, v in analyses.items() if k not in known})
    kept = _programs
    for k, program in programs.items():
        if k not in _fresh_programs and (kept is None or not kept.has(k)):
            _fresh_programs[k] = program
    for k, literals in found.items():
        if k not in _starts:
            _starts[k] = literals
            _fresh_facts.add(k)
    for k, width in widths.items():
        if k not in _widths:
            _widths[k] = width
            _fresh_facts.add(k)
    _used.update(used)
