"""Session 36's sources44 recipes (issue 11): their readers on our own wording in stand-in
snapshots (the units' pins are tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from corpus_helpers import write_source as _write  # noqa: E402
from corpuslib.snapshot import Snapshot  # noqa: E402
from corpuslib.sources_suites44 import (  # noqa: E402
    CHECKLIST,
    CHECKLIST_DIALOG_PATH,
    CHECKLIST_MAILS,
    CHECKLIST_TEMPLATES_PATH,
    EILINGER,
    EILINGER_LAYOUT_PATH,
    EILINGER_PATH,
    EILINGER_STATUSES,
    KARROT,
    KARROT_FOOTER_PATH,
    KARROT_MAILS,
    KARROT_PO,
    KARROT_VIEWS,
    MOBILIZON,
    MOBILIZON_MAILS,
    MOBILIZON_PO,
    MOBILIZON_VIEWS,
    TDB,
    TDB_MAILS,
    TDB_VIEWS,
    TROLLEY,
    TROLLEY_MAILS,
    TROLLEY_SEED_PATH,
    _eex_text,
    _mail_calls,
    _strtr,
    checklist,
    eilinger,
    karrot,
    mobilizon,
    tdb,
    trolley,
)


def _checklist_snapshot(root: Path, extra: str = "", fallback: bool = True) -> Snapshot:
    templates = (
        "export const DEFAULT_TEMPLATE_INVITE = `Hallo {name},\n\nkommen Sie zu {dienst}"
        " wegen {stelle}?\n\n{ansprechperson}\n{dienst} · {telefon}`\n\n"
        "export const DEFAULT_TEMPLATE_REJECT = `Hallo {name},\n\nleider nicht bei {dienst}"
        f" als {{stelle}}.{extra}\n\n{{ansprechperson}}`\n"
    )
    pick = (
        "e.template_invite || DEFAULT_TEMPLATE_INVITE : e.template_reject || "
        "DEFAULT_TEMPLATE_REJECT"
        if fallback
        else "e.template_invite : e.template_reject"
    )
    dialog = (
        '<script setup lang="ts">\nfunction build() {\n  const e = props.employer || {}\n'
        f"  const tpl = (props.kind === 'invite' ? {pick}) as string\n}}\n"
        "const subject = computed(() => `Betreff ${props.employer?.name ?? ''}`)\n</script>\n"
    )
    _write(root, CHECKLIST, CHECKLIST_TEMPLATES_PATH, templates)
    _write(root, CHECKLIST, CHECKLIST_DIALOG_PATH, dialog)
    return Snapshot(root)


def test_checklist_fills_each_default_reply_under_the_mailto_subject(tmp_path: Path) -> None:
    """Each default template with its five placeholders filled, the ``mailto:`` subject with
    the service's name, plain text from the post's contact person; the refusals name the
    service and the post."""
    specs = list(checklist(_checklist_snapshot(tmp_path)))
    assert len(specs) == sum(v for _, _, v in CHECKLIST_MAILS.values())
    invites = [s for s in specs if s.category == "interview_invitation"]
    refusals = [s for s in specs if s.rejection]
    assert len(invites) == CHECKLIST_MAILS["invite"][2]
    assert len(refusals) == CHECKLIST_MAILS["reject"][2]
    for spec in refusals:
        assert spec.subject == f"Betreff {spec.company}"
        assert spec.text.startswith(f"Hallo Robin Berger,\n\nleider nicht bei {spec.company} als ")
        assert spec.role in spec.text and spec.sender[0] in spec.text
        assert spec.fmt == "plain" and not spec.noreply and spec.stage == "application"
    assert all(s.company == "n/a" and "{" not in s.text for s in invites)
    assert len({s.company for s in refusals}) == len(refusals)


def test_checklist_refuses_an_unknown_placeholder_or_a_dialog_without_the_defaults(
    tmp_path: Path,
) -> None:
    """A ``{key}`` ``fillTemplate`` is not given raises; so does a dialog that no longer falls
    back on the default templates (the mails would not be these)."""
    with pytest.raises(ValueError):
        list(checklist(_checklist_snapshot(tmp_path, extra=" {email}")))
    with pytest.raises(ValueError):
        list(checklist(_checklist_snapshot(tmp_path / "b", fallback=False)))


def _eilinger_snapshot(root: Path, line: str = "") -> Snapshot:
    method = (
        "    public function toMail(object $notifiable): MailMessage\n    {\n"
        "        return (new MailMessage)\n"
        "            ->subject(__('notify.new_status'))\n"
        "            ->greeting(__('notify.greeting'))\n"
        "            ->line(__('notify.new_status_line1', ['application' => "
        "$this->application->name]))\n"
        "            ->line(__('application.status_name.'.$this->application->appl_status->name))\n"
        f"{line}"
        "            ->action(__('notify.new_status_action'), route('user_gesuch', "
        "['application_id' => $this->application->id, 'locale' => app()->getLocale()]));\n"
        "    }\n"
    )
    _write(root, EILINGER, EILINGER_PATH, f"<?php\nclass StatusUpdated\n{{\n{method}}}\n")
    _write(
        root,
        EILINGER,
        EILINGER_LAYOUT_PATH,
        "@else\n{{ __('notify.regards') }}\n{{ config('app.name') }}\n@endif\n"
        "{{ __('notify.browser_action', ['actionText' => $actionText]) }}\n",
    )
    notify = (
        "<?php\n\nreturn [\n    'new_status' => 'Stand Ihres Gesuchs',\n"
        "    'new_status_line1' => 'Gesuch :application steht nun auf',\n"
        "    'new_status_action' => 'Ansehen',\n    'greeting' => 'Grüezi',\n"
        "    'regards' => 'Freundliche Grüsse',\n"
        '    \'browser_action\' => "Knopf \\":actionText\\" geht nicht? Diese Adresse:",\n];\n'
    )
    _write(root, EILINGER, "lang/de/notify.php", notify)
    statuses = "".join(
        f"        ApplStatus::{case}->name => 'Stand-{case.lower()}',\n"
        for case in ("NOTSEND", *EILINGER_STATUSES)
    )
    application = (
        f"<?php\n\nreturn [\n    'status_name' => [\n{statuses}    ],\n\n"
        "    'bereichs_name' => [\n        Bereich::Umwelt->name => 'Umwelt',\n    ],\n];\n"
    )
    _write(root, EILINGER, "lang/de/application.php", application)
    return Snapshot(root)


def test_eilinger_sends_each_status_in_the_foundations_layout(tmp_path: Path) -> None:
    """One mail per status variant: the subject and greeting from the German strings, the
    application's name in the first line, the status's label in the second; the layout's
    regards and its subcopy with the button's label; the refusals look-alikes."""
    specs = list(eilinger(_eilinger_snapshot(tmp_path)))
    assert len(specs) == sum(v for _, v in EILINGER_STATUSES.values())
    assert {s.subject for s in specs} == {"Stand Ihres Gesuchs"}
    refused = [s for s in specs if "Stand-blocked" in s.text]
    assert len(refused) == EILINGER_STATUSES["BLOCKED"][1]
    assert {s.category for s in refused} == {"not_a_job"} and not any(s.rejection for s in specs)
    html = specs[0].html or ""
    assert "<h1>Grüezi</h1>" in html and "<p>Stand-waiting</p>" in html
    assert "<p>Freundliche Grüsse<br>Eilinger Stiftung</p>" in html
    assert 'Knopf "Ansehen" geht nicht? Diese Adresse: <a href="' in html
    assert "Gesuch " in specs[0].text and " steht nun auf" in specs[0].text
    assert all(s.fmt == "html" and s.company == "n/a" for s in specs)


