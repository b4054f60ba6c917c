"""Session 38's sources51 recipes (issue 11): their readers on our own wording in stand-in
snapshots, the labels and shape of each recipe on the real snapshot (skipped where it lacks
the source), and the units' pins."""

from __future__ import annotations

import json
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
from corpuslib.sources_suites51 import (  # noqa: E402
    CIETE,
    FORUS,
    FORUS_DIR,
    FORUS_MAILS,
    MAXIBASQUET,
    OUTDOOR,
    ROESELARE,
    SGI,
    SGI_DATES,
    STAGECONNECT,
    STAGECONNECT_PATH,
    UTLVTE,
    _maxibasquet_details,
    _php_spaced,
    _sgi_render,
    _stageconnect_mail,
    _twig_trans,
    _utlvte_view,
    ciete,
    forusfonds,
    maxibasquet,
    outdoor,
    roeselare,
    sgi,
    stageconnect,
    utlvte,
)


def test_sgi_freemarker_subset() -> None:
    """The data assignment and the links block dropped, ``<#if (data.x)??>`` kept only when
    ``x`` is given, dates and titles filled by their exact expression; a directive left or an
    unknown expression raises."""
    template = (
        "<#assign data = X_DATA?eval_json />\n"
        "Hola, <#if (data.fechaConcesionConvocatoria)??>el "
        '${data.fechaConcesionConvocatoria?datetime.iso?string("dd/MM/yyyy")} </#if>'
        "<#if data.fechaOtra??>nunca </#if>en ${data.tituloConvocatoria}.\n"
        "<#if data.enlaces?has_content>\n<#list data.enlaces as e>\n"
        "  <#if e.url??>* ${e.url}</#if>\n</#list>\n</#if>\nAdiós"
    )
    values = {**SGI_DATES, "data.tituloConvocatoria": "Plazas 2024"}
    assert _sgi_render(template, values) == "Hola, el 19/07/2024 en Plazas 2024.\n\nAdiós"
    with pytest.raises(ValueError):
        _sgi_render("<#list x as y>${y}</#list>", values)
    with pytest.raises(ValueError):
        _sgi_render("${data.nombre}", values)


def test_readers_of_subjects_views_and_details() -> None:
    """UTLVTE's ``build()`` view, Maxi Basquet's ``$details`` literals respaced for
    ``_php_value``, Twig's missing key printed."""
    assert _utlvte_view("return $this->subject('S')->view('mails.rechazar-x');") == "rechazar-x"
    method = (
        "public function avisar($equipo){\n"
        "    $details =[\n"
        "        'title' => \"Aviso\",\n"
        '        \'body\' => "El equipo ".$equipo . " queda fuera",\n'
        "    ];\n}\n"
    )
    details = _maxibasquet_details(method, "avisar")
    assert details == {"title": '"Aviso"', "body": '"El equipo ".$equipo . " queda fuera"'}
    assert _php_spaced(details["body"]) == '"El equipo " . $equipo . " queda fuera"'
    catalogue = "notDis:\n    header: Afgekeurd\n"
    assert _twig_trans('{{ "notDis.header" |trans }} {{"notDis.fistp"|trans}}', catalogue) == (
        "Afgekeurd notDis.fistp"
    )


def test_stageconnect_reads_the_status_branches(tmp_path: Path) -> None:
    """A status branch's own subject and message, not the other branch's; plain text."""
    module = (
        "def send_application_status_email(candidature):\n"
        '    if candidature.status == "Acceptée":\n'
        '        subject = "Oui"\n'
        '        message = f"""\nOui {offer.title}\n"""\n'
        '    elif candidature.status == "Refusée":\n'
        '        subject = "Non"\n'
        '        message = f"""\nNon {offer.title}\n"""\n'
        "    else:\n        return\n    send_mail(subject, message)\n\n\n"
    )
    assert _stageconnect_mail(module, "send_application_status_email", "Refusée") == (
        "Non",
        "\nNon {offer.title}\n",
    )
    with pytest.raises(ValueError):
        _stageconnect_mail(module, "send_application_status_email", "En attente")
    _write(tmp_path, STAGECONNECT, STAGECONNECT_PATH, module)
    with pytest.raises(ValueError):
        list(stageconnect(Snapshot(tmp_path)))


