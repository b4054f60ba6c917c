"""Session 35's sources42 recipes (issue 11): their readers on our own wording in stand-in
snapshots (the units' pins are tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites42 import (  # noqa: E402
    AJUNDEAI,
    AJUNDEAI_MAILS,
    AJUNDEAI_PATH,
    TEAM24,
    TEAM24_MAILS,
    TEAM24_PATH,
    TEAM24_READ_AT,
    TELCOM,
    TELCOM_BOARD_PATH,
    TELCOM_EVALUATIONS,
    TELCOM_STATUSES,
    TELCOM_TRAINING_PATH,
    UPSWING,
    UPSWING_DIR,
    UPSWING_MAILS,
    UPSWING_SERVICE_PATH,
    _js_plus,
    ajundeai,
    team24,
    telcom,
    upswing,
)


def _team24_function(name: str, body: str, subject: str) -> str:
    return (
        f"export async function {name}(\n  recipientName: string,\n  vagaTitulo: string\n"
        "): Promise<void> {\n  const uid = await getUid();\n"
        f"  const bodyHtml = `<p>${{escapeXml(greeting)}}</p><p>{body}</p>`;\n\n"
        '  const createXml = await xmlRpcObject(\n    uid,\n    "mail.mail",\n    "create",\n'
        f"    `<value><struct>\n      <member><name>subject</name><value><string>{subject}"
        "</string></value></member>\n      <member><name>email_from</name><value><string>"
        "Pessoas Exemplo &lt;rh@exemplo.pt&gt;</string></value></member>\n"
        "    </struct></value>`\n  );\n}\n\n"
    )


def _team24_snapshot(root: Path, commit: str = TEAM24_READ_AT, extra: str = "") -> Snapshot:
    text = "fim de um comentário.\n */\n" + "".join(
        [
            _team24_function(
                "sendEmailConfirmacaoCandidatura",
                "Chegou ${vagaTexto}.",
                "Recebida — Exemplo${subjectVaga}",
            ),
            _team24_function(
                "sendQuestionarioEmail",
                "Responda em ${questionarioLink} para ${escapeXml(vagaTitulo)}.",
                "Questionário ${escapeXml(vagaTitulo)}",
            ),
            _team24_function(
                "sendLembreteQuestionarioEmail",
                "Ainda falta ${questionarioLink}.",
                "Lembrete ${escapeXml(vagaTitulo)}",
            ),
            _team24_function(
                "sendEmailRejeicao",
                f"Não seguimos com ${{escapeXml(vagaTitulo)}}.{extra}",
                "Resposta — ${escapeXml(vagaTitulo)}",
            ),
        ]
    )
    saved = {"_source": {"commit": commit}, "text": text}
    _write(root, TEAM24, TEAM24_PATH, json.dumps(saved))
    return Snapshot(root)


def test_team24_fills_each_function_body_and_its_create_call(tmp_path: Path) -> None:
    """Every function's ``bodyHtml`` filled, the subject and sender from the ``mail.mail``
    create struct with entities undone; the unsolicited receipt has no title in its subject;
    the refusals name the firm and the title; multipart (Odoo adds the text part)."""
    specs = list(team24(_team24_snapshot(tmp_path)))
    assert len(specs) == sum(v for _, v in TEAM24_MAILS.values())
    receipt, unsolicited = specs[0], specs[1]
    title = receipt.subject.removeprefix("Recebida — Exemplo · ")
    assert title != receipt.subject and title != "Candidatura Espontânea"
    assert f"Chegou a sua candidatura para a vaga <strong>{title}</strong>." in (receipt.html or "")
    assert unsolicited.subject == "Recebida — Exemplo"
    assert "Chegou a sua candidatura espontânea." in (unsolicited.html or "")
    assert receipt.sender == ("Pessoas Exemplo", "rh@exemplo.pt")
    assert "<p>Olá Robin Berger,</p>" in (receipt.html or "")
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == TEAM24_MAILS["sendEmailRejeicao"][1]
    assert {s.company for s in refusals} == {"TEAM 24"}
    assert all(s.subject == f"Resposta — {s.role}" for s in refusals)
    assert all(s.fmt == "html" and "Não seguimos com" in s.text for s in refusals)


def test_team24_refuses_an_unknown_expression_or_another_commit(tmp_path: Path) -> None:
    """A ``${...}`` the recipe does not know raises, and so does an excerpt read elsewhere."""
    with pytest.raises(ValueError):
        list(team24(_team24_snapshot(tmp_path, extra=" ${recipientPhone}")))
    with pytest.raises(ValueError):
        list(team24(_team24_snapshot(tmp_path, commit="0" * 40)))


def test_js_plus_joins_literals_fills_names_and_picks_a_ternary_branch() -> None:
    """Quoted literals joined (escapes undone), names filled by their text, ``(f ? a : b)``
    replaced by the branch its flag picks; an unknown name or condition raises."""
    expr = "'Olá ' + nome + (extra ? '<p>Nota: ' + extra + '</p>' : '') + '\\'fim\\''"
    values = {"nome": "Ana", "extra": "rever"}
    assert _js_plus(expr, values, {"extra": True}) == "Olá Ana<p>Nota: rever</p>'fim'"
    assert _js_plus(expr, values, {"extra": False}) == "Olá Ana'fim'"
    with pytest.raises(ValueError):
        _js_plus(expr, {"nome": "Ana"}, {"extra": True})
    with pytest.raises(ValueError):
        _js_plus(expr, values, {})


def _telcom_snapshot(root: Path, hire_name: str = "nombre") -> Snapshot:
    board = (
        "function sendStatusUpdateEmail(applicationRow, newStatus) {\n  const messages = {\n"
        "    'revisado': 'Vimos tu ficha.',\n    'entrevista': 'Te citamos.',\n"
        "    'rechazado': 'No seguimos contigo.',\n    'contratado': 'Entras.'\n  };\n"
        "  const body = `\nHola ${applicationRow[2]},\n\n"
        "${messages[newStatus] || 'El estado de tu postulacion ha cambiado.'}\n\nEquipo\n  `;\n"
        "  MailApp.sendEmail(applicationRow[4], 'Tu ficha', body);\n}\n\n"
        "function sendHireNotification(email, nombre, cargo) {\n"
        f"  const body = `\nHola ${{{hire_name}}}, eres ${{cargo}}.\n  `;\n"
        "  MailApp.sendEmail(email, 'Bienvenida', body);\n}\n"
    )
    training = (
        "function revisarEvaluacion(data) {\n  try {\n      MailApp.sendEmail({\n"
        "        to: emailDest,\n        subject: 'Nota: ' + tituloCap + ' - ' + estadoLabel,\n"
        "        htmlBody: '<p>Hola ' + evalRow.nombres + ', ' + estadoLabel + ' ' + "
        "nota_final + '</p>' +\n          (retroalimentacion ? '<p>Dice: ' + retroalimentacion"
        " + '</p>' : '') +\n          '<p style=\"color:' + colorEstado + '\">Fin</p>'\n"
        "      });\n  } catch (e) {}\n}\n"
    )
    _write(root, TELCOM, TELCOM_BOARD_PATH, board)
    _write(root, TELCOM, TELCOM_TRAINING_PATH, training)
    return Snapshot(root)


def test_telcom_sends_each_status_message_the_welcome_and_the_evaluations(
    tmp_path: Path,
) -> None:
    """One mail per status variant in the body's frame, the refusals labelled with the firm;
    the welcome with the title; the evaluations HTML only, the evaluator's remark only on a
    course not passed; a name the recipe does not know raises."""
    specs = list(telcom(_telcom_snapshot(tmp_path)))
    statuses = sum(v for _, v in TELCOM_STATUSES.values())
    evaluations = sum(v for _, v in TELCOM_EVALUATIONS.values())
    assert len(specs) == statuses + 1 + evaluations
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == TELCOM_STATUSES["rechazado"][1]
    assert all("Hola Robin Berger,\n\nNo seguimos contigo." in s.text for s in refusals)
    assert {s.company for s in refusals} == {"Ingenieria Telcom EIRL"}
    assert {s.subject for s in specs[:statuses]} == {"Tu ficha"}
    welcome = specs[statuses]
    assert welcome.category == "offer" and welcome.subject == "Bienvenida"
    marks = specs[statuses + 1 :]
    assert [s.category for s in marks] == ["not_a_job", "not_a_job", "other"]
    assert all(s.fmt == "html_only" for s in marks)
    assert "<p>Dice: " in (marks[0].html or "") and "<p>Dice: " not in (marks[2].html or "")
    assert "OBSERVADO" in marks[0].subject and "APROBADO" in marks[2].subject
    with pytest.raises(ValueError):
        list(telcom(_telcom_snapshot(tmp_path, hire_name="apodo")))


def _upswing_snapshot(root: Path, expr: str = "jobOffer.getPosition()") -> Snapshot:
    methods = "".join(
        f"    public void {method}(Company c) throws MessagingException {{\n"
        f'        helper.setSubject("Assunto {method}");\n    }}\n\n'
        for method, *_ in UPSWING_MAILS
    )
    _write(root, UPSWING, UPSWING_SERVICE_PATH, f"public class EmailService {{\n{methods}}}\n")
    names = {
        "CompanyEmailToSend": "company.getAccount().getName()",
        "JobOfferEmailToSend": "jobOffer.getCompany().getAccount().getName()",
        "StudentEmailToSend": "student.getAccount().getName()",
    }
    for cls, name in names.items():
        body = "".join(
            f"    public String {template}(Object object) {{\n        X x = (X) object;\n"
            f'        return "<p>Olá " + {name} + ",</p>\\n" +\n'
            f'               "<p>{template}: " + {expr} + "</p>";\n    }}\n\n'
            for _, c, template, *_ in UPSWING_MAILS
            if c == cls
        )
        _write(root, UPSWING, f"{UPSWING_DIR}/util/emails/{cls}.java", f"class {cls} {{\n{body}}}")
    return Snapshot(root)


def test_upswing_builds_each_template_under_its_service_subject(tmp_path: Path) -> None:
    """The subject of the service method, the HTML of the template's returned concatenation
    (HTML only), the company's refusals as look-alikes; an unknown expression raises."""
    specs = list(upswing(_upswing_snapshot(tmp_path)))
    assert len(specs) == sum(row[4] for row in UPSWING_MAILS)
    assert specs[0].subject == "Assunto emailForPendingProfile"
    assert all(s.fmt == "html_only" and not s.rejection for s in specs)
    refused = [s for s in specs if s.subject == "Assunto emailForNotApprovedVacancy"]
    assert len(refused) == 2 and {s.category for s in refused} == {"not_a_job"}
    assert (refused[0].html or "").startswith("<p>Olá ") and "emailNotApproved: " in (
        refused[0].html or ""
    )
    assert "<p>Olá Robin Berger,</p>" in (specs[-1].html or "")
    with pytest.raises(ValueError):
        list(upswing(_upswing_snapshot(tmp_path, expr="jobOffer.getSalary()")))


