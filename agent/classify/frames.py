"""Decision rules and gates: weighted cues, sentence by sentence, and what discounts them.

Why separate from the extractors: deciding *whether* a mail is a rejection must not
depend on what its company or role turned out to be.
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
from dataclasses import dataclass, field

from agent.classify import footers
from agent.classify.clauses import (
    REVERSALS,
    bounds_past_semicolons,
    conditional_markers,
    hypothetical,
    reversal,
)
from agent.classify.denied import as_denied
from agent.classify.engine import Cue, Pack
from agent.classify.extractors.common import MailText, quote
from agent.classify.inclusive import first_forms, swapped, written_at
from agent.classify.jobcontext import JOB, NONE, bulk_mail, job_context, job_sender
from agent.classify.lexicon import compiled
from agent.classify.matching import Doc
from agent.classify.objects import (
    PERSON,
    THING,
    addressed,
    decision_object,
    names_post,
    names_term,
    negated,
    offered_to_reader,
)
from agent.classify.packcheck import DECISION_WEIGHT
from agent.classify.readerowned import owned_by_reader
from agent.classify.sentences import SENTENCE_END
from agent.mail.parse import Message

log = logging.getLogger(__name__)


THRESHOLD = 2.0  # total evidence needed for "rejection"
LOOKALIKE_CAP = -1.0  # the most an acknowledgement weighs against a clear decision
# Wording every rejection may wrap itself in ("we received many applications", "we
# will keep your CV and contact you"), unlike an invitation or a job alert.
CAPPED_LOOKALIKES = frozenset(("acknowledgement", "newsletter"))
# Tips on rejection in a hiring function's or an ATS's own one-to-one mail are its footer, not an
# article (session 27, issue 11, en-yes-53: "...not to move forward with your application. Read our
# guide on how to handle rejection"): there the article's words weigh as a newsletter's do.
CAPPED_FROM_JOB_SENDERS = CAPPED_LOOKALIKES | {"article_about_rejection"}


def header_signals(msg: Message) -> list[tuple[float, str, str]]:
    """(weight, category, reason) from headers that mark bulk or automatic mail."""
    out: list[tuple[float, str, str]] = []
    h = msg.headers
    if "list-unsubscribe" in h or "list-id" in h:
        which = "List-Unsubscribe" if "list-unsubscribe" in h else "List-Id"
        out.append((-1.5, "newsletter", f"bulk mail ({which})"))
    prec = h.get("precedence", "").lower().strip()
    if prec in ("bulk", "list", "junk"):
        out.append((-1.5, "newsletter", f"bulk mail (Precedence: {prec})"))
    auto = h.get("auto-submitted", "").lower()
    if auto.startswith("auto-replied") or "x-autoreply" in h or "x-autorespond" in h:
        out.append((-3.0, "out_of_office", "automatic reply (Auto-Submitted/X-Autoreply)"))
    return out


OOO_SUBJECT = compiled("out_of_office_subject")


@dataclass
class Evidence:
    rejection: list[tuple[float, str, str]] = field(default_factory=list)  # weight, text, rule
    role_closed: bool = False  # the heaviest decision says the role went away
    decision: float = 0.0
    lookalike: dict[str, float] = field(default_factory=dict)
    lookalike_cues: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # text, rule
    discounted: list[str] = field(default_factory=list)
    # (start, end) of each decision counted: does it name its own object?
    decision_spans: list[tuple[int, int]] = field(default_factory=list)
    # (start, end, rule) of every rejection cue counted, light ones too: where a second
    # opinion's sentence may lean on the rules (agent.classify.gate)
    cue_spans: list[tuple[int, int, str]] = field(default_factory=list)


_WORD_TAIL = re.compile(r"[\w*:·()/]*")
_QUOTED_SPEECH = re.compile(
    r'"[^"\n]{12,400}"|“[^”\n]{12,400}”|„[^“”\n]{12,400}[“”]|«[^»\n]{12,400}»'
)


# A quotation that greets the recipient by name ("Hi Alex, ...") is a message relayed to
# them (a job site's "you have a new message"), not words an article quotes ("Dear John").
_RELAYED = compiled("relayed", 0)


_RELAY_INTRO = compiled("relay_intro", 0)


_NAME_SPLIT = re.compile(r"[\s._\-+]+")


@functools.lru_cache(maxsize=256)
def _first_names(to: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The recipients' first names, from the display name or the address ("alex.doe@")."""
    out: set[str] = set()
    for name, addr in to:
        for part in (name, addr.partition("@")[0]):
            first = _NAME_SPLIT.split(part.strip(), 1)[0].lower()
            if len(first) >= 2 and first.isalpha():
                out.add(first)
    return frozenset(out)


