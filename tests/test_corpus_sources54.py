"""Session 39's sources54r recipe (issue 11): its readers on our own wording in a stand-in
snapshot, its labels and shape on the real snapshot (skipped where it lacks the source), and
the unit's pin."""

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
from corpuslib.sources_suites54 import (  # noqa: E402
    LOVEPAWS,
    LOVEPAWS_MAILER,
    LOVEPAWS_MAILS,
    LOVEPAWS_SERVICE,
    _java_args,
    _lovepaws_mail,
    lovepaws,
)

MAILER = (
    "public class EmailService {\n\tpublic void enviarCorreo(String para, String asunto, "
    'String contenido) {\n\t\thelper.setText(contenido, true);\n\t\thelper.setFrom("a@b.org");\n'
    "\t}\n}\n"
)


def _service(methods: list[str]) -> str:
    """A stand-in service: each method sends a subject from a local String and a content
    passed inline, the last one with both inline."""
    out = ["public class S {\n"]
    for n, method in enumerate(methods):
        if n < len(methods) - 1:
            out.append(
                f"\tprivate void {method}(SolicitudAdopcion solicitud) {{\n"
                f'\t\tString asunto = "Asunto {n}";\n'
                '\t\tString contenido = "Hola " + usuario.getNombre() + ", a "\n'
                '\t\t\t\t+ solicitud.getMascota().getNombre() + ": " + motivo + ".";\n'
                "\t\temailService.enviarCorreo(x, asunto, contenido);\n\t}\n"
            )
        else:
            out.append(
                f"\tprivate void {method}(SolicitudAdopcion solicitud) {{\n"
                "\t\temailService.enviarCorreo(x,\n"
                '\t\t\t\t"Fin", "Hola " + solicitud.getUsuario().getNombre() + ", fin.");\n\t}\n'
            )
    out.append("}\n")
    return "".join(out)


def test_lovepaws_reads_locals_and_inline_arguments(tmp_path: Path) -> None:
    """Subject and content come from the call's arguments, a named local read from its
    declaration; the body is the HTML part only, the reason filled in the refusal."""
    methods = list(dict.fromkeys(m for m, _, _ in LOVEPAWS_MAILS))
    _write(tmp_path, LOVEPAWS, LOVEPAWS_SERVICE[0], _service(methods))
    _write(tmp_path, LOVEPAWS, LOVEPAWS_MAILER[0], MAILER)
    specs = list(lovepaws(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [c for _, c, _ in LOVEPAWS_MAILS]
    refused = specs[2]
    assert refused.subject == "Asunto 2"
    assert refused.html == f"Hola Robin, a Canela: {LOVEPAWS_MAILS[2][2]}."
    assert refused.fmt == "html_only" and refused.sender == ("", "a@b.org")
    assert specs[-1].subject == "Fin" and specs[-1].html == "Hola Robin, fin."


def test_lovepaws_refuses_a_plain_text_mailer(tmp_path: Path) -> None:
    """The recipe sends HTML because ``EmailService`` does: a mailer that no longer does
    stops the build."""
    methods = list(dict.fromkeys(m for m, _, _ in LOVEPAWS_MAILS))
    _write(tmp_path, LOVEPAWS, LOVEPAWS_SERVICE[0], _service(methods))
    _write(tmp_path, LOVEPAWS, LOVEPAWS_MAILER[0], MAILER.replace(", true)", ")"))
    with pytest.raises(ValueError):
        list(lovepaws(Snapshot(tmp_path)))


def test_java_call_readers() -> None:
    """Top-level commas only; a call with another count of arguments raises."""
    assert _java_args('a, "b, c" + f(d, e), g') == ["a", '"b, c" + f(d, e)', "g"]
    with pytest.raises(ValueError):
        _lovepaws_mail('\t\temailService.enviarCorreo(a, "b");\n')


def test_lovepaws_on_the_real_snapshot() -> None:
    """Labels and shape on the pinned files: no refusal of a job, the adoption refused twice
    with its reason, every expression filled."""
    specs = list(lovepaws(_real(LOVEPAWS)))
    assert [s.category for s in specs] == ["other", "other", "not_a_job", "not_a_job", "other"]
    assert not any(s.rejection for s in specs)
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs)
    for s in specs[2:4]:
        assert s.subject == "Tu solicitud de adopción ha sido rechazada"
        assert "ha sido rechazada.\nMotivo: " in s.html
    assert all("Robin" in s.html and "Canela" in s.html for s in specs)
    assert all(s.sender == ("", "adminlovepaws@gmail.com") for s in specs)


def test_sources54_unit_is_pinned_where_the_split_rule_put_it() -> None:
    """lovepaws/es in parts.csv, where the split rule put it in the first full build."""
    assert pinned_parts()["lovepaws/es"] == "test"
