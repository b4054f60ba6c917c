"""What every process holds from its start, read once a distinct value (issue 15, rss35)."""

from __future__ import annotations

from agent.classify import anchors, prefilter


def test_the_gate_holds_one_spaced_word_and_group_a_distinct_one() -> None:
    gate = prefilter._gate()
    naive = tuple(
        tuple(tuple(" " + w for w in group) for group in cue) for cue in anchors().decisions
    )
    assert gate.spaced == naive  # the same words, in the same order
    groups = [group for cue in gate.spaced for group in cue]
    words = [w for group in groups for w in group]
    assert len({id(w) for w in words}) == len(set(words)) < len(words)
    assert len({id(g) for g in groups}) == len(set(groups)) < len(groups)