def test_eilinger_refuses_an_expression_it_does_not_know(tmp_path: Path) -> None:
    """A ``MailMessage`` argument the recipe has no value for raises."""
    extra = "            ->line($this->application->reason_rejected)\n"
    with pytest.raises(ValueError):
        list(eilinger(_eilinger_snapshot(tmp_path, line=extra)))


def test_mail_calls_reads_one_call_a_line_with_nested_brackets() -> None:
    """``->name(args)`` lines, the arguments split outside brackets and quotes and looked up by
    their exact text; the ``return (new MailMessage)`` line itself is no call."""
    method = (
        "        return (new MailMessage)\n            ->subject(__('a'))\n"
        "            ->action(__('b'), route('x', ['l' => app()->getLocale()]));\n"
    )
    values = {"__('a')": "A", "__('b')": "B", "route('x', ['l' => app()->getLocale()])": "U"}
    assert _mail_calls(method, values) == [("subject", ["A"]), ("action", ["B", "U"])]
    with pytest.raises(ValueError):
        _mail_calls(method, {"__('a')": "A"})


def _po(entries: dict[str, str]) -> str:
    return "".join(f'msgid "{k}"\nmsgstr "{v}"\n\n' for k, v in entries.items())


def _mobilizon_snapshot(root: Path, extra: str = "") -> Snapshot:
    views = {
        "event_participation_rejected": '<%= gettext "Nope." %>\n==\n<%= gettext "Asked for '
        '%{title}.", title: @event.title %>\n<%= gettext "Refused." %>' + extra + "\n",
        "event_participation_approved": '<%= gettext "Yes." %>\n<%= ~p"/events/#{@event.uuid}"'
        " |> url() |> URI.decode() %>\n",
        "group_membership_rejection": '<%= gettext "Group %{group} no.", group: '
        "Mobilizon.Actors.Actor.display_name(@group) %>\n",
        "group_membership_approval": '<%= gettext "Group %{group} yes.", group: '
        "Mobilizon.Actors.Actor.display_name(@group) %>\n",
    }
    for view, text in views.items():
        _write(root, MOBILIZON, f"{MOBILIZON_VIEWS}/{view}.text.eex", text)
    layout = (
        "<%= @inner_content %>\n--\n<%= if Mobilizon.Config.instance_demo_mode?() do %>\n"
        '    <%= gettext "Demo!" %>\n<% end %>\n\n<%= gettext "%{instance} runs it.", '
        "instance: @instance_name %>\n"
    )
    _write(root, MOBILIZON, f"{MOBILIZON_VIEWS}/email.text.eex", layout)
    modules: dict[str, str] = {}
    for _, module, subject, *_ in MOBILIZON_MAILS:
        modules[module] = modules.get(module, "") + f'gettext(\n  "{subject}",\n)\n'
    for module, text in modules.items():
        _write(root, MOBILIZON, module, text)
    catalogue = {
        "Nope.": "Nein.",
        "Asked for %{title}.": "Angefragt: %{title}.",
        "Refused.": "",
        "Your participation to event %{title} has been rejected": "Abgelehnt: %{title}",
        "%{instance} runs it.": "%{instance} betreibt es.",
    }
    _write(root, MOBILIZON, MOBILIZON_PO, _po(catalogue))
    return Snapshot(root)


