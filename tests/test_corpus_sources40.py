"""Session 35's sources40 recipe (issue 11): its reader on our own wording in a stand-in
snapshot (the units' pins are tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites40 import (  # noqa: E402
    CARDEX,
    CARDEX_MAILS,
    CARDEX_PATH,
    CT,
    CT_MAILS,
    CT_SESSIONS,
    CT_VOLUNTEERS,
    ONBORD,
    ONBORD_PATH,
    _cardex_templates,
    _ct_templates,
    _fill_vars,
    _md_html,
    _md_text,
    _onbord_templates,
    cardex,
    cheftreff,
    onbord,
)

COLUMNS = "(key, locale, version, subject, body_md, description, active)"


def _row(key: str, locale: str, subject: str, body: str) -> str:
    return f"  ('{key}', '{locale}', 1, '{subject}',\n   E'{body}',\n   'note', true)"


def _select_insert(rows: list[str]) -> str:
    """The session migration's form: ``select ... from (values ...) as v(...) where not
    exists``."""
    return (
        f"set search_path = public;\ninsert into mail_template {COLUMNS}\n"
        "select v.key, v.locale, v.version, v.subject, v.body_md, v.description, v.active\n"
        "from (values\n" + ",\n".join(rows) + "\n) as v(key, locale, version, subject, body_md, "
        "description, active)\nwhere not exists (select 1 from mail_template t);\n"
        "create function f() returns void as $$ select 1 $$;\n"
    )


def _values_insert(rows: list[str]) -> str:
    """The volunteer migration's form: ``values ... on conflict (key, locale) do nothing``."""
    return (
        f"insert into mail_template {COLUMNS} values\n"
        + ",\n".join(rows)
        + "\non conflict (key, locale) do nothing;\n"
    )


def test_ct_templates_reads_both_insert_forms_and_keeps_the_first_row() -> None:
    """Both statement forms; ``E'...'`` escapes and doubled quotes resolved; a key seeded twice
    keeps its first row (``do nothing`` / ``where not exists``); no statement raises."""
    rows = [
        _row("a", "de", "Absage: {{x}}", "Hallo,\\n\\nes ist ''schade''."),
        _row("a", "en", "No: {{x}}", "Hi"),
        _row("a", "de", "Second", "ignored"),
    ]
    for source in (_select_insert(rows), _values_insert(rows)):
        found = _ct_templates(source)
        assert found == {
            ("a", "de"): ("Absage: {{x}}", "Hallo,\n\nes ist 'schade'."),
            ("a", "en"): ("No: {{x}}", "Hi"),
        }
    with pytest.raises(ValueError):
        _ct_templates("select 1;")
    with pytest.raises(ValueError):
        _ct_templates(_values_insert(["  ('a', 'de', 1, 'S')"]))


def test_fill_and_markdown_as_the_mail_queue_renders() -> None:
    """``{{name}}`` filled (an unknown name raises); the text part drops bold markers and
    writes links as "label: url"; the HTML part escapes, bolds, links, lists and joins lines."""
    assert _fill_vars("Hi {{ first_name }}, {{x}}", {"first_name": "Robin", "x": "A&B"}) == (
        "Hi Robin, A&B"
    )
    with pytest.raises(ValueError):
        _fill_vars("{{missing}}", {})
    md = "Hallo,\n\nfür **A & B** kein Platz.\n\n- eins\n- zwei\n\n[Programm](https://p.test/x)"
    assert _md_text(md) == (
        "Hallo,\n\nfür A & B kein Platz.\n\n- eins\n- zwei\n\nProgramm: https://p.test/x"
    )
    html = _md_html(md)
    assert "<strong>A &amp; B</strong>" in html
    assert "<li>eins</li><li>zwei</li>" in html
    assert '<a href="https://p.test/x" style="color:#5B5BD9">Programm</a>' in html
    assert _md_html("a\nb") == '<p style="margin:0 0 16px">a<br />b</p>'


def _snapshot(root: Path) -> Snapshot:
    sessions = []
    volunteers = []
    for key in CT_MAILS:
        for lang in ("de", "en"):
            row = _row(
                key, lang, f"{key} {{{{session_title}}}}", f"Hallo {{{{first_name}}}}\\n\\n{key}"
            )
            (sessions if key.startswith(("application", "registration")) else volunteers).append(
                row
            )
    for (path, _), text in (
        (CT_SESSIONS, _select_insert(sessions)),
        (CT_VOLUNTEERS, _values_insert(volunteers)),
    ):
        target = root / CT.replace("/", "+") / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return Snapshot(root)


def test_cheftreff_renders_every_mail_in_both_languages(tmp_path: Path) -> None:
    """Eleven mails per language: the session refusal and the volunteer refusal twice each and
    the waiting list ``not_a_job``, the rest ``other``; none a rejection; text and HTML parts."""
    specs = list(cheftreff(_snapshot(tmp_path)))
    assert [s.unit for s in specs] == ["cheftreff/de"] * 11 + ["cheftreff/en"] * 11
    refused = [s for s in specs if s.category == "not_a_job"]
    assert len(refused) == 10 and not any(s.rejection for s in specs)
    assert specs[0].subject == "application_received Masterclass: Verhandeln mit Einkäufern"
    assert specs[0].text == "Hallo Robin\n\napplication_received\n"
    assert specs[0].html and "<title>" in specs[0].html and specs[0].fmt == "html"
    assert specs[11].subject.startswith("application_received Masterclass: Negotiating")
    assert all(s.sender == ("ChefTreff", "noreply@chef-treff.de") for s in specs)
    volunteer = [s for s in specs if "volunteers" in s.url]
    assert len(volunteer) == 10


