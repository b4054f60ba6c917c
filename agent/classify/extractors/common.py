"""What the extractors share: sender domains, person names, name folding, the mail's pieces.

Why: company, role, contact and stage rules all ask "is this a person?", "is this
domain a system?" and compare names the same loose way; one place keeps them agreeing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from agent.classify import patterncache
from agent.classify.lexicon import LEXICON, compiled, pattern, words
from agent.classify.matching import Doc, Scan
from agent.classify.needles import trie

ATS_DOMAINS = frozenset(words("domains", "ats"))
# A label an ATS puts in the envelope domain of mail sent in the employer's name ("gh-mail").
ATS_ENVELOPE_LABELS = frozenset(words("domains", "ats_envelope_labels"))


# Senders that are machines even without "noreply" in the address.
SYSTEM_DOMAINS = frozenset(words("domains", "system"))


PLATFORM_DOMAINS: dict[str, str] = dict(LEXICON["domains"]["platform"])


FREEMAIL = frozenset(words("domains", "freemail"))


# A job board's addresses that pass a reply on to the employer: read, though a platform's.
RELAY_DOMAINS = frozenset(words("domains", "relay"))


_NOREPLY_LOCAL = compiled("noreply_local")


_LEGAL = compiled("legal_suffix")


def domain_in(domain: str, domains: Collection[str]) -> str | None:
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        suffix = ".".join(parts[i:])
        if suffix in domains:
            return suffix
    return None


def is_noreply_address(addr: str) -> bool:
    """True for addresses nobody reads by their name: no-reply, notifications, mailer daemons."""
    return bool(_NOREPLY_LOCAL.search(addr.partition("@")[0]))


_PERSON = compiled("person", 0)


_PERSON_LAST_FIRST = compiled("person_last_first", 0)


_TEAMISH = Scan(compiled("teamish"))


_ORG_WORDS, _ORG_STEMS = trie(words("company", "org_words")), trie(words("company", "org_stems"))
# A trade or office at a word's end ("Zahnarztpraxis Kuhn", "Garage Lemoine"): a small employer.
TRADE = Scan(patterncache.compiled(rf"(?:{trie(words('company', 'trades'))})\b", re.I))
_ORG_WORD = Scan(patterncache.compiled(rf"\b(?:{_ORG_WORDS})\b|\b(?:{_ORG_STEMS})", re.I))


_FIRM_FIELD = Scan(
    patterncache.compiled(
        rf"\b(?:{trie(words('company', 'firm_field_words'))})\b"
        rf"|\b(?:{trie(words('company', 'firm_field_stems'))})",
        re.I,
    )
)


_POST_IN = compiled("post_in_org", 0)


def org_named(name: str, known: Collection[str] = ()) -> bool:
    """Whether a name a relay puts after a post ("T en X", "T at X", "a vaga T na X", "als T
    bei X") is an organisation: an organisation's, a trade's or a firm's field's word, a legal
    form, or a name the sender's own side spells (display name, domain, sign-off: ``known``).

    Why: the same slot holds the post's town as often ("Técnico/a en Farmacia en Valladolid",
    "Sales Assistant at Birmingham", "vaga de Técnico na Amadora"): a place is never the employer.
    """
    if _ORG_WORD.search(name) or TRADE.search(name) or _FIRM_FIELD.search(name):
        return True
    if _LEGAL.search(name):  # "Transportes Ebro S.L."
        return True
    key = squash(name)
    return len(key) > 2 and any(
        len(k) > 2 and (k.startswith(key) or key.startswith(k)) for k in known
    )


@dataclass(frozen=True)
class SenderSide:
    """What the sender's side calls itself, squashed: its names (display name, domain, sign-off
    organisations) and its sign-off's short lines ("Sincerely,\nMarlow Print")."""

    names: tuple[str, ...]
    lines: frozenset[str]


def signoff_lines(t: MailText) -> list[str]:
    """The sign-off's lines: the body's last 8 (no more is read), the signature's first 12."""
    body_lines = t.body.rsplit("\n", 8)
    tail = body_lines[-8:] if len(body_lines) > 1 else []
    return tail + (t.sig.split("\n")[:12] if t.sig else [])


def sender_side(signoff: list[str], names: Collection[str | None]) -> SenderSide:
    """The sender's names and the short lines of its sign-off (:func:`signoff_lines`), squashed."""
    keys = tuple(k for n in names if n and (k := squash(n)))
    lines = frozenset(k for line in signoff if len(line) < 60 and (k := squash(line)))
    return SenderSide(keys, lines)


