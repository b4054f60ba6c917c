"""The employer: candidates from every source in order of trust, and the one most agree on.

Why ordered sources: a job board, an ATS or an agency sends most mail; the employer
is named in a field, the display name, the signature, the subject or the text.
"""

from __future__ import annotations

import functools
import re

from publicsuffixlist import PublicSuffixList

from agent.classify.engine import MAX_SIG_CHARS, Pack
from agent.classify.extractors.common import (
    ATS_DOMAINS,
    DIGITS3,
    FREEMAIL,
    LETTER,
    ON_BEHALF,
    PLATFORM_DOMAINS,
    SPACES,
    SQUARE,
    TITLE_WORDS,
    UNDERSCORES,
    VIA,
    MailText,
    SenderSide,
    domain_in,
    drop_programmes,
    first_name_box,
    fold,
    looks_like_person,
    post_in_org,
    relay_org,
    sender_side,
    signoff_lines,
    squash,
)
from agent.classify.extractors.role import subject_other_half
from agent.classify.extractors.signature import ORG_SHAPE, footer_orgs, signature_orgs
from agent.classify.extractors.spelling import acronym_long_form, spell_in_text
from agent.classify.lexicon import compiled, pattern, patterns, words
from agent.classify.lowered import Lowered
from agent.classify.matching import Rx, Scan, lowers_alike
from agent.mail.parse import Message

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# A name's team or system tail ("Acme Careers"): searched through its lower-case twin.
_ORG_TAIL = Lowered(compiled("org_tail"))


_ORG_HEAD = compiled("org_head")
_HEAD_LINK = compiled("head_link")


_NOT_COMPANY = frozenset(words("company", "not_company"))
_NAME_PARTS = re.compile(r"\s+[|–·—]\s+|\s+-\s+")
_NOT_TENANT = compiled("not_tenant", 0)
_LABEL_TAIL = compiled("label_tail", 0)
_BOARD_NAME = compiled("board_name")
_BOARD_GLUED = compiled("board_glued", 0)
_WEAK_ADJECTIVE = compiled("weak_adjective_head", 0)


def _nominative(name: str) -> str:
    """ "Deutschen Rentenversicherung Bund" (after "der") → "Deutsche Rentenversicherung Bund"."""
    m = _WEAK_ADJECTIVE.match(name)
    return name if m is None else m.group().replace("en ", "e ") + name[m.end() :]


def _clean_org(name: str) -> str | None:
    """A candidate employer name, trimmed of team words; None if nothing name-like is left."""
    if "_" in name:
        name = UNDERSCORES.sub(" ", name)
    if " " not in name.strip() and _BOARD_GLUED.search(name.strip()):
        return None  # "QuickJob", "InfoJobs": a board's brand, not "Quick" and a team word
    if " " not in name.strip() and _CAMEL.search(name):
        # "AcmeCareers" is "Acme" + a team word; "PwC", "HubSpot" are names as written,
        # and so is "TalentBridge": a team word first is the start of a brand, not a head.
        split = _CAMEL.sub(" ", name)
        if _ORG_TAIL.search(split) and not _ORG_HEAD.match(split):
            name = split
    if "[" in name:
        name = SQUARE.sub(" ", name)
    name = SPACES.sub(" ", name).strip(" \t-–|:,.;!'\"’")
    if _BOARD_NAME.match(name):
        return None  # "Dev Jobs": a board named after its field, not an employer
    for _ in range(3):
        before = name
        name = _ORG_HEAD.sub("", name).strip(" \t-–|:,.;!'\"’")
        if name != before:
            name = _HEAD_LINK.sub("", name)
        name = _ORG_TAIL.sub("", name).strip(" \t-–|:,.;!'\"’")
        if name == before:
            break
    if len(name) < 2 or len(name) > 60 or name.lower() in _NOT_COMPANY:
        return None
    first = name.split()[0].lower()
    if first in _NOT_COMPANY_START or TITLE_WORDS.search(name) or DIGITS3.search(name):
        return None
    if not LETTER.search(name):
        return None
    return _nominative(name) if name.endswith("en") or "en " in name else name


# A candidate that starts with one of these is a sentence, not a name.
_NOT_COMPANY_START = frozenset(words("company", "not_company_start"))


_SUBJECT_COMPANY = tuple(Rx(p, 0) for p in patterns("subject_company"))


