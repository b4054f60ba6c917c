"""Session 39's sources55 recipes (issue 11): their readers on our own wording in stand-in
snapshots, their labels and shape on the real snapshot (skipped where it lacks the source),
and the units' pins."""

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
from corpuslib.sources_suites55 import (  # noqa: E402
    AVARIA,
    AVARIA_BREVO,
    AVARIA_MAILS,
    AVARIA_ROUTE,
    RECRUITPRO,
    RECRUITPRO_CONFIG,
    RECRUITPRO_MAILS,
    RRHH,
    RRHH_MAILS,
    _avaria_branch,
    _avaria_sender,
    _mailable_subject,
    _php_heredoc,
    _rrhh_subject,
    avaria,
    recruitpro,
    rrhh,
)

BREVO = 'export async function sendEmail({\n  sender = { email: "rh@x.cl", name: "X | RH" }\n'


def _route(statuses: list[str]) -> str:
    """A stand-in handler: one branch per status, ``${nombre}`` and ``${vacante}`` in both
    literals."""
    branches = "".join(
        f'      {"" if i == 0 else "} else "}if (estado === "{s}") {{\n'
        f"        subject = `Asunto {s}: ${{vacante}}`;\n"
        f"        htmlContent = `\n          <p>Hola ${{nombre}}, {s} en ${{vacante}}.</p>\n"
        "        `;\n"
        for i, s in enumerate(statuses)
    )
    return "if (enviarEmail) {\n" + branches + "      }\n}\n"


def test_branch_and_sender_readers() -> None:
    """The subject and HTML of one status's branch (a missing status raises); the default
    sender's name and address."""
    route = _route(["descartado", "entrevista"])
    subject, html = _avaria_branch(route, "entrevista")
    assert subject == "Asunto entrevista: ${vacante}"
    assert "entrevista en ${vacante}" in html and "descartado" not in html
    with pytest.raises(ValueError):
        _avaria_branch(route, "contratado")
    assert _avaria_sender(BREVO) == ("X | RH", "rh@x.cl")
    with pytest.raises(ValueError):
        _avaria_sender("export function sendEmail() {}")


def test_avaria_fills_name_and_post(tmp_path: Path) -> None:
    """Each status in order, the first name and the post filled in subject and body; the
    refusal's labels set, the others' "n/a"; HTML only."""
    _write(tmp_path, AVARIA, AVARIA_ROUTE, _route(sorted({s for s, _ in AVARIA_MAILS})))
    _write(tmp_path, AVARIA, AVARIA_BREVO, BREVO)
    specs = list(avaria(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, c in AVARIA_MAILS]
    refusal = specs[0]
    assert refusal.subject == f"Asunto descartado: {refusal.role}"
    assert f"Hola Robin, descartado en {refusal.role}." in refusal.text
    assert (refusal.company, refusal.fmt, refusal.sender) == (
        "Clínica Avaria",
        "html_only",
        ("X | RH", "rh@x.cl"),
    )
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs[2:])
    with pytest.raises(ValueError):  # a status the handler no longer mails
        _write(tmp_path, AVARIA, AVARIA_ROUTE, _route(["descartado"]))
        list(avaria(Snapshot(tmp_path)))


