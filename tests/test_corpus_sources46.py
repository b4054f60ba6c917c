"""Session 37's sources46 recipes (issue 11): the FFP Events reader on our own wording in a
stand-in snapshot, the labels and shape of each recipe on the real snapshot (skipped where it
lacks the source), and the units' pins."""

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
from corpuslib.sources_suites46 import (  # noqa: E402
    FFP,
    FFP_MAILS,
    FFP_VIEWS,
    FORGES,
    FORGES_COMMON,
    FSM,
    JOBGN,
    TIERHEIM,
    ULLA,
    WORKHUB,
    ZIPCUBE,
    _blade_escape,
    _forges_mail,
    _java_builder,
    _java_string_format,
    _java_ternary,
    _php_brace_branch,
    ffpevents,
    forges,
    fsmrecrut,
    jobgn,
    tierheim,
    ulla,
    workhub,
    zipcube,
)


def _ffp_snapshot(root: Path, key: str = "intro") -> Snapshot:
    for view, _, _ in FFP_MAILS:
        group = f"emails/{view}"
        _write(
            root,
            FFP,
            f"lang/fr/{group}.php",
            "<?php\nreturn [\n    'subject' => 'Objet pour :event_name',\n"
            "    'intro' => 'Salut :name, l\\'avis : :event_name.',\n];\n",
        )
        _write(
            root,
            FFP,
            f"{FFP_VIEWS}/{view}.blade.php",
            f"<html dir=\"{{{{ $direction ?? 'ltr' }}}}\"><body>"
            f"<p>{{{{ __('{group}.{key}', ['name' => $exhibitor->name, "
            f"'event_name' => $event->title]) }}}}</p>"
            f"<p>{{!! __('{group}.subject', ['event_name' => $event->title]) !!}}</p>"
            "<p>{{ $submission->rejection_reason }}</p></body></html>",
        )
    return Snapshot(root)