# Tried on a sender address only when it names one of the ATS domains (its needles).
_TENANT = Rx(pattern("tenant"), re.I)


_URL_TENANT = Rx(pattern("url_tenant"), re.I)


# "Organisation: Acme Health" in a job board's or an agency's mail: the employer, said plainly.
_FIELD_COMPANY = compiled("field_company", re.IGNORECASE | re.MULTILINE)


# Words naming a recruitment agency (an intermediary, not the employer).
_AGENCY = Scan(compiled("agency"))


_AGENCY_TEXT = Scan(compiled("agency_text"))


_COPYRIGHT = compiled("copyright_line", re.MULTILINE)


_SMALL_WORDS = compiled("small_title_words", 0)  # "Bureau of Field Operations"


def _sender_org(name: str, domain: str) -> str | None:
    """The organisation a display name states ("Acme Careers", "Jo Li | Acme")."""
    name = name.strip().strip("\"'")
    if not name:
        return None
    if (behalf := ON_BEHALF.match(name)) is not None:
        return _clean_org(behalf.group("c"))  # "Sanne (namens Acme)": Acme, not the writer
    via = VIA.match(name)
    if "@" in name and " " not in name:  # "MyWorkday@Acme", "AcmeTalent@trm.brassring.com"
        left, _, right = name.partition("@")
        return _clean_org(right if "." not in right else left)
    if (parts := _NAME_PARTS.split(name)) and len(parts) > 1:
        for part in reversed(parts):  # "Jo Li | Acme", "Acme – Personalwesen"
            if not looks_like_person(part, domain) and (org := _clean_org(part)):
                return org
        return None
    if via is not None:
        if via.group("w").lower() in ("via", "through") and looks_like_person(via.group("c")):
            return None  # "Laura Chen via Linkwise": a job site relays a person's message
        if via.group("w").lower() in ("at", "@", "from"):
            # "Jane at Acme", "Careers @ Acme": the right side is the organisation
            return _clean_org(via.group("d")) or _clean_org(via.group("c"))
        org = _clean_org(via.group("c"))
        if org is None or looks_like_person(via.group("c")):
            org = _clean_org(via.group("d"))
        return org
    if looks_like_person(name, domain):
        return None
    return _clean_org(name)


def _is_board_name(name: str) -> bool:
    """Whether a display name is a job board's named after its field ("DevJobs", "IT Jobs")."""
    name = name.strip().strip("\"'")
    if " " not in name and _BOARD_GLUED.search(name):
        return True
    if " " not in name:
        name = _CAMEL.sub(" ", name)
    return bool(name) and _BOARD_NAME.match(name) is not None


def _relayed_name(name: str, board: str) -> bool:
    """Whether a board's display name is "X via <board>": X is who the board relays for."""
    via = VIA.match(name.strip().strip("\"'"))
    return (
        via is not None
        and via.group("w").lower() in ("via", "through")
        and squash(via.group("d")).startswith(squash(board))
    )


def _names_system(name: str, ats: str, shown: str = "") -> bool:
    """Whether a display name is the ATS's own: "USA Staffing" (usastaffing.gov), "SAP
    SuccessFactors" (successfactors.eu): the name opens with the domain's first six letters,
    or a later word with the system's whole name (not "Acme Recruiting" from recruitee.com).
    ``shown``: the header's name, "USA Staffing" before its team word is cut (dev smeqa-en)."""
    # "BITE" from b-ite.de: the domain's hyphen is no letter of the name
    if fold(name.replace(" ", "")).startswith(ats.partition(".")[0].replace("-", "")[:6]):
        return True
    label = fold(_domain_label(ats))
    whole = bool(shown) and len(label) > 5 and fold(shown.replace(" ", "")).startswith(label)
    return whole or (len(label) > 3 and any(fold(w).startswith(label) for w in name.split()[1:]))


