"""Session 34's sources38 recipe (issue 11): its reader on our own wording in a stand-in
snapshot (the unit's pin is tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites38 import (  # noqa: E402
    LABS,
    LABS_DIR,
    LABS_EVENTS,
    LABS_MAILS,
    _front_matter,
    _handlebars,
    labs,
)


def _write(root: Path, repo: str, path: str, text: str) -> None:
    target = root / repo.replace("/", "+") / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _labs_snapshot(root: Path, body: str) -> Snapshot:
    for name in LABS_MAILS:
        _write(
            root,
            LABS,
            f"{LABS_DIR}/{name}.md",
            f'---\nto: "{{{{ student.email }}}}"\nsubject: "{name} & {{{{ event.name }}}}"\n---\n'
            + body,
        )
    return Snapshot(root)


def test_handlebars_escapes_double_braces_and_keeps_triple_ones_raw() -> None:
    """``{{ x }}`` HTML-escaped, ``{{{ x }}}`` as it is; a block or an unknown expression
    raises rather than render half a template."""
    values = {"a": "<b>'x'</b>", "tokenFor student": "t&k"}
    assert _handlebars("{{ a }}|{{{ a }}}|{{ tokenFor student }}", values) == (
        "&lt;b&gt;&#x27;x&#x27;&lt;/b&gt;|<b>'x'</b>|t&amp;k"
    )
    with pytest.raises(ValueError):
        _handlebars("{{#if a}}x{{/if}}", values)
    with pytest.raises(ValueError):
        _handlebars("{{ b }}", values)


def test_front_matter_splits_attributes_and_body() -> None:
    attrs, body = _front_matter('---\nto: "a@b"\nsubject: "S: x"\n---\n\nHi,\n')
    assert attrs == {"to": "a@b", "subject": "S: x"}
    assert body == "\nHi,\n"
    with pytest.raises(ValueError):
        _front_matter("Hi,\n")
    with pytest.raises(ValueError):
        _front_matter("---\nsubject: S\n---\nHi\n")


def test_labs_renders_the_student_mails(tmp_path: Path) -> None:
    """The file through Handlebars, then the front matter's subject (unescaped) and the body;
    two refusals (``not_a_job``) for two events, the other three ``other``."""
    snap = _labs_snapshot(tmp_path, "\nHi {{ student.givenName }},\n\n{{{ event.emailSignature }}}")
    specs = list(labs(snap))
    refused = [s for s in specs if s.category == "not_a_job"]
    assert len(refused) == 2 and len(specs) == 5
    assert {s.subject for s in refused} == {f"studentRejected & {e}" for e in LABS_EVENTS}
    assert all(s.text.startswith("Hi Robin,\n\nThanks,\nThe CodeDay Labs team") for s in specs)
    assert all(not s.rejection and s.sender == ("CodeDay Labs", "labs@codeday.org") for s in specs)
    snap = _labs_snapshot(tmp_path, "Hi {{ student.surname }}")
    with pytest.raises(ValueError):
        list(labs(snap))
