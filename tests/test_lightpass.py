"""With light cues asked (a scan with a cue-gated second opinion), job mail a light cue may
be in goes on before its decision is looked for: the full path reads it either way."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.classify import learned, prefilter
from agent.ingest.pipeline import analyse_mail
from agent.mail.parse import LOCAL_UIDVALIDITY, RawMail

OWNER = "alex@example.net"


def _raw(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Acme Careers <careers@acme.com>"  # job context from the sender
    msg["To"] = f"Alex Doe <{OWNER}>"
    msg["Subject"] = "An update from Acme"
    msg["Message-ID"] = "<light@acme.com>"
    msg.set_content(body)
    return msg.as_bytes()


CUED = _raw("Hello Alex,\n\nUnfortunately, the zebra has spoken about your application.\n")
BARE = _raw("Hello Alex,\n\nThe zebra has spoken about your application.\n")


@pytest.fixture
def decision_passes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The decision pass's texts, as the glance asks for them."""
    seen: list[str] = []
    real = prefilter._decisions_in_one_pass

    def counted(gate: prefilter._Gate, subject: str, body: str) -> set[int] | None:
        seen.append(body)
        return real(gate, subject, body)

    monkeypatch.setattr(prefilter, "_decisions_in_one_pass", counted)
    prefilter.ready().wait()
    return seen


def test_job_mail_with_a_light_cue_goes_on_before_the_decision_pass(
    decision_passes: list[str],
) -> None:
    seen = prefilter.glance(CUED, light=True)
    assert seen is not None and seen.candidate and seen.reason == prefilter._JOB_AND_LIGHT
    assert decision_passes == []  # the full path decides: no pass here
    plain = prefilter.glance(CUED)  # without light cues asked: job mail, no decision phrase
    assert plain is not None and not plain.candidate and plain.job
    assert len(decision_passes) == 1


def test_job_mail_without_a_light_cue_is_still_settled(decision_passes: list[str]) -> None:
    seen = prefilter.glance(BARE, light=True)
    assert seen is not None and not seen.candidate and seen.job and not seen.light
    assert len(decision_passes) == 1


def test_the_scan_reads_both_as_before() -> None:
    """A cue-gated model: the mail with a cue reaches the full path, the other is settled."""
    model, owners = learned.bundled(), frozenset({OWNER})
    cued = analyse_mail(RawMail("cued.eml", LOCAL_UIDVALIDITY, 1, CUED), owners, model=model)
    assert cued.glance is None and cued.verdict is not None
    bare = analyse_mail(RawMail("bare.eml", LOCAL_UIDVALIDITY, 2, BARE), owners, model=model)
    assert bare.glance is not None and bare.verdict is None
