"""Branch pages55's web-page units (session 40, issue 11): what the recipe puts in place of the
names, titles and firms the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, or a few words
around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    (
        "web-meganoticias/es",
        "es",
        "Hola Manuela, gracias por tu CV",
        "Hola {first}, gracias por tu CV",
    ),
    # the interviewer the mail names is a third person, no placeholder to fill
    ("web-meganoticias/es", "es", "soy compañero de Marcelo,", "soy compañero de Marcelo,"),
    (
        "web-blitzquotidiano/it",
        "it",
        "per la posizione di Retail Assistant presso Aldi.",
        "per la posizione di {role} presso {company}.",
    ),
    ("web-hannahhoo/en", "en", "Dear Hannah Musick:\n\nWe", "Dear {owner}:\n\nWe"),
    # the magazine that refused the story stays a name: a look-alike names no employer
    (
        "web-hannahhoo/en",
        "en",
        "a right fit for The Louisville Review.",
        "a right fit for The Louisville Review.",
    ),
    (
        "web-pleonasticephemera/en",
        "en",
        "William,\n\nThanks for your submission.",
        "{first},\n\nThanks for your submission.",
    ),
    ("web-pleonasticephemera/en", "en", "Yours,\nRosecrans\n", "Yours,\n{person}\n"),
    # quoted mails with no name in them: nothing to put in
    (
        "web-voguemagalere/fr",
        "fr",
        "informer que celle-ci n'a pas été retenue.",
        "informer que celle-ci n'a pas été retenue.",
    ),
    (
        "web-oggicronaca/it",
        "it",
        "Con riferimento alla Sua domanda di impiego,",
        "Con riferimento alla Sua domanda di impiego,",
    ),
    (
        "web-clearancejobsblog/en",
        "en",
        "the position originally offered to you",
        "the position originally offered to you",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_each_quoted_name_title_and_firm_renders_as_the_variant_puts_it(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-hannahhoo/en": "dev",
    "web-blitzquotidiano/it": "test",
    "web-clearancejobsblog/en": "test",
    "web-meganoticias/es": "test",
    "web-oggicronaca/it": "test",
    "web-pleonasticephemera/en": "test",
    "web-voguemagalere/fr": "test",
}


def test_parts_csv_keeps_pages55s_seven_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
