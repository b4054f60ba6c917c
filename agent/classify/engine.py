"""The matching engine: compiled patterns with literal pre-tests, prepared texts, phrase packs.

Why one module: a :class:`Doc` is scanned once for the needles of every
pattern a :class:`NeedleIndex` covers, and each :class:`Rx` then costs a few
set look-ups when it cannot match. The index is built explicitly from the
patterns it covers (``load_packs``) and handed to each ``Doc``; nothing here
reaches a module-level registry. Text normalisation and the cut of a mail into
body, signature and quoted history live here too (the quoted history is cut
where :func:`agent.mail.quoting.newest_lines` says, the one quotation cutter).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent import files
from agent.classify import patterncache
from agent.classify.alternatives import Alternatives
from agent.classify.inclusive import marked, unmark
from agent.classify.matching import Doc, NeedleIndex, Rx, line_search
from agent.classify.packcheck import (
    NEGATION_IN_GAPS,
    READER_OWNS,
    ROLE_CLOSED,
    check_cues,
    check_pack,
    rule_name,
)
from agent.classify.packcheck import STAGES as _STAGES
from agent.classify.rulepattern import aside_pattern, frame_pattern, guard_gaps, negation_guard
from agent.errors import PackError
from agent.mail.quoting import newest_lines

log = logging.getLogger(__name__)

PACK_DIR = Path(__file__).parent / "data" / "lang"
LANG_DIR_ENV = "REBOUND_LANG_DIR"  # extra folders of <code>.toml packs, os.pathsep-separated
DEFAULT_LANGUAGE = "en"
STAGES = _STAGES  # the stages a pack names (checked in packcheck)
MAX_TEXT_CHARS = 20_000  # what is read of a mail at all: decisions sit near the top
MAX_BODY_CHARS = 6_000  # what is searched for cues once history and signature are cut
MAX_SIG_CHARS = 2_000  # signature and footer: names, addresses, "do not reply"


# A single line break (not a paragraph break) and typographic quotes, as cues read them.
_WRAP = re.compile(r"\n(?<!\n\n)(?!\n)")  # "\n" first, then look-behinds: re finds it in C
# A blank line inside a sentence (double-spaced wrapping): a lower-case letter or comma
# before it, a lower-case letter after.
_WRAP_BLANK = re.compile(r"\n\n(?<=[a-zà-ÿ,]\n\n)(?=[a-zà-ÿ])")
_QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("„", '"'))  # str.replace: fast

# A break after a long line (hard wrapping at 60-80 columns), not after a short field line,
# nor before a labelled field's line ("Offre : Stage développeur web Python/Django (6 mois)"
# then "Entreprise : Groupe Vauclair": session 38, devmiss44, dev stageconnect/fr).
_SOFT_WRAP = re.compile(r"\n(?<=[^\n]{50}\n)(?=[^\n])(?![A-ZÀ-Þ][\w'’-]*(?: [\w'’-]+){0,2} ?: )")
# Double-spaced wrapping (a blank line after every wrapped line): a long line not ending a
# sentence, a blank line, a word, a lower-case letter on one side ("for our\n\nSite
# Reliability Engineer", "Office Manager\n\nrole"; not "Number: BF-13\n\nPosition
# Title:"). Three or more of them mark the text as double-spaced.
DOUBLE_WRAP = re.compile(r"\n\n(?<=.{25}\n\n)(?:(?<=[a-zà-ÿ,]\n\n)(?=\w)|(?<=\w\n\n)(?=[a-zà-ÿ]))")


def rewrapped(doc: Doc, start: int = 0) -> Doc:
    """``doc`` with hard-wrapped lines joined (a break after a line of 50+ characters).

    Extractors read titles and names that a 72-column wrap splits ("the Senior Site
    Reliability Engineer\nrole"); short lines ("Position: Analyst") keep their breaks,
    and nothing before ``start`` (the subject) is joined to what follows.
    """
    if "\n" not in doc.text:
        return doc
    text, low = doc.text, doc.low
    joined = text[:start] + _SOFT_WRAP.sub(" ", text[start:])
    if doc.aligned:  # same breaks at the same places: lower-casing is cheaper than a second pass
        return _retext(doc, joined, joined.lower() if joined != text else low)
    return _retext(doc, joined, low[:start] + _SOFT_WRAP.sub(" ", low[start:]))


def _retext(doc: Doc, text: str, low: str) -> Doc:
    """A copy of ``doc`` with a same-length text: every position and needle stays valid."""
    out = Doc.__new__(Doc)
    out.text, out.low = text, low
    out.aligned, out.index, out.present = doc.aligned, doc.index, doc.present
    out._by_lead, out._by_group = doc._by_lead, doc._by_group  # the needles' positions: shared
    return out


def unwrap(text: str) -> str:
    """Wrapped lines joined, quotes plain, gender marks unmarked: what :func:`flat` makes of it."""
    if "\n\n" in text:
        text = _WRAP_BLANK.sub("  ", text)
    text = _WRAP.sub(" ", unmark(text))
    return text if text.isascii() else functools.reduce(lambda t, q: t.replace(*q), _QUOTES, text)


def flat(doc: Doc) -> Doc:
    """``doc`` with each line break inside a paragraph read as a space, quotes made plain.

    Hard-wrapped mail breaks "decided not to move\nforward" across lines; a phrase
    must match it all the same. The text keeps its length, so every position (the
    needle index, sentence bounds) stays valid.
    """
    text = doc.text
    if "\n" not in text and text.isascii() and not marked(text):
        return doc
    flat_text = unwrap(text)
    low = flat_text.lower()
    return _retext(doc, flat_text, low if len(low) == len(flat_text) else unwrap(doc.low))


def _initials_rx(words: Iterable[str]) -> re.Pattern[str] | None:
    """A hiring function's bare initials as whole words, case-sensitive ("HR", not hours' "hr")."""
    alts = sorted({re.escape(w) for w in words if w}, key=lambda w: (-len(w), w))
    return patterncache.compiled(rf"\b(?:{'|'.join(alts)})\b") if alts else None


def _after_rx(words: Iterable[str]) -> re.Pattern[str] | None:
    """Words just before the initials that count them ("with HR"), spaces as tier 0's raw lines."""
    alts = ["(?:" + w.replace(" ", r"\s+") + ")" for w in words if w]
    return patterncache.compiled(rf"\b(?:{'|'.join(alts)})\W+$", re.I) if alts else None


