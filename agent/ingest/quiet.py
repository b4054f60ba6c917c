"""Mail the glance settled and nothing else claims: recorded in bulk during a scan.

Most of an inbox is neither job mail nor Rebound's business. Routing it one
mail at a time cost four database look-ups and an insert each (~1.3 ms, more
than the glance itself). Here a run of settled mails is checked with one query
per question for the whole run, and those nothing claims are recorded with one
statement. The check is a superset of what :func:`agent.ingest.pipeline.route`
asks, so a mail it lets through is exactly one ``route`` would have settled; the
first one it does not is left to the one-mail path, and the next run is checked
afresh after it (that mail may have written what the next ones are matched by).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agent.classify import Verdict
from agent.digest.codes import looks_like_digest_reply
from agent.ingest.applications import registrable
from agent.ingest.replies import thread_ids
from agent.mail.parse import Message, RawMail
from agent.store import Store, iso

LOOK_AHEAD = 100  # mails checked per round of queries: a claimed one ends the round early


def quiet_prefix(
    store: Store, messages: Sequence[Message], owners: frozenset[str], looked: Sequence[bool]
) -> int:
    """How many of the leading ``messages`` (settled by the glance) no one else claims.

    Claimed: the owner's own mail or a digest code; a reply in a known draft's or
    application's thread; job words in the subject of no mailing list's mail
    (``applications.subject_worth_look``: the analysis asked it already, ``looked``
    is its answer per mail); mail from the domain of an open application
    (``route`` then reads its text for job words), or from a domain the owner corrected
    mail of (``memory`` compares it with the corrected ones).
    """
    head: list[Message] = []
    for msg, worth in zip(messages[:LOOK_AHEAD], looked, strict=False):  # no query past memory
        if worth or msg.from_addr.lower() in owners or looks_like_digest_reply(msg):
            break
        head.append(msg)
    threads = [thread_ids(msg) for msg in head]
    domains = [registrable(msg.from_domain) if msg.from_domain else "" for msg in head]
    known = store.known_thread_ids(mid for ids in threads for mid in ids)
    employers = store.application_domains(d for d in domains if d)
    employers |= store.correction_domains() if head else set()
    for n, (ids, domain) in enumerate(zip(threads, domains, strict=True)):
        if (known and not known.isdisjoint(ids)) or (domain and domain in employers):
            return n
    return len(head)


def message_row(
    mail: RawMail, msg: Message, verdict: Verdict | None, handled: str | None = None
) -> dict[str, Any]:
    """The ``messages`` row of a classified mail (``handled``: Rebound's business, no verdict)."""
    return {
        "folder": mail.folder,
        "uidvalidity": mail.uidvalidity,
        "uid": mail.uid,
        "message_id": msg.message_id,
        "subject": msg.subject[:300],
        "from_addr": msg.from_addr,
        "date": iso(msg.date),
        "size": msg.size,
        "status": "classified",
        "error": None,
        "is_rejection": int(verdict.is_rejection) if verdict else 0,
        "score": verdict.score if verdict else None,
        "category": verdict.category if verdict else handled,
        "maybe": verdict.maybe if verdict else None,
    }