READER_CHOSEN_WEIGHT = -4.0  # the reader named as the one chosen: an offer's weight


def _names_reader(cue: Cue, text: str, start: int, to: tuple[tuple[str, str], ...]) -> bool:
    """Whether a cue naming the person chosen ("la persona seleccionada ... es: X", a pack's
    ``named`` group) names the reader: a portal sends the same result to every applicant, a
    no to all but X (session 37, dev slep/es). The reader's first name as To gives it."""
    if "named" not in cue.rx.rx.groupindex:
        return False
    m = cue.rx.rx.match(text, start)
    return m is not None and bool(m["named"]) and m["named"].lower() in _first_names(to)


def _quoted_spans(text: str, end: int, to: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """Spans in quotation marks: a rejection quoted in an article is reported, not made."""
    if not any(q in text for q in '"“„«'):
        return []
    out = []
    for m in _QUOTED_SPEECH.finditer(text, 0, end):
        relayed = _RELAYED.match(text, m.start() + 1)
        if relayed is not None and relayed["n"].lower() in _first_names(to):
            continue  # the sender hands on a message to the reader by name
        if _RELAY_INTRO.search(text, max(0, m.start() - 240), m.start()):
            continue  # a platform quoting the employer's answer, introduced as such
        out.append((m.start(), m.end()))
    return out


def _hits(packs: list[Pack], doc: Doc, end: int) -> list[tuple[int, int, Cue]]:
    """(start, end, cue) of every cue of ``packs`` in ``doc.text[:end]``."""
    hits: list[tuple[int, int, Cue]] = []
    present = doc.present
    for pack in packs:
        index = pack.cue_index
        tried = set(pack.cue_always)
        for needle in present & pack.cue_needles:
            tried.update(index[needle])
        # In pack order: equal-weight hits at one start keep a stable order (not hash order).
        cues, rest, alternatives = pack.cues, pack.cue_rest, pack.cue_alternatives
        for i in sorted(tried):
            # Most cues the index names lack a word of another group: no call for those.
            # The index named it for a word of its first group: every group is tested.
            for group in rest[i]:
                if present.isdisjoint(group):
                    break
            else:
                cue = cues[i]
                split = alternatives[i]
                if split is None:
                    found = cue.rx.matches(doc, end, tested=True)
                else:  # a cue of alternatives: only those whose own words the text holds
                    found = split.matches(doc, end)
                for m in found:
                    hits.append((m.start(), m.end(), cue))
    return hits


@dataclass
class _Reading:
    """One mail's cue hits being read: sentence bounds and what is taken or discounted."""

    text: str
    ev: Evidence
    bounds: list[int]
    written: str  # the text as written when the words moved (a swapped ending), else ""
    seen: set[str] = field(default_factory=set)  # patterns already counted or discounted
    elsewhere: set[int] = field(default_factory=set)  # starts of decisions on someone else
    taken: list[tuple[int, int]] = field(default_factory=list)
    dropped: list[tuple[int, int]] = field(default_factory=list)  # each reported once

    # sentence -> its conditionals and hedges (clauses.conditional_markers), read on first need
    conditions: dict[int, list[tuple[int, int, bool]]] | None = None

    def sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.bounds, pos)

    def markers(
        self, packs: list[Pack], doc: Doc, end: int, pos: int
    ) -> list[tuple[int, int, bool]] | None:
        """The conditionals and hedges of the sentence at ``pos``. Read on first need: only a
        positive rejection cue asks, and the packs' condition patterns are long."""
        if self.conditions is None:
            self.conditions = conditional_markers(packs, doc, self.bounds, end)
        return self.conditions.get(self.sentence(pos))

    def said(self, start: int, end: int) -> str:
        """``text[start:end]`` as written: after a swapped ending the frames read the words
        where the cue reading moved them (``written`` is then the text before)."""
        if not self.written:
            return self.text[start:end]
        written = self.written
        return written[written_at(written, start) : written_at(written, end, end=True)]

    def discount(self, why: str, start: int, end: int) -> None:
        # "decided to move forward with other candidates" then "move forward with
        # other candidates" inside it: one phrase, one reason.
        if not any(s <= start and end <= e for s, e in self.dropped):
            self.dropped.append((start, end))
            self.ev.discounted.append(f'{why}, not counted: "{quote(self.said(start, end))}"')