def _ajundeai_branch(kind: str, keyword: str, extra: str = "") -> str:
    return (
        f"        if ($type == '{kind}'){{\n"
        f'            $mail->Subject = "Aviso {kind}: $position_name — $org_name";\n'
        f'            $mail->Body = "\n            <p>Olá $candidate_name, {keyword} $name_slot{extra}'
        "</p>\n            <a href='$portal_link'>portal</a>\";\n"
        f'            $mail->AltBody = "Olá $candidate_name, {keyword} $position_name.";\n'
        "        }"
    )


def _ajundeai_snapshot(root: Path, extra: str = "") -> Snapshot:
    branches = " else ".join(
        _ajundeai_branch(kind, f"palavra-{kind}", extra if kind == "disapprove" else "")
        for kind in AJUNDEAI_MAILS
    )
    source = (
        "<?php\nfunction setEmail($type, $name_slot) {\n"
        "    $portal_link    = 'https://exemplo.org/vagas';\n"
        "    $mail->setFrom('avisos@exemplo.org', 'Exemplo');\n"
        f"{branches}\n        $mail->send();\n}}\n"
    )
    _write(root, AJUNDEAI, AJUNDEAI_PATH, source)
    return Snapshot(root)


def test_ajundeai_interpolates_each_branch_multipart_with_the_ngo_as_reply_to(
    tmp_path: Path,
) -> None:
    """Each ``$type`` branch's Subject, Body and AltBody with ``$name`` filled (the portal link
    the file sets), multipart, from ``setFrom``, the NGO as reply-to; the refusals look-alikes
    (a volunteer place); an interpolation the recipe does not know raises."""
    specs = list(ajundeai(_ajundeai_snapshot(tmp_path)))
    assert len(specs) == sum(v for _, v in AJUNDEAI_MAILS.values())
    refusal = specs[0]
    assert refusal.category == "not_a_job" and not refusal.rejection
    assert refusal.sender == ("Exemplo", "avisos@exemplo.org") and refusal.reply_to
    assert refusal.text.startswith("Olá Robin Berger, palavra-disapprove ")
    assert "href='https://exemplo.org/vagas'" in (refusal.html or "")
    assert refusal.fmt == "html" and refusal.subject.startswith("Aviso disapprove: ")
    assert [s.noreply for s in specs] == [False, False, False, True]
    with pytest.raises(ValueError):
        list(ajundeai(_ajundeai_snapshot(tmp_path, extra=" $email_ong")))
