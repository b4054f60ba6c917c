"""Session 41's sources60 recipes (issue 11): their readers on our own wording in stand-in
text (Python dicts of status pairs and of status words, f-strings, plain placeholder
replacement, an Electron app's default
templates as JavaScript strings, its ``{{key}}`` fill, a React Native screen's ``sendEmail``
calls with template literals), a changed sender stopping a recipe, their labels and shape on
the real snapshots (skipped where they lack the source), and the pins."""

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
from corpuslib.sources_suites60 import (  # noqa: E402
    CRM,
    CRM_APP_PATH,
    CRM_MAILS,
    CRM_MAIN_PATH,
    GTB,
    GTB_MAILS,
    GTB_ROUTE_PATH,
    WEBCERT,
    WEBCERT_CONTROLLER_PATH,
    WEBCERT_MAILS,
    WEBCERT_ROUTES_PATH,
    WEBCERT_SERVICE_PATH,
    WEBCERT_TEMPLATE_PATH,
    WORKLY,
    WORKLY_MAILS,
    WORKLY_SCREEN_PATH,
    crm_fill,
    crm_templates,
    gtb,
    gtb_fill,
    gtb_mail_parts,
    python_dict_literal,
    recruitercrm,
    status_pairs,
    status_words,
    webcert,
    webcert_fill,
    workly,
    workly_body,
    workly_mails,
)

CONTROLLER = """class C:
    def enviar(self) -> None:
        status_mensagens: dict[str, str] = {
            "SIM": ("Olá {amigo}!", "Tudo certo, com 'aspas'."),
            "NÃO": ("Não foi", "Fica para a próxima."),
        }
        assunto, corpo = status_mensagens[self.status]
"""


def test_python_dict_literals_of_pairs_and_of_words() -> None:
    """The dict's pairs, braces inside strings kept; a dict followed by ``.get(...)`` read
    as words; a dict of the other shape, a name in it or no such dict raises."""
    assert status_pairs(CONTROLLER, "status_mensagens") == {
        "SIM": ("Olá {amigo}!", "Tudo certo, com 'aspas'."),
        "NÃO": ("Não foi", "Fica para a próxima."),
    }
    words = '    status_pt = {\n        "a": "Finalizado (Não)",\n    }.get(s.lower(), s)\n'
    assert status_words(words, "status_pt") == {"a": "Finalizado (Não)"}
    with pytest.raises(ValueError):
        status_pairs("x = {'a': 'b'}\n", "x")
    with pytest.raises(ValueError):
        status_words(CONTROLLER, "status_mensagens")
    with pytest.raises(ValueError):
        python_dict_literal("x = {'a': b}\n", "x")
    with pytest.raises(ValueError):
        python_dict_literal(CONTROLLER, "outra")


def test_webcert_fill_replaces_in_order() -> None:
    """Each key replaced as written, braces included; a key not given stays."""
    assert (
        webcert_fill("<h1>{title_html}</h1><p>{name_html} {x}</p>", {"{title_html}": "T"})
        == "<h1>T</h1><p>{name_html} {x}</p>"
    )


def _webcert_sources(root: Path, route: str) -> None:
    _write(root, WEBCERT, WEBCERT_ROUTES_PATH, route)
    _write(root, WEBCERT, WEBCERT_CONTROLLER_PATH, CONTROLLER)
    _write(root, WEBCERT, WEBCERT_TEMPLATE_PATH, "<p>{title_html} {name_html} {text_html}</p>")
    service = (
        'message.attach(MIMEText(email_html, "html"))\n'
        "    def send_email_informing_user_status_selection_process(self):\n"
        '        t = "template_aviso_atualizacao_status_processo.html"\n'
        '        r = {"{title_html}": subject,\n"{text_html}": message,\n'
        '"{name_html}": name_user,}\n'
    )
    _write(root, WEBCERT, WEBCERT_SERVICE_PATH, service)


def test_a_status_route_that_no_longer_mails_stops_webcert(tmp_path: Path) -> None:
    """The route's mail call gone: the recipe raises rather than invent a mail."""
    _webcert_sources(tmp_path, "def atualizar(): pass\n")
    with pytest.raises(ValueError, match="no longer sends"):
        list(webcert(Snapshot(tmp_path)))


MAIN_JS = r"""const DEFAULT_SETTINGS = {
  stages: [
    { id: "st-a", nome: "A", isHired: false },
  ],
  templates: [
    {
      id: "tpl-no",
      nome: "Email - no",
      corpo: "Gentile {{nome}} {{cognome}},\n\nNo per \"{{ruolo}}\".\n{{firma}}",
    },
  ],
};
"""


