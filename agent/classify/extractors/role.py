"""The job title the mail names: subject forms first, then the text, each cleaned.

Why cleaning: a title pattern happily takes "of last week" or "Data Engineer und Ihr
Interesse"; a wrong role is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from agent.classify import patterncache
from agent.classify.engine import Pack
from agent.classify.extractors.common import LETTERS2, SPACES, TITLE_WORDS, MailText, squash
from agent.classify.lexicon import compiled, pattern, patterns, words
from agent.classify.lowered import Lowered
from agent.classify.matching import Rx, Scan
from agent.classify.needles import trie

# A bracket at the end that holds a reference or the work mode goes; a qualifier the
# title keeps ("(m/w/d)", "(Data Platform)", "(32-40 uur)") stays, as the labels do.
_ROLE_CLEAN_TAIL = compiled("role_clean_tail")


# A requisition code before the title: "VAC-8812 Data Engineer", "Kennziffer 17/2026 ...",
# "Requisition 2600123", "JR-55127 ...".
_ROLE_CLEAN_HEAD = compiled("role_clean_head")


_ROLE_STOP = compiled("role_stop")


_ROLE_COMPANY_TAIL = compiled("role_company_tail", 0)


_SUBJECT_ROLE = tuple(Rx(p, 0) for p in patterns("subject_role"))


_TIME_WORDS = words("role", "time_words")


# Where a sentence goes on after the title: "X und Ihr Interesse", "X est désormais pourvu".
_TAIL_PREPS = words("role", "tail_preps")


_TAIL_ANDS = words("role", "tail_ands")


_TAIL_OWNERS = words("role", "tail_owners")


_TAIL_VERBS = words("role", "tail_verbs")


# Word lists as tries: tried after every space of every candidate title.
_ROLE_TAIL_CUT = patterncache.compiled(
    r"\s+(?:"
    + trie(_TAIL_PREPS)
    + rf" (?:\d|the \d|{trie(_TIME_WORDS)}\b)"
    + "|"
    + trie(_TAIL_ANDS)
    + " "
    + trie(_TAIL_OWNERS)
    + r"\b|"
    + trie(_TAIL_VERBS)
    + r"\b|(?:"
    + trie(_TAIL_ANDS)
    + r")$).*$",
    re.I,
)


_ROLE_BAD_START = Lowered(compiled("role_bad_start"))


# "Mahesh Suppliers Pvt. Ltd": an employer named where a title was looked for.
_ROLE_LEGAL_END = compiled("role_legal_end", 0)


_ROLE_WORD_TAIL = compiled("role_word_tail")


# a trie, over lower case; a time word hyphened into a compound is none ("Serveur en extra
# (week-end)": a shift, part of the title; session 29, dev quickjob-fr), nor a school year
# ("Year 6 Teacher": session 31, fields31)
_TIME_WORD = Lowered(
    patterncache.compiled(rf"\b{trie(_TIME_WORDS)}\b(?!-|(?<=year) (?:[1-9]|1[0-3])\b)", re.I)
)


_DOT_NAME = re.compile(r"\s*\.(?=[A-Z])")


# "(6 mois)", "[12 mois]": a contract's length in the title; its time word is no phrase of time.
_NUMBERED_BRACKET = compiled("role_numbered_bracket")


def clean_role(role: str) -> str | None:
    """A job title, or None: a phrase that only looks like one ("of last week") is worse."""
    dot = "." if _DOT_NAME.match(role) else ""  # ".NET Developer": the dot is part of the name
    role = SPACES.sub(" ", role).strip(" \t-–|:,.;\"'’“”*")
    role = _ROLE_LABEL_HEAD.sub("", role)
    role = _ROLE_CLEAN_HEAD.sub("", role)
    # Twice: "Aide-soignant (H/F) et n'a pas retenu" loses "n'a ..." and then the bare "et".
    role = _ROLE_TAIL_CUT.sub("", _ROLE_TAIL_CUT.sub("", role))
    role = _ROLE_COMPANY_TAIL.sub("", role)
    role = _ROLE_CLEAN_TAIL.sub("", role).strip(" \t-–|:,.;\"'’“”")
    role = dot + _ROLE_WORD_TAIL.sub("", role)
    if not role or len(role) < 2 or _ROLE_STOP.match(role) or len(role.split()) > 10:
        return None
    timed = _TIME_WORD.search(_NUMBERED_BRACKET.sub("", role)) if _TIME_WORD.search(role) else None
    if _ROLE_BAD_START.match(role) or timed or _ROLE_LEGAL_END.search(role):
        return None
    if not LETTERS2.search(role) or role.count("(") != role.count(")") or role[0] == "(":
        return None  # "(préciser le poste)": a template's blank, not a title
    return role


# "Application: Diseñadora UX" from "Your Job Application: ...": the label is no title.
_ROLE_LABEL_HEAD = compiled("role_label_head")
_SUBJECT_ROLE_AT = Rx(pattern("subject_role_at"), 0)


_SUBJECT_ROLE_DASH = Rx(pattern("subject_role_dash"), 0)


# A trie of literal words: a big alternation tried at every character was ten times slower.
ROLE_HINT = Scan(patterncache.compiled(trie(words("role", "hint_words")), re.I))


# A subject part that is a sentence, not a title.
_ROLE_SENTENCE = Lowered(compiled("role_sentence"))


_SUBJECT_PARTS = compiled("subject_parts", 0)


SUBJECT_LEAD = compiled("subject_lead")  # "Candidature", "Bewerbung", "Your" (company reads it too)
_SUBJECT_HALVES = re.compile(r"\s+[-–|]\s+")


def subject_other_half(subject: str) -> str:
    """ "Kestrel Robotics - Backend Engineer": the half without a title word, which the company
    reader takes for the employer when it is shaped like a name ("" when none is)."""
    parts = _SUBJECT_HALVES.split(subject)
    if len(parts) != 2:
        return ""
    titled = [bool(ROLE_HINT.search(p)) for p in parts]
    other = parts[titled.index(False)] if titled.count(True) == 1 else ""
    # "Candidature Norauto – Technicien atelier : réponse de l'entreprise" (a board's subject,
    # session 26): the application word before the employer is no part of it.
    return SUBJECT_LEAD.sub("", other) if other else ""


# "Ihre Bewerbung bei Hornbach als Verkaufsberater": the employer before the title.
_AT_ORG_AS = compiled("subject_at_org_as", 0)


def _subject_title(subject: str) -> str | None:
    """The part of "Senior BI Developer - second interview" that is a job title, if one is."""
    if ROLE_HINT.search(subject) is None and _TITLE_MARK.search(subject) is None:
        return None  # one search instead of one per part, for most subjects
    for raw in _SUBJECT_PARTS.split(subject):
        part = _AT_ORG_AS.sub("", SUBJECT_LEAD.sub("", raw.strip()))
        if (
            len(part.split()) <= 8
            # a gender mark says title as surely as a title word ("Elektroniker für ... (m/w/d)")
            and (ROLE_HINT.search(part) or _TITLE_MARK.search(part))
            and not _ROLE_SENTENCE.search(_marked_field(part))
            and (role := clean_role(part))
        ):
            return role
    return None


def _marked_field(part: str) -> str:
    """A gender-marked title's "für" names its field, not a sentence's purpose: "Elektroniker
    für Betriebstechnik (m/w/d)", "Fachkraft für Lagerlogistik (m/w/d)"."""
    return part.replace(" für ", " ") if _TITLE_MARK.search(part) else part


