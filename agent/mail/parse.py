"""Bytes → :class:`Message`: the few facts of a mail the later stages need.

mail-parser does the MIME work (charsets, transfer encodings, broken headers);
this module turns its output into a small, typed value, turns HTML into text
when a mail has no plain part, and bounds the text it keeps, so a 10 MB mail
costs no more downstream than a normal one.
"""

from __future__ import annotations

import email.header
import email.utils
import functools
import html
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import Any

import mailparser
from mailparser.utils import decode_headers

from agent.errors import ParseError
from agent.files import CONTROL_BYTES
from agent.mail.rfc2047 import cap_headers, decode_header

log = logging.getLogger(__name__)


class _MailParserNotes(logging.Handler):
    """mail-parser's warnings and errors, told again by this module's logger with the reason.

    mail-parser logs on its own logger ("Email content 'enriched' not handled"); with no
    handler configured (a library caller, a bench script) Python printed them bare on
    stderr, and a tool's stderr carries only our logging. Its debug chatter is dropped.
    """

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        why = (
            "that part is not read: only text/plain and text/html parts are"
            if "not handled" in text
            else "mail-parser's note on this mail; it is still read"
        )
        log.debug("mail-parser: %s (%s)", text, why)  # about one mail's form: -v shows it


_MAILPARSER_LOG = logging.getLogger("mailparser")
_MAILPARSER_LOG.addHandler(_MailParserNotes(logging.WARNING))
_MAILPARSER_LOG.propagate = False

MAX_MESSAGE_BYTES = 25 * 1024 * 1024  # larger mails are recorded as errors, not fetched
LOCAL_UIDVALIDITY = 0  # what local files (mbox, Maildir, .eml, stdin) carry; IMAP's is never 0
MAX_TEXT_CHARS = 100_000  # a rejection is short; keep the head of anything longer
MAX_MULTIPARTS = 100  # real mail has a handful; 1,000 nested ones took seconds to parse
_MULTIPART = re.compile(rb"content-type:[ \t]*multipart/", re.IGNORECASE)
_SIGNAL_HEADERS = (
    "list-unsubscribe",
    "list-id",
    "precedence",
    "auto-submitted",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "x-mailer",
    "sender",
    "return-path",
)


@dataclass(frozen=True)
class RawMail:
    """One message as fetched: where it lives and its bytes."""

    folder: str
    uidvalidity: int
    uid: int
    raw: bytes
    arrived: datetime | None = None
    source: str = ""


@dataclass(frozen=True)
class Message:
    """A parsed mail: identity, addresses, threading, text and bulk signals."""

    message_id: str | None
    subject: str
    from_name: str
    from_addr: str
    reply_to: tuple[tuple[str, str], ...] = ()
    to: tuple[tuple[str, str], ...] = ()
    cc: tuple[tuple[str, str], ...] = ()
    date: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""
    html_only: bool = False
    # An HTML-only mail's image alt texts, first 3 (a logo's "Boulangeries Paul"): shown
    # where images are off, and often the only place an ATS's template names the employer.
    image_alts: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    attachments: tuple[str, ...] = ()
    size: int = 0

    @property
    def from_domain(self) -> str:
        return self.from_addr.rpartition("@")[2].lower()


def quick_message(
    *,
    message_id: str | None,
    subject: str,
    from_name: str,
    from_addr: str,
    date: datetime | None,
    in_reply_to: str | None,
    references: tuple[str, ...],
    text: str,
    html_only: bool,
    size: int,
) -> Message:
    """``Message(...)`` of these fields (the rest their defaults) without the frozen
    dataclass's ``__init__``, which sets each of the 15 fields by ``object.__setattr__``
    (~4 µs): the scan's cheap path builds one for every mail it settles (issue 15)."""
    msg = object.__new__(Message)
    msg.__dict__.update(
        message_id=message_id,
        subject=subject,
        from_name=from_name,
        from_addr=from_addr,
        reply_to=(),
        to=(),
        cc=(),
        date=date,
        in_reply_to=in_reply_to,
        references=references,
        text=text,
        html_only=html_only,
        image_alts=(),
        headers={},
        attachments=(),
        size=size,
    )
    return msg


