"""Slot-level evidence of one mail: how near each decision frame came, and what else was weighed.

Why: a rejection the rules miss usually has a *partial* frame ("near:en.not-recommended:2/3"),
a light cue and job context (issue 11). Such evidence is named by frame slots and gates, not
by words, so a model over it might carry to sources whose wording no rule has seen, in every
language. :func:`features` turns it into numbers with language-free names; ``bench/cv-sources``
judges a model over them by leaving whole sources out.

Reading the frames slot by slot costs a regex search per slot and sentence, so it is done
only for a mail the rules turned down with job context (where a second opinion may speak),
never on the cheap path.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from agent import files
from agent.classify.engine import PACK_DIR, Pack
from agent.classify.extractors.common import MailText, quote
from agent.classify.frames import MODEL_ROOM, Decision, decide
from agent.classify.jobcontext import job_sender
from agent.classify.learned import ModelError
from agent.classify.objects import addressed, decision_object, negated
from agent.classify.packcheck import DECISION_WEIGHT
from agent.classify.rulepattern import frame_pattern
from agent.classify.sentences import SENTENCE_END
from agent.mail.parse import Message

MODEL_FILE = Path(__file__).parent / "data" / "slot_model.json"
# Look-alike categories given their own feature; any other is summed into "cat:rest".
CATEGORIES = (
    "acknowledgement",
    "interview_invitation",
    "offer",
    "newsletter",
    "job_alert",
    "not_a_job",
)


@dataclass(frozen=True)
class Frame:
    """One decision frame of a pack, as its slots: each slot's alternatives as one regex."""

    rule: str
    slots: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Near:
    """The sentence where a frame came nearest: which slots matched there, and where."""

    rule: str
    found: tuple[bool, ...]
    span: tuple[int, int]  # from the first matched slot to the end of the last one

    @property
    def fraction(self) -> float:
        return sum(self.found) / len(self.found)


