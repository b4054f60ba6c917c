"""The organisation a signature names, line by line: the company extractor's signature source.

Why a module of its own: a sign-off names its employer in many shapes ("Title, Acme",
"Acme GmbH", "Personalabteilung | Acme GmbH", a team line then "Acme", "L'équipe Acme",
the writer's name then "Acme"), each a pattern of its own and each read on short lines only.
"""

from __future__ import annotations

import re

from agent.classify import patterncache
from agent.classify.engine import WORD
from agent.classify.extractors.common import (
    DIGITS2,
    TITLE_WORDS,
    TRADE,
    looks_like_person,
    squash,
)
from agent.classify.extractors.role import ROLE_HINT
from agent.classify.lexicon import compiled, pattern, patterns
from agent.classify.matching import Scan

# A run of capitalised words (with "of", "de", "&" between): a name, not a sentence.
ORG_SHAPE = compiled("org_shape", 0)


# A signature line "Title, Company" / "Title | Company" / "Title at Company" / "Founder Acme".
_SIG_TITLE = compiled("sig_title", 0)
_SIG_TITLE_SEP = compiled("sig_title_sep", 0)  # held by every line _SIG_TITLE matches


_SIG_SEP = re.compile(r"\s*(?:[|·•–—,]|\s-\s)\s*")


_FOUNDER_LINE = compiled("founder_line")


_TITLE_HINT = Scan(compiled("title_hint"))


# A line that names a team or department: the next line often names the employer.
_TEAM_LINE = compiled("team_line")
_TEAM_LINE_CHARS = compiled("team_line_chars", 0)  # what any line _TEAM_LINE matches is made of


_OFFICE_LINE = compiled("office_line")
_NAMED_TEAM_LINE = compiled("named_team_line", 0)  # "Loomwright Recruiting": names its own
_PARENT_BODY_LINE = compiled("parent_body_line")


_LEGAL_LINE = compiled("legal_line", 0)
_LEGAL_LINE_FORM = compiled("legal_line_form", 0)  # held by every line _LEGAL_LINE matches


_FOOTER_MARK = Scan(compiled("legal_footer_mark", 0))  # behind "\b": found by its words
# Every separator opens with a space, a comma or a full stop (its look-behinds check what
# comes before): said first, ``re`` leaves any other position at one class test instead of
# trying each branch's look-behinds there; the same splits, ~100 µs less a rejection (issue 15,
# speed41; tests/test_footer_sep_guard.py checks that every branch still opens so).
FOOTER_SEP_OPENING = r"[\s,.]"
_FOOTER_SEP = patterncache.compiled(rf"(?={FOOTER_SEP_OPENING})(?:{pattern('legal_footer_sep')})")
_ADDRESS_PART = compiled("address_part", 0)


_SIGNOFF_TEAM = tuple(patterncache.compiled(p) for p in patterns("signoff_team"))


_SIGNOFF_TEAM_WORD = Scan(compiled("signoff_team_word"))
_GLUED_SIGNOFF = compiled("glued_signoff")


_SIG_OFFICE_HEAD = compiled("sig_office_head")


_ORG_NOUN = Scan(compiled("org_noun"))


_PUBLIC_BODY_LINE = compiled("public_body_line", 0)


