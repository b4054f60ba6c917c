"""matching.Scan: a search tried only where a pattern's opening literals are finds what re finds."""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest

from agent.classify import _EXTRACTOR_PATTERNS, packs
from agent.classify.engine import SPACE, WORD, _pack_patterns, ascii_words, utf8_words
from agent.classify.extractors import common, company, role, signature
from agent.classify.matching import _ODD_CASES, Rx, Scan, lowers_alike
from agent.classify.needles import ANY_CHAR, DIGIT, starts
from agent.mail.parse import parse_bytes

ROOT = Path(__file__).resolve().parent.parent

CORPUS = Path(__file__).parent / "corpus" / "emails"

# Case and letters re.IGNORECASE equates beyond str.lower, mid-word hits, line starts.
TRICKY = (
    "Our TEAM at Acme",
    "the steam team",
    "ſervice desk",
    "İnsan Kaynakları ekibi",
    "ΣΟΦΙΑ ΟΔΟΣ team",
    "Kelvin \u212a team",
    "DO-NOT-REPLY@x.example",
    "noreply",
    "Organisation: Acme Health\nCompany: Beta",
    "l'équipe Recrutement",
    "ÉQUIPE RH",
    "Senior ENGINEER, Platform",
    "Geschäftsführer | Acme GmbH",
    "headhunting and recruiting",
    "",
    "t",
    "team",
    " team ",
    "Teams\nTime\nservice",
)


def _texts() -> list[str]:
    out = list(TRICKY)
    for path in sorted(CORPUS.glob("*.eml"))[::90]:
        msg = parse_bytes(path.read_bytes())
        out.append((msg.subject or "") + "\n" + (msg.text or "")[:1200])
    return out


def _patterns() -> list[re.Pattern[str]]:
    """Every pattern the classifier searches: the packs' and the extractors'."""
    out: list[re.Pattern[str]] = []
    for pack in packs().packs.values():
        for value in vars(pack).values():
            items = value.values() if isinstance(value, dict) else value
            for item in items if isinstance(items, tuple | type({}.values())) else (items,):
                rx = item.rx if hasattr(item, "rx") and isinstance(item.rx, Rx) else item
                if isinstance(rx, Rx):
                    out.append(rx.rx)
    for module in (common, company, role, signature):
        out.extend(v.rx for v in vars(module).values() if isinstance(v, Scan))
    return out


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def test_scan_finds_what_search_finds() -> None:
    """Same matches (spans and groups) as rx.search and rx.finditer, whole text and windows."""
    texts = _texts()
    patterns = _patterns()
    assert len(patterns) > 500
    scanned = 0
    for rx in patterns:
        scan = Scan(rx)
        for text in texts:
            assert _same(scan.search(text), rx.search(text)), (rx.pattern, text[:80])
            mid = len(text) // 3
            end = len(text) - len(text) // 4
            assert _same(scan.search(text, text.lower(), mid, end), rx.search(text, mid, end))
            every = list(rx.finditer(text, mid))
            found = list(scan.finditer(text, None, mid))
            assert len(found) == len(every) and all(map(_same, found, every)), rx.pattern
        scanned += scan._finder is not None and scan._finder.pattern != "(?!)"
    assert scanned > len(patterns) // 2  # most are scanned through their literals


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(\d+|three) (ways|reasons) (your|you)\b",  # literals and a digit: two scans
        r"\b(?:.(re|m) not going|won.t)",  # literals behind any character: a shifted scan
        r"(?:.re n)|(?:\d)",  # no plain literal at all
        r"\d+ ways|.ve g",
    ],
)
def test_scan_with_several_finders(pattern: str) -> None:
    """Candidates from several scans (a digit, any character, plain literals) in order."""
    rx = re.compile(pattern, re.I)
    scan = Scan(rx)
    texts = [
        "We're not going to... 3 reasons you",
        "'re not going",  # the any-character at the very start
        "x\n're not going 12 ways your I've got",
        "I WON'T, 7 WAYS YOU 're n're n",
        "three ways you, 4 reasons your; we\u2019re not going",
        *_texts()[:8],
    ]
    for text in texts:
        every = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan.finditer(text)] == every, text
        for cut in range(0, len(text), 7):
            assert _same(scan.search(text, None, cut), rx.search(text, cut)), (text, cut)
    assert scan._finder is not None and scan._finder.pattern != "(?!)" and scan._more