def join(patterns: Iterable[str], template: str = "{}", flags: int = re.I | re.M) -> Rx | None:
    """One :class:`Rx` trying each of ``patterns`` (each wrapped in ``template``)."""
    parts = [f"(?:{template.format(p)})" for p in patterns if p]
    return Rx("|".join(parts), flags) if parts else None


# --------------------------------------------------------------------------- packs


@dataclass(frozen=True)
class Cue:
    """One weighted pattern of a pack; a reason quotes the text it matched."""

    rx: Rx
    weight: float
    category: str  # "rejection" or the look-alike category
    rule: str = ""  # the id a reason cites: "en.rejection.3fa2c1d04b9e", "frame:en.not-proceed"
    role_closed: bool = False  # the decision is about the role (filled, paused), not the person
    source: str = ""  # the pattern as the pack writes it (``rx`` may guard its word gaps)
    reader_owns: str = ""  # a rule's ``reader_owns``: when the reader's application owns it


@dataclass
class Pack:
    code: str
    name: str
    stopwords: frozenset[str]
    signoff: Rx | None
    disclaimer: Rx | None
    conditional: Rx | None  # reaches the whole sentence from before a phrase
    hedge: Rx | None  # a modal ("you may have the skills"): reaches its own clause only
    clause_words: Rx | None  # words that open another clause: "and", "but", "although"
    job_context: Rx | None
    weak_job_context: Rx | None
    # A selection process ("selection process", "Auswahlverfahren"): a scholarship's, an
    # admission's or a grant's too, so job context only where no word of another domain is
    process_context: Rx | None
    hiring_function: Rx | None  # "People & Culture", "Ressources Humaines": a signature's team
    contact_context: Rx | None  # "our chat", "das Telefonat": jobcontext._contact (session 26)
    manager_title: Rx | None  # "Head of Engineering" signing, read as hiring_function is
    # Template furniture ("Unsubscribe", "Impressum", "© 2026 …"): a line that opens with one
    # of these is a template's, not the mail's (footers.py, session 39)
    chrome: Rx | None
    # Its bare initials ("HR"), counted only where :mod:`initials` says they sign
    hiring_initials: tuple[str, ...]
    initials_rx: re.Pattern[str] | None  # those words, whole and case-sensitive
    initials_after: re.Pattern[str] | None  # words before them that make them count ("with")
    contrast: Rx | None
    feedback: Rx | None  # words of a debrief: an offer to talk after a no is no invitation
    prospective: re.Pattern[str] | None
    cues: tuple[Cue, ...]  # heaviest first
    cue_index: dict[str, tuple[int, ...]] = field(default_factory=dict)  # needle -> cues
    cue_always: tuple[int, ...] = ()  # cues without a needle: always tried
    cue_needles: frozenset[str] = frozenset()  # the keys of cue_index
    # Per cue, its needle groups after the first (the one cue_index files it under): what is
    # left to test of a cue the index names, before a call to search it.
    cue_rest: tuple[tuple[frozenset[str], ...], ...] = ()
    # Per cue, its top-level alternatives set apart (``alternatives``), or None: tried whole.
    cue_alternatives: tuple[Alternatives | None, ...] = ()
    stage: dict[str, Rx] = field(default_factory=dict)
    stage_weak: dict[str, Rx] = field(default_factory=dict)
    company: tuple[Rx, ...] = ()
    # The employer a relay names after a post ("T en X", "T at X"): taken only as an organisation.
    relay_company: tuple[Rx, ...] = ()
    signature_company: tuple[Rx, ...] = ()
    role: tuple[Rx, ...] = ()
    client: tuple[Rx, ...] = ()  # the employer an agency or job board names
    # The ASCII stop-words as bytes: what ``detect_language`` compares ASCII text's words with.
    ascii_stopwords: frozenset[bytes] = frozenset()
    # Every stop-word of two or more characters, UTF-8: the same for other text (WORD never
    # finds a one-character word, so those stop-words never count).
    stopword_bytes: frozenset[bytes] = frozenset()


