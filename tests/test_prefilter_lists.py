"""The cheap path's job pass over a list's or a system's mail: the text above the quoted
history only, as the classifier reads such mail's job words (``jobcontext._stated``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_prefilter import ALL_MAILS, _norm

from agent.classify import _read, classify, prefilter
from agent.classify.extractors.common import unemphasised
from agent.classify.jobcontext import SIGNATURE_JOB_CHARS, _person_wrote
from agent.classify.newest import _cut_candidates, _first_chars, cuts, newest_text
from agent.mail.data import alternation
from agent.mail.parse import parse_bytes

from helpers import ham, mail

ROOT = Path(__file__).resolve().parent.parent
LIST = {"List-Id": "<ilug.linux.ie>", "List-Unsubscribe": "<mailto:leave@linux.ie>"}
POST = "Has anyone got the new kernel running on a ThinkPad? The build fails here.\n\nSam\n"
TRAILER = "_______________________________________________\nIrish Linux Users' Group\n"
JOBS = "Job offers in Dublin: Senior Developer position, apply at jobs.example\n"
REPLY = "On Mon, 3 Mar 2025 at 09:12, Jo wrote:\n> Your application for the position\n"


def test_a_lists_job_words_below_its_quoted_history_do_not_count() -> None:
    """A list post whose only job words are its trailer's or the quoted post's is settled by
    the job pass; the same from a person, outside a list, is job mail (its footer and the
    mail it answers count there: ``jobcontext._thread_context``)."""
    for tail in (TRAILER + JOBS, REPLY):
        listed = mail("Re: kernel build", POST + tail, headers=LIST)
        seen = prefilter.glance(listed)
        assert seen is not None and seen.tier0 == "job" and not seen.job, seen
        assert not classify(parse_bytes(listed)).is_rejection
        person = prefilter.glance(mail("Re: kernel build", POST + tail))
        assert person is not None and person.tier0 != "job", person
    # above the trailer the same words count for the list too
    above = prefilter.glance(mail("Re: kernel build", JOBS + POST + TRAILER, headers=LIST))
    assert above is not None and above.tier0 != "job" and above.job


def test_a_rejection_posted_to_a_list_still_goes_on() -> None:
    """A decision with job words above the quotation reaches the full path from a list too."""
    text = (
        "Thank you for applying to the Data Engineer position. Unfortunately we have decided"
        " to move forward with other candidates.\n\n" + REPLY + TRAILER + JOBS
    )
    raw = mail("Your application", text, headers=LIST)
    seen = prefilter.glance(raw)
    assert seen is not None and seen.candidate, seen


@pytest.mark.parametrize(
    ("text", "newest", "above"),
    [
        ("Hi,\n-- \nSam\n> quoted\n", "Hi,\n", "Hi,\n-- \nSam\n"),  # the signature stays
        ("Hi,\n-- \nSam\n", "Hi,\n", "Hi,\n-- \nSam\n"),  # no quotation: the whole text
        ("Hi,\n__________\nlist trailer\n", "Hi,\n", "Hi,\n"),  # underscores: quoted history
        ("Hi,\nOn Monday Jo wrote:\n> x\n", "Hi,\n", "Hi,\n"),
        ("> old\nWe decided.\n", "", ""),
        ("Hi,\r\n> quoted\r\n", "Hi,\r\n> quoted\r\n", "Hi,\r\n> quoted\r\n"),  # a bare CR
    ],
)
def test_cuts(text: str, newest: str, above: str) -> None:
    assert cuts(text) == (newest, above)
    assert newest_text(text) == newest


def test_the_cut_candidates_look_ahead_finds_what_the_starts_find() -> None:
    """The look-ahead only skips lines no start can match: the same matches as without it,
    over every corpus mail's text and lines opening with every start's first letters."""
    plain = re.compile(
        rf"\n[^\S\n]*(?:{alternation('quoting.toml', 'starts').pattern[1:]}|--|__|\u2014)", re.I
    )
    assert "(?=[" in _cut_candidates().pattern
    texts = [parse_bytes(p.read_bytes()).text or "" for p in ALL_MAILS]
    texts.append(
        "\n".join(f"{c}{w}" for c in "aAdDeEfFiIİıKkLlnNoOsSvV>-_—" for w in ("n ", "m x"))
    )
    texts.append("x\n On Tue, Jo wrote:\n  -- \n\t__\nVon: a\nDE : b\n—\nıl giorno x ha scritto")
    for text in texts:
        found = [m.span() for m in _cut_candidates().finditer("\n" + text)]
        assert found == [m.span() for m in plain.finditer("\n" + text)]
    assert _first_chars("(il|in data) .{3,200}") == "ii" and _first_chars("-{2,}x") == "-"
    for unsure in ("a?b", "(em|no)?x", "[ab]", r"\w", "(a|(b))", "x*", "y{0,2}", "(ab"):
        assert _first_chars(unsure) is None


def job_text_covers_the_classifiers(raw: bytes) -> bool | None:
    """For a list's or a system's mail whose text the cut shortens: does what the job pass
    reads hold the classifier's body and the head of its signature, where it reads such a
    mail's job words? None: not the cut's question (HTML only, a person's mail outside a
    list, nothing cut, another text than mail-parser's)."""
    seen = prefilter.glance(raw)
    if seen is None or seen.message.html_only:
        return None
    listed = prefilter.rawmail.head(raw)[0].keys() & {"list-id", "list-unsubscribe"}
    if not listed and _person_wrote(seen.message):
        return None  # (Precedence: bulk alone is rare: left out of this check)
    window = prefilter.read_window(seen.message.text)
    above = cuts(window)[1]
    if len(above) == len(window):
        return None
    full = parse_bytes(raw)
    if _norm(seen.message.text) != _norm(full.text):
        return None
    t = _read(full)[2]
    read = _norm(unemphasised(above).replace("\u00ad", ""))
    return read.startswith(_norm(t.body)) and _norm(t.sig[:SIGNATURE_JOB_CHARS]) in read


def test_the_job_pass_reads_all_a_list_mails_job_words_are_read_in() -> None:
    """Every corpus mail and the ham (mostly list mail, 2002): ~2,500 of them cut there."""
    mails = [p.read_bytes() for p in ALL_MAILS] + ham(5_000)
    covered = [job_text_covers_the_classifiers(raw) for raw in mails]
    assert False not in covered
    assert covered.count(True) >= (2_000 if len(mails) > 4_000 else 1)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))) | st.text())
def test_word_starts_reads_each_character_as_the_non_word_pattern_does(text: str) -> None:
    """The table over UTF-8 bytes and the non-ASCII pass make what ``\\W`` a character at a
    time made (a lone surrogate takes that way)."""
    for each in (text, text + "é_\u00a0x\u2019s"):
        low = each.lower()
        expected = None if len(low) != len(each) else " " + re.sub(r"\W", " ", low)
        assert prefilter.word_starts(each) == expected
    assert prefilter.word_starts("é_\u00a0x\u2019s") == " é_ x s"
