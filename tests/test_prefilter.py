"""The pre-filter: never hides a rejection, decides ordinary mail, gives up when unsure."""

from __future__ import annotations

import csv
import dataclasses
import email.utils
import functools
import html
import importlib.machinery
import importlib.util
import re
import sqlite3
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
import test_classify
from hypothesis import given, settings
from hypothesis import strategies as st

from agent import config
from agent.classify import (
    _read,
    anchors,
    classify,
    decision_phrase,
    gate,
    learned,
    pack_table,
    prefilter,
    rawmail,
)
from agent.classify.anchors import (
    _double_spacing_assumed,
    cue_reading,
    decision_cues,
    unjoined_phrase,
)
from agent.classify.engine import normalise, split
from agent.classify.extractors.common import unemphasised
from agent.classify.frames import decide
from agent.ingest.pipeline import analyse_mail, process_batch
from agent.mail import parse as parse_mod
from agent.mail.parse import RawMail, parse_bytes
from agent.store import open_store

from helpers import INTERVIEW_REJECTION, NEWSLETTER, mail, write_config

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [
    ROOT / "tests" / "corpus" / "emails",
    ROOT.parent / "shared" / "corpus-public" / "emails",
    ROOT / "agent" / "data" / "demo",
    # the external corpus' dev part where docs/corpora.md builds it (absent on CI: not
    # committed); one folder, not every copy a developer has built beside it
    ROOT.parent / "corpora" / "external" / "dev" / "emails",
    ROOT.parent / "corpora" / "external" / "dev",
]
ALL_MAILS = sorted(p for folder in CORPORA if folder.is_dir() for p in folder.glob("*.eml"))


def _labelled_rejections() -> set[Path]:
    """Every mail a corpus' labels.csv (next to or inside its folder) calls a rejection."""
    found: set[Path] = set()
    for folder in CORPORA:
        for labels in (folder / "labels.csv", folder.parent / "labels.csv"):
            if labels.is_file():
                with labels.open(newline="", encoding="utf-8") as fh:
                    for row in csv.DictReader(fh):
                        if row.get("is_rejection") == "1":
                            found.add(folder / row["file"])
                break
    return found


ORDINARY = mail("Lunch on Friday?", "Hi Alex,\n\nShall we try the new place on Friday?\n\nSam\n")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_no_rejection_of_any_corpus_is_hidden() -> None:
    """Every labelled mail through both paths: the cheap path loses no rejection.

    A labelled rejection the full path finds must reach it; one the full path
    misses too (the classifier's issue, not this one's) is only counted. With the
    shipped (cue-gated) second opinion on, the same for what the model could call a
    rejection (:func:`_settled_as_the_model_would`).
    """
    assert len(ALL_MAILS) > 400
    labelled = _labelled_rejections()
    assert len(labelled) > 150
    decided = found = by_model = 0
    for i, path in enumerate(ALL_MAILS):
        raw = path.read_bytes()
        seen = prefilter.glance(raw)
        if classify(parse_bytes(raw)).is_rejection:
            assert seen is None or seen.candidate, f"{path.name}: {seen and seen.reason}"
            found += path in labelled
        decided += seen is not None
        by_model += _settled_as_the_model_would(raw, i)
    assert found > 150
    assert decided / len(ALL_MAILS) > 0.95  # the walker handles nearly every real shape
    assert by_model > 20  # job mail without a light cue: settled although the model is on