def _chrome_rx(patterns: list[str]) -> Rx | None:
    """A pack's ``chrome`` patterns as one line-start pattern: bullets, bars and dots before."""
    parts = "|".join(f"(?:{p})" for p in patterns if p)
    return Rx(rf"^[ \t>*|·•\-–—]*(?:{parts})", re.I | re.M) if parts else None


def cue_index_of(cues: list[Cue]) -> dict[str, tuple[int, ...]]:
    """Needle -> the cues whose most selective needle group holds it."""
    index: dict[str, list[int]] = {}
    for i, cue in enumerate(cues):
        if cue.rx.needles:
            for needle in cue.rx.needles[0]:
                index.setdefault(needle, []).append(i)
    return {k: tuple(v) for k, v in index.items()}


def frame_cues(code: str, frames: dict[str, Any], guard: str = "", aside: str = "") -> list[Cue]:
    """A pack's frames, cited as ``frame:<code>.<name>``: an outcome bound to a selection verb
    and its object; ``slots = [[outcome...], 2, [verb...], 3, [object...]]``. No word gap
    steps over a negation (``guard``) unless the frame says ``negation_in_gaps = true``."""
    cues = []
    for name, frame in frames.items():
        own = "" if frame.get(NEGATION_IN_GAPS) else guard
        source = frame_pattern(frame["slots"])
        cues.append(
            Cue(
                Rx(guard_gaps(frame_pattern(frame["slots"], own, aside), own)),
                float(frame.get("weight", 3.0)),
                str(frame.get("category", "rejection")),
                f"frame:{code}.{name}",
                bool(frame.get(ROLE_CLOSED, False)),
                source,
            )
        )
    return cues


