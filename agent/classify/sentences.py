"""Where a sentence ends, as one regex that re can skip ahead for (issue 11, clspeed34).

Why a module of its own: the reading of a mail's cues finds every sentence bound of its
text (``frames.collect_cues``, ``clauses``, the slot model's sentences), and the plain
spelling, ``(?<=[.!?;])\\s+|\\n\\s*\\n|\\n(?=[-•*] )|\\n(?=[A-Z][^\\n]{0,40}\\n)``, opens
with a look-behind: re then tries the whole alternation at every character of the text.
Every bound starts with a space or a line break, so the same pattern spelt as one ``\\s``
and then the four alternatives (the look-behind now reaching over that character) gives
re a class to skip to in C: the same spans, about half the time
(``tests/test_sentences.py`` holds the plain spelling and compares both).
"""

from __future__ import annotations

import re

# A space after one of ".!?;" and any spaces after it; a blank line (its spaces too); a line
# break before a bullet; a line break before a short capitalised line (a heading).
SENTENCE_END = re.compile(
    r"\s(?:(?<=[.!?;]\s)\s*|(?<=\n)(?:\s*\n|(?=[-•*] )|(?=[A-Z][^\n]{0,40}\n)))"
)
