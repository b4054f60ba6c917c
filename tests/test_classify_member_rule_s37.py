"""Session 37 (branch tidy41): the members' body (session 36, gates40) is cited by rule id.

Its kinds are named rules in ``patterns.toml`` (``[patterns.member_body]``), as the packs' look-alike
rules are, so a reason says which kind of body selected members, not only the words it matched.
"""

from __future__ import annotations

import pytest
from test_classify import OWNER, mail

from agent.classify import classify
from agent.classify.lexicon import named

NO = "grazie per il colloquio. Purtroppo non sei stato ammesso alla fase successiva."


@pytest.mark.parametrize(
    ("signature", "rule"),
    [
        ("Team HR — Polaris Junior Enterprise", "junior-enterprise"),
        ("Team HR — Associazione Studentesca Polaris", "student-association"),
        ("Vorstand — Studentenverbindung Polaris", "student-fraternity"),
        ("Diretoria — Liga Acadêmica de Cardiologia", "academic-league"),
    ],
)
def test_the_reason_cites_the_kind(signature: str, rule: str) -> None:
    msg = mail(
        f"Ciao Robin,\n\n{NO}\n\nUn saluto,\n{signature}",
        subject="Esito del colloquio",
        sender="Team HR Polaris <recruitment@polaris-students.example>",
    )
    verdict = classify(msg, [OWNER])
    assert not verdict.is_rejection, verdict.reasons
    cited = [r for r in verdict.reasons if r.startswith("members selected by ")]
    assert cited and cited[0].startswith(f"members selected by patterns.member_body.{rule} "), cited


def test_every_kind_is_named() -> None:
    rules = named("member_body")
    assert set(rules) == {
        "junior-enterprise",
        "student-association",
        "student-fraternity",
        "academic-league",
        "community-server",  # session 38 (gates43): it yields to who writes
    }
