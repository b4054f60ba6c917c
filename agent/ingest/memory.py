"""The owner's corrections remembered: a later mail of a labelled template gets its label.

``rebound rejections add`` (this was a rejection) and ``rejections drop`` (it was not)
store the corrected mail's newest text as word shingles in ``corrections``, keyed by
the sender's registrable domain (and, for an applicant-tracking system's relay, the
company too: one relay carries every employer's templates). A later mail from that
domain whose newest text is a near-duplicate of a labelled one — Jaccard similarity of
its 3-word shingles at least :data:`THRESHOLD`, with names, roles, companies, numbers
and dates masked — gets the owner's label, with a reason citing the correction
(``user:like-message-123 (0.87)``).

Cheap by construction: only mail from a domain with corrections is ever compared
(:meth:`Store.correction_domains` asks one indexed query a batch for the quiet mail),
and that domain's corrections are few. The classifier stays pure: this runs in ingest.
"""

from __future__ import annotations

import dataclasses
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any

from agent.classify import Verdict, stage_of
from agent.classify.extractors.common import ATS_DOMAINS, domain_in
from agent.ingest.applications import registrable, squash
from agent.mail.parse import Message
from agent.mail.quoting import newest_text
from agent.store import Store

# Measured on /work/corpora/ext-s52/dev (bench/memory-threshold, docs/corpora.md session 42
# correct47): the lowest value at which no two mails of different source units, and no
# two of one unit but different kinds (a rejection and an acknowledgement), match.
THRESHOLD = 0.6
SHINGLE = 3  # words a shingle
SHORT_LINE = 3  # words of a line whose capitalised words are all taken for names
MIN_SHINGLES = 4  # a text shorter than this is too small to tell templates apart

_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[.!?:;]")
_BREAK = frozenset(".!?:;")
_DIGIT = re.compile(r"\d")


def masked_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, with what a template fills in masked.

    An address or a link is a number; a word with a digit (numbers, dates, requisition
    ids) becomes ``#``; a capitalised word inside a sentence (a name, a company, a role, a
    month), or anywhere in a line of at most :data:`SHORT_LINE` words (a signature's name
    or company, "Hi Eva"), becomes ``@``, and a run of them one ``@``. A capitalised word
    opening a sentence of a longer line, or after a colon, stays: "Nouveau statut :
    Rejetée" keeps its slot.
    """
    words: list[str] = []
    for line in text.split("\n"):
        tokens = _TOKEN.findall(" ".join(_unaddressed(w) for w in line.split()))
        short = ":" not in tokens and sum(t not in _BREAK for t in tokens) <= SHORT_LINE
        start = True
        for token in tokens:
            if token in _BREAK:
                start = True
                continue
            if not token.isalpha() and _DIGIT.search(token):
                word = "#"
            elif token[0].isupper() and (short or not start):
                word = "@"
            else:
                word = token.lower()
            start = False
            if not (word == "@" and words and words[-1] == "@"):
                words.append(word)
    return words


def _unaddressed(chunk: str) -> str:
    """A chunk between spaces, or ``0`` for an address or a link (read whole: linear)."""
    bare = chunk.strip("<>()[]\"',;:.!?")
    if "@" in bare or ("." in bare and ("://" in bare or _DOMAIN.fullmatch(bare))):
        return "0" + chunk[len(chunk.rstrip(".!?;:")) :]  # a sentence's end stays
    return chunk


def shingles(text: str) -> frozenset[int]:
    """The CRC-32s of the masked text's runs of :data:`SHINGLE` words."""
    words = masked_words(text)
    if len(words) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
        for i in range(len(words) - SHINGLE + 1)
    )


def plain_words(text: str) -> frozenset[str]:
    """The masked text's words that are not masks: what a template says, not fills in."""
    return frozenset(w for w in masked_words(text) if w not in ("@", "#"))


