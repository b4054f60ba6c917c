"""A raw mail's headers and inline text without the full parser, or "unsure".

The scan's cheap path (:mod:`agent.classify.prefilter`) reads every mail of an
inbox; mail-parser costs milliseconds a mail, this a few dozen microseconds. It
reads only the headers a record needs and the inline text parts, the way
email.feedparser and mail-parser would; whenever it meets anything it does not
handle exactly as they would (an unknown transfer encoding, a text attachment,
a nested message, a bad base64 run, a header line without a colon) it raises
:class:`Unsure` and the mail takes the full parser. Being unsure costs speed,
never a different record. :func:`read_window` cuts a long plain text to the head the
classifier can search for cues in.
"""

from __future__ import annotations

import binascii
import codecs
import contextlib
import email.header
import email.utils
import functools
import html
import logging
import re
from collections.abc import Iterable

import hyperscan

from agent.classify import onepass
from agent.classify.engine import MAX_BODY_CHARS
from agent.mail import rfc2047
from agent.mail.parse import BLOCK_ELEMENTS, SOFT_BLOCK

log = logging.getLogger(__name__)

MAX_DEPTH = 8  # multipart nesting beyond this is left to mail-parser

_FOLD = re.compile(r"\n[ \t]+")  # a literal first: re scans for it in C
_PARAM = r";\s*{}\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))"
_BOUNDARY = re.compile(_PARAM.format("boundary"), re.I)
_CHARSET = re.compile(_PARAM.format("charset"), re.I)
_NAME = re.compile(r";\s*(?:file)?name\*?\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))", re.I)
# "Jo Li <jo@acme.example>" or "jo@acme.example": the usual From, no quoting or comments
_SIMPLE_FROM = re.compile(r"^(?:([^\"<>(),;:@]*?)\s*<)?([^\s\"<>(),;:@]+@[^\s\"<>(),;:@]+)>?$")
# '"Jo Li" <jo@acme.example>' (a fifth of From headers) and "jo@acme.example (Jo Li)":
# email.utils.parseaddr reads them as these do, at ~25 µs each
_QUOTED_FROM = re.compile(r'^"([^"\\]*)"\s*<([^\s"<>(),;:@]+@[^\s"<>(),;:@]+)>$')
_COMMENT_FROM = re.compile(r"^([^\s\"<>(),;:@]+@[^\s\"<>(),;:@]+)\s*\(([^()\\\"]*)\)$")
_TEXT_TYPES = ("text/plain", "text/html")


# What ``re.I`` also equates with an ASCII letter besides its two cases (sre's table):
# dotted and dotless i, the long s, the Kelvin sign. Tested against ``re.I`` over every
# code point.
_ALSO_CASED = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def caseless(char: str) -> str:
    """An ASCII character as a case-sensitive pattern matching what it matches under ``re.I``."""
    if not char.isalpha():
        return re.escape(char)
    return f"[{char.lower()}{char.upper()}{_ALSO_CASED.get(char.lower(), '')}]"


def _prefix_tree(words: Iterable[str]) -> str:
    """An alternation of ``words`` grouped by first letter, each letter in either case
    (:func:`caseless`): ``[bB](?:[lL][oO]…|[rR])``.

    The same words match as under ``re.I``; re tries one branch a first letter instead of
    each word.
    """
    tails: dict[str, list[str]] = {}
    for word in sorted(words):
        tails.setdefault(word[0], []).append("".join(map(caseless, word[1:])))
    return "|".join(
        caseless(first) + (f"(?:{'|'.join(rest)})" if rest != [""] else "")
        for first, rest in tails.items()
    )


