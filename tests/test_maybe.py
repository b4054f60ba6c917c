"""Mail that may be a rejection (issue 11): the sentence model came close to calling a job mail
one, so it is listed for the owner (`classify --json`'s `maybe`, `mail list --maybe`, the
digest), never logged; `rejections add` takes one off the list. Against the real bundled model
and a real Dovecot (tests/conftest.py)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from agent import config as config_mod
from agent.classify import bundled_opinion, classify, embedded
from agent.classify.learned import ModelError
from agent.cli import main
from agent.digest.digest import gather, render_text, sentence_of
from agent.mail.parse import parse_bytes
from agent.store import now_utc, open_store

from helpers import NEWSLETTER, mail, write_config

OWNERS = ["alex.doe@example.com"]
# Written here, in no corpus: a no the sentence model scores between its maybe (0.7) and its
# threshold (0.95), and which no rule decides.
CLOSE = (
    "Hi Alex,\n\nThank you for your time. We feel your background is closer to our consulting "
    "team than to the Data Analyst role.\n\nBest,\nDana Whitfield\nTalent, Saltmarsh Analytics\n"
)
CLEAR = (
    "Hi Alex,\n\nThank you for your time. Unfortunately we have decided not to move forward "
    "with your application for the Data Analyst role.\n\nBest,\nDana Whitfield\n"
)
SENDER = "Dana Whitfield <dana@saltmarsh-analytics.com>"
SUBJECT = "Your application for Data Analyst"


def _verdict(body: str, model: bool = True):  # type: ignore[no-untyped-def]
    msg = parse_bytes(mail(SUBJECT, body, sender=SENDER))
    return classify(msg, OWNERS, model=bundled_opinion("both") if model else None)


def test_a_near_miss_is_listed_with_its_sentence_not_logged() -> None:
    v = _verdict(CLOSE)
    assert not v.is_rejection and v.maybe is not None
    assert v.maybe.startswith("model:e5-1 p=0.") and "closer to our consulting team" in v.maybe
    p = float(v.maybe.split("p=")[1].split()[0])
    model = embedded.bundled()
    assert model.maybe <= p < model.threshold
    assert any(r.startswith("may be a rejection: model:e5-1") for r in v.reasons)
    assert v.as_json()["maybe"] == v.maybe
    assert sentence_of(v.maybe).startswith("We feel your background is closer")


def test_a_decided_mail_or_no_model_lists_nothing() -> None:
    assert _verdict(CLEAR).is_rejection and _verdict(CLEAR).maybe is None
    assert _verdict(CLOSE, model=False).maybe is None  # the rules alone say nothing of it
    ack = "Hi Alex,\n\nWe received your application for the Data Analyst role. Thank you.\n"
    assert _verdict(ack).maybe is None


@pytest.mark.parametrize("maybe", [0.95, 0.99, -0.1])
def test_a_maybe_not_below_the_threshold_is_refused(tmp_path: Path, maybe: float) -> None:
    raw = json.loads(embedded.MODEL_FILE.read_text())
    path = tmp_path / "m.json"
    path.write_text(json.dumps({**raw, "maybe": maybe}))
    with pytest.raises(ModelError, match="maybe"):
        embedded.load(path)
    path.write_text(json.dumps({k: v for k, v in raw.items() if k != "maybe"}))
    assert embedded.load(path).maybe == 0.0  # an older head lists nothing


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_a_scan_lists_it_until_the_owner_logs_it(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    imap_account.append(mail(SUBJECT, CLOSE, sender=SENDER))
    imap_account.append(mail("News", NEWSLETTER))
    path = write_config(tmp_path, imap_account)
    cfg = str(path)
    code, out = _cli(capsys, "--config", cfg, "scan", "--json")
    assert code == 0 and json.loads(out)["rejections"] == 0
    code, out = _cli(capsys, "--config", cfg, "mail", "list", "--maybe", "--json")
    (row,) = json.loads(out)
    assert code == 0 and row["subject"] == SUBJECT and row["maybe"].startswith("model:e5-1")
    assert row["made_of"] == "other, may be a rejection"
    code, out = _cli(capsys, "--config", cfg, "mail", "list")
    assert "other, may be a rejection" in out and "News" in out

    conf = config_mod.load(path)
    with open_store(conf.database.path) as store:
        data = gather(conf, store, now_utc() + timedelta(hours=1))
        (listed,) = data["maybe"]
        assert listed["id"] == row["id"] and data["counts"]["maybe"] == 1 and not data["empty"]
        text = render_text(conf, data)
    assert "MAY BE A REJECTION (1)" in text and f"rebound rejections add {row['id']}" in text
    assert '"We feel your background is closer to our consulting team' in text

    code, out = _cli(capsys, "--config", cfg, "rejections", "add", str(row["id"]), "--json")
    assert code == 0 and json.loads(out)[0]["rejection_id"]
    code, out = _cli(capsys, "--config", cfg, "mail", "list", "--maybe")
    assert code == 0 and out.strip() == "no stored mail matches"
    with open_store(conf.database.path) as store:
        assert gather(conf, store, now_utc() + timedelta(hours=1))["maybe"] == []


def test_older_mail_from_history_is_one_line(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    old = now_utc() - timedelta(days=40)
    imap_account.append(mail(SUBJECT, CLOSE, sender=SENDER, date=old))
    path = write_config(tmp_path, imap_account)
    code, _ = _cli(capsys, "--config", str(path), "scan", "--since", "2000-01-01")
    assert code == 0
    conf = config_mod.load(path)
    with open_store(conf.database.path) as store:
        data = gather(conf, store, now_utc() + timedelta(hours=1))
        text = render_text(conf, data)
    assert data["maybe"] == [] and data["maybe_older"] == 1
    assert (
        "MAY BE A REJECTION (1)" in text and "1 older one from history: rebound mail list" in text
    )
