"""Inclusive writing as decision rules read it: gender marks moved to the end of their word.

Why: "Bewerber:innen", "Kandidat*in", "eine:n", "candidat·e·s" or "candidat(e)s" split the
word a rule's ``Bewerber\\w*`` or ``candidat\\w*`` reads. Moving the marks behind the
word as hyphens ("Bewerberinnen-") keeps the text's length, so positions found on the
written text stay valid; the extractors keep reading the text as written. The word
pattern is data (``inclusive_word`` in ``data/patterns.toml``).
"""

from __future__ import annotations

import re

from agent.classify.lexicon import compiled

MARKS = "*:·("  # a text without any of these has nothing to move
WORD = compiled("inclusive_word")  # a word with a gender mark inside
_DROP = str.maketrans("", "", "*:·()")
_LETTERS = re.compile(r"[^*:·()]")
# A letter, a mark, a letter: in every match of WORD. Found from the marks (re skips to
# them in C), it spares WORD's cost where it cannot match: WORD tries each letter of every
# word and backtracks over the rest of it (~4 ms over a 10 KB text with a colon).
_MARKED = re.compile(r"[*:·(](?<=[^\W\d_].)[^\W\d_]")
# WORD tried only where a word begins: the same matches (a match from inside a word is
# one from its first letter too, and WORD's letters run to the word's end, so the next
# match begins at a word), without trying each letter of every word.
_AT_WORD = re.compile(rf"(?<![^\W\d_])(?:{WORD.pattern})", WORD.flags)


def _moved(m: re.Match[str]) -> str:
    # As hyphens: a frame's gap between slots reads "-" as a separator, "*" or ":" it does not.
    return m[0].translate(_DROP) + "-" * len(_LETTERS.sub("", m[0]))


def unmark(text: str) -> str:
    """``text`` with the gender marks inside words moved to the words' ends (same length)."""
    if not any(c in text for c in MARKS) or _MARKED.search(text) is None:
        return text
    return _AT_WORD.sub(_moved, text)