def company_candidates(
    msg: Message, packs: list[Pack], t: MailText
) -> tuple[list[tuple[str, str]], bool]:
    """(name, source) in order of trust, and whether the sender is a recruitment agency.

    Sources: the employer named as the agency's client or in a labelled field, the sender's
    display name, the signature, the subject, the text, a registration footer, an ATS
    tenant, the sender's domain.
    """
    domain = msg.from_domain
    ats = domain_in(domain, ATS_DOMAINS)
    out = _named_employer(packs, t, ats)
    sender = _sender_org(msg.from_name, domain)
    if sender and ats and _names_system(sender, ats, msg.from_name):
        sender = None  # "USA Staffing Office" from usastaffing.gov: the system, not the employer
    # "Pauline" <pauline.r@gmail.com>: a first name or a shop's; the text's firm decides (below)
    box_name = bool(sender and domain in FREEMAIL and first_name_box(msg.from_name, msg.from_addr))
    platform = domain_in(domain, PLATFORM_DOMAINS)
    if sender and (platform is None or _relayed_name(msg.from_name, PLATFORM_DOMAINS[platform])):
        # A board's own display name is never the employer; "Maison Berthier via Welcome
        # to the Jungle" names the employer it relays for.
        out.append((sender, "sender name"))
    # A job board relays the employer's answer: its own name is never the employer, nor is
    # the domain of one whose display name is a board's ("DevJobs <no-reply@devjobs.io>").
    relay = platform or ats or domain in FREEMAIL or _is_board_name(msg.from_name)
    own_label = "" if relay else _domain_label(domain)  # once: the suffix list is no dict
    own_key = squash(own_label) if own_label else ""
    sig_orgs = _signed(msg, signoff := signoff_lines(t), own_key if domain else "")
    out.extend([*((o, "signature") for o in [*sig_orgs[:2], *_copyright(t)]), *_logos(msg, ats)])
    stated = _stated(packs, t, sender_side(signoff, [sender, own_key, *sig_orgs]))
    out.extend([*stated, *_bracket_head(msg.subject), *_footer(t, ats, msg.from_name)])
    out.extend(_tenant(msg, t))
    label = own_label if domain and not relay else ""
    out.extend(_domain_name(msg, t, label))
    if platform:
        # "StepStone Deutschland GmbH" in the footer, "Ihr StepStone-Team": the board's own name.
        board = squash(PLATFORM_DOMAINS[platform])
        out = [(c, src) for c, src in out if not squash(c).startswith(board)]
    out = drop_programmes(out, t)
    if box_name and any(src in ("text", "signature") for _, src in out):
        out = [(c, src) for c, src in out if src != "sender name"]
    elsewhere = None if relay else _post_elsewhere(t, out)
    # The subject (or else the text) names the post and the employer; the sender relays it.
    named = elsewhere or (None if relay else _post_elsewhere_in_text(t, out))
    if named is not None:
        out = [(c, "client" if (c, src) == named else src) for c, src in out]
    agency = bool(
        (sender and _AGENCY.search(sender))
        or any(_AGENCY.search(o) for o in sig_orgs)
        or (label and _AGENCY.search(label.replace("-", " ")))
        or _AGENCY_TEXT.search(t.sig[:MAX_SIG_CHARS])
        or (elsewhere is not None and looks_like_person(msg.from_name, domain))
    )
    return out, agency


def _domain_name(msg: Message, t: MailText, label: str) -> list[tuple[str, str]]:
    """The sender's own domain as the last resort, spelled as the mail spells the name if it
    does (the text, or else the display name: "Nova Santé <no-reply@novasante.fr>" reads as a
    person's name, yet it spells the domain with its accent and space)."""
    if len(label) <= 2:
        return []
    plain = label.replace("-", "")
    spelled = spell_in_text(plain, t.doc.text) or spell_in_text(plain, msg.from_name)
    return [(spelled or " ".join(w.capitalize() for w in label.split("-")), "sender domain")]


def _signed(msg: Message, signoff: list[str], own_key: str) -> list[str]:
    """The organisations the sign-off names."""
    names = signature_orgs(signoff, msg.from_name, own_key)
    return [o for line in names if (o := _clean_org(line))]


_GROUP = compiled("group_name")
_ALT_NOISE = compiled("image_alt_noise")
_ALT_LOGO_WORD = compiled("image_alt_logo_word")


def _logos(msg: Message, ats: str | None) -> list[tuple[str, str]]:
    """The employer an HTML-only template names in its logo's alt text ("Boulangeries Paul"):
    an ATS renders the employer's logo, and a mail client with images off shows the alt.
    Only under an ATS's address: other senders' images are their own, buttons or adverts."""
    out: list[tuple[str, str]] = []
    if not ats or not msg.image_alts:
        return out
    sender = {w.lower() for w in msg.from_name.split()}
    for alt in msg.image_alts:
        name = _ALT_LOGO_WORD.sub(" ", alt).strip()
        if _ALT_NOISE.match(name) or not ORG_SHAPE.match(name):
            continue
        if looks_like_person(name) and any(w.lower() in sender for w in name.split()):
            continue  # the writer's photo in a hand-written HTML mail
        if org := _clean_org(name):
            out.append((org, "logo"))
            break  # the first: the header's logo, not a partner's or a social icon
    return out


