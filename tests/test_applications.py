"""Applications and their timeline, on a real Dovecot: matching, history, manual fixes, rescans."""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_interface_doc import json_table

from agent.cli import main

from helpers import OWNER, mail, write_config

NOW = datetime.now(UTC).replace(microsecond=0)
ACME = "Jane Smith <jane.smith@acme-robotics.com>"
ATS = "Acme Robotics <no-reply@greenhouse-mail.io>"

SENT_APPLICATION = """Dear Acme Robotics team,

I am writing to apply for the Senior Data Engineer role. Please find attached my CV.

Kind regards,
Alex Doe
"""

ACKNOWLEDGEMENT = """Hi Alex,

Thank you for applying for the Senior Data Engineer position at Acme Robotics. We have
received your application and our team will review it carefully.

Acme Robotics Talent Team
"""

INVITATION = """Hi Alex,

Thanks for applying to the Senior Data Engineer role at Acme Robotics! We'd like to
invite you to an interview with the team. Please pick a time that suits you using
the link below.

Best,
Jane Smith
Talent Acquisition, Acme Robotics
"""

TERSE_REJECTION = """Hi Alex,

Thank you for your time. Unfortunately, we will not be moving forward with your
application.

Best,
Jane Smith
Talent Acquisition, Acme Robotics
jane.smith@acme-robotics.com
"""

GLOBEX_ACK = """Hello Alex,

Thank you for applying to Globex! We have received your application for the Product
Manager position and will review it carefully.

Globex Recruiting
"""

