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


def _moved(m: re.Match[str]) -> str:
    # As hyphens: a frame's gap between slots reads "-" as a separator, "*" or ":" it does not.
    return m[0].translate(_DROP) + "-" * len(_LETTERS.sub("", m[0]))


def unmark(text: str) -> str:
    """``text`` with the gender marks inside words moved to the words' ends (same length)."""
    if not any(c in text for c in MARKS):
        return text
    return WORD.sub(_moved, text)
