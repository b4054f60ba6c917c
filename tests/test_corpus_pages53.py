"""Session 40's pages53 units (issue 11): the names, roles and redactions of the quoted mails
become this variant's values, the pages' own words around them stay, and the units are pinned.

The pages' texts are not in the repository (docs/corpora.md, "Web pages"); these cases use
only the short stretches that ``EXAMPLES`` already holds as keys.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus_helpers import pinned_parts  # noqa: E402
from corpuslib.fill import OWNER, Fill, fill_for  # noqa: E402
from corpuslib.sources_pages import fill_page  # noqa: E402

SURNAME = OWNER[0].split()[-1]
FIRST = OWNER[0].split()[0]


def _fill(unit: str, lang: str) -> Fill:
    return fill_for(unit, "01-rejection", lang, 0)


@pytest.mark.parametrize(
    ("unit", "lang", "page", "expected"),
    [
        ("web-iguanaemvermelho/pt", "pt", "Ex.ma Sra Raquel Mourão\nEm", f"Sra {OWNER[0]}\nEm"),
        ("web-nadjahagen/de", "de", "Guten Tag Nadja,\n", f"Guten Tag {FIRST},\n"),
        ("web-letmypeoplecode/en", "en", "Hi Greg,\nWe", f"Hi {FIRST},\nWe"),
        ("web-universonline/en", "en", "Dear San,\n", f"Dear {FIRST},\n"),
        ("web-deut429/en", "en", "Dear Robert,\n", f"Dear {FIRST},\n"),
        ("web-deut429/en", "en", "Dear Mr. Heaton:\n", f"Dear Mr. {SURNAME}:\n"),
        ("web-jessbackus/en", "en", "Dear Jessica:\n", f"Dear {FIRST}:\n"),
    ],
)
def test_the_recipients_name_is_the_mailbox_owner(
    unit: str, lang: str, page: str, expected: str
) -> None:
    assert expected in fill_page(page, _fill(unit, lang))


@pytest.mark.parametrize(
    ("unit", "lang", "page", "template"),
    [
        (
            "web-iguanaemvermelho/pt",
            "pt",
            "Os meus cumprimentos pessoais,\nLuis Gomes\n",
            "Os meus cumprimentos pessoais,\n{person}\n",
        ),
        (
            "web-fernandafreitas/pt",
            "pt",
            "A ‘tal empresa’ muito se orgulha",
            "A {company} muito se orgulha",
        ),
        (
            "web-fernandafreitas/pt",
            "pt",
            "perfil desejado pela Revista P&%. Guardaremos",
            "perfil desejado pela {company}. Guardaremos",
        ),
        (
            "web-nadjahagen/de",
            "de",
            "keine Stelle bei Spreadshirt anbieten.",
            "keine Stelle bei {company} anbieten.",
        ),
        (
            "web-letmypeoplecode/en",
            "en",
            "interest in Mozilla and the time you’ve invested in applying for the Senior "
            "Developer Advocate, Add-ons opening.\n",
            "interest in {company} and the time you’ve invested in applying for the {role} "
            "opening.\n",
        ),
        (
            "web-letmypeoplecode/en",
            "en",
            "endeavors.\nMozilla Talent Acquisition Team\n",
            "endeavors.\n{company} Talent Acquisition Team\n",
        ),
        (
            "web-messengerpuppet/en",
            "en",
            "a new member to join the Autoblog team. Not only",
            "a new member to join the {company} team. Not only",
        ),
        (
            "web-messengerpuppet/en",
            "en",
            "AUTOBLOG: Thank you for your submission",
            "{company}: Thank you for your submission",
        ),
        (
            "web-universonline/en",
            "en",
            "your interest in company and the time taken",
            "your interest in {company} and the time taken",
        ),
        (
            "web-jessbackus/en",
            "en",
            "We wish you the best of luck,\n\nJeff Walker\n",
            "We wish you the best of luck,\n\n{person}\n",
        ),
    ],
)
def test_roles_companies_and_signers_take_the_variants_values(
    unit: str, lang: str, page: str, template: str
) -> None:
    f = _fill(unit, lang)
    assert fill_page(page, f) == template.format(role=f.role, company=f.company, person=f.person)


def test_the_universitys_own_bracket_keeps_its_name() -> None:
    """deut429's blogger put the university in brackets: it stays a name, not a placeholder."""
    f = _fill("web-deut429/en", "en")
    text = fill_page("application to the [University of Michigan] Ph.D. program", f)
    assert text == "application to the University of Michigan Ph.D. program"


def test_the_units_are_pinned_where_the_split_put_them() -> None:
    parts = pinned_parts()
    dev = ["controcopertina/it", "iguanaemvermelho/pt", "maisumpalimpsesto/pt"]
    dev += ["messengerpuppet/en", "universonline/en"]
    test = ["copingwithredundancy/en", "deut429/en", "elbareport/it", "fernandafreitas/pt"]
    test += ["jessbackus/en", "letmypeoplecode/en", "nadjahagen/de"]
    assert {u: parts.get(f"web-{u}") for u in dev + test} == {
        **{u: "dev" for u in dev},
        **{u: "test" for u in test},
    }
