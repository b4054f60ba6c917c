"""Branch pages65's web-page units (session 41, issue 11): what the recipe leaves of the quoted
Italian and Portuguese refusals (and two landlords' noes) as the pages show them, and where the
split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a few words of
a quoted message.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # an employer's answer to a CV on a classifieds site: no name in it, its own words stay
    (
        "web-oggitreviso/it",
        "it",
        "non possiamo avere una collaborazione perché",
        "non possiamo avere una collaborazione perché",
    ),
    # a shop owner's first chat answer, before the message pages62 saved from another page
    (
        "web-infooggi/it",
        "it",
        "Non credo che tu sia la persona che sto cercando",
        "Non credo che tu sia la persona che sto cercando",
    ),
    # a shop's mail to a candidate in Aveiro, Portugal: the informal "tu" and no full stop kept
    (
        "web-magg/pt",
        "pt",
        "da tua falta de capacidade de perceber português",
        "da tua falta de capacidade de perceber português",
    ),
    # two landlords' answers about a flat (look-alikes): their own words stay
    (
        "web-h24notizie/it",
        "it",
        "non è disponibile per chi simpatizza",
        "non è disponibile per chi simpatizza",
    ),
    ("web-liberta/it", "it", "Non affitto agli stranieri", "Non affitto agli stranieri"),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages65_quoted_words_render_as_the_pages_show_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-magg/pt": "dev",
    "web-infooggi/it": "test",
    "web-oggitreviso/it": "test",
    "web-h24notizie/it": "test",
    "web-liberta/it": "test",
}


def test_parts_csv_keeps_pages65s_five_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
