"""A cheap first look at raw mail: most of an inbox cannot be a rejection.

The full path (mail-parser, then :func:`agent.classify.classify`) costs several
milliseconds a message. Here :mod:`agent.classify.rawmail` decodes just the headers and
the inline text parts, and a mail goes on to the full path only with **job
context and a decision**: a job sender (ATS or job platform) or job words in
its sender, subject or first text part, and a decision phrase of some pack
(its words found by one Aho-Corasick pass, then the phrase itself where its
leading word begins) in the subject or the text above the quoted history and
signature, where the classifier reads decisions (:func:`newest_text`). Both come
from the classifier (:func:`agent.classify.anchors`), and a test runs every
labelled corpus through both paths: no rejection the full path finds is settled
here. A rejection-named attachment always goes on.

Whenever the walker meets anything it does not handle exactly as mail-parser
would (an unknown charset, a text attachment, a nested message, a bad base64
run), it gives up and returns ``None``: the mail then takes the full path. Being
unsure costs speed, never a missed rejection.
"""

from __future__ import annotations

import functools
import logging
import operator
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

from agent.classify import (
    MAX_TEXT_CHARS,
    Anchors,
    Rx,
    Verdict,
    anchors,
    initials,
    job_sender,
    onepass,
    patterncache,
    rawmail,
    title_subject,
)
from agent.classify.anchors import phrase_in_reading, spaced_words, unjoined_phrase
from agent.classify.extractors.common import (
    ATS_ENVELOPE_HEADERS,
    ats_envelope,
    domain_in,
)
from agent.classify.glancing import lowers_to_same_length
from agent.classify.inclusive import STAND_IN as GENDER_MARK
from agent.classify.inclusive import unmark
from agent.classify.jobcontext import _person_wrote
from agent.classify.jobcontext import bulk_headers as _listed  # asked only of job mail
from agent.classify.lightpass import folded as _folded
from agent.classify.lightpass import light_cue
from agent.classify.lightpass import reading as _reading
from agent.classify.newest import cuts, newest_text
from agent.classify.rawmail import body_parts as _parts  # noqa: F401  (tests read the walker's parts)
from agent.classify.rawmail import crude_html_text, read_window
from agent.classify.rawmail import sender as _from
from agent.mail.parse import MAX_TEXT_CHARS as PARSE_MAX_TEXT_CHARS
from agent.mail.parse import (
    Message,
    clean_header,
    first_msgid,
    markup_as_plain,
    msgids,
    parse_date,
    quick_message,
)

log = logging.getLogger(__name__)

CATEGORY = "no_decision"  # the category of a mail decided here


@dataclass(frozen=True)
class Glance:
    """Headers and inline text of a mail, and whether it could be a rejection."""

    message: Message  # headers and text only: no attachments, no reply-to, no signals
    candidate: bool  # a decision phrase may be here: take the full path
    reason: str
    tier0: str = ""  # settled by one Hyperscan pass of the "job" or the "decision" patterns
    job: bool = False  # job context but no decision: the learned second opinion reads these
    # a light rejection cue may be where the classifier reads cues: False only when asked
    # (``glance(raw, light=True)``) and none is there; a cue-gated model then cannot speak
    light: bool = True


def _glance(
    message: Message,
    candidate: bool,
    reason: str,
    *,
    tier0: str = "",
    job: bool = False,
    light: bool = True,
) -> Glance:
    """``Glance(...)`` without the frozen dataclass's ``__init__`` (a ``object.__setattr__``
    a field, ~2 µs): one is built for every mail the cheap path reads."""
    seen = object.__new__(Glance)
    seen.__dict__.update(
        message=message, candidate=candidate, reason=reason, tier0=tier0, job=job, light=light
    )
    return seen


# --------------------------------------------------------------------------- gate


