"""Peak memory of a command the benches start: each process's own high-water RSS.

Why not ``os.wait4``'s ``ru_maxrss``: Linux carries the *launching* process's high-water
RSS across ``vfork`` + ``exec`` (``subprocess`` uses ``vfork``), so a bench holding
20,000 mails in memory reported its own 415 MiB as the scan's peak. ``VmHWM`` in
``/proc/PID/status`` is the process's own, and never falls: read every ``every``
seconds it misses at most what the last interval before the exit added.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import time
from pathlib import Path


def high_water(pid: int) -> float:
    """``VmHWM`` of ``pid`` in MiB (0 when it is gone)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    """The direct children of ``pid`` (its workers, compile and holiday children)."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def wait_watching(
    proc: subprocess.Popen[bytes], every: float = 0.1
) -> tuple[int, resource.struct_rusage, float, float]:
    """Wait for ``proc``: its wait status, ``wait4`` usage (CPU: its reaped children
    counted), its own peak RSS and the largest of its children's, in MiB."""
    own = child = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return status, usage, own, child
        own = max(own, high_water(proc.pid))
        child = max([child, *(high_water(c) for c in children(proc.pid))])
        time.sleep(every)
