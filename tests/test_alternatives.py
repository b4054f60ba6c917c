"""A cue of top-level alternatives tried with only those whose words the text holds finds what
the whole cue finds.

``frames._hits`` asks a split cue (``alternatives.Alternatives``) instead of the cue's own
``Rx.matches``: the alternatives that miss a needle group in the text are left out and the
rest run as one pattern, at their own leading words. This holds that path to the slow one,
the whole cue on the same :class:`Doc` and the whole pattern with plain ``re``, over written
sentences of every language that the split cues are about (a reader's rejected candidates,
a supplier panel, a course's places, a volunteer post) and every 6th mail of tests/corpus, in
whole texts and windows; and the classifier's cue reading with every cue whole (session 40,
branch speed44).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.classify import alternatives, frames, packs
from agent.classify.alternatives import (
    Alternatives,
    distributed,
    opens_with_boundary,
    top_level,
)
from agent.classify.engine import Pack
from agent.classify.matching import Doc, NeedleIndex, Rx
from agent.mail.parse import parse_bytes

CORPUS = Path(__file__).parent / "corpus" / "emails"

SENTENCES = (
    "You have rejected 3 candidates. The candidates you marked as not suitable were archived.",
    "We sent a rejection email to the applicants; your rejection letters to the team are drafts.",
    "12 applicants were rejected and 4 applications have been declined this week.",
    "Thank you for your application to join our supplier panel; registration as a vendor failed.",
    "Your application to become an approved supplier was not successful. Invitation to tender.",
    "Your application for the summer cohort was unsuccessful; places on the course are full.",
    "Unfortunately your application to volunteer as a mentor was not accepted.",
    "Your booking request for the festival stall could not be confirmed.",
    "We regret that your application for the Software Engineer position was not successful.",
    "It's open again: the role has been re-opened. Your application status changed to Rejected.",
    "Leider konnten wir Ihre Bewerbung für die Stelle nicht berücksichtigen; Ihr Antrag ruht.",
    "Ihre Anmeldung zum Sommerkurs wurde abgelehnt. Sie haben 3 Kandidaten abgelehnt.",
    "Vous avez refusé 2 candidats. Votre candidature au poste n'a pas été retenue.",
    "Les candidatures que vous avez marquées comme refusées ont été archivées.",
    "Usted rechazó a 2 candidatos; su solicitud para el puesto no fue seleccionada.",
    "Je hebt 3 kandidaten afgewezen. Helaas is je sollicitatie afgewezen.",
    "Hai rifiutato 2 candidati; la tua candidatura per la posizione non è stata selezionata.",
    "Você reprovou 2 candidatos; a sua candidatura à vaga não foi selecionada.",
    "APPLICATION to JOIN our VENDOR PANEL; you|your [rejected] (archived) «candidates»",
    "",
)


def _texts() -> list[str]:
    out = list(SENTENCES)
    for path in sorted(CORPUS.glob("*.eml"))[::6]:
        msg = parse_bytes(path.read_bytes())
        out.append((msg.subject or "") + "\n" + (msg.text or "")[:4000])
    return out


def _docs() -> Iterator[tuple[str, Doc, int]]:
    """Each text of :func:`_texts`, its Doc and its length."""
    ps = packs()
    for text in _texts():
        yield text, ps.doc(text), len(text)


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def _split_cues() -> list[tuple[Rx, Alternatives]]:
    return [
        (cue.rx, split)
        for pack in packs().packs.values()
        for cue, split in zip(pack.cues, pack.cue_alternatives, strict=True)
        if split is not None
    ]


def _may_match(rx: Rx, doc: Doc) -> bool:
    """The cue loop's own test before it asks a cue: a needle of every group in the text."""
    return all(not doc.present.isdisjoint(group) for group in rx.needles)


def test_top_level_cuts_only_outside_groups_and_classes() -> None:
    assert top_level(r"\ba (b|c)\b|d[|x]e|f\|g|(?:h|i)") == [
        r"\ba (b|c)\b",
        "d[|x]e",
        r"f\|g",
        "(?:h|i)",
    ]
    assert top_level(r"[]|]a|b") == ["[]|]a", "b"]
    assert top_level(r"[^]|]a|b") == ["[^]|]a", "b"]
    assert top_level(r"a(b|c)") is None
    assert top_level(r"(?i)a|b") is None  # a global flag the second alternative would lose
    assert top_level(r"[\]|]x") is None