def _reader_chosen(r: _Reading, ev: Evidence, start: int, stop: int, cue: Cue) -> None:
    """The person chosen, named, is the reader: the news is an offer, outweighing "the process
    has ended" (devmiss42, dev slep/es)."""
    r.discount("the person chosen, named, is the reader", start, stop)
    ev.lookalike["offer"] = ev.lookalike.get("offer", 0.0) + READER_CHOSEN_WEIGHT
    ev.lookalike_cues.setdefault("offer", []).append((r.said(start, stop), cue.rule))


def collect_cues(
    packs: list[Pack], t: MailText, ev: Evidence, to: tuple[tuple[str, str], ...], bulk: bool
) -> None:
    """Rejection and look-alike cues in subject and body, sentence by sentence.

    Rejection cues first: whether a decision stands decides how an offer to talk reads.
    """
    doc, end = t.cues, t.lead_end
    hits = _hits(packs, doc, end)
    if not hits:
        return
    text = written = t.doc.text
    if swapped(text):  # the cue reading's words moved up (inclusive.py): read them where they are
        text = first_forms(text)
    else:
        written = ""
    r = _Reading(text, ev, [m.end() for m in SENTENCE_END.finditer(text, 0, end)], written)
    hits = as_denied(text, hits)  # a denied offer or invitation is the no (issue 11)
    hits.sort(key=lambda h: (-abs(h[2].weight), h[0]))
    quoted = _quoted_spans(text, end, to)
    subject_end = t.body_start if t.reply_subject else 0
    # Sentence -> its reversals ("but yours is live"). A semicolon does not end the sentence
    # here: "we have filled the analyst role; yours is still open" takes the no back too.
    turns: dict[int, list[tuple[int, int]]] = {}
    loose: list[int] = []
    if any(cue.category in REVERSALS for _, _, cue in hits):
        loose = bounds_past_semicolons(text, end)
        for s, e, cue in hits:
            if cue.category in REVERSALS:
                turns.setdefault(bisect.bisect_right(loose, s), []).append((s, e))
    for start, stop, cue in hits:
        if cue.category != "rejection" or cue.rx.pattern in r.seen:
            continue
        # One phrase, one cue: a weaker pattern inside a stronger match adds nothing.
        if any(start < e and s < stop for s, e in r.taken):
            continue
        r.seen.add(cue.rx.pattern)
        if cue.weight > 0 and hypothetical(
            packs, text, start, stop, r.markers(packs, doc, end, start)
        ):
            r.discount("hypothetical", start, stop)
        elif _asked(text, stop, end):
            r.discount("a question", start, stop)
        elif start < subject_end:
            r.discount("subject of a reply or forward", start, stop)
        elif any(qs <= start and stop <= qe for qs, qe in quoted):
            r.discount("quoted words", start, stop)
        elif turns and (
            turn := reversal(packs, text, stop, turns.get(bisect.bisect_right(loose, start), []))
        ):
            r.discount(f'taken back by "{quote(r.said(*turn))}"', start, stop)
        elif _names_reader(cue, text, start, to):
            _reader_chosen(r, ev, start, stop, cue)
        elif cue.weight >= DECISION_WEIGHT and (yes := _elsewhere(text, end, start, stop, hits)):
            r.elsewhere.add(start)
            r.discount(f'a no on "{quote(yes[0])}", a yes to the reader "{yes[1]}"', start, stop)
        else:
            _take(r, doc, start, stop, cue)
    _collect_lookalikes(packs, doc, hits, r, bulk)


