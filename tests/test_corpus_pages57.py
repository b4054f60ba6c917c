"""Branch pages57's web-page units (session 41, issue 11): what the recipe makes of the quoted
mails' own words, and where the split pinned the units.

None of the eleven pages' mails names the applicant, a signer or a role the recipe should replace,
so this branch added no ``EXAMPLES`` key: the cases below pin that the recipe leaves those words
alone (a look-alike's university, a public firm's SMS, a recipient addressed only as "Monsieur",
the two candidates an internal mail names) and what it does with the one bracket it meets, the
blogger's cut. No page text is committed (docs/corpora.md, "Web pages"): each case is a few words
of a page.
"""

from __future__ import annotations

import pytest
from corpus_helpers import page_variant, pinned_parts

CASES = [
    # a greeting without a name: nothing to put in
    ("web-nootilus/fr", "fr", "Monsieur,\nJ’ai eu le plaisir", "Monsieur,\nJ’ai eu le plaisir"),
    (
        "web-whatmyhandsmade/fr",
        "fr",
        "nous n'avons pas retenu votre candidature.",
        "nous n'avons pas retenu votre candidature.",
    ),
    # the blogger's cut "[…]" reads as a bracketed placeholder with no slot: its word stays
    (
        "web-chomagemodedemploi/fr",
        "fr",
        "aucun crédit pour recruter en ce moment. […]",
        "aucun crédit pour recruter en ce moment. …",
    ),
    # a look-alike names no employer: the university, the programme and the firm stay words
    (
        "web-lessecretsdelucas/fr",
        "fr",
        "pour le diplôme de LP TECHNIQUES JOURNALISTIQUES POUR LES NOUVEAUX MEDIAS.",
        "pour le diplôme de LP TECHNIQUES JOURNALISTIQUES POUR LES NOUVEAUX MEDIAS.",
    ),
    (
        "web-diarioinformacion/es",
        "es",
        "La Universidad Miguel Hernández de Elche no ha recibido",
        "La Universidad Miguel Hernández de Elche no ha recibido",
    ),
    # the paper's masked telephone numbers are no placeholder
    (
        "web-lasprovincias/es",
        "es",
        "Correos RRHH informa: Oferta contrato 6 meses turno tarde, 4 horas, si estás interesado,"
        " llámanos urgente teléfonos **** si no contacta",
        "Correos RRHH informa: Oferta contrato 6 meses turno tarde, 4 horas, si estás interesado,"
        " llámanos urgente teléfonos **** si no contacta",
    ),
    (
        "web-mainzerbeobachter/nl",
        "nl",
        "Je past niet in ons profiel.",
        "Je past niet in ons profiel.",
    ),
    # a chat-like one-liner and an internal mail sent by mistake: their words stay as written
    (
        "web-losandes/es",
        "es",
        "Lo siento. Nosotros buscamos a alguien sin hijos ni novio,",
        "Lo siento. Nosotros buscamos a alguien sin hijos ni novio,",
    ),
    (
        "web-portalparados/es",
        "es",
        "Intentaría gratis (o como mucho 200 euros media jornada) a Alejandro y 400 € a César",
        "Intentaría gratis (o como mucho 200 euros media jornada) a Alejandro y 400 € a César",
    ),
    (
        "web-blick/fr",
        "fr",
        "Malheureusement, votre candidature ne correspond pas à nos attentes.",
        "Malheureusement, votre candidature ne correspond pas à nos attentes.",
    ),
    (
        "web-nrc/nl",
        "nl",
        "We hebben kandidaten geselecteerd met een passende cv",
        "We hebben kandidaten geselecteerd met een passende cv",
    ),
]


@pytest.mark.parametrize(("unit", "lang", "page", "template"), CASES)
def test_each_quoted_mails_words_render_as_the_variant_puts_them(
    unit: str, lang: str, page: str, template: str
) -> None:
    render, wanted = page_variant(unit, lang)
    assert render(page) == template.format(**wanted)


PINS = {
    "web-blick/fr": "test",
    "web-chomagemodedemploi/fr": "dev",
    "web-lasprovincias/es": "dev",
    "web-lessecretsdelucas/fr": "dev",
    "web-losandes/es": "dev",
    "web-mainzerbeobachter/nl": "dev",
    "web-nootilus/fr": "dev",
    "web-portalparados/es": "dev",
    "web-whatmyhandsmade/fr": "dev",
    "web-diarioinformacion/es": "test",
    "web-nrc/nl": "test",
}


def test_parts_csv_keeps_pages57s_eleven_units_in_the_parts_the_split_gave() -> None:
    pinned = pinned_parts()
    assert {unit: pinned.get(unit) for unit in PINS} == PINS
