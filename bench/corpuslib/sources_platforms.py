"""Recipes for job platforms' own mail: les emplois de l'inclusion (fr) and TUMApply (de, en)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Fill, Spec, fill_for, html_to_text
from .render import django, freemarker
from .snapshot import Snapshot, blob_url

EMPLOIS = "gip-inclusion/les-emplois"
EMPLOIS_COMMIT = "543eae8d2d547947d3e3ead6dbb2e9668c16db44"
EMPLOIS_DIR = "itou/templates/apply/email"
# The refusal reasons a job seeker can be shown (itou/job_applications/enums.py), with stage.
EMPLOIS_REASONS = [
    ("Candidat non joignable", "application"),
    ("Candidat ne s’étant pas présenté à l’entretien", "interview"),
    ("Candidat indisponible : en emploi", "application"),
    ("Candidat non éligible", "application"),
    ("Le candidat n’a pas les compétences requises pour le poste", "application"),
    ("Un des freins à l'emploi du candidat est incompatible avec le poste proposé", "application"),
    ("Pas de recrutement en cours", "application"),
    ("Autre", "application"),
]
# The employer's prefilled answer per reason (itou/templates/apply/refusal_messages/).
EMPLOIS_ANSWERS = dict(
    zip(
        (r for r, _ in EMPLOIS_REASONS),
        (
            "did_not_come",
            "did_not_come_to_interview",
            "hired_elsewhere",
            "non_eligible",
            "lacking_skills",
            "incompatible",
            "no_position",
            "other",
        ),
        strict=True,
    )
)
EMPLOIS_KINDS = ["EI", "ACI", "ETTI", "AI", "EA"]


def _emplois_mail(
    snap: Snapshot, body: str, subject: str, ctx: dict[str, object]
) -> tuple[str, str]:
    def read(name: str) -> str:
        return snap.read(EMPLOIS, EMPLOIS_COMMIT, f"itou/templates/{name}")

    sig = read("layout/base_email_signature.txt")
    text = django(read(f"apply/email/{body}"), {**ctx, "itou_environment": "PROD"})
    text = re.sub(r"{%.*?%}", "", text)
    text = (
        text
        + "\n"
        + django(
            sig, {"itou_environment": "PROD", "base_url": "https://emplois.inclusion.beta.gouv.fr"}
        )
    )
    subj = django(read(f"apply/email/{subject}"), ctx)
    subj = re.sub(r"{%.*?%}", "", subj)
    return " ".join(subj.split()), re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _emplois_plans() -> list[tuple[str, str, str, str, str]]:
    """(body, subject, category, refusal reason, stage) of every mail to build."""
    refuse = ("refuse_body_for_job_seeker.txt", "refuse_subject.txt")
    plans = [(*refuse, "rejection", reason, stage) for reason, stage in EMPLOIS_REASONS * 2]
    for kind, category in (("accept", "offer"), ("postpone", "other"), ("new", "acknowledgement")):
        body, subject = f"{kind}_for_job_seeker_body.txt", f"{kind}_for_job_seeker_subject.txt"
        plans += [(body, subject, category, "", "n/a")] * 3
    plans += [
        ("refuse_body_for_proxy.txt", "refuse_subject.txt", "other", reason, "n/a")
        for reason, _ in EMPLOIS_REASONS[4:7]
    ]
    return plans


def _emplois_context(f: Fill, body: str, reason: str, answer: str, ad: bool) -> dict[str, object]:
    proxy = "proxy" in body
    return {
        "job_application": {
            "to_company": {"display_name": f.company, "kind": f.rnd.choice(EMPLOIS_KINDS)},
            "refusal_reason_shared_with_job_seeker": bool(reason),
            "get_refusal_reason_display": reason,
            "is_sent_by_proxy": proxy,
            "sender": {"get_inverted_full_name": " ".join(reversed(f.person.split()))},
            "selected_jobs": {"all": [{"display_name": f.role}]},
            "job_seeker": {
                "last_name": "Haddad" if proxy else OWNER[0].split()[1],
                "first_name": "Karim" if proxy else OWNER[0].split()[0],
                "email": OWNER[1],
                "get_inverted_full_name": "HADDAD Karim",
            },
            "answer": answer,
        },
        "show_afpa_ad": ad,
        "base_url": "https://emplois.inclusion.beta.gouv.fr",
    }


def emplois(snap: Snapshot) -> Iterator[Spec]:
    """The French inclusion-job platform's mail to job seekers: refusals, acceptance, hold."""
    for n, (body, subject, category, reason, stage) in enumerate(_emplois_plans()):
        answer = ""
        if category == "rejection" and n < len(EMPLOIS_REASONS):
            path = f"itou/templates/apply/refusal_messages/{EMPLOIS_ANSWERS[reason]}.txt"
            tpl = snap.read(EMPLOIS, EMPLOIS_COMMIT, path)
            answer = django(tpl, {"to_company": {"is_subject_to_iae_rules": True}}).strip()
        f = fill_for("emplois/fr", body + reason, "fr", n)
        ctx = _emplois_context(f, body, reason, answer, category == "rejection" and n % 2 == 0)
        subj, text = _emplois_mail(snap, body, subject, ctx)
        yield Spec(
            unit="emplois/fr",
            url=blob_url(EMPLOIS, EMPLOIS_COMMIT, f"{EMPLOIS_DIR}/{body}"),
            lang="fr",
            category=category,
            rejection=category == "rejection",
            stage=stage,
            subject=subj,
            text=text,
            company=f.company,
            role=f.role if f.role in text else "n/a",
            sender=("Les emplois de l'inclusion", "noreply@inclusion.beta.gouv.fr"),
            noreply=True,
            fmt=("plain", "wrapped")[n % 2],
        )