def _take(r: _Reading, doc: Doc, start: int, stop: int, cue: Cue) -> None:
    """Count the rejection cue at ``start:stop``: its weight, and a decision's span."""
    ev, text = r.ev, r.text
    r.taken.append((start, stop))
    tail = _WORD_TAIL.match(text, stop) if doc.text[start:stop] != text[start:stop] else None
    end_ = tail.end() if tail else stop  # marks moved (inclusive.py): quote whole words
    ev.rejection.append((cue.weight, r.said(start, end_), cue.rule))
    ev.cue_spans.append((start, stop, cue.rule))
    if cue.weight >= DECISION_WEIGHT:
        ev.decision_spans.append((start, stop))
        if cue.weight > ev.decision:
            ev.role_closed = cue.role_closed
        ev.decision = max(ev.decision, cue.weight)


def _collect_lookalikes(
    packs: list[Pack], doc: Doc, hits: list[tuple[int, int, Cue]], r: _Reading, bulk: bool
) -> None:
    """Look-alike cues, except where they are part of the no itself."""
    ev = r.ev
    strong = {
        r.sentence(s)
        for s, _, cue in hits
        if cue.category == "rejection" and cue.weight >= DECISION_WEIGHT and s not in r.elsewhere
    }
    pivot = _pivot(packs, hits, r.bounds, r.text)
    after = _addressed_end(r, hits)
    for start, stop, cue in hits:
        if cue.category == "rejection" or cue.rx.pattern in r.seen:
            continue
        sentence = r.sentence(start)
        if cue.category == "third_party" and owned_by_reader(
            r.text, cue.reader_owns, start, ev.decision_spans
        ):
            r.seen.add(cue.rx.pattern)
            r.discount("a third party's gate on the reader's own application", start, stop)
            continue
        if cue.category == "job_alert" and start >= after:
            # "You were not selected. Similar jobs you might like": an ATS's furniture after a
            # no to the reader, not a job alert. Reported, not counted.
            r.seen.add(cue.rx.pattern)
            r.discount("job-alert furniture after a decision on the reader", start, stop)
            continue
        # "we cannot invite you to an interview": the invitation words are part of
        # the no, not evidence against it. Gates, and words of another domain ("your
        # application for the training programme was not retained"), count even there.
        if (sentence in strong or start < pivot) and cue.category not in _IN_SENTENCE:
            continue
        r.seen.add(cue.rx.pattern)
        if cue.category == "newsletter" and footers.furniture_of_one_to_one(
            packs, r.text, start, bulk=bulk, decided=ev.decision >= DECISION_WEIGHT
        ):
            # "Unsubscribe | Privacy" / "View this email in your browser" on a template's own
            # line, in mail to one reader with a decision: furniture, not a newsletter (session
            # 39). Reported, not counted; List-Unsubscribe still counts as a header.
            r.discount("template furniture of mail to one reader", start, stop)
            continue
        if (
            cue.category == "interview_invitation"
            and ev.decision >= DECISION_WEIGHT
            and _offers_feedback(packs, doc, r.bounds, sentence)
        ):
            # "I'd love to set up a call to share feedback" after a no: a debrief,
            # not a next step. Reported once, never counted.
            r.discount("feedback call after the decision", start, stop)
            continue
        ev.lookalike[cue.category] = ev.lookalike.get(cue.category, 0.0) + cue.weight
        ev.lookalike_cues.setdefault(cue.category, []).append((r.said(start, stop), cue.rule))


# A yes to the reader: after a no on someone or something else it is the mail's news.
_YES = frozenset(("offer", "interview_invitation"))


