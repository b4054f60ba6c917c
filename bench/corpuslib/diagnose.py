"""Structural tags for a classifier miss: which gate decided, and what came near (no text).

Why tags and not texts: issue 11 scores the external corpus' **test** part without
reading it. Tags name rules, gates, languages and length buckets only, so their
counts over the test part measure *kinds* of misses (a gate too narrow, a cut that
eats the decision, a language guessed wrong) and say nothing of the wording.
On the dev part they are printed per mail, next to the texts one may read.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from pathlib import Path

from agent.classify import Verdict, _read, decision_phrase, packs
from agent.classify.engine import Pack
from agent.classify.evidence import near_frames
from agent.classify.extractors.common import MailText
from agent.classify.jobcontext import SIGNATURE_JOB_CHARS, envelope_ats, job_sender
from agent.mail.parse import Message

_GATES = (
    ("no job-application words", "gate:no-job-context"),
    ("only application words", "gate:weak-job-context"),
    ("sent by the user", "gate:own-mail"),
    ("no text to read", "gate:empty"),
    ("bulk mail", "header:bulk"),
    ("automatic reply", "header:auto-reply"),
)
# What made a false rejection's mail job mail (session 37, issue 11): a structural route of
# jobcontext's, named by its reason; the stated routes are found below.
PACK_DIR = Path(__file__).resolve().parents[2] / "agent" / "classify" / "data" / "lang"
_CONTEXTS = (
    ("a reply under a job title", "context:title-subject"),
    ("the subject names an application", "context:application-subject"),
    ("job words in the signature's footer", "context:footer"),
    ("a reply in a thread about a job", "context:thread"),
    ("the decision names the application", "context:decision-names-application"),
    ("a person's answer with application words", "context:person-application-words"),
    ("a person's answer naming their contact", "context:person-contact"),
    ("sent through an applicant tracking system", "context:ats-envelope"),
    ("signed by a hiring function", "context:hiring-function"),
    ("a selection process named", "context:process"),
)
_DISCOUNTS = re.compile(r"^(hypothetical|subject of a reply or forward|quoted words|feedback call)")


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (200, "<200"), (600, "<600"), (1500, "<1500")):
        if n <= limit:
            return name
    return ">=1500"


def tags(msg: Message, verdict: Verdict, labelled_language: str) -> list[str]:
    """The structural tags of one misclassified mail."""
    out: list[str] = []
    head = verdict.reasons[0] if verdict.reasons else ""
    if head.startswith("not a rejection: no decision phrase"):
        out.append("decided:no-decision-phrase")
    elif head.startswith("not a rejection: decision phrase outweighed"):
        out.append(f"decided:outweighed-by-{verdict.category}")
    elif head.startswith("rejection"):
        out.append("decided:rejection")
    else:
        out.append(f"decided:{verdict.category}")
    out.append(f"category:{verdict.category}")
    for reason in verdict.reasons:
        out.extend(tag for words, tag in _GATES if words in reason)
        m = _DISCOUNTS.match(reason)
        if m:
            out.append(f"discounted:{m[1].replace(' ', '-')}")
        if reason.startswith("cue "):
            out.append("weak-cue-present")
    lang = verdict.language
    out.append(f"language:{labelled_language}")
    out.append("lang:ok" if lang == labelled_language else f"lang:{labelled_language}->{lang}")
    if msg.html_only:
        out.append("html-only")
    _, langs, t = _read(msg)
    before, after = len(msg.text or ""), len(t.body)
    out.append(f"body:{_bucket(after)}")
    if t.quoted:
        out.append("cut:quoted-history")
    if before and after < 0.5 * before:
        out.append("cut:over-half-removed")
    if len(t.sig) > after:
        out.append("cut:signature-longer-than-body")
    if "decided:no-decision-phrase" in out:
        # Which text a decision phrase of *any* pack is in: the body the classifier read
        # (then its language's packs lacked it), or only the signature or quoted part
        # (the cut took it), or nowhere.
        if decision_phrase(t.subject, t.body):
            out.append("decision-phrase-of-another-language-in-body")
        elif decision_phrase(t.subject, f"{t.body}\n{t.sig}\n{t.quoted}"):
            out.append("decision-phrase-only-after-the-cut")
        elif decision_phrase(msg.subject or "", msg.text or ""):
            out.append("decision-phrase-only-in-raw-text")
    codes = list(dict.fromkeys(p.code for p in langs))
    if labelled_language in packs().packs and labelled_language not in codes:
        codes.append(labelled_language)
    near = near_frames(codes, t.cues.text[: t.lead_end])
    out.extend(near or ["near:none"])
    if verdict.is_rejection:
        out.extend(_context_tags(msg, verdict, t, langs))
    return out


@functools.cache
def _job_words(code: str) -> list[re.Pattern[str]]:
    """The ``job_context`` patterns of one pack, each alone: a tag names which one decided."""
    data = tomllib.loads((PACK_DIR / f"{code}.toml").read_text(encoding="utf-8"))
    return [re.compile(p, re.I) for p in data.get("structure", {}).get("job_context", [])]


def _context_tags(msg: Message, verdict: Verdict, t: MailText, langs: list[Pack]) -> list[str]:
    """Why a false rejection's mail counted as job mail: the route's tag (``context:*``), the
    job words' place when they decided (subject, body, signature's head), and whether a word
    of another domain was weighed and outweighed (``lookalike:not_a_job``)."""
    found = [tag for words, tag in _CONTEXTS if any(words in r for r in verdict.reasons)]
    if job_sender(msg):
        found.append("context:job-sender")
    if envelope_ats(msg) is None and not found:
        doc = t.cues
        sig_end = min(len(doc.text), t.sig_start + SIGNATURE_JOB_CHARS)
        places = [("subject", 0, len(t.subject)), ("body", t.body_start, t.lead_end)]
        places.append(("signature", t.sig_start, sig_end))
        for name, start, end in places:
            if any(
                p.job_context and p.job_context.search(doc, start=start, end=end) for p in langs
            ):
                found.append(f"context:job-words-in-{name}")
                found += [
                    f"jobwords:{p.code}#{i}"
                    for p in langs
                    for i, rx in enumerate(_job_words(p.code))
                    if rx.search(doc.text, start, end)
                ]
    if any(r.startswith(("not a job ", "other request ")) for r in verdict.reasons):
        found.append("lookalike:not_a_job-outweighed")
    return found or ["context:none-found"]


def base_tags(msg: Message | None, truth: bool) -> list[str]:
    """The structural facts of *any* mail, missed or not (session 38): its label and whether
    it is HTML-only, so a tag's share among the misses has a share among all to be set
    against (33 HTML-only misses of 129 mean nothing without the HTML-only rejections)."""
    kind = "rejections" if truth else "others"
    html = msg is not None and msg.html_only
    return [f"all:{kind}", *([f"all:{kind}-html-only"] if html else [])]


def show_tags(
    folder_name: str,
    per_mail: list[tuple[str, list[str]]],
    detail: bool,
    base: dict[str, int] | None = None,
) -> None:
    """Per mail (``detail``) and as counts per tag over every miss of one folder; the missed
    rejections' HTML-only share beside that of every rejection (``base``)."""
    print(f"   diagnosis of {len(per_mail)} misses in {folder_name} (structural tags, no text):")
    if base:
        missed = [t for _, t in per_mail if "missed" in t]
        false = [t for _, t in per_mail if "false-rejection" in t]
        print(
            f"     html-only: {sum('html-only' in t for t in missed)} of {len(missed)} missed, "
            f"{base.get('all:rejections-html-only', 0)} of {base.get('all:rejections', 0)} "
            f"rejections; {sum('html-only' in t for t in false)} of {len(false)} false, "
            f"{base.get('all:others-html-only', 0)} of {base.get('all:others', 0)} others"
        )
    if detail:
        for name, found in per_mail:
            print(f"     {name}")
            print(f"         {' '.join(found)}")
    counts = Counter(tag for _, found in per_mail for tag in set(found))
    # How many of each tag's mails are missed rejections (session 38): a near frame of the
    # false rejections says nothing of what recall lacks.
    missed = Counter(tag for _, found in per_mail if "missed" in found for tag in set(found))
    for tag, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"     {n:>4}  {tag}  ({missed[tag]} missed)")
