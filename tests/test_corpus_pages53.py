"""Branch pages53's web-page units (session 40, issue 11): what the recipe puts in place of the
names, firms, roles and signers the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    ("web-iguanaemvermelho/pt", "pt", "Ex.ma Sra Raquel Mourão\nEm", "Ex.ma Sra {owner}\nEm"),
    ("web-iguanaemvermelho/pt", "pt", "pessoais,\nLuis Gomes\n", "pessoais,\n{person}\n"),
    ("web-fernandafreitas/pt", "pt", "A ‘tal empresa’ muito", "A {company} muito"),
    (
        "web-fernandafreitas/pt",
        "pt",
        "pela Revista P&%. Guardaremos",
        "pela {company}. Guardaremos",
    ),
    ("web-nadjahagen/de", "de", "Guten Tag Nadja,\n", "Guten Tag {first},\n"),
    (
        "web-nadjahagen/de",
        "de",
        "Stelle bei Spreadshirt anbieten.",
        "Stelle bei {company} anbieten.",
    ),
    ("web-letmypeoplecode/en", "en", "Hi Greg,\nWe", "Hi {first},\nWe"),
    (
        "web-letmypeoplecode/en",
        "en",
        "interest in Mozilla and the time you’ve invested in applying for the Senior "
        "Developer Advocate, Add-ons opening.\n",
        "interest in {company} and the time you’ve invested in applying for the {role} opening.\n",
    ),
    (
        "web-letmypeoplecode/en",
        "en",
        "endeavors.\nMozilla Talent Acquisition Team\n",
        "endeavors.\n{company} Talent Acquisition Team\n",
    ),
    ("web-messengerpuppet/en", "en", "to join the Autoblog team.", "to join the {company} team."),
    ("web-messengerpuppet/en", "en", "AUTOBLOG: Thank you", "{company}: Thank you"),
    ("web-universonline/en", "en", "Dear San,\n\nWe", "Dear {first},\n\nWe"),
    (
        "web-universonline/en",
        "en",
        "your interest in company and",
        "your interest in {company} and",
    ),
    ("web-deut429/en", "en", "Dear Robert,\n", "Dear {first},\n"),
    ("web-deut429/en", "en", "Dear Mr. Heaton:\n", "Dear Mr. {surname}:\n"),
    # the blogger's own brackets around a university: a name, not a placeholder to fill
    (
        "web-deut429/en",
        "en",
        "to the [University of Michigan] Ph.D.",
        "to the University of Michigan Ph.D.",
    ),
    ("web-jessbackus/en", "en", "Dear Jessica:\n", "Dear {first}:\n"),
    ("web-jessbackus/en", "en", "best of luck,\n\nJeff Walker\n", "best of luck,\n\n{person}\n"),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_the_quoted_names_firms_and_roles_become_the_variants(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, values = page_variant(unit, lang)
    assert render(page) == template.format(**values)


PINS = {
    "web-controcopertina/it": "dev",
    "web-iguanaemvermelho/pt": "dev",
    "web-maisumpalimpsesto/pt": "dev",
    "web-messengerpuppet/en": "dev",
    "web-universonline/en": "dev",  # session 12's pin, the unit found again
    "web-copingwithredundancy/en": "test",
    "web-deut429/en": "test",
    "web-elbareport/it": "test",
    "web-fernandafreitas/pt": "test",
    "web-jessbackus/en": "test",
    "web-letmypeoplecode/en": "test",
    "web-nadjahagen/de": "test",  # session 12's pin, the unit found again
}


def test_parts_csv_pins_the_twelve_units_where_the_split_put_them() -> None:
    parts = pinned_parts()
    assert {unit: parts.get(unit) for unit in PINS} == PINS
