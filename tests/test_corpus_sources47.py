"""Tests of sources47 (session 37, issue 11): the Apps Script, Markdown-draft and PHP-array
readers on made-up text, every recipe against the pinned repositories when the snapshot has
them (a skip otherwise), and where parts.csv put the nine units."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import real_snapshot as _real  # noqa: E402
from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites47 import (  # noqa: E402
    AKADEMIK,
    COMS,
    DJANGOCON,
    DSCUBED,
    HAARLEM,
    HAARLEM_COMMIT,
    HAARLEM_PATH,
    HRXPERT,
    HRXPERT_MAILS,
    LAPECO,
    SEAGL,
    SMF,
    _brackets,
    _build_view,
    _djangocon_draft,
    _gs_mail,
    _notification_mail,
    _php_sq,
    _smf_regards,
    _smf_template,
    akademik,
    coms,
    djangocon,
    dscubed,
    haarlem,
    hrxpert,
    lapeco,
    seagl,
    smf,
)


def test_build_view_reads_subject_and_view() -> None:
    """``build()``'s single-quoted subject (escapes read) and its ``->view``."""
    assert _build_view(
        "return $this\n    ->subject('It\\'s decided - X')\n    ->view('emails.applicant.no');"
    ) == ("It's decided - X", "emails.applicant.no")
    with pytest.raises(ValueError):
        _build_view("return $this->markdown('emails.x');")


