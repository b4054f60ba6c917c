"""Applications and their timeline: every job mail is an event of one application.

A mail is matched to its application by, in this order: the owner's own decision
(``applications merge``/``split`` are remembered per Message-ID), its thread
(References / In-Reply-To naming a mail already on a timeline), the ATS
requisition number, then the employer (company name, or the sender's domain when
it is the employer's own and not a job board's or an ATS's relay) together with
the role. When more than one application could be meant, the mail starts an
application of its own marked ``uncertain`` rather than joining the wrong one.

The status is the furthest stage the mail proves and never goes backwards by
itself. A rejection that does not say how far the application got takes the
stage from the history ("interview invitation 2026-11-20" makes it ``interview``)
and says so in its reasons; its missing role and company come from earlier mail.
The rules (which classifier category is which event, what each proves, the
owner's own kinds of mail) are data: ``agent/data/applications.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from agent.classify import Verdict
from agent.classify.patterncache import compiled
from agent.ingest.replies import thread_ids
from agent.mail.parse import Message
from agent.mail.quoting import newest_text
from agent.mail.rfc2047 import blank_line
from agent.store import APPLICATION_STATUSES, Store, iso

RULES_FILE = Path(__file__).resolve().parents[1] / "data" / "applications.toml"
RANK = {s: min(i, 4) for i, s in enumerate(APPLICATION_STATUSES)}  # the four outcomes rank alike
STAGE_RANK = {"unknown": 0, "application": 0, "screen": 1, "interview": 2, "final": 3}
_LEGAL = re.compile(
    r"\b(inc|ltd|llc|gmbh|ag|sa|sas|bv|nv|plc|corp|corporation|co|limited|group|se|srl|sl)\b\.?",
    re.I,
)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "gv", "or", "ne"})


@dataclass(frozen=True)
class JobWords:
    """Job-word stems, tested as plain substrings of the lower-cased text.

    A regular expression alternating the same words took ~5 ms on 3,000 characters
    of ordinary mail on a loaded machine, a word-by-word pass ~1 ms, this ~0.2 ms.
    """

    stems: tuple[str, ...]

    def found_in(self, text: str) -> bool:
        low = text.lower()
        return any(stem in low for stem in self.stems)


@dataclass(frozen=True)
class Rules:
    kinds: dict[str, str]
    status: dict[str, str]
    history_stage: dict[str, str]
    own: tuple[tuple[str, str, re.Pattern[str]], ...]  # (kind, rule id, pattern)
    closed: tuple[tuple[str, re.Pattern[str]], ...]
    final: tuple[tuple[str, re.Pattern[str]], ...]
    requisition: tuple[tuple[str, re.Pattern[str]], ...]
    job_words: JobWords
    thread_update: frozenset[str]


@functools.cache
def rules() -> Rules:
    data = tomllib.loads(RULES_FILE.read_text("utf-8"))

    def table(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple((rid, compiled(p, re.I | re.M)) for rid, p in data[name].items())

    own = tuple(
        (kind, rid, compiled(p, re.I | re.M))
        for kind, patterns in data["own"].items()
        for rid, p in patterns.items()
    )
    return Rules(
        kinds=dict(data["kinds"]),
        status=dict(data["status"]),
        history_stage=dict(data["history_stage"]),
        own=own,
        closed=table("closed"),
        final=table("final"),
        requisition=table("requisition"),
        job_words=JobWords(tuple(data["job_words"]["stems"])),
        thread_update=frozenset(data["thread"]["status_update"]),
    )


# ---------------------------------------------------------------- reading one mail


def squash(text: str | None) -> str | None:
    """A name reduced to what identifies it: no legal suffix, case, space or punctuation."""
    if not text:
        return None
    key = re.sub(r"[\W_]+", "", _LEGAL.sub(" ", text).lower())
    return key or None


def registrable(domain: str) -> str:
    parts = domain.lower().strip(".").split(".")
    if len(parts) > 2 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def employer_domain(domain: str, company: str | None) -> str | None:
    """The sender's domain when it is the company's own; a relay's (ATS, job board) is not."""
    if not domain or not company:
        return None
    reg = registrable(domain)
    label = re.sub(r"[\W_]+", "", reg.split(".")[0])
    key = squash(company) or ""
    first = squash(company.split()[0]) or ""
    if len(label) < 3:
        return None
    if label in key or key.startswith(label) or (len(first) >= 3 and first in label):
        return reg
    return None