@dataclass(frozen=True)
class _Gate:
    """The classifier's anchors as two automata: each finds all its words in one C pass."""

    anchors: Anchors
    job: ahocorasick.Automaton  # job and application words
    job_rx: tuple[re.Pattern[str], ...]  # the patterns they come from, one alternation per flags
    decision: ahocorasick.Automaton  # the words of every decision cue
    cues: dict[str, tuple[int, ...]]  # word -> the decision cues whose first group holds it
    leads: frozenset[str]  # those words (a set: intersecting sets walks the smaller one)
    scan: onepass.Database | None  # the job patterns, then the initials, in one pass (folded)
    decision_scan: onepass.Stored  # every decision cue (and inclusive writing) in one pass
    spaced: tuple[tuple[tuple[str, ...], ...], ...]  # per cue, per group: " " + each word
    light: onepass.Database | None  # every light rejection cue (and inclusive writing)
    # ``job`` and ``job_rx`` without the patterns that count only in a person's mail
    # (``Anchors.person_only``: "our call", "CTO"), for a system's mail when there is no ``scan``
    system_job: ahocorasick.Automaton
    system_job_rx: tuple[re.Pattern[str], ...]
    senders: dict[tuple[str, str], bool] = field(default_factory=dict)  # (name, address) -> job?


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """Each word with a space before it: found only where a word of the text starts."""
    auto = ahocorasick.Automaton()
    for word in words:
        auto.add_word(" " + word, word)
    auto.make_automaton()
    return auto


def _alternations(patterns: Iterable[Rx]) -> tuple[re.Pattern[str], ...]:
    """Patterns of the same flags as one regex: one search finds whether any matches."""
    by_flags: dict[int, list[str]] = {}
    for rx in patterns:
        by_flags.setdefault(rx.rx.flags, []).append(f"(?:{rx.pattern})")
    made = patterncache.compiled  # a kept program, outside re's cache: ~13 ms a run to compile
    return tuple(made("|".join(alts), flags) for flags, alts in by_flags.items())


def _gate() -> _Gate:
    """The automata of :func:`agent.classify.anchors` (the packs now in use)."""
    return _gate_of(anchors())


@functools.lru_cache(maxsize=4)
def _gate_of(found: Anchors) -> _Gate:
    """Built once per set of anchors: a language added from another folder is seen too."""
    cues: dict[str, list[int]] = {}
    for i, groups in enumerate(found.decisions):
        for word in groups[0] if groups else ():
            cues.setdefault(word, []).append(i)
    system = [rx for i, rx in enumerate(found.job_patterns) if i not in found.person_only]
    return _Gate(
        found,
        _automaton(found.job_words),
        _alternations(found.job_patterns),
        _automaton({w for groups in found.decisions for group in groups for w in group}),
        {k: tuple(v) for k, v in cues.items()},
        frozenset(cues),
        onepass.Stored(
            (*(rx.pattern for rx in found.job_patterns), *initials.patterns(found.initials)),
            "job",
            exact=len(found.initials),
        ).get(wait=True),
        onepass.Stored((*(rx.pattern for rx in found.patterns), GENDER_MARK)),
        spaced_words(found.decisions),
        # few patterns, compiled in a second (read from the cache after): at hand before a
        # worker is forked, as the job patterns are
        onepass.Stored((*(rx.pattern for rx in found.light), GENDER_MARK), "light").get(wait=True),
        _automaton({w for rx in system for group in rx.needles[:1] for w in group}),
        _alternations(system),
    )


_NON_WORD = re.compile(r"\W")
_OTHER_NON_WORD = re.compile(r"[^\w\x00-\x7f]")  # after the table (\W alone: ~0.7 ms a long text)
_ASCII_NON_WORD = bytes(b if b > 127 or chr(b).isalnum() or b == 95 else 32 for b in range(256))


def word_starts(text: str) -> str | None:
    """Lower-cased ``text`` with a space before every word, every non-word character a space.

    A word found after a space then begins a word of the text, as the classifier
    requires (:class:`agent.classify.Doc`). ``None`` when lower-casing changes the
    length: the classifier then tests mere substrings, and the cheap path gives up.
    """
    low = text.lower()
    if len(low) != len(text):
        return None
    try:
        low = low.encode("utf-8").translate(_ASCII_NON_WORD).decode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return " " + _NON_WORD.sub(" ", low)
    return " " + (low if low.isascii() else _OTHER_NON_WORD.sub(" ", low))


_WORD = operator.itemgetter(1)


def _words(auto: ahocorasick.Automaton, starts: str) -> set[str]:
    """The words of ``auto`` in ``starts``, collected without a Python loop."""
    return set(map(_WORD, auto.iter(starts)))


