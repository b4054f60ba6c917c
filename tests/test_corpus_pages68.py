"""Branch pages68's web-page units (session 41, issue 11): what the recipe puts in place of the
name the quoted Spanish messages carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, or a few words of
a quote that has no name in it.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a supermarket manager's voicemail: the reader's surname
    (
        "web-eldiariony/es",
        "es",
        "Sí, señorita Jones, le recomiendo",
        "Sí, señorita {surname}, le recomiendo",
    ),
    # quoted sentences with no name in them: nothing to put in, the censoring asterisk kept
    (
        "web-elcorreo/es",
        "es",
        "no vas a empezar en ese trabajo de mierd*. Acabo de despedirte.",
        "no vas a empezar en ese trabajo de mierd*. Acabo de despedirte.",
    ),
    (
        "web-watv/es",
        "es",
        "Es nuestra culpa que no podamos contratar a más personas,",
        "Es nuestra culpa que no podamos contratar a más personas,",
    ),
    (
        "web-porticonoticias/es",
        "es",
        "sólo hace falta un «sí» para cambiarlo todo.",
        "sólo hace falta un «sí» para cambiarlo todo.",
    ),
    ("web-lanacion/es", "es", "Ok, entonces, rechacémoslo", "Ok, entonces, rechacémoslo"),
    (
        "web-mejorinformado/es",
        "es",
        "sos mamá soltera. Lo lamentamos, requisitos del dueño",
        "sos mamá soltera. Lo lamentamos, requisitos del dueño",
    ),
    (
        "web-biobiochile/es",
        "es",
        "Pedimos disculpas por esta confusión de comunicaciones",
        "Pedimos disculpas por esta confusión de comunicaciones",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages68_quoted_names_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-biobiochile/es": "dev",
    "web-elcorreo/es": "dev",
    "web-eldiariony/es": "dev",
    "web-lanacion/es": "dev",
    "web-watv/es": "dev",
    "web-mejorinformado/es": "test",
    "web-porticonoticias/es": "test",
}


def test_parts_csv_keeps_pages68s_seven_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
