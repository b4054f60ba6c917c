"""Branch pages64's web-page units (session 41, issue 11): what the recipe puts in place of the
names, roles, employers and masks the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
redaction mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # the blogger's bracketed masks: the subject taught, the school district (three times)
    (
        "web-muedemaus/en",
        "en",
        "the position of [history/geography] at [local city] High School in [local city] ISD.",
        "the position of {role} at {company}.",
    ),
    ("web-muedemaus/en", "en", "considering [local city] ISD as", "considering {company} as"),
    ("web-muedemaus/en", "en", "interest in [local city] schools and", "interest in {company} and"),
    # a graduate scheme's no: the reader's first name, the blogger's "Mr A. Nogo" for the signer
    ("web-agraduatetaleofwoe/en", "en", "Dear Nicola\n\nThank", "Dear {first}\n\nThank"),
    (
        "web-agraduatetaleofwoe/en",
        "en",
        "Kind regards,\n\nMr A. Nogo.",
        "Kind regards,\n\n{person}",
    ),
    # a game studio's no: the reader and the role
    ("web-aftermath/en", "en", "Hi Stella,", "Hi {first},"),
    (
        "web-aftermath/en",
        "en",
        "applying to our Narrative Designer role.",
        "applying to our {role} role.",
    ),
    # the blogger's blank for the employer
    ("web-justanotherwannabehack/en", "en", "a role with _______.", "a role with {company}."),
    # the blogger's "[…]" cuts: the firm (three times) and the programme applied for
    (
        "web-insidehbs/en",
        "en",
        "an intern opportunity with […] We know",
        "an intern opportunity with {company}. We know",
    ),
    ("web-insidehbs/en", "en", "to consider […] when you", "to consider {company} when you"),
    (
        "web-insidehbs/en",
        "en",
        "your application for […] While we",
        "your application for {role}. While we",
    ),
    (
        "web-insidehbs/en",
        "en",
        "your interest in […] and I wish you",
        "your interest in {company} and I wish you",
    ),
    # a university press after an interview
    ("web-areyouzhazha/en", "en", "a job here at UGA.", "a job here at {company}."),
    # a film festival's no (a look-alike): the reader's first name; the signer's mask stays
    ("web-nightanddaysweatshops/en", "en", "Dear Lila,", "Dear {first},"),
    (
        "web-nightanddaysweatshops/en",
        "en",
        "\n\nFestival Programmer.\n",
        "\n\nFestival Programmer.\n",
    ),
    # the grant look-alike's "(name withheld)" stays words
    (
        "web-orenblack/en",
        "en",
        "Thank you for applying to (name withheld) for an Artist Development Grant.",
        "Thank you for applying to (name withheld) for an Artist Development Grant.",
    ),
    # quoted sentences with no name in them: nothing to put in
    (
        "web-thewilsonsindublin/en",
        "en",
        "we have decided not to proceed any further with your application.",
        "we have decided not to proceed any further with your application.",
    ),
    (
        "web-underemployedandoverjoyed/en",
        "en",
        "I can’t hire you for this internship.",
        "I can’t hire you for this internship.",
    ),
    (
        "web-allnurses/en",
        "en",
        "you have not been selected for further consideration.",
        "you have not been selected for further consideration.",
    ),
    (
        "web-decoybetty/en",
        "en",
        "Dear Candidate,\n\nFirstly,",
        "Dear Candidate,\n\nFirstly,",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages64_quoted_names_and_masks_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-allnurses/en": "dev",
    "web-decoybetty/en": "dev",
    "web-insidehbs/en": "dev",
    "web-muedemaus/en": "dev",
    "web-nightanddaysweatshops/en": "dev",
    "web-underemployedandoverjoyed/en": "dev",
    "web-aftermath/en": "test",
    "web-agraduatetaleofwoe/en": "test",
    "web-areyouzhazha/en": "test",
    "web-justanotherwannabehack/en": "test",
    "web-orenblack/en": "test",
    "web-thewilsonsindublin/en": "test",
}


def test_parts_csv_keeps_pages64s_twelve_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