# Tags as Python's HTMLParser sees them (a "<" then a letter, "/", "!" or "?"); block
# elements become line breaks, as in :func:`agent.mail.parse.html_to_text`. Possessive
# runs: giving back a blank or a non-">" could never let these match otherwise. Written
# case-sensitive, and a look-ahead for a block element's first letter before the
# alternation: ~20 % less time than ``re.I`` (most tags are no block element), the
# pass being most of an HTML-only mail's crude text (issue 15).
_BLOCK_FIRST = "".join(sorted({caseless(w[0])[1:-1] for w in BLOCK_ELEMENTS}))
_BLOCK_TAG = re.compile(
    rf"<\s*+/?\s*+(?=[{_BLOCK_FIRST}])(?:{_prefix_tree(BLOCK_ELEMENTS)})\b[^>]*+>"
)
_ANY_TAG = re.compile(r"<[a-zA-Z/!?][^>]*+>")
# A </div> that only white space and tags of no block element part from the next <div>:
# one line break, the start's, as agent.mail.parse's reader writes it (session 38). The
# run up to the <div> goes with it (its source line breaks would be a blank line here).
_SOFT = "".join(map(caseless, SOFT_BLOCK))
_SOFT_END = re.compile(
    rf"<\s*+/\s*+{_SOFT}\s*+>"
    rf"(?:\s|<(?!\s*+/?\s*+(?:{_prefix_tree(BLOCK_ELEMENTS)})\b)[a-zA-Z/!?][^>]*+>)*+"
    rf"(?=<\s*+{_SOFT}\b)"
)
# A table cell's start is a space there too: "<td>R-4411</td><td>Not selected" is two words.
_CELL_TAG = re.compile(r"<\s*+t[dh]\b[^>]*+>", re.I)


class Unsure(Exception):
    """The walker met something only the full parser handles exactly."""


# Each line of a header block (after a "\n") as email.feedparser reads it: a wanted field
# (a name of the few read here, ":", the value with its folds), or else a fold, a
# "From " line or a name of printable ASCII without ":" or space then ":"; a line that
# is none of these (the second alternative: empty) is odd.
_NAMES: tuple[str, ...] = ("from", "subject", "date", "message-id", "in-reply-to", "references")
_NAMES += ("content-type", "content-transfer-encoding", "content-disposition")
_NAMES += ("reply-to", "return-path", "sender")  # extractors.common.ATS_ENVELOPE_HEADERS
_NAMES += ("list-id", "list-unsubscribe", "precedence")  # list mail: jobcontext.bulk_mail
_WANTED = "|".join(_NAMES)
_LINE = r"\n(?:({}):[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)|(?![ \t]|[!-9;-~]+:|{} ))"
# ASCII case only: "ſubject" is no Subject to email.feedparser
_HEAD_LINE = re.compile(_LINE.format(_WANTED, "From"), re.I | re.A)
# The same over an ASCII block lower-cased, case-sensitive: half the cost. It takes any
# "from " line for a "From " line; _CASED_FROM finds the others.
_LOW_LINE = re.compile(_LINE.format(_WANTED, "from"))
_CASED_FROM = re.compile(r"\n(?!From )(?ai:from) ")


def head_and_body(raw: bytes, start: int | None = None) -> tuple[bytes, bytes]:
    """Split at the first empty line (LF or CRLF); ``start``: where, if known."""
    start = rfc2047.blank_line(raw) if start is None else start
    if start < 0:
        return raw, b""
    after = start + (2 if raw[start + 1] == 10 else 3)  # b"\n"
    if start and raw[start - 1] == 13:  # b"\r"
        start -= 1
    return raw[:start], raw[after:]


