"""Tier 0 of the cheap path: pattern sets as one Hyperscan database each, one pass a mail.

Why: the cheap path's job gate found where a job word may begin with an automaton
and tried the packs' job patterns on a short span at each place (~100 µs a mail:
"take", "code", "poste" begin words in most long mails), and proving that a mail
with job words holds no decision phrase cost ~2.5 ms (the cue reading, then each
cue where its words start). Hyperscan runs a whole set over the text in one pass.

The databases are compiled in byte mode, without Unicode tables (with them a
pattern took seconds), over text *folded* to ASCII (:func:`fold`), and the
patterns are widened on the way, never narrowed:

* every non-ASCII character becomes a stand-in of its kind as ``re`` sees it
  (letter "Z", digit "0", space " ", other "\\x01", or the ASCII letter ``re.I``
  equates it with; the middle dot, a gender mark, "\\x02"), in the text and in the
  patterns alike;
* the gate collapses white space and the cue reading joins wrapped lines: every
  space, ``.``, ``\\s``, ``\\W`` and set that can match white space here matches a run;
* look-arounds and ``^``/``$``, which a differently cut text would change, are dropped.

So a text none of them matches is one the packs' patterns cannot match either
(the corpus tests compare both ways on every labelled mail and the ham). A
pattern this cannot translate, or Hyperscan cannot compile, turns its database
off and the cheap path works as before. Compiled databases are kept in the
user's cache folder (:class:`Stored`): the decision cues take seconds to compile.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import importlib.metadata
import json
import logging
import re
import sys
import threading
import unicodedata
from pathlib import Path
from typing import TypeAlias

import hyperscan

from agent import files
from agent.classify import patterncache

log = logging.getLogger(__name__)

Database: TypeAlias = hyperscan.Database

_WIDE_SPACE = r"(?:\s+)"
_WIDE_ESCAPES = {
    **{e: _WIDE_SPACE for e in ("\\s", "\\n", "\\r", "\\t", "\\f", "\\v")},
    "\\W": r"(?:\s+|\W)",
}


_NO_REPEAT = re.compile(r"\{(?:0+|0*,0+)\}")  # "{0}", "{0,0}", "{,0}": the atom zero times
_NO_LOWER = re.compile(r"\{,(\d+)\}")  # "{,3}": Python's "{0,3}", Hyperscan's literal
# "{1,40}": a long bounded repeat costs Hyperscan's compiler dearly (an aside gap of 40
# characters in every frame took the decision set from 26 s to minutes); unbounded widens
_LONG_REPEAT = re.compile(r"\{(\d*),(\d{2,})\}")


# A frame's aside (``rulepattern.aside_pattern``): "your skills, while impressive, aren't ...".
# Widened as written, its 40 characters of any kind but six (an alternation of stand-ins)
# made the decision cues' pass ~10 % slower over ordinary mail; it reads here as a comma
# and any run of characters but those six: wider, as long as its clause words hold none of
# them (nor a set, an escape or a group, that could match one).
_ASIDE = re.compile(r"\(\?:,\\s\*\(\?:[^()\[\]\\!,.:;?]*\)\\b\[\^,\.;:!\?\\n\]\{1,40\}\(\?=,\)\)\?")
_WIDE_ASIDE = r"(?:,[^\x21\x2c\x2e\x3a\x3b\x3f]*)?"  # no "!", ",", ".", ":", ";" or "?"


class _Untranslatable(ValueError):
    """A construct this translation does not handle: the scanner is off."""


def widen(pattern: str) -> str:
    """``pattern`` for raw text: white space where the gate sees one space matches a run."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            esc = pattern[i : i + 2]
            if esc[1:] in ("x", "u", "U", "N"):  # a character by its code or name
                char, i = _char_at(pattern, i)
                out.append(_stand_in(char) if not char.isascii() else _ascii_literal(char))
                continue
            if len(esc) < 2 or esc[1].isdigit() or esc[1] in "AZzGNpPuUx":
                raise _Untranslatable(f"escape {esc!r}")
            out.append(_WIDE_ESCAPES.get(esc, esc))
            i += 2
        elif ch == "[":
            end = _class_end(pattern, i)
            out.append(_wide_class(pattern[i:end]))
            i = end
        elif ch == "(" and (m := _ASIDE.match(pattern, i)) is not None:
            out.append(_WIDE_ASIDE)
            i = m.end()
        elif ch == "(" and pattern.startswith("(?", i):
            i = _group(pattern, i, out)
        elif ch == ".":
            out.append(r"(?:\s+|.)")
            i += 1
        elif ch.isspace():
            out.append(_WIDE_SPACE)
            i += 1
        elif ch in "^$":  # the text read may start or end elsewhere: anywhere will do
            i += 1
        elif (m := _NO_REPEAT.match(pattern, i)) is not None:
            out.append("{0,1}")  # "{0,0}": Hyperscan refuses it; once more only widens
            i = m.end()
        elif (m := _NO_LOWER.match(pattern, i)) is not None:
            out.append(f"{{0,{m.group(1)}}}")
            i = m.end()
        elif (m := _LONG_REPEAT.match(pattern, i)) is not None:
            out.append(f"{{{m.group(1) or 0},}}")
            i = m.end()
        else:
            out.append(ch if ch.isascii() else _stand_in(ch))
            i += 1
    return "".join(out)


