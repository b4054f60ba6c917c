"""Branch pages70's web-page units (session 42, issue 11): what the recipe puts in place of the
name the quoted mail carries, what it leaves alone, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
cut mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a blogger's first name in a development agency's answer (the line break after it stays)
    (
        "web-webjournalist/it",
        "it",
        "Gentilissima Eleonora\nho letto",
        "Gentilissima {first}\nho letto",
    ),
    # the pages' own cut marks stay: the blogger's five dots, the job seeker's leading ellipsis
    (
        "web-webjournalist/it",
        "it",
        "cenno di risposta. ….. Purtroppo",
        "cenno di risposta. ….. Purtroppo",
    ),
    (
        "web-ilblogdiadriano/it",
        "it",
        "… ma la nostra società, in questo momento,",
        "… ma la nostra società, in questo momento,",
    ),
    # a parenthesis of the clinic's own words is no placeholder: it stays
    (
        "web-gazetaonline/pt",
        "pt",
        "alta resolução (iguais a cada um dos modelos em anexo).",
        "alta resolução (iguais a cada um dos modelos em anexo).",
    ),
    # quoted words with no name in them: nothing to put in
    (
        "web-estousem/pt",
        "pt",
        "informamos que o processo foi encerrado.",
        "informamos que o processo foi encerrado.",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages70_quoted_names_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-gazetaonline/pt": "dev",
    "web-ilblogdiadriano/it": "dev",
    "web-estousem/pt": "test",
    "web-webjournalist/it": "test",
}


def test_parts_csv_keeps_pages70s_four_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
