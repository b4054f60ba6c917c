"""Wording shared by every layer: counts that read right ("1 message", "2 messages"), and the
sentence a reason quotes."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``plural(1, "message")`` → "1 message"; ``plural(2, "reply", "replies")`` → "2 replies"."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def quoted(reason: str) -> str:
    """The text a reason quotes between its first and last double quote (the classifier's
    ``model:NAME p=0.83 "…"``, which the digest shows), or the reason itself."""
    start, end = reason.find('"'), reason.rfind('"')
    return reason[start + 1 : end] if 0 <= start < end else reason