@functools.cache
def _probe_mails() -> list[bytes]:
    """Every sentence of every grammar probe (``bench/probes``) in the mail its wrapper
    makes (``bench/probe``'s :func:`judge`), as raw bytes (built once per run)."""
    loader = importlib.machinery.SourceFileLoader("bench_probe", str(ROOT / "bench" / "probe"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    probe = sys.modules[loader.name] = importlib.util.module_from_spec(spec)  # its dataclass
    loader.exec_module(probe)
    raws: list[bytes] = []
    real = test_classify.parse_bytes
    test_classify.parse_bytes = raws.append  # what the wrappers' mail() would parse: kept
    probe.classify = lambda msg, _owners: msg  # the verdicts are the test's
    try:
        for path in sorted((ROOT / "bench" / "probes").glob("*.txt")):
            lang, kind = path.name.split("-")[:2]  # not the fields probes ("fields-de-3.txt")
            if lang in probe.WRAP and kind.removesuffix(".txt") in ("yes", "no"):
                for line in probe.read_probe(path):
                    probe.judge(lang, line)
    finally:
        test_classify.parse_bytes = real
    return raws


def test_no_rejection_of_the_grammar_probes_is_hidden_from_the_model() -> None:
    """The probes' sentences (rejections and look-alikes, light cues in every language) in
    their wrappers: with the model on, what the scan settles the model could not call a
    rejection, and the rules counted no cue in it."""
    raws = _probe_mails()
    assert len(raws) > 7_500
    assert sum(_settled_as_the_model_would(raw, i) for i, raw in enumerate(raws)) > 100


def test_no_rejection_of_the_grammar_probes_is_settled_by_the_cheap_path() -> None:
    """The two paths' contract over the probes in their wrappers (rejections, look-alikes,
    every language and mail shape): a mail the full path calls a rejection is never one the
    cheap path settles. The labelled corpora are held to it above; here the mails written
    to find the edges, among them rejections naming no job word at all (session 23)."""
    settled = 0
    for raw in _probe_mails():
        seen = prefilter.glance(raw)
        if seen is not None and not seen.candidate:
            settled += 1
            verdict = classify(parse_bytes(raw))
            assert not verdict.is_rejection, (seen.reason, verdict.reasons)
    assert settled > 2_000  # the look-alikes and job mail without a decision


def test_a_rejection_naming_no_job_word_is_none_on_either_path() -> None:
    """Decision and cues can outweigh the penalty for no job words ("we have decided not to
    move forward with you" from an organisation's no-reply address, no job, application or
    process word): the cheap path settles such mail unread, so the full path calls it no
    rejection either, and says why (session 23)."""
    raw = mail(
        "Acme",
        "Dear Alex,\n\nUnfortunately, we regret to inform you that after careful consideration "
        "we have decided not to move forward with you. We wish you every success in the "
        "future.\n\nKind regards,\nAcme\n",
        sender="Acme <no-reply@acme.example>",
    )
    seen = prefilter.glance(raw)
    assert seen is not None and not seen.candidate and "no job words" in seen.reason
    verdict = classify(parse_bytes(raw))
    assert not verdict.is_rejection
    assert verdict.reasons[0].startswith("not a rejection: no job context"), verdict.reasons
    # the same decision with one application word is job mail's again
    with_word = raw.replace(b"move forward with you", b"move forward with your application")
    assert classify(parse_bytes(with_word)).is_rejection


def _settled_as_the_model_would(raw: bytes, uid: int = 1) -> bool:
    """Does the scan, with the shipped model on, settle job mail without a decision (which
    it sent on before it asked for light cues)? Job mail a light cue may be in it sends on
    at once (``prefilter._JOB_AND_LIGHT``): the full path reads it whatever the decision.

    Every mail it settles must be one the full path with the model does not call a
    rejection (the model stays silent: the verdict is the one without it), and job mail
    settled for want of a light cue one where the rules count no rejection cue at all
    (``Decision.cued``, ``Evidence.cue_spans``: what a cue-gated model needs).
    """
    model = learned.bundled()
    assert gate.cue_bound(model)
    seen = prefilter.glance(raw, light=True)
    plain = prefilter.glance(raw)
    if seen is not None and seen.reason == prefilter._JOB_AND_LIGHT:
        # job mail a light cue may be in, sent on before its decision is looked for: without
        # light cues the same mail is a candidate or job mail (which the model reads)
        assert seen.candidate and plain is not None and (plain.candidate or plain.job)
        return False
    assert (seen and (seen.candidate, seen.reason, seen.job)) == (
        plain and (plain.candidate, plain.reason, plain.job)
    )  # asking for light cues changes nothing else
    if seen is None or seen.candidate:
        return False
    owners = frozenset({"owner@example.net"})
    a = analyse_mail(RawMail("INBOX", 1, uid, raw), owners, model=model)
    if a.glance is None:  # taken to the full path (a light cue may be there): nothing to prove
        return False
    msg = parse_bytes(raw)
    with_model = classify(msg, owners, model=model)  # the verdict without the model, or:
    assert not with_model.is_rejection and not any("model:" in r for r in with_model.reasons)
    if seen.job:  # settled for want of a light cue: the rules count none (what the gate reads)
        _, langs, t = _read(msg)
        d = decide(msg, langs, t)
        assert not d.cued and not (d.evidence and d.evidence.cue_spans), d.reasons
    return seen.job


def test_glance_reads_the_same_text_as_mail_parser() -> None:
    for path in ALL_MAILS:
        raw = path.read_bytes()
        seen = prefilter.glance(raw)
        if seen is None or seen.message.html_only:
            continue
        full = parse_bytes(raw)
        assert _norm(seen.message.text) == _norm(full.text), path.name
        assert (seen.message.message_id, seen.message.from_addr) == (
            full.message_id,
            full.from_addr,
        )


def test_ordinary_mail_is_decided_with_a_reason() -> None:
    seen = prefilter.glance(ORDINARY)
    assert seen is not None and not seen.candidate
    assert seen.message.subject == "Lunch on Friday?"
    assert seen.message.from_addr == "jane.smith@acme-robotics.com"
    verdict = prefilter.verdict_for(seen)
    assert not verdict.is_rejection and verdict.category == "no_decision"
    assert "no job words" in verdict.reasons[0]


@pytest.mark.parametrize("body", [INTERVIEW_REJECTION, NEWSLETTER])
def test_decision_words_send_a_mail_to_the_full_path(body: str) -> None:
    seen = prefilter.glance(mail("Your application", body))
    assert seen is not None and seen.candidate


def _raw(headers: str, body: str) -> bytes:
    return (headers.strip() + "\n\n" + body).replace("\n", "\r\n").encode("latin-1")


HEAD = "From: jo@acme.example\nSubject: News\nMessage-ID: <a@b>\nMIME-Version: 1.0\n"


@pytest.mark.parametrize(
    ("headers", "body", "why"),
    [
        (
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: x-uuencode",
            "begin 644 x",
            "unknown transfer encoding",
        ),
        ("Content-Type: multipart/mixed", "no boundary", "multipart without boundary"),
        (
            'Content-Type: multipart/mixed; boundary="b"',
            "--b\nContent-Type: text/plain; name=a.txt\n\nhi\n--b--\n",
            "a text attachment",
        ),
        (
            'Content-Type: multipart/mixed; boundary="b"',
            "--b\nContent-Type: message/rfc822\n\nFrom: x@y\n\nhi\n--b--\n",
            "a forwarded message",
        ),
        ("X-Note: 8-bit h\xe9ader", "hi", "8-bit header bytes"),
    ],
)
def test_unsure_means_full_path(headers: str, body: str, why: str) -> None:
    assert prefilter.glance(_raw(HEAD + headers, body)) is None, why


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ("Content-Type: text/plain; charset=x-made-up", "hello caf\xc3\xa9"),  # unknown: UTF-8
        ("Content-Type: text/plain", "caf\xc3\xa9 au lait"),  # 8-bit, no charset: UTF-8
        ("Content-Type: text/plain", "caf\xe9 au lait"),  # ... else with U+FFFD
        ("Content-Type: text/plain; charset=utf-8", "caf\xe9 au lait"),  # not UTF-8 at all
        ("Content-Type: text/plain; charset=us-ascii", "caf\xe9 au lait"),
    ],
)
def test_text_not_in_its_charset_is_read_as_mail_parser_recovers_it(
    headers: str, body: str
) -> None:
    """~1.4 % of ordinary mail: 8-bit text without a charset, or not in the one it names."""
    raw = _raw(HEAD + headers, body)
    seen = prefilter.glance(raw)
    assert seen is not None and not seen.candidate
    assert _norm(seen.message.text) == _norm(parse_bytes(raw).text)


