"""An HTML-only mail's text as the cheap path reads it: tags stripped by regex, and what
Python's ``HTMLParser`` never shows (comments, scripts, styles, titles) dropped first.

Split from :mod:`agent.classify.rawmail` (the 600-line limit). The full path's text is
:func:`agent.mail.parse.html_to_text`; this text holds all its words, in order, and the
window :func:`html_window` reads holds what the classifier searches for cues.
"""

from __future__ import annotations

import html
import re

from agent.classify.engine import MAX_BODY_CHARS
from agent.classify.rawmail import caseless, prefix_tree, read_window
from agent.mail.parse import BLOCK_ELEMENTS, HIDDEN_STYLE

# Tags as Python's HTMLParser sees them (a "<" then a letter, "/", "!" or "?"); block
# elements become line breaks, as in :func:`agent.mail.parse.html_to_text`. Possessive
# runs: giving back a blank or a non-">" could never let these match otherwise. Written
# case-sensitive, and a look-ahead for a block element's first letter before the
# alternation: ~20 % less time than ``re.I`` (most tags are no block element), the
# pass being most of an HTML-only mail's crude text (issue 15).
_BLOCK_FIRST = "".join(sorted({caseless(w[0])[1:-1] for w in BLOCK_ELEMENTS}))
_BLOCK_TAG = re.compile(
    rf"<\s*+/?\s*+(?=[{_BLOCK_FIRST}])(?:{prefix_tree(BLOCK_ELEMENTS)})\b[^>]*+>"
)
_ANY_TAG = re.compile(r"<[a-zA-Z/!?][^>]*+>")
# A table cell's start is a space there too: "<td>R-4411</td><td>Not selected" is two words.
_CELL_TAG = re.compile(r"<\s*+t[dh]\b[^>]*+>", re.I)


def crude_html_text(markup: str) -> str:
    """HTML → text by regex: never *fewer* words than :func:`agent.mail.parse.html_to_text`.

    Comments, scripts, styles and titles of text alone are dropped where Python's
    ``HTMLParser`` (what ``html_to_text`` feeds) never shows them (:func:`unshown`); hidden
    elements stay in. For a pre-filter, extra text costs a little selectivity, missing
    text would cost a rejection.
    """
    return crude_passes(unshown(markup)[0])


def crude_passes(markup: str) -> str:
    """The crude text's tag passes: table cells and block elements apart, other tags gone."""
    return html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", _CELL_TAG.sub(" ", markup))))


def _ascii_caseless(word: str) -> str:
    """``word`` in either ASCII case only: ``HTMLParser`` lower-cases tag names, and no other
    letter lower-cases to "style" (``re.I`` would take a long s for an s)."""
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


# A start tag as HTMLParser reads one (``locatestarttagend_tolerant``, then ">" alone, not
# "/>": only then is a script or style raw text up to its end tag), in a narrow form:
# attributes of plain names, quoted values without "<" or ">", bare values without quotes
# ("src=a/b/>" ends a start tag there too: its value takes the "/").
_ATTRS = (
    r"(?:[\t\n\r\f ]+[^\s<>\"'/=]+"
    r"(?:[\t\n\r\f ]*=[\t\n\r\f ]*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"'=`]+))?)*[\t\n\r\f ]*>"
)


def _element(name: str, content: str) -> str:
    word = _ascii_caseless(name)
    return rf"<{word}{_ATTRS}{content}</\s*{word}\s*>"


# What HTMLParser never shows, met left to right as its tokeniser meets markup (group 1):
# a comment (``_markupbase``'s ``--\s*>`` ends it), a script or style (raw text up to the
# first end tag of its name, ASCII case), a title holding text alone (``html_to_text``
# skips it). Group 2 stops the reading (the rest stays in, as it is): where the tokeniser
# could see other than these do — a tag with "<" in it or a quoted ">" or "<" (an
# attribute may hold "<!--"), a declaration or processing instruction holding "<", a
# marked section, an unclosed comment, a script, style or title not in the form above.
_UNSHOWN = re.compile(
    "(?<!<)("  # "<" + a dropped block + "b>" would join into a tag: unsure there
    + "|".join(
        (
            r"<!--.*?--\s*>",
            _element("script", ".*?"),
            _element("style", ".*?"),
            _element("title", "[^<]*"),
        )
    )
    + ")|("
    + "|".join(
        (
            r"<[a-zA-Z/?][^<>]*+<",
            r"<!(?!--)[^<>]*+<",
            r"<!\[",
            r"=\s*(?:\"[^\"<>]*+[<>]|'[^'<>]*+[<>])",
            r"<!--",
            rf"<(?:{_ascii_caseless('script')}|{_ascii_caseless('style')}|{_ascii_caseless('title')})",
        )
    )
    + ")",
    re.S,
)


def unshown(markup: str) -> tuple[str, bool]:
    """``markup`` without what :data:`_UNSHOWN` finds HTMLParser never shows, and whether it
    read to the end (False: it stopped where it could not be sure, the rest left in).

    Nothing dropped reaches ``html_to_text``'s text (a test feeds both odd markup); what
    it drops is mostly a newsletter's style sheet, 8-14 K characters ahead of its text.
    Where HTMLParser may meet a marked section ("<![", outside what is dropped), it may
    raise, and ``html_to_text`` then shows everything: nothing is dropped.
    """
    kept: list[str] = []
    at = 0
    for m in _UNSHOWN.finditer(markup):
        if m.lastindex == 2 or _entity_before(markup, m.start()):  # unsure from here
            if "<![" in markup[m.start() :]:
                return markup, False  # a marked section may make HTMLParser raise: all shown
            kept.append(markup[at : m.start()])
            at = m.start()
            break
        kept.append(markup[at : m.start()])
        at = m.end()
    else:
        if at == 0:
            return markup, True
        kept.append(markup[at:])
        return "".join(kept), True
    kept.append(markup[at:])
    return "".join(kept), False


_ENTITY_HEAD = re.compile(r"&[#\w]*")


def _entity_before(markup: str, at: int) -> bool:
    """Does a reference's head ("&am", "&#") end right before ``at``? HTMLParser ends it at the
    dropped block; joined to what follows it ("p;"), it would read as another character."""
    amp = markup.rfind("&", max(0, at - 40), at)
    return amp >= 0 and _ENTITY_HEAD.fullmatch(markup, amp, at) is not None


def html_window(text: str, markup: str) -> str:
    """:func:`read_window` of an HTML-only mail's crude ``text`` (of ``markup`` as
    :func:`unshown` kept it, read to the end), or all of it where the crude text could hold
    more ahead of what the classifier reads than the window's margin.

    The crude text holds ``html_to_text``'s words in order, and more: hidden elements
    (``parse.HIDDEN_STYLE``, looked for in the whole markup, entities read) and, with a
    ">" in it, lines the classifier might drop as quoted (its lines are not the crude
    text's). Without either, what stays is a title-less head's odd text and white space:
    the window's 1,000 characters over ``MAX_BODY_CHARS`` hold it (the classifier's
    ``MAX_BODY_CHARS`` count spaces too). The style sheets that once came first are gone.
    """
    if len(text) <= MAX_BODY_CHARS or ">" in text:
        return text
    if HIDDEN_STYLE.search(html.unescape(markup).lower()) is not None:
        return text
    return read_window(text)
