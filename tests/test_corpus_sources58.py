"""Session 40's sources58 recipe (issue 11): its PHP readers on our own wording in stand-in
text, a changed mailer stopping it, its labels and shape on the real snapshot (skipped where
it lacks the source), and the unit's pin."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import pinned_parts  # noqa: E402
from corpus_helpers import real_snapshot as _real  # noqa: E402
from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites58 import (  # noqa: E402
    GLOBALJOBS,
    GLOBALJOBS_CAUSE,
    GLOBALJOBS_MAILER_PATH,
    GLOBALJOBS_MAILS,
    RESURGO,
    RESURGO_MAILS,
    RESURGO_STEPS_PATH,
    _decision,
    _php_assign,
    _php_branch_of,
    _php_concat,
    _php_expr,
    _php_html,
    _php_interpolate,
    _resurgo_mail,
    _strip_tags,
    globaljobs,
    resurgo,
)


def test_php_interpolate_fills_braced_and_bare_variables() -> None:
    """``{$a['k']}`` and ``$name`` by their text; an unknown one raises."""
    text = "Bonjour {$c['prenom']}, statut $etat."
    assert _php_interpolate(text, {"c['prenom']": "Robin", "etat": "lu"}) == (
        "Bonjour Robin, statut lu."
    )
    with pytest.raises(ValueError):
        _php_interpolate(text, {"c['prenom']": "Robin"})


def test_php_assign_and_decision_branches() -> None:
    """The literal assigned after a branch's test, each branch its own; a missing branch
    raises."""
    source = (
        'if ($action === \'oui\') {\n    $subject = "Oui";\n    $body = "Bien reçu";\n'
        "} elseif ($action === 'non') {\n    $subject = \"Non\";\n"
        "    $body = \"Pas cette fois, {$c['prenom']}\";\n}\n"
    )
    assert _decision(source, "non") == ("Non", "Pas cette fois, {$c['prenom']}")
    assert _decision(source, "oui") == ("Oui", "Bien reçu")
    assert _php_assign(source, "subject") == "Oui"
    with pytest.raises(ValueError):
        _decision(source, "peut-être")


def test_php_concat_reads_literals_and_known_expressions() -> None:
    """Literals joined with expressions by their exact text; an unknown expression raises."""
    expr = "\"Offre \" . htmlspecialchars($o['t'] . ' ' . $o['n']) . \" refusée.\""
    values = {"htmlspecialchars($o['t'] . ' ' . $o['n'])": "A B"}
    assert _php_concat(expr, values) == "Offre A B refusée."
    with pytest.raises(ValueError):
        _php_concat(expr, {})


def test_strip_tags_and_htmlspecialchars_as_php() -> None:
    """Tags removed with whitespace and entities kept; quotes escaped as ENT_QUOTES does."""
    assert _strip_tags("Bonjour <b>Robin</b>,<br>\n  à bientôt") == "Bonjour Robin,\n  à bientôt"
    assert _php_html('l\'offre <b> & "x"') == "l&#039;offre &lt;b&gt; &amp; &quot;x&quot;"


def test_a_changed_mailer_stops_the_recipe(tmp_path: Path) -> None:
    """``sendMail`` without its ``strip_tags`` text part: the recipe raises."""
    _write(tmp_path, GLOBALJOBS, GLOBALJOBS_MAILER_PATH, "$mail->isHTML(true);\n")
    with pytest.raises(ValueError, match="sendMail changed"):
        list(globaljobs(Snapshot(tmp_path)))


def test_globaljobs_on_the_real_snapshot() -> None:
    """The pinned board: a receipt, two refusals that say so, an acceptance, and the admin's
    refusal and publication of a recruiter's offer (no application); every interpolation
    filled, the text part ``strip_tags`` of the HTML."""
    specs = list(globaljobs(_real(GLOBALJOBS)))
    assert [s.category for s in specs] == [c for _, c in GLOBALJOBS_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    for s in refusals:
        assert "votre candidature n'a pas été retenue" in s.text
        assert s.role in s.text and s.company == "n/a" and s.stage == "application"
    assert specs[3].subject == "Félicitations, votre candidature a été retenue !"
    look_alike = specs[4]
    assert "a été rejetée" in look_alike.text and "Motif du rejet" in look_alike.text
    assert "n&#039;est pas indiqué" in look_alike.text  # htmlspecialchars, kept by strip_tags
    assert GLOBALJOBS_CAUSE.split("'")[1] in look_alike.text
    for s in specs:
        assert "{$" not in (s.html or "") + s.subject and "$" not in s.text
        assert s.text == _strip_tags(s.html or "")
    for s in specs[:4]:
        assert s.text.startswith("Bonjour Robin Berger,")


def test_php_expr_and_branch_body() -> None:
    """Literals of both quotes and variables joined by dots; a branch's body from
    ``$mail->Body`` appends or from ``$message``; an unknown variable, an unreadable term or a
    body that is not one assignment and appends raises."""
    values = {"a": "Robin", "p": "Clerk"}
    assert _php_expr("'<p>Dear ' . $a . \",</p>\"", values) == "<p>Dear Robin,</p>"
    assert _php_expr('"<p>For $p.</p>"', values) == "<p>For Clerk.</p>"
    with pytest.raises(ValueError):
        _php_expr("'x' . $b", values)
    with pytest.raises(ValueError):
        _php_expr("'x' . strtoupper($a)", values)
    source = (
        "if (isset($_POST['no'])) {\n        $mail->Subject = 'Update';\n"
        "        $mail->Body = '<p>Dear ' . $a . '</p>';\n"
        "        $mail->Body .= '<p>Not this time.</p>';\n}\n"
        "if (isset($_POST['yes'])) {\n        $mail->Subject = 'Yes';\n"
        "        $message = '<p>Yes, ' . $a . '</p>';\n        $mail->Body = $message;\n}\n"
    )
    assert _resurgo_mail(_php_branch_of(source, "no"), values) == (
        "Update",
        "<p>Dear Robin</p><p>Not this time.</p>",
    )
    assert _resurgo_mail(_php_branch_of(source, "yes"), values) == ("Yes", "<p>Yes, Robin</p>")
    with pytest.raises(ValueError):
        _php_branch_of(source, "maybe")
    with pytest.raises(ValueError):
        appended_only = source.replace("$mail->Body = '<p>Dear", "$mail->Body .= '<p>Dear")
        _resurgo_mail(_php_branch_of(appended_only, "no"), values)


def test_a_resurgo_mail_with_a_text_part_stops_the_recipe(tmp_path: Path) -> None:
    """A mailer that now sets ``AltBody``: the recipe raises (the mails are HTML only)."""
    _write(tmp_path, RESURGO, RESURGO_STEPS_PATH, "$mail->isHTML(true);\n$mail->AltBody = '';\n")
    with pytest.raises(ValueError, match="HTML only"):
        list(resurgo(Snapshot(tmp_path)))


def test_resurgo_on_the_real_snapshot() -> None:
    """The pinned HR system: received, processing, interview, three refusals (rejected with
    the source's "differed", archived and deleted with "no need to recruit"), accepted with
    the credentials; signed OLSHCO, every variable filled."""
    specs = list(resurgo(_real(RESURGO)))
    assert [s.category for s in specs] == [c for _, _, c in RESURGO_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert [s.subject for s in refusals] == [
        "Application Rejected",
        "Application Archived",
        "Application Deleted",
    ]
    assert "has been differed" in refusals[0].text
    for s in refusals[1:]:
        assert "no need to recruit for this position" in s.text
    for s in refusals:
        assert (s.company, s.stage) == ("OLSHCO", "application") and s.role in s.text
    assert "Username:" in specs[-1].text and "has been accepted" in specs[-1].text
    for s in specs:
        assert "$" not in (s.html or "") and "OLSHCO" in s.text and "Robin" in s.text


def test_sources58_units_are_pinned_where_the_split_rule_put_them() -> None:
    """The rule put globaljobs (French) and resurgo (English) in test."""
    parts = pinned_parts()
    assert parts["globaljobs/fr"] == "test"
    assert parts["resurgo/en"] == "test"
