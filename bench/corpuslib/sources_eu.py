"""Recipes for non-English sources found in session 12 (issue 11): a French public-sector
incubator's published replies to applicants (beta.gouv.fr's community handbook) and a Munich
festival crew's shift-application mails (German, du-form)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url

BETAGOUV = "betagouv/doc.incubateur.net-communaute"
BETAGOUV_COMMIT = "58fc4cdd1a36943bd55daba3b22d7c236591bb38"
BETAGOUV_PATH = (
    "gerer-sa-startup-detat-ou-de-territoires-au-quotidien/"
    "decouvrir-les-differents-metiers-dune-startup-detat/recrutement/conseils-pour-le-recrutement.md"
)
# Ours: the one descriptive placeholder of the junior template, filled with a sentence.
BETAGOUV_DESCRIPTION = (
    "Votre stage en développement web et votre engagement associatif rejoignent "
    "les valeurs de l'incubateur."
)


def _blockquotes(md: str) -> list[str]:
    """The Markdown blockquotes of the page, each as plain text with its paragraphs."""
    blocks = re.findall(r"((?:^>.*\n?)+)", md, re.M)
    return [re.sub(r"^> ?", "", b, flags=re.M).strip() for b in blocks]


def _plain(text: str, first: str) -> str:
    """The template with its placeholders filled and its Markdown markup removed."""
    text = text.replace("_\\[prénom]_", first)
    text = re.sub(r"_\\\[Description[^\]]*\]_", BETAGOUV_DESCRIPTION, text)
    text = re.sub(r"\[(https?://[^\]]+)\]\(\1\)", r"\1", text)
    return text.replace("\\", "") + "\n"


def betagouv(snap: Snapshot) -> Iterator[Spec]:
    """beta.gouv.fr's two replies to applicants it turns down: a junior profile it cannot
    supervise yet (vous), and the offer already filled (tu)."""
    md = snap.read(BETAGOUV, BETAGOUV_COMMIT, BETAGOUV_PATH)
    for k, block in enumerate(_blockquotes(md)):
        for n in range(2):
            f = fill_for("betagouv/fr", str(k), "fr", n)
            sender, noreply = f.sender(("person", "careers")[n])
            yield Spec(
                unit="betagouv/fr",
                url=blob_url(BETAGOUV, BETAGOUV_COMMIT, BETAGOUV_PATH),
                lang="fr",
                category="rejection",
                rejection=True,
                stage="application",
                subject=f"Votre candidature : {f.role}",
                text=_plain(block, OWNER[0].split()[0]),
                company=f.company,
                role=f.role,
                sender=sender,
                noreply=noreply,
                fmt=("plain", "wrapped")[n],
            )


JOBCOLY = "janooosh/jobcoly"
JOBCOLY_COMMIT = "e7c1ade5f81261c936217ead5369ab3caca5eab7"
# view: (category, subject (ours), variants)
JOBCOLY_MAILS = {
    "absage": ("rejection", "Deine Bewerbung für eine Schicht", 2),
    "annahme": ("offer", "Du bist dabei: deine Schicht", 1),
    "bewerbung": ("acknowledgement", "Danke für deine Bewerbung", 1),
    "austragung": ("other", "Änderung deiner Schichten", 1),
    "krankmeldung": ("other", "Krankmeldung für deine Schicht", 1),
}


def _blade_mail(src: str, company: str, domain: str, person: str) -> str:
    """A Laravel markdown mail view as the text its recipient reads."""
    text = re.sub(r"@component\('mail::button'[^)]*\)\s*(.*?)@endcomponent", r"\1", src, flags=re.S)
    text = re.sub(r"@(end)?component(\([^)]*\))?", "", text)
    text = re.sub(r"<br ?/?>", "\n", text)
    text = re.sub(r"</?(b|small)>", "", text)
    text = text.replace("crew@olylust.de", f"crew@{domain}").replace("Leonard", person)
    text = re.sub(r"#?OlyLust(2020)?", company, text)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()


def jobcoly(snap: Snapshot) -> Iterator[Spec]:
    """A Munich festival crew's shift-application mails (du-form): not admitted, admitted,
    received, taken off a shift, signed off sick."""
    for view, (category, subject, variants) in JOBCOLY_MAILS.items():
        path = f"resources/views/mails/{view}.blade.php"
        src = snap.read(JOBCOLY, JOBCOLY_COMMIT, path)
        for n in range(variants):
            f = fill_for("jobcoly/de", view, "de", n)
            sender, noreply = f.sender(("careers", "noreply")[n], team="Crew")
            yield Spec(
                unit="jobcoly/de",
                url=blob_url(JOBCOLY, JOBCOLY_COMMIT, path),
                lang="de",
                category=category,
                rejection=category == "rejection",
                stage="application" if category == "rejection" else "n/a",
                subject=subject,
                text=_blade_mail(src, f.company, f.domain, f.person) + "\n",
                company=f.company,
                role="n/a",
                sender=sender,
                noreply=noreply,
                fmt=("plain", "html")[n],
            )