def test_broken_encoded_word_means_full_path() -> None:
    raw = _raw("From: jo@acme.example\nSubject: =?utf-8?B?bm90IGJhc2U2NCE=?==?x-nope?Q?a?=", "hi")
    assert prefilter.glance(raw) is None


def test_unclosed_multipart_and_html_only_are_read() -> None:
    raw = _raw(
        HEAD + 'Content-Type: multipart/alternative; boundary="b"',
        "--b\nContent-Type: text/html; charset=utf-8\n\n"
        "<p>Thank you.</p><p><b>Un</b>fortunately we have decided to move forward with other"
        " candidates &amp; will keep your CV.</p>\n",  # no closing delimiter
    )
    seen = prefilter.glance(raw)
    assert seen is not None and seen.message.html_only
    assert "Unfortunately we have decided" in seen.message.text
    assert seen.candidate


def test_rejection_named_attachment_is_a_candidate() -> None:
    raw = _raw(
        HEAD + 'Content-Type: multipart/mixed; boundary="b"',
        "--b\nContent-Type: text/plain; charset=utf-8\n\nSee attached.\n"
        "--b\nContent-Type: application/pdf; name=Absage.pdf\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0=\n--b--\n",
    )
    seen = prefilter.glance(raw)
    assert seen is not None and seen.candidate and "Absage.pdf" in seen.reason


def test_read_window_covers_what_the_classifier_reads() -> None:
    """A decision deep in a space-padded mail is still inside the window."""
    padding = "word" + " " * 40 + "\n"
    text = padding * 250 + "We have decided to move forward with other candidates.\n"
    window = prefilter.read_window(text)
    # 250 padding lines hold 1,000 non-space characters: far below the classifier's 6,000.
    assert window == text
    long_text = "x" * 10_000 + " we regret to inform you"
    assert len(prefilter.read_window(long_text)) < len(long_text)


def test_pipeline_records_prefiltered_mail(tmp_path: Path) -> None:
    cfg = config.load(write_config(tmp_path))
    their_time = datetime.now(timezone(timedelta(hours=-5))) - timedelta(hours=1)
    raws = [ORDINARY, mail("Interview outcome", INTERVIEW_REJECTION, date=their_time)]
    batch = [
        RawMail(folder="INBOX", uidvalidity=1, uid=i + 1, raw=r, source=f"INBOX/{i + 1}")
        for i, r in enumerate(raws)
    ]
    with open_store(cfg.database.path) as store:
        outcomes = process_batch(store, cfg, batch)
    assert [o.verdict.category if o.verdict else None for o in outcomes] == [
        "no_decision",
        "rejection",
    ]
    assert outcomes[1].rejection_id is not None
    rows = sqlite3.connect(cfg.database.path).execute(
        "SELECT subject, category, is_rejection FROM messages ORDER BY uid"
    )
    assert list(rows) == [
        ("Lunch on Friday?", "no_decision", 0),
        ("Interview outcome", "rejection", 1),
    ]
    offset = sqlite3.connect(cfg.database.path).execute("SELECT sender_utc_offset FROM rejections")
    assert list(offset) == [(-300,)]  # the recipient's hours, for the draft's window


