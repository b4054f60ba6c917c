"""Pack and extractor patterns rewritten to cost less (issue 15, speed47) find what they found.

Each rewrite only adds a zero-width test in front (a look-ahead asking first for a character or
word every match holds) or moves such a test before others at the same place; each is held here
to the pattern it replaces, written out as it was: the same matches (spans and groups, every
match of ``finditer`` and the first from many starts) over the repository's mail
(``tests/corpus``), every probe file, every pack file's own text, the dev corpus when it is on
this machine, and written edge cases, each as written and lower-cased.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from agent.classify.engine import PACK_DIR
from agent.mail.parse import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "emails"
PROBES = ROOT / "bench" / "probes"
DEV = ROOT.parent / "corpora" / "ext-s52" / "dev" / "emails"


def _cue(code: str, rule: str) -> str:
    """The pattern of the pack's weighted rule with id ``rule``, as the pack file writes it."""
    with (PACK_DIR / f"{code}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    found = [
        key
        for table in data.values()
        if isinstance(table, dict)
        for key, value in table.items()
        if isinstance(value, dict) and value.get("id") == rule
    ]
    assert len(found) == 1, (code, rule, len(found))
    return found[0]


def _list_item(code: str, field: str, marker: str) -> str:
    """The one item of the pack's ``structure.field`` list that holds ``marker``."""
    with (PACK_DIR / f"{code}.toml").open("rb") as fh:
        items = tomllib.load(fh)["structure"][field]
    found = [p for p in items if marker in p]
    assert len(found) == 1, (code, field, marker, len(found))
    return found[0]


# (name, the pattern as it was, the pattern now in the data, flags, written edge cases)
CASES: list[tuple[str, str, str, int, tuple[str, ...]]] = [
    (
        "de job_context: gender-marked titles",
        r"\b\w*(referent|sachbearbeiter|mitarbeiter|koordinator|leiter|assistent|entwickler"
        r"|ingenieur|techniker|buchhalter|berater|manager|redakteur|controller)"
        r"(/-?in|\*in|:in|_in|\(in\))(nen)?(?!\w)",
        _list_item("de", "job_context", "(/-?in|"),
        re.I,
        (
            "Referent/in",
            "Projektleiter:in",
            "Sachbearbeiter*innen",
            "Entwickler_in",
            "Assistent(in)",
            "Berater/-in",
            "Bewerber/in",
            "Stipendiat/in",
            "a_b_manager_in",
            "manager_innen",
            "x-manager/in",
            "Manager/inx",
            "Leiter (in Teilzeit)",
            "leiter(in",
            "Teamleiter/ina",
            "über_referent:in",
            "__leiter/in",
            "referent/",
        ),
    ),
    (
        "en job_context: hire",
        r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bour )(?<!\bvan )(?<!\bcar )(?<!\bbike )"
        r"(?<!\bboat )(?<!\btool )(?<!\bhall )(?<!\broom )(?<!\bsuit )(?<!\bskip )(?<!\bvenue )"
        r"(?<!\bplant )(?<!\bcoach )(?<!\bdress )(?<!\bcycle )(?<!\bequipment )(?<!\bmarquee )"
        r"(?<!\bminibus )(?<!\bscooter )\bhire\b(?! (of|car|cars|van|vans|bikes?|charges?|fees?"
        r"|costs?|rates?|period|agreement|company|shop|desk|purchase|deposit)\b)",
        _list_item("en", "job_context", "(?<!\\bscooter )"),
        re.I,
        (
            "we will hire a new engineer",
            "The hire car",
            "van hire",
            "vanhire",
            "the hire",
            "Hire",
            "hired",
            "rehire",
            "new-hire",
            "a hire of",
            "our  hire",
            "car hire costs",
            "tool\nhire",
            "theme hire",
            "scooter hire now",
            "hire purchase",
            "hire-purchase",
        ),
    ),
    (
        "de stelle-an-eine-andere-kandidat-vergeben",
        r"\w*(stelle|platz|position)\b (\w+ ){0,3}(an|mit) (eine[nrm]?|einen) (andere[nrm]?"
        r"|weitere[nrm]?) (kandidat|bewerber|finalist|person|mitbewerber)\w* (vergeben|besetzt)",
        _cue("de", "stelle-an-eine-andere-kandidat-vergeben"),
        re.I,
        (
            "Die Stelle haben wir an einen anderen Kandidaten vergeben",
            "die Projektstelle wurde mit einem anderen Bewerber besetzt",
            "Praktikumsplatz an eine andere Person vergeben",
            "Arbeitsplatz mit einer weiteren Kandidatin besetzt",
            "stellenplatz an eine andere person vergeben",
            "platz\nan eine andere person vergeben",
            "Position:an eine andere Person vergeben",
            "xposition an eine andere Finalistin besetzt",
        ),
    ),
    (
        "de stelle-sind-bereits-vergeben",
        r"\w*(stelle|stellen|platz|plätze|position|positionen)( \w+){0,4} (sind|ist|wurde|wurden)"
        r" (\w+ ){0,2}(bereits |schon |inzwischen |mittlerweile |leider )+(vergeben|besetzt)\b",
        _cue("de", "stelle-sind-bereits-vergeben"),
        re.I,
        (
            "Die Stelle ist bereits vergeben.",
            "alle Praktikumsplätze sind leider schon besetzt",
            "Die Positionen wurden inzwischen vergeben",
            "die Stellen sind nicht bereits vergeben",
            "Arbeitsstellen ist schon besetzt",
            "stelle_ ist bereits vergeben",
            "Stellenangebote sind bereits vergeben",
            "Platz  ist bereits vergeben",
        ),
    ),
    (
        "nl plek-is-vergeven",
        r"\w*(plek|plaats|functie|vacature|baan|positie)( \S+){0,2} (is|zijn|werd|werden)"
        r" (al |inmiddels |reeds |helaas )*(vergeven|ingevuld|vervuld|bezet)\b",
        _cue("nl", "plek-is-vergeven"),
        re.I,
        (
            "De functie is inmiddels vergeven.",
            "de stageplaats is al ingevuld",
            "Deze vacature werd helaas vervuld",
            "de werkplek voor jou is niet bezet",
            "de baan. is vergeven",
            "functies is vergeven",
            "positie\tis vergeven",
            "vacature is al al bezet",
        ),
    ),
]