def test_crm_templates_and_fill() -> None:
    """The templates block after the stages, JSON escapes read; the fill gives "" for a
    missing or empty value and reads ``{{ key }}`` with spaces."""
    templates = crm_templates(MAIN_JS)
    assert templates == {
        "tpl-no": ("Email - no", 'Gentile {{nome}} {{cognome}},\n\nNo per "{{ruolo}}".\n{{firma}}')
    }
    body = templates["tpl-no"][1]
    assert crm_fill(body, {"nome": "Robin", "cognome": "", "ruolo": "Cuoco"}) == (
        'Gentile Robin ,\n\nNo per "Cuoco".\n'
    )
    assert crm_fill("{{ nome }}!", {"nome": "Robin"}) == "Robin!"


def test_a_changed_mail_button_stops_recruitercrm(tmp_path: Path) -> None:
    """A modal whose "Apri in Email" builds another subject: the recipe raises."""
    _write(tmp_path, CRM, CRM_MAIN_PATH, MAIN_JS)
    _write(tmp_path, CRM, CRM_APP_PATH, "const subject = encodeURIComponent(tpl.nome);\n")
    with pytest.raises(ValueError, match="modal changed"):
        list(recruitercrm(Snapshot(tmp_path)))


SCREEN = """  const onTime = () => {
      sendEmail(data.email, 'Sí · App',
        `Hola ${data.name}, el día ${d.toLocaleDateString()} a las ${d.toLocaleTimeString([], { hour: '2-digit' })}.\\n\\nOk.`);
      sendEmail(
        data.email, 'No · App',
        `Hola ${data.name}, no.`
      );
  };
"""


def test_workly_mails_and_bodies() -> None:
    """Each call's subject and literal; a body filled (an expression with braces inside
    included) and its ``\\n`` read; an expression without a value raises."""
    mails = workly_mails(SCREEN)
    assert list(mails) == ["Sí · App", "No · App"]
    values = {
        "data.name": "Robin Berger",
        "d.toLocaleDateString()": "1/2/2026",
        "d.toLocaleTimeString([], { hour: '2-digit' })": "10 a. m.",
    }
    assert workly_body(mails["Sí · App"], values) == (
        "Hola Robin Berger, el día 1/2/2026 a las 10 a. m..\n\nOk."
    )
    with pytest.raises(ValueError):
        workly_body(mails["Sí · App"], {"data.name": "Robin"})


def test_a_workly_screen_without_mailto_stops_the_recipe(tmp_path: Path) -> None:
    """A ``sendEmail`` that no longer opens the employer's mail program: the recipe raises."""
    _write(tmp_path, WORKLY, WORKLY_SCREEN_PATH, SCREEN + "const sendEmail = api.post;\n")
    with pytest.raises(ValueError, match="mailto"):
        list(workly(Snapshot(tmp_path)))


ROUTE = """_send_email_notification_simulated(user_email, user_name, job_title, new_status)
def _send(name, job_title, new_status):
    status_pt = {
        "sim": "Aprovado",
        "nao": "Finalizado (Não selecionado)",
    }.get(new_status.lower(), new_status)
    if smtp_host:
            msg['Subject'] = f"Board - Vaga: {job_title}"
            html = f\"\"\"
            <p>Olá, <strong>{name}</strong>! {job_title}: <span>{status_pt}</span></p>
            \"\"\"
            msg.attach(MIMEText(html, 'html'))
"""


def test_gtb_mail_parts_and_fill() -> None:
    """The SMTP branch's subject and HTML f-strings; plain-name fields filled, any other
    field raises; a mail that gains a text part stops the reader."""
    subject, html = gtb_mail_parts(ROUTE)
    assert subject == "Board - Vaga: {job_title}"
    values = {"name": "Robin Berger", "job_title": "Cuoco", "status_pt": "Não"}
    assert "<strong>Robin Berger</strong>! Cuoco: <span>Não</span>" in gtb_fill(html, values)
    with pytest.raises(ValueError):
        gtb_fill("{name} {job_title.upper()}", values)
    with pytest.raises(ValueError, match="HTML alone"):
        gtb_mail_parts(ROUTE.replace("MIMEText(html, 'html')", "MIMEText(text, 'plain')"))


