"""A stage frame from session 35's dev unit ``kidville/it`` (issue 11), in every pack that has it.

"La ringraziamo per il tempo dedicato alla sua candidatura" thanks for time spent on the
application, not for a talk: Italian and Portuguese read "thanks for the time (dedicated to X)"
as the interview, now unless the application (candidatura, domanda, CV) follows. The time
given to an interview, or time thanked for alone, stays the interview. (en, fr, es, de and nl
name the interview only with a talk word.)
"""

from __future__ import annotations

import pytest
from test_fields_senders import _verdict
from test_stage_role_documents import SENDER, _mail


@pytest.mark.parametrize(
    ("lang", "line", "stage"),
    [
        ("it", "La ringraziamo per il tempo dedicato alla sua candidatura.", "application"),
        ("it", "Grazie per il tempo che ha dedicato alla sua candidatura.", "application"),
        ("it", "Ti ringraziamo per il tempo dedicato alla tua domanda.", "application"),
        ("pt", "Agradecemos por tempo dedicado à sua candidatura.", "application"),
        # Left alone: the time given to a talk, or thanked for with nothing after it.
        ("it", "La ringraziamo per il tempo dedicato al colloquio.", "interview"),
        ("it", "La ringraziamo per il tempo che ci ha dedicato.", "interview"),
        ("it", "Grazie per il tempo dedicato a noi ieri.", "interview"),
        ("pt", "Agradecemos por tempo dedicado à entrevista.", "interview"),
    ],
)
def test_time_spent_on_the_application_is_no_interview(lang: str, line: str, stage: str) -> None:
    subject, body = _mail(lang, line)
    assert _verdict(SENDER, subject, body).stage == stage
