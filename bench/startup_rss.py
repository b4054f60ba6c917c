"""Resident memory of a scan's start-up, step by step, in one process (issue 15).

Usage: PYTHONPATH=TREE REBOUND_CACHE_DIR=WARM_CACHE MALLOC_ARENA_MAX=1 \
           python bench/startup_rss.py [--trace] [--json]

Runs the steps ``rebound scan`` takes before its first batch (the CLI's imports, the scan's,
the packs, the templates, the model, the cheap path's gate and its decision database, the
classifier's warm-up) and prints ``VmRSS``, ``RssAnon`` and ``RssFile`` after each, with what
``tracemalloc`` holds when ``--trace`` (its own memory then inflates RSS: compare the traced
column only). Point ``REBOUND_CACHE_DIR`` at a cache folder warmed by the same tree (as
``bench/scan --rss-cache``): a database compiled here would count its compiler's memory.
Why a script and not a wrapped scan: the floor every process carries is the part that grew
session after session (rules, packs), and a step's growth is told apart only one at a time.
"""

from __future__ import annotations

import argparse
import json
import sys
import tracemalloc
from pathlib import Path

# ruff: noqa: PLC0415 - each import is a step measured where it happens


def status() -> dict[str, float]:
    """``VmRSS``, ``RssAnon``, ``RssFile`` and ``VmHWM`` of this process in MiB."""
    found: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trace", action="store_true", help="also what tracemalloc holds")
    ap.add_argument("--json", action="store_true", help="one JSON line of the rows")
    args = ap.parse_args()
    if args.trace:
        tracemalloc.start()
    rows: list[tuple[str, dict[str, float], float]] = []

    def step(name: str) -> None:
        traced = tracemalloc.get_traced_memory()[0] / 2**20 if args.trace else 0.0
        rows.append((name, status(), traced))

    step("interpreter")
    import agent.cli  # noqa: F401

    step("import agent.cli")
    from agent.console import commands
    from agent.ingest import scan  # noqa: F401
    from agent.service.doctor import check_templates

    step("import the scan, commands, doctor")
    from agent import config as config_mod

    cfg = config_mod.from_dict({"owner": {"email": "me@example.org"}})
    commands.check_packs()
    step("check_packs")
    check_templates(cfg)
    step("check_templates")
    from agent.ingest.pipeline import second_opinion, warm_classifier

    second_opinion(cfg)
    step("the model")
    from agent.classify import prefilter

    gate = prefilter._gate()
    step("the cheap path's gate")
    gate.decision_scan.get(wait=True)
    step("its decision database")
    warm_classifier()
    step("warm_classifier")
    if args.json:
        print(json.dumps(rows))
        return 0
    last = 0.0
    for name, mem, traced in rows:
        extra = f"  traced {traced:6.1f}" if args.trace else ""
        print(
            f"{name:36} RSS {mem['VmRSS']:6.1f} ({mem['VmRSS'] - last:+5.1f})  "
            f"anon {mem['RssAnon']:5.1f}  file {mem['RssFile']:5.1f}{extra}"
        )
        last = mem["VmRSS"]
    return 0


if __name__ == "__main__":
    sys.exit(main())
