"""A realistic week for ``docs/digest-example.*``: what a job seeker's digest looks like on
a Friday morning after a busy week and a history backfill (`scan --since`).

Regenerate the docs with ``python tests/test_digest.py``; ``test_digest.py`` checks they
are current and ``test_digest_phone.py`` renders the HTML at phone width.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from agent import config as config_mod
from agent.feedback.drafts import make_draft
from agent.store import Store

from helpers import seed_rejection

WEEK_NOW = datetime(2026, 11, 27, 7, 45, tzinfo=UTC)  # Friday, 07:45 in London
TOKEN = "RB-Xq3v9TzL0bQmW2cE8nYdKfA1sJ7pHu4G"  # a fixed, fake code as long as a real one

# (company, role, stage, contact, address, hours before WEEK_NOW, first lines of the mail)
OPEN = [
    (
        "Northwind Analytics",
        "Senior Data Engineer",
        "interview",
        "Maria López",
        "maria.lopez@northwind-analytics.com",
        39,
        "Thank you for meeting the team last Tuesday. After a lot of discussion we have "
        "decided to move forward with another candidate for the Senior Data Engineer role.",
    ),
    (
        "Fjordline",
        "Data Engineer",
        "screen",
        "Henrik Aas",
        "henrik.aas@fjordline.no",
        20,
        "Thanks for the call on Monday. We've decided not to progress your application to "
        "the technical interview; the team needs someone in the Bergen office three days a week.",
    ),
    (
        "Brightwave Health",
        "Analytics Engineer",
        "final",
        "Priya Natarajan",
        "priya@brightwavehealth.com",
        6,
        "It was a close decision after the final round, and we have offered the role to "
        "another candidate whose experience with clinical data was a closer match.",
    ),
]


def _rejection(store: Store, uid: int, row: tuple, **extra: object) -> int:  # type: ignore[type-arg]
    company, role, stage, contact, address, hours, text = row
    return seed_rejection(
        store,
        uid,
        message_id=f"<{uid}.{company.split()[0].lower()}@mail.example>",
        received_at=(WEEK_NOW - timedelta(hours=hours)).isoformat(),
        subject=f"Your application for {role} at {company}",
        company=company,
        role=role,
        stage=stage,
        contact_name=contact,
        reply_address=address,
        body=f"Hi Alex,\n\n{text}\n\nBest wishes,\n{contact}\n",
        **extra,
    )


def _draft(
    store: Store,
    cfg: config_mod.Config,
    uid: int,
    row: tuple,  # type: ignore[type-arg]
    now: datetime = WEEK_NOW,
) -> int:
    draft_id = make_draft(store, cfg, _rejection(store, uid, row), now=now)
    assert draft_id is not None
    return draft_id


def _walk(store: Store, draft_id: int, *statuses: str, **fields: object) -> None:
    for status in statuses:
        store.set_draft_status(draft_id, status, **fields)


def realistic_week(store: Store, cfg: config_mod.Config) -> None:
    """Three drafts to approve, one going out today, one sent, one answered, one sent by
    hand, one unsure, and a backfill's worth of expired and draftless rejections."""
    uid = 200
    for row in OPEN:
        uid += 1
        _draft(store, cfg, uid, row)
    today = _draft(store, cfg, 210, ("Kestrel Labs", "Platform Engineer", "interview",
        "Tom Becker", "tom.becker@kestrel-labs.com", 26,
        "Thank you for your time in the interviews. Unfortunately we will not be moving "
        "forward with your application."))  # fmt: skip
    _walk(store, today, "approved")
    store.note_draft(
        today, "docs", send_after=(WEEK_NOW + timedelta(hours=1, minutes=15)).isoformat()
    )
    sent = _draft(store, cfg, 211, ("Oakridge Bank", "Data Platform Engineer", "interview",
        "Sarah Chen", "sarah.chen@oakridgebank.co.uk", 47,
        "We appreciated the time you spent with us but have decided to proceed with "
        "other candidates at this stage."))  # fmt: skip
    _walk(
        store,
        sent,
        "approved",
        "sending",
        "sent",
        sent_at=(WEEK_NOW - timedelta(hours=20)).isoformat(),
    )
    answered = _draft(store, cfg, 212, ("Halden Logistics", "Data Engineer", "final",
        "James O'Neill", "james.oneill@haldenlogistics.com", 96,
        "Thank you for coming in for the final interview. We have decided to offer the "
        "position to another candidate."), now=WEEK_NOW - timedelta(hours=95))  # fmt: skip
    _walk(
        store,
        answered,
        "approved",
        "sending",
        "sent",
        sent_at=(WEEK_NOW - timedelta(hours=70)).isoformat(),
    )
    with store.transaction():
        store.add_reply(
            {
                "draft_id": answered,
                "message_id": "<feedback.halden@mail.example>",
                "from_addr": "james.oneill@haldenlogistics.com",
                "subject": "Re: Your application for Data Engineer at Halden Logistics",
                "received_at": (WEEK_NOW - timedelta(hours=15)).isoformat(),
                "excerpt": "Happy to share: the panel liked your SQL and your questions about "
                "the data model, but in the system design round they wanted more on how you "
                "would handle late-arriving events and explain the trade-offs more concisely.",
                "themes": json.dumps(["technical depth", "communication"]),
            }
        )
    store.set_draft_status(answered, "answered", expect="sent")
    by_hand = _draft(store, cfg, 213, ("Copperleaf Energy", "BI Developer", "screen",
        "Lena Fischer", "lena.fischer@copperleaf-energy.com", 30,
        "Thanks for speaking with me on Wednesday. We have decided to move ahead with "
        "candidates whose background is closer to energy trading."))  # fmt: skip
    _walk(store, by_hand, "sent_by_user")
    unsure = _draft(store, cfg, 214, ("Tidewater Media", "Analytics Engineer", "interview",
        "Ana Costa", "ana.costa@tidewatermedia.com", 28,
        "Thank you for interviewing with us. We won't be taking your application further."))  # fmt: skip
    _walk(store, unsure, "approved", "sending", "uncertain")
    _backfill(store, cfg)
    _maybe(store)


