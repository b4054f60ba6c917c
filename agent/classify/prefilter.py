"""A cheap first look at raw mail: most of an inbox cannot be a rejection.

The full path (mail-parser, then :func:`agent.classify.classify`) costs several
milliseconds a message. Here a small MIME walker decodes just the headers and
the inline text parts, and a mail goes on to the full path only with **job
context and a decision**: a job sender (ATS or job platform) or job words in
its sender, subject or first text part, and a decision phrase of some pack
(its words found by one Aho-Corasick pass, then the phrase itself where its
leading word begins). Both come from the classifier (:func:`agent.classify.anchors`),
and a test runs every labelled corpus through both paths: no rejection the full
path finds is settled here. A rejection-named attachment always goes on.

Whenever the walker meets anything it does not handle exactly as mail-parser
would (an unknown charset, a text attachment, a nested message, a bad base64
run), it gives up and returns ``None``: the mail then takes the full path. Being
unsure costs speed, never a missed rejection.
"""

from __future__ import annotations

import binascii
import codecs
import email.header
import email.utils
import functools
import html
import logging
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from agent.classify import (
    MAX_BODY_CHARS,
    MAX_TEXT_CHARS,
    Anchors,
    Rx,
    Verdict,
    anchors,
    job_sender,
    onepass,
)
from agent.classify.frames import decision_phrase
from agent.classify.inclusive import WORD as INCLUSIVE_WORD
from agent.mail import rfc2047
from agent.mail.parse import BLOCK_ELEMENTS, Message, clean_header, first_msgid, msgids, parse_date
from agent.mail.parse import MAX_TEXT_CHARS as PARSE_MAX_TEXT_CHARS

log = logging.getLogger(__name__)

MAX_DEPTH = 8  # multipart nesting beyond this is left to mail-parser
CATEGORY = "no_decision"  # the category of a mail decided here

_FOLD = re.compile(r"\n[ \t]+")  # a literal first: re scans for it in C
_PARAM = r";\s*{}\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))"
_BOUNDARY = re.compile(_PARAM.format("boundary"), re.I)
_CHARSET = re.compile(_PARAM.format("charset"), re.I)
_NAME = re.compile(r";\s*(?:file)?name\*?\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))", re.I)
# Tags as Python's HTMLParser sees them (a "<" then a letter, "/", "!" or "?"); block
# elements become line breaks, as in :func:`agent.mail.parse.html_to_text`.
_BLOCK_TAG = re.compile(rf"<\s*/?\s*(?:{'|'.join(sorted(BLOCK_ELEMENTS))})\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[a-zA-Z/!?][^>]*>")
_WORD_START = re.compile(r"\b\w")
# "Jo Li <jo@acme.example>" or "jo@acme.example": the usual From, no quoting or comments
_SIMPLE_FROM = re.compile(r"^(?:([^\"<>(),;:@]*?)\s*<)?([^\s\"<>(),;:@]+@[^\s\"<>(),;:@]+)>?$")
# '"Jo Li" <jo@acme.example>' (a fifth of From headers) and "jo@acme.example (Jo Li)":
# email.utils.parseaddr reads them as these do, at ~25 µs each
_QUOTED_FROM = re.compile(r'^"([^"\\]*)"\s*<([^\s"<>(),;:@]+@[^\s"<>(),;:@]+)>$')
_COMMENT_FROM = re.compile(r"^([^\s\"<>(),;:@]+@[^\s\"<>(),;:@]+)\s*\(([^()\\\"]*)\)$")
_TEXT_TYPES = ("text/plain", "text/html")


class _Unsure(Exception):
    """The walker met something only the full parser handles exactly."""


@dataclass(frozen=True)
class Glance:
    """Headers and inline text of a mail, and whether it could be a rejection."""

    message: Message  # headers and text only: no attachments, no reply-to, no signals
    candidate: bool  # a decision phrase may be here: take the full path
    reason: str
    tier0: str = ""  # settled by one Hyperscan pass of the "job" or the "decision" patterns


# --------------------------------------------------------------------------- MIME


