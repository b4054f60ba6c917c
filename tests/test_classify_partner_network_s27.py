"""Issue 11, session 27 (branch sources13): a business's application to a partner network.

From the dev unit ``privatio/it`` (an Italian platform answering an estate agency that applied
to its partner network: "Aggiornamento sulla tua candidatura", "Dopo un'attenta valutazione, al
momento non siamo in grado di procedere con l'attivazione della partnership. Il nostro processo
di selezione è molto rigoroso"): called a rejection, the refused thing being a partnership, not
a job. The kind in every pack (``partner-network``): joining a partner, affiliate or reseller
network or programme, or the partnership to activate. Beside each, a job's no that names a
partner in another sense (an HR Business Partner post, an agency's partner clients, the
employee referral programme) stays a rejection.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# (lang, subject, sentence): a partner network's refusal from the platform's no-reply sender.
PARTNER_NO = [
    (
        "it",
        "Aggiornamento sulla tua candidatura",
        "Grazie per l'interesse a far parte del network Casafacile Partner: dopo un'attenta "
        "valutazione, al momento non siamo in grado di procedere con l'attivazione della "
        "partnership.",
    ),
    (
        "en",
        "An update on your application",
        "Thank you for your interest in joining our reseller program. After careful review, we "
        "are unable to move forward with your application at this time.",
    ),
    (
        "fr",
        "Votre candidature",
        "Merci de votre intérêt pour rejoindre notre réseau de partenaires. Après étude, nous ne "
        "pouvons pas donner suite à votre candidature pour le moment.",
    ),
    (
        "de",
        "Ihre Bewerbung",
        "Vielen Dank für Ihr Interesse an unserem Partnerprogramm. Leider können wir Ihre "
        "Bewerbung derzeit nicht berücksichtigen.",
    ),
    (
        "nl",
        "Je aanmelding",
        "Bedankt voor je interesse in ons partnerprogramma. Helaas kunnen we je aanvraag op dit "
        "moment niet honoreren.",
    ),
    (
        "es",
        "Tu solicitud",
        "Gracias por tu interés en unirte a nuestra red de distribuidores. Lamentablemente no "
        "podemos seguir adelante con tu solicitud en este momento.",
    ),
    (
        "pt",
        "Sua candidatura",
        "Obrigado pelo interesse no nosso programa de afiliados. Infelizmente não podemos dar "
        "seguimento à sua candidatura neste momento.",
    ),
]
# A job's no naming a partner in another sense, in the tests' job mail.
JOB_YES = [
    (
        "en",
        "Unfortunately we will not be moving forward with your application for the HR Business Partner role.",
    ),
    (
        "en",
        "We have decided not to proceed with your application; we will share your profile with our partner network of employers.",
    ),
    (
        "it",
        "Purtroppo abbiamo deciso di non proseguire con la sua candidatura per il ruolo di HR Business Partner.",
    ),
    (
        "fr",
        "Malheureusement, nous ne donnerons pas suite à votre candidature au poste de Partenaire RH.",
    ),
    (
        "de",
        "Leider können wir Ihre Bewerbung als HR Business Partner nicht weiter berücksichtigen.",
    ),
    (
        "es",
        "Lamentablemente hemos decidido no continuar con tu candidatura al puesto de HR Business Partner.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "sentence"), PARTNER_NO)
def test_a_partner_networks_no_is_none(lang: str, subject: str, sentence: str) -> None:
    v = weak(lang, subject, sentence)
    assert v.is_rejection is False, v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES)
def test_a_jobs_no_naming_a_partner_stays(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection is True, v.reasons
