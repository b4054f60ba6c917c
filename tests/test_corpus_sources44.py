"""Session 36's sources44 recipes (issue 11): their readers on our own wording in stand-in
snapshots (the units' pins are tested in test_bench_external.py beside the other sessions')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

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
    _mail_calls,
    checklist,
    eilinger,
)


def _write(root: Path, repo: str, path: str, text: str) -> None:
    target = root / repo.replace("/", "+") / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


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
