"""Issue 11: the same decision concepts in every language, written from grammar.

The sentences are the team's own (no corpus text): one per concept and language,
each wrapped in the ordinary thanks and sign-off a rejection comes in.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_classify import OWNER, mail

from agent.classify import Verdict, classify

PACKS = Path(__file__).resolve().parent.parent / "agent" / "classify" / "data" / "lang"

WRAP = {
    "en": (
        "Your application for Data Engineer",
        "Dear Alex,\n\nThank you for your application.\n\n",
        "\n\nBest regards,\nAcme Talent Team",
    ),
    "de": (
        "Ihre Bewerbung als Data Engineer",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung.\n\n",
        "\n\nMit freundlichen Grüßen\nIhr Acme Recruiting Team",
    ),
    "fr": (
        "Votre candidature au poste de Data Engineer",
        "Bonjour Alex,\n\nMerci pour votre candidature.\n\n",
        "\n\nCordialement,\nL'équipe Recrutement Acme",
    ),
    "es": (
        "Tu candidatura para Data Engineer",
        "Hola Alex:\n\nGracias por tu candidatura.\n\n",
        "\n\nSaludos,\nEquipo de Selección de Acme",
    ),
    "it": (
        "La sua candidatura per Data Engineer",
        "Gentile Alex,\n\ngrazie per la sua candidatura.\n\n",
        "\n\nCordiali saluti,\nTeam Selezione Acme",
    ),
    "pt": (
        "Sua candidatura para Data Engineer",
        "Olá Alex,\n\nObrigado pela sua candidatura.\n\n",
        "\n\nAtenciosamente,\nEquipe de Recrutamento Acme",
    ),
    "nl": (
        "Je sollicitatie als Data Engineer",
        "Beste Alex,\n\nBedankt voor je sollicitatie.\n\n",
        "\n\nMet vriendelijke groet,\nAcme Recruitment",
    ),
}


def reason_text(v: object) -> str:
    """A verdict's reasons as one string: the round files assert a rule id is among them."""
    return " ".join(str(r) for r in getattr(v, "reasons", ()))


def wrapped(lang: str, sentence: str) -> Verdict:
    subject, head, tail = WRAP[lang]
    msg = mail(head + sentence + tail, subject=subject, sender="Acme <jobs@acme-corp.com>")
    return classify(msg, [OWNER])


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Unfortunately, your application has been rejected."),
        ("en", "We have decided not to pursue your candidacy."),
        (
            "en",
            "We found that your profile does not fully meet the specific requirements of this position.",
        ),
        ("en", "Therefore, we will refrain from further considering your application."),
        ("en", "Unfortunately, we had to decline your application."),
        ("de", "Leider wurde deine Bewerbung abgelehnt."),
        ("de", "Leider müssen wir Ihre Bewerbung ablehnen."),
        ("de", "Die Stelle ist leider nicht mehr verfügbar."),
        ("fr", "Votre candidature a été refusée."),
        ("fr", "Nous avons décidé de ne pas retenir votre candidature."),
        ("fr", "Votre profil ne correspond pas aux exigences du poste."),
        ("es", "Lamentamos comunicarle que su candidatura ha sido rechazada."),
        (
            "es",
            "Tras valorar su perfil, hemos seleccionado a otro candidato que se ajusta mejor al puesto.",
        ),
        ("es", "La empresa ha rechazado tu postulación."),
        ("it", "Purtroppo la tua candidatura è stata rifiutata."),
        ("it", "Il nostro team ha esaminato la sua candidatura e ha deciso di non selezionarla."),
        (
            "it",
            "Abbiamo scelto un altro candidato il cui profilo è più in linea con le nostre esigenze.",
        ),
        (
            "it",
            "La posizione non è più disponibile, pertanto non possiamo dare seguito alla sua candidatura.",
        ),
        ("pt", "Infelizmente, decidimos não prosseguir com a sua candidatura."),
        ("pt", "O seu perfil não corresponde aos requisitos da vaga."),
        ("pt", "A empresa recusou a sua candidatura."),
        ("nl", "Helaas moeten we je sollicitatie afwijzen."),
        ("nl", "We hebben gekozen voor een kandidaat die beter aansluit bij het profiel."),
        # frames.needs-not-matched: the experience does not match the employer's needs
        ("en", "We concluded that your current experience doesn't quite match our needs."),
        ("it", "La tua esperienza attuale non corrisponde del tutto alle nostre esigenze."),
        (
            "de",
            "Wir sind zu dem Schluss gekommen, dass Ihr Profil nicht ganz unseren Anforderungen entspricht.",
        ),
        ("de", "Leider entspricht Ihr Profil nicht ganz unseren Anforderungen."),
        ("es", "Tu experiencia actual no se ajusta del todo a nuestras necesidades."),
        ("nl", "Helaas sluit je ervaring niet helemaal aan bij onze wensen."),
        ("nl", "We zien dat je profiel niet helemaal aansluit bij onze eisen."),
    ],
)
def test_decision_concepts_in_every_language(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.language == lang
    assert v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Bonne nouvelle : votre candidature a été acceptée par l'employeur."),
        (
            "en",
            "Your experience matches our needs perfectly: we would like to invite you to an interview.",
        ),
        ("pt", "Temos o prazer de informar que a sua candidatura foi aprovada."),
        (
            "it",
            "Siamo lieti di comunicarle che la sua candidatura è stata selezionata per il colloquio.",
        ),
    ],
)
def test_a_yes_in_the_same_grammar_is_no_rejection(lang: str, sentence: str) -> None:
    assert not wrapped(lang, sentence).is_rejection


