"""Job context: is a mail about a job at all? Without it, a refusal is about something else.

Why a module of its own: the signals are many and structural (the sender, an ATS's
envelope, a hiring function signing, the subject, the thread, the signature's footer),
and ``frames`` weighs decisions; this says only whether the mail is job mail (issue 11).
``spans`` are the decisions counted ((start, end) in the text), whose objects matter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from agent.classify import footers, initials, patterncache
from agent.classify.engine import MAX_BODY_CHARS, Cue, Pack
from agent.classify.extractors.common import (
    ATS_DOMAINS,
    ATS_ENVELOPE_HEADERS,
    MailText,
    application_subject,
    ats_envelope,
    domain_in,
    is_noreply_address,
    looks_like_person,
    quote,
    title_subject,
)
from agent.classify.lexicon import compiled, named_alternation, pattern, patterns, rule_of
from agent.classify.matching import Doc, Scan
from agent.classify.objects import THING, decision_object
from agent.mail.parse import Message

# What job_context found: job mail, only application words or structure, or nothing at all.
Context = Literal["job", "some", "none"]
JOB: Context = "job"
SOME: Context = "some"
NONE: Context = "none"

SIGNATURE_JOB_CHARS = 300  # the head of a signature: name, title, team
QUOTED_JOB_CHARS = 2_000  # the newest quoted mail of a thread: what the reply answers


_JOB_SENDER = compiled("job_sender")
# A body that selects members, not staff (a student association, a junior enterprise): its
# recruiting admits members, so it weighs as another domain's words even in job mail. Its kinds
# are named rules (``[patterns.member_body]``): a reason cites the one that matched.
_MEMBER_KINDS, _MEMBER_IDS = named_alternation("member_body")
# Searched through :class:`Scan` (only where a match's opening literals occur, found by a
# plain scan of the lower-cased text): the same match as ``re``'s own search, which tries a
# case-insensitive alternation behind ``\b`` at every position (issue 15, speed43r).
_MEMBER_BODY = Scan(patterncache.compiled(rf"\b{_MEMBER_KINDS}\b", re.I))
_MEMBER_BODY_OURS = Scan(
    patterncache.compiled(pattern("member_body_ours").replace("{body}", _MEMBER_KINDS), re.I)
)
MEMBER_RULE = "patterns.member_body"  # a kind is cited as patterns.member_body.<id>
_MEMBER_WORD = Scan(compiled("member_word"))
MEMBER_BODY_WEIGHT = -6.0  # kept whole in job mail, as other_request is (frames.OTHER_REQUEST)
_MEMBER_YIELDS = frozenset(patterns("member_body_yields"))


def job_sender(msg: Message) -> bool:
    """Whether an applicant tracking system or a hiring function sent the mail.

    Either is job context by itself ("Acme Careers", rrhh@, Greenhouse).
    """
    if msg.from_domain and domain_in(msg.from_domain, ATS_DOMAINS) is not None:
        return True
    return _JOB_SENDER.search(f"{msg.from_name} {msg.from_addr.partition('@')[0]}") is not None


def decided_things(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The object of the decisions when every one is on a thing, not on the reader nor on a
    person ("another caterer", "the venue booking"); None when any names the reader, a
    candidate or nothing ("we won't be moving forward.")."""
    things = [decision_object(text, s, e) for s, e in spans]
    if not things or any(kind != THING for kind, _ in things):
        return None
    return things[0][1]


def member_body(t: MailText, msg: Message) -> tuple[str, str] | None:
    """The rule id and the words of the student association or junior enterprise whose
    selection the mail is, if any: named by the sender or the signature's head (who writes),
    or in the newest text as "our ..." or beside a membership word. A company's no naming the
    reader's own association stays a no."""
    text, low = t.cues.text, t.cues.low
    sig_end = min(len(text), t.sig_start + SIGNATURE_JOB_CHARS)
    found = _MEMBER_BODY.search(msg.from_name or "") or _MEMBER_BODY.search(
        text, low, t.sig_start, sig_end
    )
    found = found or _MEMBER_BODY_OURS.search(text, low, 0, t.lead_end)
    if found is None and _MEMBER_WORD.search(text, low, 0, t.lead_end) is not None:
        found = _MEMBER_BODY.search(text, low, 0, t.lead_end)
    if found is None:
        return None
    return f"{MEMBER_RULE}.{rule_of(found, _MEMBER_IDS)}", found[0]


