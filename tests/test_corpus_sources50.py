"""Session 38's sources50 recipes (issue 11): their readers on our own wording in stand-in
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
from corpuslib.sources_suites50 import (  # noqa: E402
    FIRESHIELD,
    G5,
    G5_PATH,
    IBC,
    KAMBAFY,
    KAMBAFY_PATH,
    LEONE,
    VAGAS,
    VELGANCE,
    _fill_kambafy,
    _ibc_run,
    _java_unconcat,
    _leone_placeholders,
    _php_dotted,
    _ts_strings,
    fireshield,
    g5,
    ibc,
    kambafy,
    leone,
    vagasoeste,
    velgance,
)


def test_ibc_run_concatenates_escapes_and_cuts_branches() -> None:
    """A builder's statements run in order: literals joined, ``htmlspecialchars`` escaping
    quotes, ``.=`` appending, an ``if`` block cut by its flag, ``BASE_URL`` filled; an
    unknown condition raises."""
    method = (
        "\n        // Inhalt\n"
        "        $body = '<p>Hallo ' . htmlspecialchars($name) . ',</p>';\n"
        "        if (!empty($extra)) {\n"
        "            $body .= '<p>' . htmlspecialchars($extra) . '</p>';\n"
        "        }\n"
        "        $link = BASE_URL . '/x.php';\n"
        "        $body .= '<a href=\"' . $link . '\">weiter</a>';\n"
        "        return $body;\n"
    )
    values = {"$name": "O'Neil & Co", "$extra": "nie"}
    out = _ibc_run(method, dict(values), {"!empty($extra)": False})
    assert out == (
        '<p>Hallo O&#039;Neil &amp; Co,</p><a href="https://intranet.business-consulting.de'
        '/x.php">weiter</a>'
    )
    assert "<p>nie</p>" in _ibc_run(method, dict(values), {"!empty($extra)": True})
    with pytest.raises(ValueError):
        _ibc_run(method, dict(values), {})


def test_typescript_readers() -> None:
    """Literals and strings joined and filled; Kambafy's ``: ''`` conditionals and ``===`` choices filled; the HR tool's
    placeholder map read from its ``.replace`` chain."""
    assert _ts_strings("`Olá ${nome}` +\n  'fim'", {"nome": "Ana"}) == "Olá Anafim"
    literal = "<p>${a ? `<b>${a === 'x' ? 'um' : 'dois'}</b>` : ''}</p>"
    assert _fill_kambafy(literal, {"a": "x"}) == "<p><b>um</b></p>"
    assert _fill_kambafy(literal, {"a": ""}) == "<p></p>"
    service = (
        "return text\n    .replace(/\\{\\{nome\\}\\}/g, candidate.nome)\n"
        '    .replace(/\\{\\{azienda\\}\\}/g, "Scuola");\n'
    )
    assert _leone_placeholders(service) == {"nome": "candidate.nome", "azienda": '"Scuola"'}


def test_kambafy_reads_each_branch(tmp_path: Path) -> None:
    """Each ``type === '...'`` branch's subject and literal; the refusal's reason block only
    when a reason is given."""
    branches = "".join(
        f"    {'if' if i == 0 else '} else if'} (type === '{kind}') {{\n"
        f"      subject = 'Assunto {kind}';\n"
        f"      htmlContent = `<p>${{userName}} {kind}</p>"
        "${rejectionReason ? `<i>${rejectionReason}</i>` : ''}`;\n"
        for i, kind in enumerate(
            ("application_submitted", "application_approved", "application_rejected")
        )
    )
    source = (
        "const baseStyles = `<style></style>`;\n"
        + branches.replace(
            "'application_approved') {\n",
            "'application_approved') {\n      const referralLink = `l/${referralCode}`;\n"
            "      const commissionText = rewardOption === 'long_term' \n"
            "        ? '1%' \n        : '2%';\n",
        )
        + "    }\n    console.log('📧 x');\n"
        + '    from: "Loja <noreply@loja.ao>",\n'
    )
    _write(tmp_path, KAMBAFY, KAMBAFY_PATH, source)
    specs = list(kambafy(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["other", "other", "not_a_job", "not_a_job"]
    assert specs[2].subject == "Assunto application_rejected"
    assert "<i>" in (specs[2].html or "") and "<i>" not in (specs[3].html or "")
    assert specs[0].sender == ("Loja", "noreply@loja.ao") and specs[0].noreply


def test_php_dotted_reads_concatenations_with_or_without_spaces() -> None:
    """``"a".$x." b" . _("c")``: literals and known expressions joined, whatever the spacing
    around the dots; an unknown expression raises."""
    values = {'$GLOBALS["n"]': "Nome", '_("ciao")': "ciao"}
    assert _php_dotted('"<h1>".$GLOBALS["n"]."</h1>" . _("ciao") . "!"', values) == (
        "<h1>Nome</h1>ciao!"
    )
    with pytest.raises(ValueError):
        _php_dotted('"a".$altro', values)


def test_g5_reads_concat_chains_and_bcc(tmp_path: Path) -> None:
    """``.concat(...)`` chains read as ``+``; a mail sent in Bcc goes to the company's own
    address; the closure is the refusal, labelled with the position."""
    assert _java_unconcat('"a".concat(x.y()).concat(" (b)")') == '"a" + x.y() + " (b)"'
    methods = "".join(
        f"    public void {name}(String cargo) {{\n"
        f"        message.setFrom(EMAIL_G5TECH);\n"
        + ("        message.setBcc(emailArray);\n" if name != "sendEmailEntrevista" else "")
        + f'        message.setSubject("Cargo: ".concat(cargo).concat(" {name}"));\n'
        f'        message.setText("Olá!\\n" + "{name} " + cargo);\n'
        "    }\n"
        for name in ("sendProcessoEncerrado", "sendTeste", "sendEmailEntrevista")
    )
    source = f'    private static final String EMAIL_G5TECH = "rh@empresa.com.br";\n{methods}'
    _write(tmp_path, G5, G5_PATH, source)
    specs = list(g5(Snapshot(tmp_path)))
    assert [s.category for s in specs] == [
        "rejection",
        "rejection",
        "assessment",
        "interview_invitation",
    ]
    refusal = specs[0]
    assert refusal.subject == f"Cargo: {refusal.role} sendProcessoEncerrado"
    assert refusal.text == f"Olá!\nsendProcessoEncerrado {refusal.role}"
    assert refusal.to == ("", "rh@empresa.com.br") and refusal.stage == "unknown"
    assert specs[3].to[1] != "rh@empresa.com.br" and specs[3].company == "n/a"


@pytest.mark.parametrize(
    ("recipe", "repo", "categories"),
    [
        (ibc, IBC, ["not_a_job", "not_a_job", "other", "other"]),
        (kambafy, KAMBAFY, ["other", "other", "not_a_job", "not_a_job"]),
        (vagasoeste, VAGAS, ["other", "other", "not_a_job", "not_a_job"]),
        (leone, LEONE, ["interview_invitation"]),
        (velgance, VELGANCE, ["acknowledgement"]),
        (g5, G5, ["rejection", "rejection", "assessment", "interview_invitation"]),
        (fireshield, FIRESHIELD, ["acknowledgement", "other"]),
    ],
)
def test_recipes_on_the_real_snapshot(recipe, repo, categories) -> None:  # type: ignore[no-untyped-def]
    """Each recipe's labels and shape on the pinned sources: categories in order, no job
    refusal but G5's closures, every placeholder filled, the owner named in one at least
    where the mails greet by name (the intranet's project mails say "Hallo," alone; G5's
    "Olá!"; FireShield's "Ciao,")."""
    specs = list(recipe(_real(repo)))
    assert [s.category for s in specs] == categories
    assert [s.rejection for s in specs] == [c == "rejection" for c in categories]
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs if not s.rejection)
    assert all(s.company == "G5 Tech" and s.stage == "unknown" for s in specs if s.rejection)
    for s in specs:
        body = (s.html or "") + s.text + s.subject
        for mark in ("${", "{{", "<?php", "' . ", "htmlspecialchars"):
            assert mark not in body, (s.unit, mark)
    assert recipe in (g5, fireshield) or any("Robin" in (s.html or "") + s.text for s in specs)


def test_real_refusals_say_what_their_labels_claim() -> None:
    """The intranet refuses a project place in a job refusal's words; the referral
    programme and the job board refuse an application and a registration, no job."""
    first = next(iter(ibc(_real(IBC))))
    assert "für andere Bewerber entschieden" in first.text
    assert first.subject.startswith("Projektbewerbung: ")
    refused = list(kambafy(_real(KAMBAFY)))[2]
    assert "não foi aprovada" in refused.text and "Motivo:" in refused.text
    board = list(vagasoeste(_real(VAGAS)))[2]
    assert "não foi aprovado" in board.text and board.sender[1].startswith("noreply@")


def test_sources50_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources50's seven units in parts.csv, where the split rule put them in the first build."""
    parts = pinned_parts()
    assert parts["ibc/de"] == "test"
    assert parts["kambafy/pt"] == "test"
    assert parts["vagasoeste/pt"] == "dev"
    assert parts["leone/it"] == "dev"
    assert parts["velgance/it"] == "dev"
    assert parts["g5/pt"] == "test"
    assert parts["fireshield/it"] == "dev"
