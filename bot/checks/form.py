"""Soft checks of form: greeting, the channel's formula, signature and AI disclosure, length, language, tone."""

from __future__ import annotations

import re

from bot.checks.findings import Finding, Kind, Requirements, Severity, quoted
from bot.checks.french import fold
from bot.checks.language import not_french
from bot.checks.tone import blame_spans

_GREETING = re.compile(
    r"^\W*(?:bonjour|bonsoir|madame|monsieur|mesdames|messieurs|cher|chère|chers|chères)\b", re.IGNORECASE
)
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def _contains(draft: str, required: str) -> bool:
    """The required text is in the draft, up to case, accents, punctuation and line breaks."""
    return _plain(required) in _plain(draft)


def _missing(kind: Kind, what: str, draft: str, at_end: bool = True) -> Finding:
    at = len(draft) if at_end else 0
    return Finding(kind, Severity.SOFT, what, at, at)


def form_findings(draft: str, requirements: Requirements) -> list[Finding]:
    findings = []
    if requirements.greeting and not _GREETING.search(draft):
        findings.append(
            _missing(Kind.GREETING, "Pas de formule d'appel (« Bonjour », « Madame, Monsieur »).", draft, False)
        )
    if requirements.politeness and not _contains(draft, requirements.politeness):
        findings.append(_missing(Kind.POLITENESS, "La formule de politesse du service manque.", draft))
    if requirements.signature and not all(
        _contains(draft, line) for line in requirements.signature.splitlines() if line.strip()
    ):
        findings.append(_missing(Kind.SIGNATURE, "La signature du service manque.", draft))
    if requirements.ai_disclosure and not _contains(draft, requirements.ai_disclosure):
        findings.append(_missing(Kind.AI_DISCLOSURE, "La mention de l'aide de l'IA manque.", draft))
    added = (requirements.politeness, requirements.signature, requirements.ai_disclosure)
    words = len(_WORDS.findall(draft)) - sum(len(_WORDS.findall(t)) for t in added if t and _contains(draft, t))
    if words < requirements.min_words:
        findings.append(
            Finding(
                Kind.LENGTH,
                Severity.SOFT,
                f"Réponse courte : {words} mots (au moins {requirements.min_words}).",
                0,
                len(draft),
            )
        )
    elif words > requirements.max_words:
        findings.append(
            Finding(
                Kind.LENGTH,
                Severity.SOFT,
                f"Réponse longue : {words} mots (au plus {requirements.max_words}).",
                0,
                len(draft),
            )
        )
    if not_french(draft):
        findings.append(
            Finding(Kind.LANGUAGE, Severity.SOFT, "La réponse ne semble pas écrite en français.", 0, len(draft))
        )
    for start, end in blame_spans(draft):
        findings.append(
            Finding(
                Kind.BLAME, Severity.SOFT, f"Ton de reproche envers l'usager : {quoted(draft[start:end])}.", start, end
            )
        )
    return [_typeset(finding) for finding in findings]


def _typeset(finding: Finding) -> Finding:
    """Narrow no-break spaces before : ; ! ? and inside « »."""
    message = re.sub(r" ([:;!?])", "\u202f\\1", finding.message).replace("« ", "«\u202f").replace(" »", "\u202f»")
    return Finding(finding.kind, finding.severity, message, finding.start, finding.end)
