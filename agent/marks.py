"""Bench-only marks: when a process reached a point, by the clock and by its CPU.

``bench/scan_ab`` times a whole ``rebound scan`` from outside; to set its start-up
(interpreter, imports, configuration, the store, the connection) apart from the scan
itself it must know when, in that same process, the first FETCH went out. Subtracting
another process's start-up (a scan of one mail) mixed in what only that run paid, or
only the long one. With ``REBOUND_MARKS=FILE`` in the environment each mark appends
one JSON line to FILE; without it a mark is one dictionary look-up.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import threading
import time

log = logging.getLogger(__name__)

MARKS_ENV = "REBOUND_MARKS"
_done: set[str] = set()
_lock = threading.Lock()


def mark_once(name: str) -> None:
    """Append ``name``'s line (``time.monotonic``, this process's CPU, its reaped
    children's CPU, its peak RSS so far in KiB) the first time it is reached here."""
    path = os.environ.get(MARKS_ENV)
    if not path or name in _done:
        return
    with _lock:
        if name in _done:
            return
        _done.add(name)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        line = {
            "mark": name,
            "pid": os.getpid(),
            "clock": time.monotonic(),
            "cpu": time.process_time(),
            "children_cpu": children.ru_utime + children.ru_stime,
            "maxrss_kib": peak,
        }
        try:
            with open(path, "a", encoding="utf-8") as out:
                out.write(json.dumps(line) + "\n")
        except OSError as exc:
            log.debug("mark %s not written: %s", name, exc)
