"""The crude HTML text's entities: "&nbsp;" replaced before ``html.unescape`` gives its output."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.classify.rawmail import crude_html_text

# Entity names and their pieces, "&", "#", ";", U+00A0 itself, blanks and letters: what could
# make a reference run on over the U+00A0 that "&nbsp;" becomes, or end differently.
_NAMES = ("nbsp", "amp", "gt", "lt", "not", "notin", "x", "a")
_OTHER = ("&", "#", "#x", ";", "1", "f", "\xa0", " ", "\n", "\t", "é", "<b>", "<p>", "</td>")
_PIECES = st.sampled_from(
    [*_NAMES, *(f"&{n}" for n in _NAMES), *(f"&{n};" for n in _NAMES), *_OTHER, "&#160;", "&#xa0;"]
)


def _old(markup: str) -> str:
    """``crude_html_text`` as it was: every entity left to ``html.unescape``."""
    from agent.classify.rawmail import _ANY_TAG, _BLOCK_TAG, _CELL_TAG, _SOFT_END

    markup = _SOFT_END.sub(" ", markup)  # session 38: </div><div> is one break
    return html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", _CELL_TAG.sub(" ", markup))))


@settings(max_examples=3000)
@given(st.lists(_PIECES, max_size=30).map("".join) | st.text())
def test_same_text_as_unescape_alone(markup: str) -> None:
    assert crude_html_text(markup) == _old(markup)


def test_examples() -> None:
    cases = {
        "a&nbsp;b": "a\xa0b",
        "&amp&nbsp;x": "&\xa0x",  # "amp" without ";" still ends where the name ends
        "&gt&nbsp;abc;": ">\xa0abc;",
        "&g&nbsp;": "&g\xa0",
        "&amp;nbsp;": "&nbsp;",  # an escaped "&" stays one: no entity made of it
        "&&nbsp;": "&\xa0",
        "<td>Not&nbsp;selected</td>": " Not\xa0selected",
        "x" * 40 + "&" + "y" * 31 + "&nbsp;amp;": "x" * 40 + "&" + "y" * 31 + "\xa0amp;",
    }
    for markup, text in cases.items():
        assert crude_html_text(markup) == text == _old(markup), markup
