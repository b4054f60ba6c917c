"""Approve by replying to the digest: ``approve 3``, ``discard 4``, ``approve all``, and
``rejection 24`` for a mail the digest listed as one that may be a rejection (the daemon then
logs it as ``rebound rejections add 24`` would: :func:`agent.ingest.corrections.log_asked`).

A reply is obeyed only when all of these hold:

* it comes ``From`` one of the owner's addresses (``owner.email``, the IMAP login);
* it is not automatic (auto-reply, bounce, list mail: :mod:`agent.mail.autoreply`);
* it quotes the secret code (``RB-…``) of one of the two newest digests, made less
  than 48 hours ago (only a SHA-256 of each code is stored; compared in constant time);
* it was not handled before (the same mail can sit in two folders).

Anything else — a wrong sender, a missing, wrong or old code — does nothing but write a
log line. An accepted reply's commands go through the drafts state machine
(:func:`agent.feedback.drafts.approve` / :func:`~agent.feedback.drafts.discard`) and a short
confirmation, including the lines not understood, is queued for the owner.

This trusts the owner's mailbox: whoever can send mail from it *and* read the digest
can approve drafts. That is the same person who could send the request by hand.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from email.utils import make_msgid
from typing import Any

from agent.config import Config
from agent.digest.codes import TOKEN_PREFIX, codes_in, valid_digest_for_token
from agent.errors import NotFoundError, StateError
from agent.feedback import drafts
from agent.mail.autoreply import is_automatic
from agent.mail.headers import safe_address
from agent.mail.parse import Message
from agent.mail.quoting import newest_lines
from agent.store import Store, iso, now_utc

log = logging.getLogger(__name__)

MAX_COMMAND_LINES = 40
_COMMAND = re.compile(r"^(approve|discard|rejection)\b[\s:]*(.*)$", re.IGNORECASE)
_IDS = re.compile(r"#?(\d{1,9})")
_ADDRESS = re.compile(r"<?([^\s<>,;:@]+@[^\s<>,;:@]+\.[^\s<>,;:@]+)>?")
_IGNORABLE = re.compile(
    r"^(sent from my .*|get outlook for .*|sent from .* mail.*|thanks!?|thank you!?|cheers!?|"
    r"(best|kind)? ?regards,?|rebound:.*)$",
    re.IGNORECASE,
)


@dataclass
class Reply:
    """What happened to one reply to a digest."""

    accepted: bool
    why: str = ""
    done: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    digest_id: int | None = None
    listed: list[int] = field(default_factory=list)  # the drafts that digest showed
    listed_mail: list[int] = field(default_factory=list)  # its mails that may be a rejection


def command_lines(text: str) -> list[str]:
    """The owner's own lines: above the quoted digest, without the signature."""
    out: list[str] = []
    for raw in newest_lines(text):
        line = raw.strip()
        if line and TOKEN_PREFIX not in line:
            out.append(line)
        if len(out) >= MAX_COMMAND_LINES:
            break
    return out


def handle(store: Store, cfg: Config, msg: Message, owners: frozenset[str]) -> Reply:
    """Check and obey one owner's reply to a digest; must run inside a store transaction."""
    if msg.message_id and store.digest_reply_seen(msg.message_id):
        return Reply(False, "already handled")
    result = _check(store, cfg, msg, owners)
    if result.accepted:
        _obey(store, msg, result)
    if msg.message_id:
        store.add_digest_reply(
            {
                "message_id": msg.message_id,
                "received_at": iso(msg.date or now_utc()),
                "from_addr": msg.from_addr,
                "digest_id": result.digest_id,
                "accepted": int(result.accepted),
                "result": json.dumps(
                    {"done": result.done, "problems": result.problems, "why": result.why}
                ),
            }
        )
    if not result.accepted:
        log.warning(
            "ignored a reply to a digest from %s (%s): %s",
            msg.from_addr,
            msg.message_id,
            result.why,
        )
        return result
    store.event(
        "digest_reply",
        None,
        "obeyed",
        message_id=msg.message_id,
        done=result.done,
        problems=result.problems,
        not_understood=result.not_understood,
    )
    _queue_confirmation(store, cfg, msg, result)
    return result


def _check(store: Store, cfg: Config, msg: Message, owners: frozenset[str]) -> Reply:
    if not cfg.digest.approve_by_reply:
        return Reply(False, "digest.approve_by_reply is off")
    if msg.from_addr.lower() not in owners:
        return Reply(False, f"sender {msg.from_addr!r} is not the owner")
    if is_automatic(msg):
        return Reply(False, "an automatic reply or a bounce")
    for token in codes_in(msg):
        digest = valid_digest_for_token(store, token)
        if digest is not None:
            return Reply(
                True,
                digest_id=digest.id,
                listed=json.loads(digest.listed or "[]"),
                listed_mail=json.loads(digest.listed_mail or "[]"),
            )
    return Reply(False, "no valid code of a recent digest in it (wrong or stale)")


