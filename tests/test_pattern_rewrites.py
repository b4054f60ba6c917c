"""The extractors' data patterns rewritten for speed match what their earlier forms matched.

Name words were ``(?:[C]|\\.(?=\\w))*`` (C the name-word class; a branch inside a repeat: re steps it one
character at a time through its repeat machinery); they are now
``[C]*(?:\\.(?=\\w)[C]*)*`` (runs of one class, re's fast single-character
loop). The two offer the same ends in the same order when backtracking (a dot is not in
the class), so every match is the same; checked here on corpus text, its lines and random
strings against the old form, rebuilt from the data.
"""

from __future__ import annotations

import random
import re

import pytest
from test_scan import TRICKY, _same, _texts

from agent.classify.extractors import signature
from agent.classify.lexicon import PATTERNS

_NEW = re.compile(r"\[(\\w&[^\]]*)\]\*\(\?:\\\.\(\?=\\w\)\[\1\]\*\)\*")


def _old(pattern: str) -> str:
    return _NEW.sub(lambda m: "(?:[" + m.group(1) + r"]|\.(?=\w))*", pattern)


REWRITTEN = [
    (key, i, p)
    for key, value in PATTERNS.items()
    for i, p in enumerate([value] if isinstance(value, str) else value)
    if _NEW.search(p)
]
# Flags as the extractors compile them (org_shape, legal_line: case-sensitive).
_FLAGS = {"org_shape": 0, "legal_line": 0, "subject_company": 0, "signoff_team": 0}


def _random_texts(seed: int = 5, n: int = 600) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        *("Acme", "A.B", "a.b", "St.", "Co.", "GmbH", "Ltd.", "Inc", "S.A.", "Team", "team"),
        *("of", "de", "&", "and", "-", "–", "|", ":", ",", ".", "!", "(", "'", "’", "@"),
        *("Application to", "Bewerbung bei", "Your application", "Regards,", "l'équipe"),
        *("Talent", "Careers", " ", " ", " ", "\n", "\t", "É", "ß", "9", "x_y", ".."),
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def test_the_rewritten_patterns_are_found() -> None:
    keys = {key for key, _, _ in REWRITTEN}
    assert {"org_shape", "legal_line", "subject_company", "signoff_team"} <= keys
    assert all("(?:[\\w&" not in p or "|\\.(?=\\w))*" not in p for _, _, p in REWRITTEN)


@pytest.mark.parametrize(("key", "i", "new"), REWRITTEN, ids=lambda v: str(v)[:20])
def test_rewritten_pattern_matches_as_before(key: str, i: int, new: str) -> None:
    """search, match and finditer: same spans and groups as the old form."""
    flags = _FLAGS.get(key, re.I)
    old_rx, new_rx = re.compile(_old(new), flags), re.compile(new, flags)
    assert old_rx.pattern != new_rx.pattern
    texts = [*TRICKY, *_random_texts()]
    for text in _texts():
        texts.append(text)
        texts.extend(line.strip(" \t*") for line in text.split("\n")[:60])
    for text in texts:
        assert _same(new_rx.search(text), old_rx.search(text)), (key, i, text[:80])
        assert _same(new_rx.match(text), old_rx.match(text)), (key, i, text[:80])
        found = [(m.span(), m.groups()) for m in new_rx.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in old_rx.finditer(text)], (key, text[:80])


def _sig_lines() -> list[str]:
    """Corpus lines as signature_orgs reads them, and random ones built of signature pieces."""
    rng = random.Random(7)
    pieces = [
        *("Jane Doe", "Talent Acquisition", "Team", "HR", "Recruiting", "Acme", "Acme GmbH"),
        *("Ltd.", "S.A.", "B.V.", "Inc", "LLC", "PartGmbB", "e.V.", "& Co. KG", "mbH", "SE"),
        *(",", "|", "·", "•", "–", "—", "@", " - ", " at ", " bei ", " chez ", " bij ", " "),
        *("Founder", "l'équipe", "p&o", "Ressources Humaines", ".", ":", "(", "É", "’", "\t"),
    ]
    out = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    for text in _texts():
        out.extend(line.strip(" \t*") for line in text.split("\n"))
    return [line for line in out if line]


def test_line_pretests_hold_for_every_line_their_pattern_matches() -> None:
    """A pre-test must pass wherever its pattern matches: skipping it never loses a match."""

    pairs = [
        (signature._SIG_TITLE, signature._SIG_TITLE_SEP.search),
        (signature._LEGAL_LINE, signature._LEGAL_LINE_FORM.search),
        (signature._TEAM_LINE, signature._TEAM_LINE_CHARS.fullmatch),
    ]
    lines = _sig_lines()
    for rx, pretest in pairs:
        matched = [line for line in lines if rx.match(line)]
        assert len(matched) > 20, rx.pattern[:40]
        assert all(pretest(line) for line in matched), rx.pattern[:40]
        assert sum(1 for line in lines if not pretest(line)) > len(lines) // 4  # it skips