def clean_header(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    text = str(value)
    if "\n" not in text and "\r" not in text:  # nearly every header: no regex pass
        return text.strip()
    return re.sub(r"\s*[\r\n]+\s*", " ", text).strip()


def _addresses(value: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for item in value or ():
        if isinstance(item, tuple | list) and len(item) == 2:
            name, addr = clean_header(item[0]), clean_header(item[1]).strip("<>")
            if addr or name:
                out.append((name, addr.lower() if "@" in addr else addr))
    return tuple(out)


_MSGID = re.compile(r"<[^<>\s]+>")


def msgids(value: str) -> tuple[str, ...]:
    """The ids of a Message-ID, In-Reply-To or References header, without control bytes.

    Cleaned here, once, because every stored threading value comes through here:
    an ESC or a vertical tab in an id made Dovecot refuse the Sent-folder search
    built from it ("Invalid characters in atom"), so the draft could never go.
    """
    if not value.isprintable():  # every control byte is not printable: most ids skip the sub
        value = CONTROL_BYTES.sub("", value)
    return tuple(_MSGID.findall(value)) if value else ()


def first_msgid(value: str) -> str | None:
    """A Message-ID header's id; the bare value when it lacks the angle brackets."""
    ids = msgids(value)
    return ids[0] if ids else (" ".join(CONTROL_BYTES.sub("", value).split()) or None)


# Elements that end a line of text (HTML → text here and in the pre-filter).
BLOCK_ELEMENTS = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        # session 18 (issue 11): lists, rules and centred blocks of ATS templates end lines too
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "hr",
        "center",
        "pre",
        "address",
        "main",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "caption",
    ]
)
# Elements without content: "<br/>" is one line break, not a start and an end tag.
_VOID = frozenset(("br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base"))
# Inline styles that hide a preheader or a tracking block from the reader.
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0|font-size\s*:\s*0"
)
_HIDEABLE = frozenset(("div", "span", "td", "table", "p", "tr", "center", "font"))
# Session 38 (issue 11): one <div> after another is one line break on screen, not a blank
# line; an editor that keeps a text's lines as <div>s ("...não</div><div>foi selecionada")
# would otherwise split its sentences into paragraphs. The end of a <div> followed, through
# white space and tags of no block element only, by a <div>'s start writes no break of its
# own (the start writes one); rawmail.crude_html_text reads the same.
SOFT_BLOCK = "div"
_DATA_SPACE = re.compile(r"\s+")