def test_avaria_on_the_real_snapshot() -> None:
    """The pinned handler: two refusals that say so, every placeholder filled, the clinic's
    sender."""
    specs = list(avaria(_real(AVARIA)))
    assert [s.category for s in specs] == [c for _, c in AVARIA_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    assert all("avanzar en esta ocasión con otros candidatos" in s.text for s in refusals)
    assert all(s.subject.startswith("Actualización de tu postulación: ") for s in refusals)
    for s in specs:
        assert "${" not in (s.html or "") + s.text + s.subject
        assert "Robin" in s.text
        assert s.sender == ("Clínica Avaria | Reclutamiento", "reclutamiento@clinicaavaria.cl")


def test_php_heredoc_and_subject_readers() -> None:
    """A flexible heredoc loses its closing marker's indentation (a line left of it raises);
    ``build()``'s subject literal."""
    source = "    const A = <<<HTML\n        Oi {{nome}},<br>\n          tchau\n        HTML;\n"
    assert _php_heredoc(source, "A") == "Oi {{nome}},<br>\n  tchau"
    with pytest.raises(ValueError):
        _php_heredoc("const A = <<<HTML\nx\n    HTML;\n", "A")
    with pytest.raises(ValueError):
        _php_heredoc(source, "B")
    assert _mailable_subject("return $this->subject('Olá')->view('v');") == "Olá"


def test_recruitpro_fills_the_default_text_into_the_view(tmp_path: Path) -> None:
    """The default text with name, post and company, put where the view prints it; the
    refusals' labels set, the approval's "n/a"."""
    consts = "".join(
        f"    const {c} = <<<HTML\n        Oi {{{{nome}}}}, {c} {{{{vaga}}}} na {{{{empresa}}}}\n"
        "        HTML;\n"
        for c in sorted({c for _, _, c, _ in RECRUITPRO_MAILS})
    )
    _write(tmp_path, RECRUITPRO, RECRUITPRO_CONFIG, consts)
    for mailable, view, _, _ in RECRUITPRO_MAILS:
        _write(
            tmp_path,
            RECRUITPRO,
            f"resources/views/emails/{view}.blade.php",
            "<img src=\"{{ asset('images/recruitPro-logo.png') }}\"><p>{!! $conteudo !!}</p>"
            "<p>© {{ date('Y') }}</p>",
        )
        _write(tmp_path, RECRUITPRO, f"app/Mail/{mailable}.php", f"->subject('Assunto {view}')")
    specs = list(recruitpro(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, _, _, c in RECRUITPRO_MAILS]
    refusal = specs[0]
    assert refusal.subject == "Assunto candidatura-reprovada"
    text = f"Oi Robin Berger, TEMPLATE_RECUSADO_PADRAO {refusal.role} na {refusal.company}"
    assert text in refusal.text and "localhost/images/recruitPro-logo.png" in (refusal.html or "")
    assert (specs[2].company, specs[2].role) == ("n/a", "n/a")


def test_recruitpro_on_the_real_snapshot() -> None:
    """The pinned defaults: two refusals that say so, an approval, every placeholder filled."""
    specs = list(recruitpro(_real(RECRUITPRO)))
    assert [s.category for s in specs] == [c for _, _, _, c in RECRUITPRO_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert all("optamos por seguir com outro perfil neste momento" in s.text for s in refusals)
    assert all(s.subject == "Atualização sobre sua candidatura" for s in refusals)
    assert specs[2].subject == "Sua candidatura foi aprovada!"
    for s in specs:
        body = (s.html or "") + s.text
        assert "{{" not in body and "{!!" not in body and "Robin Berger" in s.text


def test_rrhh_subject_and_reason_line(tmp_path: Path) -> None:
    """The subject literal joined to the app's name; the reason line only where a reason is
    given; the refusal's company is the app, its role "n/a"."""
    assert _rrhh_subject("->subject('Hola - ' . config('app.name'))", "X") == "Hola - X"
    with pytest.raises(ValueError):
        _rrhh_subject("->subject('Hola')", "X")
    body = (
        "@component('mail::message')\n# Título\n\nHola {{ $candidate->name }},\n\n"
        "{{ $candidate->rejection_reason ? \"Razón: {$candidate->rejection_reason}\" : '' }}\n\n"
        "{{ $calendlyLink }}\n\n{{ config('app.name') }}\n@endcomponent"
    )
    for mailable, view, _, _ in RRHH_MAILS:
        _write(tmp_path, RRHH, f"resources/views/emails/{view}.blade.php", body)
        _write(
            tmp_path,
            RRHH,
            f"app/Mail/{mailable}.php",
            f"->subject('Asunto {view} - ' . config('app.name'))",
        )
    specs = list(rrhh(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, _, c, _ in RRHH_MAILS]
    assert "Razón: El puesto requiere" in specs[0].text
    assert "Razón" not in specs[1].text and "Hola Robin Berger" in specs[1].text
    assert (specs[0].company, specs[0].role) == ("Talento Andino", "n/a")
    assert specs[0].subject == "Asunto application-rejected - Talento Andino"


def test_rrhh_on_the_real_snapshot() -> None:
    """The pinned views: two refusals that say so, an interview invitation with the link."""
    specs = list(rrhh(_real(RRHH)))
    assert [s.category for s in specs] == [c for _, _, c, _ in RRHH_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert all("no has sido seleccionado para continuar con el proceso" in s.text for s in refusals)
    assert "calendly.com" in specs[2].text
    for s in specs:
        assert "{{" not in (s.html or "") + s.text and "Robin Berger" in s.text


def test_sources55_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources55's units in parts.csv, where the split rule put them in the first full
    build."""
    parts = pinned_parts()
    assert parts["avaria/es"] == "dev"
    assert parts["recruitpro/pt"] == "dev"
    assert parts["rrhh/es"] == "dev"