def _mail_texts(folder: Path, step: int) -> Iterator[str]:
    for path in sorted(folder.glob("*.eml"))[::step]:
        msg = parse_bytes(path.read_bytes())
        yield (msg.subject or "") + "\n" + (msg.text or "")


@cache
def _texts() -> tuple[str, ...]:
    out: list[str] = list(_mail_texts(CORPUS, 1))
    for path in sorted(PROBES.glob("*.txt")):
        out.append(path.read_text(encoding="utf-8"))
    for path in [*sorted(PACK_DIR.glob("*.toml")), PACK_DIR.parent / "patterns.toml"]:
        out.append(path.read_text(encoding="utf-8"))
    if DEV.is_dir():
        out.extend(_mail_texts(DEV, 1))
    return tuple(out + [t.lower() for t in out])


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_the_rewrite_finds_what_the_old_pattern_found(
    case: tuple[str, str, str, int, tuple[str, ...]],
) -> None:
    _, old_source, new_source, flags, written = case
    assert new_source != old_source  # the data holds the rewrite, not the old pattern
    old, new = re.compile(old_source, flags), re.compile(new_source, flags)
    matched = 0
    inner = (*written, " ".join(written), *_mail_texts(CORPUS, 1))
    for text in (*inner, *_texts()):
        want = _found(old, text)
        assert _found(new, text) == want, text[:200]
        matched += bool(want)
    for text in (*inner, *(t.lower() for t in inner)):
        for pos in range(len(text)) if len(text) < 200 else range(0, len(text), 13):
            # a search from inside the text, as a window's (mid-word starts too)
            a, b = old.search(text, pos), new.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text[:200]
    assert matched >= 5  # the texts hold matches, not only misses


def test_written_cases_hold_matches_and_misses() -> None:
    for name, old_source, _, flags, written in CASES:
        old = re.compile(old_source, flags)
        assert any(old.search(t) for t in written), name
        assert not all(old.search(t) for t in written), name
