"""A phrase pack's shape, checked when it is loaded: every key known, every rule id unique.

Why: a pack is data a user may write ("adding a language is one data file"), and TOML
takes anything. A rule pasted under a ``[frames.*]`` table, a misspelt table or key, a
weight written as a string used to be read as nothing at all, and the rule silently
never fired. Here each such mistake stops the load with the file, the key path and the
value, as :mod:`agent.config` does for the config. Rule ids are checked too: a reason
cites a rule by id, so two rules of one pack must never share one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from agent.classify import onepass
from agent.classify.needles import consumed_line_start, parser_known
from agent.errors import PackError

STAGES = ("final", "interview", "screen", "unknown", "application")
STRUCTURE_KEYS = (
    "signoffs",
    "disclaimers",
    "conditional",
    "hedge",
    "clause_words",
    "job_context",
    "weak_job_context",
    "process_context",
    "hiring_function",
    "contact_context",
    "manager_title",
    "chrome",
    "hiring_initials",
    "hiring_initials_after",
    "contrast",
    "feedback",
    "negations",
)
EXTRACT_KEYS = ("company", "relay_company", "signature_company", "role", "client")
NEGATION_IN_GAPS = "negation_in_gaps"  # a rule whose word gaps may step over a negation
ROLE_CLOSED = "role_closed"  # a frame or rule whose decision is the post filled: stage unknown
FRAME_KEYS = ("slots", "weight", "category", ROLE_CLOSED, NEGATION_IN_GAPS)
# A third-party gate the reader's own application owns (:mod:`agent.classify.readerowned`): with
# the application before it in its sentence, or after a no said to the reader in the mail.
READER_OWNS = "reader_owns"
SUBJECT_BEFORE, NO_BEFORE = "subject-before", "no-before"
READER_OWNS_TABLE = "lookalike.third_party"  # the only gates frames.py asks about the reader
RULE_KEYS = ("weight", "id", NEGATION_IN_GAPS, READER_OWNS, ROLE_CLOSED)
DECISION_WEIGHT = 2.0  # a rejection cue this heavy is a decision on its own
ID_DIGEST_BYTES = 6  # 12 hex digits: no two of a few thousand rules share one (2^48)


def rule_name(pattern: str, entry: Mapping[str, Any]) -> str:
    """A table rule's id: its own ``id``, else a hash of its pattern (stable when lines move)."""
    own = entry.get("id")
    if own:
        return str(own)
    return hashlib.blake2s(pattern.encode(), digest_size=ID_DIGEST_BYTES).hexdigest()


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class _Check:
    """The checks of one file: each failure a :class:`PackError` naming file, key and value."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, why: str, value: object) -> PackError:
        return PackError(f"{why} (got {_show(value)})", path=self.path, key=key)

    def table(self, key: str, value: object) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, "expected a table", value)
        return value

    def known(self, key: str, table: dict[str, Any], names: tuple[str, ...]) -> None:
        for name, value in table.items():
            if name not in names:
                where = f"{key}.{name}" if key else name
                raise self.fail(where, f"unknown key {name!r} (known: {', '.join(names)})", value)

    def patterns(self, key: str, value: object) -> None:
        if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
            raise self.fail(key, "expected a list of patterns (strings)", value)

    def number(self, key: str, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, "expected a number (a weight)", value)

    def rules(self, key: str, value: object) -> None:
        """A table of ``'pattern' = weight`` or ``'pattern' = { weight = w, id = "name" }``."""
        for pattern, entry in self.table(key, value).items():
            where = f"{key}.{pattern!r}"
            if isinstance(entry, dict):
                self.known(where, entry, RULE_KEYS)
                if "weight" not in entry:
                    raise self.fail(where, "a rule needs a weight", entry)
                self.number(f"{where}.weight", entry["weight"])
                if "id" in entry and not (isinstance(entry["id"], str) and entry["id"]):
                    raise self.fail(f"{where}.id", "expected a non-empty string", entry["id"])
                self.flag(where, entry, NEGATION_IN_GAPS)
                self.flag(where, entry, ROLE_CLOSED)
                if READER_OWNS in entry:
                    self.reader_owns(key, pattern, entry)
            else:
                self.number(where, entry)

    def reader_owns(self, key: str, pattern: str, entry: dict[str, Any]) -> None:
        """A known ``reader_owns`` on a third-party gate; else the error cites the rule's id."""
        where, value = f"{key}.{pattern!r}.{READER_OWNS}", entry[READER_OWNS]
        rule = f"{self.path.stem}.{key.rsplit('.', 1)[-1]}.{rule_name(pattern, entry)}"
        if value not in (SUBJECT_BEFORE, NO_BEFORE):
            known = f"known: {SUBJECT_BEFORE!r}, {NO_BEFORE!r}"
            raise self.fail(where, f"rule {rule}: unknown {READER_OWNS} value ({known})", value)
        if key != READER_OWNS_TABLE:
            why = f"rule {rule}: {READER_OWNS} is read only in [{READER_OWNS_TABLE}]"
            raise self.fail(where, why, value)

    def frame(self, key: str, value: object) -> None:
        frame = self.table(key, value)
        self.known(key, frame, FRAME_KEYS)
        slots = frame.get("slots")
        if not isinstance(slots, list) or not slots:
            raise self.fail(f"{key}.slots", "a frame needs a list of slots", slots)
        for slot in slots:
            if isinstance(slot, bool) or not (isinstance(slot, int) or _strings(slot)):
                raise self.fail(
                    f"{key}.slots", "a slot is a list of patterns or a word count", slot
                )
        if "weight" in frame:
            self.number(f"{key}.weight", frame["weight"])
        if "category" in frame and not isinstance(frame["category"], str):
            raise self.fail(f"{key}.category", "expected a string", frame["category"])
        self.flag(key, frame, ROLE_CLOSED)
        self.flag(key, frame, NEGATION_IN_GAPS)

    def flag(self, key: str, table: dict[str, Any], name: str) -> None:
        if name in table and not isinstance(table[name], bool):
            raise self.fail(f"{key}.{name}", "expected true or false", table[name])


