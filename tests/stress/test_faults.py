"""The daemon under faults: Dovecot restarts, proxy drops and stalls, UIDVALIDITY changes,
SIGSTOP of the server. It never dies, misses nothing and logs nothing twice."""

from __future__ import annotations

import os
import random
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from conftest import SEED, Run, scale
from proxy import StallingProxy
from test_daemon import Db, fast_config, rejection, wait_until

from servers import Dovecot, _children, _signal

FAULTS = ("drop", "stall", "uidvalidity", "sigstop")
TIME_BUDGET = scale(45, 1500)


def _plan(rng: random.Random) -> list[str]:
    """The faults in a seeded order: restarts most (≥ 50 in the long run), each kind at least once."""
    restarts, others = scale(3, 56), scale(4, 34)
    plan = ["restart"] * restarts + [FAULTS[i % len(FAULTS)] for i in range(others)]
    rng.shuffle(plan)
    return plan


def _pids(server: Dovecot) -> list[int]:
    master = server._proc.pid if server._proc else None
    return [master, *_children(master)] if master else []


def test_daemon_fault_loop(stress_run: Run, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    recoveries: list[float] = []
    counts: dict[str, int] = {}
    expected: set[str] = set()
    with Dovecot() as server, StallingProxy(0) as proxy:
        server.start()
        proxy.target = (server.host, server.port)
        account = server.new_account()
        account.create_folder("Jobs")
        cfg = fast_config(
            tmp_path, account, imap='folders = ["INBOX", "Jobs"]\n', keepalive=1, timeout=2
        )
        cfg.write_text(cfg.read_text().replace(f"port = {account.port}", f"port = {proxy.port}"))
        db = Db(tmp_path / "rebound.db")
        # the log goes to a file: a pipe nobody reads fills up and blocks the daemon
        log_file = tmp_path / "daemon.log"
        proc = _daemon(cfg, log_file)
        jobs: list[bytes] = []
        try:
            wait_until(lambda: len(db.rows("SELECT 1 FROM sync_state")) == 2, timeout=60,
                       what="the daemon up")  # fmt: skip
            deadline = time.monotonic() + TIME_BUDGET
            for n, fault in enumerate(_plan(rng)):
                if time.monotonic() > deadline:
                    stress_run.budget_hit = True
                    break
                if proc.poll() is not None:
                    stress_run.fail(f"the daemon exited ({proc.returncode}) before fault {n}")
                    break
                counts[fault] = counts.get(fault, 0) + 1
                began = time.monotonic()
                _inject(fault, server, proxy, account, jobs, rng)
                for k in range(rng.randint(1, 3)):  # new mail during or right after the fault
                    raw = rejection(f"{n}-{k}", company=f"Corp {n} {k}")
                    expected.add(f"<rejection-{n}-{k}@acme-robotics.com>")
                    if rng.random() < 0.3:
                        jobs.append(raw)
                        account.deliver(raw, folder="Jobs")
                    else:
                        account.deliver(raw)
                try:
                    wait_until(lambda: set(db.rejection_ids()) >= expected, timeout=90,
                               what=f"the mail after fault {n} ({fault})")  # fmt: skip
                except AssertionError as exc:
                    stress_run.fail(str(exc))
                    break
                recoveries.append(time.monotonic() - began)
                stress_run.trials += 1
            ids = db.rejection_ids()
            if len(ids) != len(set(ids)):
                stress_run.fail(f"{len(ids) - len(set(ids))} rejections logged twice")
            if set(ids) != expected:
                stress_run.fail(f"missed {sorted(expected - set(ids))[:5]}")
            if proc.poll() is not None:
                stress_run.fail(f"the daemon died with {proc.returncode}")
        finally:
            for pid in _pids(server):
                _signal(pid, signal.SIGCONT)
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
        log = log_file.read_text(errors="replace")
        if proc.returncode != 0:
            stress_run.fail(f"exit status {proc.returncode} after SIGTERM: {log[-500:]}")
        if stress_run.failures:
            stress_run.failures.append("daemon log tail: " + log[-1500:])
    stress_run.figures.update(counts)
    stress_run.figures["mails"] = len(expected)
    if recoveries:
        stress_run.figures["recovery median s"] = round(statistics.median(recoveries), 2)
        stress_run.figures["recovery max s"] = round(max(recoveries), 2)
    assert not stress_run.failures, stress_run.failures[:5]


def _daemon(cfg: Path, log_file: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NOTIFY_SOCKET"}
    with log_file.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "agent.cli", "--config", str(cfg), "run"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**env, "PYTHONUNBUFFERED": "1"},
            cwd=Path(__file__).resolve().parents[2],
        )


def _inject(fault: str, server, proxy, account, jobs: list[bytes], rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    if fault == "restart":
        server.stop()
        time.sleep(rng.uniform(0, 1.5))
        server.start()
    elif fault == "drop":
        proxy.drop()
    elif fault == "stall":
        proxy.stall()  # open sessions hang; new ones work: the daemon must notice by itself
    elif fault == "uidvalidity":
        # the folder re-created: new UIDVALIDITY, the known mails come back under new UIDs
        account.delete_folder("Jobs")
        account.create_folder("Jobs")
        for raw in jobs:
            account.append(raw, folder="Jobs")
    elif fault == "sigstop":
        pids = _pids(server)
        for pid in pids:
            _signal(pid, signal.SIGSTOP)
        time.sleep(rng.uniform(1, 3))
        for pid in pids:
            _signal(pid, signal.SIGCONT)
