"""A denied offer decides in the scan's cheap path as in the classifier (session 44).

Why: ``denied.as_denied`` makes an offer look-alike denied to the reader a decision, so the
pre-filter must hand such mail on as it does a decision phrase (``anchors.deniable_cues``):
otherwise a scan without a second opinion, or with only the cue-gated word model, settles it
unread where no light cue ("unfortunately") stands beside it.
"""

from __future__ import annotations

import pytest

from agent.classify import prefilter
from agent.ingest.pipeline import analyse_mail
from agent.mail.parse import RawMail

# (subject, greeting and thanks, the denial, sign-off): no decision phrase of any pack and no
# light cue ("leider", "lamentablemente", "malheureusement"): the denial alone decides
DENIED = [
    (
        "Ihre Bewerbung als Lagerleiter",
        "Sehr geehrte Frau Berger,\r\n\r\nvielen Dank für Ihre Bewerbung.",
        "Ein Vertragsangebot werden wir Ihnen nicht unterbreiten.",
        "Mit freundlichen Grüßen\r\nIhr Acme Team",
    ),
    (
        "Su candidatura: jefe de almacén",
        "Estimada Robin:\r\n\r\nGracias por su candidatura.",
        "Este año no le ofreceremos un contrato.",
        "Atentamente,\r\nEl equipo de selección de Acme",
    ),
    (
        "Votre candidature : chef d'entrepôt",
        "Bonjour Robin,\r\n\r\nMerci pour votre candidature.",
        "Nous ne vous ferons pas de promesse d'embauche.",
        "Cordialement,\r\nL'équipe recrutement d'Acme",
    ),
]


def _raw(subject: str, head: str, sentence: str, tail: str) -> bytes:
    return (
        "From: Acme <talent@acme-corp.example>\r\nTo: robin@example.net\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: <denied@acme-corp.example>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{head} {sentence}\r\n\r\n{tail}\r\n"
    ).encode()


@pytest.mark.parametrize(("subject", "head", "sentence", "tail"), DENIED)
def test_a_denied_offer_goes_on_from_the_cheap_path_and_is_found(
    subject: str, head: str, sentence: str, tail: str
) -> None:
    raw = _raw(subject, head, sentence, tail)
    seen = prefilter.glance(raw)
    assert seen is not None and seen.candidate, seen and seen.reason
    result = analyse_mail(RawMail(folder="INBOX", uidvalidity=1, uid=1, raw=raw), frozenset())
    assert result.verdict is not None and result.verdict.is_rejection, result.verdict
    assert "denied:" in " ".join(result.verdict.reasons)