MAYBE = (
    'model:e5-1 p=0.92 "We feel your background is closer to our consulting team than to the '
    'Analytics Engineer role."'
)


def _maybe(store: Store) -> None:
    """A job mail the sentence model came close on (issue 11): listed, not logged."""
    store.record_message(
        {
            "folder": "INBOX",
            "uidvalidity": 1,
            "uid": 500,
            "message_id": "<maybe.saltmarsh@mail.example>",
            "subject": "Your application for Analytics Engineer",
            "from_addr": "hiring@saltmarsh-analytics.com",
            "date": (WEEK_NOW - timedelta(hours=19)).isoformat(),
            "size": 2100,
            "status": "classified",
            "is_rejection": 0,
            "score": 0.2,
            "category": "other",
            "maybe": MAYBE,
        }
    )


BACKFILL = [
    "Arden Retail",
    "Bluepeak Software",
    "Cinder Games",
    "Delta Freight",
    "Elmstone Insurance",
    "Foxglove Pharma",
    "Granite Cloud",
    "Harbor Robotics",
    "Ironbark Data",
]
NO_REPLY = ["Juniper Telecom", "Kelvin Motors", "Lumen Retail", "Meridian Travel", "Nimbus HR"]


def _backfill(store: Store, cfg: config_mod.Config) -> None:
    """A week of drafts left unapproved until their windows closed, and `scan --since
    2026-09-01`: old rejections whose windows had closed before Rebound saw them."""
    for i, company in enumerate(BACKFILL[:6]):
        hours = 60 + 12 * i
        row = (company, "Data Engineer", "interview", "Recruiting Team",
               f"careers@{company.split()[0].lower()}.com", hours,
               "We have decided to move forward with other candidates.")  # fmt: skip
        seen = WEEK_NOW - timedelta(hours=hours - 1)
        _walk(store, _draft(store, cfg, 300 + i, row, now=seen), "expired")
    for i, company in enumerate(BACKFILL[6:]):
        row = (company, "Data Engineer", "screen", "Recruiting Team",
               f"careers@{company.split()[0].lower()}.com", 24 * (30 + 5 * i),
               "We have decided to move forward with other candidates.")  # fmt: skip
        assert make_draft(store, cfg, _rejection(store, 350 + i, row), now=WEEK_NOW) is None
    for i, company in enumerate(NO_REPLY):
        rid = _rejection(store, 400 + i, (company, "Data Analyst", "application", None,
            None, 24 * (15 + 4 * i), "Unfortunately your application was not successful."),
            noreply=1)  # fmt: skip
        store.set_no_draft_reason(rid, "no-reply sender and no human address found in the mail")
    rid = _rejection(store, 450, ("Orchid Labs", "Data Engineer", "application", "Eva Novak",
        "eva@orchidlabs.com", 24 * 12, "We will not be progressing your application."))  # fmt: skip
    store.set_no_draft_reason(rid, "stage 'application' is not in feedback.draft_for_stages")
