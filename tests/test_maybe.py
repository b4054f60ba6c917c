"""Mail that may be a rejection (issue 11): the sentence model came close to calling a job mail
one, so it is listed for the owner (`classify --json`'s `maybe`, `mail list --maybe`, the
digest), never logged; `rejections add` takes one off the list. Against the real bundled model
and a real Dovecot (tests/conftest.py)."""

from __future__ import annotations

import json
import logging
import re
import socket
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from agent import config as config_mod
from agent.classify import bundled_opinion, classify, embedded
from agent.classify.learned import ModelError
from agent.cli import main
from agent.digest.digest import gather, render_text, send_digest
from agent.ingest import corrections
from agent.mail.parse import LOCAL_UIDVALIDITY, parse_bytes
from agent.store import now_utc, open_store
from agent.text import quoted

from helpers import NEWSLETTER, OWNER, mail, write_config

OWNERS = ["alex.doe@example.com"]
# Written here, in no corpus: a no the sentence model scores between its maybe (0.7) and its
# threshold (0.95), and which no rule decides.
CLOSE = (
    "Hi Alex,\n\nThank you for your time in the interviews. We feel your background is closer "
    "to our consulting team than to the Data Analyst role.\n\nBest,\nDana Whitfield\nTalent, "
    "Saltmarsh Analytics\n"
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
    assert quoted(v.maybe).startswith("We feel your background is closer")


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
    assert data["maybe"] == [] and data["maybe_more"] == 1
    assert (
        "MAY BE A REJECTION (1)" in text and "  1 more (older): rebound mail list --maybe" in text
    )


# ---------------------------------------------------------------- "rejection N" by reply


def _reply(token: str, digest_id: str, commands: str) -> bytes:
    body = f"{commands}\n\nOn Fri, Rebound wrote:\n> Rebound code: {token}\n"
    headers = {"In-Reply-To": digest_id, "References": digest_id}
    return mail("Re: Rebound", body, sender=OWNER, to=OWNER, headers=headers)


def _token(message) -> str:  # type: ignore[no-untyped-def]
    text = message.get_body(("plain",)).get_content()
    return str(re.search(r"Rebound code: (RB-\S+)", text).group(1))  # type: ignore[union-attr]


def test_a_reply_rejection_n_is_logged_at_the_daemons_tick(
    tmp_path, imap_account, smtp_server
) -> None:  # type: ignore[no-untyped-def]
    from test_daemon import RunningDaemon, fast_config, wait_until

    imap_account.append(mail(SUBJECT, CLOSE, sender=SENDER))
    path = fast_config(tmp_path, imap_account, smtp_server)
    path.write_text(path.read_text() + '\n[daemon]\ntick_seconds = 1\n\n[digest]\ntime = "23:59"\n')
    cfg = config_mod.load(path)
    assert main(["--config", str(path), "scan"]) == 0
    with open_store(cfg.database.path) as store:
        (row,) = store.stored_messages(maybe=True)
        assert send_digest(cfg, store, force=True)
    digest = smtp_server.wait_for(1)[0].message
    assert f'reply "rejection {row["id"]}"' in digest.get_body(("plain",)).get_content()
    commands = f"rejection {row['id']}\nrejection 9999"
    imap_account.append(_reply(_token(digest), digest["Message-ID"], commands))

    def logged() -> list:  # type: ignore[type-arg]
        with open_store(cfg.database.path) as store:
            return [r for r in store.stored_messages() if r["rejection_id"] is not None]

    with RunningDaemon(path):
        (done,) = wait_until(logged, timeout=30, what="the rejection logged as asked")
        confirmation = wait_until(
            lambda: [m.message for m in smtp_server.messages if m.message["In-Reply-To"]],
            timeout=20,
            what="the confirmation",
        )[0]
    assert done["id"] == row["id"]
    body = confirmation.get_content()
    assert f"mail {row['id']} (dana@saltmarsh-analytics.com: {SUBJECT})" in body
    assert "to be logged as a rejection" in body and "mail 9999: not in the digest" in body
    with open_store(cfg.database.path) as store:
        (rejection,) = store.query("SELECT * FROM rejections")
        assert json.loads(rejection["reasons"])[0] == f"user:message-{row['id']}"
        assert store.asked_rejections() == []  # logged: not asked again
        assert store.query("SELECT status FROM drafts") == [{"status": "pending"}]


def _row(uid: int, folder: str = "INBOX", uidvalidity: int = 1) -> dict:  # type: ignore[type-arg]
    return {
        "folder": folder,
        "uidvalidity": uidvalidity,
        "uid": uid,
        "message_id": f"<asked{uid}@x.example>",
        "subject": SUBJECT,
        "from_addr": "dana@saltmarsh-analytics.com",
        "status": "classified",
        "is_rejection": 0,
        "category": "other",
        "maybe": 'model:e5-1 p=0.80 "…"',
    }


def _asked_mail(store, folder: str, uidvalidity: int) -> int:  # type: ignore[no-untyped-def]
    mail_id = int(store.record_message(_row(1, folder, uidvalidity)))
    store.ask_rejection(mail_id)
    return mail_id


def test_a_mail_that_cannot_be_read_again_keeps_why(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="agent.ingest.corrections")
    cfg = config_mod.load(write_config(tmp_path))
    with open_store(cfg.database.path) as store:
        mail_id = _asked_mail(store, f"eml:{tmp_path / 'gone.eml'}", LOCAL_UIDVALIDITY)
        asked = corrections.log_asked(store, cfg, dry_run=True)
        assert asked.done == [] and asked.later  # a dry run: said, and nothing changed
        assert f"would log mails [{mail_id}] as rejections" in caplog.text
        assert store.asked_rejections() == [mail_id]
        asked = corrections.log_asked(store, cfg)
        assert asked.done == [] and not asked.later
        assert store.asked_rejections() == []  # not tried again
        (row,) = store.query("SELECT owner_asked_error FROM messages")
        assert row["owner_asked_error"].endswith("gone.eml: no such file or folder")
    assert "not logged as a rejection as asked" in caplog.text


def test_a_server_out_of_reach_is_tried_again_then_given_up(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:  # a port on 127.0.0.1 nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    nobody = SimpleNamespace(host="127.0.0.1", port=port, username="alex", password="x")
    cfg = config_mod.load(write_config(tmp_path, nobody))
    with open_store(cfg.database.path) as store:
        mail_id = _asked_mail(store, "INBOX", 1)
        for tries in range(1, corrections.ASK_TRIES):
            asked = corrections.log_asked(store, cfg)
            assert asked.later and store.asked_rejections() == [mail_id]
            assert f"not logged as a rejection yet (try {tries}): ConnectError" in caplog.text
        assert corrections.log_asked(store, cfg).later
        assert store.asked_rejections() == []
        (row,) = store.query("SELECT owner_asked_error, owner_asked_tries FROM messages")
        assert row["owner_asked_error"].startswith("gave up after 5 tries: ConnectError")
        store.ask_rejection(mail_id)  # the owner asks again: tried afresh
        assert store.asked_rejections() == [mail_id]


# ---------------------------------------------------------------- what a newcomer sees


def test_the_demo_shows_a_mail_that_may_be_a_rejection(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "◐ MAY BE A REJECTION, not logged (other)  16-saltmarsh-after-the-interviews.eml" in out
    assert "MAY BE A REJECTION (1): not logged; if one is, log it" in out  # its digest
    assert '"We feel your background is closer to our consulting team than to the Data' in out


def test_classify_without_a_config_asks_the_default_readers(capsys) -> None:  # type: ignore[no-untyped-def]
    """As a scan with a default config would: the same verdict, the same maybe."""
    demo = Path(__file__).resolve().parents[1] / "agent/data/demo"
    assert main(["classify", str(demo / "16-saltmarsh-after-the-interviews.eml")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("maybe      0.95  ")


def test_a_reply_names_only_mails_that_digest_listed_and_that_still_exist(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from agent.ingest.approve_by_reply import Reply, _ask_rejections

    cfg = config_mod.load(write_config(tmp_path))
    with open_store(cfg.database.path) as store:
        asked = _asked_mail(store, "INBOX", 1)
        store.asked_rejection_failed(asked, "reset below")
        logged = int(store.record_message({**_row(2), "message_id": "<logged@x.example>"}))
        store.insert_row("rejections", {"message_row": logged, "message_id": "<logged@x.example>"})
        reply = Reply(True, listed_mail=[asked, logged, 77])
        _ask_rejections(store, "x", f" {asked}, #{asked} {logged} 77 78", reply)
        _ask_rejections(store, "rejection soon", " soon", reply)
        assert reply.problems == [
            "mail 78: not in the digest you replied to; a reply can only act on the mails its "
            "digest listed",
            "mail 77: there is no such mail any more",
        ]
        assert reply.done == [
            f"mail {asked} (dana@saltmarsh-analytics.com: {SUBJECT}): to be logged as a "
            "rejection, its feedback request drafted",
            f"mail {logged} (dana@saltmarsh-analytics.com: {SUBJECT}): was already logged as a "
            "rejection",
        ]
        assert reply.not_understood == ["rejection soon"]
        assert store.asked_rejections() == [asked]  # asked once, its old failure forgotten


def test_a_long_list_shows_the_newest_five(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A first scan of history finds many: the digest stays short, `mail list --maybe` has all."""
    path = write_config(tmp_path)
    conf = config_mod.load(path)
    now = now_utc()
    with open_store(conf.database.path) as store:
        for uid in range(1, 8):
            store.record_message(
                {
                    "folder": "INBOX",
                    "uidvalidity": 1,
                    "uid": uid,
                    "message_id": f"<m{uid}@saltmarsh-analytics.com>",
                    "subject": f"Your application #{uid}",
                    "from_addr": "dana@saltmarsh-analytics.com",
                    "date": (now - timedelta(days=8 - uid)).isoformat(),
                    "status": "classified",
                    "is_rejection": 0,
                    "category": "other",
                    "maybe": f'model:e5-1 p=0.8{uid} "Sentence {uid}."',
                }
            )
        data = gather(conf, store, now + timedelta(minutes=1))
        text = render_text(conf, data)
    assert [m["subject"] for m in data["maybe"]] == [f"Your application #{i}" for i in range(3, 8)]
    assert data["maybe_more"] == 2 and data["counts"]["maybe"] == 7
    assert "MAY BE A REJECTION (7)" in text and "  2 more: rebound mail list --maybe" in text
    assert '"Sentence 7."' in text and '"Sentence 2."' not in text


def test_a_copy_is_listed_once_and_not_once_logged_elsewhere(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same mail in INBOX and in All Mail: one line; logged from either: none."""
    cfg = config_mod.load(write_config(tmp_path))
    since = (now_utc() - timedelta(hours=1)).isoformat()
    with open_store(cfg.database.path) as store:
        inbox = store.record_message({**_row(1), "message_id": "<same@x.example>"})
        every = store.record_message({**_row(1, "All Mail"), "message_id": "<same@x.example>"})
        assert [r["id"] for r in store.maybe_rejections(since)] == [inbox]
        assert {r["id"] for r in store.stored_messages(maybe=True)} == {inbox, every}
        store.insert_row("rejections", {"message_row": every, "message_id": "<same@x.example>"})
        assert store.maybe_rejections(since) == [] and store.stored_messages(maybe=True) == []


def test_the_owners_label_leaves_nothing_that_may_be() -> None:
    from agent.ingest.memory import Recall, relabelled

    v = _verdict(CLOSE)
    assert v.maybe is not None
    for label in ("rejection", "not_rejection"):
        assert relabelled(v, Recall(label, 1, "1", 1.0), "interview").maybe is None
