"""Session 34's sources38 recipe (issue 11): its reader on our own wording in a stand-in
snapshot (the unit's pin is tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites38 import (  # noqa: E402
    LABS,
    LABS_DIR,
    LABS_EVENTS,
    LABS_MAILS,
    PP,
    PP_FOOTER_PATH,
    PP_MAILS,
    PP_MODELS_PATH,
    PP_SETTINGS_PATH,
    TQ,
    TQ_DIR,
    TQ_MAILS,
    TQ_SETTINGS_PATH,
    _front_matter,
    _handlebars,
    _pp_setting,
    _tq_fill,
    labs,
    ppcomp,
    tq,
)


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


def _pp_snapshot(root: Path, results: str) -> Snapshot:
    _write(
        root,
        PP,
        PP_SETTINGS_PATH,
        "ACCOUNT_EMAIL_SUBJECT_PREFIX = \"[PP]\"\nDEFAULT_FROM_EMAIL = 'web@pp.test'\n",
    )
    _write(
        root,
        PP,
        PP_MODELS_PATH,
        "C = (\n    ('INT', 'Middle'),\n    ('SMP', 'Semi'),\n    ('ADV', 'Top'),\n    ('DOU', 'Pairs'),\n)\n",
    )
    _write(root, PP, PP_FOOTER_PATH, "-- footer")
    for path, _, _, _, _ in PP_MAILS:
        _write(root, PP, path, results)
    return Snapshot(root)


def test_pp_setting_reads_quoted_strings_only() -> None:
    assert _pp_setting("A = 'x'\nB = env('B')\n", "A") == "x"
    with pytest.raises(ValueError):
        _pp_setting("A = 'x'\nB = env('B')\n", "B")


def test_ppcomp_resolves_the_branch_and_includes_the_footer(tmp_path: Path) -> None:
    """The if/else resolved per mail (the refusal is the else), the footer included, the
    category's display name from the model's choices, the prefixed subject."""
    results = (
        "Y{{ entry.entry_year }} {{ category }}\n{% if entry.status == 'selected' %}\nIn "
        "{{ host }}/{{ entry.entry_ref }}\n{% else %}\nOut\n{% endif %}\n"
        '{% include "account/email/footer.txt" %}\n'
    )
    specs = list(ppcomp(_pp_snapshot(tmp_path, results)))
    assert [s.category for s in specs] == ["not_a_job", "not_a_job", "other", "other"]
    assert specs[0].text == "Y2020 Middle\n\nOut\n\n-- footer\n"
    assert specs[1].text.startswith("Y2020 Semi\n")
    assert "In https://www.poleperformance.co.uk/PP2020-" in specs[2].text
    assert specs[0].subject == "[PP] Semi-final results"
    assert specs[3].subject == "[PP] Entry submitted"
    assert all(s.sender == ("Pole Performance", "web@pp.test") for s in specs)
    assert all(s.reply_to and not s.rejection for s in specs)
    snap = _pp_snapshot(
        tmp_path, "{{ entry.status }}\n" + '{% include "account/email/footer.txt" %}'
    )
    with pytest.raises(ValueError):
        list(ppcomp(snap))
    snap = _pp_snapshot(tmp_path, "no footer")
    with pytest.raises(ValueError):
        list(ppcomp(snap))


def test_tq_fill_escapes_unless_safe_and_refuses_tags() -> None:
    """``{{ x }}`` HTML-escaped, ``{{ x|safe }}`` as it is; a tag, another filter or an
    unknown name raises."""
    values = {"a": "R&D", "b": "<i>"}
    assert _tq_fill("{{a}} {{ b|safe }} {{ b }}", values) == "R&amp;D <i> &lt;i&gt;"
    for bad in ("{% if a %}x{% endif %}", "{{ a|upper }}", "{{ c }}"):
        with pytest.raises(ValueError):
            _tq_fill(bad, values)


def test_tq_renders_each_template_with_the_course_info(tmp_path: Path) -> None:
    """Each template filled from the course (its info joined line by line), the reply-to
    from the settings; refusals and the waiting list ``not_a_job``, the receipt ``other``."""
    _write(tmp_path, TQ, TQ_SETTINGS_PATH, 'EMAIL_ADDRESS_COURSE_SUBSCRIPTIONS = "a@tq.test"\n')
    for name in TQ_MAILS:
        _write(
            tmp_path,
            TQ,
            f"{TQ_DIR}/{name}.txt",
            "Hallo {{first_name}}\n" + name + "\n{{course_info|safe}}\n{{ course_url }}\n",
        )
    specs = list(tq(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["not_a_job"] * 5 + ["other"]
    lines = specs[0].text.splitlines()
    assert lines[:3] == ["Hallo Robin", "rejection_overbooked", "Salsa Cubana Level 1"]
    assert lines[-1] == "https://tanzquotient.org/de/courses/301/"
    assert specs[0].subject == "Deine Kursanmeldung: Salsa Cubana Level 1"
    assert all(s.reply_to == "a@tq.test" and not s.rejection for s in specs)
    _write(tmp_path, TQ, f"{TQ_DIR}/rejection_overbooked.txt", "{{ payment_url }}")
    with pytest.raises(ValueError):
        list(tq(Snapshot(tmp_path)))
