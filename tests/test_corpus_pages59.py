"""Branch pages59's web-page units (session 41, issue 11): what the recipe puts in place of the
names, titles and redactions the quoted Portuguese, Spanish and Italian mails carry, and where
the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
redaction mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a small firm's no to a spontaneous CV: the recipient's first name and the firm's signature
    ("web-priferri/pt", "pt", "Prezada Priscila,\nmuito", "Prezada {first},\nmuito"),
    ("web-priferri/pt", "pt", "Obrigado\nOceano\n", "Obrigado\n{company}\n"),
    # the blogger's "(…)" for the position is the role; "Gentile amico" is the mail's own
    (
        "web-postpank/it",
        "it",
        "Gentile amico,\ngrazie per l’interesse che hai dimostrato candidandoti alla posizione di (…).",
        "Gentile amico,\ngrazie per l’interesse che hai dimostrato candidandoti alla posizione di {role}.",
    ),
    # a car dealer's WhatsApp no: the recipient's first name; the slogan and slang stay words
    ("web-eltoston/es", "es", "María, hola. Disculpame", "{first}, hola. Disculpame"),
    ("web-eltoston/es", "es", "Vi tu estado ‘Ni una menos’", "Vi tu estado ‘Ni una menos’"),
    # a shop's no: the blogger's masked name is the owner, the post named is the role
    ("web-dantenesu/es", "es", "Estimado/a ********,\n\nNos", "Estimado/a {owner},\n\nNos"),
    (
        "web-dantenesu/es",
        "es",
        "candidatura para el puesto Dependiente.",
        "candidatura para el puesto {role}.",
    ),
    # the look-alikes: a landlord's chat (the tenant's first name), a scholarship programme's
    # mails (the blogger's "XXXX" for the application number stays, so do the programme's
    # names), a landlady's message
    ("web-marca/es", "es", "Nuria, una de las condiciones", "{first}, una de las condiciones"),
    (
        "web-derepenteaustralia/pt",
        "pt",
        "A sua candidatura Nº XXXX foi homologada",
        "A sua candidatura Nº XXXX foi homologada",
    ),
    (
        "web-derepenteaustralia/pt",
        "pt",
        "a CAPES viabilizará a transferência de sua candidatura",
        "a CAPES viabilizará a transferência de sua candidatura",
    ),
    (
        "web-italiasera/it",
        "it",
        "soprassediamo alla sua richiesta di essere una mia inquilina",
        "soprassediamo alla sua richiesta di essere una mia inquilina",
    ),
    # quoted sentences with no name in them: nothing to put in
    (
        "web-voce/it",
        "it",
        "Grazie ma cerchiamo personale di sesso maschile",
        "Grazie ma cerchiamo personale di sesso maschile",
    ),
    (
        "web-finalmentesouumgajodesempregado/pt",
        "pt",
        "a sua candidatura não foi a escolhida.",
        "a sua candidatura não foi a escolhida.",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages59_quoted_names_and_redactions_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-derepenteaustralia/pt": "dev",
    "web-finalmentesouumgajodesempregado/pt": "dev",
    "web-priferri/pt": "dev",
    "web-voce/it": "dev",
    "web-dantenesu/es": "test",
    "web-eltoston/es": "test",
    "web-italiasera/it": "test",
    "web-marca/es": "test",
    "web-postpank/it": "test",
}


def test_parts_csv_keeps_pages59s_nine_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