def domain_company(domain: str | None) -> str | None:
    """A company name guessed from a domain (kestrelrobotics.com → "Kestrelrobotics"), for
    the owner's own mail; the employer's own mail later gives the real one."""
    return domain.split(".")[0].replace("-", " ").title() if domain else None


def requisition_of(msg: Message) -> str | None:
    text = msg.subject + "\n" + msg.text[:3000]
    for _rid, rx in rules().requisition:
        m = rx.search(text)
        if m:
            return m.group(1).upper()
    return None


def own_kind(msg: Message) -> tuple[str, str] | None:
    """(kind, rule id) of the owner's own mail: an application, a withdrawal, a thank-you."""
    text = msg.subject + "\n" + newest_text(msg.text)[:3000]
    for kind, rid, rx in rules().own:
        if rx.search(text):
            return kind, rid
    return None


_LIST_HEADER = re.compile(
    rb"^(?:list-id[ \t]*:|list-unsubscribe[ \t]*:|precedence:[ \t]*list\b)", re.I | re.M
)


def mailing_list(raw: bytes) -> bool:
    """Mail of a mailing list (List-Id, List-Unsubscribe, Precedence: list), from its bytes.

    The glance keeps no such header; a regex over the header block costs microseconds.
    """
    end = blank_line(raw)
    return _LIST_HEADER.search(raw, 0, end if end >= 0 else len(raw)) is not None


def subject_worth_look(msg: Message, raw: bytes) -> bool:
    """Job words in the subject of a mail of no mailing list: worth a full look whatever
    the database holds (the first test of :func:`worth_full_look`), so it can be
    parsed and classified before the write transaction, even in another process."""
    return rules().job_words.found_in(msg.subject or "") and not mailing_list(raw)


def worth_full_look(store: Store, msg: Message, *, listed: bool = False) -> bool:
    """A mail without a decision phrase that may still be a timeline event.

    The pre-filter skips the full classifier for mail that cannot be a
    rejection; an acknowledgement or an interview invitation cannot be one
    either, yet belongs on a timeline: its subject, its thread, or job words from
    an employer applied to give it away. Job words in the subject of a mailing
    list's mail (``listed``: "application", "position" in a developers' list, job
    alerts) do not: ~2 % of ordinary mail took the full path for them alone.
    """
    words = rules().job_words
    if not listed and words.found_in(msg.subject or ""):
        return True
    if store.application_of_thread(thread_ids(msg)) is not None:
        return True
    # Mail from an employer applied to, with job words in its text ("final round" in a
    # subject without any): only then, since colleagues there write about anything.
    return bool(
        msg.from_domain
        and store.application_candidates(None, registrable(msg.from_domain), None)
        and words.found_in(msg.text[:3000])
    )


# ---------------------------------------------------------------- matching


@dataclass
class Placement:
    """Where one mail goes on which timeline, and what it proves."""

    kind: str
    application_id: int | None  # None: a new application
    matched_by: str
    company: str | None
    role: str | None
    domain: str | None
    requisition: str | None
    own: bool
    rule: str | None = None
    uncertain: str | None = None
    status: str | None = None
    history: list[str] = field(default_factory=list)


def resolve(store: Store, application_id: int) -> int:
    """Follow ``merged_into`` to the application that absorbed this one."""
    seen: set[int] = set()
    while application_id not in seen:
        seen.add(application_id)
        row = store.get_application(application_id)
        if not row["merged_into"]:
            break
        application_id = int(row["merged_into"])
    return application_id


def _roles_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a == b or a in b or b in a


def _match(store: Store, p: Placement, msg: Message) -> None:
    """Fill ``p.application_id``/``matched_by``/``uncertain``: manual, thread, req, company."""
    manual = store.application_link(msg.message_id)
    if manual is not None:
        p.application_id, p.matched_by = resolve(store, manual), "manual"
        return
    threaded = store.application_of_thread(thread_ids(msg))
    if threaded is not None:
        p.application_id, p.matched_by = resolve(store, threaded), "thread"
        return
    ckey, rkey = squash(p.company), squash(p.role)
    found = store.application_candidates(ckey, p.domain, p.requisition)
    if p.requisition:
        same = [c for c in found if c["requisition"] == p.requisition]
        if len(same) == 1:
            p.application_id, p.matched_by = int(same[0]["id"]), "requisition"
            return
    found = [
        c
        for c in found
        if _roles_agree(c["role_key"], rkey)
        and not (p.requisition and c["requisition"] and c["requisition"] != p.requisition)
    ]
    if len(found) > 1 and rkey:
        found = [c for c in found if c["role_key"] == rkey] or found
    if len(found) == 1:
        p.application_id, p.matched_by = int(found[0]["id"]), "company"
    elif found:
        ids = " or ".join(f"#{c['id']}" for c in found)
        p.uncertain = f"could be {ids}: same employer, role unclear"


