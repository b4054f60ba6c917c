"""Session 40's pages52 units (issue 11): the names, roles and redactions of the quoted mails
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


def test_the_hr_reply_names_our_company_and_sender_not_its_redactions() -> None:
    f = _fill("web-pbs/en", "en")
    text = fill_page(
        "forwarded to my attention as [V.P.] is away.\n"
        "Thank you for your interest in employment with [the employer].\n"
        "Thank you, [HR Manager]\n",
        f,
    )
    assert "[" not in text
    assert "as our Vice President is away" in text
    assert f"employment with {f.company}." in text
    assert text.endswith(f"Thank you, {f.person}\n")


@pytest.mark.parametrize(
    ("unit", "lang", "page", "expected"),
    [
        ("web-gesellschaftistkeintrost/de", "de", "Sehr geehrte Frau Jakobs,", f"Frau {SURNAME},"),
        ("web-rubykon/de", "de", "Sehr geehrter Herr Mustermann,", f"Herr {SURNAME},"),
        (
            "web-ecodibergamo/it",
            "it",
            "Buon giorno, signor Pinco Pallino, con",
            f"signor {SURNAME},",
        ),
        ("web-politicalive/it", "it", "Cara Angela, sottoporrò", f"Cara {FIRST}, sottoporrò"),
        ("web-paolomassa/en", "en", "Dear Paolo Massa,\nRoskilde", f"Dear {OWNER[0]},\nRoskilde"),
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
            "web-gesellschaftistkeintrost/de",
            "de",
            "für die Position „PR-Berater“ müssen wir\nFreundliche Grüße\nFräulein Vorzimmer",
            "für die Position „{role}“ müssen wir\nFreundliche Grüße\n{person}",
        ),
        (
            "web-huffingtonpost/es",
            "es",
            "para el puesto de responsable de comunicación digital. Tras",
            "para el puesto de {role}. Tras",
        ),
        (
            "web-blurduo/en",
            "en",
            "the interview at xxx for the Project Manager role.",
            "the interview at {company} for the {role} role.",
        ),
        (
            "web-politicalive/it",
            "it",
            "Cordiali saluti. XXX\nCordialmente, XXX caporedattore",
            "Cordiali saluti. {person}\nCordialmente, {person} caporedattore",
        ),
    ],
)
def test_roles_companies_and_signers_take_the_variants_values(
    unit: str, lang: str, page: str, template: str
) -> None:
    f = _fill(unit, lang)
    assert fill_page(page, f) == template.format(role=f.role, company=f.company, person=f.person)


def test_the_units_are_pinned_where_the_split_put_them() -> None:
    parts = pinned_parts()
    dev = ["adweek/en", "ecodibergamo/it", "gesellschaftistkeintrost/de", "huffingtonpost/es"]
    dev += ["pbs/en", "tnh1/pt", "torial/de"]
    test = ["blurduo/en", "cariocasemcuritiba/pt", "mariposasdecris/es", "paolomassa/en"]
    test += ["politicalive/it", "rubykon/de", "tempdiaries/en"]
    assert {u: parts.get(f"web-{u}") for u in dev + test} == {
        **{u: "dev" for u in dev},
        **{u: "test" for u in test},
    }
