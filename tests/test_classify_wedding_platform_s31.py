"""Issue 11, session 31 (branch sources19): a wedding platform's refusals of its vendors.

From the dev unit ``mariageafro/nl`` (a Brussels wedding platform's Dutch mail: a vendor's
"kandidatuur" to be listed "niet weerhouden", "Na beoordeling van uw kandidatuur kunnen wij deze
momenteel niet goedkeuren", under its tagline "Het platform voor Afrikaanse & gemengde
bruiloften"): both called rejections, the refused thing being a listing, not a job. The kind in
every pack (``wedding-platform``, a ``not_a_job`` look-alike): the mail of a platform for
weddings, or about its wedding vendors, suppliers or directory, to the vendor or couple it judges.
The probe sentences are our own wording. All 14 look-alike cells were rejections before the
change. Beside them, a job's no from a wedding business under the same tagline, in job mail,
stays a rejection: job context weighs the cue to a third.
"""

from __future__ import annotations

import pytest
from test_classify_grammar import wrapped
from test_gates_offers import weak

# (lang, subject, text): a vendor's or couple's application to a wedding platform refused.
PLATFORM_NO = [
    (
        "nl",
        "Update van uw kandidatuur",
        "Kandidatuur niet weerhouden. Na beoordeling van uw kandidatuur kunnen wij deze "
        "momenteel niet goedkeuren. Trouwplein, het platform voor bruiloften in Vlaanderen.",
    ),
    (
        "nl",
        "Uw aanmelding",
        "Helaas is uw aanmelding niet weerhouden: wij nemen op dit moment geen nieuwe "
        "trouwleveranciers op.",
    ),
    (
        "en",
        "Update on your application",
        "Application not approved. Unfortunately your application has not been accepted at this "
        "time. Wedwell, the platform for modern weddings.",
    ),
    (
        "en",
        "Your application",
        "Unfortunately your application has not been accepted, as our wedding vendors directory "
        "is full in your region.",
    ),
    (
        "fr",
        "Mise à jour de votre candidature",
        "Candidature non retenue. Après examen, votre candidature n'a pas été retenue. Noceo, la "
        "plateforme dédiée aux mariages.",
    ),
    (
        "fr",
        "Votre candidature",
        "Votre candidature n'a pas été retenue : nous ne référençons plus de nouveaux "
        "prestataires de mariage dans votre région.",
    ),
    (
        "de",
        "Ihre Bewerbung",
        "Leider wurde Ihre Bewerbung abgelehnt. Trauwerk, die Plattform für Hochzeiten in Bayern.",
    ),
    (
        "de",
        "Ihre Anfrage",
        "Leider wurde Ihre Bewerbung abgelehnt, da wir derzeit keine weiteren Hochzeitsdienstleister "
        "aufnehmen.",
    ),
    (
        "es",
        "Tu solicitud",
        "Lamentablemente tu candidatura no ha sido seleccionada. Bodalia, la plataforma para "
        "bodas de Andalucía.",
    ),
    (
        "es",
        "Tu solicitud",
        "Lamentamos informarte que no ha sido aceptada tu solicitud: ya contamos con suficientes "
        "proveedores de bodas en tu zona.",
    ),
    (
        "it",
        "La tua candidatura",
        "Purtroppo la tua candidatura non è stata accolta. Nozzeria, la piattaforma per matrimoni "
        "in Toscana.",
    ),
    (
        "it",
        "La tua candidatura",
        "Purtroppo la tua candidatura non è stata accolta: abbiamo già abbastanza fornitori per "
        "matrimoni nella tua zona.",
    ),
    (
        "pt",
        "A sua candidatura",
        "Infelizmente a sua candidatura não foi aprovada. Casório, a plataforma para casamentos "
        "em Portugal.",
    ),
    (
        "pt",
        "A sua candidatura",
        "Infelizmente a sua candidatura não foi aprovada: já temos fornecedores de casamentos "
        "suficientes na sua região.",
    ),
]
# A job's no from a wedding business, in the tests' job mail.
JOB_YES = [
    (
        "nl",
        "Helaas ben je niet geselecteerd voor de functie van weddingplanner bij Trouwplein, het "
        "platform voor bruiloften.",
    ),
    (
        "en",
        "Unfortunately we will not be moving forward with your application for the Account "
        "Manager role at Wedwell, the platform for modern weddings.",
    ),
    (
        "fr",
        "Nous avons le regret de vous informer que votre candidature au poste de chargé de "
        "clientèle n'a pas été retenue. Noceo, la plateforme dédiée aux mariages.",
    ),
    (
        "de",
        "Leider müssen wir Ihre Bewerbung als Kundenberater bei Trauwerk, der Plattform für "
        "Hochzeiten, ablehnen.",
    ),
    (
        "es",
        "Lamentablemente tu candidatura al puesto de comercial en Bodalia, la plataforma para "
        "bodas, no ha sido seleccionada.",
    ),
    (
        "it",
        "Purtroppo la tua candidatura per la posizione di commerciale presso Nozzeria, la "
        "piattaforma per matrimoni, non è stata accolta.",
    ),
    (
        "pt",
        "Infelizmente a sua candidatura para a vaga de comercial na Casório, a plataforma para "
        "casamentos, não foi aprovada.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "text"), PLATFORM_NO)
def test_a_wedding_platforms_refusal_is_none(lang: str, subject: str, text: str) -> None:
    v = weak(lang, subject, text)
    assert v.is_rejection is False, v.reasons
    assert v.category == "not_a_job", v.reasons


@pytest.mark.parametrize(("lang", "sentence"), JOB_YES)
def test_a_jobs_no_from_a_wedding_business_stays(lang: str, sentence: str) -> None:
    v = wrapped(lang, sentence)
    assert v.is_rejection is True, v.reasons
