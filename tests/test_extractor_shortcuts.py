"""Shortcuts in how the extractors run give what the plain way gives (issue 15, speed41).

The footer separator said with its opening class first splits as the data pattern does.

``signature._FOOTER_SEP`` is ``legal_footer_sep`` behind ``(?=[\\s,.])``: exact only while
every branch of the data pattern opens (after its look-arounds) with a space, a comma or a
full stop. Checked on the pattern's parse, so a new branch that opens otherwise fails here
instead of losing footers, and on random lines built of the pattern's own pieces. A domain
label's spelling is read a second time transliterated ("ü" as "ue") only in a text holding a
letter that reading changes: elsewhere both readings find the same.
"""

from __future__ import annotations

import random
import re
from typing import Any

from agent.classify.extractors import signature, spelling
from agent.classify.lexicon import pattern
from agent.classify.needles import _sre_constants, parse

_SRE: Any = _sre_constants()
_ALLOWED = " \t\n\r\f\v,."


def _opens_allowed(items: list[Any]) -> bool:
    """Does every match of ``items`` open with a character of :data:`_ALLOWED`?"""
    c = _SRE
    if not items:
        return False  # an empty match, or anything after it: not guarded
    op, av = items[0]
    rest = items[1:]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _opens_allowed(rest)
    if op is c.LITERAL:
        return chr(av) in _ALLOWED
    if op is c.IN:
        return all(
            (o is c.LITERAL and chr(a) in _ALLOWED) or (o is c.CATEGORY and a is c.CATEGORY_SPACE)
            for o, a in av
        )
    if op is c.SUBPATTERN:
        return _opens_allowed([*av[3], *rest])
    if op is c.BRANCH:
        return all(_opens_allowed([*b, *rest]) for b in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, item = av
        once = _opens_allowed([*item, *rest])
        return once if low >= 1 else once and _opens_allowed(rest)
    return False


def test_every_branch_opens_with_the_guard_class() -> None:
    assert signature.FOOTER_SEP_OPENING == r"[\s,.]"
    parsed = parse(pattern("legal_footer_sep"), 0)
    assert parsed is not None
    assert _opens_allowed(list(parsed))


def test_guard_refuses_a_branch_opening_otherwise() -> None:
    for odd in (r"\s+\|\s+|x", r"(?<=a)\s|\b-", r"\s*-"):
        parsed = parse(odd, 0)
        assert parsed is not None and not _opens_allowed(list(parsed)), odd


def test_random_lines_split_alike() -> None:
    plain = re.compile(pattern("legal_footer_sep"))
    pieces = [
        " | ", " · ", " • ", " – ", " — ", " - ", "-", ".", ". ", ", ", " ", "  ", "\t",
        "GmbH", "B.V.", "N.V.", "Ltd", "Limited", "LLC", "S.L.", "S.r.l.", "Lda.", "SAS",
        "SA", "AG", "Registered office", "Company No", "KvK", "Sitz", "RCS", "Capital",
        "acme", "Acme", "12", "Berlin", "x", "é",
    ]  # fmt: skip
    rng = random.Random(15)
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        assert signature._FOOTER_SEP.split(line) == plain.split(line), line


def test_a_text_without_umlauts_spells_alike_both_ways() -> None:
    words = ["Brückner", "Bruckner", "Medizintechnik", "Halcyon", "Freight", "de", "&", "Mots",
             "Librairie", "Carrefour", "des", "Über", "Uber", "Straße", "Strasse", "Nova", "Santé",
             "ACME", "Acme", "GmbH", "the", "team", "Ökologie", "Oekologie", "Zoë"]  # fmt: skip
    labels = ["brucknermedizintechn", "brueckner", "halcyonfreight", "librairiecarrefourde",
              "ueber", "uber", "strasse", "novasante", "acme", "oekologie", "zoe"]  # fmt: skip
    rng = random.Random(15)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        for label in labels:
            plain = spelling._spell_with(label, text, False)
            translit = spelling._spell_with(label, text, True)
            if not spelling._transliterable(text):
                assert translit == plain, (label, text)
            assert spelling.spell_in_text(label, text) == _old_spell_in_text(label, text)


def _old_spell_in_text(label: str, text: str) -> str | None:
    found = spelling._spell_with(label, text, False) or spelling._spell_with(label, text, True)
    if found is None or (" " not in found and found.isupper()):
        return spelling._initial_then_word(label, text) or found
    return found
