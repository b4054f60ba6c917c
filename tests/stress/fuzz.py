"""The fuzz generator: hostile and broken mail, from corpus mutations and hypothesis.

Every mutation is a function ``(raw, rng) -> raw``; :func:`mutate` applies one to
three of them to a corpus mail, all driven by one seeded ``random.Random``, so a
failure is reproduced by its seed and index alone.
"""

from __future__ import annotations

import base64
import random
import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "emails"
BIG_PART_BYTES = 20 * 1024 * 1024

_HEAD_END = re.compile(rb"\r?\n\r?\n")


def corpus() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]


def _split(raw: bytes) -> tuple[bytes, bytes]:
    m = _HEAD_END.search(raw)
    return (raw, b"") if m is None else (raw[: m.start()], raw[m.end() :])


def _join(head: bytes, body: bytes) -> bytes:
    return head + b"\r\n\r\n" + body


def broken_boundary(raw: bytes, rng: random.Random) -> bytes:
    head, body = _split(raw)
    m = re.search(rb'boundary="?([^";\r\n]+)"?', head)
    if m is None:
        head += b'\r\nContent-Type: multipart/mixed; boundary="b0"'
        return _join(head, body + b"\r\n--b0\r\nContent-Type: text/plain\r\n\r\nhalf a part")
    boundary = m.group(1)
    choice = rng.randrange(4)
    if choice == 0:  # the closing delimiter is gone
        return _join(head, body.replace(b"--" + boundary + b"--", b""))
    if choice == 1:  # the header names another boundary than the body uses
        return _join(head.replace(boundary, boundary[::-1] + b"x"), body)
    if choice == 2:  # an empty boundary
        return _join(head.replace(b"boundary=", b'boundary=""; x='), body)
    return _join(head, body.replace(b"--" + boundary, b"--" + boundary[: len(boundary) // 2]))


def bad_charset(raw: bytes, rng: random.Random) -> bytes:
    name = rng.choice(
        [b"utf\x008", b"\x00", b"x-unknown-42", b"utf-7", b"utf-16", b"", b"../../etc", b"a" * 300]
    )
    if re.search(rb"charset=", raw, re.I):
        return re.sub(
            rb'charset="?[^";\s]*"?', b'charset="' + name + b'"', raw, count=2, flags=re.I
        )
    head, body = _split(raw)
    return _join(head + b'\r\nContent-Type: text/plain; charset="' + name + b'"', body)


def huge_header(raw: bytes, rng: random.Random) -> bytes:
    head, body = _split(raw)
    size = rng.choice([10_000, 100_000, 1_000_000, 2_500_000])
    kind = rng.randrange(3)
    if kind == 0:
        value = b"x" * size
    elif kind == 1:
        value = b" ".join(b"<id%d@x.example>" % i for i in range(size // 18))
    else:
        value = b"\r\n ".join([b"folded"] * (size // 9))
    name = rng.choice([b"Subject", b"References", b"X-Junk", b"From", b"To"])
    return _join(head + b"\r\n" + name + b": " + value, body)


def encoded_words(raw: bytes, rng: random.Random) -> bytes:
    head, body = _split(raw)
    n = rng.choice([50, 1000, 8000, 32000])
    word = rng.choice([b"=?utf-8?q?r=C3=A9sum=C3=A9?=", b"=?utf-8?b?w6k=?=", b"=?x-bad?q?a?="])
    sep = rng.choice([b" ", b"", b"\r\n "])
    name = rng.choice([b"Subject", b"From", b"To", b"Reply-To"])
    head = re.sub(rb"(?im)^" + name + rb":.*$", b"", head)
    return _join(head + b"\r\n" + name + b": " + sep.join([word] * n), body)


def deep_nesting(raw: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([10, 100, 1000])
    inner = b"Content-Type: text/plain\r\n\r\nWe decided not to proceed.\r\n"
    for i in range(depth):
        b = b"n%d" % i
        inner = (
            b'Content-Type: multipart/mixed; boundary="'
            + b
            + b'"\r\n\r\n--'
            + b
            + b"\r\n"
            + inner
            + b"\r\n--"
            + b
            + b"--\r\n"
        )
    head, _ = _split(raw)
    head = re.sub(rb"(?im)^content-(type|transfer-encoding):.*(\r?\n[ \t].*)*$", b"", head)
    return head.rstrip() + b"\r\nMIME-Version: 1.0\r\n" + inner


def big_part(raw: bytes, rng: random.Random, size: int = BIG_PART_BYTES) -> bytes:
    head, body = _split(raw)
    head = re.sub(rb"(?im)^content-(type|transfer-encoding):.*(\r?\n[ \t].*)*$", b"", head)
    blob = base64.encodebytes(rng.randbytes(size * 3 // 4))
    return (
        head.rstrip() + b'\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"'
        b"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n"
        + body[:2000]
        + b"\r\n--B\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + blob + b"\r\n--B--\r\n"
    )


def nul_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 20)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def missing_headers(raw: bytes, rng: random.Random) -> bytes:
    head, body = _split(raw)
    for name in rng.sample(
        [b"From", b"Subject", b"Date", b"Message-ID", b"Content-Type", b"To"], 3
    ):
        head = re.sub(rb"(?im)^" + name + rb":.*(\r?\n[ \t].*)*(\r?\n)?", b"", head)
    return _join(head, body)


def control_ids(raw: bytes, rng: random.Random) -> bytes:
    head, body = _split(raw)
    junk = bytes(rng.choice([0x0B, 0x1B, 0x07, 0x7F, 0x00]) for _ in range(3))
    head = re.sub(rb"(?im)^message-id:.*$", b"Message-ID: <a" + junk + b"@x.example>", head)
    return _join(
        head + b"\r\nIn-Reply-To: <b" + junk + b"@y>\r\nReferences: <c" + junk + b"@z>", body
    )


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def flip_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 50)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "broken_boundary": broken_boundary,
    "bad_charset": bad_charset,
    "huge_header": huge_header,
    "encoded_words": encoded_words,
    "deep_nesting": deep_nesting,
    "nul_bytes": nul_bytes,
    "missing_headers": missing_headers,
    "control_ids": control_ids,
    "truncate": truncate,
    "flip_bytes": flip_bytes,
}
_CHEAP = [name for name in MUTATIONS if name not in ("huge_header", "encoded_words")]


def mutate(base: list[bytes], rng: random.Random, index: int) -> tuple[str, bytes]:
    """One hostile mail: a corpus mail under one to three mutations (their names joined)."""
    raw = rng.choice(base)
    # the costly ones are rarer, so a long run's 10,000 mails stay within minutes
    names = rng.sample(_CHEAP, rng.randint(1, 2))
    if rng.random() < 0.15:
        names.append(rng.choice(["huge_header", "encoded_words"]))
    for name in names:
        raw = MUTATIONS[name](raw, rng)
    return "+".join(names), raw


# ------------------------------------------------------------------ hypothesis

_header_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200
)
_header_value = st.one_of(
    _header_text,
    st.builds(
        lambda cs, enc, t: f"=?{cs}?{enc}?{t}?=",
        st.sampled_from(["utf-8", "iso-8859-1", "x-nope", "utf\x008", ""]),
        st.sampled_from(["q", "b", "Q", "B", "x"]),
        st.text(alphabet="abcdefABC012=_+/?", max_size=40),
    ),
)
_header_name = st.sampled_from(
    ["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Reply-To",
     "Content-Type", "Content-Transfer-Encoding", "MIME-Version", "Auto-Submitted"]
)  # fmt: skip


@st.composite
def hostile_mail(draw: st.DrawFn) -> bytes:
    """A mail built from scratch: arbitrary header names, values and a binary or text body."""
    headers = draw(st.lists(st.tuples(_header_name, _header_value), max_size=12))
    sep = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    head = sep.join(f"{k}: {v}" for k, v in headers)
    body = draw(
        st.one_of(
            st.binary(max_size=2000),
            st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        )
    )
    return head.encode("utf-8", "surrogatepass") + (sep * 2).encode() + body