GLOBEX_REJECTION = """Hello Alex,

Thank you for your application for the Product Manager position at Globex. After
reviewing your application, we have decided not to move forward with your candidacy.

Globex Recruiting
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def import_emls(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mails: list[bytes], extra: str = ""
) -> tuple[str, Path]:
    """``rebound import`` of a folder of these mails as .eml files: (config, folder)."""
    folder = tmp_path / "export"
    folder.mkdir()
    for n, raw in enumerate(mails):
        (folder / f"{n:02}.eml").write_bytes(raw)
    cfg = str(write_config(tmp_path, extra=extra))
    run(capsys, "--config", cfg, "import", str(folder))
    return cfg, folder


def days_ago(n: float) -> datetime:
    return NOW - timedelta(days=n)


def acme_mails() -> list[tuple[str, bytes]]:
    """(folder, raw) of one application's life, plus an unrelated company's two mails."""
    invite_id = "<invite-1@acme-robotics.com>"
    return [
        (
            "Sent",
            mail(
                "Application for Senior Data Engineer",
                SENT_APPLICATION,
                sender=f"Alex Doe <{OWNER}>",
                to="Acme Careers <careers@acme-robotics.com>",
                date=days_ago(20),
                msgid="<my-application@example.com>",
            ),
        ),
        (
            "INBOX",
            mail(
                "Thanks for applying to Acme Robotics",
                ACKNOWLEDGEMENT,
                sender=ATS,
                date=days_ago(19),
                msgid="<ack-1@greenhouse-mail.io>",
            ),
        ),
        (
            "INBOX",
            mail(
                "Acme Robotics: your interview",
                INVITATION,
                sender=ACME,
                date=days_ago(8),
                msgid=invite_id,
            ),
        ),
        (
            "INBOX",
            mail(
                "Globex: application received",
                GLOBEX_ACK,
                sender="Globex Recruiting <jobs@globex.example>",
                date=days_ago(6),
                msgid="<g-ack@globex.example>",
            ),
        ),
        (
            "INBOX",
            mail(
                "Your Globex application",
                GLOBEX_REJECTION,
                sender="Globex Recruiting <jobs@globex.example>",
                date=days_ago(2),
                msgid="<g-rej@globex.example>",
            ),
        ),
        (
            "INBOX",
            mail(
                "Acme Robotics - Senior Data Engineer",
                TERSE_REJECTION,
                sender=ACME,
                date=days_ago(1),
                msgid="<rejection-1@acme-robotics.com>",
            ),
        ),
    ]


@pytest.fixture
def mailbox_with_history(imap_account):  # type: ignore[no-untyped-def]
    for folder, raw in acme_mails():
        imap_account.append(raw, folder=folder)
    return imap_account


def applications(capsys: pytest.CaptureFixture[str], cfg: str) -> list[dict[str, Any]]:
    return list(json.loads(run(capsys, "--config", cfg, "applications", "list", "--json")))


def by_company(apps: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(a for a in apps if a["company"] and name in a["company"])


def kinds(db: Path, application_id: int) -> list[str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT kind FROM application_events WHERE application_id = ? ORDER BY at, id",
            (application_id,),
        ).fetchall()
    return [r[0] for r in rows]


def count_events(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM application_events").fetchone()[0])


def test_one_application_timeline_and_stage_from_history(
    mailbox_with_history, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    cfg = str(write_config(tmp_path, mailbox_with_history))
    out = run(capsys, "--config", cfg, "scan")
    assert "2 rejections logged" in out

    apps = applications(capsys, cfg)
    assert len(apps) == 2, apps
    assert all(set(a) == json_table("`applications list --json`") for a in apps)
    acme, globex = by_company(apps, "Acme"), by_company(apps, "Globex")
    assert acme["role"] == "Senior Data Engineer"
    assert acme["status"] == "rejected" and acme["events"] == 4
    assert kinds(tmp_path / "rebound.db", acme["id"]) == [
        "own_application",
        "acknowledgement",
        "interview_invitation",
        "rejection",
    ]
    assert kinds(tmp_path / "rebound.db", globex["id"]) == ["acknowledgement", "rejection"]

    rejections = json.loads(run(capsys, "--config", cfg, "rejections", "list", "--json"))
    terse = next(r for r in rejections if r["message_id"] == "<rejection-1@acme-robotics.com>")
    assert terse["stage"] == "interview"
    history = [r for r in terse["reasons"] if r.startswith("history:interview")]
    assert history == [f'history:interview "interview invitation {days_ago(8).date()}"']
    assert terse["draft_id"] is not None  # interview is in draft_for_stages
    other = next(r for r in rejections if r["message_id"] == "<g-rej@globex.example>")
    assert other["stage"] == "application" and not any(
        r.startswith("history:") for r in other["reasons"]
    )
    drafts = json.loads(run(capsys, "--config", cfg, "drafts", "list", "--json"))
    body = next(d for d in drafts if d["rejection_id"] == terse["id"])["body"]
    assert "interview" in body.lower()  # the interview template, chosen by the history's stage

    shown = run(capsys, "--config", cfg, "applications", "show", str(acme["id"]))
    assert "own application" in shown and "rejection (stage interview)" in shown
    csv_out = run(capsys, "--config", cfg, "applications", "list", "--csv")
    assert csv_out.splitlines()[0].startswith("id,status,company,role")
    assert len(csv_out.splitlines()) == 3
    assert [a["id"] for a in applications(capsys, cfg)] == [acme["id"], globex["id"]]
    rejected = run(capsys, "--config", cfg, "applications", "list", "--json", "--status",
                   "interviewing")  # fmt: skip
    assert json.loads(rejected) == []


def test_status_never_goes_backwards(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """An acknowledgement that arrives (or is scanned) after the interview changes nothing."""
    imap_account.append(mail("Acme Robotics: your interview", INVITATION, sender=ACME,
                             date=days_ago(3), msgid="<inv@acme-robotics.com>"))  # fmt: skip
    cfg = str(write_config(tmp_path, imap_account))
    run(capsys, "--config", cfg, "scan")
    imap_account.append(mail("Thanks for applying to Acme Robotics", ACKNOWLEDGEMENT,
                             sender=ACME, date=days_ago(1)))  # fmt: skip
    run(capsys, "--config", cfg, "scan")
    (acme,) = applications(capsys, cfg)
    assert acme["status"] == "interviewing" and acme["events"] == 2


def test_manual_split_and_merge_survive_rescans(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A mismatched match fixed by hand stays fixed: UIDVALIDITY reset, re-import, new mail."""
    imap_account.create_folder("Jobs")
    first = [
        mail("Thanks for applying to Acme Robotics", ACKNOWLEDGEMENT, sender=ACME,
             date=days_ago(10), msgid="<ack-de@acme-robotics.com>"),
        # A second application at Acme, for a role this mail does not name: it joins the
        # first one (one open application at Acme, roles do not disagree): wrong.
        mail("Acme Robotics: next steps", INVITATION.replace("Senior Data Engineer role", "role"),
             sender=ACME, date=days_ago(5), msgid="<inv-other@acme-robotics.com>"),
    ]  # fmt: skip
    for raw in first:
        imap_account.append(raw, folder="Jobs")
    db = tmp_path / "rebound.db"
    cfg = str(write_config(tmp_path, imap_account, imap_extra='folders = ["Jobs"]'))
    run(capsys, "--config", cfg, "scan")
    (acme,) = applications(capsys, cfg)
    assert kinds(db, acme["id"]) == ["acknowledgement", "interview_invitation"]

    shown = run(capsys, "--config", cfg, "applications", "show", str(acme["id"]))
    invite_event = next(
        int(line.split()[0][1:]) for line in shown.splitlines() if "interview invitation" in line
    )
    out = run(capsys, "--config", cfg, "applications", "split", str(invite_event))
    new_id = int(out.split("application #")[1])
    assert kinds(db, acme["id"]) == ["acknowledgement"]
    assert kinds(db, new_id) == ["interview_invitation"]
    assert {a["id"]: a["status"] for a in applications(capsys, cfg)} == {
        acme["id"]: "applied",
        new_id: "interviewing",
    }
    events = count_events(db)

    # Rescan 1: the folder is recreated (new UIDVALIDITY) holding the same mails.
    imap_account.delete_folder("Jobs")
    imap_account.create_folder("Jobs")
    for raw in first:
        imap_account.append(raw, folder="Jobs")
    run(capsys, "--config", cfg, "scan", "--since", str(days_ago(30).date()))
    # Rescan 2: the same mails imported again from an mbox export.
    box = mailbox.mbox(str(tmp_path / "export.mbox"))
    for raw in first:
        box.add(raw)
    box.flush()
    run(capsys, "--config", cfg, "import", str(tmp_path / "export.mbox"))
    assert count_events(db) == events
    assert kinds(db, acme["id"]) == ["acknowledgement"]
    assert kinds(db, new_id) == ["interview_invitation"]

    # New mail in the split-off thread follows the owner's decision.
    imap_account.append(
        mail("Re: Acme Robotics: next steps", "Hi Alex, a reminder of your interview "
             "tomorrow at 10:00. Looking forward to speaking with you.", sender=ACME,
             msgid="<reminder@acme-robotics.com>",
             headers={"In-Reply-To": "<inv-other@acme-robotics.com>",
                      "References": "<inv-other@acme-robotics.com>"}),
        folder="Jobs",
    )  # fmt: skip
    run(capsys, "--config", cfg, "scan")
    assert kinds(db, new_id) == ["interview_invitation", "interview_invitation"]

    # And a merge by hand: the split was a mistake after all. Later mail of either goes to A.
    run(capsys, "--config", cfg, "applications", "merge", str(acme["id"]), str(new_id))
    (merged,) = applications(capsys, cfg)
    assert merged["id"] == acme["id"] and merged["status"] == "interviewing"
    assert merged["events"] == 3
    imap_account.append(
        mail("Re: Acme Robotics: next steps", TERSE_REJECTION, sender=ACME,
             msgid="<rej-after-merge@acme-robotics.com>",
             headers={"In-Reply-To": "<reminder@acme-robotics.com>",
                      "References": "<inv-other@acme-robotics.com> <reminder@acme-robotics.com>"}),
        folder="Jobs",
    )  # fmt: skip
    run(capsys, "--config", cfg, "scan")
    (merged,) = applications(capsys, cfg)
    assert merged["status"] == "rejected" and merged["events"] == 4