def _copyright(t: MailText) -> list[str]:
    """The organisation a footer's copyright line names ("© 2026 Krones AG"): who sends it."""
    text = t.doc.text
    m = _COPYRIGHT.search(text, max(t.body_start, len(text) - 1500))
    org = _clean_org(m.group("c")) if m is not None else None
    return [org] if org and not looks_like_person(org) else []  # "© Kevin S Peterson": a person


def _footer(t: MailText, ats: str | None, sender: str) -> list[tuple[str, str]]:
    """The organisation a footer's registration line names (the text's last 2,000 characters).

    Read after what the subject and text say: a brand applied to ("Tu candidatura en Zara")
    beats its group's legal name ("Industria de Diseño Textil, S.A."); an ATS's own footer
    ("softgarden e-recruiting GmbH · HRB ...") names no employer.
    """
    text = t.doc.text
    tail = text[max(t.body_start, len(text) - 2000) :]
    names = [org for name in footer_orgs(tail)[:1] if (org := _clean_org(name))]
    own = squash(sender)  # the writer's own address line names the writer, not the employer
    return [
        (o, "footer")
        for o in names
        if not (ats and _names_system(o, ats)) and not (own and squash(o) == own)
    ]


_POST_AT = compiled("post_at", 0)


_POST_AT_TEXT = compiled("post_at_text", 0)


