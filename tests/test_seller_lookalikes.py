"""Issue 11, session 23: a maker's application to sell on a marketplace, to exhibit at a market
or to show at a gallery, turned down in a job's words, is no job rejection; a job at a
marketplace, in sales or in curation stays one. The sentences are the team's own, written from
the facts of sellers' onboarding (bench/probes/{it,es,fr,pt}-no-23.txt and -yes-23.txt).
Session 24: no product named either (the reader's craft or shared work, small producers, the
reader as supplier or exhibitor), in every pack language (bench/probes/*-{no,yes}-48.txt).
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak


@pytest.mark.parametrize(
    ("lang", "subject", "sentence"),
    [
        (
            "it",
            "Candidatura venditore",
            "Dopo aver esaminato la tua candidatura, abbiamo deciso di non procedere: i tuoi "
            "prodotti non rientrano nelle categorie del nostro marketplace.",
        ),
        (
            "it",
            "Open call 2025",
            "La ringraziamo per averci inviato il suo portfolio e il suo lavoro; purtroppo abbiamo "
            "deciso di non procedere: le sue opere non rientrano nell'attuale linea curatoriale.",
        ),
        (
            "es",
            "Mercadillo navideño",
            "Lamentamos comunicarte que tu solicitud como expositor en el mercadillo no ha sido "
            "aceptada.",
        ),
        (
            "fr",
            "Candidature vendeur",
            "Après examen de votre candidature, nous avons décidé de ne pas donner suite : vos "
            "produits n'entrent pas dans les catégories de notre marketplace.",
        ),
        (
            "pt",
            "A sua loja",
            "Infelizmente o seu pedido para abrir uma loja no nosso marketplace foi recusado.",
        ),
        # Session 24: no product named (probes *-no-48).
        (
            "es",
            "Su candidatura",
            "Esta decisión no es un juicio sobre su oficio: por ahora priorizamos a pequeños "
            "productores de elaboración artesanal. No seguiremos adelante con su candidatura.",
        ),
        (
            "en",
            "Seller application",
            "Thank you for sharing your work with us. After careful review, we have decided not "
            "to move forward with your application at this stage.",
        ),
        (
            "de",
            "Lieferantenanfrage",
            "Wir haben uns entschieden, Ihre Bewerbung als Lieferant nicht weiter zu "
            "berücksichtigen.",
        ),
        (
            "nl",
            "Je aanmelding",
            "Dit besluit is geen oordeel over je vakmanschap: we kiezen nu voor kleine, "
            "ambachtelijke producenten. We gaan niet verder met je aanmelding.",
        ),
        (
            "en",
            "Your stall application",
            "We have decided not to move forward with your application for a market stall at "
            "our Christmas fair this year.",
        ),
        (
            "it",
            "Fiera dell'artigianato",
            "Purtroppo la sua candidatura come artigiano per la fiera non è stata selezionata.",
        ),
    ],
)
def test_a_sellers_application_turned_down_is_no_job_rejection(
    lang: str, subject: str, sentence: str
) -> None:
    v = weak(lang, subject, sentence)
    assert not v.is_rejection, v.reasons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "it",
            "Abbiamo deciso di non procedere con la sua candidatura per la posizione di "
            "Marketplace Manager.",
        ),
        (
            "it",
            "Abbiamo apprezzato il suo lavoro al colloquio, ma abbiamo deciso di non procedere "
            "con la sua candidatura.",
        ),
        (
            "es",
            "Lamentablemente tu candidatura como Dependiente de ventas no ha sido seleccionada.",
        ),
        (
            "fr",
            "Après une évaluation attentive, nous avons retenu un autre candidat pour le poste de "
            "Product Manager, plus expérimenté sur nos produits.",
        ),
        (
            "pt",
            "Infelizmente não vamos prosseguir com a sua candidatura para a vaga de Curador de "
            "catálogo.",
        ),
        # Session 24: a job in production or with suppliers (probes *-yes-48).
        (
            "es",
            "Gracias por compartir su trabajo con nosotros; hemos decidido continuar con otros "
            "candidatos para el puesto de Diseñador de producto.",
        ),
        (
            "en",
            "After careful consideration we have decided not to move forward with your "
            "application for Production Supervisor; this is not a judgement on your craft.",
        ),
        (
            "de",
            "Wir haben uns entschieden, Ihre Bewerbung für die Stelle Lieferantenmanager nicht "
            "weiterzuverfolgen.",
        ),
        (
            "nl",
            "Helaas gaan we niet verder met je sollicitatie als Productiemedewerker; dit is geen "
            "oordeel over je vakmanschap.",
        ),
        # Session 25 (probes en-yes-48, de-yes-48): a job at a stall; the object far from
        # German's verb-final zu-infinitive ("... auf unserem Markt nicht weiterzuverfolgen").
        (
            "en",
            "We have decided not to move forward with your application for the Market Stall "
            "Assistant position at our farmers' market.",
        ),
        (
            "de",
            "Leider haben wir uns entschieden, Ihre Bewerbung für die Stelle als Verkaufshilfe "
            "auf unserem Markt nicht weiterzuverfolgen.",
        ),
    ],
)
def test_a_job_at_a_marketplace_or_in_curation_stays_a_rejection(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection, v.reasons