def _ascii_literal(ch: str) -> str:
    """An ASCII character as a pattern: white space as a run, anything else by its code."""
    return _WIDE_SPACE if ch.isspace() else f"\\x{ord(ch):02x}"


def _wide_class(cls: str) -> str:
    """A character set for folded text (:func:`fold`), matching runs of white space too.

    Its members are read as ``re`` reads them (escapes, ranges: ``[\\-\u2013]`` is a hyphen
    and an en dash, ``[à-ÿ]`` a range); ASCII ones stay, non-ASCII ones become their
    stand-ins; a negated set also takes the stand-in of every kind of character it does
    not leave out (a ``[^a-z]`` matches "é", whose stand-in is "Z").
    """
    negated = cls.startswith("[^")
    members, escapes, extra = _class_members(cls[2 if negated else 1 : -1])
    spacey = bool(escapes & {"\\s", "\\W"}) or any(
        chr(c).isspace() for lo, hi in members for c in range(lo, hi + 1) if c < 128
    )
    if negated:  # the kinds of non-ASCII character it may match, by their stand-ins
        extra = {alt for alt, left_out_by in _KINDS if not escapes.intersection(left_out_by)}
        spacey = not escapes & {"\\s", "\\W"}
    spacey = spacey or _WIDE_SPACE in extra
    extra.discard(_WIDE_SPACE)
    if spacey:
        extra.add(r"\s+")
    inner = "".join(sorted(escapes)) + "".join(
        f"\\x{lo:02x}" if lo == hi else f"\\x{lo:02x}-\\x{hi:02x}" for lo, hi in sorted(members)
    )
    core = f"[{'^' if negated else ''}{inner}]" if inner else ("[\\x00-\\x7f]" if negated else "")
    alts = [a for a in (core, *sorted(extra)) if a]
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


_CLASS_ESCAPES = frozenset("wWsSdD")
_LARGE_RANGE = 4096  # a wider non-ASCII range takes every stand-in there is
_EVERY_STAND_IN = frozenset({"Z", "0", _WIDE_SPACE, r"\x01", r"\x02", "'", '"', "[a-z]"})


