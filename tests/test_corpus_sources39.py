"""Session 35's sources39 recipes (issue 11): their readers on our own wording in a stand-in
snapshot, and their units pinned where the split rule put them."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites31 import _blade_values  # noqa: E402
from corpuslib.sources_suites39 import (  # noqa: E402
    CAMBRIDGE,
    CAMBRIDGE_COMPANY,
    CAMBRIDGE_MAILS,
    MEGAPORTAL,
    MEGAPORTAL_MAILS,
    QUICKHR,
    QUICKHR_MAILABLE,
    _subject_call,
    cambridge,
    megaportal,
    quickhr,
)


def _write(root: Path, repo: str, path: str, text: str) -> None:
    target = root / repo.replace("/", "+") / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_subject_call_joins_literals_and_expressions() -> None:
    """A ``->subject(...)`` argument: single-quoted literals with PHP escapes read, joined by
    ``.`` to expressions looked up by their exact text; anything else raises."""
    value = _blade_values({"$this->a->title": "Clerk"})
    assert _subject_call("return $this->subject('It\\'s done')\n", value) == "It's done"
    mailable = "    return $this->subject('News - ' . $this->a->title)\n      ->view('x');\n"
    assert _subject_call(mailable, value) == "News - Clerk"
    with pytest.raises(ValueError):
        _subject_call("return $this->view('x');\n", value)
    with pytest.raises(ValueError):
        _subject_call("$this->subject(trim($x))\n", value)
    with pytest.raises(ValueError):
        _subject_call("$this->subject('a' . $this->b->c)\n", value)


def test_cambridge_fills_the_view_and_reads_the_subject(tmp_path: Path) -> None:
    for view, mailable, _ in CAMBRIDGE_MAILS:
        _write(
            tmp_path,
            CAMBRIDGE,
            f"resources/views/emails/{view}.blade.php",
            f"<html><head><title>t</title></head><body><p>{view}: {{{{ $data['user'] }}}}, "
            "{{ $data['jobPost'] }} ({{ $data['applicationDate'] }})</p></body></html>",
        )
        _write(tmp_path, CAMBRIDGE, f"app/Mail/{mailable}.php", f"->subject('{mailable} s')\n")
    specs = list(cambridge(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["rejection", "rejection", "moving_forward"]
    assert specs[0].subject == "ApplicationStatusRejected s"
    assert "application-rejected: Robin Berger, Junior Laravel Developer" in specs[0].text
    assert "<title>" not in (specs[0].html or "")
    assert specs[0].company == CAMBRIDGE_COMPANY and specs[2].company == "n/a"
    assert specs[1].role == "Graphic Designer"


def test_megaportal_shows_the_notes_only_where_there_are_some(tmp_path: Path) -> None:
    """The ``@if($application->admin_notes)`` block is resolved per mail; a view with another
    condition raises rather than guess."""
    for view, mailable, _, _ in MEGAPORTAL_MAILS:
        _write(
            tmp_path,
            MEGAPORTAL,
            f"resources/views/emails/{view}.blade.php",
            "<body><p>{{ $application->job->job_title }} by "
            "{{ $application->job->user->full_name }}</p>"
            "@if($application->admin_notes)<p>Note: {{ $application->admin_notes }}</p>@endif"
            "</body>",
        )
        _write(
            tmp_path,
            MEGAPORTAL,
            f"app/Mail/{mailable}.php",
            "return $this->subject('About - ' . $this->application->job->job_title)\n",
        )
    specs = list(megaportal(Snapshot(tmp_path)))
    assert [s.rejection for s in specs] == [True, True, False, False, False, False]
    assert "Note: We were looking for someone" in specs[0].text
    assert "Note:" not in specs[1].text
    assert specs[0].subject == f"About - {specs[0].role}"
    assert specs[0].company == "Shree Ganesh Logistics" and specs[4].company == "n/a"
    assert [s.noreply for s in specs] == [False] * 4 + [True] * 2
    _write(
        tmp_path,
        MEGAPORTAL,
        "resources/views/emails/job-rejected.blade.php",
        "<body>@if($job->featured)F@endif</body>",
    )
    with pytest.raises(ValueError):
        list(megaportal(Snapshot(tmp_path)))


def test_quickhr_takes_each_status_arm_of_the_subject(tmp_path: Path) -> None:
    _write(
        tmp_path,
        QUICKHR,
        QUICKHR_MAILABLE,
        "        $subject = $this->status === 'selected'\n"
        "            ? 'Yes for you'\n            : 'About your application';\n",
    )
    for status in ("rejected", "selected"):
        _write(
            tmp_path,
            QUICKHR,
            f"resources/views/emails/{status}.blade.php",
            f"<body><p>{status} {{{{ $candidateName }}}} / {{{{ $position }}}}</p></body>",
        )
    specs = list(quickhr(Snapshot(tmp_path)))
    assert [s.subject for s in specs] == ["About your application"] * 2 + ["Yes for you"]
    assert specs[0].text.startswith("rejected Robin Berger / Customer Support Associate")
    assert specs[1].company == "Orbitline Software" and specs[2].company == "n/a"
    assert specs[0].sender == ("Larkfield Analytics HR Team", "hr@larkfieldanalytics.com")


def test_units_are_pinned_where_the_split_rule_put_them() -> None:
    """Over the whole corpus (ext-s35's 394 units and these three): English rejections dev
    208, test 207 → megaportal's two (the largest unit, 6 mails) to test; then dev 208, test 209
    → cambridge's two to dev; then dev 210, test 209 → quickhr's two to test. Pinned so that
    adding sources never moves them."""
    with (BENCH / "corpuslib" / "parts.csv").open(newline="") as f:
        parts = {row[0]: row[1] for row in csv.reader(f)}
    assert parts["megaportal/en"] == "test"
    assert parts["cambridge/en"] == "dev"
    assert parts["quickhr/en"] == "test"