def split_head(raw: bytes, blank: int | None = None) -> tuple[dict[str, str], bytes]:
    """Header block → the few headers read here (lower-case names, first wins), and the body.

    ``blank``: :func:`agent.mail.rfc2047.blank_line` of ``raw``, if known.

    One regex pass over the head finds the wanted fields and any line
    email.feedparser would not take for a header (then the walker is unsure).
    """
    if raw[:1] in (b"\n", b"\r"):
        return {}, raw.lstrip(b"\r\n")
    block, body = head_and_body(raw, blank)
    if 13 in block:  # b"\r" (an int: ``bytes in bytes`` formats and clears a TypeError first)
        block = block.replace(b"\r\n", b"\n")
        if 13 in block:
            raise Unsure("a bare CR in the header block")
    try:
        text = "\n" + block.decode("ascii")
        low = text.lower()
        if "\nfrom " in low and _CASED_FROM.search(text) is not None:
            raise Unsure("a header line without a colon")
        lines = _LOW_LINE.finditer(low)
    except UnicodeDecodeError:
        try:
            text = "\n" + block.decode("utf-8")  # RFC 6532 headers
        except UnicodeDecodeError as exc:
            raise Unsure("8-bit header bytes") from exc
        lines = _HEAD_LINE.finditer(text)
    found: dict[str, str] = {}
    for m in lines:
        name = m[1]
        if name is None:
            raise Unsure("a header line without a colon")
        name = name.lower()  # ASCII: the pattern's names are
        if name not in found:
            value = text[m.start(2) : m.end(2)]
            found[name] = (_FOLD.sub(" ", value) if "\n" in value else value).strip()
    return found, body


def head(raw: bytes) -> tuple[dict[str, str], bytes]:
    """:func:`split_head` of :func:`capped` ``raw``: the few headers and the body.

    Usual mail (an ASCII header block under ``MAX_FIELD_BYTES``, LF or CRLF line
    ends) is read by :func:`_located`; anything else takes the careful way.
    """
    found = _located(raw)
    if found is not None:
        return found
    raw, blank = capped(raw)
    return split_head(raw, blank)


# Hyperscan finds, in one pass over the raw bytes, the wanted fields' names at line starts
# and the first line email.feedparser would not take for a header: in usual mail the
# blank line ending the block, where the scan stops. The regex way stops at every line
# (~2,500 instructions a line, ~40 lines a mail); this costs a call back a wanted field.
_ODD = len(_NAMES)  # a line starting with neither a name character nor a fold
_NOT_NAME = _ODD + 1  # name characters, then neither one nor ":" (or a "From " line)
_KINDS = _ODD + 3  # ... and a last line of name characters alone
_FIELD_OF = (*_NAMES, None, None, None) * 2  # a pattern's field name (None: an odd line)
# A CR before anything but LF (email.feedparser ends a line there: the careful way is unsure).
# One before the blank line ends before the blank line's match does, so Hyperscan reports it
# first and the scan stops there; counting the block's CRs and CRLFs instead read a CRLF
# mail's header block twice (~19,000 instructions a mail: every mail an IMAP server sends).
_BARE_CR = 2 * _KINDS


@functools.cache
def _head_database() -> hyperscan.Database | None:
    odd = (rb"[^!-9;-~ \t]", rb"[!-9;-~]+[^!-9;-~:]", rb"[!-9;-~]+\z")
    kinds = [n.encode("ascii") + b":" for n in _NAMES] + list(odd)
    patterns = [b"\\n" + k for k in kinds] + [b"^" + k for k in kinds]  # later lines, the first
    patterns.append(b"\\r[^\\n]")  # _BARE_CR
    try:
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(
            expressions=patterns,
            ids=list(range(len(patterns))),
            flags=[hyperscan.HS_FLAG_CASELESS] * len(patterns),  # names in ASCII case only
        )
        return db
    except hyperscan.error as exc:  # the careful way for every mail
        log.warning("header fields not located in one pass: %s", exc)
        return None


