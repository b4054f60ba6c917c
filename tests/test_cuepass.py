"""The decision stage's Hyperscan pass: it rules out only cues that cannot match.

Every labelled mail's cue hits are found twice, with the pass forced on every mail and
without it: the same hits (span and rule) in the same order, and the same verdict.
"""

from __future__ import annotations

import pytest
from test_prefilter import CORPORA

from agent.classify import _read, anchors, classify, cuepass, frames, onepass, packs
from agent.classify.engine import Pack
from agent.classify.extractors.common import MailText
from agent.mail.parse import parse_bytes

# The labelled mails of this checkout and the shared public corpus (not the external
# builds under /work/corpora, which other work rebuilds while tests run).
ALL_MAILS = sorted(p for folder in CORPORA[:3] if folder.is_dir() for p in folder.glob("*.eml"))


@pytest.fixture(scope="module")
def database() -> onepass.Database:
    db = cuepass.decision_store(anchors()).get(wait=True)
    assert db is not None, "the decision cues did not compile for Hyperscan"
    return db


def _hits(
    t: MailText, langs: list[Pack], passing: cuepass.Passing | None
) -> list[tuple[int, int, str]]:
    return [(s, e, cue.rule) for s, e, cue in frames._hits(langs, t.cues, t.lead_end, passing)]


def test_the_pass_keeps_every_hit_of_every_labelled_mail(
    database: onepass.Database,
) -> None:
    ruled_out = hits = 0
    for path in ALL_MAILS:
        msg = parse_bytes(path.read_bytes())
        _, langs, t = _read(msg)
        assert t.passing is not None
        before = _hits(t, langs, None)
        assert _hits(t, langs, t.passing) == before, path.name
        hits += len(before)
        tries = _every_decision_cue(langs)
        ruled_out += sum(map(len, (ids for _, ids in tries))) - sum(
            map(len, (ids for _, ids in t.passing.narrowed(tries)))
        )
    assert hits > 400 and ruled_out > 5 * len(ALL_MAILS)  # it narrows: ~19 cues a mail


def _every_decision_cue(langs: list[Pack]) -> cuepass.Tries:
    """Every decision cue of ``langs`` as a try: what the pass may rule out."""
    return [(p, sorted(cuepass._layout(packs()).decisive[p.code])) for p in langs]


def test_the_database_ids_are_the_anchors_cues() -> None:
    layout = cuepass._layout(packs())
    every = anchors().patterns
    by_code = packs().packs
    for k, code in enumerate(layout.codes):
        for j, i in enumerate(layout.cue_at[k]):
            assert by_code[code].cues[i].rx is every[layout.starts[k] + j]
    assert layout.cues == len(every)


def test_a_mail_with_no_decision_cue_to_try_is_not_scanned(database: onepass.Database) -> None:
    msg = parse_bytes(ALL_MAILS[0].read_bytes())
    _, langs, t = _read(msg)
    assert t.passing is not None
    layout = cuepass._layout(packs())
    others = [
        (p, [i for i in range(len(p.cues)) if i not in layout.decisive[p.code]]) for p in langs
    ]
    assert t.passing.narrowed(others) is others
    assert t.passing.narrowed(_every_decision_cue(langs)) != _every_decision_cue(langs)


def test_without_the_database_every_cue_is_tried_and_verdicts_are_the_same(
    database: onepass.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_db = [classify(parse_bytes(p.read_bytes())) for p in ALL_MAILS[::5]]
    monkeypatch.setattr(onepass.Stored, "get", lambda self, **_: None)  # not compiled yet
    msg = parse_bytes(ALL_MAILS[0].read_bytes())
    _, langs, t = _read(msg)
    tries = _every_decision_cue(langs)
    assert t.passing is not None and t.passing.narrowed(tries) is tries
    without = [classify(parse_bytes(p.read_bytes())) for p in ALL_MAILS[::5]]
    assert without == with_db
