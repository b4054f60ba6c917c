"""Session 36's sources45 recipes (issue 11): their readers on our own wording in stand-in
snapshots, the labels and shape of each recipe on the real snapshot (skipped where it lacks
the source), and the units' pins."""

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
from corpuslib.sources_suites45 import (  # noqa: E402
    AIUDO,
    GPI,
    GPI_MAILS,
    GPI_VIEWS,
    HRREPLY,
    HRREPLY_PATH,
    HUMANJOBS,
    OAKNET,
    OAKNET_COMMIT,
    PATTON,
    PCAARRD,
    PCAARRD_COMMIT,
    PCAARRD_MAILS,
    RECRUTORE,
    SENRECRUT,
    UNIVO,
    _build_mail,
    _component_mail,
    _cs_fill,
    _cs_verbatim,
    _markdown_image_links,
    _seeded_templates,
    _simple_format,
    aiudo,
    gpi,
    hrreply,
    humanjobs,
    oaknet,
    patton,
    pcaarrd,
    recrutore,
    senrecrut,
    univo,
)


def _pcaarrd_snapshot(root: Path, expr: str = "$data['position']") -> Snapshot:
    for mailable, _, _ in PCAARRD_MAILS:
        view = mailable.lower()
        _write(
            root,
            PCAARRD,
            f"app/Mail/{mailable}.php",
            "class X extends Mailable {\n    public function build()\n    {\n"
            f"        return $this->from('nada@exemplo.ph')->subject(\"Asunto {mailable}\")"
            f"->markdown('emails.{view}');\n    }}\n}}\n",
        )
        _write(
            root,
            PCAARRD,
            f"resources/views/emails/{view}.blade.php",
            "@component('mail::message')\n# CARTA\n\n"
            f"Texto de {mailable} para <b>{{{{ {expr} }}}}</b> en {{{{ $data['division'] }}}}.\n\n"
            "Gracias,<br>\n{{ config('app.name') }}\n@endcomponent\n",
        )
    return Snapshot(root)


def test_pcaarrd_renders_each_markdown_view_under_its_build_subject(tmp_path: Path) -> None:
    """Each Mailable's ``build()`` gives the subject, the sender and the view; the view is
    filled with a plantilla item in Laravel's layout; the regrets name the council and the
    position; an expression the recipe does not know raises."""
    specs = list(pcaarrd(_pcaarrd_snapshot(tmp_path)))
    assert len(specs) == sum(v for *_, v in PCAARRD_MAILS)
    regrets = [s for s in specs if s.rejection]
    assert len(regrets) == 5 and {s.company for s in regrets} == {"PCAARRD"}
    assert all(f"<b>{s.role}</b>" in (s.html or "") for s in regrets)
    assert specs[0].subject == "Asunto RegretLetterPC"
    assert specs[0].sender == ("", "nada@exemplo.ph") and specs[0].noreply
    assert "<h1>CARTA</h1>" in (specs[0].html or "") and "PCAARRD-HRMS" in specs[0].text
    assert [s.category for s in specs][-2:] == ["assessment", "other"]
    with pytest.raises(ValueError):
        list(pcaarrd(_pcaarrd_snapshot(tmp_path, expr="$data['salary']")))


def test_build_mail_and_component_mail_read_laravel_forms() -> None:
    """``build()``'s subject (either quote), sender and view; a button component in the
    ``<x-mail::...>`` form; another component raises."""
    assert _build_mail(
        "return $this->from('a@b.ph', 'B')->subject('Hola')->markdown('emails.x-y');"
    ) == ("Hola", "a@b.ph", "emails.x-y")
    converted = _component_mail(
        "@component('mail::message')\nHola\n@component('mail::button', ['url' => $u . '/x'])\n"
        "Ir\n@endcomponent\n@endcomponent\n"
    )
    assert "<x-mail::button :url=\"$u . '/x'\">Ir</x-mail::button>" in converted
    assert converted.startswith("<x-mail::message>") and converted.endswith("</x-mail::message>\n")
    with pytest.raises(ValueError):
        _component_mail("@component('mail::message')\n@component('mail::panel')\nx\n")
    assert _markdown_image_links("[![Logo](https://x/l.png)](https://x)") == (
        '<a href="https://x"><img src="https://x/l.png" alt="Logo"></a>'
    )


def test_simple_format_matches_rails() -> None:
    """Paragraphs on blank lines, a single newline followed by ``<br />``."""
    assert _simple_format("Hola,\n\nuno\ndos\n") == "<p>Hola,</p>\n\n<p>uno\n<br />dos</p>"


