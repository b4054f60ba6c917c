"""Message → :class:`Verdict`: is this a rejection of the user's job application?

Offline, rule-based and explainable. The rules are data: one phrase pack per
language in ``data/lang/<code>.toml`` (decision phrases with weights,
look-alike evidence per category, stage cues, quote and sign-off markers; a
new language is one such file, also picked up from ``$REBOUND_LANG_DIR``), and
word, domain and pattern lists in ``data/lexicon.toml`` and ``data/patterns.toml``.

The package: ``engine`` (normalising, matching, packs), ``inclusive`` (gender
marks moved out of the words decision rules read), ``frames`` (decision rules and
gates), ``extractors`` (company, role, stage, contact), ``prefilter`` (the cheap
path that settles mail without job context and a decision phrase or frame).

How a verdict is reached, each step leaving a line in ``reasons``:

1. mail the user sent (a forward or reply quoting a rejection) is never one;
2. the text is cut into the newest part, the signature and quoted history;
3. the language is guessed from stop-words; its pack plus English apply;
4. rejection cues add weight; look-alike cues (interview invitation, offer,
   acknowledgement, newsletter, ...) subtract it; a cue inside a hypothetical
   sentence ("if you don't hear from us, ...") does not count; header signals
   (bulk mail, auto-replies) and a missing job context subtract more;
5. a rejection needs one *decision* cue and a total above the threshold.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from agent.classify import engine, evidence, learned, opinions
from agent.classify.anchors import Anchors, anchors_of
from agent.classify.anchors import decision_phrase as _decision_phrase
from agent.classify.asking import ask, model_sentences, second_opinion
from agent.classify.engine import (
    DEFAULT_LANGUAGE,
    MAX_BODY_CHARS,
    MAX_SIG_CHARS,
    MAX_TEXT_CHARS,
    SPACE,
    STAGES,
    Pack,
    PackSet,
    flat,
    load_packs,
    pack_dirs,
    rewrapped,
    split,
)
from agent.classify.extractors import company, contact, role
from agent.classify.extractors.common import (
    ATS_DOMAINS,
    PLATFORM_DOMAINS,
    REPLY_PREFIX,
    SUBJECT_PREFIX,
    MailText,
    domain_in,
    is_noreply_address,
    looks_like_person,
    norm_company,
    quote,
    squash,
    title_subject,
    unemphasised,
    unnamed_employer,
    word_key,
)
from agent.classify.extractors.company import OWN_SIDE, company_candidates, pick_company
from agent.classify.extractors.contact import find_contact, find_noreply, find_reply_address
from agent.classify.extractors.role import clean_role, pick_role, role_candidates
from agent.classify.extractors.spelling import expand_acronym
from agent.classify.extractors.stage import find_stage
from agent.classify.frames import REJECTION_ATTACHMENT, decide
from agent.classify.inclusive import swapped
from agent.classify.jobcontext import job_sender
from agent.classify.matching import Doc, Rx
from agent.classify.packcheck import DECISION_WEIGHT
from agent.mail.parse import Message

__all__ = [
    "DECISION_WEIGHT",
    "DEFAULT_LANGUAGE",
    "MAX_BODY_CHARS",
    "MAX_TEXT_CHARS",
    "REJECTION_ATTACHMENT",
    "STAGES",
    "Anchors",
    "Doc",
    "Rx",
    "Verdict",
    "anchors",
    "classify",
    "decision_phrase",
    "detect_language",
    "is_noreply_address",
    "job_sender",
    "languages",
    "model_sentences",
    "newest_part",
    "norm_company",
    "pack_table",
    "packs",
    "second_opinion",
    "stage_of",
    "title_subject",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    """What :func:`classify` decided about one message, and why."""

    is_rejection: bool
    score: float
    stage: str | None
    company: str | None
    role: str | None
    contact_name: str | None
    reply_address: str | None
    noreply: bool
    language: str
    reasons: tuple[str, ...]
    category: str | None = None
    maybe: str | None = None  # why a mail not called a rejection may be one (asking.maybe)

    @classmethod
    def without_details(cls, reason: str, category: str, score: float) -> Verdict:
        """Not a rejection, decided before any detail was looked for."""
        return cls(
            is_rejection=False,
            score=score,
            stage=None,
            company=None,
            role=None,
            contact_name=None,
            reply_address=None,
            noreply=False,
            language=DEFAULT_LANGUAGE,
            reasons=(reason,),
            category=category,
        )

    @classmethod
    def deferred(cls, details: Callable[[], dict[str, Any]], **decided: Any) -> Verdict:
        """A verdict whose details (``DETAILS``) are looked for when first read.

        Why: the extractors are a third of a classify call, and of a mail that is no
        rejection the scan reads them only for a timeline event (company and role of an
        acknowledgement, an invitation, ...): a newsletter or a job alert never needs them. A
        rejection's stage asks for them only where an agency's own talk may be meant.
        ``details()`` gives every name of ``DETAILS``; equality, ``repr``, ``as_json`` and
        pickling read them all, so they see what an eager verdict holds (a pickle of
        :meth:`portable`'s copy carries the mail instead, and the reader looks for them).
        """
        made = object.__new__(cls)
        made.__dict__.update(decided, _details=details)
        return made

    if not TYPE_CHECKING:  # mypy would take any attribute name for a lazy one

        def __getattr__(self, name: str) -> Any:
            details = self.__dict__.get("_details")
            if details is None or name not in DETAILS:
                raise AttributeError(name)
            self.__dict__.update(details())
            del self.__dict__["_details"]  # what it held (the mail, its Doc) may go
            return self.__dict__[name]

        def __getstate__(self) -> dict[str, Any]:
            later = self.__dict__.get("_details")
            if not (isinstance(later, _Later) and later.fields is None):  # not portable()
                for name in DETAILS:
                    getattr(self, name)
            return self.__dict__

    def portable(self) -> Verdict:
        """This verdict, pickled with its details still to look for if none was read yet:
        the side that unpickles it looks for them from the mail on first read, or never.

        Why: the scan's worker pickles every verdict it makes, and most that are no
        rejection are never read for details (a newsletter's, a job alert's): looking for
        them cost the worker ~1 ms each (issue 15, branch scan32). Its pickle holds the
        mail, which the worker sends beside it anyway, not the text read from it.
        """
        later = self.__dict__.get("_details")
        if not isinstance(later, _Later):
            return self
        made = object.__new__(type(self))
        made.__dict__.update(
            self.__dict__, _details=_Later(None, later.msg, later.owners, later.head)
        )
        return made

    def as_json(self) -> dict[str, object]:
        """The ``classify --json`` fields of INTERFACE.md, except source and message_id."""
        return {
            "is_rejection": self.is_rejection,
            "score": round(self.score, 3),
            "stage": self.stage,
            "company": self.company,
            "role": self.role,
            "contact_name": self.contact_name,
            "reply_address": self.reply_address,
            "noreply": self.noreply,
            "language": self.language,
            "reasons": list(self.reasons),
            "category": self.category,
            "maybe": self.maybe,
        }


DETAILS = frozenset(("company", "role", "contact_name", "reply_address", "noreply", "reasons"))

# a second opinion: words, sentences (or words then sentences), or frame slots
Opinion = opinions.Readers | evidence.SlotModel


def bundled_opinion(name: str) -> Opinion:
    """The shipped second opinion ``name``: "words" (``data/model.json``, whichever lr-N it
    holds) reads words, "sentences" the sentence encoder's head (``embedded``), "both" the
    two in that order (what a scan asks by default), "slots" frame slots."""
    if name == "slots":
        return evidence.bundled()
    chain = opinions.bundled(name in ("words", "both"), name in ("sentences", "both"))
    if chain is None:
        raise learned.ModelError(f"the second opinion {name!r} is not available")
    return chain


def classify(
    msg: Message, owner_addresses: Collection[str] = (), model: Opinion | None = None
) -> Verdict:
    """Decide whether ``msg`` rejects the user's job application, with details and reasons.

    Pure and total: odd input yields a "not a rejection" verdict with a reason,
    never an exception. ``model``: a learned second opinion, asked only where the
    rules leave room (:func:`second_opinion`, :meth:`evidence.SlotModel.opinion`).
    """
    try:
        return _classify(msg, owner_addresses, model)
    except Exception as exc:
        log.exception("classify failed on %s", getattr(msg, "message_id", None))
        return Verdict.without_details(
            f"classifier error: {type(exc).__name__}: {exc}", "error", score=0.0
        )


def stage_of(msg: Message) -> str:
    """How far the application got, read as for a rejection: for a mail the owner says is
    one (``rejections add``, the corrections' memory) though the rules found no decision."""
    try:
        _language, langs, t = _read(msg)
        return find_stage(langs, t)[0]
    except Exception:
        log.exception("stage_of failed on %s", getattr(msg, "message_id", None))
        return "unknown"


def _classify(
    msg: Message, owner_addresses: Collection[str], model: Opinion | None = None
) -> Verdict:
    owners = {a.lower() for a in owner_addresses}
    language, langs, t = _read(msg)
    found: list[_Fields] = []  # the fields once looked for: a rejection's stage may need them

    def fields() -> _Fields:
        if not found:
            found.append(_fields(msg, langs, t, owners))
        return found[0]

    reasons: list[str] = []

    def verdict(
        is_rej: bool, score: float, stage: str | None, category: str, unsure: str | None = None
    ) -> Verdict:
        head = tuple(reasons)
        decided: dict[str, Any] = {
            "is_rejection": is_rej,
            "score": round(max(0.0, min(1.0, score)), 4),
            "stage": stage,
            "language": language,
            "category": category,
            "maybe": unsure,
        }
        if found:
            return Verdict(**decided, **_details(found[0], head))
        return Verdict.deferred(_Later(fields, msg, owners, head), **decided)

    if msg.from_addr and msg.from_addr.lower() in owners:
        reasons.append(f"sent by the user ({msg.from_addr}), not to them")
        return verdict(False, 0.99, None, "sent_by_user")
    if not t.body and not t.subject:
        what = "attachments only" if msg.attachments else "empty body"
        reasons.append(f"no text to read ({what})")
        return verdict(False, 0.9, None, "empty")

    def rejected(score: float, role_closed: bool) -> Verdict:
        stage, stage_cue = find_stage(langs, t, lambda: fields().agency, role_closed)
        reasons.append(f'stage {stage}: "{quote(stage_cue)}"' if stage_cue else f"stage {stage}")
        return verdict(True, score, stage, "rejection")

    d = decide(msg, langs, t)
    reasons.extend(d.reasons)
    if d.is_rejection:
        return rejected(d.score, d.role_closed)
    if isinstance(model, evidence.SlotModel):
        if (slots := model.opinion(msg, langs, t, d)) is not None:
            reasons.insert(0, f"rejection by model:{model.name} p={slots[0]:.2f} {slots[1]}")
            return rejected(slots[0], False)
    elif model is not None and (said := ask(model, d, t, language)) is not None:
        if said.p is not None:
            reasons.insert(0, said.reason)
            return rejected(said.p, False)
        reasons.append(f"may be a rejection: {said.reason}")
        return verdict(False, d.score, None, d.category, said.reason)
    return verdict(False, d.score, None, d.category)


# An English mail's subject read in its own language (session 25, issue 11: an ATS's English
# template under "La tua candidatura per X: non selezionata"): this many stop-words, no tie.
SUBJECT_LANGUAGE_WORDS = 3


def _subject_language(all_packs: dict[str, Pack], subject: str) -> str | None:
    """The language other than English ``subject`` alone is in, else None."""
    counts = [*sorted(engine.stopword_counts(all_packs, subject), key=lambda c: -c[1]), ("", 0)]
    (code, n), runner = counts[0], counts[1][1]
    return code if n >= SUBJECT_LANGUAGE_WORDS and n > runner and code != DEFAULT_LANGUAGE else None


def _read(msg: Message) -> tuple[str, list[Pack], MailText]:
    """The mail's language, the packs that apply (its own, English, and for an English mail a
    second language it is also written in: :func:`engine.detect_languages`) and its pieces."""
    pack_set = packs()
    all_packs = pack_set.packs
    raw = unemphasised((msg.text or "")[:MAX_TEXT_CHARS])
    subject = SUBJECT_PREFIX.sub("", SPACE.sub(" ", msg.subject or "")).strip()
    language, second = engine.detect_languages(all_packs, subject + "\n" + raw)
    body, sig, quoted = split(all_packs, raw, language)
    body = body[:MAX_BODY_CHARS]
    lead = subject + ".\n" + body if subject else body
    doc = pack_set.doc(lead + "\n\n" + sig[:MAX_SIG_CHARS])
    t = MailText(
        subject=subject,
        body=body,
        sig=sig,
        quoted=quoted,
        doc=rewrapped(doc, len(lead) - len(body)),
        lead_end=len(lead),
        body_start=len(lead) - len(body),
        sig_start=len(lead) + 2,
        reply_subject=subject != (msg.subject or "").strip()
        and bool(REPLY_PREFIX.match(msg.subject or "")),
        # a swapped gender ending moved its sentence's words up (inclusive.py): indexed anew
        cues=Doc(flat(doc).text, doc.index) if swapped(doc.text) else flat(doc),
    )
    # the mail's language, English, and for an English mail a second language it is also
    # written in (a half-translated catalogue's English fallbacks). Never for another first
    # language: English is read anyway, and a close neighbour's pack (es for an Italian mail)
    # misreads its words (a Spanish discount on Italian text lost two dev rejections).
    extra = second if language == DEFAULT_LANGUAGE and second else DEFAULT_LANGUAGE
    if language == DEFAULT_LANGUAGE and not second and subject:
        extra = _subject_language(all_packs, subject) or DEFAULT_LANGUAGE
    codes = dict.fromkeys((language, DEFAULT_LANGUAGE, extra))
    langs = [all_packs[c] for c in codes if c in all_packs]
    return language, langs, t


def _details(f: _Fields, head: tuple[str, ...]) -> dict[str, Any]:
    """A verdict's ``DETAILS`` from its fields, after the decision's reasons ``head``."""
    return {
        "company": f.company,
        "role": f.role,
        "contact_name": f.contact,
        "reply_address": f.reply_address,
        "noreply": f.noreply,
        "reasons": head + tuple(f.details),
    }


def _looked_for(fields: Callable[[], _Fields], msg: Message) -> _Fields:
    """The fields of a verdict read after :func:`classify` returned: total as it is, an
    extractor's error leaves them empty (the decision stands) and says so."""
    try:
        return fields()
    except Exception as exc:
        log.exception("details failed on %s", getattr(msg, "message_id", None))
        return _Fields(None, None, None, None, False, False, [f"no details: {exc!r}"])


class _Later:
    """A deferred verdict's details: through ``fields`` (which the stage may have asked
    already) in the process that classified, or from ``msg`` read anew after a pipe
    (``fields`` None: :meth:`Verdict.portable`), as :func:`classify` would look for them."""

    __slots__ = ("fields", "head", "msg", "owners")

    def __init__(
        self,
        fields: Callable[[], _Fields] | None,
        msg: Message,
        owners: set[str],
        head: tuple[str, ...],
    ) -> None:
        self.fields, self.msg, self.owners, self.head = fields, msg, owners, head

    def __call__(self) -> dict[str, Any]:
        return _details(_looked_for(self.fields or self._anew, self.msg), self.head)

    def _anew(self) -> _Fields:
        _language, langs, t = _read(self.msg)
        return _fields(self.msg, langs, t, self.owners)


@dataclass(frozen=True)
class _Fields:
    company: str | None
    role: str | None
    contact: str | None
    reply_address: str | None
    noreply: bool
    agency: bool
    details: list[str]  # reasons saying where the fields came from


def _fields(msg: Message, langs: list[Pack], t: MailText, owners: set[str]) -> _Fields:
    """Company, role, contact and reply address: looked for whatever the decision is."""
    noreply, noreply_reason = find_noreply(msg, t)
    all_candidates, agency = company_candidates(msg, langs, t)
    if not agency and unnamed_employer(msg.from_name, msg.from_domain, t, all_candidates, OWN_SIDE):
        all_candidates = []  # "refusée par l'employeur" under a platform's name: none named
    role = _role(langs, t, all_candidates)
    role_key = word_key(role) if role else ""
    # A name holding the title word for word is the title taken twice ("Data Engineer at
    # Acme"), unless the mail names it as the employer outright: "Groenland Hoveniers" hires
    # a "Hovenier"; "Schreinerei Huber" hires a "Schreiner" (inside a word: no title).
    candidates = [
        (c, src)
        for c, src in all_candidates
        if not role_key
        or ((key := word_key(c)) not in role_key and role_key not in key)
        or (src == "client" and squash(c) != squash(role))
    ]
    person_sender = looks_like_person(msg.from_name, msg.from_domain) and not (
        domain_in(msg.from_domain, ATS_DOMAINS) or domain_in(msg.from_domain, PLATFORM_DOMAINS)
    )
    company, company_src = pick_company(candidates, person_sender, agency)
    if company:
        company = expand_acronym(company, t.doc.text)
    details: list[str] = []
    if noreply_reason:
        details.append(noreply_reason)
    if company:
        details.append(f"company {company!r} from {company_src}")
    return _Fields(
        company=company,
        role=role,
        contact=find_contact(msg, t, company),
        reply_address=find_reply_address(msg, t, owners, noreply),
        noreply=noreply,
        agency=agency,
        details=details,
    )


def _role(langs: list[Pack], t: MailText, candidates: list[tuple[str, str]]) -> str | None:
    """The job title, not the sender's own name ("Your application to Acme" names no role)."""
    own = {squash(c) for c, src in candidates if src in OWN_SIDE or src == "client"}
    role = pick_role(role_candidates(langs, t), own, t.doc.text, t.subject)
    if role:
        # "Acme Graduate Programme" with Acme the sender: the role is what follows the name
        # (the shortest form of it: "Acme Graduate Recruitment" names a team of Acme).
        names = [
            c
            for c, src in candidates
            if src in ("client", "sender name", "signature") and role.startswith(c + " ")
        ]
        if names:
            role = clean_role(role[len(min(names, key=len)) + 1 :])
    return role


def _patterns_of(*modules: ModuleType) -> tuple[Rx, ...]:
    """The module-level patterns of the extractors, for the needle index of every Doc."""
    out: list[Rx] = []
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, Rx):
                out.append(value)
            elif isinstance(value, tuple):
                out.extend(v for v in value if isinstance(v, Rx))
    return tuple(out)


_EXTRACTOR_PATTERNS = _patterns_of(company, role, contact)


_PACKS: dict[str, PackSet] = {}  # $REBOUND_LANG_DIR -> its packs


def packs() -> PackSet:
    """Every language's phrase pack (bundled and ``$REBOUND_LANG_DIR``), compiled once.

    Looked up by the variable's value: hashing the folders and the extractors'
    patterns for :func:`load_packs`' cache cost ~40 µs a call, several calls a mail.
    """
    extra = engine.lang_dir()
    found = _PACKS.get(extra)
    if found is None:
        found = _PACKS[extra] = load_packs(pack_dirs(), _EXTRACTOR_PATTERNS)
    return found


def pack_table() -> dict[str, Pack]:
    """Language code -> its compiled pack: the pre-filter reads each one's decision anchors."""
    return packs().packs


def anchors() -> Anchors:
    """Every pack's decision phrases, frames and job words: what the scan's cheap path keys on."""
    return anchors_of(packs())


def decision_phrase(subject: str, text: str, cues: Iterable[int] | None = None) -> str | None:
    """The first decision phrase or frame of any pack in ``subject`` and ``text``, or None.

    A superset of the decisions :func:`classify` can find; ``cues``: indexes into
    ``anchors().patterns`` worth trying (default: all). See :func:`anchors.decision_phrase`.
    """
    return _decision_phrase(anchors(), subject, text, cues)


def languages() -> tuple[str, ...]:
    """The language codes that have a phrase pack."""
    return tuple(packs().packs)


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The language whose stop-words cover most distinct words of ``text``."""
    return engine.detect_language(packs().packs, text, default)


def newest_part(text: str, language_hint: str | None = None) -> str:
    """The newest part of a mail body: quoted history, signature and legal footer removed.

    Only what the sender wrote this time carries their decision; a quoted
    rejection in a reply or forward is someone else's older mail.
    """
    try:
        text = (text or "")[:MAX_TEXT_CHARS]
        all_packs = packs().packs
        return split(all_packs, text, language_hint or engine.detect_language(all_packs, text))[0]
    except Exception:
        log.exception("newest_part failed; returning the text unchanged")
        return text
