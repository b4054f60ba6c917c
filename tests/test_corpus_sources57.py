"""Session 40's sources57 recipes (issue 11): their readers on our own wording in stand-in
text, their labels and shape on the real snapshot (skipped where it lacks the source), and the
units' pins."""

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
from corpuslib.sources_suites57 import (  # noqa: E402
    METTELO,
    METTELO_MAILS,
    METTELO_RENDER_PATH,
    RUDEL,
    RUDEL_DIR,
    RUDEL_MAILS,
    RUDEL_MESSAGE_PATH,
    SIRH,
    SIRH_MAILS,
    SIRH_PATH,
    _architect_message,
    _email_copy,
    _fill_literal,
    _project_message,
    _render,
    _rudel_calls,
    _seed_rows,
    _sirh_branch,
    mettelo,
    rudel,
    sirh,
)


def test_fill_literal_fills_top_level_expressions_only() -> None:
    """Each ``${expr}`` by its value, a literal nested in an expression kept whole as part of
    the expression; an expression without a value raises."""
    body = "Hi ${name}${x?` (${y})`:''}!"
    assert _fill_literal(body, {"name": "Robin", "x?` (${y})`:''": " (z)"}) == "Hi Robin (z)!"
    with pytest.raises(ValueError):
        _fill_literal("Hi ${who}", {"name": "Robin"})


def test_seed_rows_and_render() -> None:
    """The seed's rows by key (doubled quotes undone, a row short of cells raises);
    ``{{key}}`` filled, an unknown key empty, whitespace runs folded."""
    sql = (
        "insert into public.communication_templates\n"
        "  (template_key,subject_template,body_template)\nvalues\n"
        "  ('a_no','Outcome: {{role_title}}','We won''t go on.  {{stage_note}}'),\n"
        "  ('a_yes','Yes','Welcome')\non conflict (template_key) do nothing;\n"
    )
    rows = _seed_rows(sql)
    assert rows["a_no"] == ("Outcome: {{role_title}}", "We won't go on.  {{stage_note}}")
    assert _render(rows["a_no"][1], {"role_title": "Clerk"}) == "We won't go on."
    assert _render("For {{ role_title }}.", {"role_title": "Clerk"}) == "For Clerk."
    with pytest.raises(ValueError):
        _seed_rows(sql.replace(",'Welcome'", ""))


def test_email_copy_reads_a_case_object() -> None:
    """A case's fields: strings, filled literals, the body identifier, the steps list, the
    celebration flag; a case sharing another's return; an unknown key raises."""
    source = (
        "switch(templateKey){\n"
        "    case 'x_no':case 'x_stop':return{eyebrow:'UPDATE',title:`Sorry, ${name}.`,"
        "intro:body,cta:'Look'};\n"
        "    case 'x_yes':return{eyebrow:'YES',title:`Yes${withRole}`,intro:'Good.',cta:'Go',"
        "celebration:true,nextSteps:['One.','Two’s.']};\n"
    )
    values = {"name": "Robin", "withRole": " for Clerk", "body": "The body."}
    no = _email_copy(source, "x_stop", values)
    assert (no.title, no.intro, no.next_steps, no.celebration) == (
        "Sorry, Robin.",
        "The body.",
        [],
        False,
    )
    yes = _email_copy(source, "x_yes", values)
    assert (yes.title, yes.next_steps, yes.celebration) == (
        "Yes for Clerk",
        ["One.", "Two’s."],
        True,
    )
    with pytest.raises(ValueError):
        _email_copy(source, "x_maybe", values)