class _HTMLText(HTMLParser):
    """Just enough HTML → text: block elements become line breaks, script/style vanish.

    White space in the markup is one space, as a browser shows it: a template's source
    line break ("...the time you spent<br>\napplying for...") is no paragraph break, so
    a sentence reads as the plain-text part of the same mail would (issue 11).
    """

    _BLOCK = BLOCK_ELEMENTS
    _SKIP = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.alts: list[str] = []  # the first few images' alt texts, kept apart from the text
        self._skip = 0
        self._pre = 0
        # (tag, hidden) of the open hideable elements: an end tag closes its own start,
        # and an unclosed <td> or <p> inside a hidden block cannot hide the rest of the mail.
        self._open: list[tuple[str, bool]] = []
        self._soft_end = -1  # where the break of a </div> with nothing after it yet is

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "img" and len(self.alts) < 3 and not self._skip:
            alt = _DATA_SPACE.sub(" ", dict(attrs).get("alt") or "").strip()
            if alt:
                self.alts.append(alt[:100])
        elif tag in self._BLOCK:
            if tag == SOFT_BLOCK and self._soft_end >= 0:
                self.parts[self._soft_end] = " "  # </div><div>: the start's break alone
            self._soft_end = -1
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")  # cells of a row stay apart words ("R-4411 Not selected")
        if tag == "pre":
            self._pre += 1
        if tag in _HIDEABLE:
            hidden = _HIDDEN_STYLE.search((dict(attrs).get("style") or "").lower()) is not None
            self._skip += hidden
            self._open.append((tag, hidden))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        if tag in _HIDEABLE:
            for i in range(len(self._open) - 1, -1, -1):
                if self._open[i][0] == tag:
                    self._skip -= sum(hidden for _, hidden in self._open[i:])
                    del self._open[i:]
                    break
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in self._BLOCK and tag not in _VOID:
            self._soft_end = len(self.parts) if tag == SOFT_BLOCK else -1
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not data.isspace():
            self._soft_end = -1
        if not self._skip:
            self.parts.append(data if self._pre else _DATA_SPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    return html_text_and_alts(markup)[0]


# A plain part that opens with an HTML element and closes some: a template's source sent as
# text/plain (session 38, issue 11: "<p>Hi <strong>Robin</strong>,</p>" as the only part).
_MARKUP_HEAD = re.compile(
    r"\s*<(!doctype|html|head|body|meta|div|p|table|tr|td|span|br|h[1-6]|center|font|strong|b|img)[\s>/]",
    re.IGNORECASE,
)
_MARKUP_CLOSE = re.compile(
    r"</(p|div|td|tr|table|span|strong|b|html|body|h[1-6]|li|ul)>|<br\s*/?>", re.I
)


def markup_as_plain(plain: str) -> bool:
    """Whether a text/plain part is really HTML source: it opens with an element and closes
    at least two, so it is read as an HTML part is (tags out, paragraphs kept). Both the
    full parser and the pre-filter's glance ask this, so the two paths read the same text."""
    return (
        _MARKUP_HEAD.match(plain, 0, 400) is not None
        and len(_MARKUP_CLOSE.findall(plain, 0, 4000)) >= 2
    )


def html_text_and_alts(markup: str) -> tuple[str, tuple[str, ...]]:
    """The text a browser shows, and the first images' alt texts (not part of that text)."""
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:
        return html.unescape(re.sub(r"<[^>]+>", " ", markup)), ()
    text = "".join(parser.parts).replace("\xa0", " ")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip(), tuple(parser.alts)


def parse_date(value: Any, header: str) -> datetime | None:
    """The Date header with the sender's own UTC offset; mail-parser's value as a fallback.

    mail-parser converts to UTC and drops the offset, which tells the recipient's
    business hours (see :func:`agent.feedback.drafts.recipient_zone`).
    """
    if header:
        fast = _common_date(header)
        if fast is not None:
            return fast
        try:
            parsed = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None


# "Mon, 2 Sep 2002 13:25:44 +0100 (BST)": nearly every Date header; the rest goes to email.utils
_COMMON_DATE = re.compile(
    r"(?:[A-Za-z]{3}, *)?(\d{1,2}) +([A-Za-z]{3}) +(\d{4}) +(\d\d):(\d\d):(\d\d)"
    r" +([+-])(\d\d)(\d\d)(?: +\([^()]*\))?"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _common_date(header: str) -> datetime | None:
    """The usual RFC 5322 date in a few microseconds, as email.utils would read it; else None.

    email.utils takes ~30 µs a date: the cost of the cheap path's whole header.
    """
    m = _COMMON_DATE.fullmatch(header.strip())
    if m is None:
        return None  # anything unusual: the careful way
    day, name, year, hour, minute, second, sign, hours, minutes = m.groups()
    month = _MONTHS.get(name.lower())
    if month is None:
        return None
    try:
        zone = _zone(sign + hours + minutes)  # "-0000" (zone unknown): UTC too
        return datetime(
            int(year), month, int(day), int(hour), int(minute), int(second), tzinfo=zone
        )
    except ValueError:
        return None


@functools.lru_cache(maxsize=256)
def _zone(offset: str) -> timezone:
    """``"+0100"`` → its timezone, built once (a mailbox has few)."""
    seconds = int(offset[1:3]) * 3600 + int(offset[3:5]) * 60
    return timezone(timedelta(seconds=-seconds if offset[0] == "-" else seconds))


_RECEIVED = re.compile(rb"^received[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)


def without_received(raw: bytes) -> bytes:
    """``raw`` without its Received headers, which nothing here reads.

    mail-parser parses every Received header (hops, dates, defects): about half of
    its time on ordinary mail. Only the header block is touched.
    """
    end = raw.find(b"\n\n") + 1  # just after the last header line's line break
    crlf = raw.find(b"\r\n\r\n")
    if end <= 0 or 0 <= crlf < end:
        end = crlf + 2
    if end <= 1 or b"eceived" not in raw[:end]:
        return raw
    return _RECEIVED.sub(b"", raw[:end]) + raw[end:]


class _MailParser(mailparser.MailParser):  # type: ignore[misc]  # mail-parser is untyped
    """mail-parser without the two summary dicts it builds after parsing.

    ``parse`` ends by filling ``mail`` and ``mail_partial`` (every header and part
    decoded again, twice), which nothing here reads: about a sixth of its time on
    job mail. What :func:`_message` reads is set before that.
    """

    def _make_mail(self, complete: bool = True) -> dict[str, Any]:
        return {}

    def _build_header_index(self) -> dict[str, list[Any]]:
        """mail-parser's index of the header fields, only those :func:`_message` reads.

        ``parse`` runs its address parser (with diagnostics, ~50 µs a field) over
        every address field it indexes: Delivered-To and Bcc too, which nothing
        here reads (Delivered-To is in most delivered mail).
        """
        index: dict[str, list[Any]] = {}
        for name, value in self.message.items() if self.message is not None else ():
            key = name.lower()
            if key in _INDEXED:
                index.setdefault(key, []).append(value)
        return index


def parse_bytes(raw: bytes) -> Message:
    """Parse one RFC 5322 message. Raises :class:`ParseError` when nothing usable remains."""
    if not raw or not raw.strip():
        raise ParseError("empty message")
    size = len(raw)
    if len(_MULTIPART.findall(raw)) > MAX_MULTIPARTS:
        # the standard parser's cost grows with the square of the nesting depth
        raise ParseError(f"more than {MAX_MULTIPARTS} multipart containers (nested too deep)")
    raw = cap_headers(raw)  # mail-parser's RFC 2047 decoding is quadratic: bound its input
    try:
        mail = _MailParser.from_bytes(without_received(raw))
        return _message(mail, size)
    except ParseError:
        raise
    except Exception as exc:  # mail-parser decodes lazily: its errors come from any attribute
        raise ParseError(f"mail-parser failed: {type(exc).__name__}: {exc}") from exc


_FOLD = re.compile(r"\r?\n[ \t]+")


def _subject(mail: Any) -> str:
    """The Subject decoded with the space after an encoded word kept.

    mail-parser joins the decoded pieces with nothing between them, so a subject
    folded after an encoded word ("Conseiller =?utf-8?q?client=C3=A8le?=" then
    " professionnels", as Python's own generator writes it) loses the space and
    two words of a job title become one.
    """
    raw = mail.message.get("subject") if getattr(mail, "message", None) is not None else None
    if isinstance(raw, str) and "=?" in raw:
        try:
            return clean_header(str(email.header.make_header(decode_header(_FOLD.sub(" ", raw)))))
        except Exception:  # an undecodable word: mail-parser's reading stands
            log.debug("subject not decodable by the RFC 2047 decoder; mail-parser's kept")
    return clean_header(mail.subject)


# The headers :func:`_message` reads by name, and the address fields it reads
_READ_HEADERS = frozenset(
    ("from", "subject", "message-id", "date", "in-reply-to", "references", *_SIGNAL_HEADERS)
)
_INDEXED = _READ_HEADERS | {"to", "cc", "reply-to"}


def read_headers(mail: Any) -> dict[str, str]:
    """The headers read here, decoded as mail-parser's ``headers`` decodes them.

    ``headers`` decodes every field of the mail (DKIM signatures, ARC seals,
    traces); only these few are read. A repeated field keeps its first value.
    """
    index = mail._header_index  # only the names read here: see _MailParser
    return {k: clean_header(decode_headers(v)) for k, v in index.items() if k in _READ_HEADERS}


def _message(mail: Any, size: int, headers: dict[str, str] | None = None) -> Message:
    """``headers``: the decoded fields by lower-case name (default :func:`read_headers`)."""
    headers = read_headers(mail) if headers is None else headers
    if not any(k in headers for k in ("from", "subject", "message-id", "date")):
        raise ParseError("no message headers found")
    from_ = _addresses(mail.from_)
    from_name, from_addr = from_[0] if from_ else ("", "")
    plain = "\n".join(p for p in (mail.text_plain or []) if p)
    html_only = False
    alts: tuple[str, ...] = ()
    if plain.strip() and not markup_as_plain(plain):
        text = plain
    else:
        markup = "\n".join(p for p in (mail.text_html or []) if p) or plain
        html_only = bool(markup)
        text, alts = html_text_and_alts(markup[: MAX_TEXT_CHARS * 4]) if markup else ("", ())
    text = text.replace("\r\n", "\n")[:MAX_TEXT_CHARS]
    message_id = first_msgid(headers.get("message-id", ""))
    irt = msgids(headers.get("in-reply-to", ""))
    attachments = tuple(
        str(a.get("filename") or "") for a in (mail.attachments or []) if isinstance(a, dict)
    )
    return Message(
        message_id=message_id,
        subject=_subject(mail),
        from_name=from_name,
        from_addr=from_addr,
        reply_to=_addresses(mail.reply_to),
        to=_addresses(mail.to),
        cc=_addresses(getattr(mail, "cc", None)),
        date=parse_date(mail.date, headers.get("date", "")),
        in_reply_to=irt[0] if irt else None,
        references=msgids(headers.get("references", "")),
        text=text,
        html_only=html_only,
        image_alts=alts,
        headers={k: headers[k] for k in _SIGNAL_HEADERS if k in headers},
        attachments=attachments,
        size=size,
    )