_BLANK_LINE = re.compile(rb"\n\r?\n")  # a literal first: re scans for it in C
# A header line as email.feedparser reads one: a name of printable ASCII without ":"
# or space, then ":"; anything else in the block (but a fold or a "From " line) is odd.
_FIELD = re.compile(r"^([!-9;-~]+):[ \t]*(.*(?:\n[ \t].*)*)", re.M)
_ODD_LINE = re.compile(r"\n(?![ \t]|[!-9;-~]+:|From )")  # searched in "\n" + block
_WANTED = frozenset(
    {"from", "subject", "date", "message-id", "in-reply-to", "references", "content-type"}
    | {"content-transfer-encoding", "content-disposition"}
)


def _head_and_body(raw: bytes) -> tuple[bytes, bytes]:
    """Split at the first empty line (LF or CRLF)."""
    m = _BLANK_LINE.search(raw)
    if m is None:
        return raw, b""
    start = m.start()
    if start and raw[start - 1 : start] == b"\r":
        start -= 1
    return raw[:start], raw[m.end() :]


def _split_head(raw: bytes) -> tuple[dict[str, str], bytes]:
    """Header block → the few headers read here (lower-case names, first wins), and the body.

    A regex pass finds any line email.feedparser would not take for a header
    (then the walker is unsure), ``str.find`` the fields.
    """
    if raw[:1] in (b"\n", b"\r"):
        return {}, raw.lstrip(b"\r\n")
    block, body = _head_and_body(raw)
    try:
        text = block.decode("ascii")
    except UnicodeDecodeError:
        try:
            text = block.decode("utf-8")  # RFC 6532 headers
        except UnicodeDecodeError as exc:
            raise _Unsure("8-bit header bytes") from exc
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            raise _Unsure("a bare CR in the header block")
    text = "\n" + text
    if _ODD_LINE.search(text) is not None:
        raise _Unsure("a header line without a colon")
    low = text.lower()
    if len(low) != len(text):  # a rare non-ASCII header: one regex pass over every field
        found = {k: v for n, v in reversed(_FIELD.findall(text)) if (k := n.lower()) in _WANTED}
    else:
        found = {name: value for name in _WANTED if (value := _field(text, low, name)) is not None}
    return {k: (_FOLD.sub(" ", v) if "\n" in v else v).strip() for k, v in found.items()}, body


def _field(text: str, low: str, name: str) -> str | None:
    """The first ``name:`` field of a header block (``low`` is it lower-cased), folds and all.

    A few ``str.find`` calls: cheaper than a regex over every line of a block
    that is mostly ``Received`` headers.
    """
    at = low.find(f"\n{name}:")
    if at < 0:
        return None
    start = at + len(name) + 2
    end = text.find("\n", start)
    while end >= 0 and text[end + 1 : end + 2] in (" ", "\t"):
        end = text.find("\n", end + 1)
    return text[start:] if end < 0 else text[start:end]


def _decoded(value: str) -> str:
    """An RFC 2047 header value as text."""
    if "=?" not in value:
        return value
    try:
        return str(email.header.make_header(rfc2047.decode_header(value)))
    except Exception as exc:  # email.errors.HeaderParseError, LookupError, ...
        raise _Unsure("an undecodable encoded word") from exc


def _param(rx: re.Pattern[str], value: str) -> str | None:
    m = rx.search(value)
    return None if m is None else (m.group(1) if m.group(1) is not None else m.group(2))


def _payload(headers: dict[str, str], body: bytes) -> str:
    cte = headers.get("content-transfer-encoding", "7bit").strip().lower()
    try:
        if cte == "base64":
            data = binascii.a2b_base64(body)
        elif cte == "quoted-printable":
            data = binascii.a2b_qp(body)
        elif cte in ("7bit", "8bit", "binary", ""):
            data = body
        else:
            raise _Unsure(f"transfer encoding {cte}")
    except binascii.Error as exc:
        raise _Unsure(f"bad {cte} data") from exc
    charset = (_param(_CHARSET, headers.get("content-type", "")) or "").strip().lower()
    if not charset:
        charset = "ascii" if data.isascii() else "utf-8"  # mail-parser's default
    elif "\0" in charset:  # the codec lookup raises ValueError: mail-parser fails otherwise
        raise _Unsure("a NUL in the charset")
    codec = _codec(charset)
    try:
        if codec is None:
            raise LookupError(charset)
        text = data.decode(codec)
        text.encode("utf-8")  # a codec may leave lone surrogates
    except (LookupError, UnicodeError):
        text = _recovered(data)
    return text.replace("\r\n", "\n") if "\r" in text else text