def relay_org(m: re.Match[str], known: SenderSide) -> str | None:
    """X of a relay's "T en X" (group ``c``) if it is an organisation: the relay says so ("en la
    empresa X", group ``org``), a sign-off line is X alone, or :func:`org_named` says so."""
    name = m.group("c")
    if "org" in m.re.groupindex and m.group("org"):
        return name
    return name if squash(name) in known.lines or org_named(name, known.names) else None


def post_in_org(text: str, start: int, end: int) -> str | None:
    """The organisation a post is "em" ("a vaga de T em Construtora Ipê", a board's template):
    only a name :func:`org_named` accepts, as "em São Paulo" names a place."""
    for m in _POST_IN.finditer(text, start, end):
        if org_named(m.group("c")):
            return m.group("c")
    return None


def _org_like(name: str) -> bool:
    """A team, system or organisation word in a name: no person's name has one."""
    return bool(_TEAMISH.search(name) or _ORG_WORD.search(name) or TRADE.search(name))


# Small patterns of the name and role helpers, compiled once rather than looked up
# in re's cache on every call.
SPACES = re.compile(r"\s+")


UNDERSCORES = re.compile(r"[_]+")


SQUARE = re.compile(r"\s*\[[^\]]*\]\s*")


_PARENS = re.compile(r"\(.*?\)")


_NON_WORD = re.compile(r"[^\w]+")


DIGITS2 = re.compile(r"\d{2}")


DIGITS3 = re.compile(r"\d{3,}")


LETTER = re.compile(r"[A-Za-zÀ-ÿ]")


LETTERS2 = re.compile(r"[A-Za-zÀ-ÿ]{2}")


_HONORIFIC = compiled("honorific")


# The sender's display name is asked about ~4 times a mail (company, role, contact, no-reply):
# a few entries, so a mail's repeats are answered once (not a cache across a mailbox).
@functools.lru_cache(maxsize=16)
def looks_like_person(name: str, domain: str = "") -> bool:
    name = _HONORIFIC.sub("", name.strip().strip("\"'"))
    if not name or "@" in name or _org_like(name):
        return False
    label = domain.rsplit(".", 2)[-2] if domain.count(".") >= 1 else ""
    if label and any(w.lower() == label for w in name.split()):
        return False  # "Indeed Apply" from indeed.com is the platform, not a person
    return bool(_PERSON.match(name) or _PERSON_LAST_FIRST.match(name))


_BRACKETED = re.compile(r"\s*[\[(].*?[\])]\s*")


# "Jane at Acme", "Mark Webb via Indeed": a name, then what it is written through.
VIA = compiled("via")


ON_BEHALF = compiled("on_behalf_name")
_FIRST_NAME = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?$")


def first_name_writer(name: str, addr: str, t: MailText) -> str | None:
    """ "Eva" <eva@bureaulinq.nl> who signs "Eva": a first name alone is the writer when the
    display name, the mailbox and the sign-off (the body's last lines when no signature was
    split off) all give it (a team's "Careers" <careers@...> is org-like; a first name on one
    of them only is no proof)."""
    name = name.strip().strip("\"'")
    if not _FIRST_NAME.match(name) or _org_like(name):
        return None
    if fold(addr.partition("@")[0]) != fold(name):
        return None
    tail = t.body.rstrip().rsplit("\n", 3)[1:] + t.sig.split("\n")[:6]
    lines = (line.strip(" \t*,-–") for line in tail)
    return name if any(line == name for line in lines) else None


_BOX_PARTS = re.compile(r"[._+\-\d]+")


def first_name_box(name: str, addr: str) -> bool:
    """ "Pauline" <pauline.r@gmail.com>: one capitalised word that opens a free-mail box's own
    name: its owner's first name, or a shop's name ("Lumio" <lumio.jobs@gmail.com>), so the
    caller gives way only to a firm the text or the signature names ("Boulangerie" is org-like)."""
    name = name.strip().strip("\"'")
    if not _FIRST_NAME.match(name) or _org_like(name):
        return False
    head = _BOX_PARTS.split(addr.partition("@")[0], maxsplit=1)[0]
    return bool(head) and fold(head) == fold(name)


def behalf_writer(name: str) -> str | None:
    """The writer of a display name "Sanne (namens Acme)", "Gemma on behalf of Penrose Bakery",
    "Joana (em nome de X)": a first name alone is a person here, as the name says that someone
    writes for an organisation (a team's "Recruiting (namens Acme)" is none)."""
    if "(" not in name and " " not in name.strip():
        return None
    m = ON_BEHALF.match(name.strip().strip("\"'"))
    if m is None:
        return None
    writer = m.group("p").strip()
    if _org_like(writer):
        return None
    return writer if _FIRST_NAME.match(writer) or _PERSON.match(writer) else None


