"""Small per-mail questions of the cheap path's glance, kept apart from
:mod:`agent.classify.prefilter` (at its line limit).

Why apart: each answers what a costlier call answered before, the same for every text,
and each has a test that checks it against that call.
"""

from __future__ import annotations

# The only character whose ``str.lower()`` is not one character: "İ" -> "i̇" (two).
# tests/test_glancing.py checks it over all of Unicode (it fails should Python's tables
# ever change).
_LONGER_LOWERED = "\u0130"


def lowers_to_same_length(text: str) -> bool:
    """``len(text.lower()) == len(text)``, without lower-casing the text.

    The job pass asks it of every non-ASCII mail (its folded scan stands in for the
    classifier's reading only then): lower-casing ~4 KB of non-ASCII text cost ~20 µs a
    mail, a search for the one character that lengthens costs well under one.
    """
    return _LONGER_LOWERED not in text
