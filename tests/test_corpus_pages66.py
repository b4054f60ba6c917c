"""Branch pages66's web-page units (session 41, issue 11): what the recipe puts in place of the
names and the bracketed masks the quoted mail and letters carry, and where the split pinned the
units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
redaction mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a forum poster's first name, and his two masks: a contact and a school (both ours)
    ("web-fok/nl", "nl", "Hallo Koen,\nGisteren", "Hallo {first},\nGisteren"),
    (
        "web-fok/nl",
        "nl",
        "contact willen opnemen met [een of andere Pipo].",
        "contact willen opnemen met mevrouw Visser.",
    ),
    (
        "web-fok/nl",
        "nl",
        "gemaild van het de [Naam andere school]. Daar is wel plek.",
        "gemaild van het de het Zuiderlicht College. Daar is wel plek.",
    ),
    # a journal's editor to a website's author: his surname and the editor's initials
    (
        "web-tuberlin/de",
        "de",
        "Sehr geehrter Herr Dr. Gizewski,\n\nfuer",
        "Sehr geehrter Herr Dr. {surname},\n\nfuer",
    ),
    (
        "web-tuberlin/de",
        "de",
        "Ihre\n\nI. L. , Redaktion",
        "Ihre\n\n{person}, Redaktion",
    ),
    # quoted sentences with no name in them: nothing to put in, the page's cut marks stay
    (
        "web-druckstelle/de",
        "de",
        "… leider müssen wir Ihnen mitteilen, dass wir Sie für eine Einstellung",
        "… leider müssen wir Ihnen mitteilen, dass wir Sie für eine Einstellung",
    ),
    (
        "web-markus1982/de",
        "de",
        "… muss ich Sie leider mit meinen besten Wünschen",
        "… muss ich Sie leider mit meinen besten Wünschen",
    ),
    (
        "web-tubantia/nl",
        "nl",
        "alleen aan mensen van Nederlandse afkomst te willen verhuren.",
        "alleen aan mensen van Nederlandse afkomst te willen verhuren.",
    ),
    (
        "web-defenseurdesdroits/fr",
        "fr",
        "l’appartement a déjà trouvé son nouveau locataire !",
        "l’appartement a déjà trouvé son nouveau locataire !",
    ),
    (
        "web-boursorama/fr",
        "fr",
        "parce qu'il veut des filles dans tout le bâtiment.",
        "parce qu'il veut des filles dans tout le bâtiment.",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages66_quoted_names_and_masks_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-boursorama/fr": "dev",
    "web-druckstelle/de": "dev",
    "web-defenseurdesdroits/fr": "test",
    "web-fok/nl": "test",
    "web-markus1982/de": "test",
    "web-tubantia/nl": "test",
    "web-tuberlin/de": "test",
}


def test_parts_csv_keeps_pages66s_seven_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