def test_route_messages() -> None:
    """The project route's default message with and without the reviewer's note, its subject
    joined to the title; the architect route's copy with the note."""
    route = (
        "function defaultMessage(status:string,title:string,reviewerNotes:string)"
        "{if(status==='declined')return `No for ${title}.${reviewerNotes?` ${reviewerNotes}`:''}"
        " Bye.`;return `Yes for ${title}.`}\n"
        "function notificationMeta(status:string){if(status==='declined')return{type:"
        "'application_declined',title:'T',subject:'Update'};return{type:'application_approved'"
        ",title:'T',subject:'Approved'}}\n"
    )
    assert _project_message(route, "declined", "P", "") == ("Update: P", "No for P. Bye.")
    assert _project_message(route, "declined", "P", "Full.")[1] == "No for P. Full. Bye."
    assert _project_message(route, "approved", "P", "") == ("Approved: P", "Yes for P.")
    architect = "declined:{title:'D',body:`Not approved. Note: ${notes}`,subject:'Decision'}"
    assert _architect_message(architect, "declined", "Later.") == (
        "Decision",
        "Not approved. Note: Later.",
    )


def test_a_changed_renderer_stops_the_recipe(tmp_path: Path) -> None:
    """``renderCommunication`` no longer what ``_render`` reproduces: the recipe raises."""
    _write(tmp_path, METTELO, METTELO_RENDER_PATH, "export function renderCommunication(){}")
    with pytest.raises(ValueError, match="renderCommunication changed"):
        list(mettelo(Snapshot(tmp_path)))


def test_mettelo_on_the_real_snapshot() -> None:
    """The pinned platform: one careers refusal with its labels, the project-team and
    architect refusals as look-alikes, every expression filled, the layout around each."""
    specs = list(mettelo(_real(METTELO)))
    assert [s.category for s in specs] == [m.category for m in METTELO_MAILS]
    (refusal,) = [s for s in specs if s.rejection]
    assert "will not be progressing this application further on this occasion" in refusal.text
    assert refusal.subject == "Application outcome: Junior Data Engineer at Mettelo"
    assert (refusal.company, refusal.role, refusal.stage) == (
        "Mettelo",
        "Junior Data Engineer",
        "application",
    )
    teams = [s for s in specs if s.category == "not_a_job"]
    assert sum("was not selected for this team" in s.text for s in teams) == 2
    assert "not approved at this time. Reviewer note:" in teams[2].text
    for s in specs:
        body = (s.html or "") + s.text + s.subject
        assert "${" not in body and "{{" not in body
        assert s.html is not None and s.html.startswith("<!doctype html>")
        assert "Best wishes," in s.text and "https://mettelo.com/privacy" in s.html
        assert s.fmt == "html"


def _sirh_source(actions: list[str]) -> str:
    """A stand-in ``server.js``: the mailer, then one branch an action, each setting a
    subject and an HTML literal with the candidate's name and post."""
    branches = "".join(
        f"else if (action_type === '{a}') {{\n    nouveauStatut = 'x';\n"
        f"    emailSujet = `Sujet {a} - ${{candidat.poste_vise}}`;\n"
        f"    emailHtml = `<p>Bonjour ${{candidat.nom_complet}}, {a}.</p>`;\n}}\n"
        for a in actions
    )
    mailer = "sender: {}, htmlContent: htmlContent\n"
    return mailer + 'const siteLink = "https://x.example/";\n' + branches


def test_sirh_branch_reader_and_recipe(tmp_path: Path) -> None:
    """Each action's subject and HTML literals, filled; the company only where the mail
    signs with one; a missing action raises, and so does a mailer that no longer sends the
    HTML as given."""
    actions = sorted({a for a, _, _ in SIRH_MAILS})
    source = _sirh_source(actions)
    assert _sirh_branch(source, "REFUS_IMMEDIAT") == (
        "Sujet REFUS_IMMEDIAT - ${candidat.poste_vise}",
        "<p>Bonjour ${candidat.nom_complet}, REFUS_IMMEDIAT.</p>",
    )
    with pytest.raises(ValueError):
        _sirh_branch(source, "EN_ATTENTE")
    _write(tmp_path, SIRH, SIRH_PATH, source)
    specs = list(sirh(Snapshot(tmp_path)))
    assert [(s.category, s.stage) for s in specs] == [(c, st or "n/a") for _, c, st in SIRH_MAILS]
    first = specs[0]
    assert first.subject == f"Sujet REFUS_IMMEDIAT - {first.role}"
    assert "Bonjour Robin Berger, REFUS_IMMEDIAT." in first.text
    assert (first.company, first.fmt) == ("n/a", "html_only")
    _write(tmp_path, SIRH, SIRH_PATH, source.replace("htmlContent: htmlContent", "text"))
    with pytest.raises(ValueError):
        list(sirh(Snapshot(tmp_path)))


