"""Small, dependency-free helpers at the bottom of the house: private files, clean ids.

Both the store (creating the database, migrating old rows) and the mail parser
(cleaning threading values as they come in) need them, and neither may import
the other's layer. The cache folder is here for the same reason: the classifier
keeps its compiled patterns there and the feedback window its holiday calendars.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import marshal
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from agent.errors import StoreError

log = logging.getLogger(__name__)

CACHE_ENV = "REBOUND_CACHE_DIR"  # where to keep caches instead of $XDG_CACHE_HOME/rebound

# Control bytes, except TAB, CR and LF (header folding): never part of a Message-ID.
CONTROL_BYTES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def no_control_bytes(value: str | None) -> str | None:
    return CONTROL_BYTES.sub("", value) if value else value


def ids_json_without_control_bytes(value: str | None) -> str | None:
    """A JSON list of ids (rejections.references) with the control bytes gone."""
    try:
        ids = json.loads(value) if value else None
    except ValueError:
        return value
    if not isinstance(ids, list):
        return value
    return json.dumps([no_control_bytes(i) if isinstance(i, str) else i for i in ids])


def create_private(path: Path) -> bool:
    """Create ``path`` empty and 0600, and its missing folders 0700, whatever the umask.

    False when it already existed (left as the user set it). SQLite gives a
    database's -wal and -shm files the database file's mode, so a database
    created here keeps all three private.
    """
    missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            try:
                folder.mkdir(mode=0o700)
            except OSError as exc:
                raise StoreError(f"cannot create {folder}: {exc.strerror}") from None
            os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise StoreError(f"cannot create {path}: {exc.strerror}") from None
    os.fchmod(fd, 0o600)
    os.close(fd)
    return True


def cache_folder() -> Path:
    """The user's cache folder for Rebound: what is kept there can always be derived again."""
    base = os.environ.get(CACHE_ENV) or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "rebound"
    )
    return Path(base)


def write_private(path: Path, data: bytes | Iterable[bytes], family: str) -> None:
    """Write a cache file private to the user (0600 in a 0700 folder), aside then renamed.

    A reader never sees half a file; the family's other files (``family`` is their
    glob: an earlier version's) are removed. A read-only home costs the cache, nothing else.
    ``data`` may come in pieces (a large file need not be held whole); an OSError while
    they are made costs the file, as one of writing does.
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                for piece in [data] if isinstance(data, bytes) else data:
                    fh.write(piece)
            os.replace(tmp, path)
            for old in path.parent.glob(family):
                if old != path:  # an earlier version's: never read again
                    old.unlink(missing_ok=True)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        log.debug("cache file %s not written: %s", path, exc)


@contextlib.contextmanager
def one_at_a_time(folder: Path, name: str) -> Iterator[None]:
    """Hold the cache folder's lock ``name`` (an exclusive ``flock``) while deriving a file.

    Why: processes started together on an empty cache (a daemon and a scan at first
    install, a test suite's daemons) each compiled the same 40-second database beside
    the others, every copy ~100 MiB; the later ones now wait, then read the first's
    file. No lock (a read-only home, an odd file system) only costs the duplicate work.
    """
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(folder / f".{name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        log.debug("no lock %s in %s: %s", name, folder, exc)
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def derive_apart(
    module: str, args: list[str], *, what: str, stdin: bytes = b"", timeout: float = 120
) -> int | None:
    """Run ``python -m module args`` and return its exit status; None when no child ran.

    Why a child: what it derives for the cache (a compiled pattern database, the year's
    holidays) needs memory and imports a long-running process would carry ever after;
    the child returns them to the system when it ends. A failure is logged at debug
    (``what`` names the work) with the child's last line of stderr, and the caller
    derives in its own process instead.
    """
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter, our own module
            [sys.executable, "-m", module, *args],
            input=stdin,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("%s in this process: no child (%s)", what, exc)
        return None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        log.debug("%s: the child exited %d (%s)", what, done.returncode, why[0])
    return done.returncode


_TOML_KEPT = 64  # parsed data files kept: the bundled ones and a user's packs, with room
_toml: dict[str, bytes] | None = None  # source digest -> its parse, marshalled; read once


def read_toml(path: Path) -> dict[str, Any]:
    """``tomllib.load`` of a data file, from the parse an earlier run kept when there is one.

    Why: every process parsed the phrase packs and word lists (~0.5 MB of TOML) at
    start-up in tomllib's Python parser, ~0.15 s of a scan's CPU; the parse is now kept
    (``marshal``, one private cache file, by the source's SHA-256) and read in a few ms.
    Raises what ``tomllib.load`` raises for the same bytes; a parse marshal cannot hold
    (a date) is not kept.
    """
    global _toml  # noqa: PLW0603 - one table per process, read on first use
    raw = path.read_bytes()
    key = hashlib.sha256(raw).hexdigest()
    if _toml is None:
        _toml = read_kept(toml_file())
    code = _toml.get(key)
    if code is not None:
        with contextlib.suppress(EOFError, ValueError, TypeError):
            kept: dict[str, Any] = marshal.loads(code)  # noqa: S302 - ours, 0600 (as a .pyc)
            return kept
    data = tomllib.loads(raw.decode())
    try:
        code = marshal.dumps(data)
    except ValueError:
        return data
    keep(_toml, key, code, limit=_TOML_KEPT, path=toml_file(), family="toml-*.marshal")
    return data


def forget_kept_parses() -> None:
    """Drop the table of kept parses :func:`read_toml` read (read again if a data file is
    asked for later: a pack from another folder, a daemon's reload).

    Why: once the packs and word lists are loaded, the marshalled parses (~0.65 MB) were
    held for the process's whole life, part of a scan's peak RSS (issue 15, rss35).
    """
    global _toml  # noqa: PLW0603 - the table read on first use
    _toml = None


def toml_file() -> Path:
    """The kept parses' file, named by the Python that wrote it (marshal's format)."""
    digest = hashlib.sha256(f"{sys.version}:{marshal.version}".encode()).hexdigest()
    return cache_folder() / f"toml-{digest[:16]}.marshal"


def keep(
    table: dict[str, bytes], key: str, value: bytes, *, limit: int, path: Path, family: str
) -> None:
    """Put ``key`` last in a table :func:`read_kept` read, drop the oldest beyond ``limit``
    (entries of sources long gone), and write the table back to ``path`` (:func:`write_private`)."""
    table.pop(key, None)
    table[key] = value
    for stale in list(table)[:-limit]:
        del table[stale]
    write_private(path, marshal.dumps(table), family)


def read_kept(path: Path) -> dict[str, bytes]:
    """A cache file of ours holding one marshalled ``{key: bytes}`` table; empty when it is
    missing, unreadable or not such a table (what it kept is derived again)."""
    try:
        kept = marshal.loads(path.read_bytes())  # noqa: S302 - ours, 0600 (as a .pyc)
    except FileNotFoundError:
        return {}
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.debug("cache file %s unreadable, derived again: %s", path, exc)
        return {}
    if not isinstance(kept, dict) or not all(
        isinstance(k, str) and isinstance(v, bytes) for k, v in kept.items()
    ):
        return {}
    return kept