def _located(raw: bytes) -> tuple[dict[str, str], bytes] | None:
    """:func:`head` of usual mail, or None: let :func:`split_head` decide."""
    db = _head_database()
    if db is None:
        return None
    hits: list[tuple[int, int]] = []

    def on(pattern: int, _start: int, to: int, _flags: int, _context: object) -> bool:
        hits.append((pattern, to))  # stop at the first odd line but a "From " line, or a bare CR
        return pattern == _BARE_CR or (
            _FIELD_OF[pattern] is None
            and not (pattern % _KINDS == _NOT_NAME and _from_line(raw, pattern, to))
        )

    with contextlib.suppress(hyperscan.ScanTerminated):
        db.scan(raw, match_event_handler=on, scratch=onepass.scratch(db))
    if not hits or hits[-1][0] != _ODD:  # no blank line, an odd line (or the first), a bare CR
        return None
    blank = hits[-1][1] - 2
    if blank > rfc2047.MAX_FIELD_BYTES:
        return None  # cap_headers cuts it
    if raw[blank + 1 : blank + 2] == b"\n":
        body = raw[blank + 2 :]
    elif raw[blank + 1 : blank + 3] == b"\r\n":
        body = raw[blank + 3 :]
    else:
        return None  # an odd line before the blank line
    block = raw[:blank]
    if not block.isascii():
        return None
    return _values(block.decode("ascii"), hits), body


def _from_line(raw: bytes, pattern: int, to: int) -> bool:
    """Is the line a match of "name characters, then a space" ends at ``to`` a "From " line?"""
    if pattern < _KINDS:
        return raw[to - 6 : to] == b"\nFrom "
    return to == 5 and raw[:5] == b"From "


def _values(block: str, hits: list[tuple[int, int]]) -> dict[str, str]:
    """The wanted fields' values (the first of each name), unfolded, as :func:`split_head`'s.

    ``block``: the header block up to its last line's end, decoded once (it is ASCII); each
    value with its fold lines is one regex match there: a find, a slice and a decode a line
    in bytes cost ~15 µs a mail (~10 % of a mail tier 0 settles).
    """
    found: dict[str, str] = {}
    for pattern, to in hits:
        name = _FIELD_OF[pattern]
        if name is None or name in found:
            continue
        m = _FOLDED_VALUE.match(block, to)  # always matches (maybe empty)
        value = m.group() if m is not None else ""
        if "\n" in value:
            value = _FOLD.sub(" ", value.replace("\r\n", "\n") if "\r" in value else value)
        found[name] = value.strip()  # a CRLF line's last CR too
    return found


# A value: the rest of its line, and every fold line after it (a line that starts with a blank)
_FOLDED_VALUE = re.compile(r"[^\n]*+(?:\n[ \t][^\n]*+)*+")


def decoded(value: str) -> str:
    """An RFC 2047 header value as text."""
    if "=?" not in value:
        return value
    try:
        return str(email.header.make_header(rfc2047.decode_header(value)))
    except Exception as exc:  # email.errors.HeaderParseError, LookupError, ...
        raise Unsure("an undecodable encoded word") from exc


def _param(rx: re.Pattern[str], value: str) -> str | None:
    m = rx.search(value)
    return None if m is None else (m.group(1) if m.group(1) is not None else m.group(2))


def _payload(headers: dict[str, str], body: bytes, charset: str) -> str:
    """A text part's body decoded; ``charset``: its Content-Type's, lower-cased, or ""."""
    cte = headers.get("content-transfer-encoding", "7bit").strip().lower()
    try:
        if cte == "base64":
            data = binascii.a2b_base64(body)
        elif cte == "quoted-printable":
            data = binascii.a2b_qp(body)
        elif cte in ("7bit", "8bit", "binary", ""):
            data = body
        else:
            raise Unsure(f"transfer encoding {cte}")
    except binascii.Error as exc:
        raise Unsure(f"bad {cte} data") from exc
    if not charset:
        charset = "ascii" if data.isascii() else "utf-8"  # mail-parser's default
    elif "\0" in charset:  # the codec lookup raises ValueError: mail-parser fails otherwise
        raise Unsure("a NUL in the charset")
    codec = _codec(charset)
    try:
        if codec is None:
            raise LookupError(charset)
        text = data.decode(codec)
        if not text.isascii():  # (a str knows it is ASCII: no copy to ask)
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