def signature_orgs(lines: list[str], sender_name: str = "", own_key: str = "") -> list[str]:
    """Employer names a signature states: "Title, Acme", "Acme Ltd", a team line then "Acme".

    ``own_key``: the squashed label of the sender's own domain ("" for free mail or a relay).
    """
    out: list[str] = []
    sender_words = {w.lower() for w in WORD.findall(sender_name)}
    person = sender_name.strip() if looks_like_person(sender_name) else ""
    # One search over the short lines (the only ones read), not one a line: most name no team.
    short = "\n".join(s for raw in lines if len(s := raw.strip(" \t*")) <= 80)
    teams = _SIGNOFF_TEAM_WORD.search(short) is not None
    for i, raw in enumerate(lines):
        line = raw.strip(" \t*")
        if not line or len(line) > 80:
            continue
        if ", " in line and (glued := _GLUED_SIGNOFF.match(line)) is not None:
            line = line[glued.end() :]  # "sincerely, WEPLACM Headhunting Agency": the name
        nxt = lines[i + 1].strip(" \t*") if i + 1 < len(lines) else ""
        org = _line_org(line, nxt, sender_words, teams, own_key)
        if org is None and person and i and lines[i - 1].strip(" \t*,") == person:
            # "Petra Lang" then "Brückner Medizintechnik": who, then for whom
            org = line if _name_line_org(line, own_key) else None
        if org is None and person and i > 1 and lines[i - 2].strip(" \t*,") == person:
            # "Anna Weber", "Personalreferentin", "Nordlicht Logistik": who, what, for whom
            title = lines[i - 1].strip(" \t*,")
            org = line if _title_line(title) and _name_line_org(line, own_key) else None
        if org is not None and not (out and _PARENT_BODY_LINE.match(line)):
            # a ministry below the body that signs is its parent, not the employer
            out.append(org)
    return out


def footer_orgs(text: str) -> list[str]:
    """The legal name a long registration line opens ("X GmbH · Sitz: Y · HRB 123", "X SAS au
    capital de ... - RCS ..."): the sign-off reader skips lines over 80 characters, and a
    footer printed for the law names the company that sends the mail, the last such line first.
    So does an address line's name ("Zorggroep Oosterlengte | Postbus 12 | 9670 AA Winschoten")."""
    out: list[str] = []
    for raw in reversed(text.split("\n")):
        line = raw.strip(" \t*")
        registration = len(line) > 80 and _FOOTER_MARK.search(line) is not None
        parts = _FOOTER_SEP.split(line)  # [line] where no separator divides it
        address = not registration and any(_ADDRESS_PART.match(p) for p in parts[1:])
        if not (registration or address):
            continue
        head = parts[0]
        m = _LEGAL_LINE.match(head) if len(head) <= 80 else None
        if m is not None:
            out.append(m.group("c"))
        elif address and ORG_SHAPE.match(head) and not _titled_person(head, parts[1:]):
            # "Mutuelle Armorique Santé – 12 rue de Brest – 29200 Brest" (two capitalised words
            # read as a person's name, yet a writer's home address is no template's footer)
            out.append(head)
    return out


def _titled_person(head: str, parts: list[str]) -> bool:
    """ "Jane Doe | Talent Partner | 10115 Berlin": a writer's own line, title and office."""
    return looks_like_person(head) and any(
        _TITLE_HINT.search(p) or ROLE_HINT.search(p) for p in parts
    )


def _line_org(
    line: str, nxt: str, sender_words: set[str], teams: bool, own_key: str = ""
) -> str | None:
    """The organisation one signature line names, or the next line names below its team."""
    # Each anchored line pattern is tried only on a line its pre-test passes (most fail).
    m = _legal_line(line) if _LEGAL_LINE_FORM.search(line) else None
    if m is not None:
        return m.group("c")
    m = _FOUNDER_LINE.match(line)
    if m is not None and ORG_SHAPE.match(m.group("c")):
        return m.group("c")
    sep = _SIG_TITLE_SEP.search(line) is not None
    if sep and (
        org := _name_title_org(line, own_key) or _name_dash_org(line, sender_words, own_key)
    ):
        return org
    m = _SIG_TITLE.match(line) if sep else None
    if m is not None and (_TITLE_HINT.search(head := m.group("t")) or _department(head)):
        return _titled_org(m.group("c"), _SIG_SEP.split(nxt, 1)[0], sender_words)
    if ", " in line and (inner := _name_then_title(line)) is not None:
        return inner
    # "L'équipe Location" then "Agence des Quais": a department, the employer below it
    if (
        teams
        and (org := _signoff_team(line)) is not None
        and not ORG_SHAPE.match(_SIG_SEP.split(nxt, 1)[0])
    ):
        return org
    if (org := _institution(line)) is not None:
        return org
    if nxt and _office(nxt) and _org_above(line, sender_words) and not _first_name_above(line, nxt):
        # "Stadt Freiburg im Breisgau" then "Haupt- und Personalamt": for whom, which office
        return line
    if nxt and (_office(line) or (_TEAM_LINE_CHARS.fullmatch(line) and _TEAM_LINE.match(line))):
        first = nxt.split(" ", 1)[0].lower()
        if (
            ORG_SHAPE.match(nxt)
            and first not in sender_words
            and not _TEAM_LINE.match(nxt)
            and not DIGITS2.search(nxt)
        ):
            return nxt
    return None


