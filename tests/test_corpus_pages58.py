"""Branch pages58's web-page units (session 41, issue 11): what the recipe puts in place of the
names, titles and redactions the quoted mails carry, and where the split pinned the units.

No page text is committed (docs/corpora.md, "Web pages"): each case below is only a stretch
that ``EXAMPLES`` in bench/corpuslib/sources_pages.py already holds as a key, a page's own
redaction mark, or a few words around one.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a recruiter's one-line message: the greeting's first name and the role it names
    ("web-jpribner/en", "en", "Hello John. Thank you", "Hello {first}. Thank you"),
    ("web-jpribner/en", "en", "about the Content Manager role.", "about the {role} role."),
    # the blogger's own redactions are placeholders: the owner and the firm
    ("web-ordehi/en", "en", "Hello [CANDIDATE],", "Hello {owner},"),
    ("web-ordehi/en", "en", "your interest in [COMPANY].", "your interest in {company}."),
    # a radio network's short no: the role and the signer; the programme stays a word
    (
        "web-tobetomars/en",
        "en",
        "in the supervising producer position with All Things Considered.",
        "in the {role} position with All Things Considered.",
    ),
    ("web-tobetomars/en", "en", "Cheyrl Imelda Hampton\nDirector", "{person}\nDirector"),
    # a blanked-out surname on a paper letter
    ("web-randommarz/en", "en", "Dear Ms. _____________,\nThis", "Dear Ms. {surname},\nThis"),
    # the look-alikes' own names stay words: a programme, a publisher, a senate department
    (
        "web-raviformative/en",
        "en",
        "Thanks for applying to Y Combinator.",
        "Thanks for applying to Y Combinator.",
    ),
    ("web-poesieundchaos/de", "de", "Lieber Herr Brunner,\nhaben", "Lieber Herr {surname},\nhaben"),
    # the blogger's cut "[…]" reads as a placeholder the recipe cannot fill: its word stays
    ("web-poesieundchaos/de", "de", "Ratgeber […] zu verfassen", "Ratgeber … zu verfassen"),
    (
        "web-dschungelanderswelt/de",
        "de",
        "Sehr geehrter Herr Herbst,\n\nleider",
        "Sehr geehrter Herr {surname},\n\nleider",
    ),
    (
        "web-dschungelanderswelt/de",
        "de",
        "Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt",
        "Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt",
    ),
    # quoted sentences with no name in them: nothing to put in
    (
        "web-canardbleu/de",
        "de",
        "für Ihr Probearbeiten in unserer Kanzlei bedanken.",
        "für Ihr Probearbeiten in unserer Kanzlei bedanken.",
    ),
    (
        "web-dontmincewords/en",
        "en",
        "we do not have any available positions",
        "we do not have any available positions",
    ),
    (
        "web-loveshack/en",
        "en",
        "it is unfortunately no longer a fit.",
        "it is unfortunately no longer a fit.",
    ),
    (
        "web-lukas/de",
        "de",
        "Das Auswahlverfahren ist mittlerweile abgeschlossen.",
        "Das Auswahlverfahren ist mittlerweile abgeschlossen.",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_pages58_quoted_names_and_redactions_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-canardbleu/de": "dev",
    "web-dontmincewords/en": "dev",
    "web-jpribner/en": "dev",
    "web-ordehi/en": "dev",
    "web-randommarz/en": "dev",
    "web-raviformative/en": "dev",
    "web-tobetomars/en": "dev",
    "web-dschungelanderswelt/de": "test",
    "web-poesieundchaos/de": "test",
    "web-loveshack/en": "test",
    "web-lukas/de": "test",
}


def test_parts_csv_keeps_pages58s_eleven_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
