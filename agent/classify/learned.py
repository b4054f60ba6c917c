"""A learned second opinion: logistic regression over the words of each sentence.

Why: hand-written frames match the wording they were written from and little
else (issue #11). A linear model over word uni/bi-grams and character 4-grams
gives weight to the words a decision is made of, in any order, so it can
read wording no frame has seen. It only speaks where the rules leave room (see
``agent.classify``): the rules' gates and look-alikes still win.

The weights are data (``data/model.json``, written by ``bench/train-model``);
scoring is a dictionary look-up per feature, no numerical library at run time.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from agent.errors import ReboundError

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).parent / "data" / "model.json"
MAX_SENTENCES = 60  # the newest text of a rejection is short; a long mail is no letter
MAX_SENTENCE_CHARS = 400

_WORD = re.compile(r"[^\W\d_]+|\d+")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n")
CHAR_N = 4


class ModelError(ReboundError):
    """The model file is missing, unreadable or not of the expected shape."""


def sentences(text: str) -> list[str]:
    """The sentences (and lines) of ``text`` worth scoring, in order, at most MAX_SENTENCES."""
    out = []
    for raw in _SENTENCE.split(text):
        part = raw.strip()
        # A question decides nothing ("Is it a net plus?"): the rules discount it too.
        if len(part) >= 12 and not part.endswith("?") and any(c.isalpha() for c in part):
            out.append(part[:MAX_SENTENCE_CHARS])
            if len(out) == MAX_SENTENCES:
                break
    return out


def features(sentence: str) -> list[str]:
    """Word unigrams and bigrams, and the character 4-grams of each word (morphology)."""
    words = ["0" if w.isdigit() else w for w in _WORD.findall(sentence.lower())]
    out = [f"w {w}" for w in words]
    out += [f"b {a} {b}" for a, b in itertools.pairwise(words)]
    for w in words:
        if len(w) > CHAR_N:
            padded = f"<{w}>"
            out += [f"c {padded[i : i + CHAR_N]}" for i in range(len(padded) - CHAR_N + 1)]
    return out


@dataclass(frozen=True)
class Model:
    """Weights per feature, a bias and the probability from which a sentence decides."""

    name: str
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, sentence: str) -> float:
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) for f in set(features(sentence)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best(self, texts: Iterable[str]) -> tuple[float, str]:
        """The highest probability among ``texts`` and the sentence that has it."""
        top, which = 0.0, ""
        for s in texts:
            p = self.probability(s)
            if p > top:
                top, which = p, s
        return top, which

    def explain(self, sentence: str, n: int = 5) -> list[tuple[str, float]]:
        """The ``n`` features of ``sentence`` that weigh most towards a rejection."""
        found = {f: self.weights[f] for f in set(features(sentence)) if f in self.weights}
        return sorted(found.items(), key=lambda kv: -kv[1])[:n]

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "bias": self.bias,
            "threshold": self.threshold,
            "features": "word 1-2-grams, char 4-grams per word",
            "weights": self.weights,
        }


def parse(data: object, where: str = "model") -> Model:
    """A :class:`Model` from the decoded JSON, or :class:`ModelError` saying what is wrong."""
    if not isinstance(data, dict):
        raise ModelError(f"{where}: not a JSON object")
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        model = Model(str(data["name"]), weights, float(data["bias"]), float(data["threshold"]))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{where}: {type(exc).__name__}: {exc}") from exc
    if not 0.0 < model.threshold < 1.0:
        raise ModelError(f"{where}: threshold {model.threshold} is not a probability")
    return model


def read(path: Path) -> Model:
    """The model stored at ``path``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: {exc}") from exc
    return parse(data, str(path))


@cache
def bundled() -> Model:
    """The model shipped with Rebound, read once."""
    model = read(MODEL_FILE)
    log.debug("model %s: %d weights", model.name, len(model.weights))
    return model