def test_forusfonds_fills_titles_and_markdown(tmp_path: Path) -> None:
    """Each notification's title (formal or informal) and Markdown template, ``:name``
    variables filled, rendered to HTML; a variable without a value raises."""
    titles = {}
    for key, register, _, _ in FORUS_MAILS:
        name = key.split(".")[1]
        suffix = "" if register == "formal" else "_informal"
        titles.setdefault(key, {"mail": {}})["mail"].update(
            {
                "title" + suffix: f"Titel :fund_name {name}",
                "template" + suffix: f"t/{name}{suffix}.md",
            }
        )
        _write(
            tmp_path,
            FORUS,
            f"{FORUS_DIR}/t/{name}{suffix}.md",
            f"# Kop {name}\n\nBeste :sponsor_name,\n\nEen regel  \nnog een\n",
        )
    _write(tmp_path, FORUS, f"{FORUS_DIR}/notification_templates.json", json.dumps(titles))
    specs = list(forusfonds(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, _, c, _ in FORUS_MAILS]
    assert specs[1].subject == "Titel Meedoenregeling 2024 fund_request_denied"
    assert "<p>Beste Gemeente Westerkwartier,</p>" in (specs[1].html or "")
    assert all(s.company == "n/a" and not s.rejection for s in specs)
    _write(tmp_path, FORUS, f"{FORUS_DIR}/t/fund_request_created.md", "Hallo :onbekend")
    with pytest.raises(ValueError):
        list(forusfonds(Snapshot(tmp_path)))


@pytest.mark.parametrize(
    ("recipe", "repo", "categories", "rejections"),
    [
        (sgi, SGI, ["acknowledgement", "rejection", "rejection", "rejection", "offer"], 3),
        (
            forusfonds,
            FORUS,
            ["other", "not_a_job", "not_a_job", "not_a_job", "not_a_job", "not_a_job", "other"],
            0,
        ),
        (ciete, CIETE, ["other", "other", "not_a_job", "not_a_job"], 0),
        (
            outdoor,
            OUTDOOR,
            ["other", "not_a_job", "not_a_job", "other", "other", "not_a_job"],
            0,
        ),
        (
            utlvte,
            UTLVTE,
            ["rejection", "rejection", "moving_forward", "not_a_job", "not_a_job", "other"],
            2,
        ),
        (roeselare, ROESELARE, ["other", "not_a_job", "not_a_job", "not_a_job"], 0),
        (maxibasquet, MAXIBASQUET, ["other", "not_a_job", "not_a_job"], 0),
        (
            stageconnect,
            STAGECONNECT,
            ["acknowledgement", "rejection", "rejection", "moving_forward", "not_a_job"],
            2,
        ),
    ],
)
def test_recipes_on_the_real_snapshot(recipe, repo, categories, rejections) -> None:  # type: ignore[no-untyped-def]
    """Each recipe's labels and shape on the pinned sources: categories in order, the
    rejections' fields set, every placeholder filled."""
    specs = list(recipe(_real(repo)))
    assert [s.category for s in specs] == categories
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == rejections
    assert all(s.company != "n/a" and s.role != "n/a" for s in refusals)
    assert all(s.stage == "application" for s in refusals)
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs if not s.rejection)
    for s in specs:
        body = (s.html or "") + s.text + s.subject
        assert "{{" not in body and "<#" not in body and "${" not in body and "<?=" not in body


def test_real_mails_say_what_their_labels_claim() -> None:
    """SGI's definitive denial names the call and signs as research HR; UTLVTE's refusal
    names the offer and the company; the venture refusal is about a venture; Roeselare's text
    part keeps its untranslated key; CIETE's Latin-1 views read right."""
    denied = list(sgi(_real(SGI)))[2]
    assert "aparece denegada" in denied.text and denied.role in denied.subject + denied.text
    assert "Recursos Humanos de la Investigación" in denied.text
    first = next(iter(utlvte(_real(UTLVTE))))
    assert first.role in first.text and first.company in first.text
    venture = list(utlvte(_real(UTLVTE)))[3]
    assert "emprendimiento" in venture.text and "no ha sido aprobado" in venture.text
    refused = list(roeselare(_real(ROESELARE)))[1]
    assert "notCanDis.fistp Robin," in refused.text and "afgekeurd" in refused.text
    course = list(ciete(_real(CIETE)))[2]
    assert "Su inscripción en la actividad" in (course.html or "")


def test_sources51_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources51's units in parts.csv, where the split rule put them in the first build."""
    parts = pinned_parts()
    assert parts["sgi/es"] == "test"
    assert parts["forusfonds/nl"] == "test"
    assert parts["ciete/es"] == "dev"
    assert parts["outdoor07/fr"] == "dev"
    assert parts["utlvte/es"] == "dev"
    assert parts["roeselare/nl"] == "dev"
    assert parts["maxibasquet/es"] == "dev"
    assert parts["stageconnect/fr"] == "dev"
