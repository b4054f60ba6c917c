"""Template furniture ("chrome"): the lines an ATS's or a mailing tool's template puts around a
mail's own words — "view in browser", social links, app-store badges, an unsubscribe line,
legal notices, an address block. A pack's ``[structure] chrome`` patterns say which lines are
furniture in its language (each matched at a line's start, after any bullets or bars).

Why a module of its own (session 39, issue 11): furniture is neither the decision nor a
sign of what the mail is about. Sent as HTML only in the shapes ATS templates use
(``bench/html_variants``' ``lang-*`` shapes), dev mail changed its verdict because a footer's
unsubscribe or browser line was read as a newsletter's (:func:`furniture_of_one_to_one`), or
its sign-off and legal lines as job words (``jobcontext`` asks :func:`on_chrome_line` of a job
word after the last decision).
"""

from __future__ import annotations

from collections.abc import Iterable

from agent.classify.engine import Pack


def on_chrome_line(packs: Iterable[Pack], text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` lies on a line some pack calls furniture."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return any(p.chrome is not None and p.chrome.rx.match(text, start, end) for p in packs)


def furniture_of_one_to_one(
    packs: Iterable[Pack], text: str, pos: int, *, bulk: bool, decided: bool
) -> bool:
    """Whether a newsletter's cue at ``pos`` ("Unsubscribe", "Im Browser ansehen") is only a
    template's furniture: on a furniture line, in mail sent to one reader (no List-Id,
    List-Unsubscribe nor Precedence: bulk — those headers count as a newsletter's on their
    own) whose decision was counted. A transactional template carries the line as a
    newsletter does; the headers, not the line, tell the two apart."""
    return decided and not bulk and on_chrome_line(packs, text, pos)