def test_bad_input_gets_an_answer_never_an_exception() -> None:
    huge = mail("Logs", "Nothing to see here.\n" + "0123456789 abcdefghij\n" * 480_000)  # ~10 MB
    seen = prefilter.glance(huge)
    assert seen is not None and not seen.candidate
    assert len(seen.message.text) <= 2 * 20_000  # bounded, whatever the size
    for raw in (
        b"",
        b"\r\n\r\n",
        b"no headers at all, just words",
        _raw(
            HEAD + "Content-Type: text/plain; charset=utf-8",
            "\udcff".encode("utf-8", "surrogatepass").decode("latin-1"),
        ),
        _raw(HEAD + 'Content-Type: multipart/mixed; boundary="b"', "--b\n\n--b--\n"),
        _raw(
            HEAD + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
            "!!!",
        ),
    ):
        result = prefilter.glance(raw)
        assert result is None or not result.candidate


def test_a_decision_phrase_without_words_turns_the_prefilter_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pattern the pre-filter cannot key on costs speed, never a rejection. A pack file
    cannot hold one any more (``check_cues`` refuses it at load, see test_packs); a cue
    put in by other means still turns the word test off rather than settling mail."""
    from agent import classify as classify_mod
    from agent.classify.anchors import anchors_of
    from agent.classify.engine import Cue

    pack = next(iter(classify_mod.pack_table().values()))
    odd = Cue(classify_mod.Rx(r"\w+ \d+"), 3.0, "rejection")
    monkeypatch.setattr(pack, "cues", (*pack.cues, odd))
    anchors_of.cache_clear()
    try:
        assert prefilter.decision_cues(prefilter.word_starts("Lunch on Friday?")) is None
    finally:
        monkeypatch.undo()
        anchors_of.cache_clear()
    assert prefilter.decision_cues(prefilter.word_starts("Lunch on Friday?")) == ()


DECISION = "Thank you for your time. We will not be moving forward with you.\n"


def test_a_decision_needs_job_context_to_be_a_candidate() -> None:
    """Job words, an ATS sender or a careers address make the context; a decision alone does not."""
    club = prefilter.glance(mail("Club news", "Hi Alex,\n\n" + DECISION))
    assert club is not None and not club.candidate and "job" in club.reason
    for raw in (
        mail("Your application", "Hi Alex,\n\n" + DECISION),
        mail("Update", DECISION).replace(
            b"jane.smith@acme-robotics.com", b"no-reply@greenhouse.io"
        ),
        mail("Update", DECISION).replace(b"jane.smith@acme-robotics.com", b"careers@acme.example"),
    ):
        seen = prefilter.glance(raw)
        assert seen is not None and seen.candidate, seen and seen.reason


def test_word_starts_marks_where_words_begin() -> None:
    assert prefilter.word_starts("Re: Job-Offer (été)") == " re  job offer  été "
    assert prefilter.word_starts("İ") is None  # lower-casing changes the length


FILLED = (
    "Dear Alex,\n\nThank you for your application to Acme as a Data Analyst. After careful"
    " review, the\n{word} process was cancelled for now.\n\nBest wishes,\nJane\n"
)


@pytest.mark.parametrize("word", ["recruitment", "recruit\u00adment"])
def test_a_decision_frame_is_an_anchor_across_wrapped_lines(word: str) -> None:
    """A frame's slot words are decision anchors, read as the classifier reads them.

    Here the decision is a frame only (no phrase of any pack says it), wrapped,
    once with a soft hyphen inside a word: the cheap path must pass it on.
    """
    raw = mail("Data Analyst at Acme", FILLED.format(word=word))
    verdict = classify(parse_bytes(raw))
    assert verdict.is_rejection and "frame:en.position-filled" in verdict.reasons[1]
    seen = prefilter.glance(raw)
    assert seen is not None and seen.candidate, seen and seen.reason
    found = decision_phrase("Data Analyst at Acme", FILLED.format(word=word))
    assert found == "the recruitment process was cancelled"


def test_the_anchors_hold_every_decision_frame() -> None:
    frames = [c.rx for c in decision_cues(pack_table().values()) if c.rule.startswith("frame:")]
    assert len(frames) > 20
    held = {id(rx) for rx in anchors().patterns}
    assert all(id(rx) in held for rx in frames)


# --------------------------------------------------------------------------- fast parts


_DATE = re.compile(rb"^date:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)", re.I | re.M)


def test_the_usual_date_reads_as_email_utils_does() -> None:
    """The fast Date path gives email.utils' datetime and offset for every corpus mail."""
    headers = [
        "Mon, 2 Sep 2002 13:25:44 +0100 (BST)",
        "Sat,  7 Sep 2002 15:52:57 +0200 (CEST)",
        "Tue, 24 Sep 2002 08:00:09 -0000",  # zone unknown: UTC, as parse_date makes it
        "2 Sep 2002 13:25:44 -0730",
    ]
    for path in ALL_MAILS:
        m = _DATE.search(path.read_bytes().replace(b"\r\n", b"\n"))
        if m is not None:
            headers.append(re.sub(r"\n[ \t]+", " ", m.group(1).decode("latin-1")).strip())
    fast = 0
    for header in headers:
        quick = parse_mod._common_date(header)
        if quick is None:
            continue
        fast += 1
        careful = email.utils.parsedate_to_datetime(header)
        careful = careful if careful.tzinfo else careful.replace(tzinfo=UTC)
        assert (quick, quick.utcoffset()) == (careful, careful.utcoffset()), header
    assert fast / len(headers) > 0.9
    for odd in ("Mon, 31 Feb 2002 13:25:44 +0100", "Mon, 2 Sep 2002 13:25:44 EDT", "2002-09-02"):
        assert parse_mod._common_date(odd) is None  # left to email.utils
    assert parse_mod.parse_date(None, "Mon, 2 Sep 2002 13:25:44 EDT") is not None


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("--b\nContent-Type: text/plain\n\none\n--b--\n", ["Content-Type: text/plain\n\none"]),
        (
            "preamble\r\n--b \t\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b-- \r\nend",
            ["\r\none", "\r\ntwo"],
        ),
        ("--b\n\none --b\n--bx\nstill one\n--b--", ["\none --b\n--bx\nstill one"]),
        ("--b\n\nunclosed", ["\nunclosed"]),
    ],
)
def test_multipart_delimiters_as_rfc_2046_says(body: str, parts: list[str]) -> None:
    """A delimiter begins a line and only blanks follow it; "--bx" and a mid-line one are text."""
    assert [p.decode() for p in prefilter._parts(body.encode(), b"b")] == parts