TUM = "ls1intum/tum-apply"
TUM_COMMIT = "7a9d4079a803dcc2629d78fd47c2618933ee2129"
TUM_DIR = "src/main/resources/templates"
TUM_TEMPLATES = {
    "APPLICATION_REJECTED_FAILED_REQUIREMENTS": ("rejection", "application"),
    "APPLICATION_REJECTED_JOB_FILLED": ("rejection", "application"),
    "APPLICATION_REJECTED_JOB_OUTDATED": ("rejection", "application"),
    "APPLICATION_REJECTED_OTHER_REASON": ("rejection", "application"),
    "APPLICATION_ACCEPTED": ("offer", "n/a"),
    "APPLICATION_SENT": ("acknowledgement", "n/a"),
    "INTERVIEW_INVITATION": ("interview_invitation", "n/a"),
    "INTERVIEW_SELF_SCHEDULING_INVITATION": ("interview_invitation", "n/a"),
    "INTERVIEW_BOOKED_APPLICANT": ("interview_invitation", "n/a"),
    "INTERVIEW_LOCATION_CHANGED": ("other", "n/a"),
    "INTERVIEW_CANCELLED": ("other", "n/a"),
    "APPLICATION_WITHDRAWN": ("other", "n/a"),
    "JOB_PUBLISHED_SUBJECT_AREA": ("job_alert", "n/a"),
    "APPLICANT_DATA_DELETION_WARNING": ("platform_notice", "n/a"),
}
TUM_GROUPS = {
    "en": [
        "Applied Software Engineering",
        "Robotics and Embedded Systems",
        "Data Analytics and Machine Learning",
        "Computational Imaging",
    ],
    "de": [
        "Angewandte Softwaretechnik",
        "Robotik und eingebettete Systeme",
        "Datenanalyse und Maschinelles Lernen",
        "Computational Imaging",
    ],
}
TUM_JOBS = {
    "en": [
        "Doctoral Researcher in Software Engineering Education",
        "PhD Position in Robot Learning",
        "Research Associate in Trustworthy Machine Learning",
        "Doctoral Candidate in Medical Imaging",
    ],
    "de": [
        "Wissenschaftliche*r Mitarbeiter*in (Promotion) Softwaretechnik",
        "Doktorand*in Robotik",
        "Promotionsstelle Maschinelles Lernen",
        "Wissenschaftliche*r Mitarbeiter*in Bildgebung",
    ],
}


def tum(snap: Snapshot) -> Iterator[Spec]:
    """TUMApply's applicant mail (doctoral positions) in German and English; 3 variants each."""
    for lang in ("en", "de"):
        signoff = snap.read(TUM, TUM_COMMIT, f"{TUM_DIR}/{lang}/signoff.ftl")
        group_signoff = re.search(r"<#macro researchGroup>(.*?)</#macro>", signoff, re.S)
        for name, (category, stage) in TUM_TEMPLATES.items():
            body = snap.read(TUM, TUM_COMMIT, f"{TUM_DIR}/{lang}/{name}.html")
            subj_t = snap.read(TUM, TUM_COMMIT, f"{TUM_DIR}/{lang}/{name}_subject.html")
            for n in range(5 if category == "rejection" else 3):
                f = fill_for(f"tum/{lang}", name, lang, n)
                group = f.rnd.choice(TUM_GROUPS[lang])
                job = f.rnd.choice(TUM_JOBS[lang])
                prof = f.rnd.choice(
                    ["Stephan Krusche", "Angela Dai", "Sami Haddadin", "Julia Schnabel"]
                )
                ctx = {
                    "APPLICANT_FIRST_NAME": OWNER[0].split()[0],
                    "APPLICANT_LAST_NAME": OWNER[0].split()[1],
                    "USER_FIRST_NAME": OWNER[0].split()[0],
                    "USER_LAST_NAME": OWNER[0].split()[1],
                    "JOB_TITLE": job,
                    "RESEARCH_GROUP_NAME": group,
                    "SUBJECT_AREA": "Informatik" if lang == "de" else "Computer Science",
                    "SUPERVISING_PROFESSOR_FIRST_NAME": prof.split()[0],
                    "SUPERVISING_PROFESSOR_LAST_NAME": prof.split()[1],
                    "INTERVIEW_DATE": "14.10.2025" if lang == "de" else "2025-10-14",
                    "INTERVIEW_START_TIME": "10:00",
                    "INTERVIEW_END_TIME": "10:45",
                    "INTERVIEW_LOCATION": "Boltzmannstr. 3, 85748 Garching, MI 01.11.018",
                }
                html = freemarker(body, ctx)
                if group_signoff and "Best regards" not in html and "Grüßen" not in html:
                    html += freemarker(group_signoff.group(1), ctx)
                subject = " ".join(freemarker(subj_t, ctx).split())
                role = job if category not in ("platform_notice",) else "n/a"
                yield Spec(
                    unit=f"tum/{lang}",
                    url=blob_url(TUM, TUM_COMMIT, f"{TUM_DIR}/{lang}/{name}.html"),
                    lang=lang,
                    category=category,
                    rejection=category == "rejection",
                    stage=stage,
                    subject=subject,
                    text=html_to_text(html),
                    html=f"<html><body>{html}</body></html>",
                    company=group,
                    role=role,
                    sender=("TUMApply", "tum-apply.aet@xcit.tum.de"),
                    noreply=False,
                    fmt=("html", "html_only", "html", "html_only", "html")[n],
                )
