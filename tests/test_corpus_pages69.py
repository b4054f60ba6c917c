"""Branch pages69's web-page units (session 41, issue 11): what the recipe puts in place of the
names the quoted mail carries, what it leaves alone, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
cut mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a job seeker's full name in an automated no, and a mother's surname in a nursery's no
    (
        "web-trappyblog/fr",
        "fr",
        "Bonjour Kandia Dramé, nous faisons suite",
        "Bonjour {owner}, nous faisons suite",
    ),
    ("web-buzzfeed/de", "de", "Liebe Frau Maurer,\n\ndas tut", "Liebe Frau {surname},\n\ndas tut"),
    # the page's cut marks and the child's name stay: they are not the reader's
    (
        "web-buzzfeed/de",
        "de",
        "wir haben bereits eine Ella (...). Aus",
        "wir haben bereits eine Ella (...). Aus",
    ),
    # quoted words with no name in them: nothing to put in, the writers' spellings stay
    ("web-realites/fr", "fr", "Bjr… Je suis vraiment dsl", "Bjr… Je suis vraiment dsl"),
    (
        "web-deimelbauer/de",
        "de",
        "Gerne werden wir Ihre Bewerbung in Evidenz halten",
        "Gerne werden wir Ihre Bewerbung in Evidenz halten",
    ),
    (
        "web-oe24/de",
        "de",
        "Wir stellen keine Kopftuchträgerinnen ein",
        "Wir stellen keine Kopftuchträgerinnen ein",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages69_quoted_names_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-buzzfeed/de": "dev",
    "web-deimelbauer/de": "dev",
    "web-realites/fr": "dev",
    "web-oe24/de": "test",
    "web-trappyblog/fr": "test",
}


def test_parts_csv_keeps_pages69s_five_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