def member_yields(packs: list[Pack], t: MailText, msg: Message, rule: str) -> bool:
    """Whether the member body of ``rule`` gives way to who writes: a kind an employer's mail may
    name too (``member_body_yields``: a game studio's "join our Discord server" under its
    refusal) counts only where no hiring function signs and no job sender or ATS writes; a
    community server's own "sollicitatie voor Moderator" has none (session 38, dev tdb/nl)."""
    if rule.rpartition(".")[2] not in _MEMBER_YIELDS:
        return False
    if job_sender(msg) or envelope_ats(msg) is not None:
        return True
    return _hiring_function(packs, t) is not None


def _names_its_object(packs: list[Pack], doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Does a decision's own match name an application (its object: "... with your application")?"""
    return any(
        p.weak_job_context is not None and p.weak_job_context.search(doc, start=s, end=e)
        for s, e in spans
        for p in packs
    )


def envelope_ats(msg: Message) -> str | None:
    """The applicant tracking system's domain in the mail's Reply-To, Return-Path or Sender."""
    values = [addr for _, addr in msg.reply_to]  # Reply-To as parsed: several addresses
    values += [msg.headers[h] for h in ATS_ENVELOPE_HEADERS[1:] if h in msg.headers]
    return ats_envelope(values) if values else None


def _hiring_function(packs: list[Pack], t: MailText) -> str | None:
    """A hiring function signing the mail ("People & Culture", "Ufficio Risorse Umane"): in
    the signature's head, or in the newest text's last lines when no sign-off split it off.
    Its bare initials ("HR") count only where :mod:`initials` says they sign."""
    doc = t.cues
    sig_end = min(len(doc.text), t.sig_start + SIGNATURE_JOB_CHARS)
    tail = max(t.body_start, t.lead_end - SIGNATURE_JOB_CHARS)
    for p in packs:
        if p.hiring_function is None and p.initials_rx is None:
            continue
        for start, end in ((t.sig_start, sig_end), (tail, t.lead_end)):
            found = []
            if p.hiring_function is not None:
                m = p.hiring_function.search(doc, start=start, end=end)
                if m is not None:
                    found.append((m.start(), m[0]))
            if (signed := _initials(p, t, start, end)) is not None:
                found.append(signed)
            if found:
                return min(found)[1]
    return None


def _initials(p: Pack, t: MailText, start: int, end: int) -> tuple[int, str] | None:
    """(where, what) of the first of the pack's bare initials in ``start``..``end`` that sign a
    line of their own, or follow one of its ``hiring_initials_after`` words."""
    if p.initials_rx is None:
        return None
    text = t.cues.text
    for m in p.initials_rx.finditer(text, start, end):
        if initials.after(p.initials_after, text, m.start()) or _own_line(t, m.start(), m.end()):
            return m.start(), m[0]
    return None


def _own_line(t: MailText, start: int, end: int) -> bool:
    """Whether the initials at ``start``..``end`` of the mail's text sign their line, read in
    the body or signature as written (the cue text joins wrapped lines)."""
    source, at = (t.sig, t.sig_start) if start >= t.sig_start else (t.body, t.body_start)
    if start < at:
        return False  # the subject
    line = initials.line_at(source, start - at, end - at)
    cut = source is t.body and len(source) >= MAX_BODY_CHARS and source.endswith(line)
    return not cut and initials.signs(line)  # a line cut by the body's limit is not whole


def _person_wrote(msg: Message) -> bool:
    """Whether a person (a name, at an address someone reads) sent the mail, not a system."""
    return looks_like_person(msg.from_name, msg.from_domain) and not is_noreply_address(
        msg.from_addr
    )


def _thread_context(packs: list[Pack], msg: Message, t: MailText) -> str | None:
    """Why a person's mail whose own words name no job is about one all the same: job words
    past the signature's head (a footer's "Karriere: acme.de/jobs"), or, in a reply, in the
    quoted mail it answers (the applicant's own "the junior designer position we discussed").

    Mailing-list mail and a system's notices are no person's: their quoted threads and
    footers name jobs for other reasons.
    """
    if not _person_wrote(msg) or bulk_mail(msg):
        return None
    doc = t.cues
    head_end = min(len(doc.text), t.sig_start + SIGNATURE_JOB_CHARS)
    if head_end < len(doc.text) and any(
        p.job_context is not None and p.job_context.search(doc, start=head_end) is not None
        for p in packs
    ):
        return "job words in the signature's footer"
    quoted = t.quoted[:QUOTED_JOB_CHARS]
    replying = bool(msg.in_reply_to or msg.references or t.reply_subject)
    if (
        replying
        and quoted
        and any(p.job_context is not None and p.job_context.search(quoted) for p in packs)
    ):
        return "a reply in a thread about a job"
    return None


# Headers of bulk and list mail (frames.header_signals weighs them as a newsletter's).
_BULK = ("list-id", "list-unsubscribe")
_BULK_PRECEDENCE = frozenset(("bulk", "list", "junk"))


def bulk_mail(msg: Message) -> bool:
    """List or bulk mail by its headers (List-Id, List-Unsubscribe, Precedence: bulk)."""
    return bulk_headers(msg.headers)


def bulk_headers(h: Mapping[str, str]) -> bool:
    """:func:`bulk_mail` of a mail's headers by lower-case name (the cheap path's too)."""
    return not h.keys().isdisjoint(_BULK) or (
        h.get("precedence", "").strip().lower() in _BULK_PRECEDENCE
    )


def job_context(
    packs: list[Pack],
    t: MailText,
    categories: dict[str, float],
    reasons: list[str],
    msg: Message,
    *,
    spans: list[tuple[int, int]],
) -> Context:
    """Whether the mail is about a job; without job words, a refusal is about something else.

    Job words, or a hiring function or applicant tracking system as sender (its From, or the
    Reply-To, Return-Path or Sender of ATS mail sent in the employer's name). Application words
    alone ("your application") are weak: loans, grants and admissions have them too. The head
    of the signature counts: a person's reply signed "Talent Acquisition", "People & Culture"
    or "Ressources Humaines" names the hiring function the sender's address does not (issue
    11: the gate was narrow). Weaker structure (a subject naming an application for a title,
    a thread about a job) counts only where no word of another domain is present.

    ``JOB`` when the mail is job mail; ``SOME`` when it is not, but application words or a
    structural sign are there (the cheap path sends such mail on); ``NONE`` when nothing is:
    no word, sender nor structure the cheap path keys on, so the full path makes no
    rejection of it either (session 23; tests/test_prefilter.py holds both paths to it).
    """
    has_job = _stated(packs, t, msg, reasons, spans) or _process_named(
        packs, t, categories, reasons
    )
    if "not_a_job" in categories:
        categories["not_a_job"] *= _other_domain_factor(packs, t, msg, spans, has_job)
    if (member := member_body(t, msg)) is not None and not member_yields(packs, t, msg, member[0]):
        rule, body = member
        categories["not_a_job"] = categories.get("not_a_job", 0.0) + MEMBER_BODY_WEIGHT
        reasons.append(f'members selected by {rule} "{quote(body)}" ({MEMBER_BODY_WEIGHT:+g})')
    if has_job:
        return JOB
    weak = _application_words(packs, t)
    found = _structure(packs, t, msg, spans, weak)
    if found and "not_a_job" not in categories and (other := _signed_by_other(packs, t)):
        # Read only where no job context was stated, so a job's signature words still win.
        categories["not_a_job"] = other[0].weight * NO_JOB_FACTOR
        reasons.append(
            f'not a job {other[0].rule} "{quote(other[1])}" ({other[0].weight:+g}), signing'
        )
    if "not_a_job" not in categories and found:
        # Words of another domain keep the gate shut, and so does a decision on a thing
        # ("Re: Sales lead" / "... with the purchase": issue 11).
        why, what = found
        thing = decided_things(t.doc.text, spans)
        if thing is None:
            reasons.append(why)
            return JOB
        reasons.append(f'{what}, but the decision is on "{quote(thing)}"')
    penalty = -1.0 if weak else -3.0
    categories["not_a_job"] = categories.get("not_a_job", 0.0) + penalty
    what = "only application words, no job words" if weak else "no job-application words"
    reasons.append(f"{what} ({penalty:+g})")
    return SOME if weak or found else NONE


def _other_domain_factor(
    packs: list[Pack], t: MailText, msg: Message, spans: list[tuple[int, int]], has_job: bool
) -> float:
    """What words of other domains (a grant, a flat, a paper) weigh: little in a mail about a
    job, a lot in a mail that names no job at all. A sender's name or domain alone ("...
    Recruiting", an ATS's From) says less: where no job word, ATS envelope nor hiring function
    is there, they keep their weight (session 42, gates47: a literary review's or a room's
    refusal under a job sender's name was a job refusal)."""
    if not has_job:
        return NO_JOB_FACTOR
    return SENDER_ONLY_WEIGHT if _sender_only(packs, t, msg, spans) else 0.3


def _signed_by_other(packs: list[Pack], t: MailText) -> tuple[Cue, str] | None:
    """A pack's word of another domain in the signature's head (a funder, a prize, a council
    signing), which the look-alike cues, read in the newest text, do not see; the head is where
    job words count too (:func:`_own_job_words`). Who signs says what the mail is about as the
    newest text does: "Grants Team / Arts Council" under "your application was not successful"
    (session 45, issue 11)."""
    doc = t.cues
    sig_end = min(len(doc.text), t.sig_start + SIGNATURE_JOB_CHARS)
    if sig_end <= t.sig_start:
        return None
    for p in packs:
        for cue in p.cues:
            if cue.category == "not_a_job" and (
                m := cue.rx.search(doc, start=t.sig_start, end=sig_end)
            ):
                return cue, m.group(0)
    return None


NO_JOB_FACTOR = 2.0  # not_a_job's factor in mail with no job context stated
SENDER_ONLY_WEIGHT = 1.0  # not_a_job's factor where only the sender makes the mail job mail


def _sender_only(
    packs: list[Pack], t: MailText, msg: Message, spans: list[tuple[int, int]]
) -> bool:
    """Whether a job sender (:func:`job_sender`: its name, address or ATS domain) is the mail's
    only job context: no subject naming an application for a title or a title alone, no job
    words of its own (:func:`_own_job_words`), no ATS envelope, no hiring function signing, no
    selection process named (a bank's careers box: "o processo seletivo para Analista de
    Crédito"). Called where ``not_a_job`` weighed something, so rarely."""
    subject = msg.subject or ""
    return (
        job_sender(msg)
        and not application_subject(subject)
        and not title_subject(subject)
        and not any(_own_job_words(packs, p, t, spans) for p in packs)
        and envelope_ats(msg) is None
        and _hiring_function(packs, t) is None
        and _process_at(packs, t) is None
    )


def _furniture(packs: list[Pack], t: MailText, after: int, m: re.Match[str]) -> bool:
    """Whether the job word ``m`` sits on a line of template furniture after the mail's last
    decision (:mod:`footers`: "Abmelden | Impressum", "© 2026 … Geschäftsführer: …", a bare
    "Ihr Team" signing a template). What a template's footer says is not what the mail is
    about (session 39)."""
    return m.start() >= after and footers.on_chrome_line(packs, t.doc.text, m.start())


def _own_job_words(
    packs: list[Pack], p: Pack, t: MailText, spans: list[tuple[int, int]] | tuple[()]
) -> bool:
    """Job words of ``p`` in the newest text or the signature's head, not on a furniture line
    after the last decision."""
    rx, doc = p.job_context, t.cues
    if rx is None:
        return False
    sig_end = min(len(doc.text), t.sig_start + SIGNATURE_JOB_CHARS)
    m = rx.search(doc, end=t.lead_end) or rx.search(doc, start=t.sig_start, end=sig_end)
    if m is None:
        return False
    after = max((e for _, e in spans), default=len(doc.text))
    if not _furniture(packs, t, after, m):
        return True  # the usual answer: one search, no furniture read
    found = [*rx.finditer(doc, end=t.lead_end), *rx.finditer(doc, start=t.sig_start, end=sig_end)]
    return any(not _furniture(packs, t, after, f) for f in found)


def _stated(
    packs: list[Pack],
    t: MailText,
    msg: Message,
    reasons: list[str],
    spans: list[tuple[int, int]] | tuple[()] = (),
) -> bool:
    """Job words in the newest text or the signature's head, a job sender, an ATS's
    envelope or a hiring function signing: each is job context whatever else is said. Job
    words on a line of template furniture after the last decision (``spans``) are not."""
    if job_sender(msg) or any(_own_job_words(packs, p, t, spans) for p in packs):
        return True
    if (domain := envelope_ats(msg)) is not None:
        reasons.append(f"sent through an applicant tracking system ({domain})")
        return True
    if (function := _hiring_function(packs, t)) is not None:
        reasons.append(f'signed by a hiring function "{quote(function)}"')
        return True
    return False


def _process_named(
    packs: list[Pack], t: MailText, categories: dict[str, float], reasons: list[str]
) -> bool:
    """A selection process named in the newest text, where no word of another domain is:
    scholarships, admissions and grants select too ("the selection process for the
    scholarship has concluded"), so the process is a job's only when nothing says otherwise
    (session 22, issue 11)."""
    if "not_a_job" in categories:
        return False
    if (m := _process_at(packs, t)) is not None:
        reasons.append(f'a selection process named "{quote(m[0])}"')
        return True
    return False


def _process_at(packs: list[Pack], t: MailText) -> re.Match[str] | None:
    """The first selection process a pack names in the newest text or the signature's head."""
    doc = t.cues
    sig_end = min(len(doc.text), t.sig_start + SIGNATURE_JOB_CHARS)
    for p in packs:
        if p.process_context is not None:
            m = p.process_context.search(doc, end=t.lead_end) or p.process_context.search(
                doc, start=t.sig_start, end=sig_end
            )
            if m is not None:
                return m
    return None


def _application_words(packs: list[Pack], t: MailText) -> bool:
    """Application words ("your application", "Bewerbung") in the newest text."""
    end = min(len(t.cues.text), t.sig_start + SIGNATURE_JOB_CHARS)
    return any(
        p.weak_job_context is not None and p.weak_job_context.search(t.cues, end=end) is not None
        for p in packs
    )


def _structure(
    packs: list[Pack], t: MailText, msg: Message, spans: list[tuple[int, int]], weak: bool
) -> tuple[str, str] | None:
    """(reason, what it is) of the first structural sign that a mail naming no job is job
    mail all the same, read only where no word of another domain is present."""
    if title_subject(msg.subject or ""):
        # "Re: Senior Product Designer" / "Unfortunately we won't be moving forward."
        return "a reply under a job title", "a job title as subject"
    if application_subject(msg.subject or "") and not bulk_mail(msg):
        named = "the subject names an application for a job title"
        return named, named
    if (thread := _thread_context(packs, msg, t)) is not None:
        return thread, thread
    if _names_its_object(packs, t.cues, spans):
        # "We won't be moving forward with your application" alone, from a person.
        return "the decision names the application", "the decision names the application"
    if weak and _person_wrote(msg) and not bulk_mail(msg):
        # "Ihre Bewerbung" / "another candidate" in a person's answer; a system's notice
        # ("overtime registration rejected") is no person's (issue 11).
        answer = "a person's answer with application words, no word of another domain"
        return answer, answer
    if _person_wrote(msg) and not bulk_mail(msg) and (met := _contact(packs, t)) is not None:
        # "Thanks for our chat on Thursday. We've decided to go another way." / a note signed
        # "Head of Engineering" / a reply to a calendar invitation (session 26, issue 11).
        answer = "a person's answer naming their contact with the reader"
        return f'{answer} "{quote(met)}", no word of another domain', answer
    return None


def _contact(packs: list[Pack], t: MailText) -> str | None:
    """A person's contact with the reader ("our call", "das Kennenlernen") in the subject, the
    newest text or the signature's head (a pack's ``contact_context``), or a manager's title
    (``manager_title``) where a hiring function signs: not "Re: Notes from the meeting with our
    new engineering manager", a subject's words about somebody else."""
    doc = t.cues
    sig_end = min(len(doc.text), t.sig_start + SIGNATURE_JOB_CHARS)
    tail = max(t.body_start, t.lead_end - SIGNATURE_JOB_CHARS)
    for p in packs:
        m = p.contact_context.search(doc, end=sig_end) if p.contact_context else None
        for start, end in ((t.sig_start, sig_end), (tail, t.lead_end)):
            if m is None and p.manager_title is not None:
                m = p.manager_title.search(doc, start=start, end=end)
        if m is not None:
            return str(m[0])
    return None
