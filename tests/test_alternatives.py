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
from pathlib import Path

import pytest

from agent.classify import frames, packs
from agent.classify.alternatives import Alternatives, top_level
from agent.classify.matching import Doc, Rx
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
    # a cue without leading words is split only where each alternative opens with \b
    for rx, alt in _split_cues():
        if rx.lead is None:
            assert all(b.pattern.startswith("\\b") for b in alt.branches), rx.pattern


def test_split_cues_find_what_the_whole_cues_find() -> None:
    """Whole texts and windows: the split path's matches are the whole cue's on the Doc and
    plain re's over the text, span for span."""
    ps = packs()
    cues = _split_cues()
    checked = reduced = found = 0
    for text in _texts():
        doc = ps.doc(text)
        n = len(text)
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
