"""Drafts a person would send (issue 13, part 3): every bundled feedback template, for
every language that has templates, every stage, on hold or not, with every combination
of missing fields, rendered through the real context and checked against rules of
grammar and style. Languages are found from the template files, so new ones (it, pt…)
are covered the day their templates land.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timedelta

import pytest

from agent.config import STAGES, from_dict
from agent.delivery.send import build_message
from agent.feedback.compose import template_context, template_languages, template_name
from agent.feedback.drafts import make_draft
from agent.feedback.grammar import grammar, on_hold_rule
from agent.feedback.templating import environment, render
from agent.store import Rejection, open_store

from helpers import count_template_compiles, seed_rejection

CFG = from_dict(
    {
        "owner": {"name": "Alex Doe", "email": "alex@example.com"},
        "feedback": {"draft_for_stages": list(STAGES)},
    }
)
ENV = environment()
LANGS = template_languages(CFG.feedback, ENV)
ROLES = (None, "Data Engineer", "Ingénieur Data", "Analyste financier", "Hôtelier", "UX Designer")
HOLD_TEXT = "Unfortunately the position has been put on hold."

# Words that thank for, or ask about, interviews: wrong for a phone screen or a CV.
INTERVIEWS = {
    "en": r"\binterviews?\b",
    "de": r"\bGesprächen\b|\bVorstellungsgespräch",
    "fr": r"\bentretiens\b",
    "es": r"\bentrevistas\b",
    "nl": r"\bgesprekken\b",
}
# A preposition or article left hanging where a missing name or role would have been.
DANGLING = re.compile(
    r"\b(at|about|to|of|the|bei|als|zur|zu|chez|de|du|au|en|sobre|al|bij|van|voor|over|"
    r"le|la|el)\s*[,.;:!?)]",
    re.IGNORECASE,
)
FRENCH_NO_ELISION = re.compile(r"\b(de|que|le|la) [aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÉÈÊÎÔÛ]")
GENDERED = re.compile(r"·e\b|\(e\)|/a\b|intéressée?\b|ravie?\b|interesad[oa]\b|heureux")


def rejection(language: str, stage: str, hold: bool, role: str | None, fields: set[str]):  # type: ignore[no-untyped-def]
    return Rejection.from_row(
        {
            "id": 1,
            "language": language,
            "stage": stage,
            "role": role,
            "company": "Lumenwave" if "company" in fields else None,
            "contact_name": "Jane Smith" if "contact" in fields else None,
            "received_at": "2026-11-24T10:00:00+00:00" if "date" in fields else None,
            "subject": "Your application",
            "body": HOLD_TEXT if hold else "We decided to move forward with other candidates.",
        }
    )


def combinations():  # type: ignore[no-untyped-def]
    optional = ("company", "contact", "date")
    subsets = [
        set(c) for n in range(len(optional) + 1) for c in itertools.combinations(optional, n)
    ]
    for language, stage, hold, role in itertools.product(LANGS, STAGES, (False, True), ROLES):
        for fields in subsets:
            yield language, stage, hold, role, fields


def rendered(language: str, stage: str, hold: bool, role: str | None, fields: set[str]) -> str:
    context = template_context(CFG, rejection(language, stage, hold, role, fields), LANGS)
    assert context["language"] == language and context["on_hold"] is hold
    name = template_name(CFG.feedback, ENV, stage, language, hold)
    assert f".{language}." in name, f"{language} has no template for {stage}: {name}"
    return render(ENV, name, **context).strip() + "\n"


def test_the_bundled_languages_are_found() -> None:
    assert {"en", "de", "fr", "es", "nl"} <= set(LANGS)


def test_every_template_stage_language_and_missing_field_reads_well() -> None:
    problems: list[str] = []
    count = 0
    for language, stage, hold, role, fields in combinations():
        body = rendered(language, stage, hold, role, fields)
        count += 1
        where = f"{language}/{stage}/{'hold' if hold else 'reject'}/{role}/{sorted(fields)}"

        def bad(why: str, body: str = body, where: str = where) -> None:
            problems.append(f"{where}: {why}\n{body}")

        if "{{" in body or "{%" in body or "}}" in body:
            bad("template syntax left in the text")
        if re.search(r"[^\S\n]{2,}", body):
            bad("double space")
        if re.search(r" [,.;!?]", body) and language != "fr":
            bad("space before punctuation")
        if "None" in body or "\n\n\n" in body.strip():
            bad("None or an empty paragraph")
        if DANGLING.search(body):
            bad(f"dangling word: {DANGLING.search(body).group(0)!r}")  # type: ignore[union-attr]
        if language == "fr" and FRENCH_NO_ELISION.search(body):
            bad(f"no elision: {FRENCH_NO_ELISION.search(body).group(0)!r}")  # type: ignore[union-attr]
        if GENDERED.search(body):
            bad("a word whose gender would have to match the sender's")
        if role and role not in body:
            bad("the role is not named")
        if "company" in fields and "Lumenwave" not in body:
            bad("the company is not named")
        if "contact" in fields and "Jane" not in body.splitlines()[0]:
            bad("the contact is not greeted")
        if not body.rstrip().endswith("Alex Doe"):
            bad("not signed")
        lowered = body.lower()
        if stage in ("screen", "application", "unknown") and re.search(
            INTERVIEWS.get(language, "$^"), body
        ):
            bad("thanks for or asks about interviews that did not happen")
        if hold and ("feedback" in lowered or "terugkoppeling" in lowered or "retour :" in body):
            bad("a role on hold gets a keep-me-in-mind note, not a feedback request")
        if hold and len(body) > 600:
            bad(f"the on-hold note should be short ({len(body)} characters)")
    assert count == len(LANGS) * len(STAGES) * 2 * len(ROLES) * 8
    assert not problems, f"{len(problems)} of {count} drafts break a rule:\n\n" + "\n".join(
        problems[:5]
    )


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Ingénieur Data", "le poste d'Ingénieur Data"),
        ("Analyste", "le poste d'Analyste"),
        ("Hôtelier", "le poste d'Hôtelier"),
        ("Data Engineer", "le poste de Data Engineer"),
        ("Hardware Engineer", "le poste de Hardware Engineer"),
    ],
)
def test_french_elision(role: str, expected: str) -> None:
    body = rendered("fr", "interview", False, role, {"company"})
    assert expected + " chez Lumenwave" in body


def test_wording_follows_the_stage() -> None:
    screen = rendered("en", "screen", False, "Data Engineer", {"company"})
    interview = rendered("en", "interview", False, "Data Engineer", {"company"})
    final = rendered("en", "final", False, "Data Engineer", {"company"})
    application = rendered("en", "application", False, "Data Engineer", {"company"})
    assert "taking the time to speak with me" in screen and "interview" not in screen
    assert "during the interviews" in interview
    assert "final round" in final
    assert "consider my application" in application
    assert len({screen, interview, final, application}) == 4


def test_company_without_role_reads_well() -> None:
    body = rendered("en", "interview", False, None, {"company"})
    assert "Thank you for letting me know about your decision at Lumenwave, and" in body
    assert "letting me know at" not in body


def test_on_hold_rules_and_config(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert on_hold_rule("The role has been put on hold for now.") == "en.on_hold.status"
    assert on_hold_rule("Die Stelle wurde vorerst auf Eis gelegt.") == "de.on_hold"
    assert on_hold_rule("Le poste a été suspendu.") == "fr.on_hold"
    assert on_hold_rule("We went with another candidate whose experience fit better.") is None
    for mode, drafted in (("short", True), ("none", False)):
        cfg = from_dict(
            {
                "owner": {"name": "Alex Doe", "email": "alex@example.com"},
                "feedback": {"on_hold": mode},
            }
        )
        store = open_store(":memory:")
        rid = seed_rejection(
            store,
            1,
            received_at=(datetime.now(UTC) - timedelta(hours=1)).isoformat(),
            body="Hi Alex, unfortunately the Data Engineer role has been put on hold.",
        )
        draft_id = make_draft(store, cfg, rid)
        if drafted:
            assert draft_id
            body = store.get_draft(draft_id)["body"]
            assert "keep me in mind" in body.replace("kept me in mind", "keep me in mind")
            assert "feedback" not in body.lower()
        else:
            assert draft_id is None
            assert 'feedback.on_hold = "none"' in store.get_rejection(rid)["no_draft_reason"]


def test_no_header_says_the_mail_was_automated() -> None:
    store = open_store(":memory:")
    rid = seed_rejection(store, 1, received_at=(datetime.now(UTC) - timedelta(hours=1)).isoformat())
    draft_id = make_draft(store, CFG, rid)
    assert draft_id
    msg = build_message(CFG, store.get_draft(draft_id))
    names = {name.lower() for name in msg}
    assert not names & {"user-agent", "x-mailer", "auto-submitted", "x-auto-response-suppress"}
    assert "rebound" not in str(msg).lower()


def test_grammar_without_data_is_plain() -> None:
    assert grammar("de").elide("de", "Ingenieur") == "de Ingenieur"
    assert grammar("fr").elide("de", None) == "de"


def test_environments_share_compiled_templates_and_see_an_edit(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A scan's environment reuses what the start-up check compiled; an edited user
    template is compiled afresh (its source's checksum differs)."""
    compiled = count_template_compiles(monkeypatch)
    template = tmp_path / "shared-check.txt.j2"
    template.write_text("Hello {{ who }}")
    assert render(environment(str(tmp_path)), template.name, who="A") == "Hello A"
    assert compiled == [template.name]
    assert render(environment(str(tmp_path)), template.name, who="B") == "Hello B"
    assert compiled == [template.name]  # the second environment compiled nothing
    template.write_text("Goodbye {{ who }}")
    assert render(environment(str(tmp_path)), template.name, who="C") == "Goodbye C"
    assert compiled == [template.name, template.name]
