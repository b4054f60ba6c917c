"""Where the learned model may speak: a sentence it scores over its threshold must hold the rules'
own evidence (the likeliest such sentence is cited).

Why: lr-3 reads wording no frame has seen, but left alone it also calls thanks, quoted
decisions and one-word subjects rejections (issue 11: P .962 on held-out sources). A
rejection the rules miss usually still leaves a trace in its deciding sentence: a frame
of the mail's language with all slots but one, or a light cue ("unfortunately") said to
the reader. Asking for such a trace *in the model's own sentence* lets the model decide
only where the rules came close, and the reason can cite the rule it leaned on.

The kinds (the model file's ``gate``, any of them suffices):

* ``near``: a rejection frame of the mail's language matched all its slots but one (two
  at least) in the sentence;
* ``cue``: a light rejection cue the rules counted lies in the sentence;
* ``cue-addressed``: such a cue, said to the reader in its own clause (``objects.addressed``);
* ``cue-paragraph``: such a cue in the sentence's paragraph (the text between blank lines);
* ``cue-text``: such a cue anywhere in the newest text (a letter's "Unfortunately," often
  stands a sentence before the one that says what happened);
* ``about``: the sentence names the reader, a post or an application, or the people chosen
  (``objects.about``): no cue needed, for the sentence model (``embedded``), whose no may be
  in words no pack holds.

Every kind but ``near`` needs a light cue in the newest text (``learned.CUE_KINDS``): a mail
without one can be settled without reading it whole.
"""

from __future__ import annotations

from collections.abc import Collection

from agent.classify.evidence import frames_of
from agent.classify.extractors.common import quote
from agent.classify.frames import Decision
from agent.classify.learned import CUE_KINDS
from agent.classify.learned import GATE_KINDS as KINDS
from agent.classify.objects import about, addressed
from agent.classify.opinions import Readers, readers_of


def cue_bound(model: Readers) -> bool:
    """Can ``model`` call a mail a rejection only where the rules counted a rejection cue in
    its subject or newest text (``Evidence.cue_spans``, ``Decision.cued``)?

    So when it asks for a cue (``model.cue``) or every kind of its gate is a cue kind. Then
    the scan's cheap path may settle job mail in which no light cue can match
    (``prefilter.glance(raw, light=True)``): the model could never speak there. A gate that
    also takes ``near`` (a frame's slots, which the cheap path does not read), or no gate
    at all, lets the model speak without a cue: every job mail then goes on, as before.
    A chain is cue-bound when every reader in it is.
    """
    return all(m.cue or (bool(m.gate) and set(m.gate) <= set(CUE_KINDS)) for m in readers_of(model))


def span_of(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` (a stripped, maybe shortened piece of ``text``) lies in ``text``."""
    start = text.find(sentence)
    return None if start < 0 or not sentence else (start, start + len(sentence))


def near(code: str, text: str, s: int, e: int, gone: Collection[str] = ()) -> str | None:
    """The first frame of the ``code`` pack that matches all its slots but one (two at least)
    in ``text[s:e]``, as ``frame:<rule> k/n``; frames of ``gone`` rules are not read."""
    for frame in frames_of(code):
        if "frame:" + frame.rule in gone or len(frame.slots) < 3:
            continue
        found = sum(rx.search(text, s, e) is not None for rx in frame.slots)
        if found == len(frame.slots) - 1:
            return f"frame:{frame.rule} {found}/{len(frame.slots)}"
    return None


def supports(
    text: str,
    sentence: str,
    d: Decision,
    code: str,
    gone: Collection[str] = (),
    *,
    kinds: Collection[str] = KINDS,
) -> dict[str, str]:
    """Each kind of the rules' evidence (of ``kinds``; the cue kinds are read together) found
    in ``sentence`` of ``text``, with what a reason cites. ``d``: the rules' decision on the
    mail (its counted cues); ``code``: its language."""
    span = span_of(text, sentence)
    if span is None:
        return {}
    s, e = span
    out: dict[str, str] = {}
    # every frame's slots searched in the sentence: only when a gate asks for it
    if "near" in kinds and (frame := near(code, text, s, e, gone)) is not None:
        out["near"] = f"near {frame}"
    if "about" in kinds and (named := about(text, s, e)) is not None:
        out["about"] = named
    ps, pe = paragraph(text, s, e)
    cues = [c for c in (d.evidence.cue_spans if d.evidence else []) if c[2] not in gone]
    # the sentence's own cues first, then its paragraph's: a reason cites the nearest
    for cs, ce, rule in sorted(cues, key=lambda c: (not s <= c[0] < e, not ps <= c[0] < pe, c[0])):
        cue = f'cue {rule} "{quote(text[cs:ce])}"'
        if s <= cs and ce <= e:
            out.setdefault("cue", cue)
            if addressed(text, cs, ce):
                out.setdefault("cue-addressed", cue + " to the reader")
        if ps <= cs and ce <= pe:
            out.setdefault("cue-paragraph", cue + " in its paragraph")
        out.setdefault("cue-text", cue + " in the newest text")
    return out


def paragraph(text: str, s: int, e: int) -> tuple[int, int]:
    """The paragraph (between blank lines) that holds ``text[s:e]``."""
    stop = text.find("\n\n", e)
    return text.rfind("\n\n", 0, s) + 1, len(text) if stop < 0 else stop


def support(kinds: Collection[str], text: str, sentence: str, d: Decision, code: str) -> str | None:
    """What the rules show in ``sentence`` of the kinds asked for (in :data:`KINDS` order),
    as a reason, or None: then the model stays silent."""
    found = supports(text, sentence, d, code, kinds=kinds)
    return next((found[k] for k in KINDS if k in kinds and k in found), None)


def admitted(
    kinds: Collection[str], text: str, sentences: list[str], d: Decision, code: str
) -> list[str]:
    """The ``sentences`` that hold evidence of ``kinds``: all a costly model need score (the
    sentence encoder, ~25 ms each), its verdict as if it scored every one."""
    return [s for s in sentences if support(kinds, text, s, d, code) is not None]