def test_mobilizon_renders_each_text_template_in_the_layout_in_german(tmp_path: Path) -> None:
    """The text template inside the layout, each ``gettext`` translated (an empty translation
    stays English), its ``%{key}`` filled, the demo block dropped; the translated subject of the
    sending module; the refusals look-alikes, from the instance's no-reply."""
    specs = list(mobilizon(_mobilizon_snapshot(tmp_path)))
    assert len(specs) == sum(row[5] for row in MOBILIZON_MAILS)
    refused = specs[0]
    assert refused.category == "not_a_job" and not refused.rejection and refused.noreply
    assert refused.subject.startswith("Abgelehnt: ")
    assert refused.text.startswith("Nein.\n==\nAngefragt: ")
    assert "Refused.\n\n--\n\n" in refused.text and "Demo!" not in refused.text
    assert refused.text.rstrip().endswith("betreibt es.")
    assert "/events/" in specs[2].text and specs[2].subject.startswith("Your participation")
    assert [s.category for s in specs] == ["not_a_job", "not_a_job", "other", "not_a_job", "other"]


def test_mobilizon_refuses_an_unknown_expression(tmp_path: Path) -> None:
    """A tag the recipe has no value for raises (the template changed)."""
    with pytest.raises(ValueError):
        list(mobilizon(_mobilizon_snapshot(tmp_path, extra="<%= @event.organizer %>")))