def test_header_block_read_by_find_as_feedparser_would() -> None:
    head = "From: Jo <jo@acme.example>\nSubject: first\n line two\nX-A: 1\nSubject: second\n"
    seen = prefilter.glance(_raw(head, "hello"))
    assert seen is not None and seen.message.subject == "first line two"  # folded; first wins
    odd = _raw("From: jo@acme.example\nSubject : spaced name\nMessage-ID: <a@b>", "hi")
    assert prefilter.glance(odd) is None  # feedparser ends the headers there: unsure
    bare_cr = _raw("From: jo@acme.example\nSubject: a\rb", "hi")
    assert prefilter.glance(bare_cr) is None
    lower_grows = (HEAD + "X-Name: \u0130stanbul\n\n" + "hello\n").encode("utf-8")
    seen = prefilter.glance(lower_grows)  # "İ".lower() is two characters: the regex way
    assert seen is not None and seen.message.subject == "News"


def test_decision_cues_are_the_cues_with_a_word_of_each_group() -> None:
    """The rarest-group automaton plus substring checks name exactly the cues of the plain rule."""
    decisions = anchors().decisions
    texts = [ORDINARY.decode(), INTERVIEW_REJECTION, NEWSLETTER, DECISION, FILLED.format(word="x")]
    texts += [p.read_text("utf-8", "replace")[:6000] for p in ALL_MAILS[::25]]
    for text in texts:
        starts = prefilter.word_starts(text)
        if starts is None:
            continue
        plain = tuple(
            i
            for i, groups in enumerate(decisions)
            if groups and all(any(f" {w}" in starts for w in group) for group in groups)
        )
        assert prefilter.decision_cues(starts) == plain


def test_passed_cues_are_the_worded_cues_among_those_passed() -> None:
    """The cues the glance tries after the decision pass: the same as filtering every
    worded cue (:func:`decision_cues`) by the passed ones, with the same two empty answers."""
    gate = prefilter._gate()
    texts = [ORDINARY.decode(), INTERVIEW_REJECTION, NEWSLETTER, DECISION, FILLED.format(word="x")]
    texts += [p.read_text("utf-8", "replace")[:6000] for p in ALL_MAILS[::25]]
    every = len(gate.anchors.patterns)
    tried = 0
    for n, text in enumerate(texts):
        starts = prefilter.word_starts(text)
        worded = prefilter.decision_cues(starts, gate)
        if starts is None or worded is None:
            continue
        for passed in ({*worded[::2], n % every, (7 * n) % every}, {n % every}, set(worded)):
            kept = tuple(i for i in worded if i in passed)
            expected = () if worded == () else kept or None
            assert prefilter._passed_cues(gate, starts, passed, "", text) == expected
            tried += bool(kept)
    assert tried > 10  # the passed sets held worded cues often enough to test the narrowing


def test_quoted_lines_do_not_count_towards_the_window() -> None:
    """The classifier drops ">" lines (indented or behind a soft hyphen): the window reaches past them."""
    quoted = "> an old mail, quoted at length by the reply\n" * 400
    indented = "  \u00ad> quoted again, indented and behind a soft hyphen\n" * 400
    decision = "We have decided to move forward with other candidates.\n"
    for text in (quoted + decision, indented + decision, "Short reply.\n" + quoted + decision):
        assert prefilter.read_window(text).endswith(decision)
    own = "word " * 3_000  # 12,000 non-space characters of the sender's own
    window = prefilter.read_window(own + quoted + decision)
    assert own[:7_000] in window and decision not in window