def test_a_gtb_route_that_no_longer_mails_stops_the_recipe(tmp_path: Path) -> None:
    """The status route without its mail call: the recipe raises."""
    _write(tmp_path, GTB, GTB_ROUTE_PATH, ROUTE.split("\n", 1)[1])
    with pytest.raises(ValueError, match="no longer mails"):
        list(gtb(Snapshot(tmp_path)))


def test_gtb_on_the_real_snapshot() -> None:
    """The pinned board: one mail a status, the refusal twice (two jobs) as the badge
    "Finalizado (Não selecionado nesta etapa)", the job named, no employer, HTML only."""
    specs = list(gtb(_real(GTB)))
    assert [s.category for s in specs] == [c for _, _, c in GTB_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert [s.role for s in refusals] == [
        "Desenvolvedor Full Stack Junior",
        "Engenheiro de Dados Python / Spark",
    ]
    for s in refusals:
        assert (
            "O status da sua candidatura foi atualizado para: Finalizado (Não selecionado nesta "
            "etapa)" in s.text
        )
        assert (
            s.subject == f"globalTalentBridge - Atualização do Processo Seletivo (Vaga: {s.role})"
        )
        assert (s.company, s.stage) == ("n/a", "application")
    for s in specs:
        assert s.fmt == "html_only" and "{" not in (s.html or "") and s.noreply
        assert s.sender == ("", "no-reply@globaltalentbridge.com")


def test_webcert_on_the_real_snapshot() -> None:
    """The pinned system: one status mail a status, the refusal twice and the closed process
    once, each naming the firm and no job, HTML only, every placeholder filled."""
    specs = list(webcert(_real(WEBCERT)))
    assert [s.category for s in specs] == [c for _, c in WEBCERT_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert [s.subject for s in refusals] == [
        "Infelizmente, você não foi aprovado no processo seletivo.",
        "Infelizmente, você não foi aprovado no processo seletivo.",
        "Seu processo seletivo foi encerrado. Obrigado pela participação!",
    ]
    assert "O processo seletivo foi encerrado. Agradecemos seu interesse" in refusals[2].text
    for s in refusals:
        assert (s.company, s.role, s.stage) == ("WebCertificados", "n/a", "application")
    for s in specs:
        assert s.fmt == "html_only" and "_html}" not in (s.html or "")
        assert "Olá Robin Berger, temos uma atualização sobre o status" in s.text
        assert "WebCertificados 2024" in s.text


def test_recruitercrm_on_the_real_snapshot() -> None:
    """The pinned CRM: the app's subject (template name, dash, the candidate), the refusal
    for two roles, plain text from the recruiter, every placeholder filled."""
    specs = list(recruitercrm(_real(CRM)))
    assert [s.category for s in specs] == [c for _, _, c in CRM_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert [s.role for s in refusals] == ["Impiegata amministrativa", "Magazziniere carrellista"]
    for s in refusals:
        assert s.subject == "Email - esito negativo — Robin Berger"
        assert "abbiamo deciso di proseguire con un altro profilo" in s.text
        assert s.company == "Risorse Nord Est Srl" and s.stage == "application"
    for s in specs:
        assert s.fmt == "plain" and "{{" not in s.text
        assert s.sender == ("Giulia Marchetti", "giulia.marchetti@risorsenordest.example.it")


def test_workly_on_the_real_snapshot() -> None:
    """The pinned app: interview, the one-sentence refusal twice, hired; no employer or job
    named; the phone's date and hour in the invitation."""
    specs = list(workly(_real(WORKLY)))
    assert [s.category for s in specs] == [c for _, c in WORKLY_MAILS]
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 2
    for s in refusals:
        assert s.subject == "Actualización de tu postulación · Workly"
        assert s.text == (
            "Hola Robin Berger, lamentamos informarte que tu perfil no ha sido seleccionado "
            "para la vacante en este momento. ¡Éxitos en tu búsqueda!\n"
        )
        assert (s.company, s.role, s.stage) == ("n/a", "n/a", "application")
    assert "el día 12/3/2026 a las 10:30 a. m..\n\nPor favor confirma" in specs[0].text


def test_sources60_units_are_pinned_where_the_split_rule_put_them() -> None:
    """The rule put recruitercrm (Italian) and globaltalentbridge (Portuguese) in dev,
    webcertificados (Portuguese) and workly (Spanish) in test."""
    parts = pinned_parts()
    assert parts["globaltalentbridge/pt"] == "dev"
    assert parts["recruitercrm/it"] == "dev"
    assert parts["webcertificados/pt"] == "test"
    assert parts["workly/es"] == "test"