def _class_members(body: str) -> tuple[set[tuple[int, int]], set[str], set[str]]:
    """A set's body as ``re`` reads it: its ASCII ranges (code points), its class escapes
    (``\\w``, ``\\s`` ...) and the stand-ins of its non-ASCII members."""
    items: list[str | None] = []  # a character, or None for a class escape
    ranges_at: set[int] = set()  # the items that are a range's unescaped "-"
    escapes: set[str] = set()
    i = 0
    while i < len(body):
        if body[i] == "\\" and body[i + 1 : i + 2] in _CLASS_ESCAPES:
            escapes.add(body[i : i + 2])
            items.append(None)
            i += 2
            continue
        if body[i] == "-" and 0 < i < len(body) - 1:
            ranges_at.add(len(items))
        ch, i = _char_at(body, i)
        items.append(ch)
    ranges: set[tuple[int, int]] = set()
    extra: set[str] = set()
    k = 0
    while k < len(items):
        lo = hi = items[k]
        if k + 1 in ranges_at and k + 2 < len(items) and lo is not None:
            hi = items[k + 2]
            k += 2
        k += 1
        if lo is None or hi is None:
            continue
        a, b = ord(lo), ord(hi)
        if a < 128:
            ranges.add((a, min(b, 127)))
        if b >= 128:
            extra |= _range_stand_ins(max(a, 128), b)
    return ranges, escapes, extra


def _char_at(text: str, i: int) -> tuple[str, int]:
    """The character an escape or a plain character at ``i`` of a pattern stands for,
    and the index after it; an escape ``re`` reads otherwise (a back-reference, an
    octal) is not translated."""
    if text[i] != "\\":
        return text[i], i + 1
    kind = text[i + 1 : i + 2]
    width = {"x": 2, "u": 4, "U": 8}.get(kind)
    if width is not None:
        digits = text[i + 2 : i + 2 + width]
        if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
            raise _Untranslatable(f"escape {text[i : i + 2 + width]!r}")
        return chr(int(digits, 16)), i + 2 + width
    if kind == "N" and text[i + 2 : i + 3] == "{" and "}" in text[i:]:
        end = text.index("}", i)
        try:
            return unicodedata.lookup(text[i + 3 : end]), end + 1
        except KeyError:
            raise _Untranslatable(f"escape {text[i : end + 1]!r}") from None
    if kind in _CONTROL_ESCAPES:
        return _CONTROL_ESCAPES[kind], i + 2
    if not kind or kind.isalnum():
        raise _Untranslatable(f"escape {text[i : i + 2]!r}")
    return kind, i + 2


_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b"}


def _range_stand_ins(lo: int, hi: int) -> set[str]:
    """The stand-ins (as patterns) of the characters ``lo``..``hi``, all non-ASCII."""
    if hi - lo >= _LARGE_RANGE:
        return set(_EVERY_STAND_IN)
    return {_stand_in(chr(c)) for c in range(lo, hi + 1) if not 0xD800 <= c <= 0xDFFF}


# The stand-ins of non-ASCII characters (:func:`fold`), with what in a negated set leaves
# each kind out: letters (\w), decimal digits (\w, \d), spaces (\s, \W), the rest (\W).
_KINDS = (
    ("Z", ("\\w",)),
    ("0", ("\\w", "\\d")),
    (r"\s+", ("\\s", "\\W")),
    (r"\x01", ("\\W",)),
    (r"\x02", ("\\W",)),
    ("'", ("\\W",)),
    ('"', ("\\W",)),
)
_EXTRA_SPACES = "\u200b\ufeff"  # not str.isspace(), yet the cue reading makes them spaces
_QUOTE_STAND_INS = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'}
# The middle dot, one of the gender marks (``inclusive_word``: "Bewerber·innen"), apart from
# the other "\x01" characters: as one of them, a Windows apostrophe read as Latin-1 ("It\x92s"),
# a bullet or a trade mark before an "s" was a gender mark to the decision pass, and any
# cue could then match (a second pass over the cue reading, ~1.5 ms a mail).
_MIDDLE_DOT = "\u00b7"
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


