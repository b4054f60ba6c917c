"""The glance's small questions answer what the costlier calls they replace answer."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from agent.classify.glancing import lowers_to_same_length


def test_only_one_character_lowers_to_another_length() -> None:
    """Over all of Unicode (lone surrogates included): the premise of the search."""
    longer = [c for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1]
    assert longer == [0x130]
    assert not lowers_to_same_length("\u0130")


@given(st.text(alphabet=st.sampled_from("aİıIiKkſ ßẞ\u0307ǅΣς\ud800x"), max_size=40) | st.text())
def test_same_length_as_lowered(text: str) -> None:
    assert lowers_to_same_length(text) == (len(text.lower()) == len(text))
