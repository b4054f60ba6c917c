"""Inclusive writing as decision rules read it: gender marks moved to the end of their word.

Why: "Bewerber:innen", "Kandidat*in", "eine:n", "candidat·e·s" or "candidat(e)s" split the
word a rule's ``Bewerber\\w*`` or ``candidat\\w*`` reads. Moving the marks behind the
word as hyphens ("Bewerberinnen-") keeps the text's length, so positions found on the
written text stay valid; the extractors keep reading the text as written. The word
pattern is data (``inclusive_word`` in ``data/patterns.toml``).

A *swapped* ending ("outro(a) candidato(a)", "candidato/a", "selecionados(as)") is not an
added one: moved like one it would make "outroa-". Rules read its first form; a rule's
space reads one space (not "outro--- candidato", nor "outro    candidato": the text is
normalised before this), so the rest of its sentence moves up and the freed characters go
to the sentence's (or paragraph's) end as spaces ("com outro candidato para a vaga.   ").
The length stays; positions before the first mark and after the sentence stay valid,
those between move by a few characters: ``engine.flat`` then indexes the text anew, and
the frames read the written text with the same moves, quoting it as written
(:func:`written_at`). The pattern is data too (``swapped_word``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from agent.classify.lexicon import compiled

MARKS = "*:·(/"  # a text without any of these (nor ".e", :func:`marked`) has nothing to move
WORD = compiled("inclusive_word")  # a word with a gender mark inside
SWAPPED = compiled("swapped_word")  # a word with a swapped ending after it
# What the cheap path's one-pass databases stand in for both (prefilter.py): where neither
# matches, the decision text is the text as written.
STAND_IN = f"(?:{WORD.pattern})|(?:{SWAPPED.pattern})"
_DROP = str.maketrans("", "", "*:·()")
_LETTERS = re.compile(r"[^*:·()]")
# A letter, a mark, a letter: in every match of WORD. Found from the marks (re skips to
# them in C), it spares WORD's cost where it cannot match: WORD tries each letter of every
# word and backtracks over the rest of it (~4 ms over a 10 KB text with a colon).
_MARKED = re.compile(r"[*:·(](?<=[^\W\d_].)[^\W\d_]")
# ``_MARKED.search`` by mark, as the hints are (a class first is tested at every character).
_MARKED_BY_MARK = tuple((m, re.compile(rf"{re.escape(m)}(?<=[^\W\d_].)[^\W\d_]")) for m in "*:·(")
# WORD tried only where a word begins: the same matches (a match from inside a word is
# one from its first letter too, and WORD's letters run to the word's end, so the next
# match begins at a word), without trying each letter of every word.
_AT_WORD = re.compile(rf"(?<![^\W\d_])(?:{WORD.pattern})", WORD.flags)
# A letter, a mark, then what may end a swapped form there: after "(" or "/" "a", "as", "e"
# or an article pair's second ("un/una"); after ":", "*" or "·" an article's ending or second
# ("eine*n", "einer:einem"); after "." (two letters before it) "e" alone ("candidat.e"). In
# every match of SWAPPED, found from the marks as ``_MARKED`` is. URLs put a slash after a
# letter in most mails ("/about" is not one: no word ends after its "a"), abbreviations a dot
# ("U.S."), and SWAPPED (~0.2 ms over a mail) is tried only where this finds one.
# One pattern a mark character, each asked only where its mark is in the text: a pattern
# that begins with one character skips to it in a tight C loop, one that begins with a class
# calls the class' test at every character (~4 times the time over ordinary mail, where
# "/", ":" and "(" are in nearly every text); the dot's only where ".e" is.
_SWAP_ENDS = {
    "(/": r"(?:as?|e|un[ao]|uma|l[aeo]s?|ein\w{0,2}|d(?:e[rnm]|ie))\b",
    ":*·": r"(?:[enrms]|ein\w{0,2}|d(?:e[rnm]|ie))\b",
}
_DOT_HINT = re.compile(r"\.(?<=[^\W\d_]{2}\.)e(?:\.s)?\b(?!\.?[^\W\d_])", re.I)
_SWAP_HINTS = (
    *(
        (mark, re.compile(rf"{re.escape(mark)}(?<=[^\W\d_].){ends}", re.I))
        for marks, ends in _SWAP_ENDS.items()
        for mark in marks
    ),
    (".e", _DOT_HINT),
)
_SWAP_MARK = re.compile(r"[(/:*·.]")
# A letter, a mark and a letter ("e" after a dot): in every match of SWAPPED, which holds no
# space, so SWAPPED is asked only of the words around these (~0.2 µs a character over a whole
# text: 1–2 ms a long mail, where most hints are a URL's or an abbreviation's).
_SWAP_AT = re.compile(r"[(/:*·](?<=[^\W\d_].)[^\W\d_]|\.(?<=[^\W\d_]\.)e", re.I)
_BREAK = re.compile(r"[ \n]")  # where a word read alone ends (:func:`_in_words`)
# Where the freed characters go: a sentence's end, or a paragraph's ("  " is one the cue
# reading joined). Not a line break, which only the cue reading joins: the written text the
# frames quote (``frames.collect_cues``) then moves as the cue reading does.
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n\n|  ")


def _moved(m: re.Match[str]) -> str:
    # As hyphens: a frame's gap between slots reads "-" as a separator, "*" or ":" it does not.
    return m[0].translate(_DROP) + "-" * len(_LETTERS.sub("", m[0]))


@functools.lru_cache(maxsize=8)  # one mail's text asked by unmark, the frames and each quote
def _kept(text: str) -> tuple[tuple[int, int, int], ...]:
    """The runs of ``text`` :func:`first_forms` keeps: (where in it, where in ``text``, how
    long), in order; between them, the freed characters as spaces."""
    kept: list[tuple[int, int, int]] = []
    done = 0  # text[:done] is placed
    at = 0  # where the next run goes
    freed = 0  # characters freed in the sentence being read
    stop = -1  # where it ends (its full stop included)
    for m in swapped_forms(text):
        if m.start() >= stop:  # a new sentence: close the last one
            if freed:
                kept.append((at, done, stop - done))
                at, done, freed = at + stop - done + freed, stop, 0
            end = _SENTENCE_END.search(text, m.end())
            stop = len(text) if end is None else end.start() + (end[0] in ".!?;")
        mark = _SWAP_MARK.search(m[0])
        assert mark is not None  # every match of SWAPPED has one
        first = m.start() + mark.start()  # the first form ends here
        kept.append((at, done, first - done))
        at, done, freed = at + first - done, m.end(), freed + m.end() - first
    if freed:
        kept.append((at, done, stop - done))
        at, done = at + stop - done + freed, stop
    kept.append((at, done, len(text) - done))
    return tuple(kept)


def swapped_forms(text: str) -> Iterator[re.Match[str]]:
    """``SWAPPED.finditer(text)``, read only in the words around a hint (:data:`_SWAP_AT`)."""
    return _in_words(SWAPPED, _SWAP_AT, text)


def _in_words(rx: re.Pattern[str], hint: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match holds a match of ``hint`` and no
    space or line break: each word around a hint is read alone, in order (its look-arounds see
    the characters on either side: a space, the text's end), and no other word can hold one.
    """
    end = 0  # the last word read ends here
    for found in hint.finditer(text):
        at = found.start()
        if at < end:
            continue
        start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
        stop = _BREAK.search(text, at)
        end = len(text) if stop is None else stop.start()
        yield from rx.finditer(text, start, end)


