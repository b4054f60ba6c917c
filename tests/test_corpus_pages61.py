"""Branch pages61's web-page units (session 41, issue 11): what the recipe puts in place of the
names, roles, schools and redactions the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
redaction mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # the blogger's own parenthesised blanks: the reader, the role and the school
    ("web-oldfangled/en", "en", "Dear (me):", "Dear {first}:"),
    (
        "web-oldfangled/en",
        "en",
        "the Language Arts position at (school).",
        "the {role} position at {company}.",
    ),
    # a school's no after a taught lesson: the first name, the role, the bracketed school
    ("web-2momstobe/en", "en", "Dear Allison,", "Dear {first},"),
    (
        "web-2momstobe/en",
        "en",
        "we have filled the SK position with",
        "we have filled the {role} position with",
    ),
    ("web-2momstobe/en", "en", "here at [our school] as", "here at {company} as"),
    # a search committee's no names the post
    (
        "web-youngfemalescientist/en",
        "en",
        "for the position of assistant professor.",
        "for the position of {role}.",
    ),
    # a university and its open-rank faculty post
    (
        "web-scienceprofessor/en",
        "en",
        "We, at the University of Wisconsin, would like",
        "We, at {company}, would like",
    ),
    (
        "web-scienceprofessor/en",
        "en",
        "in the FACULTY-OPEN RANK position",
        "in the {role} position",
    ),
    # the blogger's "Albatross" masks: the post and the university; the signer
    ("web-newpostdoc/en", "en", "Dear New Postdoc,", "Dear {owner},"),
    (
        "web-newpostdoc/en",
        "en",
        "applying for the Postdoctoral Fellowship in Albatross Albatross and Albatross Research"
        " through the Department of Albatross at Albatross University.",
        "applying for the {role} at {company}.",
    ),
    (
        "web-newpostdoc/en",
        "en",
        "endeavors.\n\n\nAlbatross Albatross\n",
        "endeavors.\n\n\n{person}\n",
    ),
    # a research group that signs as itself
    (
        "web-extatosoma/en",
        "en",
        "employment with the UIC SEL Research Group.",
        "employment with {company}.",
    ),
    ("web-extatosoma/en", "en", "Sincerely,\nThe UIC SEL Research Group", "Sincerely,\n{company}"),
    # a holding note's masked reader, place and signer
    ("web-psychpostdoc/en", "en", "Hello Psych Post Doc,", "Hello {owner},"),
    (
        "web-psychpostdoc/en",
        "en",
        "the post-doctoral position at the really cool place that you'd like to work.",
        "the {role} position at {company}.",
    ),
    (
        "web-psychpostdoc/en",
        "en",
        "Best wishes,\nPerson Running the Search",
        "Best wishes,\n{person}",
    ),
    # quoted sentences with no name in them, and the look-alikes' own words: nothing to put in
    (
        "web-michaelgeczi/en",
        "en",
        "We’ve rehired a former associate of ours to take the position.",
        "We’ve rehired a former associate of ours to take the position.",
    ),
    (
        "web-rradar/en",
        "en",
        "we will not be taking your application further on this occasion.",
        "we will not be taking your application further on this occasion.",
    ),
    (
        "web-mejshasan/en",
        "en",
        "not sufficiently exact to offer you a postdoctoral appointment",
        "not sufficiently exact to offer you a postdoctoral appointment",
    ),
    (
        "web-justlikecooking/en",
        "en",
        "our America’s Science Idol workshop at the AAAS 2013 Annual Meeting.",
        "our America’s Science Idol workshop at the AAAS 2013 Annual Meeting.",
    ),
    ("web-cch/en", "en", "He must be old", "He must be old"),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages61_quoted_names_and_redactions_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-mejshasan/en": "dev",
    "web-newpostdoc/en": "dev",
    "web-psychpostdoc/en": "dev",
    "web-rradar/en": "dev",
    "web-youngfemalescientist/en": "dev",
    "web-2momstobe/en": "test",
    "web-cch/en": "test",
    "web-extatosoma/en": "test",
    "web-justlikecooking/en": "test",
    "web-michaelgeczi/en": "test",
    "web-oldfangled/en": "test",
    "web-scienceprofessor/en": "test",
}


def test_parts_csv_keeps_pages61s_twelve_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
