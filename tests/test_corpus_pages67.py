"""Branch pages67's web-page units (session 41, issue 11): what the recipe puts in place of the
names, roles, employers and masks the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
redaction mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a UK academic's reply: the blogger's pen name for the reader, the signer's first name
    ("web-phdblue/en", "en", "Dear Articulate,\nI was", "Dear {first},\nI was"),
    ("web-phdblue/en", "en", "\nBest wishes, Jocelyn\n", "\nBest wishes, {person}\n"),
    # a UK firm's no: the reader, and the blogger's blanks for the employer (three times)
    ("web-gregallman/en", "en", "Dear Greg\n\nThank", "Dear {first}\n\nThank"),
    (
        "web-gregallman/en",
        "en",
        "your interest in _________________, UK. At _____________ we believe",
        "your interest in {company}, UK. At {company} we believe",
    ),
    (
        "web-gregallman/en",
        "en",
        "your interest in _________________.\n",
        "your interest in {company}.\n",
    ),
    # an internal hire after an interview: the misspelt name, the blanks for role and employer;
    # the blanks for the level and the kind of roles stay as the page shows them
    ("web-itsladyblogga/en", "en", "Hey Tameka,\nThank", "Hey {first},\nThank"),
    (
        "web-itsladyblogga/en",
        "en",
        "an internal candidate for the ____________ position.",
        "an internal candidate for the {role} position.",
    ),
    (
        "web-itsladyblogga/en",
        "en",
        "interest in _____________, and wish",
        "interest in {company}, and wish",
    ),
    (
        "web-itsladyblogga/en",
        "en",
        "the role is _________-level, and",
        "the role is _________-level, and",
    ),
    # a blogging job's no: the role, the blogger's "####" for the firm and the signer
    (
        "web-notsoliteral/en",
        "en",
        "applying for the Professional Blogger position.",
        "applying for the {role} position.",
    ),
    ("web-notsoliteral/en", "en", "make #### #### #### a success", "make {company} a success"),
    ("web-notsoliteral/en", "en", "join the #### #### #### network", "join the {company} network"),
    ("web-notsoliteral/en", "en", "endeavors.\n\n\n### ####\n", "endeavors.\n\n\n{person}\n"),
    ("web-notsoliteral/en", "en", "now live at URL.", "now live at URL."),
    # the blogger's "xxxxxxx" for the employer
    (
        "web-laughingstalk/en",
        "en",
        "your information to xxxxxxx. We",
        "your information to {company}. We",
    ),
    # quoted sentences with no name in them: nothing to put in
    (
        "web-theunemployedblog/en",
        "en",
        "Unfortunately this role has been closed and we won’t be able to proceed",
        "Unfortunately this role has been closed and we won’t be able to proceed",
    ),
    (
        "web-reesesworldblog/en",
        "en",
        "Thank you for applying for the position.... We",
        "Thank you for applying for the position.... We",
    ),
    (
        "web-dlmba/en",
        "en",
        "unable to offer you a place on our PhD programme.",
        "unable to offer you a place on our PhD programme.",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages67_quoted_names_and_masks_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-gregallman/en": "dev",
    "web-laughingstalk/en": "dev",
    "web-phdblue/en": "dev",
    "web-theunemployedblog/en": "dev",
    "web-dlmba/en": "test",
    "web-itsladyblogga/en": "test",
    "web-notsoliteral/en": "test",
    "web-reesesworldblog/en": "test",
}


def test_parts_csv_keeps_pages67s_eight_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