def _recovered(data: bytes) -> str:
    """Text not in its charset (or an unknown one) as mail-parser recovers it: UTF-8, else
    UTF-8 with replacement characters (a corrupt byte must not send ~2 % of mail the slow way)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


@functools.lru_cache(maxsize=64)
def _codec(charset: str) -> str | None:
    """The codec of a charset name, looked up once; None if Python has none."""
    try:
        return codecs.lookup(charset).name
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        return None


def _walk(
    headers: dict[str, str], body: bytes, texts: list[tuple[str, str]], names: list[str], depth: int
) -> None:
    """Inline text parts in order into ``texts``, attachment names into ``names``."""
    ctype_header = headers.get("content-type", "text/plain")
    ctype = ctype_header.partition(";")[0].strip().lower() or "text/plain"
    if ctype.startswith("multipart/"):
        if depth >= MAX_DEPTH:
            raise _Unsure("deeply nested multipart")
        boundary = _param(_BOUNDARY, ctype_header)
        if not boundary:
            raise _Unsure("multipart without a boundary")
        for part in _parts(body, boundary.encode("ascii", "replace")):
            part_headers, part_body = _split_head(part)
            _walk(part_headers, part_body, texts, names, depth + 1)
        return
    disposition = headers.get("content-disposition", "")
    name = _param(_NAME, disposition) or _param(_NAME, ctype_header)
    if ctype in _TEXT_TYPES:
        if name is not None or disposition.lower().startswith("attachment"):
            raise _Unsure("a text attachment")
        texts.append((ctype, _payload(headers, body)))
    elif ctype.startswith(("text/", "message/")):
        raise _Unsure(f"a {ctype} part")
    else:
        names.append(name or "")


def _parts(body: bytes, boundary: bytes) -> Iterable[bytes]:
    """The body parts between ``--boundary`` delimiter lines (RFC 2046 §5.1.1).

    A delimiter line starts the body or a line, and only blanks follow it (after
    a closing ``--``); found by ``bytes.find``, not a regex tried at every byte.
    """
    delimiter = b"--" + boundary
    found: list[
        tuple[int, int, bool]
    ] = []  # (where the line break before it starts, after it, last)
    at = body.find(delimiter)
    while at >= 0:
        after = at + len(delimiter)
        if at == 0 or body[at - 1] == 10:  # b"\n"
            closing = body[after : after + 2] == b"--"
            eol = body.find(b"\n", after)
            line_end = len(body) if eol < 0 else eol
            tail = body[after + 2 * closing : line_end]
            if not tail.removesuffix(b"\r").translate(None, b" \t"):
                brk = at - 1 if at else 0
                if brk and body[brk - 1] == 13:  # b"\r"
                    brk -= 1
                found.append((brk, line_end + 1, closing))
                after = line_end
        at = body.find(delimiter, after)
    if not found:
        raise _Unsure("no boundary delimiter in a multipart body")
    for (_brk, start, closing), (end, _, _) in zip(
        found, [*found[1:], (len(body), 0, False)], strict=True
    ):
        if closing:
            return
        yield body[start:end]


def crude_html_text(markup: str) -> str:
    """HTML → text by regex: never *fewer* words than :func:`agent.mail.parse.html_to_text`.

    Hidden elements, scripts and styles stay in; for a pre-filter, extra text
    costs a little selectivity, missing text would cost a rejection.
    """
    return html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", markup)))


# --------------------------------------------------------------------------- gate


@dataclass(frozen=True)
class _Gate:
    """The classifier's anchors as two automata: each finds all its words in one C pass."""

    anchors: Anchors
    job: ahocorasick.Automaton  # job and application words
    job_rx: tuple[re.Pattern[str], ...]  # the patterns they come from, one alternation per flags
    decision: ahocorasick.Automaton  # the words of every decision cue
    cues: dict[str, tuple[int, ...]]  # word -> the decision cues whose first group holds it
    leads: frozenset[str]  # those words (a set: intersecting sets walks the smaller one)
    scan: onepass.Database | None  # the job patterns in one pass over folded text, if compiled
    decision_scan: onepass.Stored  # every decision cue (and inclusive writing) in one pass


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """Each word with a space before it: found only where a word of the text starts."""
    auto = ahocorasick.Automaton()
    for word in words:
        auto.add_word(" " + word, word)
    auto.make_automaton()
    return auto


