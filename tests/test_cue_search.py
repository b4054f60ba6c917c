"""Every decision and look-alike cue is searched only where a match can start (issue 11).

Why: a cue with neither leading words (``Rx.lead``: tried only at the words it opens
with) nor opening literals (``needles.starts``: a plain scan finds where it may open)
is left to ``re``, which tries it at every position of the mail each time its needle
groups pass; one without needle groups is tried on every mail of its language. Written
``\\b\\w*stem``, a rule does that silently: session 27's German course look-alike cost
~4 % of the full classifier. The allow-list names the ones kept so, and why. A pattern
that opens with an optional word ("(unfortunately )?regret") has the leading words of both.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable

import pytest

from agent.classify import packs
from agent.classify.engine import Cue, compile_pack
from agent.classify.matching import Doc, NeedleIndex, Rx
from agent.classify.needles import lead_literals, parse
from agent.classify.patterncache import starts

# Rule id -> why it may be searched by re everywhere its needle groups pass.
SEARCHED_EVERYWHERE = {
    # A compound's head anywhere in a word ("Praktikumsstelle", "seizoensplekken") opens these:
    # no literal marks where such a word starts. Each needs a word of "filled" ("besetzt",
    # "vergeven", "gehaald") and more: they run on few mails.
    "de.rejection.stelle-an-eine-andere-kandidat-vergeben": "compounds of Stelle/Platz/Position",
    "de.rejection.stelle-sind-bereits-vergeben": "compounds of Stelle/Platz/Position",
    "de.rejection.stelle-haben-wir-bereits-besetzt": "compounds of Stelle/Platz/Position",
    "de.rejection.stelle-konnten-wir-bereits-besetzen": "compounds of Stelle/Platz/Position/Vakanz",
    "nl.rejection.plek-is-vergeven": "compounds of plek/plaats/functie/vacature",
    "nl.rejection.test-niet-gehaald": "compounds of test/assessment/toets",
    "nl.rejection.plek-zijn-vergeven": "compounds of plek/plaats/functie/vacature",
    # Session 36 (gates40): "die Projektstelle geht an jemand anderen", "de developerfunctie
    # gaat naar iemand anders"; each needs "an ... anderen" / "naar iemand anders" too.
    "de.rejection.goes-to-someone-else": "compounds of Stelle/Position/Rolle/Job/Vakanz",
    "nl.rejection.goes-to-someone-else": "compounds of functie/rol/baan/plek/positie/vacature",
    # A subject's "<anything> – Absage": any word character before the dash; needs "absage".
    "de.rejection.bewerbung-absage": "any word before a dash and Absage",
    # "l'affitto" with any apostrophe: no word of two letters every match holds; its opening
    # literals are known, so each Italian mail costs one scan of them.
    "it.not_a_job.affitto": "no needle group: l'affitto, l'appartamento",
    # Session 41 (gates46): a German study place, exchange or scholarship named by a compound's
    # head ("Masterstudiengang", "Deutschlandstipendium", "Schreibwettbewerb"); a light look-alike.
    "de.not_a_job.college-exchange-scholarship-contest": "compounds of Studiengang/Stipendium/Wettbewerb",
    # Session 41 (gates46): a grant named on a line with no job title on it; opens at a line
    # start ((?<![^\n])), so every other position fails at once.
    "en.not_a_job.named-grant": "line-anchored: the whole line is read for a job title",
    # Session 44 (naj44a): a grant, scholarship or loan named by a compound's head
    # ("Reisestipendium", "onderzoeksbeurs") and "not granted"; needs the no-verb too.
    "de.not_a_job.thing-not-granted": "compounds of Stipendium",
    "nl.not_a_job.thing-not-granted": "compounds of beurs/subsidie",
    # Session 44 (left44): "seu candidato" only at a clause's start (after a line break or a
    # stop), where a recruiter's candidate is named, not inside "o seu candidato ideal".
    "pt.third_party.another-partys-candidate": "clause-anchored: seu/sua candidato at a start",
}


def _searched_everywhere(cues: Iterable[Cue]) -> dict[str, str]:
    """Rule id -> pattern of each cue ``re`` searches at every position, or on every mail."""
    return {
        cue.rule: cue.rx.pattern
        for cue in cues
        if not cue.rx.needles
        or (cue.rx.lead is None and starts(cue.rx.pattern, cue.rx.flags) is None)
    }


def _shipped_cues() -> list[Cue]:
    return [cue for pack in packs().packs.values() for cue in pack.cues]


def test_every_cue_opens_at_known_words_or_literals_but_the_listed() -> None:
    found = _searched_everywhere(_shipped_cues())
    unlisted = {rule: pattern for rule, pattern in found.items() if rule not in SEARCHED_EVERYWHERE}
    assert not unlisted, (
        "cues re would search at every position (start them at a word, e.g. list a stem's "
        f"compounds, or add them to SEARCHED_EVERYWHERE with why): {unlisted}"
    )


def test_the_allow_list_names_only_cues_that_still_need_it() -> None:
    """A rule rewritten or removed leaves the list: it stays the list of what is so."""
    found = _searched_everywhere(_shipped_cues())
    assert set(SEARCHED_EVERYWHERE) <= set(found), set(SEARCHED_EVERYWHERE) - set(found)


def test_a_word_run_before_the_first_literal_is_named() -> None:
    """The check fails on what session 27 and the Dutch pack wrote: ``\\b\\w*`` first."""
    data = tomllib.loads(
        """
[meta]
code = "eo"
name = "Esperanto"
stopwords = ["la", "kaj"]

[rejection]
'\\b\\w*(posteno|loko) jam plenigita\\b' = 3.0
'(bedaŭrinde )?ni ne daŭrigos' = 3.0
"""
    )
    found = _searched_everywhere(compile_pack("eo", data).cues)
    assert list(found.values()) == [r"\b\w*(posteno|loko) jam plenigita\b"]


@pytest.mark.parametrize(
    ("pattern", "lead"),
    [
        (r"(unfortunately )?(regret|unsuccessful)", {"unfortunately", "regret", "unsuccessful"}),
        (r"\b(?:(we|they) have )?decided", {"we", "they", "decided"}),
        (r"(abend|deutsch)kurs", {"abendkurs", "deutschkurs"}),
        (r"(a|)bc", {"abc", "bc"}),
        (r"(ab)?cd", {"abcd", "cd"}),
        (r"(ab)+c", {"ab"}),  # a repetition runs on into the next: only its own word
        (r"(very )+good", {"very"}),
        (r"(no)(?:t)?x", {"no"}),
        (r"\w*stelle", None),
        (r"(?:x)?", None),
        (r"(x )?\w+", None),
    ],
)
def test_leading_words_of_an_optional_opening(pattern: str, lead: set[str] | None) -> None:
    found = lead_literals(parse(pattern, re.I))
    assert found == (None if lead is None else frozenset(lead))


def test_an_optional_opening_finds_what_re_finds() -> None:
    """Tried only at its leading words, such a pattern still finds every match re finds."""
    pattern = r"\b(?:(sadly|unfortunately),? )?(we|they) (regret|will not)\b"
    rx = Rx(pattern)
    assert rx.lead == frozenset({"sadly", "unfortunately", "we", "they"})
    text = "Sadly, we regret. We will not. unfortunately they regret; xwe regret; they will not."
    doc = Doc(text, NeedleIndex.build([rx]))
    expected = [m.span() for m in re.finditer(pattern, text, re.I)]
    assert len(expected) == 4
    assert [m.span() for m in rx.finditer(doc)] == expected
    assert [m.span() for m in rx.matches(doc, len(text))] == expected