def walk(
    headers: dict[str, str], body: bytes, texts: list[tuple[str, str]], names: list[str], depth: int
) -> None:
    """Inline text parts in order into ``texts``, attachment names into ``names``."""
    ctype, boundary, charset, type_name = _content_type(headers.get("content-type", "text/plain"))
    if ctype.startswith("multipart/"):
        if depth >= MAX_DEPTH:
            raise Unsure("deeply nested multipart")
        if not boundary:
            raise Unsure("multipart without a boundary")
        for part in body_parts(body, boundary.encode("ascii", "replace")):
            part_headers, part_body = _located(part) or split_head(part)
            walk(part_headers, part_body, texts, names, depth + 1)
        return
    disposition = headers.get("content-disposition", "")
    name = (_param(_NAME, disposition) if disposition else None) or type_name
    if ctype in _TEXT_TYPES:
        if name is not None or disposition.lower().startswith("attachment"):
            raise Unsure("a text attachment")
        texts.append((ctype, _payload(headers, body, charset)))
    elif ctype.startswith(("text/", "message/")):
        raise Unsure(f"a {ctype} part")
    else:
        names.append(name or "")


def joined(texts: list[tuple[str, str]], kind: str) -> str:
    """The text parts of ``kind`` that :func:`walk` found, one line break between them."""
    if len(texts) == 1:  # most mail: no generator for one part
        return texts[0][1] if texts[0][0] == kind else ""
    return "\n".join(t for k, t in texts if k == kind and t)


@functools.lru_cache(maxsize=1024)
def _content_type(value: str) -> tuple[str, str | None, str, str | None]:
    """(type, boundary, charset, name) of a Content-Type value, the charset lower-cased.

    Cached: a few values ("text/plain; charset=us-ascii") head most parts of an inbox.
    """
    ctype = value.partition(";")[0].strip().lower() or "text/plain"
    charset = (_param(_CHARSET, value) or "").strip().lower()
    return ctype, _param(_BOUNDARY, value), charset, _param(_NAME, value)


def body_parts(body: bytes, boundary: bytes) -> Iterable[bytes]:
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
        raise Unsure("no boundary delimiter in a multipart body")
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
    if "</" in markup:
        markup = _SOFT_END.sub(" ", markup)
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", _CELL_TAG.sub(" ", markup)))
    return html.unescape(text.replace("&nbsp;", "\xa0")) if "&" in text else text


# Why "&nbsp;" first: half of ordinary HTML mail's entities are it, and ``html.unescape``
# calls back into Python for each entity (~1 µs); ``str.replace`` does them in C. The output
# is the same: an entity ``unescape`` reads never holds an "&" but its first, so each
# "&nbsp;" is one it reads whole (as U+00A0), and a reference just before it that now runs
# on over U+00A0 keeps the same longest name (no name holds U+00A0) and the rest as written.


def capped(raw: bytes) -> tuple[bytes, int]:
    """:func:`agent.mail.rfc2047.cap_headers` of ``raw`` (as the full parser reads it) and
    where its header block ends: the end found once (~3 µs a mail) for both."""
    end = rfc2047.blank_line(raw)
    if (len(raw) if end < 0 else end) <= rfc2047.MAX_FIELD_BYTES:
        return raw, end  # what cap_headers returns as it is
    raw = rfc2047.cap_headers(raw)
    return raw, rfc2047.blank_line(raw)


def sender(value: str) -> tuple[str, str]:
    """(display name, address) of a From header; the common shapes without the slow parser."""
    m = _SIMPLE_FROM.match(value) or _QUOTED_FROM.match(value)
    if m is not None:
        return m.group(1) or "", m.group(2)
    m = _COMMENT_FROM.match(value)
    if m is not None:
        return m.group(2), m.group(1)
    return email.utils.parseaddr(value)


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