def test_ffpevents_fills_each_view_from_its_catalogue(tmp_path: Path) -> None:
    """``__('emails/<view>.key', [...])`` from the view's French catalogue, ``:name`` filled,
    ``{{ }}`` escaped as Blade prints it and ``{!! !!}`` not; the subject the catalogue's; the
    refusals are look-alikes; an unknown key raises."""
    specs = list(ffpevents(_ffp_snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, c, _ in FFP_MAILS]
    assert not any(s.rejection for s in specs)
    assert specs[0].subject.startswith("Objet pour Salon International")
    assert "Salut Robin Berger, l&#039;avis" in (specs[0].html or "")
    assert "Salut Robin Berger, l'avis" in specs[0].text
    assert "<p>Objet pour Salon" in (specs[1].html or "")
    assert "surfaces d&#039;exposition" in (specs[3].html or "")
    with pytest.raises(ValueError):
        list(ffpevents(_ffp_snapshot(tmp_path, key="outro")))


def test_blade_escape_matches_htmlspecialchars() -> None:
    """Ampersand, angle brackets and both quotes, as ``e()`` prints them."""
    assert _blade_escape("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; &quot;c&quot; &#039;d&#039;"


@pytest.mark.parametrize(
    ("recipe", "repo", "categories", "marker"),
    [
        (
            ffpevents,
            FFP,
            ["other", "not_a_job", "other", "not_a_job", "not_a_job"],
            "a été refusée",
        ),
        (ulla, ULLA, ["other", "other", "not_a_job"], "wurde abgelehnt"),
        (forges, FORGES, ["other", "not_a_job", "not_a_job", "not_a_job"], "a été annulée"),
        (
            zipcube,
            ZIPCUBE,
            (["other"] + ["not_a_job"] * 3 + ["other"]) * 2,
            "Votre demande de réservation a bien été acceptée",
        ),
        (
            tierheim,
            TIERHEIM,
            ["other", "not_a_job", "not_a_job", "other", "not_a_job", "not_a_job"],
            "Adoptionsanfrage nicht bestätigen",
        ),
    ],
)
def test_recipes_on_the_real_snapshot(recipe, repo, categories, marker) -> None:  # type: ignore[no-untyped-def]
    """Each recipe's labels and shape on the pinned sources: categories in order, no job
    refusal, every placeholder filled, the refusal's words in the last look-alike."""
    specs = list(recipe(_real(repo)))
    assert [s.category for s in specs] == categories
    assert not any(s.rejection for s in specs)
    for s in specs:
        body = (s.html or "") + s.text
        assert "{{" not in body and "{!!" not in body and "__(" not in body
        # The shelter's refusal to an owner greets no one ("Guten Tag,").
        assert ("Robin" in body or s.subject == "Ablehnung der Tieraufnahme") and s.company == "n/a"
        assert s.noreply == (repo not in (FORGES, ZIPCUBE, TIERHEIM)) and "<?php" not in body
    assert marker in specs[-1].text


def test_sources46_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources46's units in parts.csv, where the split rule put them in the first build."""
    parts = pinned_parts()
    assert parts["ffpevents/fr"] == "dev"
    assert parts["ulla/de"] == "dev"
    assert parts["forges/fr"] == "test"
    assert parts["jobgn/fr"] == "test"
    assert parts["zipcube/de"] == "test"
    assert parts["zipcube/fr"] == "dev"
    assert parts["fsmrecrut/fr"] == "dev"
    assert parts["workhub/fr"] == "test"
    assert parts["tierheim/de"] == "dev"


def test_java_builder_and_string_format_read_java_text() -> None:
    """``.append`` chains in order with an ``if`` block kept or dropped; ``String.format``'s
    ``%s`` filled by name; an unknown name raises."""
    method = (
        'StringBuilder c = new StringBuilder();\n        c.append("Hola ").append(nombre);\n'
        "        // nota\n        if (x != null) {\n            c.append(escapeHtml(x));\n"
        '        }\n        c.append("\\n");\n'
    )
    values = {"nombre": "Ana", "escapeHtml(x)": "&lt;b&gt;"}
    assert _java_builder(method, values, {"x != null"}) == "Hola Ana&lt;b&gt;\n"
    assert _java_builder(method, values, set()) == "Hola Ana\n"
    call = 'String.format("Puesto \\"%s\\" el %s", a, b)'
    assert _java_string_format(call, {"a": "P", "b": "lunes"}) == 'Puesto "P" el lunes'
    with pytest.raises(KeyError):
        _java_string_format(call, {"a": "P"})


def test_workhub_recruitment_and_leave() -> None:
    """Two application refusals naming their post, the interview and the hire; the leave
    refused with its reason (a look-alike) and approved."""
    specs = list(workhub(_real(WORKHUB)))
    assert [s.category for s in specs] == [
        "interview_invitation",
        "rejection",
        "offer",
        "rejection",
        "other",
        "not_a_job",
    ]
    for s in specs[1], specs[3]:
        assert f'poste "{s.role}"' in s.text and s.stage == "application"
    assert specs[5].subject == "Demande de congé refusée" and "Raison du refus" in specs[5].text
    assert "Raison du refus" not in specs[4].text and specs[4].fmt == "html_only"


def test_fsmrecrut_refusals_at_both_stages() -> None:
    """Two application refusals and the interview's refusal, each naming its post, no
    employer; every Java expression filled."""
    specs = list(fsmrecrut(_real(FSM)))
    refusals = [s for s in specs if s.rejection]
    assert [s.stage for s in refusals] == ["application", "application", "interview"]
    assert all(s.role in s.text and s.company == "n/a" for s in refusals)
    assert [s.category for s in specs if not s.rejection] == [
        "moving_forward",
        "interview_invitation",
        "offer",
    ]
    assert not any("postulation." in s.text or "\\n" in s.text for s in specs)


def test_java_ternary_picks_the_branch_outside_string_literals() -> None:
    """The ``?`` and ``:`` inside literals do not split; each branch a Java concatenation."""
    method = 'String corps = accepte\n    ? "Oui : " + poste + " ?"\n    : "Non, " + poste;\n'
    assert _java_ternary(method, "corps", True, {"poste": "P"}) == "Oui : P ?"
    assert _java_ternary(method, "corps", False, {"poste": "P"}) == "Non, P"
    with pytest.raises(ValueError):
        _java_ternary(method, "titre", True, {})


def test_jobgn_refusals_name_the_employer_and_post() -> None:
    """The refusals' labels are the employer and post the template writes."""
    specs = list(jobgn(_real(JOBGN)))
    assert [s.category for s in specs] == ["moving_forward", "rejection", "rejection", "other"]
    for s in specs[1:3]:
        assert f"chez <strong>{s.company}</strong>" in (s.html or "")
        assert s.subject.endswith(s.role) and s.stage == "application"


def test_forges_mail_fills_translations_then_variables() -> None:
    """``t_<key>`` from the common and the template's strings, their own placeholders filled
    by the variables; the subject the catalogue's; a placeholder without a value raises."""
    catalogue = {
        "common": {k: f"<{k}>" for k in FORGES_COMMON},
        "dossier-x": {
            "subject": "Objet {{formation_intitule}}",
            "intro": "Pour {{formation_intitule}}.",
        },
    }
    template = (
        '<html lang="{{lang}}"><p>{{t_greeting}} {{nom_apprenant}}</p><p>{{t_intro}}</p></html>'
    )
    subject, html = _forges_mail(
        template, catalogue, "dossier-x", {"nom_apprenant": "Ana", "formation_intitule": "Soudure"}
    )
    assert subject == "Objet Soudure"
    assert html == '<html lang="fr"><p><greeting> Ana</p><p>Pour Soudure.</p></html>'
    with pytest.raises(ValueError):
        _forges_mail(
            template + "{{motif}}",
            catalogue,
            "dossier-x",
            {"nom_apprenant": "Ana", "formation_intitule": "S"},
        )


def test_php_brace_branch_keeps_the_branch_taken() -> None:
    """``<?php if (c) { ?>A<?php } else { ?>B<?php } ?>`` to A or B; other PHP untouched."""
    view = (
        "x<?php\n if ($a == 'k')\n {\n?>A<?php\n }\n else\n {\n ?>B<?php\n }\n ?>y<?php echo $z;?>"
    )
    assert _php_brace_branch(view, "$a == 'k'", True) == "xAy<?php echo $z;?>"
    assert _php_brace_branch(view, "$a == 'k'", False) == "xBy<?php echo $z;?>"
    assert _php_brace_branch(view, "$b", True) == view
