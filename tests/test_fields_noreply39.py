"""No-reply in Portuguese, Italian and Spanish (session 35, noreply39).

Why a file of its own: the held-out fields probe of pass 37 (``bench/probes/fields-pt-17.txt``,
``fields-it-13.txt``, ``fields-es-19.txt``) and dev's skillcheck-it found notice boxes named in
the portal's own language ("notificacoes@", "avvisi.x@", "sistema@", "no_rispondere@") and
footers ("por favor não responda", "si prega di non rispondere", "por favor no lo respondas")
not read as no-reply. Each with the counter-case the rule must leave alone (a box a person reads,
a deadline "se não responder até", another channel named); other names and sentences than the
probes'.
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict

from agent.classify import is_noreply_address

NO_PT = "Lamentamos informar que a sua candidatura a Motorista não foi selecionada."
NO_IT = "Purtroppo la tua candidatura per Autista non è stata selezionata."
NO_ES = "Lamentamos comunicarte que tu candidatura para Conductor no ha sido seleccionada."


@pytest.mark.parametrize(
    "addr",
    [
        "no_rispondere@trasporti.example",
        "notificacoes@vagas.example",
        "notificaciones@empleo.example",
        "notificazioni@lavoro.example",
        "avisos@empresa.example",
        "avvisi.portale@gmail.com",
        "sistema@carreiras.example",
    ],
)
def test_notice_boxes_in_their_language(addr: str) -> None:
    assert is_noreply_address(addr)


@pytest.mark.parametrize(
    "addr",
    [
        "recrutamento@empresa.example",
        "rh@empresa.example",
        "selezione@azienda.example",
        "info@negozio.example",
        "sistemas.ti@empresa.example",  # an IT department's person, "sistemas" not "sistema"
        "avisosrh.ana@empresa.example",
    ],
)
def test_boxes_a_person_reads(addr: str) -> None:
    assert not is_noreply_address(addr)


@pytest.mark.parametrize(
    ("body", "noreply"),
    [
        (
            f"Olá Alex,\n\n{NO_PT}\n\nTransportes Lima\n\nPor favor, não responda a esta mensagem.\n",
            True,
        ),
        (f"Olá Alex,\n\n{NO_PT}\n\nTransportes Lima\n\nE-mail gerado automaticamente.\n", True),
        (
            f"Olá Alex,\n\n{NO_PT}\n\nTransportes Lima\n\n"
            "Este endereço de correio não está monitorizado. Esta caixa de correio não é monitorizada.\n",
            True,
        ),
        # A deadline, not a notice.
        (
            f"Olá Alex,\n\n{NO_PT}\n\nSe não responder até sexta, fechamos o processo.\n\n"
            "Ana Lima\nTransportes Lima\n",
            False,
        ),
    ],
)
def test_pt_footers(body: str, noreply: bool) -> None:
    v = _verdict("Transportes Lima <selecao@translima.example>", "Candidatura - Motorista", body)
    assert v.noreply is noreply


@pytest.mark.parametrize(
    ("body", "noreply"),
    [
        (f"Ciao Alex,\n\n{NO_IT}\n\nAutoservizi Neri\n\nVi preghiamo di non rispondere.\n", True),
        (f"Ciao Alex,\n\n{NO_IT}\n\nAutoservizi Neri\n\nE-mail inviata automaticamente.\n", True),
        # Another channel named: the text does not say not to reply (docs/corpora.md, Labels).
        (
            f"Ciao Alex,\n\n{NO_IT}\n\nPer rispondere, scrivi dal portale candidati.\n\n"
            "Autoservizi Neri\n",
            False,
        ),
    ],
)
def test_it_footers(body: str, noreply: bool) -> None:
    v = _verdict("Autoservizi Neri <selezione@autoneri.example>", "Candidatura - Autista", body)
    assert v.noreply is noreply


def test_es_footer() -> None:
    body = f"Hola Alex,\n\n{NO_ES}\n\nAutocares Vega\n\nPor favor, no respondas a este correo.\n"
    assert _verdict("Autocares Vega <rrhh@autovega.example>", "Tu candidatura", body).noreply
    body = f"Hola Alex,\n\n{NO_ES}\n\nMensaje enviado automáticamente.\n"
    assert _verdict("Autocares Vega <rrhh@autovega.example>", "Tu candidatura", body).noreply
    body = (
        f"Hola Alex,\n\n{NO_ES}\n\nSi no respondes antes del lunes, cerramos el proceso.\n\nEva\n"
    )
    assert not _verdict("Autocares Vega <rrhh@autovega.example>", "Tu candidatura", body).noreply
