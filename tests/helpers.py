"""Builders shared by the tests: config files pointing at the test servers, and mails."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

OWNER = "alex.doe@example.com"


def write_config(
    tmp_path: Path,
    account: Any = None,
    smtp: Any = None,
    *,
    extra: str = "",
    feedback: str = "",
    imap_extra: str = "",
) -> Path:
    """A config file for the test servers; passwords go through password_file.

    Both files are private, as `rebound setup` leaves them: the daemon's warning about a
    readable config is for users, and it drowned the benches' output that reuse this.
    """
    lines = [
        "[owner]",
        'name = "Alex Doe"',
        f'email = "{OWNER}"',
        'timezone = "Europe/London"',
        "",
        "[database]",
        'path = "rebound.db"',
        "",
        "[feedback]",
        'business_hours = ""',
        'business_days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]',
        "min_delay_hours = 0",
        "save_to_drafts_folder = false",
        feedback,
        "",
    ]
    if account is not None:
        (tmp_path / "imap.pw").write_text(account.password + "\n")
        (tmp_path / "imap.pw").chmod(0o600)
        lines += [
            "[imap]",
            f'host = "{account.host}"',
            f"port = {account.port}",
            'security = "none"',
            f'username = "{account.username}"',
            'password_file = "imap.pw"',
            "timeout_seconds = 10",
            imap_extra,
            "",
        ]
    if smtp is not None:
        lines += [
            "[smtp]",
            f'host = "{smtp.host}"',
            f"port = {smtp.port}",
            'security = "none"',
            'username = ""',
            "timeout_seconds = 10",
            "",
        ]
    lines.append(extra)
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines))
    path.chmod(0o600)
    return path


def mail(
    subject: str,
    body: str,
    *,
    sender: str = "Jane Smith <jane.smith@acme-robotics.com>",
    to: str = f"Alex Doe <{OWNER}>",
    date: datetime | None = None,
    headers: dict[str, str] | None = None,
    msgid: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime.now(UTC) - timedelta(hours=3))
    msg["Message-ID"] = msgid or make_msgid(domain="test.example")
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    return bytes(msg)


INTERVIEW_REJECTION = """Hi Alex,

Thank you for taking the time to interview with us for the Senior Data Engineer role
last week. The team enjoyed meeting you.

After careful consideration, we have decided to move forward with another candidate
whose experience more closely matches what we need right now.

We wish you the very best in your search.

Best regards,
Jane Smith
Talent Acquisition, Acme Robotics
jane.smith@acme-robotics.com
"""

INTERVIEW_INVITE = """Hi Alex,

Thanks for applying to the Data Engineer role at Acme Robotics! We'd like to invite
you to an interview with the team. Please pick a time that suits you using the link
below.

Best,
Jane
"""

OFFER = """Dear Alex,

Congratulations! We are delighted to offer you the position of Data Engineer at
Acme Robotics. Your offer letter is attached; please sign it by Friday.

Warm regards,
Jane Smith
"""

NEWSLETTER = """This week's newsletter: 7 ways to bounce back from job rejection.

Unfortunately, every job seeker hears "we have decided to move forward with other
candidates" at some point. Here is how to cope with rejection and keep going.

