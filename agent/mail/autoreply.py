"""The one auto-reply detector: is this mail a machine's answer rather than a person's?

Out-of-office notes, auto-responders, bounces and list mail must neither count
as an employer's reply nor approve drafts (:mod:`agent.ingest.replies`,
:mod:`agent.ingest.approve_by_reply`). The classifier still reads the
``Auto-Submitted`` header itself; the engineer splitting it switches it to
:func:`is_automatic`. Subject patterns per language: ``agent/data/autoreply.toml``.
"""

from __future__ import annotations

from agent.mail.data import alternation
from agent.mail.parse import Message

_AUTO_PRECEDENCE = ("auto_reply", "bulk", "junk", "list")


def is_automatic(msg: Message) -> bool:
    """An out-of-office, an auto-reply or a bounce rather than a person's answer."""
    h = msg.headers
    auto = h.get("auto-submitted", "no").strip().lower()
    if auto and auto != "no":
        return True
    if "x-autoreply" in h or "x-autorespond" in h:
        return True
    if h.get("precedence", "").strip().lower() in _AUTO_PRECEDENCE:
        return True
    if h.get("return-path", "").strip() == "<>":
        return True
    sender = msg.from_addr.lower()
    return bool(
        sender.startswith(("mailer-daemon@", "postmaster@"))
        or alternation("autoreply.toml", "subjects").match(msg.subject)
    )