def person_name(name: str, domain: str = "") -> str | None:
    if (writer := behalf_writer(name)) is not None:
        return writer
    name = _BRACKETED.sub(" ", name.strip().strip("\"'")).strip()
    via = VIA.match(name) if " " in name else None
    if via is not None and via.group("w").lower() in ("via", "through"):
        name = via.group("c")  # "Mark Webb via Indeed": a job board relays a person's message
    m = _PERSON_LAST_FIRST.match(name)
    if m and not _org_like(name):
        return f"{m.group(2)} {m.group(1)}"
    return name if looks_like_person(name, domain) else None


# Job-title words: a "company" containing one is usually the role.
TITLE_WORDS = Scan(compiled("title_words"))


def norm_company(name: str | None) -> str:
    """Lower-case, punctuation-free, legal suffix removed: for comparing employer names."""
    if not name:
        return ""
    out = name.lower().replace("&", " and ")
    if "(" in out:
        out = _PARENS.sub(" ", out)
    prev = None
    while prev != out:
        prev = out
        out = _LEGAL.sub("", out.strip(" ,.")).strip()
    out = _NON_WORD.sub(" ", out)
    return SPACES.sub(" ", out).strip()


REPLY_PREFIX = compiled("reply_prefix")


SUBJECT_PREFIX = compiled("subject_prefix")


def _with_titles(key: str) -> re.Pattern[str]:
    """A subject pattern with its {title} and {head} slots filled by the title words."""
    filled = pattern(key).replace("{title}", pattern("title_words"))
    return patterncache.compiled(filled.replace("{head}", pattern("title_head_first")), re.I)


_TITLE_SUBJECT = _with_titles("title_subject")


def title_subject(subject: str) -> bool:
    """Whether a reply's whole subject is a job title ("Re: Senior Product Designer", "Re:
    Ingeniero de datos": the head noun last in English and German, first in Romance titles).

    The thread is then about that job: a hiring manager's one-line "we won't be moving
    forward" names no job word of its own (issue 11). The scan's pre-filter asks the same.
    """
    # Its reply prefix needs a colon: most subjects are done without the regex (~7 µs).
    return ":" in subject and _TITLE_SUBJECT.match(SPACES.sub(" ", subject)) is not None


_APPLICATION_SUBJECT = _with_titles("application_subject")


def application_subject(subject: str) -> bool:
    """Whether a subject names an application for a job title ("Votre candidature : Chargée
    de communication", "Ihre Bewerbung als Hauswirtschafterin"): a person's terse no under
    it is about that job, though "application" alone is a loan's or a grant's word too."""
    return _APPLICATION_SUBJECT.search(SPACES.sub(" ", subject)) is not None


_ADDRESS_DOMAIN = re.compile(r"@([\w-]+(?:\.[\w-]+)+)")


# Where an ATS that sends in the employer's name shows itself: the classifier, the cheap
# path and the raw header reader all read these.
ATS_ENVELOPE_HEADERS = ("reply-to", "return-path", "sender")


def ats_envelope(values: Collection[str]) -> str | None:
    """The first domain of an applicant tracking system among addresses of Reply-To,
    Return-Path or Sender: ATS mail is often sent in the employer's own name (issue 11),
    and only its reply or bounce address says which system sent it."""
    for value in values:
        for found in _ADDRESS_DOMAIN.findall(value):
            domain: str = found.lower()
            labels = domain.split(".")[:-2]
            if domain_in(domain, ATS_DOMAINS) or not ATS_ENVELOPE_LABELS.isdisjoint(labels):
                return domain
    return None


EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


# *bold* and **bold** of chat-style and Markdown-minded templates, within one line: the
# marks sit between words the patterns expect side by side ("the *Data Engineer* role").
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}([^\s*][^*\n]{0,80}?)\*{1,2}(?![\w*])")


def unemphasised(text: str) -> str:
    """``text`` without the asterisks that mark emphasis; bullets and footnote marks stay."""
    return _EMPHASIS.sub(r"\1", text) if "*" in text else text


@dataclass
class MailText:
    """The pieces of one mail the rules look at.

    ``doc`` is subject, body and signature in one :class:`Doc`, so every
    pattern is pre-tested against one needle scan; the spans say where each
    piece sits in it.
    """

    subject: str
    body: str
    sig: str
    quoted: str
    doc: Doc
    lead_end: int  # doc.text[:lead_end] is subject + body: where cues are searched
    body_start: int
    sig_start: int
    reply_subject: bool  # "Re:"/"Fwd:": the subject was written by someone else
    cues: Doc  # ``doc`` as decision cues read it: wrapped lines joined, quotes plain

    @property
    def lead(self) -> str:
        return self.doc.text[: self.lead_end]


