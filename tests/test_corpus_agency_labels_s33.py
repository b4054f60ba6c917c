"""Session 33's labelling convention in the recipes: an agency relaying an unnamed client's no.

The lead's decision (issue 11's field targets): such a no is labelled with the agency's name,
as the fields probes have held since session 26 ("the client when named, else the agency"):
the user needs a name to track and to write to. Builds from ext-s33 on carry it; older builds
keep n/a. Each recipe runs here on our own wording in a stand-in snapshot (no fetched source).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpuslib.fill import Spec  # noqa: E402
from corpuslib.snapshot import MissingSource, Snapshot  # noqa: E402


class _Files(Snapshot):
    """A snapshot of files given by path (any repository, any commit)."""

    def __init__(self, files: dict[str, str]) -> None:
        super().__init__(Path("/nonexistent"))
        self.files = files

    def read(self, repo: str, commit: str, path: str, encoding: str = "utf-8") -> str:
        if path not in self.files:
            raise MissingSource(path)
        return self.files[path]


def _rejections(specs: list[Spec]) -> list[Spec]:
    return [s for s in specs if s.category == "rejection"]


def test_talents_labels_the_unnamed_clients_no_with_the_agency() -> None:
    from corpuslib.sources_suites15a import TALENTS_MESSAGES, TALENTS_PATH, talents

    array = ",\n".join(
        f"  {{ id: {i}, nome: '{name}', mensagem: \"Mensagem {i} sobre a vaga.\" }}"
        for i, name in enumerate(TALENTS_MESSAGES)
    )
    specs = list(talents(_Files({TALENTS_PATH: f"export const m = [\n{array}\n];"})))
    rejections = _rejections(specs)
    assert len(rejections) == 4
    assert {s.company for s in rejections} == {"Talents RH"}
    assert all(s.sender[0] == "Talents RH" for s in rejections)


def test_grywo_labels_the_employers_unnamed_no_with_the_agency() -> None:
    from corpuslib.sources_suites22 import GRYWO_MAILS, GRYWO_PATH, GRYWO_SUBJECTS, grywo

    bodies = "".join(f"\n  {key}: `<p>Hoi {{voornaam}}, over {key}.</p>`," for key in GRYWO_MAILS)
    meta = {"_from": "Noah <noreply@noah.example>"}
    for i, key in enumerate(GRYWO_MAILS):
        meta[str(i)] = {"key": key, "titel": "Update", "subject": "Sollicitatie bij ${bedrijf}"}
    files = {
        GRYWO_PATH: f"export const DEFAULT_BODIES: R = {{{bodies}\n}};",
        GRYWO_SUBJECTS: json.dumps(meta),
    }
    specs = list(grywo(_Files(files)))
    rejections = _rejections(specs)
    assert len(rejections) == 4
    assert {s.company for s in rejections} == {"GRYWO"}
    invitation = next(s for s in specs if s.category == "interview_invitation")
    assert invitation.company not in ("GRYWO", "n/a")  # the employer the meeting names


def test_ngtalent_labels_the_client_when_named_else_the_agency() -> None:
    from corpuslib.sources_suites22 import (
        NGTALENT_APPLY_PATH,
        NGTALENT_MAILS,
        NGTALENT_PAGE,
        NGTALENT_SEND_PATH,
        ngtalent,
    )

    page = "".join(
        f"  {{ label: '{label}', asunto: `Tu proceso: ${{vacanteTitulo}}`, cuerpo: `Hola "
        f"${{nombre}}, sobre ${{vacanteTitulo}}${{clienteNombre ? ` en ${{clienteNombre}}` : ''}}"
        ".` },\n"
        for label in NGTALENT_MAILS
    )
    wrapper = (
        "const base = `color:#333;`\n"
        "function header(subtitulo) {\n  return `<h1>${subtitulo}</h1>`\n}\n"
    )
    send = (
        "const FROM = 'Equipo NG <hola@ng.example>'\n" + wrapper + "function htmlMensaje() {\n"
        "  return `<div style=\"${base}\">${header('Mensaje de reclutamiento')}<p>${candidatoNombre}</p>"
        "<p>${mensaje}</p><p>${reclutadorNombre || 'Equipo N&amp;G Talent Consulting'}</p>"
        "</div>`\n}\n"
    )
    apply = (
        "const FROM = 'Equipo NG <hola@ng.example>'\n" + wrapper + "function htmlConfirmacion() {\n"
        "  return `<div style=\"${base}\">${header('Confirmación de aplicación')}<p>${candidato.nombre}, "
        "${vacante.titulo} en ${vacante.cliente} (${candidato.email})</p></div>`\n}\n"
        "send([candidato.email], `Recibimos tu aplicación: ${vacante.titulo}`)\n"
    )
    files = {NGTALENT_PAGE: page, NGTALENT_SEND_PATH: send, NGTALENT_APPLY_PATH: apply}
    rejections = _rejections(list(ngtalent(_Files(files))))
    assert len(rejections) == 2
    named, unnamed = rejections
    assert named.company not in ("n/a", "N&G Talent Consulting")
    assert named.company in named.text  # the client the refusal names
    assert unnamed.company == "N&G Talent Consulting"
    assert "N&G Talent Consulting" in unnamed.text  # the agency signs with that name
