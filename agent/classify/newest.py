"""The head of a plain text that holds every decision the classifier reads (the cheap path's cut).

Why apart from :mod:`agent.classify.prefilter`: the cut reads the quotation cutter's
own line starts and :func:`agent.classify.engine.ends_body`, a question of its own.
"""

from __future__ import annotations

import functools
import re

from agent.classify.engine import ends_body, normalise
from agent.classify.extractors.common import unemphasised
from agent.mail.data import alternation


def newest_text(body: str) -> str:
    """The head of a plain text's window that holds all the classifier reads decisions in:
    up to the first line that ends :func:`agent.classify.split`'s body (a ``>`` line, an
    attribution, a forwarded header, a signature delimiter: :func:`ends_body`).

    Replies and list mail carry more than half their bytes below that line, and the
    decision pass costs by the byte; a phrase found only there is one the classifier never
    reads. One regex pass finds the lines that may end the body (as the quotation cutter's
    patterns begin, or a delimiter's first characters), each then read exactly; the text
    above stays as it was. A text with a bare carriage return is read whole (the walker
    and mail-parser may break its lines apart differently).
    """
    if "\r" in body:
        return body
    # ends_body reads of the text above a line only its first line once normalised (or that
    # it is blank), which more lines below never change: found once, not per candidate.
    first = ""
    for m in _cut_candidates().finditer("\n" + body):  # a literal first: found by a fast search
        start = m.start()  # where the line begins in ``body``
        end = body.find("\n", start)
        line = body[start:] if end < 0 else body[start:end]
        if not first:
            first = normalise(unemphasised(body[:start])).partition("\n")[0]
        if ends_body(unemphasised(line), first):
            return body[:start]
    return body


@functools.cache
def _cut_candidates() -> re.Pattern[str]:
    """Where a line may end the body: it begins as a quotation's start or a delimiter."""
    starts = alternation("quoting.toml", "starts").pattern.removeprefix("^")
    return re.compile(rf"\n[^\S\n]*(?:{starts}|--|__|\u2014)", re.I)
