"""A regex's compiled program, kept across runs: ``re`` parses and compiles in Python.

Why: a fresh ``rebound scan`` compiled the ~600 classifier patterns its mail meets on
first use (~0.6 s of CPU for 5,000 realistic mails, ~15 % of the scan after start-up),
and both processes did when a worker shared the scan. CPython's regex engine runs a
program (a list of ints) that ``re.compile`` makes from the pattern; this module makes it
the same way, keeps it in a file, and builds the pattern from the kept program in one C
call. The program's format belongs to one CPython build: the file's name covers
``sys.version`` and ``_sre.MAGIC``, the engine validates a program before it accepts it,
and anything amiss (no such internals, a file of another layout) means ``re.compile``.

File layout: 8 bytes of magic, the index's length (8 bytes, little-endian), the index
(JSON: key -> [flags, groups, group index, index group, offset, length]) and every
program's code as native 32-bit words, each read (``os.pread``) when asked for: a scan
needs a third of them, and a mapping of the file would count the pages it touched.
"""

from __future__ import annotations

import array
import importlib
import json
import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAGIC = b"RBSRE1\n\0"


def _internals() -> tuple[Any, Any, Any] | None:
    """``re``'s parser and compiler and the engine, or None (another Python: no programs)."""
    try:
        modules = tuple(importlib.import_module(m) for m in ("re._parser", "re._compiler", "_sre"))
    except ImportError:
        return None
    parser, compiler, sre = modules
    wanted = (hasattr(parser, "parse"), hasattr(compiler, "_code"), hasattr(sre, "compile"))
    if not all(wanted) or getattr(sre, "CODESIZE", 0) != 4:
        return None
    return parser, compiler, sre


_RE = _internals()
ENGINE = "none" if _RE is None else str(_RE[2].MAGIC)  # part of the cache file's name

# (flags, code, groups, group index, index group): ``_sre.compile``'s arguments after the
# pattern, as ``re._compiler.compile`` passes them.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def compile_with_program(pattern: str, flags: int) -> tuple[re.Pattern[str], Program | None]:
    """``re.compile(pattern, flags)`` and its program (None where it cannot be had).

    The steps of ``re._compiler.compile``: parse, generate the code, map the groups.
    """
    if _RE is None:
        return re.compile(pattern, flags), None
    parser, compiler, sre = _RE
    flags = int(flags)  # a RegexFlag, as re._compile takes it
    parsed = parser.parse(pattern, flags)  # raises re.error as re.compile does
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    groups = parsed.state.groups - 1
    program: Program = (flags | parsed.state.flags, code, groups, groupindex, tuple(indexgroup))
    return sre.compile(pattern, *program), program


def plain(program: Program) -> Program:
    """``program`` with plain ints for code: ``re``'s opcodes in a fresh one are named ints
    that refuse to be pickled (a worker's programs go back to its parent)."""
    flags, code, groups, groupindex, indexgroup = program
    return flags, array.array("I", code).tolist(), groups, groupindex, indexgroup


def build(pattern: str, program: Program) -> re.Pattern[str] | None:
    """The pattern run by a kept ``program``; None if the engine refuses it."""
    if _RE is None:
        return None
    try:
        built: re.Pattern[str] = _RE[2].compile(pattern, *program)
    except (RuntimeError, TypeError, ValueError, OverflowError) as exc:  # "invalid SRE code"
        log.debug("kept program of %r refused: %s", pattern[:60], exc)
        return None
    return built


def dump(programs: dict[str, Program]) -> bytes:
    """The file's bytes for ``programs`` (see the module's docstring)."""
    return b"".join(chunks(dict(programs)))


def chunks(programs: dict[str, Program | Kept]) -> Iterator[bytes]:
    """The file's bytes for ``programs`` a program at a time; a :class:`Kept` value stands for
    that key's program in its file, copied from there: a save at the end of a scan holds none
    of ~2,000 kept programs (5 MB of code) whole, let alone as lists of ints. Raises OSError
    for a kept program cut short."""
    index: dict[str, list[Any]] = {}
    offset = 0
    for key, program in programs.items():
        if isinstance(program, Kept):
            flags, groups, groupindex, names, length = program.entry(key)
        else:
            flags, words, groups, groupindex, indexgroup = program
            names, length = list(indexgroup), len(words)
        index[key] = [flags, groups, groupindex, names, offset, length]
        offset += length
    head = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    yield MAGIC + len(head).to_bytes(8, "little") + head
    for key, program in programs.items():
        if isinstance(program, Kept):
            yield program.code(key)
        else:
            yield array.array("I", program[1]).tobytes()


