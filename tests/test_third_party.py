"""A Reply-To on a third party's domain is shown plainly and needs an approval naming it;
a digest's code acts only on the drafts that digest listed (issue 14, decided and documented)."""

from __future__ import annotations

import pytest
import test_replies
from test_replies import ARRIVED, digest_token, owner_reply, scan, seed

from agent.cli import main
from agent.digest.digest import send_digest
from agent.errors import StateError
from agent.feedback.drafts import approve, make_draft
from agent.feedback.recipient import org_domain, third_party

from helpers import seed_rejection

world = test_replies.world  # the same fixture: config, store and servers


def test_who_is_a_third_party() -> None:
    assert org_domain("jo@mail.acme.co.uk") == "acme.co.uk"
    assert third_party("jo@acme.example", "hr@acme.example", "Acme") is None
    assert third_party("jo@careers.acme.com", "hr@acme.com", "Acme") is None
    assert third_party("jo@acme.greenhouse.io", "hr@acme.com", "Acme") is None  # a known ATS
    # sent through an ATS: the employer's own domain is the company's name
    assert third_party("jane@acme-robotics.com", "no-reply@greenhouse.io", "Acme Robotics") is None
    reason = third_party("cv@harvest.example", "hr@acme.com", "Acme")
    assert reason and "harvest.example" in reason and "acme.com" in reason
    assert third_party("cv@harvest.example", "no-reply@greenhouse.io", "Acme") is not None


def _third_party_draft(store, cfg, uid: int = 20) -> int:  # type: ignore[no-untyped-def]
    rid = seed_rejection(
        store,
        uid,
        folder="seed-tp",
        message_id=f"<tp{uid}@acme.example>",
        received_at=ARRIVED.isoformat(),
        from_addr="jane@acme.example",
        company="Acme",
        reply_address="cv-collect@harvest.example",
    )
    draft_id = make_draft(store, cfg, rid)
    assert draft_id
    return draft_id


def test_cli_shows_the_third_party_and_approves_only_with_the_flag(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, *_ = world
    draft_id = _third_party_draft(store, cfg)
    assert main(["--config", str(path), "drafts", "show", str(draft_id)]) == 0
    out = capsys.readouterr().out
    assert "WARNING: cv-collect@harvest.example is on a third party's domain" in out
    assert "to send it there: --to-reply-to" in out
    assert main(["--config", str(path), "drafts", "approve", str(draft_id)]) == 1
    assert "--to-reply-to" in capsys.readouterr().err
    assert store.get_draft(draft_id)["status"] == "pending"
    assert main(["--config", str(path), "drafts", "approve", str(draft_id), "--to-reply-to"]) == 0
    assert store.get_draft(draft_id)["status"] == "approved"


def test_api_approval_must_name_the_very_address(world) -> None:  # type: ignore[no-untyped-def]
    _path, cfg, store, *_ = world
    draft_id = _third_party_draft(store, cfg)
    with pytest.raises(StateError, match="third party"):
        approve(store, draft_id, confirm_to="someone@else.example")
    approve(store, draft_id, confirm_to="CV-Collect@harvest.example")
    assert store.get_draft(draft_id)["status"] == "approved"


def test_digest_shows_it_and_a_reply_must_name_the_address(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    (ordinary,) = seed(store, cfg, 1)
    draft_id = _third_party_draft(store, cfg)
    assert send_digest(cfg, store, force=True)
    digest = smtp.wait_for(1)[0].message
    text = digest.get_body(("plain",)).get_content()
    assert "WARNING: cv-collect@harvest.example is on a third party's domain" in text
    assert f'reply "approve {draft_id} cv-collect@harvest.example"' in text
    assert "third party" in digest.get_body(("html",)).get_content()
    token, digest_id = digest_token(smtp)
    account.append(owner_reply("approve all", token, digest_id))
    scan(path, capsys)
    assert store.get_draft(ordinary)["status"] == "approved"
    assert store.get_draft(draft_id)["status"] == "pending"  # "all" does not name it
    confirmation = smtp.wait_for(2)[1].message.get_content()
    assert f"approve {draft_id} cv-collect@harvest.example" in confirmation
    account.append(owner_reply(f"approve {draft_id} cv-collect@harvest.example", token, digest_id))
    scan(path, capsys)
    assert store.get_draft(draft_id)["status"] == "approved"


def test_a_digest_code_acts_only_on_the_drafts_it_listed(world, capsys) -> None:  # type: ignore[no-untyped-def]
    path, cfg, store, account, smtp = world
    (listed,) = seed(store, cfg, 1)
    send_digest(cfg, store, force=True)
    token, digest_id = digest_token(smtp)
    later = _third_party_draft(store, cfg, uid=30)  # made after that digest
    rid = seed_rejection(
        store, 31, folder="seed-x", message_id="<x@corp.example>", received_at=ARRIVED.isoformat()
    )
    unlisted = make_draft(store, cfg, rid)
    account.append(
        owner_reply(f"approve {listed}\napprove {unlisted}\ndiscard {later}", token, digest_id)
    )
    scan(path, capsys)
    assert store.get_draft(listed)["status"] == "approved"
    assert unlisted and store.get_draft(unlisted)["status"] == "pending"
    assert store.get_draft(later)["status"] == "pending"
    confirmation = smtp.wait_for(2)[1].message.get_content()
    assert f"#{unlisted}: not in the digest you replied to" in confirmation