def _alternations(patterns: Iterable[Rx]) -> tuple[re.Pattern[str], ...]:
    """Patterns of the same flags as one regex: one search finds whether any matches."""
    by_flags: dict[int, list[str]] = {}
    for rx in patterns:
        by_flags.setdefault(rx.rx.flags, []).append(f"(?:{rx.pattern})")
    return tuple(re.compile("|".join(alts), flags) for flags, alts in by_flags.items())


def _gate() -> _Gate:
    """The automata of :func:`agent.classify.anchors` (the packs now in use)."""
    return _gate_of(anchors())


@functools.lru_cache(maxsize=4)
def _gate_of(found: Anchors) -> _Gate:
    """Built once per set of anchors: a language added from another folder is seen too."""
    cues: dict[str, list[int]] = {}
    for i, groups in enumerate(found.decisions):
        for word in groups[0] if groups else ():
            cues.setdefault(word, []).append(i)
    return _Gate(
        found,
        _automaton(found.job_words),
        _alternations(found.job_patterns),
        _automaton({w for groups in found.decisions for group in groups for w in group}),
        {k: tuple(v) for k, v in cues.items()},
        frozenset(cues),
        onepass.Stored(tuple(rx.pattern for rx in found.job_patterns), "job").get(wait=True),
        onepass.Stored((*(rx.pattern for rx in found.patterns), INCLUSIVE_WORD.pattern)),
    )


_NON_WORD = re.compile(r"\W")
_ASCII_NON_WORD = bytes(
    b if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32 for b in range(256)
)


def word_starts(text: str) -> str | None:
    """Lower-cased ``text`` with a space before every word, every non-word character a space.

    A word found after a space then begins a word of the text, as the classifier
    requires (:class:`agent.classify.Doc`). ``None`` when lower-casing changes the
    length: the classifier then tests mere substrings, and the cheap path gives up.
    """
    low = text.lower()
    if len(low) != len(text):
        return None
    if low.isascii():
        return " " + low.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii")
    return " " + _NON_WORD.sub(" ", low)


_WORD = operator.itemgetter(1)


def _words(auto: ahocorasick.Automaton, starts: str) -> set[str]:
    """The words of ``auto`` in ``starts``, collected without a Python loop."""
    return set(map(_WORD, auto.iter(starts)))


_JOB_SPAN = 60  # a job phrase ("graduate programme", "take-home") fits in this many chars
# ... and may begin this many chars before its job word: "unser Team", "le stage", "o cargo"
# (a word alone is English in those packs; issue 11).
_JOB_LEAD = 16
_SPACES = re.compile(r"\s+")


def job_context(
    whole: str, starts: str | None, domain: str = "", gate: _Gate | None = None
) -> bool:
    """Is a mail about a job: its sender, or the packs' job or application patterns?

    ``whole``: its sender, subject and first text part; ``starts``: their
    :func:`word_starts`. The automaton finds where a job word may begin (a few
    places in most mail); the patterns are tried on a short span there only, from a few
    characters before it (an article: "unser Team").
    A sender at an ATS or job platform needs no words, nor does a "careers@"
    sender (its address holds them).
    """
    gate = gate or _gate()
    if _in_domains(domain, gate.anchors.sender_domains) or starts is None:
        return True
    patterns = gate.job_rx
    tried: set[int] = set()
    for end, word in gate.job.iter(starts):
        at = end - len(word)  # where the word begins in ``whole`` (``starts`` has one more)
        if at in tried:  # "job" and "jobs" begin at the same place
            continue
        tried.add(at)
        span = _SPACES.sub(" ", whole[max(0, at - _JOB_LEAD) : at + _JOB_SPAN])  # as unwrapped
        if any(rx.search(span) is not None for rx in patterns):
            return True
    return False


