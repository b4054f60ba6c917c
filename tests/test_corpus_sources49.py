"""Session 37's sources49 recipes (issue 11): their readers on our own wording in stand-in
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
from corpuslib.sources_suites49 import (  # noqa: E402
    ABIC,
    ABIC_MAILS,
    CTE,
    CTE_COMMIT,
    CTE_VIEWS,
    FOOD,
    GHPAY,
    HIREXTRACT,
    HIREXTRACT_COMMIT,
    HIREXTRACT_PATH,
    INNOLAB,
    LEAVE,
    LEAVE_MAILS,
    PUNINAR,
    VNR,
    _abic_build,
    _ghpay_subject,
    _leave_mails,
    _vnr_subject,
    abic,
    cte,
    food,
    ghpay,
    hirextract,
    innolab,
    leave,
    puninar,
    vnr,
)


def test_hirextract_fills_each_function_subject_and_message(tmp_path: Path) -> None:
    """Each function's ``subject`` and ``message`` f-strings filled; the refusals labelled
    with the dashboard's name and the job title; plain text."""
    module = "".join(
        f"def {function}(candidate_email, candidate_name, job_title):\n"
        f'    subject = f"Asunto {function} {{job_title}}"\n'
        f'    message = f"""\nHola {{candidate_name}},\n\n{function} para {{job_title}}.\n"""\n'
        "    send_mail(subject, message)\n\n\n"
        for function in ("send_shortlist_email", "send_rejection_email")
    )
    _write(tmp_path, HIREXTRACT, HIREXTRACT_PATH, module)
    specs = list(hirextract(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["moving_forward", "rejection", "rejection"]
    refusal = specs[1]
    assert refusal.subject == f"Asunto send_rejection_email {refusal.role}"
    assert refusal.text == f"\nHola Robin Berger,\n\nsend_rejection_email para {refusal.role}.\n"
    assert refusal.company == "HireXtract" and refusal.fmt == "plain"
    assert specs[0].company == "n/a" and HIREXTRACT_COMMIT


def test_cte_renders_each_letter_under_the_mailable_subject(tmp_path: Path) -> None:
    """``ApplicationMail``'s sender and subject for every letter; the student's name filled;
    a letter with another expression raises."""
    _write(
        tmp_path,
        CTE,
        "app/Mail/ApplicationMail.php",
        "return $this->from('nadie@escuela.org')->subject('Asunto (X)')"
        "->markdown($this->markdown);",
    )
    for view in CTE_VIEWS:
        _write(
            tmp_path,
            CTE,
            f"resources/views/emails/{view}.blade.php",
            "@component('mail::message')\n# Carta\n\n"
            'Hola {{$student->fname." ".$student->lname}},\n\n' + f"{view}\n@endcomponent\n",
        )
    specs = list(cte(Snapshot(tmp_path)))
    assert [s.category for s in specs] == ["other"] * len(CTE_VIEWS)
    assert all(s.subject == "Asunto (X)" and s.sender == ("", "nadie@escuela.org") for s in specs)
    assert "<p>Hola Robin Berger,</p>" in (specs[0].html or "") and CTE_COMMIT
    _write(
        tmp_path,
        CTE,
        f"resources/views/emails/{CTE_VIEWS[0]}.blade.php",
        "@component('mail::message')\n{{ $student->school }}\n@endcomponent\n",
    )
    with pytest.raises(ValueError):
        list(cte(Snapshot(tmp_path)))


def test_readers_of_subjects_and_senders() -> None:
    """The VNR subject built before ``new Mailable(``, the leave mails' subjects and senders
    in ``emailDirector``, GH's literal or title-joined Envelope subjects."""
    controller = (
        "$details = [\n  \"subject\" => 'Uno',\n];\nMail::to($a)->send(new Otro($details));\n"
        "$details = [\n  \"subject\" => 'Dos',\n];\nMail::to($a)->send(new RegretMail($details));\n"
    )
    assert _vnr_subject(controller, "RegretMail") == "Dos"
    with pytest.raises(ValueError):
        _vnr_subject(controller, "OfferMail")
    director = (
        "    public function emailDirector(Request $request, string $id)\n    {\n"
        + "".join(
            f"        Mail::send('mail.{view}', $data, function ($message) use ($email) {{\n"
            f"            $message->subject('Asunto {view}');\n"
            "            $message->from(Auth::user()->email, 'Jefa');\n        });\n"
            for view in LEAVE_MAILS
        )
        + "    }\n"
    )
    assert _leave_mails(director) == {v: (f"Asunto {v}", "Jefa") for v in LEAVE_MAILS}
    assert _ghpay_subject("subject: 'Gracias',", "Cajero") == "Gracias"
    assert (
        _ghpay_subject("subject: 'Estado: '.$this->application->position->title,", "Cajero")
        == "Estado: Cajero"
    )


def test_abic_subjects_default_to_the_class_name(tmp_path: Path) -> None:
    """A Mailable without ``->subject`` goes out under Laravel's default (the class name as
    words); the view's ``{{ }}`` filled; an unknown expression raises."""
    assert _abic_build("return $this->view('emails.x')->from('a@b.c', 'Nombre')") == (
        None,
        "emails.x",
        "Nombre",
    )
    for mailable, _ in ABIC_MAILS:
        _write(
            tmp_path,
            ABIC,
            f"app/Mail/{mailable}.php",
            f"return $this->view('emails.{mailable.lower()}')->subject('Asunto {mailable}');"
            if mailable.endswith("Assigned") and mailable != "InterviewAssigned"
            else f"return $this->view('emails.{mailable.lower()}');",
        )
        _write(
            tmp_path,
            ABIC,
            f"resources/views/emails/{mailable.lower()}.blade.php",
            "<p>Hola {{ $name }}, {{ $position }}</p>",
        )
    specs = list(abic(Snapshot(tmp_path)))
    assert specs[0].subject == "Application In Process"
    assert specs[3].subject == "Asunto NotQualifiedAssigned" and specs[3].rejection
    assert specs[3].html == f"<p>Hola Robin Berger, {specs[3].role}</p>"
    _write(tmp_path, ABIC, "resources/views/emails/noshowassigned.blade.php", "{{ $sueldo }}")
    with pytest.raises(ValueError):
        list(abic(Snapshot(tmp_path)))


@pytest.mark.parametrize(
    ("recipe", "repo", "categories", "rejections"),
    [
        (puninar, PUNINAR, ["rejection", "rejection", "other"], 2),
        (vnr, VNR, ["acknowledgement", "rejection"], 1),
        (hirextract, HIREXTRACT, ["moving_forward", "rejection", "rejection"], 2),
        (innolab, INNOLAB, ["not_a_job", "not_a_job", "other"], 0),
        (food, FOOD, ["not_a_job", "other", "other"], 0),
        (leave, LEAVE, ["not_a_job", "not_a_job", "other"], 0),
        (cte, CTE, ["other"] * 4, 0),
        (
            abic,
            ABIC,
            ["acknowledgement", "interview_invitation", "other", "rejection", "rejection"],
            2,
        ),
        (
            ghpay,
            GHPAY,
            ["rejection", "rejection", "other", "assessment", "interview_invitation", "offer"],
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
    assert all(s.company != "n/a" and s.stage in ("application", "interview") for s in refusals)
    assert all(s.company == "n/a" and s.role == "n/a" for s in specs if not s.rejection)
    for s in specs:
        body = (s.html or "") + s.text
        assert "{{" not in body and "@if" not in body and "@component" not in body
        assert "Robin" in body or s.unit == "food/en"


def test_real_refusals_say_what_their_labels_claim() -> None:
    """Puninar names the position in capitals, GH's refusal the interview (stage), the leave
    refusal borrows a job refusal's words about a leave."""
    first = next(iter(puninar(_real(PUNINAR))))
    assert first.role.upper() in first.text and first.stage == "application"
    gh = next(iter(ghpay(_real(GHPAY))))
    assert "interview process" in gh.text and gh.stage == "interview"
    refused = next(iter(leave(_real(LEAVE))))
    assert "chosen candidates" in refused.text and refused.subject.endswith("Leave Application")


def test_sources49_units_are_pinned_where_the_split_rule_put_them() -> None:
    """sources49's units in parts.csv, where the split rule put them in the first build."""
    parts = pinned_parts()
    assert parts["puninar/en"] == "dev"
    assert parts["vnr/en"] == "test"
    assert parts["hirextract/en"] == "test"
    assert parts["innolab/en"] == "dev"
    assert parts["food/en"] == "test"
    assert parts["leave/en"] == "test"
    assert parts["cte/en"] == "test"
    assert parts["ghpay/en"] == "dev"
    assert parts["abic/en"] == "dev"
