"""Asking the learned second opinions where the rules leave room, and saying where a mail may
still be a rejection though none of them spoke.

Why the second part: on mail nobody here wrote, about a fifth of the rejections say no in
words neither the packs nor the models know well enough to decide (issue 11). Many of them
still draw the sentence model close to its threshold. Calling those rejections would also call
as many thank-yous and holding notes rejections; listing them for the owner to look at costs
one line each, and ``rebound rejections add`` turns one into a logged rejection (and teaches
the corrections' memory its template).
"""

from __future__ import annotations

from typing import NamedTuple

from agent.classify import embedded, gate, learned, opinions
from agent.classify.extractors.common import MailText, quote
from agent.classify.frames import MODEL_ROOM, Decision

MAYBE_QUOTE = 240  # characters of the sentence a "may be a rejection" reason quotes


def model_sentences(t: MailText) -> list[str]:
    """The sentences of subject and newest text the model reads (wrapped lines joined)."""
    return learned.sentences(t.cues.text[: t.lead_end])


def _room(model: opinions.Reader, d: Decision, language: str) -> bool:
    """Job mail the rules left open, in a language the model speaks."""
    if d.is_rejection or d.decided or not d.job or d.category not in MODEL_ROOM:
        return False
    return not (model.cue and not d.cued) and model.threshold_for(language) < 1.0


def _read(model: opinions.Reader, d: Decision, t: MailText, language: str) -> list[str]:
    """The sentences ``model`` scores: a gated sentence model only those its gate admits."""
    sentences = model_sentences(t)
    if isinstance(model, embedded.SentenceModel) and model.gate:  # ~25 ms a sentence
        text = t.cues.text[: t.lead_end]
        return gate.admitted(model.gate, text, sentences[: embedded.MAX_SENTENCES], d, language)
    return sentences


def second_opinion(
    model: opinions.Reader, d: Decision, t: MailText, language: str = ""
) -> tuple[float, str, str] | None:
    """(probability, sentence, what the rules show there) when the model calls a mail the
    rules left open a rejection.

    The rules' look-alikes (offer, invitation, own mail, newsletter, another domain)
    and any decision cue they counted, even one outweighed, keep the last word; a
    model that asks for a cue (``model.cue``) speaks only where the packs found a
    light one ("unfortunately", "we regret") that decided nothing on its own, and one
    with a ``gate`` only where a sentence it scores over its threshold holds the rules'
    evidence (``gate.support``).
    """
    if not _room(model, d, language):
        return None
    return _over(model, d, t, language, _read(model, d, t, language))


def _over(
    model: opinions.Reader, d: Decision, t: MailText, language: str, sentences: list[str]
) -> tuple[float, str, str] | None:
    said = model.over(sentences, model.threshold_for(language), language)
    if not said or not model.gate:
        return (*said[0], "") if said else None
    # Any sentence over the threshold may carry the rules' evidence, the likeliest first:
    # a letter's cue often sits in its second-likeliest sentence (bench/cv-sources).
    text = t.cues.text[: t.lead_end]
    for p, sentence in said:
        if (leaned := gate.support(model.gate, text, sentence, d, language)) is not None:
            return p, sentence, leaned
    return None


def maybe(model: opinions.Reader, sentences: list[str], language: str = "") -> str | None:
    """Why a mail ``model`` did not call a rejection may still be one, or None.

    Only the sentence model says so, where its likeliest of the ``sentences`` it read (those
    its gate admits) scores its file's ``maybe`` or more, below the threshold it decides at.
    They were scored when it was asked, so this costs no encoder call.
    """
    if not isinstance(model, embedded.SentenceModel) or not model.maybe:
        return None
    p, sentence = model.best(sentences, language)
    if p < model.maybe:
        return None
    # the digest quotes it (agent.text.quoted): the owner judges by it, so say it whole
    return f'model:{model.name} p={p:.2f} "{quote(sentence, MAYBE_QUOTE)}"'


class Said(NamedTuple):
    """What the readers said of a mail the rules left open: a rejection at ``p`` (its reason
    cites the reader, the sentence and what the rules show there), or, ``p`` None, a mail
    that may be one (:func:`maybe`'s reason)."""

    p: float | None
    reason: str


def ask(model: opinions.Readers, d: Decision, t: MailText, language: str = "") -> Said | None:
    """Each reader in order (the first that calls the mail a rejection decides), then what
    :func:`maybe` said of the sentences one of them read; None when none has anything to say."""
    unsure = None
    for reader in opinions.readers_of(model):
        if not _room(reader, d, language):
            continue
        sentences = _read(reader, d, t, language)
        if (opinion := _over(reader, d, t, language, sentences)) is not None:
            p, sentence, leaned = opinion
            said = f'rejection by model:{reader.name} p={p:.2f} "{quote(sentence)}"'
            return Said(p, f"{said} where the rules found {leaned}" if leaned else said)
        unsure = unsure or maybe(reader, sentences, language)
    return None if unsure is None else Said(None, unsure)