def substituted(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each text has a word the other lacks: a slot filled differently ("Nouveau statut :
    Rejetée" / "Évaluée"), not a sentence added or left out. Names, companies, roles and
    numbers are masked, so a template's own variants differ on one side at most."""
    return not a <= b and not b <= a


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def mail_text(msg: Message) -> str:
    """What a mail is compared by: its subject and its newest text (above quotes and
    signature)."""
    return msg.subject + ".\n" + newest_text(msg.text or "")


def mail_shingles(msg: Message) -> frozenset[int]:
    return shingles(mail_text(msg))


def alike(
    mine: tuple[frozenset[int], frozenset[str]], theirs: tuple[frozenset[int], frozenset[str]]
) -> float:
    """How alike two mails' (shingles, plain words) are: the shingles' Jaccard similarity,
    0 where a slot is filled differently (:func:`substituted`)."""
    if substituted(mine[1], theirs[1]):
        return 0.0
    return jaccard(mine[0], theirs[0])


@dataclass(frozen=True)
class Key:
    """Where a correction is filed: the sender's domain; a relay's also by company."""

    domain: str
    company_key: str | None  # set for a relay's mail only

    @classmethod
    def of(cls, msg: Message, company: str | None) -> Key | None:
        if not msg.from_domain:
            return None
        relay = domain_in(msg.from_domain.lower(), ATS_DOMAINS) is not None
        return cls(registrable(msg.from_domain), squash(company) or "" if relay else None)


@dataclass(frozen=True)
class Recall:
    """A correction a mail is a near-duplicate of."""

    label: str  # "rejection" | "not_rejection"
    correction_id: int
    message_ref: str  # the corrected mail: its messages row id, else its Message-ID
    score: float
    same: bool = False  # the corrected mail itself, seen again

    @property
    def reason(self) -> str:
        if self.same:
            return f"user:message-{self.message_ref}"
        return f"user:like-message-{self.message_ref} ({self.score:.2f})"


def correction_fields(msg: Message, company: str | None) -> dict[str, Any]:
    """The columns a correction of ``msg`` is found again by."""
    key = Key.of(msg, company)
    text = mail_text(msg)
    return {
        "domain": key.domain if key else None,
        "company_key": key.company_key if key else None,
        "shingles": json.dumps(sorted(shingles(text))),
        "words": json.dumps(sorted(plain_words(text))),
    }


def recall(store: Store, msg: Message, company: str | None) -> Recall | None:
    """The owner's label for ``msg``, when it is a near-duplicate (:func:`alike`, at least
    :data:`THRESHOLD`) of a corrected mail of the same sender domain (a relay's: and
    company); the closest such correction."""
    key = Key.of(msg, company)
    rows = store.corrections_for_domain(key.domain) if key is not None else []
    if key is not None and key.company_key is not None:
        rows = [r for r in rows if (r["company_key"] or "") == key.company_key]
    text = mail_text(msg) if rows else ""
    mine = (shingles(text), plain_words(text))
    if len(mine[0]) < MIN_SHINGLES:
        return None
    best: Recall | None = None
    for row in rows:
        theirs = (frozenset(json.loads(row["shingles"] or "[]")),
                  frozenset(json.loads(row["words"] or "[]")))  # fmt: skip
        score = alike(mine, theirs)
        if score >= THRESHOLD and (best is None or score > best.score):
            ref = str(row["message_row"] or row["message_id"])
            best = Recall(row["label"], int(row["id"]), ref, score)
    return best


def owner_label(store: Store, msg: Message, verdict: Verdict) -> Verdict:
    """``verdict``, or the owner's label where it differs: the owner's correction of this
    very mail (by Message-ID: a rescan, a re-import), else the closest corrected mail of
    its sender (:func:`recall`)."""
    mine = store.correction_of(msg.message_id)
    if mine is not None:
        ref = str(mine["message_row"] or msg.message_id)
        found: Recall | None = Recall(mine["label"], int(mine["id"]), ref, 1.0, same=True)
    else:
        found = recall(store, msg, verdict.company)
    if found is None:
        return verdict
    if (found.label == "rejection") == verdict.is_rejection:  # agreed: nothing may be left
        return dataclasses.replace(verdict, maybe=None) if verdict.maybe else verdict
    return relabelled(verdict, found, stage_of(msg) if found.label == "rejection" else "")


def relabelled(verdict: Verdict, found: Recall, stage: str) -> Verdict:
    """``verdict`` with the owner's label; ``stage`` is a user-labelled rejection's."""
    rejection = found.label == "rejection"
    return dataclasses.replace(
        verdict,
        is_rejection=rejection,
        score=round(found.score, 4),
        stage=stage if rejection else None,
        reasons=(found.reason, *verdict.reasons),
        category="rejection" if rejection else "user_not_rejection",
        maybe=None,  # the owner has said what it is
    )