_FOLD_CACHE: dict[str, str] = {}


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# What ``fold(..., translit=True)`` spells otherwise: a text whose lower case holds none of
# these folds every word alike both ways (a second, transliterating reading finds nothing new).
TRANSLIT_CHARS = tuple(chr(c) for c in _TRANSLIT)


def fold(word: str, translit: bool = False) -> str:
    """Lower-case, accents and punctuation removed: "Ibérica" → "iberica" ("ü" → "ue" if asked)."""
    key = word + "\x00" if translit else word
    out = _FOLD_CACHE.get(key)
    if out is None:
        low = word.lower().translate(_TRANSLIT) if translit else word.lower()
        plain = unicodedata.normalize("NFKD", low)
        out = "".join(ch for ch in plain if ch.isalnum() and not unicodedata.combining(ch))
        if len(_FOLD_CACHE) < 50_000:
            _FOLD_CACHE[key] = out
    return out


@functools.lru_cache(maxsize=4096)
def squash(name: str) -> str:
    """The comparison key of a name: each candidate is squashed several times per mail."""
    return fold(norm_company(name))


def word_key(name: str) -> str:
    """A name's words folded and padded with spaces (" schreinerei huber "): word-for-word
    containment, where a squashed key would find "schreiner" inside "schreinereihuber"."""
    return " " + " ".join(f for w in norm_company(name).split() if (f := fold(w))) + " "


def quote(text: str, limit: int = 80) -> str:
    text = SPACES.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


_UNNAMED_EMPLOYER = Scan(compiled("unnamed_employer", 0))  # tried where its words occur


def unnamed_employer(
    from_name: str,
    from_domain: str,
    t: MailText,
    candidates: list[tuple[str, str]],
    own_side: Collection[str],
) -> bool:
    """Whether a platform relays an employer it never names ("a été refusée par l'employeur",
    "heeft de werkgever besloten") and every company candidate is the platform's own name.

    The platform did not decide, so its name is no employer (the labels' convention for a
    platform; an agency relaying an unnamed client is the company, so the caller asks only when
    no agency writes). A person writing, a client named or any other name read keeps them.
    """
    own = [o for c, src in candidates if src in own_side and (o := squash(c))]
    if not own:
        return False
    # "Stage Collège <notification@stagecollege.fr>" reads as a person's name, yet spells the
    # domain: the platform's own.
    name = squash(from_name)
    spelled = any(src == "sender domain" and squash(c) == name for c, src in candidates)
    if looks_like_person(from_name, from_domain) and not spelled:
        return False
    for c, src in candidates:
        k = squash(c)
        if src == "client" or not any(o.startswith(k) or k.startswith(o) for o in own):
            return False
    doc = t.cues
    return _UNNAMED_EMPLOYER.search(doc.text, doc.low, t.body_start, t.lead_end) is not None


_PROGRAMME_NAME = compiled("programme_name")
_ANCHORS = frozenset(("client", "signature", "footer", "logo", "sender domain", "ATS tenant"))


def drop_programmes(candidates: list[tuple[str, str]], t: MailText) -> list[tuple[str, str]]:
    """Candidates less the display name, subject and text names the text calls a programme ("Protege
    MINDEF" of "the PROTEGE RTW programme", dev yltat-en) that no other source agrees with:
    a foundation's or an employer's scheme, not who runs it. "Acme" of "the Acme Graduate
    Programme" stays when the domain or the signature says Acme."""
    text = t.doc.text
    if "rogram" not in text and "cheme" not in text and "ellowship" not in text:
        return candidates
    heads = {squash(m.group("c").split()[0]) for m in _PROGRAMME_NAME.finditer(text, 0, t.lead_end)}
    # the other sources' names and first words ("Carlisle Business" of carlisle-business.edu)
    anchors = [k for c, src in candidates if src in _ANCHORS and (k := squash(c))]
    firsts = {squash(c.split()[0]) for c, src in candidates if src in _ANCHORS and c.split()}

    def programme(name: str, source: str) -> bool:
        key = squash(name)
        head = squash(name.split(maxsplit=1)[0]) if key else ""
        return (
            source in ("sender name", "text", "subject", "subject half")
            and bool(head)
            and head in heads
            and head not in firsts
            and not any(a.startswith(key) or key.startswith(a) for a in anchors)
        )

    return [(c, src) for c, src in candidates if not programme(c, src)] if heads else candidates
