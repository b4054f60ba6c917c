"""Message → :class:`Verdict`: is this a rejection of the user's job application?

Offline, rule-based and explainable. The rules are data: one phrase pack per
language in ``agent/data/lang/<code>.toml`` (decision phrases with weights,
look-alike evidence per category, stage cues, quote and sign-off markers).
This module knows mail *structure* (newest part, signature, headers) and the
ATS landscape (which sender domains are systems, not employers).

How a verdict is reached, each step leaving a line in ``reasons``:

1. mail the user sent (a forward or reply quoting a rejection) is never one;
2. the text is cut into the newest part, the signature and quoted history;
3. the language is guessed from stop-words; its pack plus English apply;
4. rejection cues add weight; look-alike cues (interview invitation, offer,
   acknowledgement, newsletter, ...) subtract it; a cue inside a hypothetical
   sentence ("if you don't hear from us, ...") does not count; header signals
   (bulk mail, auto-replies) and a missing job context subtract more;
5. a rejection needs one *decision* cue and a total above the threshold.
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.mail.parse import Message

log = logging.getLogger(__name__)

PACK_DIR = Path(__file__).parent / "data" / "lang"
DEFAULT_LANGUAGE = "en"
MAX_TEXT_CHARS = 20_000  # what is read of a mail at all: decisions sit near the top
MAX_BODY_CHARS = 6_000  # what is searched for cues once history and signature are cut
MAX_SIG_CHARS = 2_000  # signature and footer: names, addresses, "do not reply"
DECISION_WEIGHT = 2.0  # a rejection cue this heavy is a decision on its own
THRESHOLD = 2.0  # total evidence needed for "rejection"
STAGES = ("final", "interview", "screen", "unknown", "application")


# --------------------------------------------------------------------------- verdict


@dataclass(frozen=True)
class Verdict:
    """What :func:`classify` decided about one message, and why."""

    is_rejection: bool
    score: float
    stage: str | None
    company: str | None
    role: str | None
    contact_name: str | None
    reply_address: str | None
    noreply: bool
    language: str
    reasons: tuple[str, ...]
    category: str | None = None

    @classmethod
    def without_details(cls, reason: str, category: str, score: float) -> Verdict:
        """Not a rejection, decided before any detail was looked for."""
        return cls(
            is_rejection=False,
            score=score,
            stage=None,
            company=None,
            role=None,
            contact_name=None,
            reply_address=None,
            noreply=False,
            language=DEFAULT_LANGUAGE,
            reasons=(reason,),
            category=category,
        )

    def as_json(self) -> dict[str, object]:
        """The ``classify --json`` fields of INTERFACE.md, except source and message_id."""
        return {
            "is_rejection": self.is_rejection,
            "score": round(self.score, 3),
            "stage": self.stage,
            "company": self.company,
            "role": self.role,
            "contact_name": self.contact_name,
            "reply_address": self.reply_address,
            "noreply": self.noreply,
            "language": self.language,
            "reasons": list(self.reasons),
            "category": self.category,
        }


# --------------------------------------------------------------------------- fast regexes

# Words too common to be worth a pre-test: a needle should be rare in mail.
_COMMON = frozenset(
    [
        "your",
        "you",
        "the",
        "not",
        "have",
        "has",
        "this",
        "been",
        "will",
        "with",
        "for",
        "our",
        "and",
        "are",
        "was",
        "were",
        "that",
        "to",
        "of",
        "in",
        "ihr",
        "ihre",
        "sie",
        "nicht",
        "wir",
        "unsere",
        "und",
        "der",
        "die",
        "das",
        "den",
        "ein",
        "eine",
        "votre",
        "vous",
        "nous",
        "pas",
        "les",
        "des",
        "une",
        "est",
        "su",
        "sus",
        "usted",
        "no",
        "nos",
        "los",
        "las",
        "una",
        "el",
        "la",
        "uw",
        "je",
        "niet",
        "wij",
        "onze",
        "het",
        "een",
        "de",
    ]
)


def _sre_constants() -> Any:
    """The regex parser's op codes: a private module, used only to derive pre-tests."""
    from re import _constants  # type: ignore[attr-defined]  # noqa: PLC0415

    return _constants


def _sre_parser() -> Any:
    from re import _parser  # type: ignore[attr-defined]  # noqa: PLC0415

    return _parser


def _needle_key(alts: tuple[str, ...]) -> tuple[bool, int, int]:
    return (not any(a in _COMMON for a in alts), min(len(a) for a in alts), -len(alts))