_JOB_SPAN = 60  # a job phrase ("graduate programme", "take-home") fits in this many chars
# ... and may begin this many chars before its job word: "unser Team", "le stage", "o cargo"
# (a word alone is English in those packs; issue 11).
_JOB_LEAD = 16
_SPACES = re.compile(r"\s+")
_WORD_START = re.compile(r"\w*\Z")  # before whole[lead + 1]: the word the span's lead cuts
_WORD_END = re.compile(r"\w*")  # the rest of the word the span's end cuts


def job_context(
    whole: str,
    starts: str | None,
    domain: str = "",
    gate: _Gate | None = None,
    *,
    person: bool = True,
) -> bool:
    """Is a mail about a job: its sender, or the packs' job or application patterns?

    ``whole``: its sender, subject and first text part; ``starts``: their
    :func:`word_starts`. The automaton finds where a job word may begin (a few
    places in most mail); the patterns are tried on a short span there only, from a few
    characters before it (an article: "unser Team").
    A sender at an ATS or job platform needs no words, nor does a "careers@"
    sender (its address holds them). Not ``person``: a system wrote it, and the patterns that
    count only in a person's mail (``Anchors.person_only``) are not tried.
    """
    gate = gate or _gate()
    if domain_in(domain, gate.anchors.sender_domains) is not None or starts is None:
        return True
    patterns = gate.job_rx if person else gate.system_job_rx
    tried: set[int] = set()
    for end, word in (gate.job if person else gate.system_job).iter(starts):
        at = end - len(word)  # where the word begins in ``whole`` (``starts`` has one more)
        if at in tried:  # "job" and "jobs" begin at the same place
            continue
        tried.add(at)
        # whole words only: a span cut inside "Control" or "posted" read "rol", "poste" (session 26)
        lead = max(0, at - _JOB_LEAD)
        lo = _WORD_START.search(whole, max(0, lead - _JOB_LEAD), lead + 1)
        hi = _WORD_END.match(whole, at + _JOB_SPAN)
        span = _SPACES.sub(" ", whole[lo.start() if lo else lead : hi.end() if hi else None])
        if any(rx.search(span) is not None for rx in patterns):
            return True
    return False


def decision_cues(starts: str | None, gate: _Gate | None = None) -> tuple[int, ...] | None:
    """The decision cues that could match: a word of each of their groups is here.

    One automaton pass over :func:`word_starts` collects the words of every
    cue (in C: ``set(map(...))``); a cue is named by a word of its first group
    and kept if each other group has a word here too. ``None`` when every cue
    could (the pre-filter is off, or the text is one the classifier only tests
    by substrings).
    """
    gate = gate or _gate()
    if gate.anchors.open_to_all or starts is None:
        return None
    present = _words(gate.decision, starts)
    named = {i for word in present & gate.leads for i in gate.cues[word]}
    decisions = gate.anchors.decisions
    return tuple(
        i for i in sorted(named) if all(not present.isdisjoint(group) for group in decisions[i][1:])
    )


# --------------------------------------------------------------------------- glance


def glance(raw: bytes, *, light: bool = False) -> Glance | None:
    """Headers, inline text and the pre-filter's answer; ``None``: use the full parser.

    ``light``: for a mail with job context and no decision, also tell whether a light
    rejection cue may be there (:attr:`Glance.light`): a second opinion gated on the rules'
    cues reads only those (``agent.classify.gate.cue_bound``). Job mail a light cue may be
    in is then a candidate before its decision is looked for: the full path reads it anyway.
    """
    size = len(raw)
    try:
        headers, body = rawmail.head(raw)  # capped as the full parser reads it
        if headers.keys().isdisjoint(_ANY_OF):
            return None
        texts: list[tuple[str, str]] = []
        names: list[str] = []
        rawmail.walk(headers, body, texts, names, 0)
        subject = rawmail.decoded(headers.get("subject", ""))
        from_name, from_addr = _sender(headers.get("from", ""))
    except (rawmail.Unsure, UnicodeError):
        return None
    plain = rawmail.joined(texts, "text/plain")
    # ``not plain.strip()`` without copying the text; HTML source as text/plain read as HTML
    html_only = not plain or plain.isspace() or markup_as_plain(plain)
    if html_only:
        # All of it: the crude text may hold more than the classifier's window.
        markup = rawmail.joined(texts, "text/html") or plain
        text = crude_html_text(markup[: PARSE_MAX_TEXT_CHARS * 4])
    else:
        text = plain[: MAX_TEXT_CHARS * 2]  # a margin, should mail-parser trim a part
    irt = msgids(headers.get("in-reply-to", ""))
    message = quick_message(
        message_id=first_msgid(headers.get("message-id", "")),
        subject=clean_header(subject),
        from_name=from_name,
        from_addr=from_addr,
        date=parse_date(None, headers.get("date", "")),
        in_reply_to=next(iter(irt), None),
        references=msgids(headers.get("references", "")),
        text=text,
        html_only=html_only,
        size=size,
    )
    get = headers.get  # (a generator over the three names: ~2 µs more a mail)
    envelope = (get(_REPLY_TO), get(_RETURN_PATH), get(_SENDER))
    ats = envelope != (None, None, None) and _ats(envelope)
    window = text if html_only else read_window(text)
    return _settle(message, window, names, ats, headers, light=light)