class Kept:
    """Programs read from a file: each one's code copied out only when asked for."""

    def __init__(self, path: Path) -> None:
        """Raises OSError, ValueError (not such a file) or TypeError (a foreign index)."""
        self._fd = -1
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        self._fd = fd
        try:
            head = os.pread(self._fd, 16, 0)
            if head[:8] != MAGIC:
                raise ValueError("not a file of kept programs")
            size = int.from_bytes(head[8:16], "little")
            self._base = 16 + size
            index = json.loads(os.pread(self._fd, size, 16))
            if not isinstance(index, dict):
                raise TypeError("not an index of programs")
            shared: dict[Any, Any] = {}
            self._index: dict[str, Sequence[Any]] = {
                sys.intern(k): _compact(v, shared) for k, v in index.items()
            }
        except BaseException:
            self._fd = -1
            os.close(fd)
            raise

    def __del__(self, close: Any = os.close) -> None:  # os.close kept for a late shutdown
        if self._fd >= 0:
            self._fd, fd = -1, self._fd
            close(fd)

    def has(self, key: str) -> bool:
        return key in self._index

    def entry(self, key: str) -> tuple[int, int, dict[str, int], Sequence[str | None], int]:
        """``key``'s flags, groups, group index, index group and length in words; raises
        TypeError or ValueError for an entry of another shape."""
        flags, groups, groupindex, indexgroup, offset, length = self._index[key]
        if (
            not all(isinstance(n, int) for n in (flags, groups, offset, length))
            or min(offset, length) < 0
        ):
            raise TypeError("not a program's entry")
        if not isinstance(groupindex, dict) or not isinstance(indexgroup, tuple | list):
            raise TypeError("not a program's entry")
        return flags, groups, groupindex, indexgroup, length

    def code(self, key: str) -> bytes:
        """``key``'s code as the file holds it (native 32-bit words); OSError if cut short."""
        _flags, _groups, _groupindex, _indexgroup, offset, length = self._index[key]
        data = os.pread(self._fd, 4 * length, self._base + 4 * offset)
        if len(data) != 4 * length:
            raise OSError(f"kept program {key[:40]} cut short")
        return data

    def get(self, key: str) -> Program | None:
        entry = self._index.get(key)
        if entry is None:
            return None
        try:
            flags, groups, groupindex, indexgroup, offset, length = entry
            words = array.array("I", os.pread(self._fd, 4 * length, self._base + 4 * offset))
        except (TypeError, ValueError, OSError) as exc:
            log.debug("kept program %r unreadable: %s", key[:60], exc)
            return None
        if len(words) != length:
            return None
        return flags, words.tolist(), groups, groupindex, tuple(indexgroup)


def _compact(entry: Any, shared: dict[Any, Any]) -> Any:
    """An index entry as a tuple, its group index and index group shared with every entry that
    has the same (most have no named group: one empty dict, a tuple of Nones a group count).

    Why: a list, a dict and a list an entry were ~1.3 MiB of every process's start for
    ~2,900 programs (issue 15, rss35). Shared, they are read only: ``_sre.compile`` keeps a
    reference to the group index and never changes it. An entry of another shape is kept
    as it is, refused when asked for (:meth:`Kept.entry`).
    """
    if not isinstance(entry, list) or len(entry) != 6:
        return entry
    flags, groups, groupindex, indexgroup, offset, length = entry
    if not isinstance(groupindex, dict) or not isinstance(indexgroup, list):
        return entry
    names = tuple(indexgroup)
    if not groupindex:
        groupindex = shared.setdefault("{}", groupindex)
    return flags, groups, groupindex, shared.setdefault(names, names), offset, length