def place(
    store: Store, msg: Message, verdict: Verdict | None, *, own: bool, handled: str | None = None
) -> Placement | None:
    """What this mail is on a timeline, and which application; None: no job event."""
    r = rules()
    rid = None
    if handled == "feedback_reply":
        kind: str | None = "feedback_reply"
    elif own and msg.message_id and store.draft_by_message_id(msg.message_id):
        kind = "feedback_request"  # Rebound's own send, found in Sent
    elif own:
        found = own_kind(msg)
        kind, rid = found if found else (None, None)
    else:
        kind = r.kinds.get(verdict.category or "") if verdict else None
    if kind is None and not own and (verdict is None or verdict.category not in r.thread_update):
        return None
    threaded = kind is None and store.application_of_thread(thread_ids(msg)) is not None
    if kind is None and not threaded:
        return None
    kind = kind or ("own_reply" if own else "status_update")
    company, domain = (verdict.company if verdict and not own else None), None
    if own:
        to_domain = msg.to[0][1].rpartition("@")[2] if msg.to else ""
        domain = registrable(to_domain) if to_domain else None
        company = company or domain_company(domain)
    else:
        domain = employer_domain(msg.from_domain, company)
    p = Placement(
        kind=kind,
        application_id=None,
        matched_by="new",
        company=company,
        role=verdict.role if verdict else None,
        domain=domain,
        requisition=requisition_of(msg),
        own=own,
        rule=rid,
    )
    p.status = _status_of(p, msg)
    _match(store, p, msg)
    if p.application_id is None and (p.company is None and p.domain is None) and not own:
        return None  # a job mail naming no employer cannot start a timeline
    return p


def details_read(verdict: Verdict) -> bool:
    """Whether recording ``verdict``'s mail reads its company and role whatever the database
    holds: a rejection's (:func:`from_history`), a job event's (:func:`place`); a status
    update's only in a known application's thread, other mail's never."""
    return verdict.is_rejection or rules().kinds.get(verdict.category or "") is not None


def _status_of(p: Placement, msg: Message) -> str | None:
    status = rules().status.get(p.kind)
    text = msg.subject + "\n" + msg.text[:4000]
    if p.kind == "interview_invitation" and any(rx.search(text) for _r, rx in rules().final):
        return "final"
    if status == "rejected" and any(rx.search(text) for _rid, rx in rules().closed):
        return "closed"
    return status


# ---------------------------------------------------------------- history


def from_history(store: Store, p: Placement | None, verdict: Verdict) -> dict[str, Any]:
    """A rejection's stage, role and company completed from its application's earlier mail.

    Returns the fields to log (``stage``, ``role``, ``company``, ``reasons``). A
    stage the text states is kept; "unknown" or a bare "application" (nearly
    every rejection says "your application") gives way to a further stage the
    history proves, and the reasons say which mail proved it.
    """
    fields: dict[str, Any] = {
        "stage": verdict.stage,
        "role": verdict.role,
        "company": verdict.company,
        "reasons": list(verdict.reasons),
    }
    if p is None or p.application_id is None:
        return fields
    app = store.get_application(p.application_id)
    stage = rules().history_stage.get(app["status"])
    if (
        stage
        and STAGE_RANK.get(verdict.stage or "unknown", 0) < STAGE_RANK[stage]
        and (verdict.stage in ("unknown", "application", None))
    ):
        proof = _proof(store, p.application_id, app["status"])
        fields["stage"] = stage
        fields["reasons"].append(f'history:{stage} "{proof}"')
        p.history.append(f"stage {stage} from {proof}")
    for key in ("role", "company"):
        if not fields[key] and app[key]:
            fields[key] = app[key]
            fields["reasons"].append(f'history:{key} "{app[key]}" from earlier mail')
            p.history.append(f"{key} from earlier mail")
    return fields


def _proof(store: Store, application_id: int, status: str) -> str:
    """The newest mail that brought the application to ``status``, as "kind date"."""
    for ev in reversed(store.timeline(application_id)):
        if ev["proves"] == status:
            return f"{ev['kind'].replace('_', ' ')} {(ev['at'] or '')[:10]}"
    return f"status {status}"


# ---------------------------------------------------------------- recording


