"""Small, dependency-free helpers at the bottom of the house: private files, clean ids.

Both the store (creating the database, migrating old rows) and the mail parser
(cleaning threading values as they come in) need them, and neither may import
the other's layer.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path

from agent.errors import StoreError

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
