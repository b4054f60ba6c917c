"""Branch pages56's web-page units (session 41, issue 11: Italian and Portuguese): what the
recipe puts in place of the names and redactions the quoted mails carry, what it leaves as the
pages show it, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, or a few words
around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # the recipient's initial after a post-interview no, and a pseudonym's initial
    (
        "web-grostein/it",
        "it",
        "Gentile sig. P.\ncon riferimento al nostro incontro",
        "Gentile sig. {surname}\ncon riferimento al nostro incontro",
    ),
    (
        "web-abruzzo24ore/it",
        "it",
        "Gentile dott. ssa M.\n\nLa",
        "Gentile dott. ssa {surname}\n\nLa",
    ),
    # a news site's redacted signer and publisher become the variant's sender and firm
    (
        "web-abruzzo24ore/it",
        "it",
        "Un cordiale saluto\n\nSilvia XXXXXXXXX\n\nXXXXXXXXXX Edizioni Srl\n",
        "Un cordiale saluto\n\n{person}\n\n{company}\n",
    ),
    (
        "web-matteogrimaldi/it",
        "it",
        "Gentile Matteo Grimaldi,\nabbiamo",
        "Gentile {owner},\nabbiamo",
    ),
    (
        "web-veja/pt",
        "pt",
        "Olá, Carla, agradecemos o seu currículo.",
        "Olá, {first}, agradecemos o seu currículo.",
    ),
    ("web-aartedeescrever/pt", "pt", "Caro Hermes,\n\nGostaria", "Caro {first},\n\nGostaria"),
    # the publisher and the client brands stay words: a look-alike or a third party names no employer
    (
        "web-lafinesoltanto/it",
        "it",
        "criteri di scelta.\nLa ringraziamo",
        "criteri di scelta.\nLa ringraziamo",
    ),
    (
        "web-veja/pt",
        "pt",
        "as contas em que vai trabalhar são Carglass e da Coca-Cola…",
        "as contas em que vai trabalhar são Carglass e da Coca-Cola…",
    ),
    # the newspaper's cut "[...]" is a bracket the recipe reads as a placeholder: its dots stay
    ("web-huffingtonpostit/it", "it", "è altro [...] Una persona", "è altro ... Una persona"),
    # one-liners with no name in them: nothing to put in
    (
        "web-rco/pt",
        "pt",
        "Cancelaaaaaaaa, passou da idade kkk",
        "Cancelaaaaaaaa, passou da idade kkk",
    ),
    (
        "web-contromano24/it",
        "it",
        "Buongiorno, non affitto ad extracomunitari",
        "Buongiorno, non affitto ad extracomunitari",
    ),
    (
        "web-paraibafeminina/pt",
        "pt",
        "Infelizmente não posso te ajudar",
        "Infelizmente não posso te ajudar",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_each_quoted_name_and_redaction_renders_as_the_variant_puts_it(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-aartedeescrever/pt": "dev",
    "web-abruzzo24ore/it": "dev",
    "web-contromano24/it": "dev",
    "web-grostein/it": "dev",
    "web-matteogrimaldi/it": "dev",
    "web-rco/pt": "dev",
    "web-huffingtonpostit/it": "test",
    "web-lafinesoltanto/it": "test",
    "web-paraibafeminina/pt": "test",
    "web-veja/pt": "test",
}


def test_parts_csv_keeps_pages56s_ten_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