def test_gs_mail_reads_an_apps_script_concatenation(tmp_path: Path) -> None:
    """Subject and ``+``-joined body of an Apps Script mail, CRLF read; the recipe fills the
    names and the leave's details; an unknown variable raises."""
    script = (
        'function f(a, candidateName) {\r\n  var subject = "Estado - No";\r\n'
        '  var body = "Hola " + candidateName + ",\\n\\n" +\r\n'
        '             "No sigues.\\n" +\r\n             "RRHH";\r\n\r\n'
        "  MailApp.sendEmail(a, subject, body);\r\n}"
    )
    subject, body = _gs_mail(script)
    assert subject == "Estado - No" and body.startswith('"Hola " + candidateName')
    for name, _, _ in HRXPERT_MAILS:
        _write(tmp_path, HRXPERT, name, script)
    specs = list(hrxpert(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["rejection", "rejection", "offer", "not_a_job", "other"]
    assert specs[0].text == "Hola Robin Berger,\n\nNo sigues.\nRRHH"
    assert specs[1].text.startswith("Hola Robin,")
    assert specs[0].company == "Expert IT Company Sdn Bhd" and specs[3].company == "n/a"
    _write(tmp_path, HRXPERT, "Leave_Reject.gs", script.replace("candidateName", "salary"))
    with pytest.raises(ValueError):
        list(hrxpert(Snapshot(tmp_path)))


def test_notification_mail_reads_a_line_and_an_html_string() -> None:
    """``toMail``'s subject and its one line, plain or an ``HtmlString`` whose ``<br><br>``
    breaks become paragraphs (whitespace folded, ``\\'`` read); no line raises."""
    html_line = (
        "return (new MailMessage)\n    ->subject('Cuenta rechazada.')\n    ->line(\n"
        "        new HtmlString('Uno dos.\n        <br><br>\n        It\\'s tres.'));"
    )
    assert _notification_mail(html_line) == ("Cuenta rechazada.", ["Uno dos.", "It's tres."])
    plain = "->subject('A')->line('Solo una.');"
    assert _notification_mail(plain) == ("A", ["Solo una."])
    with pytest.raises(ValueError):
        _notification_mail("->subject('A')->action('Ir', $url);")


def test_djangocon_draft_and_brackets() -> None:
    """A draft's ``## Subject:`` line and body, a handbook section's ``**Subject:**`` between
    rules; every ``[placeholder]`` filled, an unknown one raises."""
    draft = "---\nlayout: page\n---\n\n# T\n\n## Subject: Asunto\n\nHola [name],\n\nNo.\n"
    assert _djangocon_draft(draft, None) == ("Asunto", "Hola [name],\n\nNo.")
    handbook = (
        "# H\n\n## Mail uno\n\n**Subject:** Uno\n\n---\n\nHola.\n\n[firma]\n\n---\n\n## Otro\n"
    )
    assert _djangocon_draft(handbook, "Mail uno") == ("Uno", "Hola.\n\n[firma]")
    assert _brackets("Hola [a], ven a [b].", {"a": "Ana", "b": "Lima"}) == "Hola Ana, ven a Lima."
    with pytest.raises(KeyError):
        _brackets("[c]", {})


def test_smf_template_and_regards() -> None:
    """An SMF 2.0 ``$txt['emails']`` entry's subject and body (CRLF and ``\\'`` read), and
    ``regards_team`` around the forum's name; a missing template raises."""
    source = (
        "$txt['emails'] = array(\r\n\t'x_reject' => array(\r\n\t\t/*\r\n\t\t\t@description:\r\n"
        "\t\t*/\r\n\t\t'subject' => 'Nee',\r\n\t\t'body' => 'Hoi {USERNAME},\r\n\r\n"
        "Het is \\'nee\\'.\r\n\r\n{REGARDS}',\r\n\t),\r\n);"
    )
    assert _smf_template(source, "x_reject") == (
        "Nee",
        "Hoi {USERNAME},\n\nHet is 'nee'.\n\n{REGARDS}",
    )
    with pytest.raises(ValueError):
        _smf_template(source, "y_accept")
    index = (
        "$txt['regards_team'] = 'Groet,' . \"\\n\\n\" . 'Het ' . $context['forum_name'] . ' team.';"
    )
    assert _smf_regards(index, "F") == "Groet,\n\nHet F team."


def test_php_sq_and_haarlem_alert(tmp_path: Path) -> None:
    """The alert's subject and ``%s`` body from the language file, filled with the owner, one
    ``- title (url)`` line per vacancy and the vacancy bank; a changed body raises."""
    lang = (
        "<?php\n$language = array (\n"
        "  'haarlem_tangram:notify:new_vacancy:subject' => 'Nieuw: \\'vacatures\\'',\n"
        "  'haarlem_tangram:notify:new_vacancy:body' => 'Hoi %s,\n%s\nZie %s',\n);\n"
    )
    assert _php_sq(lang, "haarlem_tangram:notify:new_vacancy:subject") == "Nieuw: 'vacatures'"
    _write(tmp_path, HAARLEM, HAARLEM_PATH, lang)
    specs = list(haarlem(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["job_alert", "job_alert"]
    assert specs[1].text.startswith("Hoi Robin Berger,\n- Medewerker Burgerzaken (https://")
    assert specs[1].text.endswith("Zie https://intranet.haarlem.nl/vacaturebank")
    _write(tmp_path, HAARLEM, HAARLEM_PATH, lang.replace("Zie %s", "Zie"))
    with pytest.raises(ValueError):
        list(haarlem(Snapshot(tmp_path)))
    assert HAARLEM_COMMIT


@pytest.mark.parametrize(
    ("recipe", "repo", "categories", "rejections"),
    [
        (
            lapeco,
            LAPECO,
            ["acknowledgement", "moving_forward", "interview_invitation"]
            + ["rejection"] * 2
            + ["offer"],
            2,
        ),
        (hrxpert, HRXPERT, ["rejection"] * 2 + ["offer", "not_a_job", "other"], 2),
        (djangocon, DJANGOCON, ["not_a_job"] * 2 + ["other"] * 3, 0),
        (seagl, SEAGL, ["not_a_job", "other", "other"], 0),
        (coms, COMS, ["not_a_job"] * 4 + ["other"], 0),
        (dscubed, DSCUBED, ["not_a_job", "other", "other"], 0),
        (akademik, AKADEMIK, ["other", "not_a_job", "not_a_job", "other", "other"], 0),
        (smf, SMF, ["not_a_job"] * 4 + ["other", "other"], 0),
        (haarlem, HAARLEM, ["job_alert", "job_alert"], 0),
    ],
)
def test_recipes_on_the_real_snapshot(recipe, repo, categories, rejections) -> None:  # type: ignore[no-untyped-def]
    """Each recipe's labels and shape on the pinned sources: categories in order, the
    rejections' fields set, every placeholder filled, the owner greeted."""
    specs = list(recipe(_real(repo)))
    assert [s.category for s in specs] == categories
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == rejections
    assert all(s.company != "n/a" and s.stage == "application" for s in refusals)
    assert all(s.company == "n/a" for s in specs if not s.rejection)
    for s in specs:
        body = (s.subject or "") + (s.html or "") + s.text
        assert "{{" not in body and "@if" not in body and "%s" not in body
        assert "[name]" not in body and "20XX" not in body and "{name}" not in body
        # COMS's views, DjangoCon's volunteer confirmation and Laravel's "Hello!" greet
        # nobody by name; DjangoCon's grant refusal has "Dear name," as written.
        greets = ("Robin", "robin", "Dear name,", "Hello Volunteer,", "<h1>Hello!</h1>")
        assert any(g in body for g in greets) or s.unit == "coms/en"


def test_lapeco_refusal_with_and_without_notes() -> None:
    """The refusal's feedback box: the HR's notes, else the view's default sentence."""
    specs = list(lapeco(_real(LAPECO)))
    with_notes, without = specs[3], specs[4]
    assert "warehouse supervision" in with_notes.text
    assert "unable to provide individual feedback" in without.text
    assert "moving forward with your candidacy" in without.text
    assert with_notes.subject == "Application Rejected - Lapeco HRMS"


def test_sources47_units_are_pinned_where_the_split_rule_put_them() -> None:
    """The nine units in parts.csv, each where the first build's split rule put it."""
    text = (BENCH / "corpuslib" / "parts.csv").read_text(encoding="utf-8")
    parts = dict(csv.reader(line for line in text.splitlines() if not line.startswith("#")))
    dev = ("lapeco/en", "djangocon/en", "haarlem/nl", "akademik/en", "smf/nl")
    expected = dict.fromkeys(dev, "dev")
    expected |= dict.fromkeys(("hrxpert/en", "seagl/en", "coms/en", "dscubed/en"), "test")
    assert {unit: parts[unit] for unit in expected} == expected
