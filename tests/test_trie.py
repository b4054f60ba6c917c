"""``needles.trie`` built from the sorted words gives the tree-built pattern, character for
character: the needle index's regex, the extractors' word tries and a ``Scan``'s finders are
the same patterns as before, so every search (and verdict) is too (issue 15, speed45)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.classify import needles, packs
from agent.classify.lexicon import words as word_list
from agent.classify.matching import NeedleIndex
from agent.classify.needles import ANY_CHAR, DIGIT, trie


def tree_trie(words: Iterable[str], wild: bool = False) -> str:
    """The trie as it was built before (a tree of dicts, then the pattern from its root)."""
    atom = needles._wild_atom if wild else re.escape
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [atom(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


def test_the_packs_needle_index_is_the_tree_built_pattern() -> None:
    index = next(v for v in vars(packs()).values() if isinstance(v, NeedleIndex))
    words = list(index.prefixes)
    assert len(words) > 1000
    assert trie(words) == tree_trie(words)
    assert index.finder.pattern == rf"\W({tree_trie(words)})"


def test_the_extractors_word_lists_give_the_tree_built_pattern() -> None:
    for section, key in (("company", "org_words"), ("company", "trades"), ("role", "time_words")):
        found = word_list(section, key)
        assert found
        assert trie(found) == tree_trie(found)


def test_words_that_are_prefixes_chains_and_specials() -> None:
    cases = [
        [],
        [""],
        ["", "a"],
        ["a"],
        ["ab", "abc", "abd"],
        ["abc", "abd"],
        ["abcdef", "abcxyz", "abc"],
        ["not", "not", "note", "nothing", "no"],
        ["a.b", "a*b", "a(b", "a\\b", "é", "ée"],
        [f"a{ANY_CHAR}c", f"a{DIGIT}", "ab"],
    ]
    for words in cases:
        for wild in (False, True):
            assert trie(words, wild) == tree_trie(words, wild), (words, wild)
            assert trie(iter(words), wild) == tree_trie(words, wild)  # read once


_CHARS = st.sampled_from(["a", "b", "c", ".", "*", "\\", "(", "é", " ", ANY_CHAR, DIGIT])


@settings(max_examples=3000)
@given(st.lists(st.lists(_CHARS, max_size=6).map("".join), max_size=15), st.booleans())
def test_any_words_give_the_tree_built_pattern(words: list[str], wild: bool) -> None:
    assert trie(words, wild) == tree_trie(words, wild)
