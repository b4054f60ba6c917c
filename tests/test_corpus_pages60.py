"""Branch pages60's web-page units (session 41, issue 11): what the recipe puts in place of the
redactions, names and blanks the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
redaction mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a ruling's redaction of the claimant's name, as a law firm's report quotes it
    (
        "web-drbahr/de",
        "de",
        "Sehr geehrter Herr (...),\n\nvielen",
        "Sehr geehrter Herr {surname},\n\nvielen",
    ),
    # a blogger's pseudonym and his blank for the post
    ("web-remilalouz/fr", "fr", "Monsieur Lalouz,\n\nVous", "Monsieur {surname},\n\nVous"),
    (
        "web-remilalouz/fr",
        "fr",
        "Vous avez postulé à tel poste dans notre entreprise",
        "Vous avez postulé au poste de {role} dans notre entreprise",
    ),
    # quoted sentences with no name in them: nothing to put in
    (
        "web-ad/nl",
        "nl",
        "We hebben niet voor jou gekozen want",
        "We hebben niet voor jou gekozen want",
    ),
    (
        "web-omroepwest/nl",
        "nl",
        "kom je niet in aanmerking voor de functie.",
        "kom je niet in aanmerking voor de functie.",
    ),
    (
        "web-libe/fr",
        "fr",
        "Vous correspondez au profil.",
        "Vous correspondez au profil.",
    ),
    (
        "web-fiatjustitia/nl",
        "nl",
        "op zoek naar een iets jongere kandidaat",
        "op zoek naar een iets jongere kandidaat",
    ),
    (
        "web-yahoo/de",
        "de",
        "bei der weiteren Auswahl berücksichtigt werden zu können.",
        "bei der weiteren Auswahl berücksichtigt werden zu können.",
    ),
    (
        "web-actuchomage/fr",
        "fr",
        "votre candidature n'a pas été retenue.",
        "votre candidature n'a pas été retenue.",
    ),
    # the look-alikes' words stay words: a club's selection groups, a letting agent's tenant
    (
        "web-kevvriezenveen/nl",
        "nl",
        "niet veel nieuwe selectieleden nodig zijn.",
        "niet veel nieuwe selectieleden nodig zijn.",
    ),
    (
        "web-mensenrechten/nl",
        "nl",
        "liever een expat als huurder.",
        "liever een expat als huurder.",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages60_quoted_names_and_redactions_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-ad/nl": "dev",
    "web-drbahr/de": "dev",
    "web-libe/fr": "dev",
    "web-omroepwest/nl": "dev",
    "web-remilalouz/fr": "dev",
    "web-actuchomage/fr": "test",
    "web-fiatjustitia/nl": "test",
    "web-kevvriezenveen/nl": "test",
    "web-mensenrechten/nl": "test",
    "web-yahoo/de": "test",
}


def test_parts_csv_keeps_pages60s_ten_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