def _ends_nonword(seq: Any) -> bool:
    """Whether every match of ``seq`` ends with a non-word character (a space, a dot)."""
    c = _sre_constants()

    if not seq:
        return False
    op, av = list(seq)[-1]
    if op is c.LITERAL:
        ch = chr(av)
        return not (ch.isalnum() or ch == "_")
    if op is c.IN:
        return all(
            (o is c.LITERAL and not (chr(a).isalnum() or chr(a) == "_"))
            or (o is c.CATEGORY and a in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD))
            for o, a in av
        )
    if op is c.SUBPATTERN:
        return _ends_nonword(av[3])
    if op is c.BRANCH:
        return all(_ends_nonword(branch) for branch in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _ends_nonword(av[2])
    return False


def _leading_word(seq: Any) -> str | None:
    """The word characters a match of ``seq`` starts with ("" if none); None if unknown."""
    c = _sre_constants()

    out: list[str] = []
    for op, av in seq:
        if op is not c.LITERAL:
            return "".join(out) if out else None
        ch = chr(av).lower()
        if not (ch.isalnum() or ch == "_"):
            return "".join(out)
        out.append(ch)
    return "".join(out)


def _glued_branch(run: str, run_start: bool, branches: Any) -> tuple[str, ...] | None:
    """Needles for "l(ike|ove)": the parser factors common prefixes out of alternations."""
    m = re.search(r"\w+$", run)
    if m is None or not (m.start() > 0 or run_start):
        return None
    words = []
    for branch in branches:
        lead = _leading_word(branch)
        if lead is None:
            return None
        words.append(m.group() + lead)
    if any(len(w) < 2 for w in words):
        return None
    return tuple(sorted(set(words)))


def _needle_groups(seq: Any, at_word_start: bool = True) -> list[tuple[str, ...]]:
    """Literal groups a match of the parsed regex ``seq`` must contain (one of each group).

    Walks the ``re._parser`` tree: literal runs give words, groups recurse,
    alternations give the union of their branches' best literals, optional
    parts give nothing. Only words that provably start at a word boundary are
    kept (the index looks for needles at word starts). Used only as a
    pre-test, so leaving a group out is always safe.
    """
    c = _sre_constants()

    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    run_start = ws = at_word_start

    def flush() -> None:
        text = "".join(run)
        for m in re.finditer(r"\w+", text):
            if (m.start() > 0 or run_start) and len(m.group()) >= 2:
                groups.append((m.group(),))
        run.clear()

    prev_run: str = ""
    prev_run_start = False
    for op, av in seq:
        if op is c.LITERAL:
            ch = chr(av).lower()
            if not run:
                run_start = ws
            run.append(ch)
            ws = not (ch.isalnum() or ch == "_")
            continue
        prev_run, prev_run_start = "".join(run), run_start
        flush()
        if op is c.AT:
            if av in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING):
                ws = True
            continue
        if op is c.SUBPATTERN:
            groups.extend(_needle_groups(av[3], ws))
            ws = _ends_nonword(av[3])
        elif op is c.BRANCH:
            glued = _glued_branch(prev_run, prev_run_start, av[1])
            if glued:
                groups.append(glued)
            best: list[tuple[str, ...]] = []
            for branch in av[1]:
                sub = _needle_groups(branch, ws)
                if not sub:
                    best = []
                    break
                best.append(max(sub, key=_needle_key))
            if best:
                groups.append(tuple(sorted({lit for alt in best for lit in alt})))
            ws = all(_ends_nonword(branch) for branch in av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                groups.extend(_needle_groups(av[2], ws))
                ws = _ends_nonword(av[2])
            else:
                ws = ws and _ends_nonword(av[2])
        elif op is c.IN:
            ws = _ends_nonword([(op, av)])
        else:
            ws = False
    flush()
    return groups


_REGISTRY: list[Rx] = []  # every Rx made, so the needle index can cover them all


def _lead_literals(seq: Any) -> frozenset[str] | None:
    """Literals one of which every match of ``seq`` *starts* with; None if unknown."""
    c = _sre_constants()

    run: list[str] = []
    for op, av in seq:
        if op is c.LITERAL:
            ch = chr(av).lower()
            if not (ch.isalnum() or ch == "_"):
                break
            run.append(ch)
            continue
        if run:
            break
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero-width: \b, ^, a look-behind - checked when the match is tried
        if op is c.SUBPATTERN:
            return _lead_literals(av[3])
        if op is c.BRANCH:
            leads = [_lead_literals(branch) for branch in av[1]]
            if not leads or any(lead is None for lead in leads):
                return None
            return frozenset().union(*(lead for lead in leads if lead))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _lead_literals(av[2])
        return None
    word = "".join(run)
    return frozenset((word,)) if len(word) >= 2 else None


class Rx:
    """A compiled regex with a literal pre-test and, when it can, anchored search.

    ``needles`` are groups of lower-case literals: a text can only match if it
    contains one literal of every group. ``lead`` are literals every match
    starts with. With a :class:`Doc` (which finds every needle of every pattern
    in one pass) a pattern that cannot match costs a few set look-ups, and one
    that can is tried only where its leading word occurs, instead of at every
    position. This keeps classification at thousands of messages per second
    with hundreds of patterns.
    """

    __slots__ = ("indexed", "lead", "lead_words", "needles", "pattern", "rx")

    def __init__(self, pattern: str, flags: int = re.I) -> None:
        self.pattern = pattern
        self.rx = re.compile(pattern, flags)
        self.indexed = False
        try:
            parsed = _sre_parser().parse(pattern, flags)
            groups = _needle_groups(parsed)
            lead = _lead_literals(parsed)
        except Exception:
            groups, lead = [], None
        unique = list(dict.fromkeys(groups))
        unique.sort(key=_needle_key, reverse=True)
        self.needles: tuple[frozenset[str], ...] = tuple(frozenset(g) for g in unique[:3])
        self.lead: frozenset[str] | None = lead
        # The indexed needles a word starting with a ``lead`` literal is found under
        # (set once the index is built, so a search need not work it out each time).
        self.lead_words: tuple[str, ...] = ()
        _REGISTRY.append(self)

    def possible(self, low: str) -> bool:
        """The substring pre-test, for text without a :class:`Doc`."""
        return all(any(n in low for n in group) for group in self.needles)

    def search(
        self, text: str | Doc, low: str | None = None, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        if isinstance(text, Doc):
            if not self.indexed or not text.aligned:
                return next(self.finditer(text, start=start, end=end), None)
            present = text.present
            for group in self.needles:
                if present.isdisjoint(group):
                    return None
            end = len(text.text) if end is None else end
            if self.lead is not None:
                return next(self._anchored(text, start, end), None)
            if self.rx.flags & re.M and self.pattern.startswith("^"):
                # A line-anchored pattern: jump from newline to newline.
                at = _line_search(self.rx, text.text, start, end)
                return None if at is None else self.rx.match(text.text, at, end)
            return self.rx.search(text.text, start, end)
        if not self.possible(text.lower() if low is None else low):
            return None
        return self.rx.search(text)

    def finditer(
        self, text: str | Doc, low: str | None = None, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        if not isinstance(text, Doc):
            if not self.possible(text.lower() if low is None else low):
                return iter(())
            return self.rx.finditer(text)
        doc = text
        end = len(doc.text) if end is None else end
        if not self.indexed or not doc.aligned:
            if not self.possible(doc.low[start:end]):
                return iter(())
            return self.rx.finditer(doc.text, start, end)
        present = doc.present
        for group in self.needles:
            if present.isdisjoint(group):
                return iter(())
        if self.lead is None:
            return self.rx.finditer(doc.text, start, end)
        return self._anchored(doc, start, end)

    def _anchored(self, doc: Doc, start: int, end: int) -> Iterator[re.Match[str]]:
        found = doc.found
        runs = [found[w] for w in self.lead_words if w in found]
        if not runs:
            return
        # Each position is filed under one needle only, so the runs are disjoint.
        positions = runs[0] if len(runs) == 1 else sorted([p for run in runs for p in run])
        match, text = self.rx.match, doc.text
        after = start
        for i in range(bisect.bisect_left(positions, start), len(positions)):
            pos = positions[i]
            if pos >= end:
                break
            if pos < after:
                continue
            m = match(text, pos, end)
            if m is not None:
                after = max(m.end(), pos + 1)
                yield m


def _trie(words: Iterable[str]) -> str:
    """One regex matching the longest of ``words`` at a position (a trie, not an alternation)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        out = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            out = f"(?:{out})?"
        return out

    return build(root)


@dataclass(frozen=True)
class _NeedleIndex:
    finder: re.Pattern[str]  # the longest needle at each word start, after a non-word char
    prefixes: dict[str, frozenset[str]]  # needle -> the needles it starts with (itself too)


@functools.cache
def _needle_index() -> _NeedleIndex:
    """The needles of every pattern as one trie regex, built once on first use."""
    _packs()
    needles: set[str] = set()
    for rx in _REGISTRY:
        for group in rx.needles:
            needles.update(group)
        if rx.lead:
            needles.update(rx.lead)
    needles.discard("")
    prefixes = {n: frozenset(n[:k] for k in range(1, len(n) + 1)) & needles for n in needles}
    longer: dict[str, list[str]] = {}
    for n, heads in prefixes.items():
        for head in heads:
            longer.setdefault(head, []).append(n)
    extensions = {n: tuple(sorted(v)) for n, v in longer.items()}
    for rx in _REGISTRY:
        rx.indexed = True
        if rx.lead:
            rx.lead_words = tuple(sorted({w for n in rx.lead for w in extensions.get(n, ())}))
    # "\W" first (the text gets a leading space): the engine skips to the next non-word
    # character in C instead of trying a word boundary at every position. Consuming the
    # needle loses nothing: the next needle starts after another non-word character.
    return _NeedleIndex(re.compile(rf"\W({_trie(needles)})"), prefixes)


class Doc:
    """A text prepared for many :class:`Rx` searches: which needles occur, and where."""

    __slots__ = ("aligned", "found", "low", "present", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self.aligned = len(self.low) == len(text)
        index = _needle_index()
        found: dict[str, list[int]] = {}
        # A match starts at the non-word character before the needle: in the text
        # without the leading space, that is where the needle starts.
        for m in index.finder.finditer(" " + self.low):
            found.setdefault(m[1], []).append(m.start())
        self.found = found  # needle -> where the words it is the longest needle of start
        prefixes = index.prefixes
        self.present: frozenset[str] = frozenset().union(*(prefixes[n] for n in found))


def _join(patterns: Iterable[str], template: str = "{}", flags: int = re.I | re.M) -> Rx | None:
    parts = [f"(?:{template.format(p)})" for p in patterns if p]
    return Rx("|".join(parts), flags) if parts else None


# --------------------------------------------------------------------------- packs


@dataclass(frozen=True)
class _Cue:
    """One weighted pattern of a pack; a reason quotes the text it matched."""

    rx: Rx
    weight: float
    category: str  # "rejection" or the look-alike category


@dataclass
class _Pack:
    code: str
    name: str
    stopwords: frozenset[str]
    quote: Rx | None
    signoff: Rx | None
    disclaimer: Rx | None
    conditional: Rx | None
    job_context: Rx | None
    weak_job_context: Rx | None
    contrast: Rx | None
    feedback: Rx | None  # words of a debrief: an offer to talk after a no is no invitation
    prospective: re.Pattern[str] | None
    cues: tuple[_Cue, ...]  # heaviest first
    cue_index: dict[str, tuple[int, ...]] = field(default_factory=dict)  # needle -> cues
    cue_always: tuple[int, ...] = ()  # cues without a needle: always tried
    cue_needles: frozenset[str] = frozenset()  # the keys of cue_index
    stage: dict[str, Rx] = field(default_factory=dict)
    stage_weak: dict[str, Rx] = field(default_factory=dict)
    company: tuple[Rx, ...] = ()
    signature_company: tuple[Rx, ...] = ()
    role: tuple[Rx, ...] = ()
    client: tuple[Rx, ...] = ()  # the employer an agency or job board names


def _cue_index(cues: list[_Cue]) -> dict[str, tuple[int, ...]]:
    """Needle -> the cues whose most selective needle group holds it."""
    index: dict[str, list[int]] = {}
    for i, cue in enumerate(cues):
        if cue.rx.needles:
            for needle in cue.rx.needles[0]:
                index.setdefault(needle, []).append(i)
    return {k: tuple(v) for k, v in index.items()}


def _compile_pack(code: str, data: dict[str, Any]) -> _Pack:
    meta = data.get("meta", {})
    struct = data.get("structure", {})
    cues = [_Cue(Rx(p), float(w), "rejection") for p, w in data.get("rejection", {}).items()]
    for category, table in data.get("lookalike", {}).items():
        cues.extend(_Cue(Rx(p), float(w), category) for p, w in table.items())
    cues.sort(key=lambda cue: -abs(cue.weight))
    stages = data.get("stage", {})
    extract = data.get("extract", {})
    return _Pack(
        code=code,
        name=str(meta.get("name", code)),
        stopwords=frozenset(meta.get("stopwords", [])),
        quote=_join(struct.get("quote_headers", []), "^[ \t>*]*{}"),
        signoff=_join(struct.get("signoffs", []), r"^[ \t>*]*(?:{})[ \t]*[,.!:;\-–]?[ \t]*$"),
        disclaimer=_join(struct.get("disclaimers", []), r"^[ \t*]*{}"),
        conditional=_join(struct.get("conditional", []), flags=re.I),
        job_context=_join(struct.get("job_context", []), flags=re.I),
        weak_job_context=_join(struct.get("weak_job_context", []), flags=re.I),
        contrast=_join(struct.get("contrast", []), r"^\W*(?:{})\b", flags=re.I),
        feedback=_join(struct.get("feedback", []), flags=re.I),
        prospective=(
            re.compile("(?:" + "|".join(stages["prospective"]) + r")\s*$", re.I)
            if stages.get("prospective")
            else None
        ),
        cues=tuple(cues),
        cue_index=(cue_index := _cue_index(cues)),
        cue_needles=frozenset(cue_index),
        cue_always=tuple(i for i, cue in enumerate(cues) if not cue.rx.needles),
        stage={s: rx for s in STAGES if (rx := _join(stages.get(s, []), flags=re.I)) is not None},
        stage_weak={
            s: rx
            for s in STAGES
            if (rx := _join(stages.get("weak", {}).get(s, []), flags=re.I)) is not None
        },
        company=tuple(Rx(p, 0) for p in extract.get("company", [])),
        signature_company=tuple(Rx(p, re.M) for p in extract.get("signature_company", [])),
        role=tuple(Rx(p, 0) for p in extract.get("role", [])),
        client=tuple(Rx(p, 0) for p in extract.get("client", [])),
    )


@functools.cache
def _packs() -> dict[str, _Pack]:
    """Every phrase pack, compiled once on first use (never at import)."""
    packs: dict[str, _Pack] = {}
    for path in sorted(PACK_DIR.glob("*.toml")):
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
            packs[path.stem] = _compile_pack(path.stem, data)
        except (OSError, tomllib.TOMLDecodeError, re.error) as exc:
            log.error("phrase pack %s is unusable and was skipped: %s", path, exc)
    return packs


def languages() -> tuple[str, ...]:
    """The language codes that have a phrase pack."""
    return tuple(_packs())


# --------------------------------------------------------------------------- structure

_WORD = re.compile(r"[^\W\d_]{2,}")
# Runs of odd space → one plain space; a lone plain space is left alone (most text is
# words and single spaces: replacing each by itself made this the slowest step).
_SPACE = re.compile(
    r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]{2,}"
    r"|[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]"
)
_LINE_EDGE = re.compile(r" \n ?|\n ")
_SIG_DELIM = re.compile(r"^(?:-- ?|__+|—+)$", re.M)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.M)
_BLANKS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=[-•*] )|\n(?=[A-Z][^\n]{0,40}\n)")
_FIRST_LINES = 2  # a sign-off needs some body before it


def _normalise(text: str) -> str:
    """One kind of space, no spaces at line edges, at most one blank line in a row.

    Each regex runs only when a substring test (far cheaper on long text) says
    it has something to do.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() or any(c in text for c in ("  ", "\t", "\f", "\v")):
        text = _SPACE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip()


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The pack whose stop-words cover most distinct words of ``text`` (first 3000 chars)."""
    words = set(_WORD.findall(text[:3000].lower()))
    best, best_count = default, 0
    for code, pack in _packs().items():
        count = len(words & pack.stopwords)
        if count > best_count or (count == best_count and code == default):
            best, best_count = code, count
    return best


@functools.cache
def _after_newline(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A multi-line ``^…`` pattern as ``\n…``.

    Python's regex engine tries ``^`` at every position of a long text; with a
    leading newline it skips from newline to newline, many times faster.
    """
    # "^[ \t>*]*^On …" is "^On …": the second "^" allows no prefix at all.
    body = rx.pattern.replace("(?:^[ \t>*]*^", "(?:^")
    body = re.sub(r"(^|\|)\(\?:\^", r"\1(?:", body)  # "(?:^a)|(?:^b)" → "(?:a)|(?:b)"
    if body.startswith("^"):
        body = body[1:]
    if "^" in body.replace("[^", "").replace("\\^", ""):
        return None  # a "^" inside: leave it to the plain search
    return re.compile("\n(?:" + body + ")", rx.flags)


def _line_search(rx: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the first match of a ``^``-anchored multi-line pattern in ``text[start:end]`` starts.

    The same answer as ``rx.search(text, start, end).start()``, found faster.
    """
    if start == 0 or text[start - 1] == "\n":
        m = rx.match(text, start, end)
        if m is not None:
            return start
    fast = _after_newline(rx)
    if fast is None:
        m = rx.search(text, start, end)
        return None if m is None else m.start()
    m = fast.search(text, start, end)
    return None if m is None else m.start() + 1


def _split(text: str, language: str | None) -> tuple[str, str, str]:
    """Text → (body, signature, quoted history), each normalised.

    Quote markers of every pack are honoured (a German reply may quote English
    mail); sign-offs and disclaimers of the mail's language and English close
    the body.
    """
    text = _normalise(text)
    low = text.lower()
    packs = _packs()
    cut = len(text)
    for pack in packs.values():
        if pack.quote is not None and pack.quote.possible(low):
            at = _line_search(pack.quote.rx, text, 0, cut)
            if at is not None:
                cut = at
    head, quoted = text[:cut], text[cut:]
    if ">" in head:
        head = _QUOTED_LINE.sub("", head)
    end = len(head)
    at = _line_search(_SIG_DELIM, head, 0, end)
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
                at = _line_search(rx.rx, head, first, end)
                if at is not None:
                    end = at
    return head[:end].strip(), head[end:].strip(), quoted.strip()


def newest_part(text: str, language_hint: str | None = None) -> str:
    """The newest part of a mail body: quoted history, signature and legal footer removed.

    Only what the sender wrote this time carries their decision; a quoted
    rejection in a reply or forward is someone else's older mail.
    """
    try:
        text = (text or "")[:MAX_TEXT_CHARS]
        return _split(text, language_hint or detect_language(text))[0]
    except Exception:
        log.exception("newest_part failed; returning the text unchanged")
        return text


# --------------------------------------------------------------------------- senders

ATS_DOMAINS = frozenset(
    [
        "myworkday.com",
        "myworkdayjobs.com",
        "workday.com",
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "hire.lever.co",
        "icims.com",
        "smartrecruiters.com",
        "jobvite.com",
        "taleo.net",
        "ashbyhq.com",
        "teamtailor.com",
        "teamtailor-mail.com",
        "personio.de",
        "personio.com",
        "recruitee.com",
        "bamboohr.com",
        "brassring.com",
        "successfactors.com",
        "successfactors.eu",
        "sapsf.com",
        "workable.com",
        "workablemail.com",
        "breezy.hr",
        "breezyhr.com",
        "jazzhr.com",
        "applytojob.com",
        "paylocity.com",
        "paycomonline.com",
        "paycom.com",
        "ultipro.com",
        "ukg.com",
        "adp.com",
        "comeet-notifications.com",
        "comeet.co",
        "gem.com",
        "candidatecare.com",
        "clinchtalent.com",
        "phenompeople.com",
        "phenom.com",
        "eightfold.ai",
        "avature.net",
        "oraclecloud.com",
        "taleo.com",
        "pinpointhq.com",
        "homerun.co",
        "join.com",
        "softgarden.io",
        "softgarden.de",
        "rexx-systems.com",
        "dvinci.de",
        "d-vinci.de",
        "umantis.com",
        "jobylon.com",
        "hibob.com",
        "rippling.com",
        "dover.com",
        "trakstar.com",
        "hirebridge.com",
        "hiringthing.com",
        "zohorecruit.com",
        "freshteam.com",
        "manatal.com",
        "recruiterbox.com",
        "hireology.com",
        "bullhorn.com",
        "jobdiva.com",
        "cornerstoneondemand.com",
        "csod.com",
        "welcomekit.co",
        "flatchr.io",
        "talentsoft.com",
        "beetween.com",
        "kenjo.io",
        "factorial.co",
        "otys.nl",
        "recruitnow.nl",
        "homerun.team",
        "polymer.co",
        "wellfound.com",
        "hirehive.com",
        "jobscore.com",
        "recruitcrm.io",
        "teamtailor.eu",
        "personio-mail.com",
        "bamboohr-mail.com",
        "ashby.io",
        "usastaffing.gov",
    ]
)
# Senders that are machines even without "noreply" in the address.
SYSTEM_DOMAINS = frozenset(
    [
        "myworkday.com",
        "brassring.com",
        "taleo.net",
        "taleo.com",
        "successfactors.com",
        "successfactors.eu",
        "sapsf.com",
        "candidatecare.com",
        "clinchtalent.com",
        "oraclecloud.com",
        "avature.net",
        "phenompeople.com",
        "eightfold.ai",
    ]
)
PLATFORM_DOMAINS = {
    "linkedin.com": "LinkedIn", "indeed.com": "Indeed", "indeedemail.com": "Indeed",
    "ziprecruiter.com": "ZipRecruiter", "glassdoor.com": "Glassdoor", "stepstone.de": "StepStone",
    "xing.com": "XING", "monster.com": "Monster", "dice.com": "Dice", "usajobs.gov": "USAJOBS",
    "welcometothejungle.com": "Welcome to the Jungle", "otta.com": "Otta",
    "infojobs.net": "InfoJobs", "indeed.de": "Indeed", "indeed.fr": "Indeed",
    "nationalevacaturebank.nl": "Nationale Vacaturebank", "apec.fr": "Apec",
    "join.com": "JOIN", "hellowork.com": "HelloWork", "hellowork-mail.com": "HelloWork",
    "infojobs.com": "InfoJobs", "werkzoeken.nl": "Werkzoeken", "indeed.nl": "Indeed",
    "indeed.es": "Indeed", "stepstone.fr": "StepStone", "welcometothejungle.co": "WTTJ",
}  # fmt: skip
FREEMAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "proton.me",
        "protonmail.com",
        "mail.com",
        "yandex.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "hotmail.fr",
        "yahoo.fr",
        "t-online.de",
        "ziggo.nl",
        "kpnmail.nl",
        "fastmail.com",
        "hey.com",
        "outlook.de",
        "outlook.fr",
        "yahoo.es",
        "hotmail.es",
        "telefonica.net",
    ]
)
_NOREPLY_LOCAL = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|ne[-_.]?pas[-_.]?r[eé]pondre"
    r"|nepasrepondre|nicht[-_.]?antworten|noantwort|no[-_.]?responder|niet[-_.]?beantwoorden"
    r"|mailer[-_.]?daemon|postmaster|bounces?\b|^notifications?\b|^notify\b|^alerts?\b"
    r"|^automated|^auto[-_.]?(reply|mail|mailer)|^system\b|^svc[-_.]|^workday\b|\+autoreply"
    r"|^enterprise$|^invitations?$|^mailer$|^news(letter)?\b|^marketing\b|^digest\b",
    re.I,
)
_NOREPLY_TEXT = tuple(
    Rx(p)
    for p in (
        r"(do not|don.t|please do not|please don.t) (reply|respond)( directly)? (to|on)",
        r"(mailbox|inbox|address|e-?mail( box)?|account) (is|are) not (being )?"
        r"(monitored|checked|read|attended)",
        r"(unmonitored|not monitored|unattended) (mailbox|inbox|address|e-?mail)",
        r"(reply|replies|responses?) to this (e-?mail|message|address) "
        r"(will not|won.t|are not|cannot|can.t)",
        r"(this|it) is an? (automated|automatic|system.generated|auto.generated"
        r"|automatically generated) (message|e-?mail|notification)",
        r"(is|was) automatically generated",
        r"(nicht|keine) (direkt )?auf diese (e-?mail|nachricht) (antworten|zu antworten)",
        r"antworten sie nicht|automatisch (generiert|erstellt|versendet)",
        r"ne (pas )?r[ée]pondre|ne répondez pas|message (automatique|généré automatiquement)",
        r"no (responda|conteste|responder) a este|mensaje (automático|generado automáticamente)",
        r"niet (op deze (e-?mail|mail|bericht) )?(beantwoorden|antwoorden|reageren)",
        r"automatisch (gegenereerd|verzonden)",
    )
)
_LEGAL = re.compile(
    r"[,\s]+(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|se|sa|s\.a|sas|sarl|s\.l|sl|bv|b\.v"
    r"|nv|n\.v|plc|corp|corporation|co|company|kg|ohg|ug|pty|oy|ab|srl|spa|group|holdings?"
    r"|mbh|e\.v|ev)\.?$",
    re.I,
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Words that end an organisation name when they follow it ("Acme Careers").
_ORG_TAIL = re.compile(
    r"(?:[\s,\-–|:]+|^)\b(careers?|jobs?|recruit(?:ing|ment|er|ers)?|talent|hiring|hr|h\.r\."
    r"|human resources|people|team|workday|notifications?|karriere|recrutement|reclutamiento"
    r"|selecci[oó]n|werving|vacatures|applications?|staffing|acquisition|do ?not ?reply|no-?reply"
    r"|donotreply|personal(abteilung)?|bewerbermanagement|rh|rrhh|ressources humaines"
    r"|recursos humanos|application|employment|processing|update|status|thanks?|thank you"
    r"|office|service|services team|portal|system|mailer|noreply|via|drh|p&o|personalwesen"
    r"|talents)\b.*$",
    re.I,
)
_ORG_HEAD = re.compile(
    r"^(?:the|my|team|careers?( at)?|jobs?( at)?|donotreply|noreply|no-reply|workday|mail"
    r"|myworkday|hr|rh|drh|rrhh|p&o|l'équipe|el equipo( de)?|het team( van)?|das team( von| der)?"
    r"|équipe|equipo|team|talents?|recrutement|recruitment|recruiting|personal(?:wesen|abteilung)?"
    r"|selecci[oó]n|recursos humanos|ressources humaines|afdeling|personeelszaken|hiring( at)?)"
    r"(?=[\s_\-@|:]|$)[\s_\-@|:]*",
    re.I,
)
_NOT_COMPANY = frozenset(
    [
        "the",
        "us",
        "our",
        "we",
        "you",
        "your",
        "this",
        "that",
        "team",
        "hiring",
        "recruiting",
        "talent",
        "careers",
        "hr",
        "unfortunately",
        "thank",
        "thanks",
        "hello",
        "hi",
        "dear",
        "application",
        "applications",
        "candidate",
        "position",
        "role",
        "job",
        "jobs",
        "interview",
        "company",
        "organization",
        "organisation",
        "opportunity",
        "opportunities",
        "update",
        "status",
        "re",
        "fwd",
        "human",
        "resources",
        "people",
        "recruitment",
        "recruiter",
        "talent",
        "acquisition",
        "dear",
        "candidate",
        "regards",
        "sincerely",
        "best",
        "kind",
        "workday",
        "greenhouse",
        "lever",
        "icims",
        "jobvite",
        "smartrecruiters",
        "taleo",
        "ashby",
        "teamtailor",
        "personio",
        "recruitee",
        "bamboohr",
        "workable",
        "via",
        "sie",
        "vous",
        "usted",
        "u",
        "hallo",
        "bonjour",
        "hola",
        "beste",
        "geachte",
        "liebe",
        "lieber",
        "sehr",
        "madame",
        "monsieur",
        "estimado",
        "estimada",
        "confidential",
        "vertraulich",
        "confidentiel",
        "confidencial",
        "vertrouwelijk",
        "info",
        "rolle",
        "stelle",
        "feedback",
        "outcome",
        "update",
    ]
)


def _domain_in(domain: str, domains: Collection[str]) -> str | None:
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        suffix = ".".join(parts[i:])
        if suffix in domains:
            return suffix
    return None


def is_noreply_address(addr: str) -> bool:
    """True for addresses nobody reads by their name: no-reply, notifications, mailer daemons."""
    return bool(_NOREPLY_LOCAL.search(addr.partition("@")[0]))


_PERSON_WORD = (
    r"(?:Mc|Mac|O’|O'|D'|D’)?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*|[A-ZÀ-Þ]\.?|Mª|Mª\."
)
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|la|le|du|ten|ter) "
_PERSON = re.compile(rf"^(?:{_PERSON_WORD})(?: (?:{_PARTICLE})*(?:{_PERSON_WORD})){{1,3}}$")
_PERSON_LAST_FIRST = re.compile(r"^([A-ZÀ-Þ][a-zà-ÿ'’\-]+), ([A-ZÀ-Þ][a-zà-ÿ'’\-]+)\b")
_TEAMISH = re.compile(
    r"\b(team|careers?|jobs?|recruit\w*|talent|hiring|hr|human|resources|people|notifications?"
    r"|no-?reply|workday|reply|system|support|info|admin|bewerbermanagement|personal|karriere"
    r"|recrutement|rh|reclutamiento|empleo|werving|vacatures|service|office|staffing|acquisition"
    r"|applications?|applicant|candidate|apply|alerts?|mail|news|update|group|inc|llc|gmbh|ltd"
    r"|university|institute|labs?|systems|security|consulting|technologies|solutions|bank)\b",
    re.I,
)


# Small patterns of the name and role helpers, compiled once rather than looked up
# in re's cache on every call.
_SPACES = re.compile(r"\s+")
_UNDERSCORES = re.compile(r"[_]+")
_SQUARE = re.compile(r"\s*\[[^\]]*\]\s*")
_PARENS = re.compile(r"\(.*?\)")
_NON_WORD = re.compile(r"[^\w]+")
_DIGITS2 = re.compile(r"\d{2}")
_DIGITS3 = re.compile(r"\d{3,}")
_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
_LETTERS2 = re.compile(r"[A-Za-zÀ-ÿ]{2}")
_VIA = re.compile(r"^(?P<c>.+?)\s+(?P<w>via|through|from|at|@)\s+(?P<d>.+)$", re.I)
_NAME_PARTS = re.compile(r"\s+[|–·—]\s+|\s+-\s+")
_NOT_TENANT = re.compile(r"[a-z]{0,3}\d+|careers?|jobs?|www|app|mail")
_LABEL_TAIL = re.compile(r"-?(careers|jobs|recruiting|mail|hr|talent)$")
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mme|m|herr|frau|sr|sra|dhr|mevr)\.? )+", re.I)


def _looks_like_person(name: str, domain: str = "") -> bool:
    name = _HONORIFIC.sub("", name.strip().strip("\"'"))
    if not name or "@" in name or _TEAMISH.search(name):
        return False
    label = domain.rsplit(".", 2)[-2] if domain.count(".") >= 1 else ""
    if label and any(w.lower() == label for w in name.split()):
        return False  # "Indeed Apply" from indeed.com is the platform, not a person
    return bool(_PERSON.match(name) or _PERSON_LAST_FIRST.match(name))


_BRACKETED = re.compile(r"\s*[\[(].*?[\])]\s*")


def _person_name(name: str, domain: str = "") -> str | None:
    name = _BRACKETED.sub(" ", name.strip().strip("\"'")).strip()
    m = _PERSON_LAST_FIRST.match(name)
    if m and not _TEAMISH.search(name):
        return f"{m.group(2)} {m.group(1)}"
    return name if _looks_like_person(name, domain) else None


def _clean_org(name: str) -> str | None:
    """A candidate employer name, trimmed of team words; None if nothing name-like is left."""
    if "_" in name:
        name = _UNDERSCORES.sub(" ", name)
    if " " not in name.strip() and _CAMEL.search(name):
        name = _CAMEL.sub(" ", name)
    if "[" in name:
        name = _SQUARE.sub(" ", name)
    name = _SPACES.sub(" ", name).strip(" \t-–|:,.;!'\"’")
    for _ in range(3):
        before = name
        name = _ORG_HEAD.sub("", name).strip(" \t-–|:,.;!'\"’")
        name = _ORG_TAIL.sub("", name).strip(" \t-–|:,.;!'\"’")
        if name == before:
            break
    if len(name) < 2 or len(name) > 60 or name.lower() in _NOT_COMPANY:
        return None
    first = name.split()[0].lower()
    if first in _NOT_COMPANY_START or _TITLE_WORDS.search(name) or _DIGITS3.search(name):
        return None
    if not _LETTER.search(name):
        return None
    return name


# A candidate that starts with one of these is a sentence, not a name.
_NOT_COMPANY_START = frozenset(
    [
        "ihre",
        "ihr",
        "ihrer",
        "ihrem",
        "ihren",
        "dein",
        "deine",
        "deiner",
        "unsere",
        "unser",
        "kurzes",
        "kurze",
        "neuigkeiten",
        "update",
        "votre",
        "vos",
        "ta",
        "ton",
        "tes",
        "notre",
        "nos",
        "suite",
        "réponse",
        "su",
        "sus",
        "tu",
        "tus",
        "nuestra",
        "nuestro",
        "información",
        "actualización",
        "je",
        "jouw",
        "uw",
        "onze",
        "ons",
        "your",
        "our",
        "re",
        "fwd",
        "aw",
        "wg",
        "tr",
        "rv",
        "open",
        "thank",
        "thanks",
        "regarding",
        "feedback",
        "terugkoppeling",
        "reactie",
        "rückmeldung",
        "stand",
        "status",
        "application",
        "candidature",
        "bewerbung",
        "candidatura",
        "sollicitatie",
        "dear",
        "hi",
        "hello",
        "summer",
        "winter",
        "spring",
        "autumn",
    ]
)
# Job-title words: a "company" containing one is usually the role.
_TITLE_WORDS = re.compile(
    r"\b(analyst|engineer|developer|manager|intern|internship|director|designer|specialist"
    r"|consultant|coordinator|assistant|planner|officer|editor|head of|lead|scientist|architect"
    r"|administrator|accountant|controller|representative|associate|executive|leitung|leiter\w*"
    r"|referent\w*|sachbearbeit\w*|entwickler\w*|analista|responsable|jefe|jefa|diseñador\w*"
    r"|directeur|directrice|ingénieur\w*|chargé\w*|comptable|développeu\w*|medewerker|marketeer"
    r"|adviseur|directeur|gestor\w*|técnico|técnica|auxiliar|werkstudent\w*|praktikant\w*"
    r"|stagiaire|dirección de|requisition|job|position|role|vacancy|poste|puesto|stelle|rolle)\b",
    re.I,
)


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
    return _SPACES.sub(" ", out).strip()


# --------------------------------------------------------------------------- extraction

_REPLY_PREFIX = re.compile(r"^\s*(\[[^\]]*\]\s*)*(re|fwd?|aw|wg|tr|rv|sv|antw|doorst)\s*:", re.I)
_SUBJECT_PREFIX = re.compile(
    r"^\s*((re|fwd?|aw|wg|tr|rv|sv|antw|doorst|réf|ref)\s*:\s*|\[[^\]]*\]\s*)+", re.I
)
_NC = r"(?:[\w&'’\-]|\.(?=\w))*"  # name characters: a dot only inside a word ("A.I.")
_NAME = rf"[A-Z0-9]{_NC}(?: (?:of |for |de |& |and )?[A-Z0-9]{_NC}){{0,4}}"
_SUBJECT_COMPANY = tuple(
    Rx(p, 0)
    for p in (
        r"(?i:applying|applied|application|interest|candidacy|bewerbung|candidature|candidatura"
        r"|sollicitatie|postulación)(?i: to| at| with| for| in| bei| chez| auprès de| en| bij| a)"
        rf"(?: the)? (?P<c>{_NAME})(?:\s*[!.,:|\-–(]|\s*$|\s+(?=[a-zà-ÿ]))",
        rf"^(?P<c>{_NAME})(?:\s*[-–:|]\s*|\s+)(?i:your |thank|update|candidate|careers|job|position"
        r"|bewerbung|candidature|candidatura|sollicitatie|application|applicant|follow|employment"
        r"|recruiting|hiring|talent|re:|regarding|feedback|final|interview|outcome|decision|news)",
        rf"@ ?(?P<c>{_NAME})",
        rf"\s[-–|]\s(?P<c>{_NAME})\s*$",
        rf"(?i:\bat|\bbei|\bchez|\bbij|\ben) (?P<c>{_NAME})(?:\s*[!.,:|\-–(]|\s*$|\s+(?=[a-zà-ÿ]))",
    )
)
# A bracket at the end that holds a reference or the work mode goes; a qualifier the
# title keeps ("(m/w/d)", "(Data Platform)", "(32-40 uur)") stays, as the labels do.
_ROLE_CLEAN_TAIL = re.compile(
    r"\s*(?:\((?:[^)]*\d{3}[^)]*|[^)]*\b(?:ref|réf|req|vacancy|vacature\w*|kennziffer|job id"
    r"|band|grade|salary|pay|remote|hybrid|onsite|on-site|open|full[- ]time|part[- ]time)\b[^)]*"
    r")\)\s*)+$",
    re.I,
)
# A requisition code before the title: "VAC-8812 Data Engineer", "Kennziffer 17/2026 ...",
# "Requisition 2600123", "JR-55127 ...".
_ROLE_CLEAN_HEAD = re.compile(
    r"^(?:(?:(?:requisition|req|ref(?:erence)?|réf|job(?: id| ref)?|vacancy|vacature(?:nummer)?"
    r"|kennziffer|referenz(?:nummer)?|nº|no)\.?(?: (?:no|nr|number|nummer)\.?)?\s*[:#]?\s*)?"
    r"(?:[A-Z]{1,4}[- ]?)?(?=[\w/.-]*\d{3})\d[\w/.-]*\s*[-–:|,]?\s*"
    r"|(?:requisition|req|ref|réf|kennziffer)\b\.?\s*[:#]?\s*$)+",
    re.I,
)
_ROLE_STOP = re.compile(
    r"^(the|a|an|this|that|your|our|position|role|job|opportunity|application|update|status|"
    r"interest|thank you|thanks|following|above|same|open|new|other|next|recruitment|"
    r"hiring process|process)$",
    re.I,
)
_SUBJECT_ROLE = tuple(
    Rx(p, 0)
    for p in (
        r"(?i:application|applying|applied|candidacy|bewerbung|candidature|candidatura"
        r"|sollicitatie|postulación)(?i: for| as| als| pour| para| voor| au poste de| de)"
        r"(?: the| our| a| an)?(?i: position| role| poste| stelle| puesto| functie| vacature)?"
        r"(?i: of| as| als| de| d')?\s*[:\-–]?\s*(?P<r>[A-Z0-9][^|!?]{2,90}?)"
        r"(?:\s+(?i:at|with|@|bei|chez|en|bij|in)\s|\s*[|!?]|\s+[-–]\s|\s*$)",
        r"(?i:position|role|job|stelle|poste|puesto|vacature|functie)\s*[:\-–]?\s*"
        r"(?P<r>[A-Z][^|!?]{2,90}?)(?:\s*[|!?]|\s+[-–]\s|\s+(?:at|with|@)\s|\s*$)",
        r"(?i:update|status|follow-up|feedback)(?i: on| for| regarding| about)?(?: your)?"
        r"(?i: application| candidacy)?(?i: for| to)?\s*[:\-–]?\s*(?P<r>[A-Z][^|!?]{2,90}?)"
        r"(?:\s*[|!?]|\s+[-–]\s|\s+(?:at|with|@)\s|\s*$)",
        r"[|\-–:]\s*(?P<r>[A-Z][^|!?\-–:]{2,60}?)\s*(?:[|(]|$)",
    )
)


_TIME_WORDS = (
    r"week|month|year|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|woche|monat|gestern|heute|semaine|mois|hier|semana|mes|ayer|week|maand"
    r"|gisteren|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi"
    r"|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag"
)
# Where a sentence goes on after the title: "X und Ihr Interesse", "X est désormais pourvu".
_TAIL_PREPS = "on|am|le|el|op|vom|du|del|de|from|since|seit|depuis|desde|sinds"
_TAIL_ANDS = "und|and|et|y|en"
_TAIL_OWNERS = "ihr|ihre|das|die|der|your|the|votre|vous|nous|su|uw|je|de|het"
_TAIL_VERBS = (
    "est|ist|is|was|has|have|had|ha|han|wird|wurde|sind|ya|heeft|zijn|werd|sera|será|will"
    "|a été|ha sido|has been|inzwischen|leider|désormais|nicht|niet|no|pas|beworben|hast|habt"
    "|haben|cette|this|dieses|diesmal|esta|deze|hasta|jusqu|bis|until|tot|sur notre"
    "|a retenu|a suscité|a attiré|a bien|publicado|publicada|publié|publiée|publiés|publiées"
    "|published"
    "|veröffentlicht|am standort|à notre|en nuestra|bij ons|bei uns|with a|with an|mit einem"
    "|mit einer|avec un|con un|met een"
)
# Word lists as tries: tried after every space of every candidate title.
_ROLE_TAIL_CUT = re.compile(
    r"\s+(?:"
    + _trie(_TAIL_PREPS.split("|"))
    + rf" (?:\d|the \d|{_trie(_TIME_WORDS.split('|'))}\b)"
    + "|"
    + _trie(_TAIL_ANDS.split("|"))
    + " "
    + _trie(_TAIL_OWNERS.split("|"))
    + r"\b|"
    + _trie(_TAIL_VERBS.split("|"))
    + r"\b|(?:y|et|und|and|en)$).*$",
    re.I,
)
_ROLE_BAD_START = re.compile(
    rf"^(?:of|as|at|for|to|in|on|the|a|an|this|that|last|next|we|you|i|je|jij|u|ich|wir|sie|du"
    rf"|vous|nous|tu|usted|le|la|les|el|los|las|het|de|een|ein|eine|der|die|das|{_TIME_WORDS})\b",
    re.I,
)


_ROLE_WORD_TAIL = re.compile(
    r"\s+(?:position|role|opening|vacancy|job|opportunity|interview|application|scheme)$", re.I
)
_TIME_WORD = re.compile(
    rf"\b{_trie(_TIME_WORDS.split('|'))}\b", re.I
)  # a trie: tried at every word


def _clean_role(role: str) -> str | None:
    """A job title, or None: a phrase that only looks like one ("of last week") is worse."""
    role = _SPACES.sub(" ", role).strip(" \t-–|:,.;\"'’“”")
    role = _ROLE_CLEAN_HEAD.sub("", role)
    role = _ROLE_TAIL_CUT.sub("", role)
    role = _ROLE_CLEAN_TAIL.sub("", role).strip(" \t-–|:,.;\"'’“”")
    role = _ROLE_WORD_TAIL.sub("", role)
    if not role or len(role) < 2 or _ROLE_STOP.match(role) or len(role.split()) > 10:
        return None
    if _ROLE_BAD_START.match(role) or _TIME_WORD.search(role):
        return None
    if not _LETTERS2.search(role) or role.count("(") != role.count(")"):
        return None
    return role


_TENANT = re.compile(
    r"(?:^|[@.])(?P<t>[a-z0-9][a-z0-9-]{1,40})\.(?:wd\d+\.)?(?:myworkdayjobs|icims|teamtailor"
    r"|recruitee|bamboohr|jobs\.personio|smartrecruiters|breezy|applytojob|workable)\.",
    re.I,
)
_URL_TENANT = Rx(
    r"(?:(?P<a>[a-z0-9-]{2,40})\.(?:wd\d+\.)?myworkdayjobs\.com"
    r"|(?:jobs|boards)\.(?:lever\.co|greenhouse\.io|ashbyhq\.com|eu\.greenhouse\.io)/(?P<b>[a-z0-9-]{2,40})"
    r"|(?P<c>[a-z0-9-]{2,40})\.(?:teamtailor|recruitee|bamboohr|breezy|applytojob)\.(?:com|hr)"
    r"|(?P<d>[a-z0-9-]{2,40})\.jobs\.personio\.(?:de|com))",
    re.I,
)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class _Text:
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

    @property
    def lead(self) -> str:
        return self.doc.text[: self.lead_end]


_UNC = r"(?:[\w&'’\-]|\.(?=\w))*"
_UNAME = (
    rf"[A-ZÀ-Þ0-9]{_UNC}(?: (?:of |for |de |du |des |del |la |van |von |der |den |& |and |und "
    rf"|et |y |en |l'|d')?[A-ZÀ-Þ0-9]{_UNC}){{0,5}}"
)
_ORG_SHAPE = re.compile(rf"^{_UNAME}$")
# "Organisation: Acme Health" in a job board's or an agency's mail: the employer, said plainly.
_FIELD_COMPANY = re.compile(
    r"^[ \t*]*(?:organi[sz]ation|company|employer|hiring (?:company|office|agency|organi[sz]ation)"
    r"|agency|unternehmen|arbeitgeber|firma"
    r"|entreprise|soci[ée]t[ée]|employeur|empresa|organizaci[oó]n|organisatie|werkgever|bedrijf)"
    r"[ \t]*:[ \t]*(?P<c>[^\n]{2,60}?)[ \t]*$",
    re.I | re.M,
)
# Words naming a recruitment agency (an intermediary, not the employer).
_AGENCY = re.compile(
    r"\b(?:search|headhunt\w*|recruit(?:ing|ment|ers)|staffing|executive|personnel|people"
    r"|personalberatung|personaldienst\w*|personalvermittlung|cabinet|werving|uitzend\w*"
    r"|talent partners|selecta)\b",
    re.I,
)
_AGENCY_TEXT = re.compile(
    r"\b(?:cabinet de recrutement|executive search|headhunting|personalberatung|recruitment agency"
    r"|recruitment consultan\w+|agence de recrutement|werving en selectie|uitzendbureau"
    r"|consultora de selecci[oó]n)\b",
    re.I,
)
# A signature line "Title, Company" / "Title | Company" / "Title at Company" / "Founder Acme".
_SIG_TITLE = re.compile(
    r"^[ \t*]*(?P<t>[^\n,|·•–—@]{2,60}?)(?:[ \t]*(?:,|\||·|•|–|—|@)[ \t]*| (?:-|at|bei|chez|bij) )"
    r"(?P<c>[^\n,|·•–—@]{2,60}?)[ \t]*(?:(?:[|·•–—,]| - ).*)?$"
)
_SIG_SEP = re.compile(r"\s*(?:[|·•–—,]|\s-\s)\s*")
_FOUNDER_LINE = re.compile(
    r"^[ \t*]*(?:co-?founder|founder|ceo|oprichter|mede-?oprichter|(?:mit)?gründer\w*"
    r"|co-?fundador\w*|fundador\w*|co-?fondat\w*|fondat\w*)(?: (?:&|and|und|et|y|en) \w+)?"
    r" (?:(?:de|of|van|von|bei|at|@|chez|bij) )?"
    r"(?P<c>[^\n,|·•–—@]{2,60}?)[ \t]*$",
    re.I,
)
_TITLE_HINT = re.compile(
    r"\b(?:recruit\w*|talent|hr|people|partner|founder|co-founder|ceo|cto|coo|cfo|head|director"
    r"|manager|lead|coordinator|officer|engineer|associate|associée?|consultant|specialist"
    r"|advisor|adviseur|chargée?|responsable|leiter\w*|leitung|referent\w*|gesellschafter\w*"
    r"|socio|directeur|directrice|director[a]?|gerente|president|vp|sourcer|acquisition"
    r"|recruteu[rs]e?|reclutador\w*|recruiter|geschäftsführ\w*|inhaber\w*|teamleider|co-?founder"
    r"|co-?fondat\w*|co-?fundador\w*|fundador\w*|oprichter|gründer\w*|mitgründer\w*)\b",
    re.I,
)
# A line that names a team or department: the next line often names the employer.
_TEAM_LINE = re.compile(
    r"^[ \t*]*(?:(?:the|l'|l’|el|het|das|ihr|votre|su|afdeling|team|équipe|equipo) )?"
    r"(?:[\w&'’]+ ){0,3}"
    r"(?:team|équipe|equipo|abteilung|afdeling|department|departamento|recruitment|recruiting"
    r"|talent acquisition|recrutement|talents?|personalabteilung|personalwesen|rrhh|p&o|selección"
    r"|hr|human resources|ressources humaines|recursos humanos)(?: [\w&'’]+){0,4}[ \t]*$",
    re.I,
)
_LEGAL_LINE = re.compile(
    rf"^[ \t*]*(?P<c>{_UNAME}),? (?:GmbH(?: & Co\.? KG)?|AG|SE|LLP|LLC|Ltd\.?|Limited|Inc\.?|plc"
    r"|PLC|S\.A\.?|SA|S\.L\.?|SL|SAS|SARL|B\.V\.?|BV|N\.V\.?|NV|e\.V\.|KG|PartGmbB|mbH)(?=\W|$)"
)
_FOLD_CACHE: dict[str, str] = {}


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _fold(word: str, translit: bool = False) -> str:
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


_NAME_TOKEN = re.compile(r"[\w&'’\-]+")
_JOINERS = frozenset(
    [
        "de",
        "du",
        "des",
        "del",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "of",
        "the",
        "and",
        "und",
        "et",
        "y",
        "en",
        "&",
        "da",
        "di",
        "e",
        "l",
        "d",
    ]
)


def _spell_in_text(label: str, text: str) -> str | None:
    """The name a domain label abbreviates, as the mail writes it; see :func:`_spell_with`."""
    return _spell_with(label, text, False) or _spell_with(label, text, True)


@functools.cache
def _initial_finder(letter: str) -> re.Pattern[str]:
    """Where a name token may start whose first letter folds to ``letter`` (an ASCII one).

    Only that capital or a non-ASCII character can fold to it; the caller checks.
    The character comes first so the engine skips to candidates in C.
    """
    code = ord(letter.upper())  # "[^\x00-BD-\x7f]": C or non-ASCII (compiles fast)
    return re.compile(rf"[^\x00-\x{code - 1:02x}\x{code + 1:02x}-\x7f](?<![\w&'’\-].)")


def _spell_with(label: str, text: str, translit: bool) -> str | None:
    """The name a domain label stands for, as the mail spells it ("halcyonfreight" → "Halcyon…").

    Words are matched in order, whole or (for the last few letters, as in "westmere-dc")
    by their initial; joining words ("de", "&", "van") may be skipped.
    """
    target = _fold(label)
    if len(target) < 3:
        return None
    if not ("a" <= target[0] <= "z"):
        return _spell_slow(target, text, translit)
    # Tokens are read from each candidate start on, not for the whole text: consecutive
    # tokens are one space apart ("&" is a token itself), so the next is at end + 1.
    token = _NAME_TOKEN.match
    for cand in _initial_finder(target[0]).finditer(text):
        first = token(text, cand.start())
        if first is None:
            continue
        word = first.group()
        if not word[0].isupper() or not target.startswith(_fold(word, translit)[:1]):
            continue
        pos, last_end, tok = 0, -1, first
        for j in range(7):
            if j:
                e = tok.end()
                nxt = token(text, e + 1) if text.startswith(" ", e) else None
                if nxt is None:
                    break
                tok = nxt
            w = tok.group()
            f = _fold(w, translit)
            if f and target.startswith(f, pos):
                pos += len(f)
            elif w[0].isupper() and f and len(target) - pos <= 4 and target[pos] == f[0]:
                pos += 1
            elif w.lower() in _JOINERS and j:
                continue
            else:
                break
            last_end = tok.end()
            if pos == len(target):
                return text[first.start() : last_end]
    return None


def _spell_slow(target: str, text: str, translit: bool) -> str | None:
    """:func:`_spell_with` over every token, for a target not starting with an ASCII letter."""
    tokens = list(_NAME_TOKEN.finditer(text))
    for i, first in enumerate(tokens):
        word = first.group()
        if not word[0].isupper() or not target.startswith(_fold(word, translit)[:1]):
            continue
        pos, last = 0, -1
        for j in range(i, min(len(tokens), i + 7)):
            if j > i and text[tokens[j - 1].end() : tokens[j].start()] not in (" ", " & "):
                break
            w = tokens[j].group()
            f = _fold(w, translit)
            if f and target.startswith(f, pos):
                pos += len(f)
            elif w[0].isupper() and f and len(target) - pos <= 4 and target[pos] == f[0]:
                pos += 1
            elif w.lower() in _JOINERS and j > i:
                continue
            else:
                break
            last = j
            if pos == len(target):
                return text[first.start() : tokens[last].end()]
    return None


def _signature_orgs(lines: list[str], sender_name: str = "") -> list[str]:
    """Employer names a signature states: "Title, Acme", "Acme Ltd", a team line then "Acme"."""
    out: list[str] = []
    sender_words = {w.lower() for w in _WORD.findall(sender_name)}
    for i, raw in enumerate(lines):
        line = raw.strip(" \t*")
        if not line or len(line) > 80:
            continue
        m = _LEGAL_LINE.match(line)
        if m is not None:
            out.append(m.group("c"))
            continue
        m = _FOUNDER_LINE.match(line)
        if m is not None and _ORG_SHAPE.match(m.group("c")):
            out.append(m.group("c"))
            continue
        m = _SIG_TITLE.match(line)
        if m is not None and _TITLE_HINT.search(m.group("t")):
            # "Engineering Manager, Routing" then "Halcyon Freight | halcyon.com": the
            # line after a title names the employer, the title's tail a department.
            nxt = _SIG_SEP.split(lines[i + 1].strip(" \t*"), 1)[0] if i + 1 < len(lines) else ""
            if (
                nxt
                and _ORG_SHAPE.match(nxt)
                and not _DIGITS2.search(nxt)
                and nxt.split(" ", 1)[0].lower() not in sender_words
            ):
                out.append(nxt)
            elif not _TITLE_HINT.search(m.group("c")) and _ORG_SHAPE.match(m.group("c")):
                out.append(m.group("c"))
            continue
        if _TEAM_LINE.match(line) and i + 1 < len(lines):
            nxt = lines[i + 1].strip(" \t*")
            first = nxt.split(" ", 1)[0].lower()
            if (
                _ORG_SHAPE.match(nxt)
                and first not in sender_words
                and not _TEAM_LINE.match(nxt)
                and not _DIGITS2.search(nxt)
            ):
                out.append(nxt)
    return out


def _sender_org(name: str, domain: str) -> str | None:
    """The organisation a display name states ("Acme Careers", "Jo Li | Acme")."""
    name = name.strip().strip("\"'")
    if not name:
        return None
    via = _VIA.match(name)
    if "@" in name and " " not in name:  # "MyWorkday@Acme", "AcmeTalent@trm.brassring.com"
        left, _, right = name.partition("@")
        return _clean_org(right if "." not in right else left)
    if (parts := _NAME_PARTS.split(name)) and len(parts) > 1:
        for part in reversed(parts):  # "Jo Li | Acme", "Acme – Personalwesen"
            if not _looks_like_person(part, domain) and (org := _clean_org(part)):
                return org
        return None
    if via is not None:
        if via.group("w").lower() in ("via", "through") and _looks_like_person(via.group("c")):
            return None  # "Laura Chen via Linkwise": a job site relays a person's message
        org = _clean_org(via.group("c"))
        if org is None or _looks_like_person(via.group("c")):
            org = _clean_org(via.group("d"))
        return org
    if _looks_like_person(name, domain):
        return None
    return _clean_org(name)


def _company_candidates(  # noqa: PLR0912 - one branch per source, in order of trust
    msg: Message, packs: list[_Pack], t: _Text
) -> tuple[list[tuple[str, str]], bool]:
    """(name, source) in order of trust, and whether the sender is a recruitment agency.

    Sources: the employer named as the agency's client or in a labelled field, the
    sender's display name, the signature, the subject, the text, an ATS tenant,
    the sender's domain.
    """
    out: list[tuple[str, str]] = []
    domain = msg.from_domain
    body_end = t.lead_end
    for pack in packs:
        for rx in pack.client:
            m = rx.search(t.doc, start=t.body_start, end=body_end)
            if m is not None and (org := _clean_org(m.group("c"))):
                out.append((org, "client"))
                break
    fm = _FIELD_COMPANY.search(t.body) if ":" in t.body else None
    if fm is not None:
        value = fm.group("c")
        if value.isupper() and len(value) > 6:  # "BUREAU OF FIELD OPERATIONS"
            value = " ".join(
                w if len(w) <= 3 and w != "OF" else w.capitalize() for w in value.split()
            )
            value = re.sub(r"\b(Of|And|For|The)\b", lambda m: m.group().lower(), value)
        if org := _clean_org(value):
            out.append((org, "client"))
    sender = _sender_org(msg.from_name, domain)
    ats = _domain_in(domain, ATS_DOMAINS)
    if sender and ats and _fold(sender.replace(" ", "")).startswith(ats.split(".")[0][:6]):
        sender = None  # "USA Staffing Office" from usastaffing.gov: the system, not the employer
    platform = _domain_in(domain, PLATFORM_DOMAINS)
    if sender and platform is None:
        out.append((sender, "sender name"))
    body_lines = t.body.split("\n")
    tail = body_lines[-8:] if len(body_lines) > 1 else []
    sig_lines = t.sig.split("\n")[:12] if t.sig else []
    sig_orgs = [
        o for line in _signature_orgs(tail + sig_lines, msg.from_name) if (o := _clean_org(line))
    ]
    out.extend((o, "signature") for o in sig_orgs[:2])
    for pack in packs:
        for rx in pack.signature_company:
            m = rx.search(t.doc, start=t.sig_start)
            if m is not None and (org := _clean_org(m.group("c"))):
                out.append((org, "signature"))
                break
    for rx in _SUBJECT_COMPANY:
        m = rx.search(t.subject)
        if m is not None and (org := _clean_org(m.group("c"))):
            out.append((org, "subject"))
            break
    for pack in packs:
        for rx in pack.company:
            for m in rx.finditer(t.doc, start=t.body_start, end=body_end):
                if org := _clean_org(m.group("c")):
                    out.append((org, "text"))
                    break
        for rx in pack.signature_company:
            m = rx.search(t.doc, start=t.body_start, end=body_end)
            if m is not None and (org := _clean_org(m.group("c"))):
                out.append((org, "text"))
    tenant = None
    m = _TENANT.search(msg.from_addr)
    if m is not None:
        tenant = m.group("t")
    else:
        mt = _URL_TENANT.search(t.doc, start=t.body_start)
        if mt is not None:
            tenant = next(g for g in mt.groups() if g)
    if tenant and not _NOT_TENANT.fullmatch(tenant):
        spelled = _spell_in_text(tenant, t.doc.text)
        out.append((spelled or tenant.replace("-", " ").title(), "ATS tenant"))
    label = ""
    if platform:
        out.append((PLATFORM_DOMAINS[platform], "platform"))
    elif domain and domain not in FREEMAIL and _domain_in(domain, ATS_DOMAINS) is None:
        parts = domain.split(".")
        label = parts[-2] if len(parts) >= 2 else ""
        if label in ("co", "com", "ac", "gov", "org", "gv", "or", "ne") and len(parts) >= 3:
            label = parts[-3]
        label = _LABEL_TAIL.sub("", label) or label
        if len(label) > 2:
            # A domain is the last resort: spelled as the mail spells the name, if it does.
            spelled = _spell_in_text(label.replace("-", ""), t.doc.text)
            out.append(
                (spelled or " ".join(w.capitalize() for w in label.split("-")), "sender domain")
            )
    agency = bool(
        (sender and _AGENCY.search(sender))
        or any(_AGENCY.search(o) for o in sig_orgs)
        or (label and _AGENCY.search(label.replace("-", " ")))
        or _AGENCY_TEXT.search(t.sig[:MAX_SIG_CHARS])
    )
    return out, agency


@functools.lru_cache(maxsize=4096)
def _squash(name: str) -> str:
    """The comparison key of a name: each candidate is squashed several times per mail."""
    return _fold(norm_company(name))


_OWN_SIDE = frozenset(("sender name", "signature", "sender domain", "platform"))


def _pick_company(
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
    if agency and any(src not in _OWN_SIDE for _, src in candidates):
        candidates = [c for c in candidates if c[1] not in _OWN_SIDE]
    squashed = [_squash(c) for c, _ in candidates]
    best_i, best_support = 0, -1.0
    for i, a in enumerate(squashed):
        if not a:
            continue
        support = float(
            sum(
                1
                for j, b in enumerate(squashed)
                if j != i and b and (a.startswith(b) or b.startswith(a))
            )
        )
        if candidates[i][1] == "ATS tenant" and support == 0:
            support = -0.5
        if candidates[i][1] == "sender domain" and support == 0:
            support = 0 if person_sender else -0.5
        if support > best_support:
            best_i, best_support = i, support
    name, source = candidates[best_i]
    if source in ("sender domain", "ATS tenant"):
        # The same name as written in the text reads better than a domain label.
        for j, (other, src) in enumerate(candidates):
            if j != best_i and squashed[j] == squashed[best_i]:
                name, source = other, src
                break
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


def _expand_acronym(name: str, text: str) -> str:
    """ "NCDS" → "National Cyber Defense Service" when the mail writes "... (NCDS)"."""
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
        return name
    m = re.search(
        rf"((?:[A-ZÀ-Þ][\w'’\-]*\s+(?:(?:of|for|and|de|du|des|der|für|van|the)\s+)?){{2,8}})\(\s*{name}\s*\)",
        text,
    )
    if m is None:
        return name
    long = m.group(1).split()
    initials = [w[0] for w in long if w[0].isupper()]
    # the long form ends where its initials spell the acronym
    for k in range(len(initials) - len(name), -1, -1):
        if "".join(initials[k:]) == name:
            words = [w for w in long if w[0].isupper()]
            first = words[k]
            start = (
                len(long) - long[::-1].index(first) - 1
                if long.count(first) == 1
                else long.index(first)
            )
            return " ".join(long[start:])
    return name


_SUBJECT_ROLE_AT = Rx(
    r"^(?P<r>[A-Z][^|!?:]{2,60}?) (?:at|@|bei|chez|bij|en) [A-ZÀ-Þ0-9][^|!?:]{0,40}$", 0
)
# "Your application – Data Engineer", "Mise à jour de votre candidature – JR-55127 Analyste":
# an application word, a dash or colon, then the title.
_SUBJECT_ROLE_DASH = Rx(
    r"(?i:application|applying|candidacy|bewerbung|candidature|candidatura|sollicitatie"
    r"|postulación|solicitud)(?: [a-zà-ÿ]+){0,2}\s*[-–:|]\s*(?P<r>[^|!?\-–:,]{3,80}?)"
    r"\s*(?:[|!?,]|\s[-–]\s|$)",
    0,
)
# Words a job title is made of, in the five languages: a subject part without one is
# a status ("next steps", "Stand des Auswahlverfahrens"), not a title.
_HINT_WORDS = """analyst engineer developer manager designer programmer architect scientist
consultant
specialist coordinator assistant officer director editor accountant controller administrator
advisor adviser planner intern trainee recruiter writer marketeer owner lead associate
representative technician underwriter directeur directrice directora redacteur rédacteur
redakteur chef hoofd secretar analista ingenier técnic tecnic jefe jefa responsable gestor
coordinador administrativ desarrollador diseñador programador prácticas practicas becari
ingénieur chargé comptable développeur technicien conseiller alternance stagiaire leiter leitung
referent sachbearbeiter entwickler berater werkstudent praktikant praktikum fachkraft medewerker
adviseur leider calculator deskundige afstudeerstage buyer einkäufer acheteu comprador inkoper
verkäufer vendeu vendedor verkoper sales clerk operator tester auditor nurse teacher lehrer
enseignant profesor leraar driver fahrer chauffeur conductor mechani monteur electrician elektri
therapist jurist lawyer anwalt avocat abogado advocaat receptionist"""
# A trie of literal words: a big alternation tried at every character was ten times slower.
_ROLE_HINT = re.compile(_trie([*_HINT_WORDS.split(), "head of"]), re.I)
# A subject part that is a sentence, not a title.
_ROLE_SENTENCE = re.compile(
    r"\b(?:the|your|our|you|we|my|from|about|regarding|update|thank|thanks|feedback|news"
    r"|outcome|result|ihre?|votre|vos|su|tu|uw|je|jouw|sobre|over|über|nach|after|status"
    r"|next steps|for|für|pour|para|voor|complete\w*|received|notice|invitation|invite"
    r"|assessments?|alerts?|jobs|vacatures|stellen|ofertas|offres|empleos|new|neue|nieuwe"
    r"|nouvelles|nuevas)\b|[\"“„«]",
    re.I,
)
_SUBJECT_PARTS = re.compile(r"\s+[-–|]\s+|:\s+")


_SUBJECT_LEAD = re.compile(
    r"^(?:(?:your|ihre|deine|votre|ta|tu|su|uw|je|jouw|application|candidature|candidatura"
    r"|sollicitatie\w*|bewerbung\w*|terugkoppeling|feedback|rückmeldung|update|resultaat"
    r"|resultado|résultat)\s+)+",
    re.I,
)


def _subject_title(subject: str) -> str | None:
    """The part of "Senior BI Developer - second interview" that is a job title, if one is."""
    if _ROLE_HINT.search(subject) is None:
        return None  # one search instead of one per part, for most subjects
    for raw in _SUBJECT_PARTS.split(subject):
        part = _SUBJECT_LEAD.sub("", raw.strip())
        if (
            len(part.split()) <= 8
            and _ROLE_HINT.search(part)
            and not _ROLE_SENTENCE.search(part)
            and (role := _clean_role(part))
        ):
            return role
    return None


_REF_ROLE = Rx(
    r"(?i:application|candidature|candidatura|sollicitatie|bewerbung|solicitud)\s*\("
    r"(?i:ref(?:erence)?|réf|vacaturenummer|vacature|kennziffer|req|job id|nº)\.?\s*[:#]?\s*"
    r"[\w/-]*\d[\w/-]*\s*[,–-]\s*(?P<r>[^()\n]{3,60})\)",
    0,
)
# "Tu candidatura a Ingeniero/a de ...", "Sollicitatie naar Planner": the preposition also
# leads to a company, so a title word must be there.
_SUBJECT_ROLE_TO = Rx(
    r"(?i:application|candidature|candidatura|sollicitatie|bewerbung) (?i:to|a|al|à|naar|op|auf)"
    r"(?: (?i:el puesto de|la posición de|la vacante de|de functie van|de functie|de vacature"
    r"|die stelle als|die position als|le poste de|the position of|the role of))?"
    r" (?P<r>[A-ZÀ-Þ][^|!?]{2,80}?)"
    r"(?:\s+(?i:at|with|@|bei|chez|en|bij|in)\s|\s*[|!?]|\s+[-–]\s|\s*$)",
    0,
)
# "Votre candidature au poste d'assistant(e) ADV": French and Spanish titles may start
# in lower case, so the words before them must say that a title follows.
_SUBJECT_ROLE_POST = Rx(
    r"(?i:poste|puesto)(?i: de |\s?d['’]\s?)(?P<r>[^|!?]{3,80}?)(?:\s*[|!?]|\s+[-–]\s|\s*$)", 0
)
_ROLE_MATCHES = 3  # matches of one pattern tried: an early one may be a phrase, not a title


def _titled(m: re.Match[str]) -> bool:
    """Whether the title a subject pattern found has a title word and reads as no sentence."""
    return _ROLE_HINT.search(m.group("r")) is not None and not _ROLE_SENTENCE.search(m.group("r"))


def _role_candidates(packs: list[_Pack], t: _Text) -> Iterator[str]:
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
            and (role := _clean_role(m.group("r")))
            and (i < 2 or _ROLE_HINT.search(role))
        ):
            yield role
    m = in_subject(_SUBJECT_ROLE_POST)
    if m is not None and (role := _clean_role(m.group("r"))):
        yield role
    m = in_subject(_SUBJECT_ROLE_TO)
    if m is not None and (role := _clean_role(m.group("r"))) and _ROLE_HINT.search(role):
        yield role
    m = in_subject(_SUBJECT_ROLE_DASH)
    # "Ihre Bewerbung: Nächste Schritte" is no title
    # A requisition code before the words also says a title follows.
    if (
        m is not None
        and (_titled(m) or _ROLE_CLEAN_HEAD.match(m.group("r")))
        and (role := _clean_role(m.group("r")))
    ):
        yield role
    m = in_subject(_SUBJECT_ROLE_AT)
    # "Founding Product Designer at Tally", not "Sobre tu prueba técnica en Pulpo"
    if (
        m is not None
        and _TITLE_WORDS.search(m.group("r"))
        and (role := _clean_role(m.group("r")))
        and not _ROLE_SENTENCE.search(role)
    ):
        yield role
    for pack in packs:
        for rx in pack.role:
            for n, m in enumerate(rx.finditer(t.doc, start=t.body_start, end=t.lead_end)):
                if role := _clean_role(m.group("r")):
                    yield role
                    break
                if n + 1 >= _ROLE_MATCHES:
                    break
    m = _REF_ROLE.search(t.doc, start=t.body_start, end=t.lead_end)
    if m is not None and (role := _clean_role(m.group("r"))):
        yield role  # "your application (ref. 2026/045, Payroll Clerk)"
    if role := _subject_title(subject):
        yield role
    m = in_subject(_SUBJECT_ROLE[3])
    if m is not None and (role := _clean_role(m.group("r"))) and _ROLE_HINT.search(role):
        yield role


# The marks job ads add to a title (gender, hours): part of it, unlike a place.
_TITLE_MARK = re.compile(
    r" \((?:[mwdfhxi]\s?/\s?){1,3}[mwdfhxi]\)$|"
    r" \(\d{1,2}\s?[-–]\s?\d{1,2} ?(?:uur|std|stunden|h|hours|horas|heures)\)$",
    re.I,
)


_ONE_WORD_MARK = re.compile(r" \([A-ZÀ-Þ][a-zà-ÿ]+\)")


def _pick_role(candidates: Iterable[str], own: set[str], text: str) -> str | None:
    """The first title not naming the sender, or a marked form of it another source gives.

    "Leiter Instandhaltung" in the subject, "Leiter Instandhaltung (m/w/d)" in the text:
    the gender mark is part of the title.
    """
    first: str | None = None
    for role in candidates:
        if _squash(role) in own:
            continue
        if first is None:
            first = role
            if not first.endswith(")") and first + " (" not in text:
                return first  # no other form of it can follow: the rest need not be read
        elif role.startswith(first + " (") and _TITLE_MARK.search(role, len(first)):
            return role
        elif (
            first.startswith(role + " (")
            and _ONE_WORD_MARK.fullmatch(first, len(role))
            and re.search(
                rf"\b(?:in|en|à|te|bei|near) {re.escape(first[len(role) + 2 : -1])}\b", text
            )
        ):
            return role  # "Analyst (Leeds)" in the subject, "the Analyst role in Leeds": a place
    return first


_SIG_NAME = re.compile(r"^[ \t*]*(?P<n>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-.]+){0,3})[ \t*,]*$")


def _contact(msg: Message, t: _Text) -> str | None:
    if msg.from_name and (name := _person_name(msg.from_name, msg.from_domain)):
        return name
    for reply_name, _addr in msg.reply_to:
        if reply_name and (name := _person_name(reply_name)):
            return name
    for line in t.sig.split("\n")[1:4]:
        m = _SIG_NAME.match(line)
        if m is not None and _looks_like_person(m.group("n")):
            return m.group("n")
    return None


def _reply_address(msg: Message, t: _Text, owners: Collection[str], noreply: bool) -> str | None:
    for _name, addr in msg.reply_to:
        if addr and "@" in addr and not is_noreply_address(addr) and addr not in owners:
            return addr
    if msg.from_addr and "@" in msg.from_addr and not noreply and msg.from_addr not in owners:
        return msg.from_addr
    if "@" in t.sig:
        for m in _EMAIL.finditer(t.sig):
            addr = m.group().lower().rstrip(".")
            if not is_noreply_address(addr) and addr not in owners:
                return addr
    return None


def _noreply(msg: Message, t: _Text) -> tuple[bool, str | None]:
    addr = msg.from_addr
    if addr and is_noreply_address(addr):
        return True, f"no-reply sender ({addr})"
    for rx in _NOREPLY_TEXT:
        m = rx.search(t.doc, start=t.body_start)
        if m is not None:
            return True, f'no-reply notice "{_quote(m.group())}"'
    domain = msg.from_domain
    if _domain_in(domain, SYSTEM_DOMAINS):
        return True, f"ATS system sender ({domain})"
    person = _looks_like_person(msg.from_name, domain)
    if _domain_in(domain, ATS_DOMAINS) and not person and not msg.reply_to:
        return True, f"ATS system sender ({domain})"
    if _domain_in(domain, PLATFORM_DOMAINS) and not person:
        return True, f"platform notification sender ({domain})"
    return False, None


def _header_signals(msg: Message) -> list[tuple[float, str, str]]:
    """(weight, category, reason) from headers that mark bulk or automatic mail."""
    out: list[tuple[float, str, str]] = []
    h = msg.headers
    if "list-unsubscribe" in h or "list-id" in h:
        which = "List-Unsubscribe" if "list-unsubscribe" in h else "List-Id"
        out.append((-1.5, "newsletter", f"bulk mail ({which})"))
    prec = h.get("precedence", "").lower().strip()
    if prec in ("bulk", "list", "junk"):
        out.append((-1.5, "newsletter", f"bulk mail (Precedence: {prec})"))
    auto = h.get("auto-submitted", "").lower()
    if auto.startswith("auto-replied") or "x-autoreply" in h or "x-autorespond" in h:
        out.append((-3.0, "out_of_office", "automatic reply (Auto-Submitted/X-Autoreply)"))
    return out


_OOO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(matic)?[- ]?(reply|response)|out of (the )?office|abwesenheit"
    r"|absence|réponse automatique|respuesta automática|afwezig|automatisch antwoord"
    r"|fuera de la oficina|abwesenheitsnotiz|autoreply|vacation reply)",
    re.I,
)


# --------------------------------------------------------------------------- evidence


@dataclass
class _Evidence:
    rejection: list[tuple[float, str]] = field(default_factory=list)
    decision: float = 0.0
    lookalike: dict[str, float] = field(default_factory=dict)
    lookalike_cues: dict[str, list[str]] = field(default_factory=dict)
    discounted: list[str] = field(default_factory=list)


def _quote(text: str, limit: int = 80) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


_QUOTED_SPEECH = re.compile(
    r'"[^"\n]{12,400}"|“[^”\n]{12,400}”|„[^“”\n]{12,400}[“”]|«[^»\n]{12,400}»'
)


# A quotation that greets the recipient by name ("Hi Alex, ...") is a message relayed to
# them (a job site's "you have a new message"), not words an article quotes ("Dear John").
_RELAYED = re.compile(
    r"\W{0,3}(?i:hi|hello|hey|dear|hallo|hoi|liebe[r]?|sehr geehrte[r]?|bonjour|cher|chère|hola"
    r"|estimad[oa]|beste|geachte)\s+(?P<n>[A-ZÀ-Þ][a-zà-ÿ]+)\b"
)
_NAME_SPLIT = re.compile(r"[\s._\-+]+")


@functools.lru_cache(maxsize=256)
def _first_names(to: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The recipients' first names, from the display name or the address ("alex.doe@")."""
    out: set[str] = set()
    for name, addr in to:
        for part in (name, addr.partition("@")[0]):
            first = _NAME_SPLIT.split(part.strip(), 1)[0].lower()
            if len(first) >= 2 and first.isalpha():
                out.add(first)
    return frozenset(out)


def _quoted_spans(text: str, end: int, to: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """Spans in quotation marks: a rejection quoted in an article is reported, not made."""
    if not any(q in text for q in '"“„«'):
        return []
    out = []
    for m in _QUOTED_SPEECH.finditer(text, 0, end):
        relayed = _RELAYED.match(text, m.start() + 1)
        if relayed is None or relayed["n"].lower() not in _first_names(to):
            out.append((m.start(), m.end()))
    return out


def _hits(packs: list[_Pack], doc: Doc, end: int) -> list[tuple[int, int, _Cue]]:
    """(start, end, cue) of every cue of ``packs`` in ``doc.text[:end]``."""
    hits: list[tuple[int, int, _Cue]] = []
    present = doc.present
    for pack in packs:
        index = pack.cue_index
        tried = set(pack.cue_always)
        for needle in present & pack.cue_needles:
            tried.update(index[needle])
        # In pack order: equal-weight hits at one start keep a stable order (not hash order).
        for i in sorted(tried):
            cue = pack.cues[i]
            hits.extend((m.start(), m.end(), cue) for m in cue.rx.finditer(doc, end=end))
    return hits


def _collect(packs: list[_Pack], t: _Text, ev: _Evidence, to: tuple[tuple[str, str], ...]) -> None:
    """Rejection and look-alike cues in subject and body, sentence by sentence."""
    doc, end = t.doc, t.lead_end
    text = doc.text
    hits = _hits(packs, doc, end)
    if not hits:
        return
    bounds = [m.end() for m in _SENTENCE_END.finditer(text, 0, end)]
    cond: set[int] = set()
    for pack in packs:
        if pack.conditional is not None:
            for m in pack.conditional.finditer(doc, end=end):
                cond.add(bisect.bisect_right(bounds, m.start()))
    hits.sort(key=lambda h: (-abs(h[2].weight), h[0]))
    quoted = _quoted_spans(text, end, to)
    subject_end = t.body_start if t.reply_subject else 0
    strong = {
        bisect.bisect_right(bounds, s)
        for s, _, cue in hits
        if cue.category == "rejection" and cue.weight >= DECISION_WEIGHT
    }
    pivot = 0  # "..., we'd love to invite you. However, we cannot move forward": the pivot wins
    for s_, _, cue in hits:
        if cue.category == "rejection" and cue.weight >= DECISION_WEIGHT:
            sentence = bisect.bisect_right(bounds, s_)
            sent_start = bounds[sentence - 1] if sentence else 0
            head = text[sent_start:s_]
            if any(p.contrast is not None and p.contrast.rx.search(head) for p in packs):
                pivot = max(pivot, sent_start)
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []
    dropped: list[tuple[int, int]] = []  # discounted spans, each reported once

    def discount(why: str, start: int, end: int) -> None:
        # "decided to move forward with other candidates" then "move forward with
        # other candidates" inside it: one phrase, one reason.
        if not any(s <= start and end <= e for s, e in dropped):
            dropped.append((start, end))
            ev.discounted.append(f'{why}, not counted: "{_quote(text[start:end])}"')

    # Rejection cues first: whether a decision stands decides how an offer to talk reads.
    for start, end, cue in hits:
        if cue.category != "rejection" or cue.rx.pattern in seen:
            continue
        # One phrase, one cue: a weaker pattern inside a stronger match adds nothing.
        if any(start < e and s < end for s, e in taken):
            continue
        seen.add(cue.rx.pattern)
        sentence = bisect.bisect_right(bounds, start)
        if sentence in cond and cue.weight > 0:
            discount("hypothetical", start, end)
        elif start < subject_end:
            discount("subject of a reply or forward", start, end)
        elif any(qs <= start and end <= qe for qs, qe in quoted):
            discount("quoted words", start, end)
        else:
            taken.append((start, end))
            ev.rejection.append((cue.weight, text[start:end]))
            if cue.weight >= DECISION_WEIGHT:
                ev.decision = max(ev.decision, cue.weight)
    for start, end, cue in hits:
        if cue.category == "rejection" or cue.rx.pattern in seen:
            continue
        sentence = bisect.bisect_right(bounds, start)
        # "we cannot invite you to an interview": the invitation words are
        # part of the no, not evidence against it.
        if sentence in strong or start < pivot:
            continue
        if (
            cue.category == "interview_invitation"
            and ev.decision >= DECISION_WEIGHT
            and _offers_feedback(packs, doc, bounds, sentence)
        ):
            # "I'd love to set up a call to share feedback" after a no: a debrief,
            # not a next step. Reported once, never counted.
            seen.add(cue.rx.pattern)
            discount("feedback call after the decision", start, end)
            continue
        seen.add(cue.rx.pattern)
        ev.lookalike[cue.category] = ev.lookalike.get(cue.category, 0.0) + cue.weight
        ev.lookalike_cues.setdefault(cue.category, []).append(text[start:end])


def _offers_feedback(packs: list[_Pack], doc: Doc, bounds: list[int], sentence: int) -> bool:
    """Whether sentence number ``sentence`` speaks of feedback or a debrief."""
    start = bounds[sentence - 1] if sentence else 0
    end = bounds[sentence] if sentence < len(bounds) else len(doc.text)
    return any(
        p.feedback is not None and p.feedback.search(doc, start=start, end=end) is not None
        for p in packs
    )


_THANKS = re.compile(
    r"\b(?:thank|thanks|grateful|appreciate\w*|danke?|bedank\w*|merci|remerci\w*|gracias"
    r"|agradec\w*)\b",
    re.I,
)
_OUR = re.compile(r"\b(?:our|notre|nos|nuestr[ao]s?|ons|onze|unser\w*)\b", re.I)
_PREVIOUS_STAGE = {"final": "interview", "interview": "application", "screen": "application"}
# "the conversation (that) we had": said by an agency, a talk with the agency itself.
_WE_AFTER = re.compile(
    r"\W{0,3}(?:(?:that|which|das|den|que|dat|die) )?(?:we|wir|nous|tuvimos|mantuvimos)\b", re.I
)
_PROSPECTIVE_WINDOW = 48


def _prospective(packs: list[_Pack], text: str, start: int) -> bool:
    """Whether a stage word at ``start`` names a step ahead ("not invited *to an interview*")."""
    before = text[max(0, start - _PROSPECTIVE_WINDOW) : start]
    cut = max(before.rfind("."), before.rfind("\n"), before.rfind("!"), before.rfind("?"))
    before = before[cut + 1 :]
    if _THANKS.search(before):
        return False  # "thank you for the interview": one that happened
    return any(p.prospective is not None and p.prospective.search(before) for p in packs)


def _stage(packs: list[_Pack], t: _Text, agency: bool = False) -> tuple[str, str | None]:
    """How far the application got: explicit cues in the newest part, then thread history.

    A stage named as a step ahead ("we won't invite you to a final interview") is
    not one reached: it says the one before it was. A more specific cue beats a
    general one it overlaps ("phone interview" is a screen, not an interview). An
    agency's own conversation ("after our interview", "the call we had") is not a
    step with the employer. Application words come last: nearly every rejection
    says "your application" whatever the stage, so any sign of contact beats them.
    """
    doc, end, text = t.doc, t.lead_end, t.doc.text
    found: list[tuple[str, int, int, str]] = []
    applied: list[str] = []
    ahead: list[str] = []
    for name in STAGES:
        for pack in packs:
            rx = pack.stage.get(name)
            if rx is None:
                continue
            for m in rx.finditer(doc, end=end):
                if name == "application":
                    applied.append(m.group())
                elif _prospective(packs, text, m.start()):
                    ahead.append(name)
                elif not (agency and _agency_own(text, m)):
                    found.append((name, m.start(), m.end(), m.group()))
    if (explicit := _explicit_stage(found)) is not None:
        return explicit
    implied = [_PREVIOUS_STAGE[a] for a in ahead if a in _PREVIOUS_STAGE]
    if "interview" in implied:
        return "interview", "a later step declined"
    if t.quoted and (earlier := _quoted_stage(packs, t.quoted[:4000])) is not None:
        return earlier
    for name in STAGES:
        for pack in packs:
            rx = pack.stage_weak.get(name)
            if rx is None:
                continue
            for m in rx.finditer(doc, end=end):
                if not _prospective(packs, text, m.start()) and not (
                    agency and _agency_own(text, m)
                ):
                    return name, m.group()
    if implied:
        return implied[0], applied[0] if applied else "a later step declined"
    if applied:
        return "application", applied[0]
    return "unknown", None


def _agency_own(text: str, m: re.Match[str]) -> bool:
    """Whether an agency's stage cue is its own talk with the candidate ("the call we had")."""
    return bool(_OUR.search(m.group()) or _WE_AFTER.match(text, m.end()))


def _explicit_stage(found: list[tuple[str, int, int, str]]) -> tuple[str, str] | None:
    """The latest stage cued outright, a specific cue beating a general one it overlaps."""
    specific = {"interview": ("screen", "final")}
    for name in STAGES:
        for stage, s0, e0, cue in found:
            if stage != name:
                continue
            if any(
                other in specific.get(stage, ()) and s1 < e0 and s0 < e1
                for other, s1, e1, _ in found
            ):
                continue
            return stage, cue
    return None


def _quoted_stage(packs: list[_Pack], quoted: str) -> tuple[str, str] | None:
    """A stage the quoted thread history shows was reached ("your interview on Monday")."""
    qlow = quoted.lower()
    for name in ("final", "interview", "screen"):
        for pack in packs:
            rx = pack.stage.get(name)
            if rx is not None and (m := rx.search(quoted, qlow)) is not None:
                return name, f"{m.group()} (earlier in the thread)"
    return None


_REJECTION_ATTACHMENT = re.compile(
    r"(absage|rejection|refus|rechazo|afwijzing|unsuccessful|declin|regret|ablehnung|negativ)", re.I
)
_STRONG_LOOKALIKES = frozenset(("offer", "not_a_job", "out_of_office", "article_about_rejection"))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


# --------------------------------------------------------------------------- classify


def classify(msg: Message, owner_addresses: Collection[str] = ()) -> Verdict:
    """Decide whether ``msg`` rejects the user's job application, with details and reasons.

    Pure and total: odd input yields a "not a rejection" verdict with a reason,
    never an exception.
    """
    try:
        return _classify(msg, owner_addresses)
    except Exception as exc:
        log.exception("classify failed on %s", getattr(msg, "message_id", None))
        return Verdict.without_details(
            f"classifier error: {type(exc).__name__}: {exc}", "error", score=0.0
        )


def _classify(  # noqa: PLR0915 - the steps of the docstring, in order, each with its reason
    msg: Message, owner_addresses: Collection[str]
) -> Verdict:
    owners = {a.lower() for a in owner_addresses}
    raw = (msg.text or "")[:MAX_TEXT_CHARS]
    subject = _SUBJECT_PREFIX.sub("", _SPACE.sub(" ", msg.subject or "")).strip()
    language = detect_language(subject + "\n" + raw)
    body, sig, quoted = _split(raw, language)
    body = body[:MAX_BODY_CHARS]
    lead = subject + ".\n" + body if subject else body
    doc = Doc(lead + "\n\n" + sig[:MAX_SIG_CHARS])
    t = _Text(
        subject=subject,
        body=body,
        sig=sig,
        quoted=quoted,
        doc=doc,
        lead_end=len(lead),
        body_start=len(lead) - len(body),
        sig_start=len(lead) + 2,
        reply_subject=subject != (msg.subject or "").strip()
        and bool(_REPLY_PREFIX.match(msg.subject or "")),
    )
    all_packs = _packs()
    packs = [all_packs[c] for c in dict.fromkeys((language, DEFAULT_LANGUAGE)) if c in all_packs]
    reasons: list[str] = []

    noreply, noreply_reason = _noreply(msg, t)
    all_candidates, agency = _company_candidates(msg, packs, t)
    # A "role" that is the sender's own name ("Your application to Acme") is no role.
    own = {_squash(c) for c, src in all_candidates if src in _OWN_SIDE or src == "client"}
    role = _pick_role(_role_candidates(packs, t), own, doc.text)
    role_key = _squash(role) if role else ""
    if role:
        # "Acme Graduate Programme" with Acme the sender: the role is what follows the name
        # (the shortest form of it: "Acme Graduate Recruitment" names a team of Acme).
        names = [
            c
            for c, src in all_candidates
            if src in ("client", "sender name", "signature") and role.startswith(c + " ")
        ]
        if names:
            role = _clean_role(role[len(min(names, key=len)) + 1 :])
            role_key = _squash(role) if role else ""
    candidates = [
        (c, src)
        for c, src in all_candidates
        if not role_key or (_squash(c) not in role_key and role_key not in _squash(c))
    ]
    person_sender = _looks_like_person(msg.from_name, msg.from_domain) and not (
        _domain_in(msg.from_domain, ATS_DOMAINS) or _domain_in(msg.from_domain, PLATFORM_DOMAINS)
    )
    company, company_src = _pick_company(candidates, person_sender, agency)
    if company:
        company = _expand_acronym(company, doc.text)
    contact = _contact(msg, t)
    reply_addr = _reply_address(msg, t, owners, noreply)
    details: list[str] = []
    if noreply_reason:
        details.append(noreply_reason)
    if company:
        details.append(f"company {company!r} from {company_src}")

    def verdict(is_rej: bool, score: float, stage: str | None, category: str) -> Verdict:
        return Verdict(
            is_rejection=is_rej,
            score=round(max(0.0, min(1.0, score)), 4),
            stage=stage,
            company=company,
            role=role,
            contact_name=contact,
            reply_address=reply_addr,
            noreply=noreply,
            language=language,
            reasons=tuple(reasons + details),
            category=category,
        )

    if msg.from_addr and msg.from_addr.lower() in owners:
        reasons.append(f"sent by the user ({msg.from_addr}), not to them")
        return verdict(False, 0.99, None, "sent_by_user")
    if not body and not subject:
        what = "attachments only" if msg.attachments else "empty body"
        reasons.append(f"no text to read ({what})")
        return verdict(False, 0.9, None, "empty")

    ev = _Evidence()
    _collect(packs, t, ev, msg.to)
    if len(body) < 300:
        for name in msg.attachments:
            if _REJECTION_ATTACHMENT.search(name or ""):
                ev.rejection.append((3.0, f"attachment {name}"))
                ev.decision = max(ev.decision, 3.0)
                break
    total = 0.0
    if ev.rejection:
        weights = sorted((w for w, _ in ev.rejection), reverse=True)
        total = weights[0] + 0.5 * sum(weights[1:3]) + 0.2 * sum(weights[3:])
    categories: dict[str, float] = dict(ev.lookalike)
    cue_reasons: list[str] = [
        f'{"decision" if w >= DECISION_WEIGHT else "cue"} phrase "{_quote(s)}" (+{w:g})'
        for w, s in sorted(ev.rejection, key=lambda x: -x[0])[:4]
    ]
    cue_reasons += ev.discounted[:3]
    cue_reasons += [
        f'{cat.replace("_", " ")} phrase "{_quote(ev.lookalike_cues[cat][0])}" ({w:+g})'
        for cat, w in sorted(ev.lookalike.items(), key=lambda x: x[1])
    ]
    for weight, cat, reason in _header_signals(msg):
        categories[cat] = categories.get(cat, 0.0) + weight
        cue_reasons.append(f"{reason} ({weight:+g})")
    if _OOO_SUBJECT.match(msg.subject or ""):
        categories["out_of_office"] = categories.get("out_of_office", 0.0) - 3.0
        cue_reasons.append("out-of-office subject (-3)")
    has_job = any(
        p.job_context is not None and p.job_context.search(doc, end=t.lead_end) is not None
        for p in packs
    )
    if "not_a_job" in categories:
        # Words of other domains (a grant, a flat, a paper) decide little in a
        # mail about a job, and a lot in a mail that names no job at all.
        categories["not_a_job"] *= 0.3 if has_job else 2.0
    if not has_job:
        weak = any(
            p.weak_job_context is not None
            and p.weak_job_context.search(doc, end=t.lead_end) is not None
            for p in packs
        )
        penalty = -1.0 if weak else -3.0
        categories["not_a_job"] = categories.get("not_a_job", 0.0) + penalty
        what = "only application words, no job words" if weak else "no job-application words"
        cue_reasons.append(f"{what} ({penalty:+g})")
    # A clear decision usually comes wrapped in thanks, an acknowledgement,
    # an offer to talk or a link to other jobs: such look-alike cues count for
    # less once the decision is there. Evidence that the whole mail is about
    # something else (an offer, a loan, an auto-reply) keeps its weight.
    negative = 0.0
    for cat, weight in categories.items():
        factor = (0.8 if cat in _STRONG_LOOKALIKES else 0.4) if ev.decision >= 3.0 else 1.0
        negative += min(0.0, weight * factor)
    evidence = total + negative
    lookalike = min(categories, key=lambda c: categories[c]) if categories else None

    if ev.decision >= DECISION_WEIGHT and evidence >= THRESHOLD:
        stage, stage_cue = _stage(packs, t, agency)
        reasons.append(f"rejection (evidence {evidence:+.1f})")
        reasons.extend(cue_reasons)
        reasons.append(f'stage {stage}: "{_quote(stage_cue)}"' if stage_cue else f"stage {stage}")
        return verdict(True, _sigmoid(evidence - THRESHOLD + 1.0), stage, "rejection")
    if ev.decision < DECISION_WEIGHT:
        looks = f"; looks like {lookalike.replace('_', ' ')}" if lookalike else ""
        reasons.append(f"not a rejection: no decision phrase{looks}")
    else:
        reasons.append(f"not a rejection: decision phrase outweighed (evidence {evidence:+.1f})")
    reasons.extend(cue_reasons)
    category = lookalike or ("other" if has_job else "unrelated")
    return verdict(False, _sigmoid(THRESHOLD + 1.0 - evidence), None, category)


# --------------------------------------------------------------------------- the scan's cheap path


@dataclass(frozen=True)
class Anchors:
    """The literal words a mail needs before :func:`classify` could call it a rejection.

    The scan's cheap path (:mod:`agent.classify.prefilter`) looks for them in one
    pass and settles mail without them, so it need not know the packs' insides.
    A word here matches where a word of the text starts with it, as in :class:`Doc`.
    """

    decisions: tuple[tuple[frozenset[str], ...], ...]  # per decision cue: one word of each group
    job_words: frozenset[str]  # job and application words of every pack (a superset)
    job_patterns: tuple[Rx, ...]  # the exact job and application patterns the words come from
    sender_domains: frozenset[str]  # ATS and job platforms: mail from them is about a job
    attachment: re.Pattern[str]  # an attachment so named can carry the decision itself
    open_to_all: bool = False  # a decision cue without literal words: nothing can be settled


@functools.cache
def _decision_cues() -> tuple[Rx, ...]:
    """Every decision cue of every pack, in the order of :attr:`Anchors.decisions`."""
    return tuple(
        cue.rx
        for pack in _packs().values()
        for cue in pack.cues
        if cue.category == "rejection" and cue.weight >= DECISION_WEIGHT
    )


@functools.cache
def anchors() -> Anchors:
    """Every pack's decision cues and job words, as :class:`Anchors` (built once)."""
    cues = _decision_cues()
    for rx in cues:
        if not rx.needles:
            log.warning(
                "decision phrase %r has no literal word; the scan's cheap path is off and "
                "every mail is classified in full",
                rx.pattern,
            )
    job_words: set[str] = set()
    patterns: list[Rx] = []
    for pack in _packs().values():
        for context in (pack.job_context, pack.weak_job_context):
            if context is not None:
                patterns.append(context)
                job_words.update(w for group in context.needles[:1] for w in group)
    return Anchors(
        decisions=tuple(rx.needles for rx in cues),
        job_words=frozenset(job_words),
        job_patterns=tuple(patterns),
        sender_domains=ATS_DOMAINS | frozenset(PLATFORM_DOMAINS),
        attachment=_REJECTION_ATTACHMENT,
        open_to_all=any(not rx.needles for rx in cues),
    )


def decision_phrase(subject: str, text: str, cues: Iterable[int] | None = None) -> str | None:
    """The first decision phrase of any pack in a mail's subject and text, or None.

    Context, language and discounts aside: a superset of the decisions
    :func:`classify` can find, so a mail without one cannot be a rejection
    (unless an attachment names it). ``cues``: the indexes into
    :attr:`Anchors.decisions` whose words the caller found (default: all).
    """
    subject = _SUBJECT_PREFIX.sub("", _SPACE.sub(" ", subject)).strip()
    text = _normalise(subject + ".\n" + text if subject else text)
    low = text.lower()
    aligned = len(low) == len(text)
    every = _decision_cues()
    starts: dict[str, list[int]] = {}  # lead literal -> where words start with it
    for i in range(len(every)) if cues is None else cues:
        rx = every[i]
        m = _at_leads(rx, text, low, starts) if aligned and rx.lead else rx.search(text, low)
        if m is not None:
            return m.group()
    return None


def _at_leads(rx: Rx, text: str, low: str, starts: dict[str, list[int]]) -> re.Match[str] | None:
    """``rx`` tried only where a word starts with one of its leading literals, as in a Doc."""
    for lead in rx.lead or ():
        found = starts.get(lead)
        if found is None:
            found = starts[lead] = []
            at = low.find(lead)
            while at >= 0:
                if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
                    found.append(at)
                at = low.find(lead, at + 1)
        for at in found:
            m = rx.rx.match(text, at)
            if m is not None:
                return m
    return None
