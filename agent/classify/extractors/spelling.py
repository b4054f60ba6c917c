"""A name as the mail spells it: a domain label or an acronym expanded from the text.

Why: "halcyonfreight.com" should give "Halcyon Freight", and "NCDS" the long form
the mail writes, not a guess at casing.
"""

from __future__ import annotations

import functools
import re

from agent.classify import patterncache
from agent.classify.extractors.common import TRANSLIT_CHARS, fold
from agent.classify.lexicon import pattern, words

_NAME_TOKEN = re.compile(r"[\w&'’\-]+")


# Capitalised words, maybe joined by "of"/"de", then "(ACRONYM)".
_LONG_FORM = pattern("acronym_long_form")
_JOINERS = frozenset(words("company", "joiners"))


def spell_in_text(label: str, text: str) -> str | None:
    """The name a domain label abbreviates, as the mail writes it; see :func:`_spell_with`."""
    found = _spell_with(label, text, False)
    if not found and _transliterable(text):
        found = _spell_with(label, text, True)
    if found is None or (" " not in found and found.isupper()):
        # "YLTAT" as the text writes it, yet its header spells "Yayasan LTAT": the long form
        return _initial_then_word(label, text) or found
    return found


def _transliterable(text: str) -> bool:
    """Whether transliterating ("ü" as "ue") may spell a word of ``text`` otherwise: not in
    a text without those letters (most), where the second reading would only repeat the
    first (~30 µs a rejection's domain; issue 15, speed41)."""
    low = text.lower()
    return any(ch in low for ch in TRANSLIT_CHARS)


def _initial_then_word(label: str, text: str) -> str | None:
    """ "yltat" of "Yayasan LTAT": a first word by its initial, then a word spelling the rest
    whole (dev yltat-en; an acronym the foundation's own name keeps). The rest is 3 letters or
    more and read case-blind; the first word is capitalised."""
    target = fold(label)
    rest = target[1:]
    if len(rest) < 3 or not ("a" <= target[0] <= "z") or not rest.isalnum():
        return None
    rx = patterncache.compiled(
        rf"(?<![\w&'’\-]){target[0].upper()}[\w'’\-]+ (?i:{rest})(?![\w&'’\-])"
    )
    m = rx.search(text)
    return m.group() if m is not None else None


@functools.cache
def _initial_finder(letter: str) -> re.Pattern[str]:
    """Where a name token may start whose first letter folds to ``letter`` (an ASCII one).

    Only that capital or a non-ASCII character can fold to it; the caller checks.
    The character comes first so the engine skips to candidates in C.
    """
    code = ord(letter.upper())  # "[^\x00-BD-\x7f]": C or non-ASCII (compiles fast)
    return patterncache.compiled(rf"[^\x00-\x{code - 1:02x}\x{code + 1:02x}-\x7f](?<![\w&'’\-].)")


def _spell_with(label: str, text: str, translit: bool) -> str | None:
    """The name a domain label stands for, as the mail spells it ("halcyonfreight" → "Halcyon…").

    Words are matched in order, whole or (for the last few letters, as in "westmere-dc")
    by their initial, the last maybe cut short; joining words ("de", "&", "van") may be skipped.
    """
    target = fold(label)
    if len(target) < 3:
        return None
    if not ("a" <= target[0] <= "z"):
        return _spell_slow(target, text, translit)
    # Tokens are read from each candidate start on, not for the whole text: consecutive
    # tokens are one space apart ("&" is a token itself), so the next is at end + 1.
    token = _NAME_TOKEN.match
    for cand in _initial_finder(target[0]).finditer(text):
        first = token(text, cand.start())
        if first is None:
            continue
        word = first.group()
        if not word[0].isupper() or not target.startswith(fold(word, translit)[:1]):
            continue
        pos, last_end, tok = 0, -1, first
        for j in range(7):
            if j:
                e = tok.end()
                nxt = token(text, e + 1) if text.startswith(" ", e) else None
                if nxt is None:
                    break
                tok = nxt
            w = tok.group()
            step = _advance(target, pos, w, fold(w, translit), j > 0)
            if step is None:
                break
            if step == _SKIP:
                continue
            pos = step
            last_end = tok.end()
            if pos == len(target):
                return _spelled(text, first.start(), last_end)
    return None


_SKIP = -1  # _advance's answer for a joining word the label leaves out


def _advance(target: str, pos: int, word: str, folded: str, later: bool) -> int | None:
    """Where reading the label goes on after ``word`` (``folded`` its folded letters): past its
    letters, to the end (the label cut short inside it), one letter on (an initial near the
    end), ``_SKIP`` for a joining word after the first; None where the word breaks the spelling.
    Shared by the fast path and :func:`_spell_slow`, which find the words differently."""
    if folded and target.startswith(folded, pos):
        return pos + len(folded)
    if _cut_short(target, pos, folded):
        return len(target)
    if word[0].isupper() and folded and len(target) - pos <= 4 and target[pos] == folded[0]:
        return pos + 1
    if later and word.lower() in _JOINERS:
        return _SKIP
    return None


