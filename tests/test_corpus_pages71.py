"""Branch pages71's web-page units (session 42, issue 11): refusals of things that are not jobs
(a novel's query, manuscripts, a synopsis, grants, a retreat, a prize, a competition) — what the
recipe puts in place of the names the quoted mails carry, what it leaves alone, and where the
split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
mask, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # the writers' and artists' names, and the masks two of them put in their place
    ("web-redroom/en", "en", "Dear Mr. Campbell,\nThank you", "Dear {owner},\nThank you"),
    ("web-redroom/en", "en", "Dear Mr Campbell,\nThank you", "Dear {owner},\nThank you"),
    (
        "web-leconnardsauvage/fr",
        "fr",
        "Monsieur XXX,\n\nNous avons",
        "Monsieur {surname},\n\nNous avons",
    ),
    ("web-mirjamhildebrand/nl", "nl", "Beste Mirjam,\nIk heb", "Beste {first},\nIk heb"),
    ("web-lalineaeditorial/es", "es", "Estimado José Ramón:\nTras", "Estimado {first}:\nTras"),
    ("web-ociozero/es", "es", "A/A Juan Ángel Laguna\n\nLeído", "A/A {owner}\n\nLeído"),
    (
        "web-laradicedelrovo/it",
        "it",
        "Gentile signor ***,\n\nabbiamo",
        "Gentile signor {surname},\n\nabbiamo",
    ),
    (
        "web-hollyrobertsonepaintingatatime/en",
        "en",
        "Dear holly,\nWe want",
        "Dear {first},\nWe want",
    ),
    ("web-ancouk/en", "en", "Dear Susan ,\n\nThank you", "Dear {first} ,\n\nThank you"),
    ("web-myrejectionletters/en", "en", "Dear Ms. Clements:\n\nThank", "Dear {owner}:\n\nThank"),
    # an editor's name under a publisher's no
    (
        "web-lalineaeditorial/es",
        "es",
        "te saluda\natentamente\nRaquel Martínez\n",
        "te saluda\natentamente\n{person}\n",
    ),
    # the titles of the works and the other entrants' names stay: they are not the reader's
    (
        "web-leguidedelecrivainambitieux/fr",
        "fr",
        "votre manuscrit Ceci n'est pas ma vie. Nos lecteurs",
        "votre manuscrit Ceci n'est pas ma vie. Nos lecteurs",
    ),
    (
        "web-charliegolf/it",
        "it",
        "Bruno Bianco con “Odori di fabbrica”",
        "Bruno Bianco con “Odori di fabbrica”",
    ),
    # quoted words with no name in them: nothing to put in, the writers' slips stay
    (
        "web-leguidedelecrivainambitieux/fr",
        "fr",
        "il ne nous donc pas possible",
        "il ne nous donc pas possible",
    ),
    (
        "web-hebusvontroy/de",
        "de",
        "nicht zu den von der Jury ausgewählten Preisträgern gehört.",
        "nicht zu den von der Jury ausgewählten Preisträgern gehört.",
    ),
    (
        "web-rutecanhoto/pt",
        "pt",
        "no nosso sobrecarregadíssimo plano de edições",
        "no nosso sobrecarregadíssimo plano de edições",
    ),
    (
        "web-12n/nl",
        "nl",
        "om een dergelijk traject op te zetten en uit voeren, niet overtuigend is.",
        "om een dergelijk traject op te zetten en uit voeren, niet overtuigend is.",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages71_quoted_names_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    # first batch: the split of the first eight units
    "web-lalineaeditorial/es": "dev",
    "web-leconnardsauvage/fr": "dev",
    "web-mirjamhildebrand/nl": "dev",
    "web-ociozero/es": "dev",
    "web-redroom/en": "dev",
    "web-hebusvontroy/de": "test",
    "web-laradicedelrovo/it": "test",
    "web-leguidedelecrivainambitieux/fr": "test",
    # second batch: the split of six more, the first eight pinned
    "web-charliegolf/it": "dev",
    "web-rutecanhoto/pt": "dev",
    "web-12n/nl": "test",
    "web-ancouk/en": "test",
    "web-hollyrobertsonepaintingatatime/en": "test",
    "web-myrejectionletters/en": "test",
}


def test_parts_csv_keeps_pages71s_fourteen_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