_ANY_OF = frozenset(("from", "subject", "message-id", "date"))  # a mail has one of these


@functools.lru_cache(maxsize=4096)
def _sender(value: str) -> tuple[str, str]:
    """(display name, address) of a From header, as the record keeps them.

    Cached: most of an inbox comes from a few hundred senders (lists, newsletters,
    notifications); decoding and parsing the header cost a few µs a mail.
    """
    name, addr = _from(rawmail.decoded(value))
    return name.strip(), addr.strip().lower() if "@" in addr else addr.strip()


_REPLY_TO, _RETURN_PATH, _SENDER = ATS_ENVELOPE_HEADERS


@functools.lru_cache(maxsize=4096)
def _ats(envelope: tuple[str | None, ...]) -> bool:
    """:func:`ats_envelope` of a mail's Reply-To, Return-Path and Sender (None: absent),
    remembered: a sender's mails share them (378 distinct in 3,453 ham mails), and reading
    them cost ~7 µs a mail."""
    return ats_envelope([v for v in envelope if v is not None]) is not None


def _job_sender(gate: _Gate, message: Message) -> bool:
    """An ATS, job platform or hiring function sent it (:func:`job_sender`), remembered per
    sender: the domain walk and the job-sender pattern cost ~7 µs a mail."""
    key = (message.from_name, message.from_addr)
    known = gate.senders.get(key)
    if known is None:
        if len(gate.senders) >= _SENDERS_KEPT:
            gate.senders.clear()
        known = gate.senders[key] = job_sender(message) or (
            domain_in(message.from_domain, gate.anchors.sender_domains) is not None
        )
    return known


_SENDERS_KEPT = 4096

# A thread's mails share their subject ("Re: RH 8 no DMA for DVD drive"): the title pattern
# (a long alternation tried after each of up to five words) is asked once per subject.
_title_subject = functools.lru_cache(maxsize=4096)(title_subject)


