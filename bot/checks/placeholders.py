"""Hard checks: placeholders left or invented, and the citizen's personal data in a reply that will be public."""

from __future__ import annotations

import re
from collections.abc import Set

from bot.checks.findings import Finding, Kind, Severity, quoted
from bot.privacy.restore import PLACEHOLDER_PATTERN, canonical_placeholder

# Markdown links « [texte](url) » and Slack's « <https://…> », « <@U1> » are not gaps.
# A gap the model left for someone to fill: « [Nom de l'agent] », « [date] », « <prénom> », « XXX », « … à compléter »,
# masks « XX/XX », « ../../.... ».
_GAP = re.compile(
    r"\[[^\[\]\n]{1,60}\](?!\()|<(?!https?:|mailto:|[@#!])[^<>\n]{1,40}>"
    r"|\{[^{}\n]{1,40}\}|\b(?:X{3,}|x{3,})\b|\bà compléter\b|\bà préciser\b"
    # a date, time or number left as a mask: « XX/XX », « 01 XX XX XX XX », « JJ/MM/AAAA », « ../../.... »
    r"|(?-i:\b(?:XX|JJ|MM|AA|AAAA|HH)(?:[\s/.:h-]{1,3}(?:XX|JJ|MM|AA|AAAA|HH)\b)+)"
    r"|(?<![\w.])\.{2,}(?:\s?/\s?\.{2,})+|_{3,}|_{2}(?:\s?/\s?_{2,})+|\?{2}(?:\s?/\s?\?{2,})+"
    r"|\b(?:jj|mm)/(?:mm|aa|aaaa)(?:/(?:aa|aaaa))?\b|\b00/00(?:/0{2,4})?\b"
    # a description of what to write: « (nom du conseiller) », « NOM Prénom », « M. X », « TODO »
    r"|\((?:nom|prénom|nom et prénom|signature|coordonnées)(?:\s+(?:du|de la|de l['’]|de|et)\s*[^()\n]{1,30})?\)"
    r"|(?-i:\b(?:NOM|PRÉNOM|PRENOM)\s+(?:Prénom|PRÉNOM|NOM|prénom|Nom)\b|\b(?:M\.|Mme|Madame|Monsieur)\s+X\b"
    r"|\b(?:TODO|TBD|FIXME)\b)",
    re.IGNORECASE,
)

NEUTRAL = {
    "PERSONNE": "Madame, Monsieur",
    "TELEPHONE": "votre numéro de téléphone",
    "EMAIL": "votre adresse électronique",
    "ADRESSE": "votre adresse",
    "NUMERO_ALLOCATAIRE": "votre numéro d'allocataire",
    "NIR": "votre numéro de sécurité sociale",
    "NUMERO_FISCAL": "votre numéro fiscal",
    "IDENTIFIANT_FRANCE_TRAVAIL": "votre identifiant France Travail",
    "REFERENCE_DOSSIER": "votre dossier",
    "DATE_NAISSANCE": "votre date de naissance",
    "IMMATRICULATION": "votre immatriculation",
}
"""The neutral form a public reply uses instead of a placeholder; other labels become « vos coordonnées »."""

_ALREADY_NAMED = {
    "TELEPHONE": r"t[ée]l[ée]phone|portable|num[ée]ro",
    "EMAIL": r"courriel|e-?mail|m[ée]l|adresse [ée]lectronique",
    "ADRESSE": r"adresse|domicil[ie]\w*",
    "NUMERO_ALLOCATAIRE": r"allocataire",
    "NIR": r"s[ée]curit[ée] sociale|NIR",
    "NUMERO_FISCAL": r"fiscal",
    "REFERENCE_DOSSIER": r"dossier|r[ée]f[ée]rence",
    "DATE_NAISSANCE": r"naissance|n[ée]e? le",
    "IMMATRICULATION": r"immatricul\w+|v[ée]hicule",
    "IDENTIFIANT_FRANCE_TRAVAIL": r"identifiant",
}
"""Words that, just before a placeholder, already say what it is (« votre numéro d'allocataire [NUMERO_…] »)."""

