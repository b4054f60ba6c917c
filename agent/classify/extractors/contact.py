"""Who wrote, where a reply goes, and whether anybody reads that address.

Why: a feedback request is only worth drafting to an address a person reads.
"""

from __future__ import annotations

from collections.abc import Collection

from agent.classify.extractors.common import (
    ATS_DOMAINS,
    EMAIL,
    PLATFORM_DOMAINS,
    RELAY_DOMAINS,
    SYSTEM_DOMAINS,
    MailText,
    behalf_writer,
    domain_in,
    first_name_writer,
    fold,
    is_noreply_address,
    looks_like_person,
    person_name,
    quote,
    squash,
)
from agent.classify.lexicon import compiled, patterns
from agent.classify.matching import Rx
from agent.mail.parse import Message

_NOREPLY_TEXT = tuple(Rx(p) for p in patterns("noreply_text"))


# "Orchard Foods Recruitment (Do Not Reply)": the display name says nobody reads replies.
_NOREPLY_NAME = compiled("noreply_name")


_SIG_NAME = compiled("sig_name", 0)


def find_contact(msg: Message, t: MailText, company: str | None = None) -> str | None:
    """The person who wrote: not the employer a relay writes for ("Maison Lenoir via X")."""
    sender = person_name(msg.from_name, msg.from_domain) if msg.from_name else None
    # The employer's name as display name: a relay's or an ATS's ("Maison Lenoir via X",
    # "Kestrel Robotics" <no-reply@hire.lever.co>) or the organisation's own domain's. On
    # any other domain ("Steve Kann" <steve@example.org>) a person-like name the company rule
    # also took is still the person.
    domain = msg.from_domain
    organisation = bool(
        sender
        and company
        and squash(sender) == squash(company)
        and (
            domain_in(domain, ATS_DOMAINS)
            or domain_in(domain, PLATFORM_DOMAINS)
            or (
                len(first := fold(sender.split()[0])) >= 4
                and first in fold(domain)
                and not _personal_mailbox(sender, msg.from_addr)
            )
        )
    )
    if sender and not organisation:
        return sender
    for reply_name, _addr in msg.reply_to:
        if reply_name and (name := person_name(reply_name)):
            return name
    if organisation:
        return None  # the sender is an organisation: a line below the text is no safer a name
    if msg.from_name and (writer := first_name_writer(msg.from_name, msg.from_addr, t)):
        return writer
    for line in t.sig.split("\n")[1:4]:
        m = _SIG_NAME.match(line)
        if m is not None and looks_like_person(m.group("n")):
            return m.group("n")
    return None


def _personal_mailbox(name: str, addr: str) -> bool:
    """ "ivan@ivankelly.net", "stevek@…", "ns@…": a mailbox named after the person, not a role."""
    words = [fold(w) for w in name.split() if fold(w)]
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    local = fold(addr.partition("@")[0])
    forms = {first, last, first + last, first[0] + last, first + last[0], first[0] + last[0]}
    return local in forms


def find_reply_address(
    msg: Message, t: MailText, owners: Collection[str], noreply: bool
) -> str | None:
    for _name, addr in msg.reply_to:
        if addr and "@" in addr and not is_noreply_address(addr) and addr not in owners:
            return addr
    if msg.from_addr and "@" in msg.from_addr and not noreply and msg.from_addr not in owners:
        return msg.from_addr
    if "@" in t.sig:
        for m in EMAIL.finditer(t.sig):
            addr = m.group().lower().rstrip(".")
            if not is_noreply_address(addr) and addr not in owners:
                return addr
    return None


def find_noreply(msg: Message, t: MailText) -> tuple[bool, str | None]:
    addr = msg.from_addr
    if addr and is_noreply_address(addr):
        return True, f"no-reply sender ({addr})"
    if msg.from_name and (m := _NOREPLY_NAME.search(msg.from_name)) is not None:
        return True, f'no-reply sender name "{quote(m.group())}"'
    for rx in _NOREPLY_TEXT:
        m = rx.search(t.doc, start=t.body_start)
        if m is not None:
            return True, f'no-reply notice "{quote(m.group())}"'
    domain = msg.from_domain
    if domain_in(domain, SYSTEM_DOMAINS):
        kind = "ATS system" if domain_in(domain, ATS_DOMAINS) else "system"
        return True, f"{kind} sender ({domain})"
    person = looks_like_person(msg.from_name, domain) or behalf_writer(msg.from_name) is not None
    relay = domain_in(domain, RELAY_DOMAINS)
    if domain_in(domain, ATS_DOMAINS) and not person and not msg.reply_to and not relay:
        return True, f"ATS system sender ({domain})"
    if domain_in(domain, PLATFORM_DOMAINS) and not person and not relay:
        return True, f"platform notification sender ({domain})"
    return False, None