def decision_text_covers_the_body(raw: bytes) -> bool | None:
    """Does the cheap path's decision pass read all of the body the classifier reads cues in?
    None: the cheap path does not cut this mail's text (unsure, HTML only), or its walker
    reads another text than mail-parser (two Japanese ham mails: not the cut's question)."""
    seen = prefilter.glance(raw)
    if seen is None or seen.message.html_only:
        return None
    full = parse_bytes(raw)
    if _norm(seen.message.text) != _norm(full.text):
        return None
    body = _read(full)[2].body
    cut = prefilter.newest_text(prefilter.read_window(seen.message.text))
    # as the classifier reads it: without emphasis, without soft hyphens (the pass drops them)
    return _norm(unemphasised(cut).replace("\u00ad", "")).startswith(_norm(body))


def test_the_decision_pass_reads_all_the_classifier_reads_decisions_in() -> None:
    """The cut is the classifier's own (quoted history, forwards, signature), so every
    corpus mail's body, as the classifier reads its cues, is the head of what the decision
    pass reads: a phrase it cannot see is one the classifier never reads either."""
    covered = [decision_text_covers_the_body(p.read_bytes()) for p in ALL_MAILS]
    assert False not in covered
    # most are cut and compared (None: HTML only, or not the cut's question); 388 of the 450
    # committed mails, more where the external dev part is built beside the checkout
    assert covered.count(True) >= 0.8 * len(covered) and len(covered) >= 450


REPLY = (
    "Thanks Sam, see you at the meetup then.\n\n"
    "On Mon, 3 Mar 2025 at 09:12, Sam Lee <sam@acme-robotics.com> wrote:\n"
    "> Thank you for applying to the Data Engineer role. Unfortunately we have\n"
    "> decided to move forward with other candidates.\n"
)


def test_a_decision_only_in_the_quoted_history_is_settled_by_the_decision_pass() -> None:
    """The classifier reads no decision below an attribution line: nor does the decision pass,
    so the reply is settled in one pass where the quoted phrase sent it on before."""
    assert prefilter._gate().decision_scan.get(wait=True) is not None  # compiled in the background
    raw = mail("Re: your application", REPLY)
    seen = prefilter.glance(raw)
    assert seen is not None and not seen.candidate and seen.tier0 == "decision", seen
    assert not classify(parse_bytes(raw)).is_rejection
    assert prefilter.newest_text(REPLY).strip() == "Thanks Sam, see you at the meetup then."
    # the same decision above the attribution line goes on to the full path
    lines = REPLY.split("\n")
    own = mail("Re: your application", "\n".join([line[2:] for line in lines[3:5]] + lines[1:3]))
    assert (found := prefilter.glance(own)) is not None and found.candidate
    assert classify(parse_bytes(own)).is_rejection


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hi,\n-- \nSam\nFrom: the list\n", "Hi,\n"),  # the delimiter ends the body
        ("Hi,\n  From: Sam <sam@acme.example>\n\nWe decided", "Hi,\n"),  # a forward's header
        ("Hi,\nFrom:\nWe decided not to proceed.\n", None),  # "from:" needs more on its line
        ("--\nWe decided not to proceed.\n-- \nSam\n", None),  # a first-line delimiter: none
        ("> old\nWe decided not to proceed.\n", ""),  # quoted from the first line
        ("Hi,\r\n> quoted\r\nWe decided not to proceed.", None),  # a bare CR: read whole
    ],
)
def test_the_decision_text_ends_where_split_ends_the_body(text: str, kept: str | None) -> None:
    assert prefilter.newest_text(text) == (text if kept is None else kept)
    body = split(pack_table(), text, "en")[0]
    assert _norm(prefilter.newest_text(text)).startswith(_norm(body))


@pytest.mark.parametrize(
    "value",
    [
        "jo@acme.example",
        "Jo Li <jo@acme.example>",
        '"Li, Jo" <jo@acme.example>',
        '"" <jo@acme.example>',
        "jo@acme.example (Jo Li)",
        "jo@acme.example(Jo)",
        '"J\\"o" <jo@acme.example>',  # an escape: email.utils reads it
        "jo@acme.example (Jo (x) Li)",  # a nested comment: email.utils reads it
    ],
)
def test_from_shapes_read_as_email_utils_does(value: str) -> None:
    assert prefilter._from(value) == email.utils.parseaddr(value)


def _careful_head(raw: bytes) -> tuple[dict[str, str], bytes] | str:
    """The header block read the careful way (cap, find the blank line, split), or "unsure"."""
    try:
        return rawmail.split_head(*rawmail.capped(raw))
    except rawmail.Unsure:
        return "unsure"


def _located_head(raw: bytes) -> tuple[dict[str, str], bytes] | str:
    try:
        return rawmail.head(raw)
    except rawmail.Unsure:
        return "unsure"


_HEAD_PIECES = st.sampled_from(
    [
        "From: Jo <jo@a.example>",
        "from: x@y.example",
        "FROM: z@w.example",
        "From x",
        "from x",
        "XFrom x",
        "Subject: hi",
        "SUBJECT:  Re: x ",
        "Subject : spaced",
        "Subject:",
        "Date: 1",
        "Message-ID: <a@b>",
        "References: <c@d>",
        "X-A: 1",
        "Content-Type: text/plain",
        "x",
        " folded",
        "\tfolded",
        "caf\u00e9: x",
        "Subject: caf\u00e9",
        ":",
        " ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "\r\n\r\n",
        "body text",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_HEAD_PIECES, max_size=14).map("".join))