@functools.cache
def _ascii_twins() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """``[a-z]`` and each ASCII lower-case letter, ignoring case as ``re`` does.

    Why: a pattern of each new character tried on every ASCII letter cost a compile a
    character (~370 in a scan of 5,000 mails, each one also taking a place in ``re``'s cache).
    ``re`` equates a character with a letter by their simple lower cases (and its few extra
    pairs: the long s and "s"): the same relation whichever of the two is the pattern, so 27
    kept programs tell it (a test compares).
    """
    letters = tuple((a, patterncache.compiled(a, re.I)) for a in _ASCII_LOWER)
    return patterncache.compiled("[a-z]", re.I), letters


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The ASCII character standing in for ``ch`` in text and patterns alike.

    One of its kind as ``re`` sees it: a space is " ", a letter ``re.I`` takes for
    an ASCII one (the long s, the Kelvin sign) that letter, a typographic quote the plain
    one (as the cue reading makes it), any other digit "0", letter "Z", the middle dot
    "\x02", else "\x01".
    """
    if ch.isspace() or ch in _EXTRA_SPACES:
        return " "
    any_letter, letters = _ascii_twins()
    if any_letter.fullmatch(ch) is not None:  # the first letter whose pattern takes ``ch``
        return next(a for a, same in letters if same.fullmatch(ch))
    if ch in _QUOTE_STAND_INS:
        return _QUOTE_STAND_INS[ch]
    if ch.isdecimal():
        return "0"
    if ch == _MIDDLE_DOT:
        return "\x02"
    return "Z" if ch.isalnum() else "\x01"


def _stand_in(ch: str) -> str:
    """:func:`_fold_char` as a pattern."""
    folded = _fold_char(ch)
    return {" ": _WIDE_SPACE, "\x01": r"\x01", "\x02": r"\x02"}.get(folded, folded)


_fold_run = functools.lru_cache(maxsize=4096)(lambda run: "".join(map(_fold_char, run)))


def _stand_ins(exc: UnicodeError) -> tuple[str, int]:
    """:func:`fold`'s error handler, called once a run the ASCII encoder cannot encode (a regex
    called back once a character: ~19 against ~12 µs a non-ASCII ham text)."""
    assert isinstance(exc, UnicodeEncodeError)  # registered for encoding alone
    return _fold_run(exc.object[exc.start : exc.end]), exc.end


codecs.register_error("rebound-onepass-fold", _stand_ins)


def fold(text: str) -> bytes:
    """``text`` as ASCII bytes for the widened patterns: each non-ASCII character its stand-in.

    A character and its stand-in are alike for every pattern construct the packs
    use (word or not, space or not, digit or not, case), so a folded text none of
    the widened patterns matches is one the packs' patterns cannot match either.
    """
    return text.encode("ascii", "rebound-onepass-fold")


def _group(pattern: str, i: int, out: list[str]) -> int:
    """A ``(?…`` group at ``i``: kept, renamed plain, or (a look-around) dropped."""
    if pattern.startswith(("(?:", "(?P<"), i):
        if pattern.startswith("(?P<", i):
            out.append("(")
            return pattern.index(">", i) + 1
        out.append("(?:")
        return i + 3
    if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        return _close(pattern, i)
    raise _Untranslatable(f"group {pattern[i : i + 4]!r}")


def _class_end(pattern: str, i: int) -> int:
    """The index after the ``]`` closing the character class opened at ``i``."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "[":
            raise _Untranslatable("a nested set")
        if pattern[j] == "]":
            return j + 1
        j += 1
    raise _Untranslatable("an unclosed character class")


def _close(pattern: str, i: int) -> int:
    """The index after the parenthesis closing the group opened at ``i``."""
    depth, j = 0, i
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        depth += (ch == "(") - (ch == ")")
        j += 1
        if depth == 0:
            return j
    raise _Untranslatable("an unclosed group")


@functools.lru_cache(maxsize=4)
def scanner(patterns: tuple[str, ...], exact: int = 0) -> Database | None:
    """One block-mode database of ``patterns`` (case-insensitive, each reported once), or
    None: scan without. The last ``exact`` are case-sensitive and report every match
    (:func:`any_but`: a word that counts only where its line says so)."""
    try:
        wide = [widen(p).encode("utf-8") for p in patterns]
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        flags = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH
        each = [flags] * (len(wide) - exact) + [0] * exact
        db.compile(expressions=wide, ids=list(range(len(wide))), flags=each)
    except (_Untranslatable, hyperscan.error) as exc:
        log.warning("job patterns not scanned in one pass (%s); the cheap path is slower", exc)
        return None
    return db


_built: dict[Path, Database | None] = {}  # cache file -> its database (None: cannot be)
_building: set[Path] = set()
_done: dict[Path, threading.Event] = {}  # set once the file's database is in ``_built``
_lock = threading.Lock()


class Stored:
    """A large set's database (seconds to compile), kept in the user's cache folder.

    Read from the file when it is there; else compiled in a background thread (the
    caller goes on without it until it is ready) and written for the next run.
    """

    def __init__(self, patterns: tuple[str, ...], name: str = "decision", exact: int = 0) -> None:
        self.patterns = patterns
        self.name = name  # its cache file is onepass-NAME-HASH.hs
        self.exact = exact  # the last ``exact`` patterns: see :func:`scanner`
        self._path: Path | None = None

    def get(self, *, wait: bool = False) -> Database | None:
        """The database, or None while it is being compiled (or when it cannot be)."""
        if not self.patterns:
            return None  # nothing to scan for
        path = self._path or self._find()
        found = _built.get(path)
        if found is not None or path in _built:
            return found
        with _lock:
            if path in _built:
                return _built[path]
            db = _load(path)
            if db is not None or wait:
                _built[path] = db or _build(self.patterns, path, self.exact, locked=True)
                _done.setdefault(path, threading.Event()).set()
                return _built[path]
            if path not in _building:
                _building.add(path)
                threading.Thread(
                    target=_build,
                    args=(self.patterns, path, self.exact),
                    name="onepass",
                    daemon=True,
                ).start()
        return None

    def ready(self) -> threading.Event:
        """Set once :meth:`get` answers without compiling (built, read, or known impossible).

        What a scan waits for before it forks a worker: ``get(wait=True)`` would compile
        a second copy beside the one already under way in the background.
        """
        self.get()  # starts the background compilation, if none is under way
        if not self.patterns:
            done = threading.Event()
            done.set()
            return done
        path = self._path or self._find()
        with _lock:
            done = _done.setdefault(path, threading.Event())
            if path in _built:
                done.set()
        return done

    def _find(self) -> Path:
        self._path = _cache_file(self.patterns, self.name, self.exact)
        return self._path


def _build(
    patterns: tuple[str, ...], path: Path, exact: int = 0, *, locked: bool = False
) -> Database | None:
    """Compile, write the cache file (the same set's older files go), remember.

    Compiled in a child process when one can be started: Hyperscan's compiler holds
    ~100 MiB more than the database it leaves (a 40,000-mail scan peaked at 214 MiB
    when it compiled the decision cues itself, 104 MiB when it read them), and a
    process gives all of it back to the system; in this one it stays as RSS.
    """
    ran, db = _compiled_apart(patterns, path, exact)
    if not ran:
        db = scanner(patterns, exact)
        if db is not None:
            _write(path, db)
    if locked:
        _built[path] = db
        _done.setdefault(path, threading.Event()).set()
    else:
        with _lock:
            _built[path] = db
            _done.setdefault(path, threading.Event()).set()
    return db


def _compiled_apart(
    patterns: tuple[str, ...], path: Path, exact: int = 0
) -> tuple[bool, Database | None]:
    """(True, the database a child process compiled and wrote to ``path``, or None when
    the set cannot be compiled); (False, None) when no child could do it."""
    status = files.derive_apart(
        "agent.classify.onepass_child",
        [str(path), str(exact)],
        what="one-pass database compiled",
        stdin=json.dumps(patterns).encode("utf-8"),
        timeout=900,
    )
    if status == _CANNOT:
        return True, None
    db = _load(path) if status == 0 else None
    return db is not None, db


def _write(path: Path, db: Database) -> None:
    family = path.name.rpartition("-")[0] + "-*.hs"
    files.write_private(path, hyperscan.dumpb(db), family)


_CANNOT = 3  # the child's exit status when the set cannot be compiled (logged there)


def compile_main(argv: list[str]) -> int:
    """The compile child's work (:mod:`agent.classify.onepass_child`): patterns on stdin."""
    patterns = tuple(json.loads(sys.stdin.buffer.read()))
    path = Path(argv[0])
    with files.one_at_a_time(path.parent, path.name.rpartition("-")[0]):
        if _load(path) is not None:
            return 0  # another process compiled it while this one waited
        db = scanner(patterns, int(argv[1]) if len(argv) > 1 else 0)
        if db is None:
            return _CANNOT
        _write(path, db)
    return 0


def _cache_file(patterns: tuple[str, ...], name: str, exact: int = 0) -> Path:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(importlib.metadata.version("hyperscan").encode())
    digest.update(f"exact={exact}".encode() if exact else b"")
    digest.update("\0".join(patterns).encode("utf-8"))
    return patterncache.cache_file().parent / f"onepass-{name}-{digest.hexdigest()[:16]}.hs"


def _load(path: Path) -> Database | None:
    try:
        return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except (OSError, hyperscan.error) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.debug("one-pass database %s unreadable, compiled again: %s", path, exc)
        return None


_local = threading.local()  # a scratch space per thread and database: scans may overlap


def scratch(db: Database) -> hyperscan.Scratch:
    """This thread's scratch space for ``db`` (one may not serve two scans at once)."""
    spaces: dict[int, tuple[Database, hyperscan.Scratch]] = _local.__dict__.setdefault("spaces", {})
    found = spaces.get(id(db))
    if found is None or found[0] is not db:  # (an id is reused once its database is gone)
        found = spaces[id(db)] = (db, hyperscan.Scratch(db))
    return found[1]


def _stop(*_args: object) -> bool:
    return True  # the first match answers the question: stop the scan there


def matches(db: Database, text: bytes) -> set[int]:
    """The ids of every pattern of ``db`` that matches somewhere in ``text`` (each once).

    A whole pass, no early stop: the cheap path narrows the decision cues it tries to
    those whose widened pattern matched (each widened pattern is a superset of its cue).
    """
    found: set[int] = set()

    def on(pattern: int, *_rest: object) -> None:
        found.add(pattern)

    db.scan(text, match_event_handler=on, scratch=scratch(db))
    return found


def any_but(
    db: Database, text: bytes, first_exact: int, later: frozenset[int] = frozenset()
) -> list[tuple[int, int]] | None:
    """None when a pattern of ``db`` below ``first_exact`` and not in ``later`` matches in
    ``text`` (the scan stops there); else (pattern, end) of every match of the exact ones
    (:func:`scanner`) and of the first match of each pattern in ``later`` (the caller
    decides whether those count)."""
    found: list[tuple[int, int]] = []

    def on(pattern: int, _start: int, end: int, *_rest: object) -> bool:
        if pattern < first_exact and pattern not in later:
            return True
        found.append((pattern, end))
        return False

    try:
        db.scan(text, match_event_handler=on, scratch=scratch(db))
    except hyperscan.ScanTerminated:
        return None
    return found


def any_match(db: Database, text: bytes) -> bool:
    """Does any pattern of ``db`` match somewhere in ``text``?"""
    try:
        db.scan(text, match_event_handler=_stop, scratch=scratch(db))
    except hyperscan.ScanTerminated:
        return True
    return False