_SALUTATION = re.compile(r"(?P<hello>(?:Bonjour|Bonsoir)\s+)?(?:(?:Cher|Chère|Madame|Monsieur|Mme|M\.|Mlle)\s+)*$")
_PREPOSITION = re.compile(r"\b(?:à|de|par|avec|pour|chez|auprès de)\s+$", re.IGNORECASE)


def _without_person(before: str) -> str:
    """The text before a person's placeholder, ending with the neutral form that replaces name and civility."""
    salutation = _SALUTATION.search(before)
    if salutation and salutation.group():
        hello = salutation.group("hello") or ""
        return before[: salutation.start()] + hello + "Madame, Monsieur"
    if not before.strip() or before.endswith("\n"):
        return before + "Madame, Monsieur"
    if _PREPOSITION.search(before):
        return before + "la personne concernée"
    return before.rstrip(" ")


def _label(canonical: str) -> str:
    return canonical[1:-1].rsplit("_", 1)[0]


def placeholder_findings(draft: str, placeholders: Set[str]) -> list[Finding]:
    """A placeholder the conversation does not hold (invented), or a gap left for someone to fill."""
    findings = []
    taken: list[tuple[int, int]] = []
    for match in PLACEHOLDER_PATTERN.finditer(draft):
        label = match.group("label") or match.group("bare_label")
        number = match.group("number") or match.group("bare_number")
        taken.append(match.span())
        if canonical_placeholder(label, number) not in placeholders:
            findings.append(
                Finding(
                    Kind.PLACEHOLDER,
                    Severity.HARD,
                    f"Élément masqué inventé {quoted(match.group())}\u202f: il ne vient pas de l'avis.",
                    *match.span(),
                )
            )
    for match in _GAP.finditer(draft):
        if any(start <= match.start() < end for start, end in taken):
            continue
        findings.append(
            Finding(
                Kind.PLACEHOLDER, Severity.HARD, f"Texte à compléter laissé {quoted(match.group())}.", *match.span()
            )
        )
    return findings


def personal_data_findings(draft: str, placeholders: Set[str]) -> list[Finding]:
    """In a public reply, every placeholder of the conversation is personal data of the citizen."""
    findings = []
    for match in PLACEHOLDER_PATTERN.finditer(draft):
        label = match.group("label") or match.group("bare_label")
        canonical = canonical_placeholder(label, match.group("number") or match.group("bare_number"))
        if canonical in placeholders:
            findings.append(
                Finding(
                    Kind.PERSONAL_DATA,
                    Severity.HARD,
                    f"Réponse publique\u202f: {quoted(match.group())} serait publié"
                    "\u202f; utilisez la version publiable.",
                    *match.span(),
                )
            )
    return findings


def publishable_version(draft: str, placeholders: Set[str]) -> str:
    """The draft with each of the conversation's placeholders replaced by a neutral form, for a public reply."""
    pieces: list[str] = []
    cursor = 0
    for match in PLACEHOLDER_PATTERN.finditer(draft):
        label = match.group("label") or match.group("bare_label")
        canonical = canonical_placeholder(label, match.group("number") or match.group("bare_number"))
        if canonical not in placeholders:
            continue
        kind = _label(canonical)
        before = draft[cursor : match.start()]
        if kind == "PERSONNE":
            pieces.append(_without_person(before))
        else:
            named = _ALREADY_NAMED.get(kind)
            window = before[-40:]
            if named and re.search(rf"(?:{named})[\s\w'’]*?(?:n°|no|:)?\s*$", window, re.IGNORECASE):
                pieces.append(re.sub(r"\s*(?:n°|no|:)?\s*$", "", before))
            else:
                pieces.append(before + NEUTRAL.get(kind, "vos coordonnées"))
        cursor = match.end()
    pieces.append(draft[cursor:])
    return "".join(pieces)