def test_header_fields_located_in_one_pass_as_the_careful_way_reads_them(text: str) -> None:
    """Fields, body and "unsure" as the careful way reads them, for LF, CRLF and odd mail."""
    raw = text.encode("utf-8")
    assert _located_head(raw) == _careful_head(raw)


def test_usual_and_long_header_blocks_located_as_the_careful_way_reads_them() -> None:
    usual = _raw("From: Jo <jo@acme.example>\nSubject: first\n line two\nX-A: 1", "hello")
    for raw in (usual, usual.replace(b"\r\n", b"\n"), b"From x\n" + usual.replace(b"\r\n", b"\n")):
        assert _located_head(raw) == _careful_head(raw)
        assert rawmail._located(raw) is not None  # the usual mail: one pass
    long = b"From: a@b.example\nReferences: " + b"<x@y> " * 8000 + b"\nSubject: s\n\nbody\n"
    assert rawmail._located(long) is None  # capped first, as the full parser reads it
    assert _located_head(long) == _careful_head(long)
    sample = [p.read_bytes() for p in ALL_MAILS[::5]]
    assert [_located_head(raw) for raw in sample] == [_careful_head(raw) for raw in sample]


@pytest.mark.parametrize(
    ("raw", "located"),
    [
        (b"From: a@b.example\r\nSubject: s\r\n\r\nbody\r\n", True),
        (b"From: a@b.example\r\nSubject: s\r\n\r\nbo\rdy\r\r\n", True),  # in the body
        (b"From: a@b.example\r\nSubject: s\r\n\r\r\nbody\r\n", False),  # in the blank line
        (b"From: a@b.example\r\nSubject: s\rx\r\n\r\nbody\r\n", False),  # in a value
        (b"From: a@b.example\r\nX-A: 1\r\r\n\r\nbody\r\n", False),  # before a line's CRLF
        (b"From: a@b.example\nSubject: s\r\n\nbody\n", True),  # a CRLF in an LF block
        (b"From: a@b.example\nSubject: s\r\n\r\nbody\n", True),
        (b"\rFrom: a@b.example\n\nbody\n", False),  # the first line
    ],
)
def test_a_bare_cr_in_the_header_block_leaves_it_to_the_careful_way(
    raw: bytes, located: bool
) -> None:
    """A CR before anything but LF up to the blank line: the one-pass reading is not used (the
    careful way is unsure of it); after the block's last line, it is."""
    assert (rawmail._located(raw) is not None) is located
    assert _located_head(raw) == _careful_head(raw)


# The crude HTML text's two passes as they were written first: one branch a block element.
_WORD_BLOCK_TAG = re.compile(
    rf"<\s*/?\s*(?:{'|'.join(sorted(parse_mod.BLOCK_ELEMENTS))})\b[^>]*>", re.IGNORECASE
)
_WORD_ANY_TAG = re.compile(r"<[a-zA-Z/!?][^>]*>")
_WORD_CELL_TAG = re.compile(r"<\s*(?:td|th)\b[^>]*>", re.IGNORECASE)


# Session 38 (recall44): a </div> that only white space and non-block tags part from the next
# <div> is one space (the start's line break stands alone), as agent.mail.parse reads it.
_WORD_SOFT_END = re.compile(
    rf"<\s*/\s*div\s*>(?:\s|<(?!\s*/?\s*(?:{'|'.join(sorted(parse_mod.BLOCK_ELEMENTS))})\b)"
    r"[a-zA-Z/!?][^>]*>)*(?=<\s*div\b)",
    re.IGNORECASE,
)


def _crude_as_written(markup: str) -> str:
    markup = _WORD_SOFT_END.sub(" ", markup)
    cells_apart = _WORD_CELL_TAG.sub(" ", markup)  # as html_to_text keeps them
    return _WORD_ANY_TAG.sub("", _WORD_BLOCK_TAG.sub("\n", cells_apart))


def _html_parts(raw: bytes) -> list[str]:
    try:
        headers, body = rawmail.head(raw)
        texts: list[tuple[str, str]] = []
        rawmail.walk(headers, body, texts, [], 0)
    except (rawmail.Unsure, UnicodeError):
        return []
    return [text for kind, text in texts if kind == "text/html"]


def test_the_crude_html_text_is_what_the_passes_as_written_give() -> None:
    """The block elements grouped by first letter, runs possessive: the same text from
    every HTML part of the corpora and the ham (HTML-only or not)."""
    from helpers import ham

    parts = [p for raw in [q.read_bytes() for q in ALL_MAILS] + ham(5000) for p in _html_parts(raw)]
    assert len(parts) > 150
    for markup in parts:
        assert rawmail.crude_html_text(markup) == html.unescape(_crude_as_written(markup))