def record(
    store: Store,
    p: Placement,
    msg: Message,
    *,
    folder: str,
    at: datetime | None,
    rejection_id: int | None = None,
) -> int | None:
    """Put the mail on its timeline (creating the application when new); the event id.

    Idempotent per Message-ID: a mail seen again (another folder, a re-import, a
    UIDVALIDITY reset) adds nothing and stays where it is, moved by hand or not.
    """
    if msg.message_id and store.application_of_thread([msg.message_id]) is not None:
        return None  # this very mail is on a timeline already
    when = iso(at or msg.date)
    if p.application_id is None:
        p.application_id = store.add_application(
            {
                "company": p.company,
                "company_key": squash(p.company),
                "role": p.role,
                "role_key": squash(p.role),
                "domain": p.domain,
                "requisition": p.requisition,
                "status": p.status or "applied",
                "first_at": when,
                "last_at": when,
                "uncertain": p.uncertain,
            }
        )
    else:
        _update(store, p, when)
    return store.add_application_event(
        {
            "application_id": p.application_id,
            "kind": p.kind,
            "proves": p.status,
            "at": when,
            "message_id": msg.message_id,
            "folder": folder,
            "subject": msg.subject[:300],
            "from_addr": msg.from_addr,
            "own": int(p.own),
            "rejection_id": rejection_id,
            "matched_by": p.matched_by,
        }
    )


def _update(store: Store, p: Placement, when: str | None) -> None:
    """Dates, missing details and a status that only moves forward."""
    assert p.application_id is not None
    app = store.get_application(p.application_id)
    changes: dict[str, Any] = {}
    if when and (not app["last_at"] or when > app["last_at"]):
        changes["last_at"] = when
    if when and (not app["first_at"] or when < app["first_at"]):
        changes["first_at"] = when
    for key, value in (("company", p.company), ("role", p.role), ("domain", p.domain),
                       ("requisition", p.requisition)):  # fmt: skip
        guessed = key == "company" and app[key] and app[key] == domain_company(app["domain"])
        if value and (not app[key] or (guessed and not p.own and value != app[key])):
            changes[key] = value
            if key in ("company", "role"):
                changes[f"{key}_key"] = squash(value)
    if changes:
        store.update_application(p.application_id, "updated", changes)
    if p.status and RANK[p.status] > RANK[app["status"]]:
        store.update_application(
            p.application_id, "status", {"status": p.status}, previous=app["status"], by=p.kind
        )


# ---------------------------------------------------------------- the owner's corrections


def recompute(store: Store, application_id: int) -> str:
    """Status and dates from the events alone: after a manual merge or split."""
    events = store.timeline(application_id)
    status = "applied"
    for ev in events:
        found = ev["proves"]
        if found and RANK[found] > RANK[status]:
            status = found
    dates = [e["at"] for e in events if e["at"]]
    store.update_application(
        application_id,
        "recomputed",
        {
            "status": status,
            "first_at": min(dates, default=None),
            "last_at": max(dates, default=None),
        },
    )
    return status


def merge(store: Store, keep: int, other: int) -> None:
    """``applications merge A B``: B's mail joins A; later mail matching B goes to A."""
    keep, other = resolve(store, keep), resolve(store, other)
    if keep == other:
        return
    with store.transaction():
        a, b = store.get_application(keep), store.get_application(other)
        events = store.timeline(other)
        store.move_application_events([e["id"] for e in events], keep)
        for ev in events:
            if ev["message_id"]:
                store.link_application(ev["message_id"], keep, "merge")
        fill = {k: b[k] for k in ("company", "company_key", "role", "role_key", "domain",
                                  "requisition") if b[k] and not a[k]}  # fmt: skip
        store.update_application(keep, "merged", {"uncertain": None, **fill}, absorbed=other)
        store.update_application(other, "merged_away", {"merged_into": keep, "uncertain": None})
        recompute(store, keep)


def split(store: Store, event_id: int) -> int:
    """``applications split EVENT``: one mail leaves its application for one of its own."""
    with store.transaction():
        ev = store.get_application_event(event_id)
        old = store.get_application(ev["application_id"])
        if len(store.timeline(old["id"])) == 1:
            return int(old["id"])  # already alone
        new = store.add_application(
            {
                "company": old["company"],
                "company_key": old["company_key"],
                "domain": old["domain"],
                "status": "applied",
                "first_at": ev["at"],
                "last_at": ev["at"],
            }
        )
        store.move_application_events([event_id], new)
        if ev["message_id"]:
            store.link_application(ev["message_id"], new, "split")
        store.event("application", old["id"], "split", event=event_id, into=new)
        recompute(store, int(old["id"]))
        recompute(store, new)
    return new
