"""Recipes for session 36's sources43 (issue 11): Portuguese mail from a Brazilian facilities
company's own "Trabalhe Conosco" recruiting system.

FG Services (deadbrock/trabalhe-_conosco, the careers site and applicant tracker of FG
Services, a Brazilian cleaning and facilities-services company; Next.js front end, Express
back end on Railway, mail through SendGrid or Resend): the five e-mail templates its
``server/src/seed-templates.ts`` seeds into the ``templates`` table and wires to the hiring
triggers (``configuracao_gatilhos``: application received, in review, interview, approved,
refused), filled as ``server/src/services/gatilhosService.ts`` fills them (``{{name}}``
replaced by each of ``montarVariaveis``' values: the company "FG Services", "Equipe de RH",
its RH address and telephone) and sent as HTML alone from ``emailService.ts``'s default sender
("RH - FG Services"). The refusal ("optamos por seguir com candidatos cujos perfis estão mais
alinhados ... Banco de Talentos", subject only "Processo Seletivo - T | FG Services") says no
without a negative word in its subject; the interview invitation says "você foi
selecionado(a) para a próxima etapa" (a look-alike of a no's "não foi selecionado"). Left
out: the WhatsApp templates the same file seeds (no mail), and the mails to the company's own
staff."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fill import OWNER, Spec, fill_for
from .snapshot import Snapshot, blob_url
from .sources_suites32 import _html_only
from .templating import fill_exact

FGS = "deadbrock/trabalhe-_conosco"
FGS_COMMIT = "914a23906edbcc101b0d60a4450ab8bcdfb3c12b"
FGS_SEED_PATH = "server/src/seed-templates.ts"
FGS_NAME = "FG Services"
# The seeded template's name: (category, variants). "Em Análise" tells the applicant the CV is
# being read (a receipt's kind); "Candidato Aprovado" announces the hire with its paperwork.
FGS_MAILS = {
    "✅ Inscrição Confirmada": ("acknowledgement", 1),
    "📋 Em Análise": ("acknowledgement", 1),
    "🎉 Convite para Entrevista": ("interview_invitation", 1),
    "🎊 Candidato Aprovado": ("offer", 1),
    "💼 Feedback do Processo Seletivo": ("rejection", 2),
}
# emailService.ts's default sender (SendGrid's verified address).
FGS_SENDER = ("RH - FG Services", "trabalheconoscofg@fgservices.com.br")
# Ours: the applicant's telephone, the date the mail is sent (``data``), and the interview's
# details (``dadosExtras`` from the scheduling screen).
FGS_PHONE = "(11) 98765-4321"
FGS_INTERVIEW = {
    "data": "18/03/2025",
    "hora": "14:30",
    "local": "Rua Vergueiro, 1200 - São Paulo/SP",
    "link": "https://meet.google.com/fgs-rh-entrevista",
}
FGS_SENT_ON = "03/03/2025"
_PLACEHOLDER = r"\{\{(\w+)\}\}"
_SEEDED = re.compile(r"'email',\s*'([^']*)',\s*'([^']*)',\s*`(.*?)`", flags=re.S)


def fgservices(snap: Snapshot) -> Iterator[Spec]:
    """Each seeded e-mail template, its subject and HTML filled with ``montarVariaveis``'
    values by their names (an unknown ``{{name}}`` raises), HTML only as SendGrid sends it."""
    unit = "fgservices/pt"
    source = snap.read(FGS, FGS_COMMIT, FGS_SEED_PATH)
    url = blob_url(FGS, FGS_COMMIT, FGS_SEED_PATH)
    seeded = {name: (subject, html) for name, subject, html in _SEEDED.findall(source)}
    if set(seeded) != set(FGS_MAILS):
        raise ValueError(f"seeded templates changed: {sorted(seeded)}")
    n = 0
    for name, (category, variants) in FGS_MAILS.items():
        subject, html = seeded[name]
        for _ in range(variants):
            role = fill_for(unit, name, "pt", n).role
            values = {
                "nome": OWNER[0],
                "email": OWNER[1],
                "telefone": FGS_PHONE,
                "vaga": role,
                "empresa": FGS_NAME,
                "data": FGS_SENT_ON,
                "rh_nome": "Equipe de RH",
                "rh_email": "rh@trabalheconoscofg.com.br",
                "rh_telefone": "(11) 3456-7890",
            }
            if category == "interview_invitation":
                values.update(FGS_INTERVIEW)
            rejection = category == "rejection"
            yield _html_only(
                unit,
                url,
                category,
                fill_exact(subject, _PLACEHOLDER, values),
                fill_exact(html, _PLACEHOLDER, values),
                FGS_NAME if rejection else "n/a",
                role if rejection else "n/a",
                FGS_SENDER,
                noreply=False,
            )
            n += 1