def test_the_quick_constructors_build_what_the_dataclasses_build() -> None:
    """``quick_message`` and ``_glance`` skip the frozen dataclasses' ``__init__``: every
    field set, defaults alike, equal to the object ``__init__`` builds."""
    values = {
        "message_id": "<a@b.example>",
        "subject": "Hello",
        "from_name": "Jo",
        "from_addr": "jo@b.example",
        "date": None,
        "in_reply_to": None,
        "references": ("<r@b.example>",),
        "text": "Hi",
        "html_only": False,
        "size": 12,
    }
    quick = parse_mod.quick_message(**values)
    assert quick == parse_mod.Message(**values)
    assert set(vars(quick)) == {f.name for f in dataclasses.fields(parse_mod.Message)}
    seen = prefilter._glance(quick, False, "why", tier0="job")
    assert seen == prefilter.Glance(quick, False, "why", tier0="job")
    assert set(vars(seen)) == {f.name for f in dataclasses.fields(prefilter.Glance)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.subject = "changed"  # type: ignore[misc]


def test_a_caseless_letter_is_what_re_ignorecase_equates_with_it() -> None:
    """The block-tag pass is written case-sensitive (faster): each letter's class must hold
    every code point ``re.I`` matches it with, and no other."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for char in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-":
        as_re_i = set(re.findall(re.escape(char), every, re.I))
        assert set(re.findall(rawmail.caseless(char), every)) == as_re_i, char


_MARKUP_PIECES = (
    "< > / <p> p P div DiV h1 h7 header head br b tr td th TD thead table tab li lin section \u017fection "
    'blockquote bloc\u212aquote article art\u0131cle d\u0130v footer <!-- --> ! ? = " x &amp; &#60; \u00e9 _ 1'
)
_MARKUP = st.sampled_from([" ", "\n", "\t", *_MARKUP_PIECES.split(" ")])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_MARKUP, max_size=24).map("".join))
def test_odd_markup_gives_the_crude_text_of_the_passes_as_written(markup: str) -> None:
    assert rawmail.crude_html_text(markup) == html.unescape(_crude_as_written(markup))


@pytest.mark.parametrize(
    ("subject", "candidate"),
    [
        ("Re: Senior Product Designer", True),
        ("RE: Account Manager", True),
        ("AW: Werkstudent", True),
        ("Re: Kitchen quote", False),
        ("Re: Your account manager", False),
        ("Fwd: Senior Product Designer", False),  # a forward's subject is somebody else's
        ("RV: Senior Product Designer", False),  # Spanish Outlook's forward
        ("RES: Analista", True),
        ("Re: Ingeniero de datos", True),  # a head-noun-first title (session 17)
        ("AW: Leiter Vertrieb", True),
        ("Re: Manager meeting", False),
        ("Re: Notes from the meeting with our new regional sales manager", False),  # > 6 words
    ],
)
def test_a_reply_under_a_job_title_is_job_context(subject: str, candidate: bool) -> None:
    """Session 16 (issue 11): "Re: <job title>" is the only job word of a hiring manager's
    one-line no; the pre-filter opens where the classifier does (frames.title_subject)."""
    body = "Hi Alex,\n\nUnfortunately we won't be moving forward.\n\nThanks,\nMorgan\n"
    seen = prefilter.glance(mail(subject, body))
    assert seen is not None and seen.candidate is candidate, seen and seen.reason
    assert classify(parse_bytes(mail(subject, body)), []).is_rejection is candidate


STATUS_TABLE = (
    "<html><body><p>Dear Alex,</p><table><tr><th>Position</th><th>Status</th></tr>"
    "<tr><td>Data Engineer (R-4411)</td><td>Not selected</td></tr></table>"
    "<p>Acme Talent Acquisition</p></body></html>"
)
STATUS_LINES = "Dear Alex,\n\nPosition Status\n\nData Engineer (R-4411) Not selected\n\nAcme Talent"


@pytest.mark.parametrize(("body", "subtype"), [(STATUS_TABLE, "html"), (STATUS_LINES, "plain")])
def test_a_status_line_in_a_table_or_alone_goes_on(body: str, subtype: str) -> None:
    """Found by the grammar probes' ``cell`` wrapper (session 22): the crude HTML text ran
    table cells together ("PositionStatus"), and the cue reading joined the status line to the
    next paragraph, as if the mail were double spaced: the frame's line end was gone."""
    msg = EmailMessage()
    msg["From"], msg["To"] = "Acme Careers <careers@acme-corp.com>", "alex@example.com"
    msg["Subject"], msg["Message-ID"] = "Application update", "<s@acme-corp.com>"
    msg.set_content(body, subtype=subtype)
    raw = bytes(msg)
    assert classify(parse_bytes(raw)).is_rejection
    seen = prefilter.glance(raw)
    assert seen is not None and seen.candidate, seen and seen.reason
    assert rawmail.crude_html_text("<td>a</td><TD x=1>b<th>c") == " a b c"


@settings(max_examples=300, deadline=None)
@given(st.text("ab \n\r\t.\u00ad", max_size=40))
def test_the_unjoined_reading_differs_only_where_double_spacing_is_assumed(text: str) -> None:
    """unjoined_phrase reads the second reading only where joining could change the text:
    wherever the two readings differ, the (normalised) text looks double spaced."""
    subject = "Re: Your application"
    if cue_reading(subject, text, joined=False) != cue_reading(subject, text):
        assert "\n\n" in text or "\r" in text
        assert _double_spacing_assumed(normalise(text))
    elif "\n\n" in text:
        assert unjoined_phrase(anchors(), subject, text) is None
