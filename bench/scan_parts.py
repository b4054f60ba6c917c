#!/usr/bin/env python3
"""Where a real `rebound scan` (or import) spends its CPU: thread CPU and wall of named parts,
in the scan process and in its forked worker.

Usage: REBOUND_PARTS=OUT python bench/scan_parts.py --config CFG scan   (any `rebound` arguments)
       python bench/scan_parts.py --report OUT

Runs ``agent.cli.main`` from the tree it is started in (``PYTHONPATH`` or the working
directory must name that tree) with accumulators wrapped around the functions below:
calls, thread CPU and wall of each, inclusive; a part called inside another counts in
both. Each process writes ``OUT.main.PID.json`` or ``OUT.worker.PID.json`` (the worker
after every batch: it ends by ``os._exit``); ``--report`` prints them. The wrappers cost
~1 µs a call (the glance's is one a mail): compare trees with the same wrappers, and take
speed itself from ``bench/scan_ab`` (issue 15, branch ``scan28``).
"""

from __future__ import annotations

import atexit
import collections
import functools
import glob
import json
import os
import sys
import threading
import time
from typing import Any

_ACC: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0])
_BEGAN = time.perf_counter()


def _wrap(owner: Any, name: str, label: str) -> None:
    fn = getattr(owner, name, None)
    if fn is None:  # a tree without it
        return

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            part = _ACC[label]
            part[0] += 1
            part[1] += time.thread_time() - cpu
            part[2] += time.perf_counter() - wall

    setattr(owner, name, timed)


def _dump(out: str, role: str) -> None:
    cpu: dict[str, float] = {}
    for t in threading.enumerate():
        if t.ident is not None:
            cpu[t.name] = time.clock_gettime(time.pthread_getcpuclockid(t.ident))
    cpu["process"] = time.process_time()
    cpu["wall"] = time.perf_counter() - _BEGAN
    with open(f"{out}.{role}.{os.getpid()}.json", "w") as fh:
        json.dump({"parts": dict(_ACC), "cpu": cpu}, fh)


def _instrument(out: str) -> None:
    import concurrent.futures._base as futures  # noqa: PLC0415
    from multiprocessing import connection, reduction  # noqa: PLC0415

    import agent.classify as classifier  # noqa: PLC0415
    from agent.classify import prefilter  # noqa: PLC0415
    from agent.ingest import parallel, pipeline, quiet, scan  # noqa: PLC0415
    from agent.mail import imap  # noqa: PLC0415
    from agent.store import messages  # noqa: PLC0415

    for owner, names in (
        (pipeline, ("record_batch", "_record_quiet", "process_one", "_add_arrivals")),
        (pipeline, ("analyse_mail", "parse_raw", "classify")),
        (quiet, ("quiet_prefix", "message_row")),
        (prefilter, ("glance",)),
        (classifier, ("_fields",)),  # a verdict's details looked for (first read or pickled)
        (imap, ("_fetch_bodies", "_fetch_whole", "arrival_times")),
        (parallel.Analyser, ("_gather", "_take_next")),
        (parallel, ("_packed", "_unpacked")),
        (messages.MessagesMixin, ("record_settled", "known_thread_ids", "application_domains")),
    ):
        for name in names:
            _wrap(owner, name, f"{getattr(owner, '__name__', owner)}.{name}")
    scan.record_batch = pipeline.record_batch  # imported by name
    parallel.analyse_mail = pipeline.analyse_mail
    _wrap(futures.Future, "result", "Future.result (waiting for the worker)")
    _wrap(reduction.ForkingPickler, "dumps", "pickle.dumps")
    _wrap(connection.Connection, "recv_bytes", "Connection.recv_bytes")
    _wrap(parallel, "_front_chunks", "parallel._front_chunks (the worker's batch)")
    front = parallel._front_chunks

    @functools.wraps(front)  # pickled by name: this is what the worker looks up
    def in_worker(*args: Any, **kwargs: Any) -> Any:
        try:
            return front(*args, **kwargs)
        finally:
            _dump(out, "worker")

    parallel._front_chunks = in_worker
    os.register_at_fork(after_in_child=_ACC.clear)
    atexit.register(_dump, out, "main")


def report(out: str) -> None:
    for path in sorted(glob.glob(f"{out}.*.json")):
        with open(path) as fh:
            data = json.load(fh)
        cpu = ", ".join(f"{k} {v:.2f}" for k, v in data["cpu"].items())
        print(f"{path}: {cpu}")
        for name, (calls, used, wall) in sorted(data["parts"].items(), key=lambda kv: -kv[1][1]):
            each = used / calls * 1e6 if calls else 0.0
            print(
                f"  {name:52s} {calls:7.0f} calls  CPU {used:7.3f} s"
                f"  wall {wall:7.3f} s  {each:8.1f} µs"
            )


def main() -> int:
    if sys.argv[1:2] == ["--report"]:
        report(sys.argv[2])
        return 0
    _instrument(os.environ["REBOUND_PARTS"])
    from agent.cli import main as rebound  # noqa: PLC0415

    return rebound(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
