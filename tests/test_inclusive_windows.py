"""SWAPPED and WORD read only in the words around a hint (``inclusive.swapped_forms``,
``_moved_marks``): the same matches as over the whole text (session 34, issue 15: the cheap
path's regression)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.classify.inclusive import (
    _AT_WORD,
    _MARKED,
    SWAPPED,
    _has_mark,
    _hinted,
    _moved,
    _moved_marks,
    swapped_forms,
)

# Words and marks SWAPPED's forms are made of, and what sits around them in ordinary mail:
# URLs, addresses, abbreviations, tabs, no-break spaces, digits and underscores.
PIECES = [
    *"aeoinrmsdlAEOI_0@-)\t\u00a0·",
    *" \n(/:*.",
    "una", "uma", "la", "las", "le", "el", "o", "os", "eine", "einer", "der", "die", "jede",
    "(a)", "(as)", "/a", "/as", ".e", ".e.s", ".E", "i/e", "candidat", "Kandidat", "outro",
    "https://", "www.", ".example", "mailto:", "U.S.", "é", "ö", "innen", "in", "nes", "Ne",
    "(in)", ":in", "*innen", "·e·s", "Bewerber",
]  # fmt: skip


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_windows_find_every_match_of_the_whole_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(swapped_forms(text)) == _spans(SWAPPED.finditer(text))
    assert _moved_marks(text) == _AT_WORD.sub(_moved, text)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Decidimos seguir com outro(a) candidato(a). Obrigado(a)!", 3),
        ("un.e candidat.e retenu.e.s, see https://x.example/a/b and www.example.e", 3),
        ("mit einer:einem\tinternen Kandidat*in; el/la candidato/a\u00a0y los/las", 4),
        ("N/A e/ou and/or m/w/d 12/05 U.S. e.g. i.e. Note:In file(s)", 0),
    ],
)
def test_the_windows_find_the_same_forms_as_written(text: str, forms: int) -> None:
    assert _spans(swapped_forms(text)) == _spans(SWAPPED.finditer(text))
    assert len(_spans(swapped_forms(text))) == forms


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Liebe Bewerber:innen, eine*n Kandidat(in)\tx-Kolleg·innen.",
            "Liebe Bewerberinnen-, einen- Kandidatin--\tx-Kolleginnen-.",
        ),
        ("Note:In file(s) see https://x.example/a:b", "NoteIn- files-- see https://x.example/a:b"),
    ],
)
def test_marks_move_in_their_words_alone(text: str, read: str) -> None:
    assert _moved_marks(text) == _AT_WORD.sub(_moved, text) == read


# The hints as one class-led pattern a group of marks, searched over the whole text (session
# 34's form): the split by mark (branch prefilter36, for speed) must say the same.
_WHOLE_HINTS = (
    re.compile(
        r"[(/](?<=[^\W\d_].)(?:as?|e|un[ao]|uma|l[aeo]s?|ein\w{0,2}|d(?:e[rnm]|ie))\b", re.I
    ),
    re.compile(r"[:*·](?<=[^\W\d_].)(?:[enrms]|ein\w{0,2}|d(?:e[rnm]|ie))\b", re.I),
)
_WHOLE_DOT = re.compile(r"\.(?<=[^\W\d_]{2}\.)e(?:\.s)?\b(?!\.?[^\W\d_])", re.I)


def _hinted_whole(text: str) -> bool:
    return any(h.search(text) for h in _WHOLE_HINTS) or (
        ".e" in text and _WHOLE_DOT.search(text) is not None
    )


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_hints_by_mark_say_what_the_whole_text_searches_say(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _hinted(text) == _hinted_whole(text)
    assert _has_mark(text) == (_MARKED.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "hinted", "mark"),
    [
        ("outro(a) candidato", True, True),
        ("candidato/a", True, False),
        ("eine*n Kandidat", True, True),
        ("Kolleg·innen", False, True),
        ("einer·e", True, True),
        ("retenu.e", True, False),
        ("retenu.E", False, False),  # the dot's hint is asked only where ".e" is
        ("Note:In https://x.example/about U.S. e.g.", False, True),
        ("N/A", True, False),  # as written: a hint, not a mark
        ("12/05 (1) a: b", False, False),
    ],
)
def test_the_hints_by_mark(text: str, hinted: bool, mark: bool) -> None:
    assert _hinted(text) is hinted is _hinted_whole(text)
    assert _has_mark(text) is mark is (_MARKED.search(text) is not None)
