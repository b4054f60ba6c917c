"""The RE2 sets that say which patterns may match a text never lose a match of Python's ``re``.

Why: the classifier skips every pattern the set does not name for a text, so one
lost match would silently change a verdict. The translation to bytes must keep
``re``'s Unicode and case semantics (é/É, ß/ẞ, the Kelvin sign, long s, dotted
I, ``\\w`` on accented words) and hold on any slice of the text (``pos`` and
``endpos``, which the classifier uses); and every pattern of every pack must go
into a set, or the speed-up quietly fades as the packs grow.
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.classify import multiscan
from agent.classify.engine import PACK_DIR, Pack, compile_pack
from agent.classify.matching import Rx
from agent.classify.multiscan import MultiScan
from agent.classify.superset import translate

CORPUS = Path(__file__).parent / "corpus" / "emails"

TRICKY = [
    (r"café", re.I, ["CAFÉ au lait", "Café", "cafe"]),
    (r"straße", re.I, ["STRAẞE", "Straße", "strasse"]),
    (r"\bk\w+", re.I, ["\u212aelvin", "Kilo"]),  # the Kelvin sign folds to k
    (r"\bmask", re.I, ["MA\u017fK", "maſk"]),  # long s folds to s
    (r"\bin\b", re.I, ["\u0130N", "ın"]),  # dotted capital I and dotless i
    (r"\w+é\w*", 0, ["déjà", "réservé", "Résumé"]),
    (r"\b[A-ZÀ-Ý][a-zà-ÿ]+ (?:GmbH|AG)\b", 0, ["Müller GmbH", "Ärzte AG", "Éco AG"]),
    (r"[^\x00-\x7f]{2}", 0, ["naïve façade", "日本"]),
    (r"(?i:bewerb)\w*(?!\w)", 0, ["BEWERBUNG", "Bewerber:innen"]),
    (r"^Dear\s+(?P<n>\w+),$", re.M, ["Hi\nDear Zoë,\nthanks", "Dear\u00a0Zoë,"]),
    (r"(?<!not )selected\b", re.I, ["not selected", "SELECTED", "selected"]),
    (r"\d{4}\s?€", 0, ["1500\u00a0€", "٣٤٥٦ €"]),  # Arabic-Indic digits are \d too
    (r"(?>atom)ic|x*+y", 0, ["atomic", "xxy"]),
    (r"(a)?b(?(1)c|d)", 0, ["abc", "bd"]),
    (r"(\w+) \1", 0, ["hello hello", "été été"]),
    (r"\bno(?: \w+){0,40} thanks", re.I, ["No " + "very " * 35 + "thanks"]),
]


def _scan(pattern: str, flags: int) -> MultiScan:
    scan = MultiScan([(pattern, flags)])
    assert scan.ready(), "google-re2 is a dependency: the set must build"
    return scan


@pytest.mark.parametrize(("pattern", "flags", "texts"), TRICKY)
def test_unicode_and_case_never_lose_a_match(pattern: str, flags: int, texts: list[str]) -> None:
    scan = _scan(pattern, flags)
    assert not scan.always, f"{pattern!r} should translate"
    rx = re.compile(pattern, flags)
    matched = 0
    for text in texts:
        found = scan.candidates(text)
        assert found is not None
        if rx.search(text):
            matched += 1
            assert 0 in found, f"{pattern!r} matches {text!r} but the set lost it"
    assert matched, f"no text of the case matches {pattern!r}: the case tests nothing"


def test_a_pattern_that_cannot_match_is_not_named() -> None:
    scan = _scan(r"\bwe (?:will not|won't) proceed\b", re.I)
    assert scan.candidates("We will proceed with your application.") == set()
    assert scan.candidates("We WON'T PROCEED.") == {0}


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aAeEéÉkK\u212aſsSßẞiIİı\u00a0 -.,\n'’1٣", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_slices_and_odd_characters_never_lose_a_match(text: str, pos: int, end: int) -> None:
    """Any pos/endpos: look-arounds, ``\\b`` and ``$`` read the slice's edges differently."""
    patterns = [
        (r"\bsé\b", re.I),
        (r"k\w*s$", re.I | re.M),
        (r"(?<=\s)i\w+(?!\w)", re.I),
        (r"[a-zé]{2,3}\b", 0),
        (r"ß|ss", re.I),
        (r"\W{2}\w", 0),
        (r"^\S+\s", re.M),
        (r"\d\D", 0),
        (r"['’]s\b", 0),
    ]
    scan = MultiScan(patterns)
    found = scan.candidates(text)
    assert found is not None
    for pid, (pattern, flags) in enumerate(patterns):
        if re.compile(pattern, flags).search(text, pos, end):
            assert pid in found, (pattern, text, pos, end)


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.eml"))[::4]:
        raw = path.read_bytes().decode("utf-8", "replace")
        body = raw.partition("\n\n")[2][:3000]
        texts += [body, body.upper(), body.replace("s", "ſ").replace("k", "\u212a")]
    return texts


