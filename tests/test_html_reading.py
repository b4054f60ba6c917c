"""HTML-only mail reads as its plain part would (session 38, issue 11): the full reader
(``agent.mail.parse``) and the cheap path's crude text (``rawmail.crude_html_text``) agree.

Why: an editor or webmail that keeps a text's lines as one ``<div>`` each ("...não</div>
<div>foi selecionada") made every line a paragraph, so a wrapped decision was two
paragraphs and no phrase matched; a browser shows one line break between two ``<div>``s.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.classify import classify, prefilter
from agent.classify.engine import normalise
from agent.classify.rawmail import crude_html_text
from agent.mail.parse import html_to_text, parse_bytes

HTML = Path(__file__).parent / "data" / "html"
EMLS = sorted(HTML.glob("*.eml"))


@pytest.mark.parametrize("path", EMLS, ids=lambda p: p.name)
def test_html_only_mail_on_both_paths(path: Path) -> None:
    raw = path.read_bytes()
    msg = parse_bytes(raw)
    assert msg.html_only
    want = path.name.startswith("yes-")
    assert classify(msg).is_rejection is want, classify(msg).reasons
    seen = prefilter.glance(raw)
    if want:  # the cheap path never settles a rejection the full path finds
        assert seen is None or seen.candidate, seen.reason


def test_div_lines_are_lines_not_paragraphs() -> None:
    text = html_to_text(
        "<div>Dear Alex,</div><div><br></div><div>we have decided not</div>\n"
        "  <div><span>to move forward.</span></div>"
    )
    assert text == "Dear Alex,\n\nwe have decided not\nto move forward."


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<div>a</div><div>b</div>", "a\nb"),
        ("<div>a</div>\n <!-- x --> <span></span><DIV class=x>b</div>", "a\nb"),
        ("<div>a</div><p>b</p>", "a\n\nb"),  # a paragraph keeps its blank line
        ("<div>a</div><br><div>b</div>", "a\n\nb"),  # as does a <br> between them
        ("<div>a</div>text<div>b</div>", "a\ntext\nb"),
        ("<td><div>a</div></td><td><div>b</div></td>", "a\nb"),
    ],
)
def test_crude_text_breaks_as_the_reader_does(markup: str, text: str) -> None:
    assert html_to_text(markup) == text
    assert normalise(crude_html_text(markup)) == text  # as the cheap path reads it
