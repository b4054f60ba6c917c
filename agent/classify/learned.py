"""A learned second opinion: logistic regression over the words of each sentence.

Why: hand-written frames match the wording they were written from and little
else (issue #11). A linear model over word uni/bi-grams and character 4-grams
gives weight to the words a decision is made of, in any order, so it can
read wording no frame has seen. It only speaks where the rules leave room (see
``agent.classify``): the rules' gates and look-alikes still win.

The weights are data (``data/model.json``, written by ``bench/train-model``);
scoring is a dictionary look-up per feature, no numerical library at run time.
Names are masked before anything is counted (a sentence-level model otherwise
learns the stock names of its training mail: "Globex" made a role line a
rejection), and thanks without a contrast are never scored (``data/learned.toml``).
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
import tomllib
from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from agent.errors import ReboundError

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).parent / "data" / "model.json"
DATA_FILE = Path(__file__).parent / "data" / "learned.toml"
MAX_SENTENCES = 60  # the newest text of a rejection is short; a long mail is no letter
MAX_SENTENCE_CHARS = 400

_WORD = re.compile(r"[^\W\d_]+|\d+")
# No cut at ";": its halves are one statement ("The role has not been filled; it is still open"
# read as two made a negated decision look like one).
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n")
CHAR_N = 4
# What names a thing rather than says something, replaced by a placeholder word before
# the features are counted: addresses, links, domains; numbers become "0" in features().
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b", re.I)
_LATER_WORD = re.compile(r"(?<=\W)[^\W\d_]+")
NAME, LINK = "xname", "xlink"
PLACEHOLDERS = frozenset((NAME, LINK))
# What the rules may be asked to show in the model's sentence (or around it) before it speaks
# (agent.classify.gate); CUE_KINDS all need a light cue the packs counted in the newest text,
# so a mail without one can be settled without asking the model.
CUE_KINDS = ("cue", "cue-addressed", "cue-paragraph", "cue-text")
# "about": the sentence names the reader, a post or the people chosen (objects.about), no cue
GATE_KINDS = ("near", *CUE_KINDS, "about")


class ModelError(ReboundError):
    """The model file is missing, unreadable or not of the expected shape."""


@dataclass(frozen=True)
class Data:
    """``data/learned.toml``: where capitals name nothing, the thanks never scored, and the
    negations whose next words are counted as negated."""

    keep_capitals: frozenset[str]
    pleasantry: re.Pattern[str]
    negations: frozenset[str] = frozenset()
    scope: int = 0


@cache
def data() -> Data:
    """The data file, read once."""
    try:
        with DATA_FILE.open("rb") as fh:
            raw = tomllib.load(fh)
        thanks, but = raw["pleasantry"]["thanks"], raw["pleasantry"]["but"]
        rx = re.compile(rf"^\W*(?:{'|'.join(thanks)})\b(?!.*\b(?:{'|'.join(but)})\b)", re.I | re.S)
        negation = raw["negation"]
        return Data(
            frozenset(raw["keep_capitals"]),
            rx,
            frozenset(negation["words"]),
            int(negation["scope"]),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, re.error) as exc:
        raise ModelError(f"{DATA_FILE}: {type(exc).__name__}: {exc}") from exc


def is_pleasantry(sentence: str) -> bool:
    """Thanks without a contrast: in every letter, so it tells a rejection from nothing."""
    return data().pleasantry.match(sentence) is not None


def sentences(text: str) -> list[str]:
    """The sentences (and lines) of ``text`` worth scoring, in order, at most MAX_SENTENCES."""
    out = []
    for raw in _SENTENCE.split(text):
        part = raw.strip()
        # A question decides nothing ("Is it a net plus?"): the rules discount it too.
        if len(part) < 12 or part.endswith("?") or is_pleasantry(part):
            continue
        if any(c.isalpha() for c in part):
            out.append(part[:MAX_SENTENCE_CHARS])
            if len(out) == MAX_SENTENCES:
                break
    return out


def unlinked(sentence: str) -> str:
    """``sentence`` with its addresses, links and domain names replaced by one word."""
    return _DOMAIN.sub(LINK, _URL.sub(LINK, _EMAIL.sub(LINK, sentence)))


def mask(sentence: str, vocab: Collection[str] = (), lang: str = "") -> str:
    """``sentence`` with addresses, links and names replaced by placeholder words.

    A name is a capitalised word after the first whose lower case is no word of
    ``vocab`` (the words training text used in lower case), except in languages
    that capitalise nouns (``keep_capitals``).
    """
    text = unlinked(sentence)
    if lang in data().keep_capitals:
        return text

    def named(m: re.Match[str]) -> str:
        word = m[0]
        return NAME if word[0].isupper() and word.lower() not in vocab else word

    return _LATER_WORD.sub(named, text)


def words(sentence: str) -> list[str]:
    """The lower-cased words of ``sentence``, a number as "0"."""
    return ["0" if w.isdigit() else w for w in _WORD.findall(sentence.lower())]


def features(sentence: str, vocab: Collection[str] = (), lang: str = "") -> list[str]:
    """Word unigrams and bigrams, the character 4-grams of each word (morphology) and the
    words a negation reaches (:func:`negated`), of the :func:`mask`-ed sentence."""
    words_ = words(mask(sentence, vocab, lang))
    out = [f"w {w}" for w in words_]
    out += [f"b {a} {b}" for a, b in itertools.pairwise(words_)]
    for w in words_:
        if len(w) > CHAR_N and w not in PLACEHOLDERS:
            out += char_grams(w)
    return out + negated(words_)


def negated(words_: list[str]) -> list[str]:
    """After each negation, the next ``scope`` words that are no negation ("n obtenu"), and
    the words on either side of it ("t avez ~ obtenu"): a bigram across the negation.

    Why (session 27, bench/cv-sources): "vous n'avez pas obtenu le poste" says its no with
    words the bigrams split ("pas obtenu", "n avez"); counted as negated, a held-out French
    source's no scored over the threshold and no held-out look-alike did.
    """
    found = data()
    if not found.scope or found.negations.isdisjoint(words_):
        return []
    out = []
    for i, w in enumerate(words_):
        if w in found.negations:
            reach = words_[i + 1 : i + 1 + found.scope]
            out += [f"n {v}" for v in reach if v not in found.negations]
            if 0 < i < len(words_) - 1:
                out.append(f"t {words_[i - 1]} ~ {words_[i + 1]}")
    return out


@lru_cache(maxsize=16384)
def char_grams(word: str) -> tuple[str, ...]:
    """The character 4-gram features of ``word``, kept: a letter's words recur from mail to
    mail; slicing them anew was ~a fifth of :func:`features` (issue 11, clspeed9)."""
    padded = f"<{word}>"
    return tuple(f"c {padded[i : i + CHAR_N]}" for i in range(len(padded) - CHAR_N + 1))


class Weights(Mapping[str, float]):
    """The model's weights as arrays: the keys in one string, the values as doubles, and
    a hash table (open addressing, at most half full) of the keys' hashes and entries.

    Why (issue 15, rss36): a dict of 61,679 feature strings to floats was ~5.9 MiB of
    Python objects in every scan process (the strings 3.6, the dict 1.8, the floats 0.4);
    these arrays are ~2.8 MiB. A look-up probes the table in Python (~0.5 µs a feature
    against a dict's ~0.1) and compares the key in place with its slice of the string, so
    it is exact; iteration keeps the order given. A bisection over sorted hashes held
    ~0.8 MiB less but looked up twice as slowly.
    """

    __slots__ = ("_hashes", "_keys", "_order", "_starts", "_values")

    def __init__(self, items: Iterable[tuple[str, float]]) -> None:
        keys: list[str] = []
        self._values = array("d")
        for key, value in items:
            keys.append(key)
            self._values.append(value)
        self._starts = array("I", [0])
        for key in keys:
            self._starts.append(self._starts[-1] + len(key))
        self._keys = "".join(keys)
        # Open addressing, linear probing, at most half full: a hit is ~1.5 probes, a miss ~2.5.
        size = 1 << max(3, (2 * len(keys)).bit_length())
        self._hashes = array("q", [-1]) * size  # hash() never gives -1
        self._order = array("i", [-1]) * size
        mask = size - 1
        for j, key in enumerate(keys):
            h = hash(key)
            i = h & mask
            while self._order[i] >= 0:
                i = (i + 1) & mask
            self._hashes[i], self._order[i] = h, j

    def _index(self, key: str) -> int:
        """The entry of ``key``, or -1."""
        for j in self._entries((key,)):
            return j
        return -1

    def _entries(self, keys: Iterable[str]) -> Iterator[int]:
        """The entries of those of ``keys`` that have one, in order."""
        hashes, order, starts, text = self._hashes, self._order, self._starts, self._keys
        mask = len(hashes) - 1
        for key in keys:
            h = hash(key)
            i = h & mask
            while (j := order[i]) >= 0:
                start = starts[j]
                if (
                    hashes[i] == h
                    and starts[j + 1] - start == len(key)
                    and text.startswith(key, start)
                ):
                    yield j
                    break
                i = (i + 1) & mask

    def total(self, features: Iterable[str]) -> float:
        """The sum of the weights of ``features`` (those without one count 0), added in
        their order: the same float as ``sum(map(dict.get, features, repeat(0.0)))``."""
        values = self._values
        return sum([values[j] for j in self._entries(features)])

    def __getitem__(self, key: str) -> float:
        j = self._index(key) if isinstance(key, str) else -1
        if j < 0:
            raise KeyError(key)
        return self._values[j]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._index(key) >= 0

    def __iter__(self) -> Iterator[str]:
        keys, starts = self._keys, self._starts
        return (keys[starts[j] : starts[j + 1]] for j in range(len(self._values)))

    def __len__(self) -> int:
        return len(self._values)


@dataclass(frozen=True)
class Model:
    """Weights per feature, a bias and the probability from which a sentence decides.

    ``vocab``: the words training text used in lower case (:func:`mask` keeps those);
    ``cue``: the model speaks only where the packs found a rejection cue too light
    to decide (``Decision.cued``); ``thresholds``: per language, over ``threshold``;
    ``gate``: the model speaks only where its sentence holds one of these kinds of the
    rules' evidence (:data:`GATE_KINDS`, ``agent.classify.gate``); empty: anywhere.
    ``weights`` given as another mapping are kept as :class:`Weights`.
    """

    name: str
    weights: Mapping[str, float]
    bias: float
    threshold: float
    vocab: frozenset[str] = frozenset()
    cue: bool = False
    thresholds: dict[str, float] = field(default_factory=dict)
    gate: tuple[str, ...] = ()
    _table: Weights = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        w = self.weights
        table = w if isinstance(w, Weights) else Weights(w.items())
        object.__setattr__(self, "weights", table)
        object.__setattr__(self, "_table", table)

    def threshold_for(self, lang: str) -> float:
        return self.thresholds.get(lang, self.threshold)

    def probability(self, sentence: str, lang: str = "") -> float:
        found = set(features(sentence, self.vocab, lang))
        z = self.bias + self._table.total(found)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best(self, texts: Iterable[str], lang: str = "") -> tuple[float, str]:
        """The highest probability among ``texts`` and the sentence that has it."""
        top, which = 0.0, ""
        for s in texts:
            p = self.probability(s, lang)
            if p > top:
                top, which = p, s
        return top, which

    def over(
        self, texts: Iterable[str], threshold: float, lang: str = ""
    ) -> list[tuple[float, str]]:
        """The ``texts`` that score ``threshold`` or more, with their probability, highest
        first (the earlier of equals first)."""
        scored = [(self.probability(s, lang), s) for s in texts]
        return sorted(((p, s) for p, s in scored if p >= threshold), key=lambda ps: -ps[0])

    def explain(self, sentence: str, n: int = 5, lang: str = "") -> list[tuple[str, float]]:
        """The ``n`` features of ``sentence`` that weigh most towards a rejection."""
        feats = set(features(sentence, self.vocab, lang))
        found = {f: self._table[f] for f in feats if f in self._table}
        return sorted(found.items(), key=lambda kv: -kv[1])[:n]

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "bias": self.bias,
            "threshold": self.threshold,
            "thresholds": self.thresholds,
            "cue": self.cue,
            "gate": list(self.gate),
            "features": "word 1-2-grams, char 4-grams per word, negated words, names masked",
            "vocab": sorted(self.vocab),
            "weights": dict(self.weights.items()),
        }


def parse(data: object, where: str = "model") -> Model:
    """A :class:`Model` from the decoded JSON, or :class:`ModelError` saying what is wrong."""
    if not isinstance(data, dict):
        raise ModelError(f"{where}: not a JSON object")
    try:
        weights = _weights(data["weights"])
        model = Model(
            str(data["name"]),
            weights,
            float(data["bias"]),
            float(data["threshold"]),
            vocab=frozenset(str(w) for w in data.get("vocab", ())),
            cue=bool(data.get("cue", False)),
            thresholds={str(k): float(v) for k, v in data.get("thresholds", {}).items()},
            gate=tuple(str(k) for k in data.get("gate", ())),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{where}: {type(exc).__name__}: {exc}") from exc
    if unknown := set(model.gate) - set(GATE_KINDS):
        raise ModelError(f"{where}: gate {sorted(unknown)} not of {GATE_KINDS}")
    for lang, p in {"": model.threshold, **model.thresholds}.items():
        if not 0.0 < p <= 1.0:  # 1: never (a probability here stays under 1)
            raise ModelError(f"{where}: threshold {p}{lang and ' of ' + lang} is not a probability")
    return model


def _weights(raw: Any) -> Weights:
    """The decoded weights as :class:`Weights`, their keys as strings."""
    return Weights((str(key), float(value)) for key, value in raw.items())


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