def test_an_opening_thanks_line_is_no_sign_off() -> None:
    """'Gracias por tu candidatura.' on its own line used to end the body there."""
    v = wrapped("es", "Lamentamos comunicarle que su candidatura ha sido rechazada.")
    assert v.is_rejection, v.reasons


def test_even_if_is_no_hypothesis() -> None:
    v = wrapped(
        "it",
        "Anche se il suo curriculum è competitivo, abbiamo deciso di non procedere con la sua candidatura.",
    )
    assert v.is_rejection, v.reasons


def test_acknowledgement_wording_does_not_outweigh_a_decision_with_job_context() -> None:
    v = wrapped(
        "en",
        "We received a large number of applications and have reviewed yours carefully. We will "
        "keep your CV on file and contact you. Unfortunately, your application was not successful "
        "on this occasion.",
    )
    assert v.is_rejection, v.reasons


def test_a_research_group_is_the_employer() -> None:
    v = wrapped(
        "en",
        "You applied for the position Doctoral Researcher Robotics in our research group "
        "Computational Imaging. Unfortunately, we are unable to consider your application further.",
    )
    assert v.is_rejection, v.reasons
    assert v.company == "Computational Imaging"


def test_frame_alternatives_never_end_in_a_space() -> None:
    """A slot's alternative ending in a space never matches: the gap adds its own separator."""
    for path in sorted(PACKS.glob("*.toml")):
        frames = tomllib.loads(path.read_text(encoding="utf-8")).get("frames", {})
        for fid, frame in frames.items():
            for slot in frame["slots"]:
                if isinstance(slot, list):
                    bad = [a for a in slot if a.endswith((" ", " )?", " )"))]
                    assert not bad, f"{path.name} frames.{fid}: {bad}"


def test_every_rule_id_is_unique_and_survives_reordering() -> None:
    """Reasons cite ids, not positions: a line added above a rule leaves its id alone."""
    from agent.classify.engine import compile_pack

    for path in sorted(PACKS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rules = [cue.rule for cue in compile_pack(path.stem, data).cues]
        assert len(rules) == len(set(rules)), path.name
        table = data["rejection"]
        moved = {"'(?:an added line)'": 1.0, **dict(reversed(list(table.items())))}
        again = compile_pack(path.stem, {**data, "rejection": moved}).cues
        assert {c.rule for c in again} - {c.rule for c in compile_pack(path.stem, data).cues} == {
            next(c.rule for c in again if c.rx.pattern == "'(?:an added line)'")
        }
    named = compile_pack("xx", {"rejection": {"no longer open": {"weight": 3.0, "id": "closed"}}})
    assert [c.rule for c in named.cues] == ["xx.rejection.closed"]
