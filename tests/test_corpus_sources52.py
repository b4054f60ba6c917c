"""Session 38's sources52 recipes (issue 11): their readers on our own wording in stand-in
snapshots, the labels and shape of each recipe on the real snapshot (skipped where it lacks
the source), and the units' pins."""

from __future__ import annotations

import ast
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
from corpuslib.sources_suites52 import (  # noqa: E402
    CLCC,
    DJPORTAL,
    DJPORTAL_MAILS,
    DJPORTAL_PATH,
    DOGTECH,
    EREC,
    HACKCLUB,
    IASSIST,
    ITCW,
    ORBIT,
    ORBIT_DIR,
    ORBIT_MAILS,
    PETZONE,
    TALENT,
    TENANT,
    TWB,
    _clcc_subject,
    _dogtech_subject,
    _erec_subject,
    _f_defaults,
    _f_string,
    _iassist_brand,
    _itcw_subject,
    _petzone_subject,
    _py_constant,
    _showdown,
    _twb_subject,
    clcc,
    djportal,
    dogtech,
    erec,
    hackclub,
    iassist,
    itcw,
    orbit,
    petzone,
    talentcore,
    tenant,
    twb,
)


def test_orbit_fills_the_name_and_keeps_the_defaults(tmp_path: Path) -> None:
    """The endpoint gives the name only: position and company are the functions' defaults;
    the body goes out as plain text, tags and all."""
    for module, function, _, _ in ORBIT_MAILS:
        _write(
            tmp_path,
            ORBIT,
            f"{ORBIT_DIR}/{module}.py",
            f'def {function}(candidate_name: str, position="Cocinero", company_name="Casa Sol"):\n'
            '    return f"""\n<p>Hola {candidate_name}, {position} en {company_name}</p>\n"""\n',
        )
    specs = list(orbit(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, _, c, _ in ORBIT_MAILS]
    first = specs[0]
    assert first.text == "\n<p>Hola Robin Berger, Cocinero en Casa Sol</p>\n"
    assert (first.company, first.role, first.fmt) == ("Casa Sol", "Cocinero", "plain")
    assert specs[2].company == "n/a"


def test_python_readers() -> None:
    """The keyword defaults of a function's header; the f-string after an anchor."""
    source = 'def f(a: str, b = "x y", c="z"):\n    send(subject="S", message=f"""\nHi {a}\n""")\n'
    assert _f_defaults(source) == {"b": "x y", "c": "z"}
    assert _f_string(source, "message=") == "\nHi {a}\n"
    with pytest.raises(ValueError):
        _f_string(source, "return ")


def test_djportal_reads_subject_and_message_keywords(tmp_path: Path) -> None:
    """``send_mail(subject=..., message=f...)`` filled from the application; plain text."""
    module = "".join(
        f"def {function}(application):\n    send_mail(\n"
        f'        subject="Asunto {function}",\n'
        '        message=f"""\n    Hola {application.candidate.first_name},\n'
        '    {application.job.job_name} en {application.job.company_name}\n    """,\n'
        "    )\n\n"
        for function in dict(DJPORTAL_MAILS)
    )
    _write(tmp_path, DJPORTAL, DJPORTAL_PATH, module)
    specs = list(djportal(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, c in DJPORTAL_MAILS]
    refusal = specs[1]
    assert refusal.subject == "Asunto send_rejection_email"
    assert refusal.text == f"\n    Hola Robin,\n    {refusal.role} en {refusal.company}\n    "


def test_subject_readers() -> None:
    """E-REC's ``$subject`` before the view; TWB's site name and literal (with the project
    title where the generator appends it); CLCC's array or assigned subject."""
    build = (
        "if ($x) { $subject = 'Uno'; return $this->view('emails.A')->subject($subject); }\n"
        "else { $subject = 'Dos'; return $this->view('emails.B')->subject($subject); }"
    )
    assert _erec_subject(build, "B") == "Dos"
    with pytest.raises(ValueError):
        _erec_subject(build, "C")
    assert _twb_subject('queue_email(db, 1, e, settings.get("site.name") + ": Hola", b);') == (
        "SOLAS Match: Hola"
    )
    image = 'settings.get("site.name") + ": Imagen [Project - " + projectTitle + "]", body'
    assert _twb_subject(image).endswith("[Project - Cholera prevention leaflet]")
    controller = (
        "$this->send_email_html(['subject' => 'Asunto',\n 'template_path' => 'email_template/v1',"
        "]);\n$subject = 'Otro';\n$template = 'email_template/v2';"
    )
    assert _clcc_subject(controller, "v1") == "Asunto"
    assert _clcc_subject(controller, "v2") == "Otro"


def test_python_constants_and_the_brand_attribute() -> None:
    """A module constant with or without an annotation; ``_BRAND_BG`` filled from the two
    brand constants."""
    source = (
        "_BRAND_SOLID = '#111'\n_BRAND_GRADIENT = 'none'\n"
        '_BRAND_BG = f\'bgcolor="{_BRAND_SOLID}" style="background:{_BRAND_GRADIENT}\'\n'
        "_CONFIG: dict[str, dict] = {'a': {'b': 'c'}}\n"
    )
    module = ast.parse(source)
    assert _py_constant(module, "_CONFIG") == {"a": {"b": "c"}}
    assert _iassist_brand(source, module) == 'bgcolor="#111" style="background:none'
    with pytest.raises(ValueError):
        _py_constant(module, "_OTRA")


def test_more_subject_readers() -> None:
    """A Rails action's ``subject:``; a Mailable's ``->subject`` or its Envelope's; the Java
    ``.subject`` of the ``EmailData`` built before the template's enum."""
    mailer = "def a\n mail(subject: 'Uno')\nend\ndef b\n mail(subject: 'Dos')\nend\n"
    assert _itcw_subject(mailer, "b") == "Dos"
    assert _petzone_subject("return $this->subject('Recibido')->view('x');") == "Recibido"
    assert _petzone_subject("new Envelope(subject: 'Rechazado',") == "Rechazado"
    java = (
        'EmailData.builder().subject("Uno").build(); send(d, TemplatesEnum.TEMPLATE_A);\n'
        'EmailData.builder().subject("Dos").build(); send(d, TemplatesEnum.TEMPLATE_B);\n'
    )
    assert _dogtech_subject(java, "template_b") == "Dos"


def test_showdown_subset() -> None:
    """Paragraphs at blank lines, a two-space line end breaks, bold and links, HTML kept."""
    md = 'Hola,\n\nUno **dos**  \n[tres](https://x.org) <img src="a" />\n  \nfin\n'
    assert _showdown(md) == (
        "<p>Hola,</p>\n<p>Uno <strong>dos</strong><br />\n"
        '<a href="https://x.org">tres</a> <img src="a" /></p>\n<p>fin</p>'
    )


@pytest.mark.parametrize(
    ("recipe", "repo", "categories", "rejections"),
    [
        (orbit, ORBIT, ["rejection", "rejection", "moving_forward", "other", "offer", "offer"], 2),
        (
            erec,
            EREC,
            [
                "acknowledgement",
                "moving_forward",
                "moving_forward",
                "acknowledgement",
                "rejection",
                "rejection",
                "offer",
            ],
            2,
        ),
        (djportal, DJPORTAL, ["moving_forward", "rejection", "rejection", "offer"], 2),
        (twb, TWB, ["not_a_job", "not_a_job", "other", "not_a_job", "not_a_job", "other"], 0),
        (hackclub, HACKCLUB, ["not_a_job", "other"], 0),
        (tenant, TENANT, ["not_a_job", "not_a_job", "other", "not_a_job"], 0),
        (clcc, CLCC, ["other", "not_a_job", "not_a_job", "other", "not_a_job", "other"], 0),
        (iassist, IASSIST, ["other", "moving_forward", "rejection", "rejection"], 2),
        (itcw, ITCW, ["not_a_job", "not_a_job", "other"], 0),
        (petzone, PETZONE, ["not_a_job", "not_a_job", "other", "other"], 0),
        (dogtech, DOGTECH, ["not_a_job", "not_a_job", "other", "other"], 0),
        (
            talentcore,
            TALENT,
            [
                "acknowledgement",
                "assessment",
                "interview_invitation",
                "rejection",
                "rejection",
                "offer",
                "other",
            ],
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
    assert all(s.company != "n/a" and s.stage == "application" for s in refusals)
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs if not s.rejection)
    for s in specs:
        body = (s.html or "") + s.text
        for mark in ("{{", "${", "<?=", "@extends", "@section", "@include"):
            assert mark not in body, (s.url, mark)
        assert "Robin" in body + s.subject or s.unit in ("twb/en", "itcw/en")
        assert s.subject


def test_real_mails_say_what_their_labels_claim() -> None:
    """The failed test names the score and the bar; the tenant refusal its reason; the
    membership refusal the organisation; the scholarship refusal is declined in its subject."""
    failed = [s for s in erec(_real(EREC)) if s.rejection]
    assert all("below our passing criteria" in s.text for s in failed)
    rejected = next(iter(tenant(_real(TENANT))))
    assert "Incomplete requirements" in rejected.text and rejected.fmt == "html_only"
    refused = next(iter(twb(_real(TWB))))
    assert "has not been approved" in refused.text and refused.subject.startswith("SOLAS Match")
    talent = list(talentcore(_real(TALENT)))
    assert talent[-1].subject.startswith("Update on Your Application for")
    assert "decline our job offer" in talent[-1].text and not talent[-1].rejection
    declined = list(clcc(_real(CLCC)))[1]
    assert declined.subject == "Scholarship Application [Declined]"


def test_sources52_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources52's units in parts.csv, where the split rule put them in the first full
    build."""
    parts = pinned_parts()
    assert parts["orbit/en"] == "dev"
    assert parts["erec/en"] == "test"
    assert parts["djportal/en"] == "test"
    assert parts["twb/en"] == "test"
    assert parts["hackclub/en"] == "dev"
    assert parts["tenantnew/en"] == "dev"
    assert parts["clcc/en"] == "dev"
    assert parts["iassist/en"] == "test"
    assert parts["itcw/en"] == "test"
    assert parts["petzone/en"] == "dev"
    assert parts["dogtech/pt"] == "test"
    assert parts["talentcore/en"] == "dev"