def decision_cues(starts: str | None, gate: _Gate | None = None) -> tuple[int, ...] | None:
    """The decision cues that could match: a word of each of their groups is here.

    One automaton pass over :func:`word_starts` collects the words of every
    cue (in C: ``set(map(...))``); a cue is named by a word of its first group
    and kept if each other group has a word here too. ``None`` when every cue
    could (the pre-filter is off, or the text is one the classifier only tests
    by substrings).
    """
    gate = gate or _gate()
    if gate.anchors.open_to_all or starts is None:
        return None
    present = _words(gate.decision, starts)
    named = {i for word in present & gate.leads for i in gate.cues[word]}
    decisions = gate.anchors.decisions
    return tuple(
        i for i in sorted(named) if all(not present.isdisjoint(group) for group in decisions[i][1:])
    )


def _in_domains(domain: str, domains: frozenset[str]) -> bool:
    parts = domain.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


# --------------------------------------------------------------------------- glance


def glance(raw: bytes) -> Glance | None:
    """Headers, inline text and the pre-filter's answer; ``None``: use the full parser."""
    size = len(raw)
    raw = rfc2047.cap_headers(raw)  # as the full parser does
    try:
        headers, body = _split_head(raw)
        if not any(k in headers for k in ("from", "subject", "message-id", "date")):
            return None
        texts: list[tuple[str, str]] = []
        names: list[str] = []
        _walk(headers, body, texts, names, 0)
        subject = _decoded(headers.get("subject", ""))
        from_name, from_addr = _from(_decoded(headers.get("from", "")))
    except (_Unsure, UnicodeError):
        return None
    plain = "\n".join(t for kind, t in texts if kind == "text/plain" and t)
    html_only = not plain.strip()
    if html_only:
        # All of it: the crude text may hold more than the classifier's window.
        markup = "\n".join(t for kind, t in texts if kind == "text/html" and t)
        text = crude_html_text(markup[: PARSE_MAX_TEXT_CHARS * 4])
    else:
        text = plain[: MAX_TEXT_CHARS * 2]  # a margin, should mail-parser trim a part
    irt = msgids(headers.get("in-reply-to", ""))
    message = Message(
        message_id=first_msgid(headers.get("message-id", "")),
        subject=clean_header(subject),
        from_name=from_name.strip(),
        from_addr=from_addr.strip().lower() if "@" in from_addr else from_addr.strip(),
        date=parse_date(None, headers.get("date", "")),
        in_reply_to=next(iter(irt), None),
        references=msgids(headers.get("references", "")),
        text=text,
        html_only=html_only,
        size=size,
    )
    return _settle(message, text if html_only else read_window(text), names)


def _settle(message: Message, body: str, names: list[str]) -> Glance:
    """Candidate only with job context AND a decision: cheapest questions first."""
    gate = _gate()  # once: finding the packs in use costs more than a short mail's scan
    sender = f"{message.from_name} <{message.from_addr}>"
    whole = f"{sender}\n{message.subject}\n{body}"
    if "\u00ad" in whole:  # the classifier drops soft hyphens: "re\u00adjected" is one word
        whole = whole.replace("\u00ad", "")
    named = [n for n in names if n and (gate.anchors.attachment.search(n) or "=?" in n)]
    if named:  # the decision may be in the attachment alone
        return Glance(message, True, f"attachment {named[0]!r}")
    starts = None
    if job_sender(message) or _in_domains(message.from_domain, gate.anchors.sender_domains):
        pass
    elif gate.scan is not None and (whole.isascii() or len(whole.lower()) == len(whole)):
        if not onepass.any_match(gate.scan, onepass.fold(whole)):  # tier 0: one C pass
            return Glance(message, False, "no job words and no job sender", tier0="job")
    elif not job_context(whole, starts := word_starts(whole), message.from_domain, gate):
        return Glance(message, False, "no job words and no job sender")
    if _no_decision_in_one_pass(gate, message.subject, body):  # before the cue words' pass
        return Glance(message, False, "no decision phrase in any language", tier0="decision")
    cues = decision_cues(word_starts(whole) if starts is None else starts, gate)
    if cues == ():
        return Glance(message, False, "no key words of a decision phrase")
    if decision_phrase(gate.anchors, message.subject, body, cues) is None:
        return Glance(message, False, "no decision phrase in any language")
    return Glance(message, True, "job words and a decision phrase")


