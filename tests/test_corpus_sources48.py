"""Session 37's sources48 recipes (issue 11): their readers on our own wording in stand-in
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
from corpuslib.sources_suites48 import (  # noqa: E402
    ACFFAA,
    ENGEPLUS,
    ENGEPLUS_PATH,
    FINDSOL,
    GENTEPRO,
    GENTEPRO_PATH,
    PAYTOUR,
    REQUIS,
    SERNATUR,
    SLEP,
    SNS,
    VIDAWORK,
    VIDAWORK_CONTROLLER,
    ZFLL,
    _acffaa_literal,
    _gentepro_template,
    _php_array_strings,
    _php_concat,
    _php_number,
    _sernatur_build,
    _sns_loops,
    _sns_subject,
    _ts_mail_options,
    _ts_returned_literal,
    _vidawork_branches,
    _zfll_notification,
    acffaa,
    engeplus,
    findsol,
    gentepro,
    paytour,
    requis,
    sernatur,
    slep,
    sns,
    vidawork,
    zfll,
)


def test_vidawork_reads_each_branch_and_fills_its_view(tmp_path: Path) -> None:
    """``enviarEmail``'s branches give the subject and view; the view's ``{{$empresa}}`` is
    filled; the refusal of a review is a look-alike (``not_a_job``), never a rejection; an
    unknown expression raises."""
    controller = (
        "if ($contenido == 'ACEPTADO' && !empty($user)) {\n"
        "  $subject = 'Sí';\n  $template = 'emails.si';\n"
        "} else if ($contenido == 'EDITADO' && !empty($user)) {\n"
        "  $subject = 'Editado';\n  $template = 'emails.ed';\n"
        "} else if ($contenido == 'RECHAZADO') {\n"
        "  $subject = 'No';\n  $template = 'emails.no';\n}\n"
    )
    assert _vidawork_branches(controller)["RECHAZADO"] == ("No", "emails.no")
    _write(tmp_path, VIDAWORK, VIDAWORK_CONTROLLER, controller)
    for view in ("si", "ed", "no"):
        _write(
            tmp_path,
            VIDAWORK,
            f"resources/views/emails/{view}.blade.php",
            f"<p>{view} sobre {{{{$empresa}}}} para {{{{$correo}}}}</p>",
        )
    specs = list(vidawork(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["other", "other", "not_a_job", "not_a_job"]
    assert not any(s.rejection for s in specs)
    assert specs[2].subject == "No" and "no sobre Servientrega S.A." in specs[2].html
    assert specs[0].sender == ("Vida and Work", "no-reply@vidaandwork.com") and specs[0].noreply
    _write(tmp_path, VIDAWORK, "resources/views/emails/no.blade.php", "{{ $motivo }}")
    with pytest.raises(ValueError):
        list(vidawork(Snapshot(tmp_path)))


def test_sernatur_reads_the_named_sender_of_a_markdown_mailable() -> None:
    """``->markdown('v')...->from('a', 'N')->subject('s')``; a Mailable without a named
    sender raises."""
    assert _sernatur_build(
        "return $this->markdown('p.m')\n  ->from('x@y.cl','Equipo')\n  ->subject('Listo');"
    ) == ("Listo", ("Equipo", "x@y.cl"), "p.m")
    with pytest.raises(ValueError):
        _sernatur_build("return $this->markdown('p.m')->subject('Listo');")


def test_requis_renders_the_requisition_in_laravels_layout(tmp_path: Path) -> None:
    """The message component's data argument dropped, the requisition filled, the button's
    literal address kept."""
    for mailable, view in (("cancelRequisitionMail", "c"), ("autorizeRequisitionMail", "a")):
        _write(
            tmp_path,
            REQUIS,
            f"app/Mail/{mailable}.php",
            f"return $this->markdown('email.r.{view}')->subject('Asunto {view}')",
        )
        _write(
            tmp_path,
            REQUIS,
            f"resources/views/email/r/{view}.blade.php",
            "@component('mail::message', ['data' => $data])\n\n"
            "Hola {{ $data[\"data\"]['user'] }}, folio {{ $data[\"data\"]['id'] }} "
            "({{ $data[\"data\"]['vacancy'] }}).\n\n"
            "@component('mail::button', ['url' => 'http://192.168.3.170:8080/MisRequisiciones'])\n"
            "Ir\n@endcomponent\n\n@endcomponent\n",
        )
    specs = list(requis(Snapshot(tmp_path)))
    assert [s.subject for s in specs] == ["Asunto c", "Asunto c", "Asunto a"]
    assert all(s.category == "other" and not s.rejection for s in specs)
    assert "folio 1184 (Auxiliar Contable)" in specs[0].text
    assert 'href="http://192.168.3.170:8080/MisRequisiciones"' in (specs[0].html or "")


def test_paytour_drops_the_remarks_branch(tmp_path: Path) -> None:
    """The remarks branch (false for our CVs) is left out, the CV's fields filled."""
    _write(
        tmp_path,
        PAYTOUR,
        "app/Mail/AgradecimentoVaga.php",
        "return $this->from(env('SYSTEM_MAIL', 'rh@exemplo.com'))->subject('Recebido')"
        "->markdown('emails.recebido')",
    )
    _write(
        tmp_path,
        PAYTOUR,
        "resources/views/emails/recebido.blade.php",
        "@component('mail::message')\nOlá {{ $curriculo->nome }}, {{$curriculo->cargo_desejado}}\n"
        "@if($curriculo->observacoes)\n    Obs: {{ observacoes}}\n@endif\n\n"
        "{{ config('app.name') }}\n@endcomponent\n",
    )
    specs = list(paytour(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["acknowledgement", "acknowledgement"]
    assert "Olá Robin Berger, Analista de Suporte" in specs[0].text
    assert "Obs" not in specs[0].text and specs[0].sender == ("Paytour", "rh@exemplo.com")


def test_sns_unrolls_the_style_loops_and_reads_the_subjects() -> None:
    """The style partial's ``@for`` and ``@foreach`` unrolled with PHP's number echo; the
    subject given to ``Lang::get`` directly or through ``$subject``."""
    style = (
        "@for ($i = 0; $i < 3 ; $i++)\n.m-{{ $i }} { margin: {{ $i * 0.5  }}rem; }\n@endfor\n"
        '@foreach([\n "a" => "#111",\n "b" => "#222",\n] as $label=>$value)\n'
        ".t-{{$label}} { color: {{$value}}; }\n@endforeach\n"
    )
    out = _sns_loops(style)
    assert ".m-0 { margin: 0rem; }" in out and ".m-2 { margin: 1rem; }" in out
    assert ".m-1 { margin: 0.5rem; }" in out and ".t-b { color: #222; }" in out
    assert "@" not in out
    assert _php_number(1.0) == "1" and _php_number(1.5) == "1.5"
    assert _sns_subject("->subject(Lang::get('Ciao'))", "x") == "Ciao"
    code = "$view = 'emails.notifications.v';\n            $subject = 'Inviata';"
    assert _sns_subject(code, "v") == "Inviata"
    with pytest.raises(ValueError):
        _sns_subject("->subject($s)", "v")


def test_gentepro_reads_the_channel_templates() -> None:
    """``getTemplates()``'s email subject and message of a channel, JS escapes read."""
    source = (
        'x: {\n  whatsapp: "Oi",\n  email: {\n    assunto: "Assunto {{vaga}}",\n'
        '    mensagem: "Linha 1\\n\\nLinha \\"2\\""\n  }\n}'
    )
    assert _gentepro_template(source, "x") == ("Assunto {{vaga}}", 'Linha 1\n\nLinha "2"')
    with pytest.raises(ValueError):
        _gentepro_template(source, "y")


def test_engeplus_reads_typescript_literals_and_mail_options() -> None:
    """The literal a ``private m(...): string`` returns, and a ``sendMail`` call's sender
    expression and subject."""
    source = (
        "async sendX(d: D): Promise<void> {\n await this.m.sendMail({\n to: d.email,\n"
        "  from: d.email,\n  subject: 'Assunto',\n })\n}\n"
        "private getXText(n: string): string {\n  return `Oi ${n}`;\n}\n"
    )
    assert _ts_mail_options(source, "sendX") == ("d.email", "Assunto")
    assert _ts_returned_literal(source, "getXText") == "Oi ${n}"
    with pytest.raises(ValueError):
        _ts_returned_literal(source, "getYText")


def test_zfll_reads_the_notification_call_of_an_event() -> None:
    """The title, the f-string message (``\\"`` read) and the action address of the
    ``NotificationService.create`` call for an event; an unknown event raises."""
    signals = (
        "NotificationService.create(\n    usuario=u,\n"
        '    tipo_evento_nombre="cambio",\n    titulo="Estado",\n'
        '    mensaje=f"Tu postulación a \\"{vacante_titulo}\\" cambió a: {estado_nombre}.",\n'
        '    data={},\n    url_accion="/mis",\n)\n'
    )
    assert _zfll_notification(signals, "cambio") == (
        "Estado",
        'Tu postulación a "{vacante_titulo}" cambió a: {estado_nombre}.',
        "/mis",
    )
    with pytest.raises(ValueError):
        _zfll_notification(signals, "otro")


def test_php_array_strings_reads_multiline_values() -> None:
    """``'key' => '...'`` pairs, a value over several lines and with ``\\'`` escapes."""
    source = "<?php\n$lang = array(\n  'a' => 'Ciao {x}',\n  'b' => '<p>\nl\\'uno\n</p>',\n);\n"
    assert _php_array_strings(source) == {"a": "Ciao {x}", "b": "<p>\nl'uno\n</p>"}


def test_findsol_agency_text_keeps_the_unreplaced_title_as_the_code_sends_it() -> None:
    """The agency's text part is the raw title and the body run together (the code replaces
    ``{title}`` in the HTML heading only); the candidates' receipts name the vacancy."""
    specs = list(findsol(_real(FINDSOL)))
    assert specs[2].text.startswith("Nuova candidatura per {title}Salve, <b>Berger Robin</b>")
    assert "Nuova candidatura per Addetto alla logistica" in (specs[2].html or "")
    assert "password <b>f7Kq2m</b>" in specs[1].text


def test_php_concat_reads_literals_and_variables() -> None:
    """``'a' . $b . 'c'`` with ``\\'`` escapes; an unknown variable or a call raises."""
    assert _php_concat("'Avance a ' . $stageLabel . '\\'.'", {"$stageLabel": "X"}) == "Avance a X'."
    with pytest.raises(ValueError):
        _php_concat("'a' . $otro", {})
    with pytest.raises(ValueError):
        _php_concat("'a' . trim($b)", {"$b": "x"})


def test_slep_refusals_carry_their_stage_and_the_service() -> None:
    """The two stage refusals name the stage not reached (no interview yet: ``application``);
    the void offer and the offer closed with another person are ``unknown``; company the
    service, role the offer's area; HTML in the institutional layout."""
    specs = list(slep(_real(SLEP)))
    assert [s.stage for s in specs] == ["n/a", "application", "application", "unknown", "unknown"]
    assert (
        "no continuará avanzando" in specs[1].text
        and "**Evaluación de antecedentes**" in specs[1].text
    )
    assert "declarada desierta" in specs[3].subject
    assert "La persona seleccionada para continuar en el cargo es" in specs[4].text
    assert all(s.company == "SLEP Andalién Costa" for s in specs[1:])
    assert "Plataforma SLEP Andalién Costa" in (specs[0].html or "")


def test_acffaa_literal_raises_where_the_service_differs() -> None:
    """The expression a pattern captures; a service without it raises."""
    assert _acffaa_literal('x = "a" + b;', r"x = (.*?);", "x") == '"a" + b'
    with pytest.raises(ValueError):
        _acffaa_literal("y = 1;", r"x = (.*?);", "x")


def test_acffaa_results_follow_the_switch() -> None:
    """The reserve list and the default result are the switch's own sentences, under the
    results subject; neither names the post (role ``n/a``)."""
    specs = list(acffaa(_real(ACFFAA)))
    reserve, other = specs[3], specs[4]
    assert "lista de reserva (orden 2)" in reserve.text and reserve.role == "n/a"
    assert "El proceso de selección ha concluido. Gracias por su participación." in other.text
    assert other.subject.startswith("Resultados proceso CAS — CAS-")
    assert all(s.sender == ("", "no-reply@sisconv.gob.pe") for s in specs)


@pytest.mark.parametrize(
    ("recipe", "repo", "categories", "rejections"),
    [
        (vidawork, VIDAWORK, ["other", "other", "not_a_job", "not_a_job"], 0),
        (requis, REQUIS, ["other", "other", "other"], 0),
        (paytour, PAYTOUR, ["acknowledgement", "acknowledgement"], 0),
        (sns, SNS, ["other", "other", "other"], 0),
        (sernatur, SERNATUR, ["other", "other", "not_a_job", "not_a_job", "other"], 0),
        (
            gentepro,
            GENTEPRO,
            ["acknowledgement", "moving_forward", "interview_invitation", "assessment"],
            0,
        ),
        (engeplus, ENGEPLUS, ["offer", "rejection"], 1),
        (findsol, FINDSOL, ["acknowledgement", "acknowledgement", "other"], 0),
        (slep, SLEP, ["moving_forward"] + ["rejection"] * 4, 4),
        (
            acffaa,
            ACFFAA,
            ["acknowledgement", "acknowledgement", "offer", "rejection", "rejection"],
            2,
        ),
        (
            zfll,
            ZFLL,
            ["acknowledgement"] * 3 + ["rejection", "rejection", "offer"],
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
    assert all(s.stage in ("application", "unknown") for s in refusals)
    assert all(s.company != "n/a" or s.unit == "zfll/es" for s in refusals)
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs if not s.rejection)
    for s in specs:
        body = (s.html or "") + s.text
        assert "{{" not in body and "<?" not in body and "${" not in body and "@if" not in body


def test_engeplus_refusal_comes_from_the_applicants_own_address() -> None:
    """``sendDisapprovedEmail`` sets ``from: sendEmail.email``: the refusal's sender is the
    applicant; the approval comes from the no-reply address."""
    offer, refusal = engeplus(_real(ENGEPLUS))
    assert refusal.subject == "Novo talento?" and refusal.sender[1] == refusal.to[1]
    assert not refusal.noreply and refusal.company == "Engeplus"
    assert "banco de talentos" in refusal.text and "\\n" not in refusal.text
    assert offer.sender == ("", "no-reply@engeplus.com") and offer.noreply
    assert ENGEPLUS_PATH and GENTEPRO_PATH


def test_sources48_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources48's units in parts.csv, where the split rule put them in the first build."""
    parts = pinned_parts()
    assert parts["vidawork/es"] == "test"
    assert parts["requisiciones/es"] == "test"
    assert parts["paytour/pt"] == "test"
    assert parts["snsorient/it"] == "dev"
    assert parts["sernatur/es"] == "test"
    assert parts["gentepro/pt"] == "dev"
    assert parts["engeplus/pt"] == "test"
    assert parts["zfll/es"] == "test"
    assert parts["findsol/it"] == "test"
    assert parts["slep/es"] == "dev"
    assert parts["acffaa/es"] == "test"