def table_cues(code: str, category: str, table: dict[str, Any], guard: str = "") -> list[Cue]:
    """Cues cited as ``<code>.<category>.<id>``: own id or a hash of the pattern, not a position.
    No word gap steps over a negation (``guard``) unless the rule says
    ``negation_in_gaps = true``."""
    cues = []
    for pattern, value in table.items():
        entry = value if isinstance(value, dict) else {"weight": value}
        name = rule_name(pattern, entry)
        rx = Rx(guard_gaps(pattern, "" if entry.get(NEGATION_IN_GAPS) else guard))
        rule = f"{code}.{category}.{name}"
        weight, owns = float(entry["weight"]), str(entry.get(READER_OWNS, ""))
        closed = bool(entry.get(ROLE_CLOSED, False))
        cues.append(Cue(rx, weight, category, rule, closed, source=pattern, reader_owns=owns))
    return cues


def compile_pack(code: str, data: dict[str, Any]) -> Pack:
    meta = data.get("meta", {})
    struct = data.get("structure", {})
    guard = negation_guard(struct.get("negations", []))
    cues = table_cues(code, "rejection", data.get("rejection", {}), guard)
    aside = aside_pattern(struct.get("clause_words", []))
    cues += frame_cues(code, data.get("frames", {}), guard, aside)
    lookalikes = data.get("lookalike", {}).items()
    cues += [c for cat, t in lookalikes for c in table_cues(code, cat, t, guard)]
    cues.sort(key=lambda cue: -abs(cue.weight))
    stages = data.get("stage", {})
    extract = data.get("extract", {})
    return Pack(
        code=code,
        name=str(meta.get("name", code)),
        stopwords=frozenset(meta.get("stopwords", [])),
        ascii_stopwords=frozenset(w.encode() for w in meta.get("stopwords", []) if w.isascii()),
        stopword_bytes=frozenset(w.encode() for w in meta.get("stopwords", []) if len(w) > 1),
        signoff=join(struct.get("signoffs", []), r"^[ \t>*]*(?:{})[ \t]*[,.!:;\-–]?[ \t]*$"),
        disclaimer=join(struct.get("disclaimers", []), r"^[ \t*]*{}"),
        conditional=join(struct.get("conditional", []), flags=re.I),
        hedge=join(struct.get("hedge", []), flags=re.I),
        clause_words=join(struct.get("clause_words", []), r"\b(?:{})\b", flags=re.I),
        job_context=join(struct.get("job_context", []), flags=re.I),
        weak_job_context=join(struct.get("weak_job_context", []), flags=re.I),
        process_context=join(struct.get("process_context", []), flags=re.I),
        hiring_function=join(struct.get("hiring_function", []), flags=re.I),
        contact_context=join(struct.get("contact_context", []), flags=re.I),
        manager_title=join(struct.get("manager_title", []), flags=re.I),
        chrome=_chrome_rx(struct.get("chrome", [])),
        hiring_initials=tuple(struct.get("hiring_initials", [])),
        initials_rx=_initials_rx(struct.get("hiring_initials", [])),
        initials_after=_after_rx(struct.get("hiring_initials_after", [])),
        contrast=join(struct.get("contrast", []), r"^\W*(?:{})\b", flags=re.I),
        feedback=join(struct.get("feedback", []), flags=re.I),
        prospective=(
            patterncache.compiled("(?:" + "|".join(stages["prospective"]) + r")\s*$", re.I)
            if stages.get("prospective")
            else None
        ),
        cues=tuple(cues),
        cue_index=(cue_index := cue_index_of(cues)),
        cue_needles=frozenset(cue_index),
        cue_always=tuple(i for i, cue in enumerate(cues) if not cue.rx.needles),
        cue_rest=tuple(cue.rx.needles[1:] for cue in cues),
        cue_alternatives=tuple(Alternatives.of(cue.rx) for cue in cues),
        stage={s: rx for s in STAGES if (rx := join(stages.get(s, []), flags=re.I)) is not None},
        stage_weak={
            s: rx
            for s in STAGES
            if (rx := join(stages.get("weak", {}).get(s, []), flags=re.I)) is not None
        },
        company=tuple(Rx(p, 0) for p in extract.get("company", [])),
        relay_company=tuple(Rx(p, 0) for p in extract.get("relay_company", [])),
        signature_company=tuple(Rx(p, re.M) for p in extract.get("signature_company", [])),
        role=tuple(Rx(p, 0) for p in extract.get("role", [])),
        client=tuple(Rx(p, 0) for p in extract.get("client", [])),
    )


