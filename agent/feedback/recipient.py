"""Whose address a feedback request goes to: the sender's, an ATS's, or a third party's.

A rejection's Reply-To decides where the draft goes. Usually it is the
recruiter's own address or the applicant-tracking system the mail came
through. A Reply-To on some other organisation's domain is legitimate at times
(an agency, a parent company) but is also how a forged rejection would harvest
replies, so such a draft is shown with a warning and needs an approval that
names the address (``rebound drafts approve ID --to-reply-to``, or
``approve ID ADDRESS`` in a reply to the digest).
"""

from __future__ import annotations

import functools
import re

from publicsuffixlist import PublicSuffixList

from agent.classify.extractors.common import ATS_DOMAINS, PLATFORM_DOMAINS
from agent.classify.extractors.common import domain_in as _domain_in

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_MIN_NAME = 3  # shorter company/domain names match too much by accident


@functools.cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the bundled list: no network


def org_domain(addr: str | None) -> str:
    """The registrable domain of an address (``mail.acme.co.uk`` → ``acme.co.uk``)."""
    domain = (addr or "").rpartition("@")[2].strip().lower().rstrip(".")
    if not domain:
        return ""
    return _psl().privatesuffix(domain) or domain


def third_party(to_addr: str | None, from_addr: str | None, company: str | None) -> str | None:
    """Why ``to_addr`` belongs to a third party, or None when it is the sender's side.

    The sender's side: the same registrable domain as the sender, a known ATS, or
    — when the sender is itself an ATS or a job platform, so the employer's own
    domain is unknown — a domain whose name matches the company's.
    """
    to_org, from_org = org_domain(to_addr), org_domain(from_addr)
    if not to_org or not from_org or to_org == from_org:
        return None
    if _domain_in(to_org, ATS_DOMAINS) or _domain_in(to_org, PLATFORM_DOMAINS):
        return None
    sender_is_system = _domain_in(from_org, ATS_DOMAINS) or _domain_in(from_org, PLATFORM_DOMAINS)
    if sender_is_system and _names_match(company, to_org):
        return None
    return f"{to_addr} is on a third party's domain, not the sender's ({from_org})"


def _names_match(company: str | None, domain: str) -> bool:
    name = _NOT_ALNUM.sub("", (company or "").lower())
    label = _NOT_ALNUM.sub("", domain.split(".", maxsplit=1)[0])
    if len(name) < _MIN_NAME or len(label) < _MIN_NAME:
        return False
    return name.startswith(label) or label.startswith(name)
