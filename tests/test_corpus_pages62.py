"""Branch pages62's web-page units (session 41, issue 11): what the recipe puts in place of the
names the quoted Spanish, Italian and Portuguese messages carry, what it leaves as the pages
show it, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, or a few words
around one or of a quoted message.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a hotel owner's SMS after the deal was made: the recipient's first name
    (
        "web-milanotoday/it",
        "it",
        "Mi dispiace Paolo ma non posso",
        "Mi dispiace {first} ma non posso",
    ),
    # an employer's WhatsApp ending a contract in the trial period: the recipient's first name
    ("web-infobae/es", "es", "Buenas tardes, Sara. Ha habido", "Buenas tardes, {first}. Ha habido"),
    # a shop owner's chat and an agency's mail: no name in them, the clients' brands stay words
    (
        "web-quotidianocanavese/it",
        "it",
        "permettimi di non affidare la cassa di un negozio",
        "permettimi di non affidare la cassa di un negozio",
    ),
    (
        "web-elcomercio/es",
        "es",
        "las cuentas en las que trabajará son Carglass y Coca-Cola…",
        "las cuentas en las que trabajará son Carglass y Coca-Cola…",
    ),
    # a firm's keep-on-file close, quoted after the paper's paraphrase of the decision
    (
        "web-elimparcial/es",
        "es",
        "Por el momento, agradecemos tu interés y guardamos tu contacto",
        "Por el momento, agradecemos tu interés y guardamos tu contacto",
    ),
    # a shop's Instagram replies, the rental refusal, the internal mail: the messages' own words
    ("web-blogdoboa/pt", "pt", "Você não é para o cargo.", "Você não é para o cargo."),
    ("web-elpatagonico/es", "es", "No arriendo argentinos", "No arriendo argentinos"),
    ("web-corriere/it", "it", "una da Palermo", "una da Palermo"),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages62_quoted_names_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-corriere/it": "dev",
    "web-elimparcial/es": "dev",
    "web-milanotoday/it": "dev",
    "web-blogdoboa/pt": "test",
    "web-elcomercio/es": "test",
    "web-elpatagonico/es": "test",
    "web-infobae/es": "test",
    "web-quotidianocanavese/it": "test",
}


def test_parts_csv_keeps_pages62s_eight_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