def test_hrreply_fills_each_heredoc_under_its_status_subject(tmp_path: Path) -> None:
    """The heredocs unindented and ``%{...}`` filled, the subject by status with the position,
    multipart; the refusals labelled with our company and the position."""
    _write(
        tmp_path,
        HRREPLY,
        HRREPLY_PATH,
        "class CandidateMailer\n  SELECTION_TEMPLATE = <<~TEXT.freeze\n    Hola %{name},\n\n"
        "    Entras como %{position}.\n  TEXT\n\n  REJECTION_TEMPLATE = <<~TEXT.freeze\n"
        "    Hola %{name},\n\n    No sigues para %{position}.\n  TEXT\n\n"
        '  def email_subject(status, position)\n    status == "selected" ? "Si #{position}" : '
        '"No #{position}"\n  end\nend\n',
    )
    specs = list(hrreply(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["offer", "rejection", "rejection"]
    refusal = specs[1]
    assert refusal.text == f"Hola Robin Berger,\n\nNo sigues para {refusal.role}.\n"
    assert refusal.subject == f"No {refusal.role}" and refusal.fmt == "html"
    assert refusal.html == f"<p>Hola Robin Berger,</p>\n\n<p>No sigues para {refusal.role}.</p>"


def test_gpi_fills_php_echoes_under_the_controller_subject(tmp_path: Path) -> None:
    """Each view's ``<?= $x ?>`` filled, the subject beside its template path in the
    controller; the membership refusal a look-alike; an unknown echo raises."""
    for view, (controller, _, _) in GPI_MAILS.items():
        _write(tmp_path, GPI, f"{GPI_VIEWS}/{view}.php", f"<p>Hola <?= $name_to ?> {view}</p>")
        path = tmp_path / GPI.replace("/", "+") / controller
        previous = path.read_text(encoding="utf-8") if path.exists() else ""
        _write(
            tmp_path,
            GPI,
            controller,
            previous + f"'subject' => 'Asunto {view}',\n"
            f"'template_path' => 'admin_portal/email/{view}',\n",
        )
    specs = list(gpi(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["other", "other", "not_a_job"]
    assert specs[2].subject == "Asunto decline_request" and not specs[2].rejection
    assert specs[1].html == "<p>Hola Robin approved_request</p>"
    _write(tmp_path, GPI, f"{GPI_VIEWS}/decline_request.php", "<p><?= $motivo ?></p>")
    with pytest.raises(ValueError):
        list(gpi(Snapshot(tmp_path)))


@pytest.mark.parametrize(
    ("recipe", "repo", "categories", "rejections"),
    [
        (pcaarrd, PCAARRD, ["rejection"] * 5 + ["assessment", "other"], 5),
        (oaknet, OAKNET, ["rejection", "interview_invitation", "offer"], 1),
        (gpi, GPI, ["other", "other", "not_a_job"], 0),
        (patton, PATTON, ["moving_forward", "offer"], 0),
        (hrreply, HRREPLY, ["offer", "rejection", "rejection"], 2),
        (recrutore, RECRUTORE, ["acknowledgement", "acknowledgement"], 0),
        (aiudo, AIUDO, ["acknowledgement", "acknowledgement", "other", "other"], 0),
        (
            univo,
            UNIVO,
            ["acknowledgement"] * 2
            + ["interview_invitation", "offer"]
            + ["rejection"] * 2
            + ["acknowledgement"],
            2,
        ),
        (
            humanjobs,
            HUMANJOBS,
            ["acknowledgement", "other", "interview_invitation", "rejection", "rejection", "offer"],
            2,
        ),
        (senrecrut, SENRECRUT, ["moving_forward", "rejection", "rejection"], 2),
    ],
)
def test_recipes_on_the_real_snapshot(recipe, repo, categories, rejections) -> None:  # type: ignore[no-untyped-def]
    """Each recipe's labels and shape on the pinned sources: categories in order, the
    rejections' fields set, every placeholder filled."""
    specs = list(recipe(_real(repo)))
    assert [s.category for s in specs] == categories
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == rejections
    assert all(s.company != "n/a" and s.stage == "application" for s in refusals)
    for s in specs:
        body = (s.html or "") + s.text
        assert "{{" not in body and "<?=" not in body and "%{" not in body
        assert "Robin" in body or s.unit in ("aiudo/es", "pcaarrd/en", "oaknet/en", "senrecrut/fr")


def test_pcaarrd_regret_letter_that_invites_to_an_exam_keeps_its_subject() -> None:
    """``RegretLetterNonPC3``'s subject says REGRET LETTER, its body the psychological exam:
    labelled an assessment, not a refusal."""
    specs = list(pcaarrd(_real(PCAARRD)))
    exam = specs[5]
    assert exam.subject == "REGRET LETTER" and exam.category == "assessment"
    assert "pre-employment psychological exam" in exam.text
    assert OAKNET_COMMIT and PCAARRD_COMMIT


def test_sources45_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources45's units in parts.csv, where the split rule put them in the first build."""
    parts = pinned_parts()
    assert parts["pcaarrd/en"] == "test"
    assert parts["oaknet/en"] == "test"
    assert parts["gpi/en"] == "test"
    assert parts["patton/en"] == "test"
    assert parts["hrreply/en"] == "dev"
    assert parts["recrutore/fr"] == "dev"
    assert parts["aiudo/es"] == "test"
    assert parts["univo/es"] == "dev"
    assert parts["humanjobs/fr"] == "test"
    assert parts["senrecrut/fr"] == "dev"


def test_seeded_templates_reads_each_array_of_a_seeder() -> None:
    """Each ``[ 'status_id' => n, ... 'is_active' ]`` array's pairs, double-quoted escapes
    read, single-quoted ones too."""
    seeder = (
        "$templates = [\n  [\n    'status_id' => 6,\n    'name' => 'Rejet d\\'essai',\n"
        "    'content' => \"Bonjour,\\n\\nNon pour [Nom du poste].\",\n"
        "    'is_active' => true,\n  ],\n];\n"
    )
    assert _seeded_templates(seeder) == [
        {
            "status_id": "6",
            "name": "Rejet d'essai",
            "content": "Bonjour,\n\nNon pour [Nom du poste].",
        }
    ]


def test_cs_verbatim_and_fill_read_csharp_interpolated_strings() -> None:
    """The ``$@"..."`` after a marker, a doubled quote inside it; holes by their exact text,
    doubled braces and quotes read as one; an unknown hole raises."""
    source = 'var x = 1;\nvar cuerpo = $@"<p class=""a"">{p.Nombre} {{ok}}</p>";\nvar y = $@"z";'
    literal = _cs_verbatim(source, "var cuerpo =")
    assert literal == '<p class=""a"">{p.Nombre} {{ok}}</p>'
    assert _cs_fill(literal, {"p.Nombre": "Ana"}) == '<p class="a">Ana {ok}</p>'
    with pytest.raises(ValueError):
        _cs_fill(literal, {})