def _post_elsewhere(t: MailText, candidates: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The subject's employer when the subject puts the post at an organisation not the sender's.

    "Head of Finance at Ashford Logistics" from Dan Fry, who signs "Director, TalentBridge":
    a recruiter without an agency word in its name, whose client the subject names. "Your
    application for Warehouse Operative at Northgate Foods" from ShiftHub, signed "The
    ShiftHub team": a jobs platform relaying the employer's answer.
    """
    own = [squash(c) for c, src in candidates if src in OWN_SIDE]
    named = next(((c, src) for c, src in candidates if src == "subject"), None)
    if not own or named is None or not (m := _POST_AT.search(t.subject)):
        return None
    org = squash(named[0])
    if not org or squash(m.group("c")) != org:
        return None
    return None if any(o and (o.startswith(org) or org.startswith(o)) for o in own) else named


def _post_elsewhere_in_text(
    t: MailText, candidates: list[tuple[str, str]]
) -> tuple[str, str] | None:
    """The text's employer when the text puts the post at an organisation not the sender's.

    "Thank you for applying for the Supply Chain Planner position at Harborview Health" from
    MuluCareer, signed "MuluCareer Team": a job tracker or board relaying the employer's
    answer, though no list names its domain. The sender's side agrees with itself (name,
    signature, domain), so agreement alone would pick the relay.
    """
    own = [o for c, src in candidates if src in OWN_SIDE and (o := squash(c))]
    if not own:
        return None
    others = [
        (c, src, org)
        for c, src in candidates
        if src == "text"
        and (org := squash(c))
        and not any(o.startswith(org) or org.startswith(o) for o in own)
    ]
    if not others:  # most mail: the text names the sender's own organisation, or none
        return None
    lead = (t.doc.text, t.body_start, t.lead_end)
    at = {squash(m.group("c")) for m in _POST_AT_TEXT.finditer(*lead)}
    return next(((c, src) for c, src, org in others if org in at), None)


def _named_employer(packs: list[Pack], t: MailText, ats: str | None) -> list[tuple[str, str]]:
    """The employer an agency or job board names as its client or in a labelled field (not
    the ATS naming itself: "Ce message vous a été envoyé par Flatchr")."""
    out: list[tuple[str, str]] = []
    if (org := post_in_org(t.doc.text, t.body_start, t.lead_end)) and (org := _clean_org(org)):
        out.append((org, "client"))  # "a vaga de T em Construtora Ipê": a board relays it
    for pack in packs:
        for rx in pack.client:
            # The whole mail: a platform puts the employer's decision in its subject
            # ("L'entreprise X ne souhaite pas donner suite ...") or signs as its
            # representative ("Jo Li, représentant de l'entreprise X").
            m = rx.search(t.doc)
            if m is not None and (org := _clean_org(m.group("c"))):
                if not (ats and _names_system(org, ats)):
                    out.append((org, "client"))
                break
    # Every label holds a colon but "Employer Name X" (a board's table read as text).
    labelled = ":" in t.body or "Name" in t.body or " name" in t.body
    fm = _FIELD_COMPANY.search(t.body) if labelled else None
    if fm is not None:
        value = fm.group("c")
        if value.isupper() and len(value) > 6:  # "BUREAU OF FIELD OPERATIONS"
            value = " ".join(
                w if len(w) <= 3 and w != "OF" else w.capitalize() for w in value.split()
            )
            value = _SMALL_WORDS.sub(lambda m: m.group().lower(), value)
        if org := _clean_org(value):
            out.append((org, "client"))
    return out


def _stated(packs: list[Pack], t: MailText, known: SenderSide) -> list[tuple[str, str]]:
    """Names the packs' patterns find in the signature, the subject and the text; a relay's
    "T en X" gives X only as an organisation (:func:`relay_org`)."""
    out: list[tuple[str, str]] = []
    for pack in packs:
        for rx in pack.signature_company:
            m = rx.search(t.doc, start=t.sig_start)
            if m is not None and (org := _clean_org(m.group("c"))):
                if "office" in m.re.groupindex and looks_like_person(org):
                    # A name, then its HR office on one line ("Clinique des Cèdres – DRH"):
                    # "Claire Vidal – Ressources humaines" is the writer and her service.
                    continue
                out.append((org, "signature"))
                break
    low = t.subject.lower()  # once, not once a pattern
    for rx in _SUBJECT_COMPANY:
        m = rx.search(t.subject, low)
        if m is not None and (org := _clean_org(m.group("c"))):
            # "Senior Java Developer - Manchester": a name after a dash is a half
            half = m.group().lstrip()[:1] in ("-", "–", "|")
            out.append((org, "subject half" if half else "subject"))
            break
    else:
        other = subject_other_half(t.subject)
        if ORG_SHAPE.match(other) and (org := _clean_org(other)):
            out.append((org, "subject half"))
    for pack in packs:
        for rx in pack.company:
            # read with line breaks as spaces: templates break "dem Team von\nAcme" anywhere
            for m in rx.finditer(t.cues, start=t.body_start, end=t.lead_end):
                if org := _clean_org(m.group("c")):
                    out.append((org, "text"))
                    break
        for rx in pack.relay_company:
            for m in rx.finditer(t.cues, start=t.body_start, end=t.lead_end):
                if (name := relay_org(m, known)) and (org := _clean_org(name)):
                    out.append((org, "text"))
                    break
        for rx in pack.signature_company:
            m = rx.search(t.doc, start=t.body_start, end=t.lead_end)
            if m is not None and (org := _clean_org(m.group("c"))):
                out.append((org, "text"))
    return out


_SUBJECT_BRACKET = compiled("subject_bracket_company", 0)


def _bracket_head(subject: str) -> list[tuple[str, str]]:
    """The employer an ATS puts in brackets before the subject ("[Brasserie Delcour] Suite à
    votre candidature"): the subject the readers see has it stripped as a tag ("[EXT]")."""
    m = _SUBJECT_BRACKET.match(subject) if subject.lstrip().startswith("[") else None
    if m is None or not ORG_SHAPE.match(name := m.group("c").strip()):
        return []
    org = _clean_org(name)
    return [(org, "subject")] if org else []


def _tenant(msg: Message, t: MailText) -> list[tuple[str, str]]:
    """The employer's account at an ATS ("acme.wd5.myworkdayjobs.com"), as the mail spells it."""
    tenant = None
    addr = msg.from_addr
    low = addr.lower()
    # The needle pre-test reads str.lower: exact unless the address holds an odd case.
    possible = _TENANT.possible(low) or not lowers_alike(addr, low)
    m = _TENANT.rx.search(addr) if possible else None
    if m is not None:
        tenant = m.group("t") or m.group("p")
    else:
        mt = _URL_TENANT.search(t.doc, start=t.body_start)
        if mt is not None:
            tenant = next(g for g in mt.groups() if g)
    if not tenant or _NOT_TENANT.fullmatch(tenant):
        return []
    spelled = spell_in_text(tenant, t.doc.text) or spell_in_text(tenant, msg.from_name)
    return [(spelled or tenant.replace("-", " ").title(), "ATS tenant")]


@functools.cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the bundled list: no network


def _domain_label(domain: str) -> str:
    """The name part of a sender domain: "acme" of "careers.acme.co.uk", "acme-jobs" → "acme".

    The registrable domain comes from the public suffix list, so "sepe.gob.es",
    "uni.edu.au" and "acme.com.br" give their owner's label, not the suffix's.
    """
    registrable = _psl().privatesuffix(domain.lower())
    if not registrable:
        return ""  # the domain is itself a public suffix (or not a domain at all)
    label = registrable.split(".", 1)[0]
    return _LABEL_TAIL.sub("", label) or label


OWN_SIDE = frozenset(("sender name", "signature", "logo", "footer", "sender domain", "platform"))


def _support(
    i: int,
    squashed: list[str],
    candidate: tuple[str, str],
    *,
    person_sender: bool,
    agency: bool,
    brand: list[str],
) -> float:
    """How many other candidates agree with candidate ``i``, less its source's doubts."""
    a = squashed[i]
    support = float(
        sum(
            1
            for j, b in enumerate(squashed)
            if j != i and b and (a.startswith(b) or b.startswith(a))
        )
    )
    name, source = candidate
    if source == "ATS tenant" and support == 0:
        support = -0.5
    if source == "subject half" and support == 0 and agency:
        support = -0.25  # an agency's "Java Developer - Leeds": a place, not its client
    if source == "sender domain" and support == 0:
        support = 0 if person_sender else -0.5
    if (
        brand
        and source in ("sender name", "sender domain")
        and _GROUP.search(name)
        and not any(a.startswith(b) for b in brand)
    ):
        support -= 0.25  # a group's address, the subject names a brand: ties go to it
    return support


def pick_company(
    candidates: list[tuple[str, str]], person_sender: bool = False, agency: bool = False
) -> tuple[str | None, str]:
    """The candidate most other sources agree with; ties go to the more trusted source.

    Agreement is loose (one squashed name starts with the other), so "Harbor One",
    "HarborOne" and "Harbor One Financial" support each other. The employer an
    agency names as its client beats everything; an agency's own name (sender,
    signature, domain) is not the employer when the mail names another.
    """
    if not candidates:
        return None, ""
    for name, source in candidates:
        if source == "client":
            return name, source
    # "Senior Java Developer - Manchester" from an agency: the other half of a subject may
    # be a place, so it alone does not say the agency named its client.
    if agency and any(src not in OWN_SIDE and src != "subject half" for _, src in candidates):
        candidates = [c for c in candidates if c[1] not in OWN_SIDE]
    squashed = [squash(c) for c, _ in candidates]
    # "Ihre Bewerbung bei Kaufland" from "Karriere Schwarz Gruppe": the brand the subject names.
    brand = [squashed[i] for i, (_, src) in enumerate(candidates) if src == "subject"]
    best_i, best_support = 0, -1.0
    for i, a in enumerate(squashed):
        if not a:
            continue
        support = _support(
            i, squashed, candidates[i], person_sender=person_sender, agency=agency, brand=brand
        )
        if support > best_support:
            best_i, best_support = i, support
    name, source = candidates[best_i]
    if source in ("sender domain", "ATS tenant"):
        # The same name as written in the text reads better than a domain label.
        for j, (other, src) in enumerate(candidates):
            if j != best_i and squashed[j] == squashed[best_i]:
                name, source = other, src
                break
    if (long := acronym_long_form(name, candidates)) is not None:
        return long  # "PUP" (from "PUP Faculty Admissions"), spelled out by another source
    # A longer form that agrees and was written in text is usually the full name.
    for j, (other, src) in enumerate(candidates):
        b = squashed[j]
        if (
            j != best_i
            and src in ("signature", "text", "sender name")
            and b.startswith(squashed[best_i])
            and len(b) > len(squashed[best_i])
            and len(other.split()) <= len(name.split()) + 2
            and sum(1 for k, c in enumerate(squashed) if k != j and c and b.startswith(c)) >= 2
        ):
            name, source = other, src
            break
    return name, source
