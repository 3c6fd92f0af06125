"""French wording of values that every platform shows the same way: what was masked, how long something took."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.checks.findings import Finding, Severity
from bot.ports.chat import DraftSource
from handlers.common import phrases
from handlers.common.typography import NARROW_SPACE as NARROW_SPACE, typeset

NO_MASKED = "🔒 Aucune donnée personnelle détectée dans l'avis."


def masked_summary(counts: dict[str, int]) -> str:
    """« 🔒 3 éléments masqués : 2 noms, 1 téléphone », types and counts only, most frequent first."""
    present = {label: count for label, count in counts.items() if count > 0}
    total = sum(present.values())
    if total == 0:
        return NO_MASKED
    parts = []
    for label, count in sorted(present.items(), key=lambda item: (-item[1], item[0])):
        singular, plural = phrases.MASKED_NOUNS.get(label, (label.lower(), label.lower()))
        parts.append(f"{count} {singular if count == 1 else plural}")
    noun = "élément masqué" if total == 1 else "éléments masqués"
    return typeset(f"🔒 {total} {noun} : {', '.join(parts)}")


def sources_line(
    sources: Sequence[DraftSource], link_of: Callable[[DraftSource], str | None], markup: Callable[[str, str], str]
) -> str:
    """« 📚 Inspiré des réponses validées de l'équipe : réponse type « Titre » · fil approuvé 2 », each label a
    link (`markup(label, url)`) when the platform can build one (`link_of`); '' without sources."""
    if not sources:
        return ""
    shown = []
    for position, source in enumerate(sources, start=1):
        label = (
            typeset(phrases.SOURCE_PINNED.format(title=source.title))
            if source.title
            else phrases.SOURCE_THREAD.format(number=position)
        )
        url = link_of(source)
        shown.append(markup(label, url) if url else label)
    return phrases.DRAFT_SOURCES.format(links=" · ".join(shown))


def number(value: int) -> str:
    """12 345 (French thousands separator), the one number format of every platform."""
    return f"{value:,}".replace(",", NARROW_SPACE)


def counted(count: int, singular: str, plural: str) -> str:
    """« 1 réponse approuvée », « 2 réponses approuvées »: a real plural, not « réponse(s) »."""
    return f"{number(count)} {singular if count in (0, 1) else plural}"


def unresolved_warning(placeholders: tuple[str, ...] | list[str]) -> str:
    """« ⛔ Ce brouillon contient 2 marqueurs inconnus : [PERSONNE_2], [TELEPHONE_9]. » and what to do about it
    (⛔ as the checks' blocking lines: a plain approval is refused)."""
    count = len(placeholders)
    noun = "un marqueur inconnu" if count == 1 else f"{count} marqueurs inconnus"
    return typeset(f"⛔ Ce brouillon contient {noun} : ") + f"{', '.join(placeholders)}. {phrases.UNRESOLVED_HOW}"


FINDING_MARKS = {Severity.HARD: "⛔", Severity.SOFT: "⚠️"}


def finding_lines(findings: Sequence[Finding]) -> list[str]:
    """One short French line per finding of the checks, ⛔ for a blocking one and ⚠️ for a warning."""
    return [typeset(f"{FINDING_MARKS[finding.severity]} {finding.message}") for finding in findings]


def blocking_count(findings: Sequence[Finding]) -> str:
    """« 1 alerte bloquante », « 2 alertes bloquantes »."""
    hard = sum(1 for finding in findings if finding.severity is Severity.HARD)
    return counted(hard, "alerte bloquante", "alertes bloquantes")


def duration(seconds: float | None) -> str:
    """45 s, 12 min, 1 h 05, 3 j 4 h."""
    if seconds is None:
        return "—"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes = whole // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes:02d}"
    days, hours = divmod(hours, 24)
    return f"{days} j {hours} h" if hours else f"{days} j"


def in_charge_text(asked_by: str, in_charge: str, name_of: Callable[[str], str]) -> str:
    """What the person who asked to take a review over is told: that they have it, or which colleague does."""
    if in_charge == asked_by:
        return phrases.YOU_ARE_IN_CHARGE
    return phrases.TAKEN_BY_OTHER.format(user=name_of(in_charge))