def _settle(
    message: Message, body: str, names: list[str], ats: bool, h: dict[str, str], *, light: bool
) -> Glance:
    """Candidate only with job context AND a decision: cheapest questions first. ``ats``: an
    ATS envelope; ``h``: the few headers :func:`rawmail.head` reads (:func:`_listed`).

    Job mail settled for want of a decision is marked ``job``; with ``light``, the light cues
    are asked first (:func:`_light_cue`): where one may be in the text the decision cues read,
    the mail goes on at once; where none can be, job mail is settled with ``light`` False.
    """
    gate = _gate()  # once: finding the packs in use costs more than a short mail's scan
    sender = f"{message.from_name} <{message.from_addr}>"
    whole = f"{sender}\n{message.subject}\n{body}"
    if "\u00ad" in whole:  # the classifier drops soft hyphens: "re\u00adjected" is one word
        whole = whole.replace("\u00ad", "")
    named = [n for n in names if n and (gate.anchors.attachment.search(n) or "=?" in n)]
    if named:  # the decision may be in the attachment alone
        return _glance(message, True, f"attachment {named[0]!r}")
    newest: str | None = None
    if ats or _job_sender(gate, message) or _title_subject(message.subject):
        pass  # "Re: Senior Product Designer" is job context as the classifier reads it
    elif (tier0 := _no_job_words(gate, message, whole, h)) is not None:
        return _glance(message, False, "no job words and no job sender", tier0=tier0)
    elif not message.html_only and (_listed(h) or not _person_wrote(message)):
        newest, above = cuts(body)  # a list's or system's job words count only above it
        text = f"{sender}\n{message.subject}\n{above}".replace("\u00ad", "")
        tier0 = _no_job_words(gate, message, text, h) if len(above) < len(body) else None
        if tier0 is not None:
            return _glance(message, False, "no job words and no job sender", tier0=tier0)
    if not message.html_only:  # the quoted history, forwards and signature: no decision
        body = newest_text(body) if newest is None else newest
    if light and _light_cue(gate, message.subject, body):
        # Job mail a light cue may be in: whatever the decision's passes find, the full path
        # reads it (a candidate, or job mail a cue-gated model reads), so they are skipped.
        return _glance(message, True, _JOB_AND_LIGHT)
    passed = _decisions_in_one_pass(gate, message.subject, body)  # before the cue words' pass

    def job_mail(reason: str, tier0: str = "") -> Glance:
        return _glance(message, False, reason, tier0=tier0, job=True, light=not light)

    if passed is not None and not passed:
        return job_mail("no decision phrase in any language", tier0="decision")
    read = unmark(whole)  # a cue's words as it reads them too ("Kandidat:in": "Kandidatin-")
    starts = word_starts(whole if read == whole else f"{whole}\n{read}")
    if passed is None:
        cues = decision_cues(starts, gate)
        if cues is None:  # no database yet and every cue could match: read them all, never skip
            cues = tuple(range(len(gate.anchors.patterns)))
    else:
        # Only cues whose widened pattern matched can match (each is a superset of its
        # cue): the phrase search tries those, not every cue with its words here.
        cues = _passed_cues(gate, starts, passed, message.subject, body)
    if cues == ():
        return job_mail("no key words of a decision phrase")
    if not cues or (
        phrase_in_reading(gate.anchors, _reading(message.subject, body), cues) is None
        and unjoined_phrase(gate.anchors, message.subject, body, cues) is None
    ):
        return job_mail("no decision phrase in any language")
    return _glance(message, True, "job words and a decision phrase")


# With ``light``: job mail a light cue may be in goes on, its decision not looked for (the
# rules' candidate or job mail a cue-gated model reads: the full path reads both alike).
_JOB_AND_LIGHT = "job words and a light rejection cue (read in full: the rules, the model)"


def _light_cue(gate: _Gate, subject: str, body: str) -> bool:
    """:func:`lightpass.light_cue` over the gate's light cues (True: no database)."""
    return light_cue(gate.light, len(gate.anchors.light), subject, body)


def _no_job_words(gate: _Gate, message: Message, whole: str, h: dict[str, str]) -> str | None:
    """How the job gate settles ``whole`` (sender, subject, text): "job" by tier 0's pass, ""
    without its database (spans where job words begin: :func:`job_context`), None: job mail."""
    if gate.scan is not None and (whole.isascii() or lowers_to_same_length(whole)):
        return "job" if _no_job_pattern(gate, message, whole, h) else None
    person, found = not _listed(h) and _person_wrote(message), gate.anchors
    if job_context(whole, word_starts(whole), message.from_domain, gate, person=person):
        return None
    signed = initials.signed(found.initials, found.initials_after, whole, message.html_only)
    return None if signed else ""


def _no_job_pattern(gate: _Gate, message: Message, whole: str, h: dict[str, str]) -> bool:
    """Tier 0's job pass: no job pattern matches ``whole`` (folded) where it counts.

    A person's contact or a manager's title ("our call", "CTO": ``Anchors.person_only``) makes
    job context only in a person's mail (``jobcontext._contact``), asked only when one is found;
    a hiring function's initials only where they sign (:func:`initials.signed_at`).
    """
    assert gate.scan is not None
    jobs, words, found = len(gate.anchors.job_patterns), gate.anchors.initials, gate.anchors
    hits = onepass.any_but(gate.scan, onepass.fold(whole), jobs, found.person_only)
    return hits is not None and not any(
        initials.signed_at(
            found.initials_after, whole, end - len(words[i - jobs]), end, message.html_only
        )
        if i >= jobs
        else not _listed(h) and _person_wrote(message)
        for i, end in hits
    )


