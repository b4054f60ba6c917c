"""Structural tags for a classifier miss: which gate decided, and what came near (no text).

Why tags and not texts: issue 11 scores the external corpus' **test** part without
reading it. Tags name rules, gates, languages and length buckets only, so their
counts over the test part measure *kinds* of misses (a gate too narrow, a cut that
eats the decision, a language guessed wrong) and say nothing of the wording.
On the dev part they are printed per mail, next to the texts one may read.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache

from agent.classify import Verdict, _read, decision_phrase, packs
from agent.classify.engine import PACK_DIR, SENTENCE_END, frame_pattern
from agent.mail.parse import Message

_GATES = (
    ("no job-application words", "gate:no-job-context"),
    ("only application words", "gate:weak-job-context"),
    ("sent by the user", "gate:own-mail"),
    ("no text to read", "gate:empty"),
    ("bulk mail", "header:bulk"),
    ("automatic reply", "header:auto-reply"),
)
_DISCOUNTS = re.compile(r"^(hypothetical|subject of a reply or forward|quoted words|feedback call)")


@dataclass(frozen=True)
class Frame:
    """One decision frame of a pack, as its slots: each slot's alternatives as one regex."""

    rule: str
    slots: tuple[re.Pattern[str], ...]


@cache
def frames_of(code: str) -> tuple[Frame, ...]:
    """The rejection frames of the ``code`` pack, read from its data file."""
    path = PACK_DIR / f"{code}.toml"
    if not path.is_file():
        return ()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for name, frame in data.get("frames", {}).items():
        if frame.get("category", "rejection") != "rejection":
            continue
        slots = [s for s in frame["slots"] if not isinstance(s, int)]
        out.append(
            Frame(f"{code}.{name}", tuple(re.compile(frame_pattern([s]), re.I) for s in slots))
        )
    return tuple(out)


def _sentences(text: str) -> list[str]:
    out, at = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append(text[at : m.end()])
        at = m.end()
    out.append(text[at:])
    return [s for s in out if s.strip()]


def near_frames(codes: list[str], text: str) -> list[str]:
    """Frames with some slots but not all in one sentence: ``near:<rule>:<slots found>/<n>``.

    E.g. an outcome word and an object with no selection verb between them. Only
    the closest sentence per frame counts, and only when at least two slots matched.
    """
    out = []
    sentences = _sentences(text)
    for code in codes:
        for frame in frames_of(code):
            best: tuple[int, str] = (0, "")
            for sentence in sentences:
                found = [bool(rx.search(sentence)) for rx in frame.slots]
                if sum(found) > best[0] and not all(found):
                    missing = ",".join(str(i + 1) for i, ok in enumerate(found) if not ok)
                    best = (sum(found), missing)
            if best[0] >= 2:
                out.append(f"near:{frame.rule}:{best[0]}/{len(frame.slots)}-missing-{best[1]}")
    return out


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (200, "<200"), (600, "<600"), (1500, "<1500")):
        if n <= limit:
            return name
    return ">=1500"


def tags(msg: Message, verdict: Verdict, labelled_language: str) -> list[str]:
    """The structural tags of one misclassified mail."""
    out: list[str] = []
    head = verdict.reasons[0] if verdict.reasons else ""
    if head.startswith("not a rejection: no decision phrase"):
        out.append("decided:no-decision-phrase")
    elif head.startswith("not a rejection: decision phrase outweighed"):
        out.append(f"decided:outweighed-by-{verdict.category}")
    elif head.startswith("rejection"):
        out.append("decided:rejection")
    else:
        out.append(f"decided:{verdict.category}")
    out.append(f"category:{verdict.category}")
    for reason in verdict.reasons:
        out.extend(tag for words, tag in _GATES if words in reason)
        m = _DISCOUNTS.match(reason)
        if m:
            out.append(f"discounted:{m[1].replace(' ', '-')}")
        if reason.startswith("cue "):
            out.append("weak-cue-present")
    lang = verdict.language
    out.append(f"language:{labelled_language}")
    out.append("lang:ok" if lang == labelled_language else f"lang:{labelled_language}->{lang}")
    if msg.html_only:
        out.append("html-only")
    _, langs, t = _read(msg)
    before, after = len(msg.text or ""), len(t.body)
    out.append(f"body:{_bucket(after)}")
    if t.quoted:
        out.append("cut:quoted-history")
    if before and after < 0.5 * before:
        out.append("cut:over-half-removed")
    if len(t.sig) > after:
        out.append("cut:signature-longer-than-body")
    if "decided:no-decision-phrase" in out:
        # Which text a decision phrase of *any* pack is in: the body the classifier read
        # (then its language's packs lacked it), or only the signature or quoted part
        # (the cut took it), or nowhere.
        if decision_phrase(t.subject, t.body):
            out.append("decision-phrase-of-another-language-in-body")
        elif decision_phrase(t.subject, f"{t.body}\n{t.sig}\n{t.quoted}"):
            out.append("decision-phrase-only-after-the-cut")
        elif decision_phrase(msg.subject or "", msg.text or ""):
            out.append("decision-phrase-only-in-raw-text")
    codes = list(dict.fromkeys(p.code for p in langs))
    if labelled_language in packs().packs and labelled_language not in codes:
        codes.append(labelled_language)
    near = near_frames(codes, t.cues.text[: t.lead_end])
    out.extend(near or ["near:none"])
    return out


def show_tags(folder_name: str, per_mail: list[tuple[str, list[str]]], detail: bool) -> None:
    """Per mail (``detail``) and as counts per tag over every miss of one folder."""
    print(f"   diagnosis of {len(per_mail)} misses in {folder_name} (structural tags, no text):")
    if detail:
        for name, found in per_mail:
            print(f"     {name}")
            print(f"         {' '.join(found)}")
    counts = Counter(tag for _, found in per_mail for tag in set(found))
    for tag, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"     {n:>4}  {tag}")