@dataclass(frozen=True, eq=False)
class PackSet:
    """Every language's pack, and the needle index of their patterns and the extractors'."""

    packs: dict[str, Pack]
    index: NeedleIndex

    def doc(self, text: str) -> Doc:
        """``text`` prepared for searches with every pattern this set covers."""
        return Doc(text, self.index)


def pack_dirs() -> tuple[Path, ...]:
    """The bundled pack folder, then any in ``$REBOUND_LANG_DIR`` (a later file wins)."""
    extra = lang_dir()
    return (PACK_DIR, *(Path(p) for p in extra.split(os.pathsep) if p))


def lang_dir() -> str:
    """``$REBOUND_LANG_DIR`` or "": read through ``os.environ`` only.

    Why not faster: reading ``os.environ``'s private mapping saved ~1.6 us a mail (speed42),
    ~0.6 % of the cheap path, and ties the classifier to a CPython implementation detail.
    """
    return os.environ.get(LANG_DIR_ENV, "")


@functools.cache
def load_packs(dirs: tuple[Path, ...], extra: tuple[Rx, ...] = ()) -> PackSet:
    """Every ``<code>.toml`` of ``dirs``, compiled once, indexed with ``extra`` patterns.

    A language is one data file: its code is the file name. A broken pack (bad
    TOML, an unknown key, a shared rule id, a pattern ``re`` refuses) stops the load
    with a :class:`PackError` naming the file, the key and the value: a rule that
    silently never fires is worse than a message.
    """
    packs: dict[str, Pack] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")):
            packs[path.stem] = read_pack(path)
    packs = {code: packs[code] for code in sorted(packs)}
    pack_set = PackSet(packs, NeedleIndex.build([*_pack_patterns(packs.values()), *extra]))
    patterncache.save()  # the next run skips deriving what this one derived
    return pack_set


def read_pack(path: Path) -> Pack:
    """One pack file, checked (:func:`check_pack`) and compiled."""
    try:
        data = files.read_toml(path)
    except OSError as exc:
        raise PackError(f"cannot read phrase pack: {exc.strerror}", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"not valid TOML: {exc}", path=path) from None
    check_pack(path, data)
    try:
        pack = compile_pack(path.stem, data)
    except re.error as exc:
        raise PackError(f"not a valid pattern: {exc} (got {exc.pattern!r})", path=path) from None
    check_cues(path, pack.cues)
    return pack


def _pack_patterns(packs: Iterable[Pack]) -> Iterator[Rx]:
    for pack in packs:
        for value in vars(pack).values():
            if isinstance(value, Rx):
                yield value
            elif isinstance(value, dict):
                yield from (v for v in value.values() if isinstance(v, Rx))
            elif isinstance(value, tuple):
                for v in value:
                    if isinstance(v, Rx):
                        yield v
                    elif isinstance(v, Cue):
                        yield v.rx
                    elif isinstance(v, Alternatives):
                        yield from v.branches