_ONE_LINE_SEP = compiled("one_line_sig_sep", 0)


def _name_title_org(line: str, own_key: str = "") -> str | None:
    """ "Jane Doe | Talent Acquisition | Halcyon Robotics": who, what, for whom on one line
    (session 31). The title rule reads "Jane Doe" as the title and stops. From the writer's
    own domain a one-word last part must spell it, as the line under a name must ("Jane Doe |
    Recruiter | London" from acme.com names a place)."""
    parts = _ONE_LINE_SEP.split(line)
    if len(parts) != 3 or not looks_like_person(parts[0]):
        return None
    title, org = parts[1], parts[2]
    if not (_TITLE_HINT.search(title) or ROLE_HINT.search(title) or _office(title)):
        return None
    # (not "a person's name": "Halcyon Robotics" reads as one, and the line's shape says firm;
    # a name of two words or more is no town's, so an ATS no list names may send it)
    return org if _name_line_org(org, "" if " " in org else own_key) else None


_NAME_DASH = re.compile(r"\s+[-–—]\s+")


def _name_dash_org(line: str, sender_words: set[str], own_key: str = "") -> str | None:
    """ "Joost Peters - Bakkerij Peters": the writer's own name, then for whom, on one line
    (session 41, fields-nl-40). The writer is the sender ("Jane Doe - Recruiter" names a
    title, "Bakkerij Peters - Zwolle" no writer); the organisation is read as under a name."""
    parts = _NAME_DASH.split(line)
    if len(parts) != 2 or not looks_like_person(head := parts[0]):
        return None
    if head.split()[0].lower() not in sender_words:
        return None
    org = parts[1]
    return org if _name_line_org(org, "" if " " in org else own_key) else None


def _office(line: str) -> bool:
    """ "Personalabteilung", "Haupt- und Personalamt", "Servicio de Personal": a department."""
    return _OFFICE_LINE.match(line) is not None or _department(line)


def _first_name_above(line: str, nxt: str) -> bool:
    """ "Priya" then "Loomwright Recruiting": one word above a team line that names its own
    organisation is the writer's first name ("Siemens" then "HR": the line names none)."""
    return " " not in line and _NAMED_TEAM_LINE.match(nxt) is not None


def _org_above(line: str, sender_words: set[str]) -> bool:
    """Whether a line above a department's names the organisation: a name, not the writer's
    ("Julia Maier" then "Personalabteilung"), a title or an address."""
    return bool(
        ORG_SHAPE.match(line)
        and not _office(line)
        and not DIGITS2.search(line)
        and line.split(" ", 1)[0].lower() not in sender_words
        and not _TITLE_HINT.search(line)
        and not TITLE_WORDS.search(line)
        and not ROLE_HINT.search(line)
        and (not looks_like_person(line) or _ORG_NOUN.search(line) or TRADE.search(line))
    )