def _elsewhere(
    text: str, end: int, start: int, stop: int, hits: list[tuple[int, int, Cue]]
) -> tuple[str, str] | None:
    """(object, yes) when the decision at ``start:stop`` turns down something else or someone
    else ("we will not proceed with the other finalist") and a yes to the reader follows in
    its sentence, past a semicolon too ("...; we'd like to make you an offer"). Issue 11.

    A no on a post followed by an offer made to the reader ("the Berlin position has been
    filled, but we are delighted to offer you the same role in Munich") is the offer's news
    too (session 23): the offer must name the reader and not be denied in its clause. So is a
    no on a term of the offer ("we cannot meet your salary expectation; we would like to offer
    you the position at ...", session 24): a negotiation, not a rejection.
    """
    yes = [(s, e) for s, e, cue in hits if cue.category in _YES and s >= stop]
    if not yes:
        return None  # most decisions: no offer nor invitation after them
    kind, words = decision_object(text, start, stop)
    if kind not in (THING, PERSON) or (kind == PERSON and not negated(text, start, stop)):
        # "we will move forward with other candidates" turns the reader down
        yes = [
            (s, e)
            for s, e, cue in hits
            if cue.category == "offer" and s >= stop and offered_to_reader(text, s, e)
        ]
        if not yes or not (names_post(text, start, stop) or names_term(text, start, stop)):
            return None
        words = text[start:stop]
    loose = bounds_past_semicolons(text, end)
    sentence = bisect.bisect_right(loose, start)
    for s, e in sorted(yes):
        if bisect.bisect_right(loose, s) == sentence:
            return words, quote(text[s:e])
    return None


def _addressed_end(r: _Reading, hits: list[tuple[int, int, Cue]]) -> int:
    """Where the first counted decision on the reader ends ("you were not selected for this
    role"), or past the text: job-alert furniture after it is an ATS's. Not when a job alert
    came first ("a job you saved is no longer accepting applications": a platform's notice)."""
    alerts = [s for s, _, c in hits if c.category in ALERTS]
    if not alerts:
        return len(r.text) + 1  # nothing to discount: no need to read the decisions
    first_alert = min(alerts)
    for start, stop in sorted(r.ev.decision_spans):
        if start < first_alert and addressed(r.text, start, stop):
            return stop
    return len(r.text) + 1


# The rest of a clause up to its question mark: "You are not the right fit? Apply anyway" (an
# ad asks, a decision states). A comma or semicolon first ("we won't move forward, would you
# like feedback?") ends the clause that holds the decision.
_ASKED = re.compile(r"[^.!?,;:\n]{0,80}?\s*[?\uff1f]")


def _asked(text: str, stop: int, end: int) -> bool:
    """Is the phrase ending at ``stop`` part of a question rather than a statement?"""
    return _ASKED.match(text, stop, end) is not None


def _pivot(
    packs: list[Pack], hits: list[tuple[int, int, Cue]], bounds: list[int], text: str
) -> int:
    """Where the last decision sentence opening with a contrast ("However, ...") starts.

    "..., we'd love to invite you. However, we cannot move forward": the pivot wins,
    and look-alike cues before it do not count.
    """
    pivot = 0
    for s_, _, cue in hits:
        if cue.category == "rejection" and cue.weight >= DECISION_WEIGHT:
            sentence = bisect.bisect_right(bounds, s_)
            sent_start = bounds[sentence - 1] if sentence else 0
            head = text[sent_start:s_]
            if any(p.contrast is not None and p.contrast.rx.search(head) for p in packs):
                pivot = max(pivot, sent_start)
    return pivot


def _offers_feedback(packs: list[Pack], doc: Doc, bounds: list[int], sentence: int) -> bool:
    """Whether sentence number ``sentence`` speaks of feedback or a debrief."""
    start = bounds[sentence - 1] if sentence else 0
    end = bounds[sentence] if sentence < len(bounds) else len(doc.text)
    return any(
        p.feedback is not None and p.feedback.search(doc, start=start, end=end) is not None
        for p in packs
    )