def test_rx_search_on_plain_text_matches_re() -> None:
    """Rx's own pre-test reads ``str.lower`` (so not the long s as "s"); after it, Scan is exact."""
    rx = Rx(signature._SIGNOFF_TEAM_WORD.rx.pattern, re.I)
    for text in TRICKY:
        if lowers_alike(text, text.lower()):
            assert _same(rx.search(text), signature._SIGNOFF_TEAM_WORD.rx.search(text))


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(analyst|engineer)\b", re.I, ({"ana", "eng"}, True)),
        (r"a?b", re.I, ({"a", "b"}, True)),
        (r"no[-_.]?reply", 0, ({"no-", "no_", "no.", "nor"}, False)),
        (r"Team\b", 0, ({"Tea"}, False)),
        (r"(?:^|[^a-z])jobs", re.I, None),  # a class of letters: unknown
        (r"\s*(?:a|b)", 0, None),  # may start with any space
        (r"[ \t]*(?:a|b)", 0, None),  # a space: no faster than re
        (r"^[ \t*]*(?:company|employer)", re.M, None),  # re fails fast off a line start
        # A case-insensitive part: every literal lower-cased (a superset of where matches start)
        (r"(?i:team)|x", 0, ({"tea", "x"}, True)),
        (r"(?i:bei der|im namen) (?P<c>[A-Z]\w+)", 0, ({"bei", "im "}, True)),
        (r"(?-i:Team)s?", re.I, ({"tea"}, True)),
        (r"(?i:a)?\w", 0, None),  # what may follow an optional part: unknown either way
        # A class behind a look-around or \b (re cannot skip to it itself): its characters
        (r"(?<=[.!?] )[A-C0-2]\w* (?i:has)", 0, ({"A", "B", "C", "0", "1", "2"}, False)),
        (r"\b[a-c]x", re.I, ({"ax", "bx", "cx"}, True)),
        (r"[A-Z]\w+", 0, None),  # re skips to a leading class by itself
        (r"(?<=a)[^b]x", 0, None),  # a negated class: unknown
        (r"\b(\d+|three) ways", re.I, ({DIGIT, "thr"}, True)),  # a digit opens a match
        (r"\b(?:.(re|m) not|won.t)", re.I, ({ANY_CHAR + "re", ANY_CHAR + "m ", "won"}, True)),
        (r"\bI.ve", re.I, ({"i" + ANY_CHAR + "v"}, True)),
        (r".e", re.I, None),  # any character, then one letter: no faster than re
        (r"\w+ing", 0, None),  # other classes: unknown
    ],
)
def test_starts(pattern: str, flags: int, expected: tuple[set[str], bool] | None) -> None:
    got = starts(pattern, flags)
    assert got == (None if expected is None else (frozenset(expected[0]), expected[1]))


def test_odd_cases_are_all_re_equates_beyond_lower() -> None:
    """Outside _ODD_CASES a caseless literal matches a character iff str.lower says so.

    Checked over every cased character of Unicode, so a Python whose re learns a new
    case pair fails here rather than letting Scan miss a match.
    """
    cased = [
        ch
        for ch in map(chr, range(0x110000))
        if not 0xD800 <= ord(ch) < 0xE000 and (ch.lower() != ch or ch.upper() != ch)
    ]
    plain = "".join(ch for ch in cased if ch not in _ODD_CASES and len(ch.lower()) == 1)
    assert all(len(ch.lower()) == 1 for ch in cased if ch not in _ODD_CASES)
    for low in sorted({ch.lower() for ch in plain}):
        if low in _ODD_CASES:
            continue
        for m in re.finditer(re.escape(low), plain, re.I):
            assert m.group().lower() == low, (low, m.group())
    for ch in plain:
        assert re.fullmatch(re.escape(ch.lower()), ch, re.I), ch