def test_split_cues_exist_in_every_language() -> None:
    split = packs().packs
    for code, pack in split.items():
        assert sum(a is not None for a in pack.cue_alternatives) >= 5, code
    # without leading words an alternative is left out only if it opens with \b
    for rx, alt in _split_cues():
        for branch, fixed in zip(alt.branches, alt.fixed, strict=True):
            assert fixed == (rx.lead is None and not opens_with_boundary(branch.pattern))


def test_opens_with_boundary() -> None:
    assert opens_with_boundary(r"\bif you")
    assert opens_with_boundary(r"(?:\bif (I|we)\b)")
    assert opens_with_boundary(r"(?:\ba|\bb)c")
    assert opens_with_boundary(r"(?:(?:\ba)|\bb)")
    assert not opens_with_boundary(r"(?:\ba|b)c")  # one alternative of the group opens otherwise
    assert not opens_with_boundary(r"(?:\ba)?b")  # the group is optional: b may open
    assert not opens_with_boundary(r"(\ba)")  # a capturing group: not the form join writes
    assert not opens_with_boundary(r"(?:thank(s| you)) for")
    assert not opens_with_boundary(r"(?:\ba")  # unbalanced
    assert not opens_with_boundary("")


def test_split_cues_find_what_the_whole_cues_find() -> None:
    """Whole texts and windows: the split path's matches are the whole cue's on the Doc and
    plain re's over the text, span for span."""
    cues = _split_cues()
    checked = reduced = found = 0
    for text, doc, n in _docs():
        for rx, alt in cues:
            if not _may_match(rx, doc):
                continue
            for end in (n, n // 2, (2 * n) // 3):
                got = _spans(alt.matches(doc, end))
                where = (rx.pattern[:60], text[:80])
                assert got == _spans(rx.matches(doc, end, tested=True)), where
                assert got == _spans(list(rx.rx.finditer(text, 0, end))), where
                checked += 1
                found += bool(got)
            kept = [all(not doc.present.isdisjoint(g) for g in b.needles) for b in alt.branches]
            reduced += 0 < sum(kept) < len(kept)
    assert checked > 2000
    assert reduced > 300  # the alternatives were set apart, not only tried whole
    assert found > 20  # and the cues do match in these texts


@pytest.mark.parametrize("step", [2])
def test_the_cue_reading_is_the_same_with_every_cue_whole(step: int) -> None:
    """``frames._hits`` on the Docs the classifier reads: with the split cues and with every
    cue tried whole, the same (start, end, rule) list in the same order."""
    ps = packs()
    whole = {
        code: dataclasses.replace(p, cue_alternatives=(None,) * len(p.cues))
        for code, p in ps.packs.items()
    }
    compared = hit = 0
    for text in _texts()[::step] + list(SENTENCES):
        doc = ps.doc(text)
        for code, pack in ps.packs.items():
            got = frames._hits([pack], doc, len(text))
            want = frames._hits([whole[code]], doc, len(text))
            assert [(s, e, c.rule) for s, e, c in got] == [(s, e, c.rule) for s, e, c in want]
            compared += 1
            hit += bool(got)
    assert compared > 400
    assert hit > 50


def _split_lists() -> list[tuple[str, Rx, Alternatives]]:
    out = []
    for code, pack in packs().packs.items():
        for name, split in pack.split.items():
            assert split.rx is _joined(pack, name), (code, name)
            out.append((f"{code}.{name}", split.rx, split))
    return out


def _joined(pack: Pack, name: str) -> Rx | None:
    kind, _, stage = name.partition(".")
    value = getattr(pack, kind)
    return value[stage] if stage else value


def test_joined_lists_are_split_in_every_language() -> None:
    names = {name for name, _, _ in _split_lists()}
    for code in packs().packs:
        assert f"{code}.conditional" in names, code
        assert any(n.startswith(f"{code}.stage.") for n in names), code
    assert "en.job_context" in names


def test_split_lists_find_what_the_whole_lists_find() -> None:
    """A pack's conditionals, hedges, job words and stage words through their alternatives
    (``alternatives.matches`` and ``search``, the readers' doors) against the whole pattern on
    the same Doc, untested (the readers test nothing first): every match, and the first from
    several starts, in whole texts and windows."""
    lists = _split_lists()
    checked = reduced = found = 0
    for text, doc, n in _docs():
        for name, rx, split in lists:
            for end in (n, n // 2, (2 * n) // 3):
                got = _spans(alternatives.matches(rx, split, doc, end))
                assert got == _spans(rx.matches(doc, end)), (name, text[:80])
                assert got == _spans(list(rx.finditer(doc, end=end))), (name, text[:80])
                for start in (0, n // 3, end // 2):
                    first = alternatives.search(rx, split, doc, start, end)
                    want = rx.search(doc, start=start, end=end)
                    assert (first and first.span()) == (want and want.span()), (name, text[:80])
                checked += 1
                found += bool(got)
            kept = [
                fixed or all(not doc.present.isdisjoint(g) for g in b.needles)
                for b, fixed in zip(split.branches, split.fixed, strict=True)
            ]
            reduced += 0 < sum(kept) < len(kept)
    assert checked > 2000
    assert reduced > 300
    assert found > 100


def test_an_alternative_not_opening_with_a_boundary_is_always_kept() -> None:
    """Without leading words the whole pattern is searched as re searches, where a match may
    start inside a word ("bigbanana split"): an alternative that does not open with \\b is not
    left out for a word the index, which files word starts, did not see."""
    rx = Rx(r"(?:\bapple pie)|(?:banana split)|(?:\d+ cherries)")
    split = Alternatives.of(rx)
    assert split is not None and rx.lead is None
    assert split.fixed == (False, True, True)
    text = "a bigbanana split, then an apple pie"
    doc = Doc(text, NeedleIndex.build([rx, *split.branches]))
    assert "banana" not in doc.present
    want = [m.span() for m in rx.rx.finditer(text)]
    assert want == [(5, 17), (27, 36)]
    assert _spans(split.matches(doc, len(text), tested=False)) == want
    assert _spans(rx.matches(doc, len(text))) == want
    first = split.search(doc, 0, len(text))
    assert first is not None and first.span() == (5, 17)


def test_a_leading_alternation_is_distributed_over_the_rest() -> None:
    assert distributed(r"\b(?:a|b c)d") == [r"\b(?:a)d", r"\b(?:b c)d"]
    assert distributed(r"\b(?:a|(x|y)z)(?:,\s*q)?r") == [
        r"\b(?:a)(?:,\s*q)?r",
        r"\b(?:(x|y)z)(?:,\s*q)?r",
    ]
    assert distributed(r"\b(?:a|b)?c") is None  # the group may be left out
    assert distributed(r"\b(?:a|b)+c") is None
    assert distributed(r"\b(?:a|b){1,2}c") is None
    assert distributed(r"(?:a|b)c") is None  # no \b first
    assert distributed(r"\b(?:ab)c") is None  # no alternatives
    assert distributed(r"\b(?:a|b)(?P<named>c)") is None  # the name would be given twice
    assert distributed(r"\b(?:a|b)(c)\1") is None  # a back-reference
    assert distributed(r"\b(?:a|b)(c)\\\1") is None  # one after an escaped backslash
    assert distributed(r"\b(?:a|b)\\1") == [r"\b(?:a)\\1", r"\b(?:b)\\1"]  # a backslash, "1"
    assert distributed(r"\b(?:a|b)c|d") is None  # top_level's, not this
    # Order and backtracking: the first alternative that matches with the rest wins
    for pattern, text in (
        (r"\b(?:a|ab)c?", "abc ab a"),
        (r"\b(?:ab|a)c", "abc ac"),
        (
            r"\b(?:you|yours|your (cv|resume))(?:,\s*(?:and|but)\b[^,.]{1,40}(?=,))?[ ,]+(?:were|are) not\b",
            "your cv, and more, are not; yours were not, you are not; your resume were not",
        ),
        (r"\b(?:a+|b)(?:a|x)\w*", "aaax aaa ba bx"),
    ):
        parts = distributed(pattern)
        assert parts is not None
        split = re.compile("|".join(parts), re.I)
        whole = re.compile(pattern, re.I)
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in whole.finditer(text)]
        assert any(True for _ in whole.finditer(text))
