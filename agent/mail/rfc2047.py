"""Header bounds and RFC 2047 decoding in linear time.

The standard library's :func:`email.header.decode_header` is quadratic in the
number of encoded words (``list.pop(0)`` in a loop, ``del`` in a loop, bytes
concatenated one word at a time): a Subject of 32,000 encoded words took
seconds, and a mail of a few MB could hold the daemon's watcher past systemd's
watchdog. :func:`decode_header` here returns exactly what the standard one
returns (a property test compares them), in one pass; :func:`cap_headers`
bounds every header field before any decoder sees it, since mail-parser calls
the standard function itself.
"""

from __future__ import annotations

import binascii
import email.base64mime
import email.quoprimime
import re
from email.errors import HeaderParseError

MAX_FIELD_BYTES = 32 * 1024  # one header field (a long References still fits)
MAX_HEADER_BYTES = 256 * 1024  # the whole header block
_BSPACE = b" "
# email.header.ecre (private there), copied so the split is the same
_ECRE = re.compile(
    r"=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=", re.MULTILINE
)


def blank_line(raw: bytes) -> int:
    """Where the first ``\n\r?\n`` (the end of the header block) begins, or -1.

    Two ``bytes.find`` in C (a regex stops at every line break of the head: ~4 µs a
    mail): first the one the first line's ending suggests, then the other up to there only.
    """
    eol = raw.find(b"\n")
    crlf = eol > 0 and raw[eol - 1] == 13  # b"\r"
    first, other = (b"\n\r\n", b"\n\n") if crlf else (b"\n\n", b"\n\r\n")
    at = raw.find(first)
    before = raw.find(other, 0, len(raw) if at < 0 else at + len(other) - 1)
    return at if before < 0 else before


def cap_headers(raw: bytes) -> bytes:
    """``raw`` with each header field cut to MAX_FIELD_BYTES and the block to MAX_HEADER_BYTES.

    A cut field ends at the last white space before the limit, so no encoded word
    or Message-ID is left half there. The body is untouched. Normal mail (a
    header block under the field limit) comes back as the same object.
    """
    end = blank_line(raw)
    head_end = len(raw) if end < 0 else end
    if head_end and raw[head_end - 1 : head_end] == b"\r":
        head_end -= 1  # where "\r\n\r\n" begins
    if head_end <= MAX_FIELD_BYTES:
        return raw
    newline = b"\r\n" if raw[head_end - 1 : head_end] == b"\r" or b"\r\n" in raw[:200] else b"\n"
    fields: list[bytes] = []
    current: list[bytes] = []
    for line in raw[:head_end].split(b"\n"):
        if current and line[:1] not in (b" ", b"\t"):
            fields.append(b"\n".join(current))
            current = []
        current.append(line)
    if current:
        fields.append(b"\n".join(current))
    kept: list[bytes] = []
    total = 0
    for field in fields:
        short = _cut(field) if len(field) > MAX_FIELD_BYTES else field
        total += len(short) + 1
        if total > MAX_HEADER_BYTES:
            break
        kept.append(short.rstrip(b"\r"))
    rest = raw[head_end:] if end is not None else newline
    return newline.join(kept) + rest


def _cut(field: bytes) -> bytes:
    cut = field[:MAX_FIELD_BYTES]
    space = max(cut.rfind(b" "), cut.rfind(b"\t"))
    return (cut[:space] if space > 0 else cut).rstrip(b"\r\n \t")


def decode_header(header: str) -> list[tuple[bytes | str, str | None]]:
    """:func:`email.header.decode_header` for a ``str``, in linear time, same result."""
    if not _ECRE.search(header):
        return [(header, None)]
    words: list[tuple[str, str | None, str | None]] = []
    for line in header.splitlines():
        parts = _ECRE.split(line)
        for i in range(0, len(parts), 4):
            unencoded = parts[i].lstrip() if i == 0 else parts[i]
            if unencoded:
                words.append((unencoded, None, None))
            if i + 3 < len(parts):
                words.append((parts[i + 3], parts[i + 2].lower(), parts[i + 1].lower()))
    # white space between two encoded words is dropped (RFC 2047 §6.2)
    drop = {
        n - 1
        for n, w in enumerate(words)
        if n > 1 and w[1] and words[n - 2][1] and words[n - 1][0].isspace()
    }
    decoded: list[tuple[bytes | str, str | None]] = []
    for n, (text, encoding, charset) in enumerate(words):
        if n in drop:
            continue
        if encoding is None:
            decoded.append((text, charset))
        elif encoding == "q":
            decoded.append((email.quoprimime.header_decode(text), charset))
        else:
            padded = text + "==="[: (4 - len(text) % 4) % 4]  # Postel: add missing padding
            try:
                decoded.append((email.base64mime.decode(padded), charset))
            except binascii.Error:
                raise HeaderParseError("Base64 decoding error") from None
    return _collapse(decoded)


def _collapse(
    decoded: list[tuple[bytes | str, str | None]],
) -> list[tuple[bytes | str, str | None]]:
    """Join runs of words in the same charset (unencoded ones with a space), as bytes."""
    collapsed: list[tuple[bytes | str, str | None]] = []
    run: list[bytes] = []
    run_charset: str | None = None
    for word, charset in decoded:
        data = word.encode("raw-unicode-escape") if isinstance(word, str) else word
        if run and charset != run_charset:
            collapsed.append(_joined(run, run_charset))
            run = []
        run.append(data)
        run_charset = charset
    collapsed.append(_joined(run, run_charset))
    return collapsed


def _joined(run: list[bytes], charset: str | None) -> tuple[bytes, str | None]:
    return (_BSPACE if charset is None else b"").join(run), charset
