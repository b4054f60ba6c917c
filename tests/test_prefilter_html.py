"""The cheap path's HTML-only text: what it drops never reaches the full path's text, and
its window holds what the classifier reads (issue 15, session 24)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.classify import MAX_BODY_CHARS, _read, htmltext, prefilter, rawmail
from agent.mail.parse import MAX_TEXT_CHARS, html_to_text, parse_bytes

from helpers import ham

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    ROOT / "tests" / "corpus" / "emails",
    ROOT.parent / "shared" / "corpus-public" / "emails",
    ROOT / "agent" / "data" / "demo",
    ROOT.parent / "corpora" / "external" / "dev" / "emails",
]
MAILS = [p.read_bytes() for f in FOLDERS if f.is_dir() for p in sorted(f.glob("*.eml"))]
_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _html_parts(raw: bytes) -> list[str]:
    try:
        headers, body = rawmail.head(raw)
        texts: list[tuple[str, str]] = []
        rawmail.walk(headers, body, texts, [], 0)
    except (rawmail.Unsure, UnicodeError):
        return []
    return [text[: MAX_TEXT_CHARS * 4] for kind, text in texts if kind == "text/html"]


def test_what_is_dropped_never_reaches_the_full_paths_text() -> None:
    """Every HTML part of the corpora and the ham: ``html_to_text`` gives the same text with
    and without what :func:`htmltext.unshown` drops, and the crude text holds its words."""
    parts = [p for raw in MAILS + ham(5000) for p in _html_parts(raw)]
    assert len(parts) > 150
    dropped = whole = 0
    for markup in parts:
        kept, to_the_end = htmltext.unshown(markup)
        full = html_to_text(markup)
        assert html_to_text(kept) == full
        assert _words(full) <= _words(htmltext.crude_html_text(markup))
        dropped += len(kept) < len(markup)
        whole += to_the_end
    assert dropped > len(parts) / 4  # style sheets, comments, titles
    assert whole > 0.95 * len(parts)  # stopped only where unsure


_PIECES = (
    "<style>",
    "<STYLE type=text/css>",
    "<style/>",
    "</style>",
    "</STYLE >",
    "</ſtyle>",
    "<script src=a/b/>",
    "<script src=a />",
    "<script>",
    "</script>",
    "</scrİpt>",
    "<title>",
    "</title>",
    "<!--",
    "-->",
    "--",
    "-- >",
    "<!-->",
    "<![",
    "]]>",
    "<?",
    "<!x",
    "<!",
    '<a t="',
    "<a t='",
    '"',
    "'",
    "=",
    ">",
    "<",
    "/",
    "<p>",
    "<div style=display:none>",
    "</div>",
    "<td>",
    "&am",
    "p;",
    "&amp;",
    "&#6",
    "0;",
    "kept",
    "moved",
    "\n",
    " ",
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_odd_markup_loses_nothing_the_full_path_shows(markup: str) -> None:
    kept, _ = htmltext.unshown(markup)
    assert html_to_text(kept) == html_to_text(markup)


def test_the_window_holds_what_the_classifier_reads() -> None:
    """Every HTML-only mail of the corpora and the ham: the words of the body the classifier
    searches for cues (``_read``) are, in order, words of the text the cheap path's passes
    read, where its window cuts the text."""
    windowed = 0
    for raw in MAILS + ham(5000):
        seen = prefilter.glance(raw)
        if seen is None or not seen.message.html_only:
            continue
        markup = "\n".join(_html_parts(raw))
        kept, whole = htmltext.unshown(markup)
        text = htmltext.crude_passes(kept)
        window = htmltext.html_window(text, kept) if whole else text
        if len(window) == len(text):
            continue  # all of it read: the words' superset above
        windowed += 1
        _, _, t = _read(parse_bytes(raw))
        body = t.body.rsplit(maxsplit=1)[0] if len(t.body) >= MAX_BODY_CHARS else t.body
        assert _in_order(_WORD.findall(body.lower()), _WORD.findall(window.lower()))
    assert windowed > 5


def _in_order(words: list[str], within: list[str]) -> bool:
    """Are ``words`` a subsequence of ``within`` (the body's last word, cut at
    ``MAX_BODY_CHARS``, left out by the caller)?"""
    found = iter(within)
    return all(word in found for word in words)
