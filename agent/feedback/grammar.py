"""What a language's grammar does to a name or title put into a sentence, and whether a
rejection is a role put on hold — both from ``data/feedback.toml``, not from code.

Templates get a :class:`Grammar` for the draft's language as ``grammar``:
``au poste {{ grammar.elide("de", role) }}`` gives "au poste d'Ingénieur" and
"au poste de Data Engineer".
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "feedback.toml"


@functools.cache
def _data() -> dict[str, Any]:
    with DATA.open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class Grammar:
    """The small grammar a template needs for one language."""

    language: str
    words: dict[str, str] = field(default_factory=dict)
    vowels: str = ""
    mute_h: tuple[str, ...] = ()

    def elide(self, word: str, following: str | None) -> str:
        """``word`` joined to ``following`` as the language writes it ("d'Ingénieur")."""
        if not following:
            return word
        elided = self.words.get(word.lower())
        if elided and self._vowel_sound(following):
            if word[:1].isupper():
                elided = elided[:1].upper() + elided[1:]
            return f"{elided}{following}"
        return f"{word} {following}"

    def _vowel_sound(self, text: str) -> bool:
        low = text.lstrip().lower()
        if not low:
            return False
        if low[0] == "h":
            return any(low.startswith(p) for p in self.mute_h)
        return low[0] in self.vowels


@functools.cache
def grammar(language: str) -> Grammar:
    spec = _data().get("elision", {}).get(language)
    if not spec:
        return Grammar(language)
    return Grammar(
        language,
        dict(spec.get("words", {})),
        str(spec.get("vowels", "")),
        tuple(spec.get("mute_h", ())),
    )


@functools.cache
def _on_hold_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from agent.classify import patterncache  # noqa: PLC0415 - not for commands without the classifier

    return tuple(
        (rule["id"], patterncache.compiled(rule["pattern"], re.IGNORECASE))
        for rule in _data()["on_hold"]
    )


@functools.lru_cache(maxsize=32)
def on_hold_rule(text: str | None) -> str | None:
    """The id of the rule saying the role was put on hold or cancelled, or None.

    Remembered for the last few texts: a draft asks twice of the same body (whether
    to make one, which template), ~0.2 ms each.
    """
    if not text:
        return None
    flat = " ".join(text[:20000].split())
    for rule_id, pattern in _on_hold_rules():
        if pattern.search(flat):
            return rule_id
    return None
