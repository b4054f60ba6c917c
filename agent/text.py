"""Wording shared by every layer: counts that read right ("1 message", "2 messages")."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``plural(1, "message")`` → "1 message"; ``plural(2, "reply", "replies")`` → "2 replies"."""
    return f"{count} {word if count == 1 else (many or word + 's')}"