def first_forms(text: str) -> str:
    """``text`` with each swapped ending read as its first form, the freed characters at the
    end of its sentence as spaces (same length)."""
    out: list[str] = []
    placed = 0
    for at, old, n in _kept(text):
        out += [" " * (at - placed), text[old : old + n]]
        placed = at + n
    return "".join(out)


def written_at(text: str, pos: int, *, end: bool = False) -> int:
    """Where in ``text`` the character at ``pos`` of :func:`first_forms` was, to quote the
    text as written; ``end``: a span's end (after a first form: before its ending, as a
    rule's word stops there in the written text)."""
    kept = _kept(text)
    starts = [k[0] for k in kept]
    i = max((bisect.bisect_left if end else bisect.bisect_right)(starts, pos) - 1, 0)
    at, old, n = kept[i]
    return old + min(pos - at, n)


def _hinted(text: str) -> bool:
    """May SWAPPED match in ``text``: a hint of a swapped form after one of its marks?"""
    return any(mark in text and h.search(text) is not None for mark, h in _SWAP_HINTS)


def _has_mark(text: str) -> bool:
    """``_MARKED.search(text) is not None``: a gender mark between letters?"""
    return any(mark in text and m.search(text) is not None for mark, m in _MARKED_BY_MARK)


def marked(text: str) -> bool:
    """May :func:`unmark` change ``text``: a mark, or a French dot form ("candidat.e")?"""
    return any(c in text for c in MARKS) or ".e" in text


def swapped(text: str) -> bool:
    """Does :func:`unmark` read a swapped ending in ``text``: words in its sentence move?"""
    return _hinted(text) and next(swapped_forms(text), None) is not None


def unmark(text: str) -> str:
    """``text`` with swapped endings read as the first form, and the gender marks left inside
    words moved to the words' ends (same length).

    The first forms first: an article's pair or mark ("einer:einem", "eine*n") is one, and
    moved like a noun's it would read "einereinem-"."""
    if not marked(text):
        return text
    if _hinted(text):
        text = first_forms(text)
    if _has_mark(text):
        text = _moved_marks(text)
    return text


def _moved_marks(text: str) -> str:
    """``_AT_WORD.sub(_moved, text)``, read only in the words around a mark (:data:`_MARKED`):
    WORD tries each word start of a long text (~0.1 µs a character)."""
    out: list[str] = []
    done = 0
    for m in _in_words(_AT_WORD, _MARKED, text):
        out += [text[done : m.start()], _moved(m)]
        done = m.end()
    return "".join(out) + text[done:] if out else text