def _obey(store: Store, msg: Message, reply: Reply) -> None:
    listed = reply.listed
    lines = command_lines(msg.text)
    for line in lines:
        m = _COMMAND.match(line)
        if not m:
            if not _IGNORABLE.match(line):
                reply.not_understood.append(line)
            continue
        verb, rest = m.group(1).lower(), m.group(2)
        if verb == "rejection":
            _ask_rejections(store, line, rest, reply)
            continue
        words = rest.lower().replace(",", " ").split()
        late = "late" in words
        named: list[str] = []
        if "all" in words:
            targets = [
                d["id"]
                for d in (store.get_draft(i) for i in listed if store.draft_exists(i))
                if d["status"] == "pending" or (late and d["status"] == "expired")
            ]
            if not targets:
                reply.problems.append(f"{line}: nothing from that digest is waiting any more")
        else:
            named = _ADDRESS.findall(rest)  # "approve 3 jobs@agency.example": a third party
            targets = _targets(_ADDRESS.sub(" ", rest), "late")
            if not targets or (named and (verb != "approve" or len(targets) > 1)):
                reply.not_understood.append(line)
                continue
        for draft_id in _listed(targets, listed, "#{}", "drafts", reply):
            _apply(store, verb, draft_id, late, reply, confirm_to=named[0] if named else None)
    if not lines:
        reply.not_understood.append("(no commands found above the quoted digest)")


def _ask_rejections(store: Store, line: str, rest: str, reply: Reply) -> None:
    """``rejection 24 25``: the mails named, if that digest listed them, are to be logged as
    rejections; the daemon does it outside this transaction (it reads each mail again)."""
    targets = _targets(rest)
    if not targets:
        reply.not_understood.append(line)
        return
    for mail_id in _listed(targets, reply.listed_mail, "mail {}", "mails", reply):
        try:
            row = store.stored_message(str(mail_id))
        except NotFoundError:  # the database was reset since that digest
            reply.problems.append(f"mail {mail_id}: there is no such mail any more")
            continue
        label = f"mail {mail_id} ({row['from_addr'] or '?'}: {(row['subject'] or '')[:60]})"
        if row["rejection_id"] is not None and not row["dropped_at"]:  # a dropped one: undone
            reply.done.append(f"{label}: was already logged as a rejection")
            continue
        store.ask_rejection(mail_id)
        reply.done.append(f"{label}: to be logged as a rejection, its feedback request drafted")


def _targets(rest: str, *allowed: str) -> list[int]:
    """The ids a command names ("3", "#4, 5"), each once; none when anything else but the
    ``allowed`` words is left (then the line was not understood)."""
    leftovers = _IDS.sub("", rest.lower()).replace(",", " ").split()
    if any(word not in allowed for word in leftovers):
        return []
    return list(dict.fromkeys(int(x) for x in _IDS.findall(rest)))


def _listed(targets: list[int], listed: list[int], name: str, what: str, reply: Reply) -> list[int]:
    """Those of ``targets`` the digest replied to listed; the others are a problem each."""
    for target in targets:
        if target not in listed:
            reply.problems.append(
                f"{name.format(target)}: not in the digest you replied to; a reply can only "
                f"act on the {what} its digest listed"
            )
    return [t for t in targets if t in listed]


def _label(draft: dict[str, Any], store: Store) -> str:
    company, role = store.company_and_role(draft["rejection_id"])
    company = company or draft["to_addr"]
    return f"#{draft['id']} {company}" + (f" — {role}" if role else "")


def _apply(
    store: Store, verb: str, draft_id: int, late: bool, reply: Reply, *, confirm_to: str | None
) -> None:
    try:
        draft = store.get_draft(draft_id)
    except NotFoundError:
        reply.problems.append(f"#{draft_id}: there is no such draft")
        return
    label = _label(draft, store)
    try:
        if verb == "approve":
            if draft["status"] == "approved":
                reply.done.append(f"{label}: was already approved")
                return
            drafts.approve(store, draft_id, late=late, confirm_to=confirm_to)
            reply.done.append(f"approved {label}; it goes out from {draft['send_after'][:16]}Z")
        else:
            if draft["status"] == "discarded":
                reply.done.append(f"{label}: was already discarded")
                return
            drafts.discard(store, draft_id)
            reply.done.append(f"discarded {label}; it will not be sent")
    except StateError as exc:
        text = (
            str(exc)
            .replace(f"`rebound drafts approve {draft_id} --late`", f"approve {draft_id} late")
            .replace(
                f"`rebound drafts approve {draft_id} --to-reply-to`",
                f"approve {draft_id} {draft['to_addr']}",
            )
        )
        reply.problems.append(f"{label}: {text}")


def _queue_confirmation(store: Store, cfg: Config, msg: Message, reply: Reply) -> None:
    lines = ["Rebound read your reply to the digest.", ""]
    if reply.done:
        lines += ["Done:", *(f"  - {d}" for d in reply.done), ""]
    if reply.problems:
        lines += ["Not done:", *(f"  - {p}" for p in reply.problems), ""]
    if reply.not_understood:
        lines += [
            "Not understood (write one command per line: approve 3, discard 4, approve all, "
            "approve 5 late, rejection 24):",
            *(f"  - {n[:120]}" for n in reply.not_understood),
            "",
        ]
    summary = ", ".join(reply.done) if reply.done else "nothing changed"
    domain = cfg.owner.email.rpartition("@")[2] or "rebound.invalid"
    store.queue_outbox(
        {
            "kind": "confirmation",
            "to_addr": safe_address(msg.from_addr) or cfg.digest_to,
            "subject": f"Rebound: {summary}"[:200],
            "body": "\n".join(lines),
            "message_id": make_msgid("rebound-confirm", domain=domain),
            "in_reply_to": msg.message_id,
        }
    )