def test_odd_case_groups_are_what_re_equates() -> None:
    """Each group of the data file is one re.IGNORECASE class of another lower case."""
    with (ROOT / "agent" / "classify" / "data" / "odd_cases.toml").open("rb") as fh:
        table = tomllib.load(fh)
    for group in table["equated"]:
        assert len({ch.lower() for ch in group}) > 1, group
        for a in group:
            assert all(re.fullmatch(re.escape(a), b, re.I) for b in group), group
    for ch in table["lower_by_context"][0]:
        assert len(ch.lower()) > 1 or re.fullmatch(re.escape(ch), "\u03c2", re.I), ch


def test_the_classifier_reads_no_private_case_table_of_re() -> None:
    """re._casefix is private and may move in any Python release: the table is data."""
    found = [p for p in (ROOT / "agent").rglob("*.py") if "_casefix" in p.read_text()]
    assert not found, found


def test_lowers_alike() -> None:
    assert lowers_alike("Our TEAM", "our team")
    assert lowers_alike("ÉQUIPE", "équipe")
    assert not lowers_alike("ſervice", "ſervice")  # re.I reads "ſ" as "s"
    assert not lowers_alike("İK", "i̇k")  # two characters lower-cased


def test_ascii_words_are_word_in_lower_case_ascii() -> None:
    """detect_language reads lower-case ASCII text with the cheaper bytes split."""
    odd = "a b2c_de-fg 12 h\ti\nj x_yz cafe' don't é"
    for text in [*_texts(), odd.encode("ascii", "ignore").decode()]:
        low = text.lower()
        if low.isascii():
            assert {w.decode() for w in ascii_words(low)} == set(WORD.findall(low))


def test_utf8_words_are_word_in_any_lower_case_text() -> None:
    """detect_language reads other text as UTF-8 runs of letters: WORD's words, plus the
    one-letter ones (no stop-word set it is compared with holds one)."""
    odd = "ab éß’–\u00a0\u2003x1_²½Ⅻ\u0301ǅİK.-\n\t"  # marks, digits of all kinds, spaces
    rnd = random.Random(11)
    texts = [*_texts(), *("".join(rnd.choices(odd, k=rnd.randint(0, 40))) for _ in range(2000))]
    for text in texts:
        low = text.lower()
        words = {w.decode() for w in utf8_words(low)}
        assert {w for w in words if len(w) > 1} == set(WORD.findall(low)), low
        assert all(WORD.fullmatch(w + w) for w in words), low
    assert all(len(w.decode()) > 1 for p in packs().packs.values() for w in p.stopword_bytes)


def test_space_runs_are_the_alternation_they_were() -> None:
    """SPACE opens with a class (so re skips to spaces in C): the same matches as its old
    form, a run of two or more spaces of any kind or one odd space."""
    spaces = " \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff"
    odd = spaces.replace(" ", "", 1)
    old = re.compile(f"[{spaces}]{{2,}}|[{odd}]")
    alphabet = " \t\f\v\u00a0\u2000\u2007\u200b\u202f\u205f\u3000\ufeffab\n"
    rnd = random.Random(5)
    for text in [*_texts(), *("".join(rnd.choices(alphabet, k=12)) for _ in range(20000))]:
        assert [m.span() for m in SPACE.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_rx_on_a_doc_finds_what_re_finds() -> None:
    """On a Doc, each pattern is tried only at its leading words, or within reach of a word of
    a needle group (Reach): the matches are still re's own, whole text and windows."""
    pack_set = packs()
    rxs = list(dict.fromkeys([*_pack_patterns(pack_set.packs.values()), *_EXTRACTOR_PATTERNS]))
    reached = 0
    for text in _texts():
        doc = pack_set.doc(text)
        mid = len(text) // 3
        for rx in rxs:
            every = [(m.span(), m.groups()) for m in rx.rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in rx.finditer(doc)] == every, rx.pattern
            assert [(m.span(), m.groups()) for m in rx.matches(doc, len(text))] == every
            assert _same(rx.search(doc), rx.rx.search(text)), (rx.pattern, text[:80])
            assert _same(rx.search(doc, start=mid), rx.rx.search(text, mid)), rx.pattern
            reached += rx.lead is None and doc.aligned and rx.reach(doc) is not None
    assert reached > 100  # the Reach path was taken, not only the plain ones