def _name_then_title(line: str) -> str | None:
    """ "Jan Jansen, HR-manager bij Polderwerk BV", "Camille Durand, Responsable RH chez X": the
    writer's name first, then a title line of its own; its organisation is the employer."""
    head, comma, tail = line.partition(", ")
    if not comma or not looks_like_person(head):
        return None
    m = _SIG_TITLE.match(tail) if _SIG_TITLE_SEP.search(tail) else None
    if m is None or not _TITLE_HINT.search(m.group("t")):
        return None
    return m.group("c") if ORG_SHAPE.match(m.group("c")) else None


def _titled_org(tail: str, below: str, sender_words: set[str]) -> str | None:
    """ "Engineering Manager, Routing" then "Halcyon Freight | halcyon.com": the line after a
    title names the employer, the title's tail a department; else the tail is the employer."""
    if (
        below
        and ORG_SHAPE.match(below)
        and not DIGITS2.search(below)
        and below.split(" ", 1)[0].lower() not in sender_words
    ):
        return below
    if not _TITLE_HINT.search(tail) and ORG_SHAPE.match(tail):
        return tail
    return None


def _department(text: str) -> bool:
    """ "Personalabteilung", "Service RH", "Afdeling P&O": a team, signing for the organisation."""
    return bool(_TEAM_LINE_CHARS.fullmatch(text) and _TEAM_LINE.match(text))


def _legal_line(line: str) -> re.Match[str] | None:
    """ "Acme GmbH" opening the line, or after a department: "Personalabteilung | Acme GmbH"
    (after a title, "Head of Product, Acme GmbH", the title rule reads it whole)."""
    m = _LEGAL_LINE.match(line)
    if (
        m is None
        and len(parts := _SIG_SEP.split(line)) > 1
        and (not _TITLE_HINT.search(parts[0]) or _department(parts[0]))  # "Team Recruitment |"
    ):
        m = _LEGAL_LINE.match(parts[-1])
    return m


def _name_line_org(line: str, own_key: str) -> bool:
    """Whether the line under the writer's name is their organisation's name, not a title.

    From the writer's own domain it must agree with the domain ("Brückner Medizintechnik"
    spells brucknermedizintechn.de; "Hamburg" under the name is a place): a spelling, not
    a second guess. From free mail nothing else names the employer.
    """
    key = squash(line) if own_key else ""
    return bool(
        (not own_key or (key and (key.startswith(own_key) or own_key.startswith(key))))
        and ORG_SHAPE.match(line)
        and not _TITLE_HINT.search(line)
        and not TITLE_WORDS.search(line)
        and not DIGITS2.search(line)
        and not _TEAM_LINE.match(line)
        and not (" " not in line and ROLE_HINT.search(line))  # "Personalreferentin"
    )


def _title_line(line: str) -> bool:
    """ "Personalreferentin", "Recruiter", "HR-adviseur": a short line that is a job title only."""
    return (
        0 < len(line.split()) <= 4
        and ROLE_HINT.search(line) is not None
        and not DIGITS2.search(line)
        and not _SIG_SEP.search(line)
    )


def _signoff_team(line: str) -> str | None:
    """The organisation a sign-off names with its team ("Cordialement, l'équipe Acme")."""
    if _SIGNOFF_TEAM_WORD.search(line) is None:
        return None
    for rx in _SIGNOFF_TEAM:
        m = rx.match(line)
        if m is not None:
            return m.group("c")
    return None


def _institution(line: str) -> str | None:
    """ "Schulleitung Primarschule Sonnenberg" → "Primarschule Sonnenberg", "Autohaus Wendt":
    named by its kind or its trade."""
    if ORG_SHAPE.match(line) is None:  # anchored: a sentence fails at its first small word
        # "Direction départementale des territoires de la Gironde": a public body by its kind
        return line if _PUBLIC_BODY_LINE.match(line) else None
    name = _SIG_OFFICE_HEAD.sub("", line)
    kind = _ORG_NOUN.search(name) is not None or TRADE.search(name) is not None
    return name if kind and ORG_SHAPE.match(name) else None