_REF_ROLE = Rx(pattern("ref_role"), 0)


_INLINE_LABEL = Rx(pattern("role_inline_label"), 0)


_FIELD_ROW = Rx(pattern("role_field_row"), re.M)


_SUBJECT_ROLE_TO = Rx(pattern("subject_role_to"), 0)


_SUBJECT_ROLE_POST = Rx(pattern("subject_role_post"), 0)
_SUBJECT_ROLE_QUOTED = Rx(pattern("subject_role_quoted"), 0)


_ROLE_MATCHES = 3  # matches of one pattern tried: an early one may be a phrase, not a title


_FIELD_HEADS = frozenset(words("role", "field_heads"))


_FIELD_TAIL = compiled("role_field_tail", 0)


def with_field(role: str, text: str, end: int) -> str:
    """ "Lecturer" + " in Economics" when the title takes a field and the text gives one.

    ``end`` is where the title ended in ``text``; the patterns stop a title at "in" so
    that "Data Engineer in our team" or "Analyst in London" end before it, but
    academic and training titles name their field that way.
    """
    if role.rsplit(" ", 1)[-1].lower() not in _FIELD_HEADS:
        return role
    m = _FIELD_TAIL.match(text, end)
    return f"{role} in {m.group('f')}" if m is not None else role