def test_sirh_on_the_real_snapshot() -> None:
    """The pinned server: three refusals that say so (the one after the interview signed
    CORP-HR), an interview invitation, a hire; every expression filled."""
    specs = list(sirh(_real(SIRH)))
    refusals = [s for s in specs if s.rejection]
    assert len(refusals) == 3
    assert sum("ne pouvons pas donner une suite favorable" in s.text for s in refusals) == 2
    assert "nous avons choisi un profil" in refusals[2].text
    assert (refusals[2].stage, refusals[2].company) == ("interview", "CORP-HR")
    for s in specs:
        assert "${" not in (s.html or "") + s.subject and "Robin Berger" in s.text


def test_rudel_calls_reader() -> None:
    """The chain's calls in order, the first name put in, an ``HtmlString`` kept as HTML
    (marked ``!``); an argument it cannot read raises."""
    source = (
        "    public function toMail($notifiable): MailMessage\n    {\n"
        "        return (new MailMessage)\n"
        "            ->subject('Antrag abgelehnt')\n"
        "            ->greeting('Hallo ' . $notifiable->first_name . ',')\n"
        "            ->line('Leider nein.')\n"
        "            ->salutation(new HtmlString('Grüße<br>Vorstand'));\n    }\n"
    )
    assert _rudel_calls(source, "Robin") == [
        ("subject", "Antrag abgelehnt"),
        ("greeting", "Hallo Robin,"),
        ("line", "Leider nein."),
        ("salutation!", "Grüße<br>Vorstand"),
    ]
    with pytest.raises(ValueError):
        _rudel_calls(source.replace("'Leider nein.'", "__('no')"), "Robin")


def test_rudel_on_the_real_snapshot() -> None:
    """The pinned notifications: two refusals of an application to join (not a job), two
    acceptances (one whose subject says refused), in the club's footer."""
    specs = list(rudel(_real(RUDEL)))
    assert [s.category for s in specs] == [c for _, c in RUDEL_MAILS]
    assert not any(s.rejection for s in specs)
    assert "Mitgliedsaufnahmeantrag abgelehnt wurde" in specs[0].text
    assert "Spartenaufnahmeantrag abgelehnt wurde" in specs[1].text
    assert specs[3].subject == "Spartenaufnahmeantrag abgelehnt" and "angenommen" in specs[3].text
    for s in specs:
        assert s.text.startswith("Hallo Robin,") and "© 2026 Alles im Rudel e.V." in s.text


def test_a_changed_club_layout_stops_the_recipe(tmp_path: Path) -> None:
    """The published layout without its copyright line: the recipe raises."""
    _write(tmp_path, RUDEL, RUDEL_MESSAGE_PATH, "@component('mail::layout') {{ $slot }}")
    _write(tmp_path, RUDEL, f"{RUDEL_DIR}/{RUDEL_MAILS[0][0]}.php", "")
    with pytest.raises(ValueError, match="layout changed"):
        list(rudel(Snapshot(tmp_path)))


def test_sources57_units_are_pinned_where_the_split_rule_put_them() -> None:
    """The rule put mettelo (English, many rejection units) and rudel (German, no
    rejection) in dev, sirh (French) in test."""
    parts = pinned_parts()
    assert parts["mettelo/en"] == "dev"
    assert parts["rudel/de"] == "dev"
    assert parts["sirh/fr"] == "test"