@cache
def frames_of(code: str) -> tuple[Frame, ...]:
    """The rejection frames of the ``code`` pack, read from its data file."""
    path = PACK_DIR / f"{code}.toml"
    if not path.is_file():
        return ()
    data = files.read_toml(path)
    out = []
    for name, frame in data.get("frames", {}).items():
        if frame.get("category", "rejection") != "rejection":
            continue
        slots = [s for s in frame["slots"] if not isinstance(s, int)]
        out.append(
            Frame(f"{code}.{name}", tuple(re.compile(frame_pattern([s]), re.I) for s in slots))
        )
    return tuple(out)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of ``text``."""
    out, at = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((at, m.end()))
        at = m.end()
    out.append((at, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def nearest(codes: Collection[str], text: str) -> list[Near]:
    """Per frame of the ``codes`` packs with a slot matched, the sentence that matched most."""
    spans = sentence_spans(text)
    out = []
    for code in codes:
        for frame in frames_of(code):
            best: Near | None = None
            for s, e in spans:
                ms = [rx.search(text, s, e) for rx in frame.slots]
                k = sum(m is not None for m in ms)
                if k and (best is None or k > sum(best.found)):
                    hit = [m for m in ms if m is not None]
                    span = (min(m.start() for m in hit), max(m.end() for m in hit))
                    best = Near(frame.rule, tuple(m is not None for m in ms), span)
            if best is not None:
                out.append(best)
    return out


def near_frames(codes: list[str], text: str) -> list[str]:
    """Frames with some slots but not all in one sentence: ``near:<rule>:<slots found>/<n>``.

    E.g. an outcome word and an object with no selection verb between them. Only
    the closest sentence per frame counts, and only when at least two slots matched.
    """
    out = []
    spans = sentence_spans(text)
    for code in codes:
        for frame in frames_of(code):
            best: tuple[int, str] = (0, "")
            for s, e in spans:
                found = [rx.search(text, s, e) is not None for rx in frame.slots]
                if sum(found) > best[0] and not all(found):
                    missing = ",".join(str(i + 1) for i, ok in enumerate(found) if not ok)
                    best = (sum(found), missing)
            if best[0] >= 2:
                out.append(f"near:{frame.rule}:{best[0]}/{len(frame.slots)}-missing-{best[1]}")
    return out


def _counted(d: Decision) -> set[str]:
    """The rules of the decision cues counted (frame rules as ``frame:<code>.<name>``)."""
    ev = d.evidence
    return {rule for w, _, rule in ev.rejection if w >= DECISION_WEIGHT} if ev else set()


def _kept(ids: tuple[int, ...], drop: set[int]) -> tuple[int, ...]:
    return tuple(i for i in ids if i not in drop)


def _without(pack: Pack, rules: Collection[str]) -> Pack:
    """``pack`` with the cues of ``rules`` never tried (taken out of its cue index)."""
    drop = {i for i, cue in enumerate(pack.cues) if cue.rule in rules}
    if not drop:
        return pack
    index = {
        k: kept for k, v in pack.cue_index.items() if (kept := tuple(i for i in v if i not in drop))
    }
    always = _kept(pack.cue_always, drop)
    return replace(pack, cue_index=index, cue_always=always, cue_needles=frozenset(index))


def knocked_out(
    msg: Message, packs: list[Pack], t: MailText, rounds: int = 6
) -> tuple[Decision, set[str]]:
    """The decision as if the rules that decided ``msg`` did not exist, and those rules.

    Why: the rules decide every dev rejection (they were written from it), so a model of
    what they miss cannot be judged on what they see. Taking out each counted decision cue
    and deciding again (a weaker one may then count: out too, up to ``rounds`` times)
    leaves what a rejection in unknown wording shows: partial frames, light cues, the
    look-alikes and job context read without the decision. ``bench/cv-sources`` only.
    """
    gone: set[str] = set()
    d = decide(msg, packs, t)
    for _ in range(rounds):
        counted = _counted(d)
        if not counted:
            break
        gone |= counted
        d = decide(msg, without(packs, gone), t)
    return d, gone


def without(packs: list[Pack], rules: Collection[str]) -> list[Pack]:
    """``packs`` with the cues of ``rules`` taken out: the rules as if those were never written."""
    return [_without(p, rules) for p in packs]


def features(
    msg: Message, codes: Collection[str], text: str, d: Decision, gone: Collection[str] = ()
) -> tuple[dict[str, float], Near | None]:
    """The mail's evidence as named numbers, the same names in every language, and the
    frame that came nearest (what a reason cites).

    ``text``: the text the frames are read in (``MailText.cues.text[:lead_end]``);
    ``gone``: rules taken out (:func:`knocked_out`), whose frames are not read either.
    """
    ev = d.evidence
    out: dict[str, float] = {"bias": 1.0}
    near = [n for n in nearest(codes, text) if "frame:" + n.rule not in gone]
    best = None
    if near:
        best = max(near, key=lambda n: (sum(n.found), n.fraction))
        out["near:max-fraction"] = best.fraction
        out["near:max-slots"] = min(sum(best.found), 4) / 4
        out["near:all-but-one"] = float(
            any(len(n.found) >= 3 and sum(n.found) == len(n.found) - 1 for n in near)
        )
        out["near:full-unmatched"] = float(any(all(n.found) for n in near))
        out["near:frames-2+"] = min(sum(sum(n.found) >= 2 for n in near), 8) / 8
        out["near:first-missing"] = float(not best.found[0])
        out["near:last-missing"] = float(not best.found[-1])
        if sum(best.found) >= 2:
            s, e = best.span
            kind, _ = decision_object(text, s, e)
            out[f"object:{kind or 'none'}"] = 1.0
            out["object:addressed"] = float(addressed(text, s, e))
            out["object:negated"] = float(negated(text, s, e))
    cues = [w for w, _, _ in ev.rejection] if ev else []
    out["cue:count"] = min(len(cues), 4) / 4
    out["cue:max"] = max(cues, default=0.0) / DECISION_WEIGHT
    out["cue:discounted"] = float(bool(ev and ev.discounted))
    out["job"] = float(d.job)
    out["job:sender"] = float(job_sender(msg))
    for cat, weight in d.categories:
        name = f"cat:{cat}" if cat in CATEGORIES else "cat:rest"
        out[name] = out.get(name, 0.0) + max(-3.0, weight) / 3
    return out, best


def in_room(d: Decision) -> bool:
    """Would a second opinion be asked: no decision counted, job context, nothing that looks
    like something else but thanks and an acknowledgement (``agent.classify.MODEL_ROOM``)."""
    return not d.is_rejection and not d.decided and d.job and d.category in MODEL_ROOM


@dataclass(frozen=True)
class SlotModel:
    """Logistic regression over :func:`features`: weights per feature name, a threshold.

    Written by ``bench/cv-sources --write`` (``data/slot_model.json``); scoring is a sum
    of a few dozen products, no numerical library at run time.
    """

    name: str
    weights: dict[str, float]
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        z = sum(self.weights.get(f, 0.0) * v for f, v in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def opinion(
        self, msg: Message, packs: list[Pack], t: MailText, d: Decision
    ) -> tuple[float, str] | None:
        """(probability, what it rests on) when the model calls a mail the rules left open
        (:func:`in_room`) a rejection; the frames are read slot by slot only then."""
        if not in_room(d):
            return None
        text = t.cues.text[: t.lead_end]
        values, best = features(msg, [p.code for p in packs], text, d)
        p = self.probability(values)
        if p < self.threshold:
            return None
        if best is None:
            return p, "no frame near"
        s, e = best.span
        k = sum(best.found)
        return p, f'near frame:{best.rule} {k}/{len(best.found)} "{quote(t.doc.text[s:e])}"'


def read_model(path: Path) -> SlotModel:
    """The slot model stored at ``path``, or :class:`ModelError` saying what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        model = SlotModel(
            str(raw["name"]),
            {str(k): float(v) for k, v in raw["weights"].items()},
            float(raw["threshold"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"{path}: {type(exc).__name__}: {exc}") from exc
    if not 0.0 < model.threshold <= 1.0:
        raise ModelError(f"{path}: threshold {model.threshold} is not a probability")
    return model


@cache
def bundled() -> SlotModel:
    """The slot model shipped with Rebound, read once."""
    return read_model(MODEL_FILE)