def _no_decision_in_one_pass(gate: _Gate, subject: str, body: str) -> bool:
    """No decision cue of any pack (widened) in the text the cues would read (folded).

    :func:`decision_phrase` reads ``subject + ".\n" + body`` with white space
    normalised, wrapped lines joined and gender marks moved; the widened patterns
    match across any white space, and a gender mark (``inclusive_word``) anywhere
    counts as a match, so no match here means none there. Until the database is
    compiled (once, in the background, then read from the cache) this says False.
    """
    db = gate.decision_scan.get()
    if db is None:
        return False
    if "\u00ad" in body:  # dropped from the text (not the subject) before the cues read it
        body = body.replace("\u00ad", "")
    return not onepass.any_match(db, onepass.fold(f"{subject}.\n{body}"))


def read_window(text: str, chars: int = MAX_BODY_CHARS + 1_000) -> str:
    """The head of a plain text that holds everything the classifier searches for cues.

    The classifier reads the first ``MAX_BODY_CHARS`` characters of the newest
    part after white space is collapsed and ``>``-quoted lines are dropped: at
    most that many non-space characters, all of them in order among the first
    non-space characters of the original (unless quoted lines were dropped).
    """
    if len(text) <= chars:
        return text
    if ">" in text:
        return _window_of_unquoted(text, chars)
    end = chars
    while end < len(text):
        missing = chars - _non_space(text[:end])
        if missing <= 0:
            break
        end += 2 * missing  # overshoot: the few extra characters cost less than a round
    return text[:end]


def _window_of_unquoted(text: str, chars: int) -> str:
    """:func:`read_window` of a text with quoted lines: ``chars`` non-space characters
    on lines that are not quoted, the quoted ones in between kept but not counted.

    A line counts as quoted here whenever the classifier could drop it (its first
    character but blanks and soft hyphens is ">"), so the window never ends before
    the classifier's does. Long quoted threads were read whole before: ~10 % of
    ordinary mail, and most of the cheap path's time.
    """
    if "\r" in text:
        return text  # the classifier breaks lines at a bare CR too
    shy = "\u00ad" in text
    kept = end = 0
    for line in text.split("\n"):
        end += len(line) + 1
        bare = line.replace("\u00ad", "") if shy else line
        if not bare.lstrip().startswith(">"):
            kept += _non_space(line)
            if kept >= chars:
                return text[:end]
    return text


_ASCII_SPACE = b" \n\t\r\x0b\x0c\x1c\x1d\x1e\x1f"  # what str.split() splits ASCII on


def _non_space(text: str) -> int:
    """How many characters of ``text`` are not white space, as str.split() sees it."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_SPACE))
    return len("".join(text.split())) - text.count("\u00ad")  # soft hyphens: dropped


def _from(value: str) -> tuple[str, str]:
    """(display name, address) of a From header; the common shapes without the slow parser."""
    m = _SIMPLE_FROM.match(value) or _QUOTED_FROM.match(value)
    if m is not None:
        return m.group(1) or "", m.group(2)
    m = _COMMENT_FROM.match(value)
    if m is not None:
        return m.group(2), m.group(1)
    return email.utils.parseaddr(value)


def verdict_for(g: Glance) -> Verdict:
    """The verdict of a mail the pre-filter decided: not a rejection, and why."""
    return Verdict.without_details(
        f"not a rejection: {g.reason} (quick check)", CATEGORY, score=0.99
    )