Read more on our blog. Unsubscribe or manage your email preferences here.
"""


def seed_rejection(store: Any, uid: int, folder: str = "INBOX", **fields: Any) -> int:
    """Log a rejection straight into the store, as the pipeline would; returns its id.

    Defaults describe an interview rejection from a person at Acme; ``fields``
    override any of them (``message_id`` defaults to one unique per uid).
    """
    row = {
        "message_id": f"<rej{uid}@acme.example>",
        "references": "[]",
        "received_at": (datetime.now(UTC) - timedelta(hours=1)).replace(microsecond=0).isoformat(),
        "subject": "Your interview",
        "company": "Acme",
        "role": "Data Engineer",
        "stage": "interview",
        "contact_name": "Jane Smith",
        "reply_address": "jane@acme.example",
        "noreply": 0,
        "language": "en",
        **fields,
    }
    with store.transaction():
        message_row = store.record_message(
            {"folder": folder, "uidvalidity": 1, "uid": uid, "status": "classified"}
        )
        return int(store.add_rejection({"message_row": message_row, **row}))


_COMPANIES = (
    "Acme Robotics", "Lumenwave", "BrightPath", "Northwind Traders", "Quillmark",
    "Halcyon Freight", "Fernhill Labs", "Orbital Dynamics", "Copperleaf", "Tidewater Health",
)  # fmt: skip
_NEWS = "This week's product update: three new features and a webinar. Read more on our blog."


def recently(now: datetime, tz: Any, at_most: timedelta = timedelta(hours=1)) -> timedelta:
    """How long before ``now`` "a moment ago" is: ``at_most``, but never before the start of
    ``now``'s day in ``tz`` (tests counting by day, week or month would break just after
    midnight)."""
    local = now.astimezone(tz)
    since_midnight = local - local.replace(hour=0, minute=0, second=0, microsecond=0)
    return min(at_most, since_midnight / 2)


def history(account: Any, days: int = 365, *, now: datetime | None = None) -> dict[str, int]:
    """A year (``days``) of job mail in ``account``'s INBOX, straight into the Maildir:
    an interview rejection every 4th day, a newsletter every day between. Each mail's
    INTERNALDATE and Date header are its day; returns how many of each were written."""
    now = now or datetime.now(UTC)
    made = {"rejections": 0, "other": 0}
    earlier = recently(now, UTC)  # on the same UTC day as ``now``: SEARCH SINCE counts days
    for age in range(days, -1, -1):
        when = (now - timedelta(days=age) - earlier).replace(microsecond=0)
        if age % 4 == 0:
            company = _COMPANIES[age // 4 % len(_COMPANIES)]
            slug = company.lower().replace(" ", "")
            raw = mail(
                f"Re: Interview for Senior Data Engineer at {company}",
                INTERVIEW_REJECTION.replace("Acme Robotics", company).replace(
                    "jane.smith@acme-robotics.com", f"jane.smith@{slug}.example"
                ),
                sender=f"Jane Smith <jane.smith@{slug}.example>",
                date=when,
                msgid=f"<history-{age}@{slug}.example>",
            )
            made["rejections"] += 1
        else:
            raw = mail("Product update", _NEWS, sender="news@tools.example", date=when)
            made["other"] += 1
        account.deliver(raw, msg_time=when)
    return made


def use_cores(monkeypatch, cores: int, chunk: int = 7) -> list[int]:  # type: ignore[no-untyped-def]
    """Scans and imports analyse on ``cores`` cores however few mails they have (2: a
    forked worker takes ``chunk``-mail parts of every batch); the list returned gets the
    size of every part the worker analysed. Waits for the cheap path's databases, which
    the worker is forked only after."""
    import time

    from agent.classify import prefilter
    from agent.ingest import parallel

    mode = "on" if cores > 1 else "off"
    monkeypatch.setattr(parallel, "setting", lambda cfg: (mode, 0))
    monkeypatch.setattr(parallel, "CHUNK", chunk)
    by_worker: list[int] = []
    rebuilt = parallel._rebuilt

    def counted(mails, results):  # type: ignore[no-untyped-def]
        by_worker.append(len(mails))
        return rebuilt(mails, results)

    monkeypatch.setattr(parallel, "_rebuilt", counted)
    if cores > 1:
        prefilter.glance(b"Subject: warm-up\n\nwarm-up\n")
        deadline = time.monotonic() + 600
        while not prefilter.compiled() and time.monotonic() < deadline:
            time.sleep(0.2)
    return by_worker


HAM_ARCHIVE = Path(__file__).resolve().parents[2] / "shared" / "corpus-ham" / "spamassassin-ham.tgz"


def ham(limit: int) -> list[bytes]:
    """The first ``limit`` mails of the SpamAssassin ham corpus (none when it is missing)."""
    import tarfile

    if not HAM_ARCHIVE.is_file():
        return []
    out: list[bytes] = []
    with tarfile.open(HAM_ARCHIVE) as tar:
        for member in tar:
            fh = tar.extractfile(member) if member.isfile() else None
            if fh is not None:
                out.append(fh.read())
            if len(out) >= limit:
                break
    return out


def count_template_compiles(monkeypatch: Any) -> list[str | None]:
    """The names of the templates Jinja compiles from now on in this test (appended as
    they are compiled): whether a template was compiled afresh or reused."""
    import jinja2

    compiled: list[str | None] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        compiled.append(name)
        return real(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return compiled


def count_pattern_work(monkeypatch: Any) -> list[tuple[str, str]]:
    """The classifier's pattern work done from now on in this process, as (kind, pattern):
    "needles" (a pattern's pre-tests derived), "starts" and "width" (a search's opening
    literals and widest match) and "compile" (a program made, not built from a kept one)."""
    from agent.classify import needles, patterncache, srecode

    done: list[tuple[str, str]] = []

    def counted(kind: str, real: Any) -> Any:
        def call(pattern: str, flags: int, *args: Any) -> Any:
            done.append((kind, pattern))
            return real(pattern, flags, *args)

        return call

    monkeypatch.setattr(patterncache, "derive", counted("needles", patterncache.derive))
    monkeypatch.setattr(needles, "starts", counted("starts", needles.starts))
    monkeypatch.setattr(needles, "max_width", counted("width", needles.max_width))
    real = srecode.compile_with_program
    monkeypatch.setattr(srecode, "compile_with_program", counted("compile", real))
    return done


def restart_patterncache(monkeypatch: Any) -> None:
    """:mod:`agent.classify.patterncache` as a new process starts: nothing known until its
    files are read, nothing derived, nothing saved."""
    from agent.classify import patterncache

    for name, value in (
        ("_known", None),
        ("_fresh", {}),
        ("_used", set()),
        ("_programs", None),
        ("_fresh_programs", {}),
        ("_starts", {}),
        ("_widths", {}),
        ("_fresh_facts", set()),
        ("_saved_once", False),
        ("_inherited", frozenset()),
    ):
        monkeypatch.setattr(patterncache, name, value)