def test_ambiguous_match_is_kept_apart(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Two applications at one employer and a mail naming neither role: a third, uncertain."""
    for role, n in (("Data Engineer", 1), ("Platform Engineer", 2)):
        imap_account.append(
            mail(f"Application for {role}", SENT_APPLICATION.replace("Senior Data Engineer", role),
                 sender=f"Alex Doe <{OWNER}>", to="careers@acme-robotics.com",
                 date=days_ago(10 - n), msgid=f"<app{n}@example.com>"),
            folder="Sent",
        )  # fmt: skip
    imap_account.append(
        mail("Acme Robotics: next steps", INVITATION.replace("Senior Data Engineer role", "role"),
             sender=ACME, date=days_ago(2))
    )  # fmt: skip
    cfg = str(write_config(tmp_path, imap_account))
    run(capsys, "--config", cfg, "scan")
    apps = applications(capsys, cfg)
    assert len(apps) == 3
    roles = {a["role"]: a for a in apps}
    assert roles["Data Engineer"]["events"] == roles["Platform Engineer"]["events"] == 1
    odd = next(a for a in apps if a["uncertain"])
    assert odd["uncertain"].startswith("could be #")
    assert odd["status"] == "interviewing"


def test_own_mail_and_outcomes_from_an_import(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`rebound import`: the owner's thank-you and withdrawal, a final round, a role on hold."""
    own = f"Alex Doe <{OWNER}>"
    mails = [
        mail("Application for Backend Engineer", SENT_APPLICATION.replace(
            "Senior Data Engineer", "Backend Engineer"), sender=own,
            to="careers@initech.example", date=days_ago(30), msgid="<a1@example.com>"),
        mail("Initech: final round", "Hi Alex,\n\nWe would like to invite you to the final "
             "round interview for the Backend Engineer role at Initech. Please share your "
             "availability.\n\nBest,\nBill Lumbergh\nInitech", sender="Bill Lumbergh "
             "<bill@initech.example>", date=days_ago(20), msgid="<f1@initech.example>"),
        mail("Thank you", "Hi Bill,\n\nThank you for taking the time to interview me "
             "yesterday.\n\nAlex", sender=own, to="bill@initech.example", date=days_ago(19),
             msgid="<t1@example.com>", headers={"In-Reply-To": "<f1@initech.example>"}),
        mail("Application for Data Analyst", SENT_APPLICATION.replace(
            "Senior Data Engineer", "Data Analyst"), sender=own,
            to="jobs@hooli.example", date=days_ago(15), msgid="<a2@example.com>"),
        mail("Withdrawal", "Dear Hooli team,\n\nI would like to withdraw my application for "
             "the Data Analyst role, as I have accepted another offer.\n\nAlex", sender=own,
             to="jobs@hooli.example", date=days_ago(5), msgid="<w1@example.com>"),
        mail("Initech update", "Hi Alex,\n\nUnfortunately the Backend Engineer position has "
             "been put on hold and we will not be moving forward with any candidates.\n\n"
             "Bill Lumbergh\nInitech", sender="Bill Lumbergh <bill@initech.example>",
             date=days_ago(2), msgid="<h1@initech.example>"),
    ]  # fmt: skip
    cfg, folder = import_emls(capsys, tmp_path, mails)
    apps = applications(capsys, cfg)
    initech, hooli = by_company(apps, "Initech"), by_company(apps, "Hooli")
    assert kinds(tmp_path / "rebound.db", initech["id"]) == [
        "own_application",
        "interview_invitation",
        "thank_you",
        "rejection",
    ]
    assert initech["status"] == "closed"  # reached "final", then the role was put on hold
    assert kinds(tmp_path / "rebound.db", hooli["id"]) == ["own_application", "withdrawal"]
    assert hooli["status"] == "withdrawn"
    events = count_events(tmp_path / "rebound.db")
    run(capsys, "--config", cfg, "import", str(folder))  # the same files again
    assert count_events(tmp_path / "rebound.db") == events
    rejections = json.loads(run(capsys, "--config", cfg, "rejections", "list", "--json"))
    (on_hold,) = rejections
    assert on_hold["stage"] == "final"
    assert f'history:final "interview invitation {days_ago(20).date()}"' in on_hold["reasons"]


LIST_POST = """Hi all,

the application server restarts whenever the window position is saved; a patch is
attached to the tracker. Could someone review it before the release next week?

Thanks,
Sam
"""


def _categories(db: Path) -> dict[str, str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT message_id, category FROM messages").fetchall()
    return {r[0]: r[1] for r in rows}


def test_mailing_list_subject_words_take_the_cheap_path(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Job words in a mailing list's subject do not send it to the full classifier, unless
    it is from the domain of an application (then it is still read as a job event)."""
    listed = {"List-Id": "<dev.lists.example>", "List-Unsubscribe": "<mailto:leave@lists.example>"}
    own = f"Alex Doe <{OWNER}>"
    hooli_ack = GLOBEX_ACK.replace("Globex", "Hooli")
    mails = [
        mail("[dev] application crash on position save", LIST_POST, sender="Sam <sam@lists.example>",
             headers=listed, msgid="<list-1@lists.example>"),
        mail("[dev] application crash on position save", LIST_POST, sender="Sam <sam@lists.example>",
             msgid="<plain-1@lists.example>"),
        mail("Application for Product Manager", SENT_APPLICATION.replace(
            "Senior Data Engineer", "Product Manager"), sender=own,
            to="jobs@hooli.example", date=days_ago(9), msgid="<a1@example.com>"),
        mail("Hooli: application received", hooli_ack, sender="Hooli <jobs@hooli.example>",
             headers={"Precedence": "list", **listed}, date=days_ago(8), msgid="<h-ack@hooli.example>"),
    ]  # fmt: skip
    # The word model alone, which speaks only beside a light cue: the glance may settle job
    # mail without one. The sentence model (on by default) needs no cue, so every job mail
    # without a decision phrase goes on to it, list mail included (gate.cue_bound).
    cfg, _folder = import_emls(capsys, tmp_path, mails, "[classify]\nsentence_model = false\n")
    categories = _categories(tmp_path / "rebound.db")
    assert categories["<list-1@lists.example>"] == "no_decision"  # the glance's verdict
    assert categories["<plain-1@lists.example>"] != "no_decision"  # the full classifier's
    hooli = by_company(applications(capsys, cfg), "Hooli")
    assert kinds(tmp_path / "rebound.db", hooli["id"]) == ["own_application", "acknowledgement"]
