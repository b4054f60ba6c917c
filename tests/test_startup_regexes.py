"""Two checks every process runs over every pack pattern as it loads them, rewritten so that
``re`` skips to their first character in C (issue 15, speed45): the same answers as the
patterns they replace, over the packs' own pattern text and over any pattern-like text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from agent import files
from agent.classify import needles, rulepattern

DATA = Path(needles.__file__).parent / "data"

# As they were: one alternation (or a look-behind) first, tried at every character.
OLD_BARE_START = re.compile(r"(?:\A|^|[(|:>])(?:\^|\\A)*(?:\||\)|$)")
OLD_GAP = re.compile(r"(?<!\\)(\((?:\?:)?)( ?)(\\[wS]\+|\[[^\]\[]*\]\+)( ?\))(?=[?*+{])")


def bare_start(pattern: str) -> bool:
    return (
        needles._BARE_FIRST.match(pattern) is not None
        or needles._BARE_AFTER.search(pattern) is not None
    )


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def pack_texts() -> list[str]:
    paths = [*sorted((DATA / "lang").glob("*.toml")), DATA / "patterns.toml", DATA / "lexicon.toml"]
    return [s for path in paths for s in _strings(files.read_toml(path))]


def _marked(m: re.Match[str]) -> str:
    return "".join(f"<{g}>" for g in m.groups())  # every group, where it matched


def test_the_packs_texts_get_the_same_answers() -> None:
    texts = pack_texts()
    assert len(texts) > 2000
    assert any(OLD_BARE_START.search(t) for t in texts)  # both answers occur
    assert any(OLD_GAP.search(t) for t in texts)
    for text in texts:
        assert bare_start(text) == (OLD_BARE_START.search(text) is not None), text
        assert rulepattern._GAP.sub(_marked, text) == OLD_GAP.sub(_marked, text), text


def test_written_cases() -> None:
    for text in (
        "(^|\\n)x",
        "^|a",
        "a|",
        "",
        "(?:^|\\s)",
        "a\\(^|b)",
        ":^)",
        "\\A|x",
        "ab",
        ">|x",
        "(?P<c>^|x)",
    ):
        assert bare_start(text) == (OLD_BARE_START.search(text) is not None), text
    for text in ("( \\S+){0,3}", "\\( \\S+){0,3}", "(\\w+ )?", "x\\\\(\\w+ )?", "(?:[\\w-]+ )*"):
        assert rulepattern._GAP.sub(_marked, text) == OLD_GAP.sub(_marked, text), text


_PIECES = st.sampled_from(
    [
        "(",
        ")",
        "(?:",
        "|",
        "^",
        "\\A",
        "\\",
        ":",
        ">",
        "$",
        "\n",
        " ",
        "\\w+",
        "\\S+",
        "[a-z]+",
        "[",
        "]",
        "+",
        "?",
        "*",
        "{2}",
        "a",
        "x",
    ]
)


@settings(max_examples=3000)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_any_pattern_like_text_gets_the_same_answers(text: str) -> None:
    assert bare_start(text) == (OLD_BARE_START.search(text) is not None)
    assert rulepattern._GAP.sub(_marked, text) == OLD_GAP.sub(_marked, text)
