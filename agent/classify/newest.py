"""The head of a plain text that holds every decision the classifier reads (the cheap path's cut).

Why apart from :mod:`agent.classify.prefilter`: the cut reads the quotation cutter's
own line starts and :func:`agent.classify.engine.ends_body`, a question of its own.
"""

from __future__ import annotations

import functools
import re

from agent.classify.engine import SIG_DELIM, ends_body, normalise
from agent.classify.extractors.common import unemphasised
from agent.mail.data import table


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
    return cuts(body, quoted=False)[0]


def cuts(body: str, *, quoted: bool = True) -> tuple[str, str]:
    """(:func:`newest_text` of ``body``, ``body`` up to its quoted history), in one pass.

    The second is all the classifier reads a list's or a system's job words in (the body and
    the signature's head, ``jobcontext._stated``; the quoted history and the footer count in
    a person's mail only). The signature delimiter does not end it; a quotation's start
    does. ``quoted=False``: the first alone (the second is then ``body``).
    """
    if "\r" in body:
        return body, body
    # ends_body reads of the text above a line only its first line once normalised (or that
    # it is blank), which more lines below never change: found once, not per candidate, and
    # only for a signature delimiter's line (normalising all above cost ~45 µs a long text).
    first = ""
    newest = None
    for m in _cut_candidates().finditer("\n" + body):  # a literal first: found by a fast search
        start = m.start()  # where the line begins in ``body``
        end = body.find("\n", start)
        line = unemphasised(body[start:] if end < 0 else body[start:end])
        if newest is None:
            if not first and SIG_DELIM.match(normalise(line)):  # only a delimiter reads above
                first = normalise(unemphasised(body[:start])).partition("\n")[0]
            if ends_body(line, first):
                newest = body[:start]
                if not quoted:
                    break
        if newest is not None and ends_body(line, ""):  # no text above: a quotation's start
            return newest, body[:start]
    return body if newest is None else newest, body


@functools.cache
def _cut_candidates() -> re.Pattern[str]:
    """Where a line may end the body: it begins as a quotation's start or a delimiter.

    A look-ahead for the first characters the starts can have (``>``, ``-``, "o" of "On …
    wrote:"): ``re`` tries the two dozen languages' starts one by one after every line
    break, and most lines begin otherwise (the search ~40 % cheaper; the same matches).
    """
    parts = [p for section in table("quoting.toml").values() for p in section.get("starts", ())]
    parts += ["--", "__", "\u2014"]
    firsts: set[str] = set()
    for part in parts:
        found = _first_chars(part)
        if found is None:
            firsts.clear()  # no look-ahead
            break
        firsts.update(found)
    ahead = f"(?=[{re.escape(''.join(sorted(firsts)))}])" if firsts else ""
    return re.compile(rf"\n[^\S\n]*{ahead}(?:{'|'.join(parts)})", re.I)


def _first_chars(pattern: str) -> str | None:
    """The characters a match of ``pattern`` can begin with (as written: ``re.I`` adds their
    cases), or None when this cannot tell. It can for a literal, or a group of alternatives
    that each begin with one; neither made optional, no escape or set in the group."""
    if pattern.startswith("(") and not pattern.startswith("(?"):
        end = pattern.find(")")
        group, rest = pattern[1:end], pattern[end + 1 :]
        if end < 0 or "\\" in group or "[" in group or "(" in group or _optional(rest):
            return None
        found = [_first_chars(branch) for branch in group.split("|")]
        return None if None in found else "".join(f for f in found if f is not None)
    first = pattern[:1]
    if not first or first in "\\.^$*+?{}[]|()" or _optional(pattern[1:]):
        return None
    return first


def _optional(rest: str) -> bool:
    """Does ``rest``, what follows an atom, open with a quantifier that allows none of it?"""
    return rest[:1] in ("?", "*") or rest.startswith(("{0", "{,"))