def _titled(m: re.Match[str]) -> bool:
    """Whether the title a subject pattern found has a title word and reads as no sentence.

    A gender mark ("Netzplaner (m/w/d)") says title as surely as a title word does.
    """
    r = m.group("r").rstrip()
    hinted = ROLE_HINT.search(r) is not None or _TITLE_MARK.search(r) is not None
    return hinted and not _ROLE_SENTENCE.search(r)


def _text_roles(packs: list[Pack], t: MailText) -> Iterator[str]:
    """The first title each pack's text patterns find in the newest part."""
    for pack in packs:
        for rx in pack.role:
            for n, m in enumerate(rx.finditer(t.doc, start=t.body_start, end=t.lead_end)):
                role = clean_role(m.group("r"))
                # "als er verandering komt", "sur lequel vous avez postulé": a clause,
                # not a title (a title in lower case still has a title word).
                if role and (not role[0].islower() or ROLE_HINT.search(role)):
                    raw = m.group("r").rstrip()
                    if raw.endswith(role):
                        role = with_field(role, t.doc.text, m.end("r"))
                    elif (whole := clean_role(with_field(raw, t.doc.text, m.end("r")))) and (
                        whole != raw  # "PhD Position" + " in Machine Learning": the whole title
                    ):
                        role = whole
                    yield role
                    break
                if n + 1 >= _ROLE_MATCHES:
                    break


def role_candidates(packs: list[Pack], t: MailText) -> Iterator[str]:
    """Job titles the mail states, most trusted first: subject, text, looser subject forms."""
    subject = t.subject
    n = len(subject)  # the subject opens the doc: its needle index pre-tests every pattern

    def in_subject(rx: Rx) -> re.Match[str] | None:
        return rx.search(t.doc, end=n) if n else None

    for i, rx in enumerate(_SUBJECT_ROLE[:3]):
        m = in_subject(rx)
        # "Update - Let's keep in touch" is no title
        if (
            m is not None
            and (role := clean_role(m.group("r")))
            and (i < 2 or ROLE_HINT.search(role))
        ):
            yield with_field(role, subject, m.end("r")) if m.group("r").endswith(role) else role
    m = in_subject(_SUBJECT_ROLE_QUOTED)
    if m is not None and (role := clean_role(m.group("r"))):
        yield role  # "Votre candidature au poste « T »": bounded by its quotes
    m = in_subject(_SUBJECT_ROLE_POST)
    if m is not None and (role := clean_role(m.group("r"))):
        yield role
    m = in_subject(_SUBJECT_ROLE_TO)
    if m is not None and (role := clean_role(m.group("r"))) and ROLE_HINT.search(role):
        yield role
    m = in_subject(_SUBJECT_ROLE_DASH)
    # "Ihre Bewerbung: Nächste Schritte" is no title
    # A requisition code before the words also says a title follows.
    if (
        m is not None
        and (_titled(m) or _ROLE_CLEAN_HEAD.match(m.group("r")))
        and (role := clean_role(m.group("r")))
    ):
        yield role
    m = in_subject(_SUBJECT_ROLE_AT)
    # "Founding Product Designer at Tally", not "Sobre tu prueba técnica en Pulpo"
    if (
        m is not None
        and TITLE_WORDS.search(m.group("r"))
        and (role := clean_role(m.group("r")))
        and not _ROLE_SENTENCE.search(role)
    ):
        yield role
    yield from _text_roles(packs, t)
    m = _INLINE_LABEL.search(t.doc, start=t.body_start, end=t.lead_end)
    if m is not None and (role := clean_role(m.group("r"))):
        yield role  # "your application for the position: Java Developer"
    m = _FIELD_ROW.search(t.doc, start=t.body_start, end=t.lead_end)
    if m is not None and (role := clean_role(m.group("r"))):
        yield role  # a board's table: "Job Title Supply Chain Planner"
    m = _REF_ROLE.search(t.doc, start=t.body_start, end=t.lead_end)
    if m is not None and (role := clean_role(m.group("r"))):
        yield role  # "your application (ref. 2026/045, Payroll Clerk)"
    if role := _subject_title(subject):
        yield role
    m = in_subject(_SUBJECT_ROLE[3])
    if m is not None and (role := clean_role(m.group("r"))) and ROLE_HINT.search(role):
        yield role


