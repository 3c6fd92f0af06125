"""Soft check: a commitment (an individual decision, a date, an amount, a deadline) the review and the
instructions do not support. French morphology by regular expressions: future and passive forms of the verbs of
administrative decisions, numbers with their units."""

from __future__ import annotations

import re
import unicodedata

from bot.checks.findings import Finding, Kind, Severity, quoted

_DECISION_STEMS = (
    r"accept|valid|accord|approuv|rembours|vers|pay|régularis|débloqu|rétabl|attribu|octroy|indemnis|annul"
    r"|dédommag|rappel|recontact|contact|trait|rectifi|corrig|envoy|transmet|transmis|renouvel|délivr|exonér"
    r"|réexamin|reconsidér"
)
_DECISION = re.compile(
    # « votre dossier sera accepté », « votre demande va être validée », « votre aide est accordée dès »
    rf"\b(?:votre|vos)\s+(?:[\w'’-]+\s+){{0,3}}?(?:sera|seront|va être|vont être|sera bien|est désormais)"
    rf"\s+(?:bien\s+|immédiatement\s+|rapidement\s+|intégralement\s+)?(?:{_DECISION_STEMS})\w*"
    # « vous recevrez », « vous serez remboursé », « vous allez recevoir », « vous obtiendrez gain de cause »
    rf"|\bvous\s+(?:recevrez|obtiendrez|percevrez|toucherez|bénéficierez|aurez droit|récupérerez"
    rf"|serez\s+(?:\w+\s+)?(?:{_DECISION_STEMS})\w*|allez\s+(?:recevoir|obtenir|percevoir|toucher|récupérer|être\s+\w+))"
    # « nous vous rembourserons », « nous allons valider votre demande », « nous procéderons au versement »
    rf"|\bnous\s+(?:vous\s+|l['’]|les?\s+|la\s+)?(?:(?:{_DECISION_STEMS})\w*(?:erons|rons)"
    rf"|allons\s+(?:vous\s+|l['’]|les?\s+|la\s+)?(?:{_DECISION_STEMS})\w*|procéderons|nous engageons|garantissons)"
    rf"|\b(?:c['’]est\s+promis|sans faute|je vous garantis|je m['’]engage|gain de cause)"
    rf"|\b(?:réponse|issue|avis|suite)\s+favorable\b|\b(?:sera|seront|va être)\s+[\w'’]+\s+favorablement\b",
    re.IGNORECASE,
)
_MONTHS = r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:prochain|\d{{1,2}})\b"
    rf"|\b(?:dès\s+)?demain\b|\b(?:d['’]ici|avant|dès)\s+(?:la\s+fin\s+d[ue]\s+|le\s+|début\s+)?(?:mois|semaine|{_MONTHS})\b",
    re.IGNORECASE,
)
_NUMBER_WORD = r"\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|trente|quarante-huit|vingt-quatre"
_DEADLINE = re.compile(
    rf"\b(?:sous|dans|d['’]ici|en moins de|au plus tard dans|dans un délai de|dans les|sous un délai de)\s+"
    rf"(?:(?:{_NUMBER_WORD})\s*(?:à\s*(?:{_NUMBER_WORD})\s*)?)(?:h\b|heures?|jours?(?:\s+ouvrés)?|semaines?|mois)",
    re.IGNORECASE,
)
_SOON = re.compile(
    r"\b(?:dans|sous)\s+(?:les|des)\s+(?:tout\s+)?(?:prochains|prochaines)\s+(?:jours|semaines|heures)\b", re.I
)
_AMOUNT = re.compile(r"\b\d[\d\s\u202f\u00a0.]*(?:,\d+)?\s*(?:€|euros?\b|EUR\b)", re.IGNORECASE)


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[\s\u202f\u00a0]+", " ", "".join(c for c in folded if not unicodedata.combining(c)))


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _supported(claim: str, source: str) -> bool:
    """The claim, or its number, appears in `source` (the instructions, or the review for facts it states)."""
    if _plain(claim) in source:
        return True
    digits = _digits(claim)
    return bool(digits) and digits in _digits(source)


def _stem_in(claim: str, instructions: str) -> bool:
    """A decision the instructions mention (« confirme que le remboursement est accordé »): same verb stem."""
    verbs = re.findall(rf"(?:{_DECISION_STEMS}|recev|obten|perce|touch|bénéfic|récupér)", claim, re.IGNORECASE)
    return any(_plain(verb) in instructions for verb in verbs)


_CONTENT = re.compile(r"\d+|[^\W\d_]{4,}")
_GENERIC = frozenset({"votre", "vous", "nous", "dossier", "demande", "sera", "seront", "service", "dans", "avec"})


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [end for end in (text.find(mark, at) for mark in ".!?\n") if end != -1]
    return text[start : min(ends, default=len(text))]


def _shares_words(sentence: str, instructions: str) -> bool:
    """The instructions say the same thing: two content words (or numbers) of the sentence, by their first letters."""
    words = {word[:5] for word in _CONTENT.findall(_plain(sentence)) if word not in _GENERIC}
    return len({word for word in words if word in instructions}) >= 2


def promise_findings(draft: str, review: str, instructions: str) -> list[Finding]:
    """Commitments of the draft that neither the instructions nor (for stated facts) the review support."""
    said = _plain(instructions)
    known = _plain(review) + " " + said
    findings = []
    for match in _DECISION.finditer(draft):
        if not _stem_in(match.group(), said) and not _shares_words(_sentence(draft, match.start()), said):
            findings.append(_finding("décision", match))
    for pattern, what in ((_DATE, "date"), (_DEADLINE, "délai"), (_SOON, "délai"), (_AMOUNT, "montant")):
        for match in pattern.finditer(draft):
            if not _supported(match.group(), known):
                findings.append(_finding(what, match))
    return findings


def _finding(what: str, match: re.Match[str]) -> Finding:
    text = match.group().strip()
    return Finding(
        Kind.PROMISE,
        Severity.SOFT,
        f"Promesse à vérifier ({what})\u202f: {quoted(text)} n'est pas dans les consignes.",
        match.start(),
        match.start() + len(text),
    )