REJECTION_ATTACHMENT = compiled("rejection_attachment")


# Gates: the mail is the applicant's own (a withdrawal, accepting elsewhere) or about
# someone else's application. They count even in the sentence of a decision.
GATES = frozenset(("withdrawn", "third_party", "applicant_wording"))
# A refusal whose object is a request, a claim, a timesheet, an order or a bid, not an
# application for a post (issue 11: "your leave request has been rejected"). An HR system's
# notice to staff has its sender's job context, which weighs ``not_a_job`` down to 0.3: this
# one keeps its weight in job mail and counts in the decision's own sentence, as a gate does.
OTHER_REQUEST = "other_request"
# A job the reader saved, viewed or followed: a job board's notice about a job ("a job you saved
# is no longer accepting applications"), not a decision on an application, even in its sentence.
SAVED_JOB = "saved_job"
# Alerts of a job board: a decision after one of them is the board's notice (_addressed_end).
ALERTS = frozenset(("job_alert", SAVED_JOB))
STRONG_LOOKALIKES = frozenset(("offer", "not_a_job", "out_of_office", "article_about_rejection"))
STRONG_LOOKALIKES |= GATES | {OTHER_REQUEST, SAVED_JOB}
# A recruiter's role put off and other roles offered to the reader in the same breath ("not to
# fill this role for now, but I have two other roles for you": issue 11, session 40, round 87):
# its rule holds both, so it counts in the decision's own sentence (at 0.4 of its weight against
# a clear decision, as any look-alike not in STRONG_LOOKALIKES).
ROLE_PUT_OFF = "role_put_off"
_IN_SENTENCE = GATES | {"not_a_job", OTHER_REQUEST, SAVED_JOB, ROLE_PUT_OFF} | REVERSALS
# Where the rules leave room for a second opinion: job context, no decision cue, and nothing
# that looks like something else but the thanks and acknowledgement every rejection is wrapped in.
MODEL_ROOM = frozenset(("other", "acknowledgement"))


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


@dataclass(frozen=True)
class Decision:
    """Whether the mail is a rejection, how sure, what it looks like, and why."""

    is_rejection: bool
    score: float
    category: str
    reasons: list[str]
    role_closed: bool = False  # the decision is that the role went away (filled, paused)
    job: bool = False  # the mail has job context (words, sender, or a decision naming it)
    decided: bool = False  # a decision cue was counted (it may have been outweighed)
    cued: bool = False  # a rejection cue was counted, however light ("unfortunately")
    # What was weighed, for the slot-level evidence (agent.classify.evidence): the cues
    # counted and discounted, and each look-alike category's total (headers, gates too).
    evidence: Evidence | None = field(default=None, compare=False, repr=False)
    categories: tuple[tuple[str, float], ...] = ()


