"""Issue 11, session 30 (branch gates30): held-out kinds of real rejections the rules missed.

From bench/probes/{en,de,fr,es,it,nl,pt}-{yes,no}-57.txt (written from how recruiters, employers
and ATS templates write, scored on main before any fix; no corpus text): a recruiter's terse
"they passed on you", words between the application and its verdict ("a sua candidatura foi,
após análise, rejeitada"), "nicht mit Ihrer Bewerbung fortfahren", a post refilled internally,
the application as a pronoun after regret, no invitation to the next step. Beside each, the same
words deciding nothing against the reader: a job alert's roles "similar to the ones you were not
selected for", a CV passed on to a manager, a moved interview, the applicant declining an offer
or thanking for feedback.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped

# In the tests' ATS job mail: (lang, sentence).
JOB_YES = [
    ("en", "Just heard from the client: they passed on you, sorry."),
    ("en", "Your application has, after a second look by the team, been declined."),
    ("de", "Leider können wir nicht mit Ihrer Bewerbung fortfahren."),
    ("de", "Wir haben die Rolle intern nachbesetzt."),
    ("de", "Deine Bewerbung wurde, nach Rücksprache mit dem Team, leider abgelehnt."),
    ("fr", "Merci pour votre patience. Hélas, elle n'a pas été retenue."),
    ("es", "Tu perfil ha sido, tras hablarlo con el equipo, rechazado."),
    ("es", "No le convocaremos a la próxima entrevista."),
    ("it", "La sua domanda, dopo la valutazione del comitato, è stata respinta."),
    ("it", "Non procederemo al colloquio successivo."),
    ("pt", "O seu perfil, depois de avaliado, foi descartado."),
    ("pt", "Não irá avançar para o processo de entrevistas."),
    ("en", "Your take-home, though well organised, didn't convince the team."),
    ("de", "Danke dir, wir gehen jetzt mit jemand anderem weiter."),
    ("de", "Wir haben beschlossen, die Suche fortzusetzen."),
    ("de", "Es war leider ein Nein vom Kunden."),
    ("fr", "On part finalement sur une autre personne."),
    ("fr", "Nous ne retenons pas, à ce stade, votre candidature."),
    ("es", "Gracias, pero seguimos con otro candidato."),
    ("es", "Hemos optado por continuar la búsqueda."),
    ("it", "Grazie, ma procediamo con un'altra candidata."),
    ("it", "Abbiamo deciso di proseguire la ricerca."),
    ("nl", "Bedankt, maar we gaan met een ander profiel verder."),
    ("nl", "Het is helaas een nee vanuit het team."),
    ("pt", "Decidimos prosseguir com a procura."),
    ("pt", "O seu exercício prático não atingiu o nível exigido."),
]
JOB_NO = [
    ("en", "See more jobs like the ones you were not shortlisted for."),
    ("en", "I will pass on your resume to our engineering lead this week."),
    ("en", "We won't be moving ahead without you, so please confirm the date."),
    ("en", "Thanks for the offer; I have decided to accept another position."),
    ("en", "Thank you for the honest feedback on why I wasn't selected."),
    ("de", "Stellen ähnlich denen, für die du nicht ausgewählt wurdest."),
    ("fr", "Des offres proches de celles où vous n'avez pas été retenu."),
    ("fr", "Merci pour la proposition, mais j'ai choisi une autre société."),
    ("es", "Empleos parecidos a los que no fuiste seleccionado."),
    ("it", "Annunci simili a quelli per cui non sei stato selezionato."),
    ("nl", "Helaas moeten we je laten weten dat je gesprek een half uur later begint."),
    ("nl", "Banen zoals de functies waarvoor je niet bent geselecteerd."),
    ("pt", "Vagas semelhantes às que não foi selecionado."),
    ("en", "Sorry, it's a no to the Tuesday time, but Wednesday works."),
    ("en", "We've decided to keep interviewing for a second analyst alongside you."),
    ("fr", "Nous ne sommes pas en mesure de donner suite à votre demande de congés."),
    ("es", "Hemos decidido continuar con la búsqueda de otro perfil además de ti."),
    ("it", "Non andiamo avanti con altri profili: il posto è tuo."),
]


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES)
def test_a_held_out_kind_is_a_rejection(lang: str, sentence: str) -> None:
    assert wrapped(lang, sentence).is_rejection, sentence


@pytest.mark.parametrize(("lang", "sentence"), JOB_NO)
def test_its_look_alike_decides_nothing_against_the_reader(lang: str, sentence: str) -> None:
    verdict = wrapped(lang, sentence)
    assert not verdict.is_rejection, (sentence, verdict.reasons)


def test_a_moved_interview_and_a_real_no_share_the_dutch_words() -> None:
    """The gate on "moeten we je laten weten" must keep the no it was made for."""
    moved = "Helaas moeten we je laten weten dat het gesprek naar maandag is verplaatst."
    no = "Helaas moeten we je laten weten dat je niet door bent naar de volgende ronde."
    assert not wrapped("nl", moved).is_rejection
    assert wrapped("nl", no).is_rejection
