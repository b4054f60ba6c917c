"""A pack's job words searched as one joined pattern find what its parts find one by one.

``jobcontext`` asks each pack's ``job_context``, ``weak_job_context`` and ``process_context``
once per window: the pack file's parts joined into one alternation (``engine.join``) and
searched through a :class:`Doc` (needle pre-tests, leading words, ``Scan``). This holds that
pass to the plain reading of the data: the joined search finds a match exactly when some part
does, at the leftmost place any part matches, with the text of the first part (in the file's
order) that matches there. Real-looking sentences of every language, overlapping words, word
boundaries (issue 15, speed43r).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from agent.classify import packs
from agent.classify.engine import PACK_DIR
from agent.mail.parse import parse_bytes

CORPUS = Path(__file__).parent / "corpus" / "emails"
FIELDS = ("job_context", "weak_job_context", "process_context")

# Sentences of the kind the packs read, with words that overlap ("job interview"), words that
# only look alike (a hire car, a sailing course, "jobless", "Stellenwert") and word edges.
SENTENCES = (
    "Thank you for interviewing for the Senior Engineer position with our hiring manager.",
    "We have decided to fill the post of Head of Sales; the post has now been filled.",
    "Your van hire for the weekend is confirmed; the hire car fee is due on collection.",
    "Thanks for your application. The job interview panel met on Tuesday.",
    "Sorry, the jobless rate report and the rolex repositioning are unrelated.",
    "We will keep your résumé/CV on file for future openings, internships and roles.",
    "Please complete the take-home coding challenge before the onsite.",
    "Vielen Dank für Ihre Bewerbung als Werkstudentin und das Vorstellungsgespräch.",
    "Leider haben wir die Stelle anderweitig besetzt; der Stellenwert Ihrer Arbeit bleibt.",
    "Der Probetag im Team war schön, die Schichtplanung ist aber voll.",
    "Merci pour votre candidature au poste de développeur et pour l'entretien de mardi.",
    "Votre stage de voile est annulé ; le stage en entreprise chez Acme est pourvu.",
    "Nous avons retenu un autre profil pour ce poste en alternance.",
    "Gracias por tu interés en el puesto y por la entrevista del lunes.",
    "Tu candidatura a la oferta de empleo no ha sido seleccionada; la plaza vacante está cubierta.",
    "Bedankt voor je sollicitatie op de vacature en het gesprek van vorige week.",
    "Helaas is de stageplaats al vergeven; de developerfunctie staat nog open.",
    "Grazie per la tua candidatura alla posizione e per il colloquio di ieri.",
    "Lo stage curriculare presso la nostra azienda è stato assegnato; il lavoro continua.",
    "Obrigado pela sua candidatura à vaga e pela entrevista de ontem.",
    "As vagas no curso de verão esgotaram; a vaga de estágio foi preenchida.",
    "O processo seletivo e o processo de seleção foram concluídos; o selection process ended.",
    "jobjobs job-jobs JOB_jobs Jobs. JOBS! (job) «emploi» 'vacature'",
    "",
)


def _parts(code: str, field: str) -> list[re.Pattern[str]]:
    """The field's parts as the pack file writes them, each compiled alone as ``join`` does."""
    with (PACK_DIR / f"{code}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return [re.compile(f"(?:{p})", re.I) for p in data.get("structure", {}).get(field, []) if p]


def _apart(parts: list[re.Pattern[str]], text: str, start: int, end: int) -> str | None:
    """What the parts find searched one by one: the leftmost start, the first part there."""
    found = [
        (m.start(), i, m[0]) for i, rx in enumerate(parts) if (m := rx.search(text, start, end))
    ]
    return min(found)[2] if found else None


def _texts() -> list[str]:
    out = list(SENTENCES)
    for path in sorted(CORPUS.glob("*.eml"))[::12]:
        msg = parse_bytes(path.read_bytes())
        out.append((msg.subject or "") + "\n" + (msg.text or "")[:3000])
    return out


@pytest.mark.parametrize("code", sorted(packs().packs))
def test_joined_job_words_find_what_the_parts_find(code: str) -> None:
    ps = packs()
    pack = ps.packs[code]
    checked = found = 0
    for field in FIELDS:
        joined = getattr(pack, field)
        parts = _parts(code, field)
        assert (joined is None) == (not parts), field
        if joined is None:
            continue
        for text in _texts():
            doc = ps.doc(text)
            n = len(text)
            for start, end in ((0, n), (0, n // 2), (n // 3, n), (n // 4, (3 * n) // 4)):
                m = joined.search(doc, start=start, end=end)
                want = _apart(parts, text, start, end)
                assert (m[0] if m else None) == want, (field, text[start:end][:200])
                checked += 1
                found += want is not None
            # A plain string (a quoted mail's text) is searched whole.
            m = joined.search(text)
            assert (m[0] if m else None) == _apart(parts, text, 0, n), (field, text[:200])
    assert checked > 100
    assert found > 20  # the sentences and mail do hold job words of this pack