def decide(msg: Message, packs: list[Pack], t: MailText) -> Decision:
    """Weigh the cues of the newest text, the headers and the job context into a decision."""
    ev = Evidence()
    collect_cues(packs, t, ev, msg.to, bulk_mail(msg))
    if len(t.body) < 300:
        for name in msg.attachments:
            if REJECTION_ATTACHMENT.search(name or ""):
                ev.rejection.append((3.0, f"attachment {name}", "attachment"))
                ev.decision = max(ev.decision, 3.0)
                break
    total = 0.0
    if ev.rejection:
        weights = sorted((w for w, _, _ in ev.rejection), reverse=True)
        total = weights[0] + 0.5 * sum(weights[1:3]) + 0.2 * sum(weights[3:])
    categories: dict[str, float] = dict(ev.lookalike)
    cue_reasons = _cue_reasons(ev)
    for weight, cat, reason in header_signals(msg):
        categories[cat] = categories.get(cat, 0.0) + weight
        cue_reasons.append(f"{reason} ({weight:+g})")
    if OOO_SUBJECT.match(msg.subject or ""):
        categories["out_of_office"] = categories.get("out_of_office", 0.0) - 3.0
        cue_reasons.append("out-of-office subject (-3)")
    context = job_context(packs, t, categories, cue_reasons, msg, spans=ev.decision_spans)
    has_job = context == JOB
    # A clear decision usually comes wrapped in thanks, an acknowledgement,
    # an offer to talk or a link to other jobs: such look-alike cues count for
    # less once the decision is there. Evidence that the whole mail is about
    # something else (an offer, a loan, an auto-reply) keeps its weight.
    # With job context, any decision phrase wins over the thanks and acknowledgement
    # that wrap it ("thank you for your application ... we will not proceed"): such a
    # category then costs at most LOOKALIKE_CAP.
    strong = ev.decision >= 3.0
    clear = strong or (has_job and ev.decision >= DECISION_WEIGHT)
    capped = _capped_lookalikes(msg, has_job)
    negative = 0.0
    for cat, weight in categories.items():
        if clear and cat in capped:
            negative += max(LOOKALIKE_CAP, min(0.0, weight * 0.4))
        elif strong:
            negative += min(0.0, weight * (0.8 if cat in STRONG_LOOKALIKES else 0.4))
        else:
            negative += min(0.0, weight)
    evidence = total + negative
    lookalike = min(categories, key=lambda c: categories[c]) if categories else None
    made = functools.partial(Decision, job=has_job, evidence=ev, categories=(*categories.items(),))
    # No job, application or process word, no job sender and no structure: the cheap path
    # settles such mail unread, so the full path makes no rejection of it either (session 23).
    if ev.decision >= DECISION_WEIGHT and evidence >= THRESHOLD and context != NONE:
        head = f"rejection (evidence {evidence:+.1f})"
        score = sigmoid(evidence - THRESHOLD + 1.0)
        reasons = [head, *cue_reasons]
        return made(True, score, "rejection", reasons, ev.role_closed, decided=True, cued=True)
    head = _why_not(ev.decision, evidence, lookalike)
    category = lookalike or ("other" if has_job else "unrelated")
    decided = ev.decision >= DECISION_WEIGHT
    score = sigmoid(THRESHOLD + 1.0 - evidence)
    cued = bool(ev.rejection)
    reasons = [head, *cue_reasons]
    return made(False, score, category, reasons, decided=decided, cued=cued)


def _capped_lookalikes(msg: Message, has_job: bool) -> frozenset[str]:
    """The look-alike categories a clear decision caps at ``LOOKALIKE_CAP``: an article's words
    too in a hiring function's or an ATS's own one-to-one job mail (session 27)."""
    if has_job and job_sender(msg) and not bulk_mail(msg):
        return CAPPED_FROM_JOB_SENDERS
    return CAPPED_LOOKALIKES


def _why_not(decision: float, evidence: float, lookalike: str | None) -> str:
    """The head of a verdict that is no rejection: no decision, no job context, or outweighed."""
    if decision < DECISION_WEIGHT:
        looks = f"; looks like {lookalike.replace('_', ' ')}" if lookalike else ""
        return f"not a rejection: no decision phrase{looks}"
    if evidence >= THRESHOLD:  # only job context was missing (decide's NONE)
        return f"not a rejection: no job context (evidence {evidence:+.1f})"
    return f"not a rejection: decision phrase outweighed (evidence {evidence:+.1f})"


def _cue_reasons(ev: Evidence) -> list[str]:
    """The heaviest rejection cues, what was discounted, and every look-alike category."""
    out = [
        f'{"decision" if w >= DECISION_WEIGHT else "cue"} {rule} "{quote(s)}" (+{w:g})'
        for w, s, rule in sorted(ev.rejection, key=lambda x: -x[0])[:4]
    ]
    out += ev.discounted[:3]
    out += [
        f"{cat.replace('_', ' ')} {ev.lookalike_cues[cat][0][1]} "
        f'"{quote(ev.lookalike_cues[cat][0][0])}" ({w:+g})'
        for cat, w in sorted(ev.lookalike.items(), key=lambda x: x[1])
    ]
    return out
