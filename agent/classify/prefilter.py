"""A cheap first look at raw mail: most of an inbox cannot be a rejection.

The full path (mail-parser, then :func:`agent.classify.classify`) costs about a
millisecond a message. Here a small MIME walker decodes just the headers and
the inline text parts, and one pass over the words asks the only question that
matters for most mail: does any *decision* phrase of any language pack have all
its key words here? The classifier cannot call a mail a rejection without such
a phrase (or a rejection-named attachment), so a mail that has none is
decided here, with the same answer, at a fraction of the cost.

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
import re
from collections.abc import Iterable
from dataclasses import dataclass

from agent.classify import (
    DECISION_WEIGHT,
    MAX_BODY_CHARS,
    MAX_TEXT_CHARS,
    Verdict,
)
from agent.classify import REJECTION_ATTACHMENT as _REJECTION_ATTACHMENT
from agent.classify import pack_table as _packs
from agent.mail import rfc2047
from agent.mail.parse import BLOCK_ELEMENTS, Message, clean_header, first_msgid, msgids, parse_date
from agent.mail.parse import MAX_TEXT_CHARS as PARSE_MAX_TEXT_CHARS

log = logging.getLogger(__name__)

MAX_DEPTH = 8  # multipart nesting beyond this is left to mail-parser
CATEGORY = "no_decision"  # the category of a mail decided here

_HEAD_END = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(r"\r?\n[ \t]+")
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
_TEXT_TYPES = ("text/plain", "text/html")


class _Unsure(Exception):
    """The walker met something only the full parser handles exactly."""


@dataclass(frozen=True)
class Glance:
    """Headers and inline text of a mail, and whether it could be a rejection."""

    message: Message  # headers and text only: no attachments, no reply-to, no signals
    candidate: bool  # a decision phrase may be here: take the full path
    reason: str


# --------------------------------------------------------------------------- MIME


def _split_head(raw: bytes) -> tuple[dict[str, str], bytes]:
    """Header block → lower-case names (first occurrence wins) and the body bytes."""
    if raw[:1] in (b"\n", b"\r"):
        return {}, raw.lstrip(b"\r\n")
    m = _HEAD_END.search(raw)
    block, body = (raw, b"") if m is None else (raw[: m.start()], raw[m.end() :])
    try:
        text = block.decode("ascii")
    except UnicodeDecodeError:
        try:
            text = block.decode("utf-8")  # RFC 6532 headers
        except UnicodeDecodeError as exc:
            raise _Unsure("8-bit header bytes") from exc
    headers: dict[str, str] = {}
    for line in _FOLD.sub(" ", text).splitlines():
        name, sep, value = line.partition(":")
        if not sep:
            if line.startswith("From "):  # an mbox separator line
                continue
            raise _Unsure("a header line without a colon")
        headers.setdefault(name.strip().lower(), value.strip())
    return headers, body


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
        if not data.isascii():
            raise _Unsure("8-bit text without a charset")
        charset = "ascii"
    try:
        codecs.lookup(charset)
        return data.decode(charset).replace("\r\n", "\n")
    except (LookupError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL in the name
        raise _Unsure(f"text not in its charset {charset!r}") from exc


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
    """The body parts between ``--boundary`` delimiter lines (RFC 2046 §5.1.1)."""
    delimiter = b"--" + boundary
    lines = re.compile(rb"(?:^|\r?\n)" + re.escape(delimiter) + rb"(--)?[ \t]*(?=\r?\n|$)")
    found = list(lines.finditer(body))
    if not found:
        raise _Unsure("no boundary delimiter in a multipart body")
    ends = [m.start() for m in found[1:]] + [len(body)]  # an unclosed last part runs to the end
    for m, end in zip(found, ends, strict=True):
        if m.group(1):
            return
        start = m.end()
        if body[start : start + 2] == b"\r\n":
            start += 2
        elif body[start : start + 1] == b"\n":
            start += 1
        yield body[start:end]


def crude_html_text(markup: str) -> str:
    """HTML → text by regex: never *fewer* words than :func:`agent.mail.parse.html_to_text`.

    Hidden elements, scripts and styles stay in; for a pre-filter, extra text
    costs a little selectivity, missing text would cost a rejection.
    """
    return html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", markup)))


# --------------------------------------------------------------------------- gate


_KEY = 4  # needles this long or longer are found through their first four letters


@dataclass(frozen=True)
class _Gate:
    short: frozenset[str]  # needles shorter than _KEY: looked up whole
    by_key: dict[str, tuple[str, ...]]  # first _KEY letters -> the longer needles so starting
    cues: dict[str, tuple[tuple[frozenset[str], ...], ...]]  # needle -> the cues it may open
    open_to_all: bool = False  # a decision phrase without key words: every mail is a candidate


@functools.cache
def _gate() -> _Gate:
    """The key words of every decision phrase of every pack, built once on first use."""
    needles: set[str] = set()
    cues: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for pack in _packs().values():
        for cue in pack.cues:
            if cue.category != "rejection" or cue.weight < DECISION_WEIGHT:
                continue
            if not cue.rx.needles:
                log.warning(
                    "phrase pack %s: decision phrase %r has no literal word; the pre-filter "
                    "is off and every mail takes the full path",
                    pack.code,
                    cue.rx.pattern,
                )
                return _Gate(frozenset(), {}, {}, open_to_all=True)
            for needle in cue.rx.needles[0]:
                cues.setdefault(needle, []).append(cue.rx.needles)
            for group in cue.rx.needles:
                needles.update(group)
    by_key: dict[str, set[str]] = {}
    for needle in needles:
        if len(needle) >= _KEY:
            by_key.setdefault(needle[:_KEY], set()).add(needle)
    return _Gate(
        frozenset(n for n in needles if len(n) < _KEY),
        {k: tuple(sorted(v)) for k, v in by_key.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in cues.items()},
    )


def decision_possible(text: str) -> bool:
    """Could any decision phrase of any pack match ``text``?

    The classifier tries a phrase only where each of its key words begins a
    word (see :class:`agent.classify.Doc`); this asks the same of every word
    start, found by splitting on white space, which is far cheaper than a regex
    pass over the text.
    """
    low = text.lower()
    if len(low) != len(text):
        return True  # the classifier falls back to substring tests here: so do we
    gate = _gate()
    if gate.open_to_all:
        return True
    short, by_key = gate.short, gate.by_key
    present: set[str] = set()
    for token in set(low.split()):
        starts: Iterable[str] = (
            (token,)
            if token.isalnum()
            else [token[m.start() :] for m in _WORD_START.finditer(token)]
        )
        for word in starts:
            if word[:2] in short:
                present.add(word[:2])
            if word[:3] in short:
                present.add(word[:3])
            for needle in by_key.get(word[:_KEY], ()):
                if word.startswith(needle):
                    present.add(needle)
    for needle in present:
        for groups in gate.cues.get(needle, ()):
            if all(not present.isdisjoint(group) for group in groups):
                return True
    return False


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
    named = [n for n in names if n and (_REJECTION_ATTACHMENT.search(n) or "=?" in n)]
    if named:
        return Glance(message, True, f"attachment {named[0]!r}")
    if decision_possible(message.subject + "\n" + (text if html_only else read_window(text))):
        return Glance(message, True, "key words of a decision phrase")
    return Glance(message, False, "no decision phrase in any language")


def read_window(text: str, chars: int = MAX_BODY_CHARS + 1_000) -> str:
    """The head of a plain text that holds everything the classifier searches for cues.

    The classifier reads the first ``MAX_BODY_CHARS`` characters of the newest
    part after white space is collapsed and ``>``-quoted lines are dropped: at
    most that many non-space characters, all of them in order among the first
    non-space characters of the original (unless quoted lines were dropped).
    """
    if "\n>" in text or text.startswith(">"):
        return text
    end = chars
    while end < len(text):
        missing = chars - _non_space(text[:end])
        if missing <= 0:
            break
        end += 2 * missing  # overshoot: the few extra characters cost less than a round
    return text[:end]


_ASCII_SPACE = b" \n\t\r\x0b\x0c\x1c\x1d\x1e\x1f"  # what str.split() splits ASCII on


def _non_space(text: str) -> int:
    """How many characters of ``text`` are not white space, as str.split() sees it."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_SPACE))
    return len("".join(text.split()))


def _from(value: str) -> tuple[str, str]:
    """(display name, address) of a From header; the common shapes without the slow parser."""
    m = _SIMPLE_FROM.match(value)
    if m is not None:
        return m.group(1) or "", m.group(2)
    return email.utils.parseaddr(value)


def verdict_for(g: Glance) -> Verdict:
    """The verdict of a mail the pre-filter decided: not a rejection, and why."""
    return Verdict.without_details(
        f"not a rejection: {g.reason} (quick check)", CATEGORY, score=0.99
    )