# The marks job ads add to a title (gender, hours): part of it, unlike a place.
_TITLE_MARK = compiled("title_mark")


_PLACE_AFTER = pattern("place_preposition")  # "in Leeds": a place, not part of the title
_ONE_WORD_MARK = re.compile(r" \([A-ZÀ-Þ][a-zà-ÿ]+\)")
_GENDER_ENDING = compiled("gender_ending", 0)  # "Supervisor(a)": part of the word


def pick_role(candidates: Iterable[str], own: set[str], text: str, subject: str = "") -> str | None:
    """The first title not naming the sender, or a marked form of it another source gives.

    "Leiter Instandhaltung" in the subject, "Leiter Instandhaltung (m/w/d)" in the text:
    the gender mark is part of the title. "Registered Nurse" cut at the subject's dash,
    "the Registered Nurse - ICU (Night Shift) position" in the text: the subject holds
    the whole title too, so the dash was part of it.
    """
    first: str | None = None
    for role in candidates:
        if squash(role) in own:
            continue
        if first is None:
            first = role
            dashed = first + " - " in subject or first + " – " in subject
            # (nor "Supervisor(a) de Produção" after a "Supervisor" cut at its bracket)
            if (
                not first.endswith(")")
                and first + " (" not in text
                and first + "(" not in text
                and not dashed
                and (" " in first or first + " " not in subject)
            ):
                return first  # no other form of it can follow: the rest need not be read
        elif (
            (role.startswith(first + " (") and _TITLE_MARK.search(role, len(first)))
            or (
                # "Supervisor" cut at the bracket, "Supervisor(a) de Produção": the gender ending
                # belongs to the word, and the title goes on after it.
                role.startswith(first) and _GENDER_ENDING.match(role, len(first))
            )
            or (
                role.startswith(first)
                and role[len(first) : len(first) + 3] in (" - ", " – ")
                and role in subject
            )
            or (
                # "Uw kandidatuur voor Administratief medewerker": the subject's pattern stops
                # at the lower-case word after a one-word title, the text's takes it whole.
                " " not in first
                and role.startswith(first + " ")
                and role[len(first) + 1 : len(first) + 2].islower()
                and role in subject
            )
        ):
            return role
        elif (
            first.startswith(role + " (")
            and _ONE_WORD_MARK.fullmatch(first, len(role))
            and re.search(_PLACE_AFTER + re.escape(first[len(role) + 2 : -1]) + r"\b", text)
        ):
            return role  # "Analyst (Leeds)" in the subject, "the Analyst role in Leeds": a place
    return first