def test_eex_text_fills_gettext_with_several_bindings() -> None:
    """``gettext "..." , a: x, b: y`` with both bindings filled by their expressions' values."""
    out = _eex_text(
        '<%= gettext "%{a} and %{b}", a: @x, b: f(@y, 1) %>',
        {"@x": "X", "f(@y, 1)": "Y"},
        {"%{a} and %{b}": "%{b} und %{a}"},
    )
    assert out == "Y und X"


def _karrot_snapshot(root: Path, subject_extra: str = "") -> Snapshot:
    trans = "{% trans group_name=group.name %}"
    for view, word in (("application_declined", "no"), ("application_accepted", "yes")):
        button = (
            f'<mj-button href="{{{{ group_url }}}}">\n {trans}Go to {{{{ group_name }}}}'
            "{% endtrans %}\n</mj-button>"
            if word == "yes"
            else ""
        )
        mjml = (
            f"<mjml><mj-text>\n<h1>{trans}Join {{{{ group_name }}}}: {word}{{% endtrans %}}</h1>"
            f"\n</mj-text>{button}</mjml>\n"
        )
        _write(root, KARROT, f"{KARROT_VIEWS}/{view}.mjml", mjml)
        subject = (
            f"[{{{{ site_name }}}}] {{% trans group_name=group.name|safe %}}Join {{{{ group_name }}}}"
            f": {word}{{% endtrans %}}{subject_extra}\n"
        )
        _write(root, KARROT, f"{KARROT_VIEWS}/{view}.subject.jinja2", subject)
    footer = (
        '<mj-text>\n  <p>\n   by <a href="https://x.example">us</a> &bullet; hi\n  </p>\n</mj-text>'
    )
    _write(root, KARROT, KARROT_FOOTER_PATH, footer)
    _write(
        root, KARROT, KARROT_PO, _po({"Join %(group_name)s: no": "Beitritt %(group_name)s: nein"})
    )
    return Snapshot(root)


def test_karrot_translates_the_title_subject_and_button(tmp_path: Path) -> None:
    """The MJML title in German as the mail's heading and subject (after the site's name), the
    button only where the template has one (an untranslated string stays English), the footer;
    the refusals look-alikes, HTML with a text part; an unfilled subject raises."""
    specs = list(karrot(_karrot_snapshot(tmp_path)))
    assert len(specs) == sum(v for _, v in KARROT_MAILS.values())
    declined, accepted = specs[0], specs[-1]
    assert declined.subject.startswith("[karrot.world] Beitritt ") and declined.subject.endswith(
        ": nein"
    )
    assert declined.category == "not_a_job" and declined.fmt == "html" and declined.noreply
    assert "<h1>Beitritt " in (declined.html or "") and "<a href=" in (declined.html or "")
    assert "by us • hi" in declined.text and "Go to" not in declined.text
    assert accepted.category == "other" and "Go to " in accepted.text
    with pytest.raises(ValueError):
        list(karrot(_karrot_snapshot(tmp_path / "b", subject_extra=" {{ group.id }}")))


def _trolley_snapshot(root: Path, key: str = "APPLICANT_NAME") -> Snapshot:
    rows = [
        (1, "Signatur", "Link: WEBSITE_LINK\nTEAM_NAME, APPLICATION_NAME CONGREGATION_NAME"),
        (4, "Neu: APPLICATION_NAME", "Hallo NAME,\nAPPLICANT_NAME will SHIFT_DATE.\n\nSIGNATURE"),
        (5, "Weg", "Hallo NAME,\nAPPLICANT_NAME geht SHIFT_DATE.\n\nSIGNATURE"),
        (6, "Aus", "Hallo NAME,\nSchicht SHIFT_DATE entfällt.\n\nSIGNATURE"),
    ]
    values = ",\n".join(f'(\n\t{i},\n\t"{s}",\n\t"{m}",\n\tdatetime("now"))' for i, s, m in rows)
    _write(
        root,
        TROLLEY,
        TROLLEY_SEED_PATH,
        f"<?php return '\nINSERT INTO email_templates\nVALUES {values};';\n",
    )
    action = (
        "$replace_with = array(\n\t'NAME' => $n,\n"
        f"\t'{key}' => $u,\n\t'SHIFT_DATE' => $d,\n\t'WEBSITE_LINK' => $w\n);\n"
    )
    _write(root, TROLLEY, TROLLEY_MAILS[4][0], action)
    _write(
        root, TROLLEY, TROLLEY_MAILS[6][0], "array(\n\t'NAME' => $n,\n\t'SHIFT_DATE' => $d\n);\n"
    )
    return Snapshot(root)