# --------------------------------------------------------------------------- structure

WORD = re.compile(r"[^\W\d_]{2,}")
# WORD in lower-case ASCII text, as bytes: every byte but a-z made a space, then split.
# Both run in C at a few instructions a character, against ~100 for a regex over text.
_ASCII_LETTERS = bytes(b if 97 <= b <= 122 else 32 for b in range(256))
_ONE_LETTER = frozenset(bytes((b,)) for b in range(97, 123))
# The same for any text, in UTF-8: a-z and every byte of a non-ASCII character kept (the
# non-ASCII characters that are no letter are made spaces one by one: a mail holds a few).
_LETTER_BYTES = bytes(b if 97 <= b <= 122 or b >= 128 else 32 for b in range(256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTER = re.compile(r"[^\W\d_]")  # one character of WORD
# Runs of odd space → one plain space; a lone plain space is left alone (most text is
# words and single spaces: replacing each by itself made this the slowest step). Spelled
# as "a space, then more or none if it was odd" (the same matches as "S{2,}|odd"): a
# pattern that opens with a class lets re skip to the next space in C; the alternation
# was tried at every character (issue 11: 2.4× slower over text that is not ASCII).
_SPACES = r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]"
_ODD_SPACE = r"[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]"
SPACE = re.compile(f"{_SPACES}(?:{_SPACES}+|(?<={_ODD_SPACE}))")
_LINE_EDGE = re.compile(r" \n ?|\n ")
_DASH_SIG = re.compile(r"^--$", re.M)
SIG_DELIM = re.compile(r"^(?:-- ?|__+|—+)$", re.M)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.M)
_BLANKS = re.compile(r"\n\n\n+")
_FIRST_LINES = 2  # a sign-off needs some body before it


def _double_spaced(text: str) -> bool:
    """Whether every line break is a blank line and three or more of them are wraps."""
    return (
        text.count("\n\n") >= 3
        and "\n" not in text.replace("\n\n", "")
        and len(DOUBLE_WRAP.findall(text)) >= 3
    )


