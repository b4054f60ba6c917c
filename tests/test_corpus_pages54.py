"""Branch pages54's web-page units (session 40, issue 11): what the recipe puts in place of the
names, redactions and titles the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, or a few words
around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    (
        "web-berthine/fr",
        "fr",
        "pour le moment, bien cordialement. Mme X\n",
        "pour le moment, bien cordialement. {person}\n",
    ),
    (
        "web-magisterartium/de",
        "de",
        "Sehr geehrter Herr M.A.,\nvielen",
        "Sehr geehrter Herr {surname},\nvielen",
    ),
    ("web-mysonabsalom/en", "en", "Dear Mr Philaja\n\nThank", "Dear Mr {surname}\n\nThank"),
    # the university the letter names stays a name, not a company to fill
    ("web-mysonabsalom/en", "en", "at The Open University.", "at The Open University."),
    (
        "web-zomaareenblog/nl",
        "nl",
        "Jouw sollicitatie - Traineeship Journalistiek Talent",
        "Jouw sollicitatie - {role}",
    ),
    ("web-pjmcwilliams/en", "en", "as [Company Name] continues", "as {company} continues"),
    # a client's "vuestra empresa" is the reader's firm, no placeholder to fill
    (
        "web-dinamikak/es",
        "es",
        "presentada por vuestra empresa.",
        "presentada por vuestra empresa.",
    ),
    # a one-line mail with no name in it: nothing to put in
    (
        "web-matourdargent/fr",
        "fr",
        "portez à notre société mais votre candidature",
        "portez à notre société mais votre candidature",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_the_quoted_names_and_titles_become_the_variants(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, values = page_variant(unit, lang)
    assert render(page) == template.format(**values)


PINS = {
    "web-berthine/fr": "dev",
    "web-dinamikak/es": "dev",
    "web-magisterartium/de": "dev",
    "web-matourdargent/fr": "dev",
    "web-pjmcwilliams/en": "dev",
    "web-koryhoopes/en": "test",
    "web-mysonabsalom/en": "test",
    "web-zomaareenblog/nl": "test",
}


def test_parts_csv_pins_the_eight_units_where_the_split_put_them() -> None:
    parts = pinned_parts()
    assert {unit: parts.get(unit) for unit in PINS} == PINS