def _go_table(rows: list[str]) -> str:
    return (
        "package inbox\n\nvar systemTemplates = []systemTemplate{\n\t// a\n"
        + "".join(f"\t{{{r}}},\n" for r in rows)
        + "}\n\nfunc f() {}\n"
    )


def test_cardex_templates_reads_the_go_table() -> None:
    """Each row's four Go strings unescaped, keyed by name and lower-case language; a row with
    another value or another count raises, as does a file without the table."""
    table = _go_table(
        ['"rejection", "NL", "Over de {{make}}", "Beste {{name}},\\n\\n\\"Helaas\\"."']
    )
    assert _cardex_templates(table) == {
        ("rejection", "nl"): ("Over de {{make}}", 'Beste {{name}},\n\n"Helaas".')
    }
    for bad in ('"a", "NL", "s"', '"a", "NL", "s", body'):
        with pytest.raises(ValueError):
            _cardex_templates(_go_table([bad]))
    with pytest.raises(ValueError):
        _cardex_templates("package inbox\n")


def test_cardex_fills_every_placeholder_in_german_and_dutch(tmp_path: Path) -> None:
    """Six mails per language, the sold car twice (``not_a_job``), none a rejection; every
    ``{{placeholder}}`` filled, one the table does not know raises."""
    rows = [
        f'"{name}", "{lang}", "{name} {{{{make}}}}", "{{{{name}}}} {{{{model}}}} {{{{price}}}}"'
        for name in CARDEX_MAILS
        for lang in ("DE", "NL")
    ]
    target = tmp_path / CARDEX.replace("/", "+") / CARDEX_PATH
    target.parent.mkdir(parents=True)
    target.write_text(_go_table(rows), encoding="utf-8")
    specs = list(cardex(Snapshot(tmp_path)))
    assert [s.unit for s in specs] == ["cardex/de"] * 6 + ["cardex/nl"] * 6
    assert [s.category for s in specs[:6]] == ["other"] * 4 + ["not_a_job"] * 2
    assert specs[0].subject == "inquiry_ack Volkswagen"
    assert specs[0].text == "Robin Berger Golf Variant 18.900 €\n"
    assert specs[6].text.endswith("€ 18.900\n") and not any(s.rejection for s in specs)
    target.write_text(_go_table([r.replace("{{price}}", "{{vin}}") for r in rows]), "utf-8")
    with pytest.raises(ValueError):
        list(cardex(Snapshot(tmp_path)))


ONBORD_SOURCE = """export const EMAIL_TOKENS = {
  candidateFirstName: "{{candidate_first_name}}",
  jobTitle: "{{job_title}}",
  companyName: "{{company_name}}",
  recruiterFirstName: "{{recruiter_first_name}}",
};

const T = EMAIL_TOKENS;

export const EMAIL_TEMPLATES = {
  fr: {
    rejected: {
      label: "x",
      subject: `Non ${T.jobTitle}`,
      body: `Non`,
    },
  },

  nl: {
    selected: {
      label: "Ja",
      subject: `Ja ${T.companyName}`,
      body: `Hoi ${T.candidateFirstName},

ja.`,
    },
    rejected: {
      label: "Nee",
      subject: `Nee ${T.jobTitle}`,
      body: `Hoi ${T.candidateFirstName},
nee bij ${T.companyName}.

${T.recruiterFirstName}`,
    },
  },
};
"""


def test_onbord_templates_reads_one_language_and_its_tokens() -> None:
    """The language's block alone, ``${T.x}`` turned into its marker; an unknown token or a
    missing language raises."""
    found = _onbord_templates(ONBORD_SOURCE, "nl")
    assert found["rejected"] == (
        "Nee {{job_title}}",
        "Hoi {{candidate_first_name}},\nnee bij {{company_name}}.\n\n{{recruiter_first_name}}",
    )
    assert set(found) == {"selected", "rejected"}
    assert set(_onbord_templates(ONBORD_SOURCE, "fr")) == {"rejected"}
    with pytest.raises(ValueError):
        _onbord_templates(ONBORD_SOURCE, "de")
    with pytest.raises(ValueError):
        _onbord_templates(ONBORD_SOURCE.replace("${T.jobTitle}", "${T.salary}"), "nl")


def test_onbord_renders_the_dutch_drafts(tmp_path: Path) -> None:
    """The shortlisting once, the refusal twice (company and role the filled ones), text and
    the same with ``<br/>`` as HTML, reply-to the recruiter."""
    target = tmp_path / ONBORD.replace("/", "+") / ONBORD_PATH
    target.parent.mkdir(parents=True)
    target.write_text(ONBORD_SOURCE, encoding="utf-8")
    specs = list(onbord(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["moving_forward", "rejection", "rejection"]
    no = specs[1]
    assert no.rejection and no.company == "Van Hool Logistics" and no.role == "Planner transport"
    assert no.text == "Hoi Robin,\nnee bij Van Hool Logistics.\n\nPieter\n"
    assert no.html == "Hoi Robin,<br/>nee bij Van Hool Logistics.<br/><br/>Pieter"
    assert no.subject == "Nee Planner transport" and no.reply_to == "pieter.peeters@vanhool-log.be"
    assert specs[0].company == "n/a" and specs[0].sender == ("Onbord", "info@onbord.be")
