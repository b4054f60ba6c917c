"""A hiring function's bare initials ("HR", "RH"): job context only where they sign.

Why a module of its own: the initials are hours and a product too ("8 hr days", "RH 7.3":
~2 % of ordinary mail), so they count only alone or beside a name or company on a line of
their own (``initials_line``), or after a pack's ``hiring_initials_after`` words ("a call
with HR"); a sender's display name is read by ``job_sender``. The classifier
(:mod:`agent.classify.jobcontext`) asks this of the lines it reads and the cheap path's tier 0
(:mod:`agent.classify.prefilter`) of the raw text, so the two must agree: both read a line as
:func:`signs` makes it, the classifier's lines being the raw ones (issue 15, session 19).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.classify.engine import SPACE
from agent.classify.extractors.common import unemphasised
from agent.classify.lexicon import compiled

_LINE = compiled("initials_line", 0)  # case matters: a name is capitalised
_LINE_CHARS = 200  # six words and their separators: far shorter
_AFTER_CHARS = 40  # how far before the gap before the initials their "with" may begin


def signs(line: str) -> bool:
    """Whether ``line`` (one line, no break) is a signature-like line the initials may sign:
    read as the classifier reads its text (spaces plain, no soft hyphens, no emphasis)."""
    line = SPACE.sub(" ", line.replace("\u00ad", ""))
    while "*" in line and (plain := unemphasised(line)) != line:
        line = plain  # the classifier's body was unemphasised once already: to the end
    line = line.strip()
    return len(line) <= _LINE_CHARS and _LINE.fullmatch(line) is not None


def line_at(text: str, start: int, end: int) -> str:
    """The line of ``text`` holding ``text[start:end]``: a line ends at LF or CR, as the
    classifier's text is normalised (``engine.normalise``)."""
    first = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    last = len(text)
    for stop in ("\n", "\r"):
        at = text.find(stop, end)
        if 0 <= at < last:
            last = at
    return text[first:last]


def after(rx: re.Pattern[str] | None, text: str, start: int) -> bool:
    """Whether one of the ``hiring_initials_after`` words comes just before ``start``, however
    many spaces and marks between (the classifier reads them collapsed)."""
    if rx is None:
        return False
    gap = start
    while gap > 0 and not (text[gap - 1].isalnum() or text[gap - 1] == "_"):
        gap -= 1
    return rx.search(text, max(0, gap - _AFTER_CHARS), start) is not None


def signed(
    words: Iterable[str], words_after: tuple[re.Pattern[str], ...], whole: str, html_only: bool
) -> bool:
    """Do a hiring function's bare initials (``words``: "HR") sign a line of ``whole`` or follow
    a word that makes them count (``words_after``), as :mod:`agent.classify.jobcontext` reads
    them? (The cheap path's
    gate without its databases, :mod:`agent.classify.prefilter`.)

    Raw lines are the classifier's (its text normalised, emphasis dropped: :func:`signs` reads
    a line so); an HTML-only text is made otherwise there, so any of them counts. Found by
    ``str.find`` (case-sensitive, as the packs' initials are) where tier 0's database is not
    used; there the job pass reports them (~5 µs a mail less).
    """
    for word in words:
        at = whole.find(word)
        while at >= 0:
            end = at + len(word)
            if _whole_word(whole, at, end) and signed_at(words_after, whole, at, end, html_only):
                return True
            at = whole.find(word, at + 1)
    return False


def signed_at(
    words_after: tuple[re.Pattern[str], ...], whole: str, start: int, end: int, html_only: bool
) -> bool:
    """Do the initials at ``start``..``end`` of ``whole`` count (see :func:`signed`)?"""
    return (
        html_only
        or any(after(rx, whole, start) for rx in words_after)
        or signs(line_at(whole, start, end))
    )


def _whole_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is not part of a longer word (``\\b`` on both sides)."""
    before = text[start - 1] if start else " "
    behind = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_" or behind.isalnum() or behind == "_")


def patterns(words: Iterable[str]) -> tuple[str, ...]:
    """A hiring function's bare initials as whole words, after the job patterns in tier 0's
    database (``prefilter``): case-sensitive, every match reported (:func:`signed_at` reads
    their lines)."""
    return tuple(rf"\b{re.escape(word)}\b" for word in words)