def _cut_short(target: str, pos: int, word: str) -> bool:
    """Whether the label ends in the first letters of this later word: "brucknermedizintechn"
    (a label cut at a length) of "Brückner Medizintechnik", "hansewerk-ener" of "... Energie",
    "librairiecarrefourde" of "Librairie Carrefour des Mots" (two letters of a joining word)."""
    left = len(target) - pos
    return (
        pos > 0
        and (left >= 3 or (left == 2 and word in _JOINERS))
        and word.startswith(target[pos:])
    )


_NEXT_NAME_WORD = re.compile(r" [A-ZÀ-Þ][\w&'’\-]*")


def _spelled(text: str, start: int, end: int) -> str:
    """The name from ``start`` to ``end``, through the word after a joining word it ends in:
    a label cut inside "des" spells "Librairie Carrefour des", the name goes on to "Mots"."""
    last = text[text.rfind(" ", start, end) + 1 : end]
    if last.lower() in _JOINERS and (m := _NEXT_NAME_WORD.match(text, end)) is not None:
        end = m.end()
    return text[start:end]


def _spell_slow(target: str, text: str, translit: bool) -> str | None:
    """:func:`_spell_with` over every token, for a target not starting with an ASCII letter."""
    tokens = list(_NAME_TOKEN.finditer(text))
    for i, first in enumerate(tokens):
        word = first.group()
        if not word[0].isupper() or not target.startswith(fold(word, translit)[:1]):
            continue
        pos, last = 0, -1
        for j in range(i, min(len(tokens), i + 7)):
            if j > i and text[tokens[j - 1].end() : tokens[j].start()] not in (" ", " & "):
                break
            w = tokens[j].group()
            step = _advance(target, pos, w, fold(w, translit), j > i)
            if step is None:
                break
            if step == _SKIP:
                continue
            pos = step
            last = j
            if pos == len(target):
                return _spelled(text, first.start(), tokens[last].end())
    return None


def acronym_long_form(name: str, candidates: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The candidate that spells out an acronym picked as the employer: "PUP" of "PUP Faculty
    Admissions", the text's "the Polytechnic University of the Philippines" (dev pupfaculty-en)."""
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
        return None
    return next(((c, src) for c, src in candidates if spells_acronym(c, name)), None)


def spells_acronym(long: str, acronym: str) -> bool:
    """Whether a name of two words or more has the acronym's letters as its capitalised words'
    initials, joining words aside: "Polytechnic University of the Philippines" for "PUP"."""
    written = long.split()
    if len(written) < 2 or len(written) > 8:
        return False
    initials = ""
    for word in written:
        if word[:1].isupper():
            initials += word[0]
        elif word.lower() not in _JOINERS:
            return False
    return initials == acronym


_ACRONYM_WORD = re.compile(r"\b[A-Z]{3,6}\b")
_ELISION = re.compile(r"^[dlDL]['’]")


def _spelled_line(acronym: str, text: str) -> str | None:
    """A sign-off line of its own whose capitalised words spell ``acronym``, its small words
    and elisions aside: "MEF" over "Ministère de l'Economie et des Finances" (dev mef-fr)."""
    for raw in text[-1500:].split("\n"):
        line = raw.strip(" \t*")
        if line[:1] != acronym[:1] or not 10 < len(line) <= 80:
            continue
        initials = ""
        for written in line.split():
            word = _ELISION.sub("", written)
            if word[:1].isupper():
                initials += word[0]
            elif word.lower() not in _JOINERS:
                break  # a sentence, not a name
        else:
            if initials == acronym:
                return line
    return None


def expand_acronym(name: str, text: str) -> str:
    """ "NCDS" → "National Cyber Defense Service" when the mail writes "... (NCDS)"; "MEF
    Concours" → the ministry a line of its own spells (the office's acronym, its long form)."""
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
        m = _ACRONYM_WORD.search(name) if " " in name else None
        return (m and _spelled_line(m.group(), text)) or name
    m = re.search(_LONG_FORM.replace("<ACRONYM>", name), text)
    if m is None:
        return name
    long = m.group(1).split()
    initials = [w[0] for w in long if w[0].isupper()]
    # the long form ends where its initials spell the acronym
    for k in range(len(initials) - len(name), -1, -1):
        if "".join(initials[k:]) == name:
            words = [w for w in long if w[0].isupper()]
            first = words[k]
            start = (
                len(long) - long[::-1].index(first) - 1
                if long.count(first) == 1
                else long.index(first)
            )
            return " ".join(long[start:])
    return name
