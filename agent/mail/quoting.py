"""The one quotation cutter: the newest part of a mail, above the quoted history.

Every reader of a reply uses it (talon's lesson: one extractor, every caller):
:mod:`agent.ingest.replies` keeps the employer's own words for the excerpt and
the themes, :mod:`agent.ingest.approve_by_reply` reads the owner's commands above
the quoted digest, and the classifier (``agent.classify.engine.split``) counts
decisions only above it.

A quotation starts at a ``>`` line, an attribution ("On … wrote:", "Am …
schrieb"), a forwarded-header block ("From: …", "-----Original Message-----", a
line of underscores); a signature at ``--``. The patterns, per language, are in
``agent/data/quoting.toml``.
"""

from __future__ import annotations

from agent.mail.data import alternation

_SIGNATURE = ("--", "-- ")


def newest_lines(text: str) -> list[str]:
    """The lines above the first quotation or signature, right-stripped."""
    starts = alternation("quoting.toml", "starts")
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped in _SIGNATURE or starts.match(stripped):
            break
        lines.append(line.rstrip())
    return lines


def newest_text(text: str) -> str:
    """The part of a mail above the quoted history and the signature."""
    return "\n".join(newest_lines(text)).strip()