def normalise(text: str) -> str:
    """One kind of space, no spaces at line edges, at most one blank line in a row.

    Each regex runs only when a substring test (far cheaper on long text) says
    it has something to do.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")  # a soft hyphen splits a word only on screen
    if not text.isascii() or any(c in text for c in ("  ", "\t", "\f", "\v")):
        text = SPACE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip()


def ascii_words(low: str) -> set[bytes]:
    """The distinct words ``WORD`` finds in lower-case ASCII ``low``, as bytes: the runs of
    a-z, less the one-letter ones."""
    words = set(low.encode().translate(_ASCII_LETTERS).split())
    words -= _ONE_LETTER
    return words


def utf8_words(low: str) -> set[bytes]:
    """The distinct runs of letters (``WORD``'s characters) of ``low``, UTF-8 encoded, one-letter
    ones included: half the cost of ``WORD.findall`` over text with accents or typographic
    quotes (issue 11)."""
    spaced = low.encode().translate(_LETTER_BYTES)
    for ch in set(_NON_ASCII.findall(low)):
        if _LETTER.match(ch) is None:
            spaced = spaced.replace(ch.encode(), b" ")  # UTF-8: found only where ch is
    return set(spaced.split())


# A mail is in a second language too when that language's stop-words cover at least half as
# many distinct words of it as the first's, and this many: a half-translated catalogue's mail
# (English fallbacks around a translated refusal; issue 11, dev rplaybook/nl), a bilingual
# letter. The classifier reads that language only for an English mail (``classify._read``).
SECOND_LANGUAGE_SHARE = 0.5
SECOND_LANGUAGE_WORDS = 6


def detect_languages(
    packs: dict[str, Pack], text: str, default: str = DEFAULT_LANGUAGE
) -> tuple[str, str | None]:
    """The pack whose stop-words cover most distinct words of ``text`` (first 3000 chars), and
    the runner-up when the mail is in two languages (:data:`SECOND_LANGUAGE_SHARE`), else None."""
    best, best_count = default, 0
    second, second_count = None, 0
    for code, count in stopword_counts(packs, text):
        if count > best_count or (count == best_count and code == default):
            if best_count > second_count:
                second, second_count = best, best_count
            best, best_count = code, count
        elif count > second_count:
            second, second_count = code, count
    if second_count < SECOND_LANGUAGE_WORDS or second_count < SECOND_LANGUAGE_SHARE * best_count:
        second = None
    return best, second


def stopword_counts(packs: dict[str, Pack], text: str) -> list[tuple[str, int]]:
    """Per pack, how many distinct words of ``text`` (first 3000 chars) are its stop-words."""
    low = text[:3000].lower()
    ascii = low.isascii()
    words = ascii_words(low) if ascii else utf8_words(low)
    return [
        (code, len(words & (p.ascii_stopwords if ascii else p.stopword_bytes)))
        for code, p in packs.items()
    ]


def detect_language(packs: dict[str, Pack], text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The pack whose stop-words cover most distinct words of ``text`` (first 3000 chars)."""
    return detect_languages(packs, text, default)[0]


def ends_body(line: str, above: str) -> bool:
    """Does ``line``, one line of :func:`split`'s input below ``above``, end the body?

    It does when, normalised, it opens the quoted history (the one quotation cutter says
    so; a bare "--" is masked from it) or is the signature delimiter :func:`split` takes:
    the first one, not on the text's first line. :func:`normalise` changes a line's own
    spaces and soft hyphens and never joins two lines, so a line reads alone as it reads
    in the whole text. The cheap path cuts its decision text there
    (:func:`agent.classify.newest.newest_text`).
    """
    one = normalise(line)
    if one != "--" and not newest_lines(one):
        return True
    if SIG_DELIM.match(one) is None:
        return False
    lead = normalise(above)
    return bool(lead) and SIG_DELIM.match(lead) is None


def split(packs: dict[str, Pack], text: str, language: str | None) -> tuple[str, str, str]:
    """Text → (body, signature, quoted history), each normalised.

    The quoted history starts where the one quotation cutter (``agent.mail.quoting``,
    every language's markers) says; sign-offs and disclaimers of the mail's language
    and English close the body.
    """
    text = normalise(text)
    if _double_spaced(text):
        text = DOUBLE_WRAP.sub("\n", text)  # double-spaced: its blank lines are wraps
    low = text.lower()
    # The cutter also stops at a "--" signature line; here the signature is kept
    # apart from the history (it names the sender), so that line is masked for it.
    masked = _DASH_SIG.sub("——", text) if "--" in text else text
    cut = len("\n".join(newest_lines(masked)))
    head, quoted = text[:cut], text[cut:]
    if ">" in head:
        head = _QUOTED_LINE.sub("", head)
    end = len(head)
    at = line_search(SIG_DELIM, head, 0, end)
    if at:
        end = at
    first = 0
    for _ in range(_FIRST_LINES):
        nxt = head.find("\n", first)
        if nxt < 0:
            first = len(head)
            break
        first = nxt + 1
    hlow = low[: len(head)] if len(head) == cut else head.lower()
    codes = dict.fromkeys((language or DEFAULT_LANGUAGE, DEFAULT_LANGUAGE))
    for pack in (packs[c] for c in codes if c in packs):
        for rx in (pack.signoff, pack.disclaimer):
            if rx is not None and rx.possible(hlow):
                at = line_search(rx.rx, head, first, end)
                if at is not None:
                    end = at
    return head[:end].strip(), head[end:].strip(), quoted.strip()
