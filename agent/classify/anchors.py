"""What the scan's cheap path needs of the packs: the literal anchors of a decision.

Why apart from :mod:`agent.classify.frames`: the pre-filter reads only these (the words
and patterns a mail needs before :func:`frames.decide` could call it a rejection), so it
need not know the frames' insides, and frames stays a readable size.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from agent.classify.denied import MIN_LOOKALIKE
from agent.classify.denied import YES as DENIABLE
from agent.classify.engine import DOUBLE_WRAP, SPACE, Cue, Pack, PackSet, normalise, unwrap
from agent.classify.extractors.common import ATS_DOMAINS, PLATFORM_DOMAINS, SUBJECT_PREFIX
from agent.classify.frames import REJECTION_ATTACHMENT
from agent.classify.matching import Rx
from agent.classify.packcheck import DECISION_WEIGHT


@dataclass(frozen=True, eq=False)  # hashed by identity: cheap cache keys
class Anchors:
    """The literal words a mail needs before :func:`decide` could call it a rejection.

    The scan's cheap path (:mod:`agent.classify.prefilter`) looks for them in one
    pass and settles mail without them, so it need not know the packs' insides.
    A word here matches where a word of the text starts with it, as in :class:`Doc`.
    Decision cues are every pack's heavy rejection phrases *and* its decision frames, and the
    offer and invitation look-alikes a denial makes a decision (:func:`deniable_cues`).
    """

    patterns: tuple[Rx, ...]  # every decision cue (phrase or frame), in pack order
    decisions: tuple[tuple[frozenset[str], ...], ...]  # per cue: the words of each needle group
    job_words: frozenset[str]  # job and application words of every pack (a superset)
    job_patterns: tuple[Rx, ...]  # the exact job and application patterns the words come from
    sender_domains: frozenset[str]  # ATS and job platforms: mail from them is about a job
    attachment: re.Pattern[str]  # an attachment so named can carry the decision itself
    initials: tuple[str, ...] = ()  # a hiring function's bare initials ("HR"): see initials
    initials_after: tuple[re.Pattern[str], ...] = ()  # words before them that make them count
    open_to_all: bool = False  # a decision cue without literal words: nothing can be settled
    # every light rejection cue ("unfortunately"): where a cue-gated second opinion may speak
    light: tuple[Rx, ...] = ()
    # indexes into ``job_patterns`` of the patterns that make job context only in a person's
    # mail (``contact_context``, ``manager_title``: ``jobcontext._contact``)
    person_only: frozenset[int] = frozenset()


def decision_cues(packs: Iterable[Pack]) -> tuple[Cue, ...]:
    """The cues that decide on their own: heavy rejection phrases and decision frames."""
    return tuple(
        cue
        for pack in packs
        for cue in pack.cues
        if cue.category == "rejection" and cue.weight >= DECISION_WEIGHT
    )


def deniable_cues(packs: Iterable[Pack]) -> tuple[Cue, ...]:
    """The offer and invitation look-alikes that decide when denied to the reader in their
    clause (:func:`agent.classify.denied.as_denied`: "we cannot offer you the post"): the cheap
    path must hand such mail on as it does a decision phrase (session 44)."""
    return tuple(
        cue
        for pack in packs
        for cue in pack.cues
        if cue.category in DENIABLE and cue.weight <= -MIN_LOOKALIKE
    )


def light_cues(packs: Iterable[Pack]) -> tuple[Cue, ...]:
    """The rejection cues too light to decide: the rest of what ``Evidence.cue_spans`` holds,
    where a second opinion with a cue gate (:mod:`agent.classify.gate`) may lean."""
    return tuple(
        cue
        for pack in packs
        for cue in pack.cues
        if cue.category == "rejection" and cue.weight < DECISION_WEIGHT
    )


@functools.cache
def anchors_of(pack_set: PackSet) -> Anchors:
    """The :class:`Anchors` of every pack of ``pack_set`` (built once per set)."""
    # each with needles (see check_cues); a denied offer decides too
    cues = decision_cues(pack_set.packs.values()) + deniable_cues(pack_set.packs.values())
    job_words: set[str] = set()
    patterns: list[Rx] = []
    person_only: set[int] = set()
    packs = pack_set.packs.values()
    for pack in packs:
        contexts = (  # (pattern, whether it counts only in a person's mail)
            (pack.job_context, False),
            (pack.weak_job_context, False),
            (pack.process_context, False),
            (pack.contact_context, True),
            (pack.hiring_function, False),
            (pack.manager_title, True),
        )
        for context, person in contexts:
            if context is not None:
                if person:
                    person_only.add(len(patterns))
                patterns.append(context)
                job_words.update(w for group in context.needles[:1] for w in group)
    return Anchors(
        patterns=tuple(cue.rx for cue in cues),
        decisions=tuple(cue.rx.needles for cue in cues),
        job_words=frozenset(job_words),
        job_patterns=tuple(patterns),
        sender_domains=ATS_DOMAINS | frozenset(PLATFORM_DOMAINS),
        attachment=REJECTION_ATTACHMENT,
        initials=tuple(sorted({w for pack in packs for w in pack.hiring_initials})),
        initials_after=tuple(p.initials_after for p in packs if p.initials_after is not None),
        open_to_all=any(not cue.rx.needles for cue in cues),
        light=tuple(cue.rx for cue in light_cues(packs)),
        person_only=frozenset(person_only),
    )


def cue_reading(subject: str, text: str, *, joined: bool = True) -> str:
    """Subject and body as the decision cues read them, or joined a little more.

    As the classifier does: spaces normalised, soft hyphens dropped, a reply's
    prefix cut, double-spaced and hard-wrapped lines joined, quotes made plain.
    ``text`` may be only the head of a mail, so double spacing is assumed
    whenever no single line break contradicts it (unless not ``joined``): joining
    more lines than the classifier does finds more phrases, but loses the line end
    a status frame ends at ("Not selected\n\nAcme ..."): :func:`decision_phrase`
    reads both.
    """
    subject = SUBJECT_PREFIX.sub("", SPACE.sub(" ", subject)).strip()
    text = _normalised(text)
    if joined and _double_spacing_assumed(text):
        text = DOUBLE_WRAP.sub("\n", text)
    return unwrap(subject + ".\n" + text if subject else text)


# The two readings of :func:`unjoined_phrase` (and the cheap path's) normalise one text.
_normalised = functools.lru_cache(maxsize=2)(normalise)


def _double_spacing_assumed(text: str) -> bool:
    """Does :func:`cue_reading` join the lines of ``text`` (normalised): a blank line, and
    no single line break to contradict double spacing?"""
    return "\n\n" in text and "\n" not in text.replace("\n\n", "")


def decision_phrase(
    anchors: Anchors, subject: str, text: str, cues: Iterable[int] | None = None
) -> str | None:
    """The first decision phrase or frame of any pack in a mail's subject and text, or None.

    Context, language and discounts aside: a superset of the decisions
    :func:`decide` can find, so a mail without one cannot be a rejection (unless
    an attachment names it). ``cues``: the indexes into :attr:`Anchors.patterns`
    whose words the caller found (default: all).
    """
    cues = None if cues is None else tuple(cues)
    found = phrase_in_reading(anchors, cue_reading(subject, text), cues)
    return found if found is not None else unjoined_phrase(anchors, subject, text, cues)


def unjoined_phrase(
    anchors: Anchors, subject: str, text: str, cues: Iterable[int] | None = None
) -> str | None:
    """The phrase of :func:`decision_phrase` in the reading whose blank lines stay, when
    joining them (double spacing assumed) changed the text; else None.

    The classifier joins a text's blank lines only when the whole mail is double spaced
    (``engine._double_spaced``); a frame that ends at a line end then still has it there.
    """
    if "\n\n" not in text or not _double_spacing_assumed(_normalised(text)):
        return None  # the two readings are one
    kept = cue_reading(subject, text, joined=False)
    if kept == cue_reading(subject, text):
        return None
    return phrase_in_reading(anchors, kept, cues)


def phrase_in_reading(anchors: Anchors, text: str, cues: Iterable[int] | None = None) -> str | None:
    """:func:`decision_phrase` of a text :func:`cue_reading` has already made: the scan's
    cheap path reads it for a second Hyperscan pass too (a long HTML mail: milliseconds)."""
    low = text.lower()
    aligned = len(low) == len(text)
    every = anchors.patterns
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


def spaced_words(
    decisions: Iterable[Iterable[Iterable[str]]],
) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Per decision cue, per group: " " + each word (the cheap path's gate), one string a
    distinct word and one tuple a distinct group.

    Why: ~1,800 cues name ~17,000 words, ~4,500 of them distinct; a string an occurrence
    was ~0.9 MiB more of every process's start (issue 15, rss35).
    """
    shared: dict[Any, Any] = {}

    def group_of(words: Iterable[str]) -> tuple[str, ...]:
        spaced = tuple(shared.setdefault(w, " " + w) for w in words)
        return shared.setdefault(spaced, spaced)  # type: ignore[no-any-return]

    return tuple(tuple(group_of(group) for group in cue) for cue in decisions)
