"""Branch pages63's web-page units (session 41, issue 11): what the recipe puts in place of the
initials, the recruiter's office and the firm the quoted mails carry, and where the split pinned
the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, or a few words
around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # an age-discrimination site's readers keep only their initials and the sender's
    (
        "web-altersdiskriminierung/de",
        "de",
        "Sehr geehrter Herr L.\nZur",
        "Sehr geehrter Herr {surname}\nZur",
    ),
    (
        "web-altersdiskriminierung/de",
        "de",
        "Freundliche Grüsse\nS.Z.\nOffice Zürich\n",
        "Freundliche Grüsse\n{person}\n{company}\n",
    ),
    (
        "web-altersdiskriminierung/de",
        "de",
        "Sehr geehrter Herr K.,\nohne",
        "Sehr geehrter Herr {surname},\nohne",
    ),
    (
        "web-altersdiskriminierung/de",
        "de",
        "Mit freundlichen Grüssen | Kind regards\n\nS. H.\n",
        "Mit freundlichen Grüssen | Kind regards\n\n{person}\n",
    ),
    (
        "web-altersdiskriminierung/de",
        "de",
        "Sehr geehrter Herr A.,\nvielen",
        "Sehr geehrter Herr {surname},\nvielen",
    ),
    # a clinic's name in the paper's translation
    (
        "web-tvanouvelles/fr",
        "fr",
        "les carrières chez Mantality Health. Malheureusement",
        "les carrières chez {company}. Malheureusement",
    ),
    # the decision sentences and the look-alikes' own words: nothing to put in
    (
        "web-altersdiskriminierung/de",
        "de",
        "kann ich Ihre Bewerbung leider nicht berücksichtigen.",
        "kann ich Ihre Bewerbung leider nicht berücksichtigen.",
    ),
    (
        "web-altersdiskriminierung/de",
        "de",
        "nicht bei uns ins Anforderungsprofil passen, tut mir leid.",
        "nicht bei uns ins Anforderungsprofil passen, tut mir leid.",
    ),
    (
        "web-altersdiskriminierung/de",
        "de",
        "Wann hätten Sie denn Zeit mal nach Stuttgart zu kommen?",
        "Wann hätten Sie denn Zeit mal nach Stuttgart zu kommen?",
    ),
    (
        "web-absence/de",
        "de",
        "Ihrer Bewerbung fehlen Teile und sie enthält ganz viele Schreibfehler.",
        "Ihrer Bewerbung fehlen Teile und sie enthält ganz viele Schreibfehler.",
    ),
    (
        "web-tvanouvelles/fr",
        "fr",
        "les candidats qui ont des noms ''ghetto'' suggestifs",
        "les candidats qui ont des noms ''ghetto'' suggestifs",
    ),
    ("web-francebleu/fr", "fr", "Dossier insuffisant au regard", "Dossier insuffisant au regard"),
    (
        "web-jobware/de",
        "de",
        "haben wir uns dazu entschlossen, die Stelle intern zu besetzen.",
        "haben wir uns dazu entschlossen, die Stelle intern zu besetzen.",
    ),
    ("web-destentor/nl", "nl", "Dit is die ‘kamper’", "Dit is die ‘kamper’"),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages63_quoted_initials_and_names_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-altersdiskriminierung/de": "dev",
    "web-destentor/nl": "dev",
    "web-francebleu/fr": "dev",
    "web-absence/de": "test",
    "web-jobware/de": "test",
    "web-tvanouvelles/fr": "test",
}


def test_parts_csv_keeps_pages63s_six_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
