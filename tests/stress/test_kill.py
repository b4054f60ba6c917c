"""kill -9 loops: `scan` and `send` killed at random moments, over and over.

Scan: every message ends up recorded once, every rejection logged once with one
draft, the database passes integrity_check. Send (half the trials with two
senders racing): no mail twice, no unapproved draft sent, every approved draft
ends `sent` or — killed past the point of no return — `uncertain`.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from conftest import SEED, Run, scale
from test_daemon import rejection
from test_daemon_signals import _rebound
from test_send_exactly_once import send_proc

from agent import config as config_mod
from agent.feedback.drafts import approve, make_draft
from agent.store import open_store

from helpers import INTERVIEW_INVITE, NEWSLETTER, mail, seed_rejection, write_config

TIME_BUDGET = scale(30, 1100)


def _inbox(account, n: int, every: int) -> int:  # type: ignore[no-untyped-def]
    """n mails, one rejection in ``every``; returns how many rejections."""
    for i in range(n):
        if i % every == 0:
            account.deliver(rejection(i, company=f"Corp {i}"))
        else:
            account.deliver(mail(f"mail {i}", NEWSLETTER if i % 2 else INTERVIEW_INVITE))
    return len(range(0, n, every))


def _check_scan(run: Run, db_path: Path, n: int, rejections: int, trial: int) -> None:
    db = sqlite3.connect(db_path)
    try:
        uids = [u for (u,) in db.execute("SELECT uid FROM messages ORDER BY uid")]
        ids = [m for (m,) in db.execute("SELECT message_id FROM rejections")]
        drafts = db.execute("SELECT count(*) FROM drafts").fetchone()[0]
        ok = db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()
    if uids != list(range(1, n + 1)):
        run.fail(f"scan trial {trial}: {len(uids)} messages recorded of {n}")
    if len(ids) != len(set(ids)) or len(ids) != rejections:
        run.fail(
            f"scan trial {trial}: {len(ids)} rejections ({len(set(ids))} distinct) of {rejections}"
        )
    if drafts != rejections:
        run.fail(f"scan trial {trial}: {drafts} drafts for {rejections} rejections")
    if ok != "ok":
        run.fail(f"scan trial {trial}: integrity_check {ok}")


def test_kill_scan_loop(stress_run: Run, imap_account, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(SEED)
    n = scale(60, 500)
    rejections = _inbox(imap_account, n, scale(20, 17))
    kills = 0
    reference = _timed_scan(imap_account, tmp_path / "reference")
    deadline = time.monotonic() + TIME_BUDGET
    for trial in range(scale(3, 60)):
        if time.monotonic() > deadline:
            stress_run.budget_hit = True
            break
        work = tmp_path / f"t{trial}"
        work.mkdir()
        cfg = write_config(work, imap_account, imap_extra="batch_size = 20")
        for round_ in range(12):
            proc = _rebound(cfg, "scan")
            # anywhere in a whole scan's time: start-up, mid-batch, between batches, at the end;
            # the last round is never killed, so every trial ends with a complete scan
            delay = rng.uniform(0.1, 1.1) * reference if round_ < 11 else 600
            try:
                proc.wait(delay)
            except Exception:
                proc.kill()
                proc.communicate()
                kills += 1
                continue
            proc.communicate()
            if proc.returncode == 0:
                break
            stress_run.fail(f"scan trial {trial}: exit {proc.returncode}")
            break
        stress_run.trials += 1
        _check_scan(stress_run, work / "rebound.db", n, rejections, trial)
    stress_run.figures["scan s"] = round(reference, 1)
    stress_run.figures["kills"] = kills
    stress_run.figures["mails a trial"] = n
    assert not stress_run.failures, stress_run.failures[:5]


def _timed_scan(account, work: Path) -> float:  # type: ignore[no-untyped-def]
    """How long one whole scan takes here (the kills are spread over that time)."""
    work.mkdir()
    cfg = write_config(work, account, imap_extra="batch_size = 20")
    began = time.monotonic()
    proc = _rebound(cfg, "scan")
    proc.communicate(timeout=600)
    assert proc.returncode == 0
    return time.monotonic() - began


def _drafts(cfg_path: Path, approved: int, pending: int) -> tuple[set[str], set[str]]:
    """Message-IDs of the approved drafts and of the pending (never approved) ones."""
    cfg = config_mod.load(cfg_path)
    yes, no = set(), set()
    with open_store(cfg.database.path) as store:
        for i in range(approved + pending):
            rid = seed_rejection(
                store,
                i + 1,
                message_id=f"<rej{i}@acme.example>",
                received_at="2020-01-01T10:00:00+00:00",
                company=f"Acme {i}",
                reply_address=f"jane{i}@acme.example",
            )
            # made when it arrived; the seeded window is long past now
            draft_id = make_draft(store, cfg, rid, now=datetime(2020, 1, 1, 11, tzinfo=UTC))
            assert draft_id
            draft = store.get_draft(draft_id)
            if i < approved:
                approve(store, draft_id, late=True)
                yes.add(draft["message_id"])
            else:
                no.add(draft["message_id"])
    return yes, no


def test_kill_send_loop(stress_run: Run, smtp_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(SEED + 1)
    kills = uncertain = drafts_total = 0
    reference = _timed_send(smtp_server, tmp_path / "reference")
    deadline = time.monotonic() + TIME_BUDGET
    for trial in range(scale(3, 60)):
        if time.monotonic() > deadline:
            stress_run.budget_hit = True
            break
        work = tmp_path / f"t{trial}"
        work.mkdir()
        cfg = write_config(work, None, smtp_server)
        approved, unapproved = _drafts(cfg, scale(5, 5), 1)
        drafts_total += len(approved)
        before = len(smtp_server.messages)
        racing = trial % 2 == 1
        for round_ in range(12):
            procs = [send_proc(cfg) for _ in range(2 if racing else 1)]
            victim = rng.randrange(len(procs))
            try:
                procs[victim].wait(rng.uniform(0.1, 1.1) * reference if round_ < 11 else 600)
            except Exception:
                procs[victim].kill()
                kills += 1
            for p in procs:
                p.communicate(timeout=60)
            left = _statuses(work)
            if not {"approved", "sending"} & set(left.values()):
                break
        left = _statuses(work)
        captured = Counter(m.message["Message-ID"] for m in smtp_server.messages[before:])
        stress_run.trials += 1
        uncertain += sum(s == "uncertain" for s in left.values())
        twice = [m for m, c in captured.items() if c > 1]
        if twice:
            stress_run.fail(f"send trial {trial}: sent twice: {twice}")
        if set(captured) & unapproved:
            stress_run.fail(f"send trial {trial}: an unapproved draft was sent")
        odd = {s for s in left.values()} - {"sent", "uncertain", "pending"}
        if odd or sum(s == "pending" for s in left.values()) != len(unapproved):
            stress_run.fail(f"send trial {trial}: statuses {sorted(left.values())}")
        sent_ids = _sent_ids(work)
        if not sent_ids <= set(captured):
            stress_run.fail(f"send trial {trial}: marked sent but never delivered")
    stress_run.figures.update(
        {
            "kills": kills,
            "drafts": drafts_total,
            "uncertain": uncertain,
            "racing": "half",
            "send s": round(reference, 1),
        }
    )
    assert not stress_run.failures, stress_run.failures[:5]


def _timed_send(smtp_server, work: Path) -> float:  # type: ignore[no-untyped-def]
    work.mkdir()
    cfg = write_config(work, None, smtp_server)
    _drafts(cfg, 5, 0)
    began = time.monotonic()
    proc = send_proc(cfg)
    proc.communicate(timeout=600)
    assert proc.returncode == 0
    return time.monotonic() - began


def _statuses(work: Path) -> dict[int, str]:
    db = sqlite3.connect(work / "rebound.db", timeout=30)
    try:
        return dict(db.execute("SELECT id, status FROM drafts"))
    finally:
        db.close()


def _sent_ids(work: Path) -> set[str]:
    db = sqlite3.connect(work / "rebound.db", timeout=30)
    try:
        return {m for (m,) in db.execute("SELECT message_id FROM drafts WHERE status = 'sent'")}
    finally:
        db.close()