def _passed_cues(
    gate: _Gate, starts: str | None, passed: set[int], subject: str, body: str
) -> tuple[int, ...] | None:
    """:func:`decision_cues` narrowed to the cues whose widened pattern matched (``passed``,
    after :func:`_exactly_read`): ``()`` when no cue at all has a word of each group here
    (the mail has no key words), None when some cue does but none of those passed.

    The passed cues (two or three a mail) are tested by a substring search per word
    (``" " + word in starts``: where a word starts, as the automaton finds them); the
    automaton pass and the test of every cue it names (dozens in a long mail, more than
    the decision pass cost) only to tell the two empty answers apart.
    """
    if gate.anchors.open_to_all or starts is None:
        return tuple(sorted(_exactly_read(gate, passed, subject, body))) or None
    worded = None  # does any cue at all have its words here?
    if len(gate.anchors.patterns) in passed:  # a gender mark: a second pass reads more exactly
        worded = _worded(starts, gate)
        if not worded:
            return ()
        passed = _exactly_read(gate, passed, subject, body)
    spaced = gate.spaced
    kept = tuple(
        i
        for i in sorted(passed)
        if spaced[i] and all(any(w in starts for w in group) for group in spaced[i])
    )
    if kept:
        return kept
    if worded is None:
        worded = _worded(starts, gate)
    return None if worded else ()


def _worded(starts: str, gate: _Gate) -> bool:
    """``decision_cues(starts, gate) != ()`` for a text the pre-filter reads (``starts`` not
    None, no cue open to all), answered at the first cue with a word of each group: a long
    mail names dozens of cues, and sorting and testing them all cost ~1 ms."""
    present = _words(gate.decision, starts)
    decisions = gate.anchors.decisions
    return any(
        all(not present.isdisjoint(group) for group in decisions[i][1:])
        for word in present & gate.leads
        for i in gate.cues[word]
    )


def _exactly_read(gate: _Gate, passed: set[int], subject: str, body: str) -> set[int]:
    """``passed`` without the gender-mark stand-in: after a gender mark (``inclusive_word``
    or ``swapped_word`` matched: any cue might), the cues matched over the very text the
    phrase search reads.

    Words like "file(s)" or "Note:In" make ~1 % of ordinary mail take that branch; the
    search then tried every cue whose words it holds (~3 ms a mail). Over the text as
    :func:`cue_reading` makes it, each widened pattern is a superset of its cue.
    """
    marks = len(gate.anchors.patterns)
    if marks not in passed:
        return passed
    db = gate.decision_scan.get()
    assert db is not None  # it gave ``passed``
    return onepass.matches(db, onepass.fold(_reading(subject, body))) - {marks}


def _decisions_in_one_pass(gate: _Gate, subject: str, body: str) -> set[int] | None:
    """The decision cues of any pack whose widened pattern matches the text they would read
    (folded): indexes into ``anchors.patterns``, and ``len(anchors.patterns)`` for a gender
    mark (then any cue may match); None while the database is not ready: any cue may.

    :func:`decision_phrase` reads ``subject + ".\n" + body`` with white space
    normalised, wrapped lines joined and gender marks moved; the widened patterns
    match across any white space, and a gender mark (``inclusive_word``, ``swapped_word``)
    anywhere counts as a match for every cue, so a cue not matched here matches none there.
    Until the database is compiled (once, in the background, then read from the cache)
    this says None.
    """
    db = gate.decision_scan.get()
    return None if db is None else onepass.matches(db, _folded(subject, body))


def verdict_for(g: Glance) -> Verdict:
    """The verdict of a mail the pre-filter decided: not a rejection, and why."""
    return _settled(g.reason)


@functools.lru_cache(maxsize=64)
def _settled(reason: str) -> Verdict:
    """One (frozen) verdict a reason: a scan records thousands of settled mails with three
    reasons, and building each one's verdict cost ~9 µs, ~1 % of the scan's CPU."""
    return Verdict.without_details(f"not a rejection: {reason} (quick check)", CATEGORY, score=0.99)


def ready() -> threading.Event:
    """Set once the cheap path's last database (the decision cues') is built, or known
    not to be: see :meth:`onepass.Stored.ready`."""
    return _gate().decision_scan.ready()


def compiled() -> bool:
    """Every database of the cheap path is built: none is being compiled in a thread.

    A worker process forked meanwhile would lack it (and could inherit its lock held).
    """
    return _gate().decision_scan.get() is not None