def _pack_patterns(pack: Pack) -> list[Rx]:
    rxs = [v for v in vars(pack).values() if isinstance(v, Rx)]
    rxs += [c.rx for c in pack.cues] + list(pack.stage.values()) + list(pack.stage_weak.values())
    return (
        rxs
        + list(pack.company)
        + list(pack.role)
        + list(pack.client)
        + list(pack.signature_company)
    )


def _pack_scans() -> list[tuple[str, MultiScan]]:
    """One set per bundled pack, of every pattern it holds."""
    out = []
    for path in sorted(PACK_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            pack = compile_pack(path.stem, tomllib.load(fh))
        out.append((path.name, MultiScan([(rx.pattern, rx.flags) for rx in _pack_patterns(pack)])))
    return out


def test_every_pack_pattern_on_corpus_text_never_loses_a_match() -> None:
    """Every pattern of every pack, on real mail and on its odd-cased twins."""
    rng = random.Random(11)
    texts = rng.sample(_corpus_texts(), 40)
    lost = []
    named = hits = 0
    for _name, scan in _pack_scans():
        compiled = [re.compile(p, f) for p, f in scan.patterns]
        for text in texts:
            found = scan.candidates(text)
            assert found is not None
            named += len(found)
            for pid, rx in enumerate(compiled):
                if rx.search(text):
                    hits += 1
                    if pid not in found:
                        lost.append((scan.patterns[pid][0][:80], text[:60]))
    assert not lost, lost[:5]
    assert hits > 100, "the sample should exercise the packs"
    assert named < 3 * hits, "the sets should narrow: most patterns cannot match a text"


def test_every_pack_compiles_through_the_sets() -> None:
    """Any pattern a pack holds goes into an RE2 set, not into 'always a candidate'."""
    for name, scan in _pack_scans():
        assert scan.ready()
        refused = [scan.patterns[i][0][:60] for i in sorted(scan.always)]
        untranslated = [p[:60] for p, f in scan.patterns if translate(p, f) == ""]
        assert len(refused) == len(untranslated), f"{name}: RE2 refused {refused[:3]}"


def test_the_match_hyperscan_lost_is_found() -> None:
    """python-hyperscan 0.9.1 missed this frame match in tests/corpus/en_114 (why RE2)."""
    pattern = (
        r"(move|moving|proceed|proceeding|progress|progressing|continue|continuing|go|going)"
        r" (forward |ahead )?with (candidates?|applicants?|people|those|someone|profiles?)"
        r" (who|whose|with|that) "
    )
    text = "but unfortunately they've decided to go with candidates who have more experience"
    assert re.search(pattern, text)
    assert _scan(pattern, re.I).candidates(text) == {0}


def test_translation_widens_but_keeps_the_words() -> None:
    out = translate(r"\bnot (?:be )?moving forward\b", re.I)
    assert "\\x" in out and "(?:" in out
    assert re.compile(out.encode(), re.I) is not None  # bytes-syntax, no look-arounds left
    assert "(?<" not in translate(r"(?<!not )selected", 0)


def test_without_re2_every_pattern_is_a_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiscan, "_re2", None)
    scan = MultiScan([(r"never", 0)])
    assert not scan.ready()
    assert scan.candidates("text without the word") is None
