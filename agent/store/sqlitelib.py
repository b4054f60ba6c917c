"""sqlite-utils, imported without numpy.

sqlite-utils imports numpy whenever it is installed, only to map numpy scalars to
column types; Rebound stores none. Where numpy happens to be installed (a data
scientist's environment, our own dev venv) that import cost every ``rebound``
process ~10 MiB of resident memory and ~0.2 s before its first mail. So numpy is
hidden while sqlite-utils loads (a ``None`` in ``sys.modules`` makes its import
fail as if absent) and shown again at once; a process that imported numpy before
keeps it as it is.
"""

from __future__ import annotations

import sys

_hide = "numpy" not in sys.modules
if _hide:
    sys.modules["numpy"] = None  # type: ignore[assignment]
try:
    import sqlite_utils
    from sqlite_utils.db import jsonify_if_needed
finally:
    if _hide:
        del sys.modules["numpy"]

__all__ = ["jsonify_if_needed", "sqlite_utils"]
