"""How far the application got: explicit cues in the newest part, then thread history.

Why a module: a stage named as a step ahead ("we won't invite you to a final
interview") says the one before it was reached; agencies' own talks are not steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.classify.engine import STAGES, Pack
from agent.classify.extractors.common import MailText
from agent.classify.lexicon import compiled

_THANKS = compiled("thanks")


_OUR = compiled("our")


_PREVIOUS_STAGE = {"final": "interview", "interview": "application", "screen": "application"}


# "the conversation (that) we had": said by an agency, a talk with the agency itself.
_WE_AFTER = compiled("we_after")


_PROSPECTIVE_WINDOW = 48


def _prospective(packs: list[Pack], text: str, start: int) -> bool:
    """Whether a stage word at ``start`` names a step ahead ("not invited *to an interview*")."""
    before = text[max(0, start - _PROSPECTIVE_WINDOW) : start]
    cut = max(before.rfind("."), before.rfind("\n"), before.rfind("!"), before.rfind("?"))
    before = before[cut + 1 :]
    if _THANKS.search(before):
        return False  # "thank you for the interview": one that happened
    return any(p.prospective is not None and p.prospective.search(before) for p in packs)


def _no_agency() -> bool:
    return False


def find_stage(
    packs: list[Pack],
    t: MailText,
    agency: Callable[[], bool] = _no_agency,
    role_closed: bool = False,
) -> tuple[str, str | None]:
    """How far the application got: explicit cues in the newest part, then thread history.

    A stage named as a step ahead ("we won't invite you to a final interview") is
    not one reached: it says the one before it was. A more specific cue beats a
    general one it overlaps ("phone interview" is a screen, not an interview). An
    agency's own conversation ("after our interview", "the call we had") is not a
    step with the employer. Application words come last: nearly every rejection
    says "your application" whatever the stage, so any sign of contact beats them.
    ``agency()`` runs the company extractors: asked only of a cue worded as one's own talk.
    """
    doc, end, text = t.doc, t.lead_end, t.doc.text
    found: list[tuple[str, int, int, str]] = []
    applied: list[str] = []
    ahead: list[str] = []
    for name in STAGES:
        for pack in packs:
            rx = pack.stage.get(name)
            if rx is None or (applied and name == "application"):
                continue  # of application cues only the first is ever quoted
            for m in rx.finditer(doc, end=end):
                if name == "application":
                    applied.append(m.group())
                    break
                if _prospective(packs, text, m.start()):
                    ahead.append(name)
                elif not (_agency_own(text, m) and agency()):
                    found.append((name, m.start(), m.end(), m.group()))
    if (explicit := _explicit_stage(found, t.body_start, text)) is not None:
        return explicit
    implied = [_PREVIOUS_STAGE[a] for a in ahead if a in _PREVIOUS_STAGE]
    if "interview" in implied:
        return "interview", "a later step declined"
    if t.quoted and (earlier := _quoted_stage(packs, t.quoted[:4000])) is not None:
        return earlier
    for name in STAGES:
        for pack in packs:
            rx = pack.stage_weak.get(name)
            if rx is None:
                continue
            for m in rx.finditer(doc, end=end):
                if not _prospective(packs, text, m.start()) and not (
                    _agency_own(text, m) and agency()
                ):
                    return name, m.group()
    if implied:
        return implied[0], applied[0] if applied else "a later step declined"
    if applied:
        return "application", applied[0]
    if role_closed or not t.body:
        # The role went away, or nothing was said: how far it got is not known.
        return "unknown", None
    # A decision with no sign of any contact beyond the application: a terse
    # "we will not proceed with your application" is an application-stage no.
    return "application", None


def _agency_own(text: str, m: re.Match[str]) -> bool:
    """Whether an agency's stage cue is its own talk with the candidate ("the call we had")."""
    return bool(_OUR.search(m.group()) or _WE_AFTER.match(text, m.end()))


def _explicit_stage(
    found: list[tuple[str, int, int, str]], body_start: int, text: str = ""
) -> tuple[str, str] | None:
    """The latest stage cued outright, a specific cue beating a general one it overlaps.

    A subject's general word ("Esito colloquio", "Interview feedback") names any talk;
    the text's specific one ("il colloquio telefonico", "the phone screen") says which.
    So does a specific one before a bare general one that takes its noun up again ("la
    entrevista telefónica de ayer. Tras la entrevista hemos decidido ...": the same talk).
    """
    specific = {"interview": ("screen", "final")}
    for name in STAGES:
        for stage, s0, e0, cue in found:
            if stage != name:
                continue
            if any(
                other in specific.get(stage, ())
                and (
                    (s1 < e0 and s0 < e1)
                    or (e0 <= body_start <= s1)
                    or (body_start <= s1 and e1 <= s0 and _takes_up(cue, other_cue, text, e0))
                )
                for other, s1, e1, other_cue in found
            ):
                continue
            return stage, cue
    return None


# What follows a bare mention of a talk named before: a clause's verb or pronoun, or its end.
_BACK_REFERENCE_END = compiled("stage_back_reference_end")


def _takes_up(cue: str, earlier: str, text: str, end: int) -> bool:
    """Whether a general cue ("Tras la entrevista") names again the talk an earlier specific
    cue named ("la entrevista telefónica"): its noun is the earlier cue's, and nothing after it
    says which talk ("Tras la entrevista con el director" is another one)."""
    noun = cue.rsplit(None, 1)[-1].lower()
    return (
        len(noun) > 3
        and noun in earlier.lower().split()
        and _BACK_REFERENCE_END.match(text, end) is not None
    )


def _quoted_stage(packs: list[Pack], quoted: str) -> tuple[str, str] | None:
    """A stage the quoted thread history shows was reached ("your interview on Monday")."""
    qlow = quoted.lower()
    for name in ("final", "interview", "screen"):
        for pack in packs:
            rx = pack.stage.get(name)
            if rx is not None and (m := rx.search(quoted, qlow)) is not None:
                return name, f"{m.group()} (earlier in the thread)"
    return None