def test_trolley_fills_the_seeded_notices_as_each_service_does(tmp_path: Path) -> None:
    """The constants and the signature first, then the service's placeholders (the applicant
    notices fill the site's link, the deletion leaves it); plain text, the names left whole
    (``NAME`` does not eat ``APPLICANT_NAME`` or ``TEAM_NAME``)."""
    specs = list(trolley(_trolley_snapshot(tmp_path)))
    assert len(specs) == len(TROLLEY_MAILS)
    new, _, deleted = specs
    assert new.subject == "Neu: Trolleydienst" and new.category == "other"
    assert new.text.startswith("Hallo Robin Berger,\nJonas Becker will 14.03.2025.")
    assert "Link: http://" in new.text and "Trolleydienst-Team, Trolleydienst " in new.text
    assert "Link: WEBSITE_LINK" in deleted.text and "Schicht 14.03.2025 entfällt." in deleted.text
    assert all(s.fmt == "plain" and not s.rejection and s.reply_to for s in specs)


def test_trolley_refuses_a_placeholder_it_does_not_know(tmp_path: Path) -> None:
    """A service that fills a placeholder the recipe has no value for raises."""
    with pytest.raises(ValueError):
        list(trolley(_trolley_snapshot(tmp_path, key="SHIFT_ROUTE")))


def test_strtr_replaces_the_longest_key_first_in_one_pass() -> None:
    """As PHP's ``strtr`` with an array: the longest key wins at a place, and a value put in is
    not scanned again."""
    pairs = {"NAME": "Ana", "TEAM_NAME": "Team", "X": "NAME"}
    assert _strtr("NAME / TEAM_NAME / X", pairs) == "Ana / Team / NAME"


def _tdb_snapshot(root: Path, expr: str = "$functie") -> Snapshot:
    options = "".join(f"<option>{r}</option>" for r in ("Moderator", "Builder", "Eventmanager"))
    _write(root, TDB, "resources/views/apply.blade.php", f"<select>{options}</select>\n")
    for mailable, (view, *_) in TDB_MAILS.items():
        _write(
            root,
            TDB,
            f"app/Mail/{mailable}.php",
            f'return $this->view("emails.{view}")\n    ->subject("Onderwerp {view}");\n',
        )
        blade = (
            f"<html><body><p>Beste {{{{ $name }}}}, {view} voor {{{{ {expr} }}}}.<br>"
            '{{ $reason ?? "geen reden opgegeven."}} &copy; {{ date("Y") }}</p></body></html>\n'
        )
        _write(root, TDB, f"{TDB_VIEWS}/{view}.blade.php", blade)
    return Snapshot(root)


def test_tdb_renders_each_mailable_view_under_its_subject(tmp_path: Path) -> None:
    """Each Mailable's view with the name, the role picked from the form and the staff's note
    (or the view's default), under its ``build()`` subject; the refusals look-alikes (a game
    network's unpaid staff role), HTML with a text part."""
    specs = list(tdb(_tdb_snapshot(tmp_path)))
    assert len(specs) == sum(len(notes) for *_, notes in TDB_MAILS.values())
    refused = [s for s in specs if s.category == "not_a_job"]
    assert len(refused) == 2 and not any(s.rejection for s in specs)
    assert refused[0].subject == "Onderwerp rejectedapplication"
    assert "Beste Robin Berger, rejectedapplication voor Moderator." in refused[0].text
    assert "geen reden opgegeven." in refused[0].text
    assert "geen reden" not in refused[1].text and refused[1].fmt == "html"


def test_tdb_refuses_an_expression_it_does_not_know(tmp_path: Path) -> None:
    """A ``{{ }}`` the recipe has no value for raises."""
    with pytest.raises(ValueError):
        list(tdb(_tdb_snapshot(tmp_path, expr="$app->motivatie")))