def _strings(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def _meta(check: _Check, value: object) -> None:
    meta = check.table("meta", value)
    check.known("meta", meta, ("code", "name", "stopwords"))
    for key in ("code", "name"):
        if key in meta and not isinstance(meta[key], str):
            raise check.fail(f"meta.{key}", "expected a string", meta[key])
    if "stopwords" in meta:
        check.patterns("meta.stopwords", meta["stopwords"])


def _lists(names: tuple[str, ...]) -> Callable[[_Check, str, object], None]:
    """A table of pattern lists under the keys ``names``."""

    def run(check: _Check, key: str, value: object) -> None:
        table = check.table(key, value)
        check.known(key, table, names)
        for name, patterns in table.items():
            check.patterns(f"{key}.{name}", patterns)

    return run


def _stage(check: _Check, value: object) -> None:
    table = check.table("stage", value)
    check.known("stage", table, (*STAGES, "prospective", "weak"))
    for name, patterns in table.items():
        if name == "weak":
            _lists(STAGES)(check, "stage.weak", patterns)
        else:
            check.patterns(f"stage.{name}", patterns)


def _named(each: Callable[[_Check, str, object], None]) -> Callable[[_Check, str, object], None]:
    """A table of named sub-tables (``[frames.NAME]``, ``[lookalike.CATEGORY]``)."""

    def run(check: _Check, key: str, value: object) -> None:
        for name, sub in check.table(key, value).items():
            each(check, f"{key}.{name}", sub)

    return run


_TABLES: dict[str, Callable[[_Check, str, object], None]] = {
    "meta": lambda check, _key, value: _meta(check, value),
    "structure": _lists(STRUCTURE_KEYS),
    "rejection": _Check.rules,
    "lookalike": _named(_Check.rules),
    "frames": _named(_Check.frame),
    "stage": lambda check, _key, value: _stage(check, value),
    "extract": _lists(EXTRACT_KEYS),
}


def check_pack(path: Path, data: dict[str, Any]) -> None:
    """Raise :class:`PackError` at the first unknown key, wrong type or shared rule id."""
    check = _Check(path)
    check.known("", data, tuple(_TABLES))
    for key, value in data.items():
        _TABLES[key](check, key, value)
    _unique_ids(check, data)


def _unique_ids(check: _Check, data: dict[str, Any]) -> None:
    """Every rule id of the pack (table ids, own ids, frame names) is one rule's only."""
    tables = {"rejection": data.get("rejection", {})}
    tables |= {f"lookalike.{cat}": t for cat, t in data.get("lookalike", {}).items()}
    seen: dict[str, tuple[str, str]] = {
        f: ("frames", f"[frames.{f}]") for f in data.get("frames", {})
    }
    for table, rules in tables.items():
        for pattern, value in rules.items():
            name = rule_name(pattern, value if isinstance(value, dict) else {})
            if name in seen:
                other_table, other = seen[name]
                raise check.fail(
                    f"{table}.{pattern!r}",
                    f"rule id {name!r} is also the id of {other} in [{other_table}]",
                    pattern,
                )
            seen[name] = (table, repr(pattern))


class _Rx(Protocol):
    @property
    def pattern(self) -> str: ...
    @property
    def flags(self) -> int: ...
    @property
    def needles(self) -> tuple[frozenset[str], ...]: ...


class _Cue(Protocol):
    """A compiled cue (:class:`agent.classify.engine.Cue`), which imports this module."""

    @property
    def source(self) -> str: ...
    @property
    def rx(self) -> _Rx: ...
    @property
    def weight(self) -> float: ...
    @property
    def category(self) -> str: ...
    @property
    def rule(self) -> str: ...


def check_cues(path: Path, cues: Iterable[_Cue]) -> None:
    """Raise :class:`PackError` for a compiled cue the scan's cheap path cannot test.

    The cheap path settles a mail without a decision cue's words (its needles) or
    without a match of its widened pattern (:mod:`agent.classify.onepass`). A cue with
    no needle turned the word test off for every mail (a warning in a log), one that
    opens with "(^|\\n)" gave up its first word, one the one-pass scanner cannot read
    turned that scanner off: slower, and a cheap path that no longer tests what the
    full path matches. Each now stops the load naming file, rule id and pattern.
    """
    for cue in cues:
        why = _blind(cue)
        if why:
            key = _cue_key(cue)
            shown = _show(cue.source or cue.rx.pattern)
            raise PackError(f"{cue.rule} {shown}: {why}", path=path, key=key)


def _blind(cue: _Cue) -> str:
    """Why the cheap path cannot test ``cue`` ("" if it can)."""
    rx = cue.rx
    if consumed_line_start(rx.pattern, rx.flags):
        return (
            "a cue may not open with a line start that matches a character too, as in "
            "'(^|\\n)' or '(?:^|\\s)': its first word then keys no pre-test; write "
            "'(?<![^\\n])' (at a line start, zero-width) or '\\b' instead"
        )
    if cue.category != "rejection" or cue.weight < DECISION_WEIGHT:
        return ""
    if not rx.needles and parser_known():
        return (
            "a decision cue needs a literal word (two letters or more, at a word start, "
            "not optional): without one the scan's cheap path must classify every mail"
        )
    if _UNUSUAL.search(rx.pattern) is None:
        return ""  # only these constructs can defeat the widening (~0.5 ms a pattern)
    try:
        onepass.widen(rx.pattern)
    except ValueError as exc:
        return (
            f"the cheap path's one-pass scanner cannot read this pattern ({exc}); "
            "write it without that construct"
        )
    return ""


# What :func:`onepass.widen` may not translate: some escapes (a back-reference), an
# unknown group kind, a set inside a set.
_UNUSUAL = re.compile(r"\\[0-9AZzGNpPuUx]|\(\?(?!:|P<|=|!|<=|<!)|\[[^\]]*\[")


def _cue_key(cue: _Cue) -> str:
    """The key path of a cue in its file: ``frames.NAME``, ``rejection.'PATTERN'``, ..."""
    if cue.rule.startswith("frame:"):
        return "frames." + cue.rule.split(".", 1)[1]
    table = "rejection" if cue.category == "rejection" else f"lookalike.{cue.category}"
    return f"{table}.{cue.source or cue.rx.pattern!r}"
