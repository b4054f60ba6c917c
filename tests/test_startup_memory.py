"""What every process holds from its start, read once a distinct value (issue 15, rss35)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent import files
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


def test_the_kept_parses_are_let_go_once_warm_and_read_again_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent.ingest.pipeline import warm_classifier

    monkeypatch.setattr(files, "_toml", None)
    pack = tmp_path / "x.toml"
    pack.write_text('[a]\nb = "c"\n')
    assert files.read_toml(pack) == {"a": {"b": "c"}}
    assert files._toml is not None  # the table, read on first use
    warm_classifier()
    assert files._toml is None  # not held for the process's life
    assert files.read_toml(pack) == {"a": {"b": "c"}}  # read again when asked for
